//! The types the window and the shell exchange (exported to `ui/src/bindings/` with the `ts`
//! feature), and the small pure functions behind the commands, kept apart from Tauri so that
//! they are tested without a window.

use serde::{Deserialize, Serialize};
use tsunagu::engine::{self, Request};
use tsunagu::model::{InputNote, Lang, Report, Security, ServerSettings, Situation};

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

/// The mail apps the wizard can give settings for (same ids as `tsunagu guide --client`).
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
        ClientId::Iphone,
        ClientId::AndroidGmail,
        ClientId::OutlookNew,
        ClientId::OutlookClassic,
        ClientId::WindowsMail,
        ClientId::MacMail,
        ClientId::Thunderbird,
        ClientId::GmailWeb,
    ];
}

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
    /// What this provider calls the mail password, and where it is written.
    pub password_name: Option<String>,
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
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DiagnoseArgs {
    pub address: String,
    /// Empty: check the servers without logging in. Wrapped into `Password` at once.
    pub password: String,
    pub situation: Situation,
    pub lang: Option<Lang>,
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

/// One app's settings, screen by screen.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientGuide {
    pub client: ClientId,
    pub title: String,
    /// False when the values come from bundled data that no live check confirmed.
    pub verified: bool,
    pub screens: Vec<GuideScreen>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideScreen {
    pub title: String,
    pub fields: Vec<GuideField>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideField {
    pub label: String,
    pub value: String,
    /// Why, when it is not obvious.
    pub note: Option<String>,
    /// False for values that are not to be typed (e.g. "your mail password").
    pub copyable: bool,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    /// The whole report as JSON (`tsunagu diagnose --json`).
    ReportJson,
}

/// A file to save: name, dialog filter and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    pub file_name: String,
    pub filter_name: String,
    pub extension: String,
    pub contents: String,
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
                if p.management_url().is_some() {
                    pages.push(ProviderPage::Management);
                }
                if p.password_reset_url().is_some() {
                    pages.push(ProviderPage::PasswordReset);
                }
                ProviderCard {
                    id: p.id.clone(),
                    name: p.name(lang).to_string(),
                    password_name: p.password_name(lang).map(str::to_string),
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
        ProviderPage::Management => p.management_url(),
        ProviderPage::PasswordReset => p.password_reset_url(),
    }?;
    // Only web pages; provider data is reviewed, but a `file:` or `javascript:` URL would
    // never be right here.
    (url.starts_with("https://") || url.starts_with("http://")).then(|| url.to_string())
}

fn security_label(s: Security, lang: Lang) -> &'static str {
    match (s, lang) {
        (Security::Tls, Lang::Ja) => "SSL/TLS",
        (Security::Tls, Lang::En) => "SSL/TLS",
        (Security::Starttls, _) => "STARTTLS",
        (Security::None, Lang::Ja) => "なし",
        (Security::None, Lang::En) => "None",
    }
}

fn client_title(c: ClientId, lang: Lang) -> &'static str {
    match (c, lang) {
        (ClientId::OutlookNew, Lang::Ja) => "Outlook (new)",
        (ClientId::OutlookNew, Lang::En) => "Outlook (new)",
        (ClientId::OutlookClassic, _) => "Outlook (classic)",
        (ClientId::WindowsMail, Lang::Ja) => "Windows メール",
        (ClientId::WindowsMail, Lang::En) => "Windows Mail",
        (ClientId::MacMail, Lang::Ja) => "Mac のメール",
        (ClientId::MacMail, Lang::En) => "Mac Mail",
        (ClientId::Iphone, Lang::Ja) => "iPhone / iPad のメール",
        (ClientId::Iphone, Lang::En) => "iPhone / iPad Mail",
        (ClientId::AndroidGmail, Lang::Ja) => "Android の Gmail アプリ",
        (ClientId::AndroidGmail, Lang::En) => "Gmail app on Android",
        (ClientId::GmailWeb, Lang::Ja) => "Gmail (ウェブ)",
        (ClientId::GmailWeb, Lang::En) => "Gmail on the web",
        (ClientId::Thunderbird, _) => "Thunderbird",
    }
}

fn server_fields(s: &ServerSettings, incoming: bool, lang: Lang) -> Vec<GuideField> {
    let ja = lang == Lang::Ja;
    let f = |label_ja: &str, label_en: &str, value: String, copyable: bool| GuideField {
        label: if ja { label_ja } else { label_en }.to_string(),
        value,
        note: None,
        copyable,
    };
    let mut v = Vec::new();
    if incoming {
        v.push(f(
            "種類",
            "Type",
            match s.protocol {
                tsunagu::model::Protocol::Imap => "IMAP",
                tsunagu::model::Protocol::Pop3 => "POP",
                tsunagu::model::Protocol::Smtp => "SMTP",
            }
            .to_string(),
            false,
        ));
    }
    v.push(f("サーバー", "Server", s.host.clone(), true));
    v.push(f("ポート", "Port", s.port.to_string(), true));
    v.push(f(
        "暗号化",
        "Encryption",
        security_label(s.security, lang).to_string(),
        false,
    ));
    v.push(f("ユーザー名", "User name", s.username.clone(), true));
    v.push(f(
        "パスワード",
        "Password",
        if ja {
            "メールのパスワード"
        } else {
            "your mail password"
        }
        .to_string(),
        false,
    ));
    v
}

/// The settings of one app. Until the per-app guides of the engine are wired in, every app
/// gets the verified server values under plain labels.
pub fn guide_for(report: &Report, client: ClientId, lang: Lang) -> ClientGuide {
    let ja = lang == Lang::Ja;
    let mut screens = Vec::new();
    if let Some(s) = &report.recommended.incoming {
        screens.push(GuideScreen {
            title: if ja {
                "受信メールサーバー"
            } else {
                "Incoming mail server"
            }
            .to_string(),
            fields: server_fields(s, true, lang),
        });
    }
    if let Some(s) = &report.recommended.outgoing {
        screens.push(GuideScreen {
            title: if ja {
                "送信メールサーバー (SMTP)"
            } else {
                "Outgoing mail server (SMTP)"
            }
            .to_string(),
            fields: server_fields(s, false, lang),
        });
    }
    ClientGuide {
        client,
        title: client_title(client, lang).to_string(),
        verified: report.recommended.verified,
        screens,
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

/// Builds the contents of an export from the report (the report never holds the password).
pub fn build_export(report: &Report, kind: ExportKind, _lang: Lang) -> Result<ExportFile, String> {
    match kind {
        ExportKind::ReportJson => Ok(ExportFile {
            file_name: format!("{}.json", file_stem(report)),
            filter_name: "JSON".into(),
            extension: "json".into(),
            contents: serde_json::to_string_pretty(report).map_err(|e| e.to_string())?,
        }),
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
        let g = guide_for(&report(), ClientId::Iphone, Lang::Ja);
        assert_eq!(g.screens.len(), 2);
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
    fn json_export_is_the_report() {
        let f = build_export(&report(), ExportKind::ReportJson, Lang::Ja).unwrap();
        assert_eq!(f.file_name, "tsunagu-taro_example.jp.json");
        let back: Report = serde_json::from_str(&f.contents).unwrap();
        assert_eq!(back, report());
    }
}
