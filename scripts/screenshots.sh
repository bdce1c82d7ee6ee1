#!/usr/bin/env bash
# Saves a PNG of every wizard state in every language (and of the tray menu) into a folder, for
# looking at the UI: scripts/screenshots.sh [folder] (default: shots/). Uses the GUI tests, so each
# picture comes from a checked run against the fake server.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-shots}")
mkdir -p "$out"
./scripts/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target tst_screenshots tst_wizard tst_trayicon
TMA_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen ./build/tests/gui/tst_screenshots
TMA_SCREENSHOT_DIR="$out" TMA_SCREENSHOT_LANGUAGE=en QT_QPA_PLATFORM=offscreen ./build/tests/gui/tst_wizard
TMA_SCREENSHOT_DIR="$out" ./tests/support/with-tray.sh ./build/tests/gui/tst_trayicon
echo "Screenshots in $out:"
ls "$out"
