//! extract::dates::extract alone, with and without an anchor date.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let layout = corpus_report::segment::segment(text);
    for anchor in [None, Some(jiff::civil::date(2022, 1, 22))] {
        for date in corpus_report::extract::dates::extract(text, &layout, anchor) {
            assert_eq!(text.get(date.start..date.end), Some(date.text.as_str()));
        }
    }
});
