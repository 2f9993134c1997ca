//! Paragraphs: blank lines separate them; a text with no blank line has one paragraph per line.

use crate::model::Span;

/// Whether a character is white space for layout purposes (a byte-order mark counts).
pub fn is_layout_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The paragraphs of `text`, each trimmed of surrounding white space, in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let has_blank_line = lines
        .iter()
        .any(|l| l.of(text).chars().all(is_layout_space));
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines {
        let blank = line.of(text).chars().all(is_layout_space);
        if blank || !has_blank_line {
            if let Some(paragraph) = current.take() {
                push_trimmed(text, paragraph, &mut out);
            }
            if !blank {
                push_trimmed(text, line, &mut out);
            }
            continue;
        }
        current = Some(match current {
            Some(paragraph) => Span::new(paragraph.start, line.end),
            None => line,
        });
    }
    if let Some(paragraph) = current {
        push_trimmed(text, paragraph, &mut out);
    }
    out
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
    fn bom_is_not_text() {
        assert_eq!(texts("\u{feff}Hello."), vec!["Hello."]);
    }
}
