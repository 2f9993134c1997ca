//! Name variants.
use crate::model::Document;
/// Name variants.
pub fn name_variants(_documents: &[Document]) -> Vec<Vec<String>> {
    Vec::new()
}
