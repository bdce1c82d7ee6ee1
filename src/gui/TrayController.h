#pragma once

#include "ApiError.h"
#include "Preset.h"
#include "ServerProfiles.h"
#include "Session.h"
#include "TaskConfig.h"
#include "TrayEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace tma {

class OpenWebUiClient;
class SecretStore;

// The tray's logic without a tray: for each configured server, which presets exist, which one
// matches the server's settings (read when the menu opens, never polled), switching with the
// keychain credentials through the same safe apply as the wizard, "Test now", saving presets.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown, // not read yet, or no preset matches
        Applied, // a preset matches on every server
        Busy,
        Error,
    };
    Q_ENUM(State)

    explicit TrayController(SecretStore* secrets, QObject* parent = nullptr);
    ~TrayController() override;

    QList<TrayEntry> entries() const;
    State state() const;
    QString toolTip() const;
    bool isBusy() const { return !m_busyServer.isEmpty(); }

    // Re-reads the profiles and every server's task settings (call when the menu is about to open).
    void refresh();
    void activate(const TrayEntry& entry);
    void switchPreset(const QUrl& server, const QString& presetId);
    void testNow(const QUrl& server);
    void saveCurrentAsPreset(const QUrl& server, const QString& name);
    // Removes the server's profile and keychain sign-in (ServerForgetter); the menu then no longer
    // lists it, nor counts it for the icon. Ask the user first: forgetServerRequested().
    void forgetServer(const QUrl& server);

    // The presets the menu offers for a server, in menu order.
    QList<Preset> presetsFor(const QUrl& server) const;

Q_SIGNALS:
    void entriesChanged();
    void notify(const QString& title, const QString& message, bool isError);
    void openAssistantRequested(const QUrl& server);
    void savePresetRequested(const QUrl& server);
    void forgetServerRequested(const QUrl& server, const QString& name);
    void aboutRequested();
    void quitRequested();

private:
    struct ServerState
    {
        ServerProfile profile;
        OpenWebUiClient* client = nullptr;
        Session session;
        bool connected = false;
        bool signingIn = false;
        bool loading = false;
        TaskConfig config;
        QString error;
        QList<Preset> presets; // read from disk on refresh and after changes, not per menu rebuild
        // Operations waiting for the sign-in in progress (opening the menu, then clicking at once).
        QList<std::pair<std::function<void(ServerState*)>, std::function<void(const ApiError&)>>> waiting;
    };

    ServerState* stateFor(const QUrl& server);
    void reloadProfiles();
    void loadPresets(ServerState& state) const;
    void finishSignIn(const QUrl& server, const ApiError& error);
    // Signs in with the stored credential (once), then runs `then`.
    void withSession(const QUrl& server, std::function<void(ServerState*)> then,
                     std::function<void(const ApiError&)> onError);
    void readSettings(const QUrl& server);
    void applyPreset(ServerState* state, const Preset& preset, const QString& providerKey);
    void setBusy(const QString& serverKey);
    QString serverTitle(const ServerState& state) const;

    SecretStore* m_secrets;
    QHash<QString, std::shared_ptr<ServerState>> m_servers; // by ServerUrl::key
    QStringList m_order;
    QString m_busyServer;
};

} // namespace tma
