//! extract::numbers::extract alone (after segmentation and dates, which it reads).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let layout = corpus_report::segment::segment(text);
    let dates = corpus_report::extract::dates::extract(text, &layout, None);
    for number in corpus_report::extract::numbers::extract(text, &layout, &dates) {
        assert_eq!(text.get(number.start..number.end), Some(number.text.as_str()));
        assert!(number.value.is_none_or(f64::is_finite), "{:?}", number.value);
    }
});
