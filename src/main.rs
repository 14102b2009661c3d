//! The `tsunagu` command line: the same engine calls the desktop wizard makes.

use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tsunagu::engine::{self, EngineError, Options, Request};
use tsunagu::model::{Event, Lang, Situation};
use tsunagu::secret::Password;

mod render;

// ---- guides work (issue 4): `guide` and `export mobileconfig|report` ----
mod guides_cli;

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
struct CommonArgs {
    /// Language of the output (default: Japanese when the locale is Japanese).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Print one JSON object on stdout (progress stays on stderr).
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args, Clone)]
struct DiagnoseArgs {
    /// The e-mail address to check.
    address: String,
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
    /// Use bundled data only; connect to nothing.
    #[arg(long)]
    offline: bool,
    /// Overall deadline in seconds.
    #[arg(long, default_value_t = 20)]
    timeout: u64,
    /// Allow sending the password over a connection without TLS.
    #[arg(long)]
    allow_plaintext: bool,
    /// Send one short test message to the address itself and look for it in the mailbox.
    #[arg(long)]
    send_test: bool,
    /// Ask this DNS server (IP:PORT) instead of the system resolver.
    #[arg(long, hide = true)]
    dns_server: Option<SocketAddr>,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Verify an address against the live IMAP, POP3 and SMTP servers.
    Diagnose(DiagnoseArgs),
    // ---- guides work (issue 4) ----
    /// Field-by-field setup steps for one mail app.
    Guide(guides_cli::GuideArgs),
    /// Write a file: an Apple configuration profile or a support report.
    #[command(subcommand)]
    Export(guides_cli::Export),
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
    Lang::En
}

fn lang_of(a: &CommonArgs) -> Lang {
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

fn diagnose(a: DiagnoseArgs) -> ExitCode {
    let lang = lang_of(&a.common);
    let password = if a.password_stdin {
        match read_password_stdin() {
            Ok(p) => Some(p),
            Err(e) => return usage_error(&format!("cannot read the password from stdin: {e}")),
        }
    } else {
        None
    };
    let req = Request {
        address: a.address.clone(),
        password,
        username: a.username.clone(),
        situation: a.situation.into(),
    };
    let opts = Options {
        lang,
        offline: a.offline,
        timeout: Duration::from_secs(a.timeout.clamp(1, 600)),
        config_file: a.config.clone(),
        ca_file: a.ca_file.clone(),
        allow_plaintext: a.allow_plaintext,
        send_test: a.send_test,
        dns_server: a.dns_server,
    };
    let progress = render::Progress::new(lang, std::io::stderr().is_terminal());
    let sink: tsunagu::probe::EventSink = Arc::new(move |ev: Event| progress.event(&ev));
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "tsunagu: internal error: {e}");
            return ExitCode::from(3);
        }
    };
    match rt.block_on(engine::run(req, &opts, sink)) {
        Ok(report) => {
            let mut out = std::io::stdout().lock();
            if a.common.json {
                let _ = serde_json::to_writer_pretty(&mut out, &report);
                let _ = writeln!(out);
            } else {
                let _ = out.write_all(render::report_text(&report, lang).as_bytes());
            }
            ExitCode::from(engine::exit_code(&report) as u8)
        }
        Err(EngineError::Input(e)) => usage_error(&e.message),
        Err(e) => usage_error(&e.to_string()),
    }
}

fn main() -> ExitCode {
    // A panic is a bug of ours: say so, exit 3. The message never holds a password
    // (passwords are only inside `Password`, whose Debug/Display print ***).
    std::panic::set_hook(Box::new(|info| {
        let _ = writeln!(std::io::stderr(), "tsunagu: internal error: {info}");
        std::process::exit(3);
    }));
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Diagnose(a) => diagnose(a),
        // guides work (issue 4)
        Command::Guide(a) => guides_cli::guide(a),
        Command::Export(e) => guides_cli::export(e),
    }
}
