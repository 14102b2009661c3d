//! The words of a finished report, made again in another language (issue 12: decisions carry
//! facts, words come last). A report keeps the typed facts its words were made from — each
//! finding's `facts`, each input note's `facts`, the provider's id — and `report` turns them
//! into text for the language asked: the CLI's `--from` path, the app's `relang_report`
//! command (a language switch on the result screen) and the engine's own findings all go
//! through `finding_text`, so a report rendered again in its own language is unchanged.

use crate::model::{
    FindingCtx, FindingId, Lang, Outcome, ProviderRef, Report, SettingsSource, TriedProbe,
};
use crate::provider::{self, Provider, Status};
use crate::text::{self, FindingText};

/// The bundled provider a report was made with, picked as the engine picks it: the provider
/// discovery recognised (bundled data or MX), else the one that lists the domain.
pub fn provider_of(r: &Report) -> Option<&'static Provider> {
    r.provider
        .as_ref()
        .filter(|p| matches!(p.source, SettingsSource::Bundled | SettingsSource::Mx))
        .and_then(|p| provider::by_id(&p.id))
        .or_else(|| provider::find(domain_of(&r.address)))
}

/// The bundled provider's name in `lang` (discovery records it by its Japanese name).
pub fn name_provider(p: &mut ProviderRef, lang: Lang) {
    if !matches!(p.source, SettingsSource::Bundled | SettingsSource::Mx) {
        return;
    }
    if let Some(b) = provider::by_id(&p.id).filter(|b| !b.name(lang).is_empty()) {
        p.name = b.name(lang).to_string();
    }
}

fn domain_of(address: &str) -> &str {
    address.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
}

/// The provider's own words in `lang`: its name, what it calls the mail password and where
/// that password is written. Without a provider the facts are left as they are.
pub fn localise(ctx: &mut FindingCtx, pr: Option<&Provider>, domain: &str, lang: Lang) {
    let Some(p) = pr else { return };
    ctx.provider_name = Some(p.name(lang).to_string()).filter(|s| !s.is_empty());
    ctx.password_name = p
        .password_name(domain, lang)
        .map(str::to_string)
        .filter(|s| !s.is_empty());
    ctx.password_written_on = p
        .password_written_on(domain, lang)
        .map(str::to_string)
        .filter(|s| !s.is_empty());
}

/// One line per probe for "what we tried", in the person's language.
pub fn tried_lines(ps: &[TriedProbe], lang: Lang) -> Vec<String> {
    ps.iter()
        .map(|p| {
            let what = match (p.outcome, p.failure) {
                (Outcome::Ok, _) => text::outcome_ok(lang).to_string(),
                (_, Some(k)) => text::failure_kind(k, lang).to_string(),
                (Outcome::Skipped, None) => text::outcome_skipped(lang).to_string(),
                (Outcome::Failed, None) => text::outcome_failed(lang).to_string(),
            };
            format!(
                "{} {}:{} ({}): {}",
                text::protocol_label(p.protocol, lang),
                p.host,
                p.port,
                text::security_label(p.security, lang),
                what
            )
        })
        .collect()
}

/// A finding's title, detail and actions in `lang`, from its facts; the detail ends with the
/// provider's own advice for this finding from its data file.
pub fn finding_text(
    id: FindingId,
    ctx: &FindingCtx,
    pr: Option<&Provider>,
    lang: Lang,
) -> FindingText {
    let mut c = ctx.clone();
    c.tried = tried_lines(&c.tried_probes, lang);
    let mut t = text::finding(id, &c, lang);
    if let Some(pr) = pr {
        for n in pr.notes_for_finding(id) {
            if n.status == Status::Broken || n.text.get(lang).is_empty() {
                continue;
            }
            t.detail.push_str(&text::provider_note(
                pr.name(lang),
                n.text.get(lang),
                n.status == Status::Unverified,
                lang,
            ));
        }
    }
    t
}

/// The report with every word it holds made again in `lang`: findings (title, detail,
/// actions), input notes, the provider's name; `lang` set. Findings and notes from reports
/// written before their facts were kept stay as they are.
pub fn report(r: &Report, lang: Lang) -> Report {
    let mut out = r.clone();
    let pr = provider_of(r);
    let domain = domain_of(&r.address).to_string();
    if let Some(p) = out.provider.as_mut() {
        name_provider(p, lang);
    }
    for n in &mut out.input_notes {
        if let Some(f) = &n.facts {
            n.message = text::input_note(f, lang);
        }
    }
    for f in &mut out.findings {
        let Some(facts) = f.facts.as_mut() else {
            continue;
        };
        localise(facts, pr, &domain, lang);
        let t = finding_text(f.id, facts, pr, lang);
        f.title = t.title;
        f.detail = t.detail;
        f.actions = t.actions;
    }
    out.lang = lang;
    out
}
