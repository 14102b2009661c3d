//! The support report: what was checked, when, what was found and what to set — in Markdown or
//! as one self-contained HTML page (no scripts, no outside files). A person can hand it to the
//! provider's support or keep it as a record. It never holds the password: the report type has
//! none, and callers pass the password they hold to `super::scrub` as a last guard.

use crate::guide::{authentication_name, protocol_name, security_name};
use crate::model::{Lang, Outcome, Probe, Report, ServerSettings, Severity, Situation};

struct L {
    lang: Lang,
}

fn situation_name(s: Situation, l: &L) -> String {
    crate::tr!(l.lang, "report-export-situation", situation = s.as_str())
}

fn severity_name(s: Severity, l: &L) -> String {
    let key = match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    crate::tr!(l.lang, "report-export-severity", severity = key)
}

fn outcome_name(o: Outcome, l: &L) -> String {
    let key = match o {
        Outcome::Ok => "ok",
        Outcome::Failed => "failed",
        Outcome::Skipped => "skipped",
    };
    crate::tr!(l.lang, "report-export-outcome", outcome = key)
}

/// The failure of a probe: the kind in words; the probe's own (English) message only in
/// English; the server's reply quoted as it came.
fn failure_cell(f: &crate::model::Failure, l: &L) -> String {
    let kind = crate::text::failure_kind(f.kind, l.lang);
    let mut out = match l.lang {
        Lang::Ja => kind,
        Lang::En => format!("{kind} ({})", f.message),
    };
    if let Some(t) = f.server_text.as_deref().filter(|t| !t.is_empty()) {
        out.push_str(&crate::tr!(l.lang, "report-export-server-reply", reply = t));
    }
    out
}

fn tls_cell(t: &crate::model::TlsInfo, l: &L) -> String {
    let mut v = vec![t.version.clone().unwrap_or_default()];
    v.push(if t.trusted {
        crate::tr!(l.lang, "report-export-cert-trusted")
    } else {
        crate::tr!(l.lang, "report-export-cert-untrusted")
    });
    if !t.hostname_matches {
        v.push(crate::tr!(l.lang, "report-export-name-mismatch"));
    }
    if let Some(n) = &t.not_after {
        v.push(crate::tr!(
            l.lang,
            "report-export-expires",
            date = crate::wording::local_time(n, l.lang)
        ));
    }
    v.retain(|x| !x.is_empty());
    v.join(&crate::tr!(l.lang, "report-list-separator"))
}

/// One row of the probe table, as plain cells.
fn probe_cells(p: &Probe, l: &L) -> Vec<String> {
    let failure = p
        .failure
        .as_ref()
        .map(|f| failure_cell(f, l))
        .unwrap_or_default();
    let tls = p.tls.as_ref().map(|t| tls_cell(t, l)).unwrap_or_default();
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
                    crate::tr!(l.lang, "report-export-step-skipped")
                } else {
                    crate::text::outcome_failed(l.lang)
                },
                s.ms
            )
        })
        .collect::<Vec<_>>()
        .join(&crate::tr!(l.lang, "report-list-separator"));
    vec![
        p.protocol.as_str().to_uppercase(),
        p.host.clone(),
        p.port.to_string(),
        security_name(p.security).get(l.lang).to_string(),
        p.username.clone().unwrap_or_default(),
        outcome_name(p.outcome, l),
        failure,
        tls,
        p.login_attempts.to_string(),
        p.ms.to_string(),
        steps,
    ]
}

fn probe_header(l: &L) -> Vec<String> {
    vec![
        crate::tr!(l.lang, "report-export-col-protocol"),
        crate::tr!(l.lang, "report-export-col-server"),
        crate::tr!(l.lang, "report-export-col-port"),
        crate::tr!(l.lang, "report-export-col-security"),
        crate::tr!(l.lang, "report-export-col-username"),
        crate::tr!(l.lang, "report-export-col-result"),
        crate::tr!(l.lang, "report-export-col-failure"),
        "TLS".to_string(),
        crate::tr!(l.lang, "report-export-col-login-attempts"),
        "ms".to_string(),
        crate::tr!(l.lang, "report-export-col-steps"),
    ]
}

fn settings_rows(
    inc: Option<&ServerSettings>,
    out: Option<&ServerSettings>,
    l: &L,
) -> Vec<[String; 3]> {
    let cell = |s: Option<&ServerSettings>, f: &dyn Fn(&ServerSettings) -> String| {
        s.map(f)
            .unwrap_or_else(|| crate::tr!(l.lang, "report-export-unknown"))
    };
    vec![
        [
            crate::tr!(l.lang, "report-export-col-protocol"),
            cell(inc, &|s| protocol_name(s.protocol).get(l.lang).into()),
            cell(out, &|s| protocol_name(s.protocol).get(l.lang).into()),
        ],
        [
            crate::tr!(l.lang, "report-export-col-server"),
            cell(inc, &|s| s.host.clone()),
            cell(out, &|s| s.host.clone()),
        ],
        [
            crate::tr!(l.lang, "report-export-col-port"),
            cell(inc, &|s| s.port.to_string()),
            cell(out, &|s| s.port.to_string()),
        ],
        [
            crate::tr!(l.lang, "report-export-col-security"),
            cell(inc, &|s| security_name(s.security).get(l.lang).into()),
            cell(out, &|s| security_name(s.security).get(l.lang).into()),
        ],
        [
            crate::tr!(l.lang, "report-export-col-username"),
            cell(inc, &|s| s.username.clone()),
            cell(out, &|s| s.username.clone()),
        ],
        [
            crate::tr!(l.lang, "report-export-col-authentication"),
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
        crate::tr!(l.lang, "report-export-not-recorded")
    } else {
        crate::wording::local_time(&r.started_at, l.lang)
    }
}

fn evidence_of(e: &str, l: &L) -> String {
    crate::wording::evidence_text(e, crate::text::failure_kind, l.lang)
}

fn verified_text(r: &Report, l: &L) -> String {
    crate::tr!(
        l.lang,
        "report-export-verified",
        verified = if r.recommended.verified { "yes" } else { "no" }
    )
}

/// "So-net（内蔵データ）"; `name` as the output needs it (escaped for Markdown).
fn provider_value(name: &str, p: &crate::model::ProviderRef, l: &L) -> String {
    crate::tr!(
        l.lang,
        "report-export-provider-value",
        name = name,
        source = crate::wording::source_name(p.source, l.lang)
    )
}

/// The report as Markdown.
pub fn markdown(r: &Report, lang: Lang) -> String {
    let l = L { lang };
    let mut o = String::new();
    o.push_str(&format!(
        "# {}\n\n",
        crate::tr!(l.lang, "report-export-title")
    ));
    o.push_str(&format!(
        "- {}: {}\n",
        crate::tr!(l.lang, "report-export-checked-at"),
        time_of(r, &l)
    ));
    o.push_str(&format!(
        "- {}: {}\n",
        crate::tr!(l.lang, "report-export-address"),
        md_cell(&r.address)
    ));
    if let Some(p) = &r.provider {
        o.push_str(&format!(
            "- {}: {}\n",
            crate::tr!(l.lang, "report-export-provider"),
            provider_value(&md_cell(&p.name), p, &l)
        ));
    }
    o.push_str(&format!(
        "- {}: {}\n",
        crate::tr!(l.lang, "report-export-situation-label"),
        situation_name(r.situation, &l)
    ));
    o.push_str(&format!(
        "- {}: {} ms\n",
        crate::tr!(l.lang, "report-export-duration"),
        r.ms
    ));
    o.push_str(&format!(
        "- {}: tsunagu {}\n",
        crate::tr!(l.lang, "report-export-made-by"),
        env!("CARGO_PKG_VERSION")
    ));
    o.push_str(&format!(
        "- {}\n\n",
        crate::tr!(l.lang, "report-export-no-password")
    ));
    if !r.input_notes.is_empty() {
        o.push_str(&format!(
            "## {}\n\n",
            crate::tr!(l.lang, "report-export-input")
        ));
        for n in &r.input_notes {
            o.push_str(&format!("- {}\n", md_cell(&n.message)));
        }
        o.push('\n');
    }

    o.push_str(&format!(
        "## {}\n\n",
        crate::tr!(l.lang, "report-export-recommended")
    ));
    o.push_str(&format!("{}\n\n", verified_text(r, &l)));
    o.push_str(&format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        crate::tr!(l.lang, "report-export-item"),
        crate::tr!(l.lang, "report-export-incoming"),
        crate::tr!(l.lang, "report-export-outgoing")
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

    o.push_str(&format!(
        "## {}\n\n",
        crate::tr!(l.lang, "report-export-findings")
    ));
    if r.findings.is_empty() {
        o.push_str(&format!(
            "{}\n\n",
            crate::tr!(l.lang, "report-export-no-findings")
        ));
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
            o.push_str(&format!(
                "{}:\n\n",
                crate::tr!(l.lang, "report-export-what-to-do")
            ));
            for (j, a) in f.actions.iter().enumerate() {
                o.push_str(&format!("{}. {}\n", j + 1, md_cell(a)));
            }
            o.push('\n');
        }
        if !f.evidence.is_empty() {
            o.push_str(&format!(
                "{}:\n\n",
                crate::tr!(l.lang, "report-export-evidence")
            ));
            for e in &f.evidence {
                o.push_str(&format!("- `{}`\n", evidence_of(e, &l).replace('`', "'")));
            }
            o.push('\n');
        }
    }

    o.push_str(&format!(
        "## {}\n\n",
        crate::tr!(l.lang, "report-export-server-checks")
    ));
    if r.probes.is_empty() {
        o.push_str(&format!(
            "{}\n",
            crate::tr!(l.lang, "report-export-offline")
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

fn h(x: impl AsRef<str>) -> String {
    let x = x.as_ref();
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
    let title = crate::tr!(l.lang, "report-export-title");
    let mut o = String::new();
    o.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n",
        match lang { Lang::Ja => "ja", Lang::En => "en" },
        h(&title),
        h(&r.address)
    ));
    o.push_str(&format!("<h1>{}</h1>\n<table>\n", h(title)));
    let mut meta = vec![
        (
            crate::tr!(l.lang, "report-export-checked-at"),
            time_of(r, &l),
        ),
        (
            crate::tr!(l.lang, "report-export-address"),
            r.address.clone(),
        ),
    ];
    if let Some(p) = &r.provider {
        meta.push((
            crate::tr!(l.lang, "report-export-provider"),
            provider_value(&p.name, p, &l),
        ));
    }
    meta.push((
        crate::tr!(l.lang, "report-export-situation-label"),
        situation_name(r.situation, &l).to_string(),
    ));
    meta.push((
        crate::tr!(l.lang, "report-export-duration"),
        format!("{} ms", r.ms),
    ));
    meta.push((
        crate::tr!(l.lang, "report-export-made-by"),
        format!("tsunagu {}", env!("CARGO_PKG_VERSION")),
    ));
    for (k, v) in meta {
        o.push_str(&format!("<tr><th>{}</th><td>{}</td></tr>\n", h(k), h(&v)));
    }
    o.push_str("</table>\n");
    o.push_str(&format!(
        "<p class=\"note\">{}</p>\n",
        h(crate::tr!(l.lang, "report-export-no-password"))
    ));
    if !r.input_notes.is_empty() {
        o.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n",
            h(crate::tr!(l.lang, "report-export-input"))
        ));
        for n in &r.input_notes {
            o.push_str(&format!("<li>{}</li>\n", h(&n.message)));
        }
        o.push_str("</ul>\n");
    }

    o.push_str(&format!(
        "<h2>{}</h2>\n<p>{}</p>\n",
        h(crate::tr!(l.lang, "report-export-recommended")),
        h(verified_text(r, &l))
    ));
    o.push_str(&format!(
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        h(crate::tr!(l.lang, "report-export-item")),
        h(crate::tr!(l.lang, "report-export-incoming")),
        h(crate::tr!(l.lang, "report-export-outgoing"))
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

    html_findings(&mut o, r, &l);
    html_probes(&mut o, r, &l);
    o.push_str("</body>\n</html>\n");
    o
}

fn html_findings(o: &mut String, r: &Report, l: &L) {
    o.push_str(&format!(
        "<h2>{}</h2>\n",
        h(crate::tr!(l.lang, "report-export-findings"))
    ));
    if r.findings.is_empty() {
        o.push_str(&format!(
            "<p>{}</p>\n",
            h(crate::tr!(l.lang, "report-export-no-findings"))
        ));
    }
    for (i, f) in r.findings.iter().enumerate() {
        let id = match l.lang {
            Lang::En => format!(" <code>{}</code>", h(f.id.as_str())),
            Lang::Ja => String::new(),
        };
        o.push_str(&format!(
            "<h3>{}. [{}] {}{id}</h3>\n",
            i + 1,
            h(severity_name(f.severity, l)),
            h(&f.title),
        ));
        if !f.detail.is_empty() {
            o.push_str(&format!("<p>{}</p>\n", h(&f.detail).replace('\n', "<br>")));
        }
        if !f.actions.is_empty() {
            o.push_str(&format!(
                "<p>{}:</p>\n<ol>\n",
                h(crate::tr!(l.lang, "report-export-what-to-do"))
            ));
            for a in &f.actions {
                o.push_str(&format!("<li>{}</li>\n", h(a)));
            }
            o.push_str("</ol>\n");
        }
        if !f.evidence.is_empty() {
            o.push_str(&format!(
                "<p>{}:</p>\n<ul>\n",
                h(crate::tr!(l.lang, "report-export-evidence"))
            ));
            for e in &f.evidence {
                o.push_str(&format!("<li><code>{}</code></li>\n", h(evidence_of(e, l))));
            }
            o.push_str("</ul>\n");
        }
    }
}

fn html_probes(o: &mut String, r: &Report, l: &L) {
    o.push_str(&format!(
        "<h2>{}</h2>\n",
        h(crate::tr!(l.lang, "report-export-server-checks"))
    ));
    if r.probes.is_empty() {
        o.push_str(&format!(
            "<p>{}</p>\n",
            h(crate::tr!(l.lang, "report-export-offline"))
        ));
    } else {
        o.push_str("<div class=\"scroll\"><table>\n<tr><th>#</th>");
        for c in probe_header(l) {
            o.push_str(&format!("<th>{}</th>", h(c)));
        }
        o.push_str("</tr>\n");
        for (i, p) in r.probes.iter().enumerate() {
            o.push_str(&format!("<tr><td>{}</td>", i + 1));
            for (j, c) in probe_cells(p, l).iter().enumerate() {
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
}
