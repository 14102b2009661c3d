//! Rendering facts into words (ja/en): input problems and notes, labels, progress lines, the
//! text report and the findings. The sentences themselves live in the message catalogue
//! (`locales/<lang>/*.ftl`, asked with `crate::tr!`); the findings' words in `finding.rs` and
//! `legacy.rs` are still being moved there. Owner: findings work.
//!
//! Japanese is written for an older person who is not at ease with computers: polite,
//! plain words, one idea per sentence, technical words explained the first time they appear.
//! English follows the same content.

mod legacy;
use crate::model::{
    Authentication, Candidate, Event, FailureKind, Finding, FindingId, Lang, Outcome, Protocol,
    Report, Security, ServerSettings, Severity, Situation, StepName,
};
use crate::model::{InputProblem, NoteFacts, Part};

// ───────────────────────────── input ─────────────────────────────

/// A character named so that a person can find it: visible ones in quotes (with a word for
/// the easily confused ones), invisible ones by what they are and their code.
pub fn char_name(c: char, lang: Lang) -> String {
    let code = format!("U+{:04X}", c as u32);
    match c {
        ' ' => crate::tr!(lang, "char-space"),
        '\t' => crate::tr!(lang, "char-tab"),
        '\r' => crate::tr!(lang, "char-cr"),
        '\n' => crate::tr!(lang, "char-lf"),
        '\0' => crate::tr!(lang, "char-nul"),
        ',' => crate::tr!(lang, "char-comma"),
        ';' => crate::tr!(lang, "char-semicolon"),
        ':' => crate::tr!(lang, "char-colon"),
        '、' => crate::tr!(lang, "char-ideographic-comma"),
        '"' => crate::tr!(lang, "char-quotation-mark"),
        '_' => crate::tr!(lang, "char-underscore"),
        c if c.is_control() || c.is_whitespace() || is_invisible(c) => {
            crate::tr!(lang, "char-invisible", code = code)
        }
        c => crate::tr!(lang, "char-quoted", char = c.to_string()),
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}')
}

/// A piece of the person's input quoted in a message: at most 40 characters, control
/// characters shown as U+FFFD (a pasted 10 000-character label must not fill the screen).
fn quoted_input(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(40)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// How `Part` is named in the catalogue's select expressions.
fn part_key(p: Part) -> &'static str {
    match p {
        Part::Local => "local",
        Part::Domain => "domain",
    }
}

/// The message for an input problem.
pub fn input_problem(p: &InputProblem, lang: Lang) -> String {
    use InputProblem as P;
    match p {
        P::AddressEmpty => crate::tr!(lang, "input-address-empty"),
        P::MissingAt => crate::tr!(lang, "input-missing-at"),
        P::MultipleAt { count } => crate::tr!(lang, "input-multiple-at", count = *count),
        P::SpaceInside { position } => {
            crate::tr!(lang, "input-space-inside", position = *position)
        }
        P::EmptyLocal => crate::tr!(lang, "input-empty-local"),
        P::EmptyDomain => crate::tr!(lang, "input-empty-domain"),
        P::InvalidChar { ch, position, part } => {
            // "," or "、" after the @ is most often a mistyped dot.
            let typo = matches!(ch, ',' | '、') && *part == Part::Domain;
            crate::tr!(
                lang,
                "input-invalid-char",
                position = *position,
                char_name = char_name(*ch, lang),
                typo = if typo { "yes" } else { "no" },
                part = part_key(*part),
            )
        }
        P::ConsecutiveDots { part } => {
            crate::tr!(lang, "input-consecutive-dots", part = part_key(*part))
        }
        P::LeadingDot { part } => crate::tr!(lang, "input-leading-dot", part = part_key(*part)),
        P::TrailingDot { part } => crate::tr!(lang, "input-trailing-dot", part = part_key(*part)),
        P::DomainNoDot => crate::tr!(lang, "input-domain-no-dot"),
        P::DomainLiteral => crate::tr!(lang, "input-domain-literal"),
        P::DomainLabelTooLong { label } => {
            crate::tr!(
                lang,
                "input-domain-label-too-long",
                label = quoted_input(label)
            )
        }
        P::DomainLabelHyphen { label } => {
            crate::tr!(
                lang,
                "input-domain-label-hyphen",
                label = quoted_input(label)
            )
        }
        P::DomainNumeric => crate::tr!(lang, "input-domain-numeric"),
        P::IdnInvalid { domain } => {
            crate::tr!(lang, "input-idn-invalid", domain = quoted_input(domain))
        }
        P::AddressTooLong { len } => crate::tr!(lang, "input-address-too-long", len = *len),
        P::LocalTooLong { len } => crate::tr!(lang, "input-local-too-long", len = *len),
        P::UsernameEmpty => crate::tr!(lang, "input-username-empty"),
        P::UsernameControlChar { ch } => crate::tr!(
            lang,
            "input-username-control-char",
            char_name = char_name(*ch, lang)
        ),
        P::PasswordEmpty => crate::tr!(lang, "input-password-empty"),
        P::PasswordControlChar { ch } => crate::tr!(
            lang,
            "input-password-control-char",
            char_name = char_name(*ch, lang)
        ),
    }
}

/// The message of an input note; it always shows what we will use.
pub fn input_note(f: &NoteFacts, lang: Lang) -> String {
    match f {
        NoteFacts::Fullwidth { result } => {
            crate::tr!(lang, "input-note-fullwidth", result = result.as_str())
        }
        NoteFacts::WhitespaceTrimmed { result } => {
            crate::tr!(
                lang,
                "input-note-whitespace-trimmed",
                result = result.as_str()
            )
        }
        NoteFacts::PasswordWhitespace { leading, trailing } => crate::tr!(
            lang,
            "input-note-password-whitespace",
            leading = *leading,
            trailing = *trailing
        ),
        NoteFacts::IdnConverted { unicode, ascii } => crate::tr!(
            lang,
            "input-note-idn-converted",
            unicode = unicode.as_str(),
            ascii = ascii.as_str()
        ),
        NoteFacts::PasswordNonAscii { count, fullwidth } => crate::tr!(
            lang,
            "input-note-password-non-ascii",
            count = *count,
            fullwidth = *fullwidth
        ),
        NoteFacts::DomainLowercased { result } => {
            crate::tr!(
                lang,
                "input-note-domain-lowercased",
                result = result.as_str()
            )
        }
    }
}

// ───────────────────────────── labels ─────────────────────────────

/// A provider's own advice appended to a finding's detail.
pub fn provider_note(provider: &str, note: &str, unverified: bool, lang: Lang) -> String {
    crate::tr!(
        lang,
        "label-provider-note",
        provider = provider,
        note = note,
        unverified = if unverified { "yes" } else { "no" }
    )
}

/// What a failure kind means, in one short phrase.
pub fn failure_kind(k: FailureKind, lang: Lang) -> String {
    use FailureKind as K;
    match k {
        K::DnsNotFound => crate::tr!(lang, "label-failure-dns-not-found"),
        K::ConnectRefused => crate::tr!(lang, "label-failure-connect-refused"),
        K::ConnectTimeout => crate::tr!(lang, "label-failure-connect-timeout"),
        K::TlsHandshakeFailed => crate::tr!(lang, "label-failure-tls-handshake-failed"),
        K::TlsUntrusted => crate::tr!(lang, "label-failure-tls-untrusted"),
        K::TlsHostnameMismatch => crate::tr!(lang, "label-failure-tls-hostname-mismatch"),
        K::TlsExpired => crate::tr!(lang, "label-failure-tls-expired"),
        K::StarttlsUnavailable => crate::tr!(lang, "label-failure-starttls-unavailable"),
        K::GreetingTimeout => crate::tr!(lang, "label-failure-greeting-timeout"),
        K::ReadTimeout => crate::tr!(lang, "label-failure-read-timeout"),
        K::ProtocolError => crate::tr!(lang, "label-failure-protocol-error"),
        K::LoginFailed => crate::tr!(lang, "label-failure-login-failed"),
        K::LoginMechanismUnsupported => {
            crate::tr!(lang, "label-failure-login-mechanism-unsupported")
        }
        K::PlaintextRefused => crate::tr!(lang, "label-failure-plaintext-refused"),
        K::SubmitRejected => crate::tr!(lang, "label-failure-submit-rejected"),
        K::TlsRequired => crate::tr!(lang, "label-failure-tls-required"),
        K::LoginTemporarilyFailed => crate::tr!(lang, "label-failure-login-temporarily-failed"),
        K::MailboxInUse => crate::tr!(lang, "label-failure-mailbox-in-use"),
        K::LoginNotAllowed => crate::tr!(lang, "label-failure-login-not-allowed"),
        K::ServerError => crate::tr!(lang, "label-failure-server-error"),
    }
}

pub fn outcome_ok(lang: Lang) -> String {
    crate::tr!(lang, "label-outcome-ok")
}
pub fn outcome_skipped(lang: Lang) -> String {
    crate::tr!(lang, "label-outcome-skipped")
}
pub fn outcome_failed(lang: Lang) -> String {
    crate::tr!(lang, "label-outcome-failed")
}

pub fn step_name(s: StepName, lang: Lang) -> String {
    use StepName as S;
    match s {
        S::Resolve => crate::tr!(lang, "label-step-resolve"),
        S::Connect => crate::tr!(lang, "label-step-connect"),
        S::Tls => crate::tr!(lang, "label-step-tls"),
        S::Greeting => crate::tr!(lang, "label-step-greeting"),
        S::Starttls => crate::tr!(lang, "label-step-starttls"),
        S::Capabilities => crate::tr!(lang, "label-step-capabilities"),
        S::Login => crate::tr!(lang, "label-step-login"),
        S::Mailbox => crate::tr!(lang, "label-step-mailbox"),
        S::Submit => crate::tr!(lang, "label-step-submit"),
        S::SendTest => crate::tr!(lang, "label-step-send-test"),
        S::RelayBeforePop => crate::tr!(lang, "label-step-relay-before-pop"),
        S::RelayAfterPop => crate::tr!(lang, "label-step-relay-after-pop"),
    }
}

pub fn protocol_label(p: Protocol, _lang: Lang) -> &'static str {
    match p {
        Protocol::Imap => "IMAP",
        Protocol::Pop3 => "POP3",
        Protocol::Smtp => "SMTP",
    }
}

/// "受信メールサーバー（IMAP）" / "Incoming mail server (IMAP)".
pub fn server_role(p: Protocol, lang: Lang) -> String {
    crate::tr!(
        lang,
        "label-server-role",
        incoming = if p.is_incoming() { "yes" } else { "no" },
        protocol = protocol_label(p, lang)
    )
}

pub fn security_label(s: Security, lang: Lang) -> String {
    crate::wording::security_name(s, lang)
}

pub fn authentication_label(a: Authentication, lang: Lang) -> String {
    use Authentication as A;
    match a {
        A::PasswordCleartext => crate::tr!(lang, "label-authentication-password-cleartext"),
        A::PasswordEncrypted => crate::tr!(lang, "label-authentication-password-encrypted"),
        A::OAuth2 => crate::tr!(lang, "label-authentication-oauth2"),
        A::ClientIpAddress => crate::tr!(lang, "label-authentication-client-ip-address"),
        A::SmtpAfterPop => crate::tr!(lang, "label-authentication-smtp-after-pop"),
        A::None => crate::tr!(lang, "label-authentication-none"),
    }
}

pub fn situation_name(s: Situation, lang: Lang) -> String {
    match s {
        Situation::NewDevice => crate::tr!(lang, "label-situation-new-device"),
        Situation::CantReceive => crate::tr!(lang, "label-situation-cant-receive"),
        Situation::CantSend => crate::tr!(lang, "label-situation-cant-send"),
        Situation::Gmail => crate::tr!(lang, "label-situation-gmail"),
    }
}

pub fn severity_label(s: Severity, lang: Lang) -> String {
    match s {
        Severity::Error => crate::tr!(lang, "label-severity-error"),
        Severity::Warning => crate::tr!(lang, "label-severity-warning"),
        Severity::Info => crate::tr!(lang, "label-severity-info"),
    }
}

mod finding;
pub use finding::*;

// ───────────────────────────── report and progress ─────────────────────────────

/// "imap mail.example.jp:993 SSL/TLS": how a candidate is named in progress lines.
pub fn candidate_name(c: &Candidate, lang: Lang) -> String {
    format!(
        "{} {}:{} {}",
        protocol_label(c.protocol, lang),
        c.host,
        c.port,
        security_label(c.security, lang)
    )
}

/// One progress line for an event (`names` are the planned candidates' names, by index);
/// `None` for events that print nothing.
pub fn progress_line(ev: &Event, names: &[String], lang: Lang) -> Option<String> {
    let name = |i: &usize| names.get(*i).cloned().unwrap_or_else(|| format!("#{i}"));
    match ev {
        Event::Planned { candidates } => Some(crate::tr!(
            lang,
            "progress-planned",
            count = candidates.len()
        )),
        Event::ProbeStarted { .. } => None,
        Event::StepFinished { index, step } => {
            let mark = if step.ok {
                "OK".to_string()
            } else {
                outcome_failed(lang)
            };
            // Step details are the probe's own English record (kept in --json): in Japanese
            // only the values (addresses, TLS version) are shown; a failed step's reason is
            // told by the ProbeFinished line below, in words.
            let values_only = matches!(
                step.step,
                StepName::Resolve | StepName::Connect | StepName::Tls
            );
            let detail =
                if step.detail.is_empty() || (lang == Lang::Ja && (!step.ok || !values_only)) {
                    String::new()
                } else {
                    format!(" {}", step.detail)
                };
            Some(format!(
                "  [{}] {} {mark} {} ms{detail}",
                name(index),
                step_name(step.step, lang),
                step.ms
            ))
        }
        Event::ProbeFinished { index, probe } => Some(crate::tr!(
            lang,
            "progress-probe-finished",
            name = name(index),
            what = probe_outcome(probe, lang),
            ms = probe.ms
        )),
        Event::Finished { ms } => Some(crate::tr!(lang, "progress-finished", ms = *ms)),
    }
}

/// What came of a probe, in words: OK, its failure, not tried or failed.
fn probe_outcome(p: &crate::model::Probe, lang: Lang) -> String {
    match (p.outcome, &p.failure) {
        (Outcome::Ok, _) => outcome_ok(lang),
        (_, Some(f)) => failure_kind(f.kind, lang),
        (Outcome::Skipped, None) => outcome_skipped(lang),
        (Outcome::Failed, None) => outcome_failed(lang),
    }
}

/// `--ca-file` could not be used (`why` is the engine's English reason).
pub fn ca_file_error(path: &std::path::Path, why: &str, lang: Lang) -> String {
    crate::tr!(
        lang,
        "cli-ca-file-error",
        path = path.display().to_string(),
        why = why
    )
}

/// "5 messages (2 unseen), 12 KB, quota 40% of 100 MB, Junk 3" for the probe table.
pub fn mailbox_summary(m: &crate::model::MailboxInfo, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(n) = m.messages {
        parts.push(match m.unseen {
            Some(u) => crate::tr!(
                lang,
                "report-mailbox-messages-unseen",
                count = n,
                unseen = u
            ),
            None => crate::tr!(lang, "report-mailbox-messages", count = n),
        });
    }
    if let Some(b) = m.size_bytes {
        parts.push(human_bytes(b));
    }
    if let (Some(used), Some(limit)) = (m.quota_used_bytes, m.quota_limit_bytes) {
        if let Some(pct) = used.saturating_mul(100).checked_div(limit) {
            parts.push(crate::tr!(
                lang,
                "report-mailbox-quota",
                percent = pct,
                used = human_bytes(used),
                limit = human_bytes(limit)
            ));
        }
    }
    if let Some(j) = m.junk_messages {
        parts.push(crate::tr!(lang, "report-mailbox-junk", count = j));
    }
    parts.join(&crate::tr!(lang, "report-list-separator"))
}

/// Sizes as mail providers state them (1 MB = 1,000,000 bytes); one decimal below 10.
fn human_bytes(b: u64) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"];
    let mut v = b as f64;
    let mut i = 0;
    while v >= 1000.0 && i < units.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    if i == 0 || v >= 10.0 {
        format!("{} {}", v.round() as u64, units[i])
    } else {
        format!("{v:.1} {}", units[i])
    }
}

/// Heading above the situation's own checklist in the text report.
pub fn situation_steps_heading(s: Situation, lang: Lang) -> String {
    crate::tr!(
        lang,
        "report-situation-steps-heading",
        situation = situation_name(s, lang)
    )
}

/// The verdict in one sentence.
pub fn verdict(r: &Report, lang: Lang) -> String {
    let errors: Vec<&Finding> = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let warnings = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let both = r.recommended.incoming.is_some() && r.recommended.outgoing.is_some();
    if r.recommended.verified && both && errors.is_empty() {
        crate::tr!(lang, "report-verdict-verified", warnings = warnings)
    } else if let Some(first) = errors.first() {
        crate::tr!(lang, "report-verdict-problem", title = first.title.as_str())
    } else if r.probes.is_empty() {
        crate::tr!(lang, "report-verdict-offline")
    } else {
        crate::tr!(lang, "report-verdict-unverified")
    }
}

fn field(s: &mut String, label: &str, value: &str) {
    // Pad by display width so the values line up for CJK labels too.
    let width: usize = label
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum();
    let pad = 26usize.saturating_sub(width);
    s.push_str(&format!("    {label}{} {value}\n", " ".repeat(pad)));
}

fn settings_block(s: &mut String, x: &ServerSettings, entered: bool, lang: Lang) {
    s.push_str(&format!("  {}\n", server_role(x.protocol, lang)));
    field(s, &crate::tr!(lang, "report-field-server"), &x.host);
    field(
        s,
        &crate::tr!(lang, "report-field-port"),
        &x.port.to_string(),
    );
    field(
        s,
        &crate::tr!(lang, "report-field-security"),
        &security_label(x.security, lang),
    );
    field(s, &crate::tr!(lang, "report-field-username"), &x.username);
    field(
        s,
        &crate::tr!(lang, "report-field-password"),
        &crate::tr!(
            lang,
            "report-password-value",
            entered = if entered { "yes" } else { "no" }
        ),
    );
    field(
        s,
        &crate::tr!(lang, "report-field-authentication"),
        &authentication_label(x.authentication, lang),
    );
    if !x.protocol.is_incoming() {
        field(
            s,
            &crate::tr!(lang, "report-field-outgoing-auth"),
            &crate::tr!(lang, "report-outgoing-auth-required"),
        );
    }
}

/// The whole report as text for the terminal (and for pasting into a support request).
/// Never contains the password: the report does not hold it.
pub fn report_text(r: &Report, lang: Lang) -> String {
    let mut s = String::new();
    s.push_str(&crate::tr!(
        lang,
        "report-heading",
        address = r.address.as_str(),
        situation = situation_name(r.situation, lang)
    ));
    s.push('\n');
    if let Some(p) = &r.provider {
        s.push_str(&format!(
            "  {}\n",
            crate::tr!(
                lang,
                "report-provider",
                name = p.name.as_str(),
                source = crate::wording::source_name(p.source, lang)
            )
        ));
    }
    s.push_str(&format!("\n{}\n", verdict(r, lang)));
    if !r.input_notes.is_empty() {
        s.push_str(&format!("\n{}\n", crate::tr!(lang, "report-input-heading")));
        for n in &r.input_notes {
            s.push_str(&format!("  ・{}\n", n.message));
        }
    }
    report_findings(&mut s, r, lang);
    report_recommended(&mut s, r, lang);
    report_probes(&mut s, r, lang);
    report_sources(&mut s, r, lang);
    s
}

fn report_findings(s: &mut String, r: &Report, lang: Lang) {
    if r.findings.is_empty() {
        return;
    }
    s.push_str(&format!(
        "\n{}\n",
        crate::tr!(lang, "report-findings-heading")
    ));
    for (i, f) in r.findings.iter().enumerate() {
        s.push_str(&format!(
            "\n{}. [{}] {}\n",
            i + 1,
            severity_label(f.severity, lang),
            f.title
        ));
        s.push_str(&format!("   {}\n", f.detail));
        if !f.actions.is_empty() {
            s.push_str(&format!("   {}\n", crate::tr!(lang, "report-what-to-do")));
            for (j, a) in f.actions.iter().enumerate() {
                s.push_str(&format!("     {}) {a}\n", j + 1));
            }
        }
        if !f.evidence.is_empty() {
            s.push_str(&format!(
                "   {} {}\n",
                crate::tr!(lang, "report-evidence"),
                f.evidence
                    .iter()
                    .map(|e| crate::wording::evidence_text(e, failure_kind, lang))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
        }
    }
}

fn report_recommended(s: &mut String, r: &Report, lang: Lang) {
    let rec = &r.recommended;
    // A login was tried, so a password was entered (the report never holds it).
    let entered = r.probes.iter().any(|p| p.login_attempts > 0);
    s.push_str(&format!(
        "\n{}\n",
        crate::tr!(
            lang,
            "report-recommended-heading",
            verified = if rec.verified { "yes" } else { "no" }
        )
    ));
    match &rec.incoming {
        Some(x) => settings_block(s, x, entered, lang),
        None => s.push_str(&format!("  {}\n", crate::tr!(lang, "report-no-incoming"))),
    }
    match &rec.outgoing {
        Some(x) => settings_block(s, x, entered, lang),
        None => s.push_str(&format!("  {}\n", crate::tr!(lang, "report-no-outgoing"))),
    }
}

fn report_probes(s: &mut String, r: &Report, lang: Lang) {
    if r.probes.is_empty() {
        return;
    }
    s.push_str(&format!(
        "\n{}\n",
        crate::tr!(lang, "report-probes-heading", ms = r.ms)
    ));
    let w = r
        .probes
        .iter()
        .map(|p| p.host.len() + 1 + p.port.to_string().len())
        .max()
        .unwrap_or(0);
    for p in &r.probes {
        let what = match (p.outcome, &p.mailbox) {
            (Outcome::Ok, Some(m)) => format!("OK  {}", mailbox_summary(m, lang)),
            (Outcome::Ok, None) => "OK".to_string(),
            _ => probe_outcome(p, lang),
        };
        let hp = format!("{}:{}", p.host, p.port);
        s.push_str(&format!(
            "  {:<4}  {:<w$}  {:<8}  {:>6} ms  {what}\n",
            protocol_label(p.protocol, lang),
            hp,
            security_label(p.security, lang),
            p.ms,
        ));
    }
}

fn report_sources(s: &mut String, r: &Report, lang: Lang) {
    use crate::model::{Channel, SourceOutcome as O};
    let asked: Vec<_> = r
        .discovery
        .iter()
        .filter(|d| d.outcome != O::Skipped)
        .collect();
    if asked.is_empty() {
        return;
    }
    s.push_str(&format!(
        "\n{}\n",
        crate::tr!(lang, "report-sources-heading")
    ));
    for d in asked {
        let trust = if d.channel == Channel::None {
            "guess"
        } else if d.trusted {
            "trusted"
        } else {
            "untrusted"
        };
        let outcome = match d.outcome {
            O::Found => "found",
            O::NotFound => "not-found",
            O::Failed => "failed",
            O::Timeout => "timeout",
            O::Skipped => "skipped",
        };
        let line = crate::tr!(
            lang,
            "report-source-line",
            outcome = crate::tr!(
                lang,
                "report-source-outcome",
                outcome = outcome,
                count = d.candidates
            ),
            trust = crate::tr!(lang, "report-source-trust", trust = trust),
            ms = d.ms,
            used = if d.used {
                crate::tr!(lang, "report-source-used")
            } else {
                String::new()
            }
        );
        s.push_str(&format!(
            "  {:<10} {line}\n    {}\n",
            crate::wording::source_name(d.source, lang),
            // The bundled data is asked by provider id: shown by name.
            match crate::provider::by_id(&d.query) {
                Some(p) if d.source == crate::model::SettingsSource::Bundled => p.name(lang),
                _ => d.query.as_str(),
            }
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Failure, InputNote, InputNoteId, MailboxInfo, Probe, ProviderRef, Recommended,
        SettingsSource, Step, REPORT_SCHEMA,
    };

    /// Text that reads as finished: not empty, no format leftovers, no debug output.
    fn clean(s: &str, what: &str) {
        assert!(!s.trim().is_empty(), "{what}: empty");
        for bad in [
            "{", "}", "TODO", "FIXME", "Some(", "\u{FFFD}", "  ", "「」", "“”", "()", "()",
        ] {
            assert!(!s.contains(bad), "{what}: contains {bad:?}: {s}");
        }
    }

    fn has_japanese(s: &str) -> bool {
        s.chars()
            .any(|c| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}'))
    }

    fn full_ctx_in(situation: Situation, lang: Lang) -> FindingCtx {
        let mut c = full_ctx(situation);
        if lang == Lang::En {
            c.provider_name = Some("TestNet".into());
            c.password_name = Some("mail address password".into());
            c.password_written_on = Some("It is printed on the user information sheet.".into());
            c.tried = vec!["IMAP imap.example.jp:993 (SSL/TLS): connection refused".into()];
        }
        c
    }

    fn full_ctx(situation: Situation) -> FindingCtx {
        FindingCtx {
            situation,
            address: "taro@example.jp".into(),
            domain: "example.jp".into(),
            provider_name: Some("テストネット".into()),
            password_name: Some("メールアドレスパスワード".into()),
            password_written_on: Some("「ユーザー情報」の用紙に書かれています。".into()),
            webmail_url: Some("https://webmail.example.jp/".into()),
            management_url: Some("https://support.example.jp/supw".into()),
            app_password_url: Some("https://example.jp/apppasswords".into()),
            oauth_only: false,
            password_reset_url: Some("https://example.jp/reset".into()),
            keep_on_server_days: Some(14),
            imap_paid_option: true,
            servers: vec!["imap.example.jp:993".into(), "smtp.example.jp:465".into()],
            failure: Some(FailureKind::TlsExpired),
            issuer: Some("CN=ESET SSL Filter CA".into()),
            vendor: Some("ESET".into()),
            server_text: Some("Web login required".into()),
            percent: Some(95),
            used_bytes: Some(95_000_000),
            limit_bytes: Some(100_000_000),
            count: Some(3),
            username: Some("taro".into()),
            rejected_username: Some("taro@example.jp".into()),
            attempts: 3,
            port: Some(587),
            security: Some(Security::Starttls),
            alternative_works: true,
            any_login_ok: true,
            reason: Reason::Offline,
            tried: vec!["IMAP imap.example.jp:993 (SSL/TLS): 接続を断られました".into()],
            tried_probes: Vec::new(),
            imap_available: Some(false),
            credentials_confirmed: Some(false),
        }
    }

    #[test]
    fn every_finding_has_text_in_every_language_and_context() {
        let reasons = [
            Reason::Unspecified,
            Reason::Offline,
            Reason::NoData,
            Reason::NoPassword,
            Reason::Partial,
            Reason::NothingFound,
            Reason::AllFailed,
            Reason::OnlyPort25,
            Reason::LoginFailed,
            Reason::SubmitRejected,
        ];
        let failures = [
            None,
            Some(FailureKind::DnsNotFound),
            Some(FailureKind::ConnectRefused),
            Some(FailureKind::TlsUntrusted),
            Some(FailureKind::TlsHostnameMismatch),
            Some(FailureKind::TlsExpired),
        ];
        for id in FindingId::ALL {
            for lang in [Lang::Ja, Lang::En] {
                for s in Situation::ALL {
                    let mut ctxs = vec![FindingCtx::default(), full_ctx_in(s, lang)];
                    for r in reasons {
                        for f in failures {
                            let mut c = full_ctx_in(s, lang);
                            c.reason = r;
                            c.failure = f;
                            c.alternative_works = f.is_some();
                            c.imap_available = f.map(|_| true);
                            c.oauth_only = f.is_none();
                            if f == Some(FailureKind::DnsNotFound) {
                                c.password_written_on = None;
                                c.app_password_url = None;
                            }
                            ctxs.push(c);
                        }
                    }
                    for c in &ctxs {
                        let x = finding(id, c, lang);
                        let what = format!("{id:?}/{lang:?}/{s:?}");
                        clean(&x.title, &what);
                        clean(&x.detail, &what);
                        assert!(!x.actions.is_empty(), "{what}: no actions");
                        for a in &x.actions {
                            clean(a, &what);
                        }
                        if lang == Lang::Ja {
                            assert!(
                                has_japanese(&x.title),
                                "{what}: Japanese title is not Japanese: {}",
                                x.title
                            );
                        } else {
                            for part in std::iter::once(&x.title)
                                .chain(std::iter::once(&x.detail))
                                .chain(x.actions.iter())
                            {
                                assert!(!has_japanese(part), "{what}: Japanese in English: {part}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn provider_words_are_used_when_known() {
        let c = full_ctx(Situation::CantReceive);
        let x = finding(FindingId::PasswordRejected, &c, Lang::Ja);
        assert!(
            x.actions[0].contains("「メールアドレスパスワード」"),
            "{:?}",
            x.actions
        );
        assert!(x
            .actions
            .iter()
            .any(|a| a.contains("https://example.jp/reset")));
        let x = finding(
            FindingId::PasswordRejected,
            &FindingCtx::default(),
            Lang::Ja,
        );
        assert!(x.actions[0].contains("「メールのパスワード」"));
        assert!(x.actions[0].contains("ご契約のプロバイダー"));
    }

    #[test]
    fn every_label_has_text() {
        for lang in [Lang::Ja, Lang::En] {
            for k in FailureKind::ALL {
                clean(&failure_kind(k, lang), k.as_str());
            }
            for s in [
                StepName::Resolve,
                StepName::Connect,
                StepName::Tls,
                StepName::Greeting,
                StepName::Starttls,
                StepName::Capabilities,
                StepName::Login,
                StepName::Mailbox,
                StepName::Submit,
                StepName::SendTest,
            ] {
                clean(&step_name(s, lang), s.as_str());
            }
            for s in Situation::ALL {
                clean(&situation_name(s, lang), s.as_str());
            }
            for s in [Severity::Error, Severity::Warning, Severity::Info] {
                clean(&severity_label(s, lang), "severity");
            }
            for s in [Security::Tls, Security::Starttls, Security::None] {
                assert!(!security_label(s, lang).is_empty());
            }
            for a in [
                Authentication::PasswordCleartext,
                Authentication::PasswordEncrypted,
                Authentication::OAuth2,
                Authentication::ClientIpAddress,
                Authentication::SmtpAfterPop,
                Authentication::None,
            ] {
                assert!(!authentication_label(a, lang).is_empty());
            }
        }
        // Japanese failure texts are Japanese, English ones English.
        for k in FailureKind::ALL {
            assert!(!failure_kind(k, Lang::Ja).is_ascii(), "{k:?}");
            assert!(failure_kind(k, Lang::En).is_ascii(), "{k:?}");
        }
    }

    fn sample_report() -> Report {
        let probe = |protocol, host: &str, port, security, failure: Option<FailureKind>| Probe {
            protocol,
            host: host.into(),
            port,
            security,
            username: Some("taro@example.jp".into()),
            outcome: if failure.is_some() {
                Outcome::Failed
            } else {
                Outcome::Ok
            },
            failure: failure.map(|kind| Failure {
                kind,
                message: kind.as_str().into(),
                server_text: None,
            }),
            steps: Vec::new(),
            tls: None,
            mailbox: Some(MailboxInfo::default()),
            ms: 120,
            capabilities: Vec::new(),
            auth_mechanisms: Vec::new(),
            login_attempts: 1,
            source: SettingsSource::Bundled,
            documented: true,
        };
        let probes = vec![
            probe(Protocol::Imap, "imap.example.jp", 993, Security::Tls, None),
            probe(
                Protocol::Smtp,
                "smtp.example.jp",
                587,
                Security::Starttls,
                None,
            ),
            probe(
                Protocol::Smtp,
                "smtp.example.jp",
                25,
                Security::None,
                Some(FailureKind::ConnectTimeout),
            ),
        ];
        let acc = crate::input::Account {
            address: "taro@example.jp".into(),
            local_part: "taro".into(),
            domain: "example.jp".into(),
            domain_unicode: "example.jp".into(),
        };
        let (findings, recommended) = crate::diagnose::diagnose(&crate::diagnose::DiagnoseInput {
            situation: Situation::CantSend,
            account: &acc,
            provider: None,
            probes: &probes,
            lang: Lang::Ja,
            offline: false,
        });
        Report {
            schema: REPORT_SCHEMA,
            address: "taro@example.jp".into(),
            input_notes: vec![InputNote {
                id: InputNoteId::FullwidthNormalized,
                message: "全角の文字を半角に直しました。「taro@example.jp」として調べます。".into(),
                facts: None,
            }],
            situation: Situation::CantSend,
            provider: Some(ProviderRef {
                id: "example".into(),
                name: "テストネット".into(),
                source: SettingsSource::Bundled,
            }),
            probes,
            recommended,
            findings,
            ms: 1234,
            started_at: "2026-11-26T07:00:00Z".into(),
            lang: Lang::Ja,
            discovery: Vec::new(),
        }
    }

    #[test]
    fn report_text_has_verdict_findings_settings_and_probes() {
        let r = sample_report();
        let s = report_text(&r, Lang::Ja);
        assert!(s.contains("taro@example.jp"));
        assert!(s.contains("メールが送信できない"));
        assert!(
            s.contains("ただし、気をつけていただきたいことが1件あります"),
            "{s}"
        );
        assert!(s.contains("送信に25番ポートは使えません"));
        assert!(s.contains("     1) "));
        assert!(
            s.contains(
                "根拠: SMTP smtp.example.jp:25 なし（暗号化しない） → 応答がありません（時間切れ）"
            ),
            "{s}"
        );
        assert!(s.contains("（実際に確かめました）"));
        assert!(s.contains("受信メールサーバー（IMAP）"));
        assert!(s.contains("ポート番号"));
        assert!(s.contains("587"));
        assert!(s.contains("STARTTLS"));
        assert!(s.contains("必要（受信と同じユーザー名とパスワード）"));
        assert!(s.contains("応答がありません（時間切れ）") && !s.contains("connect_timeout ("));
        assert!(s.contains("全角の文字を半角に直しました"));
        let e = report_text(&r, Lang::En);
        // Findings keep the language they were made in; the frame follows `lang`.
        assert!(e.contains("Recommended settings") && e.contains("Connections tried"));
        // Empty report: still a sentence, no panic.
        let mut empty = r.clone();
        empty.probes.clear();
        empty.findings.clear();
        empty.recommended = Recommended::default();
        let s = report_text(&empty, Lang::Ja);
        assert!(s.contains("まだ確かめていません"));
    }

    #[test]
    fn progress_lines() {
        let names = vec!["IMAP imap.example.jp:993 SSL/TLS".to_string()];
        let ev = Event::StepFinished {
            index: 0,
            step: Step {
                step: StepName::Connect,
                ok: true,
                ms: 12,
                detail: "127.0.0.1".into(),
                attempts: None,
            },
        };
        assert_eq!(
            progress_line(&ev, &names, Lang::Ja).unwrap(),
            "  [IMAP imap.example.jp:993 SSL/TLS] 接続 OK 12 ms 127.0.0.1"
        );
        let ev = Event::StepFinished {
            index: 7,
            step: Step {
                step: StepName::Login,
                ok: false,
                ms: 30,
                detail: String::new(),
                attempts: None,
            },
        };
        assert_eq!(
            progress_line(&ev, &names, Lang::En).unwrap(),
            "  [#7] login failed 30 ms"
        );
        assert!(progress_line(&Event::ProbeStarted { index: 0 }, &names, Lang::Ja).is_none());
        assert!(progress_line(&Event::Finished { ms: 5 }, &names, Lang::Ja)
            .unwrap()
            .contains("5 ms"));
    }
}
