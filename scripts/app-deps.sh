#!/usr/bin/env bash
# What the desktop app needs on Debian/Ubuntu: the WebKitGTK build packages, and for its tests
# Xvfb, WebKitWebDriver, a clipboard reader, keyutils, a Japanese font and a QR decoder. Installs only what
# is missing (apt-get as root, or through sudo), then the UI's npm packages (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(pkg-config build-essential libwebkit2gtk-4.1-dev libssl-dev)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(webkit2gtk-driver xvfb xauth xclip keyutils dbus fonts-ipafont-gothic python3 zbar-tools iproute2 util-linux)
fi
# One dpkg-query for all of them (a relaunch of the app runs this too, and should be quick).
installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${pkgs[@]}" 2>/dev/null | awk '/install ok installed/ {print $1}' || true)"
missing=()
for p in "${pkgs[@]}"; do
  grep -qx "$p" <<<"$installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "app-deps: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${TSUNAGU_NODE_CHECKED:-0}" != 1 ]; then # scripts/run-app.sh has checked (or installed) it
  command -v node >/dev/null || { echo "app-deps: Node.js 20 or newer is needed (bash scripts/run-app.sh installs it)" >&2; exit 1; }
  node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' \
    || { echo "app-deps: Node.js 20 or newer is needed, found $(node --version)" >&2; exit 1; }
fi
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
