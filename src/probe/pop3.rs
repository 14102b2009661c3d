//! A small, read-only POP3 client: greeting, CAPA, STLS, AUTH PLAIN or USER/PASS (one
//! mechanism, one attempt per username: no silent fallback on a rejected password), STAT, UIDL,
//! then the connection is closed **without QUIT**.
//!
//! Why no QUIT: RFC 1939 §6 says QUIT in the TRANSACTION state starts the UPDATE state, and
//! some servers rewrite the maildrop then even when nothing was deleted (GNU Mailutils pop3d
//! rewrites the mbox file: Status headers `R`→`OR`, unread messages lose "new", `X-UIDL`
//! headers are added). A session closed without QUIT never enters UPDATE, so the maildrop is
//! left byte for byte as it was. DELE is never sent either.

use super::codes::{self, PopStage};
use super::conn::{Conn, MAX_RESPONSE};
use super::{sasl_plain, Ctx, Fail, Stop};
use crate::model::{Candidate, FailureKind, MailboxInfo, Security, StepName};
use crate::secret::Password;

/// `+OK text` → Ok(text); `-ERR text` → Err(text).
async fn status(conn: &mut Conn) -> Result<Result<String, String>, Fail> {
    let line = conn.read_line().await?;
    parse_status(&line)
}

pub(crate) fn parse_status_ok(line: &str) -> bool {
    parse_status(line).is_ok()
}

fn parse_status(line: &str) -> Result<Result<String, String>, Fail> {
    let upper = line.get(..4).map(|s| s.to_ascii_uppercase());
    if upper.as_deref() == Some("-ERR") {
        return Ok(Err(line[4..].trim().to_string()));
    }
    if line.get(..3).is_some_and(|s| s.eq_ignore_ascii_case("+OK")) {
        return Ok(Ok(line[3..].trim().to_string()));
    }
    Err(Fail::new(
        FailureKind::ProtocolError,
        "the server's answer is not +OK or -ERR",
    )
    .text(line))
}

async fn command(conn: &mut Conn, cmd: &str) -> Result<Result<String, String>, Fail> {
    conn.write_all(format!("{cmd}\r\n").as_bytes()).await?;
    status(conn).await
}

/// The lines of a multi-line answer up to the lone ".", dot-unstuffed. `keep` = false counts
/// the lines without keeping them (UIDL of a large mailbox). Bounded by `limit` bytes.
async fn multiline(conn: &mut Conn, keep: bool, limit: usize) -> Result<(Vec<String>, u64), Fail> {
    let mut lines = Vec::new();
    let mut count = 0u64;
    let mut total = 0usize;
    loop {
        let line = conn.read_line().await?;
        if line == "." {
            return Ok((lines, count));
        }
        total += line.len() + 2;
        if total > limit {
            return Err(Fail::new(
                FailureKind::ProtocolError,
                format!("the server's answer is larger than {} KiB", limit / 1024),
            ));
        }
        count += 1;
        if keep {
            let l = line.strip_prefix('.').unwrap_or(&line);
            lines.push(l.to_string());
        }
    }
}

pub(crate) struct Caps {
    pub(crate) lines: Vec<String>,
}

impl Caps {
    fn has(&self, word: &str) -> bool {
        self.lines.iter().any(|l| {
            l.split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
        })
    }
    fn sasl(&self) -> Vec<String> {
        self.lines
            .iter()
            .filter_map(|l| {
                let mut w = l.split_whitespace();
                if w.next()?.eq_ignore_ascii_case("SASL") {
                    Some(w.map(|m| m.to_ascii_uppercase()).collect::<Vec<_>>())
                } else {
                    None
                }
            })
            .flatten()
            .collect()
    }
}

/// CAPA; a server without it (RFC 1939 only) answers -ERR: then nothing is known.
async fn capa(conn: &mut Conn) -> Result<Caps, Fail> {
    match command(conn, "CAPA").await? {
        Ok(_) => Ok(Caps {
            lines: multiline(conn, true, MAX_RESPONSE).await?.0,
        }),
        Err(_) => Ok(Caps { lines: Vec::new() }),
    }
}

async fn greeting(conn: &mut Conn) -> Result<String, Fail> {
    match status(conn).await? {
        Ok(text) => Ok(text),
        Err(text) => Err(Fail::new(
            FailureKind::ConnectRefused,
            "the server turned the connection away",
        )
        .text(text)),
    }
}

pub(crate) async fn run(ctx: &mut Ctx, conn: &mut Conn, cand: &Candidate) -> Result<(), Stop> {
    ctx.begin_io(StepName::Greeting, conn);
    let text = ctx.check(greeting(conn).await)?;
    ctx.ok(format!("+OK {text}"));
    let apop = apop_timestamp(&text).map(str::to_string);

    if cand.security == Security::Starttls {
        ctx.begin_io(StepName::Starttls, conn);
        let caps = ctx.check(capa(conn).await)?;
        if !caps.has("STLS") {
            return Err(ctx.fail(Fail::new(
                FailureKind::StarttlsUnavailable,
                "the server does not offer STLS on this port",
            )));
        }
        if let Err(t) = ctx.check(command(conn, "STLS").await)? {
            return Err(ctx.fail(
                Fail::new(FailureKind::StarttlsUnavailable, "the server refused STLS").text(t),
            ));
        }
        super::start_tls(ctx, conn, cand).await?;
    }

    ctx.begin_io(StepName::Capabilities, conn);
    let caps = ctx.check(capa(conn).await)?;
    ctx.probe.capabilities = caps.lines.clone();
    ctx.probe.auth_mechanisms = caps.sasl();
    ctx.ok(if caps.lines.is_empty() {
        "no CAPA support".to_string()
    } else {
        format!("{} capabilities", caps.lines.len())
    });

    let mut caps = caps;
    // POP before SMTP: the SMTP probes look first (bounded wait).
    super::popsmtp::wait_for_smtp(&ctx.shared.clone()).await;
    match apop.filter(|_| apop_preferred(conn, &caps)) {
        Some(ts) => apop_login(ctx, conn, cand, &ts).await?,
        None => login(ctx, conn, cand, &mut caps).await?,
    }

    ctx.begin_io(StepName::Mailbox, conn);
    // RFC 2449 PIPELINING: STAT and UIDL in one flight, only inside TLS (both only read).
    // Never behind the credentials: Cyrus pop3d and Courier POP3 drop what arrived with the
    // login (Courier's login process hands over to the mailbox process), and the probe then
    // waited for answers that never came (read_timeout in tests/interop.rs).
    let pipelined = conn.is_tls() && caps.has("PIPELINING");
    let info = ctx.check(stat_uidl(conn, pipelined).await)?;
    let detail = format!(
        "{} messages, {} bytes{}",
        info.0.messages.unwrap_or(0),
        info.0.size_bytes.unwrap_or(0),
        info.1
    );
    ctx.probe.mailbox = Some(info.0);
    ctx.ok(detail);

    // No QUIT (see the module docs): the caller closes the TCP/TLS connection, which ends the
    // session without the UPDATE state.
    Ok(())
}

/// STAT, then UIDL (counted). `pipelined`: both written at once, the answers read in order.
async fn stat_uidl(conn: &mut Conn, pipelined: bool) -> Result<(MailboxInfo, String), Fail> {
    let mut info = MailboxInfo::default();
    let stat = if pipelined {
        conn.write_all(MAILBOX_FLIGHT.as_bytes()).await?;
        status(conn).await?
    } else {
        command(conn, "STAT").await?
    };
    match stat {
        Ok(text) => {
            let mut w = text.split_whitespace();
            let n = w.next().and_then(|x| x.parse().ok());
            let size = w.next().and_then(|x| x.parse().ok());
            if n.is_none() {
                return Err(
                    Fail::new(FailureKind::ProtocolError, "STAT gave no message count").text(text),
                );
            }
            info.messages = n;
            info.size_bytes = size;
        }
        Err(text) => {
            return Err(Fail::new(FailureKind::ProtocolError, "STAT was refused").text(text))
        }
    }
    // UIDL: only counted; a mailbox of 100 000 messages is about 3 MB of UIDs.
    let uidl = if pipelined {
        status(conn).await?
    } else {
        command(conn, "UIDL").await?
    };
    let extra = match uidl {
        Ok(_) => {
            let (_, count) = multiline(conn, false, 16 * 1024 * 1024).await?;
            format!(", UIDL lists {count}")
        }
        Err(_) => ", no UIDL".to_string(),
    };
    let extra = if pipelined {
        format!("{extra} (pipelined)")
    } else {
        extra
    };
    Ok((info, extra))
}

/// How one login attempt ended.
enum Attempt {
    Ok,
    /// `-ERR text` to USER (before the password) or to PASS/AUTH.
    Refused(PopStage, String),
    /// The server closed the connection instead of answering.
    Closed(PopStage),
}

/// A fresh connection may be opened this many times per probe after the server ended one
/// (popa3d closes after every failed PASS).
const MAX_REOPENS: u32 = 2;

/// What the mailbox step asks in one flight when pipelined.
const MAILBOX_FLIGHT: &str = "STAT\r\nUIDL\r\n";

/// Logs in with AUTH PLAIN or USER/PASS (with PIPELINING inside TLS, USER and PASS in one
/// flight).
async fn login(
    ctx: &mut Ctx,
    conn: &mut Conn,
    cand: &Candidate,
    caps: &mut Caps,
) -> Result<(), Stop> {
    ctx.may_send_password(conn)?;
    let shared = ctx.shared.clone();
    let Some(password) = shared.password.as_ref() else {
        return Err(Stop);
    };
    let clear = !conn.is_tls();
    if clear && codes::pop3_tls_required_before_login(&caps.lines) {
        // Cyrus (STLS, no USER, no SASL) and Mailutils (XTLSREQUIRED) say so in CAPA: the
        // password is not sent to be refused.
        ctx.begin(StepName::Login);
        return Err(ctx.fail(Fail::new(
            FailureKind::TlsRequired,
            "the server's CAPA allows no login before STLS; the password was not sent",
        )));
    }
    if cand.usernames.is_empty() {
        ctx.begin(StepName::Login);
        ctx.ok("no username to try");
        return Err(Stop);
    }
    let mut tried: Vec<String> = Vec::new();
    let mut dead = false;
    let mut reopens = 0;
    loop {
        let (user, ticket) = ctx.next_login(conn, cand, &tried).await?;
        if !tried.is_empty() && !dead {
            // After a refusal: is the connection still there? (CAPA is valid in every state.)
            dead = capa(conn).await.is_err();
        }
        if dead {
            if reopens >= MAX_REOPENS {
                ticket.succeeded_without_login();
                return Err(ctx.fail(Fail::new(
                    FailureKind::ProtocolError,
                    "the server kept closing the connection during login",
                )));
            }
            reopens += 1;
            match reopen(ctx, cand).await {
                Ok((c, new_caps)) => {
                    *conn = c;
                    *caps = new_caps;
                    dead = false;
                }
                Err(f) => {
                    ticket.succeeded_without_login();
                    return Err(ctx.fail(f));
                }
            }
        }
        let plain = caps.sasl().iter().any(|m| m == "PLAIN");
        let stls = caps.has("STLS");
        // RFC 2449 PIPELINING, only inside TLS (the password goes before USER is answered, so
        // never in the clear): USER and PASS in one flight.
        let pipelined = conn.is_tls() && caps.has("PIPELINING");
        let r = if plain {
            auth_plain(conn, &user, password).await
        } else {
            user_pass(conn, &user, password, pipelined).await
        };
        match ctx.check(r)? {
            Attempt::Ok => {
                ticket.succeeded();
                let how = if plain { "AUTH PLAIN" } else { "USER/PASS" };
                let fresh = if reopens > 0 {
                    " on a new connection"
                } else {
                    ""
                };
                let flight = if pipelined { ", pipelined" } else { "" };
                ctx.ok(format!("logged in as {user} ({how}{flight}){fresh}"));
                return Ok(());
            }
            Attempt::Closed(PopStage::User) => {
                // Nothing was sent that the server judged: the same form again, on a new
                // connection.
                ticket.succeeded_without_login();
                ctx.probe.login_attempts = ctx.probe.login_attempts.saturating_sub(1);
                dead = true;
            }
            Attempt::Closed(PopStage::Credentials) => {
                tried.push(user.clone());
                ticket.rejected();
                ctx.rejected(Fail::new(
                    FailureKind::LoginFailed,
                    "the server closed the connection after the password without answering \
                     (how some servers refuse a login)",
                ));
                dead = true;
            }
            Attempt::Refused(stage, text) => {
                tried.push(user.clone());
                let v = codes::pop3_login_refusal(stage, &text, clear, stls);
                let fail = Fail::verdict(v).text(text);
                if codes::may_try_other_username(v.kind) {
                    ticket.rejected();
                    ctx.rejected(fail);
                    continue;
                }
                if stage == PopStage::User && !pipelined {
                    // Refused before the password was sent: not an attempt.
                    ticket.succeeded_without_login();
                    ctx.probe.login_attempts = ctx.probe.login_attempts.saturating_sub(1);
                } else {
                    // The password went (pipelined: right behind USER): an attempt.
                    ticket.rejected();
                }
                return Err(ctx.fail(fail));
            }
        }
    }
}

/// A new connection for the next login attempt after the server ended the last one:
/// connect (+ implicit TLS), greeting, STLS when the candidate uses it, CAPA. Bounded by the
/// login step's time; nothing is recorded as a step of its own.
async fn reopen(ctx: &mut Ctx, cand: &Candidate) -> Result<(Conn, Caps), Fail> {
    let shared = ctx.shared.clone();
    let until = (std::time::Instant::now() + 2 * shared.opts.step_timeout).min(shared.deadline);
    let mut conn = super::open(&shared, cand, until).await?;
    greeting(&mut conn).await?;
    if cand.security == Security::Starttls {
        if command(&mut conn, "STLS").await?.is_err() {
            return Err(Fail::new(
                FailureKind::StarttlsUnavailable,
                "the server refused STLS on the new connection",
            ));
        }
        conn.start_tls(&shared.tls, &cand.host).await.0?;
    }
    let caps = capa(&mut conn).await?;
    conn.set_deadline(until);
    Ok((conn, caps))
}

/// Reads the answer to the command carrying the credentials.
async fn credentials_answer(conn: &mut Conn) -> Result<Attempt, Fail> {
    match status(conn).await {
        Ok(Ok(_)) => Ok(Attempt::Ok),
        Ok(Err(t)) => Ok(Attempt::Refused(PopStage::Credentials, t)),
        Err(f) if super::conn::is_closed(&f) => Ok(Attempt::Closed(PopStage::Credentials)),
        Err(f) => Err(f),
    }
}

/// `AUTH PLAIN` with the initial response (RFC 5034).
async fn auth_plain(conn: &mut Conn, user: &str, password: &Password) -> Result<Attempt, Fail> {
    let mut ir = sasl_plain(user, password);
    let mut cmd = super::secret_line(&["AUTH PLAIN ", &ir]);
    let w = conn.write_all(cmd.as_bytes()).await;
    zeroize::Zeroize::zeroize(&mut cmd);
    zeroize::Zeroize::zeroize(&mut ir);
    w?;
    let line = match conn.read_line().await {
        Ok(l) => l,
        Err(f) if super::conn::is_closed(&f) => return Ok(Attempt::Closed(PopStage::Credentials)),
        Err(f) => return Err(f),
    };
    if line.starts_with('+') && !line.to_ascii_uppercase().starts_with("+OK") {
        // A continuation: the server ignored the initial response. Cancel; count it as failed.
        let _ = conn.write_all(b"*\r\n").await;
        return Err(Fail::new(
            FailureKind::LoginMechanismUnsupported,
            "the server did not take SASL PLAIN with an initial response",
        ));
    }
    Ok(match parse_status(&line)? {
        Ok(_) => Attempt::Ok,
        Err(t) => Attempt::Refused(PopStage::Credentials, t),
    })
}

/// USER, then PASS. `pipelined` (PIPELINING offered, inside TLS): both in one write and the
/// answers read in order: one round trip instead of two. A server that refuses USER also
/// refuses the PASS behind it (no user given); that answer is read too, so the connection
/// stays in step for the next attempt. Closed before USER was answered: the password may have
/// reached the server, so it counts as closed after the credentials.
async fn user_pass(
    conn: &mut Conn,
    user: &str,
    password: &Password,
    pipelined: bool,
) -> Result<Attempt, Fail> {
    if pipelined {
        let mut cmd = super::secret_line(&["USER ", user, "\r\nPASS ", password.expose()]);
        let w = conn.write_all(cmd.as_bytes()).await;
        zeroize::Zeroize::zeroize(&mut cmd);
        w?;
        return match status(conn).await {
            Ok(Ok(_)) => credentials_answer(conn).await,
            Ok(Err(t)) => {
                let _ = status(conn).await;
                Ok(Attempt::Refused(PopStage::User, t))
            }
            Err(f) if super::conn::is_closed(&f) => Ok(Attempt::Closed(PopStage::Credentials)),
            Err(f) => Err(f),
        };
    }
    match command(conn, &format!("USER {user}")).await {
        Ok(Ok(_)) => {}
        Ok(Err(t)) => return Ok(Attempt::Refused(PopStage::User, t)),
        Err(f) if super::conn::is_closed(&f) => return Ok(Attempt::Closed(PopStage::User)),
        Err(f) => return Err(f),
    }
    let mut cmd = super::secret_line(&["PASS ", password.expose()]);
    let w = conn.write_all(cmd.as_bytes()).await;
    zeroize::Zeroize::zeroize(&mut cmd);
    w?;
    credentials_answer(conn).await
}

/// The APOP timestamp of a greeting (RFC 1939 section 7): `<...@...>`, printable ASCII,
/// bounded. None when the server does not offer APOP.
pub(crate) fn apop_timestamp(greeting: &str) -> Option<&str> {
    let start = greeting.find('<')?;
    let len = greeting[start..].find('>')? + 1;
    let ts = &greeting[start..start + len];
    let inner = &ts[1..ts.len() - 1];
    let ok = (3..=250).contains(&inner.len())
        && inner.contains('@')
        && inner.bytes().all(|b| b.is_ascii_graphic() && b != b'<');
    ok.then_some(ts)
}

/// APOP is used when the server offers it and USER/PASS would be refused: on a connection
/// without TLS (the password itself never leaves; only its MD5 digest with the server's
/// timestamp does), or when CAPA lists neither USER nor SASL PLAIN.
///
/// Never in the clear when this very connection offers STLS: the true advice there is
/// "switch to STARTTLS" (`use_starttls`), and a server that requires TLS before login says so
/// through its capabilities (`tls_required`). Cyrus pop3d accepts APOP in the clear while
/// refusing USER before TLS, and Mailutils pop3d answers APOP with `-ERR Incorrect state`:
/// trying APOP there would hide both causes (tests/interop.rs).
fn apop_preferred(conn: &Conn, caps: &Caps) -> bool {
    if !conn.is_tls() {
        return !caps.has("STLS");
    }
    !caps.lines.is_empty() && !caps.has("USER") && !caps.sasl().iter().any(|m| m == "PLAIN")
}

/// The APOP digest: lower-case hex MD5 of the timestamp followed by the password.
pub(crate) fn apop_digest(timestamp: &str, password: &Password) -> String {
    use md5::{Digest, Md5};
    let mut h = Md5::new();
    h.update(timestamp.as_bytes());
    h.update(password.expose().as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Login with `APOP user digest`, one attempt per username, through the same per-server cap.
async fn apop_login(
    ctx: &mut Ctx,
    conn: &mut Conn,
    cand: &Candidate,
    ts: &str,
) -> Result<(), Stop> {
    let shared = ctx.shared.clone();
    let Some(password) = shared.password.as_ref() else {
        ctx.begin(StepName::Login);
        ctx.ok("no password given: login not tried");
        return Err(Stop);
    };
    if cand.usernames.is_empty() {
        ctx.begin(StepName::Login);
        ctx.ok("no username to try");
        return Err(Stop);
    }
    let mut tried = Vec::new();
    loop {
        let (user, ticket) = ctx.next_login(conn, cand, &tried).await?;
        tried.push(user.clone());
        let mut digest = apop_digest(ts, password);
        let r = command(conn, &format!("APOP {user} {digest}")).await;
        zeroize::Zeroize::zeroize(&mut digest);
        match ctx.check(r)? {
            Ok(_) => {
                ticket.succeeded();
                ctx.ok(format!("logged in as {user} (APOP)"));
                return Ok(());
            }
            Err(text) => {
                ticket.rejected();
                ctx.rejected(
                    Fail::new(
                        FailureKind::LoginFailed,
                        "the server rejected the APOP login",
                    )
                    .text(text),
                );
            }
        }
    }
}

/// Greeting, STLS and login on a fresh connection (send-test lookup); no steps recorded.
pub(crate) async fn quick_login(
    conn: &mut Conn,
    cand: &Candidate,
    tls: &super::tls::TlsSetup,
    user: &str,
    password: &Password,
) -> Result<(), Fail> {
    greeting(conn).await?;
    if cand.security == Security::Starttls {
        if command(conn, "STLS").await?.is_err() {
            return Err(Fail::new(FailureKind::StarttlsUnavailable, "STLS refused"));
        }
        conn.start_tls(tls, &cand.host).await.0?;
    }
    if !conn.is_tls() {
        return Err(Fail::new(FailureKind::PlaintextRefused, "not encrypted"));
    }
    let caps = capa(conn).await?;
    let r = if caps.sasl().iter().any(|m| m == "PLAIN") {
        auth_plain(conn, user, password).await?
    } else {
        user_pass(conn, user, password, false).await?
    };
    match r {
        Attempt::Ok => Ok(()),
        Attempt::Refused(stage, t) => {
            Err(Fail::verdict(codes::pop3_login_refusal(stage, &t, false, false)).text(t))
        }
        Attempt::Closed(_) => Err(Fail::new(
            FailureKind::LoginFailed,
            "the server closed the connection during login",
        )),
    }
}

/// Looks at the headers of the newest messages (TOP n 0) for `token`. The session ends by
/// closing the connection, without QUIT (see the module docs).
pub(crate) async fn find_subject(conn: &mut Conn, token: &str) -> Result<bool, Fail> {
    let n: u64 = match command(conn, "STAT").await? {
        Ok(t) => t
            .split_whitespace()
            .next()
            .and_then(|x| x.parse().ok())
            .unwrap_or(0),
        Err(_) => 0,
    };
    let mut found = false;
    for i in (n.saturating_sub(20) + 1..=n).rev() {
        if command(conn, &format!("TOP {i} 0")).await?.is_err() {
            break;
        }
        let (lines, _) = multiline(conn, true, MAX_RESPONSE).await?;
        if lines.iter().any(|l| l.contains(token)) {
            found = true;
            break;
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(parse_status("+OK 2 320").unwrap(), Ok("2 320".into()));
        assert_eq!(
            parse_status("-ERR [AUTH] no").unwrap(),
            Err("[AUTH] no".into())
        );
        assert!(parse_status("220 smtp").is_err());
        assert!(parse_status("").is_err());
        assert!(parse_status("+").is_err());
    }

    #[test]
    fn apop_greetings() {
        // RFC 1939's own example.
        let g = "POP3 server ready <1896.697170952@dbc.mtview.ca.us>";
        assert_eq!(apop_timestamp(g), Some("<1896.697170952@dbc.mtview.ca.us>"));
        let pw = Password::new("tanstaaf");
        assert_eq!(
            apop_digest("<1896.697170952@dbc.mtview.ca.us>", &pw),
            "c4c9334bac560ecc979e58001b3e22fb"
        );
        assert_eq!(apop_timestamp("Dovecot ready."), None);
        assert_eq!(apop_timestamp("ready <no-at-sign>"), None);
        assert_eq!(apop_timestamp("ready <a@b"), None);
        assert_eq!(apop_timestamp("ready <a b@c>"), None);
        assert_eq!(apop_timestamp("<>"), None);
    }

    #[test]
    fn capa_parsing() {
        let c = Caps {
            lines: vec!["TOP".into(), "SASL PLAIN LOGIN".into(), "stls".into()],
        };
        assert!(c.has("STLS"));
        assert_eq!(c.sasl(), vec!["PLAIN".to_string(), "LOGIN".to_string()]);
    }
}
