#pragma once

#include "ApiError.h"
#include "Preset.h"
#include "ServerAddress.h"
#include "ServerProfiles.h"
#include "Session.h"
#include "TaskConfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

namespace tma {

class OpenWebUiClient;
class SecretStore;

// The servers saved in ServerProfiles, as the tray works with them: for each, a client signed in
// once with the stored credential, the task settings as last read (or why they could not be read)
// and the presets on offer. Nothing here runs by itself: settings are read when asked (the menu
// opening), never polled. When destroyed, the sign-ins and readings still under way are closed.
class SavedServerSessions : public QObject
{
    Q_OBJECT
public:
    struct Server
    {
        ServerProfile profile;
        OpenWebUiClient* client = nullptr; // signed in once `connected`
        Session session;
        bool connected = false;
        bool loading = false;  // the settings are being read
        TaskConfig config;     // as last read or written; empty while unknown
        QString error;         // why the last reading failed
        QList<Preset> presets; // read from disk on reload, not each time the menu is rebuilt
    };
    using Then = std::function<void(Server*)>;
    using OnError = std::function<void(const ApiError&)>;

    explicit SavedServerSessions(SecretStore* secrets, QObject* parent = nullptr);
    ~SavedServerSessions() override;

    // Re-reads the profiles and each one's presets. A server whose account changed signs in again,
    // unless an operation runs on it (`keyInUse`, a ServerAddress::key): its client must outlive it.
    void reload(const QString& keyInUse = {});
    // The servers signed in at least once, in the profiles' order (never signed in: nothing to do).
    QList<const Server*> servers() const;
    Server* find(const ServerAddress& server);
    const Server* find(const ServerAddress& server) const;

    // Signs in with the stored credential (once), then runs `then`. Asked again while that sign-in
    // runs (the menu opened, then a click at once), it waits for the same sign-in.
    void withSession(const ServerAddress& server, Then then, OnError onError);
    // Reads the server's task settings into `config`, or the reason into `error`; then changed().
    void readSettings(const ServerAddress& server);
    // Drops the server (forgotten): its client goes, nothing more is done for it.
    void remove(const ServerAddress& server);

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        Server server;
        bool signingIn = false;
        QList<std::pair<Then, OnError>> waiting; // for the sign-in in progress
    };

    Entry* entryFor(const ServerAddress& server);
    void loadPresets(Server& server) const;
    void finishSignIn(const ServerAddress& server, const ApiError& error);

    SecretStore* m_secrets;
    QHash<QString, std::shared_ptr<Entry>> m_entries; // by ServerAddress::key
    QStringList m_order;
};

} // namespace tma
