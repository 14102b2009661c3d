//! The "remember my password" round trip against the real keychain of the system it runs on:
//! store, read, read with another case, overwrite, delete, read again. Used by
//! scripts/windows.sh --test to try Windows Credential Manager (under Wine) with the very code
//! the app uses (`tsunagu_app::keychain`); the unit test of the same name runs it on Linux.
//! Exit 0 when every step gave the expected answer; the password is never printed.

use tsunagu::secret::Password;
use tsunagu_app::keychain::{delete, read, store};

fn check(step: &str, ok: bool, failures: &mut u32) {
    println!("{} {step}", if ok { "ok  " } else { "FAIL" });
    if !ok {
        *failures += 1;
    }
}

fn read_text(address: &str) -> Result<Option<String>, String> {
    read(address).map(|p| p.map(|p| p.expose().to_string()))
}

fn main() {
    let address = format!("keychain-test-{}@example.jp", std::process::id());
    let first = "pa ss＠wörd 花子";
    let mut f = 0;
    check(
        "nothing stored at first",
        read_text(&address) == Ok(None),
        &mut f,
    );
    check(
        "store",
        store(&address, &Password::new(first)).is_ok(),
        &mut f,
    );
    check(
        "read gives what was stored",
        read_text(&address) == Ok(Some(first.to_string())),
        &mut f,
    );
    check(
        "read with the address in capitals finds it",
        matches!(read_text(&address.to_uppercase()), Ok(Some(_))),
        &mut f,
    );
    check(
        "overwrite",
        store(&address, &Password::new("second")).is_ok(),
        &mut f,
    );
    check(
        "read gives the new password",
        read_text(&address) == Ok(Some("second".to_string())),
        &mut f,
    );
    check("delete", delete(&address) == Ok(true), &mut f);
    check(
        "nothing stored after delete",
        read_text(&address) == Ok(None),
        &mut f,
    );
    check(
        "second delete finds nothing",
        delete(&address) == Ok(false),
        &mut f,
    );
    println!("{} passed, {f} failed", 9 - f);
    std::process::exit(if f == 0 { 0 } else { 1 });
}
