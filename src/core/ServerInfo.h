#pragma once

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
    QString name = QStringLiteral("Open WebUI");
    QString versionText;
    ServerVersion version;
    bool authEnabled = true;        // false: single-user mode, no login screen
    bool loginFormEnabled = true;
    bool ldapEnabled = false;
    bool onboarding = false;        // no admin exists yet
    int apiKeysAllowed = -1;        // -1 unknown, 0 no, 1 yes (0.4-0.6 tell anonymously, 0.11 after sign-in)
    QStringList oauthProviders;
    TaskApi taskApi = TaskApi::V1;

    void readVersion(const QJsonObject& body);
    void readConfig(const QJsonObject& body);
    QString displayName() const; // "Open WebUI 0.6.30"
};

} // namespace tma
