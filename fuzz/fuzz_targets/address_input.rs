//! The address, username and password as typed: never a panic; an accepted address is stable
//! (normalising it again changes nothing) and safe to put in a protocol command.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tsunagu::input::{check_password, check_username, normalize_address};
use tsunagu::secret::Password;
use tsunagu::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Lang::Ja, Lang::En] {
        match normalize_address(s, lang) {
            Ok((account, _notes)) => {
                let a = &account.address;
                assert!(!a.is_empty());
                assert!(
                    !a.chars().any(|c| c.is_control()),
                    "control character in an accepted address {a:?}"
                );
                assert!(account.domain.is_ascii(), "non-ASCII domain {:?}", account.domain);
                assert_eq!(a, &format!("{}@{}", account.local_part, account.domain));
                let (again, notes) = normalize_address(a, lang)
                    .unwrap_or_else(|e| panic!("normalised {a:?} is refused: {e}"));
                assert_eq!(&again.address, a, "normalising twice changed the address");
                assert!(notes.is_empty(), "normalising {a:?} again gave notes {notes:?}");
            }
            Err(e) => assert!(!e.message.is_empty()),
        }
        match check_username(s, lang) {
            Ok(u) => assert!(!u.contains(['\r', '\n', '\0']), "username {u:?} accepted"),
            Err(e) => assert!(!e.message.is_empty()),
        }
        let p = Password::new(s);
        match check_password(&p, lang) {
            Ok(_) => assert!(!s.contains(['\r', '\n', '\0']), "password {s:?} accepted"),
            Err(e) => {
                assert!(!e.message.is_empty());
                if s.chars().count() >= 4 {
                    assert!(!e.message.contains(s), "the error message shows the password");
                }
            }
        }
    }
});
