//! The findings as a person reads them: for each finding id, which messages of the catalogue
//! (locales/<lang>/finding.ftl) make its title, detail and ordered actions, and with which
//! facts. The words, and the choices that depend on a value (situation, reason, a count), are
//! in the catalogue; the code picks between two messages only where a fact may be missing.

use super::*;
use fluent_bundle::FluentValue;
// ───────────────────────────── findings ─────────────────────────────

pub use crate::model::{FindingCtx, Reason};

pub struct FindingText {
    pub title: String,
    pub detail: String,
    pub actions: Vec<String>,
}

impl FindingCtx {
    fn prov(&self, lang: Lang) -> String {
        match &self.provider_name {
            Some(n) => n.clone(),
            None => crate::tr!(lang, "finding-your-provider"),
        }
    }
    /// The password's name, always shown inside 「」 in Japanese: brackets already in the
    /// provider's own name become 『』 so that the sentence never shows 「「…」…」.
    fn pw(&self, lang: Lang) -> String {
        match (&self.password_name, lang) {
            (Some(n), Lang::Ja) => n.replace('「', "『").replace('」', "』"),
            (Some(n), _) => n.clone(),
            (None, _) => crate::tr!(lang, "finding-mail-password"),
        }
    }
    /// The servers concerned as a list ("a、b" / "a, b"), empty when none is known.
    pub(super) fn servers_list(&self, lang: Lang) -> String {
        self.servers
            .join(&crate::tr!(lang, "finding-list-separator"))
    }
    fn servers_text(&self, lang: Lang) -> String {
        if self.servers.is_empty() {
            crate::tr!(lang, "finding-the-mail-server")
        } else {
            self.servers_list(lang)
        }
    }
}

/// A yes/no fact as a Fluent selector.
fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn text(title: String, detail: String, actions: Vec<String>) -> FindingText {
    FindingText {
        title,
        detail,
        actions,
    }
}

fn act_check_sheet(c: &FindingCtx, lang: Lang) -> String {
    let (provider, password) = (c.prov(lang), c.pw(lang));
    match &c.password_written_on {
        Some(w) => crate::tr!(
            lang,
            "finding-act-check-sheet-written",
            password = password,
            written_on = w.as_str()
        ),
        None => crate::tr!(
            lang,
            "finding-act-check-sheet",
            provider = provider,
            password = password
        ),
    }
}

fn act_webmail(c: &FindingCtx, lang: Lang) -> String {
    match &c.webmail_url {
        Some(url) => crate::tr!(lang, "finding-act-webmail-url", url = url.as_str()),
        None => crate::tr!(lang, "finding-act-webmail", provider = c.prov(lang)),
    }
}

/// Webmail as the source of truth: is the mail on the server at all?
fn act_webmail_look(c: &FindingCtx, lang: Lang) -> String {
    match &c.webmail_url {
        Some(url) => crate::tr!(lang, "finding-act-webmail-look-url", url = url.as_str()),
        None => crate::tr!(lang, "finding-act-webmail-look", provider = c.prov(lang)),
    }
}

fn act_reset(c: &FindingCtx, lang: Lang) -> String {
    let (provider, password) = (c.prov(lang), c.pw(lang));
    match (&c.password_reset_url, &c.management_url) {
        (Some(url), _) => crate::tr!(
            lang,
            "finding-act-reset-url",
            password = password,
            url = url.as_str()
        ),
        (None, Some(url)) => crate::tr!(
            lang,
            "finding-act-reset-management",
            password = password,
            provider = provider,
            url = url.as_str()
        ),
        (None, None) => crate::tr!(
            lang,
            "finding-act-reset",
            password = password,
            provider = provider
        ),
    }
}

fn act_ask_provider(c: &FindingCtx, lang: Lang) -> String {
    crate::tr!(lang, "finding-act-ask-provider", provider = c.prov(lang))
}

fn act_outage_notices(c: &FindingCtx, lang: Lang) -> String {
    crate::tr!(lang, "finding-act-outage-notices", provider = c.prov(lang))
}
/// The reason as a Fluent selector.
fn reason_key(r: Reason) -> &'static str {
    match r {
        Reason::Unspecified => "unspecified",
        Reason::Offline => "offline",
        Reason::NoData => "no-data",
        Reason::NoPassword => "no-password",
        Reason::Partial => "partial",
        Reason::NothingFound => "nothing-found",
        Reason::AllFailed => "all-failed",
        Reason::OnlyPort25 => "only-port25",
        Reason::LoginFailed => "login-failed",
        Reason::SubmitRejected => "submit-rejected",
    }
}

fn all_ok(c: &FindingCtx, lang: Lang) -> FindingText {
    let provider = c.prov(lang);
    let mut v = Vec::new();
    if c.situation == Situation::CantReceive {
        v.push(act_webmail_look(c, lang));
    }
    v.push(crate::tr!(lang, "finding-act-use-recommended"));
    if c.situation == Situation::CantReceive {
        v.push(crate::tr!(lang, "finding-act-sync-period"));
        v.push(match &c.management_url {
            Some(url) => crate::tr!(
                lang,
                "finding-act-check-blocking-url",
                provider = provider,
                url = url.as_str()
            ),
            None => crate::tr!(lang, "finding-act-check-blocking", provider = provider),
        });
    }
    if c.situation == Situation::CantSend {
        v.push(crate::tr!(lang, "finding-act-smtp-auth-on"));
        v.push(crate::tr!(lang, "finding-act-mac-outgoing-server"));
        v.push(crate::tr!(lang, "finding-act-mail-scan-off"));
        v.push(crate::tr!(lang, "finding-act-sending-away"));
    }
    v.push(crate::tr!(lang, "finding-act-send-to-yourself"));
    text(
        crate::tr!(lang, "finding-all-ok.title"),
        crate::tr!(
            lang,
            "finding-all-ok.detail",
            situation = c.situation.as_str()
        ),
        v,
    )
}

fn password_rejected(c: &FindingCtx, lang: Lang) -> FindingText {
    let confirmed = match c.credentials_confirmed {
        Some(b) => yes(b),
        None => "unknown",
    };
    // The explanation starts with what happened, in words; the server names come last. The
    // cap is per server, per check (same words as login_attempts_capped).
    let detail = crate::tr!(
        lang,
        "finding-password-rejected.detail",
        servers = c.servers_text(lang),
        confirmed = confirmed,
        other_login_ok = yes(c.any_login_ok),
        attempts = c.attempts,
        cap = crate::model::LOGIN_CAP,
    );
    text(
        crate::tr!(lang, "finding-password-rejected.title"),
        detail,
        vec![
            act_check_sheet(c, lang),
            crate::tr!(lang, "finding-act-type-carefully"),
            act_webmail(c, lang),
            act_reset(c, lang),
            crate::tr!(lang, "finding-act-all-devices"),
        ],
    )
}

fn username_format(c: &FindingCtx, lang: Lang) -> FindingText {
    let user = c
        .username
        .clone()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| c.address.clone());
    let user = if user.is_empty() {
        crate::tr!(lang, "finding-username-provider-form")
    } else {
        user
    };
    let detail = crate::tr!(
        lang,
        "finding-username-format.detail",
        rejected_known = yes(c.rejected_username.is_some()),
        rejected = c.rejected_username.clone().unwrap_or_default(),
        username = user.as_str(),
    );
    text(
        crate::tr!(lang, "finding-username-format.title"),
        detail,
        vec![
            crate::tr!(lang, "finding-act-enter-username", username = user.as_str()),
            crate::tr!(lang, "finding-act-same-in-both"),
        ],
    )
}

fn imap_not_enabled(c: &FindingCtx, lang: Lang) -> FindingText {
    let (provider, paid) = (c.prov(lang), yes(c.imap_paid_option));
    text(
        crate::tr!(lang, "finding-imap-not-enabled.title"),
        crate::tr!(
            lang,
            "finding-imap-not-enabled.detail",
            paid = paid,
            provider = provider.as_str()
        ),
        vec![
            crate::tr!(lang, "finding-act-choose-pop"),
            crate::tr!(lang, "finding-act-leave-copy-on-each"),
            crate::tr!(
                lang,
                "finding-act-imap-option",
                paid = paid,
                provider = provider
            ),
        ],
    )
}

fn login_attempts_capped(c: &FindingCtx, lang: Lang) -> FindingText {
    let n = if c.attempts > 0 { c.attempts } else { 3 };
    text(
        crate::tr!(lang, "finding-login-attempts-capped.title", count = n),
        crate::tr!(
            lang,
            "finding-login-attempts-capped.detail",
            count = n,
            servers = c.servers_text(lang)
        ),
        vec![
            act_check_sheet(c, lang),
            crate::tr!(lang, "finding-act-wait-then-check-again"),
        ],
    )
}

/// A number for a select, or `none` when it is not known.
fn number_or_none<'a>(n: Option<impl Into<FluentValue<'a>>>) -> FluentValue<'a> {
    match n {
        Some(n) => n.into(),
        None => "none".into(),
    }
}

fn smtp_port25_blocked(c: &FindingCtx, lang: Lang) -> FindingText {
    // Without a known working port, name both usual ones rather than pick one.
    let port_text = crate::tr!(
        lang,
        "finding-submission-port",
        port = number_or_none(c.port)
    );
    let security = c
        .security
        .map_or_else(|| "none".to_string(), |s| security_label(s, lang));
    let detail = crate::tr!(
        lang,
        "finding-smtp-port25-blocked.detail",
        reason = reason_key(c.reason),
        provider = c.prov(lang),
        port_text = port_text,
        situation = c.situation.as_str(),
    );
    text(
        crate::tr!(lang, "finding-smtp-port25-blocked.title"),
        detail,
        vec![
            crate::tr!(lang, "finding-act-set-port", port = number_or_none(c.port)),
            crate::tr!(lang, "finding-act-set-security", security = security),
            crate::tr!(lang, "finding-act-smtp-auth-same"),
        ],
    )
}

fn starttls_missing(c: &FindingCtx, lang: Lang) -> FindingText {
    text(
        crate::tr!(lang, "finding-starttls-missing.title"),
        crate::tr!(
            lang,
            "finding-starttls-missing.detail",
            servers = c.servers_text(lang),
            alt = yes(c.alternative_works)
        ),
        vec![
            crate::tr!(lang, "finding-act-use-recommended-port"),
            crate::tr!(
                lang,
                "finding-act-ask-encrypted-port",
                provider = c.prov(lang)
            ),
        ],
    )
}

fn tls_certificate_invalid(c: &FindingCtx, lang: Lang) -> FindingText {
    let failure = c.failure.map_or("none", |k| k.as_str());
    let detail = crate::tr!(
        lang,
        "finding-tls-certificate-invalid.detail",
        failure = failure,
        servers = c.servers_text(lang),
        alt = yes(c.alternative_works),
    );
    text(
        crate::tr!(lang, "finding-tls-certificate-invalid.title"),
        detail,
        vec![
            crate::tr!(lang, "finding-act-certificate-first", failure = failure),
            crate::tr!(lang, "finding-act-check-mail-scan"),
            crate::tr!(lang, "finding-act-no-always-trust"),
            act_ask_provider(c, lang),
        ],
    )
}

fn tls_intercepted(c: &FindingCtx, lang: Lang) -> FindingText {
    let vendor = c
        .vendor
        .clone()
        .unwrap_or_else(|| crate::tr!(lang, "finding-security-software"));
    let issuer = c.issuer.clone().unwrap_or_default();
    let detail = crate::tr!(
        lang,
        "finding-tls-intercepted.detail",
        issuer_known = yes(!issuer.is_empty()),
        issuer = issuer,
        servers = c.servers_text(lang),
        vendor = vendor.as_str(),
        alt = yes(c.alternative_works),
    );
    text(
        crate::tr!(lang, "finding-tls-intercepted.title"),
        detail,
        vec![
            crate::tr!(
                lang,
                "finding-act-vendor-mail-scan-off",
                vendor = vendor.as_str()
            ),
            crate::tr!(lang, "finding-act-try-with-it-off"),
            crate::tr!(
                lang,
                "finding-act-vendor-leave-off",
                vendor = vendor.as_str()
            ),
        ],
    )
}

fn plaintext_only(c: &FindingCtx, lang: Lang) -> FindingText {
    let provider = c.prov(lang);
    text(
        crate::tr!(lang, "finding-plaintext-only.title"),
        crate::tr!(
            lang,
            "finding-plaintext-only.detail",
            servers = c.servers_text(lang),
            alt = yes(c.alternative_works)
        ),
        vec![
            crate::tr!(
                lang,
                "finding-act-look-for-encrypted",
                provider = provider.as_str()
            ),
            crate::tr!(lang, "finding-act-ask-encrypted", provider = provider),
            crate::tr!(lang, "finding-act-allow-plaintext"),
        ],
    )
}

fn server_unreachable(c: &FindingCtx, lang: Lang) -> FindingText {
    let failure = c.failure.map_or("none", |k| k.as_str());
    text(
        crate::tr!(lang, "finding-server-unreachable.title"),
        crate::tr!(
            lang,
            "finding-server-unreachable.detail",
            failure = failure,
            servers = c.servers_text(lang)
        ),
        vec![
            crate::tr!(lang, "finding-act-check-internet"),
            crate::tr!(lang, "finding-act-use-recommended"),
            act_outage_notices(c, lang),
            crate::tr!(lang, "finding-act-wait-30-minutes"),
        ],
    )
}

fn network_blocked(c: &FindingCtx, lang: Lang) -> FindingText {
    text(
        crate::tr!(lang, "finding-network-blocked.title"),
        crate::tr!(
            lang,
            "finding-network-blocked.detail",
            count = c.count.unwrap_or(0)
        ),
        vec![
            crate::tr!(lang, "finding-act-check-web-pages"),
            crate::tr!(lang, "finding-act-home-or-mobile"),
            crate::tr!(lang, "finding-act-check-firewall"),
            crate::tr!(
                lang,
                "finding-act-ask-provider-or-admin",
                provider = c.prov(lang)
            ),
        ],
    )
}

fn mailbox_empty_pop(c: &FindingCtx, lang: Lang) -> FindingText {
    let provider = c.prov(lang);
    let forwarding = match &c.management_url {
        Some(url) => crate::tr!(
            lang,
            "finding-act-forwarding-keeps-copy-url",
            provider = provider.as_str(),
            url = url.as_str()
        ),
        None => crate::tr!(
            lang,
            "finding-act-forwarding-keeps-copy",
            provider = provider.as_str()
        ),
    };
    text(
        crate::tr!(lang, "finding-mailbox-empty-pop.title"),
        crate::tr!(lang, "finding-mailbox-empty-pop.detail"),
        vec![
            crate::tr!(lang, "finding-act-list-devices"),
            crate::tr!(
                lang,
                "finding-act-leave-copy",
                days = number_or_none(c.keep_on_server_days),
                provider = provider.as_str()
            ),
            forwarding,
            act_webmail_look(c, lang),
        ],
    )
}

fn quota(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    let (used, limit) = (c.used_bytes.unwrap_or(0), c.limit_bytes.unwrap_or(0));
    let usage = crate::tr!(
        lang,
        "finding-quota-usage",
        percent = number_or_none(c.percent),
        sizes_known = yes(c.used_bytes.is_some() && c.limit_bytes.is_some()),
        used = human_bytes(used),
        limit = human_bytes(limit),
    );
    let (title, detail) = if id == FindingId::QuotaFull {
        (
            crate::tr!(lang, "finding-quota-full.title"),
            crate::tr!(lang, "finding-quota-full.detail", usage = usage),
        )
    } else {
        (
            crate::tr!(lang, "finding-quota-nearly-full.title"),
            crate::tr!(lang, "finding-quota-nearly-full.detail", usage = usage),
        )
    };
    text(
        title,
        detail,
        vec![
            crate::tr!(lang, "finding-act-delete-large-mail"),
            crate::tr!(lang, "finding-act-empty-trash"),
            crate::tr!(lang, "finding-act-local-folders"),
        ],
    )
}

fn junk_has_mail(c: &FindingCtx, lang: Lang) -> FindingText {
    text(
        crate::tr!(
            lang,
            "finding-junk-has-mail.title",
            count = c.count.unwrap_or(0)
        ),
        crate::tr!(lang, "finding-junk-has-mail.detail"),
        vec![
            crate::tr!(lang, "finding-act-open-junk"),
            crate::tr!(lang, "finding-act-not-junk"),
            crate::tr!(lang, "finding-act-allow-sender"),
        ],
    )
}

fn app_password_required(c: &FindingCtx, lang: Lang) -> FindingText {
    let provider = c.prov(lang);
    let said = match &c.server_text {
        Some(s) => crate::tr!(lang, "finding-server-replied", text = s.as_str()),
        None => String::new(),
    };
    let actions = if c.oauth_only {
        vec![
            crate::tr!(lang, "finding-act-oauth-only", provider = provider.as_str()),
            crate::tr!(lang, "finding-act-pick-provider-type"),
            crate::tr!(lang, "finding-act-usual-sign-in"),
        ]
    } else {
        vec![
            match &c.app_password_url {
                Some(url) => crate::tr!(
                    lang,
                    "finding-act-app-password-page-url",
                    url = url.as_str(),
                    provider = provider.as_str()
                ),
                None => crate::tr!(
                    lang,
                    "finding-act-app-password-page",
                    provider = provider.as_str()
                ),
            },
            crate::tr!(lang, "finding-act-create-app-password"),
            crate::tr!(lang, "finding-act-enter-app-password"),
        ]
    };
    text(
        crate::tr!(lang, "finding-app-password-required.title"),
        crate::tr!(
            lang,
            "finding-app-password-required.detail",
            reason = reason_key(c.reason),
            said = said,
            provider = provider.as_str()
        ),
        actions,
    )
}

fn gmail_pop_fetch_ended(c: &FindingCtx, lang: Lang) -> FindingText {
    let provider = c.prov(lang);
    let imap = match c.imap_available {
        Some(b) => yes(b),
        None => "unknown",
    };
    let mut actions = vec![
        match &c.management_url {
            Some(url) => crate::tr!(
                lang,
                "finding-act-gmail-forward-url",
                provider = provider.as_str(),
                url = url.as_str()
            ),
            None => crate::tr!(
                lang,
                "finding-act-gmail-forward",
                provider = provider.as_str()
            ),
        },
        crate::tr!(lang, "finding-act-forward-keep-copy"),
    ];
    if c.imap_available != Some(false) {
        let address = if c.address.is_empty() {
            crate::tr!(lang, "finding-this-address")
        } else {
            c.address.clone()
        };
        actions.push(crate::tr!(
            lang,
            "finding-act-gmail-app-imap",
            address = address
        ));
    }
    actions.push(crate::tr!(lang, "finding-act-gmail-send-as"));
    if c.imap_available != Some(false) {
        actions.push(crate::tr!(lang, "finding-act-not-both"));
    }
    text(
        crate::tr!(lang, "finding-gmail-pop-fetch-ended.title"),
        crate::tr!(
            lang,
            "finding-gmail-pop-fetch-ended.detail",
            provider = provider.as_str(),
            imap = imap
        ),
        actions,
    )
}

fn unverified_settings(c: &FindingCtx, lang: Lang) -> FindingText {
    let reason = reason_key(c.reason);
    let mut v = Vec::new();
    if c.password_name.is_some() || c.password_written_on.is_some() {
        v.push(act_check_sheet(c, lang));
    }
    v.push(crate::tr!(lang, "finding-act-check-again-online"));
    v.push(crate::tr!(lang, "finding-act-send-test-to-yourself"));
    text(
        crate::tr!(lang, "finding-unverified-settings.title", reason = reason),
        crate::tr!(
            lang,
            "finding-unverified-settings.detail",
            reason = reason,
            domain = c.domain.as_str(),
            provider = c.prov(lang)
        ),
        v,
    )
}

/// No working settings for one direction (NoIncoming, NoOutgoing).
fn no_settings(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    let direction = if id == FindingId::NoIncoming {
        "incoming"
    } else {
        "outgoing"
    };
    let detail = crate::tr!(
        lang,
        "finding-no-settings.detail",
        reason = reason_key(c.reason),
        domain = c.domain.as_str(),
        what = crate::tr!(lang, "finding-no-settings.what", direction = direction),
        tried_count = c.tried.len(),
        tried = c.tried.join(&crate::tr!(lang, "finding-tried-separator")),
    );
    let actions = if c.reason == Reason::LoginFailed {
        // Every server answered: the server names are right, only the login is not.
        vec![act_check_sheet(c, lang), act_ask_provider(c, lang)]
    } else {
        vec![
            crate::tr!(lang, "finding-act-other-findings-first"),
            crate::tr!(
                lang,
                "finding-act-check-server-name",
                provider = c.prov(lang),
                direction = direction
            ),
            act_ask_provider(c, lang),
        ]
    };
    text(
        crate::tr!(lang, "finding-no-settings.title", direction = direction),
        detail,
        actions,
    )
}

/// Title, detail and ordered actions of a finding.
pub fn finding(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    use FindingId as F;
    match id {
        // The older login methods (issue 15) have their own module.
        F::ApopLogin => legacy::apop_text(c, lang),
        F::PopBeforeSmtp => legacy::pop_before_smtp_text(c, lang),
        F::AllOk => all_ok(c, lang),
        F::PasswordRejected => password_rejected(c, lang),
        F::UsernameFormat => username_format(c, lang),
        F::ImapNotEnabled => imap_not_enabled(c, lang),
        F::LoginAttemptsCapped => login_attempts_capped(c, lang),
        F::SmtpPort25Blocked => smtp_port25_blocked(c, lang),
        F::StarttlsMissing => starttls_missing(c, lang),
        F::TlsCertificateInvalid => tls_certificate_invalid(c, lang),
        F::TlsIntercepted => tls_intercepted(c, lang),
        F::PlaintextOnly => plaintext_only(c, lang),
        F::ServerUnreachable => server_unreachable(c, lang),
        F::NetworkBlocked => network_blocked(c, lang),
        F::MailboxEmptyPop => mailbox_empty_pop(c, lang),
        F::QuotaNearlyFull | F::QuotaFull => quota(id, c, lang),
        F::JunkHasMail => junk_has_mail(c, lang),
        F::AppPasswordRequired => app_password_required(c, lang),
        F::GmailPopFetchEnded => gmail_pop_fetch_ended(c, lang),
        F::UnverifiedSettings => unverified_settings(c, lang),
        F::NoIncoming | F::NoOutgoing => no_settings(id, c, lang),
        F::Ipv6Broken | F::Offline | F::DnsUnavailable | F::CaptivePortal => {
            network_finding(id, c, lang)
        }
        F::TlsRequired
        | F::LoginTemporarilyFailed
        | F::MailboxInUse
        | F::LoginNotAllowed
        | F::ServerError
        | F::UseStarttls
        | F::SmtpPort25Only => server_said_finding(id, c, lang),
    }
}

/// What the server said, as a sentence to put in a detail (empty when nothing).
fn said(c: &FindingCtx, lang: Lang) -> String {
    match &c.server_text {
        Some(s) if !s.trim().is_empty() => {
            crate::tr!(lang, "finding-server-said", text = s.as_str())
        }
        _ => String::new(),
    }
}

/// The findings that come from what the server said (response codes and capabilities), and
/// the two about ports (STARTTLS on the same port, port 25 only).
fn server_said_finding(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    use FindingId as F;
    let provider = c.prov(lang);
    let servers = c.servers_text(lang);
    let said = said(c, lang);
    let alt = yes(c.alternative_works);
    match id {
        F::TlsRequired => text(
            crate::tr!(lang, "finding-tls-required.title"),
            crate::tr!(
                lang,
                "finding-tls-required.detail",
                servers = servers,
                said = said,
                alt = alt
            ),
            vec![
                crate::tr!(lang, "finding-act-set-encryption-by-port"),
                crate::tr!(lang, "finding-act-no-plaintext-password"),
                act_ask_provider(c, lang),
            ],
        ),
        F::LoginTemporarilyFailed => text(
            crate::tr!(lang, "finding-login-temporarily-failed.title"),
            crate::tr!(
                lang,
                "finding-login-temporarily-failed.detail",
                servers = servers,
                said = said
            ),
            vec![
                crate::tr!(lang, "finding-act-wait-15-minutes"),
                act_outage_notices(c, lang),
                act_ask_provider(c, lang),
            ],
        ),
        F::MailboxInUse => text(
            crate::tr!(lang, "finding-mailbox-in-use.title"),
            crate::tr!(
                lang,
                "finding-mailbox-in-use.detail",
                servers = servers,
                said = said
            ),
            vec![
                crate::tr!(lang, "finding-act-close-other-apps"),
                crate::tr!(lang, "finding-act-check-less-often"),
                crate::tr!(lang, "finding-act-wait-30-minutes-if-still"),
            ],
        ),
        F::LoginNotAllowed => text(
            crate::tr!(lang, "finding-login-not-allowed.title"),
            crate::tr!(
                lang,
                "finding-login-not-allowed.detail",
                servers = servers,
                said = said
            ),
            vec![
                act_webmail(c, lang),
                crate::tr!(lang, "finding-act-check-account-state", provider = provider),
                crate::tr!(lang, "finding-act-expired-password"),
                act_ask_provider(c, lang),
            ],
        ),
        F::ServerError => text(
            crate::tr!(lang, "finding-server-error.title"),
            crate::tr!(
                lang,
                "finding-server-error.detail",
                servers = servers,
                said = said,
                alt = alt
            ),
            vec![
                crate::tr!(lang, "finding-act-wait-30-minutes"),
                act_outage_notices(c, lang),
                crate::tr!(
                    lang,
                    "finding-act-ask-provider-with-reply",
                    provider = provider
                ),
            ],
        ),
        F::UseStarttls => text(
            crate::tr!(lang, "finding-use-starttls.title"),
            crate::tr!(lang, "finding-use-starttls.detail", servers = servers),
            vec![
                crate::tr!(lang, "finding-act-switch-to-starttls"),
                crate::tr!(lang, "finding-act-check-again-encrypted"),
                crate::tr!(lang, "finding-act-use-recommended"),
            ],
        ),
        _ => text(
            crate::tr!(lang, "finding-smtp-port25-only.title"),
            crate::tr!(lang, "finding-smtp-port25-only.detail", servers = servers),
            vec![
                crate::tr!(
                    lang,
                    "finding-act-look-for-submission-port",
                    provider = provider.as_str()
                ),
                crate::tr!(lang, "finding-act-port25-for-now", provider = provider),
            ],
        ),
    }
}

/// The findings about this computer's own network (no mail server is at fault).
fn network_finding(id: FindingId, c: &FindingCtx, lang: Lang) -> FindingText {
    use FindingId as F;
    match id {
        F::Ipv6Broken => text(
            crate::tr!(lang, "finding-ipv6-broken.title"),
            crate::tr!(
                lang,
                "finding-ipv6-broken.detail",
                servers = c.servers_text(lang)
            ),
            vec![
                crate::tr!(lang, "finding-act-restart-router"),
                crate::tr!(lang, "finding-act-tell-isp-ipv6"),
                crate::tr!(lang, "finding-act-ipv6-off"),
            ],
        ),
        F::Offline => text(
            crate::tr!(lang, "finding-offline.title"),
            crate::tr!(lang, "finding-offline.detail"),
            vec![
                crate::tr!(lang, "finding-act-wifi-cable"),
                crate::tr!(lang, "finding-act-router-lights"),
                crate::tr!(lang, "finding-act-check-when-online"),
            ],
        ),
        F::DnsUnavailable => text(
            crate::tr!(lang, "finding-dns-unavailable.title"),
            crate::tr!(lang, "finding-dns-unavailable.detail"),
            vec![
                crate::tr!(lang, "finding-act-web-pages-or-router"),
                crate::tr!(lang, "finding-act-dns-automatic"),
                crate::tr!(lang, "finding-act-vpn-off"),
                crate::tr!(lang, "finding-act-ask-isp"),
            ],
        ),
        _ => text(
            crate::tr!(lang, "finding-captive-portal.title"),
            crate::tr!(lang, "finding-captive-portal.detail"),
            vec![
                crate::tr!(lang, "finding-act-open-sign-in-page"),
                crate::tr!(lang, "finding-act-check-again"),
                crate::tr!(lang, "finding-act-other-network"),
            ],
        ),
    }
}
