//! Rendering a [`Report`]: one file per output format behind the one-method [`Renderer`] trait.
//! Adding a format touches one new file and one match arm in [`renderer`].

mod html;
mod json;
mod jsonl;
mod markdown;
mod summary;
mod table;
mod text;

use std::io::Write;

use anyhow::Result;

use crate::model::Report;

pub use html::HtmlRenderer;
pub use json::{JsonRenderer, SpilledJson};
pub use jsonl::{write_comparison_line, write_document_line, JsonLinesRenderer};
pub use markdown::MarkdownRenderer;
pub use text::TextRenderer;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The human report for a terminal.
    Text,
    /// One JSON document (the schema_version 1 contract).
    Json,
    /// One JSON line per document, then one for the comparison.
    JsonLines,
    /// The human report as Markdown tables.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// Settings that affect how a report looks, not what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderOptions {
    /// Use ANSI colours.
    pub color: bool,
    /// The width to fit, in columns.
    pub width: usize,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            color: false,
            width: 100,
        }
    }
}

/// Writes a report in one format.
pub trait Renderer {
    /// Write the whole report to `out`.
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()>;
}

/// The renderer for a format.
pub fn renderer(format: Format, options: RenderOptions) -> Box<dyn Renderer> {
    match format {
        Format::Text => Box::new(TextRenderer { options }),
        Format::Json => Box::new(JsonRenderer),
        Format::JsonLines => Box::new(JsonLinesRenderer),
        Format::Markdown => Box::new(MarkdownRenderer),
        Format::Html => Box::new(HtmlRenderer),
    }
}

/// Render into a string (handy for tests and snapshots).
pub fn render_to_string(format: Format, options: RenderOptions, report: &Report) -> Result<String> {
    let mut buffer = Vec::new();
    renderer(format, options).render(report, &mut buffer)?;
    Ok(String::from_utf8(buffer)?)
}
