#pragma once

#include "TrayEntry.h"

#include <QList>

class QMenu;

namespace tma {

class TrayController;

// Fills a QMenu from the controller's entries (used by the tray icon and the fallback window).
class TrayMenuBuilder
{
public:
    static void build(QMenu* menu, const QList<TrayEntry>& entries, TrayController* controller);
};

} // namespace tma
