//! The probe engine against scripted fault servers on 127.0.0.1 (no real mail server needed):
//! typed failures, bounded time and memory, and no credential where it must not go.

#[path = "support/certs.rs"]
mod certs;
#[path = "support/faults.rs"]
mod faults;

use certs::TestCa;
use faults::{Fake, Log, Server};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tsunagu::probe::{run_all, Credentials, EventSink, ProbeOptions};
use tsunagu::secret::Password;
use tsunagu::{
    Authentication, Candidate, Event, FailureKind, Outcome, Probe, Protocol, Security,
    SettingsSource, StepName,
};

const USER: &str = "taro@example.jp";
/// Quote and backslash: must be escaped in an IMAP quoted string.
const PW: &str = "s3cr3t-Pa55\"w\\rd";

fn cand(protocol: Protocol, port: u16, security: Security) -> Candidate {
    Candidate {
        protocol,
        host: "127.0.0.1".into(),
        port,
        security,
        usernames: vec![USER.into()],
        authentication: Authentication::PasswordCleartext,
        source: SettingsSource::Guess,
        documented: false,
    }
}

fn opts(ca_file: Option<PathBuf>) -> ProbeOptions {
    ProbeOptions {
        deadline: Duration::from_secs(10),
        connect_timeout: Duration::from_secs(2),
        step_timeout: Duration::from_secs(2),
        ca_file,
        ..ProbeOptions::default()
    }
}

fn creds(pw: &str) -> Credentials {
    Credentials {
        address: USER.into(),
        password: Some(Password::new(pw)),
    }
}

struct Env {
    ca: TestCa,
    _dir: tempfile::TempDir,
    ca_file: PathBuf,
}

fn env() -> Env {
    let ca = TestCa::new("Tsunagu Test Root CA");
    let dir = tempfile::tempdir().unwrap();
    let ca_file = ca.write_pem(dir.path());
    Env {
        ca,
        _dir: dir,
        ca_file,
    }
}

impl Env {
    fn good_tls(&self) -> Arc<rustls::ServerConfig> {
        self.ca
            .server(&["127.0.0.1", "localhost"], false)
            .server_config()
    }
    fn opts(&self) -> ProbeOptions {
        opts(Some(self.ca_file.clone()))
    }
}

async fn run(
    cands: &[Candidate],
    creds: &Credentials,
    o: &ProbeOptions,
) -> (Vec<Probe>, Vec<Event>) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let e2 = events.clone();
    let sink: EventSink = Arc::new(move |ev| e2.lock().unwrap().push(ev));
    let probes = run_all(cands, creds, o, sink).await;
    let ev = events.lock().unwrap().clone();
    (probes, ev)
}

async fn one(c: Candidate, o: &ProbeOptions) -> Probe {
    run(&[c], &creds(PW), o).await.0.remove(0)
}

fn kind(p: &Probe) -> Option<FailureKind> {
    p.failure.as_ref().map(|f| f.kind)
}

fn steps(p: &Probe) -> Vec<(StepName, bool)> {
    p.steps.iter().map(|s| (s.step, s.ok)).collect()
}

/// Neither the password nor its SASL forms reached the server, in the clear or at all.
fn assert_no_secret(s: &Server, anywhere: bool) {
    let bytes = if anywhere {
        s.received()
    } else {
        s.received_plain()
    };
    assert!(
        !Log::has_secret(&bytes, USER, PW),
        "the password reached the server: {:?}",
        String::from_utf8_lossy(&bytes)
    );
}

fn assert_no_secret_in_output(probes: &[Probe], events: &[Event]) {
    let json = serde_json::to_string(probes).unwrap() + &serde_json::to_string(events).unwrap();
    assert!(
        !json.contains("s3cr3t"),
        "the password leaked into the output"
    );
}

fn happy_fake(e: &Env) -> Fake {
    Fake {
        implicit_tls: Some(e.good_tls()),
        ..Fake::default()
    }
    .user(USER, PW)
}

// ---------- happy paths ----------

#[tokio::test]
async fn imap_tls_happy_path_reads_mailbox_without_changing_it() {
    let e = env();
    let s = faults::imap(happy_fake(&e)).await;
    let (probes, events) = run(
        &[cand(Protocol::Imap, s.port(), Security::Tls)],
        &creds(PW),
        &e.opts(),
    )
    .await;
    let p = &probes[0];
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(
        steps(p),
        vec![
            (StepName::Resolve, true),
            (StepName::Connect, true),
            (StepName::Tls, true),
            (StepName::Greeting, true),
            (StepName::Capabilities, true),
            (StepName::Login, true),
            (StepName::Mailbox, true),
        ]
    );
    let tls = p.tls.as_ref().unwrap();
    assert!(tls.trusted && tls.hostname_matches);
    assert_eq!(tls.version.as_deref(), Some("TLSv1.3"));
    assert!(tls
        .issuer
        .as_deref()
        .unwrap()
        .contains("Tsunagu Test Root CA"));
    assert!(tls.not_after.is_some());
    let m = p.mailbox.as_ref().unwrap();
    assert_eq!(m.messages, Some(12));
    assert_eq!(m.unseen, Some(3));
    assert_eq!(
        m.junk_messages,
        Some(2),
        "迷惑メール (a literal, modified UTF-7) found"
    );
    assert_eq!(m.quota_used_bytes, Some(900 * 1024));
    assert_eq!(m.quota_limit_bytes, Some(1000 * 1024));
    assert_eq!(p.login_attempts, 1);
    assert_eq!(p.username.as_deref(), Some(USER));
    assert!(
        p.capabilities.iter().any(|c| c == "QUOTA"),
        "post-login capabilities merged"
    );
    let got = String::from_utf8_lossy(&s.received()).to_string();
    assert!(
        got.contains("LOGIN \"taro@example.jp\" \"s3cr3t-Pa55\\\"w\\\\rd\""),
        "{got}"
    );
    for forbidden in [" SELECT ", " STORE ", " EXPUNGE ", " APPEND ", " DELETE "] {
        assert!(!got.contains(forbidden), "sent {forbidden}");
    }
    assert!(got.contains(" EXAMINE INBOX"));
    // Events: started, one per step as it ended, finished.
    assert!(matches!(
        events.first(),
        Some(Event::ProbeStarted { index: 0 })
    ));
    assert!(matches!(
        events.last(),
        Some(Event::ProbeFinished { index: 0, .. })
    ));
    let n_steps = events
        .iter()
        .filter(|e| matches!(e, Event::StepFinished { .. }))
        .count();
    assert_eq!(n_steps, p.steps.len());
    assert_no_secret_in_output(&probes, &events);
    eprintln!(
        "figure: IMAP TLS happy path against the fault server: {} ms",
        p.ms
    );
}

#[tokio::test]
async fn imap_starttls_with_authenticate_plain() {
    let e = env();
    let s = faults::imap(
        Fake {
            starttls: Some(e.good_tls()),
            sasl_plain: true,
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let p = one(
        cand(Protocol::Imap, s.port(), Security::Starttls),
        &e.opts(),
    )
    .await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert!(steps(&p).contains(&(StepName::Starttls, true)));
    assert!(p.auth_mechanisms.contains(&"PLAIN".to_string()));
    assert!(p.tls.is_some());
    assert_no_secret(&s, false);
    assert!(String::from_utf8_lossy(&s.received()).contains("AUTHENTICATE PLAIN "));
    assert!(
        p.capabilities.iter().any(|c| c == "QUOTA"),
        "untagged post-login list used"
    );
    assert_eq!(
        p.mailbox.as_ref().unwrap().quota_limit_bytes,
        Some(1000 * 1024)
    );
}

#[tokio::test]
async fn pop3_stls_and_tls_happy_paths() {
    let e = env();
    let s1 = faults::pop3(
        Fake {
            starttls: Some(e.good_tls()),
            sasl_plain: true,
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let s2 = faults::pop3(happy_fake(&e)).await;
    let (probes, _) = run(
        &[
            cand(Protocol::Pop3, s1.port(), Security::Starttls),
            cand(Protocol::Pop3, s2.port(), Security::Tls),
        ],
        &creds(PW),
        &e.opts(),
    )
    .await;
    for p in &probes {
        assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
        let m = p.mailbox.as_ref().unwrap();
        assert_eq!(m.messages, Some(12));
        assert_eq!(m.size_bytes, Some(12_000));
        assert_eq!(p.login_attempts, 1);
    }
    assert!(probes[1]
        .steps
        .last()
        .unwrap()
        .detail
        .contains("UIDL lists 12"));
    assert_no_secret(&s1, false);
    for s in [&s1, &s2] {
        // The session has ended (the client closed the connection) before we look: nothing
        // can arrive later.
        assert!(s.all_ended().await, "the client closed the connection");
        let got = String::from_utf8_lossy(&s.received()).to_string();
        assert!(!got.contains("DELE"), "POP3 must never delete");
        assert!(got.contains("UIDL\r\n"), "{got}");
        // RFC 1939: QUIT would start the UPDATE state (Mailutils rewrites the mbox then).
        assert!(!got.contains("QUIT"), "POP3 must close without QUIT: {got}");
    }
    // SASL PLAIN on the first, USER/PASS on the second: one mechanism each.
    assert!(String::from_utf8_lossy(&s1.received()).contains("AUTH PLAIN "));
    assert!(!String::from_utf8_lossy(&s1.received()).contains("USER "));
}

#[tokio::test]
async fn smtp_starttls_submission_checks_without_sending() {
    let e = env();
    // Like Postfix with smtpd_tls_auth_only: AUTH only after STARTTLS.
    let s = faults::smtp(
        Fake {
            starttls: Some(e.good_tls()),
            sasl_plain: true,
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let p = one(
        cand(Protocol::Smtp, s.port(), Security::Starttls),
        &e.opts(),
    )
    .await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(
        steps(&p).iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![
            StepName::Resolve,
            StepName::Connect,
            StepName::Greeting,
            StepName::Starttls,
            StepName::Capabilities,
            StepName::Login,
            StepName::Submit,
        ]
    );
    assert!(
        p.capabilities.iter().any(|c| c == "X-FAKE-EXTENSION"),
        "full EHLO list kept"
    );
    assert_eq!(
        p.auth_mechanisms,
        vec!["PLAIN".to_string(), "LOGIN".to_string()]
    );
    let got = String::from_utf8_lossy(&s.received()).to_string();
    assert!(got.contains("MAIL FROM:<taro@example.jp>"));
    assert!(got.contains("RCPT TO:<taro@example.jp>"));
    assert!(got.contains("RSET"));
    assert!(!got.contains("DATA"), "DATA only with send_test");
    assert_no_secret(&s, false);
}

#[tokio::test]
async fn smtp_tls_with_auth_login_only() {
    let e = env();
    let s = faults::smtp(happy_fake(&e)).await;
    let p = one(cand(Protocol::Smtp, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert!(p.steps.iter().any(|s| s.detail.contains("AUTH LOGIN")));
}

// ---------- hostile or broken servers ----------

#[tokio::test]
async fn never_greets_is_greeting_timeout() {
    let s = faults::serve(|w| async move {
        let _keep_open = w;
        tokio::time::sleep(Duration::from_secs(30)).await;
    })
    .await;
    let mut o = opts(None);
    o.step_timeout = Duration::from_millis(800);
    let t = Instant::now();
    let p = one(cand(Protocol::Imap, s.port(), Security::None), &o).await;
    assert_eq!(kind(&p), Some(FailureKind::GreetingTimeout), "{p:#?}");
    assert!(t.elapsed() < Duration::from_secs(2));
    assert_eq!(steps(&p).last(), Some(&(StepName::Greeting, false)));
}

#[tokio::test]
async fn drip_feed_is_bounded_by_the_step_timeout() {
    let s = faults::serve(|mut w| async move {
        for b in b"* OK slowly, one byte at a time\r\n" {
            if !w.send(&[*b]).await {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
    .await;
    let mut o = opts(None);
    o.step_timeout = Duration::from_millis(1000);
    let t = Instant::now();
    let p = one(cand(Protocol::Imap, s.port(), Security::None), &o).await;
    assert_eq!(kind(&p), Some(FailureKind::GreetingTimeout), "{p:#?}");
    assert!(t.elapsed() < Duration::from_millis(2000));
}

#[tokio::test]
async fn endless_line_is_protocol_error() {
    let s = faults::serve(|mut w| async move {
        w.send(b"* OK ").await;
        let chunk = vec![b'a'; 64 * 1024];
        // Up to 64 MiB, until the client hangs up.
        for _ in 0..1024 {
            if !w.send(&chunk).await {
                return;
            }
        }
    })
    .await;
    let t = Instant::now();
    let p = one(cand(Protocol::Imap, s.port(), Security::None), &opts(None)).await;
    assert_eq!(kind(&p), Some(FailureKind::ProtocolError), "{p:#?}");
    assert!(p.failure.unwrap().message.contains("longer than"));
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn huge_capability_list_is_protocol_error() {
    // An SMTP server answering EHLO with megabytes of extensions (each line short).
    let s = faults::serve(|mut w| async move {
        w.sendl("220 huge.test ESMTP").await;
        if w.line().await.is_some() {
            let line = format!("250-X{}\r\n", "Y".repeat(1000));
            for _ in 0..3000 {
                if !w.send(line.as_bytes()).await {
                    return;
                }
            }
            w.sendl("250 END").await;
        }
    })
    .await;
    let mut c = cand(Protocol::Smtp, s.port(), Security::None);
    c.authentication = Authentication::None;
    let p = one(c, &opts(None)).await;
    assert_eq!(kind(&p), Some(FailureKind::ProtocolError), "{p:#?}");
    assert!(p.failure.unwrap().message.contains("larger than"));
}

#[tokio::test]
async fn garbage_invalid_utf8_and_nul_are_protocol_errors() {
    let greetings: [&[u8]; 4] = [
        b"\xff\xfe\xfd garbage\r\n",
        b"* OK hello\0world\r\n",
        b"HTTP/1.1 400 Bad Request\r\n\r\n",
        b"\x16\x03\x01\x00\x05hello\r\n",
    ];
    for (proto, g) in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp]
        .into_iter()
        .flat_map(|p| greetings.iter().map(move |g| (p, *g)))
    {
        let fake = Fake {
            greeting: Some(g.to_vec()),
            ..Fake::default()
        };
        let s = match proto {
            Protocol::Imap => faults::imap(fake).await,
            Protocol::Pop3 => faults::pop3(fake).await,
            Protocol::Smtp => faults::smtp(fake).await,
        };
        let p = one(cand(proto, s.port(), Security::None), &opts(None)).await;
        assert_eq!(
            kind(&p),
            Some(FailureKind::ProtocolError),
            "{proto:?} {:?}: {p:#?}",
            String::from_utf8_lossy(g)
        );
        if let Some(t) = &p.failure.as_ref().unwrap().server_text {
            assert!(!t.chars().any(|c| c.is_control()), "server text sanitised");
        }
    }
}

#[tokio::test]
async fn closed_mid_command_is_protocol_error() {
    let e = env();
    for word in ["CAPABILITY", "LOGIN", "EXAMINE"] {
        let base = if word == "CAPABILITY" {
            Fake {
                starttls: Some(e.good_tls()),
                ..Fake::default()
            }
            .user(USER, PW)
        } else {
            happy_fake(&e)
        };
        let s = faults::imap(Fake {
            close_on: Some(word.into()),
            ..base
        })
        .await;
        // The TLS greeting lists the capabilities, so CAPABILITY is only sent after STARTTLS
        // (where the greeting's list no longer counts).
        let sec = if word == "CAPABILITY" {
            Security::Starttls
        } else {
            Security::Tls
        };
        let p = one(cand(Protocol::Imap, s.port(), sec), &e.opts()).await;
        assert_eq!(kind(&p), Some(FailureKind::ProtocolError), "{word}: {p:#?}");
        assert!(p.failure.unwrap().message.contains("closed"), "{word}");
    }
}

#[tokio::test]
async fn no_starttls_on_plain_port_never_sends_the_password() {
    let e = env();
    for proto in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp] {
        let fake = Fake {
            auth_in_clear: true,
            sasl_plain: true,
            ..Fake::default()
        }
        .user(USER, PW);
        let s = match proto {
            Protocol::Imap => faults::imap(fake).await,
            Protocol::Pop3 => faults::pop3(fake).await,
            Protocol::Smtp => faults::smtp(fake).await,
        };
        let mut o = e.opts();
        // Even when plaintext is allowed, a STARTTLS candidate never falls back.
        o.allow_plaintext = true;
        let p = one(cand(proto, s.port(), Security::Starttls), &o).await;
        assert_eq!(
            kind(&p),
            Some(FailureKind::StarttlsUnavailable),
            "{proto:?}: {p:#?}"
        );
        assert_eq!(p.login_attempts, 0);
        assert_eq!(p.username, None);
        assert_no_secret(&s, true);
        let got = String::from_utf8_lossy(&s.received()).to_ascii_uppercase();
        for w in ["LOGIN", "AUTH", "USER ", "PASS "] {
            assert!(!got.contains(w), "{proto:?} sent {w}: {got}");
        }
    }
}

#[tokio::test]
async fn untrusted_ca_gets_no_credentials() {
    let e = env();
    let stranger = TestCa::new("Some Unknown Root");
    let s = faults::imap(
        Fake {
            implicit_tls: Some(stranger.server(&["127.0.0.1"], false).server_config()),
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let p = one(cand(Protocol::Imap, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsUntrusted), "{p:#?}");
    let tls = p
        .tls
        .as_ref()
        .expect("certificate recorded although verification failed");
    assert!(!tls.trusted);
    assert!(tls.hostname_matches, "name match computed from the SANs");
    assert!(tls.issuer.as_deref().unwrap().contains("Some Unknown Root"));
    assert!(
        s.log.lock().unwrap().tls.is_empty(),
        "nothing was sent inside TLS"
    );
    assert_no_secret(&s, true);
    assert_eq!(steps(&p).last(), Some(&(StepName::Tls, false)));
}

#[tokio::test]
async fn security_software_ca_is_untrusted_with_issuer_recorded() {
    let e = env();
    let eset = TestCa::new("ESET SSL Filter CA");
    let s = faults::smtp(
        Fake {
            starttls: Some(eset.server(&["127.0.0.1"], false).server_config()),
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let p = one(
        cand(Protocol::Smtp, s.port(), Security::Starttls),
        &e.opts(),
    )
    .await;
    assert_eq!(kind(&p), Some(FailureKind::TlsUntrusted), "{p:#?}");
    let tls = p.tls.as_ref().unwrap();
    assert!(
        tls.issuer
            .as_deref()
            .unwrap()
            .contains("ESET SSL Filter CA"),
        "{tls:?}"
    );
    assert!(!tls.trusted);
    assert_eq!(steps(&p).last(), Some(&(StepName::Starttls, false)));
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn wrong_hostname_is_hostname_mismatch() {
    let e = env();
    let s = faults::pop3(
        Fake {
            implicit_tls: Some(e.ca.server(&["mail.example.jp"], false).server_config()),
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let p = one(cand(Protocol::Pop3, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsHostnameMismatch), "{p:#?}");
    let tls = p.tls.as_ref().unwrap();
    assert!(tls.trusted && !tls.hostname_matches);
    assert!(tls.subject.as_deref().unwrap().contains("mail.example.jp"));
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn expired_certificate_is_tls_expired() {
    let e = env();
    let s = faults::imap(
        Fake {
            implicit_tls: Some(e.ca.server(&["127.0.0.1"], true).server_config()),
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let p = one(cand(Protocol::Imap, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsExpired), "{p:#?}");
    let tls = p.tls.as_ref().unwrap();
    assert!(
        tls.not_after.as_deref().unwrap().starts_with("2020-12-31"),
        "{tls:?}"
    );
    assert!(tls.hostname_matches);
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn plain_tcp_on_a_tls_port_is_handshake_failure() {
    let e = env();
    let s = faults::imap(Fake::default().user(USER, PW)).await;
    let p = one(cand(Protocol::Imap, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(kind(&p), Some(FailureKind::TlsHandshakeFailed), "{p:#?}");
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn blackholed_port_ends_at_the_deadline_and_the_working_port_still_reports() {
    let e = env();
    let hole = faults::blackhole();
    let good = faults::imap(happy_fake(&e)).await;
    let mut o = e.opts();
    o.deadline = Duration::from_millis(2500);
    o.connect_timeout = Duration::from_secs(10);
    let t = Instant::now();
    // When each probe's result reached the event sink (what the wizard shows live).
    let seen: Arc<Mutex<Vec<(usize, Duration)>>> = Arc::default();
    let seen2 = seen.clone();
    let sink: EventSink = Arc::new(move |ev| {
        if let Event::ProbeFinished { index, .. } = ev {
            seen2.lock().unwrap().push((index, t.elapsed()));
        }
    });
    let probes = run_all(
        &[
            cand(Protocol::Imap, hole.addr.port(), Security::Tls),
            cand(Protocol::Imap, good.port(), Security::Tls),
        ],
        &creds(PW),
        &o,
        sink,
    )
    .await;
    let total = t.elapsed();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0].0, 1, "the working port reported first: {seen:?}");
    assert!(seen[0].1 < Duration::from_millis(1000), "{seen:?}");
    assert!(total < Duration::from_millis(3000), "took {total:?}");
    assert_eq!(
        kind(&probes[0]),
        Some(FailureKind::ConnectTimeout),
        "{:#?}",
        probes[0]
    );
    assert_eq!(
        steps(&probes[0]),
        vec![(StepName::Resolve, true), (StepName::Connect, false)]
    );
    assert_eq!(probes[1].outcome, Outcome::Ok, "{:#?}", probes[1]);
    assert!(
        probes[1].ms < 1000,
        "the working port was not held up: {} ms",
        probes[1].ms
    );
    eprintln!(
        "figure: blackhole + working port: total {} ms, working probe {} ms",
        total.as_millis(),
        probes[1].ms
    );
}

#[tokio::test]
async fn blackholed_port_hits_the_connect_timeout() {
    let hole = faults::blackhole();
    let mut o = opts(None);
    o.connect_timeout = Duration::from_millis(700);
    let p = one(cand(Protocol::Smtp, hole.addr.port(), Security::Tls), &o).await;
    assert_eq!(kind(&p), Some(FailureKind::ConnectTimeout), "{p:#?}");
    assert!(p.ms < 1500, "{} ms", p.ms);
}

#[tokio::test]
async fn closed_port_is_connect_refused() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let p = one(cand(Protocol::Pop3, port, Security::Tls), &opts(None)).await;
    assert_eq!(kind(&p), Some(FailureKind::ConnectRefused), "{p:#?}");
}

// ---------- the password rules ----------

#[tokio::test]
async fn plaintext_is_refused_but_capabilities_are_reported() {
    for proto in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp] {
        let fake = Fake {
            auth_in_clear: true,
            ..Fake::default()
        }
        .user(USER, PW);
        let s = match proto {
            Protocol::Imap => faults::imap(fake).await,
            Protocol::Pop3 => faults::pop3(fake).await,
            Protocol::Smtp => faults::smtp(fake).await,
        };
        let (probes, events) = run(
            &[cand(proto, s.port(), Security::None)],
            &creds(PW),
            &opts(None),
        )
        .await;
        let p = &probes[0];
        assert_eq!(
            kind(p),
            Some(FailureKind::PlaintextRefused),
            "{proto:?}: {p:#?}"
        );
        assert!(
            !p.capabilities.is_empty(),
            "{proto:?}: what the server offers is reported"
        );
        assert_eq!(p.login_attempts, 0);
        assert_eq!(p.username, None);
        assert_no_secret(&s, true);
        assert_no_secret_in_output(&probes, &events);
    }
}

#[tokio::test]
async fn allow_plaintext_logs_in_without_tls() {
    let s = faults::imap(Fake::default().user(USER, PW)).await;
    let mut o = opts(None);
    o.allow_plaintext = true;
    let p = one(cand(Protocol::Imap, s.port(), Security::None), &o).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
}

#[tokio::test]
async fn wrong_password_is_login_failed_and_the_echo_is_redacted() {
    // A server that echoes the whole command back in its rejection.
    let s = faults::serve(|mut w| async move {
        w.sendl("* OK [CAPABILITY IMAP4rev1] echo").await;
        while let Some(l) = w.line().await {
            let tag = l.split(' ').next().unwrap_or("*").to_string();
            if l.contains("LOGIN") {
                w.sendl(&format!("{tag} NO \x07bad\tlogin: {l}")).await;
            } else if l.contains("CAPABILITY") {
                w.sendl("* CAPABILITY IMAP4rev1").await;
                w.sendl(&format!("{tag} OK")).await;
            } else {
                w.sendl(&format!("{tag} OK")).await;
            }
        }
    })
    .await;
    let mut o = opts(None);
    o.allow_plaintext = true;
    let creds = creds("plainpass");
    let (probes, events) = run(
        &[cand(Protocol::Imap, s.port(), Security::None)],
        &creds,
        &o,
    )
    .await;
    let p = &probes[0];
    assert_eq!(kind(p), Some(FailureKind::LoginFailed), "{p:#?}");
    let text = p.failure.as_ref().unwrap().server_text.clone().unwrap();
    assert!(text.contains("bad login") && text.contains("***"), "{text}");
    let out = serde_json::to_string(&probes).unwrap() + &serde_json::to_string(&events).unwrap();
    assert!(!out.contains("plainpass"));
    assert_eq!(p.login_attempts, 1);
}

#[tokio::test]
async fn second_username_form_only_after_a_rejection() {
    let e = env();
    let s = faults::imap(
        Fake {
            implicit_tls: Some(e.good_tls()),
            ..Fake::default()
        }
        .user("taro", PW),
    )
    .await;
    let mut c = cand(Protocol::Imap, s.port(), Security::Tls);
    c.usernames = vec![USER.into(), "taro".into()];
    let p = one(c, &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(p.login_attempts, 2);
    assert_eq!(p.username.as_deref(), Some("taro"));
    let logins: Vec<_> = p
        .steps
        .iter()
        .filter(|s| s.step == StepName::Login)
        .collect();
    assert_eq!(logins.len(), 2);
    assert!(!logins[0].ok && logins[1].ok);
    assert!(p.failure.is_none());
}

#[tokio::test]
async fn at_most_three_login_attempts_per_server_per_run() {
    let e = env();
    let mut servers = Vec::new();
    let mut cands = Vec::new();
    for i in 0..4 {
        let fake = Fake {
            implicit_tls: Some(e.good_tls()),
            ..Fake::default()
        }
        .user(USER, "the-right-one");
        let (s, proto) = if i % 2 == 0 {
            (faults::imap(fake).await, Protocol::Imap)
        } else {
            (faults::pop3(fake).await, Protocol::Pop3)
        };
        let mut c = cand(proto, s.port(), Security::Tls);
        c.usernames = vec![USER.into(), "taro".into()];
        if i >= 2 {
            // Another name of the same machine shares its budget.
            c.host = "localhost".into();
        }
        cands.push(c);
        servers.push(s);
    }
    let (probes, _) = run(&cands, &creds(PW), &e.opts()).await;
    let total: u32 = probes.iter().map(|p| p.login_attempts).sum();
    assert_eq!(total, 3, "{probes:#?}");
    assert!(probes.iter().any(|p| p.outcome == Outcome::Skipped));
    for p in &probes {
        assert!(p.outcome != Outcome::Ok);
        if p.outcome == Outcome::Skipped {
            let d = &p.steps.last().unwrap().detail;
            assert!(d.contains("limit") || d.contains("already rejected"), "{d}");
        }
    }
    let sent: usize = servers
        .iter()
        .map(|s| {
            let got = String::from_utf8_lossy(&s.received()).to_string();
            got.matches(" LOGIN ").count()
                + got.matches("AUTH PLAIN").count()
                + got.matches("PASS ").count()
        })
        .sum();
    assert!(sent <= 3, "{sent} logins reached the servers");
}

#[tokio::test]
async fn no_password_means_no_login() {
    let e = env();
    let s = faults::imap(happy_fake(&e)).await;
    let c = Credentials {
        address: USER.into(),
        password: None,
    };
    let (probes, _) = run(
        &[cand(Protocol::Imap, s.port(), Security::Tls)],
        &c,
        &e.opts(),
    )
    .await;
    assert_eq!(probes[0].login_attempts, 0);
    assert_eq!(probes[0].username, None);
    assert!(probes[0].failure.is_none());
}

#[tokio::test]
async fn many_candidates_run_concurrently_in_order() {
    let e = env();
    let mut cands = Vec::new();
    let mut keep = Vec::new();
    // Eight silent servers: one step timeout each if run one after another.
    for _ in 0..8 {
        let s = faults::serve(|w| async move {
            let _keep_open = w;
            tokio::time::sleep(Duration::from_secs(30)).await;
        })
        .await;
        cands.push(cand(Protocol::Smtp, s.port(), Security::None));
        keep.push(s);
    }
    let good = faults::imap(happy_fake(&e)).await;
    cands.push(cand(Protocol::Imap, good.port(), Security::Tls));
    let mut o = e.opts();
    o.step_timeout = Duration::from_millis(600);
    let t = Instant::now();
    let (probes, _) = run(&cands, &creds(PW), &o).await;
    // One after another, eight silent servers would take 8 × 600 ms.
    assert!(
        t.elapsed() < Duration::from_millis(2500),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(probes.len(), 9);
    for (p, c) in probes.iter().zip(&cands) {
        assert_eq!(p.port, c.port);
    }
    assert_eq!(probes[8].outcome, Outcome::Ok);
    assert!(probes[..8]
        .iter()
        .all(|p| kind(p) == Some(FailureKind::GreetingTimeout)));
}

#[tokio::test]
async fn send_test_sends_once_and_finds_the_message() {
    let e = env();
    let smtp_fake = Fake {
        implicit_tls: Some(e.good_tls()),
        sasl_plain: true,
        ..Fake::default()
    }
    .user(USER, PW);
    let s1 = faults::smtp(smtp_fake.clone()).await;
    let s2 = faults::smtp(smtp_fake).await;
    let imap = faults::imap(Fake {
        search_hits: true,
        ..happy_fake(&e)
    })
    .await;
    let mut o = e.opts();
    o.send_test = true;
    let (probes, events) = run(
        &[
            cand(Protocol::Imap, imap.port(), Security::Tls),
            cand(Protocol::Smtp, s1.port(), Security::Tls),
            cand(Protocol::Smtp, s2.port(), Security::Tls),
        ],
        &creds(PW),
        &o,
    )
    .await;
    let datas = [&s1, &s2]
        .iter()
        .map(|s| {
            String::from_utf8_lossy(&s.received())
                .matches("\r\nDATA\r\n")
                .count()
        })
        .sum::<usize>();
    assert_eq!(datas, 1, "exactly one test message per run");
    let st: Vec<_> = probes
        .iter()
        .flat_map(|p| p.steps.iter())
        .filter(|s| s.step == StepName::SendTest)
        .collect();
    assert_eq!(st.len(), 1, "{probes:#?}");
    assert!(st[0].ok, "{:?}", st[0]);
    assert!(events
        .iter()
        .any(|e| matches!(e, Event::StepFinished { step, .. } if step.step == StepName::SendTest)));
    let got = String::from_utf8_lossy(&imap.received()).to_string();
    assert!(got.contains("SEARCH SUBJECT"));
    assert!(!got.contains(" SELECT "));
}

#[tokio::test]
async fn non_ascii_password_goes_as_a_literal() {
    let e = env();
    let pw = "パスワード\"x";
    let s = faults::imap(
        Fake {
            implicit_tls: Some(e.good_tls()),
            ..Fake::default()
        }
        .user(USER, pw),
    )
    .await;
    let (probes, _) = run(
        &[cand(Protocol::Imap, s.port(), Security::Tls)],
        &creds(pw),
        &e.opts(),
    )
    .await;
    assert_eq!(probes[0].outcome, Outcome::Ok, "{:#?}", probes[0]);
    let got = String::from_utf8_lossy(&s.received()).to_string();
    assert!(got.contains("LOGIN \"taro@example.jp\" {17+}\r\n"), "{got}");
}

#[tokio::test]
async fn starttls_then_broken_handshake_is_tls_failure_without_credentials() {
    let s = faults::serve(|mut w| async move {
        w.sendl("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] hi")
            .await;
        while let Some(l) = w.line().await {
            let tag = l.split(' ').next().unwrap_or("*").to_string();
            if l.contains("STARTTLS") {
                w.sendl(&format!("{tag} OK Begin TLS")).await;
                tokio::time::sleep(Duration::from_millis(50)).await;
                w.sendl("this is not a TLS record").await;
            } else {
                w.sendl(&format!("{tag} BAD")).await;
            }
        }
    })
    .await;
    let p = one(
        cand(Protocol::Imap, s.port(), Security::Starttls),
        &opts(None),
    )
    .await;
    assert_eq!(kind(&p), Some(FailureKind::TlsHandshakeFailed), "{p:#?}");
    assert_eq!(steps(&p).last(), Some(&(StepName::Starttls, false)));
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn data_before_the_tls_handshake_is_refused() {
    // STARTTLS response injection: the server (or a man in the middle) sends bytes right
    // behind the OK, which a careless client would read as if they came through TLS.
    let s = faults::serve(|mut w| async move {
        w.sendl("* OK [CAPABILITY IMAP4rev1 STARTTLS] hi").await;
        while let Some(l) = w.line().await {
            let tag = l.split(' ').next().unwrap_or("*").to_string();
            if l.contains("STARTTLS") {
                w.send(
                    format!(
                        "{tag} OK Begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n"
                    )
                    .as_bytes(),
                )
                .await;
            } else {
                w.sendl(&format!("{tag} BAD")).await;
            }
        }
    })
    .await;
    let p = one(
        cand(Protocol::Imap, s.port(), Security::Starttls),
        &opts(None),
    )
    .await;
    assert_eq!(kind(&p), Some(FailureKind::ProtocolError), "{p:#?}");
    assert!(p
        .failure
        .unwrap()
        .message
        .contains("before the TLS handshake"));
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn chain_of_twenty_certificates_is_a_typed_failure() {
    let e = env();
    let mut cas = vec![e.ca.child("Intermediate 1")];
    for i in 2..=19 {
        let next = cas.last().unwrap().child(&format!("Intermediate {i}"));
        cas.push(next);
    }
    let mut sc = cas.last().unwrap().server(&["127.0.0.1"], false);
    // leaf, intermediate 19 (already there), 18, ..., 1
    for ca in cas.iter().rev().skip(1) {
        sc.chain.push(ca.der.clone());
    }
    assert_eq!(sc.chain.len(), 20);
    let s = faults::imap(
        Fake {
            implicit_tls: Some(sc.server_config()),
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let p = one(cand(Protocol::Imap, s.port(), Security::Tls), &e.opts()).await;
    let k = kind(&p).expect("a chain this long is not accepted");
    assert!(
        k == FailureKind::TlsUntrusted || k == FailureKind::TlsHandshakeFailed,
        "{p:#?}"
    );
    assert!(p
        .tls
        .as_ref()
        .unwrap()
        .issuer
        .as_deref()
        .unwrap()
        .contains("Intermediate 19"));
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn a_server_that_never_answers_logout_does_not_hold_up_the_probe() {
    let e = env();
    let s = faults::serve(|mut w| async move {
        w.sendl("* OK [CAPABILITY IMAP4rev1] hi").await;
        while let Some(l) = w.line().await {
            let tag = l.split(' ').next().unwrap_or("*").to_string();
            if l.contains("LOGOUT") {
                tokio::time::sleep(Duration::from_secs(30)).await;
            } else if l.contains("EXAMINE") {
                w.sendl("* 5 EXISTS").await;
                w.sendl(&format!("{tag} OK [READ-ONLY] done")).await;
            } else {
                w.sendl(&format!("{tag} OK done")).await;
            }
        }
    })
    .await;
    let mut o = e.opts();
    o.allow_plaintext = true;
    o.step_timeout = Duration::from_secs(5);
    let p = one(cand(Protocol::Imap, s.port(), Security::None), &o).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(p.mailbox.as_ref().unwrap().messages, Some(5));
    assert!(p.ms < 1500, "{} ms", p.ms);
}

async fn six_ports(
    e: &Env,
    imap_users: &[&str],
    other_users: &[&str],
) -> (Vec<Server>, Vec<Candidate>) {
    let mut servers = Vec::new();
    let mut cands = Vec::new();
    for proto in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp] {
        for sec in [Security::Tls, Security::Starttls] {
            let users = if proto == Protocol::Imap {
                imap_users
            } else {
                other_users
            };
            let mut fake = Fake {
                sasl_plain: true,
                ..Fake::default()
            };
            match sec {
                Security::Tls => fake.implicit_tls = Some(e.good_tls()),
                _ => fake.starttls = Some(e.good_tls()),
            }
            for u in users {
                fake = fake.user(u, PW);
            }
            let s = match proto {
                Protocol::Imap => faults::imap(fake).await,
                Protocol::Pop3 => faults::pop3(fake).await,
                Protocol::Smtp => faults::smtp(fake).await,
            };
            let mut c = cand(proto, s.port(), sec);
            c.usernames = vec![USER.into(), "taro".into()];
            cands.push(c);
            servers.push(s);
        }
    }
    (servers, cands)
}

/// Login commands that reached the servers (SASL PLAIN in IMAP, POP3 and SMTP form).
fn login_commands(servers: &[Server]) -> usize {
    servers
        .iter()
        .map(|s| {
            let got = String::from_utf8_lossy(&s.received()).to_string();
            got.matches(" AUTHENTICATE PLAIN ").count() + got.matches("\nAUTH PLAIN ").count()
        })
        .sum()
}

#[tokio::test]
async fn local_part_username_is_learnt_once_for_every_port_of_the_host() {
    // The host takes only the local part: one rejection, then every port logs in with it.
    let e = env();
    let (servers, cands) = six_ports(&e, &["taro"], &["taro"]).await;
    let (probes, _) = run(&cands, &creds(PW), &e.opts()).await;
    for p in &probes {
        assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
        assert_eq!(p.username.as_deref(), Some("taro"));
    }
    let attempts: u32 = probes.iter().map(|p| p.login_attempts).sum();
    assert_eq!(attempts, 7, "six logins and one rejection: {probes:#?}");
    assert_eq!(login_commands(&servers), 7);
}

#[tokio::test]
async fn imap_refused_but_pop_and_smtp_accepted_on_the_same_host() {
    // IMAP is a paid option: the host rejects IMAP logins only.
    let e = env();
    let (_servers, cands) = six_ports(&e, &[], &[USER]).await;
    let (probes, _) = run(&cands, &creds(PW), &e.opts()).await;
    for p in &probes[2..] {
        assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
        assert_eq!(p.username.as_deref(), Some(USER));
    }
    assert!(probes[..2]
        .iter()
        .any(|p| kind(p) == Some(FailureKind::LoginFailed)));
    let failed: u32 = probes[..2].iter().map(|p| p.login_attempts).sum();
    assert!((1..=3).contains(&failed), "{probes:#?}");
}

#[tokio::test]
async fn logindisabled_on_a_plain_connection_is_tls_required_before_trying() {
    let s = faults::serve(|mut w| async move {
        w.sendl("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED] hi")
            .await;
        while let Some(l) = w.line().await {
            let tag = l.split(' ').next().unwrap_or("*").to_string();
            if l.contains("CAPABILITY") {
                w.sendl("* CAPABILITY IMAP4rev1 LOGINDISABLED").await;
            }
            w.sendl(&format!("{tag} OK")).await;
        }
    })
    .await;
    let mut o = opts(None);
    o.allow_plaintext = true;
    let p = one(cand(Protocol::Imap, s.port(), Security::None), &o).await;
    // RFC 3501: LOGINDISABLED on a plain connection means "log in after STARTTLS".
    assert_eq!(kind(&p), Some(FailureKind::TlsRequired), "{p:#?}");
    assert_eq!(p.login_attempts, 0);
    assert_no_secret(&s, true);
}

#[tokio::test]
async fn relay_refusal_is_submit_rejected_with_the_server_text() {
    // A port-25 style candidate without authentication: the server wants AUTH first.
    let e = env();
    let s = faults::smtp(Fake {
        implicit_tls: Some(e.good_tls()),
        ..Fake::default()
    })
    .await;
    let mut c = cand(Protocol::Smtp, s.port(), Security::Tls);
    c.authentication = Authentication::None;
    let p = one(c, &e.opts()).await;
    assert_eq!(kind(&p), Some(FailureKind::SubmitRejected), "{p:#?}");
    let f = p.failure.unwrap();
    assert!(f.server_text.unwrap().starts_with("530 5.7.0"));
    assert_eq!(p.login_attempts, 0);
}

#[tokio::test]
async fn smtp_greeting_554_is_connect_refused() {
    let s = faults::smtp(Fake {
        greeting: Some(b"554 5.7.1 dynamic IP addresses are not accepted here\r\n".to_vec()),
        ..Fake::default()
    })
    .await;
    let p = one(cand(Protocol::Smtp, s.port(), Security::None), &opts(None)).await;
    assert_eq!(kind(&p), Some(FailureKind::ConnectRefused), "{p:#?}");
    assert!(p
        .failure
        .unwrap()
        .server_text
        .unwrap()
        .contains("dynamic IP"));
}

#[tokio::test]
async fn a_probe_waiting_for_its_login_turn_at_the_deadline_is_skipped() {
    // The first login on the server takes forever (a server that slows down rejections); the
    // second probe may not try a username of unknown outcome meanwhile.
    let e = env();
    let slow = faults::serve(|mut w| async move {
        w.sendl("* OK [CAPABILITY IMAP4rev1] slow").await;
        while let Some(l) = w.line().await {
            let tag = l.split(' ').next().unwrap_or("*").to_string();
            if l.contains("LOGIN") {
                tokio::time::sleep(Duration::from_secs(30)).await;
            } else if l.contains("CAPABILITY") {
                w.sendl("* CAPABILITY IMAP4rev1").await;
            }
            w.sendl(&format!("{tag} OK")).await;
        }
    })
    .await;
    // A POP3 server that greets late, so the slow IMAP login surely started first.
    let other = faults::serve(|mut w| async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        w.sendl("+OK late").await;
        while let Some(l) = w.line().await {
            if l == "CAPA" {
                w.sendl("+OK\r\nUSER\r\n.").await;
            } else {
                w.sendl("+OK").await;
            }
        }
    })
    .await;
    let mut o = e.opts();
    o.allow_plaintext = true;
    o.deadline = Duration::from_millis(1500);
    let t = Instant::now();
    let (probes, _) = run(
        &[
            cand(Protocol::Imap, slow.port(), Security::None),
            cand(Protocol::Pop3, other.port(), Security::None),
        ],
        &creds(PW),
        &o,
    )
    .await;
    assert!(t.elapsed() < Duration::from_millis(2000));
    assert_eq!(
        kind(&probes[0]),
        Some(FailureKind::ReadTimeout),
        "{:#?}",
        probes[0]
    );
    assert_eq!(probes[1].outcome, Outcome::Skipped, "{:#?}", probes[1]);
    assert_eq!(probes[1].login_attempts, 0);
    assert!(probes[1]
        .steps
        .last()
        .unwrap()
        .detail
        .contains("time limit"));
    assert!(!String::from_utf8_lossy(&other.received()).contains("PASS"));
}

#[tokio::test]
async fn send_test_found_through_pop3_in_a_shared_mail_drop() {
    let e = env();
    let store = Arc::new(Mutex::new(Vec::new()));
    let smtp = faults::smtp(
        Fake {
            implicit_tls: Some(e.good_tls()),
            sasl_plain: true,
            store: Some(store.clone()),
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let pop = faults::pop3(Fake {
        store: Some(store.clone()),
        ..happy_fake(&e)
    })
    .await;
    let mut o = e.opts();
    o.send_test = true;
    let (probes, _) = run(
        &[
            cand(Protocol::Pop3, pop.port(), Security::Tls),
            cand(Protocol::Smtp, smtp.port(), Security::Tls),
        ],
        &creds(PW),
        &o,
    )
    .await;
    assert_eq!(store.lock().unwrap().len(), 1);
    let msg = store.lock().unwrap()[0].clone();
    assert!(msg.contains("Subject: Tsunagu test T"));
    assert!(msg.contains("To: <taro@example.jp>"));
    let st = probes[1].steps.last().unwrap();
    assert_eq!(st.step, StepName::SendTest);
    assert!(st.ok, "{st:?}");
    let got = String::from_utf8_lossy(&pop.received()).to_string();
    assert!(got.contains("TOP 13 0"), "{got}");
    assert!(!got.contains("DELE") && !got.contains("RETR"));
}

#[tokio::test]
async fn send_test_without_a_working_incoming_server_says_so() {
    let e = env();
    let smtp = faults::smtp(
        Fake {
            implicit_tls: Some(e.good_tls()),
            sasl_plain: true,
            ..Fake::default()
        }
        .user(USER, PW),
    )
    .await;
    let mut o = e.opts();
    o.send_test = true;
    let (probes, _) = run(
        &[cand(Protocol::Smtp, smtp.port(), Security::Tls)],
        &creds(PW),
        &o,
    )
    .await;
    let st = probes[0].steps.last().unwrap();
    assert_eq!(st.step, StepName::SendTest);
    assert!(
        !st.ok && st.detail.contains("no working incoming server"),
        "{st:?}"
    );
}

#[tokio::test]
async fn dropping_run_all_stops_every_probe() {
    // A server that never greets, and notes when the client hangs up.
    let closed = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let c2 = closed.clone();
    let s = faults::serve(move |mut w| {
        let closed = c2.clone();
        async move {
            if w.line().await.is_none() {
                closed.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
    })
    .await;
    let c = cand(Protocol::Imap, s.port(), Security::None);
    let mut o = opts(None);
    o.step_timeout = Duration::from_secs(20);
    o.deadline = Duration::from_secs(20);
    let creds = creds(PW);
    let sink: EventSink = Arc::new(|_| {});
    let r = tokio::time::timeout(
        Duration::from_millis(300),
        run_all(std::slice::from_ref(&c), &creds, &o, sink),
    )
    .await;
    assert!(r.is_err());
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        closed.load(std::sync::atomic::Ordering::SeqCst),
        "the probe kept its connection open after the caller gave up"
    );
}

#[tokio::test]
async fn an_echoed_auth_plain_line_is_redacted() {
    let e = env();
    let s = faults::serve(|mut w| async move {
        w.sendl("220 echo ESMTP").await;
        while let Some(l) = w.line().await {
            if l.starts_with("EHLO") {
                w.sendl("250-echo").await;
                w.sendl("250 AUTH PLAIN").await;
            } else {
                w.sendl(&format!("535 5.7.8 rejected: {l}")).await;
            }
        }
    })
    .await;
    let mut o = e.opts();
    o.allow_plaintext = true;
    let (probes, events) = run(
        &[cand(Protocol::Smtp, s.port(), Security::None)],
        &creds(PW),
        &o,
    )
    .await;
    let p = &probes[0];
    assert_eq!(kind(p), Some(FailureKind::LoginFailed), "{p:#?}");
    let text = p.failure.as_ref().unwrap().server_text.clone().unwrap();
    assert!(text.contains("AUTH PLAIN ***"), "{text}");
    assert_no_secret_in_output(&probes, &events);
    let out = serde_json::to_string(&probes).unwrap();
    assert!(
        !Log::has_secret(out.as_bytes(), USER, PW),
        "AUTH PLAIN form leaked"
    );
}

// ---------- pipelining (RFC 2920) ----------

/// An SMTP server over implicit TLS that offers PIPELINING and answers MAIL only once RCPT and
/// RSET have arrived too (within 1 s): a client that waits for each reply still gets its
/// answers, but `together` stays false.
async fn smtp_expecting_one_flight(
    tls: Arc<rustls::ServerConfig>,
    together: Arc<std::sync::atomic::AtomicBool>,
) -> faults::Server {
    faults::serve(move |mut w| {
        let (tls, together) = (tls.clone(), together.clone());
        async move {
            if !w.starttls(tls).await {
                return;
            }
            w.sendl("220 fake.test ESMTP").await;
            while let Some(line) = w.line().await {
                let cmd = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                match cmd.as_str() {
                    "EHLO" => {
                        w.sendl("250-fake.test\r\n250-PIPELINING\r\n250 AUTH PLAIN")
                            .await;
                    }
                    "AUTH" => {
                        w.sendl("235 2.7.0 Authentication successful").await;
                    }
                    "MAIL" => {
                        let next = tokio::time::timeout(Duration::from_secs(1), async {
                            (w.line().await, w.line().await)
                        })
                        .await;
                        match next {
                            Ok((Some(r), Some(s)))
                                if r.to_ascii_uppercase().starts_with("RCPT")
                                    && s.eq_ignore_ascii_case("RSET") =>
                            {
                                together.store(true, std::sync::atomic::Ordering::SeqCst);
                                w.sendl("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Ok")
                                    .await;
                            }
                            _ => return,
                        }
                    }
                    "QUIT" => return,
                    _ => {
                        w.sendl("250 Ok").await;
                    }
                }
            }
        }
    })
    .await
}

#[tokio::test]
async fn smtp_mail_rcpt_rset_go_in_one_flight_when_pipelining_is_offered() {
    let e = env();
    let together = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let s = smtp_expecting_one_flight(e.good_tls(), together.clone()).await;
    let p = one(cand(Protocol::Smtp, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert!(
        together.load(std::sync::atomic::Ordering::SeqCst),
        "not one flight: {p:#?}"
    );
    let submit = p.steps.iter().find(|s| s.step == StepName::Submit).unwrap();
    assert!(submit.detail.contains("pipelined"), "{submit:?}");
}

/// A relay without AUTH (port 25 style, over implicit TLS here): the check before any POP login
/// (MAIL, RCPT, RSET) goes in one flight, and the submit step takes its replies instead of
/// asking the same again: one MAIL FROM on the connection.
#[tokio::test]
async fn smtp_without_auth_checks_the_relay_once_in_one_flight() {
    let e = env();
    let mails = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let together = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (tls, m2, t2) = (e.good_tls(), mails.clone(), together.clone());
    let s = faults::serve(move |mut w| {
        let (tls, mails, together) = (tls.clone(), m2.clone(), t2.clone());
        async move {
            if !w.starttls(tls).await {
                return;
            }
            w.sendl("220 relay.test ESMTP").await;
            while let Some(line) = w.line().await {
                let cmd = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                match cmd.as_str() {
                    "EHLO" => {
                        w.sendl("250-relay.test\r\n250-PIPELINING\r\n250 8BITMIME")
                            .await;
                    }
                    "MAIL" => {
                        mails.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        let next = tokio::time::timeout(Duration::from_secs(1), async {
                            (w.line().await, w.line().await)
                        })
                        .await;
                        let Ok((Some(r), Some(rs))) = next else {
                            return;
                        };
                        if !(r.to_ascii_uppercase().starts_with("RCPT")
                            && rs.eq_ignore_ascii_case("RSET"))
                        {
                            return;
                        }
                        together.store(true, std::sync::atomic::Ordering::SeqCst);
                        w.sendl("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Ok")
                            .await;
                    }
                    "QUIT" => return,
                    _ => {
                        w.sendl("250 Ok").await;
                    }
                }
            }
        }
    })
    .await;
    let mut c = cand(Protocol::Smtp, s.port(), Security::Tls);
    c.authentication = Authentication::None;
    let p = one(c, &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert!(
        together.load(std::sync::atomic::Ordering::SeqCst),
        "not one flight: {p:#?}"
    );
    assert_eq!(
        mails.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the same check twice: {p:#?}"
    );
    let relay = p
        .steps
        .iter()
        .find(|s| s.step == StepName::RelayBeforePop)
        .unwrap();
    assert!(relay.ok && relay.detail.contains("pipelined"), "{relay:?}");
    let submit = p.steps.iter().find(|s| s.step == StepName::Submit).unwrap();
    assert!(
        submit.ok && submit.detail.contains("not asked again"),
        "{submit:?}"
    );
}

#[tokio::test]
async fn smtp_without_tls_is_never_pipelined() {
    // The same fake over plain text (AUTH in the clear allowed for this test): MAIL, RCPT and
    // RSET one at a time, each after its reply.
    let e = env();
    let s = faults::smtp(Fake {
        auth_in_clear: true,
        implicit_tls: None,
        ..happy_fake(&e)
    })
    .await;
    let mut o = e.opts();
    o.allow_plaintext = true;
    let p = one(cand(Protocol::Smtp, s.port(), Security::None), &o).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    let submit = p.steps.iter().find(|s| s.step == StepName::Submit).unwrap();
    assert!(!submit.detail.contains("pipelined"), "{submit:?}");
}

#[tokio::test]
async fn pop3_stat_and_uidl_go_in_one_flight_when_pipelining_is_offered() {
    let e = env();
    let together = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (tls, t2) = (e.good_tls(), together.clone());
    let s = faults::serve(move |mut w| {
        let (tls, together) = (tls.clone(), t2.clone());
        async move {
            if !w.starttls(tls).await {
                return;
            }
            w.sendl("+OK fake POP3").await;
            while let Some(line) = w.line().await {
                let cmd = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                match cmd.as_str() {
                    "CAPA" => {
                        w.sendl("+OK\r\nUSER\r\nUIDL\r\nPIPELINING\r\n.").await;
                    }
                    "STAT" => {
                        let next = tokio::time::timeout(Duration::from_secs(1), w.line()).await;
                        if !matches!(next, Ok(Some(ref l)) if l.eq_ignore_ascii_case("UIDL")) {
                            return;
                        }
                        together.store(true, std::sync::atomic::Ordering::SeqCst);
                        w.sendl("+OK 2 320\r\n+OK\r\n1 a\r\n2 b\r\n.").await;
                    }
                    _ => {
                        w.sendl("+OK").await;
                    }
                }
            }
        }
    })
    .await;
    let p = one(cand(Protocol::Pop3, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert!(
        together.load(std::sync::atomic::Ordering::SeqCst),
        "not one flight: {p:#?}"
    );
    let mb = p
        .steps
        .iter()
        .find(|s| s.step == StepName::Mailbox)
        .unwrap();
    assert!(
        mb.detail.contains("UIDL lists 2") && mb.detail.contains("pipelined"),
        "{mb:?}"
    );
    assert_eq!(p.mailbox.as_ref().unwrap().messages, Some(2));
}

/// A POP3 server with USER/PASS only (no SASL) and PIPELINING. With `pipelining_required` it
/// answers USER only once PASS, STAT and UIDL have arrived too (within 1 s), else it closes;
/// otherwise it
/// answers USER only if nothing else arrived within 300 ms (a client that does not pipeline).
/// `flight` records what it saw: Some(true) the four together, Some(false) USER alone.
async fn pop3_user_pass_fake(
    tls: Option<Arc<rustls::ServerConfig>>,
    pipelining_required: bool,
    flight: Arc<std::sync::Mutex<Option<bool>>>,
) -> faults::Server {
    faults::serve(move |mut w| {
        let (tls, flight) = (tls.clone(), flight.clone());
        async move {
            if let Some(tls) = tls {
                if !w.starttls(tls).await {
                    return;
                }
            }
            w.sendl("+OK fake POP3").await;
            while let Some(line) = w.line().await {
                let cmd = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                match cmd.as_str() {
                    "CAPA" => {
                        w.sendl("+OK\r\nUSER\r\nUIDL\r\nPIPELINING\r\n.").await;
                    }
                    "USER" => {
                        let wait = if pipelining_required { 1000 } else { 300 };
                        let next =
                            tokio::time::timeout(Duration::from_millis(wait), w.line()).await;
                        match next {
                            Ok(Some(l)) if l.to_ascii_uppercase().starts_with("PASS ") => {
                                if l[5..] != *PW {
                                    return;
                                }
                                // Nothing may come behind the credentials: Courier and Cyrus
                                // drop it, so a probe that sent STAT there would wait forever.
                                let behind =
                                    tokio::time::timeout(Duration::from_millis(200), w.line())
                                        .await;
                                if matches!(behind, Ok(Some(_))) {
                                    return;
                                }
                                *flight.lock().unwrap() = Some(true);
                                w.sendl("+OK user\r\n+OK logged in").await;
                            }
                            Err(_) if !pipelining_required => {
                                *flight.lock().unwrap() = Some(false);
                                w.sendl("+OK user").await;
                            }
                            _ => return,
                        }
                    }
                    "PASS" => {
                        w.sendl("+OK logged in").await;
                    }
                    "STAT" if pipelining_required => {
                        // STAT and UIDL in their own flight, after the login's answer.
                        let next = tokio::time::timeout(Duration::from_millis(1000), w.line());
                        match next.await {
                            Ok(Some(l)) if l.eq_ignore_ascii_case("UIDL") => {
                                w.sendl("+OK 1 100\r\n+OK\r\n1 a\r\n.").await;
                            }
                            _ => return,
                        }
                    }
                    "STAT" => {
                        w.sendl("+OK 1 100").await;
                    }
                    "UIDL" => {
                        w.sendl("+OK\r\n1 a\r\n.").await;
                    }
                    _ => return,
                }
            }
        }
    })
    .await
}

#[tokio::test]
async fn pop3_user_and_pass_go_in_one_flight_when_pipelining_is_offered() {
    let e = env();
    let flight = Arc::new(std::sync::Mutex::new(None));
    let s = pop3_user_pass_fake(Some(e.good_tls()), true, flight.clone()).await;
    let p = one(cand(Protocol::Pop3, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(
        *flight.lock().unwrap(),
        Some(true),
        "not one flight: {p:#?}"
    );
    let login = p.steps.iter().find(|s| s.step == StepName::Login).unwrap();
    assert!(login.detail.contains("USER/PASS, pipelined"), "{login:?}");
    assert_eq!(p.login_attempts, 1);
    assert_eq!(p.mailbox.as_ref().unwrap().messages, Some(1));
    let mb = p
        .steps
        .iter()
        .find(|s| s.step == StepName::Mailbox)
        .unwrap();
    assert!(mb.detail.contains("(pipelined)"), "{mb:?}");
}

/// AUTH PLAIN (initial response) alone in its flight, then STAT and UIDL in one flight when
/// PIPELINING is offered; a refused first username form: the second form goes on the same
/// connection.
#[tokio::test]
async fn pop3_auth_plain_alone_then_stat_uidl_in_one_flight_and_a_refusal_keeps_step() {
    let e = env();
    let flights = Arc::new(std::sync::Mutex::new(Vec::<bool>::new()));
    let (tls, f2) = (e.good_tls(), flights.clone());
    let good = sasl_plain_b64("taro", PW);
    let s = faults::serve(move |mut w| {
        let (tls, flights, good) = (tls.clone(), f2.clone(), good.clone());
        async move {
            if !w.starttls(tls).await {
                return;
            }
            w.sendl("+OK fake POP3").await;
            let mut authed = false;
            while let Some(line) = w.line().await {
                let cmd = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                match cmd.as_str() {
                    "CAPA" => {
                        w.sendl("+OK\r\nSASL PLAIN\r\nUIDL\r\nPIPELINING\r\n.")
                            .await;
                    }
                    "AUTH" => {
                        // Nothing behind the credentials (Cyrus and Courier drop it).
                        let behind =
                            tokio::time::timeout(Duration::from_millis(200), w.line()).await;
                        let alone = !matches!(behind, Ok(Some(_)));
                        flights.lock().unwrap().push(alone);
                        if !alone {
                            return;
                        }
                        if line.ends_with(&good) {
                            authed = true;
                            w.sendl("+OK in").await;
                        } else {
                            w.sendl("-ERR [AUTH] Authentication failed.").await;
                        }
                    }
                    "STAT" if authed => {
                        let next = tokio::time::timeout(Duration::from_secs(1), w.line()).await;
                        if !matches!(next, Ok(Some(ref l)) if l.eq_ignore_ascii_case("UIDL")) {
                            return;
                        }
                        w.sendl("+OK 3 300\r\n+OK\r\n1 a\r\n2 b\r\n3 c\r\n.").await;
                    }
                    "STAT" | "UIDL" if !authed => {
                        w.sendl("-ERR not logged in").await;
                    }
                    _ => {
                        w.sendl("+OK").await;
                    }
                }
            }
        }
    })
    .await;
    let mut c = cand(Protocol::Pop3, s.port(), Security::Tls);
    c.usernames = vec![USER.into(), "taro".into()];
    let p = one(c, &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(*flights.lock().unwrap(), [true, true], "{p:#?}");
    assert_eq!(p.login_attempts, 2);
    assert_eq!(
        s.connections(),
        1,
        "the refusal cost a new connection: {p:#?}"
    );
    assert_eq!(p.mailbox.as_ref().unwrap().messages, Some(3));
    let mb = p
        .steps
        .iter()
        .find(|s| s.step == StepName::Mailbox)
        .unwrap();
    assert!(
        mb.detail.contains("UIDL lists 3") && mb.detail.contains("(pipelined)"),
        "{mb:?}"
    );
}

fn sasl_plain_b64(user: &str, pw: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{pw}"))
}

#[tokio::test]
async fn pop3_user_and_pass_are_never_pipelined_without_tls() {
    // The same server in the clear (login without TLS allowed for this test): PASS only after
    // USER was answered, although PIPELINING is offered.
    let e = env();
    let flight = Arc::new(std::sync::Mutex::new(None));
    let s = pop3_user_pass_fake(None, false, flight.clone()).await;
    let mut o = e.opts();
    o.allow_plaintext = true;
    let p = one(cand(Protocol::Pop3, s.port(), Security::None), &o).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert_eq!(*flight.lock().unwrap(), Some(false), "{p:#?}");
    let login = p.steps.iter().find(|s| s.step == StepName::Login).unwrap();
    assert!(!login.detail.contains("pipelined"), "{login:?}");
}

#[tokio::test]
async fn imap_commands_after_login_go_in_one_flight_inside_tls() {
    let e = env();
    let together = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (tls, t2) = (e.good_tls(), together.clone());
    let s = faults::serve(move |mut w| {
        let (tls, together) = (tls.clone(), t2.clone());
        async move {
            if !w.starttls(tls).await {
                return;
            }
            let caps = "IMAP4rev1 SASL-IR AUTH=PLAIN";
            w.sendl(&format!("* OK [CAPABILITY {caps}] fake")).await;
            while let Some(line) = w.line().await {
                let parts: Vec<&str> = line.split(' ').collect();
                let (tag, cmd) = (
                    parts[0].to_string(),
                    parts.get(1).unwrap_or(&"").to_ascii_uppercase(),
                );
                match cmd.as_str() {
                    "AUTHENTICATE" => {
                        if parts.len() < 4 {
                            w.sendl("+ ").await;
                            let _ = w.line().await;
                        }
                        w.sendl(&format!("{tag} OK [CAPABILITY {caps}] in")).await;
                    }
                    "EXAMINE" => {
                        // STATUS and LIST must already be on their way.
                        let next = tokio::time::timeout(Duration::from_secs(1), async {
                            (w.line().await, w.line().await)
                        })
                        .await;
                        let Ok((Some(st), Some(li))) = next else {
                            return;
                        };
                        let (t2, t3) = (
                            st.split(' ').next().unwrap_or("").to_string(),
                            li.split(' ').next().unwrap_or("").to_string(),
                        );
                        if !(st.contains(" STATUS INBOX ") && li.contains(" LIST ")) {
                            return;
                        }
                        together.store(true, std::sync::atomic::Ordering::SeqCst);
                        w.sendl(&format!(
                            "* 2 EXISTS\r\n{tag} OK [READ-ONLY] done\r\n\
                             * STATUS INBOX (MESSAGES 2 UNSEEN 1)\r\n{t2} OK done\r\n\
                             * LIST () \"/\" INBOX\r\n{t3} OK done"
                        ))
                        .await;
                    }
                    "LOGOUT" => return,
                    _ => {
                        w.sendl(&format!("{tag} OK done")).await;
                    }
                }
            }
        }
    })
    .await;
    let p = one(cand(Protocol::Imap, s.port(), Security::Tls), &e.opts()).await;
    assert_eq!(p.outcome, Outcome::Ok, "{p:#?}");
    assert!(
        together.load(std::sync::atomic::Ordering::SeqCst),
        "not one flight: {p:#?}"
    );
    let mb = p.mailbox.as_ref().unwrap();
    assert_eq!((mb.messages, mb.unseen), (Some(2), Some(1)), "{p:#?}");
    let step = p
        .steps
        .iter()
        .find(|s| s.step == StepName::Mailbox)
        .unwrap();
    assert!(step.detail.contains("pipelined"), "{step:?}");
}
