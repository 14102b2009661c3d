//! "Remember my password": the operating system's keychain through `keyring` 3.x
//! (Windows Credential Manager, macOS Keychain; on Linux the Secret Service of the desktop
//! session, else the kernel keyring of the login session, which forgets at log-out).
//!
//! One entry per address, under the service name below. Errors are short English texts for
//! the window to show next to its own words; they never contain the password.

use keyring::{Entry, Error};
use tsunagu::secret::Password;

pub const SERVICE: &str = "dev.tsunagu.wizard";

fn key(address: &str) -> Result<String, String> {
    let a = address.trim().to_lowercase();
    if a.is_empty() || !a.contains('@') || a.chars().any(char::is_control) {
        return Err("not an e-mail address".into());
    }
    Ok(a)
}

fn describe(e: Error) -> String {
    match e {
        Error::NoStorageAccess(_) => "the keychain is locked or unavailable".into(),
        Error::PlatformFailure(_) => "the keychain reported an error".into(),
        Error::NoEntry => "nothing stored".into(),
        Error::TooLong(what, _) => format!("{what} is too long for the keychain"),
        Error::Invalid(what, why) => format!("{what}: {why}"),
        other => other.to_string(),
    }
}

/// The stores to use, best first.
fn entries(address: &str) -> Result<Vec<Entry>, String> {
    let user = key(address)?;
    #[cfg(target_os = "linux")]
    {
        let mut v = Vec::new();
        // Skip the Secret Service quickly when there is no session bus at all.
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
            if let Ok(c) =
                keyring::secret_service::default_credential_builder().build(None, SERVICE, &user)
            {
                v.push(Entry::new_with_credential(c));
            }
        }
        let c = keyring::keyutils::default_credential_builder()
            .build(None, SERVICE, &user)
            .map_err(describe)?;
        v.push(Entry::new_with_credential(c));
        Ok(v)
    }
    #[cfg(not(target_os = "linux"))]
    {
        Ok(vec![Entry::new(SERVICE, &user).map_err(describe)?])
    }
}

/// Stores the password in the first store that accepts it.
pub fn store(address: &str, password: &Password) -> Result<(), String> {
    if password.is_empty() {
        return Err("empty password".into());
    }
    let mut last = String::from("no keychain available");
    for e in entries(address)? {
        match e.set_password(password.expose()) {
            Ok(()) => return Ok(()),
            Err(err) => last = describe(err),
        }
    }
    Err(last)
}

/// The stored password, or None when nothing is stored for this address.
pub fn read(address: &str) -> Result<Option<Password>, String> {
    let mut last = None;
    for e in entries(address)? {
        match e.get_password() {
            Ok(p) => return Ok(Some(Password::new(p))),
            Err(Error::NoEntry) => {}
            Err(err) => last = Some(describe(err)),
        }
    }
    match last {
        // A store that failed may hold it: say so rather than "nothing stored".
        Some(m) => Err(m),
        None => Ok(None),
    }
}

/// Deletes the password from every store. True when something was deleted.
pub fn delete(address: &str) -> Result<bool, String> {
    let mut deleted = false;
    let mut last = None;
    for e in entries(address)? {
        match e.delete_credential() {
            Ok(()) => deleted = true,
            Err(Error::NoEntry) => {}
            Err(err) => last = Some(describe(err)),
        }
    }
    match (deleted, last) {
        (false, Some(m)) => Err(m),
        _ => Ok(deleted),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_an_address() {
        assert!(store("", &Password::new("x")).is_err());
        assert!(read("no-at-sign").is_err());
        assert!(store("a@b.jp", &Password::new("")).is_err());
    }

    /// Needs a real store: run inside `keyctl session -` (scripts/app-keychain-test.sh).
    #[test]
    #[ignore = "needs a session keyring: scripts/app-keychain-test.sh"]
    fn round_trip_with_the_real_keychain() {
        let address = format!("keychain-test-{}@example.jp", std::process::id());
        assert_eq!(
            read(&address).unwrap().map(|p| p.expose().to_string()),
            None
        );
        store(&address, &Password::new("pa ss＠word")).unwrap();
        assert_eq!(
            read(&address).unwrap().map(|p| p.expose().to_string()),
            Some("pa ss＠word".to_string())
        );
        // Addresses are keyed case-insensitively, as mail servers treat them.
        assert!(read(&address.to_uppercase()).unwrap().is_some());
        store(&address, &Password::new("second")).unwrap();
        assert_eq!(
            read(&address).unwrap().map(|p| p.expose().to_string()),
            Some("second".to_string())
        );
        assert!(delete(&address).unwrap());
        assert_eq!(
            read(&address).unwrap().map(|p| p.expose().to_string()),
            None
        );
        assert!(!delete(&address).unwrap());
    }
}
