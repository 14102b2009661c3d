#!/usr/bin/env bash
# Starts the real test mail servers on loopback high ports: Dovecot (IMAP, POP3) and Postfix
# (SMTP), with a test CA made here, seeded mailboxes, and a machine-readable description of
# it all in tests/peers/run/env.json (the Rust tests read it).
#
# Idempotent: a previous instance (ours, found by its pid files) is stopped first, the mail
# store is rebuilt from nothing every time. Runs as root; no systemd needed.
#
# Ports (127.0.0.1 unless noted; add $TSUNAGU_PEERS_PORT_OFFSET to each, default 0):
#   19931 IMAP implicit TLS (993-style)      19143 IMAP STARTTLS (143-style)
#   19951 POP3 implicit TLS (995-style)      19110 POP3 STLS (110-style)
#   19465 SMTP implicit TLS + AUTH (465)     19587 SMTP STARTTLS + AUTH (587-style, AUTH only after TLS)
#   19025 SMTP MX-style (25): STARTTLS offered, no AUTH
#   127.0.0.2:19144 IMAP without TLS, 127.0.0.2:19112 POP3 without TLS,
#   127.0.0.2:19026 SMTP without TLS, AUTH in the clear (a plaintext-only provider).
#   127.0.0.3:19931 the same IMAP TLS server under an address its certificate does not name.
#   (Dovecot treats 127.0.0.1 -> 127.0.0.1 as secure; the 127.0.0.2 listeners are not.)
#   The seven 127.0.0.1 servers also listen on [::1] (same ports): IPv6 and dual-stack tests.
#
# Users (password "tsunagu-test-pw" unless noted; test-only credentials):
#   taro@tsunagu.test      normal: INBOX with 5 messages (2 unseen), Sent with 1
#   hanako                 logs in with the local part only ("hanako@tsunagu.test" is unknown)
#   popuser@tsunagu.test   POP3 and SMTP allowed, IMAP refused (generic authentication failure)
#   full@tsunagu.test      quota 2 KiB storage, about 4 KiB stored (over quota)
#   nearly@tsunagu.test    quota 20 KiB storage, about 18.5 KiB stored (over 90 %)
#   junk@tsunagu.test      INBOX 1 message, Junk (\Junk) 3 messages
#   empty@tsunagu.test     nothing at all
#   capped@tsunagu.test    2 messages; for tests that count login attempts with a wrong password
#   sendtest@tsunagu.test  receives --send-test messages (excluded from the unchanged check)
set -euo pipefail
umask 022

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tests/peers/lib.sh
. "$HERE/lib.sh"
OFF="${TSUNAGU_PEERS_PORT_OFFSET:-0}"
PASSWORD="tsunagu-test-pw"
DOMAIN="tsunagu.test"
T0=$(date +%s%N)

say() { echo "peers: $*" >&2; }
die() { echo "peers: ERROR: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (Dovecot and Postfix are started from their own config dirs)"
for b in dovecot doveadm postfix openssl; do
  command -v "$b" >/dev/null 2>&1 || [ -x "/usr/sbin/$b" ] || die "$b missing: run scripts/install-deps.sh"
done
export PATH="/usr/sbin:/usr/bin:/sbin:/bin:$PATH"

P_IMAPS=$((19931 + OFF)); P_IMAP=$((19143 + OFF)); P_POP3S=$((19951 + OFF)); P_POP3=$((19110 + OFF))
P_SMTPS=$((19465 + OFF)); P_SUBM=$((19587 + OFF)); P_SMTP=$((19025 + OFF))
P_IMAP_PLAIN=$((19144 + OFF)); P_POP3_PLAIN=$((19112 + OFF)); P_SMTP_PLAIN=$((19026 + OFF))
ALL_PORTS="127.0.0.1:$P_IMAPS 127.0.0.1:$P_IMAP 127.0.0.1:$P_POP3S 127.0.0.1:$P_POP3 \
127.0.0.1:$P_SMTPS 127.0.0.1:$P_SUBM 127.0.0.1:$P_SMTP \
127.0.0.2:$P_IMAP_PLAIN 127.0.0.2:$P_POP3_PLAIN 127.0.0.2:$P_SMTP_PLAIN 127.0.0.3:$P_IMAPS"
V6_PORTS="$P_IMAPS $P_IMAP $P_POP3S $P_POP3 $P_SMTPS $P_SUBM $P_SMTP"

# ---------------------------------------------------------------- stop what a previous run left
TSUNAGU_PEERS_RUN="$RUN" bash "$HERE/down.sh" --quiet
# tests/peers/run/env.json belongs to the run whose folder was chosen here; a run given its own
# folder (TSUNAGU_PEERS_RUN: the e2e stage, the bench, a second checkout's servers on another
# port offset) neither removes nor replaces it, and its readers are given that folder.
[ -n "${TSUNAGU_PEERS_RUN:-}" ] || rm -f "$ENV_DIR/env.json"

mkdir -p "$RUN"
searchable_by_others "$RUN" ||
  die "$RUN is not reachable by other users (Dovecot and Postfix need it); set TSUNAGU_PEERS_RUN"

for hp in $ALL_PORTS; do
  if ss -Hltn "sport = :${hp##*:}" 2>/dev/null | grep -q .; then
    die "port ${hp##*:} is taken by another program: $(ss -Hltnp "sport = :${hp##*:}" | head -1)"
  fi
done

rm -rf "$RUN/dovecot" "$RUN/postfix" "$RUN/mail" "$RUN/log" "$RUN/seed" "$RUN/env.json" "$RUN/state.txt"
mkdir -p "$RUN/certs" "$RUN/dovecot/base" "$RUN/dovecot/state" "$RUN/postfix/spool" \
  "$RUN/postfix/data" "$RUN/mail" "$RUN/log" "$RUN/seed"
chmod 755 "$RUN" "$RUN/certs" "$RUN/dovecot" "$RUN/postfix" "$RUN/log"
chown mail:mail "$RUN/mail"

# ---------------------------------------------------------------- test CA + server certificate
# Kept between runs (the tests only need it to be valid); remade when missing or expiring.
CERTS="$RUN/certs"
# (Also remade when it predates the names of the IPv6 / dual-stack tests, dual. and v6only.)
if ! openssl x509 -checkend 86400 -noout -in "$CERTS/server.pem" >/dev/null 2>&1 ||
   ! openssl x509 -checkend 86400 -noout -in "$CERTS/ca.pem" >/dev/null 2>&1 ||
   ! openssl x509 -noout -ext subjectAltName -in "$CERTS/server.pem" 2>/dev/null | grep -q "v6only.$DOMAIN"; then
  say "making the test CA and server certificate"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
    -subj "/O=Tsunagu Test/CN=Tsunagu Test CA" -keyout "$CERTS/ca.key" -out "$CERTS/ca.pem" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "/O=Tsunagu Test/CN=mail.$DOMAIN" -keyout "$CERTS/server.key" -out "$CERTS/server.csr" 2>/dev/null
  cat >"$CERTS/server.ext" <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:127.0.0.2,IP:::1,DNS:mail.$DOMAIN,DNS:imap.$DOMAIN,DNS:pop.$DOMAIN,DNS:smtp.$DOMAIN,DNS:dual.$DOMAIN,DNS:v6only.$DOMAIN
EOF
  openssl x509 -req -in "$CERTS/server.csr" -CA "$CERTS/ca.pem" -CAkey "$CERTS/ca.key" \
    -CAcreateserial -days 825 -extfile "$CERTS/server.ext" -out "$CERTS/server.pem" 2>/dev/null
  cat "$CERTS/server.pem" "$CERTS/ca.pem" >"$CERTS/chain.pem"
  rm -f "$CERTS/server.csr"
fi
chmod 644 "$CERTS"/*.pem
chmod 600 "$CERTS"/*.key

# ---------------------------------------------------------------- users
DV="$RUN/dovecot"
MAIL="$RUN/mail"
# passwd-file: user:password:uid:gid:gecos:home:shell:extra (userdb_ fields go to the userdb)
write_users() { # $1, $2 = quota rules for full@ and nearly@ (larger while seeding)
  {
    echo "taro@$DOMAIN:{PLAIN}$PASSWORD::::::userdb_quota_rule=*:storage=100M"
    echo "hanako:{PLAIN}$PASSWORD::::::userdb_quota_rule=*:storage=100M"
    echo "popuser@$DOMAIN:{PLAIN}$PASSWORD::::::"
    echo "full@$DOMAIN:{PLAIN}$PASSWORD::::::userdb_quota_rule=$1"
    echo "nearly@$DOMAIN:{PLAIN}$PASSWORD::::::userdb_quota_rule=$2"
    echo "junk@$DOMAIN:{PLAIN}$PASSWORD::::::"
    echo "empty@$DOMAIN:{PLAIN}$PASSWORD::::::"
    echo "capped@$DOMAIN:{PLAIN}$PASSWORD::::::"
    echo "sendtest@$DOMAIN:{PLAIN}$PASSWORD::::::"
  } >"$DV/users.tmp"
  mv "$DV/users.tmp" "$DV/users"
  chmod 640 "$DV/users"; chgrp dovecot "$DV/users"
}
write_users "*:storage=100M" "*:storage=100M"
# IMAP refused for popuser: a deny passdb keyed by service name (%s = imap, pop3, smtp).
echo "popuser@$DOMAIN" >"$DV/deny-imap"
: >"$DV/deny-pop3"; : >"$DV/deny-smtp"
chmod 644 "$DV"/deny-*

# ---------------------------------------------------------------- dovecot.conf
cat >"$DV/dovecot.conf" <<EOF
# Tsunagu test peer (generated by tests/peers/up.sh; do not edit)
instance_name = tsunagu-peers
base_dir = $DV/base
state_dir = $DV/state
protocols = imap pop3
listen = 127.0.0.1
log_path = $RUN/log/dovecot.log
info_log_path = $RUN/log/dovecot.log
log_timestamp = "%Y-%m-%dT%H:%M:%S "
login_log_format_elements = user=<%u> method=%m rip=%r lip=%l lport=%{local_port} mpid=%e %c session=<%{session}>
auth_verbose = yes
auth_verbose_passwords = no
auth_failure_delay = 0
# Dovecot would make login processes wait for anvil's auth penalty after failures.
login_trusted_networks = 127.0.0.1/32 ::1/128
ssl = yes
ssl_cert = <$CERTS/server.pem
ssl_key = <$CERTS/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 8
first_valid_gid = 8
mail_uid = mail
mail_gid = mail
mail_location = maildir:~/Maildir
mail_plugins = \$mail_plugins quota
pop3_uidl_format = %08Xu%08Xv

namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Junk {
    special_use = \Junk
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
    auto = subscribe
  }
}

passdb {
  driver = passwd-file
  args = $DV/deny-%s
  deny = yes
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu $DV/users
}
userdb {
  driver = passwd-file
  args = username_format=%Lu $DV/users
  default_fields = uid=mail gid=mail home=$MAIL/%Ld/%Ln
}

plugin {
  quota = count:User quota
  quota_vsizes = yes
}

protocol imap {
  mail_plugins = \$mail_plugins imap_quota
}

# Login processes and mail processes ready before the connection comes, as busy production
# servers run (Dovecot's process_min_avail): without it every connection first waits for a
# fork and exec of imap-login or pop3-login (about 20 ms on this machine), and every login for
# one of imap or pop3, which the probes' timings would count as theirs (docs/performance.md).
service imap {
  process_min_avail = 2
}
service pop3 {
  process_min_avail = 2
}
service imap-login {
  process_min_avail = 4
  inet_listener imap {
    address = 127.0.0.1, ::1
    port = $P_IMAP
  }
  # 127.0.0.3 is not in the certificate: a real server whose name does not match.
  inet_listener imaps {
    address = 127.0.0.1, 127.0.0.3, ::1
    port = $P_IMAPS
    ssl = yes
  }
  inet_listener imap_plain {
    address = 127.0.0.2
    port = $P_IMAP_PLAIN
  }
}
service pop3-login {
  process_min_avail = 4
  inet_listener pop3 {
    address = 127.0.0.1, ::1
    port = $P_POP3
  }
  inet_listener pop3s {
    address = 127.0.0.1, ::1
    port = $P_POP3S
    ssl = yes
  }
  inet_listener pop3_plain {
    address = 127.0.0.2
    port = $P_POP3_PLAIN
  }
}
# A plaintext-only provider: no TLS at all on 127.0.0.2, and cleartext logins allowed there.
local 127.0.0.2 {
  ssl = no
  disable_plaintext_auth = no
}
service auth {
  unix_listener auth-postfix {
    mode = 0660
    user = postfix
    group = postfix
  }
}
# No auth penalty: after a failed login Dovecot delays the next one from the same IP by
# 2-15 s (anvil), which would slow every test after a wrong-password test. An auth process
# that cannot reach this listener disables the penalty.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
EOF

# ---------------------------------------------------------------- start dovecot
# Daemons get no inherited stdout/stderr: a caller's pipe (| tee) would otherwise never close.
dovecot -c "$DV/dovecot.conf" </dev/null >>"$RUN/log/dovecot-start.log" 2>&1 || { tail -20 "$RUN/log/dovecot.log" >&2 || true; die "dovecot did not start"; }
for _ in $(seq 1 100); do [ -S "$DV/base/auth-userdb" ] && break; sleep 0.05; done
[ -S "$DV/base/auth-userdb" ] || die "dovecot auth socket did not appear"

# ---------------------------------------------------------------- seed the mailboxes
DA=(doveadm -c "$DV/dovecot.conf")
msg() { # $1 user  $2 mailbox  $3 number (unique)  $4 subject  [$5 body-bytes]
  local f="$RUN/seed/m$3.eml"
  {
    printf 'From: Tsunagu Test <sender@example.invalid>\r\n'
    printf 'To: <%s>\r\n' "$1"
    printf 'Subject: %s\r\n' "$4"
    printf 'Date: Thu, 26 Nov 2026 09:%02d:00 +0900\r\n' "$3"
    printf 'Message-ID: <seed-%d@tsunagu.test>\r\n' "$3"
    printf 'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
    printf 'Seeded test message %d for %s.\r\n' "$3" "$1"
    if [ -n "${5:-}" ]; then head -c "$5" /dev/zero | tr '\0' 'x' | fold -w 76 | sed 's/$/\r/'; fi
  } >"$f"
  "${DA[@]}" save -u "$1" -m "$2" <"$f"
}
# Dovecot creates the auto = subscribe folders (Drafts, Sent, Junk, Trash) on first access;
# make them exist first so that a test's first STATUS/EXAMINE does not change the record.
folders() { # user
  "${DA[@]}" mailbox create -u "$1" Drafts Sent Junk Trash
  "${DA[@]}" mailbox status -u "$1" messages INBOX >/dev/null
}
# One background job per user (users are independent; each user's steps stay in order).
seed_taro() {
  local u="taro@$DOMAIN" i
  folders "$u"
  for i in 1 2 3 4 5; do msg "$u" INBOX "$i" "Hello taro $i"; done
  msg "$u" Sent 6 "Sent by taro"
  # 3 seen, 2 unseen (UID 4, 5); UID 2 flagged.
  "${DA[@]}" flags add -u "$u" '\Seen' mailbox INBOX uid 1:3
  "${DA[@]}" flags add -u "$u" '\Flagged' mailbox INBOX uid 2
  "${DA[@]}" flags add -u "$u" '\Seen' mailbox Sent all
}
seed_hanako() {
  folders hanako
  msg hanako INBOX 7 "Hello hanako"
  msg hanako INBOX 8 "Hello again hanako"
  "${DA[@]}" flags add -u hanako '\Seen' mailbox INBOX uid 1
}
seed_popuser() {
  folders "popuser@$DOMAIN"
  msg "popuser@$DOMAIN" INBOX 9 "Hello popuser 1"
  msg "popuser@$DOMAIN" INBOX 10 "Hello popuser 2"
}
seed_full() {
  folders "full@$DOMAIN"
  msg "full@$DOMAIN" INBOX 11 "Big one" 1600
  msg "full@$DOMAIN" INBOX 12 "Big two" 1600
  "${DA[@]}" flags add -u "full@$DOMAIN" '\Seen' mailbox INBOX all
}
seed_nearly() {
  local i
  folders "nearly@$DOMAIN"
  for i in 1 2 3; do msg "nearly@$DOMAIN" INBOX $((18 + i)) "Photo $i" 6000; done
  "${DA[@]}" flags add -u "nearly@$DOMAIN" '\Seen' mailbox INBOX all
}
seed_junk() {
  local i
  folders "junk@$DOMAIN"
  msg "junk@$DOMAIN" INBOX 13 "A real letter"
  for i in 1 2 3; do msg "junk@$DOMAIN" Junk $((13 + i)) "Looks like spam $i"; done
  "${DA[@]}" flags add -u "junk@$DOMAIN" '\Seen' mailbox INBOX all
}
seed_capped() {
  folders "capped@$DOMAIN"
  msg "capped@$DOMAIN" INBOX 17 "Hello capped 1"
  msg "capped@$DOMAIN" INBOX 18 "Hello capped 2"
}
pids=()
for f in seed_taro seed_hanako seed_popuser seed_full seed_nearly seed_junk seed_capped; do
  "$f" & pids+=($!)
done
for u in "empty@$DOMAIN" "sendtest@$DOMAIN"; do folders "$u" & pids+=($!); done
for pid in "${pids[@]}"; do wait "$pid" || die "seeding the mailboxes failed (see above)"; done
# The full user's quota is lowered below what it stores (like an ISP shrinking a plan); the
# nearly-full user's to just above it (about 18.5 KiB of 20 KiB).
write_users "*:storage=2K" "*:storage=20K"

# ---------------------------------------------------------------- postfix
PF="$RUN/postfix"
chown -R postfix:postfix "$PF/data"
printf '%s\n' "taro@$DOMAIN $DOMAIN/taro/Maildir/" "sendtest@$DOMAIN $DOMAIN/sendtest/Maildir/" \
  "junk@$DOMAIN $DOMAIN/junk/Maildir/" "empty@$DOMAIN $DOMAIN/empty/Maildir/" \
  "popuser@$DOMAIN $DOMAIN/popuser/Maildir/" "capped@$DOMAIN $DOMAIN/capped/Maildir/" \
  "full@$DOMAIN $DOMAIN/full/Maildir/" "nearly@$DOMAIN $DOMAIN/nearly/Maildir/" >"$PF/vmailbox"
cat >"$PF/main.cf" <<EOF
# Tsunagu test peer (generated by tests/peers/up.sh; do not edit)
compatibility_level = 3.6
queue_directory = $PF/spool
data_directory = $PF/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.$DOMAIN
mydomain = $DOMAIN
myorigin = \$mydomain
mydestination =
# master.cf names the address of every listener; "all" only avoids a check that
# 127.0.0.2 is configured on an interface (it is not: lo carries 127.0.0.0/8 implicitly).
inet_interfaces = all
inet_protocols = all
mynetworks = 127.0.0.1/32 [::1]/128
alias_maps =
alias_database =
local_recipient_maps =
biff = no
smtputf8_enable = no
maillog_file_prefixes = $RUN/log
maillog_file = $RUN/log/postfix.log
# Probes end every transaction with RSET, so Postfix never gets its flow-control tokens back:
# after ~100 MAIL FROMs every SMTP probe would wait one more second.
in_flow_delay = 0s
virtual_mailbox_domains = $DOMAIN
virtual_mailbox_base = $MAIL
virtual_mailbox_maps = texthash:$PF/vmailbox
virtual_uid_maps = static:8
virtual_gid_maps = static:8
virtual_minimum_uid = 8
smtpd_tls_cert_file = $CERTS/server.pem
smtpd_tls_key_file = $CERTS/server.key
smtpd_tls_security_level = may
smtpd_tls_loglevel = 0
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DV/base/auth-postfix
smtpd_sasl_auth_enable = no
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 100
smtpd_client_connection_rate_limit = 0
anvil_rate_time_unit = 60s
EOF
smtp_services() { # $1 = listen address (127.0.0.1 or [::1])
  cat <<EOF
$1:$P_SMTP inet n - n - - smtpd
  -o syslog_name=postfix/mx
$1:$P_SUBM inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
$1:$P_SMTPS inet n - n - - smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
EOF
}
cat >"$PF/master.cf" <<EOF
# service type  private unpriv  chroot  wakeup  maxproc command + args
$(smtp_services 127.0.0.1)
$(smtp_services "[::1]")
127.0.0.2:$P_SMTP_PLAIN inet n - n - - smtpd
  -o syslog_name=postfix/plain
  -o smtpd_tls_security_level=none
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=no
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
# The queue directories as `postfix start` would make them, then the master daemon itself:
# `postfix start` spends ~2.5 s in its checks; `master -w` returns once it is ready (~5 ms).
for q in active bounce corrupt defer deferred flush hold incoming private saved trace; do
  install -d -o postfix -g root -m 700 "$PF/spool/$q"
done
install -d -o postfix -g postdrop -m 730 "$PF/spool/maildrop"
install -d -o postfix -g postdrop -m 710 "$PF/spool/public"
install -d -o root -g root -m 755 "$PF/spool/pid"
if ! MAIL_CONFIG="$PF" /usr/lib/postfix/sbin/master -w </dev/null >"$RUN/log/postfix-start.log" 2>&1; then
  # Postfix prints the reason only to a terminal: give it one.
  script -qc "postfix -c '$PF' check" /dev/null >&2 || true
  cat "$RUN/log/postfix-start.log" >&2
  tail -20 "$RUN/log/postfix.log" >&2 2>/dev/null || true
  die "postfix did not start"
fi

# ---------------------------------------------------------------- wait until every port accepts
wait_port() { # host port
  local i
  for i in $(seq 1 200); do
    if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then return 0; fi
    sleep 0.025
  done
  die "nothing accepts on $1:$2 (see $RUN/log)"
}
for hp in $ALL_PORTS; do wait_port "${hp%:*}" "${hp##*:}"; done
for p in $V6_PORTS; do wait_port "::1" "$p"; done

# ---------------------------------------------------------------- record the seeded state
bash "$HERE/state.sh" >"$RUN/state.txt"

# ---------------------------------------------------------------- describe it for the tests
cat >"$RUN/env.json" <<EOF
{
  "schema": 1,
  "run_dir": "$RUN",
  "ca_file": "$CERTS/ca.pem",
  "ca_key": "$CERTS/ca.key",
  "dovecot_log": "$RUN/log/dovecot.log",
  "postfix_log": "$RUN/log/postfix.log",
  "dovecot_conf": "$DV/dovecot.conf",
  "state_file": "$RUN/state.txt",
  "domain": "$DOMAIN",
  "password": "$PASSWORD",
  "host": "127.0.0.1",
  "plain_host": "127.0.0.2",
  "mismatch_host": "127.0.0.3",
  "host6": "::1",
  "cert_names": ["localhost", "127.0.0.1", "127.0.0.2", "::1", "mail.$DOMAIN", "imap.$DOMAIN", "pop.$DOMAIN", "smtp.$DOMAIN", "dual.$DOMAIN", "v6only.$DOMAIN"],
  "ports": {
    "imap_tls": $P_IMAPS,
    "imap_starttls": $P_IMAP,
    "pop3_tls": $P_POP3S,
    "pop3_starttls": $P_POP3,
    "smtp_tls": $P_SMTPS,
    "smtp_submission": $P_SUBM,
    "smtp_mx": $P_SMTP,
    "imap_plain": $P_IMAP_PLAIN,
    "pop3_plain": $P_POP3_PLAIN,
    "smtp_plain": $P_SMTP_PLAIN
  },
  "users": {
    "normal": "taro@$DOMAIN",
    "local_part_only": "hanako",
    "local_part_only_address": "hanako@$DOMAIN",
    "imap_denied": "popuser@$DOMAIN",
    "quota_full": "full@$DOMAIN",
    "quota_nearly_full": "nearly@$DOMAIN",
    "junk": "junk@$DOMAIN",
    "empty": "empty@$DOMAIN",
    "capped": "capped@$DOMAIN",
    "send_test": "sendtest@$DOMAIN"
  }
}
EOF
if [ "$RUN" != "$ENV_DIR" ] && [ -z "${TSUNAGU_PEERS_RUN:-}" ]; then
  mkdir -p "$ENV_DIR"
  cp "$RUN/env.json" "$ENV_DIR/env.json"
fi
T1=$(date +%s%N)
say "up in $(( (T1 - T0) / 1000000 )) ms; env: $RUN/env.json"
