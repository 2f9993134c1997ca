//! Quotations and their speakers.

use crate::model::Quote;
use crate::segment::Layout;

/// Find every quotation in the article.
pub fn extract(_text: &str, _layout: &Layout) -> Vec<Quote> {
    Vec::new()
}
