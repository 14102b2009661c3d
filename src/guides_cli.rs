//! `tsunagu guide` and `tsunagu export mobileconfig|report` (issue 4). Thin: every decision is
//! in the library (`guide`, `compare`, `situation`, `export`); this file reads arguments and
//! files and prints.

use super::{lang_of, usage_error, CommonArgs};
use clap::Args;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tsunagu::compare::{self, CurrentSettings};
use tsunagu::export::{self, mobileconfig, report};
use tsunagu::guide::{self, ClientId, GuideInput};
use tsunagu::model::{Lang, Report};
use tsunagu::secret::Password;
use tsunagu::situation::{self, SituationContext};

/// Where the settings come from: a saved report, or a fresh check of an address.
#[derive(Args, Clone)]
pub struct SourceArgs {
    /// The e-mail address (leave out when using --from).
    address: Option<String>,
    /// A report saved with `tsunagu diagnose --json`.
    #[arg(long, conflicts_with = "address")]
    from: Option<PathBuf>,
    #[command(flatten)]
    check: super::CheckArgs,
}

fn parse_client(s: &str) -> Result<ClientId, String> {
    ClientId::parse(s).ok_or_else(|| {
        let all: Vec<&str> = ClientId::ALL.iter().map(|c| c.as_str()).collect();
        format!("unknown client '{s}' (one of: {})", all.join(", "))
    })
}

#[derive(Args, Clone)]
pub struct GuideArgs {
    /// The mail app: outlook-new, outlook-classic, windows-mail, mac-mail, iphone,
    /// android-gmail, gmail-web, thunderbird.
    #[arg(long, value_parser = parse_client)]
    client: ClientId,
    /// A JSON file with what the app shows now (fields of `CurrentSettings`); the differences
    /// are listed first.
    #[arg(long)]
    current: Option<PathBuf>,
    #[command(flatten)]
    source: SourceArgs,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum TargetArg {
    Any,
    Iphone,
    Mac,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Md,
    Html,
}

#[derive(Args, Clone)]
pub struct MobileconfigArgs {
    /// Which devices may install it.
    #[arg(long, value_enum, default_value = "iphone")]
    target: TargetArg,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    out: Option<PathBuf>,
    #[command(flatten)]
    source: SourceArgs,
    /// Language of messages (default: Japanese when the locale is Japanese).
    #[arg(long, value_enum)]
    lang: Option<super::LangArg>,
}

#[derive(Args, Clone)]
pub struct ReportArgs {
    #[arg(long, value_enum, default_value = "md")]
    format: FormatArg,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    out: Option<PathBuf>,
    #[command(flatten)]
    source: SourceArgs,
    /// Language of the report (default: Japanese when the locale is Japanese).
    #[arg(long, value_enum)]
    lang: Option<super::LangArg>,
}

fn lang_opt(l: Option<super::LangArg>) -> Lang {
    lang_of(&CommonArgs {
        lang: l,
        json: false,
    })
}

/// Reads a JSON file of at most 16 MiB.
fn read_json_file<T: serde::de::DeserializeOwned>(path: &PathBuf, lang: Lang) -> Result<T, String> {
    let p = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|e| {
        tsunagu::tr!(
            lang,
            "cli-error-cannot-open",
            path = p.as_str(),
            why = e.to_string()
        )
    })?;
    let mut buf = Vec::new();
    f.take(16 * 1024 * 1024 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| {
            tsunagu::tr!(
                lang,
                "cli-error-cannot-read",
                path = p.as_str(),
                why = e.to_string()
            )
        })?;
    if buf.len() > 16 * 1024 * 1024 {
        return Err(tsunagu::tr!(lang, "cli-error-too-large", path = p.as_str()));
    }
    serde_json::from_slice(&buf).map_err(|e| {
        tsunagu::tr!(
            lang,
            "cli-error-not-json",
            path = p.as_str(),
            why = e.to_string()
        )
    })
}

/// The report to work from, and the password typed for a live check (to scrub outputs).
pub(crate) fn obtain_report(
    src: &SourceArgs,
    lang: Lang,
) -> Result<(Report, Option<Password>), ExitCode> {
    if let Some(path) = &src.from {
        // A saved report holds its facts: its words are made again in the language asked.
        return read_json_file::<Report>(path, lang)
            .map(|r| (tsunagu::relang::report(&r, lang), None))
            .map_err(|e| usage_error(&e));
    }
    let Some(address) = src.address.clone() else {
        return Err(usage_error(&tsunagu::tr!(lang, "cli-error-need-address")));
    };
    super::check(address, &src.check, false, lang)
}

fn scrubbed(text: String, password: &Option<Password>) -> String {
    match password {
        Some(p) => export::scrub(text, &[p.expose()]),
        None => text,
    }
}

fn emit(text: &str, out: &Option<PathBuf>, lang: Lang) -> ExitCode {
    match out {
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => usage_error(&tsunagu::tr!(
                lang,
                "cli-error-cannot-write",
                path = path.display().to_string(),
                why = e.to_string()
            )),
        },
        None => {
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
    }
}

#[derive(serde::Serialize)]
struct GuideOutput<'a> {
    guide: &'a guide::Guide,
    differences: Vec<compare::Difference>,
    steps: Vec<situation::Step>,
}

pub fn guide(a: GuideArgs) -> ExitCode {
    let lang = lang_of(&a.common);
    let current: Option<CurrentSettings> = match &a.current {
        Some(p) => match read_json_file(p, lang) {
            Ok(c) => Some(c),
            Err(e) => return usage_error(&e),
        },
        None => None,
    };
    let (report, password) = match obtain_report(&a.source, lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let input = GuideInput::from_report(&report);
    let g = match guide::build(a.client, &input) {
        Ok(g) => g,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "tsunagu: {}", e.message.get(lang));
            return ExitCode::from(1);
        }
    };
    let differences = current
        .map(|c| {
            let rec = guide::effective_settings(a.client, &input);
            compare::compare(&c, &rec, input.keep_days(), Some(a.client))
        })
        .unwrap_or_default();
    // Gmail on the web is the Gmail situation unless another one was asked for.
    let sit = match (a.client, report.situation) {
        (ClientId::GmailWeb, tsunagu::model::Situation::NewDevice) => {
            tsunagu::model::Situation::Gmail
        }
        (_, s) => s,
    };
    let steps = situation::steps(sit, &SituationContext::from_report(&report));
    let text = if a.common.json {
        let out = GuideOutput {
            guide: &g,
            differences,
            steps,
        };
        match serde_json::to_string_pretty(&out) {
            Ok(s) => s + "\n",
            Err(e) => return usage_error(&e.to_string()),
        }
    } else {
        let mut s = String::new();
        if !differences.is_empty() {
            s.push_str(&tsunagu::tr!(lang, "cli-guide-differences"));
            s.push('\n');
            s.push_str(&compare::render_text(&differences, lang));
            s.push('\n');
        }
        s.push_str(&guide::render_text(&g, lang));
        s.push_str(&tsunagu::tr!(lang, "cli-guide-also-check"));
        s.push('\n');
        s.push_str(&situation::render_text(&steps, lang));
        s
    };
    emit(&scrubbed(text, &password), &None, lang)
}

pub fn mobileconfig(a: MobileconfigArgs) -> ExitCode {
    {
        {
            let lang = lang_opt(a.lang);
            let (report, password) = match obtain_report(&a.source, lang) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let target = match a.target {
                TargetArg::Any => mobileconfig::TargetDevice::Any,
                TargetArg::Iphone => mobileconfig::TargetDevice::IphoneIpad,
                TargetArg::Mac => mobileconfig::TargetDevice::Mac,
            };
            let input = GuideInput::from_report(&report);
            match mobileconfig::build(&input, &mobileconfig::MobileconfigOptions { target }) {
                Ok(xml) => emit(&scrubbed(xml, &password), &a.out, lang),
                Err(e) => {
                    let _ = writeln!(std::io::stderr(), "tsunagu: {}", e.message.get(lang));
                    ExitCode::from(1)
                }
            }
        }
    }
}

pub fn report(a: ReportArgs) -> ExitCode {
    {
        {
            let lang = lang_opt(a.lang);
            let (report, password) = match obtain_report(&a.source, lang) {
                Ok(x) => x,
                Err(code) => return code,
            };
            let text = match a.format {
                FormatArg::Md => report::markdown(&report, lang),
                FormatArg::Html => report::html(&report, lang),
            };
            emit(&scrubbed(text, &password), &a.out, lang)
        }
    }
}
