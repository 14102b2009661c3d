//! The one typed vocabulary shared by the engine, the CLI's JSON, the desktop shell and the UI.
//!
//! Every enum here serialises to the exact lower-case/snake-case strings of the CLI contract
//! (`tsunagu diagnose --json`, schema 1). Human text is never stored in an id: it is looked up
//! from the id in `text.rs`.

use serde::{Deserialize, Serialize};

/// Version of the JSON report. Bump only with a compatible-migration note in the README.
pub const REPORT_SCHEMA: u32 = 1;

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Imap,
    Pop3,
    Smtp,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
            Protocol::Smtp => "smtp",
        }
    }
    pub fn is_incoming(self) -> bool {
        !matches!(self, Protocol::Smtp)
    }
}

/// How the connection is protected.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// Implicit TLS from the first byte (993, 995, 465).
    Tls,
    /// Plain connection upgraded with STARTTLS / STLS.
    Starttls,
    /// No encryption at all.
    None,
}

impl Security {
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::Starttls => "starttls",
            Security::None => "none",
        }
    }
}

/// What the person came for; it changes which findings matter and in what order.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    #[default]
    NewDevice,
    CantReceive,
    CantSend,
    Gmail,
}

impl Situation {
    pub const ALL: [Situation; 4] = [
        Situation::NewDevice,
        Situation::CantReceive,
        Situation::CantSend,
        Situation::Gmail,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Situation::NewDevice => "new-device",
            Situation::CantReceive => "cant-receive",
            Situation::CantSend => "cant-send",
            Situation::Gmail => "gmail",
        }
    }
    pub fn parse(s: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// Where the candidate settings came from.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SettingsSource {
    Bundled,
    Config,
    Autoconfig,
    Ispdb,
    Mx,
    Srv,
    Guess,
}

impl SettingsSource {
    pub fn as_str(self) -> &'static str {
        match self {
            SettingsSource::Bundled => "bundled",
            SettingsSource::Config => "config",
            SettingsSource::Autoconfig => "autoconfig",
            SettingsSource::Ispdb => "ispdb",
            SettingsSource::Mx => "mx",
            SettingsSource::Srv => "srv",
            SettingsSource::Guess => "guess",
        }
    }
}

/// How the password is presented, in Thunderbird autoconfig's vocabulary.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Authentication {
    PasswordCleartext,
    PasswordEncrypted,
    #[serde(rename = "OAuth2")]
    OAuth2,
    ClientIpAddress,
    SmtpAfterPop,
    None,
}

impl Authentication {
    pub fn as_str(self) -> &'static str {
        match self {
            Authentication::PasswordCleartext => "password-cleartext",
            Authentication::PasswordEncrypted => "password-encrypted",
            Authentication::OAuth2 => "OAuth2",
            Authentication::ClientIpAddress => "client-IP-address",
            Authentication::SmtpAfterPop => "smtp-after-pop",
            Authentication::None => "none",
        }
    }
}

/// One server setting to try (engine input to `probe`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// Username forms in the order to try: the first is used, the next only when the server
    /// rejected the first with an authentication failure.
    pub usernames: Vec<String>,
    pub authentication: Authentication,
    pub source: SettingsSource,
    /// True when the value comes from a first-hand (verified) source; guesses and unverified
    /// provider values are false until a live probe confirms them.
    pub documented: bool,
}

/// Typed failure kinds (CLI contract; do not rename).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    DnsNotFound,
    ConnectRefused,
    ConnectTimeout,
    TlsHandshakeFailed,
    TlsUntrusted,
    TlsHostnameMismatch,
    TlsExpired,
    StarttlsUnavailable,
    GreetingTimeout,
    ReadTimeout,
    ProtocolError,
    LoginFailed,
    LoginMechanismUnsupported,
    PlaintextRefused,
    SubmitRejected,
    /// The server accepts the login only over an encrypted connection (it said so, or its
    /// capabilities did: `LOGINDISABLED`, `XTLSREQUIRED`, STLS without USER/SASL, 530 5.7.0).
    TlsRequired,
    /// A temporary refusal (IMAP `UNAVAILABLE`, POP3 `[SYS/TEMP]`/`[LOGIN-DELAY]`, SMTP 4xx):
    /// try again later; nothing is known about the password.
    LoginTemporarilyFailed,
    /// Another session holds the mailbox (POP3 `[IN-USE]`, IMAP `INUSE`).
    MailboxInUse,
    /// The account or this kind of login is refused: locked, expired, app password or web
    /// sign-in required, basic authentication disabled (`EXPIRED`, `CONTACTADMIN`,
    /// `AUTHORIZATIONFAILED`, 534 5.7.9, 5.7.139…).
    LoginNotAllowed,
    /// The server reported an error of its own (IMAP `SERVERBUG` or `BYE` with a message,
    /// POP3 `[SYS/PERM]`); its text is kept in `server_text`.
    ServerError,
}

impl FailureKind {
    pub const ALL: [FailureKind; 20] = [
        FailureKind::DnsNotFound,
        FailureKind::ConnectRefused,
        FailureKind::ConnectTimeout,
        FailureKind::TlsHandshakeFailed,
        FailureKind::TlsUntrusted,
        FailureKind::TlsHostnameMismatch,
        FailureKind::TlsExpired,
        FailureKind::StarttlsUnavailable,
        FailureKind::GreetingTimeout,
        FailureKind::ReadTimeout,
        FailureKind::ProtocolError,
        FailureKind::LoginFailed,
        FailureKind::LoginMechanismUnsupported,
        FailureKind::PlaintextRefused,
        FailureKind::SubmitRejected,
        FailureKind::TlsRequired,
        FailureKind::LoginTemporarilyFailed,
        FailureKind::MailboxInUse,
        FailureKind::LoginNotAllowed,
        FailureKind::ServerError,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::DnsNotFound => "dns_not_found",
            FailureKind::ConnectRefused => "connect_refused",
            FailureKind::ConnectTimeout => "connect_timeout",
            FailureKind::TlsHandshakeFailed => "tls_handshake_failed",
            FailureKind::TlsUntrusted => "tls_untrusted",
            FailureKind::TlsHostnameMismatch => "tls_hostname_mismatch",
            FailureKind::TlsExpired => "tls_expired",
            FailureKind::StarttlsUnavailable => "starttls_unavailable",
            FailureKind::GreetingTimeout => "greeting_timeout",
            FailureKind::ReadTimeout => "read_timeout",
            FailureKind::ProtocolError => "protocol_error",
            FailureKind::LoginFailed => "login_failed",
            FailureKind::LoginMechanismUnsupported => "login_mechanism_unsupported",
            FailureKind::PlaintextRefused => "plaintext_refused",
            FailureKind::SubmitRejected => "submit_rejected",
            FailureKind::TlsRequired => "tls_required",
            FailureKind::LoginTemporarilyFailed => "login_temporarily_failed",
            FailureKind::MailboxInUse => "mailbox_in_use",
            FailureKind::LoginNotAllowed => "login_not_allowed",
            FailureKind::ServerError => "server_error",
        }
    }
    /// Failures caused by the certificate (credentials are never sent after these).
    pub fn is_tls_trust(self) -> bool {
        matches!(
            self,
            FailureKind::TlsUntrusted | FailureKind::TlsHostnameMismatch | FailureKind::TlsExpired
        )
    }
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub kind: FailureKind,
    /// Our own one-line English description (never contains the password).
    pub message: String,
    /// What the server said, sanitised and truncated (never contains the password).
    pub server_text: Option<String>,
}

/// The timed steps of one probe, in order.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepName {
    Resolve,
    Connect,
    Tls,
    Greeting,
    Starttls,
    Capabilities,
    Login,
    Mailbox,
    Submit,
    SendTest,
    /// SMTP without AUTH: MAIL FROM / RCPT TO the address before any POP login of this run
    /// (ok = the recipient was accepted).
    RelayBeforePop,
    /// The same on a new connection right after a POP login from this computer.
    RelayAfterPop,
}

impl StepName {
    pub fn as_str(self) -> &'static str {
        match self {
            StepName::Resolve => "resolve",
            StepName::Connect => "connect",
            StepName::Tls => "tls",
            StepName::Greeting => "greeting",
            StepName::Starttls => "starttls",
            StepName::Capabilities => "capabilities",
            StepName::Login => "login",
            StepName::Mailbox => "mailbox",
            StepName::Submit => "submit",
            StepName::SendTest => "send_test",
            StepName::RelayBeforePop => "relay_before_pop",
            StepName::RelayAfterPop => "relay_after_pop",
        }
    }
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub step: StepName,
    pub ok: bool,
    pub ms: u64,
    /// Short human-readable detail (English, for support staff): e.g. "TLSv1.3", "127.0.0.1".
    pub detail: String,
    /// `connect` only: every address tried, in the order started (Happy Eyeballs, RFC 8305).
    /// Absent for the other steps and in reports written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub attempts: Option<Vec<ConnectAttempt>>,
}

/// One TCP connection attempt of a probe's `connect` step.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectAttempt {
    /// "192.0.2.1:993" or "[2001:db8::1]:993".
    pub address: String,
    /// "ipv4" or "ipv6".
    pub family: String,
    /// This attempt connected (the address that answered).
    pub ok: bool,
    /// Why it did not: "connection refused", "no answer (timed out)", "no answer yet when
    /// another address connected", "network unreachable", …
    pub error: Option<String>,
    /// From this attempt's start to its end.
    pub ms: u64,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TlsInfo {
    /// "TLSv1.3", "TLSv1.2"...
    pub version: Option<String>,
    pub subject: Option<String>,
    pub issuer: Option<String>,
    /// RFC 3339 date-time.
    pub not_after: Option<String>,
    pub trusted: bool,
    pub hostname_matches: bool,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxInfo {
    pub messages: Option<u64>,
    pub unseen: Option<u64>,
    pub size_bytes: Option<u64>,
    pub quota_used_bytes: Option<u64>,
    pub quota_limit_bytes: Option<u64>,
    pub junk_messages: Option<u64>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Ok,
    Failed,
    Skipped,
}

/// The result of probing one candidate.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Probe {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// The username of the last login attempted; null when no login was tried.
    pub username: Option<String>,
    pub outcome: Outcome,
    pub failure: Option<Failure>,
    pub steps: Vec<Step>,
    pub tls: Option<TlsInfo>,
    pub mailbox: Option<MailboxInfo>,
    pub ms: u64,
    /// Capabilities / EHLO extensions as the server listed them (after TLS when possible).
    #[serde(default)]
    pub capabilities: Vec<String>,
    /// SASL mechanisms offered (AUTH=…, SASL …, AUTH …).
    #[serde(default)]
    pub auth_mechanisms: Vec<String>,
    /// Number of login attempts made (each one counts against the ISP's lockout).
    #[serde(default)]
    pub login_attempts: u32,
    /// Where the candidate came from, and whether its source documents it.
    pub source: SettingsSource,
    #[serde(default)]
    pub documented: bool,
}

/// One verified setting to put into a mail app.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerSettings {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    pub authentication: Authentication,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommended {
    pub incoming: Option<ServerSettings>,
    pub outgoing: Option<ServerSettings>,
    /// True when both come from live probes (false when only from bundled data, offline).
    #[serde(default)]
    pub verified: bool,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// Finding ids (CLI contract; extend, never rename).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingId {
    AllOk,
    PasswordRejected,
    UsernameFormat,
    ImapNotEnabled,
    SmtpPort25Blocked,
    StarttlsMissing,
    TlsCertificateInvalid,
    TlsIntercepted,
    ServerUnreachable,
    NetworkBlocked,
    MailboxEmptyPop,
    QuotaNearlyFull,
    QuotaFull,
    JunkHasMail,
    AppPasswordRequired,
    GmailPopFetchEnded,
    PlaintextOnly,
    UnverifiedSettings,
    NoIncoming,
    NoOutgoing,
    LoginAttemptsCapped,
    /// The server accepts the login only over encryption (failure kind `tls_required`).
    TlsRequired,
    /// The server refused the login for now (failure kind `login_temporarily_failed`).
    LoginTemporarilyFailed,
    /// Another device or program is reading the mailbox (failure kind `mailbox_in_use`).
    MailboxInUse,
    /// The account or this kind of login is refused (failure kind `login_not_allowed`).
    LoginNotAllowed,
    /// The server reported an error of its own (failure kinds `server_error`, and
    /// `protocol_error`/`read_timeout` on a server the person depends on).
    ServerError,
    /// Unencrypted, but the same port offers STARTTLS/STLS: switch the setting to STARTTLS.
    UseStarttls,
    /// Only port 25 accepted the login and the address: it works from here today, but many
    /// networks block it (OP25B).
    SmtpPort25Only,
    /// IPv6 connections to the mail server get no answer while IPv4 ones work.
    Ipv6Broken,
    /// This computer has no route to the Internet at all.
    Offline,
    /// There is a route, but the DNS server does not answer.
    DnsUnavailable,
    /// A web page answers in place of the Internet (a Wi-Fi login page).
    CaptivePortal,
    /// The POP3 server was logged in to with APOP (issue 15).
    ApopLogin,
    /// Sending works only right after a POP login: "POP before SMTP" (issue 15).
    PopBeforeSmtp,
}

impl FindingId {
    pub const ALL: [FindingId; 34] = [
        FindingId::AllOk,
        FindingId::PasswordRejected,
        FindingId::UsernameFormat,
        FindingId::ImapNotEnabled,
        FindingId::SmtpPort25Blocked,
        FindingId::StarttlsMissing,
        FindingId::TlsCertificateInvalid,
        FindingId::TlsIntercepted,
        FindingId::ServerUnreachable,
        FindingId::NetworkBlocked,
        FindingId::MailboxEmptyPop,
        FindingId::QuotaNearlyFull,
        FindingId::QuotaFull,
        FindingId::JunkHasMail,
        FindingId::AppPasswordRequired,
        FindingId::GmailPopFetchEnded,
        FindingId::PlaintextOnly,
        FindingId::UnverifiedSettings,
        FindingId::NoIncoming,
        FindingId::NoOutgoing,
        FindingId::LoginAttemptsCapped,
        FindingId::TlsRequired,
        FindingId::LoginTemporarilyFailed,
        FindingId::MailboxInUse,
        FindingId::LoginNotAllowed,
        FindingId::ServerError,
        FindingId::UseStarttls,
        FindingId::SmtpPort25Only,
        FindingId::Ipv6Broken,
        FindingId::Offline,
        FindingId::DnsUnavailable,
        FindingId::CaptivePortal,
        FindingId::ApopLogin,
        FindingId::PopBeforeSmtp,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            FindingId::AllOk => "all_ok",
            FindingId::PasswordRejected => "password_rejected",
            FindingId::UsernameFormat => "username_format",
            FindingId::ImapNotEnabled => "imap_not_enabled",
            FindingId::SmtpPort25Blocked => "smtp_port25_blocked",
            FindingId::StarttlsMissing => "starttls_missing",
            FindingId::TlsCertificateInvalid => "tls_certificate_invalid",
            FindingId::TlsIntercepted => "tls_intercepted",
            FindingId::ServerUnreachable => "server_unreachable",
            FindingId::NetworkBlocked => "network_blocked",
            FindingId::MailboxEmptyPop => "mailbox_empty_pop",
            FindingId::QuotaNearlyFull => "quota_nearly_full",
            FindingId::QuotaFull => "quota_full",
            FindingId::JunkHasMail => "junk_has_mail",
            FindingId::AppPasswordRequired => "app_password_required",
            FindingId::GmailPopFetchEnded => "gmail_pop_fetch_ended",
            FindingId::PlaintextOnly => "plaintext_only",
            FindingId::UnverifiedSettings => "unverified_settings",
            FindingId::NoIncoming => "no_incoming",
            FindingId::NoOutgoing => "no_outgoing",
            FindingId::LoginAttemptsCapped => "login_attempts_capped",
            FindingId::TlsRequired => "tls_required",
            FindingId::LoginTemporarilyFailed => "login_temporarily_failed",
            FindingId::MailboxInUse => "mailbox_in_use",
            FindingId::LoginNotAllowed => "login_not_allowed",
            FindingId::ServerError => "server_error",
            FindingId::UseStarttls => "use_starttls",
            FindingId::SmtpPort25Only => "smtp_port25_only",
            FindingId::Ipv6Broken => "ipv6_broken",
            FindingId::Offline => "offline",
            FindingId::DnsUnavailable => "dns_unavailable",
            FindingId::CaptivePortal => "captive_portal",
            FindingId::ApopLogin => "apop_login",
            FindingId::PopBeforeSmtp => "pop_before_smtp",
        }
    }
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub id: FindingId,
    pub severity: Severity,
    pub title: String,
    pub detail: String,
    /// Ordered: do the first one first.
    pub actions: Vec<String>,
    /// Which probes showed it ("imap 127.0.0.1:993 tls: login_failed").
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Set when this finding is only a consequence of another one (the primary cause, the
    /// first finding): e.g. "no working incoming settings" after a refused password. Shown
    /// under "details", not as a cause of its own. Absent when the finding stands alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub follows_from: Option<FindingId>,
    /// The typed facts its words were made from (ids, values, the servers tried): with them
    /// the finding is rendered again in the other language (`relang::report`). Absent in
    /// reports written before it existed; such findings keep their words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub facts: Option<FindingCtx>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputNoteId {
    FullwidthNormalized,
    WhitespaceTrimmed,
    PasswordWhitespace,
    IdnConverted,
    DomainLowercased,
    /// The password holds full-width or other non-ASCII characters (an input-method slip).
    PasswordNonAscii,
}

impl InputNoteId {
    pub fn as_str(self) -> &'static str {
        match self {
            InputNoteId::FullwidthNormalized => "fullwidth_normalized",
            InputNoteId::WhitespaceTrimmed => "whitespace_trimmed",
            InputNoteId::PasswordWhitespace => "password_whitespace",
            InputNoteId::IdnConverted => "idn_converted",
            InputNoteId::DomainLowercased => "domain_lowercased",
            InputNoteId::PasswordNonAscii => "password_non_ascii",
        }
    }
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputNote {
    pub id: InputNoteId,
    pub message: String,
    /// The facts `message` was made from, to render it again in the other language
    /// (`relang::report`). Absent in reports written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub facts: Option<NoteFacts>,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderRef {
    pub id: String,
    pub name: String,
    pub source: SettingsSource,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

/// The whole diagnosis (`tsunagu diagnose --json`, schema 1).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub schema: u32,
    pub address: String,
    pub input_notes: Vec<InputNote>,
    pub situation: Situation,
    pub provider: Option<ProviderRef>,
    pub probes: Vec<Probe>,
    pub recommended: Recommended,
    pub findings: Vec<Finding>,
    pub ms: u64,
    /// RFC 3339 time the diagnosis started.
    #[serde(default)]
    pub started_at: String,
    #[serde(default)]
    pub lang: Lang,
    /// Where the candidate settings came from: every discovery source asked, what it
    /// returned, over which channel, and whether that channel is authenticated.
    #[serde(default)]
    pub discovery: Vec<SourceReport>,
}

/// Progress, streamed as it happens (CLI prints them on stderr; the wizard draws them).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The list of candidates is known; `index` in later events refers to it.
    Planned {
        candidates: Vec<Candidate>,
    },
    ProbeStarted {
        index: usize,
    },
    StepFinished {
        index: usize,
        step: Step,
    },
    ProbeFinished {
        index: usize,
        probe: Box<Probe>,
    },
    Finished {
        ms: u64,
    },
}

// ---- discovery's record of each source (vocabulary shared with the report) ----

/// How a source's answer reached us.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// Compiled into the program.
    Bundled,
    /// A file the user gave.
    File,
    /// https with a certificate that verified: authenticated.
    Https,
    /// Plain http: anyone on the path could have changed it.
    Http,
    /// DNS without DNSSEC validation: not authenticated.
    Dns,
    /// Nothing fetched (guesses).
    None,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceOutcome {
    /// Returned settings.
    Found,
    /// Answered, but had nothing for this domain (404, NXDOMAIN, no records).
    NotFound,
    /// Failed (bad certificate, bad XML, network error…): see `detail`.
    Failed,
    /// Did not answer within its deadline.
    Timeout,
    /// Not asked (offline, or a better source had already answered).
    Skipped,
}

/// What one source returned.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceReport {
    pub source: SettingsSource,
    /// The URL or DNS name asked, or the file / provider id.
    pub query: String,
    pub outcome: SourceOutcome,
    pub channel: Channel,
    /// True only for bundled data, the user's own file and https with a verified certificate.
    pub trusted: bool,
    pub candidates: usize,
    /// True for the source whose candidates were used.
    pub used: bool,
    pub ms: u64,
    pub detail: String,
}

// ---- what the person typed: the account and the facts of input problems and notes ----

/// A normalised, validated e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// local@domain with the domain in lower-case ASCII (punycode).
    pub address: String,
    pub local_part: String,
    /// Lower-case ASCII (punycode) domain.
    pub domain: String,
    /// The domain as the person would read it (Unicode).
    pub domain_unicode: String,
}

/// Which part of the address a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Before the @.
    Local,
    /// After the @.
    Domain,
}

/// What is wrong with the input, with the facts the message needs. `text::input_problem`
/// turns it into a sentence; `id()` is the stable id for JSON and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputProblem {
    AddressEmpty,
    MissingAt,
    MultipleAt {
        count: usize,
    },
    /// A space (or other blank) between other characters; 1-based character position.
    SpaceInside {
        position: usize,
    },
    EmptyLocal,
    EmptyDomain,
    /// 1-based character position in the address (after the notes' changes).
    InvalidChar {
        ch: char,
        position: usize,
        part: Part,
    },
    ConsecutiveDots {
        part: Part,
    },
    LeadingDot {
        part: Part,
    },
    TrailingDot {
        part: Part,
    },
    DomainNoDot,
    DomainLiteral,
    DomainLabelTooLong {
        label: String,
    },
    DomainLabelHyphen {
        label: String,
    },
    DomainNumeric,
    IdnInvalid {
        domain: String,
    },
    /// Octets (RFC 5321: at most 254 for the whole address).
    AddressTooLong {
        len: usize,
    },
    /// Octets (RFC 5321: at most 64 before the @).
    LocalTooLong {
        len: usize,
    },
    UsernameEmpty,
    UsernameControlChar {
        ch: char,
    },
    PasswordEmpty,
    PasswordControlChar {
        ch: char,
    },
}

impl InputProblem {
    pub fn id(&self) -> &'static str {
        match self {
            InputProblem::AddressEmpty => "address_empty",
            InputProblem::MissingAt => "address_missing_at",
            InputProblem::MultipleAt { .. } => "address_multiple_at",
            InputProblem::SpaceInside { .. } => "address_space_inside",
            InputProblem::EmptyLocal => "address_empty_local",
            InputProblem::EmptyDomain => "address_empty_domain",
            InputProblem::InvalidChar { .. } => "address_invalid_char",
            InputProblem::ConsecutiveDots { .. } => "address_consecutive_dots",
            InputProblem::LeadingDot { .. } => "address_leading_dot",
            InputProblem::TrailingDot { .. } => "address_trailing_dot",
            InputProblem::DomainNoDot => "address_domain_no_dot",
            InputProblem::DomainLiteral => "address_domain_literal",
            InputProblem::DomainLabelTooLong { .. } => "address_domain_label_too_long",
            InputProblem::DomainLabelHyphen { .. } => "address_domain_label_hyphen",
            InputProblem::DomainNumeric => "address_domain_numeric",
            InputProblem::IdnInvalid { .. } => "address_idn_invalid",
            InputProblem::AddressTooLong { .. } => "address_too_long",
            InputProblem::LocalTooLong { .. } => "address_local_too_long",
            InputProblem::UsernameEmpty => "username_empty",
            InputProblem::UsernameControlChar { .. } => "username_control_char",
            InputProblem::PasswordEmpty => "password_empty",
            InputProblem::PasswordControlChar { .. } => "password_control_char",
        }
    }
}

/// The facts an input note shows (the text is in `text::input_note`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoteFacts {
    /// Full-width letters, ＠, ．, 。 or the ideographic space were turned into ASCII.
    Fullwidth {
        result: String,
    },
    WhitespaceTrimmed {
        result: String,
    },
    /// Counts of blank characters at the start and end of the password (never the password).
    PasswordWhitespace {
        leading: usize,
        trailing: usize,
    },
    IdnConverted {
        unicode: String,
        ascii: String,
    },
    DomainLowercased {
        result: String,
    },
    /// How many characters of the password are not plain ASCII, and how many of those are
    /// full-width forms (never the characters themselves).
    PasswordNonAscii {
        count: usize,
        fullwidth: usize,
    },
}

impl NoteFacts {
    pub fn id(&self) -> InputNoteId {
        match self {
            NoteFacts::Fullwidth { .. } => InputNoteId::FullwidthNormalized,
            NoteFacts::WhitespaceTrimmed { .. } => InputNoteId::WhitespaceTrimmed,
            NoteFacts::PasswordWhitespace { .. } => InputNoteId::PasswordWhitespace,
            NoteFacts::IdnConverted { .. } => InputNoteId::IdnConverted,
            NoteFacts::DomainLowercased { .. } => InputNoteId::DomainLowercased,
            NoteFacts::PasswordNonAscii { .. } => InputNoteId::PasswordNonAscii,
        }
    }
}

// ---- the facts of a finding (its words are rendered from them, in either language) ----

/// Why settings are unverified or missing (selects the wording of a few findings).
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    #[default]
    Unspecified,
    /// No network was used (`--offline`): the settings come from bundled data.
    Offline,
    /// No data for the domain and nothing probed.
    NoData,
    /// No password was given: servers answered, logins were not tried.
    NoPassword,
    /// One side could not be verified; it is shown from bundled data.
    Partial,
    /// No server of this direction was found to try.
    NothingFound,
    /// Every server of this direction was tried and failed.
    AllFailed,
    /// Only port 25 accepted (not usable from a mail app on most networks).
    OnlyPort25,
    /// A login was refused by the server.
    LoginFailed,
    /// The outgoing server took the login but refused mail from this address.
    SubmitRejected,
}

/// The facts a finding's text may use. Every field is optional in effect: the text reads
/// well with `FindingCtx::default()` and says "your provider" when no provider is known.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FindingCtx {
    pub situation: Situation,
    pub address: String,
    /// The domain as the person reads it (Unicode).
    pub domain: String,
    pub provider_name: Option<String>,
    /// What the provider calls the mail password (メールアドレスパスワード, BIGLOBEパスワード…).
    pub password_name: Option<String>,
    /// Where the provider says the mail password is written (a sentence from its data).
    pub password_written_on: Option<String>,
    pub webmail_url: Option<String>,
    pub management_url: Option<String>,
    /// Where the provider's app passwords are made.
    pub app_password_url: Option<String>,
    /// The provider accepts only its own sign-in (OAuth2), no password of any kind.
    pub oauth_only: bool,
    pub password_reset_url: Option<String>,
    pub keep_on_server_days: Option<u32>,
    pub imap_paid_option: bool,
    /// "host:port" of the servers concerned.
    pub servers: Vec<String>,
    pub failure: Option<FailureKind>,
    pub issuer: Option<String>,
    /// Security software named by the certificate issuer.
    pub vendor: Option<String>,
    /// What the server said (sanitised by the probe).
    pub server_text: Option<String>,
    pub percent: Option<u64>,
    pub used_bytes: Option<u64>,
    pub limit_bytes: Option<u64>,
    pub count: Option<u64>,
    /// The username form that worked / the one that was refused.
    pub username: Option<String>,
    pub rejected_username: Option<String>,
    pub attempts: u32,
    /// The working submission port and its security (port 25 finding).
    pub port: Option<u16>,
    pub security: Option<Security>,
    /// Another server or port of the same direction works.
    pub alternative_works: bool,
    /// Some login (anywhere) succeeded.
    pub any_login_ok: bool,
    pub reason: Reason,
    /// One line per probe tried ("IMAP mail.example.jp:993 (SSL/TLS): 接続を断られました"),
    /// in the language being rendered: made from `tried_probes` at the edge, never stored.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub tried: Vec<String>,
    /// The facts of those lines, one per probe tried.
    pub tried_probes: Vec<TriedProbe>,
    /// Gmail situation: whether IMAP works for this account (None: unknown).
    pub imap_available: Option<bool>,
    /// Refused logins: Some(true) when every refusal carried a code saying the credentials
    /// were rejected, Some(false) when some refusal gave no reason (None: not known).
    pub credentials_confirmed: Option<bool>,
}

/// One probe as a finding's "what we tried" lists it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriedProbe {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub outcome: Outcome,
    pub failure: Option<FailureKind>,
}

/// Most login attempts the probes make on one server per run (see `probe`).
pub const LOGIN_CAP: u32 = 3;
