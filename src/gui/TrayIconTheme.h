#pragma once

#include "TrayController.h"

#include <QIcon>

namespace tma {

// Which tray icon fits the desktop: a one-colour template on macOS (the menu bar tints it), and
// elsewhere a one-colour glyph drawn dark on light panels and light on dark ones, handed over as
// pixmaps. The state mark (ok, busy, error, unknown) differs in shape, not only colour.
class TrayIconTheme
{
public:
    enum class Desktop
    {
        MacOS,
        Other, // Windows, KDE, GNOME, and other Linux desktops
    };

    static Desktop currentDesktop();
    // Whether the panel the icon sits on is dark (the system colour scheme where Qt knows it,
    // otherwise the palette's window colour).
    static bool darkPanel();
    static QIcon icon(TrayController::State state, Desktop desktop, bool darkPanel);
    static QString file(TrayController::State state);
};

} // namespace tma
