//! The command line: `check`, `fmt` and `new`, and with no subcommand the editor.
//!
//! Each command writes its report to the `out` and `err` streams it is given and returns the
//! process's exit code: 0 when every file is fine, 1 when any is not. Usage errors are clap's and
//! exit with 2.
#![allow(clippy::print_stdout)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::file::{self, ReadError, templates};
use crate::words::summary;

/// Percorso: a designer for customer journey maps.
#[derive(Debug, Parser)]
#[command(name = "percorso", version, args_conflicts_with_subcommands = true)]
#[command(
    after_help = "Exit status: 0 when all is well, 1 when a file has problems, 2 for a usage error."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Map to open in the editor (.ron, or a PNG exported by Percorso).
    file: Option<PathBuf>,
    /// Open the editor on this draft of unsaved changes, left behind by a window that closed
    /// without saving (the editor offers them itself at start; this opens one directly).
    #[arg(long, value_name = "DRAFT")]
    recover: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check maps: one `ok` line per valid file, one line per problem otherwise.
    Check {
        /// The maps to check (.ron, or PNGs exported by Percorso).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Rewrite maps in canonical form (atomically); invalid files are reported and left untouched.
    Fmt {
        /// Change nothing: list the files that are not canonical and exit with 1 if any.
        #[arg(long)]
        check: bool,
        /// The .ron maps to format.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Export a map as a PNG image that carries the map inside it (opens as the same map).
    Export {
        /// The map to export (.ron, or a PNG exported by Percorso).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Where to write the image [default: FILE with the extension .png].
        #[arg(short, long, value_name = "OUT.png")]
        out: Option<PathBuf>,
        /// Pixels per map point, from 1 to 4.
        #[arg(long, default_value_t = 2.0, value_parser = parse_scale)]
        scale: f32,
        /// Only this persona, by id (repeat for several) [default: all].
        #[arg(long = "persona", value_name = "ID")]
        personas: Vec<String>,
        /// The image's background.
        #[arg(long, value_enum, default_value_t = BackgroundArg::White)]
        background: BackgroundArg,
    },
    /// Write a new map from a built-in template.
    New {
        /// The template to start from (see --list).
        #[arg(long, short, default_value = "blank", value_parser = templates::names())]
        template: String,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
        /// List the templates, one a line: name, then description.
        #[arg(long, exclusive = true)]
        list: bool,
        /// Where to write the new map.
        #[arg(required_unless_present = "list", value_name = "FILE")]
        file: Option<PathBuf>,
    },
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

fn parse_scale(text: &str) -> Result<f32, String> {
    let scale: f32 = text
        .parse()
        .map_err(|_| format!("\"{text}\" is not a number"))?;
    if (1.0..=4.0).contains(&scale) {
        Ok(scale)
    } else {
        Err(format!("{scale} is outside 1 to 4"))
    }
}

/// Parses the process's arguments and runs the command.
#[must_use]
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out_lock = std::io::stdout().lock();
    let mut err_lock = std::io::stderr().lock();
    let (out, err) = (&mut out_lock, &mut err_lock);
    let code = match cli.command {
        Some(Command::Check { files }) => check(&files, out, err),
        Some(Command::Fmt { check, files }) => fmt(&files, check, out, err),
        Some(Command::Export {
            file,
            out: out_path,
            scale,
            personas,
            background,
        }) => {
            let background = match background {
                BackgroundArg::White => crate::export::Background::White,
                BackgroundArg::Transparent => crate::export::Background::Transparent,
                BackgroundArg::Dark => crate::export::Background::Dark,
            };
            let options = crate::export::ExportOptions {
                scale,
                background,
                personas: personas
                    .iter()
                    .map(|id| crate::model::PersonaId::from(id.as_str()))
                    .collect(),
                view: crate::layout::ViewOptions::default(),
            };
            export(&file, out_path.as_deref(), &options, out, err)
        }
        Some(Command::New {
            template,
            force,
            list,
            file,
        }) => match (list, file) {
            (true, _) | (false, None) => list_templates(out),
            (false, Some(file)) => new(&file, &template, force, out, err),
        },
        None => editor(
            crate::app::Opening {
                file: cli.file,
                draft: cli.recover,
            },
            err,
        ),
    };
    ExitCode::from(code)
}

/// Writes one line; a closed pipe or full disk on the terminal is not the map's problem.
fn say(stream: &mut dyn Write, line: &str) {
    // Nothing useful can be done if the terminal itself is gone.
    let _ignored = writeln!(stream, "{line}");
}

fn report(stream: &mut dyn Write, path: &Path, error: &ReadError) {
    for line in error.render(&path.display().to_string()) {
        say(stream, &line);
    }
}

/// `percorso check`: reports each file; 1 if any has a problem.
pub fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut code = 0;
    for path in files {
        match file::read_path(path) {
            Ok(map) => say(out, &format!("{}: ok ({})", path.display(), summary(&map))),
            Err(error) => {
                report(err, path, &error);
                code = 1;
            }
        }
    }
    code
}

/// `percorso fmt`: rewrites files that are not canonical, or with `check_only` lists them.
pub fn fmt(files: &[PathBuf], check_only: bool, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut code = 0;
    for path in files {
        if let Err(line) = fmt_one(path, check_only, out, err) {
            if let Some(line) = line {
                say(err, &line);
            }
            code = 1;
        }
    }
    code
}

/// Formats one file; `Err(Some(line))` carries a message, `Err(None)` one already reported.
fn fmt_one(
    path: &Path,
    check_only: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), Option<String>> {
    let name = path.display();
    let failed = |error: ReadError, err: &mut dyn Write| {
        report(err, path, &error);
        None
    };
    let bytes = file::read_bounded(path).map_err(|e| failed(e, err))?;
    let is_png = bytes.starts_with(&file::PNG_SIGNATURE);
    let source = if is_png {
        file::png::embedded_text(&bytes).map_err(|e| failed(e, err))?
    } else {
        String::from_utf8(bytes).map_err(|e| failed(invalid_utf8(e.as_bytes()), err))?
    };
    let map = file::read_str(&source).map_err(|e| failed(e, err))?;
    let canonical = file::to_canonical_string(&map);
    if canonical == source {
        return Ok(());
    }
    if check_only {
        say(out, &name.to_string());
        return Err(None);
    }
    if is_png {
        return Err(Some(format!(
            "{name}: error: the map inside this PNG is not in canonical form and fmt cannot rewrite images; export the map again"
        )));
    }
    file::write_atomically(path, canonical.as_bytes())
        .map_err(|error| Some(format!("{name}: error: {error}")))?;
    say(out, &format!("{name}: formatted"));
    Ok(())
}

fn invalid_utf8(bytes: &[u8]) -> ReadError {
    match file::read_bytes(bytes) {
        Err(error) => error,
        Ok(_) => ReadError::whole_file("the file is not UTF-8 text"),
    }
}

/// `percorso export`: writes the image; 1 with a message on failure.
pub fn export(
    file: &Path,
    out: Option<&Path>,
    options: &crate::export::ExportOptions,
    stdout: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let name = file.display();
    let target = out.map_or_else(|| file.with_extension("png"), Path::to_path_buf);
    let same = |a: &Path, b: &Path| {
        a == b
            || std::fs::canonicalize(a)
                .ok()
                .zip(std::fs::canonicalize(b).ok())
                .is_some_and(|(a, b)| a == b)
    };
    if same(&target, file) {
        say(
            err,
            &format!(
                "{name}: error: the image would overwrite the map it comes from; choose another name with -o"
            ),
        );
        return 1;
    }
    let map = match file::read_path(file) {
        Ok(map) => map,
        Err(error) => {
            report(err, file, &error);
            return 1;
        }
    };
    match crate::export::export_png(&map, options, &target, &mut |_| {}) {
        Ok(done) => {
            say(
                stdout,
                &format!(
                    "{}: exported ({} x {} pixels)",
                    target.display(),
                    done.width,
                    done.height
                ),
            );
            0
        }
        Err(error) => {
            say(err, &format!("{}: error: {error}", target.display()));
            1
        }
    }
}

/// `percorso new --list`.
fn list_templates(out: &mut dyn Write) -> u8 {
    for template in &templates::TEMPLATES {
        say(
            out,
            &format!("{:<12} {}", template.name, template.description),
        );
    }
    0
}

/// `percorso new`: writes a template to `path`, refusing to overwrite unless `force`.
pub fn new(
    path: &Path,
    template: &str,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let name = path.display();
    let Some(template) = templates::find(template) else {
        say(
            err,
            &format!(
                "{name}: error: there is no template \"{template}\" (see percorso new --list)"
            ),
        );
        return 1;
    };
    if !force && path.exists() {
        say(
            err,
            &format!("{name}: error: the file exists; use --force to overwrite it"),
        );
        return 1;
    }
    let map = match template.map() {
        Ok(map) => map,
        Err(error) => {
            report(err, Path::new(template.name), &error);
            return 1;
        }
    };
    match file::save(path, &map) {
        Ok(()) => {
            say(
                out,
                &format!("{name}: new map from the \"{}\" template", template.name),
            );
            0
        }
        Err(error) => {
            say(err, &format!("{name}: error: {error}"));
            1
        }
    }
}

/// Opens the editor window on `opening` (or the last map, or the guitar sample).
fn editor(opening: crate::app::Opening, err: &mut dyn Write) -> u8 {
    match crate::app::open_window(opening) {
        Ok(()) => 0,
        Err(error) => {
            say(
                err,
                &format!("percorso: cannot open the editor window: {error}"),
            );
            1
        }
    }
}
