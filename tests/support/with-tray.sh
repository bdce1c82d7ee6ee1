#!/usr/bin/env bash
# Runs a command on a virtual X display that has a system tray (Xvfb + trayer), inside a private
# D-Bus session, so a real QSystemTrayIcon can be shown and its menu clicked.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- "$here/tray-session.sh" "$@"
