//! The password never leaves where it must go: not in stdout, stderr (debug logging on), JSON,
//! the text report, exported files, events, error texts or panic messages — even when a hostile
//! server echoes it back — and the memory that held it is wiped before it is given back.
//!
//! The memory check: this test binary's global allocator scans every block freed while a probe
//! runs, and counts blocks that still hold the password, the base64 of it, or the SASL PLAIN
//! form. Copies the engine wiped (zeroize) do not count; a copy freed as it was does.
//! The servers run on threads that are exempt from the scan (their copies are the server's).

#[path = "support/recorder.rs"]
mod recorder;

use base64::Engine as _;
use recorder::{Answer, Mode};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tsunagu::probe::{run_all, Credentials, EventSink, ProbeOptions};
use tsunagu::secret::Password;
use tsunagu::{Authentication, Candidate, Protocol, Security, SettingsSource};

const USER: &str = "taro@example.jp";
/// Distinctive, with characters that need quoting; never a substring of ordinary text.
const PW: &str = "Qz7\"Leak\\Canary-9x";

fn b64(b: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(b)
}

/// Every form of the secret that must not appear: as typed, JSON-escaped, base64, SASL PLAIN.
fn forms() -> Vec<(String, String)> {
    let mut plain = vec![0u8];
    plain.extend_from_slice(USER.as_bytes());
    plain.push(0);
    plain.extend_from_slice(PW.as_bytes());
    let json = serde_json::to_string(PW).unwrap();
    vec![
        ("password".into(), PW.into()),
        ("JSON-escaped".into(), json.trim_matches('"').into()),
        ("base64".into(), b64(PW.as_bytes())),
        ("AUTH PLAIN".into(), b64(&plain)),
        // The distinctive middle, in case something trims or escapes the ends.
        ("fragment".into(), "Leak\\Canary".into()),
    ]
}

fn assert_clean(what: &str, text: &str) {
    for (name, f) in forms() {
        assert!(
            !text.contains(&f),
            "{what}: the {name} form of the password appears:\n{}",
            &text[text.find(&f).unwrap().saturating_sub(200)..][..400.min(text.len())]
        );
    }
}

// ---------- the scanning allocator ----------

struct Scanning;

const MAX_NEEDLES: usize = 4;
const NEEDLE_CAP: usize = 96;
static ARMED: AtomicBool = AtomicBool::new(false);
static HITS: AtomicUsize = AtomicUsize::new(0);
static HIT_SIZES: [AtomicUsize; 8] = [const { AtomicUsize::new(0) }; 8];
static NEEDLE_LENS: [AtomicUsize; MAX_NEEDLES] = [const { AtomicUsize::new(0) }; MAX_NEEDLES];
static NEEDLES: [[AtomicU8; NEEDLE_CAP]; MAX_NEEDLES] =
    [const { [const { AtomicU8::new(0) }; NEEDLE_CAP] }; MAX_NEEDLES];

thread_local! {
    static IN_HOOK: Cell<bool> = const { Cell::new(false) };
    static EXEMPT: Cell<bool> = const { Cell::new(false) };
}

fn contains_atomic(hay: &[u8], needle: &[AtomicU8]) -> bool {
    !needle.is_empty()
        && hay.len() >= needle.len()
        && hay.windows(needle.len()).any(|w| {
            w.iter()
                .zip(needle)
                .all(|(b, n)| *b == n.load(Ordering::Relaxed))
        })
}

unsafe impl GlobalAlloc for Scanning {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // Zeroed, so a block never shows bytes a previous owner left in it (a future's unused
        // space would otherwise be blamed for an old copy).
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if ARMED.load(Ordering::SeqCst) && !EXEMPT.try_with(|e| e.get()).unwrap_or(true) {
            // SAFETY: the block is still ours until System.dealloc below.
            let block = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
            for (i, len) in NEEDLE_LENS.iter().enumerate() {
                let len = len.load(Ordering::SeqCst);
                // Compared in place: copying a needle to the stack would leave it there for
                // the next future to pick up as stale bytes.
                if contains_atomic(block, &NEEDLES[i][..len]) {
                    if std::env::var_os("SCAN_BT").is_some() && !IN_HOOK.with(|h| h.replace(true)) {
                        let bt = std::backtrace::Backtrace::force_capture().to_string();
                        let short: String = bt
                            .lines()
                            .filter(|l| !l.trim_start().starts_with("at "))
                            .skip(3)
                            .take(12)
                            .collect::<Vec<_>>()
                            .join("\n");
                        eprintln!("HIT size {} form {i}\n{short}\n-----", layout.size());
                        IN_HOOK.with(|h| h.set(false));
                    }
                    let n = HITS.fetch_add(1, Ordering::SeqCst);
                    if n < HIT_SIZES.len() {
                        HIT_SIZES[n].store(layout.size() * 10 + i, Ordering::SeqCst);
                    }
                    break;
                }
            }
        }
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Scanning = Scanning;

/// One test at a time in this binary: a scan must not see another test's copies.
static SERIAL: Mutex<()> = Mutex::new(());

fn set_needles(needles: &[&[u8]]) {
    assert!(!ARMED.load(Ordering::SeqCst));
    for (i, n) in needles.iter().enumerate() {
        assert!(n.len() <= NEEDLE_CAP);
        for (a, b) in NEEDLES[i].iter().zip(n.iter()) {
            a.store(*b, Ordering::Relaxed);
        }
        NEEDLE_LENS[i].store(n.len(), Ordering::SeqCst);
    }
    for l in NEEDLE_LENS.iter().skip(needles.len()) {
        l.store(0, Ordering::SeqCst);
    }
}

/// Runs `f` with the scan armed; returns the number of freed blocks that held a needle and
/// their (size, needle index) pairs.
fn scanned<T>(f: impl FnOnce() -> T) -> (T, usize, Vec<(usize, usize)>) {
    HITS.store(0, Ordering::SeqCst);
    ARMED.store(true, Ordering::SeqCst);
    let v = f();
    ARMED.store(false, Ordering::SeqCst);
    let n = HITS.load(Ordering::SeqCst);
    let sizes = HIT_SIZES
        .iter()
        .take(n.min(8))
        .map(|s| {
            let v = s.load(Ordering::SeqCst);
            (v / 10, v % 10)
        })
        .collect();
    (v, n, sizes)
}

fn secret_needles() -> Vec<Vec<u8>> {
    let mut plain = vec![0u8];
    plain.extend_from_slice(USER.as_bytes());
    plain.push(0);
    plain.extend_from_slice(PW.as_bytes());
    vec![
        PW.as_bytes().to_vec(),
        b64(PW.as_bytes()).into_bytes(),
        b64(&plain).into_bytes(),
        // The IMAP quoted form (escaped quote and backslash).
        br#"Qz7\"Leak\\Canary-9x"#.to_vec(),
    ]
}

/// A recorder on its own thread and runtime, exempt from the scan.
fn recorder_on_own_thread(mode: Mode, answer: Answer) -> recorder::Recorder {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        EXEMPT.with(|e| e.set(true));
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let rec = recorder::start_with(mode, answer).await;
            tx.send(rec).unwrap();
            std::future::pending::<()>().await
        });
    });
    rx.recv().unwrap()
}

#[test]
fn the_scanner_sees_a_plain_copy_and_password_wipes_its_own() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    set_needles(&[PW.as_bytes()]);
    // A plain String holding the secret, freed as it is: seen (the scan works).
    let (_, hits, _) = scanned(|| drop(std::hint::black_box(String::from(PW))));
    assert_eq!(hits, 1, "the scanner must see an unwiped copy");
    // The Password type wipes its buffer before it is freed.
    let (_, hits, _) = scanned(|| {
        let p = Password::new(String::from(PW));
        let q = p.clone();
        assert_eq!(q.expose(), PW);
        drop(std::hint::black_box(p));
        drop(std::hint::black_box(q));
    });
    assert_eq!(hits, 0, "Password must zeroise on drop");
}

#[test]
fn debug_display_and_panic_messages_never_show_the_password() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let p = Password::new(PW);
    let creds = Credentials {
        address: USER.into(),
        password: Some(p.clone()),
    };
    let req = tsunagu::engine::Request {
        address: USER.into(),
        password: Some(p.clone()),
        username: None,
        situation: Default::default(),
    };
    for text in [
        format!("{p} {p:?} {p:#?}"),
        format!("{creds:?} {creds:#?}"),
        format!("{req:?} {req:#?}"),
    ] {
        assert_clean("Debug/Display", &text);
        assert!(text.contains("***"), "{text}");
    }
    // A panic that formats the request (the usual `expect("… {req:?}")`) carries no secret.
    let caught = std::panic::catch_unwind(|| panic!("probe failed for {req:?}"));
    let msg = caught.unwrap_err();
    let msg = msg.downcast_ref::<String>().unwrap();
    assert_clean("panic message", msg);
}

fn cand(mode: Mode, port: u16) -> Candidate {
    Candidate {
        protocol: match mode {
            Mode::ImapLogin { .. } | Mode::ImapPlain { .. } => Protocol::Imap,
            Mode::Pop3User | Mode::Pop3Plain => Protocol::Pop3,
            Mode::SmtpPlain | Mode::SmtpLogin => Protocol::Smtp,
        },
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        usernames: vec![USER.into()],
        authentication: Authentication::PasswordCleartext,
        source: SettingsSource::Guess,
        documented: false,
    }
}

const ALL_MODES: [Mode; 8] = [
    Mode::ImapLogin {
        literal_plus: false,
    },
    Mode::ImapLogin { literal_plus: true },
    Mode::ImapPlain { sasl_ir: false },
    Mode::ImapPlain { sasl_ir: true },
    Mode::Pop3User,
    Mode::Pop3Plain,
    Mode::SmtpPlain,
    Mode::SmtpLogin,
];

#[test]
fn probes_free_no_unwiped_copy_and_report_no_echo() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let needles = secret_needles();
    let refs: Vec<&[u8]> = needles.iter().map(|n| n.as_slice()).collect();
    set_needles(&refs);
    let mut failures = Vec::new();
    for answer in [Answer::Accept, Answer::RejectEcho] {
        for mode in ALL_MODES {
            let rec = recorder_on_own_thread(mode, answer);
            let events = Arc::new(Mutex::new(Vec::<String>::new()));
            let ev = events.clone();
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            let c = cand(mode, rec.port);
            let (probes, hits, sizes) = scanned(|| {
                let creds = Credentials {
                    address: USER.into(),
                    password: Some(Password::new(PW)),
                };
                let opts = ProbeOptions {
                    deadline: Duration::from_secs(10),
                    step_timeout: Duration::from_secs(3),
                    allow_plaintext: true,
                    ..ProbeOptions::default()
                };
                let sink: EventSink = Arc::new(move |e| ev.lock().unwrap().push(format!("{e:?}")));
                let p = rt.block_on(run_all(&[c], &creds, &opts, sink));
                drop(creds);
                drop(opts);
                p
            });
            assert_eq!(
                rec.creds().len(),
                1,
                "{mode:?}: no login reached the server"
            );
            let json = serde_json::to_string_pretty(&probes).unwrap();
            assert_clean(&format!("{mode:?} {answer:?} probe JSON"), &json);
            assert_clean(
                &format!("{mode:?} {answer:?} probe Debug"),
                &format!("{probes:?}"),
            );
            for e in events.lock().unwrap().iter() {
                assert_clean(&format!("{mode:?} {answer:?} event"), e);
            }
            if answer == Answer::RejectEcho {
                let text = probes[0]
                    .failure
                    .as_ref()
                    .and_then(|f| f.server_text.clone())
                    .unwrap_or_default();
                assert!(
                    text.contains("***"),
                    "{mode:?}: echo not redacted: {text:?}"
                );
            }
            drop(probes);
            drop(rt);
            // After a rejection the server's own echo sits in the engine's read buffers: that
            // copy came from the server; only copies the engine made are its to wipe.
            if hits > 0 && answer == Answer::Accept {
                failures.push(format!(
                    "{mode:?} {answer:?}: {hits} freed block(s) still held the secret (size, form): {sizes:?}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "unwiped copies of the password were freed (forms: 0 password, 1 base64, 2 AUTH PLAIN, 3 IMAP quoted):\n{}",
        failures.join("\n")
    );
}

// ---------- every output of the binary ----------

fn autoconfig(imap: u16, pop: u16, smtp: u16) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.jp">
    <domain>example.jp</domain>
    <displayName>Secrets test</displayName>
    <incomingServer type="imap">
      <hostname>127.0.0.11</hostname><port>{imap}</port><socketType>plain</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>127.0.0.12</hostname><port>{pop}</port><socketType>plain</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>127.0.0.13</hostname><port>{smtp}</port><socketType>plain</socketType>
      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"#
    )
}

fn run_cli(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tsunagu"))
        .args(args)
        .env("RUST_LOG", "trace")
        .env("RUST_BACKTRACE", "full")
        .env("TSUNAGU_LOG", "debug")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn no_output_of_the_binary_holds_the_password() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut outputs: Vec<(String, String)> = Vec::new();
    for answer in [Answer::Accept, Answer::RejectEcho] {
        let (imap, pop, smtp) = rt.block_on(async {
            (
                // Three addresses: with refusing servers, the login cap (3 per server machine)
                // would otherwise leave one of them untried, depending on timing.
                recorder::start_on(
                    "127.0.0.11",
                    Mode::ImapLogin {
                        literal_plus: false,
                    },
                    answer,
                )
                .await,
                recorder::start_on("127.0.0.12", Mode::Pop3User, answer).await,
                recorder::start_on("127.0.0.13", Mode::SmtpLogin, answer).await,
            )
        });
        let cfg = dir.path().join(format!("{answer:?}.xml"));
        std::fs::write(&cfg, autoconfig(imap.port, pop.port, smtp.port)).unwrap();
        let cfg = cfg.to_str().unwrap();
        let stdin = format!("{PW}\n");
        for extra in [&["--json"][..], &[][..]] {
            for lang in ["ja", "en"] {
                for plain in [true, false] {
                    let mut args = vec![
                        "diagnose",
                        USER,
                        "--config",
                        cfg,
                        "--password-stdin",
                        "--lang",
                        lang,
                        "--timeout",
                        "15",
                    ];
                    if plain {
                        args.push("--allow-plaintext");
                    }
                    args.extend_from_slice(extra);
                    let (code, out, err) = run_cli(&args, stdin.as_bytes());
                    assert!(code == 0 || code == 1, "{args:?}: exit {code}\n{err}");
                    outputs.push((format!("{args:?} stdout"), out));
                    outputs.push((format!("{args:?} stderr"), err));
                }
            }
        }
        // With --allow-plaintext the password did reach the servers (the run was real).
        assert!(!imap.creds().is_empty() && !pop.creds().is_empty() && !smtp.creds().is_empty());
        // The exported autoconfig file for the same settings.
        let (code, out, err) = run_cli(&["export", "autoconfig", USER, "--config", cfg], b"");
        assert_eq!(code, 0, "{err}");
        outputs.push(("export autoconfig".into(), out));
        outputs.push(("export autoconfig stderr".into(), err));
    }
    // Files the runs may have left in the working directory or the temp dir.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let p = entry.unwrap().path();
        outputs.push((
            p.display().to_string(),
            std::fs::read_to_string(&p).unwrap_or_default(),
        ));
    }
    assert!(outputs.len() >= 18);
    for (what, text) in &outputs {
        assert_clean(what, text);
    }
}

#[test]
fn reports_and_exports_built_in_process_hold_no_password() {
    let _g = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // The report the desktop app renders and exports (text ja/en, JSON) after a rejected,
    // echoed login.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let report = rt.block_on(async {
        let imap = recorder::start_on(
            "127.0.0.11",
            Mode::ImapPlain { sasl_ir: true },
            Answer::RejectEcho,
        )
        .await;
        let pop = recorder::start_on("127.0.0.12", Mode::Pop3Plain, Answer::RejectEcho).await;
        let smtp = recorder::start_on("127.0.0.13", Mode::SmtpPlain, Answer::RejectEcho).await;
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("c.xml");
        std::fs::write(&cfg, autoconfig(imap.port, pop.port, smtp.port)).unwrap();
        let req = tsunagu::engine::Request {
            address: USER.into(),
            password: Some(Password::new(PW)),
            username: None,
            situation: Default::default(),
        };
        let opts = tsunagu::engine::Options {
            config_file: Some(cfg),
            allow_plaintext: true,
            timeout: Duration::from_secs(15),
            ..Default::default()
        };
        let sink: EventSink = Arc::new(|e| assert_clean("event", &format!("{e:?}")));
        tsunagu::engine::run(req, &opts, sink).await.unwrap()
    });
    assert!(report.probes.iter().any(|p| p.login_attempts > 0));
    assert_clean("report JSON", &serde_json::to_string(&report).unwrap());
    assert_clean("report Debug", &format!("{report:?}"));
    for lang in [tsunagu::Lang::Ja, tsunagu::Lang::En] {
        assert_clean("report text", &tsunagu::text::report_text(&report, lang));
    }
}
