//! "POP before SMTP": an SMTP server that offers no AUTH and accepts a recipient only for a
//! few minutes after a POP login from the same computer.
//!
//! Found without sending anything, in this order:
//! 1. every SMTP probe that sees no AUTH in EHLO tries MAIL FROM / RCPT TO the address itself
//!    (then RSET) before any POP login of this run: POP logins wait (bounded) until every SMTP
//!    probe has passed EHLO, so this is "before" (step `relay_before_pop`). For a STARTTLS
//!    candidate that expects no login (the POP-before-SMTP servers of the old ISP set-ups on
//!    port 25), the check is made on the first EHLO, before STARTTLS: the three commands carry
//!    the address only (no credentials, nothing changes), and the POP probes are let go three
//!    round trips earlier instead of waiting for the TLS handshake and the second EHLO;
//! 2. after all probes, when the recipient was refused there and a POP login succeeded, the
//!    same again on a new connection, at the same place (before or after STARTTLS; step
//!    `relay_after_pop`). Refused before and accepted after is the finding `pop_before_smtp`.

use super::conn::Conn;
use super::smtp;
use super::{Ctx, Shared};
use crate::model::{Candidate, Event, Outcome, Probe, Protocol, Security, Step, StepName};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a POP login waits for the SMTP probes' EHLO at most.
const MAX_POP_WAIT: Duration = Duration::from_secs(3);

/// The run's SMTP probes that have not yet passed EHLO (or ended).
#[derive(Debug, Default)]
pub(crate) struct RelayState {
    pending_smtp: AtomicUsize,
    notify: tokio::sync::Notify,
}

impl RelayState {
    pub(crate) fn new(candidates: &[Candidate]) -> RelayState {
        RelayState {
            pending_smtp: AtomicUsize::new(
                candidates
                    .iter()
                    .filter(|c| c.protocol == Protocol::Smtp)
                    .count(),
            ),
            notify: tokio::sync::Notify::new(),
        }
    }
}

/// An SMTP probe is past EHLO (or ended): once per probe.
pub(crate) fn smtp_checked(ctx: &mut Ctx) {
    if ctx.probe.protocol != Protocol::Smtp || ctx.relay_released {
        return;
    }
    ctx.relay_released = true;
    let r = &ctx.shared.relay;
    let _ = r
        .pending_smtp
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1));
    r.notify.notify_waiters();
}

/// Before a POP login: let the SMTP probes see the server as it is before any POP login.
pub(crate) async fn wait_for_smtp(shared: &Shared) {
    let until = (Instant::now() + MAX_POP_WAIT).min(shared.deadline);
    loop {
        let notified = shared.relay.notify.notified();
        if shared.relay.pending_smtp.load(Ordering::SeqCst) == 0 {
            return;
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || tokio::time::timeout(left, notified).await.is_err() {
            return;
        }
    }
}

/// MAIL FROM / RCPT TO the address, then RSET (in one flight when `pipelined`): the replies.
async fn rcpt_check(
    conn: &mut Conn,
    addr: &str,
    pipelined: bool,
) -> Result<smtp::Envelope, super::Fail> {
    smtp::envelope(conn, addr, pipelined).await
}

/// (recipient accepted, the server's words) of an envelope check.
fn rcpt_outcome(env: &smtp::Envelope) -> (bool, String) {
    match &env.rcpt {
        Some(r) if env.mail.ok() => (r.ok(), r.text()),
        _ => (false, format!("sender refused: {}", env.mail.text())),
    }
}

/// RFC 2920 PIPELINING for the relay check: offered, and inside TLS.
fn may_pipeline(conn: &Conn, exts: &[String]) -> bool {
    conn.is_tls() && smtp::has_ext(exts, "PIPELINING")
}

fn usable_address(addr: &str) -> bool {
    super::safe_for_command(addr) && !addr.contains(['<', '>', ' '])
}

/// The mark in a `relay_before_pop` detail of a check made before STARTTLS (step 2 repeats
/// it at the same place).
const IN_CLEAR: &str = " (before STARTTLS)";

/// Whether the relay check of this probe is made on the first EHLO, before STARTTLS: a
/// STARTTLS candidate that expects no login (the provider's data or autoconfig says so), no
/// AUTH offered in that EHLO.
pub(crate) fn check_before_starttls(cand: &Candidate, exts: &[String]) -> bool {
    cand.protocol == Protocol::Smtp
        && cand.security == Security::Starttls
        && !super::wants_login(cand)
        && !exts.iter().any(|e| {
            e.split([' ', '='])
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("AUTH"))
        })
}

/// Step 1 before STARTTLS (see [`check_before_starttls`]): the first EHLO's time counts to
/// this step. With PIPELINING offered, MAIL / RCPT / RSET and STARTTLS itself go in one flight
/// (they carry only the address) and STARTTLS's reply is returned; every reply is read before
/// the handshake (one left over would be refused there as the response-injection attack).
pub(crate) async fn before_pop_in_clear(
    ctx: &mut Ctx,
    conn: &mut Conn,
    exts: &[String],
) -> Option<smtp::Reply> {
    let addr = ctx.shared.address.clone();
    if !usable_address(&addr) {
        return None;
    }
    ctx.rename_current(StepName::RelayBeforePop);
    let pipelined = smtp::has_ext(exts, "PIPELINING");
    let flight = if pipelined {
        " (pipelined with STARTTLS)"
    } else {
        ""
    };
    let (r, starttls) = if pipelined {
        match smtp::envelope_then_starttls(conn, &addr).await {
            Ok((env, st)) => (Ok(env), Some(st)),
            Err(f) => (Err(f), None),
        }
    } else {
        (rcpt_check(conn, &addr, false).await, None)
    };
    match r {
        Ok(env) => match rcpt_outcome(&env) {
            (true, text) => ctx.ok(format!(
                "recipient accepted without any login: {text}{flight}{IN_CLEAR}"
            )),
            (false, text) => ctx.record_pub(
                false,
                format!("recipient refused: {text}{flight}{IN_CLEAR}"),
            ),
        },
        Err(f) => ctx.record_pub(false, format!("could not check: {}{IN_CLEAR}", f.message)),
    }
    smtp_checked(ctx);
    starttls
}

/// Step 1, on the probe's own connection right after EHLO, when no AUTH is offered. The
/// replies are returned: when no login follows, they are also the submit step's answer.
/// Nothing is checked once the POP probes were let go: it would no longer be "before".
pub(crate) async fn before_pop(ctx: &mut Ctx, conn: &mut Conn) -> Option<smtp::Envelope> {
    let addr = ctx.shared.address.clone();
    if !ctx.probe.auth_mechanisms.is_empty() || !usable_address(&addr) || ctx.relay_released {
        return None;
    }
    ctx.begin_io(StepName::RelayBeforePop, conn);
    let pipelined = may_pipeline(conn, &ctx.probe.capabilities);
    let flight = if pipelined { " (pipelined)" } else { "" };
    match rcpt_check(conn, &addr, pipelined).await {
        Ok(env) => {
            match rcpt_outcome(&env) {
                (true, text) => ctx.ok(format!(
                    "recipient accepted without any login: {text}{flight}"
                )),
                (false, text) => {
                    ctx.record_pub(false, format!("recipient refused: {text}{flight}"))
                }
            }
            Some(env)
        }
        Err(f) => {
            ctx.record_pub(false, format!("could not check: {}", f.message));
            None
        }
    }
}

fn step_ok(p: &Probe, s: StepName) -> Option<bool> {
    p.steps.iter().find(|x| x.step == s).map(|x| x.ok)
}

fn pop_logged_in(p: &Probe) -> bool {
    p.protocol == Protocol::Pop3
        && p.outcome == Outcome::Ok
        && step_ok(p, StepName::Login) == Some(true)
}

/// Step 2, after all probes: again on a new connection, now that a POP login succeeded.
pub(crate) async fn after_pop(
    candidates: &[Candidate],
    probes: &mut [Probe],
    shared: &Shared,
    events: &super::EventSink,
) {
    if !probes.iter().any(pop_logged_in) || !usable_address(&shared.address) {
        return;
    }
    for (index, cand) in candidates.iter().enumerate() {
        let Some(p) = probes.get_mut(index) else {
            continue;
        };
        let before = p.steps.iter().find(|s| s.step == StepName::RelayBeforePop);
        let refused = before.is_some_and(|s| !s.ok && s.detail.starts_with("recipient refused"));
        let in_clear = before.is_some_and(|s| s.detail.ends_with(IN_CLEAR));
        if cand.protocol != Protocol::Smtp || !refused {
            continue;
        }
        let t0 = Instant::now();
        let until = t0 + 2 * shared.opts.step_timeout;
        let r = tokio::time::timeout_at(
            tokio::time::Instant::from_std(until),
            again(shared, cand, until, in_clear),
        )
        .await;
        let (ok, detail) = match r {
            Ok(Ok((true, t))) => (
                true,
                format!("recipient accepted right after a POP login: {t}"),
            ),
            Ok(Ok((false, t))) => (
                false,
                format!("recipient still refused after a POP login: {t}"),
            ),
            Ok(Err(f)) => (false, format!("could not check: {}", f.message)),
            Err(_) => (false, "could not check: timed out".to_string()),
        };
        let step = Step {
            step: StepName::RelayAfterPop,
            ok,
            ms: t0.elapsed().as_millis() as u64,
            detail: super::sanitize(&detail, 300),
            attempts: None,
        };
        p.steps.push(step.clone());
        events(Event::StepFinished { index, step });
    }
}

async fn again(
    shared: &Shared,
    cand: &Candidate,
    until: Instant,
    in_clear: bool,
) -> Result<(bool, String), super::Fail> {
    let mut conn = super::open(shared, cand, until).await?;
    smtp::greeting(&mut conn).await?;
    if in_clear {
        // As in step 1: on the first EHLO, before STARTTLS.
        let exts = smtp::ehlo(&mut conn).await?.unwrap_or_default();
        let pipelined = smtp::has_ext(&exts, "PIPELINING");
        let r = check_and_quit(&mut conn, &shared.address, pipelined).await;
        return r.map(|(ok, t)| (ok, format!("{t}{IN_CLEAR}")));
    }
    if cand.security == Security::Starttls {
        smtp::ehlo(&mut conn).await?;
        let r = smtp::command(&mut conn, "STARTTLS").await?;
        if r.code != 220 {
            return Err(super::Fail::new(
                crate::model::FailureKind::StarttlsUnavailable,
                "the server refused STARTTLS",
            ));
        }
        conn.start_tls(&shared.tls, &cand.host).await.0?;
    }
    let exts = smtp::ehlo(&mut conn).await?.unwrap_or_default();
    let pipelined = may_pipeline(&conn, &exts);
    check_and_quit(&mut conn, &shared.address, pipelined).await
}

/// The relay check on a fresh connection, then QUIT (not waited for long) and close.
async fn check_and_quit(
    conn: &mut Conn,
    addr: &str,
    pipelined: bool,
) -> Result<(bool, String), super::Fail> {
    let r = rcpt_check(conn, addr, pipelined)
        .await
        .map(|env| rcpt_outcome(&env));
    conn.set_deadline(Instant::now() + Duration::from_millis(500));
    let _ = conn.write_all(b"QUIT\r\n").await;
    conn.shutdown().await;
    r
}
