//! Words and names for attribution: a light tokenizer that knows which marks are quote marks,
//! runs of capitalised words read as names (`US Secretary of State Antony Blinken`, `Mr Blinken`,
//! `Sen. Jane Roe`), and the per-article register of people that maps every mention to the full
//! name as introduced and resolves "he"/"she" to the most recent fitting person.

use std::collections::BTreeMap;

use crate::lexicon::{
    calendar, function_words, given_names, person_titles, pronouns, reporting, sentence_starters,
};
use crate::model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and dots (`don’t`, `U.S`, `so-called`).
    Word,
    /// Any other visible character, including stray quote marks.
    Punct(char),
    /// The opening mark of quote number `n`.
    Open(usize),
    /// The closing mark of quote number `n`.
    Close(usize),
}

/// One token of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// The bytes of the token.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// How many quotes enclose it.
    pub depth: usize,
    /// Index of the paragraph holding it.
    pub paragraph: usize,
}

/// Tokenize the paragraphs; `marks` lists `(offset, is_open, quote index)` sorted by offset.
pub fn tokenize(text: &str, paragraphs: &[Span], marks: &[(usize, bool, usize)]) -> Vec<Token> {
    // News text has about one token in four or five bytes, punctuation included: reserved once
    // rather than grown (and copied) halfway through the article.
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut next_mark = 0;
    let mut depth = 0usize;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let body = paragraph.of(text);
        let bytes = body.as_bytes();
        let mut word_start: Option<usize> = None;
        let mut position = 0;
        let mut prev_alnum = false;
        while let Some(c) = char_at(body, position) {
            let i = position;
            position += c.len_utf8();
            let following = char_at(body, position).map(|n| (position, n));
            let offset = paragraph.start + i;
            if c.is_alphanumeric() {
                if word_start.is_none() {
                    word_start = Some(offset);
                }
                prev_alnum = true;
                // The ASCII letters and digits after it take no decision: the word runs on.
                position += bytes.get(position..).map_or(0, |rest| {
                    rest.iter()
                        .take_while(|b| b.is_ascii_alphanumeric())
                        .count()
                });
                continue;
            }
            while marks.get(next_mark).is_some_and(|m| m.0 < offset) {
                next_mark += 1;
            }
            let mark = marks.get(next_mark).filter(|m| m.0 == offset).copied();
            let joins = mark.is_none()
                && prev_alnum
                && matches!(c, '’' | '\'' | '-' | '.' | '&')
                && following.is_some_and(|(_, n)| n.is_alphanumeric());
            // `the U.N. envoy said`: before a lower-case word the last dot of an acronym ends
            // no sentence and belongs to the word.
            let acronym_dot = c == '.'
                && prev_alnum
                && following.is_some_and(|(_, n)| n == ' ')
                && body
                    .get(i + 2..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_lowercase)
                && word_start.is_some_and(|s| {
                    offset - s <= MAX_ACRONYM_BYTES
                        && text.get(s..offset).and_then(undotted_acronym).is_some()
                });
            // `Kumar a/l Rajan`, `s/o`, `d/o`: a slash between two single lower-case letters
            // joins them into one word (a patronymic connector).
            let letter_pair = c == '/'
                && word_start.is_some_and(|s| {
                    text.get(s..offset)
                        .is_some_and(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_lowercase()))
                })
                && following.is_some_and(|(_, n)| n.is_ascii_lowercase())
                && !body
                    .get(i + 2..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(char::is_alphanumeric);
            // `said Which?'s Ada Quist`, `of Yahoo!, the firm`: a `?` or `!` right after a word
            // and right before `'s` or a comma ends nothing; it belongs to the name.
            let bang_in_name = mark.is_none()
                && prev_alnum
                && matches!(c, '?' | '!')
                && match following {
                    Some((_, ',')) => true,
                    Some((k, '\'' | '\u{2019}')) => {
                        let mut after = body.get(k..).unwrap_or("").chars().skip(1);
                        after.next() == Some('s')
                            && !after.next().is_some_and(char::is_alphanumeric)
                    }
                    _ => false,
                };
            prev_alnum = bang_in_name;
            if (joins || acronym_dot || letter_pair || bang_in_name) && word_start.is_some() {
                continue;
            }
            if let Some(start) = word_start.take() {
                tokens.push(Token {
                    span: Span::new(start, offset),
                    kind: TokenKind::Word,
                    depth,
                    paragraph: index,
                });
            }
            if c.is_whitespace() {
                continue;
            }
            let span = Span::new(offset, offset + c.len_utf8());
            match mark {
                Some((_, true, q)) => {
                    tokens.push(Token {
                        span,
                        kind: TokenKind::Open(q),
                        depth,
                        paragraph: index,
                    });
                    depth += 1;
                }
                Some((_, false, q)) => {
                    depth = depth.saturating_sub(1);
                    tokens.push(Token {
                        span,
                        kind: TokenKind::Close(q),
                        depth,
                        paragraph: index,
                    });
                }
                None => tokens.push(Token {
                    span,
                    kind: TokenKind::Punct(c),
                    depth,
                    paragraph: index,
                }),
            }
        }
        if let Some(start) = word_start.take() {
            tokens.push(Token {
                span: Span::new(start, paragraph.end),
                kind: TokenKind::Word,
                depth,
                paragraph: index,
            });
        }
        // A quote left open closes where its paragraph ends: an empty closing token there.
        while marks.get(next_mark).is_some_and(|m| m.0 < paragraph.end) {
            next_mark += 1;
        }
        while let Some(&(_, false, q)) = marks.get(next_mark).filter(|m| m.0 == paragraph.end) {
            next_mark += 1;
            depth = depth.saturating_sub(1);
            tokens.push(Token {
                span: Span::new(paragraph.end, paragraph.end),
                kind: TokenKind::Close(q),
                depth,
                paragraph: index,
            });
        }
    }
    tokens
}

/// The character starting at byte `at` of `body`, if one does (ASCII read without decoding).
fn char_at(body: &str, at: usize) -> Option<char> {
    match body.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => body.get(at..)?.chars().next(),
        None => None,
    }
}

/// Lower-case form of a word without a trailing dot.
pub fn lower(word: &str) -> Lowered<'_> {
    let word = word.trim_end_matches('.');
    if !word.is_ascii() {
        return Lowered::Long(word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lowered::Same(word);
    }
    match arrayvec::ArrayString::<SHORT_WORD>::from(word) {
        Ok(mut short) => {
            short.make_ascii_lowercase();
            Lowered::Short(short)
        }
        Err(_) => Lowered::Long(word.to_ascii_lowercase()),
    }
}

/// A letter without its diacritics, lower case, handed to `push`: a letter that decomposes loses its marks
/// (`ū` → `u`, `ó` → `o`, `ệ` → `e`), and the letters that do not decompose are read as the
/// letter they are written for (`ł` → `l`, `ø` → `o`, `ı` → `i`, `đ` → `d`). Other characters are
/// lowered and otherwise kept; `ß` and `æ` stay as they are.
pub fn fold_letter(c: char, mut push: impl FnMut(char)) {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        for d in d.to_lowercase() {
            push(match d {
                'ı' => 'i',
                'ø' => 'o',
                'ł' => 'l',
                'đ' | 'ð' => 'd',
                'ħ' => 'h',
                'ŧ' => 't',
                d => d,
            });
        }
    });
}

/// A name in lower case with its diacritics folded ([`fold_letter`]): `Aroha Pūtake` and
/// `aroha putake`, `Zbigniew Łęcki` and `zbigniew lecki` fold alike.
pub fn fold_diacritics(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        fold_letter(c, |d| out.push(d));
    }
    out
}

/// Most letters of an all-caps word read as an acronym when it opens a paragraph (`NATO`,
/// `GMB`), unless it is a given name.
const MAX_DROP_CAP_ACRONYM: usize = 4;

/// The word name-cased (`Erik`) when `word`, opening a paragraph before the capitalised `next`,
/// is a drop cap: a tabloid sets a story's first word in capitals (`EDWIN Okafor crashed …`).
/// Only a known given name or a word longer than an acronym counts (`NATO Secretary-General`,
/// `GMB Scotland` stay as written).
pub fn drop_cap(word: &str, next: &str) -> Option<String> {
    let letters = word.chars().count();
    let all_caps = letters >= 2 && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    let mut rest = next.chars();
    let next_titled = rest.next().is_some_and(char::is_uppercase) && rest.any(char::is_lowercase);
    if !all_caps || !next_titled {
        return None;
    }
    let lowered = word.to_lowercase();
    let given = crate::word_set!(given_names::MALE).contains(lowered.as_str())
        || crate::word_set!(given_names::FEMALE).contains(lowered.as_str());
    if !given && letters <= MAX_DROP_CAP_ACRONYM {
        return None;
    }
    let mut chars = lowered.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Whether token `i` opens its paragraph.
fn opens_paragraph(tokens: &[Token], i: usize) -> bool {
    i == 0 || tokens.get(i - 1).map(|t| t.paragraph) != tokens.get(i).map(|t| t.paragraph)
}

/// Longest word [`lower`] keeps on the stack.
const SHORT_WORD: usize = 24;

/// A word in lower case ([`lower`]): borrowed when it already is, on the stack when it is short
/// ASCII, so that looking most words up in a lexicon allocates nothing.
#[derive(Debug, Clone)]
pub enum Lowered<'w> {
    /// The word was lower case already.
    Same(&'w str),
    /// A short ASCII word lowered, held inline (read back without checking its bytes again).
    Short(arrayvec::ArrayString<SHORT_WORD>),
    /// Any other word lowered.
    Long(String),
}

impl Lowered<'_> {
    /// The lower-case word.
    pub fn as_str(&self) -> &str {
        match self {
            Lowered::Same(word) => word,
            Lowered::Short(short) => short.as_str(),
            Lowered::Long(word) => word,
        }
    }
}

fn word_at<'t>(text: &'t str, tokens: &[Token], i: usize) -> Option<&'t str> {
    let t = tokens.get(i)?;
    (t.kind == TokenKind::Word).then(|| t.span.of(text))
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word that may stand in a name: capitalised, or a lower-case particle hyphened to a
/// capitalised word (`al-Jaber`, `el-Sisi`).
fn is_name_word(word: &str) -> bool {
    is_capitalised(word)
        || word.split_once('-').is_some_and(|(particle, rest)| {
            crate::word_set!(person_titles::HYPHENED_PARTICLES).contains(particle)
                && is_capitalised(rest)
        })
}

/// Whether a party label opens at token `i` (`Democrat of Ohio`, `Republican of New Avalon`):
/// the label of a lawmaker set off after the name, no person.
fn party_label_at(text: &str, tokens: &[Token], i: usize) -> bool {
    word_at(text, tokens, i)
        .is_some_and(|w| crate::word_set!(person_titles::PARTY_WORDS).contains(lower(w).as_str()))
        && word_at(text, tokens, i + 1) == Some("of")
}

/// Whether the word is a person title (`Mr`, `president`, `Sen`); a short title written in
/// capitals is an acronym instead (`RT`, `DR Congo`, `SEC`).
pub fn is_title(word: &str) -> bool {
    let lowered = lower(word);
    let lowered = lowered.as_str();
    let acronym = word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && person_titles::MIXED_CASE_TITLES.contains(&lowered);
    !acronym && crate::word_set!(person_titles::TITLE_WORDS).contains(lowered)
        || crate::word_set!(person_titles::PORTFOLIO_WORDS).contains(lowered)
        // `Mother-of-two Jane Roe`, `father-of-three`, `Mum-of-one` (a hyphen is looked for
        // first: most words have none, and a substring search is costly to set up).
        || lowered.contains('-') && lowered.split_once("-of-").is_some_and(|(head, _)| {
            crate::word_set!(person_titles::FAMILY_NOUNS).contains(head)
                || crate::word_set!(person_titles::INFORMAL_KIN_NOUNS).contains(head)
        })
}

/// Whether the lower-case `word` only modifies a title (`foreign`, `deputy`, `affairs`): it
/// does not make the name after it titled on its own.
fn is_title_modifier(word: &str) -> bool {
    crate::word_set!(person_titles::TITLE_MODIFIERS).contains(word)
        || crate::word_set!(person_titles::PORTFOLIO_WORDS).contains(word)
}

/// A lower-case particle inside a name at token `i`; `of` only after a title (`Secretary of
/// State`) or a single capitalised word (`Bank of England`), never after a full name.
fn particle_at(text: &str, tokens: &[Token], i: usize) -> bool {
    match word_at(text, tokens, i) {
        Some("of") => {
            // The word before that single word may be a capital that opens a sentence ("The
            // Bank of England said").
            let single = |before: usize| {
                !name_like(text, tokens, before)
                    || word_at(text, tokens, before).is_some_and(|w| {
                        crate::word_set!(person_titles::NON_NAME_CAPITALS)
                            .contains(lower(w).as_str())
                    })
            };
            i > 0
                && (word_at(text, tokens, i - 1).is_some_and(is_title)
                    || body_head_before(text, tokens, i)
                    || (name_like(text, tokens, i - 1) && (i < 2 || single(i - 2))))
        }
        // `the Department of the Interior`, `Friends of the Earth`: "the" after that "of", when
        // the word before it heads the name of a body; `the Society for the Protection of Birds`:
        // the same after a body's "for".
        // `Ambassador to the United Nations Ada Quist`, `Chancellor of the Duchy Ada Quist`:
        // "the" after a title's "to", "for" or "of".
        Some("the") => {
            i > 1
                && matches!(word_at(text, tokens, i - 1), Some("to" | "for" | "of"))
                && word_at(text, tokens, i - 2).is_some_and(|w| is_capitalised(w) && is_title(w))
                || i > 1
                    && word_at(text, tokens, i - 1) == Some("of")
                    && particle_at(text, tokens, i - 1)
                    && word_at(text, tokens, i - 2).is_some_and(|w| {
                        let head = lower(w);
                        is_capitalised(w)
                            && (is_organisation_noun(head.as_str())
                                || crate::word_set!(person_titles::BODY_HEADS_BEFORE_OF_THE)
                                    .contains(head.as_str()))
                    })
                || i > 1
                    && word_at(text, tokens, i - 1) == Some("for")
                    && body_head_before(text, tokens, i - 1)
        }
        // `Minister for Foreign Affairs Penny Wong`: a portfolio after a title; `the Office for
        // National Statistics`: a body's remit.
        // `MP for Leeds North`: the seat a member holds is no part of a name.
        Some("for") => {
            i > 0
                && !word_at(text, tokens, i - 1).is_some_and(|w| {
                    crate::word_set!(person_titles::SEAT_TITLES).contains(lower(w).as_str())
                })
                && (word_at(text, tokens, i - 1).is_some_and(is_title)
                    || body_head_before(text, tokens, i))
        }
        // `the Council on Foreign Relations`: a body's remit after its head word; a day or a
        // month after "on" is when (`the Council on Monday`).
        Some("on") => {
            body_head_before(text, tokens, i)
                && word_at(text, tokens, i + 1).is_some_and(|w| {
                    is_capitalised(w)
                        && !calendar::WEEKDAYS.contains(&w)
                        && !calendar::MONTHS.iter().any(|&(m, _)| m == w)
                })
        }
        // `Ambassador to NATO Ada Quist`: the body or place an envoy is sent to.
        Some("to") => {
            i > 0
                && word_at(text, tokens, i - 1).is_some_and(|w| is_capitalised(w) && is_title(w))
                && word_at(text, tokens, i + 1).is_some_and(|w| is_capitalised(w) || w == "the")
        }
        Some(word) => is_particle(word),
        None => false,
    }
}

/// Whether the word before the "of" or "for" at token `i` is a capitalised word that heads
/// the name of a body (`Reserve Bank of Australia`, `Institute for Fiscal Studies`): the
/// name goes on past it, where after a person's name it would not (`Jane Doe of Acme`).
fn body_head_before(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && word_at(text, tokens, i - 1)
            .is_some_and(|w| is_capitalised(w) && is_organisation_noun(lower(w).as_str()))
}

fn is_particle(word: &str) -> bool {
    crate::word_set!(person_titles::NAME_PARTICLES).contains(word)
}

fn is_abbreviation(word: &str) -> bool {
    word.contains('.')
        || (word.chars().count() == 1 && is_capitalised(word))
        || person_titles::is_abbreviated_name_word(lower(word).as_str())
        || crate::lexicon::abbreviations::GIVEN_NAMES
            .binary_search(&word)
            .is_ok()
}

/// Whether token `i` may stand inside a name run.
fn name_like(text: &str, tokens: &[Token], i: usize) -> bool {
    word_at(text, tokens, i).is_some_and(is_name_word) && past_ranking(text, tokens, i).is_none()
}

/// Whether token `i` opens a sentence: first in its paragraph or after a full stop, `!` or `?`.
pub fn opens_sentence(tokens: &[Token], i: usize) -> bool {
    i == 0
        || tokens[i - 1].paragraph != tokens[i].paragraph
        || matches!(tokens[i - 1].kind, TokenKind::Punct('.' | '!' | '?'))
}

/// `According to Ann Lee, the talks failed.`: whether the name from token `run.0` to `run.1`
/// is the source a sentence opens with, set off by a comma; the person is its subject as if
/// they had said it.
fn fronted_source(text: &str, tokens: &[Token], run: (usize, usize)) -> bool {
    let (first, last) = run;
    tokens.get(last + 1).map(|t| t.kind) == Some(TokenKind::Punct(','))
        && first >= 2
        && word_at(text, tokens, first - 1) == Some("to")
        && word_at(text, tokens, first - 2) == Some("According")
        && opens_sentence(tokens, first - 2)
}

/// `For first-time buyer Ann Lee, the cut helps.`: whether the name from token `run.0` to
/// `run.1` ends a phrase opening its sentence with "For" and set off by a comma, so that the
/// sentence is about that person; or is the source it opens with ([`fronted_source`]).
fn fronted_topic(text: &str, tokens: &[Token], run: (usize, usize)) -> bool {
    let (first, last) = run;
    if tokens.get(last + 1).map(|t| t.kind) != Some(TokenKind::Punct(',')) {
        return false;
    }
    if fronted_source(text, tokens, run) {
        return true;
    }
    (0..=MAX_ROLE_BEFORE_NAME + 1)
        .map_while(|k| first.checked_sub(k + 1))
        .take_while(|&k| word_at(text, tokens, k).is_some())
        .any(|k| word_at(text, tokens, k) == Some("For") && opens_sentence(tokens, k))
}

/// `The Rovers lost, and Ivo Dane was sent off.`: whether the name from token `run.0` to
/// `run.1` opens a clause joined by ", and" or ", but" as the subject of the lower-case verb
/// after it. Not the last of a list of people (`Ann Lee, Tom Roe, and Ivo Dane were there`).
fn opens_coordinate_clause(text: &str, tokens: &[Token], (first, last): (usize, usize)) -> bool {
    let Some(comma) = first.checked_sub(2) else {
        return false;
    };
    let joined = tokens[comma].kind == TokenKind::Punct(',')
        && tokens[comma].paragraph == tokens[first].paragraph
        && matches!(word_at(text, tokens, first - 1), Some("and" | "but"));
    let verb_after = word_at(text, tokens, last + 1)
        .is_some_and(|w| w.chars().all(char::is_lowercase) && !function_words::is_function_word(w));
    let listed_person = comma
        .checked_sub(1)
        .and_then(|end| run_ending_at(text, tokens, end))
        .and_then(|start| word_at(text, tokens, start))
        .is_some_and(is_given_name);
    joined && verb_after && !listed_person
}

/// `Among the winners was 17-year-old Ivo Dane, who …`: whether the full name from token
/// `run.0` to `run.1` is introduced after a form of "to be" (past an age such as
/// `17-year-old`) and then described by a clause opening with "who", so that the sentence
/// presents that person and a pronoun after it most likely means them.
fn introduced_after_copula(text: &str, tokens: &[Token], (first, last): (usize, usize)) -> bool {
    let described_by_who = last > first
        && tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokenKind::Punct(','))
        && word_at(text, tokens, last + 2) == Some("who");
    if !described_by_who {
        return false;
    }
    let Some(mut before) = tokens
        .get(first)
        .and_then(|t| text.get(..t.span.start))
        .map(str::trim_end)
    else {
        return false;
    };
    if let Some(rest) = before.strip_suffix("-year-old") {
        let unaged = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        if unaged.len() == rest.len() {
            return false;
        }
        before = unaged.trim_end();
    }
    before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| matches!(w, "is" | "are" | "was" | "were"))
}

/// Most words of a role (`Danish opposition leader`) that may open a sentence before a name.
const MAX_ROLE_BEFORE_NAME: usize = 4;

/// `Opposition leader Ivo Dane was unmoved.`: whether the words from the start of the sentence
/// to the name at token `start` are a short role ending in a lower-case title word (or a noun
/// for a man or a woman), so that the name is the sentence's subject.
fn role_opens_sentence_before(text: &str, tokens: &[Token], start: usize) -> bool {
    let Some(role_end) = start.checked_sub(1) else {
        return false;
    };
    // `Local man Ivo Dane was walking home`: a noun for a man or a woman heads the role too.
    let title_word = word_at(text, tokens, role_end).is_some_and(|w| {
        w.chars().all(char::is_lowercase)
            && (crate::word_set!(person_titles::TITLE_WORDS).contains(w)
                || (!matches!(w, "men" | "women")
                    && (crate::word_set!(person_titles::MALE_NOUNS).contains(w)
                        || crate::word_set!(person_titles::FEMALE_NOUNS).contains(w))))
    });
    if !title_word {
        return false;
    }
    (0..MAX_ROLE_BEFORE_NAME)
        .map_while(|k| role_end.checked_sub(k))
        .take_while(|&k| word_at(text, tokens, k).is_some())
        .any(|k| opens_sentence(tokens, k))
}

/// `Labour's Ada Quist intervened.`, `Leeds's Ivo Dane scored.`: whether the name at token
/// `start` comes right after a capitalised owner's possessive that opens its sentence, so that
/// the name is the sentence's subject.
fn owner_opens_sentence_before(text: &str, tokens: &[Token], start: usize) -> bool {
    start.checked_sub(1).is_some_and(|owner| {
        opens_sentence(tokens, owner)
            && word_at(text, tokens, owner).is_some_and(|w| {
                w.starts_with(char::is_uppercase) && strip_possessive(w).len() < w.len()
            })
    })
}

/// `No 1`, `No. 3` at token `i` (a ranking, as in "the world No 2"): the token after the number.
pub fn past_ranking(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if word_at(text, tokens, i)? != "No" {
        return None;
    }
    let number = if tokens.get(i + 1)?.kind == TokenKind::Punct('.') {
        i + 2
    } else {
        i + 1
    };
    word_at(text, tokens, number)?
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(number + 1)
}

/// A dot token that belongs to an abbreviation inside a run (`Mr.`, `Sen.`, `U.S.`).
fn inner_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Punct('.'))
        && i > 0
        && word_at(text, tokens, i - 1).is_some_and(is_abbreviation)
        && name_part_at(text, tokens, i + 1)
}

/// Whether the dot token `dot` closes an abbreviated title that a hyphen joins to another title
/// (`Lt.-Col.`, `Maj.-Gen.`), all written without spaces.
fn hyphened_rank(text: &str, tokens: &[Token], dot: usize) -> bool {
    let joined = |a: usize| {
        tokens
            .get(a)
            .zip(tokens.get(a + 1))
            .is_some_and(|(x, y)| x.span.end == y.span.start)
    };
    dot > 0
        && tokens
            .get(dot)
            .is_some_and(|t| t.kind == TokenKind::Punct('.'))
        && tokens
            .get(dot + 1)
            .is_some_and(|t| t.kind == TokenKind::Punct('-'))
        && joined(dot - 1)
        && joined(dot)
        && joined(dot + 1)
        && word_at(text, tokens, dot - 1)
            .is_some_and(|w| person_titles::is_abbreviated_name_word(lower(w).as_str()))
        && word_at(text, tokens, dot + 2).is_some_and(is_title)
}

/// Whether a name goes on at token `i`: a name word, or particles before one (`von der Leyen`).
fn name_part_at(text: &str, tokens: &[Token], i: usize) -> bool {
    let particles = (0..MAX_PARTICLES)
        .take_while(|&k| particle_at(text, tokens, i + k))
        .count();
    name_like(text, tokens, i + particles)
}

/// The run of name tokens that ends at token `end` (inclusive): start index, or None.
pub fn run_ending_at(text: &str, tokens: &[Token], end: usize) -> Option<usize> {
    if !name_like(text, tokens, end) {
        return None;
    }
    let paragraph = tokens.get(end)?.paragraph;
    let mut start = end;
    let mut steps = 0;
    while start > 0 && steps < 10 {
        let i = start - 1;
        if tokens[i].paragraph != paragraph || possessive_before_person(text, tokens, i) {
            break;
        }
        if name_like(text, tokens, i) || inner_dot(text, tokens, i) {
            start = i;
        } else if i >= 1 && possessive_inside_body_name(text, tokens, i) {
            start = i - 1;
        } else if i >= 2 && hyphened_rank(text, tokens, i - 1) {
            start = i - 2;
        } else if i >= 3 && nickname_at(text, tokens, i - 2) {
            start = i - 3;
        } else {
            // Particles between two parts of a name ("Ursula von der Leyen").
            let particles = (0..MAX_PARTICLES)
                .take_while(|&k| k <= i && particle_at(text, tokens, i - k))
                .count();
            match i.checked_sub(particles) {
                Some(before) if particles > 0 && name_like(text, tokens, before) => start = before,
                _ => {
                    // `van der Kolk said`: particles opening a surname used alone.
                    start = (0..particles)
                        .rev()
                        .find(|&k| {
                            tokens[i - k].paragraph == paragraph
                                && leading_particle_at(text, tokens, i - k)
                        })
                        .map_or(start, |k| i - k);
                    break;
                }
            }
        }
        steps += 1;
    }
    trim_run_start(text, tokens, start, end)
}

/// `the Elm Growers’ Association`, `the Vale Patients' Forum`: whether token `i` is the
/// apostrophe of a plural possessive, written straight after a capitalised word in "s" and
/// followed by a capitalised word naming a kind of body. The body's name runs on across it; a
/// possessive before anything else (`the Rovers’ new ground`) ends the name.
fn possessive_inside_body_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(mark) = tokens.get(i) else {
        return false;
    };
    if !matches!(mark.kind, TokenKind::Punct('’' | '\'')) || i == 0 {
        return false;
    }
    let attached_plural = tokens[i - 1].span.end == mark.span.start
        && tokens[i - 1].paragraph == mark.paragraph
        && word_at(text, tokens, i - 1).is_some_and(|w| is_capitalised(w) && w.ends_with('s'));
    attached_plural
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.paragraph == mark.paragraph)
        && word_at(text, tokens, i + 1).is_some_and(|w| {
            is_capitalised(w)
                && crate::word_set!(reporting::ORGANISATION_WORDS).contains(lower(w).as_str())
        })
}

/// Whether token `i` is a lower-case particle that may open a surname used alone (`van` in
/// `van der Kolk`, `de` in `de Klerk`).
fn leading_particle_at(text: &str, tokens: &[Token], i: usize) -> bool {
    word_at(text, tokens, i)
        .is_some_and(|w| crate::word_set!(person_titles::LEADING_NAME_PARTICLES).contains(w))
}

/// Most particles in a row inside a name ("von der", "de la").
const MAX_PARTICLES: usize = 2;

/// Most tokens of a clause set off by commas between an unnamed speaker's noun and its cue
/// (`one owner, who asked not to be named for fear of harassment, said`).
const MAX_SET_OFF_CLAUSE: usize = 40;

/// Most words of a description set off after a name that are read for a person's noun (`, a
/// 34-year-old teacher in Kharkiv,`).
const MAX_DESCRIPTION: usize = 6;

/// Most lower-case modifiers between a determiner and its noun (`one local store owner`).
const MAX_MODIFIERS: usize = 2;

/// The run of name tokens that starts at token `start`: end index (inclusive), or None.
pub fn run_starting_at(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    // `van der Kolk`, `de Klerk`: particles may open a surname used alone.
    let particle_led =
        leading_particle_at(text, tokens, start) && name_part_at(text, tokens, start);
    if !name_like(text, tokens, start) && !particle_led {
        return None;
    }
    let paragraph = tokens.get(start)?.paragraph;
    let mut end = start;
    let mut steps = 0;
    while end + 1 < tokens.len() && steps < 10 {
        let i = end + 1;
        if tokens[i].paragraph != paragraph
            || possessive_before_person(text, tokens, end)
            || person_possessive_at(text, tokens, start, end)
        {
            break;
        }
        if name_like(text, tokens, i) {
            end = i;
        } else if possessive_inside_body_name(text, tokens, i) {
            end = i + 1;
        } else if nickname_at(text, tokens, i) {
            end = i + 3;
        } else if inner_dot(text, tokens, i) || hyphened_rank(text, tokens, i) {
            end = i + 1;
        } else if name_part_at(text, tokens, i) {
            end = i;
        } else {
            // `Minister for Culture and Youth Ada Quist`: a list of portfolios runs on to the
            // holder's name.
            end = portfolio_list_end(text, tokens, start, end).unwrap_or(end);
            break;
        }
        steps += 1;
    }
    trim_run_start(text, tokens, start, end).map(|_| end)
}

/// Whether the run `start..=end` is a person's name ending in a possessive (`Chancellor Ada
/// Quist's Budget`, `Ada Quist's Plan`): led by a common given name, or by a title with two
/// more words. The name ends there; what the person owns is no part of it. A body named with a
/// possessive (`Moody's Investors`, `St John's Wood`) goes on.
fn person_possessive_at(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let possessive =
        word_at(text, tokens, end).is_some_and(|w| strip_possessive(w).len() < w.len());
    let first = word_at(text, tokens, start).unwrap_or_default();
    possessive
        && end > start
        && (given_name_gender(first).is_some() || (is_title(first) && end >= start + 2))
}

/// Whether token `i` opens a nickname inside a name (`Thomas “Tommy” Reilly`): a double mark
/// that made no quote, one capitalised word and the closing mark, with name words on both
/// sides.
fn nickname_at(text: &str, tokens: &[Token], i: usize) -> bool {
    let mark = |k: usize, marks: &[char]| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct(c) if marks.contains(&c)))
    };
    i > 0
        && mark(i, &['“', '"', '„'])
        && word_at(text, tokens, i + 1).is_some_and(is_capitalised)
        && mark(i + 2, &['”', '"'])
        && name_like(text, tokens, i - 1)
        && name_like(text, tokens, i + 3)
}

/// Whether token `i` is a possessive that a person's name follows (`Britain's Tom Harris`,
/// `Harwood Capital's Dr Rachel Kim`): a title or a common given name after it. The
/// person's name is a run of its own; a business named with a possessive (`Moody's Investors
/// Service`) stays whole.
///
/// An acronym's possessive before exactly two capitalised words that name no body
/// (`CNN's Christiane Amanpour`, `NPR's Ari Lund`) counts too: outlets introduce their
/// reporters so.
fn possessive_before_person(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(owner) = word_at(text, tokens, i).filter(|w| strip_possessive(w).len() < w.len())
    else {
        return false;
    };
    let capitalised_name_word = |k: usize| {
        word_at(text, tokens, k).is_some_and(|w| {
            w.starts_with(char::is_uppercase) && !is_organisation_noun(&w.to_lowercase())
        })
    };
    let acronym = strip_possessive(owner);
    let reporter = (2..=6).contains(&acronym.len())
        && acronym.chars().all(|c| c.is_ascii_uppercase())
        && capitalised_name_word(i + 1)
        && capitalised_name_word(i + 2)
        && !capitalised_name_word(i + 3)
        && !word_at(text, tokens, i + 3).is_some_and(|w| w.starts_with(char::is_uppercase));
    // `Al Jazeera's Robin Vale reported`: any capitalised owner before two name words that a
    // reporting verb follows.
    let named_reporter = owner.starts_with(char::is_uppercase)
        && capitalised_name_word(i + 1)
        && capitalised_name_word(i + 2)
        && word_at(text, tokens, i + 3)
            .is_some_and(|w| crate::word_set!(reporting::CUE_WORDS).contains(w));
    // `Civic Union's Mira Hollis`, `said Fianna Fail's Ada Quist`: any capitalised owner before
    // exactly two name words, when the text writes the second alone elsewhere (`Hollis said`)
    // or a reporting verb introduces the owner: a given name and a surname, though the given
    // name is not a common one.
    let full_name = owner.starts_with(char::is_uppercase)
        && capitalised_name_word(i + 1)
        && capitalised_name_word(i + 2)
        && word_at(text, tokens, i + 1).is_some_and(|w| !is_title(w))
        && !word_at(text, tokens, i + 3).is_some_and(|w| w.starts_with(char::is_uppercase))
        && (surname_alone_elsewhere(text, tokens, i + 2) || cue_before_owner(text, tokens, i));
    reporter
        || named_reporter
        || full_name
        || word_at(text, tokens, i + 1)
            .is_some_and(|next| is_title(next) || given_name_gender(next).is_some())
}

/// Whether the word at token `surname` stands alone elsewhere in the text, not after the word
/// before it here (`Hollis said` after `Mira Hollis`): a surname the story uses by itself.
fn surname_alone_elsewhere(text: &str, tokens: &[Token], surname: usize) -> bool {
    let (Some(word), Some(given)) = (
        word_at(text, tokens, surname),
        surname
            .checked_sub(1)
            .and_then(|g| word_at(text, tokens, g)),
    ) else {
        return false;
    };
    (0..tokens.len()).any(|k| {
        k != surname
            && word_at(text, tokens, k).is_some_and(|w| strip_possessive(w) == word)
            && k.checked_sub(1)
                .is_none_or(|g| word_at(text, tokens, g) != Some(given))
    })
}

/// Whether a reporting verb comes right before the capitalised words that end in the owner's
/// possessive at token `owner` (`said Fianna Fail's …`).
fn cue_before_owner(text: &str, tokens: &[Token], owner: usize) -> bool {
    let mut k = owner;
    for _ in 0..MAX_OWNER_WORDS {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        match word_at(text, tokens, before) {
            Some(w) if w.starts_with(char::is_uppercase) => k = before,
            Some(w) => return crate::word_set!(reporting::CUE_WORDS).contains(w),
            None => return false,
        }
    }
    false
}

/// Whether the name opening at token `first` is the object of a verb through a lower-case role
/// noun (`signed striker Ivo Dane`, `to play midfielder Ivo Dane`): the verb is in the past
/// (`-ed` or one of the past verbs taking a person) or in its base form after a modal or `to`,
/// and no article, possessive or adverb makes that past form describe the role (`the newly
/// signed striker Ivo Dane`).
fn role_object_before(text: &str, tokens: &[Token], first: usize) -> bool {
    let (Some(role), Some(verb)) = (first.checked_sub(1), first.checked_sub(2)) else {
        return false;
    };
    let same_paragraph = tokens[verb].paragraph == tokens[first].paragraph;
    let is_role = word_at(text, tokens, role)
        .is_some_and(|w| w.chars().all(char::is_lowercase) && is_title(w));
    let Some(verb_word) = word_at(text, tokens, verb) else {
        return false;
    };
    let before = verb.checked_sub(1).and_then(|k| word_at(text, tokens, k));
    let past = (verb_word.len() > 3 && verb_word.ends_with("ed"))
        || crate::word_set!(function_words::PAST_VERBS_TAKING_A_PERSON).contains(verb_word);
    let describes_role = before.is_some_and(|w| {
        let w = lower(w);
        crate::word_set!(crate::lexicon::function_words::ARTICLES).contains(w.as_str())
            || crate::word_set!(reporting::POSSESSIVE_DETERMINERS).contains(w.as_str())
            || w.as_str().ends_with("ly")
    });
    let base =
        before.is_some_and(|w| w == "to" || crate::word_set!(reporting::MODAL_VERBS).contains(w));
    same_paragraph
        && is_role
        && verb_word.chars().all(char::is_lowercase)
        && !is_title(verb_word)
        && ((past && !describes_role) || base)
}

/// Whether the name opening at token `first` is the object of a preposition (`played for
/// Ada Quist since 2019`, `a pass from Ivo Dane in the tenth minute`): whatever verb comes
/// later in the clause is not that name's.
fn object_of_preposition(text: &str, tokens: &[Token], first: usize) -> bool {
    first
        .checked_sub(1)
        .filter(|&k| tokens[k].paragraph == tokens[first].paragraph)
        .and_then(|k| word_at(text, tokens, k))
        .is_some_and(|w| {
            matches!(
                w,
                "for" | "with" | "against" | "of" | "at" | "on" | "by" | "about"
            ) || crate::word_set!(function_words::PLACE_PREPOSITIONS).contains(w)
        })
}

/// Most tokens of a relative clause set off by commas read back from a name inside it.
const MAX_SET_OFF_RELATIVE: usize = 12;

/// Whether the name opening at token `first` stands inside a relative clause set off by a
/// comma (`Ann Lee, who represents Ferrowby, said`): the cue after the clause's closing comma
/// is the subject's before the clause, not that name's.
fn ends_set_off_relative_clause(text: &str, tokens: &[Token], first: usize) -> bool {
    let paragraph = tokens[first].paragraph;
    (first.saturating_sub(MAX_SET_OFF_RELATIVE)..first)
        .rev()
        .take_while(|&k| tokens[k].paragraph == paragraph && tokens[k].kind == TokenKind::Word)
        .find(|&k| {
            word_at(text, tokens, k)
                .is_some_and(|w| crate::word_set!(function_words::RELATIVE_PRONOUNS).contains(w))
        })
        .is_some_and(|k| k > 0 && tokens[k - 1].kind == TokenKind::Punct(','))
}

/// Most capitalised words of an owner's name before its possessive (`Fianna Fail's`).
const MAX_OWNER_WORDS: usize = 4;

/// Most tokens of a list of places fronting a sentence before the name after it.
const MAX_FRONTED_PLACE_LIST: usize = 12;

/// `In Avalon, Brill and Dunmere Ivo Dane said`: a run opening with the last place of a list that
/// a place preposition opens the sentence with, closed by a full name of two words whose first is
/// a common given name. The token of that given name, where the person's name starts.
fn fronted_place_list_name(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
) -> Option<usize> {
    let given = end.checked_sub(1).filter(|&g| g > start)?;
    let joined = start
        .checked_sub(1)
        .and_then(|k| word_at(text, tokens, k))
        .is_some_and(|w| w == "and" || w == "or");
    let places = (start..given)
        .all(|k| word_at(text, tokens, k).is_some_and(|w| is_capitalised(w) && !is_title(w)));
    if !joined || !places || !word_at(text, tokens, given).is_some_and(is_given_name) {
        return None;
    }
    let paragraph = tokens[start].paragraph;
    let mut items = 0;
    for k in (start.saturating_sub(MAX_FRONTED_PLACE_LIST)..start - 1).rev() {
        if tokens[k].paragraph != paragraph {
            return None;
        }
        match word_at(text, tokens, k) {
            Some(w) if is_capitalised(w) => {
                let lowered = lower(w);
                if crate::word_set!(function_words::PLACE_PREPOSITIONS).contains(lowered.as_str()) {
                    return (items > 0 && opens_sentence(tokens, k)).then_some(given);
                }
                items += 1;
            }
            None if tokens[k].kind == TokenKind::Punct(',') => {}
            _ => return None,
        }
    }
    None
}

/// Drop sentence-opening capitals (`But`, `The`, `On`) from the front of a run.
fn trim_run_start(text: &str, tokens: &[Token], mut start: usize, end: usize) -> Option<usize> {
    if let Some(given) = fronted_place_list_name(text, tokens, start, end) {
        start = given;
    }
    while start <= end {
        let word = word_at(text, tokens, start).unwrap_or(".");
        // `U.N.`, `U.S.` are the acronyms `UN`, `US`.
        let undotted = undotted_acronym(word);
        let word = undotted.as_deref().unwrap_or(word);
        let lowered = lower(word);
        // `the UN said`, `the EU`: an acronym alone is the body's name; before more of a run
        // (`US Secretary of State`) it only describes it.
        let lone_acronym =
            start == end && word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
        // `Dutchman Henrik Vos`, `Pal Kerry Walsh`: a noun describing the person before a full
        // name of at least two words.
        let descriptor = end >= start + 2
            && crate::word_set!(person_titles::DESCRIPTORS_BEFORE_FULL_NAME)
                .contains(lowered.as_str());
        // `Cork-born Ivo Dane`, `Lagos-based Dane`: where the person is from or works.
        let place_tie = end > start
            && person_titles::PLACE_TIE_SUFFIXES.iter().any(|suffix| {
                lowered.as_str().len() > suffix.len() && lowered.as_str().ends_with(suffix)
            });
        if (crate::word_set!(person_titles::NON_NAME_CAPITALS).contains(lowered.as_str())
            && !lone_acronym)
            || descriptor
            || place_tie
            || nation_before_full_name(text, tokens, start, end)
            || tokens[start].kind != TokenKind::Word
        {
            start += 1;
        } else {
            break;
        }
    }
    (start <= end).then_some(start)
}

/// Whether the word at token `start` is an adjective or noun of nation or party before a full
/// name of exactly two words ending the run at `end` (`German Lena Morel`, `Democrat Ivo
/// Dane`): it describes the person. Not before a body's name (`German Football Association`,
/// `the Irish Red Cross`): two name words, the first a common given name (or, after a party,
/// the second a surname the story uses alone), neither a word of a body or of a place, and no
/// article before the adjective.
fn nation_before_full_name(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let Some(word) = word_at(text, tokens, start) else {
        return false;
    };
    if end != start + 2 {
        return false;
    }
    let lowered = lower(word);
    // `Democrat Mara Quint`, `Green Ivo Dane`: a member of a party.
    let party = crate::word_set!(person_titles::PARTY_MEMBER_NOUNS).contains(lowered.as_str());
    let nation = party
        || crate::word_set!(person_titles::PERSON_DESCRIPTORS).contains(lowered.as_str())
        || crate::word_set!(person_titles::NATIONALITY_ADJECTIVES).contains(lowered.as_str());
    if !nation {
        return false;
    }
    let after_article = start
        .checked_sub(1)
        .and_then(|k| word_at(text, tokens, k))
        .is_some_and(|w| {
            crate::word_set!(crate::lexicon::function_words::ARTICLES).contains(lower(w).as_str())
        });
    !is_title(word)
        && !after_article
        && (word_at(text, tokens, start + 1).is_some_and(|w| given_name_gender(w).is_some())
            || party && surname_alone_elsewhere(text, tokens, end))
        && (start + 1..=end).all(|k| {
            tokens[k].kind == TokenKind::Word
                && word_at(text, tokens, k).is_some_and(|w| {
                    let l = lower(strip_possessive(w));
                    is_name_word(w)
                        && w.chars().skip(1).any(char::is_lowercase)
                        && !crate::word_set!(reporting::ORGANISATION_WORDS).contains(l.as_str())
                        && !crate::word_set!(person_titles::NON_NAME_CAPITALS).contains(l.as_str())
                        && !is_title(w)
                })
        })
}

/// Longest acronym written with dots that the tokenizer looks at (`U.S.S.R`).
const MAX_ACRONYM_BYTES: usize = 12;

/// A word of single capitals joined by dots (`U.N`, `U.S`, `E.U`) without its dots, if it is
/// one.
pub fn undotted_acronym(word: &str) -> Option<String> {
    let core = word.trim_end_matches('.');
    // Most words have no dot inside and are no such acronym: ruled out before splitting.
    if word.len() > MAX_ACRONYM_BYTES + 1 || !core.contains('.') {
        return None;
    }
    let letters: Vec<&str> = core.split('.').collect();
    (letters.len() >= 2
        && letters
            .iter()
            .all(|l| l.len() == 1 && l.chars().all(|c| c.is_ascii_uppercase())))
    .then(|| letters.concat())
}

/// Gender implied by a title or pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// He.
    Male,
    /// She.
    Female,
    /// Not known.
    Unknown,
}

/// A run of capitalised words read as a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRun {
    /// First and last token (inclusive), title included.
    pub tokens: (usize, usize),
    /// The name without its title, as written (`Antony Blinken`, `Blinken`).
    pub name: String,
    /// How many words the name has.
    pub name_words: usize,
    /// Lower-case last word of the name, without a possessive `’s`.
    pub key: String,
    /// Led by a person title.
    pub titled: bool,
    /// Contains a word that marks an organisation or place.
    pub organisation: bool,
    /// Gender from the title.
    pub gender: Gender,
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

/// Read tokens `start..=end` as a name.
pub fn read_run(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<NameRun> {
    let run_end = end;
    let mut last_title = None;
    let mut gender = Gender::Unknown;
    let mut organisation_at = None;
    // A run of titles alone ("Prime Minister") names nobody.
    let only_titles = (start..=end)
        .all(|i| word_at(text, tokens, i).is_none_or(|w| is_title(w) || is_particle(w)));
    if only_titles {
        return None;
    }
    for i in start..=end {
        if let Some(word) = word_at(text, tokens, i) {
            let lowered = lower(strip_possessive(word));
            // `the Council for Trade and Development`: a portfolio after a link word inside
            // a body's name is part of that name, no title.
            let in_body_name = organisation_at.is_some()
                && i > start
                && matches!(
                    word_at(text, tokens, i - 1),
                    Some("for" | "and" | "of" | "on")
                );
            // A title word ending the run is a surname ("John Major", "Stephen King").
            if (is_title(word) || titles_in_run(text, tokens, i, end)) && i < end && !in_body_name {
                last_title = Some(i);
                if crate::word_set!(person_titles::MALE_TITLES).contains(lowered.as_str()) {
                    gender = Gender::Male;
                } else if crate::word_set!(person_titles::FEMALE_TITLES).contains(lowered.as_str())
                {
                    gender = Gender::Female;
                }
            }
            if crate::word_set!(reporting::ORGANISATION_WORDS).contains(lowered.as_str()) {
                organisation_at = Some(i);
            }
            // `Ivo Dane and Sons`, `Roe & Brothers`: a family firm's word closing the run
            // after "and" or "&".
            let joined = i > start
                && tokens
                    .get(i - 1)
                    .is_some_and(|t| matches!(t.span.of(text), "and" | "&"));
            if i == end
                && joined
                && crate::word_set!(reporting::FAMILY_FIRM_WORDS).contains(lowered.as_str())
            {
                organisation_at = Some(i);
            }
            // `Members of Acme Union`, `Supporters of the club`: people who belong to a body
            // are no one person.
            if i == start
                && word_at(text, tokens, i + 1) == Some("of")
                && crate::word_set!(person_titles::GROUP_MEMBER_PLURALS).contains(lowered.as_str())
            {
                organisation_at = Some(i);
            }
        }
    }
    let name_start = last_title.map_or(start, |t| t + 1);
    // `Age UK`, `Greenpeace US`: a name closed by a country's acronym is a body's.
    let national_branch = end > name_start
        && word_at(text, tokens, end).is_some_and(|w| {
            let w = strip_possessive(w);
            w.chars().all(|c| c.is_ascii_uppercase())
                && crate::word_set!(person_titles::NON_NAME_CAPITALS)
                    .contains(w.to_lowercase().as_str())
        });
    // `the rector of St Oswin's`: a saint in the possessive closing the run is a church or
    // school named after them.
    let saint_place = last_title.is_some_and(|t| {
        t + 1 == end
            && word_at(text, tokens, t).is_some_and(|w| {
                crate::word_set!(person_titles::SAINT_TITLES).contains(lower(w).as_str())
            })
            && word_at(text, tokens, end).is_some_and(|w| strip_possessive(w).len() < w.len())
    });
    let organisation = organisation_at.is_some_and(|o| o >= name_start)
        || national_branch
        || saint_place
        || (last_title.is_none() && plural_after_the(text, tokens, start, end));
    // `Jane Doe KC`, `John Roe MBE`: honours after the surname are no part of the name.
    let mut name_end = end;
    while name_end > name_start
        && word_at(text, tokens, name_end).is_some_and(|w| {
            crate::word_set!(person_titles::POST_NOMINALS).contains(strip_possessive(w))
        })
    {
        name_end -= 1;
    }
    let end = name_end;
    // `Thomas “Tommy” Reilly`: the nickname is no word of the name.
    let nickname = (name_start..end).find(|&i| nickname_at(text, tokens, i));
    let words: Vec<&str> = (name_start..=end)
        .filter(|&i| nickname.is_none_or(|n| i != n + 1))
        .filter_map(|i| word_at(text, tokens, i))
        .collect();
    let first_name_word =
        (name_start..=end).find(|&i| word_at(text, tokens, i).is_some_and(is_name_word))?;
    // `van der Kolk`, `Ms. von der Leyen`: particles opening the surname stay in the name.
    let first_name_word = (name_start..first_name_word)
        .find(|&k| {
            leading_particle_at(text, tokens, k)
                && (k..first_name_word)
                    .all(|m| word_at(text, tokens, m).is_some_and(|w| w != "of" && is_particle(w)))
        })
        .unwrap_or(first_name_word);
    let surname_index = words.iter().rposition(|w| {
        !crate::word_set!(person_titles::NAME_SUFFIXES).contains(lower(w).as_str())
    })?;
    let last_word = words[surname_index];
    let final_word = *words.last()?;
    let possessive_len = final_word.len() - strip_possessive(final_word).len();
    let name_span = Span::new(
        tokens[first_name_word].span.start,
        tokens[end].span.end - possessive_len,
    );
    let name = match nickname {
        Some(n) if tokens[n].span.start > name_span.start => {
            let given = Span::new(name_span.start, tokens[n].span.start).of(text);
            let rest = Span::new(tokens[n + 2].span.end, name_span.end).of(text);
            format!("{} {}", given.trim_end(), rest.trim_start())
        }
        _ => name_span.of(text).to_string(),
    };
    // `EDWIN Okafor` opening a tabloid's story is Edwin Okafor.
    let first_word = tokens[first_name_word].span.of(text);
    let name = match word_at(text, tokens, first_name_word + 1)
        .filter(|_| first_name_word < end && opens_paragraph(tokens, first_name_word))
        .and_then(|next| drop_cap(first_word, next))
    {
        Some(cased) => match name.strip_prefix(first_word) {
            Some(rest) => format!("{cased}{rest}"),
            None => name,
        },
        None => name,
    };
    Some(NameRun {
        tokens: (start, run_end),
        name,
        name_words: words.len(),
        key: strip_possessive(last_word).to_lowercase(),
        titled: last_title.is_some(),
        organisation,
        gender,
    })
}

/// `the Avalon Harriers`, `The Rovers`: an untitled run after a definite article, closed by a
/// capitalised plural, names a team, band or family, never one person.
fn plural_after_the(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let the = match word_at(text, tokens, start) {
        Some(w) if w.eq_ignore_ascii_case("the") => true,
        _ => start
            .checked_sub(1)
            .filter(|&k| tokens[k].paragraph == tokens[start].paragraph)
            .and_then(|k| word_at(text, tokens, k))
            .is_some_and(|w| w.eq_ignore_ascii_case("the")),
    };
    the && word_at(text, tokens, end).is_some_and(|w| {
        let w = strip_possessive(w);
        w.len() >= 4
            && w.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
            && w.chars().skip(1).all(char::is_lowercase)
    })
}

/// Whether the word at token `i` of a run ending at `end` is a title only there: a sport
/// position that is also an ordinary word before a full name (`Lock Ivo Dane`), a noun for a
/// person before a full name opening a sentence (`Retiree Ivo Dane`), a body after
/// "of" in a title (`Superintendent of Police Ivo Dane`), or the one- or two-word place or body
/// of an office before a full name (`Mayor of Avalon Ada Quist`, `Mayor of New Avalon Ada
/// Quist`).
fn titles_in_run(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let Some(word) = word_at(text, tokens, i) else {
        return false;
    };
    let lowered = lower(word);
    let full_name_after =
        end >= i + 2 && (i + 1..=end).all(|k| word_at(text, tokens, k).is_some_and(is_name_word));
    let role = full_name_after
        && crate::word_set!(person_titles::ROLES_BEFORE_FULL_NAME).contains(lowered.as_str());
    // `Retiree Ivo Dane, 71, said`: a noun for a person heading a full name that opens the
    // sentence describes the person named.
    let descriptor = full_name_after
        && opens_sentence(tokens, i)
        && crate::word_set!(person_titles::PEOPLE_NOUNS_OPENING_SENTENCE)
            .contains(lowered.as_str());
    let body = i >= 2
        && crate::word_set!(person_titles::TITLE_BODIES_AFTER_OF).contains(lowered.as_str())
        && word_at(text, tokens, i - 1) == Some("of")
        && word_at(text, tokens, i - 2).is_some_and(is_title);
    // `Envoy for Avalon Ada Quist`, `Ambassador to the Union Ada Quist`: the place or body
    // of an office whose link word ends at token `k`.
    let after_office_link = |k: usize| {
        let link = |at: usize| matches!(word_at(text, tokens, at), Some("of" | "for" | "to"));
        // `a spokesman for the Harrow Valley Line`: one who speaks for a body holds no office
        // over a place, and the body's name runs on whole.
        let titled = |at: usize| {
            word_at(text, tokens, at).is_some_and(|w| {
                is_title(w)
                    && !crate::word_set!(reporting::UNNAMED_PERSON_NOUNS)
                        .contains(lower(w).as_str())
            })
        };
        (k >= 1 && link(k) && titled(k - 1))
            || (k >= 2 && word_at(text, tokens, k) == Some("the") && link(k - 1) && titled(k - 2))
    };
    let place = i >= 2
        && end >= i + 2
        && is_capitalised(word)
        && after_office_link(i - 1)
        && (i + 1..=end).all(|k| word_at(text, tokens, k).is_some_and(is_name_word));
    // `Mayor of New York Ada Quist`: the second word of a two-word place.
    let second_place_word = i >= 3
        && end >= i + 2
        && is_capitalised(word)
        && word_at(text, tokens, i - 1).is_some_and(is_capitalised)
        && after_office_link(i - 2)
        && (i + 1..=end).all(|k| word_at(text, tokens, k).is_some_and(is_name_word));
    role || descriptor || body || place || second_place_word || last_portfolio(text, tokens, i, end)
}

/// Whether `word` is a common given name, in any case.
fn is_given_name(word: &str) -> bool {
    let lowered = lower(word);
    crate::word_set!(given_names::MALE).contains(lowered.as_str())
        || crate::word_set!(given_names::FEMALE).contains(lowered.as_str())
}

/// Most tokens between an office's "for" or "of" and the last of a list of portfolios.
const MAX_PORTFOLIO_LIST: usize = 12;

/// `Minister for Culture, Sport and Youth Ada Quist`, `Secretary for Health and Social Care
/// Ada Quist`: whether the capitalised word at token `i`, before a full name running to `end`,
/// closes a list of portfolios joined by commas and "and" after an office's "for" or "of".
/// The last portfolio may have several words; a common given name is never one of them.
fn last_portfolio(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let full_name_after =
        end >= i + 2 && (i + 1..=end).all(|k| word_at(text, tokens, k).is_some_and(is_name_word));
    if !full_name_after
        || !word_at(text, tokens, i).is_some_and(|w| is_capitalised(w) && !is_given_name(w))
        || i < 3
    {
        return false;
    }
    let paragraph = tokens[i].paragraph;
    let mut k = i - 1;
    let mut joined = false;
    for _ in 0..MAX_PORTFOLIO_LIST {
        if tokens[k].paragraph != paragraph {
            return false;
        }
        match word_at(text, tokens, k) {
            Some("for" | "of") => {
                return joined && k > 0 && word_at(text, tokens, k - 1).is_some_and(is_title)
            }
            Some("and") => joined = true,
            // A given name in the list is a person's, no portfolio (`Ann Lee and Tom Roe`).
            Some(w) if is_capitalised(w) && !is_given_name(w) => {}
            Some(_) => return false,
            None if tokens[k].kind == TokenKind::Punct(',') => {}
            None => return false,
        }
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        k = before;
    }
    false
}

/// For a name run from `start` to `end` that holds an office's "for" or "of" (`Minister for
/// Culture`), the end of the holder's name after the rest of a list of portfolios joined by
/// commas and "and" (`… and Youth Ada Quist`), when one follows.
pub fn portfolio_list_end(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let office = (start + 1..=end).any(|k| {
        matches!(word_at(text, tokens, k), Some("for" | "of"))
            && word_at(text, tokens, k - 1).is_some_and(is_title)
    });
    if !office {
        return None;
    }
    let paragraph = tokens.get(end)?.paragraph;
    for k in end + 1..end + 1 + MAX_PORTFOLIO_LIST {
        let token = tokens.get(k)?;
        if token.paragraph != paragraph {
            return None;
        }
        match word_at(text, tokens, k) {
            Some("and") => {
                let last = run_starting_at(text, tokens, k + 1)?;
                return (k + 1..last)
                    .any(|p| last_portfolio(text, tokens, p, last))
                    .then_some(last);
            }
            Some(w) if is_capitalised(w) && !is_given_name(w) => {}
            None if token.kind == TokenKind::Punct(',') => {}
            _ => return None,
        }
    }
    None
}

/// One mention of a person in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMention {
    /// Byte offset of the mention.
    pub offset: usize,
    /// Lower-case surname.
    pub key: String,
    /// Gender, when a title says.
    pub gender: Gender,
    /// The gender a common given name suggests (`Maya Roth`), when nothing gave one: it only
    /// rules the mention out for a pronoun of the other gender.
    pub likely_gender: Gender,
    /// Whether the mention is the subject of a cue or opens its sentence.
    pub subject: bool,
    /// The name written out in full here, which stands for itself (two people may share a
    /// surname: "Michael Doe" after "Mary Doe").
    pub full_name: Option<String>,
}

/// The people of one article: full names by surname and every mention in order.
#[derive(Debug, Clone, Default)]
pub struct Register {
    full_names: BTreeMap<String, String>,
    short_names: BTreeMap<String, String>,
    /// A word of one person's full name other than the surname ("xi" of "Xi Jinping"), with
    /// that person's key: a mention by that word alone is the person.
    given_names: BTreeMap<String, String>,
    genders: BTreeMap<String, Gender>,
    mentions: Vec<PersonMention>,
}

/// Skip an appositive `, 35,` or `, the mayor,` starting at token `i` (a comma): the index after
/// its closing comma, or `i` when there is none.
pub fn skip_appositive(text: &str, tokens: &[Token], i: usize) -> usize {
    if tokens.get(i).map(|t| t.kind) != Some(TokenKind::Punct(',')) {
        return i;
    }
    let first_ok = word_at(text, tokens, i + 1).is_some_and(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    });
    if !first_ok {
        return i;
    }
    (i + 2..(i + 12).min(tokens.len()))
        .find(|&k| tokens[k].kind == TokenKind::Punct(','))
        .map_or(i, |k| k + 1)
}

/// Whether a reporting cue follows token `after` (past an appositive and auxiliaries).
fn cue_follows(text: &str, tokens: &[Token], after: usize) -> bool {
    let comma_then_cue = tokens.get(after).map(|t| t.kind) == Some(TokenKind::Punct(','))
        && word_at(text, tokens, after + 1)
            .is_some_and(|w| crate::word_set!(reporting::CUE_WORDS).contains(w));
    if comma_then_cue {
        return true;
    }
    let mut i = skip_appositive(text, tokens, after);
    for _ in 0..4 {
        match word_at(text, tokens, i) {
            Some(w) if crate::word_set!(reporting::CUE_WORDS).contains(w) => return true,
            Some(w)
                if crate::word_set!(reporting::CUE_AUXILIARIES).contains(w)
                    || is_adverb_like(w) =>
            {
                i += 1
            }
            _ => return false,
        }
    }
    false
}

/// The last token of an affiliation after the name run ending at `end` (`of Kenyon College`,
/// `from the Acme Institute`), or `end` when none follows: what comes after it is what the
/// person does (`Ruth Feldman of Kenyon College said`).
fn past_affiliation(text: &str, tokens: &[Token], end: usize) -> usize {
    if !matches!(word_at(text, tokens, end + 1), Some("of" | "from" | "at")) {
        return end;
    }
    let start = if word_at(text, tokens, end + 2) == Some("the") {
        end + 3
    } else {
        end + 2
    };
    run_starting_at(text, tokens, start).unwrap_or(end)
}

/// Whether the run is the subject of a cue written before it that closes the clause (`…,”
/// says Greaves, sitting…`, `said Jane Doe.`, `said Jane Doe of Oxfam.`).
fn inverted_cue_before(text: &str, tokens: &[Token], (start, end): (usize, usize)) -> bool {
    let end = past_affiliation(text, tokens, end);
    let cue = start
        .checked_sub(1)
        .and_then(|before| word_at(text, tokens, before))
        .is_some_and(reporting::is_invertible_cue);
    let closes = match tokens.get(end + 1) {
        None => true,
        Some(next) => {
            next.paragraph != tokens[end].paragraph
                || matches!(next.kind, TokenKind::Punct(',' | '.' | ';'))
        }
    };
    cue && closes
}

/// Whether the cue just before the run starting at token `first` directly follows the close of
/// a quote (`“…,” said Jane Doe`, `“…”, said Jane Doe`): its name speaks rather than being
/// spoken to (`told Jane Doe.`).
fn cue_closes_a_quote(tokens: &[Token], first: usize) -> bool {
    let Some(cue) = first.checked_sub(1) else {
        return false;
    };
    let is_close = |k: usize| matches!(tokens.get(k).map(|t| t.kind), Some(TokenKind::Close(_)));
    match cue.checked_sub(1) {
        Some(k) if is_close(k) => true,
        Some(k) if tokens[k].kind == TokenKind::Punct(',') => {
            k.checked_sub(1).is_some_and(is_close)
        }
        _ => false,
    }
}

/// Offsets of unnamed speakers (`his brother, 34, told`, `the source said`): a pronoun after
/// them refers to them, not to a named person further back.
fn unnamed_speakers(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if token.depth != 0 || i < 2 {
            continue;
        }
        let Some(word) = word_at(text, tokens, i) else {
            continue;
        };
        if !crate::word_set!(reporting::CUE_WORDS).contains(word) {
            continue;
        }
        // `before the result was declared`: in the passive the subject is not the one who
        // speaks.
        let passive = (word.ends_with("ed") || word == "told")
            && word_at(text, tokens, i - 1)
                .is_some_and(|w| crate::word_set!(reporting::FORMS_OF_BE).contains(w));
        if passive {
            continue;
        }
        let mut j = i - 1;
        while j > 0
            && word_at(text, tokens, j)
                .is_some_and(|w| crate::word_set!(reporting::CUE_AUXILIARIES).contains(w))
        {
            j -= 1;
        }
        if tokens[j].kind == TokenKind::Punct(',') && j >= 3 {
            // `his brother, 34, told`, `one owner, who asked not to be named for fear of
            // harassment, said`: step back over the appositive or the `who` clause.
            let mut k = j - 1;
            while k > j.saturating_sub(MAX_SET_OFF_CLAUSE)
                && tokens[k].kind != TokenKind::Punct(',')
            {
                k -= 1;
            }
            let who = word_at(text, tokens, k + 1) == Some("who");
            // `“…a senseless act,” he said, adding`: a comma inside the quote sets off nothing
            // of the cue's subject.
            if tokens[k].kind == TokenKind::Punct(',')
                && tokens[k].depth == 0
                && k > 0
                && (who || j - k <= 8)
            {
                j = k - 1;
            }
        }
        // `a store owner in Wichita`: the place after the noun.
        if let Some(place_start) = run_ending_at(text, tokens, j) {
            if place_start >= 2
                && word_at(text, tokens, place_start - 1)
                    .is_some_and(|w| matches!(w, "in" | "from" | "at" | "near"))
            {
                j = place_start - 2;
            }
        }
        let noun = word_at(text, tokens, j)
            .filter(|w| is_modifier(w))
            .filter(|_| tokens[j].depth == 0);
        // The determiner may stand before a few lower-case modifiers (`one store owner`).
        let det = (j.saturating_sub(MAX_MODIFIERS + 1)..j)
            .rev()
            .map_while(|d| word_at(text, tokens, d))
            .take_while(|w| is_determiner(w) || is_modifier(w))
            .find(|w| is_determiner(w));
        // `the president insisted`: an office holder named before, not someone new.
        let office_holder = det.is_some_and(|d| d.eq_ignore_ascii_case("the"))
            && noun.is_some_and(|n| crate::word_set!(person_titles::OFFICE_HOLDERS).contains(n));
        // `the team reported`: a body, which no `he` or `she` after it stands for.
        if noun.is_some_and(|n| {
            !pronouns_or_relatives(n) && !n.ends_with('s') && !is_organisation_noun(n)
        }) && det.is_some()
            && !office_holder
        {
            out.push(tokens[j].span.start);
        }
    }
    out
}

/// Whether `word`, in any case, is a determiner opening a noun phrase (`the`, `One`).
fn is_determiner(word: &str) -> bool {
    crate::word_set!(reporting::DETERMINERS).contains(lower(word).as_str())
}

/// Whether `word` may stand between a determiner and its noun: a lower-case content word
/// (`store`, `local`), not a function word (`the courts and even predicted` is no noun phrase).
fn is_modifier(word: &str) -> bool {
    word.chars().all(char::is_lowercase)
        && !crate::word_set!(function_words::FUNCTION_WORDS).contains(word)
}

/// What the words just before a name say about it: a gendered noun (`her son`, `one of the
/// women,`) and whether a lower-case title precedes it (`chief executive Jane Doe`).
fn context_before(text: &str, tokens: &[Token], start: usize) -> (Gender, bool) {
    let Some(mut i) = start.checked_sub(1) else {
        return (Gender::Unknown, false);
    };
    let titled = word_at(text, tokens, i)
        .is_some_and(|w| w.chars().all(char::is_lowercase) && is_title(w) && !is_title_modifier(w));
    if tokens[i].kind == TokenKind::Punct(',') && i > 0 {
        i -= 1;
    }
    // A word token never ends with a full stop, so `lower` is its plain lower case.
    let gender = word_at(text, tokens, i)
        .and_then(|w| noun_gender(lower(w).as_str()))
        .unwrap_or(Gender::Unknown);
    (gender, titled)
}

/// The gender a lower-case noun for a person gives (`son`, `woman`, `mother`), if any.
pub(crate) fn noun_gender(lowered: &str) -> Option<Gender> {
    if crate::word_set!(person_titles::MALE_NOUNS).contains(lowered) {
        Some(Gender::Male)
    } else if crate::word_set!(person_titles::FEMALE_NOUNS).contains(lowered) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender the first word of a full name has as a common given name (`Maya Roth`), if any.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    let first = name.split_whitespace().next()?.to_lowercase();
    if crate::word_set!(given_names::MALE).contains(first.as_str()) {
        Some(Gender::Male)
    } else if crate::word_set!(given_names::FEMALE).contains(first.as_str()) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether the lower-case `word` names a kind of business or body (`company`, `carrier`).
pub fn is_organisation_noun(word: &str) -> bool {
    crate::word_set!(reporting::ORGANISATION_NOUNS).contains(word)
        || crate::word_set!(reporting::ORGANISATION_WORDS).contains(word)
}

/// A name set off by commas that describe a person: `Jane Doe, 35,` or `the mayor, Jane Doe,`.
fn introduced_in_commas(text: &str, tokens: &[Token], (start, end): (usize, usize)) -> bool {
    let comma = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct(','))
    };
    let age_follows = comma(end + 1)
        && word_at(text, tokens, end + 2).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        && comma(end + 3);
    // `the company, Meridian Logistics,` sets off a business, not a person.
    // `The bill's sponsor, state senator Ada Quist,`: a lower-case role may lead the name.
    let start = role_led_in_commas(text, tokens, start);
    let after_noun = start >= 2
        && comma(start - 1)
        && comma(end + 1)
        && word_at(text, tokens, start - 2)
            .is_some_and(|w| w.chars().all(char::is_lowercase) && !is_organisation_noun(w));
    age_follows || after_noun
}

/// `The plan's sponsor, state senator Ada Quist, defended it.`: where the lower-case role
/// (at most [`MAX_ROLE_BEFORE_NAME`] words, the last a title word) leading the name at token
/// `start` begins when a comma comes right before it; `start` itself otherwise.
fn role_led_in_commas(text: &str, tokens: &[Token], start: usize) -> usize {
    let lower_word = |k: usize| {
        word_at(text, tokens, k).is_some_and(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-') && !function_words::is_function_word(w)
        })
    };
    let title_before = start.checked_sub(1).is_some_and(|k| {
        lower_word(k)
            && word_at(text, tokens, k)
                .is_some_and(|w| crate::word_set!(person_titles::TITLE_WORDS).contains(w))
    });
    if !title_before {
        return start;
    }
    (1..=MAX_ROLE_BEFORE_NAME)
        .map_while(|back| start.checked_sub(back))
        .take_while(|&k| lower_word(k))
        .find(|&k| {
            k.checked_sub(1)
                .and_then(|c| tokens.get(c))
                .is_some_and(|t| t.kind == TokenKind::Punct(','))
        })
        .unwrap_or(start)
}

/// Most tokens read back from a name set off by commas to the opening of its sentence.
const MAX_SET_OFF_OBJECT: usize = 16;

/// `She is survived by her son, a daughter, Ann,`, `She met with her sister, Ann,`: whether the
/// name at token `start`, set off after a description in a phrase (perhaps a list) led by "by"
/// or "with", is the object of a sentence opened by a pronoun of the name's own gender. That
/// pronoun's person is the one the story is about, and a pronoun after it goes on meaning them,
/// not the person named in passing (after `He is survived by his wife, Ann,` "she" may be Ann).
fn object_of_a_pronoun_subject(text: &str, tokens: &[Token], start: usize, gender: Gender) -> bool {
    let pronoun = match gender {
        Gender::Male => crate::word_set!(pronouns::MALE),
        Gender::Female => crate::word_set!(pronouns::FEMALE),
        Gender::Unknown => return false,
    };
    let paragraph = tokens[start].paragraph;
    let mut led = false;
    for k in (start.saturating_sub(MAX_SET_OFF_OBJECT)..start.saturating_sub(1)).rev() {
        if tokens[k].paragraph != paragraph {
            return false;
        }
        match word_at(text, tokens, k) {
            Some("by" | "with") => led = true,
            Some(w) if opens_sentence(tokens, k) => {
                return led && pronoun.contains(lower(w).as_str());
            }
            Some(w) if w.chars().all(char::is_lowercase) => {}
            None if !led && tokens[k].kind == TokenKind::Punct(',') => {}
            _ => return false,
        }
    }
    false
}

/// `Ivo Dane, first elected in 2001, lost`: whether an aside set off by commas follows token
/// `end` and a lower-case word that is no function word comes after its closing comma.
fn verb_after_aside(text: &str, tokens: &[Token], end: usize) -> bool {
    let Some(last) = tokens.get(end) else {
        return false;
    };
    if tokens.get(end + 1).map(|t| t.kind) != Some(TokenKind::Punct(',')) {
        return false;
    }
    let close = (end + 2..(end + 2 + MAX_SET_OFF_CLAUSE).min(tokens.len()))
        .take_while(|&k| {
            tokens[k].paragraph == last.paragraph
                && tokens[k].depth == last.depth
                && !matches!(
                    tokens[k].kind,
                    TokenKind::Punct('.' | '!' | '?' | ';' | ':')
                        | TokenKind::Open(_)
                        | TokenKind::Close(_)
                )
        })
        .find(|&k| tokens[k].kind == TokenKind::Punct(','));
    close.is_some_and(|c| {
        c > end + 2
            && word_at(text, tokens, c + 1).is_some_and(|w| {
                w.chars().all(char::is_lowercase) && !function_words::is_function_word(w)
            })
    })
}

/// Most words of the description opening a sentence before the name set off after it (`The
/// deputy mayor, Jane Doe,`).
const MAX_SUBJECT_DESCRIPTION: usize = 4;

/// Whether the name run is the subject of its sentence, set off after a description of a person
/// that opens the sentence (`The mayor, Jane Doe, disagreed.`): a pronoun opening the next
/// sentence may give its gender, as for a name opening the sentence.
fn set_off_subject(text: &str, tokens: &[Token], run: (usize, usize)) -> bool {
    let start = role_led_in_commas(text, tokens, run.0);
    if start < 3 || !introduced_in_commas(text, tokens, run) {
        return false;
    }
    let noun_end = start - 2;
    (noun_end.saturating_sub(MAX_SUBJECT_DESCRIPTION - 1)..noun_end).any(|k| {
        opens_sentence(tokens, k) && (k..=noun_end).all(|t| word_at(text, tokens, t).is_some())
    })
}

/// Whether the run ending at token `end` is set off by a description of a person after it
/// (`Olena Kovalenko, a 34-year-old teacher in Kharkiv,`, `Jane Doe, a mother of three,`, `Ali
/// Reza, the father of a pilot,`), and the gender the description gives.
fn described_after(text: &str, tokens: &[Token], end: usize) -> Option<Gender> {
    let comma = tokens
        .get(end + 1)
        .is_some_and(|t| t.kind == TokenKind::Punct(','));
    let definite = match word_at(text, tokens, end + 2) {
        Some("a" | "an") if comma => false,
        Some("the") if comma => true,
        _ => return None,
    };
    let mut person = None;
    for k in end + 3..end + 3 + MAX_DESCRIPTION {
        let Some(word) = word_at(text, tokens, k) else {
            break;
        };
        // `the father of a soldier`: a definite description's head comes before what follows it.
        if definite
            && matches!(
                word,
                "of" | "who" | "that" | "which" | "whose" | "in" | "at"
            )
        {
            break;
        }
        let lowered = lower(word);
        if let Some(gender) = noun_gender(lowered.as_str()) {
            return Some(gender);
        }
        let occupation = word.chars().all(char::is_lowercase)
            && is_title(word)
            && !is_title_modifier(lowered.as_str());
        if occupation || lowered.as_str().ends_with("year-old") {
            person = Some(Gender::Unknown);
        }
    }
    person
}

/// Most tokens after a name looked through for a possessive that shows it is a person's.
const MAX_POSSESSIVE_LOOKAHEAD: usize = 12;

/// The gender of a name that opens a sentence as its subject, shown by a possessive or
/// reflexive later in that clause before anyone else is named (`Deb Doe keeps tape on her
/// kitchen wall`, `Tom Roe taught himself`). "her" counts only before a noun (`on her wall`,
/// not `Acme fired her on Monday`).
fn gender_from_possessive_after(text: &str, tokens: &[Token], end: usize) -> Option<Gender> {
    let paragraph = tokens.get(end)?.paragraph;
    // `Jane Doe opened her shop`, and `Jane Doe was opening her shop`, `… had lost his job`.
    let verb = word_at(text, tokens, end + 1).is_some_and(|w| {
        is_modifier(w) || w == "had" || crate::lexicon::numbers::SINGULAR_VERBS.contains(&w)
    });
    if !verb {
        return None;
    }
    for k in end + 2..end + 2 + MAX_POSSESSIVE_LOOKAHEAD {
        let token = tokens.get(k)?;
        if token.paragraph != paragraph || token.kind != TokenKind::Word {
            return None;
        }
        let word = word_at(text, tokens, k)?;
        if word.starts_with(char::is_uppercase) {
            return None;
        }
        match word {
            "his" | "himself" => return Some(Gender::Male),
            "herself" => return Some(Gender::Female),
            "her" if word_at(text, tokens, k + 1).is_some_and(is_modifier) => {
                return Some(Gender::Female)
            }
            _ => {}
        }
    }
    None
}

/// Determiners that open a sentence about someone left unnamed ("One victim, a retired
/// teacher, lost …", "A neighbour said …").
const INDEFINITE_OPENERS: &[&str] = &["A", "An", "One", "Another"];

/// People an article describes without naming, as the subject opening a sentence: an
/// indefinite noun phrase set off by a description (`One victim, a 71-year-old retired
/// teacher,`) or headed by a noun for a person (`A witness told …`, `A woman was …`). Each is
/// the offset of its determiner with the gender its words give; a pronoun after it is more
/// likely that person than anyone named before.
fn unnamed_subjects(text: &str, tokens: &[Token]) -> Vec<(usize, Gender)> {
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if token.depth != 0
            || !word_at(text, tokens, i).is_some_and(|w| INDEFINITE_OPENERS.contains(&w))
            || !opens_sentence(tokens, i)
        {
            continue;
        }
        let phrase_word = |k: usize| {
            word_at(text, tokens, k).filter(|w| {
                !w.chars().any(char::is_uppercase)
                    && !crate::word_set!(function_words::FUNCTION_WORDS).contains(w)
            })
        };
        let noun_end = (i + 1..=i + 1 + MAX_MODIFIERS)
            .take_while(|&k| phrase_word(k).is_some())
            .last();
        let Some(noun_end) = noun_end else {
            continue;
        };
        let Some(noun) = phrase_word(noun_end) else {
            continue;
        };
        // `A former engineer, he came to office`: the phrase describes the pronoun after it,
        // the person named before, and is no one new.
        let describes_pronoun = tokens
            .get(noun_end + 1)
            .is_some_and(|t| t.kind == TokenKind::Punct(','))
            && word_at(text, tokens, noun_end + 2).is_some_and(|w| {
                crate::lexicon::pronouns::MALE.contains(&w)
                    || crate::lexicon::pronouns::FEMALE.contains(&w)
            });
        if describes_pronoun {
            continue;
        }
        let mut gender = Gender::Unknown;
        let mut person_words = 0;
        let set_off = tokens
            .get(noun_end + 1)
            .is_some_and(|t| t.kind == TokenKind::Punct(','))
            && matches!(
                word_at(text, tokens, noun_end + 2),
                Some("a" | "an" | "who")
            );
        let description_end = if set_off {
            noun_end + 2 + MAX_DESCRIPTION
        } else {
            noun_end
        };
        for k in i + 1..=description_end {
            let Some(word) = word_at(text, tokens, k) else {
                continue;
            };
            let lowered = lower(word);
            if let Some(noun) = noun_gender(lowered.as_str()) {
                gender = noun;
            } else if !(is_title(word)
                || lowered.as_str().ends_with("year-old")
                || crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(lowered.as_str()))
            {
                continue;
            }
            person_words += 1;
        }
        let plural = noun.ends_with('s') && !noun.ends_with("ss");
        if person_words > 0 && !plural {
            out.push((tokens[i].span.start, gender));
        }
    }
    out
}

/// An office or title after `The` opening a sentence at token `the` (`The president
/// congratulated …`, `The foreign minister said …`), as the subject of the lower-case verb after
/// it: the token of the office. Someone the story may not have named; a pronoun in the next
/// sentence refers to them, not to a person named as the object.
pub fn definite_role_end(text: &str, tokens: &[Token], the: usize) -> Option<usize> {
    if tokens.get(the)?.depth != 0
        || word_at(text, tokens, the) != Some("The")
        || !opens_sentence(tokens, the)
    {
        return None;
    }
    for k in the + 1..=the + 1 + MAX_MODIFIERS {
        let word = word_at(text, tokens, k)?;
        let lowered = lower(word);
        let office = crate::word_set!(person_titles::OFFICE_HOLDERS).contains(lowered.as_str())
            || (is_title(word) && !is_title_modifier(lowered.as_str()));
        if office {
            let verb = word_at(text, tokens, k + 1).is_some_and(|w| {
                w.chars().all(char::is_lowercase)
                    && !crate::word_set!(function_words::FUNCTION_WORDS).contains(w)
            });
            return verb.then_some(k);
        }
        if !is_modifier(word) {
            return None;
        }
    }
    None
}

/// The offices opening a sentence after `The` ([`definite_role_end`]), each as the offset of
/// its `The` with the gender the office's noun gives.
fn definite_role_subjects(text: &str, tokens: &[Token]) -> Vec<(usize, Gender)> {
    (0..tokens.len())
        .filter_map(|i| {
            let end = definite_role_end(text, tokens, i)?;
            let noun = lower(word_at(text, tokens, end)?);
            let gender = noun_gender(noun.as_str()).unwrap_or(Gender::Unknown);
            Some((tokens[i].span.start, gender))
        })
        .collect()
}

/// People known by their tie to someone named or described, as the subject opening a sentence
/// or a clause (`Darren Pike's father spoke outside court.`, `…, Ivo Dane's lawyer said`, `The
/// victim's daughter said …`): each is the offset of the noun of the tie with the gender it
/// gives. A pronoun after it is more likely that person than the one named in the possessive
/// or before.
fn possessed_subjects(text: &str, tokens: &[Token]) -> Vec<(usize, Gender)> {
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if token.depth != 0 {
            continue;
        }
        let Some(word) = word_at(text, tokens, i) else {
            continue;
        };
        if strip_possessive(word).len() == word.len() {
            continue;
        }
        // `The victim's daughter said …`: the owner may be a person left unnamed, a common
        // noun after "the".
        let owner_start = if is_capitalised(word) {
            run_ending_at(text, tokens, i)
        } else {
            i.checked_sub(1)
                .filter(|&the| matches!(word_at(text, tokens, the), Some("The" | "the")))
        };
        let Some(start) = owner_start else {
            continue;
        };
        let subject =
            opens_sentence(tokens, start) || tokens[start - 1].kind == TokenKind::Punct(',');
        if !subject {
            continue;
        }
        let noun = (i + 1..=i + 1 + MAX_MODIFIERS).find_map(|k| {
            let Some(w) = word_at(text, tokens, k) else {
                return Some(None);
            };
            let lowered = lower(w);
            let tie = crate::word_set!(person_titles::FAMILY_NOUNS).contains(lowered.as_str())
                || crate::word_set!(reporting::ASSOCIATE_NOUNS).contains(lowered.as_str())
                || crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(lowered.as_str());
            let plural = lowered.as_str().ends_with('s') && !lowered.as_str().ends_with("ss");
            if tie && !plural && w == lowered.as_str() {
                return Some(Some(k));
            }
            (!is_modifier(w)).then_some(None)
        });
        if let Some(k) = noun.flatten() {
            let gender = noun_gender(lower(word_at(text, tokens, k).unwrap_or("")).as_str());
            out.push((tokens[k].span.start, gender.unwrap_or(Gender::Unknown)));
        }
    }
    out
}

/// Most tokens after a name looked through for the end of its sentence.
const MAX_SENTENCE_LOOKAHEAD: usize = 60;

/// How many tokens a quote after a sentence is read through, looking for a pronoun cue after it.
const MAX_QUOTE_LOOKAHEAD: usize = 200;

/// The gender of a pronoun cue after the quote opening at token `open`, in its paragraph (`“We
/// are ready,” he said`): the quote is the next sentence's, and the pronoun its speaker.
fn pronoun_cue_after_quote(text: &str, tokens: &[Token], open: usize) -> Option<Gender> {
    let paragraph = tokens.get(open)?.paragraph;
    let close = (open + 1..open + 1 + MAX_QUOTE_LOOKAHEAD).find(|&k| {
        tokens
            .get(k)
            .is_none_or(|t| t.paragraph != paragraph || t.depth == 0)
    })?;
    let token = tokens.get(close)?;
    if token.paragraph != paragraph || !matches!(token.kind, TokenKind::Close(_)) {
        return None;
    }
    let mut k = close + 1;
    if tokens.get(k)?.kind == TokenKind::Punct(',') {
        k += 1;
    }
    let gender = match word_at(text, tokens, k)? {
        "he" => Gender::Male,
        "she" => Gender::Female,
        // `“…,” the 24-year-old said`: someone of unknown gender, named just before.
        "the" => {
            let end = epithet_end(text, tokens, k)?;
            k = end;
            Gender::Unknown
        }
        _ => return None,
    };
    let cue = word_at(text, tokens, k + 1)?;
    crate::word_set!(reporting::CUE_WORDS)
        .contains(cue)
        .then_some(gender)
}

/// `the 24-year-old`, `the Spaniard`, `the veteran` opening at token `the`: an epithet sport
/// and feature copy uses for the person it just named, like a pronoun. The last token of it.
pub fn epithet_end(text: &str, tokens: &[Token], the: usize) -> Option<usize> {
    if !word_at(text, tokens, the)?.eq_ignore_ascii_case("the") {
        return None;
    }
    let first = tokens.get(the + 1)?;
    let rest = text.get(first.span.start..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && rest[digits..].starts_with("-year-old") {
        let end = first.span.start + digits + "-year-old".len();
        return (the + 1..the + 7).find(|&k| tokens.get(k).is_some_and(|t| t.span.end == end));
    }
    let word = word_at(text, tokens, the + 1)?;
    is_epithet(word).then_some(the + 1)
}

/// Whether `word` is a one-word epithet for a person just named: a noun of [`person_titles::
/// EPITHET_NOUNS`], a parent by their number of children (`father-of-three`), or a
/// capitalised noun for someone by nation (`Spaniard`), not an abbreviated role (`CFO`) nor a
/// member of a party.
pub fn is_epithet(word: &str) -> bool {
    if crate::word_set!(person_titles::EPITHET_NOUNS).contains(word) || parent_of_count(word) {
        return true;
    }
    let lowered = lower(word);
    word.starts_with(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && crate::word_set!(person_titles::PERSON_DESCRIPTORS).contains(lowered.as_str())
        && !crate::word_set!(person_titles::PARTY_MEMBER_NOUNS).contains(lowered.as_str())
}

/// Whether `word` is a parent known by the number of their children (`father-of-three`,
/// `grandmother-of-two`, `mother-of-4`), the way news stories refer back to someone named.
fn parent_of_count(word: &str) -> bool {
    let Some((kin, count)) = word.split_once("-of-") else {
        return false;
    };
    let count_word = count.bytes().all(|b| b.is_ascii_digit()) && !count.is_empty()
        || crate::lexicon::numbers::NUMBER_WORDS
            .iter()
            .any(|(w, _)| w.eq_ignore_ascii_case(count));
    count_word && crate::word_set!(person_titles::FAMILY_NOUNS).contains(lower(kin).as_str())
}

/// The gender of a name that opens a sentence as its subject, shown by the pronoun opening the
/// next one (`Derek Doe, 58, admitted fraud at an earlier hearing. He was sentenced …`) when
/// nobody else can have been named in between: every other capitalised word follows a
/// preposition (`of Leeds`, `at Leeds Crown Court`). A colon right before a quote ends the
/// sentence too (`Ivo Dane was blunt: “…,” he said`, `Ivo Dane: “…,” he said`): the pronoun
/// cue after the quote is the name's.
fn gender_from_next_sentence(text: &str, tokens: &[Token], end: usize) -> Option<Gender> {
    let paragraph = tokens.get(end)?.paragraph;
    for k in end + 1..end + 1 + MAX_SENTENCE_LOOKAHEAD {
        let token = tokens.get(k)?;
        if token.paragraph != paragraph || token.depth != 0 {
            return None;
        }
        let opens_quote = matches!(tokens.get(k + 1).map(|t| t.kind), Some(TokenKind::Open(_)));
        if token.kind == TokenKind::Punct(':') && opens_quote {
            return pronoun_cue_after_quote(text, tokens, k + 1);
        }
        if matches!(token.kind, TokenKind::Punct('.' | '!' | '?')) {
            if opens_quote {
                return pronoun_cue_after_quote(text, tokens, k + 1);
            }
            return match word_at(text, tokens, k + 1)? {
                "He" | "His" => Some(Gender::Male),
                "She" => Some(Gender::Female),
                _ => pronoun_after_opening_clause(text, tokens, k + 1),
            };
        }
        let Some(word) = word_at(text, tokens, k) else {
            continue;
        };
        let after_preposition = word_at(text, tokens, k - 1).is_some_and(|w| {
            crate::word_set!(function_words::PLACE_PREPOSITIONS).contains(w)
                || matches!(w, "of" | "at" | "on" | "for" | "by")
        });
        let capitalised_after_capital = word_at(text, tokens, k - 1).is_some_and(is_capitalised);
        // `a popular Chinese critic`, `many Chinese of`: a word for a nation before a lower-case
        // word describes someone; it names no one else.
        let nation_before_lower = crate::word_set!(person_titles::PERSON_DESCRIPTORS)
            .contains(lower(word).as_str())
            && word_at(text, tokens, k + 1).is_some_and(|w| w.chars().all(char::is_lowercase));
        if is_capitalised(word)
            && !after_preposition
            && !capitalised_after_capital
            && !nation_before_lower
        {
            return None;
        }
    }
    None
}

/// Most tokens of a clause opening a sentence before its subject (`Asked about the future,`).
const MAX_OPENING_CLAUSE: usize = 12;

/// The gender of `he` or `she` as the subject after a clause opening the sentence at token
/// `start` (`Asked about the future, he said`, `Speaking to reporters, she added`), when the
/// clause names nobody and quotes nothing.
fn pronoun_after_opening_clause(text: &str, tokens: &[Token], start: usize) -> Option<Gender> {
    let paragraph = tokens.get(start)?.paragraph;
    for k in start + 1..start + 1 + MAX_OPENING_CLAUSE {
        let token = tokens.get(k)?;
        if token.paragraph != paragraph || token.depth != 0 {
            return None;
        }
        match token.kind {
            TokenKind::Punct(',') => {
                return match word_at(text, tokens, k + 1)? {
                    "he" => Some(Gender::Male),
                    "she" => Some(Gender::Female),
                    _ => None,
                };
            }
            // `Speaking on Monday,`: a day is no one named.
            TokenKind::Word
                if word_at(text, tokens, k).is_some_and(|w| {
                    is_capitalised(w)
                        && !crate::word_set!(calendar::WEEKDAYS).contains(w)
                        && !calendar::MONTHS.iter().any(|&(m, _)| m == w)
                }) =>
            {
                return None
            }
            TokenKind::Word => {}
            _ => return None,
        }
    }
    None
}

fn pronouns_or_relatives(word: &str) -> bool {
    matches!(
        word,
        "he" | "she" | "they" | "we" | "i" | "you" | "it" | "who" | "which" | "that"
    )
}

/// The words of people's full names other than their surnames ("xi" of "Xi Jinping", "lula" of
/// "Luiz Inácio Lula da Silva"), lower case, each with its person's key; a word two people share,
/// or that is itself the surname of someone named in full, is left out (`Mr Xu` alone may be
/// `Xu Jianhua`, written family name first).
fn given_names(runs: &[NameRun], surname: impl Fn(&str) -> bool) -> BTreeMap<String, String> {
    let full_name_surnames: std::collections::BTreeSet<&str> = runs
        .iter()
        .filter(|r| r.name_words >= 2 && !r.organisation)
        .map(|r| r.key.as_str())
        .collect();
    let mut owners: BTreeMap<String, Option<&str>> = BTreeMap::new();
    let full_names = runs
        .iter()
        .filter(|r| r.name_words >= 2 && !r.organisation && surname(&r.key));
    for run in full_names {
        let words: Vec<&str> = run.name.split_whitespace().collect();
        for word in words.iter().take(words.len().saturating_sub(1)) {
            if is_particle(word) || is_abbreviation(word) || is_title(word) {
                continue;
            }
            let lowered = strip_possessive(word).to_lowercase();
            if lowered == run.key
                || (surname(&lowered) && full_name_surnames.contains(lowered.as_str()))
            {
                continue;
            }
            owners
                .entry(lowered)
                .and_modify(|owner| {
                    if *owner != Some(run.key.as_str()) {
                        *owner = None;
                    }
                })
                .or_insert(Some(run.key.as_str()));
        }
    }
    owners
        .into_iter()
        .filter_map(|(word, owner)| Some((word, owner?.to_string())))
        .collect()
}

impl Register {
    /// Find the people of an article: titled names, names that speak, and later mentions of them.
    pub fn build(text: &str, tokens: &[Token]) -> Register {
        let mut runs: Vec<NameRun> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].depth == 0 {
                if let Some(end) = run_starting_at(text, tokens, i) {
                    let start = trim_run_start(text, tokens, i, end).unwrap_or(i);
                    if let Some(run) = read_run(text, tokens, start, end) {
                        runs.push(run);
                    }
                    i = end + 1;
                    continue;
                }
            }
            i += 1;
        }
        let mut register = Register::default();
        let mut people: BTreeMap<String, Gender> = BTreeMap::new();
        // Whether a description of a person follows each run, read once.
        let mut described_as: Vec<bool> = Vec::with_capacity(runs.len());
        for run in runs.iter_mut() {
            let (gender, titled) = context_before(text, tokens, run.tokens.0);
            let first = run.tokens.0;
            let opens_sentence = opens_sentence(tokens, first);
            let description = described_after(text, tokens, run.tokens.1).or_else(|| {
                ((opens_sentence || set_off_subject(text, tokens, run.tokens))
                    && run.name_words >= 2
                    && !run.organisation)
                    .then(|| {
                        gender_from_possessive_after(text, tokens, run.tokens.1)
                            .or_else(|| gender_from_next_sentence(text, tokens, run.tokens.1))
                    })
                    .flatten()
            });
            described_as.push(description.is_some());
            if run.gender == Gender::Unknown {
                run.gender = gender;
            }
            if run.gender == Gender::Unknown {
                run.gender = description.unwrap_or(run.gender);
            }
            run.titled |= titled && run.name_words >= 2;
        }
        let multi_word_keys: std::collections::BTreeSet<&str> = runs
            .iter()
            .filter(|r| r.name_words >= 2 && !r.organisation)
            .map(|r| r.key.as_str())
            .collect();
        let personal_full_keys: std::collections::BTreeSet<&str> = runs
            .iter()
            .filter(|r| {
                r.name_words >= 2
                    && !r.organisation
                    && r.name.split_whitespace().next().is_some_and(|first| {
                        !crate::lexicon::numbers::PLACE_NAME_PREFIXES.contains(&first)
                    })
            })
            .map(|r| r.key.as_str())
            .collect();
        for (run, &described_as) in runs.iter().zip(&described_as) {
            if run.organisation || party_label_at(text, tokens, run.tokens.0) {
                continue;
            }
            let speaks = cue_follows(
                text,
                tokens,
                past_affiliation(text, tokens, run.tokens.1) + 1,
            ) || inverted_cue_before(text, tokens, run.tokens)
                || fronted_source(text, tokens, run.tokens);
            let in_commas = introduced_in_commas(text, tokens, run.tokens);
            // `his wife, Maureen,`: a given name alone, set off after a relation.
            let relation = run.name_words == 1 && in_commas && run.gender != Gender::Unknown;
            // `Langley, 62,`: a surname set off alone, of someone named in full elsewhere.
            let full_name_known = run.name_words >= 2 || multi_word_keys.contains(run.key.as_str());
            let described = relation || (full_name_known && (in_commas || described_as));
            let end = run.tokens.1;
            let followed_by_who = run.name_words >= 2
                && tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Punct(','))
                && word_at(text, tokens, end + 2) == Some("who");
            // `Tom Briggs smiled.`: a full name opened by a common given name, as the subject
            // opening its sentence (an object, as in `met Peter Okoro`, is not on its own the
            // person a pronoun later means).
            let given_and_surname = run.name_words >= 2
                && given_name_gender(&run.name).is_some()
                && (opens_sentence(tokens, run.tokens.0)
                    || role_opens_sentence_before(text, tokens, run.tokens.0)
                    || owner_opens_sentence_before(text, tokens, run.tokens.0)
                    || fronted_topic(text, tokens, run.tokens)
                    || opens_coordinate_clause(text, tokens, run.tokens));
            // `Reyes said he was confident`: a surname alone, the first person of the article,
            // that speaks of itself as "he" or "she" right after the cue.
            let self_gender = (run.name_words == 1
                && people.is_empty()
                && !sentence_starters::is_plural_subject(&run.name)
                && word_at(text, tokens, end + 1)
                    .is_some_and(|w| crate::word_set!(reporting::CUE_WORDS).contains(w)))
            .then(|| match word_at(text, tokens, end + 2) {
                Some("he") => Some(Gender::Male),
                Some("she") => Some(Gender::Female),
                _ => None,
            })
            .flatten();
            // `Voss was blunt:` after `Edda Voss`: a surname alone opening a sentence as its
            // subject, of someone named in full elsewhere (no place such as `South Africa`).
            let surname_subject = run.name_words == 1
                && personal_full_keys.contains(run.key.as_str())
                && opens_sentence(tokens, run.tokens.0)
                && (tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Punct(','))
                    || word_at(text, tokens, end + 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase)));
            // `Local man Ifan Tarrow was walking home`: a full name after a noun for a man or a
            // woman, in a role opening its sentence, is a person's whatever the given name.
            let gendered_role = run.name_words >= 2
                && !run.organisation
                && run.gender != Gender::Unknown
                && role_opens_sentence_before(text, tokens, run.tokens.0);
            // `Pensioner Ivo Dane`, `Reader Ada Quist`: a noun for a person written before a
            // full name makes it a person's, whatever the given name.
            let descriptor_led = run.name_words >= 2
                && !run.organisation
                && run.tokens.0.checked_sub(1).is_some_and(|k| {
                    word_at(text, tokens, k).is_some_and(|w| {
                        w.starts_with(char::is_uppercase)
                            && crate::word_set!(person_titles::DESCRIPTORS_BEFORE_FULL_NAME)
                                .contains(lower(w).as_str())
                    })
                });
            let person = run.titled
                || gendered_role
                || descriptor_led
                || described
                || surname_subject
                || followed_by_who
                || given_and_surname
                || self_gender.is_some()
                || (speaks && (run.name_words >= 2 || multi_word_keys.contains(run.key.as_str())));
            if person {
                let run_gender = match run.gender {
                    Gender::Unknown => self_gender.unwrap_or(Gender::Unknown),
                    known => known,
                };
                match people.get_mut(&run.key) {
                    Some(gender) if *gender == Gender::Unknown => *gender = run_gender,
                    Some(_) => {}
                    None => {
                        people.insert(run.key.clone(), run_gender);
                    }
                }
            }
        }
        // `Sir Keir`, `Dame Judi`: a given name after the title, no surname.
        let knighted: std::collections::BTreeSet<String> = runs
            .iter()
            .filter(|r| {
                r.name_words == 1
                    && !multi_word_keys.contains(r.key.as_str())
                    && word_at(text, tokens, r.tokens.0).is_some_and(|w| {
                        crate::word_set!(person_titles::GIVEN_NAME_TITLES)
                            .contains(lower(w).as_str())
                    })
            })
            .map(|r| r.key.clone())
            .collect();
        register.given_names = given_names(&runs, |key| {
            people.contains_key(key) && !knighted.contains(key)
        });
        for run in runs.iter_mut() {
            if run.name_words == 1
                && (!people.contains_key(&run.key) || knighted.contains(&run.key))
            {
                if let Some(key) = register.given_names.get(&run.key) {
                    run.key.clone_from(key);
                }
            }
        }
        // The gender each full name is given somewhere, and the surnames two full names share
        // (`Angus Doe` and his daughter `Morag Doe`).
        let mut full_name_genders: BTreeMap<&str, Gender> = BTreeMap::new();
        let mut given_names_of: BTreeMap<&str, &str> = BTreeMap::new();
        let mut shared_surnames: std::collections::BTreeSet<&str> = Default::default();
        for run in runs.iter().filter(|r| r.name_words >= 2 && !r.organisation) {
            if run.gender != Gender::Unknown {
                full_name_genders.entry(&run.name).or_insert(run.gender);
            }
            let given = run.name.split_whitespace().next().unwrap_or("");
            match given_names_of.insert(&run.key, given) {
                Some(other) if other != given => {
                    shared_surnames.insert(&run.key);
                }
                _ => {}
            }
        }
        for run in &runs {
            if run.organisation || !people.contains_key(&run.key) {
                continue;
            }
            if !register.short_names.contains_key(&run.key) {
                register
                    .short_names
                    .insert(run.key.clone(), run.name.clone());
            }
            if run.name_words >= 2 && !register.full_names.contains_key(&run.key) {
                register
                    .full_names
                    .insert(run.key.clone(), run.name.clone());
            }
            let first = run.tokens.0;
            // `By Dr Orla Venn` over the story: the writer is no one the story's pronouns mean.
            let titled_from = (0..first)
                .rev()
                .take_while(|&k| word_at(text, tokens, k).is_some_and(is_title))
                .last()
                .unwrap_or(first);
            let byline = titled_from >= 1
                && word_at(text, tokens, titled_from - 1) == Some("By")
                && (titled_from == 1
                    || tokens[titled_from - 2].paragraph != tokens[first].paragraph);
            if byline {
                continue;
            }
            let opens_sentence = opens_sentence(tokens, first)
                || owner_opens_sentence_before(text, tokens, first)
                || word_at(text, tokens, first - 1).is_some_and(|w| {
                    crate::word_set!(person_titles::NON_NAME_CAPITALS).contains(lower(w).as_str())
                        && w.chars().next().is_some_and(char::is_uppercase)
                });
            let last = past_affiliation(text, tokens, run.tokens.1);
            let followed_by_verb = word_at(text, tokens, last + 1).is_some_and(|w| {
                w.chars().all(char::is_lowercase)
                    && !matches!(
                        w,
                        "and"
                            | "or"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "to"
                            | "for"
                            | "with"
                            | "from"
                            | "by"
                            | "as"
                            | "than"
                            | "about"
                            | "after"
                            | "before"
                            | "over"
                    )
            });
            // `The mayor Ivo Dane, first elected in 2001, lost his seat.`: the verb after an
            // aside set off behind a name that opens its sentence.
            let followed_by_verb = followed_by_verb
                || ((opens_sentence || role_opens_sentence_before(text, tokens, first))
                    && verb_after_aside(text, tokens, last));
            // "X said Y would sign it": Y opens the clause X reported, and a pronoun after it
            // is more likely to be X, the sentence's subject.
            let opens_reported_clause = first
                .checked_sub(1)
                .and_then(|before| word_at(text, tokens, before))
                .is_some_and(|w| w == "that" || crate::word_set!(reporting::CUE_WORDS).contains(w));
            // `found Jane Doe standing`, `thanked Jane Doe`: after a verb in the past the name is
            // its object.
            let object = first
                .checked_sub(1)
                .filter(|&before| tokens[before].paragraph == tokens[first].paragraph)
                .and_then(|before| word_at(text, tokens, before))
                .is_some_and(|w| {
                    let past = (w.len() > 3 && w.ends_with("ed"))
                        || crate::word_set!(function_words::PAST_VERBS_TAKING_A_PERSON).contains(w);
                    // `“…,” added Jane Doe`: an inverted cue's name is its subject.
                    let inverted_cue = reporting::is_invertible_cue(w);
                    w.chars().all(char::is_lowercase) && !is_title(w) && past && !inverted_cue
                })
                || role_object_before(text, tokens, first);
            // `“…,” said Jane Doe, a nurse. She added`: the name after an inverted cue is the
            // subject of that cue, the person a pronoun opening the next sentence means.
            let subject = opens_sentence
                || (followed_by_verb
                    && !opens_reported_clause
                    && !object
                    && !object_of_preposition(text, tokens, first))
                || (cue_follows(text, tokens, last + 1)
                    && !ends_set_off_relative_clause(text, tokens, first))
                || (inverted_cue_before(text, tokens, run.tokens)
                    && cue_closes_a_quote(tokens, first))
                || (introduced_in_commas(text, tokens, run.tokens)
                    && !object_of_a_pronoun_subject(text, tokens, run.tokens.0, run.gender))
                || (run.name_words >= 2 && fronted_topic(text, tokens, run.tokens))
                || introduced_after_copula(text, tokens, run.tokens);
            let full_name = run
                .name
                .split_whitespace()
                .next()
                .is_some_and(|first| run.name_words >= 2 && !is_particle(first))
                .then(|| run.name.clone());
            // `Her son, Michael Doe,`: this mention's own gender before the surname's; and
            // the gender its full name has elsewhere before one a namesake gave the surname.
            let gender = match (run.gender, &full_name) {
                (Gender::Unknown, Some(name)) if shared_surnames.contains(run.key.as_str()) => {
                    full_name_genders
                        .get(name.as_str())
                        .copied()
                        .unwrap_or(Gender::Unknown)
                }
                (Gender::Unknown, _) => people.get(&run.key).copied().unwrap_or(Gender::Unknown),
                (known, _) => known,
            };
            let likely_gender = match &full_name {
                Some(name) => given_name_gender(name),
                None if shared_surnames.contains(run.key.as_str()) => None,
                None => given_names_of
                    .get(run.key.as_str())
                    .and_then(|given| given_name_gender(given)),
            };
            register.mentions.push(PersonMention {
                offset: tokens[first].span.start,
                key: run.key.clone(),
                gender,
                likely_gender: likely_gender.unwrap_or(Gender::Unknown),
                subject,
                full_name,
            });
        }
        let unnamed = unnamed_speakers(text, tokens)
            .into_iter()
            .map(|offset| (offset, Gender::Unknown))
            .chain(unnamed_subjects(text, tokens))
            .chain(possessed_subjects(text, tokens))
            .chain(definite_role_subjects(text, tokens));
        for (offset, gender) in unnamed {
            register.mentions.push(PersonMention {
                offset,
                key: String::new(),
                gender,
                likely_gender: Gender::Unknown,
                subject: true,
                full_name: None,
            });
        }
        register
            .mentions
            .sort_by(|a, b| a.offset.cmp(&b.offset).then(a.key.cmp(&b.key)));
        register.genders = people;
        register
    }

    /// Whether a person with this surname is named before `offset` in full or with a title
    /// (`Ann Lee`, `Mr Lee`), not by the surname alone.
    pub fn introduced_before(&self, key: &str, offset: usize) -> bool {
        let before = self.mentions.partition_point(|m| m.offset < offset);
        self.mentions[..before]
            .iter()
            .any(|m| m.key == key && (m.full_name.is_some() || m.gender != Gender::Unknown))
    }

    /// Whether the surname (or a given name of one person) belongs to a known person.
    pub fn is_person(&self, key: &str) -> bool {
        self.genders.contains_key(key) || self.given_names.contains_key(key)
    }

    /// The full name as introduced for a surname (or a given name of one person), else the
    /// name as given.
    pub fn canonical(&self, run: &NameRun) -> String {
        // A full name stands for itself: two people may share a surname ("Anna Ivanov" after
        // "Sergei Ivanov").
        let mut words = run.name.split_whitespace();
        let first = words.next();
        if words.next().is_some() && !first.is_some_and(is_particle) {
            return run.name.clone();
        }
        // `Sir Keir` after `Sir Keir Starling`: a given name after a title is the person's when
        // no one is named in full with it as a surname.
        let key = match self.given_names.get(&run.key) {
            Some(person)
                if !self.genders.contains_key(&run.key)
                    || !self.full_names.contains_key(&run.key) =>
            {
                person
            }
            _ => &run.key,
        };
        self.full_names
            .get(key)
            .cloned()
            .unwrap_or_else(|| run.name.clone())
    }

    /// [`Self::canonical`] for a name written at byte `offset`: a surname that two people
    /// named in full share (`Jon Rees` and his wife `Ellen Rees`) stands for the nearest of
    /// them before it whose gender fits the title (`Mrs Rees`).
    pub fn canonical_at(&self, run: &NameRun, offset: usize) -> String {
        if run.name_words != 1 {
            return self.canonical(run);
        }
        let known = |m: &PersonMention| match m.gender {
            Gender::Unknown => m.likely_gender,
            known => known,
        };
        let named_in_full: Vec<&PersonMention> = self
            .mentions
            .iter()
            .filter(|m| m.key == run.key && m.full_name.is_some())
            .collect();
        // `Mr Rees` after only `Sarah Rees`: someone else of that name.
        if run.gender != Gender::Unknown
            && !named_in_full.is_empty()
            && named_in_full
                .iter()
                .all(|m| known(m) != Gender::Unknown && known(m) != run.gender)
        {
            return run.name.clone();
        }
        let namesakes = named_in_full
            .iter()
            .any(|m| m.full_name != named_in_full[0].full_name);
        if namesakes {
            let nearest = |wanted: Gender| {
                named_in_full
                    .iter()
                    .rev()
                    .filter(|m| m.offset < offset && known(m) == wanted)
                    .find_map(|m| m.full_name.clone())
            };
            let by_gender = (run.gender != Gender::Unknown)
                .then(|| nearest(run.gender))
                .flatten();
            let any = || {
                named_in_full
                    .iter()
                    .rev()
                    .filter(|m| m.offset < offset)
                    .filter(|m| run.gender == Gender::Unknown || known(m) == Gender::Unknown)
                    .find_map(|m| m.full_name.clone())
            };
            if let Some(name) = by_gender.or_else(any) {
                return name;
            }
        }
        self.canonical(run)
    }

    /// The full name for a surname key, else the name as first written.
    fn name_of(&self, key: &str) -> String {
        // `Mr Najib` after `Najib Razak`, where the given name comes first in address: the
        // person named in full with that given name.
        let by_given_name = || {
            self.given_names
                .get(key)
                .and_then(|person| self.full_names.get(person))
        };
        self.full_names
            .get(key)
            .or_else(by_given_name)
            .or_else(|| self.short_names.get(key))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// The person a pronoun at `offset` stands for: the most recent fitting person earlier in
    /// its own sentence (which starts at `sentence_start`), else the most recent fitting person
    /// who was the subject of a sentence or a cue. None when that is someone left unnamed.
    pub fn resolve_pronoun(
        &self,
        offset: usize,
        sentence_start: usize,
        gender: Gender,
    ) -> Option<String> {
        let chosen = self.pronoun_referent(offset, sentence_start, gender)?;
        (!chosen.key.is_empty()).then(|| {
            chosen
                .full_name
                .clone()
                .unwrap_or_else(|| self.name_of(&chosen.key))
        })
    }

    /// The mention a pronoun at `offset` refers to, as [`Self::resolve_pronoun`] chooses it,
    /// named or not (an unnamed mention has an empty key).
    pub fn pronoun_referent(
        &self,
        offset: usize,
        sentence_start: usize,
        gender: Gender,
    ) -> Option<&PersonMention> {
        let before = self.mentions.partition_point(|m| m.offset < offset);
        let fits = |m: &&PersonMention| {
            let known = match m.gender {
                Gender::Unknown => m.likely_gender,
                known => known,
            };
            known == Gender::Unknown || gender == Gender::Unknown || known == gender
        };
        let recent = &self.mentions[before.saturating_sub(30)..before];
        let in_sentence = recent
            .iter()
            .rev()
            .take_while(|m| m.offset >= sentence_start)
            .find(fits);
        let subject = recent.iter().rev().filter(|m| m.subject).find(fits);
        // `Doe suggested that Ms Roe had erred. “No,” she replied.`: a person of the pronoun's
        // gender named after a subject of unknown gender is the nearer fit. Not after someone
        // unnamed (`The minister thanked Mr Doe. He said`): the gender of an office is unknown,
        // and the person it acted on is no better fit.
        let marked_since = subject
            .filter(|s| {
                !s.key.is_empty() && s.gender == Gender::Unknown && gender != Gender::Unknown
            })
            .and_then(|s| {
                recent
                    .iter()
                    .rev()
                    .take_while(|m| m.offset > s.offset)
                    .find(|m| m.gender == gender)
            });
        in_sentence
            .or(marked_since)
            .or(subject)
            .or_else(|| recent.iter().rev().find(fits))
    }

    /// The most recent named person in `[from, to)` who is the subject of a cue or opens a
    /// sentence, with the mention's offset.
    pub fn last_subject_between(&self, from: usize, to: usize) -> Option<(String, usize)> {
        let m = self.last_mention_between(from, to, |m| m.subject)?;
        let name = m.full_name.clone().unwrap_or_else(|| self.name_of(&m.key));
        Some((name, m.offset))
    }

    /// The first named person in `[from, to)` who is the subject of a cue or of a verb, with
    /// the mention's offset.
    pub fn first_subject_between(&self, from: usize, to: usize) -> Option<(String, usize)> {
        let start = self.mentions.partition_point(|m| m.offset < from);
        let m = self.mentions[start..]
            .iter()
            .take_while(|m| m.offset < to)
            .find(|m| !m.key.is_empty() && m.subject)?;
        let name = m.full_name.clone().unwrap_or_else(|| self.name_of(&m.key));
        Some((name, m.offset))
    }

    /// The most recent named person mentioned in `[from, to)`, with the mention's offset.
    pub fn last_person_between(&self, from: usize, to: usize) -> Option<(String, usize)> {
        let m = self.last_mention_between(from, to, |_| true)?;
        Some((self.name_of(&m.key), m.offset))
    }

    /// The person the last mention in `[from, to)` names, with the mention's offset, when it
    /// names someone and is the subject of a cue or of its sentence: None when someone else was
    /// mentioned after them, named or not.
    pub fn last_mention_if_named_subject(&self, from: usize, to: usize) -> Option<(String, usize)> {
        let before = self.mentions.partition_point(|m| m.offset < to);
        let m = self.mentions[..before]
            .last()
            .filter(|m| m.offset >= from)?;
        (!m.key.is_empty() && m.subject).then(|| {
            let name = m.full_name.clone().unwrap_or_else(|| self.name_of(&m.key));
            (name, m.offset)
        })
    }

    /// The most recent mention of a named person in `[from, to)` that `wanted` accepts.
    fn last_mention_between(
        &self,
        from: usize,
        to: usize,
        wanted: impl Fn(&PersonMention) -> bool,
    ) -> Option<&PersonMention> {
        let before = self.mentions.partition_point(|m| m.offset < to);
        self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.offset >= from)
            .find(|m| !m.key.is_empty() && wanted(m))
    }
}

/// Whether `word` reads as an adverb that may stand between a subject and its verb (`quickly`,
/// `also` is a reporting auxiliary): a word in "-ly" that is no noun such as `family`.
pub(crate) fn is_adverb_like(word: &str) -> bool {
    word.ends_with("ly")
        && !crate::word_set!(function_words::LY_NON_ADVERBS).contains(word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_words_whole_across_ascii_and_other_letters() {
        let text = "Zo\u{eb}’s caf\u{e9}-bar sold 3.5kg of na\u{ef}ve crêpes, don't you know?";
        let paragraphs = [Span::new(0, text.len())];
        let tokens = tokenize(text, &paragraphs, &[]);
        let words: Vec<&str> = tokens.iter().map(|t| t.span.of(text)).collect();
        assert_eq!(
            words,
            [
                "Zo\u{eb}’s",
                "caf\u{e9}-bar",
                "sold",
                "3.5kg",
                "of",
                "na\u{ef}ve",
                "crêpes",
                ",",
                "don't",
                "you",
                "know",
                "?"
            ]
        );
        assert!(tokens[..7].iter().all(|t| t.kind == TokenKind::Word));
        assert_eq!(tokens[7].kind, TokenKind::Punct(','));
    }

    #[test]
    fn a_parent_by_number_of_children_is_an_epithet() {
        assert!(is_epithet("father-of-three"));
        assert!(is_epithet("Mother-of-2"));
        assert!(!is_epithet("father-of-the-bride"));
        assert!(!is_epithet("state-of-the-art"));
        assert!(!is_epithet("father-of-"));
    }

    fn speakers(text: &str) -> Vec<Option<String>> {
        let layout = crate::segment::segment(text);
        crate::extract::quotes::extract(text, &layout)
            .into_iter()
            .map(|q| q.speaker)
            .collect()
    }

    #[test]
    fn a_place_ending_a_fronted_list_is_no_part_of_the_name_after_it() {
        let text = "In Avondale, Brill and Kestow Tom Harrop said the roads were shut. “It is chaos,” he said.\n";
        assert_eq!(speakers(text), vec![Some("Tom Harrop".to_string())]);
        let text = "Across Lorne and Upper Brill Ann Pellow said: “We are cut off.”\n";
        assert_eq!(speakers(text), vec![Some("Ann Pellow".to_string())]);
        // A list of people, no places fronting the sentence: the name is left whole.
        let text = "Tom and Mark Ann Pellow met them. “We are cut off,” Mark Ann Pellow said.\n";
        assert_eq!(speakers(text), vec![Some("Mark Ann Pellow".to_string())]);
    }

    #[test]
    fn a_capitalised_plural_after_the_is_a_team_not_the_pronouns_person() {
        let text = "The Avondale Harriers said they would appeal.\n\n“We were wronged,” he said.\n";
        assert_eq!(speakers(text), vec![None]);
        let text =
            "The Kestow Rovers, who lost on Sunday, were fined.\n\n“We were wronged,” he said.\n";
        assert_eq!(speakers(text), vec![None]);
        // A person whose surname ends in -s, with no article before it, is still a person.
        let text = "Tom Pellows said they would appeal.\n\n“We were wronged,” he said.\n";
        assert_eq!(speakers(text), vec![Some("Tom Pellows".to_string())]);
    }

    #[test]
    fn a_full_name_opening_a_clause_after_a_comma_and_is_its_subject() {
        let text = "The Rovers lost on Sunday, and Aaron Quell threw three interceptions.\n\n“We were poor,” he said.\n";
        assert_eq!(speakers(text), vec![Some("Aaron Quell".to_string())]);
        // The last of a list of people is no subject of a clause of its own.
        let text =
            "Ann Lorrow, Tom Quell, and Aaron Pask were there.\n\n“We were poor,” he said.\n";
        assert_eq!(speakers(text), vec![None]);
    }

    #[test]
    fn a_relative_named_as_the_object_of_a_pronoun_subject_is_not_the_next_pronouns_person() {
        let text = "Edna Forrow died on Friday. She is survived by her son, a daughter, Ann, and two grandchildren.\n\nIn her last book, she wrote: “The sea keeps its secrets.”\n";
        assert_eq!(speakers(text), vec![Some("Edna Forrow".to_string())]);
        // The subject set off after its description is still the subject.
        let text = "The mayor, Ann Pellow, resigned on Friday.\n\n“It was time,” she said.\n";
        assert_eq!(speakers(text), vec![Some("Ann Pellow".to_string())]);
    }

    #[test]
    fn a_party_or_local_office_before_a_full_name_is_no_part_of_it() {
        for label in [
            "Democrat",
            "Libertarian",
            "Green",
            "Independent",
            "Councilmember",
            "Assemblymember",
            "Supervisor",
            "Alderwoman",
            "Selectman",
            "Freeholder",
            "Trustee",
        ] {
            let t = format!(
                "{label} Marisol Okonkwe took the seat on Monday.\n\n“We did it,” Okonkwe said.\n"
            );
            assert_eq!(
                speakers(&t),
                vec![Some("Marisol Okonkwe".to_string())],
                "{label}"
            );
        }
    }

    #[test]
    fn members_of_a_body_are_no_person_a_pronoun_means() {
        let t = "Members of Corvale backed the strike.\n\n“It is fair,” he said.\n";
        assert_eq!(speakers(t), vec![None]);
    }

    #[test]
    fn a_name_after_a_verb_and_a_role_noun_is_its_object() {
        let t = "Coach Tobias Wrenfield is short of players.\n\nWrenfield signed striker Kalle Munro last May.\n\nLater he said: “We need depth.”\n";
        assert_eq!(speakers(t), vec![Some("Tobias Wrenfield".to_string())]);
        let t = "Coach Tobias Wrenfield is short of players.\n\nWrenfield had to play defender Kalle Munro up front.\n\nLater he said: “We need depth.”\n";
        assert_eq!(speakers(t), vec![Some("Tobias Wrenfield".to_string())]);
        // A past participle after an article describes the role: the name is the subject.
        let t = "Coach Tobias Wrenfield is short of players.\n\nThe newly signed striker Kalle Munro scored twice.\n\nLater he said: “We need depth.”\n";
        assert_eq!(speakers(t), vec![Some("Kalle Munro".to_string())]);
    }

    #[test]
    fn acronyms_written_with_dots_lose_them() {
        assert_eq!(undotted_acronym("Q.X.").as_deref(), Some("QX"));
        assert_eq!(undotted_acronym("Q.X.Z").as_deref(), Some("QXZ"));
        for word in ["QX", "Q.", "Quist", "Q.Xo.", "q.x.", "A.B.C.D.E.F.G.H", ""] {
            assert_eq!(undotted_acronym(word), None, "{word}");
        }
    }

    #[test]
    fn diacritics_fold_away() {
        assert_eq!(fold_diacritics("Aroha Pūtake"), "aroha putake");
        assert_eq!(fold_diacritics("Zbigniew Łęcki"), "zbigniew lecki");
        assert_eq!(fold_diacritics("Nguyễn Thị Hà"), "nguyen thi ha");
        assert_eq!(fold_diacritics("Işık Søgaard"), "isik sogaard");
    }

    #[test]
    fn a_drop_cap_is_name_cased_but_an_acronym_is_not() {
        assert_eq!(drop_cap("EDWIN", "Okafor").as_deref(), Some("Edwin"));
        assert_eq!(drop_cap("ERIK", "Okafor").as_deref(), Some("Erik"));
        for (word, next) in [
            ("UNAC", "Fleet"),
            ("QX", "Secretary-General"),
            ("Edwin", "Okafor"),
            ("EDWIN", "OKAFOR"),
            ("EDWIN", "okafor"),
        ] {
            assert_eq!(drop_cap(word, next), None, "{word} {next}");
        }
    }

    #[test]
    fn two_letter_titles_in_capitals_are_acronyms() {
        for title in [
            "Dr", "Dr.", "Rt", "St", "Ms", "MP", "DCP", "Sen", "Sec", "Pres",
        ] {
            assert!(is_title(title), "{title}");
        }
        for acronym in ["DR", "RT", "ST", "MS", "SEC"] {
            assert!(!is_title(acronym), "{acronym}");
        }
    }

    #[test]
    fn nouns_in_ly_are_no_adverbs() {
        assert!(is_adverb_like("quickly"));
        assert!(!is_adverb_like("family"));
        assert!(!is_adverb_like("Ally"));
    }

    #[test]
    fn lower_drops_trailing_dots_and_lowers_any_word() {
        assert_eq!(lower("Sen.").as_str(), "sen");
        assert!(matches!(lower("said"), Lowered::Same("said")));
        assert!(matches!(lower("MR"), Lowered::Short(..)));
        assert_eq!(lower("MR").as_str(), "mr");
        assert_eq!(lower("ÉLYSÉE").as_str(), "élysée");
        let long = "Internationalisationalistic";
        assert_eq!(lower(long).as_str(), long.to_lowercase());
        assert_eq!(lower("...").as_str(), "");
    }
}
