//! Normalising and validating what the person typed. Owner: findings/input work.
//!
//! Every change we make to the address is reported as an [`InputNote`] that shows the result,
//! so nobody is surprised that "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ" became "taro@example.jp".
//! Every refusal names the problem (and, for a bad character, the character and where it is).
//! The texts themselves live in `text.rs`; this module only decides.

pub use crate::model::{Account, InputProblem, NoteFacts, Part};
use crate::model::{InputNote, Lang};
use crate::secret::Password;
use crate::text;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Stable id, e.g. "address_missing_at", "password_control_char".
    pub id: &'static str,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for InputError {}

impl InputProblem {
    pub fn to_error(&self, lang: Lang) -> InputError {
        InputError {
            id: self.id(),
            message: text::input_problem(self, lang),
        }
    }
}

impl NoteFacts {
    pub fn to_note(&self, lang: Lang) -> InputNote {
        InputNote {
            id: self.id(),
            message: text::input_note(self, lang),
            facts: Some(self.clone()),
        }
    }
}

/// RFC 5321 §4.5.3.1: 64 octets before the @, 254 for a usable address (the 256-octet path
/// minus the angle brackets).
const MAX_LOCAL: usize = 64;
const MAX_ADDRESS: usize = 254;
const MAX_LABEL: usize = 63;

/// Blank or invisible characters that a copy-and-paste leaves around an address.
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// RFC 5322 atext (dot-atom without the dots).
fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c)
}

/// 1-based character position of byte offset `byte` in `s`.
fn char_pos(s: &str, byte: usize) -> usize {
    s[..byte].chars().count() + 1
}

pub fn normalize_address(raw: &str, lang: Lang) -> Result<(Account, Vec<InputNote>), InputError> {
    normalize_address_facts(raw)
        .map(|(account, facts)| (account, facts.iter().map(|f| f.to_note(lang)).collect()))
        .map_err(|p| p.to_error(lang))
}

/// The language-free core of [`normalize_address`].
pub fn normalize_address_facts(raw: &str) -> Result<(Account, Vec<NoteFacts>), InputProblem> {
    let mut facts = Vec::new();
    let s = cleaned(raw, &mut facts)?;
    let (local, domain_in) = split_at_sign(&s)?;
    let domain_offset = local.len() + 1;
    check_local(&s, local)?;
    check_domain_as_typed(&s, domain_in, domain_offset)?;
    let domain = ascii_domain(local, domain_in, &mut facts)?;
    check_domain(&s, &domain, domain_offset)?;
    let address = format!("{local}@{domain}");
    if address.len() > MAX_ADDRESS {
        return Err(InputProblem::AddressTooLong { len: address.len() });
    }
    let domain_unicode = {
        let (u, r) = idna::domain_to_unicode(&domain);
        if r.is_ok() {
            u
        } else {
            domain.clone()
        }
    };
    Ok((
        Account {
            address,
            local_part: local.to_string(),
            domain,
            domain_unicode,
        },
        facts,
    ))
}

/// Steps 1 and 2: the address without the blanks around it, full-width forms made ASCII; a
/// note for each change.
fn cleaned(raw: &str, facts: &mut Vec<NoteFacts>) -> Result<String, InputProblem> {
    // 1. Blanks around the address (ASCII, ideographic space, zero-width space, BOM…).
    let trimmed = raw.trim_matches(is_blank);
    // 2. Full-width forms → ASCII (NFKC), and the Japanese full stop 。 (｡ becomes 。 under
    //    NFKC) typed by an IME in place of a dot.
    let nfkc: String = trimmed
        .nfkc()
        .map(|c| if c == '\u{3002}' { '.' } else { c })
        .collect();
    // NFKC can reveal blanks at the ends (e.g. a full-width space glued to a full-width letter
    // is already trimmed above; this is for compatibility spaces that are not `is_whitespace`).
    let s = nfkc.trim_matches(is_blank).to_string();
    if s.is_empty() {
        return Err(InputProblem::AddressEmpty);
    }
    if trimmed.len() != raw.len() {
        facts.push(NoteFacts::WhitespaceTrimmed { result: s.clone() });
    }
    if s != trimmed {
        facts.push(NoteFacts::Fullwidth { result: s.clone() });
    }
    Ok(s)
}

/// Step 3: exactly one @, no space, something on both sides of it: (local part, domain).
fn split_at_sign(s: &str) -> Result<(&str, &str), InputProblem> {
    let at_count = s.matches('@').count();
    if at_count == 0 {
        return Err(InputProblem::MissingAt);
    }
    if at_count > 1 {
        return Err(InputProblem::MultipleAt { count: at_count });
    }
    // Real spaces only; tabs, line breaks and invisible characters are named as such below.
    if let Some((i, _)) = s
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() && !c.is_control())
    {
        return Err(InputProblem::SpaceInside {
            position: char_pos(s, i),
        });
    }
    let (local, domain_in) = s.split_once('@').unwrap_or((s, ""));
    if local.is_empty() {
        return Err(InputProblem::EmptyLocal);
    }
    if domain_in.is_empty() {
        return Err(InputProblem::EmptyDomain);
    }
    Ok((local, domain_in))
}

/// Step 4: the local part.
fn check_local(s: &str, local: &str) -> Result<(), InputProblem> {
    // 4. The local part: ASCII dot-atom characters only. Japanese ISPs do not hand out
    //    internationalised local parts, and a quoted local part is not something a mail app
    //    asks for. Consecutive dots and a dot just before the @ are accepted here on purpose:
    //    old Japanese mobile-carrier addresses (docomo, au) have them and are real; the
    //    server, not we, decides whether it knows them.
    if let Some((i, c)) = local
        .char_indices()
        .find(|&(_, c)| !(is_atext(c) || c == '.'))
    {
        return Err(InputProblem::InvalidChar {
            ch: c,
            position: char_pos(s, i),
            part: Part::Local,
        });
    }
    if local.starts_with('.') {
        return Err(InputProblem::LeadingDot { part: Part::Local });
    }
    if local.len() > MAX_LOCAL {
        return Err(InputProblem::LocalTooLong { len: local.len() });
    }
    Ok(())
}

/// Step 5, the domain as typed: no literal, no ASCII character a domain cannot have, dots in
/// place.
fn check_domain_as_typed(
    s: &str,
    domain_in: &str,
    domain_offset: usize,
) -> Result<(), InputProblem> {
    // 5. The domain.
    if domain_in.starts_with('[') {
        return Err(InputProblem::DomainLiteral);
    }
    if let Some((i, c)) = domain_in
        .char_indices()
        .find(|&(_, c)| c.is_ascii() && !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
    {
        return Err(InputProblem::InvalidChar {
            ch: c,
            position: char_pos(s, domain_offset + i),
            part: Part::Domain,
        });
    }
    check_dots(domain_in)?;
    Ok(())
}

/// The domain in ASCII: lowercased, or converted from an internationalised name; a note for
/// each change.
fn ascii_domain(
    local: &str,
    domain_in: &str,
    facts: &mut Vec<NoteFacts>,
) -> Result<String, InputProblem> {
    let domain = if domain_in.is_ascii() {
        let lower = domain_in.to_ascii_lowercase();
        if lower != domain_in {
            facts.push(NoteFacts::DomainLowercased {
                result: format!("{local}@{lower}"),
            });
        }
        lower
    } else {
        let ascii = idna::domain_to_ascii(domain_in).map_err(|_| InputProblem::IdnInvalid {
            domain: domain_in.to_string(),
        })?;
        facts.push(NoteFacts::IdnConverted {
            unicode: domain_in.to_string(),
            ascii: ascii.clone(),
        });
        ascii
    };
    // IDN conversion can, in theory, leave something our rules do not allow.
    if domain.is_empty() || !domain.is_ascii() {
        return Err(InputProblem::IdnInvalid {
            domain: domain_in.to_string(),
        });
    }
    Ok(domain)
}

/// The ASCII domain: dots, labels and a top-level domain that is not a number.
fn check_domain(s: &str, domain: &str, domain_offset: usize) -> Result<(), InputProblem> {
    check_dots(domain)?;
    if !domain.contains('.') {
        return Err(InputProblem::DomainNoDot);
    }
    for label in domain.split('.') {
        if label.len() > MAX_LABEL {
            return Err(InputProblem::DomainLabelTooLong {
                label: label.to_string(),
            });
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(InputProblem::DomainLabelHyphen {
                label: label.to_string(),
            });
        }
        if let Some(c) = label
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
        {
            // Only reachable through an odd IDN mapping; report it in the converted form.
            return Err(InputProblem::InvalidChar {
                ch: c,
                position: char_pos(s, domain_offset),
                part: Part::Domain,
            });
        }
    }
    if domain
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(InputProblem::DomainNumeric);
    }
    Ok(())
}

fn check_dots(domain: &str) -> Result<(), InputProblem> {
    if domain.starts_with('.') {
        return Err(InputProblem::LeadingDot { part: Part::Domain });
    }
    if domain.ends_with('.') {
        return Err(InputProblem::TrailingDot { part: Part::Domain });
    }
    if domain.contains("..") {
        return Err(InputProblem::ConsecutiveDots { part: Part::Domain });
    }
    Ok(())
}

/// CR, LF and NUL end a protocol line (or a C string) early: the rest would be read by the
/// server as a command of its own.
fn injecting_char(s: &str) -> Option<char> {
    s.chars().find(|c| matches!(c, '\r' | '\n' | '\0'))
}

/// Notes about the password (leading/trailing spaces) or an error for CR/LF/NUL.
/// The password is used exactly as typed: a note only warns.
pub fn check_password(p: &Password, lang: Lang) -> Result<Vec<InputNote>, InputError> {
    check_password_facts(p)
        .map(|f| f.iter().map(|x| x.to_note(lang)).collect())
        .map_err(|e| e.to_error(lang))
}

pub fn check_password_facts(p: &Password) -> Result<Vec<NoteFacts>, InputProblem> {
    let s = p.expose();
    if s.is_empty() {
        return Err(InputProblem::PasswordEmpty);
    }
    if let Some(ch) = injecting_char(s) {
        return Err(InputProblem::PasswordControlChar { ch });
    }
    let leading = s.chars().take_while(|c| is_blank(*c)).count();
    let total = s.chars().count();
    let trailing = if leading == total {
        0
    } else {
        s.chars().rev().take_while(|c| is_blank(*c)).count()
    };
    let mut notes = Vec::new();
    if leading + trailing > 0 {
        notes.push(NoteFacts::PasswordWhitespace { leading, trailing });
    }
    // Blanks are counted above; here only visible characters outside ASCII.
    let count = s.chars().filter(|c| !c.is_ascii() && !is_blank(*c)).count();
    if count > 0 {
        let fullwidth = s
            .chars()
            .filter(|c| ('\u{FF01}'..='\u{FF5E}').contains(c))
            .count();
        notes.push(NoteFacts::PasswordNonAscii { count, fullwidth });
    }
    Ok(notes)
}

/// Rejects CR/LF/NUL in a username given with --username; blanks around it are removed
/// (no mail server has a username that starts or ends with a space).
pub fn check_username(u: &str, lang: Lang) -> Result<String, InputError> {
    check_username_problem(u).map_err(|e| e.to_error(lang))
}

pub fn check_username_problem(u: &str) -> Result<String, InputProblem> {
    if let Some(ch) = injecting_char(u) {
        return Err(InputProblem::UsernameControlChar { ch });
    }
    let t = u.trim_matches(is_blank);
    if t.is_empty() {
        return Err(InputProblem::UsernameEmpty);
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InputNoteId;

    fn ok(raw: &str) -> (Account, Vec<NoteFacts>) {
        normalize_address_facts(raw).unwrap_or_else(|e| panic!("{raw:?} rejected: {e:?}"))
    }
    fn bad(raw: &str) -> InputProblem {
        match normalize_address_facts(raw) {
            Ok(a) => panic!("{raw:?} accepted as {a:?}"),
            Err(e) => e,
        }
    }
    fn ids(f: &[NoteFacts]) -> Vec<InputNoteId> {
        f.iter().map(|x| x.id()).collect()
    }

    #[test]
    fn plain_address_has_no_notes() {
        let (a, f) = ok("taro@example.jp");
        assert_eq!(a.address, "taro@example.jp");
        assert_eq!(a.local_part, "taro");
        assert_eq!(a.domain, "example.jp");
        assert_eq!(a.domain_unicode, "example.jp");
        assert!(f.is_empty());
    }

    #[test]
    fn fullwidth_becomes_ascii_and_the_note_shows_it() {
        let (a, f) = ok("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ");
        assert_eq!(a.address, "taro@example.jp");
        assert_eq!(ids(&f), vec![InputNoteId::FullwidthNormalized]);
        for lang in [Lang::Ja, Lang::En] {
            let (_, notes) = normalize_address("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", lang).unwrap();
            assert!(notes[0].message.contains("taro@example.jp"), "{notes:?}");
        }
    }

    #[test]
    fn ideographic_full_stop_and_space() {
        let (a, f) = ok("\u{3000}taro@example。jp\u{3000}");
        assert_eq!(a.address, "taro@example.jp");
        assert_eq!(
            ids(&f),
            vec![
                InputNoteId::WhitespaceTrimmed,
                InputNoteId::FullwidthNormalized
            ]
        );
        let (a, _) = ok("taro@example｡co｡jp");
        assert_eq!(a.address, "taro@example.co.jp");
    }

    #[test]
    fn trims_ascii_and_invisible_blanks() {
        let (a, f) = ok(" \t\u{FEFF}taro@example.jp\u{200B}\n");
        assert_eq!(a.address, "taro@example.jp");
        assert_eq!(ids(&f), vec![InputNoteId::WhitespaceTrimmed]);
    }

    #[test]
    fn domain_lowercased_local_part_kept() {
        let (a, f) = ok("Taro.Yamada@Example.CO.JP");
        assert_eq!(a.address, "Taro.Yamada@example.co.jp");
        assert_eq!(ids(&f), vec![InputNoteId::DomainLowercased]);
        let n = normalize_address("Taro@Example.JP", Lang::Ja).unwrap().1;
        assert!(n[0].message.contains("Taro@example.jp"));
    }

    #[test]
    fn idn_becomes_punycode() {
        let (a, f) = ok("info@日本語.jp");
        assert_eq!(a.domain, "xn--wgv71a119e.jp");
        assert_eq!(a.address, "info@xn--wgv71a119e.jp");
        assert_eq!(a.domain_unicode, "日本語.jp");
        assert_eq!(ids(&f), vec![InputNoteId::IdnConverted]);
        for lang in [Lang::Ja, Lang::En] {
            let n = normalize_address("info@日本語.jp", lang).unwrap().1;
            assert!(n[0].message.contains("xn--wgv71a119e.jp"));
            assert!(n[0].message.contains("日本語.jp"));
        }
        // Full-width IDN: both notes.
        let (a, f) = ok("ｉｎｆｏ＠日本語．ｊｐ");
        assert_eq!(a.address, "info@xn--wgv71a119e.jp");
        assert_eq!(
            ids(&f),
            vec![InputNoteId::FullwidthNormalized, InputNoteId::IdnConverted]
        );
    }

    #[test]
    fn carrier_style_local_parts_are_accepted() {
        ok("taro..hanako.@docomo.ne.jp");
        ok("a+b_c-d'e@example.jp");
        ok("taro@aa2.so-net.ne.jp");
    }

    #[test]
    fn bad_addresses_name_the_problem() {
        use InputProblem as P;
        let cases: Vec<(&str, P)> = vec![
            ("", P::AddressEmpty),
            ("   \u{3000}", P::AddressEmpty),
            ("taro.example.jp", P::MissingAt),
            ("taro@@example.jp", P::MultipleAt { count: 2 }),
            ("taro@example.jp@example.jp", P::MultipleAt { count: 2 }),
            ("@example.jp", P::EmptyLocal),
            ("taro@", P::EmptyDomain),
            ("taro yamada@example.jp", P::SpaceInside { position: 5 }),
            ("taro@exa mple.jp", P::SpaceInside { position: 9 }),
            ("taro@localhost", P::DomainNoDot),
            (
                "taro@example,jp",
                P::InvalidChar {
                    ch: ',',
                    position: 13,
                    part: Part::Domain,
                },
            ),
            (
                "たろう@example.jp",
                P::InvalidChar {
                    ch: 'た',
                    position: 1,
                    part: Part::Local,
                },
            ),
            (
                "ta(ro@example.jp",
                P::InvalidChar {
                    ch: '(',
                    position: 3,
                    part: Part::Local,
                },
            ),
            (
                "\"taro\"@example.jp",
                P::InvalidChar {
                    ch: '"',
                    position: 1,
                    part: Part::Local,
                },
            ),
            (
                "taro@exam_ple.jp",
                P::InvalidChar {
                    ch: '_',
                    position: 10,
                    part: Part::Domain,
                },
            ),
            (
                "taro@example..jp",
                P::ConsecutiveDots { part: Part::Domain },
            ),
            ("taro@.example.jp", P::LeadingDot { part: Part::Domain }),
            ("taro@example.jp.", P::TrailingDot { part: Part::Domain }),
            (".taro@example.jp", P::LeadingDot { part: Part::Local }),
            ("taro@[192.0.2.1]", P::DomainLiteral),
            ("taro@192.0.2.1", P::DomainNumeric),
            (
                "taro@-example.jp",
                P::DomainLabelHyphen {
                    label: "-example".into(),
                },
            ),
            (
                "taro@example-.jp",
                P::DomainLabelHyphen {
                    label: "example-".into(),
                },
            ),
        ];
        assert!(cases.len() >= 15);
        for (raw, want) in cases {
            assert_eq!(bad(raw), want, "{raw:?}");
            // And the message in each language is non-empty and has no leftovers.
            for lang in [Lang::Ja, Lang::En] {
                let e = normalize_address(raw, lang).unwrap_err();
                assert_eq!(e.id, want.id());
                assert!(!e.message.is_empty() && !e.message.contains('{'), "{e:?}");
            }
        }
    }

    #[test]
    fn invalid_char_message_names_character_and_position() {
        let e = normalize_address("taro@example,jp", Lang::Ja).unwrap_err();
        assert!(e.message.contains("13"), "{}", e.message);
        assert!(e.message.contains(','), "{}", e.message);
        let e = normalize_address("taro@example,jp", Lang::En).unwrap_err();
        assert!(
            e.message.contains("13") && e.message.contains(','),
            "{}",
            e.message
        );
        // An invisible character is named by its code, not printed raw.
        let e = normalize_address("ta\u{200B}ro@example.jp", Lang::En).unwrap_err();
        assert!(e.message.contains("U+200B"), "{}", e.message);
        let e = normalize_address("ta\rro@example.jp", Lang::Ja).unwrap_err();
        assert!(!e.message.contains('\r'));
    }

    #[test]
    fn lengths_follow_rfc5321() {
        let local64 = "a".repeat(64);
        ok(&format!("{local64}@example.jp"));
        assert_eq!(
            bad(&format!("{}@example.jp", "a".repeat(65))),
            InputProblem::LocalTooLong { len: 65 }
        );
        let label = "b".repeat(63);
        // 64 + 1 + 63*3 + 3 dots... build a domain that makes the address 255 octets.
        let domain = format!("{label}.{label}.{label}.{}", "c".repeat(61));
        let addr = format!("{local64}@{domain}");
        assert!(addr.len() > 254, "{}", addr.len());
        assert!(matches!(bad(&addr), InputProblem::AddressTooLong { .. }));
        assert!(matches!(
            bad(&format!("taro@{}.jp", "d".repeat(64))),
            InputProblem::DomainLabelTooLong { .. }
        ));
    }

    #[test]
    fn control_characters_in_address_are_refused() {
        for raw in [
            "taro\r\n@example.jp",
            "ta\0ro@example.jp",
            "taro@exa\rmple.jp",
        ] {
            let e = normalize_address_facts(raw).unwrap_err();
            assert!(
                matches!(
                    e,
                    InputProblem::InvalidChar { .. } | InputProblem::SpaceInside { .. }
                ),
                "{raw:?} {e:?}"
            );
        }
    }

    #[test]
    fn password_whitespace_is_a_note_not_an_error() {
        let f = check_password_facts(&Password::new(" secret ")).unwrap();
        assert_eq!(
            f,
            vec![NoteFacts::PasswordWhitespace {
                leading: 1,
                trailing: 1
            }]
        );
        let f = check_password_facts(&Password::new("secret\u{3000}")).unwrap();
        assert_eq!(
            f,
            vec![NoteFacts::PasswordWhitespace {
                leading: 0,
                trailing: 1
            }]
        );
        assert!(check_password_facts(&Password::new("se cret"))
            .unwrap()
            .is_empty());
        for lang in [Lang::Ja, Lang::En] {
            let n = check_password(&Password::new("  hunter2"), lang).unwrap();
            assert_eq!(n[0].id, InputNoteId::PasswordWhitespace);
            assert!(!n[0].message.contains("hunter2"));
        }
    }

    #[test]
    fn password_cr_lf_nul_and_empty_are_refused() {
        for p in ["abc\r", "abc\nA001 LOGOUT", "a\0b", "\n"] {
            let e = check_password(&Password::new(p), Lang::Ja).unwrap_err();
            assert_eq!(e.id, "password_control_char");
            assert!(!e.message.contains("abc") && !e.message.contains("LOGOUT"));
            let e = check_password(&Password::new(p), Lang::En).unwrap_err();
            assert_eq!(e.id, "password_control_char");
        }
        let e = check_password(&Password::new(""), Lang::En).unwrap_err();
        assert_eq!(e.id, "password_empty");
    }

    #[test]
    fn username_cr_lf_nul_are_refused() {
        for u in ["taro\r\nA1 LOGOUT", "taro\n", "ta\0ro"] {
            let e = check_username(u, Lang::En).unwrap_err();
            assert_eq!(e.id, "username_control_char");
            assert!(!e.message.is_empty());
        }
        assert_eq!(check_username("  taro ", Lang::Ja).unwrap(), "taro");
        assert_eq!(
            check_username(" ", Lang::Ja).unwrap_err().id,
            "username_empty"
        );
    }

    #[test]
    fn password_with_fullwidth_characters_gets_a_note_without_the_password() {
        let p = Password::new("ｐａｓｓ1");
        let notes = check_password(&p, Lang::Ja).unwrap();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].id, InputNoteId::PasswordNonAscii);
        assert!(
            notes[0].message.contains("全角の文字が4文字"),
            "{}",
            notes[0].message
        );
        assert!(!notes[0].message.contains("ｐａｓｓ"));
        let ascii = check_password(&Password::new("pass1"), Lang::En).unwrap();
        assert!(ascii.is_empty());
    }
}
