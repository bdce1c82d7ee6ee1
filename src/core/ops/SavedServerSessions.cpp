#include "SavedServerSessions.h"

#include "BackupStore.h"
#include "Connector.h"
#include "LogCategories.h"
#include "OpenWebUiClient.h"
#include "PresetStore.h"
#include "SecretStore.h"
#include "SettingsReader.h"

namespace tma {

SavedServerSessions::SavedServerSessions(SecretStore* secrets, QObject* parent)
    : QObject(parent), m_secrets(secrets)
{
    reload();
}

SavedServerSessions::~SavedServerSessions() = default;

void SavedServerSessions::reload(const QString& keyInUse)
{
    const QList<ServerProfile> profiles = ServerProfiles::all();
    QStringList order;
    for (const ServerProfile& profile : profiles) {
        if (profile.account.isEmpty())
            continue; // never signed in: nothing the tray could do
        const QString key = ServerAddress(profile.url).key();
        order << key;
        std::shared_ptr<Entry>& entry = m_entries[key];
        if (!entry)
            entry = std::make_shared<Entry>();
        Server& server = entry->server;
        const bool inUse = entry->signingIn || keyInUse == key;
        if (server.profile.account != profile.account && !inUse) { // another account: sign in again
            server.connected = false;
            if (server.client)
                server.client->deleteLater();
            server.client = nullptr;
        }
        server.profile = profile;
        loadPresets(server);
    }
    m_order = order;
}

void SavedServerSessions::loadPresets(Server& server) const
{
    QList<Preset> presets;
    if (std::optional<Preset> local = Preset::fromJson(server.profile.lastLocal))
        presets << *local;
    if (std::optional<Preset> hosted = Preset::fromJson(server.profile.lastHosted))
        presets << *hosted;
    presets << Preset::quiet();
    PresetStore store;
    store.load();
    presets << store.presets();
    if (std::optional<Backup> original = BackupStore(server.profile.url).original())
        presets << Preset::original(original->taskConfig);
    server.presets = presets;
}

QList<const SavedServerSessions::Server*> SavedServerSessions::servers() const
{
    QList<const Server*> list;
    for (const QString& key : m_order)
        list << &m_entries.value(key)->server;
    return list;
}

SavedServerSessions::Entry* SavedServerSessions::entryFor(const ServerAddress& server)
{
    const auto it = m_entries.find(server.key());
    return it == m_entries.end() ? nullptr : it->get();
}

SavedServerSessions::Server* SavedServerSessions::find(const ServerAddress& server)
{
    Entry* entry = entryFor(server);
    return entry ? &entry->server : nullptr;
}

const SavedServerSessions::Server* SavedServerSessions::find(const ServerAddress& server) const
{
    const auto it = m_entries.find(server.key());
    return it == m_entries.end() ? nullptr : &(*it)->server;
}

void SavedServerSessions::remove(const ServerAddress& server)
{
    if (const auto it = m_entries.find(server.key()); it != m_entries.end()) {
        if ((*it)->server.client)
            (*it)->server.client->deleteLater();
        m_entries.erase(it);
    }
    m_order.removeAll(server.key());
}

void SavedServerSessions::withSession(const ServerAddress& server, Then then, OnError onError)
{
    Entry* entry = entryFor(server);
    if (!entry)
        return onError(ApiError(ApiError::Kind::Invalid, tr("This server is not set up in the assistant.")));
    if (entry->server.connected && entry->server.client)
        return then(&entry->server);
    entry->waiting.append({then, onError});
    if (entry->signingIn)
        return; // one sign-in per server; everyone waiting gets its result
    entry->signingIn = true;
    const ServerProfile profile = entry->server.profile;
    const QString key = SecretStore::credentialKey(profile.url, profile.account, profile.method);
    m_secrets->read(key, this, [this, server](const SecretStore::Result& result) {
        Server* current = find(server);
        if (!current)
            return;
        if (!result.ok) // a keychain problem is not an expired session: say what it is
            return finishSignIn(
                server,
                ApiError(
                    ApiError::Kind::Invalid,
                    result.notFound
                        ? tr("No saved sign-in for %1: open the assistant to sign in.").arg(server.toString())
                        : result.error));
        if (current->client)
            current->client->deleteLater(); // not in use: nothing runs on a server without a session
        // The client is this object's child: destroyed with it, it closes what it still has under way.
        current->client = new OpenWebUiClient(current->profile.url, this);
        current->client->setPinnedCertificate(current->profile.pinnedSha256);
        auto* connector = new Connector(current->client, current->client);
        connect(connector, &Connector::connected, this, [this, server](const Session& session) {
            if (Server* connected = find(server)) {
                connected->session = session;
                connected->connected = true;
            }
            finishSignIn(server, {});
        });
        connect(connector, &Connector::failed, this,
                [this, server](const ApiError& error) { finishSignIn(server, error); });
        Credentials credentials;
        credentials.method = current->profile.method; // a saved LDAP session stays an LDAP one
        if (credentials.method == AuthMethod::Ldap)
            credentials.ldapUser = current->profile.account;
        credentials.token = result.secret;
        connector->connectAs(credentials);
    });
}

void SavedServerSessions::finishSignIn(const ServerAddress& server, const ApiError& error)
{
    Entry* entry = entryFor(server);
    if (!entry)
        return;
    entry->signingIn = false;
    qCInfo(lcTray, "sign-in to %s: %s (error kind %d)", qUtf8Printable(server.toString()),
           error.isError() ? "failed" : "ok", static_cast<int>(error.kind()));
    const auto waiting = std::exchange(entry->waiting, {});
    for (const auto& [then, onError] : waiting) {
        if (error.isError())
            onError(error);
        else if (Server* current = find(server))
            then(current);
    }
}

void SavedServerSessions::readSettings(const ServerAddress& server)
{
    Server* state = find(server);
    if (!state || state->loading)
        return;
    state->loading = true;
    auto fail = [this, server](const ApiError& error) {
        if (Server* failed = find(server)) {
            failed->loading = false;
            failed->error = error.message();
            if (error.kind() == ApiError::Kind::SessionExpired)
                failed->connected = false;
        }
        Q_EMIT changed();
    };
    withSession(
        server,
        [this, server, fail](Server* connected) {
            SettingsReader::read(connected->client, connected->session.server.taskApi,
                                 SettingsReader::Models::None, this,
                                 [this, server, fail](const SettingsReader::Result& result) {
                                     Server* current = find(server);
                                     if (!current)
                                         return;
                                     if (!result.ok())
                                         return fail(result.error());
                                     current->loading = false;
                                     current->error.clear();
                                     current->config = result.config;
                                     Q_EMIT changed();
                                 });
        },
        fail);
}

} // namespace tma
