//! `--format json`: the whole report as one pretty-printed JSON document. Documents are
//! serialised in parallel, a batch at a time, and spliced into the report's envelope as it is
//! written, so writing a large report uses every core and never holds the whole text, nor the
//! whole comparison; the bytes are exactly those of `serde_json::to_writer_pretty` on the report.
//!
//! A run need not hold its documents at all: [`SpilledJson`] serialises each one to a temporary
//! file as soon as it is analysed and writes the same bytes once the comparison is done.

use std::io::Write;

use anyhow::Result;
use rayon::prelude::*;
use serde::{Serialize, Serializer};

use super::Renderer;
use crate::extract::speakers::CanonicalNames;
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
        write_envelope(&envelope, out, |out| {
            write_documents(&report.documents, out)
        })
    }
}

/// Write `envelope` to `out`, with `documents` writing the documents where their marker is.
fn write_envelope(
    envelope: &Envelope,
    out: &mut dyn Write,
    documents: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    let mut splice = Splice {
        out: &mut buffered,
        head: Some(Vec::new()),
        documents: Some(documents),
    };
    serde_json::to_writer_pretty(&mut splice, envelope)?;
    if splice.head.is_some() {
        anyhow::bail!("the report's envelope lost its documents marker");
    }
    buffered.write_all(b"\n")?;
    buffered.flush()?;
    Ok(())
}

/// The writer the envelope is serialised into: it holds back the envelope's first few fields
/// until the documents' marker has come, writes the documents in its place, and passes the rest
/// (the comparison, which can be large) straight through, so no part of the report is held whole.
struct Splice<'w, D> {
    out: &'w mut dyn Write,
    /// What came before the marker, while it has not come.
    head: Option<Vec<u8>>,
    /// Writes the documents, until it has.
    documents: Option<D>,
}

impl<D: FnOnce(&mut dyn Write) -> std::io::Result<()>> Write for Splice<'_, D> {
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
            if let Some(documents) = self.documents.take() {
                documents(self.out)?;
            }
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
            .map(document_element)
            .collect::<serde_json::Result<_>>()?;
        for (i, document) in written.iter().enumerate() {
            out.write_all(separator(batch == 0 && i == 0))?;
            out.write_all(document)?;
        }
    }
    out.write_all(b"\n  ]")
}

/// A document as an element of the report's `documents` array, without the separator before it.
fn document_element(document: &Document) -> serde_json::Result<Vec<u8>> {
    // A document's pretty-printed form is about three to four times its text: reserved once
    // rather than grown by doubling (up to 64 MB; a larger one grows from there).
    let mut pretty = Vec::with_capacity(document.stats.bytes.saturating_mul(4).min(1 << 26) + 1024);
    serde_json::to_writer_pretty(&mut pretty, document)?;
    indent(&mut pretty);
    Ok(pretty)
}

/// What comes before an element of the report's `documents` array.
fn separator(first: bool) -> &'static [u8] {
    if first {
        b"\n    "
    } else {
        b",\n    "
    }
}

/// A json report whose documents are written out as they are analysed instead of held: each is
/// serialised to a temporary file, its speakers as extracted; once the comparison is done,
/// [`SpilledJson::write_report`] writes the report with the documents copied from the file and
/// every speaker rewritten to the name decided over the whole run (the comparison's
/// [`CanonicalNames`]). The bytes are those [`JsonRenderer`] writes for the same report.
pub struct SpilledJson {
    file: std::io::BufWriter<std::fs::File>,
    /// The length of each document's serialised form, in order.
    lengths: Vec<usize>,
}

/// The key of a quote's speaker as a pretty-printed document holds it. Within a JSON string every
/// `"` is escaped, so these bytes occur only as the key itself.
const SPEAKER_KEY: &[u8] = b"\"speaker\": ";

impl SpilledJson {
    /// A report spilling its documents to a new temporary file (in `TMPDIR`).
    pub fn new() -> std::io::Result<SpilledJson> {
        Ok(SpilledJson {
            file: std::io::BufWriter::with_capacity(1 << 16, tempfile::tempfile()?),
            lengths: Vec::new(),
        })
    }

    /// Add the next document, its speakers as extracted. An error means the file could not be
    /// written.
    pub fn push(&mut self, document: &Document) -> std::io::Result<()> {
        let element = document_element(document)?;
        self.file.write_all(&element)?;
        self.lengths.push(element.len());
        Ok(())
    }

    /// Write the report of the documents added, with `comparison` and `warnings`, to `out`, each
    /// speaker rewritten as `names` say (see [`crate::StreamedRun::speaker_names`]). An error
    /// means the temporary file could not be read back, or `out` could not be written.
    pub fn write_report(
        self,
        names: &CanonicalNames,
        reference_date: &Option<String>,
        comparison: &Comparison,
        warnings: &[Warning],
        out: &mut dyn Write,
    ) -> Result<()> {
        let envelope = Envelope {
            schema_version: crate::model::SCHEMA_VERSION,
            tool: &ToolInfo::default(),
            reference_date,
            documents: Marker,
            comparison,
            warnings,
        };
        let failed = |doing: &'static str| {
            move |e: std::io::Error| {
                std::io::Error::new(
                    e.kind(),
                    format!("cannot {doing} the report's temporary file: {e}"),
                )
            }
        };
        let read_back = failed("read back");
        let mut file = (self.file.into_inner()).map_err(|e| failed("write")(e.into_error()))?;
        std::io::Seek::rewind(&mut file).map_err(read_back)?;
        let mut file = std::io::BufReader::with_capacity(1 << 16, file);
        let lengths = self.lengths;
        write_envelope(&envelope, out, |out| {
            if lengths.is_empty() {
                return out.write_all(b"[]");
            }
            out.write_all(b"[")?;
            let mut element = Vec::new();
            let mut decided = DecidedNames::default();
            for (i, &length) in lengths.iter().enumerate() {
                element.resize(length, 0);
                std::io::Read::read_exact(&mut file, &mut element).map_err(read_back)?;
                out.write_all(separator(i == 0))?;
                write_unifying_speakers(&element, names, &mut decided, out)?;
            }
            out.write_all(b"\n  ]")
        })
    }
}

/// Speakers already looked up by [`write_unifying_speakers`]: a speaker as serialised → its
/// canonical name serialised, if it has another. The same few speakers recur in many documents.
type DecidedNames = rustc_hash::FxHashMap<Vec<u8>, Option<Vec<u8>>>;

/// Write a serialised document with each quote's speaker rewritten to its canonical name.
fn write_unifying_speakers(
    document: &[u8],
    names: &CanonicalNames,
    decided: &mut DecidedNames,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let finder = memchr::memmem::Finder::new(SPEAKER_KEY);
    let mut rest = document;
    while let Some(at) = finder.find(rest) {
        let value = at + SPEAKER_KEY.len();
        out.write_all(&rest[..value])?;
        rest = &rest[value..];
        let Some(end) = string_end(rest) else {
            continue;
        };
        let serialised = &rest[..end];
        let canonical = match decided.get(serialised) {
            Some(canonical) => canonical,
            None => {
                let name: String = serde_json::from_slice(serialised)?;
                let canonical = names.canonical(&name).map(serde_json::to_vec).transpose()?;
                decided.entry(serialised.to_vec()).or_insert(canonical)
            }
        };
        out.write_all(canonical.as_deref().unwrap_or(serialised))?;
        rest = &rest[end..];
    }
    out.write_all(rest)
}

/// The length of the JSON string `bytes` starts with, quotes included; none when they do not start
/// with one (a speaker that is `null`).
fn string_end(bytes: &[u8]) -> Option<usize> {
    if bytes.first() != Some(&b'"') {
        return None;
    }
    let mut i = 1;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Indent a pretty-printed value to the depth of an element of the report's `documents`: four
/// spaces after every line break (JSON strings hold no raw line breaks).
fn indent(pretty: &mut Vec<u8>) {
    let breaks = memchr::memchr_iter(b'\n', pretty).count();
    let mut indented = Vec::with_capacity(pretty.len() + 4 * breaks);
    let mut line_start = 0;
    for at in memchr::memchr_iter(b'\n', pretty) {
        indented.extend_from_slice(&pretty[line_start..=at]);
        indented.extend_from_slice(b"    ");
        line_start = at + 1;
    }
    indented.extend_from_slice(&pretty[line_start..]);
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

    /// Documents spilled with their speakers as extracted come back with the speakers unified
    /// over the whole run (a bare surname read as the person a later document names in full),
    /// and the report has the bytes of the one held in memory; a quote that holds the speaker
    /// key in its text is left as it is.
    #[test]
    fn a_spilled_report_is_the_report_held_in_memory() {
        let texts = [
            (
                "a",
                "Talks\n\n\u{201c}We will rebuild,\u{201d} Reyes said on Monday.\n",
            ),
            (
                "b",
                "Bridge\n\n\u{201c}The bridge opens soon,\u{201d} said Governor Tom Reyes.\n",
            ),
            (
                "c",
                "Board\n\n\u{201c}He wrote \"speaker\": \"Reyes\" on the board,\u{201d} \
                 said Ana Ruiz.\n\n\u{201c}Work goes on,\u{201d} Reyes said.\n",
            ),
            // Speakers met again once looked up: one kept as written, one rewritten.
            (
                "d",
                "Dam\n\n\u{201c}The dam holds,\u{201d} said Ana Ruiz.\n\n\u{201c}It will,\u{201d} \
                 Reyes said.\n",
            ),
        ];
        let report = crate::analyze_texts(&texts, &Default::default());
        let mut spill = SpilledJson::new().unwrap();
        let mut forms = crate::extract::speakers::SpeakerForms::default();
        let mut rewritten = 0;
        for (document, (id, text)) in report.documents.iter().zip(texts) {
            let article = crate::corpus::Article {
                id: id.to_string(),
                path: id.to_string(),
                text: text.to_string(),
            };
            let extracted = crate::analyze_document(&article, None);
            rewritten += (extracted.quotes.iter().zip(&document.quotes))
                .filter(|(a, b)| a.speaker != b.speaker)
                .count();
            spill.push(&extracted).unwrap();
            forms.add(&extracted);
        }
        assert_eq!(rewritten, 3, "the bare surnames are read as Tom Reyes");
        let mut out = Vec::new();
        spill
            .write_report(
                &forms.canonical_names(),
                &report.reference_date,
                &report.comparison,
                &report.warnings,
                &mut out,
            )
            .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expected(&report));
    }

    /// A temporary file that cannot take the documents (a full disk, here `/dev/full`) is an
    /// error that says so, and nothing of the report is written.
    #[test]
    fn a_full_disk_under_the_temporary_file_is_an_error_that_says_so() {
        let Ok(full) = std::fs::File::options().write(true).open("/dev/full") else {
            eprintln!("note: no /dev/full here; case not run");
            return;
        };
        let report = crate::analyze_texts(&[("a", "He left. She stayed.\n")], &Default::default());
        let mut spill = SpilledJson {
            file: std::io::BufWriter::with_capacity(1 << 16, full),
            lengths: Vec::new(),
        };
        for document in &report.documents {
            spill.push(document).unwrap();
        }
        let mut out = Vec::new();
        let error = spill
            .write_report(
                &CanonicalNames::default(),
                &None,
                &report.comparison,
                &report.warnings,
                &mut out,
            )
            .unwrap_err();
        let message = format!("{error:#}");
        assert!(
            message.contains("cannot write the report's temporary file"),
            "{message}"
        );
        assert!(out.is_empty(), "part of the report was written");
    }

    #[test]
    fn a_json_string_ends_at_its_first_unescaped_quote() {
        assert_eq!(string_end(br#""Tom Reyes", "#), Some(11));
        assert_eq!(string_end(br#""a\"b\\" x"#), Some(8));
        assert_eq!(string_end(b"null,"), None);
        assert_eq!(string_end(br#""unterminated"#), None);
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
