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

## Problems with what was typed (text::input_problem). $part is "local" (before the @) or
## "domain" (after it).

input-address-empty = メールアドレスが入力されていません。メールアドレスを入力してください。
input-missing-at = メールアドレスに「@」（アットマーク）がありません。「taro@example.jp」のように、@の前と後ろを含めて全部を入力してください。
input-multiple-at = メールアドレスに「@」が{ $count }個あります。@は1つだけです。入力し直してください。
input-space-inside = メールアドレスの{ $position }文字目に空白（スペース）が入っています。メールアドレスに空白は入りません。空白を消してください。
input-empty-local = 「@」の前に何も入っていません。@の前の部分（taro@example.jp なら「taro」）も入力してください。
input-empty-domain = 「@」の後ろに何も入っていません。@の後ろの部分（taro@example.jp なら「example.jp」）も入力してください。
# $char_name: the character, named (char-*); $typo: "yes" when "," or "、" after the @ may be a mistyped dot.
input-invalid-char = メールアドレスの{ $position }文字目の{ $char_name }は、メールアドレスには使えない文字です。{ $typo ->
        [yes] 「.」（ドット）の打ち間違いではありませんか。
       *[no] {""}
    }{ $part ->
        [local] @より前に使えるのは、半角の英字・数字と「.」「-」「_」「+」などの記号です。
       *[domain] @より後ろに使えるのは、英字・数字・「-」（ハイフン）・「.」（ドット）だけです。
    }
input-consecutive-dots = { $part ->
        [local] @より前に「.」（ドット）が2つ続いているところがあります。入力し直してください。
       *[domain] @より後ろに「.」（ドット）が2つ続いているところがあります。1つにしてください。
    }
input-leading-dot = { $part ->
        [local] メールアドレスが「.」（ドット）で始まっています。最初の「.」が正しいか確かめてください。
       *[domain] @のすぐ後ろに「.」（ドット）があります。@の後ろは「example.jp」のように英字で始まります。
    }
input-trailing-dot = { $part ->
        [local] @のすぐ前が「.」（ドット）になっています。入力し直してください。
       *[domain] メールアドレスが「.」（ドット）で終わっています。最後の「.」を消してください。
    }
input-domain-no-dot = @より後ろに「.」（ドット）がありません。「example.jp」のように、@の後ろを最後まで入力してください。
input-domain-literal = @の後ろが「[」で始まっています。この形式には対応していません。プロバイダーのドメイン名（例: example.jp）を入力してください。
# $label: the too long part, at most 40 characters.
input-domain-label-too-long = @より後ろの「{ $label }」の部分が長すぎます（区切りごとに63文字までです）。入力し直してください。
input-domain-label-hyphen = @より後ろの「{ $label }」が「-」（ハイフン）で始まるか、終わっています。入力し直してください。
input-domain-numeric = @の後ろが数字だけでできています。プロバイダーのドメイン名（例: example.jp）を入力してください。
input-idn-invalid = @の後ろの「{ $domain }」を、インターネットで使える形に変換できませんでした。打ち間違いがないか確かめてください。
input-address-too-long = メールアドレスが長すぎます（{ $len }文字）。メールアドレスは254文字までです。入力し直してください。
input-local-too-long = @より前が長すぎます（{ $len }文字）。@より前は64文字までです。入力し直してください。
input-username-empty = ユーザー名が空です。ユーザー名を入力するか、指定せずにもう一度お試しください。
input-username-control-char = ユーザー名に{ $char_name }が含まれています。これはメールサーバーへの別の命令として読まれてしまうため、使えません。入力し直してください。
input-password-empty = パスワードが入力されていません。メールのパスワードを入力してください。
input-password-control-char = パスワードに{ $char_name }が含まれています。これはメールサーバーへの別の命令として読まれてしまうため、このままでは使えません。パスワードだけを入力し直してください。

## Notes on what was typed (text::input_note); each says what will be used.

input-note-fullwidth = 全角の文字を半角に直しました。「{ $result }」として調べます。
input-note-whitespace-trimmed = 前後の空白を取り除きました。「{ $result }」として調べます。
# $leading, $trailing: how many blanks the password starts and ends with (never the password).
input-note-password-whitespace = パスワードの{ $leading ->
        [0] 最後に空白が{ $trailing }文字
       *[other] { $trailing ->
            [0] 最初に空白が{ $leading }文字
           *[other] 最初に空白が{ $leading }文字、最後に{ $trailing }文字
        }
    }あります。コピーして貼り付けたときに、よく入ってしまうものです。パスワードは入力されたとおりに使います。ログインできないときは、空白を消してもう一度お試しください。
input-note-idn-converted = 日本語などを含むドメイン「{ $unicode }」を、メールソフトが使う形「{ $ascii }」に変換しました（同じ宛先です）。
# $count: characters other than ASCII; $fullwidth: how many of them are full-width forms.
input-note-password-non-ascii = { $fullwidth ->
        [0] パスワードに英数字と記号以外の文字が{ $count }文字あります。多くのメールサーバーでは使えない文字です。入力のしかたを確かめてください。パスワードは入力されたとおりに使います。
       *[other] パスワードに全角の文字が{ $fullwidth }文字あります。メールのパスワードは、ふつう半角の英数字と記号だけです。日本語入力がオンのまま入力していないか確かめてください。パスワードは入力されたとおりに使います。
    }
input-note-domain-lowercased = @より後ろの大文字を小文字に直しました（意味は変わりません）。「{ $result }」として調べます。
