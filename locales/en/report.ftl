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
