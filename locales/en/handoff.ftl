## English — handoff.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).



## The page the phone sees (src/handoff/page.rs).

handoff-page-title = Mail settings — Tsunagu
# The link to the page in the other language, named in that language.
handoff-page-other-language = 日本語
# $situation: what the person came for (new-device, cant-receive…).
handoff-page-heading = { $situation ->
        [new-device] Set up mail on your phone
       *[other] Fix the mail settings on your phone
    }
handoff-page-situation-label = Situation
handoff-page-verified = These settings were checked against the real servers from the computer.
handoff-page-apps-label = Your mail app
# $app: the app's name as the guide writes it.
handoff-page-guide-heading = What to enter in { $app }
handoff-page-no-password = This page holds no password: type it yourself on the phone when asked.
# $minutes: the whole minutes left, rounded up.
handoff-page-expires = This page stops working in about { $minutes } min (it can also be stopped on the computer).
# The copy button beside a value: its label, what it says after copying or when copying
# failed, and what a screen reader says ($field: the field's label).
handoff-copy = Copy
    .done = Copied
    .failed = Select it
    .aria-label = Copy { $field }
# The card that offers the profile on iPhone; .failed-title when no profile could be made.
handoff-profile-card =
    .title = Easiest: set it up with a profile
    .failed-title = Setting up with a profile
    .button = Download the profile
    .step-download = Tap the button, then "Allow" to download the profile.
    .step-install = Open Settings, tap "Profile Downloaded" near the top, then "Install". Type your mail password when asked.
    .by-hand = To enter it by hand instead, type the values below in order.


## Why a hand-off could not start (src/handoff/mod.rs). $address: an IP address; $error: the
## operating system's own words.

handoff-error-not-lan = { $address } is not a local network (LAN) address, so it is not used.
handoff-error-no-lan-address = This computer does not seem to be on a Wi-Fi or wired home network, so the phone cannot reach it. Use the profile file or the printable page instead.
handoff-error-lifetime = The hand-off time must be between 1 second and 60 minutes.
handoff-error-random = No random token could be made ({ $error }).
handoff-error-bind = Could not listen on { $address } ({ $error }).
handoff-error-local-address = The listening address is unknown ({ $error }).


## The Apple configuration profile (src/export/mobileconfig.rs).

profile-error-auth = This authentication method cannot be set by an Apple profile; follow the written guide instead.
# $host, $port: the server that offers no encryption.
profile-error-plain = { $host } (port { $port }) offers no encryption and the password could be read, so no profile is made.
# $server: which server is not known (incoming, outgoing).
profile-error-missing = The { $server ->
        [incoming] incoming
       *[outgoing] outgoing
    }{" "}server is not known, so no profile can be made.
# What the device shows before installing. $verified: "yes" when the values passed a live
# check (otherwise the text says they did not); the servers by host name and port.
profile-consent = This profile adds the mail account { $address } to Mail on this device (incoming { $incoming_host } port { $incoming_port }, outgoing { $outgoing_host } port { $outgoing_port }).{ $verified ->
        [yes] {""}
       *[no] {" "}These settings were made from values not yet checked against the real server: after installing, make sure mail can be sent and received.
    }{" "}It contains no password: enter your mail password when asked during installation. You can remove the profile in Settings at any time. Made by Tsunagu.
# The names the device lists the profile and the account under (the Japanese ones are used;
# the description is the Japanese and the English one joined with " / ").
profile-display-name = Mail settings: { $address }
profile-mail-display-name = Mail: { $address }
profile-description = Mail settings for { $address }
