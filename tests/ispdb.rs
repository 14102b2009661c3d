//! Every Thunderbird ISPDB file of the reference copy: read with no error, written back to an
//! equal model, and imported as a provider-data entry that passes validation.

use std::path::PathBuf;
use tsunagu::autoconfig;
use tsunagu::provider::{self, SourceDoc};

fn ispdb_dir() -> PathBuf {
    // Vendored test data (MPL-2.0, see tests/data/ispdb/NOTICE.md): a fresh clone has it.
    std::env::var_os("TSUNAGU_ISPDB_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/ispdb"))
}

#[test]
fn all_ispdb_files_round_trip_and_import() {
    let dir = ispdb_dir();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        // The copy is part of the repository: missing means a broken checkout.
        panic!(
            "ISPDB copy not found at {} (set TSUNAGU_ISPDB_DIR)",
            dir.display()
        );
    };
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 163);
    let mut errors = Vec::new();
    let mut servers = 0;
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(f).unwrap();
        let cfg = match autoconfig::parse(&text) {
            Ok(c) => c,
            Err(e) => {
                errors.push(format!("{name}: {e}"));
                continue;
            }
        };
        let written = autoconfig::write(&cfg);
        match autoconfig::parse(&written) {
            Ok(again) if again == cfg => {}
            Ok(_) => errors.push(format!("{name}: written back differs")),
            Err(e) => errors.push(format!("{name}: written back does not parse: {e}")),
        }
        let stem = name.trim_end_matches(".xml");
        let id: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let doc = SourceDoc {
            id: "ISPDB".into(),
            title: format!("Thunderbird ISPDB {name}"),
            url: format!(
                "https://github.com/thunderbird/autoconfig/blob/c6ad79659b5fc321d1593ec4c277815b83e5dec5/ispdb/{name}"
            ),
            tier: 2,
            date: "2026-03-12".into(),
        };
        match autoconfig::to_provider(&cfg, &id, doc) {
            Ok(p) => {
                servers += p.servers.len();
                // As TOML and back: the same provider, and it passes the schema rules.
                let toml_text = toml::to_string(&p).unwrap();
                let back = provider::parse(&toml_text).unwrap();
                assert_eq!(back, p, "{name}");
                let v = provider::validate(&p, &id);
                errors.extend(v);
            }
            Err(e) => errors.push(format!("{name}: import: {e}")),
        }
    }
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(servers > 300, "{servers}");
}

#[test]
fn damaged_files_give_errors_not_panics() {
    let dir = ispdb_dir();
    let mut n = 0;
    for name in [
        "googlemail.com.xml",
        "ocn.ne.jp.xml",
        "office365.com.xml",
        "yahoo.com.xml",
    ] {
        let text = std::fs::read(dir.join(name)).unwrap();
        // Every truncation point, and a sweep of byte substitutions.
        for cut in (0..text.len()).step_by(7) {
            let s = String::from_utf8_lossy(&text[..cut]);
            let _ = autoconfig::parse(&s);
            n += 1;
        }
        for (i, b) in [b'<', b'>', b'&', b'"', 0u8, b'/']
            .iter()
            .cycle()
            .take(400)
            .enumerate()
        {
            let mut t = text.clone();
            let at = (i * 131) % t.len();
            t[at] = *b;
            if let Ok(c) = autoconfig::parse(&String::from_utf8_lossy(&t)) {
                // Whatever still parses must write back to the same model.
                assert_eq!(autoconfig::parse(&autoconfig::write(&c)).unwrap(), c);
            }
            n += 1;
        }
    }
    assert!(n > 1000);
}
