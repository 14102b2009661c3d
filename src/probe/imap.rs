//! A small, read-only IMAP4rev1 client: greeting, CAPABILITY, STARTTLS, LOGIN or AUTHENTICATE
//! PLAIN, EXAMINE (never SELECT), STATUS, GETQUOTAROOT, LIST, SEARCH, LOGOUT. Nothing that
//! changes a mailbox (STORE, EXPUNGE, APPEND, COPY, SELECT) is ever sent.

use super::codes::{self, ImapEnd};
use super::conn::{Conn, MAX_LINE, MAX_RESPONSE};
use super::{sasl_plain, Ctx, Fail, Stop};
use crate::model::{Candidate, FailureKind, MailboxInfo, Security, StepName};
use crate::secret::Password;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Ok,
    No,
    Bad,
}

#[derive(Debug)]
pub(crate) struct Resp {
    pub(crate) status: Status,
    /// The text after the status word (response code included).
    pub(crate) text: String,
    /// Untagged lines, literals inline (`{n}\r\n<n bytes>`).
    pub(crate) untagged: Vec<Vec<u8>>,
}

pub(crate) struct Session {
    next: u32,
    pub(crate) caps: Vec<String>,
}

impl Session {
    pub(crate) fn new() -> Session {
        Session {
            next: 0,
            caps: Vec::new(),
        }
    }
    fn tag(&mut self) -> String {
        self.next += 1;
        format!("t{}", self.next)
    }
    pub(crate) fn has(&self, cap: &str) -> bool {
        self.caps.iter().any(|c| c.eq_ignore_ascii_case(cap))
    }

    /// Sends a command (args: atoms as given, strings quoted or as literals) and reads its
    /// whole response.
    pub(crate) async fn command(
        &mut self,
        conn: &mut Conn,
        args: &[Arg<'_>],
    ) -> Result<Resp, Fail> {
        let tag = self.tag();
        let literal_plus = self.has("LITERAL+");
        send(conn, &tag, args, literal_plus).await?;
        read_response(conn, &tag).await
    }
}

/// One command argument.
pub(crate) enum Arg<'a> {
    Atom(&'a str),
    Str(&'a [u8]),
}

fn quotable(s: &[u8]) -> bool {
    s.len() <= 1000
        && s.iter()
            .all(|&b| (1..0x80).contains(&b) && b != b'\r' && b != b'\n')
}

fn push_quoted(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    for &b in s {
        if b == b'"' || b == b'\\' {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b'"');
}

async fn send(
    conn: &mut Conn,
    tag: &str,
    args: &[Arg<'_>],
    literal_plus: bool,
) -> Result<(), Fail> {
    let mut cur: Vec<u8> = tag.as_bytes().to_vec();
    let res = async {
        for arg in args {
            cur.push(b' ');
            match arg {
                Arg::Atom(a) => cur.extend_from_slice(a.as_bytes()),
                Arg::Str(s) if quotable(s) => push_quoted(&mut cur, s),
                Arg::Str(s) => {
                    if s.contains(&0) {
                        return Err(Fail::new(
                            FailureKind::ProtocolError,
                            "a value contains a NUL byte and cannot be sent",
                        ));
                    }
                    if literal_plus {
                        cur.extend_from_slice(format!("{{{}+}}\r\n", s.len()).as_bytes());
                    } else {
                        cur.extend_from_slice(format!("{{{}}}\r\n", s.len()).as_bytes());
                        conn.write_all(&cur).await?;
                        zeroize::Zeroize::zeroize(&mut cur);
                        cur.clear();
                        wait_continuation(conn, tag).await?;
                    }
                    cur.extend_from_slice(s);
                }
            }
        }
        cur.extend_from_slice(b"\r\n");
        conn.write_all(&cur).await
    }
    .await;
    // The buffer may hold the password.
    zeroize::Zeroize::zeroize(&mut cur);
    res
}

/// Waits for `+` (ready for a literal / the next SASL step); a tagged answer instead ends it.
async fn wait_continuation(conn: &mut Conn, tag: &str) -> Result<(), Fail> {
    let mut budget = MAX_RESPONSE;
    let mut bye: Option<String> = None;
    loop {
        let line = match read_logical(conn, &mut budget).await {
            Ok(l) => l,
            Err(f) if super::conn::is_closed(&f) && bye.is_some() => {
                let text = bye.unwrap_or_default();
                let mut f = Fail::verdict(codes::imap_bye(&text)).text(text);
                f.bye = true;
                return Err(f);
            }
            Err(f) => return Err(f),
        };
        if line.starts_with(b"+") {
            return Ok(());
        }
        if line.starts_with(b"* ") {
            if let Some(text) = bye_text(&line) {
                bye = Some(text);
            }
            continue;
        }
        let text = String::from_utf8_lossy(&line).into_owned();
        if let Some(rest) = text.strip_prefix(tag).and_then(|r| r.strip_prefix(' ')) {
            let (status, text) = split_status(rest)?;
            return Err(rejection(status, &text));
        }
        return Err(Fail::new(
            FailureKind::ProtocolError,
            "unexpected line while waiting for the server to continue",
        )
        .text(text));
    }
}

/// A refused login, read by its response code (over TLS: no plain-connection reading).
fn rejection(status: Status, text: &str) -> Fail {
    let end = match status {
        Status::No => ImapEnd::No,
        _ => ImapEnd::Bad,
    };
    Fail::verdict(codes::imap_login_refusal(end, text, false, false)).text(text)
}

/// One logical response line: the line, and for every literal announced at its end the
/// literal's bytes and the rest of the line. Bounded by `budget`.
pub(crate) async fn read_logical(conn: &mut Conn, budget: &mut usize) -> Result<Vec<u8>, Fail> {
    let mut out = Vec::new();
    loop {
        let line = conn.read_line().await?;
        charge(budget, line.len() + 2)?;
        out.extend_from_slice(line.as_bytes());
        match literal_at_end(line.as_bytes()) {
            Some(n) => {
                charge(budget, n)?;
                out.extend_from_slice(b"\r\n");
                let data = conn.read_exact(n).await?;
                out.extend_from_slice(&data);
            }
            None => return Ok(out),
        }
    }
}

fn charge(budget: &mut usize, n: usize) -> Result<(), Fail> {
    if n > *budget {
        return Err(Fail::new(
            FailureKind::ProtocolError,
            format!(
                "the server's response is larger than {} KiB",
                MAX_RESPONSE / 1024
            ),
        ));
    }
    *budget -= n;
    Ok(())
}

/// `{123}` at the end of a line announces a literal of 123 bytes.
fn literal_at_end(line: &[u8]) -> Option<usize> {
    let body = line.strip_suffix(b"}")?;
    let open = body.iter().rposition(|&b| b == b'{')?;
    let digits = &body[open + 1..];
    let digits = digits.strip_suffix(b"+").unwrap_or(digits);
    if digits.is_empty() || digits.len() > 9 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}

fn split_status(rest: &str) -> Result<(Status, String), Fail> {
    let (word, text) = rest.split_once(' ').unwrap_or((rest, ""));
    let status = match word.to_ascii_uppercase().as_str() {
        "OK" => Status::Ok,
        "NO" => Status::No,
        "BAD" => Status::Bad,
        _ => {
            return Err(Fail::new(
                FailureKind::ProtocolError,
                "the server's answer has no OK/NO/BAD status",
            )
            .text(rest))
        }
    };
    Ok((status, text.to_string()))
}

pub(crate) async fn read_response(conn: &mut Conn, tag: &str) -> Result<Resp, Fail> {
    let mut budget = MAX_RESPONSE;
    let mut untagged = Vec::new();
    let mut bye: Option<String> = None;
    loop {
        let line = match read_logical(conn, &mut budget).await {
            Ok(l) => l,
            // The server said BYE and closed: its words are the answer, not "closed".
            Err(f) if super::conn::is_closed(&f) && bye.is_some() => {
                let text = bye.unwrap_or_default();
                let mut f = Fail::verdict(codes::imap_bye(&text)).text(text);
                f.bye = true;
                return Err(f);
            }
            Err(f) => return Err(f),
        };
        if line.starts_with(b"* ") {
            if let Some(text) = bye_text(&line) {
                bye = Some(text);
            }
            untagged.push(line);
            continue;
        }
        if line.starts_with(b"+") {
            return Err(Fail::new(
                FailureKind::ProtocolError,
                "the server asked for more input when none was due",
            ));
        }
        let text = String::from_utf8_lossy(&line).into_owned();
        match text.strip_prefix(tag).and_then(|r| r.strip_prefix(' ')) {
            Some(rest) => {
                let (status, text) = split_status(rest)?;
                return Ok(Resp {
                    status,
                    text,
                    untagged,
                });
            }
            None => {
                return Err(Fail::new(
                    FailureKind::ProtocolError,
                    "the server sent a line that is not an IMAP response",
                )
                .text(text))
            }
        }
    }
}

/// The text of an untagged `* BYE …` line (response code included).
fn bye_text(line: &[u8]) -> Option<String> {
    let rest = line.strip_prefix(b"* ")?;
    let word = rest.get(..3)?;
    if !word.eq_ignore_ascii_case(b"BYE") || !matches!(rest.get(3), None | Some(b' ')) {
        return None;
    }
    Some(String::from_utf8_lossy(rest.get(4..).unwrap_or_default()).into_owned())
}

/// `[CAPABILITY ...]` inside a status text.
fn capability_code(text: &str) -> Option<Vec<String>> {
    let upper = text.to_ascii_uppercase();
    let start = upper.find("[CAPABILITY ")? + "[CAPABILITY ".len();
    let end = start + upper[start..].find(']')?;
    Some(
        text[start..end]
            .split_whitespace()
            .map(str::to_string)
            .collect(),
    )
}

fn capability_lines(resp: &Resp) -> Vec<String> {
    let mut caps = Vec::new();
    for line in &resp.untagged {
        let text = String::from_utf8_lossy(line);
        let mut words = text.split_whitespace();
        words.next();
        if words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("CAPABILITY"))
        {
            caps.extend(words.map(str::to_string));
        }
    }
    caps
}

// ---------- tokens of untagged responses ----------

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tok {
    Atom(String),
    Str(Vec<u8>),
    Open,
    Close,
}

/// Splits a logical line into atoms, strings (quoted or literal) and parentheses.
pub(crate) fn tokenize(raw: &[u8]) -> Result<Vec<Tok>, Fail> {
    let bad = || Fail::new(FailureKind::ProtocolError, "malformed IMAP response");
    let mut toks = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b' ' => i += 1,
            b'(' => {
                toks.push(Tok::Open);
                i += 1;
            }
            b')' => {
                toks.push(Tok::Close);
                i += 1;
            }
            b'"' => {
                let mut s = Vec::new();
                i += 1;
                loop {
                    match raw.get(i) {
                        None => return Err(bad()),
                        Some(b'"') => {
                            i += 1;
                            break;
                        }
                        Some(b'\\') => {
                            s.push(*raw.get(i + 1).ok_or_else(bad)?);
                            i += 2;
                        }
                        Some(&b) => {
                            s.push(b);
                            i += 1;
                        }
                    }
                }
                toks.push(Tok::Str(s));
            }
            b'{' => {
                let close = raw[i..].iter().position(|&b| b == b'}').ok_or_else(bad)? + i;
                let digits = &raw[i + 1..close];
                let digits = digits.strip_suffix(b"+").unwrap_or(digits);
                let n: usize = std::str::from_utf8(digits)
                    .ok()
                    .and_then(|d| d.parse().ok())
                    .ok_or_else(bad)?;
                if raw.get(close + 1..close + 3) != Some(b"\r\n".as_slice()) {
                    return Err(bad());
                }
                let start = close + 3;
                let end = start.checked_add(n).ok_or_else(bad)?;
                toks.push(Tok::Str(raw.get(start..end).ok_or_else(bad)?.to_vec()));
                i = end;
            }
            _ => {
                let start = i;
                while i < raw.len() && !matches!(raw[i], b' ' | b'(' | b')' | b'"' | b'\r' | b'\n')
                {
                    i += 1;
                }
                if start == i {
                    return Err(bad());
                }
                toks.push(Tok::Atom(
                    String::from_utf8_lossy(&raw[start..i]).into_owned(),
                ));
            }
        }
    }
    Ok(toks)
}

fn atom_is(t: Option<&Tok>, word: &str) -> bool {
    matches!(t, Some(Tok::Atom(a)) if a.eq_ignore_ascii_case(word))
}

fn number(t: Option<&Tok>) -> Option<u64> {
    match t {
        Some(Tok::Atom(a)) => a.parse().ok(),
        _ => None,
    }
}

fn string_bytes(t: Option<&Tok>) -> Option<Vec<u8>> {
    match t {
        Some(Tok::Atom(a)) => Some(a.as_bytes().to_vec()),
        Some(Tok::Str(s)) => Some(s.clone()),
        _ => None,
    }
}

/// `* n EXISTS`
fn exists(resp: &Resp) -> Option<u64> {
    resp.untagged.iter().rev().find_map(|l| {
        let t = tokenize(l).ok()?;
        if atom_is(t.get(2), "EXISTS") {
            number(t.get(1))
        } else {
            None
        }
    })
}

/// `* STATUS mailbox (NAME n ...)` → the pairs.
fn status_items(resp: &Resp) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    for l in &resp.untagged {
        let Ok(t) = tokenize(l) else { continue };
        if !atom_is(t.get(1), "STATUS") {
            continue;
        }
        let Some(open) = t.iter().position(|x| *x == Tok::Open) else {
            continue;
        };
        let mut j = open + 1;
        while let (Some(Tok::Atom(name)), Some(v)) = (t.get(j), number(t.get(j + 1))) {
            out.push((name.to_ascii_uppercase(), v));
            j += 2;
        }
    }
    out
}

/// `* QUOTA root (STORAGE used limit ...)` → STORAGE in bytes (IMAP counts KiB).
fn storage_quota(resp: &Resp) -> Option<(u64, u64)> {
    for l in &resp.untagged {
        let Ok(t) = tokenize(l) else { continue };
        if !atom_is(t.get(1), "QUOTA") {
            continue;
        }
        let Some(open) = t.iter().position(|x| *x == Tok::Open) else {
            continue;
        };
        let mut j = open + 1;
        while let (Some(Tok::Atom(res)), Some(used), Some(limit)) =
            (t.get(j), number(t.get(j + 1)), number(t.get(j + 2)))
        {
            if res.eq_ignore_ascii_case("STORAGE") {
                return Some((used.saturating_mul(1024), limit.saturating_mul(1024)));
            }
            j += 3;
        }
    }
    None
}

pub(crate) struct ListEntry {
    pub(crate) attrs: Vec<String>,
    pub(crate) delim: Option<u8>,
    /// The name as the server sent it (modified UTF-7).
    pub(crate) raw_name: Vec<u8>,
}

fn list_entries(resp: &Resp) -> Vec<ListEntry> {
    let mut out = Vec::new();
    for l in &resp.untagged {
        let Ok(t) = tokenize(l) else { continue };
        if !atom_is(t.get(1), "LIST") || t.get(2) != Some(&Tok::Open) {
            continue;
        }
        let Some(close) = t.iter().position(|x| *x == Tok::Close) else {
            continue;
        };
        let attrs = t[3..close]
            .iter()
            .filter_map(|x| match x {
                Tok::Atom(a) => Some(a.clone()),
                _ => None,
            })
            .collect();
        let delim = match t.get(close + 1) {
            Some(Tok::Str(s)) if s.len() == 1 => Some(s[0]),
            _ => None,
        };
        let Some(raw_name) = string_bytes(t.get(close + 2)) else {
            continue;
        };
        out.push(ListEntry {
            attrs,
            delim,
            raw_name,
        });
    }
    out
}

/// Decodes IMAP's modified UTF-7 mailbox names (RFC 3501 §5.1.3); undecodable parts are kept.
pub(crate) fn decode_mutf7(raw: &[u8]) -> String {
    use base64::Engine;
    let mut out = String::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'&' {
            let Some(len) = raw[i + 1..].iter().position(|&b| b == b'-') else {
                out.push_str(&String::from_utf8_lossy(&raw[i..]));
                break;
            };
            let enc = &raw[i + 1..i + 1 + len];
            if enc.is_empty() {
                out.push('&');
            } else {
                let std: Vec<u8> = enc
                    .iter()
                    .map(|&b| if b == b',' { b'/' } else { b })
                    .collect();
                match base64::engine::general_purpose::STANDARD_NO_PAD.decode(&std) {
                    Ok(bytes) if bytes.len() % 2 == 0 => {
                        let units = bytes.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]]));
                        out.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')));
                    }
                    _ => out.push_str(&String::from_utf8_lossy(&raw[i..i + 2 + len])),
                }
            }
            i += len + 2;
        } else {
            out.push_str(&String::from_utf8_lossy(&raw[i..i + 1]));
            i += 1;
        }
    }
    out
}

const JUNK_NAMES: [&str; 7] = [
    "junk",
    "spam",
    "迷惑メール",
    "junk e-mail",
    "junk email",
    "bulk mail",
    "bulk",
];

/// The junk folder: the one marked `\Junk`, else the first with a well-known name.
pub(crate) fn find_junk(entries: &[ListEntry]) -> Option<&ListEntry> {
    let usable = |e: &&ListEntry| !e.attrs.iter().any(|a| a.eq_ignore_ascii_case("\\Noselect"));
    entries
        .iter()
        .filter(usable)
        .find(|e| e.attrs.iter().any(|a| a.eq_ignore_ascii_case("\\Junk")))
        .or_else(|| {
            entries.iter().filter(usable).find(|e| {
                let name = decode_mutf7(&e.raw_name);
                let leaf = match e.delim {
                    Some(d) => name.rsplit(d as char).next().unwrap_or(&name).to_string(),
                    None => name.clone(),
                };
                let leaf = leaf.to_lowercase();
                JUNK_NAMES.contains(&leaf.as_str())
            })
        })
}

// ---------- the probe ----------

pub(crate) async fn run(ctx: &mut Ctx, conn: &mut Conn, cand: &Candidate) -> Result<(), Stop> {
    let mut s = Session::new();

    ctx.begin_io(StepName::Greeting, conn);
    let greeting = ctx.check(greeting(conn).await)?;
    if let Some(caps) = greeting.caps.clone() {
        s.caps = caps;
    }
    ctx.ok(greeting.text.clone());

    if cand.security == Security::Starttls {
        ctx.begin_io(StepName::Starttls, conn);
        if s.caps.is_empty() {
            let r = ctx.check(s.command(conn, &[Arg::Atom("CAPABILITY")]).await)?;
            s.caps = capability_lines(&r);
        }
        if !s.has("STARTTLS") {
            return Err(ctx.fail(Fail::new(
                FailureKind::StarttlsUnavailable,
                "the server does not offer STARTTLS on this port",
            )));
        }
        let r = ctx.check(s.command(conn, &[Arg::Atom("STARTTLS")]).await)?;
        if r.status != Status::Ok {
            return Err(ctx.fail(
                Fail::new(
                    FailureKind::StarttlsUnavailable,
                    "the server refused STARTTLS",
                )
                .text(r.text),
            ));
        }
        super::start_tls(ctx, conn, cand).await?;
        // Anything learnt before TLS may have been forged: forget it.
        s.caps.clear();
    }

    ctx.begin_io(StepName::Capabilities, conn);
    // A greeting received over implicit TLS that lists the capabilities is as good as the
    // CAPABILITY command (RFC 3501 7.1): asking again would cost one round trip.
    if s.caps.is_empty() {
        let r = ctx.check(s.command(conn, &[Arg::Atom("CAPABILITY")]).await)?;
        if r.status != Status::Ok {
            return Err(ctx.fail(
                Fail::new(FailureKind::ProtocolError, "CAPABILITY was not accepted").text(r.text),
            ));
        }
        s.caps = capability_lines(&r);
    }
    ctx.probe.capabilities = s.caps.clone();
    ctx.probe.auth_mechanisms = auth_mechs(&s.caps);
    ctx.ok(format!("{} capabilities", s.caps.len()));

    if greeting.preauth {
        ctx.begin(StepName::Login);
        ctx.ok("the server pre-authenticated the connection");
    } else {
        login(ctx, conn, cand, &mut s).await?;
    }

    ctx.begin_io(StepName::Mailbox, conn);
    let (info, detail) = mailbox(ctx, conn, &mut s).await?;
    ctx.probe.mailbox = Some(info);
    ctx.ok(detail);

    ctx.goodbye(conn);
    logout(conn, &mut s).await;
    Ok(())
}

fn auth_mechs(caps: &[String]) -> Vec<String> {
    caps.iter()
        .filter_map(|c| {
            c.get(..5)
                .filter(|p| p.eq_ignore_ascii_case("AUTH="))
                .map(|_| c[5..].to_ascii_uppercase())
        })
        .collect()
}

struct Greeting {
    caps: Option<Vec<String>>,
    text: String,
    preauth: bool,
}

async fn greeting(conn: &mut Conn) -> Result<Greeting, Fail> {
    let line = conn.read_line().await?;
    let upper = line.to_ascii_uppercase();
    let preauth = upper.starts_with("* PREAUTH");
    if !(upper.starts_with("* OK") || preauth) {
        let kind = if upper.starts_with("* BYE") {
            FailureKind::ConnectRefused
        } else {
            FailureKind::ProtocolError
        };
        let msg = if kind == FailureKind::ConnectRefused {
            "the server turned the connection away"
        } else {
            "the server did not greet like an IMAP server"
        };
        return Err(Fail::new(kind, msg).text(line));
    }
    Ok(Greeting {
        caps: capability_code(&line),
        text: line.chars().take(MAX_LINE).collect(),
        preauth,
    })
}

/// A fresh connection may be opened this many times per probe after the server ended one.
const MAX_REOPENS: u32 = 2;

/// How one login attempt ended.
enum Attempt {
    Ok(Resp),
    /// Tagged NO/BAD, or BYE and close; with the server's text.
    Refused(ImapEnd, String),
    /// The connection closed without any answer.
    Closed,
}

async fn attempt(
    conn: &mut Conn,
    s: &mut Session,
    user: &str,
    password: &Password,
    plain: bool,
) -> Result<Attempt, Fail> {
    let r = if plain {
        authenticate_plain(conn, s, user, password).await
    } else {
        s.command(
            conn,
            &[
                Arg::Atom("LOGIN"),
                Arg::Str(user.as_bytes()),
                Arg::Str(password.expose().as_bytes()),
            ],
        )
        .await
    };
    match r {
        Ok(r) => Ok(match r.status {
            Status::Ok => Attempt::Ok(r),
            Status::No => Attempt::Refused(ImapEnd::No, r.text),
            Status::Bad => Attempt::Refused(ImapEnd::Bad, r.text),
        }),
        Err(f) if f.bye => Ok(Attempt::Refused(
            ImapEnd::Bye,
            f.server_text.unwrap_or_default(),
        )),
        Err(f) if super::conn::is_closed(&f) => Ok(Attempt::Closed),
        Err(f) => Err(f),
    }
}

async fn login(
    ctx: &mut Ctx,
    conn: &mut Conn,
    cand: &Candidate,
    s: &mut Session,
) -> Result<(), Stop> {
    ctx.may_send_password(conn)?;
    let shared = ctx.shared.clone();
    let Some(password) = shared.password.as_ref() else {
        return Err(Stop);
    };
    let clear = !conn.is_tls();
    if clear && codes::imap_tls_required_before_login(&s.caps, s.has("AUTH=PLAIN")) {
        // LOGINDISABLED (RFC 3501) or Mailutils' XTLSREQUIRED on a plain connection: the
        // password is not sent to be refused.
        ctx.begin(StepName::Login);
        return Err(ctx.fail(Fail::new(
            FailureKind::TlsRequired,
            "the server's capabilities allow no login before STARTTLS; the password was not sent",
        )));
    }
    if s.has("LOGINDISABLED") && !s.has("AUTH=PLAIN") {
        ctx.begin(StepName::Login);
        return Err(ctx.fail(Fail::new(
            FailureKind::LoginMechanismUnsupported,
            "the server disables LOGIN here and offers no usable mechanism",
        )));
    }
    if cand.usernames.is_empty() {
        ctx.begin(StepName::Login);
        ctx.ok("no username to try");
        return Err(Stop);
    }
    let mut tried: Vec<String> = Vec::new();
    let mut dead = false;
    let mut reopens = 0;
    loop {
        let (user, ticket) = ctx.next_login(conn, cand, &tried).await?;
        if !tried.is_empty() && !dead {
            // After a refusal: is the connection still there? (NOOP is valid in every state.)
            dead = s.command(conn, &[Arg::Atom("NOOP")]).await.is_err();
        }
        if dead {
            if reopens >= MAX_REOPENS {
                ticket.succeeded_without_login();
                return Err(ctx.fail(Fail::new(
                    FailureKind::ProtocolError,
                    "the server kept closing the connection during login",
                )));
            }
            reopens += 1;
            match reopen(ctx, cand).await {
                Ok((c, session)) => {
                    *conn = c;
                    *s = session;
                }
                Err(f) => {
                    ticket.succeeded_without_login();
                    return Err(ctx.fail(f));
                }
            }
        }
        let plain = s.has("AUTH=PLAIN");
        let starttls = s.has("STARTTLS");
        tried.push(user.clone());
        let (end, text) = match ctx.check(attempt(conn, s, &user, password, plain).await)? {
            Attempt::Ok(r) => {
                ticket.succeeded();
                let how = if plain { "AUTHENTICATE PLAIN" } else { "LOGIN" };
                let fresh = if reopens > 0 {
                    " on a new connection"
                } else {
                    ""
                };
                ctx.ok(format!("logged in as {user} ({how}){fresh}"));
                // Capabilities change after login (QUOTA, SPECIAL-USE...); when the OK does
                // not list them, the mailbox step asks.
                let untagged = capability_lines(&r);
                if let Some(after) = capability_code(&r.text) {
                    merge_caps(ctx, s, after);
                } else if !untagged.is_empty() {
                    merge_caps(ctx, s, untagged);
                } else {
                    s.caps.clear();
                }
                return Ok(());
            }
            Attempt::Closed => {
                ticket.rejected();
                ctx.rejected(Fail::new(
                    FailureKind::LoginFailed,
                    "the server closed the connection after the login without answering \
                     (how some servers refuse a login)",
                ));
                dead = true;
                continue;
            }
            Attempt::Refused(end, text) => (end, text),
        };
        let v = codes::imap_login_refusal(end, &text, clear, starttls);
        let fail = Fail::verdict(v).text(text);
        if codes::may_try_other_username(v.kind) {
            ticket.rejected();
            ctx.rejected(fail);
            dead = end == ImapEnd::Bye;
            continue;
        }
        return Err(ctx.fail(fail));
    }
}

/// A new connection for the next login attempt after the server ended the last one:
/// connect (+ implicit TLS), greeting, STARTTLS when the candidate uses it, CAPABILITY.
/// Bounded by the login step's time; nothing is recorded as a step of its own.
async fn reopen(ctx: &mut Ctx, cand: &Candidate) -> Result<(Conn, Session), Fail> {
    let shared = ctx.shared.clone();
    let until = (std::time::Instant::now() + 2 * shared.opts.step_timeout).min(shared.deadline);
    let mut conn = super::open(&shared, cand, until).await?;
    let mut s = Session::new();
    greeting(&mut conn).await?;
    if cand.security == Security::Starttls {
        let r = s.command(&mut conn, &[Arg::Atom("STARTTLS")]).await?;
        if r.status != Status::Ok {
            return Err(Fail::new(
                FailureKind::StarttlsUnavailable,
                "the server refused STARTTLS on the new connection",
            ));
        }
        conn.start_tls(&shared.tls, &cand.host).await.0?;
    }
    let r = s.command(&mut conn, &[Arg::Atom("CAPABILITY")]).await?;
    s.caps = capability_lines(&r);
    conn.set_deadline(until);
    Ok((conn, s))
}

fn merge_caps(ctx: &mut Ctx, s: &mut Session, after: Vec<String>) {
    for c in &after {
        if !ctx
            .probe
            .capabilities
            .iter()
            .any(|x| x.eq_ignore_ascii_case(c))
        {
            ctx.probe.capabilities.push(c.clone());
        }
    }
    s.caps = after;
}

async fn authenticate_plain(
    conn: &mut Conn,
    s: &mut Session,
    user: &str,
    password: &Password,
) -> Result<Resp, Fail> {
    let tag = s.tag();
    let mut ir = sasl_plain(user, password);
    let res = async {
        if s.has("SASL-IR") {
            let mut cmd = super::secret_line(&[&tag, " AUTHENTICATE PLAIN ", &ir]);
            let r = conn.write_all(cmd.as_bytes()).await;
            zeroize::Zeroize::zeroize(&mut cmd);
            r?;
        } else {
            conn.write_all(format!("{tag} AUTHENTICATE PLAIN\r\n").as_bytes())
                .await?;
            match wait_continuation(conn, &tag).await {
                Ok(()) => {}
                // Refused before our response was even asked for: a plain NO.
                Err(f) if f.kind == FailureKind::LoginFailed => {
                    return Ok(Resp {
                        status: Status::No,
                        text: f.server_text.unwrap_or_default(),
                        untagged: Vec::new(),
                    })
                }
                Err(f) => return Err(f),
            }
            let mut line = super::secret_line(&[&ir]);
            let r = conn.write_all(line.as_bytes()).await;
            zeroize::Zeroize::zeroize(&mut line);
            r?;
        }
        read_response(conn, &tag).await
    }
    .await;
    zeroize::Zeroize::zeroize(&mut ir);
    match res {
        // A `+` after our response means the server wants more: not PLAIN as we know it.
        Err(f) if f.kind == FailureKind::ProtocolError && f.server_text.is_none() => {
            let _ = conn.write_all(b"*\r\n").await;
            Err(f)
        }
        other => other,
    }
}

async fn mailbox(
    ctx: &mut Ctx,
    conn: &mut Conn,
    s: &mut Session,
) -> Result<(MailboxInfo, String), Stop> {
    let mut info = MailboxInfo::default();
    if s.caps.is_empty() {
        let r = ctx.check(s.command(conn, &[Arg::Atom("CAPABILITY")]).await)?;
        merge_caps(ctx, s, capability_lines(&r));
    }
    let size = s.has("STATUS=SIZE") || s.has("IMAP4rev2");
    let items = if size {
        "(MESSAGES UNSEEN SIZE)"
    } else {
        "(MESSAGES UNSEEN)"
    };
    // Inside TLS, EXAMINE, STATUS, GETQUOTAROOT, LIST and STATUS "Junk" go in one flight
    // (RFC 3501 5.5: the server answers them in order; none of them changes a mailbox). A junk
    // folder of another name costs one more round trip. In the clear (only with
    // --allow-plaintext) one at a time.
    let flight = if conn.is_tls() {
        Some(ctx.check(send_flight(conn, s, items).await)?)
    } else {
        None
    };
    let r = match &flight {
        Some(f) => ctx.check(read_response(conn, &f.examine).await)?,
        None => ctx.check(
            s.command(conn, &[Arg::Atom("EXAMINE"), Arg::Atom("INBOX")])
                .await,
        )?,
    };
    if r.status != Status::Ok {
        return Err(ctx.fail(
            Fail::new(FailureKind::ProtocolError, "the inbox could not be opened").text(r.text),
        ));
    }
    info.messages = exists(&r);

    let r = match &flight {
        Some(f) => ctx.check(read_response(conn, &f.status).await)?,
        None => ctx.check(
            s.command(
                conn,
                &[Arg::Atom("STATUS"), Arg::Atom("INBOX"), Arg::Atom(items)],
            )
            .await,
        )?,
    };
    if r.status == Status::Ok {
        for (k, v) in status_items(&r) {
            match k.as_str() {
                "MESSAGES" => info.messages = Some(v),
                "UNSEEN" => info.unseen = Some(v),
                "SIZE" => info.size_bytes = Some(v),
                _ => {}
            }
        }
    }
    let mut detail = format!(
        "{} messages, {} unseen",
        opt(info.messages),
        opt(info.unseen)
    );

    // The extras never decide the outcome: the account works once the inbox opened.
    if let Err(f) = extras(conn, s, &mut info, &mut detail, flight.as_ref()).await {
        detail.push_str(&format!("; stopped early: {}", f.message));
    }
    if flight.is_some() {
        detail.push_str(" (pipelined)");
    }
    Ok((info, detail))
}

/// The tags of the commands sent in one flight after the login.
struct Flight {
    examine: String,
    status: String,
    quota: Option<String>,
    list: String,
    /// STATUS of the most common junk folder name, sent before LIST could say it exists.
    junk: String,
}

/// The junk folder name asked in the flight (the one most servers use, Dovecot among them).
const FLIGHT_JUNK: &[u8] = b"Junk";

/// Writes EXAMINE INBOX, STATUS INBOX, GETQUOTAROOT INBOX (when QUOTA), LIST "" "*" and
/// STATUS "Junk" without waiting for any answer.
async fn send_flight(conn: &mut Conn, s: &mut Session, items: &str) -> Result<Flight, Fail> {
    let lp = s.has("LITERAL+");
    let examine = s.tag();
    send(
        conn,
        &examine,
        &[Arg::Atom("EXAMINE"), Arg::Atom("INBOX")],
        lp,
    )
    .await?;
    let status = s.tag();
    send(
        conn,
        &status,
        &[Arg::Atom("STATUS"), Arg::Atom("INBOX"), Arg::Atom(items)],
        lp,
    )
    .await?;
    let quota = if s.has("QUOTA") {
        let t = s.tag();
        send(
            conn,
            &t,
            &[Arg::Atom("GETQUOTAROOT"), Arg::Atom("INBOX")],
            lp,
        )
        .await?;
        Some(t)
    } else {
        None
    };
    let list = s.tag();
    send(
        conn,
        &list,
        &[Arg::Atom("LIST"), Arg::Str(b""), Arg::Str(b"*")],
        lp,
    )
    .await?;
    let junk = s.tag();
    send(
        conn,
        &junk,
        &[
            Arg::Atom("STATUS"),
            Arg::Str(FLIGHT_JUNK),
            Arg::Atom("(MESSAGES)"),
        ],
        lp,
    )
    .await?;
    Ok(Flight {
        examine,
        status,
        quota,
        list,
        junk,
    })
}

fn opt(v: Option<u64>) -> String {
    v.map(|n| n.to_string()).unwrap_or_else(|| "?".into())
}

async fn extras(
    conn: &mut Conn,
    s: &mut Session,
    info: &mut MailboxInfo,
    detail: &mut String,
    flight: Option<&Flight>,
) -> Result<(), Fail> {
    if s.has("QUOTA") {
        let r = match flight.and_then(|f| f.quota.as_deref()) {
            Some(tag) => read_response(conn, tag).await?,
            None => {
                s.command(conn, &[Arg::Atom("GETQUOTAROOT"), Arg::Atom("INBOX")])
                    .await?
            }
        };
        if r.status == Status::Ok {
            if let Some((used, limit)) = storage_quota(&r) {
                info.quota_used_bytes = Some(used);
                info.quota_limit_bytes = Some(limit);
                detail.push_str(&format!(", quota {} of {} KiB", used / 1024, limit / 1024));
            }
        }
    }
    let r = match flight {
        Some(f) => read_response(conn, &f.list).await?,
        None => {
            s.command(conn, &[Arg::Atom("LIST"), Arg::Str(b""), Arg::Str(b"*")])
                .await?
        }
    };
    // The flight's junk STATUS answer comes next (a NO when there is no such folder).
    let early = match flight {
        Some(f) => Some(read_response(conn, &f.junk).await?),
        None => None,
    };
    if r.status != Status::Ok {
        return Ok(());
    }
    let entries = list_entries(&r);
    if let Some(junk) = find_junk(&entries) {
        let name = junk.raw_name.clone();
        let r = match early {
            Some(r) if name == FLIGHT_JUNK => r,
            _ => {
                s.command(
                    conn,
                    &[
                        Arg::Atom("STATUS"),
                        Arg::Str(&name),
                        Arg::Atom("(MESSAGES)"),
                    ],
                )
                .await?
            }
        };
        if r.status == Status::Ok {
            if let Some((_, n)) = status_items(&r).into_iter().find(|(k, _)| k == "MESSAGES") {
                info.junk_messages = Some(n);
                detail.push_str(&format!(", junk folder {}: {n}", decode_mutf7(&name)));
            }
        }
    }
    Ok(())
}

/// Says goodbye without waiting for the answer: the probe has learnt all it needs, and waiting
/// would add one round trip to every probe (and to the whole diagnosis).
async fn logout(conn: &mut Conn, s: &mut Session) {
    let tag = s.tag();
    let _ = conn.write_all(format!("{tag} LOGOUT\r\n").as_bytes()).await;
}

/// Looks for a message whose subject holds `token` in INBOX (read-only), polling until
/// `until`. Returns Ok(true) when found.
pub(crate) async fn search_subject(
    conn: &mut Conn,
    s: &mut Session,
    token: &str,
    until: std::time::Instant,
) -> Result<bool, Fail> {
    let r = s
        .command(conn, &[Arg::Atom("EXAMINE"), Arg::Atom("INBOX")])
        .await?;
    if r.status != Status::Ok {
        return Err(
            Fail::new(FailureKind::ProtocolError, "the inbox could not be opened").text(r.text),
        );
    }
    loop {
        let r = s
            .command(
                conn,
                &[
                    Arg::Atom("SEARCH"),
                    Arg::Atom("SUBJECT"),
                    Arg::Str(token.as_bytes()),
                ],
            )
            .await?;
        let found = r.untagged.iter().any(|l| {
            let t = String::from_utf8_lossy(l);
            let mut w = t.split_whitespace();
            w.next();
            w.next().is_some_and(|x| x.eq_ignore_ascii_case("SEARCH")) && w.next().is_some()
        });
        if found {
            logout(conn, s).await;
            return Ok(true);
        }
        if std::time::Instant::now() + std::time::Duration::from_millis(700) >= until {
            logout(conn, s).await;
            return Ok(false);
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let _ = s.command(conn, &[Arg::Atom("NOOP")]).await?;
    }
}

/// Greeting, optional STARTTLS and login on a fresh connection, for the send-test lookup.
/// No steps are recorded; the login attempt is charged by the caller.
pub(crate) async fn quick_login(
    conn: &mut Conn,
    cand: &Candidate,
    tls: &super::tls::TlsSetup,
    user: &str,
    password: &Password,
) -> Result<Session, Fail> {
    let mut s = Session::new();
    let g = greeting(conn).await?;
    s.caps = g.caps.unwrap_or_default();
    if cand.security == Security::Starttls {
        let r = s.command(conn, &[Arg::Atom("STARTTLS")]).await?;
        if r.status != Status::Ok {
            return Err(Fail::new(
                FailureKind::StarttlsUnavailable,
                "STARTTLS refused",
            ));
        }
        conn.start_tls(tls, &cand.host).await.0?;
    }
    if !conn.is_tls() {
        return Err(Fail::new(FailureKind::PlaintextRefused, "not encrypted"));
    }
    let r = s.command(conn, &[Arg::Atom("CAPABILITY")]).await?;
    s.caps = capability_lines(&r);
    let r = if s.has("AUTH=PLAIN") {
        authenticate_plain(conn, &mut s, user, password).await?
    } else {
        s.command(
            conn,
            &[
                Arg::Atom("LOGIN"),
                Arg::Str(user.as_bytes()),
                Arg::Str(password.expose().as_bytes()),
            ],
        )
        .await?
    };
    if r.status != Status::Ok {
        return Err(rejection(r.status, &r.text));
    }
    Ok(s)
}

/// Runs every parser of untagged responses over one logical line (fuzzing entry point).
pub(crate) fn parse_everything(raw: &[u8]) -> usize {
    let r = Resp {
        status: Status::Ok,
        text: String::from_utf8_lossy(raw).into_owned(),
        untagged: vec![raw.to_vec()],
    };
    let mut n = tokenize(raw).map(|t| t.len()).unwrap_or(0);
    n += exists(&r).is_some() as usize;
    n += status_items(&r).len();
    n += storage_quota(&r).is_some() as usize;
    let entries = list_entries(&r);
    n += find_junk(&entries).is_some() as usize;
    n += capability_code(&r.text).map(|c| c.len()).unwrap_or(0);
    n += capability_lines(&r).len();
    n += literal_at_end(raw).unwrap_or(0).min(1);
    n += decode_mutf7(raw).len();
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(lines: &[&[u8]]) -> Resp {
        Resp {
            status: Status::Ok,
            text: String::new(),
            untagged: lines.iter().map(|l| l.to_vec()).collect(),
        }
    }

    #[test]
    fn tokens_quoted_literal_and_lists() {
        let t = tokenize(b"* LIST (\\HasNoChildren \\Junk) \"/\" {4}\r\nSp\"m").unwrap();
        assert_eq!(t[2], Tok::Open);
        assert_eq!(t[3], Tok::Atom("\\HasNoChildren".into()));
        assert_eq!(t[6], Tok::Str(b"/".to_vec()));
        assert_eq!(t[7], Tok::Str(b"Sp\"m".to_vec()));
        assert!(tokenize(b"* X \"unterminated").is_err());
        assert!(tokenize(b"* X {99}\r\nshort").is_err());
        assert!(tokenize(b"* X {18446744073709551615}\r\n").is_err());
    }

    #[test]
    fn literal_detection() {
        assert_eq!(literal_at_end(b"* LIST () \"/\" {12}"), Some(12));
        assert_eq!(literal_at_end(b"* OK {12+}"), Some(12));
        assert_eq!(literal_at_end(b"* OK {}"), None);
        assert_eq!(literal_at_end(b"* OK {9999999999}"), None);
    }

    #[test]
    fn quoting_escapes() {
        let mut v = Vec::new();
        push_quoted(&mut v, br#"a"b\c"#);
        assert_eq!(v, br#""a\"b\\c""#);
        assert!(quotable(b"p@ss w\"rd"));
        assert!(!quotable("パス".as_bytes()));
    }

    #[test]
    fn status_quota_exists() {
        let r = resp(&[
            b"* 12 EXISTS",
            b"* STATUS INBOX (MESSAGES 12 UNSEEN 3)",
            b"* QUOTAROOT INBOX \"User quota\"",
            b"* QUOTA \"User quota\" (MESSAGE 4 100 STORAGE 10 1024)",
        ]);
        assert_eq!(exists(&r), Some(12));
        assert_eq!(
            status_items(&r),
            vec![("MESSAGES".into(), 12), ("UNSEEN".into(), 3)]
        );
        assert_eq!(storage_quota(&r), Some((10 * 1024, 1024 * 1024)));
    }

    #[test]
    fn junk_by_attribute_then_name() {
        let r = resp(&[
            b"* LIST (\\HasNoChildren) \".\" INBOX",
            b"* LIST (\\HasNoChildren) \".\" \"INBOX.&j,dg0TDhMPww6w-\"",
        ]);
        let e = list_entries(&r);
        assert_eq!(
            decode_mutf7(&find_junk(&e).unwrap().raw_name),
            "INBOX.迷惑メール"
        );
        let r = resp(&[
            b"* LIST (\\HasNoChildren) \"/\" Spam",
            b"* LIST (\\HasNoChildren \\Junk) \"/\" Other",
        ]);
        let e = list_entries(&r);
        assert_eq!(find_junk(&e).unwrap().raw_name, b"Other");
        let r = resp(&[b"* LIST (\\Noselect) \"/\" Junk"]);
        assert!(find_junk(&list_entries(&r)).is_none());
    }

    #[test]
    fn parsers_survive_hostile_bytes() {
        for raw in [
            &b"* LIST (\\Junk"[..],
            b"* STATUS {5}\r\nab",
            b"* QUOTA x (STORAGE 99999999999999999999 1)",
            b"* 18446744073709551616 EXISTS",
            b"&&&-&AAA-&\xff\xfe-",
            b"{4294967295}",
            b"\"\\",
            b"* OK [CAPABILITY",
        ] {
            parse_everything(raw);
        }
    }

    #[test]
    fn mutf7() {
        assert_eq!(decode_mutf7(b"&j,dg0TDhMPww6w-"), "迷惑メール");
        assert_eq!(decode_mutf7(b"A&-B"), "A&B");
        assert_eq!(decode_mutf7(b"&&&"), "&&&");
        assert_eq!(decode_mutf7(b"&Zm9v-"), "&Zm9v-");
    }

    #[test]
    fn capability_code_in_greeting() {
        let caps = capability_code(
            "* OK [CAPABILITY IMAP4rev1 SASL-IR STARTTLS AUTH=PLAIN] Dovecot ready.",
        )
        .unwrap();
        assert!(caps.contains(&"STARTTLS".to_string()));
        assert_eq!(auth_mechs(&caps), vec!["PLAIN".to_string()]);
    }
}
