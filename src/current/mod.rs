//! The mail apps' current settings, read from this computer (read-only): Thunderbird's
//! `prefs.js` on every system, classic Outlook's profile keys in the Windows registry.
//! Each account found says which app, which profile and account, and where it was read; it
//! converts to the [`CurrentSettings`] the compare step uses.
//!
//! Stored passwords are never read: Thunderbird keeps them in `logins.json`/`key4.db`, which
//! are never opened; Outlook's password values are never asked for (only named values are).

pub mod outlook;
pub mod prefs;
pub mod thunderbird;
#[cfg(windows)]
mod winreg_source;

use crate::compare::CurrentSettings;
use crate::model::{Protocol, Security};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Which app the account was read from.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum App {
    Thunderbird,
    /// Classic Outlook (Outlook 2007 to Microsoft 365's desktop Outlook), POP/IMAP accounts.
    Outlook,
}

impl App {
    pub fn name(self) -> &'static str {
        match self {
            App::Thunderbird => "Thunderbird",
            App::Outlook => "Outlook",
        }
    }
}

/// How the app signs in to the outgoing server.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthSetting {
    /// No authentication.
    None,
    /// A password, sent as is (inside TLS when the connection has it).
    Password,
    /// A password by challenge-response (CRAM-MD5 and the like).
    EncryptedPassword,
    #[serde(rename = "oauth2")]
    OAuth2,
    Kerberos,
    Ntlm,
    TlsCertificate,
    /// "Log on to the incoming server before sending" (POP before SMTP).
    PopBeforeSmtp,
    /// A value this version of Tsunagu does not know.
    Unknown,
}

impl AuthSetting {
    /// Whether the app's "outgoing server requires authentication" switch is on.
    pub fn requires_login(self) -> Option<bool> {
        match self {
            AuthSetting::None | AuthSetting::PopBeforeSmtp => Some(false),
            AuthSetting::Unknown => None,
            _ => Some(true),
        }
    }
}

/// The receiving side of an account as the app has it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomingFound {
    pub protocol: Protocol,
    pub host: String,
    pub port: Option<u16>,
    pub security: Option<Security>,
    pub username: Option<String>,
    /// POP only.
    pub leave_on_server: Option<bool>,
    /// POP only: days before the app removes mail from the server (null: never).
    pub delete_after_days: Option<u32>,
}

/// The sending side of an account as the app has it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingFound {
    pub host: String,
    pub port: Option<u16>,
    pub security: Option<Security>,
    pub username: Option<String>,
    pub auth: Option<AuthSetting>,
}

/// One account found in one app.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundAccount {
    pub app: App,
    /// Where it was read: a prefs.js path or a registry key.
    pub source: String,
    /// The app's profile name (Thunderbird profile, Outlook profile and version).
    pub profile: String,
    /// The app's own key or name for the account ("account1", "00000002").
    pub account: String,
    /// The sender address of the account (its first identity).
    pub address: Option<String>,
    pub incoming: Option<IncomingFound>,
    pub outgoing: Option<OutgoingFound>,
}

impl FoundAccount {
    /// The fields the compare step understands.
    pub fn to_current(&self) -> CurrentSettings {
        let mut c = CurrentSettings::default();
        if let Some(i) = &self.incoming {
            c.protocol = Some(i.protocol);
            c.incoming_host = Some(i.host.clone());
            c.incoming_port = i.port;
            c.incoming_security = i.security;
            c.incoming_username = i.username.clone();
            c.leave_on_server = i.leave_on_server;
            c.delete_after_days = i.delete_after_days;
        }
        if let Some(o) = &self.outgoing {
            c.outgoing_host = Some(o.host.clone());
            c.outgoing_port = o.port;
            c.outgoing_security = o.security;
            c.outgoing_username = o.username.clone();
            c.outgoing_auth_required = o.auth.and_then(AuthSetting::requires_login);
        }
        c
    }

    /// Whether the account sends as `address` (case-insensitive) or logs in with it.
    pub fn matches(&self, address: &str) -> bool {
        let a = address.trim();
        let eq = |s: &Option<String>| {
            s.as_deref()
                .is_some_and(|s| s.trim().eq_ignore_ascii_case(a))
        };
        eq(&self.address)
            || self.incoming.as_ref().is_some_and(|i| eq(&i.username))
            || self.outgoing.as_ref().is_some_and(|o| eq(&o.username))
    }
}

/// Something that could not be read (the other accounts are still listed).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadProblem {
    pub app: App,
    pub source: String,
    /// English, for support staff: what went wrong and where.
    pub message: String,
}

/// Everything found on this computer.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scan {
    pub accounts: Vec<FoundAccount>,
    #[serde(default)]
    pub problems: Vec<ReadProblem>,
}

impl Scan {
    /// The accounts for `address`, in the order found.
    pub fn for_address(&self, address: &str) -> Vec<&FoundAccount> {
        self.accounts
            .iter()
            .filter(|a| a.matches(address))
            .collect()
    }
}

/// Where to look.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Read only this Thunderbird profile folder (or prefs.js file); skip the search.
    pub thunderbird_profile: Option<PathBuf>,
    /// Skip Outlook (tests).
    pub skip_outlook: bool,
}

/// Reads every supported app on this computer. Never fails as a whole: what cannot be read
/// is listed in `problems`.
pub fn scan(opts: &ScanOptions) -> Scan {
    let mut s = Scan::default();
    match &opts.thunderbird_profile {
        Some(dir) => thunderbird::read_profile_dir(dir, "", &mut s),
        None => {
            for root in thunderbird::default_roots() {
                thunderbird::read_root(&root, &mut s);
            }
        }
    }
    if !opts.skip_outlook && opts.thunderbird_profile.is_none() {
        #[cfg(windows)]
        outlook::read_all(&winreg_source::CurrentUser::default(), &mut s);
    }
    s
}

/// The scan as the CLI's `--json` object: `{"accounts": [...], "problems": [...]}`.
pub fn scan_json(s: &Scan) -> String {
    serde_json::to_string_pretty(s).unwrap_or_else(|_| "{\"accounts\":[]}".into())
}

/// Human-readable list (Japanese first or English), one block per account.
pub fn scan_text(s: &Scan, lang: crate::model::Lang) -> String {
    let mut out = String::new();
    if s.accounts.is_empty() {
        out.push_str(&crate::tr!(lang, "current-none-found"));
        out.push('\n');
    }
    let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    for a in &s.accounts {
        out.push_str(&format!(
            "■ {} {} ({})\n  {}: {}\n",
            a.app.name(),
            a.address.as_deref().unwrap_or("-"),
            a.account,
            crate::tr!(lang, "current-read-from"),
            a.source
        ));
        if let Some(i) = &a.incoming {
            out.push_str(&format!(
                "  {}: {} {}:{} {} {}\n",
                crate::tr!(lang, "current-incoming"),
                i.protocol.as_str(),
                i.host,
                opt(i.port.map(|p| p.to_string())),
                opt(i.security.map(|s| s.as_str().to_string())),
                opt(i.username.clone()),
            ));
            if i.protocol == Protocol::Pop3 {
                out.push_str(&format!(
                    "  {}: {}, {}: {}\n",
                    crate::tr!(lang, "current-leave-on-server"),
                    opt(i.leave_on_server.map(|b| b.to_string())),
                    crate::tr!(lang, "current-delete-after-days"),
                    opt(i.delete_after_days.map(|d| d.to_string())),
                ));
            }
        }
        if let Some(o) = &a.outgoing {
            out.push_str(&format!(
                "  {}: {}:{} {} {} auth={}\n",
                crate::tr!(lang, "current-outgoing"),
                o.host,
                opt(o.port.map(|p| p.to_string())),
                opt(o.security.map(|s| s.as_str().to_string())),
                opt(o.username.clone()),
                opt(o.auth.map(|a| {
                    serde_json::to_value(a)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                })),
            ));
        }
    }
    for p in &s.problems {
        out.push_str(&format!("! {} {}: {}\n", p.app.name(), p.source, p.message));
    }
    out
}

/// Reads at most `limit` bytes of a file; a larger file is an error (never read whole).
pub(crate) fn read_bounded(path: &std::path::Path, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    // In English, for support staff (ReadProblem::message).
    let en = crate::model::Lang::En;
    let f = std::fs::File::open(path)
        .map_err(|e| crate::tr!(en, "current-cannot-open", why = e.to_string()))?;
    let mut buf = Vec::new();
    f.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(|e| crate::tr!(en, "current-cannot-read", why = e.to_string()))?;
    if buf.len() as u64 > limit {
        return Err(crate::tr!(
            en,
            "current-too-large",
            mib = (limit / (1024 * 1024)).to_string()
        ));
    }
    Ok(buf)
}
