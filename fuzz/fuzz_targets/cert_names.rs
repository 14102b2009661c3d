//! Certificate-name handling: the server's leaf certificate (untrusted DER) is parsed and its
//! names matched against the host we asked for, as when verification failed; and the wildcard
//! rule itself. Input: 1 byte host length, host, then the DER.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tsunagu::probe::fuzzing::{describe_leaf, dns_name_matches};

fuzz_target!(|data: &[u8]| {
    let Some((&n, rest)) = data.split_first() else {
        return;
    };
    let n = (n as usize).min(rest.len());
    let (host, der) = rest.split_at(n);
    let host = String::from_utf8_lossy(host);
    let info = describe_leaf(der, &host);
    assert!(
        !info.trusted,
        "an unverified certificate was reported as trusted"
    );
    for s in [&info.subject, &info.issuer].into_iter().flatten() {
        assert!(s.chars().count() <= 301, "unbounded certificate text");
        assert!(
            !s.chars().any(|c| c.is_control()),
            "control character in {s:?}"
        );
    }

    // The wildcard rule, with the host split in two: a pattern and a name.
    let mid = host.len() / 2;
    if host.is_char_boundary(mid) {
        let (pattern, name) = host.split_at(mid);
        let m = dns_name_matches(pattern, name);
        // The rule compares names without trailing dots and without case.
        let norm = |s: &str| s.trim_end_matches('.').to_ascii_lowercase();
        let (np, nn) = (norm(pattern), norm(name));
        if !np.starts_with("*.") {
            assert_eq!(m, np == nn, "{pattern:?} vs {name:?}");
        } else if m {
            // Exactly one more, non-empty label than the pattern's tail, never a bare suffix.
            let tail = &np[2..];
            let (first, rest) = nn
                .split_once('.')
                .expect("a wildcard matched a single label");
            assert!(!first.is_empty() && rest == tail && tail.contains('.'));
        }
    }
});
