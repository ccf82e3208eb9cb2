#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the end-to-end tests. Installs it with
# apt-get when we may (root on Debian); otherwise stops with one line saying what to do.
set -euo pipefail
pad="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$pad" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt; installeren met apt-get (eenmalig)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  [ -x "$pad" ] && exit 0
fi
echo "Chromium ontbreekt: installeer het met 'sudo apt-get install -y chromium', of zet CHROMIUM_PATH op je eigen Chromium." >&2
exit 1
