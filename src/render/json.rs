//! `--format json`: the whole report as one pretty-printed JSON document. Documents are
//! serialised in parallel, a batch at a time, and spliced into the report's envelope, so writing
//! a large report uses every core and never holds the whole text; the bytes are exactly those of
//! `serde_json::to_writer_pretty` on the report.

use std::io::Write;

use anyhow::Result;
use rayon::prelude::*;
use serde::{Serialize, Serializer};

use super::Renderer;
use crate::model::{Comparison, Report, ToolInfo, Warning};

/// Writes the report as one JSON document followed by a newline.
pub struct JsonRenderer;

/// Documents serialised at a time.
const BATCH: usize = 64;

/// The string standing in for the documents in the envelope.
const MARKER: &str = "\u{0}documents\u{0}";
/// The `documents` field of the envelope as serde_json writes it. A top-level key follows a line
/// break and two spaces, which no string value holds (line breaks in strings are escaped), so
/// this occurs once, whatever the texts say.
const MARKER_FIELD: &str = "\n  \"documents\": \"\\u0000documents\\u0000\"";

/// [`Report`] with the documents left out: the same fields, in the same order.
#[derive(Serialize)]
struct Envelope<'a> {
    schema_version: u32,
    tool: &'a ToolInfo,
    reference_date: &'a Option<String>,
    documents: Marker,
    comparison: &'a Comparison,
    warnings: &'a [Warning],
}

/// Serialises as [`MARKER`].
struct Marker;

impl Serialize for Marker {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(MARKER)
    }
}

impl Renderer for JsonRenderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()> {
        let envelope = serde_json::to_string_pretty(&Envelope {
            schema_version: report.schema_version,
            tool: &report.tool,
            reference_date: &report.reference_date,
            documents: Marker,
            comparison: &report.comparison,
            warnings: &report.warnings,
        })?;
        let Some((before, after)) = envelope.split_once(MARKER_FIELD) else {
            anyhow::bail!("the report's envelope lost its documents marker");
        };
        out.write_all(before.as_bytes())?;
        out.write_all(b"\n  \"documents\": ")?;
        if report.documents.is_empty() {
            out.write_all(b"[]")?;
        } else {
            out.write_all(b"[")?;
            for (batch, documents) in report.documents.chunks(BATCH).enumerate() {
                let written: Vec<Vec<u8>> = documents
                    .par_iter()
                    .map(|document| {
                        let mut pretty = serde_json::to_vec_pretty(document)?;
                        indent(&mut pretty);
                        Ok(pretty)
                    })
                    .collect::<Result<_>>()?;
                for (i, document) in written.iter().enumerate() {
                    out.write_all(if batch == 0 && i == 0 {
                        b"\n    "
                    } else {
                        b",\n    "
                    })?;
                    out.write_all(document)?;
                }
            }
            out.write_all(b"\n  ]")?;
        }
        out.write_all(after.as_bytes())?;
        out.write_all(b"\n")?;
        Ok(())
    }
}

/// Indent a pretty-printed value to the depth of an element of the report's `documents`: four
/// spaces after every line break (JSON strings hold no raw line breaks).
fn indent(pretty: &mut Vec<u8>) {
    let breaks = pretty.iter().filter(|&&b| b == b'\n').count();
    let mut indented = Vec::with_capacity(pretty.len() + 4 * breaks);
    for &byte in pretty.iter() {
        indented.push(byte);
        if byte == b'\n' {
            indented.extend_from_slice(b"    ");
        }
    }
    *pretty = indented;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(report: &Report) -> String {
        let mut out = Vec::new();
        JsonRenderer.render(report, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn expected(report: &Report) -> String {
        serde_json::to_string_pretty(report).unwrap() + "\n"
    }

    #[test]
    fn documents_written_in_parallel_give_the_bytes_of_the_whole_report() {
        let text = "Talks end\n\n\u{201c}We will meet again,\u{201d} said Ana Ruiz on Monday.\n\n\
                    The 12 ministers left Geneva, officials said.\n";
        let texts: Vec<(String, String)> = (0..150)
            .map(|i| (format!("doc{i:03}"), format!("{text}\nItem {i}.\n")))
            .collect();
        let pairs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let report = crate::analyze_texts(&pairs, &Default::default());
        assert_eq!(written(&report), expected(&report));
    }

    #[test]
    fn a_report_without_documents_or_with_control_characters_is_written_exactly() {
        let mut report = crate::analyze_texts(&[], &Default::default());
        assert_eq!(written(&report), expected(&report));
        let tricky = format!("Odd\n\nShe said \u{201c}{MARKER}\u{201d} twice.\n");
        report = crate::analyze_texts(&[("a", &tricky), ("b", &tricky)], &Default::default());
        report.reference_date = Some(MARKER.to_string());
        assert_eq!(written(&report), expected(&report));
    }
}
