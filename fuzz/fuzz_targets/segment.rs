//! segment::segment alone: every paragraph, sentence, headline and metadata span is valid and
//! sentences are ordered without overlap.
#![no_main]

mod common;

use common::invariants::check_span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let layout = corpus_report::segment::segment(text);
    let mut previous_end = 0;
    for sentence in &layout.sentences {
        let span = sentence.span;
        if let Err(problem) = check_span("sentence", span.start, span.end, text) {
            panic!("{problem}");
        }
        assert!(span.start >= previous_end, "sentences overlap or are out of order");
        assert!(sentence.paragraph < layout.paragraphs.len());
        previous_end = span.end;
    }
    let others = layout
        .paragraphs
        .iter()
        .chain(&layout.metadata)
        .chain(layout.headline.iter());
    for span in others {
        if let Err(problem) = check_span("span", span.start, span.end, text) {
            panic!("{problem}");
        }
    }
});
