#!/usr/bin/env bash
# The Wine test stage of the Windows build: run by `bash scripts/windows.sh --test` after it has
# built dist/windows/Tsunagu-<version>-setup.exe (it sets CHROOT, WINE_CACHE, OUT, VERSION,
# TARGET_CACHE, TRIPLE). What it checks, in a fresh Wine prefix whose user is 花子:
#   1. silent install (/S) with an English system: files, Start-menu and desktop shortcuts,
#      the uninstall entry in HKCU, the WebView2 check (missing, then a registered runtime);
#      then the uninstaller removes all of it
#   2. the same with a Japanese system: the shortcut's Japanese name; the installed tsunagu.exe
#      (under C:\users\花子\...) runs the CLI test suites that start the binary against the real
#      Dovecot/Postfix test servers (tests/real_servers.rs, cli_lookup.rs, guides_cli.rs)
#   3. TLS through the Windows certificate store (rustls-platform-verifier -> crypt32): the
#      test CA unknown -> refused; the test CA in the system store -> trusted without --ca-file
#   4. exported files: what the Windows build writes byte for byte (line ends)
#   5. the Outlook registry reader (src/current/winreg_source.rs) in Wine's registry
#      (scripts/wine-registry-test.sh --run, its own prefix)
#   6. the password round trip through Windows Credential Manager (keyring, advapi32)
#   7. the app: ends with its own "WebView2 runtime missing" message box (Wine has no WebView2)
#   8. the uninstaller removes everything it installed
# Ends with "N passed, N failed"; exit status non-zero when anything failed.
# TSUNAGU_WIN_CLI_ONLY=1: only tsunagu.exe (from the build, copied where the installer puts it)
# through 3 and 4 - for a build that has not reached the app yet.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
: "${CHROOT:?run through scripts/windows.sh --test}" "${WINE_CACHE:?}" "${OUT:?}" "${VERSION:?}"
: "${TARGET_CACHE:?}" "${TRIPLE:?}"
# Mounts below are private to this namespace: nothing is left mounted when the script ends.
if [ "${TSUNAGU_WIN_NS:-}" != 1 ]; then
  TSUNAGU_WIN_NS=1 exec unshare -m bash "$0" "$@"
fi

export LANG=C.UTF-8 # file names and arguments in Japanese reach Wine as UTF-8
C="$CHROOT"
RUN="$WINE_CACHE/run"
PREFIX="$RUN/prefix"
WUSER="花子"
SETUP="$OUT/Tsunagu-$VERSION-setup.exe"
HOME_W="$PREFIX/drive_c/users/$WUSER"
INST="$HOME_W/AppData/Local/Programs/Tsunagu"
STARTMENU="$HOME_W/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
DESKTOP="$HOME_W/Desktop"
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Tsunagu'
APP_KEY='HKCU\Software\Tsunagu'
CLI_ONLY="${TSUNAGU_WIN_CLI_ONLY:-0}"
[ "$CLI_ONLY" = 1 ] || [ -f "$SETUP" ] || { echo "no installer at $SETUP" >&2; exit 1; }

PASS=0
FAIL=0
section() { echo "---- $*"; }
ok() { echo "  ok   $*"; PASS=$((PASS + 1)); }
bad() { echo "  FAIL $*"; FAIL=$((FAIL + 1)); }
check() { # description, command...
  local what=$1
  shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}
not() { ! "$@"; }
contains() { [[ $1 == *"$2"* ]]; }
T0=$(date +%s)

# The test servers' description; their run folder (certificates, logs) is mounted inside.
ENVJ="${TSUNAGU_PEERS_ENV:-${TSUNAGU_PEERS_RUN:-$ROOT/tests/peers/run}/env.json}"
[ -f "$ENVJ" ] || { echo "test servers not running (no $ENVJ)" >&2; exit 1; }
PEERS_DIR=$(python3 -c "import json; print(json.load(open('$ENVJ'))['run_dir'])")

# ------------------------------------------------------------------------------ mounts
rm -rf "$RUN"
mkdir -p "$RUN/tmp"
mount -t proc proc "$C/proc"
mount --rbind /dev "$C/dev"
mount -t tmpfs tmpfs "$C/tmp"
install -d -m 700 "$C/tmp/xdg"
# The checkout and the run folder at the same paths inside: Wine's Z: is the chroot's /, so
# host paths given to tsunagu.exe (configs, the test CA, temporary files) just work.
for d in "$ROOT" "$RUN" "$PEERS_DIR"; do
  mkdir -p "$C$d"
  mount --bind "$d" "$C$d"
done

# Runs a command under Wine in the chroot. WLANG sets the system language (default English).
# TMPDIR must not reach Wine (it aborts); Mono and Gecko are not wanted (no network).
W() {
  chroot "$C" env -i PATH=/usr/lib/x86_64-linux-gnu/wine:/usr/bin:/bin HOME=/root \
    USER="$WUSER" LOGNAME="$WUSER" LANG="${WLANG:-en_US.UTF-8}" WINEDEBUG=-all XDG_RUNTIME_DIR=/tmp/xdg \
    WINEPREFIX="$PREFIX" WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY="${WDISPLAY:-}" "$@"
}
wait_wine() { W wineserver -w; }
reg_value() { # key value -> the data, or nothing
  W wine reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v v="$2" '$1 == v { $1 = ""; $2 = ""; sub(/^ +/, ""); print }'
}
reg_has_key() { W wine reg query "$1" >/dev/null 2>&1; }

section "Wine prefix (user $WUSER)"
W wineboot -i >/dev/null 2>&1
wait_wine
check "profile folder C:\\users\\$WUSER exists" test -d "$HOME_W"

# ------------------------------------------------------------------------------ install
installed_files_present() {
  local f
  for f in tsunagu-app.exe tsunagu.exe WebView2Loader.dll uninstall.exe; do
    [ -f "$INST/$f" ] || { echo "    missing $INST/$f"; return 1; }
  done
}
install_silent() {
  WLANG=$1 W wine "$SETUP" /S
  wait_wine
}
uninstall_silent() {
  # The uninstaller copies itself to %TEMP% and runs from there: wait for every Wine process.
  W wine "C:\\users\\$WUSER\\AppData\\Local\\Programs\\Tsunagu\\uninstall.exe" /S
  wait_wine
}
check_uninstalled() { # shortcut name
  check "uninstall: program folder removed" test ! -e "$INST"
  check "uninstall: Start-menu shortcut removed" test ! -e "$STARTMENU/$1.lnk"
  check "uninstall: desktop shortcut removed" test ! -e "$DESKTOP/$1.lnk"
  check "uninstall: Apps & features entry removed" not reg_has_key "$UNINST_KEY"
  check "uninstall: HKCU\\Software\\Tsunagu removed" not reg_has_key "$APP_KEY"
}

if [ "$CLI_ONLY" != 1 ]; then
section "install /S, English system"
t=$(date +%s)
install_silent en_US.UTF-8
echo "  (install took $(($(date +%s) - t)) s)"
check "files in C:\\users\\$WUSER\\AppData\\Local\\Programs\\Tsunagu" installed_files_present
check "Start-menu shortcut Tsunagu.lnk" test -f "$STARTMENU/Tsunagu.lnk"
check "desktop shortcut Tsunagu.lnk" test -f "$DESKTOP/Tsunagu.lnk"
check "uninstall entry: DisplayName Tsunagu" test "$(reg_value "$UNINST_KEY" DisplayName)" = Tsunagu
check "uninstall entry: DisplayVersion $VERSION" test "$(reg_value "$UNINST_KEY" DisplayVersion)" = "$VERSION"
check "uninstall entry: UninstallString names uninstall.exe" \
  contains "$(reg_value "$UNINST_KEY" UninstallString)" 'Tsunagu\uninstall.exe"'
check "uninstall entry: QuietUninstallString with /S" \
  contains "$(reg_value "$UNINST_KEY" QuietUninstallString)" 'uninstall.exe" /S'
check "uninstall entry: DisplayIcon is the app" \
  contains "$(reg_value "$UNINST_KEY" DisplayIcon)" 'tsunagu-app.exe,0'
check "WebView2 check: none under Wine -> recorded as missing" \
  test -z "$(reg_value "$APP_KEY" WebView2AtInstall)"
# A runtime registered per user, as its Evergreen installer does without admin rights.
W wine reg add 'HKCU\Software\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}' \
  /v pv /t REG_SZ /d 131.0.2903.70 /f >/dev/null
install_silent en_US.UTF-8
check "WebView2 check: a registered runtime is found (install over the top)" \
  test "$(reg_value "$APP_KEY" WebView2AtInstall)" = 131.0.2903.70
W wine reg delete 'HKCU\Software\Microsoft\EdgeUpdate' /f >/dev/null
uninstall_silent
check_uninstalled Tsunagu

section "install /S, Japanese system"
JA_NAME="つなぐ（メール設定の確認）"
install_silent ja_JP.UTF-8
check "files in place" installed_files_present
check "Start-menu shortcut $JA_NAME.lnk" test -f "$STARTMENU/$JA_NAME.lnk"
check "desktop shortcut $JA_NAME.lnk" test -f "$DESKTOP/$JA_NAME.lnk"
check "no English-named shortcut" test ! -e "$STARTMENU/Tsunagu.lnk"
check "uninstall entry present" reg_has_key "$UNINST_KEY"

else
  mkdir -p "$INST"
  cp "$TARGET_CACHE/$TRIPLE/release/tsunagu.exe" "$INST/tsunagu.exe"
  echo "  (CLI only: tsunagu.exe copied to the install folder, no installer)"
fi

# ------------------------------------------------------------------------------ CLI suites
section "installed tsunagu.exe against the real test servers"
EXE_W="C:\\users\\$WUSER\\AppData\\Local\\Programs\\Tsunagu\\tsunagu.exe"
WRAP="$RUN/tsunagu-wine"
# The test suites start this instead of the Linux binary (TSUNAGU_TEST_BIN); LANG and the
# other variables they set pass through to the Windows program. LC_CTYPE: Wine turns the
# arguments (the C:\users\花子 path) into UTF-16 by it; the program reads LC_ALL/LC_MESSAGES/LANG.
cat >"$WRAP" <<EOF
#!/usr/bin/env bash
exec chroot "$C" /usr/bin/env -u TMPDIR LANG="\${LANG:-C.UTF-8}" LC_CTYPE=C.UTF-8 PATH=/usr/lib/x86_64-linux-gnu/wine:/usr/bin:/bin \\
  HOME=/root USER="$WUSER" LOGNAME="$WUSER" WINEDEBUG=-all XDG_RUNTIME_DIR=/tmp/xdg WINEPREFIX="$PREFIX" \\
  WINEDLLOVERRIDES="mscoree,mshtml=" wine '$EXE_W' "\$@"
EOF
chmod +x "$WRAP"
out=$("$WRAP" --version 2>&1 | tr -d '\r' || true)
check "tsunagu.exe --version: $out" contains "$out" "$VERSION"
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
LOG="$RUN/cli-suites.log"
t=$(date +%s)
# One wineserver for the whole suite (it forks to the background): with the default, each
# run of the .exe could start while the previous server was shutting down; one run in four
# then came back with exit status 0 instead of the program's 1 (seen once, findings intact).
# Its helper processes (services.exe, winedevice.exe) are started here, with stdio on
# /dev/null: started by a test's run they would hold that test's pipes open.
wait_wine
W wineserver -p
W wine cmd /c exit 0 </dev/null >/dev/null 2>&1 || true
set +e
TSUNAGU_TEST_BIN="$WRAP" TSUNAGU_REQUIRE_PEERS=1 TMPDIR="$RUN/tmp" \
  cargo test -p tsunagu --test real_servers --test cli_lookup --test guides_cli --no-fail-fast \
  -- --test-threads=2 >"$LOG" 2>&1
rc=$?
set -e
W wineserver -k 2>/dev/null || true
grep -E '^test result:|^     Running|FAILED|panicked' "$LOG" | sed 's/^/  | /'
echo "  (CLI suites took $(($(date +%s) - t)) s; full log $LOG)"
check "CLI suites with the Windows binary (cargo test exit $rc)" test "$rc" = 0

# ------------------------------------------------------------------------------ TLS store
section "TLS through the Windows certificate store"
py() { python3 -c "import json,sys; e=json.load(open('$ENVJ')); print($1)"; }
HOST=$(py 'e["host"]')
PORT=$(py 'e["ports"]["imap_tls"]')
USERN=$(py 'e["users"]["normal"]')
PW=$(py 'e["password"]')
CA=$(py 'e["ca_file"]')
CFG="$RUN/tls-only.xml"
cat >"$CFG" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="$(py 'e["domain"]')">
<domain>$(py 'e["domain"]')</domain>
<incomingServer type="imap"><hostname>$HOST</hostname><port>$PORT</port>
<socketType>SSL</socketType><authentication>password-cleartext</authentication>
<username>%EMAILADDRESS%</username></incomingServer>
</emailProvider></clientConfig>
EOF
diag() {
  printf '%s\n' "$PW" | "$WRAP" diagnose "$USERN" --password-stdin --json --lang en \
    --config "$CFG" "$@" 2>/dev/null | tr -d '\r'
}
# "kind trusted username" of the first probe of a JSON report on stdin.
probe0() {
  python3 -c 'import json,sys
p = json.load(sys.stdin)["probes"][0]
print((p.get("failure") or {}).get("kind"), (p.get("tls") or {}).get("trusted"), p.get("username"))'
}
# The first probe's failure in full (shown when a check fails).
failure0() {
  python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["probes"][0].get("failure"), ensure_ascii=False)[:400])' 2>&1 || true
}
set +e
j=$(diag)
rc=$?
set -e
got=$(printf '%s' "$j" | probe0 2>&1 || true)
f_unknown=$(printf '%s' "$j" | failure0)
echo "  test CA unknown to Windows: exit $rc, probe: $got"
echo "    failure: $f_unknown"
check "test CA not in the store: tls_untrusted, no login" test "$got" = "tls_untrusted False None"
# The test CA into the machine's Root store, which `certutil -addstore Root ca.pem` (as an
# administrator) changes on Windows, and where Wine keeps the roots it took from the host's CA
# bundle when the prefix was made: a registry key named by the certificate's SHA-1 thumbprint
# whose Blob is the serialized certificate (property 32, CERT_CERT_PROP_ID: id, 1, length, DER).
DER_HEX=$(openssl x509 -in "$CA" -outform DER | od -An -tx1 -v | tr -d ' \n')
THUMB=$(openssl x509 -in "$CA" -noout -fingerprint -sha1 | sed 's/.*=//; s/://g' | tr a-f A-F)
le32() { printf '%08x' "$1" | sed 's/\(..\)\(..\)\(..\)\(..\)/\4\3\2\1/'; }
ROOT_KEY="HKLM\\Software\\Microsoft\\SystemCertificates\\Root\\Certificates\\$THUMB"
W wine reg add "$ROOT_KEY" /v Blob /t REG_BINARY /f \
  /d "$(le32 32)$(le32 1)$(le32 $((${#DER_HEX} / 2)))$DER_HEX" >/dev/null
set +e
j=$(diag)
rc=$?
set -e
got=$(printf '%s' "$j" | probe0 2>&1 || true)
echo "  test CA in the machine's root store (HKLM ...\\Root\\Certificates\\$THUMB): exit $rc, probe: $got"
f_store=$(printf '%s' "$j" | failure0)
[ "$got" = "None True $USERN" ] || echo "    failure: $f_store"
# Under Wine 10 crypt32's SSL policy answers CERT_E_REVOCATION_FAILURE (0x800B010E =
# -2146762482) for every server certificate without revocation information, with the test CA
# in the root store or not (seen above), although the verifier passes
# CERT_CHAIN_POLICY_IGNORE_ALL_REV_UNKNOWN_FLAGS, which Windows honours. So the store's effect
# cannot be seen here: that answer is a skip, not a pass (docs/windows.md).
SKIP=${SKIP:-0}
if [ "$got" = "None True $USERN" ]; then
  ok "test CA in the Windows root store: trusted without --ca-file, logged in"
elif contains "$f_store" "-2146762482" && contains "$f_unknown" "-2146762482"; then
  echo "  skip test CA in the Windows root store: Wine's crypt32 refuses every chain here with CERT_E_REVOCATION_FAILURE"
  SKIP=$((SKIP + 1))
else
  bad "test CA in the Windows root store: neither trusted nor Wine's revocation answer"
fi
W wine reg delete "$ROOT_KEY" /f >/dev/null 2>&1 || true
wait_wine
check "test CA removed from the root store again" not reg_has_key "$ROOT_KEY"
set +e
j=$(diag)
rc=$?
set -e
got=$(printf '%s' "$j" | probe0 2>&1 || true)
echo "  test CA removed from the store again: exit $rc, probe: $got"
check "test CA removed again: tls_untrusted" test "$got" = "tls_untrusted False None"
set +e
j=$(diag --ca-file "$CA")
rc=$?
set -e
got=$(printf '%s' "$j" | probe0 2>&1 || true)
echo "  --ca-file: exit $rc, probe: $got"
check "--ca-file: trusted, logged in" test "$got" = "None True $USERN"

# ------------------------------------------------------------------------------ exported files
section "exported files"
EXP="$RUN/export"
mkdir -p "$EXP"
printf '%s\n' "$PW" | "$WRAP" diagnose "$USERN" --password-stdin --json --lang ja \
  --config "$CFG" --ca-file "$CA" >"$EXP/report.json" 2>/dev/null || true
"$WRAP" export autoconfig "$USERN" --offline --config "$CFG" >"$EXP/autoconfig.xml" 2>/dev/null || true
# A Japanese file name in the Japanese user's Documents folder, given as a Windows path.
"$WRAP" export report --from "$EXP/report.json" --lang ja \
  --out "C:\\users\\$WUSER\\Documents\\サポート用レポート.md" >/dev/null 2>&1 || true
cp "$HOME_W/Documents/サポート用レポート.md" "$EXP/report.md" 2>/dev/null || true
crlf_lines() { grep -c $'\r$' "$1" || true; }
for f in report.json autoconfig.xml report.md; do
  [ -f "$EXP/$f" ] || touch "$EXP/$f"
  echo "  $f: $(wc -l <"$EXP/$f") lines, $(crlf_lines "$EXP/$f") of them ending in CRLF"
done
check "report written to C:\\users\\$WUSER\\Documents\\サポート用レポート.md" \
  test -s "$HOME_W/Documents/サポート用レポート.md"
check "autoconfig export is a clientConfig" grep -q '<clientConfig' "$EXP/autoconfig.xml"
check "report.json is one JSON document" python3 -c "import json; json.load(open('$EXP/report.json'))"

# ------------------------------------------------------------------------------ hand-off
# The phone hand-off server of tsunagu.exe (axum on Windows sockets), on loopback: Wine has no
# Windows firewall, so the prompt a real Windows shows for a LAN address is not seen here.
section "phone hand-off server (tsunagu.exe handoff --bind 127.0.0.1)"
HO="$RUN/handoff.out"
HO_ADDR=taro@cvk.ne.jp
"$WRAP" handoff "$HO_ADDR" --offline --bind 127.0.0.1 --minutes 1 --lang ja >"$HO" 2>"$RUN/handoff.err" &
HPID=$!
url=""
for _ in $(seq 1 40); do
  url=$(head -1 "$HO" 2>/dev/null | tr -d '\r' || true)
  [[ $url == http* ]] && break
  url=""
  sleep 0.5
done
echo "  first line: ${url%%/t/*}/t/<token>/"
check "first line is an http://127.0.0.1:PORT/t/TOKEN/ URL" contains "$url" "http://127.0.0.1:"
code=$(curl -s -o "$RUN/handoff.html" -w '%{http_code}' -H 'Accept-Language: ja' "$url" || true)
check "the phone page is served (HTTP $code)" test "$code" = 200
check "the page names the account" grep -q "$HO_ADDR" "$RUN/handoff.html"
code=$(curl -s -o "$RUN/handoff.404" -w '%{http_code}' "${url%%/t/*}/" || true)
check "another path: 404 with an empty body (HTTP $code, $(stat -c %s "$RUN/handoff.404" 2>/dev/null) bytes)" \
  test "$code" = 404 -a ! -s "$RUN/handoff.404"
code=$(curl -s -o /dev/null -w '%{http_code}' "${url}profile.mobileconfig" || true)
check "the iPhone profile is served (HTTP $code)" test "$code" = 200
kill "$HPID" 2>/dev/null || true
W wineserver -k 2>/dev/null || true
wait "$HPID" 2>/dev/null || true
# Without --bind it picks a LAN address among the interfaces Windows (here Wine) reports
# (if-addrs: GetAdaptersAddresses); shown, not checked (it depends on this machine's network).
"$WRAP" handoff "$HO_ADDR" --offline --minutes 1 --lang en >"$HO" 2>"$RUN/handoff.err" &
HPID=$!
for _ in $(seq 1 20); do
  [ -s "$HO" ] || [ -s "$RUN/handoff.err" ] && break
  sleep 0.5
done
sleep 1
echo "  without --bind: $(head -1 "$HO" | tr -d '\r' | sed 's#/t/.*#/t/<token>/#')$(head -c 300 "$RUN/handoff.err" | tr -d '\r' | tr '\n' ' ')"
kill "$HPID" 2>/dev/null || true
W wineserver -k 2>/dev/null || true
wait "$HPID" 2>/dev/null || true

if [ "$CLI_ONLY" != 1 ]; then
# ------------------------------------------------------------------------------ registry
section "Outlook registry reader in Wine's registry (scripts/wine-registry-test.sh)"
set +e
TSUNAGU_WIN_CHROOT="$C" TSUNAGU_WIN_REG_TARGET="$TARGET_CACHE" \
  bash "$ROOT/scripts/wine-registry-test.sh" --run 2>&1 | tr -d '\r' | sed 's/^/  | /'
rc=${PIPESTATUS[0]}
set -e
check "registry API round trip and keys written by wine reg add (exit $rc)" test "$rc" = 0

# ------------------------------------------------------------------------------ keychain
section "Windows Credential Manager (keyring, advapi32)"
KC="$TARGET_CACHE/$TRIPLE/release/examples/keychain_roundtrip.exe"
cp "$KC" "$INST/keychain_roundtrip.exe"
set +e
W wine "C:\\users\\$WUSER\\AppData\\Local\\Programs\\Tsunagu\\keychain_roundtrip.exe" 2>&1 |
  tr -d '\r' | sed 's/^/  | /'
rc=${PIPESTATUS[0]}
set -e
rm -f "$INST/keychain_roundtrip.exe"
check "store / read / overwrite / delete round trip (exit $rc)" test "$rc" = 0
wait_wine
check "no credential left in Wine's store" not grep -q 'keychain-test' "$PREFIX/user.reg"

# ------------------------------------------------------------------------------ the app
section "tsunagu-app.exe without WebView2"
XDISP=$((90 + ${TSUNAGU_PEERS_PORT_OFFSET:-0} / 100))
chroot "$C" Xvfb ":$XDISP" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
sleep 2
APPLOG="$RUN/app.log"
WDISPLAY=":$XDISP" W wine "C:\\users\\$WUSER\\AppData\\Local\\Programs\\Tsunagu\\tsunagu-app.exe" \
  >"$APPLOG" 2>&1 &
APID=$!
box=""
for _ in $(seq 1 60); do
  box=$(chroot "$C" env DISPLAY=":$XDISP" xdotool search --name 'Tsunagu' 2>/dev/null | head -1 || true)
  [ -n "$box" ] && break
  kill -0 "$APID" 2>/dev/null || break
  sleep 1
done
if [ -n "$box" ]; then
  echo "  window title: $(chroot "$C" env DISPLAY=":$XDISP" xdotool getwindowname "$box" 2>/dev/null)"
  if command -v import >/dev/null 2>&1; then
    DISPLAY=":$XDISP" XAUTHORITY= import -window root "$OUT/wine-webview2-missing.png" 2>/dev/null || true
  fi
fi
check "its own message box is shown (a window named Tsunagu)" test -n "$box"
check "stderr says WebView2 runtime missing" grep -q "WebView2 runtime missing" "$APPLOG"
check "not the framework's English dialog" not grep -q 'Could not find the WebView2' "$APPLOG"
# OK closes the box; the app then exits with 3.
[ -n "$box" ] && chroot "$C" env DISPLAY=":$XDISP" xdotool key --window "$box" Return 2>/dev/null || true
set +e
for _ in $(seq 1 20); do kill -0 "$APID" 2>/dev/null || break; sleep 0.5; done
kill -0 "$APID" 2>/dev/null && kill "$APID"
wait "$APID"
rc=$?
set -e
check "the app exits with 3 after OK (exit $rc)" test "$rc" = 3
kill "$XPID" 2>/dev/null || true
wait_wine

# ------------------------------------------------------------------------------ uninstall
section "uninstall /S"
uninstall_silent
check_uninstalled "$JA_NAME"
W wineserver -k 2>/dev/null || true

fi
echo "---- Wine stage: $(($(date +%s) - T0)) s"
echo "windows: $PASS passed, $FAIL failed, ${SKIP:-0} skipped (Wine cannot show them)"
[ "$FAIL" = 0 ]
