//! Sentence splitting inside one paragraph: a single left-to-right scan over the bytes that stops
//! only at `.`, `!`, `?` and `…`, and decides each stop from a few bytes of context on either side
//! (the word before the mark, the word after it). Work per stop is bounded, so the scan is linear.
//!
//! The rules, in the order they are tried:
//! * a mark must be followed (after closing quotes and brackets) by white space or the paragraph end;
//! * a lower-case word after the mark never starts a sentence (`“…?” she asked.`, `Yahoo! in`);
//! * after `!` or `?` a sentence ends;
//! * a spaced three-dot ellipsis (`. . .`) stays inside the sentence, a four-dot one ends it, and
//!   an unspaced one (`...`, `…`) ends it before a capital;
//! * after a full stop the word before it decides: titles never end a sentence (`Mr.`, `Gen.`),
//!   initials and abbreviations (`W.`, `U.S.`, `Co.`, a journal title's capitalised words as
//!   cited, `Am. J. Public Health`) end one only when a typical sentence opener
//!   or a plural subject and a lower-case word (`Officials said`) follows, `No.`/`Jan.` keep a following number, `a.m.`/`p.m.` end one unless a day, month or
//!   time zone follows or the sentence so far is a short opening phrase (`At 5 a.m. Mr. Smith…`);
//! * a numbered, lettered or bulleted list that opens a paragraph starts a sentence at each item.

use std::sync::LazyLock;

use super::paragraphs::{is_closer, is_layout_space, push_trimmed};
use crate::lexicon::{
    abbreviations, calendar, function_words, given_names, sentence_starters, titles,
};
use crate::model::Span;

/// The longest word before a full stop that is looked up as an abbreviation, in bytes.
const MAX_TOKEN: usize = 48;
/// How far after a closing quote a speech verb is looked for, in bytes.
const MAX_ATTRIBUTION: usize = 64;
/// The longest sentence prefix that can count as an opening phrase before `a.m.`/`p.m.`.
const MAX_OPENING_PHRASE: usize = 40;

/// Split one paragraph into sentence spans (trimmed, in order, inside `paragraph`).
pub fn split_sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let mut out = Vec::new();
    split_sentences_into(text, paragraph, &mut out);
    out
}

/// Like [`split_sentences`], appending to `out`.
pub fn split_sentences_into(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let Some(inner) = text.get(paragraph.start..paragraph.end) else {
        return;
    };
    let base = paragraph.start;
    let bytes = inner.as_bytes();
    let list_breaks = list_item_starts(inner);
    let mut pending_breaks = list_breaks.iter().copied().peekable();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mark = bytes[i..]
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
            .map_or(bytes.len(), |offset| i + offset);
        while let Some(&at) = pending_breaks.peek() {
            if at > mark {
                break;
            }
            if at > start {
                push_trimmed(text, Span::new(base + start, base + at), out);
                start = at;
            }
            pending_breaks.next();
        }
        i = mark;
        let Some(&byte) = bytes.get(i) else {
            break;
        };
        if byte == 0xE2 && !bytes[i..].starts_with("…".as_bytes()) {
            i += 1;
            continue;
        }
        let run = terminal_run(inner, i);
        let after = skip_closers(inner, run.end);
        let followed_by_space = inner[after..].chars().next().is_none_or(is_layout_space);
        if followed_by_space {
            if let Some(end) = boundary(inner, start, i, &run, after) {
                push_trimmed(text, Span::new(base + start, base + end), out);
                start = end;
            }
        }
        i = after.max(i + 1);
    }
    push_trimmed(text, Span::new(base + start, base + bytes.len()), out);
}

/// A run of sentence-final marks starting at one mark.
struct TerminalRun {
    /// One past the last mark.
    end: usize,
    /// Full stops in the run (`…` counts three).
    dots: usize,
    /// Whether the run holds `!` or `?`.
    exclaims: bool,
    /// Whether the dots are spaced (`. . .`).
    spaced: bool,
    /// Whether a single-space gap follows the first dot (`word. . . .`).
    first_dot_then_space: bool,
    /// Whether the run ends with a bare `…` or dot run and a quote mark follows at once.
    quote_follows: bool,
}

/// Read the run of marks starting at `start` (which holds `.`, `!`, `?` or `…`).
fn terminal_run(inner: &str, start: usize) -> TerminalRun {
    let bytes = inner.as_bytes();
    let mut run = TerminalRun {
        end: start,
        dots: 0,
        exclaims: false,
        spaced: false,
        first_dot_then_space: false,
        quote_follows: false,
    };
    let mut j = start;
    loop {
        match bytes.get(j) {
            Some(b'.') => {
                run.dots += 1;
                j += 1;
            }
            Some(b'!' | b'?') => {
                run.exclaims = true;
                j += 1;
            }
            _ if inner[j..].starts_with('…') => {
                run.dots += 3;
                j += '…'.len_utf8();
            }
            Some(b' ') if !run.exclaims && run.dots > 0 && spaced_dot_at(bytes, j + 1) => {
                if run.dots == 1 && j == start + 1 {
                    run.first_dot_then_space = true;
                }
                run.spaced = true;
                j += 1;
            }
            _ => break,
        }
    }
    run.end = j;
    run.quote_follows = inner[j..].starts_with(['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}']);
    run
}

/// Whether `bytes[at]` is a dot of a spaced ellipsis (followed by space, dot, a closer or the end).
fn spaced_dot_at(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b'.')
        && match bytes.get(at + 1) {
            None => true,
            Some(next) => matches!(next, b' ' | b'.' | b'"' | b'\'' | b')' | b']' | 0xE2),
        }
}

/// Skip closing quotes and brackets from `at`.
fn skip_closers(inner: &str, at: usize) -> usize {
    let rest = &inner[at..];
    at + (rest.len() - rest.trim_start_matches(is_closer).len())
}

/// What follows a candidate boundary.
struct Next<'t> {
    /// The first character after white space and opening marks, if any.
    first: Option<char>,
    /// The word starting there (letters and apostrophes), possibly empty.
    word: &'t str,
}

/// Look past white space and opening marks from `at`.
fn next_after(inner: &str, at: usize) -> Next<'_> {
    let rest = inner[at..].trim_start_matches(is_layout_space);
    let rest = rest.trim_start_matches(is_opener);
    let first = rest.chars().next();
    let word_len = rest
        .char_indices()
        .take_while(|(k, c)| *k < MAX_TOKEN && (c.is_alphabetic() || *c == '\''))
        .map(|(k, c)| k + c.len_utf8())
        .last()
        .unwrap_or(0);
    Next {
        first,
        word: &rest[..word_len],
    }
}

/// Whether a character opens a quotation or a bracket.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201c}'
            | '\u{2018}'
            | '('
            | '['
            | '{'
            | '\u{ab}'
            | '\u{2039}'
            | '\u{bf}'
            | '\u{a1}'
    )
}

/// Whether a speech verb comes within the next few words (`Ms. Roe said`), before any
/// punctuation other than a full stop of a title: the words attribute the quote just closed.
fn attribution_follows(rest: &str) -> bool {
    let mut end = MAX_ATTRIBUTION.min(rest.len());
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let window = &rest[..end];
    for word in window.split_whitespace().skip(1).take(4) {
        let bare = word.trim_end_matches(['.', ',', ';', ':']);
        if sentence_starters::is_attribution_verb(bare) {
            return true;
        }
        if bare.len() != word.len() && abbreviation_class(bare) != Some(WordBefore::Title) {
            return false;
        }
    }
    false
}

/// Whether the quote that `head` (a sentence up to a mark inside a quote) ends in was introduced
/// by its speaker already (`Ruiz asked: “Are we ready?”`, `He asked “Why?”`): what follows its
/// closing mark is then a new sentence, not the attribution of the quote (`Feld replied …`).
fn quote_already_introduced(head: &str) -> bool {
    let Some(open) = head.rfind(['\u{201c}', '"']) else {
        return false;
    };
    let before = head[..open].trim_end();
    before.ends_with(':')
        || before
            .rsplit(is_layout_space)
            .next()
            .is_some_and(|word| sentence_starters::is_attribution_verb(word.trim_end_matches(',')))
}

/// Most words in a short quote that a sentence runs on through (`the caption "Home. Let's go",
/// will …`), before the mark and after it.
const MAX_SHORT_QUOTE_WORDS: usize = 6;

/// Whether a mark inside a short quote opened in `head` (the sentence up to the mark), after the
/// sentence's first words, leaves the sentence open: the quote closes a few words into `rest` with a comma beside its closing mark
/// (`",` or `,"`), and a lower-case word carries the sentence on.
fn closes_short_quote_mid_sentence(head: &str, rest: &str) -> bool {
    let Some(open) = head.rfind(['"', '\u{201c}']) else {
        return false;
    };
    let quoted = head[open..]
        .strip_prefix(['"', '\u{201c}'])
        .unwrap_or_default();
    let opened_here = if head[open..].starts_with('"') {
        head.matches('"').count() % 2 == 1
    } else {
        !quoted.contains('\u{201d}')
    };
    // A quote opening its sentence (`"Yes. I was there," she said.`) is speech, split as such.
    let opened_mid_sentence = !head[..open].trim().is_empty();
    if !opened_here
        || !opened_mid_sentence
        || quoted.split_whitespace().count() > MAX_SHORT_QUOTE_WORDS
    {
        return false;
    }
    let Some(close) = rest.find(['"', '\u{201d}']) else {
        return false;
    };
    let inside = &rest[..close];
    if inside.split_whitespace().count() > MAX_SHORT_QUOTE_WORDS
        || inside.contains(['.', '!', '?', '"', '\u{201c}'])
    {
        return false;
    }
    let closing = &rest[close..];
    let mark_len = closing.chars().next().map_or(1, char::len_utf8);
    let after_mark = &closing[mark_len..];
    let after_comma = if inside.ends_with(',') {
        Some(after_mark)
    } else {
        after_mark.strip_prefix(',')
    };
    after_comma.is_some_and(|after| {
        after.starts_with(is_layout_space)
            && after
                .trim_start_matches(is_layout_space)
                .starts_with(char::is_lowercase)
    })
}

/// What the word before a full stop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordBefore {
    /// An ordinary word or number: the stop ends the sentence.
    Word,
    /// A title before a name (`Mr`, `Gen`): never ends a sentence.
    Title,
    /// An abbreviation or acronym (`Co`, `U.S`): ends one only before a sentence opener.
    Abbreviation,
    /// An abbreviation before numbers (`No`, `Jan`): keeps a following number.
    BeforeNumber,
    /// One capital letter (`W`): an initial unless a sentence opener follows.
    Initial,
    /// `a.m` or `p.m`.
    Clock,
    /// A list marker opening the sentence (`1`, `a`).
    ListMarker,
    /// A given name abbreviated before a surname (`Wm`, `Ma`): ends one unless a name follows.
    GivenName,
}

/// Where the sentence ends for the run at `mark`, or None when it goes on.
fn boundary(
    inner: &str,
    sentence_start: usize,
    mark: usize,
    run: &TerminalRun,
    after: usize,
) -> Option<usize> {
    let next = next_after(inner, after);
    let first = next.first?;
    if first.is_lowercase() {
        return None;
    }
    if closes_short_quote_mid_sentence(&inner[sentence_start..mark], &inner[after..]) {
        return None;
    }
    let closed_quote =
        inner[run.end..after].contains(['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}']);
    if closed_quote
        && first.is_uppercase()
        && !sentence_starters::contains(next.word)
        && !quote_already_introduced(&inner[sentence_start..mark])
        && attribution_follows(&inner[after..])
    {
        return None;
    }
    if run.exclaims {
        return Some(after);
    }
    if run.dots >= 4 {
        let attached = mark > 0 && !inner[..mark].ends_with(is_layout_space);
        if attached && run.spaced && run.first_dot_then_space {
            return Some(mark + 1);
        }
        return Some(after);
    }
    if run.dots == 3 {
        let bracketed = inner[run.end..after].contains([')', ']']);
        let ends = first.is_uppercase() && (run.quote_follows || !run.spaced && !bracketed);
        return ends.then_some(after);
    }
    let next_is_digit = first.is_ascii_digit();
    // `who joined in Sept. — declined`: a dash after an abbreviation's stop carries the
    // sentence on.
    let dash_follows = matches!(first, '\u{2014}' | '\u{2013}');
    let ends = match word_before(inner, sentence_start, mark) {
        WordBefore::Word => true,
        WordBefore::Title | WordBefore::ListMarker => false,
        WordBefore::Abbreviation | WordBefore::Initial => {
            sentence_starters::contains(next.word)
                || plural_subject_opens_clause(&inner[after..])
                || state_closes_place(&inner[sentence_start..mark], &inner[after..])
                || company_closes_sentence(&inner[sentence_start..mark], &inner[after..])
                || initialism_closes_sentence(&inner[sentence_start..mark], &inner[after..])
        }
        WordBefore::BeforeNumber => !next_is_digit && !dash_follows,
        WordBefore::GivenName => !name_follows(&inner[after..]),
        WordBefore::Clock => {
            !next_is_digit
                && !dash_follows
                && !abbreviations::follows_clock(next.word)
                && !is_opening_phrase(&inner[sentence_start..mark])
                && !clock_names_a_thing(&inner[sentence_start..mark])
                && !names_local_time(&inner[after..])
                && !abbreviated_weekday_follows(&inner[after..])
                && !abbreviated_month_day_follows(&inner[after..])
        }
    };
    ends.then_some(after)
}

/// Whether `head`, the sentence up to a full stop, ends with a US state written after a place
/// (`lived in Fresno, Calif`) and `rest`, the text after the stop, opens a clause of its own: a
/// capitalised word that is no given name, then a lower-case word (`Police said`), not a name
/// (`Tom Dane`, `Police Chief Ada Quist`).
fn state_closes_place(head: &str, rest: &str) -> bool {
    let Some((before, state)) = head.rsplit_once(is_layout_space) else {
        return false;
    };
    let Some(place) = before.strip_suffix(',') else {
        return false;
    };
    let place_is_name = place
        .rsplit(is_layout_space)
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    place_is_name
        && abbreviations::contains_ignore_case(abbreviations::US_STATES, state)
        && opens_clause(rest)
}

/// Whether `head`, the sentence up to a full stop, ends with a company's name and suffix
/// (`announced by Acme Corp`) and `rest` opens a clause of its own (`Shares rose 5%`), not a
/// title and name (`Chief Executive Ada Quist`) or a lower-case role (`chief executive`).
fn company_closes_sentence(head: &str, rest: &str) -> bool {
    let mut words = head.rsplit(is_layout_space);
    let (Some(suffix), Some(company)) = (words.next(), words.next()) else {
        return false;
    };
    company.starts_with(char::is_uppercase)
        && abbreviations::contains_ignore_case(abbreviations::COMPANY_SUFFIXES, suffix)
        && opens_clause(rest)
}

/// Whether `rest`, the text after an abbreviation's full stop, opens with a plural subject and a
/// lower-case word (`in the U.S. Officials were`), not a name that goes on (`U.S. Embassy`).
/// Most capitalised words of a place before `time` after a clock time (`New York time`).
const MAX_LOCAL_TIME_WORDS: usize = 3;

/// Whether `rest`, after `a.m.` or `p.m.`, names the clock's place: capitalised words, then
/// `time` (`10 a.m. New York time`, `4 a.m. Kyiv time`, `9 a.m. Eastern Time`).
pub(crate) fn names_local_time(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    for _ in 0..=MAX_LOCAL_TIME_WORDS {
        let Some(word) = words.next() else {
            return false;
        };
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.eq_ignore_ascii_case("time") {
            return true;
        }
        if !bare.starts_with(char::is_uppercase) || bare.len() != word.len() {
            return false;
        }
    }
    false
}

/// Whether `head`, the sentence up to the full stop of a clock's `a.m.`/`p.m.`, ends with a
/// clock figure after a determiner or possessive (`Her 7:15 a.m`, `the 6 p.m`, `Friday's 9
/// a.m`): the time then qualifies the noun after it (`the 6 p.m. harbour shuttle`) and ends no
/// sentence, unlike a time after a preposition (`ended at 6 p.m. Officials left.`).
fn clock_names_a_thing(head: &str) -> bool {
    let mut words = head.rsplit(is_layout_space).filter(|w| !w.is_empty());
    let suffix = words.next().is_some_and(|w| {
        abbreviations::CLOCK
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    });
    let figure = words.next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.len() <= 5
            && w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.'))
    });
    let determiner = words.next().is_some_and(|w| {
        let lower = w
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        abbreviations::DETERMINERS_BEFORE_CLOCK
            .binary_search(&lower.as_str())
            .is_ok()
            || lower.ends_with("'s")
            || lower.ends_with("\u{2019}s")
    });
    suffix && figure && determiner
}

/// Whether `rest`, after `a.m.` or `p.m.`, opens with a weekday abbreviated as written, with its
/// full stop (`7 p.m. Fri. at the stadium`): the day of the clock time, in the same sentence.
fn abbreviated_weekday_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_layout_space);
    calendar::WEEKDAY_ABBREVIATIONS.iter().any(|day| {
        rest.strip_prefix(day)
            .is_some_and(|after| after.starts_with('.'))
    })
}

/// Whether `rest`, after `a.m.` or `p.m.`, opens with a month abbreviated as written, with its
/// full stop, and a day number (`2:15 a.m. Oct. 3`): the date of the clock time, in the same
/// sentence, as news agencies write it.
fn abbreviated_month_day_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_layout_space);
    calendar::MONTH_ABBREVIATIONS.iter().any(|(month, _)| {
        rest.strip_prefix(month)
            .and_then(|after| after.strip_prefix('.'))
            .is_some_and(|after| {
                after.starts_with(is_layout_space)
                    && after
                        .trim_start_matches(is_layout_space)
                        .starts_with(|c: char| c.is_ascii_digit())
            })
    })
}

/// Whether `head` ends with a country's initialism after "the" (`adopted by the U.N.`) and
/// `rest` opens a clause of its own: a capitalised word that is no given name and no part of an
/// institution's name (`Embassy`, `Navy`), then a verb (`Russia voted`, `China said`).
fn initialism_closes_sentence(head: &str, rest: &str) -> bool {
    let mut words = head.rsplit(is_layout_space);
    let (Some(initialism), Some(article)) = (words.next(), words.next()) else {
        return false;
    };
    let Some((first, second)) = first_two_words(rest) else {
        return false;
    };
    let second = second.trim_end_matches(|c: char| !c.is_alphanumeric());
    let verb = second.len() > 3 && second.ends_with("ed")
        || sentence_starters::is_attribution_verb(second)
        || matches!(
            second,
            "has" | "had" | "is" | "was" | "will" | "would" | "says"
        );
    article.eq_ignore_ascii_case("the")
        && is_dotted_acronym(initialism)
        && initialism.len() <= 4
        && verb
        && opens_clause(rest)
        && abbreviations::NOUNS_AFTER_INITIALISM
            .binary_search(&first)
            .is_err()
}

/// Whether `rest`, after an abbreviated given name's full stop, opens with a name: two
/// capitalised words, the first no sentence opener (`Ada Quist said`, not `Thanks for`, `The
/// Quists`).
fn name_follows(rest: &str) -> bool {
    let Some((first, second)) = first_two_words(rest) else {
        return false;
    };
    let capitalised_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.trim_end_matches([',', '.', '\'', '\u{2019}'])
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}')
    };
    capitalised_word(first) && capitalised_word(second) && !sentence_starters::contains(first)
}

fn plural_subject_opens_clause(rest: &str) -> bool {
    first_two_words(rest).is_some_and(|(first, second)| {
        sentence_starters::is_plural_subject(first) && second.starts_with(char::is_lowercase)
    })
}

/// The first two words of `rest`, if it has two.
fn first_two_words(rest: &str) -> Option<(&str, &str)> {
    let mut words = rest.split(is_layout_space).filter(|w| !w.is_empty());
    Some((words.next()?, words.next()?))
}

/// Whether `rest` opens a clause: a capitalised word that is no given name, then a lower-case
/// word (`Police said`), not a name (`Tom Dane`, `Police Chief Ada Quist`).
fn opens_clause(rest: &str) -> bool {
    let Some((first, second)) = first_two_words(rest) else {
        return false;
    };
    let lowered = first.to_lowercase();
    let given_name = given_names::MALE.binary_search(&lowered.as_str()).is_ok()
        || given_names::FEMALE.binary_search(&lowered.as_str()).is_ok();
    first.starts_with(char::is_uppercase)
        && first.chars().all(char::is_alphabetic)
        && !given_name
        && second.starts_with(char::is_lowercase)
}

/// Classify the word that ends at the full stop `mark`.
fn word_before(inner: &str, sentence_start: usize, mark: usize) -> WordBefore {
    let head = &inner[sentence_start..mark];
    let token_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| !is_layout_space(*c))
        .last()
        .map_or(head.len(), |(k, _)| k);
    let raw = &head[token_start..];
    if raw.len() > MAX_TOKEN || raw.contains('@') || raw.contains("://") {
        return WordBefore::Word;
    }
    let token = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
    let prefix = &head[..head.len() - token.len()];
    // `6 p.m. EST.`: a time zone in capitals is a word, not the abbreviation "est.".
    if token.len() > 1
        && token.bytes().all(|b| b.is_ascii_uppercase())
        && abbreviations::follows_clock(token)
    {
        return WordBefore::Word;
    }
    // `Lt.-Col.`: ranks joined by a hyphen are classed by the last one.
    let token = token.rsplit_once(".-").map_or(token, |(_, last)| last);
    if is_list_marker(token) && prefix.chars().all(|c| is_layout_space(c) || is_bullet(c)) {
        return WordBefore::ListMarker;
    }
    if let Some(class) = abbreviation_class(token) {
        return class;
    }
    // `Wm. Dane`, `Ma. Ada Quist`: a given name abbreviated as written.
    if abbreviations::GIVEN_NAMES.binary_search(&token).is_ok() {
        return WordBefore::GivenName;
    }
    // `Am. J. Public Health`: a journal title's word, capitalised as cited.
    if abbreviations::JOURNAL_WORDS.binary_search(&token).is_ok() {
        return WordBefore::Abbreviation;
    }
    let mut chars = token.chars();
    if let (Some(only), None) = (chars.next(), chars.next()) {
        return if only.is_uppercase() {
            WordBefore::Initial
        } else if only.is_alphabetic() {
            WordBefore::Abbreviation
        } else {
            WordBefore::Word
        };
    }
    if is_dotted_acronym(token) {
        return WordBefore::Abbreviation;
    }
    WordBefore::Word
}

/// The longest abbreviation in the lexicon, in bytes (they are packed into a `u64` key).
const MAX_ABBREVIATION: usize = 8;

/// Every abbreviation of the lexicon, lower case and packed into a `u64`, with its class, sorted
/// by key (a title wins over another class for the same word).
static ABBREVIATIONS: LazyLock<Vec<(u64, WordBefore)>> = LazyLock::new(|| {
    let mut table = Vec::new();
    let lists = [
        (abbreviations::GENERAL, WordBefore::Abbreviation),
        (abbreviations::BEFORE_NUMBER, WordBefore::BeforeNumber),
        (abbreviations::CLOCK, WordBefore::Clock),
        (titles::ABBREVIATED, WordBefore::Title),
    ];
    for (list, class) in lists {
        for word in list {
            if let Some(key) = packed_lower(word) {
                table.push((key, class));
            }
        }
    }
    table.sort_by_key(|&(key, class)| (key, class != WordBefore::Title));
    table.dedup_by_key(|&mut (key, _)| key);
    table
});

/// `word` lower-cased (ASCII) and packed into a `u64`, when it has at most eight bytes.
fn packed_lower(word: &str) -> Option<u64> {
    if word.is_empty() || word.len() > MAX_ABBREVIATION {
        return None;
    }
    let mut key = [0u8; MAX_ABBREVIATION];
    for (slot, byte) in key.iter_mut().zip(word.bytes()) {
        *slot = byte.to_ascii_lowercase();
    }
    Some(u64::from_le_bytes(key))
}

/// The class of `token` when the lexicon lists it as an abbreviation or title.
fn abbreviation_class(token: &str) -> Option<WordBefore> {
    let key = packed_lower(token)?;
    let index = ABBREVIATIONS
        .binary_search_by_key(&key, |&(entry, _)| entry)
        .ok()?;
    ABBREVIATIONS.get(index).map(|&(_, class)| class)
}

/// `U.S`, `E.U`, `Ph.D`: letters in groups of one or two joined by dots.
fn is_dotted_acronym(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

/// `1`, `12`, `a`: what numbers or letters a list item.
fn is_list_marker(token: &str) -> bool {
    (1..=3).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit())
        || token.len() == 1 && token.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Bullets and dashes that open list items.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}'
            | '\u{2023}'
            | '\u{2043}'
            | '\u{25e6}'
            | '\u{25aa}'
            | '\u{25cf}'
            | '\u{2219}'
            | '-'
            | '*'
    )
}

/// Whether `head` is a short opening phrase such as "At 5" or "Shortly after 9" (before a clock time).
fn is_opening_phrase(head: &str) -> bool {
    if head.len() > MAX_OPENING_PHRASE {
        return false;
    }
    let mut words = head.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let count = 1 + words.count();
    count <= 5
        && matches!(
            first,
            "At" | "By"
                | "Before"
                | "After"
                | "Until"
                | "From"
                | "Around"
                | "About"
                | "Since"
                | "Shortly"
                | "Just"
                | "Early"
                | "Late"
                | "Till"
        )
}

/// Starts of list items after the first, when the paragraph opens a list ("1.", "a)", "•").
fn list_item_starts(inner: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let Some(first) = inner.chars().next() else {
        return out;
    };
    if is_bullet(first) && first != '-' && first != '*' {
        for (k, c) in inner.char_indices().skip(1) {
            if c == first && inner[..k].ends_with(is_layout_space) {
                out.push(k);
            }
        }
        return out;
    }
    // `- item` and `* item`: only at the start of a line, where a dash inside a sentence never
    // stands, and only with a space after it.
    if matches!(first, '-' | '*') && inner[1..].starts_with(' ') {
        for (k, c) in inner.char_indices().skip(1) {
            let line_start = inner[..k]
                .trim_end_matches([' ', '\t'])
                .ends_with(['\n', '\r']);
            if c == first && line_start && inner[k + 1..].starts_with(' ') {
                out.push(k);
            }
        }
        return out;
    }
    let Some((mut expected, suffix)) = list_marker_at(inner) else {
        return line_item_starts(inner);
    };
    let mut previous_space = false;
    for (k, c) in inner.char_indices() {
        if previous_space && !is_layout_space(c) {
            let rest = &inner[k..];
            if let Some((value, found_suffix)) = list_marker_at(rest) {
                if value == expected + 1 && found_suffix == suffix {
                    out.push(k);
                    expected = value;
                }
            }
        }
        previous_space = is_layout_space(c);
    }
    out
}

/// Starts of list items on their own lines inside a paragraph that opens with text (`The plan
/// has three parts:` over `1. Build homes` and `2. Cut duty`, `Key facts` over `• 3,000 jobs`):
/// a bullet, a dash or star bullet when the line before ends with a colon or another such line
/// follows (a hard-wrapped line may open with a dash), or a numbered marker counting up from 1
/// or `a`.
fn line_item_starts(inner: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut expected: Option<(u32, &str)> = None;
    let mut dash_items = Vec::new();
    for (newline, _) in inner.match_indices('\n') {
        let line = &inner[newline + 1..];
        let k = newline + 1 + (line.len() - line.trim_start_matches([' ', '\t', '\r']).len());
        let rest = &inner[k..];
        let Some(c) = rest.chars().next() else {
            continue;
        };
        if matches!(c, '-' | '*') {
            if rest[1..].starts_with(' ') {
                dash_items.push((k, c));
            }
            continue;
        }
        if is_bullet(c) {
            out.push(k);
            continue;
        }
        let Some((value, suffix)) = list_marker_at(rest) else {
            continue;
        };
        let opens = value == 1 || value == u32::from(b'a');
        let continues = expected.is_some_and(|(last, s)| value == last + 1 && s == suffix);
        if opens || continues {
            out.push(k);
            expected = Some((value, suffix));
        }
    }
    for (n, &(k, bullet)) in dash_items.iter().enumerate() {
        let after_colon = inner[..k].trim_end().ends_with(':');
        let paired = dash_items
            .iter()
            .enumerate()
            .any(|(m, &(_, other))| m != n && other == bullet);
        if after_colon || paired {
            out.push(k);
        }
    }
    if out.is_empty() && dash_items.is_empty() {
        return unbulleted_point_starts(inner);
    }
    out.sort_unstable();
    out
}

/// Most bytes in a line read as a point of an unbulleted list.
const MAX_POINT_LINE: usize = 150;

/// Starts of the lines of an unbulleted list under a line ending in a colon (`The changes are:`
/// over `Route 9 will divert` and `The footbridge stays open`): two or more lines, each opening
/// with a capital or a digit, none longer than [`MAX_POINT_LINE`], and none but the last ending
/// on a function word or a comma, as a hard-wrapped line of prose would. Empty when the lines
/// after the colon are not all such points.
fn unbulleted_point_starts(inner: &str) -> Vec<usize> {
    let mut lines = inner.match_indices('\n').map(|(newline, _)| newline + 1);
    let Some(first) = lines.find(|&k| inner[..k].trim_end().ends_with(':')) else {
        return Vec::new();
    };
    let starts: Vec<usize> = std::iter::once(first)
        .chain(lines)
        .filter(|&k| !inner[k..].trim_start_matches(is_layout_space).is_empty())
        .collect();
    let line_at = |n: usize| {
        let end = starts.get(n + 1).map_or(inner.len(), |&next| next - 1);
        inner[starts[n]..end].trim_matches(is_layout_space)
    };
    let point = |n: usize| {
        let line = line_at(n);
        let opens = line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let last_word = line
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .find(|w| !w.is_empty());
        // A function word as written, in lower case (`May` closing a point is the month).
        let runs_on = n + 1 < starts.len()
            && (line.ends_with(',')
                || last_word.is_some_and(|w| {
                    !w.contains(char::is_uppercase) && function_words::is_function_word(w)
                }));
        opens && line.len() <= MAX_POINT_LINE && !runs_on
    };
    if starts.len() >= 2 && (0..starts.len()).all(point) {
        starts
            .iter()
            .map(|&k| k + (inner[k..].len() - inner[k..].trim_start_matches(is_layout_space).len()))
            .collect()
    } else {
        Vec::new()
    }
}

/// A list marker at the start of `rest`: its ordinal value and its punctuation (`.`, `.)`, `)`),
/// when white space follows it.
fn list_marker_at(rest: &str) -> Option<(u32, &str)> {
    let bytes = rest.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let (value, label_len) = if (1..=3).contains(&digits) {
        (rest[..digits].parse().ok()?, digits)
    } else if bytes.first().is_some_and(|b| b.is_ascii_lowercase()) {
        (u32::from(*bytes.first()?), 1)
    } else {
        return None;
    };
    let after = &rest[label_len..];
    let suffix = [".)", ".", ")"]
        .into_iter()
        .find(|s| after.starts_with(s))?;
    let tail = &after[suffix.len()..];
    tail.starts_with(is_layout_space).then_some((value, suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn full_stop_before_capital_ends_sentence() {
        assert_eq!(split("It rained. We left."), vec!["It rained.", "We left."]);
    }

    #[test]
    fn a_journal_title_cited_in_short_stays_in_its_sentence() {
        assert_eq!(
            split(
                "The trial was reported in the N. Engl. J. Med. on Friday. An older paper in \
                 Proc. Natl. Acad. Sci. found less. The authors agreed."
            ),
            vec![
                "The trial was reported in the N. Engl. J. Med. on Friday.",
                "An older paper in Proc. Natl. Acad. Sci. found less.",
                "The authors agreed."
            ]
        );
        assert_eq!(
            split(
                "A survey in Am. J. Public Health and one in Phys. Rev. Lett. agreed. Both \
                 were cited, as I am. Int. J. Epidemiol. The editors replied."
            ),
            vec![
                "A survey in Am. J. Public Health and one in Phys. Rev. Lett. agreed.",
                "Both were cited, as I am.",
                "Int. J. Epidemiol.",
                "The editors replied."
            ]
        );
        assert_eq!(
            split("Her findings appeared in the Proc. Natl. Acad. Sci. The journal said so."),
            vec![
                "Her findings appeared in the Proc. Natl. Acad. Sci.",
                "The journal said so."
            ]
        );
    }

    #[test]
    fn a_time_zone_after_a_clock_time_ends_the_sentence_it_closes() {
        assert_eq!(
            split("The talks ended at 4 p.m. EST. Reporters waited outside."),
            vec![
                "The talks ended at 4 p.m. EST.",
                "Reporters waited outside."
            ]
        );
        assert_eq!(
            split("The talks ended at 4 p.m. SAST. Reporters waited outside."),
            vec![
                "The talks ended at 4 p.m. SAST.",
                "Reporters waited outside."
            ]
        );
        assert_eq!(
            split("The site, est. 1990, closed."),
            vec!["The site, est. 1990, closed."]
        );
    }

    #[test]
    fn a_quote_its_speaker_introduced_ends_before_the_next_speaker() {
        assert_eq!(
            split("Ruiz asked: “Are we ready?” Feld replied that they were."),
            vec![
                "Ruiz asked: “Are we ready?”",
                "Feld replied that they were."
            ]
        );
        assert_eq!(
            split("He asked \"Why?\" Nobody answered."),
            vec!["He asked \"Why?\"", "Nobody answered."]
        );
        // A quote opening the sentence is attributed after it.
        assert_eq!(
            split("“Are we ready?” asked Ada Quist."),
            vec!["“Are we ready?” asked Ada Quist."]
        );
    }

    #[test]
    fn hyphened_ranks_and_shilling_amounts_do_not_end_a_sentence() {
        assert_eq!(
            split("Lt.-Col. Ivo Dane led the raid. Two men were hurt."),
            vec!["Lt.-Col. Ivo Dane led the raid.", "Two men were hurt."]
        );
        assert_eq!(
            split("Prof. Ada Quist said so. Assoc. Prof. Tom Reyes and Cllr. Ivo Dane agreed."),
            vec![
                "Prof. Ada Quist said so.",
                "Assoc. Prof. Tom Reyes and Cllr. Ivo Dane agreed."
            ]
        );
        assert_eq!(
            split("The county paid Ksh. 2 billion. It was queried."),
            vec!["The county paid Ksh. 2 billion.", "It was queried."]
        );
    }

    #[test]
    fn lower_case_after_mark_continues() {
        assert_eq!(
            split("It was over. and then not."),
            vec!["It was over. and then not."]
        );
        assert_eq!(
            split("“Why now?” she asked."),
            vec!["“Why now?” she asked."]
        );
    }

    #[test]
    fn titles_never_end_sentences() {
        assert_eq!(
            split("Gen. Ortiz and Dr. Lee met."),
            vec!["Gen. Ortiz and Dr. Lee met."]
        );
    }

    #[test]
    fn police_ranks_and_honorifics_never_end_sentences() {
        assert_eq!(
            split("Cst. Ivo Dane and Const. Ada Quist came. Smt. Anna Rao spoke."),
            vec![
                "Cst. Ivo Dane and Const. Ada Quist came.",
                "Smt. Anna Rao spoke."
            ]
        );
    }

    #[test]
    fn a_state_after_a_place_ends_the_sentence_before_a_clause() {
        assert_eq!(
            split("He lived in Brill, Calif. Police said he fled."),
            vec!["He lived in Brill, Calif.", "Police said he fled."]
        );
        assert_eq!(
            split("It began in Brill, D.C. Residents were told."),
            vec!["It began in Brill, D.C.", "Residents were told."]
        );
        // A name, or a noun heading a longer name, carries the sentence on.
        assert_eq!(
            split("He met Brill, Calif. Police Chief Ada Quist there."),
            vec!["He met Brill, Calif. Police Chief Ada Quist there."]
        );
        assert_eq!(
            split("He met Brill, Calif. Tom said so."),
            vec!["He met Brill, Calif. Tom said so."]
        );
        // A state without the place before it is only an abbreviation.
        assert_eq!(
            split("The Calif. Police said so."),
            vec!["The Calif. Police said so."]
        );
    }

    #[test]
    fn initials_stay_inside() {
        assert_eq!(split("Ask J. K. Moss now."), vec!["Ask J. K. Moss now."]);
        assert_eq!(
            split("Ask him and I. They know."),
            vec!["Ask him and I.", "They know."]
        );
    }

    #[test]
    fn acronyms_end_only_before_openers() {
        assert_eq!(
            split("The U.S. Navy sailed."),
            vec!["The U.S. Navy sailed."]
        );
        assert_eq!(
            split("We saw the U.K. The end."),
            vec!["We saw the U.K.", "The end."]
        );
    }

    #[test]
    fn numbers_after_number_abbreviations() {
        assert_eq!(
            split("He lives at No. 7 today."),
            vec!["He lives at No. 7 today."]
        );
        assert_eq!(
            split("It opens Feb. 3 again."),
            vec!["It opens Feb. 3 again."]
        );
    }

    #[test]
    fn clock_times() {
        assert_eq!(
            split("Talks began at 9 a.m. Friday."),
            vec!["Talks began at 9 a.m. Friday."]
        );
        assert_eq!(
            split("Guards were called at 3:40 a.m. Nov. 8, a spokesman said."),
            vec!["Guards were called at 3:40 a.m. Nov. 8, a spokesman said."]
        );
        assert_eq!(
            split("They met at 9 p.m. Rain fell."),
            vec!["They met at 9 p.m.", "Rain fell."]
        );
        assert_eq!(
            split("His 8:40 a.m. Skyline bus was late. He took the 9 p.m. Coastal train home."),
            vec![
                "His 8:40 a.m. Skyline bus was late.",
                "He took the 9 p.m. Coastal train home."
            ]
        );
        assert_eq!(
            split(
                "Monday's 10 a.m. Harbour ferry sailed. The talks ended at 6 p.m. Delegates left."
            ),
            vec![
                "Monday's 10 a.m. Harbour ferry sailed.",
                "The talks ended at 6 p.m.",
                "Delegates left."
            ]
        );
        assert_eq!(
            split("By 6 a.m. Ms. Roe was up."),
            vec!["By 6 a.m. Ms. Roe was up."]
        );
    }

    #[test]
    fn a_dash_after_an_abbreviation_goes_on() {
        assert_eq!(
            split("The coach — hired in Oct. — quit. Fans cheered."),
            vec!["The coach — hired in Oct. — quit.", "Fans cheered."]
        );
        assert_eq!(
            split("It shut at 5 p.m. – early for a Friday."),
            vec!["It shut at 5 p.m. – early for a Friday."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(split("So... We wait."), vec!["So...", "We wait."]);
        assert_eq!(split("So . . . We wait."), vec!["So . . . We wait."]);
        assert_eq!(split("Gone.... Next one."), vec!["Gone....", "Next one."]);
    }

    #[test]
    fn a_short_quote_with_a_stop_inside_runs_on_after_its_comma() {
        for text in [
            "Vell, who captioned the photo \"Done. See you soon\", left on Friday.",
            "Vell, who captioned the photo \u{201c}Done. See you soon,\u{201d} left on Friday.",
        ] {
            assert_eq!(split(text).len(), 1, "{text}");
        }
        // A quote that opens its sentence is speech: its sentences are split as such.
        assert_eq!(split("\"Not then. I was away,\" replied Ms Vell.").len(), 2);
        // A quote closed by a full stop ends the sentence there.
        assert_eq!(
            split("He wrote \"Done. See you soon.\" Then he left.").last(),
            Some(&"Then he left.")
        );
    }

    #[test]
    fn marks_after_closing_quote() {
        assert_eq!(
            split("He said “go.” Then he left."),
            vec!["He said “go.”", "Then he left."]
        );
    }

    #[test]
    fn every_abbreviation_fits_the_packed_table() {
        for list in [
            abbreviations::GENERAL,
            abbreviations::BEFORE_NUMBER,
            abbreviations::CLOCK,
            titles::ABBREVIATED,
        ] {
            assert!(list.iter().all(|w| w.len() <= MAX_ABBREVIATION), "{list:?}");
        }
        assert_eq!(abbreviation_class("MR"), Some(WordBefore::Title));
        assert_eq!(abbreviation_class("P.M"), Some(WordBefore::Clock));
    }

    #[test]
    fn capitalised_attribution_after_quote_continues() {
        assert_eq!(
            split("“We won!” Ms. Roe said. Then she left."),
            vec!["“We won!” Ms. Roe said.", "Then she left."]
        );
        assert_eq!(
            split("“We won.” Roe left early."),
            vec!["“We won.”", "Roe left early."]
        );
    }

    #[test]
    fn lists() {
        assert_eq!(split("1) Red 2) Blue"), vec!["1) Red", "2) Blue"]);
    }

    #[test]
    fn list_lines_after_a_lead_in_are_sentences_with_their_markers() {
        assert_eq!(
            split("The plan has three parts:\n1. Build homes\n2. Cut duty\n3. Reform planning"),
            vec![
                "The plan has three parts:",
                "1. Build homes",
                "2. Cut duty",
                "3. Reform planning"
            ]
        );
        assert_eq!(
            split("Key facts\n• 3,000 jobs will go\n• The plant closes in June"),
            vec![
                "Key facts",
                "• 3,000 jobs will go",
                "• The plant closes in June"
            ]
        );
        assert_eq!(
            split("The plan:\n- Build homes\n- Cut duty"),
            vec!["The plan:", "- Build homes", "- Cut duty"]
        );
        assert_eq!(
            split("Steps were taken:\n- one only"),
            vec!["Steps were taken:", "- one only"]
        );
    }

    #[test]
    fn unbulleted_lines_under_a_colon_are_points_of_their_own() {
        assert_eq!(
            split("The trust named its plans:\nWard 4 reopens in May\nThe car park gets 60 spaces\n2,000 more scans a year"),
            vec![
                "The trust named its plans:",
                "Ward 4 reopens in May",
                "The car park gets 60 spaces",
                "2,000 more scans a year"
            ]
        );
        // Hard-wrapped prose under a colon runs on: a line ending on a function word or a
        // comma, or a line opening in lower case.
        assert_eq!(
            split("Her verdict was blunt:\nThe scheme failed because\nOrlam never paid for it."),
            vec!["Her verdict was blunt:\nThe scheme failed because\nOrlam never paid for it."]
        );
        assert_eq!(
            split("Her verdict was blunt:\nThe scheme failed,\nOrlam said."),
            vec!["Her verdict was blunt:\nThe scheme failed,\nOrlam said."]
        );
        assert_eq!(
            split("The trust named its plans:\nWard 4 reopens in May\nand the car park grows"),
            vec!["The trust named its plans:\nWard 4 reopens in May\nand the car park grows"]
        );
        // One line alone under the colon is no list.
        assert_eq!(
            split("The trust named one plan:\nWard 4 reopens in May"),
            vec!["The trust named one plan:\nWard 4 reopens in May"]
        );
    }

    #[test]
    fn hard_wrapped_lines_opening_with_a_dash_or_figure_go_on() {
        assert_eq!(
            split("The rate rose to\n2. It fell later."),
            vec!["The rate rose to\n2.", "It fell later."]
        );
        assert_eq!(
            split("He left early\n- as he had said he would."),
            vec!["He left early\n- as he had said he would."]
        );
    }

    #[test]
    fn plural_subject_after_an_initialism_starts_a_sentence() {
        assert_eq!(
            split("He was born in the U.S. Officials were not told."),
            vec!["He was born in the U.S.", "Officials were not told."]
        );
        assert_eq!(
            split("Talks resumed in the U.K. Shares rose 5%."),
            vec!["Talks resumed in the U.K.", "Shares rose 5%."]
        );
        assert_eq!(
            split("The U.S. Embassy said so. The U.S. Officials Act passed."),
            vec![
                "The U.S. Embassy said so.",
                "The U.S. Officials Act passed."
            ]
        );
    }

    #[test]
    fn a_country_initialism_ends_a_sentence_before_a_clause() {
        assert_eq!(
            split("The resolution was adopted by the U.N. Russia voted against it."),
            vec![
                "The resolution was adopted by the U.N.",
                "Russia voted against it."
            ]
        );
        assert_eq!(
            split("Sanctions were imposed by the U.S. China said it would retaliate."),
            vec![
                "Sanctions were imposed by the U.S.",
                "China said it would retaliate."
            ]
        );
        for one in [
            "He met the U.S. Embassy said to be closed.",
            "Staff at the U.S. Navy said it was safe.",
            "She said the U.N. Security Council voted.",
            "He flew to the U.S. Ada Quist said so.",
        ] {
            assert_eq!(split(one), vec![one]);
        }
    }

    #[test]
    fn a_clock_time_with_its_place_stays_in_the_sentence() {
        for one in [
            "The call began at 10:30 a.m. Washington time and lasted two hours.",
            "The strike hit at 4 a.m. Kyiv time, officials said.",
            "The vote is at 10 a.m. New York time on Thursday.",
            "The meeting starts at 9 a.m. Eastern Time on Monday.",
            "Polls open at 9 a.m. Eastern.",
        ] {
            assert_eq!(split(one), vec![one]);
        }
        assert_eq!(
            split("He left at 9 a.m. Police arrived later."),
            vec!["He left at 9 a.m.", "Police arrived later."]
        );
    }

    #[test]
    fn an_abbreviated_weekday_after_a_clock_time_stays_in_the_sentence() {
        for one in [
            "The match starts at 8 p.m. Thurs. at the arena.",
            "Doors open at 9 a.m. Sat. and close at noon.",
        ] {
            assert_eq!(split(one), vec![one]);
        }
        assert_eq!(
            split("Polls close at 8 p.m. Wed. Counting starts at once."),
            vec!["Polls close at 8 p.m. Wed.", "Counting starts at once."]
        );
        assert_eq!(
            split("He left at 9 a.m. Sat down later, he rested."),
            vec!["He left at 9 a.m.", "Sat down later, he rested."]
        );
    }

    #[test]
    fn company_suffix_ends_a_sentence_before_a_clause() {
        assert_eq!(
            split("The deal was announced by Acme Corp. Shares rose 5%."),
            vec!["The deal was announced by Acme Corp.", "Shares rose 5%."]
        );
        assert_eq!(
            split("It was bought by Vista Holdings Inc. Analysts expect more."),
            vec![
                "It was bought by Vista Holdings Inc.",
                "Analysts expect more."
            ]
        );
        assert_eq!(
            split("Acme Corp. Chief Executive Ada Quist said so."),
            vec!["Acme Corp. Chief Executive Ada Quist said so."]
        );
        assert_eq!(
            split("Acme Inc. chief executive Ada Quist said so."),
            vec!["Acme Inc. chief executive Ada Quist said so."]
        );
    }

    #[test]
    fn dash_and_star_bullets_split_only_at_line_starts() {
        assert_eq!(
            split("- Schools close at 1pm\n- Buses run at 12.30pm"),
            vec!["- Schools close at 1pm", "- Buses run at 12.30pm"]
        );
        assert_eq!(split("* Red\n  * Blue"), vec!["* Red", "* Blue"]);
        assert_eq!(
            split("- Rain fell - heavily - all day"),
            vec!["- Rain fell - heavily - all day"]
        );
        assert_eq!(
            split("-5 degrees\n- at noon"),
            vec!["-5 degrees\n- at noon"]
        );
    }

    #[test]
    fn an_abbreviated_given_name_before_a_name_ends_no_sentence() {
        assert_eq!(
            split("Envoy Ma. Ilsa Pardo said so. Wm. Orrin Tash agreed."),
            vec!["Envoy Ma. Ilsa Pardo said so.", "Wm. Orrin Tash agreed."]
        );
        assert_eq!(
            split("We thanked Ma. Thanks were due."),
            vec!["We thanked Ma.", "Thanks were due."]
        );
        assert_eq!(
            split("I called Ma. The Pardo family came."),
            vec!["I called Ma.", "The Pardo family came."]
        );
    }

    #[test]
    fn emails_and_decimals() {
        assert_eq!(
            split("Mail x.y@z.org. It costs $2.50 now."),
            vec!["Mail x.y@z.org.", "It costs $2.50 now."]
        );
    }
}
