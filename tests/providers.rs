//! Bundled provider data: every file parses and passes validation, every value has a source,
//! and the facts the issue asks for come back.

use tsunagu::model::{FindingId, Lang, Protocol, Security, Situation};
use tsunagu::provider::{self, Status};

#[test]
fn every_file_parses_and_validates() {
    assert!(
        provider::load_errors().is_empty(),
        "{:?}",
        provider::load_errors()
    );
    assert_eq!(provider::files().len(), provider::all().len());
    let mut errors = Vec::new();
    for (name, text) in provider::files() {
        let p = provider::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        errors.extend(provider::validate(&p, name.trim_end_matches(".toml")));
    }
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(provider::all().len() >= 24, "{}", provider::all().len());
}

#[test]
fn validation_catches_missing_and_weak_sources() {
    let (_, text) = provider::files()
        .iter()
        .find(|(n, _)| *n == "so-net.toml")
        .expect("so-net.toml");
    let mut p = provider::parse(text).unwrap();
    assert!(provider::validate(&p, "so-net").is_empty());
    // A verified server with only a tier-3 source is refused.
    p.servers[0].status = Status::Verified;
    let e = provider::validate(&p, "so-net");
    assert!(e.iter().any(|e| e.contains("tier 1 or 2")), "{e:?}");
    p.servers[0].status = Status::Unverified;
    // No source at all, and an undeclared source.
    p.servers[0].sources.clear();
    p.servers[1].sources = vec!["NOPE".into()];
    let e = provider::validate(&p, "so-net");
    assert!(e.iter().any(|e| e.contains("no source")), "{e:?}");
    assert!(e.iter().any(|e| e.contains("unknown source NOPE")), "{e:?}");
    // The id must match the file name.
    assert!(!provider::validate(&p, "other").is_empty());
    // Unknown keys are refused by the parser.
    assert!(provider::parse(&format!("{text}\nbogus = 1\n")).is_err());
}

#[test]
fn every_value_has_a_declared_source() {
    let mut verified = 0;
    let mut unverified = 0;
    for p in provider::all() {
        for (what, status, srcs) in p.values() {
            assert!(!srcs.is_empty(), "{} {what}", p.id);
            for s in srcs {
                let doc = p
                    .source(s)
                    .unwrap_or_else(|| panic!("{} {what}: {s}", p.id));
                assert!((1..=3).contains(&doc.tier));
            }
            match status {
                Status::Verified => verified += 1,
                _ => unverified += 1,
            }
        }
    }
    eprintln!("values: {verified} verified, {unverified} unverified or broken");
    assert!(verified > 0 && unverified > 0);
}

#[test]
fn so_net_subdomains_are_found() {
    let p = provider::find("aa2.so-net.ne.jp").expect("so-net by pattern");
    assert_eq!(p.id, "so-net");
    assert_eq!(provider::find("so-net.ne.jp").unwrap().id, "so-net");
    assert!(provider::find("xso-net.ne.jp").is_none());
    assert_eq!(
        p.password_name("aa2.so-net.ne.jp", Lang::Ja),
        Some("メールアドレスパスワード")
    );
    assert!(p.imap_is_paid_option());
    assert_eq!(p.op25b(), Some(true));
    // Hosts come only from third-party code: unverified.
    assert!(p.servers.iter().all(|s| s.status == Status::Unverified));
    assert!(p
        .notes_for_finding(FindingId::ImapNotEnabled)
        .next()
        .is_some());
}

#[test]
fn cvk_values_are_the_seed_sheet_and_verified() {
    let p = provider::find("cvk.ne.jp").expect("cvk");
    assert_eq!(p.name(Lang::Ja), "峡西CATV");
    let get = |proto, port| {
        p.servers
            .iter()
            .find(|s| s.protocol == proto && s.port == port)
            .unwrap_or_else(|| panic!("{proto:?} {port}"))
    };
    for (proto, port, sec) in [
        (Protocol::Imap, 993, Security::Tls),
        (Protocol::Pop3, 995, Security::Tls),
        (Protocol::Smtp, 587, Security::Starttls),
        (Protocol::Imap, 143, Security::None),
        (Protocol::Pop3, 110, Security::None),
    ] {
        let s = get(proto, port);
        assert_eq!(s.host, "mail.cvk.ne.jp");
        assert_eq!(s.security, sec);
        assert_eq!(s.status, Status::Verified);
        let doc = p.source(&s.sources[0]).unwrap();
        assert_eq!((doc.tier, doc.date.as_str()), (1, "2020-06"));
    }
    assert_eq!(p.quota_mb(), Some(100));
    assert_eq!(p.keep_on_server_days(), Some(14));
    assert!(p
        .password_written_on("cvk.ne.jp", Lang::Ja)
        .unwrap()
        .contains("ユーザー情報"));
    // The sheet never names the username: the full-address form is an inference.
    for s in &p.servers {
        assert_eq!(s.username_status, Some(Status::Unverified), "{}", s.port);
    }
}

#[test]
fn itscom_management_page_and_caveats() {
    for d in ["itscom.net", "ms246.net", "abc.ms246.net", "mgl.246.ne.jp"] {
        assert_eq!(
            provider::find(d).map(|p| p.id.as_str()),
            Some("itscom"),
            "{d}"
        );
    }
    let p = provider::find("abc.ms246.net").unwrap();
    assert_eq!(
        p.management_url_for("abc.ms246.net"),
        Some("https://support.ms246.net/supw")
    );
    assert_eq!(
        p.management_url_for("mgl.246.ne.jp"),
        Some("https://support.mgl.246.ne.jp/supw/")
    );
    assert_eq!(
        p.password_name("abc.ms246.net", Lang::Ja),
        Some("POPアカウントパスワード")
    );
    // The ms246.net / mgl.246.ne.jp manual's password name and management page are not
    // applied to itscom.net addresses.
    assert_eq!(p.password_name("itscom.net", Lang::Ja), None);
    assert_eq!(p.management_url_for("itscom.net"), None);
    let offers: Vec<&str> = p
        .management_offers()
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    for id in [
        "forwarding",
        "reject_from",
        "reject_subject",
        "reject_header",
        "allow_list",
        "auto_reply",
        "virus_scan",
        "spam_scan",
        "overseas_sending",
    ] {
        assert!(offers.contains(&id), "{id}");
    }
    let fwd = p.note("forwarding_without_copy").unwrap();
    assert!(fwd.text.ja.contains("残さない"));
    assert!(fwd.situations.contains(&Situation::CantReceive));
    let abroad = p.note("overseas_sending").unwrap();
    assert!(abroad.text.ja.contains("1週間"));
    // itscom.net: マイページ (iTSCOM's notice), not the management page.
    assert!(abroad.text.ja.contains("マイページ"));
    assert!(p
        .note("spam_quarantine_7_days")
        .unwrap()
        .text
        .ja
        .contains("7日間"));
    // No host is known for iTSCOM: none is invented.
    assert!(p.servers.is_empty());
}

#[test]
fn required_providers_are_bundled() {
    for (id, domain) in [
        ("so-net", "so-net.ne.jp"),
        ("cvk", "cvk.ne.jp"),
        ("itscom", "itscom.net"),
        ("biglobe", "biglobe.ne.jp"),
        ("jcom", "jcom.zaq.ne.jp"),
        ("auone-net", "a01.auone-net.jp"),
        ("docomo", "docomo.ne.jp"),
        ("asahi-net", "asahi-net.or.jp"),
        ("ocn", "abc.ocn.ne.jp"),
        ("nifty", "nifty.com"),
        ("plala", "plala.or.jp"),
        ("dti", "dti.ne.jp"),
        ("tcom", "t-com.ne.jp"),
        ("yahoo-japan", "yahoo.co.jp"),
        ("gmail", "gmail.com"),
        ("outlook", "hotmail.co.jp"),
        ("icloud", "icloud.com"),
        ("yahoo", "yahoo.com"),
        ("aol", "aol.com"),
        ("gmx", "gmx.de"),
        ("fastmail", "fastmail.com"),
        ("zoho", "zoho.jp"),
    ] {
        assert_eq!(
            provider::find(domain).map(|p| p.id.as_str()),
            Some(id),
            "{domain}"
        );
    }
    assert!(provider::by_id("xserver").is_some());
    assert!(provider::find("example.org").is_none());
}

#[test]
fn business_hosting_is_recognised_by_mx() {
    assert_eq!(
        provider::find_by_mx("sv1234.xserver.jp").unwrap().id,
        "xserver"
    );
    assert_eq!(
        provider::find_by_mx("aspmx.l.google.com.").unwrap().id,
        "gmail"
    );
    assert_eq!(
        provider::find_by_mx("example-co-jp.mail.protection.outlook.com")
            .unwrap()
            .id,
        "microsoft365"
    );
    assert_eq!(
        provider::find_by_mx("www123.sakura.ne.jp").unwrap().id,
        "sakura"
    );
    assert!(provider::find_by_mx("mx.example.org").is_none());
}

#[test]
fn app_passwords_and_oauth() {
    for d in [
        "gmail.com",
        "icloud.com",
        "yahoo.com",
        "outlook.com",
        "docomo.ne.jp",
    ] {
        assert!(provider::find(d).unwrap().requires_app_password(), "{d}");
    }
    assert!(provider::find("outlook.com").unwrap().requires_oauth2());
    assert!(!provider::find("cvk.ne.jp").unwrap().requires_app_password());
    let g = provider::find("gmail.com").unwrap();
    assert!(g.notes_for_situation(Situation::Gmail).next().is_some());
}
