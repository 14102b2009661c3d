#!/usr/bin/env bash
# Prints the state of every seeded interop mailbox, one line per fact, for up.sh's snapshot
# and check-unchanged.sh's comparison:
#   mbox (Mailutils, popa3d): the file's SHA-256 and size;
#   maildir (Courier): every file name in cur/ new/ tmp/ (the flags live in the name) and the
#     SHA-256 of its content;
#   Cyrus: `mbexamine` of the mailbox (UIDs, flags, sizes, GUIDs, modseqs, index header) and the
#     SHA-256 of every message file of its spool. One header line is left out: "Last POP3
#     Login", the time Cyrus pop3d stamps into the index at every POP3 login (its bookkeeping
#     for popminpoll, written at login before any command a client chooses).
set -euo pipefail
IHERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/interop/lib.sh
. "$IHERE/lib.sh"
U=taro
for c in mailutils-sendmail popa3d; do
  f="$OV/$c/root/var/mail/$U"
  echo "mbox $c $(sha256sum <"$f" | cut -c1-64) $(stat -c %s "$f")"
done
md="$OV/courier-opensmtpd/root/home/$U/Maildir"
(cd "$md" && find cur new tmp -type f | LC_ALL=C sort | while read -r f; do
  echo "maildir courier $f $(sha256sum <"$f" | cut -c1-64)"; done)
root="$OV/cyrus-exim/root"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  runuser -u cyrus -- /usr/lib/cyrus/bin/mbexamine "user.$U" |
  sed -e '/Last POP3 Login:/d' -e 's/^/cyrus mbexamine /'
sp="$(chroot "$root" runuser -u cyrus -- /usr/lib/cyrus/bin/mbpath "user.$U")"
(cd "$root$sp" && for f in $(ls | grep -E '^[0-9]+\.$' | LC_ALL=C sort -n); do
  echo "cyrus file $f $(sha256sum <"$f" | cut -c1-64)"; done)
