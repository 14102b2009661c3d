//! Reading the mail apps' current settings: real prefs.js files written by Thunderbird
//! (tests/data/thunderbird, see its README), hostile files, and `tsunagu current`.

use std::path::{Path, PathBuf};
use std::process::Command;
use tsunagu::current::{self, thunderbird, App, AuthSetting, Scan, ScanOptions};
use tsunagu::model::{Protocol, Security};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/thunderbird")
}

fn scan_dir(dir: &Path) -> Scan {
    current::scan(&ScanOptions {
        thunderbird_profile: Some(dir.to_path_buf()),
        skip_outlook: true,
    })
}

#[test]
fn real_pop_profile_with_leave_on_server_and_non_default_ports() {
    let s = scan_dir(&data().join("isp-pop"));
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    assert_eq!(s.accounts.len(), 2);
    let a = &s.accounts[0];
    assert_eq!(a.app, App::Thunderbird);
    assert_eq!(a.account, "account1");
    assert_eq!(a.profile, "isp-pop");
    assert!(
        Path::new(&a.source).ends_with("isp-pop/prefs.js"),
        "{}",
        a.source
    );
    assert_eq!(a.address.as_deref(), Some("yamada@isp.example"));
    let i = a.incoming.as_ref().unwrap();
    assert_eq!(i.protocol, Protocol::Pop3);
    assert_eq!(i.host, "pop.isp.example");
    assert_eq!(i.port, Some(10110));
    assert_eq!(i.security, Some(Security::Starttls));
    assert_eq!(i.username.as_deref(), Some("yamada@isp.example"));
    assert_eq!(i.leave_on_server, Some(true));
    assert_eq!(i.delete_after_days, Some(14));
    let o = a.outgoing.as_ref().unwrap();
    assert_eq!(
        (o.host.as_str(), o.port, o.security, o.auth),
        (
            "smtp.isp.example",
            Some(10587),
            Some(Security::Starttls),
            Some(AuthSetting::Password)
        )
    );
    // The old-style account: plain POP on 110, nothing left on the server, SMTP 25 without AUTH.
    let b = &s.accounts[1];
    let i = b.incoming.as_ref().unwrap();
    assert_eq!((i.port, i.security), (Some(110), Some(Security::None)));
    assert_eq!(
        (i.leave_on_server, i.delete_after_days),
        (Some(false), None)
    );
    let o = b.outgoing.as_ref().unwrap();
    assert_eq!((o.port, o.auth), (Some(25), Some(AuthSetting::None)));
    assert_eq!(o.username, None);
    assert_eq!(b.to_current().outgoing_auth_required, Some(false));
}

#[test]
fn real_imap_profile() {
    let s = scan_dir(&data().join("work-imap").join("prefs.js"));
    assert_eq!(s.accounts.len(), 1, "{:?}", s.problems);
    let a = &s.accounts[0];
    assert_eq!(a.address.as_deref(), Some("suzuki@work.example"));
    let i = a.incoming.as_ref().unwrap();
    assert_eq!(
        (i.protocol, i.host.as_str(), i.port, i.security),
        (
            Protocol::Imap,
            "imap.work.example",
            Some(10993),
            Some(Security::Tls)
        )
    );
    assert_eq!(i.leave_on_server, None);
    let o = a.outgoing.as_ref().unwrap();
    assert_eq!(
        (o.port, o.security, o.auth, o.username.as_deref()),
        (
            Some(10465),
            Some(Security::Tls),
            Some(AuthSetting::EncryptedPassword),
            Some("suzuki")
        )
    );
    let c = a.to_current();
    assert_eq!(c.incoming_port, Some(10993));
    assert_eq!(c.outgoing_auth_required, Some(true));
}

#[test]
fn profiles_ini_written_by_thunderbird_names_both_profiles() {
    let p = thunderbird::profiles_in(&data()).unwrap();
    let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["work-imap", "isp-pop"]);
    let mut s = Scan::default();
    thunderbird::read_root(&data(), &mut s);
    assert_eq!(s.accounts.len(), 3);
    assert_eq!(s.for_address("YAMADA@isp.example").len(), 1);
    assert_eq!(s.for_address("nobody@isp.example").len(), 0);
}

#[test]
fn installs_ini_and_absolute_paths() {
    let t = tempfile::tempdir().unwrap();
    let abs = t.path().join("elsewhere");
    std::fs::create_dir_all(&abs).unwrap();
    std::fs::copy(data().join("work-imap/prefs.js"), abs.join("prefs.js")).unwrap();
    let rel = t.path().join("Profiles/abc.default-release");
    std::fs::create_dir_all(&rel).unwrap();
    std::fs::copy(data().join("isp-pop/prefs.js"), rel.join("prefs.js")).unwrap();
    std::fs::write(
        t.path().join("profiles.ini"),
        format!(
            "[Profile0]\r\nName=abs\r\nIsRelative=0\r\nPath={}\r\n\r\n[General]\r\nVersion=2\r\n",
            abs.display()
        ),
    )
    .unwrap();
    std::fs::write(
        t.path().join("installs.ini"),
        "[308046B0AF4A39CB]\nDefault=Profiles/abc.default-release\nLocked=1\n",
    )
    .unwrap();
    let mut s = Scan::default();
    thunderbird::read_root(t.path(), &mut s);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    assert_eq!(s.accounts.len(), 3);
}

fn hostile(name: &str, bytes: &[u8]) -> String {
    let t = tempfile::tempdir().unwrap();
    let f = t.path().join(name);
    std::fs::write(&f, bytes).unwrap();
    let s = scan_dir(&f);
    assert!(s.accounts.is_empty());
    assert_eq!(s.problems.len(), 1);
    s.problems[0].message.clone()
}

#[test]
fn hostile_files_give_a_clear_error() {
    // Huge: refused without being read whole.
    let mut big = b"user_pref(\"a\", \"".to_vec();
    big.resize(17 * 1024 * 1024, b'x');
    let m = hostile("prefs.js", &big);
    assert!(m.contains("larger than 16 MiB"), "{m}");
    // Broken escapes.
    let m = hostile(
        "prefs.js",
        b"user_pref(\"mail.accountmanager.accounts\", \"account1\");\nuser_pref(\"mail.server.server1.hostname\", \"a\\qb\");\n",
    );
    assert!(m.contains("line 2") && m.contains("unknown escape"), "{m}");
    let m = hostile("prefs.js", b"user_pref(\"x\", \"\\u00\");");
    assert!(m.contains("hex digits"), "{m}");
    // Not UTF-8 (Shift_JIS bytes of a Japanese name).
    let m = hostile(
        "prefs.js",
        b"user_pref(\"mail.identity.id1.fullName\", \"\x8eR\x93c\");",
    );
    assert!(m.contains("not UTF-8") && m.contains("line 1"), "{m}");
    // JavaScript that is not a preference call is never run, only refused.
    let m = hostile("prefs.js", b"Services.prefs.setIntPref('x', 1);");
    assert!(m.contains("expected user_pref"), "{m}");
    // A missing file.
    let s = scan_dir(Path::new("/nonexistent/profile"));
    assert!(s.problems[0].message.contains("cannot open"));
}

#[test]
fn stored_passwords_are_never_opened() {
    // A profile with a logins.json that cannot be read (a directory): if the reader opened it,
    // it would fail; it lists the accounts and no problem.
    let t = tempfile::tempdir().unwrap();
    std::fs::copy(data().join("isp-pop/prefs.js"), t.path().join("prefs.js")).unwrap();
    std::fs::create_dir(t.path().join("logins.json")).unwrap();
    std::fs::create_dir(t.path().join("key4.db")).unwrap();
    let s = scan_dir(t.path());
    assert_eq!((s.accounts.len(), s.problems.len()), (2, 0));
    let json = current::scan_json(&s);
    assert!(!json.to_ascii_lowercase().contains("password\":"), "{json}");
}

fn tsunagu(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tsunagu"))
        .args(args)
        .env("LANG", "C")
        .env("HOME", "/nonexistent-home")
        .env("APPDATA", "/nonexistent-appdata")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn cli_current_json_has_the_documented_shape() {
    let dir = data().join("isp-pop");
    let (code, out) = tsunagu(&[
        "current",
        "--thunderbird-profile",
        dir.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let a = &v["accounts"][0];
    assert_eq!(a["app"], "thunderbird");
    assert!(a["source"].as_str().unwrap().ends_with("prefs.js"));
    assert_eq!(a["address"], "yamada@isp.example");
    let i = &a["incoming"];
    assert_eq!(i["protocol"], "pop3");
    assert_eq!(i["host"], "pop.isp.example");
    assert_eq!(i["port"], 10110);
    assert_eq!(i["security"], "starttls");
    assert_eq!(i["username"], "yamada@isp.example");
    assert_eq!(i["leave_on_server"], true);
    assert_eq!(i["delete_after_days"], 14);
    let o = &a["outgoing"];
    assert_eq!(o["host"], "smtp.isp.example");
    assert_eq!(o["port"], 10587);
    assert_eq!(o["security"], "starttls");
    assert_eq!(o["username"], "yamada@isp.example");
    assert_eq!(o["auth"], "password");
    assert_eq!(v["accounts"][1]["outgoing"]["auth"], "none");
}

#[test]
fn cli_current_text_and_errors() {
    let dir = data().join("work-imap");
    let (code, out) = tsunagu(&[
        "current",
        "--thunderbird-profile",
        dir.to_str().unwrap(),
        "--lang",
        "ja",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("suzuki@work.example") && out.contains("読み取った場所"),
        "{out}"
    );
    let (code, out) = tsunagu(&["current", "--thunderbird-profile", "/nonexistent"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("cannot open"), "{out}");
    // No Thunderbird folder in HOME: the plain sentence, exit 0.
    let (code, out) = tsunagu(&["current", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("No settings of a supported mail app"), "{out}");
}

#[test]
fn diagnose_compare_current_offline_marks_the_differences() {
    // The real POP profile, moved to a bundled provider's domain (so-net.ne.jp: POP3 995 TLS,
    // SMTP mail.so-net.ne.jp 587 STARTTLS in the bundled data) so that --offline recommends.
    let t = tempfile::tempdir().unwrap();
    let real = std::fs::read_to_string(data().join("isp-pop/prefs.js")).unwrap();
    std::fs::write(
        t.path().join("prefs.js"),
        real.replace("isp.example", "so-net.ne.jp"),
    )
    .unwrap();
    let dir = t.path().to_str().unwrap();
    let args = [
        "diagnose",
        "yamada@so-net.ne.jp",
        "--offline",
        "--compare-current",
        "--thunderbird-profile",
        dir,
    ];
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let (_, out) = tsunagu(&json_args);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], 1);
    let cc = &v["compare_current"]["accounts"];
    assert_eq!(cc.as_array().unwrap().len(), 1, "{out}");
    assert_eq!(cc[0]["app"], "thunderbird");
    let fields: Vec<&str> = cc[0]["differences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "incoming_port",
            "incoming_security",
            "outgoing_host",
            "outgoing_port"
        ],
        "{out}"
    );
    let mut text_args = args.to_vec();
    text_args.extend(["--lang", "ja"]);
    let (_, out) = tsunagu(&text_args);
    assert!(out.contains("10110 → 995"), "{out}");
    assert!(
        out.contains("このコンピューターのメールアプリの設定との比較"),
        "{out}"
    );
    // An address no app on this computer has: said plainly.
    let (_, out) = tsunagu(&[
        "diagnose",
        "someone@so-net.ne.jp",
        "--offline",
        "--compare-current",
        "--thunderbird-profile",
        dir,
        "--lang",
        "ja",
    ]);
    assert!(out.contains("読み取れない"), "{out}");
}
