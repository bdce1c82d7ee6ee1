#pragma once

#include "ServerInfo.h"

#include <QString>

namespace tma {

// How the user proved who they are.
enum class AuthMethod
{
    Password, // email + password: a session token (JWT) is stored
    ApiKey,   // an "sk-..." key the user created in Open WebUI
    Ldap,     // an LDAP user name + password (POST /api/v1/auths/ldap): a session token is stored
};

// Stable names for settings and scripts: "password", "api-key", "ldap".
QString authMethodName(AuthMethod method);
AuthMethod authMethodFromName(const QString& name); // unknown names read as Password

// A signed-in admin on one server. The secret itself stays in the client and the keychain.
struct Session
{
    ServerInfo server;
    AuthMethod method = AuthMethod::Password;
    QString userId;
    QString email;
    // What the sign-in is remembered under (profile, keychain): the email, or the LDAP user name.
    QString account;
    QString name;
    QString role;
    qint64 expiresAt = 0; // unix seconds, 0 = never
};

} // namespace tma
