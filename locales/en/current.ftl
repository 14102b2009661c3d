## English — current.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## The list of `tsunagu current` (current::scan_text). The code adds the line ends.
current-none-found = No settings of a supported mail app were found on this computer (Thunderbird and classic Outlook are supported).
current-read-from = Read from
current-incoming = Incoming
current-leave-on-server = Leave on server
current-delete-after-days = Delete after days
current-outgoing = Outgoing

## What could not be read (ReadProblem::message, in --json and after "!"). The code asks for
## these in English, for support staff (mod.rs, thunderbird.rs, prefs.rs); the Japanese is for
## the day they are shown in Japanese. $why: the system's own reason; $path: a file.
current-cannot-open = cannot open: { $why }
current-cannot-read = cannot read: { $why }
current-too-large = the file is larger than { $mib } MiB: not a preferences file Tsunagu can read
current-not-ini = { $path }: not a readable INI file: { $why }
current-not-prefs = not a Thunderbird preferences file ({ $why })
# prefs.js syntax errors (prefs.rs); $message is one of the current-prefs-… below.
current-prefs-position = line { $line }, column { $column }: { $message }
current-prefs-not-utf8 = the file is not UTF-8 text
current-prefs-comment-open = a /* comment is never closed
current-prefs-expected-function = expected user_pref(, pref( or sticky_pref(
current-prefs-expected-open-paren = expected ( after the function name
current-prefs-expected-name = expected the preference name in quotes
current-prefs-expected-comma = expected a comma after the preference name
current-prefs-expected-sticky = expected sticky or locked
current-prefs-expected-close-paren = expected ) after the value
current-prefs-expected-semicolon = expected ; at the end of the statement
current-prefs-expected-value = expected a string, a number, true or false
current-prefs-number-too-large = the number is too large
current-prefs-expected-digits = expected digits
current-prefs-string-open = a string is never closed
current-prefs-escape-cut = a string ends in the middle of an escape
current-prefs-nul = \x00 is not allowed in a string
current-prefs-lone-surrogate = a lone surrogate in a \u escape
current-prefs-invalid-u = an invalid \u escape
current-prefs-backslash-at-line-end = a backslash at the end of a line
current-prefs-unknown-escape = an unknown escape after a backslash
# $count: 2 or 4.
current-prefs-hex-digits = expected { $count } hex digits in an escape
