//! Unit tests of the HTML page: escaping, highlight placement, self-containment, determinism.

use super::article::{highlights, Layer};
use super::*;
use crate::model::{
    ClusterMember, Comparison, Number, PassageSpan, Quote, QuoteCluster, QuoteKind, ReusedPassage,
    Sentence, Span, SpeakerCoverage, Stats, ToolInfo, Warning, WordDifference,
};

/// A document whose body is `paragraphs`, each a list of sentences; text is the paragraphs joined
/// by blank lines, sentences by one space.
fn document(id: &str, paragraphs: &[&[&str]]) -> (Document, String) {
    let mut text = String::new();
    let mut sentences = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        if p > 0 {
            text.push_str("\n\n");
        }
        for (s, sentence) in paragraph.iter().enumerate() {
            if s > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(sentence);
            sentences.push(Sentence {
                index: sentences.len(),
                start,
                end: text.len(),
                paragraph: p,
                text: sentence.to_string().into(),
            });
        }
    }
    let document = Document {
        id: id.into(),
        path: format!("{id}.txt"),
        published: None,
        outlet: None,
        headline: None,
        stats: Stats {
            bytes: text.len(),
            paragraphs: paragraphs.len(),
            sentences: sentences.len(),
            words: text.split_whitespace().count(),
        },
        sentences,
        quotes: Vec::new(),
        numbers: Vec::new(),
        dates: Vec::new(),
        source: Default::default(),
    };
    (document, text)
}

/// The byte span of the first `needle` in `text`.
fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap();
    Span::new(start, start + needle.len())
}

fn quote(index: usize, text: &str, inner: &str, speaker: Option<&str>) -> Quote {
    let span = span_of(text, inner);
    Quote {
        index,
        start: span.start,
        end: span.end,
        text: inner.to_string(),
        kind: QuoteKind::Direct,
        speaker: speaker.map(String::from),
        speaker_mention: None,
        speaker_span: None,
        cue: Some("said".into()),
        sentence: None,
    }
}

fn number(index: usize, text: &str, surface: &str, value: f64) -> Number {
    let span = span_of(text, surface);
    Number {
        index,
        start: span.start,
        end: span.end,
        text: surface.to_string(),
        value: Some(value),
        unit: Some("people".into()),
        qualifier: None,
        flags: Vec::new(),
        sentence: None,
    }
}

fn report(documents: Vec<Document>, comparison: Comparison) -> Report {
    Report {
        schema_version: crate::model::SCHEMA_VERSION,
        tool: ToolInfo::default(),
        reference_date: None,
        documents,
        comparison,
        warnings: Vec::new(),
    }
}

fn render(report: &Report) -> String {
    page(report).into_string()
}

const HOSTILE: &str = "<script>alert(\"x\")</script>";

#[test]
fn every_piece_of_text_is_escaped() {
    let sentence = format!("He typed {HOSTILE} & left.");
    let (mut doc, text) = document(
        "a<b",
        &[&[sentence.as_str(), "Then <b>bold</b> \"words\"."]],
    );
    doc.headline = Some(format!("Head {HOSTILE}"));
    doc.outlet = Some("<i>Outlet</i>".into());
    doc.quotes
        .push(quote(0, &text, HOSTILE, Some("<em>Speaker</em>")));
    let mut comparison = Comparison {
        speakers: vec![SpeakerCoverage {
            name: "<em>Speaker</em>".into(),
            spellings: vec![HOSTILE.into()],
            quotes: [("a<b".into(), 1)].into_iter().collect(),
        }],
        ..Comparison::default()
    };
    comparison.quote_clusters.push(QuoteCluster {
        speaker: Some(HOSTILE.into()),
        text: HOSTILE.into(),
        members: vec![ClusterMember {
            document: "a<b".into(),
            quote: 0,
            text: HOSTILE.into(),
            differences: vec![WordDifference {
                kind: "changed".into(),
                representative: HOSTILE.into(),
                member: "alert".into(),
            }],
        }],
    });
    comparison.reused_passages.push(ReusedPassage {
        documents: vec!["a<b".into(), "a<b".into()],
        similarity: 1.0,
        passages: vec![PassageSpan {
            document: "a<b".into(),
            start: 0,
            end: 5,
            text: HOSTILE.into(),
        }],
    });
    let mut report = report(vec![doc], comparison);
    report.warnings.push(Warning {
        path: HOSTILE.into(),
        message: HOSTILE.into(),
    });
    let html = render(&report);
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!html.contains("alert(\"x\")"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(!html.contains("<b>bold</b>") && html.contains("&lt;b&gt;bold&lt;/b&gt;"));
    assert!(!html.contains("<em>Speaker") && !html.contains("<i>Outlet"));
    assert!(html.contains("&amp; left."));
}

#[test]
fn the_page_is_self_contained() {
    let (doc, _) = document("a", &[&["One sentence."]]);
    let html = render(&report(vec![doc], Comparison::default()));
    for forbidden in [" src=", "<link", "@import", "url(", "http://", "https://"] {
        let outside_svg_namespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(
            !outside_svg_namespace.contains(forbidden),
            "page refers outside itself: {forbidden}"
        );
    }
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>") && html.contains("@media print"));
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn a_quote_across_paragraphs_is_marked_in_each_piece_with_one_anchor() {
    let (mut doc, text) = document(
        "a",
        &[
            &["He said: “We will rebuild.", "Every street."],
            &["All 40 homes.”"],
        ],
    );
    doc.quotes.push(quote(
        0,
        &text,
        "We will rebuild. Every street.\n\nAll 40 homes.",
        None,
    ));
    doc.numbers.push(number(0, &text, "40", 40.0));
    let html = render(&report(vec![doc], Comparison::default()));
    assert_eq!(html.matches("class=\"hl hl-quote\" title=").count(), 3);
    assert_eq!(html.matches("id=\"q-0-0\"").count(), 1);
    assert!(html.contains("id=\"n-0-0\">40</span>"));
    assert!(html.contains("He said: “<span class=\"hl hl-quote\""));
    assert_eq!(html.matches("<div class=\"article-body\"><p>").count(), 1);
    assert_eq!(html.matches("</p><p>").count(), 1);
}

#[test]
fn a_number_inside_a_quote_nests_inside_it() {
    let (mut doc, text) = document("a", &[&["“Send 300 boats now,” she said."]]);
    doc.quotes
        .push(quote(0, &text, "Send 300 boats now,", Some("Ada Lane")));
    doc.quotes[0].speaker_span = Some(span_of(&text, "she"));
    doc.numbers.push(number(0, &text, "300", 300.0));
    let html = render(&report(vec![doc], Comparison::default()));
    assert!(html.contains(
        "<span class=\"hl hl-quote\" title=\"Quote 0 (direct): Ada Lane, “said”\" id=\"q-0-0\">Send <span class=\"hl hl-number\""
    ));
    assert!(html.contains(">300</span> boats now,</span>”"));
    assert!(html.contains("title=\"Speaker of quote 0: Ada Lane\">she</span>"));
}

#[test]
fn spans_that_miss_char_boundaries_or_the_text_do_not_panic() {
    let (mut doc, _) = document("a", &[&["Zürich é ü — done."]]);
    for (i, (start, end)) in [(1, 3), (2, 7), (0, 500), (400, 900), (5, 2)]
        .into_iter()
        .enumerate()
    {
        doc.numbers.push(Number {
            index: i,
            start,
            end,
            text: String::new(),
            value: None,
            unit: None,
            qualifier: None,
            flags: Vec::new(),
            sentence: None,
        });
    }
    let html = render(&report(vec![doc], Comparison::default()));
    assert!(html.contains("done."));
}

#[test]
fn highlights_are_sorted_and_cover_every_item() {
    let (mut doc, text) = document("a", &[&["On Monday “20 left,” he said."]]);
    doc.quotes.push(quote(0, &text, "20 left,", None));
    doc.quotes[0].speaker_span = Some(span_of(&text, "he"));
    doc.numbers.push(number(0, &text, "20", 20.0));
    let items = highlights(3, &doc);
    let layers: Vec<Layer> = items.iter().map(|h| h.layer).collect();
    assert_eq!(layers, vec![Layer::Quote, Layer::Number, Layer::Speaker]);
    assert_eq!(items[0].anchor.as_deref(), Some("q-3-0"));
}

#[test]
fn an_empty_report_renders_every_section_with_a_note() {
    let html = render(&report(Vec::new(), Comparison::default()));
    for id in [
        "summary",
        "coverage",
        "shared-quotes",
        "numbers",
        "timeline",
        "reused",
        "articles",
    ] {
        assert!(html.contains(&format!("<section id=\"{id}\"")), "{id}");
    }
    assert!(html.contains("No speaker was identified."));
}

#[test]
fn rendering_is_deterministic() {
    let (doc, _) = document("a", &[&["One.", "Two."], &["Three."]]);
    let report = report(vec![doc], Comparison::default());
    assert_eq!(render(&report), render(&report));
}

#[test]
fn letters_count_like_spreadsheet_columns() {
    assert_eq!(letters(0), "A");
    assert_eq!(letters(25), "Z");
    assert_eq!(letters(26), "AA");
    assert_eq!(letters(27), "AB");
    assert_eq!(letters(701), "ZZ");
    assert_eq!(letters(702), "AAA");
}

#[test]
fn the_usual_value_is_the_strict_majority_choice() {
    let fact = |values: &[f64]| NumberFact {
        unit: None,
        label: "x".into(),
        values: values
            .iter()
            .enumerate()
            .map(|(i, v)| crate::model::NumberFactValue {
                document: format!("d{i}").into(),
                number: 0,
                text: v.to_string(),
                value: Some(*v),
            })
            .collect(),
        conflict: Some("differ".into()),
    };
    assert_eq!(usual_value(&fact(&[3.0, 3.0, 4.0])), Some(3.0));
    assert_eq!(usual_value(&fact(&[3.0, 4.0])), None);
    assert_eq!(usual_value(&fact(&[])), None);
}

#[test]
fn values_get_thousands_separators() {
    assert_eq!(format_value(14e6), "14,000,000");
    assert_eq!(format_value(-1500.0), "-1,500");
    assert_eq!(format_value(999.0), "999");
    assert_eq!(format_value(6.4), "6.4");
    assert_eq!(format_value(f64::NAN), "NaN");
    assert_eq!(format_value(1e20), "100000000000000000000");
}

#[test]
fn many_and_crossing_items_render_in_one_pass() {
    let sentence = "Of 12 boats, 34 sank and 56 drifted while 78 waited.";
    let sentences: Vec<&str> = std::iter::repeat_n(sentence, 3000).collect();
    let (mut doc, text) = document("a", &[&sentences[..]]);
    let mut index = 0;
    for (at, _) in text.match_indices(|c: char| c.is_ascii_digit()) {
        if text[..at].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        doc.numbers.push(Number {
            index,
            start: at,
            end: at + 2,
            text: text[at..at + 2].to_string(),
            value: None,
            unit: None,
            qualifier: None,
            flags: Vec::new(),
            sentence: None,
        });
        index += 1;
    }
    for (i, window) in doc.numbers.clone().windows(3).enumerate() {
        doc.quotes.push(Quote {
            index: i,
            start: window[0].start,
            end: window[2].end,
            text: String::new(),
            kind: QuoteKind::Partial,
            speaker: None,
            speaker_mention: None,
            speaker_span: None,
            cue: None,
            sentence: None,
        });
    }
    let html = render(&report(vec![doc], Comparison::default()));
    assert!(html.contains(&format!("id=\"n-0-{}\"", index - 1)));
    assert!(html.contains(&format!("id=\"q-0-{}\"", index - 3)));
}

#[test]
fn links_point_only_at_items_drawn_in_the_text() {
    let (mut doc, text) = document("a", &[&["“Hold the line,” she said."]]);
    doc.quotes
        .push(quote(0, &text, "Hold the line,", Some("Ada Lane")));
    let mut outside = quote(1, &text, "Hold", Some("Ada Lane"));
    outside.start = text.len() + 10;
    outside.end = text.len() + 14;
    doc.quotes.push(outside);
    let member = |quote: usize| ClusterMember {
        document: "a".into(),
        quote,
        text: "Hold the line,".into(),
        differences: Vec::new(),
    };
    let comparison = Comparison {
        quote_clusters: vec![QuoteCluster {
            speaker: None,
            text: "Hold the line,".into(),
            members: vec![member(0), member(1)],
        }],
        ..Comparison::default()
    };
    let html = render(&report(vec![doc], comparison));
    assert!(html.contains("href=\"#q-0-0\""));
    assert!(!html.contains("#q-0-1"));
}

#[test]
fn an_item_starting_between_sentences_still_gets_its_anchor() {
    let (mut doc, text) = document("a", &[&["One.", "Two."]]);
    let mut number = number(0, &text, "Two", 2.0);
    number.start -= 1;
    doc.numbers.push(number);
    let html = render(&report(vec![doc], Comparison::default()));
    assert!(html.contains("id=\"n-0-0\">Two</span>"));
}
