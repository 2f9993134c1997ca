//! Helpers shared by the fuzz targets: the report invariants (the same file the tests use) and a
//! way to split one fuzz input into several documents.

#[path = "../../tests/common/invariants.rs"]
#[allow(dead_code)]
pub mod invariants;

/// Split `text` into up to four documents at U+001E (record separator), so one input can exercise
/// the comparison across documents.
#[allow(dead_code)]
pub fn split_documents(text: &str) -> Vec<(String, &str)> {
    text.split('\u{1e}')
        .take(4)
        .enumerate()
        .map(|(i, part)| (format!("doc{i}"), part))
        .collect()
}
