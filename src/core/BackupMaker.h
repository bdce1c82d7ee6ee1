#pragma once

#include "ApiError.h"
#include "Backup.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

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
    BackupMaker(OpenWebUiClient* client, const Session& session, BackupStore* store, QObject* parent = nullptr);
    void make(const QString& reason);

Q_SIGNALS:
    void finished(const tma::Backup& backup);
    void failed(const tma::ApiError& error);

private:
    OpenWebUiClient* m_client;
    Session m_session;
    BackupStore* m_store;
    Backup m_backup;
};

} // namespace tma
