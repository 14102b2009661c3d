#!/usr/bin/env bash
# Stops the test Dovecot and Postfix started by up.sh (found by their own pid files only).
# Safe to run when nothing is running. Leaves run/ (logs, certificates) for inspection.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/peers/lib.sh
. "$HERE/lib.sh"
QUIET=0; [ "${1:-}" = --quiet ] && QUIET=1
export PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH"
say() { [ "$QUIET" = 1 ] || echo "peers: $*" >&2; }

# A daemon that exited stays a zombie until its (re)parent reaps it, and kill -0 succeeds on
# zombies: look at the state letter instead.
alive() {
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || return 1
  local st
  st="$(sed 's/^.*) \(.\).*/\1/' "/proc/$1/stat" 2>/dev/null)" || return 1
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}
wait_gone() { # pid tries(20 ms each)
  local i
  for i in $(seq 1 "${2:-100}"); do alive "$1" || return 0; sleep 0.02; done
  return 1
}
# Both masters take 1-2 s to wind down after SIGTERM; the tests need the ports back sooner.
# So: SIGTERM, a short grace, then SIGKILL to that master and its direct children (by pid).
stop_master() { # pid
  local kids
  kids="$(ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' ' | tr '\n' ' ')"
  kill "$1" 2>/dev/null
  wait_gone "$1" 15 && return 0
  # shellcheck disable=SC2086
  kill -9 "$1" $kids 2>/dev/null
  wait_gone "$1" 100
}

PF="$RUN/postfix"
PFPID="$PF/spool/pid/master.pid"
if [ -f "$PFPID" ]; then
  pid="$(tr -d ' \n' <"$PFPID")"
  if alive "$pid"; then
    say "stopping postfix (pid $pid)"
    stop_master "$pid"
  fi
  rm -f "$PFPID"
fi

DVPID="$RUN/dovecot/base/master.pid"
if [ -f "$DVPID" ]; then
  pid="$(tr -d ' \n' <"$DVPID")"
  if alive "$pid"; then
    say "stopping dovecot (pid $pid)"
    stop_master "$pid"
  fi
  rm -f "$DVPID"
fi
exit 0
