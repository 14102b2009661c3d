//! The password: held in a zeroising buffer, never printed, never serialised.

use std::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A secret string. `Debug` and `Display` print `***`; there is no `Serialize`.
/// The bytes are wiped from memory when the value is dropped.
#[derive(Clone, Default, Zeroize, ZeroizeOnDrop)]
pub struct Password(String);

impl Password {
    pub fn new(s: impl Into<String>) -> Self {
        Password(s.into())
    }
    /// The only way to read the secret: call sites are easy to audit with `grep expose`.
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Read from JSON (the desktop shell receives the typed password through IPC). There is no
/// `Serialize`: a password is never written out.
impl<'de> serde::Deserialize<'de> for Password {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Password)
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

impl fmt::Display for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn never_formats_the_secret() {
        let p = Password::new("hunter2");
        assert_eq!(format!("{p:?} {p}"), "Password(***) ***");
        assert_eq!(p.expose(), "hunter2");
    }

    #[test]
    fn reads_from_json_but_prints_nothing() {
        let p: Password = serde_json::from_str("\"s3cr3t\"").unwrap();
        assert_eq!(p.expose(), "s3cr3t");
        assert!(!format!("{p:?}").contains("s3cr3t"));
    }
}
