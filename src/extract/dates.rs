//! Temporal expressions, normalised against the article's date.

use crate::model::DateMention;
use crate::segment::Layout;

/// Find every temporal expression; relative ones resolve against `anchor`.
pub fn extract(
    _text: &str,
    _layout: &Layout,
    _anchor: Option<jiff::civil::Date>,
) -> Vec<DateMention> {
    Vec::new()
}
