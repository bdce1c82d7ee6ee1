#pragma once

#include "Backup.h"
#include "BackupStore.h"
#include "CliOptions.h"
#include "ConfigApplier.h"
#include "Connector.h"
#include "ContentionPlan.h"
#include "ContentionResult.h"
#include "ContentionTest.h"
#include "ModelCatalog.h"
#include "ProbeResult.h"
#include "ServerProfiles.h"
#include "Session.h"
#include "SettingsReader.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

namespace tma {
class OpenWebUiClient;
class SecretStore;
} // namespace tma

namespace tma::cli {

// Runs one CLI command over the core: resolves the server and the credentials (keychain, stdin or
// environment, never argv), connects, does the command, prints, and reports an exit code.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(const CliOptions& options, SecretStore* secrets, QObject* parent = nullptr);
    void start();
    // Ctrl-C: says what the server may hold now (an apply stopped midway), then exits.
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void connectToServer();
    // login with a password (email or LDAP): what the server says about signing in comes first.
    void loginAfterProbe(const ServerInfo& info);
    void readStoredCredential();
    void connectWith(const Credentials& credentials);
    void onConnected(const Session& session);
    void storeLogin();

    void runPresets();
    void runBackups();
    void runStatus();
    void showStatus(const SettingsReader::Result& result);
    void runApply();
    void applyPreset(Preset preset, const std::optional<Backup>& restoring = std::nullopt);
    void runHosted();
    bool addAlsoOff(Preset& preset); // false (and a usage error) on an unknown automation
    void runLocalWithoutModel();
    void runPull();
    void runTest();
    void runContention(const ContentionPlan& plan, const QList<ProbeResult>& results);
    void reportTest(const QList<ProbeResult>& results, const std::optional<ContentionResult>& contention);
    void runBackup();
    void runRestore();
    void runForget();

    void finish(int code);
    void fail(const ApiError& error);
    void failUsage(const QString& message);
    void failWith(int code, const QString& message);

    CliOptions m_options;
    SecretStore* m_secrets;
    QUrl m_server;
    OpenWebUiClient* m_client = nullptr;
    Connector* m_connector = nullptr;
    Session m_session;
    QPointer<ConfigApplier> m_applier; // the apply or restore under way, if any
    QPointer<ContentionTest> m_contention; // test --deep's chat speed test, if under way
    std::optional<ServerProfile> m_profile;
    ModelCatalog m_models; // read already in this run (refresh=true), if any
    QString m_apiKey;      // from stdin or OWUI_API_KEY
    QString m_providerKey; // from stdin or TASK_PROVIDER_API_KEY
    bool m_providerKeyIsNew = false;
    bool m_finished = false;
};

} // namespace tma::cli
