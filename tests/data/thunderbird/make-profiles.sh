#!/usr/bin/env bash
# Makes the Thunderbird test profiles in this folder with a real Thunderbird (Debian package
# `thunderbird`), headless. Run as root (it puts an AutoConfig file into Thunderbird's program
# folder for the run and removes it afterwards):  bash tests/data/thunderbird/make-profiles.sh
#
# How: `thunderbird --headless -CreateProfile` makes each profile (and profiles.ini); then an
# AutoConfig script (Thunderbird's own enterprise mechanism: general.config.filename) makes the
# accounts through Thunderbird's account API (MailServices.accounts / MailServices.outgoingServer)
# when TSUNAGU_TB_MAKE names the account set, saves the preferences and quits. Thunderbird
# itself writes prefs.js. Only each prefs.js and profiles.ini are kept (its paths are relative).
# No password is ever given to Thunderbird.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TB_DIR=/usr/lib/thunderbird
command -v thunderbird >/dev/null || { echo "install the Debian package thunderbird first" >&2; exit 1; }
WORK="$(mktemp -d /tmp/tsunagu-tb.XXXXXX)"
export HOME="$WORK/home"; mkdir -p "$HOME"
cleanup() { rm -f "$TB_DIR/defaults/pref/tsunagu-autoconfig.js" "$TB_DIR/tsunagu-make.cfg"; rm -rf "$WORK"; }
trap cleanup EXIT

cat >"$TB_DIR/defaults/pref/tsunagu-autoconfig.js" <<'CFG'
pref("general.config.filename", "tsunagu-make.cfg");
pref("general.config.obscure_value", 0);
pref("general.config.sandbox_enabled", false);
CFG
cp "$HERE/make-accounts.cfg" "$TB_DIR/tsunagu-make.cfg"

make_profile() { # $1 profile name, $2 account set
  local dir="$HOME/.thunderbird/$1"
  thunderbird --headless -CreateProfile "$1 $dir" >/dev/null 2>&1
  TSUNAGU_TB_MAKE="$2" TSUNAGU_TB_DONE="$WORK/$1.done" \
    timeout 120 thunderbird --headless --profile "$dir" >"$WORK/$1.log" 2>&1 || true
  [ -f "$WORK/$1.done" ] || { echo "Thunderbird did not finish $1:" >&2; tail -20 "$WORK/$1.log" >&2; exit 1; }
  mkdir -p "$HERE/$1"
  cp "$dir/prefs.js" "$HERE/$1/prefs.js"
  cat "$WORK/$1.done"
}
make_profile isp-pop pop
make_profile work-imap imap
# profiles.ini as Thunderbird wrote it, made relative to this folder.
cp "$HOME/.thunderbird/profiles.ini" "$HERE/profiles.ini"
thunderbird --version >"$HERE/VERSION"
echo done
