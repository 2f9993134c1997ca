//! The JSON Schema of the `--format json` report, generated from the model types with schemars.
//!
//! `corpus-report schema > docs/schema.json` writes it; a test keeps the committed copy current.

use crate::model::Report;

/// The JSON Schema (draft 2020-12) that every `--format json` report validates against.
pub fn report_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).unwrap_or(serde_json::Value::Null)
}

/// The schema as pretty-printed JSON followed by a newline, exactly as in `docs/schema.json`.
pub fn report_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&report_schema()).unwrap_or_default();
    text.push('\n');
    text
}
