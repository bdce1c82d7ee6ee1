#pragma once

#include "ModelCatalog.h"
#include "Preset.h"
#include "ProbeResult.h"
#include "Session.h"
#include "TaskConfig.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace tma {

class OpenWebUiClient;
class SecretStore;

// What the wizard's pages share: the signed-in client, the server's settings and models as read,
// the strategy the user chose, and the test results. Pages read and write it; only core objects
// talk to the server.
class WizardContext : public QObject
{
    Q_OBJECT
public:
    explicit WizardContext(SecretStore* secrets, QObject* parent = nullptr);

    SecretStore* secrets() const { return m_secrets; }

    // A fresh client for `server`; the previous one and its session are dropped.
    OpenWebUiClient* resetClient(const QUrl& server);
    OpenWebUiClient* client() const;

    bool isConnected() const { return m_connected; }
    const Session& session() const { return m_session; }
    void setSession(const Session& session);
    void clearSession();

    // The task settings as the strategy page showed them (the baseline for the conflict check).
    const TaskConfig& taskConfig() const { return m_taskConfig; }
    void setTaskConfig(const TaskConfig& config) { m_taskConfig = config; }
    const ModelCatalog& models() const { return m_models; }
    void setModels(const ModelCatalog& models) { m_models = models; }

    const Preset& preset() const { return m_preset; }
    void setPreset(const Preset& preset);
    // Make the preset's task models public where regular users may not use them (the user's choice).
    bool shareModels() const { return m_shareModels; }
    void setShareModels(bool share) { m_shareModels = share; }
    const QString& providerKey() const { return m_providerKey; }
    void setProviderKey(const QString& key) { m_providerKey = key; }

    // Offered as the server when the wizard opens (command line, tray "Open assistant…").
    QUrl initialServer() const { return m_initialServer; }
    void setInitialServer(const QUrl& url) { m_initialServer = url; }

Q_SIGNALS:
    void sessionChanged();
    void presetChanged();

private:
    SecretStore* m_secrets;
    QPointer<OpenWebUiClient> m_client;
    Session m_session;
    bool m_connected = false;
    TaskConfig m_taskConfig;
    ModelCatalog m_models;
    Preset m_preset;
    QString m_providerKey;
    bool m_shareModels = false;
    QUrl m_initialServer;
};

} // namespace tma
