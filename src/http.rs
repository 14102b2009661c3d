//! HTTP(S) GET for discovery (autoconfig, .well-known, ISPDB) over reqwest (hyper + rustls),
//! with our own rustls configuration (ring, the OS trust store plus `--ca-file`) and our own
//! resolver (so tests can point it at a DNS server on loopback, and the network watch sees
//! every look-up).
//!
//! Redirects are followed the way Thunderbird's account setup does: at most
//! [`MAX_REDIRECTS`]; an https start stays on https (a redirect to http is refused); an http
//! start may move to https. A redirect to another domain is followed but reported, and what
//! it returns is not trusted (an address of the person's domain was handed to someone else's).

use crate::dns::{DnsError, Resolver};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// Redirects followed at most (Thunderbird's fetch follows a handful; 5 covers real hosts that
/// go http → https → canonical name → path).
pub const MAX_REDIRECTS: usize = 5;

/// What a fetch returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub body: Vec<u8>,
    /// The URL that answered (the first one when there was no redirect).
    pub final_url: String,
    /// Every URL redirected to, in order.
    pub redirects: Vec<String>,
    /// The answer came from another domain than the one asked.
    pub cross_domain: bool,
    /// Started on http and ended on https.
    pub upgraded: bool,
}

/// Why a fetch gave nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// 404 / 410, or the host name does not exist.
    NotFound(String),
    Timeout(String),
    Failed(String),
}

/// Our resolver, as reqwest's.
struct Dns(Arc<Resolver>);

impl reqwest::dns::Resolve for Dns {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let r = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let ips = r.lookup_ip(&host).await.map_err(
                |e| -> Box<dyn std::error::Error + Send + Sync> {
                    Box::new(DnsFailure(host.clone(), e))
                },
            )?;
            let addrs: Vec<SocketAddr> = ips.into_iter().map(|ip| SocketAddr::new(ip, 0)).collect();
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[derive(Debug)]
struct DnsFailure(String, DnsError);
impl std::fmt::Display for DnsFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.1 {
            DnsError::NotFound => write!(f, "{} does not exist", self.0),
            DnsError::Timeout => write!(f, "DNS timed out for {}", self.0),
            DnsError::Other(s) => write!(f, "DNS failed for {}: {s}", self.0),
        }
    }
}
impl std::error::Error for DnsFailure {}

/// The redirect rule (pure, for the tests): `Ok(())` to follow from `prev` to `next`.
pub fn may_follow(prev: &[reqwest::Url], next: &reqwest::Url) -> Result<(), String> {
    if prev.len() > MAX_REDIRECTS {
        return Err(format!("more than {MAX_REDIRECTS} redirects"));
    }
    let from = prev.last().map(|u| u.scheme()).unwrap_or("https");
    match (from, next.scheme()) {
        ("https", "https") | ("http", "https") | ("http", "http") => Ok(()),
        ("https", "http") => Err(format!(
            "refused a redirect from https to plain http ({next})"
        )),
        (_, other) => Err(format!("refused a redirect to {other}:")),
    }
}

/// The registrable part of a URL's host (`autoconfig.example.jp` → `example.jp`), or the host
/// itself for IP addresses and single labels.
fn site(u: &reqwest::Url) -> String {
    match u.host() {
        Some(url::Host::Domain(d)) => {
            let h = d.trim_end_matches('.').to_ascii_lowercase();
            crate::dns::base_domain(&h).unwrap_or(h)
        }
        Some(ip) => ip.to_string(),
        None => String::new(),
    }
}

fn client(tls: rustls::ClientConfig, resolver: Arc<Resolver>) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .dns_resolver(Arc::new(Dns(resolver)))
        .no_proxy()
        .connect_timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::custom(
            |attempt| match may_follow(attempt.previous(), attempt.url()) {
                Ok(()) => attempt.follow(),
                Err(why) => attempt.error(why),
            },
        ))
        .user_agent(concat!("tsunagu/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| e.to_string())
}

/// GET `url`: 200 → the body (at most `max` bytes), following redirects as above.
pub async fn get(
    url: &str,
    tls: rustls::ClientConfig,
    resolver: Arc<Resolver>,
    max: usize,
) -> Result<Fetched, FetchError> {
    let start =
        reqwest::Url::parse(url).map_err(|_| FetchError::Failed(format!("bad URL {url}")))?;
    if !matches!(start.scheme(), "http" | "https") {
        return Err(FetchError::Failed(format!("bad URL {url}")));
    }
    let c = client(tls, resolver).map_err(FetchError::Failed)?;
    let mut resp = c
        .get(start.clone())
        .header("Accept", "application/xml, text/xml")
        .send()
        .await
        .map_err(|e| describe(&e))?;
    let final_url = resp.url().clone();
    let status = resp.status().as_u16();
    if status == 404 || status == 410 {
        return Err(FetchError::NotFound(format!("HTTP {status}")));
    }
    if status != 200 {
        return Err(FetchError::Failed(format!("HTTP {status}")));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| describe(&e))? {
        body.extend_from_slice(&chunk);
        if body.len() > max {
            return Err(FetchError::Failed("the reply is too large".into()));
        }
    }
    let redirects = redirect_chain(&start, &final_url);
    Ok(Fetched {
        body,
        cross_domain: site(&start) != site(&final_url),
        upgraded: start.scheme() == "http" && final_url.scheme() == "https",
        final_url: final_url.to_string(),
        redirects,
    })
}

/// reqwest keeps only the last URL; the report names where it ended.
fn redirect_chain(start: &reqwest::Url, end: &reqwest::Url) -> Vec<String> {
    if start == end {
        Vec::new()
    } else {
        vec![end.to_string()]
    }
}

fn describe(e: &reqwest::Error) -> FetchError {
    use std::error::Error as _;
    // The innermost cause says what happened (DNS, TLS, refused…).
    let mut cause: Option<&dyn std::error::Error> = e.source();
    let mut text = e.to_string();
    while let Some(c) = cause {
        if let Some(d) = c.downcast_ref::<DnsFailure>() {
            return match d.1 {
                DnsError::NotFound => FetchError::NotFound(d.to_string()),
                DnsError::Timeout => FetchError::Timeout(d.to_string()),
                DnsError::Other(_) => FetchError::Failed(d.to_string()),
            };
        }
        text = c.to_string();
        cause = c.source();
    }
    if e.is_timeout() {
        return FetchError::Timeout(text);
    }
    if e.is_redirect() {
        // The policy's own words (https → http, too many).
        let t = e.source().map(|s| s.to_string()).unwrap_or(text);
        return FetchError::Failed(t);
    }
    if text.contains("certificate") || text.contains("Certificate") {
        return FetchError::Failed(format!("TLS failed (certificate not trusted?): {text}"));
    }
    FetchError::Failed(text.chars().take(200).collect())
}

/// One answer, redirects not followed (the captive-portal check).
pub struct Answer {
    pub status: u16,
    pub location: Option<String>,
    pub body: Vec<u8>,
}

/// GET `url` once, bounded in time and size, without following redirects.
pub async fn get_once(
    url: &str,
    tls: rustls::ClientConfig,
    resolver: Arc<Resolver>,
    max: usize,
    timeout: Duration,
) -> Result<Answer, FetchError> {
    let c = reqwest::Client::builder()
        .use_preconfigured_tls(tls)
        .dns_resolver(Arc::new(Dns(resolver)))
        .no_proxy()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("tsunagu/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| FetchError::Failed(e.to_string()))?;
    let mut resp = c.get(url).send().await.map_err(|e| describe(&e))?;
    let status = resp.status().as_u16();
    let location = resp
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(|s| s.chars().take(200).collect());
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| describe(&e))? {
        body.extend_from_slice(&chunk);
        if body.len() > max {
            break;
        }
    }
    Ok(Answer {
        status,
        location,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> reqwest::Url {
        reqwest::Url::parse(s).unwrap()
    }

    #[test]
    fn redirect_rules_are_thunderbirds() {
        let https = [u("https://autoconfig.example.jp/a")];
        let http = [u("http://autoconfig.example.jp/a")];
        assert!(may_follow(&https, &u("https://mail.example.jp/b")).is_ok());
        assert!(may_follow(&https, &u("http://mail.example.jp/b")).is_err());
        assert!(may_follow(&http, &u("https://autoconfig.example.jp/a")).is_ok());
        assert!(may_follow(&http, &u("http://example.jp/b")).is_ok());
        assert!(may_follow(&https, &u("ftp://example.jp/")).is_err());
        let long: Vec<reqwest::Url> = (0..=MAX_REDIRECTS)
            .map(|i| u(&format!("https://example.jp/{i}")))
            .collect();
        assert!(may_follow(&long, &u("https://example.jp/x")).is_err());
        assert!(may_follow(&long[..MAX_REDIRECTS], &u("https://example.jp/x")).is_ok());
    }

    #[test]
    fn sites_compare_registrable_domains() {
        assert_eq!(site(&u("https://autoconfig.example.jp/")), "example.jp");
        assert_eq!(site(&u("https://mail.example.jp./x")), "example.jp");
        assert_eq!(site(&u("https://127.0.0.1:8443/")), "127.0.0.1");
        assert_ne!(
            site(&u("https://example.jp/")),
            site(&u("https://example.com/"))
        );
    }
}
