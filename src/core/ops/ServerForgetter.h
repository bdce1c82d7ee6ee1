#pragma once

#include "ServerProfiles.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace tma {

class SecretStore;

// Forgets a saved server: its sign-in in the keychain, then its profile (address, account, trusted
// certificate, the presets remembered for it) in the settings. Backups on disk are kept: they are
// the way back to the server's settings from before the assistant. Asynchronous, like the keychain.
class ServerForgetter : public QObject
{
    Q_OBJECT
public:
    explicit ServerForgetter(SecretStore* secrets, QObject* parent = nullptr);

    void forget(const QUrl& server);

    // The keychain entries that belong to `profile`'s server and nobody else.
    static QStringList keychainKeys(const ServerProfile& profile);

Q_SIGNALS:
    void finished(const QUrl& server);
    // The keychain refused: the profile is kept, so forgetting again can still find the entries.
    void failed(const QUrl& server, const QString& error);

private:
    void removeNext(const QUrl& server, QStringList keys);

    SecretStore* m_secrets;
};

} // namespace tma
