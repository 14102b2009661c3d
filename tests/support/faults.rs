//! Fault servers on 127.0.0.1 ephemeral ports: scripted IMAP, POP3 and SMTP servers good
//! enough to reach login (and a happy path), plus raw misbehaviour (silence, endless lines,
//! garbage, closing mid-command) and a blackholed port.
//!
//! Every byte a server receives is logged, split into what arrived in the clear and what
//! arrived inside TLS, so tests can assert that no credential ever crossed in the clear or
//! reached a server whose certificate failed verification.
#![allow(dead_code)]

use base64::Engine;
use rustls::ServerConfig;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

#[derive(Default, Debug)]
pub struct Log {
    /// Bytes received before any TLS.
    pub plain: Vec<u8>,
    /// Bytes received inside TLS (decrypted).
    pub tls: Vec<u8>,
    pub connections: u32,
    /// Sessions whose handler has returned (for a scripted server: the client closed).
    pub ended: u32,
}

pub type SharedLog = Arc<Mutex<Log>>;

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

impl Log {
    pub fn all(&self) -> Vec<u8> {
        let mut v = self.plain.clone();
        v.extend_from_slice(&self.tls);
        v
    }
    /// The password, or its SASL PLAIN / AUTH LOGIN base64 forms, anywhere in `bytes`.
    pub fn has_secret(bytes: &[u8], user: &str, password: &str) -> bool {
        let b64 = base64::engine::general_purpose::STANDARD;
        let plain = b64.encode(format!("\0{user}\0{password}"));
        contains(bytes, password.as_bytes())
            || contains(bytes, plain.as_bytes())
            || contains(bytes, b64.encode(password).as_bytes())
    }
}

enum S {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    Gone,
}

/// The server side of one connection.
pub struct Wire {
    s: S,
    buf: Vec<u8>,
    log: SharedLog,
}

impl Wire {
    pub fn is_tls(&self) -> bool {
        matches!(self.s, S::Tls(_))
    }

    async fn fill(&mut self) -> bool {
        let mut tmp = [0u8; 4096];
        let n = match &mut self.s {
            S::Plain(s) => s.read(&mut tmp).await.unwrap_or(0),
            S::Tls(s) => s.read(&mut tmp).await.unwrap_or(0),
            S::Gone => 0,
        };
        if n == 0 {
            return false;
        }
        {
            let mut log = self.log.lock().unwrap();
            if self.is_tls() {
                log.tls.extend_from_slice(&tmp[..n]);
            } else {
                log.plain.extend_from_slice(&tmp[..n]);
            }
        }
        self.buf.extend_from_slice(&tmp[..n]);
        true
    }

    /// One line without CR LF; None when the client closed (or sent 64 KiB without a newline).
    pub async fn line(&mut self) -> Option<String> {
        loop {
            if let Some(p) = self.buf.iter().position(|&b| b == b'\n') {
                let mut l: Vec<u8> = self.buf.drain(..=p).collect();
                l.pop();
                if l.last() == Some(&b'\r') {
                    l.pop();
                }
                return Some(String::from_utf8_lossy(&l).into_owned());
            }
            if self.buf.len() > 65536 || !self.fill().await {
                return None;
            }
        }
    }

    pub async fn exact(&mut self, n: usize) -> Option<Vec<u8>> {
        while self.buf.len() < n {
            if !self.fill().await {
                return None;
            }
        }
        Some(self.buf.drain(..n).collect())
    }

    pub async fn send(&mut self, b: &[u8]) -> bool {
        let r = match &mut self.s {
            S::Plain(s) => s.write_all(b).await,
            S::Tls(s) => s.write_all(b).await,
            S::Gone => return false,
        };
        let f = match &mut self.s {
            S::Plain(s) => s.flush().await,
            S::Tls(s) => s.flush().await,
            S::Gone => return false,
        };
        r.is_ok() && f.is_ok()
    }

    pub async fn sendl(&mut self, line: &str) -> bool {
        self.send(format!("{line}\r\n").as_bytes()).await
    }

    pub async fn starttls(&mut self, cfg: Arc<ServerConfig>) -> bool {
        let S::Plain(tcp) = std::mem::replace(&mut self.s, S::Gone) else {
            return false;
        };
        match TlsAcceptor::from(cfg).accept(tcp).await {
            Ok(t) => {
                self.s = S::Tls(Box::new(t));
                true
            }
            Err(_) => false,
        }
    }
}

pub struct Server {
    pub addr: SocketAddr,
    pub log: SharedLog,
}

impl Server {
    pub fn port(&self) -> u16 {
        self.addr.port()
    }
    pub fn received(&self) -> Vec<u8> {
        self.log.lock().unwrap().all()
    }
    pub fn received_plain(&self) -> Vec<u8> {
        self.log.lock().unwrap().plain.clone()
    }
    pub fn connections(&self) -> u32 {
        self.log.lock().unwrap().connections
    }
    /// Waits (at most 3 s) until every session so far has ended; true when they have.
    pub async fn all_ended(&self) -> bool {
        let t = std::time::Instant::now();
        loop {
            {
                let l = self.log.lock().unwrap();
                if l.connections > 0 && l.ended >= l.connections {
                    return true;
                }
            }
            if t.elapsed() > Duration::from_secs(3) {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

/// Accepts connections forever, each handled by `handler` in its own task.
pub async fn serve<F, Fut>(handler: F) -> Server
where
    F: Fn(Wire) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let log: SharedLog = Arc::default();
    let l2 = log.clone();
    let handler = Arc::new(handler);
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let _ = tcp.set_nodelay(true);
            l2.lock().unwrap().connections += 1;
            let wire = Wire {
                s: S::Plain(tcp),
                buf: Vec::new(),
                log: l2.clone(),
            };
            let h = handler.clone();
            let l3 = l2.clone();
            tokio::spawn(async move {
                h(wire).await;
                l3.lock().unwrap().ended += 1;
            });
        }
    });
    Server { addr, log }
}

/// A port whose listener never accepts and whose backlog is full: SYNs are dropped, so a
/// connect hangs like behind a firewall DROP. Keep the returned value alive.
pub struct Blackhole {
    pub addr: SocketAddr,
    _socket: tokio::net::TcpListener,
    _fill: Vec<std::net::TcpStream>,
}

pub fn blackhole() -> Blackhole {
    let rt_socket = tokio::net::TcpSocket::new_v4().unwrap();
    rt_socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = rt_socket.listen(0).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut fill = Vec::new();
    for _ in 0..16 {
        match std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(300)) {
            Ok(s) => fill.push(s),
            Err(_) => {
                return Blackhole {
                    addr,
                    _socket: listener,
                    _fill: fill,
                }
            }
        }
    }
    panic!("could not fill the listen backlog of {addr}");
}

// ---------- scripted protocol servers ----------

#[derive(Clone)]
pub struct Mailbox {
    pub messages: u64,
    pub unseen: u64,
    pub junk: u64,
    /// (used KiB, limit KiB)
    pub quota_kib: Option<(u64, u64)>,
}

impl Default for Mailbox {
    fn default() -> Self {
        Mailbox {
            messages: 12,
            unseen: 3,
            junk: 2,
            quota_kib: Some((900, 1000)),
        }
    }
}

#[derive(Clone, Default)]
pub struct Fake {
    /// TLS from the first byte.
    pub implicit_tls: Option<Arc<ServerConfig>>,
    /// STARTTLS/STLS offered and working.
    pub starttls: Option<Arc<ServerConfig>>,
    /// Accepted (username, password) pairs.
    pub users: Vec<(String, String)>,
    pub mailbox: Mailbox,
    /// IMAP: advertise AUTH=PLAIN (+SASL-IR); POP3: SASL PLAIN; SMTP: AUTH PLAIN (else LOGIN).
    pub sasl_plain: bool,
    /// SMTP: advertise AUTH also before TLS (Postfix without smtpd_tls_auth_only).
    pub auth_in_clear: bool,
    /// Close the connection when a command with this word arrives.
    pub close_on: Option<String>,
    /// Extra bytes sent as the greeting instead of the normal one.
    pub greeting: Option<Vec<u8>>,
    /// IMAP SEARCH finds message 1 (the send-test lookup).
    pub search_hits: bool,
    /// A mail drop shared between fakes: SMTP DATA adds to it, IMAP SEARCH and POP3 TOP
    /// read it.
    pub store: Option<Arc<Mutex<Vec<String>>>>,
}

impl Fake {
    pub fn user(mut self, u: &str, p: &str) -> Self {
        self.users.push((u.into(), p.into()));
        self
    }
    fn ok(&self, u: &str, p: &str) -> bool {
        self.users.iter().any(|(a, b)| a == u && b == p)
    }
}

/// Splits IMAP arguments: atoms, quoted strings (with \ escapes) and {n} literals (the caller
/// supplies literal bytes).
fn imap_args(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i] == ' ' {
            i += 1;
        } else if b[i] == '"' {
            let mut v = String::new();
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' && i + 1 < b.len() {
                    i += 1;
                }
                v.push(b[i]);
                i += 1;
            }
            i += 1;
            out.push(v);
        } else if b[i] == '(' {
            let start = i;
            while i < b.len() && b[i] != ')' {
                i += 1;
            }
            i += 1;
            out.push(b[start..i.min(b.len())].iter().collect());
        } else {
            let start = i;
            while i < b.len() && b[i] != ' ' {
                i += 1;
            }
            out.push(b[start..i].iter().collect());
        }
    }
    out
}

fn sasl_decode(b64: &str) -> Option<(String, String)> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    let parts: Vec<&[u8]> = raw.split(|&b| b == 0).collect();
    if parts.len() != 3 {
        return None;
    }
    Some((
        String::from_utf8_lossy(parts[1]).into_owned(),
        String::from_utf8_lossy(parts[2]).into_owned(),
    ))
}

/// Reads a full IMAP command line, resolving `{n}` / `{n+}` literals (sending `+` for the
/// synchronising ones) into quoted strings.
async fn imap_command(w: &mut Wire) -> Option<String> {
    let mut line = w.line().await?;
    loop {
        let Some(open) = line.rfind('{') else {
            return Some(line);
        };
        if !line.ends_with('}') {
            return Some(line);
        }
        let inner = &line[open + 1..line.len() - 1];
        let (digits, plus) = match inner.strip_suffix('+') {
            Some(d) => (d, true),
            None => (inner, false),
        };
        let Ok(n) = digits.parse::<usize>() else {
            return Some(line);
        };
        if !plus {
            w.sendl("+ go ahead").await;
        }
        let data = w.exact(n).await?;
        let text = String::from_utf8_lossy(&data)
            .replace('\\', "\\\\")
            .replace('"', "\\\"");
        let rest = w.line().await?;
        line = format!("{}\"{}\"{}", &line[..open], text, rest);
    }
}

pub async fn imap(cfg: Fake) -> Server {
    serve(move |w| imap_session(cfg.clone(), w)).await
}

async fn imap_session(cfg: Fake, mut w: Wire) {
    if let Some(tls) = &cfg.implicit_tls {
        if !w.starttls(tls.clone()).await {
            return;
        }
    }
    let caps = |w: &Wire, authed: bool| {
        let mut c = vec![
            "IMAP4rev1",
            "LITERAL+",
            "ID",
            "ENABLE",
            "IDLE",
            "SPECIAL-USE",
        ];
        if !w.is_tls() && cfg.starttls.is_some() {
            c.push("STARTTLS");
        }
        if cfg.sasl_plain && !authed {
            c.push("SASL-IR");
            c.push("AUTH=PLAIN");
        }
        if authed && cfg.mailbox.quota_kib.is_some() {
            c.push("QUOTA");
        }
        c.join(" ")
    };
    match &cfg.greeting {
        Some(g) => {
            w.send(g).await;
        }
        None => {
            let g = format!("* OK [CAPABILITY {}] Fake IMAP ready.", caps(&w, false));
            w.sendl(&g).await;
        }
    }
    let mut authed = false;
    while let Some(line) = imap_command(&mut w).await {
        let mut parts = line.splitn(3, ' ');
        let tag = parts.next().unwrap_or("*").to_string();
        let cmd = parts.next().unwrap_or("").to_ascii_uppercase();
        let rest = parts.next().unwrap_or("").to_string();
        if cfg.close_on.as_deref() == Some(cmd.as_str()) {
            return;
        }
        match cmd.as_str() {
            "CAPABILITY" => {
                let c = caps(&w, authed);
                w.sendl(&format!("* CAPABILITY {c}")).await;
                w.sendl(&format!("{tag} OK done")).await;
            }
            "STARTTLS" => match (&cfg.starttls, w.is_tls()) {
                (Some(tls), false) => {
                    w.sendl(&format!("{tag} OK Begin TLS")).await;
                    if !w.starttls(tls.clone()).await {
                        return;
                    }
                }
                _ => {
                    w.sendl(&format!("{tag} BAD STARTTLS not available")).await;
                }
            },
            "LOGIN" => {
                let a = imap_args(&rest);
                if a.len() == 2 && cfg.ok(&a[0], &a[1]) {
                    authed = true;
                    let c = caps(&w, true);
                    w.sendl(&format!("{tag} OK [CAPABILITY {c}] Logged in"))
                        .await;
                } else {
                    w.sendl(&format!(
                        "{tag} NO [AUTHENTICATIONFAILED] Authentication failed."
                    ))
                    .await;
                }
            }
            "AUTHENTICATE" => {
                let a = imap_args(&rest);
                let resp = if a.len() >= 2 {
                    a[1].clone()
                } else {
                    w.sendl("+ ").await;
                    w.line().await.unwrap_or_default()
                };
                match sasl_decode(&resp) {
                    Some((u, p)) if cfg.ok(&u, &p) => {
                        authed = true;
                        // Like Dovecot once the client asked CAPABILITY: the new list comes
                        // untagged, the OK has no code.
                        let c = caps(&w, true);
                        w.sendl(&format!("* CAPABILITY {c}")).await;
                        w.sendl(&format!("{tag} OK Logged in")).await;
                    }
                    _ => {
                        w.sendl(&format!(
                            "{tag} NO [AUTHENTICATIONFAILED] Authentication failed."
                        ))
                        .await;
                    }
                }
            }
            "EXAMINE" if authed => {
                let m = &cfg.mailbox;
                w.sendl("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)")
                    .await;
                w.sendl(&format!("* {} EXISTS", m.messages)).await;
                w.sendl("* 0 RECENT").await;
                w.sendl(&format!("{tag} OK [READ-ONLY] Examine completed"))
                    .await;
            }
            "STATUS" if authed => {
                let a = imap_args(&rest);
                let name = a.first().cloned().unwrap_or_default();
                let m = &cfg.mailbox;
                if name.eq_ignore_ascii_case("INBOX") {
                    w.sendl(&format!(
                        "* STATUS INBOX (MESSAGES {} UNSEEN {})",
                        m.messages, m.unseen
                    ))
                    .await;
                } else {
                    w.sendl(&format!("* STATUS \"{name}\" (MESSAGES {})", m.junk))
                        .await;
                }
                w.sendl(&format!("{tag} OK Status completed")).await;
            }
            "GETQUOTAROOT" if authed => {
                if let Some((used, limit)) = cfg.mailbox.quota_kib {
                    w.sendl("* QUOTAROOT INBOX \"User quota\"").await;
                    w.sendl(&format!("* QUOTA \"User quota\" (STORAGE {used} {limit})"))
                        .await;
                }
                w.sendl(&format!("{tag} OK Getquotaroot completed")).await;
            }
            "LIST" if authed => {
                w.sendl("* LIST (\\HasNoChildren) \"/\" INBOX").await;
                w.sendl("* LIST (\\HasNoChildren \\Sent) \"/\" Sent").await;
                // 迷惑メール in modified UTF-7, sent as a literal.
                w.sendl("* LIST (\\HasNoChildren) \"/\" {16}").await;
                w.sendl("&j,dg0TDhMPww6w-").await;
                w.sendl(&format!("{tag} OK List completed")).await;
            }
            "SEARCH" if authed => {
                let needle = imap_args(&rest).get(1).cloned().unwrap_or_default();
                let stored = cfg
                    .store
                    .as_ref()
                    .is_some_and(|s| s.lock().unwrap().iter().any(|m| m.contains(&needle)));
                w.sendl(if cfg.search_hits || stored {
                    "* SEARCH 1"
                } else {
                    "* SEARCH"
                })
                .await;
                w.sendl(&format!("{tag} OK Search completed")).await;
            }
            "NOOP" => {
                w.sendl(&format!("{tag} OK NOOP completed")).await;
            }
            "LOGOUT" => {
                w.sendl("* BYE Logging out").await;
                w.sendl(&format!("{tag} OK Logout completed")).await;
                return;
            }
            _ => {
                w.sendl(&format!("{tag} BAD Error in IMAP command")).await;
            }
        }
    }
}

pub async fn pop3(cfg: Fake) -> Server {
    serve(move |w| pop3_session(cfg.clone(), w)).await
}

async fn pop3_session(cfg: Fake, mut w: Wire) {
    if let Some(tls) = &cfg.implicit_tls {
        if !w.starttls(tls.clone()).await {
            return;
        }
    }
    match &cfg.greeting {
        Some(g) => {
            w.send(g).await;
        }
        None => {
            w.sendl("+OK Fake POP3 ready.").await;
        }
    }
    let mut user: Option<String> = None;
    let mut authed = false;
    while let Some(line) = w.line().await {
        let mut parts = line.splitn(2, ' ');
        let cmd = parts.next().unwrap_or("").to_ascii_uppercase();
        let rest = parts.next().unwrap_or("").to_string();
        if cfg.close_on.as_deref() == Some(cmd.as_str()) {
            return;
        }
        match cmd.as_str() {
            "CAPA" => {
                w.sendl("+OK").await;
                w.sendl("TOP").await;
                w.sendl("UIDL").await;
                w.sendl("USER").await;
                if cfg.sasl_plain {
                    w.sendl("SASL PLAIN").await;
                }
                if cfg.starttls.is_some() && !w.is_tls() {
                    w.sendl("STLS").await;
                }
                w.sendl(".").await;
            }
            "STLS" => match (&cfg.starttls, w.is_tls()) {
                (Some(tls), false) => {
                    w.sendl("+OK Begin TLS").await;
                    if !w.starttls(tls.clone()).await {
                        return;
                    }
                }
                _ => {
                    w.sendl("-ERR STLS not available").await;
                }
            },
            "AUTH" => {
                let ir = rest.split_whitespace().nth(1).unwrap_or("").to_string();
                match sasl_decode(&ir) {
                    Some((u, p)) if cfg.ok(&u, &p) => {
                        authed = true;
                        w.sendl("+OK Logged in.").await;
                    }
                    _ => {
                        w.sendl("-ERR [AUTH] Authentication failed.").await;
                    }
                }
            }
            "USER" => {
                user = Some(rest);
                w.sendl("+OK").await;
            }
            "PASS" => {
                if user.as_deref().is_some_and(|u| cfg.ok(u, &rest)) {
                    authed = true;
                    w.sendl("+OK Logged in.").await;
                } else {
                    w.sendl("-ERR [AUTH] Authentication failed.").await;
                }
            }
            "STAT" if authed => {
                let extra = cfg
                    .store
                    .as_ref()
                    .map_or(0, |s| s.lock().unwrap().len() as u64);
                let n = cfg.mailbox.messages + extra;
                w.sendl(&format!("+OK {} {}", n, cfg.mailbox.messages * 1000))
                    .await;
            }
            "TOP" if authed => {
                let i: u64 = rest
                    .split_whitespace()
                    .next()
                    .and_then(|x| x.parse().ok())
                    .unwrap_or(0);
                let stored = cfg
                    .store
                    .as_ref()
                    .map(|s| s.lock().unwrap().clone())
                    .unwrap_or_default();
                let text = if i > cfg.mailbox.messages {
                    stored.get((i - cfg.mailbox.messages - 1) as usize).cloned()
                } else if i >= 1 {
                    Some("Subject: an older message\r\n".to_string())
                } else {
                    None
                };
                match text {
                    Some(t) => {
                        w.sendl("+OK").await;
                        let headers = t.split("\r\n\r\n").next().unwrap_or("").to_string();
                        for l in headers.split("\r\n") {
                            w.sendl(l).await;
                        }
                        w.sendl("").await;
                        w.sendl(".").await;
                    }
                    None => {
                        w.sendl("-ERR no such message").await;
                    }
                }
            }
            "UIDL" if authed => {
                w.sendl("+OK").await;
                for i in 1..=cfg.mailbox.messages {
                    w.sendl(&format!("{i} uid{i}")).await;
                }
                w.sendl(".").await;
            }
            "QUIT" => {
                w.sendl("+OK Bye").await;
                return;
            }
            _ => {
                w.sendl("-ERR Unknown command").await;
            }
        }
    }
}

pub async fn smtp(cfg: Fake) -> Server {
    serve(move |w| smtp_session(cfg.clone(), w)).await
}

async fn smtp_session(cfg: Fake, mut w: Wire) {
    if let Some(tls) = &cfg.implicit_tls {
        if !w.starttls(tls.clone()).await {
            return;
        }
    }
    match &cfg.greeting {
        Some(g) => {
            w.send(g).await;
        }
        None => {
            w.sendl("220 fake.test ESMTP Fake").await;
        }
    }
    let mut authed = false;
    while let Some(line) = w.line().await {
        let mut parts = line.splitn(2, ' ');
        let cmd = parts.next().unwrap_or("").to_ascii_uppercase();
        let rest = parts.next().unwrap_or("").to_string();
        if cfg.close_on.as_deref() == Some(cmd.as_str()) {
            return;
        }
        match cmd.as_str() {
            "EHLO" => {
                let mut ext = vec!["fake.test", "PIPELINING", "SIZE 10240000", "8BITMIME"];
                if cfg.starttls.is_some() && !w.is_tls() {
                    ext.push("STARTTLS");
                }
                if w.is_tls() || cfg.auth_in_clear {
                    ext.push(if cfg.sasl_plain {
                        "AUTH PLAIN LOGIN"
                    } else {
                        "AUTH LOGIN"
                    });
                }
                ext.push("X-FAKE-EXTENSION");
                for (i, e) in ext.iter().enumerate() {
                    let sep = if i + 1 == ext.len() { ' ' } else { '-' };
                    w.sendl(&format!("250{sep}{e}")).await;
                }
            }
            "STARTTLS" => match (&cfg.starttls, w.is_tls()) {
                (Some(tls), false) => {
                    w.sendl("220 2.0.0 Ready to start TLS").await;
                    if !w.starttls(tls.clone()).await {
                        return;
                    }
                }
                _ => {
                    w.sendl("502 5.5.1 Error: command not implemented").await;
                }
            },
            "AUTH" => {
                let mut a = rest.split_whitespace();
                let mech = a.next().unwrap_or("").to_ascii_uppercase();
                let creds = if mech == "PLAIN" {
                    sasl_decode(a.next().unwrap_or(""))
                } else if mech == "LOGIN" {
                    let b64 = base64::engine::general_purpose::STANDARD;
                    w.sendl("334 VXNlcm5hbWU6").await;
                    let u = w.line().await.unwrap_or_default();
                    w.sendl("334 UGFzc3dvcmQ6").await;
                    let p = w.line().await.unwrap_or_default();
                    let d = |s: &str| {
                        String::from_utf8_lossy(&b64.decode(s.trim()).unwrap_or_default())
                            .into_owned()
                    };
                    Some((d(&u), d(&p)))
                } else {
                    None
                };
                match creds {
                    Some((u, p)) if cfg.ok(&u, &p) => {
                        authed = true;
                        w.sendl("235 2.7.0 Authentication successful").await;
                    }
                    _ => {
                        w.sendl("535 5.7.8 Error: authentication failed").await;
                    }
                }
            }
            "MAIL" => {
                if authed {
                    w.sendl("250 2.1.0 Ok").await;
                } else {
                    w.sendl("530 5.7.0 Must issue a STARTTLS command first")
                        .await;
                }
            }
            "RCPT" => {
                w.sendl("250 2.1.5 Ok").await;
            }
            "RSET" => {
                w.sendl("250 2.0.0 Ok").await;
            }
            "DATA" => {
                w.sendl("354 End data with <CR><LF>.<CR><LF>").await;
                let mut msg = String::new();
                while let Some(l) = w.line().await {
                    if l == "." {
                        break;
                    }
                    msg.push_str(&l);
                    msg.push_str("\r\n");
                }
                if let Some(store) = &cfg.store {
                    store.lock().unwrap().push(msg);
                }
                w.sendl("250 2.0.0 Ok: queued").await;
            }
            "QUIT" => {
                w.sendl("221 2.0.0 Bye").await;
                return;
            }
            _ => {
                w.sendl("502 5.5.2 Error: command not recognized").await;
            }
        }
    }
}
