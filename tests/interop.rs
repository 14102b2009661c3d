//! `tsunagu diagnose` (the real binary) against seven other real mail servers: Cyrus IMAP,
//! Courier-IMAP / Courier POP3, GNU Mailutils imap4d / pop3d, popa3d, Exim, OpenSMTPD and
//! Sendmail, started from cached Debian chroots by `tests/interop/up.sh` (see that script and
//! tests/interop/README.md for addresses, ports and the account).
//!
//! Every server is tried in six situations (healthy implicit TLS, healthy STARTTLS, wrong
//! password, wrong username form, plain port without and with `--allow-plaintext`) and the
//! failure kind and findings are compared with the correct answer. The observed results are
//! written to `target/interop/table.md`; `tests/interop/update-doc.sh` puts that table into
//! docs/interoperability.md (and `--check` fails when the committed doc differs).
//!
//! Skips loudly when the servers are not running, unless TSUNAGU_REQUIRE_INTEROP is set
//! (scripts/test.sh sets it): then a missing server is a failure.

#[path = "support/peers.rs"]
mod peers;

use peers::{run_tsunagu, Run};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

// ------------------------------------------------------------------------------ the peers

struct Interop {
    env: Value,
    ca_file: String,
    password: String,
    address: String,
}

fn env_path() -> PathBuf {
    match std::env::var("TSUNAGU_INTEROP_ENV") {
        Ok(p) if !p.is_empty() => PathBuf::from(p),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/run/env.json"),
    }
}

fn required() -> bool {
    std::env::var("TSUNAGU_REQUIRE_INTEROP")
        .map(|v| !v.is_empty() && v != "0" && v != "false")
        .unwrap_or(false)
}

fn listening(host: &str, port: u16) -> bool {
    match format!("{host}:{port}").parse() {
        Ok(a) => std::net::TcpStream::connect_timeout(&a, Duration::from_millis(500)).is_ok(),
        Err(_) => false,
    }
}

impl Interop {
    /// The running interop peers; `None` (loudly) when absent and not required.
    fn get(test: &str) -> Option<Interop> {
        let path = env_path();
        let problem = match std::fs::read_to_string(&path) {
            Err(e) => format!("{} unreadable ({e})", path.display()),
            Ok(text) => match serde_json::from_str::<Value>(&text) {
                Err(e) => format!("{} is not JSON ({e})", path.display()),
                Ok(env) => {
                    let p = Interop {
                        ca_file: env["ca_file"].as_str().unwrap_or_default().to_string(),
                        password: env["password"].as_str().unwrap_or_default().to_string(),
                        address: env["address"].as_str().unwrap_or_default().to_string(),
                        env,
                    };
                    let down: Vec<String> = p
                        .servers()
                        .iter()
                        .flat_map(|s| {
                            p.ports_of(s)
                                .into_iter()
                                .filter(|port| !listening(&s.host, *port))
                                .map(|port| format!("{}:{port}", s.host))
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    if down.is_empty() {
                        return Some(p);
                    }
                    format!("nothing listens on {}", down.join(", "))
                }
            },
        };
        if required() {
            panic!(
                "{test}: the interop servers are required (TSUNAGU_REQUIRE_INTEROP) but are \
                 not running: {problem}. Start them with `bash tests/interop/up.sh`."
            );
        }
        eprintln!(
            "\n################ SKIPPED {test}: interop servers not running ({problem}).\n\
             ################ Run `bash tests/interop/up.sh` first (root; builds the cached \
             chroots once).\n"
        );
        None
    }

    fn port(&self, name: &str) -> u16 {
        self.env["ports"][name]
            .as_u64()
            .unwrap_or_else(|| panic!("no port {name} in env.json")) as u16
    }

    fn servers(&self) -> Vec<Server> {
        self.env["servers"]
            .as_array()
            .expect("servers in env.json")
            .iter()
            .map(|s| Server {
                id: s["id"].as_str().unwrap_or_default().to_string(),
                name: s["name"].as_str().unwrap_or_default().to_string(),
                protocol: match s["protocol"].as_str().unwrap_or_default() {
                    "imap" => "imap",
                    "pop3" => "pop3",
                    _ => "smtp",
                },
                host: s["host"].as_str().unwrap_or_default().to_string(),
            })
            .collect()
    }

    /// (implicit TLS port, STARTTLS / plain port) of a server's protocol.
    fn ports(&self, s: &Server) -> (u16, u16) {
        match s.protocol {
            "imap" => (self.port("imap_tls"), self.port("imap_starttls")),
            "pop3" => (self.port("pop3_tls"), self.port("pop3_starttls")),
            _ => (self.port("smtp_tls"), self.port("smtp_submission")),
        }
    }

    fn ports_of(&self, s: &Server) -> Vec<u16> {
        let (a, b) = self.ports(s);
        vec![a, b]
    }
}

#[derive(Clone)]
struct Server {
    id: String,
    name: String,
    protocol: &'static str,
    host: String,
}

// ------------------------------------------------------------------------------ the cases

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Case {
    Tls,
    Starttls,
    WrongPassword,
    WrongUsernameForm,
    PlainRefused,
    PlainAllowed,
}

const CASES: [Case; 6] = [
    Case::Tls,
    Case::Starttls,
    Case::WrongPassword,
    Case::WrongUsernameForm,
    Case::PlainRefused,
    Case::PlainAllowed,
];

impl Case {
    fn title(self) -> &'static str {
        match self {
            Case::Tls => "healthy, implicit TLS",
            Case::Starttls => "healthy, STARTTLS",
            Case::WrongPassword => "wrong password",
            Case::WrongUsernameForm => "wrong username form",
            Case::PlainRefused => "plain port",
            Case::PlainAllowed => "plain port, `--allow-plaintext`",
        }
    }
}

/// The correct answer for one cell: the probe's failure kind (`None` = it worked), findings
/// that must be there, findings that must not, and words the server's reply must contain.
struct Expect {
    kind: Option<&'static str>,
    must: Vec<&'static str>,
    must_not: Vec<&'static str>,
    said: Option<&'static str>,
}

fn expect(server: &str, case: Case) -> Expect {
    let e = |kind, must: &[&'static str], must_not: &[&'static str]| Expect {
        kind,
        must: must.to_vec(),
        must_not: must_not.to_vec(),
        said: None,
    };
    let wrong_cause = ["password_rejected", "username_format", "tls_required"];
    let mut x = match case {
        Case::Tls | Case::Starttls => e(None, &[], &wrong_cause),
        Case::WrongPassword => e(
            Some("login_failed"),
            &["password_rejected"],
            &["username_format", "tls_required"],
        ),
        Case::WrongUsernameForm => e(None, &["username_format"], &["password_rejected"]),
        // The port offers STARTTLS/STLS: the advice is to use it (not "no encryption").
        Case::PlainRefused => e(
            Some("plaintext_refused"),
            &["use_starttls"],
            &["plaintext_only", "password_rejected"],
        ),
        // Every server here but popa3d refuses a login before TLS on that port.
        Case::PlainAllowed => e(
            Some("tls_required"),
            &["tls_required"],
            &["password_rejected", "username_format"],
        ),
    };
    // What the servers really reply (the response-code families seen on the wire).
    // Only where the login must really be tried: where capabilities already say "TLS
    // first", a careful client sends nothing and has no reply to show.
    x.said = match (server, case) {
        ("cyrus-pop3" | "mailutils-pop3", Case::WrongPassword) => Some("[AUTH]"),
        ("exim" | "opensmtpd", Case::WrongPassword) => Some("535 "),
        ("sendmail", Case::WrongPassword) => Some("535 5.7.0"),
        ("exim", Case::PlainAllowed) => Some("530 5.7.0 Must issue a STARTTLS command first"),
        _ => None,
    };
    if server == "popa3d" {
        // popa3d has no STLS and no TLS of its own: 995 is TLS by socat, 110 is plain only.
        x = match case {
            Case::Starttls => e(
                Some("starttls_unavailable"),
                &["starttls_missing"],
                &wrong_cause,
            ),
            Case::PlainRefused => e(
                Some("plaintext_refused"),
                &["plaintext_only"],
                &["use_starttls", "password_rejected"],
            ),
            Case::PlainAllowed => e(None, &[], &wrong_cause),
            _ => x,
        };
    }
    x
}

// ------------------------------------------------------------------------------ one cell

struct Cell {
    server: Server,
    case: Case,
    kind: Option<String>,
    findings: Vec<String>,
    server_text: Option<String>,
    problems: Vec<String>,
    why: String,
}

/// One server entry of a config file: server, port, socketType, username.
type Entry<'a> = (&'a Server, u16, &'a str, &'a str);

fn config_xml(dir: &Path, entries: &[Entry]) -> PathBuf {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig version=\"1.1\">\n  \
         <emailProvider id=\"tsunagu.test\">\n    <domain>tsunagu.test</domain>\n    \
         <displayName>Tsunagu Interop Test</displayName>\n",
    );
    for (s, port, socket, username) in entries {
        let (tag, ty) = match s.protocol {
            "smtp" => ("outgoingServer", "smtp"),
            p => ("incomingServer", p),
        };
        xml.push_str(&format!(
            "    <{tag} type=\"{ty}\">\n      <hostname>{}</hostname>\n      \
             <port>{port}</port>\n      <socketType>{socket}</socketType>\n      \
             <authentication>password-cleartext</authentication>\n      \
             <username>{username}</username>\n    </{tag}>\n",
            s.host
        ));
    }
    xml.push_str("  </emailProvider>\n</clientConfig>\n");
    let path = dir.join("config.xml");
    std::fs::write(&path, xml).expect("write config xml");
    path
}

/// `tsunagu diagnose <address> --json --config <entries>`, the password on stdin; the
/// password never appears in what the binary printed.
fn diagnose(p: &Interop, address: &str, password: &str, entries: &[Entry], allow: bool) -> Run {
    let dir = tempfile::tempdir().expect("temp dir");
    let cfg = config_xml(dir.path(), entries);
    let mut args: Vec<String> = [
        "diagnose",
        address,
        "--password-stdin",
        "--json",
        "--lang",
        "en",
        "--config",
        &cfg.display().to_string(),
        "--ca-file",
        &p.ca_file,
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    if allow {
        args.push("--allow-plaintext".into());
    }
    let run = run_tsunagu(&args, Some(password));
    run.assert_no_secret(password);
    run
}

fn run_cell(p: &Interop, s: &Server, case: Case) -> Cell {
    let (tls_port, plain_port) = p.ports(s);
    let good = p.password.as_str();
    let (port, socket, user, password, allow) = match case {
        Case::Tls => (tls_port, "SSL", "%EMAILLOCALPART%", good, false),
        Case::Starttls => (plain_port, "STARTTLS", "%EMAILLOCALPART%", good, false),
        Case::WrongPassword => (
            tls_port,
            "SSL",
            "%EMAILLOCALPART%",
            "not-the-pw-5512",
            false,
        ),
        Case::WrongUsernameForm => (tls_port, "SSL", "%EMAILADDRESS%", good, false),
        Case::PlainRefused => (plain_port, "plain", "%EMAILLOCALPART%", good, false),
        Case::PlainAllowed => (plain_port, "plain", "%EMAILLOCALPART%", good, true),
    };
    let run = diagnose(p, &p.address, password, &[(s, port, socket, user)], allow);
    observe(s, case, port, &run)
}

fn observe(s: &Server, case: Case, port: u16, run: &Run) -> Cell {
    let mut cell = Cell {
        server: s.clone(),
        case,
        kind: None,
        findings: vec![],
        server_text: None,
        problems: vec![],
        why: String::new(),
    };
    if run.json.is_none() {
        cell.kind = Some("no report".into());
        cell.problems.push(format!(
            "no JSON report (exit {:?}): {}",
            run.code,
            run.stderr.lines().last().unwrap_or("")
        ));
        return cell;
    }
    cell.why = run.why();
    let probes: Vec<&Value> = run
        .probes()
        .into_iter()
        .filter(|pr| pr["protocol"] == s.protocol && pr["port"] == port)
        .collect();
    match probes.iter().find(|pr| pr["outcome"] == "ok") {
        Some(_) => cell.kind = None,
        None => match probes.first() {
            Some(pr) => {
                cell.kind = Some(run.failure_kind(pr).unwrap_or("unknown").to_string());
                cell.server_text = pr["failure"]["server_text"].as_str().map(String::from);
            }
            None => cell.kind = Some("no probe".into()),
        },
    }
    // One server per run: "no incoming"/"no outgoing" say only that the config names one.
    cell.findings = run
        .finding_ids()
        .into_iter()
        .filter(|f| f != "no_incoming" && f != "no_outgoing")
        .collect();
    judge(&mut cell);
    cell
}

fn judge(cell: &mut Cell) {
    let want = expect(&cell.server.id, cell.case);
    if cell.kind.as_deref() != want.kind {
        cell.problems.push(format!(
            "failure kind {} (correct: {})",
            cell.kind.as_deref().unwrap_or("none, it worked"),
            want.kind.unwrap_or("none, it works")
        ));
    }
    for f in &want.must {
        if !cell.findings.iter().any(|x| x == f) {
            cell.problems.push(format!("finding {f} missing"));
        }
    }
    for f in &want.must_not {
        if cell.findings.iter().any(|x| x == f) {
            cell.problems.push(format!("finding {f} is wrong here"));
        }
    }
    if let Some(words) = want.said {
        let text = cell.server_text.as_deref().unwrap_or("");
        if !text.contains(words) {
            cell.problems.push(format!(
                "server_text {text:?} does not carry the server's {words:?}"
            ));
        }
    }
}

// ------------------------------------------------------------------------------ the table

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('`', "'")
}

fn cell_md(c: &Cell) -> String {
    let mut s = match &c.kind {
        None => "ok".to_string(),
        Some(k) => format!("`{k}`"),
    };
    if !c.findings.is_empty() {
        let f: Vec<String> = c.findings.iter().map(|f| format!("`{f}`")).collect();
        s.push_str(&format!("<br>{}", f.join(" ")));
    }
    if !c.problems.is_empty() {
        s.push_str(&format!(
            "<br>**wrong:** {}",
            md_escape(&c.problems.join("; "))
        ));
    }
    s
}

fn table_md(cells: &[Cell]) -> String {
    let mut out = String::new();
    out.push_str("| server | ");
    out.push_str(
        &CASES
            .iter()
            .map(|c| c.title().to_string())
            .collect::<Vec<_>>()
            .join(" | "),
    );
    out.push_str(" |\n|---|");
    out.push_str(&"---|".repeat(CASES.len()));
    out.push('\n');
    let mut ids: Vec<&Server> = vec![];
    for c in cells {
        if !ids.iter().any(|s| s.id == c.server.id) {
            ids.push(&c.server);
        }
    }
    for s in &ids {
        out.push_str(&format!("| {} ({}) |", s.name, s.protocol.to_uppercase()));
        for case in CASES {
            let c = cells
                .iter()
                .find(|c| c.server.id == s.id && c.case == case)
                .expect("every cell was run");
            out.push_str(&format!(" {} |", cell_md(c)));
        }
        out.push('\n');
    }
    let wrong = cells.iter().filter(|c| !c.problems.is_empty()).count();
    out.push_str(&format!(
        "\n{} cells, {} as they should be, {} wrong.\n\n",
        cells.len(),
        cells.len() - wrong,
        wrong
    ));
    out.push_str("What the servers replied where a step failed (`server_text`):\n\n");
    out.push_str("| server | case | kind | server's reply |\n|---|---|---|---|\n");
    for c in cells {
        if let Some(t) = &c.server_text {
            out.push_str(&format!(
                "| {} | {} | `{}` | `{}` |\n",
                c.server.name,
                c.case.title(),
                c.kind.as_deref().unwrap_or("ok"),
                md_escape(t)
            ));
        }
    }
    out
}

fn table_path() -> PathBuf {
    match std::env::var("TSUNAGU_INTEROP_TABLE") {
        Ok(p) if !p.is_empty() => PathBuf::from(p),
        _ => Path::new(env!("CARGO_TARGET_TMPDIR"))
            .parent()
            .expect("target dir")
            .join("interop/table.md"),
    }
}

#[test]
fn every_server_every_case_gives_the_true_cause() {
    let Some(p) = Interop::get("every_server_every_case_gives_the_true_cause") else {
        return;
    };
    let servers = p.servers();
    assert_eq!(servers.len(), 10, "ten server rows in env.json");
    // One thread per server row (each row's six runs in order): the runs wait on the network.
    let mut cells: Vec<Cell> = std::thread::scope(|sc| {
        let handles: Vec<_> = servers
            .iter()
            .map(|s| {
                let p = &p;
                sc.spawn(move || {
                    CASES
                        .iter()
                        .map(|case| run_cell(p, s, *case))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a row's thread"))
            .collect()
    });
    let order = |c: &Cell| servers.iter().position(|s| s.id == c.server.id);
    cells.sort_by_key(|c| (order(c), CASES.iter().position(|x| *x == c.case)));

    let table = table_md(&cells);
    let path = table_path();
    std::fs::create_dir_all(path.parent().expect("table dir")).expect("make table dir");
    std::fs::write(&path, &table).expect("write the table");
    eprintln!("{table}\n(written to {})", path.display());

    let wrong: Vec<String> = cells
        .iter()
        .filter(|c| !c.problems.is_empty())
        .map(|c| {
            format!(
                "{} / {}: {}\n    {}",
                c.server.name,
                c.case.title(),
                c.problems.join("; "),
                c.why.replace('\n', "\n    ")
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} cells are wrong:\n{}",
        wrong.len(),
        cells.len(),
        wrong.join("\n")
    );
}

/// Courier answers a login whose mailbox cannot be opened with `* BYE [ALERT] Fatal error: …`.
/// That must reach the report as the server's error, with its text, and not be drowned by a
/// POP3 server that works in the same run (here popa3d, where the same account is empty).
#[test]
fn courier_bye_alert_after_login_is_reported_even_when_pop3_works() {
    let Some(p) = Interop::get("courier_bye_alert_after_login_is_reported_even_when_pop3_works")
    else {
        return;
    };
    let servers = p.servers();
    let find = |id: &str| servers.iter().find(|s| s.id == id).expect(id).clone();
    let (courier, popa3d) = (find("courier-imap"), find("popa3d"));
    let address = p.env["no_mailbox_address"]
        .as_str()
        .expect("no_mailbox_address");
    let imaps = p.port("imap_tls");
    let pop3s = p.port("pop3_tls");
    let entries: [Entry; 2] = [
        (&courier, imaps, "SSL", "%EMAILLOCALPART%"),
        (&popa3d, pop3s, "SSL", "%EMAILLOCALPART%"),
    ];
    let run = diagnose(&p, address, &p.password, &entries, false);
    let imap = run.probe("imap", imaps);
    assert_ne!(imap["outcome"], "ok", "{}", run.why());
    let text = imap["failure"]["server_text"].as_str().unwrap_or("");
    assert!(
        text.contains("[ALERT]") || text.contains("Fatal error"),
        "Courier's BYE [ALERT] text is kept: {}",
        run.why()
    );
    assert_eq!(
        run.failure_kind(imap),
        Some("server_error"),
        "a server's own error: {}",
        run.why()
    );
    assert!(run.has_finding("server_error"), "{}", run.why());
    assert!(!run.has_finding("all_ok"), "{}", run.why());
    assert!(!run.has_finding("password_rejected"), "{}", run.why());
    let pop = run
        .probes()
        .into_iter()
        .find(|pr| pr["protocol"] == "pop3")
        .cloned()
        .expect("pop3 probe");
    assert_eq!(pop["outcome"], "ok", "popa3d works: {}", run.why());
}
