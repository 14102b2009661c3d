//! A parser for Mozilla preference files (`prefs.js`, `user.js`): a list of
//! `user_pref("name", value);` calls (also `pref(` and `sticky_pref(`, with optional
//! `sticky`/`locked` attributes), where a value is a string (double or single quotes, with
//! `\\ \" \' \n \r \t \xHH \uHHHH` escapes, surrogate pairs joined), an integer or a boolean,
//! between `//`, `#` and `/* */` comments.
//!
//! Written here rather than taken from a crate: no well-kept crate parses this format, and it
//! must never run the file as JavaScript. Pure; bounded by the caller (the input is a slice).
//! Every error says the line and column; nothing here panics on any input.

use crate::model::Lang;
use std::collections::BTreeMap;
use std::fmt;

/// The errors are in English, for support staff (`ReadProblem::message`).
const EN: Lang = Lang::En;

/// A preference value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrefValue {
    Str(String),
    Int(i64),
    Bool(bool),
}

/// A syntax error, with where it is (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefsError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for PrefsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::tr!(
            EN,
            "current-prefs-position",
            line = self.line.to_string(),
            column = self.column.to_string(),
            message = self.message.as_str()
        ))
    }
}

/// The preferences of one file; a name set twice keeps its last value (as Thunderbird does).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefs {
    map: BTreeMap<String, PrefValue>,
}

impl Prefs {
    pub fn get(&self, name: &str) -> Option<&PrefValue> {
        self.map.get(name)
    }
    pub fn str(&self, name: &str) -> Option<&str> {
        match self.map.get(name) {
            Some(PrefValue::Str(s)) => Some(s),
            _ => None,
        }
    }
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.map.get(name) {
            Some(PrefValue::Int(i)) => Some(*i),
            // Thunderbird reads some numbers that were written as strings.
            Some(PrefValue::Str(s)) => s.trim().parse().ok(),
            _ => None,
        }
    }
    pub fn bool(&self, name: &str) -> Option<bool> {
        match self.map.get(name) {
            Some(PrefValue::Bool(b)) => Some(*b),
            _ => None,
        }
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Parses a whole file. Bytes that are not UTF-8 are an error (Thunderbird writes UTF-8).
pub fn parse(bytes: &[u8]) -> Result<Prefs, PrefsError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let (line, column) = position(&bytes[..at]);
            return Err(PrefsError {
                line,
                column,
                message: crate::tr!(EN, "current-prefs-not-utf8"),
            });
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let mut prefs = Prefs::default();
    loop {
        p.skip_space_and_comments()?;
        if p.i >= p.s.len() {
            return Ok(prefs);
        }
        let (name, value) = p.statement()?;
        prefs.map.insert(name, value);
    }
}

/// Line and column (1-based, columns in characters) just after `before`.
fn position(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self, message: impl Into<String>) -> PrefsError {
        let (line, column) = position(&self.s[..self.i.min(self.s.len())]);
        PrefsError {
            line,
            column,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn skip_space_and_comments(&mut self) -> Result<(), PrefsError> {
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c => self.i += 1,
                b'#' => self.skip_line(),
                b'/' if self.s.get(self.i + 1) == Some(&b'/') => self.skip_line(),
                b'/' if self.s.get(self.i + 1) == Some(&b'*') => {
                    let start = self.i;
                    self.i += 2;
                    loop {
                        match self.peek() {
                            None => {
                                self.i = start;
                                return Err(self.err(crate::tr!(EN, "current-prefs-comment-open")));
                            }
                            Some(b'*') if self.s.get(self.i + 1) == Some(&b'/') => {
                                self.i += 2;
                                break;
                            }
                            Some(_) => self.i += 1,
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
        Ok(())
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.peek() {
            if c == b'\n' {
                return;
            }
            self.i += 1;
        }
    }

    /// `message` says what was expected (only asked for when it is missing).
    fn expect(&mut self, c: u8, message: impl Fn() -> String) -> Result<(), PrefsError> {
        self.skip_space_and_comments()?;
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(message()))
        }
    }

    fn word(&mut self) -> &str {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            self.i += 1;
        }
        // ASCII only, so always valid UTF-8.
        std::str::from_utf8(&self.s[start..self.i]).unwrap_or("")
    }

    /// `user_pref("name", value[, sticky|locked]*);`
    fn statement(&mut self) -> Result<(String, PrefValue), PrefsError> {
        let start = self.i;
        let w = self.word().to_string();
        if !matches!(w.as_str(), "user_pref" | "pref" | "sticky_pref") {
            self.i = start;
            return Err(self.err(crate::tr!(EN, "current-prefs-expected-function")));
        }
        self.expect(b'(', || crate::tr!(EN, "current-prefs-expected-open-paren"))?;
        self.skip_space_and_comments()?;
        let name = match self.peek() {
            Some(q @ (b'"' | b'\'')) => self.string(q)?,
            _ => return Err(self.err(crate::tr!(EN, "current-prefs-expected-name"))),
        };
        self.expect(b',', || crate::tr!(EN, "current-prefs-expected-comma"))?;
        self.skip_space_and_comments()?;
        let value = self.value()?;
        loop {
            self.skip_space_and_comments()?;
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.skip_space_and_comments()?;
                    let a = self.word();
                    if a != "sticky" && a != "locked" {
                        return Err(self.err(crate::tr!(EN, "current-prefs-expected-sticky")));
                    }
                }
                Some(b')') => {
                    self.i += 1;
                    break;
                }
                _ => return Err(self.err(crate::tr!(EN, "current-prefs-expected-close-paren"))),
            }
        }
        self.expect(b';', || crate::tr!(EN, "current-prefs-expected-semicolon"))?;
        Ok((name, value))
    }

    fn value(&mut self) -> Result<PrefValue, PrefsError> {
        match self.peek() {
            Some(q @ (b'"' | b'\'')) => Ok(PrefValue::Str(self.string(q)?)),
            Some(b'-' | b'+' | b'0'..=b'9') => self.number(),
            Some(c) if c.is_ascii_alphabetic() => {
                let start = self.i;
                match self.word() {
                    "true" => Ok(PrefValue::Bool(true)),
                    "false" => Ok(PrefValue::Bool(false)),
                    _ => {
                        self.i = start;
                        Err(self.err(crate::tr!(EN, "current-prefs-expected-value")))
                    }
                }
            }
            _ => Err(self.err(crate::tr!(EN, "current-prefs-expected-value"))),
        }
    }

    fn number(&mut self) -> Result<PrefValue, PrefsError> {
        let start = self.i;
        let neg = match self.peek() {
            Some(b'-') => {
                self.i += 1;
                true
            }
            Some(b'+') => {
                self.i += 1;
                false
            }
            _ => false,
        };
        let digits = self.i;
        let mut n: i64 = 0;
        while let Some(c @ b'0'..=b'9') = self.peek() {
            n = n * 10 + i64::from(c - b'0');
            if n > i64::from(u32::MAX) {
                self.i = start;
                return Err(self.err(crate::tr!(EN, "current-prefs-number-too-large")));
            }
            self.i += 1;
        }
        if self.i == digits {
            return Err(self.err(crate::tr!(EN, "current-prefs-expected-digits")));
        }
        Ok(PrefValue::Int(if neg { -n } else { n }))
    }

    /// A quoted string starting at the opening quote `q`.
    fn string(&mut self, q: u8) -> Result<String, PrefsError> {
        let open = self.i;
        self.i += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                self.i = open;
                return Err(self.err(crate::tr!(EN, "current-prefs-string-open")));
            };
            match c {
                _ if c == q => {
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.i += 1;
                    self.escape(&mut out)?;
                }
                _ => {
                    // Copy one whole UTF-8 character (the input is valid UTF-8).
                    let len = utf8_len(c);
                    let end = (self.i + len).min(self.s.len());
                    out.push_str(std::str::from_utf8(&self.s[self.i..end]).unwrap_or("\u{fffd}"));
                    self.i = end;
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), PrefsError> {
        let Some(c) = self.peek() else {
            return Err(self.err(crate::tr!(EN, "current-prefs-escape-cut")));
        };
        self.i += 1;
        match c {
            b'"' => out.push('"'),
            b'\'' => out.push('\''),
            b'\\' => out.push('\\'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'x' => {
                let v = self.hex(2)?;
                match char::from_u32(v) {
                    Some(ch) if v != 0 => out.push(ch),
                    _ => return Err(self.err(crate::tr!(EN, "current-prefs-nul"))),
                }
            }
            b'u' => {
                let v = self.hex(4)?;
                let ch = if (0xd800..0xdc00).contains(&v) {
                    // A high surrogate must be followed by \u and a low one.
                    if self.s.get(self.i) != Some(&b'\\') || self.s.get(self.i + 1) != Some(&b'u') {
                        return Err(self.err(crate::tr!(EN, "current-prefs-lone-surrogate")));
                    }
                    self.i += 2;
                    let lo = self.hex(4)?;
                    if !(0xdc00..0xe000).contains(&lo) {
                        return Err(self.err(crate::tr!(EN, "current-prefs-lone-surrogate")));
                    }
                    char::from_u32(0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00))
                } else {
                    char::from_u32(v)
                };
                match ch {
                    Some(ch) if v != 0 => out.push(ch),
                    _ => return Err(self.err(crate::tr!(EN, "current-prefs-invalid-u"))),
                }
            }
            b'\n' | b'\r' => {
                return Err(self.err(crate::tr!(EN, "current-prefs-backslash-at-line-end")))
            }
            _ => {
                self.i -= 1;
                return Err(self.err(crate::tr!(EN, "current-prefs-unknown-escape")));
            }
        }
        Ok(())
    }

    fn hex(&mut self, n: usize) -> Result<u32, PrefsError> {
        let mut v = 0u32;
        for _ in 0..n {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => {
                    return Err(self.err(crate::tr!(
                        EN,
                        "current-prefs-hex-digits",
                        count = n.to_string()
                    )))
                }
            };
            v = v * 16 + u32::from(d);
            self.i += 1;
        }
        Ok(v)
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str) -> PrefValue {
        let p = parse(src.as_bytes()).unwrap();
        p.get("a").cloned().unwrap()
    }

    #[test]
    fn values_and_escapes() {
        assert_eq!(one(r#"user_pref("a", 42);"#), PrefValue::Int(42));
        assert_eq!(one(r#"user_pref("a", -1);"#), PrefValue::Int(-1));
        assert_eq!(one(r#"user_pref("a", true);"#), PrefValue::Bool(true));
        assert_eq!(one("pref('a', false, locked);"), PrefValue::Bool(false));
        assert_eq!(
            one(r#"user_pref("a", "x\"y\\z\'\n\x41\u00e9\ud83d\ude00");"#),
            PrefValue::Str("x\"y\\z'\nAé😀".into())
        );
        assert_eq!(
            one("user_pref(\"a\", \"山田 太郎\");"),
            PrefValue::Str("山田 太郎".into())
        );
    }

    #[test]
    fn comments_and_repeats() {
        let p = parse(
            b"// c\n# hash\n/* block\n user_pref(\"a\", 1); */\nuser_pref(\"a\", 2);\nuser_pref ( \"a\" , /* x */ 3 ) ;\n",
        )
        .unwrap();
        assert_eq!(p.int("a"), Some(3));
        assert_eq!(p.len(), 1);
        assert!(parse(b"").unwrap().is_empty());
    }

    #[test]
    fn errors_name_the_place() {
        let e = parse(b"user_pref(\"a\", 1);\nuser_pref(\"b\", \"x\\q\");").unwrap_err();
        assert_eq!((e.line, e.column), (2, 19), "{e}");
        assert!(e.message.contains("unknown escape"));
        let e = parse(b"user_pref(\"a\", \"never closed);").unwrap_err();
        assert!(e.message.contains("never closed"), "{e}");
        let e = parse(b"user_pref(\"a\", \"\\ud800\");").unwrap_err();
        assert!(e.message.contains("surrogate"), "{e}");
        let e = parse(b"user_pref(\"a\", \"\\u12\");").unwrap_err();
        assert!(e.message.contains("hex"), "{e}");
        let e = parse(b"user_pref(\"a\", 1)").unwrap_err();
        assert!(e.message.contains(';'), "{e}");
        let e = parse(b"alert(1);").unwrap_err();
        assert!(e.message.contains("user_pref"), "{e}");
        let e = parse(b"user_pref(\"a\", 99999999999999999999);").unwrap_err();
        assert!(e.message.contains("too large"), "{e}");
        let e = parse(b"user_pref(\"a\", \"\xff\");").unwrap_err();
        assert_eq!((e.line, e.column), (1, 17), "{e}");
        assert!(e.message.contains("UTF-8"));
        let e = parse(b"/* open").unwrap_err();
        assert!(e.message.contains("comment"));
        let e = parse(b"user_pref(\"a\", \"\\x00\");").unwrap_err();
        assert!(e.message.contains("x00"));
    }

    #[test]
    fn never_panics_on_prefixes_of_a_real_file() {
        let src = "user_pref(\"mail.identity.id1.fullName\", \"山田 \\\"T\\\" \\\\ \\u592a\");\n";
        let b = src.as_bytes();
        for n in 0..=b.len() {
            let _ = parse(&b[..n]);
        }
        // And on every single byte value in a string.
        for x in 0u8..=255 {
            let v = [b"user_pref(\"a\", \"".as_slice(), &[x], b"\");"].concat();
            let _ = parse(&v);
        }
    }
}
