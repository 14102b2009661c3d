//! What the server said, read by its standard codes and capabilities rather than by which step
//! failed. Pure functions, no I/O: every wire reading is unit-tested here.
//!
//! * IMAP response codes, RFC 5530 (`[AUTHENTICATIONFAILED]`, `[UNAVAILABLE]`, …) and `BYE`.
//! * POP3 extended response codes, RFC 2449 §8 and RFC 3206 (`[AUTH]`, `[SYS/TEMP]`, `[IN-USE]`…).
//! * SMTP enhanced status codes, RFC 3463 and RFC 4954 (`535 5.7.8`, `530 5.7.0`, `454 4.7.0`…).
//! * Capabilities that say "no login before TLS" (`LOGINDISABLED`, `XTLSREQUIRED`, a POP3 CAPA
//!   with STLS but neither USER nor SASL; an EHLO with STARTTLS but no AUTH).
//! * Human-readable text in Japanese legacy encodings (Shift_JIS, ISO-2022-JP, EUC-JP).
//!
//! The rule for `login_failed` (which the findings call `password_rejected`): the server's
//! code says the credentials were rejected (`AUTHENTICATIONFAILED`, `[AUTH]` after the password,
//! `535` with `5.7.8` or no more specific code), or the server refused with a plain `NO`/`-ERR`
//! that carries no code and no other signal (the usual reply to a wrong password on servers
//! that use no codes). Every other refusal gets the kind its code names; a refusal that only a
//! plain connection explains (its text speaks of TLS, or it came before the password was even
//! asked for while STLS/STARTTLS was offered) is `tls_required`.

use crate::model::FailureKind;

/// A refusal read from the server: the kind and our own one-line English description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub(crate) kind: FailureKind,
    pub(crate) message: &'static str,
}

const fn v(kind: FailureKind, message: &'static str) -> Verdict {
    Verdict { kind, message }
}

const CREDENTIALS: Verdict = v(
    FailureKind::LoginFailed,
    "the server rejected the username or password",
);
const PLAIN_REFUSAL: Verdict = v(
    FailureKind::LoginFailed,
    "the server rejected the login without saying why",
);
const TLS_REQUIRED: Verdict = v(
    FailureKind::TlsRequired,
    "the server accepts the login only over an encrypted connection",
);
const TEMPORARY: Verdict = v(
    FailureKind::LoginTemporarilyFailed,
    "the server refused the login for now (a temporary problem on its side)",
);
const IN_USE: Verdict = v(
    FailureKind::MailboxInUse,
    "the mailbox is in use by another session",
);
const NOT_ALLOWED: Verdict = v(
    FailureKind::LoginNotAllowed,
    "the server does not allow this account or this kind of login",
);
const SERVER_ERROR: Verdict = v(
    FailureKind::ServerError,
    "the server reported an error of its own",
);

/// Whether a kind is a judgement on the username/password pair, so that another username form
/// is worth trying. Every other refusal ends the probe.
pub(crate) fn may_try_other_username(kind: FailureKind) -> bool {
    kind == FailureKind::LoginFailed
}

// ───────────────────────────── text ─────────────────────────────

/// The words of a text, lower-cased, split at anything that is not a letter or digit.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The text speaks of encryption ("TLS required to log in.", "… only available under a layer",
/// "Must issue a STARTTLS command first", "暗号化").
pub(crate) fn mentions_tls(text: &str) -> bool {
    const WORDS: [&str; 11] = [
        "tls",
        "ssl",
        "starttls",
        "stls",
        "encryption",
        "encrypted",
        "encrypt",
        "secure",
        "layer",
        "privacy",
        "cleartext",
    ];
    words(text).iter().any(|w| WORDS.contains(&w.as_str())) || text.contains("暗号")
}

/// Account-level refusals written without a code ("account disabled", "locked", "suspended").
fn mentions_account_block(text: &str) -> bool {
    const WORDS: [&str; 7] = [
        "disabled",
        "suspended",
        "locked",
        "blocked",
        "expired",
        "deactivated",
        "inactive",
    ];
    let w = words(text);
    w.iter().any(|x| WORDS.contains(&x.as_str()))
        && w.iter()
            .any(|x| matches!(x.as_str(), "account" | "user" | "mailbox"))
}

/// A POP3 maildrop lock without a code ("maildrop already locked", "mailbox busy").
fn mentions_maildrop_lock(text: &str) -> bool {
    let w = words(text);
    let place = w
        .iter()
        .any(|x| matches!(x.as_str(), "maildrop" | "mailbox" | "mbox"));
    let busy = w
        .iter()
        .any(|x| matches!(x.as_str(), "locked" | "lock" | "busy" | "use"));
    place && busy
}

// ───────────────────────────── IMAP ─────────────────────────────

/// The response code at the start of a status text (`[AUTHENTICATIONFAILED] …` →
/// `AUTHENTICATIONFAILED`), upper-cased; the atom only (arguments dropped).
pub(crate) fn imap_code(text: &str) -> Option<String> {
    let inner = text.trim_start().strip_prefix('[')?;
    let end = inner.find(']')?;
    let atom = inner[..end].split_whitespace().next()?;
    Some(atom.to_ascii_uppercase())
}

/// How the server ended a login command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ImapEnd {
    No,
    Bad,
    /// Untagged BYE, then the connection closed.
    Bye,
}

/// A refused LOGIN / AUTHENTICATE. `plain` = the connection is not encrypted; `starttls` =
/// the server offered STARTTLS on it.
pub(crate) fn imap_login_refusal(end: ImapEnd, text: &str, plain: bool, starttls: bool) -> Verdict {
    let by_code = match imap_code(text).as_deref() {
        Some("AUTHENTICATIONFAILED") => Some(CREDENTIALS),
        Some("AUTHORIZATIONFAILED" | "CONTACTADMIN" | "EXPIRED" | "NOPERM") => Some(NOT_ALLOWED),
        Some("PRIVACYREQUIRED") => Some(TLS_REQUIRED),
        Some("UNAVAILABLE" | "LIMIT" | "OVERQUOTA") => Some(TEMPORARY),
        Some("INUSE") => Some(IN_USE),
        Some("SERVERBUG") => Some(SERVER_ERROR),
        // [ALERT] and anything else: a message for the person, no verdict of its own.
        _ => None,
    };
    if let Some(v) = by_code {
        return v;
    }
    if plain && (mentions_tls(text) || (starttls && words(text).iter().any(|w| w == "disabled"))) {
        // Mailutils imap4d on 143: "NO LOGIN Command disabled" while STARTTLS is offered.
        return TLS_REQUIRED;
    }
    if mentions_account_block(text) {
        return NOT_ALLOWED;
    }
    match end {
        ImapEnd::No => PLAIN_REFUSAL,
        ImapEnd::Bad => v(
            FailureKind::ProtocolError,
            "the server did not accept the login command",
        ),
        ImapEnd::Bye => v(
            FailureKind::ServerError,
            "the server ended the session with an error message",
        ),
    }
}

/// An untagged BYE outside login (the server closed the session during another command).
pub(crate) fn imap_bye(text: &str) -> Verdict {
    match imap_code(text).as_deref() {
        Some("UNAVAILABLE" | "LIMIT") => TEMPORARY,
        Some("INUSE") => IN_USE,
        Some("AUTHENTICATIONFAILED") => CREDENTIALS,
        Some("AUTHORIZATIONFAILED" | "CONTACTADMIN" | "EXPIRED") => NOT_ALLOWED,
        _ => v(
            FailureKind::ServerError,
            "the server ended the session with an error message",
        ),
    }
}

/// Login is impossible on this plain connection before TLS, as the capabilities say.
pub(crate) fn imap_tls_required_before_login(caps: &[String], have_auth_plain: bool) -> bool {
    let has = |c: &str| caps.iter().any(|x| x.eq_ignore_ascii_case(c));
    has("XTLSREQUIRED") || (has("LOGINDISABLED") && !have_auth_plain)
}

// ───────────────────────────── POP3 ─────────────────────────────

/// The extended response code at the start of a `-ERR` text (`[SYS/TEMP] …` → `SYS/TEMP`).
pub(crate) fn pop3_code(text: &str) -> Option<String> {
    let inner = text.trim_start().strip_prefix('[')?;
    let end = inner.find(']')?;
    let code = inner[..end].trim();
    (!code.is_empty() && !code.contains(' ')).then(|| code.to_ascii_uppercase())
}

/// Which command the POP3 server refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PopStage {
    /// USER: before any password was sent.
    User,
    /// PASS, or AUTH with the credentials in it.
    Credentials,
}

/// A refused USER/PASS/AUTH. `plain` = not encrypted; `stls` = STLS was offered.
pub(crate) fn pop3_login_refusal(stage: PopStage, text: &str, plain: bool, stls: bool) -> Verdict {
    let code = pop3_code(text);
    match code.as_deref() {
        Some("SYS/TEMP" | "LOGIN-DELAY") => return TEMPORARY,
        Some("IN-USE") => return IN_USE,
        Some("SYS/PERM") => return SERVER_ERROR,
        _ => {}
    }
    if plain && (mentions_tls(text) || (stage == PopStage::User && stls)) {
        // Cyrus: "-ERR [AUTH] USER command only available under a layer"; Courier: "-ERR TLS
        // required to log in."; any refusal of USER itself while STLS is offered.
        return TLS_REQUIRED;
    }
    if code.as_deref() == Some("AUTH") {
        return CREDENTIALS;
    }
    if mentions_maildrop_lock(text) {
        return IN_USE;
    }
    if mentions_account_block(text) {
        return NOT_ALLOWED;
    }
    PLAIN_REFUSAL
}

/// Login is impossible on this plain connection before STLS, as CAPA says: `XTLSREQUIRED`
/// (GNU Mailutils), or STLS offered with neither USER nor any SASL mechanism (Cyrus). An empty
/// CAPA (a server without CAPA) tells nothing.
pub(crate) fn pop3_tls_required_before_login(capa: &[String]) -> bool {
    let has = |w: &str| {
        capa.iter().any(|l| {
            l.split_whitespace()
                .next()
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
        })
    };
    has("XTLSREQUIRED") || (has("STLS") && !has("USER") && !has("SASL"))
}

// ───────────────────────────── SMTP ─────────────────────────────

/// The enhanced status code at the start of a reply text (`5.7.8 Error…` → (5, 7, 8)).
pub(crate) fn smtp_enhanced(text: &str) -> Option<(u8, u16, u16)> {
    let first = text.split_whitespace().next()?;
    let mut parts = first.split('.');
    let class: u8 = parts.next()?.parse().ok()?;
    let subject: u16 = parts.next()?.parse().ok()?;
    let detail: u16 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !matches!(class, 2 | 4 | 5) || subject > 999 || detail > 999 {
        return None;
    }
    Some((class, subject, detail))
}

/// A refused AUTH (any reply but 235). `text` is the reply text after the code; `plain` = not
/// encrypted; `starttls` = STARTTLS was offered.
pub(crate) fn smtp_auth_refusal(code: u16, text: &str, plain: bool, starttls: bool) -> Verdict {
    let enh = smtp_enhanced(text);
    match enh {
        Some((_, 7, 8)) => return CREDENTIALS,
        // 534 5.7.9 "mechanism too weak" (RFC 4954); Gmail: "Application-specific password
        // required"; 5.7.139 Microsoft: SMTP AUTH (basic authentication) disabled; 5.7.13
        // account disabled; 5.7.14 trust relationship required; 4.7.12 password transition.
        Some((_, 7, 9 | 139 | 13 | 14 | 12)) => return NOT_ALLOWED,
        // 538 5.7.11 encryption required for the mechanism.
        Some((_, 7, 11)) => return TLS_REQUIRED,
        _ => {}
    }
    if code == 538 || (code == 530 && (plain || mentions_tls(text))) {
        // 530 5.7.0 "Must issue a STARTTLS command first".
        return TLS_REQUIRED;
    }
    if plain && starttls && mentions_tls(text) {
        return TLS_REQUIRED;
    }
    if (400..500).contains(&code) {
        // 454 4.7.0 temporary authentication failure, 421, 432…: says nothing about the
        // password.
        return TEMPORARY;
    }
    if code == 534 {
        return NOT_ALLOWED;
    }
    if mentions_account_block(text) {
        return NOT_ALLOWED;
    }
    if code == 535 {
        return CREDENTIALS;
    }
    PLAIN_REFUSAL
}

/// No AUTH before TLS while STARTTLS is offered (Postfix `smtpd_tls_auth_only`, Exim's
/// `auth_advertise_hosts` with TLS): logging in needs STARTTLS.
pub(crate) fn smtp_tls_required_before_login(mechs: &[String], starttls: bool) -> bool {
    mechs.is_empty() && starttls
}

// ───────────────────────────── legacy encodings ─────────────────────────────

/// A line of server text as Unicode. ISO-2022-JP when the line holds its escape sequences;
/// valid UTF-8 as it is; else Shift_JIS or EUC-JP, whichever decodes without
/// error (Shift_JIS first: Japanese Windows servers are more common than EUC-JP ones; a line
/// that decodes cleanly in both is read as Shift_JIS unless only EUC-JP's byte ranges occur);
/// else UTF-8 with replacement characters. Never an error: the protocol is read from the
/// ASCII codes and structure, the text is only shown.
pub(crate) fn decode_text(raw: &[u8]) -> String {
    // ISO-2022-JP is 7-bit, so it is also valid UTF-8 (ESC is a control character that UTF-8
    // text does not use): its escape sequences are looked for first.
    let has_escape = raw
        .windows(3)
        .any(|w| matches!(w, [0x1b, b'$', b'B' | b'@'] | [0x1b, b'(', b'B' | b'J']));
    if has_escape {
        let (text, had_errors) = encoding_rs::ISO_2022_JP.decode_without_bom_handling(raw);
        if !had_errors {
            return text.into_owned();
        }
    }
    if let Ok(s) = std::str::from_utf8(raw) {
        return s.to_string();
    }
    let sjis = encoding_rs::SHIFT_JIS.decode_without_bom_handling(raw);
    let euc = encoding_rs::EUC_JP.decode_without_bom_handling(raw);
    match (sjis.1, euc.1) {
        (false, true) => sjis.0.into_owned(),
        (true, false) => euc.0.into_owned(),
        (false, false) => {
            // Both decode. EUC-JP text uses lead bytes 0xA1–0xFE in pairs only; Shift_JIS
            // lead bytes 0x81–0x9F never occur in EUC-JP kanji/kana.
            if raw.iter().any(|&b| (0x81..=0x9f).contains(&b)) {
                sjis.0.into_owned()
            } else {
                euc.0.into_owned()
            }
        }
        (true, true) => String::from_utf8_lossy(raw).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FailureKind as K;

    #[test]
    fn imap_codes() {
        assert_eq!(
            imap_code("[AUTHENTICATIONFAILED] Authentication failed.").as_deref(),
            Some("AUTHENTICATIONFAILED")
        );
        assert_eq!(
            imap_code("[CAPABILITY IMAP4rev1 X] ok").as_deref(),
            Some("CAPABILITY")
        );
        assert_eq!(imap_code("no code [ALERT]"), None);
        assert_eq!(imap_code("[unterminated"), None);
        assert_eq!(imap_code("[]"), None);
    }

    #[test]
    fn imap_refusals_follow_rfc5530() {
        let k = |end, t: &str| imap_login_refusal(end, t, false, false).kind;
        use ImapEnd::*;
        assert_eq!(
            k(No, "[AUTHENTICATIONFAILED] Authentication failed."),
            K::LoginFailed
        );
        assert_eq!(k(No, "[AUTHORIZATIONFAILED] no"), K::LoginNotAllowed);
        assert_eq!(k(No, "[EXPIRED] password expired"), K::LoginNotAllowed);
        assert_eq!(k(No, "[CONTACTADMIN] see support"), K::LoginNotAllowed);
        assert_eq!(k(No, "[PRIVACYREQUIRED] use TLS"), K::TlsRequired);
        assert_eq!(
            k(No, "[UNAVAILABLE] backend down"),
            K::LoginTemporarilyFailed
        );
        assert_eq!(k(No, "[INUSE] mailbox locked"), K::MailboxInUse);
        assert_eq!(k(No, "[SERVERBUG] oops"), K::ServerError);
        // A plain NO with no other signal: credentials, as documented.
        assert_eq!(k(No, "Login failed."), K::LoginFailed);
        assert_eq!(k(No, "[ALERT] Invalid credentials"), K::LoginFailed);
        assert_eq!(k(No, "[ALERT] Account disabled"), K::LoginNotAllowed);
        assert_eq!(k(Bad, "syntax"), K::ProtocolError);
        // Courier after LOGIN: must not be thrown away, must not read as a wrong password.
        assert_eq!(
            k(Bye, "[ALERT] Fatal error: No such file or directory"),
            K::ServerError
        );
        assert_eq!(k(Bye, "[UNAVAILABLE] try later"), K::LoginTemporarilyFailed);
    }

    #[test]
    fn imap_plain_connection_refusals_are_tls_required() {
        // Mailutils imap4d on 143 (STARTTLS offered): "NO LOGIN Command disabled".
        let r = imap_login_refusal(ImapEnd::No, "LOGIN Command disabled", true, true);
        assert_eq!(r.kind, K::TlsRequired);
        // The same words over TLS are not about TLS.
        let r = imap_login_refusal(ImapEnd::No, "LOGIN Command disabled", false, false);
        assert_eq!(r.kind, K::LoginFailed);
        let r = imap_login_refusal(
            ImapEnd::No,
            "Plaintext authentication disallowed on non-secure (SSL/TLS) connections",
            true,
            false,
        );
        assert_eq!(r.kind, K::TlsRequired);
        assert!(imap_tls_required_before_login(
            &["IMAP4rev1".into(), "STARTTLS".into(), "XTLSREQUIRED".into()],
            false
        ));
        assert!(imap_tls_required_before_login(
            &["IMAP4rev1".into(), "LOGINDISABLED".into()],
            false
        ));
        assert!(!imap_tls_required_before_login(
            &["IMAP4rev1".into(), "LOGINDISABLED".into()],
            true
        ));
        assert!(!imap_tls_required_before_login(
            &["IMAP4rev1".into()],
            false
        ));
    }

    #[test]
    fn imap_bye_outside_login() {
        assert_eq!(imap_bye("[ALERT] Fatal error: x").kind, K::ServerError);
        assert_eq!(imap_bye("[UNAVAILABLE] x").kind, K::LoginTemporarilyFailed);
        assert_eq!(
            imap_bye("Autologout; idle for too long").kind,
            K::ServerError
        );
    }

    #[test]
    fn pop3_codes() {
        assert_eq!(
            pop3_code("[SYS/TEMP] try later").as_deref(),
            Some("SYS/TEMP")
        );
        assert_eq!(pop3_code("[in-use] locked").as_deref(), Some("IN-USE"));
        assert_eq!(pop3_code("[two words] x"), None);
        assert_eq!(pop3_code("no code"), None);
    }

    #[test]
    fn pop3_refusals_follow_rfc2449_and_rfc3206() {
        use PopStage::*;
        let k = |stage, t: &str| pop3_login_refusal(stage, t, false, false).kind;
        assert_eq!(
            k(Credentials, "[AUTH] Authentication failed."),
            K::LoginFailed
        );
        assert_eq!(
            k(Credentials, "[SYS/TEMP] database down"),
            K::LoginTemporarilyFailed
        );
        assert_eq!(
            k(Credentials, "[LOGIN-DELAY] wait"),
            K::LoginTemporarilyFailed
        );
        assert_eq!(
            k(Credentials, "[IN-USE] Unable to lock maildrop"),
            K::MailboxInUse
        );
        assert_eq!(k(Credentials, "[SYS/PERM] broken"), K::ServerError);
        assert_eq!(k(Credentials, "Maildrop already locked"), K::MailboxInUse);
        assert_eq!(
            k(Credentials, "Authentication failed (bad password?)"),
            K::LoginFailed
        );
        assert_eq!(
            k(Credentials, "Your account is suspended"),
            K::LoginNotAllowed
        );
        assert_eq!(k(User, "no such user"), K::LoginFailed);
    }

    #[test]
    fn pop3_plain_connection_refusals_are_tls_required() {
        use PopStage::*;
        // Cyrus, Courier: the known real replies.
        let cyrus = "[AUTH] USER command only available under a layer";
        assert_eq!(
            pop3_login_refusal(User, cyrus, true, true).kind,
            K::TlsRequired
        );
        let courier = "TLS required to log in.";
        assert_eq!(
            pop3_login_refusal(User, courier, true, true).kind,
            K::TlsRequired
        );
        assert_eq!(
            pop3_login_refusal(Credentials, courier, true, false).kind,
            K::TlsRequired
        );
        // Mailutils refuses USER with "Incorrect state" while STLS is offered.
        assert_eq!(
            pop3_login_refusal(User, "Incorrect state", true, true).kind,
            K::TlsRequired
        );
        // The same reply over TLS is not about TLS.
        assert_eq!(
            pop3_login_refusal(User, "Incorrect state", false, false).kind,
            K::LoginFailed
        );
        // A refused PASS on a plain connection with STLS offered is still credentials.
        assert_eq!(
            pop3_login_refusal(Credentials, "[AUTH] Authentication failed.", true, true).kind,
            K::LoginFailed
        );
    }

    #[test]
    fn pop3_capa_before_login() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // Cyrus on 110: STLS, no USER, no SASL.
        assert!(pop3_tls_required_before_login(&l(&[
            "TOP",
            "UIDL",
            "STLS",
            "PIPELINING"
        ])));
        // Mailutils: XTLSREQUIRED.
        assert!(pop3_tls_required_before_login(&l(&[
            "USER",
            "XTLSREQUIRED",
            "STLS"
        ])));
        assert!(!pop3_tls_required_before_login(&l(&["USER", "STLS"])));
        assert!(!pop3_tls_required_before_login(&l(&["SASL PLAIN", "STLS"])));
        assert!(!pop3_tls_required_before_login(&[]));
    }

    #[test]
    fn smtp_enhanced_codes() {
        assert_eq!(
            smtp_enhanced("5.7.8 Error: authentication failed"),
            Some((5, 7, 8))
        );
        assert_eq!(
            smtp_enhanced("5.7.139 Authentication unsuccessful"),
            Some((5, 7, 139))
        );
        assert_eq!(smtp_enhanced("Error: no code"), None);
        assert_eq!(smtp_enhanced("3.1.1 x"), None);
        assert_eq!(smtp_enhanced("5.7 x"), None);
        assert_eq!(smtp_enhanced("5.7.8.1 x"), None);
        assert_eq!(smtp_enhanced(""), None);
    }

    #[test]
    fn smtp_refusals_follow_rfc3463_and_rfc4954() {
        let k = |code, t: &str| smtp_auth_refusal(code, t, false, false).kind;
        assert_eq!(k(535, "5.7.8 Error: authentication failed"), K::LoginFailed);
        assert_eq!(k(535, "Incorrect authentication data"), K::LoginFailed);
        assert_eq!(
            k(534, "5.7.9 Application-specific password required"),
            K::LoginNotAllowed
        );
        assert_eq!(
            k(535, "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."),
            K::LoginNotAllowed
        );
        assert_eq!(
            k(530, "5.7.0 Must issue a STARTTLS command first"),
            K::TlsRequired
        );
        assert_eq!(k(538, "5.7.11 Encryption required"), K::TlsRequired);
        assert_eq!(
            k(454, "4.7.0 Temporary authentication failure"),
            K::LoginTemporarilyFailed
        );
        assert_eq!(k(421, "4.7.0 Too many errors"), K::LoginTemporarilyFailed);
        assert_eq!(k(535, "5.7.0 Account disabled"), K::LoginNotAllowed);
        assert_eq!(k(554, "5.7.1 rejected"), K::LoginFailed);
        assert!(smtp_tls_required_before_login(&[], true));
        assert!(!smtp_tls_required_before_login(&["PLAIN".into()], true));
        assert!(!smtp_tls_required_before_login(&[], false));
    }

    #[test]
    fn only_credentials_allow_another_username() {
        assert!(may_try_other_username(K::LoginFailed));
        for k in [
            K::TlsRequired,
            K::LoginTemporarilyFailed,
            K::MailboxInUse,
            K::LoginNotAllowed,
            K::ServerError,
        ] {
            assert!(!may_try_other_username(k));
        }
    }

    #[test]
    fn legacy_japanese_text_is_decoded() {
        let text = "パスワードが違います";
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(text);
        let (euc, _, _) = encoding_rs::EUC_JP.encode(text);
        let (jis, _, _) = encoding_rs::ISO_2022_JP.encode(text);
        assert_ne!(&*sjis, text.as_bytes());
        assert_eq!(decode_text(&sjis), text);
        assert_eq!(decode_text(&euc), text);
        assert_eq!(decode_text(&jis), text);
        assert_eq!(decode_text(text.as_bytes()), text);
        // With ASCII codes around it, as a server sends it.
        let mut line = b"-ERR [AUTH] ".to_vec();
        line.extend_from_slice(&sjis);
        assert_eq!(decode_text(&line), format!("-ERR [AUTH] {text}"));
        // Undecodable bytes: replacement characters, never an error.
        assert!(decode_text(b"\xff\xfe\xff").contains('\u{fffd}'));
    }
}
