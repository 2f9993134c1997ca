//! `--format markdown`: the human report as Markdown headings and tables.

use std::io::Write;

use anyhow::Result;

use super::summary::{self, source_rows, Summary, SOURCE_COLUMNS};
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

/// The longest quote or passage shown in a table cell.
const MAX_CELL: usize = 160;

/// The comparison sections, as tables; the same rows as the text report.
fn push_comparison(report: &Report, text: &mut String) {
    text.push_str("\n## Who is quoted\n\n");
    let (header, rows) = summary::speaker_table(report);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    push_table_or(
        text,
        &header,
        &rows,
        "No quote is attributed to a named speaker.",
    );
    for (label, rows) in summary::quote_rows(report, MAX_CELL) {
        text.push_str(&format!("\n### Quotes in {label}\n\n"));
        text.push_str(&table(&summary::QUOTE_COLUMNS, &rows));
    }

    text.push_str("\n## Shared quotes\n\n");
    let views = summary::cluster_views(report);
    if views.is_empty() {
        text.push_str("No quote is carried by two or more sources.\n");
    }
    for view in views {
        text.push_str(&format!("**{}**\n\n", cell(&view.heading)));
        let rows: Vec<Vec<String>> = view
            .members
            .iter()
            .map(|(label, quote, differences)| {
                let markers: Vec<String> = differences.iter().map(summary::marker).collect();
                vec![
                    label.clone(),
                    summary::shorten(quote, MAX_CELL),
                    if markers.is_empty() {
                        "-".to_string()
                    } else {
                        format!("`{}`", markers.join(" ").replace('`', "'"))
                    },
                ]
            })
            .collect();
        text.push_str(&table(&["source", "quote", "differences"], &rows));
        text.push('\n');
    }

    text.push_str("\n## Numbers across sources\n\n");
    push_table_or(
        text,
        &summary::FACT_COLUMNS,
        &summary::fact_rows(report),
        "No figure is given by two or more sources.",
    );
    let numbers = summary::number_rows(report);
    if !numbers.is_empty() {
        text.push_str("\n### Numbers per source\n\n");
        text.push_str(&table(&summary::NUMBER_COLUMNS, &numbers));
    }

    text.push_str("\n## Timeline\n\n");
    push_table_or(
        text,
        &summary::TIMELINE_COLUMNS,
        &summary::timeline_rows(report),
        "No dates found.",
    );
    let dates = summary::date_rows(report);
    if !dates.is_empty() {
        text.push_str("\n### Dates per source\n\n");
        text.push_str(&table(&summary::DATE_COLUMNS, &dates));
    }

    text.push_str("\n## Name variants\n\n");
    let variants: Vec<Vec<String>> = summary::name_variant_lines(report)
        .into_iter()
        .map(|line| vec![line])
        .collect();
    push_table_or(
        text,
        &["spellings"],
        &variants,
        "No name is spelled differently across sources.",
    );

    text.push_str("\n## Reused passages\n\n");
    push_table_or(
        text,
        &summary::REUSE_COLUMNS,
        &summary::reuse_rows(report, MAX_CELL),
        "No text is shared nearly verbatim between sources.",
    );
}

fn push_table_or(text: &mut String, header: &[&str], rows: &[Vec<String>], empty: &str) {
    if rows.is_empty() {
        text.push_str(empty);
        text.push('\n');
    } else {
        text.push_str(&table(header, rows));
    }
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
        push_comparison(report, &mut text);
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
