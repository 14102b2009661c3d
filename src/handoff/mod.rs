//! Hand-off to the phone (issue 14): a small web server, started only when the person asks,
//! that serves the settings of one report to a phone on the same network. The computer shows a
//! QR code of one URL; the phone's camera opens it.
//!
//! Safety, in one place:
//! - It listens on one LAN address of this computer (private IPv4 ranges, never 0.0.0.0 or a
//!   public address; loopback in tests), on a port the system picks.
//! - The URL holds a token of 256 bits from the operating system's CSPRNG (`getrandom`). Any
//!   other path, a wrong token, an expired or stopped hand-off: `404` with an empty body.
//! - It stops by itself after the lifetime (10 minutes by default), after [`MAX_REQUESTS`]
//!   requests, or when asked ([`Handoff::stop`]).
//! - Every response carries `Cache-Control: no-store`, `Referrer-Policy: no-referrer`, a strict
//!   `Content-Security-Policy` (inline script and style only with a per-response nonce),
//!   `X-Content-Type-Options: nosniff` and `Connection: close` (so that no kept-alive
//!   connection outlives a stop).
//! - Nothing served holds a password: the report has none, and the profile leaves it out
//!   (the phone asks for it while installing).
//!
//! HTTP is axum on hyper; nothing here parses HTTP itself.

mod page;
mod qr;

pub use page::{PhoneClient, PhonePage};

use crate::guide::{GuideInput, LangText};
use crate::model::{Lang, Protocol, Report};
use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use axum::Router;
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// How long a hand-off lives unless told otherwise.
pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(10 * 60);

/// At most this many requests are answered in all (the page, the profile, a favicon the browser
/// asks for, reloads, a language switch; wrong URLs count too). A person needs fewer than ten;
/// 60 leaves room for reloads and for two phones, and ends any guessing early.
pub const MAX_REQUESTS: u32 = 60;

/// The longest lifetime the CLI and the wizard accept.
pub const MAX_LIFETIME: Duration = Duration::from_secs(60 * 60);

/// The mobileconfig MIME type Safari on iPhone installs from.
pub const PROFILE_TYPE: &str = "application/x-apple-aspen-config";

/// How to start a hand-off.
#[derive(Debug, Clone)]
pub struct HandoffOptions {
    /// The address to listen on; `None`: the first LAN address of [`lan_addresses`].
    pub bind: Option<IpAddr>,
    /// Port; 0 (the default) lets the system choose.
    pub port: u16,
    pub lifetime: Duration,
    pub max_requests: u32,
    /// The app the person chose; `None`: from the phone's User-Agent.
    pub client: Option<PhoneClient>,
    /// The incoming protocol the person chose (POP or IMAP), as in the wizard's guides.
    pub protocol: Option<Protocol>,
    /// The page's language when the phone's `Accept-Language` names neither ja nor en.
    pub lang: Lang,
    /// After the lifetime, keep answering `404` this long before the port closes (tests).
    pub linger: Duration,
}

impl Default for HandoffOptions {
    fn default() -> Self {
        HandoffOptions {
            bind: None,
            port: 0,
            lifetime: DEFAULT_LIFETIME,
            max_requests: MAX_REQUESTS,
            client: None,
            protocol: None,
            lang: Lang::Ja,
            linger: Duration::ZERO,
        }
    }
}

/// Why a hand-off could not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoffError {
    pub kind: HandoffErrorKind,
    pub message: LangText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandoffErrorKind {
    /// This computer has no LAN address (no Wi-Fi or wired network).
    NoLanAddress,
    /// The address given to bind is not a loopback or private address.
    NotLan,
    /// The address could not be bound (not this computer's, or in use).
    Bind,
    /// The lifetime is outside 1 second .. 60 minutes.
    Lifetime,
}

impl std::fmt::Display for HandoffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message.en)
    }
}
impl std::error::Error for HandoffError {}

/// Why a hand-off ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    Stopped,
    Expired,
    RequestCap,
}

/// What the wizard and the CLI show about a running (or ended) hand-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoffStatus {
    pub active: bool,
    pub url: String,
    pub seconds_left: u64,
    pub requests: u32,
    pub max_requests: u32,
    pub stopped: Option<StopReason>,
}

/// The state the request handler and the controls share.
struct Shared {
    /// The path the token URL has: `/t/<token>/`.
    prefix: String,
    content: PhonePage,
    profile: Option<String>,
    expires: Instant,
    max_requests: u32,
    requests: AtomicU32,
    active: AtomicBool,
    stopped: Mutex<Option<StopReason>>,
    stop_tx: watch::Sender<bool>,
}

impl Shared {
    fn end(&self, why: StopReason) {
        self.active.store(false, Ordering::SeqCst);
        let mut s = self.stopped.lock().unwrap_or_else(|e| e.into_inner());
        if s.is_none() {
            *s = Some(why);
        }
        drop(s);
        // On expiry the timer closes the port (after the linger); anything else closes it now.
        if why != StopReason::Expired {
            let _ = self.stop_tx.send(true);
        }
    }
    fn live(&self) -> bool {
        if !self.active.load(Ordering::SeqCst) {
            return false;
        }
        if Instant::now() >= self.expires {
            self.end(StopReason::Expired);
            return false;
        }
        true
    }
}

/// A running hand-off. Dropping it stops it.
pub struct Handoff {
    shared: Arc<Shared>,
    url: String,
    addr: SocketAddr,
    done: watch::Receiver<bool>,
}

impl std::fmt::Debug for Handoff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL is the secret of a hand-off: never in Debug output or logs.
        f.debug_struct("Handoff").field("addr", &self.addr).finish()
    }
}

/// This computer's LAN addresses, best first: private IPv4 addresses (RFC 1918) of interfaces
/// that are up, not point-to-point (VPNs) and not virtual bridges (containers, VMs).
pub fn lan_addresses() -> Vec<IpAddr> {
    let Ok(ifs) = if_addrs::get_if_addrs() else {
        return Vec::new();
    };
    let mut found: Vec<(u8, IpAddr)> = ifs
        .iter()
        .filter(|i| !i.is_loopback() && !i.is_p2p())
        .filter(|i| i.oper_status != if_addrs::IfOperStatus::Down)
        .filter(|i| !is_virtual_interface(&i.name))
        .filter_map(|i| match i.ip() {
            IpAddr::V4(v4) => lan_rank(v4).map(|r| (r, IpAddr::V4(v4))),
            IpAddr::V6(_) => None,
        })
        .collect();
    found.sort_by_key(|(r, _)| *r);
    found.dedup_by_key(|(_, a)| *a);
    found.into_iter().map(|(_, a)| a).collect()
}

/// Home routers hand out 192.168.x.x most often, then 10.x.x.x, then 172.16-31.x.x.
fn lan_rank(a: Ipv4Addr) -> Option<u8> {
    let o = a.octets();
    match o {
        [192, 168, ..] => Some(0),
        [10, ..] => Some(1),
        [172, b, ..] if (16..=31).contains(&b) => Some(2),
        _ => None,
    }
}

fn is_virtual_interface(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [
        "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "lxd", "cni", "flannel",
        "podman", "tun", "tap", "wg", "utun", "zt",
    ]
    .iter()
    .any(|p| n.starts_with(p))
}

/// True for addresses a hand-off may listen on: loopback (tests) or a private LAN address.
pub fn is_allowed_bind(a: IpAddr) -> bool {
    match a {
        IpAddr::V4(v4) => v4.is_loopback() || lan_rank(v4).is_some() || v4.is_link_local(),
        // ::1, unique local (fc00::/7) and link-local (fe80::/10).
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// 256 random bits from the operating system, URL-safe.
fn new_token() -> Result<String, getrandom::Error> {
    use base64::Engine as _;
    let mut b = [0u8; 32];
    getrandom::fill(&mut b)?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b))
}

fn err(kind: HandoffErrorKind, message: LangText) -> HandoffError {
    HandoffError { kind, message }
}

fn pick_address(opts: &HandoffOptions) -> Result<IpAddr, HandoffError> {
    match opts.bind {
        Some(a) if is_allowed_bind(a) => Ok(a),
        Some(a) => Err(err(
            HandoffErrorKind::NotLan,
            crate::ltr!("handoff-error-not-lan", address = a.to_string()),
        )),
        None => lan_addresses().into_iter().next().ok_or_else(|| {
            err(
                HandoffErrorKind::NoLanAddress,
                crate::ltr!("handoff-error-no-lan-address"),
            )
        }),
    }
}

/// Starts a hand-off of `report` and returns once it listens. Must run inside a tokio runtime.
pub async fn start(report: &Report, opts: HandoffOptions) -> Result<Handoff, HandoffError> {
    if opts.lifetime.is_zero() || opts.lifetime > MAX_LIFETIME {
        return Err(err(
            HandoffErrorKind::Lifetime,
            crate::ltr!("handoff-error-lifetime"),
        ));
    }
    let ip = pick_address(&opts)?;
    let token = new_token().map_err(|e| {
        err(
            HandoffErrorKind::Bind,
            crate::ltr!("handoff-error-random", error = e.to_string()),
        )
    })?;
    let listener = tokio::net::TcpListener::bind(SocketAddr::new(ip, opts.port))
        .await
        .map_err(|e| {
            err(
                HandoffErrorKind::Bind,
                crate::ltr!(
                    "handoff-error-bind",
                    address = ip.to_string(),
                    error = e.to_string()
                ),
            )
        })?;
    let addr = listener.local_addr().map_err(|e| {
        err(
            HandoffErrorKind::Bind,
            crate::ltr!("handoff-error-local-address", error = e.to_string()),
        )
    })?;
    let input = GuideInput::from_report(report).with_preferred(opts.protocol);
    let profile = crate::export::mobileconfig::build(
        &input,
        &crate::export::mobileconfig::MobileconfigOptions::default(),
    );
    let prefix = format!("/t/{token}/");
    let url = match addr {
        SocketAddr::V4(a) => format!("http://{}:{}{prefix}", a.ip(), a.port()),
        SocketAddr::V6(a) => format!("http://[{}]:{}{prefix}", a.ip(), a.port()),
    };
    let (stop_tx, stop_rx) = watch::channel(false);
    let (done_tx, done_rx) = watch::channel(false);
    let shared = Arc::new(Shared {
        prefix,
        content: PhonePage::new(
            report,
            input,
            opts.client,
            opts.lang,
            profile.as_ref().err(),
        ),
        profile: profile.ok(),
        expires: Instant::now() + opts.lifetime,
        max_requests: opts.max_requests,
        requests: AtomicU32::new(0),
        active: AtomicBool::new(true),
        stopped: Mutex::new(None),
        stop_tx,
    });
    spawn_server(
        listener,
        shared.clone(),
        stop_rx,
        done_tx,
        opts.lifetime,
        opts.linger,
    );
    Ok(Handoff {
        shared,
        url,
        addr,
        done: done_rx,
    })
}

fn spawn_server(
    listener: tokio::net::TcpListener,
    shared: Arc<Shared>,
    mut stop_rx: watch::Receiver<bool>,
    done_tx: watch::Sender<bool>,
    lifetime: Duration,
    linger: Duration,
) {
    let app = Router::new().fallback(handle).with_state(shared.clone());
    let (sig_tx, sig_rx) = tokio::sync::oneshot::channel::<()>();
    let mut server = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = sig_rx.await;
            })
            .await;
    });
    tokio::spawn(async move {
        let deadline = tokio::time::Instant::now() + lifetime;
        let asked = tokio::select! {
            _ = tokio::time::sleep_until(deadline) => false,
            _ = stop_rx.wait_for(|s| *s) => true,
        };
        if !asked {
            shared.end(StopReason::Expired);
            tokio::select! {
                _ = tokio::time::sleep(linger) => {}
                _ = stop_rx.wait_for(|s| *s) => {}
            }
        }
        // The port closes now; a connection still open gets 2 s to finish (every answer is
        // `Connection: close` and, from now on, a 404), then is cut.
        let _ = sig_tx.send(());
        if tokio::time::timeout(Duration::from_secs(2), &mut server)
            .await
            .is_err()
        {
            server.abort();
        }
        let _ = done_tx.send(true);
    });
}

impl Handoff {
    /// The one URL to open (also what the QR code encodes). A secret until it ends.
    pub fn url(&self) -> &str {
        &self.url
    }
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    pub fn is_active(&self) -> bool {
        self.shared.live()
    }
    pub fn status(&self) -> HandoffStatus {
        let active = self.shared.live();
        HandoffStatus {
            active,
            url: self.url.clone(),
            seconds_left: if active {
                self.shared
                    .expires
                    .saturating_duration_since(Instant::now())
                    .as_secs()
            } else {
                0
            },
            requests: self.shared.requests.load(Ordering::SeqCst),
            max_requests: self.shared.max_requests,
            stopped: *self
                .shared
                .stopped
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        }
    }
    /// Stops now: the URL answers nothing from here on.
    pub fn stop(&self) {
        self.shared.end(StopReason::Stopped);
    }
    /// Waits until the server has closed its port (stopped, expired or request cap).
    pub async fn closed(&self) -> StopReason {
        let mut rx = self.done.clone();
        let _ = rx.wait_for(|d| *d).await;
        self.shared
            .stopped
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or(StopReason::Stopped)
    }
    /// The QR code of the URL as an SVG image (for the wizard).
    pub fn qr_svg(&self) -> String {
        qr::svg(&self.url)
    }
    /// The QR code of the URL drawn with block characters (for a terminal).
    pub fn qr_terminal(&self) -> String {
        qr::terminal(&self.url)
    }
}

impl Drop for Handoff {
    fn drop(&mut self) {
        self.shared.end(StopReason::Stopped);
    }
}

// ---------------------------------------------------------------- answering requests

/// Compares without an early exit, so the time taken tells nothing about how much of a guessed
/// token matched. Written here because it is four lines; the token is already 256 bits.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn nonce() -> String {
    use base64::Engine as _;
    let mut b = [0u8; 16];
    // A nonce only has to be unpredictable to a page's content; the OS RNG does not fail in
    // practice, and a zero nonce would still match only this response's own tags.
    let _ = getrandom::fill(&mut b);
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(b)
}

fn respond(status: StatusCode, content_type: Option<&str>, body: Vec<u8>, nonce: &str) -> Response {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    let h = r.headers_mut();
    let csp = format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    );
    let fixed: [(header::HeaderName, &str); 6] = [
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CONNECTION, "close"),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ];
    for (k, v) in fixed {
        h.insert(k, HeaderValue::from_static(v));
    }
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    if let Some(ct) = content_type.and_then(|c| HeaderValue::from_str(c).ok()) {
        h.insert(header::CONTENT_TYPE, ct);
    }
    r
}

fn not_found() -> Response {
    respond(StatusCode::NOT_FOUND, None, Vec::new(), &nonce())
}

async fn handle(
    axum::extract::State(s): axum::extract::State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let n = s.requests.fetch_add(1, Ordering::SeqCst).saturating_add(1);
    if n > s.max_requests {
        s.end(StopReason::RequestCap);
        return not_found();
    }
    if !s.live() || (method != Method::GET && method != Method::HEAD) {
        return not_found();
    }
    let path = uri.path();
    let Some(rest) = path
        .get(..s.prefix.len())
        .filter(|p| same_secret(p.as_bytes(), s.prefix.as_bytes()))
        .map(|_| &path[s.prefix.len()..])
    else {
        return not_found();
    };
    let header_str = |k: header::HeaderName| {
        headers
            .get(k)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let resp = match rest {
        "" => {
            let n = nonce();
            let req = page::PageRequest::new(
                uri.query().unwrap_or(""),
                &header_str(header::ACCEPT_LANGUAGE),
                &header_str(header::USER_AGENT),
            );
            let left = s.expires.saturating_duration_since(Instant::now());
            let html = s.content.html(&req, left, &n);
            respond(
                StatusCode::OK,
                Some("text/html; charset=utf-8"),
                html.into_bytes(),
                &n,
            )
        }
        "profile.mobileconfig" => match &s.profile {
            Some(p) => {
                let mut r = respond(
                    StatusCode::OK,
                    Some(PROFILE_TYPE),
                    p.clone().into_bytes(),
                    &nonce(),
                );
                r.headers_mut().insert(
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static("attachment; filename=\"mail.mobileconfig\""),
                );
                r
            }
            None => not_found(),
        },
        _ => not_found(),
    };
    if method == Method::HEAD {
        let (parts, _) = resp.into_parts();
        return Response::from_parts(parts, Body::empty());
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_is_256_bits_and_differs() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[test]
    fn only_lan_and_loopback_may_be_bound() {
        for ok in [
            "127.0.0.1",
            "192.168.1.20",
            "10.0.0.5",
            "172.20.1.1",
            "::1",
            "fd00::1",
        ] {
            assert!(is_allowed_bind(ok.parse().unwrap()), "{ok}");
        }
        for bad in [
            "0.0.0.0",
            "::",
            "8.8.8.8",
            "172.32.0.1",
            "100.64.0.1",
            "2001:db8::1",
        ] {
            assert!(!is_allowed_bind(bad.parse().unwrap()), "{bad}");
        }
    }

    #[test]
    fn lan_addresses_are_private_only() {
        for a in lan_addresses() {
            assert!(is_allowed_bind(a) && !a.is_loopback(), "{a}");
        }
    }

    #[test]
    fn secret_comparison() {
        assert!(same_secret(b"/t/abc/", b"/t/abc/"));
        assert!(!same_secret(b"/t/abd/", b"/t/abc/"));
        assert!(!same_secret(b"/t/ab/", b"/t/abc/"));
    }

    #[test]
    fn virtual_interfaces_are_skipped() {
        assert!(is_virtual_interface("docker0"));
        assert!(is_virtual_interface("br-1a2b"));
        assert!(!is_virtual_interface("wlan0"));
        assert!(!is_virtual_interface("en0"));
    }
}
