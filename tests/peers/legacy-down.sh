#!/usr/bin/env bash
# Stops what legacy-up.sh started (by its own pid files only).
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/peers/lib.sh
. "$HERE/lib.sh"
QUIET=0; [ "${1:-}" = --quiet ] && QUIET=1
say() { [ "$QUIET" = 1 ] || echo "legacy peers: $*" >&2; }
L="$RUN/legacy"
stop() { # pidfile what
  [ -f "$1" ] || return 0
  local pid i
  pid="$(tr -d ' \n' <"$1")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    say "stopping $2 (pid $pid)"
    kill "$pid" 2>/dev/null
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
    kill -9 "$pid" 2>/dev/null
  fi
  rm -f "$1"
}
stop "$L/postfix/spool/pid/master.pid" postfix
stop "$L/dovecot/base/master.pid" dovecot
stop "$L/policy.pid" "policy service"
rm -f "$ENV_DIR/legacy.json"
exit 0
