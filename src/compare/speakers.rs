//! Who is quoted: each canonical speaker, the ways the articles name them, and how many quotes each
//! article gives them.

use std::collections::{BTreeMap, BTreeSet};

use super::quote_table::QuoteTable;
use super::text_store::TextStore;
use crate::model::{Document, DocumentId, SpeakerCoverage};

/// Every canonical speaker with spellings and per-document quote counts, most quoted first.
pub fn speakers(documents: &[Document]) -> Vec<SpeakerCoverage> {
    speakers_in(
        &super::ids_of(documents),
        &QuoteTable::of_documents(documents),
    )
}

/// [`speakers`] with the documents' quotes given as a table, `ids[d]` the id of document `d`.
pub fn speakers_in<S: TextStore>(
    ids: &[DocumentId],
    table: &QuoteTable<S>,
) -> Vec<SpeakerCoverage> {
    // Borrowed names while counting, owned once per speaker at the end; ids are shared.
    let mut by_name: BTreeMap<&str, (BTreeSet<&str>, BTreeMap<DocumentId, usize>)> =
        BTreeMap::new();
    for quote in table.iter() {
        let (Some(name), Some(id)) = (quote.speaker, ids.get(quote.doc)) else {
            continue;
        };
        let entry = by_name.entry(name).or_default();
        if let Some(mention) = quote.mention.map(str::trim) {
            if is_naming(mention) {
                entry.0.insert(mention);
            }
        }
        *entry.1.entry(id.clone()).or_insert(0) += 1;
    }
    let mut out: Vec<SpeakerCoverage> = by_name
        .into_iter()
        .map(|(name, (spellings, quotes))| SpeakerCoverage {
            name: name.to_string(),
            spellings: spellings.into_iter().map(str::to_string).collect(),
            quotes,
        })
        .collect();
    out.sort_by(|a, b| {
        let total = |s: &SpeakerCoverage| s.quotes.values().sum::<usize>();
        total(b)
            .cmp(&total(a))
            .then_with(|| b.quotes.len().cmp(&a.quotes.len()))
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}

/// Whether a mention names someone (starts with a capital), as opposed to "he" or "the minister".
fn is_naming(mention: &str) -> bool {
    mention.chars().next().is_some_and(char::is_uppercase)
        && !matches!(mention, "He" | "She" | "They" | "It" | "We" | "I")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;
    use crate::model::QuoteKind;

    #[test]
    fn counts_quotes_per_source_and_collects_spellings() {
        let a = DocBuilder::new("a")
            .quote("one", Some("Ann Lee"), QuoteKind::Direct)
            .quote("two", Some("Ann Lee"), QuoteKind::Direct)
            .quote("three", Some("Bo Ray"), QuoteKind::Direct)
            .build();
        let mut b = DocBuilder::new("b")
            .quote("four", Some("Ann Lee"), QuoteKind::Partial)
            .quote("five", None, QuoteKind::Scare)
            .build();
        b.quotes[0].speaker_mention = Some("Ms Lee".into());
        let out = speakers(&[a, b]);
        assert_eq!(out[0].name, "Ann Lee");
        assert_eq!(out[0].quotes["a"], 2);
        assert_eq!(out[0].quotes["b"], 1);
        assert_eq!(out[0].spellings, vec!["Lee", "Ms Lee"]);
        assert_eq!(out[1].name, "Bo Ray");
        assert_eq!(out.len(), 2);
    }
}
