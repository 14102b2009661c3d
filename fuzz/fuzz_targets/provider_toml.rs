//! Provider-data TOML (bundled, but edited by hand by maintainers): parse and validate never
//! panic, whatever the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = tsunagu::provider::parse(s) {
        let _ = tsunagu::provider::validate(&p, "fuzz");
        let _ = p.values();
        for lang in [tsunagu::Lang::Ja, tsunagu::Lang::En] {
            let _ = p.name(lang);
        }
        for d in ["example.jp", "a.b.example.jp", "", "."] {
            let _ = p.management_url_for(d);
            for lang in [tsunagu::Lang::Ja, tsunagu::Lang::En] {
                let _ = p.password_name(d, lang);
            }
        }
    }
});
