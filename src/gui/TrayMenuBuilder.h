#pragma once

#include "TrayEntry.h"

#include <QAction>
#include <QList>

class QMenu;

namespace tma {

class TrayController;

// Fills a QMenu from the controller's entries (used by the tray icon and the fallback window).
class TrayMenuBuilder
{
public:
    static void build(QMenu* menu, const QList<TrayEntry>& entries, TrayController* controller);
    // The macOS menu role of an entry's action: none, so macOS moves nothing out of the tray menu.
    static QAction::MenuRole menuRole(TrayEntry::Kind kind);
};

} // namespace tma
