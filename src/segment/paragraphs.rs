//! Paragraphs: blank lines separate them; a text with no blank line has one paragraph per line.
//!
//! A block between blank lines that itself holds several lines is read one of two ways: when most
//! of its lines end with sentence-final punctuation it is a run of one-line paragraphs (files that
//! mix blank-line and single-newline paragraphs); otherwise it is one paragraph wrapped by hand.

use crate::model::Span;

/// Whether a character is white space for layout purposes (a byte-order mark counts).
pub fn is_layout_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Whether a character closes a quotation or a bracket.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '}' | '\u{bb}' | '\u{203a}'
    )
}

/// Whether `text` ends with sentence-final punctuation, closing marks after it allowed.
pub fn ends_with_final_punctuation(text: &str) -> bool {
    let core = text
        .trim_end_matches(is_layout_space)
        .trim_end_matches(is_closer);
    core.ends_with(['.', '!', '?', '\u{2026}'])
}

/// The paragraphs of `text`, each trimmed of surrounding white space, in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let is_blank = |line: &Span| line.of(text).chars().all(is_layout_space);
    let has_blank_line = lines.iter().any(is_blank);
    let mut out = Vec::new();
    if !has_blank_line {
        for line in lines {
            push_trimmed(text, line, &mut out);
        }
        return out;
    }
    let mut block_start = 0;
    for index in 0..=lines.len() {
        let at_break = lines.get(index).is_none_or(is_blank);
        if at_break {
            if let Some(block) = lines.get(block_start..index) {
                push_block(text, block, &mut out);
            }
            block_start = index + 1;
        }
    }
    out
}

/// Push one block of consecutive non-blank lines as one paragraph or as one per line.
fn push_block(text: &str, block: &[Span], out: &mut Vec<Span>) {
    let (Some(first), Some(last)) = (block.first(), block.last()) else {
        return;
    };
    let breaks = block.len() - 1;
    let finished = block
        .windows(2)
        .filter(|pair| {
            let next_starts_lower = pair[1]
                .of(text)
                .trim_start_matches(is_layout_space)
                .starts_with(char::is_lowercase);
            ends_with_final_punctuation(pair[0].of(text)) && !next_starts_lower
        })
        .count();
    if breaks > 0 && finished * 2 >= breaks {
        for line in block {
            push_trimmed(text, *line, out);
        }
        return;
    }
    // A hand-wrapped block: a line much shorter than the block's longest ends a paragraph when
    // the next line starts like one (a heading or credit line above the text).
    let widest = block.iter().map(|l| l.end - l.start).max().unwrap_or(0);
    let mut start = first.start;
    for pair in block.windows(2) {
        let line = pair[0];
        let next_starts_new = pair[1]
            .of(text)
            .trim_start_matches(is_layout_space)
            .starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '\u{201c}'));
        if (line.end - line.start) * 2 <= widest && next_starts_new || is_byline(pair[1].of(text)) {
            push_trimmed(text, Span::new(start, line.end), out);
            start = pair[1].start;
        }
    }
    push_trimmed(text, Span::new(start, last.end), out);
}

/// The most words a byline line may have (`By Jo Lin and Sam Roe, Staff Writers`).
const MAX_BYLINE_WORDS: usize = 8;

/// Whether a line is a byline (`By Jo Lin`): "By", a capitalised word, a few words more and no
/// closing punctuation, or a desk's credit (`Harbour Post Bureau`). Under a headline in the same
/// block it starts a paragraph of its own.
fn is_byline(line: &str) -> bool {
    let line = line.trim_matches(is_layout_space);
    if crate::segment::header::is_desk_credit(line) {
        return true;
    }
    let named = line
        .strip_prefix("By ")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    named
        && line.split_whitespace().count() <= MAX_BYLINE_WORDS
        && !ends_with_final_punctuation(line)
}

fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Span::new(start, i));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// Push `span` trimmed of layout white space, unless nothing is left.
pub fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    if let Some(trimmed) = trim(text, span) {
        out.push(trimmed);
    }
}

/// `span` without leading and trailing layout white space, or None when nothing is left.
pub fn trim(text: &str, span: Span) -> Option<Span> {
    let inner = span.of(text);
    let lead = inner.len() - inner.trim_start_matches(is_layout_space).len();
    let rest = &inner[lead..];
    let kept = rest.trim_end_matches(is_layout_space).len();
    (kept > 0).then(|| Span::new(span.start + lead, span.start + lead + kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            texts("A b.\nc d.\n\n  E f.  \n"),
            vec!["A b.\nc d.", "E f."]
        );
    }

    #[test]
    fn single_newlines_separate_when_no_blank_line() {
        assert_eq!(texts("A b.\r\nC d.\r\n"), vec!["A b.", "C d."]);
    }

    #[test]
    fn block_of_finished_lines_is_one_paragraph_per_line() {
        assert_eq!(
            texts("Title\n\nLabel\nA b.\nC d.\nE f.\n"),
            vec!["Title", "Label", "A b.", "C d.", "E f."]
        );
    }

    #[test]
    fn hand_wrapped_block_stays_one_paragraph() {
        assert_eq!(
            texts("Title\n\nA long line that\nwraps here and\nends. Then more\ntext.\n"),
            vec![
                "Title",
                "A long line that\nwraps here and\nends. Then more\ntext."
            ]
        );
    }

    #[test]
    fn short_line_over_wrapped_text_is_its_own_paragraph() {
        assert_eq!(
            texts("Title\n\nDesk note\nThe talks went on for a long time and then\nthey ended.\n"),
            vec![
                "Title",
                "Desk note",
                "The talks went on for a long time and then\nthey ended."
            ]
        );
    }

    #[test]
    fn bom_is_not_text() {
        assert_eq!(texts("\u{feff}Hello."), vec!["Hello."]);
    }

    #[test]
    fn a_byline_under_a_headline_in_one_block_is_its_own_paragraph() {
        assert_eq!(
            texts("Council votes to close the old pier for repairs\nBy Tom Reyes\n\nThe vote was close.\n"),
            vec![
                "Council votes to close the old pier for repairs",
                "By Tom Reyes",
                "The vote was close."
            ]
        );
        // "By" opening a wrapped line of text is no byline.
        assert_eq!(
            texts("Title\n\nThe council met on Monday and was told\nBy the mayor that the pier would shut.\n"),
            vec![
                "Title",
                "The council met on Monday and was told\nBy the mayor that the pier would shut."
            ]
        );
    }
}
