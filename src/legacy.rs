//! The older login methods (issue 15): APOP and "POP before SMTP". Which probes show them,
//! the two findings' words, and what the recommendation becomes. Pure.

use crate::model::{
    Authentication, Lang, Outcome, Probe, Protocol, Recommended, ServerSettings, StepName,
};
use crate::text::{FindingCtx, FindingText};

fn step(p: &Probe, s: StepName) -> Option<&crate::model::Step> {
    p.steps.iter().find(|x| x.step == s)
}

/// A POP3 probe that logged in with APOP.
pub fn apop_probe(probes: &[Probe]) -> Option<&Probe> {
    probes.iter().find(|p| {
        p.protocol == Protocol::Pop3
            && p.outcome == Outcome::Ok
            && step(p, StepName::Login).is_some_and(|s| s.ok && s.detail.ends_with("(APOP)"))
    })
}

/// An SMTP probe whose recipient was refused before any POP login and accepted right after
/// one (steps `relay_before_pop` / `relay_after_pop`).
pub fn pop_before_smtp_probe(probes: &[Probe]) -> Option<&Probe> {
    probes.iter().find(|p| {
        p.protocol == Protocol::Smtp
            && step(p, StepName::RelayBeforePop).is_some_and(|s| !s.ok)
            && step(p, StepName::RelayAfterPop).is_some_and(|s| s.ok)
    })
}

/// With POP before SMTP found and no other working outgoing server, that server is the
/// recommendation, with no authentication (its order: receive first).
pub fn adjust_recommendation(probes: &[Probe], rec: &mut Recommended, address: &str) {
    let Some(p) = pop_before_smtp_probe(probes) else {
        return;
    };
    let other_ok = probes
        .iter()
        .any(|q| q.protocol == Protocol::Smtp && q.outcome == Outcome::Ok && q.port != 25);
    if other_ok {
        return;
    }
    rec.outgoing = Some(ServerSettings {
        protocol: Protocol::Smtp,
        host: p.host.clone(),
        port: p.port,
        security: p.security,
        username: address.to_string(),
        authentication: Authentication::SmtpAfterPop,
    });
}

/// " (host:port)" after a server's name, or nothing when no server is known.
fn paren(c: &FindingCtx, lang: Lang) -> String {
    match (c.servers.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::Ja) => format!("（{}）", c.servers.join("、")),
        (false, Lang::En) => format!(" ({})", c.servers.join(", ")),
    }
}

fn t(lang: Lang, ja: impl Into<String>, en: impl Into<String>) -> String {
    match lang {
        Lang::Ja => ja.into(),
        Lang::En => en.into(),
    }
}

pub fn apop_text(c: &FindingCtx, lang: Lang) -> FindingText {
    let (sj, se) = (paren(c, Lang::Ja), paren(c, Lang::En));
    FindingText {
        title: t(
            lang,
            "受信サーバーには APOP でログインしました",
            "Logged in to the incoming server with APOP",
        ),
        detail: t(
            lang,
            format!("受信サーバー{sj}への接続は暗号化されていないため、パスワードをそのまま送る方法は使わず、APOP（パスワードそのものは送らずに確かめる古い方式）でログインしました。"),
            format!("The connection to the incoming server{se} is not encrypted, so the password was not sent as is: we logged in with APOP, an old method that proves the password without sending it."),
        ),
        actions: vec![
            t(
                lang,
                "メールソフトの受信サーバーの認証方式を APOP にします（Thunderbird では「認証方式: 暗号化されたパスワード認証」）。",
                "Set the incoming server's authentication in your mail app to APOP (Thunderbird: Authentication method: Encrypted password).",
            ),
            t(
                lang,
                "APOP でも、メールの中身は暗号化されずに流れます。プロバイダーが SSL/TLS（995番ポート）の受信に対応していれば、そちらに切り替えてください。",
                "Even with APOP the mail itself travels unencrypted: if the provider offers POP over SSL/TLS (port 995), switch to it.",
            ),
        ],
    }
}

pub fn pop_before_smtp_text(c: &FindingCtx, lang: Lang) -> FindingText {
    let (sj, se) = (paren(c, Lang::Ja), paren(c, Lang::En));
    FindingText {
        title: t(
            lang,
            "送信は「POP before SMTP」方式です（先に受信してから送信）",
            "Sending uses \"POP before SMTP\" (receive first, then send)",
        ),
        detail: t(
            lang,
            format!("送信サーバー{sj}は送信時の認証（SMTP 認証）に対応していません。このコンピューターが POP でログインする前は宛先を断り、POP でログインした直後には受け付けました。受信のログインを目印に、少しのあいだだけ送信を許す古い方式です。"),
            format!("The outgoing server{se} has no SMTP authentication. It refused the recipient before this computer logged in by POP and accepted it right after: an old method that allows sending for a short while after a POP login."),
        ),
        actions: vec![
            t(
                lang,
                "メールソフトの送信サーバーの設定を「送信サーバーの認証: なし」にします（ユーザー名とパスワードは送信サーバーには入れません）。",
                "In your mail app's outgoing server settings, set \"Outgoing server authentication: none\" (no username or password for the outgoing server).",
            ),
            t(
                lang,
                "送る前に、必ず先に受信します（順番: 受信 → 送信）。送受信ボタンを押してから送ると確実です。受信してから時間がたつと、送信は再び断られます。",
                "Always receive first (order: receive, then send): press Send/Receive before sending. Some time after receiving, sending is refused again.",
            ),
            t(
                lang,
                "プロバイダーが SMTP 認証（587番や465番ポート）に対応していれば、そちらに切り替えるほうが確実です。",
                "If the provider offers SMTP authentication (port 587 or 465), switching to it is more reliable.",
            ),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Security, SettingsSource, Step};

    fn smtp(steps: &[(StepName, bool)]) -> Probe {
        Probe {
            protocol: Protocol::Smtp,
            host: "mail.example.jp".into(),
            port: 587,
            security: Security::None,
            username: None,
            outcome: Outcome::Failed,
            failure: None,
            steps: steps
                .iter()
                .map(|(s, ok)| Step {
                    step: *s,
                    ok: *ok,
                    ms: 1,
                    detail: String::new(),
                    attempts: None,
                })
                .collect(),
            tls: None,
            mailbox: None,
            ms: 1,
            capabilities: vec![],
            auth_mechanisms: vec![],
            login_attempts: 0,
            source: SettingsSource::Guess,
            documented: false,
        }
    }

    #[test]
    fn refused_before_and_accepted_after_only() {
        let yes = smtp(&[
            (StepName::RelayBeforePop, false),
            (StepName::RelayAfterPop, true),
        ]);
        assert!(pop_before_smtp_probe(std::slice::from_ref(&yes)).is_some());
        // Accepted before any POP login: relaying by address, not POP before SMTP.
        let open = smtp(&[(StepName::RelayBeforePop, true)]);
        assert!(pop_before_smtp_probe(&[open]).is_none());
        let never = smtp(&[
            (StepName::RelayBeforePop, false),
            (StepName::RelayAfterPop, false),
        ]);
        assert!(pop_before_smtp_probe(&[never]).is_none());
        let mut rec = Recommended::default();
        adjust_recommendation(&[yes], &mut rec, "a@example.jp");
        let o = rec.outgoing.unwrap();
        assert_eq!(o.authentication, Authentication::SmtpAfterPop);
        let txt = pop_before_smtp_text(&FindingCtx::default(), Lang::Ja);
        assert!(txt.actions[0].contains("送信サーバーの認証: なし"));
        assert!(txt.actions[1].contains("受信 → 送信"));
    }
}
