//! Numbers.
use crate::model::{Document, NumberFact};
/// Number facts.
pub fn number_facts(_documents: &[Document]) -> Vec<NumberFact> {
    Vec::new()
}
