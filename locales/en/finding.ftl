## English — finding.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).

## The words of the findings (src/text/finding.rs): a message `finding-<id>` per finding with
## `.title` and `.detail`, and the steps as `finding-act-…`. Common variables: $provider (the
## provider's name or finding-your-provider), $password (what the provider calls the mail
## password), $servers ("host:port" of the servers concerned, or finding-the-mail-server),
## $said (what the server said, as a sentence, or nothing), $alt (yes: another server or port
## of the same direction works).

## Words that stand in for facts that are not known.

finding-your-provider = your provider
finding-mail-password = mail password
finding-the-mail-server = the mail server
# Between two server names in a list.
finding-list-separator = { ", " }
# $text: the server's reply (sanitised by the probe).
finding-server-said = The server said “{ $text }”.{ " " }

## Steps shared by several findings.

# $written_on: where the provider says the password is written (a sentence from its data).
finding-act-check-sheet-written = Check the “{ $password }”. { $written_on }
finding-act-check-sheet = Find the papers from { $provider } (such as the registration notice or membership card) and check the “{ $password }”. It is often not the same as the password of the provider's website, your computer or your phone (Apple Account or Google account).
finding-act-type-carefully = Type the password again slowly, with Japanese input switched off, minding capital and small letters.
finding-act-webmail-url = Open { $url } in a web browser and try to log in with the same address and password.
finding-act-webmail = Try to log in to { $provider }'s webmail (mail read in a web browser) with the same address and password.
finding-act-webmail-look-url = Open { $url } (webmail) in a web browser and look for the expected mail in the inbox and the junk folder.
finding-act-webmail-look = Open { $provider }'s webmail (mail read in a web browser) and look for the expected mail in the inbox and the junk folder.
finding-act-reset-url = If you do not know the { $password }, you can set a new one at { $url }.
finding-act-reset-management = If you do not know the { $password }, you can set a new one on { $provider }'s management page ({ $url }).
finding-act-reset = If you do not know the { $password }, ask for a new one on { $provider }'s member pages or from its support.
finding-act-all-devices = After changing the password, enter the new one on every device that uses this address (computer, phone, tablet), for both incoming and outgoing.
finding-act-use-recommended = Compare your mail app's settings with the “Recommended settings”, one field at a time, and correct what differs.
finding-act-ask-provider = If it still does not work, show this report to { $provider }'s support.
finding-act-outage-notices = Check { $provider }'s website for outage or maintenance notices.
finding-act-wait-30-minutes = Wait about 30 minutes and try again.

## The older login methods (issue 15). $server_count: how many servers $servers names.

finding-apop-login =
    .title = Logged in to the incoming server with APOP
    .detail = The connection to the incoming server{ $server_count ->
        [0] { "" }
       *[other] { " " }({ $servers })
    } is not encrypted, so the password was not sent as is: we logged in with APOP, an old method that proves the password without sending it.
finding-act-apop-auth = Set the incoming server's authentication in your mail app to APOP (Thunderbird: Authentication method: Encrypted password).
finding-act-apop-ssl = Even with APOP the mail itself travels unencrypted: if the provider offers POP over SSL/TLS (port 995), switch to it.
finding-pop-before-smtp =
    .title = Sending uses "POP before SMTP" (receive first, then send)
    .detail = The outgoing server{ $server_count ->
        [0] { "" }
       *[other] { " " }({ $servers })
    } has no SMTP authentication. It refused the recipient before this computer logged in by POP and accepted it right after: an old method that allows sending for a short while after a POP login.
finding-act-pbs-no-auth = In your mail app's outgoing server settings, set "Outgoing server authentication: none" (no username or password for the outgoing server).
finding-act-pbs-receive-first = Always receive first (order: receive, then send): press Send/Receive before sending. Some time after receiving, sending is refused again.
finding-act-pbs-smtp-auth = If the provider offers SMTP authentication (port 587 or 465), switching to it is more reliable.

## The findings about this computer's own network.

finding-ipv6-broken =
    .title = Your IPv6 connection does not reach the mail server
    .detail = We reached { $servers } over IPv4, but connection attempts over IPv6 got no answer. Some mail apps wait on IPv6 before falling back to IPv4, so mail may be slow or time out.
finding-act-restart-router = Turn your router (home gateway) off, wait about a minute and turn it on again; then restart the computer.
finding-act-tell-isp-ipv6 = If mail is still slow, tell your Internet provider that IPv6 does not reach the mail server, and show them this report.
finding-act-ipv6-off = If it is urgent, turning IPv6 off for now in this device's network settings often helps (ask someone familiar with it to help).
finding-offline =
    .title = This computer is not connected to the Internet
    .detail = There is no route to the Internet at all. This is not a problem with your mail settings: this device is not connected to a network, so the mail server names and settings could not be checked yet.
finding-act-wifi-cable = Check that Wi-Fi is on, or that the network cable is plugged in.
finding-act-router-lights = Look at the lights on your router; if they are off or red, turn it off and on again.
finding-act-check-when-online = Once web pages open again, run the check again.
finding-dns-unavailable =
    .title = Server names cannot be looked up (DNS does not answer)
    .detail = This device is on a network, but the service that looks up server names (DNS) does not answer. No mail server name can be looked up like this, so we cannot tell whether your mail settings are right; there is no need to change the server names.
finding-act-web-pages-or-router = Check whether other web pages open; if they do not, turn your router off and on again.
finding-act-dns-automatic = If you ever changed the DNS settings by hand, set them back to automatic.
finding-act-vpn-off = If you use a VPN or security software, turn it off for a moment and try again.
finding-act-ask-isp = If that does not help, contact your Internet provider.
finding-captive-portal =
    .title = The Wi-Fi seems to be waiting for you to sign in
    .detail = Something other than the Internet is answering. On Wi-Fi at hotels, stations or cafés, most traffic, mail included, is held until you sign in or accept the terms in a web browser.
finding-act-open-sign-in-page = Open a web browser and go to any web page; if a sign-in or terms page appears, complete it.
finding-act-check-again = Then run the check again.
finding-act-other-network = If no such page appears, try another network, such as your phone's mobile connection.

## The findings from what the server said, and about ports.

finding-tls-required =
    .title = This server accepts the login only with encryption
    .detail = { $servers } does not accept logins over an unencrypted connection. { $said }This does not mean the password is wrong (whether it is right is not known yet).{ $alt ->
        [yes] { " " }An encrypted connection worked.
       *[no] { "" }
    }
finding-act-set-encryption-by-port = In your mail app's incoming and outgoing settings, set the encryption (sometimes “security” or “SSL”) as in the recommended settings: STARTTLS for ports 110, 143 and 587, SSL/TLS for 995, 993 and 465.
finding-act-no-plaintext-password = Do not use settings that allow an unencrypted (“plain text”) password.
finding-login-temporarily-failed =
    .title = The server is refusing logins for now
    .detail = { $servers } replied that logging in is not possible right now. { $said }This is temporary and does not mean the password or username is wrong. Server load, maintenance, or many logins in a short time can cause it.
finding-act-wait-15-minutes = Do not re-enter the password; wait about 15 minutes and try again.
finding-mailbox-in-use =
    .title = Another device is reading this mailbox right now
    .detail = { $servers } replied that the mailbox is being used by another connection right now. { $said }With POP only one connection at a time may use a mailbox; this happens while another computer, phone or mail app is receiving. The password is not at fault.
finding-act-close-other-apps = Close the mail app for this address on your other computers, phones and tablets, or wait a few minutes until they finish receiving.
finding-act-check-less-often = If a device checks for mail every few minutes, set it to check every 10 minutes or less often.
finding-act-wait-30-minutes-if-still = If it stays like this, wait about 30 minutes and try again.
finding-login-not-allowed =
    .title = This login is not allowed for the account
    .detail = { $servers } did not accept the login. { $said }The reply points not to a mistyped password but to the account's state (locked, expired, suspended) or to the way of logging in (an app password or web sign-in needed, mail apps switched off).
finding-act-check-account-state = On { $provider }'s member pages, check whether the account is suspended, whether the password has expired, and whether using a mail app needs an application or a setting.
finding-act-expired-password = If the password is shown as expired, set a new one and then enter it on every device.
finding-server-error =
    .title = The server reported an error
    .detail = { $servers } returned an error or ended the connection part-way. { $said }A problem on the server's side is more likely than your settings or password, but from here the cause cannot be confirmed.{ $alt ->
        [yes] { " " }Other servers or ports work.
       *[no] { "" }
    }
finding-act-ask-provider-with-reply = If it persists, show this report (it includes the server's reply) to { $provider }'s support.
finding-use-starttls =
    .title = Switch this connection to STARTTLS
    .detail = { $servers } was reached without encryption, but this port offers STARTTLS (switching to encryption after connecting). Without encryption the password and your mail can be read on the way, so the password was not sent.
finding-act-switch-to-starttls = In your mail app, keep the port number and set the encryption (sometimes “security” or “SSL”) to STARTTLS.
finding-act-check-again-encrypted = After the change, run this check again to confirm that the login works with encryption.
finding-smtp-port25-only =
    .title = Sending works only on port 25
    .detail = On port 25, { $servers } accepted the login and the address. Port 25 works from this network today, but many providers and networks (Wi-Fi away from home, mobile data) block sending on port 25 against spam (“OP25B”), so sending may stop on another network. The submission ports (587, 465) did not work on this server.
finding-act-look-for-submission-port = Check { $provider }'s website or your papers for a submission port (587 or 465); if one is given, set the outgoing settings to it.
finding-act-port25-for-now = If none is given, port 25 can stay for now. If sending fails away from home, this is why: ask { $provider } whether a submission port can be used.

## Settings and password. $situation: new-device, cant-receive, cant-send or gmail.

finding-all-ok =
    .title = Working settings found for receiving and sending
    .detail = We connected to the mail servers and confirmed that the password is accepted and that receiving and sending work.{ $situation ->
        [cant-receive] { " " }As the settings and password are right, the cause is likely a difference in your mail app's settings, or on the sender's side.
        [cant-send] { " " }The server accepts mail from you; the cause is most often a difference in your mail app's outgoing settings.
       *[other] { "" }
    }
finding-act-sync-period = If a phone does not show older mail, lengthen the mail app's sync period (“Mail days to sync”).
finding-act-check-blocking-url = On { $provider }'s management page ({ $url }), check that blocking, spam or forwarding settings do not stop the mail you expect.
finding-act-check-blocking = On { $provider }'s member pages, check that blocking, spam or forwarding settings do not stop the mail you expect.
finding-act-smtp-auth-on = Check that “Outgoing server requires authentication” is on and holds the same username and current password as incoming.
finding-act-mac-outgoing-server = In Mac Mail, check that the account does not use another account's outgoing server.
finding-act-mail-scan-off = If your security software's “mail protection” or “mail scanning” is on, switch it off for a moment and try sending.
finding-act-sending-away = Some providers restrict sending from other networks or from abroad; check whether sending works from home.
finding-act-send-to-yourself = When done, send one message to your own address and check that it arrives.

# $confirmed: yes (the reply codes say the credentials are wrong), no (some refusal gave no
# reason) or unknown; $other_login_ok: yes when the password worked elsewhere; $attempts:
# logins tried (0: none counted); $cap: logins per server at most.
finding-password-rejected =
    .title = The password (or username) was not accepted
    .detail = The mail server did not accept the login with this password ({ $servers }). A mistyped or old password, or a different username form, are the usual causes. The server's reply does not tell which, nor whether the account is locked.{ $confirmed ->
        [yes] { " " }The server's response code says plainly that the username or password is wrong.
        [no] { " " }The server refused without giving a reason, though, so the password is not certain to be the cause.
       *[unknown] { "" }
    }{ $other_login_ok ->
        [yes] { " " }The same password worked on another server, so this server's settings may differ.
       *[no] { "" }
    }{ $attempts ->
        [0] { "" }
       *[other] { " " }Repeated failures can lock the account for a while, so we try at most { $cap } logins per server.
    }

# $username: the form that worked (or finding-username-provider-form); $rejected: the one
# that was refused, when known ($rejected_known).
finding-username-format =
    .title = The username must be written differently
    .detail = { $rejected_known ->
        [yes] The server refused the username “{ $rejected }” but accepted “{ $username }”. The password is right; only the username form must match.
       *[no] This server needs the username in the form “{ $username }”.
    }
finding-username-provider-form = the form your provider gives
finding-act-enter-username = In your mail app, enter “{ $username }” as the username (sometimes called “account name”).
finding-act-same-in-both = Make the same change for both incoming and outgoing settings.

# $paid: yes when the provider sells IMAP as a paid option.
finding-imap-not-enabled =
    .title = IMAP does not seem to be enabled for this account
    .detail = With the same password, POP worked but the IMAP login was refused. POP and IMAP are the two ways of receiving mail. { $paid ->
        [yes] At { $provider }, IMAP is an option that must be applied for (paid).
       *[no] Some providers require an application or a setting before IMAP can be used.
    } This points to the contract, not to a wrong password.
finding-act-choose-pop = In your mail app, choose “POP” as the account type (the recommended settings use POP).
finding-act-leave-copy-on-each = If several devices read this mail, switch on “Leave a copy of messages on the server” on each of them.
finding-act-imap-option = { $paid ->
        [yes] If you want the same inbox on computer and phone, check on { $provider }'s member pages whether the IMAP option can be applied for.
       *[no] If you want IMAP, ask { $provider } whether it can be enabled for this address.
    }

# $count: logins per server at most.
finding-login-attempts-capped =
    .title = At most { $count } logins per server were tried
    .detail = Providers may lock an account for a while after repeated wrong passwords, so we tried at most { $count } logins per server and did not log in on { $servers }.
finding-act-wait-then-check-again = Once the password is checked, wait about 30 minutes and run the check again.

## Ports, encryption and certificates.

# $reason: offline when nothing was probed; $port_text: finding-submission-port.
finding-smtp-port25-blocked =
    .title = Port 25 cannot be used for sending
    .detail = { $reason ->
        [offline] { $provider } blocks sending on port 25 against spam (“OP25B”); { $port_text } is used for sending.
       *[other] The outgoing server could not be reached on port 25, but { $port_text } works. Providers and networks block sending on port 25 against spam (“OP25B”); nothing is broken.
    }{ $situation ->
        [cant-send] { " " }Your mail app may still be set to port 25, which would explain why sending fails.
       *[other] { "" }
    }
# $port: the submission port that works, or none when not known.
finding-submission-port = { $port ->
        [none] port 465 or 587
       *[other] port { $port }
    }
finding-act-set-port = Open the outgoing (SMTP) settings of your mail app and set the port to { $port ->
        [none] 465 or 587
       *[other] { $port }
    }.
# $security: the encryption that goes with the port, or none when not known.
finding-act-set-security = Set the encryption (sometimes “security” or “SSL”) to { $security ->
        [none] the one that goes with the port (SSL/TLS for 465, STARTTLS for 587)
       *[other] { $security }
    }.
finding-act-smtp-auth-same = Switch on “Outgoing server requires authentication” and use the same username and password as for incoming.

finding-starttls-missing =
    .title = This port offers no encryption (STARTTLS)
    .detail = { $servers } does not offer STARTTLS (switching to encryption after connecting). The password would travel readable, so it was not sent.{ $alt ->
        [yes] { " " }Another port works with encryption; please use that one.
       *[no] { "" }
    }
finding-act-use-recommended-port = In your mail app, use the port and encryption of the recommended settings.
finding-act-ask-encrypted-port = If no port offers encryption, ask { $provider } for settings that work with encryption (SSL/TLS).

# $failure: the failure kind (tls_expired, tls_hostname_mismatch, …) or none.
finding-tls-certificate-invalid =
    .title = The server's certificate is not valid
    .detail = A certificate is the server's electronic proof of identity. { $failure ->
        [tls_expired] The certificate of { $servers } has expired.
        [tls_hostname_mismatch] The certificate of { $servers } belongs to another server name. This is usually a mistyped server name.
       *[other] The certificate of { $servers } is not from an issuer this device trusts.
    } For safety, no password was sent to this server.{ $alt ->
        [yes] { " " }Another server or port worked without this problem.
       *[no] { "" }
    }
finding-act-certificate-first = { $failure ->
        [tls_expired] Check that the date and time of your computer or phone are right; a wrong clock makes valid certificates look expired.
        [tls_hostname_mismatch] Check that the server name in your mail app matches the recommended settings.
       *[other] Networks at work, school or hotels sometimes inspect connections; try again from your home network.
    }
finding-act-check-mail-scan = Check whether your security software's “mail protection” or “mail scanning” is switched on.
finding-act-no-always-trust = If your mail app shows a certificate warning, do not press “Continue” or “Always trust”.

# $issuer: the certificate's issuer, when known ($issuer_known); $vendor: the security
# software it names, or finding-security-software.
finding-tls-intercepted =
    .title = Security software is intercepting the mail connection
    .detail = { $issuer_known ->
        [yes] When connecting to { $servers }, the certificate was issued by “{ $issuer }”.{ " " }
       *[no] When connecting to { $servers }, the certificate came from security software.{ " " }
    }This shows that { $vendor }'s mail protection (mail scanning) sits between your mail app and the server; it can block sending or receiving, or change settings.{ $alt ->
        [yes] { "" }
       *[no] { " " }The certificate is not trusted, so no password was sent.
    }
finding-security-software = security software
finding-act-vendor-mail-scan-off = Open { $vendor } and switch off its “mail protection” or “mail scanning” for a moment.
finding-act-try-with-it-off = With it off, try sending and receiving again.
finding-act-vendor-leave-off = If that fixes it, leave only the mail protection off, or look up { $vendor }'s support pages. Switching off mail protection alone normally keeps the other virus protection running.

finding-plaintext-only =
    .title = Only unencrypted connections work
    .detail = { $servers } could not be reached with encryption (SSL/TLS). Without encryption, the password and your mail can be read on the way.{ $alt ->
        [yes] { " " }The recommended settings are unencrypted; please switch to encrypted settings as soon as you can.
       *[no] { " " }For safety, no password was sent.
    }
finding-act-look-for-encrypted = Look on { $provider }'s website for mail settings that use encryption (SSL/TLS).
finding-act-ask-encrypted = If there are none, ask { $provider } for incoming and outgoing settings that use encryption.
finding-act-allow-plaintext = For support staff: only if you accept the risk, run again with --allow-plaintext.

## Servers that do not answer, and what the mailbox holds.

# $failure: the failure kind (dns_not_found, …) or none.
finding-server-unreachable =
    .title = The mail server cannot be reached
    .detail = { $failure ->
        [dns_not_found] The server name “{ $servers }” was not found. It may be mistyped or may have changed; this also happens when this device is not connected to the Internet.
       *[other] { $servers } did not answer (the connection was refused or timed out). A temporary server problem, a wrong server name or port, or this device's network are possible; from here we cannot tell which.
    }
finding-act-check-internet = Check that other web pages open, to make sure you are connected to the Internet.

# $count: how many servers and ports were tried (0: not counted).
finding-network-blocked =
    .title = Mail connections seem to be blocked on this network
    .detail = None of the servers and ports we tried{ $count ->
        [0] { "" }
       *[other] { " " }({ $count } of them)
    } answered at all. Rather than the servers being down, the network you are on (Wi-Fi at work, school, a hotel or a station) or a firewall in your security software is most likely blocking mail connections.
finding-act-check-web-pages = Check that other web pages open.
finding-act-home-or-mobile = If you are on Wi-Fi away from home, try from your home network or your phone's mobile connection.
finding-act-check-firewall = Check whether the firewall in your security software blocks your mail app.
finding-act-ask-provider-or-admin = If it still fails, show this report to { $provider } or to the network's administrator.

finding-mailbox-empty-pop =
    .title = The inbox on the server is empty
    .detail = Checked by POP, the inbox on the server holds no mail at all. POP downloads mail to a device and is often set to delete it from the server afterwards. Mail may be arriving, but another computer or phone may be taking it first and deleting it. Forwarding set to keep no copy empties the inbox the same way.
finding-act-list-devices = List every device that has this address set up (old computers, phones, tablets).
# $days: how long the provider suggests keeping mail on the server, or none.
finding-act-leave-copy = On each of them, switch on “Leave a copy of messages on the server” (or “do not delete from server”).{ $days ->
        [none] { "" }
       *[other] { " " }{ $provider } suggests keeping them for { $days } days.
    }
finding-act-forwarding-keeps-copy-url = On { $provider }'s management page ({ $url }), check that forwarding is not set to keep no copy in the mailbox.
finding-act-forwarding-keeps-copy = On { $provider }'s member pages, check that forwarding to another address is not set to keep no copy.

# $percent: the share of the mailbox in use, or none; $used and $limit: the sizes, when
# known ($sizes_known).
finding-quota-usage = { $percent ->
        [none] Little space is left in the mailbox on the server.
       *[other] { $percent }% of the mailbox on the server is used{ $sizes_known ->
            [yes] { " " }({ $used } / { $limit })
           *[no] { "" }
        }.
    }
# $usage: finding-quota-usage.
finding-quota-nearly-full =
    .title = The mailbox is almost full
    .detail = { $usage } Once full, new mail cannot be received and senders get an error.
finding-quota-full =
    .title = The mailbox is full
    .detail = { $usage } While it is full, new mail cannot be received and senders may get an error.
finding-act-delete-large-mail = In webmail or your mail app, delete mail you no longer need, especially mail with large attachments such as photos.
finding-act-empty-trash = Empty the “Trash” and “Junk” folders too.
finding-act-local-folders = Mail you want to keep can be moved to a folder on your computer (“local folders”); it then uses no space on the server.

# $count: the messages in the junk folder (0: not counted).
finding-junk-has-mail =
    .title = { $count ->
        [0] There is mail in the junk folder
        [one] { $count } message is in the junk folder
       *[other] { $count } messages are in the junk folder
    }
    .detail = The junk folder on the server (“Junk”, “Spam” or similar) holds mail. Mail you are waiting for may have been judged as spam and put there.
finding-act-open-junk = Open the junk folder in webmail or your mail app.
finding-act-not-junk = If mail you are waiting for is there, mark it “not junk” or move it to the inbox.
finding-act-allow-sender = Adding the sender to your address book or allow list helps future mail reach the inbox.

## Passwords of another kind, Gmail, and settings that are not verified.

# $said: finding-server-replied, or nothing.
finding-app-password-required =
    .title = An app password is needed
    .detail = { $reason ->
        [offline] To use { $provider } mail in a mail app, you need an “app password” made for mail apps, not your usual sign-in password.
       *[other] { $said }{ $provider } accepts from mail apps only an “app password” made for them, not your usual sign-in password. Your password itself may well be right.
    }
# $text: the server's reply.
finding-server-replied = The server replied “{ $text }”.{ " " }
finding-act-oauth-only = { $provider } mail works only with sign-in on { $provider }'s own login screen, not with a typed password.
finding-act-pick-provider-type = When adding the account in your mail app, pick the provider's name (“Microsoft”, “Google”…) from the list, not “Other” or “IMAP”.
finding-act-usual-sign-in = On the login screen that appears, enter your usual address and password.
finding-act-app-password-page-url = Open { $url } in a web browser and sign in to your { $provider } account.
finding-act-app-password-page = In a web browser, sign in to { $provider }'s account (security) settings.
finding-act-create-app-password = Create an “app password”. You may need to switch on two-step verification first.
finding-act-enter-app-password = Enter the letters shown (the app password) in your mail app's password field, instead of your usual password.

# $imap: no when IMAP is known not to work for this address (yes or unknown otherwise).
finding-gmail-pop-fetch-ended =
    .title = Gmail no longer fetches mail from other accounts by POP
    .detail = Gmail stopped fetching mail from other addresses by POP in 2026, so { $provider } mail no longer arrives in Gmail that way. Your settings and password are not at fault; there are other ways.{ $imap ->
        [no] { " " }IMAP does not seem to be available for this address, so method 1 (forwarding) is the one to choose.
       *[other] { "" }
    }
finding-act-gmail-forward-url = Method 1: on { $provider }'s management page ({ $url }), forward incoming mail to your Gmail address.
finding-act-gmail-forward = Method 1: on { $provider }'s member pages, forward incoming mail to your Gmail address.
finding-act-forward-keep-copy = When setting up forwarding, choose to keep a copy in the mailbox; otherwise other devices can no longer read that mail.
# $address: the address, or finding-this-address.
finding-act-gmail-app-imap = Method 2: on a phone, add { $address } to the Gmail app as an IMAP account; you can then read it there (use the recommended settings).
finding-this-address = this address
finding-act-gmail-send-as = To send from this address in Gmail, add it under Settings → “Accounts and Import” → “Send mail as”, using the outgoing server of the recommended settings.
finding-act-not-both = Using forwarding and IMAP together can show every message twice; choose one.

# $reason: no-data, no-password, partial, offline, …; $domain: the address's domain.
finding-unverified-settings =
    .title = { $reason ->
        [no-data] The settings for this address are not known yet
       *[other] These settings have not been verified
    }
    .detail = { $reason ->
        [no-data] There is no stored information about “{ $domain }” and no server was contacted, so no settings can be shown.
        [no-password] No password was given, so we only checked that the servers answer; no login was tried. Whether the password works is not known yet.
        [partial] The part we could not check live is shown from the stored information about { $provider }; that part is not verified.
       *[other] Checked without connecting, so the recommended settings come from the stored information about { $provider }. They were not tried on the mail servers.
    }
finding-act-check-again-online = Run this check again while connected to the Internet, with the password.
finding-act-send-test-to-yourself = After entering the settings in your mail app, send one message to your own address and check that it arrives.

# No working settings for one direction. $direction: incoming or outgoing; $what: the
# .what of the direction; $tried: the probes tried, $tried_count of them.
finding-no-settings =
    .title = { $direction ->
        [incoming] No working incoming settings were found
       *[outgoing] No working outgoing settings were found
    }
    .what = { $direction ->
        [incoming] receiving mail
       *[outgoing] sending mail
    }
    .detail = { $reason ->
        [nothing-found] No server for { $what } was found for “{ $domain }”.
        [submit-rejected] The outgoing server accepted the login but refused mail from this address. Some providers block sending from other networks or from abroad, and let you lift it for a while on their member pages.
        [login-failed] The servers answered, but the login was refused, so the check of { $what } could not finish. The server names, ports and encryption were confirmed.
        [only-port25] Only port 25 answered. Port 25 is blocked on most networks and is not meant for sending from a mail app.
       *[other] None of the settings we tried works for { $what }.
    }{ $tried_count ->
        [0] { "" }
       *[other] { " " }What we tried: { $tried }.
    } See the other findings listed here for the cause.
# Between two probes in the list of what was tried.
finding-tried-separator = { "; " }
finding-act-other-findings-first = First follow the steps of the other findings listed here, from the top.
finding-act-check-server-name = Check the { $direction ->
        [incoming] incoming
       *[outgoing] outgoing
    } server name on { $provider }'s website or in your papers.
