//! Figures shared by the human formats (text, markdown): the one-screen summary and the sources
//! table, computed once from the report so every format says the same thing.

use crate::model::Report;

/// Column titles of the sources table.
pub const SOURCE_COLUMNS: [&str; 7] = [
    "id",
    "outlet",
    "published",
    "words",
    "sentences",
    "quotes",
    "headline",
];

/// Corpus-wide counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Number of articles.
    pub articles: usize,
    /// Words over all articles.
    pub words: usize,
    /// Sentences over all articles.
    pub sentences: usize,
    /// Quotes over all articles.
    pub quotes: usize,
    /// Numbers over all articles.
    pub numbers: usize,
    /// Dates over all articles.
    pub dates: usize,
    /// Earliest and latest publication date, if any article has one.
    pub date_range: Option<(String, String)>,
    /// Number of warnings.
    pub warnings: usize,
}

impl Summary {
    /// Count everything in `report`.
    pub fn of(report: &Report) -> Summary {
        let docs = &report.documents;
        let mut published: Vec<&String> =
            docs.iter().filter_map(|d| d.published.as_ref()).collect();
        published.sort();
        Summary {
            articles: docs.len(),
            words: docs.iter().map(|d| d.stats.words).sum(),
            sentences: docs.iter().map(|d| d.stats.sentences).sum(),
            quotes: docs.iter().map(|d| d.quotes.len()).sum(),
            numbers: docs.iter().map(|d| d.numbers.len()).sum(),
            dates: docs.iter().map(|d| d.dates.len()).sum(),
            date_range: match (published.first(), published.last()) {
                (Some(first), Some(last)) => Some(((*first).clone(), (*last).clone())),
                _ => None,
            },
            warnings: report.warnings.len(),
        }
    }

    /// The summary as short lines of prose.
    pub fn lines(&self) -> Vec<String> {
        let range = match &self.date_range {
            Some((first, last)) if first == last => format!("published {first}"),
            Some((first, last)) => format!("published {first} to {last}"),
            None => "no publication dates given".to_string(),
        };
        let mut lines = vec![
            format!(
                "{} articles, {} words, {} sentences; {range}",
                self.articles, self.words, self.sentences
            ),
            format!(
                "{} quotes, {} numbers, {} dates extracted",
                self.quotes, self.numbers, self.dates
            ),
        ];
        if self.warnings > 0 {
            lines.push(format!(
                "{} warnings (inputs skipped or repaired; see Warnings)",
                self.warnings
            ));
        }
        lines
    }
}

/// One row per document for the sources table, in [`SOURCE_COLUMNS`] order.
pub fn source_rows(report: &Report) -> Vec<Vec<String>> {
    report
        .documents
        .iter()
        .map(|d| {
            vec![
                d.id.clone(),
                d.outlet.clone().unwrap_or_else(|| "-".into()),
                d.published.clone().unwrap_or_else(|| "-".into()),
                d.stats.words.to_string(),
                d.stats.sentences.to_string(),
                d.quotes.len().to_string(),
                d.headline.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect()
}
