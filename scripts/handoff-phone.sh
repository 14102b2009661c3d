#!/usr/bin/env bash
# The hand-off page (issue 14) as a phone shows it: headless Chromium (Debian's package) with
# a phone-sized viewport (390×844 CSS px, 2× pixels) and a phone's User-Agent, against
# `tsunagu handoff` on loopback. Checks what the browser got (language from Accept-Language,
# app from the User-Agent, the profile link on iPhone only, the copy buttons), saves the
# screenshots, and decodes the terminal's QR code back (zbarimg) to the URL it serves.
#
#   HANDOFF_SHOTS=docs/screenshots   where the screenshots go (default target/handoff)
#
# Installs chromium and zbar-tools when missing. Cold (install): ~1 min; warm: ~15 s.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WORK="$ROOT/target/handoff"
SHOTS="${HANDOFF_SHOTS:-$WORK}"
mkdir -p "$WORK" "$SHOTS"

missing=()
for p in chromium zbar-tools fonts-ipafont-gothic; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "handoff-phone: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cargo build -q -p tsunagu --bin tsunagu
BIN="$ROOT/target/debug/tsunagu"
# A report from bundled data only (no network): BIGLOBE's published settings.
"$BIN" diagnose taro@biglobe.ne.jp --offline --json --lang ja >"$WORK/report.json" 2>/dev/null || true

"$BIN" handoff --from "$WORK/report.json" --bind 127.0.0.1 --minutes 5 --lang ja \
  >"$WORK/handoff.out" 2>"$WORK/handoff.err" &
HPID=$!
trap 'kill "$HPID" 2>/dev/null || true; wait "$HPID" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  [ -s "$WORK/handoff.out" ] && break
  sleep 0.1
done
URL=$(head -1 "$WORK/handoff.out")
echo "handoff-phone: serving $URL" >&2

IPHONE_UA='Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
ANDROID_UA='Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "handoff-phone: ok   $*" >&2; }
bad() { failed=$((failed + 1)); echo "handoff-phone: FAIL $*" >&2; }

# chromium LANG UA OUT.png|--dump-dom [HEIGHT]
chrome() {
  local lang=$1 ua=$2 what=$3 height=${4:-844}
  local profile
  profile=$(mktemp -d)
  local out=()
  if [ "$what" = --dump-dom ]; then out=(--dump-dom); else out=(--screenshot="$what"); fi
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-default-apps --hide-scrollbars --user-data-dir="$profile" \
    --lang="$lang" --accept-lang="$lang" --user-agent="$ua" \
    --window-size=390,"$height" --force-device-scale-factor=2 \
    --virtual-time-budget=3000 "${out[@]}" "$URL" 2>/dev/null
  rm -rf "$profile"
}

check_dom() {
  local name=$1 lang=$2 ua=$3
  shift 3
  local dom
  dom=$(chrome "$lang" "$ua" --dump-dom)
  for want in "$@"; do
    case "$want" in
      !*) grep -qF -- "${want#!}" <<<"$dom" && { bad "$name: unexpected ${want#!}"; return; } ;;
      *) grep -qF -- "$want" <<<"$dom" || { bad "$name: missing $want"; return; } ;;
    esac
  done
  ok "$name"
}

check_dom "iPhone, Japanese" ja "$IPHONE_UA" '<html lang="ja">' 'プロファイルをダウンロード' \
  'プロファイルがダウンロード済み' 'data-copy="mail.biglobe.ne.jp"' 'English'
check_dom "iPhone, English" en-US "$IPHONE_UA" '<html lang="en">' 'Download the profile' \
  'Profile Downloaded' 'data-copy="mail.biglobe.ne.jp"' '日本語'
check_dom "Android, Japanese" ja "$ANDROID_UA" '<html lang="ja">' 'Android の Gmail アプリに入れる値' \
  'data-copy="mail.biglobe.ne.jp"' '!profile.mobileconfig'

chrome ja "$IPHONE_UA" "$SHOTS/handoff-phone-ja.png" >/dev/null
chrome en-US "$IPHONE_UA" "$SHOTS/handoff-phone-en.png" >/dev/null
chrome ja "$ANDROID_UA" "$SHOTS/handoff-phone-android-ja.png" 1600 >/dev/null
for f in handoff-phone-ja handoff-phone-en handoff-phone-android-ja; do
  if [ -s "$SHOTS/$f.png" ]; then ok "screenshot $f.png"; else bad "screenshot $f.png"; fi
done

# The QR code the terminal drew, read back by a real decoder: the block characters turned
# into a bitmap (PBM) pixel for pixel, then zbarimg.
python3 - "$WORK/handoff.out" "$WORK/terminal-qr.pbm" <<'EOF'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[1:]
rows = []
for l in lines:
    if not l or l.startswith("http"):
        continue
    top, bottom = [], []
    for c in l:
        # The terminal draws light modules as blocks: full, upper half, lower half, space.
        t, b = {"█": (0, 0), "▀": (0, 1), "▄": (1, 0), " ": (1, 1)}[c]
        top.append(t); bottom.append(b)
    rows += [top, bottom]
w = max(len(r) for r in rows)
scale = 8
with open(sys.argv[2], "w") as f:
    f.write(f"P1\n{w*scale} {len(rows)*scale}\n")
    for r in rows:
        line = " ".join(str(v) for v in r for _ in range(scale))
        for _ in range(scale):
            f.write(line + "\n")
EOF
DECODED=$(zbarimg --quiet --raw "$WORK/terminal-qr.pbm" 2>/dev/null | head -1 || true)
if [ "$DECODED" = "$URL" ]; then ok "terminal QR decodes to the served URL"; else bad "terminal QR decoded to '$DECODED', not '$URL'"; fi

echo "handoff-phone: $passed passed, $failed failed"
[ "$failed" = 0 ]
