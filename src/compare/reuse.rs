//! Reused passages: text shared nearly verbatim between two documents (wire copy), found as passim
//! does — every document's word 5-grams are hashed into one index, document pairs that share several
//! 5-grams become candidates, and only the candidates' shared 5-grams are chained into aligned
//! passages. No sentence is ever compared with every other.

use std::borrow::Cow;

use rayon::prelude::*;

use super::words::{sentence_words, SentenceWords};
use crate::model::{Document, DocumentId, PassageSpan, ReusedPassage, Sentence, SourceText};

/// Words per shingle.
const GRAM: usize = 5;
/// A 5-gram found in more documents than this is boilerplate or a stock phrase, not evidence.
const MAX_DOCS_PER_GRAM: usize = 40;
/// Most words two consecutive shared 5-grams may lie apart and still belong to one passage.
const MAX_GAP: u32 = 12;
/// Fewest shared 5-grams in a passage (8 shared 5-grams means at least 12 shared words).
const MIN_SEEDS: usize = 8;
/// Places of one gram in one document that seed pairs (see [`add_seeds`]).
const MAX_PLACES_PER_DOC: usize = 2;
/// Lowest word-level similarity of a reported passage.
const MIN_SIMILARITY: f64 = 0.6;
/// Longest passage aligned word by word for its similarity.
const MAX_ALIGN: usize = 3000;

/// A 5-gram two documents share: `(first document, second document, position in the first,
/// position in the second)`.
type Seed = (u32, u32, u32, u32);

/// One word of a document with its byte span in the document and its sentence.
struct Token {
    hash: u64,
    start: usize,
    end: usize,
    sentence: usize,
    /// Whether the word lies inside one of the document's quotes.
    quoted: bool,
}

/// Passages shared between document pairs, sorted by document pair then position.
pub fn reused_passages(documents: &[Document]) -> Vec<ReusedPassage> {
    passages(gram_index(documents), documents)
}

/// Every unquoted 5-gram of every document as `(hash, document, position)`. Documents are
/// tokenised in parallel and their tokens dropped once hashed: only the pairs with passages are
/// tokenised again, so the words of the whole corpus are never held at once.
pub fn gram_index(documents: &[Document]) -> Vec<(u64, u32, u32)> {
    let grams: Vec<Vec<(u64, u32)>> = documents.par_iter().map(document_grams).collect();
    let mut index: Vec<(u64, u32, u32)> = Vec::with_capacity(grams.iter().map(Vec::len).sum());
    for (doc, doc_grams) in grams.into_iter().enumerate() {
        index.extend(
            doc_grams
                .into_iter()
                .map(|(hash, pos)| (hash, doc as u32, pos)),
        );
    }
    index
}

/// Documents hashed at a time by [`gram_store`]: enough to keep every thread busy, few enough that
/// their 5-grams are a small part of what the store holds.
const GRAM_BATCH: usize = 256;

/// Every unquoted 5-gram of every document, added to `store` (document `d` is `documents[d]`).
/// Documents are hashed in parallel, a batch at a time, so the grams of the whole corpus are never
/// in memory at once when the store writes them out.
pub fn gram_store(documents: &[Document], mut store: GramStore) -> std::io::Result<GramStore> {
    for (batch, chunk) in documents.chunks(GRAM_BATCH).enumerate() {
        let grams: Vec<Vec<(u64, u32)>> = chunk.par_iter().map(document_grams).collect();
        for (i, doc_grams) in grams.into_iter().enumerate() {
            store.add((batch * GRAM_BATCH + i) as u32, doc_grams)?;
        }
    }
    Ok(store)
}

/// The hash and position of every 5-gram of `document` that is not mostly quoted.
pub fn document_grams(document: &Document) -> Vec<(u64, u32)> {
    document_grams_of(
        document,
        &sentence_words(&document.source, &document.sentences),
    )
}

/// [`document_grams`], given the words of the document's sentences ([`sentence_words`]).
pub fn document_grams_of(document: &Document, words: &SentenceWords) -> Vec<(u64, u32)> {
    let quotes = quote_spans(document);
    unquoted_grams(&tokenise(quotes, &document.sentences, words))
}

/// The spans of `document`'s quotes.
fn quote_spans(document: &Document) -> Vec<(usize, usize)> {
    document.quotes.iter().map(|q| (q.start, q.end)).collect()
}

/// The spans of the quotes of `documents[d]` (none if there is no such document).
pub fn quote_spans_of(documents: &[Document], d: usize) -> Vec<(usize, usize)> {
    documents.get(d).map(quote_spans).unwrap_or_default()
}

/// The passages of `documents`, given their 5-grams (see [`gram_index`]).
pub fn passages(mut index: Vec<(u64, u32, u32)>, documents: &[Document]) -> Vec<ReusedPassage> {
    let mut seeds = Vec::new();
    add_seeds(&mut index, &mut seeds);
    drop(index);
    let quotes = |d: usize| quote_spans_of(documents, d);
    passages_from_seeds(
        seeds,
        &super::ids_of(documents),
        &held_texts(documents),
        &quotes,
    )
}

/// The texts of documents that hold them, as a [`TextOf`] gives them: a document read back from
/// JSON gives an empty text and its sentences with their own text.
pub fn held_texts<'d>(
    documents: &'d [Document],
) -> impl Fn(usize) -> Option<(SourceText, Cow<'d, [Sentence]>)> + Sync + 'd {
    |d| {
        documents.get(d).map(|document| {
            (
                document.source.clone(),
                Cow::Borrowed(&document.sentences[..]),
            )
        })
    }
}

/// Add the seeds of the grams in `index` to `seeds`. The index is sorted so that equal hashes sit
/// together (one sort instead of a map of small vectors); every gram of one hash must be in it.
///
/// A gram seeds a pair only at its first [`MAX_PLACES_PER_DOC`] places in each document: a
/// document that says the same thing many times (a paragraph repeated a hundred times) would
/// otherwise seed every place in one with every place in the other, and a few such documents
/// would give millions of seeds and thousands of overlapping passages per pair.
fn add_seeds(index: &mut [(u64, u32, u32)], seeds: &mut Vec<Seed>) {
    // A stable radix sort by hash: grams are added document by document, each document's in
    // position order, so every hash's grams come out by document and position, the order the
    // seeds are read in; a run found out of that order is sorted.
    radsort::sort_by_key(index, |gram| gram.0);
    for run in index.chunk_by_mut(|x, y| x.0 == y.0) {
        if !run.is_sorted() {
            run.sort_unstable();
        }
    }
    let mut places: Vec<(u32, u32)> = Vec::new();
    for run in index.chunk_by(|x, y| x.0 == y.0) {
        if run.len() < 2 || run[0].1 == run[run.len() - 1].1 {
            continue;
        }
        // Sorted by document then position: each document's first places.
        let mut docs = 0;
        places.clear();
        for in_doc in run.chunk_by(|x, y| x.1 == y.1) {
            docs += 1;
            let firsts = in_doc.iter().take(MAX_PLACES_PER_DOC);
            places.extend(firsts.map(|&(_, doc, pos)| (doc, pos)));
        }
        if docs > MAX_DOCS_PER_GRAM {
            continue;
        }
        for (i, &(doc_a, pos_a)) in places.iter().enumerate() {
            for &(doc_b, pos_b) in &places[i + 1..] {
                if doc_a != doc_b {
                    seeds.push((doc_a, doc_b, pos_a, pos_b));
                }
            }
        }
    }
}

/// The text of document `d` with its sentences: held, or read again for a document that let both
/// go; `None` when it cannot be had.
pub type TextOf<'r, 't> = &'r (dyn Fn(usize) -> Option<(SourceText, Cow<'t, [Sentence]>)> + Sync);

/// The spans of document `d`'s quotes (which a document kept for a comparison need not hold).
pub type QuoteSpans<'q> = &'q (dyn Fn(usize) -> Vec<(usize, usize)> + Sync);

/// The passages of the document pairs with enough seeds.
fn passages_from_seeds(
    mut seeds: Vec<Seed>,
    ids: &[DocumentId],
    text_of: TextOf<'_, '_>,
    quotes: QuoteSpans,
) -> Vec<ReusedPassage> {
    // Sorted, each pair's seeds sit together in order of position in the first document.
    seeds.par_sort_unstable();
    let pairs: Vec<&[Seed]> = seeds
        .chunk_by(|x, y| (x.0, x.1) == (y.0, y.1))
        .filter(|pair| pair.len() >= MIN_SEEDS)
        .collect();
    let text_of =
        |d: usize| text_of(d).unwrap_or_else(|| (SourceText::default(), Cow::Borrowed(&[][..])));
    // Pairs with the same first document run together, so it is tokenised once per run.
    let by_first: Vec<&[&[Seed]]> = pairs.chunk_by(|x, y| x[0].0 == y[0].0).collect();
    by_first
        .into_par_iter()
        .map(|run| {
            let mut out = Vec::new();
            let a = run[0][0].0 as usize;
            let Some(id_a) = ids.get(a) else {
                return out;
            };
            // Seeds are chained from positions alone; only a pair with a passage is tokenised.
            let mut side_a = None;
            for pair in run {
                let b = pair[0].1 as usize;
                let Some(id_b) = ids.get(b) else {
                    continue;
                };
                let positions: Vec<(u32, u32)> = pair.iter().map(|s| (s.2, s.3)).collect();
                let blocks = chain(&positions);
                if blocks.is_empty() {
                    continue;
                }
                let (text_a, sentences_a, tokens_a) = side_a.get_or_insert_with(|| {
                    let (text, sentences) = text_of(a);
                    let words = sentence_words(&text, &sentences);
                    let tokens = tokenise(quotes(a), &sentences, &words);
                    (text, sentences, tokens)
                });
                let (text_b, sentences_b) = text_of(b);
                let words_b = sentence_words(&text_b, &sentences_b);
                let tokens_b = tokenise(quotes(b), &sentences_b, &words_b);
                for aligned in aligned_runs(&blocks, tokens_a, &tokens_b) {
                    let side_a = Side {
                        document: id_a,
                        text: text_a,
                        sentences: sentences_a,
                        tokens: tokens_a,
                    };
                    let side_b = Side {
                        document: id_b,
                        text: &text_b,
                        sentences: &sentences_b,
                        tokens: &tokens_b,
                    };
                    if let Some(passage) = passage(side_a, side_b, &aligned) {
                        out.push(passage);
                    }
                }
            }
            out
        })
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect()
}

/// One document of a pair being aligned: the document's id, its text, and its words.
#[derive(Clone, Copy)]
struct Side<'a> {
    document: &'a DocumentId,
    text: &'a SourceText,
    sentences: &'a [Sentence],
    tokens: &'a [Token],
}

/// Grams held in memory by a [`GramStore`] before it writes them out: 2^21 grams, 32 MB.
pub const DEFAULT_GRAM_LIMIT: usize = 1 << 21;
/// Files (by the top bits of the hash) that a [`GramStore`] writes its grams to: one is read
/// back at a time, so more files make the index held at the end smaller (a 200 MB corpus writes
/// about 550 MB of grams, 2 MB a file).
const SPILL_BUCKETS: usize = 256;
/// Write buffer of each of the [`SPILL_BUCKETS`] files.
const SPILL_BUFFER: usize = 1 << 14;
/// Bytes of one written gram: hash, document, position, little-endian.
const RECORD: usize = 16;

/// The 5-grams of a run's documents, `(hash, document, position)`, gathered one document at a
/// time for [`GramStore::passages`]: in memory while they are few, then written to anonymous
/// temporary files (in the system's temporary folder, `TMPDIR`), one per range of hashes, so that
/// a long run does not hold 16 bytes for every word of its corpus. Every gram of one hash lands in
/// one file, so each file is sorted and scanned on its own.
#[derive(Debug)]
pub struct GramStore {
    held: Vec<(u64, u32, u32)>,
    limit: usize,
    spill: Option<Vec<std::io::BufWriter<std::fs::File>>>,
    /// Where the temporary files go.
    folder: std::path::PathBuf,
    /// Why grams could not be written out, when they could not (they are then all held).
    unwritable: Option<super::unwritable::Unwritable>,
}

impl Default for GramStore {
    fn default() -> Self {
        GramStore::with_limit(DEFAULT_GRAM_LIMIT)
    }
}

impl GramStore {
    /// A store that holds at most `limit` grams in memory before writing them out to the
    /// system's temporary folder.
    pub fn with_limit(limit: usize) -> GramStore {
        GramStore::with_limit_in(limit, std::env::temp_dir())
    }

    /// A store that holds at most `limit` grams in memory before writing them out to `folder`.
    pub fn with_limit_in(limit: usize, folder: std::path::PathBuf) -> GramStore {
        GramStore {
            held: Vec::new(),
            limit,
            spill: None,
            folder,
            unwritable: None,
        }
    }

    /// Add the grams of document `doc` (see [`document_grams`]). An error means grams already
    /// written out could not be added to; when the temporary files cannot be created at all, the
    /// grams stay in memory and [`GramStore::unwritable`] says why.
    pub fn add(&mut self, doc: u32, grams: Vec<(u64, u32)>) -> std::io::Result<()> {
        if self.spill.is_none()
            && self.unwritable.is_none()
            && self.held.len() + grams.len() > self.limit
        {
            match open_buckets(&self.folder) {
                Ok(buckets) => {
                    self.spill = Some(buckets);
                    let held = std::mem::take(&mut self.held);
                    self.write(held.into_iter())?;
                }
                Err(e) => {
                    self.unwritable = Some(super::unwritable::Unwritable::new(
                        &self.folder,
                        &e,
                        "the index of shared wording",
                    ));
                }
            }
        }
        let records = grams.into_iter().map(|(hash, pos)| (hash, doc, pos));
        if self.spill.is_some() {
            self.write(records)
        } else {
            // Doubling, but never past the limit: a vector grown by plain doubling can reach
            // almost twice the limit's room just before the grams are written out.
            let needed = self.held.len() + records.len();
            if needed > self.held.capacity() {
                let room = (self.held.capacity() * 2).clamp(needed, self.limit.max(needed));
                self.held.reserve_exact(room - self.held.len());
            }
            self.held.extend(records);
            Ok(())
        }
    }

    /// Why the grams could not be written out to temporary files, if they could not.
    pub fn unwritable(&self) -> Option<&super::unwritable::Unwritable> {
        self.unwritable.as_ref()
    }

    fn write(&mut self, records: impl Iterator<Item = (u64, u32, u32)>) -> std::io::Result<()> {
        use std::io::Write as _;
        let Some(buckets) = self.spill.as_mut() else {
            return Ok(());
        };
        for (hash, doc, pos) in records {
            let mut record = [0u8; RECORD];
            record[..8].copy_from_slice(&hash.to_le_bytes());
            record[8..12].copy_from_slice(&doc.to_le_bytes());
            record[12..].copy_from_slice(&pos.to_le_bytes());
            buckets[bucket_of(hash)].write_all(&record)?;
        }
        Ok(())
    }

    /// The passages shared between the documents whose grams were added: `ids[d]` is the id of
    /// document `d` of the store, `text_of(d)` its text and sentences, `quotes(d)` the spans of
    /// its quotes.
    pub fn passages(
        self,
        ids: &[DocumentId],
        text_of: TextOf<'_, '_>,
        quotes: QuoteSpans,
    ) -> std::io::Result<Vec<ReusedPassage>> {
        let seeds = match self.spill {
            None => {
                let (mut held, mut seeds) = (self.held, Vec::new());
                add_seeds(&mut held, &mut seeds);
                seeds
            }
            // A bucket holds every gram of its hashes, so buckets are read and seeded on their
            // own, one per thread at a time, each bucket's seeds added to one list as it is done
            // (the seeds are sorted before they are read, so their order here does not matter).
            Some(buckets) => {
                let seeds = std::sync::Mutex::new(Vec::new());
                buckets.into_par_iter().try_for_each(|bucket| {
                    let mut index = read_bucket(bucket)?;
                    let mut found = Vec::new();
                    add_seeds(&mut index, &mut found);
                    drop(index);
                    seeds
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .append(&mut found);
                    Ok::<_, std::io::Error>(())
                })?;
                seeds
                    .into_inner()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
            }
        };
        Ok(passages_from_seeds(seeds, ids, text_of, quotes))
    }
}

/// The file a gram of this hash is written to.
fn bucket_of(hash: u64) -> usize {
    (hash >> (64 - SPILL_BUCKETS.trailing_zeros())) as usize
}

fn open_buckets(
    folder: &std::path::Path,
) -> std::io::Result<Vec<std::io::BufWriter<std::fs::File>>> {
    (0..SPILL_BUCKETS)
        .map(|_| {
            let file = tempfile::tempfile_in(folder)?;
            Ok(std::io::BufWriter::with_capacity(SPILL_BUFFER, file))
        })
        .collect()
}

/// Every gram written to one file, decoded as it is read (the file's bytes are not held).
fn read_bucket(bucket: std::io::BufWriter<std::fs::File>) -> std::io::Result<Vec<(u64, u32, u32)>> {
    use std::io::{Read as _, Seek as _};
    let mut file = bucket.into_inner().map_err(|e| e.into_error())?;
    let length = file.seek(std::io::SeekFrom::End(0))?;
    file.rewind()?;
    let mut grams = Vec::with_capacity(usize::try_from(length).unwrap_or(0) / RECORD);
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let mut record = [0u8; RECORD];
    loop {
        match reader.read_exact(&mut record) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(e),
        }
        let mut hash = [0u8; 8];
        let mut doc = [0u8; 4];
        let mut pos = [0u8; 4];
        hash.copy_from_slice(&record[..8]);
        doc.copy_from_slice(&record[8..12]);
        pos.copy_from_slice(&record[12..]);
        grams.push((
            u64::from_le_bytes(hash),
            u32::from_le_bytes(doc),
            u32::from_le_bytes(pos),
        ));
    }
    Ok(grams)
}

/// The hash and position of every 5-gram of `tokens` that is not mostly quoted.
fn unquoted_grams(tokens: &[Token]) -> Vec<(u64, u32)> {
    (0..tokens.len().saturating_sub(GRAM - 1))
        .filter_map(|pos| {
            let gram = &tokens[pos..pos + GRAM];
            (gram.iter().filter(|t| t.quoted).count() * 2 <= GRAM)
                .then(|| (gram_hash(gram), pos as u32))
        })
        .collect()
}

/// The words of a document's sentences (held by the document or read again with its text). Words
/// inside its `quotes` (spans) are marked: two outlets quoting the same speaker share words
/// without copying each other, so quoted words are not evidence of reuse.
fn tokenise(
    mut quotes: Vec<(usize, usize)>,
    sentences: &[Sentence],
    words: &SentenceWords,
) -> Vec<Token> {
    quotes.sort_unstable();
    let in_quote = |at: usize| {
        let k = quotes.partition_point(|&(start, _)| start <= at);
        k > 0 && quotes.get(k - 1).is_some_and(|&(_, end)| at < end)
    };
    let mut out = Vec::with_capacity(words.len());
    for (i, sentence) in sentences.iter().enumerate() {
        out.extend(words.sentence(i).iter().map(|word| Token {
            hash: word.hash,
            start: sentence.start + word.start,
            end: sentence.start + word.end,
            sentence: sentence.index,
            quoted: in_quote(sentence.start + word.start),
        }));
    }
    out
}

fn gram_hash(toks: &[Token]) -> u64 {
    toks.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, t| {
        (h.rotate_left(17) ^ t.hash).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A run of shared 5-grams advancing together in both documents.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Block {
    seeds: usize,
    first: (u32, u32),
    last: (u32, u32),
}

/// Chain seeds (sorted by position in the first document) into blocks that advance in both.
fn chain(seeds: &[(u32, u32)]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for &(pa, pb) in seeds {
        open.retain(|&k| pa <= blocks[k].last.0 + MAX_GAP);
        let found = open.iter().copied().find(|&k| {
            let (la, lb) = blocks[k].last;
            pa > la && pb > lb && pb <= lb + MAX_GAP
        });
        match found {
            Some(k) => {
                blocks[k].seeds += 1;
                blocks[k].last = (pa, pb);
            }
            None => {
                open.push(blocks.len());
                blocks.push(Block {
                    seeds: 1,
                    first: (pa, pb),
                    last: (pa, pb),
                });
            }
        }
    }
    blocks.retain(|b| b.seeds >= MIN_SEEDS);
    blocks
}

/// A passage of a pair being aligned: its words in each document (token ranges) and the shared
/// 5-grams that found it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Aligned {
    a: (usize, usize),
    b: (usize, usize),
    seeds: usize,
}

/// The word ranges of `blocks` in the two documents, each grown over the words the two
/// documents go on sharing word for word on either side (the start of a quote copied with the
/// text around it, whose 5-grams are not indexed), and joined where they then meet: a wire
/// paragraph copied with its quote is one passage, not two cut inside the quote marks.
fn aligned_runs(blocks: &[Block], a: &[Token], b: &[Token]) -> Vec<Aligned> {
    let mut runs: Vec<Aligned> = blocks
        .iter()
        .filter_map(|block| {
            let a_to = (block.last.0 as usize + GRAM).min(a.len());
            let b_to = (block.last.1 as usize + GRAM).min(b.len());
            let (mut a_from, mut b_from) = (block.first.0 as usize, block.first.1 as usize);
            if a_from >= a_to || b_from >= b_to {
                return None;
            }
            let (mut a_to, mut b_to) = (a_to, b_to);
            while a_to < a.len() && b_to < b.len() && a[a_to].hash == b[b_to].hash {
                a_to += 1;
                b_to += 1;
            }
            while a_from > 0 && b_from > 0 && a[a_from - 1].hash == b[b_from - 1].hash {
                a_from -= 1;
                b_from -= 1;
            }
            Some(Aligned {
                a: (a_from, a_to),
                b: (b_from, b_to),
                seeds: block.seeds,
            })
        })
        .collect();
    runs.sort_by_key(|run| (run.a, run.b));
    let mut joined: Vec<Aligned> = Vec::with_capacity(runs.len());
    for run in runs {
        match joined.last_mut() {
            Some(last)
                if run.a.0 <= last.a.1
                    && run.b.0 <= last.b.1
                    && run.a.0 >= last.a.0
                    && run.b.0 >= last.b.0 =>
            {
                last.a.1 = last.a.1.max(run.a.1);
                last.b.1 = last.b.1.max(run.b.1);
                last.seeds += run.seeds;
            }
            _ => joined.push(run),
        }
    }
    for run in &mut joined {
        trim_sentence_pieces(run, a, b);
    }
    joined
}

/// Drop the words at either end of a run that are only a piece of a sentence, fewer than a
/// gram's worth and the same piece in both documents: the `said.` of the paragraph before a
/// copied one, or the first word of the paragraph after it, shared by chance.
fn trim_sentence_pieces(run: &mut Aligned, a: &[Token], b: &[Token]) {
    // The words a run begins with that end a sentence begun before the run.
    let leading = |tokens: &[Token], (from, to): (usize, usize)| {
        let sentence = tokens[from].sentence;
        let piece = from > 0 && tokens[from - 1].sentence == sentence;
        let words = tokens[from..to]
            .iter()
            .take_while(|t| t.sentence == sentence)
            .count();
        (piece && words < GRAM && words < to - from).then_some(words)
    };
    // The words a run ends with that begin a sentence going on after the run.
    let trailing = |tokens: &[Token], (from, to): (usize, usize)| {
        let sentence = tokens[to - 1].sentence;
        let piece = tokens.get(to).is_some_and(|t| t.sentence == sentence);
        let words = tokens[from..to]
            .iter()
            .rev()
            .take_while(|t| t.sentence == sentence)
            .count();
        (piece && words < GRAM && words < to - from).then_some(words)
    };
    if let (Some(x), Some(y)) = (leading(a, run.a), leading(b, run.b)) {
        if x == y {
            run.a.0 += x;
            run.b.0 += x;
        }
    }
    if let (Some(x), Some(y)) = (trailing(a, run.a), trailing(b, run.b)) {
        if x == y {
            run.a.1 -= x;
            run.b.1 -= x;
        }
    }
}

fn passage(a: Side, b: Side, aligned: &Aligned) -> Option<ReusedPassage> {
    let ta = a.tokens.get(aligned.a.0..aligned.a.1)?;
    let tb = b.tokens.get(aligned.b.0..aligned.b.1)?;
    let similarity = similarity(ta, tb, aligned.seeds);
    if similarity < MIN_SIMILARITY {
        return None;
    }
    Some(ReusedPassage {
        documents: vec![a.document.clone(), b.document.clone()],
        similarity: (similarity * 1000.0).round() / 1000.0,
        passages: vec![span(a, ta)?, span(b, tb)?],
    })
}

/// Share of aligned words: twice the longest common subsequence over the two lengths (estimated
/// from the shared 5-grams when the passages are too long to align).
fn similarity(a: &[Token], b: &[Token], seeds: usize) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    if a.len() > MAX_ALIGN || b.len() > MAX_ALIGN {
        let shared = (seeds + GRAM - 1).min(a.len().min(b.len()));
        return 2.0 * shared as f64 / total as f64;
    }
    // Words the two begin and end with in common are in every longest common subsequence: only
    // the middle is aligned (all of a passage copied word for word costs nothing to align).
    let same = |x: &Token, y: &Token| x.hash == y.hash;
    let prefix = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    let mut previous = vec![0u32; b.len() + 1];
    let mut current = vec![0u32; b.len() + 1];
    for ta in a {
        for (j, tb) in b.iter().enumerate() {
            current[j + 1] = if same(ta, tb) {
                previous[j] + 1
            } else {
                previous[j + 1].max(current[j])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let common = prefix + suffix + previous[b.len()] as usize;
    2.0 * common as f64 / total as f64
}

/// The byte span covering `toks` in `document` with its exact text, taken from `source`. When
/// there is no source text (the document was read back from JSON), the text is rebuilt from the sentences it
/// crosses (white space between two sentences of one paragraph taken as spaces, between
/// paragraphs as line breaks).
fn span(side: Side, toks: &[Token]) -> Option<PassageSpan> {
    let (document, source, sentences) = (side.document, side.text, side.sentences);
    let (first, last) = (toks.first()?, toks.last()?);
    // The passage ends with its sentence's closing marks when its last word ends the sentence.
    let end = sentences
        .get(last.sentence)
        .and_then(|sentence| {
            let rest = match source.get(last.end, sentence.end) {
                Some(rest) => rest,
                None => sentence.text.get(last.end.checked_sub(sentence.start)?..)?,
            };
            let marks = rest.trim_end();
            (!marks.chars().any(char::is_alphanumeric)).then_some(last.end + marks.len())
        })
        .unwrap_or(last.end);
    if let Some(exact) = source.get(first.start, end) {
        return Some(PassageSpan {
            document: document.clone(),
            start: first.start,
            end,
            text: exact.to_string(),
        });
    }
    let mut text = String::new();
    let mut at = first.start;
    for sentence in sentences.get(first.sentence..=last.sentence)? {
        let from = at.max(sentence.start);
        let to = end.min(sentence.end);
        if from > at {
            let gap = from - at;
            let previous_paragraph = sentences
                .get(sentence.index.wrapping_sub(1))
                .map(|s| s.paragraph);
            let filler = if previous_paragraph == Some(sentence.paragraph) {
                " "
            } else {
                "\n"
            };
            text.push_str(&filler.repeat(gap));
        }
        text.push_str(
            sentence
                .text
                .get(from - sentence.start..to - sentence.start)?,
        );
        at = to;
    }
    Some(PassageSpan {
        document: document.clone(),
        start: first.start,
        end,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;

    /// Seeds come out the same whatever order the grams were added in: in document and position
    /// order (as a run adds them) or not.
    #[test]
    fn seeds_do_not_depend_on_the_order_grams_were_added_in() {
        let in_order = vec![
            (7, 0, 3),
            (9, 0, 4),
            (7, 1, 1),
            (7, 1, 8),
            (9, 2, 0),
            (5, 2, 2),
            (7, 2, 5),
        ];
        let mut shuffled = in_order.clone();
        shuffled.reverse();
        shuffled.swap(1, 4);
        let (mut from_order, mut from_shuffle) = (Vec::new(), Vec::new());
        add_seeds(&mut in_order.clone(), &mut from_order);
        add_seeds(&mut shuffled, &mut from_shuffle);
        assert_eq!(from_order, from_shuffle);
        assert_eq!(
            from_order,
            [
                (0, 1, 3, 1),
                (0, 1, 3, 8),
                (0, 2, 3, 5),
                (1, 2, 1, 5),
                (1, 2, 8, 5),
                (0, 2, 4, 0)
            ]
        );
    }

    const WIRE: &str = "Across the wide river in a quiet mountain town, the mayor warned the visiting delegation that the bridge would close before winter.";

    #[test]
    fn finds_wire_copy_with_spans_and_ignores_unrelated_text() {
        let a = DocBuilder::new("a")
            .sentence("Officials met on Monday.")
            .sentence(WIRE)
            .build();
        let b = DocBuilder::new("b")
            .sentence("A different opening line entirely.")
            .sentence(&WIRE.replace("the mayor", "Mayor Dole"))
            .build();
        let c = DocBuilder::new("c")
            .sentence("The bridge is old and the town is quiet in winter.")
            .build();
        let found = reused_passages(&[a.clone(), b.clone(), c]);
        assert_eq!(found.len(), 1, "{found:?}");
        let passage = &found[0];
        assert_eq!(passage.documents, vec!["a".into(), "b".into()]);
        assert!(passage.similarity > 0.8 && passage.similarity <= 1.0);
        let in_a = &passage.passages[0];
        assert!(in_a.text.starts_with("Across the wide river"));
        assert_eq!(in_a.start, a.sentences[1].start);
        assert_eq!(in_a.end, a.sentences[1].end);
        assert!(passage.passages[1].text.contains("Mayor Dole"));
    }

    /// A copied sentence between sentences that end and begin with the same words by chance: the
    /// passage is the copied sentence with its full stop, not `said.` before it or `Delegates`
    /// after it.
    #[test]
    fn a_passage_keeps_no_piece_of_the_sentences_around_it() {
        let a = DocBuilder::new("a")
            .sentence("The talks ran late into the night, an aide said.")
            .sentence(WIRE)
            .sentence("Delegates went home on the first train.")
            .build();
        let b = DocBuilder::new("b")
            .sentence("Nobody had expected a deal, the spokesman said.")
            .sentence(WIRE)
            .sentence("Delegates stayed on for another day of meetings.")
            .build();
        let found = reused_passages(&[a.clone(), b.clone()]);
        assert_eq!(found.len(), 1, "{found:?}");
        for (passage, document) in found[0].passages.iter().zip([&a, &b]) {
            assert_eq!(passage.text, WIRE);
            assert_eq!(
                (passage.start, passage.end),
                (document.sentences[1].start, document.sentences[1].end)
            );
        }
    }

    #[test]
    fn a_copied_paragraph_with_its_quote_is_one_passage() {
        let opening = "The minister arrived in the capital on a cold morning and went straight to the ministry building near the river.";
        let speech = "We are racing against time to reach people still trapped under the buildings";
        let quoted =
            format!("\u{201c}{speech},\u{201d} the minister told reporters in the square.");
        let closing = "The quake hit at dawn at a shallow depth, the agency said, and more than three hundred buildings collapsed in the city.";
        let build = |id: &str, first: &str| {
            let mut doc = DocBuilder::new(id)
                .sentence(first)
                .sentence(opening)
                .sentence(&quoted)
                .sentence(closing)
                .quote(speech, Some("Ann Ode"), crate::model::QuoteKind::Direct)
                .build();
            let at = doc.sentences[2].start + quoted.find(speech).unwrap_or(0);
            doc.quotes[0].start = at;
            doc.quotes[0].end = at + speech.len();
            doc
        };
        let a = build("a", "Rescue teams worked through the night.");
        let b = build(
            "b",
            "Something else entirely happened in another place today.",
        );
        let found = reused_passages(&[a, b]);
        assert_eq!(found.len(), 1, "{found:?}");
        let text = &found[0].passages[0].text;
        assert!(text.starts_with("The minister arrived"), "{text}");
        assert!(text.contains(speech), "{text}");
        assert!(text.ends_with("collapsed in the city."), "{text}");
    }

    #[test]
    fn two_outlets_quoting_the_same_words_is_not_reuse() {
        let speech =
            "we shall keep every promise we made to the farmers of the northern valley this year";
        let sentence = format!("\u{201c}{speech}\u{201d}, she said.");
        let build = |id: &str| {
            let mut doc = DocBuilder::new(id)
                .sentence(&sentence)
                .quote(speech, Some("Ann Ode"), crate::model::QuoteKind::Direct)
                .build();
            doc.quotes[0].start = 3;
            doc.quotes[0].end = 3 + speech.len();
            doc
        };
        assert!(reused_passages(&[build("a"), build("b")]).is_empty());
    }

    /// Three documents, two sharing a passage (the third shares too few words), and their grams
    /// added to `store`.
    fn stored(mut store: GramStore) -> (Vec<Document>, GramStore) {
        let other = "A different opening line entirely, about the weather on the coast.";
        let documents = vec![
            DocBuilder::new("a").sentence(WIRE).build(),
            DocBuilder::new("b").sentence(other).build(),
            DocBuilder::new("c").sentence(other).sentence(WIRE).build(),
        ];
        for (d, document) in documents.iter().enumerate() {
            store.add(d as u32, document_grams(document)).unwrap();
        }
        (documents, store)
    }

    #[test]
    fn grams_written_out_give_the_passages_of_grams_held() {
        let (documents, held) = stored(GramStore::default());
        let (ids, texts) = (super::super::ids_of(&documents), held_texts(&documents));
        let quotes = |d: usize| quote_spans_of(&documents, d);
        let expected = held.passages(&ids, &texts, &quotes).unwrap();
        assert_eq!(expected.len(), 1, "{expected:?}");
        assert_eq!(expected, reused_passages(&documents));
        let (documents, written) = stored(GramStore::with_limit(3));
        assert!(written.unwritable().is_none());
        let quotes = |d: usize| quote_spans_of(&documents, d);
        assert_eq!(
            written
                .passages(&ids, &held_texts(&documents), &quotes)
                .unwrap(),
            expected
        );
    }

    /// The grams held before they are written out never take more room than the limit allows,
    /// however the documents' grams fall against the doubling of the vector.
    #[test]
    fn grams_held_never_take_more_room_than_the_limit() {
        let limit = 1000;
        let mut store = GramStore::with_limit(limit);
        for doc in 0..200u32 {
            let grams: Vec<(u64, u32)> =
                (0..7).map(|pos| (u64::from(doc * 7 + pos), pos)).collect();
            store.add(doc, grams).unwrap();
            assert!(
                store.held.capacity() <= limit,
                "{} grams held in room for {}",
                store.held.len(),
                store.held.capacity()
            );
        }
        assert!(store.unwritable().is_none());
    }

    #[test]
    fn grams_that_cannot_be_written_out_stay_in_memory_and_say_why() {
        let folder = std::env::temp_dir().join("corpus-report-no-such-folder/inner");
        let (documents, store) = stored(GramStore::with_limit_in(3, folder));
        let why = store.unwritable().map(|u| u.message()).unwrap_or_default();
        assert!(
            why.contains("no-such-folder") && why.contains("held in memory"),
            "{why}"
        );
        let quotes = |d: usize| quote_spans_of(&documents, d);
        let found = store
            .passages(
                &super::super::ids_of(&documents),
                &held_texts(&documents),
                &quotes,
            )
            .unwrap();
        assert_eq!(found, reused_passages(&documents));
    }

    #[test]
    fn passage_over_two_sentences_has_exact_length() {
        let two = "The committee voted to delay the plan by a year. It will meet again in spring to review the costs of the project.";
        let (first, second) = two.split_at(two.find(" It").unwrap_or(0));
        let a = DocBuilder::new("a")
            .sentence(first)
            .sentence(second.trim())
            .build();
        let b = DocBuilder::new("b")
            .sentence(first)
            .sentence(second.trim())
            .build();
        let found = reused_passages(&[a, b]);
        assert_eq!(found.len(), 1);
        let p = &found[0].passages[0];
        assert_eq!(p.text.len(), p.end - p.start);
    }

    /// Longest common subsequence by the whole table, to check [`similarity`] against.
    fn lcs(a: &[u64], b: &[u64]) -> usize {
        let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                table[i][j] = if a[i] == b[j] {
                    table[i + 1][j + 1] + 1
                } else {
                    table[i + 1][j].max(table[i][j + 1])
                };
            }
        }
        table[0][0]
    }

    #[test]
    fn similarity_with_shared_ends_set_aside_is_that_of_the_whole_alignment() {
        let tokens = |hashes: &[u64]| -> Vec<Token> {
            hashes
                .iter()
                .map(|&hash| Token {
                    hash,
                    start: 0,
                    end: 0,
                    sentence: 0,
                    quoted: false,
                })
                .collect()
        };
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |below: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % below
        };
        for _ in 0..500 {
            let common: Vec<u64> = (0..next(12)).map(|_| next(4)).collect();
            let mut a = common.clone();
            let mut b = common;
            for _ in 0..next(6) {
                let at = next(a.len() as u64 + 1) as usize;
                a.insert(at, next(4));
            }
            for _ in 0..next(6) {
                let at = next(b.len() as u64 + 1) as usize;
                b.insert(at, next(4));
            }
            let expected = if a.is_empty() && b.is_empty() {
                0.0
            } else {
                2.0 * lcs(&a, &b) as f64 / (a.len() + b.len()) as f64
            };
            assert_eq!(
                similarity(&tokens(&a), &tokens(&b), 0),
                expected,
                "{a:?} {b:?}"
            );
        }
    }
}
