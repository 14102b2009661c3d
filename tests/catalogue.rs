//! The message catalogue (locales/<lang>/*.ftl, src/catalogue.rs): both languages have the
//! same messages, attributes and variables; every id the code asks for exists; every entry is
//! used somewhere in the code (src/, src-tauri/src/, ui/src/).
//!
//! Ids are always written as literals (`tr!(lang, "finding-all-ok.title")` in Rust,
//! `m("ui-next")` in the wizard), so a text search finds every use.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use tsunagu::catalogue::FILES;
use tsunagu::model::Lang;

/// Every message and attribute id of one file, with the variables each one uses.
fn entries(src: &str) -> BTreeMap<String, BTreeSet<String>> {
    let res = fluent_syntax::parser::parse(src)
        .unwrap_or_else(|(_, errs)| panic!("syntax errors: {errs:?}"));
    let mut out = BTreeMap::new();
    for e in res.body {
        if let Entry::Message(m) = e {
            let name = m.id.name.to_string();
            if let Some(v) = &m.value {
                out.insert(name.clone(), vars(v));
            }
            for a in &m.attributes {
                out.insert(format!("{name}.{}", a.id.name), vars(&a.value));
            }
        }
    }
    out
}

fn vars(p: &Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, &mut out);
        }
    }
    out
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                out.extend(vars(&v.value));
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

fn catalogue() -> BTreeMap<&'static str, [BTreeMap<String, BTreeSet<String>>; 2]> {
    FILES
        .iter()
        .map(|(name, ja, en)| (*name, [entries(ja), entries(en)]))
        .collect()
}

#[test]
fn both_languages_have_the_same_ids_and_variables() {
    let mut problems = Vec::new();
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (file, [ja, en]) in catalogue() {
        for (id, v) in &ja {
            match en.get(id) {
                None => problems.push(format!("{file}: {id} is missing in English")),
                Some(w) if w != v => problems.push(format!(
                    "{file}: {id} uses {v:?} in Japanese but {w:?} in English"
                )),
                _ => {}
            }
            if let Some(other) = seen.insert(id.clone(), file) {
                problems.push(format!("{id} is in both {other} and {file}"));
            }
        }
        for id in en.keys().filter(|id| !ja.contains_key(*id)) {
            problems.push(format!("{file}: {id} is missing in Japanese"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn code_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            if name != "bindings" && name != "node_modules" {
                code_files(&p, out);
            }
        } else if name.ends_with(".rs") || (name.ends_with(".ts") && !name.ends_with(".d.ts")) {
            out.push(p);
        }
    }
}

/// Ids the code asks for: `tr!(lang, "id"`, `catalogue::msg(lang, "id"` in Rust and
/// `m("id"` / `m(lang, "id"` / `m("ja", "id"` in the wizard.
fn used_ids() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for d in ["src", "src-tauri/src", "ui/src"] {
        code_files(&root.join(d), &mut files);
    }
    // The language comes first when given: an expression (`lang`, `self.lang()`) or, in the
    // wizard's tests, a literal (`m("ja", "ui-next")`).
    let re = Regex::new(r#"(?:tr!\(|msg\(|\bm\()\s*(?:(?:[A-Za-z_.:()\[\]0-9]+|"(?:ja|en)")\s*,\s*)?"([a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)?)""#).unwrap();
    let mut out = BTreeMap::new();
    for f in files {
        // Comments may show the syntax (`tr!(lang, "id")`); only code counts.
        let text: String = std::fs::read_to_string(&f)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for c in re.captures_iter(&text) {
            out.entry(c[1].to_string())
                .or_insert_with(|| f.strip_prefix(root).unwrap().display().to_string());
        }
    }
    out
}

#[test]
fn every_id_the_code_uses_exists_and_every_entry_is_used() {
    let all: BTreeSet<String> = catalogue()
        .into_values()
        .flat_map(|[ja, _]| ja.into_keys())
        .collect();
    let used = used_ids();
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !all.contains(*id))
        .map(|(id, f)| format!("{id} (asked for in {f})"))
        .collect();
    assert!(
        missing.is_empty(),
        "ids not in the catalogue:\n{}",
        missing.join("\n")
    );
    // A message whose attributes are used counts as used.
    let unused: Vec<&String> = all
        .iter()
        .filter(|id| {
            !used.contains_key(*id)
                && !used
                    .keys()
                    .any(|u| u.split('.').next() == Some(id.as_str()))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "catalogue entries no code uses: {unused:?}"
    );
}

#[test]
fn every_message_formats_without_errors_in_both_languages() {
    // Formatting with the variables a message declares (given as text) must not fail, and the
    // result holds no Unicode isolation marks (they would end up in copied values).
    for (_, [ja, _]) in catalogue() {
        for id in ja.keys() {
            for lang in [Lang::Ja, Lang::En] {
                assert!(tsunagu::catalogue::has(lang, id), "{id} in {lang:?}");
            }
        }
    }
    let s = tsunagu::tr!(Lang::Ja, "char-invisible", code = "U+200B");
    assert_eq!(s, "目に見えない文字（U+200B）");
    assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'));
    assert_eq!(tsunagu::text::char_name('x', Lang::En), "“x”");
}
