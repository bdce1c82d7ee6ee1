#pragma once

#include "ApiError.h"
#include "ModelRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace tma {

class ApiReply;
class BackupStore;
class OpenWebUiClient;
struct ModelInfo;

// Makes models usable by every user, as Admin Panel > Settings > Models > Visibility: Public
// does, and puts their records back as they were. Regular users' tasks need it: utils/models.py
// check_model_access refuses a task model without a public record, and only admins get titles.
// Before each write, the record as it was goes into the backup, so a restore can undo it.
class ModelSharer : public QObject
{
    Q_OBJECT
public:
    ModelSharer(OpenWebUiClient* client, const ServerVersion& version, QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~ModelSharer() override;

    // One model at a time: read its record, note it in backup `backupId`, write it public, and
    // check the answer says public. Emits finished() with the ids made public, or failed().
    void share(const QList<ModelInfo>& models, BackupStore* backups, const QString& backupId);
    // Puts back records noted by share() (BackupStore's sharedModels entries), looking at each
    // record as it is now: untouched since the share, it goes back exactly (the record the
    // assistant created is deleted, an earlier one gets its access back); edited since, only the
    // public access the assistant gave is taken away and the rest stays. Each model put back is
    // marked in the backups from `fromBackupId` on, so no later restore repeats it.
    void restore(const QJsonArray& entries, BackupStore* backups, const QString& fromBackupId);
    void cancel();

    // A backup entry: the model's record before the change, or null when it had none.
    static QJsonObject entry(const QString& id, ModelRecord::Generation generation,
                             const std::optional<QJsonObject>& record);

Q_SIGNALS:
    void changed(const QString& id); // one model's record was written
    void finished(const QStringList& ids);
    void failed(const tma::ApiError& error);

private:
    void shareNext();
    void write(const QString& id, const QString& name, const std::optional<QJsonObject>& record);
    void restoreNext();
    void putBack(const QJsonObject& entry, const std::optional<QJsonObject>& current);
    void fail(const ApiError& error);
    static bool isNoRecord(const ApiError& error);

    OpenWebUiClient* m_client;
    ServerVersion m_version;
    QPointer<ApiReply> m_current;
    BackupStore* m_backups = nullptr;
    QString m_backupId;
    QList<QPair<QString, QString>> m_pending; // id, name
    QJsonArray m_restoring;
    QString m_fromBackupId;
    QStringList m_done;
};

} // namespace tma
