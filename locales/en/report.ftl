## English — report.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## The text report (text::report_text, text::verdict, text::mailbox_summary).

# Mailbox facts in the table of probes; joined with report-list-separator.
report-mailbox-messages = { $count } messages
report-mailbox-messages-unseen = { $count } messages ({ $unseen } unseen)
# $used, $limit: sizes such as "40 MB".
report-mailbox-quota = quota { $percent }% ({ $used } of { $limit })
report-mailbox-junk = junk { $count }
report-list-separator = {", "}
report-situation-steps-heading = What to check: { $situation }

# The verdict in one sentence. $warnings: how many warnings there are.
report-verdict-verified = { $warnings ->
        [0] Working incoming and outgoing settings were verified. Enter the recommended settings below in your mail app.
       *[other] Working incoming and outgoing settings were verified, but { $warnings } point(s) need your attention.
    }
# $title: the title of the first problem found.
report-verdict-problem = A problem was found. Start with “{ $title }” and follow its steps in order.
report-verdict-offline = No server was contacted; the settings shown come from stored information and are not verified.
report-verdict-unverified = Working settings could not be verified yet; please read the points below.

report-heading = ■ Diagnosis: { $address } ({ $situation })
# $source: where the provider's data came from (label-source-*).
report-provider = Provider: { $name } [{ $source }]
report-input-heading = ■ About your input
report-findings-heading = ■ Findings
report-what-to-do = What to do:
report-evidence = Evidence:
# $verified: "yes" when the settings were verified live.
report-recommended-heading = ■ Recommended settings { $verified ->
        [yes] (verified live)
       *[no] (not verified)
    }
report-no-incoming = Incoming: no working settings found
report-no-outgoing = Outgoing: no working settings found
report-probes-heading = ■ Connections tried ({ $ms } ms)
report-sources-heading = ■ Where the settings came from

# The recommended settings, one field a line.
report-field-server = Server
report-field-port = Port
report-field-security = Encryption (SSL)
report-field-username = Username
report-field-password = Password
# $entered: "yes" when a password was entered for this check (the report never holds it).
report-password-value = { $entered ->
        [yes] your mail password (as entered for this check)
       *[no] your mail password
    }
report-field-authentication = Authentication
report-field-outgoing-auth = Outgoing authentication
report-outgoing-auth-required = required (same username and password as incoming)

# One discovery source. $outcome: found, not-found, failed, timeout or skipped; $count: how
# many candidates it gave.
report-source-outcome = { $outcome ->
        [found] { $count } found
        [not-found] nothing
        [failed] failed
        [timeout] timed out
       *[skipped] skipped
    }
# $trust: guess, trusted or untrusted (the channel could be tampered with).
report-source-trust = { $trust ->
        [guess] a guess
        [trusted] authenticated
       *[untrusted] not authenticated
    }
# $used: report-source-used or nothing.
report-source-line = { $outcome } ({ $trust }, { $ms } ms){ $used }
report-source-used = {" "}← used

## The support report in Markdown and HTML (export::report).

report-export-title = Mail settings report
report-export-checked-at = Checked at
report-export-not-recorded = (not recorded)
report-export-address = Address
report-export-provider = Provider
# $source: where the provider's data came from (label-source-*).
report-export-provider-value = { $name } ({ $source })
report-export-situation-label = Situation
# $situation: new-device, cant-receive, cant-send or gmail.
report-export-situation = { $situation ->
        [new-device] Setting up a new device
        [cant-receive] Cannot receive
        [cant-send] Cannot send
       *[gmail] Read it in Gmail
    }
report-export-duration = Duration
report-export-made-by = Made by
report-export-no-password = This report contains no password.
report-export-input = About the input
report-export-recommended = Recommended settings
# $verified: "yes" when the settings were verified live.
report-export-verified = { $verified ->
        [yes] These settings were verified against the live servers.
       *[no] These settings were NOT verified live (they come from provider data).
    }
report-export-item = Item
report-export-incoming = Incoming
report-export-outgoing = Outgoing
report-export-unknown = (unknown)
report-export-findings = Findings
report-export-no-findings = None.
# $severity: error, warning or info.
report-export-severity = { $severity ->
        [error] Problem
        [warning] Warning
       *[info] Info
    }
report-export-what-to-do = What to do
report-export-evidence = Evidence
report-export-server-checks = Server checks
report-export-offline = No server was contacted (offline).

# Columns of the table of probes (TLS and ms are the same in both languages) and of the settings.
report-export-col-protocol = Protocol
report-export-col-server = Server
report-export-col-port = Port
report-export-col-security = Security
report-export-col-username = Username
report-export-col-result = Result
report-export-col-failure = Failure
report-export-col-login-attempts = Login attempts
report-export-col-steps = Steps
report-export-col-authentication = Authentication
# $outcome: ok, failed or skipped.
report-export-outcome = { $outcome ->
        [ok] OK
        [failed] Failed
       *[skipped] Skipped
    }
# A step that never ran (the probe was skipped for the login cap).
report-export-step-skipped = skipped
# $reply: the server's own words, quoted as they came.
report-export-server-reply = {" "}— { $reply }
report-export-cert-trusted = cert trusted
report-export-cert-untrusted = cert NOT trusted
report-export-name-mismatch = name mismatch
# $date: the certificate's end date, in local time.
report-export-expires = expires { $date }
