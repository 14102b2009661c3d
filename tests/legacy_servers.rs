//! APOP and POP before SMTP against real servers configured for them
//! (`tests/peers/legacy-up.sh`: a Dovecot POP3 with APOP and no TLS, and a Postfix without
//! AUTH whose relay decision asks a policy service fed by that Dovecot's login log).

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The two tests share the servers' logs: one at a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

struct Legacy {
    env: Value,
}

impl Legacy {
    fn get() -> Option<Legacy> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers/run/legacy.json");
        let required = ["CI", "TSUNAGU_REQUIRE_PEERS"]
            .iter()
            .any(|k| std::env::var(k).is_ok_and(|v| !v.is_empty() && v != "0" && v != "false"));
        match std::fs::read_to_string(&path) {
            Ok(s) => Some(Legacy {
                env: serde_json::from_str(&s).expect("legacy.json is JSON"),
            }),
            Err(_) if required => panic!("legacy peers not running: bash tests/peers/legacy-up.sh"),
            Err(_) => {
                eprintln!("SKIPPED: legacy peers not running (bash tests/peers/legacy-up.sh)");
                None
            }
        }
    }
    fn s(&self, k: &str) -> String {
        self.env[k].as_str().unwrap().to_string()
    }
    fn port(&self, k: &str) -> u16 {
        self.env["ports"][k].as_u64().unwrap() as u16
    }
    fn path(&self, k: &str) -> PathBuf {
        PathBuf::from(self.s(k))
    }
    /// Closes the relay window: the policy service reads logins from this log only.
    fn forget_pop_logins(&self) {
        std::fs::OpenOptions::new()
            .write(true)
            .open(self.path("dovecot_log"))
            .unwrap()
            .set_len(0)
            .unwrap();
        std::fs::write(self.path("policy_log"), "").unwrap();
    }
    fn config(&self, dir: &Path) -> PathBuf {
        self.config_with(
            dir,
            self.port("smtp_pop_before"),
            "plain",
            "password-cleartext",
        )
    }
    /// The POP3 server and one SMTP server (port, socket type, authentication).
    fn config_with(&self, dir: &Path, smtp_port: u16, socket: &str, auth: &str) -> PathBuf {
        let host = self.s("host");
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="legacy.test"><domain>legacy.test</domain>
<incomingServer type="pop3"><hostname>{host}</hostname><port>{}</port><socketType>plain</socketType>
<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>{host}</hostname><port>{smtp_port}</port><socketType>{socket}</socketType>
<username>%EMAILADDRESS%</username><authentication>{auth}</authentication></outgoingServer>
</emailProvider></clientConfig>"#,
            self.port("pop3_apop"),
        );
        let p = dir.join("legacy.xml");
        std::fs::write(&p, xml).unwrap();
        p
    }
    fn diagnose(&self, dir: &Path, password: &str, extra: &[&str]) -> (Value, String) {
        let cfg = self.config(dir);
        self.diagnose_with(&cfg, password, extra)
    }
    fn diagnose_with(&self, cfg: &Path, password: &str, extra: &[&str]) -> (Value, String) {
        let addr = self.s("address");
        let mut args = vec![
            "diagnose",
            &addr,
            "--config",
            cfg.to_str().unwrap(),
            "--password-stdin",
            "--json",
            "--timeout",
            "20",
        ];
        args.extend(extra);
        let mut child = Command::new(env!("CARGO_BIN_EXE_tsunagu"))
            .args(&args)
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            !stdout.contains(password),
            "the password leaked into the report"
        );
        let v = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
        (v, stdout)
    }
}

fn ids(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect()
}

fn probe<'a>(v: &'a Value, protocol: &str) -> &'a Value {
    v["probes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["protocol"] == protocol)
        .unwrap()
}

fn step<'a>(p: &'a Value, name: &str) -> Option<&'a Value> {
    p["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == name)
}

#[test]
fn apop_where_user_pass_is_refused_and_pop_before_smtp() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let Some(l) = Legacy::get() else { return };
    let host = l.s("host");
    let addr = l.s("address");
    // The server refuses USER/PASS here (no TLS), and its greeting offers APOP.
    let mut c = TcpStream::connect((host.as_str(), l.port("pop3_apop"))).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut r = BufReader::new(c.try_clone().unwrap());
    let mut greeting = String::new();
    r.read_line(&mut greeting).unwrap();
    assert!(greeting.starts_with("+OK") && greeting.contains('<') && greeting.contains('@'));
    writeln!(c, "USER {addr}\r").unwrap();
    let mut ans = String::new();
    r.read_line(&mut ans).unwrap();
    assert!(ans.starts_with("-ERR"), "USER was not refused: {ans}");
    drop(c);

    l.forget_pop_logins();
    let t = tempfile::tempdir().unwrap();
    let (v, out) = l.diagnose(t.path(), &l.s("password"), &[]);
    let f = ids(&v);
    // APOP: logged in without --allow-plaintext, and the finding says so.
    let pop = probe(&v, "pop3");
    assert_eq!(pop["outcome"], "ok", "{out}");
    let login = step(pop, "login").unwrap();
    assert!(
        login["detail"].as_str().unwrap().ends_with("(APOP)"),
        "{login}"
    );
    assert!(f.contains(&"apop_login".to_string()), "{f:?}");
    let dlog = std::fs::read_to_string(l.path("dovecot_log")).unwrap();
    assert!(
        dlog.contains(&format!("Login: user=<{addr}>, method=APOP")),
        "{dlog}"
    );
    // POP before SMTP: refused before the POP login, accepted right after it.
    let smtp = probe(&v, "smtp");
    let before = step(smtp, "relay_before_pop").unwrap();
    assert_eq!(before["ok"], false, "{before}");
    assert!(
        before["detail"].as_str().unwrap().contains("554"),
        "{before}"
    );
    let after = step(smtp, "relay_after_pop").unwrap();
    assert_eq!(after["ok"], true, "{after}");
    assert!(f.contains(&"pop_before_smtp".to_string()), "{f:?}");
    let finding = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "pop_before_smtp")
        .unwrap();
    let actions = finding["actions"].to_string();
    assert!(
        actions.contains("送信サーバーの認証: なし") || actions.contains("authentication: none")
    );
    assert_eq!(
        v["recommended"]["outgoing"]["authentication"],
        "smtp-after-pop"
    );
    assert!(!f.contains(&"no_outgoing".to_string()), "{f:?}");
    // The relay decisions were the real Postfix's, asked of the policy service: no, then yes.
    let plog = std::fs::read_to_string(l.path("policy_log")).unwrap();
    let actions: Vec<&str> = plog
        .lines()
        .filter_map(|x| x.split("action=").nth(1))
        .collect();
    assert_eq!(actions, ["DUNNO", "OK"], "{plog}");
    // Nothing was sent.
    let pflog = std::fs::read_to_string(l.path("postfix_log")).unwrap_or_default();
    assert!(!pflog.contains("status=sent"), "{pflog}");
}

#[test]
fn wrong_password_gives_no_pop_before_smtp() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let Some(l) = Legacy::get() else { return };
    // Run after the other test's window could be open: forget it first.
    l.forget_pop_logins();
    let t = tempfile::tempdir().unwrap();
    let (v, out) = l.diagnose(t.path(), "not-the-password", &[]);
    let f = ids(&v);
    assert!(!f.contains(&"pop_before_smtp".to_string()), "{out}");
    assert!(!f.contains(&"apop_login".to_string()), "{out}");
    assert_eq!(
        probe(&v, "pop3")["failure"]["kind"],
        "login_failed",
        "{out}"
    );
    let smtp = probe(&v, "smtp");
    assert_eq!(step(smtp, "relay_before_pop").unwrap()["ok"], false);
    assert!(
        step(smtp, "relay_after_pop").is_none(),
        "no POP login, no second look"
    );
}

#[test]
fn pop_before_smtp_behind_starttls_is_checked_before_starttls() {
    // A candidate that expects no login, on a server that offers STARTTLS and no AUTH: the
    // relay check is made on the first EHLO, before STARTTLS, so the POP probes are let go
    // early; the check after the POP login is made at the same place; STARTTLS still runs and
    // the submit check is asked inside TLS.
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let Some(l) = Legacy::get() else { return };
    if l.env["ports"].get("smtp_pop_before_starttls").is_none() {
        panic!("legacy peers too old: run bash tests/peers/legacy-up.sh again");
    }
    l.forget_pop_logins();
    let t = tempfile::tempdir().unwrap();
    let cfg = l.config_with(
        t.path(),
        l.port("smtp_pop_before_starttls"),
        "STARTTLS",
        "none",
    );
    let ca = l.s("ca");
    let (v, out) = l.diagnose_with(&cfg, &l.s("password"), &["--ca-file", &ca]);
    let f = ids(&v);
    let smtp = probe(&v, "smtp");
    assert_eq!(smtp["security"], "starttls", "{out}");
    let names: Vec<&str> = smtp["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    let at = |n: &str| {
        names
            .iter()
            .position(|x| *x == n)
            .unwrap_or_else(|| panic!("{n}: {names:?}"))
    };
    assert!(at("relay_before_pop") < at("starttls"), "{names:?}");
    assert!(at("starttls") < at("submit"), "{names:?}");
    assert_eq!(step(smtp, "starttls").unwrap()["ok"], true, "{out}");
    let before = step(smtp, "relay_before_pop").unwrap();
    assert_eq!(before["ok"], false, "{before}");
    let d = before["detail"].as_str().unwrap();
    assert!(
        d.contains("554") && d.ends_with("(before STARTTLS)"),
        "{before}"
    );
    // Postfix offers PIPELINING: STARTTLS went in the same flight (RFC 2920 lets it end one).
    assert!(d.contains("(pipelined with STARTTLS)"), "{before}");
    let after = step(smtp, "relay_after_pop").unwrap();
    assert_eq!(after["ok"], true, "{after}");
    assert!(
        after["detail"]
            .as_str()
            .unwrap()
            .ends_with("(before STARTTLS)"),
        "{after}"
    );
    assert!(f.contains(&"pop_before_smtp".to_string()), "{f:?}");
    // Postfix saw STARTTLS on the probe's connection (the check came before it).
    let pflog = std::fs::read_to_string(l.path("postfix_log")).unwrap_or_default();
    assert!(
        pflog.contains("smtp-starttls/smtpd") && pflog.contains("starttls=1"),
        "{pflog}"
    );
    assert!(!pflog.contains("status=sent"), "{pflog}");
    assert!(!pflog.contains("improper command pipelining"), "{pflog}");
    // The policy service decided: no before the POP login, yes right after it.
    let plog = std::fs::read_to_string(l.path("policy_log")).unwrap();
    let actions: Vec<&str> = plog
        .lines()
        .filter_map(|x| x.split("action=").nth(1))
        .collect();
    assert_eq!(actions.first(), Some(&"DUNNO"), "{plog}");
    assert_eq!(actions.last(), Some(&"OK"), "{plog}");
}
