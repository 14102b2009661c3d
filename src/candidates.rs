//! Turning what we know (config file, bundled provider, discovery, nothing) into an ordered,
//! bounded list of candidates to probe. Pure: no I/O.
//!
//! Order: IMAP before POP3 before SMTP; within a protocol, implicit TLS, then STARTTLS, then
//! plaintext; SMTP 465, 587, then 25 (probed only to explain a blocked port 25, never
//! recommended). Username forms: the full address first, the local part second (the prober
//! tries the second only after the server rejected the first).

use crate::autoconfig::{self, ClientConfig};
use crate::input::Account;
use crate::model::{Authentication, Candidate, Protocol, Security, SettingsSource};
use crate::provider::{Provider, Status, UsernameForm};
use std::collections::HashSet;

/// Most candidates probed for one address.
pub const MAX_CANDIDATES: usize = 24;

fn usernames(form: UsernameForm, account: &Account) -> Vec<String> {
    let both = |a: &str, b: &str| {
        if a == b {
            vec![a.to_string()]
        } else {
            vec![a.to_string(), b.to_string()]
        }
    };
    match form {
        UsernameForm::Address => both(&account.address, &account.local_part),
        UsernameForm::LocalPart => both(&account.local_part, &account.address),
        // A separate provider ID (ASAHIネットID, dアカウント): only the person knows it.
        // Empty = ask for --username; the prober logs in with nothing else.
        UsernameForm::AccountId => Vec::new(),
    }
}

/// Sort key: protocol, then protection, then the usual port first.
fn rank(c: &Candidate) -> (u8, u8, u8) {
    let proto = match c.protocol {
        Protocol::Imap => 0,
        Protocol::Pop3 => 1,
        Protocol::Smtp => 2,
    };
    let sec = match c.security {
        Security::Tls => 0,
        Security::Starttls => 1,
        Security::None => 2,
    };
    let port = match c.port {
        993 | 995 | 465 => 0,
        143 | 110 | 587 => 1,
        25 => 3,
        _ => 2,
    };
    // Port 25 goes after every other SMTP candidate whatever its security.
    if c.protocol == Protocol::Smtp && c.port == 25 {
        return (proto, 3, port);
    }
    (proto, sec, port)
}

/// Sorts (stable), removes duplicates (same protocol, host, port, security: the first wins)
/// and keeps at most [`MAX_CANDIDATES`].
pub fn finish(mut list: Vec<Candidate>) -> Vec<Candidate> {
    list.sort_by_key(rank);
    let mut seen = HashSet::new();
    list.retain(|c| seen.insert((c.protocol, c.host.to_ascii_lowercase(), c.port, c.security)));
    // Keep the bound without starving a protocol: take round-robin by protocol if too many.
    if list.len() > MAX_CANDIDATES {
        let mut by: [Vec<Candidate>; 3] = Default::default();
        for c in list {
            let i = rank(&c).0 as usize;
            by[i].push(c);
        }
        let mut out = Vec::with_capacity(MAX_CANDIDATES);
        let mut idx = 0;
        while out.len() < MAX_CANDIDATES && by.iter().any(|v| idx < v.len()) {
            for v in &by {
                if idx < v.len() && out.len() < MAX_CANDIDATES {
                    out.push(v[idx].clone());
                }
            }
            idx += 1;
        }
        out.sort_by_key(rank);
        return out;
    }
    list
}

/// Candidates from a bundled (or MX-matched) provider. `mx_host` fills `%MXHOST%`; servers
/// that need it are skipped without one. Broken entries are left out.
pub fn from_provider(
    p: &Provider,
    account: &Account,
    mx_host: Option<&str>,
    source: SettingsSource,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for s in p.servers_for(&account.domain) {
        if s.status == Status::Broken {
            continue;
        }
        let mut host = autoconfig::substitute(&s.host, account);
        if host.contains("%MXHOST%") {
            match mx_host {
                Some(mx) => host = host.replace("%MXHOST%", mx.trim_end_matches('.')),
                None => continue,
            }
        }
        out.push(Candidate {
            protocol: s.protocol,
            host: host.to_ascii_lowercase(),
            port: s.port,
            security: s.security,
            usernames: usernames(s.username, account),
            authentication: s.authentication,
            source,
            documented: s.status == Status::Verified,
        });
    }
    out
}

/// True when the list has a documented incoming and a documented outgoing server.
pub fn fully_documented(list: &[Candidate]) -> bool {
    list.iter()
        .any(|c| c.documented && c.protocol.is_incoming())
        && list
            .iter()
            .any(|c| c.documented && c.protocol == Protocol::Smtp)
}

/// Candidates from a clientConfig (a `--config` file, autoconfig, ISPDB).
pub fn from_config(
    cfg: &ClientConfig,
    account: &Account,
    source: SettingsSource,
    documented: bool,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for s in cfg.servers() {
        let (Some(protocol), Some(host), Some(port), Some(security)) =
            (s.protocol(), s.hostname.as_deref(), s.port, s.security())
        else {
            continue;
        };
        let host = autoconfig::substitute(host, account).to_ascii_lowercase();
        if host.is_empty() {
            continue;
        }
        let usernames = match s.username.as_deref() {
            None | Some("%EMAILADDRESS%") => usernames(UsernameForm::Address, account),
            Some("%EMAILLOCALPART%") => usernames(UsernameForm::LocalPart, account),
            Some(u) => vec![autoconfig::substitute(u, account)],
        };
        out.push(Candidate {
            protocol,
            host,
            port,
            security,
            usernames,
            authentication: s
                .first_authentication()
                .unwrap_or(Authentication::PasswordCleartext),
            source,
            documented,
        });
    }
    let extra = submission_ports_for_port25(&out);
    out.extend(extra);
    out
}

/// A config that names only port 25 for a host: the submission ports (465 TLS, 587 STARTTLS)
/// of that host are tried too, as guesses, so that a working submission port is found and
/// a port 25 that works from here today is not the only answer.
fn submission_ports_for_port25(list: &[Candidate]) -> Vec<Candidate> {
    let mut extra: Vec<Candidate> = Vec::new();
    for c in list
        .iter()
        .filter(|c| c.protocol == Protocol::Smtp && c.port == 25)
    {
        let host_has_submission = list.iter().chain(extra.iter()).any(|o| {
            o.protocol == Protocol::Smtp && o.host == c.host && matches!(o.port, 465 | 587)
        });
        if host_has_submission {
            continue;
        }
        for (port, security) in [(465, Security::Tls), (587, Security::Starttls)] {
            extra.push(Candidate {
                port,
                security,
                source: SettingsSource::Guess,
                documented: false,
                ..c.clone()
            });
        }
    }
    extra
}

/// Guesses for a domain nobody knows: imap./pop./mail./smtp. and the bare domain on the
/// usual ports (21 candidates).
pub fn guesses(account: &Account) -> Vec<Candidate> {
    let d = &account.domain;
    let mk = |protocol, host: String, port, security| Candidate {
        protocol,
        host,
        port,
        security,
        usernames: usernames(UsernameForm::Address, account),
        authentication: Authentication::PasswordCleartext,
        source: SettingsSource::Guess,
        documented: false,
    };
    let mut out = Vec::new();
    for (proto, prefix, ports) in [
        (
            Protocol::Imap,
            ["imap.", "mail.", ""],
            &[(993, Security::Tls), (143, Security::Starttls)][..],
        ),
        (
            Protocol::Pop3,
            ["pop.", "mail.", ""],
            &[(995, Security::Tls), (110, Security::Starttls)][..],
        ),
        (
            Protocol::Smtp,
            ["smtp.", "mail.", ""],
            &[
                (465, Security::Tls),
                (587, Security::Starttls),
                (25, Security::Starttls),
            ][..],
        ),
    ] {
        for (port, sec) in ports {
            for p in prefix {
                out.push(mk(proto, format!("{p}{d}"), *port, *sec));
            }
        }
    }
    finish(out)
}

/// Known settings first, then guesses to fill what is not documented, bounded.
pub fn with_guesses(known: Vec<Candidate>, account: &Account) -> Vec<Candidate> {
    if fully_documented(&known) {
        return finish(known);
    }
    let mut all = known;
    all.extend(guesses(account));
    finish(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acct(a: &str) -> Account {
        let (l, d) = a.split_once('@').unwrap();
        Account {
            address: a.into(),
            local_part: l.into(),
            domain: d.into(),
            domain_unicode: d.into(),
        }
    }

    #[test]
    fn guesses_cover_hosts_and_ports_in_order() {
        let g = guesses(&acct("taro@example.jp"));
        assert_eq!(g.len(), 21);
        assert!(g.len() <= MAX_CANDIDATES);
        assert_eq!(
            (g[0].protocol, g[0].host.as_str(), g[0].port),
            (Protocol::Imap, "imap.example.jp", 993)
        );
        assert_eq!(g[0].usernames, vec!["taro@example.jp", "taro"]);
        for host in [
            "imap.example.jp",
            "pop.example.jp",
            "mail.example.jp",
            "smtp.example.jp",
            "example.jp",
        ] {
            assert!(g.iter().any(|c| c.host == host), "{host}");
        }
        let smtp: Vec<u16> = g
            .iter()
            .filter(|c| c.protocol == Protocol::Smtp)
            .map(|c| c.port)
            .collect();
        assert_eq!(&smtp[..3], &[465, 465, 465]);
        assert_eq!(*smtp.last().unwrap(), 25);
        assert!(g
            .iter()
            .all(|c| !c.documented && c.source == SettingsSource::Guess));
        // IMAP before POP before SMTP.
        let protos: Vec<u8> = g.iter().map(|c| rank(c).0).collect();
        assert!(protos.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn a_config_with_only_port25_also_tries_the_submission_ports() {
        let p25 = Candidate {
            protocol: Protocol::Smtp,
            host: "mail.example.jp".into(),
            port: 25,
            security: Security::Starttls,
            usernames: vec!["taro@example.jp".into()],
            authentication: Authentication::PasswordCleartext,
            source: SettingsSource::Config,
            documented: true,
        };
        let extra = submission_ports_for_port25(std::slice::from_ref(&p25));
        let ports: Vec<(u16, Security)> = extra.iter().map(|c| (c.port, c.security)).collect();
        assert_eq!(ports, vec![(465, Security::Tls), (587, Security::Starttls)]);
        assert!(extra.iter().all(|c| c.host == "mail.example.jp"
            && c.source == SettingsSource::Guess
            && !c.documented));
        // A host that already has a submission port gets nothing more.
        let mut p587 = p25.clone();
        p587.port = 587;
        assert!(submission_ports_for_port25(&[p25, p587]).is_empty());
    }

    #[test]
    fn bounded_and_deduplicated() {
        let a = acct("taro@example.jp");
        let mut twice = guesses(&a);
        twice.extend(guesses(&a));
        twice.extend(guesses(&acct("taro@other.jp")));
        let f = finish(twice);
        assert!(f.len() <= MAX_CANDIDATES);
        assert!(f.iter().any(|c| c.protocol == Protocol::Smtp));
        assert!(f.iter().any(|c| c.protocol == Protocol::Pop3));
    }

    #[test]
    fn cvk_is_documented_so_no_guesses() {
        let p = crate::provider::find("cvk.ne.jp").unwrap();
        let a = acct("kyosai@cvk.ne.jp");
        let c = with_guesses(from_provider(p, &a, None, SettingsSource::Bundled), &a);
        assert!(c.iter().all(|c| c.host == "mail.cvk.ne.jp" && c.documented));
        assert_eq!((c[0].protocol, c[0].port), (Protocol::Imap, 993));
    }

    #[test]
    fn unverified_provider_values_come_with_guesses() {
        let p = crate::provider::find("aa2.so-net.ne.jp").unwrap();
        let a = acct("taro@aa2.so-net.ne.jp");
        let c = with_guesses(from_provider(p, &a, None, SettingsSource::Bundled), &a);
        assert!(c.len() <= MAX_CANDIDATES);
        assert!(c
            .iter()
            .any(|c| c.host == "pop.so-net.ne.jp" && c.source == SettingsSource::Bundled));
        assert!(c.iter().any(|c| c.source == SettingsSource::Guess));
    }

    #[test]
    fn mx_host_fills_placeholder() {
        let p = crate::provider::by_id("xserver").unwrap();
        let a = acct("info@example.co.jp");
        assert!(from_provider(p, &a, None, SettingsSource::Mx).is_empty());
        let c = from_provider(p, &a, Some("sv1234.xserver.jp."), SettingsSource::Mx);
        assert!(!c.is_empty() && c.iter().all(|c| c.host == "sv1234.xserver.jp"));
    }

    #[test]
    fn account_id_has_no_username_guess() {
        let p = crate::provider::find("asahi-net.or.jp").unwrap();
        let a = acct("taro@asahi-net.or.jp");
        let c = from_provider(p, &a, None, SettingsSource::Bundled);
        assert!(c.iter().all(|c| c.usernames.is_empty()));
    }
}
