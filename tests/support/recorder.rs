//! A recording mail server on 127.0.0.1 (plain TCP) that accepts any login and keeps every byte
//! it received, plus the credentials as it decoded them from the wire with a strict parser of
//! its own (independent of the engine's encoder and of tests/support/faults.rs):
//!
//! - IMAP `LOGIN`: each argument an atom, a quoted string (7-bit only, no CR/LF/NUL, `\` only
//!   before `"` or `\`, RFC 3501 §4.3) or a literal `{n}` / `{n+}` (the `+` only when the
//!   server offered LITERAL+; a synchronising literal only after our `+`).
//! - IMAP `AUTHENTICATE PLAIN`, POP3 `AUTH PLAIN`, SMTP `AUTH PLAIN`: base64 of
//!   `authzid \0 user \0 password` (RFC 4616), initial response or after the `+`/`334`.
//! - POP3 `USER`/`PASS`: the rest of the line. SMTP `AUTH LOGIN`: two base64 lines.
//!
//! Anything malformed is kept in `problems()` and answered with BAD / -ERR / 501.

#![allow(dead_code)]

use base64::Engine as _;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// IMAP with LOGIN only; `literal_plus` offers LITERAL+.
    ImapLogin {
        literal_plus: bool,
    },
    /// IMAP with AUTH=PLAIN; `sasl_ir` offers SASL-IR (initial response on the command line).
    ImapPlain {
        sasl_ir: bool,
    },
    Pop3User,
    Pop3Plain,
    SmtpPlain,
    SmtpLogin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cred {
    /// "LOGIN", "AUTHENTICATE PLAIN", "USER/PASS", "AUTH PLAIN", "AUTH LOGIN".
    pub how: &'static str,
    pub user: Vec<u8>,
    pub pass: Vec<u8>,
    /// The command bytes as they arrived (literal data included).
    pub raw: Vec<u8>,
}

#[derive(Default)]
struct State {
    log: Vec<u8>,
    creds: Vec<Cred>,
    problems: Vec<String>,
    commands: Vec<String>,
}

pub struct Recorder {
    pub port: u16,
    state: Arc<Mutex<State>>,
}

/// How the recorder answers a login.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    /// Rejects, echoing the password and its base64 in the rejection text (a hostile or
    /// careless server): the engine must not repeat it anywhere.
    RejectEcho,
}

impl Recorder {
    pub fn received(&self) -> Vec<u8> {
        self.state.lock().unwrap().log.clone()
    }
    pub fn creds(&self) -> Vec<Cred> {
        self.state.lock().unwrap().creds.clone()
    }
    pub fn problems(&self) -> Vec<String> {
        self.state.lock().unwrap().problems.clone()
    }
    /// The command verbs received, upper-case (LOGIN, EXAMINE, USER, MAIL, …).
    pub fn commands(&self) -> Vec<String> {
        self.state.lock().unwrap().commands.clone()
    }
}

pub async fn start(mode: Mode) -> Recorder {
    start_with(mode, Answer::Accept).await
}

pub async fn start_with(mode: Mode, answer: Answer) -> Recorder {
    start_on("127.0.0.1", mode, answer).await
}

/// As [`start_with`], on another loopback address: servers on different addresses count as
/// different machines for the per-server login cap.
pub async fn start_on(host: &str, mode: Mode, answer: Answer) -> Recorder {
    let l = TcpListener::bind((host, 0)).await.unwrap();
    let port = l.local_addr().unwrap().port();
    let state = Arc::new(Mutex::new(State::default()));
    let st = state.clone();
    tokio::spawn(async move {
        while let Ok((s, _)) = l.accept().await {
            let st = st.clone();
            tokio::spawn(async move {
                let mut c = Wire {
                    s,
                    buf: Vec::new(),
                    st,
                    answer,
                };
                let _ = match mode {
                    Mode::ImapLogin { .. } | Mode::ImapPlain { .. } => imap(&mut c, mode).await,
                    Mode::Pop3User | Mode::Pop3Plain => pop3(&mut c, mode).await,
                    Mode::SmtpPlain | Mode::SmtpLogin => smtp(&mut c, mode).await,
                };
            });
        }
    });
    Recorder { port, state }
}

struct Wire {
    s: TcpStream,
    buf: Vec<u8>,
    st: Arc<Mutex<State>>,
    answer: Answer,
}

const LIMIT: usize = 1 << 20;

impl Wire {
    async fn fill(&mut self) -> Option<()> {
        let mut tmp = [0u8; 4096];
        let n = tokio::time::timeout(std::time::Duration::from_secs(5), self.s.read(&mut tmp))
            .await
            .ok()?
            .ok()?;
        if n == 0 || self.buf.len() > LIMIT {
            return None;
        }
        self.st.lock().unwrap().log.extend_from_slice(&tmp[..n]);
        self.buf.extend_from_slice(&tmp[..n]);
        Some(())
    }
    /// One line including its CR LF (the raw bytes).
    async fn raw_line(&mut self) -> Option<Vec<u8>> {
        loop {
            if let Some(p) = self.buf.windows(2).position(|w| w == b"\r\n") {
                return Some(self.buf.drain(..p + 2).collect());
            }
            if self.buf.contains(&b'\n') {
                self.problem("a line ended with a bare LF");
                let p = self.buf.iter().position(|&b| b == b'\n').unwrap();
                return Some(self.buf.drain(..=p).collect());
            }
            self.fill().await?;
        }
    }
    async fn exact(&mut self, n: usize) -> Option<Vec<u8>> {
        while self.buf.len() < n {
            self.fill().await?;
        }
        Some(self.buf.drain(..n).collect())
    }
    async fn send(&mut self, b: &str) -> Option<()> {
        self.s.write_all(b.as_bytes()).await.ok()
    }
    fn problem(&self, p: impl Into<String>) {
        self.st.lock().unwrap().problems.push(p.into());
    }
    fn command(&self, verb: &str) {
        self.st
            .lock()
            .unwrap()
            .commands
            .push(verb.to_ascii_uppercase());
    }
    /// Records the credentials; Some(echo text) when the login is to be rejected.
    fn cred(
        &self,
        how: &'static str,
        user: Vec<u8>,
        pass: Vec<u8>,
        raw: Vec<u8>,
    ) -> Option<String> {
        let echo = (self.answer == Answer::RejectEcho).then(|| {
            let p = String::from_utf8_lossy(&pass).into_owned();
            let b = base64::engine::general_purpose::STANDARD.encode(&pass);
            format!("authentication failed: password {p} ({b}) is wrong")
        });
        self.st.lock().unwrap().creds.push(Cred {
            how,
            user,
            pass,
            raw,
        });
        echo
    }
}

fn strip_crlf(l: &[u8]) -> &[u8] {
    l.strip_suffix(b"\r\n")
        .or_else(|| l.strip_suffix(b"\n"))
        .unwrap_or(l)
}

/// RFC 4616: [authzid] NUL authcid NUL passwd, from base64.
fn decode_plain(b64: &[u8]) -> Result<(Vec<u8>, Vec<u8>), String> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .map_err(|e| format!("PLAIN response is not base64: {e}"))?;
    let parts: Vec<&[u8]> = raw.split(|&b| b == 0).collect();
    if parts.len() != 3 {
        return Err(format!(
            "PLAIN response has {} NUL-separated parts, not 3",
            parts.len()
        ));
    }
    Ok((parts[1].to_vec(), parts[2].to_vec()))
}

fn b64(b: &[u8]) -> Result<Vec<u8>, String> {
    base64::engine::general_purpose::STANDARD
        .decode(b)
        .map_err(|e| format!("not base64: {e}"))
}

// ---------- IMAP ----------

/// An IMAP argument as the strict parser read it.
#[derive(Debug)]
enum ImapArg {
    Atom(Vec<u8>),
    Str(Vec<u8>),
}

/// Reads one command (tag, verb, arguments), resolving literals. `raw` collects every byte.
async fn imap_command(
    c: &mut Wire,
    literal_plus: bool,
) -> Option<Result<(String, String, Vec<ImapArg>, Vec<u8>), String>> {
    let mut raw = Vec::new();
    let mut line = c.raw_line().await?;
    raw.extend_from_slice(&line);
    let mut args: Vec<ImapArg> = Vec::new();
    let mut head: Option<(String, String)> = None;
    loop {
        let body = strip_crlf(&line).to_vec();
        let mut i = 0;
        if head.is_none() {
            let mut words = body.splitn(3, |&b| b == b' ');
            let tag = String::from_utf8_lossy(words.next().unwrap_or_default()).into_owned();
            let verb = String::from_utf8_lossy(words.next().unwrap_or_default()).into_owned();
            i = (tag.len() + 1 + verb.len() + 1).min(body.len());
            head = Some((tag, verb));
        }
        // Credentials are parsed strictly; other commands (STATUS INBOX (…)) loosely.
        let strict = head.as_ref().is_some_and(|h| {
            ["LOGIN", "AUTHENTICATE"].contains(&h.1.to_ascii_uppercase().as_str())
        });
        // Arguments on this line; a literal announcement ends the line.
        let mut literal: Option<(usize, bool)> = None;
        while i < body.len() {
            match body[i] {
                b' ' => i += 1,
                b'"' => {
                    let mut s = Vec::new();
                    i += 1;
                    loop {
                        match body.get(i) {
                            None => return Some(Err("unterminated quoted string".into())),
                            Some(b'"') => {
                                i += 1;
                                break;
                            }
                            Some(b'\\') => match body.get(i + 1) {
                                Some(&e @ (b'"' | b'\\')) => {
                                    s.push(e);
                                    i += 2;
                                }
                                other => {
                                    return Some(Err(format!(
                                        "backslash before {other:?} in a quoted string"
                                    )))
                                }
                            },
                            Some(&b) if b == 0 || b >= 0x80 || b == b'\r' || b == b'\n' => {
                                return Some(Err(format!(
                                    "byte {b:#04x} is not allowed in a quoted string"
                                )))
                            }
                            Some(&b) => {
                                s.push(b);
                                i += 1;
                            }
                        }
                    }
                    args.push(ImapArg::Str(s));
                }
                b'{' => {
                    let close = match body[i..].iter().position(|&b| b == b'}') {
                        Some(p) => i + p,
                        None => return Some(Err("unterminated literal length".into())),
                    };
                    if close + 1 != body.len() {
                        return Some(Err("a literal length not at the end of the line".into()));
                    }
                    let spec = &body[i + 1..close];
                    let (digits, plus) = match spec.strip_suffix(b"+") {
                        Some(d) => (d, true),
                        None => (spec, false),
                    };
                    let n: usize = match std::str::from_utf8(digits)
                        .ok()
                        .and_then(|d| d.parse().ok())
                    {
                        Some(n) => n,
                        None => return Some(Err("bad literal length".into())),
                    };
                    if plus && !literal_plus {
                        return Some(Err("{n+} used but LITERAL+ was not offered".into()));
                    }
                    literal = Some((n, plus));
                    i = body.len();
                }
                _ => {
                    let start = i;
                    while i < body.len() && body[i] != b' ' {
                        // RFC 3501 atom-specials (a credential sent as an atom must avoid them).
                        let special = matches!(
                            body[i],
                            b'(' | b')' | b'{' | b'"' | b'\\' | b'%' | b'*' | b']'
                        ) || body[i] < 0x20
                            || body[i] >= 0x7f;
                        if special && strict {
                            return Some(Err(format!("byte {:#04x} inside an atom", body[i])));
                        }
                        i += 1;
                    }
                    args.push(ImapArg::Atom(body[start..i].to_vec()));
                }
            }
        }
        match literal {
            None => break,
            Some((n, plus)) => {
                if !plus {
                    c.send("+ go on\r\n").await?;
                }
                let data = c.exact(n).await?;
                raw.extend_from_slice(&data);
                args.push(ImapArg::Str(data));
                line = c.raw_line().await?;
                raw.extend_from_slice(&line);
            }
        }
    }
    let (tag, verb) = head?;
    Some(Ok((tag, verb, args, raw)))
}

async fn imap(c: &mut Wire, mode: Mode) -> Option<()> {
    let (plain, sasl_ir, literal_plus) = match mode {
        Mode::ImapLogin { literal_plus } => (false, false, literal_plus),
        Mode::ImapPlain { sasl_ir } => (true, sasl_ir, false),
        _ => unreachable!(),
    };
    let mut caps = String::from("IMAP4rev1");
    if plain {
        caps.push_str(" AUTH=PLAIN");
    }
    if sasl_ir {
        caps.push_str(" SASL-IR");
    }
    if literal_plus {
        caps.push_str(" LITERAL+");
    }
    c.send(&format!("* OK [CAPABILITY {caps}] recorder ready\r\n"))
        .await?;
    loop {
        let (tag, verb, args, raw) = match imap_command(c, literal_plus).await? {
            Ok(v) => v,
            Err(p) => {
                c.problem(p);
                c.send("* BAD malformed\r\n").await?;
                continue;
            }
        };
        c.command(&verb);
        match verb.to_ascii_uppercase().as_str() {
            "CAPABILITY" => {
                c.send(&format!("* CAPABILITY {caps}\r\n{tag} OK done\r\n"))
                    .await?
            }
            "LOGIN" => {
                if args.len() != 2 {
                    c.problem(format!("LOGIN with {} arguments", args.len()));
                    c.send(&format!("{tag} BAD arguments\r\n")).await?;
                    continue;
                }
                let val = |a: &ImapArg| match a {
                    ImapArg::Atom(v) | ImapArg::Str(v) => v.clone(),
                };
                match c.cred("LOGIN", val(&args[0]), val(&args[1]), raw) {
                    Some(echo) => {
                        c.send(&format!("{tag} NO [AUTHENTICATIONFAILED] {echo}\r\n"))
                            .await?
                    }
                    None => {
                        c.send(&format!("{tag} OK [CAPABILITY {caps}] logged in\r\n"))
                            .await?
                    }
                }
            }
            "AUTHENTICATE" => {
                let mut raw = raw;
                let ir = match args.get(1) {
                    Some(ImapArg::Atom(a)) => a.clone(),
                    Some(ImapArg::Str(_)) => {
                        c.problem("SASL initial response sent as a string");
                        c.send(&format!("{tag} BAD\r\n")).await?;
                        continue;
                    }
                    None => {
                        c.send("+ \r\n").await?;
                        let l = c.raw_line().await?;
                        raw.extend_from_slice(&l);
                        strip_crlf(&l).to_vec()
                    }
                };
                if args.get(1).is_some() && !sasl_ir {
                    c.problem("initial response without SASL-IR");
                }
                match decode_plain(&ir) {
                    Ok((u, p)) => match c.cred("AUTHENTICATE PLAIN", u, p, raw) {
                        Some(echo) => {
                            c.send(&format!("{tag} NO [AUTHENTICATIONFAILED] {echo}\r\n"))
                                .await?
                        }
                        None => {
                            c.send(&format!("{tag} OK [CAPABILITY {caps}] logged in\r\n"))
                                .await?
                        }
                    },
                    Err(e) => {
                        c.problem(e);
                        c.send(&format!("{tag} BAD\r\n")).await?;
                    }
                }
            }
            "EXAMINE" => {
                c.send(&format!(
                    "* 0 EXISTS\r\n* 0 RECENT\r\n{tag} OK [READ-ONLY] done\r\n"
                ))
                .await?
            }
            "STATUS" => {
                c.send(&format!(
                    "* STATUS INBOX (MESSAGES 0 UNSEEN 0)\r\n{tag} OK done\r\n"
                ))
                .await?
            }
            "LOGOUT" => {
                c.send(&format!("* BYE bye\r\n{tag} OK done\r\n")).await?;
                return Some(());
            }
            "SELECT" | "STORE" | "EXPUNGE" | "APPEND" | "COPY" | "DELETE" => {
                c.problem(format!("a mailbox-changing command: {verb}"));
                c.send(&format!("{tag} NO not here\r\n")).await?
            }
            _ => c.send(&format!("{tag} OK done\r\n")).await?,
        }
    }
}

// ---------- POP3 ----------

async fn pop3(c: &mut Wire, mode: Mode) -> Option<()> {
    c.send("+OK recorder ready\r\n").await?;
    let mut user: Option<(Vec<u8>, Vec<u8>)> = None;
    loop {
        let raw = c.raw_line().await?;
        let line = strip_crlf(&raw).to_vec();
        let (verb, rest) = match line.iter().position(|&b| b == b' ') {
            Some(p) => (&line[..p], &line[p + 1..]),
            None => (&line[..], &b""[..]),
        };
        let verb = String::from_utf8_lossy(verb).to_ascii_uppercase();
        c.command(&verb);
        match verb.as_str() {
            "CAPA" => {
                let sasl = if mode == Mode::Pop3Plain {
                    "SASL PLAIN\r\n"
                } else {
                    ""
                };
                c.send(&format!("+OK\r\nUSER\r\nUIDL\r\n{sasl}.\r\n"))
                    .await?
            }
            "USER" => {
                user = Some((rest.to_vec(), raw.clone()));
                c.send("+OK\r\n").await?
            }
            "PASS" => match user.take() {
                Some((u, mut r)) => {
                    r.extend_from_slice(&raw);
                    match c.cred("USER/PASS", u, rest.to_vec(), r) {
                        Some(echo) => c.send(&format!("-ERR [AUTH] {echo}\r\n")).await?,
                        None => c.send("+OK logged in\r\n").await?,
                    }
                }
                None => {
                    c.problem("PASS before USER");
                    c.send("-ERR\r\n").await?
                }
            },
            "AUTH" => {
                let mut raw = raw.clone();
                let mut words = rest.splitn(2, |&b| b == b' ');
                let mech = words.next().unwrap_or_default().to_ascii_uppercase();
                if mech != b"PLAIN" {
                    c.send("-ERR mechanism\r\n").await?;
                    continue;
                }
                let ir = match words.next() {
                    Some(ir) => ir.to_vec(),
                    None => {
                        c.send("+ \r\n").await?;
                        let l = c.raw_line().await?;
                        raw.extend_from_slice(&l);
                        strip_crlf(&l).to_vec()
                    }
                };
                match decode_plain(&ir) {
                    Ok((u, p)) => match c.cred("AUTH PLAIN", u, p, raw) {
                        Some(echo) => c.send(&format!("-ERR [AUTH] {echo}\r\n")).await?,
                        None => c.send("+OK logged in\r\n").await?,
                    },
                    Err(e) => {
                        c.problem(e);
                        c.send("-ERR\r\n").await?
                    }
                }
            }
            "STAT" => c.send("+OK 0 0\r\n").await?,
            "UIDL" | "LIST" => c.send("+OK\r\n.\r\n").await?,
            "QUIT" => {
                c.send("+OK bye\r\n").await?;
                return Some(());
            }
            "DELE" => {
                c.problem("DELE");
                c.send("-ERR\r\n").await?
            }
            _ => c.send("-ERR unknown\r\n").await?,
        }
    }
}

// ---------- SMTP ----------

async fn smtp(c: &mut Wire, mode: Mode) -> Option<()> {
    c.send("220 recorder ESMTP\r\n").await?;
    let mech = if mode == Mode::SmtpPlain {
        "PLAIN"
    } else {
        "LOGIN"
    };
    loop {
        let raw = c.raw_line().await?;
        let line = strip_crlf(&raw).to_vec();
        let text = String::from_utf8_lossy(&line).into_owned();
        let mut words = text.splitn(3, ' ');
        let verb = words.next().unwrap_or_default().to_ascii_uppercase();
        c.command(&verb);
        match verb.as_str() {
            "EHLO" => {
                c.send(&format!(
                    "250-recorder\r\n250-8BITMIME\r\n250 AUTH {mech}\r\n"
                ))
                .await?
            }
            "AUTH" => {
                let mut raw = raw.clone();
                let m = words.next().unwrap_or_default().to_ascii_uppercase();
                let ir = words.next().map(|s| s.as_bytes().to_vec());
                let got = match m.as_str() {
                    "PLAIN" => {
                        let ir = match ir {
                            Some(ir) => ir,
                            None => {
                                c.send("334 \r\n").await?;
                                let l = c.raw_line().await?;
                                raw.extend_from_slice(&l);
                                strip_crlf(&l).to_vec()
                            }
                        };
                        decode_plain(&ir).map(|(u, p)| ("AUTH PLAIN", u, p))
                    }
                    "LOGIN" => {
                        let u = match ir {
                            Some(ir) => ir,
                            None => {
                                c.send("334 VXNlcm5hbWU6\r\n").await?;
                                let l = c.raw_line().await?;
                                raw.extend_from_slice(&l);
                                strip_crlf(&l).to_vec()
                            }
                        };
                        c.send("334 UGFzc3dvcmQ6\r\n").await?;
                        let l = c.raw_line().await?;
                        raw.extend_from_slice(&l);
                        let p = strip_crlf(&l).to_vec();
                        b64(&u).and_then(|u| b64(&p).map(|p| ("AUTH LOGIN", u, p)))
                    }
                    _ => Err(format!("unknown mechanism {m}")),
                };
                match got {
                    Ok((how, u, p)) => match c.cred(how, u, p, raw) {
                        Some(echo) => c.send(&format!("535 5.7.8 {echo}\r\n")).await?,
                        None => c.send("235 2.7.0 ok\r\n").await?,
                    },
                    Err(e) => {
                        c.problem(e);
                        c.send("501 5.5.2 bad\r\n").await?
                    }
                }
            }
            "MAIL" | "RCPT" | "RSET" | "NOOP" => c.send("250 ok\r\n").await?,
            "QUIT" => {
                c.send("221 bye\r\n").await?;
                return Some(());
            }
            "DATA" => {
                c.problem("DATA without --send-test");
                c.send("554 no\r\n").await?
            }
            _ => c.send("502 unknown\r\n").await?,
        }
    }
}
