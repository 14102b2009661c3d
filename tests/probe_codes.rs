//! Classification by what the server says: every response-code family (IMAP RFC 5530 and BYE,
//! POP3 RFC 2449/3206, SMTP RFC 3463/4954), the capabilities that mean "no login before TLS",
//! the known real replies of Cyrus, Courier, GNU Mailutils and popa3d, server text in Japanese
//! legacy encodings, a fresh connection after a login that ends the connection, and POP3
//! closing without QUIT. Scripted servers on 127.0.0.1 (no real mail server needed).

#[path = "support/faults.rs"]
mod faults;

use faults::{Log, Server};
use std::sync::Arc;
use std::time::Duration;
use tsunagu::diagnose::{diagnose, DiagnoseInput};
use tsunagu::input::Account;
use tsunagu::probe::{run_all, Credentials, EventSink, ProbeOptions};
use tsunagu::secret::Password;
use tsunagu::{
    Authentication, Candidate, FailureKind, FindingId, Lang, Outcome, Probe, Protocol, Security,
    SettingsSource, Severity, Situation,
};

const USER: &str = "taro@example.jp";
const LOCAL: &str = "taro";
const PW: &str = "s3cr3t-Pa55";

/// One answer of a scripted server: the lines to send (`{tag}` is the IMAP tag of the
/// command) and whether to close the connection after them.
#[derive(Clone)]
struct Rule {
    /// The command (upper-case, after the IMAP tag) starts with this; "" matches anything.
    prefix: String,
    /// Matches only when the command line also holds this (e.g. the right password).
    holding: Option<String>,
    reply: Vec<Vec<u8>>,
    close: bool,
}

fn rule(prefix: &str, reply: &[&str]) -> Rule {
    Rule {
        prefix: prefix.into(),
        holding: None,
        reply: reply.iter().map(|l| l.as_bytes().to_vec()).collect(),
        close: false,
    }
}

impl Rule {
    fn closing(mut self) -> Rule {
        self.close = true;
        self
    }
    fn holding(mut self, s: &str) -> Rule {
        self.holding = Some(s.into());
        self
    }
    fn bytes(prefix: &str, reply: Vec<Vec<u8>>) -> Rule {
        Rule {
            prefix: prefix.into(),
            holding: None,
            reply,
            close: false,
        }
    }
}

fn subst(line: &[u8], tag: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < line.len() {
        if line[i..].starts_with(b"{tag}") {
            out.extend_from_slice(tag.as_bytes());
            i += 5;
        } else {
            out.push(line[i]);
            i += 1;
        }
    }
    out
}

/// A server that greets with `greeting` and answers each line by the first matching rule.
async fn scripted(proto: Protocol, greeting: &[u8], rules: Vec<Rule>) -> Server {
    let imap = proto == Protocol::Imap;
    let rules = Arc::new(rules);
    let greeting = greeting.to_vec();
    faults::serve(move |mut w| {
        let rules = rules.clone();
        let greeting = greeting.clone();
        async move {
            w.send(&greeting).await;
            w.send(b"\r\n").await;
            while let Some(line) = w.line().await {
                let (tag, cmd) = if imap {
                    line.split_once(' ')
                        .map(|(t, c)| (t.to_string(), c.to_string()))
                        .unwrap_or((line.clone(), String::new()))
                } else {
                    (String::new(), line.clone())
                };
                let upper = cmd.to_ascii_uppercase();
                let Some(r) = rules.iter().find(|r| {
                    upper.starts_with(&r.prefix)
                        && r.holding.as_ref().is_none_or(|h| cmd.contains(h.as_str()))
                }) else {
                    let no = match proto {
                        Protocol::Imap => format!("{tag} BAD unknown"),
                        Protocol::Pop3 => "-ERR unknown".into(),
                        Protocol::Smtp => "502 5.5.2 unknown".into(),
                    };
                    w.sendl(&no).await;
                    continue;
                };
                for l in &r.reply {
                    w.send(&subst(l, &tag)).await;
                    w.send(b"\r\n").await;
                }
                if r.close {
                    return;
                }
            }
        }
    })
    .await
}

fn cand(protocol: Protocol, port: u16, usernames: &[&str]) -> Candidate {
    Candidate {
        protocol,
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        usernames: usernames.iter().map(|s| s.to_string()).collect(),
        authentication: Authentication::PasswordCleartext,
        source: SettingsSource::Config,
        documented: true,
    }
}

/// Plain connections with `--allow-plaintext`: the scripted servers speak no TLS.
fn opts() -> ProbeOptions {
    ProbeOptions {
        deadline: Duration::from_secs(10),
        connect_timeout: Duration::from_secs(2),
        step_timeout: Duration::from_secs(2),
        allow_plaintext: true,
        ..ProbeOptions::default()
    }
}

async fn probe_with(c: Candidate, pw: &str) -> Probe {
    let sink: EventSink = Arc::new(|_| {});
    let creds = Credentials {
        address: USER.into(),
        password: Some(Password::new(pw)),
    };
    run_all(&[c], &creds, &opts(), sink).await.remove(0)
}

async fn probe(c: Candidate) -> Probe {
    probe_with(c, PW).await
}

fn kind(p: &Probe) -> Option<FailureKind> {
    p.failure.as_ref().map(|f| f.kind)
}

fn text(p: &Probe) -> String {
    p.failure
        .as_ref()
        .and_then(|f| f.server_text.clone())
        .unwrap_or_default()
}

fn received(s: &Server) -> String {
    String::from_utf8_lossy(&s.received()).into_owned()
}

fn account() -> Account {
    Account {
        address: USER.into(),
        local_part: LOCAL.into(),
        domain: "example.jp".into(),
        domain_unicode: "example.jp".into(),
    }
}

fn findings(probes: &[Probe]) -> Vec<(FindingId, Severity)> {
    let acc = account();
    let input = DiagnoseInput {
        situation: Situation::NewDevice,
        account: &acc,
        provider: None,
        probes,
        lang: Lang::Ja,
        offline: false,
    };
    diagnose(&input)
        .0
        .into_iter()
        .map(|f| (f.id, f.severity))
        .collect()
}

fn has(f: &[(FindingId, Severity)], id: FindingId) -> bool {
    f.iter().any(|(i, _)| *i == id)
}

// ───────────────────────────── POP3 ─────────────────────────────

fn pop3_capa(extra: &[&str]) -> Rule {
    let mut lines = vec!["+OK"];
    lines.extend_from_slice(extra);
    lines.push(".");
    rule("CAPA", &lines)
}

fn pop3_mailbox() -> Vec<Rule> {
    vec![
        rule("STAT", &["+OK 2 320"]),
        rule("UIDL", &["+OK", "1 a", "2 b", "."]),
        rule("QUIT", &["+OK bye"]).closing(),
    ]
}

#[tokio::test]
async fn pop3_never_sends_quit() {
    let mut rules = vec![
        pop3_capa(&["USER", "UIDL"]),
        rule("USER", &["+OK"]),
        rule("PASS", &["+OK logged in"]).holding(PW),
    ];
    rules.extend(pop3_mailbox());
    let s = scripted(Protocol::Pop3, b"+OK ready", rules).await;
    let p = probe(cand(Protocol::Pop3, s.port(), &[USER])).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(p.mailbox.as_ref().unwrap().messages, Some(2));
    // The client has closed the connection: nothing can arrive later.
    assert!(s.all_ended().await);
    let got = received(&s);
    assert!(
        got.contains("STAT\r\n") && got.contains("UIDL\r\n"),
        "{got}"
    );
    assert!(!got.contains("QUIT"), "QUIT starts the UPDATE state: {got}");
    assert!(!got.contains("DELE"));
}

#[tokio::test]
async fn pop3_response_codes_rfc2449_rfc3206() {
    let cases: [(&str, FailureKind, u32); 6] = [
        (
            "-ERR [AUTH] Authentication failed.",
            FailureKind::LoginFailed,
            2,
        ),
        (
            "-ERR [SYS/TEMP] database unavailable",
            FailureKind::LoginTemporarilyFailed,
            1,
        ),
        (
            "-ERR [LOGIN-DELAY] wait 5 minutes",
            FailureKind::LoginTemporarilyFailed,
            1,
        ),
        (
            "-ERR [IN-USE] Unable to lock maildrop",
            FailureKind::MailboxInUse,
            1,
        ),
        (
            "-ERR [SYS/PERM] mail store broken",
            FailureKind::ServerError,
            1,
        ),
        (
            "-ERR Your account is suspended",
            FailureKind::LoginNotAllowed,
            1,
        ),
    ];
    for (reply, want, attempts) in cases {
        let s = scripted(
            Protocol::Pop3,
            b"+OK ready",
            vec![
                pop3_capa(&["USER"]),
                rule("USER", &["+OK"]),
                rule("PASS", &[reply]),
            ],
        )
        .await;
        let p = probe(cand(Protocol::Pop3, s.port(), &[USER, LOCAL])).await;
        assert_eq!(kind(&p), Some(want), "{reply}: {p:#?}");
        assert_eq!(p.login_attempts, attempts, "{reply}");
        let shown = &reply[5..];
        assert_eq!(text(&p), shown, "the server's words are kept");
    }
}

#[tokio::test]
async fn pop3_tls_required_real_replies() {
    // Cyrus on 110: CAPA lists STLS, no USER, no SASL. Known before trying.
    let cyrus = scripted(
        Protocol::Pop3,
        b"+OK cyrus ready",
        vec![
            pop3_capa(&["TOP", "UIDL", "STLS", "PIPELINING"]),
            rule(
                "USER",
                &["-ERR [AUTH] USER command only available under a layer"],
            ),
        ],
    )
    .await;
    // GNU Mailutils: CAPA lists XTLSREQUIRED; USER would get "-ERR Incorrect state".
    let mailutils = scripted(
        Protocol::Pop3,
        b"+OK mailutils ready",
        vec![
            pop3_capa(&["USER", "XTLSREQUIRED", "STLS"]),
            rule("USER", &["-ERR Incorrect state"]),
        ],
    )
    .await;
    for s in [&cyrus, &mailutils] {
        let p = probe(cand(Protocol::Pop3, s.port(), &[USER, LOCAL])).await;
        assert_eq!(kind(&p), Some(FailureKind::TlsRequired), "{p:#?}");
        assert_eq!(p.login_attempts, 0);
        let got = received(s);
        assert!(!got.contains("USER") && !got.contains("PASS"), "{got}");
        let f = findings(&[p]);
        assert!(has(&f, FindingId::TlsRequired), "{f:?}");
        assert!(!has(&f, FindingId::PasswordRejected), "{f:?}");
    }
    // Courier: CAPA lists USER and STLS; USER gets "-ERR TLS required to log in.".
    let courier = scripted(
        Protocol::Pop3,
        b"+OK courier ready",
        vec![
            pop3_capa(&["USER", "STLS", "TOP"]),
            rule("USER", &["-ERR TLS required to log in."]),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Pop3, courier.port(), &[USER, LOCAL])).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsRequired), "{p:#?}");
    assert_eq!(text(&p), "TLS required to log in.");
    let got = received(&courier);
    assert!(!Log::has_secret(got.as_bytes(), USER, PW), "{got}");
    assert_eq!(
        got.matches("USER ").count(),
        1,
        "no second username form: {got}"
    );
    assert_eq!(p.login_attempts, 0, "no password was sent");
}

/// popa3d: a failed PASS gets "-ERR" and the connection is closed.
async fn popa3d(good_user: &'static str, answer_before_close: bool) -> Server {
    let mut fail = if answer_before_close {
        rule("PASS", &["-ERR Authentication failed (bad password?)"])
    } else {
        rule("PASS", &[])
    };
    fail = fail.closing();
    let mut rules = vec![pop3_capa(&["USER", "TOP", "UIDL"]), rule("USER", &["+OK"])];
    // PASS is right only after USER good_user: the scripted server keeps no state, so the
    // right user is checked by the client's USER line just before (see `user_then_pass`).
    rules.push(rule("PASS", &["+OK"]).holding(PW));
    rules.push(fail);
    rules.extend(pop3_mailbox());
    user_then_pass(good_user, rules).await
}

/// Like `scripted`, but PASS succeeds only after `USER good_user`.
async fn user_then_pass(good_user: &'static str, rules: Vec<Rule>) -> Server {
    let rules = Arc::new(rules);
    faults::serve(move |mut w| {
        let rules = rules.clone();
        async move {
            w.sendl("+OK popa3d ready").await;
            let mut user = String::new();
            while let Some(line) = w.line().await {
                let upper = line.to_ascii_uppercase();
                if let Some(u) = line.strip_prefix("USER ") {
                    user = u.to_string();
                }
                let right_user = user == good_user;
                let Some(r) = rules.iter().find(|r| {
                    upper.starts_with(&r.prefix)
                        && r.holding
                            .as_ref()
                            .is_none_or(|h| right_user && line.contains(h.as_str()))
                }) else {
                    w.sendl("-ERR unknown").await;
                    continue;
                };
                for l in &r.reply {
                    w.send(l).await;
                    w.send(b"\r\n").await;
                }
                if r.close {
                    return;
                }
            }
        }
    })
    .await
}

#[tokio::test]
async fn a_login_that_ends_the_connection_is_retried_on_a_fresh_one() {
    for answer in [true, false] {
        // A correct password with the wrong username form: the local part works on a new
        // connection, and the finding is username_format.
        let s = popa3d(LOCAL, answer).await;
        let p = probe(cand(Protocol::Pop3, s.port(), &[USER, LOCAL])).await;
        assert_eq!(p.outcome, Outcome::Ok, "answer={answer}: {p:#?}");
        assert_eq!(p.username.as_deref(), Some(LOCAL));
        assert_eq!(p.login_attempts, 2);
        assert_eq!(
            s.connections(),
            2,
            "the second form went to a new connection"
        );
        let f = findings(std::slice::from_ref(&p));
        assert!(has(&f, FindingId::UsernameFormat), "{f:?}");

        // A wrong password: both forms refused, each on its own connection.
        let s = popa3d(LOCAL, answer).await;
        let p = probe_with(cand(Protocol::Pop3, s.port(), &[USER, LOCAL]), "wrong").await;
        assert_eq!(
            kind(&p),
            Some(FailureKind::LoginFailed),
            "answer={answer}: {p:#?}"
        );
        assert_eq!(p.login_attempts, 2);
        assert_eq!(s.connections(), 2);
        let f = findings(&[p]);
        assert!(has(&f, FindingId::PasswordRejected), "{f:?}");
    }
}

#[tokio::test]
async fn pop3_text_in_legacy_encodings_is_decoded() {
    let jp = "パスワードが違います";
    for enc in [
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_JP,
        encoding_rs::ISO_2022_JP,
    ] {
        let (bytes, _, _) = enc.encode(jp);
        let mut err = b"-ERR [AUTH] ".to_vec();
        err.extend_from_slice(&bytes);
        let mut greeting = b"+OK ".to_vec();
        greeting.extend_from_slice(&enc.encode("ようこそ").0);
        let s = scripted(
            Protocol::Pop3,
            &greeting,
            vec![
                pop3_capa(&["USER"]),
                rule("USER", &["+OK"]),
                Rule::bytes("PASS", vec![err]),
            ],
        )
        .await;
        let p = probe(cand(Protocol::Pop3, s.port(), &[USER])).await;
        assert_eq!(
            kind(&p),
            Some(FailureKind::LoginFailed),
            "{}: {p:#?}",
            enc.name()
        );
        assert_eq!(text(&p), format!("[AUTH] {jp}"), "{}", enc.name());
        assert!(p.steps[2].detail.contains("ようこそ"), "{:?}", p.steps);
    }
}

// ───────────────────────────── IMAP ─────────────────────────────

fn imap_caps(caps: &str) -> Rule {
    let line = format!("* CAPABILITY {caps}");
    Rule {
        prefix: "CAPABILITY".into(),
        holding: None,
        reply: vec![line.into_bytes(), b"{tag} OK done".to_vec()],
        close: false,
    }
}

#[tokio::test]
async fn imap_response_codes_rfc5530() {
    let cases: [(&str, FailureKind, u32); 9] = [
        (
            "NO [AUTHENTICATIONFAILED] Authentication failed.",
            FailureKind::LoginFailed,
            2,
        ),
        ("NO Login failed.", FailureKind::LoginFailed, 2),
        (
            "NO [UNAVAILABLE] backend down",
            FailureKind::LoginTemporarilyFailed,
            1,
        ),
        ("NO [INUSE] mailbox in use", FailureKind::MailboxInUse, 1),
        (
            "NO [EXPIRED] password expired",
            FailureKind::LoginNotAllowed,
            1,
        ),
        (
            "NO [CONTACTADMIN] call support",
            FailureKind::LoginNotAllowed,
            1,
        ),
        (
            "NO [AUTHORIZATIONFAILED] not allowed",
            FailureKind::LoginNotAllowed,
            1,
        ),
        ("NO [PRIVACYREQUIRED] use TLS", FailureKind::TlsRequired, 1),
        ("NO [SERVERBUG] oops", FailureKind::ServerError, 1),
    ];
    for (reply, want, attempts) in cases {
        let s = scripted(
            Protocol::Imap,
            b"* OK ready",
            vec![
                imap_caps("IMAP4rev1"),
                rule("LOGIN", &[&format!("{{tag}} {reply}")]),
                rule("NOOP", &["{tag} OK"]),
            ],
        )
        .await;
        let p = probe(cand(Protocol::Imap, s.port(), &[USER, LOCAL])).await;
        assert_eq!(kind(&p), Some(want), "{reply}: {p:#?}");
        assert_eq!(p.login_attempts, attempts, "{reply}");
        assert_eq!(text(&p), reply[3..], "{reply}");
    }
}

#[tokio::test]
async fn courier_bye_after_login_is_kept_and_not_all_ok() {
    let s = scripted(
        Protocol::Imap,
        b"* OK courier ready",
        vec![
            imap_caps("IMAP4rev1"),
            rule(
                "LOGIN",
                &["* BYE [ALERT] Fatal error: No such file or directory"],
            )
            .closing(),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Imap, s.port(), &[USER, LOCAL])).await;
    assert_eq!(kind(&p), Some(FailureKind::ServerError), "{p:#?}");
    assert!(text(&p).contains("Fatal error"), "{p:#?}");
    assert_eq!(
        p.login_attempts, 1,
        "a server error is not retried with the other form"
    );

    // With POP3 and SMTP working in the same run, the broken IMAP is still said.
    let mut pop = p.clone();
    pop.protocol = Protocol::Pop3;
    pop.port = 995;
    pop.security = Security::Tls;
    pop.outcome = Outcome::Ok;
    pop.failure = None;
    pop.username = Some(USER.into());
    let mut smtp = pop.clone();
    smtp.protocol = Protocol::Smtp;
    smtp.port = 465;
    let f = findings(&[p, pop, smtp]);
    assert!(!has(&f, FindingId::AllOk), "{f:?}");
    assert!(
        f.contains(&(FindingId::ServerError, Severity::Warning)),
        "{f:?}"
    );
}

#[tokio::test]
async fn mailutils_imap_on_143_is_tls_required() {
    // XTLSREQUIRED advertised: known before trying, no LOGIN sent.
    let s = scripted(
        Protocol::Imap,
        b"* OK mailutils ready",
        vec![
            imap_caps("IMAP4rev1 STARTTLS XTLSREQUIRED"),
            rule("LOGIN", &["{tag} NO LOGIN Command disabled"]),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Imap, s.port(), &[USER, LOCAL])).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsRequired), "{p:#?}");
    assert_eq!(p.login_attempts, 0);
    assert!(!received(&s).contains("LOGIN"), "{}", received(&s));
    // Without XTLSREQUIRED: the refusal itself, once, not called a wrong password.
    let s = scripted(
        Protocol::Imap,
        b"* OK ready",
        vec![
            imap_caps("IMAP4rev1 STARTTLS"),
            rule("LOGIN", &["{tag} NO LOGIN Command disabled"]),
            rule("NOOP", &["{tag} OK"]),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Imap, s.port(), &[USER, LOCAL])).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsRequired), "{p:#?}");
    assert_eq!(p.login_attempts, 1);
    let f = findings(&[p]);
    assert!(has(&f, FindingId::TlsRequired) && !has(&f, FindingId::PasswordRejected));
}

#[tokio::test]
async fn imap_bye_after_a_refused_login_retries_on_a_fresh_connection() {
    let s = scripted(
        Protocol::Imap,
        b"* OK ready",
        vec![
            imap_caps("IMAP4rev1"),
            rule("LOGIN \"TARO\"", &["{tag} OK logged in"]).holding(PW),
            rule(
                "LOGIN",
                &["* BYE [AUTHENTICATIONFAILED] Authentication failed."],
            )
            .closing(),
            rule("EXAMINE", &["* 3 EXISTS", "{tag} OK [READ-ONLY] done"]),
            rule(
                "STATUS",
                &["* STATUS INBOX (MESSAGES 3 UNSEEN 0)", "{tag} OK"],
            ),
            rule("LIST", &["{tag} OK"]),
            rule("LOGOUT", &["* BYE", "{tag} OK"]).closing(),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Imap, s.port(), &[USER, LOCAL])).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(p.username.as_deref(), Some(LOCAL));
    assert_eq!(s.connections(), 2);
}

#[tokio::test]
async fn imap_text_in_iso_2022_jp_is_decoded() {
    let jp = "認証に失敗しました";
    let (bytes, _, _) = encoding_rs::ISO_2022_JP.encode(jp);
    let mut no = b"{tag} NO [AUTHENTICATIONFAILED] ".to_vec();
    no.extend_from_slice(&bytes);
    let s = scripted(
        Protocol::Imap,
        b"* OK ready",
        vec![
            imap_caps("IMAP4rev1"),
            Rule::bytes("LOGIN", vec![no]),
            rule("NOOP", &["{tag} OK"]),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Imap, s.port(), &[USER])).await;
    assert_eq!(kind(&p), Some(FailureKind::LoginFailed), "{p:#?}");
    assert_eq!(text(&p), format!("[AUTHENTICATIONFAILED] {jp}"));
}

// ───────────────────────────── SMTP ─────────────────────────────

fn smtp_ehlo(exts: &[&str]) -> Rule {
    let mut lines = vec!["250-fake.test".to_string()];
    for (i, e) in exts.iter().enumerate() {
        let sep = if i + 1 == exts.len() { ' ' } else { '-' };
        lines.push(format!("250{sep}{e}"));
    }
    Rule {
        prefix: "EHLO".into(),
        holding: None,
        reply: lines.into_iter().map(String::into_bytes).collect(),
        close: false,
    }
}

#[tokio::test]
async fn smtp_enhanced_codes_rfc3463_rfc4954() {
    let cases: [(&str, FailureKind, u32); 6] = [
        (
            "535 5.7.8 Error: authentication failed",
            FailureKind::LoginFailed,
            2,
        ),
        (
            "535 Incorrect authentication data",
            FailureKind::LoginFailed,
            2,
        ),
        (
            "534 5.7.9 Application-specific password required",
            FailureKind::LoginNotAllowed,
            1,
        ),
        (
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled",
            FailureKind::LoginNotAllowed,
            1,
        ),
        (
            "454 4.7.0 Temporary authentication failure",
            FailureKind::LoginTemporarilyFailed,
            1,
        ),
        (
            "530 5.7.0 Must issue a STARTTLS command first",
            FailureKind::TlsRequired,
            1,
        ),
    ];
    for (reply, want, attempts) in cases {
        let s = scripted(
            Protocol::Smtp,
            b"220 fake.test ESMTP",
            vec![
                smtp_ehlo(&["PIPELINING", "AUTH PLAIN LOGIN"]),
                rule("AUTH", &[reply]),
            ],
        )
        .await;
        let p = probe(cand(Protocol::Smtp, s.port(), &[USER, LOCAL])).await;
        assert_eq!(kind(&p), Some(want), "{reply}: {p:#?}");
        assert_eq!(p.login_attempts, attempts, "{reply}");
        assert_eq!(text(&p), reply, "{reply}");
    }
}

#[tokio::test]
async fn smtp_closing_after_a_refused_auth_retries_on_a_fresh_connection() {
    use base64::Engine;
    let good = base64::engine::general_purpose::STANDARD.encode(format!("\0{LOCAL}\0{PW}"));
    let s = scripted(
        Protocol::Smtp,
        b"220 fake.test ESMTP",
        vec![
            smtp_ehlo(&["AUTH PLAIN"]),
            rule("AUTH", &["235 2.7.0 Authentication successful"]).holding(&good),
            rule("AUTH", &["535 5.7.8 Authentication failed"]).closing(),
            rule("NOOP", &["250 2.0.0 Ok"]),
            rule("MAIL", &["250 2.1.0 Ok"]),
            rule("RCPT", &["250 2.1.5 Ok"]),
            rule("RSET", &["250 2.0.0 Ok"]),
            rule("QUIT", &["221 2.0.0 Bye"]).closing(),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Smtp, s.port(), &[USER, LOCAL])).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(p.username.as_deref(), Some(LOCAL));
    assert_eq!(p.login_attempts, 2);
    assert_eq!(s.connections(), 2);
}

#[tokio::test]
async fn smtp_auth_only_after_starttls_is_tls_required_before_trying() {
    let s = scripted(
        Protocol::Smtp,
        b"220 fake.test ESMTP",
        vec![
            smtp_ehlo(&["PIPELINING", "STARTTLS"]),
            rule("AUTH", &["530 5.7.0 Must issue a STARTTLS command first"]),
        ],
    )
    .await;
    let p = probe(cand(Protocol::Smtp, s.port(), &[USER])).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsRequired), "{p:#?}");
    assert_eq!(p.login_attempts, 0);
    assert!(!received(&s).contains("AUTH"), "{}", received(&s));
}

#[tokio::test]
async fn smtp_text_in_euc_jp_is_decoded() {
    let jp = "認証に失敗しました";
    let (bytes, _, _) = encoding_rs::EUC_JP.encode(jp);
    let mut line = b"535 5.7.8 ".to_vec();
    line.extend_from_slice(&bytes);
    let s = scripted(
        Protocol::Smtp,
        b"220 fake.test ESMTP",
        vec![smtp_ehlo(&["AUTH PLAIN"]), Rule::bytes("AUTH", vec![line])],
    )
    .await;
    let p = probe(cand(Protocol::Smtp, s.port(), &[USER])).await;
    assert_eq!(kind(&p), Some(FailureKind::LoginFailed), "{p:#?}");
    assert_eq!(text(&p), format!("535 5.7.8 {jp}"));
}

// ───────────────────────────── advice ─────────────────────────────

#[tokio::test]
async fn plain_port_with_starttls_advertised_says_use_starttls() {
    let s = scripted(
        Protocol::Imap,
        b"* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready",
        vec![imap_caps("IMAP4rev1 STARTTLS LOGINDISABLED")],
    )
    .await;
    let sink: EventSink = Arc::new(|_| {});
    let creds = Credentials {
        address: USER.into(),
        password: Some(Password::new(PW)),
    };
    let mut o = opts();
    o.allow_plaintext = false;
    let p = run_all(&[cand(Protocol::Imap, s.port(), &[USER])], &creds, &o, sink)
        .await
        .remove(0);
    assert_eq!(kind(&p), Some(FailureKind::PlaintextRefused), "{p:#?}");
    let f = findings(&[p]);
    assert!(has(&f, FindingId::UseStarttls), "{f:?}");
    assert!(!has(&f, FindingId::PlaintextOnly), "{f:?}");
}
