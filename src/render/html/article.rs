//! Each article in full, rebuilt from its sentences (grouped into paragraphs by their paragraph
//! index), with quotes, speakers, numbers and dates highlighted where their byte spans fall.
//!
//! The report carries no raw text, so an item's span is mapped into each sentence it overlaps
//! (relative to the sentence start); an item spanning several sentences or paragraphs is marked
//! piece by piece. Text between sentences is not in the report and is shown as one space.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use maud::{html, Markup};

use super::{badge, source_name, Context};
use crate::model::{Document, QuoteKind, Sentence};

/// The kinds of highlight, in nesting order (outermost first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Layer {
    /// The words of a quotation.
    Quote,
    /// The words naming a quote's speaker.
    Speaker,
    /// A quantity or sum of money.
    Number,
    /// A temporal expression.
    Date,
}

impl Layer {
    /// The CSS class of the highlight.
    fn class(self) -> &'static str {
        match self {
            Layer::Quote => "hl hl-quote",
            Layer::Speaker => "hl hl-speaker",
            Layer::Number => "hl hl-number",
            Layer::Date => "hl hl-date",
        }
    }
}

/// One highlighted item of an article: a byte span of the text and what to say about it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Highlight {
    /// First byte, in the document's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What kind of item it is.
    pub layer: Layer,
    /// An extra CSS class (`scare` for scare quotes), or "".
    pub variant: &'static str,
    /// The hover text.
    pub title: String,
    /// The element id that links point at, set on the item's first piece.
    pub anchor: Option<String>,
}

/// Every item of a document as highlights, sorted by start, then by layer.
pub(crate) fn highlights(position: usize, document: &Document) -> Vec<Highlight> {
    let mut out = Vec::new();
    for quote in &document.quotes {
        let speaker = quote.speaker.as_deref().unwrap_or("speaker not given");
        let mut title = format!("Quote {} ({}): {speaker}", quote.index, quote.kind.as_str());
        if let Some(cue) = &quote.cue {
            title.push_str(&format!(", “{cue}”"));
        }
        out.push(Highlight {
            start: quote.start,
            end: quote.end,
            layer: Layer::Quote,
            variant: if quote.kind == QuoteKind::Scare {
                " scare"
            } else {
                ""
            },
            title,
            anchor: Some(format!("q-{position}-{}", quote.index)),
        });
        if let Some(span) = quote.speaker_span {
            out.push(Highlight {
                start: span.start,
                end: span.end,
                layer: Layer::Speaker,
                variant: "",
                title: format!("Speaker of quote {}: {speaker}", quote.index),
                anchor: None,
            });
        }
    }
    for number in &document.numbers {
        let mut title = format!("Number: {}", number.text);
        if let Some(value) = number.value {
            title.push_str(&format!(" = {}", super::format_value(value)));
        }
        if let Some(unit) = &number.unit {
            title.push_str(&format!(" {unit}"));
        }
        if let Some(qualifier) = &number.qualifier {
            title.push_str(&format!(" ({qualifier})"));
        }
        if !number.flags.is_empty() {
            title.push_str(&format!(" [{}]", number.flags.join(", ")));
        }
        out.push(Highlight {
            start: number.start,
            end: number.end,
            layer: Layer::Number,
            variant: "",
            title,
            anchor: Some(format!("n-{position}-{}", number.index)),
        });
    }
    for date in &document.dates {
        let mut title = format!(
            "Date: {} → {}",
            date.text,
            date.value.as_deref().unwrap_or("unresolved")
        );
        if let Some(modifier) = &date.modifier {
            title.push_str(&format!(" ({modifier})"));
        }
        if let Some(time) = &date.time {
            title.push_str(&format!(" at {time}"));
        }
        out.push(Highlight {
            start: date.start,
            end: date.end,
            layer: Layer::Date,
            variant: "",
            title,
            anchor: Some(format!("d-{position}-{}", date.index)),
        });
    }
    out.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(a.layer.cmp(&b.layer))
            .then(b.end.cmp(&a.end))
    });
    out
}

/// The largest char boundary of `text` at or before `at` (clamped to the text).
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A highlight clipped to one sentence, in offsets relative to the sentence text.
struct Piece<'h> {
    /// First byte in the sentence text.
    start: usize,
    /// One past the last byte in the sentence text.
    end: usize,
    /// Whether this is the first piece of the item drawn (its anchor goes here).
    first: bool,
    /// The item.
    highlight: &'h Highlight,
}

/// Clip the highlights overlapping `sentence` to it; empty pieces are dropped.
/// The first piece of an item drawn carries its anchor; `anchored` holds the anchors drawn so far.
fn pieces<'h>(
    sentence: &Sentence,
    overlapping: &[&'h Highlight],
    anchored: &mut BTreeSet<String>,
) -> Vec<Piece<'h>> {
    let text = sentence.text.as_str();
    overlapping
        .iter()
        .filter_map(|h| {
            let start = floor_boundary(text, h.start.saturating_sub(sentence.start));
            let end = floor_boundary(text, h.end.saturating_sub(sentence.start));
            (start < end).then(|| Piece {
                start,
                end,
                first: h
                    .anchor
                    .as_ref()
                    .is_some_and(|anchor| anchored.insert(anchor.clone())),
                highlight: h,
            })
        })
        .collect()
}

/// Deepest nesting drawn; pieces nested deeper show as plain text (only hostile input gets there).
const MAX_DEPTH: usize = 24;

/// The pieces made properly nested: a piece that crosses the end of the piece it starts in is
/// cut there and its rest queued again, so each piece lies wholly inside the ones around it. The
/// result is ordered by start, then longest first, then layer (outermost first).
fn nested(pieces: Vec<Piece<'_>>) -> Vec<Piece<'_>> {
    let order = |p: &Piece| (Reverse(p.start), p.end, Reverse(p.highlight.layer));
    let mut queue: BinaryHeap<OrderedPiece> = pieces
        .into_iter()
        .map(|piece| OrderedPiece(order(&piece), piece))
        .collect();
    let mut out: Vec<Piece> = Vec::with_capacity(queue.len());
    let mut open_ends: Vec<usize> = Vec::new();
    while let Some(OrderedPiece(_, mut piece)) = queue.pop() {
        while open_ends.last().is_some_and(|end| *end <= piece.start) {
            open_ends.pop();
        }
        if let Some(&limit) = open_ends.last() {
            if piece.end > limit {
                let rest = Piece {
                    start: limit,
                    end: piece.end,
                    first: false,
                    highlight: piece.highlight,
                };
                queue.push(OrderedPiece(order(&rest), rest));
                piece.end = limit;
            }
        }
        open_ends.push(piece.end);
        out.push(piece);
    }
    out
}

/// A piece with the key that orders the queue in [`nested`] (the heap pops the largest).
struct OrderedPiece<'h>((Reverse<usize>, usize, Reverse<Layer>), Piece<'h>);

impl PartialEq for OrderedPiece<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl Eq for OrderedPiece<'_> {}
impl PartialOrd for OrderedPiece<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OrderedPiece<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

/// The text `from..to` with the nested pieces from `*next` on that start before `to` wrapped in
/// their highlights.
fn wrap(
    text: &str,
    pieces: &[Piece],
    next: &mut usize,
    from: usize,
    to: usize,
    depth: usize,
) -> Markup {
    let mut parts: Vec<Markup> = Vec::new();
    let mut cursor = from;
    while let Some(piece) = pieces.get(*next).filter(|p| p.start < to) {
        *next += 1;
        let (start, end) = (piece.start.max(cursor), piece.end.min(to));
        if start >= end {
            continue;
        }
        parts.push(html! { (text.get(cursor..start).unwrap_or_default()) });
        let inner = if depth < MAX_DEPTH {
            wrap(text, pieces, next, start, end, depth + 1)
        } else {
            html! { (text.get(start..end).unwrap_or_default()) }
        };
        let highlight = piece.highlight;
        let anchor = if piece.first {
            highlight.anchor.as_deref()
        } else {
            None
        };
        parts.push(html! {
            span class={ (highlight.layer.class()) (highlight.variant) } title=(highlight.title) id=[anchor] {
                (inner)
            }
        });
        cursor = end;
    }
    parts.push(html! { (text.get(cursor..to).unwrap_or_default()) });
    html! { @for part in &parts { (part) } }
}

/// One sentence with its pieces highlighted.
fn sentence_markup(
    sentence: &Sentence,
    overlapping: &[&Highlight],
    anchored: &mut BTreeSet<String>,
) -> Markup {
    let text = sentence.text.as_str();
    let pieces = nested(pieces(sentence, overlapping, anchored));
    if pieces.is_empty() {
        return html! { (text) };
    }
    let mut next = 0;
    wrap(text, &pieces, &mut next, 0, text.len(), 0)
}

/// The body of one document: sentences grouped into paragraphs, items highlighted. The anchors
/// drawn are added to `anchored`.
fn body(position: usize, document: &Document, anchored: &mut BTreeSet<String>) -> Markup {
    let items = highlights(position, document);
    let mut next = 0;
    let mut open: Vec<&Highlight> = Vec::new();
    let mut paragraphs: Vec<Vec<Markup>> = Vec::new();
    let mut last_paragraph = None;
    for sentence in &document.sentences {
        open.retain(|h| h.end > sentence.start);
        while let Some(item) = items.get(next).filter(|h| h.start < sentence.end) {
            if item.end > sentence.start {
                open.push(item);
            }
            next += 1;
        }
        let overlapping: Vec<&Highlight> = open
            .iter()
            .copied()
            .filter(|h| h.start < sentence.end)
            .collect();
        let markup = sentence_markup(sentence, &overlapping, anchored);
        match paragraphs.last_mut() {
            Some(current) if last_paragraph == Some(sentence.paragraph) => current.push(markup),
            _ => paragraphs.push(vec![markup]),
        }
        last_paragraph = Some(sentence.paragraph);
    }
    html! {
        @if paragraphs.is_empty() {
            p.empty { "No body sentences." }
        }
        @for paragraph in &paragraphs {
            p {
                @for (i, sentence) in paragraph.iter().enumerate() {
                    @if i > 0 { " " }
                    (sentence)
                }
            }
        }
    }
}

/// The legend of the highlights, with switches to hide each kind (pure CSS, no script).
fn legend() -> Markup {
    let kinds = [
        ("quote", "hl hl-quote", "Quote", "shaded, italic"),
        (
            "scare",
            "hl hl-quote scare",
            "Scare quote",
            "shaded, upright",
        ),
        (
            "speaker",
            "hl hl-speaker",
            "Speaker",
            "bold, solid underline",
        ),
        ("number", "hl hl-number", "Number", "double underline"),
        ("date", "hl hl-date", "Date", "dashed underline"),
    ];
    html! {
        div.legend role="group" aria-label="Highlight legend" {
            span.legend-title { "Legend (hover an item for details):" }
            @for (key, class, label, style) in kinds {
                label.legend-item {
                    input type="checkbox" checked id={ "show-" (key) } class="toggle";
                    " "
                    span class=(class) { (label) } span.legend-style { " (" (style) ")" }
                }
            }
        }
    }
}

/// The article's items as short lists beside its text, each linking to its place in the text.
fn index(position: usize, document: &Document, anchored: &BTreeSet<String>) -> Markup {
    let link = |anchor: String| anchored.contains(&anchor).then(|| format!("#{anchor}"));
    let mut speakers: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for quote in document
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Scare)
    {
        let name = quote.speaker.as_deref().unwrap_or("(not attributed)");
        speakers.entry(name).or_insert((0, quote.index)).0 += 1;
    }
    let scare = document
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Scare)
        .count();
    html! {
        aside.article-index aria-label="Items in this article" {
            h4 { "Quoted" }
            @if speakers.is_empty() { p.empty { "nobody" } }
            ul {
                @for (name, (count, first)) in &speakers {
                    li { a href=[link(format!("q-{position}-{first}"))] { span.hl.hl-speaker { (name) } } " ×" (count) }
                }
                @if scare > 0 { li.muted { (scare) " scare quote" @if scare > 1 { "s" } } }
            }
            h4 { "Numbers" }
            @if document.numbers.is_empty() { p.empty { "none" } }
            ul {
                @for number in &document.numbers {
                    li {
                        a href=[link(format!("n-{position}-{}", number.index))] { span.hl.hl-number { (number.text) } }
                        @if let Some(value) = number.value { " = " (super::format_value(value)) }
                        @if let Some(unit) = &number.unit { " " span.muted { (unit) } }
                    }
                }
            }
            h4 { "Dates" }
            @if document.dates.is_empty() { p.empty { "none" } }
            ul {
                @for date in &document.dates {
                    li {
                        a href=[link(format!("d-{position}-{}", date.index))] { span.hl.hl-date { (date.text) } }
                        " → " (date.value.as_deref().unwrap_or("?"))
                    }
                }
            }
        }
    }
}

/// Every article in full, and the anchors of the items it drew (links elsewhere on the page point
/// only at these).
pub(crate) fn section(context: &Context) -> (Markup, BTreeSet<String>) {
    let documents = &context.report.documents;
    let mut anchored = BTreeSet::new();
    let bodies: Vec<Markup> = documents
        .iter()
        .enumerate()
        .map(|(position, document)| body(position, document, &mut anchored))
        .collect();
    let markup = html! {
        section #articles {
            h2 { "Articles" }
            (legend())
            p.article-buttons {
                button type="button" data-details="open" hidden { "Expand all" }
                " "
                button type="button" data-details="close" hidden { "Collapse all" }
            }
            @for (position, document) in documents.iter().enumerate() {
                details.article #{ "doc-" (position) } open {
                    summary {
                        (badge(position)) " "
                        span.article-title { (document.headline.as_deref().unwrap_or(&document.id)) }
                    }
                    dl.article-meta {
                        dt { "Source" } dd { (source_name(document)) }
                        dt { "Published" } dd { (document.published.as_deref().unwrap_or("not given")) }
                        dt { "File" } dd { code { (document.path) } }
                        dt { "Size" } dd {
                            (document.stats.words) " words, " (document.stats.sentences) " sentences, "
                            (document.quotes.len()) " quotes, " (document.numbers.len()) " numbers, "
                            (document.dates.len()) " dates"
                        }
                    }
                    div.article-content {
                        div.article-body { @if let Some(body) = bodies.get(position) { (body) } }
                        (index(position, document, &anchored))
                    }
                }
            }
        }
    };
    (markup, anchored)
}
