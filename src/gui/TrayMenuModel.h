#pragma once

#include "Preset.h"
#include "SavedServerSessions.h"
#include "TrayEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace tma {

// What the tray shows, worked out from the saved servers' sessions and from whether an action
// runs: the menu's entries (which preset is checked), the icon's state and the tooltip. It starts
// nothing and changes nothing; asked again after a change, it answers anew.
class TrayMenuModel
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(TrayMenuModel)
public:
    enum class State
    {
        Unknown, // not read yet, or no preset matches
        Applied, // a preset matches on every server
        Busy,
        Error,
    };
    Q_ENUM(State)

    explicit TrayMenuModel(const SavedServerSessions* sessions) : m_sessions(sessions) {}

    // `busy`: an action runs, so the entries that would start another are disabled.
    QList<TrayEntry> entries(bool busy) const;
    State state(bool busy) const;
    QString toolTip() const;
    // The presets the menu offers for a server, in menu order.
    QList<Preset> presetsFor(const QUrl& server) const;

private:
    QString serverTitle(const SavedServerSessions::Server& server) const;

    const SavedServerSessions* m_sessions;
};

} // namespace tma
