//! The whole pipeline on arbitrary UTF-8, split into up to four documents, with a reference date.
#![no_main]

mod common;

use corpus_report::{analyze_texts, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let documents = common::split_documents(text);
    let texts: Vec<(&str, &str)> = documents.iter().map(|(id, t)| (id.as_str(), *t)).collect();
    let options = Options {
        reference_date: Some(jiff::civil::date(2022, 1, 22)),
        ..Options::default()
    };
    let report = analyze_texts(&texts, &options);
    if let Err(problem) = common::invariants::check_texts(&report, &texts) {
        panic!("{problem}");
    }
});
