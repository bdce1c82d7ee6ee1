#pragma once

#include "ServerAddress.h"
#include "ServerVersion.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tma {

// Which set of task routes the server has: /api/task/... (0.4 and older) or /api/v1/tasks/...
enum class TaskApi
{
    Legacy,
    V1,
};

// What a server tells about itself before and after sign-in (/api/version, /api/config).
struct ServerInfo
{
    QUrl url;
    // The server's identity, for comparing with another form of its address.
    ServerAddress address() const { return url; }
    QString name = QStringLiteral("Open WebUI");
    QString versionText;
    ServerVersion version;
    bool authEnabled = true;        // false: single-user mode, no login screen
    bool loginFormEnabled = true;
    bool ldapEnabled = false;
    // WEBUI_AUTH_TRUSTED_EMAIL_HEADER is set: a reverse proxy signs people in with a header the
    // assistant cannot send, so only an API key gets in (main.py get_app_config, auth_trusted_header).
    bool authTrustedHeader = false;
    // The address was typed without a scheme, https found no TLS server there and plain http
    // answered as Open WebUI: `url` is the http address (see Connector::setHttpFallback).
    bool plainHttpFallback = false;
    bool onboarding = false;        // no admin exists yet
    int apiKeysAllowed = -1;        // -1 unknown, 0 no, 1 yes (0.4-0.6 tell anonymously, 0.11 after sign-in)
    QStringList oauthProviders;
    // Decided at sign-in, once per session (Connector): from the version, or when that can't be
    // read, by asking the server. Everything after sign-in uses this and nothing else.
    TaskApi taskApi = TaskApi::V1;

    void readVersion(const QJsonObject& body);
    void readConfig(const QJsonObject& body);
    QString displayName() const; // "Open WebUI 0.6.30"
};

} // namespace tma
