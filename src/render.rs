//! Text output of the CLI: progress lines on stderr, the report on stdout.
//! The lines come from `tsunagu::text`; their words from the message catalogue (`locales/`).

use std::io::Write;
use std::sync::Mutex;
use tsunagu::model::{Event, Lang};
use tsunagu::text;

pub struct Progress {
    lang: Lang,
    names: Mutex<Vec<String>>,
}

impl Progress {
    pub fn new(lang: Lang) -> Self {
        Progress {
            lang,
            names: Mutex::new(Vec::new()),
        }
    }

    pub fn event(&self, ev: &Event) {
        let mut names = self.names.lock().unwrap_or_else(|e| e.into_inner());
        if let Event::Planned { candidates } = ev {
            *names = candidates
                .iter()
                .map(|c| text::candidate_name(c, self.lang))
                .collect();
        }
        if let Some(line) = text::progress_line(ev, &names, self.lang) {
            let _ = writeln!(std::io::stderr().lock(), "{line}");
        }
    }
}
