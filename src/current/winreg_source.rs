//! The real registry (Windows only), read-only, through the `winreg` crate.

use super::outlook::{RegValue, Registry};
use std::io::ErrorKind;
use winreg::enums::{RegType, HKEY_CURRENT_USER, KEY_READ};
use winreg::RegKey;

/// HKEY_CURRENT_USER, opened with KEY_READ only. `base` is put before every path (empty
/// for the real thing; a test key in the tests).
#[derive(Debug, Default)]
pub struct CurrentUser {
    pub base: String,
}

fn open(base: &str, path: &str) -> std::io::Result<Option<RegKey>> {
    let full = format!("{base}{path}");
    match RegKey::predef(HKEY_CURRENT_USER).open_subkey_with_flags(full, KEY_READ) {
        Ok(k) => Ok(Some(k)),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

impl Registry for CurrentUser {
    fn subkeys(&self, path: &str) -> Result<Vec<String>, String> {
        let Some(k) = open(&self.base, path).map_err(|e| e.to_string())? else {
            return Ok(Vec::new());
        };
        // A bounded walk: a profile has a handful of accounts.
        k.enum_keys()
            .take(10_000)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())
    }

    fn value(&self, path: &str, name: &str) -> Result<Option<RegValue>, String> {
        let Some(k) = open(&self.base, path).map_err(|e| e.to_string())? else {
            return Ok(None);
        };
        let v = match k.get_raw_value(name) {
            Ok(v) => v,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e.to_string()),
        };
        let bytes: &[u8] = &v.bytes;
        // Values read here are short; a huge one is not a setting.
        if bytes.len() > 64 * 1024 {
            return Ok(Some(RegValue::Other));
        }
        Ok(Some(match v.vtype {
            RegType::REG_BINARY => RegValue::Binary(bytes.to_vec()),
            RegType::REG_DWORD if bytes.len() == 4 => {
                RegValue::Dword(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
            }
            RegType::REG_SZ | RegType::REG_EXPAND_SZ => {
                let units: Vec<u16> = bytes
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                RegValue::Sz(String::from_utf16_lossy(&units))
            }
            _ => RegValue::Other,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::current::outlook::{read_all, ACCOUNTS_KEY};
    use crate::current::Scan;
    use crate::model::{Protocol, Security};
    use std::borrow::Cow;

    fn utf16(s: &str) -> winreg::RegValue<'static> {
        let mut b: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        b.extend([0, 0]);
        winreg::RegValue {
            bytes: Cow::Owned(b),
            vtype: RegType::REG_BINARY,
        }
    }

    /// Writes an Outlook POP account under a test key of the real registry, reads it back
    /// through the reader, and removes the test key.
    #[test]
    fn reads_outlook_values_from_the_real_registry() {
        let base = format!(r"Software\TsunaguTest-{}\", std::process::id());
        let hkcu = RegKey::predef(HKEY_CURRENT_USER);
        let acct = format!(
            r"{base}Software\Microsoft\Office\16.0\Outlook\Profiles\Outlook\{ACCOUNTS_KEY}\00000002"
        );
        let (k, _) = hkcu.create_subkey(&acct).expect("create a test key");
        k.set_raw_value("Email", &utf16("hanako@example.ne.jp"))
            .unwrap();
        k.set_raw_value("POP3 Server", &utf16("pop.example.ne.jp"))
            .unwrap();
        k.set_raw_value("POP3 User", &utf16("hanako")).unwrap();
        k.set_value("POP3 Port", &995u32).unwrap();
        k.set_value("POP3 Use SSL", &1u32).unwrap();
        k.set_value("Leave on Server", &0x000e_0003u32).unwrap();
        k.set_raw_value("SMTP Server", &utf16("smtp.example.ne.jp"))
            .unwrap();
        k.set_value("SMTP Port", &587u32).unwrap();
        k.set_value("SMTP Secure Connection", &2u32).unwrap();
        let mut s = Scan::default();
        read_all(&CurrentUser { base: base.clone() }, &mut s);
        let _ = hkcu.delete_subkey_all(base.trim_end_matches('\\'));
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.accounts.len(), 1, "{s:?}");
        let a = &s.accounts[0];
        assert_eq!(a.address.as_deref(), Some("hanako@example.ne.jp"));
        let i = a.incoming.as_ref().unwrap();
        assert_eq!(
            (i.protocol, i.port, i.security),
            (Protocol::Pop3, Some(995), Some(Security::Tls))
        );
        assert_eq!(
            (i.leave_on_server, i.delete_after_days),
            (Some(true), Some(14))
        );
        let o = a.outgoing.as_ref().unwrap();
        assert_eq!((o.port, o.security), (Some(587), Some(Security::Starttls)));
    }

    /// For a registry filled from outside (`wine reg add ...`, scripts/wine-registry-test.sh):
    /// TSUNAGU_REG_EXPECT names the address that must be found under the real Outlook keys.
    #[test]
    #[ignore]
    fn reads_keys_written_by_reg_add() {
        let want = std::env::var("TSUNAGU_REG_EXPECT").expect("TSUNAGU_REG_EXPECT");
        let mut s = Scan::default();
        read_all(&CurrentUser::default(), &mut s);
        println!("{}", crate::current::scan_json(&s));
        assert!(
            s.accounts
                .iter()
                .any(|a| a.address.as_deref() == Some(want.as_str())),
            "{s:?}"
        );
    }
}
