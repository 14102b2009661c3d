//! Discovery against loopback only: an HTTPS server with a test CA (rcgen), a plain HTTP
//! server, and a tiny UDP DNS server answering A, MX and SRV. Covers each source, the
//! priorities, per-source deadlines, the untrusted mark of plain http, and redirects (followed
//! as Thunderbird does: bounded, https stays https, http may upgrade, another domain is
//! reported and untrusted).

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, UdpSocket};
use tsunagu::discover::{self, Channel, DiscoverOptions, Endpoints, Lookup, SourceOutcome};
use tsunagu::dns::Resolver;
use tsunagu::input::Account;
use tsunagu::model::{Protocol, Security, SettingsSource};

fn account(a: &str) -> Account {
    let (l, d) = a.split_once('@').unwrap();
    Account {
        address: a.into(),
        local_part: l.into(),
        domain: d.into(),
        domain_unicode: d.into(),
    }
}

fn config_xml(host: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.test">
<domain>example.test</domain><displayName>Example Test Mail</displayName>
<incomingServer type="imap"><hostname>{host}</hostname><port>993</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>{host}</hostname><port>465</port><socketType>SSL</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#
    )
}

/// path → (delay, status, body)
type Routes = Arc<HashMap<String, (Duration, u16, String)>>;

struct Pki {
    ca_file: PathBuf,
    server: Arc<rustls::ServerConfig>,
    _dir: tempfile::TempDir,
}

fn pki() -> Pki {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Tsunagu Test CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec![
        "127.0.0.1".to_string(),
        "autoconfig.named.test".to_string(),
    ])
    .unwrap()
    .signed_by(&leaf_key, &ca)
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, ca.pem()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let server = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![leaf.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into()),
        )
        .unwrap();
    Pki {
        ca_file,
        server: Arc::new(server),
        _dir: dir,
    }
}

async fn respond<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(
    mut s: S,
    routes: Routes,
) {
    let mut buf = vec![0u8; 4096];
    let mut got = Vec::new();
    while !got.windows(4).any(|w| w == b"\r\n\r\n") && got.len() < 16384 {
        match s.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
    let line = String::from_utf8_lossy(&got);
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let path = path.split('?').next().unwrap_or("").to_string();
    let (delay, code, body) =
        routes
            .get(&path)
            .cloned()
            .unwrap_or((Duration::ZERO, 404, String::new()));
    tokio::time::sleep(delay).await;
    // A redirect: the route's body is the Location.
    let reply = if (300..400).contains(&code) {
        format!("HTTP/1.1 {code} X\r\nLocation: {body}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    } else {
        format!(
            "HTTP/1.1 {code} X\r\nContent-Type: application/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    };
    let _ = s.write_all(reply.as_bytes()).await;
    let _ = s.shutdown().await;
}

async fn https_server(cfg: Arc<rustls::ServerConfig>, routes: Routes) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    let acceptor = tokio_rustls::TlsAcceptor::from(cfg);
    tokio::spawn(async move {
        while let Ok((tcp, _)) = l.accept().await {
            let acceptor = acceptor.clone();
            let routes = routes.clone();
            tokio::spawn(async move {
                if let Ok(tls) = acceptor.accept(tcp).await {
                    respond(tls, routes).await;
                }
            });
        }
    });
    port
}

async fn http_server(routes: Routes) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = l.accept().await {
            tokio::spawn(respond(tcp, routes.clone()));
        }
    });
    port
}

#[derive(Clone)]
enum Rec {
    A(Ipv4Addr),
    Mx(u16, &'static str),
    Srv(u16, u16, u16, &'static str),
}

fn encode_name(name: &str, out: &mut Vec<u8>) {
    for label in name
        .trim_end_matches('.')
        .split('.')
        .filter(|l| !l.is_empty())
    {
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
}

/// A minimal DNS responder: answers from `zone` (name, qtype) → records; a name in `zone`
/// with no record of the asked type gets an empty NOERROR; others NXDOMAIN.
async fn dns_server(zone: HashMap<(String, u16), Vec<Rec>>) -> SocketAddr {
    let sock = Arc::new(UdpSocket::bind("127.0.0.1:0").await.unwrap());
    let addr = sock.local_addr().unwrap();
    let zone = Arc::new(zone);
    tokio::spawn(async move {
        let mut buf = [0u8; 1500];
        while let Ok((n, peer)) = sock.recv_from(&mut buf).await {
            let q = buf[..n].to_vec();
            if q.len() < 12 {
                continue;
            }
            let mut i = 12;
            let mut labels = Vec::new();
            while i < q.len() && q[i] != 0 {
                let len = q[i] as usize;
                labels.push(String::from_utf8_lossy(&q[i + 1..i + 1 + len]).to_lowercase());
                i += 1 + len;
            }
            let qname = labels.join(".");
            let qend = i + 5;
            if qend > q.len() {
                continue;
            }
            let qtype = u16::from_be_bytes([q[i + 1], q[i + 2]]);
            let known = zone.keys().any(|(n, _)| *n == qname);
            let recs = zone
                .get(&(qname.clone(), qtype))
                .cloned()
                .unwrap_or_default();
            let mut r = Vec::new();
            r.extend_from_slice(&q[0..2]);
            let rcode = if known { 0 } else { 3 };
            r.extend_from_slice(&[0x81, 0x80 | rcode]);
            r.extend_from_slice(&[0, 1]);
            r.extend_from_slice(&(recs.len() as u16).to_be_bytes());
            r.extend_from_slice(&[0, 0, 0, 0]);
            r.extend_from_slice(&q[12..qend]);
            for rec in recs {
                r.extend_from_slice(&[0xC0, 0x0C]);
                let mut rdata = Vec::new();
                let ty: u16 = match rec {
                    Rec::A(ip) => {
                        rdata.extend_from_slice(&ip.octets());
                        1
                    }
                    Rec::Mx(p, host) => {
                        rdata.extend_from_slice(&p.to_be_bytes());
                        encode_name(host, &mut rdata);
                        15
                    }
                    Rec::Srv(prio, w, port, target) => {
                        rdata.extend_from_slice(&prio.to_be_bytes());
                        rdata.extend_from_slice(&w.to_be_bytes());
                        rdata.extend_from_slice(&port.to_be_bytes());
                        encode_name(target, &mut rdata);
                        33
                    }
                };
                r.extend_from_slice(&ty.to_be_bytes());
                r.extend_from_slice(&[0, 1, 0, 0, 0, 60]);
                r.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
                r.extend_from_slice(&rdata);
            }
            let _ = sock.send_to(&r, peer).await;
        }
    });
    addr
}

const A: u16 = 1;
const MX: u16 = 15;
const SRV: u16 = 33;

struct Env {
    pki: Pki,
    https: u16,
    http: u16,
    dns: SocketAddr,
}

async fn env(
    https_routes: Vec<(&str, u64, u16, String)>,
    http_routes: Vec<(&str, u64, u16, String)>,
    zone: Vec<(&str, u16, Vec<Rec>)>,
) -> Env {
    let pki = pki();
    let mk = |v: Vec<(&str, u64, u16, String)>| -> Routes {
        Arc::new(
            v.into_iter()
                .map(|(p, d, c, b)| (p.to_string(), (Duration::from_millis(d), c, b)))
                .collect(),
        )
    };
    let https = https_server(pki.server.clone(), mk(https_routes)).await;
    let http = http_server(mk(http_routes)).await;
    let mut z: HashMap<(String, u16), Vec<Rec>> = HashMap::new();
    for (n, t, r) in zone {
        z.insert((n.to_string(), t), r);
    }
    let dns = dns_server(z).await;
    Env {
        pki,
        https,
        http,
        dns,
    }
}

impl Env {
    fn opts(&self) -> DiscoverOptions {
        let mut r = Resolver::with_nameserver(self.dns);
        r.timeout = Duration::from_millis(800);
        DiscoverOptions {
            offline: false,
            config_file: None,
            resolver: Arc::new(r),
            ca_file: Some(self.pki.ca_file.clone()),
            timeout: Duration::from_secs(5),
            source_timeout: Duration::from_secs(3),
            endpoints: Endpoints {
                autoconfig: format!("https://127.0.0.1:{}/ac/{{domain}}", self.https),
                well_known: format!("https://127.0.0.1:{}/wk/{{domain}}", self.https),
                ispdb: format!("https://127.0.0.1:{}/ispdb/{{domain}}", self.https),
                autoconfig_http: Some(format!("http://127.0.0.1:{}/ac/{{domain}}", self.http)),
            },
        }
    }
}

fn used(l: &Lookup) -> Vec<&discover::SourceReport> {
    l.sources.iter().filter(|s| s.used).collect()
}

fn outcome(
    l: &Lookup,
    source: SettingsSource,
    channel: Channel,
    query_part: &str,
) -> SourceOutcome {
    l.sources
        .iter()
        .find(|s| s.source == source && s.channel == channel && s.query.contains(query_part))
        .unwrap_or_else(|| panic!("{source:?} {channel:?} {query_part}: {:#?}", l.sources))
        .outcome
}

#[tokio::test]
async fn autoconfig_over_https_wins_and_is_trusted() {
    let e = env(
        vec![("/ac/example.test", 0, 200, config_xml("mail.example.test"))],
        vec![("/ac/example.test", 0, 200, config_xml("evil.example.test"))],
        vec![],
    )
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    let p = l.provider.as_ref().unwrap();
    assert_eq!(
        (p.id.as_str(), p.source),
        ("example.test", SettingsSource::Autoconfig)
    );
    assert_eq!(p.name, "Example Test Mail");
    assert_eq!(l.candidates.len(), 2, "{:#?}", l.candidates);
    assert!(l
        .candidates
        .iter()
        .all(|c| c.host == "mail.example.test" && c.documented));
    assert_eq!(l.candidates[0].usernames[0], "taro@example.test");
    let u = used(&l);
    assert_eq!(u.len(), 1);
    assert!(u[0].trusted && u[0].channel == Channel::Https && u[0].query.contains("/ac/"));
}

#[tokio::test]
async fn well_known_is_used_when_autoconfig_host_has_nothing() {
    let e = env(
        vec![("/wk/example.test", 0, 200, config_xml("wk.example.test"))],
        vec![],
        vec![],
    )
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    assert_eq!(
        outcome(&l, SettingsSource::Autoconfig, Channel::Https, "/ac/"),
        SourceOutcome::NotFound
    );
    assert!(l
        .candidates
        .iter()
        .any(|c| c.host == "wk.example.test" && c.documented));
    assert!(used(&l)[0].query.contains("/wk/"));
}

#[tokio::test]
async fn ispdb_is_used_when_the_domain_publishes_nothing() {
    let e = env(
        vec![(
            "/ispdb/example.test",
            0,
            200,
            config_xml("ispdb.example.test"),
        )],
        vec![],
        vec![],
    )
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    assert_eq!(l.provider.as_ref().unwrap().source, SettingsSource::Ispdb);
    assert!(l
        .candidates
        .iter()
        .all(|c| c.source == SettingsSource::Ispdb && c.documented));
    assert!(used(&l)[0].trusted);
}

#[tokio::test]
async fn business_domain_at_xserver_is_recognised_by_mx() {
    let e = env(
        vec![],
        vec![],
        vec![("biz.test", MX, vec![Rec::Mx(10, "sv1234.xserver.jp")])],
    )
    .await;
    let l = discover::lookup(&account("info@biz.test"), &e.opts())
        .await
        .unwrap();
    let p = l.provider.as_ref().unwrap();
    assert_eq!((p.id.as_str(), p.source), ("xserver", SettingsSource::Mx));
    assert_eq!(l.mx, vec!["sv1234.xserver.jp"]);
    let mx: Vec<_> = l
        .candidates
        .iter()
        .filter(|c| c.source == SettingsSource::Mx)
        .collect();
    assert!(!mx.is_empty() && mx.iter().all(|c| c.host == "sv1234.xserver.jp"));
    let r = used(&l)[0];
    assert_eq!(
        (r.source, r.channel, r.trusted),
        (SettingsSource::Mx, Channel::Dns, false)
    );
    assert!(l.bundled_provider().is_some());
}

#[tokio::test]
async fn google_and_microsoft_hosted_domains_by_mx() {
    let e = env(
        vec![],
        vec![],
        vec![
            (
                "g.test",
                MX,
                vec![
                    Rec::Mx(1, "aspmx.l.google.com"),
                    Rec::Mx(5, "alt1.aspmx.l.google.com"),
                ],
            ),
            (
                "m.test",
                MX,
                vec![Rec::Mx(0, "m-test.mail.protection.outlook.com")],
            ),
        ],
    )
    .await;
    let g = discover::lookup(&account("a@g.test"), &e.opts())
        .await
        .unwrap();
    assert_eq!(g.provider.unwrap().id, "gmail");
    assert!(g.candidates.iter().any(|c| c.host == "imap.gmail.com"));
    let m = discover::lookup(&account("a@m.test"), &e.opts())
        .await
        .unwrap();
    assert_eq!(m.provider.unwrap().id, "microsoft365");
}

#[tokio::test]
async fn srv_records_rfc6186_and_8314() {
    let e = env(
        vec![],
        vec![],
        vec![
            (
                "_imaps._tcp.srv.test",
                SRV,
                vec![Rec::Srv(0, 1, 993, "imap.srv.test")],
            ),
            ("_pop3s._tcp.srv.test", SRV, vec![Rec::Srv(0, 0, 0, ".")]),
            (
                "_submission._tcp.srv.test",
                SRV,
                vec![Rec::Srv(0, 1, 587, "smtp.srv.test")],
            ),
            ("srv.test", MX, vec![Rec::Mx(10, "mx.elsewhere.test")]),
        ],
    )
    .await;
    let l = discover::lookup(&account("a@srv.test"), &e.opts())
        .await
        .unwrap();
    let srv: Vec<_> = l
        .candidates
        .iter()
        .filter(|c| c.source == SettingsSource::Srv)
        .collect();
    assert_eq!(srv.len(), 2, "{:#?}", l.candidates);
    assert!(srv.iter().any(|c| c.protocol == Protocol::Imap
        && c.host == "imap.srv.test"
        && c.security == Security::Tls));
    assert!(srv.iter().any(|c| c.protocol == Protocol::Smtp
        && c.port == 587
        && c.security == Security::Starttls));
    assert!(srv.iter().all(|c| !c.documented));
    assert_eq!(
        outcome(&l, SettingsSource::Mx, Channel::Dns, "srv.test"),
        SourceOutcome::NotFound
    );
    // SRV alone is not documented: guesses are added (bounded).
    assert!(l
        .candidates
        .iter()
        .any(|c| c.source == SettingsSource::Guess));
    assert!(l.candidates.len() <= tsunagu::candidates::MAX_CANDIDATES);
}

#[tokio::test]
async fn plain_http_result_is_marked_untrusted() {
    let e = env(
        vec![],
        vec![("/ac/example.test", 0, 200, config_xml("plain.example.test"))],
        vec![],
    )
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    let u = used(&l)[0];
    assert_eq!((u.channel, u.trusted), (Channel::Http, false));
    assert!(u.detail.contains("untrusted"));
    let c: Vec<_> = l
        .candidates
        .iter()
        .filter(|c| c.host == "plain.example.test")
        .collect();
    assert!(!c.is_empty() && c.iter().all(|c| !c.documented));
    // Not documented → guesses are probed too.
    assert!(l
        .candidates
        .iter()
        .any(|c| c.source == SettingsSource::Guess));
}

#[tokio::test]
async fn higher_priority_wins_even_when_slower() {
    let e = env(
        vec![
            (
                "/ac/example.test",
                400,
                200,
                config_xml("slow-but-first.example.test"),
            ),
            (
                "/ispdb/example.test",
                0,
                200,
                config_xml("ispdb.example.test"),
            ),
        ],
        vec![("/ac/example.test", 0, 200, config_xml("plain.example.test"))],
        vec![],
    )
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    assert!(
        l.candidates
            .iter()
            .all(|c| c.host == "slow-but-first.example.test"),
        "{:#?}",
        l.candidates
    );
    assert!(used(&l)[0].query.contains("/ac/"));
    assert_eq!(
        outcome(&l, SettingsSource::Ispdb, Channel::Https, "/ispdb/"),
        SourceOutcome::Found
    );
}

#[tokio::test]
async fn a_winning_source_does_not_wait_for_lower_priority_ones() {
    // autoconfig answers at once; the slow http source is not waited for.
    let e = env(
        vec![("/ac/example.test", 0, 200, config_xml("mail.example.test"))],
        vec![(
            "/ac/example.test",
            2500,
            200,
            config_xml("plain.example.test"),
        )],
        vec![],
    )
    .await;
    let t = Instant::now();
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    assert!(
        t.elapsed() < Duration::from_millis(2000),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(
        outcome(&l, SettingsSource::Autoconfig, Channel::Http, "http://"),
        SourceOutcome::Skipped
    );
}

#[tokio::test]
async fn each_source_has_its_own_deadline() {
    let e = env(
        vec![
            (
                "/ac/example.test",
                3000,
                200,
                config_xml("too-slow.example.test"),
            ),
            (
                "/ispdb/example.test",
                0,
                200,
                config_xml("ispdb.example.test"),
            ),
        ],
        vec![],
        vec![],
    )
    .await;
    let mut o = e.opts();
    o.source_timeout = Duration::from_millis(500);
    let t = Instant::now();
    let l = discover::lookup(&account("taro@example.test"), &o)
        .await
        .unwrap();
    assert!(
        t.elapsed() < Duration::from_millis(1500),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(
        outcome(&l, SettingsSource::Autoconfig, Channel::Https, "/ac/"),
        SourceOutcome::Timeout
    );
    assert!(l.candidates.iter().any(|c| c.host == "ispdb.example.test"));
    assert_eq!(l.provider.unwrap().source, SettingsSource::Ispdb);
}

#[tokio::test]
async fn https_with_an_untrusted_certificate_is_refused() {
    let e = env(
        vec![("/ac/example.test", 0, 200, config_xml("mail.example.test"))],
        vec![("/ac/example.test", 0, 200, config_xml("plain.example.test"))],
        vec![],
    )
    .await;
    let mut o = e.opts();
    o.ca_file = None; // the test CA is not trusted now
    let l = discover::lookup(&account("taro@example.test"), &o)
        .await
        .unwrap();
    assert_eq!(
        outcome(&l, SettingsSource::Autoconfig, Channel::Https, "/ac/"),
        SourceOutcome::Failed
    );
    assert!(!l.candidates.iter().any(|c| c.documented));
    assert!(l.candidates.iter().any(|c| c.host == "plain.example.test"));
    assert!(!used(&l)[0].trusted);
}

#[tokio::test]
async fn url_host_names_resolve_through_the_configured_dns() {
    let e = env(
        vec![(
            "/mail/config-v1.1.xml",
            0,
            200,
            config_xml("named.example.test"),
        )],
        vec![],
        vec![(
            "autoconfig.named.test",
            A,
            vec![Rec::A(Ipv4Addr::LOCALHOST)],
        )],
    )
    .await;
    let mut o = e.opts();
    o.endpoints.autoconfig = format!(
        "https://autoconfig.{{domain}}:{}/mail/config-v1.1.xml?emailaddress={{address}}",
        e.https
    );
    let l = discover::lookup(&account("taro@named.test"), &o)
        .await
        .unwrap();
    assert!(
        l.candidates
            .iter()
            .any(|c| c.host == "named.example.test" && c.documented),
        "{:#?}",
        l.sources
    );
    assert!(used(&l)[0].trusted);
}

#[tokio::test]
async fn nothing_found_gives_guesses_only() {
    let e = env(vec![], vec![], vec![]).await;
    let l = discover::lookup(&account("taro@nowhere.test"), &e.opts())
        .await
        .unwrap();
    assert!(l.provider.is_none());
    assert_eq!(l.candidates.len(), 21);
    assert!(l
        .candidates
        .iter()
        .all(|c| c.source == SettingsSource::Guess && !c.documented));
    assert_eq!(
        outcome(&l, SettingsSource::Mx, Channel::Dns, "nowhere.test"),
        SourceOutcome::NotFound
    );
}

#[tokio::test]
async fn bundled_and_offline_need_no_network() {
    let o = DiscoverOptions {
        offline: true,
        ..Default::default()
    };
    let so = discover::lookup(&account("taro@aa2.so-net.ne.jp"), &o)
        .await
        .unwrap();
    assert_eq!(so.provider.as_ref().unwrap().id, "so-net");
    assert_eq!(
        so.provider.as_ref().unwrap().source,
        SettingsSource::Bundled
    );
    let cvk = discover::lookup(&account("kyosai@cvk.ne.jp"), &o)
        .await
        .unwrap();
    assert!(cvk
        .candidates
        .iter()
        .all(|c| c.documented && c.host == "mail.cvk.ne.jp"));
    let unknown = discover::lookup(&account("taro@example.org"), &o)
        .await
        .unwrap();
    assert!(unknown
        .sources
        .iter()
        .filter(|s| s.source != SettingsSource::Guess)
        .all(|s| s.outcome == SourceOutcome::Skipped));
}

#[tokio::test]
async fn config_file_candidates_are_documented() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.xml");
    std::fs::write(&f, config_xml("%EMAILDOMAIN%")).unwrap();
    let o = DiscoverOptions {
        offline: true,
        config_file: Some(f),
        ..Default::default()
    };
    let l = discover::lookup(&account("taro@cvk.ne.jp"), &o)
        .await
        .unwrap();
    assert_eq!(l.provider.as_ref().unwrap().source, SettingsSource::Config);
    assert!(l
        .candidates
        .iter()
        .all(|c| c.source == SettingsSource::Config && c.documented && c.host == "cvk.ne.jp"));
    let bad = dir.path().join("bad.xml");
    std::fs::write(&bad, "<clientConfig>").unwrap();
    let o = DiscoverOptions {
        offline: true,
        config_file: Some(bad),
        ..Default::default()
    };
    assert!(discover::lookup(&account("taro@cvk.ne.jp"), &o)
        .await
        .is_err());
}

#[tokio::test]
async fn a_bundled_provider_without_documented_servers_also_asks_discovery() {
    // iTSCOM is bundled (management page, notes) but no server host is documented: what the
    // discovery sources find is probed after the bundled values, before the guesses.
    let e = env(
        vec![("/ac/itscom.net", 0, 200, config_xml("found.itscom.test"))],
        vec![],
        vec![],
    )
    .await;
    let l = discover::lookup(&account("hanako@itscom.net"), &e.opts())
        .await
        .unwrap();
    let p = l.provider.as_ref().unwrap();
    assert_eq!(
        (p.id.as_str(), p.source),
        ("itscom", SettingsSource::Bundled)
    );
    let first = &l.candidates[0];
    assert_eq!(
        (first.host.as_str(), first.source),
        ("found.itscom.test", SettingsSource::Autoconfig)
    );
    // The domain's own autoconfig over https documents both directions: no guesses needed.
    assert!(!l
        .candidates
        .iter()
        .any(|c| c.source == SettingsSource::Guess));
    assert!(l
        .sources
        .iter()
        .any(|s| s.source == SettingsSource::Autoconfig && s.used && s.trusted));
    // A fully documented provider does not wait for the network.
    let t = Instant::now();
    let cvk = discover::lookup(&account("kyosai@cvk.ne.jp"), &e.opts())
        .await
        .unwrap();
    assert!(
        t.elapsed() < Duration::from_millis(500),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(cvk.sources.len(), 1);
}

#[tokio::test]
async fn a_bad_ca_file_is_reported_on_https_sources() {
    let e = env(vec![], vec![], vec![]).await;
    let mut o = e.opts();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.pem");
    std::fs::write(
        &bad,
        "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    o.ca_file = Some(bad);
    let l = discover::lookup(&account("taro@example.test"), &o)
        .await
        .unwrap();
    let s = l
        .sources
        .iter()
        .find(|s| s.channel == Channel::Https)
        .unwrap();
    assert_eq!(s.outcome, SourceOutcome::Failed);
    assert!(s.detail.contains("TLS is not available"), "{}", s.detail);
}

#[tokio::test]
async fn mx_host_domain_is_looked_up_in_the_ispdb() {
    // MX names a host whose domain the ISPDB knows (Thunderbird does the same).
    let e = env(
        vec![(
            "/ispdb/mailhost.example",
            0,
            200,
            config_xml("imap.mailhost.example"),
        )],
        vec![],
        vec![("hosted.test", MX, vec![Rec::Mx(10, "mx1.mailhost.example")])],
    )
    .await;
    let l = discover::lookup(&account("boss@hosted.test"), &e.opts())
        .await
        .unwrap();
    let p = l.provider.as_ref().unwrap();
    assert_eq!(p.source, SettingsSource::Mx);
    assert!(l
        .candidates
        .iter()
        .any(|c| c.host == "imap.mailhost.example" && c.source == SettingsSource::Mx));
    let r = used(&l)[0];
    assert!(r.detail.contains("ISPDB mailhost.example"), "{}", r.detail);
}

// ------------------------------------------------------------------------------------------
// Redirects

/// Discovery endpoints whose servers redirect: `routes(https_port, http_port)` gives the
/// routes of the https and the http server (path, status, body or Location), so a Location can
/// name the other server. `autoconfig.named.test` (in the certificate) resolves to 127.0.0.1.
async fn redirect_env(
    routes: impl Fn(
        u16,
        u16,
    ) -> (
        Vec<(&'static str, u16, String)>,
        Vec<(&'static str, u16, String)>,
    ),
) -> Env {
    let pki = pki();
    let tls_l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let plain_l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let (https, http) = (
        tls_l.local_addr().unwrap().port(),
        plain_l.local_addr().unwrap().port(),
    );
    let (https_r, http_r) = routes(https, http);
    let mk = |v: Vec<(&str, u16, String)>| -> Routes {
        Arc::new(
            v.into_iter()
                .map(|(p, c, b)| (p.to_string(), (Duration::ZERO, c, b)))
                .collect(),
        )
    };
    let (https_routes, http_routes) = (mk(https_r), mk(http_r));
    let acceptor = tokio_rustls::TlsAcceptor::from(pki.server.clone());
    tokio::spawn(async move {
        while let Ok((tcp, _)) = tls_l.accept().await {
            let (acceptor, routes) = (acceptor.clone(), https_routes.clone());
            tokio::spawn(async move {
                if let Ok(tls) = acceptor.accept(tcp).await {
                    respond(tls, routes).await;
                }
            });
        }
    });
    tokio::spawn(async move {
        while let Ok((tcp, _)) = plain_l.accept().await {
            tokio::spawn(respond(tcp, http_routes.clone()));
        }
    });
    let mut z: HashMap<(String, u16), Vec<Rec>> = HashMap::new();
    z.insert(
        ("autoconfig.named.test".into(), 1),
        vec![Rec::A(Ipv4Addr::LOCALHOST)],
    );
    z.insert(("autoconfig.named.test".into(), 28), vec![]);
    let dns = dns_server(z).await;
    Env {
        pki,
        https,
        http,
        dns,
    }
}

fn report_of<'a>(l: &'a Lookup, channel: Channel, path: &str) -> &'a discover::SourceReport {
    l.sources
        .iter()
        .find(|s| {
            s.source == SettingsSource::Autoconfig && s.channel == channel && s.query.contains(path)
        })
        .unwrap_or_else(|| panic!("{channel:?} {path}: {:#?}", l.sources))
}

#[tokio::test]
async fn https_redirect_on_the_same_host_is_followed_and_trusted() {
    let e = redirect_env(|https, _| {
        (
            vec![
                (
                    "/ac/example.test",
                    301,
                    format!("https://127.0.0.1:{https}/moved/example.test"),
                ),
                ("/moved/example.test", 200, config_xml("mail.example.test")),
            ],
            vec![],
        )
    })
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    let r = report_of(&l, Channel::Https, "/ac/");
    assert_eq!(r.outcome, SourceOutcome::Found, "{r:?}");
    assert!(r.trusted && r.used, "{r:?}");
    assert!(
        r.detail.contains("redirected to https://127.0.0.1"),
        "{r:?}"
    );
    assert!(l
        .candidates
        .iter()
        .any(|c| c.host == "mail.example.test" && c.documented));
}

#[tokio::test]
async fn https_redirect_to_plain_http_is_refused() {
    let e = redirect_env(|_, http| {
        (
            vec![(
                "/ac/example.test",
                302,
                format!("http://127.0.0.1:{http}/ac/example.test"),
            )],
            vec![],
        )
    })
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    let r = report_of(&l, Channel::Https, "/ac/");
    assert_eq!(r.outcome, SourceOutcome::Failed, "{r:?}");
    assert!(r.detail.contains("https to plain http"), "{r:?}");
    assert!(!r.used);
}

#[tokio::test]
async fn plain_http_start_may_upgrade_to_https_but_stays_untrusted() {
    let e = redirect_env(|https, _| {
        (
            vec![("/up/example.test", 200, config_xml("mail.example.test"))],
            vec![(
                "/ac/example.test",
                301,
                format!("https://127.0.0.1:{https}/up/example.test"),
            )],
        )
    })
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    let r = report_of(&l, Channel::Http, "/ac/");
    assert_eq!(r.outcome, SourceOutcome::Found, "{r:?}");
    assert!(r.detail.contains("http upgraded to https"), "{r:?}");
    // The first hop was plain http: anyone on the path could have chosen where it went.
    assert!(!r.trusted, "{r:?}");
}

#[tokio::test]
async fn redirect_to_another_domain_is_reported_and_untrusted() {
    let e = redirect_env(|https, _| {
        (
            vec![
                (
                    "/ac/example.test",
                    302,
                    format!("https://autoconfig.named.test:{https}/other"),
                ),
                ("/other", 200, config_xml("mail.elsewhere.test")),
            ],
            vec![],
        )
    })
    .await;
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    let r = report_of(&l, Channel::Https, "/ac/");
    assert_eq!(r.outcome, SourceOutcome::Found, "{r:?}");
    assert!(!r.trusted, "{r:?}");
    assert!(r.detail.contains("autoconfig.named.test"), "{r:?}");
    assert!(r.detail.contains("another domain"), "{r:?}");
    let c: Vec<_> = l
        .candidates
        .iter()
        .filter(|c| c.host == "mail.elsewhere.test")
        .collect();
    assert!(!c.is_empty() && c.iter().all(|c| !c.documented), "{c:?}");
}

#[tokio::test]
async fn redirect_loops_end_after_a_bounded_count() {
    let e = redirect_env(|https, _| {
        (
            vec![(
                "/ac/example.test",
                302,
                format!("https://127.0.0.1:{https}/ac/example.test"),
            )],
            vec![],
        )
    })
    .await;
    let t = Instant::now();
    let l = discover::lookup(&account("taro@example.test"), &e.opts())
        .await
        .unwrap();
    let r = report_of(&l, Channel::Https, "/ac/");
    assert_eq!(r.outcome, SourceOutcome::Failed, "{r:?}");
    assert!(r.detail.contains("redirects"), "{r:?}");
    assert!(t.elapsed() < Duration::from_secs(3));
}
