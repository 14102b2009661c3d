//! Is this computer's own network the problem? Told apart, each with its own finding:
//! * `offline`: no route to the Internet at all (no default route for IPv4 nor IPv6);
//! * `dns_unavailable`: a route exists but the DNS server does not answer any look-up;
//! * `captive_portal`: a mail port was answered by a web server (`HTTP/1.1 …` as the greeting)
//!   and a plain-http check URL is answered by something other than its known content (a
//!   Wi-Fi sign-in page); checked only then, so a working network sends no extra request;
//! * a name that does not exist (NXDOMAIN) is not a network problem: the per-server findings
//!   say "server name not found" as before.
//!
//! The route check sends nothing: connecting a UDP socket only asks the kernel's routing table
//! for a route (a documentation address, RFC 5737 / RFC 3849, is used as the destination, so
//! no real host is ever named). The DNS check sends nothing of its own either: it watches the
//! look-ups the diagnosis makes anyway ([`crate::dns::DnsHealth`]).

use crate::dns::{DnsHealth, Resolver};
use crate::model::{FindingId, Outcome, Probe};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

/// A look-up with no answer for this long, and no answer to any other look-up: the resolver
/// is taken to be down (the diagnosis must name it within 3 s).
pub const DNS_SILENCE: Duration = Duration::from_millis(2000);

/// A problem with this computer's network, found before any mail server could be judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetProblem {
    pub id: FindingId,
    /// What showed it (English, for support staff).
    pub evidence: Vec<String>,
}

/// Whether the routing table has any route towards the Internet, per family.
pub fn routes() -> (bool, bool) {
    let v4 = SocketAddr::from((Ipv4Addr::new(198, 51, 100, 1), 53));
    let v6 = SocketAddr::from((Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), 53));
    let has = |dst: SocketAddr, bind: SocketAddr| {
        UdpSocket::bind(bind).and_then(|s| s.connect(dst)).is_ok()
    };
    (
        has(v4, SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0))),
        has(v6, SocketAddr::from((Ipv6Addr::UNSPECIFIED, 0))),
    )
}

/// No route at all: `offline`.
pub fn offline_now() -> Option<NetProblem> {
    match routes() {
        (false, false) => Some(NetProblem {
            id: FindingId::Offline,
            evidence: vec!["no route to the Internet (neither IPv4 nor IPv6)".into()],
        }),
        _ => None,
    }
}

/// The resolver looks down: some look-up has waited [`DNS_SILENCE`] (or ended unanswered) and
/// no look-up of this run got any answer.
pub fn dns_down(h: &DnsHealth, now: Instant) -> Option<NetProblem> {
    if h.answered() {
        return None;
    }
    let waited = h.first_query().map(|t| now.saturating_duration_since(t));
    let silent = h.unanswered() > 0 || (h.pending() > 0 && waited >= Some(DNS_SILENCE));
    if !silent {
        return None;
    }
    Some(NetProblem {
        id: FindingId::DnsUnavailable,
        evidence: vec![format!(
            "DNS: no answer to any look-up ({} unanswered, {} waiting for {} ms)",
            h.unanswered(),
            h.pending(),
            waited.unwrap_or_default().as_millis()
        )],
    })
}

/// Watches until a network problem shows (then returns it); never returns otherwise.
pub async fn watch(h: std::sync::Arc<DnsHealth>) -> NetProblem {
    if let Some(p) = offline_now() {
        return p;
    }
    loop {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if let Some(p) = dns_down(&h, Instant::now()) {
            return p;
        }
    }
}

/// The plain-http URL Firefox's captive-portal detector fetches, and the body it expects
/// (Firefox's `CaptivePortalDetector` logs `site=http://detectportal.firefox.com/success.txt,
/// content=success`). `TSUNAGU_PORTAL_CHECK_URL` replaces the URL (tests: a loopback server),
/// `off` turns the check off.
pub const PORTAL_CHECK_URL: &str = "http://detectportal.firefox.com/success.txt";
pub const PORTAL_CHECK_CONTENT: &str = "success";

/// No probe worked and some mail port was answered by a web server: an HTTP status line as
/// the greeting, or plain text (not a TLS record) in reply to the TLS ClientHello.
pub fn portal_suspected(probes: &[Probe]) -> bool {
    let web_answer = |p: &Probe| {
        p.failure.as_ref().is_some_and(|f| {
            f.server_text
                .as_deref()
                .is_some_and(|t| t.starts_with("HTTP/"))
                || (f.kind == crate::model::FailureKind::TlsHandshakeFailed
                    && f.message.contains("InvalidContentType"))
        })
    };
    !probes.is_empty()
        && probes.iter().all(|p| p.outcome != Outcome::Ok)
        && probes.iter().any(web_answer)
}

/// The check URL in force, or `None` when turned off.
pub fn portal_check_url() -> Option<String> {
    match std::env::var("TSUNAGU_PORTAL_CHECK_URL") {
        Ok(v) if v == "off" => None,
        Ok(v) if !v.is_empty() => Some(v),
        _ => Some(PORTAL_CHECK_URL.to_string()),
    }
}

/// GET the check URL (no redirects followed, 2 s): anything but 200 with the known content is a
/// captive portal. No answer at all tells nothing (`None`).
pub async fn portal_check(url: &str, resolver: std::sync::Arc<Resolver>) -> Option<NetProblem> {
    let tls = crate::discover::tls_config(None).ok()?;
    let answer = crate::http::get_once(url, tls, resolver, 64 * 1024, Duration::from_secs(2))
        .await
        .ok()?;
    let body = String::from_utf8_lossy(&answer.body);
    if answer.status == 200 && body.trim_start().starts_with(PORTAL_CHECK_CONTENT) {
        return None;
    }
    let mut what = format!("GET {url}: HTTP {}", answer.status);
    if let Some(l) = &answer.location {
        what.push_str(&format!(", redirected to {l}"));
    } else {
        what.push_str(", not the expected content");
    }
    Some(NetProblem {
        id: FindingId::CaptivePortal,
        evidence: vec![
            what,
            "a mail port was answered by a web server (HTTP)".into(),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_machine_has_a_route_and_dns_health_starts_clean() {
        // The test machines have a default route (the netns tests cover "none").
        assert_ne!(routes(), (false, false));
        let h = DnsHealth::default();
        assert_eq!(dns_down(&h, Instant::now()), None);
    }

    #[test]
    fn silence_is_dns_unavailable_but_any_answer_is_not() {
        let h = DnsHealth::default();
        let waiting = h.start();
        let later = Instant::now() + DNS_SILENCE + Duration::from_millis(10);
        // Waiting, but not long yet.
        assert_eq!(dns_down(&h, Instant::now()), None);
        let p = dns_down(&h, later).expect("silent for 2 s");
        assert_eq!(p.id, FindingId::DnsUnavailable);
        // A look-up that ended unanswered (timeout, "temporary failure") counts at once.
        drop(waiting);
        let h2 = DnsHealth::default();
        h2.record::<()>(&Err(crate::dns::DnsError::Timeout));
        assert!(dns_down(&h2, Instant::now()).is_some());
        // "No such name" is an answer: DNS works, the name is wrong (per-server findings).
        h.record::<()>(&Err(crate::dns::DnsError::NotFound));
        assert_eq!(dns_down(&h, later), None);
        h2.record(&Ok(()));
        assert_eq!(dns_down(&h2, later), None);
    }
}
