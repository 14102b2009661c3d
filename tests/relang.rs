//! A report's words made again in the other language (issue 12, "decisions carry facts, words
//! come last"): a Japanese report rendered in English holds no Japanese character in any of
//! its rendered fields (findings' title, detail and actions, input notes, the provider's name),
//! the English words are the ones a check made in English gets, and rendered back in Japanese
//! it is the report it was. Offline reports of the bundled providers always; live reports of
//! the test mail servers (tests/peers/up.sh) when they run; and the CLI's
//! `export report --lang en --from <Japanese report>`.

#[path = "support/peers.rs"]
mod peers;

use std::process::Command;
use tsunagu::model::{Lang, Report, Situation};
use tsunagu::relang;

/// Kana, kanji, CJK punctuation (「」、。) and full-width forms.
fn is_jp(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// The text without the Japanese labels quoted in 「」: the provider data's English words
/// quote, on purpose, what the person will read on their papers or on the provider's
/// Japanese pages (“check the 「IMAP専用パスワード」”); everything else must be English.
fn unquoted(t: &str) -> String {
    let mut o = String::new();
    let mut depth = 0usize;
    for c in t.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = depth.saturating_sub(1),
            _ if depth == 0 => o.push(c),
            _ => {}
        }
    }
    // A quoted label in full-width parentheses: （「BIGLOBEパスワード」）.
    o.replace("（）", "")
}

/// Every rendered field of the report that holds a Japanese character outside a quoted
/// label, with where it is.
fn japanese_fields(r: &Report) -> Vec<String> {
    let mut fields: Vec<(String, &str)> = Vec::new();
    if let Some(p) = &r.provider {
        fields.push(("provider.name".into(), &p.name));
    }
    for n in &r.input_notes {
        fields.push((format!("input_notes[{}]", n.id.as_str()), &n.message));
    }
    for f in &r.findings {
        let id = f.id.as_str();
        fields.push((format!("{id}.title"), &f.title));
        fields.push((format!("{id}.detail"), &f.detail));
        for (i, a) in f.actions.iter().enumerate() {
            fields.push((format!("{id}.actions[{i}]"), a));
        }
    }
    fields
        .into_iter()
        .filter(|(_, t)| unquoted(t).chars().any(is_jp))
        .map(|(w, t)| format!("{w}: {t}"))
        .collect()
}

fn json(r: &Report) -> String {
    serde_json::to_string_pretty(r).unwrap()
}

/// The words of a report only (what a second check in the other language may differ in
/// besides time).
fn words(r: &Report) -> String {
    let mut o = String::new();
    if let Some(p) = &r.provider {
        o.push_str(&format!("{}\n", p.name));
    }
    for n in &r.input_notes {
        o.push_str(&format!("{}\n", n.message));
    }
    for f in &r.findings {
        o.push_str(&format!(
            "{} | {} | {}\n",
            f.title,
            f.detail,
            f.actions.join(" / ")
        ));
    }
    o
}

/// Checks one Japanese report: English has no Japanese, every finding kept its facts, the
/// words changed, and back in Japanese it is unchanged. Returns the English report.
fn check_both_ways(ja: &Report, origin: &str) -> Report {
    assert_eq!(ja.lang, Lang::Ja, "{origin}");
    assert!(!ja.findings.is_empty(), "{origin}: no findings");
    for f in &ja.findings {
        assert!(
            f.facts.is_some(),
            "{origin}: {} has no facts",
            f.id.as_str()
        );
    }
    let en = relang::report(ja, Lang::En);
    assert_eq!(en.lang, Lang::En);
    let bad = japanese_fields(&en);
    assert!(
        bad.is_empty(),
        "{origin}: Japanese left in the English report:\n{}",
        bad.join("\n")
    );
    for (a, b) in ja.findings.iter().zip(&en.findings) {
        assert_eq!(a.id, b.id);
        assert_ne!(
            a.title,
            b.title,
            "{origin}: {} kept its title",
            a.id.as_str()
        );
    }
    let back = relang::report(&en, Lang::Ja);
    assert_eq!(
        json(&back),
        json(ja),
        "{origin}: ja → en → ja changed the report"
    );
    en
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tsunagu"));
    c.env("LANG", "ja_JP.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

fn offline(address: &str, s: Situation, lang: &str) -> Report {
    let o = bin()
        .args(["diagnose", "--offline", "--json", "--lang", lang])
        .args(["--situation", s.as_str(), address])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    serde_json::from_str(&out).unwrap_or_else(|e| {
        panic!(
            "{address}: {e}\n{out}\n{}",
            String::from_utf8_lossy(&o.stderr)
        )
    })
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
    // Full-width letters: an input note.
    "ｔａｒｏ＠ｂｉｇｌｏｂｅ．ｎｅ．ｊｐ",
];

#[test]
fn offline_reports_render_wholly_in_english_and_back() {
    let mut n = 0;
    for a in ADDRESSES {
        for s in Situation::ALL {
            let origin = format!("{a} {}", s.as_str());
            let ja = offline(a, s, "ja");
            let en = check_both_ways(&ja, &origin);
            // The same words as a check made in English.
            let direct = offline(a, s, "en");
            assert_eq!(words(&en), words(&direct), "{origin}");
            n += en.findings.len();
        }
    }
    assert!(n >= 40, "only {n} findings checked");
    eprintln!("{n} findings rendered ja → en → ja");
}

#[test]
fn findings_without_facts_keep_their_words() {
    let mut ja = offline("someone@biglobe.ne.jp", Situation::CantSend, "ja");
    for f in &mut ja.findings {
        f.facts = None;
    }
    let en = relang::report(&ja, Lang::En);
    for (a, b) in ja.findings.iter().zip(&en.findings) {
        assert_eq!(a.title, b.title);
        assert_eq!(a.detail, b.detail);
    }
    // A report written before facts existed still reads.
    let mut v = serde_json::to_value(&ja).unwrap();
    for f in v["findings"].as_array_mut().unwrap() {
        assert!(
            f.get("facts").is_none(),
            "facts: None is left out of the JSON"
        );
    }
    v["input_notes"] = serde_json::json!([]);
    let _: Report = serde_json::from_value(v).unwrap();
}

/// Live reports of the test mail servers: refused passwords, IMAP switched off for a user,
/// a healthy account; each made in Japanese, rendered in English and back.
#[test]
fn live_reports_render_wholly_in_english_and_back() {
    let Some(p) = peers::Peers::get("live_reports_render_wholly_in_english_and_back") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let cfg = p.config(dir.path(), "all", &p.all_servers());
    let mut seen = std::collections::BTreeSet::new();
    for (user, password) in [
        ("normal", p.password.clone()),
        ("normal", "wrong-password".to_string()),
        ("imap_denied", p.password.clone()),
    ] {
        let args: Vec<String> = [
            "diagnose",
            &p.user(user),
            "--password-stdin",
            "--json",
            "--lang",
            "ja",
            "--situation",
            "cant-receive",
            "--config",
            &cfg.display().to_string(),
            "--ca-file",
            &p.ca_file.display().to_string(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let run = peers::run_tsunagu(&args, Some(&password));
        run.assert_no_secret(&password);
        let ja: Report = serde_json::from_value(run.report().clone()).unwrap();
        let en = check_both_ways(&ja, &format!("live {user}"));
        for f in &en.findings {
            seen.insert(f.id.as_str());
        }
    }
    // The refused password names what was tried, server by server, in English.
    assert!(seen.contains("password_rejected"), "{seen:?}");
    eprintln!("live findings rendered ja → en → ja: {seen:?}");
}

/// `tsunagu export report --lang en --from <a Japanese report>` is wholly English, in both
/// formats; `--lang ja` from the English one is the Japanese report again.
#[test]
fn cli_export_report_in_english_from_a_japanese_report() {
    let dir = tempfile::tempdir().unwrap();
    for (a, s) in [
        ("ｔａｒｏ＠ｂｉｇｌｏｂｅ．ｎｅ．ｊｐ", Situation::CantSend),
        ("taro@aa2.so-net.ne.jp", Situation::CantReceive),
        ("user@gmail.com", Situation::Gmail),
    ] {
        let ja = offline(a, s, "ja");
        let path = dir.path().join("ja.json");
        std::fs::write(&path, serde_json::to_vec(&ja).unwrap()).unwrap();
        for format in ["md", "html"] {
            let o = bin()
                .args([
                    "export", "report", "--format", format, "--lang", "en", "--from",
                ])
                .arg(&path)
                .output()
                .unwrap();
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            let out = String::from_utf8(o.stdout).unwrap();
            let bad: Vec<&str> = out
                .lines()
                .filter(|l| unquoted(l).chars().any(is_jp))
                .collect();
            assert!(
                bad.is_empty(),
                "{a} {format}: Japanese in the English report:\n{}",
                bad.join("\n")
            );
            for f in &ja.findings {
                assert!(!out.contains(&f.title), "{a} {format}: {}", f.title);
            }
            let en_title = &relang::report(&ja, Lang::En).findings[0].title;
            if format == "md" {
                assert!(out.contains(en_title.as_str()), "{a}: no “{en_title}”");
            }
        }
        // And in Japanese from the same file, the same as the engine wrote it.
        let o = bin()
            .args(["export", "report", "--lang", "ja", "--from"])
            .arg(&path)
            .output()
            .unwrap();
        let out = String::from_utf8(o.stdout).unwrap();
        assert_eq!(out, tsunagu::export::report::markdown(&ja, Lang::Ja));
    }
}
