//! The `guide` and `export` commands, from a saved report (no network).

use std::process::Command;

/// TSUNAGU_TEST_BIN: another build of the same program to run instead, such as the Windows
/// tsunagu.exe under Wine (scripts/windows.sh --test).
fn bin_path() -> std::ffi::OsString {
    std::env::var_os("TSUNAGU_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_tsunagu").into())
}
fn bin() -> Command {
    let mut c = Command::new(bin_path());
    c.env("LANG", "ja_JP.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

fn write_report(dir: &std::path::Path) -> std::path::PathBuf {
    let s = |p: &str, h: &str, port: u16, sec: &str| {
        serde_json::json!({"protocol": p, "host": h, "port": port, "security": sec,
            "username": "kyosai@cvk.ne.jp", "authentication": "password-cleartext"})
    };
    let r = serde_json::json!({
        "schema": 1, "address": "kyosai@cvk.ne.jp", "input_notes": [], "situation": "cant-send",
        "provider": null, "probes": [], "findings": [], "ms": 5,
        "recommended": {"incoming": s("imap", "mail.cvk.ne.jp", 993, "tls"),
                        "outgoing": s("smtp", "mail.cvk.ne.jp", 587, "starttls"), "verified": true},
        "started_at": "2026-11-26T07:00:00Z", "lang": "ja"
    });
    let p = dir.join("report.json");
    std::fs::write(&p, serde_json::to_vec(&r).unwrap()).unwrap();
    p
}

#[test]
fn guide_prints_steps_and_differences() {
    let d = tempfile::tempdir().unwrap();
    let rep = write_report(d.path());
    let cur = d.path().join("cur.json");
    std::fs::write(&cur, r#"{"outgoing_port": 25}"#).unwrap();
    let o = bin()
        .args(["guide", "--client", "outlook-classic", "--from"])
        .arg(&rep)
        .arg("--current")
        .arg(&cur)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("送信メール：ポート: 25 → 587"), "{out}");
    assert!(out.contains("「送信サーバー（SMTP）は認証が必要(O)」: チェックを入れる"));
    assert!(out.contains("あわせて確かめること"));

    let o = bin()
        .args(["guide", "--client", "gmail-web", "--json", "--from"])
        .arg(&rep)
        .output()
        .unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["guide"]["client"], "gmail-web");
    assert!(v["steps"].as_array().unwrap().len() >= 3);
}

#[test]
fn export_writes_profile_and_report() {
    let d = tempfile::tempdir().unwrap();
    let rep = write_report(d.path());
    let out = d.path().join("a.mobileconfig");
    let o = bin()
        .args(["export", "mobileconfig", "--target", "mac", "--from"])
        .arg(&rep)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("<string>com.apple.mail.managed</string>"));
    assert!(xml.contains("<key>TargetDeviceType</key>\n\t<integer>5</integer>"));

    let o = bin()
        .args(["export", "report", "--format", "html", "--from"])
        .arg(&rep)
        .output()
        .unwrap();
    assert!(o.status.success());
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("kyosai@cvk.ne.jp"));
}

#[test]
fn bad_input_is_a_clear_usage_error() {
    let o = bin()
        .args(["guide", "--client", "iphone"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--from"));
    let o = bin()
        .args([
            "guide",
            "--client",
            "iphone",
            "--from",
            "/nonexistent/r.json",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let o = bin()
        .args(["guide", "--client", "palm-pilot", "a@b.jp"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}
