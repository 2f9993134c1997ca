//! Name variants: the same person or place spelled differently across documents ("Nato"/"NATO",
//! "US"/"U.S.", transliterations such as "Sergei"/"Sergey", "Pūtake"/"Putake"); a title's capital
//! ("Minister"/"minister") is house style, no variant.
//!
//! Candidates are speakers' names and mentions and the capitalised words and phrases of sentence
//! text. Spellings are bucketed by two keys — case-folded without dots, and a consonant skeleton
//! (first letter plus consonants) — so only spellings in the same bucket are ever compared. General
//! string rules only: no list of names.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::words::{hash_word, is_content, normalise, HashedWord, SentenceWords};
use crate::lexicon::{function_words, person_titles};
use crate::model::Document;

/// All-caps words longer than this are typographic emphasis ("SECRETARY"), not acronyms.
const MAX_ACRONYM: usize = 4;
/// Most edits between two transliterations of one name.
const MAX_EDITS: usize = 2;

/// Where each spelling was seen: every list of documents sorted and without repeats. The lists
/// stay in the hash maps they were gathered in (the groups do not depend on the maps' order), so
/// resolving a corpus's names does not build a second, ordered copy of them.
#[derive(Default)]
struct Seen {
    /// Capitalised spellings: surface → documents.
    names: HashMap<String, Vec<u32>>,
    /// A lower-case content word followed by a capitalised phrase ("eastern Europe").
    extended: HashMap<String, Vec<u32>>,
    /// Every word seen written in lower case, as its [`hash_word`] (so "There" is a word, not a
    /// name).
    lower_vocab: HashSet<u64>,
    /// Names written after a preposition both with "the" and (at least as often) without it
    /// ("in the Ukraine" / "in Ukraine").
    article_forms: HashSet<String>,
}

impl Seen {
    /// Whether a single capitalised token is an ordinary word also written in lower case.
    fn is_common_word(&self, surface: &str) -> bool {
        !surface.contains(' ')
            && !is_all_caps(surface)
            && self
                .lower_vocab
                .contains(&hash_word(&surface.to_lowercase()))
    }
}

/// Groups of spellings of one name, each sorted, the groups sorted.
pub fn name_variants(documents: &[Document]) -> Vec<Vec<String>> {
    name_variant_groups(documents)
        .into_iter()
        .map(|g| g.into_keys().collect())
        .collect()
}

/// Groups of spellings, each spelling with the indexes of the documents using it.
pub fn name_variant_groups(documents: &[Document]) -> Vec<BTreeMap<String, BTreeSet<usize>>> {
    NameIndex::of_documents(documents).groups()
}

fn groups_of(seen: &Seen) -> Vec<BTreeMap<String, BTreeSet<usize>>> {
    let mut pairs: BTreeSet<(String, String)> = BTreeSet::new();

    // Case-folded, dots removed: a difference of case or dots is a variant even inside one document
    // (but a title with or without its dot, "Mr"/"Mr.", is house style, not a name).
    let mut by_fold: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for surface in seen
        .names
        .keys()
        .chain(seen.extended.keys())
        .filter(|s| !is_title(s))
    {
        by_fold.entry(fold(surface)).or_default().push(surface);
    }
    for spellings in by_fold.values() {
        for (i, a) in spellings.iter().enumerate() {
            for b in &spellings[i + 1..] {
                if a != b
                    && (seen.names.contains_key(*a) || seen.names.contains_key(*b))
                    && !seen.is_common_word(a)
                    && !seen.is_common_word(b)
                {
                    pairs.insert(ordered(a, b));
                }
            }
        }
    }

    // Transliterations: same consonant skeleton, token by token, few vowel edits.
    let mut by_skeleton: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for surface in seen.names.keys() {
        if let Some(key) = skeleton_key(surface) {
            by_skeleton.entry(key).or_default().push(surface);
        }
    }
    for spellings in by_skeleton.values() {
        for (i, a) in spellings.iter().enumerate() {
            for b in &spellings[i + 1..] {
                if fold(a) != fold(b)
                    && !a.split(' ').any(|t| seen.is_common_word(t))
                    && !b.split(' ').any(|t| seen.is_common_word(t))
                    && transliterations(a, b)
                    && apart(docs_of(seen, a), docs_of(seen, b))
                    && !named_apart(seen, a, b)
                {
                    pairs.insert(ordered(a, b));
                }
            }
        }
    }

    // A place name written with and without "the" ("the Ukraine" / "Ukraine", "the Sudan").
    for name in &seen.article_forms {
        if seen.names.contains_key(name) && !seen.is_common_word(name) {
            pairs.insert(ordered(name, &format!("the {name}")));
        }
    }

    let mut groups = components(&pairs);
    // A pair of first names is implied by the pair of full names holding them.
    let multi: Vec<BTreeSet<String>> = groups
        .iter()
        .filter(|g| g.iter().any(|s| s.contains(' ')))
        .cloned()
        .collect();
    groups.retain(|g| {
        g.iter().any(|s| s.contains(' '))
            || !multi.iter().any(|h| {
                g.iter()
                    .all(|s| h.iter().any(|full| full.split(' ').any(|t| t == s)))
            })
    });
    // A longer phrase ("Foreign Minister Ivan Petrov") is implied by the name it holds.
    let snapshot = groups.clone();
    groups.retain(|g| {
        !snapshot.iter().any(|h| {
            h != g
                && h.iter().all(|s| s.contains(' '))
                && g.iter().all(|long| {
                    h.iter()
                        .any(|short| long.len() > short.len() && contains_words(long, short))
                })
        })
    });
    let mut out: Vec<BTreeMap<String, BTreeSet<usize>>> = groups
        .into_iter()
        .map(|g| {
            g.into_iter()
                .map(|s| {
                    let docs = docs_of(seen, &s).iter().map(|&d| d as usize).collect();
                    (s, docs)
                })
                .collect()
        })
        .collect();
    out.sort_by(|a, b| a.keys().cmp(b.keys()));
    out
}

/// Whether `surface` is a title or abbreviation on its own ("Mr", "Gov.").
fn is_title(surface: &str) -> bool {
    let bare = crate::extract::names::lower(surface);
    person_titles::is_abbreviated_name_word(bare.as_str())
        || crate::extract::names::is_title(surface)
}

/// Whether two one-word spellings are told apart by the longer names that hold them: each is
/// part of some longer name, and no longer name holding one, with it swapped for the other, is a
/// name seen ("Francois" in "Francois Hollande" and "Francis" in "Pope Francis" are two people;
/// "Sergei" in "Sergei Lavrov" and "Sergey" in "Sergey Lavrov" are one).
fn named_apart(seen: &Seen, a: &str, b: &str) -> bool {
    if a.contains(' ') || b.contains(' ') {
        return false;
    }
    let holding = |token: &str| -> Vec<&String> {
        seen.names
            .keys()
            .filter(|name| name.contains(' ') && name.split(' ').any(|t| t == token))
            .collect()
    };
    let (with_a, with_b) = (holding(a), holding(b));
    if with_a.is_empty() || with_b.is_empty() {
        return false;
    }
    !with_a.iter().any(|name| {
        let swapped: Vec<&str> = name
            .split(' ')
            .map(|t| if t == a { b } else { t })
            .collect();
        seen.names.contains_key(&swapped.join(" "))
    })
}

/// Whether `phrase` holds `part` as whole words.
fn contains_words(phrase: &str, part: &str) -> bool {
    let (p, q): (Vec<&str>, Vec<&str>) = (phrase.split(' ').collect(), part.split(' ').collect());
    p.windows(q.len()).any(|w| w == q.as_slice())
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

/// The documents using `surface`, sorted.
fn docs_of<'s>(seen: &'s Seen, surface: &str) -> &'s [u32] {
    seen.names
        .get(surface)
        .or_else(|| seen.extended.get(surface))
        .map_or(&[], Vec::as_slice)
}

/// Each spelling is used by some document that does not use the other (both lists sorted).
fn apart(a: &[u32], b: &[u32]) -> bool {
    a.iter().any(|d| b.binary_search(d).is_err()) && b.iter().any(|d| a.binary_search(d).is_err())
}

/// Lower case, dots removed, white space collapsed.
fn fold(surface: &str) -> String {
    surface
        .split_whitespace()
        .map(|t| t.replace('.', "").to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// First letter plus the consonants (vowels and y dropped, w read as v, doubles collapsed) of each
/// word, diacritics folded (`Pūtake` and `Putake`, `Łęcki` and `Lecki` share a key); `None` for
/// words too short or not alphabetic.
fn skeleton_key(surface: &str) -> Option<String> {
    let mut parts = Vec::new();
    for token in surface.split(' ') {
        if token.chars().count() < 4 || !token.chars().all(char::is_alphabetic) {
            return None;
        }
        let mut lower: Vec<char> = Vec::with_capacity(token.len());
        for c in token.chars() {
            crate::extract::names::fold_letter(c, |c| lower.push(c));
        }
        if lower.is_empty() {
            return None;
        }
        let mut key: String = lower[..1].iter().collect();
        let mut last = lower[0];
        for &c in &lower[1..] {
            let c = if c == 'w' { 'v' } else { c };
            if !"aeiouy".contains(c) && c != last {
                key.push(c);
            }
            last = c;
        }
        parts.push(key);
    }
    Some(parts.join(" "))
}

/// Token by token equal, or a few edits apart (the skeletons being equal, the edits are vowels).
fn transliterations(a: &str, b: &str) -> bool {
    let (ta, tb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    ta.len() == tb.len()
        && ta
            .iter()
            .zip(&tb)
            .all(|(x, y)| x == y || (is_titlecase(x) && is_titlecase(y) && close_spelling(x, y)))
}

/// One edit apart, or two substitutions in words of equal length ("Kiev"/"Kyiv", not "John"/"Johnny").
fn close_spelling(a: &str, b: &str) -> bool {
    let distance = edit_distance(a, b);
    distance <= 1 || (distance <= MAX_EDITS && a.chars().count() == b.chars().count())
}

/// Whether a word is written as a name: a capital, then lower case, but for a capital that opens
/// the second part of a surname after a lower-case letter (`McBrennan`, `MacBrennan`,
/// `DeLuca`), so the two ways of writing a prefix are compared as other spellings are; not two
/// capitals together (`UNAC`), nor one at the end.
fn is_titlecase(token: &str) -> bool {
    let mut chars = token.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut inner_capitals = 0;
    let mut before = None;
    let mut rest = chars.peekable();
    while let Some(c) = rest.next() {
        if c.is_uppercase() {
            let opens_part = before.is_some_and(char::is_lowercase)
                && rest.peek().is_some_and(|next| next.is_lowercase());
            inner_capitals += 1;
            if !opens_part || inner_capitals > 1 {
                return false;
            }
        } else if !c.is_lowercase() {
            return false;
        }
        before = Some(c);
    }
    true
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

fn components(pairs: &BTreeSet<(String, String)>) -> Vec<BTreeSet<String>> {
    let mut group_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut groups: Vec<BTreeSet<String>> = Vec::new();
    for (a, b) in pairs {
        match (group_of.get(a).copied(), group_of.get(b).copied()) {
            (Some(x), Some(y)) if x != y => {
                let moved = std::mem::take(&mut groups[y]);
                for s in &moved {
                    group_of.insert(s.clone(), x);
                }
                groups[x].extend(moved);
            }
            (Some(_), Some(_)) => {}
            (Some(x), None) => {
                group_of.insert(b.clone(), x);
                groups[x].insert(b.clone());
            }
            (None, Some(y)) => {
                group_of.insert(a.clone(), y);
                groups[y].insert(a.clone());
            }
            (None, None) => {
                group_of.insert(a.clone(), groups.len());
                group_of.insert(b.clone(), groups.len());
                groups.push([a.clone(), b.clone()].into_iter().collect());
            }
        }
    }
    groups.retain(|g| g.len() >= 2);
    groups
}

/// What one document contributes to the name variants. Built for each document on its own (in
/// parallel), then merged in document order by a [`NameIndex`]. A streamed run writes it out
/// (without its lower-case words, see [`NameFindings::take_lower_words`]) until the variants are
/// grouped ([`super::deferred`]).
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct NameFindings {
    /// Capitalised spellings.
    names: HashSet<String>,
    /// Lower-case content words followed by a capitalised phrase.
    extended: HashSet<String>,
    /// Capitalised runs that open a sentence, keyed with the normalised first word: whether the
    /// first word belongs to the run depends on whether any document writes it in lower case.
    sentence_openers: HashSet<(String, String)>,
    /// Every word the document writes in lower case: [`hash_word`] of its normal form.
    #[serde(skip)]
    lower_words: HashSet<u64>,
    /// Uses of a one-word name standing alone after a preposition: (name, with "the") → count.
    place_uses: HashMap<(String, bool), usize>,
}

impl NameFindings {
    /// The capitalised words and phrases of every sentence, and the speakers' mentions.
    pub fn of(document: &Document) -> Self {
        let words = super::words::sentence_words(&document.source, &document.sentences);
        NameFindings::of_words(document, &words)
    }

    /// [`NameFindings::of`], given the words of the document's sentences
    /// ([`super::words::sentence_words`]).
    pub fn of_words(document: &Document, words: &SentenceWords) -> Self {
        let mut found = NameFindings::default();
        // Most words are written in lower case, and about half of a news text's words are
        // distinct: sized once rather than grown.
        found.lower_words.reserve(words.len() / 2);
        let mut scratch = Scratch::default();
        for (i, sentence) in document.sentences.iter().enumerate() {
            let text = super::words::sentence_text(&document.source, sentence);
            let opens_paragraph = i == 0
                || document
                    .sentences
                    .get(i - 1)
                    .is_some_and(|before| before.paragraph != sentence.paragraph);
            collect_sentence(
                text,
                words.sentence(i),
                opens_paragraph,
                &mut found,
                &mut scratch,
            );
        }
        for quote in &document.quotes {
            // The canonical name is the same in every document, so only the mention is a spelling.
            if let Some(name) = quote.speaker_mention.as_deref() {
                let tokens: Vec<&str> = name.split_whitespace().collect();
                if !tokens.is_empty() && tokens.iter().all(|t| is_capitalised(t)) {
                    add_run(&tokens, &mut scratch.joined, &mut |s| {
                        add_new(&mut found.names, s)
                    });
                }
            }
        }
        found
    }

    /// Take out the words the document writes in lower case ([`hash_word`] of each): they make a
    /// vocabulary, which a run merges as it goes ([`NameIndex::add_lower_words`]) rather than
    /// putting aside with the rest.
    pub fn take_lower_words(&mut self) -> HashSet<u64> {
        std::mem::take(&mut self.lower_words)
    }
}

/// The name findings of every document so far, merged: what the name variants need of a corpus,
/// without its text. Gathered in hash maps with document lists (cheap to add to); ordered only
/// once, when the variants are grouped.
#[derive(Debug, Default)]
pub struct NameIndex {
    names: HashMap<String, Vec<u32>>,
    extended: HashMap<String, Vec<u32>>,
    sentence_openers: HashMap<(String, String), Vec<u32>>,
    lower_vocab: HashSet<u64>,
    /// Name → (uses without "the", uses with it, documents using it with "the").
    place_uses: HashMap<String, (usize, usize, Vec<u32>)>,
}

impl NameIndex {
    /// The index of `documents`. Each thread merges the findings of its share of the documents as
    /// it goes, and the shares are merged at the end: merging is order-free (sets), and no
    /// document's findings wait.
    pub fn of_documents(documents: &[Document]) -> NameIndex {
        documents
            .par_iter()
            .enumerate()
            .fold(NameIndex::default, |mut names, (doc, document)| {
                names.add(doc, NameFindings::of(document));
                names
            })
            .reduce(NameIndex::default, NameIndex::merge)
    }

    /// Merge the findings of document `doc`.
    pub fn add(&mut self, doc: usize, found: NameFindings) {
        let doc = doc as u32;
        for surface in found.names {
            self.names.entry(surface).or_default().push(doc);
        }
        for surface in found.extended {
            self.extended.entry(surface).or_default().push(doc);
        }
        for opener in found.sentence_openers {
            self.sentence_openers.entry(opener).or_default().push(doc);
        }
        self.lower_vocab.extend(found.lower_words);
        for ((name, with_article), count) in found.place_uses {
            let uses = self.place_uses.entry(name).or_default();
            if with_article {
                uses.1 += count;
                uses.2.push(doc);
            } else {
                uses.0 += count;
            }
        }
    }

    /// Merge words some document writes in lower case (see [`NameFindings::take_lower_words`]).
    pub fn add_lower_words(&mut self, words: HashSet<u64>) {
        if self.lower_vocab.is_empty() {
            self.lower_vocab = words;
        } else {
            self.lower_vocab.extend(words);
        }
    }

    /// Both indexes in one.
    pub fn merge(mut self, other: NameIndex) -> NameIndex {
        for (surface, docs) in other.names {
            self.names.entry(surface).or_default().extend(docs);
        }
        for (surface, docs) in other.extended {
            self.extended.entry(surface).or_default().extend(docs);
        }
        for (opener, docs) in other.sentence_openers {
            self.sentence_openers
                .entry(opener)
                .or_default()
                .extend(docs);
        }
        self.lower_vocab.extend(other.lower_vocab);
        for (name, (bare, article, docs)) in other.place_uses {
            let uses = self.place_uses.entry(name).or_default();
            uses.0 += bare;
            uses.1 += article;
            uses.2.extend(docs);
        }
        self
    }

    /// Groups of spellings, each spelling with the indexes of the documents using it.
    pub fn groups(self) -> Vec<BTreeMap<String, BTreeSet<usize>>> {
        groups_of(&self.resolve())
    }

    /// Every spelling with its documents, sentence openers resolved against the whole vocabulary:
    /// a first word also written in lower case somewhere ("There", "Officials") is left out.
    fn resolve(self) -> Seen {
        let mut seen = Seen {
            names: self.names,
            extended: self.extended,
            lower_vocab: self.lower_vocab,
            article_forms: HashSet::default(),
        };
        for (name, (bare, article, docs)) in self.place_uses {
            // "the" is the marked form: the bare name must be at least as common.
            if article > 0 && bare >= article {
                seen.extended
                    .entry(format!("the {name}"))
                    .or_default()
                    .extend(docs);
                seen.article_forms.insert(name);
            }
        }
        for ((first_norm, run), docs) in self.sentence_openers {
            let tokens: Vec<&str> = run.split(' ').collect();
            let tokens = if seen.lower_vocab.contains(&hash_word(&first_norm)) {
                &tokens[1..]
            } else {
                &tokens[..]
            };
            if tokens.is_empty() {
                continue;
            }
            let mut spellings = BTreeSet::new();
            add_run(tokens, &mut String::new(), &mut |s| {
                if !spellings.contains(s) {
                    spellings.insert(s.to_string());
                }
            });
            for spelling in spellings {
                seen.names
                    .entry(spelling)
                    .or_default()
                    .extend_from_slice(&docs);
            }
        }
        for docs in seen.names.values_mut().chain(seen.extended.values_mut()) {
            docs.sort_unstable();
            docs.dedup();
        }
        seen
    }
}

/// One-word names standing alone after a preposition, with or without "the" ("in the Ukraine",
/// "to Ukraine"; not "the Ukraine crisis", not acronyms such as "US").
fn collect_place_uses(text: &str, ws: &[Spot<'_>], found: &mut NameFindings) {
    let spaced = |a: usize, b: usize| -> bool {
        match (ws.get(a), ws.get(b)) {
            (Some(x), Some(y)) => text.get(x.end..y.start) == Some(" "),
            _ => false,
        }
    };
    for (i, word) in ws.iter().enumerate() {
        if !word.surface.chars().all(char::is_lowercase)
            || !function_words::PLACE_PREPOSITIONS.contains(&word.surface)
        {
            continue;
        }
        let with_article = ws.get(i + 1).is_some_and(|w| w.surface == "the") && spaced(i, i + 1);
        let at = if with_article { i + 2 } else { i + 1 };
        let Some(name) = ws.get(at) else {
            continue;
        };
        if !spaced(at - 1, at)
            || !is_capitalised(name.surface)
            || is_all_caps(name.surface)
            || name.surface.chars().count() < 3
            || !name.surface.chars().all(char::is_alphabetic)
        {
            continue;
        }
        // Followed by white space or closing punctuation, not a hyphen ("the France-Germany
        // match"), and then not by a word it modifies ("the Ukraine crisis").
        let closes = text
            .get(name.end..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| c.is_whitespace() || ".,;:!?)]}\"\u{201d}\u{2019}'".contains(c));
        let stands_alone = closes
            && match ws.get(at + 1) {
                None => true,
                Some(next) => {
                    !spaced(at, at + 1)
                        || (next.surface.chars().all(char::is_lowercase)
                            && function_words::is_function_word(&normalise(next.surface)))
                }
            };
        if stands_alone {
            *found
                .place_uses
                .entry((name.surface.to_string(), with_article))
                .or_default() += 1;
        }
    }
}

fn is_capitalised(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(token: &str) -> bool {
    token.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !token.chars().any(char::is_lowercase)
}

/// A word of a sentence as [`collect_sentence`] reads it: where it is, not yet normalised (most
/// words never need their normal form).
#[derive(Debug, Clone, Copy)]
struct Spot<'t> {
    surface: &'t str,
    start: usize,
    end: usize,
}

/// Buffers [`collect_sentence`] reuses from one sentence of a document to the next.
#[derive(Default)]
struct Scratch<'t> {
    words: Vec<Spot<'t>>,
    surfaces: Vec<&'t str>,
    /// A spelling being put together ([`add_run`]).
    joined: String,
}

/// Gather the findings of one sentence, given its text and its words, and whether it opens its
/// paragraph (where a drop cap, `EDWIN Okafor`, is no spelling of a name).
fn collect_sentence<'t>(
    text: &'t str,
    words: &[HashedWord],
    opens_paragraph: bool,
    found: &mut NameFindings,
    scratch: &mut Scratch<'t>,
) {
    let Scratch {
        words: ws,
        surfaces,
        joined,
    } = scratch;
    ws.clear();
    for word in words {
        // Words found in another text than this one would not fit it: they are passed over.
        let Some(surface) = text.get(word.start..word.end) else {
            continue;
        };
        ws.push(Spot {
            surface,
            start: word.start,
            end: word.end,
        });
        if surface.chars().next().is_some_and(char::is_lowercase) {
            found.lower_words.insert(word.hash);
        }
    }
    collect_place_uses(text, ws, found);
    // Surfaces, with a trailing dot kept on dotted abbreviations ("U.S" + "." → "U.S.") and a
    // possessive 's dropped.
    surfaces.clear();
    surfaces.extend(ws.iter().map(|w| {
        if w.surface.contains('.') && text[w.end..].starts_with('.') {
            &text[w.start..w.end + 1]
        } else {
            w.surface
                .strip_suffix("\u{2019}s")
                .or_else(|| w.surface.strip_suffix("'s"))
                .unwrap_or(w.surface)
        }
    }));
    let surfaces = &surfaces[..];
    let keep = |i: usize| -> bool {
        let surface = surfaces[i];
        if !is_capitalised(surface) || !surface.chars().any(char::is_alphabetic) {
            return false;
        }
        if i == 0
            && opens_paragraph
            && surfaces
                .get(1)
                .is_some_and(|next| crate::extract::names::drop_cap(surface, next).is_some())
        {
            return false;
        }
        if is_all_caps(surface) {
            let len = surface.chars().filter(|c| c.is_alphabetic()).count();
            let caps_neighbour = (i > 0 && is_all_caps(surfaces[i - 1]))
                || surfaces.get(i + 1).is_some_and(|n| is_all_caps(n));
            if len > MAX_ACRONYM || caps_neighbour {
                return false;
            }
        }
        true
    };
    let mut i = 0;
    while i < ws.len() {
        if !keep(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < ws.len() && keep(j) && text.get(ws[j - 1].end..ws[j].start) == Some(" ") {
            j += 1;
        }
        let run = &surfaces[i..j];
        if i == 0 {
            found
                .sentence_openers
                .insert((normalise(ws[0].surface).into_owned(), run.join(" ")));
        } else {
            add_run(run, joined, &mut |s| add_new(&mut found.names, s));
        }
        if i > 0
            && text.get(ws[i - 1].end..ws[i].start) == Some(" ")
            && ws[i - 1].surface.chars().all(char::is_lowercase)
            && is_content(&normalise(ws[i - 1].surface))
            && !crate::extract::names::is_title(ws[i - 1].surface)
            && run.len() <= 3
        {
            let extended = format!("{} {}", ws[i - 1].surface, run.join(" "));
            found.extended.insert(extended);
        }
        i = j;
    }
}

/// Put `spelling` in `set` unless it is there already (allocating only then).
fn add_new(set: &mut HashSet<String>, spelling: &str) {
    if !set.contains(spelling) {
        set.insert(spelling.to_string());
    }
}

/// The spellings a capitalised run gives, each handed to `add`: the whole run (up to four
/// words), its last two words, and each of its words. `joined` is a buffer to join them in.
fn add_run(run: &[&str], joined: &mut String, add: &mut impl FnMut(&str)) {
    let mut add_joined = |words: &[&str], add: &mut dyn FnMut(&str)| {
        joined.clear();
        for (n, word) in words.iter().enumerate() {
            if n > 0 {
                joined.push(' ');
            }
            joined.push_str(word);
        }
        add(joined);
    };
    if run.len() <= 4 {
        add_joined(run, add);
    }
    if run.len() >= 3 {
        add_joined(&run[run.len() - 2..], add);
    }
    if run.len() > 1 {
        for token in run {
            add(token);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;

    #[test]
    fn words_of_another_text_are_passed_over() {
        let text = "We saw Ann Lee leave.";
        let document = DocBuilder::new("a").sentence(text).build();
        let own = super::super::words::sentence_words(&document.source, &document.sentences);
        let found = NameFindings::of_words(&document, &own);
        assert!(found.names.contains("Ann Lee"), "{:?}", found.names);
        // Words found in a longer text: only those whose spans fit are read, from this text;
        // the others are skipped (not a panic).
        let other = SentenceWords::of(["Nobody here wrote anything like this at all."]);
        let found = NameFindings::of_words(&document, &other);
        let words_read = found
            .names
            .iter()
            .chain(found.sentence_openers.iter().map(|(_, run)| run))
            .flat_map(|spelling| spelling.split(' '));
        for word in words_read {
            assert!(text.contains(word), "{word:?} is not in {text:?}");
        }
        assert!(!found.sentence_openers.is_empty());
    }

    #[test]
    fn a_place_written_with_and_without_the_is_a_variant() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Troops moved into Ukraine on Monday.")
                .sentence("Aid went to Ukraine and to Poland.")
                .build(),
            DocBuilder::new("b")
                .sentence("Bases will not be built in the Ukraine, officials said.")
                .sentence("The Ukraine crisis and the France-Germany match were discussed.")
                .build(),
        ];
        let groups = name_variants(&docs);
        assert!(
            groups.contains(&vec!["Ukraine".to_string(), "the Ukraine".to_string()]),
            "{groups:?}"
        );
        assert!(
            !groups.iter().flatten().any(|s| s == "the France"),
            "{groups:?}"
        );
    }

    #[test]
    fn one_word_names_of_different_people_and_bare_titles_are_not_variants() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("President Francois Hollande spoke, and Mr. Petrov listened.")
                .sentence("Francois left early.")
                .build(),
            DocBuilder::new("b")
                .sentence("Pope Francis prayed, and Mr Petrov agreed.")
                .sentence("Francis spoke later.")
                .build(),
        ];
        let groups = name_variants(&docs);
        assert!(
            !groups.iter().flatten().any(|s| s == "Francis"),
            "{groups:?}"
        );
        assert!(
            !groups.iter().flatten().any(|s| s == "Mr" || s == "Mr."),
            "{groups:?}"
        );
    }

    #[test]
    fn finds_case_dot_and_transliteration_variants() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Foreign Minister Ivan Petrov met officials in Lvov and said the U.S. must act.")
                .sentence("The UNAC chief spoke in western Asia on trade.")
                .build(),
            DocBuilder::new("b")
                .sentence("Foreign Minister Ivan Petrow met Unac officials in Lviv and said the US must act.")
                .sentence("Trade in Western Asia fell as the talks ended.")
                .build(),
        ];
        let variants = name_variants(&docs);
        let has = |a: &str, b: &str| has_variant(&variants, a, b);
        assert!(has("US", "U.S."), "{variants:?}");
        assert!(has("Lviv", "Lvov"), "{variants:?}");
        assert!(has("Ivan Petrov", "Ivan Petrow"), "{variants:?}");
        assert!(has("UNAC", "Unac"), "{variants:?}");
        assert!(has("Western Asia", "western Asia"), "{variants:?}");
        assert!(
            !variants.iter().any(|g| g.contains(&"Petrov".to_string())),
            "{variants:?}"
        );
        assert_eq!(variants.len(), 5, "{variants:?}");
    }

    /// Whether one group of `variants` holds both `a` and `b`.
    fn has_variant(variants: &[Vec<String>], a: &str, b: &str) -> bool {
        variants
            .iter()
            .any(|g| g.iter().any(|v| v == a) && g.iter().any(|v| v == b))
    }

    /// A surname's prefix written two ways (`Mac`/`Mc`) is a variant like any other spelling;
    /// two surnames that differ by more than the prefix's letter are not.
    #[test]
    fn a_surname_prefix_written_two_ways_is_a_variant() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Chief executive Orla MacBrennan met Ewan McTavish in Dunmore.")
                .build(),
            DocBuilder::new("b")
                .sentence("Chief executive Orla McBrennan met Ewan MacTavern in Dunmore.")
                .build(),
        ];
        let variants = name_variants(&docs);
        let has = |a: &str, b: &str| has_variant(&variants, a, b);
        assert!(has("Orla MacBrennan", "Orla McBrennan"), "{variants:?}");
        assert!(!has("Ewan McTavish", "Ewan MacTavern"), "{variants:?}");
        assert!(!is_titlecase("McALLAN") && !is_titlecase("MCAllan") && !is_titlecase("McdonalD"));
    }

    #[test]
    fn names_with_and_without_diacritics_are_variants() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Harbour master Aroha Pūtake met Zbigniew Łęcki at the wharf.")
                .build(),
            DocBuilder::new("b")
                .sentence("Harbour master Aroha Putake met Zbigniew Lecki at the wharf.")
                .build(),
        ];
        let variants = name_variants(&docs);
        let has = |a: &str, b: &str| has_variant(&variants, a, b);
        assert!(has("Aroha Pūtake", "Aroha Putake"), "{variants:?}");
        assert!(has("Zbigniew Łęcki", "Zbigniew Lecki"), "{variants:?}");
    }

    #[test]
    fn a_title_capitalised_or_not_and_a_drop_cap_are_no_variants() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Port Minister Ola Brandt said the quay would open.")
                .sentence("EDWIN Okafor won the race on Sunday.")
                .sentence("UNAC Fleet said the ferry ran late.")
                .build(),
            DocBuilder::new("b")
                .sentence("A port crane broke down.")
                .sentence("Port minister Ola Brandt said the quay would open.")
                .sentence("Edwin Okafor won the race on Sunday.")
                .sentence("The ferries were sent, said Unac Fleet.")
                .build(),
        ];
        let variants = name_variants(&docs);
        // An acronym opening a paragraph is no drop cap: its other spelling is a variant.
        assert_eq!(
            variants,
            vec![vec!["UNAC Fleet".to_string(), "Unac Fleet".to_string()]]
        );
    }

    #[test]
    fn different_names_are_not_variants() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Talks with Iran resumed in Oslo on Tuesday.")
                .build(),
            DocBuilder::new("b")
                .sentence("Talks with Iraq resumed in Osaka on Tuesday.")
                .build(),
            DocBuilder::new("c")
                .sentence("John Smith said three people came. Then Johnny Smith left. Three left.")
                .build(),
            DocBuilder::new("d")
                .sentence("There was a palace near the place where there is a Palace Hotel.")
                .build(),
        ];
        assert!(
            name_variants(&docs).is_empty(),
            "{:?}",
            name_variants(&docs)
        );
    }
}
