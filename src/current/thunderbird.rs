//! Thunderbird: `profiles.ini` (and `installs.ini`) in Thunderbird's folder name the profiles;
//! each profile's `prefs.js` holds the accounts:
//! `mail.accountmanager.accounts` → `mail.account.<a>.server` / `.identities` →
//! `mail.server.<s>.*` (type, hostname, port, socketType, userName, leave_on_server,
//! delete_by_age_from_server, num_days_to_leave_on_server), `mail.identity.<id>.useremail` /
//! `.smtpServer` → `mail.smtpserver.<k>.*` (hostname, port, try_ssl, authMethod, username).
//!
//! Defaults for values Thunderbird does not write (it writes only what differs from them) are
//! Thunderbird 153's own (`defaults/pref/mailnews.js` in its omni.ja: socketType 0,
//! authMethod 3, leave_on_server false, delete_by_age_from_server false,
//! num_days_to_leave_on_server 7, try_ssl 0); its default ports: an incoming port below 2
//! means the protocol's (IMAP 143/993, POP3 110/995 by socketType 3), an SMTP port 0 means
//! 465 with socketType 3, else 587 (MsgIncomingServer.sys.mjs, SmtpClient.sys.mjs).
//! Never opened: logins.json, key4.db (the stored passwords).

use super::prefs::{self, Prefs};
use super::{App, AuthSetting, FoundAccount, IncomingFound, OutgoingFound, ReadProblem, Scan};
use crate::model::{Lang, Protocol, Security};
use std::path::{Path, PathBuf};

/// prefs.js files above this size are refused (real ones are well under 1 MiB).
pub const MAX_PREFS_BYTES: u64 = 16 * 1024 * 1024;
const MAX_INI_BYTES: u64 = 1024 * 1024;

/// Thunderbird's folders on this system (the ones that hold a profiles.ini are read).
pub fn default_roots() -> Vec<PathBuf> {
    let mut v = Vec::new();
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(windows) {
        if let Some(a) = env("APPDATA") {
            v.push(a.join("Thunderbird"));
        }
    } else if let Some(home) = env("HOME") {
        if cfg!(target_os = "macos") {
            v.push(home.join("Library/Thunderbird"));
        } else {
            v.push(home.join(".thunderbird"));
            // Snap and Flatpak packages keep it inside their own folders.
            v.push(home.join("snap/thunderbird/common/.thunderbird"));
            v.push(home.join(".var/app/org.mozilla.Thunderbird/.thunderbird"));
        }
    }
    v
}

/// A profile named by profiles.ini / installs.ini.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRef {
    pub name: String,
    pub dir: PathBuf,
}

/// The profiles that `profiles.ini` (and `installs.ini`) in `root` name, without repeats.
pub fn profiles_in(root: &Path) -> Result<Vec<ProfileRef>, String> {
    let mut out: Vec<ProfileRef> = Vec::new();
    let ini = match load_ini(&root.join("profiles.ini"))? {
        Some(i) => i,
        None => return Ok(out),
    };
    let resolve = |path: &str, relative: bool| {
        let p = path.replace('\\', "/");
        if relative {
            root.join(p)
        } else {
            PathBuf::from(path)
        }
    };
    let mut push = |name: String, dir: PathBuf| {
        if !out.iter().any(|p| p.dir == dir) {
            out.push(ProfileRef { name, dir });
        }
    };
    for (sec, props) in ini.iter() {
        let Some(sec) = sec else { continue };
        if sec.starts_with("Profile") {
            let Some(path) = props.get("Path") else {
                continue;
            };
            let relative = props.get("IsRelative").is_none_or(|v| v.trim() == "1");
            let name = props.get("Name").unwrap_or(sec).to_string();
            push(name, resolve(path, relative));
        } else if sec.starts_with("Install") {
            if let Some(path) = props.get("Default") {
                push(path.to_string(), resolve(path, true));
            }
        }
    }
    if let Some(inst) = load_ini(&root.join("installs.ini"))? {
        for (_, props) in inst.iter() {
            if let Some(path) = props.get("Default") {
                push(path.to_string(), resolve(path, true));
            }
        }
    }
    Ok(out)
}

fn load_ini(path: &Path) -> Result<Option<ini::Ini>, String> {
    if !path.exists() {
        return Ok(None);
    }
    let bytes =
        super::read_bounded(path, MAX_INI_BYTES).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    ini::Ini::load_from_str_noescape(&text)
        .map(Some)
        .map_err(|e| {
            crate::tr!(
                Lang::En,
                "current-not-ini",
                path = path.display().to_string(),
                why = e.to_string()
            )
        })
}

/// Reads every profile under one Thunderbird folder into `scan`.
pub fn read_root(root: &Path, scan: &mut Scan) {
    match profiles_in(root) {
        Ok(profiles) => {
            for p in profiles {
                if p.dir.join("prefs.js").is_file() {
                    read_profile_dir(&p.dir, &p.name, scan);
                }
            }
        }
        Err(message) => scan.problems.push(ReadProblem {
            app: App::Thunderbird,
            source: root.display().to_string(),
            message,
        }),
    }
}

/// Reads one profile folder (or a prefs.js file given directly) into `scan`.
pub fn read_profile_dir(dir: &Path, name: &str, scan: &mut Scan) {
    let file = if dir.is_dir() {
        dir.join("prefs.js")
    } else {
        dir.to_path_buf()
    };
    let source = file.display().to_string();
    let profile = if name.is_empty() {
        file.parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        name.to_string()
    };
    match read_prefs_file(&file) {
        Ok(p) => scan
            .accounts
            .extend(accounts_from_prefs(&p, &source, &profile)),
        Err(message) => scan.problems.push(ReadProblem {
            app: App::Thunderbird,
            source,
            message,
        }),
    }
}

/// Reads and parses a prefs.js, bounded in size; the error says why and where.
pub fn read_prefs_file(file: &Path) -> Result<Prefs, String> {
    let bytes = super::read_bounded(file, MAX_PREFS_BYTES)?;
    // In English, for support staff (ReadProblem::message).
    prefs::parse(&bytes).map_err(|e| crate::tr!(Lang::En, "current-not-prefs", why = e.to_string()))
}

fn list(p: &Prefs, name: &str) -> Vec<String> {
    p.str(name)
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn socket_security(v: i64) -> Option<Security> {
    match v {
        0 => Some(Security::None),
        // 1 is the old "STARTTLS, if available" (the connection may stay plain).
        1 | 2 => Some(Security::Starttls),
        3 => Some(Security::Tls),
        _ => None,
    }
}

/// Thunderbird's nsMsgAuthMethod values.
fn auth_setting(v: i64) -> AuthSetting {
    match v {
        0 | 1 => AuthSetting::None,
        2 | 3 => AuthSetting::Password,
        4 => AuthSetting::EncryptedPassword,
        5 => AuthSetting::Kerberos,
        6 => AuthSetting::Ntlm,
        7 => AuthSetting::TlsCertificate,
        10 => AuthSetting::OAuth2,
        _ => AuthSetting::Unknown,
    }
}

fn port(v: Option<i64>) -> Option<u16> {
    v.filter(|p| *p > 1).and_then(|p| u16::try_from(p).ok())
}

fn incoming(p: &Prefs, s: &str) -> Option<IncomingFound> {
    let key = |k: &str| format!("mail.server.{s}.{k}");
    let protocol = match p.str(&key("type"))? {
        "imap" => Protocol::Imap,
        "pop3" => Protocol::Pop3,
        // Local Folders ("none"), feeds, news, Exchange (ews) and chat are not mail servers
        // the compare step knows.
        _ => return None,
    };
    let socket = p.int(&key("socketType")).unwrap_or(0);
    let security = socket_security(socket);
    let port = port(p.int(&key("port"))).or(match (protocol, socket) {
        (Protocol::Imap, 3) => Some(993),
        (Protocol::Imap, _) => Some(143),
        (_, 3) => Some(995),
        _ => Some(110),
    });
    let (leave, days) = if protocol == Protocol::Pop3 {
        let leave = p.bool(&key("leave_on_server")).unwrap_or(false);
        let by_age = p.bool(&key("delete_by_age_from_server")).unwrap_or(false);
        let n = p.int(&key("num_days_to_leave_on_server")).unwrap_or(7);
        let days = (leave && by_age).then(|| u32::try_from(n).ok()).flatten();
        (Some(leave), days)
    } else {
        (None, None)
    };
    Some(IncomingFound {
        protocol,
        host: p.str(&key("hostname")).unwrap_or("").to_string(),
        port,
        security,
        username: p.str(&key("userName")).map(str::to_string),
        leave_on_server: leave,
        delete_after_days: days,
    })
}

fn outgoing(p: &Prefs, k: &str) -> Option<OutgoingFound> {
    let key = |x: &str| format!("mail.smtpserver.{k}.{x}");
    if p.str(&key("type")).is_some_and(|t| t != "smtp") {
        return None;
    }
    let host = p.str(&key("hostname"))?.to_string();
    let socket = p.int(&key("try_ssl")).unwrap_or(0);
    let port = port(p.int(&key("port"))).or(Some(if socket == 3 { 465 } else { 587 }));
    Some(OutgoingFound {
        host,
        port,
        security: socket_security(socket),
        username: p
            .str(&key("username"))
            .filter(|u| !u.is_empty())
            .map(str::to_string),
        auth: Some(auth_setting(p.int(&key("authMethod")).unwrap_or(3))),
    })
}

/// The mail accounts of one parsed prefs.js.
pub fn accounts_from_prefs(p: &Prefs, source: &str, profile: &str) -> Vec<FoundAccount> {
    let default_smtp = p
        .str("mail.smtp.defaultserver")
        .map(str::to_string)
        .or_else(|| list(p, "mail.smtpservers").into_iter().next());
    let mut out = Vec::new();
    for a in list(p, "mail.accountmanager.accounts") {
        let Some(server) = p.str(&format!("mail.account.{a}.server")) else {
            continue;
        };
        let Some(inc) = incoming(p, server) else {
            continue;
        };
        let id = list(p, &format!("mail.account.{a}.identities"))
            .into_iter()
            .next();
        let address = id
            .as_ref()
            .and_then(|id| p.str(&format!("mail.identity.{id}.useremail")))
            .map(str::to_string);
        let smtp_key = id
            .as_ref()
            .and_then(|id| p.str(&format!("mail.identity.{id}.smtpServer")))
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .or_else(|| default_smtp.clone());
        out.push(FoundAccount {
            app: App::Thunderbird,
            source: source.to_string(),
            profile: profile.to_string(),
            account: a.clone(),
            address,
            incoming: Some(inc),
            outgoing: smtp_key.and_then(|k| outgoing(p, &k)),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_fill_what_thunderbird_leaves_out() {
        let p = prefs::parse(
            br#"user_pref("mail.accountmanager.accounts", "account1,account9");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.account.account1.identities", "id1");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.server.server1.hostname", "imap.example.jp");
user_pref("mail.server.server1.socketType", 3);
user_pref("mail.identity.id1.useremail", "a@example.jp");
user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.jp");
user_pref("mail.smtpserver.smtp1.authMethod", 10);
"#,
        )
        .unwrap();
        let a = accounts_from_prefs(&p, "x", "y");
        assert_eq!(a.len(), 1, "account9 has no server and is skipped");
        let i = a[0].incoming.as_ref().unwrap();
        assert_eq!((i.port, i.security), (Some(993), Some(Security::Tls)));
        assert_eq!(i.leave_on_server, None);
        let o = a[0].outgoing.as_ref().unwrap();
        assert_eq!(o.port, Some(587));
        assert_eq!(o.security, Some(Security::None));
        assert_eq!(o.auth, Some(AuthSetting::OAuth2));
        assert_eq!(a[0].to_current().outgoing_auth_required, Some(true));
    }
}
