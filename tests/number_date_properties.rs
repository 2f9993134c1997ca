//! Property tests for the number and date extractors: no panic on any input, spans on char
//! boundaries inside the text, `text == file[start..end]`, and numbers never overlapping dates.

use corpus_report::extract::{dates, numbers};
use corpus_report::segment::segment;
use proptest::prelude::*;

/// Check every invariant on one text.
fn check(text: &str) {
    let layout = segment(text);
    let anchor = jiff::civil::Date::new(2022, 1, 22).ok();
    let found_dates = dates::extract(text, &layout, anchor);
    let found_numbers = numbers::extract(text, &layout, &found_dates);
    for d in &found_dates {
        assert!(d.start < d.end && d.end <= text.len());
        assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
        assert_eq!(text.get(d.start..d.end), Some(d.text.as_str()));
    }
    for n in &found_numbers {
        assert!(n.start < n.end && n.end <= text.len());
        assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
        assert_eq!(text.get(n.start..n.end), Some(n.text.as_str()));
        assert!(n.value.is_none_or(f64::is_finite));
        let next = found_dates.partition_point(|d| d.end <= n.start);
        if let Some(d) = found_dates.get(next) {
            assert!(n.end <= d.start, "{n:?} overlaps {d:?}");
        }
    }
}

/// Fragments that exercise the patterns when glued together at random.
const PIECES: &[&str] = &[
    "2022-01-22",
    "Jan. 21",
    "21 January 2022",
    "mid-December",
    "last Tuesday",
    "yesterday",
    "9:20 p.m.",
    "2.40am",
    "21:00 GMT",
    "the 1990s",
    "2014",
    "$200 million",
    "£3.4m",
    "€5bn",
    "100,00",
    "1,5000",
    "12.5%",
    "per cent",
    "90-minute",
    "two dozen",
    "a dozen",
    "thousands of",
    "between 300 and 400",
    "20-25",
    "PM2.5",
    "F-16",
    "Covid-19",
    "+44 20 7946 0958",
    "Smith, 54,",
    "more than",
    "some",
    " ",
    ", ",
    ". ",
    "\n\n",
    "é",
    "—",
    "’s",
    "troops",
    "in three days",
    "Friday morning",
    "May",
    "date 2022-01-22 ",
    "US$",
    "-",
    "9",
    ",",
    ".",
    "%",
    "a",
    "half",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_is_safe(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn glued_pieces_are_safe(indices in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let text: String = indices.iter().filter_map(|i| PIECES.get(*i)).copied().collect();
        check(&text);
    }

    #[test]
    fn digit_soup_is_safe(text in "[0-9,.:$£% -]{0,120}") {
        check(&text);
    }
}

#[test]
fn a_thousand_digit_number_is_null_or_finite() {
    let text = format!("They counted {} grains.", "7".repeat(1000));
    check(&text);
    let layout = segment(&text);
    let found = numbers::extract(&text, &layout, &[]);
    assert_eq!(found.len(), 1);
    assert!(found[0].value.is_none());
    assert!(found[0].flags.iter().any(|f| f == "overflow"));
}

#[test]
fn many_candidates_stay_fast() {
    let text = "Some 1,000 troops and $5bn on Friday, 21 January 2022. ".repeat(20_000);
    let layout = segment(&text);
    let started = std::time::Instant::now();
    let found_dates = dates::extract(&text, &layout, None);
    let found_numbers = numbers::extract(&text, &layout, &found_dates);
    assert!(started.elapsed().as_secs() < 20);
    assert_eq!(found_numbers.len(), 40_000);
    check(&text);
}
