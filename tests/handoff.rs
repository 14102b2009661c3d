//! Hand-off to the phone (issue 14), through a real HTTP client (reqwest) against the real
//! server on loopback: the token page, the profile (parsed with the `plist` crate), 404 for a
//! wrong and for an expired token, the stop, the request cap and the headers. The last test
//! runs `tsunagu diagnose` against the test mail servers with a password and then
//! `tsunagu handoff --from`, and looks for the password in everything served.

#[path = "support/peers.rs"]
mod peers;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tsunagu::engine::{self, Options, Request};
use tsunagu::handoff::{self, HandoffOptions, PhoneClient, StopReason, PROFILE_TYPE};
use tsunagu::model::{Lang, Report, Situation};

const IPHONE_UA: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const ANDROID_UA: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

/// An offline report of a bundled provider (no network, no password).
async fn offline_report(address: &str) -> Report {
    let req = Request {
        address: address.into(),
        password: None,
        username: None,
        situation: Situation::NewDevice,
    };
    let opts = Options {
        offline: true,
        lang: Lang::Ja,
        ..Options::default()
    };
    engine::run(req, &opts, Arc::new(|_| {}))
        .await
        .expect("offline report")
}

fn loopback(o: HandoffOptions) -> HandoffOptions {
    HandoffOptions {
        bind: Some("127.0.0.1".parse().unwrap()),
        ..o
    }
}

fn client() -> reqwest::Client {
    // reqwest comes with `rustls-no-provider` (the engine's discovery client brings its own
    // rustls configuration): a client builder wants a process-wide provider, even for http.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .no_proxy()
        .build()
        .unwrap()
}

async fn get(url: &str, lang: &str, ua: &str) -> reqwest::Response {
    client()
        .get(url)
        .header("accept-language", lang)
        .header("user-agent", ua)
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

fn assert_security_headers(r: &reqwest::Response) {
    let h = r.headers();
    let v = |k: &str| {
        h.get(k)
            .unwrap_or_else(|| panic!("header {k} missing on {}", r.url()))
            .to_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(v("cache-control"), "no-store");
    assert_eq!(v("referrer-policy"), "no-referrer");
    assert_eq!(v("x-content-type-options"), "nosniff");
    assert_eq!(v("x-frame-options"), "DENY");
    let csp = v("content-security-policy");
    assert!(csp.starts_with("default-src 'none';"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
}

async fn assert_404_empty(url: &str) {
    let r = get(url, "ja", IPHONE_UA).await;
    assert_eq!(r.status(), 404, "{url}");
    assert_security_headers(&r);
    assert!(r.headers().get("content-type").is_none());
    assert_eq!(r.bytes().await.unwrap().len(), 0, "404 has no body: {url}");
}

/// True when nothing accepts a connection on the hand-off's port any more.
async fn port_closed(h: &handoff::Handoff) -> bool {
    tokio::net::TcpStream::connect(h.addr()).await.is_err()
}

#[tokio::test]
async fn token_page_in_both_languages_and_both_apps() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    let h = handoff::start(&report, loopback(HandoffOptions::default()))
        .await
        .unwrap();
    let url = h.url().to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let token = url.trim_end_matches('/').rsplit('/').next().unwrap();
    assert!(token.len() >= 22, "token of at least 128 bits: {token}");

    // iPhone, Japanese from Accept-Language.
    let r = get(&url, "ja-JP,ja;q=0.9,en;q=0.5", IPHONE_UA).await;
    assert_eq!(r.status(), 200);
    assert_security_headers(&r);
    assert_eq!(
        r.headers()["content-type"].to_str().unwrap(),
        "text/html; charset=utf-8"
    );
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let page = r.text().await.unwrap();
    assert!(page.contains("<html lang=\"ja\">"), "ja page");
    assert!(page.contains("taro@biglobe.ne.jp"));
    assert!(page.contains("プロファイルをダウンロード"));
    assert!(page.contains("プロファイルがダウンロード済み"));
    assert!(page.contains("href=\"profile.mobileconfig\""));
    let inc = report.recommended.incoming.as_ref().unwrap();
    let out = report.recommended.outgoing.as_ref().unwrap();
    assert!(page.contains(&format!("data-copy=\"{}\"", inc.host)));
    assert!(page.contains(&format!("data-copy=\"{}\"", out.port)));
    assert!(page.contains("?lang=en&amp;app=iphone"), "switch link");
    // The inline script and style carry this response's CSP nonce.
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .unwrap();
    assert!(page.contains(&format!("<script nonce=\"{nonce}\">")));
    assert!(page.contains(&format!("<style nonce=\"{nonce}\">")));

    // English from Accept-Language; Android from the User-Agent: the Gmail app, no profile.
    let page = get(&url, "en-US,en;q=0.9", ANDROID_UA)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("Android (Gmail)"));
    assert!(page.contains("What to enter in Gmail app on Android"));
    assert!(!page.contains("profile.mobileconfig"));
    assert!(page.contains(&format!("data-copy=\"{}\"", inc.host)));

    // The switch link and the app link override both headers.
    let page = get(&format!("{url}?lang=en&app=iphone"), "ja", ANDROID_UA)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en\">") && page.contains("Download the profile"));
    // HEAD answers like GET, without a body.
    let r = client().head(&url).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.bytes().await.unwrap().len(), 0);
    assert!(h.is_active());
    assert_eq!(h.status().requests, 4);
}

#[tokio::test]
async fn the_persons_choice_wins_over_the_user_agent() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    let h = handoff::start(
        &report,
        loopback(HandoffOptions {
            client: Some(PhoneClient::AndroidGmail),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    let page = get(h.url(), "ja", IPHONE_UA).await.text().await.unwrap();
    assert!(page.contains("Android の Gmail アプリに入れる値"), "{page}");
}

#[tokio::test]
async fn profile_is_a_plist_without_password() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    let h = handoff::start(&report, loopback(HandoffOptions::default()))
        .await
        .unwrap();
    let r = get(&format!("{}profile.mobileconfig", h.url()), "ja", IPHONE_UA).await;
    assert_eq!(r.status(), 200);
    assert_security_headers(&r);
    assert_eq!(r.headers()["content-type"], PROFILE_TYPE);
    let body = r.bytes().await.unwrap();
    let v: plist::Value = plist::from_bytes(&body).expect("a property list");
    let top = v.as_dictionary().unwrap();
    assert_eq!(top["PayloadType"].as_string(), Some("Configuration"));
    let mail = top["PayloadContent"].as_array().unwrap()[0]
        .as_dictionary()
        .unwrap();
    assert_eq!(
        mail["PayloadType"].as_string(),
        Some("com.apple.mail.managed")
    );
    let inc = report.recommended.incoming.as_ref().unwrap();
    assert_eq!(
        mail["IncomingMailServerHostName"].as_string(),
        Some(inc.host.as_str())
    );
    assert_eq!(mail["EmailAddress"].as_string(), Some("taro@biglobe.ne.jp"));
    for k in mail.keys() {
        assert!(
            !k.contains("Password") || k == "OutgoingPasswordSameAsIncomingPassword",
            "no password key in the profile: {k}"
        );
    }
}

#[tokio::test]
async fn wrong_token_other_paths_and_methods_are_404_without_detail() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    let h = handoff::start(&report, loopback(HandoffOptions::default()))
        .await
        .unwrap();
    let url = h.url().to_string();
    let base = format!("http://{}", h.addr());
    let token = url.trim_end_matches('/').rsplit('/').next().unwrap();
    let mut wrong = token.to_string();
    let last = if wrong.ends_with('A') { "B" } else { "A" };
    wrong.replace_range(wrong.len() - 1.., last);
    for u in [
        format!("{base}/t/{wrong}/"),
        format!("{base}/t/{wrong}/profile.mobileconfig"),
        format!("{base}/t/{}/", &token[..token.len() - 1]),
        format!("{base}/t/{token}"),
        format!("{base}/t/{token}/x"),
        format!("{base}/t/{token}/../"),
        format!("{base}/t/"),
        format!("{base}/"),
        format!("{base}/favicon.ico"),
    ] {
        assert_404_empty(&u).await;
    }
    let r = client().post(&url).body("x").send().await.unwrap();
    assert_eq!(r.status(), 404);
    // Still serving the right URL.
    assert_eq!(get(&url, "ja", IPHONE_UA).await.status(), 200);
}

#[tokio::test]
async fn expired_token_is_404_then_the_port_closes() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    let h = handoff::start(
        &report,
        loopback(HandoffOptions {
            lifetime: Duration::from_millis(800),
            linger: Duration::from_secs(30),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert_eq!(get(h.url(), "ja", IPHONE_UA).await.status(), 200);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_404_empty(h.url()).await;
    assert_404_empty(&format!("{}profile.mobileconfig", h.url())).await;
    assert!(!h.is_active());
    assert_eq!(h.status().stopped, Some(StopReason::Expired));

    // Without a linger the port closes when the time is up.
    let h = handoff::start(
        &report,
        loopback(HandoffOptions {
            lifetime: Duration::from_millis(500),
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    let t0 = Instant::now();
    let why = tokio::time::timeout(Duration::from_secs(5), h.closed())
        .await
        .expect("closes by itself");
    assert_eq!(why, StopReason::Expired);
    assert!(t0.elapsed() >= Duration::from_millis(400));
    assert!(port_closed(&h).await);
    assert!(client().get(h.url()).send().await.is_err());
}

#[tokio::test]
async fn stop_closes_the_url() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    let h = handoff::start(&report, loopback(HandoffOptions::default()))
        .await
        .unwrap();
    assert_eq!(get(h.url(), "ja", IPHONE_UA).await.status(), 200);
    let t0 = Instant::now();
    h.stop();
    let why = tokio::time::timeout(Duration::from_secs(5), h.closed())
        .await
        .expect("stops");
    assert_eq!(why, StopReason::Stopped);
    assert!(t0.elapsed() < Duration::from_secs(3), "{:?}", t0.elapsed());
    assert!(!h.is_active());
    assert!(port_closed(&h).await);
    assert!(client().get(h.url()).send().await.is_err());
    // Dropping a running hand-off stops it too.
    let h2 = handoff::start(&report, loopback(HandoffOptions::default()))
        .await
        .unwrap();
    let addr = h2.addr();
    drop(h2);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn request_cap_ends_the_hand_off() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    let h = handoff::start(
        &report,
        loopback(HandoffOptions {
            max_requests: 3,
            ..Default::default()
        }),
    )
    .await
    .unwrap();
    assert_eq!(
        handoff::MAX_REQUESTS,
        HandoffOptions::default().max_requests
    );
    // Wrong URLs count too.
    assert_eq!(
        get(&format!("http://{}/nope", h.addr()), "ja", "")
            .await
            .status(),
        404
    );
    assert_eq!(get(h.url(), "ja", "").await.status(), 200);
    assert_eq!(get(h.url(), "ja", "").await.status(), 200);
    // The fourth is over the cap: 404, and the hand-off ends.
    let r = get(h.url(), "ja", "").await;
    assert_eq!(r.status(), 404);
    assert_eq!(r.bytes().await.unwrap().len(), 0);
    let why = tokio::time::timeout(Duration::from_secs(5), h.closed())
        .await
        .expect("closes");
    assert_eq!(why, StopReason::RequestCap);
    assert!(port_closed(&h).await);
}

#[tokio::test]
async fn refuses_public_and_unspecified_addresses_and_bad_lifetimes() {
    let report = offline_report("taro@biglobe.ne.jp").await;
    for a in ["0.0.0.0", "::", "8.8.8.8"] {
        let e = handoff::start(
            &report,
            HandoffOptions {
                bind: Some(a.parse().unwrap()),
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
        assert_eq!(e.kind, handoff::HandoffErrorKind::NotLan, "{a}");
    }
    for lifetime in [Duration::ZERO, Duration::from_secs(3601)] {
        let e = handoff::start(
            &report,
            loopback(HandoffOptions {
                lifetime,
                ..Default::default()
            }),
        )
        .await
        .unwrap_err();
        assert_eq!(e.kind, handoff::HandoffErrorKind::Lifetime);
    }
}

/// The CLI end to end: a live check with a password against the test mail servers, then
/// `tsunagu handoff --from`; the first stdout line is the URL, and neither the page nor the
/// profile holds the password. Ctrl-C (SIGINT) ends it.
#[test]
fn cli_hand_off_of_a_live_report_never_serves_the_password() {
    let Some(p) = peers::Peers::get("cli_hand_off_of_a_live_report_never_serves_the_password")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let user = p.user("normal");
    let config = p.config(dir.path(), "healthy", &p.all_servers());
    let run = p.diagnose(&user, &p.password, &config, &[]);
    let report_path = dir.path().join("report.json");
    std::fs::write(&report_path, &run.stdout).unwrap();

    let mut child = Command::new(env!("CARGO_BIN_EXE_tsunagu"))
        .args(["handoff", "--from"])
        .arg(&report_path)
        .args(["--bind", "127.0.0.1", "--client", "iphone", "--lang", "en"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    let url = first.trim_end_matches('\n').to_string();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.contains("/t/") && !url.contains(' '),
        "first line is the URL alone: {first:?}"
    );
    let mut qr = String::new();
    for _ in 0..10 {
        let mut l = String::new();
        out.read_line(&mut l).unwrap();
        qr.push_str(&l);
    }
    assert!(
        qr.contains('█') && qr.contains('▀') || qr.contains('▄'),
        "{qr}"
    );

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (page, profile) = rt.block_on(async {
        let page = get(&url, "en", IPHONE_UA).await.text().await.unwrap();
        let prof = get(&format!("{url}profile.mobileconfig"), "en", IPHONE_UA)
            .await
            .bytes()
            .await
            .unwrap();
        (page, prof)
    });
    assert!(page.contains(&user), "the page is about this account");
    assert!(page.contains(&p.port("imap_tls").to_string()));
    assert!(
        page.contains("These settings were checked against the real servers"),
        "live report is verified"
    );
    let profile = String::from_utf8(profile.to_vec()).unwrap();
    plist::from_bytes::<plist::Value>(profile.as_bytes()).expect("plist");
    for (what, text) in [("page", &page), ("profile", &profile)] {
        assert!(!text.contains(&p.password), "password in the {what}");
    }
    // SIGINT as Ctrl-C sends it: the command stops and exits 0.
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let end = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < end, "handoff did not stop on SIGINT");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "{status:?}");
    assert!(std::net::TcpStream::connect(
        url.trim_start_matches("http://").split('/').next().unwrap()
    )
    .is_err());
}
