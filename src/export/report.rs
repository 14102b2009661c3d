//! The support report: what was checked, when, what was found and what to set — in Markdown or
//! as one self-contained HTML page (no scripts, no outside files). A person can hand it to the
//! provider's support or keep it as a record. It never holds the password: the report type has
//! none, and callers pass the password they hold to `super::scrub` as a last guard.

use crate::guide::{authentication_name, protocol_name, security_name};
use crate::model::{Lang, Outcome, Probe, Report, ServerSettings, Severity, Situation};

struct L {
    lang: Lang,
}

impl L {
    fn s<'a>(&self, ja: &'a str, en: &'a str) -> &'a str {
        match self.lang {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

fn situation_name(s: Situation, l: &L) -> &'static str {
    match s {
        Situation::NewDevice => l.s("新しい機器での設定", "Setting up a new device"),
        Situation::CantReceive => l.s("受信できない", "Cannot receive"),
        Situation::CantSend => l.s("送信できない", "Cannot send"),
        Situation::Gmail => l.s("Gmail で読みたい", "Read it in Gmail"),
    }
}

fn severity_name(s: Severity, l: &L) -> &'static str {
    match s {
        Severity::Error => l.s("問題", "Problem"),
        Severity::Warning => l.s("注意", "Warning"),
        Severity::Info => l.s("お知らせ", "Info"),
    }
}

fn outcome_name(o: Outcome, l: &L) -> &'static str {
    match o {
        Outcome::Ok => l.s("成功", "OK"),
        Outcome::Failed => l.s("失敗", "Failed"),
        Outcome::Skipped => l.s("未実施", "Skipped"),
    }
}

/// One row of the probe table, as plain cells.
fn probe_cells(p: &Probe, l: &L) -> Vec<String> {
    let failure = p
        .failure
        .as_ref()
        .map(|f| match &f.server_text {
            // The kind in words; the probe's own (English) message only in English; the server's
            // reply is quoted as it came.
            Some(t) if !t.is_empty() => match l.lang {
                Lang::Ja => format!(
                    "{}（サーバーの返事: “{t}”）",
                    crate::text::failure_kind(f.kind, l.lang)
                ),
                Lang::En => format!(
                    "{} ({}) — {}",
                    crate::text::failure_kind(f.kind, l.lang),
                    f.message,
                    t
                ),
            },
            _ => match l.lang {
                Lang::Ja => crate::text::failure_kind(f.kind, l.lang).to_string(),
                Lang::En => format!(
                    "{} ({})",
                    crate::text::failure_kind(f.kind, l.lang),
                    f.message
                ),
            },
        })
        .unwrap_or_default();
    let tls = p
        .tls
        .as_ref()
        .map(|t| {
            let mut v = vec![t.version.clone().unwrap_or_default()];
            v.push(if t.trusted {
                l.s("証明書OK", "cert trusted").into()
            } else {
                l.s("証明書NG", "cert NOT trusted").into()
            });
            if !t.hostname_matches {
                v.push(l.s("名前不一致", "name mismatch").into());
            }
            if let Some(n) = &t.not_after {
                v.push(format!(
                    "{}{}",
                    l.s("期限：", "expires "),
                    crate::wording::local_time(n, l.lang)
                ));
            }
            v.retain(|x| !x.is_empty());
            v.join(l.s("、", ", "))
        })
        .unwrap_or_default();
    let steps = p
        .steps
        .iter()
        .map(|s| {
            format!(
                "{} {} {} ms",
                crate::text::step_name(s.step, l.lang),
                // A probe skipped for the login cap has a login step that never ran: it is
                // not a failed login.
                if s.ok {
                    "OK".to_string()
                } else if p.outcome == Outcome::Skipped && p.failure.is_none() {
                    l.s("未実施", "skipped").to_string()
                } else {
                    crate::text::outcome_failed(l.lang)
                },
                s.ms
            )
        })
        .collect::<Vec<_>>()
        .join(l.s("、", ", "));
    vec![
        p.protocol.as_str().to_uppercase(),
        p.host.clone(),
        p.port.to_string(),
        security_name(p.security).get(l.lang).to_string(),
        p.username.clone().unwrap_or_default(),
        outcome_name(p.outcome, l).to_string(),
        failure,
        tls,
        p.login_attempts.to_string(),
        p.ms.to_string(),
        steps,
    ]
}

fn probe_header(l: &L) -> Vec<&'static str> {
    vec![
        l.s("種類", "Protocol"),
        l.s("サーバー", "Server"),
        l.s("ポート", "Port"),
        l.s("暗号化", "Security"),
        l.s("ユーザー名", "Username"),
        l.s("結果", "Result"),
        l.s("失敗の内容", "Failure"),
        "TLS",
        l.s("ログイン回数", "Login attempts"),
        "ms",
        l.s("各段階", "Steps"),
    ]
}

fn settings_rows(
    inc: Option<&ServerSettings>,
    out: Option<&ServerSettings>,
    l: &L,
) -> Vec<[String; 3]> {
    let cell = |s: Option<&ServerSettings>, f: &dyn Fn(&ServerSettings) -> String| {
        s.map(f)
            .unwrap_or_else(|| l.s("（不明）", "(unknown)").to_string())
    };
    vec![
        [
            l.s("種類", "Protocol").into(),
            cell(inc, &|s| protocol_name(s.protocol).get(l.lang).into()),
            cell(out, &|s| protocol_name(s.protocol).get(l.lang).into()),
        ],
        [
            l.s("サーバー", "Server").into(),
            cell(inc, &|s| s.host.clone()),
            cell(out, &|s| s.host.clone()),
        ],
        [
            l.s("ポート", "Port").into(),
            cell(inc, &|s| s.port.to_string()),
            cell(out, &|s| s.port.to_string()),
        ],
        [
            l.s("暗号化", "Security").into(),
            cell(inc, &|s| security_name(s.security).get(l.lang).into()),
            cell(out, &|s| security_name(s.security).get(l.lang).into()),
        ],
        [
            l.s("ユーザー名", "Username").into(),
            cell(inc, &|s| s.username.clone()),
            cell(out, &|s| s.username.clone()),
        ],
        [
            l.s("認証", "Authentication").into(),
            cell(inc, &|s| {
                authentication_name(s.authentication).get(l.lang).into()
            }),
            cell(out, &|s| {
                authentication_name(s.authentication).get(l.lang).into()
            }),
        ],
    ]
}

fn md_cell(x: &str) -> String {
    x.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

fn time_of(r: &Report, l: &L) -> String {
    if r.started_at.is_empty() {
        l.s("（記録なし）", "(not recorded)").to_string()
    } else {
        crate::wording::local_time(&r.started_at, l.lang)
    }
}

fn evidence_of(e: &str, l: &L) -> String {
    crate::wording::evidence_text(e, crate::text::failure_kind, l.lang)
}

fn verified_text(r: &Report, l: &L) -> &'static str {
    if r.recommended.verified {
        l.s(
            "実際のサーバーで確かめた設定です。",
            "These settings were verified against the live servers.",
        )
    } else {
        l.s(
            "この設定は実際のサーバーではまだ確かめていません（プロバイダーの資料による値です）。",
            "These settings were NOT verified live (they come from provider data).",
        )
    }
}

/// The report as Markdown.
pub fn markdown(r: &Report, lang: Lang) -> String {
    let l = L { lang };
    let mut o = String::new();
    o.push_str(&format!(
        "# {}\n\n",
        l.s("メール設定の診断レポート", "Mail settings report")
    ));
    o.push_str(&format!(
        "- {}: {}\n",
        l.s("診断した日時", "Checked at"),
        time_of(r, &l)
    ));
    o.push_str(&format!(
        "- {}: {}\n",
        l.s("メールアドレス", "Address"),
        md_cell(&r.address)
    ));
    if let Some(p) = &r.provider {
        o.push_str(&format!(
            "- {}: {}{}{}{}\n",
            l.s("プロバイダー", "Provider"),
            md_cell(&p.name),
            l.s("（", " ("),
            crate::wording::source_name(p.source, l.lang),
            l.s("）", ")")
        ));
    }
    o.push_str(&format!(
        "- {}: {}\n",
        l.s("ご相談の内容", "Situation"),
        situation_name(r.situation, &l)
    ));
    o.push_str(&format!(
        "- {}: {} ms\n",
        l.s("かかった時間", "Duration"),
        r.ms
    ));
    o.push_str(&format!(
        "- {}: tsunagu {}\n",
        l.s("作成", "Made by"),
        env!("CARGO_PKG_VERSION")
    ));
    o.push_str(&format!(
        "- {}\n\n",
        l.s(
            "このレポートにパスワードは含まれていません。",
            "This report contains no password."
        )
    ));
    if !r.input_notes.is_empty() {
        o.push_str(&format!(
            "## {}\n\n",
            l.s("入力について", "About the input")
        ));
        for n in &r.input_notes {
            o.push_str(&format!("- {}\n", md_cell(&n.message)));
        }
        o.push('\n');
    }

    o.push_str(&format!(
        "## {}\n\n",
        l.s("おすすめの設定", "Recommended settings")
    ));
    o.push_str(&format!("{}\n\n", verified_text(r, &l)));
    o.push_str(&format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        l.s("項目", "Item"),
        l.s("受信", "Incoming"),
        l.s("送信", "Outgoing")
    ));
    for row in settings_rows(
        r.recommended.incoming.as_ref(),
        r.recommended.outgoing.as_ref(),
        &l,
    ) {
        o.push_str(&format!(
            "| {} | {} | {} |\n",
            md_cell(&row[0]),
            md_cell(&row[1]),
            md_cell(&row[2])
        ));
    }
    o.push('\n');

    o.push_str(&format!("## {}\n\n", l.s("分かったこと", "Findings")));
    if r.findings.is_empty() {
        o.push_str(&format!("{}\n\n", l.s("特にありません。", "None.")));
    }
    for (i, f) in r.findings.iter().enumerate() {
        o.push_str(&format!(
            "### {}. [{}] {}\n\n",
            i + 1,
            severity_name(f.severity, &l),
            md_cell(&f.title)
        ));
        // The finding's id is for support staff reading English; Japanese shows words only.
        if l.lang == Lang::En {
            o.push_str(&format!("`{}`\n\n", f.id.as_str()));
        }
        if !f.detail.is_empty() {
            o.push_str(&format!("{}\n\n", f.detail.replace('\n', "  \n")));
        }
        if !f.actions.is_empty() {
            o.push_str(&format!("{}:\n\n", l.s("すること", "What to do")));
            for (j, a) in f.actions.iter().enumerate() {
                o.push_str(&format!("{}. {}\n", j + 1, md_cell(a)));
            }
            o.push('\n');
        }
        if !f.evidence.is_empty() {
            o.push_str(&format!("{}:\n\n", l.s("根拠", "Evidence")));
            for e in &f.evidence {
                o.push_str(&format!("- `{}`\n", evidence_of(e, &l).replace('`', "'")));
            }
            o.push('\n');
        }
    }

    o.push_str(&format!(
        "## {}\n\n",
        l.s("サーバーの確認結果", "Server checks")
    ));
    if r.probes.is_empty() {
        o.push_str(&format!(
            "{}\n",
            l.s(
                "サーバーへの接続は行っていません（オフライン）。",
                "No server was contacted (offline)."
            )
        ));
    } else {
        let h = probe_header(&l);
        o.push_str(&format!("| # | {} |\n", h.join(" | ")));
        o.push_str(&format!("|---|{}\n", "---|".repeat(h.len())));
        for (i, p) in r.probes.iter().enumerate() {
            let cells: Vec<String> = probe_cells(p, &l).iter().map(|c| md_cell(c)).collect();
            o.push_str(&format!("| {} | {} |\n", i + 1, cells.join(" | ")));
        }
    }
    o
}

fn h(x: &str) -> String {
    let mut o = String::with_capacity(x.len());
    for c in x.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

const CSS: &str = "body{font-family:'Hiragino Sans','Yu Gothic','Meiryo',sans-serif;font-size:17px;line-height:1.7;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
h1{font-size:1.6em;border-bottom:2px solid #446;padding-bottom:.2em}h2{font-size:1.3em;margin-top:1.6em}h3{font-size:1.1em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#eef}.ok{color:#060;font-weight:bold}.ng{color:#a00;font-weight:bold}.note{background:#ffd;padding:.5em 1em;border-left:4px solid #cc6}
code{font-size:.9em;background:#f3f3f3;padding:0 .2em}.scroll{overflow-x:auto}
@media print{body{margin:0;max-width:none}}";

/// The report as one self-contained HTML page.
pub fn html(r: &Report, lang: Lang) -> String {
    let l = L { lang };
    let title = l.s("メール設定の診断レポート", "Mail settings report");
    let mut o = String::new();
    o.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n",
        match lang { Lang::Ja => "ja", Lang::En => "en" },
        h(title),
        h(&r.address)
    ));
    o.push_str(&format!("<h1>{}</h1>\n<table>\n", h(title)));
    let mut meta = vec![
        (l.s("診断した日時", "Checked at"), time_of(r, &l)),
        (l.s("メールアドレス", "Address"), r.address.clone()),
    ];
    if let Some(p) = &r.provider {
        meta.push((
            l.s("プロバイダー", "Provider"),
            format!(
                "{}{}{}{}",
                p.name,
                l.s("（", " ("),
                crate::wording::source_name(p.source, l.lang),
                l.s("）", ")")
            ),
        ));
    }
    meta.push((
        l.s("ご相談の内容", "Situation"),
        situation_name(r.situation, &l).to_string(),
    ));
    meta.push((l.s("かかった時間", "Duration"), format!("{} ms", r.ms)));
    meta.push((
        l.s("作成", "Made by"),
        format!("tsunagu {}", env!("CARGO_PKG_VERSION")),
    ));
    for (k, v) in meta {
        o.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", h(k), h(&v)));
    }
    o.push_str("</table>\n");
    o.push_str(&format!(
        "<p class=\"note\">{}</p>\n",
        h(l.s(
            "このレポートにパスワードは含まれていません。",
            "This report contains no password."
        ))
    ));
    if !r.input_notes.is_empty() {
        o.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n",
            h(l.s("入力について", "About the input"))
        ));
        for n in &r.input_notes {
            o.push_str(&format!("<li>{}</li>\n", h(&n.message)));
        }
        o.push_str("</ul>\n");
    }

    o.push_str(&format!(
        "<h2>{}</h2>\n<p>{}</p>\n",
        h(l.s("おすすめの設定", "Recommended settings")),
        h(verified_text(r, &l))
    ));
    o.push_str(&format!(
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        h(l.s("項目", "Item")),
        h(l.s("受信", "Incoming")),
        h(l.s("送信", "Outgoing"))
    ));
    for row in settings_rows(
        r.recommended.incoming.as_ref(),
        r.recommended.outgoing.as_ref(),
        &l,
    ) {
        o.push_str(&format!(
            "<tr><th>{}</th><td>{}</td><td>{}</td></tr>\n",
            h(&row[0]),
            h(&row[1]),
            h(&row[2])
        ));
    }
    o.push_str("</table>\n");

    o.push_str(&format!(
        "<h2>{}</h2>\n",
        h(l.s("分かったこと", "Findings"))
    ));
    if r.findings.is_empty() {
        o.push_str(&format!("<p>{}</p>\n", h(l.s("特にありません。", "None."))));
    }
    for (i, f) in r.findings.iter().enumerate() {
        let id = match l.lang {
            Lang::En => format!(" <code>{}</code>", h(f.id.as_str())),
            Lang::Ja => String::new(),
        };
        o.push_str(&format!(
            "<h3>{}. [{}] {}{id}</h3>\n",
            i + 1,
            h(severity_name(f.severity, &l)),
            h(&f.title),
        ));
        if !f.detail.is_empty() {
            o.push_str(&format!("<p>{}</p>\n", h(&f.detail).replace('\n', "<br>")));
        }
        if !f.actions.is_empty() {
            o.push_str(&format!(
                "<p>{}:</p>\n<ol>\n",
                h(l.s("すること", "What to do"))
            ));
            for a in &f.actions {
                o.push_str(&format!("<li>{}</li>\n", h(a)));
            }
            o.push_str("</ol>\n");
        }
        if !f.evidence.is_empty() {
            o.push_str(&format!("<p>{}:</p>\n<ul>\n", h(l.s("根拠", "Evidence"))));
            for e in &f.evidence {
                o.push_str(&format!(
                    "<li><code>{}</code></li>\n",
                    h(&evidence_of(e, &l))
                ));
            }
            o.push_str("</ul>\n");
        }
    }

    o.push_str(&format!(
        "<h2>{}</h2>\n",
        h(l.s("サーバーの確認結果", "Server checks"))
    ));
    if r.probes.is_empty() {
        o.push_str(&format!(
            "<p>{}</p>\n",
            h(l.s(
                "サーバーへの接続は行っていません（オフライン）。",
                "No server was contacted (offline)."
            ))
        ));
    } else {
        o.push_str("<div class=\"scroll\"><table>\n<tr><th>#</th>");
        for c in probe_header(&l) {
            o.push_str(&format!("<th>{}</th>", h(c)));
        }
        o.push_str("</tr>\n");
        for (i, p) in r.probes.iter().enumerate() {
            o.push_str(&format!("<tr><td>{}</td>", i + 1));
            for (j, c) in probe_cells(p, &l).iter().enumerate() {
                if j == 5 {
                    let class = if p.outcome == Outcome::Ok { "ok" } else { "ng" };
                    o.push_str(&format!("<td class=\"{class}\">{}</td>", h(c)));
                } else {
                    o.push_str(&format!("<td>{}</td>", h(c)));
                }
            }
            o.push_str("</tr>\n");
        }
        o.push_str("</table></div>\n");
    }
    o.push_str("</body>\n</html>\n");
    o
}
