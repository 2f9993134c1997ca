//! The JSON Schema in docs/schema.json: it is current with the model types, and the seeds' report
//! validates against it. Refresh it with `cargo run -- schema > docs/schema.json`.

use corpus_report::schema::{report_schema, report_schema_text};
use corpus_report::{analyze, Options};

#[test]
fn committed_schema_is_current() {
    let committed = std::fs::read_to_string("docs/schema.json").unwrap_or_default();
    assert!(
        committed == report_schema_text(),
        "docs/schema.json is stale: run `cargo run -- schema > docs/schema.json`"
    );
}

#[test]
fn the_seeds_report_validates_against_the_schema() {
    let report = analyze(&["seeds".to_string()], &Options::default()).unwrap();
    assert_eq!(report.documents.len(), 5);
    let instance = serde_json::to_value(&report).unwrap();
    let validator = jsonschema::validator_for(&report_schema()).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_rejects_a_malformed_report() {
    let validator = jsonschema::validator_for(&report_schema()).unwrap();
    let report = analyze(&["seeds".to_string()], &Options::default()).unwrap();
    let mut instance = serde_json::to_value(&report).unwrap();
    instance["schema_version"] = serde_json::json!("one");
    assert!(!validator.is_valid(&instance));
    let mut instance = serde_json::to_value(&report).unwrap();
    instance["documents"][0]["sentences"][0]["start"] = serde_json::json!(-3);
    assert!(!validator.is_valid(&instance));
    let mut instance = serde_json::to_value(&report).unwrap();
    instance["documents"][0]
        .as_object_mut()
        .unwrap()
        .remove("quotes");
    assert!(!validator.is_valid(&instance));
}
