//! The quotes of a run as the comparison reads them: where each is, its words, its speaker and how
//! the article named the speaker. One row of integers per quote, the texts in one string and each
//! name held once, so that a run that lets its documents go once they are written keeps tens of
//! bytes per quote instead of a whole [`Quote`] with its strings.

use super::interner::Interner;
use crate::extract::speakers::{CanonicalNames, SpeakerForms};
use crate::model::{Document, Quote};

/// One quote: integers only; its text lies in [`QuoteTable::text`], its names in
/// [`QuoteTable::names`].
#[derive(Debug, Clone, Copy)]
struct Row {
    doc: u32,
    /// The quote's `index` in its document.
    index: u32,
    start: usize,
    end: usize,
    /// Where the quote's text starts in [`QuoteTable::text`].
    text_start: usize,
    text_len: u32,
    /// The interned speaker, 0 for none ([`QuoteTable::names`]).
    speaker: u32,
    /// The interned mention of the speaker, 0 for none.
    mention: u32,
}

/// One quote of a [`QuoteTable`], as the comparison reads it.
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
    /// The quote as written.
    pub text: &'t str,
    /// Who said it.
    pub speaker: Option<&'t str>,
    /// How the article named the speaker.
    pub mention: Option<&'t str>,
}

/// Every quote of a run, in input order (documents in order, each document's quotes in order).
#[derive(Debug, Default)]
pub struct QuoteTable {
    rows: Vec<Row>,
    /// `first[d]`: the first row of document `d`; one more entry closes the last document.
    first: Vec<usize>,
    text: String,
    /// Speakers and mentions.
    names: Interner,
}

impl QuoteTable {
    /// The quotes of `documents`.
    pub fn of_documents(documents: &[Document]) -> QuoteTable {
        let mut table = QuoteTable::default();
        for document in documents {
            table.add(&document.quotes);
        }
        table
    }

    /// Add the quotes of the next document.
    pub fn add(&mut self, quotes: &[Quote]) {
        if self.first.is_empty() {
            self.first.push(0);
        }
        let doc = (self.first.len() - 1) as u32;
        for quote in quotes {
            let text_start = self.text.len();
            self.text.push_str(&quote.text);
            let row = Row {
                doc,
                index: quote.index as u32,
                start: quote.start,
                end: quote.end,
                text_start,
                text_len: quote.text.len() as u32,
                speaker: self.names.intern_option(quote.speaker.as_deref()),
                mention: self.names.intern_option(quote.speaker_mention.as_deref()),
            };
            self.rows.push(row);
        }
        self.first.push(self.rows.len());
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
        let text_end = row.text_start + row.text_len as usize;
        TableQuote {
            doc: row.doc as usize,
            index: row.index as usize,
            start: row.start,
            end: row.end,
            text: self.text.get(row.text_start..text_end).unwrap_or_default(),
            speaker: self.names.get(row.speaker),
            mention: self.names.get(row.mention),
        }
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
        rows.iter().map(|row| (row.start, row.end)).collect()
    }

    /// Let go of the room reserved for quotes to come.
    pub fn shrink_to_fit(&mut self) {
        self.rows.shrink_to_fit();
        self.first.shrink_to_fit();
        self.text.shrink_to_fit();
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
            (first.doc, first.text, first.speaker, first.mention),
            (0, "We will build it", Some("Ann Lee"), Some("Ms Lee"))
        );
        assert_eq!(
            (first.start, first.end),
            (a.quotes[0].start, a.quotes[0].end)
        );
        assert_eq!(table.get(1).speaker, None);
        assert_eq!((table.get(2).doc, table.get(2).text), (2, "soon"));
        assert_eq!(table.spans_of(1), Vec::new());
        assert_eq!(
            table.spans_of(2),
            vec![(b.quotes[0].start, b.quotes[0].end)]
        );
        assert_eq!(table.spans_of(3), Vec::new());
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
