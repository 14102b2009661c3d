//! Bundled provider knowledge: `provider-data/*.toml`, embedded at build time by `build.rs`
//! and parsed once, lazily, on first use.
//!
//! Every fact is a [`Fact`]: the value, its [`Status`] (verified / unverified / broken) and the
//! ids of the documents it comes from (declared in the file's `[[sources]]`, each with a tier and
//! a date). The rules a file must follow are written in `provider-data/SCHEMA.md` and enforced by
//! [`validate`] (run over every file by the tests).
//!
//! The accessor methods (`name`, `imap_is_paid_option`, `requires_app_password`,
//! `password_name`, `webmail_url`, `management_url`, `password_reset_url`,
//! `keep_on_server_days`, `all`, `find`) are the contract other modules use.

use crate::model::{Authentication, FindingId, Lang, Protocol, Security, Situation};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/provider_files.rs"));

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// From a first-hand (T1) or curated (T2) source that we trust for this value.
    Verified,
    /// Only from a weak or old source: probe it like a guess before recommending it.
    Unverified,
    /// Known not to work any more (kept so the engine can explain why it is not offered).
    Broken,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Verified => "verified",
            Status::Unverified => "unverified",
            Status::Broken => "broken",
        }
    }
}

/// How the login name is formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UsernameForm {
    /// The full mail address.
    Address,
    /// The part before `@`.
    LocalPart,
    /// A separate ID the provider issued (ASAHIネットID, dアカウント ID…): the person must type it.
    AccountId,
}

impl UsernameForm {
    pub fn as_str(self) -> &'static str {
        match self {
            UsernameForm::Address => "address",
            UsernameForm::LocalPart => "local-part",
            UsernameForm::AccountId => "account-id",
        }
    }
}

/// What kind of service this is (changes which advice fits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    #[default]
    Isp,
    Catv,
    Mobile,
    Webmail,
    Hosting,
}

/// A document a value comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDoc {
    /// Short id used by the values of this file (e.g. "SN3", "ISPDB").
    pub id: String,
    pub title: String,
    /// Where to read it (a URL, or a repository path for documents kept in the project).
    pub url: String,
    /// 1: the provider's own document; 2: curated client databases (ISPDB, Delta Chat);
    /// 3: third parties (blogs, other people's code) — hints only.
    pub tier: u8,
    /// YYYY, YYYY-MM or YYYY-MM-DD of the document, or "undated".
    pub date: String,
}

/// A value with its status and sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    pub value: T,
    pub status: Status,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerEntry {
    pub protocol: Protocol,
    /// May hold %EMAILDOMAIN%, %EMAILLOCALPART% or %MXHOST% (the host the domain's MX names).
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: UsernameForm,
    pub authentication: Authentication,
    pub status: Status,
    pub sources: Vec<String>,
    /// The status of the username form alone, when it is weaker than the rest of the entry
    /// (a sheet that names host and port but never the username: the form is an inference).
    /// The engine tries the other username forms after a rejection either way.
    #[serde(default)]
    pub username_status: Option<Status>,
    /// Only for these domains (patterns allowed); empty = every domain of the provider.
    #[serde(default)]
    pub only_domains: Vec<String>,
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordInfo {
    /// The provider's own name for the mail password (「メールアドレスパスワード」…).
    pub name: Text,
    /// Where the person finds it (the sheet they received, a web page…).
    #[serde(default)]
    pub written_on: Option<Text>,
    /// Only for these domains (patterns allowed); empty = every domain of the provider. A name
    /// taken from a manual for some of the provider's domains must not be shown for the others.
    #[serde(default)]
    pub only_domains: Vec<String>,
    pub status: Status,
    pub sources: Vec<String>,
}

/// A web page (webmail, management, password reset) and what it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub url: String,
    #[serde(default)]
    pub name: Option<Text>,
    /// Only for these domains (patterns allowed); empty = every domain of the provider.
    #[serde(default)]
    pub only_domains: Vec<String>,
    pub status: Status,
    pub sources: Vec<String>,
}

/// Something the person can change on the management page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Stable id: forwarding, reject_from, reject_subject, reject_header, allow_list,
    /// auto_reply, virus_scan, spam_scan, overseas_sending, password_change…
    pub id: String,
    pub text: Text,
    pub status: Status,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Management {
    pub pages: Vec<Page>,
    #[serde(default)]
    pub offers: Vec<Offer>,
}

/// What a mail app must present instead of (or besides) the normal password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthRequirement {
    /// The normal account password is refused; an app password (or the provider's special
    /// mail password) is needed.
    pub app_password: bool,
    /// none | supported | required
    pub oauth2: OAuth2,
    #[serde(default)]
    pub app_password_url: Option<String>,
    pub status: Status,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OAuth2 {
    None,
    Supported,
    Required,
}

/// Advice tied to findings and situations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    #[serde(default)]
    pub findings: Vec<FindingId>,
    #[serde(default)]
    pub situations: Vec<Situation>,
    pub text: Text,
    pub status: Status,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub kind: Kind,
    /// Mail domains; `*.example.jp` matches every subdomain (not example.jp itself).
    pub domains: Fact<Vec<String>>,
    /// MX host patterns that identify a business domain hosted here (`*.xserver.jp`).
    #[serde(default)]
    pub mx: Option<Fact<Vec<String>>>,
    pub sources: Vec<SourceDoc>,
    #[serde(default)]
    pub servers: Vec<ServerEntry>,
    #[serde(default)]
    pub password: Option<PasswordInfo>,
    #[serde(default)]
    pub webmail: Option<Page>,
    #[serde(default)]
    pub management: Option<Management>,
    #[serde(default)]
    pub password_reset: Option<Page>,
    #[serde(default)]
    pub quota_mb: Option<Fact<u64>>,
    #[serde(default)]
    pub keep_on_server_days: Option<Fact<u32>>,
    /// Outbound port 25 blocking on the provider's own access lines.
    #[serde(default)]
    pub op25b: Option<Fact<bool>>,
    #[serde(default)]
    pub imap_paid_option: Option<Fact<bool>>,
    /// The provider's outgoing server accepts "POP before SMTP" (sending for a while after a
    /// POP login, without SMTP AUTH): true where it does, false where it has ended it.
    #[serde(default)]
    pub pop_before_smtp: Option<Fact<bool>>,
    #[serde(default)]
    pub auth: Option<AuthRequirement>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// Which domain pattern matched, and how well (longer = more specific).
fn domain_match(pattern: &str, domain: &str) -> Option<usize> {
    if let Some(base) = pattern.strip_prefix("*.") {
        let d = domain.strip_suffix(base)?;
        if d.len() > 1 && d.ends_with('.') {
            return Some(base.len());
        }
        None
    } else if pattern == domain {
        // An exact match beats any pattern.
        Some(usize::MAX / 2 + pattern.len())
    } else {
        None
    }
}

fn any_match(patterns: &[String], domain: &str) -> bool {
    patterns.iter().any(|p| domain_match(p, domain).is_some())
}

impl Provider {
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }
    pub fn imap_is_paid_option(&self) -> bool {
        self.imap_paid_option.as_ref().is_some_and(|f| f.value)
    }
    /// True when the normal account password is not accepted by mail apps
    /// (app password or OAuth2 needed: Gmail, iCloud, Yahoo, Outlook.com…).
    pub fn requires_app_password(&self) -> bool {
        self.auth
            .as_ref()
            .is_some_and(|a| a.app_password || a.oauth2 == OAuth2::Required)
    }
    /// True when only OAuth2 sign-in works (no password of any kind).
    pub fn requires_oauth2(&self) -> bool {
        self.auth
            .as_ref()
            .is_some_and(|a| a.oauth2 == OAuth2::Required && !a.app_password)
    }
    /// The password facts that apply to this address's domain.
    pub fn password_for(&self, domain: &str) -> Option<&PasswordInfo> {
        self.password
            .as_ref()
            .filter(|p| p.only_domains.is_empty() || any_match(&p.only_domains, domain))
    }
    pub fn password_name(&self, domain: &str, lang: Lang) -> Option<&str> {
        self.password_for(domain).map(|p| p.name.get(lang))
    }
    /// Where the person finds the mail password.
    pub fn password_written_on(&self, domain: &str, lang: Lang) -> Option<&str> {
        self.password_for(domain)
            .and_then(|p| p.written_on.as_ref())
            .map(|t| t.get(lang))
    }
    pub fn webmail_url(&self) -> Option<&str> {
        self.webmail.as_ref().map(|p| p.url.as_str())
    }
    /// The first management page (see [`Provider::management_url_for`] for per-domain pages).
    pub fn management_url(&self) -> Option<&str> {
        self.management
            .as_ref()
            .and_then(|m| m.pages.first())
            .map(|p| p.url.as_str())
    }
    /// The management page for this address's domain.
    pub fn management_url_for(&self, domain: &str) -> Option<&str> {
        let m = self.management.as_ref()?;
        m.pages
            .iter()
            .find(|p| !p.only_domains.is_empty() && any_match(&p.only_domains, domain))
            .or_else(|| m.pages.iter().find(|p| p.only_domains.is_empty()))
            .map(|p| p.url.as_str())
    }
    pub fn management_offers(&self) -> &[Offer] {
        self.management
            .as_ref()
            .map(|m| m.offers.as_slice())
            .unwrap_or(&[])
    }
    pub fn password_reset_url(&self) -> Option<&str> {
        self.password_reset.as_ref().map(|p| p.url.as_str())
    }
    pub fn keep_on_server_days(&self) -> Option<u32> {
        self.keep_on_server_days.as_ref().map(|f| f.value)
    }
    pub fn quota_mb(&self) -> Option<u64> {
        self.quota_mb.as_ref().map(|f| f.value)
    }
    pub fn op25b(&self) -> Option<bool> {
        self.op25b.as_ref().map(|f| f.value)
    }
    pub fn pop_before_smtp(&self) -> Option<bool> {
        self.pop_before_smtp.as_ref().map(|f| f.value)
    }
    /// True when a bundled outgoing server uses this authentication.
    pub fn outgoing_uses(&self, auth: Authentication) -> bool {
        self.servers
            .iter()
            .any(|s| s.protocol == Protocol::Smtp && s.authentication == auth)
    }
    /// The server entries that apply to this domain, in file order.
    pub fn servers_for<'a>(
        &'a self,
        domain: &'a str,
    ) -> impl Iterator<Item = &'a ServerEntry> + 'a {
        self.servers
            .iter()
            .filter(move |s| s.only_domains.is_empty() || any_match(&s.only_domains, domain))
    }
    /// Notes that concern a finding.
    pub fn notes_for_finding(&self, id: FindingId) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.findings.contains(&id))
    }
    /// Notes that concern a situation.
    pub fn notes_for_situation(&self, s: Situation) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(move |n| n.situations.contains(&s))
    }
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&SourceDoc> {
        self.sources.iter().find(|s| s.id == id)
    }
    /// Every (what, status, source ids) of this provider: the values the tests check.
    pub fn values(&self) -> Vec<(String, Status, &[String])> {
        let mut v: Vec<(String, Status, &[String])> = Vec::new();
        v.push(("domains".into(), self.domains.status, &self.domains.sources));
        if let Some(f) = &self.mx {
            v.push(("mx".into(), f.status, &f.sources));
        }
        for s in &self.servers {
            let what = format!("server {} {}:{}", s.protocol.as_str(), s.host, s.port);
            if let Some(us) = s.username_status {
                v.push((format!("{what} username"), us, &s.sources));
            }
            v.push((what, s.status, &s.sources));
        }
        if let Some(p) = &self.password {
            v.push(("password".into(), p.status, &p.sources));
        }
        if let Some(p) = &self.webmail {
            v.push(("webmail".into(), p.status, &p.sources));
        }
        if let Some(m) = &self.management {
            for p in &m.pages {
                v.push((format!("management {}", p.url), p.status, &p.sources));
            }
            for o in &m.offers {
                v.push((format!("offer {}", o.id), o.status, &o.sources));
            }
        }
        if let Some(p) = &self.password_reset {
            v.push(("password_reset".into(), p.status, &p.sources));
        }
        if let Some(f) = &self.quota_mb {
            v.push(("quota_mb".into(), f.status, &f.sources));
        }
        if let Some(f) = &self.keep_on_server_days {
            v.push(("keep_on_server_days".into(), f.status, &f.sources));
        }
        if let Some(f) = &self.op25b {
            v.push(("op25b".into(), f.status, &f.sources));
        }
        if let Some(f) = &self.imap_paid_option {
            v.push(("imap_paid_option".into(), f.status, &f.sources));
        }
        if let Some(f) = &self.pop_before_smtp {
            v.push(("pop_before_smtp".into(), f.status, &f.sources));
        }
        if let Some(a) = &self.auth {
            v.push(("auth".into(), a.status, &a.sources));
        }
        for n in &self.notes {
            v.push((format!("note {}", n.id), n.status, &n.sources));
        }
        v
    }
}

/// Parses one provider file (TOML).
pub fn parse(text: &str) -> Result<Provider, String> {
    toml::from_str(text).map_err(|e| e.to_string())
}

fn is_date(s: &str) -> bool {
    if s == "undated" {
        return true;
    }
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

fn is_domain_pattern(d: &str) -> bool {
    let body = d.strip_prefix("*.").unwrap_or(d);
    !body.is_empty()
        && body.contains('.')
        && body
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && !body.starts_with('.')
        && !body.ends_with('.')
}

const HOST_PLACEHOLDERS: [&str; 3] = ["%EMAILDOMAIN%", "%EMAILLOCALPART%", "%MXHOST%"];

/// Checks one provider against the rules of `provider-data/SCHEMA.md`.
/// `file_stem` is the file name without `.toml` (it must equal the id).
pub fn validate(p: &Provider, file_stem: &str) -> Vec<String> {
    let mut errs = Vec::new();
    let mut err = |s: String| errs.push(format!("{}: {s}", file_stem));
    if p.id != file_stem {
        err(format!("id {:?} differs from the file name", p.id));
    }
    if p.id.is_empty()
        || !p
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        err(format!("id {:?}: only a-z, 0-9 and -", p.id));
    }
    if p.name.ja.trim().is_empty() || p.name.en.trim().is_empty() {
        err("name needs ja and en".into());
    }
    if p.domains.value.is_empty() && p.mx.as_ref().is_none_or(|m| m.value.is_empty()) {
        err("needs at least one domain or MX pattern".into());
    }
    for d in p
        .domains
        .value
        .iter()
        .chain(p.mx.iter().flat_map(|m| m.value.iter()))
    {
        if !is_domain_pattern(d) {
            err(format!("bad domain or pattern {d:?}"));
        }
    }
    let mut ids = std::collections::HashSet::new();
    for s in &p.sources {
        if !ids.insert(s.id.as_str()) {
            err(format!("source {} declared twice", s.id));
        }
        if !(1..=3).contains(&s.tier) {
            err(format!("source {}: tier must be 1, 2 or 3", s.id));
        }
        if !is_date(&s.date) {
            err(format!(
                "source {}: date {:?} is not YYYY[-MM[-DD]] or undated",
                s.id, s.date
            ));
        }
        if s.title.trim().is_empty() || s.url.trim().is_empty() {
            err(format!("source {}: title and url are required", s.id));
        }
    }
    for (what, status, srcs) in p.values() {
        if srcs.is_empty() {
            err(format!("{what}: no source"));
        }
        let mut best = u8::MAX;
        for s in srcs {
            match p.source(s) {
                Some(doc) => best = best.min(doc.tier),
                None => err(format!("{what}: unknown source {s}")),
            }
        }
        if status == Status::Verified && best > 2 {
            err(format!("{what}: verified needs a tier 1 or 2 source"));
        }
    }
    for s in &p.servers {
        let mut h = s.host.clone();
        for ph in HOST_PLACEHOLDERS {
            h = h.replace(ph, "x");
        }
        if h.contains('%') || h.is_empty() || h.contains(char::is_whitespace) {
            err(format!("server host {:?}", s.host));
        }
        if s.port == 0 {
            err(format!("server {}: port 0", s.host));
        }
        for d in &s.only_domains {
            if !is_domain_pattern(d) {
                err(format!("server {}: bad only_domains {d:?}", s.host));
            }
        }
    }
    for d in p.password.iter().flat_map(|pw| pw.only_domains.iter()) {
        if !is_domain_pattern(d) {
            err(format!("password: bad only_domains {d:?}"));
        }
    }
    let pages = p
        .webmail
        .iter()
        .chain(p.password_reset.iter())
        .chain(p.management.iter().flat_map(|m| m.pages.iter()));
    for pg in pages {
        if !(pg.url.starts_with("https://") || pg.url.starts_with("http://")) {
            err(format!("page url {:?}", pg.url));
        }
    }
    let mut note_ids = std::collections::HashSet::new();
    for n in &p.notes {
        if !note_ids.insert(n.id.as_str()) {
            err(format!("note {} twice", n.id));
        }
        if n.text.ja.trim().is_empty() || n.text.en.trim().is_empty() {
            err(format!("note {}: needs ja and en", n.id));
        }
    }
    if let Some(m) = &p.management {
        for o in &m.offers {
            if o.text.ja.trim().is_empty() || o.text.en.trim().is_empty() {
                err(format!("offer {}: needs ja and en", o.id));
            }
        }
    }
    errs
}

struct Loaded {
    providers: Vec<Provider>,
    errors: Vec<String>,
}

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        let mut providers = Vec::with_capacity(PROVIDER_FILES.len());
        let mut errors = Vec::new();
        for (name, text) in PROVIDER_FILES {
            match parse(text) {
                Ok(p) => providers.push(p),
                // A broken file is a bug the tests catch; at run time it is skipped.
                Err(e) => errors.push(format!("{name}: {e}")),
            }
        }
        Loaded { providers, errors }
    })
}

/// The embedded files: (file name, TOML text).
pub fn files() -> &'static [(&'static str, &'static str)] {
    PROVIDER_FILES
}

/// Files that did not parse (empty unless provider-data is broken).
pub fn load_errors() -> &'static [String] {
    &loaded().errors
}

/// Every bundled provider, sorted by file name.
pub fn all() -> &'static [Provider] {
    &loaded().providers
}

/// The bundled provider for a (lower-case, ASCII/punycode) domain. Exact domains win over
/// `*.` patterns; among patterns the longest base wins.
pub fn find(domain: &str) -> Option<&'static Provider> {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    all()
        .iter()
        .filter_map(|p| {
            p.domains
                .value
                .iter()
                .filter_map(|d| domain_match(d, &domain))
                .max()
                .map(|score| (score, p))
        })
        .max_by_key(|(score, _)| *score)
        .map(|(_, p)| p)
}

/// The provider that hosts a business domain whose MX is `mx_host` (`sv1234.xserver.jp`).
pub fn find_by_mx(mx_host: &str) -> Option<&'static Provider> {
    let host = mx_host.trim_end_matches('.').to_ascii_lowercase();
    all()
        .iter()
        .filter_map(|p| {
            let m = p.mx.as_ref()?;
            m.value
                .iter()
                .filter_map(|d| domain_match(d, &host))
                .max()
                .map(|s| (s, p))
        })
        .max_by_key(|(s, _)| *s)
        .map(|(_, p)| p)
}

/// A provider by id.
pub fn by_id(id: &str) -> Option<&'static Provider> {
    all().iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_subdomains_only() {
        assert!(domain_match("*.so-net.ne.jp", "aa2.so-net.ne.jp").is_some());
        assert!(domain_match("*.so-net.ne.jp", "so-net.ne.jp").is_none());
        assert!(domain_match("*.so-net.ne.jp", "xso-net.ne.jp").is_none());
        assert!(domain_match("so-net.ne.jp", "so-net.ne.jp").is_some());
        assert!(domain_match("ocn.ne.jp", "aa.ocn.ne.jp").is_none());
    }

    #[test]
    fn dates() {
        assert!(is_date("2020-06"));
        assert!(is_date("undated"));
        assert!(is_date("2024-02-20"));
        assert!(!is_date("2024/02"));
    }
}
