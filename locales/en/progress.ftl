## English — progress.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


# Progress lines on stderr (text::progress_line). $count: how many candidates are planned.
progress-planned = { $count } candidate settings…
# $name: the candidate ("IMAP imap.example.jp:993 SSL/TLS"); $what: its outcome or failure.
progress-probe-finished = = [{ $name }] { $what } ({ $ms } ms)
progress-finished = Done ({ $ms } ms)
