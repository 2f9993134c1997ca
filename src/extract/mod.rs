//! Extraction: quotes with their speakers, numbers and dates, from one segmented article.
//!
//! Each extractor is pure — text and [`Layout`] in, items with byte spans out — and runs per
//! document. Dates run before numbers so that years and days of the month are not counted twice.

pub mod dates;
pub mod names;
pub mod numbers;
pub mod quotes;
pub mod speakers;

use crate::model::{DateMention, Number, Quote};
use crate::segment::Layout;

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// Quotations with speakers.
    pub quotes: Vec<Quote>,
    /// Quantities and money.
    pub numbers: Vec<Number>,
    /// Temporal expressions.
    pub dates: Vec<DateMention>,
}

/// Run every extractor on one article. `anchor` is the date relative expressions resolve against.
pub fn extract(text: &str, layout: &Layout, anchor: Option<jiff::civil::Date>) -> Extraction {
    let dates = dates::extract(text, layout, anchor);
    let numbers = numbers::extract(text, layout, &dates);
    let quotes = quotes::extract(text, layout);
    Extraction {
        quotes,
        numbers,
        dates,
    }
}
