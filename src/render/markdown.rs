//! `--format markdown`: the human report as Markdown headings and tables.

use std::io::Write;

use anyhow::Result;

use super::summary::{source_rows, Summary, SOURCE_COLUMNS};
use super::Renderer;
use crate::model::Report;

/// Writes the report as Markdown.
pub struct MarkdownRenderer;

/// Escape a table cell: pipes, and line breaks folded to spaces.
pub fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

/// A Markdown table.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = format!("| {} |\n", header.join(" | "));
    out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

impl Renderer for MarkdownRenderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()> {
        let summary = Summary::of(report);
        let mut text = String::from("# corpus-report\n\n");
        for line in summary.lines() {
            text.push_str(&format!("- {line}\n"));
        }
        text.push_str("\n## Sources\n\n");
        text.push_str(&table(&SOURCE_COLUMNS, &source_rows(report)));
        if !report.warnings.is_empty() {
            text.push_str("\n## Warnings\n\n");
            for warning in &report.warnings {
                text.push_str(&format!(
                    "- `{}`: {}\n",
                    warning.path.replace('`', "'"),
                    warning.message
                ));
            }
        }
        out.write_all(text.as_bytes())?;
        Ok(())
    }
}
