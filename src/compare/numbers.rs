//! Numbers across sources: figures of the same unit that describe the same thing, and whether the
//! sources agree. Figures are grouped by unit, then linked when their sentences share context words
//! or their digits tie them together (same value, same digits in another order, a malformed digit
//! group). A qualifier ("more than", "about") turns a figure into a range before it is compared, so
//! "more than 120" and "129" are called consistent, not a conflict.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

use rayon::prelude::*;

use super::interner::Interner;
use super::short_labels;
use super::words::{is_content, normalise, HashedWord, SentenceWords};
use crate::lexicon::function_words::ARTICLES;
use crate::lexicon::numbers::{ROLE_PEOPLE_UNITS, SIGNED_UNITS, UNIT_KEY_VARIANTS};
use crate::model::{Document, DocumentId, Number, NumberFact, NumberFactValue};

/// Flag bits of a [`Figure`].
const HAS_VALUE: u8 = 1;
const VAGUE: u8 = 2;
const IRREGULAR: u8 = 4;
const RANGE: u8 = 8;
const AGE: u8 = 16;

/// The grouping key of people's ages, whatever unit they are written with (`41`, `aged 41`,
/// `41-year-old`): an age is compared with ages, never with a span of years.
const AGE_KEY: &str = "age";
/// The grouping key of every sum of money, whatever its currency.
const MONEY_KEY: &str = "money";
/// The unit of an age written without one (`Jan Roe, 41,`).
const AGE_UNIT: &str = "years";

/// The unit a number is compared under: its own, or [`AGE_UNIT`] for an age written without one;
/// `None` for a number that is not compared.
fn compared_unit(number: &Number) -> Option<&str> {
    number
        .unit
        .as_deref()
        .or_else(|| is_age(number).then_some(AGE_UNIT))
}

/// Whether the extractor flagged `number` as a person's age.
fn is_age(number: &Number) -> bool {
    number.flags.iter().any(|f| f == "age")
}

/// The grouping key of a figure: [`AGE_KEY`] for an age, else that of its unit
/// ([`grouping_key`]).
fn figure_key(unit: &str, age: bool) -> String {
    if age {
        AGE_KEY.to_string()
    } else {
        grouping_key(unit)
    }
}

/// Above this many figures of one unit, only digit keys link figures (not pairwise context).
const MAX_CONTEXT_GROUP: usize = 200;
/// Lowest share of context words two figures' sentences must share to be about the same thing.
const MIN_CONTEXT_JACCARD: f64 = 0.2;

/// One figure prepared for grouping.
struct Item<'d> {
    figures: &'d Figures,
    /// Sorted ids of its context words (see [`Contexts`]).
    context: &'d [u32],
    /// The document's index in the run (32 bytes an item: the largest groups hold tens of
    /// thousands while they are linked).
    doc: u32,
    /// The figure's row in `figures`.
    row: u32,
}

impl<'d> Item<'d> {
    fn number(&self) -> Figure<'d> {
        self.figures.get(self.row as usize)
    }

    /// The index of the figure's document in the run.
    fn doc(&self) -> usize {
        self.doc as usize
    }

    /// The figure's currency code, if it is a sum of money.
    fn currency(&self) -> Option<&'d str> {
        let unit = self.number().unit;
        is_currency(unit).then_some(unit)
    }
}

/// One figure of a [`Figures`] table: what the comparison reads of a [`Number`] with a unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure<'t> {
    /// The number's `index` in its document (its position among the document's numbers).
    pub index: usize,
    /// The figure as written.
    pub text: &'t str,
    /// Its value.
    pub value: Option<f64>,
    /// Its unit.
    pub unit: &'t str,
    /// Its qualifier ("more than").
    pub qualifier: Option<&'t str>,
    flags: u8,
}

impl Figure<'_> {
    fn has_flag(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// One figure: integers only, 32 bytes; its text lies in [`Figures::text`], its unit and
/// qualifier in [`Figures::names`] (qualifier 0 for none).
#[derive(Debug, Clone, Copy)]
struct FigureRow {
    doc: u32,
    /// The number's position in its document's `numbers`: its `index`, and where its context is.
    position: u32,
    unit: u32,
    /// 0 for none.
    qualifier: u32,
    /// The text's length in the low [`TEXT_LEN_BITS`] bits, the flags above them.
    text_len_and_flags: u32,
    /// Where the text starts in [`Figures::text`]: the figure texts of a run are held up to
    /// 4 GiB (tens of millions of figures), a figure past that keeps its value without its text.
    text_start: u32,
    value: f64,
}

/// Bits of [`FigureRow::text_len_and_flags`] that give the text's length: a figure's text is cut
/// at 128 MB (a figure's text is a few words; the five bits above hold the flags).
const TEXT_LEN_BITS: u32 = 27;

impl FigureRow {
    fn text_len(&self) -> usize {
        (self.text_len_and_flags & ((1 << TEXT_LEN_BITS) - 1)) as usize
    }

    fn flags(&self) -> u8 {
        (self.text_len_and_flags >> TEXT_LEN_BITS) as u8
    }
}

/// The numbers of a run that have a unit (the only ones compared), in input order: a row of
/// integers per figure, the texts in one string and each unit and qualifier held once, so that
/// a run that lets its documents go keeps tens of bytes per figure instead of a [`Number`] with
/// its strings.
#[derive(Debug, Default)]
pub struct Figures {
    rows: Vec<FigureRow>,
    text: String,
    /// Units and qualifiers.
    names: Interner,
    /// Documents added.
    documents: u32,
}

impl Figures {
    /// The figures of `documents`.
    pub fn of_documents(documents: &[Document]) -> Figures {
        let mut figures = Figures::default();
        for document in documents {
            figures.add(&document.numbers);
        }
        figures
    }

    /// Add the numbers of the next document.
    pub fn add(&mut self, numbers: &[Number]) {
        let doc = self.documents;
        self.documents += 1;
        for (position, number) in numbers.iter().enumerate() {
            let Some(unit) = compared_unit(number) else {
                continue;
            };
            let flag = |name: &str, bit: u8| {
                if number.flags.iter().any(|f| f == name) {
                    bit
                } else {
                    0
                }
            };
            let flags = flag("vague", VAGUE)
                | flag("irregular-grouping", IRREGULAR)
                | flag("range", RANGE)
                | flag("age", AGE)
                | if number.value.is_some() { HAS_VALUE } else { 0 };
            let text = super::within(&number.text, (1 << TEXT_LEN_BITS) - 1);
            let (text_start, text_len) = match u32::try_from(self.text.len() + text.len()) {
                Ok(_) => {
                    let start = self.text.len() as u32;
                    self.text.push_str(text);
                    (start, text.len())
                }
                Err(_) => (0, 0),
            };
            let row = FigureRow {
                doc,
                position: position as u32,
                unit: self.names.intern(unit),
                qualifier: self.names.intern_option(number.qualifier.as_deref()),
                text_len_and_flags: text_len as u32 | u32::from(flags) << TEXT_LEN_BITS,
                text_start,
                value: number.value.unwrap_or_default(),
            };
            self.rows.push(row);
        }
    }

    /// Let go of the room reserved for figures to come.
    pub fn shrink_to_fit(&mut self) {
        self.rows.shrink_to_fit();
        self.text.shrink_to_fit();
    }

    /// The `i`th figure of the run.
    pub fn get(&self, i: usize) -> Figure<'_> {
        let row = self.rows[i];
        let text_start = row.text_start as usize;
        let text_end = text_start + row.text_len();
        Figure {
            index: row.position as usize,
            text: self.text.get(text_start..text_end).unwrap_or_default(),
            value: (row.flags() & HAS_VALUE != 0).then_some(row.value),
            unit: self.names.get(row.unit).unwrap_or_default(),
            qualifier: self.names.get(row.qualifier),
            flags: row.flags(),
        }
    }
}

/// The context words of every number of a run (see [`number_contexts`]), each distinct word held
/// once: a figure's context is a short sorted run of word ids in one array, not a set of strings.
#[derive(Debug, Default)]
pub struct Contexts {
    words: Vec<String>,
    ids: rustc_hash::FxHashMap<String, u32>,
    /// Every number's context ids, one number after another.
    arena: Vec<u32>,
    /// `ends[k]`: where the context of the run's `k`th number ends in `arena`.
    ends: Vec<usize>,
    /// `first[d]`: the run's index of document `d`'s first number; one more closes the last.
    first: Vec<usize>,
}

impl Contexts {
    /// Add the contexts of the next document's numbers.
    pub fn push(&mut self, document: Vec<BTreeSet<String>>) {
        if self.first.is_empty() {
            self.first.push(0);
        }
        for context in document {
            let start = self.arena.len();
            for word in context {
                let id = self.id(word);
                self.arena.push(id);
            }
            self.arena[start..].sort_unstable();
            self.ends.push(self.arena.len());
        }
        self.first.push(self.ends.len());
    }

    fn id(&mut self, word: String) -> u32 {
        if let Some(&id) = self.ids.get(&word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(word.clone());
        self.ids.insert(word, id);
        id
    }

    /// Let go of the room reserved for contexts to come.
    pub fn shrink_to_fit(&mut self) {
        self.arena.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.first.shrink_to_fit();
    }

    /// The context of the `n`th number of document `d` (empty when there is none).
    fn of(&self, d: usize, n: usize) -> &[u32] {
        let (Some(&first), Some(&next)) = (self.first.get(d), self.first.get(d + 1)) else {
            return &[];
        };
        let k = first + n;
        if k >= next {
            return &[];
        }
        let start = k.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.arena[start..self.ends[k]]
    }
}

/// Facts reported by two or more documents, conflicts first, then by unit and label.
pub fn number_facts(documents: &[Document]) -> Vec<NumberFact> {
    let figures = Figures::of_documents(documents);
    number_facts_in(
        &super::ids_of(documents),
        &figures,
        &contexts_of_documents(documents),
    )
}

/// [`number_contexts`] of every document, in parallel.
pub fn contexts_of_documents(documents: &[Document]) -> Contexts {
    let found: Vec<Vec<BTreeSet<String>>> = documents.par_iter().map(number_contexts).collect();
    let mut contexts = Contexts::default();
    for document in found {
        contexts.push(document);
    }
    contexts
}

/// The grouping key of a number's unit: `money` for a currency, else the unit's key word.
fn grouping_key(unit: &str) -> String {
    if is_currency(unit) {
        MONEY_KEY.to_string()
    } else {
        unit_key(unit).into_owned()
    }
}

/// For each of the document's numbers, what the comparison needs of its sentence (empty for a
/// number without a unit): the content words other than the words of the sentence's figures and
/// their units ("cent" of "60 per cent", "c" of "C$1.23", "crore" of "Rs 41,000 crore", "basis"
/// and "points" of "50 basis points"), and a token for each figure of another unit in the
/// sentence, by its value ([`figure_token`]). Words of quantities tell how much, not of what:
/// two sentences that give sums in crore do not share context for that alone, but two that give
/// the same sum (`Sales fell 9% to $2.3 billion`, `Sales fell 11% to $2.3 billion`) do.
pub fn number_contexts(document: &Document) -> Vec<BTreeSet<String>> {
    let words = super::words::sentence_words(&document.source, &document.sentences);
    number_contexts_of(document, &words)
}

/// [`number_contexts`], given the words of the document's sentences
/// ([`super::words::sentence_words`]).
pub fn number_contexts_of(document: &Document, words: &SentenceWords) -> Vec<BTreeSet<String>> {
    let mut by_sentence: BTreeMap<usize, Vec<&Number>> = BTreeMap::new();
    for number in &document.numbers {
        if let Some(s) = number.sentence {
            by_sentence.entry(s).or_default().push(number);
        }
    }
    // Figures of one sentence and one key share their context: it is built once for them.
    let mut built: HashMap<(usize, String), BTreeSet<String>> = HashMap::new();
    let mut contexts: Vec<BTreeSet<String>> = document
        .numbers
        .iter()
        .map(|number| {
            let (Some(unit), Some(s)) = (compared_unit(number), number.sentence) else {
                return BTreeSet::new();
            };
            let Some(figures) = by_sentence.get(&s) else {
                return BTreeSet::new();
            };
            let key = figure_key(unit, is_age(number));
            let shared = built
                .entry((s, key.clone()))
                .or_insert_with_key(|(s, key)| sentence_context(document, words, *s, figures, key));
            let others_names = names_of_other_clauses(document, words, s, figures, number, &key);
            let mut context = if others_names.is_empty() {
                shared.clone()
            } else {
                shared.difference(&others_names).cloned().collect()
            };
            let (before, after) = around_figure(document, s, number);
            if !is_currency(unit) && is_superseded(before, number) {
                context.insert(SUPERSEDED_TOKEN.to_string());
            }
            if let Some(counted) = member_compound_word(after, unit) {
                context.insert(format!("{KEY_TOKEN_MARK}{counted}"));
            }
            context
        })
        .collect();
    mark_updated_counts(document, &mut contexts);
    contexts
}

/// Whether `word` is one of `list`, ignoring ASCII case (no word is in no list).
fn listed(list: &[&str], word: Option<&str>) -> bool {
    word.is_some_and(|word| list.iter().any(|x| x.eq_ignore_ascii_case(word)))
}

/// Most sentences between a count and the sentence that tells it as it stood later
/// ([`mark_updated_counts`]).
const MAX_UPDATE_GAP: usize = 2;

/// Whether sentence `text` opens with "By" and the time a count stood at then ("By Tuesday
/// afternoon", "By late Monday", "By the evening", "By then", "By 6pm"): what it tells is a
/// running total as it stood at a later time than the sentences before it.
fn opens_with_update(text: &str) -> bool {
    use crate::lexicon::calendar::{is_weekday, PARTS_OF_DAY, TIMES_OF_DAY};
    use crate::lexicon::numbers::{UPDATE_TIME_MODIFIERS, UPDATE_TIME_WORDS};
    let mut words = text
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', ';', ':']));
    if words.next() != Some("By") {
        return false;
    }
    let is_in = |list: &[&str], w: &str| listed(list, Some(w));
    let Some(time) = words.find(|w| !is_in(ARTICLES, w) && !is_in(UPDATE_TIME_MODIFIERS, w)) else {
        return false;
    };
    let clock = time.starts_with(|c: char| c.is_ascii_digit())
        && ["am", "pm", "a.m.", "p.m."]
            .iter()
            .any(|suffix| time.to_ascii_lowercase().ends_with(suffix));
    is_weekday(time)
        || is_in(PARTS_OF_DAY, time)
        || is_in(TIMES_OF_DAY, time)
        || is_in(UPDATE_TIME_WORDS, time)
        || clock
}

/// `Early on Tuesday the council said about 300 homes had been flooded. By Tuesday afternoon it
/// said 480 homes had been flooded.`: a count told in a sentence opening with "By" and a time
/// ([`opens_with_update`]) replaces a count of its key and another value told in the
/// [`MAX_UPDATE_GAP`] sentences before it, in words alike (a context word in common, no outcome
/// apart), so the earlier one is marked superseded and the document's claim is the later one.
/// A count added to the earlier (`a further 12`, `40 more`) replaces nothing; sums of money and
/// ages are left alone.
fn mark_updated_counts(document: &Document, contexts: &mut [BTreeSet<String>]) {
    use crate::lexicon::calendar::{is_weekday, PARTS_OF_DAY};
    use crate::lexicon::numbers::{FURTHER_WORDS, MORE_HARMED_WORDS};
    let is_count = |n: &Number| {
        n.value.is_some()
            && !is_age(n)
            && !n.flags.iter().any(|f| f == "vague" || f == "range")
            && n.unit.as_deref().is_some_and(|u| !is_currency(u))
    };
    for (i, later) in document.numbers.iter().enumerate() {
        let (Some(s), Some(unit)) = (later.sentence, later.unit.as_deref()) else {
            continue;
        };
        if s == 0 || !is_count(later) {
            continue;
        }
        let Some(sentence) = document.sentences.get(s) else {
            continue;
        };
        if !opens_with_update(super::words::sentence_text(&document.source, sentence)) {
            continue;
        }
        let (before, after) = around_figure(document, s, later);
        if listed(FURTHER_WORDS, before.split_whitespace().next_back())
            || listed(MORE_HARMED_WORDS, after.split_whitespace().next())
        {
            continue;
        }
        let key = grouping_key(unit);
        let Some(later_context) = contexts.get(i).cloned() else {
            continue;
        };
        let later_outcomes: Vec<&String> = later_context
            .iter()
            .filter(|w| w.starts_with(OUTCOME_TOKEN_MARK))
            .collect();
        for (j, earlier) in document.numbers[..i].iter().enumerate().rev() {
            let Some(t) = earlier.sentence else {
                continue;
            };
            if t >= s {
                continue;
            }
            if s - t > MAX_UPDATE_GAP {
                break;
            }
            let same_key = earlier
                .unit
                .as_deref()
                .is_some_and(|u| grouping_key(u) == key);
            if !same_key || !is_count(earlier) || earlier.value == later.value {
                continue;
            }
            let Some(context) = contexts.get_mut(j) else {
                continue;
            };
            let outcomes_apart = !later_outcomes.is_empty()
                && context.iter().any(|w| w.starts_with(OUTCOME_TOKEN_MARK))
                && !later_outcomes.iter().any(|w| context.contains(*w));
            // The time of either telling is no likeness: the update names a time of its own.
            let shares_word = context.iter().any(|w| {
                !w.starts_with(char::is_control)
                    && is_content(w)
                    && !is_weekday(w)
                    && !PARTS_OF_DAY.contains(&w.as_str())
                    && later_context.contains(w)
            });
            if shares_word && !outcomes_apart {
                context.insert(SUPERSEDED_TOKEN.to_string());
            }
        }
    }
}

/// The context token of a figure told as an earlier count since replaced ([`is_superseded`]).
const SUPERSEDED_TOKEN: &str = "\u{4}superseded";

/// Opens a context token that gives the word a figure is grouped by in place of its unit
/// ([`member_compound_word`]).
const KEY_TOKEN_MARK: char = '\u{5}';

/// The text of sentence `s` before `number` and after it (empty where the offsets do not fit).
fn around_figure<'d>(document: &'d Document, s: usize, number: &Number) -> (&'d str, &'d str) {
    let Some(sentence) = document.sentences.get(s) else {
        return ("", "");
    };
    let text = super::words::sentence_text(&document.source, sentence);
    let at = |offset: usize| offset.checked_sub(sentence.start);
    let before = at(number.start).and_then(|end| text.get(..end));
    let after = at(number.end).and_then(|start| text.get(start..));
    (before.unwrap_or_default(), after.unwrap_or_default())
}

/// Whether `number`, after `before` in its sentence, is told as an earlier count that its
/// sentence replaces: after one of [`SUPERSEDED_WORDS`], a noun of [`SUPERSEDED_NOUNS`] (and a
/// word before it) and "of" ("raising an earlier toll of 12", "the previous death toll of 12"),
/// or right after "from", an article and one of them ("up from an initial 9"). Such a count is
/// not the source's claim of it, and is left out of the comparison (a sum of money is kept:
/// `from an original estimate of £200m` is a fact of its own); a figure of another time (`up
/// from 40 last year`) is kept.
fn is_superseded(before: &str, number: &Number) -> bool {
    use crate::lexicon::numbers::{SUPERSEDED_NOUNS, SUPERSEDED_WORDS};
    let before = match &number.qualifier {
        Some(q) => before.trim_end().strip_suffix(q.as_str()).unwrap_or(before),
        None => before,
    };
    let mut words = before.split_whitespace().rev();
    let last = words.next();
    if listed(&["of"], last) {
        if !listed(SUPERSEDED_NOUNS, words.next()) {
            return false;
        }
        let next = words.next();
        listed(SUPERSEDED_WORDS, next) || listed(SUPERSEDED_WORDS, words.next())
    } else {
        listed(SUPERSEDED_WORDS, last)
            && listed(ARTICLES, words.next())
            && listed(&["from"], words.next())
    }
}

/// The word before a compound's head of [`MEMBER_HEADS`] that counts the same thing by itself
/// ("crew" of `nine crew members`, "staff" of `12 staff members`: one of
/// [`SAME_FORM_PLURALS`] or [`INVARIANT_PLURALS`]), lower case, when `unit` is that head: the
/// figure is grouped under it, so `nine crew` and `nine crew members` are compared. `after` is
/// the sentence after the figure.
fn member_compound_word(after: &str, unit: &str) -> Option<String> {
    use crate::lexicon::numbers::{INVARIANT_PLURALS, MEMBER_HEADS, SAME_FORM_PLURALS};
    if !MEMBER_HEADS.contains(&unit) {
        return None;
    }
    let after = after.strip_prefix(' ')?;
    let (word, rest) = after.split_once(' ')?;
    let word = word.to_lowercase();
    let counts_alone =
        SAME_FORM_PLURALS.contains(&word.as_str()) || INVARIANT_PLURALS.contains(&word.as_str());
    (counts_alone && rest.starts_with(unit)).then_some(word)
}

/// Marks that part a sentence into clauses that each tell a figure of their own (`In Leeds, 31%
/// passed; in York, it was 24%.`).
const CLAUSE_MARKS: &[char] = &[';', '\u{2014}', '\u{2013}'];

/// Most figures of a sentence whose clauses are told apart ([`names_of_other_clauses`]): a
/// sentence listing more is a table, and reading its clauses for each figure would cost the
/// square of its length.
const MAX_CLAUSE_FIGURES: usize = 6;

/// The capitalised words (names: places, people, bodies) of the clauses of sentence `s` that hold
/// other figures of `number`'s key and not `number`, and not of `number`'s own clause, normalised:
/// `In Leeds, 31% passed; in York, it was 24%.` tells 31% of Leeds and 24% of York, so York is no
/// context of 31% and Leeds none of 24%. Empty when the sentence has one clause, the key's
/// figures share one, or it has more than [`MAX_CLAUSE_FIGURES`] figures.
fn names_of_other_clauses(
    document: &Document,
    words: &SentenceWords,
    s: usize,
    figures: &[&Number],
    number: &Number,
    key: &str,
) -> BTreeSet<String> {
    let Some(sentence) = document.sentences.get(s) else {
        return BTreeSet::new();
    };
    if !(2..=MAX_CLAUSE_FIGURES).contains(&figures.len()) {
        return BTreeSet::new();
    }
    let text = super::words::sentence_text(&document.source, sentence);
    if !text.contains(CLAUSE_MARKS) {
        return BTreeSet::new();
    }
    let marks: Vec<usize> = text.match_indices(CLAUSE_MARKS).map(|(at, _)| at).collect();
    let clause_of =
        |offset: usize| marks.partition_point(|&at| at < offset.saturating_sub(sentence.start));
    let own = clause_of(number.start);
    let other_clauses: BTreeSet<usize> = figures
        .iter()
        .filter(|f| compared_unit(f).is_some_and(|unit| figure_key(unit, is_age(f)) == key))
        .map(|f| clause_of(f.start))
        .filter(|&clause| clause != own)
        .collect();
    if other_clauses.is_empty() {
        return BTreeSet::new();
    }
    let mut own_words = BTreeSet::new();
    let mut others = BTreeSet::new();
    for word in words.sentence(s) {
        let Some(written) = text.get(word.start..word.end) else {
            continue;
        };
        let clause = clause_of(sentence.start + word.start);
        let norm = normalise(written).into_owned();
        if clause == own {
            own_words.insert(norm);
        } else if other_clauses.contains(&clause) && written.starts_with(char::is_uppercase) {
            others.insert(norm);
        }
    }
    others.retain(|word| !own_words.contains(word));
    others
}

/// The context of the figures of grouping key `key` in sentence `s`, whose figures are
/// `figures`: see [`number_contexts`].
fn sentence_context(
    document: &Document,
    words: &SentenceWords,
    s: usize,
    figures: &[&Number],
    key: &str,
) -> BTreeSet<String> {
    let Some(sentence) = document.sentences.get(s) else {
        return BTreeSet::new();
    };
    let text = super::words::sentence_text(&document.source, sentence);
    let sentence_words = words.sentence(s);
    let unit_after = unit_words_after(figures, sentence.start, sentence_words);
    let in_figure = |at: usize| {
        figures.iter().any(|f| (f.start..f.end).contains(&at)) || unit_after.contains(&at)
    };
    let keyed: Vec<(&Number, String)> = figures
        .iter()
        .filter_map(|f| compared_unit(f).map(|unit| (*f, figure_key(unit, is_age(f)))))
        .collect();
    let unit_words: Vec<Cow<str>> = keyed
        .iter()
        .flat_map(|(f, figure_key)| {
            let unit = compared_unit(f).unwrap_or_default();
            unit.split_whitespace()
                .map(unit_key)
                .chain([Cow::Borrowed(figure_key.as_str())])
        })
        .collect();
    let holders = keyed
        .iter()
        .filter(|(_, figure_key)| key == AGE_KEY && figure_key == AGE_KEY)
        .filter_map(|(f, _)| age_holder(text.get(..f.start.checked_sub(sentence.start)?)?));
    let counts = keyed
        .iter()
        .filter(|(_, figure_key)| figure_key == key && key != AGE_KEY && key != MONEY_KEY)
        .map(|(f, _)| *f);
    let (outcome_words, outcomes) = outcome_tokens(text, sentence.start, sentence_words, counts);
    let tokens = keyed
        .iter()
        .filter(|(_, figure_key)| figure_key != key)
        .filter_map(|(f, figure_key)| figure_token(figure_key, f))
        .chain(holders)
        .chain(outcomes);
    sentence_words
        .iter()
        .filter(|w| !in_figure(sentence.start + w.start) && !outcome_words.contains(&w.start))
        .filter_map(|w| text.get(w.start..w.end))
        .map(normalise)
        .filter(|norm| is_content(norm) && !unit_words.contains(&unit_key(norm)))
        .map(Cow::into_owned)
        .chain(tokens)
        .collect()
}

/// Opens a context token that stands for a figure rather than a word (no word opens with it).
const FIGURE_TOKEN_MARK: char = '\u{1}';

/// Opens a context token that names the person an age is given for.
const HOLDER_TOKEN_MARK: char = '\u{2}';

/// Opens a context token that names what befell the counted (an outcome of
/// [`crate::lexicon::numbers::TOLL_OUTCOMES`], by its index).
const OUTCOME_TOKEN_MARK: char = '\u{3}';

/// Most words between a count and a word next to it that tells what befell the counted
/// (`12 people have died`, `killing at least 12`).
const MAX_OUTCOME_GAP_WORDS: usize = 4;

/// Marks that end the clause of a count: a word past one does not tell what befell the counted
/// (`Deaths: 4 confirmed; 11 people unaccounted for`).
const CLAUSE_BREAKS: &[char] = &[',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'];

/// The outcome of [`crate::lexicon::numbers::TOLL_OUTCOMES`] that each of its words tells, by
/// word.
static OUTCOME_OF_WORD: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    crate::lexicon::numbers::TOLL_OUTCOMES
        .iter()
        .enumerate()
        .flat_map(|(outcome, words)| words.iter().map(move |&word| (word, outcome)))
        .collect()
});

/// The outcome tokens of the counts `figures` of a sentence (`text`, at `sentence_start` in the
/// document, of words `words`): one for each outcome a word within [`MAX_OUTCOME_GAP_WORDS`]
/// words before or after a count tells (`Nine people have died`, `killed 129 people`), with
/// where in the sentence those words start. The token stands in the context for the words, so
/// `died` and `killed` next to a count are one context word, and no word counts twice.
fn outcome_tokens<'n>(
    text: &str,
    sentence_start: usize,
    words: &[HashedWord],
    figures: impl Iterator<Item = &'n Number>,
) -> (Vec<usize>, BTreeSet<String>) {
    let mut starts = Vec::new();
    let mut tokens = BTreeSet::new();
    for figure in figures {
        let first_within = words
            .iter()
            .position(|w| sentence_start + w.end > figure.start)
            .unwrap_or(words.len());
        let first_after = words
            .iter()
            .position(|w| sentence_start + w.start >= figure.end)
            .unwrap_or(words.len());
        let within_clause = |pair: &[HashedWord]| {
            text.get(pair[0].end..pair[1].start)
                .is_some_and(|gap| !gap.contains(CLAUSE_BREAKS))
        };
        let mut before_start = first_within;
        while before_start > 0
            && first_within - before_start < MAX_OUTCOME_GAP_WORDS
            && words
                .get(before_start - 1..=before_start)
                .is_some_and(|pair| pair.len() < 2 || within_clause(pair))
        {
            before_start -= 1;
        }
        let figure_end = figure.end.saturating_sub(sentence_start);
        let mut after_end = first_after;
        while after_end < words.len()
            && after_end - first_after < MAX_OUTCOME_GAP_WORDS
            && if after_end == first_after {
                text.get(figure_end..words[after_end].start)
                    .is_some_and(|gap| !gap.contains(CLAUSE_BREAKS))
            } else {
                within_clause(&words[after_end - 1..=after_end])
            }
        {
            after_end += 1;
        }
        let before = &words[before_start..first_within];
        let after = &words[first_after..after_end];
        for word in before.iter().chain(after) {
            let outcome = text
                .get(word.start..word.end)
                .and_then(|w| OUTCOME_OF_WORD.get(normalise(w).as_ref()));
            if let Some(outcome) = outcome {
                starts.push(word.start);
                tokens.insert(format!("{OUTCOME_TOKEN_MARK}{outcome}"));
            }
        }
    }
    (starts, tokens)
}

/// Most bytes between a name and the age after it (`Ed Roe, 72,`, `Ed Roe (72)`).
const MAX_HOLDER_GAP: usize = 2;

/// The context token of the person an age is given for, from `before`, the sentence up to the
/// age: the capitalised word right before it (`Quennell` of `Ed Quennell, 72,` or `Quennell,
/// 71,`), lower case; None when no name stands there (`the 41-year-old`).
fn age_holder(before: &str) -> Option<String> {
    let name_end = before.trim_end_matches([',', '(', ' ']);
    if before.len() - name_end.len() > MAX_HOLDER_GAP || name_end.len() == before.len() {
        return None;
    }
    let word_start = name_end
        .rfind(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}')))
        .map_or(0, |at| {
            at + name_end[at..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &name_end[word_start..];
    word.starts_with(char::is_uppercase)
        .then(|| format!("{HOLDER_TOKEN_MARK}{}", word.to_lowercase()))
}

/// The context token of a figure of grouping key `key` (`money` 2300000000 for `$2.3 billion`),
/// None for a figure without a definite value.
fn figure_token(key: &str, number: &Number) -> Option<String> {
    let value = number
        .value
        .filter(|_| !number.flags.iter().any(|f| f == "vague"))?;
    Some(format!("{FIGURE_TOKEN_MARK}{key} {value}"))
}

/// Where the words that write the units of `figures` after them start (`bps` of `4 bps`,
/// `people` of `12 people`), as offsets into the document: the first word after a figure with a
/// unit its own text does not hold, when only a space parts them. `sentence_start` is the
/// sentence's offset in the document and `words` its words.
fn unit_words_after(
    figures: &[&Number],
    sentence_start: usize,
    words: &[HashedWord],
) -> Vec<usize> {
    figures
        .iter()
        .filter(|f| compared_unit(f).is_some() && !written_with_unit(f))
        .filter_map(|f| {
            let next = words.iter().find(|w| sentence_start + w.start >= f.end)?;
            let at = sentence_start + next.start;
            (at - f.end <= 1).then_some(at)
        })
        .collect()
}

/// Whether a figure's own text writes its unit (`12 per cent`, `50%`, `$5 million`, `two-year`):
/// anything in it but digits and their separators.
fn written_with_unit(number: &Number) -> bool {
    number
        .text
        .chars()
        .any(|c| !c.is_ascii_digit() && !matches!(c, ',' | '.' | ' '))
}

/// [`number_facts`] with the documents' figures and each figure's context given (see
/// [`Figures`], [`Contexts`]), `ids[d]` the id of document `d`.
pub fn number_facts_in(
    ids: &[DocumentId],
    figures: &Figures,
    contexts: &Contexts,
) -> Vec<NumberFact> {
    let labels = short_labels(ids.iter().map(|id| &**id));
    // Rows only while grouping (4 bytes a figure); a group's items are made when it is linked.
    let mut groups: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let superseded = contexts.ids.get(SUPERSEDED_TOKEN).copied();
    for (i, row) in figures.rows.iter().enumerate() {
        let context = contexts.of(row.doc as usize, row.position as usize);
        if superseded.is_some_and(|id| context.binary_search(&id).is_ok()) {
            continue;
        }
        let unit = figures.names.get(row.unit).unwrap_or_default();
        let counted = context.iter().find_map(|&id| {
            contexts
                .words
                .get(id as usize)?
                .strip_prefix(KEY_TOKEN_MARK)
        });
        let key = figure_key(counted.unwrap_or(unit), row.flags() & AGE != 0);
        groups.entry(key).or_default().push(i as u32);
    }
    let item = |i: u32| {
        let row = &figures.rows[i as usize];
        Item {
            figures,
            context: contexts.of(row.doc as usize, row.position as usize),
            doc: row.doc,
            row: i,
        }
    };
    // Groups are linked in parallel, each with its items made only while it is linked.
    let groups: Vec<(String, Vec<u32>)> = groups.into_iter().collect();
    let mut facts: Vec<NumberFact> = groups
        .into_par_iter()
        .flat_map_iter(|(key, rows)| {
            let items: Vec<Item> = rows.into_iter().map(item).collect();
            let distinct_docs: BTreeSet<usize> = items.iter().map(|i| i.doc()).collect();
            let components = if distinct_docs.len() < 2 {
                Vec::new()
            } else {
                link(&items, &contexts.words)
            };
            components
                .into_iter()
                .filter(|component| {
                    let docs: BTreeSet<usize> = component.iter().map(|&i| items[i].doc()).collect();
                    docs.len() >= 2
                })
                .map(|component| fact(ids, (&labels, &contexts.words), &key, &items, &component))
                .collect::<Vec<_>>()
        })
        .collect();
    facts.sort_by(|a, b| {
        b.conflict
            .is_some()
            .cmp(&a.conflict.is_some())
            .then_with(|| a.unit.cmp(&b.unit))
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| {
                let values_of_a = a.values.iter().map(|v| (&*v.document, v.number));
                values_of_a.cmp(b.values.iter().map(|v| (&*v.document, v.number)))
            })
    });
    facts
}

/// An ISO 4217-looking code: three upper-case ASCII letters.
fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// Lower case, a plural `s` dropped, so "troop" and "Troops" group together; a unit with
/// another name for it ([`UNIT_KEY_VARIANTS`]: "stories", "preferences") is keyed by that name,
/// so "storeys" and "stories" group together too.
fn unit_key(unit: &str) -> Cow<'_, str> {
    let trimmed = unit.trim();
    let changes_case = |c: char| {
        let mut lower = c.to_lowercase();
        lower.next() != Some(c) || lower.next().is_some()
    };
    let lower = if trimmed.chars().any(changes_case) {
        Cow::Owned(trimmed.to_lowercase())
    } else {
        Cow::Borrowed(trimmed)
    };
    let lower = match UNIT_KEY_VARIANTS
        .iter()
        .find(|(variant, _)| *variant == lower)
    {
        Some((_, name)) => Cow::Borrowed(*name),
        None if ROLE_PEOPLE_UNITS.contains(&&*lower) => Cow::Borrowed(PEOPLE_KEY),
        None => lower,
    };
    match lower.strip_suffix('s') {
        Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => match lower {
            Cow::Borrowed(borrowed) => Cow::Borrowed(&borrowed[..stem.len()]),
            Cow::Owned(ref owned) => Cow::Owned(owned[..stem.len()].to_string()),
        },
        _ => lower,
    }
}

/// The grouping key of people, and of the nouns that count them by their role
/// ([`ROLE_PEOPLE_UNITS`]).
const PEOPLE_KEY: &str = "people";

/// The noun of [`ROLE_PEOPLE_UNITS`] that `unit` is, if any.
fn role_of(unit: &str) -> Option<&'static str> {
    let unit = unit.trim();
    ROLE_PEOPLE_UNITS
        .iter()
        .copied()
        .find(|role| role.eq_ignore_ascii_case(unit))
}

/// Whether figures `a` and `b` of one value may be taken for one count by their value alone: yes
/// unless one counts people by a role ([`ROLE_PEOPLE_UNITS`]) the other does not name, when
/// their sentences must share a context word (`320 evacuees` at a rest centre and `320 people`
/// at the rest centre are one count; `40 residents` of a street and `40 people` hurt elsewhere
/// are not).
fn roles_allow(a: &Item, b: &Item) -> bool {
    role_of(a.number().unit) == role_of(b.number().unit)
        || super::shared_count(a.context, b.context) > 0
}

/// The digits as written with trailing zeros dropped: "100,00" and "100,000" both give "1".
fn digit_signature(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_end_matches('0');
    (!digits.is_empty()).then(|| if trimmed.is_empty() { "0" } else { trimmed }.to_string())
}

/// Fewest digits of two figures written with the same digits in another order that are linked in
/// sentences sharing a few words (`2,306` and `2,036`), as a transposition typo.
const MIN_TRANSPOSED_DIGITS: usize = 4;

/// The digits sorted: "312" and "321" give the same.
fn sorted_digits(text: &str) -> Option<String> {
    let mut digits: Vec<char> = text.chars().filter(char::is_ascii_digit).collect();
    digits.sort_unstable();
    (digits.len() >= 3).then(|| digits.into_iter().collect())
}

/// Components of figures about the same thing: linked by shared digit keys (hash buckets) and, in
/// groups small enough, by shared sentence context.
fn link(items: &[Item], words: &[String]) -> Vec<Vec<usize>> {
    let mut sets = FigureSets::new(items);
    // Figures of one value go together; figures of the same digits (`18` and `180`, `80` and
    // `80,000`, `312` and `321`) only when they come from two documents in sentences alike, as a
    // typo would, or one of them is grouped wrongly (`100,00`, a typo for sure), and the group is
    // small enough to compare them pairwise.
    // Counts of one value told with different outcomes (`at least 5 dead`, `five people were
    // detained`) are different facts, and so are sums of one amount in two currencies that one
    // document gives (`£2.3bn over budget`, `penalties of up to 2.3 billion euros`): each value
    // has a first figure for each such telling, and a figure joins one of its own currency
    // before one of another.
    let outcomes: Vec<Vec<u32>> = items
        .iter()
        .map(|item| outcome_ids(item.context, words))
        .collect();
    let mut same_value: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut same_digits: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        let number = item.number();
        if is_vague(&number) {
            continue;
        }
        if let Some(value) = number.value {
            let firsts = same_value.entry(value.to_bits()).or_default();
            // Sums of one amount in two currencies from two documents go together (one outlet
            // has the currency wrong) only when their sentences share a word: `£100m release
            // clause` and `100 million euros received … in 2020` are two deals.
            let may_join = |first: usize| {
                let earlier = &items[first];
                !outcomes_differ(&outcomes[first], &outcomes[i])
                    && roles_allow(earlier, item)
                    && (earlier.currency() == item.currency()
                        || (earlier.doc() != item.doc()
                            && super::shared_count(earlier.context, item.context) > 0))
            };
            let same_currency = firsts
                .iter()
                .find(|&&first| may_join(first) && items[first].currency() == item.currency());
            match same_currency.or_else(|| firsts.iter().find(|&&first| may_join(first))) {
                Some(&first) => sets.join(first, i),
                None => firsts.push(i),
            }
        }
        if items.len() > MAX_CONTEXT_GROUP {
            continue;
        }
        let signature = digit_signature(number.text).map(|sig| format!("s:{sig}"));
        let sorted = sorted_digits(number.text).map(|sorted| format!("p:{sorted}"));
        for key in signature.into_iter().chain(sorted) {
            same_digits.entry(key).or_default().push(i);
        }
    }
    if items.len() <= MAX_CONTEXT_GROUP {
        // Links by likeness, the closest first: pairs of the same digits, then pairs where each
        // figure is the other's best match in its document.
        let mut likely: Vec<(f64, usize, usize)> = Vec::new();
        for (key, members) in &same_digits {
            // `2,306` and `2,036`: four or more digits in another order, a typo more than a
            // coincidence, so sentences less alike will do.
            let transposed = key
                .strip_prefix("p:")
                .is_some_and(|digits| digits.len() >= MIN_TRANSPOSED_DIGITS);
            for (k, &i) in members.iter().enumerate() {
                for &j in &members[k + 1..] {
                    let shared = jaccard(items[i].context, items[j].context);
                    let misgrouped = [i, j].iter().any(|&k| is_irregular(&items[k].number()));
                    let transposed_alike = transposed
                        && shared >= MIN_CONTEXT_JACCARD / 2.0
                        && super::shared_count(items[i].context, items[j].context)
                            >= MIN_SOLE_SHARED_WORDS;
                    if items[i].doc() != items[j].doc()
                        && (shared >= MIN_CONTEXT_JACCARD || misgrouped || transposed_alike)
                        && currencies_allow(&items[i], &items[j])
                    {
                        likely.push((shared, i.min(j), i.max(j)));
                    }
                }
            }
        }
        // Ages given for one person (`Quennell, 71,`, `Ed Quennell, 72,`) go together first.
        likely.extend(same_holder_pairs(items, words));
        let best = best_context_matches(items);
        for (i, matches) in best.iter().enumerate() {
            for &j in matches.values() {
                if i < j && best[j].get(&items[i].doc()) == Some(&i) {
                    likely.push((jaccard(items[i].context, items[j].context), i, j));
                }
            }
        }
        likely.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| (a.1, a.2).cmp(&(b.1, b.2)))
        });
        for (_, i, j) in likely {
            sets.join(i, j);
        }
        link_parallel_figures(items, &mut sets);
        link_shared_outcomes(items, &outcomes, &mut sets);
        link_sole_figures(items, &outcomes, &mut sets);
        link_told_figures(items, &outcomes, &mut sets);
    }
    sets.components()
}

/// Pairs of ages from two documents given right after one name (a shared holder token, see
/// [`age_holder`]), each scored above any likeness of sentences; none for a group of other
/// figures, whose contexts hold no such token.
fn same_holder_pairs(items: &[Item], words: &[String]) -> Vec<(f64, usize, usize)> {
    if !items
        .first()
        .is_some_and(|item| item.number().has_flag(AGE))
    {
        return Vec::new();
    }
    let mut by_holder: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        let holders = item.context.iter().filter(|&&id| {
            words
                .get(id as usize)
                .is_some_and(|w| w.starts_with(HOLDER_TOKEN_MARK))
        });
        for &id in holders {
            by_holder.entry(id).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    for members in by_holder.values() {
        for (k, &i) in members.iter().enumerate() {
            for &j in &members[k + 1..] {
                if items[i].doc() != items[j].doc() {
                    let shared = jaccard(items[i].context, items[j].context);
                    pairs.push((1.0 + shared, i.min(j), i.max(j)));
                }
            }
        }
    }
    pairs
}

/// `approved the budget on Wednesday by 312 votes to 287, after the minister promised …` and
/// `approved the budget by 312 votes to 278`: the long sentence shares too few of its words with
/// the short one for its figures to be linked by likeness, but the 312s are linked, so the two
/// sentences tell one thing, and the figures in the same place of each go together. Each pair
/// must still share some words (half of [`MIN_CONTEXT_JACCARD`]) and be of a comparable size.
fn link_parallel_figures(items: &[Item], sets: &mut FigureSets) {
    let ordinals = sentence_ordinals(items);
    // Figures of one document in one sentence: same document, same (non-empty) context words.
    let mates: Vec<Vec<usize>> = (0..items.len())
        .map(|i| {
            (0..items.len())
                .filter(|&k| {
                    k != i
                        && items[k].doc() == items[i].doc()
                        && items[k].context == items[i].context
                })
                .collect()
        })
        .collect();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for i in 0..items.len() {
        if items[i].context.is_empty() || is_vague(&items[i].number()) {
            continue;
        }
        for j in i + 1..items.len() {
            if items[j].doc() == items[i].doc()
                || ordinals[i] != ordinals[j]
                || items[j].context.is_empty()
                || is_vague(&items[j].number())
                || !of_comparable_size(items[i].number().value, items[j].number().value)
                || !currencies_allow(&items[i], &items[j])
            {
                continue;
            }
            let shared = jaccard(items[i].context, items[j].context);
            if shared >= MIN_CONTEXT_JACCARD / 2.0 {
                pairs.push((shared, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| (a.1, a.2).cmp(&(b.1, b.2)))
    });
    for (_, i, j) in pairs {
        let (ri, rj) = (sets.find(i), sets.find(j));
        if ri == rj {
            continue;
        }
        let anchored = mates[i].iter().any(|&p| {
            mates[j]
                .iter()
                .any(|&q| ordinals[p] == ordinals[q] && sets.find(p) == sets.find(q))
        });
        if anchored {
            sets.join(i, j);
        }
    }
}

/// The outcome tokens ([`outcome_tokens`]) among the context ids `context`.
fn outcome_ids(context: &[u32], words: &[String]) -> Vec<u32> {
    context
        .iter()
        .copied()
        .filter(|&id| {
            words
                .get(id as usize)
                .is_some_and(|w| w.starts_with(OUTCOME_TOKEN_MARK))
        })
        .collect()
}

/// Whether two counts are told with outcomes and share none of them (`dead`, `detained`).
fn outcomes_differ(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|id| b.contains(id))
}

/// Highest ratio of two counts told with one outcome ([`link_shared_outcomes`]) that can still be
/// one toll reported at two times (`at least 14 dead`, `the toll rose to 19`).
const MAX_OUTCOME_RATIO: f64 = 3.0;

/// `Nine people have died since the outbreak began` and `Officials say 12 people have died`:
/// sentences that share too little to be linked by likeness, but each is the only count of its
/// unit that its document tells with that outcome (an outcome token, see [`outcome_tokens`]), so
/// both tell the one toll, and a difference between them is a conflict. A document that gives
/// two counts with one outcome (`Nine died and 40 were injured`, told in one sentence, or a past
/// toll beside today's) tells it for none of them; the counts must be within
/// [`MAX_OUTCOME_RATIO`] of each other. Ages and sums of money carry no outcome. `outcomes[i]`
/// holds the outcome tokens of item `i` ([`outcome_ids`]).
fn link_shared_outcomes(items: &[Item], outcomes: &[Vec<u32>], sets: &mut FigureSets) {
    // For each outcome token and document: the figure that tells it, None once two values do.
    let mut told: BTreeMap<(u32, usize), Option<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        let number = item.number();
        let Some(value) = number.value.filter(|v| *v > 0.0 && !is_vague(&number)) else {
            continue;
        };
        for &outcome in &outcomes[i] {
            told.entry((outcome, item.doc()))
                .and_modify(|figure| {
                    if figure.is_some_and(|k| items[k].number().value != Some(value)) {
                        *figure = None;
                    }
                })
                .or_insert(Some(i));
        }
    }
    let mut by_outcome: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for ((outcome, _), figure) in told {
        if let Some(i) = figure {
            by_outcome.entry(outcome).or_default().push(i);
        }
    }
    for figures in by_outcome.values() {
        for (k, &i) in figures.iter().enumerate() {
            for &j in &figures[k + 1..] {
                let (Some(a), Some(b)) = (items[i].number().value, items[j].number().value) else {
                    continue;
                };
                if a.max(b) / a.min(b) <= MAX_OUTCOME_RATIO {
                    sets.join(i, j);
                }
            }
        }
    }
}

/// Highest ratio of two values that can still be two reports of one count told in other words.
const MAX_SOLE_FIGURE_RATIO: f64 = 1.5;

/// Fewest context words two sole figures' sentences must share ([`link_sole_figures`]) when
/// neither figure is an estimate.
const MIN_SOLE_SHARED_WORDS: usize = 2;

/// Smallest value of two sole figures linked for words their sentences share
/// ([`link_sole_figures`]): small counts are everywhere (`one of six executives indicted`, `one
/// of five executives who took part`), so two of them in loosely alike sentences are as likely
/// to count two things as one.
const MIN_SOLE_TOLD_VALUE: f64 = 20.0;

/// Two figures, each the only figure of its unit in its document and linked to nothing yet, of
/// values within [`MAX_SOLE_FIGURE_RATIO`] of each other: one count, reported twice, when
/// - both are estimates: `forced about 12,000 residents to evacuate` and `About 14,000 residents
///   have been told to leave` share no words, but two outlets each estimating one count of the
///   thing are estimating the same count;
/// - or both are at least [`MIN_SOLE_TOLD_VALUE`] and their sentences share at least
///   [`MIN_SOLE_SHARED_WORDS`] context words and half the share likeness asks for: `Employers added 31,000 jobs.` and a wire sentence that tells
///   three things, `… the jobless rate held steady … and employers added 36,000 jobs`, which
///   shares too few of its many words with the short one to be linked by likeness.
///
/// Counts told with different outcomes (`outcomes[i]`, see [`outcome_ids`]) stay apart.
fn link_sole_figures(items: &[Item], outcomes: &[Vec<u32>], sets: &mut FigureSets) {
    let mut per_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        per_doc.entry(item.doc()).or_default().push(i);
    }
    let sole: Vec<(usize, f64, bool)> = per_doc
        .values()
        .filter_map(|figures| match figures[..] {
            [i] => Some(i),
            _ => None,
        })
        .filter(|&i| sets.is_alone(i))
        .filter_map(|i| {
            let number = items[i].number();
            let estimate = number.qualifier.is_some_and(|q| {
                crate::word_set!(crate::lexicon::numbers::ESTIMATE_QUALIFIERS)
                    .contains(q.to_lowercase().as_str())
            });
            let value = number.value.filter(|v| *v > 0.0 && !is_vague(&number))?;
            Some((i, value, estimate))
        })
        .collect();
    for (k, &(i, a, a_estimate)) in sole.iter().enumerate() {
        for &(j, b, b_estimate) in &sole[k + 1..] {
            if a.max(b) / a.min(b) > MAX_SOLE_FIGURE_RATIO
                || !currencies_allow(&items[i], &items[j])
                || outcomes_differ(&outcomes[i], &outcomes[j])
            {
                continue;
            }
            let told_alike = || {
                a.min(b) >= MIN_SOLE_TOLD_VALUE
                    && super::shared_count(items[i].context, items[j].context)
                        >= MIN_SOLE_SHARED_WORDS
                    && jaccard(items[i].context, items[j].context) >= MIN_CONTEXT_JACCARD / 2.0
            };
            if (a_estimate && b_estimate) || told_alike() {
                sets.join(i, j);
            }
        }
    }
}

/// Fewest context words two figures' sentences must share to be linked as one figure told in
/// sentences too unlike for the share likeness ([`link_told_figures`]).
const MIN_TOLD_SHARED_WORDS: usize = 3;

/// Two figures of two documents, each linked to nothing yet, each the other's likeliest partner
/// among the figures of the other document that are at least [`MIN_SOLE_TOLD_VALUE`], within
/// [`MAX_SOLE_FIGURE_RATIO`] of it and in a sentence sharing at least [`MIN_TOLD_SHARED_WORDS`]
/// context words and half the share likeness asks for: one figure, reported twice. So `The
/// regulator first proposed a £43m fine in June.` meets a long sentence of another outlet's that
/// tells of a £38m fine the regulator proposed in June and more, though that outlet gives a £40m
/// fine too (no figure is then the only one of its unit, as [`link_sole_figures`] asks). The most
/// shared words decide between partners, then the likeness, then the nearer value. Counts told
/// with different outcomes stay apart, and so do shares (`percent`, `percentage points`, `basis
/// points`): a story gives many, of many things, in one range (`exports fell 23% since the
/// tariffs` and `a 25% tariff on steel` share their words and are two things).
fn link_told_figures(items: &[Item], outcomes: &[Vec<u32>], sets: &mut FigureSets) {
    let candidates: Vec<(usize, f64)> = (0..items.len())
        .filter(|&i| !SIGNED_UNITS.contains(&items[i].number().unit) && sets.is_alone(i))
        .filter_map(|i| {
            let number = items[i].number();
            let value = number
                .value
                .filter(|v| *v >= MIN_SOLE_TOLD_VALUE && !is_vague(&number))?;
            Some((i, value))
        })
        .collect();
    // For each candidate, its likeliest partner in each other document: (partner, score).
    type Score = (usize, f64, f64);
    let mut best: Vec<BTreeMap<usize, (usize, Score)>> = vec![BTreeMap::new(); candidates.len()];
    for (k, &(i, a)) in candidates.iter().enumerate() {
        for (l, &(j, b)) in candidates.iter().enumerate() {
            let ratio = a.max(b) / a.min(b);
            if items[i].doc() == items[j].doc()
                || ratio > MAX_SOLE_FIGURE_RATIO
                || !currencies_allow(&items[i], &items[j])
                || outcomes_differ(&outcomes[i], &outcomes[j])
            {
                continue;
            }
            let shared = super::shared_count(items[i].context, items[j].context);
            let likeness = jaccard(items[i].context, items[j].context);
            if shared < MIN_TOLD_SHARED_WORDS || likeness < MIN_CONTEXT_JACCARD / 2.0 {
                continue;
            }
            let score = (shared, likeness, -ratio);
            let better = best[k].get(&items[j].doc()).is_none_or(|(_, held)| {
                score.partial_cmp(held) == Some(std::cmp::Ordering::Greater)
            });
            if better {
                best[k].insert(items[j].doc(), (l, score));
            }
        }
    }
    for (k, partners) in best.iter().enumerate() {
        for &(l, _) in partners.values() {
            let (i, j) = (candidates[k].0, candidates[l].0);
            if k < l && best[l].get(&items[i].doc()).is_some_and(|&(m, _)| m == k) {
                sets.join(i, j);
            }
        }
    }
}

/// Sets of figures taken for one fact (union-find), each holding at most one value per document:
/// a document that gives two different figures tells two things apart, so two sets that would
/// join them stay apart (`80 killed` and `180 injured` of one article are two facts, however
/// alike the sentences of other articles that give either).
struct FigureSets {
    parent: Vec<usize>,
    /// At each set's root: the value each of its documents gives, by document.
    values: Vec<DocValues>,
}

/// The value each document of a set of figures gives, by document. Most sets hold one figure, so
/// one value is held inline and a map is made only when sets join.
#[derive(Default)]
enum DocValues {
    /// No document gives a definite value (a vague figure, or one without a value).
    #[default]
    None,
    /// One document's value.
    One(usize, u64),
    /// Several documents' values.
    Many(BTreeMap<usize, u64>),
}

impl DocValues {
    /// The value document `doc` gives, if it gives one.
    fn get(&self, doc: usize) -> Option<u64> {
        match self {
            DocValues::None => None,
            DocValues::One(d, value) => (*d == doc).then_some(*value),
            DocValues::Many(values) => values.get(&doc).copied(),
        }
    }

    /// Whether some document gives one value here and another in `other`.
    fn clashes_with(&self, other: &DocValues) -> bool {
        let differs = |doc: usize, value: u64| self.get(doc).is_some_and(|v| v != value);
        match other {
            DocValues::None => false,
            DocValues::One(doc, value) => differs(*doc, *value),
            DocValues::Many(values) => values.iter().any(|(&doc, &value)| differs(doc, value)),
        }
    }

    /// Add the values of `other`.
    fn absorb(&mut self, other: DocValues) {
        let mut values = match std::mem::take(self) {
            DocValues::None => {
                *self = other;
                return;
            }
            DocValues::One(doc, value) => BTreeMap::from([(doc, value)]),
            DocValues::Many(values) => values,
        };
        match other {
            DocValues::None => {}
            DocValues::One(doc, value) => {
                values.insert(doc, value);
            }
            DocValues::Many(mut more) => {
                if more.len() > values.len() {
                    std::mem::swap(&mut values, &mut more);
                }
                values.extend(more);
            }
        }
        *self = DocValues::Many(values);
    }
}

/// The value of the first end of the range whose second end is item `i` (`between £300,000 and
/// £350,000 a week`: the two ends, flagged as a range, one after the other in one sentence), `None`
/// for any other figure. A document gives one figure in a range, not two things apart, so both
/// ends hold it to one value: a set of figures holding one end may join a set holding the other
/// (`£300,000` of one outlet and `£350,000` of another, each as likely as the range), and the
/// conflict between the outlets is told rather than split into two facts that each agree.
fn range_start(items: &[Item], i: usize) -> Option<f64> {
    // Range ends one after the other in one sentence pair off from the first (`between £5.6bn
    // and £5.75bn, up from £5.4bn to £5.6bn` holds two ranges): item `i` ends a range when an
    // odd number of such ends come before it.
    let follows = |k: usize| {
        let (earlier, later) = (&items[k - 1], &items[k]);
        let (a, b) = (earlier.number(), later.number());
        a.has_flag(RANGE)
            && b.has_flag(RANGE)
            && earlier.doc == later.doc
            && a.index + 1 == b.index
            && earlier.context == later.context
    };
    let before = (1..=i).rev().take_while(|&k| follows(k)).count();
    (before % 2 == 1)
        .then(|| items[i - 1].number().value)
        .flatten()
}

impl FigureSets {
    fn new(items: &[Item]) -> FigureSets {
        let values = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let number = item.number();
                match number.value {
                    Some(value) if !is_vague(&number) => {
                        let held = range_start(items, i).unwrap_or(value);
                        DocValues::One(item.doc(), held.to_bits())
                    }
                    _ => DocValues::None,
                }
            })
            .collect();
        FigureSets {
            parent: (0..items.len()).collect(),
            values,
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Join the sets of `a` and `b` unless some document gives a different value in each.
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let (root, other) = (ra.min(rb), ra.max(rb));
        if self.values[root].clashes_with(&self.values[other]) {
            return;
        }
        let moved = std::mem::take(&mut self.values[other]);
        self.values[root].absorb(moved);
        self.parent[other] = root;
    }

    /// Whether `i` is in a set of its own.
    fn is_alone(&mut self, i: usize) -> bool {
        let root = self.find(i);
        root == i && (0..self.parent.len()).all(|k| k == i || self.parent[k] != i)
    }

    /// The sets, each as its members in order, by their first member.
    fn components(mut self) -> Vec<Vec<usize>> {
        let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            let root = self.find(i);
            components.entry(root).or_default().push(i);
        }
        components.into_values().collect()
    }
}

/// For each figure, the figure of each other document that reads most like it, by document:
/// among those of a comparable size ([`of_comparable_size`]), the one whose sentence shares most
/// context words (at least [`MIN_CONTEXT_JACCARD`]), then
/// the one of the same value, then the one in the same place in its sentence (`won 80 of the
/// 230 seats` and `won 79 of the 230 seats`: 80 goes with 79, 230 with 230).
fn best_context_matches(items: &[Item]) -> Vec<BTreeMap<usize, usize>> {
    let ordinals = sentence_ordinals(items);
    (0..items.len())
        .map(|i| {
            let mut best: BTreeMap<usize, (usize, (f64, bool, usize))> = BTreeMap::new();
            for j in 0..items.len() {
                if items[i].doc() == items[j].doc() {
                    continue;
                }
                let shared = jaccard(items[i].context, items[j].context);
                if shared < MIN_CONTEXT_JACCARD
                    || !of_comparable_size(items[i].number().value, items[j].number().value)
                    || !currencies_allow(&items[i], &items[j])
                {
                    continue;
                }
                let same_value = items[i].number().value == items[j].number().value;
                let nearness = usize::MAX - ordinals[i].abs_diff(ordinals[j]);
                let score = (shared, same_value, nearness);
                let better = best.get(&items[j].doc()).is_none_or(|(_, held)| {
                    score.partial_cmp(held) == Some(std::cmp::Ordering::Greater)
                });
                if better {
                    best.insert(items[j].doc(), (j, score));
                }
            }
            best.into_iter().map(|(doc, (j, _))| (doc, j)).collect()
        })
        .collect()
}

/// Each figure's place among the figures of its group in its sentence (0 for the first): the
/// figures of one document with the same context words stand in one sentence, and come in the
/// order of the text.
fn sentence_ordinals(items: &[Item]) -> Vec<usize> {
    let mut ordinals = vec![0; items.len()];
    for i in 1..items.len() {
        let before = items[..i]
            .iter()
            .rev()
            .take_while(|earlier| earlier.doc() == items[i].doc())
            .filter(|earlier| earlier.context == items[i].context)
            .count();
        ordinals[i] = before;
    }
    ordinals
}

/// Whether two figures may be linked for their currencies: sums in two currencies are one fact
/// only when they give the same amount (`$5 million` and `€5 million`: one outlet has the
/// currency wrong); a price in one currency beside a price in another, or two conversions of one
/// sum (`C$1.9 billion (about R24.8bn)`, `C$1.9 billion ($A2.1 billion)`), are not.
fn currencies_allow(a: &Item, b: &Item) -> bool {
    match (a.currency(), b.currency()) {
        (Some(x), Some(y)) if x != y => a.number().value == b.number().value,
        _ => true,
    }
}

/// Highest ratio of two values in sentences alike that can still be two reports of one figure:
/// a toll revised from 12 to 129 is one fact, a share price beside a takeover price is not.
const MAX_LIKENESS_RATIO: f64 = 20.0;

/// Whether two values are within [`MAX_LIKENESS_RATIO`] of each other (or either is unknown, or
/// both are zero); values of opposite signs are not.
fn of_comparable_size(a: Option<f64>, b: Option<f64>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    if a == b {
        return true;
    }
    if a * b <= 0.0 {
        return false;
    }
    let (low, high) = (a.abs().min(b.abs()), a.abs().max(b.abs()));
    high / low <= MAX_LIKENESS_RATIO
}

/// Shared over all of two sorted lists of distinct ids.
fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let shared = super::shared_count(a, b);
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

fn is_vague(number: &Figure) -> bool {
    number.has_flag(VAGUE) || (number.value.is_none() && !is_irregular(number))
}

fn is_irregular(number: &Figure) -> bool {
    number.has_flag(IRREGULAR)
}

/// The range a qualified figure allows. An end of a written range ("650 to 700") allows some
/// room against a single figure, which may fall inside the range, but none against the same end
/// of another range (`exact_range_ends`). A qualifier of emphasis (`only`, `exactly`, `just`)
/// allows none.
fn bounds(number: &Figure, exact_range_ends: bool) -> Option<(f64, f64)> {
    let v = number.value?;
    let q = number.qualifier.unwrap_or("").to_lowercase();
    let q = q.trim();
    let range = number.has_flag(RANGE);
    use crate::lexicon::numbers::{QUALIFIERS_AFTER_LOWER, QUALIFIERS_AFTER_UPPER};
    Some(match q {
        "more than" | "over" | "at least" | "above" | "upwards of" | "in excess of"
        | "no fewer than" | "no less than" | "+" | "plus" => (v, f64::INFINITY),
        _ if QUALIFIERS_AFTER_LOWER.contains(&q) => (v, f64::INFINITY),
        "less than" | "under" | "fewer than" | "below" | "up to" | "at most" | "no more than" => {
            (f64::NEG_INFINITY, v)
        }
        _ if QUALIFIERS_AFTER_UPPER.contains(&q) => (f64::NEG_INFINITY, v),
        "nearly" | "almost" | "just under" | "close to" => (v * 0.85, v),
        "odd" if v > 0.0 => (v, v + odd_step(v) * (1.0 - ODD_STEP_OPEN)),
        // Emphasis, not estimate: `only 21.0%` and `exactly 40` are the figures as written.
        "exactly" | "precisely" | "only" | "just" | "merely" | "a mere" if !range => (v, v),
        "" if !range || exact_range_ends => (v, v),
        _ => (v * 0.9, v * 1.1),
    })
}

/// The share of an "-odd" figure's step left off its upper bound, so that the bound stays open:
/// "40-odd" allows 49 but not 50, which the writer would have given.
const ODD_STEP_OPEN: f64 = 1e-9;

/// How far above an "-odd" figure ("a little more than") its value may go: the next step of its
/// last significant digit ("40-odd" up to 50, "600-odd" up to 700), at most half the figure
/// ("100-odd" up to 150, not 200) and at least a tenth of it ("25-odd" up to 27.5).
fn odd_step(v: f64) -> f64 {
    let mut step = 1.0;
    while v.fract() == 0.0 && step * 10.0 <= v && (v / (step * 10.0)).fract() == 0.0 {
        step *= 10.0;
    }
    step.min(v / 2.0).max(v / 10.0)
}

fn fact(
    ids: &[DocumentId],
    (labels, words): (&BTreeMap<String, String>, &[String]),
    key: &str,
    items: &[Item],
    component: &[usize],
) -> NumberFact {
    let mut members: Vec<&Item> = component.iter().map(|&i| &items[i]).collect();
    members.sort_by_key(|m| (m.doc(), m.number().index));
    let values: Vec<NumberFactValue> = members
        .iter()
        .map(|m| NumberFactValue {
            document: ids.get(m.doc()).cloned().unwrap_or_default(),
            number: m.number().index,
            text: m.number().text.to_string(),
            value: m.number().value,
        })
        .collect();
    // As written by a member that writes it in lower case ("troops" over a sentence-initial
    // "Troops"), else as the first writes it ("°C", "mph", "USD").
    let unit = members
        .iter()
        .map(|m| m.number().unit)
        .find(|u| key != "money" && !u.chars().any(char::is_uppercase))
        .or_else(|| members.first().map(|m| m.number().unit))
        .map(str::to_string);
    let unit_name = if key == "money" || key == AGE_KEY {
        key.to_string()
    } else {
        unit.clone().unwrap_or_default()
    };
    let label = label(&unit_name, &members, words);
    let conflict = conflict(ids, labels, &unit_name, &members);
    NumberFact {
        unit,
        label,
        values,
        conflict,
    }
}

/// The unit and the context words most of the documents share (`members` in document order).
fn label(unit: &str, members: &[&Item], words: &[String]) -> String {
    // Each word with how many documents use it: the members come in document order, so a word
    // counts a document when it was last seen in another (a count per word, not a set).
    let mut docs_per_word: HashMap<u32, (usize, usize)> = HashMap::new();
    for m in members {
        for &id in m.context {
            let (last, count) = docs_per_word.entry(id).or_insert((m.doc(), 0));
            if *count == 0 || *last != m.doc() {
                *last = m.doc();
                *count += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, usize)> = docs_per_word
        .into_iter()
        .filter(|&(_, (_, n))| n >= 2)
        .filter_map(|(id, (_, n))| words.get(id as usize).map(|w| (w.as_str(), n)))
        .filter(|(word, _)| {
            !word.starts_with([FIGURE_TOKEN_MARK, HOLDER_TOKEN_MARK, KEY_TOKEN_MARK])
        })
        .filter_map(|(word, n)| label_word(word).map(|w| (w, n)))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    // An outcome's word may also stand in the context as a word of its own: shown once.
    let mut shown: Vec<&str> = Vec::new();
    ranked.retain(|(word, _)| {
        let first = !shown.contains(word);
        shown.push(word);
        first
    });
    let words: Vec<&str> = ranked.iter().take(3).map(|(w, _)| *w).collect();
    if words.is_empty() {
        unit.to_string()
    } else {
        format!("{unit} ({})", words.join(", "))
    }
}

/// How a context word reads in a label: an outcome token ([`outcome_tokens`]) as the first word
/// of its outcome (`dead` for the token that `died` and `killed` stand as), any other word as it
/// is; `None` for an outcome token of no known outcome.
fn label_word(word: &str) -> Option<&str> {
    match word.strip_prefix(OUTCOME_TOKEN_MARK) {
        Some(index) => index
            .parse::<usize>()
            .ok()
            .and_then(|i| crate::lexicon::numbers::TOLL_OUTCOMES.get(i))
            .and_then(|words| words.first().copied()),
        None => Some(word),
    }
}

/// A plain statement of the disagreement, or `None` when the figures agree or are consistent.
fn conflict(
    ids: &[DocumentId],
    labels: &BTreeMap<String, String>,
    unit: &str,
    members: &[&Item],
) -> Option<String> {
    let firm: Vec<&&Item> = members.iter().filter(|m| !is_vague(&m.number())).collect();
    let irregular = firm.iter().any(|m| is_irregular(&m.number()));
    let currencies: BTreeSet<&str> = firm.iter().filter_map(|m| m.currency()).collect();
    // Some two ranges are disjoint exactly when the highest lower bound exceeds the lowest upper one.
    let all_range_ends = firm.iter().all(|m| m.number().has_flag(RANGE));
    let ranges: Vec<(f64, f64)> = firm
        .iter()
        .filter_map(|m| bounds(&m.number(), all_range_ends))
        .collect();
    let highest_low = ranges.iter().map(|r| r.0).fold(f64::NEG_INFINITY, f64::max);
    let lowest_high = ranges.iter().map(|r| r.1).fold(f64::INFINITY, f64::min);
    let disjoint = highest_low > lowest_high;
    // Different values written with the same digits in another order.
    let mut digits_to_values: BTreeMap<String, BTreeSet<u64>> = BTreeMap::new();
    for m in &firm {
        let number = m.number();
        if let (Some(digits), Some(value)) = (sorted_digits(number.text), number.value) {
            digits_to_values
                .entry(digits)
                .or_default()
                .insert(value.to_bits());
        }
    }
    let swapped = disjoint && digits_to_values.values().any(|v| v.len() >= 2);
    if !irregular && !disjoint && currencies.len() < 2 {
        return None;
    }
    // Readings: the same figure (its value, qualifier and currency; its text when it has no
    // value) and who gives it, shown as the first source writes it (`12`, not also `Twelve`).
    // Reading: shown, sources, irregular, a range.
    type Reading = (String, BTreeSet<String>, bool, bool);
    let mut readings: BTreeMap<(String, Option<String>, Option<&str>), Reading> = BTreeMap::new();
    // Both ends of one document's written range are one reading, told as the range.
    let range_ends = |k: usize| {
        let (first, second) = (firm.get(k)?, firm.get(k + 1)?);
        let (a, b) = (first.number(), second.number());
        let pair = a.has_flag(RANGE)
            && b.has_flag(RANGE)
            && first.doc == second.doc
            && a.index + 1 == b.index
            && first.context == second.context;
        pair.then_some((a, b))
    };
    let mut second_end = false;
    for (k, m) in firm.iter().enumerate() {
        if std::mem::take(&mut second_end) {
            continue;
        }
        let range = range_ends(k);
        second_end = range.is_some();
        let number = m.number();
        let mut shown = match (range, number.qualifier) {
            (Some((a, b)), _) => format!("between {} and {}", a.text, b.text),
            (None, Some(q)) => format!("{q} {}", number.text),
            (None, None) => number.text.to_string(),
        };
        let key_text = match range {
            Some((a, b)) => format!(
                "{}..{}",
                a.value.unwrap_or_default(),
                b.value.unwrap_or_default()
            ),
            None => String::new(),
        };
        if let Some(code) = m.currency() {
            if !number.text.contains(code) {
                shown.push_str(&format!(" ({code})"));
            }
        }
        let id = ids.get(m.doc()).map_or("", |id| &**id);
        let label = labels.get(id).cloned().unwrap_or_else(|| id.to_string());
        let what = match number.value {
            _ if !key_text.is_empty() => key_text,
            Some(value) if !is_irregular(&number) => format!("{value}"),
            _ => number.text.to_string(),
        };
        let qualifier = number.qualifier.map(str::to_lowercase);
        let entry = readings
            .entry((what, qualifier, m.currency()))
            .or_insert_with(|| (shown.clone(), BTreeSet::new(), false, range.is_some()));
        // A figure in digits shows the reading better than one in words (`80`, not `Eighty`).
        if !entry.0.contains(|c: char| c.is_ascii_digit()) {
            entry.0 = shown;
        }
        entry.1.insert(label);
        entry.2 |= is_irregular(&number);
    }
    // Most sources first, a range after the single figures it spans.
    let mut ordered: Vec<(String, (BTreeSet<String>, bool), bool)> = readings
        .into_values()
        .map(|(shown, docs, irregular, range)| (shown, (docs, irregular), range))
        .collect();
    ordered.sort_by(|a, b| {
        b.1 .0
            .len()
            .cmp(&a.1 .0.len())
            .then_with(|| a.2.cmp(&b.2))
            .then_with(|| a.0.cmp(&b.0))
    });
    let parts: Vec<String> = ordered
        .iter()
        .map(|(shown, (docs, irregular), _)| {
            let docs: Vec<&str> = docs.iter().map(String::as_str).collect();
            let note = if *irregular {
                " (irregular grouping, likely a typo)"
            } else {
                ""
            };
            format!("{shown} in {}{note}", docs.join(", "))
        })
        .collect();
    let mut text = format!("{unit}: {}", parts.join("; "));
    if swapped {
        text.push_str(" (same digits in a different order)");
    }
    if all_range_ends {
        text.push_str(" (ends of ranges)");
    }
    if currencies.len() >= 2 {
        let codes: Vec<&str> = currencies.into_iter().collect();
        text.push_str(&format!(" (different currencies: {})", codes.join(", ")));
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;

    const S: &str = "The army has moved soldiers close to the northern frontier.";

    /// A set's values by document: one held inline, joined into a map, and a clash found whichever
    /// side holds the map.
    #[test]
    fn values_by_document_join_and_clash() {
        let mut values = DocValues::One(1, 80);
        assert_eq!((values.get(1), values.get(2)), (Some(80), None));
        assert!(!values.clashes_with(&DocValues::None));
        assert!(!values.clashes_with(&DocValues::One(2, 79)));
        assert!(values.clashes_with(&DocValues::One(1, 79)));
        values.absorb(DocValues::One(2, 79));
        values.absorb(DocValues::None);
        assert_eq!((values.get(1), values.get(2)), (Some(80), Some(79)));
        let mut more = DocValues::Many(BTreeMap::from([(3, 5), (4, 6), (5, 7)]));
        assert!(DocValues::One(4, 1).clashes_with(&more));
        assert!(!values.clashes_with(&more));
        more.absorb(values);
        let all: Vec<Option<u64>> = (1..=5).map(|doc| more.get(doc)).collect();
        assert_eq!(all, [Some(80), Some(79), Some(5), Some(6), Some(7)]);
        let mut empty = DocValues::None;
        empty.absorb(DocValues::One(9, 3));
        assert_eq!(empty.get(9), Some(3));
    }

    /// The figures and the items of a group are held for every figure of a long run: their size
    /// is part of the run's peak memory.
    #[test]
    fn figures_and_items_take_32_bytes_each() {
        assert_eq!(std::mem::size_of::<FigureRow>(), 32);
        assert_eq!(std::mem::size_of::<Item>(), 32);
    }

    #[test]
    fn words_of_another_text_are_passed_over() {
        let sentence = "All 40 troops left.";
        let document = DocBuilder::new("a")
            .sentence(sentence)
            .number("40", Some(40.0), "troops", None, &[], 0)
            .build();
        let own = super::super::words::sentence_words(&document.source, &document.sentences);
        assert_eq!(
            number_contexts_of(&document, &own),
            vec![BTreeSet::from(["left".to_string()])]
        );
        // Words found in a longer text: those whose spans fit are read from this text, the
        // others fall outside it and are skipped (not a panic).
        let other = SentenceWords::of(["Soldiers were moved close to the northern frontier."]);
        let contexts = number_contexts_of(&document, &other);
        assert_eq!(contexts.len(), 1);
        assert!(contexts[0]
            .iter()
            .all(|w| sentence.to_lowercase().contains(w.as_str())));
    }

    /// A person's age is compared with ages only, whether written bare (`41,`) or with its unit
    /// (`41-year-old`), and never with a span of years in the same sentences.
    #[test]
    fn ages_are_compared_with_ages_only() {
        let jailed = |id: &str, sentence: &str, age: &str, age_unit: Option<&str>| {
            let mut document = DocBuilder::new(id)
                .sentence(sentence)
                .number(age, age.get(..2)?.parse().ok(), "years", None, &["age"], 0)
                .number("12", Some(12.0), "years", None, &[], 0)
                .build();
            document.numbers[0].unit = age_unit.map(str::to_string);
            Some(document)
        };
        let documents: Vec<Document> = [
            jailed(
                "a",
                "Darren Holloway, 41, was jailed for 12 years.",
                "41",
                None,
            ),
            jailed(
                "b",
                "Darren Holloway, 42, was jailed for 12 years.",
                "42",
                None,
            ),
            jailed(
                "c",
                "The 41-year-old Darren Holloway was jailed for 12 years.",
                "41-year-old",
                Some("years"),
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        let facts = number_facts(&documents);
        let mut texts = fact_texts(&facts);
        texts.sort();
        assert_eq!(
            texts,
            [vec!["12", "12", "12"], vec!["41", "42", "41-year-old"]],
            "{facts:?}"
        );
        let ages: Vec<&NumberFact> = facts
            .iter()
            .filter(|f| f.label.starts_with("age"))
            .collect();
        assert_eq!(ages.len(), 1, "{facts:?}");
        assert_eq!(ages[0].unit.as_deref(), Some("years"));
        assert_eq!(
            ages[0].conflict.as_deref(),
            Some("age: 41 in a, c; 42 in b")
        );
    }

    #[test]
    fn a_plus_sign_after_a_figure_bounds_it_from_below() {
        let a = DocBuilder::new("a")
            .number("300+", Some(300.0), "kiosks", Some("+"), &[], 0)
            .build();
        let figures = Figures::of_documents(&[a]);
        assert_eq!(bounds(&figures.get(0), false), Some((300.0, f64::INFINITY)));
    }

    #[test]
    fn an_odd_figure_is_bounded_by_the_next_step_of_its_last_digit() {
        let a = DocBuilder::new("a")
            .number("40-odd", Some(40.0), "kilns", Some("odd"), &[], 0)
            .number("600-odd", Some(600.0), "kilns", Some("odd"), &[], 0)
            .number("100-odd", Some(100.0), "kilns", Some("odd"), &[], 0)
            .number("25-odd", Some(25.0), "kilns", Some("odd"), &[], 0)
            .number("about 40", Some(40.0), "kilns", Some("about"), &[], 0)
            .build();
        let figures = Figures::of_documents(&[a]);
        let of = |i: usize| bounds(&figures.get(i), false);
        let within = |i: usize, x: f64| of(i).is_some_and(|(lo, hi)| lo <= x && x <= hi);
        assert!(within(0, 40.0) && within(0, 49.0) && !within(0, 50.0) && !within(0, 39.0));
        assert!(within(1, 690.0) && !within(1, 700.0));
        assert!(within(2, 140.0) && !within(2, 150.0));
        assert!(within(3, 27.0) && !within(3, 28.0));
        // Not changed: an estimate's word allows a tenth either way.
        assert!(within(4, 36.5) && within(4, 43.5) && !within(4, 45.0));
    }

    #[test]
    fn a_qualifier_after_a_figure_bounds_it_on_its_side() {
        let a = DocBuilder::new("a")
            .number("5% or more", Some(5.0), "percent", Some("or more"), &[], 0)
            .number(
                "65 and over",
                Some(65.0),
                "years",
                Some("and over"),
                &["age"],
                0,
            )
            .number("10,000-plus", Some(10000.0), "fans", Some("plus"), &[], 0)
            .number("20 or fewer", Some(20.0), "boats", Some("or fewer"), &[], 0)
            .number(
                "five and under",
                Some(5.0),
                "years",
                Some("and under"),
                &["age"],
                0,
            )
            .build();
        let figures = Figures::of_documents(&[a]);
        let of = |i: usize| bounds(&figures.get(i), false);
        assert_eq!(of(0), Some((5.0, f64::INFINITY)));
        assert_eq!(of(1), Some((65.0, f64::INFINITY)));
        assert_eq!(of(2), Some((10000.0, f64::INFINITY)));
        assert_eq!(of(3), Some((f64::NEG_INFINITY, 20.0)));
        assert_eq!(of(4), Some((f64::NEG_INFINITY, 5.0)));
    }

    #[test]
    fn figures_keep_the_numbers_with_a_unit_as_they_were() {
        let mut a = DocBuilder::new("a")
            .number(
                "about 40",
                Some(40.0),
                "troops",
                Some("about"),
                &["vague"],
                0,
            )
            .number("12", Some(12.0), "troops", None, &[], 0)
            .build();
        a.numbers[1].unit = None;
        let b = DocBuilder::new("b")
            .number(
                "1,00,000",
                None,
                "USD",
                None,
                &["irregular-grouping", "range"],
                1,
            )
            .number("0", Some(0.0), "troops", None, &[], 1)
            .build();
        let figures = Figures::of_documents(&[a, b]);
        assert_eq!(
            figures.rows.len(),
            3,
            "the number without a unit is left out"
        );
        let first = figures.get(0);
        assert_eq!(
            (
                first.index,
                first.text,
                first.value,
                first.unit,
                first.qualifier
            ),
            (0, "about 40", Some(40.0), "troops", Some("about"))
        );
        assert!(first.has_flag(VAGUE) && !first.has_flag(IRREGULAR) && is_vague(&first));
        let odd = figures.get(1);
        assert_eq!((odd.value, odd.unit, odd.qualifier), (None, "USD", None));
        assert!(odd.has_flag(IRREGULAR) && odd.has_flag(RANGE) && !is_vague(&odd));
        assert_eq!((figures.rows[1].doc, figures.rows[1].position), (1, 0));
        let zero = figures.get(2);
        assert_eq!(
            (zero.index, zero.value, zero.unit),
            (1, Some(0.0), "troops")
        );
    }

    #[test]
    fn contexts_are_found_by_document_and_number() {
        let set = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
        let mut contexts = Contexts::default();
        contexts.push(vec![set(&["troop", "border"])]);
        contexts.push(Vec::new());
        contexts.push(vec![set(&[]), set(&["border", "army"])]);
        let words = |ids: &[u32]| -> Vec<String> {
            ids.iter()
                .map(|&id| contexts.words[id as usize].clone())
                .collect()
        };
        assert_eq!(words(contexts.of(0, 0)), ["border", "troop"]);
        assert!(contexts.of(0, 1).is_empty());
        assert!(contexts.of(1, 0).is_empty());
        assert!(contexts.of(2, 0).is_empty());
        assert_eq!(words(contexts.of(2, 1)), ["border", "army"]);
        assert!(contexts.of(2, 2).is_empty());
        assert!(contexts.of(3, 0).is_empty());
    }

    #[test]
    fn malformed_grouping_is_a_conflict_named_plainly() {
        let docs = vec![
            DocBuilder::new("000_a")
                .sentence(S)
                .number(
                    "100,00",
                    None,
                    "soldiers",
                    Some("some"),
                    &["irregular-grouping"],
                    0,
                )
                .build(),
            DocBuilder::new("001_b")
                .sentence(S)
                .number("100,000", Some(100000.0), "soldiers", None, &[], 0)
                .build(),
            DocBuilder::new("003_c")
                .sentence(S)
                .number("100,000", Some(100000.0), "soldiers", None, &[], 0)
                .build(),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 1);
        assert_eq!(
            facts[0].conflict.as_deref(),
            Some("soldiers: 100,000 in 001, 003; some 100,00 in 000 (irregular grouping, likely a typo)")
        );
        assert_eq!(facts[0].values.len(), 3);
    }

    /// A unit spelled two ways ("storeys", "stories") or named two ways ("preferences", "votes")
    /// is one grouping key, so the figures in it are set against each other.
    #[test]
    fn two_names_of_one_unit_are_compared() {
        assert_eq!(unit_key("Stories"), unit_key("storeys"));
        assert_eq!(unit_key("story"), unit_key("storey"));
        assert_eq!(unit_key("preferences"), unit_key("votes"));
        assert_eq!(unit_key("Fans"), unit_key("people"));
        assert_ne!(unit_key("tons"), unit_key("tonnes"));
        let pair = |first: (&str, f64, &str), second: (&str, f64, &str), s: &str| {
            vec![
                DocBuilder::new("a")
                    .sentence(s)
                    .number(first.0, Some(first.1), first.2, None, &[], 0)
                    .build(),
                DocBuilder::new("b")
                    .sentence(s)
                    .number(second.0, Some(second.1), second.2, None, &[], 0)
                    .build(),
            ]
        };
        let block = "Fire gutted a tall block of flats beside the canal in Wexmoor.";
        let facts = number_facts(&pair(
            ("six", 6.0, "storeys"),
            ("seven", 7.0, "stories"),
            block,
        ));
        assert_eq!(facts.len(), 1);
        assert!(facts[0].conflict.is_some());
        let count = "Tamsin Orley was elected on the first count in Brackwater.";
        let docs = pair(
            ("4,120", 4120.0, "preferences"),
            ("4,210", 4210.0, "votes"),
            count,
        );
        assert_eq!(number_facts(&docs).len(), 1);
        // An employer's people named for their work, and counted as people.
        assert_eq!(unit_key("staff"), unit_key("people"));
        assert_eq!(unit_key("Employees"), unit_key("people"));
        let firm = "The Harlow glassworks has plants in Kettering and Leek.";
        let docs = pair(
            ("2,400", 2400.0, "people"),
            ("2,900", 2900.0, "staff"),
            firm,
        );
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 1);
        assert!(facts[0].conflict.is_some());
        // Not every group of people is its staff: members stay a unit of their own.
        assert_ne!(unit_key("members"), unit_key("people"));
    }

    #[test]
    fn swapped_digits_and_different_counts_conflict() {
        let s = "A crash on the coast road left people injured on Sunday.";
        let docs = vec![
            DocBuilder::new("a")
                .sentence(s)
                .number("16", Some(16.0), "injured", None, &[], 0)
                .number("312", Some(312.0), "km", None, &[], 0)
                .build(),
            DocBuilder::new("b")
                .sentence(s)
                .number("18", Some(18.0), "injured", None, &[], 0)
                .number("321", Some(321.0), "km", None, &[], 0)
                .build(),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 2);
        assert!(facts.iter().all(|f| f.conflict.is_some()));
        let km = facts
            .iter()
            .find(|f| f.unit.as_deref() == Some("km"))
            .unwrap();
        assert!(km.conflict.as_deref().unwrap().contains("different order"));
    }

    /// The same end of two written ranges is compared exactly (700 against 720 is a conflict),
    /// while a range end against a single figure keeps its room (690 may fall within "650 to 700").
    #[test]
    fn range_ends_conflict_with_range_ends_exactly() {
        let s = "Traders in the market said the price of a litre rose on Monday.";
        let range_doc = |id: &str, low: f64, high: f64| {
            DocBuilder::new(id)
                .sentence(s)
                .number(&format!("{low}"), Some(low), "litres", None, &["range"], 0)
                .number(
                    &format!("{high}"),
                    Some(high),
                    "litres",
                    None,
                    &["range"],
                    0,
                )
                .build()
        };
        let facts = number_facts(&[range_doc("a", 650.0, 700.0), range_doc("b", 650.0, 720.0)]);
        let conflicts: Vec<&str> = facts.iter().filter_map(|f| f.conflict.as_deref()).collect();
        assert_eq!(
            conflicts,
            ["litres: 700 in a; 720 in b (ends of ranges)"],
            "{facts:?}"
        );
        let single = DocBuilder::new("c")
            .sentence(s)
            .number("690", Some(690.0), "litres", None, &[], 0)
            .build();
        let facts = number_facts(&[range_doc("a", 650.0, 700.0), single]);
        assert!(facts.iter().all(|f| f.conflict.is_none()), "{facts:?}");
    }

    /// Two outlets that give one weekly wage each, and a third that gives the range between them:
    /// the range's two ends are one figure of the third outlet, so the two wages are one fact in
    /// conflict, not two facts that each agree with the range. Two figures of one sentence that
    /// are no range still tell two things apart.
    #[test]
    fn the_two_ends_of_a_range_hold_one_fact_together() {
        let wage = |id: &str, text: &str, value: f64| {
            let sentence = format!(
                "The striker will earn {text} a week under the deal agreed with Brookfield."
            );
            DocBuilder::new(id)
                .sentence(&sentence)
                .number(text, Some(value), "GBP", None, &[], 0)
                .build()
        };
        let two = |id: &str, sentence: &str, flags: &[&str]| {
            DocBuilder::new(id)
                .sentence(sentence)
                .number("£200,000", Some(200_000.0), "GBP", None, flags, 0)
                .number("£250,000", Some(250_000.0), "GBP", None, flags, 0)
                .build()
        };
        let range = two(
            "c",
            "Reports put the striker's wage under the deal at between £200,000 and £250,000 a week.",
            &["range"],
        );
        let docs = [
            wage("a", "£200,000", 200_000.0),
            wage("b", "£250,000", 250_000.0),
            range,
        ];
        assert_eq!(
            sole_conflict(&docs).as_deref(),
            Some("money: £200,000 (GBP) in a; £250,000 (GBP) in b; between £200,000 and £250,000 (GBP) in c"),
        );
        let apart = two(
            "c",
            "The striker will earn £200,000 a week and his partner £250,000 a week at Brookfield.",
            &[],
        );
        let docs = [
            wage("a", "£200,000", 200_000.0),
            wage("b", "£250,000", 250_000.0),
            apart,
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 2, "{facts:?}");
        assert!(facts.iter().all(|f| f.conflict.is_none()), "{facts:?}");
    }

    /// The conflict of the one fact `docs` give (a failure when they give another number).
    fn sole_conflict(docs: &[Document]) -> Option<String> {
        let facts = number_facts(docs);
        assert_eq!(facts.len(), 1, "{facts:?}");
        facts.into_iter().next().and_then(|fact| fact.conflict)
    }

    /// A count told as an earlier one since replaced ("raising an earlier toll of 9") is not its
    /// outlet's claim: the outlet's own count is set against the others', not hidden behind the
    /// earlier count they share. A count of another time (`up from 9 last year`) still counts.
    #[test]
    fn a_superseded_count_is_not_the_outlets_claim() {
        let toll = |id: &str, sentence: &str, figures: &[(&str, f64)]| {
            let mut doc = DocBuilder::new(id).sentence(sentence);
            for (text, value) in figures {
                doc = doc.number(text, Some(*value), "people", None, &[], 0);
            }
            doc.build()
        };
        let told = "Nine people died when the bridge over the Lenne collapsed on Friday.";
        let docs = [
            toll("a", told, &[("Nine", 9.0)]),
            toll("b", told, &[("Nine", 9.0)]),
            toll(
                "c",
                "Eleven people died when the bridge over the Lenne collapsed on Friday, officials \
                 said, raising an earlier toll of 9.",
                &[("Eleven", 11.0), ("9", 9.0)],
            ),
        ];
        assert_eq!(
            sole_conflict(&docs).as_deref(),
            Some("people: Nine in a, b; Eleven in c"),
        );
        // Not superseded: a count of an earlier year, which is a fact of its own.
        let year = toll(
            "c",
            "Eleven people died on the roads of Lenne this year, up from 9 last year.",
            &[("Eleven", 11.0), ("9", 9.0)],
        );
        let (before, _) = around_figure(&year, 0, &year.numbers[1]);
        assert!(!is_superseded(before, &year.numbers[1]));
        let (before, _) = around_figure(&docs[2], 0, &docs[2].numbers[1]);
        assert!(is_superseded(before, &docs[2].numbers[1]));
    }

    /// `nine crew members` counts crew, as `nine crew` does; members of a body that is no count
    /// by itself (`40 club members`) stay members.
    #[test]
    fn crew_members_are_counted_as_crew() {
        let crew = |id: &str, sentence: &str, unit: &str| {
            DocBuilder::new(id)
                .sentence(sentence)
                .number("seven", Some(7.0), unit, None, &[], 0)
                .build()
        };
        let facts = number_facts(&[
            crew(
                "a",
                "The trawler had seven crew aboard when it sank.",
                "crew",
            ),
            crew(
                "b",
                "The trawler had seven crew members aboard when it sank.",
                "members",
            ),
        ]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(facts[0].unit.as_deref(), Some("crew"));
        let facts = number_facts(&[
            crew(
                "a",
                "The trawler had seven crew aboard when it sank.",
                "crew",
            ),
            crew(
                "b",
                "The trawler club had seven club members aboard when it sank.",
                "members",
            ),
        ]);
        assert!(facts.is_empty(), "{facts:?}");
    }

    /// Survivors are people (`31 survivors` and `31 people` taken to hospital are one count),
    /// but not the dead: a survivor's outcome keeps them apart from a toll of the same value
    /// told elsewhere.
    #[test]
    fn survivors_are_people_but_not_the_dead() {
        let doc = |id: &str, sentence: &str, text: &str, value: f64, unit: &str| {
            DocBuilder::new(id)
                .sentence(sentence)
                .number(text, Some(value), unit, None, &[], 0)
                .build()
        };
        let facts = number_facts(&[
            doc(
                "a",
                "Twenty survivors were taken to hospital in Dorn.",
                "Twenty",
                20.0,
                "survivors",
            ),
            doc(
                "b",
                "Twenty-two people were taken to hospital in Dorn.",
                "Twenty-two",
                22.0,
                "people",
            ),
        ]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(facts[0].conflict.is_some(), "{facts:?}");
        let facts = number_facts(&[
            doc(
                "a",
                "Twenty survivors were pulled from the water off Dorn.",
                "Twenty",
                20.0,
                "survivors",
            ),
            doc(
                "b",
                "Twenty people were killed in the collapse.",
                "Twenty",
                20.0,
                "people",
            ),
        ]);
        assert!(facts.is_empty(), "{facts:?}");
    }

    /// Nouns that count people by their role are people (`1,500 evacuees` and `1,500 people`
    /// evacuated, `730 workers` and `730 employees`) when the sentences share a word; a role
    /// count of one value told of something else is no count of people of that value.
    #[test]
    fn role_counts_are_people_where_sentences_share_a_word() {
        assert_eq!(unit_key("Evacuees"), unit_key("people"));
        assert_eq!(unit_key("workers"), unit_key("people"));
        assert_ne!(unit_key("children"), unit_key("people"));
        let facts = number_facts(&[
            one_figure(
                "a",
                "Some 1,500 evacuees spent the night in a sports hall in Tolbury.",
                ("1,500", 1500.0, "evacuees", Some("Some")),
            ),
            one_figure(
                "b",
                "About 1,500 people were evacuated from Tolbury overnight.",
                ("1,500", 1500.0, "people", Some("About")),
            ),
        ]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(facts[0].values.len(), 2, "{facts:?}");
        let facts = number_facts(&[
            one_figure(
                "a",
                "The mill employs 730 workers.",
                ("730", 730.0, "workers", None),
            ),
            one_figure(
                "b",
                "The Brenn mill, where 730 employees make paper, will close.",
                ("730", 730.0, "employees", None),
            ),
        ]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        // One value, no word in common: two things.
        let facts = number_facts(&[
            one_figure(
                "a",
                "Around 60 residents of Mill Row signed the petition.",
                ("60", 60.0, "residents", Some("Around")),
            ),
            one_figure(
                "b",
                "Firefighters rescued 60 people by boat on Tuesday.",
                ("60", 60.0, "people", None),
            ),
        ]);
        assert!(facts.is_empty(), "{facts:?}");
    }

    /// A count told again in a sentence opening with "By" and a later time replaces the one told
    /// just before it: the outlet's claim is the later count (`By Friday evening, 210 homes …`
    /// against `about 140 homes` that morning), and it is set against another outlet's figure.
    #[test]
    fn a_count_told_by_a_later_time_replaces_the_one_before() {
        let updated = |second: &str, text: &str, value: f64| {
            DocBuilder::new("b")
                .sentence("On Friday morning the council said about 140 homes had been flooded.")
                .sentence(second)
                .number("140", Some(140.0), "homes", Some("about"), &[], 0)
                .number(text, Some(value), "homes", None, &[], 1)
                .build()
        };
        let other = || {
            one_figure(
                "a",
                "The council said 200 homes had been flooded in Pellham.",
                ("200", 200.0, "homes", None),
            )
        };
        let facts = number_facts(&[
            other(),
            updated(
                "By Friday evening it said 210 homes had been flooded.",
                "210",
                210.0,
            ),
        ]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        let texts: Vec<&str> = facts[0].values.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["200", "210"], "{facts:?}");
        assert!(opens_with_update("By late Tuesday, 12 had been found."));
        assert!(opens_with_update("By then 40 more had arrived."));
        assert!(opens_with_update("By 6pm the count stood at 31."));
        // A deadline of another year, a count added to the first, no time at all: nothing
        // replaced.
        assert!(!opens_with_update(
            "By 2030 the plant will employ 900 people."
        ));
        assert!(!opens_with_update(
            "By contrast, 90 homes were flooded in Ambry."
        ));
        let added = updated(
            "By Friday evening a further 70 homes had been flooded.",
            "70",
            70.0,
        );
        let contexts = number_contexts(&added);
        assert!(contexts.iter().all(|c| !c.contains(SUPERSEDED_TOKEN)));
        let elsewhere = updated(
            "By Friday evening, 35 homes had lost power in Ambry.",
            "35",
            35.0,
        );
        let contexts = number_contexts(&elsewhere);
        assert!(contexts.iter().all(|c| !c.contains(SUPERSEDED_TOKEN)));
    }

    /// Sole figures of their unit in sentences that share a few words: a long wire sentence that
    /// tells three things is linked with a short one telling one of them, and the difference is a
    /// conflict; two small counts in sentences as loosely alike stay apart.
    #[test]
    fn sole_figures_in_sentences_sharing_words_are_linked_unless_small() {
        let short = "Employers added 31,000 jobs.";
        let long = "Separate figures on Tuesday showed the jobless rate held steady over the \
                    summer and that employers added 36,000 jobs.";
        let doc = |id: &str, sentence: &str, text: &str, value: f64| {
            DocBuilder::new(id)
                .sentence(sentence)
                .number(text, Some(value), "jobs", None, &[], 0)
                .build()
        };
        let facts = number_facts(&[
            doc("a", short, "31,000", 31_000.0),
            doc("b", long, "36,000", 36_000.0),
        ]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(
            facts[0].conflict.as_deref(),
            Some("jobs: 31,000 in a; 36,000 in b")
        );
        let facts = number_facts(&[doc("a", short, "5", 5.0), doc("b", long, "6", 6.0)]);
        assert!(facts.is_empty(), "{facts:?}");
    }

    /// A figure told in a long sentence meets its report in a short one of another outlet when
    /// the two sentences share a few words, though that outlet gives another sum near it: the
    /// difference is a conflict. A sum in a sentence sharing fewer words stays apart.
    #[test]
    fn figures_in_sentences_sharing_words_are_linked_beside_other_sums() {
        let a = DocBuilder::new("a")
            .sentence("The watchdog has issued penalties of £40m.")
            .number("£40m", Some(40e6), "GBP", None, &[], 0)
            .sentence(
                "The watchdog had first proposed a fine of £38m in a draft notice in June, but \
                 lowered it after weighing the bank's help and the repairs it had made since.",
            )
            .number("£38m", Some(38e6), "GBP", None, &[], 1)
            .build();
        let b = DocBuilder::new("b")
            .sentence("The watchdog first proposed a £43m fine in June.")
            .number("£43m", Some(43e6), "GBP", None, &[], 0)
            .build();
        let facts = number_facts(&[a, b]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        let texts: Vec<&str> = facts[0].values.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["£38m", "£43m"], "{facts:?}");
        assert!(facts[0].conflict.is_some(), "{facts:?}");
    }

    /// A sentence telling one figure of each of two places, a clause each, meets another
    /// outlet's figure of one of them: the place decides which figure it is set against, and an
    /// emphasised figure (`only 21.0%`) is as exact as a bare one.
    #[test]
    fn the_place_of_a_figures_clause_decides_its_partner() {
        let a = DocBuilder::new("a")
            .sentence("In Carlisle, 41.5% of pupils passed the test; in Kendal, it was 30.0%.")
            .number("41.5%", Some(41.5), "percent", None, &[], 0)
            .number("30.0%", Some(30.0), "percent", None, &[], 0)
            .build();
        let b = DocBuilder::new("b")
            .sentence("In Kendal, only 29.0% of pupils passed the test, the lowest in the county.")
            .number("29.0%", Some(29.0), "percent", Some("only"), &[], 0)
            .build();
        let facts = number_facts(&[a, b]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        let texts: Vec<&str> = facts[0].values.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["30.0%", "29.0%"], "{facts:?}");
        assert!(facts[0].conflict.is_some(), "{facts:?}");
    }

    /// Four digits in another order, in sentences sharing two names but too unlike to be linked
    /// by likeness, are one figure with a typo: a conflict. Two digits in another order are not
    /// (`21` and `12` are as likely two counts).
    #[test]
    fn transposed_digits_are_linked_in_sentences_sharing_a_few_words() {
        let doc = |id: &str, sentence: &str, text: &str, value: f64| {
            DocBuilder::new(id)
                .sentence(sentence)
                .number(text, Some(value), "votes", None, &[], 0)
                .build()
        };
        let a = "Okafor held the ward by a majority of 2,306, according to the count at the civic hall.";
        let b = "Edna Okafor will sit for another term after beating Lars Pettit by 2,036 votes.";
        let c = "Pettit said the ward had voted for change despite Okafor's win.";
        let facts = number_facts(&[
            doc("a", &format!("{a} {c}"), "2,306", 2306.0),
            doc("b", b, "2,036", 2036.0),
        ]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert!(
            facts[0]
                .conflict
                .as_deref()
                .is_some_and(|c| c.contains("different order")),
            "{facts:?}"
        );
        let facts = number_facts(&[
            doc("a", &format!("{a} {c}"), "21", 21.0),
            doc("b", b, "12", 12.0),
        ]);
        assert!(facts.is_empty(), "{facts:?}");
    }

    /// Sums of one amount in two currencies from two documents whose sentences share no word are
    /// two deals, not one sum with its currency wrong.
    #[test]
    fn equal_sums_in_two_currencies_in_unrelated_sentences_stay_apart() {
        let a = DocBuilder::new("a")
            .sentence("Rovers had demanded the full £60m release clause for the striker.")
            .number("£60m", Some(60e6), "GBP", None, &[], 0)
            .build();
        let b = DocBuilder::new("b")
            .sentence("Albion hope to recoup part of the 60 million euros they paid Porto in 2019.")
            .number("60 million", Some(60e6), "EUR", None, &[], 0)
            .build();
        assert!(number_facts(&[a, b]).is_empty());
    }

    /// One document's two sums of one amount in two currencies are two things: the other
    /// document's sum of that amount joins the one in its own currency, with no conflict.
    #[test]
    fn one_documents_equal_sums_in_two_currencies_stay_apart() {
        let a = DocBuilder::new("a")
            .sentence("The bridge is 2.3 billion pounds over budget, auditors said.")
            .number("£2.3bn", Some(2.3e9), "GBP", None, &[], 0)
            .sentence("The builders face penalties of up to 2.3 billion euros.")
            .number("2.3 billion", Some(2.3e9), "EUR", Some("up to"), &[], 1)
            .build();
        let b = DocBuilder::new("b")
            .sentence("The bridge is £2.3bn over budget, the auditors found.")
            .number("£2.3bn", Some(2.3e9), "GBP", None, &[], 0)
            .build();
        let facts = number_facts(&[a, b]);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(facts[0].values.len(), 2, "{facts:?}");
        assert_eq!(facts[0].conflict, None);
    }

    /// A long sentence and a short one that give the same vote: the first figures agree, so the
    /// second ones are linked and their difference is a conflict. With no agreeing figure beside
    /// them, the sentences still share four words, and of the long one's two figures the one
    /// nearer in value is linked ([`link_told_figures`]).
    #[test]
    fn figures_beside_an_agreeing_one_are_linked_in_sentences_less_alike() {
        let long =
            "Lawmakers approved the spending plan on Wednesday by 312 votes to 287, after the \
                    treasurer promised that a levy on lenders would raise money every year until \
                    the end of the decade.";
        let short = "Parliament approved the treasurer's spending plan by 312 votes to 278.";
        let doc = |id: &str, sentence: &str, figures: &[(&str, f64)]| {
            figures
                .iter()
                .fold(
                    DocBuilder::new(id).sentence(sentence),
                    |doc, &(text, value)| doc.number(text, Some(value), "votes", None, &[], 0),
                )
                .build()
        };
        let docs = vec![
            doc("a", long, &[("312", 312.0), ("287", 287.0)]),
            doc("b", short, &[("312", 312.0), ("278", 278.0)]),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 2, "{facts:?}");
        let conflict = facts.iter().find_map(|f| f.conflict.as_deref());
        assert_eq!(
            conflict,
            Some("votes: 278 in b; 287 in a (same digits in a different order)")
        );
        let docs = vec![
            doc("a", long, &[("312", 312.0), ("287", 287.0)]),
            doc("b", short, &[("278", 278.0)]),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 1, "{facts:?}");
        let texts: Vec<&str> = facts[0].values.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["287", "278"], "{facts:?}");
    }

    /// A price in one currency and a price in another, in sentences alike, are two facts, and so
    /// are two conversions of one sum: no conflict of currencies for either.
    #[test]
    fn sums_in_two_currencies_link_only_when_the_amounts_agree() {
        let s = "The buyer will pay a premium to the closing price of the shares on Friday.";
        let money = |id: &str, figures: &[(&str, f64, &str)]| {
            figures
                .iter()
                .fold(
                    DocBuilder::new(id).sentence(s),
                    |doc, &(text, value, unit)| doc.number(text, Some(value), unit, None, &[], 0),
                )
                .build()
        };
        let docs = vec![
            money("a", &[("C$4.20", 4.2, "CAD"), ("C$3.18", 3.18, "CAD")]),
            money("b", &[("A$3.85", 3.85, "AUD"), ("A$4.11", 4.11, "AUD")]),
        ];
        assert!(number_facts(&docs).is_empty());
        let docs = vec![
            money(
                "a",
                &[("C$1.9 billion", 1.9e9, "CAD"), ("R24.8bn", 24.8e9, "ZAR")],
            ),
            money(
                "b",
                &[
                    ("C$1.9 billion", 1.9e9, "CAD"),
                    ("A$2.1 billion", 2.1e9, "AUD"),
                ],
            ),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(facts[0].conflict, None);
    }

    #[test]
    fn lower_bound_is_consistent_and_currencies_differ() {
        let s = "Rescue teams reported deaths in the flooded valley.";
        let m = "The fund pledged aid for the flooded valley.";
        let docs = vec![
            DocBuilder::new("a")
                .sentence(s)
                .sentence(m)
                .number(
                    "more than 120",
                    Some(120.0),
                    "deaths",
                    Some("more than"),
                    &[],
                    0,
                )
                .number("$5 million", Some(5e6), "USD", None, &[], 1)
                .build(),
            DocBuilder::new("b")
                .sentence(s)
                .sentence(m)
                .number("129", Some(129.0), "deaths", None, &[], 0)
                .number("€5 million", Some(5e6), "EUR", None, &[], 1)
                .build(),
        ];
        let facts = number_facts(&docs);
        let deaths = facts
            .iter()
            .find(|f| f.unit.as_deref() == Some("deaths"))
            .unwrap();
        assert_eq!(deaths.conflict, None);
        let money = facts.iter().find(|f| f.label.starts_with("money")).unwrap();
        assert!(money
            .conflict
            .as_deref()
            .unwrap()
            .contains("different currencies: EUR, USD"));
    }

    #[test]
    fn figures_of_one_sentence_go_each_with_their_own_counterpart() {
        let a = "The alliance won 79 of the 230 seats in parliament.";
        let c = "The alliance won 80 of the 230 seats in parliament.";
        let docs = vec![
            DocBuilder::new("a")
                .sentence(a)
                .number("79", Some(79.0), "seats", None, &[], 0)
                .number("230", Some(230.0), "seats", None, &[], 0)
                .build(),
            DocBuilder::new("b")
                .sentence(a)
                .number("79", Some(79.0), "seats", None, &[], 0)
                .number("230", Some(230.0), "seats", None, &[], 0)
                .build(),
            DocBuilder::new("c")
                .sentence(c)
                .number("80", Some(80.0), "seats", None, &[], 0)
                .number("230", Some(230.0), "seats", None, &[], 0)
                .build(),
        ];
        let facts = number_facts(&docs);
        let texts = fact_texts(&facts);
        assert_eq!(
            texts,
            vec![vec!["79", "79", "80"], vec!["230", "230", "230"]]
        );
        assert_eq!(
            facts[0].conflict.as_deref(),
            Some("seats: 79 in a, b; 80 in c")
        );
        assert_eq!(facts[1].conflict, None);
    }

    #[test]
    fn a_figure_and_its_conversion_are_no_conflict_and_readings_are_by_value() {
        let s = "The government pledged 5 billion lira ($155 million) in emergency aid.";
        let docs = vec![
            DocBuilder::new("a")
                .sentence(s)
                .number("5 billion", Some(5e9), "TRY", None, &[], 0)
                .number("$155 million", Some(155e6), "USD", None, &[], 0)
                .build(),
            DocBuilder::new("b")
                .sentence(s)
                .number("5 billion", Some(5e9), "TRY", None, &[], 0)
                .number("$155m", Some(155e6), "USD", None, &[], 0)
                .build(),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 2);
        assert!(facts.iter().all(|f| f.conflict.is_none()));
        let s = "The two navies will hold joint exercises a year under the pact.";
        let docs = vec![
            DocBuilder::new("a")
                .sentence(s)
                .number("Twelve", Some(12.0), "exercises", None, &[], 0)
                .build(),
            DocBuilder::new("b")
                .sentence(s)
                .number("12", Some(12.0), "exercises", None, &[], 0)
                .build(),
            DocBuilder::new("c")
                .sentence(s)
                .number("10", Some(10.0), "exercises", None, &[], 0)
                .build(),
        ];
        let facts = number_facts(&docs);
        assert_eq!(
            facts[0].conflict.as_deref(),
            Some("exercises: 12 in a, b; 10 in c")
        );
    }

    #[test]
    fn unrelated_figures_of_one_unit_are_not_grouped() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Farmers sold cattle at the spring fair.")
                .number("40", Some(40.0), "percent", None, &[], 0)
                .build(),
            DocBuilder::new("b")
                .sentence("Turnout in the city election was low.")
                .number("63", Some(63.0), "percent", None, &[], 0)
                .build(),
        ];
        assert!(number_facts(&docs).is_empty());
    }

    #[test]
    fn the_words_of_a_figure_are_not_context_it_shares() {
        let docs = vec![
            one_figure(
                "a",
                "About 60 per cent of adults in the region were overweight.",
                ("60 per cent", 60.0, "percent", Some("About")),
            ),
            one_figure(
                "b",
                "Deaths from the illness have risen by 400 per cent since 1970.",
                ("400 per cent", 400.0, "percent", None),
            ),
        ];
        assert!(number_facts(&docs).is_empty());
        let contexts = number_contexts(&docs[0]);
        let words: Vec<&str> = contexts[0].iter().map(String::as_str).collect();
        assert_eq!(words, ["adults", "overweight", "region"]);
    }

    /// The words of the other figures of a sentence and of their units are no context either
    /// (`crore`, `bps`), but a figure of another unit is, by its value: two sentences giving the
    /// same sum tell one thing.
    #[test]
    fn other_figures_count_by_their_values_not_their_words() {
        let doc = |id: &str, sentence: &str, figures: &[(&str, f64, &str)]| {
            figures
                .iter()
                .fold(
                    DocBuilder::new(id).sentence(sentence),
                    |doc, &(text, value, unit)| doc.number(text, Some(value), unit, None, &[], 0),
                )
                .build()
        };
        let docs = vec![
            doc(
                "a",
                "Its tax take is put at Rs 2.08 lakh crore, with fuel duty at Rs 41,000 crore.",
                &[
                    ("Rs 2.08 lakh crore", 2.08e12, "INR"),
                    ("Rs 41,000 crore", 4.1e11, "INR"),
                ],
            ),
            doc(
                "b",
                "Of this, Rs 3.1 lakh crore is for wages and Rs 78,400 crore for roads.",
                &[
                    ("Rs 3.1 lakh crore", 3.1e12, "INR"),
                    ("Rs 78,400 crore", 7.84e11, "INR"),
                ],
            ),
        ];
        assert!(number_facts(&docs).is_empty(), "{:?}", number_facts(&docs));
        let docs = [
            doc(
                "a",
                "The note's yield fell 6 bps to 4.35%.",
                &[("6", 6.0, "basis points"), ("4.35%", 4.35, "percent")],
            ),
            doc(
                "b",
                "A swap rate fell 18 bps to 2.61%, data from the lender showed.",
                &[("18", 18.0, "basis points"), ("2.61%", 2.61, "percent")],
            ),
        ];
        let contexts = number_contexts(&docs[0]);
        let (tokens, words): (Vec<&str>, Vec<&str>) = contexts[0]
            .iter()
            .map(String::as_str)
            .partition(|w| w.starts_with(FIGURE_TOKEN_MARK));
        assert_eq!(words, ["fell", "note's", "yield"]);
        assert_eq!(tokens, [format!("{FIGURE_TOKEN_MARK}percent 4.35")]);
        let docs = vec![
            doc(
                "a",
                "Sales in the region fell 9% to $2.3 billion, a fourth straight quarterly decline \
                 as local rivals gained ground.",
                &[("9%", 9.0, "percent"), ("$2.3 billion", 2.3e9, "USD")],
            ),
            doc(
                "b",
                "Sales there fell 11% to $2.3 billion.",
                &[("11%", 11.0, "percent"), ("$2.3 billion", 2.3e9, "USD")],
            ),
        ];
        let conflicts: Vec<_> = number_facts(&docs)
            .into_iter()
            .filter_map(|fact| fact.conflict)
            .collect();
        assert_eq!(conflicts, ["percent: 11% in b; 9% in a"]);
    }

    /// Ages given for one name go together, however unlike their sentences; ages of other
    /// names, or of no name, do not.
    #[test]
    fn ages_of_one_person_are_linked_by_the_name_before_them() {
        let docs_with = |other: &str| {
            let age = |id: &str, sentence: &str, text: &str, value: f64| {
                DocBuilder::new(id)
                    .sentence(sentence)
                    .number(text, Some(value), "years", None, &["age"], 0)
                    .build()
            };
            let first = "\"I am not sorry,\" Quennell, 71, said outside the courthouse.";
            let second = format!("Angry pensioner Ed {other} (72) was led to the cells.");
            vec![age("a", first, "71", 71.0), age("b", &second, "72", 72.0)]
        };
        let conflicts: Vec<_> = number_facts(&docs_with("Quennell"))
            .into_iter()
            .filter_map(|fact| fact.conflict)
            .collect();
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        let docs = docs_with("Marsh");
        assert!(number_facts(&docs).is_empty());
        assert_eq!(
            age_holder("said Ed Quennell, "),
            Some(format!("{HOLDER_TOKEN_MARK}quennell"))
        );
        assert_eq!(age_holder("the retiree, "), None);
        assert_eq!(age_holder("Ed Quennell said he was "), None);
    }

    #[test]
    fn figures_far_apart_in_size_are_not_paired_by_their_sentences() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Harlow Mills earned C$400 million, or C$2.10 a share, in the quarter.")
                .number("C$400 million", Some(4e8), "CAD", None, &[], 0)
                .number("C$2.10", Some(2.1), "CAD", None, &[], 0)
                .build(),
            DocBuilder::new("b")
                .sentence(
                    "Harlow Mills earned C$400 million (about Rs 2,500 crore) in the quarter.",
                )
                .number("C$400 million", Some(4e8), "CAD", None, &[], 0)
                .number("Rs 2,500 crore", Some(2.5e10), "INR", Some("about"), &[], 0)
                .build(),
        ];
        let facts = number_facts(&docs);
        let texts = fact_texts(&facts);
        assert_eq!(texts, vec![vec!["C$400 million", "C$400 million"]]);
        assert!(of_comparable_size(Some(12.0), Some(129.0)));
        assert!(!of_comparable_size(Some(-3.0), Some(3.0)));
        assert!(of_comparable_size(Some(0.0), Some(0.0)));
        assert!(of_comparable_size(None, Some(5.0)));
    }

    #[test]
    fn a_fact_names_its_unit_as_written() {
        let s = "Temperatures reached a record in the capital on Sunday.";
        let heat = |id, unit| one_figure(id, s, ("41", 41.0, unit, None));
        let facts = number_facts(&[heat("a", "°C"), heat("b", "°C")]);
        assert_eq!(facts[0].unit.as_deref(), Some("°C"));
        let facts = number_facts(&[heat("a", "Troops"), heat("b", "troops")]);
        assert_eq!(facts[0].unit.as_deref(), Some("troops"));
    }

    #[test]
    fn two_values_of_one_document_stay_two_facts() {
        let docs = vec![
            DocBuilder::new("a")
                .sentence("Gunmen killed people at the concert hall.")
                .sentence("Doctors treated people after the attack at the concert hall.")
                .number("80", Some(80.0), "people", None, &[], 0)
                .number("180", Some(180.0), "people", None, &[], 1)
                .build(),
            DocBuilder::new("b")
                .sentence("Doctors said people died after the attack at the concert hall.")
                .number("80", Some(80.0), "people", None, &[], 0)
                .build(),
        ];
        let facts = number_facts(&docs);
        let texts = fact_texts(&facts);
        assert_eq!(texts, vec![vec!["80", "80"]]);
        assert_eq!(facts[0].conflict, None);
    }

    #[test]
    fn sole_estimates_of_one_count_go_together_in_other_words() {
        let estimate = |id, sentence, text, value, qualifier| {
            one_figure(id, sentence, (text, value, "residents", qualifier))
        };
        let a = "The flood forced about 12,000 residents to evacuate on Friday.";
        let b = "Roughly 15,000 residents have been told to leave their homes.";
        let docs = vec![
            estimate("a", a, "12,000", 12000.0, Some("about")),
            estimate("b", b, "15,000", 15000.0, Some("Roughly")),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 1);
        assert_eq!(
            facts[0].conflict.as_deref(),
            Some("residents: Roughly 15,000 in b; about 12,000 in a")
        );
        // Not when a figure is exact, or the values are far apart.
        let docs = vec![
            estimate("a", a, "12,000", 12000.0, None),
            estimate("b", b, "15,000", 15000.0, Some("Roughly")),
        ];
        assert!(number_facts(&docs).is_empty());
        let docs = vec![
            estimate("a", a, "2,000", 2000.0, Some("about")),
            estimate("b", b, "15,000", 15000.0, Some("Roughly")),
        ];
        assert!(number_facts(&docs).is_empty());
    }

    #[test]
    fn sole_counts_of_one_outcome_go_together_in_other_words() {
        let people = |text, value| (text, value, "people", None);
        let a = "Nine people have died since the outbreak began in the valley in June.";
        let b = "Officials say 12 people have been killed.";
        let docs = vec![
            one_figure("a", a, people("Nine", 9.0)),
            one_figure("b", b, people("12", 12.0)),
        ];
        let facts = number_facts(&docs);
        assert_eq!(fact_texts(&facts), vec![vec!["Nine", "12"]]);
        assert_eq!(
            facts[0].conflict.as_deref(),
            Some("people: 12 in b; Nine in a")
        );
        // Not another outcome, a count far apart, or an outcome past a clause break.
        let hurt = "Officials say 12 people have been injured.";
        let docs = vec![
            one_figure("a", a, people("Nine", 9.0)),
            one_figure("b", hurt, people("12", 12.0)),
        ];
        assert!(number_facts(&docs).is_empty());
        let docs = vec![
            one_figure("a", a, people("Nine", 9.0)),
            one_figure("b", b, people("12", 40.0)),
        ];
        assert!(number_facts(&docs).is_empty());
        let apart = "Deaths: four confirmed; 12 people unaccounted for.";
        let docs = vec![
            one_figure("a", a, people("Nine", 9.0)),
            one_figure("b", apart, people("12", 12.0)),
        ];
        assert!(number_facts(&docs).is_empty());
    }

    /// A label names a toll's outcome by its word, never by the token that stands for it; a
    /// label without an outcome is unchanged.
    #[test]
    fn labels_name_an_outcome_by_its_word() {
        let people = |text, value| (text, value, "people", None);
        let a = "Eleven people died when the Marlow bridge collapsed in the flood.";
        let b = "Eleven people were killed when the Marlow bridge collapsed.";
        let docs = vec![
            one_figure("a", a, people("Eleven", 11.0)),
            one_figure("b", b, people("Eleven", 11.0)),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].label, "people (bridge, collapsed, dead)");
        let c = "Eleven people crossed the Marlow bridge before it collapsed.";
        let d = "Eleven people crossed the Marlow bridge at dawn.";
        let docs = vec![
            one_figure("c", c, people("Eleven", 11.0)),
            one_figure("d", d, people("Eleven", 11.0)),
        ];
        let facts = number_facts(&docs);
        assert_eq!(facts[0].label, "people (bridge, crossed, marlow)");
    }

    #[test]
    fn counts_of_one_value_told_with_different_outcomes_stay_apart() {
        let people = |text, value| (text, value, "people", None);
        let dead = "At least five people died in the blast at the market.";
        let held = "Police said five people were arrested after the march.";
        let docs = vec![
            one_figure("a", dead, people("five", 5.0)),
            one_figure("b", held, people("five", 5.0)),
        ];
        assert!(number_facts(&docs).is_empty());
        // The same value with the same outcome, or with none told, still goes together.
        let also_dead = "Five people were killed when a bomb went off.";
        let docs = vec![
            one_figure("a", dead, people("five", 5.0)),
            one_figure("b", also_dead, people("Five", 5.0)),
        ];
        assert_eq!(number_facts(&docs).len(), 1);
        let untold = "The five people were taken to a hospital in the city.";
        let docs = vec![
            one_figure("a", dead, people("five", 5.0)),
            one_figure("b", untold, people("five", 5.0)),
        ];
        assert_eq!(number_facts(&docs).len(), 1);
    }

    #[test]
    fn two_counts_of_one_outcome_in_a_document_tell_it_for_neither() {
        let a = DocBuilder::new("a")
            .sentence("A fire killed four people in the hills on Monday.")
            .sentence("A blaze in 2020 killed nine people nearby.")
            .number("four", Some(4.0), "people", None, &[], 0)
            .number("nine", Some(9.0), "people", None, &[], 1)
            .build();
        let b = one_figure(
            "b",
            "At least six people have died as flames swept through rural towns, officials said.",
            ("six", 6.0, "people", Some("At least")),
        );
        assert!(number_facts(&[a, b]).is_empty());
    }

    #[test]
    fn figures_of_the_same_digits_go_together_only_in_sentences_alike() {
        let people = |text, value| (text, value, "people", None);
        let docs = vec![
            one_figure(
                "a",
                "Gunmen killed 18 people at a newspaper office in the spring.",
                people("18", 18.0),
            ),
            one_figure(
                "b",
                "Doctors treated 180 people for smoke inhalation overnight.",
                people("180", 180.0),
            ),
        ];
        assert!(number_facts(&docs).is_empty());
        let s = "Doctors treated people for smoke inhalation overnight.";
        let docs = vec![
            one_figure("a", s, people("18", 18.0)),
            one_figure("b", s, people("180", 180.0)),
        ];
        let facts = number_facts(&docs);
        assert_eq!(
            facts[0].conflict.as_deref(),
            Some("people: 18 in a; 180 in b")
        );
    }

    /// The texts of each fact's values, fact by fact.
    fn fact_texts(facts: &[NumberFact]) -> Vec<Vec<&str>> {
        facts
            .iter()
            .map(|f| f.values.iter().map(|v| v.text.as_str()).collect())
            .collect()
    }

    /// A document of one sentence holding one figure: its text, value, unit and qualifier.
    fn one_figure(
        id: &str,
        sentence: &str,
        (text, value, unit, qualifier): (&str, f64, &str, Option<&str>),
    ) -> Document {
        DocBuilder::new(id)
            .sentence(sentence)
            .number(text, Some(value), unit, qualifier, &[], 0)
            .build()
    }
}
