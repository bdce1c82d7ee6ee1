#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless: unit, integration, CLI,
# GUI (offscreen), keychain (a real gnome-keyring in a private D-Bus session) and tray (Xvfb +
# trayer) tests, then the same suite again built with AddressSanitizer + UndefinedBehaviorSanitizer,
# then a short libFuzzer run of every parser of server data (scripts/fuzz.sh).
# TMA_SKIP_ASAN=1 skips the sanitizer pass (quicker local runs); TMA_SKIP_FUZZ=1 skips the fuzz run,
# TMA_FUZZ_SECONDS sets its time per target (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh

cmake --preset default
cmake --build --preset default
ctest --preset default

# The .deb as a distribution would check it, and the CI workflows for macOS and Windows (which
# can't run here) validated offline.
./scripts/check-package.sh build
./scripts/check-workflows.sh
# Every file a Windows build compiles, compiled for Windows (MinGW, syntax only) with its #ifdefs.
./scripts/check-windows.sh build

if [ "${TMA_SKIP_ASAN:-0}" != "1" ]; then
  cmake --preset asan
  cmake --build --preset asan
  ctest --preset asan
fi

if [ "${TMA_SKIP_FUZZ:-0}" != "1" ]; then
  ./scripts/fuzz.sh "${TMA_FUZZ_SECONDS:-15}"
fi
