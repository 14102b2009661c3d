//! The real test mail servers started by `tests/peers/up.sh` (Dovecot + Postfix on loopback),
//! seen from a test: where they listen, who the seeded users are, how to run the `tsunagu`
//! binary against them, and how to read what the servers logged during one run.
//!
//! Use from a test file with `#[path = "support/peers.rs"] mod peers;`.

#![allow(dead_code)]

use serde_json::Value;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The description written by up.sh (`tests/peers/run/env.json`).
pub struct Peers {
    pub env: Value,
    pub ca_file: PathBuf,
    pub dovecot_log: PathBuf,
    pub postfix_log: PathBuf,
    pub password: String,
    pub host: String,
    pub plain_host: String,
    pub mismatch_host: String,
    pub domain: String,
}

fn env_path() -> PathBuf {
    if let Ok(p) = std::env::var("TSUNAGU_PEERS_ENV") {
        return PathBuf::from(p);
    }
    if let Ok(run) = std::env::var("TSUNAGU_PEERS_RUN") {
        return Path::new(&run).join("env.json");
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers/run/env.json")
}

/// True where a missing peer must fail the test instead of skipping it.
pub fn peers_required() -> bool {
    let set = |k: &str| {
        std::env::var(k)
            .map(|v| !v.is_empty() && v != "0" && v != "false")
            .unwrap_or(false)
    };
    set("CI") || set("TSUNAGU_REQUIRE_PEERS")
}

fn port_open(host: &str, port: u16) -> bool {
    let addr = format!("{host}:{port}");
    match addr.parse() {
        Ok(a) => std::net::TcpStream::connect_timeout(&a, Duration::from_millis(500)).is_ok(),
        Err(_) => false,
    }
}

impl Peers {
    /// The running peers, or `None` (with a loud message) when they are not running and this
    /// is neither CI nor `scripts/test.sh`. There a missing peer panics: it is a failure.
    pub fn get(test: &str) -> Option<Peers> {
        let path = env_path();
        let problem = match std::fs::read_to_string(&path) {
            Err(e) => Some(format!("{} unreadable ({e})", path.display())),
            Ok(text) => match serde_json::from_str::<Value>(&text) {
                Err(e) => Some(format!("{} is not JSON ({e})", path.display())),
                Ok(env) => {
                    let p = Peers::from_env(env);
                    if port_open(&p.host, p.port("imap_tls")) {
                        return Some(p);
                    }
                    Some(format!(
                        "{} exists but nothing listens on {}:{}",
                        path.display(),
                        p.host,
                        p.port("imap_tls")
                    ))
                }
            },
        };
        let problem = problem.unwrap_or_default();
        if peers_required() {
            panic!(
                "{test}: the test mail servers are required here (CI / scripts/test.sh) but \
                 are not running: {problem}. Start them with `bash tests/peers/up.sh`."
            );
        }
        eprintln!(
            "\n################ SKIPPED {test}: test mail servers not running ({problem}).\n\
             ################ Run `bash tests/peers/up.sh` first, or `bash scripts/test.sh`.\n"
        );
        None
    }

    fn from_env(env: Value) -> Peers {
        let s = |k: &str| env[k].as_str().unwrap_or_default().to_string();
        Peers {
            ca_file: PathBuf::from(s("ca_file")),
            dovecot_log: PathBuf::from(s("dovecot_log")),
            postfix_log: PathBuf::from(s("postfix_log")),
            password: s("password"),
            host: s("host"),
            plain_host: s("plain_host"),
            mismatch_host: s("mismatch_host"),
            domain: s("domain"),
            env,
        }
    }

    /// A port by its name in env.json (`imap_tls`, `smtp_submission`, …).
    pub fn port(&self, name: &str) -> u16 {
        self.env["ports"][name]
            .as_u64()
            .unwrap_or_else(|| panic!("no port {name} in env.json")) as u16
    }

    /// A seeded user by role (`normal`, `local_part_only`, `imap_denied`, …).
    pub fn user(&self, role: &str) -> String {
        self.env["users"][role]
            .as_str()
            .unwrap_or_else(|| panic!("no user {role} in env.json"))
            .to_string()
    }

    /// Current end of both server logs, to read only what one run adds.
    pub fn log_mark(&self) -> LogMark {
        let len = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        LogMark {
            dovecot: len(&self.dovecot_log),
            postfix: len(&self.postfix_log),
        }
    }

    /// What the servers logged since `mark` (Dovecot first, then Postfix). Waits briefly so
    /// the servers' last lines of the run (disconnects) are written.
    pub fn log_since(&self, mark: &LogMark) -> (String, String) {
        std::thread::sleep(Duration::from_millis(400));
        let read_from = |p: &Path, off: u64| -> String {
            let mut f = match std::fs::File::open(p) {
                Ok(f) => f,
                Err(_) => return String::new(),
            };
            if f.seek(SeekFrom::Start(off)).is_err() {
                return String::new();
            }
            let mut s = String::new();
            let _ = f.read_to_string(&mut s);
            s
        };
        (
            read_from(&self.dovecot_log, mark.dovecot),
            read_from(&self.postfix_log, mark.postfix),
        )
    }

    /// Writes a Thunderbird clientConfig 1.1 file with these servers.
    pub fn config(&self, dir: &Path, name: &str, servers: &[Srv]) -> PathBuf {
        let mut xml = String::new();
        xml.push_str(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">\n",
        );
        xml.push_str(&format!(
            "  <emailProvider id=\"{d}\">\n    <domain>{d}</domain>\n    \
             <displayName>Tsunagu Test Mail</displayName>\n    \
             <displayShortName>Tsunagu Test</displayShortName>\n",
            d = self.domain
        ));
        for s in servers {
            let (tag, ty) = match s.protocol {
                "smtp" => ("outgoingServer", "smtp"),
                p => ("incomingServer", p),
            };
            xml.push_str(&format!(
                "    <{tag} type=\"{ty}\">\n      <hostname>{}</hostname>\n      \
                 <port>{}</port>\n      <socketType>{}</socketType>\n      \
                 <authentication>password-cleartext</authentication>\n      \
                 <username>{}</username>\n    </{tag}>\n",
                s.host, s.port, s.socket, s.username
            ));
        }
        xml.push_str("  </emailProvider>\n</clientConfig>\n");
        let path = dir.join(format!("{name}.xml"));
        std::fs::write(&path, xml).expect("write config xml");
        path
    }

    /// The standard servers of the peers: IMAP/POP3 with TLS and STARTTLS, SMTP 465/587/25.
    pub fn all_servers(&self) -> Vec<Srv> {
        let h = self.host.as_str();
        vec![
            Srv::new("imap", h, self.port("imap_tls"), "SSL"),
            Srv::new("imap", h, self.port("imap_starttls"), "STARTTLS"),
            Srv::new("pop3", h, self.port("pop3_tls"), "SSL"),
            Srv::new("pop3", h, self.port("pop3_starttls"), "STARTTLS"),
            Srv::new("smtp", h, self.port("smtp_tls"), "SSL"),
            Srv::new("smtp", h, self.port("smtp_submission"), "STARTTLS"),
            Srv::new("smtp", h, self.port("smtp_mx"), "STARTTLS"),
        ]
    }

    /// Runs `tsunagu diagnose <address> --password-stdin --json --config <xml>` (plus
    /// `--ca-file <test CA>` unless `extra` says `--no-ca`), feeding `password` on stdin.
    /// Every run is checked for the password in its stdout and stderr.
    pub fn diagnose(&self, address: &str, password: &str, config: &Path, extra: &[&str]) -> Run {
        let mut args: Vec<String> = vec![
            "diagnose".into(),
            address.into(),
            "--password-stdin".into(),
            "--json".into(),
            "--lang".into(),
            "en".into(),
            "--config".into(),
            config.display().to_string(),
        ];
        let mut with_ca = true;
        for e in extra {
            if *e == "--no-ca" {
                with_ca = false;
            } else {
                args.push((*e).to_string());
            }
        }
        if with_ca {
            args.push("--ca-file".into());
            args.push(self.ca_file.display().to_string());
        }
        let run = run_tsunagu(&args, Some(password));
        run.assert_no_secret(password);
        run
    }
}

pub struct LogMark {
    dovecot: u64,
    postfix: u64,
}

/// One server entry of a clientConfig file.
#[derive(Clone)]
pub struct Srv {
    pub protocol: &'static str,
    pub host: String,
    pub port: u16,
    /// SSL, STARTTLS or plain.
    pub socket: &'static str,
    pub username: &'static str,
}

impl Srv {
    pub fn new(protocol: &'static str, host: &str, port: u16, socket: &'static str) -> Srv {
        Srv {
            protocol,
            host: host.to_string(),
            port,
            socket,
            username: "%EMAILADDRESS%",
        }
    }
}

/// What one run of the binary gave.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub json: Option<Value>,
    pub elapsed: Duration,
    pub args: Vec<String>,
}

/// Runs the `tsunagu` binary with `args`, `password` on stdin (or empty stdin), no terminal.
pub fn run_tsunagu(args: &[String], password: Option<&str>) -> Run {
    let t0 = Instant::now();
    // TSUNAGU_TEST_BIN: another build of the same program to run instead, such as the
    // Windows tsunagu.exe under Wine (scripts/windows.sh --test).
    let bin = std::env::var_os("TSUNAGU_TEST_BIN")
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_tsunagu").into());
    let mut child = Command::new(bin)
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the tsunagu binary");
    {
        let mut stdin = child.stdin.take().expect("stdin");
        if let Some(p) = password {
            let _ = writeln!(stdin, "{p}");
        }
    }
    let out = child.wait_with_output().expect("wait for tsunagu");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_str(stdout.trim()).ok();
    Run {
        code: out.status.code(),
        stdout,
        stderr,
        json,
        elapsed: t0.elapsed(),
        args: args.to_vec(),
    }
}

impl Run {
    /// The JSON report, or a panic that shows what the binary printed.
    pub fn report(&self) -> &Value {
        self.json.as_ref().unwrap_or_else(|| {
            panic!(
                "no JSON report from `tsunagu {}` (exit {:?})\nstdout:\n{}\nstderr:\n{}",
                self.args.join(" "),
                self.code,
                self.stdout,
                self.stderr
            )
        })
    }

    /// A short description for assertion messages.
    pub fn why(&self) -> String {
        let mut s = format!("exit {:?}; ", self.code);
        if let Some(r) = &self.json {
            s.push_str(&format!("findings {:?}; ", self.finding_ids()));
            for p in r["probes"].as_array().into_iter().flatten() {
                s.push_str(&format!(
                    "\n  {} {}:{} {} user={} -> {} {}",
                    p["protocol"].as_str().unwrap_or("?"),
                    p["host"].as_str().unwrap_or("?"),
                    p["port"],
                    p["security"].as_str().unwrap_or("?"),
                    p["username"],
                    p["outcome"].as_str().unwrap_or("?"),
                    p["failure"]
                ));
            }
            s.push_str(&format!("\n  recommended {}", r["recommended"]));
        } else {
            s.push_str(&format!("stdout: {}\nstderr: {}", self.stdout, self.stderr));
        }
        s
    }

    pub fn finding_ids(&self) -> Vec<String> {
        self.report()["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["id"].as_str().map(String::from))
            .collect()
    }

    pub fn has_finding(&self, id: &str) -> bool {
        self.finding_ids().iter().any(|f| f == id)
    }

    pub fn probes(&self) -> Vec<&Value> {
        self.report()["probes"]
            .as_array()
            .into_iter()
            .flatten()
            .collect()
    }

    /// The probe of `protocol` on `port` (panics when absent).
    pub fn probe(&self, protocol: &str, port: u16) -> &Value {
        self.probes()
            .into_iter()
            .find(|p| p["protocol"] == protocol && p["port"] == port)
            .unwrap_or_else(|| panic!("no {protocol} probe on port {port}: {}", self.why()))
    }

    pub fn failure_kind<'a>(&self, probe: &'a Value) -> Option<&'a str> {
        probe["failure"]["kind"].as_str()
    }

    /// The password (and its non-trivial pieces) appears neither in stdout nor in stderr.
    pub fn assert_no_secret(&self, password: &str) {
        if password.len() < 4 {
            return;
        }
        for (name, text) in [("stdout", &self.stdout), ("stderr", &self.stderr)] {
            assert!(
                !text.contains(password),
                "the password appeared in {name} of `tsunagu {}`",
                self.args.join(" ")
            );
        }
    }

    /// Total and slowest-probe milliseconds of the report.
    pub fn figures(&self) -> (u64, u64) {
        let r = self.report();
        let total = r["ms"].as_u64().unwrap_or(0);
        let slowest = self
            .probes()
            .iter()
            .filter_map(|p| p["ms"].as_u64())
            .max()
            .unwrap_or(0);
        (total, slowest)
    }
}

/// Login attempts per listening port seen in Dovecot's log text (`N attempts` of the login
/// processes' disconnect lines, and 1 per successful login), for lines naming `user`.
pub fn dovecot_attempts_by_port(log: &str, user: &str) -> std::collections::BTreeMap<u16, u32> {
    let mut m = std::collections::BTreeMap::new();
    let needle = format!("user=<{user}>");
    for line in log.lines() {
        if !(line.contains("imap-login:") || line.contains("pop3-login:"))
            || !line.contains(&needle)
        {
            continue;
        }
        let port = line
            .split("lport=")
            .nth(1)
            .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|p| p.parse::<u16>().ok())
            .unwrap_or(0);
        let n = if line.contains(": Login: ") {
            1
        } else if let Some(rest) = line.split("auth failed, ").nth(1) {
            rest.split(' ')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(1)
        } else {
            0
        };
        *m.entry(port).or_insert(0) += n;
    }
    m
}

/// SASL authentications per Postfix service (`smtps`, `submission`, `plain`, `mx`) for
/// `user`: failures logged with sasl_username, successes counted from `auth=1` in the
/// disconnect lines is not per user, so only failures are counted here.
pub fn postfix_auth_failures(log: &str, user: &str) -> std::collections::BTreeMap<String, u32> {
    let mut m = std::collections::BTreeMap::new();
    let needle = format!("sasl_username={user}");
    for line in log.lines() {
        if line.contains("authentication failed") && line.trim_end().ends_with(&needle) {
            let svc = line
                .split("postfix/")
                .nth(1)
                .and_then(|r| r.split('/').next())
                .unwrap_or("?")
                .to_string();
            *m.entry(svc).or_insert(0) += 1;
        }
    }
    m
}
