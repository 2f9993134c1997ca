//! Sentence splitting inside one paragraph.

use super::paragraphs::push_trimmed;
use crate::model::Span;

/// Split one paragraph into sentence spans (trimmed, in order, inside `paragraph`).
pub fn split_sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let inner = paragraph.of(text);
    let bytes = inner.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') && i + 2 < bytes.len() && bytes[i + 1] == b' ' {
            let next = bytes[i + 2];
            if next.is_ascii_uppercase() {
                push_trimmed(
                    text,
                    Span::new(paragraph.start + start, paragraph.start + i + 1),
                    &mut out,
                );
                start = i + 1;
            }
        }
        i += 1;
    }
    push_trimmed(
        text,
        Span::new(paragraph.start + start, paragraph.end),
        &mut out,
    );
    out
}
