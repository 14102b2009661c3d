//! What to do, per situation: the new-device checklist, POP or IMAP from three questions, and the
//! ordered step lists for "can't receive", "can't send" and "read it in Gmail" that complement the
//! findings (the findings say what the check found; these steps say what a person checks by
//! hand, in the order a careful support engineer would).
//!
//! Pure: no I/O.

use crate::guide::{self, ClientId, FieldId, GuideInput, LangText};
use crate::model::{FindingId, Protocol, Recommended, Report, Situation};
use serde::{Deserialize, Serialize};

/// Provider facts and settings the steps mention.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SituationContext {
    pub address: String,
    pub provider_id: Option<String>,
    pub provider_name: Option<LangText>,
    pub password_name: Option<LangText>,
    /// Where the person finds the mail password (provider data).
    #[serde(default)]
    pub password_written_on: Option<LangText>,
    pub webmail_url: Option<String>,
    pub management_url: Option<String>,
    pub password_reset_url: Option<String>,
    pub keep_on_server_days: Option<u32>,
    /// IMAP needs a (paid) option at this provider.
    pub imap_paid_option: bool,
    pub recommended: Recommended,
}

impl SituationContext {
    /// What is known before any check: the address and the bundled provider facts.
    pub fn for_address(address: &str) -> SituationContext {
        SituationContext::build(
            address,
            guide::provider_for(address),
            None,
            Recommended::default(),
        )
    }

    pub fn from_report(r: &Report) -> SituationContext {
        SituationContext::build(
            &r.address,
            guide::provider_of_report(r),
            r.provider.as_ref().map(|p| p.id.clone()),
            r.recommended.clone(),
        )
    }

    fn build(
        address: &str,
        p: Option<&crate::provider::Provider>,
        report_provider_id: Option<String>,
        recommended: Recommended,
    ) -> SituationContext {
        let domain = address
            .rsplit_once('@')
            .map(|(_, d)| d.to_ascii_lowercase())
            .unwrap_or_default();
        SituationContext {
            address: address.to_string(),
            provider_id: report_provider_id.or_else(|| p.map(|p| p.id.clone())),
            provider_name: p.map(|p| guide::text_of(&p.name)),
            password_name: p
                .and_then(|p| p.password_for(&domain).map(|pw| guide::text_of(&pw.name))),
            password_written_on: p.and_then(|p| {
                p.password_for(&domain)
                    .and_then(|pw| pw.written_on.as_ref().map(guide::text_of))
            }),
            webmail_url: p.and_then(|p| p.webmail_url().map(str::to_string)),
            management_url: p.and_then(|p| p.management_url_for(&domain).map(str::to_string)),
            password_reset_url: p.and_then(|p| p.password_reset_url().map(str::to_string)),
            keep_on_server_days: p.and_then(|p| p.keep_on_server_days()),
            imap_paid_option: p.map(|p| p.imap_is_paid_option()).unwrap_or(false),
            recommended,
        }
    }

    /// iTSCOM addresses (the seed manual describes their management page's screens).
    fn is_itscom(&self) -> bool {
        self.provider_id.as_deref() == Some("itscom")
    }

    /// The provider's management page for this address (from the bundled data).
    fn management(&self) -> Option<String> {
        self.management_url.clone()
    }

    pub fn keep_days(&self) -> u32 {
        self.keep_on_server_days.unwrap_or(guide::DEFAULT_KEEP_DAYS)
    }
}

/// Step ids (JSON, UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    HaveAddress,
    HavePassword,
    CheckOldDevice,
    SaveOldPopMail,
    ChooseProtocol,
    TestAfterSetup,
    WebmailFirst,
    PasswordAndLock,
    Quota,
    JunkFolder,
    OtherDevicePop,
    PhoneSyncPeriod,
    ProviderFilters,
    PortSecurity,
    Port25Blocked,
    OutgoingAuth,
    SecuritySoftware,
    OtherNetwork,
    MacOtherSmtp,
    GmailPopEnded,
    GmailForwarding,
    GmailAppImap,
    GmailSendAs,
    GmailDuplicatesLoops,
    GmailSpamFolder,
}

/// One thing to check or do, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: StepId,
    pub text: LangText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Fields in the mail app this step is about.
    #[serde(default)]
    pub fields: Vec<FieldId>,
    /// Findings this step helps with.
    #[serde(default)]
    pub findings: Vec<FindingId>,
}

fn step(id: StepId, text: LangText) -> Step {
    Step {
        id,
        text,
        link: None,
        fields: Vec::new(),
        findings: Vec::new(),
    }
}

impl Step {
    fn link(mut self, l: Option<String>) -> Step {
        self.link = l;
        self
    }
    fn fields(mut self, f: &[FieldId]) -> Step {
        self.fields = f.to_vec();
        self
    }
    fn findings(mut self, f: &[FindingId]) -> Step {
        self.findings = f.to_vec();
        self
    }
}

/// The ordered steps for a situation.
pub fn steps(situation: Situation, ctx: &SituationContext) -> Vec<Step> {
    match situation {
        Situation::NewDevice => new_device_checklist(ctx),
        Situation::CantReceive => cant_receive(ctx),
        Situation::CantSend => cant_send(ctx),
        Situation::Gmail => gmail(ctx),
    }
}

/// What to have ready before setting up a new PC or phone.
pub fn new_device_checklist(ctx: &SituationContext) -> Vec<Step> {
    let pname = match &ctx.password_name {
        Some(n) => crate::ltr!("situation-password-name-in-brackets", password_name = &n),
        None => LangText::default(),
    };
    let where_ = match &ctx.password_written_on {
        Some(w) => w.clone(),
        None => crate::ltr!("situation-password-where-unknown"),
    };
    vec![
        step(
            StepId::HaveAddress,
            crate::ltr!("situation-step-have-address", address = &ctx.address),
        )
        .fields(&[FieldId::EmailAddress]),
        step(
            StepId::HavePassword,
            crate::ltr!(
                "situation-step-have-password",
                password_name_text = &pname,
                where_written = &where_
            ),
        )
        .link(ctx.password_reset_url.clone())
        .fields(&[FieldId::Password])
        .findings(&[FindingId::PasswordRejected, FindingId::AppPasswordRequired]),
        step(
            StepId::CheckOldDevice,
            crate::ltr!("situation-step-check-old-device"),
        )
        .fields(&[FieldId::AccountType]),
        step(
            StepId::SaveOldPopMail,
            crate::ltr!("situation-step-save-old-pop-mail"),
        )
        .findings(&[FindingId::MailboxEmptyPop]),
        step(
            StepId::ChooseProtocol,
            crate::ltr!("situation-step-choose-protocol"),
        )
        .fields(&[
            FieldId::AccountType,
            FieldId::LeaveOnServer,
            FieldId::DeleteAfterDays,
        ])
        .findings(&[FindingId::ImapNotEnabled]),
        step(
            StepId::TestAfterSetup,
            crate::ltr!("situation-step-test-after-setup"),
        ),
    ]
}

fn cant_receive(ctx: &SituationContext) -> Vec<Step> {
    let webmail = match &ctx.webmail_url {
        Some(u) => crate::ltr!("situation-url-in-brackets", url = &u),
        None => LangText::default(),
    };
    let filters = if ctx.is_itscom() && ctx.management().is_some() {
        let url = ctx.management();
        let where_ = match &url {
            Some(u) => crate::ltr!("situation-url-in-brackets", url = &u),
            None => LangText::default(),
        };
        crate::ltr!("situation-step-provider-filters-itscom", url_text = &where_)
    } else {
        crate::ltr!("situation-step-provider-filters")
    };
    vec![
        step(
            StepId::WebmailFirst,
            crate::ltr!("situation-step-webmail-first", url_text = &webmail),
        )
        .link(ctx.webmail_url.clone())
        .findings(&[
            FindingId::PasswordRejected,
            FindingId::MailboxEmptyPop,
            FindingId::AllOk,
        ]),
        step(
            StepId::PasswordAndLock,
            crate::ltr!("situation-step-password-and-lock"),
        )
        .link(ctx.password_reset_url.clone())
        .fields(&[FieldId::Password, FieldId::IncomingPassword])
        .findings(&[
            FindingId::PasswordRejected,
            FindingId::LoginAttemptsCapped,
            FindingId::UsernameFormat,
        ]),
        step(StepId::Quota, crate::ltr!("situation-step-quota"))
            .link(ctx.webmail_url.clone())
            .fields(&[FieldId::DeleteAfterDays])
            .findings(&[FindingId::QuotaFull, FindingId::QuotaNearlyFull]),
        step(
            StepId::JunkFolder,
            crate::ltr!("situation-step-junk-folder"),
        )
        .findings(&[FindingId::JunkHasMail]),
        step(
            StepId::OtherDevicePop,
            crate::ltr!("situation-step-other-device-pop"),
        )
        .fields(&[
            FieldId::LeaveOnServer,
            FieldId::DeleteAfterDays,
            FieldId::DeleteFromServer,
        ])
        .findings(&[FindingId::MailboxEmptyPop]),
        step(
            StepId::PhoneSyncPeriod,
            crate::ltr!("situation-step-phone-sync-period"),
        )
        .fields(&[FieldId::SyncPeriod]),
        step(StepId::ProviderFilters, filters)
            .link(ctx.management())
            .fields(&[FieldId::ForwardKeepCopy])
            .findings(&[FindingId::MailboxEmptyPop, FindingId::JunkHasMail]),
    ]
}

fn cant_send(ctx: &SituationContext) -> Vec<Step> {
    let rec = ctx.recommended.outgoing.as_ref();
    let want = match rec {
        Some(o) => {
            let s = guide::security_name(o.security);
            crate::ltr!(
                "situation-cant-send-recommended-outgoing",
                host = &o.host,
                port = &o.port,
                security = &s
            )
        }
        None => LangText::default(),
    };
    // The management page's steps come from the manual for ms246.net / mgl.246.ne.jp only; other
    // iTSCOM addresses (itscom.net…) switch overseas sending on in マイページ (iTSCOM's notice of
    // 2020-01-14).
    let sending_abroad = match (ctx.is_itscom(), ctx.management()) {
        (true, None) => "my-page",
        (true, Some(_)) => "management-page",
        (false, _) => "other",
    };
    let url_text = match ctx.management() {
        Some(u) => crate::ltr!("situation-url-in-brackets", url = &u),
        None => LangText::default(),
    };
    let abroad = crate::ltr!(
        "situation-step-other-network",
        sending_abroad = sending_abroad,
        url_text = &url_text,
    );
    vec![
        step(
            StepId::PortSecurity,
            crate::ltr!("situation-step-port-security", recommendation = &want),
        )
        .fields(&[FieldId::OutgoingPort, FieldId::OutgoingSecurity])
        .findings(&[
            FindingId::StarttlsMissing,
            FindingId::PlaintextOnly,
            FindingId::NoOutgoing,
        ]),
        step(
            StepId::Port25Blocked,
            crate::ltr!("situation-step-port25-blocked"),
        )
        .fields(&[FieldId::OutgoingPort])
        .findings(&[FindingId::SmtpPort25Blocked, FindingId::NetworkBlocked]),
        step(
            StepId::OutgoingAuth,
            crate::ltr!("situation-step-outgoing-auth"),
        )
        .fields(&[
            FieldId::OutgoingAuthRequired,
            FieldId::OutgoingSameAsIncoming,
            FieldId::OutgoingUsername,
            FieldId::OutgoingPassword,
        ])
        .findings(&[FindingId::PasswordRejected, FindingId::UsernameFormat]),
        step(
            StepId::SecuritySoftware,
            crate::ltr!("situation-step-security-software"),
        )
        .findings(&[FindingId::TlsIntercepted, FindingId::TlsCertificateInvalid]),
        step(StepId::OtherNetwork, abroad)
            .link(if ctx.is_itscom() {
                ctx.management()
            } else {
                None
            })
            .findings(&[FindingId::NetworkBlocked, FindingId::ServerUnreachable]),
        step(
            StepId::MacOtherSmtp,
            crate::ltr!("situation-step-mac-other-smtp"),
        )
        .fields(&[FieldId::OutgoingServerChoice]),
    ]
}

fn gmail(ctx: &SituationContext) -> Vec<Step> {
    let out = ctx.recommended.outgoing.as_ref();
    let send_as = match out {
        Some(o) => crate::ltr!(
            "situation-step-gmail-send-as-server",
            host = &o.host,
            port = &o.port
        ),
        None => crate::ltr!("situation-step-gmail-send-as"),
    };
    vec![
        step(
            StepId::GmailPopEnded,
            crate::ltr!("situation-step-gmail-pop-ended"),
        )
        .findings(&[FindingId::GmailPopFetchEnded]),
        step(
            StepId::GmailForwarding,
            crate::ltr!("situation-step-gmail-forwarding"),
        )
        .link(ctx.management())
        .fields(&[FieldId::ForwardTo, FieldId::ForwardKeepCopy])
        .findings(&[FindingId::GmailPopFetchEnded]),
        step(
            StepId::GmailAppImap,
            crate::ltr!("situation-step-gmail-app-imap"),
        )
        .fields(&[FieldId::AccountType])
        .findings(&[FindingId::GmailPopFetchEnded, FindingId::ImapNotEnabled]),
        step(StepId::GmailSendAs, send_as)
            .fields(&[
                FieldId::OutgoingHost,
                FieldId::OutgoingPort,
                FieldId::OutgoingSecurity,
                FieldId::OutgoingUsername,
            ])
            .findings(&[FindingId::NoOutgoing, FindingId::SmtpPort25Blocked]),
        step(
            StepId::GmailDuplicatesLoops,
            crate::ltr!("situation-step-gmail-duplicates-loops"),
        ),
        step(
            StepId::GmailSpamFolder,
            crate::ltr!("situation-step-gmail-spam-folder"),
        )
        .findings(&[FindingId::JunkHasMail]),
    ]
}

// ---- POP or IMAP ------------------------------------------------------------------------------

/// Where the person wants to manage the mail.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ManageWhere {
    /// On one computer, which keeps the mail.
    OnePc,
    /// On the server, the same on every device.
    Anywhere,
    NotSure,
}

/// The three questions.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questions {
    /// How many devices read this mail (computers, phones, tablets).
    pub devices: u32,
    /// Must one computer keep every message?
    pub keep_all_on_one_pc: bool,
    pub manage: ManageWhere,
}

/// The answer: which protocol, and how POP keeps mail on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolAdvice {
    pub protocol: Protocol,
    /// POP: days the main computer keeps mail on the server before removing it.
    pub keep_on_server_days: Option<u32>,
    /// True when the days come from the provider (else the common default).
    pub days_from_provider: bool,
    /// POP: phones and other devices never delete from the server.
    pub others_never_delete: bool,
    pub reasons: Vec<LangText>,
    pub cautions: Vec<LangText>,
}

/// Chooses POP or IMAP from the three answers and the provider's facts.
pub fn choose_protocol(q: &Questions, ctx: &SituationContext) -> ProtocolAdvice {
    let days = ctx.keep_days();
    let from_provider = ctx.keep_on_server_days.is_some();
    let several = q.devices >= 2;
    let imap = if q.keep_all_on_one_pc {
        false
    } else if several {
        true
    } else {
        q.manage == ManageWhere::Anywhere
    };
    let mut reasons = Vec::new();
    let mut cautions = Vec::new();
    if imap {
        reasons.push(crate::ltr!(
            "situation-choose-protocol-imap-reason",
            devices = if several { "several" } else { "one" },
        ));
        cautions.push(crate::ltr!(
            "situation-choose-protocol-with-imap-mail-piles-up"
        ));
        cautions.push(crate::ltr!(
            "situation-choose-protocol-deleting-on-one-device-deletes"
        ));
        if ctx.imap_paid_option {
            cautions.push(crate::ltr!(
                "situation-choose-protocol-this-provider-needs-a-separate"
            ));
        }
        if several {
            cautions.push(crate::ltr!(
                "situation-choose-protocol-use-imap-on-every-device"
            ));
        }
        ProtocolAdvice {
            protocol: Protocol::Imap,
            keep_on_server_days: None,
            days_from_provider: from_provider,
            others_never_delete: false,
            reasons,
            cautions,
        }
    } else {
        reasons.push(crate::ltr!(
            "situation-choose-protocol-pop-reason",
            why = if q.keep_all_on_one_pc {
                "keep-all"
            } else {
                "one-device"
            },
        ));
        reasons.push(crate::ltr!(
            "situation-choose-protocol-leave-mail-on-the-server",
            days_from = if from_provider { "provider" } else { "default" },
            days = days,
        ));
        if several {
            cautions.push(crate::ltr!(
                "situation-choose-protocol-set-the-other-devices-phones",
                days = &days
            ));
        }
        cautions.push(crate::ltr!(
            "situation-choose-protocol-with-pop-the-mail-lives"
        ));
        ProtocolAdvice {
            protocol: Protocol::Pop3,
            keep_on_server_days: Some(days),
            days_from_provider: from_provider,
            others_never_delete: several,
            reasons,
            cautions,
        }
    }
}

// ---- Findings → where to act in the app --------------------------------------------------------

/// The app fields a finding is about (empty when nothing in the app needs to change).
pub fn fix_fields(finding: FindingId) -> &'static [FieldId] {
    use FieldId as F;
    match finding {
        FindingId::AllOk => &[],
        FindingId::PasswordRejected => &[F::Password, F::IncomingPassword, F::OutgoingPassword],
        FindingId::UsernameFormat => &[F::IncomingUsername, F::OutgoingUsername],
        FindingId::ImapNotEnabled => &[F::AccountType],
        FindingId::SmtpPort25Blocked => &[F::OutgoingPort, F::OutgoingSecurity],
        FindingId::StarttlsMissing => &[
            F::IncomingPort,
            F::IncomingSecurity,
            F::OutgoingPort,
            F::OutgoingSecurity,
        ],
        FindingId::TlsCertificateInvalid => &[F::IncomingHost, F::OutgoingHost],
        FindingId::TlsIntercepted => &[],
        FindingId::ServerUnreachable => &[F::IncomingHost, F::OutgoingHost],
        FindingId::NetworkBlocked => &[F::IncomingPort, F::OutgoingPort],
        FindingId::MailboxEmptyPop => &[F::LeaveOnServer, F::DeleteAfterDays, F::DeleteFromServer],
        FindingId::QuotaNearlyFull | FindingId::QuotaFull => &[F::DeleteAfterDays],
        FindingId::JunkHasMail => &[],
        FindingId::AppPasswordRequired => &[F::Password],
        FindingId::GmailPopFetchEnded => &[F::ForwardTo, F::ForwardKeepCopy],
        FindingId::PlaintextOnly => &[F::IncomingSecurity, F::OutgoingSecurity],
        FindingId::UnverifiedSettings => &[],
        FindingId::NoIncoming => &[F::IncomingHost],
        FindingId::NoOutgoing => &[F::OutgoingHost],
        FindingId::LoginAttemptsCapped => &[F::Password],
        FindingId::TlsRequired | FindingId::UseStarttls => &[
            F::IncomingPort,
            F::IncomingSecurity,
            F::OutgoingPort,
            F::OutgoingSecurity,
        ],
        FindingId::LoginTemporarilyFailed
        | FindingId::MailboxInUse
        | FindingId::LoginNotAllowed
        | FindingId::ServerError => &[],
        FindingId::SmtpPort25Only => &[F::OutgoingPort, F::OutgoingSecurity],
        FindingId::Ipv6Broken
        | FindingId::Offline
        | FindingId::DnsUnavailable
        | FindingId::CaptivePortal => &[],
        FindingId::ApopLogin => &[],
        FindingId::PopBeforeSmtp => &[F::OutgoingAuthRequired],
    }
}

/// What to do first in the app for a finding (the finding's own text explains the cause).
pub fn first_move(finding: FindingId) -> LangText {
    match finding {
        FindingId::AllOk => crate::ltr!("situation-first-move-all-ok"),
        FindingId::PasswordRejected => crate::ltr!("situation-first-move-password-rejected"),
        FindingId::UsernameFormat => crate::ltr!("situation-first-move-username-format"),
        FindingId::ImapNotEnabled => crate::ltr!("situation-first-move-imap-not-enabled"),
        FindingId::SmtpPort25Blocked => crate::ltr!("situation-first-move-smtp-port25-blocked"),
        FindingId::StarttlsMissing => crate::ltr!("situation-first-move-starttls-missing"),
        FindingId::TlsCertificateInvalid => {
            crate::ltr!("situation-first-move-tls-certificate-invalid")
        }
        FindingId::TlsIntercepted => crate::ltr!("situation-first-move-tls-intercepted"),
        FindingId::ServerUnreachable => crate::ltr!("situation-first-move-server-unreachable"),
        FindingId::NetworkBlocked => crate::ltr!("situation-first-move-network-blocked"),
        FindingId::MailboxEmptyPop => crate::ltr!("situation-first-move-mailbox-empty-pop"),
        FindingId::QuotaNearlyFull | FindingId::QuotaFull => {
            crate::ltr!("situation-first-move-quota-nearly-full")
        }
        FindingId::JunkHasMail => crate::ltr!("situation-first-move-junk-has-mail"),
        FindingId::AppPasswordRequired => crate::ltr!("situation-first-move-app-password-required"),
        FindingId::GmailPopFetchEnded => crate::ltr!("situation-first-move-gmail-pop-fetch-ended"),
        FindingId::PlaintextOnly => crate::ltr!("situation-first-move-plaintext-only"),
        FindingId::UnverifiedSettings => crate::ltr!("situation-first-move-unverified-settings"),
        FindingId::NoIncoming => crate::ltr!("situation-first-move-no-incoming"),
        FindingId::NoOutgoing => crate::ltr!("situation-first-move-no-outgoing"),
        FindingId::LoginAttemptsCapped => crate::ltr!("situation-first-move-login-attempts-capped"),
        FindingId::TlsRequired => crate::ltr!("situation-first-move-tls-required"),
        FindingId::LoginTemporarilyFailed => {
            crate::ltr!("situation-first-move-login-temporarily-failed")
        }
        FindingId::MailboxInUse => crate::ltr!("situation-first-move-mailbox-in-use"),
        FindingId::LoginNotAllowed => crate::ltr!("situation-first-move-login-not-allowed"),
        FindingId::ServerError => crate::ltr!("situation-first-move-server-error"),
        FindingId::UseStarttls => crate::ltr!("situation-first-move-use-starttls"),
        FindingId::SmtpPort25Only => crate::ltr!("situation-first-move-smtp-port25-only"),
        FindingId::Ipv6Broken => crate::ltr!("situation-first-move-ipv6-broken"),
        FindingId::Offline => crate::ltr!("situation-first-move-offline"),
        FindingId::DnsUnavailable => crate::ltr!("situation-first-move-dns-unavailable"),
        FindingId::CaptivePortal => crate::ltr!("situation-first-move-captive-portal"),
        FindingId::ApopLogin => crate::ltr!("situation-first-move-apop-login"),
        FindingId::PopBeforeSmtp => crate::ltr!("situation-first-move-pop-before-smtp"),
    }
}

/// Where a field is in one app, and what to put there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldPointer {
    pub field: FieldId,
    pub screen: LangText,
    pub label: LangText,
    pub value: LangText,
}

/// For one finding in one situation: what to do first, which fields of the app, which steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    pub situation: Situation,
    pub finding: FindingId,
    pub first: LangText,
    pub fields: Vec<FieldPointer>,
    pub steps: Vec<Step>,
}

/// Advice for a finding, pointing into the guide of `client` when one can be written.
pub fn advise(
    situation: Situation,
    finding: FindingId,
    client: Option<ClientId>,
    ctx: &SituationContext,
    input: &GuideInput,
) -> Advice {
    let mut fields = Vec::new();
    if let Some(c) = client {
        if let Ok(g) = guide::build(c, input) {
            for id in fix_fields(finding) {
                if let Some((sc, fl)) = g.find(*id) {
                    fields.push(FieldPointer {
                        field: *id,
                        screen: sc.title.clone(),
                        label: fl.label.clone(),
                        value: fl.value.clone(),
                    });
                }
            }
        }
    }
    let steps = steps(situation, ctx)
        .into_iter()
        .filter(|s| s.findings.contains(&finding))
        .collect();
    Advice {
        situation,
        finding,
        first: first_move(finding),
        fields,
        steps,
    }
}

/// Readable text of the steps of a situation.
pub fn render_text(steps: &[Step], lang: crate::model::Lang) -> String {
    let mut s = String::new();
    for (i, st) in steps.iter().enumerate() {
        s.push_str(&format!("{}. {}\n", i + 1, st.text.get(lang)));
        if let Some(l) = &st.link {
            s.push_str(&format!("   {l}\n"));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_any_check_the_context_has_the_bundled_provider_facts() {
        let p = guide::provider_for("yamada@ms246.net").expect("bundled provider");
        let c = SituationContext::for_address("yamada@ms246.net");
        assert_eq!(c.provider_id.as_deref(), Some(p.id.as_str()));
        assert_eq!(c.keep_on_server_days, p.keep_on_server_days());
        assert_eq!(c.imap_paid_option, p.imap_is_paid_option());
        assert!(c.provider_name.is_some());
        assert!(c.recommended.incoming.is_none());
        let u = SituationContext::for_address("taro@unknown-isp.invalid");
        assert_eq!(u.provider_id, None);
        assert_eq!(u.keep_days(), guide::DEFAULT_KEEP_DAYS);
    }
}
