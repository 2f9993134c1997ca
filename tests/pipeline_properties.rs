//! Property tests of the whole pipeline (`analyze_texts`): for any input — arbitrary Unicode, runs of
//! quote marks, digits, newlines — nothing panics and every item's span is valid (see
//! `common::invariants`: start <= end <= len, char boundaries, sentences ordered and disjoint,
//! `text == file[start..end]`, quotes' text their inner span or, for a multi-paragraph quote, its
//! paragraphs joined). Output is also deterministic: the same input gives the same report.

mod common;

use common::invariants::check_texts;
use corpus_report::{analyze_texts, Options};
use proptest::prelude::*;

/// Pieces of news-like text, chosen to hit quote, number and date rules and their edges.
const PIECES: &[&str] = &[
    "The",
    " ",
    " ",
    "minister",
    "said",
    "Mr",
    "Mrs.",
    "Dr.",
    "U.S.",
    "he",
    "she",
    "told",
    "according to",
    ".",
    ". ",
    "!",
    "?",
    ",",
    ";",
    ":",
    "-",
    "–",
    "—",
    "…",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "‚",
    "`",
    "''",
    "0",
    "1",
    "5",
    "9",
    "12",
    "2022",
    "1,000",
    "1,00",
    "3.5",
    "2.7",
    "$",
    "€",
    "£",
    "%",
    "percent",
    "billion",
    "million",
    "thousand",
    "dozen",
    "two",
    "hundred",
    "first",
    "half",
    "more than",
    "about",
    "some",
    "nearly",
    "-",
    "km",
    "troops",
    "people",
    "Monday",
    "January",
    "Jan.",
    "mid-December",
    "yesterday",
    "today",
    "next week",
    "last year",
    "on",
    "in",
    "this week",
    "the 1990s",
    "21st",
    "3 March",
    "2022-01-21",
    "date ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{202e}",
    "\u{301}",
    "é",
    "日本",
    "😀",
    "\u{fffd}",
    "\0",
];

/// A text made of [`PIECES`] and arbitrary characters.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zA-Z]{1,8}",
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

/// An arbitrary string, weighted towards the characters that matter to the pipeline.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"“”‘’'«» \n0-9.,$%a-zA-Z]{0,200}",
        news_like(),
    ]
}

fn options() -> Options {
    Options {
        reference_date: Some(jiff::civil::date(2022, 1, 22)),
        ..Options::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn one_document_keeps_every_invariant(text in any_text()) {
        let texts = [("doc", text.as_str())];
        let report = analyze_texts(&texts, &options());
        if let Err(problem) = check_texts(&report, &texts) {
            prop_assert!(false, "{problem}\ninput: {text:?}");
        }
    }

    #[test]
    fn no_anchor_date_keeps_every_invariant(text in news_like()) {
        let texts = [("doc", text.as_str())];
        let report = analyze_texts(&texts, &Options::default());
        if let Err(problem) = check_texts(&report, &texts) {
            prop_assert!(false, "{problem}\ninput: {text:?}");
        }
    }

    #[test]
    fn several_documents_compare_consistently(
        a in news_like(),
        b in news_like(),
        shared in news_like(),
    ) {
        let with_shared_a = format!("{a}\n\n{shared}");
        let with_shared_b = format!("{shared}\n\n{b}");
        let texts = [("a", with_shared_a.as_str()), ("b", with_shared_b.as_str()), ("c", shared.as_str())];
        let report = analyze_texts(&texts, &options());
        if let Err(problem) = check_texts(&report, &texts) {
            prop_assert!(false, "{problem}\ninputs: {texts:?}");
        }
        let again = analyze_texts(&texts, &options());
        prop_assert_eq!(
            serde_json::to_string(&report).unwrap(),
            serde_json::to_string(&again).unwrap(),
            "same input, different output"
        );
    }

    #[test]
    fn quote_mark_runs_keep_every_invariant(
        marks in proptest::collection::vec(
            proptest::sample::select(&["\"", "“", "”", "‘", "’", "'", "«", "»", " ", "\n\n", "x", "said", ". "][..]),
            0..400,
        )
    ) {
        let text = marks.concat();
        let texts = [("doc", text.as_str())];
        let report = analyze_texts(&texts, &options());
        if let Err(problem) = check_texts(&report, &texts) {
            prop_assert!(false, "{problem}\ninput: {text:?}");
        }
    }

    #[test]
    fn decoding_arbitrary_bytes_then_analysing_keeps_every_invariant(
        bytes in proptest::collection::vec(any::<u8>(), 0..400)
    ) {
        if let corpus_report::corpus::Decoded::Text { text, .. } = corpus_report::corpus::decode(&bytes) {
            let texts = [("doc", text.as_str())];
            let report = analyze_texts(&texts, &options());
            if let Err(problem) = check_texts(&report, &texts) {
                prop_assert!(false, "{problem}\ninput: {bytes:?}");
            }
        }
    }
}

#[test]
fn the_invariant_checker_rejects_bad_spans() {
    let text = "He said “é”.";
    let texts = [("doc", text)];
    let mut report = analyze_texts(&texts, &options());
    report.documents[0].sentences[0].end = text.len() + 1;
    assert!(check_texts(&report, &texts).is_err(), "end past the text");
    report.documents[0].sentences[0].end = text.find('é').unwrap() + 1;
    assert!(
        check_texts(&report, &texts).is_err(),
        "end inside a character"
    );
    report.documents[0].sentences[0].end = 2;
    assert!(
        check_texts(&report, &texts).is_err(),
        "text differs from the span"
    );
}
