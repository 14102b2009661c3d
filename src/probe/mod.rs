//! Live probes of IMAP, POP3 and SMTP servers. Owner: probe work.

use crate::dns::Resolver;
use crate::model::{Candidate, Event, Probe};
use crate::secret::Password;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

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
    let _ = (candidates, creds, opts, events);
    Vec::new()
}
