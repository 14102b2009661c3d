//! What the person's app shows now, compared with the recommended settings.
//! Each field that differs is named with both values: 「送信ポート: 25 → 587」. Pure.

use crate::guide::{protocol_name, security_name, ClientId, FieldId, LangText};
use crate::model::{Lang, Protocol, Recommended, Security, ServerSettings};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// What the app shows now. Every field is optional: compare what the person could read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CurrentSettings {
    pub protocol: Option<Protocol>,
    pub incoming_host: Option<String>,
    pub incoming_port: Option<u16>,
    pub incoming_security: Option<Security>,
    pub incoming_username: Option<String>,
    pub outgoing_host: Option<String>,
    pub outgoing_port: Option<u16>,
    pub outgoing_security: Option<Security>,
    pub outgoing_username: Option<String>,
    /// The "outgoing server requires authentication" switch.
    pub outgoing_auth_required: Option<bool>,
    /// POP only: whether a copy is left on the server.
    pub leave_on_server: Option<bool>,
    /// POP only: days before the app removes mail from the server (None: never).
    pub delete_after_days: Option<u32>,
}

/// One field whose value differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    pub field: FieldId,
    /// The plain field name (or the app's own label when a client was given).
    pub label: LangText,
    pub current: LangText,
    pub recommended: LangText,
    /// 「送信ポート: 25 → 587」
    pub line: LangText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<LangText>,
}

fn norm(s: &str) -> String {
    s.nfkc().collect::<String>().trim().to_string()
}

fn same_host(a: &str, b: &str) -> bool {
    norm(a)
        .trim_end_matches('.')
        .eq_ignore_ascii_case(norm(b).trim_end_matches('.'))
}

fn yes_no(b: bool) -> LangText {
    crate::ltr!("compare-switch", on = if b { "yes" } else { "no" })
}

struct Out {
    client: Option<ClientId>,
    diffs: Vec<Difference>,
}

/// Security as the app shows it: apps with only an SSL switch show on/off.
fn security_shown(client: Option<ClientId>, s: Security) -> LangText {
    match client {
        Some(c) if c.has_ssl_switch_only() => yes_no(s != Security::None),
        _ => security_name(s),
    }
}

fn security_differs(client: Option<ClientId>, a: Security, b: Security) -> bool {
    match client {
        Some(c) if c.has_ssl_switch_only() => (a == Security::None) != (b == Security::None),
        _ => a != b,
    }
}

impl Out {
    fn push(
        &mut self,
        field: FieldId,
        current: LangText,
        recommended: LangText,
        note: Option<LangText>,
    ) {
        let label = label_for(self.client, field);
        let bare = |l: &str| l.trim_end_matches([':', '：']).to_string();
        // Some apps use one label for both directions (iPhone's 「サーバポート」): then the
        // plain name, which says incoming or outgoing, comes first.
        let plain = field.name();
        let app_label = LangText::new(bare(&label.ja), bare(&label.en));
        let name = if says_direction(&label) || label == plain {
            app_label
        } else {
            crate::ltr!("compare-name-and-label", name = &plain, label = &app_label)
        };
        let line = crate::ltr!(
            "compare-line",
            name = &name,
            current = &current,
            recommended = &recommended
        );
        self.diffs.push(Difference {
            field,
            label,
            current,
            recommended,
            line,
            note,
        });
    }

    /// The incoming fields that differ (and, for POP, how long mail stays on the server).
    fn incoming(&mut self, current: &CurrentSettings, inc: &ServerSettings, keep_days: u32) {
        if let Some(p) = current.protocol {
            if p != inc.protocol {
                self.push(
                    FieldId::AccountType,
                    protocol_name(p),
                    protocol_name(inc.protocol),
                    Some(crate::ltr!("compare-note-protocol-cannot-switch")),
                );
            }
        }
        if let Some(h) = &current.incoming_host {
            if !same_host(h, &inc.host) {
                self.push(
                    FieldId::IncomingHost,
                    LangText::same(h.trim()),
                    LangText::same(&inc.host),
                    None,
                );
            }
        }
        if let Some(port) = current.incoming_port {
            if port != inc.port {
                self.push(
                    FieldId::IncomingPort,
                    LangText::same(port.to_string()),
                    LangText::same(inc.port.to_string()),
                    None,
                );
            }
        }
        if let Some(s) = current.incoming_security {
            if security_differs(self.client, s, inc.security) {
                self.push(
                    FieldId::IncomingSecurity,
                    security_shown(self.client, s),
                    security_shown(self.client, inc.security),
                    None,
                );
            }
        }
        if let Some(u) = &current.incoming_username {
            if u.trim() != inc.username {
                self.push(
                    FieldId::IncomingUsername,
                    LangText::same(u.trim()),
                    LangText::same(&inc.username),
                    username_note(u, &inc.username),
                );
            }
        }
        if inc.protocol == Protocol::Pop3
            && current.protocol.unwrap_or(Protocol::Pop3) == Protocol::Pop3
        {
            if let Some(false) = current.leave_on_server {
                self.push(
                    FieldId::LeaveOnServer,
                    yes_no(false),
                    yes_no(true),
                    Some(crate::ltr!("compare-note-leave-on-server-off")),
                );
            }
            if current.leave_on_server != Some(false) {
                if let Some(d) = current.delete_after_days {
                    if d != keep_days {
                        self.push(
                            FieldId::DeleteAfterDays,
                            crate::ltr!("compare-days", days = d),
                            crate::ltr!("compare-days", days = keep_days),
                            None,
                        );
                    }
                }
            }
        }
    }

    /// The outgoing fields that differ.
    fn outgoing(&mut self, current: &CurrentSettings, out: &ServerSettings) {
        if let Some(h) = &current.outgoing_host {
            if !same_host(h, &out.host) {
                self.push(
                    FieldId::OutgoingHost,
                    LangText::same(h.trim()),
                    LangText::same(&out.host),
                    None,
                );
            }
        }
        if let Some(port) = current.outgoing_port {
            if port != out.port {
                let note = (port == 25).then(|| crate::ltr!("compare-note-port-25-blocked"));
                self.push(
                    FieldId::OutgoingPort,
                    LangText::same(port.to_string()),
                    LangText::same(out.port.to_string()),
                    note,
                );
            }
        }
        if let Some(s) = current.outgoing_security {
            if security_differs(self.client, s, out.security) {
                self.push(
                    FieldId::OutgoingSecurity,
                    security_shown(self.client, s),
                    security_shown(self.client, out.security),
                    None,
                );
            }
        }
        if let Some(u) = &current.outgoing_username {
            if u.trim() != out.username {
                self.push(
                    FieldId::OutgoingUsername,
                    LangText::same(u.trim()),
                    LangText::same(&out.username),
                    username_note(u, &out.username),
                );
            }
        }
        if let Some(a) = current.outgoing_auth_required {
            let want = !matches!(
                out.authentication,
                crate::model::Authentication::None
                    | crate::model::Authentication::ClientIpAddress
                    | crate::model::Authentication::SmtpAfterPop
            );
            if a != want {
                self.push(FieldId::OutgoingAuthRequired, yes_no(a), yes_no(want), None);
            }
        }
    }
}

/// Whether a label says by itself which direction it is about.
fn says_direction(l: &LangText) -> bool {
    const JA: [&str; 5] = ["受信", "送信", "SMTP", "IMAP", "POP"];
    const EN: [&str; 5] = ["Incoming", "Outgoing", "SMTP", "IMAP", "POP"];
    JA.iter().any(|w| l.ja.contains(w)) && EN.iter().any(|w| l.en.contains(w))
}

/// The app's own label for the field when the app is known, else the plain name.
fn label_for(client: Option<ClientId>, field: FieldId) -> LangText {
    // The guide builders are the single source of app labels; a tiny fixed input lets us ask
    // them without settings: only the label is used.
    if let Some(c) = client {
        if let Some(l) = crate::guide::label_of(c, field) {
            return l;
        }
    }
    field.name()
}

/// Lists every field of `current` that differs from `rec`; fields not given are skipped.
/// `keep_days` is the number of days the recommended POP setup keeps mail on the server.
/// With a client, pass `guide::effective_settings(client, …)` as `rec` so that the values match
/// that app's guide (e.g. port 465 on an iPhone), and the app's own labels are used.
pub fn compare(
    current: &CurrentSettings,
    rec: &Recommended,
    keep_days: u32,
    client: Option<ClientId>,
) -> Vec<Difference> {
    let mut o = Out {
        client,
        diffs: Vec::new(),
    };
    if let Some(inc) = &rec.incoming {
        o.incoming(current, inc, keep_days);
    }
    if let Some(out) = &rec.outgoing {
        o.outgoing(current, out);
    }
    o.diffs
}

fn username_note(current: &str, want: &str) -> Option<LangText> {
    let c = norm(current);
    if c != current.trim() {
        return Some(crate::ltr!("compare-note-full-width"));
    }
    if want.contains('@') && !c.contains('@') {
        return Some(crate::ltr!("compare-note-whole-address"));
    }
    None
}

/// The differences as lines of text, one per field.
pub fn render_text(diffs: &[Difference], lang: Lang) -> String {
    let mut s = String::new();
    for d in diffs {
        s.push_str(&format!("・{}\n", d.line.get(lang)));
        if let Some(n) = &d.note {
            s.push_str(&format!("    ※ {}\n", n.get(lang)));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Authentication, ServerSettings};

    fn rec() -> Recommended {
        Recommended {
            incoming: Some(ServerSettings {
                protocol: Protocol::Imap,
                host: "mail.cvk.ne.jp".into(),
                port: 993,
                security: Security::Tls,
                username: "kyosai@cvk.ne.jp".into(),
                authentication: Authentication::PasswordCleartext,
            }),
            outgoing: Some(ServerSettings {
                protocol: Protocol::Smtp,
                host: "mail.cvk.ne.jp".into(),
                port: 587,
                security: Security::Starttls,
                username: "kyosai@cvk.ne.jp".into(),
                authentication: Authentication::PasswordCleartext,
            }),
            verified: true,
        }
    }

    #[test]
    fn equal_values_give_no_difference() {
        let cur = CurrentSettings {
            protocol: Some(Protocol::Imap),
            incoming_host: Some("MAIL.cvk.ne.jp ".into()),
            incoming_port: Some(993),
            outgoing_port: Some(587),
            outgoing_username: Some("kyosai@cvk.ne.jp".into()),
            ..Default::default()
        };
        assert!(compare(&cur, &rec(), 14, None).is_empty());
    }

    #[test]
    fn full_width_username_is_pointed_at() {
        let cur = CurrentSettings {
            incoming_username: Some("ｋｙｏｓａｉ@cvk.ne.jp".into()),
            ..Default::default()
        };
        let d = compare(&cur, &rec(), 14, None);
        assert_eq!(d.len(), 1);
        assert!(d[0].note.as_ref().unwrap().ja.contains("全角"));
    }
}
