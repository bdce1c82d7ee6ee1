#include "Session.h"

namespace tma {

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::ApiKey:
        return QStringLiteral("api-key");
    case AuthMethod::Ldap:
        return QStringLiteral("ldap");
    }
    return QStringLiteral("password");
}

AuthMethod authMethodFromName(const QString& name)
{
    if (name == QLatin1String("api-key"))
        return AuthMethod::ApiKey;
    if (name == QLatin1String("ldap"))
        return AuthMethod::Ldap;
    return AuthMethod::Password;
}

} // namespace tma
