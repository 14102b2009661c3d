//! Name resolution, configurable so tests can point it at a DNS server on loopback.
//!
//! `lookup_ip` uses the operating system's resolver by default (what the user's mail app
//! uses), and hickory-resolver when a nameserver is given. MX and SRV always go through
//! hickory (the system resolver has no API for them): the system configuration
//! (`/etc/resolv.conf`) by default, or the given nameserver. Every query has a deadline.

use hickory_resolver::config::{
    NameServerConfig, NameServerConfigGroup, ResolveHosts, ResolverConfig, ResolverOpts,
};
use hickory_resolver::name_server::TokioConnectionProvider;
use hickory_resolver::proto::xfer::Protocol as DnsProtocol;
use hickory_resolver::{ResolveError, TokioResolver};
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsError {
    /// The name does not exist (NXDOMAIN) or has no record of that type.
    NotFound,
    Timeout,
    Other(String),
}

impl std::fmt::Display for DnsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DnsError::NotFound => f.write_str("not found"),
            DnsError::Timeout => f.write_str("timed out"),
            DnsError::Other(s) => f.write_str(s),
        }
    }
}

/// One MX record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mx {
    pub preference: u16,
    /// Host name without the trailing dot, lower-case.
    pub exchange: String,
}

/// One SRV record (RFC 2782).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Srv {
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    /// Host name without the trailing dot; "" when the record says "no service here" (".").
    pub target: String,
}

/// Resolves host names. `system()` uses the operating system's resolver;
/// `with_nameserver` asks one DNS server directly (tests: a server on 127.0.0.1).
#[derive(Debug, Clone)]
pub struct Resolver {
    nameserver: Option<SocketAddr>,
    /// Deadline of one query.
    pub timeout: Duration,
    /// Shared by the clones of one resolver: whether DNS answers at all (see [`DnsHealth`]).
    pub health: Arc<DnsHealth>,
}

/// What one run's name look-ups showed about the resolver itself, so a resolver that does not
/// answer is told apart from a name that does not exist (`engine`'s network watch).
#[derive(Debug, Default)]
pub struct DnsHealth {
    /// Some look-up got an answer (records, or "no such name"): DNS works.
    answered: AtomicBool,
    /// Look-ups in progress now.
    pending: AtomicUsize,
    /// Look-ups that ended without any answer (timed out, or "temporary failure").
    unanswered: AtomicUsize,
    /// When the first look-up started.
    epoch: std::sync::OnceLock<Instant>,
}

impl DnsHealth {
    pub fn answered(&self) -> bool {
        self.answered.load(Ordering::Relaxed)
    }
    pub fn pending(&self) -> usize {
        self.pending.load(Ordering::Relaxed)
    }
    pub fn unanswered(&self) -> usize {
        self.unanswered.load(Ordering::Relaxed)
    }
    /// When the first look-up of this run started.
    pub fn first_query(&self) -> Option<Instant> {
        self.epoch.get().copied()
    }
    pub(crate) fn start(&self) -> PendingGuard<'_> {
        let _ = self.epoch.set(Instant::now());
        self.pending.fetch_add(1, Ordering::Relaxed);
        PendingGuard(self)
    }
    pub(crate) fn record<T>(&self, r: &Result<T, DnsError>) {
        match r {
            Ok(_) | Err(DnsError::NotFound) => self.answered.store(true, Ordering::Relaxed),
            Err(DnsError::Timeout) => {
                self.unanswered.fetch_add(1, Ordering::Relaxed);
            }
            Err(DnsError::Other(_)) => {}
        }
    }
}

pub(crate) struct PendingGuard<'a>(&'a DnsHealth);
impl Drop for PendingGuard<'_> {
    fn drop(&mut self) {
        self.0.pending.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Default for Resolver {
    fn default() -> Self {
        Resolver::system()
    }
}

impl Resolver {
    pub fn system() -> Self {
        Resolver {
            nameserver: None,
            timeout: Duration::from_secs(4),
            health: Arc::default(),
        }
    }
    pub fn with_nameserver(addr: SocketAddr) -> Self {
        Resolver {
            nameserver: Some(addr),
            timeout: Duration::from_secs(4),
            health: Arc::default(),
        }
    }
    pub fn nameserver(&self) -> Option<SocketAddr> {
        self.nameserver
    }

    fn hickory(&self) -> Result<TokioResolver, DnsError> {
        let mut opts = ResolverOpts::default();
        opts.timeout = self.timeout;
        opts.attempts = 1;
        opts.cache_size = 64;
        // AAAA and A in parallel (RFC 8305 §3), both families returned.
        opts.ip_strategy = hickory_resolver::config::LookupIpStrategy::Ipv4AndIpv6;
        let builder = match self.nameserver {
            Some(addr) => {
                let group: NameServerConfigGroup =
                    vec![NameServerConfig::new(addr, DnsProtocol::Udp)].into();
                opts.use_hosts_file = ResolveHosts::Never;
                opts.ndots = 0;
                TokioResolver::builder_with_config(
                    ResolverConfig::from_parts(None, vec![], group),
                    TokioConnectionProvider::default(),
                )
            }
            None => TokioResolver::builder_tokio().map_err(|e| DnsError::Other(e.to_string()))?,
        };
        Ok(builder.with_options(opts).build())
    }

    async fn bounded<T>(
        &self,
        fut: impl std::future::Future<Output = Result<T, ResolveError>>,
    ) -> Result<T, DnsError> {
        match tokio::time::timeout(self.timeout + Duration::from_millis(500), fut).await {
            Err(_) => Err(DnsError::Timeout),
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(map_err(&e)),
        }
    }

    /// Addresses for `host` (AAAA and A asked at once). IP literals are returned as they are.
    pub async fn lookup_ip(&self, host: &str) -> Result<Vec<IpAddr>, DnsError> {
        if let Ok(ip) = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            return Ok(vec![ip]);
        }
        let _pending = self.health.start();
        let r = self.lookup_ip_dns(host).await;
        self.health.record(&r);
        r
    }

    async fn lookup_ip_dns(&self, host: &str) -> Result<Vec<IpAddr>, DnsError> {
        if self.nameserver.is_some() {
            let r = self.hickory()?;
            let ips = self.bounded(r.lookup_ip(fqdn(host))).await?;
            let v: Vec<IpAddr> = ips.iter().collect();
            return if v.is_empty() {
                Err(DnsError::NotFound)
            } else {
                Ok(v)
            };
        }
        let fut = tokio::net::lookup_host((host, 0));
        match tokio::time::timeout(self.timeout, fut).await {
            Err(_) => Err(DnsError::Timeout),
            Ok(Ok(it)) => {
                let v: Vec<IpAddr> = it.map(|a| a.ip()).collect();
                if v.is_empty() {
                    Err(DnsError::NotFound)
                } else {
                    Ok(v)
                }
            }
            Ok(Err(e)) => {
                let s = e.to_string();
                if s.contains("not known") || s.contains("No address") || s.contains("not found") {
                    Err(DnsError::NotFound)
                } else if s.contains("Temporary failure") || s.contains("try again") {
                    // EAI_AGAIN: no DNS server answered (glibc, macOS); WSATRY_AGAIN (Windows).
                    Err(DnsError::Timeout)
                } else {
                    Err(DnsError::Other(s))
                }
            }
        }
    }

    /// MX records of `domain`, most preferred first.
    pub async fn lookup_mx(&self, domain: &str) -> Result<Vec<Mx>, DnsError> {
        let _pending = self.health.start();
        let r = self.lookup_mx_dns(domain).await;
        self.health.record(&r);
        r
    }

    async fn lookup_mx_dns(&self, domain: &str) -> Result<Vec<Mx>, DnsError> {
        let r = self.hickory()?;
        let l = self.bounded(r.mx_lookup(fqdn(domain))).await?;
        let mut v: Vec<Mx> = l
            .iter()
            .map(|m| Mx {
                preference: m.preference(),
                exchange: host_of(&m.exchange().to_ascii()),
            })
            .filter(|m| !m.exchange.is_empty())
            .collect();
        v.sort_by(|a, b| {
            a.preference
                .cmp(&b.preference)
                .then(a.exchange.cmp(&b.exchange))
        });
        if v.is_empty() {
            Err(DnsError::NotFound)
        } else {
            Ok(v)
        }
    }

    /// SRV records of `name` (e.g. `_imaps._tcp.example.jp`), by priority then weight.
    pub async fn lookup_srv(&self, name: &str) -> Result<Vec<Srv>, DnsError> {
        let _pending = self.health.start();
        let r = self.lookup_srv_dns(name).await;
        self.health.record(&r);
        r
    }

    async fn lookup_srv_dns(&self, name: &str) -> Result<Vec<Srv>, DnsError> {
        let r = self.hickory()?;
        let l = self.bounded(r.srv_lookup(fqdn(name))).await?;
        let mut v: Vec<Srv> = l
            .iter()
            .map(|s| Srv {
                priority: s.priority(),
                weight: s.weight(),
                port: s.port(),
                target: host_of(&s.target().to_ascii()),
            })
            .collect();
        v.sort_by(|a, b| a.priority.cmp(&b.priority).then(b.weight.cmp(&a.weight)));
        if v.is_empty() {
            Err(DnsError::NotFound)
        } else {
            Ok(v)
        }
    }
}

fn fqdn(name: &str) -> String {
    if name.ends_with('.') {
        name.to_string()
    } else {
        format!("{name}.")
    }
}

fn host_of(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

fn map_err(e: &ResolveError) -> DnsError {
    if e.is_nx_domain() || e.is_no_records_found() {
        return DnsError::NotFound;
    }
    let s = e.to_string();
    // "no connections available": no DNS server could be reached at all.
    if s.contains("timed out") || s.contains("timeout") || s.contains("no connections available") {
        DnsError::Timeout
    } else {
        DnsError::Other(s)
    }
}

/// The registrable domain of a host, by a simple rule: the last two labels, or three when
/// the second-level label is a common public second level (`co.jp`, `ne.jp`, `co.uk`…).
pub fn base_domain(host: &str) -> Option<String> {
    let labels: Vec<&str> = host
        .trim_end_matches('.')
        .split('.')
        .filter(|l| !l.is_empty())
        .collect();
    if labels.len() < 2 {
        return None;
    }
    let n = labels.len();
    let sld = labels[n - 2];
    let public_second = labels[n - 1].len() == 2
        && [
            "co", "ne", "or", "ac", "ad", "ed", "go", "gr", "lg", "com", "net", "org", "gov", "edu",
        ]
        .contains(&sld);
    let take = if public_second { 3 } else { 2 };
    if n < take {
        return None;
    }
    Some(labels[n - take..].join(".").to_ascii_lowercase())
}
