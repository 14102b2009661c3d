//! Hostile servers not covered by tests/probe_faults.rs: STARTTLS offered then a broken
//! handshake, a TLS 1.0-only server, a chain of 20 certificates, a 1 byte/s drip, megabyte
//! answers in every protocol, a literal bomb, invalid UTF-8 / NUL after the greeting, and a hang-up
//! mid-reply in POP3 and SMTP. Each: a typed failure, no panic, no credential sent, bounded
//! time, and bounded memory — measured by this binary's counting allocator (peak bytes alive
//! above the level before the probe).

#[path = "support/hostile.rs"]
mod hostile;

use hostile::Broken;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tsunagu::probe::{run_all, Credentials, EventSink, ProbeOptions};
use tsunagu::secret::Password;
use tsunagu::{
    Authentication, Candidate, FailureKind, Outcome, Probe, Protocol, Security, SettingsSource,
};

// ---------- counting allocator ----------

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Memory is measured one test at a time.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const USER: &str = "taro@example.jp";
const PW: &str = "Hostile-Canary-7q";
/// A read is bounded at 256 KiB per response; with the runtime and buffers, a probe must stay
/// well under this above its starting level, whatever the server sends.
const MEMORY_BOUND: usize = 3 * 1024 * 1024;

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

fn opts() -> ProbeOptions {
    ProbeOptions {
        deadline: Duration::from_secs(8),
        connect_timeout: Duration::from_secs(2),
        step_timeout: Duration::from_secs(2),
        ..ProbeOptions::default()
    }
}

/// Runs one probe and returns it with the peak memory it added and the time it took.
async fn measured(c: Candidate, o: &ProbeOptions) -> (Probe, usize, Duration) {
    let creds = Credentials {
        address: USER.into(),
        password: Some(Password::new(PW)),
    };
    let sink: EventSink = Arc::new(|_| {});
    let base = LIVE.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let t = Instant::now();
    let mut p = run_all(&[c], &creds, o, sink).await;
    let took = t.elapsed();
    let peak = PEAK.load(Ordering::SeqCst).saturating_sub(base);
    (p.remove(0), peak, took)
}

fn kind(p: &Probe) -> Option<FailureKind> {
    p.failure.as_ref().map(|f| f.kind)
}

fn no_secret_sent(what: &str, received: &[u8]) {
    use base64::Engine as _;
    let b = base64::engine::general_purpose::STANDARD;
    let mut plain = vec![0u8];
    plain.extend_from_slice(USER.as_bytes());
    plain.push(0);
    plain.extend_from_slice(PW.as_bytes());
    for needle in [
        PW.as_bytes().to_vec(),
        b.encode(PW).into_bytes(),
        b.encode(&plain).into_bytes(),
    ] {
        assert!(
            !received
                .windows(needle.len())
                .any(|w| w == needle.as_slice()),
            "{what}: a credential reached the hostile server"
        );
    }
}

async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
    SERIAL.lock().await
}

// ---------- STARTTLS, TLS versions, certificate chains ----------

#[tokio::test]
async fn starttls_offered_then_a_broken_handshake_is_tls_handshake_failed() {
    let _g = serial().await;
    for proto in ["imap", "pop3", "smtp"] {
        for how in [
            Broken::Garbage,
            Broken::Close,
            Broken::Truncated,
            Broken::Tls10,
            Broken::Silence,
        ] {
            let s = hostile::starttls_then(proto, how).await;
            let protocol = match proto {
                "imap" => Protocol::Imap,
                "pop3" => Protocol::Pop3,
                _ => Protocol::Smtp,
            };
            let mut o = opts();
            o.step_timeout = Duration::from_millis(1500);
            let (p, peak, took) = measured(cand(protocol, s.port, Security::Starttls), &o).await;
            let what = format!("{proto} {how:?}");
            assert_eq!(
                kind(&p),
                Some(FailureKind::TlsHandshakeFailed),
                "{what}: {p:#?}"
            );
            assert_eq!(p.outcome, Outcome::Failed);
            assert_eq!(p.login_attempts, 0, "{what}");
            assert!(p.username.is_none(), "{what}: a login was tried");
            let last = p.steps.last().unwrap();
            assert!(!last.ok, "{what}");
            assert!(took < Duration::from_secs(3), "{what}: took {took:?}");
            assert!(peak < MEMORY_BOUND, "{what}: {peak} bytes");
            no_secret_sent(&what, &s.received());
            eprintln!(
                "{what}: {:?} in {took:?}",
                p.failure.as_ref().unwrap().message
            );
        }
    }
}

#[tokio::test]
async fn a_tls10_only_server_is_tls_handshake_failed() {
    let _g = serial().await;
    let s = hostile::tls10_only().await;
    for proto in [Protocol::Imap, Protocol::Pop3, Protocol::Smtp] {
        let (p, peak, took) = measured(cand(proto, s.port, Security::Tls), &opts()).await;
        assert_eq!(kind(&p), Some(FailureKind::TlsHandshakeFailed), "{p:#?}");
        assert_eq!(p.login_attempts, 0);
        assert!(took < Duration::from_secs(2), "{took:?}");
        assert!(peak < MEMORY_BOUND, "{peak}");
        let msg = &p.failure.as_ref().unwrap().message;
        assert!(msg.contains("TLS"), "{msg}");
        eprintln!("TLS 1.0 only: {msg}");
    }
    no_secret_sent("tls10", &s.received());
}

#[tokio::test]
async fn a_chain_of_twenty_certificates_is_refused_and_bounded() {
    let _g = serial().await;
    let (root_pem, chain, key) = hostile::long_chain(20, "127.0.0.1");
    assert_eq!(chain.len(), 19); // + the root = 20
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("root.pem");
    std::fs::write(&ca, root_pem).unwrap();
    let s = hostile::tls_imap(chain, key).await;
    let mut o = opts();
    o.ca_file = Some(ca);
    let (p, peak, took) = measured(cand(Protocol::Imap, s.port, Security::Tls), &o).await;
    eprintln!("20 certificates: {:?}", p.failure);
    // webpki builds paths through at most a few intermediates: the chain is not trusted, and
    // a typed certificate failure is reported with what the leaf said.
    assert_eq!(kind(&p), Some(FailureKind::TlsUntrusted), "{p:#?}");
    let tls = p.tls.as_ref().expect("the certificate is recorded");
    assert!(!tls.trusted);
    assert!(tls.subject.as_deref().unwrap_or("").contains("127.0.0.1"));
    assert!(tls.issuer.as_deref().unwrap_or("").contains("intermediate"));
    assert_eq!(p.login_attempts, 0);
    assert!(took < Duration::from_secs(3), "{took:?}");
    assert!(peak < MEMORY_BOUND, "{peak}");
    assert!(
        s.received().is_empty(),
        "something was sent inside the refused TLS session"
    );

    // A chain of 3 from the same kind of root works: the refusal above is the length.
    let (root_pem, chain, key) = hostile::long_chain(3, "127.0.0.1");
    let ca = dir.path().join("root3.pem");
    std::fs::write(&ca, root_pem).unwrap();
    let s = hostile::tls_imap(chain, key).await;
    let mut o = opts();
    o.ca_file = Some(ca);
    let (p, _, _) = measured(cand(Protocol::Imap, s.port, Security::Tls), &o).await;
    assert!(p.tls.as_ref().is_some_and(|t| t.trusted), "{p:#?}");
}

// ---------- slow, huge and malformed answers ----------

#[tokio::test]
async fn one_byte_per_second_is_cut_by_the_deadline() {
    let _g = serial().await;
    // Greeting dripped at 1 byte/s: the greeting step ends at its timeout.
    let s = hostile::serve(|mut p| async move {
        for b in b"* OK [CAPABILITY IMAP4rev1] a very slow server\r\n" {
            if !p.send(&[*b]).await {
                return;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    })
    .await;
    let mut o = opts();
    o.step_timeout = Duration::from_secs(2);
    let (p, peak, took) = measured(cand(Protocol::Imap, s.port, Security::None), &o).await;
    assert_eq!(kind(&p), Some(FailureKind::GreetingTimeout), "{p:#?}");
    assert!(took < Duration::from_millis(2600), "{took:?}");
    assert!(peak < MEMORY_BOUND);

    // A quick greeting, then each answer dripped: the overall deadline ends the probe, however
    // many steps are left.
    let s = hostile::serve(|mut p| async move {
        p.send(b"220 quick greeting\r\n").await;
        loop {
            if p.line().await.is_none() {
                return;
            }
            for b in b"250-slow\r\n250 AUTH PLAIN\r\n" {
                if !p.send(&[*b]).await {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(900)).await;
            }
        }
    })
    .await;
    let mut o = opts();
    o.step_timeout = Duration::from_secs(60);
    o.deadline = Duration::from_secs(3);
    let (p, _, took) = measured(cand(Protocol::Smtp, s.port, Security::None), &o).await;
    assert_eq!(kind(&p), Some(FailureKind::ReadTimeout), "{p:#?}");
    assert!(took < Duration::from_millis(3600), "{took:?}");
}

#[tokio::test]
async fn megabyte_answers_in_every_protocol_stay_bounded() {
    let _g = serial().await;
    let cases: [(&str, Protocol, &'static [u8], &'static [u8]); 6] = [
        // IMAP: CAPABILITY answered with 16 MiB of untagged capability lines.
        (
            "imap capability",
            Protocol::Imap,
            b"* OK hi\r\n",
            b"* CAPABILITY IMAP4rev1 X-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n",
        ),
        // IMAP: one capability line of 16 MiB.
        (
            "imap one line",
            Protocol::Imap,
            b"* OK hi\r\n",
            b"X-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB ",
        ),
        // POP3: a CAPA list of 16 MiB.
        (
            "pop3 capa",
            Protocol::Pop3,
            b"+OK hi\r\n",
            b"+OK\r\nX-CCCCCCCCCCCCCCCCCCCCCCCCCC\r\n",
        ),
        // SMTP: an EHLO answer of 16 MiB.
        (
            "smtp ehlo",
            Protocol::Smtp,
            b"220 hi\r\n",
            b"250-X-DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD\r\n",
        ),
        // Greeting that never ends.
        (
            "endless greeting",
            Protocol::Pop3,
            b"+OK ",
            b"EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE",
        ),
        // NUL bytes without end.
        (
            "nul flood",
            Protocol::Smtp,
            b"",
            b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
        ),
    ];
    for (what, proto, greeting, unit) in cases {
        // The endless greeting and the flood start at once; the others answer a command.
        let at_once = what == "endless greeting" || what == "nul flood";
        let s = hostile::flood(greeting, unit, 16 << 20, at_once).await;
        let (p, peak, took) = measured(cand(proto, s.port, Security::None), &opts()).await;
        assert_eq!(kind(&p), Some(FailureKind::ProtocolError), "{what}: {p:#?}");
        assert!(took < Duration::from_secs(3), "{what}: {took:?}");
        assert!(peak < MEMORY_BOUND, "{what}: peak {peak} bytes");
        eprintln!(
            "{what}: peak +{} KiB in {took:?}: {}",
            peak / 1024,
            p.failure.as_ref().unwrap().message
        );
    }
}

#[tokio::test]
async fn an_imap_literal_bomb_is_refused_before_it_is_read() {
    let _g = serial().await;
    // A literal of ~1 GB announced in the CAPABILITY answer, then a real one of 300 KiB.
    for announce in ["{999999999}", "{307200}"] {
        let s = hostile::serve(move |mut p| async move {
            p.send(b"* OK hi\r\n").await;
            if let Some(l) = p.line().await {
                let tag = l.split(' ').next().unwrap_or("a").to_string();
                p.send(format!("* CAPABILITY {announce}\r\n").as_bytes())
                    .await;
                let chunk = vec![b'L'; 64 * 1024];
                for _ in 0..16 {
                    if !p.send(&chunk).await {
                        return;
                    }
                }
                p.send(format!("\r\n{tag} OK\r\n").as_bytes()).await;
                p.drain().await;
            }
        })
        .await;
        let (p, peak, took) = measured(cand(Protocol::Imap, s.port, Security::None), &opts()).await;
        assert_eq!(
            kind(&p),
            Some(FailureKind::ProtocolError),
            "{announce}: {p:#?}"
        );
        assert!(peak < MEMORY_BOUND, "{announce}: {peak}");
        assert!(took < Duration::from_secs(3));
    }
}

#[tokio::test]
async fn nul_after_the_greeting_is_a_protocol_error_and_non_utf8_text_is_decoded() {
    let _g = serial().await;
    // (protocol, greeting, answer, NUL inside?) Bytes that are not UTF-8 are decoded as text
    // (Shift_JIS/EUC-JP or replacement characters) and the probe goes on, here to the refusal
    // to send a password in the clear; a NUL is never text.
    let cases: [(Protocol, &'static [u8], &'static [u8], bool); 6] = [
        (
            Protocol::Imap,
            b"* OK hi\r\n",
            b"* CAPABILITY IMAP4rev1 \xff\xfe\r\nt1 OK done\r\n",
            false,
        ),
        (
            Protocol::Imap,
            b"* OK hi\r\n",
            b"* CAPABILITY IMAP4rev1\0AUTH=PLAIN\r\n",
            true,
        ),
        (
            Protocol::Pop3,
            b"+OK hi\r\n",
            b"+OK\r\nSASL PLAIN\xc3\x28\r\n.\r\n",
            false,
        ),
        (
            Protocol::Pop3,
            b"+OK hi\r\n",
            b"+OK\r\nUSER\0\r\n.\r\n",
            true,
        ),
        (
            Protocol::Smtp,
            b"220 hi\r\n",
            b"250-hi\r\n250 AUTH \xed\xa0\x80\r\n",
            false,
        ),
        (
            Protocol::Smtp,
            b"220 hi\r\n",
            b"250-hi\0\r\n250 AUTH PLAIN\r\n",
            true,
        ),
    ];
    for (proto, greeting, answer, nul) in cases {
        let s = hostile::serve(move |mut p| async move {
            p.send(greeting).await;
            if p.line().await.is_some() {
                p.send(answer).await;
                p.drain().await;
            }
        })
        .await;
        let (p, _, _) = measured(cand(proto, s.port, Security::None), &opts()).await;
        let want = if nul {
            FailureKind::ProtocolError
        } else {
            FailureKind::PlaintextRefused
        };
        assert_eq!(
            kind(&p),
            Some(want),
            "{proto:?} {:?}: {p:#?}",
            String::from_utf8_lossy(answer)
        );
        no_secret_sent("bad bytes", &s.received());
    }
}

#[tokio::test]
async fn a_hang_up_mid_reply_is_a_protocol_error_in_pop3_and_smtp() {
    let _g = serial().await;
    let cases: [(Protocol, &'static [u8], &'static [u8]); 4] = [
        (Protocol::Pop3, b"+OK hi\r\n", b"+OK\r\nUSER\r\nSAS"),
        (Protocol::Pop3, b"+OK hi\r\n", b"+OK\r\nUSER\r\n"),
        (Protocol::Smtp, b"220 hi\r\n", b"250-hi\r\n250-AUTH PL"),
        (Protocol::Smtp, b"220 hi\r\n", b"250-hi\r\n"),
    ];
    for (proto, greeting, answer) in cases {
        let s = hostile::serve(move |mut p| async move {
            p.send(greeting).await;
            if p.line().await.is_some() {
                p.send(answer).await;
            }
        })
        .await;
        let (p, _, took) = measured(cand(proto, s.port, Security::None), &opts()).await;
        assert_eq!(
            kind(&p),
            Some(FailureKind::ProtocolError),
            "{proto:?}: {p:#?}"
        );
        assert!(p.failure.as_ref().unwrap().message.contains("closed"));
        assert!(took < Duration::from_secs(1), "{took:?}");
    }
}
