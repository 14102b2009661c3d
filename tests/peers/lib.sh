# Sourced by up.sh, down.sh, state.sh, check-unchanged.sh: where the peers keep their files.
#
# RUN holds configs, mail, logs and certificates. It is tests/peers/run/ unless the clone sits
# under a directory other users cannot enter (e.g. /root): Dovecot's login processes, the mail
# user and Postfix must reach it, so then it is /tmp/tsunagu-peers-<hash of this path>.
# tests/peers/run/env.json is always written (the tests and the demo mode read it there).
# TSUNAGU_PEERS_RUN overrides the choice.
HERE="${HERE:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
ENV_DIR="$HERE/run"

searchable_by_others() { # dir: every directory from / down to it has o+x
  local d="$1" mode
  while [ "$d" != / ] && [ -n "$d" ]; do
    if [ -e "$d" ]; then
      mode="$(stat -c '%a' "$d")"
      [ $(( ${mode: -1} & 1 )) = 1 ] || return 1
    fi
    d="$(dirname "$d")"
  done
  return 0
}

if [ -n "${TSUNAGU_PEERS_RUN:-}" ]; then
  RUN="$TSUNAGU_PEERS_RUN"
elif searchable_by_others "$HERE"; then
  RUN="$ENV_DIR"
else
  RUN="/tmp/tsunagu-peers-$(printf '%s' "$HERE" | sha256sum | cut -c1-12)"
fi
