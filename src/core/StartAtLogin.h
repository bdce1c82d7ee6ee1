#pragma once

#include <QCoreApplication>
#include <QString>

namespace tma {

// Starts the assistant (tray only) when the user logs in: a Run key in the Windows registry, a
// LaunchAgent on macOS, an XDG autostart entry elsewhere.
class StartAtLogin
{
    Q_DECLARE_TR_FUNCTIONS(StartAtLogin)
public:
    static bool isEnabled();
    static bool setEnabled(bool enabled, QString* error = nullptr);
    // Where the entry lives (file path or registry key), for messages and tests.
    static QString location();
};

} // namespace tma
