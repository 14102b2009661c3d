//! The words of the two findings of the older login methods (issue 15): APOP and "POP before
//! SMTP". Which probes show them is decided in `crate::legacy`; the words are in the catalogue
//! (locales/*/finding.ftl), with the other findings' words, so that the decisions need no text.

use super::{FindingCtx, FindingText};
use crate::model::Lang;

pub(crate) fn apop_text(c: &FindingCtx, lang: Lang) -> FindingText {
    let (servers, server_count) = (c.servers_list(lang), c.servers.len());
    FindingText {
        title: crate::tr!(lang, "finding-apop-login.title"),
        detail: crate::tr!(
            lang,
            "finding-apop-login.detail",
            servers = servers,
            server_count = server_count
        ),
        actions: vec![
            crate::tr!(lang, "finding-act-apop-auth"),
            crate::tr!(lang, "finding-act-apop-ssl"),
        ],
    }
}

pub(crate) fn pop_before_smtp_text(c: &FindingCtx, lang: Lang) -> FindingText {
    let (servers, server_count) = (c.servers_list(lang), c.servers.len());
    FindingText {
        title: crate::tr!(lang, "finding-pop-before-smtp.title"),
        detail: crate::tr!(
            lang,
            "finding-pop-before-smtp.detail",
            servers = servers,
            server_count = server_count
        ),
        actions: vec![
            crate::tr!(lang, "finding-act-pbs-no-auth"),
            crate::tr!(lang, "finding-act-pbs-receive-first"),
            crate::tr!(lang, "finding-act-pbs-smtp-auth"),
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
