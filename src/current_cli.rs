//! `tsunagu current` and `diagnose --compare-current`: the mail apps' settings on this
//! computer (read-only, never a password), and how they differ from the verified ones.

use crate::{lang_of, CommonArgs};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use tsunagu::compare;
use tsunagu::current::{self, App, FoundAccount, Scan, ScanOptions};
use tsunagu::guide::{self, ClientId, GuideInput};
use tsunagu::model::{Lang, Report};

#[derive(clap::Args, Clone)]
pub(crate) struct CurrentArgs {
    /// Read only this Thunderbird profile folder (or its prefs.js) instead of searching.
    #[arg(long)]
    thunderbird_profile: Option<PathBuf>,
    #[command(flatten)]
    common: CommonArgs,
}

/// What `diagnose` needs to compare with the apps on this computer.
#[derive(clap::Args, Clone, Default)]
pub(crate) struct CompareCurrentArgs {
    /// Compare the verified settings with the mail apps' settings on this computer.
    #[arg(long)]
    compare_current: bool,
    /// With --compare-current: read only this Thunderbird profile folder (or its prefs.js).
    #[arg(long, requires = "compare_current")]
    thunderbird_profile: Option<PathBuf>,
}

impl CompareCurrentArgs {
    pub(crate) fn wanted(&self) -> bool {
        self.compare_current
    }
}

fn scan_with(profile: &Option<PathBuf>) -> Scan {
    current::scan(&ScanOptions {
        thunderbird_profile: profile.clone(),
        ..Default::default()
    })
}

pub(crate) fn run(a: CurrentArgs) -> ExitCode {
    let lang = lang_of(&a.common);
    let s = scan_with(&a.thunderbird_profile);
    let text = if a.common.json {
        current::scan_json(&s) + "\n"
    } else {
        current::scan_text(&s, lang)
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    // A profile that was asked for and could not be read is an input error.
    if a.thunderbird_profile.is_some() && !s.problems.is_empty() && s.accounts.is_empty() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

/// One account found for the address, and its differences from the verified settings.
#[derive(serde::Serialize)]
pub(crate) struct AccountComparison {
    #[serde(flatten)]
    pub account: FoundAccount,
    pub differences: Vec<compare::Difference>,
}

/// The `compare_current` object added to `diagnose --json` (additive; schema 1).
#[derive(serde::Serialize)]
pub(crate) struct CompareCurrent {
    pub accounts: Vec<AccountComparison>,
    pub problems: Vec<current::ReadProblem>,
}

fn client_of(app: App) -> ClientId {
    match app {
        App::Thunderbird => ClientId::Thunderbird,
        App::Outlook => ClientId::OutlookClassic,
    }
}

pub(crate) fn compare_current(report: &Report, a: &CompareCurrentArgs) -> CompareCurrent {
    let s = scan_with(&a.thunderbird_profile);
    let input = GuideInput::from_report(report);
    let accounts = s
        .for_address(&report.address)
        .into_iter()
        .map(|acct| {
            let client = client_of(acct.app);
            let rec = guide::effective_settings(client, &input);
            AccountComparison {
                account: acct.clone(),
                differences: compare::compare(
                    &acct.to_current(),
                    &rec,
                    input.keep_days(),
                    Some(client),
                ),
            }
        })
        .collect();
    CompareCurrent {
        accounts,
        problems: s.problems,
    }
}

pub(crate) fn render_text(c: &CompareCurrent, address: &str, lang: Lang) -> String {
    let mut out = format!("\n{}\n", tsunagu::tr!(lang, "cli-current-heading"));
    if c.accounts.is_empty() {
        out.push_str(&tsunagu::tr!(
            lang,
            "cli-current-no-account",
            address = address
        ));
        out.push('\n');
    }
    for a in &c.accounts {
        out.push_str(&format!(
            "{} ({}, {})\n",
            a.account.app.name(),
            a.account.profile,
            a.account.source
        ));
        if a.differences.is_empty() {
            out.push_str(&tsunagu::tr!(lang, "cli-current-same"));
            out.push('\n');
        } else {
            out.push_str(&compare::render_text(&a.differences, lang));
        }
    }
    for p in &c.problems {
        out.push_str(&format!("! {} {}: {}\n", p.app.name(), p.source, p.message));
    }
    out
}
