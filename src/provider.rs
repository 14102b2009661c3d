//! Bundled provider knowledge (provider-data/*.toml, embedded at build time).
//! Owner: providers work. The accessor methods below are the contract other modules use;
//! the struct itself may grow.

use crate::model::{Authentication, Lang, Protocol, Security};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub ja: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Verified,
    Unverified,
    Broken,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UsernameForm {
    Address,
    LocalPart,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerEntry {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: UsernameForm,
    pub authentication: Authentication,
    pub status: Status,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provider {
    pub id: String,
    pub name: Text,
    pub domains: Vec<String>,
    #[serde(default)]
    pub servers: Vec<ServerEntry>,
    #[serde(default)]
    pub imap_paid_option: bool,
    #[serde(default)]
    pub app_password_required: bool,
    #[serde(default)]
    pub password_name: Option<Text>,
    #[serde(default)]
    pub webmail_url: Option<String>,
    #[serde(default)]
    pub management_url: Option<String>,
    #[serde(default)]
    pub password_reset_url: Option<String>,
    #[serde(default)]
    pub keep_on_server_days: Option<u32>,
}

impl Provider {
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }
    pub fn imap_is_paid_option(&self) -> bool {
        self.imap_paid_option
    }
    /// True when the normal account password is not accepted by mail apps
    /// (app password or OAuth2 needed: Gmail, iCloud, Yahoo, Outlook.com…).
    pub fn requires_app_password(&self) -> bool {
        self.app_password_required
    }
    pub fn password_name(&self, lang: Lang) -> Option<&str> {
        self.password_name.as_ref().map(|t| t.get(lang))
    }
    pub fn webmail_url(&self) -> Option<&str> {
        self.webmail_url.as_deref()
    }
    pub fn management_url(&self) -> Option<&str> {
        self.management_url.as_deref()
    }
    pub fn password_reset_url(&self) -> Option<&str> {
        self.password_reset_url.as_deref()
    }
    pub fn keep_on_server_days(&self) -> Option<u32> {
        self.keep_on_server_days
    }
    pub fn outgoing_uses(&self, _auth: Authentication) -> bool {
        false
    }
}

/// Every bundled provider.
pub fn all() -> &'static [Provider] {
    &[]
}

/// The bundled provider for a (lower-case, ASCII/punycode) domain, with `*.` patterns.
pub fn find(domain: &str) -> Option<&'static Provider> {
    all().iter().find(|p| p.domains.iter().any(|d| d == domain))
}
