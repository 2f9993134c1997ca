//! Snapshots of the seeds' JSON, text and Markdown reports, so any change in extraction or in the
//! report shows up in review.
//!
//! The tool version is replaced by a placeholder. After an intended change, re-accept with
//! `INSTA_UPDATE=always cargo test --test snapshots_seeds` (or `cargo insta review`) and commit
//! tests/snapshots/.

use corpus_report::render::{render_to_string, Format, RenderOptions};
use corpus_report::{analyze, Options};

#[test]
fn seeds_json_report() {
    let mut report = analyze(&["seeds".to_string()], &Options::default()).unwrap();
    report.tool.version = "[version]".to_string();
    insta::assert_json_snapshot!("seeds_report", report);
}

/// The text report a journalist reads, at a fixed width and without colour.
#[test]
fn seeds_text_report() {
    let report = analyze(&["seeds".to_string()], &Options::default()).unwrap();
    let options = RenderOptions {
        color: false,
        width: 100,
    };
    let text = render_to_string(Format::Text, options, &report).unwrap();
    insta::assert_snapshot!("seeds_text_report", text);
}

/// The same report as Markdown.
#[test]
fn seeds_markdown_report() {
    let report = analyze(&["seeds".to_string()], &Options::default()).unwrap();
    let text = render_to_string(Format::Markdown, RenderOptions::default(), &report).unwrap();
    insta::assert_snapshot!("seeds_markdown_report", text);
}
