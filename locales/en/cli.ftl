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

## The command line's help in Japanese (help_ja.rs). clap builds the English help from the
## doc comments in src/main.rs, guides_cli.rs, current_cli.rs and handoff_cli.rs; the English
## entries below repeat those words (without clap's trailing period) so that both languages
## have the same ids, and are not shown: when the doc comments change, change them here too.
# $command: the subcommand's name; an unknown one has no Japanese words (clap's English stays).
cli-help-about = { $command ->
        [tsunagu] Find, verify and explain e-mail settings
        [diagnose] Verify an address against the live IMAP, POP3 and SMTP servers
        [providers] List the bundled providers and the status of their values
        [check] Maintainers: probe every bundled server without credentials (capabilities and certificates only) and report drift. Needs the internet
        [lookup] Show the provider, candidate settings and discovery sources for an address (no login)
        [export] Export settings in another format
        [autoconfig] A Thunderbird autoconfig (clientConfig 1.1) file for the address
        [mobileconfig] An Apple configuration profile (.mobileconfig) for iPhone, iPad or Mac (no password inside)
        [report] A support report in Markdown or as one HTML page (never the password)
        [guide] Field-by-field setup steps for one mail app
        [current] The mail apps' settings on this computer (Thunderbird, classic Outlook). Read-only; stored passwords are never read
        [handoff] Show a QR code that gives a phone on the same network its settings (iPhone profile, values to copy). The first line on stdout is the URL
       *[other] { "" }
    }
# $arg: the argument's id (the same words wherever the argument appears); an unknown one has
# no Japanese words. Where clap's words differ by command, the first command's are here
# (diagnose; guide for client and current); situation and format have no doc comment (clap
# shows no help for them), help and version are clap's own words.
cli-help-arg = { $arg ->
        [address] The e-mail address to check
        [situation] What the customer asks about: new-device (setting up a new device, the default), cant-receive, cant-send, gmail (read it in Gmail)
        [password_stdin] Read the mail password from the first line of standard input
        [username] Log in with this username instead of the address
        [config] A Thunderbird autoconfig (clientConfig 1.1) XML file with the settings to check
        [ca_file] Extra trusted root certificate(s), PEM
        [offline] Use bundled data only; connect to nothing (the values are then not verified)
        [timeout] Overall deadline in seconds
        [allow_plaintext] Allow sending the password over a connection without TLS
        [send_test] Send one short test message to the address itself and look for it in the mailbox
        [lang] Language of the output (default: Japanese when the locale is Japanese)
        [json] Print one JSON object on stdout (progress stays on stderr)
        [only] Only this provider id
        [client] The mail app: outlook-new, outlook-classic, windows-mail, mac-mail, iphone, android-gmail, gmail-web, thunderbird
        [current] A JSON file with what the app shows now (fields of `CurrentSettings`); the differences are listed first
        [from] A report saved with `tsunagu diagnose --json`
        [target] Which devices may install it
        [out] Write to this file instead of standard output
        [format] Format: md (the default) or html
        [compare_current] Compare the verified settings with the mail apps' settings on this computer
        [thunderbird_profile] Read only this Thunderbird profile folder (or its prefs.js) instead of searching
        [bind] Listen on this address (default: this computer's LAN address)
        [minutes] Stop after this many minutes (1-60)
        [help] Print help
        [version] Print version
       *[other] { "" }
    }
# Arguments of `handoff` whose meaning differs from the shared words.
cli-help-handoff-client = The phone's mail app (default: from the phone's browser)
cli-help-handoff-lang = Language of the messages and of the page when the phone asks for neither ja nor en
# clap's own headings and the word before the usage line.
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-usage = Usage
