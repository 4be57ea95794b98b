#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test CodeArts Inspector.
# Safe to run twice: packages already present are left alone.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang-14 libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-charts-dev libboost-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-0
  qt6-qpa-plugins qt6-wayland
  gnome-keyring dbus dbus-x11 libsecret-tools
  xvfb xauth imagemagick xdotool fonts-noto-cjk fonts-dejavu-core
  tmux
  openssl curl ca-certificates
  desktop-file-utils appstream rpm dpkg-dev file lintian
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "All build and test dependencies are installed."
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi

echo "Installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
