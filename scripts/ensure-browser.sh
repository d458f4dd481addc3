#!/usr/bin/env bash
# Makes sure the dashboard's browser test has what it needs from Debian's packages: headless
# Chromium (/usr/bin/chromium, driven by playwright-core, which never downloads a browser) and
# fonts for Persian and Arabic. Installs what is missing when we are root; otherwise says what to
# install and fails. Safe to repeat: with everything present it only checks and exits 0.
#
#   scripts/ensure-browser.sh            # EXAMPLE: called by test/dashboard/dashboard.int.test.ts
#
# Packages (Debian 12 names, checked with apt-cache policy):
#   chromium         the browser, /usr/bin/chromium
#   fonts-noto-core  Noto Naskh Arabic and Noto Sans Arabic (Arabic script, Persian letters too)
#   fonts-farsiweb   Persian fonts (Nazli, Homa, Titr); Debian 12 has no fonts-vazirmatn
set -euo pipefail

CHROMIUM=/usr/bin/chromium
PACKAGES=(chromium fonts-noto-core fonts-farsiweb)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
elif [[ ! -x "$CHROMIUM" ]]; then
  missing=(chromium)
fi

if [[ ${#missing[@]} -eq 0 && -x "$CHROMIUM" ]]; then
  exit 0
fi

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: missing ${missing[*]:-chromium}; as root run: apt-get install -y --no-install-recommends ${PACKAGES[*]}" >&2
  exit 1
fi

echo "ensure-browser: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
# One update, then the install; the lock wait covers another apt run on the machine.
apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >&2

if [[ ! -x "$CHROMIUM" ]]; then
  echo "ensure-browser: $CHROMIUM is still missing after the install" >&2
  exit 1
fi
echo "ensure-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium) ready" >&2
