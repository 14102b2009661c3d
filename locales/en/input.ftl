## English — input.
## One message per id; the code asks by id (src/catalogue.rs, ui/src/catalogue.ts). Keep the
## ids, attributes and variables the same in both languages (tests/catalogue.rs checks it).

char-space = a space
char-tab = a tab
char-cr = a line break (CR)
char-lf = a line break (LF)
char-nul = a NUL character
char-comma = “,” (comma)
char-semicolon = “;” (semicolon)
char-colon = “:” (colon)
char-ideographic-comma = “、” (Japanese comma)
char-quotation-mark = “"” (quotation mark)
char-underscore = “_” (underscore)
# $code: the character's code point, such as U+200B.
char-invisible = an invisible character ({ $code })
char-quoted = “{ $char }”
