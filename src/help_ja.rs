//! The command line's help in Japanese (when the locale is Japanese): clap builds the help
//! from the English doc comments, so the Japanese words replace them here, by subcommand name
//! and argument id, together with clap's own headings. An argument without Japanese words
//! keeps its English help (and `tests/ja_words.rs` shows it).

use clap::{Arg, ArgAction, Command};
use std::sync::OnceLock;
use tsunagu::model::Lang;

/// A Japanese text of the catalogue, or `None` when it has no words for this value (the
/// select's default is empty).
fn some(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Japanese `about` of the commands, by name.
fn about(name: &str) -> Option<String> {
    some(tsunagu::tr!(Lang::Ja, "cli-help-about", command = name))
}

/// Japanese help of the arguments, by id (the same words wherever the argument appears).
fn arg_help(id: &str) -> Option<String> {
    some(tsunagu::tr!(Lang::Ja, "cli-help-arg", arg = id))
}

/// An argument whose meaning depends on the command; otherwise the shared words.
fn arg_help_in(command: &str, id: &str) -> Option<String> {
    match (command, id) {
        ("handoff", "client") => Some(tsunagu::tr!(Lang::Ja, "cli-help-handoff-client")),
        ("handoff", "lang") => Some(tsunagu::tr!(Lang::Ja, "cli-help-handoff-lang")),
        _ => arg_help(id),
    }
}

/// clap's headings, which it keeps as `&'static str`: read from the catalogue once.
struct Headings {
    commands: String,
    arguments: String,
    options: String,
}

fn headings() -> &'static Headings {
    static H: OnceLock<Headings> = OnceLock::new();
    H.get_or_init(|| Headings {
        commands: tsunagu::tr!(Lang::Ja, "cli-help-heading-commands"),
        arguments: tsunagu::tr!(Lang::Ja, "cli-help-heading-arguments"),
        options: tsunagu::tr!(Lang::Ja, "cli-help-heading-options"),
    })
}

fn localize(cmd: Command) -> Command {
    let name = cmd.get_name().to_string();
    let mut cmd = cmd
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(arg_help("help").unwrap_or_default()),
        )
        .subcommand_help_heading(headings().commands.as_str())
        .help_template(format!(
            "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            tsunagu::tr!(Lang::Ja, "cli-help-usage")
        ));
    if let Some(a) = about(&name) {
        cmd = cmd.about(a).long_about(None);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            let h = headings();
            let heading = if a.is_positional() {
                h.arguments.as_str()
            } else {
                h.options.as_str()
            };
            let mut a = a.help_heading(heading);
            // The Japanese help names the defaults and choices itself.
            if a.get_action().takes_values() {
                a = a.hide_default_value(true).hide_possible_values(true);
            }
            match arg_help_in(&name, a.get_id().as_str()) {
                Some(h) => a.help(h).long_help(None),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(&s, localize);
    }
    cmd
}

/// The command with Japanese help.
pub fn command(base: Command) -> Command {
    let base = base.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(arg_help("version").unwrap_or_default()),
    );
    // clap's own `help` subcommand has English words only; `--help` works on every command.
    localize(base).disable_help_subcommand(true)
}
