#pragma once

#include "Preset.h"
#include "SavedServerSessions.h"
#include "TrayEntry.h"

#include <QList>
#include <QObject>

namespace tma {

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
    using Server = SavedServerSessions::Server;

    void applyPreset(Server* server, const Preset& preset, const QString& providerKey);
    void setBusy(const QString& serverKey);
    QString serverTitle(const Server& server) const;

    SecretStore* m_secrets;
    SavedServerSessions* m_sessions;
    QString m_busyServer;
};

} // namespace tma
