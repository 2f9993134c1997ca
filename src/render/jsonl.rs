//! `--format jsonl`: one compact JSON object per line — a `document` line per article, then one
//! `comparison` line (with the schema version, tool and warnings) — each tagged with `"type"`.
//! The command line writes each `document` line as soon as the document is done
//! ([`crate::analyze_streaming`]); the renderer writes a whole report at once.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::Renderer;
use crate::model::{Comparison, Document, Report, ToolInfo, Warning};

/// Writes the report as JSON lines.
pub struct JsonLinesRenderer;

/// A `document` line.
#[derive(Serialize)]
pub struct DocumentLine<'a> {
    /// Always `document`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The document.
    #[serde(flatten)]
    pub document: &'a Document,
}

/// The closing `comparison` line.
#[derive(Serialize)]
pub struct ComparisonLine<'a> {
    /// Always `comparison`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Version of the JSON contract.
    pub schema_version: u32,
    /// The program that wrote the output.
    pub tool: &'a ToolInfo,
    /// The comparison across documents.
    pub comparison: &'a Comparison,
    /// Inputs skipped or repaired.
    pub warnings: &'a [Warning],
}

/// Write one `document` line.
pub fn write_document_line(document: &Document, out: &mut dyn Write) -> Result<()> {
    serde_json::to_writer(
        &mut *out,
        &DocumentLine {
            kind: "document",
            document,
        },
    )?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Write the closing `comparison` line.
pub fn write_comparison_line(
    schema_version: u32,
    tool: &ToolInfo,
    comparison: &Comparison,
    warnings: &[Warning],
    out: &mut dyn Write,
) -> Result<()> {
    serde_json::to_writer(
        &mut *out,
        &ComparisonLine {
            kind: "comparison",
            schema_version,
            tool,
            comparison,
            warnings,
        },
    )?;
    out.write_all(b"\n")?;
    Ok(())
}

impl Renderer for JsonLinesRenderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()> {
        for document in &report.documents {
            write_document_line(document, out)?;
        }
        write_comparison_line(
            report.schema_version,
            &report.tool,
            &report.comparison,
            &report.warnings,
            out,
        )
    }
}
