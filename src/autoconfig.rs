//! Thunderbird autoconfig (clientConfig 1.1): read every element and attribute, write it back.
//!
//! The document is first read into a small generic tree ([`Element`]), then mapped onto typed
//! structs. Whatever the typed structs do not name (new elements, odd attributes, `oAuth2`
//! details…) is kept in `extra` / `attrs`, so writing a parsed file back and reading it again
//! gives an equal [`ClientConfig`]. Comments are not kept.
//!
//! Input is bounded (size and depth) and every error is a message, never a panic: the files
//! come from the network (autoconfig, ISPDB) and from users (`--config`).

use crate::input::Account;
use crate::model::{Authentication, Protocol, Security};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Largest document we read (the biggest ISPDB file is ~10 kB).
pub const MAX_BYTES: usize = 256 * 1024;
const MAX_DEPTH: usize = 24;

/// A generic XML element: name, attributes in order, direct text (trimmed), children.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    fn attr(&self, k: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    }
    fn new(name: &str) -> Element {
        Element {
            name: name.into(),
            ..Default::default()
        }
    }
    fn with_text(name: &str, text: &str) -> Element {
        Element {
            name: name.into(),
            text: text.into(),
            ..Default::default()
        }
    }
    fn with_attr(mut self, k: &str, v: &str) -> Element {
        self.attrs.push((k.into(), v.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoconfigError {
    pub message: String,
}

impl std::fmt::Display for AutoconfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for AutoconfigError {}

fn err(m: impl Into<String>) -> AutoconfigError {
    AutoconfigError { message: m.into() }
}

/// Parses XML text into a tree (the root element).
pub fn parse_tree(xml: &str) -> Result<Element, AutoconfigError> {
    if xml.len() > MAX_BYTES {
        return Err(err(format!("the file is larger than {MAX_BYTES} bytes")));
    }
    if let Some(c) = xml.chars().find(|c| !xml_char(*c)) {
        return Err(err(format!(
            "not well-formed XML: the character U+{:04X} is not allowed",
            c as u32
        )));
    }
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let start = |b: &BytesStart| -> Result<Element, AutoconfigError> {
        let name = String::from_utf8_lossy(b.name().as_ref()).into_owned();
        if !xml_name(&name) {
            return Err(err("not well-formed XML: an element without a proper name"));
        }
        let mut attrs = Vec::new();
        for a in b.attributes() {
            let a = a.map_err(|e| err(format!("bad attribute in <{name}>: {e}")))?;
            let k = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            if !xml_name(&k) {
                return Err(err(format!("bad attribute name in <{name}>")));
            }
            let v = a
                .unescape_value()
                .map_err(|e| err(format!("bad attribute value in <{name}>: {e}")))?
                .into_owned();
            if !v.chars().all(xml_char) {
                return Err(err(format!("bad character reference in <{name}>")));
            }
            attrs.push((k, v));
        }
        Ok(Element {
            name,
            attrs,
            ..Default::default()
        })
    };
    loop {
        let ev = reader.read_event().map_err(|e| {
            err(format!(
                "not well-formed XML at byte {}: {e}",
                reader.buffer_position()
            ))
        })?;
        match ev {
            Event::Start(b) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(err("the XML is nested too deeply"));
                }
                stack.push(start(&b)?);
            }
            Event::Empty(b) => {
                let el = start(&b)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None if root.is_none() => root = Some(el),
                    None => return Err(err("more than one root element")),
                }
            }
            Event::End(_) => {
                let mut el = stack.pop().ok_or_else(|| err("unexpected closing tag"))?;
                el.text = el.text.trim().to_string();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None if root.is_none() => root = Some(el),
                    None => return Err(err("more than one root element")),
                }
            }
            Event::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    let s = t.xml_content().map_err(|e| err(format!("bad text: {e}")))?;
                    top.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(top) = stack.last_mut() {
                    let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                    let s = match name.as_str() {
                        "amp" => "&".to_string(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        n if n.starts_with("#x") => u32::from_str_radix(&n[2..], 16)
                            .ok()
                            .and_then(char::from_u32)
                            .map(String::from)
                            .ok_or_else(|| err(format!("bad character reference &{n};")))?,
                        n if n.starts_with('#') => n[1..]
                            .parse::<u32>()
                            .ok()
                            .and_then(char::from_u32)
                            .map(String::from)
                            .ok_or_else(|| err(format!("bad character reference &{n};")))?,
                        n => return Err(err(format!("unknown entity &{n};"))),
                    };
                    if !s.chars().all(xml_char) {
                        return Err(err(format!("bad character reference &{name};")));
                    }
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    // Line ends are normalised everywhere, CDATA included, the way
                    // xml_content() does it for text (XML 1.1 rules: CR LF, CR NEL, CR, NEL
                    // and LINE SEPARATOR become LF).
                    let raw = String::from_utf8_lossy(&t);
                    top.text.push_str(&normalize_eol(&raw));
                }
            }
            Event::Eof => break,
            // Declaration, comments, processing instructions, doctype: not part of the model.
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(err(format!(
            "<{}> is not closed",
            stack[stack.len() - 1].name
        )));
    }
    root.ok_or_else(|| err("the document is empty"))
}

/// A name as XML 1.0 allows it (§2.3), simplified: not empty, not starting with a digit,
/// `-` or `.`, and none of the characters that end or break a tag.
fn xml_name(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    !(first.is_ascii_digit() || first == '-' || first == '.')
        && s.chars().all(|c| {
            xml_char(c) && !c.is_whitespace() && !"<>&\"'=/!?;,()[]{}`|^*+@#$%\\~".contains(c)
        })
}

fn normalize_eol(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace("\r\u{85}", "\n")
        .replace(['\r', '\u{85}', '\u{2028}'], "\n")
}

/// Characters XML 1.0 allows in a document (§2.2).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

fn escape(s: &str, attr: bool) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // Line-end characters that came from character references survive only as
            // references (a reader normalises the raw ones to LF).
            '\r' => o.push_str("&#13;"),
            '\u{85}' => o.push_str("&#133;"),
            '\u{2028}' => o.push_str("&#8232;"),
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' if attr => o.push_str("&quot;"),
            _ => o.push(c),
        }
    }
    o
}

fn write_el(el: &Element, depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    out.push_str(&pad);
    out.push('<');
    out.push_str(&el.name);
    for (k, v) in &el.attrs {
        out.push_str(&format!(" {k}=\"{}\"", escape(v, true)));
    }
    if el.children.is_empty() && el.text.is_empty() {
        out.push_str("/>\n");
        return;
    }
    out.push('>');
    if el.children.is_empty() {
        out.push_str(&escape(&el.text, false));
    } else {
        out.push('\n');
        if !el.text.is_empty() {
            out.push_str(&"  ".repeat(depth + 1));
            out.push_str(&escape(&el.text, false));
            out.push('\n');
        }
        for c in &el.children {
            write_el(c, depth + 1, out);
        }
        out.push_str(&pad);
    }
    out.push_str(&format!("</{}>\n", el.name));
}

/// Writes a tree as an XML document.
pub fn write_tree(root: &Element) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write_el(root, 0, &mut out);
    out
}

/// Text with an optional `lang` attribute (`<descr lang="de">`, `<instruction>`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LangText {
    pub lang: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pop3Settings {
    pub leave_messages_on_server: Option<bool>,
    pub download_on_biff: Option<bool>,
    pub days_to_leave_messages_on_server: Option<u32>,
    pub delete_by_age_from_server: Option<bool>,
    /// `<checkInterval minutes="…"/>`
    pub check_interval_minutes: Option<u32>,
    pub extra: Vec<Element>,
}

/// One `<incomingServer>` or `<outgoingServer>`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Server {
    /// The `type` attribute: imap, pop3, smtp, exchange, ews, owa, graph…
    pub kind: String,
    pub hostname: Option<String>,
    pub port: Option<u16>,
    /// SSL, STARTTLS or plain.
    pub socket_type: Option<String>,
    /// May hold %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%.
    pub username: Option<String>,
    /// In order of preference: password-cleartext, password-encrypted, OAuth2,
    /// client-IP-address, smtp-after-pop, none (and older or rarer values as written).
    pub authentication: Vec<String>,
    pub pop3: Option<Pop3Settings>,
    pub add_this_server: Option<bool>,
    pub use_global_preferred_server: Option<bool>,
    pub restriction: Vec<String>,
    /// Attributes other than `type`.
    pub attrs: Vec<(String, String)>,
    /// Elements not named above (owaURL, ewsURL, password…).
    pub extra: Vec<Element>,
}

impl Server {
    pub fn protocol(&self) -> Option<Protocol> {
        match self.kind.as_str() {
            "imap" => Some(Protocol::Imap),
            "pop3" => Some(Protocol::Pop3),
            "smtp" => Some(Protocol::Smtp),
            _ => None,
        }
    }
    pub fn security(&self) -> Option<Security> {
        match self.socket_type.as_deref()? {
            "SSL" => Some(Security::Tls),
            "STARTTLS" => Some(Security::Starttls),
            "plain" => Some(Security::None),
            _ => None,
        }
    }
    /// The first authentication we know (the file lists them in order of preference).
    pub fn first_authentication(&self) -> Option<Authentication> {
        self.authentication.iter().find_map(|a| auth_from_str(a))
    }
}

/// Maps an autoconfig `authentication` value (including the old synonyms) to ours.
pub fn auth_from_str(s: &str) -> Option<Authentication> {
    Some(match s {
        "password-cleartext" | "plain" => Authentication::PasswordCleartext,
        "password-encrypted" | "secure" => Authentication::PasswordEncrypted,
        "OAuth2" => Authentication::OAuth2,
        "client-IP-address" => Authentication::ClientIpAddress,
        "smtp-after-pop" => Authentication::SmtpAfterPop,
        "none" => Authentication::None,
        _ => return None,
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Documentation {
    pub url: String,
    pub descr: Vec<LangText>,
}

/// `<enable visiturl="…"><instruction>…</instruction></enable>`: a step the user must do
/// first (e.g. switch IMAP on in the webmail settings).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Enable {
    pub visit_url: Option<String>,
    pub instruction: Vec<LangText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WebMail {
    /// `<loginPage url="…"/>`
    pub login_page: Option<String>,
    /// `<loginPageInfo>` and anything else, kept as written.
    pub extra: Vec<Element>,
}

/// Parts that may sit inside `<emailProvider>` or directly under `<clientConfig>`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extras {
    pub enable: Vec<Enable>,
    pub web_mail: Vec<WebMail>,
    pub documentation: Vec<Documentation>,
    pub extra: Vec<Element>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmailProvider {
    pub id: Option<String>,
    pub domains: Vec<String>,
    pub display_name: Option<String>,
    pub display_short_name: Option<String>,
    pub incoming: Vec<Server>,
    pub outgoing: Vec<Server>,
    pub more: Extras,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClientConfig {
    pub version: Option<String>,
    pub providers: Vec<EmailProvider>,
    /// `<oAuth2>` kept as written (issuer, scope, authURL, tokenURL).
    pub oauth2: Option<Element>,
    pub more: Extras,
    /// Attributes of `<clientConfig>` other than `version`.
    pub attrs: Vec<(String, String)>,
}

impl ClientConfig {
    /// The first `<emailProvider>` (the format allows several; files have one).
    pub fn provider(&self) -> Option<&EmailProvider> {
        self.providers.first()
    }
    pub fn servers(&self) -> impl Iterator<Item = &Server> {
        self.providers
            .iter()
            .flat_map(|p| p.incoming.iter().chain(p.outgoing.iter()))
    }
    /// The webmail login page, wherever the file put it.
    pub fn webmail_url(&self) -> Option<&str> {
        self.providers
            .iter()
            .flat_map(|p| p.more.web_mail.iter())
            .chain(self.more.web_mail.iter())
            .find_map(|w| w.login_page.as_deref())
    }
}

fn parse_bool(el: &Element) -> Result<bool, AutoconfigError> {
    match el.text.as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        t => Err(err(format!(
            "<{}> must be true or false, not {t:?}",
            el.name
        ))),
    }
}

fn parse_num<T: std::str::FromStr>(el: &Element, s: &str) -> Result<T, AutoconfigError> {
    s.trim()
        .parse()
        .map_err(|_| err(format!("<{}>: {s:?} is not a valid number", el.name)))
}

fn lang_text(el: &Element) -> LangText {
    LangText {
        lang: el.attr("lang").map(String::from),
        text: el.text.clone(),
    }
}

fn parse_pop3(el: &Element) -> Result<Pop3Settings, AutoconfigError> {
    let mut p = Pop3Settings::default();
    for c in &el.children {
        match c.name.as_str() {
            "leaveMessagesOnServer" => p.leave_messages_on_server = Some(parse_bool(c)?),
            "downloadOnBiff" => p.download_on_biff = Some(parse_bool(c)?),
            "deleteByAgeFromServer" => p.delete_by_age_from_server = Some(parse_bool(c)?),
            "daysToLeaveMessagesOnServer" => {
                p.days_to_leave_messages_on_server = Some(parse_num(c, &c.text)?)
            }
            "checkInterval" if c.attr("minutes").is_some() && c.attrs.len() == 1 => {
                p.check_interval_minutes = Some(parse_num(c, c.attr("minutes").unwrap_or(""))?)
            }
            _ => p.extra.push(c.clone()),
        }
    }
    Ok(p)
}

fn parse_server(el: &Element) -> Result<Server, AutoconfigError> {
    let mut s = Server {
        kind: el.attr("type").unwrap_or_default().to_string(),
        attrs: el
            .attrs
            .iter()
            .filter(|(k, _)| k != "type")
            .cloned()
            .collect(),
        ..Default::default()
    };
    for c in &el.children {
        match c.name.as_str() {
            "hostname" if s.hostname.is_none() => s.hostname = Some(c.text.clone()),
            "port" if s.port.is_none() => s.port = Some(parse_num(c, &c.text)?),
            "socketType" if s.socket_type.is_none() => s.socket_type = Some(c.text.clone()),
            "username" if s.username.is_none() => s.username = Some(c.text.clone()),
            "authentication" => s.authentication.push(c.text.clone()),
            "pop3" if s.pop3.is_none() => s.pop3 = Some(parse_pop3(c)?),
            "addThisServer" if s.add_this_server.is_none() => {
                s.add_this_server = Some(parse_bool(c)?)
            }
            "useGlobalPreferredServer" if s.use_global_preferred_server.is_none() => {
                s.use_global_preferred_server = Some(parse_bool(c)?)
            }
            "restriction" => s.restriction.push(c.text.clone()),
            _ => s.extra.push(c.clone()),
        }
    }
    Ok(s)
}

/// Handles enable / webMail / documentation; returns false for other elements.
fn parse_extra(c: &Element, more: &mut Extras) -> bool {
    match c.name.as_str() {
        "enable"
            if c.attrs.iter().all(|(k, _)| k == "visiturl")
                && c.children
                    .iter()
                    .all(|i| i.name == "instruction" && i.children.is_empty()) =>
        {
            more.enable.push(Enable {
                visit_url: c.attr("visiturl").map(String::from),
                instruction: c.children.iter().map(lang_text).collect(),
            });
            true
        }
        "webMail" if c.attrs.is_empty() && c.text.is_empty() => {
            let mut w = WebMail::default();
            for i in &c.children {
                if i.name == "loginPage"
                    && w.login_page.is_none()
                    && i.attrs.len() == 1
                    && i.children.is_empty()
                    && i.text.is_empty()
                {
                    w.login_page = i.attr("url").map(String::from);
                    if w.login_page.is_none() {
                        w.extra.push(i.clone());
                    }
                } else {
                    w.extra.push(i.clone());
                }
            }
            more.web_mail.push(w);
            true
        }
        "documentation"
            if c.attrs.len() == 1
                && c.attr("url").is_some()
                && c.children
                    .iter()
                    .all(|i| i.name == "descr" && i.children.is_empty()) =>
        {
            more.documentation.push(Documentation {
                url: c.attr("url").unwrap_or_default().to_string(),
                descr: c.children.iter().map(lang_text).collect(),
            });
            true
        }
        _ => false,
    }
}

/// Reads a clientConfig 1.1 document.
pub fn parse(xml: &str) -> Result<ClientConfig, AutoconfigError> {
    let root = parse_tree(xml)?;
    if root.name != "clientConfig" {
        return Err(err(format!(
            "the root element is <{}>, not <clientConfig>",
            root.name
        )));
    }
    let mut cfg = ClientConfig {
        version: root.attr("version").map(String::from),
        attrs: root
            .attrs
            .iter()
            .filter(|(k, _)| k != "version")
            .cloned()
            .collect(),
        ..Default::default()
    };
    for c in &root.children {
        match c.name.as_str() {
            "emailProvider" => {
                let mut p = EmailProvider {
                    id: c.attr("id").map(String::from),
                    ..Default::default()
                };
                for e in &c.children {
                    match e.name.as_str() {
                        "domain" => p.domains.push(e.text.clone()),
                        "displayName" if p.display_name.is_none() => {
                            p.display_name = Some(e.text.clone())
                        }
                        "displayShortName" if p.display_short_name.is_none() => {
                            p.display_short_name = Some(e.text.clone())
                        }
                        "incomingServer" => p.incoming.push(parse_server(e)?),
                        "outgoingServer" => p.outgoing.push(parse_server(e)?),
                        _ => {
                            if !parse_extra(e, &mut p.more) {
                                p.more.extra.push(e.clone())
                            }
                        }
                    }
                }
                if c.attrs.iter().any(|(k, _)| k != "id") {
                    // Unusual attributes on emailProvider: keep them in a marker element.
                    let mut m = Element::new("x-emailProvider-attrs");
                    m.attrs = c.attrs.iter().filter(|(k, _)| k != "id").cloned().collect();
                    p.more.extra.push(m);
                }
                cfg.providers.push(p);
            }
            "oAuth2" if cfg.oauth2.is_none() => cfg.oauth2 = Some(c.clone()),
            _ => {
                if !parse_extra(c, &mut cfg.more) {
                    cfg.more.extra.push(c.clone())
                }
            }
        }
    }
    if cfg.providers.is_empty() {
        return Err(err("no <emailProvider> in the file"));
    }
    Ok(cfg)
}

fn bool_text(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

fn lang_el(name: &str, t: &LangText) -> Element {
    let mut e = Element::with_text(name, &t.text);
    if let Some(l) = &t.lang {
        e = e.with_attr("lang", l);
    }
    e
}

fn server_el(name: &str, s: &Server) -> Element {
    let mut e = Element::new(name).with_attr("type", &s.kind);
    e.attrs.extend(s.attrs.iter().cloned());
    let ch = &mut e.children;
    if let Some(v) = &s.hostname {
        ch.push(Element::with_text("hostname", v));
    }
    if let Some(v) = s.port {
        ch.push(Element::with_text("port", &v.to_string()));
    }
    if let Some(v) = &s.socket_type {
        ch.push(Element::with_text("socketType", v));
    }
    if let Some(v) = &s.username {
        ch.push(Element::with_text("username", v));
    }
    for a in &s.authentication {
        ch.push(Element::with_text("authentication", a));
    }
    if let Some(p) = &s.pop3 {
        let mut pe = Element::new("pop3");
        if let Some(b) = p.leave_messages_on_server {
            pe.children
                .push(Element::with_text("leaveMessagesOnServer", bool_text(b)));
        }
        if let Some(b) = p.download_on_biff {
            pe.children
                .push(Element::with_text("downloadOnBiff", bool_text(b)));
        }
        if let Some(d) = p.days_to_leave_messages_on_server {
            pe.children.push(Element::with_text(
                "daysToLeaveMessagesOnServer",
                &d.to_string(),
            ));
        }
        if let Some(b) = p.delete_by_age_from_server {
            pe.children
                .push(Element::with_text("deleteByAgeFromServer", bool_text(b)));
        }
        if let Some(m) = p.check_interval_minutes {
            pe.children
                .push(Element::new("checkInterval").with_attr("minutes", &m.to_string()));
        }
        pe.children.extend(p.extra.iter().cloned());
        ch.push(pe);
    }
    if let Some(b) = s.add_this_server {
        ch.push(Element::with_text("addThisServer", bool_text(b)));
    }
    if let Some(b) = s.use_global_preferred_server {
        ch.push(Element::with_text("useGlobalPreferredServer", bool_text(b)));
    }
    for r in &s.restriction {
        ch.push(Element::with_text("restriction", r));
    }
    ch.extend(s.extra.iter().cloned());
    e
}

fn extras_els(m: &Extras, out: &mut Vec<Element>) {
    for d in &m.documentation {
        let mut e = Element::new("documentation").with_attr("url", &d.url);
        e.children = d.descr.iter().map(|t| lang_el("descr", t)).collect();
        out.push(e);
    }
    for en in &m.enable {
        let mut e = Element::new("enable");
        if let Some(u) = &en.visit_url {
            e = e.with_attr("visiturl", u);
        }
        e.children = en
            .instruction
            .iter()
            .map(|t| lang_el("instruction", t))
            .collect();
        out.push(e);
    }
    for w in &m.web_mail {
        let mut e = Element::new("webMail");
        if let Some(u) = &w.login_page {
            e.children
                .push(Element::new("loginPage").with_attr("url", u));
        }
        e.children.extend(w.extra.iter().cloned());
        out.push(e);
    }
    out.extend(m.extra.iter().cloned());
}

/// The tree of a config (what [`write`] prints).
pub fn to_tree(cfg: &ClientConfig) -> Element {
    let mut root = Element::new("clientConfig");
    if let Some(v) = &cfg.version {
        root = root.with_attr("version", v);
    }
    root.attrs.extend(cfg.attrs.iter().cloned());
    for p in &cfg.providers {
        let mut e = Element::new("emailProvider");
        if let Some(id) = &p.id {
            e = e.with_attr("id", id);
        }
        let mut more = p.more.clone();
        if let Some(i) = more
            .extra
            .iter()
            .position(|x| x.name == "x-emailProvider-attrs")
        {
            e.attrs.extend(more.extra.remove(i).attrs);
        }
        for d in &p.domains {
            e.children.push(Element::with_text("domain", d));
        }
        if let Some(v) = &p.display_name {
            e.children.push(Element::with_text("displayName", v));
        }
        if let Some(v) = &p.display_short_name {
            e.children.push(Element::with_text("displayShortName", v));
        }
        for s in &p.incoming {
            e.children.push(server_el("incomingServer", s));
        }
        for s in &p.outgoing {
            e.children.push(server_el("outgoingServer", s));
        }
        extras_els(&more, &mut e.children);
        root.children.push(e);
    }
    if let Some(o) = &cfg.oauth2 {
        root.children.push(o.clone());
    }
    extras_els(&cfg.more, &mut root.children);
    root
}

/// Writes a config back as clientConfig XML.
pub fn write(cfg: &ClientConfig) -> String {
    write_tree(&to_tree(cfg))
}

/// Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN%.
pub fn substitute(s: &str, account: &Account) -> String {
    s.replace("%EMAILADDRESS%", &account.address)
        .replace("%EMAILLOCALPART%", &account.local_part)
        .replace("%EMAILDOMAIN%", &account.domain)
}

/// Imports an autoconfig file (e.g. an ISPDB entry) as a provider-data entry. Every value gets
/// the one source `doc` (tier 2 for the ISPDB); values are `verified` only when the source is
/// tier 1 or 2 and the server is protected by TLS.
pub fn to_provider(
    cfg: &ClientConfig,
    id: &str,
    doc: crate::provider::SourceDoc,
) -> Result<crate::provider::Provider, AutoconfigError> {
    use crate::provider::{Fact, Provider, ServerEntry, Status, Text, UsernameForm};
    let p = cfg.provider().ok_or_else(|| err("no <emailProvider>"))?;
    let strong = doc.tier <= 2;
    let srcs = vec![doc.id.clone()];
    let status = |ok: bool| {
        if ok && strong {
            Status::Verified
        } else {
            Status::Unverified
        }
    };
    let mut domains: Vec<String> = Vec::new();
    for d in &p.domains {
        let d = d.trim().to_ascii_lowercase();
        if !d.is_empty() && !domains.contains(&d) {
            domains.push(d);
        }
    }
    let mut servers = Vec::new();
    for s in p.incoming.iter().chain(p.outgoing.iter()) {
        let (Some(protocol), Some(host), Some(port), Some(security)) =
            (s.protocol(), s.hostname.as_ref(), s.port, s.security())
        else {
            continue; // exchange/ews/owa/graph: not something we probe
        };
        let username = match s.username.as_deref().unwrap_or("%EMAILADDRESS%") {
            "%EMAILLOCALPART%" => UsernameForm::LocalPart,
            "%EMAILADDRESS%" => UsernameForm::Address,
            _ => UsernameForm::AccountId,
        };
        let authentication = s
            .first_authentication()
            .unwrap_or(Authentication::PasswordCleartext);
        servers.push(ServerEntry {
            protocol,
            host: host.clone(),
            port,
            security,
            username,
            authentication,
            status: status(security != Security::None),
            sources: srcs.clone(),
            username_status: None,
            only_domains: Vec::new(),
            note: None,
        });
    }
    let name = p
        .display_name
        .clone()
        .or_else(|| p.display_short_name.clone())
        .unwrap_or_else(|| id.to_string());
    let webmail = cfg.webmail_url().map(|u| crate::provider::Page {
        url: u.to_string(),
        name: None,
        only_domains: Vec::new(),
        status: status(true),
        sources: srcs.clone(),
    });
    Ok(Provider {
        id: id.to_string(),
        name: Text {
            ja: name.clone(),
            en: name,
        },
        kind: Default::default(),
        domains: Fact {
            value: domains,
            status: status(true),
            sources: srcs.clone(),
        },
        mx: None,
        sources: vec![doc],
        servers,
        password: None,
        webmail: webmail.filter(|w| w.url.starts_with("http")),
        management: None,
        password_reset: None,
        quota_mb: None,
        keep_on_server_days: p
            .incoming
            .iter()
            .filter_map(|s| s.pop3.as_ref()?.days_to_leave_messages_on_server)
            .next()
            .map(|d| Fact {
                value: d,
                status: status(true),
                sources: srcs.clone(),
            }),
        op25b: None,
        imap_paid_option: None,
        pop_before_smtp: None,
        auth: None,
        notes: Vec::new(),
    })
}

/// A clientConfig 1.1 for settings we know (what `tsunagu export autoconfig` prints).
pub fn from_candidates(
    id: &str,
    display_name: &str,
    domains: &[String],
    candidates: &[crate::model::Candidate],
    account: &Account,
) -> ClientConfig {
    let mut p = EmailProvider {
        id: Some(id.to_string()),
        domains: domains.to_vec(),
        display_name: Some(display_name.to_string()),
        display_short_name: Some(display_name.to_string()),
        ..Default::default()
    };
    let mut seen = std::collections::HashSet::new();
    for c in candidates {
        if !seen.insert((c.protocol, c.host.clone(), c.port, c.security)) {
            continue;
        }
        let username = match c.usernames.first() {
            Some(u) if *u == account.address => "%EMAILADDRESS%".to_string(),
            Some(u) if *u == account.local_part => "%EMAILLOCALPART%".to_string(),
            Some(u) => u.clone(),
            None => "%EMAILADDRESS%".to_string(),
        };
        let s = Server {
            kind: c.protocol.as_str().to_string(),
            hostname: Some(c.host.clone()),
            port: Some(c.port),
            socket_type: Some(
                match c.security {
                    Security::Tls => "SSL",
                    Security::Starttls => "STARTTLS",
                    Security::None => "plain",
                }
                .to_string(),
            ),
            username: Some(username),
            authentication: vec![c.authentication.as_str().to_string()],
            ..Default::default()
        };
        if c.protocol.is_incoming() {
            p.incoming.push(s);
        } else {
            p.outgoing.push(s);
        }
    }
    ClientConfig {
        version: Some("1.1".into()),
        providers: vec![p],
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="example.jp">
    <domain>example.jp</domain>
    <displayName>Example &amp; Co</displayName>
    <incomingServer type="pop3">
      <hostname>pop.%EMAILDOMAIN%</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
      <pop3>
        <leaveMessagesOnServer>true</leaveMessagesOnServer>
        <daysToLeaveMessagesOnServer>14</daysToLeaveMessagesOnServer>
        <checkInterval minutes="15"/>
      </pop3>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.jp</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>smtp-after-pop</authentication>
      <authentication>client-IP-address</authentication>
      <addThisServer>true</addThisServer>
      <useGlobalPreferredServer>false</useGlobalPreferredServer>
    </outgoingServer>
    <documentation url="https://example.jp/help"><descr lang="ja">設定方法</descr><descr>How to</descr></documentation>
    <enable visiturl="https://example.jp/on"><instruction>Turn IMAP on</instruction></enable>
    <webMail><loginPage url="https://mail.example.jp/"/></webMail>
    <futureThing a="b">x</futureThing>
  </emailProvider>
</clientConfig>"#;

    #[test]
    fn reads_every_part_and_writes_it_back() {
        let c = parse(SAMPLE).unwrap();
        let p = c.provider().unwrap();
        assert_eq!(p.display_name.as_deref(), Some("Example & Co"));
        let pop = &p.incoming[0];
        assert_eq!(pop.port, Some(995));
        assert_eq!(pop.security(), Some(Security::Tls));
        let p3 = pop.pop3.as_ref().unwrap();
        assert_eq!(p3.leave_messages_on_server, Some(true));
        assert_eq!(p3.days_to_leave_messages_on_server, Some(14));
        assert_eq!(p3.check_interval_minutes, Some(15));
        let smtp = &p.outgoing[0];
        assert_eq!(
            smtp.first_authentication(),
            Some(Authentication::SmtpAfterPop)
        );
        assert_eq!(smtp.add_this_server, Some(true));
        assert_eq!(p.more.documentation[0].descr[0].lang.as_deref(), Some("ja"));
        assert_eq!(
            p.more.enable[0].visit_url.as_deref(),
            Some("https://example.jp/on")
        );
        assert_eq!(c.webmail_url(), Some("https://mail.example.jp/"));
        assert_eq!(p.more.extra[0].name, "futureThing");
        let again = parse(&write(&c)).unwrap();
        assert_eq!(again, c);
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        for bad in [
            "",
            "<clientConfig>",
            "<a/>",
            "<clientConfig version=\"1.1\"></clientConfig>",
            "<clientConfig><emailProvider><incomingServer type=\"imap\"><port>99999</port></incomingServer></emailProvider></clientConfig>",
            "<clientConfig><emailProvider>&bogus;</emailProvider></clientConfig>",
            "<clientConfig></clientConfig><x/>",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let deep = "<a>".repeat(100) + &"</a>".repeat(100);
        assert!(parse_tree(&deep).is_err());
    }

    #[test]
    fn substitution() {
        let a = Account {
            address: "taro@example.jp".into(),
            local_part: "taro".into(),
            domain: "example.jp".into(),
            domain_unicode: "example.jp".into(),
        };
        assert_eq!(
            substitute("%EMAILLOCALPART%+%EMAILDOMAIN%/%EMAILADDRESS%", &a),
            "taro+example.jp/taro@example.jp"
        );
    }
}
