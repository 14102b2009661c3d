//! The Japanese-output scan (issue 12, docs/glossary.md): every Japanese sentence the product
//! shows — every finding × situation × reason, every situation's steps and advice, every client
//! guide, the text / Markdown / HTML reports, the CLI's output and progress lines, and the
//! wizard's strings in locales/ja/ui.ftl — is checked for
//!
//! * English words (ASCII words with a lower-case letter) outside the allow-list of product
//!   names, protocol words and units; host names, addresses, URLs, paths and command-line
//!   flags are values and are left out before the check;
//! * internal ids (snake_case such as `connect_timeout`);
//! * the glossary's banned variants (プロバイダ without ー, ブラウザ, フォルダ, スマホ, ウェブメール…)
//!   outside 「」 (inside 「」 the app's or provider's own spelling is kept), doubled brackets
//!   「「, half-width parentheses next to Japanese, spaces between a number and Japanese;
//! * raw timestamps (`2026-12-01T23:42:08Z`).
//!
//! A failure lists every offending line with where it came from.

use regex::Regex;
use std::collections::BTreeSet;
use std::process::Command;
use std::sync::LazyLock;
use tsunagu::export::report;
use tsunagu::guide::{self, ClientId, GuideInput};
use tsunagu::model::*;
use tsunagu::situation::{self, ManageWhere, Questions, SituationContext};
use tsunagu::text::{self, FindingCtx, Reason};

/// Product names, protocol words and units that may stand in Japanese text as they are.
const ALLOWED: &[&str] = &[
    // Products and companies.
    "Apple",
    "iPhone",
    "iPad",
    "Mac",
    "macOS",
    "Android",
    "Google",
    "Gmail",
    "Gmailify",
    "Microsoft",
    "Outlook",
    "Windows",
    "Office",
    "Exchange",
    "Thunderbird",
    "Mozilla",
    "iCloud",
    "Yahoo",
    "Zoho",
    "Fastmail",
    "Xserver",
    "So-net",
    "Sony",
    "NURO",
    "BIGLOBE",
    "OCN",
    "iTSCOM",
    "CATV",
    "J:COM",
    "nifty",
    "docomo",
    "au",
    "Tsunagu",
    "tsunagu",
    "English",
    "Safari",
    "Chrome",
    "Edge",
    "Firefox",
    "Mail",
    "App",
    "Store",
    "Play",
    "Hotmail",
    "Live",
    "ZAQ",
    "Webmail",
    "Web",
    "Wi-Fi",
    "WiFi",
    "Google Play",
    "Deltachat",
    "Delta",
    "Chat",
    "Sakura",
    "Plala",
    "Asahi",
    "Net",
    "Dream",
    "Aikis",
    "AOL",
    "GMX",
    "Posteo",
    "Proton",
    "Rakuten",
    // Protocol words and formats.
    "OAuth",
    "OAuth2",
    "XOAUTH2",
    "IMAP4",
    "POP3",
    "TLSv1",
    "TLSv1.2",
    "TLSv1.3",
    "autoconfig",
    "clientConfig",
    "mobileconfig",
    "json",
    "md",
    "html",
    "ms",
    "MB",
    "GB",
    "KB",
    "TB",
    "www",
    "https",
    "http",
    "iOS",
    "Sonoma",
    "Ventura",
    "Sequoia",
    "My",
    // Internet protocol versions, as providers and routers name them in Japanese too.
    "IPv4",
    "IPv6",
    // Header and folder names as servers and apps write them.
    "From",
    "Subject",
    "Junk",
    "Spam",
    "Inbox",
    "Trash",
    "Sent",
    "Drafts",
    // What the command line takes (values the person types).
    "new-device",
    "cant-receive",
    "cant-send",
    "outlook-new",
    "outlook-classic",
    "windows-mail",
    "mac-mail",
    "iphone",
    "android-gmail",
    "gmail-web",
    "thunderbird",
    "ja",
    "en",
    "mac",
    "any",
    "diagnose",
    "providers",
    "check",
    "current",
    "handoff",
    "lookup",
    "export",
    "guide",
    "report",
    "gmail",
    "Markdown",
    // The local parts of the test addresses (values).
    "taro",
    "popuser",
    "jiro",
    "hanako",
    "kyosai",
    "nobody",
    "someone",
    "user",
];

/// The glossary's banned variants (regular expression, what to write instead).
const BANNED: &[(&str, &str)] = &[
    ("プロバイダ(?:[^ー]|$)", "プロバイダー"),
    ("ブラウザ(?:[^ー]|$)", "ブラウザー"),
    ("フォルダ(?:[^ー]|$)", "フォルダー"),
    ("サーバ(?:[^ー]|$)", "サーバー"),
    ("ユーザ(?:[^ー]|$)", "ユーザー"),
    ("スマホ", "スマートフォン"),
    ("ウェブメール", "Webメール"),
    ("Web メール", "Webメール"),
    ("Eメール|eメール|Ｅメール", "メール"),
    ("Apple ?ID", "Apple アカウント"),
    ("「「|」」", "「『…』」"),
];

struct Scan {
    problems: Vec<String>,
    texts: usize,
}

impl Scan {
    fn new() -> Scan {
        Scan {
            problems: Vec::new(),
            texts: 0,
        }
    }

    fn check(&mut self, origin: &str, text: &str) {
        self.texts += 1;
        for line in text.lines() {
            for p in line_problems(line) {
                self.problems.push(format!("{origin}: {p}\n      {line}"));
            }
        }
    }
}

fn is_jp(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{3005}')
}

/// Values that are not words: URLs, addresses, host names, paths, flags, ids in `code`.
fn strip_values(line: &str) -> String {
    static RES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        [
            // Names of several words, and the language switch's own label (read in English).
            r"Outlook for Windows|au one net|Switch to English|My docomo|Microsoft 365|POP before SMTP",
            r"\[[a-z]+\]",
            // What a server said, quoted as it came.
            r"“[^”]*”",
            r#""[^"]*""#,
            r"https?://[^\s」）)、。]+",
            r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+",
            r"--[a-z][a-z-]*",
            r"(?:[A-Za-z0-9_-]+\.)+[A-Za-z]{2,}(?::\d+)?",
            r"%[A-Z]+%",
            r"[A-Za-z0-9]+(?:/[A-Za-z0-9.+-]+)+",
        ]
        .iter()
        .map(|r| Regex::new(r).unwrap())
        .collect()
    });
    let mut s = line.to_string();
    for r in RES.iter() {
        s = r.replace_all(&s, " ").into_owned();
    }
    s
}

static SNAKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b").unwrap());
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z][A-Za-z0-9:.+-]*[A-Za-z0-9]|[A-Za-z]").unwrap());
static STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}").unwrap());
const JP: &str = "\u{3040}-\u{30ff}\u{4e00}-\u{9fff}\u{3005}";
static NUM_SPACE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(r"(?:^|[^A-Za-z0-9:./_@%-])\d+ [{JP}]"),
        format!(r"[{JP}] \d+(?:[^0-9:A-Za-z. ]| [{JP}]|$)"),
    ]
    .iter()
    .map(|r| Regex::new(r).unwrap())
    .collect()
});
static TAGS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").unwrap());
static BANNED_RE: LazyLock<Vec<(Regex, &str, bool)>> = LazyLock::new(|| {
    BANNED
        .iter()
        .map(|(r, i)| (Regex::new(r).unwrap(), *i, r.starts_with('「')))
        .collect()
});

fn outside_quotes(line: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for c in line.chars() {
        match c {
            '「' | '『' => depth += 1,
            '」' | '』' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn line_problems(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let values_out = strip_values(line);
    // Internal ids.
    let snake = &*SNAKE;
    for m in snake.find_iter(&values_out) {
        out.push(format!("internal id {:?}", m.as_str()));
    }
    // English words: ASCII words with a lower-case letter, not allowed.
    for m in WORD.find_iter(&values_out) {
        let w = m.as_str();
        let w = w.trim_end_matches(['.', ':', '-']);
        if !w.chars().any(|c| c.is_ascii_lowercase()) || w.len() == 1 {
            continue; // acronyms, protocol words (IMAP, SSL/TLS, OK), single letters
        }
        if ALLOWED.contains(&w) || snake.is_match(w) {
            continue;
        }
        out.push(format!("English word {w:?}"));
    }
    // Banned variants, outside 「」.
    // Proper names keep their maker's spelling (さくらのレンタルサーバ).
    let plain = outside_quotes(line).replace("さくらのレンタルサーバ", "");
    for (re, instead, whole) in BANNED_RE.iter() {
        let hay = if *whole { line } else { plain.as_str() };
        if let Some(m) = re.find(hay) {
            out.push(format!("banned {:?} (write {instead})", m.as_str()));
        }
    }
    // Half-width parentheses next to Japanese; a space between a number and Japanese.
    // Inside 「」 the app's own label is kept (「アカウント名(U)」, 「SSL/TLS (推奨)」).
    let pchars: Vec<char> = plain.chars().collect();
    for (i, c) in pchars.iter().enumerate() {
        let chars = &pchars;
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let touches = |x: Option<char>| x.is_some_and(is_jp);
        if (*c == '(' && (touches(prev) || touches(next)))
            || (*c == ')' && (touches(prev) || touches(next)))
        {
            out.push("half-width parenthesis in Japanese (write （）)".into());
            break;
        }
    }
    // A number standing alone next to Japanese is written without a space (587番, ここが587に);
    // a value that ends in digits (mail.example.jp:587 は) and a number with an ASCII unit
    // (0 ms) keep theirs, and so does the clock time after a date (2026年12月1日 23:42).
    if NUM_SPACE.iter().any(|r| r.is_match(line)) {
        out.push("space between a number and Japanese (write 587番, 2026年12月1日)".into());
    }
    // Raw timestamps.
    if STAMP.is_match(line) {
        out.push("raw timestamp (write 2026年12月1日 23:42)".into());
    }
    out
}

/// The visible text of an HTML page (after its style sheet, tags removed).
fn html_text(page: &str) -> String {
    let body = page.split_once("</style>").map(|(_, b)| b).unwrap_or(page);
    TAGS.replace_all(body, "\n").into_owned()
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tsunagu"));
    c.env("LANG", "ja_JP.UTF-8");
    c
}

fn run(args: &[&str]) -> (String, String) {
    let out = bin().args(args).output().expect("run tsunagu");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const ADDRESSES: &[&str] = &[
    "taro@aa2.so-net.ne.jp",
    "kyosai@cvk.ne.jp",
    "hanako@ab.ms246.net",
    "jiro@itscom.net",
    "someone@biglobe.ne.jp",
    "user@docomo.ne.jp",
    "user@nifty.com",
    "user@gmail.com",
    "user@company.onmicrosoft.com",
    "nobody@unknown-provider.example",
];

fn offline_report(address: &str, s: Situation) -> Report {
    let (out, err) = run(&[
        "diagnose",
        "--offline",
        "--json",
        "--lang",
        "ja",
        "--situation",
        s.as_str(),
        address,
    ]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{address}: {e}\n{out}\n{err}"))
}

fn finding_ctxs() -> Vec<(String, FindingCtx)> {
    let full = |reason: Reason, failure: Option<FailureKind>| FindingCtx {
        address: "taro@aa2.so-net.ne.jp".into(),
        domain: "aa2.so-net.ne.jp".into(),
        provider_name: Some("So-net".into()),
        password_name: Some("「ユーザー情報」に記載されたパスワード".into()),
        password_written_on: Some(
            "ご契約時に受け取った「ユーザー情報」に記載されています。".into(),
        ),
        webmail_url: Some("https://webmail.example.jp/".into()),
        management_url: Some("https://support.example.jp/".into()),
        app_password_url: Some("https://myaccount.example.com/apppasswords".into()),
        password_reset_url: Some("https://example.jp/reset".into()),
        keep_on_server_days: Some(14),
        imap_paid_option: true,
        servers: vec!["mail.example.jp:993".into(), "mail.example.jp:587".into()],
        failure,
        issuer: Some("ESET SSL FILTER CA".into()),
        vendor: Some("ESET".into()),
        server_text: Some("NO [AUTHENTICATIONFAILED] INVALID CREDENTIALS".into()),
        percent: Some(97),
        used_bytes: Some(970_000_000),
        limit_bytes: Some(1_000_000_000),
        count: Some(12),
        username: Some("taro".into()),
        rejected_username: Some("taro@aa2.so-net.ne.jp".into()),
        attempts: 2,
        port: Some(587),
        security: Some(Security::Starttls),
        alternative_works: true,
        any_login_ok: true,
        reason,
        tried: vec!["IMAP mail.example.jp:993 SSL/TLS → 接続を断られました".into()],
        imap_available: Some(true),
        ..FindingCtx::default()
    };
    let reasons = [
        Reason::Unspecified,
        Reason::Offline,
        Reason::NoData,
        Reason::NoPassword,
        Reason::Partial,
        Reason::NothingFound,
        Reason::AllFailed,
        Reason::OnlyPort25,
        Reason::LoginFailed,
        Reason::SubmitRejected,
    ];
    let mut v = vec![("default".to_string(), FindingCtx::default())];
    for r in reasons {
        v.push((format!("{r:?}"), full(r, None)));
        let mut bare = FindingCtx {
            reason: r,
            ..FindingCtx::default()
        };
        bare.alternative_works = false;
        v.push((format!("{r:?}, no facts"), bare));
    }
    for k in FailureKind::ALL {
        v.push((
            format!("failure {}", k.as_str()),
            full(Reason::AllFailed, Some(k)),
        ));
    }
    v
}

fn scan_findings(scan: &mut Scan) {
    for (name, base) in finding_ctxs() {
        for s in Situation::ALL {
            for id in FindingId::ALL {
                let c = FindingCtx {
                    situation: s,
                    ..base.clone()
                };
                let f = text::finding(id, &c, Lang::Ja);
                let origin = format!("finding {} × {} × {name}", id.as_str(), s.as_str());
                scan.check(&origin, &f.title);
                scan.check(&origin, &f.detail);
                for a in &f.actions {
                    scan.check(&origin, a);
                }
            }
        }
    }
    for k in FailureKind::ALL {
        scan.check("failure kind", &text::failure_kind(k, Lang::Ja));
    }
}

fn scan_report_outputs(scan: &mut Scan, r: &Report, origin: &str) {
    scan.check(
        &format!("{origin} text report"),
        &text::report_text(r, Lang::Ja),
    );
    scan.check(
        &format!("{origin} markdown"),
        &report::markdown(r, Lang::Ja),
    );
    scan.check(
        &format!("{origin} html"),
        &html_text(&report::html(r, Lang::Ja)),
    );
    let input = GuideInput::from_report(r);
    for c in ClientId::ALL {
        if let Ok(g) = guide::build(c, &input) {
            scan.check(
                &format!("{origin} guide {c:?}"),
                &guide::render_text(&g, Lang::Ja),
            );
        }
    }
    let ctx = SituationContext::from_report(r);
    for s in Situation::ALL {
        let steps = situation::steps(s, &ctx);
        scan.check(
            &format!("{origin} steps {}", s.as_str()),
            &situation::render_text(&steps, Lang::Ja),
        );
        for id in FindingId::ALL {
            let a = situation::advise(s, id, Some(ClientId::Iphone), &ctx, &input);
            scan.check(&format!("{origin} advice {}", id.as_str()), &a.first.ja);
            for f in &a.fields {
                scan.check(&format!("{origin} advice field"), &f.screen.ja);
            }
        }
    }
    scan.check(
        &format!("{origin} checklist"),
        &situation::render_text(&situation::new_device_checklist(&ctx), Lang::Ja),
    );
    for devices in [1, 3] {
        for keep in [false, true] {
            for manage in [
                ManageWhere::OnePc,
                ManageWhere::Anywhere,
                ManageWhere::NotSure,
            ] {
                let q = Questions {
                    devices,
                    keep_all_on_one_pc: keep,
                    manage,
                };
                let a = situation::choose_protocol(&q, &ctx);
                for t in a.reasons.iter().chain(a.cautions.iter()) {
                    scan.check(&format!("{origin} protocol advice"), &t.ja);
                }
            }
        }
    }
}

fn scan_cli(scan: &mut Scan, dir: &std::path::Path) {
    let (out, _) = run(&["providers", "--lang", "ja"]);
    scan.check("providers", &out);
    // The help of every command, in a Japanese locale.
    for c in [
        &[][..],
        &["diagnose"],
        &["providers"],
        &["providers", "check"],
        &["lookup"],
        &["export"],
        &["export", "autoconfig"],
        &["export", "mobileconfig"],
        &["export", "report"],
        &["guide"],
    ] {
        let mut args = c.to_vec();
        args.push("--help");
        let (out, err) = run(&args);
        assert!(out.contains("使い方"), "{args:?}: {out}{err}");
        scan.check(&format!("help {}", c.join(" ")), &out);
    }
    for a in ADDRESSES {
        let (out, err) = run(&["lookup", "--offline", "--lang", "ja", a]);
        scan.check(&format!("lookup {a}"), &out);
        scan.check(&format!("lookup {a} stderr"), &err);
        for s in Situation::ALL {
            let (out, err) = run(&[
                "diagnose",
                "--offline",
                "--lang",
                "ja",
                "--situation",
                s.as_str(),
                a,
            ]);
            scan.check(&format!("diagnose {a} {}", s.as_str()), &out);
            scan.check(&format!("diagnose {a} {} progress", s.as_str()), &err);
        }
        // The library renders every guide of every report above; the CLI adds its frame.
        let clients: &[&str] = if a.contains("so-net") || a.contains("cvk") {
            &[
                "outlook-new",
                "windows-mail",
                "mac-mail",
                "iphone",
                "android-gmail",
                "gmail-web",
                "thunderbird",
                "outlook-classic",
            ]
        } else {
            &["iphone"]
        };
        for c in clients {
            let (out, err) = run(&["guide", "--offline", "--lang", "ja", "--client", c, a]);
            let ja = out.split("----- English -----").next().unwrap_or_default();
            scan.check(&format!("guide {c} {a}"), ja);
            scan.check(&format!("guide {c} {a} stderr"), &err);
        }
        for f in ["md", "html"] {
            let (out, _) = run(&[
                "export",
                "report",
                "--offline",
                "--lang",
                "ja",
                "--format",
                f,
                a,
            ]);
            let out = if f == "html" { html_text(&out) } else { out };
            scan.check(&format!("export report {f} {a}"), &out);
        }
    }
    // Live progress lines: servers that refuse (closed loopback ports), no password.
    let cfg = dir.join("closed.xml");
    std::fs::write(
        &cfg,
        r#"<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.jp"><domain>example.jp</domain>
<incomingServer type="imap"><hostname>127.0.0.1</hostname><port>9</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>127.0.0.1</hostname><port>9</port><socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#,
    )
    .unwrap();
    let (out, err) = run(&[
        "diagnose",
        "--lang",
        "ja",
        "--timeout",
        "5",
        "--config",
        cfg.to_str().unwrap(),
        "taro@example.jp",
    ]);
    scan.check("diagnose closed ports", &out);
    scan.check("diagnose closed ports progress", &err);
    let (json, _) = run(&[
        "diagnose",
        "--lang",
        "ja",
        "--json",
        "--timeout",
        "5",
        "--config",
        cfg.to_str().unwrap(),
        "taro@example.jp",
    ]);
    let mut r: Report = serde_json::from_str(&json).expect("closed-port report");
    assert!(
        r.probes.iter().any(|p| p.outcome == Outcome::Failed),
        "the closed ports must fail"
    );
    // What a TLS server adds to the report (its certificate's expiry is a time too).
    r.probes[0].tls = Some(TlsInfo {
        version: Some("TLSv1.3".into()),
        subject: Some("CN=mail.example.jp".into()),
        issuer: Some("CN=ESET SSL FILTER CA".into()),
        not_after: Some("2027-01-01T00:00:00Z".into()),
        trusted: false,
        hostname_matches: false,
    });
    scan_report_outputs(scan, &r, "closed ports");
}

/// Live runs against the test mail servers (`bash tests/peers/up.sh`), when they are up: the
/// progress lines and reports of working logins, mailboxes, a refused IMAP login.
fn scan_peers(scan: &mut Scan, dir: &std::path::Path) {
    let env = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/peers/run/env.json");
    let Ok(text) = std::fs::read_to_string(env) else {
        eprintln!("test mail servers not running: live lines not scanned");
        return;
    };
    let env: serde_json::Value = serde_json::from_str(&text).unwrap();
    let port = |k: &str| env["ports"][k].as_u64().unwrap();
    let host = env["host"].as_str().unwrap();
    let cfg = dir.join("peers.xml");
    std::fs::write(
        &cfg,
        format!(
            r#"<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="tsunagu.test"><domain>tsunagu.test</domain>
<incomingServer type="imap"><hostname>{host}</hostname><port>{}</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<incomingServer type="pop3"><hostname>{host}</hostname><port>{}</port><socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></incomingServer>
<outgoingServer type="smtp"><hostname>{host}</hostname><port>{}</port><socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication></outgoingServer>
</emailProvider></clientConfig>"#,
            port("imap_tls"),
            port("pop3_starttls"),
            port("smtp_submission")
        ),
    )
    .unwrap();
    let ca = env["ca_file"].as_str().unwrap();
    let pw = env["password"].as_str().unwrap();
    for user in [
        "normal",
        "junk",
        "quota_nearly_full",
        "imap_denied",
        "empty",
    ] {
        let addr = env["users"][user].as_str().unwrap();
        for json in [false, true] {
            let mut c = bin();
            c.args([
                "diagnose",
                "--password-stdin",
                "--lang",
                "ja",
                "--situation",
                "cant-receive",
            ]);
            c.args(["--config", cfg.to_str().unwrap(), "--ca-file", ca, addr]);
            if json {
                c.arg("--json");
            }
            c.stdin(std::process::Stdio::piped());
            c.stdout(std::process::Stdio::piped());
            c.stderr(std::process::Stdio::piped());
            let mut child = c.spawn().unwrap();
            use std::io::Write as _;
            writeln!(child.stdin.take().unwrap(), "{pw}").unwrap();
            let out = child.wait_with_output().unwrap();
            let (o, e) = (
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
            );
            if json {
                let r: Report =
                    serde_json::from_str(&o).unwrap_or_else(|e| panic!("{addr}: {e}: {o}"));
                scan_report_outputs(scan, &r, &format!("live {user}"));
            } else {
                scan.check(&format!("live {user}"), &o);
                scan.check(&format!("live {user} progress"), &e);
            }
        }
    }
}

/// The texts a Fluent pattern can show: placeables holding a variable become "X", and a
/// select expression gives one text per variant.
fn pattern_texts(p: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(i: &InlineExpression<&str>) -> Vec<String> {
        match i {
            InlineExpression::StringLiteral { value } => vec![value.to_string()],
            InlineExpression::NumberLiteral { value } => vec![value.to_string()],
            InlineExpression::Placeable { expression } => expr(expression),
            _ => vec!["X".to_string()],
        }
    }
    fn expr(e: &Expression<&str>) -> Vec<String> {
        match e {
            Expression::Inline(i) => inline(i),
            Expression::Select { variants, .. } => variants
                .iter()
                .flat_map(|v| pattern_texts(&v.value))
                .collect(),
        }
    }
    let mut out = vec![String::new()];
    for el in &p.elements {
        let parts = match el {
            PatternElement::TextElement { value } => vec![value.to_string()],
            PatternElement::Placeable { expression } => expr(expression),
        };
        out = out
            .iter()
            .flat_map(|o| parts.iter().map(move |x| format!("{o}{x}")))
            .collect();
    }
    out
}

/// The wizard's Japanese strings: every message and attribute of locales/ja/ui.ftl (the
/// catalogue the wizard reads, ui/src/catalogue.ts), each variant of a choice on its own.
fn scan_ui(scan: &mut Scan) {
    use fluent_syntax::ast::Entry;
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/ja/ui.ftl")).unwrap();
    let res = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, errs)| panic!("locales/ja/ui.ftl: {errs:?}"));
    let mut n = 0;
    for e in &res.body {
        let Entry::Message(msg) = e else { continue };
        let patterns = msg
            .value
            .iter()
            .chain(msg.attributes.iter().map(|a| &a.value));
        for p in patterns {
            for s in pattern_texts(p) {
                scan.check("locales/ja/ui.ftl", &s);
                n += 1;
            }
        }
    }
    assert!(n > 100, "the wizard's catalogue was read ({n} strings)");
}

#[test]
fn japanese_output_has_no_english_ids_or_banned_variants() {
    let dir = tempfile::tempdir().unwrap();
    let mut scan = Scan::new();
    scan_findings(&mut scan);
    for a in ADDRESSES {
        for s in Situation::ALL {
            let r = offline_report(a, s);
            scan_report_outputs(&mut scan, &r, &format!("{a} {}", s.as_str()));
        }
    }
    scan_cli(&mut scan, dir.path());
    scan_peers(&mut scan, dir.path());
    scan_ui(&mut scan);
    let unique: BTreeSet<_> = scan.problems.iter().collect();
    if let Some(path) = std::env::var_os("JA_WORDS_DUMP") {
        let all: Vec<_> = unique.iter().map(|s| s.as_str()).collect();
        std::fs::write(path, all.join("\n")).unwrap();
    }
    eprintln!("scanned {} texts, {} problems", scan.texts, unique.len());
    assert!(
        unique.is_empty(),
        "Japanese output breaks docs/glossary.md ({} lines):\n{}",
        unique.len(),
        unique
            .into_iter()
            .take(80)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_scan_catches_what_it_should() {
    // Each rule, once, so that the scan cannot pass by finding nothing.
    for (line, want) in [
        (
            "見つかった (信頼できる経路; 0 ms) partly unverified",
            "English word",
        ),
        ("根拠: connect_timeout", "internal id"),
        ("プロバイダのページ", "banned"),
        ("「「ユーザー情報」に記載されたパスワード」", "banned"),
        ("応答がありません(時間切れ)", "half-width"),
        ("587 番を使います", "space between"),
        ("日時: 2026-12-01T23:42:08Z", "raw timestamp"),
    ] {
        let p = line_problems(line);
        assert!(p.iter().any(|x| x.contains(want)), "{line}: {p:?}");
    }
    // Values and product names pass.
    for ok in [
        "受信サーバー mail.so-net.ne.jp:995 SSL/TLS、ユーザー名 taro@aa2.so-net.ne.jp",
        "https://support.so-net.ne.jp/ で確かめてください（--offline）。",
        "Thunderbird の「サーバ設定」で 「受信メールサーバ」 を開きます",
        "2026年12月1日 23:42",
    ] {
        assert!(
            line_problems(ok).is_empty(),
            "{ok}: {:?}",
            line_problems(ok)
        );
    }
}
