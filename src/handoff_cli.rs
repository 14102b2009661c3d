//! `tsunagu handoff`: serve one report's settings to a phone on the same network (issue 14).
//! The first line on stdout is the URL alone (scripts read it), then the QR code drawn with
//! block characters; it serves until the time is up or Ctrl-C.

use super::guides_cli::SourceArgs;
use super::{lang_of, runtime, CommonArgs};
use clap::Args;
use std::io::Write;
use std::net::IpAddr;
use std::process::ExitCode;
use std::time::Duration;
use tsunagu::handoff::{self, HandoffOptions, PhoneClient, StopReason};

fn parse_client(s: &str) -> Result<PhoneClient, String> {
    PhoneClient::parse(s)
        .ok_or_else(|| format!("unknown client '{s}' (one of: iphone, android-gmail)"))
}

fn parse_minutes(s: &str) -> Result<u64, String> {
    s.parse::<u64>()
        .ok()
        .filter(|m| (1..=60).contains(m))
        .ok_or_else(|| format!("--minutes: '{s}' is not a whole number of minutes from 1 to 60"))
}

#[derive(Args, Clone)]
pub struct HandoffArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// The phone's mail app (default: from the phone's browser).
    #[arg(long, value_parser = parse_client)]
    client: Option<PhoneClient>,
    /// Listen on this address (default: this computer's LAN address).
    #[arg(long)]
    bind: Option<IpAddr>,
    /// Stop after this many minutes (1-60).
    #[arg(long, default_value = "10", value_parser = parse_minutes)]
    minutes: u64,
    /// Stop after this many seconds instead (tests).
    #[arg(long, hide = true)]
    seconds: Option<u64>,
    /// Language of the messages and of the page when the phone asks for neither ja nor en.
    #[arg(long, value_enum)]
    lang: Option<super::LangArg>,
}

pub fn handoff(a: HandoffArgs) -> ExitCode {
    let lang = lang_of(&CommonArgs {
        lang: a.lang,
        json: false,
    });
    let (report, _password) = match super::guides_cli::obtain_report(&a.source, lang) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let Some(rt) = runtime() else {
        return ExitCode::from(3);
    };
    let lifetime = Duration::from_secs(a.seconds.unwrap_or(a.minutes * 60).clamp(1, 3600));
    let opts = HandoffOptions {
        bind: a.bind,
        lifetime,
        client: a.client,
        lang,
        ..Default::default()
    };
    rt.block_on(async move {
        let h = match handoff::start(&report, opts).await {
            Ok(h) => h,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "tsunagu: {}", e.message.get(lang));
                return ExitCode::from(1);
            }
        };
        {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{}", h.url());
            let _ = write!(out, "{}", h.qr_terminal());
            let _ = writeln!(out, "{}", h.url());
            let _ = out.flush();
        }
        let mins = lifetime.as_secs().div_ceil(60);
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            tsunagu::tr!(lang, "cli-handoff-scan", minutes = mins)
        );
        let why = tokio::select! {
            r = h.closed() => r,
            _ = tokio::signal::ctrl_c() => {
                h.stop();
                h.closed().await
            }
        };
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            tsunagu::tr!(
                lang,
                "cli-handoff-stopped",
                why = match why {
                    StopReason::Expired => "expired",
                    StopReason::RequestCap => "request-cap",
                    StopReason::Stopped => "stopped",
                }
            )
        );
        ExitCode::SUCCESS
    })
}
