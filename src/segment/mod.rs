//! Segmentation: paragraphs, the article's header (date line, headline, outlet, dateline) and body
//! sentences, all as byte spans into the untouched text.
//!
//! The output, [`Layout`], is what every extractor reads: they work on body sentences and never
//! re-split the text themselves.

mod paragraphs;
mod sentences;

use crate::model::Span;

pub use paragraphs::{paragraphs, trim};
pub use sentences::split_sentences;

/// One body sentence: its span and the paragraph holding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// The sentence's bytes, trimmed of surrounding white space.
    pub span: Span,
    /// Index into [`Layout::paragraphs`].
    pub paragraph: usize,
}

/// The structure of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Every paragraph, trimmed, in order (metadata paragraphs included).
    pub paragraphs: Vec<Span>,
    /// Body sentences in order; metadata, headline and datelines are not among them.
    pub sentences: Vec<SentenceSpan>,
    /// Publication date from a leading `date YYYY-MM-DD` line or a dated dateline.
    pub published: Option<jiff::civil::Date>,
    /// The outlet named by the text itself (copyright line, wire credit).
    pub outlet: Option<String>,
    /// The headline paragraph, if the article opens with one.
    pub headline: Option<Span>,
    /// Spans that are metadata, not body text (date line, copyright, labels, datelines, standfirst).
    pub metadata: Vec<Span>,
}

impl Layout {
    /// Index of the body sentence holding byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let index = self
            .sentences
            .partition_point(|s| s.span.start <= offset)
            .checked_sub(1)?;
        let sentence = self.sentences[index];
        (offset < sentence.span.end.max(sentence.span.start + 1)).then_some(index)
    }
}

/// A leading `date YYYY-MM-DD` header at the start of `paragraph`: the date and the header's span.
fn date_line(text: &str, paragraph: Span) -> Option<(jiff::civil::Date, Span)> {
    let inner = paragraph.of(text);
    let rest = inner.strip_prefix("date ")?;
    let value = rest.get(..10)?;
    let date = value.parse::<jiff::civil::Date>().ok()?;
    Some((date, Span::new(paragraph.start, paragraph.start + 5 + 10)))
}

/// Segment an article's text.
pub fn segment(text: &str) -> Layout {
    let paragraphs = paragraphs(text);
    let mut layout = Layout {
        paragraphs,
        ..Layout::default()
    };
    let mut sentences = Vec::new();
    for (index, paragraph) in layout.paragraphs.iter().enumerate() {
        let mut paragraph = *paragraph;
        if index == 0 {
            if let Some((date, header)) = date_line(text, paragraph) {
                layout.published = Some(date);
                layout.metadata.push(header);
                match trim(text, Span::new(header.end, paragraph.end)) {
                    Some(rest) => paragraph = rest,
                    None => continue,
                }
            }
        }
        for span in split_sentences(text, paragraph) {
            sentences.push(SentenceSpan {
                span,
                paragraph: index,
            });
        }
    }
    layout.sentences = sentences;
    layout
}
