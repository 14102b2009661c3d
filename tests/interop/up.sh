#!/usr/bin/env bash
# Starts the interop test servers: seven real mail servers from Debian bookworm packages, in
# cached chroots (tests/interop/chroots.sh), each on its own loopback address, with a test CA
# made here, one seeded account, and a description in tests/interop/run/env.json that
# tests/interop.rs reads. Idempotent: what a previous run left is stopped first and every
# server's state (config, mail store, logs) is made anew on a fresh overlay.
#
# Ports (add $TSUNAGU_PEERS_PORT_OFFSET to each, default 0), on every address that serves the
# protocol: 10993 IMAP TLS, 10143 IMAP (STARTTLS; login refused before TLS), 10995 POP3 TLS,
# 10110 POP3 (STLS; login refused before TLS), 10465 SMTP TLS + AUTH, 10587 submission
# (STARTTLS; AUTH refused before TLS), 10025 SMTP (25-style; STARTTLS offered, no AUTH).
#
#   127.0.1.1 Cyrus IMAP 3.6 (imapd + pop3d)    127.0.1.2 Exim 4.96
#   127.0.1.3 Courier-IMAP 5.0 + Courier POP3   127.0.1.4 OpenSMTPD 7.4 (bookworm-backports)
#   127.0.1.5 GNU Mailutils 3.15 imap4d+pop3d   127.0.1.6 Sendmail 8.17 + Cyrus SASL
#   127.0.1.7 popa3d 1.0 (no TLS of its own: 10110 plain only; 10995 via socat's TLS)
#
# Account (test-only): `taro`, password "tsunagu-test-pw", address taro@tsunagu.test. Every
# server knows the local part only, so a config naming the whole address is the "wrong
# username form" case. The mailbox: 5 messages, 2 unseen, 1 flagged (mbox for Mailutils and
# popa3d, maildir for Courier, Cyrus's own store), snapshotted into run/snapshot.txt for
# check-unchanged.sh.
set -euo pipefail
umask 022
IHERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/interop/lib.sh
. "$IHERE/lib.sh"
# shellcheck source=tests/interop/chroots.sh
. "$IHERE/chroots.sh"

OFF="${TSUNAGU_PEERS_PORT_OFFSET:-0}"
PASSWORD="tsunagu-test-pw"
DOMAIN="tsunagu.test"
USERNAME="taro"
BROKEN="kaori"
P_IMAPS=$((10993 + OFF)); P_IMAP=$((10143 + OFF)); P_POP3S=$((10995 + OFF)); P_POP3=$((10110 + OFF))
P_SMTPS=$((10465 + OFF)); P_SUBM=$((10587 + OFF)); P_SMTP=$((10025 + OFF))
A_CYRUS=127.0.1.1; A_EXIM=127.0.1.2; A_COURIER=127.0.1.3; A_OPENSMTPD=127.0.1.4
A_MAILUTILS=127.0.1.5; A_SENDMAIL=127.0.1.6; A_POPA3D=127.0.1.7
T0=$(date +%s%N)

say() { echo "interop: $*" >&2; }
die() { echo "interop: ERROR: $*" >&2; exit 1; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

[ "$(id -u)" = 0 ] || die "run as root (chroot, mount)"
export PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH"

interop_stop_all
rm -f "$RUN/env.json"

T_CHROOTS=$(date +%s%N)
chroots_ensure
CHROOTS_MS=$(ms_since "$T_CHROOTS")

rm -rf "$OV" "$RUN/log" "$RUN/seed" "$RUN/snapshot.txt"
mkdir -p "$RUN/certs" "$OV" "$RUN/log" "$RUN/seed"

# ---------------------------------------------------------------- test CA + certificate
CERTS="$RUN/certs"
if ! openssl x509 -checkend 86400 -noout -in "$CERTS/server.pem" >/dev/null 2>&1 ||
   ! openssl x509 -checkend 86400 -noout -in "$CERTS/ca.pem" >/dev/null 2>&1; then
  say "making the test CA and server certificate"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 \
    -subj "/O=Tsunagu Interop Test/CN=Tsunagu Interop Test CA" -keyout "$CERTS/ca.key" \
    -out "$CERTS/ca.pem" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  # RSA, not EC: every one of these servers' TLS stacks takes it as it comes.
  openssl req -newkey rsa:2048 -nodes -subj "/O=Tsunagu Interop Test/CN=mail.$DOMAIN" \
    -keyout "$CERTS/server.key" -out "$CERTS/server.csr" 2>/dev/null
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature,keyEncipherment"
    echo "extendedKeyUsage=serverAuth"
    printf 'subjectAltName=DNS:localhost,DNS:mail.%s' "$DOMAIN"
    for i in 1 2 3 4 5 6 7; do printf ',IP:127.0.1.%s' "$i"; done
    echo
  } >"$CERTS/server.ext"
  openssl x509 -req -in "$CERTS/server.csr" -CA "$CERTS/ca.pem" -CAkey "$CERTS/ca.key" \
    -CAcreateserial -days 825 -extfile "$CERTS/server.ext" -out "$CERTS/server.pem" 2>/dev/null
  rm -f "$CERTS/server.csr"
fi
openssl dhparam -help >/dev/null 2>&1 || true
[ -s "$CERTS/dh.pem" ] || cp /dev/null "$CERTS/dh.pem"

# ---------------------------------------------------------------- overlays
root_of() { echo "$OV/$1/root"; }
inch() { # name command...: run inside the chroot with a clean environment
  local name="$1"; shift
  chroot "$(root_of "$name")" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 HOME=/root "$@"
}
# A daemon that stays in the foreground: started detached, its output to the run's log dir.
inch_bg() { # name logname command...
  local name="$1" logname="$2"; shift 2
  setsid chroot "$(root_of "$name")" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 HOME=/root "$@" </dev/null >>"$RUN/log/$logname.out" 2>&1 &
}
set_kv() { # file key value: KEY=VALUE in a shell-style config file (replaced or appended)
  if grep -q "^$2=" "$1"; then
    sed -i "s|^$2=.*|$2=$3|" "$1"
  else
    echo "$2=$3" >>"$1"
  fi
}

T_OV=$(date +%s%N)
for name in $CHROOT_NAMES; do
  d="$OV/$name"
  mkdir -p "$d/upper" "$d/work" "$d/root"
  if ! mount -t overlay "interop-$name" \
      -o "lowerdir=$(chroot_path "$name"),upperdir=$d/upper,workdir=$d/work" "$d/root" 2>/dev/null; then
    # No overlayfs here (e.g. the checkout itself on an overlay): a copy, slower but the same.
    say "overlay mount refused for $name: copying the chroot instead"
    cp -a --reflink=auto "$(chroot_path "$name")/." "$d/root/"
  fi
  mount -t proc proc "$d/root/proc"
  mkdir -p "$d/root/etc/tsunagu" "$d/root/run" "$d/root/var/log"
  cp "$CERTS/server.pem" "$CERTS/server.key" "$CERTS/ca.pem" "$d/root/etc/tsunagu/"
  cat "$CERTS/server.key" "$CERTS/server.pem" >"$d/root/etc/tsunagu/combined.pem"
  chmod 644 "$d/root/etc/tsunagu/"*.pem; chmod 600 "$d/root/etc/tsunagu/"*.key
  chmod 600 "$d/root/etc/tsunagu/combined.pem"
  # No syslog daemon in a chroot: a few lines of perl (perl-base is in every Debian system)
  # read its /dev/log into /var/log/tsunagu-syslog.log, one line per message.
  rm -f "$d/root/dev/log"
  inch_bg "$name" "$name-syslog" perl -e 'use IO::Socket::UNIX; $|=1;
    my $s = IO::Socket::UNIX->new(Type => SOCK_DGRAM(), Local => "/dev/log") or die "$!";
    chmod 0666, "/dev/log"; open(my $o, ">>", "/var/log/tsunagu-syslog.log") or die "$!";
    $o->autoflush(1); my $m; while (defined $s->recv($m, 65536)) { $m =~ s/\n*$/\n/; print $o $m }'

  # The account, as a system user (Mailutils, popa3d and Courier's authpam read it).
  # kaori: a second account with no mailbox at all (Courier answers her login with
  # "* BYE [ALERT] Fatal error"; popa3d shows her an empty maildrop).
  inch "$name" sh -c "id $USERNAME >/dev/null 2>&1 || useradd -m -u 2001 -s /bin/sh $USERNAME
    id $BROKEN >/dev/null 2>&1 || useradd -m -u 2002 -s /bin/sh $BROKEN
    printf '%s\\n' '$USERNAME:$PASSWORD' '$BROKEN:$PASSWORD' | chpasswd"
done
for name in $CHROOT_NAMES; do
  for _ in $(seq 50); do [ -S "$(root_of "$name")/dev/log" ] && break; sleep 0.1; done
done
OVERLAY_MS=$(ms_since "$T_OV")

# ---------------------------------------------------------------- the seeded messages
# 5 messages: 1-3 seen (2 also flagged), 4 and 5 unseen; Date fixed so every run is the same.
seed_message() { # n -> RFC 5322 text with LF line ends
  local n="$1"
  printf 'Return-Path: <sender@example.org>\nFrom: Sender <sender@example.org>\nTo: %s@%s\nSubject: Interop seed %s\nDate: Mon, 2 Nov 2026 0%s:00:00 +0900\nMessage-ID: <interop-seed-%s@%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\nSeed message %s for the interop tests.\nIt must be exactly like this after the whole suite.\n' \
    "$USERNAME" "$DOMAIN" "$n" "$n" "$n" "$DOMAIN" "$n" "$n"
}
for n in 1 2 3 4 5; do seed_message "$n" >"$RUN/seed/$n.eml"; done

# An mbox as a mail client left it: Status RO = read, O = seen as old but unread, none = new.
write_mbox() { # file
  local n
  for n in 1 2 3 4 5; do
    echo "From sender@example.org  Mon Nov  2 0$n:00:00 2026"
    sed -n '1,/^$/p' "$RUN/seed/$n.eml" | sed '$d'
    case $n in 1|3) echo "Status: RO" ;; 2) echo "Status: RO"; echo "X-Status: F" ;; 4) echo "Status: O" ;; esac
    echo
    sed '1,/^$/d' "$RUN/seed/$n.eml"
    echo
  done >"$1"
}

source "$IHERE/servers.sh"

T_SRV=$(date +%s%N)
setup_cyrus_exim
setup_courier_opensmtpd
setup_mailutils_sendmail
setup_popa3d

# ---------------------------------------------------------------- wait for every listener
wait_port() { # addr port
  local _
  for _ in $(seq 60); do
    if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}
LISTENERS="$A_CYRUS:$P_IMAPS $A_CYRUS:$P_IMAP $A_CYRUS:$P_POP3S $A_CYRUS:$P_POP3
$A_EXIM:$P_SMTPS $A_EXIM:$P_SUBM $A_EXIM:$P_SMTP
$A_COURIER:$P_IMAPS $A_COURIER:$P_IMAP $A_COURIER:$P_POP3S $A_COURIER:$P_POP3
$A_OPENSMTPD:$P_SMTPS $A_OPENSMTPD:$P_SUBM $A_OPENSMTPD:$P_SMTP
$A_MAILUTILS:$P_IMAPS $A_MAILUTILS:$P_IMAP $A_MAILUTILS:$P_POP3S $A_MAILUTILS:$P_POP3
$A_SENDMAIL:$P_SMTPS $A_SENDMAIL:$P_SUBM $A_SENDMAIL:$P_SMTP
$A_POPA3D:$P_POP3S $A_POPA3D:$P_POP3"
bad=""
for hp in $LISTENERS; do wait_port "${hp%:*}" "${hp##*:}" || bad="$bad $hp"; done
[ -z "$bad" ] || die "not listening:$bad (logs: $RUN/log/, $OV/*/root/var/log/tsunagu-syslog.log)"
seed_cyrus
prime_mailutils_mbox
SERVERS_MS=$(ms_since "$T_SRV")

bash "$IHERE/state.sh" >"$RUN/snapshot.txt"
# Where each server log stands now: check-unchanged.sh reads only what the suite adds.
for name in $CHROOT_NAMES; do
  echo "$name $(stat -c %s "$(root_of "$name")/var/log/tsunagu-syslog.log" 2>/dev/null || echo 0)"
done >"$RUN/log-marks.txt"

# ---------------------------------------------------------------- env.json
cat >"$RUN/env.json" <<EOF
{
  "schema": 1,
  "run_dir": "$RUN",
  "ca_file": "$CERTS/ca.pem",
  "password": "$PASSWORD",
  "domain": "$DOMAIN",
  "address": "$USERNAME@$DOMAIN",
  "username": "$USERNAME",
  "no_mailbox_address": "$BROKEN@$DOMAIN",
  "ports": {"imap_tls": $P_IMAPS, "imap_starttls": $P_IMAP, "pop3_tls": $P_POP3S,
            "pop3_starttls": $P_POP3, "smtp_tls": $P_SMTPS, "smtp_submission": $P_SUBM,
            "smtp_mx": $P_SMTP},
  "servers": [
    {"id": "cyrus-imap", "name": "Cyrus IMAP 3.6 (imapd)", "protocol": "imap", "host": "$A_CYRUS"},
    {"id": "cyrus-pop3", "name": "Cyrus IMAP 3.6 (pop3d)", "protocol": "pop3", "host": "$A_CYRUS"},
    {"id": "courier-imap", "name": "Courier-IMAP 5.0", "protocol": "imap", "host": "$A_COURIER"},
    {"id": "courier-pop3", "name": "Courier POP3 (courier-pop 1.0.16)", "protocol": "pop3", "host": "$A_COURIER"},
    {"id": "mailutils-imap", "name": "GNU Mailutils 3.15 imap4d", "protocol": "imap", "host": "$A_MAILUTILS"},
    {"id": "mailutils-pop3", "name": "GNU Mailutils 3.15 pop3d", "protocol": "pop3", "host": "$A_MAILUTILS"},
    {"id": "popa3d", "name": "popa3d 1.0 (TLS by socat)", "protocol": "pop3", "host": "$A_POPA3D", "starttls": false, "plain_needs_tls": false},
    {"id": "exim", "name": "Exim 4.96", "protocol": "smtp", "host": "$A_EXIM"},
    {"id": "opensmtpd", "name": "OpenSMTPD 7.4", "protocol": "smtp", "host": "$A_OPENSMTPD"},
    {"id": "sendmail", "name": "Sendmail 8.17 + Cyrus SASL", "protocol": "smtp", "host": "$A_SENDMAIL"}
  ],
  "setup_ms": {"chroots": $CHROOTS_MS, "overlays": $OVERLAY_MS, "servers": $SERVERS_MS,
               "total": $(ms_since "$T0")}
}
EOF
say "up in $(ms_since "$T0") ms (chroots $CHROOTS_MS, overlays $OVERLAY_MS, servers $SERVERS_MS); $RUN/env.json"
