#!/usr/bin/env bash
# Exits 0 when every seeded mailbox still has the UIDs, flags and counts recorded by up.sh;
# otherwise prints the difference and exits 1.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/peers/lib.sh
. "$HERE/lib.sh"
[ -f "$RUN/state.txt" ] || { echo "peers: no recorded state ($RUN/state.txt): run up.sh first" >&2; exit 1; }
now="$(bash "$HERE/state.sh")"
if diff -u "$RUN/state.txt" <(printf '%s\n' "$now") >&2; then
  echo "peers: seeded mailboxes unchanged ($(wc -l <"$RUN/state.txt") records)" >&2
else
  echo "peers: SEEDED MAILBOXES CHANGED (diff above: - recorded, + now)" >&2
  exit 1
fi
