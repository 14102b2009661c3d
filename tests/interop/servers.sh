# Sourced by up.sh: the configuration and start of every interop server, one function per
# chroot. Uses up.sh's variables (addresses, ports, account) and helpers (inch, inch_bg, set_kv).
# Each config is written from nothing on every run (the overlay's upper layer is new).

sasl_user() { # chroot realm user: a Cyrus SASL sasldb entry with the test password
  printf '%s' "$PASSWORD" | inch "$1" saslpasswd2 -p -c -f /etc/sasldb2 -u "$2" "$3"
}

# ------------------------------------------------------------------ Cyrus IMAP + Exim
setup_cyrus_exim() {
  local c=cyrus-exim r
  r="$(root_of $c)"
  # Cyrus: login refused before TLS (allowplaintext: no) on the 143- and 110-style ports;
  # the account lives in sasldb. virtdomains userid: "taro@tsunagu.test" is another user.
  cat >"$r/etc/imapd.conf" <<EOF
configdirectory: /var/lib/cyrus
proc_path: /run/cyrus/proc
mboxname_lockpath: /run/cyrus/lock
defaultpartition: default
partition-default: /var/spool/cyrus/mail
servername: mail.$DOMAIN
admins: cyrus
allowplaintext: no
virtdomains: userid
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_mech_list: PLAIN LOGIN
tls_server_cert: /etc/tsunagu/server.pem
tls_server_key: /etc/tsunagu/server.key
popminpoll: 0
hashimapspool: true
unixhierarchysep: no
altnamespace: no
syslog_prefix: cyrus
lmtpsocket: /run/cyrus/socket/lmtp
idlesocket: /run/cyrus/socket/idle
notifysocket: /run/cyrus/socket/notify
EOF
  cat >"$r/etc/cyrus.conf" <<EOF
START {
  recover cmd="/usr/sbin/cyrus ctl_cyrusdb -r"
}
SERVICES {
  imap  cmd="imapd"    listen="$A_CYRUS:$P_IMAP"  prefork=0 maxchild=50
  imaps cmd="imapd -s" listen="$A_CYRUS:$P_IMAPS" prefork=0 maxchild=50
  pop3  cmd="pop3d"    listen="$A_CYRUS:$P_POP3"  prefork=0 maxchild=50
  pop3s cmd="pop3d -s" listen="$A_CYRUS:$P_POP3S" prefork=0 maxchild=50
}
EVENTS {
}
EOF
  sasl_user $c "mail.$DOMAIN" "$USERNAME"
  sasl_user $c "mail.$DOMAIN" cyrus
  inch $c sh -ec 'chown cyrus:mail /etc/sasldb2 /etc/tsunagu/server.key; chmod 640 /etc/sasldb2
    mkdir -p /run/cyrus/proc /run/cyrus/lock /run/cyrus/socket; chown -R cyrus:mail /run/cyrus'
  inch_bg $c cyrus /usr/sbin/cyrmaster -C /etc/imapd.conf -M /etc/cyrus.conf

  # Exim: 465 TLS from the first byte; 587 advertises AUTH but refuses it before TLS with
  # 530 5.7.0 (acl_smtp_auth); 25 offers STARTTLS and no AUTH. Accounts in an lsearch file.
  mkdir -p "$r/etc/exim4"
  echo "$USERNAME: $PASSWORD" >"$r/etc/exim4/tsunagu-passwd"
  inch $c sh -ec 'chown root:Debian-exim /etc/exim4/tsunagu-passwd; chmod 640 /etc/exim4/tsunagu-passwd
    chgrp Debian-exim /etc/tsunagu/server.key; chmod 640 /etc/tsunagu/server.key'
  # shellcheck disable=SC2016
  cat >"$r/etc/exim4/exim4.conf" <<EOF
primary_hostname = mail.$DOMAIN
local_interfaces = <; $A_EXIM.$P_SMTP ; $A_EXIM.$P_SUBM ; $A_EXIM.$P_SMTPS
tls_on_connect_ports = $P_SMTPS
tls_advertise_hosts = *
tls_certificate = /etc/tsunagu/server.pem
tls_privatekey = /etc/tsunagu/server.key
auth_advertise_hosts = \${if eq{\$received_port}{$P_SMTP}{}{*}}
acl_smtp_auth = acl_check_auth
acl_smtp_rcpt = acl_check_rcpt
never_users = root
host_lookup =
rfc1413_hosts =
log_file_path = /var/log/exim4/%slog
log_selector = +smtp_protocol_error +smtp_syntax_error +tls_peerdn
begin acl
acl_check_auth:
  deny  !encrypted = *
        message = 530 5.7.0 Must issue a STARTTLS command first
  accept
acl_check_rcpt:
  accept authenticated = *
  deny  message = relay not permitted
begin routers
begin transports
begin authenticators
plain_server:
  driver = plaintext
  public_name = PLAIN
  server_prompts = :
  server_condition = \${if and {{!eq{\$auth2}{}}{eq{\$auth3}{\${lookup{\$auth2}lsearch{/etc/exim4/tsunagu-passwd}{\$value}{}}}}}}
  server_set_id = \$auth2
login_server:
  driver = plaintext
  public_name = LOGIN
  server_prompts = <| Username: | Password:
  server_condition = \${if and {{!eq{\$auth1}{}}{eq{\$auth2}{\${lookup{\$auth1}lsearch{/etc/exim4/tsunagu-passwd}{\$value}{}}}}}}
  server_set_id = \$auth1
EOF
  inch $c /usr/sbin/exim4 -C /etc/exim4/exim4.conf -bV >"$RUN/log/exim-bV.out" 2>&1 ||
    die "exim rejects its config: $(tail -3 "$RUN/log/exim-bV.out")"
  inch_bg $c exim /usr/sbin/exim4 -bdf
}

seed_cyrus() { # the mailbox, by IMAP (Cyrus keeps its own store): admin creates, taro appends
  python3 - "$A_CYRUS" "$P_IMAPS" "$CERTS/ca.pem" "$PASSWORD" "$USERNAME" "$RUN/seed" <<'PY'
import imaplib, ssl, sys, time
host, port, ca, pw, user, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
ctx = ssl.create_default_context(cafile=ca)
a = imaplib.IMAP4_SSL(host, port, ssl_context=ctx, timeout=20)
a.login("cyrus", pw)
typ, _ = a.create("user." + user)
assert typ == "OK", "create user." + user
a.logout()
t = imaplib.IMAP4_SSL(host, port, ssl_context=ctx, timeout=20)
t.login(user, pw)
flags = {1: r"(\Seen)", 2: r"(\Seen \Flagged)", 3: r"(\Seen)", 4: None, 5: None}
for n in range(1, 6):
    body = open(f"{seed}/{n}.eml", "rb").read().replace(b"\n", b"\r\n")
    when = imaplib.Time2Internaldate(time.mktime((2026, 11, 2, n, 0, 0, 0, 0, 0)))
    typ, _ = t.append("INBOX", flags[n], when, body)
    assert typ == "OK", f"append {n}"
t.logout()
PY
}

# ------------------------------------------------------------------ Courier + OpenSMTPD
setup_courier_opensmtpd() {
  local c=courier-opensmtpd r md n
  r="$(root_of $c)"
  # Courier: 143/110-style ports demand TLS before login (IMAP_TLS_REQUIRED,
  # POP3_TLS_REQUIRED); authpam against the system account; maildir in ~/Maildir.
  set_kv "$r/etc/courier/imapd" ADDRESS "$A_COURIER"
  set_kv "$r/etc/courier/imapd" PORT "$P_IMAP"
  set_kv "$r/etc/courier/imapd" MAXPERIP 100
  set_kv "$r/etc/courier/imapd-ssl" SSLADDRESS "$A_COURIER"
  set_kv "$r/etc/courier/imapd-ssl" SSLPORT "$P_IMAPS"
  set_kv "$r/etc/courier/imapd-ssl" IMAP_TLS_REQUIRED 1
  set_kv "$r/etc/courier/imapd-ssl" TLS_CERTFILE /etc/tsunagu/combined.pem
  set_kv "$r/etc/courier/pop3d" ADDRESS "$A_COURIER"
  set_kv "$r/etc/courier/pop3d" PORT "$P_POP3"
  set_kv "$r/etc/courier/pop3d" MAXPERIP 100
  set_kv "$r/etc/courier/pop3d-ssl" SSLADDRESS "$A_COURIER"
  set_kv "$r/etc/courier/pop3d-ssl" SSLPORT "$P_POP3S"
  set_kv "$r/etc/courier/pop3d-ssl" POP3_TLS_REQUIRED 1
  set_kv "$r/etc/courier/pop3d-ssl" TLS_CERTFILE /etc/tsunagu/combined.pem
  md="$r/home/$USERNAME/Maildir"
  mkdir -p "$md/cur" "$md/new" "$md/tmp"
  # 1-3 seen (2 flagged), 4 and 5 unseen; all in cur/ (the flags are in the names). Not in
  # new/: Courier moves new/ to cur/ whenever the maildir is opened (IMAP EXAMINE and POP3
  # alike), its own upkeep that no client can avoid; from cur/ any flag change is a rename.
  for n in 1 2 3 4 5; do
    case $n in 1|3) f=S ;; 2) f=FS ;; *) f= ;; esac
    cp "$RUN/seed/$n.eml" "$md/cur/178800000$n.M${n}P100.mail.$DOMAIN:2,$f"
  done
  # couriertls reads the certificate after dropping to the courier user (STARTTLS too).
  inch $c sh -ec "chown -R $USERNAME:$USERNAME /home/$USERNAME/Maildir; chmod -R go-rwx /home/$USERNAME/Maildir
    chown courier:courier /etc/tsunagu/combined.pem
    mkdir -p /run/courier/authdaemon /var/lib/courier
    /usr/sbin/authdaemond start
    /usr/sbin/imapd start; /usr/sbin/imapd-ssl start; /usr/sbin/pop3d start; /usr/sbin/pop3d-ssl start"

  # OpenSMTPD: 465 smtps + auth, 587 tls-require + auth, 25 tls offered, no auth.
  mkdir -p "$r/etc/smtpd"
  printf '%s %s\n' "$USERNAME" "$(openssl passwd -6 "$PASSWORD")" >"$r/etc/smtpd/tsunagu-creds"
  chmod 640 "$r/etc/smtpd/tsunagu-creds"
  # smtpd loads the system CA bundle at start (its dispatcher dies without one); the chroot
  # has no ca-certificates package, so the test CA stands in.
  mkdir -p "$r/etc/ssl/certs"; cp "$r/etc/tsunagu/ca.pem" "$r/etc/ssl/certs/ca-certificates.crt"
  cat >"$r/etc/smtpd/tsunagu.conf" <<EOF
pki mail.$DOMAIN cert "/etc/tsunagu/server.pem"
pki mail.$DOMAIN key "/etc/tsunagu/server.key"
table creds file:/etc/smtpd/tsunagu-creds
listen on $A_OPENSMTPD port $P_SMTP tls pki mail.$DOMAIN hostname mail.$DOMAIN
listen on $A_OPENSMTPD port $P_SUBM tls-require pki mail.$DOMAIN auth <creds> hostname mail.$DOMAIN
listen on $A_OPENSMTPD port $P_SMTPS smtps pki mail.$DOMAIN auth <creds> hostname mail.$DOMAIN
action "local" mbox
action "relay" relay
match from any for domain "$DOMAIN" action "local"
match auth from any for any action "relay"
EOF
  inch $c smtpd -n -f /etc/smtpd/tsunagu.conf >"$RUN/log/opensmtpd-n.out" 2>&1 ||
    die "opensmtpd rejects its config: $(tail -3 "$RUN/log/opensmtpd-n.out")"
  inch_bg $c opensmtpd /usr/sbin/smtpd -d -f /etc/smtpd/tsunagu.conf
}

# ------------------------------------------------------------------ Mailutils + Sendmail
setup_mailutils_sendmail() {
  local c=mailutils-sendmail r proto tls_p plain_p
  r="$(root_of $c)"
  mkdir -p "$r/var/mail"
  write_mbox "$r/var/mail/$USERNAME"
  inch $c sh -ec "chown $USERNAME:mail /var/mail/$USERNAME; chmod 660 /var/mail/$USERNAME"
  # imap4d / pop3d: TLS from the first byte on 993/995-style ports; "required" on the
  # others (STARTTLS/STLS before login; Mailutils says so with XTLSREQUIRED).
  for proto in imap4d pop3d; do
    if [ $proto = imap4d ]; then tls_p=$P_IMAPS; plain_p=$P_IMAP; else tls_p=$P_POP3S; plain_p=$P_POP3; fi
    cat >"$r/etc/tsunagu/$proto.conf" <<EOF
logging { syslog yes; facility mail; };
tls {
  ssl-certificate-file "/etc/tsunagu/server.pem";
  ssl-key-file "/etc/tsunagu/server.key";
};
tls-file-checks { key-file none; cert-file none; };
mode daemon;
foreground yes;
server $A_MAILUTILS:$tls_p { tls-mode connection; };
server $A_MAILUTILS:$plain_p { tls-mode required; };
EOF
    inch_bg $c "mailutils-$proto" /usr/sbin/$proto --no-site-config --config-file=/etc/tsunagu/$proto.conf
  done

  # Sendmail: 465 TLS from the first byte, 587 MSA with AUTH only under TLS (AuthOptions p),
  # 25 without AUTH. Cyrus SASL (sasldb) checks the password.
  echo "$A_SENDMAIL mail.$DOMAIN mail" >>"$r/etc/hosts"
  cat >"$r/etc/mail/tsunagu.mc" <<EOF
divert(-1)
include(\`/usr/share/sendmail/cf/m4/cf.m4')dnl
VERSIONID(\`tsunagu interop')dnl
OSTYPE(\`debian')dnl
define(\`confDOMAIN_NAME', \`mail.$DOMAIN')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`confCACERT_PATH', \`/etc/tsunagu')dnl
define(\`confCACERT', \`/etc/tsunagu/ca.pem')dnl
define(\`confSERVER_CERT', \`/etc/tsunagu/server.pem')dnl
define(\`confSERVER_KEY', \`/etc/tsunagu/server.key')dnl
define(\`confAUTH_MECHANISMS', \`PLAIN LOGIN')dnl
define(\`confAUTH_OPTIONS', \`p,y')dnl
define(\`confAUTH_REALM', \`mail.$DOMAIN')dnl
TRUST_AUTH_MECH(\`PLAIN LOGIN')dnl
FEATURE(\`no_default_msa')dnl
FEATURE(\`nocanonify')dnl
FEATURE(\`accept_unresolvable_domains')dnl
LOCAL_DOMAIN(\`$DOMAIN')dnl
DAEMON_OPTIONS(\`Family=inet, Name=MTA, Addr=$A_SENDMAIL, Port=$P_SMTP, M=A')dnl
DAEMON_OPTIONS(\`Family=inet, Name=MSA, Addr=$A_SENDMAIL, Port=$P_SUBM, M=Ea')dnl
DAEMON_OPTIONS(\`Family=inet, Name=SMTPS, Addr=$A_SENDMAIL, Port=$P_SMTPS, M=s')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
EOF
  mkdir -p "$r/etc/mail/sasl" "$r/etc/sasl2"
  printf 'pwcheck_method: auxprop\nauxprop_plugin: sasldb\nmech_list: PLAIN LOGIN\n' \
    | tee "$r/etc/mail/sasl/Sendmail.conf" >"$r/etc/sasl2/Sendmail.conf"
  sasl_user $c "mail.$DOMAIN" "$USERNAME"
  inch $c sh -ec 'chmod 640 /etc/sasldb2; chgrp smmsp /etc/sasldb2 || true
    m4 /etc/mail/tsunagu.mc >/etc/mail/tsunagu.cf
    mkdir -p /run/sendmail/mta /var/spool/mqueue; chmod 700 /var/spool/mqueue
    chown smmta:smmsp /run/sendmail/mta || true'
  inch_bg $c sendmail /usr/sbin/sendmail -bD -C/etc/mail/tsunagu.cf -L sm-tsunagu
}

# ------------------------------------------------------------------ popa3d
setup_popa3d() {
  local c=popa3d r
  r="$(root_of $c)"
  mkdir -p "$r/var/mail" "$r/var/lib/popa3d"
  write_mbox "$r/var/mail/$USERNAME"
  inch $c sh -ec "chown $USERNAME:mail /var/mail/$USERNAME; chmod 660 /var/mail/$USERNAME"
  # popa3d has neither a listener for another port nor TLS: socat is its inetd, and its TLS
  # wrapper for the 995-style port (as stunnel is in front of popa3d in deployments).
  inch_bg $c popa3d-plain socat "TCP-LISTEN:$P_POP3,bind=$A_POPA3D,reuseaddr,fork" \
    EXEC:/usr/sbin/popa3d,nofork
  inch_bg $c popa3d-tls socat \
    "OPENSSL-LISTEN:$P_POP3S,bind=$A_POPA3D,reuseaddr,fork,cert=/etc/tsunagu/server.pem,key=/etc/tsunagu/server.key,verify=0" \
    EXEC:/usr/sbin/popa3d
}

# Mailutils 3.15 pop3d rewrites an mbox it has not written before at the end of the first
# session that logged in, QUIT or not (measured here: login + close without QUIT gives
# X-IMAPbase/X-UID headers, "Status: RO" -> "OR", new messages "Status: O", "From " lines
# re-spaced; UIDL adds X-UIDL). After that one rewrite, later sessions leave the file
# byte-identical, with or without QUIT. So the mailbox is snapshotted as Mailutils keeps it
# once it has served it: one session here (login, STAT, UIDL, close without QUIT). That QUIT
# is never sent is checked in the servers' logs (check-unchanged.sh).
prime_mailutils_mbox() {
  python3 - "$A_MAILUTILS" "$P_POP3S" "$CERTS/ca.pem" "$USERNAME" "$PASSWORD" <<'PY'
import poplib, ssl, sys
host, port, ca, user, pw = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
p = poplib.POP3_SSL(host, port, context=ssl.create_default_context(cafile=ca), timeout=20)
p.user(user)
p.pass_(pw)
p.stat()
p.uidl()
p.sock.close()  # no QUIT
PY
  sleep 0.5  # pop3d writes the file as its session ends
}
