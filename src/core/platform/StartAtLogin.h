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

    // What each platform's entry says, for `program`: built on every platform so the Windows and
    // macOS texts are tested on Linux too; only where they are written differs per platform.
    static QString windowsRunCommand(const QString& program);   // the Run key's value
    static QByteArray launchAgentPlist(const QString& program); // ~/Library/LaunchAgents/….plist
    static QByteArray autostartEntry(const QString& program);   // the XDG .desktop file
    static QString launchAgentLabel();
};

} // namespace tma
