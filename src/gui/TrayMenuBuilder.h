#pragma once

#include "TrayEntry.h"

#include <QAction>
#include <QList>

class QMenu;

namespace tma {

class TrayController;

// Fills a QMenu from the controller's entries (used by the tray icon and the fallback window).
// The menu is updated in place: it may be open while the server's answer arrives, and clearing it
// then deletes the actions under the user's pointer (some trays even close the menu).
class TrayMenuBuilder
{
public:
    static void build(QMenu* menu, const QList<TrayEntry>& entries, TrayController* controller);
    // The macOS menu role of an entry's action: none, so macOS moves nothing out of the tray menu.
    static QAction::MenuRole menuRole(TrayEntry::Kind kind);

private:
    static QAction* create(QMenu* menu, const TrayEntry& entry, const QString& key,
                           TrayController* controller);
    static void update(QAction* action, const TrayEntry& entry);
};

} // namespace tma
