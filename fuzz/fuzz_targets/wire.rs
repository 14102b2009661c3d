//! Shared by the `*_wire` targets: the fuzz input is everything a hostile server says on one
//! connection. A replay server on 127.0.0.1 sends it (ignoring what the client writes) and
//! closes; the real probe (greeting → capabilities → login → mailbox/submit) runs against it.
//! The first byte chooses the security mode, so STARTTLS/STLS paths are reached too.
//! Checks: no panic, a typed outcome, and the password never in the probe's output.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tsunagu::probe::fuzzing::probe_one;
use tsunagu::probe::{Credentials, EventSink, ProbeOptions};
use tsunagu::secret::Password;
use tsunagu::{Authentication, Candidate, Outcome, Protocol, Security, SettingsSource};

pub const PASSWORD: &str = "Fz\"pw\\s3cret";

struct World {
    rt: tokio::runtime::Runtime,
    listener: TcpListener,
    port: u16,
    opts: ProbeOptions,
}

fn world() -> &'static World {
    static W: OnceLock<World> = OnceLock::new();
    W.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let listener = rt
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let opts = ProbeOptions {
            deadline: Duration::from_secs(4),
            connect_timeout: Duration::from_secs(2),
            step_timeout: Duration::from_secs(2),
            allow_plaintext: true,
            ..ProbeOptions::default()
        };
        World {
            rt,
            listener,
            port,
            opts,
        }
    })
}

pub fn replay(protocol: Protocol, data: &[u8]) {
    let Some((&mode, script)) = data.split_first() else {
        return;
    };
    let security = if mode & 1 == 0 {
        Security::None
    } else {
        Security::Starttls
    };
    let w = world();
    let cand = Candidate {
        protocol,
        host: "127.0.0.1".into(),
        port: w.port,
        security,
        usernames: vec!["fz@example.jp".into(), "fz".into()],
        authentication: Authentication::PasswordCleartext,
        source: SettingsSource::Guess,
        documented: false,
    };
    let creds = Credentials {
        address: "fz@example.jp".into(),
        password: Some(Password::new(PASSWORD)),
    };
    let events_seen = Arc::new(Mutex::new(Vec::new()));
    let ev = events_seen.clone();
    let sink: EventSink = Arc::new(move |e| {
        if let Ok(mut v) = ev.lock() {
            v.push(format!("{e:?}"));
        }
    });
    let script = script.to_vec();
    let probes = w.rt.block_on(async {
        // Every connection gets the same script: the probes open a fresh connection after a
        // server ended one during login (popa3d does), and a listener that accepted only once
        // left that one waiting for its step timeout (2 s a run instead of milliseconds).
        let server = tokio::spawn(async move {
            while let Ok((mut s, _)) = w.listener.accept().await {
                let script = script.clone();
                tokio::spawn(async move {
                    let _ = s.write_all(&script).await;
                    let _ = s.shutdown().await;
                    let mut sink = [0u8; 4096];
                    let _ = tokio::time::timeout(Duration::from_secs(5), async {
                        while let Ok(n) = s.read(&mut sink).await {
                            if n == 0 {
                                break;
                            }
                        }
                    })
                    .await;
                    // Reset instead of TIME_WAIT: thousands of connections a second reuse ports.
                    #[allow(deprecated)]
                    let _ = s.set_linger(Some(Duration::ZERO));
                });
            }
        });
        let probe = probe_one(&cand, &creds, &w.opts, sink).await;
        server.abort();
        vec![probe]
    });
    assert_eq!(probes.len(), 1);
    let p = &probes[0];
    match p.outcome {
        Outcome::Failed => assert!(p.failure.is_some()),
        Outcome::Ok | Outcome::Skipped => assert!(p.failure.is_none()),
    }
    let json = serde_json::to_string(p).expect("json");
    assert!(!json.contains("s3cret"), "the password reached the probe output: {json}");
    for e in events_seen.lock().expect("events").iter() {
        assert!(!e.contains("s3cret"), "the password reached an event: {e}");
    }
    assert!(p.login_attempts <= 3);
}
