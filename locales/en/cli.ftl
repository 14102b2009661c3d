## English — cli.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


# --ca-file could not be used. $why: the engine's reason (English).
cli-ca-file-error = The certificate file given with --ca-file, “{ $path }”, cannot be used ({ $why }). Check its path and that it is PEM.

## diagnose --compare-current (current_cli.rs)
cli-current-heading = ■ Compared with the mail apps on this computer
cli-current-no-account = No account for { $address } was found in Thunderbird or classic Outlook. Other apps' settings (new Outlook, iPhone…) cannot be read: check them on the app's screen.
cli-current-same = ・Same as the verified settings.

## guide (guides_cli.rs)
cli-guide-differences = What differs from your current settings
cli-guide-also-check = Also check

## handoff (handoff_cli.rs). $minutes: how long the page stays up.
cli-handoff-scan = Scan the QR code with the camera of a phone on the same Wi-Fi. Stops in about { $minutes } min (Ctrl-C stops it now).
# $why: expired, request-cap or stopped.
cli-handoff-stopped = { $why ->
        [expired] Time is up: stopped.
        [request-cap] Too many requests: stopped.
       *[stopped] Stopped.
    }

## providers and lookup (cli_lookup.rs). $status: verified, unverified or broken.
cli-status-mark = {" "}({ $status ->
        [verified] verified
        [unverified] unverified
       *[broken] broken
    })
# One provider of `tsunagu providers`: its servers and the status of its values.
cli-providers-counts = servers { $servers } ({ $verified_servers } verified) / values { $verified } verified, { $unverified } unverified, { $broken } broken
cli-providers-total = { $providers } providers. Values: { $verified } verified, { $unverified } unverified, { $broken } broken
cli-lookup-address = Address: { $address }
# $id: the provider's id for maintainers (English output only; empty in Japanese).
cli-lookup-provider = Provider: { $name }{ $id } ({ $source })
cli-lookup-provider-unknown = Provider: not known (guessed candidates are checked by the live test)
cli-lookup-candidates = Candidates (checked in this order):
# $documented: "yes" when the provider documents the candidate.
cli-lookup-documented = { $documented ->
        [yes] documented
       *[no] unverified
    }
cli-lookup-username = username
cli-lookup-provider-id = (provider ID)
# Between usernames to try.
cli-lookup-or = {" "}or{" "}
cli-lookup-sources = Sources asked:
# $trust: none (a guess), trusted or untrusted.
cli-lookup-trust = { $trust ->
        [none] —
        [trusted] trusted
       *[untrusted] UNTRUSTED channel
    }
# $outcome: found, not-found, failed, timeout or skipped.
cli-lookup-outcome = { $outcome ->
        [found] found
        [not-found] nothing
        [failed] failed
        [timeout] timed out
       *[skipped] skipped
    }
cli-lookup-source-result = { $outcome } ({ $trust }; { $ms } ms)
# The provider's facts (cli_lookup::provider_facts_text).
cli-facts-password = Password
cli-facts-webmail = Webmail
cli-facts-management = Management page
cli-facts-password-reset = Password reset
cli-facts-quota = Mailbox size
cli-facts-keep-days = Keep copies on the server for about { $days } days
cli-facts-op25b = Outgoing port 25 is blocked (use 465 or 587)
cli-facts-imap-paid = IMAP is a paid option
cli-facts-app-password = Mail apps need a special password (app password or similar)
cli-facts-oauth-required = Password login is refused: OAuth sign-in is required
cli-facts-notes = Notes:

## Usage errors (main.rs, guides_cli.rs). $why: the system's own reason; $path: a file.
cli-error-password-stdin = cannot read the password from stdin: { $why }
cli-error-need-address = give an e-mail address, or --from REPORT.json
cli-error-cannot-open = cannot open { $path }: { $why }
cli-error-cannot-read = cannot read { $path }: { $why }
cli-error-too-large = { $path } is too large
cli-error-not-json = { $path } is not valid JSON for this command: { $why }
cli-error-cannot-write = cannot write { $path }: { $why }
