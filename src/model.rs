//! The serde data model of a report: what `--format json` writes and what every renderer reads.
//!
//! This module is the JSON contract (schema_version 1, documented in the README). Fields may be
//! added; a field is never removed or renamed without raising [`SCHEMA_VERSION`]. Field order here
//! is the key order of the output, so keep it stable. Nothing in this module computes anything
//! beyond reading a [`SharedText`] out of the text it shares.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the JSON contract. Raised only when a field is removed, renamed or changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole result of one run: every document, the comparison across them, and the warnings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Version of this JSON contract; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The program that wrote the report (name and version); not part of the extraction.
    #[serde(default)]
    pub tool: ToolInfo,
    /// The date relative expressions were resolved against when an article gives none.
    #[serde(default)]
    pub reference_date: Option<String>,
    /// One entry per article, in input order.
    pub documents: Vec<Document>,
    /// What the articles share and where they differ.
    pub comparison: Comparison,
    /// Inputs that were skipped or repaired, with the reason.
    pub warnings: Vec<Warning>,
}

/// Name and version of the program that wrote a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ToolInfo {
    /// Always `corpus-report`.
    pub name: String,
    /// The crate version.
    pub version: String,
}

impl Default for ToolInfo {
    fn default() -> Self {
        ToolInfo {
            name: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// A document's id, shared: the comparison names a document once for every quote, figure and
/// date it lists, and each of those holds a pointer to the one id rather than a copy. Written and
/// read as a plain string.
pub type DocumentId = std::sync::Arc<str>;

/// One article and everything extracted from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// The file stem, made unique across the run (`name`, `name-2`, ...).
    pub id: DocumentId,
    /// The path as given on the command line (or `-` for standard input).
    pub path: String,
    /// Publication date `YYYY-MM-DD` from the article's own header or dateline, else null.
    pub published: Option<String>,
    /// The outlet, when the text itself names it (a copyright line, a wire credit, a byline).
    pub outlet: Option<String>,
    /// The headline, when the article starts with one.
    pub headline: Option<String>,
    /// Size counts.
    pub stats: Stats,
    /// Body sentences in order.
    pub sentences: Vec<Sentence>,
    /// Every quotation, in order of its opening mark.
    pub quotes: Vec<Quote>,
    /// Every quantity and sum of money.
    pub numbers: Vec<Number>,
    /// Every temporal expression.
    pub dates: Vec<DateMention>,
    /// The text as read, for stages that must quote exact spans (not serialised).
    #[serde(skip)]
    #[schemars(skip)]
    pub source: SourceText,
}

/// A document's text as read, shared cheaply between stages; empty when the document was
/// deserialised from JSON (the JSON does not carry the raw text). It is not part of what a report
/// says, so any two are equal: a document read back from JSON equals the one that was written.
#[derive(Clone, Default)]
pub struct SourceText(Option<std::sync::Arc<str>>);

impl PartialEq for SourceText {
    fn eq(&self, _other: &SourceText) -> bool {
        true
    }
}

impl SourceText {
    /// Hold `text`.
    pub fn new(text: &str) -> SourceText {
        SourceText(Some(std::sync::Arc::from(text)))
    }

    /// Whether the text is held (it is not for a document read back from JSON).
    pub fn is_held(&self) -> bool {
        self.0.is_some()
    }

    /// The whole text, when it is held.
    pub fn text(&self) -> Option<&str> {
        self.0.as_deref()
    }

    /// The bytes `start..end` of the text, when the text is held and the range fits it.
    pub fn get(&self, start: usize, end: usize) -> Option<&str> {
        self.0.as_deref()?.get(start..end)
    }
}

impl std::fmt::Debug for SourceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(text) => write!(f, "SourceText({} bytes)", text.len()),
            None => f.write_str("SourceText(none)"),
        }
    }
}

/// A piece of a document's text that holds the whole text by reference (shared with the
/// document's [`SourceText`]) instead of a copy of its bytes. It reads, compares, prints and
/// serialises as the string it is; one made from a string (as when read back from JSON) holds
/// that string.
#[derive(Clone, Default)]
pub struct SharedText {
    whole: Option<std::sync::Arc<str>>,
    start: usize,
    end: usize,
}

impl SharedText {
    /// The bytes `start..end` of `source`'s text; empty when the text is not held or the range
    /// is not a slice of it.
    pub fn slice(source: &SourceText, start: usize, end: usize) -> SharedText {
        match &source.0 {
            Some(whole) if whole.get(start..end).is_some() => SharedText {
                whole: Some(whole.clone()),
                start,
                end,
            },
            _ => SharedText::default(),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        self.whole
            .as_deref()
            .and_then(|whole| whole.get(self.start..self.end))
            .unwrap_or("")
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> SharedText {
        SharedText {
            whole: Some(std::sync::Arc::from(text)),
            start: 0,
            end: text.len(),
        }
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> SharedText {
        SharedText::from(text.as_str())
    }
}

impl PartialEq for SharedText {
    fn eq(&self, other: &SharedText) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedText {}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Debug for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SharedText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<SharedText, D::Error> {
        String::deserialize(deserializer).map(SharedText::from)
    }
}

/// Size counts of one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Stats {
    /// Bytes of the text as read (after any repair such as lossy decoding).
    pub bytes: usize,
    /// Paragraphs, metadata paragraphs included.
    pub paragraphs: usize,
    /// Body sentences.
    pub sentences: usize,
    /// Words (Unicode word segments containing a letter or digit).
    pub words: usize,
}

/// One body sentence. `text == file[start..end]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Sentence {
    /// Position among the document's sentences, from 0.
    pub index: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Index of the paragraph holding the sentence, from 0.
    pub paragraph: usize,
    /// The sentence as written.
    #[schemars(with = "String")]
    pub text: SharedText,
}

/// How a quotation is used.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A clause or sentences of speech.
    Direct,
    /// A fragment of speech inside the reporter's sentence.
    Partial,
    /// A term in quote marks that nobody is quoted as saying.
    Scare,
}

impl QuoteKind {
    /// The lower-case name used in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
        }
    }
}

/// One quotation. `start..end` covers the inner text without the marks; for a quote that runs over
/// several paragraphs the span covers the whole run and `text` joins the paragraphs with one space.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Quote {
    /// Position among the document's quotes, from 0.
    pub index: usize,
    /// Byte offset of the first byte inside the opening mark.
    pub start: usize,
    /// Byte offset of the closing mark.
    pub end: usize,
    /// The words quoted.
    pub text: String,
    /// Direct speech, a partial quote, or a scare quote.
    pub kind: QuoteKind,
    /// Canonical full name of the speaker (same across documents), or null when the text does not say.
    pub speaker: Option<String>,
    /// The words naming the speaker in this article ("Mr Blinken", "he", "the Kremlin").
    pub speaker_mention: Option<String>,
    /// Byte span of `speaker_mention` in the text.
    #[serde(default)]
    pub speaker_span: Option<Span>,
    /// The reporting verb or phrase ("said", "according to").
    pub cue: Option<String>,
    /// Index of the sentence holding the opening mark, if it lies in a body sentence.
    pub sentence: Option<usize>,
}

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The text the span covers, or "" when it does not fit the text.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One quantity or sum of money.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Number {
    /// Position among the document's numbers, from 0.
    pub index: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The numeric surface as written ("$2.7 billion", "100,000", "two dozen").
    pub text: String,
    /// The value, or null when it is vague, malformed or too large to hold.
    pub value: Option<f64>,
    /// ISO currency code for money, else the counted thing or measure ("troops", "km", "percent", "°C").
    pub unit: Option<String>,
    /// "more than", "about", "nearly"... as written, else null.
    pub qualifier: Option<String>,
    /// Notes instead of silent fixes: `irregular-grouping`, `vague`, `range`, `tally` (a score or
    /// vote, "52-48"), `share` ("one in three": the value is the fraction), `age`, `overflow`.
    pub flags: Vec<String>,
    /// Index of the sentence holding it, if it lies in a body sentence.
    pub sentence: Option<usize>,
}

/// One temporal expression and its normalised value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DateMention {
    /// Position among the document's dates, from 0.
    pub index: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The expression as written, without a leading "on" or "in".
    pub text: String,
    /// TIMEX3-style value: `2022-01-21`, `2022-01`, `2022`, `2022-W03`, `XXXX-01-21`, `199X` (a
    /// decade), `18XX` (a century); null when nothing anchors a relative expression.
    pub value: Option<String>,
    /// `START`, `MID` or `END` for "early", "mid-" and "late", else null.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// Time of day `HH:MM` when the expression gives one.
    #[serde(default)]
    pub time: Option<String>,
    /// Index of the sentence holding it, if it lies in a body sentence.
    pub sentence: Option<usize>,
}

/// What the documents share and where they differ.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Comparison {
    /// Everyone quoted, with spellings and quote counts per document.
    pub speakers: Vec<SpeakerCoverage>,
    /// The same utterance carried by two or more documents.
    pub quote_clusters: Vec<QuoteCluster>,
    /// Quantities that describe the same thing across documents.
    pub number_facts: Vec<NumberFact>,
    /// Spellings of the same person or place across documents.
    pub name_variants: Vec<Vec<String>>,
    /// For each group of `name_variants` (same order): each spelling with the documents using it.
    #[serde(default)]
    pub name_variant_sources: Vec<BTreeMap<String, Vec<DocumentId>>>,
    /// Text shared nearly verbatim between two documents.
    pub reused_passages: Vec<ReusedPassage>,
    /// Normalised dates across documents, in date order.
    pub timeline: Vec<TimelineEntry>,
}

/// One canonical speaker across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SpeakerCoverage {
    /// Canonical name.
    pub name: String,
    /// Every way the documents name the speaker.
    pub spellings: Vec<String>,
    /// Quote count per document id.
    pub quotes: BTreeMap<DocumentId, usize>,
}

/// Quotes of the same utterance in several documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuoteCluster {
    /// Canonical speaker, if the members agree on one.
    pub speaker: Option<String>,
    /// The representative wording.
    pub text: String,
    /// The quotes in the cluster.
    pub members: Vec<ClusterMember>,
}

/// One quote inside a [`QuoteCluster`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ClusterMember {
    /// Document id.
    pub document: DocumentId,
    /// Index of the quote in that document.
    pub quote: usize,
    /// The quote's text.
    pub text: String,
    /// How this member's wording differs from the representative text, word by word.
    #[serde(default)]
    pub differences: Vec<WordDifference>,
}

/// One difference between a member's wording and the representative text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct WordDifference {
    /// `added`, `omitted`, `changed` or `reordered`.
    pub kind: String,
    /// The words in the representative text (empty for `added`).
    pub representative: String,
    /// The words in this member (empty for `omitted`).
    pub member: String,
}

/// Quantities describing the same thing across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NumberFact {
    /// The unit shared by the values.
    pub unit: Option<String>,
    /// A short description of what is counted.
    pub label: String,
    /// Each document's figure.
    pub values: Vec<NumberFactValue>,
    /// A plain statement of the disagreement, or null when the documents agree.
    pub conflict: Option<String>,
}

/// One document's figure inside a [`NumberFact`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NumberFactValue {
    /// Document id.
    pub document: DocumentId,
    /// Index of the number in that document.
    pub number: usize,
    /// The number as written.
    pub text: String,
    /// Its value.
    pub value: Option<f64>,
}

/// Text shared nearly verbatim between two documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReusedPassage {
    /// The two document ids.
    pub documents: Vec<DocumentId>,
    /// Share of aligned words, 0 to 1.
    pub similarity: f64,
    /// The span in each document.
    pub passages: Vec<PassageSpan>,
}

/// A span of one document inside a [`ReusedPassage`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PassageSpan {
    /// Document id.
    pub document: DocumentId,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The text of the span.
    pub text: String,
}

/// One normalised date and where it is mentioned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimelineEntry {
    /// The normalised value.
    pub date: String,
    /// The mentions of it.
    pub mentions: Vec<TimelineMention>,
}

/// One mention of a timeline date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TimelineMention {
    /// Document id.
    pub document: DocumentId,
    /// Index of the date in that document.
    pub date: usize,
    /// Index of the sentence holding it.
    pub sentence: Option<usize>,
}

/// An input that was skipped or repaired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Warning {
    /// The path as given (or `-`).
    pub path: String,
    /// What happened and why.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_text_reads_and_serialises_as_its_slice() {
        let source = SourceText::new("Café prices rose. Rents fell.");
        let first = SharedText::slice(&source, 0, 18);
        assert_eq!(first, "Café prices rose.");
        assert_eq!(first.len(), 18);
        assert_eq!(
            serde_json::to_string(&first).unwrap(),
            "\"Café prices rose.\""
        );
        let back: SharedText = serde_json::from_str("\"Café prices rose.\"").unwrap();
        assert_eq!(back, first);
        assert_eq!(format!("{first:?}"), "\"Café prices rose.\"");
    }

    #[test]
    fn shared_text_of_a_range_that_is_not_a_slice_is_empty() {
        let source = SourceText::new("Café");
        assert_eq!(SharedText::slice(&source, 0, 4), "");
        assert_eq!(SharedText::slice(&source, 2, 99), "");
        assert_eq!(SharedText::slice(&SourceText::default(), 0, 0), "");
        assert_eq!(SharedText::slice(&source, 0, 5), "Café");
    }
}
