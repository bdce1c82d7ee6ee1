#include "ServerForgetter.h"

#include "SecretStore.h"

namespace tma {

ServerForgetter::ServerForgetter(SecretStore* secrets, QObject* parent) : QObject(parent), m_secrets(secrets)
{}

QStringList ServerForgetter::keychainKeys(const ServerProfile& profile)
{
    if (profile.account.isEmpty())
        return {}; // never signed in with "Remember me": nothing was kept
    // Both kinds of sign-in: the account may have switched between password and API key. Provider
    // keys are left alone on purpose: they are scoped by the provider's address, not the server's,
    // and another server's hosted preset may use the same one. A keychain cannot be listed, so an
    // account used on this server before the current one is not known any more.
    return {SecretStore::sessionKey(profile.url, profile.account),
            SecretStore::apiKeyKey(profile.url, profile.account)};
}

void ServerForgetter::forget(const QUrl& server)
{
    const std::optional<ServerProfile> profile = ServerProfiles::find(server);
    if (!profile) {
        Q_EMIT finished(server);
        return;
    }
    // The keychain first: once the profile is gone, the account that names the entries is gone too.
    removeNext(server, keychainKeys(*profile));
}

void ServerForgetter::removeNext(const QUrl& server, QStringList keys)
{
    if (keys.isEmpty()) {
        ServerProfiles::remove(server);
        Q_EMIT finished(server);
        return;
    }
    const QString key = keys.takeFirst();
    m_secrets->remove(key, this, [this, server, keys](const SecretStore::Result& result) {
        if (!result.ok && !result.notFound)
            return Q_EMIT failed(server, result.error);
        removeNext(server, keys);
    });
}

} // namespace tma
