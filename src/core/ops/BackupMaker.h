#pragma once

#include "ApiError.h"
#include "Backup.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace tma {

class ApiReply;
class BackupStore;
class OpenWebUiClient;

// Takes a backup on demand (not as part of an apply): reads the task settings and the connection
// settings and stores them, keys redacted.
class BackupMaker : public QObject
{
    Q_OBJECT
public:
    // The maker owns the store it saves into, as ConfigApplier does: no caller keeps one alive for it.
    BackupMaker(OpenWebUiClient* client, const Session& session, std::unique_ptr<BackupStore> store,
                QObject* parent = nullptr);
    // Stops the request under way: no handler runs on a dead object, and the request is closed.
    ~BackupMaker() override;
    void make(const QString& reason);
    // Stops the backup under way; neither finished() nor failed() follows.
    void cancel();
    const BackupStore& backups() const { return *m_store; }

Q_SIGNALS:
    void finished(const tma::Backup& backup);
    void failed(const tma::ApiError& error);

private:
    OpenWebUiClient* m_client;
    Session m_session;
    std::unique_ptr<BackupStore> m_store;
    QPointer<ApiReply> m_current;
    Backup m_backup;
};

} // namespace tma
