//! The comparison across documents: who is quoted, shared quotes, numbers, names, reused text,
//! timeline. Reads only extracted items (and sentence text); never re-extracts. A run that
//! writes documents as it goes feeds a [`Comparator`] instead of holding them all.
//!
//! Every part scales with the corpus through inverted indexes or hashing: nothing compares every
//! item with every other. Output is sorted with total orders so a run is reproducible byte for byte.

pub mod clusters;
pub mod names;
pub mod numbers;
pub mod reuse;
pub mod speakers;
pub mod timeline;
pub mod words;

#[cfg(test)]
pub(crate) mod testkit;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::{Comparison, Document};

/// Compare the documents of one run.
pub fn compare(documents: &[Document]) -> Comparison {
    let (names, (contexts, grams)) = rayon::join(
        || names::NameIndex::of_documents(documents),
        || {
            rayon::join(
                || numbers::contexts_of_documents(documents),
                || reuse::gram_index(documents),
            )
        },
    );
    compare_with(documents, names, contexts, grams)
}

/// What the comparison needs of one document besides its extracted items, built on its own (in
/// parallel, while the document is fresh) so that the document can then be written and dropped.
#[derive(Debug)]
pub struct Digest {
    names: names::NameFindings,
    contexts: Vec<BTreeSet<String>>,
    grams: Vec<(u64, u32)>,
}

impl Digest {
    /// The digest of `document`.
    pub fn of(document: &Document) -> Digest {
        Digest {
            names: names::NameFindings::of(document),
            contexts: numbers::number_contexts(document),
            grams: reuse::document_grams(document),
        }
    }
}

/// A comparison fed one document at a time, in input order, for runs that write each document
/// as soon as it is done. It keeps each document without its sentence text (which its source
/// text still holds), its [`Digest`] merged into corpus-wide indexes. [`Comparator::finish`]
/// gives the same comparison as [`compare`] over the same documents.
#[derive(Debug, Default)]
pub struct Comparator {
    documents: Vec<Document>,
    names: names::NameIndex,
    contexts: Vec<Vec<BTreeSet<String>>>,
    grams: Vec<(u64, u32, u32)>,
}

impl Comparator {
    /// Add the next document with its digest.
    pub fn add(&mut self, mut document: Document, digest: Digest) {
        let doc = self.documents.len();
        self.names.add(doc, digest.names);
        self.contexts.push(digest.contexts);
        self.grams.extend(
            digest
                .grams
                .into_iter()
                .map(|(hash, pos)| (hash, doc as u32, pos)),
        );
        if document.source.is_held() {
            for sentence in &mut document.sentences {
                sentence.text = String::new();
            }
        }
        self.documents.push(document);
    }

    /// The comparison of every document added, speakers unified across all of them.
    pub fn finish(mut self) -> Comparison {
        crate::extract::speakers::unify_speakers(&mut self.documents);
        compare_with(&self.documents, self.names, self.contexts, self.grams)
    }
}

/// The comparison, given the corpus-wide indexes built from the documents' digests.
fn compare_with(
    documents: &[Document],
    names: names::NameIndex,
    contexts: Vec<Vec<BTreeSet<String>>>,
    grams: Vec<(u64, u32, u32)>,
) -> Comparison {
    let ((speakers, quote_clusters), ((number_facts, name_variants), (reused_passages, timeline))) =
        rayon::join(
            || {
                rayon::join(
                    || speakers::speakers(documents),
                    || clusters::quote_clusters(documents),
                )
            },
            || {
                rayon::join(
                    || {
                        rayon::join(
                            || numbers::number_facts_in(documents, contexts),
                            || names.groups(),
                        )
                    },
                    || {
                        rayon::join(
                            || reuse::passages(grams, documents),
                            || timeline::timeline(documents),
                        )
                    },
                )
            },
        );
    let name_variant_sources: Vec<BTreeMap<String, Vec<String>>> = name_variants
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|(spelling, docs)| {
                    let ids = docs
                        .iter()
                        .filter_map(|&d| documents.get(d).map(|doc| doc.id.clone()))
                        .collect();
                    (spelling.clone(), ids)
                })
                .collect()
        })
        .collect();
    let name_variants = name_variants
        .into_iter()
        .map(|group| group.into_keys().collect())
        .collect();
    Comparison {
        speakers,
        quote_clusters,
        number_facts,
        name_variants,
        name_variant_sources,
        reused_passages,
        timeline,
    }
}

/// Short labels for document ids: the part before the first `_` ("001" for "001_d9ab…") when that
/// part is unique in the run, else the whole id.
pub fn short_labels<'d, I>(ids: I) -> BTreeMap<String, String>
where
    I: IntoIterator<Item = &'d str>,
{
    let ids: Vec<&str> = ids.into_iter().collect();
    let mut prefix_count: HashMap<&str, usize> = HashMap::new();
    for id in &ids {
        *prefix_count.entry(prefix(id)).or_insert(0) += 1;
    }
    ids.iter()
        .map(|id| {
            let p = prefix(id);
            let label = if prefix_count.get(p) == Some(&1) {
                p
            } else {
                id
            };
            (id.to_string(), label.to_string())
        })
        .collect()
}

fn prefix(id: &str) -> &str {
    match id.split_once('_') {
        Some((head, _)) if !head.is_empty() => head,
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_labels_use_unique_prefixes() {
        let labels = short_labels(["001_ab", "002_cd", "x_1", "x_2", "plain"]);
        assert_eq!(labels["001_ab"], "001");
        assert_eq!(labels["x_1"], "x_1");
        assert_eq!(labels["plain"], "plain");
    }
}
