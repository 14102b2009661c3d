## 日本語 — progress.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


# Progress lines on stderr (text::progress_line). $count: how many candidates are planned.
progress-planned = 設定の候補が{ $count }件あります…
# $name: the candidate ("IMAP imap.example.jp:993 SSL/TLS"); $what: its outcome or failure.
progress-probe-finished = = [{ $name }] { $what }（{ $ms } ms）
progress-finished = 調べ終わりました（{ $ms } ms）
