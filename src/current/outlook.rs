//! Classic Outlook: POP and IMAP accounts in the current user's registry, for every Office
//! version whose profile keys exist:
//! `HKCU\Software\Microsoft\Office\<ver>\Outlook\Profiles\<profile>\9375CFF0413111d3B88A00104B2A6676\<nnnnnnnn>`
//! (Outlook 2013 and later) and, for Outlook 2010 and older,
//! `HKCU\Software\Microsoft\Windows NT\CurrentVersion\Windows Messaging Subsystem\Profiles\<profile>\9375CFF0413111d3B88A00104B2A6676\<nnnnnnnn>`.
//!
//! The walk goes through the small [`Registry`] trait (the real one is `winreg`, on Windows
//! only), so that the walk and the value decoding are tested on every system. Only the named
//! values below are read; password values ("POP3 Password", "IMAP Password", "SMTP Password")
//! are never asked for.
//!
//! Value meanings: the names are Outlook's; text values are REG_BINARY holding UTF-16LE with
//! a closing NUL (older versions: REG_SZ, or REG_BINARY with 8-bit text); ports and switches
//! are REG_DWORD. `SMTP Secure Connection`: 0 none, 1 SSL (TLS from the first byte), 2 TLS
//! (STARTTLS), 3 automatic, in the order of Outlook's dialog list. `Leave on Server`: bit 0
//! leave a copy, bit 1 remove after the number of days in the upper 16 bits, bit 2 remove
//! when deleted from Deleted Items. These last two encodings are read from exported
//! registry files, not from a Microsoft document: an unknown value is shown as unknown.

use super::{App, AuthSetting, FoundAccount, IncomingFound, OutgoingFound, ReadProblem, Scan};
use crate::model::{Protocol, Security};

/// One registry value as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegValue {
    Binary(Vec<u8>),
    Dword(u32),
    Sz(String),
    /// Another type (REG_QWORD, REG_MULTI_SZ…): not used here.
    Other,
}

/// The part of the registry this reader needs, under HKEY_CURRENT_USER.
pub trait Registry {
    /// Names of the subkeys of `path`; Ok(empty) when the key does not exist.
    fn subkeys(&self, path: &str) -> Result<Vec<String>, String>;
    /// One value of the key `path`; Ok(None) when it (or the key) does not exist.
    fn value(&self, path: &str, name: &str) -> Result<Option<RegValue>, String>;
}

/// The account-manager key that holds the mail accounts of a profile.
pub const ACCOUNTS_KEY: &str = "9375CFF0413111d3B88A00104B2A6676";
const OLD_PROFILES: &str =
    r"Software\Microsoft\Windows NT\CurrentVersion\Windows Messaging Subsystem\Profiles";

/// Text from a value: UTF-16LE binary (the usual), REG_SZ, or 8-bit binary; closing NULs
/// removed. None for a DWORD, an empty or undecodable value.
pub fn decode_text(v: &RegValue) -> Option<String> {
    let s = match v {
        RegValue::Sz(s) => s.clone(),
        RegValue::Binary(b) => {
            // UTF-16LE ends in a 16-bit NUL, or (without one) has a zero high byte in every
            // unit of ASCII text; 8-bit text ends in a single NUL.
            let even = b.len() >= 2 && b.len() % 2 == 0;
            let utf16 =
                even && (b.ends_with(&[0, 0]) || b.iter().skip(1).step_by(2).all(|&x| x == 0));
            if utf16 {
                let units: Vec<u16> = b
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16(&units).ok()?
            } else {
                // 8-bit text (older Outlook): ASCII only is trusted.
                let t: Vec<u8> = b.iter().copied().take_while(|&c| c != 0).collect();
                if !t.is_ascii() {
                    return None;
                }
                String::from_utf8(t).ok()?
            }
        }
        _ => return None,
    };
    let s = s.split('\0').next().unwrap_or("").trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// A number from a DWORD (or a 4-byte binary).
pub fn decode_dword(v: &RegValue) -> Option<u32> {
    match v {
        RegValue::Dword(d) => Some(*d),
        RegValue::Binary(b) if b.len() == 4 => Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
        _ => None,
    }
}

/// `SMTP Secure Connection` (and the IMAP list in newer Outlook).
pub fn decode_secure_connection(v: u32) -> Option<Security> {
    match v {
        0 => Some(Security::None),
        1 => Some(Security::Tls),
        2 => Some(Security::Starttls),
        // 3: automatic - Outlook decides while connecting: unknown here.
        _ => None,
    }
}

/// `Leave on Server` → (leave a copy, days before removal).
pub fn decode_leave_on_server(v: u32) -> (bool, Option<u32>) {
    let leave = v & 1 != 0;
    let days = (leave && v & 2 != 0).then_some(v >> 16).filter(|d| *d > 0);
    (leave, days)
}

struct Key<'a> {
    reg: &'a dyn Registry,
    path: String,
}

impl Key<'_> {
    fn text(&self, name: &str) -> Result<Option<String>, String> {
        Ok(self
            .reg
            .value(&self.path, name)?
            .as_ref()
            .and_then(decode_text))
    }
    fn dword(&self, name: &str) -> Result<Option<u32>, String> {
        Ok(self
            .reg
            .value(&self.path, name)?
            .as_ref()
            .and_then(decode_dword))
    }
    fn port(&self, name: &str) -> Result<Option<u16>, String> {
        Ok(self
            .dword(name)?
            .and_then(|p| u16::try_from(p).ok())
            .filter(|p| *p > 0))
    }
}

/// One account key → an account (None when it is not a POP or IMAP account: Exchange,
/// address books and the like live under the same key).
pub fn read_account(
    reg: &dyn Registry,
    path: &str,
    profile: &str,
    account: &str,
) -> Result<Option<FoundAccount>, String> {
    let k = Key {
        reg,
        path: path.to_string(),
    };
    let (protocol, host, prefix) = if let Some(h) = k.text("POP3 Server")? {
        (Protocol::Pop3, h, "POP3")
    } else if let Some(h) = k.text("IMAP Server")? {
        (Protocol::Imap, h, "IMAP")
    } else {
        return Ok(None);
    };
    let ssl = k.dword(&format!("{prefix} Use SSL"))?;
    let security = match (protocol, ssl) {
        (_, None) => Some(Security::None),
        (Protocol::Pop3, Some(v)) => Some(if v != 0 {
            Security::Tls
        } else {
            Security::None
        }),
        (_, Some(v)) => decode_secure_connection(v),
    };
    let default_port = match (protocol, security) {
        (Protocol::Pop3, Some(Security::Tls)) => 995,
        (Protocol::Pop3, _) => 110,
        (_, Some(Security::Tls)) => 993,
        _ => 143,
    };
    let (leave, days) = if protocol == Protocol::Pop3 {
        let (l, d) = decode_leave_on_server(k.dword("Leave on Server")?.unwrap_or(0));
        (Some(l), d)
    } else {
        (None, None)
    };
    let incoming = IncomingFound {
        protocol,
        host,
        port: k.port(&format!("{prefix} Port"))?.or(Some(default_port)),
        security,
        username: k.text(&format!("{prefix} User"))?,
        leave_on_server: leave,
        delete_after_days: days,
    };
    let outgoing = match k.text("SMTP Server")? {
        Some(host) => {
            let security =
                decode_secure_connection(k.dword("SMTP Secure Connection")?.unwrap_or(0));
            let auth = match k.dword("SMTP Use Auth")? {
                Some(0) | None => AuthSetting::None,
                Some(_) => AuthSetting::Password,
            };
            Some(OutgoingFound {
                host,
                port: k.port("SMTP Port")?.or(Some(25)),
                security,
                username: k.text("SMTP User")?,
                auth: Some(auth),
            })
        }
        None => None,
    };
    Ok(Some(FoundAccount {
        app: App::Outlook,
        source: format!(r"HKEY_CURRENT_USER\{path}"),
        profile: profile.to_string(),
        account: k
            .text("Account Name")?
            .unwrap_or_else(|| account.to_string()),
        address: k.text("Email")?,
        incoming: Some(incoming),
        outgoing,
    }))
}

/// Every profile root that exists: one per Office version, and the pre-2013 one.
fn profile_roots(reg: &dyn Registry) -> Result<Vec<(String, String)>, String> {
    let mut roots = Vec::new();
    let mut versions: Vec<String> = reg
        .subkeys(r"Software\Microsoft\Office")?
        .into_iter()
        .filter(|v| {
            let mut it = v.split('.');
            matches!((it.next(), it.next(), it.next()), (Some(a), Some(b), None)
                if !a.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit()))
        })
        .collect();
    versions.sort_by_key(|v| {
        std::cmp::Reverse(v.split('.').next().and_then(|m| m.parse::<u32>().ok()))
    });
    for v in versions {
        roots.push((
            format!(r"Software\Microsoft\Office\{v}\Outlook\Profiles"),
            format!("Office {v}"),
        ));
    }
    roots.push((
        OLD_PROFILES.to_string(),
        "Windows Messaging Subsystem".into(),
    ));
    Ok(roots)
}

/// Walks every profile of every Office version into `scan`.
pub fn read_all(reg: &dyn Registry, scan: &mut Scan) {
    let problem = |scan: &mut Scan, source: &str, message: String| {
        scan.problems.push(ReadProblem {
            app: App::Outlook,
            source: format!(r"HKEY_CURRENT_USER\{source}"),
            message,
        })
    };
    let roots = match profile_roots(reg) {
        Ok(r) => r,
        Err(e) => return problem(scan, r"Software\Microsoft\Office", e),
    };
    for (root, what) in roots {
        let profiles = match reg.subkeys(&root) {
            Ok(p) => p,
            Err(e) => {
                problem(scan, &root, e);
                continue;
            }
        };
        for profile in profiles {
            let base = format!(r"{root}\{profile}\{ACCOUNTS_KEY}");
            let accounts = match reg.subkeys(&base) {
                Ok(a) => a,
                Err(e) => {
                    problem(scan, &base, e);
                    continue;
                }
            };
            for acct in accounts {
                let path = format!(r"{base}\{acct}");
                match read_account(reg, &path, &format!("{profile} ({what})"), &acct) {
                    Ok(Some(a)) => scan.accounts.push(a),
                    Ok(None) => {}
                    Err(e) => problem(scan, &path, e),
                }
            }
        }
    }
}

/// A registry held in memory (tests, and the Wine check's comparison).
#[derive(Debug, Default, Clone)]
pub struct MemRegistry {
    /// (key path, value name, value); key paths are compared case-insensitively.
    pub values: Vec<(String, String, RegValue)>,
    /// Keys that exist without values.
    pub keys: Vec<String>,
}

impl MemRegistry {
    pub fn set(&mut self, key: &str, name: &str, v: RegValue) {
        self.values.push((key.to_string(), name.to_string(), v));
    }
    /// A UTF-16LE binary value with a closing NUL, as Outlook writes text.
    pub fn utf16(s: &str) -> RegValue {
        let mut b: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        b.extend([0, 0]);
        RegValue::Binary(b)
    }
}

impl Registry for MemRegistry {
    fn subkeys(&self, path: &str) -> Result<Vec<String>, String> {
        let prefix = format!("{}\\", path.to_ascii_lowercase());
        let mut out: Vec<String> = Vec::new();
        let all = self
            .values
            .iter()
            .map(|(k, _, _)| k.as_str())
            .chain(self.keys.iter().map(String::as_str));
        for k in all {
            if k.to_ascii_lowercase().starts_with(&prefix) {
                let rest = &k[prefix.len()..];
                let first = rest.split('\\').next().unwrap_or("").to_string();
                if !first.is_empty() && !out.contains(&first) {
                    out.push(first);
                }
            }
        }
        Ok(out)
    }
    fn value(&self, path: &str, name: &str) -> Result<Option<RegValue>, String> {
        Ok(self
            .values
            .iter()
            .rev()
            .find(|(k, n, _)| k.eq_ignore_ascii_case(path) && n.eq_ignore_ascii_case(name))
            .map(|(_, _, v)| v.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values() {
        assert_eq!(
            decode_text(&MemRegistry::utf16("pop.example.ne.jp")).as_deref(),
            Some("pop.example.ne.jp")
        );
        assert_eq!(
            decode_text(&MemRegistry::utf16("山田@例え.jp")).as_deref(),
            Some("山田@例え.jp")
        );
        assert_eq!(
            decode_text(&RegValue::Binary(b"mail.example.jp\0".to_vec())).as_deref(),
            Some("mail.example.jp")
        );
        assert_eq!(
            decode_text(&RegValue::Sz("x ".into())).as_deref(),
            Some("x")
        );
        assert_eq!(decode_text(&RegValue::Binary(vec![])), None);
        assert_eq!(decode_text(&RegValue::Binary(vec![0, 0])), None);
        // A lone surrogate is not text.
        assert_eq!(
            decode_text(&RegValue::Binary(vec![0x00, 0xd8, 0x41, 0x00])),
            None
        );
        assert_eq!(decode_text(&RegValue::Binary(vec![0xff, 0xfe, 0xfd])), None);
        assert_eq!(decode_text(&RegValue::Dword(1)), None);
    }

    #[test]
    fn switches() {
        assert_eq!(
            decode_dword(&RegValue::Binary(vec![0x4b, 0x02, 0, 0])),
            Some(587)
        );
        assert_eq!(decode_dword(&RegValue::Binary(vec![1, 2, 3])), None);
        assert_eq!(decode_leave_on_server(0), (false, None));
        assert_eq!(decode_leave_on_server(1), (true, None));
        assert_eq!(decode_leave_on_server(0x000e_0003), (true, Some(14)));
        assert_eq!(decode_leave_on_server(0x000e_0002), (false, None));
        assert_eq!(decode_secure_connection(2), Some(Security::Starttls));
        assert_eq!(decode_secure_connection(3), None);
    }

    #[test]
    fn walks_versions_and_profiles() {
        let mut r = MemRegistry::default();
        let a = format!(
            r"Software\Microsoft\Office\16.0\Outlook\Profiles\Outlook\{ACCOUNTS_KEY}\00000002"
        );
        r.set(&a, "Email", MemRegistry::utf16("hanako@example.ne.jp"));
        r.set(&a, "POP3 Server", MemRegistry::utf16("pop.example.ne.jp"));
        r.set(&a, "POP3 User", MemRegistry::utf16("hanako"));
        r.set(&a, "POP3 Use SSL", RegValue::Dword(1));
        r.set(&a, "Leave on Server", RegValue::Dword(0x000e_0003));
        r.set(&a, "SMTP Server", MemRegistry::utf16("smtp.example.ne.jp"));
        r.set(&a, "SMTP Port", RegValue::Dword(587));
        r.set(&a, "SMTP Secure Connection", RegValue::Dword(2));
        r.set(&a, "SMTP Use Auth", RegValue::Dword(1));
        let b =
            format!(r"Software\Microsoft\Office\15.0\Outlook\Profiles\Old\{ACCOUNTS_KEY}\00000003");
        r.set(&b, "IMAP Server", MemRegistry::utf16("imap.example.jp"));
        r.set(&b, "IMAP Port", RegValue::Dword(143));
        // An Exchange account (no POP3/IMAP Server) is not listed.
        let c = format!(
            r"Software\Microsoft\Office\16.0\Outlook\Profiles\Outlook\{ACCOUNTS_KEY}\00000001"
        );
        r.set(
            &c,
            "Account Name",
            MemRegistry::utf16("Outlook Address Book"),
        );
        r.keys.push(r"Software\Microsoft\Office\Common".into());
        let mut s = Scan::default();
        read_all(&r, &mut s);
        assert_eq!(s.accounts.len(), 2, "{s:?}");
        assert!(s.problems.is_empty());
        let p = &s.accounts[0];
        assert_eq!(p.profile, "Outlook (Office 16.0)");
        assert_eq!(p.address.as_deref(), Some("hanako@example.ne.jp"));
        let i = p.incoming.as_ref().unwrap();
        assert_eq!((i.port, i.security), (Some(995), Some(Security::Tls)));
        assert_eq!(
            (i.leave_on_server, i.delete_after_days),
            (Some(true), Some(14))
        );
        let o = p.outgoing.as_ref().unwrap();
        assert_eq!(
            (o.port, o.security, o.auth),
            (
                Some(587),
                Some(Security::Starttls),
                Some(AuthSetting::Password)
            )
        );
        let q = &s.accounts[1];
        assert_eq!(q.incoming.as_ref().unwrap().protocol, Protocol::Imap);
        assert_eq!(q.outgoing, None);
        assert!(q
            .source
            .starts_with(r"HKEY_CURRENT_USER\Software\Microsoft\Office\15.0"));
    }

    struct Broken;
    impl Registry for Broken {
        fn subkeys(&self, path: &str) -> Result<Vec<String>, String> {
            if path.ends_with("Office") {
                Ok(vec!["16.0".into()])
            } else {
                Err("access denied".into())
            }
        }
        fn value(&self, _: &str, _: &str) -> Result<Option<RegValue>, String> {
            Err("access denied".into())
        }
    }

    #[test]
    fn errors_are_listed_not_fatal() {
        let mut s = Scan::default();
        read_all(&Broken, &mut s);
        assert!(s.accounts.is_empty());
        assert_eq!(s.problems.len(), 2);
        assert!(s.problems[0].message.contains("denied"));
    }
}
