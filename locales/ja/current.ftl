## 日本語 — current.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).


## The list of `tsunagu current` (current::scan_text). The code adds the line ends.
current-none-found = このコンピューターでは、読み取れるメールアプリの設定が見つかりませんでした（Thunderbird と従来の Outlook に対応しています）。
current-read-from = 読み取った場所
current-incoming = 受信
current-leave-on-server = サーバーにコピーを残す
current-delete-after-days = 削除までの日数
current-outgoing = 送信

## What could not be read (ReadProblem::message, in --json and after "!"). The code asks for
## these in English, for support staff (mod.rs, thunderbird.rs, prefs.rs); the Japanese is for
## the day they are shown in Japanese. $why: the system's own reason; $path: a file.
current-cannot-open = 開けません: { $why }
current-cannot-read = 読み取れません: { $why }
current-too-large = ファイルが { $mib } MiB より大きく、Tsunagu が読める設定ファイルではありません
current-not-ini = { $path }: 読み取れる INI ファイルではありません: { $why }
current-not-prefs = Thunderbird の設定ファイルではありません（{ $why }）
# prefs.js syntax errors (prefs.rs); $message is one of the current-prefs-… below.
current-prefs-position = { $line }行目、{ $column }文字目: { $message }
current-prefs-not-utf8 = ファイルが UTF-8 のテキストではありません
current-prefs-comment-open = /* のコメントが閉じられていません
current-prefs-expected-function = user_pref(、pref( または sticky_pref( が必要です
current-prefs-expected-open-paren = 関数名のあとに ( が必要です
current-prefs-expected-name = 引用符で囲んだ設定名が必要です
current-prefs-expected-comma = 設定名のあとにコンマが必要です
current-prefs-expected-sticky = sticky か locked が必要です
current-prefs-expected-close-paren = 値のあとに ) が必要です
current-prefs-expected-semicolon = 文の終わりに ; が必要です
current-prefs-expected-value = 文字列、数値、true か false が必要です
current-prefs-number-too-large = 数値が大きすぎます
current-prefs-expected-digits = 数字が必要です
current-prefs-string-open = 文字列が閉じられていません
current-prefs-escape-cut = 文字列がエスケープの途中で終わっています
current-prefs-nul = 文字列に \x00 は使えません
current-prefs-lone-surrogate = \u エスケープに対になっていないサロゲートがあります
current-prefs-invalid-u = \u エスケープが正しくありません
current-prefs-backslash-at-line-end = 行の終わりにバックスラッシュがあります
current-prefs-unknown-escape = バックスラッシュのあとに知らないエスケープがあります
# $count: 2 or 4.
current-prefs-hex-digits = エスケープには16進数の数字が { $count }桁必要です
