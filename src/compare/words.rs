//! Word tokens for the comparison: words with byte offsets, normalised (lower case, curly
//! apostrophes folded) so that outlets' typography does not hide shared wording.
//!
//! Words follow the parts of the Unicode word rules (UAX #29) that matter for news text, in one
//! pass without allocation: runs of letters and digits, where an apostrophe, full stop or colon
//! between two letters ("don’t", "U.S") and a comma or full stop between two digits ("100,000",
//! "2.7") do not break the word, and combining marks and invisible format characters stay inside it.

use std::borrow::Cow;

use crate::lexicon::function_words::is_function_word;
use crate::model::{Sentence, SourceText};

/// One word of a text: its surface, its byte span in that text, and its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'t> {
    /// The word as written.
    pub surface: &'t str,
    /// Byte offset of the first byte in the tokenised text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Lower case, with ’ and ‘ folded to ' (borrowed from the text when already in that form).
    pub norm: Cow<'t, str>,
}

/// The words of `text`, in order.
///
/// ```
/// use corpus_report::compare::words::words;
/// let ws = words("Don’t count 100,000 U.S. high-stakes words!");
/// let norms: Vec<&str> = ws.iter().map(|w| w.norm.as_ref()).collect();
/// assert_eq!(norms, ["don't", "count", "100,000", "u.s", "high", "stakes", "words"]);
/// ```
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    for_each_word(text, |start, end| {
        let surface = &text[start..end];
        out.push(Word {
            surface,
            start,
            end,
            norm: normalise(surface),
        });
    });
    out
}

/// What a character is to the word rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    /// Joins two letters (apostrophes, full stop, colon).
    LetterJoiner,
    /// Joins two digits (comma, semicolon).
    DigitJoiner,
    /// Joins either (full stop, straight apostrophe).
    EitherJoiner,
    /// Stays inside the word it follows (combining marks, zero-width and direction marks).
    Extend,
    Other,
}

/// The class of an ASCII character.
const fn ascii_class(c: u8) -> Class {
    match c {
        b'a'..=b'z' | b'A'..=b'Z' | b'_' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'.' | b'\'' => Class::EitherJoiner,
        b':' => Class::LetterJoiner,
        b',' | b';' => Class::DigitJoiner,
        _ => Class::Other,
    }
}

/// [`ascii_class`] of every ASCII byte, looked up instead of matched on the hot path.
const ASCII_CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = ascii_class(b as u8);
        b += 1;
    }
    table
};

fn class(c: char) -> Class {
    if c.is_ascii() {
        return ascii_class(c as u8);
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2024}' | '\u{FE52}' | '\u{FF07}'
        | '\u{FF0E}' => Class::EitherJoiner,
        '\u{00B7}' | '\u{0387}' | '\u{05F4}' | '\u{2027}' | '\u{FE13}' | '\u{FE55}'
        | '\u{FF1A}' => Class::LetterJoiner,
        '\u{00AD}'
        | '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{FEFF}' => Class::Extend,
        _ if c.is_alphabetic() => Class::Letter,
        _ if c.is_numeric() => Class::Digit,
        _ => Class::Other,
    }
}

/// Call `emit(start, end)` for every word of `text`, in order.
pub fn for_each_word(text: &str, emit: impl FnMut(usize, usize)) {
    scan_words(text, true, emit);
}

/// [`for_each_word`], taking runs of ASCII letters or digits inside a word in one step or (for
/// the tests that check that shortcut) one character at a time.
fn scan_words(text: &str, runs_in_one_step: bool, mut emit: impl FnMut(usize, usize)) {
    // The open word: its start, its end so far, and the class of its last letter or digit.
    let mut open: Option<(usize, usize, Class)> = None;
    // A joiner seen right after the open word, waiting for the character that decides it.
    let mut pending: Option<Class> = None;
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // Inside a word, a run of ASCII characters of the class of its last one extends it: taken
        // in one go (most of a news text).
        if let (Some((start, end, last)), None) = (open, pending) {
            if runs_in_one_step && end == at && matches!(last, Class::Letter | Class::Digit) {
                let run = bytes[at..]
                    .iter()
                    .take_while(|&&b| ASCII_CLASSES.get(usize::from(b)) == Some(&last))
                    .count();
                if run > 0 {
                    open = Some((start, at + run, last));
                    at += run;
                    continue;
                }
            }
        }
        let (current, width) = match ASCII_CLASSES.get(usize::from(byte)) {
            Some(&ascii) => (ascii, 1),
            None => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) => (class(c), c.len_utf8()),
                None => break,
            },
        };
        let after = at + width;
        match current {
            Class::Letter | Class::Digit => match (open, pending.take()) {
                (Some((start, _, last)), Some(joiner)) => {
                    let joins = match joiner {
                        Class::LetterJoiner => last == Class::Letter && current == Class::Letter,
                        Class::DigitJoiner => last == Class::Digit && current == Class::Digit,
                        _ => last == current,
                    };
                    if joins {
                        open = Some((start, after, current));
                    } else {
                        if let Some((s, e, _)) = open {
                            emit(s, e);
                        }
                        open = Some((at, after, current));
                    }
                }
                (Some((start, _, _)), None) => open = Some((start, after, current)),
                (None, _) => open = Some((at, after, current)),
            },
            Class::Extend => {
                if let (Some((start, end, last)), None) = (open, pending) {
                    if end == at {
                        open = Some((start, after, last));
                    }
                }
            }
            Class::LetterJoiner | Class::DigitJoiner | Class::EitherJoiner => {
                if pending.is_some() || open.is_some_and(|(_, end, _)| end != at) {
                    if let Some((s, e, _)) = open.take() {
                        emit(s, e);
                    }
                    pending = None;
                } else if open.is_some() {
                    pending = Some(current);
                }
            }
            Class::Other => {
                if let Some((s, e, _)) = open.take() {
                    emit(s, e);
                }
                pending = None;
            }
        }
        at = after;
    }
    if let Some((s, e, _)) = open {
        emit(s, e);
    }
}

/// One word of a sentence: its span in the sentence's text and [`hash_normalised`] of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashedWord {
    /// Byte offset of the first byte in the sentence's text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// [`hash_normalised`] of the word.
    pub hash: u64,
}

/// The words of each sentence of a document, found once for every stage that reads them (the
/// name findings, the number contexts and the 5-grams read the same words).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SentenceWords {
    words: Vec<HashedWord>,
    /// `ends[i]`: one past the last word of sentence `i` in `words`.
    ends: Vec<usize>,
}

impl SentenceWords {
    /// The words of each of `texts`, in order (one text per sentence).
    ///
    /// ```
    /// use corpus_report::compare::words::SentenceWords;
    /// let words = SentenceWords::of(["Hello there.", "", "Bye"]);
    /// assert_eq!(words.sentence(0).len(), 2);
    /// assert!(words.sentence(1).is_empty());
    /// assert_eq!((words.sentence(2)[0].start, words.sentence(2)[0].end), (0, 3));
    /// ```
    pub fn of<'t>(texts: impl IntoIterator<Item = &'t str>) -> SentenceWords {
        Self::of_reserving(texts, 0)
    }

    /// [`SentenceWords::of`], with room made first for the words of `bytes` bytes of text.
    fn of_reserving<'t>(texts: impl IntoIterator<Item = &'t str>, bytes: usize) -> SentenceWords {
        let texts = texts.into_iter();
        // Running news text has a word in about every six bytes.
        let mut found = SentenceWords {
            words: Vec::with_capacity(bytes / 6),
            ends: Vec::with_capacity(texts.size_hint().0),
        };
        for text in texts {
            for_each_word(text, |start, end| {
                found.words.push(HashedWord {
                    start,
                    end,
                    hash: hash_normalised(&text[start..end]),
                });
            });
            found.ends.push(found.words.len());
        }
        found
    }

    /// How many words the sentences have in all.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the sentences have no word at all.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words of sentence `i` (none past the last sentence).
    pub fn sentence(&self, i: usize) -> &[HashedWord] {
        let start = match i.checked_sub(1) {
            Some(before) => self.ends.get(before).copied().unwrap_or(self.words.len()),
            None => 0,
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.words.get(start..end).unwrap_or_default()
    }
}

/// The text of `sentence`: its own, or for a document kept for the comparison without sentence
/// copies, its span of `source`.
pub fn sentence_text<'s>(source: &'s SourceText, sentence: &'s Sentence) -> &'s str {
    if sentence.text.is_empty() {
        source.get(sentence.start, sentence.end).unwrap_or_default()
    } else {
        sentence.text.as_str()
    }
}

/// The words of `sentences` (see [`sentence_text`] for the text each is read from).
pub fn sentence_words(source: &SourceText, sentences: &[Sentence]) -> SentenceWords {
    let bytes = sentences
        .iter()
        .map(|s| s.end.saturating_sub(s.start))
        .sum();
    SentenceWords::of_reserving(sentences.iter().map(|s| sentence_text(source, s)), bytes)
}

/// Lower case with typographic apostrophes folded to `'`; borrowed when nothing changes.
pub fn normalise(word: &str) -> Cow<'_, str> {
    let unchanged = word
        .bytes()
        .all(|b| !b.is_ascii_uppercase() && b.is_ascii());
    if unchanged {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
                other => other,
            })
            .collect(),
    )
}

/// Whether a normalised word says something about the topic (not a function word, not a bare number).
pub fn is_content(norm: &str) -> bool {
    !is_function_word(norm) && norm.chars().any(char::is_alphabetic)
}

/// [`hash_word`] of [`normalise`]`(word)`, without building the normalised word.
pub fn hash_normalised(word: &str) -> u64 {
    if word.is_ascii() {
        // Most words: lower-casing a byte is all normalising does.
        return word.bytes().fold(FNV_OFFSET, |hash, byte| {
            (hash ^ u64::from(byte.to_ascii_lowercase())).wrapping_mul(FNV_PRIME)
        });
    }
    let mut hash: u64 = FNV_OFFSET;
    let mut feed = |byte: u8| {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    };
    for c in word.chars() {
        if c.is_ascii() {
            feed((c as u8).to_ascii_lowercase());
            continue;
        }
        for lower in c.to_lowercase() {
            let folded = match lower {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
                other => other,
            };
            let mut buffer = [0u8; 4];
            for &byte in folded.encode_utf8(&mut buffer).as_bytes() {
                feed(byte);
            }
        }
    }
    hash
}

/// FNV-1a offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a prime.
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A 64-bit FNV-1a hash of a normalised word, stable across runs.
pub fn hash_word(norm: &str) -> u64 {
    let mut hash: u64 = FNV_OFFSET;
    for byte in norm.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The shortcut over runs of ASCII letters or digits finds the same words.
        #[test]
        fn runs_are_read_as_one_character_at_a_time(
            text in "[a-zA-Z0-9_ .,;:'\u{2019}\u{0301}\u{200B}éß中-]{0,40}"
        ) {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            scan_words(&text, true, |s, e| fast.push((s, e)));
            scan_words(&text, false, |s, e| slow.push((s, e)));
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn sentence_words_are_each_texts_words_with_their_hashes() {
        let texts = [
            "We don\u{2019}t, said Mr. Smith.",
            "",
            "100,000 U.S. troops",
        ];
        let found = SentenceWords::of(texts);
        for (i, text) in texts.iter().enumerate() {
            let expected: Vec<HashedWord> = words(text)
                .iter()
                .map(|w| HashedWord {
                    start: w.start,
                    end: w.end,
                    hash: hash_word(&w.norm),
                })
                .collect();
            assert_eq!(found.sentence(i), &expected[..], "sentence {i}");
        }
        assert!(found.sentence(3).is_empty());
        assert!(SentenceWords::default().sentence(0).is_empty());
    }

    #[test]
    fn words_keep_offsets_and_fold_apostrophes() {
        let text = "We don\u{2019}t, said Mr. Smith.";
        let ws = words(text);
        let norms: Vec<&str> = ws.iter().map(|w| w.norm.as_ref()).collect();
        assert_eq!(norms, vec!["we", "don't", "said", "mr", "smith"]);
        for w in &ws {
            assert_eq!(&text[w.start..w.end], w.surface);
        }
    }

    #[test]
    fn words_follow_the_word_rules_that_matter_for_news() {
        let surfaces = |text: &str| -> Vec<String> {
            words(text).iter().map(|w| w.surface.to_string()).collect()
        };
        assert_eq!(surfaces("G7 COVID-19 3.5%"), ["G7", "COVID", "19", "3.5"]);
        assert_eq!(
            surfaces("e.g. 1,000,000, then 5.a"),
            ["e.g", "1,000,000", "then", "5", "a"]
        );
        assert_eq!(
            surfaces("Cafe\u{301} wo\u{200B}rd"),
            ["Cafe\u{301}", "wo\u{200B}rd"]
        );
        assert_eq!(surfaces("rock 'n' roll ''x"), ["rock", "n", "roll", "x"]);
        assert_eq!(surfaces("U..S ...a"), ["U", "S", "a"]);
        assert_eq!(surfaces("Ελληνικά και 中文"), ["Ελληνικά", "και", "中文"]);
    }

    #[test]
    fn hashing_while_normalising_equals_hashing_the_normalised_word() {
        for word in [
            "troops",
            "Don\u{2019}t",
            "ÉTÉ",
            "İstanbul",
            "ǅemal",
            "U.S",
            "100,000",
            "ß",
        ] {
            assert_eq!(hash_normalised(word), hash_word(&normalise(word)), "{word}");
        }
    }

    #[test]
    fn normalising_borrows_when_nothing_changes() {
        assert!(matches!(normalise("troops"), Cow::Borrowed("troops")));
        assert_eq!(normalise("Don\u{2019}t"), "don't");
        assert_eq!(normalise("ÉTÉ"), "été");
    }

    #[test]
    fn content_words_skip_function_words_and_numbers() {
        assert!(is_content("troops"));
        assert!(!is_content("the"));
        assert!(!is_content("100"));
    }
}
