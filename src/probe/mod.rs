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

mod conn;
mod imap;
mod pop3;
mod smtp;
mod tls;

use crate::dns::{DnsError, Resolver};
use crate::model::{
    Authentication, Candidate, Event, Failure, FailureKind, Outcome, Probe, Protocol, Security,
    Step, StepName,
};
use crate::secret::Password;
use conn::Conn;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

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
    /// Login attempts per server (host) per run; ISPs lock accounts after repeated failures.
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
    if opts.send_test {
        smtp::verify_test_message(candidates, &mut probes, &shared, &events).await;
    }
    probes
}

/// State shared by every probe of one run.
pub(crate) struct Shared {
    pub(crate) tls: tls::TlsSetup,
    pub(crate) opts: ProbeOptions,
    pub(crate) address: String,
    pub(crate) password: Option<Password>,
    pub(crate) deadline: Instant,
    /// Login attempts made per host (lower-case) in this run, across all probes.
    logins: Mutex<HashMap<String, HostLogins>>,
    pub(crate) test: Mutex<smtp::SendTestState>,
}

#[derive(Debug, Default)]
struct HostLogins {
    /// Attempts that were rejected or whose outcome is unknown (cut off mid-way).
    failed: u32,
    /// Attempts under way.
    inflight: u32,
}

/// One login attempt reserved against a host's budget. Dropped without `succeeded()` (rejected,
/// cut off by a timeout or the deadline), it stays charged; a successful login gives its place
/// back, so one run can verify IMAP, POP3 and SMTP on the same host while at most
/// `max_logins_per_server` attempts per host can ever fail.
pub(crate) struct LoginTicket {
    shared: Arc<Shared>,
    host: String,
    ok: bool,
}

impl LoginTicket {
    pub(crate) fn succeeded(mut self) {
        self.ok = true;
    }
}

impl Drop for LoginTicket {
    fn drop(&mut self) {
        if let Ok(mut map) = self.shared.logins.lock() {
            let e = map.entry(self.host.clone()).or_default();
            e.inflight = e.inflight.saturating_sub(1);
            if !self.ok {
                e.failed += 1;
            }
        }
    }
}

impl Shared {
    /// Reserves one login attempt on `host`: at most `max_logins_per_server` attempts may be
    /// failed or under way at once. When the rest are under way, waits for their outcome;
    /// None when the budget is spent on failures.
    pub(crate) async fn take_login(self: &Arc<Self>, host: &str) -> Option<LoginTicket> {
        let key = host.to_ascii_lowercase();
        loop {
            {
                let mut map = self.logins.lock().ok()?;
                let e = map.entry(key.clone()).or_default();
                let max = self.opts.max_logins_per_server;
                if e.failed >= max {
                    return None;
                }
                if e.failed + e.inflight < max {
                    e.inflight += 1;
                    return Some(LoginTicket {
                        shared: self.clone(),
                        host: key,
                        ok: false,
                    });
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
}

impl Fail {
    pub(crate) fn new(kind: FailureKind, message: impl Into<String>) -> Fail {
        Fail {
            kind,
            message: message.into(),
            server_text: None,
        }
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

    /// Starts timing `step` and bounds the connection's I/O to it.
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

    /// Reserves one login attempt on this host; records a skip when the cap is reached.
    pub(crate) async fn reserve_login(&mut self, host: &str) -> Result<LoginTicket, Stop> {
        let shared = self.shared.clone();
        match shared.take_login(host).await {
            Some(t) => {
                self.probe.login_attempts += 1;
                Ok(t)
            }
            None => {
                self.skipped = true;
                let n = self.shared.opts.max_logins_per_server;
                self.record(
                    false,
                    format!(
                        "skipped: {n} login attempts on this server already failed in this run (limit)"
                    ),
                );
                Err(Stop)
            }
        }
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
    };
    let deadline = tokio::time::Instant::from_std(shared.deadline);
    let finished = tokio::time::timeout_at(deadline, run_steps(&mut ctx, cand)).await;
    if finished.is_err() {
        // The overall deadline ended the probe: the step in progress failed by timeout.
        let kind = match ctx.step_in_progress() {
            Some(StepName::Resolve | StepName::Connect) => FailureKind::ConnectTimeout,
            Some(StepName::Tls) => FailureKind::TlsHandshakeFailed,
            Some(StepName::Greeting) => FailureKind::GreetingTimeout,
            _ => FailureKind::ReadTimeout,
        };
        if ctx.step_in_progress().is_none() {
            ctx.begin(StepName::Connect);
        }
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
    let mut last: Option<Fail> = None;
    let mut tcp = None;
    for ip in ips.iter().take(4) {
        let addr = SocketAddr::new(*ip, cand.port);
        match tokio::time::timeout_at(tokio::time::Instant::from_std(d), TcpStream::connect(addr))
            .await
        {
            Ok(Ok(s)) => {
                tcp = Some((s, addr));
                break;
            }
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                last = Some(Fail::new(
                    FailureKind::ConnectRefused,
                    "the server refused the connection on this port",
                ));
            }
            Ok(Err(e)) => {
                last = Some(Fail::new(
                    FailureKind::ConnectRefused,
                    format!("the connection failed: {}", conn::io_kind(&e)),
                ));
            }
            Err(_) => {
                last = Some(Fail::new(
                    FailureKind::ConnectTimeout,
                    "the server did not answer the connection in time (port blocked or filtered?)",
                ));
                break;
            }
        }
    }
    let Some((tcp, addr)) = tcp else {
        let f = last.unwrap_or_else(|| {
            Fail::new(FailureKind::DnsNotFound, "the server name has no address")
        });
        return Err(ctx.fail(f));
    };
    let _ = tcp.set_nodelay(true);
    ctx.ok(addr.to_string());
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
    let ip = ips
        .first()
        .copied()
        .ok_or_else(|| Fail::new(FailureKind::DnsNotFound, "the server name has no address"))?;
    let tcp = tokio::time::timeout_at(
        tokio::time::Instant::from_std(d),
        TcpStream::connect(SocketAddr::new(ip, cand.port)),
    )
    .await
    .map_err(|_| Fail::new(FailureKind::ConnectTimeout, "the connection timed out"))?
    .map_err(|e| Fail::new(FailureKind::ConnectRefused, conn::io_kind(&e)))?;
    let mut conn = Conn::new(tcp, until);
    if cand.security == Security::Tls {
        conn.start_tls(&shared.tls, &cand.host).await.0?;
    }
    Ok(conn)
}

/// Whether this candidate logs in at all (SMTP relays by IP address do not).
pub(crate) fn wants_login(cand: &Candidate) -> bool {
    !matches!(
        cand.authentication,
        Authentication::None | Authentication::ClientIpAddress
    )
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
    fn sasl_plain_layout() {
        assert_eq!(
            sasl_plain("u", &Password::new("p")),
            base64_encode(b"\0u\0p")
        );
    }

    #[test]
    fn command_safety() {
        assert!(safe_for_command("taro@example.jp"));
        assert!(!safe_for_command("a\r\nb"));
        assert!(!safe_for_command("a\0"));
    }
}
