#pragma once

#include "Preset.h"
#include "Rewording.h"
#include "SavedServerSessions.h"
#include "TrayEntry.h"
#include "TrayMenuModel.h"

#include <QList>
#include <QObject>

namespace tma {

class SecretStore;

// The tray's logic without a tray: what its entries do. Switching a preset with the keychain
// credentials through the same safe apply as the wizard, "Test now", saving the current settings as
// a preset, forgetting a server; one action at a time. It owns the saved servers' sessions (read
// when the menu opens, never polled) and the menu model, which words what the menu shows.
class TrayController : public QObject
{
    Q_OBJECT
public:
    using State = TrayMenuModel::State;

    explicit TrayController(SecretStore* secrets, QObject* parent = nullptr);
    ~TrayController() override;

    QList<TrayEntry> entries() const { return m_menu.entries(isBusy()); }
    State state() const { return m_menu.state(isBusy()); }
    QString toolTip() const { return m_menu.toolTip(); }
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

    // The last notice, kept as how to word it: a window that shows it words it again after a
    // language switch (the tray's own balloon is gone by then).
    struct Notice
    {
        Wording title;
        Wording message;
        bool isError = false;
    };
    const Notice& lastNotice() const { return m_lastNotice; }

    // The presets the menu offers for a server, in menu order.
    QList<Preset> presetsFor(const QUrl& server) const { return m_menu.presetsFor(server); }

Q_SIGNALS:
    void entriesChanged();
    void notify(const QString& title, const QString& message, bool isError);
    void openAssistantRequested(const QUrl& server);
    void savePresetRequested(const QUrl& server);
    void forgetServerRequested(const QUrl& server, const QString& name);
    void aboutRequested();
    void quitRequested();

private:
    using Server = SavedServerSessions::Server;

    void applyPreset(Server* server, const Preset& preset, const QString& providerKey);
    void setBusy(const QString& serverKey);
    // Keeps the notice as lastNotice() and emits notify() with its words.
    void tell(Wording title, Wording message, bool isError);

    SecretStore* m_secrets;
    SavedServerSessions* m_sessions;
    TrayMenuModel m_menu;
    QString m_busyServer;
    Notice m_lastNotice;
};

} // namespace tma
