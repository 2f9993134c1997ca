//! `--format html`: the whole report as one self-contained page (inline CSS, a few lines of inline
//! JavaScript, no fonts, images or requests from elsewhere), built with maud, which escapes every
//! piece of text it is given.
//!
//! The page has one section per view: the summary, the speakers × sources coverage matrix, the
//! shared quotes side by side with their differences, the numbers across sources, the timeline,
//! the reused passages, and each article in full with its items highlighted. Each view lives in its
//! own submodule; this one holds the page frame, the figures that need no submodule of their own,
//! and [`Context`], the lookups every view shares. The page reads fully without JavaScript.

mod article;
mod quotes;
mod reuse;
mod timeline;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use anyhow::Result;
use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::summary::Summary;
use super::Renderer;
use crate::model::{Document, NumberFact, Report};

/// The page's stylesheet, inlined into `<style>`.
const STYLE: &str = include_str!("style.css");

/// The page's script, inlined into `<script>`: expand/collapse all articles, open every article
/// before printing, and mark the page as loaded (`data-script="ran"` on `<body>`).
const SCRIPT: &str = include_str!("script.js");

/// The policy that keeps the page from loading anything from anywhere: only its own inline style
/// and script run, and images may only be inline data.
const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// Writes the report as one self-contained HTML page.
pub struct HtmlRenderer;

impl Renderer for HtmlRenderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()> {
        out.write_all(page(report).into_string().as_bytes())?;
        Ok(())
    }
}

/// Lookups shared by every section: documents by id, and how each source is named on the page.
pub(crate) struct Context<'r> {
    /// The report being drawn.
    report: &'r Report,
    /// Position of each document, by id.
    positions: BTreeMap<&'r str, usize>,
    /// The ids of the items drawn in the articles, which links may point at.
    anchors: BTreeSet<String>,
}

impl<'r> Context<'r> {
    /// Index the documents of `report`.
    fn new(report: &'r Report) -> Context<'r> {
        let positions = report
            .documents
            .iter()
            .enumerate()
            .map(|(position, d)| (&*d.id, position))
            .collect();
        Context {
            report,
            positions,
            anchors: BTreeSet::new(),
        }
    }

    /// A link to the item with this anchor, if the articles drew it.
    fn link(&self, anchor: String) -> Option<String> {
        self.anchors.contains(&anchor).then(|| format!("#{anchor}"))
    }

    /// The position of the document with this id.
    fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied()
    }

    /// The document at a position.
    fn document(&self, position: usize) -> Option<&'r Document> {
        self.report.documents.get(position)
    }

    /// The source's letter badge, its name and a link to the article.
    fn source(&self, position: usize) -> Markup {
        let name = self.document(position).map(source_name).unwrap_or_default();
        let full = self
            .document(position)
            .map(source_title)
            .unwrap_or_default();
        html! {
            a.source href={ "#doc-" (position) } title=(full) {
                (badge(position)) " " span.source-name { (name) }
            }
        }
    }

    /// The source's link, or the raw id when no document has it.
    fn source_by_id(&self, id: &str) -> Markup {
        match self.position(id) {
            Some(position) => self.source(position),
            None => html! { span.source { (id) } },
        }
    }
}

/// The letters naming the source at a position: A…Z, then AA, AB…
fn letters(position: usize) -> String {
    let mut n = position;
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

/// The source's letter badge; the colour class cycles through eight accessible colours.
fn badge(position: usize) -> Markup {
    html! { span class={ "badge c" (position % 8) } { (letters(position)) } }
}

/// What a source is called on the page: its outlet, else its id.
fn source_name(document: &Document) -> String {
    document
        .outlet
        .clone()
        .unwrap_or_else(|| document.id.to_string())
}

/// The hover text naming a source in full.
fn source_title(document: &Document) -> String {
    let mut parts = vec![document.id.to_string()];
    if let Some(outlet) = &document.outlet {
        parts.push(outlet.clone());
    }
    if let Some(published) = &document.published {
        parts.push(published.clone());
    }
    if let Some(headline) = &document.headline {
        parts.push(headline.clone());
    }
    parts.join(" · ")
}

/// Singular or plural of a count: `plural(2, "quote", "quotes")` is "2 quotes".
fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

/// A value for people: whole numbers with thousands separators, others as Rust prints them.
fn format_value(value: f64) -> String {
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return value.to_string();
    }
    let digits = format!("{}", value.abs() as u64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0.0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The whole page.
fn page(report: &Report) -> Markup {
    let mut context = Context::new(report);
    let (articles, anchors) = article::section(&context);
    context.anchors = anchors;
    let summary = Summary::of(report);
    let comparison = &report.comparison;
    let title = format!(
        "corpus-report: {}",
        plural(report.documents.len(), "article", "articles")
    );
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content={ (report.tool.name) " " (report.tool.version) };
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                a.skip href="#articles" { "Skip to the articles" }
                header.page-header {
                    h1 { (title) }
                    p.generated { "Written by " (report.tool.name) " " (report.tool.version)
                        @if let Some(date) = &report.reference_date { "; relative dates read against " (date) }
                        "." }
                    nav aria-label="Sections" {
                        ol {
                            li { a href="#summary" { "Summary" } }
                            li { a href="#coverage" { "Who is quoted where" } " (" (comparison.speakers.len()) ")" }
                            li { a href="#shared-quotes" { "Shared quotes" } " (" (comparison.quote_clusters.len()) ")" }
                            li { a href="#numbers" { "Numbers" } " (" (comparison.number_facts.len()) ")" }
                            li { a href="#timeline" { "Timeline" } " (" (comparison.timeline.len()) ")" }
                            li { a href="#reused" { "Reused passages" } " (" (comparison.reused_passages.len()) ")" }
                            li { a href="#articles" { "Articles" } " (" (report.documents.len()) ")" }
                            @if !report.warnings.is_empty() {
                                li { a href="#warnings" { "Warnings" } " (" (report.warnings.len()) ")" }
                            }
                        }
                    }
                }
                main {
                    (summary_section(&context, &summary))
                    (coverage_section(&context))
                    (quotes::section(&context))
                    (numbers_section(&context))
                    (timeline::section(&context))
                    (reuse::section(&context))
                    (articles)
                    (warnings_section(report))
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
}

/// The one-screen summary: key counts, the most quoted people, the disagreements, the sources.
fn summary_section(context: &Context, summary: &Summary) -> Markup {
    let comparison = &context.report.comparison;
    let conflicts: Vec<&NumberFact> = comparison
        .number_facts
        .iter()
        .filter(|fact| fact.conflict.is_some())
        .collect();
    let mut speakers: Vec<(usize, usize, &str)> = comparison
        .speakers
        .iter()
        .map(|s| {
            let total = s.quotes.values().sum::<usize>();
            let sources = s.quotes.values().filter(|n| **n > 0).count();
            (total, sources, s.name.as_str())
        })
        .collect();
    speakers.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    let figures = [
        (summary.articles, "articles", "#articles"),
        (summary.quotes, "quotes", "#articles"),
        (comparison.speakers.len(), "speakers", "#coverage"),
        (
            comparison.quote_clusters.len(),
            "shared quotes",
            "#shared-quotes",
        ),
        (summary.numbers, "numbers", "#numbers"),
        (conflicts.len(), "number conflicts", "#numbers"),
        (summary.dates, "dates", "#timeline"),
        (
            comparison.reused_passages.len(),
            "reused passages",
            "#reused",
        ),
    ];
    html! {
        section #summary {
            h2 { "Summary" }
            ul.summary-lines { @for line in summary.lines() { li { (line) } } }
            ul.figures {
                @for (count, label, target) in figures {
                    li.figure.alert[label == "number conflicts" && count > 0] {
                        a href=(target) { span.figure-count { (count) } " " span.figure-label { (label) } }
                    }
                }
            }
            div.summary-columns {
                div {
                    h3 { "Most quoted" }
                    @if speakers.is_empty() {
                        p.empty { "No speaker was identified." }
                    } @else {
                        ol.top-speakers {
                            @for (total, sources, name) in speakers.iter().take(5) {
                                li { strong { (name) } " — " (plural(*total, "quote", "quotes")) " in " (plural(*sources, "source", "sources")) }
                            }
                        }
                    }
                }
                div {
                    h3 { "Where the sources disagree" }
                    @if conflicts.is_empty() {
                        p.empty { "No conflicting numbers." }
                    } @else {
                        ul.conflict-list {
                            @for fact in conflicts.iter().take(5) {
                                li { span.conflict-mark aria-hidden="true" { "≠" } " " strong { (fact.label) } ": " (fact.conflict.as_deref().unwrap_or_default()) }
                            }
                        }
                    }
                }
            }
            h3 { "Sources" }
            div.scroll {
                table.sources {
                    thead { tr {
                        th scope="col" { "Source" } th scope="col" { "Published" } th scope="col" { "Headline" }
                        th.num scope="col" { "Words" } th.num scope="col" { "Quotes" } th.num scope="col" { "Numbers" } th.num scope="col" { "Dates" }
                    } }
                    tbody {
                        @for (position, document) in context.report.documents.iter().enumerate() {
                            tr {
                                th scope="row" { (context.source(position)) }
                                td.nowrap.published { (document.published.as_deref().unwrap_or("—")) }
                                td.headline { (document.headline.as_deref().unwrap_or("—")) }
                                @for (count, one, many) in [
                                    (document.stats.words, "word", "words"),
                                    (document.quotes.len(), "quote", "quotes"),
                                    (document.numbers.len(), "number", "numbers"),
                                    (document.dates.len(), "date", "dates"),
                                ] {
                                    td.num data-label=(if count == 1 { one } else { many }) { (count) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Shade level of a matrix cell: 0 for none, then 1, 2, 3–4, 5 or more.
fn shade(count: usize) -> usize {
    match count {
        0 => 0,
        1 => 1,
        2 => 2,
        3 | 4 => 3,
        _ => 4,
    }
}

/// Speakers × sources, each cell the number of quotes, shaded (and labelled) by count.
fn coverage_section(context: &Context) -> Markup {
    let speakers = &context.report.comparison.speakers;
    let documents = &context.report.documents;
    html! {
        section #coverage {
            h2 { "Who is quoted where" }
            @if speakers.is_empty() {
                p.empty { "No speaker was identified." }
            } @else {
                p.hint { "Quotes per speaker and source; darker cells hold more quotes, and every cell shows its count. "
                    "Letters name the sources (see Summary)." }
                div.scroll {
                    table.matrix {
                        thead { tr {
                            th scope="col" { "Speaker" }
                            @for position in 0..documents.len() { th.col scope="col" { (context.source(position)) } }
                            th.num scope="col" { "Total" }
                        } }
                        tbody {
                            @for speaker in speakers {
                                @let total: usize = speaker.quotes.values().sum();
                                tr {
                                    th scope="row" title={ "Named as: " (speaker.spellings.join(", ")) } { (speaker.name) }
                                    @for document in documents {
                                        @let count = speaker.quotes.get(&document.id).copied().unwrap_or(0);
                                        td class={ "cell level" (shade(count)) }
                                            title={ (speaker.name) " in " (source_name(document)) ": " (plural(count, "quote", "quotes")) } {
                                            @if count == 0 { span.zero aria-label="none" { "·" } } @else { (count) }
                                        }
                                    }
                                    td.num { strong { (total) } }
                                }
                            }
                        }
                    }
                }
                p.legend-line aria-hidden="true" {
                    "Shading: "
                    span.cell.level1 { "1" } " " span.cell.level2 { "2" } " " span.cell.level3 { "3–4" } " " span.cell.level4 { "5+" }
                }
            }
            @if !context.report.comparison.name_variants.is_empty() {
                h3 { "Names spelled differently" }
                ul.variants {
                    @for variants in &context.report.comparison.name_variants {
                        li { @for (i, name) in variants.iter().enumerate() { @if i > 0 { " · " } q { (name) } } }
                    }
                }
            }
        }
    }
}

/// The most common value of a fact, which the other values are marked against.
fn usual_value(fact: &NumberFact) -> Option<f64> {
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for value in fact.values.iter().filter_map(|v| v.value) {
        match counts.iter_mut().find(|(v, _)| *v == value) {
            Some((_, n)) => *n += 1,
            None => counts.push((value, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    let mut tied = counts.iter().filter(|(_, n)| *n == best);
    let first = tied.next()?;
    match tied.next() {
        Some(_) => None,
        None => Some(first.0),
    }
}

/// Each number fact across the sources: one row per fact, one column per source, conflicts marked.
fn numbers_section(context: &Context) -> Markup {
    let facts = &context.report.comparison.number_facts;
    let documents = &context.report.documents;
    html! {
        section #numbers {
            h2 { "Numbers across sources" }
            @if facts.is_empty() {
                p.empty { "No quantity is given by more than one source." }
            } @else {
                p.hint { "Rows marked " span.conflict-mark { "≠ conflict" } " (hatched, with a rule on the left) are figures the sources disagree on; "
                    "within them, a value unlike the others is boxed and marked ≠." }
                div.scroll {
                    table.numbers {
                        thead { tr {
                            th scope="col" { "What" }
                            @for position in 0..documents.len() { th.col scope="col" { (context.source(position)) } }
                            th scope="col" { "Agreement" }
                        } }
                        tbody {
                            @for fact in facts {
                                @let usual = if fact.conflict.is_some() { usual_value(fact) } else { None };
                                tr.conflict[fact.conflict.is_some()] {
                                    th scope="row" {
                                        (fact.label)
                                        @if let Some(unit) = &fact.unit { " " span.unit { "(" (unit) ")" } }
                                    }
                                    @for (position, document) in documents.iter().enumerate() {
                                        @let values: Vec<_> = fact.values.iter().filter(|v| v.document == document.id).collect();
                                        @let odd = fact.conflict.is_some() && values.iter().any(|v| match (usual, v.value) {
                                            (Some(u), Some(x)) => u != x,
                                            _ => false,
                                        });
                                        td.value.differs[odd].none[values.is_empty()] {
                                            span.cell-source { (badge(position)) " " }
                                            @if odd { span.conflict-mark title="differs from the other sources" { "≠ " } }
                                            @for (i, value) in values.iter().enumerate() {
                                                @if i > 0 { br; }
                                                @match context.link(format!("n-{position}-{}", value.number)) {
                                                    Some(target) => { a href=(target) title="show in the article" { (value.text) } }
                                                    None => { (value.text) }
                                                }
                                            }
                                        }
                                    }
                                    td.agreement {
                                        @match &fact.conflict {
                                            Some(conflict) => { strong.conflict-mark { "≠ conflict" } " " (conflict) }
                                            None => { span.agree { "✓ agree" } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Inputs that were skipped or repaired.
fn warnings_section(report: &Report) -> Markup {
    html! {
        @if !report.warnings.is_empty() {
            section #warnings {
                h2 { "Warnings" }
                ul {
                    @for warning in &report.warnings {
                        li { code { (warning.path) } ": " (warning.message) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
