//! No cleartext secret on the wire: loopback traffic is captured with tcpdump while `tsunagu
//! diagnose` checks every port of the test mail servers (Dovecot and Postfix from
//! tests/peers/up.sh: implicit TLS, STARTTLS, the 25-style port and the plain-only ports, and
//! the STARTTLS ports entered wrongly as "no encryption"). Every TCP stream is reassembled;
//! the part of each stream that is not inside TLS records is searched for the password, its
//! base64 and the SASL PLAIN form. Without --allow-plaintext none may appear; with it, against
//! the plain-only ports, the password must appear — proof that the capture sees what is sent.
//!
//! The servers: `$TSUNAGU_PEERS_ENV` (an env.json written by up.sh), else
//! tests/peers/run/env.json, else this test runs tests/peers/up.sh itself (and down.sh after).
//! Every connection to the servers' ports during the capture is judged: on a machine where
//! other programs talk to the same ports at the same time, give this run its own ports
//! (`TSUNAGU_PEERS_PORT_OFFSET` for up.sh).

use base64::Engine as _;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Peers {
    ca_file: String,
    password: String,
    host: String,
    plain_host: String,
    ports: BTreeMap<String, u16>,
    user: String,
    started_here: bool,
}

impl Drop for Peers {
    fn drop(&mut self) {
        if self.started_here {
            let _ = Command::new("bash")
                .arg(repo().join("tests/peers/down.sh"))
                .status();
        }
    }
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn peers() -> Peers {
    let mut started_here = false;
    let path = match std::env::var_os("TSUNAGU_PEERS_ENV") {
        Some(p) => PathBuf::from(p),
        None => {
            let p = repo().join("tests/peers/run/env.json");
            if !p.exists() {
                let up = repo().join("tests/peers/up.sh");
                assert!(
                    up.exists(),
                    "no test mail servers: tests/peers/up.sh is missing (merge the peers work)"
                );
                let st = Command::new("bash").arg(&up).status().unwrap();
                assert!(st.success(), "tests/peers/up.sh failed");
                started_here = true;
            }
            p
        }
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let s = |k: &str| {
        v[k].as_str()
            .unwrap_or_else(|| panic!("env.json: {k}"))
            .to_string()
    };
    Peers {
        ca_file: s("ca_file"),
        password: s("password"),
        host: s("host"),
        plain_host: s("plain_host"),
        ports: v["ports"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, p)| (k.clone(), p.as_u64().unwrap() as u16))
            .collect(),
        user: v["users"]["normal"].as_str().unwrap().to_string(),
        started_here,
    }
}

// ---------- capture ----------

struct Capture {
    child: Child,
    file: PathBuf,
    /// tcpdump's closing words ("N packets captured … M dropped by kernel").
    tail: std::thread::JoinHandle<Vec<String>>,
}

impl Capture {
    fn start(file: &Path, ports: &[u16], knock: ([u8; 4], u16)) -> Capture {
        let filter = ports
            .iter()
            .map(|p| format!("port {p}"))
            .collect::<Vec<_>>()
            .join(" or ");
        let mut child = Command::new("tcpdump")
            .args([
                "-i",
                "lo",
                "-U",
                "--immediate-mode",
                "-B",
                "32768",
                "-s",
                "0",
                "-n",
                "-Z",
                "root",
                "-w",
            ])
            .arg(file)
            .arg(format!("tcp and ({filter})"))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("tcpdump (Debian package tcpdump) must be installed");
        // Wait until it listens.
        let mut err = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        let t = Instant::now();
        while err.read_line(&mut line).unwrap_or(0) > 0 && !line.contains("listening on") {
            assert!(t.elapsed() < Duration::from_secs(10), "tcpdump: {line}");
            line.clear();
        }
        assert!(
            line.contains("listening on"),
            "tcpdump did not start: {line}"
        );
        let tail =
            std::thread::spawn(move || err.lines().map_while(Result::ok).collect::<Vec<_>>());
        // "listening on" comes before packets are really captured: knock on a port until the
        // capture file grows (tcpdump -U writes each packet at once).
        let t = Instant::now();
        loop {
            let _ = std::net::TcpStream::connect_timeout(
                &std::net::SocketAddr::from((knock.0, knock.1)),
                Duration::from_millis(200),
            );
            std::thread::sleep(Duration::from_millis(50));
            if std::fs::metadata(file)
                .map(|m| m.len() > 24)
                .unwrap_or(false)
            {
                break;
            }
            assert!(
                t.elapsed() < Duration::from_secs(10),
                "tcpdump captures nothing"
            );
        }
        Capture {
            child,
            file: file.to_path_buf(),
            tail,
        }
    }

    fn stop(mut self) -> Vec<u8> {
        // On a busy machine tcpdump lags behind: wait until the file stops growing.
        let size = || std::fs::metadata(&self.file).map(|m| m.len()).unwrap_or(0);
        let t = Instant::now();
        let mut last = size();
        let mut stable_since = Instant::now();
        while stable_since.elapsed() < Duration::from_millis(400)
            && t.elapsed() < Duration::from_secs(10)
        {
            std::thread::sleep(Duration::from_millis(50));
            let now = size();
            if now != last {
                last = now;
                stable_since = Instant::now();
            }
        }
        // SIGTERM: tcpdump flushes and exits (SIGINT may be ignored when inherited so).
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        let pcap = std::fs::read(&self.file).unwrap();
        let tail = self.tail.join().unwrap_or_default().join("; ");
        eprintln!(
            "capture {}: {} bytes; {tail}",
            self.file.display(),
            pcap.len()
        );
        assert!(
            !tail.contains("dropped by kernel") || tail.contains(" 0 packets dropped by kernel"),
            "the capture lost packets: {tail}"
        );
        pcap
    }
}

type FlowKey = ([u8; 4], u16, [u8; 4], u16);

/// Reassembles the TCP payload of each direction of each connection from a pcap file
/// (Ethernet or Linux cooked v1 link types, IPv4).
fn flows(pcap: &[u8]) -> BTreeMap<FlowKey, Vec<u8>> {
    assert!(pcap.len() >= 24, "empty capture");
    let magic = u32::from_le_bytes(pcap[0..4].try_into().unwrap());
    let le = match magic {
        0xa1b2c3d4 | 0xa1b23c4d => true,
        0xd4c3b2a1 | 0x4d3cb2a1 => false,
        m => panic!("not a pcap file ({m:#x})"),
    };
    let u32_at = |b: &[u8], i: usize| {
        let a: [u8; 4] = b[i..i + 4].try_into().unwrap();
        if le {
            u32::from_le_bytes(a)
        } else {
            u32::from_be_bytes(a)
        }
    };
    let link = u32_at(pcap, 20);
    let l2 = match link {
        1 => 14,   // Ethernet (Linux lo)
        113 => 16, // Linux cooked v1
        0 => 4,    // BSD loopback
        other => panic!("link type {other}"),
    };
    let mut segs: BTreeMap<FlowKey, Vec<(u32, Vec<u8>)>> = BTreeMap::new();
    let mut i = 24;
    while i + 16 <= pcap.len() {
        let incl = u32_at(pcap, i + 8) as usize;
        let pkt = &pcap[i + 16..(i + 16 + incl).min(pcap.len())];
        i += 16 + incl;
        if pkt.len() < l2 + 20 {
            continue;
        }
        let ip = &pkt[l2..];
        if ip[0] >> 4 != 4 || ip[9] != 6 {
            continue;
        }
        let ihl = ((ip[0] & 0x0f) as usize) * 4;
        let total = u16::from_be_bytes([ip[2], ip[3]]) as usize;
        let tcp = &ip[ihl..total.min(ip.len())];
        if tcp.len() < 20 {
            continue;
        }
        let off = ((tcp[12] >> 4) as usize) * 4;
        let payload = &tcp[off.min(tcp.len())..];
        let key: FlowKey = (
            ip[12..16].try_into().unwrap(),
            u16::from_be_bytes([tcp[0], tcp[1]]),
            ip[16..20].try_into().unwrap(),
            u16::from_be_bytes([tcp[2], tcp[3]]),
        );
        let seq = u32::from_be_bytes(tcp[4..8].try_into().unwrap());
        let e = segs.entry(key).or_default();
        if !payload.is_empty() {
            e.push((seq, payload.to_vec()));
        }
    }
    segs.into_iter()
        .map(|(k, mut v)| {
            v.sort_by_key(|(s, _)| *s);
            let mut out = Vec::new();
            let mut next: Option<u32> = None;
            for (seq, data) in v {
                match next {
                    Some(n) if seq.wrapping_sub(n) as i32 > 0 => out.extend_from_slice(&data),
                    Some(n) => {
                        // Retransmission or overlap: keep only the new part.
                        let skip = n.wrapping_sub(seq) as usize;
                        if skip < data.len() {
                            out.extend_from_slice(&data[skip..]);
                        }
                    }
                    None => out.extend_from_slice(&data),
                }
                let end = seq.wrapping_add(data.len() as u32);
                if next.is_none_or(|n| end.wrapping_sub(n) as i32 > 0) {
                    next = Some(end);
                }
            }
            (k, out)
        })
        .collect()
}

/// The bytes of a stream that are not inside TLS records: everything before the first TLS
/// handshake record, and anything after it that does not parse as TLS records.
fn outside_tls(stream: &[u8]) -> Vec<u8> {
    let start = (0..stream.len().saturating_sub(5)).find(|&i| {
        stream[i] == 0x16 && stream[i + 1] == 0x03 && stream[i + 2] <= 0x04 && {
            let len = u16::from_be_bytes([stream[i + 3], stream[i + 4]]) as usize;
            len > 0 && len <= 16_640
        }
    });
    let Some(start) = start else {
        return stream.to_vec();
    };
    let mut out = stream[..start].to_vec();
    let mut i = start;
    while i + 5 <= stream.len() {
        let ok = (20..=23).contains(&stream[i]) && stream[i + 1] == 0x03;
        if !ok {
            out.extend_from_slice(&stream[i..]);
            break;
        }
        let len = u16::from_be_bytes([stream[i + 3], stream[i + 4]]) as usize;
        i += 5 + len;
    }
    out
}

fn needles(user: &str, password: &str) -> Vec<(String, Vec<u8>)> {
    let b = base64::engine::general_purpose::STANDARD;
    let plain = |authz: &str| {
        let mut v = authz.as_bytes().to_vec();
        v.push(0);
        v.extend_from_slice(user.as_bytes());
        v.push(0);
        v.extend_from_slice(password.as_bytes());
        b.encode(v).into_bytes()
    };
    vec![
        ("password".into(), password.as_bytes().to_vec()),
        ("base64(password)".into(), b.encode(password).into_bytes()),
        ("AUTH PLAIN".into(), plain("")),
        ("AUTH PLAIN with authzid".into(), plain(user)),
    ]
}

fn find(hay: &[u8], n: &[u8]) -> bool {
    hay.windows(n.len()).any(|w| w == n)
}

/// Where each needle was seen outside TLS: (flow, needle name).
fn cleartext_hits(
    flows: &BTreeMap<FlowKey, Vec<u8>>,
    needles: &[(String, Vec<u8>)],
) -> Vec<String> {
    let mut hits = Vec::new();
    for ((sip, sport, dip, dport), data) in flows {
        let clear = outside_tls(data);
        for (name, n) in needles {
            if find(&clear, n) {
                hits.push(format!(
                    "{}:{sport} -> {}:{dport}: {name} in the clear",
                    std::net::Ipv4Addr::from(*sip),
                    std::net::Ipv4Addr::from(*dip)
                ));
            }
        }
    }
    hits
}

fn server_xml(kind: &str, proto: &str, host: &str, port: u16, socket: &str) -> String {
    format!(
        "  <{kind} type=\"{proto}\"><hostname>{host}</hostname><port>{port}</port>\
         <socketType>{socket}</socketType><username>%EMAILADDRESS%</username>\
         <authentication>password-cleartext</authentication></{kind}>\n"
    )
}

fn config(servers: &[String]) -> String {
    format!(
        "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"tsunagu.test\">\
         <domain>tsunagu.test</domain><displayName>capture</displayName>\n{}</emailProvider></clientConfig>\n",
        servers.concat()
    )
}

/// Runs the CLI; returns its exit code and its JSON.
fn diagnose(p: &Peers, cfg: &Path, allow_plaintext: bool) -> (i32, String) {
    let mut args = vec![
        "diagnose".to_string(),
        p.user.clone(),
        "--config".into(),
        cfg.display().to_string(),
        "--ca-file".into(),
        p.ca_file.clone(),
        "--password-stdin".into(),
        "--json".into(),
        "--timeout".into(),
        "20".into(),
    ];
    if allow_plaintext {
        args.push("--allow-plaintext".into());
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_tsunagu"))
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{}\n", p.password).as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 1,
        "diagnose exit {code}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (code, String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn no_password_outside_tls_unless_plaintext_is_allowed() {
    let p = peers();
    let port = |k: &str| {
        *p.ports
            .get(k)
            .unwrap_or_else(|| panic!("env.json port {k}"))
    };
    let (h, ph) = (p.host.as_str(), p.plain_host.as_str());
    let all_ports: Vec<u16> = p.ports.values().copied().collect();
    let dir = tempfile::tempdir().unwrap();

    // Every port as it should be entered, plus the STARTTLS ports entered as "no encryption"
    // and the plain-only ports.
    let servers = vec![
        server_xml("incomingServer", "imap", h, port("imap_tls"), "SSL"),
        server_xml(
            "incomingServer",
            "imap",
            h,
            port("imap_starttls"),
            "STARTTLS",
        ),
        server_xml("incomingServer", "imap", h, port("imap_starttls"), "plain"),
        server_xml("incomingServer", "imap", ph, port("imap_plain"), "plain"),
        server_xml("incomingServer", "pop3", h, port("pop3_tls"), "SSL"),
        server_xml(
            "incomingServer",
            "pop3",
            h,
            port("pop3_starttls"),
            "STARTTLS",
        ),
        server_xml("incomingServer", "pop3", h, port("pop3_starttls"), "plain"),
        server_xml("incomingServer", "pop3", ph, port("pop3_plain"), "plain"),
        server_xml("outgoingServer", "smtp", h, port("smtp_tls"), "SSL"),
        server_xml(
            "outgoingServer",
            "smtp",
            h,
            port("smtp_submission"),
            "STARTTLS",
        ),
        server_xml(
            "outgoingServer",
            "smtp",
            h,
            port("smtp_submission"),
            "plain",
        ),
        server_xml("outgoingServer", "smtp", h, port("smtp_mx"), "STARTTLS"),
        server_xml("outgoingServer", "smtp", h, port("smtp_mx"), "plain"),
        server_xml("outgoingServer", "smtp", ph, port("smtp_plain"), "plain"),
    ];
    let cfg = dir.path().join("all.xml");
    std::fs::write(&cfg, config(&servers)).unwrap();
    let needles = needles(&p.user, &p.password);

    // 1. Without --allow-plaintext: the password goes only inside TLS.
    let knock = ([127, 0, 0, 1], port("imap_tls"));
    let cap = Capture::start(&dir.path().join("strict.pcap"), &all_ports, knock);
    let (_, json) = diagnose(&p, &cfg, false);
    let flows_strict = flows(&cap.stop());
    let hits = cleartext_hits(&flows_strict, &needles);
    assert!(
        hits.is_empty(),
        "the password crossed the wire in the clear without --allow-plaintext:\n{}",
        hits.join("\n")
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let probes = report["probes"].as_array().unwrap();
    assert_eq!(probes.len(), servers.len(), "{json}");
    let logged_in = probes.iter().filter(|p| p["outcome"] == "ok").count();
    assert!(
        logged_in >= 6,
        "the TLS and STARTTLS ports should log in: {json}"
    );
    let refused = probes
        .iter()
        .filter(|p| p["failure"]["kind"] == "plaintext_refused")
        .count();
    assert!(refused >= 4, "plain entries must be refused: {json}");
    // The capture saw every connection, both directions (the knocks add a few).
    assert!(
        flows_strict.len() >= 2 * servers.len(),
        "only {} streams captured",
        flows_strict.len()
    );
    // TLS was really there: a ClientHello in most client streams.
    let tls_streams = flows_strict
        .values()
        .filter(|d| outside_tls(d).len() < d.len())
        .count();
    assert!(tls_streams >= 2 * 6, "{tls_streams} streams carried TLS");

    // 2. With --allow-plaintext against the plain-only ports: it must be seen (the capture
    // and the search work).
    let plain_servers = vec![
        server_xml("incomingServer", "imap", ph, port("imap_plain"), "plain"),
        server_xml("incomingServer", "pop3", ph, port("pop3_plain"), "plain"),
        server_xml("outgoingServer", "smtp", ph, port("smtp_plain"), "plain"),
    ];
    let cfg = dir.path().join("plain.xml");
    std::fs::write(&cfg, config(&plain_servers)).unwrap();
    let cap = Capture::start(&dir.path().join("plain.pcap"), &all_ports, knock);
    let (_, json) = diagnose(&p, &cfg, true);
    let flows_plain = flows(&cap.stop());
    let hits = cleartext_hits(&flows_plain, &needles);
    eprintln!(
        "with --allow-plaintext, seen in the clear:\n{}",
        hits.join("\n")
    );
    assert!(
        hits.len() >= 3,
        "with --allow-plaintext the password must be visible on each plain port (capture works?): {hits:?}\n{json}"
    );
}

#[test]
fn the_stream_splitter_separates_tls_from_cleartext() {
    let mut s = b"a1 STARTTLS\r\n".to_vec();
    s.extend_from_slice(&[0x16, 0x03, 0x01, 0x00, 0x02, 0x01, 0x00]);
    s.extend_from_slice(&[0x17, 0x03, 0x03, 0x00, 0x03, b'x', b'y', b'z']);
    assert_eq!(outside_tls(&s), b"a1 STARTTLS\r\n");
    // Cleartext injected after TLS records is still cleartext.
    s.extend_from_slice(b"PASS secret\r\n");
    assert_eq!(outside_tls(&s), b"a1 STARTTLS\r\nPASS secret\r\n");
    assert_eq!(
        outside_tls(b"USER x\r\nPASS y\r\n"),
        b"USER x\r\nPASS y\r\n"
    );
}
