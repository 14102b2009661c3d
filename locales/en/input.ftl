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

## Problems with what was typed (text::input_problem). $part is "local" (before the @) or
## "domain" (after it).

input-address-empty = No e-mail address was entered. Please type your e-mail address.
input-missing-at = The e-mail address has no “@”. Please type the whole address, for example taro@example.jp.
input-multiple-at = The address contains { $count } “@” signs, but an address has exactly one. Please type it again.
input-space-inside = There is a space at character { $position } of the address. E-mail addresses contain no spaces; please remove it.
input-empty-local = Nothing comes before the “@”. Please type the part before it too (“taro” in taro@example.jp).
input-empty-domain = Nothing comes after the “@”. Please type the part after it too (“example.jp” in taro@example.jp).
# $char_name: the character, named (char-*); $typo: "yes" when "," or "、" after the @ may be a mistyped dot.
input-invalid-char = Character { $position } of the address, { $char_name }, cannot be used in an e-mail address.{ $typo ->
        [yes] {" "}Did you mean “.” (dot)?
       *[no] {""}
    } { $part ->
        [local] Before the @, only half-width letters, digits and signs such as . - _ + can be used.
       *[domain] After the @, only letters, digits, “-” (hyphen) and “.” (dot) can be used.
    }
input-consecutive-dots = { $part ->
        [local] Before the @, two dots follow each other. Please check the address.
       *[domain] After the @, two dots follow each other. Please leave only one.
    }
input-leading-dot = { $part ->
        [local] The address starts with a dot. Please check the first character.
       *[domain] A dot follows the @ directly. The part after the @ starts with a letter, as in example.jp.
    }
input-trailing-dot = { $part ->
        [local] A dot comes just before the @. Please check the address.
       *[domain] The address ends with a dot. Please remove the last dot.
    }
input-domain-no-dot = There is no dot after the @. Please type the whole part after the @, for example example.jp.
input-domain-literal = The part after the @ starts with “[”. This form is not supported; please type your provider's domain name (e.g. example.jp).
# $label: the too long part, at most 40 characters.
input-domain-label-too-long = The part “{ $label }” after the @ is too long (at most 63 characters between dots). Please check it.
input-domain-label-hyphen = The part “{ $label }” after the @ starts or ends with a hyphen. Please check it.
input-domain-numeric = The part after the @ is only numbers. Please type your provider's domain name (e.g. example.jp).
input-idn-invalid = “{ $domain }” after the @ could not be converted to the form the Internet uses. Please check it for typing mistakes.
input-address-too-long = The address is too long ({ $len } characters); an address has at most 254. Please check it.
input-local-too-long = The part before the @ is too long ({ $len } characters; at most 64). Please check it.
input-username-empty = The username is empty. Please type it, or leave the option out.
input-username-control-char = The username contains { $char_name }. A server would read the rest as a separate command, so it cannot be used. Please type it again.
input-password-empty = No password was entered. Please type your mail password.
input-password-control-char = The password contains { $char_name }. A server would read the rest as a separate command, so it cannot be used. Please type only the password again.

## Notes on what was typed (text::input_note); each says what will be used.

input-note-fullwidth = Full-width characters were changed to normal ones. Checking “{ $result }”.
input-note-whitespace-trimmed = Spaces around the address were removed. Checking “{ $result }”.
# $leading, $trailing: how many blanks the password starts and ends with (never the password).
input-note-password-whitespace = The password { $leading ->
        [0] ends with { $trailing } space(s)
       *[other] { $trailing ->
            [0] starts with { $leading } space(s)
           *[other] starts with { $leading } and ends with { $trailing } space(s)
        }
    }. This often happens when a password is copied and pasted. It is used exactly as typed; if the login fails, try again without the spaces.
input-note-idn-converted = The domain “{ $unicode }” was converted to the form mail programs use, “{ $ascii }” (the same destination).
# $count: characters other than ASCII; $fullwidth: how many of them are full-width forms.
input-note-password-non-ascii = { $fullwidth ->
        [0] The password contains { $count } character(s) other than letters, digits and symbols, which many mail servers do not accept. Check how it was typed. It is used exactly as typed.
       *[other] The password contains { $fullwidth } full-width character(s). Mail passwords are normally plain letters, digits and symbols: check that Japanese input was switched off while typing. It is used exactly as typed.
    }
input-note-domain-lowercased = Capital letters after the @ were made lower-case (this changes nothing). Checking “{ $result }”.
