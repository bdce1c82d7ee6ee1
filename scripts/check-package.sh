#!/usr/bin/env bash
# Builds the .deb from a configured build tree and checks it the way a distribution would:
# contents, desktop file, AppStream metadata, then installs it into a throw-away root and runs the
# installed programs. Usage: scripts/check-package.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
version=$(sed -n 's/^project(TaskModelAssistant VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

(cd "$build" && cpack -G DEB >/dev/null)
deb="$build/task-model-assistant_${version}_$(dpkg --print-architecture).deb"
test -f "$deb" || { echo "no package at $deb" >&2; exit 1; }
echo "package: $deb"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/task-model-assistant ./usr/bin/task-model-assistant-cli \
            ./usr/share/applications/io.github.taskmodelassistant.TaskModelAssistant.desktop \
            ./usr/share/metainfo/io.github.taskmodelassistant.TaskModelAssistant.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/task-model-assistant.svg \
            ./usr/share/icons/hicolor/256x256/apps/task-model-assistant.png; do
  grep -qxF "$path" <<<"$contents" || { echo "missing from package: $path" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libsecret-1-0 libqt6keychain1 libqt6widgets6 qt6-qpa-plugins; do
  grep -q "$needed" <<<"$depends" || { echo "package does not depend on $needed" >&2; exit 1; }
done
echo "depends: $depends"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.github.taskmodelassistant.TaskModelAssistant.desktop"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.taskmodelassistant.TaskModelAssistant.metainfo.xml"

cli_version=$("$root/usr/bin/task-model-assistant-cli" --version)
gui_version=$("$root/usr/bin/task-model-assistant" --version)
[ "$cli_version" = "task-model-assistant-cli $version" ] || { echo "unexpected: $cli_version" >&2; exit 1; }
[ "$gui_version" = "task-model-assistant $version" ] || { echo "unexpected: $gui_version" >&2; exit 1; }
echo "installed: $cli_version / $gui_version"
echo "package check passed"
