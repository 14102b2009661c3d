//! Guides, situations, compare-with-current and exports (issue 4).
//!
//! Golden files live in tests/golden/; regenerate with `UPDATE_GOLDEN=1 cargo test --test guides`
//! and read the diff before committing.

use std::collections::BTreeMap;
use std::path::PathBuf;
use tsunagu::compare::{self, CurrentSettings};
use tsunagu::export::{self, mobileconfig, report};
use tsunagu::guide::{self, ClientId, FieldId, GuideInput, LangText};
use tsunagu::model::*;
use tsunagu::situation::{self, ManageWhere, Questions, SituationContext};

fn ss(p: Protocol, host: &str, port: u16, sec: Security, user: &str) -> ServerSettings {
    ServerSettings {
        protocol: p,
        host: host.into(),
        port,
        security: sec,
        username: user.into(),
        authentication: Authentication::PasswordCleartext,
    }
}

/// So-net, POP. Host names are from third-party code only (UNCONFIRMED): not verified.
fn sonet() -> GuideInput {
    let a = "taro@aa2.so-net.ne.jp";
    GuideInput {
        address: a.into(),
        recommended: Recommended {
            incoming: Some(ss(
                Protocol::Pop3,
                "pop.so-net.ne.jp",
                995,
                Security::Tls,
                a,
            )),
            outgoing: Some(ss(
                Protocol::Smtp,
                "mail.so-net.ne.jp",
                587,
                Security::Starttls,
                a,
            )),
            verified: false,
        },
        working: vec![],
        keep_on_server_days: None,
        password_name: Some(LangText::new(
            "メールアドレスパスワード",
            "mail address password",
        )),
        password_written_on: None,
        provider_name: Some(LangText::new("So-net", "So-net")),
        provider_id: None,
        webmail_url: None,
        management_url: None,
        preferred_protocol: None,
    }
}

/// 峡西CATV, IMAP (its own settings sheet, 2020-06).
fn cvk() -> GuideInput {
    let a = "kyosai@cvk.ne.jp";
    GuideInput {
        address: a.into(),
        recommended: Recommended {
            incoming: Some(ss(Protocol::Imap, "mail.cvk.ne.jp", 993, Security::Tls, a)),
            outgoing: Some(ss(
                Protocol::Smtp,
                "mail.cvk.ne.jp",
                587,
                Security::Starttls,
                a,
            )),
            verified: true,
        },
        working: vec![],
        keep_on_server_days: Some(14),
        password_name: None,
        password_written_on: Some(LangText::new(
            "契約のときに受け取った「ユーザー情報」に書かれています。",
            "It is printed on the 「ユーザー情報」 (user information) sheet from your contract.",
        )),
        provider_name: Some(LangText::new("峡西CATV", "Kyosai CATV")),
        provider_id: None,
        webmail_url: None,
        management_url: None,
        preferred_protocol: None,
    }
}

/// BIGLOBE, POP 995 + SMTP 465, both implicit TLS.
fn biglobe() -> GuideInput {
    let a = "hanako@xa2.biglobe.ne.jp";
    GuideInput {
        address: a.into(),
        recommended: Recommended {
            incoming: Some(ss(
                Protocol::Pop3,
                "mail.biglobe.ne.jp",
                995,
                Security::Tls,
                a,
            )),
            outgoing: Some(ss(
                Protocol::Smtp,
                "mail.biglobe.ne.jp",
                465,
                Security::Tls,
                a,
            )),
            verified: true,
        },
        working: vec![],
        keep_on_server_days: None,
        password_name: Some(LangText::new("BIGLOBEパスワード", "BIGLOBE password")),
        password_written_on: None,
        provider_name: Some(LangText::new("BIGLOBE", "BIGLOBE")),
        provider_id: None,
        webmail_url: None,
        management_url: None,
        preferred_protocol: None,
    }
}

fn fixtures() -> Vec<(&'static str, GuideInput)> {
    vec![
        ("sonet-pop", sonet()),
        ("cvk-imap", cvk()),
        ("biglobe-465", biglobe()),
    ]
}

/// Extra shapes that exercise other branches (STARTTLS POP, plaintext, local-part usernames).
fn odd_fixtures() -> Vec<GuideInput> {
    let mut a = cvk();
    a.recommended.incoming = Some(ss(
        Protocol::Pop3,
        "mail.cvk.ne.jp",
        110,
        Security::Starttls,
        "kyosai",
    ));
    a.recommended.outgoing = Some(ss(
        Protocol::Smtp,
        "mail.cvk.ne.jp",
        25,
        Security::None,
        "kyosai",
    ));
    let mut b = cvk();
    b.working = vec![ss(
        Protocol::Smtp,
        "mail.cvk.ne.jp",
        465,
        Security::Tls,
        "kyosai@cvk.ne.jp",
    )];
    vec![a, b]
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn check_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing golden file {name}; run with UPDATE_GOLDEN=1"));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "golden file {name} differs at line {}:\n  expected: {:?}\n  actual:   {:?}\n(UPDATE_GOLDEN=1 to accept)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn golden_guides_every_client_for_three_providers() {
    for (pname, input) in fixtures() {
        for c in ClientId::ALL {
            let g = guide::build(c, &input).expect("guide");
            let text = format!(
                "{}\n----- English -----\n\n{}",
                guide::render_text(&g, Lang::Ja),
                guide::render_text(&g, Lang::En)
            );
            check_golden(&format!("{}-{}.txt", c.as_str(), pname), &text);
        }
    }
}

#[test]
fn golden_guide_json_shape() {
    let g = guide::build(ClientId::Thunderbird, &cvk()).unwrap();
    let json = serde_json::to_string_pretty(&g).unwrap() + "\n";
    check_golden("thunderbird-cvk-imap.json", &json);
    let back: guide::Guide = serde_json::from_str(&json).unwrap();
    assert_eq!(back, g);
    assert!(json.contains("\"client\": \"thunderbird\""));
    assert!(json.contains("\"id\": \"incoming_host\""));
}

const PLACEHOLDERS: [&str; 8] = ["TODO", "FIXME", "XXX", "???", "{}", "{0}", "lorem", "TBD"];

fn assert_text(what: &str, t: &LangText) {
    for (lang, s) in [("ja", &t.ja), ("en", &t.en)] {
        assert!(!s.trim().is_empty(), "{what}: empty {lang} text");
        for p in PLACEHOLDERS {
            assert!(!s.contains(p), "{what}: placeholder {p:?} in {lang}: {s}");
        }
    }
    // Japanese text must actually be Japanese when it is a sentence (not a host or number).
    if t.ja != t.en && t.ja.chars().count() > 12 {
        assert!(
            t.ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)
                || ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{what}: ja text has no Japanese: {}",
            t.ja
        );
    }
}

#[test]
fn every_client_and_field_has_ja_and_en_text() {
    for f in FieldId::ALL {
        assert_text(&format!("field name {f:?}"), &f.name());
    }
    let mut seen: BTreeMap<String, ()> = BTreeMap::new();
    let mut inputs: Vec<GuideInput> = fixtures().into_iter().map(|(_, i)| i).collect();
    inputs.extend(odd_fixtures());
    for input in &inputs {
        for c in ClientId::ALL {
            assert_text(&format!("{c:?} name"), &c.name());
            let g = guide::build(c, input).unwrap();
            for n in &g.notices {
                assert_text(&format!("{c:?} notice"), n);
            }
            for sc in &g.screens {
                assert_text(&format!("{c:?} screen title"), &sc.title);
                for x in sc.open.iter().chain(sc.then.iter()) {
                    assert_text(&format!("{c:?} screen {}", sc.title.en), x);
                }
                for fl in &sc.fields {
                    let w = format!("{c:?}/{:?}", fl.id);
                    assert_text(&format!("{w} label"), &fl.label);
                    assert_text(&format!("{w} value"), &fl.value);
                    if let Some(x) = &fl.why {
                        assert_text(&format!("{w} why"), x);
                    }
                    if let Some(x) = &fl.note {
                        assert_text(&format!("{w} note"), x);
                    }
                    if !fl.confirmed {
                        assert!(
                            fl.review.is_some(),
                            "{w}: unconfirmed label without a review note"
                        );
                    }
                    seen.insert(format!("{:?}", fl.id), ());
                }
            }
        }
    }
    for c in ClientId::ALL {
        for f in FieldId::ALL {
            if let Some(l) = guide::label_of(c, f) {
                assert_text(&format!("label_of {c:?}/{f:?}"), &l);
            }
        }
    }
    for f in FieldId::ALL {
        assert!(
            seen.contains_key(&format!("{f:?}")),
            "field id {f:?} is used by no guide"
        );
    }
}

#[test]
fn every_situation_and_finding_has_ja_and_en_text() {
    let input = cvk();
    let mut ctx = SituationContext {
        address: input.address.clone(),
        recommended: input.recommended.clone(),
        ..Default::default()
    };
    for itscom in [false, true] {
        if itscom {
            ctx = itscom_ctx();
        }
        for s in Situation::ALL {
            let steps = situation::steps(s, &ctx);
            assert!(!steps.is_empty(), "{s:?} has no steps");
            for st in &steps {
                assert_text(&format!("{s:?} step {:?}", st.id), &st.text);
            }
            for fid in FindingId::ALL {
                assert_text(&format!("first move {fid:?}"), &situation::first_move(fid));
                for c in ClientId::ALL {
                    let a = situation::advise(s, fid, Some(c), &ctx, &input);
                    assert_eq!(a.finding, fid);
                    for p in &a.fields {
                        assert_text("pointer screen", &p.screen);
                        assert_text("pointer label", &p.label);
                        assert_text("pointer value", &p.value);
                    }
                }
                // A finding that names fields points into at least one app.
                if !situation::fix_fields(fid).is_empty() {
                    // (POP-only fields show up for a POP account, so try one of each.)
                    let pop = sonet();
                    let n: usize = ClientId::ALL
                        .iter()
                        .flat_map(|c| [(c, &input), (c, &pop)])
                        .map(|(c, i)| situation::advise(s, fid, Some(*c), &ctx, i).fields.len())
                        .sum();
                    assert!(n > 0, "{fid:?} points into no app");
                }
            }
        }
    }
}

/// An iTSCOM address, with the facts from the bundled provider data.
fn itscom_ctx() -> SituationContext {
    let mut r = sample_report(false);
    r.address = "yamada@ms246.net".into();
    r.provider = None;
    SituationContext::from_report(&r)
}

#[test]
fn itscom_steps_name_the_management_page_screens() {
    let ctx = itscom_ctx();
    assert_eq!(ctx.provider_id.as_deref(), Some("itscom"));
    let recv = situation::steps(Situation::CantReceive, &ctx);
    let f = recv
        .iter()
        .find(|s| s.id == situation::StepId::ProviderFilters)
        .unwrap();
    assert!(f.text.ja.contains("メールアカウント管理ページ"));
    assert!(f.text.ja.contains("受信拒否設定"));
    assert_eq!(f.link.as_deref(), Some("https://support.ms246.net/supw"));
    let send = situation::steps(Situation::CantSend, &ctx);
    let o = send
        .iter()
        .find(|s| s.id == situation::StepId::OtherNetwork)
        .unwrap();
    assert!(o.text.ja.contains("国外からのメール送信制限設定"));
}

#[test]
fn pop_or_imap_from_three_questions() {
    let mut ctx = SituationContext {
        address: "kyosai@cvk.ne.jp".into(),
        keep_on_server_days: Some(10),
        ..Default::default()
    };
    let q = |devices, keep, manage| Questions {
        devices,
        keep_all_on_one_pc: keep,
        manage,
    };
    let a = situation::choose_protocol(&q(3, false, ManageWhere::NotSure), &ctx);
    assert_eq!(a.protocol, Protocol::Imap);
    assert_eq!(a.keep_on_server_days, None);

    let a = situation::choose_protocol(&q(2, true, ManageWhere::OnePc), &ctx);
    assert_eq!(a.protocol, Protocol::Pop3);
    assert_eq!(a.keep_on_server_days, Some(10));
    assert!(a.days_from_provider && a.others_never_delete);

    let a = situation::choose_protocol(&q(1, false, ManageWhere::OnePc), &ctx);
    assert_eq!(a.protocol, Protocol::Pop3);
    assert!(!a.others_never_delete);

    let a = situation::choose_protocol(&q(1, false, ManageWhere::Anywhere), &ctx);
    assert_eq!(a.protocol, Protocol::Imap);

    ctx.keep_on_server_days = None;
    ctx.imap_paid_option = true;
    let a = situation::choose_protocol(&q(1, false, ManageWhere::NotSure), &ctx);
    assert_eq!(a.keep_on_server_days, Some(guide::DEFAULT_KEEP_DAYS));
    assert!(!a.days_from_provider);
    let a = situation::choose_protocol(&q(2, false, ManageWhere::NotSure), &ctx);
    assert!(a.cautions.iter().any(|c| c.ja.contains("有料")));
    for x in a.reasons.iter().chain(a.cautions.iter()) {
        assert_text("advice", x);
    }
}

#[test]
fn compare_points_at_the_wrong_smtp_port() {
    let cur = CurrentSettings {
        protocol: Some(Protocol::Imap),
        incoming_host: Some("mail.cvk.ne.jp".into()),
        incoming_port: Some(993),
        outgoing_host: Some("mail.cvk.ne.jp".into()),
        outgoing_port: Some(25),
        outgoing_security: Some(Security::Starttls),
        ..Default::default()
    };
    let rec = cvk().recommended;
    let d = compare::compare(&cur, &rec, 14, None);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].field, FieldId::OutgoingPort);
    assert_eq!(d[0].line.ja, "送信ポート: 25 → 587");
    assert_eq!(d[0].line.en, "Outgoing port: 25 → 587");
    assert!(d[0].note.as_ref().unwrap().ja.contains("OP25B"));

    // With the app known, the app's own label is used; when it does not say incoming or
    // outgoing by itself, the plain name comes first.
    let d = compare::compare(&cur, &rec, 14, Some(ClientId::Thunderbird));
    assert_eq!(d[0].line.ja, "送信ポート（「ポート番号」）: 25 → 587");
    let d = compare::compare(&cur, &rec, 14, Some(ClientId::OutlookClassic));
    assert_eq!(d[0].line.ja, "送信メール：ポート: 25 → 587");
}

#[test]
fn compare_for_an_ssl_switch_app_uses_its_port_and_on_off() {
    let input = &odd_fixtures()[1]; // 465 TLS worked too
    let rec = guide::effective_settings(ClientId::Iphone, input);
    let cur = CurrentSettings {
        outgoing_port: Some(25),
        outgoing_security: Some(Security::None),
        ..Default::default()
    };
    let d = compare::compare(&cur, &rec, 14, Some(ClientId::Iphone));
    let lines: Vec<&str> = d.iter().map(|x| x.line.ja.as_str()).collect();
    assert_eq!(
        lines,
        vec![
            "送信ポート（「サーバポート」）: 25 → 465",
            "送信の暗号化（「SSLを使用」）: オフ → オン"
        ]
    );
    // STARTTLS vs TLS is not a difference an on/off switch can show.
    let cur = CurrentSettings {
        outgoing_security: Some(Security::Starttls),
        ..Default::default()
    };
    assert!(compare::compare(&cur, &rec, 14, Some(ClientId::Iphone)).is_empty());
}

#[test]
fn compare_names_every_differing_field_with_both_values() {
    let cur = CurrentSettings {
        protocol: Some(Protocol::Pop3),
        incoming_host: Some("pop.cvk.ne.jp".into()),
        incoming_port: Some(110),
        incoming_security: Some(Security::None),
        incoming_username: Some("kyosai".into()),
        outgoing_security: Some(Security::Tls),
        outgoing_auth_required: Some(false),
        ..Default::default()
    };
    let d = compare::compare(&cur, &cvk().recommended, 14, None);
    let ids: Vec<FieldId> = d.iter().map(|x| x.field).collect();
    assert_eq!(
        ids,
        vec![
            FieldId::AccountType,
            FieldId::IncomingHost,
            FieldId::IncomingPort,
            FieldId::IncomingSecurity,
            FieldId::IncomingUsername,
            FieldId::OutgoingSecurity,
            FieldId::OutgoingAuthRequired,
        ]
    );
    assert_eq!(d[2].line.ja, "受信ポート: 110 → 993");
    assert!(d[4].note.as_ref().unwrap().ja.contains("@"));
    let text = compare::render_text(&d, Lang::Ja);
    assert!(text.contains("受信サーバー: pop.cvk.ne.jp → mail.cvk.ne.jp"));
}

#[test]
fn ssl_switch_apps_prefer_the_port_that_matches_the_switch() {
    let input = &odd_fixtures()[1]; // cvk, 587 STARTTLS recommended, 465 TLS also worked
    let g = guide::build(ClientId::Iphone, input).unwrap();
    let (_, port) = g.find(FieldId::OutgoingPort).unwrap();
    assert_eq!(port.value.ja, "465");
    let g = guide::build(ClientId::MacMail, input).unwrap();
    assert_eq!(g.find(FieldId::OutgoingPort).unwrap().1.value.ja, "465");
    // Apps with a real STARTTLS choice keep the recommended 587.
    let g = guide::build(ClientId::Thunderbird, input).unwrap();
    assert_eq!(g.find(FieldId::OutgoingPort).unwrap().1.value.ja, "587");
    // Without a working 465 the iPhone guide keeps 587 and says why.
    let g = guide::build(ClientId::Iphone, &cvk()).unwrap();
    let f = g.find(FieldId::OutgoingPort).unwrap().1;
    assert_eq!(f.value.ja, "587");
    assert!(f.why.as_ref().unwrap().ja.contains("STARTTLS"));
}

#[test]
fn traps_are_in_the_guides() {
    let pop = sonet();
    let cl = guide::build(ClientId::OutlookClassic, &pop).unwrap();
    assert_eq!(
        cl.find(FieldId::IncomingSpa).unwrap().1.value.ja,
        "チェックを外す"
    );
    assert!(cl
        .find(FieldId::DeleteAfterDays)
        .unwrap()
        .1
        .value
        .ja
        .contains("14日後"));
    let mac = guide::build(ClientId::MacMail, &pop).unwrap();
    assert_eq!(
        mac.find(FieldId::OutgoingManageAutomatically)
            .unwrap()
            .1
            .value
            .ja,
        "チェックを外す"
    );
    let ag = guide::build(ClientId::AndroidGmail, &pop).unwrap();
    assert_eq!(
        ag.find(FieldId::DeleteFromServer).unwrap().1.label.ja,
        "サーバーからメールを削除"
    );
    let wm = guide::build(ClientId::WindowsMail, &pop).unwrap();
    assert!(wm.notices[0].ja.contains("2024年12月31日"));
    assert!(wm.notices[0].ja.contains("新しい Outlook"));
    let gw = guide::build(ClientId::GmailWeb, &pop).unwrap();
    assert!(gw.notices.iter().any(|n| n.ja.contains("2026年")));
    assert!(gw.find(FieldId::ForwardKeepCopy).is_some());
    // so-net is not verified: every guide says so first.
    for c in ClientId::ALL {
        let g = guide::build(c, &pop).unwrap();
        assert!(!g.verified);
        assert!(
            g.notices.iter().any(|n| n.ja.contains("確かめていません")),
            "{c:?}"
        );
    }
    // Gmail on the web needs no incoming server; the others do.
    let mut out_only = cvk();
    out_only.recommended.incoming = None;
    assert!(guide::build(ClientId::GmailWeb, &out_only).is_ok());
    assert!(guide::build(ClientId::Iphone, &out_only).is_err());
}

// ---- mobileconfig ----------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum P {
    S(String),
    I(i64),
    B(bool),
    A(Vec<P>),
    D(Vec<(String, P)>),
}

impl P {
    fn get(&self, k: &str) -> Option<&P> {
        match self {
            P::D(kv) => kv.iter().find(|(key, _)| key == k).map(|(_, v)| v),
            _ => None,
        }
    }
    fn str(&self, k: &str) -> &str {
        match self.get(k) {
            Some(P::S(s)) => s,
            other => panic!("{k}: not a string: {other:?}"),
        }
    }
}

/// A small XML property-list parser (quick-xml), strict about structure.
fn parse_plist(xml: &str) -> P {
    use quick_xml::events::Event;
    use quick_xml::Reader;
    let mut r = Reader::from_str(xml);
    r.config_mut().trim_text(true);
    // Stack of containers: (is_dict, items, pending key)
    enum C {
        Arr(Vec<P>),
        Dict(Vec<(String, P)>, Option<String>),
    }
    let mut stack: Vec<C> = Vec::new();
    let mut text = String::new();
    let mut root: Option<P> = None;
    let mut saw_plist = false;
    fn push(stack: &mut [C], root: &mut Option<P>, v: P) {
        match stack.last_mut() {
            Some(C::Arr(a)) => a.push(v),
            Some(C::Dict(d, k)) => {
                let key = k.take().expect("value without key");
                d.push((key, v));
            }
            None => *root = Some(v),
        }
    }
    loop {
        match r.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                text.clear();
                match e.name().as_ref() {
                    b"plist" => saw_plist = true,
                    b"dict" => stack.push(C::Dict(Vec::new(), None)),
                    b"array" => stack.push(C::Arr(Vec::new())),
                    b"key" | b"string" | b"integer" => {}
                    other => panic!("unexpected element {}", String::from_utf8_lossy(other)),
                }
            }
            Event::Empty(e) => match e.name().as_ref() {
                b"true" => push(&mut stack, &mut root, P::B(true)),
                b"false" => push(&mut stack, &mut root, P::B(false)),
                b"string" => push(&mut stack, &mut root, P::S(String::new())),
                other => panic!(
                    "unexpected empty element {}",
                    String::from_utf8_lossy(other)
                ),
            },
            Event::Text(t) => text.push_str(&t.decode().unwrap()),
            Event::GeneralRef(g) => {
                let name = g.decode().unwrap().to_string();
                text.push(match name.as_str() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => g.resolve_char_ref().unwrap().expect("known entity"),
                });
            }
            Event::End(e) => match e.name().as_ref() {
                b"key" => match stack.last_mut() {
                    Some(C::Dict(_, k)) => {
                        assert!(k.is_none(), "two keys in a row");
                        *k = Some(std::mem::take(&mut text));
                    }
                    _ => panic!("key outside dict"),
                },
                b"string" => push(&mut stack, &mut root, P::S(std::mem::take(&mut text))),
                b"integer" => {
                    let v = text.trim().parse().expect("integer");
                    text.clear();
                    push(&mut stack, &mut root, P::I(v));
                }
                b"dict" => match stack.pop() {
                    Some(C::Dict(d, None)) => push(&mut stack, &mut root, P::D(d)),
                    _ => panic!("bad dict"),
                },
                b"array" => match stack.pop() {
                    Some(C::Arr(a)) => push(&mut stack, &mut root, P::A(a)),
                    _ => panic!("bad array"),
                },
                b"plist" => {}
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(saw_plist && stack.is_empty());
    root.expect("a root value")
}

#[test]
fn mobileconfig_parses_with_required_keys_and_no_password() {
    for (name, input) in fixtures() {
        for target in [
            mobileconfig::TargetDevice::IphoneIpad,
            mobileconfig::TargetDevice::Mac,
        ] {
            let xml =
                mobileconfig::build(&input, &mobileconfig::MobileconfigOptions { target }).unwrap();
            if target == mobileconfig::TargetDevice::IphoneIpad {
                check_golden(&format!("mobileconfig-{name}.xml"), &xml);
            }
            let p = parse_plist(&xml);
            assert_eq!(p.str("PayloadType"), "Configuration");
            assert_eq!(p.get("PayloadVersion"), Some(&P::I(1)));
            assert!(!p.str("PayloadIdentifier").is_empty());
            assert_eq!(p.str("PayloadUUID").len(), 36);
            let code = if target == mobileconfig::TargetDevice::Mac {
                5
            } else {
                1
            };
            assert_eq!(p.get("TargetDeviceType"), Some(&P::I(code)));
            let consent = p.get("ConsentText").unwrap();
            assert!(consent.str("ja").contains("パスワードは入っていません"));
            assert!(consent.str("en").contains("no password"));
            let content = match p.get("PayloadContent") {
                Some(P::A(a)) => a,
                other => panic!("PayloadContent: {other:?}"),
            };
            assert_eq!(content.len(), 1);
            let m = &content[0];
            let inc = input.recommended.incoming.as_ref().unwrap();
            let out = input.recommended.outgoing.as_ref().unwrap();
            assert_eq!(m.str("PayloadType"), "com.apple.mail.managed");
            assert_eq!(
                m.str("EmailAccountType"),
                if inc.protocol == Protocol::Imap {
                    "EmailTypeIMAP"
                } else {
                    "EmailTypePOP"
                }
            );
            assert_eq!(m.str("EmailAddress"), input.address);
            assert_eq!(m.str("IncomingMailServerHostName"), inc.host);
            assert_eq!(
                m.get("IncomingMailServerPortNumber"),
                Some(&P::I(inc.port as i64))
            );
            assert_eq!(m.get("IncomingMailServerUseSSL"), Some(&P::B(true)));
            assert_eq!(
                m.str("IncomingMailServerAuthentication"),
                "EmailAuthPassword"
            );
            assert_eq!(m.str("IncomingMailServerUsername"), inc.username);
            assert_eq!(m.str("OutgoingMailServerHostName"), out.host);
            assert_eq!(
                m.get("OutgoingMailServerPortNumber"),
                Some(&P::I(out.port as i64))
            );
            assert_eq!(m.get("OutgoingMailServerUseSSL"), Some(&P::B(true)));
            assert_eq!(
                m.str("OutgoingMailServerAuthentication"),
                "EmailAuthPassword"
            );
            assert_eq!(m.str("OutgoingMailServerUsername"), out.username);
            assert_eq!(
                m.get("OutgoingPasswordSameAsIncomingPassword"),
                Some(&P::B(true))
            );
            assert!(m
                .str("PayloadIdentifier")
                .starts_with(p.str("PayloadIdentifier")));
            assert_ne!(m.str("PayloadUUID"), p.str("PayloadUUID"));
            assert_eq!(m.get("PayloadVersion"), Some(&P::I(1)));
            assert!(m.get("IncomingPassword").is_none() && m.get("OutgoingPassword").is_none());
            assert!(
                !xml.contains("<key>IncomingPassword</key>")
                    && !xml.contains("<key>OutgoingPassword</key>")
            );
        }
    }
}

#[test]
fn mobileconfig_refuses_plaintext_and_prefers_implicit_tls() {
    let odd = odd_fixtures();
    let e = mobileconfig::build(&odd[0], &Default::default()).unwrap_err();
    assert!(e.message.ja.contains("暗号化"));
    let xml = mobileconfig::build(&odd[1], &Default::default()).unwrap();
    let p = parse_plist(&xml);
    let m = match p.get("PayloadContent") {
        Some(P::A(a)) => a[0].clone(),
        _ => unreachable!(),
    };
    assert_eq!(m.get("OutgoingMailServerPortNumber"), Some(&P::I(465)));
}

// ---- support report ------------------------------------------------------------------------

const FAKE_PASSWORD: &str = "Kx9-secret-pw-7741";

fn sample_report(echo_password: bool) -> Report {
    let step = |s: StepName, ok: bool, ms: u64| Step {
        step: s,
        ok,
        ms,
        detail: String::new(),
        attempts: None,
    };
    let server_text = if echo_password {
        // A broken server that echoes what it was sent.
        Some(format!("-ERR bad password {FAKE_PASSWORD} for kyosai"))
    } else {
        Some("-ERR [AUTH] authentication failed".into())
    };
    Report {
        schema: REPORT_SCHEMA,
        address: "kyosai@cvk.ne.jp".into(),
        input_notes: vec![],
        situation: Situation::CantSend,
        provider: Some(ProviderRef {
            id: "cvk".into(),
            name: "峡西CATV".into(),
            source: SettingsSource::Bundled,
        }),
        probes: vec![
            Probe {
                protocol: Protocol::Imap,
                host: "mail.cvk.ne.jp".into(),
                port: 993,
                security: Security::Tls,
                username: Some("kyosai@cvk.ne.jp".into()),
                outcome: Outcome::Ok,
                failure: None,
                steps: vec![
                    step(StepName::Resolve, true, 3),
                    step(StepName::Connect, true, 21),
                    step(StepName::Login, true, 80),
                ],
                tls: Some(TlsInfo {
                    version: Some("TLSv1.3".into()),
                    subject: None,
                    issuer: None,
                    not_after: Some("2027-01-01T00:00:00Z".into()),
                    trusted: true,
                    hostname_matches: true,
                }),
                mailbox: None,
                ms: 104,
                capabilities: vec![],
                auth_mechanisms: vec![],
                login_attempts: 1,
                source: SettingsSource::Bundled,
                documented: true,
            },
            Probe {
                protocol: Protocol::Smtp,
                host: "mail.cvk.ne.jp".into(),
                port: 25,
                security: Security::Starttls,
                username: Some("kyosai@cvk.ne.jp".into()),
                outcome: Outcome::Failed,
                failure: Some(Failure {
                    kind: FailureKind::ConnectTimeout,
                    message: "no answer within 5 s".into(),
                    server_text,
                }),
                steps: vec![
                    step(StepName::Resolve, true, 2),
                    step(StepName::Connect, false, 5000),
                ],
                tls: None,
                mailbox: None,
                ms: 5002,
                capabilities: vec![],
                auth_mechanisms: vec![],
                login_attempts: 0,
                source: SettingsSource::Guess,
                documented: false,
            },
        ],
        recommended: cvk().recommended,
        findings: vec![Finding {
            id: FindingId::SmtpPort25Blocked,
            severity: Severity::Error,
            title: "25番ポートでは送信できません".into(),
            detail: "この回線では25番ポートが止められています。".into(),
            actions: vec!["送信ポートを587にします。".into()],
            evidence: vec!["smtp mail.cvk.ne.jp:25 starttls: connect_timeout".into()],
            follows_from: None,
            facts: None,
        }],
        ms: 5120,
        started_at: "2026-11-26T07:00:00Z".into(),
        lang: Lang::Ja,
        discovery: Vec::new(),
    }
}

#[test]
fn report_contains_everything_but_the_password() {
    let r = sample_report(false);
    for lang in [Lang::Ja, Lang::En] {
        for text in [report::markdown(&r, lang), report::html(&r, lang)] {
            assert!(!text.contains(FAKE_PASSWORD));
            // Times in local time (UTC, named, when the offset cannot be read), never raw.
            assert!(!text.contains("2026-11-26T07:00:00Z"));
            match lang {
                Lang::Ja => assert!(text.contains("2026年11月26日")),
                Lang::En => assert!(text.contains("26 November 2026")),
            }
            assert!(text.contains("kyosai@cvk.ne.jp"));
            // Failure kinds in words; the finding id only for English-reading support staff.
            assert!(!text.contains("connect_timeout"));
            assert!(text.contains(if lang == Lang::Ja {
                "応答がありません"
            } else {
                "no answer"
            }));
            assert!(text.contains("TLSv1.3"));
            assert_eq!(text.contains("smtp_port25_blocked"), lang == Lang::En);
            assert!(text.contains("mail.cvk.ne.jp"));
            assert!(text.contains("587"));
        }
    }
    let md = report::markdown(&r, Lang::Ja);
    assert!(md.contains("| 1 | IMAP | mail.cvk.ne.jp | 993 |"));
    assert!(md.contains("| 2 | SMTP | mail.cvk.ne.jp | 25 |"));
    assert!(md.contains("送信ポートを587にします。"));
    let page = report::html(&r, Lang::Ja);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script") && !page.contains("src=") && !page.contains("href="));
    check_golden("report-cvk.md", &md);
    check_golden("report-cvk.html", &page);
}

#[test]
fn report_scrubs_a_password_a_server_echoed() {
    let r = sample_report(true);
    for lang in [Lang::Ja, Lang::En] {
        let raw = report::markdown(&r, lang);
        assert!(
            raw.contains(FAKE_PASSWORD),
            "the fixture must really carry the echo"
        );
        for text in [raw, report::html(&r, lang)] {
            let clean = export::scrub(text, &[FAKE_PASSWORD]);
            assert!(!clean.contains(FAKE_PASSWORD));
            assert!(clean.contains("bad password ***"));
        }
    }
}

#[test]
fn html_escapes_server_text() {
    let mut r = sample_report(false);
    r.probes[1].failure.as_mut().unwrap().server_text =
        Some("<script>alert(1)</script> & \"x\"".into());
    let page = report::html(&r, Lang::En);
    assert!(!page.contains("<script>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    let md = report::markdown(&r, Lang::En);
    let row = md.lines().find(|l| l.starts_with("| 2 |")).unwrap();
    assert_eq!(
        row.matches(" | ").count(),
        11,
        "pipes inside cells must be escaped: {row}"
    );
}

#[test]
fn guide_from_report_uses_working_settings() {
    let mut r = sample_report(false);
    r.probes[1].port = 465;
    r.probes[1].security = Security::Tls;
    r.probes[1].outcome = Outcome::Ok;
    r.probes[1].failure = None;
    let g = guide::for_report(&r, ClientId::Iphone).unwrap();
    assert_eq!(g.find(FieldId::OutgoingPort).unwrap().1.value.ja, "465");
    assert!(g.verified);
}
