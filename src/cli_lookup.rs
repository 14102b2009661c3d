//! Text and JSON for `tsunagu providers`, `tsunagu lookup`, `tsunagu export autoconfig` and the
//! maintainer check `tsunagu providers check`. Pure functions returning strings (the check
//! runs probes and is async).

use crate::autoconfig;
use crate::discover::{Channel, Lookup, SourceOutcome};
use crate::input::Account;
use crate::model::{Candidate, Lang, Outcome, Probe, SettingsSource};
use crate::probe::{self, Credentials, EventSink, ProbeOptions};
use crate::provider::{self, Provider, Status};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::sync::Arc;

/// "（未確認）" / " (unverified)" after a value.
fn status_mark(s: Status, lang: Lang) -> String {
    crate::tr!(lang, "cli-status-mark", status = s.as_str())
}

/// (verified, unverified, broken) counts of a provider's values.
pub fn value_counts(p: &Provider) -> (usize, usize, usize) {
    let mut c = (0, 0, 0);
    for (_, s, _) in p.values() {
        match s {
            Status::Verified => c.0 += 1,
            Status::Unverified => c.1 += 1,
            Status::Broken => c.2 += 1,
        }
    }
    c
}

/// `tsunagu providers`: the bundled list with status.
pub fn providers_text(lang: Lang) -> String {
    let mut o = String::new();
    let all = provider::all();
    let (mut tv, mut tu, mut tb) = (0, 0, 0);
    for p in all {
        let (v, u, b) = value_counts(p);
        tv += v;
        tu += u;
        tb += b;
        let servers = p.servers.len();
        let verified = p
            .servers
            .iter()
            .filter(|s| s.status == Status::Verified)
            .count();
        let mut domains = p.domains.value.join(", ");
        if let Some(m) = &p.mx {
            if !domains.is_empty() {
                domains.push_str(", ");
            }
            domains.push_str(&format!("MX {}", m.value.join(" ")));
        }
        // The id is for maintainers (`providers check <id>`); Japanese shows the name only.
        match lang {
            Lang::Ja => {
                let _ = writeln!(o, "{:<24} {}", p.name(lang), domains);
            }
            Lang::En => {
                let _ = writeln!(o, "{:<12} {:<24} {}", p.id, p.name(lang), domains);
            }
        }
        let _ = writeln!(
            o,
            "             {}",
            crate::tr!(
                lang,
                "cli-providers-counts",
                servers = servers,
                verified_servers = verified,
                verified = v,
                unverified = u,
                broken = b
            )
        );
    }
    let _ = writeln!(
        o,
        "\n{}",
        crate::tr!(
            lang,
            "cli-providers-total",
            providers = all.len(),
            verified = tv,
            unverified = tu,
            broken = tb
        )
    );
    o
}

/// `tsunagu providers --json`.
pub fn providers_json() -> String {
    let list: Vec<Value> = provider::all()
        .iter()
        .map(|p| {
            let (v, u, b) = value_counts(p);
            json!({
                "id": p.id,
                "name": {"ja": p.name.ja, "en": p.name.en},
                "kind": p.kind,
                "domains": p.domains.value,
                "mx": p.mx.as_ref().map(|m| m.value.clone()).unwrap_or_default(),
                "servers": p.servers.iter().map(|s| json!({
                    "protocol": s.protocol, "host": s.host, "port": s.port,
                    "security": s.security, "username": s.username,
                    "authentication": s.authentication, "status": s.status,
                    "sources": s.sources,
                })).collect::<Vec<_>>(),
                "values": {"verified": v, "unverified": u, "broken": b},
            })
        })
        .collect();
    let out = json!({ "schema": 1, "providers": list });
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

fn source_word(s: SettingsSource, lang: Lang) -> String {
    crate::wording::source_name(s, lang)
}

/// What a source was asked: the bundled data is asked by provider id, shown by name.
fn query_word(s: SettingsSource, query: &str, lang: Lang) -> String {
    match (s, provider::by_id(query)) {
        (SettingsSource::Bundled, Some(p)) if lang == Lang::Ja => p.name(lang).to_string(),
        _ => query.to_string(),
    }
}

fn security_word(c: &Candidate, lang: Lang) -> String {
    crate::wording::security_name(c.security, lang)
}

/// Provider facts for an address (password, pages, limits, notes) as JSON.
pub fn provider_facts_json(p: &Provider, domain: &str) -> Value {
    let page =
        |pg: &provider::Page| json!({"url": pg.url, "status": pg.status, "sources": pg.sources});
    json!({
        "id": p.id,
        "name": {"ja": p.name.ja, "en": p.name.en},
        "password": p.password.as_ref().map(|pw| json!({
            "name": {"ja": pw.name.ja, "en": pw.name.en},
            "only_domains": pw.only_domains,
            "written_on": pw.written_on.as_ref().map(|w| json!({"ja": w.ja, "en": w.en})),
            "status": pw.status, "sources": pw.sources,
        })),
        "webmail": p.webmail.as_ref().map(page),
        "management": p.management.as_ref().map(|m| json!({
            "url": p.management_url_for(domain),
            "pages": m.pages.iter().map(page).collect::<Vec<_>>(),
            "offers": m.offers.iter().map(|o| json!({
                "id": o.id, "ja": o.text.ja, "en": o.text.en, "status": o.status, "sources": o.sources,
            })).collect::<Vec<_>>(),
        })),
        "password_reset": p.password_reset.as_ref().map(page),
        "quota_mb": p.quota_mb,
        "keep_on_server_days": p.keep_on_server_days,
        "op25b": p.op25b,
        "imap_paid_option": p.imap_paid_option,
        "auth": p.auth,
        "notes": p.notes,
        "sources": p.sources,
    })
}

/// `tsunagu lookup --json`.
pub fn lookup_json(l: &Lookup, account: &Account) -> String {
    let facts = l
        .bundled_provider()
        .map(|p| provider_facts_json(p, &account.domain));
    let out = json!({
        "schema": 1,
        "address": account.address,
        "provider": l.provider,
        "candidates": l.candidates,
        "sources": l.sources,
        "mx": l.mx,
        "provider_facts": facts,
    });
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// `tsunagu lookup`: provider, candidates, sources and trust, and the provider's facts.
pub fn lookup_text(l: &Lookup, account: &Account, lang: Lang) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        crate::tr!(
            lang,
            "cli-lookup-address",
            address = account.address.as_str()
        )
    );
    match &l.provider {
        Some(p) => {
            let name = provider::by_id(&p.id)
                .filter(|_| matches!(p.source, SettingsSource::Bundled | SettingsSource::Mx))
                .map(|bp| bp.name(lang).to_string())
                .unwrap_or_else(|| p.name.clone());
            // The id is for maintainers; Japanese shows the name only.
            let id = match lang {
                Lang::Ja => String::new(),
                Lang::En => format!(" [{}]", p.id),
            };
            let _ = writeln!(
                o,
                "{}",
                crate::tr!(
                    lang,
                    "cli-lookup-provider",
                    name = name,
                    id = id,
                    source = source_word(p.source, lang)
                )
            );
        }
        None => {
            let _ = writeln!(o, "{}", crate::tr!(lang, "cli-lookup-provider-unknown"));
        }
    }
    if !l.mx.is_empty() {
        let _ = writeln!(o, "MX: {}", l.mx.join(", "));
    }
    let _ = writeln!(o, "\n{}", crate::tr!(lang, "cli-lookup-candidates"));
    for c in &l.candidates {
        let doc = crate::tr!(
            lang,
            "cli-lookup-documented",
            documented = if c.documented { "yes" } else { "no" }
        );
        let _ = writeln!(
            o,
            "  {:<5} {}:{} {} — {} {} [{}, {}]",
            crate::wording::protocol_word(c.protocol),
            c.host,
            c.port,
            security_word(c, lang),
            crate::tr!(lang, "cli-lookup-username"),
            if c.usernames.is_empty() {
                crate::tr!(lang, "cli-lookup-provider-id")
            } else {
                c.usernames.join(&crate::tr!(lang, "cli-lookup-or"))
            },
            source_word(c.source, lang),
            doc
        );
    }
    let _ = writeln!(o, "\n{}", crate::tr!(lang, "cli-lookup-sources"));
    for s in &l.sources {
        let trust = match (s.trusted, s.channel) {
            (_, Channel::None) => "none",
            (true, _) => "trusted",
            (false, _) => "untrusted",
        };
        let outcome = match s.outcome {
            SourceOutcome::Found => "found",
            SourceOutcome::NotFound => "not-found",
            SourceOutcome::Failed => "failed",
            SourceOutcome::Timeout => "timeout",
            SourceOutcome::Skipped => "skipped",
        };
        let _ = writeln!(
            o,
            "  {}{:<10} {} — {}{}",
            if s.used { "* " } else { "  " },
            source_word(s.source, lang),
            query_word(s.source, &s.query, lang),
            crate::tr!(
                lang,
                "cli-lookup-source-result",
                outcome = crate::tr!(lang, "cli-lookup-outcome", outcome = outcome),
                trust = crate::tr!(lang, "cli-lookup-trust", trust = trust),
                ms = s.ms
            ),
            if s.detail.is_empty() {
                String::new()
            } else {
                format!(" {}", crate::wording::discovery_detail(&s.detail, lang))
            }
        );
    }
    if let Some(p) = l.bundled_provider() {
        o.push('\n');
        o.push_str(&provider_facts_text(p, &account.domain, lang));
    }
    o
}

/// The facts a person needs, in plain words.
pub fn provider_facts_text(p: &Provider, domain: &str, lang: Lang) -> String {
    let mut o = String::new();
    let mark = |s: Status| match s {
        Status::Verified => String::new(),
        s => status_mark(s, lang),
    };
    if let Some(pw) = p.password_for(domain) {
        let _ = writeln!(
            o,
            "{}: {}{}",
            crate::tr!(lang, "cli-facts-password"),
            pw.name.get(lang),
            mark(pw.status)
        );
        if let Some(w) = &pw.written_on {
            let _ = writeln!(o, "  {}", w.get(lang));
        }
    }
    if let Some(w) = &p.webmail {
        let _ = writeln!(
            o,
            "{}: {}{}",
            crate::tr!(lang, "cli-facts-webmail"),
            w.url,
            mark(w.status)
        );
    }
    if let Some(url) = p.management_url_for(domain) {
        let _ = writeln!(o, "{}: {}", crate::tr!(lang, "cli-facts-management"), url);
        for of in p.management_offers() {
            let _ = writeln!(o, "  ・{}", of.text.get(lang));
        }
    }
    if let Some(r) = &p.password_reset {
        let _ = writeln!(
            o,
            "{}: {}{}",
            crate::tr!(lang, "cli-facts-password-reset"),
            r.url,
            mark(r.status)
        );
    }
    if let Some(q) = &p.quota_mb {
        let _ = writeln!(
            o,
            "{}: {} MB{}",
            crate::tr!(lang, "cli-facts-quota"),
            q.value,
            mark(q.status)
        );
    }
    if let Some(k) = &p.keep_on_server_days {
        let _ = writeln!(
            o,
            "{}{}",
            crate::tr!(lang, "cli-facts-keep-days", days = k.value),
            mark(k.status)
        );
    }
    if let Some(f) = &p.op25b {
        if f.value {
            let _ = writeln!(
                o,
                "{}{}",
                crate::tr!(lang, "cli-facts-op25b"),
                mark(f.status)
            );
        }
    }
    if p.imap_is_paid_option() {
        let _ = writeln!(o, "{}", crate::tr!(lang, "cli-facts-imap-paid"));
    }
    if let Some(a) = &p.auth {
        if a.app_password {
            let _ = writeln!(
                o,
                "{}{}",
                crate::tr!(lang, "cli-facts-app-password"),
                a.app_password_url
                    .as_deref()
                    .map(|u| format!(": {u}"))
                    .unwrap_or_default()
            );
        } else if a.oauth2 == provider::OAuth2::Required {
            let _ = writeln!(o, "{}", crate::tr!(lang, "cli-facts-oauth-required"));
        }
    }
    if !p.notes.is_empty() {
        let _ = writeln!(o, "{}", crate::tr!(lang, "cli-facts-notes"));
        for n in &p.notes {
            let _ = writeln!(o, "  ・{}{}", n.text.get(lang), mark(n.status));
        }
    }
    o
}

/// `tsunagu export autoconfig`: a clientConfig 1.1 for the looked-up settings.
pub fn export_autoconfig(l: &Lookup, account: &Account) -> String {
    let (id, name, domains) = match l.bundled_provider() {
        Some(p) => (
            p.id.clone(),
            p.name(Lang::Ja).to_string(),
            p.domains
                .value
                .iter()
                .filter(|d| !d.starts_with("*."))
                .cloned()
                .collect::<Vec<_>>(),
        ),
        None => {
            let (id, name) = l
                .provider
                .as_ref()
                .map(|p| (p.id.clone(), p.name.clone()))
                .unwrap_or_else(|| (account.domain.clone(), account.domain.clone()));
            (id, name, vec![])
        }
    };
    let mut domains = domains;
    if !domains.contains(&account.domain) {
        domains.insert(0, account.domain.clone());
    }
    // Guesses are not settings: export only what a source gave (or all, when only guesses).
    let known: Vec<Candidate> = l
        .candidates
        .iter()
        .filter(|c| c.source != SettingsSource::Guess)
        .cloned()
        .collect();
    let list = if known.is_empty() {
        &l.candidates
    } else {
        &known
    };
    // Never export a plaintext server when the same protocol has a protected one.
    let list: Vec<Candidate> = list
        .iter()
        .filter(|c| {
            c.security != crate::model::Security::None
                || !list
                    .iter()
                    .any(|o| o.protocol == c.protocol && o.security != crate::model::Security::None)
        })
        .cloned()
        .collect();
    let list = &list;
    autoconfig::write(&autoconfig::from_candidates(
        &id, &name, &domains, list, account,
    ))
}

/// One row of the maintainer check.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckRow {
    pub provider: String,
    pub status: Status,
    pub probe: Probe,
    /// A verified value that no longer answers as documented.
    pub drift: bool,
}

/// Every bundled server as a candidate to check: (provider id, status, candidate).
/// Hosts with %MXHOST% are skipped; %EMAILDOMAIN% is filled with the provider's first plain
/// domain.
pub fn check_candidates(
    only: Option<&dyn Fn(&Provider) -> bool>,
) -> Vec<(String, Status, Candidate)> {
    let mut out = Vec::new();
    for p in provider::all() {
        if let Some(f) = only {
            if !f(p) {
                continue;
            }
        }
        let domain = p
            .domains
            .value
            .iter()
            .find(|d| !d.starts_with("*."))
            .cloned()
            .or_else(|| {
                p.domains
                    .value
                    .first()
                    .map(|d| d.trim_start_matches("*.").to_string())
            })
            .unwrap_or_default();
        let account = Account {
            address: format!("check@{domain}"),
            local_part: "check".into(),
            domain: domain.clone(),
            domain_unicode: domain.clone(),
        };
        for s in p.servers_for(&domain) {
            if s.host.contains("%MXHOST%") {
                continue;
            }
            out.push((
                p.id.clone(),
                s.status,
                Candidate {
                    protocol: s.protocol,
                    host: autoconfig::substitute(&s.host, &account),
                    port: s.port,
                    security: s.security,
                    usernames: Vec::new(),
                    authentication: s.authentication,
                    source: SettingsSource::Bundled,
                    documented: s.status == Status::Verified,
                },
            ));
        }
    }
    out
}

/// Probes the given servers without credentials (capabilities and certificates only) and
/// marks drift: a verified value that no longer answers as documented.
pub async fn run_check(
    list: Vec<(String, Status, Candidate)>,
    opts: &ProbeOptions,
) -> Vec<CheckRow> {
    let cands: Vec<Candidate> = list.iter().map(|(_, _, c)| c.clone()).collect();
    let creds = Credentials {
        address: "check@invalid".into(),
        password: None,
    };
    let sink: EventSink = Arc::new(|_| {});
    let probes = probe::run_all(&cands, &creds, opts, sink).await;
    probes
        .into_iter()
        .zip(list)
        .map(|(probe, (provider, status, _))| {
            let bad_cert = probe
                .tls
                .as_ref()
                .is_some_and(|t| !t.trusted || !t.hostname_matches);
            // Without credentials only reachability, TLS and the protocol can drift; a login
            // step that was refused or skipped is expected here.
            use crate::model::FailureKind as K;
            let failed = bad_cert
                || (probe.outcome == Outcome::Failed
                    && !probe.failure.as_ref().is_some_and(|f| {
                        matches!(
                            f.kind,
                            K::PlaintextRefused
                                | K::LoginFailed
                                | K::LoginMechanismUnsupported
                                | K::SubmitRejected
                        )
                    }));
            CheckRow {
                provider,
                status,
                drift: failed && status == Status::Verified,
                probe,
            }
        })
        .collect()
}

/// Probes every bundled server without credentials (needs the internet).
pub async fn providers_check(
    opts: &ProbeOptions,
    only: Option<&dyn Fn(&Provider) -> bool>,
) -> Vec<CheckRow> {
    run_check(check_candidates(only), opts).await
}

/// Text of the maintainer check.
pub fn check_text(rows: &[CheckRow]) -> String {
    let mut o = String::new();
    for r in rows {
        let p = &r.probe;
        let tls = p
            .tls
            .as_ref()
            .map(|t| {
                format!(
                    " tls={} trusted={} name_ok={} not_after={}",
                    t.version.as_deref().unwrap_or("?"),
                    t.trusted,
                    t.hostname_matches,
                    t.not_after.as_deref().unwrap_or("?")
                )
            })
            .unwrap_or_default();
        let fail = p
            .failure
            .as_ref()
            .map(|f| format!(" failure={}", f.kind.as_str()))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "{}{:<12} {:<5} {}:{} {} [{}] {:?}{}{} caps={}",
            if r.drift { "DRIFT " } else { "      " },
            r.provider,
            p.protocol.as_str(),
            p.host,
            p.port,
            p.security.as_str(),
            r.status.as_str(),
            p.outcome,
            tls,
            fail,
            p.capabilities.len()
        );
    }
    let drift = rows.iter().filter(|r| r.drift).count();
    let _ = writeln!(
        o,
        "\n{} servers probed, {drift} verified values drifted",
        rows.len()
    );
    o
}
