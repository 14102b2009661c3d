//! Field-by-field guides for each mail app: ordered screens → fields, with the label exactly as
//! the app shows it (ja and en), the value to enter and why, when it is not obvious.
//!
//! Pure: no I/O. Labels come from `shared/reference/client-screens.md`; where that reference
//! marks a label UNCONFIRMED, the field says so in `review` (maintainers only) and has
//! `confirmed: false`; `note` holds only what helps the person.
//! The values come from the recommended settings of a report (or from bundled data when no
//! live check ran: then `Guide::verified` is false and the guide says so first).

/// `ltr!("guide-id")` or `ltr!("guide-id", name = value, …)`: a catalogue message in both
/// languages, as a [`LangText`]. Each value is evaluated once; a [`LangText`] value gives each
/// language its own words, text and numbers are the same in both (see [`GuideArg`]).
#[macro_export]
macro_rules! ltr {
    ($id:literal) => {
        $crate::guide::LangText::new(
            $crate::catalogue::msg($crate::model::Lang::Ja, $id, None),
            $crate::catalogue::msg($crate::model::Lang::En, $id, None),
        )
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut ja = $crate::catalogue::FluentArgs::new();
        let mut en = $crate::catalogue::FluentArgs::new();
        $({
            let v = $v;
            ja.set(stringify!($k), $crate::guide::GuideArg::in_lang(&v, $crate::model::Lang::Ja));
            en.set(stringify!($k), $crate::guide::GuideArg::in_lang(&v, $crate::model::Lang::En));
        })+
        $crate::guide::LangText::new(
            $crate::catalogue::msg($crate::model::Lang::Ja, $id, Some(&ja)),
            $crate::catalogue::msg($crate::model::Lang::En, $id, Some(&en)),
        )
    }};
}

mod clients;

/// A value given to a catalogue message by [`ltr!`]: a [`LangText`] in the message's language,
/// anything else as its text (numbers as plain digits, as `format!` wrote them).
pub trait GuideArg {
    fn in_lang(&self, lang: Lang) -> fluent_bundle::FluentValue<'static>;
}
impl GuideArg for LangText {
    fn in_lang(&self, lang: Lang) -> fluent_bundle::FluentValue<'static> {
        self.get(lang).to_string().into()
    }
}
impl GuideArg for str {
    fn in_lang(&self, _: Lang) -> fluent_bundle::FluentValue<'static> {
        self.to_string().into()
    }
}
impl GuideArg for String {
    fn in_lang(&self, _: Lang) -> fluent_bundle::FluentValue<'static> {
        self.clone().into()
    }
}
macro_rules! number_arg {
    ($($t:ty),+) => {$(
        impl GuideArg for $t {
            fn in_lang(&self, _: Lang) -> fluent_bundle::FluentValue<'static> {
                self.to_string().into()
            }
        }
    )+};
}
number_arg!(u16, u32, u64, usize);
impl<T: GuideArg + ?Sized> GuideArg for &T {
    fn in_lang(&self, lang: Lang) -> fluent_bundle::FluentValue<'static> {
        (**self).in_lang(lang)
    }
}

use crate::model::{
    Authentication, Lang, Outcome, Protocol, Recommended, Report, Security, ServerSettings,
};
use serde::{Deserialize, Serialize};

/// A sentence or label in both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LangText {
    pub ja: String,
    pub en: String,
}

impl LangText {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Self {
        LangText {
            ja: ja.into(),
            en: en.into(),
        }
    }
    /// The same text in both languages (host names, port numbers…).
    pub fn same(s: impl Into<String>) -> Self {
        let s = s.into();
        LangText {
            ja: s.clone(),
            en: s,
        }
    }
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// The mail apps we write guides for (CLI `--client`, JSON, UI).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientId {
    OutlookNew,
    OutlookClassic,
    WindowsMail,
    MacMail,
    Iphone,
    AndroidGmail,
    GmailWeb,
    Thunderbird,
}

impl ClientId {
    pub const ALL: [ClientId; 8] = [
        ClientId::OutlookNew,
        ClientId::OutlookClassic,
        ClientId::WindowsMail,
        ClientId::MacMail,
        ClientId::Iphone,
        ClientId::AndroidGmail,
        ClientId::GmailWeb,
        ClientId::Thunderbird,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ClientId::OutlookNew => "outlook-new",
            ClientId::OutlookClassic => "outlook-classic",
            ClientId::WindowsMail => "windows-mail",
            ClientId::MacMail => "mac-mail",
            ClientId::Iphone => "iphone",
            ClientId::AndroidGmail => "android-gmail",
            ClientId::GmailWeb => "gmail-web",
            ClientId::Thunderbird => "thunderbird",
        }
    }
    pub fn parse(s: &str) -> Option<ClientId> {
        ClientId::ALL.into_iter().find(|c| c.as_str() == s)
    }
    /// The app's name as people know it.
    pub fn name(self) -> LangText {
        match self {
            ClientId::OutlookNew => crate::ltr!("guide-app-outlook-new"),
            ClientId::OutlookClassic => crate::ltr!("guide-app-outlook-classic"),
            ClientId::WindowsMail => crate::ltr!("guide-app-windows-mail"),
            ClientId::MacMail => crate::ltr!("guide-app-mac-mail"),
            ClientId::Iphone => crate::ltr!("guide-app-iphone"),
            ClientId::AndroidGmail => crate::ltr!("guide-app-android-gmail"),
            ClientId::GmailWeb => crate::ltr!("guide-app-gmail-web"),
            ClientId::Thunderbird => crate::ltr!("guide-app-thunderbird"),
        }
    }
    /// Apps that only have an "SSL on/off" switch: the mode follows the port.
    pub fn has_ssl_switch_only(self) -> bool {
        matches!(
            self,
            ClientId::MacMail | ClientId::Iphone | ClientId::WindowsMail
        )
    }
}

/// What a field is, whatever the app calls it (JSON, UI, compare, tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldId {
    EmailAddress,
    DisplayName,
    Password,
    Description,
    ManualSetup,
    AccountType,
    ShowMore,
    UseRecommended,
    IncomingHost,
    IncomingPort,
    IncomingSecurity,
    IncomingUsername,
    IncomingPassword,
    IncomingAuth,
    IncomingSpa,
    ManageAutomatically,
    OutgoingHost,
    OutgoingPort,
    OutgoingSecurity,
    OutgoingUsername,
    OutgoingPassword,
    OutgoingAuthRequired,
    OutgoingSameAsIncoming,
    OutgoingAuth,
    OutgoingSpa,
    OutgoingManageAutomatically,
    OutgoingServerChoice,
    LeaveOnServer,
    DeleteAfterDays,
    DeleteFromServer,
    SyncPeriod,
    TreatAsAlias,
    ConfirmationCode,
    ForwardTo,
    ForwardKeepCopy,
}

impl FieldId {
    pub const ALL: [FieldId; 35] = [
        FieldId::EmailAddress,
        FieldId::DisplayName,
        FieldId::Password,
        FieldId::Description,
        FieldId::ManualSetup,
        FieldId::AccountType,
        FieldId::ShowMore,
        FieldId::UseRecommended,
        FieldId::IncomingHost,
        FieldId::IncomingPort,
        FieldId::IncomingSecurity,
        FieldId::IncomingUsername,
        FieldId::IncomingPassword,
        FieldId::IncomingAuth,
        FieldId::IncomingSpa,
        FieldId::ManageAutomatically,
        FieldId::OutgoingHost,
        FieldId::OutgoingPort,
        FieldId::OutgoingSecurity,
        FieldId::OutgoingUsername,
        FieldId::OutgoingPassword,
        FieldId::OutgoingAuthRequired,
        FieldId::OutgoingSameAsIncoming,
        FieldId::OutgoingAuth,
        FieldId::OutgoingSpa,
        FieldId::OutgoingManageAutomatically,
        FieldId::OutgoingServerChoice,
        FieldId::LeaveOnServer,
        FieldId::DeleteAfterDays,
        FieldId::DeleteFromServer,
        FieldId::SyncPeriod,
        FieldId::TreatAsAlias,
        FieldId::ConfirmationCode,
        FieldId::ForwardTo,
        FieldId::ForwardKeepCopy,
    ];

    /// A plain, app-independent name of the field (used when comparing and in summaries).
    pub fn name(self) -> LangText {
        match self {
            FieldId::EmailAddress => crate::ltr!("guide-field-email-address"),
            FieldId::DisplayName => crate::ltr!("guide-field-display-name"),
            FieldId::Password => crate::ltr!("guide-field-password"),
            FieldId::Description => crate::ltr!("guide-field-description"),
            FieldId::ManualSetup => crate::ltr!("guide-field-manual-setup"),
            FieldId::AccountType => crate::ltr!("guide-field-account-type"),
            FieldId::ShowMore => crate::ltr!("guide-field-show-more"),
            FieldId::UseRecommended => crate::ltr!("guide-field-use-recommended"),
            FieldId::IncomingHost => crate::ltr!("guide-field-incoming-host"),
            FieldId::IncomingPort => crate::ltr!("guide-field-incoming-port"),
            FieldId::IncomingSecurity => crate::ltr!("guide-field-incoming-security"),
            FieldId::IncomingUsername => crate::ltr!("guide-field-incoming-username"),
            FieldId::IncomingPassword => crate::ltr!("guide-field-incoming-password"),
            FieldId::IncomingAuth => crate::ltr!("guide-field-incoming-auth"),
            FieldId::IncomingSpa => crate::ltr!("guide-field-incoming-spa"),
            FieldId::ManageAutomatically => crate::ltr!("guide-field-manage-automatically"),
            FieldId::OutgoingHost => crate::ltr!("guide-field-outgoing-host"),
            FieldId::OutgoingPort => crate::ltr!("guide-field-outgoing-port"),
            FieldId::OutgoingSecurity => crate::ltr!("guide-field-outgoing-security"),
            FieldId::OutgoingUsername => crate::ltr!("guide-field-outgoing-username"),
            FieldId::OutgoingPassword => crate::ltr!("guide-field-outgoing-password"),
            FieldId::OutgoingAuthRequired => crate::ltr!("guide-field-outgoing-auth-required"),
            FieldId::OutgoingSameAsIncoming => crate::ltr!("guide-field-outgoing-same-as-incoming"),
            FieldId::OutgoingAuth => crate::ltr!("guide-field-outgoing-auth"),
            FieldId::OutgoingSpa => crate::ltr!("guide-field-outgoing-spa"),
            FieldId::OutgoingManageAutomatically => {
                crate::ltr!("guide-field-outgoing-manage-automatically")
            }
            FieldId::OutgoingServerChoice => crate::ltr!("guide-field-outgoing-server-choice"),
            FieldId::LeaveOnServer => crate::ltr!("guide-field-leave-on-server"),
            FieldId::DeleteAfterDays => crate::ltr!("guide-field-delete-after-days"),
            FieldId::DeleteFromServer => crate::ltr!("guide-field-delete-from-server"),
            FieldId::SyncPeriod => crate::ltr!("guide-field-sync-period"),
            FieldId::TreatAsAlias => crate::ltr!("guide-field-treat-as-alias"),
            FieldId::ConfirmationCode => crate::ltr!("guide-field-confirmation-code"),
            FieldId::ForwardTo => crate::ltr!("guide-field-forward-to"),
            FieldId::ForwardKeepCopy => crate::ltr!("guide-field-forward-keep-copy"),
        }
    }
}

/// One thing to look at or type on a screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub id: FieldId,
    /// The label exactly as the app shows it.
    pub label: LangText,
    /// What to enter or choose.
    pub value: LangText,
    /// Why, when it is not obvious.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<LangText>,
    /// Caveats, e.g. a label not confirmed on a real device.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<LangText>,
    /// What is not confirmed about this label, for maintainers (never shown in the wizard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<LangText>,
    /// False when the reference marks the label UNCONFIRMED (`review` says what).
    pub confirmed: bool,
}

/// One screen (or dialog, or tab) of the app, in the order the person meets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Screen {
    pub title: LangText,
    /// How to get there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<LangText>,
    pub fields: Vec<Field>,
    /// What to press when the fields are done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub then: Option<LangText>,
}

/// A whole guide for one app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guide {
    pub client: ClientId,
    pub app: LangText,
    /// The incoming protocol the guide sets up (None for Gmail on the web).
    pub protocol: Option<Protocol>,
    /// True when the values were confirmed by a live check.
    pub verified: bool,
    /// Read these first (retired app, unverified values, traps).
    pub notices: Vec<LangText>,
    pub screens: Vec<Screen>,
}

impl Guide {
    /// Every field of the guide, in order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.screens.iter().flat_map(|s| s.fields.iter())
    }
    /// The first field with this id, with the title of its screen.
    pub fn find(&self, id: FieldId) -> Option<(&Screen, &Field)> {
        self.screens
            .iter()
            .find_map(|s| s.fields.iter().find(|f| f.id == id).map(|f| (s, f)))
    }
}

/// Why a guide cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideError {
    pub message: LangText,
}

impl std::fmt::Display for GuideError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message.en)
    }
}
impl std::error::Error for GuideError {}

/// What a guide needs to know besides the app: pure data, built from a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideInput {
    pub address: String,
    pub recommended: Recommended,
    /// Other settings that worked in live checks (to pick the port that fits an SSL switch).
    #[serde(default)]
    pub working: Vec<ServerSettings>,
    /// The provider's recommended number of days to keep POP mail on the server.
    pub keep_on_server_days: Option<u32>,
    /// What the provider calls the mail password (「メールアドレスパスワード」…).
    pub password_name: Option<LangText>,
    /// Where the person finds the mail password (provider data).
    #[serde(default)]
    pub password_written_on: Option<LangText>,
    pub provider_name: Option<LangText>,
    /// The bundled provider's id ("itscom"…), for provider-specific screen names.
    #[serde(default)]
    pub provider_id: Option<String>,
    pub webmail_url: Option<String>,
    pub management_url: Option<String>,
    /// The incoming protocol the person chose (the POP-or-IMAP questions). Used only when a
    /// setting for it passed a live check; otherwise the guide keeps the recommended one and
    /// says why.
    #[serde(default)]
    pub preferred_protocol: Option<Protocol>,
}

/// Used when the provider gives no number: one to two weeks is what ISPs usually advise.
pub const DEFAULT_KEEP_DAYS: u32 = 14;

fn domain_of(address: &str) -> String {
    address
        .rsplit_once('@')
        .map(|(_, d)| d.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// The bundled provider for an address (domain patterns such as `*.so-net.ne.jp` included).
pub fn provider_for(address: &str) -> Option<&'static crate::provider::Provider> {
    crate::provider::find(&domain_of(address))
}

/// The bundled provider of a report: by the report's provider id, else by the address.
pub fn provider_of_report(r: &Report) -> Option<&'static crate::provider::Provider> {
    r.provider
        .as_ref()
        .and_then(|p| crate::provider::by_id(&p.id))
        .or_else(|| provider_for(&r.address))
}

pub(crate) fn text_of(t: &crate::provider::Text) -> LangText {
    LangText::new(t.ja.clone(), t.en.clone())
}

impl GuideInput {
    /// Everything the guides need from a report (and the bundled provider facts).
    pub fn from_report(r: &Report) -> GuideInput {
        let p = provider_of_report(r);
        let domain = domain_of(&r.address);
        let working = working_settings(r);
        GuideInput {
            address: r.address.clone(),
            recommended: r.recommended.clone(),
            working,
            keep_on_server_days: p.and_then(|p| p.keep_on_server_days()),
            password_name: p.and_then(|p| p.password_for(&domain).map(|pw| text_of(&pw.name))),
            password_written_on: p.and_then(|p| {
                p.password_for(&domain)
                    .and_then(|pw| pw.written_on.as_ref().map(text_of))
            }),
            provider_name: p.map(|p| text_of(&p.name)),
            provider_id: p.map(|p| p.id.clone()),
            webmail_url: p.and_then(|p| p.webmail_url().map(str::to_string)),
            management_url: p.and_then(|p| p.management_url_for(&domain).map(str::to_string)),
            preferred_protocol: None,
        }
    }

    /// The same input with the person's choice of POP or IMAP.
    pub fn with_preferred(mut self, protocol: Option<Protocol>) -> GuideInput {
        self.preferred_protocol = protocol.filter(|p| p.is_incoming());
        self
    }

    pub fn keep_days(&self) -> u32 {
        self.keep_on_server_days.unwrap_or(DEFAULT_KEEP_DAYS)
    }

    pub fn local_part(&self) -> &str {
        self.address.split('@').next().unwrap_or("")
    }
}

/// Settings that passed a live check (login or, without a password, the connection).
fn working_settings(r: &Report) -> Vec<ServerSettings> {
    let mut out = Vec::new();
    for p in &r.probes {
        if p.outcome != Outcome::Ok {
            continue;
        }
        let rec = if p.protocol.is_incoming() {
            r.recommended.incoming.as_ref()
        } else {
            r.recommended.outgoing.as_ref()
        };
        let username = p
            .username
            .clone()
            .or_else(|| rec.map(|s| s.username.clone()))
            .unwrap_or_else(|| r.address.clone());
        let authentication = rec
            .map(|s| s.authentication)
            .unwrap_or(Authentication::PasswordCleartext);
        out.push(ServerSettings {
            protocol: p.protocol,
            host: p.host.clone(),
            port: p.port,
            security: p.security,
            username,
            authentication,
        });
    }
    out
}

/// For apps with only an "SSL on/off" switch: a STARTTLS setting is swapped for an implicit-TLS
/// one (993/995/465) when a live check showed that one works too. Returns the setting to use and
/// whether it was swapped.
pub fn fit_ssl_switch(
    primary: &ServerSettings,
    working: &[ServerSettings],
) -> (ServerSettings, bool) {
    if primary.security != Security::Starttls {
        return (primary.clone(), false);
    }
    let same_host = working.iter().find(|w| {
        w.protocol == primary.protocol
            && w.security == Security::Tls
            && w.host.eq_ignore_ascii_case(&primary.host)
    });
    let any_host = || {
        working
            .iter()
            .find(|w| w.protocol == primary.protocol && w.security == Security::Tls)
    };
    match same_host.or_else(any_host) {
        Some(w) => {
            let mut s = w.clone();
            s.username = primary.username.clone();
            s.authentication = primary.authentication;
            (s, true)
        }
        None => (primary.clone(), false),
    }
}

/// The incoming setting for the person's preferred protocol: the recommended one when it
/// already uses it, else one that passed a live check (implicit TLS first). When the preference
/// cannot be honoured, the recommended setting is kept and the note says why.
pub fn preferred_incoming(input: &GuideInput) -> (Option<ServerSettings>, Option<LangText>) {
    let rec = input.recommended.incoming.clone();
    let (Some(want), Some(cur)) = (input.preferred_protocol, rec.as_ref()) else {
        return (rec, None);
    };
    if cur.protocol == want {
        return (rec, None);
    }
    let live = input
        .working
        .iter()
        .filter(|w| w.protocol == want)
        .min_by_key(|w| match w.security {
            Security::Tls => 0,
            Security::Starttls => 1,
            Security::None => 2,
        });
    match live {
        Some(w) => {
            let mut s = w.clone();
            if s.username.is_empty() {
                s.username = cur.username.clone();
            }
            (Some(s), None)
        }
        None => {
            let (w, o) = (protocol_name(want), protocol_name(cur.protocol));
            (
                rec,
                Some(crate::ltr!(
                    "guide-preferred-protocol-not-confirmed",
                    shown = &o,
                    chosen = &w
                )),
            )
        }
    }
}

/// The settings a guide for `client` actually tells the person to enter: the recommended ones
/// (with the person's preferred incoming protocol when a live check confirmed it), with the
/// port fitted to the SSL switch on apps that only have one.
pub fn effective_settings(client: ClientId, input: &GuideInput) -> Recommended {
    let mut r = input.recommended.clone();
    r.incoming = preferred_incoming(input).0;
    if client.has_ssl_switch_only() {
        r.incoming = r.incoming.map(|s| fit_ssl_switch(&s, &input.working).0);
        r.outgoing = r.outgoing.map(|s| fit_ssl_switch(&s, &input.working).0);
    }
    r
}

/// Writes the guide for one app.
pub fn build(client: ClientId, input: &GuideInput) -> Result<Guide, GuideError> {
    clients::build(client, input)
}

/// The guide for one app from a report.
pub fn for_report(report: &Report, client: ClientId) -> Result<Guide, GuideError> {
    build(client, &GuideInput::from_report(report))
}

/// The label an app shows for a field (None when the app has no such field).
pub fn label_of(client: ClientId, field: FieldId) -> Option<LangText> {
    for protocol in [Protocol::Pop3, Protocol::Imap] {
        let s = |p: Protocol, port: u16| ServerSettings {
            protocol: p,
            host: "mail.example.jp".into(),
            port,
            security: Security::Tls,
            username: "user@example.jp".into(),
            authentication: Authentication::PasswordCleartext,
        };
        let input = GuideInput {
            address: "user@example.jp".into(),
            recommended: Recommended {
                incoming: Some(s(protocol, 995)),
                outgoing: Some(s(Protocol::Smtp, 465)),
                verified: true,
            },
            ..GuideInput::default()
        };
        if let Ok(g) = build(client, &input) {
            if let Some((_, f)) = g.find(field) {
                return Some(f.label.clone());
            }
        }
    }
    None
}

/// A readable step list for the terminal.
pub fn render_text(g: &Guide, lang: Lang) -> String {
    let mut s = String::new();
    let protocol = match g.protocol {
        Some(Protocol::Imap) => "imap",
        Some(Protocol::Pop3) => "pop3",
        _ => "none",
    };
    let app = g.app.get(lang);
    s.push_str(&crate::tr!(
        lang,
        "guide-render-heading",
        app = app,
        protocol = protocol
    ));
    s.push('\n');
    s.push_str(&"=".repeat(40));
    s.push('\n');
    for n in &g.notices {
        s.push_str(&crate::tr!(lang, "guide-render-notice", text = n.get(lang)));
        s.push('\n');
    }
    if !g.notices.is_empty() {
        s.push('\n');
    }
    for (i, sc) in g.screens.iter().enumerate() {
        s.push_str(&format!("{}. {}\n", i + 1, sc.title.get(lang)));
        if let Some(o) = &sc.open {
            let how = crate::tr!(lang, "guide-render-how-to-open", text = o.get(lang));
            s.push_str(&format!("   {how}\n"));
        }
        for f in &sc.fields {
            let field = crate::tr!(
                lang,
                "guide-render-field",
                label = f.label.get(lang),
                value = f.value.get(lang)
            );
            s.push_str(&format!("   {field}\n"));
            if let Some(w) = &f.why {
                let why = crate::tr!(lang, "guide-render-why", text = w.get(lang));
                s.push_str(&format!("       {why}\n"));
            }
            if let Some(n) = &f.note {
                s.push_str(&format!("       ※ {}\n", n.get(lang)));
            }
        }
        if let Some(then) = &sc.then {
            s.push_str(&format!("   → {}\n", then.get(lang)));
        }
        s.push('\n');
    }
    s
}

/// Plain names of a security mode (app-independent).
pub fn security_name(s: Security) -> LangText {
    LangText::new(
        crate::wording::security_name(s, Lang::Ja),
        crate::wording::security_name(s, Lang::En),
    )
}

/// Plain name of a protocol.
pub fn protocol_name(p: Protocol) -> LangText {
    match p {
        Protocol::Imap => crate::ltr!("guide-protocol-imap"),
        Protocol::Pop3 => crate::ltr!("guide-protocol-pop3"),
        Protocol::Smtp => crate::ltr!("guide-protocol-smtp"),
    }
}

/// Plain name of an authentication method.
pub fn authentication_name(a: Authentication) -> LangText {
    match a {
        Authentication::PasswordCleartext => crate::ltr!("guide-auth-password-cleartext"),
        Authentication::PasswordEncrypted => crate::ltr!("guide-auth-password-encrypted"),
        Authentication::OAuth2 => crate::ltr!("guide-auth-oauth2"),
        Authentication::ClientIpAddress => crate::ltr!("guide-auth-client-ip-address"),
        Authentication::SmtpAfterPop => crate::ltr!("guide-auth-smtp-after-pop"),
        Authentication::None => crate::ltr!("guide-auth-none"),
    }
}

/// Values the person types (choices and the password are not).
fn is_typed_value(id: FieldId) -> bool {
    matches!(
        id,
        FieldId::EmailAddress
            | FieldId::IncomingHost
            | FieldId::IncomingPort
            | FieldId::IncomingUsername
            | FieldId::OutgoingHost
            | FieldId::OutgoingPort
            | FieldId::OutgoingUsername
            | FieldId::DeleteAfterDays
            | FieldId::ForwardTo
    )
}

/// A value gets a copy button (in the wizard and on the phone page) only when it is the literal text to type: a server name, a port,
/// a user name or an address. Placeholders and instructions (「あなたの Gmail のアドレス」,
/// 「チェックを入れて14日後」) are never copied: numbers must be digits only, and other values
/// have no white space, kana or Japanese brackets (the glossary writes 「14日後」 without spaces,
/// so spaces alone do not tell an instruction from a value).
pub fn is_copyable(id: FieldId, value: &str) -> bool {
    let v = value.trim();
    if !is_typed_value(id) || v.is_empty() || v.contains(char::is_whitespace) {
        return false;
    }
    match id {
        FieldId::IncomingPort | FieldId::OutgoingPort | FieldId::DeleteAfterDays => {
            v.bytes().all(|b| b.is_ascii_digit())
        }
        _ => !v.chars().any(|c| {
            matches!(
                c,
                '\u{3040}'..='\u{30ff}' | '「' | '」' | '（' | '）' | '『' | '』'
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(p: Protocol, host: &str, port: u16, sec: Security) -> ServerSettings {
        ServerSettings {
            protocol: p,
            host: host.into(),
            port,
            security: sec,
            username: "taro@example.jp".into(),
            authentication: Authentication::PasswordCleartext,
        }
    }

    fn input(working: Vec<ServerSettings>, want: Option<Protocol>) -> GuideInput {
        GuideInput {
            address: "taro@example.jp".into(),
            recommended: Recommended {
                incoming: Some(s(Protocol::Imap, "imap.example.jp", 993, Security::Tls)),
                outgoing: Some(s(
                    Protocol::Smtp,
                    "smtp.example.jp",
                    587,
                    Security::Starttls,
                )),
                verified: true,
            },
            working,
            ..GuideInput::default()
        }
        .with_preferred(want)
    }

    #[test]
    fn preferred_protocol_is_used_when_a_live_check_confirmed_it() {
        let i = input(
            vec![
                s(Protocol::Pop3, "pop.example.jp", 110, Security::Starttls),
                s(Protocol::Pop3, "pop.example.jp", 995, Security::Tls),
            ],
            Some(Protocol::Pop3),
        );
        let (inc, note) = preferred_incoming(&i);
        let inc = inc.unwrap();
        assert_eq!((inc.protocol, inc.port), (Protocol::Pop3, 995));
        assert!(note.is_none());
        let g = build(ClientId::Thunderbird, &i).unwrap();
        assert_eq!(g.protocol, Some(Protocol::Pop3));
        assert!(g.fields().any(|f| f.value.en == "pop.example.jp"));
        assert!(g.fields().any(|f| f.id == FieldId::LeaveOnServer));
        let r = effective_settings(ClientId::Iphone, &i);
        assert_eq!(r.incoming.unwrap().host, "pop.example.jp");
    }

    #[test]
    fn preferred_protocol_without_a_confirmed_setting_keeps_the_other_and_says_why() {
        let i = input(
            vec![s(Protocol::Imap, "imap.example.jp", 993, Security::Tls)],
            Some(Protocol::Pop3),
        );
        let (inc, note) = preferred_incoming(&i);
        assert_eq!(inc.unwrap().protocol, Protocol::Imap);
        let note = note.expect("a reason");
        assert!(note.ja.contains("POP を選びましたが"), "{}", note.ja);
        assert!(note.en.contains("IMAP settings are shown"), "{}", note.en);
        let g = build(ClientId::Iphone, &i).unwrap();
        assert_eq!(g.protocol, Some(Protocol::Imap));
        assert!(g.notices.contains(&note));
    }

    #[test]
    fn ltr_gives_each_language_its_words_and_numbers_as_plain_digits() {
        let name = LangText::new("メールパスワード", "mail password");
        let v = crate::ltr!("guide-password-value-named", password_name = &name);
        assert_eq!(v.ja, "メールのパスワード（メールパスワード）");
        assert_eq!(v.en, "your mail password (mail password)");
        // Numbers as format! wrote them: no grouping, no isolation marks.
        let p = crate::ltr!("guide-iphone-port-may-be-guessed", port = 58725u16);
        assert!(p.en.contains("shows 58725."), "{}", p.en);
        assert!(p.ja.contains("ここが58725に"), "{}", p.ja);
        assert!(!p.ja.contains('\u{2068}') && !p.en.contains('\u{2069}'));
        // A select by value picks the variant.
        let k = |days_from: &str| {
            crate::ltr!("guide-keep-days-why", days_from = days_from, days = 7u32)
        };
        assert!(k("provider")
            .en
            .starts_with("The provider recommends 7 days"));
        assert!(k("default").en.starts_with("The provider gives no number"));
        assert!(k("default").ja.contains("よくある7日"));
    }

    #[test]
    fn render_text_names_the_protocol_and_quotes_labels_per_language() {
        let g = build(ClientId::Thunderbird, &input(vec![], None)).unwrap();
        let ja = render_text(&g, Lang::Ja);
        let en = render_text(&g, Lang::En);
        assert!(ja.starts_with("Thunderbird — IMAP\n"), "{ja}");
        assert!(ja.contains("   ・「ホスト名:」: imap.example.jp\n"), "{ja}");
        assert!(en.contains("   ・\"Hostname:\": imap.example.jp\n"), "{en}");
        assert!(en.contains("       Why: "), "{en}");
    }

    #[test]
    fn no_or_same_preference_changes_nothing() {
        let pop = vec![s(Protocol::Pop3, "pop.example.jp", 995, Security::Tls)];
        for want in [None, Some(Protocol::Imap), Some(Protocol::Smtp)] {
            let i = input(pop.clone(), want);
            let (inc, note) = preferred_incoming(&i);
            assert_eq!(inc, i.recommended.incoming);
            assert!(note.is_none());
            assert_eq!(
                build(ClientId::Thunderbird, &i).unwrap(),
                build(ClientId::Thunderbird, &input(pop.clone(), None)).unwrap()
            );
        }
    }
}
