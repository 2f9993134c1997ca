//! Figures shared by the human formats (text, markdown): the one-screen summary and the sources
//! table, computed once from the report so every format says the same thing.

use std::collections::BTreeMap;

use crate::compare::short_labels;
use crate::model::{Report, WordDifference};

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
    /// Canonical speakers quoted.
    pub speakers: usize,
    /// Quote clusters shared by two or more sources.
    pub shared_quotes: usize,
    /// Figures reported by several sources, and how many of them disagree.
    pub number_facts: (usize, usize),
    /// Groups of name spellings.
    pub name_variants: usize,
    /// Reused passages.
    pub reused_passages: usize,
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
            speakers: report.comparison.speakers.len(),
            shared_quotes: report.comparison.quote_clusters.len(),
            number_facts: (
                report.comparison.number_facts.len(),
                report
                    .comparison
                    .number_facts
                    .iter()
                    .filter(|f| f.conflict.is_some())
                    .count(),
            ),
            name_variants: report.comparison.name_variants.len(),
            reused_passages: report.comparison.reused_passages.len(),
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
        lines.push(format!(
            "{} speakers quoted; {} quotes shared across sources",
            self.speakers, self.shared_quotes
        ));
        lines.push(format!(
            "{} figures given by several sources, {} in conflict; {} name variants; {} reused passages",
            self.number_facts.0, self.number_facts.1, self.name_variants, self.reused_passages
        ));
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
                d.id.to_string(),
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

/// Short labels ("001") for the documents of a report, by document id.
pub fn labels(report: &Report) -> BTreeMap<String, String> {
    short_labels(report.documents.iter().map(|d| &*d.id))
}

fn label_of(labels: &BTreeMap<String, String>, id: &str) -> String {
    labels.get(id).cloned().unwrap_or_else(|| id.to_string())
}

/// The speakers × sources table: header and rows (speaker, spellings, a count per source, total).
pub fn speaker_table(report: &Report) -> (Vec<String>, Vec<Vec<String>>) {
    let labels = labels(report);
    let mut header = vec!["speaker".to_string()];
    header.extend(report.documents.iter().map(|d| label_of(&labels, &d.id)));
    header.push("total".to_string());
    header.push("spellings".to_string());
    let rows = report
        .comparison
        .speakers
        .iter()
        .map(|s| {
            let mut row = vec![s.name.clone()];
            row.extend(report.documents.iter().map(|d| {
                s.quotes
                    .get(&d.id)
                    .map_or_else(|| "-".to_string(), |n| n.to_string())
            }));
            row.push(s.quotes.values().sum::<usize>().to_string());
            row.push(s.spellings.join(", "));
            row
        })
        .collect();
    (header, rows)
}

/// Column titles of a source's quote list.
pub const QUOTE_COLUMNS: [&str; 3] = ["speaker", "kind", "quote"];

/// One source's quotes: label and rows (speaker, kind, the quote shortened to `max_chars`).
pub fn quote_rows(report: &Report, max_chars: usize) -> Vec<(String, Vec<Vec<String>>)> {
    let labels = labels(report);
    report
        .documents
        .iter()
        .filter(|d| !d.quotes.is_empty())
        .map(|d| {
            let rows = d
                .quotes
                .iter()
                .map(|q| {
                    vec![
                        q.speaker.clone().unwrap_or_else(|| "-".into()),
                        q.kind.as_str().to_string(),
                        shorten(&q.text, max_chars),
                    ]
                })
                .collect();
            (label_of(&labels, &d.id), rows)
        })
        .collect()
}

/// `text` on one line, cut at a word boundary to at most `max_chars` characters, ending in `…`.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    let cut: String = flat.chars().take(max_chars.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{cut}…")
}

/// A shared quote ready to show: heading, and per member its source, text and difference markers.
pub struct ClusterView {
    /// "Speaker: “representative”".
    pub heading: String,
    /// Source label, member text, and its differences from the representative.
    pub members: Vec<(String, String, Vec<WordDifference>)>,
}

/// Every shared quote as a [`ClusterView`].
pub fn cluster_views(report: &Report) -> Vec<ClusterView> {
    let labels = labels(report);
    report
        .comparison
        .quote_clusters
        .iter()
        .map(|c| ClusterView {
            heading: format!(
                "{}: \u{201c}{}\u{201d}",
                c.speaker.as_deref().unwrap_or("unattributed"),
                c.text
            ),
            members: c
                .members
                .iter()
                .map(|m| {
                    (
                        label_of(&labels, &m.document),
                        m.text.clone(),
                        m.differences.clone(),
                    )
                })
                .collect(),
        })
        .collect()
}

/// A difference as a marker that reads without colour: `[+added]`, `[-omitted]`, `[~was→now]`,
/// `[<>moved]`.
pub fn marker(difference: &WordDifference) -> String {
    match difference.kind.as_str() {
        "added" => format!("[+{}]", difference.member),
        "omitted" => format!("[-{}]", difference.representative),
        "changed" => format!(
            "[~{}\u{2192}{}]",
            difference.representative, difference.member
        ),
        _ => format!("[<>{}]", difference.member),
    }
}

/// Column titles of the numbers-across-sources table.
pub const FACT_COLUMNS: [&str; 3] = ["figure", "values", "verdict"];

/// One row per number fact (conflicts first): label, values with their sources, and the verdict.
pub fn fact_rows(report: &Report) -> Vec<Vec<String>> {
    let labels = labels(report);
    report
        .comparison
        .number_facts
        .iter()
        .map(|f| {
            let mut by_text: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for v in &f.values {
                by_text
                    .entry(v.text.as_str())
                    .or_default()
                    .push(label_of(&labels, &v.document));
            }
            let values: Vec<String> = by_text
                .into_iter()
                .map(|(text, mut docs)| {
                    docs.dedup();
                    format!("{text} ({})", docs.join(", "))
                })
                .collect();
            vec![
                f.label.clone(),
                values.join("; "),
                f.conflict
                    .as_ref()
                    .map_or_else(|| "agree".to_string(), |c| format!("CONFLICT: {c}")),
            ]
        })
        .collect()
}

/// Column titles of a source's number list.
pub const NUMBER_COLUMNS: [&str; 6] = ["source", "text", "value", "unit", "qualifier", "flags"];

/// Every number of every source.
pub fn number_rows(report: &Report) -> Vec<Vec<String>> {
    let labels = labels(report);
    let dash = |s: Option<&String>| s.cloned().unwrap_or_else(|| "-".into());
    report
        .documents
        .iter()
        .flat_map(|d| {
            let label = label_of(&labels, &d.id);
            d.numbers.iter().map(move |n| {
                vec![
                    label.clone(),
                    n.text.clone(),
                    n.value.map_or_else(|| "-".into(), |v| v.to_string()),
                    dash(n.unit.as_ref()),
                    dash(n.qualifier.as_ref()),
                    if n.flags.is_empty() {
                        "-".into()
                    } else {
                        n.flags.join(", ")
                    },
                ]
            })
        })
        .collect()
}

/// Column titles of the timeline table.
pub const TIMELINE_COLUMNS: [&str; 2] = ["date", "mentioned in (source:sentence)"];

/// One row per normalised date.
pub fn timeline_rows(report: &Report) -> Vec<Vec<String>> {
    let labels = labels(report);
    report
        .comparison
        .timeline
        .iter()
        .map(|e| {
            let mentions: Vec<String> = e
                .mentions
                .iter()
                .map(|m| match m.sentence {
                    Some(s) => format!("{}:{}", label_of(&labels, &m.document), s),
                    None => label_of(&labels, &m.document),
                })
                .collect();
            vec![e.date.clone(), mentions.join(", ")]
        })
        .collect()
}

/// Column titles of a source's date list.
pub const DATE_COLUMNS: [&str; 4] = ["source", "text", "value", "sentence"];

/// Every date of every source.
pub fn date_rows(report: &Report) -> Vec<Vec<String>> {
    let labels = labels(report);
    report
        .documents
        .iter()
        .flat_map(|d| {
            let label = label_of(&labels, &d.id);
            d.dates.iter().map(move |t| {
                vec![
                    label.clone(),
                    t.text.clone(),
                    t.value.clone().unwrap_or_else(|| "-".into()),
                    t.sentence.map_or_else(|| "-".into(), |s| s.to_string()),
                ]
            })
        })
        .collect()
}

/// One line per group of name spellings, with the sources of each when known:
/// "Kiev (000, 002) / Kyiv (001)".
pub fn name_variant_lines(report: &Report) -> Vec<String> {
    let labels = labels(report);
    let comparison = &report.comparison;
    comparison
        .name_variants
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let sources = comparison.name_variant_sources.get(i);
            group
                .iter()
                .map(|spelling| match sources.and_then(|s| s.get(spelling)) {
                    Some(docs) if !docs.is_empty() => {
                        let docs: Vec<String> = docs.iter().map(|d| label_of(&labels, d)).collect();
                        format!("{spelling} ({})", docs.join(", "))
                    }
                    _ => spelling.clone(),
                })
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .collect()
}

/// Column titles of the reused-passages table.
pub const REUSE_COLUMNS: [&str; 3] = ["sources", "similarity", "passage"];

/// One row per reused passage: the two sources, the similarity, the first source's text.
pub fn reuse_rows(report: &Report, max_chars: usize) -> Vec<Vec<String>> {
    let labels = labels(report);
    report
        .comparison
        .reused_passages
        .iter()
        .map(|r| {
            let sources: Vec<String> = r.documents.iter().map(|d| label_of(&labels, d)).collect();
            vec![
                sources.join(" + "),
                format!("{:.0}%", r.similarity * 100.0),
                r.passages
                    .first()
                    .map(|p| shorten(&p.text, max_chars))
                    .unwrap_or_default(),
            ]
        })
        .collect()
}
