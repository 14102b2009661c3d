#!/usr/bin/env bash
# The run command on a fresh Debian 12 root filesystem: a debootstrap chroot (cached outside
# the checkout, in /var/cache/tsunagu-chroot/bookworm), Xvfb inside it, `bash scripts/run-app.sh`
# run there as on a new machine, and a screenshot of the first screen.
#
#   bash scripts/fresh-debian12.sh [SHOT.png]     (root; default target/fresh-debian12.png)
#
# What is shared with this machine: the checkout (bind-mounted at the same path, so its target/
# is reused and nothing is rebuilt when nothing changed) and the Rust toolchain (~/.cargo,
# ~/.rustup: Rust is the README's prerequisite). Everything else — WebKitGTK, the Japanese
# font, Node.js — the run command installs inside the chroot from Debian's packages and the npm
# registry. `FRESH=1` throws the cached chroot away first.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
SHOT="$(realpath -m "${1:-target/fresh-debian12.png}")"
CH=/var/cache/tsunagu-chroot/bookworm
[ "$(id -u)" = 0 ] || { echo "fresh-debian12: run as root" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
[ "${FRESH:-0}" = 1 ] && rm -rf "$CH"
if [ ! -x "$CH/bin/bash" ]; then
  mkdir -p "$(dirname "$CH")"
  debootstrap --variant=minbase bookworm "$CH" http://deb.debian.org/debian >&2
fi
cp /etc/resolv.conf "$CH/etc/resolv.conf"
# The same trust as this machine: a network that reaches the registries through a proxy with
# its own certificate authority needs it inside too (nothing else of this machine is copied).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$CH/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$CH/usr/local/share/ca-certificates/"
fi

mounted=()
bind() { # host path, same path inside
  mkdir -p "$CH$1"
  mountpoint -q "$CH$1" || { mount --bind "$1" "$CH$1"; mounted+=("$CH$1"); }
}
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind /proc; bind /sys; bind /dev; bind /dev/pts
bind "$ROOT"; bind "$HOME/.cargo"; bind "$HOME/.rustup"
mkdir -p "$CH/dev/shm" "$CH/tmp" && chmod 1777 "$CH/tmp"

# Inside: only what a person adds to see a screen at all (an X server and a screenshot tool);
# the rest is the run command's own doing.
chroot "$CH" /usr/bin/env -i HOME=/root PATH="$HOME/.cargo/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  LANG=C.UTF-8 ROOT="$ROOT" bash -euo pipefail -c '
  export DEBIAN_FRONTEND=noninteractive
  command -v Xvfb >/dev/null || { apt-get update -qq; apt-get install -y -qq --no-install-recommends xvfb xauth x11-apps x11-utils imagemagick procps ca-certificates >/dev/null; }
  update-ca-certificates >/dev/null 2>&1 || true
  export DISPLAY=:77
  Xvfb "$DISPLAY" -screen 0 1280x800x24 >/tmp/xvfb.log 2>&1 & X=$!
  sleep 1
  cd "$ROOT"
  t0=$(date +%s)
  bash scripts/run-app.sh >/tmp/run-app.log 2>&1 & A=$!
  for i in $(seq 1 3600); do
    xwininfo -root -tree 2>/dev/null | grep -q Tsunagu && break
    kill -0 $A 2>/dev/null || { echo "run-app.sh ended early:"; tail -30 /tmp/run-app.log; exit 1; }
    sleep 0.5
  done
  echo "fresh-debian12: window after $(( $(date +%s) - t0 )) s (includes installing)" >&2
  sleep 4
  xwd -root -silent | convert xwd:- png:/tmp/first-screen.png
  pkill -TERM -P $A 2>/dev/null || true; kill $A 2>/dev/null || true
  kill $X 2>/dev/null || true
  node --version >&2; fc-list :lang=ja family | head -2 >&2
'
cp "$CH/tmp/first-screen.png" "$SHOT"
echo "fresh-debian12: first screen: $SHOT" >&2
