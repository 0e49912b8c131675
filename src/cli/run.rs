//! What each subcommand does: reads the maps, writes the files and reports, one line a file,
//! in the current language. Nothing here parses arguments (that is [`super`]).
#![allow(clippy::print_stdout)]

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::file::{self, ReadError, templates};
use crate::t;
use crate::words::summary;

/// Writes one line; a closed pipe or full disk on the terminal is not the map's problem.
pub(super) fn say(stream: &mut dyn Write, line: &str) {
    // Nothing useful can be done if the terminal itself is gone.
    let _ignored = writeln!(stream, "{line}");
}

/// `NAME: error: MESSAGE`, in the current language.
fn error_line(name: &impl std::fmt::Display, message: String) -> String {
    file::Diagnostic::whole_file(message).render(&name.to_string())
}

fn report_error(stream: &mut dyn Write, path: &Path, error: &ReadError) {
    for line in error.render(&path.display().to_string()) {
        say(stream, &line);
    }
}

/// `percorso check`: reports each file; 1 if any has a problem.
pub fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut code = 0;
    for path in files {
        match file::read_path(path) {
            Ok(map) => {
                let name = path.display().to_string();
                say(
                    out,
                    &t!("cli-check-ok", name = name, summary = summary(&map)),
                );
            }
            Err(error) => {
                report_error(err, path, &error);
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
        report_error(err, path, &error);
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
        return Err(Some(error_line(&name, t!("cli-fmt-png"))));
    }
    file::write_atomically(path, canonical.as_bytes())
        .map_err(|error| Some(error_line(&name, error.to_string())))?;
    say(out, &t!("cli-fmt-done", name = name.to_string()));
    Ok(())
}

fn invalid_utf8(bytes: &[u8]) -> ReadError {
    match file::read_bytes(bytes) {
        Err(error) => error,
        Ok(_) => ReadError::whole_file(t!("read-not-utf8")),
    }
}

/// What `percorso export` asks for besides the file names.
pub struct ExportChoices<'a> {
    /// The format asked for with `--format`, if any.
    pub format: Option<crate::export::Format>,
    /// The image's options.
    pub options: &'a crate::export::ExportOptions,
    /// The PDF's pages, the CSV's table, Mermaid's lanes.
    pub share: &'a crate::export::ShareOptions,
}

/// `percorso export`: writes `file` as the format asked for (or `out`'s extension's, else PNG)
/// to `out` (or `file` with that format's extension).
pub fn export(
    file: &Path,
    out: Option<&Path>,
    choices: &ExportChoices,
    stdout: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    use crate::export::Format;
    let name = file.display();
    let format = choices
        .format
        .or_else(|| out.and_then(Format::of_path))
        .unwrap_or_default();
    let target = out.map_or_else(|| file.with_extension(format.name()), Path::to_path_buf);
    if same_file(&target, file) {
        say(err, &error_line(&name, t!("cli-export-same-file")));
        return 1;
    }
    let map = match file::read_path(file) {
        Ok(map) => map,
        Err(error) => {
            report_error(err, file, &error);
            return 1;
        }
    };
    let written = {
        let mut progress = Progress::on(err);
        crate::export::export_as(
            &map,
            format,
            choices.options,
            choices.share,
            &target,
            &mut |fraction| progress.show(fraction),
        )
    };
    match written {
        Ok(done) => {
            say(stdout, &exported_line(&target, &done));
            0
        }
        Err(error) => {
            say(err, &error_line(&target.display(), error.to_string()));
            1
        }
    }
}

/// How far a long export is, shown on one line of a terminal (never in a pipe or a log) and
/// cleared when it ends.
struct Progress<'w> {
    stream: Option<&'w mut dyn Write>,
    shown: u32,
}

impl<'w> Progress<'w> {
    /// Progress on `stream` when the process's standard error is a terminal.
    fn on(stream: &'w mut dyn Write) -> Self {
        let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
        Self {
            stream: terminal.then_some(stream),
            shown: 0,
        }
    }

    /// Shows `fraction` done, when the whole percentage moved on.
    fn show(&mut self, fraction: f32) {
        // A share from 0 to 1, made a whole percentage.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let percent = (fraction.clamp(0.0, 1.0) * 100.0).floor() as u32;
        let Some(stream) = self.stream.as_mut() else {
            return;
        };
        if percent > self.shown {
            self.shown = percent;
            let line = t!(
                "cli-export-progress",
                done = crate::lang::percent(f64::from(percent))
            );
            // A terminal that went away takes the progress with it; the export goes on.
            let _ = write!(stream, "\r{line}");
            let _ = stream.flush();
        }
    }
}

impl Drop for Progress<'_> {
    fn drop(&mut self) {
        if let Some(stream) = self.stream.as_mut()
            && self.shown > 0
        {
            // Clears the line for the report that follows.
            let _ = write!(stream, "\r\x1b[2K");
        }
    }
}

/// `OUT: exported (…)`: the pixels, the pages or the bytes written.
fn exported_line(target: &Path, done: &crate::export::Exported) -> String {
    use crate::export::Exported;
    let name = target.display().to_string();
    match *done {
        Exported::Image(width, height) => {
            t!(
                "cli-export-done",
                name = name,
                width = width,
                height = height
            )
        }
        Exported::Pages(pages) => t!("cli-export-done-pages", name = name, pages = pages),
        Exported::Bytes(bytes) => {
            // A file's size, far below 2^52.
            #[allow(clippy::cast_precision_loss)]
            let size = crate::lang::number(bytes as f64);
            t!("cli-export-done-bytes", name = name, size = size)
        }
    }
}

/// Whether `a` and `b` name the same file.
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || std::fs::canonicalize(a)
            .ok()
            .zip(std::fs::canonicalize(b).ok())
            .is_some_and(|(a, b)| a == b)
}

/// `percorso import`: reads a Mermaid journey and writes it as a map to `out` (or `file`
/// with `.ron`), refusing to overwrite unless `force`.
pub fn import(
    file: &Path,
    out: Option<&Path>,
    force: bool,
    stdout: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let target = out.map_or_else(|| file.with_extension("ron"), Path::to_path_buf);
    if same_file(&target, file) {
        say(
            err,
            &error_line(&file.display(), t!("cli-import-same-file")),
        );
        return 1;
    }
    if target.exists() && !force {
        say(err, &error_line(&target.display(), t!("cli-new-exists")));
        return 1;
    }
    let read = file::read_bounded(file).and_then(|bytes| {
        let text =
            String::from_utf8(bytes).map_err(|_| ReadError::whole_file(t!("read-not-utf8")))?;
        file::mermaid::read_mermaid(&text)
    });
    let map = match read {
        Ok(map) => map,
        Err(error) => {
            report_error(err, file, &error);
            return 1;
        }
    };
    match file::write_atomically(&target, file::to_canonical_string(&map).as_bytes()) {
        Ok(()) => {
            let line = t!(
                "cli-import-done",
                name = target.display().to_string(),
                summary = summary(&map)
            );
            say(stdout, &line);
            0
        }
        Err(error) => {
            say(err, &error_line(&target.display(), error.to_string()));
            1
        }
    }
}

/// `percorso report`: the map's insights as Markdown, printed or written to `out`.
pub fn report(file: &Path, out: Option<&Path>, stdout: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let map = match file::read_path(file) {
        Ok(map) => map,
        Err(error) => {
            report_error(err, file, &error);
            return 1;
        }
    };
    let text = crate::export::report::report(&map);
    let Some(target) = out else {
        // The report ends with its own newline.
        let _ = stdout.write_all(text.as_bytes());
        return 0;
    };
    if same_file(target, file) {
        say(
            err,
            &error_line(&target.display(), t!("cli-report-same-file")),
        );
        return 1;
    }
    match file::write_atomically(target, text.as_bytes()) {
        Ok(()) => {
            let name = target.display().to_string();
            say(stdout, &t!("cli-report-done", name = name));
            0
        }
        Err(error) => {
            say(err, &error_line(&target.display(), error.to_string()));
            1
        }
    }
}

/// `percorso new --list`: each template once, with what it holds and the languages it comes in.
pub(super) fn list_templates(out: &mut dyn Write) -> u8 {
    for name in templates::names() {
        let Some(template) = templates::find(name) else {
            continue;
        };
        if template.name != name {
            continue; // An alias of a template listed under its own name.
        }
        let description = t!("cli-template-line", description = template.description());
        say(out, &format!("{name:<12} {description}"));
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
            &error_line(&name, t!("cli-new-no-template", template = template)),
        );
        return 1;
    };
    if !force && path.exists() {
        say(err, &error_line(&name, t!("cli-new-exists")));
        return 1;
    }
    let map = match template.map() {
        Ok(map) => map,
        Err(error) => {
            report_error(err, Path::new(template.name), &error);
            return 1;
        }
    };
    match file::save(path, &map) {
        Ok(()) => {
            let done = t!(
                "cli-new-done",
                name = name.to_string(),
                template = template.name
            );
            say(out, &done);
            0
        }
        Err(error) => {
            say(err, &error_line(&name, error.to_string()));
            1
        }
    }
}

/// Opens the editor window on `opening` (or the last map, or the guitar sample).
pub(super) fn editor(opening: crate::app::Opening, err: &mut dyn Write) -> u8 {
    match crate::app::open_window(opening) {
        Ok(()) => 0,
        Err(error) => {
            say(err, &t!("cli-no-window", detail = error.to_string()));
            1
        }
    }
}
