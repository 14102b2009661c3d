//! The `providers`, `lookup` and `export autoconfig` commands, run as the real binary.

use serde_json::Value;
use std::process::Command;
use std::time::Instant;

/// TSUNAGU_TEST_BIN: another build of the same program to run instead, such as the Windows
/// tsunagu.exe under Wine (scripts/windows.sh --test).
fn bin_path() -> std::ffi::OsString {
    std::env::var_os("TSUNAGU_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_tsunagu").into())
}
fn tsunagu(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(bin_path())
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("run tsunagu");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = tsunagu(args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn lookup_offline_finds_so_net_by_subdomain() {
    let v = json(&["lookup", "taro@aa2.so-net.ne.jp", "--offline", "--json"]);
    assert_eq!(v["provider"]["id"], "so-net");
    assert_eq!(v["provider"]["source"], "bundled");
    assert_eq!(
        v["provider_facts"]["password"]["name"]["ja"],
        "メールアドレスパスワード"
    );
    let c = v["candidates"].as_array().unwrap();
    assert!(c
        .iter()
        .any(|c| c["host"] == "pop.so-net.ne.jp" && c["documented"] == false));
    assert!(c.len() <= 24);
    let (code, text, _) = tsunagu(&[
        "lookup",
        "taro@aa2.so-net.ne.jp",
        "--offline",
        "--lang",
        "ja",
    ]);
    assert_eq!(code, 0);
    assert!(text.contains("So-net") && text.contains("メールアドレスパスワード"));
}

#[test]
fn lookup_offline_cvk_gives_the_sheet_values_as_verified() {
    let v = json(&["lookup", "kyosai@cvk.ne.jp", "--offline", "--json"]);
    assert_eq!(v["provider"]["id"], "cvk");
    let c = v["candidates"].as_array().unwrap();
    let want = [
        ("imap", 993, "tls"),
        ("pop3", 995, "tls"),
        ("smtp", 587, "starttls"),
    ];
    for (p, port, sec) in want {
        assert!(
            c.iter().any(|c| c["protocol"] == p
                && c["host"] == "mail.cvk.ne.jp"
                && c["port"] == port
                && c["security"] == sec
                && c["documented"] == true),
            "{p} {port}"
        );
    }
    assert_eq!(v["provider_facts"]["quota_mb"]["value"], 100);
    assert_eq!(v["provider_facts"]["quota_mb"]["status"], "verified");
    assert_eq!(v["provider_facts"]["keep_on_server_days"]["value"], 14);
}

#[test]
fn lookup_offline_itscom_management_forwarding_overseas() {
    let v = json(&["lookup", "hanako@abc.ms246.net", "--offline", "--json"]);
    assert_eq!(v["provider"]["id"], "itscom");
    let f = &v["provider_facts"];
    assert_eq!(f["management"]["url"], "https://support.ms246.net/supw");
    assert_eq!(f["password"]["name"]["ja"], "POPアカウントパスワード");
    let notes = f["notes"].as_array().unwrap();
    assert!(notes.iter().any(|n| n["id"] == "forwarding_without_copy"));
    assert!(notes.iter().any(|n| n["id"] == "overseas_sending"));
    let v = json(&["lookup", "hanako@mgl.246.ne.jp", "--offline", "--json"]);
    assert_eq!(
        v["provider_facts"]["management"]["url"],
        "https://support.mgl.246.ne.jp/supw/"
    );
    let (_, text, _) = tsunagu(&[
        "lookup",
        "hanako@abc.ms246.net",
        "--offline",
        "--lang",
        "ja",
    ]);
    assert!(text.contains("https://support.ms246.net/supw"));
    assert!(text.contains("転送") && text.contains("国外"));
}

#[test]
fn lookup_rejects_bad_input_with_exit_2() {
    let (code, out, err) = tsunagu(&["lookup", "no-at-sign", "--offline"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(!err.is_empty());
}

#[test]
fn providers_list_and_json() {
    let v = json(&["providers", "--json"]);
    let list = v["providers"].as_array().unwrap();
    assert!(list.len() >= 24);
    assert!(list
        .iter()
        .any(|p| p["id"] == "cvk" && p["values"]["verified"] == 12));
    // 峡西CATV's sheet never names the username: each server's username form is unverified.
    assert!(list
        .iter()
        .any(|p| p["id"] == "cvk" && p["values"]["unverified"] == 5));
    let (code, text, _) = tsunagu(&["providers", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(text.contains("so-net") && text.contains("verified"));
}

#[test]
fn export_autoconfig_round_trips() {
    let (code, xml, err) = tsunagu(&["export", "autoconfig", "kyosai@cvk.ne.jp", "--offline"]);
    assert_eq!(code, 0, "{err}");
    let cfg = tsunagu::autoconfig::parse(&xml).unwrap();
    let p = cfg.provider().unwrap();
    assert!(p.domains.contains(&"cvk.ne.jp".to_string()));
    assert!(p
        .incoming
        .iter()
        .all(|s| s.socket_type.as_deref() == Some("SSL")));
    assert_eq!(p.outgoing[0].port, Some(587));
    assert_eq!(p.outgoing[0].username.as_deref(), Some("%EMAILADDRESS%"));
}

#[test]
fn lookup_with_config_file_uses_it() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.xml");
    std::fs::write(
        &f,
        r#"<clientConfig version="1.1"><emailProvider id="x"><domain>cvk.ne.jp</domain>
<incomingServer type="pop3"><hostname>pop.%EMAILDOMAIN%</hostname><port>995</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication></incomingServer>
</emailProvider></clientConfig>"#,
    )
    .unwrap();
    let v = json(&[
        "lookup",
        "kyosai@cvk.ne.jp",
        "--offline",
        "--json",
        "--config",
        f.to_str().unwrap(),
    ]);
    assert_eq!(v["provider"]["source"], "config");
    let c = &v["candidates"][0];
    assert_eq!(
        (c["host"].as_str(), c["documented"].as_bool()),
        (Some("pop.cvk.ne.jp"), Some(true))
    );
    assert_eq!(c["usernames"][0], "kyosai");
}

#[test]
fn lookup_offline_is_fast() {
    // Warm the binary once, then time a few runs (debug build; the release build is faster).
    tsunagu(&["lookup", "taro@aa2.so-net.ne.jp", "--offline", "--json"]);
    let mut best = u128::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let (code, _, _) = tsunagu(&["lookup", "taro@aa2.so-net.ne.jp", "--offline", "--json"]);
        assert_eq!(code, 0);
        best = best.min(t.elapsed().as_millis());
    }
    eprintln!("lookup --offline: best of 5 = {best} ms");
    assert!(best < 500, "{best} ms");
}

/// A tiny IMAP server on loopback: greets, answers CAPABILITY and LOGOUT.
async fn tiny_imap() -> u16 {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = l.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = l.accept().await {
            tokio::spawn(async move {
                let (r, mut w) = tcp.into_split();
                let mut r = BufReader::new(r);
                let _ = w
                    .write_all(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
                    .await;
                let mut line = String::new();
                while r.read_line(&mut line).await.unwrap_or(0) > 0 {
                    let tag = line.split_whitespace().next().unwrap_or("*").to_string();
                    let cmd = line.to_ascii_uppercase();
                    let reply = if cmd.contains("CAPABILITY") {
                        format!("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done\r\n")
                    } else if cmd.contains("LOGOUT") {
                        format!("* BYE\r\n{tag} OK bye\r\n")
                    } else {
                        format!("{tag} BAD no\r\n")
                    };
                    if w.write_all(reply.as_bytes()).await.is_err() || cmd.contains("LOGOUT") {
                        break;
                    }
                    line.clear();
                }
            });
        }
    });
    port
}

#[tokio::test]
async fn providers_check_marks_drift_on_loopback() {
    use tsunagu::model::{Authentication, Candidate, Protocol, Security, SettingsSource};
    use tsunagu::provider::Status;
    // The bundled list maps to candidates without credentials; %MXHOST% hosts are left out.
    let all = tsunagu::cli_lookup::check_candidates(None);
    assert!(all
        .iter()
        .any(|(id, _, c)| id == "cvk" && c.host == "mail.cvk.ne.jp"));
    assert!(all
        .iter()
        .all(|(_, _, c)| !c.host.contains('%') && c.usernames.is_empty()));
    // Run the check against loopback: one answering server, one closed port.
    let port = tiny_imap().await;
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let cand = |port| Candidate {
        protocol: Protocol::Imap,
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        usernames: vec![],
        authentication: Authentication::PasswordCleartext,
        source: SettingsSource::Bundled,
        documented: true,
    };
    let list = vec![
        ("live".to_string(), Status::Verified, cand(port)),
        ("gone".to_string(), Status::Verified, cand(closed)),
        ("maybe".to_string(), Status::Unverified, cand(closed)),
    ];
    let opts = tsunagu::probe::ProbeOptions {
        deadline: std::time::Duration::from_secs(5),
        ..Default::default()
    };
    let rows = tsunagu::cli_lookup::run_check(list, &opts).await;
    assert_eq!(rows.len(), 3);
    assert!(!rows[0].drift, "{:#?}", rows[0].probe);
    assert!(
        rows[0]
            .probe
            .capabilities
            .iter()
            .any(|c| c.eq_ignore_ascii_case("IMAP4rev1")),
        "{:#?}",
        rows[0].probe
    );
    assert_eq!(rows[0].probe.login_attempts, 0);
    assert!(rows[1].drift);
    assert!(!rows[2].drift, "unverified values do not drift");
    let text = tsunagu::cli_lookup::check_text(&rows);
    assert!(text.contains("DRIFT") && text.contains("1 verified values drifted"));
}
