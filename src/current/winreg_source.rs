//! The real registry (Windows only), read-only, through the `winreg` crate.

use super::outlook::{RegValue, Registry};
use std::io::ErrorKind;
use winreg::enums::{RegType, HKEY_CURRENT_USER, KEY_READ};
use winreg::RegKey;

/// HKEY_CURRENT_USER, opened with KEY_READ only.
pub struct CurrentUser;

fn open(path: &str) -> std::io::Result<Option<RegKey>> {
    match RegKey::predef(HKEY_CURRENT_USER).open_subkey_with_flags(path, KEY_READ) {
        Ok(k) => Ok(Some(k)),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

impl Registry for CurrentUser {
    fn subkeys(&self, path: &str) -> Result<Vec<String>, String> {
        let Some(k) = open(path).map_err(|e| e.to_string())? else {
            return Ok(Vec::new());
        };
        // A bounded walk: a profile has a handful of accounts.
        k.enum_keys()
            .take(10_000)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())
    }

    fn value(&self, path: &str, name: &str) -> Result<Option<RegValue>, String> {
        let Some(k) = open(path).map_err(|e| e.to_string())? else {
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
