#!/usr/bin/env bash
# Inside Xvfb (see with-tray.sh): start trayer as the tray host, wait until it is mapped, run the
# command with the xcb platform plugin, then stop trayer.
set -uo pipefail
trayer --edge top --align right --widthtype request --height 32 --SetDockType true --transparent false >/dev/null 2>&1 &
trayer_pid=$!
for _ in $(seq 1 50); do
  if xdotool search --onlyvisible --class trayer >/dev/null 2>&1; then break; fi
  sleep 0.1
done
QT_QPA_PLATFORM=xcb "$@"
status=$?
kill "$trayer_pid" 2>/dev/null
exit "$status"
