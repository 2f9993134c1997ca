//! extract::quotes::extract alone, after segmentation.
#![no_main]

mod common;

use common::invariants::check_span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let layout = corpus_report::segment::segment(text);
    for quote in corpus_report::extract::quotes::extract(text, &layout) {
        if let Err(problem) = check_span("quote", quote.start, quote.end, text) {
            panic!("{problem}");
        }
        if let Some(span) = quote.speaker_span {
            if let Err(problem) = check_span("speaker", span.start, span.end, text) {
                panic!("{problem}");
            }
        }
    }
});
