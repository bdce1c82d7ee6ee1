#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the assistant needs to build, run and test, if any are missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build dpkg-dev file pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-svg-dev qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev libqt6svg6 qt6-qpa-plugins
  libgl-dev
  xvfb xauth x11-utils x11-apps imagemagick xdotool trayer fonts-noto-cjk
  dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  desktop-file-utils appstream curl openssl
  clang libclang-rt-dev
  g++-mingw-w64-x86-64-posix
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
