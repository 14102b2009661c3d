## 日本語 — input.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).

char-space = 空白（スペース）
char-tab = タブ
char-cr = 改行（CR）
char-lf = 改行（LF）
char-nul = NUL文字
char-comma = 「,」（カンマ）
char-semicolon = 「;」（セミコロン）
char-colon = 「:」（コロン）
char-ideographic-comma = 「、」（読点）
char-quotation-mark = 「"」（引用符）
char-underscore = 「_」（アンダーバー）
# $code: the character's code point, such as U+200B.
char-invisible = 目に見えない文字（{ $code }）
char-quoted = 「{ $char }」
