//! Segmentation: one test per rule of news layout and sentence splitting, and property tests that
//! for any input nothing panics and every sentence is an ordered, trimmed, in-bounds span of its
//! paragraph with `text == file[start..end]`.

use corpus_report::segment::{segment, Layout};
use proptest::prelude::*;

fn sentences<'t>(text: &'t str, layout: &Layout) -> Vec<&'t str> {
    layout.sentences.iter().map(|s| s.span.of(text)).collect()
}

fn split(text: &str) -> Vec<&str> {
    let layout = segment(text);
    sentences(text, &layout)
}

#[test]
fn date_line_sharing_the_first_line_is_metadata() {
    let text = " date 2021-05-06 Ships sailed at dawn. Crews waved.\n\nThey returned.\n";
    let layout = segment(text);
    assert_eq!(
        layout.published.map(|d| d.to_string()).as_deref(),
        Some("2021-05-06")
    );
    assert_eq!(
        sentences(text, &layout),
        vec!["Ships sailed at dawn.", "Crews waved.", "They returned."]
    );
    assert!(layout.headline.is_none());
}

#[test]
fn date_line_on_its_own_line_leaves_the_headline_under_it() {
    let text = "date 2021-05-06\nShips sail\n\nThey left at dawn.\n\n(Reporting by A. Writer)\n";
    let layout = segment(text);
    assert_eq!(layout.headline.map(|h| h.of(text)), Some("Ships sail"));
    assert_eq!(sentences(text, &layout), vec!["They left at dawn."]);
}

#[test]
fn headline_and_standfirst_are_not_sentences() {
    let text = "Storm hits coast\n\nTowns brace for more rain this week\n\nThe storm arrived. It was loud.\n";
    let layout = segment(text);
    assert_eq!(
        layout.headline.map(|h| h.of(text)),
        Some("Storm hits coast")
    );
    assert_eq!(
        layout.standfirst.map(|h| h.of(text)),
        Some("Towns brace for more rain this week")
    );
    assert_eq!(
        sentences(text, &layout),
        vec!["The storm arrived.", "It was loud."]
    );
}

#[test]
fn a_standfirst_closed_by_a_full_stop_over_a_byline_and_date_is_header() {
    for header in [
        "Health editor Ada Quist\n\nThursday 14 March 2024 06.00 GMT",
        "Health editor Ada Quist\nThursday 14 March 2024 06.00 GMT",
        "By Ada Quist\n\nMar 14, 2024, 3:40 PM UTC",
        "Published: 8:30pm, 14 Mar 2024",
    ] {
        let text = format!(
            "Wards brace for surge\n\nWaiting lists have reached record levels, figures show.\n\n{header}\n\nWards are full, officials said. Staff are tired.\n"
        );
        let layout = segment(&text);
        assert_eq!(
            layout.published.map(|d| d.to_string()).as_deref(),
            Some("2024-03-14"),
            "{header}"
        );
        assert_eq!(
            sentences(&text, &layout),
            vec!["Wards are full, officials said.", "Staff are tired."],
            "{header}"
        );
    }
    // A byline alone under it shows it is the standfirst too.
    let text = "Wards brace for surge\n\nWaiting lists have reached record levels.\n\nBy Ada Quist\n\nWards are full.\n";
    assert_eq!(split(text), vec!["Wards are full."]);
    // Without a byline or date line after it, a paragraph with a full stop is body text.
    let text =
        "Wards brace for surge\n\nWaiting lists have reached record levels.\n\nWards are full.\n";
    assert!(split(text).contains(&"Waiting lists have reached record levels."));
}

#[test]
fn a_byline_or_date_block_under_paragraphs_read_as_body_makes_them_the_header() {
    let body = "More than 40 MPs signed the amendment on Monday.";
    for top in [
        "Rebels threaten housing bill\nMinisters face revolt over planning\n\nBy Ada Quist\nPublished 5 March 2024",
        "Rebels threaten housing bill\nMinisters face revolt over planning\n\nPublished 5 March 2024",
        "Rebels threaten housing bill\nMinisters face revolt over planning\n\n5 March 2024",
        "Rebels threaten housing bill.\n\nBy Ada Quist\nPublished 5 March 2024",
        "Rebels threaten housing bill\n\nTalks collapse.\n\nBy Ada Quist\nPublished 5 March 2024",
        "Rebels threaten housing bill\n\nTalks collapse.\n\nPublished 5 March 2024",
    ] {
        let text = format!("{top}\n\n{body}\n");
        let layout = segment(&text);
        assert_eq!(
            layout.published.map(|d| d.to_string()).as_deref(),
            Some("2024-03-05"),
            "{top}"
        );
        assert_eq!(
            layout.headline.map(|h| h.of(&text).trim_end_matches('.')),
            Some("Rebels threaten housing bill"),
            "{top}"
        );
        assert_eq!(sentences(&text, &layout), vec![body], "{top}");
    }
    // A byline with a stamp after a bar.
    let text = "Acme cuts jobs\n\nThe firm will lay off staff, it said.\n\nBy Ada Quist and Ivo Dane | Updated 3 hours ago\n\nAcme said it would cut jobs.\n";
    assert_eq!(split(text), vec!["Acme said it would cut jobs."]);
    // A date alone under a sentence opens no header: it heads a timeline's entry.
    let text = "The crisis began in January.\n\nJanuary 12, 2024\n\nProtests broke out.\n";
    let layout = segment(text);
    assert_eq!(layout.published, None);
    assert_eq!(
        sentences(text, &layout),
        vec![
            "The crisis began in January.",
            "January 12, 2024",
            "Protests broke out."
        ]
    );
}

#[test]
fn page_furniture_is_no_sentence_wherever_it_stands() {
    for line in [
        "Sign up for our newsletter",
        "Topics: economy, housing",
        "Ada Quist contributed to this report.",
        "Crowds gather in the square on Monday. Photograph: Ada Quist/Reuters",
        "___",
        "10:15 GMT",
    ] {
        for text in [
            format!("Teachers stayed away on Tuesday.\n\n{line}\n\nThe talks resumed.\n"),
            format!("Teachers stayed away on Tuesday.\n\nThe talks resumed.\n\n{line}\n"),
        ] {
            assert_eq!(
                split(&text),
                vec!["Teachers stayed away on Tuesday.", "The talks resumed."],
                "{line}"
            );
        }
    }
    // A last line of speech without a full stop is text.
    let text = "Teachers stayed away on Tuesday.\n\n\u{201c}We will be back\u{201d}\n";
    assert_eq!(split(text).len(), 2);
}

#[test]
fn single_paragraph_is_never_a_headline() {
    let text = "1) Red 2) Blue\n";
    let layout = segment(text);
    assert!(layout.headline.is_none());
    assert_eq!(sentences(text, &layout), vec!["1) Red", "2) Blue"]);
}

#[test]
fn copyright_lines_name_the_outlet_and_are_not_sentences() {
    let text = "Rain fell. It stopped. (\u{a9} The Daily Planet)\n\n\u{a9} Daily Planet\n";
    let layout = segment(text);
    assert_eq!(layout.outlet.as_deref(), Some("The Daily Planet"));
    assert_eq!(sentences(text, &layout), vec!["Rain fell.", "It stopped."]);
}

#[test]
fn datelines_are_not_part_of_the_first_sentence() {
    for (text, first, outlet) in [
        (
            "Flood warning\n\nOSLO: Rivers rose.\n\nMore rain.\n",
            "Rivers rose.",
            None,
        ),
        (
            "Flood warning\n\nLIMA (AP) \u{2014} Rivers rose.\n\nMore rain.\n",
            "Rivers rose.",
            Some("AP"),
        ),
        (
            "Flood warning\n\nLima (XYZ)Rivers rose.\n\nMore rain.\n",
            "Rivers rose.",
            Some("XYZ"),
        ),
        (
            "Flood warning\n\nNEW DELHI\u{2014}Rivers rose.\n\nMore rain.\n",
            "Rivers rose.",
            None,
        ),
    ] {
        let layout = segment(text);
        assert_eq!(sentences(text, &layout)[0], first, "{text}");
        assert_eq!(layout.outlet.as_deref(), outlet, "{text}");
    }
}

#[test]
fn a_publication_line_in_words_is_metadata_and_the_date() {
    let text =
        "Floods hit towns\n\nBy A. Writer\n\nPublished 3 March 2024\n\nRivers rose on Sunday.\n";
    let layout = segment(text);
    assert_eq!(
        layout.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(sentences(text, &layout), vec!["Rivers rose on Sunday."]);
    // Under a short paragraph, such a line shows the paragraph was the standfirst.
    let text = "Floods hit towns\n\nRivers rose.\n\nPublished 3 March 2024\n\nMore rain fell.\n";
    let layout = segment(text);
    assert_eq!(
        layout.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(sentences(text, &layout), vec!["More rain fell."]);
    // Deeper in the body, it is text.
    let text = "Floods hit towns\n\nRivers rose.\n\nRoads closed.\n\nPublished 3 March 2024\n\nMore rain fell.\n";
    assert_eq!(segment(text).published, None);
    // A byline without "By" and the date on the next line of one header paragraph.
    let text =
        "Floods hit towns\n\nWeather desk A. Writer, Daily Planet News\nSunday 3 March 2024 \
                09.00 GMT\n\nRivers rose on Sunday.\n";
    let layout = segment(text);
    assert_eq!(
        layout.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(sentences(text, &layout), vec!["Rivers rose on Sunday."]);
    // Closing the page, it gives the date.
    for text in [
        "Floods hit towns\n\nRivers rose on Sunday.\n\nPublished 9:10 AM EDT, March 3, 2024\n",
        "Floods hit towns\n\nRivers rose on Sunday.\n\nUpdated: March 3, 2024\n",
    ] {
        let layout = segment(text);
        assert_eq!(
            sentences(text, &layout),
            vec!["Rivers rose on Sunday."],
            "{text}"
        );
        assert_eq!(
            layout.published.map(|d| d.to_string()).as_deref(),
            Some("2024-03-03"),
            "{text}"
        );
    }
    let text = "Floods hit towns\n\nRivers rose.\n\nFirst published on Sun 3 Mar 2024 18.30 GMT\n";
    let layout = segment(text);
    assert_eq!(sentences(text, &layout), vec!["Rivers rose."]);
    assert_eq!(
        layout.published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-03")
    );
}

#[test]
fn captions_and_the_links_after_a_story_are_not_sentences() {
    let text = "Floods hit towns\n\nRivers rose on Sunday.\n\nImage caption,\nA man wades through water\n\nImage source, Agency\n\nDams held.\n\nRelated Topics\nFloods\nWeather\n";
    assert_eq!(split(text), vec!["Rivers rose on Sunday.", "Dams held."]);
}

#[test]
fn a_line_giving_only_a_date_is_metadata_and_the_date() {
    let published = |text: &str| segment(text).published.map(|d| d.to_string());
    let text = "Floods hit towns\n\nBy A. Writer\n\nSunday, March 3, 2024\n\nRivers rose.\n";
    assert_eq!(published(text).as_deref(), Some("2024-03-03"));
    assert_eq!(sentences(text, &segment(text)), vec!["Rivers rose."]);
    // Before the headline too, and the headline is still found.
    let text = "3 March 2024\n\nFloods hit towns\n\nRivers rose.\n";
    assert_eq!(published(text).as_deref(), Some("2024-03-03"));
    assert_eq!(
        segment(text).headline.map(|h| h.of(text)),
        Some("Floods hit towns")
    );
    // A date with no year is no publication date.
    assert_eq!(
        published("Floods hit towns\n\nSunday, March 3\n\nRivers rose.\n"),
        None
    );
}

#[test]
fn a_dateline_stating_a_full_date_gives_the_publication_date() {
    let published = |text: &str| segment(text).published.map(|d| d.to_string());
    let text = "Flood warning\n\nOSLO, Norway, March 3, 2020 (XYZ) - Rivers rose.\n\nMore rain.\n";
    assert_eq!(published(text).as_deref(), Some("2020-03-03"));
    assert_eq!(sentences(text, &segment(text))[0], "Rivers rose.");
    // A day without its year is no publication date; a date line says it first.
    let text = "Flood warning\n\nOSLO, March 3 (XYZ) - Rivers rose.\n\nMore rain.\n";
    assert_eq!(published(text), None);
    assert_eq!(sentences(text, &segment(text))[0], "Rivers rose.");
    let text =
        "date 2020-03-04\nFlood warning\n\nOSLO, March 3, 2020 - Rivers rose.\n\nMore rain.\n";
    assert_eq!(published(text).as_deref(), Some("2020-03-04"));
}

#[test]
fn labels_and_desk_credits_are_metadata() {
    let text = "You're reading: Flood warning\n\nNight Desk\nBoats left.\nRain fell.\nWire Services add: Dams held.\n\nRead more: Why rivers flood\n";
    let layout = segment(text);
    assert_eq!(layout.headline.map(|h| h.of(text)), Some("Flood warning"));
    // A label linking to another page takes its whole line with it.
    assert_eq!(
        sentences(text, &layout),
        vec!["Boats left.", "Rain fell.", "Dams held."]
    );
}

#[test]
fn paragraph_break_always_ends_a_sentence() {
    let text = "It was late.\n\nTalks began at noon and\n\nthey ended at dusk.\n";
    assert_eq!(
        split(text),
        vec![
            "It was late.",
            "Talks began at noon and",
            "they ended at dusk."
        ]
    );
}

#[test]
fn hand_wrapped_lines_join_into_one_sentence() {
    let text =
        "Header words\n\nThe talks in the capital went on\nuntil late. Nobody left\nearly.\n";
    assert_eq!(
        split(text),
        vec![
            "The talks in the capital went on\nuntil late.",
            "Nobody left\nearly."
        ]
    );
}

#[test]
fn titles_with_and_without_dots() {
    assert_eq!(
        split("Mr Lee met Sen. Ray and Gov. Kim. Dr. Vu left.\n"),
        vec!["Mr Lee met Sen. Ray and Gov. Kim.", "Dr. Vu left."]
    );
    assert_eq!(
        split("They met St. Anne's staff.\n"),
        vec!["They met St. Anne's staff."]
    );
}

#[test]
fn initials_and_acronyms() {
    assert_eq!(
        split("A. B. C. Doe met Harry Q. Public in the U.K. on Monday.\n"),
        vec!["A. B. C. Doe met Harry Q. Public in the U.K. on Monday."]
    );
    assert_eq!(
        split("He flew to the E.U. Then home.\n"),
        vec!["He flew to the E.U.", "Then home."]
    );
}

#[test]
fn clock_times_may_or_may_not_end_a_sentence() {
    assert_eq!(
        split("The vote is at 4 p.m. Tuesday. It ended at 9 p.m. Voters went home.\n"),
        vec![
            "The vote is at 4 p.m. Tuesday.",
            "It ended at 9 p.m.",
            "Voters went home."
        ]
    );
}

#[test]
fn months_numbers_money_and_addresses() {
    assert_eq!(
        split("It opens Sept. 4 at No. 9 for $3.50 a head. Write to a.b@c.org. Or visit https://c.org/x.html. Thanks.\n"),
        vec![
            "It opens Sept. 4 at No. 9 for $3.50 a head.",
            "Write to a.b@c.org.",
            "Or visit https://c.org/x.html.",
            "Thanks."
        ]
    );
}

#[test]
fn speech_with_lower_case_attribution_stays_one_sentence() {
    assert_eq!(
        split("\u{201c}We will stay,\u{201d} he said. \u{201c}Why?\u{201d} she asked. \u{201c}Go!\u{201d} They went.\n"),
        vec![
            "\u{201c}We will stay,\u{201d} he said.",
            "\u{201c}Why?\u{201d} she asked.",
            "\u{201c}Go!\u{201d}",
            "They went."
        ]
    );
}

#[test]
fn ellipses_and_brackets() {
    assert_eq!(
        split("He paused ... then spoke. It was done (mostly.) Next came lunch.\n"),
        vec![
            "He paused ... then spoke.",
            "It was done (mostly.)",
            "Next came lunch."
        ]
    );
}

#[test]
fn sentence_at_finds_the_holding_sentence() {
    let text = "One two. Three four.\n";
    let layout = segment(text);
    assert_eq!(layout.sentence_at(0), Some(0));
    assert_eq!(layout.sentence_at(10), Some(1));
    assert_eq!(layout.sentence_at(8), None);
    assert_eq!(layout.sentence_at(1000), None);
}

fn check_layout(text: &str) -> Result<(), TestCaseError> {
    let layout = segment(text);
    let mut previous_end = 0;
    for sentence in &layout.sentences {
        let span = sentence.span;
        prop_assert!(span.start < span.end, "empty sentence {span:?}");
        prop_assert!(
            span.start >= previous_end,
            "overlap or disorder at {span:?}"
        );
        prop_assert!(span.end <= text.len());
        let piece = text.get(span.start..span.end);
        prop_assert!(piece.is_some(), "not on char boundaries: {span:?}");
        let piece = piece.unwrap_or("");
        prop_assert_eq!(
            piece,
            piece.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        );
        let paragraph = layout.paragraphs.get(sentence.paragraph);
        prop_assert!(
            paragraph.is_some_and(|p| p.contains(&span)),
            "outside its paragraph"
        );
        previous_end = span.end;
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_segments_into_ordered_trimmed_spans(text in "\\PC{0,300}") {
        check_layout(&text)?;
    }

    #[test]
    fn news_like_text_segments_into_ordered_trimmed_spans(
        text in proptest::collection::vec(
            prop_oneof![
                Just("Mr."), Just("U.S."), Just(". "), Just(".\n"), Just("\n\n"), Just("\""),
                Just("\u{201c}"), Just("\u{201d}"), Just("..."), Just(". . ."), Just("\u{2026}"),
                Just("?"), Just("!"), Just(" he said"), Just("The"), Just("a.m."), Just("1."),
                Just("a)"), Just("\u{2022}"), Just("date 2020-01-02 "), Just("\u{a9} X"),
                Just("(\u{a9} Y)"), Just("GENEVA: "), Just("Paris (CNN)"), Just(" \u{2014} "),
                Just("You're reading: "), Just("Q."), Just("\u{e9}"), Just(" "), Just("\r\n"),
            ],
            0..60,
        ).prop_map(|parts| parts.concat())
    ) {
        check_layout(&text)?;
    }
}

/// Throughput of `segment` on synthetic news-like text; run with
/// `cargo test --release --test segment_properties -- --ignored --nocapture`.
#[test]
#[ignore]
fn segment_throughput() {
    let paragraph =
        "WASHINGTON (AP) \u{2014} Mr. Smith met Sen. Jones at 5 p.m. Friday in the U.S. capital. \
        \u{201c}We will see,\u{201d} he said. Talks on No. 10 cost $2.5 million... It ended. \
        The group, J. R. Doe & Co. Inc., said it would wait until Jan. 21 to decide!\n\n";
    let text = paragraph.repeat(200_000);
    let started = std::time::Instant::now();
    let layout = segment(&text);
    let seconds = started.elapsed().as_secs_f64();
    let megabytes = text.len() as f64 / 1e6;
    println!(
        "segment: {megabytes:.1} MB, {} sentences, {:.0} MB/s",
        layout.sentences.len(),
        megabytes / seconds
    );
    assert!(layout.sentences.len() > 700_000);
}

#[test]
fn a_headline_over_its_date_line_in_one_block_is_the_headline() {
    let text = "Tugboat crews strike for a second week\nPublished 9 May 2023\n\nTalks resumed.\n";
    let layout = segment(text);
    assert_eq!(
        layout.headline.map(|h| h.of(text)),
        Some(text.lines().next().unwrap())
    );
    assert_eq!(
        layout.published.map(|d| d.to_string()).as_deref(),
        Some("2023-05-09")
    );
    assert_eq!(sentences(text, &layout), vec!["Talks resumed."]);
    // A byline over the date line is no headline.
    let text = "Transport editor Oriel Banks\nTuesday 9 May 2023\n\nTalks resumed.\n";
    let layout = segment(text);
    assert!(layout.headline.is_none());
    assert_eq!(
        layout.published.map(|d| d.to_string()).as_deref(),
        Some("2023-05-09")
    );
}

#[test]
fn an_outlet_named_on_a_line_of_its_own_is_no_headline() {
    for date_line in ["Tue 9 May 2023 14.02 BST", "9 May 2023"] {
        let text = format!(
            "The Harbour Gazette\n{date_line}\n\nTugboat crews strike for a second week\n\nTalks resumed.\n"
        );
        let layout = segment(&text);
        assert_eq!(
            layout.headline.map(|h| h.of(&text)),
            Some("Tugboat crews strike for a second week"),
            "{date_line}"
        );
        assert_eq!(layout.outlet.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(sentences(&text, &layout), vec!["Talks resumed."]);
    }
}

#[test]
fn breadcrumbs_share_lines_and_an_agency_byline_are_page_furniture() {
    let text = "Home > News > World\n\nFloods cut off river towns\n\nBy AFP\n\nFlash floods cut off three towns.\n\nShare this article\n";
    let layout = segment(text);
    assert_eq!(
        layout.headline.map(|h| h.of(text)),
        Some("Floods cut off river towns")
    );
    assert_eq!(layout.outlet.as_deref(), Some("AFP"));
    assert_eq!(
        sentences(text, &layout),
        vec!["Flash floods cut off three towns."]
    );
}

#[test]
fn a_section_label_above_the_headline_is_no_headline_and_no_outlet() {
    let body = "More than 40 MPs signed the amendment on Monday.";
    for top in [
        "Politics\n\nRebels threaten housing bill\n\nBy Ada Quist\nMarch 5, 2024",
        "EXCLUSIVE\n\nRebels threaten housing bill\n\nBy Ada Quist\nMarch 5, 2024",
        "UK politics\nRebels threaten housing bill\n\nBy Ada Quist\nMarch 5, 2024",
        "News\nPolitics\nRebels threaten housing bill\n\nBy Ada Quist\nMarch 5, 2024",
    ] {
        let text = format!("{top}\n\n{body}\n");
        let layout = segment(&text);
        assert_eq!(
            layout.headline.map(|h| h.of(&text)),
            Some("Rebels threaten housing bill"),
            "{top}"
        );
        assert_eq!(layout.outlet, None, "{top}");
        assert_eq!(sentences(&text, &layout), vec![body], "{top}");
    }
    // An outlet's name of two words above the headline names the outlet.
    let text = format!("BBC News\n\nRebels threaten housing bill\n\n{body}\n");
    let layout = segment(&text);
    assert_eq!(layout.outlet.as_deref(), Some("BBC News"));
    // A short headline with no headline after it stays the headline.
    let text = format!("Politics\n\n{body}\n");
    let layout = segment(&text);
    assert_eq!(layout.headline.map(|h| h.of(&text)), Some("Politics"));
}

#[test]
fn notes_about_the_story_are_metadata_and_keep_the_header() {
    let text = "Editor's note: This story has been updated to include comment from the ministry.\n\nWildfires force evacuation of 3,000\n\nSANTIAGO, Chile (AP) — Officials ordered the evacuation on Tuesday.\n\nCorrection: An earlier version of this story misstated the number of homes lost.\n\nThis article was amended on 6 March 2024 to correct a name.\n";
    let layout = segment(text);
    assert_eq!(
        layout.headline.map(|h| h.of(text)),
        Some("Wildfires force evacuation of 3,000")
    );
    assert_eq!(layout.outlet.as_deref(), Some("AP"));
    assert_eq!(
        sentences(text, &layout),
        vec!["Officials ordered the evacuation on Tuesday."]
    );
}

#[test]
fn list_lines_under_a_lead_in_are_sentences_of_their_own() {
    let text = "date 2024-03-05\n\nThe plan has three parts:\n1. Build 300,000 homes a year\n2. Cut stamp duty\n\nKey facts\n• 3,000 jobs will go\n• The plant closes in June\n";
    assert_eq!(
        split(text),
        vec![
            "The plan has three parts:",
            "1. Build 300,000 homes a year",
            "2. Cut stamp duty",
            "Key facts",
            "• 3,000 jobs will go",
            "• The plant closes in June"
        ]
    );
}
