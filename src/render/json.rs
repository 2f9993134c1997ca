//! `--format json`: the whole report as one pretty-printed JSON document. Documents are
//! serialised in parallel, a batch at a time, and spliced into the report's envelope as it is
//! written, so writing a large report uses every core and never holds the whole text, nor the
//! whole comparison; the bytes are exactly those of `serde_json::to_writer_pretty` on the report.

use std::io::Write;

use anyhow::Result;
use rayon::prelude::*;
use serde::{Serialize, Serializer};

use super::Renderer;
use crate::model::{Comparison, Document, Report, ToolInfo, Warning};

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
        let envelope = Envelope {
            schema_version: report.schema_version,
            tool: &report.tool,
            reference_date: &report.reference_date,
            documents: Marker,
            comparison: &report.comparison,
            warnings: &report.warnings,
        };
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
        let mut splice = Splice {
            out: &mut buffered,
            head: Some(Vec::new()),
            documents: &report.documents,
        };
        serde_json::to_writer_pretty(&mut splice, &envelope)?;
        if splice.head.is_some() {
            anyhow::bail!("the report's envelope lost its documents marker");
        }
        buffered.write_all(b"\n")?;
        buffered.flush()?;
        Ok(())
    }
}

/// The writer the envelope is serialised into: it holds back the envelope's first few fields
/// until the documents' marker has come, writes the documents in its place, and passes the rest
/// (the comparison, which can be large) straight through, so no part of the report is held whole.
struct Splice<'w, 'r> {
    out: &'w mut dyn Write,
    /// What came before the marker, while it has not come.
    head: Option<Vec<u8>>,
    documents: &'r [Document],
}

impl Write for Splice<'_, '_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let Some(head) = &mut self.head else {
            self.out.write_all(bytes)?;
            return Ok(bytes.len());
        };
        head.extend_from_slice(bytes);
        let marker = MARKER_FIELD.as_bytes();
        if let Some(at) = head.windows(marker.len()).position(|w| w == marker) {
            let head = std::mem::take(head);
            self.head = None;
            self.out.write_all(&head[..at])?;
            self.out.write_all(b"\n  \"documents\": ")?;
            write_documents(self.documents, self.out)?;
            self.out.write_all(&head[at + marker.len()..])?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// The documents as the elements of the report's `documents` array, serialised in parallel a
/// batch at a time.
fn write_documents(documents: &[Document], out: &mut dyn Write) -> std::io::Result<()> {
    if documents.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    for (batch, documents) in documents.chunks(BATCH).enumerate() {
        let written: Vec<Vec<u8>> = documents
            .par_iter()
            .map(|document| {
                let mut pretty = serde_json::to_vec_pretty(document)?;
                indent(&mut pretty);
                Ok(pretty)
            })
            .collect::<serde_json::Result<_>>()?;
        for (i, document) in written.iter().enumerate() {
            out.write_all(if batch == 0 && i == 0 {
                b"\n    "
            } else {
                b",\n    "
            })?;
            out.write_all(document)?;
        }
    }
    out.write_all(b"\n  ]")
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
