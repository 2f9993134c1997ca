//! The whole pipeline on arbitrary bytes: decode like the loader, analyse, render every format.
#![no_main]

mod common;

use corpus_report::corpus::{decode, Decoded};
use corpus_report::render::{renderer, Format, RenderOptions};
use corpus_report::{analyze_texts, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Decoded::Text { text, .. } = decode(data) else {
        return;
    };
    let texts = [("doc", text.as_str())];
    let report = analyze_texts(&texts, &Options::default());
    if let Err(problem) = common::invariants::check_texts(&report, &texts) {
        panic!("{problem}");
    }
    for format in [Format::Text, Format::Json, Format::JsonLines, Format::Markdown] {
        renderer(format, RenderOptions::default())
            .render(&report, &mut std::io::sink())
            .expect("rendering to a sink cannot fail");
    }
});
