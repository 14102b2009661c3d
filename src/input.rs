//! Normalising and validating what the person typed. Owner: findings/input work.

use crate::model::{InputNote, Lang};
use crate::secret::Password;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Stable id, e.g. "address_missing_at", "password_control_char".
    pub id: &'static str,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for InputError {}

pub fn normalize_address(raw: &str, lang: Lang) -> Result<(Account, Vec<InputNote>), InputError> {
    let _ = lang;
    let raw = raw.trim();
    let (l, d) = raw.split_once('@').ok_or(InputError {
        id: "address_missing_at",
        message: "missing @".into(),
    })?;
    Ok((
        Account {
            address: raw.to_string(),
            local_part: l.into(),
            domain: d.to_lowercase(),
            domain_unicode: d.into(),
        },
        vec![],
    ))
}

/// Notes about the password (leading/trailing spaces) or an error for CR/LF/NUL.
pub fn check_password(p: &Password, lang: Lang) -> Result<Vec<InputNote>, InputError> {
    let _ = (p, lang);
    Ok(vec![])
}

/// Rejects CR/LF/NUL in a username given with --username.
pub fn check_username(u: &str, lang: Lang) -> Result<String, InputError> {
    let _ = lang;
    Ok(u.to_string())
}
