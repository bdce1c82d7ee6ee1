#pragma once

#include "ServerAddress.h"
#include "Session.h"

#include <QJsonObject>
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
    QString account; // the admin's email (also for API keys: the key's owner), or the LDAP user name
    AuthMethod method = AuthMethod::Password;
    QString pinnedSha256;  // certificate fingerprint trusted for this server
    QString lastPreset;
    // The last local and hosted presets applied to this server (no secrets: a hosted preset names
    // its key's keychain entry), so the tray can switch back to them.
    QJsonObject lastLocal;
    QJsonObject lastHosted;
};

class ServerProfiles
{
public:
    static QList<ServerProfile> all();
    static std::optional<ServerProfile> find(const ServerAddress& url);
    // The certificate fingerprint the user trusted for this server (a self-signed one), or empty.
    static QString pinnedCertificate(const ServerAddress& url);
    static void save(const ServerProfile& profile); // also makes it the current server
    static void remove(const ServerAddress& url);   // the profile and the presets remembered for it
    static std::optional<ServerProfile> current();
    // Records a successful apply: lastPreset, and lastLocal/lastHosted for those kinds.
    static void rememberApplied(const ServerAddress& url, const QJsonObject& presetJson);
};

} // namespace tma
