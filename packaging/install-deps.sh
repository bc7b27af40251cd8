#!/usr/bin/env bash
# Installs what building, running and testing Tek Pou Nou needs on Debian 12.
# Idempotent: when every package is already present it does nothing (no apt-get update).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4 (QtHttpServer's CMake config also needs qt6-websockets-dev)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins
  # every QML module the app and its tests import (they do not pull each other in)
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-layouts
  qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-shapes
  qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtcore
  # libraries
  qtkeychain-qt6-dev libssl-dev openssl sqlite3 zlib1g-dev libargon2-dev
  # headless test session: X server, GL in software, private D-Bus, secret service, fonts
  xvfb xauth libgl1-mesa-dri dbus dbus-x11 gnome-keyring fonts-noto-core
  # crash reports (docs/telemetry.md): Chromium renders the operator's report
  chromium
  # server operations (docs/deployment.md): /metrics with prometheus-cpp, checked by promtool
  prometheus-cpp-dev prometheus
  # the server on PostgreSQL: Qt's driver, and the server the tests start a throwaway cluster of
  # (tests/support/postgres-cluster.sh; the package's own cluster is not used)
  libqt6sql6-psql postgresql-15
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Google Breakpad (client sources, minidump_stackwalk, dump_syms), as the npm package `minidump`
# ships it: no Debian package has it. Node.js and npm come with the machine. The package's own
# install script needs yarn, so it is skipped; nothing in it is needed. CMake finds the package at
# TPN_MINIDUMP_DIR (this folder by default).
minidump_version=0.26.0
minidump_prefix=/opt/tekpounou-tools
if ! grep -qs "\"version\": \"$minidump_version\"" "$minidump_prefix/node_modules/minidump/package.json"; then
  echo "Installing: minidump@$minidump_version (npm) into $minidump_prefix"
  $SUDO mkdir -p "$minidump_prefix"
  $SUDO npm install --ignore-scripts --no-audit --no-fund --silent --prefix "$minidump_prefix" \
    "minidump@$minidump_version" >/dev/null
  $SUDO chmod +x "$minidump_prefix/node_modules/minidump/bin/linux-x64/"*
fi
