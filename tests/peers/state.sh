#!/usr/bin/env bash
# Prints the state of every seeded mailbox (folders, counts, UIDVALIDITY/UIDNEXT, each
# message's UID and flags) in a stable text form. up.sh records it in run/state.txt right
# after seeding; check-unchanged.sh compares the live state with that record.
# \Recent is left out: it is per-session state, not something the user sees or keeps.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN="${TSUNAGU_PEERS_RUN:-$HERE/run}"
export PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH"
DA=(doveadm -c "$RUN/dovecot/dovecot.conf")
# sendtest@ receives --send-test messages, so it is not part of the record.
USERS="taro@tsunagu.test hanako popuser@tsunagu.test full@tsunagu.test junk@tsunagu.test empty@tsunagu.test capped@tsunagu.test"
for u in $USERS; do
  "${DA[@]}" -f tab mailbox status -u "$u" "messages unseen uidvalidity uidnext" '*' |
    sed 1d | LC_ALL=C sort | sed "s|^|$u\tstatus\t|"
  "${DA[@]}" -f tab fetch -u "$u" "mailbox uid flags" all |
    sed 1d | sed 's/\\Recent//; s/[[:space:]]*$//; s/  */ /g' | LC_ALL=C sort | sed "s|^|$u\tmsg\t|"
done
