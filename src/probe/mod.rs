//! Live probes of IMAP, POP3 and SMTP servers. Owner: probe work.
//!
//! Per candidate: resolve → connect → tls → greeting → starttls → capabilities → login →
//! mailbox (IMAP/POP3) or submit (SMTP), each step timed and reported as it ends. All candidates
//! run at once; every step has its own timeout inside one overall deadline.
//!
//! The protocol clients are our own, small and read-only on purpose, rather than async-imap,
//! async-pop or lettre: async-pop has no STLS and silently retries a rejected SASL PLAIN login as
//! USER/PASS (two attempts against the ISP's lockout counter for one wrong password); lettre keeps
//! only the EHLO extensions it knows (we report the full list) and cannot take our rustls
//! configuration with the recording verifier. Owning the clients also lets every read be bounded
//! in size and time in one place (`conn.rs`).

mod codes;
mod conn;
mod imap;
mod pop3;
mod popsmtp;
mod smtp;
mod tls;
pub use tls::check_ca_file;

/// Entry points for the fuzz targets in `fuzz/` only (not an API): reach parsers that are
/// private to the probe modules.
#[doc(hidden)]
pub mod fuzzing {
    use crate::model::TlsInfo;
    use rustls::pki_types::CertificateDer;

    /// Certificate-name handling on untrusted bytes, as after a failed verification: the leaf
    /// `der` is parsed (subject, issuer, expiry) and its subjectAltName matched against `host`.
    pub fn describe_leaf(der: &[u8], host: &str) -> TlsInfo {
        let chain = [CertificateDer::from(der.to_vec())];
        let verdict = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        super::tls::describe(&chain, host, Some(&verdict))
    }

    /// The wildcard rule of certificate names (`*.example.jp` covers one label).
    pub fn dns_name_matches(pattern: &str, host: &str) -> bool {
        super::tls::dns_name_matches(pattern, host)
    }

    /// One probe as [`super::run_all`] runs it, but with the trust store loaded once per
    /// process (loading the OS store costs milliseconds; a fuzzer runs thousands of probes).
    pub async fn probe_one(
        cand: &crate::model::Candidate,
        creds: &super::Credentials,
        opts: &super::ProbeOptions,
        events: super::EventSink,
    ) -> crate::model::Probe {
        static TLS: std::sync::OnceLock<super::tls::TlsSetup> = std::sync::OnceLock::new();
        let tls = TLS
            .get_or_init(|| super::tls::TlsSetup::new(opts.ca_file.as_deref()))
            .clone();
        let shared = std::sync::Arc::new(super::Shared {
            tls,
            opts: opts.clone(),
            address: creds.address.clone(),
            password: creds.password.clone(),
            deadline: std::time::Instant::now() + opts.deadline,
            logins: std::sync::Mutex::new(std::collections::HashMap::new()),
            test: std::sync::Mutex::new(super::smtp::SendTestState::default()),
            relay: super::popsmtp::RelayState::new(std::slice::from_ref(cand)),
        });
        super::probe_one(0, cand, shared, events).await
    }
}

use crate::dns::{DnsError, Resolver};
use crate::model::{
    Authentication, Candidate, Event, Failure, FailureKind, Outcome, Probe, Protocol, Security,
    Step, StepName,
};
use crate::secret::Password;
use conn::Conn;
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// No login attempt starts closer than this to the overall deadline (its answer could not
/// arrive in time, and the password would have been sent for nothing).
const LAST_LOGIN_START: Duration = Duration::from_millis(100);

/// How long the LOGOUT/QUIT answer is awaited after the last step.
const GOODBYE: Duration = Duration::from_millis(500);

/// Receives progress events as they happen; must be cheap and must not block.
pub type EventSink = Arc<dyn Fn(Event) + Send + Sync>;

#[derive(Debug, Clone)]
pub struct ProbeOptions {
    /// The overall deadline for all probes (`--timeout`, default 20 s).
    pub deadline: Duration,
    /// Per-step bound for connect and TLS (about 5 s).
    pub connect_timeout: Duration,
    /// Per-step bound for each command/response.
    pub step_timeout: Duration,
    /// Extra trusted root certificates (PEM), besides the operating system's store.
    pub ca_file: Option<PathBuf>,
    /// Allow sending the password without TLS (off unless the user asks).
    pub allow_plaintext: bool,
    /// Send one short test message to the address itself and look for it.
    pub send_test: bool,
    pub resolver: Arc<Resolver>,
    /// Failed login attempts per server (IP address) per run; ISPs lock accounts after
    /// repeated failures. Successful logins give their place back (see `Shared::next_login`).
    pub max_logins_per_server: u32,
}

impl Default for ProbeOptions {
    fn default() -> Self {
        ProbeOptions {
            deadline: Duration::from_secs(20),
            connect_timeout: Duration::from_secs(5),
            step_timeout: Duration::from_secs(5),
            ca_file: None,
            allow_plaintext: false,
            send_test: false,
            resolver: Arc::new(Resolver::system()),
            max_logins_per_server: 3,
        }
    }
}

/// The address the probes log in as and the password; `None` password = no login.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub address: String,
    pub password: Option<Password>,
}

/// Probes every candidate concurrently and returns one `Probe` per candidate, in the same order.
pub async fn run_all(
    candidates: &[Candidate],
    creds: &Credentials,
    opts: &ProbeOptions,
    events: EventSink,
) -> Vec<Probe> {
    let started = Instant::now();
    let shared = Arc::new(Shared {
        tls: tls::TlsSetup::new(opts.ca_file.as_deref()),
        opts: opts.clone(),
        address: creds.address.clone(),
        password: creds.password.clone(),
        deadline: started + opts.deadline,
        logins: Mutex::new(HashMap::new()),
        test: Mutex::new(smtp::SendTestState::default()),
        relay: popsmtp::RelayState::new(candidates),
    });
    let handles: Vec<_> = candidates
        .iter()
        .enumerate()
        .map(|(index, cand)| {
            let cand = cand.clone();
            let shared = shared.clone();
            let events = events.clone();
            tokio::spawn(async move { probe_one(index, &cand, shared, events).await })
        })
        .collect();
    // If the caller stops waiting (the window closed), no probe goes on in the background.
    let _abort = AbortOnDrop(handles.iter().map(|h| h.abort_handle()).collect());
    let mut probes = Vec::with_capacity(candidates.len());
    for (index, handle) in handles.into_iter().enumerate() {
        match handle.await {
            Ok(p) => probes.push(p),
            Err(_) => {
                // A bug in a probe must not take the others down: report it as a failure.
                let mut p = empty_probe(&candidates[index]);
                p.outcome = Outcome::Failed;
                p.failure = Some(Failure {
                    kind: FailureKind::ProtocolError,
                    message: "internal error while probing this server".into(),
                    server_text: None,
                });
                probes.push(p);
            }
        }
    }
    popsmtp::after_pop(candidates, &mut probes, &shared, &events).await;
    if opts.send_test {
        smtp::verify_test_message(candidates, &mut probes, &shared, &events).await;
    }
    probes
}

struct AbortOnDrop(Vec<tokio::task::AbortHandle>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        for h in &self.0 {
            h.abort();
        }
    }
}

/// State shared by every probe of one run.
pub(crate) struct Shared {
    pub(crate) tls: tls::TlsSetup,
    pub(crate) opts: ProbeOptions,
    pub(crate) address: String,
    pub(crate) password: Option<Password>,
    pub(crate) deadline: Instant,
    /// Login knowledge and budget per server IP address, across all probes of this run.
    logins: Mutex<HashMap<String, HostLogins>>,
    pub(crate) test: Mutex<smtp::SendTestState>,
    /// POP before SMTP: SMTP probes look before any POP login (issue 15).
    pub(crate) relay: popsmtp::RelayState,
}

/// What this run learnt about logging in to one host (all its ports and protocols).
#[derive(Debug, Default)]
struct HostLogins {
    /// Attempts that were rejected or whose outcome is unknown (cut off mid-way).
    failed: u32,
    /// Attempts under way.
    inflight: u32,
    /// A username this host accepted (with this password) on some protocol.
    good: Option<String>,
    /// (protocol, username) pairs this host rejected.
    rejected: Vec<(Protocol, String)>,
    /// Probes waiting to try a username of unknown outcome: probe index → score (lower first).
    waiting: HashMap<usize, u32>,
}

/// One login attempt reserved against a host's budget. Its outcome is reported with
/// `succeeded()` or `rejected()`; dropped without either (cut off by a timeout or the
/// deadline), it counts as failed.
pub(crate) struct LoginTicket {
    shared: Arc<Shared>,
    host: String,
    protocol: Protocol,
    user: String,
    outcome: Option<bool>,
}

impl LoginTicket {
    pub(crate) fn succeeded(mut self) {
        self.outcome = Some(true);
    }
    pub(crate) fn rejected(mut self) {
        self.outcome = Some(false);
    }
    /// Nothing was sent: the reservation is returned without a verdict.
    pub(crate) fn succeeded_without_login(mut self) {
        if let Ok(mut map) = self.shared.logins.lock() {
            let e = map.entry(self.host.clone()).or_default();
            e.inflight = e.inflight.saturating_sub(1);
        }
        self.host.clear();
        self.outcome = Some(true);
    }
}

impl Drop for LoginTicket {
    fn drop(&mut self) {
        if self.host.is_empty() {
            return;
        }
        if let Ok(mut map) = self.shared.logins.lock() {
            let e = map.entry(self.host.clone()).or_default();
            e.inflight = e.inflight.saturating_sub(1);
            match self.outcome {
                Some(true) => e.good = Some(self.user.clone()),
                Some(false) => {
                    e.failed += 1;
                    e.rejected.push((self.protocol, self.user.clone()));
                }
                None => e.failed += 1,
            }
        }
    }
}

pub(crate) enum NextLogin {
    Try(String, LoginTicket),
    /// The host's budget of failed attempts is spent.
    Capped,
    /// No username form is left worth trying on this protocol.
    NoneLeft,
    /// The overall deadline is (almost) here: no new attempt starts.
    OutOfTime,
}

/// Removes a probe from its host's waiting list however its wait ends (even when the deadline
/// drops the future).
struct Waiting<'a> {
    shared: &'a Shared,
    host: &'a str,
    probe: usize,
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if let Ok(mut map) = self.shared.logins.lock() {
            if let Some(e) = map.get_mut(self.host) {
                e.waiting.remove(&self.probe);
            }
        }
    }
}

impl Shared {
    /// Chooses the next username to try on `server` (its IP address) and reserves the attempt.
    ///
    /// The rules keep failed attempts per host at `max_logins_per_server` or fewer while still
    /// verifying every port:
    /// - a username the host already accepted (on any protocol) is tried first, and such
    ///   attempts may run side by side; if this protocol already refused it, the protocol
    ///   refuses the account and nothing more is tried;
    /// - a form this protocol already rejected is not tried again;
    /// - an attempt whose outcome is unknown runs alone on its host, so the next one learns
    ///   from it; among the probes waiting, the most promising goes first (a protocol that has
    ///   not been refused yet, a form nobody refused yet), ties in candidate order.
    ///
    /// Successful logins do not use up the budget.
    pub(crate) async fn next_login(
        self: &Arc<Self>,
        server: &str,
        protocol: Protocol,
        usernames: &[String],
        tried: &[String],
        probe: usize,
    ) -> NextLogin {
        let key = server.to_ascii_lowercase();
        let max = self.opts.max_logins_per_server;
        let _waiting = Waiting {
            shared: self,
            host: &key,
            probe,
        };
        loop {
            {
                let Ok(mut map) = self.logins.lock() else {
                    return NextLogin::Capped;
                };
                let e = map.entry(key.clone()).or_default();
                if e.failed >= max {
                    return NextLogin::Capped;
                }
                if Instant::now() + LAST_LOGIN_START >= self.deadline {
                    return NextLogin::OutOfTime;
                }
                let refused_here = |e: &HostLogins, u: &str| {
                    e.rejected.iter().any(|(p, r)| *p == protocol && r == u)
                };
                let known = e.good.clone().filter(|g| usernames.contains(g));
                let (user, known_good, score) = match known {
                    Some(g) if tried.contains(&g) || refused_here(e, &g) => {
                        return NextLogin::NoneLeft
                    }
                    Some(g) => (g, true, 0),
                    None => {
                        let open: Vec<&String> = usernames
                            .iter()
                            .take(2)
                            .filter(|u| !tried.contains(u) && !refused_here(e, u))
                            .collect();
                        let refused_elsewhere = |u: &str| e.rejected.iter().any(|(_, r)| r == u);
                        let Some(u) = open.iter().find(|u| !refused_elsewhere(u)).or(open.first())
                        else {
                            return NextLogin::NoneLeft;
                        };
                        let here = e.rejected.iter().filter(|(p, _)| *p == protocol).count();
                        let score = 2 * here as u32 + u32::from(refused_elsewhere(u));
                        ((*u).clone(), false, score)
                    }
                };
                let free = if known_good {
                    e.waiting.remove(&probe);
                    e.failed + e.inflight < max
                } else {
                    e.waiting.insert(probe, score);
                    e.inflight == 0
                        && e.waiting
                            .iter()
                            .all(|(&other, &s)| (score, probe) <= (s, other))
                };
                if free {
                    e.waiting.remove(&probe);
                    e.inflight += 1;
                    return NextLogin::Try(
                        user.clone(),
                        LoginTicket {
                            shared: self.clone(),
                            host: key.clone(),
                            protocol,
                            user,
                            outcome: None,
                        },
                    );
                }
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// A typed failure as the protocol code sees it; the server text is sanitised when recorded.
#[derive(Debug, Clone)]
pub(crate) struct Fail {
    pub(crate) kind: FailureKind,
    pub(crate) message: String,
    pub(crate) server_text: Option<String>,
    /// The server said BYE (IMAP) and closed the connection: `server_text` is the BYE's text.
    pub(crate) bye: bool,
}

impl Fail {
    pub(crate) fn new(kind: FailureKind, message: impl Into<String>) -> Fail {
        Fail {
            kind,
            message: message.into(),
            server_text: None,
            bye: false,
        }
    }
    /// A refusal read by `codes`.
    pub(crate) fn verdict(v: codes::Verdict) -> Fail {
        Fail::new(v.kind, v.message)
    }
    pub(crate) fn text(mut self, server_text: impl Into<String>) -> Fail {
        self.server_text = Some(server_text.into());
        self
    }
}

/// The probe has ended (its failure or skip is already recorded).
#[derive(Debug)]
pub(crate) struct Stop;

/// Control characters stripped, whitespace collapsed, at most `max` characters.
pub(crate) fn sanitize(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut last_space = true;
    for c in s.chars() {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        if count == max {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    out.trim_end().to_string()
}

/// One probe in progress: what was learnt so far, and the step being timed.
pub(crate) struct Ctx {
    index: usize,
    pub(crate) probe: Probe,
    pub(crate) shared: Arc<Shared>,
    events: EventSink,
    started: Instant,
    current: Option<(StepName, Instant)>,
    skipped: bool,
    /// The last rejected login of this probe, while another username form may follow.
    rejection: Option<Fail>,
    /// Waiting for its turn to log in (other attempts on the same server come first).
    awaiting_turn: bool,
    /// The server's IP address: the login budget is per server machine, so `mail.` and
    /// `imap.` names of one machine (or `localhost` and `127.0.0.1`) share it.
    server: String,
    /// The connection attempts, for the `connect` step when it is recorded.
    attempts: Option<Vec<crate::model::ConnectAttempt>>,
    /// This SMTP probe has told the POP probes it is past EHLO (popsmtp).
    relay_released: bool,
}

impl Ctx {
    /// Starts timing `step`; returns the instant its I/O must end by.
    pub(crate) fn begin(&mut self, step: StepName) -> Instant {
        let now = Instant::now();
        self.current = Some((step, now));
        let budget = match step {
            StepName::Resolve | StepName::Connect | StepName::Tls => {
                self.shared.opts.connect_timeout
            }
            _ => self.shared.opts.step_timeout,
        };
        (now + budget).min(self.shared.deadline)
    }

    /// The goodbye (LOGOUT/QUIT) after the last step: brief, and no step of its own.
    pub(crate) fn goodbye(&self, conn: &mut Conn) {
        conn.set_deadline((Instant::now() + GOODBYE).min(self.shared.deadline));
    }

    /// Starts timing `step` and bounds the connection's I/O to it.
    /// Renames the step being timed, keeping its start (e.g. an EHLO that turns out to belong
    /// to the relay check before STARTTLS rather than to the STARTTLS step).
    pub(crate) fn rename_current(&mut self, step: StepName) {
        if let Some((s, _)) = self.current.as_mut() {
            *s = step;
        }
    }

    pub(crate) fn begin_io(&mut self, step: StepName, conn: &mut Conn) {
        let d = self.begin(step);
        conn.set_deadline(d);
    }

    fn record(&mut self, ok: bool, detail: String) {
        let Some((step, t0)) = self.current.take() else {
            return;
        };
        let s = Step {
            step,
            ok,
            ms: t0.elapsed().as_millis() as u64,
            detail: sanitize(&detail, 300),
            attempts: if step == StepName::Connect {
                self.attempts.take()
            } else {
                None
            },
        };
        self.probe.steps.push(s.clone());
        (self.events)(Event::StepFinished {
            index: self.index,
            step: s,
        });
    }

    pub(crate) fn ok(&mut self, detail: impl Into<String>) {
        self.record(true, detail.into());
    }

    /// Ends the current step as not ok without ending the probe (an observation).
    pub(crate) fn record_pub(&mut self, ok: bool, detail: String) {
        self.record(ok, detail);
    }

    /// Ends the current step with `fail` and ends the probe.
    pub(crate) fn fail(&mut self, fail: Fail) -> Stop {
        let step = self.current.map(|(s, _)| s);
        let kind = match (fail.kind, step) {
            (FailureKind::ReadTimeout, Some(StepName::Greeting)) => FailureKind::GreetingTimeout,
            (FailureKind::ReadTimeout, Some(StepName::Connect | StepName::Resolve)) => {
                FailureKind::ConnectTimeout
            }
            (k, _) => k,
        };
        let message = fail.message.clone();
        self.record(false, message.clone());
        let server_text = fail.server_text.map(|t| self.clean_server_text(&t));
        self.probe.failure = Some(Failure {
            kind,
            message,
            server_text,
        });
        Stop
    }

    /// `Ok(v)` ends nothing; `Err` ends the step and the probe.
    pub(crate) fn check<T>(&mut self, r: Result<T, Fail>) -> Result<T, Stop> {
        r.map_err(|f| self.fail(f))
    }

    /// Server text for a report: sanitised, bounded, and never echoing the password.
    pub(crate) fn clean_server_text(&self, t: &str) -> String {
        let mut s = t.to_string();
        if let Some(p) = &self.shared.password {
            let p = p.expose();
            if !p.is_empty() {
                s = s.replace(p, "***");
                let b64 = base64_encode(p.as_bytes());
                s = s.replace(&b64, "***");
                // A server echoing our AUTH PLAIN line.
                if let (Some(user), Some(pw)) = (&self.probe.username, &self.shared.password) {
                    s = s.replace(&sasl_plain(user, pw), "***");
                }
            }
        }
        sanitize(&s, 300)
    }

    /// Before any credential leaves: a password must exist and the connection must be
    /// encrypted (unless plaintext was allowed). Records the reason when it may not.
    pub(crate) fn may_send_password(&mut self, conn: &Conn) -> Result<(), Stop> {
        if !conn.is_tls() && !self.shared.opts.allow_plaintext {
            self.begin(StepName::Login);
            return Err(self.fail(Fail::new(
                FailureKind::PlaintextRefused,
                "the password was not sent because the connection is not encrypted",
            )));
        }
        if self.shared.password.is_none() {
            self.begin(StepName::Login);
            self.ok("no password given: login not tried");
            return Err(Stop);
        }
        Ok(())
    }

    /// The next username to try (see [`Shared::next_login`]), with the login step begun and
    /// the connection's I/O bounded from the moment the attempt may start. When none is left,
    /// the probe ends: with the last rejection if this probe had one, else as skipped.
    pub(crate) async fn next_login(
        &mut self,
        conn: &mut Conn,
        cand: &Candidate,
        tried: &[String],
    ) -> Result<(String, LoginTicket), Stop> {
        self.begin(StepName::Login);
        let shared = self.shared.clone();
        self.awaiting_turn = true;
        let next = shared
            .next_login(
                &self.server,
                cand.protocol,
                &cand.usernames,
                tried,
                self.index,
            )
            .await;
        self.awaiting_turn = false;
        let why = match next {
            NextLogin::Try(user, ticket) => {
                // Servers slow down rejected logins on purpose (Dovecot: 2 s, more after
                // repeated failures), so a login gets twice the usual step time: a slow "no"
                // must read as a rejected password, not as a timeout.
                conn.set_deadline(
                    (Instant::now() + 2 * self.shared.opts.step_timeout).min(self.shared.deadline),
                );
                if !safe_for_command(&user)
                    || !shared
                        .password
                        .as_ref()
                        .is_some_and(|p| safe_for_command(p.expose()))
                {
                    // Not sent, so not an attempt: give the place back.
                    ticket.succeeded_without_login();
                    return Err(self.fail(Fail::new(
                        FailureKind::LoginFailed,
                        "the username or password contains a line break or NUL and was not sent",
                    )));
                }
                self.probe.login_attempts += 1;
                self.probe.username = Some(user.clone());
                return Ok((user, ticket));
            }
            NextLogin::Capped => format!(
                "skipped: {} login attempts on this server already failed in this run (limit)",
                self.shared.opts.max_logins_per_server
            ),
            NextLogin::OutOfTime => {
                "skipped: the time limit was reached while other logins on this server were checked"
                    .into()
            }
            NextLogin::NoneLeft => {
                "not tried: this server already rejected these usernames for this protocol".into()
            }
        };
        self.finish_unattempted(&why);
        Err(Stop)
    }

    /// Ends a probe that gets no (further) login attempt: with its own last rejection if it
    /// had one, else as skipped for `why`.
    fn finish_unattempted(&mut self, why: &str) {
        if let Some(f) = self.rejection.take() {
            // This probe's own last attempt was rejected: that is its result.
            self.current = None;
            let server_text = f.server_text.map(|t| self.clean_server_text(&t));
            self.probe.failure = Some(Failure {
                kind: f.kind,
                message: f.message,
                server_text,
            });
        } else {
            self.skipped = true;
            self.record(false, why.to_string());
        }
    }

    /// Records a rejected login attempt (a failed login step); the probe may go on with the
    /// next username form.
    pub(crate) fn rejected(&mut self, fail: Fail) {
        self.record(false, fail.message.clone());
        self.rejection = Some(fail);
    }

    fn step_in_progress(&self) -> Option<StepName> {
        self.current.map(|(s, _)| s)
    }
}

pub(crate) fn base64_encode(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// SASL PLAIN initial response: base64("\0user\0password").
pub(crate) fn sasl_plain(user: &str, password: &Password) -> String {
    let mut raw = Vec::with_capacity(user.len() + password.expose().len() + 2);
    raw.push(0);
    raw.extend_from_slice(user.as_bytes());
    raw.push(0);
    raw.extend_from_slice(password.expose().as_bytes());
    let s = base64_encode(&raw);
    zeroize::Zeroize::zeroize(&mut raw);
    s
}

/// A command line that carries a secret, built in one exactly-sized buffer: `format!` grows
/// its buffer while writing, and each outgrown copy would be freed without being wiped.
/// The caller zeroises the result after sending it.
pub(crate) fn secret_line(parts: &[&str]) -> String {
    let mut line = String::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() + 2);
    for p in parts {
        line.push_str(p);
    }
    line.push_str("\r\n");
    line
}

/// CR, LF and NUL would end or split a protocol command: never send them.
pub(crate) fn safe_for_command(s: &str) -> bool {
    !s.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0)
}

fn empty_probe(c: &Candidate) -> Probe {
    Probe {
        protocol: c.protocol,
        host: c.host.clone(),
        port: c.port,
        security: c.security,
        username: None,
        outcome: Outcome::Ok,
        failure: None,
        steps: Vec::new(),
        tls: None,
        mailbox: None,
        ms: 0,
        capabilities: Vec::new(),
        auth_mechanisms: Vec::new(),
        login_attempts: 0,
        source: c.source,
        documented: c.documented,
    }
}

async fn probe_one(
    index: usize,
    cand: &Candidate,
    shared: Arc<Shared>,
    events: EventSink,
) -> Probe {
    events(Event::ProbeStarted { index });
    let mut ctx = Ctx {
        index,
        probe: empty_probe(cand),
        shared: shared.clone(),
        events: events.clone(),
        started: Instant::now(),
        current: None,
        skipped: false,
        rejection: None,
        awaiting_turn: false,
        server: cand.host.to_ascii_lowercase(),
        attempts: None,
        relay_released: false,
    };
    let deadline = tokio::time::Instant::from_std(shared.deadline);
    let finished = tokio::time::timeout_at(deadline, run_steps(&mut ctx, cand)).await;
    popsmtp::smtp_checked(&mut ctx);
    // The deadline cut a step short: it failed by timeout. (Cut during the polite goodbye
    // after the last step, nothing failed.)
    if finished.is_err() && ctx.awaiting_turn {
        // It never got its turn: nothing of its own failed.
        ctx.finish_unattempted(
            "skipped: the time limit was reached while other logins on this server were checked",
        );
    } else if let (Err(_), Some(step)) = (finished, ctx.step_in_progress()) {
        let kind = match step {
            StepName::Resolve | StepName::Connect => FailureKind::ConnectTimeout,
            StepName::Tls => FailureKind::TlsHandshakeFailed,
            StepName::Greeting => FailureKind::GreetingTimeout,
            _ => FailureKind::ReadTimeout,
        };
        ctx.fail(Fail::new(
            kind,
            "the overall time limit was reached before this step finished",
        ));
    }
    let mut probe = ctx.probe;
    probe.ms = ctx.started.elapsed().as_millis() as u64;
    probe.outcome = if probe.failure.is_some() {
        Outcome::Failed
    } else if ctx.skipped {
        Outcome::Skipped
    } else {
        Outcome::Ok
    };
    events(Event::ProbeFinished {
        index,
        probe: Box::new(probe.clone()),
    });
    probe
}

async fn run_steps(ctx: &mut Ctx, cand: &Candidate) {
    let Ok(mut conn) = connect(ctx, cand).await else {
        return;
    };
    let _ = match cand.protocol {
        Protocol::Imap => imap::run(ctx, &mut conn, cand).await,
        Protocol::Pop3 => pop3::run(ctx, &mut conn, cand).await,
        Protocol::Smtp => smtp::run(ctx, &mut conn, cand).await,
    };
    conn.shutdown().await;
}

/// resolve → connect → (implicit) tls.
async fn connect(ctx: &mut Ctx, cand: &Candidate) -> Result<Conn, Stop> {
    let d = ctx.begin(StepName::Resolve);
    let resolver = ctx.shared.opts.resolver.clone();
    let looked = tokio::time::timeout_at(
        tokio::time::Instant::from_std(d),
        resolver.lookup_ip(&cand.host),
    )
    .await;
    let ips: Vec<IpAddr> = match looked {
        Ok(Ok(ips)) => ips,
        Ok(Err(DnsError::NotFound)) => {
            return Err(ctx.fail(Fail::new(
                FailureKind::DnsNotFound,
                "the server name does not exist in DNS",
            )))
        }
        Ok(Err(DnsError::Timeout)) | Err(_) => {
            return Err(ctx.fail(Fail::new(
                FailureKind::DnsNotFound,
                "the server name could not be resolved in time",
            )))
        }
        Ok(Err(DnsError::Other(e))) => {
            return Err(ctx.fail(Fail::new(
                FailureKind::DnsNotFound,
                format!(
                    "the server name could not be resolved: {}",
                    sanitize(&e, 120)
                ),
            )))
        }
    };
    ctx.ok(ips
        .iter()
        .take(4)
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", "));

    let d = ctx.begin(StepName::Connect);
    let (won, attempts) = crate::eyeballs::connect_tcp(&ips, cand.port, d).await;
    ctx.attempts = Some(report_attempts(&attempts));
    let Some((tcp, addr)) = won else {
        return Err(ctx.fail(connect_failure(&attempts)));
    };
    ctx.ok(attempts.summary());
    ctx.server = addr.ip().to_string();
    let mut conn = Conn::new(tcp, d);

    if cand.security == Security::Tls {
        ctx.begin_io(StepName::Tls, &mut conn);
        start_tls(ctx, &mut conn, cand).await?;
    }
    Ok(conn)
}

/// The TLS handshake on `conn` (implicit TLS or after STARTTLS), recording the certificate
/// whatever the outcome; ends the step that is in progress.
pub(crate) async fn start_tls(
    ctx: &mut Ctx,
    conn: &mut Conn,
    cand: &Candidate,
) -> Result<(), Stop> {
    let shared = ctx.shared.clone();
    let (res, info) = conn.start_tls(&shared.tls, &cand.host).await;
    let version = info.as_ref().and_then(|i| i.version.clone());
    if info.is_some() {
        ctx.probe.tls = info;
    }
    ctx.check(res)?;
    ctx.ok(version.unwrap_or_else(|| "TLS".into()));
    Ok(())
}

/// The attempts as the report shows them.
fn report_attempts(a: &crate::eyeballs::Attempts) -> Vec<crate::model::ConnectAttempt> {
    a.0.iter()
        .map(|t| crate::model::ConnectAttempt {
            address: t.addr.to_string(),
            family: crate::eyeballs::family(t.addr.ip()).to_string(),
            ok: t.error.is_none(),
            error: t.error.as_ref().map(|e| e.as_text()),
            ms: t.ms,
        })
        .collect()
}

/// Why no address connected: refused when any address refused (the server machine is there
/// but nothing listens on the port), a timeout when every address stayed silent.
fn connect_failure(a: &crate::eyeballs::Attempts) -> Fail {
    use crate::eyeballs::AttemptError;
    let errors: Vec<&AttemptError> = a.0.iter().filter_map(|t| t.error.as_ref()).collect();
    if errors.is_empty() {
        return Fail::new(FailureKind::DnsNotFound, "the server name has no address");
    }
    let detail = a.summary();
    if errors.iter().any(|e| **e == AttemptError::Refused) {
        return Fail::new(
            FailureKind::ConnectRefused,
            format!("the server refused the connection on this port ({detail})"),
        );
    }
    if errors.iter().all(|e| e.is_silence()) {
        return Fail::new(
            FailureKind::ConnectTimeout,
            format!(
                "the server did not answer the connection in time (port blocked or filtered?) ({detail})"
            ),
        );
    }
    Fail::new(
        FailureKind::ConnectRefused,
        format!("the connection failed ({detail})"),
    )
}

/// resolve + connect + implicit TLS without recording steps (the send-test lookup).
pub(crate) async fn open(shared: &Shared, cand: &Candidate, until: Instant) -> Result<Conn, Fail> {
    let d = (Instant::now() + shared.opts.connect_timeout).min(until);
    let ips = tokio::time::timeout_at(
        tokio::time::Instant::from_std(d),
        shared.opts.resolver.lookup_ip(&cand.host),
    )
    .await
    .map_err(|_| Fail::new(FailureKind::DnsNotFound, "name resolution timed out"))?
    .map_err(|_| {
        Fail::new(
            FailureKind::DnsNotFound,
            "the server name could not be resolved",
        )
    })?;
    let (won, attempts) = crate::eyeballs::connect_tcp(&ips, cand.port, d).await;
    let (tcp, _) = won.ok_or_else(|| connect_failure(&attempts))?;
    let mut conn = Conn::new(tcp, until);
    if cand.security == Security::Tls {
        conn.start_tls(&shared.tls, &cand.host).await.0?;
    }
    Ok(conn)
}

/// Whether a refusal's server text carries a code that says the credentials were rejected:
/// IMAP `[AUTHENTICATIONFAILED]`, POP3 `[AUTH]`, SMTP `x.7.8` (`535 5.7.8`). False means the
/// server refused without saying why (the findings then say it is unclear).
pub fn says_credentials_rejected(server_text: &str) -> bool {
    let t = server_text.trim_start();
    if matches!(
        codes::imap_code(t).as_deref(),
        Some("AUTHENTICATIONFAILED" | "AUTH")
    ) {
        return true;
    }
    // SMTP: the reply code, then the enhanced code.
    let rest = t
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))
        .map(|_| t[3..].trim_start());
    rest.and_then(codes::smtp_enhanced)
        .is_some_and(|(_, s, d)| (s, d) == (7, 8))
}

/// Whether this candidate logs in at all (SMTP relays by IP address do not).
pub(crate) fn wants_login(cand: &Candidate) -> bool {
    !matches!(
        cand.authentication,
        Authentication::None | Authentication::ClientIpAddress
    )
}

/// Entry points for fuzz targets: every parser of server bytes in the probe, without I/O.
/// Each must return (never panic) on any input.
#[doc(hidden)]
pub mod fuzz {
    /// One IMAP response line (literals inline as `{n}\r\n<bytes>`), through every parser.
    pub fn imap_line(raw: &[u8]) -> usize {
        super::imap::parse_everything(raw)
    }
    /// One SMTP reply line.
    pub fn smtp_line(line: &str) -> bool {
        super::smtp::parse_line_ok(line)
    }
    /// One POP3 status line.
    pub fn pop3_line(line: &str) -> bool {
        super::pop3::parse_status_ok(line)
    }
    /// Certificate name matching (pattern from a certificate, host from the user).
    pub fn cert_name(pattern: &str, host: &str) -> bool {
        super::tls::dns_name_matches(pattern, host)
    }
    /// Server text as it would appear in a report.
    pub fn server_text(s: &str) -> String {
        super::sanitize(s, 300)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_strips_controls_and_bounds() {
        assert_eq!(sanitize("a\r\nb\x07c\t d", 300), "a b c d");
        let long = "x".repeat(1000);
        assert_eq!(sanitize(&long, 300).chars().count(), 301);
    }

    #[test]
    fn parsers_never_panic_on_random_bytes() {
        // A deterministic smoke run; the cargo-fuzz targets go further.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let alphabet = b"* ()\"{}\\+-&,0123456789OKNOBADLISTSTATUSQUOTAEXISTS\r\n\x00\xff";
        for _ in 0..20_000 {
            let mut line = Vec::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 64) as usize;
            for _ in 0..len {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                line.push(alphabet[(x % alphabet.len() as u64) as usize]);
            }
            fuzz::imap_line(&line);
            let text = String::from_utf8_lossy(&line);
            fuzz::smtp_line(&text);
            fuzz::pop3_line(&text);
            fuzz::cert_name(&text, "mail.example.jp");
            assert!(fuzz::server_text(&text).chars().count() <= 301);
        }
    }

    #[test]
    fn sasl_plain_layout() {
        assert_eq!(
            sasl_plain("u", &Password::new("p")),
            base64_encode(b"\0u\0p")
        );
    }

    #[test]
    fn credentials_codes() {
        assert!(says_credentials_rejected(
            "[AUTHENTICATIONFAILED] Authentication failed."
        ));
        assert!(says_credentials_rejected("[AUTH] Authentication failed."));
        assert!(says_credentials_rejected(
            "535 5.7.8 Error: authentication failed"
        ));
        assert!(!says_credentials_rejected("Login failed."));
        assert!(!says_credentials_rejected(
            "535 Incorrect authentication data"
        ));
        assert!(!says_credentials_rejected("[ALERT] bad"));
    }

    #[test]
    fn command_safety() {
        assert!(safe_for_command("taro@example.jp"));
        assert!(!safe_for_command("a\r\nb"));
        assert!(!safe_for_command("a\0"));
    }
}
