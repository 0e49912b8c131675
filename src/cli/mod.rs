//! The command line: `check`, `fmt`, `export` and `new`, and with no subcommand the editor.
//!
//! Each command writes its report to the `out` and `err` streams it is given and returns the
//! process's exit code: 0 when every file is fine, 1 when any is not; usage errors exit with 2.
//! Everything the command line says is in the interface language ([`crate::lang`]): `--lang`,
//! else `PERCORSO_LANG`, else the system's locale. The arguments are clap's derive ([`Cli`]);
//! their help and clap's own words are put in that language by [`words`].

mod run;
mod words;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::export::pages::PageSize;
use crate::export::table::Table;
use crate::export::{Format, ShareOptions};
use crate::file::templates;
use crate::lang::{self, Language};
use crate::model::LaneKind;
pub use run::{check, export, fmt, import, new};

/// Percorso: a designer for customer journey maps.
#[derive(Debug, Parser)]
#[command(name = "percorso", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Map to open in the editor (.ron, or a PNG exported by Percorso).
    file: Option<PathBuf>,
    /// Open the editor on this draft of unsaved changes.
    #[arg(long, value_name = "DRAFT")]
    recover: Option<PathBuf>,
    /// The language of the interface and of every message: it or en.
    #[arg(long, global = true, value_name = "LANG", value_parser = ["it", "en"])]
    lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check maps.
    Check {
        /// The maps to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Rewrite maps in canonical form.
    Fmt {
        /// Change nothing: list the files that are not canonical.
        #[arg(long)]
        check: bool,
        /// The .ron maps to format.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Export a map as a PNG, PDF or SVG that carries the map, or as Markdown, CSV or Mermaid.
    Export(ExportArgs),
    /// Import a Mermaid journey as a map.
    Import {
        /// The Mermaid journey (.mmd).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Where to write the map.
        #[arg(short, long, value_name = "OUT.ron")]
        out: Option<PathBuf>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print a map's insights as Markdown.
    Report {
        /// The map to read.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Write the report to this file instead of printing it.
        #[arg(short, long, value_name = "OUT")]
        out: Option<PathBuf>,
    },
    /// Write a new map from a built-in template.
    New {
        /// The template to start from.
        #[arg(long, short, default_value = "blank", value_parser = templates::names())]
        template: String,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
        /// List the templates.
        #[arg(long, conflicts_with_all = ["force", "file"])]
        list: bool,
        /// Where to write the new map.
        #[arg(required_unless_present = "list", value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Present a map full screen, stage by stage.
    Present {
        /// The map to present.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// The help of percorso or of one of its commands.
    Help {
        /// The command to explain.
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// The arguments of `percorso export`.
#[derive(Debug, clap::Args)]
struct ExportArgs {
    /// The map to export.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Where to write the export.
    #[arg(short, long, value_name = "OUT")]
    out: Option<PathBuf>,
    /// Pixels per map point, from 1 to 4.
    #[arg(long, default_value_t = 2.0, value_parser = parse_scale)]
    scale: f32,
    /// Only this persona, by id.
    #[arg(long = "persona", value_name = "ID")]
    personas: Vec<String>,
    /// The image's background.
    #[arg(long, value_enum, default_value_t = BackgroundArg::White)]
    background: BackgroundArg,
    /// What draws the image.
    #[arg(long, value_enum, default_value_t = RendererArg::Cpu)]
    renderer: RendererArg,
    /// The format [default: from OUT's extension, else png].
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    format: Option<Format>,
    /// The PDF's pages [default: fit].
    #[arg(long, value_name = "PAGE", value_parser = parse_page)]
    page: Option<PageSize>,
    /// The CSV's table [default: cards].
    #[arg(long, value_name = "TABLE", value_parser = parse_table)]
    table: Option<Table>,
    /// A lane kind whose cards become Mermaid tasks (repeat for several).
    #[arg(long = "lane", value_name = "KIND", value_parser = parse_lane_kind)]
    lanes: Vec<LaneKind>,
}

/// The `--background` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum BackgroundArg {
    /// White, for documents and print.
    White,
    /// Transparent, for slides with their own background.
    Transparent,
    /// The dark theme.
    Dark,
}

/// The `--renderer` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum RendererArg {
    /// On the CPU, no graphics driver needed.
    Cpu,
    /// On the graphics device.
    Gpu,
}

fn parse_format(text: &str) -> Result<Format, String> {
    Format::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
        crate::t!("cli-one-of", names = names.join(", "))
    })
}

fn parse_page(text: &str) -> Result<PageSize, String> {
    PageSize::from_name(&text.to_ascii_lowercase()).ok_or_else(|| {
        let names: Vec<&str> = PageSize::ALL.iter().map(|p| p.name()).collect();
        crate::t!("cli-one-of", names = names.join(", "))
    })
}

fn parse_table(text: &str) -> Result<Table, String> {
    Table::from_name(&text.to_ascii_lowercase()).ok_or_else(|| {
        let names: Vec<&str> = Table::ALL.iter().map(|t| t.name()).collect();
        crate::t!("cli-one-of", names = names.join(", "))
    })
}

/// A lane kind by its name in the format, in any case and without spaces ("painpoints").
fn parse_lane_kind(text: &str) -> Result<LaneKind, String> {
    let squashed = |name: &str| name.replace(' ', "").to_ascii_lowercase();
    LaneKind::ALL
        .into_iter()
        .find(|kind| squashed(kind.format_name()) == squashed(text))
        .ok_or_else(|| {
            let names: Vec<String> = LaneKind::ALL
                .iter()
                .map(|k| squashed(k.format_name()))
                .collect();
            crate::t!("cli-one-of", names = names.join(", "))
        })
}

fn parse_scale(text: &str) -> Result<f32, String> {
    let scale = lang::numbers::parse(text)
        .ok_or_else(|| crate::t!("cli-scale-not-a-number", text = text))?;
    if (1.0..=4.0).contains(&scale) {
        // Within 1 to 4: exact enough in f32.
        #[allow(clippy::cast_possible_truncation)]
        Ok(scale as f32)
    } else {
        Err(crate::t!("cli-scale-outside", scale = scale))
    }
}

/// The language the command line speaks for `args`: `--lang`, else `PERCORSO_LANG`, else the
/// system's locale. Read before the arguments are parsed, so that the help and the usage errors
/// speak it too.
fn language_of(args: &[OsString]) -> Language {
    let mut rest = args.iter().skip(1).filter_map(|a| a.to_str());
    let mut asked = None;
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        if let Some(code) = arg.strip_prefix("--lang=") {
            asked = Language::from_code(code);
        } else if arg == "--lang" {
            asked = rest.next().and_then(Language::from_code);
        }
    }
    asked
        .or_else(lang::from_environment)
        .unwrap_or_else(lang::from_system)
}

/// `args` with every `--lang` moved behind the command, where clap takes it: before a
/// subcommand it would count as an argument of the editor, which excludes commands. Nothing
/// after `--` is touched.
fn lang_after_command(args: &[OsString]) -> Vec<OsString> {
    let end = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let mut kept = Vec::with_capacity(args.len());
    let mut moved = Vec::new();
    let mut i = 0;
    while i < end {
        let arg = &args[i];
        if arg == "--lang" && i + 1 < end {
            moved.push(arg.clone());
            moved.push(args[i + 1].clone());
            i += 2;
            continue;
        }
        if arg.to_str().is_some_and(|a| a.starts_with("--lang=")) {
            moved.push(arg.clone());
        } else {
            kept.push(arg.clone());
        }
        i += 1;
    }
    kept.extend(moved);
    kept.extend(args[end..].iter().cloned());
    kept
}

/// Parses the process's arguments and runs the command.
#[must_use]
pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    lang::set(language_of(&args));
    let mut out_lock = std::io::stdout().lock();
    let mut err_lock = std::io::stderr().lock();
    let (out, err) = (&mut out_lock, &mut err_lock);
    let mut command = words::command(Cli::command());
    let cli = match command
        .try_get_matches_from_mut(lang_after_command(&args))
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(error) => return ExitCode::from(words::usage_error(&mut command, &error, out, err)),
    };
    ExitCode::from(dispatch(cli, &mut command, out, err))
}

/// What `percorso export`'s options ask for.
fn export_options(
    scale: f32,
    personas: &[String],
    background: BackgroundArg,
    renderer: RendererArg,
) -> crate::export::ExportOptions {
    let background = match background {
        BackgroundArg::White => crate::export::Background::White,
        BackgroundArg::Transparent => crate::export::Background::Transparent,
        BackgroundArg::Dark => crate::export::Background::Dark,
    };
    crate::export::ExportOptions {
        scale,
        background,
        personas: personas
            .iter()
            .map(|id| crate::model::PersonaId::from(id.as_str()))
            .collect(),
        view: crate::layout::ViewOptions::default(),
        renderer: match renderer {
            RendererArg::Cpu => crate::export::Renderer::Cpu,
            RendererArg::Gpu => crate::export::Renderer::Gpu,
        },
    }
}

/// What `percorso export`'s `--page`, `--table` and `--lane` ask for, the defaults for those
/// not given.
fn share_options(
    page: Option<PageSize>,
    table: Option<Table>,
    lanes: Vec<LaneKind>,
) -> ShareOptions {
    let defaults = ShareOptions::default();
    ShareOptions {
        page: page.unwrap_or(defaults.page),
        table: table.unwrap_or(defaults.table),
        mermaid_lanes: if lanes.is_empty() {
            defaults.mermaid_lanes
        } else {
            lanes
        },
    }
}

/// `percorso export` with `args`.
fn export_command(
    args: ExportArgs,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> u8 {
    let options = export_options(args.scale, &args.personas, args.background, args.renderer);
    let share = share_options(args.page, args.table, args.lanes);
    let choices = run::ExportChoices {
        format: args.format,
        options: &options,
        share: &share,
    };
    export(&args.file, args.out.as_deref(), &choices, out, err)
}

fn dispatch(
    cli: Cli,
    command: &mut clap::Command,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> u8 {
    let asked_language = cli.lang.as_deref().and_then(Language::from_code);
    match cli.command {
        Some(Command::Check { files }) => check(&files, out, err),
        Some(Command::Fmt { check, files }) => fmt(&files, check, out, err),
        Some(Command::Export(args)) => export_command(args, out, err),
        Some(Command::Report {
            file,
            out: out_path,
        }) => run::report(&file, out_path.as_deref(), out, err),
        Some(Command::Import {
            file,
            out: out_path,
            force,
        }) => import(&file, out_path.as_deref(), force, out, err),
        Some(Command::New {
            template,
            force,
            list,
            file,
        }) => match (list, file) {
            (true, _) | (false, None) => run::list_templates(out),
            (false, Some(file)) => new(&file, &template, force, out, err),
        },
        Some(Command::Present { file }) => run::editor(
            crate::app::Opening {
                file: Some(file),
                draft: None,
                present: true,
                language: asked_language,
            },
            err,
        ),
        Some(Command::Help { command: wanted }) => {
            words::help(command, wanted.as_deref(), out, err)
        }
        None => run::editor(
            crate::app::Opening {
                file: cli.file,
                draft: cli.recover,
                present: false,
                language: asked_language,
            },
            err,
        ),
    }
}
