#!/usr/bin/env bash
# The Outlook registry reader (src/current/winreg_source.rs) tested in Wine's registry:
# cross-builds the tsunagu library's unit tests for Windows in the Debian sid chroot that
# scripts/windows.sh makes (mingw-w64, sid's rustc with -Zbuild-std), then under Wine, in a
# fresh prefix:
#   1. the unit test that writes Outlook values through the registry API and reads them back;
#   2. Outlook account keys written by `wine reg add` (UTF-16LE REG_BINARY text, REG_DWORD
#      ports and switches), read by the reader from the real Outlook path.
# Run as root:  bash scripts/wine-registry-test.sh   (needs the chroot: bash scripts/windows.sh --setup)
#   --build   only the cross-build;  --run   only the Wine part (after a --build)
# scripts/windows.sh --test runs both as part of its Wine stage, with TSUNAGU_WIN_REG_TARGET set
# to its own target folder (the build there is sequential, so it can be shared).
set -euo pipefail
MODE="${1:-all}"
case "$MODE" in all | --build | --run) ;; *) echo "usage: $0 [--build|--run]" >&2; exit 2 ;; esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
CACHE="${TSUNAGU_WIN_CACHE:-/var/cache/tsunagu}"
CHROOT="${TSUNAGU_WIN_CHROOT:-}"
[ -n "$CHROOT" ] || CHROOT="$(ls -d "$CACHE"/win-sid-*/.tsunagu-ready 2>/dev/null | head -1 | xargs -r dirname)"
[ -n "$CHROOT" ] || { echo "no Windows build chroot under $CACHE: run scripts/windows.sh --setup" >&2; exit 1; }
# Own target and Wine folders (another build may use the shared ones at the same time).
TARGET="${TSUNAGU_WIN_REG_TARGET:-$CACHE/h15-win-target}"; WINE="$CACHE/h15-wine"; CARGO_CACHE="$CACHE/win-cargo"
mkdir -p "$TARGET" "$WINE" "$CARGO_CACHE"
T0=$(date +%s)
step() { echo "==== wine-registry: $* (+$(($(date +%s) - T0)) s)" >&2; }

in_chroot() {
  unshare -m bash -c '
    set -e
    c=$1; shift
    mount -t proc proc "$c/proc"
    mkdir -p "$c/build" "$c/cache/cargo" "$c/cache/target" "$c/cache/wine" "$c/dev/shm"
    mount --bind "$ROOT" "$c/build"
    mount --bind "$CARGO_CACHE" "$c/cache/cargo"
    mount --bind "$TARGET" "$c/cache/target"
    mount --bind "$WINE" "$c/cache/wine"
    mount --rbind /dev "$c/dev"
    # One /tmp for every call: wineserver keeps its socket there, so each `wine reg add` talks
    # to the server still running from the call before instead of starting one that reads the
    # registry files before the previous server wrote them (and later overwrites them).
    mkdir -p "$WINE/tmp"
    mount --bind "$WINE/tmp" "$c/tmp"
    cp /etc/resolv.conf "$c/etc/resolv.conf"
    exec chroot "$c" env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
      RUSTC_BOOTSTRAP=1 SSL_CERT_FILE=/etc/hostca/ca.crt CARGO_HTTP_CAINFO=/etc/hostca/ca.crt \
      CARGO_HOME=/cache/cargo CARGO_TARGET_DIR=/cache/target CARGO_TERM_COLOR=never \
      CARGO_PROFILE_DEV_DEBUG=0 \
      CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc-posix \
      CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc-posix \
      AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar \
      WINEPREFIX=/cache/wine/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" \
      TSUNAGU_REG_EXPECT="${TSUNAGU_REG_EXPECT:-}" \
      "$@"
  ' _ "$CHROOT" "$@"
}
export ROOT CARGO_CACHE TARGET WINE

if [ "$MODE" != --run ]; then
step "cross-build the library's unit tests for x86_64-pc-windows-gnu (cold: long)"
in_chroot bash -c 'set -o pipefail; cd /build && nice -n 19 cargo test --locked -p tsunagu --lib --no-run \
  -Zbuild-std=std,panic_abort --target x86_64-pc-windows-gnu --message-format=json 2>/tmp/err \
  | sed -n "s/.*\"executable\":\"\([^\"]*\)\".*/\1/p" > /cache/target/test-exe || { tail -30 /tmp/err; exit 1; }'
[ "$MODE" = --build ] && { step "built"; exit 0; }
fi
EXE="$(tail -1 "$TARGET/test-exe" 2>/dev/null || true)"
[ -n "$EXE" ] || { echo "no test executable" >&2; exit 1; }
step "test exe: $EXE"

in_chroot wineserver -k 2>/dev/null || true
rm -rf "$WINE/prefix" "$WINE/tmp"
step "fresh Wine prefix"
in_chroot wineboot -i >/dev/null 2>&1 || true

step "1. registry API round trip under Wine"
in_chroot wine "$EXE" current::winreg_source::tests::reads_outlook_values_from_the_real_registry --test-threads=1

hex16() { printf '%s\0' "$1" | iconv -f UTF-8 -t UTF-16LE | od -An -tx1 | tr -d ' \n'; }
KEY='HKCU\Software\Microsoft\Office\16.0\Outlook\Profiles\Outlook\9375CFF0413111d3B88A00104B2A6676\00000003'
step "2. keys written by wine reg add under $KEY"
reg() { in_chroot wine reg add "$KEY" /f "$@" >/dev/null; }
reg /v "Email" /t REG_BINARY /d "$(hex16 'yamada@例え.jp')"
reg /v "Account Name" /t REG_BINARY /d "$(hex16 'やまだ')"
reg /v "POP3 Server" /t REG_BINARY /d "$(hex16 'pop.example.jp')"
reg /v "POP3 User" /t REG_BINARY /d "$(hex16 'yamada')"
reg /v "POP3 Port" /t REG_DWORD /d 110
reg /v "POP3 Use SSL" /t REG_DWORD /d 0
reg /v "Leave on Server" /t REG_DWORD /d 0x00070003
reg /v "SMTP Server" /t REG_BINARY /d "$(hex16 'smtp.example.jp')"
reg /v "SMTP Port" /t REG_DWORD /d 25
reg /v "SMTP Secure Connection" /t REG_DWORD /d 0
TSUNAGU_REG_EXPECT='yamada@例え.jp' in_chroot wine "$EXE" \
  current::winreg_source::tests::reads_keys_written_by_reg_add --include-ignored --nocapture --test-threads=1
in_chroot wineserver -k 2>/dev/null || true
step "passed"
