//! Files to hand over: an Apple configuration profile (`.mobileconfig`) and the support report
//! (Markdown or a self-contained HTML page). Pure: they return text; the caller writes it.
//! Neither ever contains the password.

pub mod mobileconfig;
pub mod report;

use crate::guide::LangText;

/// Why an export cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError {
    pub message: LangText,
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message.en)
    }
}
impl std::error::Error for ExportError {}

/// Replaces every occurrence of each secret (e.g. the password typed for this run) with `***`:
/// a last guard in case a server echoed it back into a message that ended up in the report.
pub fn scrub(mut text: String, secrets: &[&str]) -> String {
    for s in secrets {
        if !s.is_empty() && text.contains(s) {
            text = text.replace(s, "***");
        }
    }
    text
}
