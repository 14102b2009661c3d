//! A clientConfig document from a server we do not control (autoconfig, ISPDB, --config): never
//! a panic, bounded work, and what we would export reads back as the same settings.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tsunagu::autoconfig::{parse, parse_tree, write, write_tree};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(tree) = parse_tree(s) {
        let text = write_tree(&tree);
        let back = parse_tree(&text)
            .unwrap_or_else(|e| panic!("written tree does not parse: {e}\n{text}"));
        assert_eq!(back, tree, "tree round trip changed\n{text}");
    }
    if let Ok(cfg) = parse(s) {
        let text = write(&cfg);
        let back =
            parse(&text).unwrap_or_else(|e| panic!("written config does not parse: {e}\n{text}"));
        assert_eq!(back, cfg, "config round trip changed\n{text}");
    }
});
