//! The comparison across documents: who is quoted, shared quotes, numbers, names, reused text,
//! timeline. Reads only extracted items (and sentence text); never re-extracts. A run that
//! writes documents as it goes feeds a [`Comparator`] instead of holding them all.
//!
//! Every part scales with the corpus through inverted indexes or hashing: nothing compares every
//! item with every other. Output is sorted with total orders so a run is reproducible byte for byte.

pub mod clusters;
pub mod deferred;
pub mod interner;
pub mod names;
pub mod numbers;
pub mod quote_table;
pub mod reuse;
pub mod speakers;
pub mod text_store;
pub mod timeline;
pub mod unwritable;
pub mod words;

#[cfg(test)]
pub(crate) mod testkit;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use std::convert::Infallible;

use crate::extract::speakers::CanonicalNames;
use crate::model::{
    Comparison, Document, DocumentId, ReusedPassage, Sentence, SourceText, Warning,
};

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
    let reused = |_: &[DocumentId], _: reuse::QuoteSpans| {
        Ok::<_, Infallible>(reuse::passages(grams, documents))
    };
    match compare_held(documents, names, contexts, reused) {
        Ok(comparison) => comparison,
        Err(never) => match never {},
    }
}

/// [`compare`] for a long run: the 5-grams behind reused passages go to temporary files once they
/// are many ([`reuse::GramStore`]) instead of into one index in memory, with a warning when the
/// files cannot be created (the index is then held in memory). An error means files that were
/// created could not be written or read back.
pub fn compare_spilling(documents: &[Document]) -> std::io::Result<(Comparison, Vec<Warning>)> {
    let (names, (contexts, grams)) = rayon::join(
        || names::NameIndex::of_documents(documents),
        || {
            rayon::join(
                || numbers::contexts_of_documents(documents),
                || reuse::gram_store(documents, reuse::GramStore::default()),
            )
        },
    );
    let grams = grams?;
    let warnings = unwritable::warnings(grams.unwritable());
    let reused = |ids: &[DocumentId], spans: reuse::QuoteSpans| {
        grams.passages(ids, &reuse::held_texts(documents), spans)
    };
    let comparison = compare_held(documents, names, contexts, reused)?;
    Ok((comparison, warnings))
}

/// [`compare_with`] for documents that hold their items (quotes, numbers, dates).
fn compare_held<E: Send>(
    documents: &[Document],
    names: names::NameIndex,
    contexts: numbers::Contexts,
    reused: impl FnOnce(&[DocumentId], reuse::QuoteSpans) -> Result<Vec<ReusedPassage>, E>,
) -> Result<Comparison, E> {
    let quotes = quote_table::QuoteTable::of_documents(documents);
    let deferred = deferred::DeferredIndexes::new(
        numbers::Figures::of_documents(documents),
        contexts,
        names,
        timeline::Timeline::of_documents(documents),
        documents.len(),
    );
    compare_with(
        &ids_of(documents),
        (quotes, |never| match never {}),
        (deferred, |never| match never {}),
        reused,
    )
}

/// The ids of `documents`, in order: what most stages of the comparison know a document by.
pub fn ids_of(documents: &[Document]) -> Vec<DocumentId> {
    documents
        .iter()
        .map(|document| document.id.clone())
        .collect()
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
        // The name findings, the number contexts and the 5-grams read the same words: found once.
        let words = words::sentence_words(&document.source, &document.sentences);
        Digest {
            names: names::NameFindings::of_words(document, &words),
            contexts: numbers::number_contexts_of(document, &words),
            grams: reuse::document_grams_of(document, &words),
        }
    }
}

/// Reads a document's text again (its file, as first read) for a [`Comparator`] that let the
/// text go; the error says why it cannot.
pub type Reread = Box<dyn Fn() -> Result<String, String> + Send + Sync>;

/// A document text let go by a [`Comparator`]: how to read it again, its length and hash as
/// first read, to tell whether what is read again is the same text, and where its sentence spans
/// are kept.
struct Released {
    reread: Reread,
    length: usize,
    fingerprint: u64,
    spans: text_store::SpansAt,
}

/// What a [`Comparator`] keeps of a document besides its id: its path, for warnings, and its
/// text with its sentences or how to read them again.
struct Kept {
    path: String,
    text: KeptText,
}

/// A kept document's text: held (with its sentences), or let go.
enum KeptText {
    Held(SourceText, Vec<Sentence>),
    Released(Released),
}

/// A comparison fed one document at a time, in input order, for runs that write each document
/// as soon as it is done. Of each document it keeps its id, path, text and sentences, puts
/// its quotes in a table ([`quote_table::QuoteTable`], its texts in a temporary file once they
/// are many, [`text_store::SpilledTexts`]), and puts aside what only the last stages read (its
/// name candidates, number contexts, figures and dates: [`deferred::DeferredStore`], a temporary
/// file once they are many); the 5-grams behind reused passages go to temporary files once they
/// are many ([`reuse::GramStore`]). A document
/// added with [`Comparator::add_releasing`] does not keep its text: it is read again for the
/// pairs that share passages, its sentence spans kept compactly beside the quotes' texts
/// ([`text_store::SentenceSpans`]). [`Comparator::finish`] gives the same
/// comparison as [`compare`] over the same documents.
#[derive(Default)]
pub struct Comparator {
    ids: Vec<DocumentId>,
    kept: Vec<Kept>,
    quotes: quote_table::QuoteTable<text_store::SpilledTexts>,
    deferred: deferred::DeferredStore,
    grams: reuse::GramStore,
    spans: text_store::SentenceSpans,
}

impl Comparator {
    /// A comparator that holds at most `grams` 5-grams, `bytes` bytes of quote text and `bytes`
    /// bytes of records for the last stages ([`deferred::DeferredStore`]) in memory before writing
    /// them to the system's temporary folder.
    pub fn with_limits(grams: usize, bytes: usize) -> Comparator {
        Comparator::with_limits_in(grams, bytes, std::env::temp_dir())
    }

    /// [`Comparator::with_limits`], its temporary files going to `folder`.
    pub fn with_limits_in(grams: usize, bytes: usize, folder: std::path::PathBuf) -> Comparator {
        Comparator {
            grams: reuse::GramStore::with_limit_in(grams, folder.clone()),
            quotes: quote_table::QuoteTable::with_texts(text_store::SpilledTexts::with_limit_in(
                bytes,
                folder.clone(),
            )),
            deferred: deferred::DeferredStore::with_limit_in(bytes, folder.clone()),
            spans: text_store::SentenceSpans::with_limit_in(bytes, folder),
            ..Comparator::default()
        }
    }

    /// Add the next document with its digest, keeping its text. An error means the temporary
    /// files could not be written.
    pub fn add(&mut self, document: Document, digest: Digest) -> std::io::Result<()> {
        self.keep(document, digest, None)
    }

    /// Add the next document with its digest, letting its text go: `reread` reads it again if
    /// the comparison needs it. An error means the temporary files could not be written.
    pub fn add_releasing(
        &mut self,
        document: Document,
        digest: Digest,
        reread: Reread,
    ) -> std::io::Result<()> {
        let released = match document.source.text() {
            Some(text) => Some(Released {
                reread,
                length: text.len(),
                fingerprint: fingerprint(text),
                spans: self.spans.push(&document.sentences)?,
            }),
            None => None,
        };
        self.keep(document, digest, released)
    }

    fn keep(
        &mut self,
        document: Document,
        digest: Digest,
        released: Option<Released>,
    ) -> std::io::Result<()> {
        let doc = self.ids.len();
        self.deferred.push(
            digest.names,
            digest.contexts,
            &document.numbers,
            &document.dates,
        )?;
        self.grams.add(doc as u32, digest.grams)?;
        self.quotes.add(&document.quotes)?;
        // The document was written already: the rest of it is in the tables and records.
        let text = match released {
            Some(released) => KeptText::Released(released),
            None => KeptText::Held(document.source, document.sentences),
        };
        self.ids.push(document.id);
        self.kept.push(Kept {
            path: document.path,
            text,
        });
        Ok(())
    }

    /// The comparison of every document added, speakers unified across all of them, with
    /// warnings for what it had to leave out (a text that changed before it was read again). An
    /// error means the temporary files could not be read back.
    pub fn finish(self) -> std::io::Result<(Comparison, Vec<Warning>)> {
        self.finish_naming()
            .map(|(comparison, warnings, _)| (comparison, warnings))
    }

    /// [`Comparator::finish`], with the speakers' names decided over every document added: what
    /// [`crate::extract::speakers::unify_speakers`] rewrites the documents' speakers to.
    pub fn finish_naming(mut self) -> std::io::Result<(Comparison, Vec<Warning>, CanonicalNames)> {
        let speaker_names = self.quotes.unify_speakers();
        self.quotes.shrink_to_fit();
        self.ids.shrink_to_fit();
        self.kept.shrink_to_fit();
        self.spans.shrink_to_fit();
        release_freed_memory();
        let mut warnings = unwritable::warnings(
            self.grams
                .unwritable()
                .into_iter()
                .chain(self.quotes.texts().unwritable())
                .chain(self.deferred.unwritable())
                .chain(self.spans.unwritable()),
        );
        let lost = std::sync::Mutex::new(Vec::new());
        let (kept, kept_spans) = (&self.kept, &self.spans);
        let text_of = |d: usize| -> Option<(SourceText, Cow<[Sentence]>)> {
            let release = match &kept.get(d)?.text {
                KeptText::Held(source, sentences) => {
                    return Some((source.clone(), Cow::Borrowed(&sentences[..])))
                }
                KeptText::Released(release) => release,
            };
            let read = (release.reread)().and_then(|text| {
                if text.len() != release.length || fingerprint(&text) != release.fingerprint {
                    return Err("it changed during the run".to_string());
                }
                let sentences = kept_spans.get(release.spans).map_err(|e| {
                    format!("its sentence spans could not be read back from a temporary file: {e}")
                })?;
                Ok((text, sentences))
            });
            match read {
                Ok((text, sentences)) => Some((SourceText::new(&text), Cow::Owned(sentences))),
                Err(why) => {
                    if let Ok(mut lost) = lost.lock() {
                        lost.push((d, why));
                    }
                    None
                }
            }
        };
        let grams = self.grams;
        let reused =
            |ids: &[DocumentId], spans: reuse::QuoteSpans| grams.passages(ids, &text_of, spans);
        let comparison = compare_with(
            &self.ids,
            (self.quotes, |error| error),
            (self.deferred, |error| error),
            reused,
        )?;
        let mut lost = lost.into_inner().unwrap_or_default();
        lost.sort();
        lost.dedup_by_key(|(d, _)| *d);
        warnings.extend(lost.into_iter().filter_map(|(d, why)| {
            self.kept.get(d).map(|kept| Warning {
                path: kept.path.clone(),
                message: format!(
                    "could not be read again for the comparison ({why}): its reused passages \
                     are left out"
                ),
            })
        }));
        Ok((comparison, warnings, speaker_names))
    }
}

/// Hand the memory a finished stage freed back to the system. The C library's allocator (glibc)
/// keeps freed pages that lie below memory still in use; between stages of a long run they add up
/// to tens of megabytes of resident memory that no later stage may fit in. Elsewhere (another C
/// library, another system) the allocator is left to do as it does.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only returns free pages of the allocator's own heaps to the system;
    // it takes the allocator's locks and touches no memory in use.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How many ids two sorted, distinct lists share.
pub(crate) fn shared_count(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// `text` cut at the last character boundary within `max_bytes` bytes: what a table that gives
/// a text's length fewer bits keeps of a text too long for them.
fn within(text: &str, max_bytes: usize) -> &str {
    let mut end = text.len().min(max_bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A hash of a text, to tell whether a file read again is the text first read.
fn fingerprint(text: &str) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = rustc_hash::FxHasher::default();
    text.hash(&mut hasher);
    hasher.finish()
}

/// The comparison, given the quote table, where to read the indexes of the last stages once the
/// quotes are matched ([`deferred::DeferredSource`]) and how to find the reused passages;
/// `unreadable` and `unread` turn a failure to read the quotes' texts or the last stages'
/// records into the comparison's error.
fn compare_with<E: Send, S: text_store::TextStore, D: deferred::DeferredSource>(
    ids: &[DocumentId],
    (quotes, unreadable): (
        quote_table::QuoteTable<S>,
        impl FnOnce(S::Error) -> E + Send,
    ),
    (mut deferred, unread): (D, impl Fn(D::Error) -> E),
    reused: impl FnOnce(&[DocumentId], reuse::QuoteSpans) -> Result<Vec<ReusedPassage>, E>,
) -> Result<Comparison, E> {
    // The stages that read the quote table first, then the others: the quote table and the
    // matching of quotes are the largest things a long run holds at the end, and need not be
    // held together with the rest, which a streamed run reads back from a file only now. The
    // reused passages (which read the quotes' spans) come after the matching of quotes, not
    // beside it: each has a working set of its own and both use every thread. Then the number
    // facts alone (in parallel over units), letting the figures go, then the names, then the
    // timeline: each stage's working set and output on top of the ones before it would outgrow
    // the matching of quotes on a 200 MB corpus if they ran side by side.
    let (speakers, quote_clusters) = rayon::join(
        || speakers::speakers_in(ids, &quotes),
        || clusters::quote_clusters_in(ids, &quotes).map_err(unreadable),
    );
    let quote_clusters = quote_clusters?;
    release_freed_memory();
    let reused_passages = reused(ids, &|d: usize| quotes.spans_of(d))?;
    drop(quotes);
    release_freed_memory();
    let (figures, contexts) = deferred.numbers().map_err(&unread)?;
    let number_facts = numbers::number_facts_in(ids, &figures, &contexts);
    drop((figures, contexts));
    release_freed_memory();
    let (names, timeline) = deferred.names_and_dates().map_err(unread)?;
    let name_variants = names.groups();
    let timeline = timeline.entries(ids);
    let name_variant_sources: Vec<BTreeMap<String, Vec<DocumentId>>> = name_variants
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|(spelling, docs)| {
                    let sources = docs.iter().filter_map(|&d| ids.get(d).cloned()).collect();
                    (spelling.clone(), sources)
                })
                .collect()
        })
        .collect();
    let name_variants = name_variants
        .into_iter()
        .map(|group| group.into_keys().collect())
        .collect();
    Ok(Comparison {
        speakers,
        quote_clusters,
        number_facts,
        name_variants,
        name_variant_sources,
        reused_passages,
        timeline,
    })
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
    fn shared_count_counts_common_ids() {
        assert_eq!(shared_count(&[1, 3, 5, 9], &[2, 3, 4, 5, 10]), 2);
        assert_eq!(shared_count(&[], &[1]), 0);
        assert_eq!(shared_count(&[7], &[7]), 1);
    }

    #[test]
    fn texts_are_cut_within_the_bytes_given_at_a_character_boundary() {
        assert_eq!(within("Zürich", 2), "Z");
        assert_eq!(within("Zürich", 3), "Zü");
        assert_eq!(within("Zürich", 100), "Zürich");
        assert_eq!(within("", 0), "");
    }

    #[test]
    fn short_labels_use_unique_prefixes() {
        let labels = short_labels(["001_ab", "002_cd", "x_1", "x_2", "plain"]);
        assert_eq!(labels["001_ab"], "001");
        assert_eq!(labels["x_1"], "x_1");
        assert_eq!(labels["plain"], "plain");
    }
}
