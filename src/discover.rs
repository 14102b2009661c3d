//! Finding settings for an address: --config, bundled data, then (for unknown domains) every
//! discovery source at once — autoconfig over https, .well-known, the online ISPDB, MX → a
//! bundled provider, DNS SRV (RFC 6186/8314), and the plain-http autoconfig — each with its
//! own deadline. The highest-priority success wins and we stop waiting as soon as no pending
//! source could beat it. Every source reports what it returned and over which channel:
//! only https with a verified certificate is an authenticated channel; plain http and DNS
//! (no DNSSEC) are not.

use crate::autoconfig;
use crate::candidates;
use crate::dns::{DnsError, Resolver};
use crate::input::Account;
use crate::model::{Candidate, Lang, Protocol, ProviderRef, Security, SettingsSource};
use crate::provider;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Where discovery looks. `{domain}` and `{address}` (percent-encoded) are replaced.
/// Tests point these at a server on loopback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    pub autoconfig: String,
    pub well_known: String,
    pub ispdb: String,
    /// The plain-http autoconfig Thunderbird also tries; its result is marked untrusted.
    /// `None` turns it off.
    pub autoconfig_http: Option<String>,
}

impl Default for Endpoints {
    fn default() -> Self {
        Endpoints {
            autoconfig: "https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}"
                .into(),
            well_known: "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml".into(),
            ispdb: "https://autoconfig.thunderbird.net/v1.1/{domain}".into(),
            autoconfig_http: Some(
                "http://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}".into(),
            ),
        }
    }
}

#[derive(Debug, Clone)]
pub struct DiscoverOptions {
    pub offline: bool,
    /// A clientConfig 1.1 XML file given with --config.
    pub config_file: Option<PathBuf>,
    pub resolver: Arc<Resolver>,
    /// Extra trusted root(s) for HTTPS fetches (tests: the test CA).
    pub ca_file: Option<PathBuf>,
    /// Overall deadline of discovery.
    pub timeout: Duration,
    /// Deadline of each source (capped by `timeout`).
    pub source_timeout: Duration,
    pub endpoints: Endpoints,
}

impl Default for DiscoverOptions {
    fn default() -> Self {
        DiscoverOptions {
            offline: false,
            config_file: None,
            resolver: Arc::new(Resolver::system()),
            ca_file: None,
            timeout: Duration::from_secs(8),
            source_timeout: Duration::from_secs(5),
            endpoints: Endpoints::default(),
        }
    }
}

pub use crate::model::{Channel, SourceOutcome, SourceReport};

/// What lookup found: the provider (if any), the candidates to probe, and how.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    pub provider: Option<ProviderRef>,
    pub candidates: Vec<Candidate>,
    /// Every source asked, in priority order.
    pub sources: Vec<SourceReport>,
    /// The MX hosts of the domain, when they were looked up.
    pub mx: Vec<String>,
}

impl Lookup {
    /// The bundled provider behind the result (bundled, or recognised by MX).
    pub fn bundled_provider(&self) -> Option<&'static provider::Provider> {
        let p = self.provider.as_ref()?;
        match p.source {
            SettingsSource::Bundled | SettingsSource::Mx => provider::by_id(&p.id),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct DiscoverError {
    pub message: String,
}

impl std::fmt::Display for DiscoverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for DiscoverError {}

fn report(source: SettingsSource, query: &str, channel: Channel) -> SourceReport {
    SourceReport {
        source,
        query: query.to_string(),
        outcome: SourceOutcome::Skipped,
        channel,
        trusted: matches!(channel, Channel::Bundled | Channel::File | Channel::Https),
        candidates: 0,
        used: false,
        ms: 0,
        detail: String::new(),
    }
}

fn pref(p: &provider::Provider, source: SettingsSource) -> ProviderRef {
    ProviderRef {
        id: p.id.clone(),
        name: p.name(Lang::Ja).to_string(),
        source,
    }
}

/// Reads a `--config` file (bounded) into candidates (source config, documented).
pub fn from_config_file(
    path: &std::path::Path,
    account: &Account,
) -> Result<(ProviderRef, Vec<Candidate>), DiscoverError> {
    let meta = std::fs::metadata(path).map_err(|e| DiscoverError {
        message: format!("cannot read {}: {e}", path.display()),
    })?;
    if meta.len() > autoconfig::MAX_BYTES as u64 {
        return Err(DiscoverError {
            message: format!("{} is too large for a clientConfig file", path.display()),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|e| DiscoverError {
        message: format!("cannot read {}: {e}", path.display()),
    })?;
    let cfg = autoconfig::parse(&text).map_err(|e| DiscoverError {
        message: format!("{} is not a valid clientConfig file: {e}", path.display()),
    })?;
    let c = candidates::finish(candidates::from_config(
        &cfg,
        account,
        SettingsSource::Config,
        true,
    ));
    if c.is_empty() {
        return Err(DiscoverError {
            message: format!("{} names no IMAP, POP3 or SMTP server", path.display()),
        });
    }
    let p = cfg.provider();
    let id = p
        .and_then(|p| p.id.clone())
        .unwrap_or_else(|| account.domain.clone());
    let name = p
        .and_then(|p| p.display_name.clone().or(p.display_short_name.clone()))
        .unwrap_or_else(|| id.clone());
    Ok((
        ProviderRef {
            id,
            name,
            source: SettingsSource::Config,
        },
        c,
    ))
}

pub async fn lookup(account: &Account, opts: &DiscoverOptions) -> Result<Lookup, DiscoverError> {
    // 1. The user's own file wins over everything and is not second-guessed.
    if let Some(path) = &opts.config_file {
        let t = Instant::now();
        let (pr, c) = from_config_file(path, account)?;
        let mut r = report(
            SettingsSource::Config,
            &path.display().to_string(),
            Channel::File,
        );
        r.outcome = SourceOutcome::Found;
        r.candidates = c.len();
        r.used = true;
        r.ms = t.elapsed().as_millis() as u64;
        return Ok(Lookup {
            provider: Some(pr),
            candidates: c,
            sources: vec![r],
            mx: Vec::new(),
        });
    }
    // 2. Bundled provider data.
    if let Some(p) = provider::find(&account.domain) {
        let known = candidates::from_provider(p, account, None, SettingsSource::Bundled);
        let mut r = report(SettingsSource::Bundled, &p.id, Channel::Bundled);
        r.outcome = if known.is_empty() {
            SourceOutcome::NotFound
        } else {
            SourceOutcome::Found
        };
        r.candidates = known.len();
        r.used = true;
        r.detail = if known.is_empty() {
            "provider known, no server documented: guesses are probed".into()
        } else if candidates::fully_documented(&known) {
            "documented".into()
        } else {
            "partly unverified: guesses are probed too".into()
        };
        let mut sources = vec![r];
        let mut mx = Vec::new();
        let mut all = known;
        // Known provider, but its servers are not all documented (So-net, iTSCOM…): ask the
        // discovery sources too; what they find is probed after the bundled values.
        if !opts.offline && !candidates::fully_documented(&all) {
            let online = discover_online(account, opts).await;
            all.extend(
                online
                    .candidates
                    .into_iter()
                    .filter(|c| c.source != SettingsSource::Guess),
            );
            sources.extend(
                online
                    .sources
                    .into_iter()
                    .filter(|s| s.source != SettingsSource::Guess),
            );
            mx = online.mx;
        }
        let c = candidates::with_guesses(all, account);
        if c.iter().any(|c| c.source == SettingsSource::Guess) {
            let mut g = report(SettingsSource::Guess, &account.domain, Channel::None);
            g.outcome = SourceOutcome::Found;
            g.used = true;
            g.candidates = c
                .iter()
                .filter(|c| c.source == SettingsSource::Guess)
                .count();
            sources.push(g);
        }
        return Ok(Lookup {
            provider: Some(pref(p, SettingsSource::Bundled)),
            candidates: c,
            sources,
            mx,
        });
    }
    // 3. Unknown domain.
    if opts.offline {
        let mut sources = planned_reports(account, opts);
        for s in &mut sources {
            s.detail = "offline".into();
        }
        let c = candidates::guesses(account);
        let mut g = report(SettingsSource::Guess, &account.domain, Channel::None);
        g.outcome = SourceOutcome::Found;
        g.used = true;
        g.candidates = c.len();
        sources.push(g);
        return Ok(Lookup {
            provider: None,
            candidates: c,
            sources,
            mx: Vec::new(),
        });
    }
    Ok(discover_online(account, opts).await)
}

/// Priority order (lower wins).
fn priority(src: SettingsSource, channel: Channel) -> u8 {
    match (src, channel) {
        (SettingsSource::Autoconfig, Channel::Https) => 0,
        (SettingsSource::Ispdb, _) => 2,
        (SettingsSource::Mx, _) => 3,
        (SettingsSource::Srv, _) => 4,
        (SettingsSource::Autoconfig, _) => 5,
        _ => 9,
    }
}

fn fill(template: &str, account: &Account) -> String {
    let enc: String = account
        .address
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    template
        .replace("{domain}", &account.domain)
        .replace("{address}", &enc)
}

struct Job {
    prio: u8,
    report: SourceReport,
}

fn planned_reports(account: &Account, opts: &DiscoverOptions) -> Vec<SourceReport> {
    planned(account, opts)
        .into_iter()
        .map(|j| j.report)
        .collect()
}

fn planned(account: &Account, opts: &DiscoverOptions) -> Vec<Job> {
    let e = &opts.endpoints;
    let mut v = vec![
        (
            SettingsSource::Autoconfig,
            fill(&e.autoconfig, account),
            Channel::Https,
            0,
        ),
        (
            SettingsSource::Autoconfig,
            fill(&e.well_known, account),
            Channel::Https,
            1,
        ),
        (
            SettingsSource::Ispdb,
            fill(&e.ispdb, account),
            Channel::Https,
            2,
        ),
        (SettingsSource::Mx, account.domain.clone(), Channel::Dns, 3),
        (
            SettingsSource::Srv,
            format!("_imaps._tcp.{}", account.domain),
            Channel::Dns,
            4,
        ),
    ];
    if let Some(h) = &e.autoconfig_http {
        v.push((
            SettingsSource::Autoconfig,
            fill(h, account),
            Channel::Http,
            5,
        ));
    }
    v.into_iter()
        .map(|(s, q, ch, prio)| {
            let ch = if q.starts_with("http://") {
                Channel::Http
            } else {
                ch
            };
            let prio = if ch == Channel::Http {
                prio.max(priority(s, ch))
            } else {
                prio
            };
            Job {
                prio,
                report: report(s, &q, ch),
            }
        })
        .collect()
}

/// The result of one source: candidates and provider (if any), or why not.
type SourceResult =
    Result<(Vec<Candidate>, Option<ProviderRef>, Vec<String>, String), (SourceOutcome, String)>;

async fn run_source(
    job_report: SourceReport,
    account: Account,
    opts: DiscoverOptions,
    tls: Option<Arc<rustls::ClientConfig>>,
) -> SourceResult {
    match job_report.source {
        SettingsSource::Autoconfig | SettingsSource::Ispdb => {
            let fetched = http_get(&job_report.query, tls, &opts.resolver).await?;
            let note = redirect_note(&fetched);
            let text = String::from_utf8(fetched.body.clone())
                .map_err(|_| (SourceOutcome::Failed, "the reply is not UTF-8".to_string()))?;
            let cfg = autoconfig::parse(&text)
                .map_err(|e| (SourceOutcome::Failed, format!("bad clientConfig: {e}")))?;
            // Trusted only when asked over https and answered over https by the same domain.
            let trusted = job_report.channel == Channel::Https && !fetched.cross_domain;
            let c = candidates::from_config(&cfg, &account, job_report.source, trusted);
            if c.is_empty() {
                return Err((
                    SourceOutcome::NotFound,
                    "no IMAP, POP3 or SMTP server".into(),
                ));
            }
            let p = cfg.provider();
            let id = p
                .and_then(|p| p.id.clone())
                .unwrap_or(account.domain.clone());
            let name = p.and_then(|p| p.display_name.clone()).unwrap_or(id.clone());
            let detail = if job_report.channel == Channel::Https {
                format!("https, certificate verified{note}")
            } else {
                format!("plain http: untrusted{note}")
            };
            Ok((
                c,
                Some(ProviderRef {
                    id,
                    name,
                    source: job_report.source,
                }),
                Vec::new(),
                detail,
            ))
        }
        SettingsSource::Mx => {
            let mx = opts
                .resolver
                .lookup_mx(&account.domain)
                .await
                .map_err(dns_fail)?;
            let hosts: Vec<String> = mx.iter().map(|m| m.exchange.clone()).collect();
            for h in &hosts {
                let found = provider::find_by_mx(h).or_else(|| provider::find(h));
                if let Some(p) = found {
                    let c = candidates::from_provider(p, &account, Some(h), SettingsSource::Mx);
                    if !c.is_empty() {
                        let detail = format!("MX {h} is {}", p.id);
                        return Ok((c, Some(pref(p, SettingsSource::Mx)), hosts, detail));
                    }
                }
            }
            // Like Thunderbird: ask the ISPDB for the MX host's own domain
            // (a business domain whose mail is hosted by a provider the ISPDB knows).
            if let Some(base) = hosts.first().and_then(|h| base_domain(h)) {
                if base != account.domain {
                    let base_account = Account {
                        domain: base.clone(),
                        ..account.clone()
                    };
                    let url = fill(&opts.endpoints.ispdb, &base_account);
                    if let Ok(fetched) = http_get(&url, tls, &opts.resolver).await {
                        let cross = fetched.cross_domain;
                        let cfg = String::from_utf8(fetched.body)
                            .ok()
                            .and_then(|t| autoconfig::parse(&t).ok());
                        if let Some(cfg) = cfg {
                            let trusted = url.starts_with("https://") && !cross;
                            let c = candidates::from_config(
                                &cfg,
                                &account,
                                SettingsSource::Mx,
                                trusted,
                            );
                            if !c.is_empty() {
                                let p = cfg.provider();
                                let id = p.and_then(|p| p.id.clone()).unwrap_or(base.clone());
                                let name =
                                    p.and_then(|p| p.display_name.clone()).unwrap_or(id.clone());
                                let detail = format!("MX {} → ISPDB {base}", hosts[0]);
                                let pr = ProviderRef {
                                    id,
                                    name,
                                    source: SettingsSource::Mx,
                                };
                                return Ok((c, Some(pr), hosts, detail));
                            }
                        }
                    }
                }
            }
            Err((
                SourceOutcome::NotFound,
                format!("MX {} matches no known provider", hosts.join(", ")),
            ))
        }
        SettingsSource::Srv => srv_candidates(&account, &opts.resolver).await,
        _ => Err((SourceOutcome::Skipped, String::new())),
    }
}

pub use crate::dns::base_domain;

fn dns_fail(e: DnsError) -> (SourceOutcome, String) {
    match e {
        DnsError::NotFound => (SourceOutcome::NotFound, "no record".into()),
        DnsError::Timeout => (SourceOutcome::Timeout, "DNS timed out".into()),
        DnsError::Other(s) => (SourceOutcome::Failed, s),
    }
}

/// RFC 6186 / RFC 8314 SRV records.
async fn srv_candidates(account: &Account, resolver: &Resolver) -> SourceResult {
    let services = [
        ("_imaps._tcp", Protocol::Imap, Security::Tls),
        ("_imap._tcp", Protocol::Imap, Security::Starttls),
        ("_pop3s._tcp", Protocol::Pop3, Security::Tls),
        ("_pop3._tcp", Protocol::Pop3, Security::Starttls),
        ("_submissions._tcp", Protocol::Smtp, Security::Tls),
        ("_submission._tcp", Protocol::Smtp, Security::Starttls),
    ];
    let futs = services.iter().map(|(svc, _, _)| {
        let name = format!("{svc}.{}", account.domain);
        async move { resolver.lookup_srv(&name).await }
    });
    let results = join_vec(futs.map(Box::pin).collect()).await;
    let mut out = Vec::new();
    let mut timeouts = 0;
    for ((_, proto, sec), r) in services.iter().zip(results) {
        match r {
            Ok(recs) => {
                for s in recs {
                    // "." = the service is decidedly not offered (RFC 2782 / 6186).
                    if s.target.is_empty() || s.port == 0 {
                        continue;
                    }
                    out.push(Candidate {
                        protocol: *proto,
                        host: s.target.clone(),
                        port: s.port,
                        security: *sec,
                        usernames: vec![account.address.clone(), account.local_part.clone()],
                        authentication: crate::model::Authentication::PasswordCleartext,
                        source: SettingsSource::Srv,
                        documented: false,
                    });
                }
            }
            Err(DnsError::Timeout) => timeouts += 1,
            Err(_) => {}
        }
    }
    if out.is_empty() {
        return Err(if timeouts == services.len() {
            (SourceOutcome::Timeout, "DNS timed out".into())
        } else {
            (SourceOutcome::NotFound, "no SRV records".into())
        });
    }
    Ok((out, None, Vec::new(), "DNS SRV (not authenticated)".into()))
}

/// Polls futures concurrently and returns their outputs in order.
async fn join_vec<F: std::future::Future + Unpin>(mut futs: Vec<F>) -> Vec<F::Output> {
    let mut outs: Vec<Option<F::Output>> = futs.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in futs.iter_mut().enumerate() {
            if outs[i].is_none() {
                match std::pin::Pin::new(f).poll(cx) {
                    std::task::Poll::Ready(v) => outs[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outs.into_iter().flatten().collect()
}

async fn discover_online(account: &Account, opts: &DiscoverOptions) -> Lookup {
    let started = Instant::now();
    let (tls, tls_error) = match tls_config(opts.ca_file.as_deref()) {
        Ok(c) => (Some(Arc::new(c)), None),
        Err(e) => (None, Some(e)),
    };
    let jobs = planned(account, opts);
    let n = jobs.len();
    let per_source = opts.source_timeout.min(opts.timeout);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(usize, SourceResult, u64)>(n);
    let mut reports: Vec<SourceReport> = Vec::with_capacity(n);
    let mut prios = Vec::with_capacity(n);
    let mut handles = Vec::with_capacity(n);
    for (i, job) in jobs.into_iter().enumerate() {
        prios.push(job.prio);
        reports.push(job.report.clone());
        let tx = tx.clone();
        let account = account.clone();
        let opts = opts.clone();
        let tls = tls.clone();
        let tls_error = tls_error.clone();
        handles.push(tokio::spawn(async move {
            let t = Instant::now();
            let r = if job.report.channel == Channel::Https && tls.is_none() {
                Err((
                    SourceOutcome::Failed,
                    format!("TLS is not available: {}", tls_error.unwrap_or_default()),
                ))
            } else {
                match tokio::time::timeout(per_source, run_source(job.report, account, opts, tls))
                    .await
                {
                    Ok(r) => r,
                    Err(_) => Err((
                        SourceOutcome::Timeout,
                        format!("no answer within {} ms", per_source.as_millis()),
                    )),
                }
            };
            let _ = tx.send((i, r, t.elapsed().as_millis() as u64)).await;
        }));
    }
    drop(tx);
    let mut done = vec![false; n];
    let mut results: Vec<Option<SourceResult>> = (0..n).map(|_| None).collect();
    let deadline = tokio::time::Instant::now() + opts.timeout;
    loop {
        // Stop as soon as the best success so far cannot be beaten by a pending source.
        let best = (0..n)
            .filter(|&i| matches!(results[i], Some(Ok(_))))
            .min_by_key(|&i| prios[i]);
        if let Some(b) = best {
            if (0..n).all(|i| done[i] || prios[i] > prios[b]) {
                break;
            }
        }
        if done.iter().all(|d| *d) {
            break;
        }
        match tokio::time::timeout_at(deadline, rx.recv()).await {
            Ok(Some((i, r, ms))) => {
                done[i] = true;
                reports[i].ms = ms;
                results[i] = Some(r);
            }
            Ok(None) | Err(_) => break,
        }
    }
    for h in &handles {
        h.abort();
    }
    let mut mx_hosts = Vec::new();
    for i in 0..n {
        match &results[i] {
            Some(Ok((c, _, hosts, detail))) => {
                reports[i].outcome = SourceOutcome::Found;
                reports[i].candidates = c.len();
                reports[i].detail = detail.clone();
                // An https answer redirected to another domain is not trusted (its candidates
                // say so: documented only when trusted).
                if matches!(
                    reports[i].source,
                    SettingsSource::Autoconfig | SettingsSource::Ispdb
                ) {
                    reports[i].trusted &= c.iter().all(|x| x.documented);
                }
                if !hosts.is_empty() {
                    mx_hosts = hosts.clone();
                }
            }
            Some(Err((o, d))) => {
                reports[i].outcome = *o;
                reports[i].detail = d.clone();
            }
            None => {
                reports[i].outcome = SourceOutcome::Skipped;
                reports[i].detail = "not waited for: a higher-priority source answered".into();
                reports[i].ms = started.elapsed().as_millis() as u64;
            }
        }
    }
    let best = (0..n)
        .filter(|&i| matches!(results[i], Some(Ok(_))))
        .min_by_key(|&i| prios[i]);
    let mut provider_ref = None;
    let mut known = Vec::new();
    if let Some(b) = best {
        reports[b].used = true;
        if let Some(Ok((c, p, _, _))) = results[b].take() {
            known = c;
            provider_ref = p;
        }
    }
    let c = candidates::with_guesses(known, account);
    let guessed = c
        .iter()
        .filter(|c| c.source == SettingsSource::Guess)
        .count();
    if guessed > 0 {
        let mut g = report(SettingsSource::Guess, &account.domain, Channel::None);
        g.outcome = SourceOutcome::Found;
        g.used = true;
        g.candidates = guessed;
        reports.push(g);
    }
    Lookup {
        provider: provider_ref,
        candidates: c,
        sources: reports,
        mx: mx_hosts,
    }
}

/// TLS client configuration for discovery: the operating system's trust store plus `ca_file`.
pub fn tls_config(ca_file: Option<&std::path::Path>) -> Result<rustls::ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut extra = Vec::new();
    if let Some(path) = ca_file {
        let data =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for c in rustls_pemfile::certs(&mut data.as_slice()) {
            extra.push(c.map_err(|e| format!("bad PEM in {}: {e}", path.display()))?);
        }
    }
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let verifier: Arc<dyn rustls::client::danger::ServerCertVerifier> =
        match rustls_platform_verifier::Verifier::new_with_extra_roots(
            extra.clone(),
            provider.clone(),
        ) {
            Ok(v) => Arc::new(v),
            Err(_) => {
                // No usable system store: the extra roots alone.
                let mut roots = rustls::RootCertStore::empty();
                for c in extra {
                    let _ = roots.add(c);
                }
                rustls::client::WebPkiServerVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider,
                )
                .build()
                .map_err(|e| e.to_string())?
            }
        };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

/// Largest body we accept from a discovery URL.
const MAX_HTTP: usize = autoconfig::MAX_BYTES + 16 * 1024;

/// GET over [`crate::http`] (reqwest; redirects as Thunderbird follows them), bounded in size.
async fn http_get(
    url: &str,
    tls: Option<Arc<rustls::ClientConfig>>,
    resolver: &Arc<Resolver>,
) -> Result<crate::http::Fetched, (SourceOutcome, String)> {
    use crate::http::FetchError;
    let tls = tls.ok_or_else(|| (SourceOutcome::Failed, "TLS is not available".to_string()))?;
    crate::http::get(url, (*tls).clone(), resolver.clone(), MAX_HTTP)
        .await
        .map_err(|e| match e {
            FetchError::NotFound(s) => (SourceOutcome::NotFound, s),
            FetchError::Timeout(s) => (SourceOutcome::Timeout, s),
            FetchError::Failed(s) => (SourceOutcome::Failed, s),
        })
}

/// How a fetch's redirects read in the source's detail ("" without redirects).
fn redirect_note(f: &crate::http::Fetched) -> String {
    if f.redirects.is_empty() {
        return String::new();
    }
    let mut s = format!("; redirected to {}", f.final_url);
    if f.upgraded {
        s.push_str(" (http upgraded to https)");
    }
    if f.cross_domain {
        s.push_str(" (another domain: untrusted)");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_domains() {
        assert_eq!(
            base_domain("mx1.mailhost.example").as_deref(),
            Some("mailhost.example")
        );
        assert_eq!(
            base_domain("mx01.hosting.co.jp.").as_deref(),
            Some("hosting.co.jp")
        );
        assert_eq!(
            base_domain("a.b.example.ne.jp").as_deref(),
            Some("example.ne.jp")
        );
        assert_eq!(
            base_domain("mx.example.co.uk").as_deref(),
            Some("example.co.uk")
        );
        assert_eq!(base_domain("localhost"), None);
        assert_eq!(base_domain("co.jp"), None);
    }

    #[test]
    fn address_is_encoded_in_urls() {
        let a = Account {
            address: "ta+ro@example.jp".into(),
            local_part: "ta+ro".into(),
            domain: "example.jp".into(),
            domain_unicode: "example.jp".into(),
        };
        assert_eq!(
            fill("https://x/{domain}?e={address}", &a),
            "https://x/example.jp?e=ta%2Bro%40example.jp"
        );
    }
}
