//! Imap response handling against a hostile server (see `wire.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "wire.rs"]
mod wire;

fuzz_target!(|data: &[u8]| {
    wire::replay(tsunagu::Protocol::Imap, data);
});
