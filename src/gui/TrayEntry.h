#pragma once

#include <QString>
#include <QUrl>

namespace tma {

// One line of the tray menu, as data: the controller builds them, the tray (or the fallback window)
// shows them. Keeps the menu's logic testable without a system tray.
struct TrayEntry
{
    enum class Kind
    {
        ServerHeader,  // the server's name, version and state (not clickable)
        Preset,        // switch to a preset (checkable)
        Test,          // "Test now"
        SavePreset,    // "Save current settings as preset…"
        OpenAssistant, // the wizard, prefilled
        ForgetServer,  // "Forget this server…" (asks first)
        StartAtLogin,  // checkable
        About,         // the About box (the application menu's About on macOS)
        Quit,
        Separator,
    };
    Kind kind = Kind::Separator;
    QUrl server;        // for per-server entries
    QString presetId;   // for Preset entries
    QString text;
    QString toolTip;
    bool checkable = false;
    bool checked = false;
    bool enabled = true;
};

} // namespace tma
