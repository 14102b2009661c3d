#!/usr/bin/env bash
# Fails when any seeded interop mailbox differs from the snapshot up.sh took (run after the
# whole suite, before down.sh): mbox checksums, maildir names + flags + contents, Cyrus mbexamine.
set -euo pipefail
IHERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/interop/lib.sh
. "$IHERE/lib.sh"
[ -s "$RUN/snapshot.txt" ] || { echo "interop: no snapshot (run up.sh first)" >&2; exit 1; }
now="$(mktemp)"; trap 'rm -f "$now"' EXIT
bash "$IHERE/state.sh" >"$now"
if diff -u "$RUN/snapshot.txt" "$now" >"$RUN/unchanged.diff"; then
  echo "interop: every seeded mailbox is unchanged ($(wc -l <"$now") facts compared)" >&2
else
  echo "interop: ERROR: a seeded mailbox changed:" >&2; cat "$RUN/unchanged.diff" >&2; exit 1
fi
