#!/usr/bin/env bash
# Installs the Debian 12 packages Atrium needs to build, run and test. Safe to run again: it only
# installs what is missing. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git file dpkg-dev
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-webengine-dev qt6-webengine-dev-tools
  qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-image-formats-plugins
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qttest qml6-module-qtcharts
  qml6-module-qtwebengine qml6-module-qtquick-shapes qml6-module-qt-labs-platform
  qml6-module-qt-labs-settings qml6-module-qt-labs-folderlistmodel qml6-module-qtwebchannel
  libgl-dev libvulkan-dev libxkbcommon-dev
  # other libraries
  qtkeychain-qt6-dev libyaml-dev rapidjson-dev libkf5syntaxhighlighting-tools libarchive-dev libssl-dev openssl
  # headless test session: X server, screenshots, D-Bus and the real keychain
  xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-tools fonts-dejavu-core fonts-noto-core
  # packaging checks
  desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
