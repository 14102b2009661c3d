//! The `tsunagu diagnose` contract that needs no server: exit codes, input notes, JSON shape.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tsunagu"))
        .args(args)
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tsunagu runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn unreadable_ca_file_is_a_usage_error_before_any_connection() {
    let (code, out, err) = run(
        &[
            "diagnose",
            "taro@example.jp",
            "--password-stdin",
            "--ca-file",
            "/nonexistent/ca.pem",
            "--lang",
            "en",
        ],
        "secret-Pw-1\n",
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--ca-file"), "{err}");
    assert!(err.contains("/nonexistent/ca.pem"), "{err}");
    // Nothing was probed: no progress lines.
    assert!(!err.contains("Trying"), "{err}");
    assert!(out.is_empty());
}

#[test]
fn fullwidth_address_is_normalised_and_reported_offline_json() {
    let (code, out, err) = run(
        &[
            "diagnose",
            "ｔａｒｏ＠ＣＶＫ．ｎｅ．ｊｐ",
            "--offline",
            "--json",
            "--password-stdin",
        ],
        " secret-Pw-1\n",
    );
    // Offline nothing is verified: exit 1, never 0.
    assert_eq!(code, 1, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    assert_eq!(v["schema"], 1);
    assert_eq!(v["address"], "taro@cvk.ne.jp");
    let ids: Vec<&str> = v["input_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"fullwidth_normalized"), "{ids:?}");
    assert!(ids.contains(&"password_whitespace"), "{ids:?}");
    assert_eq!(v["provider"]["id"], "cvk");
    assert_eq!(v["provider"]["source"], "bundled");
    assert_eq!(v["recommended"]["incoming"]["host"], "mail.cvk.ne.jp");
    assert_eq!(v["recommended"]["outgoing"]["port"], 587);
    assert!(v["probes"].as_array().unwrap().is_empty());
    assert!(!out.contains("secret-Pw-1") && !err.contains("secret-Pw-1"));
}

#[test]
fn invalid_address_and_injected_password_exit_2_with_a_clear_message() {
    let (code, _, err) = run(&["diagnose", "taro.example.jp", "--offline"], "");
    assert_eq!(code, 2);
    assert!(err.contains('@'), "{err}");
    let (code, out, err) = run(
        &[
            "diagnose",
            "taro@example.jp",
            "--password-stdin",
            "--lang",
            "en",
        ],
        "abc\rLOGOUT\n",
    );
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("LOGOUT") && !out.contains("LOGOUT"), "{err}");
}

#[test]
fn unknown_option_is_a_usage_error() {
    let (code, _, _) = run(&["diagnose", "taro@example.jp", "--bogus"], "");
    assert_eq!(code, 2);
}
