#!/usr/bin/env bash
# Prints the state of every seeded mailbox (folders, counts, UIDVALIDITY/UIDNEXT, each
# message's UID and flags) in a stable text form. up.sh records it in run/state.txt right
# after seeding; check-unchanged.sh compares the live state with that record.
# \Recent is left out: it is per-session state, not something the user sees or keeps.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/peers/lib.sh
. "$HERE/lib.sh"
export PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH"
DA=(doveadm -c "$RUN/dovecot/dovecot.conf")
# sendtest@ receives --send-test messages, so it is not part of the record.
USERS="taro@tsunagu.test hanako popuser@tsunagu.test full@tsunagu.test nearly@tsunagu.test junk@tsunagu.test empty@tsunagu.test capped@tsunagu.test"
one() { # user
  "${DA[@]}" -f tab mailbox status -u "$1" "messages unseen uidvalidity uidnext" '*' |
    sed 1d | LC_ALL=C sort | sed "s|^|$1\tstatus\t|"
  "${DA[@]}" -f tab fetch -u "$1" "mailbox uid flags" all |
    sed 1d | sed 's/\\Recent//; s/[[:space:]]*$//; s/  */ /g' | LC_ALL=C sort | sed "s|^|$1\tmsg\t|"
}
# Users in parallel, printed in a fixed order.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
i=0
pids=()
for u in $USERS; do
  i=$((i + 1))
  one "$u" >"$tmp/$i" & pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
for j in $(seq 1 "$i"); do cat "$tmp/$j"; done
