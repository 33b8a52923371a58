#!/usr/bin/env bash
# Installs the Debian packages that building and testing quanze need.
# Idempotent and quiet when everything is already installed. Run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxml2-dev libxml2-utils libcmocka-dev
  clang libclang-rt-14-dev clang-format-14 abigail-tools
  swig python3 python3-dev default-jdk-headless junit4
  python3-build python3-setuptools python3-wheel python3-venv
  debhelper dh-python javahelper lintian fakeroot dpkg-dev
  chromium fonts-wqy-microhei valgrind gcovr
  groff-base man-db
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
