//! Property tests for quote extraction: spans lie inside the text on char boundaries, quotes
//! overlap only by nesting, a quote's text matches its span (multi-paragraph quotes excepted),
//! and no input makes extraction panic.

use corpus_report::extract::quotes;
use corpus_report::segment::segment;
use proptest::prelude::*;

/// Text built from pieces rich in quote marks, apostrophes, names, cues and paragraph breaks.
fn quote_heavy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(" ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("he said".to_string()),
        Just("said Mr Grey".to_string()),
        Just("Dr. Ada Vance".to_string()),
        Just("according to".to_string()),
        Just("don’t".to_string()),
        Just("workers’".to_string()),
        Just("’90s".to_string()),
        Just("é".to_string()),
        "[a-zA-Z]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_inside_the_text_on_char_boundaries(text in quote_heavy_text()) {
        let layout = segment(&text);
        for q in quotes::extract(&text, &layout) {
            prop_assert!(q.start <= q.end && q.end <= text.len());
            prop_assert!(text.is_char_boundary(q.start));
            prop_assert!(text.is_char_boundary(q.end));
            if let Some(span) = q.speaker_span {
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
            let inner = &text[q.start..q.end];
            if !inner.contains('\n') {
                prop_assert_eq!(inner, q.text.as_str());
            }
        }
    }

    #[test]
    fn quotes_overlap_only_by_nesting(text in quote_heavy_text()) {
        let layout = segment(&text);
        let found = quotes::extract(&text, &layout);
        for (i, a) in found.iter().enumerate() {
            for b in &found[i + 1..] {
                let overlap = a.start < b.end && b.start < a.end;
                let nested = (a.start <= b.start && b.end <= a.end)
                    || (b.start <= a.start && a.end <= b.end);
                prop_assert!(!overlap || nested, "{:?} and {:?} overlap", a.text, b.text);
            }
        }
    }

    #[test]
    fn no_panic_on_any_input(text in any::<String>()) {
        let layout = segment(&text);
        let _ = quotes::extract(&text, &layout);
    }

    #[test]
    fn quotes_are_in_order_of_opening(text in quote_heavy_text()) {
        let layout = segment(&text);
        let found = quotes::extract(&text, &layout);
        for pair in found.windows(2) {
            prop_assert!(pair[0].start <= pair[1].start);
        }
        for (i, q) in found.iter().enumerate() {
            prop_assert_eq!(q.index, i);
        }
    }
}

#[test]
fn fifty_thousand_marks_in_one_paragraph_stay_linear() {
    for mark in ["“", "\"", "'", "’", "‘ ’"] {
        let text = format!("He said {}", format!("{mark}word ").repeat(50_000));
        let started = std::time::Instant::now();
        let layout = segment(&text);
        let _ = quotes::extract(&text, &layout);
        assert!(
            started.elapsed().as_secs_f64() < 3.0,
            "{mark}: {:?}",
            started.elapsed()
        );
    }
}
