//! The message catalogue: every sentence the product shows lives in Fluent files under
//! `locales/<lang>/*.ftl` (the format Firefox and Thunderbird use, read with `fluent-bundle`),
//! compiled into the binary. Code asks for a message by id with typed arguments; the words,
//! variables and select rules stay in the catalogue. The wizard reads the same files with
//! `@fluent/bundle` (ui/src/catalogue.ts), so there is no second copy of any sentence.
//!
//! An id may name an attribute: `finding-all-ok.title` is the `.title` attribute of the
//! message `finding-all-ok`. `tests/catalogue.rs` checks that every id the code uses exists in
//! both languages, that both languages have the same ids, attributes and variables, and that
//! every entry is used.

use crate::model::Lang;
use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentArgs;
use fluent_bundle::{FluentResource, FluentValue};
use std::sync::OnceLock;

/// The catalogue files, by name: (name, Japanese source, English source).
pub const FILES: &[(&str, &str, &str)] = &[
    (
        "input",
        include_str!("../locales/ja/input.ftl"),
        include_str!("../locales/en/input.ftl"),
    ),
    (
        "finding",
        include_str!("../locales/ja/finding.ftl"),
        include_str!("../locales/en/finding.ftl"),
    ),
    (
        "report",
        include_str!("../locales/ja/report.ftl"),
        include_str!("../locales/en/report.ftl"),
    ),
    (
        "labels",
        include_str!("../locales/ja/labels.ftl"),
        include_str!("../locales/en/labels.ftl"),
    ),
    (
        "progress",
        include_str!("../locales/ja/progress.ftl"),
        include_str!("../locales/en/progress.ftl"),
    ),
    (
        "guide",
        include_str!("../locales/ja/guide.ftl"),
        include_str!("../locales/en/guide.ftl"),
    ),
    (
        "cli",
        include_str!("../locales/ja/cli.ftl"),
        include_str!("../locales/en/cli.ftl"),
    ),
    (
        "ui",
        include_str!("../locales/ja/ui.ftl"),
        include_str!("../locales/en/ui.ftl"),
    ),
    (
        "handoff",
        include_str!("../locales/ja/handoff.ftl"),
        include_str!("../locales/en/handoff.ftl"),
    ),
    (
        "current",
        include_str!("../locales/ja/current.ftl"),
        include_str!("../locales/en/current.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let tag = match lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    };
    let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: the text goes to terminals, files and
    // copy buttons, where invisible U+2068/U+2069 would end up in pasted values.
    b.set_use_isolating(false);
    for (_, ja, en) in FILES {
        let src = match lang {
            Lang::Ja => ja,
            Lang::En => en,
        };
        // The files are part of the binary and checked by tests/catalogue.rs; a broken entry
        // is skipped here rather than taking every other message down with it.
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

fn bundle(lang: Lang) -> &'static Bundle {
    static JA: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Ja => JA.get_or_init(|| build(Lang::Ja)),
        Lang::En => EN.get_or_init(|| build(Lang::En)),
    }
}

/// The message `id` (or `message.attribute`) in `lang`, with `args`. An unknown id renders
/// as the id itself (tests make sure none is), never as a panic.
pub fn msg(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let b = bundle(lang);
    let (name, attr) = match id.split_once('.') {
        Some((n, a)) => (n, Some(a)),
        None => (id, None),
    };
    let pattern = b.get_message(name).and_then(|m| match attr {
        Some(a) => m.get_attribute(a).map(|x| x.value()),
        None => m.value(),
    });
    let Some(pattern) = pattern else {
        debug_assert!(false, "message {id} is not in the {lang:?} catalogue");
        return id.to_string();
    };
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, args, &mut errors);
    debug_assert!(errors.is_empty(), "message {id} ({lang:?}): {errors:?}");
    out.into_owned()
}

/// Whether `id` exists in `lang` (for tests and for optional texts).
pub fn has(lang: Lang, id: &str) -> bool {
    let b = bundle(lang);
    let (name, attr) = match id.split_once('.') {
        Some((n, a)) => (n, Some(a)),
        None => (id, None),
    };
    b.get_message(name).is_some_and(|m| match attr {
        Some(a) => m.get_attribute(a).is_some(),
        None => m.value().is_some(),
    })
}

/// An argument value: strings and numbers, as Fluent takes them.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, …)`: the message in `lang`. Argument
/// names are written in snake_case in the code and the catalogue (`{ $server_text }`).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::catalogue::msg($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut args = $crate::catalogue::FluentArgs::new();
        $( args.set(stringify!($k), $crate::catalogue::arg($v)); )+
        $crate::catalogue::msg($lang, $id, Some(&args))
    }};
}
