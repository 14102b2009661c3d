//! A small SMTP submission client: greeting, EHLO (the full extension list is kept), STARTTLS,
//! AUTH PLAIN or LOGIN, then MAIL FROM / RCPT TO the address itself and RSET: whether the server
//! would accept a message, learnt without sending one. DATA is sent only with `--send-test`,
//! once per run, to the address itself.

use super::conn::{Conn, MAX_RESPONSE};
use super::{
    base64_encode, codes, safe_for_command, sasl_plain, wants_login, Ctx, Fail, Shared, Stop,
};
use crate::model::{
    Candidate, Event, FailureKind, Outcome, Probe, Protocol, Security, Step, StepName,
};
use crate::secret::Password;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reply {
    pub(crate) code: u16,
    pub(crate) lines: Vec<String>,
}

impl Reply {
    pub(crate) fn text(&self) -> String {
        format!("{} {}", self.code, self.lines.join(" "))
    }
    pub(crate) fn ok(&self) -> bool {
        (200..400).contains(&self.code)
    }
}

/// One (possibly multi-line) reply, bounded in size.
pub(crate) async fn reply(conn: &mut Conn) -> Result<Reply, Fail> {
    let mut budget = MAX_RESPONSE;
    let mut code = None;
    let mut lines = Vec::new();
    loop {
        let line = conn.read_line().await?;
        if line.len() + 2 > budget {
            return Err(Fail::new(
                FailureKind::ProtocolError,
                format!(
                    "the server's reply is larger than {} KiB",
                    MAX_RESPONSE / 1024
                ),
            ));
        }
        budget -= line.len() + 2;
        let (c, more, text) = parse_line(&line)?;
        if *code.get_or_insert(c) != c {
            return Err(Fail::new(
                FailureKind::ProtocolError,
                "the server mixed reply codes in one reply",
            )
            .text(line));
        }
        lines.push(text.to_string());
        if !more {
            return Ok(Reply { code: c, lines });
        }
    }
}

pub(crate) fn parse_line_ok(line: &str) -> bool {
    parse_line(line).is_ok()
}

fn parse_line(line: &str) -> Result<(u16, bool, &str), Fail> {
    let bad = || Fail::new(FailureKind::ProtocolError, "the server's reply is not SMTP").text(line);
    let b = line.as_bytes();
    if b.len() < 3 || !b[..3].iter().all(u8::is_ascii_digit) || !(b'2'..=b'5').contains(&b[0]) {
        return Err(bad());
    }
    let code: u16 = line[..3].parse().map_err(|_| bad())?;
    match b.get(3) {
        None => Ok((code, false, "")),
        Some(b' ') => Ok((code, false, &line[4..])),
        Some(b'-') => Ok((code, true, &line[4..])),
        Some(_) => Err(bad()),
    }
}

pub(crate) async fn command(conn: &mut Conn, cmd: &str) -> Result<Reply, Fail> {
    conn.write_all(format!("{cmd}\r\n").as_bytes()).await?;
    reply(conn).await
}

/// The name we give in EHLO: our address literal, as mail apps do.
fn ehlo_name(conn: &Conn) -> String {
    match conn.local_ip() {
        Some(std::net::IpAddr::V4(v4)) => format!("[{v4}]"),
        Some(std::net::IpAddr::V6(v6)) => format!("[IPv6:{v6}]"),
        None => "[127.0.0.1]".into(),
    }
}

/// EHLO; the extension lines (without the greeting line). None = EHLO refused (HELO only).
pub(crate) async fn ehlo(conn: &mut Conn) -> Result<Option<Vec<String>>, Fail> {
    let name = ehlo_name(conn);
    let r = command(conn, &format!("EHLO {name}")).await?;
    if r.code == 250 {
        return Ok(Some(r.lines.into_iter().skip(1).collect()));
    }
    let r = command(conn, &format!("HELO {name}")).await?;
    if r.code == 250 {
        Ok(None)
    } else {
        Err(Fail::new(
            FailureKind::ProtocolError,
            "the server refused EHLO and HELO",
        )
        .text(r.text()))
    }
}

pub(crate) fn has_ext(exts: &[String], name: &str) -> bool {
    exts.iter().any(|e| {
        e.split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(name))
    })
}

fn auth_mechs(exts: &[String]) -> Vec<String> {
    exts.iter()
        .filter_map(|e| {
            let mut w = e.split([' ', '=']);
            if w.next()?.eq_ignore_ascii_case("AUTH") {
                Some(
                    w.filter(|m| !m.is_empty())
                        .map(|m| m.to_ascii_uppercase())
                        .collect::<Vec<_>>(),
                )
            } else {
                None
            }
        })
        .flatten()
        .fold(Vec::new(), |mut acc, m| {
            if !acc.contains(&m) {
                acc.push(m);
            }
            acc
        })
}

pub(crate) async fn greeting(conn: &mut Conn) -> Result<String, Fail> {
    let r = reply(conn).await?;
    if r.code == 220 {
        Ok(r.text())
    } else {
        Err(Fail::new(
            FailureKind::ConnectRefused,
            "the server turned the session away in its greeting",
        )
        .text(r.text()))
    }
}

/// Who sends the test message (one per run) and what it carries.
#[derive(Debug, Default)]
pub(crate) struct SendTestState {
    claimed: bool,
    /// (probe index, token, when sent)
    sent: Option<(usize, String, Instant)>,
}

pub(crate) async fn run(ctx: &mut Ctx, conn: &mut Conn, cand: &Candidate) -> Result<(), Stop> {
    ctx.begin_io(StepName::Greeting, conn);
    let text = ctx.check(greeting(conn).await)?;
    ctx.ok(text);

    if cand.security == Security::Starttls {
        ctx.begin_io(StepName::Starttls, conn);
        let exts = ctx.check(ehlo(conn).await)?.unwrap_or_default();
        if !has_ext(&exts, "STARTTLS") {
            return Err(ctx.fail(Fail::new(
                FailureKind::StarttlsUnavailable,
                "the server does not offer STARTTLS on this port",
            )));
        }
        let mut answered = None;
        if super::popsmtp::check_before_starttls(cand, &exts) {
            answered = super::popsmtp::before_pop_in_clear(ctx, conn, &exts).await;
            ctx.begin_io(StepName::Starttls, conn);
        } else if !auth_mechs(&exts).is_empty() {
            // AUTH already offered before TLS: no relay check will follow, so the POP probes
            // need not wait for the handshake and the second EHLO.
            super::popsmtp::smtp_checked(ctx);
        }
        let r = match answered {
            // STARTTLS went with the relay check's flight.
            Some(r) => r,
            None => ctx.check(command(conn, "STARTTLS").await)?,
        };
        if r.code != 220 {
            return Err(ctx.fail(
                Fail::new(
                    FailureKind::StarttlsUnavailable,
                    "the server refused STARTTLS",
                )
                .text(r.text()),
            ));
        }
        super::start_tls(ctx, conn, cand).await?;
    }

    ctx.begin_io(StepName::Capabilities, conn);
    let exts = ctx.check(ehlo(conn).await)?;
    let exts = exts.unwrap_or_default();
    ctx.probe.capabilities = exts.clone();
    ctx.probe.auth_mechanisms = auth_mechs(&exts);
    ctx.ok(format!("{} EHLO extensions", exts.len()));
    let before = super::popsmtp::before_pop(ctx, conn).await;
    super::popsmtp::smtp_checked(ctx);

    if wants_login(cand) {
        login(ctx, conn, cand).await?;
    }

    ctx.begin_io(StepName::Submit, conn);
    let shared = ctx.shared.clone();
    // RFC 2920: MAIL, RCPT and RSET in one flight, only inside TLS and when nothing is sent.
    let pipelined = has_ext(&exts, "PIPELINING") && conn.is_tls() && !shared.opts.send_test;
    let r = match before {
        // No login since the relay check and nothing to send: that check asked exactly this
        // question on this connection, so its replies are this step's answer (asking again
        // would cost up to three round trips for the same replies).
        Some(env) if !wants_login(cand) && !shared.opts.send_test => {
            envelope_verdict(&env, conn.is_tls()).map(|d| {
                format!("{d} (the replies of the check before any POP login, not asked again)")
            })
        }
        _ if pipelined => submit_pipelined(&shared.address, conn).await,
        _ => submit(&shared, ctx.index, conn).await,
    };
    let detail = ctx.check(r)?;
    ctx.ok(detail);
    ctx.goodbye(conn);
    let _ = conn.write_all(b"QUIT\r\n").await;
    Ok(())
}

async fn login(ctx: &mut Ctx, conn: &mut Conn, cand: &Candidate) -> Result<(), Stop> {
    let mechs = ctx.probe.auth_mechanisms.clone();
    ctx.may_send_password(conn)?;
    let shared = ctx.shared.clone();
    let Some(password) = shared.password.as_ref() else {
        return Err(Stop);
    };
    let plain = mechs.iter().any(|m| m == "PLAIN");
    let login_mech = mechs.iter().any(|m| m == "LOGIN");
    let clear = !conn.is_tls();
    let starttls = has_ext(&ctx.probe.capabilities, "STARTTLS");
    if clear && codes::smtp_tls_required_before_login(&mechs, starttls) {
        // AUTH is offered only after STARTTLS (Postfix smtpd_tls_auth_only and the like).
        ctx.begin(StepName::Login);
        return Err(ctx.fail(Fail::new(
            FailureKind::TlsRequired,
            "the server offers AUTH only after STARTTLS; the password was not sent",
        )));
    }
    if !plain && !login_mech {
        ctx.begin(StepName::Login);
        let msg = if mechs.is_empty() {
            "the server offers no AUTH on this connection"
        } else {
            "the server offers neither AUTH PLAIN nor AUTH LOGIN"
        };
        return Err(ctx.fail(Fail::new(FailureKind::LoginMechanismUnsupported, msg)));
    }
    if cand.usernames.is_empty() {
        ctx.begin(StepName::Login);
        ctx.ok("no username to try");
        return Err(Stop);
    }
    let mut tried: Vec<String> = Vec::new();
    let mut reopens = 0;
    loop {
        let (user, ticket) = ctx.next_login(conn, cand, &tried).await?;
        // After a refusal: is the connection still there? (NOOP is valid at any time.) A
        // server that ended it gets the next form on a new connection.
        if !tried.is_empty() && command(conn, "NOOP").await.is_err() {
            if reopens >= 2 {
                ticket.succeeded_without_login();
                return Err(ctx.fail(Fail::new(
                    FailureKind::ProtocolError,
                    "the server kept closing the connection during login",
                )));
            }
            reopens += 1;
            match reopen(ctx, cand).await {
                Ok(c) => *conn = c,
                Err(f) => {
                    ticket.succeeded_without_login();
                    return Err(ctx.fail(f));
                }
            }
        }
        tried.push(user.clone());
        let r = match auth(conn, &user, password, plain).await {
            Err(f) if super::conn::is_closed(&f) => {
                ticket.rejected();
                ctx.rejected(Fail::new(
                    FailureKind::LoginFailed,
                    "the server closed the connection after the login without answering \
                     (how some servers refuse a login)",
                ));
                continue;
            }
            other => ctx.check(other)?,
        };
        if r.code == 235 {
            ticket.succeeded();
            let how = if plain { "AUTH PLAIN" } else { "AUTH LOGIN" };
            ctx.ok(format!("logged in as {user} ({how})"));
            return Ok(());
        }
        if r.code == 504 {
            return Err(ctx.fail(
                Fail::new(
                    FailureKind::LoginMechanismUnsupported,
                    "the server did not accept the authentication mechanism",
                )
                .text(r.text()),
            ));
        }
        let v = codes::smtp_auth_refusal(r.code, &r.lines.join(" "), clear, starttls);
        let fail = Fail::verdict(v).text(r.text());
        if codes::may_try_other_username(v.kind) {
            ticket.rejected();
            ctx.rejected(fail);
        } else {
            // 4xx (temporary), 5.7.9, 5.7.139, 530 5.7.0…: nothing said about the username.
            return Err(ctx.fail(fail));
        }
    }
}

/// A new connection for the next login attempt after the server ended the last one:
/// connect (+ implicit TLS), greeting, EHLO, STARTTLS when the candidate uses it, EHLO.
/// Bounded by the login step's time; nothing is recorded as a step of its own.
async fn reopen(ctx: &mut Ctx, cand: &Candidate) -> Result<Conn, Fail> {
    let shared = ctx.shared.clone();
    let until = (Instant::now() + 2 * shared.opts.step_timeout).min(shared.deadline);
    let mut conn = super::open(&shared, cand, until).await?;
    greeting(&mut conn).await?;
    if cand.security == Security::Starttls {
        ehlo(&mut conn).await?;
        let r = command(&mut conn, "STARTTLS").await?;
        if r.code != 220 {
            return Err(Fail::new(
                FailureKind::StarttlsUnavailable,
                "the server refused STARTTLS on the new connection",
            )
            .text(r.text()));
        }
        conn.start_tls(&shared.tls, &cand.host).await.0?;
    }
    ehlo(&mut conn).await?;
    conn.set_deadline(until);
    Ok(conn)
}

async fn auth(
    conn: &mut Conn,
    user: &str,
    password: &Password,
    plain: bool,
) -> Result<Reply, Fail> {
    if plain {
        let mut ir = sasl_plain(user, password);
        let mut cmd = super::secret_line(&["AUTH PLAIN ", &ir]);
        let w = conn.write_all(cmd.as_bytes()).await;
        zeroize::Zeroize::zeroize(&mut cmd);
        zeroize::Zeroize::zeroize(&mut ir);
        w?;
        let r = reply(conn).await?;
        if r.code == 334 {
            // The server wants the response separately although we gave it: cancel.
            let _ = conn.write_all(b"*\r\n").await;
            return reply(conn).await;
        }
        return Ok(r);
    }
    let r = command(conn, "AUTH LOGIN").await?;
    if r.code != 334 {
        return Ok(r);
    }
    let r = command(conn, &base64_encode(user.as_bytes())).await?;
    if r.code != 334 {
        return Ok(r);
    }
    let mut b64 = base64_encode(password.expose().as_bytes());
    let mut line = super::secret_line(&[&b64]);
    zeroize::Zeroize::zeroize(&mut b64);
    let w = conn.write_all(line.as_bytes()).await;
    zeroize::Zeroize::zeroize(&mut line);
    w?;
    reply(conn).await
}

/// The address as MAIL FROM / RCPT TO take it, or why it cannot be used.
fn smtp_address(addr: &str) -> Result<&str, Fail> {
    if !safe_for_command(addr) || addr.contains(['<', '>', ' ']) {
        return Err(Fail::new(
            FailureKind::SubmitRejected,
            "the address contains characters that cannot be used in SMTP",
        ));
    }
    Ok(addr)
}

/// What the MAIL FROM reply means (`Ok` when accepted).
fn mail_verdict(r: &Reply, tls: bool) -> Result<(), Fail> {
    if r.code == 530 && !tls && codes::mentions_tls(&r.lines.join(" ")) {
        // 530 5.7.0 "Must issue a STARTTLS command first" (a relay by IP address).
        return Err(Fail::new(
            FailureKind::TlsRequired,
            "the server accepts mail only after STARTTLS",
        )
        .text(r.text()));
    }
    if !r.ok() {
        return Err(Fail::new(
            FailureKind::SubmitRejected,
            "the server refused the sender address",
        )
        .text(r.text()));
    }
    Ok(())
}

/// The replies to MAIL FROM / RCPT TO the address itself (then RSET): whether the server
/// would take mail from and to it. Nothing is sent.
pub(crate) struct Envelope {
    pub(crate) mail: Reply,
    /// None when MAIL was refused and RCPT therefore not asked (one command at a time).
    pub(crate) rcpt: Option<Reply>,
    pub(crate) pipelined: bool,
}

/// MAIL FROM, RCPT TO and RSET. `pipelined` (RFC 2920 PIPELINING offered, inside TLS only):
/// written together and the three replies read in order, one round trip instead of three.
/// RSET ends the transaction whatever MAIL and RCPT got, so no mailbox can change.
pub(crate) async fn envelope(
    conn: &mut Conn,
    addr: &str,
    pipelined: bool,
) -> Result<Envelope, Fail> {
    let addr = smtp_address(addr)?;
    if pipelined {
        conn.write_all(format!("MAIL FROM:<{addr}>\r\nRCPT TO:<{addr}>\r\nRSET\r\n").as_bytes())
            .await?;
        let mail = reply(conn).await?;
        let rcpt = reply(conn).await?;
        let _rset = reply(conn).await?;
        return Ok(Envelope {
            mail,
            rcpt: Some(rcpt),
            pipelined,
        });
    }
    let mail = command(conn, &format!("MAIL FROM:<{addr}>")).await?;
    let rcpt = if mail.ok() {
        Some(command(conn, &format!("RCPT TO:<{addr}>")).await?)
    } else {
        None
    };
    let _ = command(conn, "RSET").await;
    Ok(Envelope {
        mail,
        rcpt,
        pipelined,
    })
}

/// What the submit step says about an envelope check.
fn envelope_verdict(env: &Envelope, tls: bool) -> Result<String, Fail> {
    mail_verdict(&env.mail, tls)?;
    match &env.rcpt {
        Some(r) if r.ok() => {}
        r => {
            let text = r.as_ref().map(Reply::text).unwrap_or_default();
            return Err(Fail::new(
                FailureKind::SubmitRejected,
                "the server refused the recipient address",
            )
            .text(text));
        }
    }
    Ok(if env.pipelined {
        "sender and recipient accepted (nothing sent; pipelined)".into()
    } else {
        "sender and recipient accepted (nothing sent)".into()
    })
}

/// MAIL FROM, RCPT TO, RSET and STARTTLS in one flight, before TLS (RFC 2920 lets STARTTLS end
/// a pipelined group; RFC 3207: nothing may follow it until TLS is up): the envelope's replies
/// and STARTTLS's. All four are read before the handshake, so nothing is left over for the
/// response-injection check in `Conn::start_tls`.
pub(crate) async fn envelope_then_starttls(
    conn: &mut Conn,
    addr: &str,
) -> Result<(Envelope, Reply), Fail> {
    let addr = smtp_address(addr)?;
    conn.write_all(
        format!("MAIL FROM:<{addr}>\r\nRCPT TO:<{addr}>\r\nRSET\r\nSTARTTLS\r\n").as_bytes(),
    )
    .await?;
    let mail = reply(conn).await?;
    let rcpt = reply(conn).await?;
    let _rset = reply(conn).await?;
    let starttls = reply(conn).await?;
    let env = Envelope {
        mail,
        rcpt: Some(rcpt),
        pipelined: true,
    };
    Ok((env, starttls))
}

/// MAIL FROM, RCPT TO and RSET in one flight (see [`envelope`]).
async fn submit_pipelined(addr: &str, conn: &mut Conn) -> Result<String, Fail> {
    let env = envelope(conn, addr, true).await?;
    envelope_verdict(&env, conn.is_tls())
}

/// MAIL FROM / RCPT TO the address itself, then RSET, or DATA for the one test message.
async fn submit(shared: &Shared, index: usize, conn: &mut Conn) -> Result<String, Fail> {
    let addr = smtp_address(&shared.address)?;
    let r = command(conn, &format!("MAIL FROM:<{addr}>")).await?;
    mail_verdict(&r, conn.is_tls())?;
    let r = command(conn, &format!("RCPT TO:<{addr}>")).await?;
    if !r.ok() {
        let _ = command(conn, "RSET").await;
        return Err(Fail::new(
            FailureKind::SubmitRejected,
            "the server refused the recipient address",
        )
        .text(r.text()));
    }
    let send = shared.opts.send_test
        && shared.test.lock().is_ok_and(|mut t| {
            let mine = !t.claimed;
            t.claimed = true;
            mine
        });
    if !send {
        let _ = command(conn, "RSET").await;
        return Ok("sender and recipient accepted (nothing sent)".into());
    }
    let token = unique_token();
    let r = command(conn, "DATA").await?;
    if r.code != 354 {
        return Err(
            Fail::new(FailureKind::SubmitRejected, "the server refused DATA").text(r.text()),
        );
    }
    conn.write_all(test_message(addr, &token).as_bytes())
        .await?;
    let r = reply(conn).await?;
    if !r.ok() {
        return Err(Fail::new(
            FailureKind::SubmitRejected,
            "the server refused the test message",
        )
        .text(r.text()));
    }
    if let Ok(mut t) = shared.test.lock() {
        t.sent = Some((index, token.clone(), Instant::now()));
    }
    Ok(format!(
        "accepted; test message {token} sent to the address itself"
    ))
}

fn unique_token() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("T{:x}{:x}", nanos, std::process::id())
}

fn test_message(addr: &str, token: &str) -> String {
    let date = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc2822)
        .unwrap_or_default();
    format!(
        "From: <{addr}>\r\nTo: <{addr}>\r\nSubject: Tsunagu test {token}\r\nDate: {date}\r\n\
         Message-ID: <{token}@tsunagu.invalid>\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         Tsunagu (つなぐ) sent this message to check that mail can be sent and received.\r\n\
         このメールは送受信の確認のために送られました。削除してかまいません。\r\n.\r\n"
    )
}

/// After all probes: look for the test message through a working incoming server and record
/// a `send_test` step on the SMTP probe that sent it.
pub(crate) async fn verify_test_message(
    candidates: &[Candidate],
    probes: &mut [Probe],
    shared: &std::sync::Arc<Shared>,
    events: &super::EventSink,
) {
    let sent = shared.test.lock().ok().and_then(|t| t.sent.clone());
    let Some((smtp_index, token, sent_at)) = sent else {
        if let Some(i) = probes.iter().position(|p| p.protocol == Protocol::Smtp) {
            push_step(
                probes,
                i,
                events,
                false,
                0,
                "not sent: no outgoing server accepted the address".into(),
            );
        }
        return;
    };
    // Prefer IMAP (it can search and poll); POP3 otherwise.
    let incoming = [Protocol::Imap, Protocol::Pop3].iter().find_map(|proto| {
        probes
            .iter()
            .enumerate()
            .find(|(_, p)| p.protocol == *proto && p.outcome == Outcome::Ok && p.username.is_some())
    });
    let Some((in_index, in_probe)) = incoming else {
        let ms = sent_at.elapsed().as_millis() as u64;
        push_step(
            probes,
            smtp_index,
            events,
            false,
            ms,
            format!("sent ({token}) but no working incoming server to look for it"),
        );
        return;
    };
    let user = in_probe.username.clone().unwrap_or_default();
    let cand = candidates[in_index].clone();
    let now = Instant::now();
    let until = if shared.deadline > now + Duration::from_secs(3) {
        shared.deadline
    } else {
        now + Duration::from_secs(10)
    };
    let found = match tokio::time::timeout_at(
        tokio::time::Instant::from_std(until),
        look(shared, &cand, &user, &token, until),
    )
    .await
    {
        Ok(r) => r,
        Err(_) => Ok(false),
    };
    let ms = sent_at.elapsed().as_millis() as u64;
    let (ok, detail) = match found {
        Ok(true) => (
            true,
            format!(
                "test message {token} arrived (seen via {} {})",
                cand.protocol.as_str(),
                cand.port
            ),
        ),
        Ok(false) => (
            false,
            format!("test message {token} did not arrive in time"),
        ),
        Err(f) => (false, format!("could not look for {token}: {}", f.message)),
    };
    push_step(probes, smtp_index, events, ok, ms, detail);
}

async fn look(
    shared: &std::sync::Arc<Shared>,
    cand: &Candidate,
    user: &str,
    token: &str,
    until: Instant,
) -> Result<bool, Fail> {
    let Some(password) = shared.password.as_ref() else {
        return Err(Fail::new(FailureKind::LoginFailed, "no password"));
    };
    if cand.protocol == Protocol::Pop3 {
        // A POP3 session sees a fixed snapshot: wait a little, then log in once.
        let wait = Duration::from_secs(3).min(until.saturating_duration_since(Instant::now()));
        tokio::time::sleep(wait).await;
    }
    let mut conn = super::open(shared, cand, until).await?;
    let server = conn
        .peer_ip()
        .map(|ip| ip.to_string())
        .unwrap_or_else(|| cand.host.clone());
    let super::NextLogin::Try(_, ticket) = shared
        .next_login(&server, cand.protocol, &[user.to_string()], &[], usize::MAX)
        .await
    else {
        return Err(Fail::new(
            FailureKind::LoginFailed,
            "the login attempt limit was reached",
        ));
    };
    match cand.protocol {
        Protocol::Imap => {
            let mut s =
                super::imap::quick_login(&mut conn, cand, &shared.tls, user, password).await?;
            ticket.succeeded();
            super::imap::search_subject(&mut conn, &mut s, token, until).await
        }
        _ => {
            super::pop3::quick_login(&mut conn, cand, &shared.tls, user, password).await?;
            ticket.succeeded();
            super::pop3::find_subject(&mut conn, token).await
        }
    }
}

fn push_step(
    probes: &mut [Probe],
    index: usize,
    events: &super::EventSink,
    ok: bool,
    ms: u64,
    detail: String,
) {
    let step = Step {
        step: StepName::SendTest,
        ok,
        ms,
        detail: super::sanitize(&detail, 300),
        attempts: None,
    };
    probes[index].steps.push(step.clone());
    events(Event::StepFinished { index, step });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_lines() {
        assert_eq!(
            parse_line("250-AUTH PLAIN").unwrap(),
            (250, true, "AUTH PLAIN")
        );
        assert_eq!(parse_line("250 OK").unwrap(), (250, false, "OK"));
        assert_eq!(parse_line("250").unwrap(), (250, false, ""));
        assert!(parse_line("25").is_err());
        assert!(parse_line("abc hello").is_err());
        assert!(parse_line("250xfoo").is_err());
        assert!(parse_line("999 x").is_err());
    }

    #[test]
    fn auth_extension_forms() {
        let exts = vec![
            "PIPELINING".to_string(),
            "AUTH PLAIN LOGIN".to_string(),
            "AUTH=PLAIN LOGIN".to_string(),
            "STARTTLS".to_string(),
        ];
        assert_eq!(
            auth_mechs(&exts),
            vec!["PLAIN".to_string(), "LOGIN".to_string()]
        );
        assert!(has_ext(&exts, "starttls"));
        assert!(!has_ext(&exts, "SMTPUTF8"));
    }

    #[test]
    fn test_message_is_terminated_and_addressed() {
        let m = test_message("taro@example.jp", "T1");
        assert!(m.contains("Subject: Tsunagu test T1\r\n"));
        assert!(m.ends_with("\r\n.\r\n"));
        assert!(!m.contains("\n.\r\n\r\n"));
    }
}
