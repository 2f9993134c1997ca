//! The timeline: an inline SVG with the normalised dates along a horizontal axis (in date order,
//! evenly spaced) and one lane per source, a marker wherever the source mentions the date. Each
//! source keeps its own marker shape as well as its colour; a marker's size and label give the
//! number of mentions, its tooltip the words used, and it links to the first mention in the text.
//! A table below says the same in words.

use std::collections::BTreeMap;

use maud::{html, Markup};

use super::{letters, source_name, Context};
use crate::model::TimelineEntry;

/// Width of the lane labels, in pixels.
const LABEL_WIDTH: usize = 180;
/// Narrowest date column; columns widen to fill [`FILL_WIDTH`] when there are few dates.
const MIN_COLUMN: usize = 46;
/// Widest date column.
const MAX_COLUMN: usize = 120;
/// The width the chart fills when the dates fit (about the page's text width).
const FILL_WIDTH: usize = 1100;
/// Room right of the last column for its slanted label.
const RIGHT: usize = 64;
/// Days between two neighbouring dates beyond which the axis shows a break.
const BREAK_DAYS: i64 = 45;
/// Height of the area above the lanes holding the date labels.
const TOP: usize = 96;
/// Height of one lane.
const LANE_HEIGHT: usize = 34;
/// Longest lane label, in characters.
const LABEL_CHARS: usize = 20;

/// The mentions of one timeline entry, by source position: the indices of the dates.
fn mentions_by_source(context: &Context, entry: &TimelineEntry) -> BTreeMap<usize, Vec<usize>> {
    let mut out: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for mention in &entry.mentions {
        if let Some(position) = context.position(&mention.document) {
            out.entry(position).or_default().push(mention.date);
        }
    }
    out
}

/// The words a source used for the dates at these indices, quoted and joined.
fn mention_words(context: &Context, position: usize, dates: &[usize]) -> String {
    let Some(document) = context.document(position) else {
        return String::new();
    };
    let mut words: Vec<String> = dates
        .iter()
        .filter_map(|i| document.dates.get(*i))
        .map(|d| format!("“{}”", d.text))
        .collect();
    words.dedup();
    words.join(", ")
}

/// `text` cut to `limit` characters with an ellipsis.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_string()
    } else {
        let mut out: String = text.chars().take(limit.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// A marker of shape `shape` (0 circle, 1 square, 2 diamond, 3 triangle) of radius `r` at (x, y).
fn marker(shape: usize, x: usize, y: usize, r: usize, class: &str) -> Markup {
    let (x, y, r) = (x as i64, y as i64, r as i64);
    match shape % 4 {
        0 => html! { circle class=(class) cx=(x) cy=(y) r=(r) {} },
        1 => html! { rect class=(class) x=(x - r) y=(y - r) width=(2 * r) height=(2 * r) {} },
        2 => {
            html! { polygon class=(class) points={ (x) "," (y - r - 1) " " (x + r + 1) "," (y) " " (x) "," (y + r + 1) " " (x - r - 1) "," (y) } {} }
        }
        _ => {
            html! { polygon class=(class) points={ (x) "," (y - r - 1) " " (x + r + 1) "," (y + r) " " (x - r - 1) "," (y + r) } {} }
        }
    }
}

/// An approximate day number of a normalised date (`2022-01-21`, `2022-01`, `2022`, `2022-W03`,
/// `2022-W03-WE`, `2022-Q3`, `2022-H1`, `2022-SU`), good enough to tell near dates from far
/// ones; None when the year is not known.
fn approximate_day(value: &str) -> Option<i64> {
    let mut parts = value.split('-');
    let year: i64 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let numbered = |part: &str| part.get(1..)?.parse::<i64>().ok();
    let day = match (parts.next(), parts.next()) {
        (None, _) => 183,
        (Some(week), _) if week.starts_with('W') => numbered(week)? * 7,
        (Some(quarter), None) if quarter.starts_with('Q') => numbered(quarter)? * 93 - 46,
        (Some(half), None) if half.starts_with('H') => numbered(half)? * 186 - 93,
        (Some("WI"), None) => 15,
        (Some("SP"), None) => 108,
        (Some("SU"), None) => 201,
        (Some("FA"), None) => 294,
        (Some(month), None) => month.parse::<i64>().ok()? * 31 - 15,
        (Some(month), Some(day)) => {
            month.parse::<i64>().ok()? * 31 - 31 + day.get(..2)?.parse::<i64>().ok()?
        }
    };
    Some(year * 372 + day)
}

/// Whether the axis breaks between two neighbouring dates: they lie far apart, or one of them has
/// no known year.
fn breaks_between(before: &str, after: &str) -> bool {
    match (approximate_day(before), approximate_day(after)) {
        (Some(a), Some(b)) => (b - a).abs() > BREAK_DAYS,
        (None, None) => false,
        _ => true,
    }
}

/// The timeline drawn as SVG.
fn chart(context: &Context) -> Markup {
    let entries = &context.report.comparison.timeline;
    let documents = &context.report.documents;
    let column_width =
        ((FILL_WIDTH - LABEL_WIDTH - RIGHT) / entries.len().max(1)).clamp(MIN_COLUMN, MAX_COLUMN);
    let width = LABEL_WIDTH + entries.len() * column_width + RIGHT;
    let height = TOP + documents.len() * LANE_HEIGHT + 8;
    let column = |i: usize| LABEL_WIDTH + i * column_width + column_width / 2;
    let breaks: Vec<usize> = entries
        .windows(2)
        .enumerate()
        .filter_map(|(i, pair)| match pair {
            [before, after] if breaks_between(&before.date, &after.date) => Some(i + 1),
            _ => None,
        })
        .collect();
    let lane = |k: usize| TOP + k * LANE_HEIGHT + LANE_HEIGHT / 2;
    html! {
        svg.timeline xmlns="http://www.w3.org/2000/svg" width=(width) height=(height)
            viewBox={ "0 0 " (width) " " (height) } role="img"
            aria-labelledby="timeline-title" {
            title #timeline-title { "Dates mentioned by each source, in date order" }
            @for k in 0..documents.len() {
                rect class={ "lane" @if k % 2 == 1 { " odd" } } x="0" y=(TOP + k * LANE_HEIGHT)
                    width=(width) height=(LANE_HEIGHT) {}
            }
            line.axis x1=(LABEL_WIDTH) y1=(TOP - 4) x2=(width - RIGHT + 8) y2=(TOP - 4) {}
            @for i in &breaks {
                @let x = column(*i) - column_width / 2;
                g.axis-break {
                    title { "The axis jumps here: the dates either side are far apart" }
                    rect x=(x - 5) y=(TOP - 12) width="10" height="16" {}
                    line x1=(x - 6) y1=(TOP) x2=(x - 1) y2=(TOP - 9) {}
                    line x1=(x + 1) y1=(TOP) x2=(x + 6) y2=(TOP - 9) {}
                }
            }
            @for (i, entry) in entries.iter().enumerate() {
                line.grid x1=(column(i)) y1=(TOP - 8) x2=(column(i)) y2=(height - 8) {}
                text.date-label transform={ "translate(" (column(i) + 4) "," (TOP - 12) ") rotate(-55)" } {
                    (entry.date)
                }
            }
            @for (k, document) in documents.iter().enumerate() {
                text.lane-label x="8" y=(lane(k) + 5) {
                    tspan class={ "lane-letter t" (k % 8) } { (letters(k)) }
                    tspan { " " (shorten(&source_name(document), LABEL_CHARS)) }
                }
            }
            @for (i, entry) in entries.iter().enumerate() {
                @for (k, dates) in mentions_by_source(context, entry) {
                    @let count = dates.len();
                    @let radius = 6 + count.min(5);
                    @let first = dates.iter().min().copied().unwrap_or(0);
                    @let name = context.document(k).map(source_name).unwrap_or_default();
                    @let drawn = html! {
                        title { (name) " mentions " (entry.date) ": " (mention_words(context, k, &dates)) }
                        (marker(k, column(i), lane(k), radius, &format!("mark c{}", k % 8)))
                        @if count > 1 {
                            text.count x=(column(i) + radius + 3) y=(lane(k) + 4) { "×" (count) }
                        }
                    };
                    @match context.link(format!("d-{k}-{first}")) {
                        Some(target) => { a href=(target) { (drawn) } }
                        None => { g { (drawn) } }
                    }
                }
                @for (k, document) in documents.iter().enumerate() {
                    @if document.published.as_deref() == Some(entry.date.as_str()) {
                        rect.published x=(column(i) - 12) y=(lane(k) - 12) width="24" height="24" rx="3" {
                            title { (source_name(document)) " published on " (entry.date) }
                        }
                    }
                }
            }
        }
    }
}

/// The timeline section: the chart, a key, and the same as a table.
pub(crate) fn section(context: &Context) -> Markup {
    let entries = &context.report.comparison.timeline;
    html! {
        section #timeline {
            h2 { "Timeline" }
            @if entries.is_empty() {
                p.empty { "No date could be placed on a timeline." }
            } @else {
                p.hint {
                    "Each row is a source, each column a date (evenly spaced, in date order). "
                    "Every source has its own marker shape; a larger marker with “×n” means several mentions; "
                    "a dashed square marks the source's publication date; a break // in the axis marks a jump of more than a month. Hover a marker for the words used; "
                    "click it to jump to the text."
                }
                div.scroll.timeline-frame { (chart(context)) }
                @let list = list(context);
                details.timeline-list.wide-only {
                    summary { "The timeline as a list" }
                    (list)
                }
                div.narrow-only {
                    h3 { "The timeline as a list" }
                    (list)
                }
            }
        }
    }
}

/// The timeline as a table: each date with the sources mentioning it and their words.
fn list(context: &Context) -> Markup {
    html! {
        div.scroll {
            table.timeline-table {
                thead { tr { th scope="col" { "Date" } th scope="col" { "Mentioned by" } } }
                tbody {
                    @for entry in &context.report.comparison.timeline {
                        tr {
                            th.nowrap scope="row" { (entry.date) }
                            td {
                                @for (n, (k, dates)) in mentions_by_source(context, entry).into_iter().enumerate() {
                                    @if n > 0 { br; }
                                    (context.source(k)) " " (mention_words(context, k, &dates))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approximate_days_order_dates_of_every_precision() {
        let day = |v: &str| approximate_day(v).unwrap();
        assert!(day("2022-01-21") < day("2022-01-22"));
        assert!(day("2022-01-31") < day("2022-02-01"));
        assert!(day("2021") < day("2022-01-01"));
        assert_eq!(approximate_day("XXXX-01-21"), None);
        assert_eq!(approximate_day("199X"), None);
        assert!(approximate_day("2022-W03").is_some());
        for value in ["2022-W03-WE", "2022-Q3", "2022-H1", "2022-SU"] {
            assert!(approximate_day(value).is_some(), "{value}");
        }
        assert!(approximate_day("2022-Q3") < approximate_day("2022-12"));
        assert!(approximate_day("2022-Q3") > approximate_day("2022-06"));
    }

    #[test]
    fn the_axis_breaks_only_between_far_or_unanchored_dates() {
        assert!(!breaks_between("2022-01-20", "2022-01-21"));
        assert!(breaks_between("1968", "2022-01-21"));
        assert!(breaks_between("2022-01-21", "XXXX-03-14"));
        assert!(!breaks_between("XXXX-03-14", "199X"));
    }
}
