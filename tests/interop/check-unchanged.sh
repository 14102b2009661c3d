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
rc=0
if diff -u "$RUN/snapshot.txt" "$now" >"$RUN/unchanged.diff"; then
  echo "interop: every seeded mailbox is unchanged ($(wc -l <"$now") facts compared)" >&2
else
  echo "interop: ERROR: a seeded mailbox changed:" >&2; cat "$RUN/unchanged.diff" >&2; rc=1
fi
# No POP3 session may end with QUIT (RFC 1939: QUIT enters the UPDATE state). The servers say
# which way a session ended: Mailutils pop3d logs "session ended for user" on QUIT only,
# Courier pop3d "LOGOUT, user=" on QUIT and "DISCONNECTED, user=" on a close.
since() { # chroot: what its log got after up.sh's mark
  local mark
  mark="$(awk -v n="$1" '$1 == n { print $2 }' "$RUN/log-marks.txt" 2>/dev/null)"
  tail -c +"$(( ${mark:-0} + 1 ))" "$OV/$1/root/var/log/tsunagu-syslog.log" 2>/dev/null || true
}
quits="$( { since mailutils-sendmail | grep -E 'pop3d\[[0-9]+\]: session ended for user'
            since courier-opensmtpd | grep -E 'pop3d(-ssl)?: LOGOUT, user='; } || true)"
if [ -n "$quits" ]; then
  echo "interop: ERROR: a POP3 session ended with QUIT:" >&2; echo "$quits" >&2; rc=1
else
  echo "interop: no POP3 session ended with QUIT (Mailutils, Courier logs)" >&2
fi
exit $rc
