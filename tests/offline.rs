//! "This computer is offline" and "DNS does not answer", told apart from a wrong server name,
//! with the real binary run inside network namespaces made here (`ip netns add`):
//! * no route at all (only `lo`): the `offline` finding;
//! * a default route (into a veth pair that ends inside the namespace) and a resolver address
//!   whose DNS packets are dropped (nftables inside the namespace): `dns_unavailable`.
//!
//! Each within 3 s, as the one error, with no per-server advice. The namespaces, their
//! resolv.conf (/etc/netns/NAME/) and interfaces are removed again on drop. Nothing leaves the
//! namespace: it has no link to the outside. Needs root; skipped loudly elsewhere, a failure
//! under CI.

use serde_json::Value;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Netns {
    name: String,
}

fn sh(args: &[&str]) -> Result<(), String> {
    let out = Command::new(args[0])
        .args(&args[1..])
        .output()
        .map_err(|e| format!("{}: {e}", args[0]))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

impl Netns {
    /// A namespace with `lo` up; `resolver`: its resolv.conf names this DNS server.
    fn new(tag: &str, resolver: &str) -> Result<Netns, String> {
        let name = format!("tsunagu-{tag}-{}", std::process::id());
        sh(&["ip", "netns", "add", &name])?;
        let ns = Netns { name };
        ns.exec_ok(&["ip", "link", "set", "lo", "up"])?;
        let dir = format!("/etc/netns/{}", ns.name);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{dir}: {e}"))?;
        std::fs::write(
            format!("{dir}/resolv.conf"),
            format!("nameserver {resolver}\n"),
        )
        .map_err(|e| e.to_string())?;
        Ok(ns)
    }

    fn exec_ok(&self, args: &[&str]) -> Result<(), String> {
        let mut v = vec!["ip", "netns", "exec", &self.name];
        v.extend_from_slice(args);
        sh(&v)
    }

    /// A default route (a veth pair inside the namespace, nothing beyond it) and a resolver
    /// address that drops every DNS packet (nftables inside the namespace).
    fn with_silent_resolver(self, resolver: &str) -> Result<Netns, String> {
        self.exec_ok(&[
            "ip", "link", "add", "tsv0", "type", "veth", "peer", "name", "tsv1",
        ])?;
        self.exec_ok(&["ip", "addr", "add", "198.51.100.2/24", "dev", "tsv0"])?;
        self.exec_ok(&[
            "ip",
            "addr",
            "add",
            &format!("{resolver}/24"),
            "dev",
            "tsv1",
        ])?;
        self.exec_ok(&["ip", "link", "set", "tsv0", "up"])?;
        self.exec_ok(&["ip", "link", "set", "tsv1", "up"])?;
        self.exec_ok(&[
            "ip",
            "route",
            "add",
            "default",
            "via",
            "198.51.100.1",
            "dev",
            "tsv0",
        ])?;
        self.exec_ok(&["nft", "add", "table", "inet", "tsunagu_dns"])?;
        self.exec_ok(&[
            "nft",
            "add",
            "chain",
            "inet",
            "tsunagu_dns",
            "input",
            "{ type filter hook input priority 0 ; policy accept ; }",
        ])?;
        for proto in ["udp", "tcp"] {
            self.exec_ok(&[
                "nft",
                "add",
                "rule",
                "inet",
                "tsunagu_dns",
                "input",
                proto,
                "dport",
                "53",
                "drop",
            ])?;
        }
        Ok(self)
    }

    /// `tsunagu diagnose <address> --json --lang en` in the namespace: (report, elapsed).
    fn diagnose(&self, address: &str) -> (Value, Duration, String) {
        let t0 = Instant::now();
        let out = Command::new("ip")
            .args(["netns", "exec", &self.name, env!("CARGO_BIN_EXE_tsunagu")])
            .args(["diagnose", address, "--json", "--lang", "en"])
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::null())
            .output()
            .expect("run tsunagu in the namespace");
        let elapsed = t0.elapsed();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let report: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|_| {
            panic!(
                "no JSON report (exit {:?})\nstdout: {stdout}\nstderr: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (report, elapsed, stdout)
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = sh(&["ip", "netns", "del", &self.name]);
        let _ = std::fs::remove_dir_all(format!("/etc/netns/{}", self.name));
    }
}

fn required() -> bool {
    ["CI", "TSUNAGU_REQUIRE_PEERS"].iter().any(|k| {
        std::env::var(k)
            .map(|v| !v.is_empty() && v != "0" && v != "false")
            .unwrap_or(false)
    })
}

fn or_skip(r: Result<Netns, String>) -> Option<Netns> {
    match r {
        Ok(n) => Some(n),
        Err(e) if !required() => {
            eprintln!("\n######## SKIPPED offline test: cannot make a network namespace ({e})\n");
            None
        }
        Err(e) => panic!("cannot make a network namespace: {e}"),
    }
}

fn ids(r: &Value) -> Vec<String> {
    r["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["id"].as_str().map(String::from))
        .collect()
}

/// The network finding is the first and only error; no per-server advice at all.
fn assert_one_cause(r: &Value, id: &str, elapsed: Duration, out: &str) {
    let f = ids(r);
    assert_eq!(f.first().map(String::as_str), Some(id), "{out}");
    let errors: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 1, "{out}");
    for per_server in [
        "server_unreachable",
        "network_blocked",
        "no_incoming",
        "no_outgoing",
    ] {
        assert!(!f.iter().any(|x| x == per_server), "{per_server}: {out}");
    }
    assert!(!out.contains("dns_not_found"), "{out}");
    assert!(
        !r["findings"][0]["actions"].as_array().unwrap().is_empty(),
        "{out}"
    );
    assert!(elapsed <= Duration::from_secs(3), "took {elapsed:?}: {out}");
}

#[test]
fn no_route_at_all_is_offline_within_3_s() {
    let Some(ns) = or_skip(Netns::new("off", "198.51.100.53")) else {
        return;
    };
    let (r, elapsed, out) = ns.diagnose("taro@tsunagu-offline.test");
    assert_one_cause(&r, "offline", elapsed, &out);
    // A provider from the bundled data still gets its documented settings, unverified.
    let (r, elapsed, out) = ns.diagnose("taro@ocn.ne.jp");
    assert_one_cause(&r, "offline", elapsed, &out);
    assert!(!r["recommended"]["incoming"].is_null(), "{out}");
    assert_eq!(r["recommended"]["verified"], false, "{out}");
}

#[test]
fn a_resolver_that_does_not_answer_is_dns_unavailable_within_3_s() {
    let Some(ns) = or_skip(
        Netns::new("dns", "198.51.100.53").and_then(|n| n.with_silent_resolver("198.51.100.53")),
    ) else {
        return;
    };
    let (r, elapsed, out) = ns.diagnose("taro@tsunagu-nodns.test");
    assert_one_cause(&r, "dns_unavailable", elapsed, &out);
    assert!(
        elapsed >= Duration::from_millis(1500),
        "told before the resolver had its chance: {elapsed:?}"
    );
}

// ------------------------------------------------------------------------------------------
// A captive portal: every port answered by a web server (no namespace needed: loopback only)

/// A loopback web server: reads what the client sends first (an HTTP request, a TLS
/// ClientHello, or nothing within 300 ms, as a mail client waiting for a greeting), then
/// answers `reply` and closes.
fn web_server(reply: &'static str) -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for s in l.incoming() {
            let Ok(mut s) = s else { continue };
            std::thread::spawn(move || {
                use std::io::{Read, Write};
                let _ = s.set_read_timeout(Some(Duration::from_millis(300)));
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf);
                let _ = s.write_all(reply.as_bytes());
            });
        }
    });
    port
}

const PORTAL: &str = "HTTP/1.1 302 Found\r\nLocation: http://login.portal.test/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
const SUCCESS: &str =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 8\r\nConnection: close\r\n\r\nsuccess\n";

/// `diagnose` with IMAP (STARTTLS: the web server's answer is its greeting) and SMTP (implicit
/// TLS: the answer to the ClientHello is plain text) on `port` of 127.0.0.1, and the portal
/// check at `check_port`.
fn diagnose_at(port: u16, check_port: u16) -> (Value, Duration, String) {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("portal.xml");
    let server = |tag: &str, ty: &str, socket: &str| {
        format!(
            "<{tag} type=\"{ty}\"><hostname>127.0.0.1</hostname><port>{port}</port>\
             <socketType>{socket}</socketType><username>%EMAILADDRESS%</username>\
             <authentication>password-cleartext</authentication></{tag}>"
        )
    };
    std::fs::write(
        &cfg,
        format!(
            "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"portal.test\">\
             <domain>portal.test</domain>{}{}</emailProvider></clientConfig>",
            server("incomingServer", "imap", "STARTTLS"),
            server("outgoingServer", "smtp", "SSL")
        ),
    )
    .unwrap();
    let t0 = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_tsunagu"))
        .args([
            "diagnose",
            "taro@portal.test",
            "--json",
            "--lang",
            "en",
            "--timeout",
            "8",
        ])
        .arg("--config")
        .arg(&cfg)
        .env(
            "TSUNAGU_PORTAL_CHECK_URL",
            format!("http://127.0.0.1:{check_port}/success.txt"),
        )
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let r: Value = serde_json::from_str(stdout.trim())
        .unwrap_or_else(|_| panic!("no JSON: {stdout} {}", String::from_utf8_lossy(&out.stderr)));
    (r, t0.elapsed(), stdout)
}

#[test]
fn mail_ports_answered_by_a_sign_in_page_is_captive_portal() {
    let portal = web_server(PORTAL);
    let (r, elapsed, out) = diagnose_at(portal, portal);
    assert_one_cause(&r, "captive_portal", elapsed, &out);
    let ev = r["findings"][0]["evidence"].to_string();
    assert!(
        ev.contains("HTTP 302") && ev.contains("login.portal.test"),
        "{out}"
    );
    // The probes that met the web server stay in the report for support staff.
    assert_eq!(r["probes"].as_array().unwrap().len(), 2, "{out}");
}

#[test]
fn a_web_server_on_a_mail_port_is_not_a_portal_when_the_check_url_is_fine() {
    let portal = web_server(PORTAL);
    let fine = web_server(SUCCESS);
    let (r, _, out) = diagnose_at(portal, fine);
    assert!(!ids(&r).iter().any(|x| x == "captive_portal"), "{out}");
    // The ordinary per-server findings instead.
    assert!(!ids(&r).is_empty(), "{out}");
}
