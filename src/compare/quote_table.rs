//! The quotes of a run as the comparison reads them: where each is, its words, its speaker and how
//! the article named the speaker. One row of integers per quote, the texts one after another in a
//! [`TextStore`] (a string, or a temporary file for a long run) and each name held once, so that a
//! run that lets its documents go once they are written keeps tens of bytes per quote instead of a
//! whole [`Quote`] with its strings.

use std::borrow::Cow;

use super::interner::Interner;
use super::text_store::{HeldTexts, TextStore};
use crate::extract::speakers::{CanonicalNames, SpeakerForms};
use crate::model::{Document, Quote};

/// One quote: integers only, 32 bytes; its text lies in [`QuoteTable::texts`] (where it starts
/// follows from the lengths before it, see [`QuoteTable::text_starts`]), its names in
/// [`QuoteTable::names`].
#[derive(Debug, Clone, Copy)]
struct Row {
    start: u64,
    /// How far the quote's span reaches past `start`.
    span_len: u32,
    doc: u32,
    /// The quote's `index` in its document.
    index: u32,
    text_len: u32,
    /// The interned speaker, 0 for none ([`QuoteTable::names`]).
    speaker: u32,
    /// The interned mention of the speaker, 0 for none.
    mention: u32,
}

impl Row {
    fn span(&self) -> (usize, usize) {
        let start = self.start as usize;
        (start, start + self.span_len as usize)
    }
}

/// Every how many rows [`QuoteTable::text_starts`] records where the next text starts.
const TEXT_START_EVERY: usize = 64;

/// One quote of a [`QuoteTable`], as the comparison reads it (its text is read with
/// [`QuoteTable::text`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableQuote<'t> {
    /// The position of the quote's document in the run.
    pub doc: usize,
    /// The quote's `index` in its document.
    pub index: usize,
    /// Where the quote starts in its document's text (byte offset).
    pub start: usize,
    /// Where it ends (byte offset, exclusive).
    pub end: usize,
    /// Who said it.
    pub speaker: Option<&'t str>,
    /// How the article named the speaker.
    pub mention: Option<&'t str>,
}

/// Every quote of a run, in input order (documents in order, each document's quotes in order),
/// its texts kept in `S`.
#[derive(Debug, Default)]
pub struct QuoteTable<S = HeldTexts> {
    rows: Vec<Row>,
    /// `first[d]`: the first row of document `d`; one more entry closes the last document.
    first: Vec<usize>,
    /// `text_starts[k]`: where the text of row `k * TEXT_START_EVERY` starts in `texts`; a row's
    /// own start adds the lengths of the rows between.
    text_starts: Vec<u64>,
    texts: S,
    /// Speakers and mentions.
    names: Interner,
}

impl QuoteTable {
    /// The quotes of `documents`, their texts held in memory.
    pub fn of_documents(documents: &[Document]) -> QuoteTable {
        let mut table = QuoteTable::default();
        for document in documents {
            match table.add(&document.quotes) {
                Ok(()) => {}
                Err(never) => match never {},
            }
        }
        table
    }
}

impl<S: TextStore> QuoteTable<S> {
    /// An empty table that keeps its texts in `texts`.
    pub fn with_texts(texts: S) -> QuoteTable<S> {
        QuoteTable {
            rows: Vec::new(),
            first: Vec::new(),
            text_starts: Vec::new(),
            texts,
            names: Interner::default(),
        }
    }

    /// Add the quotes of the next document; an error means the text store could not be written.
    pub fn add(&mut self, quotes: &[Quote]) -> Result<(), S::Error> {
        if self.first.is_empty() {
            self.first.push(0);
        }
        let doc = (self.first.len() - 1) as u32;
        for quote in quotes {
            if self.rows.len() % TEXT_START_EVERY == 0 {
                self.text_starts.push(self.texts.len());
            }
            // A row gives a text at most 4 GB (a quote from a document over four gigabytes).
            let text = super::within(&quote.text, u32::MAX as usize);
            self.texts.push(text)?;
            let row = Row {
                start: quote.start as u64,
                span_len: u32::try_from(quote.end.saturating_sub(quote.start)).unwrap_or(u32::MAX),
                doc,
                index: quote.index as u32,
                text_len: text.len() as u32,
                speaker: self.names.intern_option(quote.speaker.as_deref()),
                mention: self.names.intern_option(quote.speaker_mention.as_deref()),
            };
            self.rows.push(row);
        }
        self.first.push(self.rows.len());
        Ok(())
    }

    /// Where the texts are kept.
    pub fn texts(&self) -> &S {
        &self.texts
    }

    /// How many quotes there are.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The `i`th quote of the run.
    pub fn get(&self, i: usize) -> TableQuote<'_> {
        let row = self.rows[i];
        let (start, end) = row.span();
        TableQuote {
            doc: row.doc as usize,
            index: row.index as usize,
            start,
            end,
            speaker: self.names.get(row.speaker),
            mention: self.names.get(row.mention),
        }
    }

    /// The text of the `i`th quote; an error means the text store could not be read.
    pub fn text(&self, i: usize) -> Result<Cow<'_, str>, S::Error> {
        let block = i / TEXT_START_EVERY;
        let before: u64 = self.rows[block * TEXT_START_EVERY..i]
            .iter()
            .map(|row| u64::from(row.text_len))
            .sum();
        let text_start = self.text_starts[block] + before;
        self.texts.get(text_start, self.rows[i].text_len as usize)
    }

    /// The document of the `i`th quote and its speaker as a number (0 for none; two quotes have
    /// the same number when they have the same speaker).
    pub fn doc_and_speaker_id(&self, i: usize) -> (usize, u32) {
        let row = self.rows[i];
        (row.doc as usize, row.speaker)
    }

    /// Call `each(i, text)` for every quote, in order; an error means the text store could not
    /// be read.
    pub fn for_each_text(&self, mut each: impl FnMut(usize, &str)) -> Result<(), S::Error> {
        let mut i = 0;
        self.texts
            .for_each(self.rows.iter().map(|row| row.text_len as usize), |text| {
                each(i, text);
                i += 1;
            })
    }

    /// Every quote of the run, in order.
    pub fn iter(&self) -> impl Iterator<Item = TableQuote<'_>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The spans of document `d`'s quotes, in order.
    pub fn spans_of(&self, d: usize) -> Vec<(usize, usize)> {
        let rows = match (self.first.get(d), self.first.get(d + 1)) {
            (Some(&from), Some(&to)) => &self.rows[from..to],
            _ => &[],
        };
        rows.iter().map(Row::span).collect()
    }

    /// Let go of the room reserved for quotes to come.
    pub fn shrink_to_fit(&mut self) {
        self.rows.shrink_to_fit();
        self.first.shrink_to_fit();
        self.text_starts.shrink_to_fit();
        self.texts.shrink_to_fit();
    }

    /// Give every speaker the name [`crate::extract::speakers::unify_speakers`] would give it over
    /// the documents of this table, and return those names.
    pub fn unify_speakers(&mut self) -> CanonicalNames {
        let mut forms = SpeakerForms::default();
        for i in 0..self.len() {
            forms.add_speaker(self.names.get(self.rows[i].speaker));
        }
        let canonical = forms.canonical_names();
        let renamed: Vec<u32> = (1..=self.names.len() as u32)
            .map(|id| {
                match self
                    .names
                    .get(id)
                    .and_then(|name| canonical.canonical(name))
                    .map(str::to_string)
                {
                    Some(name) => self.names.intern(&name),
                    None => id,
                }
            })
            .collect();
        for row in &mut self.rows {
            if let Some(&id) = row
                .speaker
                .checked_sub(1)
                .and_then(|i| renamed.get(i as usize))
            {
                row.speaker = id;
            }
        }
        canonical
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;
    use crate::model::QuoteKind;

    #[test]
    fn rows_give_back_each_quote_with_its_names() {
        let mut a = DocBuilder::new("a")
            .quote("We will build it", Some("Ann Lee"), QuoteKind::Direct)
            .quote("no comment", None, QuoteKind::Scare)
            .build();
        a.quotes[0].speaker_mention = Some("Ms Lee".into());
        let b = DocBuilder::new("b")
            .quote("soon", Some("Ann Lee"), QuoteKind::Direct)
            .build();
        let table =
            QuoteTable::of_documents(&[a.clone(), DocBuilder::new("none").build(), b.clone()]);
        assert_eq!(table.len(), 3);
        let first = table.get(0);
        assert_eq!(
            (first.doc, first.speaker, first.mention),
            (0, Some("Ann Lee"), Some("Ms Lee"))
        );
        assert_eq!(
            table.text(0).map(Cow::into_owned),
            Ok("We will build it".into())
        );
        assert_eq!(
            (first.start, first.end),
            (a.quotes[0].start, a.quotes[0].end)
        );
        assert_eq!(table.get(1).speaker, None);
        assert_eq!(table.get(2).doc, 2);
        assert_eq!(table.text(2).map(Cow::into_owned), Ok("soon".into()));
        let mut texts = Vec::new();
        table
            .for_each_text(|i, text| texts.push((i, text.to_string())))
            .ok();
        assert_eq!(
            texts,
            [(0, "We will build it"), (1, "no comment"), (2, "soon")].map(|(i, t)| (i, t.into()))
        );
        assert_eq!(table.spans_of(1), Vec::new());
        assert_eq!(
            table.spans_of(2),
            vec![(b.quotes[0].start, b.quotes[0].end)]
        );
        assert_eq!(table.spans_of(3), Vec::new());
    }

    /// Every text is read back whole wherever it falls among the recorded starts, in a table
    /// held in memory and in one written to a file.
    #[test]
    fn texts_are_found_past_the_recorded_starts() {
        let texts: Vec<String> = (0..3 * TEXT_START_EVERY + 5)
            .map(|i| "word ".repeat(i % 7) + &format!("quote {i} é"))
            .collect();
        let mut builder = DocBuilder::new("a");
        for text in &texts[..TEXT_START_EVERY + 3] {
            builder = builder.quote(text, None, QuoteKind::Direct);
        }
        let mut later = DocBuilder::new("b");
        for text in &texts[TEXT_START_EVERY + 3..] {
            later = later.quote(text, None, QuoteKind::Direct);
        }
        let documents = [builder.build(), later.build()];
        let held = QuoteTable::of_documents(&documents);
        let mut spilled = QuoteTable::with_texts(
            crate::compare::text_store::SpilledTexts::with_limit_in(16, std::env::temp_dir()),
        );
        for document in &documents {
            spilled.add(&document.quotes).ok();
        }
        for (i, text) in texts.iter().enumerate() {
            assert_eq!(
                held.text(i).ok().as_deref(),
                Some(text.as_str()),
                "held {i}"
            );
            assert_eq!(
                spilled.text(i).ok().as_deref(),
                Some(text.as_str()),
                "spilled {i}"
            );
        }
        assert_eq!(held.get(TEXT_START_EVERY + 3).doc, 1);
    }

    /// The table's speakers, unified, are those `unify_speakers` gives the documents.
    #[test]
    fn unified_speakers_match_the_documents_unified() {
        let mut documents = vec![
            DocBuilder::new("a")
                .quote("one", Some("Lavrov"), QuoteKind::Direct)
                .quote("two", Some("Sergey Lavrov"), QuoteKind::Direct)
                .build(),
            DocBuilder::new("b")
                .quote("three", Some("Sergei Lavrov"), QuoteKind::Direct)
                .quote("four", Some("Sergei Lavrov"), QuoteKind::Direct)
                .quote("five", None, QuoteKind::Direct)
                .build(),
        ];
        let mut table = QuoteTable::of_documents(&documents);
        table.unify_speakers();
        crate::extract::speakers::unify_speakers(&mut documents);
        let unified: Vec<Option<String>> = documents
            .iter()
            .flat_map(|d| d.quotes.iter().map(|q| q.speaker.clone()))
            .collect();
        let from_table: Vec<Option<String>> = table
            .iter()
            .map(|q| q.speaker.map(str::to_string))
            .collect();
        assert_eq!(from_table, unified);
        assert_eq!(unified[0].as_deref(), Some("Sergei Lavrov"));
    }
}
