//! The whole diagnosis as one call: input → lookup → probe → diagnose → report.
//! The CLI and the desktop shell both call `run`; neither holds logic of its own.

use crate::diagnose::{diagnose, DiagnoseInput};
use crate::discover::{self, DiscoverOptions};
use crate::dns::Resolver;
use crate::input::{self, InputError};
use crate::model::{Event, InputNote, Lang, Report, Situation, REPORT_SCHEMA};
use crate::probe::{self, Credentials, EventSink, ProbeOptions};
use crate::provider;
use crate::secret::Password;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the person asked.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub address: String,
    /// None: look up and check the servers without logging in.
    pub password: Option<Password>,
    /// Overrides the username forms (`--username`).
    pub username: Option<String>,
    pub situation: Situation,
}

/// How to run it.
#[derive(Debug, Clone)]
pub struct Options {
    pub lang: Lang,
    /// No network at all: bundled data (or --config) only, nothing probed.
    pub offline: bool,
    pub timeout: Duration,
    pub config_file: Option<PathBuf>,
    pub ca_file: Option<PathBuf>,
    pub allow_plaintext: bool,
    pub send_test: bool,
    /// A DNS server to ask instead of the system resolver (tests point it at loopback).
    pub dns_server: Option<SocketAddr>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::Ja,
            offline: false,
            timeout: Duration::from_secs(20),
            config_file: None,
            ca_file: None,
            allow_plaintext: false,
            send_test: false,
            dns_server: None,
        }
    }
}

#[derive(Debug)]
pub enum EngineError {
    /// Bad input: exit code 2, the message says what to fix.
    Input(InputError),
    /// Something we could not do (unreadable --config, …): exit code 2 as well.
    Usage(String),
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EngineError::Input(e) => write!(f, "{e}"),
            EngineError::Usage(s) => f.write_str(s),
        }
    }
}
impl std::error::Error for EngineError {}

impl From<InputError> for EngineError {
    fn from(e: InputError) -> Self {
        EngineError::Input(e)
    }
}

fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Validates the request: the normalised account and the notes about what was changed.
pub fn prepare(
    req: &Request,
    lang: Lang,
) -> Result<(input::Account, Vec<InputNote>, Option<String>), EngineError> {
    let (account, mut notes) = input::normalize_address(&req.address, lang)?;
    if let Some(p) = &req.password {
        notes.extend(input::check_password(p, lang)?);
    }
    let username = match &req.username {
        Some(u) => Some(input::check_username(u, lang)?),
        None => None,
    };
    Ok((account, notes, username))
}

/// Runs the whole diagnosis, streaming progress to `events`.
pub async fn run(req: Request, opts: &Options, events: EventSink) -> Result<Report, EngineError> {
    let started = Instant::now();
    let started_at = now_rfc3339();
    let (account, input_notes, username) = prepare(&req, opts.lang)?;
    if let Some(ca) = &opts.ca_file {
        probe::check_ca_file(ca)
            .map_err(|e| EngineError::Usage(crate::text::ca_file_error(ca, &e, opts.lang)))?;
    }

    let resolver = Arc::new(match opts.dns_server {
        Some(a) => Resolver::with_nameserver(a),
        None => Resolver::system(),
    });
    // Discovery and the probes run while the network watch looks for a problem with this
    // computer's own network (no route, DNS silent): when one shows, it is the one cause and
    // the rest is abandoned (the probes' tasks end at their own deadlines).
    let work = discover_and_probe(
        &account,
        &req,
        opts,
        username,
        resolver.clone(),
        events.clone(),
        started,
    );
    let (lookup, probes, network) = if opts.offline {
        let (l, p) = work.await?;
        (l, p, None)
    } else {
        tokio::select! {
            r = work => { let (l, p) = r?; (l, p, None) }
            problem = crate::netcheck::watch(resolver.health.clone()) => {
                let lookup = discover::lookup(&account, &DiscoverOptions {
                    offline: true,
                    config_file: opts.config_file.clone(),
                    ..DiscoverOptions::default()
                })
                .await
                .map_err(|e| EngineError::Usage(e.message))?;
                events(Event::Planned { candidates: lookup.candidates.clone() });
                (lookup, Vec::new(), Some(problem))
            }
        }
    };

    // Every mail port failed and a web server answered one of them: a Wi-Fi sign-in page?
    let network = match network {
        None if !opts.offline && crate::netcheck::portal_suspected(&probes) => {
            match crate::netcheck::portal_check_url() {
                Some(url) => crate::netcheck::portal_check(&url, resolver.clone()).await,
                None => None,
            }
        }
        n => n,
    };

    // The bundled provider, also when recognised by MX (business domains at Xserver, Google…).
    let bundled = lookup
        .bundled_provider()
        .or_else(|| provider::find(&account.domain));
    let input = DiagnoseInput {
        situation: req.situation,
        account: &account,
        provider: bundled,
        probes: &probes,
        lang: opts.lang,
        offline: opts.offline,
    };
    let (findings, recommended) = match &network {
        Some(problem) => crate::diagnose::diagnose_network(&input, problem),
        None => diagnose(&input),
    };
    let ms = started.elapsed().as_millis() as u64;
    events(Event::Finished { ms });
    let mut provider = lookup.provider;
    if let Some(p) = provider.as_mut() {
        crate::relang::name_provider(p, opts.lang);
    }
    Ok(Report {
        schema: REPORT_SCHEMA,
        address: account.address.clone(),
        input_notes,
        situation: req.situation,
        provider,
        probes,
        recommended,
        findings,
        ms,
        started_at,
        lang: opts.lang,
        discovery: lookup.sources,
    })
}

/// Discovery, then the probes on what it found.
async fn discover_and_probe(
    account: &input::Account,
    req: &Request,
    opts: &Options,
    username: Option<String>,
    resolver: Arc<Resolver>,
    events: EventSink,
    started: Instant,
) -> Result<(discover::Lookup, Vec<crate::model::Probe>), EngineError> {
    let dopts = DiscoverOptions {
        offline: opts.offline,
        config_file: opts.config_file.clone(),
        resolver: resolver.clone(),
        ca_file: opts.ca_file.clone(),
        timeout: opts.timeout.min(Duration::from_secs(8)),
        ..DiscoverOptions::default()
    };
    let mut lookup = discover::lookup(account, &dopts)
        .await
        .map_err(|e| EngineError::Usage(e.message))?;
    if let Some(u) = &username {
        for c in &mut lookup.candidates {
            c.usernames = vec![u.clone()];
        }
    }
    events(Event::Planned {
        candidates: lookup.candidates.clone(),
    });

    let probes = if opts.offline {
        Vec::new()
    } else {
        // Discovery spent part of the budget; the probes get the rest (at least 5 s).
        let left = opts
            .timeout
            .saturating_sub(started.elapsed())
            .max(Duration::from_secs(5));
        let popts = ProbeOptions {
            deadline: left,
            ca_file: opts.ca_file.clone(),
            allow_plaintext: opts.allow_plaintext,
            send_test: opts.send_test,
            resolver,
            ..ProbeOptions::default()
        };
        let creds = Credentials {
            address: account.address.clone(),
            password: req.password.clone(),
        };
        probe::run_all(&lookup.candidates, &creds, &popts, events.clone()).await
    };

    Ok((lookup, probes))
}

/// Exit code of `tsunagu diagnose` for a finished report:
/// 0 when working incoming and outgoing settings were verified, else 1.
pub fn exit_code(report: &Report) -> i32 {
    if report.recommended.verified
        && report.recommended.incoming.is_some()
        && report.recommended.outgoing.is_some()
    {
        0
    } else {
        1
    }
}
