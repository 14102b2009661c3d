//! All human text (ja/en), looked up from ids in one place. Owner: findings work.
//!
//! Japanese is written for an older person who is not at ease with computers: polite,
//! plain words, one idea per sentence, technical words explained the first time they appear.
//! English follows the same content.

use crate::input::{InputProblem, NoteFacts, Part};
use crate::model::Lang;

/// Picks the text for the language.
fn t(lang: Lang, ja: impl Into<String>, en: impl Into<String>) -> String {
    match lang {
        Lang::Ja => ja.into(),
        Lang::En => en.into(),
    }
}

// ───────────────────────────── input ─────────────────────────────

/// A character named so that a person can find it: visible ones in quotes (with a word for
/// the easily confused ones), invisible ones by what they are and their code.
pub fn char_name(c: char, lang: Lang) -> String {
    let code = format!("U+{:04X}", c as u32);
    match c {
        ' ' => t(lang, "空白(スペース)", "a space"),
        '\t' => t(lang, "タブ", "a tab"),
        '\r' => t(lang, "改行(CR)", "a line break (CR)"),
        '\n' => t(lang, "改行(LF)", "a line break (LF)"),
        '\0' => t(lang, "NUL文字", "a NUL character"),
        ',' => t(lang, "「,」(カンマ)", "“,” (comma)"),
        ';' => t(lang, "「;」(セミコロン)", "“;” (semicolon)"),
        ':' => t(lang, "「:」(コロン)", "“:” (colon)"),
        '、' => t(lang, "「、」(読点)", "“、” (Japanese comma)"),
        '"' => t(lang, "「\"」(引用符)", "“\"” (quotation mark)"),
        '_' => t(lang, "「_」(アンダーバー)", "“_” (underscore)"),
        c if c.is_control() || c.is_whitespace() || is_invisible(c) => t(
            lang,
            format!("目に見えない文字({code})"),
            format!("an invisible character ({code})"),
        ),
        c => t(lang, format!("「{c}」"), format!("“{c}”")),
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}')
}

/// The message for an input problem.
pub fn input_problem(p: &InputProblem, lang: Lang) -> String {
    use InputProblem as P;
    match p {
        P::AddressEmpty => t(
            lang,
            "メールアドレスが入力されていません。メールアドレスを入力してください。",
            "No e-mail address was entered. Please type your e-mail address.",
        ),
        P::MissingAt => t(
            lang,
            "メールアドレスに「@」(アットマーク)がありません。「taro@example.jp」のように、@の前と後ろを含めて全部を入力してください。",
            "The e-mail address has no “@”. Please type the whole address, for example taro@example.jp.",
        ),
        P::MultipleAt { count } => t(
            lang,
            format!("メールアドレスに「@」が{count}個あります。@は1つだけです。入力し直してください。"),
            format!("The address contains {count} “@” signs, but an address has exactly one. Please type it again."),
        ),
        P::SpaceInside { position } => t(
            lang,
            format!("メールアドレスの{position}文字目に空白(スペース)が入っています。メールアドレスに空白は入りません。空白を消してください。"),
            format!("There is a space at character {position} of the address. E-mail addresses contain no spaces; please remove it."),
        ),
        P::EmptyLocal => t(
            lang,
            "「@」の前に何も入っていません。@の前の部分(taro@example.jp なら「taro」)も入力してください。",
            "Nothing comes before the “@”. Please type the part before it too (“taro” in taro@example.jp).",
        ),
        P::EmptyDomain => t(
            lang,
            "「@」の後ろに何も入っていません。@の後ろの部分(taro@example.jp なら「example.jp」)も入力してください。",
            "Nothing comes after the “@”. Please type the part after it too (“example.jp” in taro@example.jp).",
        ),
        P::InvalidChar { ch, position, part } => {
            let name_ja = char_name(*ch, Lang::Ja);
            let name_en = char_name(*ch, Lang::En);
            let hint_ja = match part {
                Part::Local => "@より前に使えるのは、半角の英字・数字と「.」「-」「_」「+」などの記号です。",
                Part::Domain => "@より後ろに使えるのは、英字・数字・「-」(ハイフン)・「.」(ドット)だけです。",
            };
            let hint_en = match part {
                Part::Local => "Before the @, only half-width letters, digits and signs such as . - _ + can be used.",
                Part::Domain => "After the @, only letters, digits, “-” (hyphen) and “.” (dot) can be used.",
            };
            let typo_ja = if matches!(ch, ',' | '、') && *part == Part::Domain {
                "「.」(ドット)の打ち間違いではありませんか。"
            } else {
                ""
            };
            let typo_en = if matches!(ch, ',' | '、') && *part == Part::Domain {
                " Did you mean “.” (dot)?"
            } else {
                ""
            };
            t(
                lang,
                format!("メールアドレスの{position}文字目の{name_ja}は、メールアドレスには使えない文字です。{typo_ja}{hint_ja}"),
                format!("Character {position} of the address, {name_en}, cannot be used in an e-mail address.{typo_en} {hint_en}"),
            )
        }
        P::ConsecutiveDots { part } => match part {
            Part::Domain => t(
                lang,
                "@より後ろに「.」(ドット)が2つ続いているところがあります。1つにしてください。",
                "After the @, two dots follow each other. Please leave only one.",
            ),
            Part::Local => t(
                lang,
                "@より前に「.」(ドット)が2つ続いているところがあります。入力し直してください。",
                "Before the @, two dots follow each other. Please check the address.",
            ),
        },
        P::LeadingDot { part } => match part {
            Part::Local => t(
                lang,
                "メールアドレスが「.」(ドット)で始まっています。最初の「.」が正しいか確かめてください。",
                "The address starts with a dot. Please check the first character.",
            ),
            Part::Domain => t(
                lang,
                "@のすぐ後ろに「.」(ドット)があります。@の後ろは「example.jp」のように英字で始まります。",
                "A dot follows the @ directly. The part after the @ starts with a letter, as in example.jp.",
            ),
        },
        P::TrailingDot { part } => match part {
            Part::Domain => t(
                lang,
                "メールアドレスが「.」(ドット)で終わっています。最後の「.」を消してください。",
                "The address ends with a dot. Please remove the last dot.",
            ),
            Part::Local => t(
                lang,
                "@のすぐ前が「.」(ドット)になっています。入力し直してください。",
                "A dot comes just before the @. Please check the address.",
            ),
        },
        P::DomainNoDot => t(
            lang,
            "@より後ろに「.」(ドット)がありません。「example.jp」のように、@の後ろを最後まで入力してください。",
            "There is no dot after the @. Please type the whole part after the @, for example example.jp.",
        ),
        P::DomainLiteral => t(
            lang,
            "@の後ろが「[」で始まっています。この形式には対応していません。プロバイダーのドメイン名(例: example.jp)を入力してください。",
            "The part after the @ starts with “[”. This form is not supported; please type your provider's domain name (e.g. example.jp).",
        ),
        P::DomainLabelTooLong { label } => t(
            lang,
            format!("@より後ろの「{label}」の部分が長すぎます(区切りごとに63文字までです)。入力し直してください。"),
            format!("The part “{label}” after the @ is too long (at most 63 characters between dots). Please check it."),
        ),
        P::DomainLabelHyphen { label } => t(
            lang,
            format!("@より後ろの「{label}」が「-」(ハイフン)で始まるか、終わっています。入力し直してください。"),
            format!("The part “{label}” after the @ starts or ends with a hyphen. Please check it."),
        ),
        P::DomainNumeric => t(
            lang,
            "@の後ろが数字だけでできています。プロバイダーのドメイン名(例: example.jp)を入力してください。",
            "The part after the @ is only numbers. Please type your provider's domain name (e.g. example.jp).",
        ),
        P::IdnInvalid { domain } => t(
            lang,
            format!("@の後ろの「{domain}」を、インターネットで使える形に変換できませんでした。打ち間違いがないか確かめてください。"),
            format!("“{domain}” after the @ could not be converted to the form the Internet uses. Please check it for typing mistakes."),
        ),
        P::AddressTooLong { len } => t(
            lang,
            format!("メールアドレスが長すぎます({len}文字)。メールアドレスは254文字までです。入力し直してください。"),
            format!("The address is too long ({len} characters); an address has at most 254. Please check it."),
        ),
        P::LocalTooLong { len } => t(
            lang,
            format!("@より前が長すぎます({len}文字)。@より前は64文字までです。入力し直してください。"),
            format!("The part before the @ is too long ({len} characters; at most 64). Please check it."),
        ),
        P::UsernameEmpty => t(
            lang,
            "ユーザー名が空です。ユーザー名を入力するか、指定せずにもう一度お試しください。",
            "The username is empty. Please type it, or leave the option out.",
        ),
        P::UsernameControlChar { ch } => t(
            lang,
            format!("ユーザー名に{}が含まれています。これはメールサーバーへの別の命令として読まれてしまうため、使えません。入力し直してください。", char_name(*ch, Lang::Ja)),
            format!("The username contains {}. A server would read the rest as a separate command, so it cannot be used. Please type it again.", char_name(*ch, Lang::En)),
        ),
        P::PasswordEmpty => t(
            lang,
            "パスワードが入力されていません。メールのパスワードを入力してください。",
            "No password was entered. Please type your mail password.",
        ),
        P::PasswordControlChar { ch } => t(
            lang,
            format!("パスワードに{}が含まれています。これはメールサーバーへの別の命令として読まれてしまうため、このままでは使えません。パスワードだけを入力し直してください。", char_name(*ch, Lang::Ja)),
            format!("The password contains {}. A server would read the rest as a separate command, so it cannot be used. Please type only the password again.", char_name(*ch, Lang::En)),
        ),
    }
}

/// The message of an input note; it always shows what we will use.
pub fn input_note(f: &NoteFacts, lang: Lang) -> String {
    match f {
        NoteFacts::Fullwidth { result } => t(
            lang,
            format!("全角の文字を半角に直しました。「{result}」として調べます。"),
            format!("Full-width characters were changed to normal ones. Checking “{result}”."),
        ),
        NoteFacts::WhitespaceTrimmed { result } => t(
            lang,
            format!("前後の空白を取り除きました。「{result}」として調べます。"),
            format!("Spaces around the address were removed. Checking “{result}”."),
        ),
        NoteFacts::PasswordWhitespace { leading, trailing } => {
            let where_ja = match (leading, trailing) {
                (0, n) => format!("最後に空白が{n}文字"),
                (n, 0) => format!("最初に空白が{n}文字"),
                (a, b) => format!("最初に空白が{a}文字、最後に{b}文字"),
            };
            let where_en = match (leading, trailing) {
                (0, n) => format!("ends with {n} space(s)"),
                (n, 0) => format!("starts with {n} space(s)"),
                (a, b) => format!("starts with {a} and ends with {b} space(s)"),
            };
            t(
                lang,
                format!("パスワードの{where_ja}あります。コピーして貼り付けたときに、よく入ってしまうものです。パスワードは入力されたとおりに使います。ログインできないときは、空白を消してもう一度お試しください。"),
                format!("The password {where_en}. This often happens when a password is copied and pasted. It is used exactly as typed; if the login fails, try again without the spaces."),
            )
        }
        NoteFacts::IdnConverted { unicode, ascii } => t(
            lang,
            format!("日本語などを含むドメイン「{unicode}」を、メールソフトが使う形「{ascii}」に変換しました(同じ宛先です)。"),
            format!("The domain “{unicode}” was converted to the form mail programs use, “{ascii}” (the same destination)."),
        ),
        NoteFacts::DomainLowercased { result } => t(
            lang,
            format!("@より後ろの大文字を小文字に直しました(意味は変わりません)。「{result}」として調べます。"),
            format!("Capital letters after the @ were made lower-case (this changes nothing). Checking “{result}”."),
        ),
    }
}
