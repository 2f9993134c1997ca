//! Hand-built documents for the comparison's unit tests.

use crate::model::{DateMention, Document, Number, Quote, QuoteKind, Sentence, Stats};

/// Builds one [`Document`] item by item; offsets point into the text assembled from the sentences.
pub struct DocBuilder {
    doc: Document,
    text: String,
}

impl DocBuilder {
    /// A document with this id and no content.
    pub fn new(id: &str) -> DocBuilder {
        DocBuilder {
            doc: Document {
                id: id.into(),
                path: format!("{id}.txt"),
                published: None,
                outlet: None,
                headline: None,
                stats: Stats::default(),
                sentences: Vec::new(),
                quotes: Vec::new(),
                numbers: Vec::new(),
                dates: Vec::new(),
                source: Default::default(),
            },
            text: String::new(),
        }
    }

    /// Add a sentence in its own paragraph.
    pub fn sentence(mut self, text: &str) -> DocBuilder {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(text);
        let index = self.doc.sentences.len();
        self.doc.sentences.push(Sentence {
            index,
            start,
            end: self.text.len(),
            paragraph: index,
            text: text.into(),
        });
        self
    }

    /// Add a quote (offsets are nominal).
    pub fn quote(mut self, text: &str, speaker: Option<&str>, kind: QuoteKind) -> DocBuilder {
        let index = self.doc.quotes.len();
        self.doc.quotes.push(Quote {
            index,
            start: 0,
            end: text.len(),
            text: text.to_string(),
            kind,
            speaker: speaker.map(str::to_string),
            speaker_mention: speaker.map(|s| s.rsplit(' ').next().unwrap_or(s).to_string()),
            speaker_span: None,
            cue: Some("said".to_string()),
            sentence: Some(0),
        });
        self
    }

    /// Add a number lying in sentence `sentence`: at the place of its text in that sentence when
    /// the sentence holds it, else an empty span at the start.
    pub fn number(
        mut self,
        text: &str,
        value: Option<f64>,
        unit: &str,
        qualifier: Option<&str>,
        flags: &[&str],
        sentence: usize,
    ) -> DocBuilder {
        let index = self.doc.numbers.len();
        let (start, end) = self
            .doc
            .sentences
            .get(sentence)
            .and_then(|s| Some(s.start + s.text.find(text)?))
            .map_or((0, 0), |start| (start, start + text.len()));
        self.doc.numbers.push(Number {
            index,
            start,
            end,
            text: text.to_string(),
            value,
            unit: Some(unit.to_string()),
            qualifier: qualifier.map(str::to_string),
            flags: flags.iter().map(|f| f.to_string()).collect(),
            sentence: Some(sentence),
        });
        self
    }

    /// Add a date mention.
    pub fn date(mut self, text: &str, value: Option<&str>, sentence: usize) -> DocBuilder {
        let index = self.doc.dates.len();
        self.doc.dates.push(DateMention {
            index,
            start: 0,
            end: text.len(),
            text: text.to_string(),
            value: value.map(str::to_string),
            modifier: None,
            time: None,
            sentence: Some(sentence),
        });
        self
    }

    /// The finished document.
    pub fn build(mut self) -> Document {
        self.doc.stats.bytes = self.text.len();
        self.doc.stats.sentences = self.doc.sentences.len();
        self.doc
    }
}
