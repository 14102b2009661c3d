#!/usr/bin/env bash
# The Windows program, built and tried on this Linux machine (docs/windows.md).
#
#   bash scripts/windows.sh              build tsunagu.exe, tsunagu-app.exe and the installer
#                                        dist/windows/Tsunagu-<version>-setup.exe
#   bash scripts/windows.sh --test       the same, then the Wine test stage (silent install,
#                                        CLI suite against the real test servers, Credential
#                                        Manager round trip, uninstall)
#   bash scripts/windows.sh --setup      only the build environment (the chroot)
#   bash scripts/windows.sh --cli-only   only tsunagu.exe (no UI, no installer)
#
# How: rustup here has only the Linux target, so the build runs in a Debian sid chroot with
# sid's rustc + rust-src (-Zbuild-std, allowed on a stable compiler by RUSTC_BOOTSTRAP=1) and
# mingw-w64; the installer is made by Debian's makensis from packaging/windows/installer.nsi;
# Wine 10 (also in the chroot) runs the tests. Sid's packages never go into the host system.
#
# Caches, outside the checkout (TSUNAGU_WIN_CACHE, default /var/cache/tsunagu):
#   win-sid-<key>/   the chroot; <key> is a hash of the suite and package list below, so a
#                    changed list builds a new chroot (older ones are removed)
#   win-cargo/       CARGO_HOME (registry, git checkouts)
#   win-target/      CARGO_TARGET_DIR
#   win-wine/        nothing kept: every --test run makes a fresh Wine prefix under it
# Mounts are made in a private mount namespace (unshare -m), so they vanish with the script.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"

MODE=build
case "${1:-}" in
  "") ;;
  --test) MODE=test ;;
  --setup) MODE=setup ;;
  --cli-only) MODE=cli ;;
  -h | --help) sed -n '2,23p' "$0"; exit 0 ;;
  *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
esac

[ "$(id -u)" = 0 ] || { echo "scripts/windows.sh needs root (debootstrap, chroot)" >&2; exit 1; }

CACHE="${TSUNAGU_WIN_CACHE:-/var/cache/tsunagu}"
SUITE=sid
MIRROR="${TSUNAGU_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
PACKAGES="rustc cargo rust-src gcc-mingw-w64-x86-64-posix g++-mingw-w64-x86-64-posix
binutils-mingw-w64-x86-64 nsis wine wine64 xvfb xauth xdotool fonts-ipafont-gothic locales ca-certificates"
KEY=$(printf '%s\n%s\n' "$SUITE" "$PACKAGES" | sha256sum | cut -c1-12)
CHROOT="$CACHE/win-sid-$KEY"
CARGO_CACHE="$CACHE/win-cargo"
TARGET_CACHE="$CACHE/win-target"
WINE_CACHE="$CACHE/win-wine"
TRIPLE=x86_64-pc-windows-gnu
OUT="$ROOT/dist/windows"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml" | head -1)

T0=$(date +%s)
step() { echo "==== windows: $* (+$(($(date +%s) - T0)) s)" >&2; }

# ------------------------------------------------------------------------------ the chroot
setup_chroot() {
  if [ -f "$CHROOT/.tsunagu-ready" ]; then
    step "chroot $CHROOT (cached)"
    return
  fi
  step "chroot: debootstrap $SUITE into $CHROOT (cold: several minutes)"
  command -v debootstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  }
  mkdir -p "$CACHE"
  # Older chroots (another package list) are removed: each is ~2 GB.
  local old
  for old in "$CACHE"/win-sid-*; do
    [ -d "$old" ] && [ "$old" != "$CHROOT" ] && [ "$old" != "$CHROOT.tmp" ] && { step "removing old chroot $old"; rm -rf --one-file-system "$old"; }
  done
  # A debootstrap that finished is kept when the package step after it failed.
  if [ ! -f "$CHROOT.tmp/.tsunagu-base" ]; then
    rm -rf --one-file-system "$CHROOT.tmp"
    debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$CHROOT.tmp" "$MIRROR"
    touch "$CHROOT.tmp/.tsunagu-base"
  fi
  # The mirror may serve a Release file older than its Valid-Until (an archived snapshot).
  echo 'Acquire::Check-Valid-Until "false";' >"$CHROOT.tmp/etc/apt/apt.conf.d/99tsunagu"
  cp /etc/resolv.conf "$CHROOT.tmp/etc/resolv.conf"
  mkdir -p "$CHROOT.tmp/etc/hostca"
  cp "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$CHROOT.tmp/etc/hostca/ca.crt"
  unshare -m bash -c '
    set -e
    mount -t proc proc "$1/proc"
    chroot "$1" apt-get update
    chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $2
    # Wine takes its locale from LANG only when glibc has it: Japanese for the installer test.
    printf "en_US.UTF-8 UTF-8\nja_JP.UTF-8 UTF-8\n" >"$1/etc/locale.gen"
    chroot "$1" locale-gen
    chroot "$1" apt-get clean
  ' _ "$CHROOT.tmp" "$PACKAGES"
  mv "$CHROOT.tmp" "$CHROOT"
  date -u +%FT%TZ >"$CHROOT/.tsunagu-ready"
  step "chroot ready"
}

# Runs a command inside the chroot with the checkout at /build and the caches mounted.
in_chroot() {
  mkdir -p "$CARGO_CACHE" "$TARGET_CACHE" "$WINE_CACHE"
  unshare -m bash -c '
    set -e
    c=$1; shift
    mount -t proc proc "$c/proc"
    mkdir -p "$c/build" "$c/cache/cargo" "$c/cache/target" "$c/cache/wine" "$c/dev/shm"
    mount --bind "$ROOT" "$c/build"
    mount --bind "$CARGO_CACHE" "$c/cache/cargo"
    mount --bind "$TARGET_CACHE" "$c/cache/target"
    mount --bind "$WINE_CACHE" "$c/cache/wine"
    mount --rbind /dev "$c/dev"
    mount -t tmpfs tmpfs "$c/tmp"
    cp /etc/resolv.conf "$c/etc/resolv.conf"
    exec chroot "$c" env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
      RUSTC_BOOTSTRAP=1 SSL_CERT_FILE=/etc/hostca/ca.crt CARGO_HTTP_CAINFO=/etc/hostca/ca.crt \
      CARGO_HOME=/cache/cargo CARGO_TARGET_DIR=/cache/target CARGO_TERM_COLOR=never \
      CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc-posix \
      CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc-posix \
      CXX_x86_64_pc_windows_gnu=x86_64-w64-mingw32-g++-posix \
      AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar \
      RC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-windres \
      "$@"
  ' _ "$CHROOT" "$@"
}
export ROOT CARGO_CACHE TARGET_CACHE WINE_CACHE

setup_chroot
[ "$MODE" = setup ] && exit 0

# ------------------------------------------------------------------------------ the build
CARGO_WIN="cargo build --locked --release -Zbuild-std=std,panic_abort --target $TRIPLE"

build_ui() {
  step "ui/dist (vite, on the host)"
  (
    cd "$ROOT/ui"
    # npm ci only when the lock changed since the last install.
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund
    fi
    # vite only when a source is newer than the last build: a rebuilt ui/dist (new mtimes)
    # makes cargo rebuild and relink the app (about 4 minutes) even when nothing changed.
    if [ -f dist/index.html ] && [ -z "$(find . \( -path ./node_modules -o -path ./dist \) -prune \
      -o -type f -newer dist/index.html -print -quit)" ]; then
      echo "ui/dist is up to date"
    else
      npm run build
    fi
  )
}

# One cargo run for both programs (and the keychain round trip of the Wine test): one feature
# set, so nothing is built twice. The app embeds ui/dist (Tauri's custom-protocol feature).
# tsunagu.exe first (the same packages and features, so its units are shared): it is ready
# long before the app.
build_all() {
  local sel="-p tsunagu -p tsunagu-app --features tsunagu-app/custom-protocol"
  step "cargo build tsunagu.exe"
  in_chroot bash -c "cd /build && $CARGO_WIN $sel --bin tsunagu"
  step "cargo build tsunagu-app.exe and the keychain round trip (cold: ~14 min on 2 shared cores)"
  in_chroot bash -c "cd /build && $CARGO_WIN $sel --bins --example keychain_roundtrip"
}

build_cli() {
  step "cargo build tsunagu.exe only"
  in_chroot bash -c "cd /build && $CARGO_WIN -p tsunagu --bin tsunagu"
}

stage_files() {
  local rel="$TARGET_CACHE/$TRIPLE/release" f
  mkdir -p "$OUT/files"
  for f in tsunagu.exe tsunagu-app.exe WebView2Loader.dll; do
    [ -f "$rel/$f" ] || { echo "missing after the build: $rel/$f" >&2; exit 1; }
    cp "$rel/$f" "$OUT/files/$f"
  done
}

make_installer() {
  step "makensis packaging/windows/installer.nsi"
  local setup="Tsunagu-$VERSION-setup.exe"
  in_chroot makensis -V2 -INPUTCHARSET UTF8 \
    -DVERSION="$VERSION" -DFILES=/build/dist/windows/files \
    -DICON=/build/src-tauri/icons/icon.ico -DOUTFILE="/build/dist/windows/$setup" \
    /build/packaging/windows/installer.nsi
  ls -l "$OUT/$setup"
  local size
  size=$(stat -c %s "$OUT/$setup")
  step "installer $OUT/$setup: $size bytes ($((size / 1024)) KiB)"
  [ "$size" -le $((12 * 1024 * 1024)) ] || { echo "installer over 12 MB" >&2; exit 1; }
}

# ------------------------------------------------------------------------------ main
if [ "$MODE" = cli ]; then
  build_cli
  step "done: $TARGET_CACHE/$TRIPLE/release/tsunagu.exe"
  exit 0
fi
build_ui
build_all
stage_files
make_installer
if [ "$MODE" = test ]; then
  step "cargo test --no-run: the library's unit tests for Windows (the Outlook registry reader)"
  TSUNAGU_WIN_CHROOT="$CHROOT" TSUNAGU_WIN_REG_TARGET="$TARGET_CACHE" \
    bash "$ROOT/scripts/wine-registry-test.sh" --build
  step "the test mail servers (tests/peers/up.sh, offset ${TSUNAGU_PEERS_PORT_OFFSET:-0})"
  command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || bash "$ROOT/scripts/install-deps.sh"
  bash "$ROOT/tests/peers/up.sh"
  trap 'bash "$ROOT/tests/peers/down.sh" || true' EXIT
  step "the Wine test stage (scripts/windows-test.sh)"
  export CHROOT OUT VERSION TRIPLE
  T_TEST=$(date +%s)
  bash "$ROOT/scripts/windows-test.sh"
  step "Wine test stage passed in $(($(date +%s) - T_TEST)) s"
fi
step "done in $(($(date +%s) - T0)) s"
