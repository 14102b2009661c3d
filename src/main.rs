//! The `tsunagu` command line: the same engine calls the desktop wizard makes.

use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tsunagu::engine::{self, EngineError, Options, Request};
use tsunagu::model::{Event, Lang, Situation};
use tsunagu::secret::Password;

mod help_ja;
mod render;

// ---- guides work (issue 4): `guide` and `export mobileconfig|report` ----
mod guides_cli;
// ---- current settings (issue 15): `current` and `diagnose --compare-current` ----
mod current_cli;
// ---- hand-off to the phone (issue 14) ----
mod handoff_cli;

#[derive(Parser)]
#[command(
    name = "tsunagu",
    version,
    about = "Find, verify and explain e-mail settings"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SituationArg {
    NewDevice,
    CantReceive,
    CantSend,
    Gmail,
}

impl From<SituationArg> for Situation {
    fn from(s: SituationArg) -> Self {
        match s {
            SituationArg::NewDevice => Situation::NewDevice,
            SituationArg::CantReceive => Situation::CantReceive,
            SituationArg::CantSend => Situation::CantSend,
            SituationArg::Gmail => Situation::Gmail,
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LangArg {
    Ja,
    En,
}

#[derive(clap::Args, Clone)]
pub(crate) struct CommonArgs {
    /// Language of the output (default: Japanese when the locale is Japanese).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Print one JSON object on stdout (progress stays on stderr).
    #[arg(long)]
    json: bool,
}

/// How to check an address live (shared by `diagnose`, `guide` and `export`).
#[derive(clap::Args, Clone)]
pub(crate) struct CheckArgs {
    #[arg(long, value_enum, default_value = "new-device")]
    situation: SituationArg,
    /// Read the mail password from the first line of standard input.
    #[arg(long)]
    password_stdin: bool,
    /// Log in with this username instead of the address.
    #[arg(long)]
    username: Option<String>,
    /// A Thunderbird autoconfig (clientConfig 1.1) XML file with the settings to check.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Extra trusted root certificate(s), PEM.
    #[arg(long)]
    ca_file: Option<PathBuf>,
    /// Use bundled data only; connect to nothing (the values are then not verified).
    #[arg(long)]
    offline: bool,
    /// Overall deadline in seconds.
    #[arg(long, default_value_t = 20)]
    timeout: u64,
    /// Allow sending the password over a connection without TLS.
    #[arg(long)]
    allow_plaintext: bool,
    /// Ask this DNS server (IP:PORT) instead of the system resolver.
    #[arg(long, hide = true)]
    dns_server: Option<SocketAddr>,
}

#[derive(clap::Args, Clone)]
struct DiagnoseArgs {
    /// The e-mail address to check.
    address: String,
    #[command(flatten)]
    check: CheckArgs,
    /// Send one short test message to the address itself and look for it in the mailbox.
    #[arg(long)]
    send_test: bool,
    #[command(flatten)]
    current: current_cli::CompareCurrentArgs,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Verify an address against the live IMAP, POP3 and SMTP servers.
    Diagnose(DiagnoseArgs),
    /// List the bundled providers and the status of their values.
    Providers(ProvidersArgs),
    /// Show the provider, candidate settings and discovery sources for an address (no login).
    Lookup(LookupArgs),
    /// Export settings in another format.
    Export(ExportArgs),
    // ---- guides work (issue 4) ----
    /// Field-by-field setup steps for one mail app.
    Guide(guides_cli::GuideArgs),
    // ---- end guides work ----
    /// The mail apps' settings on this computer (Thunderbird, classic Outlook). Read-only;
    /// stored passwords are never read.
    Current(current_cli::CurrentArgs),
    /// Show a QR code that gives a phone on the same network its settings (iPhone profile,
    /// values to copy). The first line on stdout is the URL.
    Handoff(handoff_cli::HandoffArgs),
}

#[derive(clap::Args, Clone)]
struct ProvidersArgs {
    #[command(subcommand)]
    action: Option<ProvidersAction>,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Subcommand, Clone)]
enum ProvidersAction {
    /// Maintainers: probe every bundled server without credentials (capabilities and
    /// certificates only) and report drift. Needs the internet.
    Check {
        #[arg(long, default_value_t = 30)]
        timeout: u64,
        #[arg(long)]
        ca_file: Option<PathBuf>,
        /// Only this provider id.
        #[arg(long)]
        only: Option<String>,
        #[arg(long, hide = true)]
        dns_server: Option<SocketAddr>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(clap::Args, Clone)]
struct LookupOpts {
    /// The e-mail address.
    address: String,
    /// Use bundled data only; connect to nothing.
    #[arg(long)]
    offline: bool,
    /// A Thunderbird autoconfig (clientConfig 1.1) XML file with the settings.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Extra trusted root certificate(s), PEM.
    #[arg(long)]
    ca_file: Option<PathBuf>,
    /// Deadline of discovery in seconds.
    #[arg(long, default_value_t = 8)]
    timeout: u64,
    #[arg(long, hide = true)]
    dns_server: Option<SocketAddr>,
}

#[derive(clap::Args, Clone)]
struct LookupArgs {
    #[command(flatten)]
    opts: LookupOpts,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(clap::Args, Clone)]
struct ExportArgs {
    #[command(subcommand)]
    what: ExportWhat,
}

#[derive(Subcommand, Clone)]
enum ExportWhat {
    /// A Thunderbird autoconfig (clientConfig 1.1) file for the address.
    Autoconfig(LookupOpts),
    // ---- guides work (issue 4) ----
    /// An Apple configuration profile (.mobileconfig) for iPhone, iPad or Mac (no password inside).
    Mobileconfig(guides_cli::MobileconfigArgs),
    /// A support report in Markdown or as one HTML page (never the password).
    Report(guides_cli::ReportArgs),
    // ---- end guides work ----
}

fn default_lang() -> Lang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if v.is_empty() {
                continue;
            }
            return if v.starts_with("ja") {
                Lang::Ja
            } else {
                Lang::En
            };
        }
    }
    // Windows sets none of these variables: its display language decides there.
    #[cfg(windows)]
    {
        // SAFETY: no arguments, no pointers; returns the user's UI language id.
        let id = unsafe { windows_sys::Win32::Globalization::GetUserDefaultUILanguage() };
        const LANG_JAPANESE: u16 = 0x11; // the primary language in the low 10 bits
        if id & 0x3ff == LANG_JAPANESE {
            return Lang::Ja;
        }
    }
    Lang::En
}

pub(crate) fn lang_of(a: &CommonArgs) -> Lang {
    match a.lang {
        Some(LangArg::Ja) => Lang::Ja,
        Some(LangArg::En) => Lang::En,
        None => default_lang(),
    }
}

/// Reads one line from stdin; only the line ending is removed (spaces are the user's).
fn read_password_stdin() -> std::io::Result<Password> {
    let mut buf = Vec::new();
    std::io::stdin().take(64 * 1024).read_to_end(&mut buf)?;
    let s = String::from_utf8_lossy(&buf);
    let line = s.split('\n').next().unwrap_or("");
    let line = line.strip_suffix('\r').unwrap_or(line);
    let p = Password::new(line);
    zeroize::Zeroize::zeroize(&mut buf);
    Ok(p)
}

fn usage_error(msg: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "tsunagu: {msg}");
    ExitCode::from(2)
}

/// Runs the engine for `address` as `c` says, with progress on stderr.
/// Returns the report and the password that was typed (callers scrub outputs with it),
/// or the exit code of a usage or internal error (already explained on stderr).
pub(crate) fn check(
    address: String,
    c: &CheckArgs,
    send_test: bool,
    lang: Lang,
) -> Result<(tsunagu::model::Report, Option<Password>), ExitCode> {
    let password = if c.password_stdin {
        match read_password_stdin() {
            Ok(p) => Some(p),
            Err(e) => {
                return Err(usage_error(&tsunagu::tr!(
                    lang,
                    "cli-error-password-stdin",
                    why = e.to_string()
                )))
            }
        }
    } else {
        None
    };
    let req = Request {
        address,
        password: password.clone(),
        username: c.username.clone(),
        situation: c.situation.into(),
    };
    let opts = Options {
        lang,
        offline: c.offline,
        timeout: Duration::from_secs(c.timeout.clamp(1, 600)),
        config_file: c.config.clone(),
        ca_file: c.ca_file.clone(),
        allow_plaintext: c.allow_plaintext,
        send_test,
        dns_server: c.dns_server,
    };
    let progress = render::Progress::new(lang);
    let sink: tsunagu::probe::EventSink = Arc::new(move |ev: Event| progress.event(&ev));
    let Some(rt) = runtime() else {
        return Err(ExitCode::from(3));
    };
    let result = rt.block_on(engine::run(req, &opts, sink));
    // Without waiting for what the report no longer needs: a name look-up still blocked in
    // the operating system's resolver (DNS down), or probes abandoned for a network problem.
    rt.shutdown_background();
    match result {
        Ok(report) => Ok((report, password)),
        Err(EngineError::Input(e)) => Err(usage_error(&e.message)),
        Err(e) => Err(usage_error(&e.to_string())),
    }
}

fn diagnose(a: DiagnoseArgs) -> ExitCode {
    let lang = lang_of(&a.common);
    let report = match check(a.address.clone(), &a.check, a.send_test, lang) {
        Ok((r, _)) => r,
        Err(code) => return code,
    };
    let current = a
        .current
        .wanted()
        .then(|| current_cli::compare_current(&report, &a.current));
    let mut out = std::io::stdout().lock();
    if a.common.json {
        // `compare_current` is an additive top-level member (schema 1).
        match (&current, serde_json::to_value(&report)) {
            (Some(c), Ok(serde_json::Value::Object(mut m))) => {
                m.insert(
                    "compare_current".into(),
                    serde_json::to_value(c).unwrap_or_default(),
                );
                let _ = serde_json::to_writer_pretty(&mut out, &m);
            }
            _ => {
                let _ = serde_json::to_writer_pretty(&mut out, &report);
            }
        }
        let _ = writeln!(out);
    } else {
        let _ = out.write_all(tsunagu::text::report_text(&report, lang).as_bytes());
        // What to check, in order, for the person's situation (beyond the findings).
        let ctx = tsunagu::situation::SituationContext::from_report(&report);
        let steps = tsunagu::situation::steps(report.situation, &ctx);
        if !steps.is_empty() {
            let _ = writeln!(
                out,
                "\n■ {}",
                tsunagu::text::situation_steps_heading(report.situation, lang)
            );
            let _ = out.write_all(tsunagu::situation::render_text(&steps, lang).as_bytes());
        }
        if let Some(c) = &current {
            let t = current_cli::render_text(c, &report.address, lang);
            let _ = out.write_all(t.as_bytes());
        }
    }
    ExitCode::from(engine::exit_code(&report) as u8)
}

fn runtime() -> Option<tokio::runtime::Runtime> {
    match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => Some(rt),
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "tsunagu: internal error: {e}");
            None
        }
    }
}

fn run_lookup(
    o: &LookupOpts,
    lang: Lang,
) -> Result<(tsunagu::input::Account, tsunagu::discover::Lookup), ExitCode> {
    let (account, _notes) =
        tsunagu::input::normalize_address(&o.address, lang).map_err(|e| usage_error(&e.message))?;
    let resolver = Arc::new(match o.dns_server {
        Some(a) => tsunagu::dns::Resolver::with_nameserver(a),
        None => tsunagu::dns::Resolver::system(),
    });
    let dopts = tsunagu::discover::DiscoverOptions {
        offline: o.offline,
        config_file: o.config.clone(),
        resolver,
        ca_file: o.ca_file.clone(),
        timeout: Duration::from_secs(o.timeout.clamp(1, 120)),
        ..Default::default()
    };
    let fut = tsunagu::discover::lookup(&account, &dopts);
    // Offline and --config need no network: no multi-thread runtime either (keeps it fast).
    let res = if o.offline || o.config.is_some() {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|_| ExitCode::from(3))?
            .block_on(fut)
    } else {
        runtime().ok_or(ExitCode::from(3))?.block_on(fut)
    };
    match res {
        Ok(l) => Ok((account, l)),
        Err(e) => Err(usage_error(&e.message)),
    }
}

fn lookup(a: LookupArgs) -> ExitCode {
    let lang = lang_of(&a.common);
    let (account, l) = match run_lookup(&a.opts, lang) {
        Ok(v) => v,
        Err(code) => return code,
    };
    let text = if a.common.json {
        tsunagu::cli_lookup::lookup_json(&l, &account) + "\n"
    } else {
        tsunagu::cli_lookup::lookup_text(&l, &account, lang)
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}

fn export(a: ExportArgs) -> ExitCode {
    match a.what {
        ExportWhat::Autoconfig(o) => {
            let (account, l) = match run_lookup(&o, default_lang()) {
                Ok(v) => v,
                Err(code) => return code,
            };
            let xml = tsunagu::cli_lookup::export_autoconfig(&l, &account);
            let _ = std::io::stdout().lock().write_all(xml.as_bytes());
            ExitCode::SUCCESS
        }
        // guides work (issue 4)
        ExportWhat::Mobileconfig(m) => guides_cli::mobileconfig(m),
        ExportWhat::Report(r) => guides_cli::report(r),
    }
}

fn providers(a: ProvidersArgs) -> ExitCode {
    let lang = lang_of(&a.common);
    match a.action {
        None => {
            let text = if a.common.json {
                tsunagu::cli_lookup::providers_json() + "\n"
            } else {
                tsunagu::cli_lookup::providers_text(lang)
            };
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Some(ProvidersAction::Check {
            timeout,
            ca_file,
            only,
            dns_server,
            json,
        }) => {
            let Some(rt) = runtime() else {
                return ExitCode::from(3);
            };
            let popts = tsunagu::probe::ProbeOptions {
                deadline: Duration::from_secs(timeout.clamp(1, 600)),
                ca_file,
                resolver: Arc::new(match dns_server {
                    Some(a) => tsunagu::dns::Resolver::with_nameserver(a),
                    None => tsunagu::dns::Resolver::system(),
                }),
                ..Default::default()
            };
            let filter =
                |p: &tsunagu::provider::Provider| only.as_deref().is_none_or(|o| o == p.id);
            let rows = rt.block_on(tsunagu::cli_lookup::providers_check(&popts, Some(&filter)));
            let text = if json {
                serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n"
            } else {
                tsunagu::cli_lookup::check_text(&rows)
            };
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            if rows.iter().any(|r| r.drift) {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn main() -> ExitCode {
    // Read the local UTC offset while the process still has one thread (report times).
    tsunagu::wording::remember_local_offset();
    // A panic is a bug of ours: say so, exit 3. The message never holds a password
    // (passwords are only inside `Password`, whose Debug/Display print ***).
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(std::io::stderr(), "tsunagu: internal error: {info}");
        std::process::exit(3);
    }));
    // The help is in Japanese when the locale is (src/help_ja.rs).
    let cmd = <Cli as clap::CommandFactory>::command();
    let cmd = match default_lang() {
        Lang::Ja => help_ja::command(cmd),
        Lang::En => cmd,
    };
    let parsed = cmd
        .try_get_matches()
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Diagnose(a) => diagnose(a),
        Command::Providers(a) => providers(a),
        Command::Lookup(a) => lookup(a),
        Command::Export(a) => export(a),
        // guides work (issue 4)
        Command::Guide(a) => guides_cli::guide(a),
        Command::Current(a) => current_cli::run(a),
        // hand-off to the phone (issue 14)
        Command::Handoff(a) => handoff_cli::handoff(a),
    }
}
