//! The types the window and the shell exchange (exported to `ui/src/bindings/` with the `ts`
//! feature), and the small pure functions behind the commands, kept apart from Tauri so that
//! they are tested without a window.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tsunagu::compare::{self, CurrentSettings};
use tsunagu::engine::{self, Request};
use tsunagu::export::{
    self, mobileconfig, mobileconfig::MobileconfigOptions, mobileconfig::TargetDevice,
};
use tsunagu::guide::{self, FieldId, GuideInput};
use tsunagu::model::{InputNote, Lang, Protocol, Report, Security, Situation};
use tsunagu::secret::Password;
use tsunagu::situation::{self, Questions, SituationContext};

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoInfo {
    /// A working demo account on the local test servers.
    pub address: String,
    pub password: String,
    /// Other demo accounts that show a problem (address, what it shows).
    pub others: Vec<DemoAccount>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoAccount {
    /// What the account shows: "wrong-password", "imap-denied", "quota-full", "port25".
    pub case: String,
    pub address: String,
    pub password: String,
    pub note: String,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppInfo {
    pub version: String,
    pub demo: Option<DemoInfo>,
    /// True when the servers to check were given on the command line (`--config`).
    pub custom_config: bool,
    pub clients: Vec<ClientId>,
}

pub use tsunagu::guide::ClientId;

/// The order the apps are offered in (phones first: most people set up a phone).
pub const CLIENT_ORDER: [ClientId; 8] = [
    ClientId::Iphone,
    ClientId::AndroidGmail,
    ClientId::OutlookNew,
    ClientId::OutlookClassic,
    ClientId::WindowsMail,
    ClientId::MacMail,
    ClientId::Thunderbird,
    ClientId::GmailWeb,
];

/// What the window shows while the address is typed.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressCheck {
    /// The address as the engine will use it (after NFKC, trimming, IDN); None when invalid.
    pub normalized: Option<String>,
    pub notes: Vec<InputNote>,
    /// Why the address cannot be used yet (already in the chosen language).
    pub error: Option<String>,
    pub provider: Option<ProviderCard>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderCard {
    pub id: String,
    pub name: String,
    /// What this provider calls the mail password.
    pub password_name: Option<String>,
    /// Where the person finds it (the papers they received, a web page…).
    pub password_written_on: Option<String>,
    /// The provider pages there are (opened with `open_provider_page`, never by URL).
    pub pages: Vec<ProviderPage>,
    /// The password-reset URL, shown as text so the person can see where it goes.
    pub password_reset_url: Option<String>,
    pub imap_paid_option: bool,
    pub app_password_required: bool,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderPage {
    Webmail,
    Management,
    PasswordReset,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Deserialize)]
pub struct DiagnoseArgs {
    pub address: String,
    /// Empty: check the servers without logging in. A `Password` from the moment it arrives
    /// (zeroised when dropped, `***` in any Debug output).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub password: Password,
    pub situation: Situation,
    pub lang: Option<Lang>,
    /// Demo mode only: the practice case whose servers to check ("port25" checks a set with a
    /// port-25 outgoing server). Ignored outside demo mode.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub demo_case: Option<String>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppErrorKind {
    Input,
    Setup,
    Cancelled,
    Io,
    Keychain,
    NotFound,
    Internal,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppError {
    pub kind: AppErrorKind,
    pub message: String,
}

impl AppError {
    pub fn new(kind: AppErrorKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
        }
    }
    pub fn input(message: impl Into<String>) -> Self {
        AppError::new(AppErrorKind::Input, message)
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// One app's settings, screen by screen, in the chosen language (from `tsunagu::guide`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientGuide {
    pub client: ClientId,
    pub title: String,
    /// False when the values come from bundled data that no live check confirmed.
    pub verified: bool,
    /// Read these first (retired app, unverified values, traps).
    pub notices: Vec<String>,
    pub screens: Vec<GuideScreen>,
    /// Why no guide could be written (no working settings); then `screens` is empty.
    pub error: Option<String>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideScreen {
    pub title: String,
    /// How to get there.
    pub open: Option<String>,
    pub fields: Vec<GuideField>,
    /// What to press when the fields are done.
    pub then: Option<String>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideField {
    /// The field id of `tsunagu guide --json` (e.g. "outgoing_port").
    pub id: String,
    /// The label exactly as the app shows it.
    pub label: String,
    pub value: String,
    /// Why, and caveats, when it is not obvious.
    pub note: Option<String>,
    /// True for values the person types (server names, ports, user names, addresses):
    /// those get a copy button. Choices and the password are not copied.
    pub copyable: bool,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    /// The support report as a self-contained HTML page.
    ReportHtml,
    /// The support report as Markdown.
    ReportMarkdown,
    /// The whole report as JSON (`tsunagu diagnose --json`).
    ReportJson,
    /// Apple configuration profile for iPhone and iPad (no password inside).
    MobileconfigIphone,
    /// Apple configuration profile for a Mac (no password inside).
    MobileconfigMac,
}

/// A file to save: name, dialog filter and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub file_name: String,
    pub filter_name: String,
    pub extension: String,
    pub contents: String,
}

/// The engine's answer to the POP-or-IMAP questions, in one plain sentence.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolChoice {
    pub protocol: Protocol,
    pub sentence: String,
}

/// What the person's app shows now, as typed into the optional form (empty: not given).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppNow {
    pub incoming_host: String,
    pub incoming_port: String,
    pub incoming_security: Option<Security>,
    pub incoming_username: String,
    pub outgoing_host: String,
    pub outgoing_port: String,
    pub outgoing_security: Option<Security>,
}

/// One field to change: 「送信ポート: 25 → 587」.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field id (as in the guide), e.g. "outgoing_port".
    pub id: String,
    pub line: String,
    pub note: Option<String>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppCompare {
    pub changes: Vec<FieldChange>,
    /// Values that could not be read (a port that is not a number…), already in the language.
    pub problems: Vec<String>,
}

/// The engine's choice of POP or IMAP for the three answers and the address's provider.
pub fn advise_protocol(address: &str, q: &Questions, lang: Lang) -> ProtocolChoice {
    let ctx = SituationContext::for_address(address);
    let a = situation::choose_protocol(q, &ctx);
    ProtocolChoice {
        protocol: a.protocol,
        sentence: a
            .reasons
            .first()
            .map(|r| r.get(lang).to_string())
            .unwrap_or_default(),
    }
}

fn given(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// A port as typed: full-width digits are accepted.
fn port_of(s: &str, what: &str, lang: Lang, problems: &mut Vec<String>) -> Option<u16> {
    let s = given(s)?;
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    match ascii.parse::<u16>() {
        Ok(p) if p > 0 => Some(p),
        _ => {
            problems.push(tsunagu::tr!(
                lang,
                "app-port-not-a-number",
                field = what,
                typed = s.as_str()
            ));
            None
        }
    }
}

/// The fields of `now` that differ from what the guide for `client` tells the person to enter.
pub fn compare_with_app(
    report: &Report,
    client: ClientId,
    protocol: Option<Protocol>,
    now: &AppNow,
    lang: Lang,
) -> AppCompare {
    let input = GuideInput::from_report(report).with_preferred(protocol);
    let rec = guide::effective_settings(client, &input);
    let mut problems = Vec::new();
    let inc_port = tsunagu::tr!(lang, "app-port-incoming");
    let out_port = tsunagu::tr!(lang, "app-port-outgoing");
    let current = CurrentSettings {
        incoming_host: given(&now.incoming_host),
        incoming_port: port_of(&now.incoming_port, &inc_port, lang, &mut problems),
        incoming_security: now.incoming_security,
        incoming_username: given(&now.incoming_username),
        outgoing_host: given(&now.outgoing_host),
        outgoing_port: port_of(&now.outgoing_port, &out_port, lang, &mut problems),
        outgoing_security: now.outgoing_security,
        ..CurrentSettings::default()
    };
    let changes = compare::compare(&current, &rec, input.keep_days(), Some(client))
        .into_iter()
        .map(|d| FieldChange {
            id: field_id_str(d.field),
            line: d.line.get(lang).to_string(),
            note: d.note.map(|n| n.get(lang).to_string()),
        })
        .collect();
    AppCompare { changes, problems }
}

/// One account found on this computer for the address, and how it differs (issue 15).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentAccount {
    /// "Thunderbird" or "Outlook".
    pub app: String,
    pub profile: String,
    /// Where it was read (a file or a registry key).
    pub source: String,
    /// The values, as the form shows them.
    pub now: AppNow,
    pub compare: AppCompare,
}

/// What "read the settings from this computer" found for one app's tab.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentRead {
    /// False for apps whose settings Tsunagu cannot read (new Outlook, phones…).
    pub readable: bool,
    /// A sentence when nothing can be shown (already in the language).
    pub message: Option<String>,
    pub accounts: Vec<CurrentAccount>,
}

/// The app on this computer whose settings a tab's guide is about.
fn app_of(client: ClientId) -> Option<tsunagu::current::App> {
    match client {
        ClientId::Thunderbird => Some(tsunagu::current::App::Thunderbird),
        ClientId::OutlookClassic => Some(tsunagu::current::App::Outlook),
        _ => None,
    }
}

/// Why Tsunagu cannot read this app's settings, and what to do instead (the reason for each
/// app is a choice in the catalogue, by the client's id).
fn unreadable_reason(client: ClientId, lang: Lang) -> String {
    tsunagu::tr!(lang, "app-unreadable", client = client.as_str())
}

fn now_of(c: &CurrentSettings) -> AppNow {
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    let p = |v: Option<u16>| v.map(|p| p.to_string()).unwrap_or_default();
    AppNow {
        incoming_host: s(&c.incoming_host),
        incoming_port: p(c.incoming_port),
        incoming_security: c.incoming_security,
        incoming_username: s(&c.incoming_username),
        outgoing_host: s(&c.outgoing_host),
        outgoing_port: p(c.outgoing_port),
        outgoing_security: c.outgoing_security,
    }
}

/// The accounts of `scan` for the report's address in the tab's app, each compared with what
/// the guide for that app tells the person to enter (all the fields read, not only the form's).
pub fn read_current(
    report: &Report,
    client: ClientId,
    protocol: Option<Protocol>,
    scan: &tsunagu::current::Scan,
    lang: Lang,
) -> CurrentRead {
    let Some(app) = app_of(client) else {
        return CurrentRead {
            readable: false,
            message: Some(unreadable_reason(client, lang)),
            accounts: Vec::new(),
        };
    };
    let input = GuideInput::from_report(report).with_preferred(protocol);
    let rec = guide::effective_settings(client, &input);
    let accounts: Vec<CurrentAccount> = scan
        .for_address(&report.address)
        .into_iter()
        .filter(|a| a.app == app)
        .map(|a| {
            let cur = a.to_current();
            let changes = compare::compare(&cur, &rec, input.keep_days(), Some(client))
                .into_iter()
                .map(|d| FieldChange {
                    id: field_id_str(d.field),
                    line: d.line.get(lang).to_string(),
                    note: d.note.map(|n| n.get(lang).to_string()),
                })
                .collect();
            CurrentAccount {
                app: a.app.name().to_string(),
                profile: a.profile.clone(),
                source: a.source.clone(),
                now: now_of(&cur),
                compare: AppCompare {
                    changes,
                    problems: Vec::new(),
                },
            }
        })
        .collect();
    let message = accounts.is_empty().then(|| {
        let problems: Vec<&str> = scan
            .problems
            .iter()
            .filter(|p| p.app == app)
            .map(|p| p.message.as_str())
            .collect();
        let extra = if problems.is_empty() {
            String::new()
        } else {
            format!(" ({})", problems.join("; "))
        };
        tsunagu::tr!(
            lang,
            "app-no-account",
            app = app.name(),
            address = report.address.as_str(),
            problems = extra
        )
    });
    CurrentRead {
        readable: true,
        message,
        accounts,
    }
}

/// Validates and normalises the address as the engine will, and finds the bundled provider.
pub fn check_address(address: &str, lang: Lang) -> AddressCheck {
    let req = Request {
        address: address.to_string(),
        ..Request::default()
    };
    match engine::prepare(&req, lang) {
        Ok((account, notes, _)) => {
            let provider = tsunagu::provider::find(&account.domain).map(|p| {
                let mut pages = Vec::new();
                if p.webmail_url().is_some() {
                    pages.push(ProviderPage::Webmail);
                }
                if p.management_url_for(&account.domain).is_some() {
                    pages.push(ProviderPage::Management);
                }
                if p.password_reset_url().is_some() {
                    pages.push(ProviderPage::PasswordReset);
                }
                ProviderCard {
                    id: p.id.clone(),
                    name: p.name(lang).to_string(),
                    password_name: p.password_name(&account.domain, lang).map(str::to_string),
                    password_written_on: p
                        .password_written_on(&account.domain, lang)
                        .map(str::to_string),
                    pages,
                    password_reset_url: p.password_reset_url().map(str::to_string),
                    imap_paid_option: p.imap_is_paid_option(),
                    app_password_required: p.requires_app_password(),
                }
            });
            AddressCheck {
                normalized: Some(account.address),
                notes,
                error: None,
                provider,
            }
        }
        Err(e) => AddressCheck {
            normalized: None,
            notes: Vec::new(),
            error: Some(e.to_string()),
            provider: None,
        },
    }
}

/// The URL of one of the provider's pages, from bundled provider data only.
pub fn provider_page_url(address: &str, page: ProviderPage) -> Option<String> {
    let req = Request {
        address: address.to_string(),
        ..Request::default()
    };
    let (account, _, _) = engine::prepare(&req, Lang::En).ok()?;
    let p = tsunagu::provider::find(&account.domain)?;
    let url = match page {
        ProviderPage::Webmail => p.webmail_url(),
        ProviderPage::Management => p.management_url_for(&account.domain),
        ProviderPage::PasswordReset => p.password_reset_url(),
    }?;
    // Only web pages; provider data is reviewed, but a `file:` or `javascript:` URL would
    // never be right here.
    (url.starts_with("https://") || url.starts_with("http://")).then(|| url.to_string())
}

/// Where the save dialog opens: the Documents folder when it exists, else the home folder
/// (never the app's working directory, which a person cannot find again).
pub fn default_save_dir(documents: Option<PathBuf>, home: Option<PathBuf>) -> Option<PathBuf> {
    documents
        .filter(|d| d.is_dir())
        .or_else(|| home.filter(|h| h.is_dir()))
}

fn field_id_str(id: FieldId) -> String {
    serde_json::to_value(id)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The engine's guide for one app, in one language, for the window.
pub fn guide_for(
    report: &Report,
    client: ClientId,
    protocol: Option<Protocol>,
    lang: Lang,
) -> ClientGuide {
    let app = client.name().get(lang).to_string();
    let input = GuideInput::from_report(report).with_preferred(protocol);
    match guide::build(client, &input) {
        Ok(g) => ClientGuide {
            client,
            title: g.app.get(lang).to_string(),
            verified: g.verified,
            notices: g.notices.iter().map(|n| n.get(lang).to_string()).collect(),
            screens: g
                .screens
                .iter()
                .map(|sc| GuideScreen {
                    title: sc.title.get(lang).to_string(),
                    open: sc.open.as_ref().map(|t| t.get(lang).to_string()),
                    then: sc.then.as_ref().map(|t| t.get(lang).to_string()),
                    fields: sc
                        .fields
                        .iter()
                        .map(|f| {
                            let note = [f.why.as_ref(), f.note.as_ref()]
                                .into_iter()
                                .flatten()
                                .map(|t| t.get(lang))
                                .collect::<Vec<_>>()
                                .join(" ");
                            GuideField {
                                id: field_id_str(f.id),
                                label: f.label.get(lang).to_string(),
                                value: f.value.get(lang).to_string(),
                                note: (!note.is_empty()).then_some(note),
                                copyable: tsunagu::guide::is_copyable(f.id, f.value.get(lang)),
                            }
                        })
                        .collect(),
                })
                .collect(),
            error: None,
        },
        Err(e) => ClientGuide {
            client,
            title: app,
            verified: false,
            notices: Vec::new(),
            screens: Vec::new(),
            error: Some(e.message.get(lang).to_string()),
        },
    }
}

fn file_stem(report: &Report) -> String {
    let safe: String = report
        .address
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("tsunagu-{safe}")
}

/// The report with all its words made again in `lang` (findings, input notes, the provider's
/// name), from the facts it holds: the result screen's language switch.
pub fn relang_report(report: &Report, lang: Lang) -> Report {
    tsunagu::relang::report(report, lang)
}

/// Builds the contents of an export from the report (the report never holds the password).
/// Its words are first made in the export's language, so the file never mixes two languages.
pub fn build_export(report: &Report, kind: ExportKind, lang: Lang) -> Result<ExportFile, String> {
    let report = &relang_report(report, lang);
    let stem = file_stem(report);
    let file = |ext: &str, filter: &str, contents: String| ExportFile {
        file_name: format!("{stem}.{ext}"),
        filter_name: filter.to_string(),
        extension: ext.to_string(),
        contents,
    };
    let profile = |target: TargetDevice, suffix: &str| {
        let input = GuideInput::from_report(report);
        mobileconfig::build(&input, &MobileconfigOptions { target })
            .map(|xml| ExportFile {
                file_name: format!("{stem}-{suffix}.mobileconfig"),
                filter_name: tsunagu::tr!(lang, "app-save-filter-profile"),
                extension: "mobileconfig".into(),
                contents: xml,
            })
            .map_err(|e| e.message.get(lang).to_string())
    };
    match kind {
        ExportKind::ReportHtml => Ok(file("html", "HTML", export::report::html(report, lang))),
        ExportKind::ReportMarkdown => Ok(file(
            "md",
            "Markdown",
            export::report::markdown(report, lang),
        )),
        ExportKind::ReportJson => Ok(file(
            "json",
            "JSON",
            serde_json::to_string_pretty(report).map_err(|e| e.to_string())?,
        )),
        ExportKind::MobileconfigIphone => profile(TargetDevice::IphoneIpad, "iphone"),
        ExportKind::MobileconfigMac => profile(TargetDevice::Mac, "mac"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tsunagu::model::*;

    fn report() -> Report {
        Report {
            schema: REPORT_SCHEMA,
            address: "taro@example.jp".into(),
            input_notes: vec![],
            situation: Situation::CantSend,
            provider: None,
            probes: vec![],
            recommended: Recommended {
                incoming: Some(ServerSettings {
                    protocol: Protocol::Imap,
                    host: "imap.example.jp".into(),
                    port: 993,
                    security: Security::Tls,
                    username: "taro@example.jp".into(),
                    authentication: Authentication::PasswordCleartext,
                }),
                outgoing: Some(ServerSettings {
                    protocol: Protocol::Smtp,
                    host: "smtp.example.jp".into(),
                    port: 587,
                    security: Security::Starttls,
                    username: "taro@example.jp".into(),
                    authentication: Authentication::PasswordCleartext,
                }),
                verified: true,
            },
            findings: vec![],
            ms: 12,
            started_at: String::new(),
            lang: Lang::Ja,
            discovery: Vec::new(),
        }
    }

    #[test]
    fn the_window_sees_the_address_exactly_as_the_engine_will_use_it() {
        for typed in [
            "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
            " Taro@Example.JP ",
            "taro@example.jp",
        ] {
            let c = check_address(typed, Lang::Ja);
            let req = Request {
                address: typed.to_string(),
                ..Request::default()
            };
            match engine::prepare(&req, Lang::Ja) {
                Ok((account, notes, _)) => {
                    assert_eq!(c.normalized.as_deref(), Some(account.address.as_str()));
                    assert_eq!(c.notes, notes);
                    assert!(c.error.is_none());
                }
                Err(e) => {
                    assert_eq!(c.normalized, None);
                    assert_eq!(c.error, Some(e.to_string()));
                }
            }
        }
    }

    #[test]
    fn a_bad_address_says_why_and_never_panics() {
        for bad in ["", "taro", "a\r\nb"] {
            let c = check_address(bad, Lang::Ja);
            assert!(c.normalized.is_none(), "{bad:?}");
            assert!(!c.error.unwrap_or_default().is_empty(), "{bad:?}");
        }
    }

    #[test]
    fn unknown_provider_has_no_pages_to_open() {
        assert_eq!(
            provider_page_url("taro@unknown-isp.invalid", ProviderPage::Webmail),
            None
        );
    }

    #[test]
    fn guide_lists_every_copyable_value_of_the_verified_settings() {
        let g = guide_for(&report(), ClientId::Thunderbird, None, Lang::Ja);
        assert!(g.error.is_none());
        assert!(!g.screens.is_empty());
        let values: Vec<&str> = g
            .screens
            .iter()
            .flat_map(|s| s.fields.iter())
            .filter(|f| f.copyable)
            .map(|f| f.value.as_str())
            .collect();
        assert!(values.contains(&"imap.example.jp"));
        assert!(values.contains(&"587"));
        assert!(values.contains(&"taro@example.jp"));
        assert!(g.verified);
    }

    #[test]
    fn the_save_dialog_opens_in_documents() {
        let base = std::env::temp_dir().join(format!("tsunagu-save-{}", std::process::id()));
        let docs = base.join("Documents");
        std::fs::create_dir_all(&docs).unwrap();
        assert_eq!(
            default_save_dir(Some(docs.clone()), Some(base.clone())),
            Some(docs)
        );
        // No Documents folder (a fresh account): the home folder, never the working directory.
        let missing = base.join("Dokumente");
        assert_eq!(
            default_save_dir(Some(missing), Some(base.clone())),
            Some(base.clone())
        );
        assert_eq!(default_save_dir(None, None), None);
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn placeholders_and_instructions_get_no_copy_button() {
        let g = guide_for(&report(), ClientId::GmailWeb, None, Lang::Ja);
        let all: Vec<&GuideField> = g.screens.iter().flat_map(|s| s.fields.iter()).collect();
        let fwd = all
            .iter()
            .find(|f| f.id == "forward_to")
            .expect("forwarding field");
        assert!(!fwd.copyable, "placeholder {:?} is copyable", fwd.value);
        for f in all.iter().filter(|f| f.copyable) {
            assert!(!f.value.contains(' ') && !f.value.is_empty(), "{f:?}");
        }
        assert!(tsunagu::guide::is_copyable(FieldId::OutgoingPort, "465"));
        assert!(!tsunagu::guide::is_copyable(
            FieldId::DeleteAfterDays,
            "チェックを入れて14日後"
        ));
    }

    #[test]
    fn profiles_and_reports_never_hold_the_password() {
        for kind in [
            ExportKind::ReportHtml,
            ExportKind::ReportMarkdown,
            ExportKind::MobileconfigIphone,
            ExportKind::MobileconfigMac,
        ] {
            let f = build_export(&report(), kind, Lang::Ja).unwrap();
            assert!(f.contents.contains("smtp.example.jp"), "{kind:?}");
            assert!(
                f.file_name.ends_with(&format!(".{}", f.extension)),
                "{kind:?}"
            );
            assert!(!f.contents.to_lowercase().contains("hunter2"), "{kind:?}");
        }
        let p = build_export(&report(), ExportKind::MobileconfigIphone, Lang::Ja).unwrap();
        assert!(p.contents.contains("com.apple.mail.managed"));
    }

    #[test]
    fn no_profile_without_settings_says_why() {
        let mut r = report();
        r.recommended.outgoing = None;
        let e = build_export(&r, ExportKind::MobileconfigIphone, Lang::Ja).unwrap_err();
        assert!(e.contains("送信サーバー"), "{e}");
        let g = guide_for(&r, ClientId::Thunderbird, None, Lang::En);
        assert!(g.error.is_some() || !g.screens.is_empty());
    }

    #[test]
    fn questions_are_answered_by_the_engine_in_one_sentence() {
        let q = Questions {
            devices: 3,
            keep_all_on_one_pc: false,
            manage: situation::ManageWhere::NotSure,
        };
        let c = advise_protocol("taro@example.jp", &q, Lang::Ja);
        let ctx = SituationContext::for_address("taro@example.jp");
        let a = situation::choose_protocol(&q, &ctx);
        assert_eq!(c.protocol, a.protocol);
        assert_eq!(c.sentence, a.reasons[0].ja);
        let one = Questions {
            devices: 1,
            keep_all_on_one_pc: true,
            manage: situation::ManageWhere::OnePc,
        };
        assert_eq!(
            advise_protocol("taro@example.jp", &one, Lang::En).protocol,
            Protocol::Pop3
        );
    }

    #[test]
    fn the_chosen_protocol_is_what_the_guide_shows_when_it_was_confirmed() {
        let mut r = report();
        r.probes.push(Probe {
            protocol: Protocol::Pop3,
            host: "pop.example.jp".into(),
            port: 995,
            security: Security::Tls,
            username: None,
            outcome: Outcome::Ok,
            failure: None,
            steps: vec![],
            tls: None,
            mailbox: None,
            ms: 0,
            capabilities: vec![],
            auth_mechanisms: vec![],
            login_attempts: 1,
            source: SettingsSource::Bundled,
            documented: true,
        });
        let g = guide_for(&r, ClientId::Thunderbird, Some(Protocol::Pop3), Lang::Ja);
        let values: Vec<&str> = g
            .screens
            .iter()
            .flat_map(|s| s.fields.iter())
            .map(|f| f.value.as_str())
            .collect();
        assert!(values.contains(&"pop.example.jp"), "{values:?}");
        // Without a confirmed POP setting the IMAP one stays, and the guide says why.
        let g = guide_for(
            &report(),
            ClientId::Thunderbird,
            Some(Protocol::Pop3),
            Lang::En,
        );
        assert!(
            g.notices.iter().any(|n| n.contains("You chose POP")),
            "{:?}",
            g.notices
        );
    }

    #[test]
    fn read_current_compares_the_thunderbird_profile_and_says_what_cannot_be_read() {
        // The IMAP profile written by a real Thunderbird (tests/data/thunderbird).
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/data/thunderbird/work-imap");
        let scan = tsunagu::current::scan(&tsunagu::current::ScanOptions {
            thunderbird_profile: Some(dir),
            skip_outlook: true,
        });
        let mut r = report();
        r.address = "suzuki@work.example".into();
        let got = read_current(&r, ClientId::Thunderbird, None, &scan, Lang::Ja);
        assert!(got.readable && got.message.is_none(), "{got:?}");
        assert_eq!(got.accounts.len(), 1);
        let a = &got.accounts[0];
        assert_eq!(a.now.incoming_port, "10993");
        let ids: Vec<&str> = a.compare.changes.iter().map(|c| c.id.as_str()).collect();
        assert!(
            ids.contains(&"incoming_host") && ids.contains(&"incoming_port"),
            "{ids:?}"
        );
        assert!(ids.contains(&"outgoing_port"), "{ids:?}");
        // Another tab's app: said plainly.
        let other = read_current(&r, ClientId::OutlookNew, None, &scan, Lang::Ja);
        assert!(!other.readable);
        assert!(other.message.unwrap().contains("クラウド"));
        // The address is not in the profile.
        let none = read_current(&report(), ClientId::Thunderbird, None, &scan, Lang::En);
        assert!(none.accounts.is_empty());
        assert!(none
            .message
            .unwrap()
            .contains("No account for taro@example.jp"));
    }

    #[test]
    fn compare_marks_the_wrong_smtp_port_with_both_values() {
        let now = AppNow {
            outgoing_host: "smtp.example.jp".into(),
            outgoing_port: "25".into(),
            incoming_port: "９９３".into(),
            ..AppNow::default()
        };
        let c = compare_with_app(&report(), ClientId::Thunderbird, None, &now, Lang::Ja);
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.changes.len(), 1, "{:?}", c.changes);
        assert_eq!(c.changes[0].id, "outgoing_port");
        assert!(
            c.changes[0].line.contains("25 → 587"),
            "{}",
            c.changes[0].line
        );
        let bad = AppNow {
            outgoing_port: "abc".into(),
            ..AppNow::default()
        };
        let c = compare_with_app(&report(), ClientId::Thunderbird, None, &bad, Lang::En);
        assert!(c.changes.is_empty());
        assert!(c.problems[0].contains("\"abc\""), "{:?}", c.problems);
        let c = compare_with_app(
            &report(),
            ClientId::Iphone,
            None,
            &AppNow::default(),
            Lang::Ja,
        );
        assert!(c.changes.is_empty() && c.problems.is_empty());
    }

    #[test]
    fn the_apps_sentences_read_as_before_from_the_catalogue() {
        let tail_ja = "アプリの画面に出ている値を下の欄に入れて比べてください。";
        let tail_en = " Type what the app shows into the form below to compare.";
        for (client, ja, en) in [
            (
                ClientId::OutlookNew,
                "新しい Outlook は設定をこのコンピューターではなくマイクロソフトのクラウドに保存するため、読み取れません。",
                "The new Outlook keeps its settings in Microsoft's cloud, not on this computer: they cannot be read.",
            ),
            (
                ClientId::WindowsMail,
                "Windows の「メール」アプリは提供が終わっていて、設定を読み取れません。",
                "The Windows Mail app is retired; its settings cannot be read.",
            ),
            (
                ClientId::MacMail,
                "Mac のメールアプリの設定には、公開されていて変わらない保存場所がないため、読み取りません。",
                "Apple Mail has no documented, stable place for its settings, so Tsunagu does not read them.",
            ),
            (
                ClientId::Iphone,
                "このアプリの設定は、このコンピューターからは読み取れません。",
                "This app's settings cannot be read from this computer.",
            ),
        ] {
            assert_eq!(unreadable_reason(client, Lang::Ja), format!("{ja}{tail_ja}"));
            assert_eq!(unreadable_reason(client, Lang::En), format!("{en}{tail_en}"));
        }
        let bad = AppNow {
            incoming_port: "九九三".into(),
            ..AppNow::default()
        };
        let ja = compare_with_app(&report(), ClientId::Thunderbird, None, &bad, Lang::Ja);
        assert_eq!(
            ja.problems,
            ["受信ポートは数字で入れてください（例: 587）。「九九三」は比べられません。"]
        );
        let en = compare_with_app(&report(), ClientId::Thunderbird, None, &bad, Lang::En);
        assert_eq!(
            en.problems,
            ["Type the incoming port as a number (e.g. 587); \"九九三\" cannot be compared."]
        );
        let scan = tsunagu::current::Scan::default();
        let none = read_current(&report(), ClientId::Thunderbird, None, &scan, Lang::Ja);
        assert_eq!(
            none.message.as_deref(),
            Some("このコンピューターの Thunderbird には、taro@example.jp のアカウントが見つかりませんでした。")
        );
        // The save dialog's filter was English in both languages; Japanese now has its own.
        let ja = build_export(&report(), ExportKind::MobileconfigMac, Lang::Ja).unwrap();
        assert_eq!(ja.filter_name, "Apple 構成プロファイル");
        let en = build_export(&report(), ExportKind::MobileconfigMac, Lang::En).unwrap();
        assert_eq!(en.filter_name, "Apple configuration profile");
    }

    #[test]
    fn json_export_is_the_report() {
        let f = build_export(&report(), ExportKind::ReportJson, Lang::Ja).unwrap();
        assert_eq!(f.file_name, "tsunagu-taro_example.jp.json");
        let back: Report = serde_json::from_str(&f.contents).unwrap();
        assert_eq!(back, report());
    }
}
