//! Words for values that several outputs show: the one name of a security mode and of a settings
//! source, evidence lines and discovery details rendered for a person, and report times in local
//! time. The report JSON keeps the machine form (`evidence`, `detail`, `started_at` in UTC);
//! these functions are for the edges that print text (CLI, Markdown, HTML) and follow
//! `docs/glossary.md`. The words are in the message catalogue (`locales/<lang>/labels.ftl`).
//!
//! Pure except [`remember_local_offset`], which reads the local UTC offset once.

use crate::model::{FailureKind, Lang, Protocol, Security, SettingsSource};
use std::sync::OnceLock;

/// The one name of a security mode, everywhere (guides, reports, lookup, the wizard).
pub fn security_name(s: Security, lang: Lang) -> String {
    match s {
        Security::Tls => crate::tr!(lang, "label-security-tls"),
        Security::Starttls => crate::tr!(lang, "label-security-starttls"),
        Security::None => crate::tr!(lang, "label-security-none"),
    }
}

/// Where a setting came from, as a person reads it.
pub fn source_name(s: SettingsSource, lang: Lang) -> String {
    match s {
        SettingsSource::Bundled => crate::tr!(lang, "label-source-bundled"),
        SettingsSource::Config => crate::tr!(lang, "label-source-config"),
        SettingsSource::Autoconfig => crate::tr!(lang, "label-source-autoconfig"),
        SettingsSource::Ispdb => crate::tr!(lang, "label-source-ispdb"),
        SettingsSource::Mx => crate::tr!(lang, "label-source-mx"),
        SettingsSource::Srv => crate::tr!(lang, "label-source-srv"),
        SettingsSource::Guess => crate::tr!(lang, "label-source-guess"),
    }
}

pub fn protocol_word(p: Protocol) -> &'static str {
    match p {
        Protocol::Imap => "IMAP",
        Protocol::Pop3 => "POP3",
        Protocol::Smtp => "SMTP",
    }
}

/// How a failure kind is named (`text::failure_kind`), passed in so that this module does not
/// depend on `text` (which depends on this one).
pub type FailurePhrase = fn(FailureKind, Lang) -> String;

/// One evidence line (`diagnose::evidence`, or `provider data (id): key`) for a person.
/// Lines of another shape are returned unchanged (the scan test in `tests/ja_words.rs` would
/// show them).
pub fn evidence_text(e: &str, failure: FailurePhrase, lang: Lang) -> String {
    if let Some(rest) = e.strip_prefix("provider data (") {
        if let Some((id, key)) = rest.split_once("): ") {
            let name = crate::provider::by_id(id)
                .map(|p| p.name(lang).to_string())
                .unwrap_or_else(|| id.to_string());
            let what = match key {
                "op25b" => crate::tr!(lang, "label-evidence-op25b"),
                k => k.to_string(),
            };
            return crate::tr!(
                lang,
                "label-evidence-provider-data",
                provider = name,
                what = what
            );
        }
    }
    probe_evidence(e, failure, lang).unwrap_or_else(|| e.to_string())
}

/// `smtp host:25 none: connect_timeout (user u) server: "…"` → words.
fn probe_evidence(e: &str, failure: FailurePhrase, lang: Lang) -> Option<String> {
    let (head, rest) = e.split_once(": ")?;
    let mut parts = head.split(' ');
    let proto: Protocol = serde_json::from_value(parts.next()?.into()).ok()?;
    let hostport = parts.next()?;
    let sec: Security = serde_json::from_value(parts.next()?.into()).ok()?;
    if parts.next().is_some() {
        return None;
    }
    let (status, tail) = rest.split_once(' ').unwrap_or((rest, ""));
    let status_text = match status {
        "ok" => crate::tr!(lang, "label-outcome-ok"),
        "skipped" => crate::tr!(lang, "label-outcome-skipped"),
        "failed" => crate::tr!(lang, "label-outcome-failed"),
        k => failure(serde_json::from_value(k.into()).ok()?, lang),
    };
    let mut out = crate::tr!(
        lang,
        "label-evidence-probe",
        protocol = protocol_word(proto),
        hostport = hostport,
        security = security_name(sec, lang),
        status = status_text
    );
    let mut tail = tail;
    if let Some(u) = tail.strip_prefix("(user ") {
        let (user, after) = u.split_once(')')?;
        out.push_str(&crate::tr!(lang, "label-evidence-user", user = user));
        tail = after.trim_start();
    }
    if let Some(server) = tail.strip_prefix("server: ") {
        // The server's own words are quoted as they came: a value, not our text.
        out.push_str(&crate::tr!(lang, "label-evidence-server", server = server));
    } else if !tail.is_empty() {
        return None;
    }
    Some(out)
}

/// A discovery source's `detail` (written in English for the JSON) for a person.
/// Unknown details are kept in English only in English output; in Japanese they become a
/// pointer to the JSON, so that no untranslated sentence reaches a Japanese reader.
pub fn discovery_detail(d: &str, lang: Lang) -> String {
    if d.is_empty() {
        return String::new();
    }
    let fixed = match d {
        "documented" => Some(crate::tr!(lang, "label-detail-documented")),
        "partly unverified: guesses are probed too" => {
            Some(crate::tr!(lang, "label-detail-partly-unverified"))
        }
        "provider known, no server documented: guesses are probed" => {
            Some(crate::tr!(lang, "label-detail-no-server-documented"))
        }
        "offline" => Some(crate::tr!(lang, "label-detail-offline")),
        "the reply is not UTF-8" => Some(crate::tr!(lang, "label-detail-not-utf8")),
        "no IMAP, POP3 or SMTP server" => Some(crate::tr!(lang, "label-detail-no-servers")),
        "https, certificate verified" => Some(crate::tr!(lang, "label-detail-https-verified")),
        "plain http: untrusted" => Some(crate::tr!(lang, "label-detail-plain-http")),
        "no record" => Some(crate::tr!(lang, "label-detail-no-record")),
        "DNS timed out" => Some(crate::tr!(lang, "label-detail-dns-timeout")),
        "no SRV records" => Some(crate::tr!(lang, "label-detail-no-srv")),
        "DNS SRV (not authenticated)" => Some(crate::tr!(lang, "label-detail-dns-srv")),
        "not waited for: a higher-priority source answered" => {
            Some(crate::tr!(lang, "label-detail-not-waited"))
        }
        "the reply is too large" => Some(crate::tr!(lang, "label-detail-too-large")),
        "TLS is not available" => Some(crate::tr!(lang, "label-detail-no-tls")),
        _ => None,
    };
    if let Some(f) = fixed {
        return f;
    }
    if let Some(rest) = d.strip_prefix("MX ") {
        if let Some((h, id)) = rest.split_once(" is ") {
            let name = crate::provider::by_id(id)
                .map(|p| p.name(lang).to_string())
                .unwrap_or_else(|| id.to_string());
            return crate::tr!(lang, "label-detail-mx-provider", host = h, provider = name);
        }
        if let Some(h) = rest.strip_suffix(" matches no known provider") {
            return crate::tr!(lang, "label-detail-mx-unknown", host = h);
        }
        if let Some((h, base)) = rest.split_once(" → ISPDB ") {
            return format!("MX {h} → ISPDB {base}");
        }
    }
    if let Some(ms) = d
        .strip_prefix("no answer within ")
        .and_then(|r| r.strip_suffix(" ms"))
    {
        return crate::tr!(lang, "label-detail-no-answer-within", ms = ms);
    }
    if d.starts_with("HTTP ") && d[5..].chars().all(|c| c.is_ascii_digit()) {
        return d.to_string();
    }
    if let Some(h) = d.strip_suffix(" does not exist") {
        if !h.contains(' ') {
            return crate::tr!(lang, "label-detail-not-in-dns", host = h);
        }
    }
    if lang == Lang::En {
        return d.to_string();
    }
    let kind = if d.starts_with("TLS ") {
        "tls"
    } else if d.starts_with("connect ") {
        "connect"
    } else if d.starts_with("bad clientConfig") {
        "config"
    } else {
        "other"
    };
    crate::tr!(lang, "label-detail-other", kind = kind)
}

static LOCAL_OFFSET: OnceLock<Option<time::UtcOffset>> = OnceLock::new();

/// Reads the local UTC offset once. Call it at the start of `main`, while the process has
/// one thread: on Unix the `time` crate refuses to read the offset later (reading the
/// environment is not thread-safe there); times are then shown in UTC, saying so.
pub fn remember_local_offset() {
    let _ = LOCAL_OFFSET.set(time::UtcOffset::current_local_offset().ok());
}

fn local_offset() -> Option<time::UtcOffset> {
    *LOCAL_OFFSET.get_or_init(|| time::UtcOffset::current_local_offset().ok())
}

/// An RFC 3339 time (`2026-12-01T14:42:08.77Z`) in local time: 「2026年12月1日 23:42」,
/// "1 December 2026, 23:42". When the local offset is unknown (or is UTC) the time is in UTC
/// and says so (「2026年12月1日 14:42（UTC）」). Not an RFC 3339 time: returned unchanged.
pub fn local_time(rfc3339: &str, lang: Lang) -> String {
    local_time_at(rfc3339, local_offset(), lang)
}

/// [`local_time`] with a given offset (`None`: unknown, shown in UTC).
pub fn local_time_at(rfc3339: &str, offset: Option<time::UtcOffset>, lang: Lang) -> String {
    use time::format_description::well_known::Rfc3339;
    let Ok(at) = time::OffsetDateTime::parse(rfc3339, &Rfc3339) else {
        return rfc3339.to_string();
    };
    let at = at.to_offset(offset.unwrap_or(time::UtcOffset::UTC));
    // UTC (unknown offset, or a machine on UTC) is named, so that the reader is not misled.
    let utc = offset.is_none_or(|o| o.is_utc());
    crate::tr!(
        lang,
        "label-local-time",
        year = at.year(),
        month = u8::from(at.month()),
        day = at.day(),
        hour = at.hour(),
        minute = format!("{:02}", at.minute()),
        utc = if utc { "yes" } else { "no" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times() {
        let jst = time::UtcOffset::from_hms(9, 0, 0).ok();
        let s = "2026-12-01T14:42:08.779886349Z";
        assert_eq!(local_time_at(s, jst, Lang::Ja), "2026年12月1日 23:42");
        assert_eq!(
            local_time_at(s, None, Lang::Ja),
            "2026年12月1日 14:42（UTC）"
        );
        assert_eq!(local_time_at(s, jst, Lang::En), "1 December 2026, 23:42");
        assert_eq!(
            local_time_at(s, None, Lang::En),
            "1 December 2026, 14:42 UTC"
        );
        assert_eq!(
            local_time_at(s, Some(time::UtcOffset::UTC), Lang::Ja),
            "2026年12月1日 14:42（UTC）"
        );
        assert_eq!(local_time_at("yesterday", jst, Lang::Ja), "yesterday");
        // Early hours: two digits in English, as written in Japanese; every month's name.
        let early = "2026-03-05T00:05:00Z";
        assert_eq!(
            local_time_at(early, None, Lang::En),
            "5 March 2026, 00:05 UTC"
        );
        assert_eq!(
            local_time_at(early, None, Lang::Ja),
            "2026年3月5日 0:05（UTC）"
        );
        for m in 1..=12u8 {
            let s = format!("2026-{m:02}-01T09:00:00Z");
            let month = time::Month::try_from(m).unwrap();
            assert_eq!(
                local_time_at(&s, None, Lang::En),
                format!("1 {month} 2026, 09:00 UTC")
            );
        }
    }

    fn phrase(k: FailureKind, lang: Lang) -> String {
        match (k, lang) {
            (FailureKind::ConnectTimeout, Lang::Ja) => "応答がありません",
            (FailureKind::LoginFailed, Lang::Ja) => "ログインを断られました",
            _ => "x",
        }
        .to_string()
    }

    #[test]
    fn evidence_lines() {
        assert_eq!(
            evidence_text(
                "smtp smtp.example.jp:25 none: connect_timeout",
                phrase,
                Lang::Ja
            ),
            "SMTP smtp.example.jp:25 なし（暗号化しない） → 応答がありません"
        );
        assert_eq!(
            evidence_text(
                "imap mail.example.jp:993 tls: login_failed (user taro) server: \"use an app password\"",
                phrase,
                Lang::Ja
            ),
            "IMAP mail.example.jp:993 SSL/TLS → ログインを断られました（ユーザー名 taro）（サーバーの返事: \"use an app password\"）"
        );
        assert_eq!(
            evidence_text("provider data (so-net): op25b", phrase, Lang::Ja),
            "内蔵データ（So-net）: 25番ポートでの送信を止めている（OP25B）"
        );
        assert_eq!(
            evidence_text("something else", phrase, Lang::Ja),
            "something else"
        );
    }

    #[test]
    fn details() {
        assert_eq!(
            discovery_detail("partly unverified: guesses are probed too", Lang::Ja),
            "一部の値が未確認のため、推測した候補も試します"
        );
        assert_eq!(
            discovery_detail("MX mx.so-net.ne.jp is so-net", Lang::Ja),
            "MX mx.so-net.ne.jp は So-net のサーバーです"
        );
        assert!(
            discovery_detail("connect 192.0.2.1:443: refused", Lang::Ja).contains("つながりません")
        );
        assert_eq!(discovery_detail("documented", Lang::En), "documented");
    }
}
