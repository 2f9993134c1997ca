//! `--format text`: the report a person reads in a terminal. Fits the width, uses colour only when
//! asked to (the CLI asks only for a terminal), and reads the same with colour off.

use std::io::Write;

use anyhow::Result;

use super::table::format_table;
use super::{RenderOptions, Renderer};
use crate::model::Report;

/// Writes the human report.
pub struct TextRenderer {
    /// Colour and width.
    pub options: RenderOptions,
}

impl TextRenderer {
    fn heading(&self, title: &str) -> String {
        if self.options.color {
            format!("\x1b[1m{title}\x1b[0m\n")
        } else {
            format!("{title}\n{}\n", "=".repeat(title.chars().count()))
        }
    }
}

impl Renderer for TextRenderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()> {
        let summary = super::summary::Summary::of(report);
        let mut text = String::new();
        text.push_str(&self.heading("corpus-report"));
        text.push_str(&summary.lines().join("\n"));
        text.push_str("\n\n");
        text.push_str(&self.heading("Sources"));
        let rows = super::summary::source_rows(report);
        text.push_str(&format_table(
            &super::summary::SOURCE_COLUMNS,
            &rows,
            self.options.width,
        ));
        if !report.warnings.is_empty() {
            text.push('\n');
            text.push_str(&self.heading("Warnings"));
            for warning in &report.warnings {
                text.push_str(&format!("{}: {}\n", warning.path, warning.message));
            }
        }
        out.write_all(text.as_bytes())?;
        Ok(())
    }
}
