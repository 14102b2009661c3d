//! From probes + situation + provider facts to findings and the recommended settings.
//! Pure: no I/O. Owner: findings work.
//!
//! The rules, in one place:
//! * Recommended incoming: a probe that worked, IMAP before POP3, implicit TLS before
//!   STARTTLS before none. Outgoing: 465 (TLS) before 587 (STARTTLS); port 25 only when it is
//!   the one port that works, and then with the `smtp_port25_only` warning (OP25B risk).
//!   `verified` only when both sides come from probes that logged in successfully.
//!   A side no probe could verify falls back to the provider's bundled data, unverified.
//! * A finding names its evidence (the probes that showed it) and is worded for the person's
//!   situation; where the probes cannot tell causes apart, the text says so.
//! * Probes on guessed servers (source `guess`, not documented) are noise when another
//!   server of the same direction works: they do not produce warnings of their own.

use crate::input::Account;
use crate::model::{
    Authentication, FailureKind, Finding, FindingId, Lang, Outcome, Probe, Protocol, Recommended,
    Security, ServerSettings, SettingsSource, Severity, Situation, TriedProbe,
};
use crate::model::{FindingCtx, Reason};
use crate::provider::{Provider, Status, UsernameForm};

pub struct DiagnoseInput<'a> {
    pub situation: Situation,
    pub account: &'a Account,
    pub provider: Option<&'a Provider>,
    pub probes: &'a [Probe],
    pub lang: Lang,
    /// True when no probe ran (offline): settings come from data only.
    pub offline: bool,
}

pub(crate) use crate::model::LOGIN_CAP;

pub fn diagnose(input: &DiagnoseInput<'_>) -> (Vec<Finding>, Recommended) {
    let chosen_in = pick(input.probes, true);
    let chosen_out = pick(input.probes, false);
    let mut rec = Recommended::default();
    let mut from_data = [false, false];
    // Without a working server, one that connected and refused only the login still has its
    // host, port and encryption verified: those are shown (rec.verified stays false).
    match chosen_in.or_else(|| pick_login_refused(input.probes, true)) {
        Some(p) => rec.incoming = Some(settings_from_probe(p, input)),
        None => {
            rec.incoming = data_setting(input, true);
            from_data[0] = rec.incoming.is_some();
        }
    }
    match chosen_out.or_else(|| pick_login_refused(input.probes, false)) {
        Some(p) => rec.outgoing = Some(settings_from_probe(p, input)),
        None => {
            rec.outgoing = data_setting(input, false);
            from_data[1] = rec.outgoing.is_some();
        }
    }
    let logged_in = |p: Option<&Probe>| p.is_some_and(|p| p.username.is_some());
    rec.verified = logged_in(chosen_in) && logged_in(chosen_out);

    crate::legacy::adjust_recommendation(input.probes, &mut rec, &input.account.address);
    let mut b = Builder::new(input);
    collect(input, &mut b, chosen_in, chosen_out, &rec, from_data);
    legacy_findings(input, &mut b);
    (b.finish(&rec), rec)
}

/// When this computer's own network is the problem (`offline`, `dns_unavailable`,
/// `captive_portal`): that finding alone, first, and no per-server advice (the servers could
/// not be judged). Settings from data are still recommended, unverified.
pub fn diagnose_network(
    input: &DiagnoseInput<'_>,
    problem: &crate::netcheck::NetProblem,
) -> (Vec<Finding>, Recommended) {
    let rec = Recommended {
        incoming: data_setting(input, true),
        outgoing: data_setting(input, false),
        ..Recommended::default()
    };
    let mut b = Builder::new(input);
    let ctx = b.ctx();
    b.push(problem.id, Severity::Error, ctx, problem.evidence.clone());
    if rec.incoming.is_some() || rec.outgoing.is_some() {
        let mut ctx = b.ctx();
        ctx.reason = Reason::Offline;
        b.push(
            FindingId::UnverifiedSettings,
            Severity::Info,
            ctx,
            Vec::new(),
        );
    }
    (b.finish(&rec), rec)
}

/// IPv6 does not reach the mail servers while IPv4 does: probes that connected over IPv4
/// after an IPv6 attempt got no answer (or no route), and no probe connected over IPv6.
fn ipv6_broken(probes: &[Probe]) -> Vec<&Probe> {
    let attempts = |p: &Probe| -> Vec<crate::model::ConnectAttempt> {
        p.steps
            .iter()
            .filter(|s| s.step == crate::model::StepName::Connect)
            .flat_map(|s| s.attempts.clone().unwrap_or_default())
            .collect()
    };
    let v6_works = probes
        .iter()
        .any(|p| attempts(p).iter().any(|a| a.ok && a.family == "ipv6"));
    if v6_works {
        return Vec::new();
    }
    probes
        .iter()
        .filter(|p| {
            let a = attempts(p);
            a.iter().any(|a| a.ok && a.family == "ipv4")
                && a.iter().any(|a| {
                    a.family == "ipv6" && !a.ok && a.error.as_deref() != Some("connection refused")
                })
        })
        .collect()
}

/// APOP and POP before SMTP (issue 15).
fn legacy_findings(input: &DiagnoseInput<'_>, b: &mut Builder<'_>) {
    if let Some(p) = crate::legacy::apop_probe(input.probes) {
        let mut ctx = b.ctx();
        ctx.servers = servers([p]);
        b.push(FindingId::ApopLogin, Severity::Info, ctx, evs([p]));
    }
    if let Some(p) = crate::legacy::pop_before_smtp_probe(input.probes) {
        let mut ctx = b.ctx();
        ctx.servers = servers([p]);
        b.push(FindingId::PopBeforeSmtp, Severity::Warning, ctx, evs([p]));
        // Sending does work, in that order: "no outgoing server" would contradict it.
        b.items.retain(|x| x.id != FindingId::NoOutgoing);
    }
}

// ───────────────────────────── probe helpers ─────────────────────────────

fn kind(p: &Probe) -> Option<FailureKind> {
    p.failure.as_ref().map(|f| f.kind)
}

fn is_ok(p: &Probe) -> bool {
    p.outcome == Outcome::Ok
}

fn login_ok(p: &Probe) -> bool {
    is_ok(p) && p.username.is_some()
}

fn is_silent(k: Option<FailureKind>) -> bool {
    matches!(
        k,
        Some(FailureKind::ConnectTimeout | FailureKind::GreetingTimeout)
    )
}

fn is_unreachable(k: Option<FailureKind>) -> bool {
    matches!(
        k,
        Some(
            FailureKind::DnsNotFound
                | FailureKind::ConnectRefused
                | FailureKind::ConnectTimeout
                | FailureKind::GreetingTimeout
        )
    )
}

fn is_guess(p: &Probe) -> bool {
    p.source == SettingsSource::Guess && !p.documented
}

fn server(p: &Probe) -> String {
    format!("{}:{}", p.host, p.port)
}

/// "imap mail.example.jp:993 tls: login_failed (user taro@example.jp)".
pub fn evidence(p: &Probe) -> String {
    let status = match (&p.outcome, kind(p)) {
        (Outcome::Ok, _) => "ok".to_string(),
        (_, Some(k)) => k.as_str().to_string(),
        (Outcome::Skipped, None) => "skipped".to_string(),
        (Outcome::Failed, None) => "failed".to_string(),
    };
    let mut s = format!(
        "{} {}:{} {}: {}",
        p.protocol.as_str(),
        p.host,
        p.port,
        p.security.as_str(),
        status
    );
    if let Some(u) = &p.username {
        if p.login_attempts > 0 {
            s.push_str(&format!(" (user {u})"));
        }
    }
    if let Some(t) = p.failure.as_ref().and_then(|f| f.server_text.as_deref()) {
        let said_matters = matches!(
            kind(p),
            Some(
                FailureKind::TlsRequired
                    | FailureKind::LoginTemporarilyFailed
                    | FailureKind::MailboxInUse
                    | FailureKind::LoginNotAllowed
                    | FailureKind::ServerError
            )
        );
        if said_matters || (is_login_refusal(kind(p)) && is_app_password_text(t)) {
            let short: String = t.chars().take(120).collect();
            s.push_str(&format!(" server: \"{short}\""));
        }
    }
    s
}

/// A refusal of the login that may be the app-password kind.
fn is_login_refusal(k: Option<FailureKind>) -> bool {
    matches!(
        k,
        Some(FailureKind::LoginFailed | FailureKind::LoginNotAllowed)
    )
}

/// The server offered STARTTLS (IMAP, SMTP) or STLS (POP3) on this connection.
fn offers_starttls(p: &Probe) -> bool {
    p.capabilities.iter().any(|c| {
        c.split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("STARTTLS") || w.eq_ignore_ascii_case("STLS"))
    })
}

fn direction_has_ok(probes: &[Probe], incoming: bool) -> bool {
    probes
        .iter()
        .any(|p| is_ok(p) && p.protocol.is_incoming() == incoming && (incoming || p.port != 25))
}

/// Server replies that mean "not with your normal password from a mail app".
pub fn is_app_password_text(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    [
        "application-specific password",
        "application specific password",
        "app password",
        "app-specific password",
        "web login required",
        "log in via your web browser",
        "login via your web browser",
        "sign in via your web browser",
        "webloginrequired",
        "[webalert",
        "5.7.9",
        "basic authentication is disabled",
        "verify your account",
    ]
    .iter()
    .any(|n| t.contains(n))
}

/// The security software whose mail scanning issued this certificate, if any.
pub fn security_vendor(issuer: &str) -> Option<&'static str> {
    // Whole words only ("AVG" must not match inside another word). Public CAs that once
    // shared a name with security products (Symantec, Comodo) are deliberately absent.
    let lower = issuer.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |seq: &[&str]| words.windows(seq.len()).any(|w| w == seq);
    const VENDORS: &[(&[&str], &str)] = &[
        (&["eset"], "ESET"),
        (&["avast"], "Avast"),
        (&["avg"], "AVG"),
        (&["kaspersky"], "Kaspersky"),
        (&["bitdefender"], "Bitdefender"),
        (&["norton"], "Norton"),
        (&["trend", "micro"], "Trend Micro"),
        (&["trendmicro"], "Trend Micro"),
        (&["virus", "buster"], "Trend Micro"),
        (&["mcafee"], "McAfee"),
        (&["sophos"], "Sophos"),
        (&["fortinet"], "Fortinet"),
        (&["fortigate"], "Fortinet"),
        (&["avira"], "Avira"),
        (&["f", "secure"], "F-Secure"),
        (&["dr", "web"], "Dr.Web"),
        (&["webroot"], "Webroot"),
        (&["g", "data"], "G DATA"),
        (&["gdata"], "G DATA"),
        (&["panda", "security"], "Panda Security"),
        (&["malwarebytes"], "Malwarebytes"),
        (&["emsisoft"], "Emsisoft"),
        (&["zscaler"], "Zscaler"),
        (&["watchguard"], "WatchGuard"),
    ];
    if lower.contains("ウイルスバスター") {
        return Some("Trend Micro");
    }
    VENDORS.iter().find(|(seq, _)| has(seq)).map(|(_, n)| *n)
}

// ───────────────────────────── recommended ─────────────────────────────

/// An error when nothing else works for that direction, else a warning.
fn error_if(severe: bool) -> Severity {
    if severe {
        Severity::Error
    } else {
        Severity::Warning
    }
}

fn sec_rank(s: Security) -> u8 {
    match s {
        Security::Tls => 0,
        Security::Starttls => 1,
        Security::None => 2,
    }
}

/// The best working probe of a direction (see the module rules).
fn pick(probes: &[Probe], incoming: bool) -> Option<&Probe> {
    probes
        .iter()
        .filter(|p| is_ok(p) && p.protocol.is_incoming() == incoming)
        .filter(|p| incoming || p.port != 25)
        .min_by_key(|p| {
            (
                u8::from(p.protocol == Protocol::Pop3),
                u8::from(p.username.is_none()),
                sec_rank(p.security),
                u8::from(!p.documented),
            )
        })
        .or_else(|| if incoming { None } else { port25_only(probes) })
}

/// Outgoing: port 25 logged in (or needs no login) and accepted the address, and no
/// submission port works. Recommended only then, with the `smtp_port25_only` warning.
fn port25_only(probes: &[Probe]) -> Option<&Probe> {
    probes
        .iter()
        .filter(|p| p.protocol == Protocol::Smtp && p.port == 25 && is_ok(p))
        .min_by_key(|p| {
            (
                u8::from(p.username.is_none()),
                sec_rank(p.security),
                u8::from(!p.documented),
            )
        })
}

/// The best probe of a direction that got as far as the login and was refused there.
fn pick_login_refused(probes: &[Probe], incoming: bool) -> Option<&Probe> {
    probes
        .iter()
        .filter(|p| kind(p) == Some(FailureKind::LoginFailed))
        .filter(|p| p.protocol.is_incoming() == incoming && (incoming || p.port != 25))
        .min_by_key(|p| {
            (
                u8::from(p.protocol == Protocol::Pop3),
                sec_rank(p.security),
                u8::from(!p.documented),
            )
        })
}

fn settings_from_probe(p: &Probe, input: &DiagnoseInput<'_>) -> ServerSettings {
    let authentication = input
        .provider
        .and_then(|pr| {
            pr.servers
                .iter()
                .find(|s| s.protocol == p.protocol && s.host == p.host && s.port == p.port)
                .map(|s| s.authentication)
        })
        .unwrap_or(Authentication::PasswordCleartext);
    ServerSettings {
        protocol: p.protocol,
        host: p.host.clone(),
        port: p.port,
        security: p.security,
        username: p
            .username
            .clone()
            .unwrap_or_else(|| input.account.address.clone()),
        authentication,
    }
}

/// The provider's bundled setting for a direction (unverified by definition).
fn data_setting(input: &DiagnoseInput<'_>, incoming: bool) -> Option<ServerSettings> {
    let pr = input.provider?;
    let acc = input.account;
    let pop_first = pr.imap_is_paid_option();
    pr.servers_for(&acc.domain)
        .filter(|s| s.status != Status::Broken && s.protocol.is_incoming() == incoming)
        .filter(|s| incoming || s.port != 25)
        // The MX host is only known online; such an entry cannot be shown offline. Never
        // recommend sending the password in the clear, nor a login name we cannot fill in.
        .filter(|s| !s.host.contains("%MXHOST%"))
        .filter(|s| s.security != Security::None && s.username != UsernameForm::AccountId)
        .min_by_key(|s| {
            let proto = match (s.protocol, pop_first) {
                (Protocol::Imap, false) | (Protocol::Pop3, true) => 0,
                _ => 1,
            };
            (
                proto,
                u8::from(s.status != Status::Verified),
                sec_rank(s.security),
            )
        })
        .map(|s| ServerSettings {
            protocol: s.protocol,
            host: s
                .host
                .replace("%EMAILDOMAIN%", &acc.domain)
                .replace("%EMAILLOCALPART%", &acc.local_part),
            port: s.port,
            security: s.security,
            username: match s.username {
                UsernameForm::Address => acc.address.clone(),
                UsernameForm::LocalPart => acc.local_part.clone(),
                // Filtered out above; the address is the harmless fallback.
                UsernameForm::AccountId => acc.address.clone(),
            },
            authentication: s.authentication,
        })
}

// ───────────────────────────── findings ─────────────────────────────

struct Pending {
    id: FindingId,
    severity: Severity,
    ctx: FindingCtx,
    evidence: Vec<String>,
}

struct Builder<'a> {
    input: &'a DiagnoseInput<'a>,
    base: FindingCtx,
    items: Vec<Pending>,
}

impl<'a> Builder<'a> {
    fn new(input: &'a DiagnoseInput<'a>) -> Self {
        let pr = input.provider;
        let mut base = FindingCtx {
            situation: input.situation,
            address: input.account.address.clone(),
            domain: input.account.domain_unicode.clone(),
            webmail_url: pr.and_then(|p| p.webmail_url()).map(str::to_string),
            management_url: pr
                .and_then(|p| p.management_url_for(&input.account.domain))
                .map(str::to_string),
            app_password_url: pr
                .and_then(|p| p.auth.as_ref())
                .and_then(|a| a.app_password_url.clone()),
            oauth_only: pr.is_some_and(|p| p.requires_oauth2()),
            password_reset_url: pr.and_then(|p| p.password_reset_url()).map(str::to_string),
            keep_on_server_days: pr.and_then(|p| p.keep_on_server_days()),
            imap_paid_option: pr.is_some_and(|p| p.imap_is_paid_option()),
            ..FindingCtx::default()
        };
        // The provider's name and password name, in the report's language.
        crate::relang::localise(&mut base, pr, &input.account.domain, input.lang);
        Builder {
            input,
            base,
            items: Vec::new(),
        }
    }

    fn ctx(&self) -> FindingCtx {
        self.base.clone()
    }

    fn push(&mut self, id: FindingId, severity: Severity, ctx: FindingCtx, ev: Vec<String>) {
        if self.items.iter().any(|x| x.id == id) {
            return;
        }
        self.items.push(Pending {
            id,
            severity,
            ctx,
            evidence: ev,
        });
    }

    fn finish(mut self, rec: &Recommended) -> Vec<Finding> {
        let no_problem = !self
            .items
            .iter()
            .any(|x| matches!(x.severity, Severity::Error | Severity::Warning));
        if rec.verified && rec.incoming.is_some() && rec.outgoing.is_some() && no_problem {
            let ctx = self.ctx();
            self.push(FindingId::AllOk, Severity::Info, ctx, Vec::new());
        }
        let situation = self.input.situation;
        self.items
            .sort_by_key(|x| (x.severity, relevance(situation, x.id)));
        let primary = self.items.first().map(|x| (x.id, x.severity));
        let lang = self.input.lang;
        self.items
            .into_iter()
            .enumerate()
            .map(|(i, x)| {
                let follows_from = match primary {
                    Some((p, sev)) if i > 0 && follows(p, sev, x.id) => Some(p),
                    _ => None,
                };
                // The same rendering as a report's words made again in another language.
                let t = crate::relang::finding_text(x.id, &x.ctx, self.input.provider, lang);
                Finding {
                    id: x.id,
                    severity: x.severity,
                    title: t.title,
                    detail: t.detail,
                    actions: t.actions,
                    evidence: x.evidence,
                    follows_from,
                    facts: Some(x.ctx),
                }
            })
            .collect()
    }
}

/// Whether finding `id` is only a consequence of the primary cause `primary`: "no working
/// settings", "login attempts capped" and "unverified" follow from any real cause ranked
/// first; unreachable servers and port 25 follow from a blocked network. The wizard leads with
/// the primary cause and folds these under "details" (one root cause, in plain words).
fn follows(primary: FindingId, severity: Severity, id: FindingId) -> bool {
    use FindingId as F;
    const CONSEQUENCES: [FindingId; 4] = [
        F::NoIncoming,
        F::NoOutgoing,
        F::LoginAttemptsCapped,
        F::UnverifiedSettings,
    ];
    if primary == F::AllOk || severity == Severity::Info || CONSEQUENCES.contains(&primary) {
        return false;
    }
    CONSEQUENCES.contains(&id)
        || (primary == F::NetworkBlocked
            && matches!(id, F::ServerUnreachable | F::SmtpPort25Blocked))
}

/// The primary cause of a report: its first finding (the engine orders them so).
pub fn primary(findings: &[Finding]) -> Option<&Finding> {
    findings.first()
}

/// Order of findings within one severity: what matters most for the situation first. IMAP
/// refused while POP takes the same password is specific, so it ranks before a username form.
pub fn relevance(situation: Situation, id: FindingId) -> usize {
    use FindingId as F;
    let order: &[FindingId] = match situation {
        Situation::NewDevice => &[
            F::AllOk,
            F::NetworkBlocked,
            F::AppPasswordRequired,
            F::PasswordRejected,
            F::TlsRequired,
            F::LoginNotAllowed,
            F::MailboxInUse,
            F::LoginTemporarilyFailed,
            F::ServerError,
            F::ImapNotEnabled,
            F::UsernameFormat,
            F::TlsIntercepted,
            F::TlsCertificateInvalid,
            F::ServerUnreachable,
            F::SmtpPort25Blocked,
            F::SmtpPort25Only,
            F::StarttlsMissing,
            F::UseStarttls,
            F::PlaintextOnly,
            F::NoIncoming,
            F::NoOutgoing,
            F::UnverifiedSettings,
            F::QuotaFull,
            F::QuotaNearlyFull,
            F::LoginAttemptsCapped,
        ],
        Situation::CantReceive => &[
            F::AllOk,
            F::NetworkBlocked,
            F::QuotaFull,
            F::PasswordRejected,
            F::TlsRequired,
            F::LoginNotAllowed,
            F::MailboxInUse,
            F::LoginTemporarilyFailed,
            F::ServerError,
            F::AppPasswordRequired,
            F::ImapNotEnabled,
            F::UsernameFormat,
            F::MailboxEmptyPop,
            F::JunkHasMail,
            F::ServerUnreachable,
            F::TlsIntercepted,
            F::TlsCertificateInvalid,
            F::QuotaNearlyFull,
            F::StarttlsMissing,
            F::UseStarttls,
            F::PlaintextOnly,
            F::NoIncoming,
            F::UnverifiedSettings,
            F::LoginAttemptsCapped,
            F::NoOutgoing,
            F::SmtpPort25Blocked,
            F::SmtpPort25Only,
        ],
        Situation::CantSend => &[
            F::AllOk,
            F::NetworkBlocked,
            F::SmtpPort25Blocked,
            F::SmtpPort25Only,
            F::PasswordRejected,
            F::TlsRequired,
            F::LoginNotAllowed,
            F::MailboxInUse,
            F::LoginTemporarilyFailed,
            F::ServerError,
            F::AppPasswordRequired,
            F::UsernameFormat,
            F::TlsIntercepted,
            F::StarttlsMissing,
            F::TlsCertificateInvalid,
            F::ServerUnreachable,
            F::UseStarttls,
            F::PlaintextOnly,
            F::NoOutgoing,
            F::UnverifiedSettings,
            F::LoginAttemptsCapped,
            F::QuotaFull,
            F::NoIncoming,
        ],
        Situation::Gmail => &[
            F::GmailPopFetchEnded,
            F::AllOk,
            F::NetworkBlocked,
            F::PasswordRejected,
            F::TlsRequired,
            F::LoginNotAllowed,
            F::MailboxInUse,
            F::LoginTemporarilyFailed,
            F::ServerError,
            F::AppPasswordRequired,
            F::ImapNotEnabled,
            F::UsernameFormat,
            F::QuotaFull,
            F::TlsIntercepted,
            F::TlsCertificateInvalid,
            F::ServerUnreachable,
            F::NoIncoming,
            F::NoOutgoing,
            F::UnverifiedSettings,
        ],
    };
    order
        .iter()
        .position(|x| *x == id)
        .unwrap_or_else(|| order.len() + FindingId::ALL.iter().position(|x| *x == id).unwrap_or(0))
}

fn evs<'p>(ps: impl IntoIterator<Item = &'p Probe>) -> Vec<String> {
    ps.into_iter().map(evidence).collect()
}

fn servers<'p>(ps: impl IntoIterator<Item = &'p Probe>) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for p in ps {
        let s = server(p);
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v
}

/// The facts of "what we tried", one per probe (rendered in `relang::tried_lines`).
fn tried_probes(ps: &[&Probe]) -> Vec<TriedProbe> {
    ps.iter()
        .map(|p| TriedProbe {
            protocol: p.protocol,
            host: p.host.clone(),
            port: p.port,
            security: p.security,
            outcome: p.outcome,
            failure: kind(p),
        })
        .collect()
}

/// What every rule looks at: the input, the probes chosen for the recommendation and what
/// the probes of each direction showed.
struct RuleInput<'a> {
    input: &'a DiagnoseInput<'a>,
    chosen_in: Option<&'a Probe>,
    chosen_out: Option<&'a Probe>,
    rec: &'a Recommended,
    from_data: [bool; 2],
    any_login_ok: bool,
    ok_in: bool,
    ok_out: bool,
}

impl RuleInput<'_> {
    fn has_ok(&self, incoming: bool) -> bool {
        if incoming {
            self.ok_in
        } else {
            self.ok_out
        }
    }

    /// A guessed server failing is noise when another one of its direction works.
    fn noise(&self, p: &Probe) -> bool {
        is_guess(p) && self.has_ok(p.protocol.is_incoming())
    }
}

/// The findings, one rule after the other, in this order (the order of `push` decides
/// which of two findings with the same id is kept).
fn collect(
    input: &DiagnoseInput<'_>,
    b: &mut Builder<'_>,
    chosen_in: Option<&Probe>,
    chosen_out: Option<&Probe>,
    rec: &Recommended,
    from_data: [bool; 2],
) {
    let probes = input.probes;
    let r = RuleInput {
        input,
        chosen_in,
        chosen_out,
        rec,
        from_data,
        any_login_ok: probes.iter().any(login_ok),
        ok_in: direction_has_ok(probes, true),
        ok_out: direction_has_ok(probes, false),
    };
    let has_ok = |incoming: bool| r.has_ok(incoming);
    let noise = |p: &Probe| r.noise(p);

    // ── Situation: Gmail stopped POP fetching (independent of the probes).
    gmail_pop_fetch_ended(&r, b);

    // ── Offline, or nothing probed at all.
    if probes.is_empty() {
        nothing_probed(&r, b);
        return;
    }

    // ── Network: every port silent.
    let blocked = network_blocked(&r, b);

    // ── IPv6 broken, IPv4 works (mail apps may be slow).
    ipv6_unreachable(&r, b);

    // ── Port 25 blocked while 465/587 answer.
    smtp_port25_blocked(&r, b, blocked);

    // ── Servers that do not answer (not when the whole network is blocked).
    if !blocked {
        server_unreachable(&r, b);
    }

    // ── Certificates: security software first, then other invalid certificates.
    let intercepted = tls_intercepted(&r, b);
    tls_certificate_invalid(&r, b, &intercepted);

    // ── No STARTTLS where it was expected.
    starttls_missing(&r, b);

    // ── Only plaintext: refused by us, or the chosen setting is unencrypted.
    plaintext(&r, b);

    // ── Logins.
    let mut failed_logins: Vec<&Probe> = probes
        .iter()
        .filter(|p| kind(p) == Some(FailureKind::LoginFailed))
        .collect();

    // App password: the server says so, or the provider is known to need one.
    let mut not_allowed: Vec<&Probe> = probes
        .iter()
        .filter(|p| kind(p) == Some(FailureKind::LoginNotAllowed) && !noise(p))
        .collect();
    app_password_required(&r, b, &mut failed_logins, &mut not_allowed);

    // What the server said it is: encryption required, a temporary refusal, a mailbox in
    // use, an account or a kind of login refused, an error of its own.
    server_said(b, probes, &noise, &has_ok, not_allowed);

    // IMAP refused while POP accepts the same password.
    imap_not_enabled(&r, b, &mut failed_logins);

    // Username form: one form was refused and the other accepted.
    username_format(&r, b, &mut failed_logins);

    password_rejected(&r, b, &failed_logins);

    // Login cap reached on a server, other probes there skipped.
    login_attempts_capped(&r, b);

    // ── Mailbox facts from working incoming probes.
    let boxes: Vec<&Probe> = probes
        .iter()
        .filter(|p| is_ok(p) && p.protocol.is_incoming() && p.mailbox.is_some())
        .collect();
    quota_full(b, &boxes);
    junk_has_mail(&r, b, &boxes);
    mailbox_empty_pop(&r, b, &boxes);

    // ── Only port 25 works for sending (a config naming only 25, submission ports dead).
    smtp_port25_only(&r, b);

    // ── Nothing works for a direction.
    if !blocked {
        no_incoming_or_outgoing(&r, b);
    }

    // ── What is shown but was not verified.
    unverified_settings(&r, b);
}

/// Situation: Gmail stopped POP fetching (independent of the probes).
fn gmail_pop_fetch_ended(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let input = r.input;
    let probes = input.probes;
    if input.situation == Situation::Gmail {
        let mut ctx = b.ctx();
        let imap_ok = probes
            .iter()
            .any(|p| p.protocol == Protocol::Imap && login_ok(p));
        let pop_ok = probes
            .iter()
            .any(|p| p.protocol == Protocol::Pop3 && login_ok(p));
        let imap_refused = probes
            .iter()
            .any(|p| p.protocol == Protocol::Imap && kind(p) == Some(FailureKind::LoginFailed));
        ctx.imap_available = if imap_ok {
            Some(true)
        } else if pop_ok && imap_refused {
            Some(false)
        } else {
            None
        };
        b.push(
            FindingId::GmailPopFetchEnded,
            Severity::Warning,
            ctx,
            Vec::new(),
        );
    }
}

/// Offline, or nothing probed at all: the findings from data alone.
fn nothing_probed(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let input = r.input;
    let provider = input.provider;
    let rec = r.rec;
    let mut ctx = b.ctx();
    ctx.reason = if rec.incoming.is_none() && rec.outgoing.is_none() {
        Reason::NoData
    } else {
        Reason::Offline
    };
    if input.offline {
        b.push(
            FindingId::UnverifiedSettings,
            Severity::Warning,
            ctx,
            Vec::new(),
        );
    } else {
        let mut c = b.ctx();
        c.reason = Reason::NothingFound;
        b.push(
            FindingId::NoIncoming,
            Severity::Error,
            c.clone(),
            Vec::new(),
        );
        b.push(FindingId::NoOutgoing, Severity::Error, c, Vec::new());
        if rec.incoming.is_some() || rec.outgoing.is_some() {
            b.push(
                FindingId::UnverifiedSettings,
                Severity::Warning,
                ctx,
                Vec::new(),
            );
        }
    }
    if provider.and_then(|p| p.op25b()) == Some(true) {
        let mut c = b.ctx();
        c.reason = Reason::Offline;
        c.port = rec.outgoing.as_ref().map(|o| o.port);
        c.security = rec.outgoing.as_ref().map(|o| o.security);
        let sev = if input.situation == Situation::CantSend {
            Severity::Warning
        } else {
            Severity::Info
        };
        let ev = vec![format!(
            "provider data ({}): op25b",
            provider.map(|p| p.id.as_str()).unwrap_or_default()
        )];
        b.push(FindingId::SmtpPort25Blocked, sev, c, ev);
    }
    if provider.is_some_and(|p| p.requires_app_password()) {
        let mut c = b.ctx();
        c.reason = Reason::Offline;
        b.push(
            FindingId::AppPasswordRequired,
            Severity::Info,
            c,
            Vec::new(),
        );
    }
}

/// Network: every port silent. Returns whether it is blocked.
fn network_blocked(r: &RuleInput<'_>, b: &mut Builder<'_>) -> bool {
    let probes = r.input.probes;
    let all_unreachable = probes.iter().all(|p| is_unreachable(kind(p)));
    let silent: Vec<&Probe> = probes.iter().filter(|p| is_silent(kind(p))).collect();
    let silent_ports = servers(silent.iter().copied()).len();
    let blocked = all_unreachable
        && silent_ports >= 2
        && probes
            .iter()
            .all(|p| is_silent(kind(p)) || kind(p) == Some(FailureKind::DnsNotFound));
    if blocked {
        let mut ctx = b.ctx();
        ctx.count = Some(silent_ports as u64);
        b.push(
            FindingId::NetworkBlocked,
            Severity::Error,
            ctx,
            evs(silent.iter().copied()),
        );
    }
    blocked
}

/// IPv6 broken, IPv4 works (mail apps may be slow).
fn ipv6_unreachable(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let probes = r.input.probes;
    let v6 = ipv6_broken(probes);
    if !v6.is_empty() {
        let mut ctx = b.ctx();
        ctx.servers = servers(v6.iter().copied());
        b.push(FindingId::Ipv6Broken, Severity::Warning, ctx, evs(v6));
    }
}

/// Port 25 blocked while 465/587 answer.
fn smtp_port25_blocked(r: &RuleInput<'_>, b: &mut Builder<'_>, blocked: bool) {
    let input = r.input;
    let probes = input.probes;
    let rec = r.rec;
    let chosen_out = r.chosen_out;
    let port25_dead: Vec<&Probe> = probes
        .iter()
        .filter(|p| p.protocol == Protocol::Smtp && p.port == 25)
        .filter(|p| {
            matches!(
                kind(p),
                Some(
                    FailureKind::ConnectTimeout
                        | FailureKind::ConnectRefused
                        | FailureKind::GreetingTimeout
                )
            )
        })
        .collect();
    let submission_alive: Vec<&Probe> = probes
        .iter()
        .filter(|p| p.protocol == Protocol::Smtp && p.port != 25)
        .filter(|p| is_ok(p) || !is_unreachable(kind(p)))
        .collect();
    if !port25_dead.is_empty() && !submission_alive.is_empty() && !blocked {
        let mut ctx = b.ctx();
        let (port, sec) = match (&rec.outgoing, chosen_out) {
            (Some(s), Some(_)) => (s.port, s.security),
            _ => (submission_alive[0].port, submission_alive[0].security),
        };
        ctx.port = Some(port);
        ctx.security = Some(sec);
        let sev = if input.situation == Situation::CantSend {
            Severity::Warning
        } else {
            Severity::Info
        };
        let mut ev = evs(port25_dead.iter().copied());
        ev.extend(evs(submission_alive.iter().copied().take(2)));
        b.push(FindingId::SmtpPort25Blocked, sev, ctx, ev);
    }
}

/// Servers that do not answer (the caller skips it when the whole network is blocked).
fn server_unreachable(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let probes = r.input.probes;
    let has_ok = |incoming: bool| r.has_ok(incoming);
    let noise = |p: &Probe| r.noise(p);
    let mut hosts: Vec<(&str, bool)> = Vec::new();
    for p in probes {
        if (p.protocol == Protocol::Smtp && p.port == 25) || noise(p) {
            continue;
        }
        let key = (p.host.as_str(), p.protocol.is_incoming());
        if !hosts.contains(&key) {
            hosts.push(key);
        }
    }
    let mut dead: Vec<&Probe> = Vec::new();
    let mut severe = false;
    for (host, incoming) in hosts {
        let on: Vec<&Probe> = probes
            .iter()
            .filter(|p| p.host == host && p.protocol.is_incoming() == incoming)
            .filter(|p| !(p.protocol == Protocol::Smtp && p.port == 25))
            .collect();
        if on.is_empty() || !on.iter().all(|p| is_unreachable(kind(p))) {
            continue;
        }
        // The host answers on another port (port 25 for a config naming only 25): its
        // guessed submission ports failing is said by `smtp_port25_only`.
        if probes
            .iter()
            .any(|p| p.host == host && p.protocol.is_incoming() == incoming && is_ok(p))
        {
            continue;
        }
        // A guessed name that does not exist says nothing; no_incoming covers it.
        if on.iter().all(|p| is_guess(p))
            && on.iter().all(|p| kind(p) == Some(FailureKind::DnsNotFound))
        {
            continue;
        }
        severe |= !has_ok(incoming);
        dead.extend(on);
    }
    if !dead.is_empty() {
        let mut ctx = b.ctx();
        ctx.servers = servers(dead.iter().copied());
        ctx.failure = if dead
            .iter()
            .all(|p| kind(p) == Some(FailureKind::DnsNotFound))
        {
            Some(FailureKind::DnsNotFound)
        } else {
            dead.iter()
                .filter_map(|p| kind(p))
                .find(|k| *k != FailureKind::DnsNotFound)
        };
        let sev = error_if(severe);
        b.push(
            FindingId::ServerUnreachable,
            sev,
            ctx,
            evs(dead.iter().copied()),
        );
    }
}

/// Certificates issued by security software. Returns the probes that showed one.
fn tls_intercepted<'a>(
    r: &RuleInput<'a>,
    b: &mut Builder<'_>,
) -> Vec<(&'a Probe, &'static str, String)> {
    let probes = r.input.probes;
    let intercepted: Vec<(&Probe, &'static str, String)> = probes
        .iter()
        .filter_map(|p| {
            let issuer = p.tls.as_ref()?.issuer.clone()?;
            security_vendor(&issuer).map(|v| (p, v, issuer))
        })
        .collect();
    if let Some((_, vendor, issuer)) = intercepted.first() {
        let mut ctx = b.ctx();
        ctx.vendor = Some(vendor.to_string());
        ctx.issuer = Some(issuer.clone());
        ctx.servers = servers(intercepted.iter().map(|x| x.0));
        let failed = intercepted.iter().any(|(p, _, _)| !is_ok(p));
        ctx.alternative_works = !failed;
        let sev = if failed {
            Severity::Error
        } else {
            Severity::Warning
        };
        b.push(
            FindingId::TlsIntercepted,
            sev,
            ctx,
            evs(intercepted.iter().map(|x| x.0)),
        );
    }
    intercepted
}

/// Other invalid certificates (not those of security software).
fn tls_certificate_invalid(
    r: &RuleInput<'_>,
    b: &mut Builder<'_>,
    intercepted: &[(&Probe, &'static str, String)],
) {
    let probes = r.input.probes;
    let has_ok = |incoming: bool| r.has_ok(incoming);
    let noise = |p: &Probe| r.noise(p);
    let bad_cert: Vec<&Probe> = probes
        .iter()
        .filter(|p| kind(p).is_some_and(|k| k.is_tls_trust()))
        .filter(|p| !intercepted.iter().any(|(q, _, _)| std::ptr::eq(*q, *p)))
        .filter(|p| !noise(p))
        .collect();
    if let Some(first) = bad_cert.first() {
        let mut ctx = b.ctx();
        ctx.failure = kind(first);
        ctx.servers = servers(bad_cert.iter().copied());
        ctx.issuer = first.tls.as_ref().and_then(|t| t.issuer.clone());
        let severe = bad_cert.iter().any(|p| !has_ok(p.protocol.is_incoming()));
        ctx.alternative_works = !severe;
        let sev = error_if(severe);
        b.push(
            FindingId::TlsCertificateInvalid,
            sev,
            ctx,
            evs(bad_cert.iter().copied()),
        );
    }
}

/// No STARTTLS where it was expected.
fn starttls_missing(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let probes = r.input.probes;
    let has_ok = |incoming: bool| r.has_ok(incoming);
    let noise = |p: &Probe| r.noise(p);
    let no_starttls: Vec<&Probe> = probes
        .iter()
        .filter(|p| kind(p) == Some(FailureKind::StarttlsUnavailable) && !noise(p))
        .collect();
    if !no_starttls.is_empty() {
        let mut ctx = b.ctx();
        ctx.servers = servers(no_starttls.iter().copied());
        let severe = no_starttls
            .iter()
            .any(|p| !has_ok(p.protocol.is_incoming()));
        ctx.alternative_works = !severe;
        let sev = error_if(severe);
        b.push(
            FindingId::StarttlsMissing,
            sev,
            ctx,
            evs(no_starttls.iter().copied()),
        );
    }
}

/// Only plaintext: refused by us, or the chosen setting is unencrypted; split by whether
/// the same port offers STARTTLS.
fn plaintext(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let probes = r.input.probes;
    let chosen_in = r.chosen_in;
    let chosen_out = r.chosen_out;
    let refused_plain: Vec<&Probe> = probes
        .iter()
        .filter(|p| kind(p) == Some(FailureKind::PlaintextRefused))
        .filter(|p| {
            !probes.iter().any(|q| {
                is_ok(q)
                    && q.security != Security::None
                    && q.protocol.is_incoming() == p.protocol.is_incoming()
            })
        })
        .collect();
    let chosen_plain: Vec<&Probe> = [chosen_in, chosen_out]
        .into_iter()
        .flatten()
        .filter(|p| p.security == Security::None)
        .collect();
    // The same port offers STARTTLS/STLS: the advice is to switch to it, not that no
    // encryption exists.
    let (starttls_here, refused_plain): (Vec<&Probe>, Vec<&Probe>) =
        refused_plain.into_iter().partition(|p| offers_starttls(p));
    let (starttls_chosen, chosen_plain): (Vec<&Probe>, Vec<&Probe>) =
        chosen_plain.into_iter().partition(|p| offers_starttls(p));
    use_starttls(b, &starttls_here, &starttls_chosen);
    plaintext_only(b, &refused_plain, &chosen_plain);
}

/// Plaintext where the same port offers STARTTLS/STLS: switch to it.
fn use_starttls(b: &mut Builder<'_>, starttls_here: &[&Probe], starttls_chosen: &[&Probe]) {
    if !starttls_here.is_empty() || !starttls_chosen.is_empty() {
        let mut ctx = b.ctx();
        let all: Vec<&Probe> = starttls_here
            .iter()
            .chain(starttls_chosen.iter())
            .copied()
            .collect();
        ctx.servers = servers(all.iter().copied());
        ctx.alternative_works = starttls_here.is_empty();
        let sev = if starttls_here.is_empty() {
            Severity::Warning
        } else {
            Severity::Error
        };
        b.push(FindingId::UseStarttls, sev, ctx, evs(all));
    }
}

/// Plaintext with no encryption offered on the port.
fn plaintext_only(b: &mut Builder<'_>, refused_plain: &[&Probe], chosen_plain: &[&Probe]) {
    if !refused_plain.is_empty() || !chosen_plain.is_empty() {
        let mut ctx = b.ctx();
        let all: Vec<&Probe> = refused_plain
            .iter()
            .chain(chosen_plain.iter())
            .copied()
            .collect();
        ctx.servers = servers(all.iter().copied());
        ctx.alternative_works = !chosen_plain.is_empty();
        let sev = if refused_plain.is_empty() {
            Severity::Warning
        } else {
            Severity::Error
        };
        b.push(FindingId::PlaintextOnly, sev, ctx, evs(all));
    }
}

/// App password: the server says so, or the provider is known to need one. The probes it
/// explains leave `failed_logins` and `not_allowed`.
fn app_password_required<'a>(
    r: &RuleInput<'a>,
    b: &mut Builder<'_>,
    failed_logins: &mut Vec<&'a Probe>,
    not_allowed: &mut Vec<&'a Probe>,
) {
    let provider = r.input.provider;
    let has_ok = |incoming: bool| r.has_ok(incoming);
    let said_app: Vec<&Probe> = failed_logins
        .iter()
        .chain(not_allowed.iter())
        .copied()
        .filter(|p| {
            p.failure
                .as_ref()
                .and_then(|f| f.server_text.as_deref())
                .is_some_and(is_app_password_text)
        })
        .collect();
    let provider_app = provider.is_some_and(|p| p.requires_app_password());
    if !said_app.is_empty() || (provider_app && !failed_logins.is_empty()) {
        let mut ctx = b.ctx();
        let (shown, consumed): (Vec<&Probe>, Vec<&Probe>) = if said_app.is_empty() {
            (failed_logins.clone(), failed_logins.clone())
        } else if provider_app {
            (said_app.clone(), failed_logins.clone())
        } else {
            (said_app.clone(), said_app.clone())
        };
        ctx.server_text = said_app
            .first()
            .and_then(|p| p.failure.as_ref())
            .and_then(|f| f.server_text.clone());
        ctx.servers = servers(shown.iter().copied());
        ctx.reason = Reason::LoginFailed;
        let sev = if shown.iter().all(|p| has_ok(p.protocol.is_incoming())) {
            Severity::Warning
        } else {
            Severity::Error
        };
        b.push(FindingId::AppPasswordRequired, sev, ctx, evs(shown));
        failed_logins.retain(|p| !consumed.iter().any(|q| std::ptr::eq(*p, *q)));
        not_allowed.retain(|p| !consumed.iter().any(|q| std::ptr::eq(*p, *q)));
    }
}

/// IMAP refused while POP accepts the same password (those IMAP probes leave
/// `failed_logins`).
fn imap_not_enabled<'a>(
    r: &RuleInput<'a>,
    b: &mut Builder<'_>,
    failed_logins: &mut Vec<&'a Probe>,
) {
    let probes = r.input.probes;
    let pop_login = probes
        .iter()
        .find(|p| p.protocol == Protocol::Pop3 && login_ok(p));
    let imap_refused: Vec<&Probe> = failed_logins
        .iter()
        .copied()
        .filter(|p| p.protocol == Protocol::Imap)
        .collect();
    if let (Some(pop), false) = (pop_login, imap_refused.is_empty()) {
        let mut ctx = b.ctx();
        ctx.servers = servers(imap_refused.iter().copied());
        let mut ev = evs(imap_refused.iter().copied());
        ev.push(evidence(pop));
        b.push(FindingId::ImapNotEnabled, Severity::Warning, ctx, ev);
        failed_logins.retain(|p| p.protocol != Protocol::Imap);
    }
}

/// Username form: one form was refused and the other accepted (the refused form leaves
/// `failed_logins`).
fn username_format<'a>(r: &RuleInput<'a>, b: &mut Builder<'_>, failed_logins: &mut Vec<&'a Probe>) {
    let input = r.input;
    let probes = input.probes;
    let retried_ok: Vec<&Probe> = probes
        .iter()
        .filter(|p| login_ok(p) && p.login_attempts >= 2)
        .collect();
    let working = retried_ok.first().copied().or_else(|| {
        probes.iter().find(|p| {
            login_ok(p)
                && failed_logins.iter().any(|q| {
                    q.protocol.is_incoming() == p.protocol.is_incoming()
                        && q.username.is_some()
                        && q.username != p.username
                })
        })
    });
    if let Some(w) = working {
        let user = w.username.clone().unwrap_or_default();
        let other = failed_logins
            .iter()
            .filter_map(|q| q.username.clone())
            .find(|u| *u != user)
            .unwrap_or_else(|| {
                if user.contains('@') {
                    input.account.local_part.clone()
                } else {
                    input.account.address.clone()
                }
            });
        let mut ctx = b.ctx();
        ctx.username = Some(user.clone());
        ctx.rejected_username = Some(other.clone());
        let wrong_form: Vec<&Probe> = failed_logins
            .iter()
            .copied()
            .filter(|q| q.username.as_deref() == Some(other.as_str()))
            .collect();
        let mut ev = vec![evidence(w)];
        ev.extend(evs(wrong_form.iter().copied()));
        b.push(FindingId::UsernameFormat, Severity::Warning, ctx, ev);
        failed_logins.retain(|q| q.username.as_deref() != Some(other.as_str()));
    }
}

/// The logins no other rule explained.
fn password_rejected(r: &RuleInput<'_>, b: &mut Builder<'_>, failed_logins: &[&Probe]) {
    let probes = r.input.probes;
    let any_login_ok = r.any_login_ok;
    let has_ok = |incoming: bool| r.has_ok(incoming);
    if !failed_logins.is_empty() {
        let mut ctx = b.ctx();
        ctx.servers = servers(failed_logins.iter().copied());
        ctx.any_login_ok = any_login_ok;
        ctx.credentials_confirmed = Some(failed_logins.iter().all(|p| {
            p.failure
                .as_ref()
                .and_then(|f| f.server_text.as_deref())
                .is_some_and(crate::probe::says_credentials_rejected)
        }));
        ctx.attempts = failed_logins
            .iter()
            .map(|p| p.login_attempts)
            .max()
            .unwrap_or(0);
        // An error when it leaves a direction without working settings; only a note when
        // the same direction already logged in elsewhere (e.g. POP refused, IMAP fine).
        let logged_in_dir = |incoming: bool| {
            probes.iter().any(|q| {
                login_ok(q) && q.protocol.is_incoming() == incoming && (incoming || q.port != 25)
            })
        };
        let sev = if failed_logins
            .iter()
            .all(|p| logged_in_dir(p.protocol.is_incoming()))
        {
            Severity::Info
        } else if failed_logins
            .iter()
            .all(|p| has_ok(p.protocol.is_incoming()))
        {
            Severity::Warning
        } else {
            Severity::Error
        };
        b.push(
            FindingId::PasswordRejected,
            sev,
            ctx,
            evs(failed_logins.iter().copied()),
        );
    }
}

/// Login cap reached on a server, other probes there skipped.
fn login_attempts_capped(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let probes = r.input.probes;
    let mut capped: Vec<&Probe> = Vec::new();
    for p in probes {
        let total: u32 = probes
            .iter()
            .filter(|q| q.host == p.host)
            .map(|q| q.login_attempts)
            .sum();
        if total >= LOGIN_CAP && p.outcome == Outcome::Skipped {
            capped.push(p);
        }
    }
    if !capped.is_empty() {
        let mut ctx = b.ctx();
        ctx.attempts = LOGIN_CAP;
        ctx.servers = servers(capped.iter().copied());
        b.push(
            FindingId::LoginAttemptsCapped,
            Severity::Info,
            ctx,
            evs(capped),
        );
    }
}

/// The fullest mailbox: full, or nearly full (90 % and more).
fn quota_full(b: &mut Builder<'_>, boxes: &[&Probe]) {
    let quota = boxes
        .iter()
        .filter_map(|p| {
            let m = p.mailbox.as_ref()?;
            let (used, limit) = (m.quota_used_bytes?, m.quota_limit_bytes?);
            (limit > 0).then_some((p, used, limit))
        })
        .max_by(|a, b| {
            (u128::from(a.1) * u128::from(b.2)).cmp(&(u128::from(b.1) * u128::from(a.2)))
        });
    if let Some((p, used, limit)) = quota {
        let percent = (u128::from(used) * 100 / u128::from(limit)) as u64;
        let mut ctx = b.ctx();
        ctx.percent = Some(percent);
        ctx.used_bytes = Some(used);
        ctx.limit_bytes = Some(limit);
        if used >= limit {
            b.push(
                FindingId::QuotaFull,
                Severity::Error,
                ctx,
                vec![evidence(p)],
            );
        } else if percent >= 90 {
            b.push(
                FindingId::QuotaNearlyFull,
                Severity::Warning,
                ctx,
                vec![evidence(p)],
            );
        }
    }
}

/// Mail in the junk folder.
fn junk_has_mail(r: &RuleInput<'_>, b: &mut Builder<'_>, boxes: &[&Probe]) {
    let input = r.input;
    let junk = boxes
        .iter()
        .filter_map(|p| Some((p, p.mailbox.as_ref()?.junk_messages?)))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n);
    if let Some((p, n)) = junk {
        let mut ctx = b.ctx();
        ctx.count = Some(n);
        let sev = if input.situation == Situation::CantReceive {
            Severity::Warning
        } else {
            Severity::Info
        };
        b.push(FindingId::JunkHasMail, sev, ctx, vec![evidence(p)]);
    }
}

/// An empty POP mailbox, when mail does not arrive.
fn mailbox_empty_pop(r: &RuleInput<'_>, b: &mut Builder<'_>, boxes: &[&Probe]) {
    let input = r.input;
    if input.situation == Situation::CantReceive {
        let empty_pop = boxes.iter().find(|p| {
            p.protocol == Protocol::Pop3 && p.mailbox.as_ref().and_then(|m| m.messages) == Some(0)
        });
        if let Some(p) = empty_pop {
            let ctx = b.ctx();
            b.push(
                FindingId::MailboxEmptyPop,
                Severity::Warning,
                ctx,
                vec![evidence(p)],
            );
        }
    }
}

/// Only port 25 works for sending (a config naming only 25, submission ports dead).
fn smtp_port25_only(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let probes = r.input.probes;
    let chosen_out = r.chosen_out;
    if let Some(p25) = chosen_out.filter(|p| p.port == 25) {
        let mut ctx = b.ctx();
        ctx.servers = servers([p25]);
        ctx.port = Some(25);
        let mut ev = vec![evidence(p25)];
        ev.extend(evs(probes.iter().filter(|q| {
            q.protocol == Protocol::Smtp && q.port != 25 && q.host == p25.host
        })));
        b.push(FindingId::SmtpPort25Only, Severity::Warning, ctx, ev);
    }
}

/// Nothing works for a direction (the caller skips it when the whole network is blocked).
fn no_incoming_or_outgoing(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let probes = r.input.probes;
    let chosen_in = r.chosen_in;
    let chosen_out = r.chosen_out;
    for incoming in [true, false] {
        let chosen = if incoming { chosen_in } else { chosen_out };
        if chosen.is_some() {
            continue;
        }
        let of_dir: Vec<&Probe> = probes
            .iter()
            .filter(|p| p.protocol.is_incoming() == incoming)
            .collect();
        let mut ctx = b.ctx();
        ctx.reason = if of_dir.is_empty() {
            Reason::NothingFound
        } else if of_dir
            .iter()
            .any(|p| kind(p) == Some(FailureKind::LoginFailed))
            && of_dir.iter().all(|p| {
                matches!(
                    kind(p),
                    Some(FailureKind::LoginFailed | FailureKind::LoginMechanismUnsupported)
                ) || p.outcome == Outcome::Skipped
                    || (is_guess(p) && is_unreachable(kind(p)))
                    || (p.port == 25 && !incoming)
            })
        {
            // Every server answered; only the login failed: no server-name advice.
            Reason::LoginFailed
        } else if !incoming && of_dir.iter().any(|p| p.port == 25 && is_ok(p)) {
            Reason::OnlyPort25
        } else if !incoming
            && of_dir
                .iter()
                .any(|p| kind(p) == Some(FailureKind::SubmitRejected))
        {
            Reason::SubmitRejected
        } else {
            Reason::AllFailed
        };
        ctx.tried_probes = tried_probes(&of_dir);
        let id = if incoming {
            FindingId::NoIncoming
        } else {
            FindingId::NoOutgoing
        };
        b.push(id, Severity::Error, ctx, evs(of_dir));
    }
}

/// What is shown but was not verified.
fn unverified_settings(r: &RuleInput<'_>, b: &mut Builder<'_>) {
    let chosen_in = r.chosen_in;
    let chosen_out = r.chosen_out;
    let from_data = r.from_data;
    let no_password = [chosen_in, chosen_out]
        .into_iter()
        .flatten()
        .any(|p| p.username.is_none());
    if no_password || from_data[0] || from_data[1] {
        let mut ctx = b.ctx();
        ctx.reason = if no_password {
            Reason::NoPassword
        } else {
            Reason::Partial
        };
        let sev = Severity::Warning;
        let ev = evs([chosen_in, chosen_out].into_iter().flatten());
        b.push(FindingId::UnverifiedSettings, sev, ctx, ev);
    }
}

/// One finding per failure kind read from the server's own words (response codes and
/// capabilities). An error when the direction has no working setting, else a warning, so
/// that a broken server never hides behind `all_ok` (Courier's `BYE [ALERT] Fatal error`
/// while POP3 works).
fn server_said(
    b: &mut Builder<'_>,
    probes: &[Probe],
    noise: &dyn Fn(&Probe) -> bool,
    has_ok: &dyn Fn(bool) -> bool,
    not_allowed: Vec<&Probe>,
) {
    use FailureKind as K;
    let groups: [(FindingId, &[FailureKind]); 5] = [
        (FindingId::TlsRequired, &[K::TlsRequired]),
        (
            FindingId::LoginTemporarilyFailed,
            &[K::LoginTemporarilyFailed],
        ),
        (FindingId::MailboxInUse, &[K::MailboxInUse]),
        (FindingId::LoginNotAllowed, &[]),
        (
            FindingId::ServerError,
            &[K::ServerError, K::ProtocolError, K::ReadTimeout],
        ),
    ];
    for (id, kinds) in groups {
        let of: Vec<&Probe> = if id == FindingId::LoginNotAllowed {
            not_allowed.clone()
        } else {
            probes
                .iter()
                .filter(|p| kind(p).is_some_and(|k| kinds.contains(&k)) && !noise(p))
                .collect()
        };
        let Some(first) = of.first() else { continue };
        let mut ctx = b.ctx();
        ctx.servers = servers(of.iter().copied());
        ctx.failure = kind(first);
        ctx.server_text = of
            .iter()
            .find_map(|p| p.failure.as_ref().and_then(|f| f.server_text.clone()));
        let severe = of.iter().any(|p| !has_ok(p.protocol.is_incoming()));
        ctx.alternative_works = !severe;
        b.push(id, error_if(severe), ctx, evs(of));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Failure, MailboxInfo, TlsInfo};
    use FindingId as F;
    use Protocol::{Imap, Pop3, Smtp};
    use Security::{Starttls, Tls};

    const ADDR: &str = "taro@example.jp";

    fn account() -> Account {
        Account {
            address: ADDR.into(),
            local_part: "taro".into(),
            domain: "example.jp".into(),
            domain_unicode: "example.jp".into(),
        }
    }

    fn host(proto: Protocol) -> &'static str {
        match proto {
            Imap => "imap.example.jp",
            Pop3 => "pop.example.jp",
            Smtp => "smtp.example.jp",
        }
    }

    /// A probe that logged in and worked.
    fn ok(protocol: Protocol, port: u16, security: Security) -> Probe {
        Probe {
            protocol,
            host: host(protocol).into(),
            port,
            security,
            username: Some(ADDR.into()),
            outcome: Outcome::Ok,
            failure: None,
            steps: Vec::new(),
            tls: None,
            mailbox: None,
            ms: 42,
            capabilities: Vec::new(),
            auth_mechanisms: vec!["PLAIN".into()],
            login_attempts: 1,
            source: SettingsSource::Bundled,
            documented: true,
        }
    }

    fn fail(protocol: Protocol, port: u16, security: Security, kind: FailureKind) -> Probe {
        let login = kind == FailureKind::LoginFailed;
        Probe {
            outcome: Outcome::Failed,
            failure: Some(Failure {
                kind,
                message: kind.as_str().into(),
                server_text: None,
            }),
            username: login.then(|| ADDR.to_string()),
            login_attempts: u32::from(login),
            ..ok(protocol, port, security)
        }
    }

    fn with_text(mut p: Probe, text: &str) -> Probe {
        if let Some(f) = &mut p.failure {
            f.server_text = Some(text.into());
        }
        p
    }

    fn with_issuer(mut p: Probe, issuer: &str) -> Probe {
        p.tls = Some(TlsInfo {
            version: Some("TLSv1.3".into()),
            subject: Some(format!("CN={}", p.host)),
            issuer: Some(issuer.into()),
            not_after: Some("2030-01-01T00:00:00Z".into()),
            trusted: false,
            hostname_matches: true,
        });
        p
    }

    fn with_box(mut p: Probe, m: MailboxInfo) -> Probe {
        p.mailbox = Some(m);
        p
    }

    const TEST_PROVIDER: &str = r#"
id = "example"
name = { ja = "テストネット", en = "TestNet" }
domains = { value = ["example.jp"], status = "verified", sources = ["T"] }

[[sources]]
id = "T"
title = "test"
url = "https://example.jp/"
tier = 1
date = "2026"

[[servers]]
protocol = "smtp"
host = "smtp.%EMAILDOMAIN%"
port = 25
security = "none"
username = "address"
authentication = "password-cleartext"
status = "verified"
sources = ["T"]

[[servers]]
protocol = "smtp"
host = "smtp.%EMAILDOMAIN%"
port = 587
security = "starttls"
username = "address"
authentication = "password-cleartext"
status = "unverified"
sources = ["T"]

[[servers]]
protocol = "imap"
host = "imap.example.jp"
port = 993
security = "tls"
username = "address"
authentication = "password-cleartext"
status = "unverified"
sources = ["T"]

[[servers]]
protocol = "pop3"
host = "pop.example.jp"
port = 995
security = "tls"
username = "address"
authentication = "password-cleartext"
status = "unverified"
sources = ["T"]

[password]
name = { ja = "メールアドレスパスワード", en = "mail address password" }
written_on = { ja = "「ユーザー情報」の用紙に書かれています。", en = "It is printed on the user information sheet." }
status = "verified"
sources = ["T"]

[webmail]
url = "https://webmail.example.jp/"
status = "verified"
sources = ["T"]

[management]
pages = [{ url = "https://support.example.jp/supw", status = "verified", sources = ["T"] }]

[keep_on_server_days]
value = 14
status = "verified"
sources = ["T"]

[imap_paid_option]
value = true
status = "verified"
sources = ["T"]

[[notes]]
id = "imap_option"
findings = ["imap_not_enabled"]
text = { ja = "テストネットのIMAPは有料です。", en = "IMAP is paid at TestNet." }
status = "verified"
sources = ["T"]
"#;

    fn provider() -> Provider {
        crate::provider::parse(TEST_PROVIDER).expect("test provider parses")
    }

    fn run_with(
        situation: Situation,
        probes: &[Probe],
        provider: Option<&Provider>,
        lang: Lang,
    ) -> (Vec<Finding>, Recommended) {
        let acc = account();
        diagnose(&DiagnoseInput {
            situation,
            account: &acc,
            provider,
            probes,
            lang,
            offline: false,
        })
    }

    fn run(situation: Situation, probes: &[Probe]) -> (Vec<Finding>, Recommended) {
        run_with(situation, probes, None, Lang::Ja)
    }

    fn ids(f: &[Finding]) -> Vec<FindingId> {
        f.iter().map(|x| x.id).collect()
    }

    fn get(f: &[Finding], id: FindingId) -> &Finding {
        f.iter()
            .find(|x| x.id == id)
            .unwrap_or_else(|| panic!("{id:?} missing in {:?}", ids(f)))
    }

    fn healthy() -> Vec<Probe> {
        vec![ok(Imap, 993, Tls), ok(Smtp, 465, Tls)]
    }

    #[test]
    fn all_ok_from_a_healthy_account() {
        let (f, rec) = run(Situation::NewDevice, &healthy());
        assert_eq!(ids(&f), vec![F::AllOk]);
        assert!(rec.verified);
        let i = rec.incoming.unwrap();
        assert_eq!((i.protocol, i.port, i.security), (Imap, 993, Tls));
        assert_eq!(i.username, ADDR);
        let o = rec.outgoing.unwrap();
        assert_eq!((o.protocol, o.port, o.security), (Smtp, 465, Tls));
        assert!(f[0].evidence.is_empty());
    }

    #[test]
    fn password_rejected_everywhere_is_an_error_with_evidence() {
        let probes = vec![
            fail(Imap, 993, Tls, FailureKind::LoginFailed),
            fail(Smtp, 465, Tls, FailureKind::LoginFailed),
        ];
        let p = provider();
        let (f, rec) = run_with(Situation::CantReceive, &probes, Some(&p), Lang::Ja);
        let pr = get(&f, F::PasswordRejected);
        assert_eq!(pr.severity, Severity::Error);
        assert_eq!(f[0].id, F::PasswordRejected, "{:?}", ids(&f));
        assert!(pr.evidence.contains(
            &"imap imap.example.jp:993 tls: login_failed (user taro@example.jp)".to_string()
        ));
        // The provider's own word for the password, and its webmail, are in the actions.
        assert!(
            pr.actions[0].contains("メールアドレスパスワード"),
            "{:?}",
            pr.actions
        );
        assert!(
            pr.actions[0].contains("「ユーザー情報」の用紙"),
            "{:?}",
            pr.actions
        );
        assert!(pr
            .actions
            .iter()
            .any(|a| a.contains("https://webmail.example.jp/")));
        assert!(!rec.verified);
        assert!(ids(&f).contains(&F::NoIncoming));
        assert!(ids(&f).contains(&F::NoOutgoing));
    }

    #[test]
    fn username_format_when_only_the_local_part_works() {
        let mut imap = ok(Imap, 993, Tls);
        imap.username = Some("taro".into());
        imap.login_attempts = 2;
        let mut smtp = ok(Smtp, 587, Starttls);
        smtp.username = Some("taro".into());
        smtp.login_attempts = 2;
        let (f, rec) = run(Situation::NewDevice, &[imap, smtp]);
        let u = get(&f, F::UsernameFormat);
        assert_eq!(u.severity, Severity::Warning);
        assert!(
            u.detail.contains("「taro」") && u.detail.contains(ADDR),
            "{}",
            u.detail
        );
        assert_eq!(rec.incoming.unwrap().username, "taro");
        assert!(rec.verified);
        assert!(!ids(&f).contains(&F::AllOk));
        assert!(!ids(&f).contains(&F::PasswordRejected));
    }

    #[test]
    fn username_format_the_reverse_across_probes() {
        // POP accepts the address; IMAP was tried (by --username) with the local part.
        let mut imap = fail(Imap, 993, Tls, FailureKind::LoginFailed);
        imap.username = Some("taro".into());
        let pop = ok(Pop3, 995, Tls);
        let (f, _) = run(Situation::NewDevice, &[imap, pop, ok(Smtp, 465, Tls)]);
        // IMAP refused + POP ok is read as imap_not_enabled first; the username form is
        // still named because the refused login used another form.
        assert!(ids(&f).contains(&F::ImapNotEnabled), "{:?}", ids(&f));
        let mut smtp_bad = fail(Smtp, 587, Starttls, FailureKind::LoginFailed);
        smtp_bad.username = Some("taro".into());
        let (f, _) = run(
            Situation::NewDevice,
            &[ok(Imap, 993, Tls), smtp_bad, ok(Smtp, 465, Tls)],
        );
        let u = get(&f, F::UsernameFormat);
        assert!(u.detail.contains(ADDR));
        assert!(!ids(&f).contains(&F::PasswordRejected), "{:?}", ids(&f));
    }

    #[test]
    fn imap_not_enabled_when_pop_works_with_the_same_password() {
        let p = provider();
        let probes = vec![
            fail(Imap, 993, Tls, FailureKind::LoginFailed),
            ok(Pop3, 995, Tls),
            ok(Smtp, 587, Starttls),
        ];
        let (f, rec) = run_with(Situation::NewDevice, &probes, Some(&p), Lang::Ja);
        let x = get(&f, F::ImapNotEnabled);
        assert_eq!(x.severity, Severity::Warning);
        assert!(
            x.detail.contains("テストネット") && x.detail.contains("有料"),
            "{}",
            x.detail
        );
        assert!(!ids(&f).contains(&F::PasswordRejected));
        assert_eq!(rec.incoming.unwrap().protocol, Pop3);
        // The provider's own note for this finding is part of the detail.
        assert!(
            x.detail.contains("テストネットのIMAPは有料です。"),
            "{}",
            x.detail
        );
        assert!(rec.verified);
        assert_eq!(x.evidence.len(), 2);
    }

    #[test]
    fn port25_blocked_while_submission_works() {
        let probes = vec![
            ok(Imap, 993, Tls),
            fail(Smtp, 25, Security::None, FailureKind::ConnectTimeout),
            ok(Smtp, 587, Starttls),
        ];
        let (f, rec) = run(Situation::CantSend, &probes);
        let x = get(&f, F::SmtpPort25Blocked);
        assert_eq!(x.severity, Severity::Warning);
        assert!(x.actions[0].contains("587"), "{:?}", x.actions);
        assert!(x.actions[1].contains("STARTTLS"));
        assert_eq!(rec.outgoing.unwrap().port, 587);
        // Not an unreachable server: 25 is expected to be closed.
        assert!(!ids(&f).contains(&F::ServerUnreachable));
        // Elsewhere it is only a note, and the rest is all_ok-worthy.
        let (f, _) = run(Situation::NewDevice, &probes);
        assert_eq!(get(&f, F::SmtpPort25Blocked).severity, Severity::Info);
        assert!(ids(&f).contains(&F::AllOk));
    }

    #[test]
    fn starttls_missing_is_named() {
        let probes = vec![
            ok(Imap, 993, Tls),
            fail(Smtp, 587, Starttls, FailureKind::StarttlsUnavailable),
            ok(Smtp, 465, Tls),
        ];
        let (f, _) = run(Situation::CantSend, &probes);
        assert_eq!(get(&f, F::StarttlsMissing).severity, Severity::Warning);
        let probes = vec![
            ok(Imap, 993, Tls),
            fail(Smtp, 587, Starttls, FailureKind::StarttlsUnavailable),
        ];
        let (f, _) = run(Situation::CantSend, &probes);
        assert_eq!(get(&f, F::StarttlsMissing).severity, Severity::Error);
        assert!(ids(&f).contains(&F::NoOutgoing));
    }

    #[test]
    fn guessed_servers_do_not_make_noise_when_another_works() {
        let mut guess = fail(Smtp, 587, Starttls, FailureKind::StarttlsUnavailable);
        guess.host = "mail.example.jp".into();
        guess.source = SettingsSource::Guess;
        guess.documented = false;
        let mut dead_guess = fail(Imap, 993, Tls, FailureKind::DnsNotFound);
        dead_guess.host = "mail.example.jp".into();
        dead_guess.source = SettingsSource::Guess;
        dead_guess.documented = false;
        let (f, _) = run(
            Situation::NewDevice,
            &[ok(Imap, 993, Tls), ok(Smtp, 465, Tls), guess, dead_guess],
        );
        assert_eq!(ids(&f), vec![F::AllOk]);
    }

    #[test]
    fn untrusted_certificate_is_invalid() {
        let bad = with_issuer(
            fail(Imap, 993, Tls, FailureKind::TlsUntrusted),
            "CN=Tsunagu Test Other CA",
        );
        let (f, _) = run(Situation::NewDevice, &[bad, ok(Smtp, 465, Tls)]);
        let x = get(&f, F::TlsCertificateInvalid);
        assert_eq!(x.severity, Severity::Error);
        assert!(x.detail.contains("imap.example.jp:993"));
        assert!(!ids(&f).contains(&F::TlsIntercepted));
        let (f, _) = run(
            Situation::NewDevice,
            &[
                fail(Imap, 993, Tls, FailureKind::TlsExpired),
                ok(Smtp, 465, Tls),
            ],
        );
        let x = get(&f, F::TlsCertificateInvalid);
        assert!(x.actions[0].contains("日付"), "{:?}", x.actions);
        let (f, _) = run_with(
            Situation::NewDevice,
            &[
                fail(Imap, 993, Tls, FailureKind::TlsHostnameMismatch),
                ok(Smtp, 465, Tls),
            ],
            None,
            Lang::En,
        );
        assert!(get(&f, F::TlsCertificateInvalid)
            .detail
            .contains("another server name"));
    }

    #[test]
    fn security_software_certificate_is_intercepted() {
        for issuer in [
            "CN=ESET SSL Filter CA",
            "CN=Avast Mail Shield Root",
            "CN=AVG Web/Mail Shield Root",
            "CN=Kaspersky Anti-Virus Personal Root Certificate",
            "CN=Bitdefender Personal CA.Net-Defender",
            "CN=Norton Mail Shield Root",
            "O=Trend Micro, CN=Trend Micro Root",
            "CN=McAfee Web Gateway",
            "CN=Sophos SSL CA",
            "CN=FortiGate CA, O=Fortinet",
        ] {
            let bad = with_issuer(fail(Imap, 993, Tls, FailureKind::TlsUntrusted), issuer);
            let (f, _) = run(Situation::CantReceive, &[bad, ok(Smtp, 465, Tls)]);
            let x = get(&f, F::TlsIntercepted);
            assert_eq!(x.severity, Severity::Error, "{issuer}");
            assert!(!ids(&f).contains(&F::TlsCertificateInvalid), "{issuer}");
        }
        // Real CAs are not security software.
        for issuer in [
            "CN=Let's Encrypt R11",
            "CN=Symantec Class 3 Secure Server CA - G4",
            "CN=COMODO RSA Domain Validation Secure Server CA",
            "CN=Savage Systems CA",
        ] {
            assert_eq!(security_vendor(issuer), None, "{issuer}");
        }
        // A trusted intercepting certificate (installed by the software) still shows.
        let mut p = with_issuer(ok(Smtp, 465, Tls), "CN=ESET SSL Filter CA");
        if let Some(t) = &mut p.tls {
            t.trusted = true;
        }
        let (f, _) = run(Situation::CantSend, &[ok(Imap, 993, Tls), p]);
        let x = get(&f, F::TlsIntercepted);
        assert_eq!(x.severity, Severity::Warning);
        assert!(x.detail.contains("ESET"));
    }

    #[test]
    fn server_unreachable_when_one_side_does_not_answer() {
        let probes = vec![
            fail(Imap, 993, Tls, FailureKind::ConnectRefused),
            fail(Imap, 143, Starttls, FailureKind::ConnectRefused),
            ok(Smtp, 465, Tls),
        ];
        let (f, _) = run(Situation::CantReceive, &probes);
        let x = get(&f, F::ServerUnreachable);
        assert_eq!(x.severity, Severity::Error);
        assert_eq!(x.evidence.len(), 2);
        assert!(!ids(&f).contains(&F::NetworkBlocked));
        assert!(ids(&f).contains(&F::NoIncoming));
        let (f, _) = run(
            Situation::NewDevice,
            &[
                fail(Imap, 993, Tls, FailureKind::DnsNotFound),
                ok(Smtp, 465, Tls),
            ],
        );
        assert!(get(&f, F::ServerUnreachable)
            .detail
            .contains("見つかりませんでした"));
    }

    #[test]
    fn network_blocked_when_every_port_is_silent() {
        let probes = vec![
            fail(Imap, 993, Tls, FailureKind::ConnectTimeout),
            fail(Pop3, 995, Tls, FailureKind::ConnectTimeout),
            fail(Smtp, 465, Tls, FailureKind::ConnectTimeout),
            fail(Smtp, 587, Starttls, FailureKind::GreetingTimeout),
            fail(Smtp, 25, Security::None, FailureKind::ConnectTimeout),
        ];
        let (f, rec) = run(Situation::CantSend, &probes);
        assert_eq!(f[0].id, F::NetworkBlocked);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(!ids(&f).contains(&F::ServerUnreachable));
        assert!(!ids(&f).contains(&F::SmtpPort25Blocked));
        assert!(!ids(&f).contains(&F::NoIncoming));
        assert!(!rec.verified);
        // With the provider's data the person still sees what to enter, marked unverified.
        let p = provider();
        let (f, rec) = run_with(Situation::CantSend, &probes, Some(&p), Lang::Ja);
        assert!(rec.incoming.is_some() && !rec.verified);
        assert!(ids(&f).contains(&F::UnverifiedSettings));
    }

    #[test]
    fn empty_pop_mailbox_matters_only_when_mail_does_not_arrive() {
        let pop = with_box(
            ok(Pop3, 995, Tls),
            MailboxInfo {
                messages: Some(0),
                ..MailboxInfo::default()
            },
        );
        let probes = vec![pop, ok(Smtp, 465, Tls)];
        let p = provider();
        let (f, _) = run_with(Situation::CantReceive, &probes, Some(&p), Lang::Ja);
        let x = get(&f, F::MailboxEmptyPop);
        assert_eq!(x.severity, Severity::Warning);
        assert!(
            x.actions.iter().any(|a| a.contains("14日")),
            "{:?}",
            x.actions
        );
        let (f, _) = run(Situation::NewDevice, &probes);
        assert!(!ids(&f).contains(&F::MailboxEmptyPop));
    }

    #[test]
    fn quota_thresholds() {
        let boxed = |used: u64, limit: u64| {
            vec![
                with_box(
                    ok(Imap, 993, Tls),
                    MailboxInfo {
                        messages: Some(10),
                        quota_used_bytes: Some(used),
                        quota_limit_bytes: Some(limit),
                        ..MailboxInfo::default()
                    },
                ),
                ok(Smtp, 465, Tls),
            ]
        };
        let (f, _) = run(Situation::CantReceive, &boxed(95_000_000, 100_000_000));
        let x = get(&f, F::QuotaNearlyFull);
        assert_eq!(x.severity, Severity::Warning);
        assert!(
            x.detail.contains("95%") && x.detail.contains("95 MB / 100 MB"),
            "{}",
            x.detail
        );
        let (f, _) = run(Situation::CantReceive, &boxed(100_000_000, 100_000_000));
        assert_eq!(get(&f, F::QuotaFull).severity, Severity::Error);
        assert!(!ids(&f).contains(&F::QuotaNearlyFull));
        let (f, _) = run(Situation::CantReceive, &boxed(89_000_000, 100_000_000));
        assert!(!ids(&f)
            .iter()
            .any(|i| matches!(i, F::QuotaFull | F::QuotaNearlyFull)));
        let (f, _) = run(Situation::CantReceive, &boxed(1, 0));
        assert!(!ids(&f)
            .iter()
            .any(|i| matches!(i, F::QuotaFull | F::QuotaNearlyFull)));
    }

    #[test]
    fn junk_folder_with_mail() {
        let probes = vec![
            with_box(
                ok(Imap, 993, Tls),
                MailboxInfo {
                    junk_messages: Some(3),
                    ..MailboxInfo::default()
                },
            ),
            ok(Smtp, 465, Tls),
        ];
        let (f, _) = run(Situation::CantReceive, &probes);
        let x = get(&f, F::JunkHasMail);
        assert_eq!(x.severity, Severity::Warning);
        assert!(x.title.contains('3'));
        let (f, _) = run(Situation::NewDevice, &probes);
        assert_eq!(get(&f, F::JunkHasMail).severity, Severity::Info);
        assert!(ids(&f).contains(&F::AllOk));
    }

    #[test]
    fn app_password_from_the_server_text_or_the_provider() {
        for text in [
            "[ALERT] Application-specific password required: https://support.google.com/mail/accounts/answer/185833 (Failure)",
            "534-5.7.9 Application-specific password required.",
            "[ALERT] Please log in via your web browser",
            "-ERR [AUTH] Web login required",
        ] {
            let probes = vec![
                with_text(fail(Imap, 993, Tls, FailureKind::LoginFailed), text),
                ok(Smtp, 465, Tls),
            ];
            let (f, _) = run(Situation::NewDevice, &probes);
            let x = get(&f, F::AppPasswordRequired);
            assert!(x.detail.contains(text), "{}", x.detail);
            assert!(!ids(&f).contains(&F::PasswordRejected), "{text}");
        }
        let mut p = provider();
        p.auth = Some(crate::provider::AuthRequirement {
            app_password: true,
            oauth2: crate::provider::OAuth2::None,
            app_password_url: Some("https://example.jp/apppasswords".into()),
            status: Status::Verified,
            sources: vec!["T".into()],
        });
        let probes = vec![
            fail(Imap, 993, Tls, FailureKind::LoginFailed),
            fail(Smtp, 465, Tls, FailureKind::LoginFailed),
        ];
        let (f, _) = run_with(Situation::NewDevice, &probes, Some(&p), Lang::En);
        let x = get(&f, F::AppPasswordRequired);
        assert_eq!(x.severity, Severity::Error);
        assert!(x
            .actions
            .iter()
            .any(|a| a.contains("https://example.jp/apppasswords")));
        assert!(!ids(&f).contains(&F::PasswordRejected));
        // Plain "authentication failed" without the provider flag stays a password problem.
        let probes = vec![
            with_text(
                fail(Imap, 993, Tls, FailureKind::LoginFailed),
                "NO [AUTHENTICATIONFAILED] Authentication failed.",
            ),
            ok(Smtp, 465, Tls),
        ];
        let (f, _) = run(Situation::NewDevice, &probes);
        assert!(ids(&f).contains(&F::PasswordRejected));
        assert!(!ids(&f).contains(&F::AppPasswordRequired));
    }

    #[test]
    fn gmail_situation_explains_the_end_of_pop_fetching() {
        let (f, _) = run(Situation::Gmail, &healthy());
        assert_eq!(f[0].id, F::GmailPopFetchEnded);
        assert!(f[0].detail.contains("2026"));
        assert!(f[0].actions.iter().any(|a| a.contains("IMAP")));
        // POP only: IMAP is not offered as the way.
        let probes = vec![
            fail(Imap, 993, Tls, FailureKind::LoginFailed),
            ok(Pop3, 995, Tls),
            ok(Smtp, 465, Tls),
        ];
        let (f, _) = run(Situation::Gmail, &probes);
        let x = get(&f, F::GmailPopFetchEnded);
        assert!(
            !x.actions.iter().any(|a| a.starts_with("方法2")),
            "{:?}",
            x.actions
        );
        let (f, _) = run(Situation::NewDevice, &healthy());
        assert!(!ids(&f).contains(&F::GmailPopFetchEnded));
    }

    #[test]
    fn plaintext_only_is_refused_and_said() {
        let probes = vec![
            fail(Imap, 143, Security::None, FailureKind::PlaintextRefused),
            ok(Smtp, 465, Tls),
        ];
        let (f, rec) = run(Situation::NewDevice, &probes);
        assert_eq!(get(&f, F::PlaintextOnly).severity, Severity::Error);
        assert!(rec.incoming.is_none());
        // Allowed by the user and working: shown, with a warning.
        let probes = vec![ok(Pop3, 110, Security::None), ok(Smtp, 465, Tls)];
        let (f, rec) = run(Situation::NewDevice, &probes);
        assert_eq!(get(&f, F::PlaintextOnly).severity, Severity::Warning);
        assert_eq!(rec.incoming.unwrap().security, Security::None);
        assert!(!ids(&f).contains(&F::AllOk));
    }

    #[test]
    fn offline_settings_come_from_data_unverified() {
        let p = provider();
        let acc = account();
        let (f, rec) = diagnose(&DiagnoseInput {
            situation: Situation::NewDevice,
            account: &acc,
            provider: Some(&p),
            probes: &[],
            lang: Lang::Ja,
            offline: true,
        });
        assert!(!rec.verified);
        // IMAP is a paid option at this provider: POP first; never port 25.
        assert_eq!(rec.incoming.as_ref().unwrap().protocol, Pop3);
        let out = rec.outgoing.as_ref().unwrap();
        assert_eq!(out.port, 587);
        assert_eq!(out.host, "smtp.example.jp", "placeholders are filled in");
        assert_eq!(ids(&f), vec![F::UnverifiedSettings]);
        assert!(f[0].detail.contains("テストネット"));
        // Port 25 blocking known from the data is said offline too.
        let mut p = provider();
        p.op25b = Some(crate::provider::Fact {
            value: true,
            status: Status::Verified,
            sources: vec!["T".into()],
        });
        let (f, _) = diagnose(&DiagnoseInput {
            situation: Situation::CantSend,
            account: &acc,
            provider: Some(&p),
            probes: &[],
            lang: Lang::Ja,
            offline: true,
        });
        let x = get(&f, F::SmtpPort25Blocked);
        assert!(
            x.detail.contains("テストネットでは") && x.detail.contains("587"),
            "{}",
            x.detail
        );
        assert_eq!(
            x.evidence,
            vec!["provider data (example): op25b".to_string()]
        );
        // No data at all: said so.
        let (f, rec) = diagnose(&DiagnoseInput {
            situation: Situation::NewDevice,
            account: &acc,
            provider: None,
            probes: &[],
            lang: Lang::En,
            offline: true,
        });
        assert!(rec.incoming.is_none() && rec.outgoing.is_none());
        assert!(
            f[0].detail.contains("no stored information"),
            "{}",
            f[0].detail
        );
    }

    #[test]
    fn offline_for_every_bundled_provider() {
        for p in crate::provider::all() {
            let Some(d) = p.domains.value.first() else {
                continue;
            };
            let domain = d.replace("*.", "aa1.");
            let acc = Account {
                address: format!("taro@{domain}"),
                local_part: "taro".into(),
                domain: domain.clone(),
                domain_unicode: domain.clone(),
            };
            for s in Situation::ALL {
                for lang in [Lang::Ja, Lang::En] {
                    let (f, rec) = diagnose(&DiagnoseInput {
                        situation: s,
                        account: &acc,
                        provider: Some(p),
                        probes: &[],
                        lang,
                        offline: true,
                    });
                    assert!(!rec.verified, "{}", p.id);
                    for x in [&rec.incoming, &rec.outgoing].into_iter().flatten() {
                        assert!(!x.host.contains('%'), "{}: {}", p.id, x.host);
                        assert!(x.protocol.is_incoming() || x.port != 25, "{}", p.id);
                    }
                    assert!(ids(&f).contains(&F::UnverifiedSettings), "{}", p.id);
                    for x in &f {
                        assert!(!x.title.is_empty() && !x.detail.contains("{"), "{}", p.id);
                        assert!(!x.actions.is_empty(), "{}", p.id);
                    }
                }
            }
        }
    }

    #[test]
    fn what_the_server_said_is_never_hidden_by_all_ok() {
        let cases = [
            (FailureKind::TlsRequired, F::TlsRequired),
            (
                FailureKind::LoginTemporarilyFailed,
                F::LoginTemporarilyFailed,
            ),
            (FailureKind::MailboxInUse, F::MailboxInUse),
            (FailureKind::LoginNotAllowed, F::LoginNotAllowed),
            (FailureKind::ServerError, F::ServerError),
            (FailureKind::ProtocolError, F::ServerError),
        ];
        for (k, id) in cases {
            let said = "[ALERT] Fatal error: No such file or directory";
            // Courier's case: IMAP broken, POP3 and SMTP fine: a warning, never all_ok.
            let probes = vec![
                with_text(fail(Imap, 993, Tls, k), said),
                ok(Pop3, 995, Tls),
                ok(Smtp, 465, Tls),
            ];
            for lang in [Lang::Ja, Lang::En] {
                let (f, _) = run_with(Situation::NewDevice, &probes, None, lang);
                let x = get(&f, id);
                assert_eq!(x.severity, Severity::Warning, "{k:?}");
                assert!(x.detail.contains(said), "{k:?}: {}", x.detail);
                assert!(!ids(&f).contains(&F::AllOk), "{k:?}: {:?}", ids(&f));
                assert!(!ids(&f).contains(&F::PasswordRejected), "{k:?}");
                assert!(x.evidence[0].contains(k.as_str()), "{:?}", x.evidence);
            }
            // Nothing else of its direction works: an error.
            let (f, _) = run(
                Situation::NewDevice,
                &[with_text(fail(Imap, 993, Tls, k), said), ok(Smtp, 465, Tls)],
            );
            assert_eq!(get(&f, id).severity, Severity::Error, "{k:?}");
        }
    }

    #[test]
    fn password_rejected_says_whether_the_server_named_the_credentials() {
        for (said, confirmed) in [
            ("[AUTHENTICATIONFAILED] Authentication failed.", true),
            ("Login failed.", false),
        ] {
            let probes = vec![
                with_text(fail(Imap, 993, Tls, FailureKind::LoginFailed), said),
                ok(Smtp, 465, Tls),
            ];
            let (f, _) = run_with(Situation::NewDevice, &probes, None, Lang::Ja);
            let d = &get(&f, F::PasswordRejected).detail;
            assert_eq!(d.contains("はっきり示しました"), confirmed, "{d}");
            assert_eq!(d.contains("言い切れません"), !confirmed, "{d}");
        }
    }

    #[test]
    fn starttls_offered_on_the_plain_port_says_use_starttls() {
        let mut p = fail(Imap, 143, Security::None, FailureKind::PlaintextRefused);
        p.capabilities = vec![
            "IMAP4rev1".into(),
            "STARTTLS".into(),
            "LOGINDISABLED".into(),
        ];
        let (f, _) = run(Situation::NewDevice, &[p.clone(), ok(Smtp, 465, Tls)]);
        assert!(ids(&f).contains(&F::UseStarttls), "{:?}", ids(&f));
        assert!(!ids(&f).contains(&F::PlaintextOnly), "{:?}", ids(&f));
        assert!(get(&f, F::UseStarttls).actions[0].contains("STARTTLS"));
        // POP3 says STLS.
        p.protocol = Pop3;
        p.port = 110;
        p.capabilities = vec!["USER".into(), "STLS".into()];
        let (f, _) = run(Situation::NewDevice, &[p.clone(), ok(Smtp, 465, Tls)]);
        assert!(ids(&f).contains(&F::UseStarttls), "{:?}", ids(&f));
        // Nothing offered: no encryption found, as before.
        p.capabilities = vec!["USER".into()];
        let (f, _) = run(Situation::NewDevice, &[p, ok(Smtp, 465, Tls)]);
        assert!(ids(&f).contains(&F::PlaintextOnly) && !ids(&f).contains(&F::UseStarttls));
    }

    #[test]
    fn an_app_password_reply_with_5_7_9_is_app_password_required() {
        let probes = vec![
            ok(Imap, 993, Tls),
            with_text(
                fail(Smtp, 465, Tls, FailureKind::LoginNotAllowed),
                "534 5.7.9 Application-specific password required",
            ),
        ];
        let (f, _) = run(Situation::NewDevice, &probes);
        assert!(ids(&f).contains(&F::AppPasswordRequired), "{:?}", ids(&f));
        assert!(!ids(&f).contains(&F::LoginNotAllowed), "{:?}", ids(&f));
    }

    #[test]
    fn a_config_with_only_port25_working_is_a_warning_not_unreachable() {
        let mut g465 = fail(Smtp, 465, Tls, FailureKind::ConnectRefused);
        let mut g587 = fail(Smtp, 587, Starttls, FailureKind::ConnectRefused);
        for g in [&mut g465, &mut g587] {
            g.source = SettingsSource::Guess;
            g.documented = false;
        }
        let probes = vec![ok(Imap, 993, Tls), ok(Smtp, 25, Starttls), g465, g587];
        let (f, rec) = run(Situation::NewDevice, &probes);
        assert_eq!(
            ids(&f),
            vec![F::SmtpPort25Only],
            "only the OP25B warning: {:?}",
            ids(&f)
        );
        let x = get(&f, F::SmtpPort25Only);
        assert_eq!(x.severity, Severity::Warning);
        assert_eq!(x.evidence.len(), 3, "{:?}", x.evidence);
        assert_eq!(rec.outgoing.as_ref().map(|o| o.port), Some(25));
        assert!(rec.verified);
    }

    #[test]
    fn no_incoming_and_no_outgoing() {
        let (f, rec) = run(Situation::NewDevice, &[ok(Smtp, 465, Tls)]);
        assert_eq!(get(&f, F::NoIncoming).severity, Severity::Error);
        assert!(rec.incoming.is_none());
        let (f, rec) = run(
            Situation::CantSend,
            &[ok(Imap, 993, Tls), ok(Smtp, 25, Security::None)],
        );
        // Port 25 works from here today: a warning with the OP25B risk, not "no outgoing".
        assert!(!ids(&f).contains(&F::NoOutgoing), "{:?}", ids(&f));
        let x = get(&f, F::SmtpPort25Only);
        assert_eq!(x.severity, Severity::Warning);
        assert!(x.detail.contains("OP25B"), "{}", x.detail);
        assert_eq!(rec.outgoing.as_ref().map(|o| o.port), Some(25));
        assert!(!ids(&f).contains(&F::AllOk));
        let (f, _) = run_with(Situation::NewDevice, &[], None, Lang::Ja);
        assert!(ids(&f).contains(&F::NoIncoming) && ids(&f).contains(&F::NoOutgoing));
    }

    #[test]
    fn a_refused_login_is_only_a_note_when_the_same_side_works() {
        let probes = vec![
            ok(Imap, 993, Tls),
            fail(Pop3, 995, Tls, FailureKind::LoginFailed),
            ok(Smtp, 465, Tls),
        ];
        let (f, _) = run(Situation::NewDevice, &probes);
        assert_eq!(get(&f, F::PasswordRejected).severity, Severity::Info);
        assert!(ids(&f).contains(&F::AllOk));
    }

    #[test]
    fn submit_rejected_is_explained() {
        let probes = vec![
            ok(Imap, 993, Tls),
            fail(Smtp, 587, Starttls, FailureKind::SubmitRejected),
        ];
        let (f, _) = run(Situation::CantSend, &probes);
        let x = get(&f, F::NoOutgoing);
        assert!(x.detail.contains("海外"), "{}", x.detail);
    }

    #[test]
    fn login_attempts_capped() {
        let mut a = fail(Imap, 993, Tls, FailureKind::LoginFailed);
        a.login_attempts = 2;
        let b = fail(Imap, 143, Starttls, FailureKind::LoginFailed);
        let mut skipped = ok(Imap, 143, Starttls);
        skipped.port = 1143;
        skipped.outcome = Outcome::Skipped;
        skipped.username = None;
        skipped.login_attempts = 0;
        let (f, _) = run(Situation::NewDevice, &[a, b, skipped, ok(Smtp, 465, Tls)]);
        let x = get(&f, F::LoginAttemptsCapped);
        assert_eq!(x.severity, Severity::Info);
        assert!(x.title.contains('3'));
        assert!(ids(&f).contains(&F::PasswordRejected));
    }

    #[test]
    fn recommended_rules() {
        // IMAP before POP3, whatever the order of the probes.
        let (_, rec) = run(
            Situation::NewDevice,
            &[
                ok(Pop3, 995, Tls),
                ok(Imap, 143, Starttls),
                ok(Smtp, 465, Tls),
            ],
        );
        assert_eq!(rec.incoming.unwrap().protocol, Imap);
        // TLS before STARTTLS within a protocol.
        let (_, rec) = run(
            Situation::NewDevice,
            &[
                ok(Imap, 143, Starttls),
                ok(Imap, 993, Tls),
                ok(Smtp, 587, Starttls),
                ok(Smtp, 465, Tls),
            ],
        );
        assert_eq!(rec.incoming.unwrap().port, 993);
        assert_eq!(rec.outgoing.unwrap().port, 465);
        // Not 25 while a submission port works, even when 25 is the first and works.
        let (_, rec) = run(
            Situation::NewDevice,
            &[
                ok(Smtp, 25, Starttls),
                ok(Smtp, 587, Starttls),
                ok(Imap, 993, Tls),
            ],
        );
        assert_eq!(rec.outgoing.unwrap().port, 587);
        // Verified only from probes that logged in.
        let mut i = ok(Imap, 993, Tls);
        i.username = None;
        i.login_attempts = 0;
        let mut o = ok(Smtp, 465, Tls);
        o.username = None;
        o.login_attempts = 0;
        let (f, rec) = run(Situation::NewDevice, &[i, o]);
        assert!(!rec.verified);
        assert_eq!(rec.incoming.unwrap().username, ADDR);
        let x = get(&f, F::UnverifiedSettings);
        assert!(x.detail.contains("パスワードが入力されなかった"));
        assert!(!ids(&f).contains(&F::AllOk));
    }

    #[test]
    fn errors_first_then_by_situation() {
        let probes = vec![
            with_box(
                ok(Imap, 993, Tls),
                MailboxInfo {
                    junk_messages: Some(2),
                    quota_used_bytes: Some(100),
                    quota_limit_bytes: Some(100),
                    ..MailboxInfo::default()
                },
            ),
            fail(Smtp, 25, Security::None, FailureKind::ConnectRefused),
            fail(Smtp, 587, Starttls, FailureKind::LoginFailed),
        ];
        let (f, _) = run(Situation::CantSend, &probes);
        let sev: Vec<Severity> = f.iter().map(|x| x.severity).collect();
        let mut sorted = sev.clone();
        sorted.sort();
        assert_eq!(sev, sorted, "{:?}", ids(&f));
        // In cant-send, the password problem of SMTP comes before the full mailbox.
        let pos = |id| ids(&f).iter().position(|x| *x == id).unwrap();
        assert!(
            pos(F::PasswordRejected) < pos(F::QuotaFull),
            "{:?}",
            ids(&f)
        );
        let (f, _) = run(Situation::CantReceive, &probes);
        let pos = |id| ids(&f).iter().position(|x| *x == id).unwrap();
        assert!(
            pos(F::QuotaFull) < pos(F::PasswordRejected),
            "{:?}",
            ids(&f)
        );
    }

    #[test]
    fn every_finding_reads_in_both_languages_for_every_situation() {
        for s in Situation::ALL {
            for lang in [Lang::Ja, Lang::En] {
                let probes = vec![
                    fail(Imap, 993, Tls, FailureKind::LoginFailed),
                    fail(Smtp, 465, Tls, FailureKind::TlsUntrusted),
                ];
                let (f, _) = run_with(s, &probes, Some(&provider()), lang);
                for x in &f {
                    assert!(!x.title.is_empty() && !x.detail.is_empty() && !x.actions.is_empty());
                }
            }
        }
    }
}
