//! The older login methods (issue 15): APOP and "POP before SMTP". Which probes show them,
//! the two findings' words, and what the recommendation becomes. Pure.

use crate::model::{
    Authentication, Outcome, Probe, Protocol, Recommended, ServerSettings, StepName,
};

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
    }
}
