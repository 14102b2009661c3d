//! `tsunagu diagnose` (the real binary) against real mail servers: Dovecot and Postfix started
//! on loopback by `tests/peers/up.sh` with seeded users (see that script for ports and users).
//!
//! Outside CI and `scripts/test.sh`, these tests skip loudly when the servers are not running;
//! under CI=true (or TSUNAGU_REQUIRE_PEERS=1) a missing server is a failure.
//! `scripts/test.sh` checks after all tests that no seeded mailbox changed.

#[path = "support/blackhole.rs"]
mod blackhole;
#[path = "support/peers.rs"]
mod peers;

use base64::Engine as _;
use blackhole::Blackhole;
use peers::{dovecot_attempts_by_port, postfix_auth_failures, Peers, Run, Srv};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

macro_rules! peers_or_skip {
    ($name:expr) => {
        match Peers::get($name) {
            Some(p) => p,
            None => return,
        }
    };
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn assert_finding(run: &Run, id: &str) {
    assert!(run.has_finding(id), "expected finding {id}: {}", run.why());
}

fn severity_of<'a>(run: &'a Run, id: &str) -> Option<&'a str> {
    run.report()["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["id"] == id)
        .and_then(|f| f["severity"].as_str())
}

// ------------------------------------------------------------------------------------------
// A healthy account

#[test]
fn healthy_account_exits_0_with_recommended_settings() {
    let p = peers_or_skip!("healthy_account_exits_0_with_recommended_settings");
    let dir = tmp();
    let user = p.user("normal");
    let cfg = p.config(dir.path(), "healthy", &p.all_servers());
    let run = p.diagnose(&user, &p.password, &cfg, &[]);
    assert_eq!(run.code, Some(0), "healthy account: {}", run.why());

    let r = run.report();
    assert_eq!(r["schema"], 1);
    assert_eq!(r["address"], user.as_str());
    assert_eq!(r["provider"]["source"], "config", "{}", run.why());

    let inc = &r["recommended"]["incoming"];
    assert_eq!(inc["protocol"], "imap", "{}", run.why());
    assert_eq!(
        inc["port"],
        p.port("imap_tls"),
        "993-style IMAP first: {}",
        run.why()
    );
    assert_eq!(inc["security"], "tls");
    assert_eq!(inc["username"], user.as_str());
    let out = &r["recommended"]["outgoing"];
    assert_eq!(out["protocol"], "smtp", "{}", run.why());
    let op = out["port"].as_u64().unwrap_or(0) as u16;
    assert!(
        op == p.port("smtp_tls") || op == p.port("smtp_submission"),
        "outgoing must be 465- or 587-style, got {op}: {}",
        run.why()
    );
    assert_ne!(op, p.port("smtp_mx"), "never the 25-style port");
    assert_ne!(out["security"], "none");

    assert!(
        !r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["severity"] == "error"),
        "no error finding for a healthy account: {}",
        run.why()
    );

    // What the servers hold, read without changing it.
    let imap = run.probe("imap", p.port("imap_tls"));
    assert_eq!(imap["outcome"], "ok", "{}", run.why());
    assert_eq!(imap["tls"]["trusted"], true);
    assert_eq!(imap["tls"]["hostname_matches"], true);
    assert_eq!(imap["mailbox"]["messages"], 5, "{}", imap);
    assert_eq!(imap["mailbox"]["unseen"], 2, "{}", imap);
    assert_eq!(
        imap["mailbox"]["quota_limit_bytes"],
        100u64 * 1024 * 1024,
        "{}",
        imap
    );
    assert!(imap["login_attempts"].as_u64().unwrap_or(0) <= 1);
    for (proto, port) in [
        ("imap", p.port("imap_starttls")),
        ("pop3", p.port("pop3_tls")),
        ("pop3", p.port("pop3_starttls")),
        ("smtp", p.port("smtp_tls")),
        ("smtp", p.port("smtp_submission")),
    ] {
        let pr = run.probe(proto, port);
        assert_eq!(pr["outcome"], "ok", "{proto} {port}: {}", run.why());
        if proto == "pop3" {
            assert_eq!(pr["mailbox"]["messages"], 5, "{pr}");
        }
    }
    // Every step of every probe is timed and named.
    for pr in run.probes() {
        for s in pr["steps"].as_array().unwrap() {
            assert!(s["ms"].is_u64() && s["step"].is_string(), "{s}");
        }
    }
    // Dovecot and Postfix take the pipelined flights (issue 11), all inside TLS: IMAP's
    // commands after the login, POP3's STAT and UIDL after the login (PIPELINING in CAPA),
    // SMTP's MAIL/RCPT/RSET (PIPELINING in EHLO), once on the relay without AUTH.
    let detail = |pr: &serde_json::Value, step: &str| -> String {
        pr["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["step"] == step)
            .map(|s| s["detail"].as_str().unwrap_or("").to_string())
            .unwrap_or_else(|| panic!("no {step} step: {pr}"))
    };
    let mut flights = 0;
    for pr in run.probes() {
        if pr["outcome"] != "ok" {
            continue;
        }
        match pr["protocol"].as_str().unwrap() {
            "imap" => assert!(detail(pr, "mailbox").ends_with("(pipelined)"), "{pr}"),
            "pop3" => assert!(detail(pr, "mailbox").contains("(pipelined)"), "{pr}"),
            _ if pr["port"] == p.port("smtp_mx") => {
                assert!(
                    detail(pr, "relay_before_pop").contains("(pipelined)"),
                    "{pr}"
                );
                assert!(detail(pr, "submit").contains("not asked again"), "{pr}");
            }
            _ => assert!(detail(pr, "submit").contains("pipelined"), "{pr}"),
        }
        flights += 1;
    }
    assert!(flights >= 6, "{}", run.why());

    let (total, slowest) = run.figures();
    eprintln!(
        "FIGURES healthy run: total {total} ms, slowest probe {slowest} ms, wall {} ms, {} probes",
        run.elapsed.as_millis(),
        run.probes().len()
    );
    if let Some(d) = p.env["run_dir"].as_str() {
        let _ = std::fs::write(
            std::path::Path::new(d).join("figures-healthy.json"),
            format!(
                "{{\"total_ms\": {total}, \"slowest_probe_ms\": {slowest}, \"wall_ms\": {}, \"probes\": {}}}\n",
                run.elapsed.as_millis(),
                run.probes().len()
            ),
        );
    }
}

// ------------------------------------------------------------------------------------------
// Findings that the seeded users make real

#[test]
fn wrong_password_is_password_rejected_with_login_failed() {
    let p = peers_or_skip!("wrong_password_is_password_rejected_with_login_failed");
    let dir = tmp();
    let user = p.user("normal");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_tls"), "SSL"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "wrongpw", &servers);
    let run = p.diagnose(&user, "not-the-password-7731", &cfg, &[]);
    assert_eq!(run.code, Some(1), "{}", run.why());
    assert_finding(&run, "password_rejected");
    assert_eq!(severity_of(&run, "password_rejected"), Some("error"));
    let imap = run.probe("imap", p.port("imap_tls"));
    assert_eq!(
        run.failure_kind(imap),
        Some("login_failed"),
        "{}",
        run.why()
    );
    assert!(imap["username"].is_string(), "a login was tried: {imap}");
    // The server answered and refused only the login: its host, port and encryption are
    // shown (so the wizard's settings are no dead end), but nothing counts as verified.
    let rec = &run.report()["recommended"];
    assert_eq!(rec["incoming"]["port"], p.port("imap_tls"), "{}", run.why());
    assert_eq!(rec["outgoing"]["port"], p.port("smtp_tls"), "{}", run.why());
    assert_eq!(rec["verified"], false, "{}", run.why());
    // The consequences point at the cause; no advice to check the server names.
    let f = &run.report()["findings"];
    assert_eq!(f[0]["id"], "password_rejected", "{}", run.why());
    let no_in = f
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "no_incoming")
        .expect("no_incoming");
    assert_eq!(no_in["follows_from"], "password_rejected", "{}", run.why());
    let actions = no_in["actions"].to_string();
    assert!(
        !actions.contains("サーバーの名前") && !actions.contains("server name"),
        "{actions}"
    );
}

#[test]
fn local_part_only_login_is_username_format() {
    let p = peers_or_skip!("local_part_only_login_is_username_format");
    let dir = tmp();
    let address = p.user("local_part_only_address");
    let local = p.user("local_part_only");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_tls"), "SSL"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "localpart", &servers);
    let run = p.diagnose(&address, &p.password, &cfg, &[]);
    assert_finding(&run, "username_format");
    assert!(!run.has_finding("password_rejected"), "{}", run.why());
    let inc = &run.report()["recommended"]["incoming"];
    assert_eq!(inc["username"], local.as_str(), "{}", run.why());
    assert_eq!(inc["port"], p.port("imap_tls"));
    let imap = run.probe("imap", p.port("imap_tls"));
    assert_eq!(imap["outcome"], "ok", "{}", run.why());
    assert_eq!(imap["username"], local.as_str());
    assert_eq!(
        imap["login_attempts"], 2,
        "address first, then the local part: {imap}"
    );
    assert_eq!(imap["mailbox"]["messages"], 2);
}

#[test]
fn imap_denied_pop_allowed_is_imap_not_enabled() {
    let p = peers_or_skip!("imap_denied_pop_allowed_is_imap_not_enabled");
    let dir = tmp();
    let user = p.user("imap_denied");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_tls"), "SSL"),
        Srv::new("pop3", &p.host, p.port("pop3_tls"), "SSL"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "popuser", &servers);
    let run = p.diagnose(&user, &p.password, &cfg, &[]);
    assert_finding(&run, "imap_not_enabled");
    assert!(
        !run.has_finding("password_rejected"),
        "POP accepted the password: {}",
        run.why()
    );
    let imap = run.probe("imap", p.port("imap_tls"));
    assert_eq!(
        run.failure_kind(imap),
        Some("login_failed"),
        "{}",
        run.why()
    );
    let pop = run.probe("pop3", p.port("pop3_tls"));
    assert_eq!(pop["outcome"], "ok", "{}", run.why());
    assert_eq!(pop["mailbox"]["messages"], 2);
    let inc = &run.report()["recommended"]["incoming"];
    assert_eq!(inc["protocol"], "pop3", "{}", run.why());
}

#[test]
fn full_mailbox_is_quota_full() {
    let p = peers_or_skip!("full_mailbox_is_quota_full");
    let dir = tmp();
    let user = p.user("quota_full");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_tls"), "SSL"),
        Srv::new("smtp", &p.host, p.port("smtp_submission"), "STARTTLS"),
    ];
    let cfg = p.config(dir.path(), "full", &servers);
    let run = p.diagnose(&user, &p.password, &cfg, &[]);
    assert_finding(&run, "quota_full");
    let mb = &run.probe("imap", p.port("imap_tls"))["mailbox"];
    let used = mb["quota_used_bytes"].as_u64().expect("quota used");
    let limit = mb["quota_limit_bytes"].as_u64().expect("quota limit");
    assert_eq!(limit, 2048, "{mb}");
    assert!(used >= limit, "{mb}");
}

#[test]
fn mail_in_junk_is_junk_has_mail() {
    let p = peers_or_skip!("mail_in_junk_is_junk_has_mail");
    let dir = tmp();
    let user = p.user("junk");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_starttls"), "STARTTLS"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "junk", &servers);
    let run = p.diagnose(&user, &p.password, &cfg, &["--situation", "cant-receive"]);
    assert_finding(&run, "junk_has_mail");
    let mb = &run.probe("imap", p.port("imap_starttls"))["mailbox"];
    assert_eq!(mb["junk_messages"], 3, "{mb}");
    assert_eq!(mb["messages"], 1, "{mb}");
}

#[test]
fn empty_pop_mailbox_when_mail_does_not_arrive_is_mailbox_empty_pop() {
    let p = peers_or_skip!("empty_pop_mailbox_when_mail_does_not_arrive_is_mailbox_empty_pop");
    let dir = tmp();
    let user = p.user("empty");
    let servers = vec![
        Srv::new("pop3", &p.host, p.port("pop3_tls"), "SSL"),
        Srv::new("pop3", &p.host, p.port("pop3_starttls"), "STARTTLS"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "empty", &servers);
    let run = p.diagnose(&user, &p.password, &cfg, &["--situation", "cant-receive"]);
    assert_finding(&run, "mailbox_empty_pop");
    let pop = run.probe("pop3", p.port("pop3_tls"));
    assert_eq!(pop["outcome"], "ok", "{}", run.why());
    assert_eq!(pop["mailbox"]["messages"], 0);
    let pop = run.probe("pop3", p.port("pop3_starttls"));
    assert_eq!(pop["outcome"], "ok", "STLS works: {}", run.why());

    // The same empty mailbox is not a finding for someone setting up a new device.
    let run = p.diagnose(&user, &p.password, &cfg, &["--situation", "new-device"]);
    assert!(!run.has_finding("mailbox_empty_pop"), "{}", run.why());
}

// ------------------------------------------------------------------------------------------
// Credentials go nowhere they can be read

/// Starts tcpdump on loopback for `filter`, or None when it cannot run here.
fn capture(path: &std::path::Path, filter: &str) -> Option<Child> {
    let mut child = Command::new("tcpdump")
        .args(["-i", "lo", "--immediate-mode", "-U", "-n", "-s", "0", "-w"])
        .arg(path)
        .arg(filter)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    // tcpdump says "listening on lo" on stderr once it captures.
    let mut err = child.stderr.take()?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::Read;
        let mut buf = [0u8; 256];
        let mut seen = Vec::new();
        while let Ok(n) = err.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if String::from_utf8_lossy(&seen).contains("listening on") {
                let _ = tx.send(());
            }
        }
    });
    if rx.recv_timeout(Duration::from_secs(5)).is_err() {
        let _ = child.kill();
        let _ = child.wait();
        return None;
    }
    Some(child)
}

fn stop_capture(mut child: Child) {
    std::thread::sleep(Duration::from_millis(300));
    // SIGTERM (by the pid of the child we started) lets tcpdump write out what it holds.
    let _ = Command::new("kill").arg(child.id().to_string()).status();
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(3) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Every way the password could travel in the clear: literally, and inside AUTH PLAIN /
/// AUTH LOGIN base64 for either username form.
fn secret_forms(user: &str, password: &str) -> Vec<Vec<u8>> {
    let b64 = |s: &[u8]| {
        base64::engine::general_purpose::STANDARD
            .encode(s)
            .into_bytes()
    };
    let local = user.split('@').next().unwrap_or(user);
    let mut v = vec![password.as_bytes().to_vec(), b64(password.as_bytes())];
    for u in [user, local] {
        v.push(b64(format!("\0{u}\0{password}").as_bytes()));
        v.push(b64(format!("{u}\0{u}\0{password}").as_bytes()));
    }
    v
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn starttls_ports_named_as_plain_say_use_starttls_or_tls_required() {
    let p = peers_or_skip!("starttls_ports_named_as_plain_say_use_starttls_or_tls_required");
    let dir = tmp();
    // The STARTTLS ports (Dovecot disable_plaintext_auth, Postfix smtpd_tls_auth_only) written
    // in the config as unencrypted, as a mail app set to "none" would use them.
    let h = p.host.clone();
    let servers = vec![
        Srv::new("imap", &h, p.port("imap_starttls"), "plain"),
        Srv::new("pop3", &h, p.port("pop3_starttls"), "plain"),
        Srv::new("smtp", &h, p.port("smtp_submission"), "plain"),
    ];
    let cfg = p.config(dir.path(), "starttls-as-plain", &servers);
    let user = p.user("normal");
    // Without --allow-plaintext: nothing sent, and the advice is STARTTLS on the same port,
    // not "no encryption is available".
    let run = p.diagnose(&user, &p.password, &cfg, &[]);
    for (proto, port) in [
        ("imap", p.port("imap_starttls")),
        ("pop3", p.port("pop3_starttls")),
        ("smtp", p.port("smtp_submission")),
    ] {
        let pr = run.probe(proto, port);
        assert_eq!(
            run.failure_kind(pr),
            Some("plaintext_refused"),
            "{proto}: {}",
            run.why()
        );
    }
    assert_finding(&run, "use_starttls");
    assert!(!run.has_finding("plaintext_only"), "{}", run.why());
    // With --allow-plaintext: Postfix offers AUTH only after STARTTLS (EHLO without AUTH):
    // tls_required before trying, never a wrong password. (Dovecot counts connections from
    // the same loopback address as secure, so its IMAP/POP3 logins work here; the chosen
    // unencrypted setting still gets the STARTTLS advice.)
    let run = p.diagnose(&user, &p.password, &cfg, &["--allow-plaintext"]);
    let pr = run.probe("smtp", p.port("smtp_submission"));
    assert_eq!(run.failure_kind(pr), Some("tls_required"), "{}", run.why());
    assert_eq!(pr["login_attempts"].as_u64().unwrap_or(0), 0, "{pr}");
    assert!(pr["username"].is_null(), "{pr}");
    assert_finding(&run, "tls_required");
    assert_finding(&run, "use_starttls");
    assert!(!run.has_finding("password_rejected"), "{}", run.why());
    assert!(!run.has_finding("plaintext_only"), "{}", run.why());
}

#[test]
fn plaintext_servers_get_no_password_unless_allowed() {
    let p = peers_or_skip!("plaintext_servers_get_no_password_unless_allowed");
    let dir = tmp();
    // A user that exists only for this test's refused run: any log line naming it would
    // mean something was sent.
    let user = format!("plain-check@{}", p.domain);
    let h = p.plain_host.clone();
    let servers = vec![
        Srv::new("imap", &h, p.port("imap_plain"), "plain"),
        Srv::new("pop3", &h, p.port("pop3_plain"), "plain"),
        Srv::new("smtp", &h, p.port("smtp_plain"), "plain"),
    ];
    let cfg = p.config(dir.path(), "plain", &servers);
    let pw = "plain-secret-4419";
    let pcap = dir.path().join("plain.pcap");
    let cap = capture(&pcap, &format!("host {h}"));
    if cap.is_none() && peers::peers_required() {
        panic!("tcpdump could not capture on lo (needed to prove nothing was sent)");
    }
    let mark = p.log_mark();
    let run = p.diagnose(&user, pw, &cfg, &[]);
    let (dlog, plog) = p.log_since(&mark);
    if let Some(c) = cap {
        stop_capture(c);
        let bytes = std::fs::read(&pcap).expect("read capture");
        assert!(
            bytes.len() > 200,
            "the capture saw the connections ({} bytes)",
            bytes.len()
        );
        for form in secret_forms(&user, pw) {
            assert!(
                !contains(&bytes, &form),
                "the password went over the wire in the clear ({:?})",
                String::from_utf8_lossy(&form)
            );
        }
    }
    assert_eq!(run.code, Some(1), "{}", run.why());
    for (proto, port) in [
        ("imap", p.port("imap_plain")),
        ("pop3", p.port("pop3_plain")),
        ("smtp", p.port("smtp_plain")),
    ] {
        let pr = run.probe(proto, port);
        assert_eq!(
            run.failure_kind(pr),
            Some("plaintext_refused"),
            "{proto}: {}",
            run.why()
        );
        assert!(pr["username"].is_null(), "no login was tried: {pr}");
        assert_eq!(pr["login_attempts"].as_u64().unwrap_or(0), 0, "{pr}");
    }
    assert_finding(&run, "plaintext_only");
    assert!(!dlog.contains(&user), "Dovecot saw the user:\n{dlog}");
    assert!(!plog.contains(&user), "Postfix saw the user:\n{plog}");
    assert!(
        dlog.contains("lip=127.0.0.2") && dlog.contains("no auth attempts"),
        "the plain servers were reached without a login:\n{dlog}"
    );

    // With --allow-plaintext the person has chosen it: the logins work in the clear, and
    // the finding says the provider offers no encryption.
    // The same capture sees the password this time: the check above can see a leak.
    let user = p.user("normal");
    let pcap2 = dir.path().join("allowed.pcap");
    let cap = capture(&pcap2, &format!("host {h}"));
    let run = p.diagnose(&user, &p.password, &cfg, &["--allow-plaintext"]);
    if let Some(c) = cap {
        stop_capture(c);
        let bytes = std::fs::read(&pcap2).expect("read capture");
        assert!(
            secret_forms(&user, &p.password)
                .iter()
                .any(|f| contains(&bytes, f)),
            "with --allow-plaintext the capture shows the password in the clear"
        );
    }
    let imap = run.probe("imap", p.port("imap_plain"));
    assert_eq!(imap["outcome"], "ok", "{}", run.why());
    assert_eq!(imap["mailbox"]["messages"], 5);
    assert_eq!(
        run.probe("pop3", p.port("pop3_plain"))["outcome"],
        "ok",
        "{}",
        run.why()
    );
    assert_eq!(
        run.probe("smtp", p.port("smtp_plain"))["outcome"],
        "ok",
        "{}",
        run.why()
    );
    assert_finding(&run, "plaintext_only");
    assert_eq!(
        run.report()["recommended"]["incoming"]["security"],
        "none",
        "{}",
        run.why()
    );
}

#[test]
fn untrusted_certificate_gets_no_credentials() {
    let p = peers_or_skip!("untrusted_certificate_gets_no_credentials");
    let dir = tmp();
    let user = format!("untrusted-check@{}", p.domain);
    let cfg = p.config(dir.path(), "untrusted", &p.all_servers());
    let mark = p.log_mark();
    // Without --ca-file the test CA is unknown, as an unknown CA is to a user's mail app.
    let run = p.diagnose(&user, "untrusted-secret-5521", &cfg, &["--no-ca"]);
    let (dlog, plog) = p.log_since(&mark);
    assert_eq!(run.code, Some(1), "{}", run.why());
    for pr in run.probes() {
        assert_eq!(run.failure_kind(pr), Some("tls_untrusted"), "{}", run.why());
        assert!(
            pr["username"].is_null(),
            "no login after a failed verification: {pr}"
        );
        assert_eq!(pr["tls"]["trusted"], false, "{pr}");
        assert!(
            pr["tls"]["issuer"]
                .as_str()
                .unwrap_or("")
                .contains("Tsunagu Test CA"),
            "{pr}"
        );
    }
    assert_finding(&run, "tls_certificate_invalid");
    assert!(!dlog.contains(&user), "Dovecot saw the user:\n{dlog}");
    assert!(!plog.contains(&user), "Postfix saw the user:\n{plog}");
}

#[test]
fn certificate_for_another_name_gets_no_credentials() {
    let p = peers_or_skip!("certificate_for_another_name_gets_no_credentials");
    let dir = tmp();
    let user = format!("mismatch-check@{}", p.domain);
    let servers = vec![Srv::new(
        "imap",
        &p.mismatch_host,
        p.port("imap_tls"),
        "SSL",
    )];
    let cfg = p.config(dir.path(), "mismatch", &servers);
    let mark = p.log_mark();
    let run = p.diagnose(&user, "mismatch-secret-8812", &cfg, &[]);
    let (dlog, _) = p.log_since(&mark);
    let pr = run.probe("imap", p.port("imap_tls"));
    assert_eq!(
        run.failure_kind(pr),
        Some("tls_hostname_mismatch"),
        "{}",
        run.why()
    );
    assert!(pr["username"].is_null(), "{pr}");
    assert_eq!(pr["tls"]["hostname_matches"], false, "{pr}");
    assert_finding(&run, "tls_certificate_invalid");
    assert!(!dlog.contains(&user), "Dovecot saw the user:\n{dlog}");
}

#[test]
fn at_most_three_login_attempts_per_server() {
    let p = peers_or_skip!("at_most_three_login_attempts_per_server");
    let dir = tmp();
    let user = p.user("capped");
    let cfg = p.config(dir.path(), "capped", &p.all_servers());
    let mark = p.log_mark();
    let run = p.diagnose(&user, "capped-wrong-3391", &cfg, &[]);
    let (dlog, plog) = p.log_since(&mark);
    assert_finding(&run, "password_rejected");
    for pr in run.probes() {
        let n = pr["login_attempts"].as_u64().unwrap_or(0);
        assert!(n <= 3, "{n} attempts reported by {pr}");
        // A probe whose login was refused says so, even when the cap stopped its next try.
        if n > 0 {
            assert_eq!(pr["outcome"], "failed", "{}", run.why());
            assert_eq!(run.failure_kind(pr), Some("login_failed"), "{}", run.why());
        }
    }
    // What the servers counted, per listening port / Postfix service.
    let local = user.split('@').next().unwrap();
    let mut per_port = dovecot_attempts_by_port(&dlog, &user);
    for (port, n) in dovecot_attempts_by_port(&dlog, local) {
        *per_port.entry(port).or_insert(0) += n;
    }
    let mut per_svc = postfix_auth_failures(&plog, &user);
    for (svc, n) in postfix_auth_failures(&plog, local) {
        *per_svc.entry(svc).or_insert(0) += n;
    }
    eprintln!("login attempts seen by Dovecot per port {per_port:?}, by Postfix {per_svc:?}");
    assert!(
        per_port.values().sum::<u32>() > 0,
        "Dovecot logged the failed logins:\n{dlog}"
    );
    assert!(
        per_svc.values().sum::<u32>() > 0,
        "Postfix logged the failed AUTH:\n{plog}"
    );
    for (port, n) in &per_port {
        assert!(
            *n <= 3,
            "{n} login attempts on Dovecot port {port}:\n{dlog}"
        );
    }
    for (svc, n) in &per_svc {
        assert!(*n <= 3, "{n} AUTH attempts on Postfix {svc}:\n{plog}");
    }
    // The engine counts failed attempts per host (one host serves all three protocols here).
    let host_total = per_port.values().sum::<u32>() + per_svc.values().sum::<u32>();
    assert!(
        host_total <= 3,
        "{host_total} failed logins on one host in one run"
    );
    // Dovecot's auth process logs one "Password mismatch" per checked password, whatever
    // the protocol: at most 3 per endpoint in total.
    let mismatches = dlog
        .lines()
        .filter(|l| {
            l.contains("Password mismatch")
                && (l.contains(&format!("({user},")) || l.contains(&format!("({local},")))
        })
        .count();
    assert!(
        mismatches <= 3 * run.probes().len(),
        "{mismatches} password checks"
    );
}

// ------------------------------------------------------------------------------------------
// A port that never answers

/// A loopback port nobody listens on (picked by the kernel, then released).
fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().unwrap().port()
}

#[test]
fn blackholed_ports_end_within_the_deadline_and_report_the_working_ones() {
    let p = peers_or_skip!("blackholed_ports_end_within_the_deadline_and_report_the_working_ones");
    let (dead_imap, dead_smtp) = (free_port(), free_port());
    let _bh = match Blackhole::new("ip", "127.0.0.1", &[dead_imap, dead_smtp]) {
        Ok(b) => b,
        Err(e) if !peers::peers_required() => {
            eprintln!("\n######## SKIPPED blackhole test: cannot add a firewall rule here ({e})\n");
            return;
        }
        Err(e) => panic!("cannot add the firewall DROP rule: {e}"),
    };
    // The rule really drops: a plain connect gets no answer.
    let t = Instant::now();
    let r = std::net::TcpStream::connect_timeout(
        &format!("127.0.0.1:{dead_smtp}").parse().unwrap(),
        Duration::from_millis(700),
    );
    assert!(
        r.is_err() && t.elapsed() >= Duration::from_millis(600),
        "DROP is not in effect"
    );

    let dir = tmp();
    let user = p.user("normal");
    let h = p.host.as_str();
    let servers = vec![
        Srv::new("imap", h, dead_imap, "SSL"),
        Srv::new("imap", h, p.port("imap_tls"), "SSL"),
        Srv::new("smtp", h, dead_smtp, "STARTTLS"),
        Srv::new("smtp", h, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "blackhole", &servers);
    let deadline = 8u64;
    let run = p.diagnose(
        &user,
        &p.password,
        &cfg,
        &["--timeout", &deadline.to_string()],
    );
    // The binary's own start and exit are included: allow 3 s on a loaded 2-core machine.
    assert!(
        run.elapsed < Duration::from_secs(deadline + 3),
        "took {:?} with a {deadline} s deadline",
        run.elapsed
    );
    let report_ms = run.report()["ms"].as_u64().unwrap_or(u64::MAX);
    assert!(report_ms <= deadline * 1000 + 500, "report ms {report_ms}");
    for port in [dead_imap, dead_smtp] {
        let pr = run
            .probes()
            .into_iter()
            .find(|x| x["port"] == port)
            .cloned();
        let pr = pr.unwrap_or_else(|| panic!("no probe for {port}: {}", run.why()));
        assert_eq!(pr["outcome"], "failed", "{pr}");
        assert_eq!(pr["failure"]["kind"], "connect_timeout", "{pr}");
        assert!(pr["username"].is_null(), "{pr}");
    }
    assert_eq!(
        run.probe("imap", p.port("imap_tls"))["outcome"],
        "ok",
        "{}",
        run.why()
    );
    assert_eq!(
        run.probe("smtp", p.port("smtp_tls"))["outcome"],
        "ok",
        "{}",
        run.why()
    );
    let rec = &run.report()["recommended"];
    assert_eq!(rec["incoming"]["port"], p.port("imap_tls"), "{}", run.why());
    assert_eq!(rec["outgoing"]["port"], p.port("smtp_tls"), "{}", run.why());
}

// ------------------------------------------------------------------------------------------
// Input checks that need no server but run the same binary

#[test]
fn password_never_printed_even_in_text_mode() {
    let p = peers_or_skip!("password_never_printed_even_in_text_mode");
    let dir = tmp();
    let user = p.user("normal");
    let cfg = p.config(dir.path(), "text", &p.all_servers());
    // Wrong and right password, text and JSON output, Japanese and English.
    for pw in ["visible-if-leaked-6617", p.password.as_str()] {
        for lang in ["ja", "en"] {
            let args: Vec<String> = [
                "diagnose",
                &user,
                "--password-stdin",
                "--config",
                &cfg.display().to_string(),
                "--ca-file",
                &p.ca_file.display().to_string(),
                "--lang",
                lang,
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            let run = peers::run_tsunagu(&args, Some(pw));
            run.assert_no_secret(pw);
            assert!(
                run.code == Some(0) || run.code == Some(1),
                "exit {:?}: {}",
                run.code,
                run.stderr
            );
            assert!(!run.stdout.is_empty(), "text report printed");
        }
    }
}

// ------------------------------------------------------------------------------------------
// Sending: never without --send-test; with it, one message to the address itself

fn inbox_count(p: &Peers, user: &str) -> u64 {
    let conf = p.env["dovecot_conf"]
        .as_str()
        .expect("dovecot_conf in env.json");
    let out = Command::new("doveadm")
        .args([
            "-c", conf, "-f", "flow", "mailbox", "status", "-u", user, "messages", "INBOX",
        ])
        .output()
        .expect("run doveadm");
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace()
        .find_map(|w| w.strip_prefix("messages="))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            panic!(
                "doveadm said {text:?} {}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
}

#[test]
fn smtp_sends_data_only_with_send_test() {
    let p = peers_or_skip!("smtp_sends_data_only_with_send_test");
    let dir = tmp();
    let user = p.user("send_test");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_tls"), "SSL"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
        Srv::new("smtp", &p.host, p.port("smtp_submission"), "STARTTLS"),
    ];
    let cfg = p.config(dir.path(), "sendtest", &servers);
    let before = inbox_count(&p, &user);
    let mark = p.log_mark();
    let run = p.diagnose(&user, &p.password, &cfg, &[]);
    assert_eq!(run.code, Some(0), "{}", run.why());
    std::thread::sleep(Duration::from_millis(1000));
    let (_, plog) = p.log_since(&mark);
    assert_eq!(
        inbox_count(&p, &user),
        before,
        "nothing was delivered without --send-test"
    );
    for l in plog.lines().filter(|l| l.contains(" disconnect from ")) {
        assert!(!l.contains(" data="), "a DATA command was sent: {l}");
    }
    assert!(
        plog.contains("rset="),
        "the submission check ended with RSET:\n{plog}"
    );

    let run = p.diagnose(&user, &p.password, &cfg, &["--send-test"]);
    assert_eq!(run.code, Some(0), "{}", run.why());
    let sent: Vec<_> = run
        .probes()
        .into_iter()
        .filter(|pr| {
            pr["steps"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["step"] == "send_test")
        })
        .collect();
    assert_eq!(
        sent.len(),
        1,
        "one test message, from one outgoing server: {}",
        run.why()
    );
    let step = sent[0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == "send_test")
        .unwrap();
    assert_eq!(step["ok"], true, "{step}");
    let t = Instant::now();
    while inbox_count(&p, &user) < before + 1 && t.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(
        inbox_count(&p, &user),
        before + 1,
        "the test message arrived"
    );
}

// ------------------------------------------------------------------------------------------
// Ports that refuse or never answer, and a server without STARTTLS

fn nothing_listens(port: u16) -> bool {
    std::net::TcpStream::connect_timeout(
        &format!("127.0.0.1:{port}").parse().unwrap(),
        Duration::from_millis(500),
    )
    .map(|_| false)
    .unwrap_or_else(|e| e.kind() == std::io::ErrorKind::ConnectionRefused)
}

fn blackhole_or_skip(ports: &[u16], test: &str) -> Option<Blackhole> {
    match Blackhole::new("ip", "127.0.0.1", ports) {
        Ok(b) => Some(b),
        Err(e) if !peers::peers_required() => {
            eprintln!("\n######## SKIPPED {test}: cannot add a firewall rule here ({e})\n");
            None
        }
        Err(e) => panic!("cannot add the firewall DROP rule: {e}"),
    }
}

#[test]
fn port_25_refused_or_silent_while_465_works_is_smtp_port25_blocked() {
    let p = peers_or_skip!("port_25_refused_or_silent_while_465_works_is_smtp_port25_blocked");
    // Port 25 is shared by the whole machine: wait a little if another run's DROP is active.
    let t = Instant::now();
    while !nothing_listens(25) && t.elapsed() < Duration::from_secs(15) {
        std::thread::sleep(Duration::from_millis(500));
    }
    assert!(
        nothing_listens(25),
        "127.0.0.1:25 does not refuse (a system MTA listening, or a firewall rule): this test \
         needs it closed"
    );
    let dir = tmp();
    let user = p.user("normal");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_tls"), "SSL"),
        Srv::new("smtp", &p.host, 25, "STARTTLS"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "port25", &servers);
    // Refused: nothing listens on 25.
    let run = p.diagnose(&user, &p.password, &cfg, &["--situation", "cant-send"]);
    assert_eq!(
        run.failure_kind(run.probe("smtp", 25)),
        Some("connect_refused"),
        "{}",
        run.why()
    );
    assert_finding(&run, "smtp_port25_blocked");
    assert_eq!(
        run.report()["recommended"]["outgoing"]["port"],
        p.port("smtp_tls")
    );
    assert_eq!(
        run.code,
        Some(0),
        "465 works, so sending works: {}",
        run.why()
    );

    // Silent: a firewall drops what goes to 25 (as an ISP's Outbound Port 25 Blocking may).
    let Some(_bh) = blackhole_or_skip(&[25], "port 25 silent") else {
        return;
    };
    let run = p.diagnose(
        &user,
        &p.password,
        &cfg,
        &["--situation", "cant-send", "--timeout", "8"],
    );
    assert_eq!(
        run.failure_kind(run.probe("smtp", 25)),
        Some("connect_timeout"),
        "{}",
        run.why()
    );
    assert_finding(&run, "smtp_port25_blocked");
    assert!(
        run.elapsed < Duration::from_secs(11),
        "took {:?}",
        run.elapsed
    );
}

#[test]
fn every_port_silent_is_network_blocked_within_the_deadline() {
    let p = peers_or_skip!("every_port_silent_is_network_blocked_within_the_deadline");
    let ports = [free_port(), free_port(), free_port()];
    let Some(_bh) = blackhole_or_skip(&ports, "every_port_silent") else {
        return;
    };
    let dir = tmp();
    let servers = vec![
        Srv::new("imap", &p.host, ports[0], "SSL"),
        Srv::new("pop3", &p.host, ports[1], "SSL"),
        Srv::new("smtp", &p.host, ports[2], "SSL"),
    ];
    let cfg = p.config(dir.path(), "silent", &servers);
    let deadline = 6u64;
    let run = p.diagnose(
        &p.user("normal"),
        &p.password,
        &cfg,
        &["--timeout", &deadline.to_string()],
    );
    assert!(
        run.elapsed < Duration::from_secs(deadline + 3),
        "took {:?}",
        run.elapsed
    );
    assert_eq!(run.code, Some(1), "{}", run.why());
    for pr in run.probes() {
        assert_eq!(
            run.failure_kind(pr),
            Some("connect_timeout"),
            "{}",
            run.why()
        );
    }
    assert_finding(&run, "network_blocked");
}

#[test]
fn every_port_refused_is_server_unreachable() {
    let p = peers_or_skip!("every_port_refused_is_server_unreachable");
    let ports = [free_port(), free_port(), free_port()];
    let dir = tmp();
    let servers = vec![
        Srv::new("imap", &p.host, ports[0], "SSL"),
        Srv::new("pop3", &p.host, ports[1], "STARTTLS"),
        Srv::new("smtp", &p.host, ports[2], "SSL"),
    ];
    let cfg = p.config(dir.path(), "refused", &servers);
    let run = p.diagnose(&p.user("normal"), &p.password, &cfg, &[]);
    assert_eq!(run.code, Some(1), "{}", run.why());
    for pr in run.probes() {
        assert_eq!(
            run.failure_kind(pr),
            Some("connect_refused"),
            "{}",
            run.why()
        );
    }
    assert_finding(&run, "server_unreachable");
    assert!(
        !run.has_finding("network_blocked"),
        "refused is not silent: {}",
        run.why()
    );
    assert!(
        run.elapsed < Duration::from_secs(5),
        "refusals are quick: {:?}",
        run.elapsed
    );
}

#[test]
fn no_starttls_offered_is_starttls_missing_and_gets_no_credentials() {
    let p = peers_or_skip!("no_starttls_offered_is_starttls_missing_and_gets_no_credentials");
    let dir = tmp();
    let user = format!("starttls-check@{}", p.domain);
    let h = p.plain_host.clone();
    let servers = vec![
        Srv::new("imap", &h, p.port("imap_plain"), "STARTTLS"),
        Srv::new("pop3", &h, p.port("pop3_plain"), "STARTTLS"),
        Srv::new("smtp", &h, p.port("smtp_plain"), "STARTTLS"),
    ];
    let cfg = p.config(dir.path(), "nostarttls", &servers);
    let mark = p.log_mark();
    let run = p.diagnose(&user, "starttls-secret-2290", &cfg, &[]);
    let (dlog, plog) = p.log_since(&mark);
    assert_eq!(run.code, Some(1), "{}", run.why());
    for pr in run.probes() {
        assert_eq!(
            run.failure_kind(pr),
            Some("starttls_unavailable"),
            "{}",
            run.why()
        );
        assert!(pr["username"].is_null(), "{pr}");
    }
    assert_finding(&run, "starttls_missing");
    assert!(!dlog.contains(&user), "Dovecot saw the user:\n{dlog}");
    assert!(!plog.contains(&user), "Postfix saw the user:\n{plog}");
}

#[test]
fn mailbox_over_90_percent_is_quota_nearly_full() {
    let p = peers_or_skip!("mailbox_over_90_percent_is_quota_nearly_full");
    let dir = tmp();
    let user = p.user("quota_nearly_full");
    let servers = vec![
        Srv::new("imap", &p.host, p.port("imap_tls"), "SSL"),
        Srv::new("smtp", &p.host, p.port("smtp_tls"), "SSL"),
    ];
    let cfg = p.config(dir.path(), "nearly", &servers);
    let run = p.diagnose(&user, &p.password, &cfg, &[]);
    assert_finding(&run, "quota_nearly_full");
    assert!(!run.has_finding("quota_full"), "{}", run.why());
    let mb = &run.probe("imap", p.port("imap_tls"))["mailbox"];
    let used = mb["quota_used_bytes"].as_u64().expect("quota used");
    let limit = mb["quota_limit_bytes"].as_u64().expect("quota limit");
    assert_eq!(limit, 20 * 1024, "{mb}");
    assert!(used * 10 >= limit * 9 && used < limit, "{mb}");
}
