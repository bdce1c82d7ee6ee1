#pragma once

#include "Session.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace tma {

// What the assistant remembers about a server, never a secret: address, account, sign-in method,
// a certificate the user chose to trust, the last preset. Stored with QSettings.
struct ServerProfile
{
    QUrl url;
    QString account;       // the admin's email (also for API keys: the key's owner)
    AuthMethod method = AuthMethod::Password;
    QString pinnedSha256;  // certificate fingerprint trusted for this server
    QString lastPreset;
};

class ServerProfiles
{
public:
    static QList<ServerProfile> all();
    static std::optional<ServerProfile> find(const QUrl& url);
    static void save(const ServerProfile& profile); // also makes it the current server
    static void remove(const QUrl& url);
    static std::optional<ServerProfile> current();
};

} // namespace tma
