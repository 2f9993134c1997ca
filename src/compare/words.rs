//! Word tokens for the comparison: Unicode words with byte offsets, normalised (lower case, curly
//! apostrophes folded) so that outlets' typography does not hide shared wording.

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::function_words::is_function_word;

/// One word of a text: its surface, its byte span in that text, and its normalised form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'t> {
    /// The word as written.
    pub surface: &'t str,
    /// Byte offset of the first byte in the tokenised text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Lower case, with ’ and ‘ folded to '.
    pub norm: String,
}

/// The words of `text` (segments holding a letter or digit), in order.
pub fn words(text: &str) -> Vec<Word<'_>> {
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(start, surface)| Word {
            surface,
            start,
            end: start + surface.len(),
            norm: normalise(surface),
        })
        .collect()
}

/// Lower case with typographic apostrophes folded to `'`.
pub fn normalise(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            other => other,
        })
        .collect()
}

/// Whether a normalised word says something about the topic (not a function word, not a bare number).
pub fn is_content(norm: &str) -> bool {
    !is_function_word(norm) && norm.chars().any(char::is_alphabetic)
}

/// A 64-bit FNV-1a hash of a normalised word, stable across runs.
pub fn hash_word(norm: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in norm.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_offsets_and_fold_apostrophes() {
        let text = "We don\u{2019}t, said Mr. Smith.";
        let ws = words(text);
        let norms: Vec<&str> = ws.iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(norms, vec!["we", "don't", "said", "mr", "smith"]);
        for w in &ws {
            assert_eq!(&text[w.start..w.end], w.surface);
        }
    }

    #[test]
    fn content_words_skip_function_words_and_numbers() {
        assert!(is_content("troops"));
        assert!(!is_content("the"));
        assert!(!is_content("100"));
    }
}
