## English — ui.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## The wizard (ui/src/i18n.ts builds its screens' words from these).

ui-app-name = Tsunagu
ui-app-tagline = E-mail settings check
ui-switch-lang = 日本語
    .label = 日本語に切り替える
ui-demo-banner = Demo mode: using the practice mail servers inside this computer.
ui-back = Back
ui-next = Next
ui-step = { $n } of { $of }

## Screen 1: the situation.

ui-situation-title = What happened?
ui-situation-lead = Choose the one closest to your situation.
ui-situation-new-device =
    .title = Set up a new device
    .detail = Put your e-mail on a new computer or phone
ui-situation-cant-receive =
    .title = Mail doesn't arrive
    .detail = Nothing comes in, or expected mail is missing
ui-situation-cant-send =
    .title = Can't send mail
    .detail = Sending fails, or people don't receive it
ui-situation-gmail =
    .title = Read it in Gmail
    .detail = Read and send your provider's mail in Gmail

## Screen 2: the address and the password.

ui-account-title = Address and password
ui-account-lead = Enter the e-mail address to set up and the password of that mailbox.
ui-address-label = E-mail address
ui-address-hint = Example: taro@example.ne.jp (full-width characters are fine)
ui-read-as = We read it as:
ui-password-label = Mail password
ui-password-hint = The mail password from your provider's papers, not the password of your computer or phone (Apple Account, Google account).
ui-show-password = Show password
ui-remember = Save the password on this computer (no need to type it next time)
ui-forget = Delete the saved password
ui-forgotten = The saved password was deleted.
ui-recalled = Filled in the saved password.
ui-no-password = Without a password we only check that the servers answer (the login is not tested).
ui-provider-found = Provider
ui-password-called = The password is called
ui-password-where = Where to find it
ui-open-page-webmail = Open webmail
ui-open-page-management = Open the member page
ui-open-page-password-reset = Forgot the password?
ui-app-password-note = This service needs a special password for mail apps (an app password).
ui-imap-paid-note = This provider may charge for IMAP as an option.
ui-unknown-provider = We have no built-in data for this domain; common settings will be tried.

## Screen 3: the apps, POP or IMAP, the settings the app has now.

ui-devices-title = Which apps will you use?
ui-devices-lead = Choose every app you use or want to use.
ui-client-iphone = iPhone / iPad Mail
ui-client-android-gmail = Gmail app on Android
ui-client-outlook-new = Outlook (new)
ui-client-outlook-classic = Outlook (classic, 2016–2024)
ui-client-windows-mail = Windows Mail
ui-client-mac-mail = Mac Mail
ui-client-thunderbird = Thunderbird
ui-client-gmail-web = Gmail on the web
ui-pick-one = Choose at least one app.
ui-protocol-title = Three questions about how to receive mail
ui-protocol-lead = Answer them and we will tell you whether POP or IMAP suits you (you can also skip them).
ui-q-devices = How many devices (computers, phones, tablets) read this mail?
ui-q-devices-one = Only one
ui-q-devices-many = Two or more
ui-q-keep-all = Must one computer keep every message?
ui-yes = Yes
ui-no = No
ui-q-manage = Where do you want to manage your mail?
ui-manage-one-pc = On one computer
ui-manage-anywhere = The same on every device
ui-manage-not-sure = Not sure
ui-advice = We recommend { $protocol }.
ui-now-title = Compare with what your app shows now (optional)
ui-now-lead = Type the values your app's settings show, only the ones you can find. We will mark what to change.
ui-now-field-incoming-host = Incoming server
ui-now-field-incoming-port = Incoming port
ui-now-field-incoming-security = Incoming encryption (SSL)
ui-now-field-incoming-username = Incoming username
ui-now-field-outgoing-host = Outgoing server
ui-now-field-outgoing-port = Outgoing port
ui-now-field-outgoing-security = Outgoing encryption (SSL)
ui-security-unknown = Not sure / empty
ui-security-tls = SSL/TLS
ui-security-starttls = STARTTLS
ui-security-none = None (no encryption)
ui-compare-button = Compare
ui-read-current = Read the settings from this computer
ui-read-current-lead = Reads Thunderbird's and classic Outlook's settings on this computer and compares them (read only: nothing is changed, no password is read).
ui-read-current-use = Compare these settings
ui-changes-title = What to change (now → correct)
ui-no-changes = The values you typed match the correct settings. Nothing to change.
ui-change-mark = Change
ui-start-check = Start the check

## Screen 4: the live check.

ui-check-title = Checking your servers
ui-check-lead = We connect to your mail servers and check each step.
ui-elapsed = { $seconds } s
ui-cancel = Cancel
ui-cancelled = The check was cancelled.
ui-planning = Finding the servers to check…
ui-column-connect = Connect
ui-column-encryption = Encryption
ui-column-answer = Answer
ui-column-login = Login
ui-column-final = Final check
ui-row-header = Server
ui-status-header = Status
ui-protocol-imap = Incoming (IMAP)
ui-protocol-pop3 = Incoming (POP)
ui-protocol-smtp = Outgoing (SMTP)
ui-waiting = Waiting
ui-running = Checking…
ui-ok = OK
ui-skipped = Not checked
ui-cell-ok = done
ui-cell-failed = failed
ui-cell-running = checking
ui-cell-pending = not yet
ui-failure-dns-not-found = Server name not found
ui-failure-connect-refused = Connection refused
ui-failure-connect-timeout = No answer
ui-failure-tls-handshake-failed = Encryption could not start
ui-failure-tls-untrusted = Certificate not trusted
ui-failure-tls-hostname-mismatch = Certificate for another name
ui-failure-tls-expired = Certificate expired
ui-failure-starttls-unavailable = No encryption offered
ui-failure-greeting-timeout = Server did not answer
ui-failure-read-timeout = Server stopped answering
ui-failure-protocol-error = Unexpected server answer
ui-failure-login-failed = Wrong password or user name
ui-failure-login-mechanism-unsupported = Login method not supported
ui-failure-plaintext-refused = Will not send without encryption
ui-failure-submit-rejected = Sending refused
ui-failure-tls-required = Login only with encryption
ui-failure-login-temporarily-failed = Login refused for now
ui-failure-mailbox-in-use = Mailbox in use elsewhere
ui-failure-login-not-allowed = This login is not allowed
ui-failure-server-error = Error on the server

## Screen 5: the result.

ui-result-title = Result
ui-causes-title = Causes and what to do
ui-evidence = What was checked (for support)
ui-settings-title = Settings for your apps
ui-copy = Copy
ui-copy-label = Copy { $label }
ui-copied = Copied: { $value }
ui-copied-short = Copied
ui-primary-actions = What to do (from the top)
ui-others-title = Also found
ui-details-title = Details ({ $count })
ui-checked-title = The check, server by server
ui-verified-but-login = The server names, ports and encryption were confirmed by connecting. Whether the password works can only be checked again once it is corrected.
ui-focus-here = Check the { $what } from here.
ui-focus-what-cant-send = outgoing settings
ui-focus-what-cant-receive = incoming settings
ui-earlier-steps = Steps to create the account from the start ({ $count ->
        [1] 1
       *[other] 1–{ $count }
    })
ui-pick-one-hint = Choose at least one app to start the check.
ui-devices-cross-check = The apps you chose run on { $count } devices, so we took it as "two or more".
ui-demo-title = Practice accounts (press one to fill it in)
ui-demo-case-normal = Works
ui-demo-case-wrong-password = Wrong password
ui-demo-case-imap-denied = IMAP not enabled (POP only)
ui-demo-case-quota-full = Mailbox full
ui-demo-case-port25 = Port 25 blocked (try with "Can't send mail")
ui-demo-chosen = Practice account "{ $what }" filled in.
ui-saving = Opening the save dialog…
ui-copy-failed = Could not copy.
ui-unverified = These settings were not confirmed by a live check.
ui-no-settings = No working settings were found. Please do the steps above first.
ui-profile-iphone = Save the iPhone / iPad profile
ui-profile-mac = Save the Mac profile
ui-report = Save a report for support
ui-saved = Saved: { $path }
ui-retest = Check again
ui-restart = Start over
ui-field-header = Field
ui-value-header = Value to enter
ui-error-prefix = Something went wrong:
ui-what-next = Try again, or press Back to check what you entered.

## The hand-off to the phone (ui/src/handoff.ts).

ui-handoff-button = Set up your phone
ui-handoff-title = Scan this QR code with your phone
ui-handoff-steps =
    .connect = Connect the phone to the same Wi-Fi as this computer.
    .scan = Point the phone's camera at the QR code and open the link it shows.
    .follow = Follow the page (on iPhone, a profile does it for you).
ui-handoff-qr-alt = QR code of the page to open on the phone
ui-handoff-type-it = If it does not scan, type this address into the phone's browser:
ui-handoff-active = Hand-off running. It stops by itself in { $left }.
ui-handoff-stop = Stop the hand-off
ui-handoff-close = Close
ui-handoff-again = Start again
ui-handoff-starting = Getting ready…
ui-handoff-ended-stopped = Stopped. This address no longer works.
ui-handoff-ended-expired = Time is up: stopped. This address no longer works.
ui-handoff-ended-request-cap = Too many requests: stopped. This address no longer works.
ui-handoff-no-password = Only the settings go to the phone, never the password.
ui-handoff-isolated = If the phone cannot open the page, the network may keep devices apart (guest Wi-Fi often does). Then use the profile file or the printable page instead.
ui-handoff-no-lan = The phone cannot be reached from here
ui-handoff-profile = Save the iPhone profile
ui-handoff-printable = Save the printable page

## The explanations of the words the apps show (ui/src/terms.ts).

ui-term-op25b = Outbound Port 25 Blocking: providers stop sending on port 25 to fight spam.
ui-term-starttls = Encryption that starts after connecting (used on ports such as 587, 143 and 110).
ui-term-ssl-tls = Encryption from the first moment of the connection (ports such as 465, 993 and 995).
ui-term-spa = An old Outlook login method (Secure Password Authentication); leave it off unless told otherwise.
ui-term-imap = Reads mail while it stays on the server, so every device shows the same mail.
ui-term-pop = Downloads mail into the device and reads it there.
ui-term-smtp = How mail is sent (the outgoing server).
ui-term-final-check = After the login: can the mailbox be opened (incoming), or will the server take mail (outgoing).
ui-term-answer = Whether the server greeted us as a mail server should.

## The desktop app's own sentences (src-tauri/src/api.rs).

app-port-incoming = incoming port
app-port-outgoing = outgoing port
# $field: app-port-incoming or app-port-outgoing; $typed: what the person typed.
app-port-not-a-number = Type the { $field } as a number (e.g. 587); "{ $typed }" cannot be compared.
# $client: the client id of the tab.
app-unreadable = { $client ->
        [outlook-new] The new Outlook keeps its settings in Microsoft's cloud, not on this computer: they cannot be read.
        [windows-mail] The Windows Mail app is retired; its settings cannot be read.
        [mac-mail] Apple Mail has no documented, stable place for its settings, so Tsunagu does not read them.
       *[other] This app's settings cannot be read from this computer.
    } Type what the app shows into the form below to compare.
# $app: Thunderbird or Outlook; $problems: empty, or " (what went wrong reading the settings)".
app-no-account = No account for { $address } was found in { $app } on this computer.{ $problems }
app-save-filter-profile = Apple configuration profile

## The app's own words outside the window's screens (src-tauri/src/lib.rs, demo.rs, main.rs).
# The error of a cancelled diagnosis (the window shows ui-cancelled instead).
app-cancelled = cancelled
# open_provider_page: the provider has no page of that kind.
app-no-such-page = no such page for this provider
# The demo's accounts (demo.rs); the note shows English / Japanese.
app-demo-note = { $case ->
        [wrong-password] wrong password
        [imap-denied] IMAP refused, POP works
        [quota-full] mailbox full
       *[port25] port 25 blocked
    }
# Windows without the WebView2 runtime (main.rs): the message box shows Japanese, then English.
# The product names are values ($webview2: WebView2, $windows_11, $windows_10, $windows_update).
app-webview2-missing = Tsunagu needs the Microsoft Edge { $webview2 } Runtime to show its window, and it is not installed on this PC.
    .what-to-do = It comes with { $windows_11 } and updated { $windows_10 }. Run { $windows_update }, or install the "Evergreen Standalone Installer" from Microsoft's { $webview2 } Runtime page (search for "{ $webview2 } Runtime download"), then start Tsunagu again.
    .short = { $webview2 } runtime missing
    .title = つなぐ Tsunagu
