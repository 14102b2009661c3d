//! Text output of the CLI: progress lines on stderr, the report on stdout.

use std::io::Write;
use std::sync::Mutex;
use tsunagu::model::{Event, Lang, Outcome, Report};

pub struct Progress {
    lang: Lang,
    names: Mutex<Vec<String>>,
}

impl Progress {
    pub fn new(lang: Lang, _tty: bool) -> Self {
        Progress {
            lang,
            names: Mutex::new(Vec::new()),
        }
    }

    pub fn event(&self, ev: &Event) {
        let _ = self.lang;
        let mut err = std::io::stderr().lock();
        let mut names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        match ev {
            Event::Planned { candidates } => {
                *names = candidates
                    .iter()
                    .map(|c| {
                        format!(
                            "{} {}:{} {}",
                            c.protocol.as_str(),
                            c.host,
                            c.port,
                            c.security.as_str()
                        )
                    })
                    .collect();
                let _ = writeln!(err, "… {} candidates", names.len());
            }
            Event::ProbeStarted { .. } => {}
            Event::StepFinished { index, step } => {
                let name = names.get(*index).cloned().unwrap_or_default();
                let mark = if step.ok { "ok" } else { "NG" };
                let _ = writeln!(
                    err,
                    "  [{name}] {} {mark} {} ms {}",
                    step.step.as_str(),
                    step.ms,
                    step.detail
                );
            }
            Event::ProbeFinished { index, probe } => {
                let name = names.get(*index).cloned().unwrap_or_default();
                let what = match (&probe.outcome, &probe.failure) {
                    (Outcome::Ok, _) => "OK".to_string(),
                    (_, Some(f)) => f.kind.as_str().to_string(),
                    (o, None) => format!("{o:?}").to_lowercase(),
                };
                let _ = writeln!(err, "= [{name}] {what} ({} ms)", probe.ms);
            }
            Event::Finished { ms } => {
                let _ = writeln!(err, "… done in {ms} ms");
            }
        }
    }
}

pub fn report_text(r: &Report, lang: Lang) -> String {
    let _ = lang;
    let mut s = String::new();
    s.push_str(&format!("{}\n", r.address));
    for f in &r.findings {
        s.push_str(&format!("[{:?}] {}\n  {}\n", f.severity, f.title, f.detail));
        for (i, a) in f.actions.iter().enumerate() {
            s.push_str(&format!("  {}. {a}\n", i + 1));
        }
    }
    s
}
