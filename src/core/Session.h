#pragma once

#include "ServerInfo.h"

#include <QString>

namespace tma {

// How the user proved who they are.
enum class AuthMethod
{
    Password, // email + password: a session token (JWT) is stored
    ApiKey,   // an "sk-..." key the user created in Open WebUI
};

// A signed-in admin on one server. The secret itself stays in the client and the keychain.
struct Session
{
    ServerInfo server;
    AuthMethod method = AuthMethod::Password;
    QString userId;
    QString email;
    QString name;
    QString role;
    qint64 expiresAt = 0; // unix seconds, 0 = never
};

} // namespace tma
