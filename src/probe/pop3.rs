//! A small, read-only POP3 client: greeting, CAPA, STLS, AUTH PLAIN or USER/PASS (one
//! mechanism, one attempt per username: no silent fallback on a rejected password), STAT, UIDL,
//! QUIT. DELE is never sent, so QUIT deletes nothing.

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

    // POP before SMTP: the SMTP probes look first (bounded wait).
    super::popsmtp::wait_for_smtp(&ctx.shared.clone()).await;
    match apop.filter(|_| apop_preferred(conn, &caps)) {
        Some(ts) => apop_login(ctx, conn, cand, &ts).await?,
        None => login(ctx, conn, cand, &caps).await?,
    }

    ctx.begin_io(StepName::Mailbox, conn);
    let info = ctx.check(stat_uidl(conn).await)?;
    let detail = format!(
        "{} messages, {} bytes{}",
        info.0.messages.unwrap_or(0),
        info.0.size_bytes.unwrap_or(0),
        info.1
    );
    ctx.probe.mailbox = Some(info.0);
    ctx.ok(detail);

    ctx.goodbye(conn);
    let _ = conn.write_all(b"QUIT\r\n").await;
    Ok(())
}

async fn stat_uidl(conn: &mut Conn) -> Result<(MailboxInfo, String), Fail> {
    let mut info = MailboxInfo::default();
    match command(conn, "STAT").await? {
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
    let extra = match command(conn, "UIDL").await? {
        Ok(_) => {
            let (_, count) = multiline(conn, false, 16 * 1024 * 1024).await?;
            format!(", UIDL lists {count}")
        }
        Err(_) => ", no UIDL".to_string(),
    };
    Ok((info, extra))
}

async fn login(ctx: &mut Ctx, conn: &mut Conn, cand: &Candidate, caps: &Caps) -> Result<(), Stop> {
    ctx.may_send_password(conn)?;
    let shared = ctx.shared.clone();
    let Some(password) = shared.password.as_ref() else {
        return Err(Stop);
    };
    let plain = caps.sasl().iter().any(|m| m == "PLAIN");
    if cand.usernames.is_empty() {
        ctx.begin(StepName::Login);
        ctx.ok("no username to try");
        return Err(Stop);
    }
    let mut tried = Vec::new();
    loop {
        let (user, ticket) = ctx.next_login(conn, cand, &tried).await?;
        tried.push(user.clone());
        let r = if plain {
            auth_plain(conn, &user, password).await
        } else {
            user_pass(conn, &user, password).await
        };
        match ctx.check(r)? {
            Ok(()) => {
                ticket.succeeded();
                let how = if plain { "AUTH PLAIN" } else { "USER/PASS" };
                ctx.ok(format!("logged in as {user} ({how})"));
                return Ok(());
            }
            Err(text) => {
                ticket.rejected();
                ctx.rejected(
                    Fail::new(FailureKind::LoginFailed, "the server rejected the login").text(text),
                );
            }
        }
    }
}

async fn auth_plain(
    conn: &mut Conn,
    user: &str,
    password: &Password,
) -> Result<Result<(), String>, Fail> {
    let mut ir = sasl_plain(user, password);
    let mut cmd = super::secret_line(&["AUTH PLAIN ", &ir]);
    let w = conn.write_all(cmd.as_bytes()).await;
    zeroize::Zeroize::zeroize(&mut cmd);
    zeroize::Zeroize::zeroize(&mut ir);
    w?;
    let line = conn.read_line().await?;
    if line.starts_with('+') && !line.to_ascii_uppercase().starts_with("+OK") {
        // A continuation: the server ignored the initial response. Cancel; count it as failed.
        let _ = conn.write_all(b"*\r\n").await;
        return Err(Fail::new(
            FailureKind::LoginMechanismUnsupported,
            "the server did not take SASL PLAIN with an initial response",
        ));
    }
    Ok(parse_status(&line)?.map(|_| ()))
}

async fn user_pass(
    conn: &mut Conn,
    user: &str,
    password: &Password,
) -> Result<Result<(), String>, Fail> {
    if let Err(t) = command(conn, &format!("USER {user}")).await? {
        return Ok(Err(t));
    }
    let mut cmd = super::secret_line(&["PASS ", password.expose()]);
    let w = conn.write_all(cmd.as_bytes()).await;
    zeroize::Zeroize::zeroize(&mut cmd);
    w?;
    Ok(status(conn).await?.map(|_| ()))
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
fn apop_preferred(conn: &Conn, caps: &Caps) -> bool {
    !conn.is_tls()
        || (!caps.lines.is_empty()
            && !caps.has("USER")
            && !caps.sasl().iter().any(|m| m == "PLAIN"))
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
        user_pass(conn, user, password).await?
    };
    r.map_err(|t| Fail::new(FailureKind::LoginFailed, "the server rejected the login").text(t))
}

/// Looks at the headers of the newest messages (TOP n 0) for `token`. QUIT deletes nothing.
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
    let _ = command(conn, "QUIT").await;
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
