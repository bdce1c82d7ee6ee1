#include "SecretStore.h"

#include "ServerUrl.h"

namespace tma {

QString SecretStore::sessionKey(const QUrl& server, const QString& account)
{
    return ServerUrl::key(server) + QLatin1Char('|') + account + QStringLiteral("|session");
}

QString SecretStore::apiKeyKey(const QUrl& server, const QString& account)
{
    return ServerUrl::key(server) + QLatin1Char('|') + account + QStringLiteral("|api-key");
}

QString SecretStore::credentialKey(const QUrl& server, const QString& account, AuthMethod method)
{
    return method == AuthMethod::ApiKey ? apiKeyKey(server, account) : sessionKey(server, account);
}

} // namespace tma
