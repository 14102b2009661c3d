//! The shape of `src/` (issue 12): the module graph has no cycle, and functions stay short.
//!
//! The graph is read from the source text: a top-level module `a` depends on `b` when a file of
//! `a` names `crate::b` outside its unit tests. That is how every module here refers to another
//! (`use crate::b::…` or a `crate::b::` path), so the text is enough; no parser needed.
//!
//! Functions: none may be longer than 150 lines, except any listed in `LONG` (none today) that are
//! still waiting to be split (the words in `text` that are moving into the message catalogue).
//! Each listed one may only get shorter: its limit is its length when it was listed, and a
//! function that no longer needs its entry fails the test until the entry is removed.

use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 150;

/// Functions longer than `MAX_LINES` today: (file, name, lines at most).
const LONG: &[(&str, &str, usize)] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The source files under `src/`, as (path relative to the crate, text).
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The top-level module a file belongs to (`src/guide/clients.rs` → `guide`); None for the
/// crate roots.
fn top_module(rel: &str) -> Option<String> {
    let inner = rel.strip_prefix("src/")?;
    let first = inner.split('/').next()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// The text without its unit tests (a `#[cfg(test)] mod tests` block runs to the file's end
/// in this code base).
fn without_tests(text: &str) -> &str {
    match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    }
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources();
    let modules: BTreeSet<String> = files.iter().filter_map(|(r, _)| top_module(r)).collect();
    let re = Regex::new(r"\bcrate::([a-z_0-9]+)").unwrap();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, text) in &files {
        let Some(m) = top_module(rel) else { continue };
        let deps = g.entry(m.clone()).or_default();
        for c in re.captures_iter(without_tests(text)) {
            let to = &c[1];
            if to != m && modules.contains(to) {
                deps.insert(to.to_string());
            }
        }
    }
    g
}

/// One cycle of the graph, if there is any (depth-first search, path kept).
fn find_cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut c = path[i..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for d in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, g, done, path) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in g.keys() {
        if let Some(c) = visit(n, g, &mut done, &mut Vec::new()) {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_module_graph_has_no_cycle() {
    let g = graph();
    assert!(g.len() > 15, "the modules of src/ were read ({})", g.len());
    assert!(
        g["engine"].contains("probe") && g["diagnose"].contains("model"),
        "the graph sees the known dependencies: {g:?}"
    );
    if let Some(c) = find_cycle(&g) {
        panic!("module cycle in src/: {}", c.join(" → "));
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    g.entry("c".into()).or_default().insert("a".into());
    assert_eq!(find_cycle(&g).unwrap(), ["a", "b", "c", "a"]);
    g.get_mut("c").unwrap().clear();
    assert_eq!(find_cycle(&g), None);
}

/// Every function of a file with its length in lines: from its `fn` line to the first line
/// that closes it at the same indentation (rustfmt's layout, which `cargo fmt --check` keeps).
fn functions(text: &str) -> Vec<(String, usize)> {
    let head = Regex::new(r"^(\s*)(pub(\([a-z]+\))? )?(async )?(const )?(unsafe )?fn ([a-z_0-9]+)")
        .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(c) = head.captures(l) else { continue };
        if l.trim_end().ends_with(';') {
            continue; // a declaration without a body
        }
        let close = format!("{}}}", &c[1]);
        if let Some(j) = lines[i..].iter().position(|x| *x == close) {
            out.push((c[7].to_string(), j + 1));
        }
    }
    out
}

#[test]
fn functions_are_at_most_150_lines_except_the_listed_ones() {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut count = 0;
    for (rel, text) in sources() {
        for (name, len) in functions(&text) {
            count += 1;
            let listed = LONG.iter().find(|(f, n, _)| *f == rel && *n == name);
            match listed {
                Some((_, _, max)) => {
                    seen.insert((rel.clone(), name.clone()));
                    if len > *max {
                        problems.push(format!(
                            "{rel}: fn {name} grew to {len} lines (listed at {max})"
                        ));
                    } else if len <= MAX_LINES {
                        problems.push(format!(
                            "{rel}: fn {name} is {len} lines now: remove it from LONG"
                        ));
                    }
                }
                None if len > MAX_LINES => problems.push(format!(
                    "{rel}: fn {name} is {len} lines (at most {MAX_LINES})"
                )),
                None => {}
            }
        }
    }
    for (f, n, _) in LONG {
        if !seen.contains(&(f.to_string(), n.to_string())) {
            problems.push(format!("{f}: fn {n} is listed in LONG but not found"));
        }
    }
    assert!(count > 500, "the functions of src/ were read ({count})");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_length_counter_counts_a_function() {
    let text =
        "fn a() {\n    x();\n}\n\n    pub(crate) async fn b(\n        y: u8,\n    ) {\n    }\n";
    assert_eq!(
        functions(text),
        [("a".to_string(), 3), ("b".to_string(), 4)]
    );
}
