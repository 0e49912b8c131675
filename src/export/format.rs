//! The formats a map is exported in, and one entry point that writes any of them: chosen by
//! name (`--format`) or by the file's extension, each written atomically.

use std::path::Path;

use super::pages::PageSize;
use super::table::Table;
use super::{ExportError, ExportOptions};
use crate::file;
use crate::model::{LaneKind, Map};

/// A format Percorso writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// A PNG image carrying the map.
    #[default]
    Png,
    /// A vector PDF carrying the map.
    Pdf,
    /// An SVG drawing carrying the map.
    Svg,
    /// A Markdown outline.
    Markdown,
    /// A CSV table.
    Csv,
    /// A Mermaid journey.
    Mermaid,
}

impl Format {
    /// Every format, in the order the command line and the export dialog list them.
    pub const ALL: [Format; 6] = [
        Format::Png,
        Format::Pdf,
        Format::Svg,
        Format::Markdown,
        Format::Csv,
        Format::Mermaid,
    ];

    /// The name `--format` takes, which is also the file extension written.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Svg => "svg",
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Mermaid => "mmd",
        }
    }

    /// The format named `name` (or `markdown`, `mermaid`), in any case.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Format> {
        let name = name.to_ascii_lowercase();
        match name.as_str() {
            "markdown" => Some(Format::Markdown),
            "mermaid" => Some(Format::Mermaid),
            _ => Self::ALL.into_iter().find(|f| f.name() == name),
        }
    }

    /// The format of a file named `path`, from its extension.
    #[must_use]
    pub fn of_path(path: &Path) -> Option<Format> {
        Self::from_name(path.extension()?.to_str()?)
    }

    /// Whether the file carries the whole map, so that Percorso opens it as the map.
    #[must_use]
    pub fn carries_map(self) -> bool {
        matches!(self, Format::Png | Format::Pdf | Format::Svg)
    }
}

/// The choices of an export beyond the image's: the PDF's pages, the CSV's table, the lanes
/// that Mermaid's tasks come from.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareOptions {
    /// The PDF's pages.
    pub page: PageSize,
    /// The CSV's table.
    pub table: Table,
    /// The lanes whose cards become Mermaid tasks.
    pub mermaid_lanes: Vec<LaneKind>,
}

impl Default for ShareOptions {
    fn default() -> Self {
        Self {
            page: PageSize::Fit,
            table: Table::Cards,
            mermaid_lanes: file::mermaid::DEFAULT_MERMAID_LANES.to_vec(),
        }
    }
}

/// What an export wrote.
#[derive(Clone, Debug, PartialEq)]
pub enum Exported {
    /// An image of so many pixels.
    Image(u32, u32),
    /// A PDF of so many pages.
    Pages(usize),
    /// A text file of so many bytes.
    Bytes(usize),
}

/// Writes `map` as `format` to `out`, atomically; `progress` hears the share done.
pub fn export_as(
    map: &Map,
    format: Format,
    options: &ExportOptions,
    share: &ShareOptions,
    out: &Path,
    progress: &mut dyn FnMut(f32),
) -> Result<Exported, ExportError> {
    let text = match format {
        Format::Png => {
            let report = super::export_png(map, options, out, progress)?;
            return Ok(Exported::Image(report.width, report.height));
        }
        Format::Pdf => {
            let pages = super::export_pdf(map, options, share.page, out, progress)?;
            return Ok(Exported::Pages(pages));
        }
        Format::Svg => {
            super::export_svg(map, options, out)?;
            let size = std::fs::metadata(out).map_or(0, |m| m.len());
            return Ok(Exported::Bytes(usize::try_from(size).unwrap_or(usize::MAX)));
        }
        Format::Markdown => {
            super::markdown::markdown(&super::map_for_export(map, &options.personas)?)
        }
        Format::Csv => {
            super::table::csv(&super::map_for_export(map, &options.personas)?, share.table)
        }
        Format::Mermaid => file::mermaid::to_mermaid(
            &super::map_for_export(map, &options.personas)?,
            &share.mermaid_lanes,
        ),
    };
    file::write_atomically(out, text.as_bytes()).map_err(ExportError::Write)?;
    progress(1.0);
    Ok(Exported::Bytes(text.len()))
}
