//! The words of the two findings of the older login methods (issue 15): APOP and "POP before
//! SMTP". Which probes show them is decided in `crate::legacy`; the words live here, with the
//! other findings' words, so that the decisions need no text.

use super::{FindingCtx, FindingText};
use crate::model::Lang;

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

pub(crate) fn apop_text(c: &FindingCtx, lang: Lang) -> FindingText {
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

pub(crate) fn pop_before_smtp_text(c: &FindingCtx, lang: Lang) -> FindingText {
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

    #[test]
    fn pop_before_smtp_says_no_authentication_and_receive_first() {
        let txt = pop_before_smtp_text(&FindingCtx::default(), Lang::Ja);
        assert!(txt.actions[0].contains("送信サーバーの認証: なし"));
        assert!(txt.actions[1].contains("受信 → 送信"));
    }
}
