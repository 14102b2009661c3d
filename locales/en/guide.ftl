## English — guide.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## ---- guide/clients.rs: the screens of each app ----

## Words used by more than one app's guide. Labels among them (「メールアドレス」, 「パスワード」, 「ポート」…) are the apps' own, as in shared/reference/client-screens.md §9.
guide-imap = IMAP
guide-none = None
guide-email-address = Email address
guide-password = Password
guide-english-wording-unconfirmed = The English wording is not confirmed.
guide-port = Port
guide-press-next = Press "Next".
guide-leave-on-server-why = So that your phone or other devices can get the same mail.
guide-account-type = Account type
guide-pop3 = POP3
guide-name = Name
guide-your-name-shown-to-recipients = your name (shown to recipients)
guide-authentication = Authentication
guide-username = Username

## Two sentences of one reason or note, one after the other.
# $first, $second
guide-joined = { $first } { $second }

## Values of switches and tick boxes.
guide-on = On
guide-off = Off
guide-ticked = Ticked
guide-unticked = Unticked

## The incoming protocol as the apps show it.
# $protocol: pop3 or imap, as the apps show it.
guide-protocol-label = { $protocol ->
        [pop3] POP
       *[imap] IMAP
    }

## The mail password: what to enter and how it differs from other passwords.
# $password_name
guide-password-value-named = your mail password ({ $password_name })
guide-password-value = your mail password

## Which other passwords the mail password is not, by platform (Apple devices ask for the Apple Account, Android and Gmail for the Google account).
# $platform: apple (iPhone, Mac), google (Android, Gmail) or other — the account the device itself asks for.
guide-password-why-not = { $platform ->
        [apple] Not your Apple Account password, not the computer's password, and not the password of the provider's web member ID.
        [google] Not your Google account (Gmail) password, and not the password of the provider's web member ID.
       *[other] Not the computer's password, and not the password of the provider's web member ID.
    }
guide-password-why-on-papers = It is usually printed on the papers you received when you signed up.

## Why the username has this form.
# $form: address (the whole address), local-part (the part before @) or other.
guide-username-why = { $form ->
        [address] Enter the whole address, including the part after @.
        [local-part] Enter only the part before @: the provider asks for this form.
       *[other] Enter it exactly as the provider gives it.
    }

## Why this port, for apps with only an SSL on/off switch.
# $port
guide-switch-port-why-swapped = This app only has an SSL on/off switch, so we use port { $port }, which encrypts from the start and worked in the check.
# $implicit_port, $port
guide-switch-port-why-starttls = This app only has an SSL on/off switch. With port { $port } and the switch on it should use STARTTLS, but the vendor's text does not confirm it. If it fails, ask the provider whether port { $implicit_port } can be used.

## Why the SSL switch is on (or why it cannot be).
# $security: none or encrypted.
guide-switch-why = { $security ->
        [none] This server offers no encryption. Your password could be read on the way: ask the provider for settings with encryption.
       *[encrypted] So that your password and mail travel encrypted.
    }

## How long POP mail stays on the server.
# $days_from: provider (the provider recommends $days) or default (the common number); $days.
guide-keep-days-why = { $days_from ->
        [provider] The provider recommends { $days } days: long enough for your other devices to get the mail, short enough that the mailbox does not fill up.
       *[default] The provider gives no number, so we use a common { $days } days: long enough for your other devices to get the mail, short enough that the mailbox does not fill up.
    }

## Encryption choices in drop-down lists (new and classic Outlook, Android, Thunderbird): shared/reference/client-screens.md §0.
guide-dropdown-security-ssl-tls = SSL/TLS
guide-dropdown-security-it-may-read-ssl-tls = It may read "SSL/TLS (recommended)".
guide-dropdown-security-starttls = STARTTLS
guide-dropdown-security-choose-the-closest-to-none = Choose the closest to "None" (e.g. "Off").

## Why the outgoing port is not 25.
guide-port-field-use-this-number-not-port = Use this number, not port 25, which many providers block against spam (OP25B).

## Why no guide can be written; the notice on unverified values.
guide-build-no-outgoing-server = The outgoing server is not known, so no guide can be written.
guide-build-no-incoming-server = The incoming server is not known, so no guide can be written.
guide-build-unverified-notice = These settings were not verified live (they come from the provider's data). After setting up, check that sending and receiving work.

## new Outlook for Windows. Labels: shared/reference/client-screens.md §1.
guide-outlook-new-syncs-through-microsoft = New Outlook syncs POP and IMAP mail through Microsoft's cloud (a consent screen appears first).
guide-outlook-new-in-new-outlook-the-server = In new Outlook the server, port, encryption and username cannot be changed later: remove the account and add it again.
guide-outlook-new-some-providers-advise-against-new = Some providers advise against new Outlook with POP. If you read mail on other devices too, IMAP is safer.
# $username
guide-outlook-new-no-incoming-username-field = This provider wants the incoming username "{ $username }", but new Outlook may show no incoming username field. If it fails, use another app such as Thunderbird.
# $protocol: pop3 or imap.
guide-outlook-new-incoming-server = { $protocol ->
        [pop3] POP Incoming Server
       *[imap] IMAP Incoming Server
    }
guide-outlook-new-add-account = Add account
guide-outlook-new-add-account-open = The first-run screen, or Settings (gear) › "Accounts" › "Your accounts" › "Add account"
guide-outlook-new-replace-microsoft-address = A Microsoft account address may be filled in already: replace it with this address.
guide-outlook-new-press-continue = Press "Continue".
guide-outlook-new-choose-provider = Choose provider
guide-outlook-new-choose-provider-at-the-bottom = "Choose provider" at the bottom right
guide-outlook-new-the-list-also-shows-microsoft = The list also shows Microsoft 365, Outlook.com, Gmail and others; for provider mail choose IMAP or POP.
# $proto_label
guide-outlook-new-settings = { $proto_label } settings
guide-outlook-new-show-more = Show more
guide-outlook-new-this-reveals-the-server-fields = This reveals the server fields.
guide-outlook-new-use-recommended-settings = Use recommended settings
guide-outlook-new-so-that-the-values-below = So that the values below are used instead of automatic ones.
guide-outlook-new-it-may-read-imap-pop = It may read "IMAP/POP Incoming Server".
guide-outlook-new-server-label-unconfirmed = Some guides write "IMAP/POP Incoming Server".
guide-outlook-new-secure-connection-type = Secure connection type
guide-outlook-new-smtp-username = SMTP Username
guide-outlook-new-smtp-password = SMTP Password
guide-outlook-new-same-password-as-incoming = Enter the same password as for incoming mail.
guide-outlook-new-some-guides-leave-it-empty = Some guides leave it empty.
guide-outlook-new-smtp-outgoing-server = SMTP Outgoing Server
guide-outlook-new-sync-with-the-microsoft-cloud = Sync with the Microsoft Cloud
guide-outlook-new-read-it-and-press-continue = Read it and press "Continue"; check the privacy screens that follow.

## classic Outlook, the SPA tick box. Label: shared/reference/client-screens.md §2b.
guide-spa-field-provider-mail-does-not-use = Provider mail does not use SPA; with it ticked the login fails.

## classic Outlook. Labels: shared/reference/client-screens.md §2 (2a add-account wizard, 2b classic dialogs).
# $protocol: pop3 or imap.
guide-outlook-classic-account-settings = { $protocol ->
        [pop3] POP Account Settings
       *[imap] IMAP Account Settings
    }
guide-outlook-classic-incoming-mail-server = Incoming mail: Server
guide-outlook-classic-incoming-mail-port = Incoming mail: Port
guide-outlook-classic-this-server-requires-an-encrypted = This server requires an encrypted connection (SSL/TLS)
# $port
guide-outlook-classic-port-encrypts-from-the-start = Port { $port } encrypts from the start.
guide-outlook-classic-pop-starttls-unselectable = For POP, Outlook only has this tick box; STARTTLS may not be selectable (UNCONFIRMED). Ask the provider whether port 995 can be used.
guide-outlook-classic-incoming-mail-encryption-method = Incoming mail: Encryption method
guide-outlook-classic-outgoing-mail-server = Outgoing mail: Server
guide-outlook-classic-outgoing-mail-port = Outgoing mail: Port
guide-outlook-classic-outgoing-mail-encryption-method = Outgoing mail: Encryption method
guide-outlook-classic-add-account = Add Account
guide-outlook-classic-welcome-to-outlook-on-first = "Welcome to Outlook" on first start, or "File" › "Add Account"
guide-outlook-classic-advanced-options-let-me-set = Advanced options › Let me set up my account manually
guide-outlook-classic-manual-setup-why = Without it Outlook decides by itself and you cannot choose POP.
guide-outlook-classic-press-connect = Press "Connect".
guide-outlook-classic-choose-the-account-type = Choose the account type
guide-outlook-classic-pop-imap = POP / IMAP
guide-outlook-classic-enter-the-password = Enter the password
guide-outlook-classic-press-connect-when-it-says = Press "Connect"; when it says the account was added, press "Done".
guide-outlook-classic-pop-and-imap-account-settings = POP and IMAP Account Settings
guide-outlook-classic-file-account-settings-account-settings = "File" › "Account Settings" › "Account Settings" › select this account › "Change"
guide-outlook-classic-user-name = User Name
guide-outlook-classic-press-more-settings = Press "More Settings".
guide-outlook-classic-my-outgoing-server-smtp-requires = My outgoing server (SMTP) requires authentication
guide-outlook-classic-sending-also-needs-your-username = Sending also needs your username and password; without this tick sending fails.
guide-outlook-classic-use-same-settings-as-my = Use same settings as my incoming mail server
guide-outlook-classic-selected = Selected
guide-outlook-classic-log-on-before-sending = Log on to incoming mail server before sending mail
guide-outlook-classic-internet-e-mail-settings-outgoing = Internet E-mail Settings: "Outgoing Server" tab
guide-outlook-classic-internet-e-mail-settings-advanced = Internet E-mail Settings: "Advanced" tab
guide-outlook-classic-leave-a-copy-of-messages = Leave a copy of messages on the server
guide-outlook-classic-remove-from-server-after-days = Remove from server after [ ] days
# $days
guide-outlook-classic-ticked-days = Ticked, { $days } days
guide-outlook-classic-press-ok-next-finish = Press "OK", then "Next" and "Finish".

## Windows Mail (retired). Labels: shared/reference/client-screens.md §3.
guide-windows-mail-retired-notice = Microsoft ended the Windows Mail app on 31 December 2024; it can no longer send or receive, so adding an account to it does not help. Set the account up with the new Outlook (Outlook for Windows) guide instead. The values below are only for comparing with the old settings.
guide-windows-mail-for-reference-the-old-settings = For reference: the old settings (Internet email)
guide-windows-mail-old-settings-open = The old settings used to be under Gear › "Manage accounts" › the account › mailbox sync settings › advanced mailbox settings (the English wording of that screen is not confirmed).
guide-windows-mail-user-name = User name
guide-windows-mail-incoming-email-server = Incoming email server
guide-windows-mail-this-app-takes-the-port = This app takes the port after the server name and a colon.
guide-windows-mail-imap4 = IMAP4
guide-windows-mail-outgoing-smtp-email-server = Outgoing (SMTP) email server
guide-windows-mail-outgoing-server-requires-authentication = Outgoing server requires authentication
guide-windows-mail-use-the-same-user-name = Use the same user name and password for sending email
guide-windows-mail-require-ssl-for-incoming-email = Require SSL for incoming email
guide-windows-mail-require-ssl-for-outgoing-email = Require SSL for outgoing email
guide-windows-mail-do-not-finish-here-go = Do not finish here: go on with the new Outlook (Outlook for Windows) guide.

## Mail on Mac. Labels: shared/reference/client-screens.md §4.
guide-mac-mail-while-automatically-manage-connection-settings = While "Automatically manage connection settings" is on, Mail silently tries other ports and methods and ignores these values. Turn it off for both incoming and outgoing first.
guide-mac-mail-add-account = Add Account
guide-mac-mail-add-account-open = "Mail" › "Add Account…" › "Other Mail Account…" › "Continue"
guide-mac-mail-email-address = Email Address
guide-mac-mail-press-sign-in = Press "Sign In".
guide-mac-mail-account-must-be-manually-configured = Account must be manually configured
guide-mac-mail-shown-when-mail-cannot-find = Shown when Mail cannot find the settings itself.
guide-mac-mail-user-name = User Name
guide-mac-mail-account-type = Account Type
guide-mac-mail-incoming-mail-server = Incoming Mail Server
guide-mac-mail-outgoing-mail-server = Outgoing Mail Server
guide-mac-mail-screen-wording-unconfirmed = This screen's wording on recent macOS (Sonoma and later) is not confirmed.
guide-mac-mail-press-sign-in-choose-apps = Press "Sign In", choose the apps (Mail) and press "Done".
guide-mac-mail-japanese-wording-unconfirmed = The Japanese wording is not confirmed (older macOS: 「SSLを使用」).
guide-mac-mail-older-macos-shows-use-ssl = Older macOS shows "Use SSL".
guide-mac-mail-server-settings-tab-incoming-mail = "Server Settings" tab: Incoming Mail Server
guide-mac-mail-mail-settings-accounts-this-account = "Mail" › "Settings…" › "Accounts" › this account › "Server Settings"
guide-mac-mail-host-name = Host Name
guide-mac-mail-automatically-manage-connection-settings = Automatically manage connection settings
guide-mac-mail-unticking-it-shows-the-port = Unticking it shows the Port and "Use TLS/SSL" fields.
guide-mac-mail-use-tls-ssl = Use TLS/SSL
guide-mac-mail-server-settings-tab-outgoing-mail = "Server Settings" tab: Outgoing Mail Server (SMTP)
guide-mac-mail-account = Account
# $host
guide-mac-mail-this-account-s-own-server = { $host } (this account's own server)
guide-mac-mail-if-another-account-s-server = If another account's server is chosen, sending fails or goes out under the wrong account. If it is not listed, add it with "Edit SMTP Server List…".
guide-mac-mail-outgoing-port-only-when-off = The outgoing port can only be set with this turned off.
guide-mac-mail-press-save = Press "Save".
guide-mac-mail-account-information-tab-pop = "Account Information" tab (POP)
guide-mac-mail-remove-copy-from-server = Remove copy from server after retrieving a message
guide-mac-mail-pick-the-closest-period = Pick the closest period.
guide-mac-mail-label-and-choices-unconfirmed = The label and its choices are not confirmed.

## Mail on iPhone and iPad. Labels: shared/reference/client-screens.md §5.
guide-iphone-apple-spelling-unconfirmed = Apple's exact Japanese spelling on iOS 17/18 is not confirmed.
guide-iphone-new-account = New Account
guide-iphone-new-account-open = iOS 18: Settings › Apps › Mail › Mail Accounts › Add Account › Other › Add Mail Account (iOS 17 and earlier: Settings › Mail › Accounts › Add Account › Other › Add Mail Account)
guide-iphone-email = Email
guide-iphone-some-guides-write-address = Some guides write "Address".
guide-iphone-description = Description
guide-iphone-any-name-you-like-e = any name you like (e.g. provider mail)
guide-iphone-server-details = Server details
guide-iphone-imap-pop-at-the-top = IMAP / POP (at the top)
guide-iphone-choose-it-before-typing-changing = Choose it before typing; changing the type later seems to need a new account.
guide-iphone-incoming-mail-server-host-name = Incoming Mail Server: Host Name
guide-iphone-incoming-mail-server-user-name = Incoming Mail Server: User Name
guide-iphone-incoming-mail-server-password = Incoming Mail Server: Password
guide-iphone-outgoing-mail-server-host-name = Outgoing Mail Server: Host Name
guide-iphone-outgoing-mail-server-user-name = Outgoing Mail Server: User Name
guide-iphone-even-if-it-says-optional = Even if it says "Optional", fill it in: left empty, sending fails.
guide-iphone-outgoing-mail-server-password = Outgoing Mail Server: Password
guide-iphone-enter-the-same-password-here = Enter the same password here even if it says "Optional".
guide-iphone-press-next-then-save = Press "Next", then "Save".
guide-iphone-use-ssl = Use SSL
guide-iphone-server-port = Server Port
guide-iphone-delete-from-server = Delete from server
guide-iphone-seven-days = Seven days
guide-iphone-apple-wording-unconfirmed = Apple's exact wording is not confirmed.
guide-iphone-advanced-incoming-settings = Advanced: Incoming Settings
guide-iphone-mail-accounts-this-account-account = Mail Accounts › this account › "Account" › "Advanced"
guide-iphone-outgoing-mail-server-smtp = Outgoing Mail Server (SMTP)
guide-iphone-smtp-open = This account › "Account" › "SMTP" › the "Primary Server"
# $port
guide-iphone-port-may-be-guessed = The iPhone may guess the port by itself: make sure it shows { $port }.
guide-iphone-press-done = Press "Done".

## Gmail app on Android. Labels: shared/reference/client-screens.md §6.
guide-android-gmail-wording-from-email-app = The Gmail app's wording is taken from the related Android Email app; the real app may word things slightly differently.
guide-android-gmail-never-choose-an-accept-all = Never choose an "Accept all certificates" option: it would hide a fake server.
guide-android-gmail-server = Server
guide-android-gmail-security-type = Security type
guide-android-gmail-delete-email-from-server = Delete email from server
guide-android-gmail-never = Never
# $keep_days
guide-android-gmail-deleting-on-the-phone-leaves = Deleting on the phone leaves the mail on the server so your computer still gets it; the computer's "remove after { $keep_days } days" clears old mail. If only this phone reads the mail, choose "When I delete from Inbox" so the mailbox does not fill up.
guide-android-gmail-sync-emails-from-label = Sync emails from:
guide-android-gmail-automatic = Automatic
guide-android-gmail-if-older-mail-is-missing = If older mail is missing on the phone, choose a longer period here (e.g. "All").
guide-android-gmail-shown-for-imap-only = Shown for IMAP only.
guide-android-gmail-wording-not-confirmed = Wording not confirmed.
guide-android-gmail-add-another-account = Add another account
guide-android-gmail-gmail-app-account-picture-top = Gmail app › account picture (top right) › "Add another account" › "Other" (exact menu wording not confirmed)
guide-android-gmail-manual-setup = Manual setup
guide-android-gmail-press-it = Press it
guide-android-gmail-manual-setup-why = So that you enter the values below instead of guessed ones.
guide-android-gmail-personal-pop3-personal-imap = Personal (POP3) / Personal (IMAP)
guide-android-gmail-personal-pop3 = Personal (POP3)
guide-android-gmail-personal-imap = Personal (IMAP)
guide-android-gmail-pop3-offer-unconfirmed = Whether POP3 is still offered after Google's 2026 changes is not confirmed; if it is missing, use IMAP (when the provider offers it).
guide-android-gmail-incoming-server-settings = Incoming server settings
guide-android-gmail-outgoing-server-settings = Outgoing server settings
guide-android-gmail-smtp-server = SMTP server
guide-android-gmail-require-signin = Require signin
guide-android-gmail-account-options = Account options
guide-android-gmail-press-next-account-set-up = Press "Next"; on the "Your account is set up" screen enter your name as shown on sent mail and press "Next".

## Gmail on the web. Labels: shared/reference/client-screens.md §7 (7a Send mail as; forwarding words from iTSCOM's manual).
guide-gmail-web-gmail-ended-pop-fetching-check = Gmail ended POP fetching ("Check mail from other accounts") in 2026. Instead, forward mail to Gmail from the provider's side, and reply through the provider's server with Gmail's "Send mail as".
guide-gmail-web-forwarding-plus-adding-the-same = Forwarding plus adding the same account by IMAP in the Gmail app shows every message twice; forwarding back from Gmail to the provider address makes mail loop forever. Use one way only.
# $url
guide-gmail-web-url-in-brackets = {" "}({ $url })
# $url_text
guide-gmail-web-forwarding-open-itscom = Log in to iTSCOM's mail account management page{ $url_text }, open forwarding on the account information screen and press the settings button.
# $url_text
guide-gmail-web-forwarding-open-provider = Log in to the provider's mail settings page{ $url_text } and open the forwarding settings.
guide-gmail-web-forwarding-open-provider-no-url = Log in to the provider's member page (mail settings) and open the forwarding settings.
guide-gmail-web-forwarding-wording-differs = The forwarding screen's wording differs by provider (these words are from iTSCOM's manual).
guide-gmail-web-secured-connection-using-ssl = Secured connection using SSL
# $port
guide-gmail-web-ssl-why = Port { $port } encrypts from the start, so choose this; entering 465 selects it by itself.
guide-gmail-web-secured-connection-using-tls-recommended = Secured connection using TLS (recommended)
# $port
guide-gmail-web-starttls-why = Port { $port } upgrades to encryption after connecting (STARTTLS), so choose this.
guide-gmail-web-secured-connection = Secured connection
guide-gmail-web-no-encryption = This outgoing server offers no encryption, so Gmail cannot use it: ask the provider for encrypted settings.
guide-gmail-web-provider-side-forward-to-gmail = Provider side: forward to Gmail
guide-gmail-web-forwarding-address = Forwarding address
guide-gmail-web-your-gmail-address = your Gmail address
guide-gmail-web-keep-do-not-keep-forwarded = Keep / do not keep forwarded mail in the mailbox
guide-gmail-web-keep = Keep
# $keep_days
guide-gmail-web-keep-copy-why = With "do not keep", the mail is gone from your mail app and the provider's webmail. If you keep it, let a mail app remove it after { $keep_days } days or tidy up in webmail so the mailbox does not fill up.
guide-gmail-web-keep-copy-wording-unconfirmed = The exact wording is not known; iTSCOM's manual describes choosing whether to keep forwarded mail in the mailbox.
guide-gmail-web-save-then-send-a-test = Save, then send a test message to your provider address and check that exactly one copy arrives in Gmail. Forwarded mail may land in Spam, so look there too.
guide-gmail-web-gmail-add-another-email-address = Gmail: Add another email address (name and address)
guide-gmail-web-gear-see-all-settings-accounts = Gear › "See all settings" › "Accounts and Import" › "Send mail as" › "Add another email address"
guide-gmail-web-treat-as-an-alias = Treat as an alias
guide-gmail-web-not-an-alias-why = Your provider address is a separate address of yours, not a Gmail alias.
guide-gmail-web-press-next-step = Press "Next Step".
guide-gmail-web-gmail-send-through-smtp-server = Gmail: Send through SMTP server
guide-gmail-web-smtp-server = SMTP Server
guide-gmail-web-recommended-suffix-unconfirmed = Whether the Japanese label carries "（推奨）" is not confirmed.
guide-gmail-web-press-add-account = Press "Add Account".
guide-gmail-web-gmail-confirmation-code = Gmail: Confirmation code
guide-gmail-web-confirmation-code = Confirmation code
guide-gmail-web-the-number-in-the-message = the number in the message sent to your provider address
guide-gmail-web-google-checks-that-the-address = Google checks that the address is yours; with forwarding set up, the message also arrives in Gmail.
guide-gmail-web-press-verify-you-can-now = Press "Verify". You can now reply from your provider address.
guide-gmail-web-the-provider-s-outgoing-server = The provider's outgoing server is not known, so the "Send mail as" steps cannot be written. Ask the provider for the outgoing server and port.

## Thunderbird's authentication methods. Labels: shared/reference/client-screens.md §8.
guide-tb-auth-normal-password = Normal password
guide-tb-auth-encrypted-password = Encrypted password
guide-tb-auth-oauth2 = OAuth2
guide-tb-auth-no-authentication = No authentication

## Thunderbird. Labels: shared/reference/client-screens.md §8 (8a classic account setup, 8c account settings).
guide-thunderbird-newer-thunderbird-versions-may-add = Newer Thunderbird versions may add further accounts in a different "Add account" dialog (Account Hub); the field names are the same, without the trailing colon.
guide-thunderbird-port-zero-autodetect = 0 means autodetect; enter the number shown here instead.
guide-thunderbird-set-up-your-existing-email = Set Up Your Existing Email Address
guide-thunderbird-on-first-start-or-account = On first start, or Account Settings › Account Actions › Add Mail Account
guide-thunderbird-your-full-name = Your full name
guide-thunderbird-press-configure-manually = Press "Configure manually".
guide-thunderbird-manual-configuration-incoming-server = Manual configuration: Incoming server
guide-thunderbird-protocol = Protocol:
guide-thunderbird-hostname = Hostname:
guide-thunderbird-port = Port:
guide-thunderbird-connection-security = Connection security:
guide-thunderbird-authentication-method = Authentication method:
guide-thunderbird-username = Username:
guide-thunderbird-manual-configuration-outgoing-server = Manual configuration: Outgoing server
guide-thunderbird-press-re-test-then-done = Press "Re-test", then "Done".
guide-thunderbird-server-settings-pop = Server Settings (POP)
guide-thunderbird-server-settings-open = Account Settings › this account's "Server Settings"
guide-thunderbird-leave-messages-on-server = Leave messages on server
guide-thunderbird-for-at-most-days = For at most [ ] days
# $days
guide-thunderbird-ticked-days = Ticked, { $days } days
guide-thunderbird-press-ok = Press "OK".

## classic Outlook, Mac Mail and iPhone: choices by a value (labels: shared/reference/client-screens.md §2b, §4, §5).
# $direction: incoming or outgoing. classic Outlook's SPA tick box, shared/reference/client-screens.md §2b.
guide-spa-field-label = { $direction ->
        [incoming] Incoming mail
       *[outgoing] Outgoing mail
    }: Require logon using Secure Password Authentication (SPA)
# $period: day, week or month — Mac Mail's choices of "remove copy from server" (shared/reference/client-screens.md §4).
guide-mac-mail-keep-choice = { $period ->
        [day] After one day
        [week] After one week
       *[month] After one month
    }
# $days, $choice: the closest choice (guide-mac-mail-keep-choice).
guide-mac-mail-keep-days-why = Keep mail on the server for about { $days } days: pick the closest choice, "{ $choice }". Other devices can still get it, and the mailbox does not fill up.
# $days_from: provider (the provider recommends $days) or guideline (the usual number); $days.
guide-iphone-seven-days-why = Mail stays on the server for 7 days after the iPhone gets it, so your other devices can still get it. ({ $days_from ->
        [provider] The provider's recommendation
       *[guideline] The usual guideline
    } is { $days } days; the choices are Never, Seven days and When removed from Inbox.)

## ---- situation.rs: the steps per situation ----

## Used by more than one list of steps.
# $url
situation-url-in-brackets = {" "}({ $url })

## What to have ready before setting up a new computer or phone (situation-step-… ids follow StepId).
# $password_name
situation-password-name-in-brackets = {" "}("{ $password_name }")
situation-password-where-unknown = If you do not know it, look at the papers from when you signed up, or set a new one on the provider's member page.
# $address
situation-step-have-address = Write down the full address, including the part after @ ({ $address }).
# $password_name_text, $where_written
situation-step-have-password = Have the mail password{ $password_name_text } ready. It is not the password of your computer or phone (Apple Account, Google account), and not the user ID or password of the provider's web pages. { $where_written }
situation-step-check-old-device = Find out whether the old device used POP or IMAP. Reading on one computer only usually means POP; the same inbox on computer and phone usually means IMAP.
situation-step-save-old-pop-mail = If the old computer used POP, your past mail may exist only on that computer. Save it or move it before you give the old computer away.
situation-step-choose-protocol = Choose POP or IMAP from three questions: how many devices read this mail, whether one computer must keep everything, and where you want to manage it.
situation-step-test-after-setup = When you are done, send one message to your own address and check that it goes out and comes in.

## Can't receive: the steps in order.
# $url_text
situation-step-provider-filters-itscom = Log in to iTSCOM's mail account management page{ $url_text } and on the account information screen check: forwarding (is it forwarding and set not to keep a copy?), reject settings (is a known sender or subject listed?), spam scan (is quarantine on?). Rejected or quarantined mail stays in the spam folder of どこでもメール (webmail) for 7 days only.
situation-step-provider-filters = On the provider's member page, check the reject/spam settings and forwarding. If forwarding is set not to keep a copy, mail only reaches the forwarding address.
# $url_text
situation-step-webmail-first = First log in to the provider's webmail{ $url_text } and see whether the mail reached the server. If it is there, the cause is on the computer or phone. If not, look before delivery (the sender, spam and forwarding settings). If you cannot log in, the password is wrong or locked.
situation-step-password-and-lock = Did you change the password recently, or type it wrong several times? Repeated failures can lock the account for a while. Wait, then enter the right password once. After a change, update it on every device.
situation-step-quota = When the mailbox is full, new mail bounces back to the sender. In webmail, delete old mail and mail with large attachments (and empty the trash).
situation-step-junk-folder = Look in the junk (spam) folder: apps often show only the inbox.
situation-step-other-device-pop = If another computer or phone gets the mail by POP without leaving a copy on the server, it takes the mail first. On the other devices, check that "leave a copy on the server" (wording varies by app) is on.
situation-step-phone-sync-period = Phones may show only the last few days. In the mail settings, make the sync period longer.

## Can't send: the steps in order.
# $host, $port, $security
situation-cant-send-recommended-outgoing = For this address use { $host } port { $port } with { $security }.
# $sending_abroad: my-page (iTSCOM addresses without the management page: itscom.net…, switched on in マイページ), management-page (iTSCOM ms246.net / mgl.246.ne.jp, $url_text: the page in brackets or nothing) or other.
situation-step-other-network = { $sending_abroad ->
        [my-page] iTSCOM addresses cannot send from outside Japan. Switch on 「海外からのメール送信」 (sending from abroad) in iTSCOM's マイページ to send for one week (the end date is shown there). Receiving is not restricted. Abroad you can also send from どこでもメール (webmail).
        [management-page] iTSCOM addresses cannot send from outside Japan. On the mail account management page{ $url_text }, open the overseas sending restriction on the account information screen and lift it; it stays lifted for up to one week, until the date shown. Receiving is not restricted. Abroad you can also send from どこでもメール (webmail).
       *[other] If sending works at home but not elsewhere or abroad, the local network or the provider's overseas restriction may block it. Check the provider's notices.
    }
# $recommendation
situation-step-port-security = Check the pair of outgoing port and encryption: 465 goes with SSL/TLS, 587 with STARTTLS. If either is wrong, sending fails. { $recommendation }
situation-step-port25-blocked = If the outgoing port is 25, change it to 587 (or 465). Many providers block sending on port 25 against spam (OP25B).
situation-step-outgoing-auth = Check that "outgoing server requires authentication" (or its equivalent) is on and that the outgoing password is not an old one. After a password change, update both incoming and outgoing.
situation-step-security-software = Antivirus features such as "mail protection" or "mail scanning" can block sending or rewrite settings. Turn off only that feature to test, and turn it back on afterwards.
situation-step-mac-other-smtp = Mail on Mac may use another account's outgoing server. In Mail › Settings… › Accounts › Server Settings, choose this account's own outgoing (SMTP) server.

## Read it in Gmail: the steps in order.
# $host, $port
situation-step-gmail-send-as-server = To send from this address in Gmail, use "Add another email address" with the provider's outgoing server ({ $host }, port { $port }).
situation-step-gmail-send-as = To send from this address in Gmail, use "Add another email address" with the provider's outgoing server.
situation-step-gmail-pop-ended = Gmail ended POP fetching ("Check mail from other accounts") in 2026, so fetching has stopped. Mail already imported stays.
situation-step-gmail-forwarding = On the provider's member page, forward mail to your Gmail address. "Keep a copy" lets other apps and webmail read it too, but watch the mailbox size; "do not keep" leaves it only in Gmail.
situation-step-gmail-app-imap = On a phone you can instead add this address to the Gmail app by IMAP (it does not appear in Gmail on the web).
situation-step-gmail-duplicates-loops = Forwarding plus adding the account in the Gmail app gives two copies of every message; forwarding back from Gmail to this address makes mail loop. Use one way only.
situation-step-gmail-spam-folder = Gmail may mark forwarded mail as spam: look in Gmail's Spam folder for a while.

## POP or IMAP from the three questions: reasons and cautions.
# $devices: several or one.
situation-choose-protocol-imap-reason = { $devices ->
        [several] Several devices read this mail: with IMAP every device shows the same inbox, read marks and sent mail.
       *[one] You want the mail kept on the server: with IMAP a new device shows all your mail as soon as it is set up.
    }
situation-choose-protocol-with-imap-mail-piles-up = With IMAP mail piles up on the server; when the mailbox is full new mail bounces, so delete what you no longer need from time to time.
situation-choose-protocol-deleting-on-one-device-deletes = Deleting on one device deletes it everywhere.
situation-choose-protocol-this-provider-needs-a-separate = This provider needs a separate (paid) option for IMAP. Without it, use POP and set the other devices never to delete from the server.
situation-choose-protocol-use-imap-on-every-device = Use IMAP on every device: a device on POP may remove mail from the server.
# $why: keep-all (one computer must keep everything) or one-device.
situation-choose-protocol-pop-reason = { $why ->
        [keep-all] One computer must keep everything: POP downloads and stores the mail on that computer.
       *[one-device] Only one device reads this mail: POP, which stores mail on the device, is enough and keeps the server mailbox small.
    }
# $days_from: provider or default, $days
situation-choose-protocol-leave-mail-on-the-server = Leave mail on the server for { $days_from ->
        [provider] the provider's recommended { $days } days
       *[default] { $days } days
    } after download, then remove it: a spare copy without filling the mailbox.
# $days
situation-choose-protocol-set-the-other-devices-phones = Set the other devices (phones) to POP as well, never deleting from the server; this computer clears old mail after { $days } days. The other devices must get the mail within { $days } days.
situation-choose-protocol-with-pop-the-mail-lives = With POP the mail lives on this device only: save it before you replace the device.

## What to do first in the app for a finding (ids follow FindingId).
situation-first-move-all-ok = The server side works. Compare your app's values with the recommended ones, one by one.
situation-first-move-password-rejected = Re-enter the mail password in the app, for both incoming and outgoing.
situation-first-move-username-format = Change the username fields to the form the provider wants (the value below).
situation-first-move-imap-not-enabled = Enable IMAP with the provider (it may need an application), or set the account up with POP.
situation-first-move-smtp-port25-blocked = Change the outgoing port from 25 to the recommended number and match the encryption.
situation-first-move-starttls-missing = Set the port and encryption pair to the recommended values below.
situation-first-move-tls-certificate-invalid = Check that the server name matches the recommended one exactly; if it does, change nothing and tell the provider.
situation-first-move-tls-intercepted = Briefly turn off the antivirus mail-protection feature to test (no app setting changes).
situation-first-move-server-unreachable = Correct the server names to the recommended ones and check the internet connection.
situation-first-move-network-blocked = Try another network (e.g. phone tethering) or change to the recommended port.
situation-first-move-mailbox-empty-pop = On every POP device, set mail to be left on the server.
situation-first-move-quota-nearly-full = Delete old mail in webmail; with POP, set the days after which mail is removed from the server.
situation-first-move-junk-has-mail = Open the junk folder in the app and move wanted mail back to the inbox.
situation-first-move-app-password-required = Enter the service's app-specific password, not your usual password.
situation-first-move-gmail-pop-fetch-ended = Set up forwarding to Gmail on the provider's side.
situation-first-move-plaintext-only = Set the encryption fields to the recommended values; do not send the password unencrypted.
situation-first-move-unverified-settings = After setting up, send yourself a message to confirm sending and receiving.
situation-first-move-no-incoming = Check the correct incoming server name in the provider's documentation before entering it.
situation-first-move-no-outgoing = Check the correct outgoing server name in the provider's documentation before entering it.
situation-first-move-login-attempts-capped = Stop retrying; wait a while, then enter the right password once.
situation-first-move-tls-required = Set the encryption field to SSL/TLS or STARTTLS (the recommended value below); keep the password.
situation-first-move-login-temporarily-failed = Change nothing in the app; wait a while, then try receiving and sending again.
situation-first-move-mailbox-in-use = Close mail on the other devices and apps, then receive again.
situation-first-move-login-not-allowed = Leave the app as it is and check the account's state on the provider's member pages or webmail.
situation-first-move-server-error = Change nothing in the app; try again later, and tell the provider if it persists.
situation-first-move-use-starttls = Keep the port number and set the encryption field to STARTTLS.
situation-first-move-smtp-port25-only = Port 25 works for now, but if you can, set the outgoing port to 587 (STARTTLS) or 465 (SSL/TLS).
situation-first-move-ipv6-broken = Change nothing in the app; restart the router and the computer.
situation-first-move-offline = Change nothing in the app; first get Wi-Fi or the cable connected.
situation-first-move-dns-unavailable = Change nothing in the app; restart the router and check that web pages open.
situation-first-move-captive-portal = Change nothing in the app; sign in to the Wi-Fi in a web browser.
situation-first-move-apop-login = Set the incoming authentication to APOP (Thunderbird: Encrypted password).
situation-first-move-pop-before-smtp = Set outgoing authentication to none, and always receive before sending.

## ---- guide/mod.rs: names of apps, fields, protocols ----

## The names of the apps (guide-app-…, by ClientId) and the plain, app-independent names of the fields (guide-field-…, by FieldId).
guide-app-outlook-new = new Outlook (Outlook for Windows)
guide-app-outlook-classic = classic Outlook (2016–2024 / Microsoft 365)
guide-app-windows-mail = Windows Mail app (retired)
guide-app-mac-mail = Mail on Mac
guide-app-iphone = Mail on iPhone and iPad
guide-app-android-gmail = Gmail app on Android
guide-app-gmail-web = Gmail on the web
guide-app-thunderbird = Thunderbird
guide-field-email-address = Email address
guide-field-display-name = Your name (shown to recipients)
guide-field-password = Password
guide-field-description = Description
guide-field-manual-setup = Manual setup
guide-field-account-type = Account type (POP or IMAP)
guide-field-show-more = Show more fields
guide-field-use-recommended = Recommended settings switch
guide-field-incoming-host = Incoming server
guide-field-incoming-port = Incoming port
guide-field-incoming-security = Incoming encryption
guide-field-incoming-username = Incoming username
guide-field-incoming-password = Incoming password
guide-field-incoming-auth = Incoming authentication
guide-field-incoming-spa = Incoming SPA (Secure Password Authentication)
guide-field-manage-automatically = Automatic connection settings (incoming)
guide-field-outgoing-host = Outgoing server
guide-field-outgoing-port = Outgoing port
guide-field-outgoing-security = Outgoing encryption
guide-field-outgoing-username = Outgoing username
guide-field-outgoing-password = Outgoing password
guide-field-outgoing-auth-required = Outgoing authentication required
guide-field-outgoing-same-as-incoming = Use the incoming username and password for sending
guide-field-outgoing-auth = Outgoing authentication
guide-field-outgoing-spa = Outgoing SPA (Secure Password Authentication)
guide-field-outgoing-manage-automatically = Automatic connection settings (outgoing)
guide-field-outgoing-server-choice = Outgoing server used by this account
guide-field-leave-on-server = Leave mail on the server
guide-field-delete-after-days = Days before removal from the server
guide-field-delete-from-server = When to delete from the server
guide-field-sync-period = Period to sync
guide-field-treat-as-alias = Treat as an alias
guide-field-confirmation-code = Confirmation code
guide-field-forward-to = Forwarding address
guide-field-forward-keep-copy = Keep a copy of forwarded mail

## The person's choice of POP or IMAP could not be honoured. $chosen: the protocol chosen, $shown: the one shown.
# $shown, $chosen
guide-preferred-protocol-not-confirmed = You chose { $chosen }, but no { $chosen } setting could be confirmed in this check, so the confirmed { $shown } settings are shown.

## Plain names of the protocols.
guide-protocol-imap = IMAP
guide-protocol-pop3 = POP
guide-protocol-smtp = SMTP

## Plain names of the authentication methods.
guide-auth-password-cleartext = Normal password
guide-auth-password-encrypted = Encrypted password
guide-auth-oauth2 = OAuth2 (sign in in a browser)
guide-auth-client-ip-address = By the network you connect from (no password)
guide-auth-smtp-after-pop = Receive first, then send (POP before SMTP)
guide-auth-none = None

## The guide as text for the terminal (guide::render_text).
# $app; $protocol: imap, pop3 or none (Gmail on the web).
guide-render-heading = { $app }{ $protocol ->
        [imap] {" "}— IMAP
        [pop3] {" "}— POP
       *[none] {""}
    }
# $text: one notice.
guide-render-notice = [Note] { $text }
# $text: how to get to the screen.
guide-render-how-to-open = How to open: { $text }
# $label: the app's label, $value: what to enter.
guide-render-field = ・"{ $label }": { $value }
# $text: why.
guide-render-why = Why: { $text }


## ---- compare.rs: what the app shows now against the recommended settings ----

# $on: yes or no — a switch or tick box as the person sees it.
compare-switch = { $on ->
        [yes] On
       *[no] Off
    }
# $name: the plain name of the field, $label: the app's own label (when it does not say incoming or outgoing by itself).
compare-name-and-label = { $name } (“{ $label }”)
# $name, $current: what the app shows, $recommended: what it should show. 「送信ポート: 25 → 587」
compare-line = { $name }: { $current } → { $recommended }
# $days
compare-days = { $days } days
compare-note-protocol-cannot-switch = Most apps cannot switch between POP and IMAP: add the account again (first make sure mail received by POP is kept on the computer).
compare-note-leave-on-server-off = While it is off, mail this device receives is removed from the server and your other devices never get it.
compare-note-port-25-blocked = Many providers block port 25 against spam (OP25B).
compare-note-full-width = It contains full-width characters: retype it in half-width.
compare-note-whole-address = Enter the whole address, including the part after @.
