#include "ServerInfo.h"

namespace tma {

void ServerInfo::readVersion(const QJsonObject& body)
{
    const QString text = body.value(QLatin1String("version")).toString();
    if (text.isEmpty())
        return;
    versionText = text;
    version = ServerVersion::parse(text);
    // Task routes moved to /api/v1/tasks in 0.5. An unknown version is assumed current until
    // sign-in asks the server (Connector::findTaskApi).
    taskApi = (version.isValid() && version < ServerVersion(0, 5, 0)) ? TaskApi::Legacy : TaskApi::V1;
}

void ServerInfo::readConfig(const QJsonObject& body)
{
    const QString configName = body.value(QLatin1String("name")).toString();
    if (!configName.isEmpty())
        name = configName.left(100);
    if (versionText.isEmpty())
        readVersion(body);
    onboarding = body.value(QLatin1String("onboarding")).toBool(false);
    const QJsonObject features = body.value(QLatin1String("features")).toObject();
    authEnabled = features.value(QLatin1String("auth")).toBool(true);
    loginFormEnabled = features.value(QLatin1String("enable_login_form")).toBool(true);
    ldapEnabled = features.value(QLatin1String("enable_ldap")).toBool(false);
    authTrustedHeader = features.value(QLatin1String("auth_trusted_header")).toBool(false);
    // 0.4-0.6 say "enable_api_key" to everyone; 0.11 says "enable_api_keys" to signed-in users only.
    for (const char* key : {"enable_api_keys", "enable_api_key"}) {
        const QJsonValue value = features.value(QLatin1String(key));
        if (value.isBool()) {
            apiKeysAllowed = value.toBool() ? 1 : 0;
            break;
        }
    }
    oauthProviders.clear();
    const QJsonObject providers =
        body.value(QLatin1String("oauth")).toObject().value(QLatin1String("providers")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it)
        oauthProviders << (it.value().isString() ? it.value().toString() : it.key());
}

QString ServerInfo::displayName() const
{
    return versionText.isEmpty() ? name : QStringLiteral("%1 %2").arg(name, versionText);
}

} // namespace tma
