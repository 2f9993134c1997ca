//! Snapshot of the seeds' JSON report, so any change in extraction shows up in review.
//!
//! The tool version is replaced by a placeholder. After an intended change, re-accept with
//! `INSTA_UPDATE=always cargo test --test snapshots_seeds` (or `cargo insta review`) and commit
//! tests/snapshots/.

use corpus_report::{analyze, Options};

#[test]
fn seeds_json_report() {
    let mut report = analyze(&["seeds".to_string()], &Options::default()).unwrap();
    report.tool.version = "[version]".to_string();
    insta::assert_json_snapshot!("seeds_report", report);
}
