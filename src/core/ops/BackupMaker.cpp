#include "BackupMaker.h"

#include "ApiReply.h"
#include "BackupStore.h"
#include "OpenAiConnections.h"
#include "OpenWebUiClient.h"

#include <QJsonObject>

namespace tma {

BackupMaker::BackupMaker(OpenWebUiClient* client, const Session& session, std::unique_ptr<BackupStore> store,
                         QObject* parent)
    : QObject(parent), m_client(client), m_session(session), m_store(std::move(store))
{
}

BackupMaker::~BackupMaker()
{
    cancel();
}

void BackupMaker::cancel()
{
    abandon(m_current, this);
}

void BackupMaker::make(const QString& reason)
{
    cancel();
    m_backup = Backup();
    m_backup.reason = reason;
    m_backup.serverVersion = m_session.server.versionText;
    m_current = m_client->getTaskConfig(m_session.server.taskApi);
    onFinished(m_current.data(), this, [this](ApiReply* reply) {
        m_current.clear();
        if (!reply->ok())
            return Q_EMIT failed(reply->error());
        if (!reply->json().isObject()) // not the settings: an empty backup would "restore" nothing
            return Q_EMIT failed(ApiError(ApiError::Kind::UnexpectedContent));
        m_backup.taskConfig = reply->json().toObject();
        m_current = m_client->getOpenAiConfig();
        onFinished(m_current.data(), this, [this](ApiReply* connections) {
            m_current.clear();
            // Connections are optional in a backup: older or locked-down servers may refuse them.
            if (connections->ok())
                m_backup.openAiConfig = OpenAiConnections(connections->json().toObject()).redacted();
            QString error;
            if (!m_store->save(m_backup, &error))
                return Q_EMIT failed(ApiError(ApiError::Kind::Invalid, error));
            Q_EMIT finished(m_backup);
        });
    });
}

} // namespace tma
