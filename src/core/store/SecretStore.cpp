#include "SecretStore.h"

#include "ServerAddress.h"

namespace tma {

QString SecretStore::sessionKey(const ServerAddress& server, const QString& account)
{
    return server.key() + QLatin1Char('|') + account + QStringLiteral("|session");
}

QString SecretStore::apiKeyKey(const ServerAddress& server, const QString& account)
{
    return server.key() + QLatin1Char('|') + account + QStringLiteral("|api-key");
}

QString SecretStore::credentialKey(const ServerAddress& server, const QString& account, AuthMethod method)
{
    return method == AuthMethod::ApiKey ? apiKeyKey(server, account) : sessionKey(server, account);
}

} // namespace tma
