//! Reused passages: text shared nearly verbatim between two documents (wire copy), found as passim
//! does — every document's word 5-grams are hashed into one index, document pairs that share several
//! 5-grams become candidates, and only the candidates' shared 5-grams are chained into aligned
//! passages. No sentence is ever compared with every other.

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use super::words::{for_each_word, hash_normalised};
use crate::model::{Document, PassageSpan, ReusedPassage};

/// Words per shingle.
const GRAM: usize = 5;
/// A 5-gram found in more documents than this is boilerplate or a stock phrase, not evidence.
const MAX_DOCS_PER_GRAM: usize = 40;
/// Most words two consecutive shared 5-grams may lie apart and still belong to one passage.
const MAX_GAP: u32 = 12;
/// Fewest shared 5-grams in a passage (8 shared 5-grams means at least 12 shared words).
const MIN_SEEDS: usize = 8;
/// Lowest word-level similarity of a reported passage.
const MIN_SIMILARITY: f64 = 0.6;
/// Longest passage aligned word by word for its similarity.
const MAX_ALIGN: usize = 3000;

/// Positions `(in first document, in second)` of the 5-grams two documents share.
type Seeds = Vec<(u32, u32)>;

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

/// The hash and position of every 5-gram of `document` that is not mostly quoted.
pub fn document_grams(document: &Document) -> Vec<(u64, u32)> {
    unquoted_grams(&tokenise(document))
}

/// The passages of `documents`, given their 5-grams (see [`gram_index`]). The index is sorted so
/// that equal hashes sit together (one sort instead of a map of small vectors).
pub fn passages(mut index: Vec<(u64, u32, u32)>, documents: &[Document]) -> Vec<ReusedPassage> {
    index.par_sort_unstable();
    let mut seeds: HashMap<(u32, u32), Seeds> = HashMap::default();
    for run in index.chunk_by(|x, y| x.0 == y.0) {
        if run.len() < 2 || run[0].1 == run[run.len() - 1].1 {
            continue;
        }
        let mut docs: Vec<u32> = run.iter().map(|p| p.1).collect();
        docs.dedup();
        if docs.len() > MAX_DOCS_PER_GRAM {
            continue;
        }
        for (i, &(_, doc_a, pos_a)) in run.iter().enumerate() {
            for &(_, doc_b, pos_b) in &run[i + 1..] {
                if doc_a != doc_b {
                    seeds
                        .entry((doc_a, doc_b))
                        .or_default()
                        .push((pos_a, pos_b));
                }
            }
        }
    }
    drop(index);
    let mut pairs: Vec<((u32, u32), Seeds)> = seeds
        .into_iter()
        .filter(|(_, s)| s.len() >= MIN_SEEDS)
        .collect();
    pairs.sort_by_key(|(pair, _)| *pair);
    // Pairs with the same first document run together, so it is tokenised once per run.
    let by_first: Vec<&mut [((u32, u32), Seeds)]> =
        pairs.chunk_by_mut(|x, y| x.0 .0 == y.0 .0).collect();
    by_first
        .into_par_iter()
        .map(|run| {
            let mut out = Vec::new();
            let a = run[0].0 .0 as usize;
            let Some(doc_a) = documents.get(a) else {
                return out;
            };
            // Seeds are chained from positions alone; only a pair with a passage is tokenised.
            let mut tokens_a = None;
            for ((_, b), pair_seeds) in run.iter_mut() {
                let Some(doc_b) = documents.get(*b as usize) else {
                    continue;
                };
                pair_seeds.sort_unstable();
                let blocks = chain(pair_seeds);
                if blocks.is_empty() {
                    continue;
                }
                let tokens_a = tokens_a.get_or_insert_with(|| tokenise(doc_a));
                let tokens_b = tokenise(doc_b);
                for block in blocks {
                    if let Some(passage) = passage((doc_a, tokens_a), (doc_b, &tokens_b), &block) {
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

/// The words of a document's sentences. Words inside quotes are marked: two outlets quoting the
/// same speaker share words without copying each other, so quoted words are not evidence of reuse.
fn tokenise(document: &Document) -> Vec<Token> {
    let mut quotes: Vec<(usize, usize)> =
        document.quotes.iter().map(|q| (q.start, q.end)).collect();
    quotes.sort_unstable();
    let in_quote = |at: usize| {
        let k = quotes.partition_point(|&(start, _)| start <= at);
        k > 0 && quotes.get(k - 1).is_some_and(|&(_, end)| at < end)
    };
    let mut out = Vec::new();
    for sentence in &document.sentences {
        // A document kept for the comparison holds its source text instead of sentence copies.
        let text = if sentence.text.is_empty() {
            document
                .source
                .get(sentence.start, sentence.end)
                .unwrap_or_default()
        } else {
            sentence.text.as_str()
        };
        for_each_word(text, |start, end| {
            out.push(Token {
                hash: hash_normalised(&text[start..end]),
                start: sentence.start + start,
                end: sentence.start + end,
                sentence: sentence.index,
                quoted: in_quote(sentence.start + start),
            });
        });
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

fn passage(
    (doc_a, tokens_a): (&Document, &[Token]),
    (doc_b, tokens_b): (&Document, &[Token]),
    block: &Block,
) -> Option<ReusedPassage> {
    let range = |toks: &[Token], first: u32, last: u32| -> Option<(usize, usize)> {
        let end = (last as usize + GRAM).min(toks.len());
        ((first as usize) < end).then_some((first as usize, end))
    };
    let (a_from, a_to) = range(tokens_a, block.first.0, block.last.0)?;
    let (b_from, b_to) = range(tokens_b, block.first.1, block.last.1)?;
    let ta = &tokens_a[a_from..a_to];
    let tb = &tokens_b[b_from..b_to];
    let similarity = similarity(ta, tb, block.seeds);
    if similarity < MIN_SIMILARITY {
        return None;
    }
    Some(ReusedPassage {
        documents: vec![doc_a.id.clone(), doc_b.id.clone()],
        similarity: (similarity * 1000.0).round() / 1000.0,
        passages: vec![span(doc_a, ta)?, span(doc_b, tb)?],
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
    let mut previous = vec![0u32; b.len() + 1];
    let mut current = vec![0u32; b.len() + 1];
    for ta in a {
        for (j, tb) in b.iter().enumerate() {
            current[j + 1] = if ta.hash == tb.hash {
                previous[j] + 1
            } else {
                previous[j + 1].max(current[j])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    2.0 * f64::from(previous[b.len()]) / total as f64
}

/// The byte span covering `toks` in `document` with its exact text. When the document does not
/// hold its source text (it was read back from JSON), the text is rebuilt from the sentences it
/// crosses (white space between two sentences of one paragraph taken as spaces, between
/// paragraphs as line breaks).
fn span(document: &Document, toks: &[Token]) -> Option<PassageSpan> {
    let (first, last) = (toks.first()?, toks.last()?);
    if let Some(exact) = document.source.get(first.start, last.end) {
        return Some(PassageSpan {
            document: document.id.clone(),
            start: first.start,
            end: last.end,
            text: exact.to_string(),
        });
    }
    let mut text = String::new();
    let mut at = first.start;
    for sentence in document.sentences.get(first.sentence..=last.sentence)? {
        let from = at.max(sentence.start);
        let to = last.end.min(sentence.end);
        if from > at {
            let gap = from - at;
            let previous_paragraph = document
                .sentences
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
        document: document.id.clone(),
        start: first.start,
        end: last.end,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;

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
        assert_eq!(passage.documents, vec!["a", "b"]);
        assert!(passage.similarity > 0.8 && passage.similarity <= 1.0);
        let in_a = &passage.passages[0];
        assert!(in_a.text.starts_with("Across the wide river"));
        assert_eq!(in_a.start, a.sentences[1].start);
        assert_eq!(in_a.end, a.sentences[1].end - 1);
        assert!(passage.passages[1].text.contains("Mayor Dole"));
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
}
