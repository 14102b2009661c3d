//! What the person's app shows now, compared with the recommended settings.
//! Each field that differs is named with both values: 「送信ポート: 25 → 587」. Pure.

use crate::guide::{protocol_name, security_name, ClientId, FieldId, LangText};
use crate::model::{Lang, Protocol, Recommended, Security};
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
    if b {
        LangText::new("オン", "On")
    } else {
        LangText::new("オフ", "Off")
    }
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
        let (ja, en) = if says_direction(&label) || label == plain {
            (bare(&label.ja), bare(&label.en))
        } else {
            (
                format!("{}（「{}」）", plain.ja, bare(&label.ja)),
                format!("{} (\u{201c}{}\u{201d})", plain.en, bare(&label.en)),
            )
        };
        let line = LangText::new(
            format!("{ja}: {} → {}", current.ja, recommended.ja),
            format!("{en}: {} → {}", current.en, recommended.en),
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
        if let Some(p) = current.protocol {
            if p != inc.protocol {
                o.push(
                    FieldId::AccountType,
                    protocol_name(p),
                    protocol_name(inc.protocol),
                    Some(LangText::new(
                        "POP と IMAP は、多くのアプリで後から切り替えられません。アカウントを追加し直します（POP で受け取ったメールは先にパソコンに残っているか確かめてください）。",
                        "Most apps cannot switch between POP and IMAP: add the account again (first make sure mail received by POP is kept on the computer).",
                    )),
                );
            }
        }
        if let Some(h) = &current.incoming_host {
            if !same_host(h, &inc.host) {
                o.push(
                    FieldId::IncomingHost,
                    LangText::same(h.trim()),
                    LangText::same(&inc.host),
                    None,
                );
            }
        }
        if let Some(port) = current.incoming_port {
            if port != inc.port {
                o.push(
                    FieldId::IncomingPort,
                    LangText::same(port.to_string()),
                    LangText::same(inc.port.to_string()),
                    None,
                );
            }
        }
        if let Some(s) = current.incoming_security {
            if security_differs(client, s, inc.security) {
                o.push(
                    FieldId::IncomingSecurity,
                    security_shown(client, s),
                    security_shown(client, inc.security),
                    None,
                );
            }
        }
        if let Some(u) = &current.incoming_username {
            if u.trim() != inc.username {
                o.push(
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
                o.push(
                    FieldId::LeaveOnServer,
                    yes_no(false),
                    yes_no(true),
                    Some(LangText::new(
                        "オフのままだと、この機器が受け取ったメールはサーバーから消え、ほかの機器では受け取れません。",
                        "While it is off, mail this device receives is removed from the server and your other devices never get it.",
                    )),
                );
            }
            if current.leave_on_server != Some(false) {
                if let Some(d) = current.delete_after_days {
                    if d != keep_days {
                        o.push(
                            FieldId::DeleteAfterDays,
                            LangText::new(format!("{d}日"), format!("{d} days")),
                            LangText::new(format!("{keep_days}日"), format!("{keep_days} days")),
                            None,
                        );
                    }
                }
            }
        }
    }
    if let Some(out) = &rec.outgoing {
        if let Some(h) = &current.outgoing_host {
            if !same_host(h, &out.host) {
                o.push(
                    FieldId::OutgoingHost,
                    LangText::same(h.trim()),
                    LangText::same(&out.host),
                    None,
                );
            }
        }
        if let Some(port) = current.outgoing_port {
            if port != out.port {
                let note = (port == 25).then(|| {
                    LangText::new(
                        "25番は多くのプロバイダーが迷惑メール対策のために止めています（OP25B）。",
                        "Many providers block port 25 against spam (OP25B).",
                    )
                });
                o.push(
                    FieldId::OutgoingPort,
                    LangText::same(port.to_string()),
                    LangText::same(out.port.to_string()),
                    note,
                );
            }
        }
        if let Some(s) = current.outgoing_security {
            if security_differs(client, s, out.security) {
                o.push(
                    FieldId::OutgoingSecurity,
                    security_shown(client, s),
                    security_shown(client, out.security),
                    None,
                );
            }
        }
        if let Some(u) = &current.outgoing_username {
            if u.trim() != out.username {
                o.push(
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
                o.push(FieldId::OutgoingAuthRequired, yes_no(a), yes_no(want), None);
            }
        }
    }
    o.diffs
}

fn username_note(current: &str, want: &str) -> Option<LangText> {
    let c = norm(current);
    if c != current.trim() {
        return Some(LangText::new(
            "全角の文字が混じっています。半角で入れ直してください。",
            "It contains full-width characters: retype it in half-width.",
        ));
    }
    if want.contains('@') && !c.contains('@') {
        return Some(LangText::new(
            "@ より後ろも含めて、メールアドレスを全部入れます。",
            "Enter the whole address, including the part after @.",
        ));
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
