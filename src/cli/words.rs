//! The command line's words in the current language: the help of `percorso` and of each
//! subcommand, clap's headings and flags, and the usage errors, all from the catalogs. Clap
//! keeps parsing; only what it says is replaced.

use std::io::Write;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use super::run::say;
use crate::t;

/// `command` (clap's, from the derive) with every word in the current language.
pub fn command(command: Command) -> Command {
    // Clap lists headings in the order their arguments were last changed: the positionals' help
    // comes first, so that "Arguments" comes before "Options".
    let helps = [
        plain("file", t!("cli-arg-file")),
        named("recover", t!("cli-arg-recover"), t!("cli-value-draft")),
    ];
    let command = args(command, &helps);
    let command = common(command)
        // `--lang` is global: clap copies it, with these words, into every subcommand.
        .mut_arg("lang", |arg| {
            arg.value_name(t!("cli-value-lang"))
                .help(t!("cli-flag-lang"))
                .help_heading(t!("cli-heading-options"))
                .hide_possible_values(true)
        })
        .about(t!("cli-about"))
        .after_help(t!("cli-after-help"))
        .override_usage(t!("cli-usage"))
        .subcommand_help_heading(t!("cli-heading-commands"))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-flag-version"))
                .help_heading(t!("cli-heading-options")),
        );
    subcommands()
        .into_iter()
        .fold(command, |command, (name, about, usage, helps)| {
            command.mut_subcommand(name, |sub| {
                common(args(sub, &helps)).about(about).override_usage(usage)
            })
        })
        .disable_help_subcommand(true)
}

/// Each subcommand: its name, what it does, its usage line, and its arguments' help.
fn subcommands() -> [(&'static str, String, String, Vec<Help>); 8] {
    [
        (
            "check",
            t!("cli-check-about"),
            t!("cli-check-usage"),
            vec![plain("files", t!("cli-check-files"))],
        ),
        (
            "fmt",
            t!("cli-fmt-about"),
            t!("cli-fmt-usage"),
            vec![
                plain("check", t!("cli-fmt-check")),
                plain("files", t!("cli-fmt-files")),
            ],
        ),
        (
            "export",
            t!("cli-export-about"),
            t!("cli-export-usage"),
            export_words(),
        ),
        (
            "import",
            t!("cli-import-about"),
            t!("cli-import-usage"),
            vec![
                plain("file", t!("cli-import-file")),
                named("out", t!("cli-import-out"), t!("cli-value-out-ron")),
                plain("force", t!("cli-import-force")),
            ],
        ),
        (
            "report",
            t!("cli-report-about"),
            t!("cli-report-usage"),
            vec![
                plain("file", t!("cli-report-file")),
                named("out", t!("cli-report-out"), t!("cli-value-out")),
            ],
        ),
        ("new", t!("cli-new-about"), t!("cli-new-usage"), new_words()),
        (
            "present",
            t!("cli-present-about"),
            t!("cli-present-usage"),
            vec![plain("file", t!("cli-present-file"))],
        ),
        (
            "help",
            t!("cli-help-about"),
            t!("cli-help-usage"),
            vec![named(
                "command",
                t!("cli-help-command"),
                t!("cli-value-command"),
            )],
        ),
    ]
}

/// The words of `percorso export`'s arguments.
fn export_words() -> Vec<Help> {
    vec![
        plain("file", t!("cli-export-file")),
        named("out", t!("cli-export-out"), t!("cli-value-out")),
        named("scale", t!("cli-export-scale"), t!("cli-value-scale")),
        plain("personas", t!("cli-export-persona")),
        named(
            "background",
            t!("cli-export-background"),
            t!("cli-value-background"),
        ),
        named(
            "renderer",
            t!("cli-export-renderer"),
            t!("cli-value-renderer"),
        ),
        named("format", t!("cli-export-format"), t!("cli-value-format")),
        named("page", t!("cli-export-page"), t!("cli-value-page")),
        named("table", t!("cli-export-table"), t!("cli-value-table")),
        named("lanes", t!("cli-export-lane"), t!("cli-value-kind")),
    ]
}

/// The words of `percorso new`'s arguments.
fn new_words() -> Vec<Help> {
    vec![
        named(
            "template",
            t!(
                "cli-new-template",
                names = crate::file::templates::names().join(", ")
            ),
            t!("cli-value-template"),
        ),
        plain("force", t!("cli-new-force")),
        plain("list", t!("cli-new-list")),
        plain("file", t!("cli-new-file")),
    ]
}

/// What every command shares: the help flag, the usage heading, and no clap wording left.
fn common(command: Command) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!("cli-usage-heading")
    );
    command.help_template(template).disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(t!("cli-flag-help"))
            .help_heading(t!("cli-heading-options")),
    )
}

/// An argument's words: its id, its help, and the name of its value where clap's would be
/// English.
type Help = (&'static str, String, Option<String>);

fn plain(id: &'static str, text: String) -> Help {
    (id, text, None)
}

fn named(id: &'static str, text: String, value: String) -> Help {
    (id, text, Some(value))
}

/// Gives each argument of `command` its help, under the heading for its kind; the default and
/// the possible values are in the help text itself, in words.
fn args(command: Command, helps: &[Help]) -> Command {
    let positional = |id: &str| {
        command
            .get_arguments()
            .any(|arg| arg.get_id() == id && arg.is_positional())
    };
    let (mut ordered, options): (Vec<_>, Vec<_>) =
        helps.iter().partition(|(id, ..)| positional(id));
    ordered.extend(options);
    ordered
        .into_iter()
        .fold(command, |command, (id, help, value)| {
            command.mut_arg(*id, |arg| {
                let arg = match value {
                    Some(value) => arg.value_name(value.clone()),
                    None => arg,
                };
                let heading = if arg.is_positional() {
                    t!("cli-heading-arguments")
                } else {
                    t!("cli-heading-options")
                };
                let takes_values = arg.get_action().takes_values();
                arg.help(help.clone())
                    .help_heading(heading)
                    .hide_default_value(takes_values)
                    .hide_possible_values(takes_values)
            })
        })
}

/// `percorso help [COMMAND]`: the help of `percorso` or of one command; 2 for no such command.
pub fn help(
    command: &mut Command,
    wanted: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let help = match wanted.map(|name| (name, command.find_subcommand_mut(name))) {
        None => command.render_help(),
        Some((_, Some(sub))) => sub.render_help(),
        Some((name, None)) => {
            let message = t!("cli-no-such-command", command = name);
            say(err, &t!("cli-error", message = message));
            return 2;
        }
    };
    let _ignored = write!(out, "{help}");
    0
}

/// Says what is wrong with the arguments, and how to get help; the exit code (2, or 0 for
/// `--help` and `--version`).
pub fn usage_error(
    command: &mut Command,
    error: &clap::Error,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ignored = write!(out, "{}", error.render());
            return 0;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ignored = write!(err, "{}", command.render_help());
            return 2;
        }
        _ => {}
    }
    say(err, &t!("cli-error", message = explain(error)));
    say(err, "");
    say(err, &t!("cli-try-help"));
    2
}

/// The error in words: which argument, which value, what would be right.
fn explain(error: &clap::Error) -> String {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(value)) => value.clone(),
        Some(ContextValue::Strings(values)) => values.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let (arg, value) = (
        text(ContextKind::InvalidArg),
        text(ContextKind::InvalidValue),
    );
    match error.kind() {
        ErrorKind::InvalidValue => t!(
            "cli-invalid-value",
            value = value,
            arg = arg,
            valid = text(ContextKind::ValidValue)
        ),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error).map(ToString::to_string);
            t!(
                "cli-value-refused",
                value = value,
                arg = arg,
                why = why.unwrap_or_default()
            )
        }
        ErrorKind::UnknownArgument => t!("cli-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            t!(
                "cli-unknown-command",
                command = text(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => t!("cli-missing-argument", args = arg),
        ErrorKind::ArgumentConflict => {
            t!(
                "cli-conflict",
                arg = arg,
                other = text(ContextKind::PriorArg)
            )
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!("cli-wrong-count", arg = arg)
        }
        _ => t!("cli-invalid-arguments"),
    }
}
