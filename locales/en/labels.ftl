## English — labels.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## What a failure kind means, in one short phrase (text::failure_kind); steps of a probe
## (text::step_name); authentication methods, situations, severities, sources of settings.

label-failure-dns-not-found = server name not found
label-failure-connect-refused = connection refused
label-failure-connect-timeout = no answer (timed out)
label-failure-tls-handshake-failed = encryption could not be started
label-failure-tls-untrusted = certificate not trusted
label-failure-tls-hostname-mismatch = certificate is for another server name
label-failure-tls-expired = certificate expired
label-failure-starttls-unavailable = no encryption (STARTTLS) offered
label-failure-greeting-timeout = connected, but the server did not answer
label-failure-read-timeout = the server stopped answering
label-failure-protocol-error = the server's reply could not be understood
label-failure-login-failed = login refused (password or username)
label-failure-login-mechanism-unsupported = no usable login method
label-failure-plaintext-refused = not encrypted, so no password was sent
label-failure-submit-rejected = sending was not accepted
label-failure-tls-required = login only over an encrypted connection
label-failure-login-temporarily-failed = login refused for now (temporary)
label-failure-mailbox-in-use = mailbox in use by another session
label-failure-login-not-allowed = account or login method not allowed
label-failure-server-error = error on the server's side

label-step-resolve = name lookup
label-step-connect = connect
label-step-tls = TLS
label-step-greeting = greeting
label-step-starttls = STARTTLS
label-step-capabilities = capabilities
label-step-login = login
label-step-mailbox = mailbox
label-step-submit = submission check
label-step-send-test = test message
label-step-relay-before-pop = sending before a POP login
label-step-relay-after-pop = sending right after a POP login

label-authentication-password-cleartext = Normal password
label-authentication-password-encrypted = Encrypted password
label-authentication-oauth2 = OAuth2
label-authentication-client-ip-address = None (by network address)
label-authentication-smtp-after-pop = POP before SMTP (receive first)
label-authentication-none = No authentication

label-situation-new-device = Setting up a new computer or phone
label-situation-cant-receive = Mail does not arrive
label-situation-cant-send = Mail cannot be sent
label-situation-gmail = Reading it in Gmail

label-severity-error = Problem
label-severity-warning = Warning
label-severity-info = Note

label-source-bundled = bundled data
label-source-config = settings file
label-source-autoconfig = autoconfig
label-source-ispdb = Thunderbird ISPDB
label-source-mx = MX record
label-source-srv = SRV record
label-source-guess = guess

label-outcome-ok = OK
label-outcome-skipped = not tried
label-outcome-failed = failed

# $incoming: "yes" for the incoming server; $protocol: IMAP, POP3 or SMTP.
label-server-role = { $incoming ->
        [yes] Incoming mail server ({ $protocol })
       *[no] Outgoing mail server ({ $protocol })
    }

## The one name of a security mode, everywhere (guides, reports, lookup, the wizard).
label-security-tls = SSL/TLS
label-security-starttls = STARTTLS
label-security-none = None (no encryption)

# A provider's own advice appended to a finding's detail. $unverified: "yes" or "no".
label-provider-note = {" "}[{ $provider }] { $note }{ $unverified ->
        [yes] {" "}(not confirmed)
       *[no] {""}
    }

## Evidence lines (wording::evidence_text). $status is an outcome or a failure phrase.
label-evidence-provider-data = bundled data ({ $provider }): { $what }
label-evidence-op25b = blocks sending on port 25 (OP25B)
label-evidence-probe = { $protocol } { $hostport } ({ $security }): { $status }
label-evidence-user = {" "}(user { $user })
# $server: the server's own words, quoted as they came.
label-evidence-server = ; the server said: { $server }

## A discovery source's detail (written in English for the JSON) for a person
## (wording::discovery_detail). The English entries are the engine's own words.
label-detail-documented = documented
label-detail-partly-unverified = partly unverified: guesses are probed too
label-detail-no-server-documented = provider known, no server documented: guesses are probed
label-detail-offline = offline
label-detail-not-utf8 = the reply is not UTF-8
label-detail-no-servers = no IMAP, POP3 or SMTP server
label-detail-https-verified = https, certificate verified
label-detail-plain-http = plain http: untrusted
label-detail-no-record = no record
label-detail-dns-timeout = DNS timed out
label-detail-no-srv = no SRV records
label-detail-dns-srv = DNS SRV (not authenticated)
label-detail-not-waited = not waited for: a higher-priority source answered
label-detail-too-large = the reply is too large
label-detail-no-tls = TLS is not available
label-detail-mx-provider = MX { $host } is { $provider }
label-detail-mx-unknown = MX { $host } matches no known provider
label-detail-no-answer-within = no answer within { $ms } ms
label-detail-not-in-dns = { $host } does not exist
# Any other detail, by its first word ($kind: tls, connect, config or other). English output
# shows the engine's own detail instead.
label-detail-other = { $kind ->
        [tls] failed during encryption (TLS)
        [connect] could not connect
        [config] the settings file could not be read
       *[other] failed
    } (see the detail in --json)

## A report time in local time (wording::local_time): 1 December 2026, 23:42. $minute has two
## digits; $utc is "yes" when the time is shown in UTC (the local offset is unknown or UTC).
label-local-time = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }, { $hour ->
        [0] 00
        [1] 01
        [2] 02
        [3] 03
        [4] 04
        [5] 05
        [6] 06
        [7] 07
        [8] 08
        [9] 09
       *[other] { $hour }
    }:{ $minute }{ $utc ->
        [yes] {" "}UTC
       *[no] {""}
    }
