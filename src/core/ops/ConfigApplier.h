#pragma once

#include "ApiError.h"
#include "Automation.h"
#include "Backup.h"
#include "ModelCatalog.h"
#include "Preset.h"
#include "PresetValidator.h"
#include "Session.h"
#include "TaskConfig.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace tma {

class ApiReply;
class ChangePlan;
class BackupStore;
class OpenWebUiClient;
class ModelSharer;
class ProviderProof;
class ProviderVerifier;
class WriteConfirmer;

// Applies a preset the safe way, as one operation: read → conflict check → backup → (connection) →
// model check → write the whole task config → re-read to verify. The server's settings end up
// either unchanged or fully applied; a failure says which.
class ConfigApplier : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Reading,
        BackingUp,
        AddingConnection,
        CheckingModels,
        Applying,
        Verifying,
        ProvingProvider, // a tiny real completion with the new connection's model
        SharingModels,   // making task models public (or, for a restore, putting their access back)
        ConfirmingWrite, // the save failed or got no answer: reading back what the server holds
    };
    Q_ENUM(Step)

    // What happened, for the summary, the CLI's --json and the tray's notification.
    struct Report
    {
        TaskConfig before;
        TaskConfig after;                 // as re-read from the server
        QString backupId;
        QStringList changedKeys;          // keys whose value the apply changed
        QList<PresetIssue> warnings;
        QList<Automation> skipped;        // switches this server version doesn't have
        QString addedConnection;          // URL of an OpenAI connection the apply added
        bool alreadyApplied = false;      // nothing to change
        bool serverUnchanged = true;      // on failure: the server's settings are as before
        TaskApi taskApi = TaskApi::V1;    // the session's routes, which the apply used
        ModelCatalog models;              // as checked (empty when the preset sets no model)
        QStringList sharedModels;         // task models the apply made usable by every user
        QStringList restoredModels;       // models whose access a restore put back
        // The task-settings save got no answer (a timeout, a dropped connection, a gateway's error
        // page), so the settings were read back: how long after the save they were last read (-1:
        // the save was answered), and whether that read could not tell if the save was applied.
        qint64 writeCheckedAfterMs = -1;
        bool writeUnconfirmed = false;
    };

    // One sentence on what the server holds after the apply, as the report knows it: unchanged,
    // changed, or not confirmed (empty for a plain success). Each front end adds how to check.
    static QString serverStateText(const Report& report, bool succeeded);
    // The save got no answer and the server still held the old settings when last read: it may
    // still apply the save later, so the backup stays on offer.
    static bool mayApplyLate(const Report& report)
    {
        return report.serverUnchanged && report.writeCheckedAfterMs >= 0;
    }

    // Keeps `backups` (the server's backup store) for as long as it lives.
    ConfigApplier(OpenWebUiClient* client, const Session& session, std::unique_ptr<BackupStore> backups,
                  QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~ConfigApplier() override;

    // Settings as the user last saw them: if the server's differ, nothing is changed (Conflict).
    void setExpected(const TaskConfig& expected) { m_expected = expected; }
    // The server's models as the caller just read them (refresh=true): spares a second fetch when
    // the preset adds no connection. Without it the applier reads them itself.
    void setModels(const ModelCatalog& models) { m_models = models; }
    // The provider key for a hosted preset (read from the keychain or stdin by the caller).
    void setProviderKey(const QString& key) { m_providerKey = key; }
    // Make the preset's task models public when regular users may not use them (what Admin
    // Panel > Settings > Models > Visibility: Public does), noting their records in the backup.
    void setShareModels(bool share) { m_shareModels = share; }
    // For restoring a backup (with Preset::original(backup.taskConfig)): also takes back the
    // connections the assistant added since, and what it changed on existing ones.
    void restoreFrom(const Backup& backup);

    void apply(const Preset& preset);
    void cancel();
    bool isBusy() const { return m_busy; }
    // Whether the server's settings may differ from before now: a write was sent (answered or
    // not) and not taken back. What a user who stops the apply midway needs to know.
    bool serverMayHaveChanged() const { return m_busy && (m_writeSent || !m_report.serverUnchanged); }
    const QString& backupId() const { return m_report.backupId; }
    const BackupStore& backups() const { return *m_backups; }
    // How long re-reads go on after a save whose answer was lost. By default as long again as the
    // save itself was given (the client's timeout).
    void setConfirmWaitMs(int ms) { m_confirmWaitMs = ms; }

Q_SIGNALS:
    void stepChanged(tma::ConfigApplier::Step step);
    void finished(const tma::ConfigApplier::Report& report);
    void failed(const tma::ApiError& error, const tma::ConfigApplier::Report& report);

private:
    void readFirst();
    void firstReadsDone();
    bool checksModelsBeforeBackup() const;
    void writeBackup();
    void updateConnections();
    void verifyProvider(const QJsonObject& target);
    void saveConnections(const QJsonObject& target);
    void writeConnections(const QJsonObject& target);
    void checkModels();
    // The server's models as already read, or (none yet, or a connection changed them) read again.
    void readModels(std::function<void()> then, std::function<void(const ApiError&)> failed);
    void validateModels(const ModelCatalog& catalog);
    bool acceptModels(const ModelCatalog& catalog); // false: refused, and the apply failed
    ChangePlan planWith(const ModelCatalog& models) const;
    void proveProvider();
    void updateModelAccess();
    // A ModelSharer owned by this apply, deleted once it reported.
    ModelSharer* newSharer(std::function<void(const QStringList&)> done,
                           std::function<void(const ApiError&)> failed);
    void shareModels();
    void restoreModelAccess();
    void prepareWrite();
    void checkUnchanged();
    void writeTaskConfig(bool retried);
    void recoverAfterFailedWrite(const ApiError& error);
    void verify();
    void rollBack(const ApiError& error);
    void rollBackConnections(const ApiError& error);
    void succeed();
    void fail(const ApiError& error);
    ApiReply* track(ApiReply* reply);
    bool needsConnections() const;
    std::optional<QJsonObject> connectionsTarget() const;

    OpenWebUiClient* m_client;
    Session m_session;
    std::unique_ptr<BackupStore> m_backups;
    QPointer<ApiReply> m_current;
    // The reads sent together at the start (settings, connections, models), and what they gave.
    QList<QPointer<ApiReply>> m_firstReads;
    int m_firstReadsLeft = 0;
    ApiError m_taskReadError;
    ApiError m_connectionsReadError;
    ApiError m_modelsReadError;
    QPointer<ProviderVerifier> m_verifier;
    QPointer<ProviderProof> m_proof;
    QPointer<ModelSharer> m_sharer;
    QPointer<WriteConfirmer> m_confirmer;
    int m_confirmWaitMs = -1;      // -1: the client's timeout
    bool m_writeSent = false;      // a task-settings or connections write went out
    bool m_modelsAccepted = false; // the preset's models were checked against the server's
    Preset m_preset;
    std::optional<TaskConfig> m_expected;
    QString m_providerKey;
    QJsonObject m_restoreConnections;
    QStringList m_addedSinceBackup;
    QJsonArray m_restoreShared; // records to put back (ModelSharer::entry), oldest state per model
    bool m_shareModels = false;
    bool m_sharingStarted = false; // records may have changed: a rollback puts them back
    bool m_accessRestored = false; // a restore changed records (no rollback takes that back)
    QString m_restoreFromBackupId;
    QString m_verifyKey;
    QJsonObject m_verifyConfig;  // the connection's own settings, sent along with the verify
    QJsonObject m_openAiWritten; // the connections as the server answered our write
    ModelCatalog m_models; // the key the connection will really use (an existing one keeps its own)
    QJsonObject m_openAiBefore;
    bool m_haveOpenAiBefore = false;
    bool m_connectionsChanged = false;
    TaskConfig m_target;
    Report m_report;
    bool m_busy = false;
};

} // namespace tma
