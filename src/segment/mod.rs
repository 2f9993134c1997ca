//! Segmentation: paragraphs, the article's header (date line, headline, standfirst, credits,
//! labels, datelines, copyright) and body sentences, all as byte spans into the untouched text.
//!
//! The output, [`Layout`], is what every extractor reads: they work on body sentences and never
//! re-split the text themselves.

mod header;
mod paragraphs;
mod sentences;

use crate::model::Span;

pub use paragraphs::{paragraphs, trim};
pub(crate) use sentences::names_local_time;
pub use sentences::split_sentences;

/// The most words a headline may have.
const MAX_HEADLINE_WORDS: usize = 30;
/// The most words a standfirst (the line under the headline) may have.
const MAX_STANDFIRST_WORDS: usize = 60;
/// The most words a credit line under the headline may have ("Foreign Desk Report", "By A. Writer").
const MAX_CREDIT_WORDS: usize = 8;

/// The fewest words a standfirst closed by a full stop has: a shorter paragraph over a date line
/// (`Rivers rose.` over `Published 3 March 2024`) is body text, and the line under it too.
const MIN_CLOSED_STANDFIRST_WORDS: usize = 6;

/// The most words a subheading inside the body may have.
const MAX_CROSSHEAD_WORDS: usize = 6;

/// The most short lines read as the points of one list under a heading (`Key points:`); the
/// rest, if the list runs on, are judged as subheadings again.
const MAX_LIST_ITEMS: usize = 15;

/// The most paragraphs read as body before a byline or date block that shows they were the
/// headline and standfirst after all (`Floods hit town.` over `By Jo Lin` over `Published …`).
const MAX_LATE_HEADER_PARAGRAPHS: usize = 1;

/// One body sentence: its span and the paragraph holding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// The sentence's bytes, trimmed of surrounding white space.
    pub span: Span,
    /// Index into [`Layout::paragraphs`].
    pub paragraph: usize,
}

/// The structure of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Every paragraph, trimmed, in order (metadata paragraphs included).
    pub paragraphs: Vec<Span>,
    /// Body sentences in order; metadata, headline and datelines are not among them.
    pub sentences: Vec<SentenceSpan>,
    /// Publication date from a leading `date YYYY-MM-DD` line or a dated dateline.
    pub published: Option<jiff::civil::Date>,
    /// The full date stated by a dateline opening the story (`LONDON, March 4, 2024 --`): the
    /// day its "today" and "yesterday" count from, whatever date the page itself carries.
    pub dateline_date: Option<jiff::civil::Date>,
    /// The month and day a dateline opening the story states without a year (`LONDON, March 4
    /// (Reuters) -`); see [`Layout::dateline_day_near`].
    pub dateline_day: Option<(i8, i8)>,
    /// The outlet named by the text itself (copyright line, wire credit).
    pub outlet: Option<String>,
    /// The headline paragraph, if the article opens with one.
    pub headline: Option<Span>,
    /// The standfirst: an unpunctuated summary line right under the headline.
    pub standfirst: Option<Span>,
    /// Spans that are metadata, not body text (date line, copyright, labels, datelines, standfirst).
    pub metadata: Vec<Span>,
}

impl Layout {
    /// The day the dateline's month and day without a year fall on nearest to `reference` (in
    /// its year, the year before or the year after): `LONDON, Dec. 30 (Reuters) -` read against
    /// 2 January 2024 is 30 December 2023.
    pub fn dateline_day_near(&self, reference: jiff::civil::Date) -> Option<jiff::civil::Date> {
        let (month, day) = self.dateline_day?;
        [-1, 0, 1]
            .into_iter()
            .filter_map(|step| {
                let year = reference.year().checked_add(step)?;
                jiff::civil::Date::new(year, month, day).ok()
            })
            .min_by_key(|date| {
                reference
                    .until(*date)
                    .map_or(i32::MAX, |span| span.get_days().abs())
            })
    }

    /// Index of the body sentence holding byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let index = self
            .sentences
            .partition_point(|s| s.span.start <= offset)
            .checked_sub(1)?;
        let sentence = self.sentences.get(index)?;
        (offset < sentence.span.end.max(sentence.span.start + 1)).then_some(index)
    }
}

/// Where the header walk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Nothing but metadata seen yet.
    Top,
    /// The headline was the last paragraph.
    AfterHeadline,
    /// The standfirst or a credit line was the last paragraph.
    AfterStandfirst,
    /// The body has begun.
    Body,
}

/// Segment an article's text.
pub fn segment(text: &str) -> Layout {
    let mut layout = Layout {
        paragraphs: paragraphs(text),
        ..Layout::default()
    };
    let mut sentences = Vec::new();
    let mut spans = Vec::new();
    let mut part = Part::Top;
    let count = layout.paragraphs.len();
    // Web-page furniture around the story: a picture's caption after its label, and the links
    // and topics after a tail marker.
    let (mut caption_next, mut in_tail) = (false, false);
    // Paragraphs up to this index are a navigation menu, one item to a paragraph.
    let mut navigation_until = 0;
    // The first paragraphs read as body, while they may still turn out to be the header; `None`
    // once the body is plainly under way.
    let mut early_body: Option<Vec<usize>> = Some(Vec::new());
    // How many more short lines are a list's points: the paragraph before closed with a colon
    // or was a box's heading (`Key points`), and every paragraph since was one of its points.
    let mut list_items = 0;
    for index in 0..count {
        let Some(&paragraph) = layout.paragraphs.get(index) else {
            break;
        };
        let inner = paragraph.of(text);
        let next = layout.paragraphs.get(index + 1).map(|p| p.of(text));
        in_tail |= header::is_tail_marker(inner)
            || part == Part::Body
                && (header::is_press_contacts(inner)
                    || header::is_about_heading(inner, next)
                        && closes_boilerplate(text, layout.paragraphs.get(index + 1..)));
        let caption = header::caption_label(inner);
        if in_tail || caption.is_some() || caption_next {
            list_items = 0;
            caption_next = caption == Some(true);
            if in_tail {
                layout.published = layout.published.or(header::publication_line(inner));
            }
            layout.metadata.push(paragraph);
            continue;
        }
        if part != Part::Body && index >= navigation_until {
            navigation_until =
                index + navigation_run(text, layout.paragraphs.get(index..).unwrap_or_default());
        }
        if index < navigation_until {
            list_items = 0;
            layout.metadata.push(paragraph);
            continue;
        }
        let early = early_body.as_deref().filter(|early| !early.is_empty());
        if let Some(early) = early.filter(|_| part == Part::Body && next.is_some()) {
            if let Some(date) = late_header(text, inner, early, &layout) {
                // Every body sentence so far came from these paragraphs.
                reread_as_header(text, early, &mut layout);
                sentences.clear();
                early_body = None;
                set_outlet(
                    &mut layout,
                    inner.lines().find_map(|line| {
                        header::byline_outlet(line).or_else(|| header::outlet_line(line))
                    }),
                );
                layout.published = layout.published.or(date);
                layout.metadata.push(paragraph);
                part = Part::AfterStandfirst;
                continue;
            }
        }
        // Only a standfirst, or a headline over one, can use it: the body's paragraphs are not
        // parsed as dates again.
        let after_next = layout.paragraphs.get(index + 2).map(|p| p.of(text));
        let header_follows = match part {
            Part::AfterHeadline => dated_header_follows(next, after_next),
            Part::Top => after_next.is_some_and(is_byline_or_date),
            _ => false,
        };
        let in_list = list_items > 0;
        let stripped = strip_metadata(
            text,
            paragraph,
            index,
            &mut part,
            (next, header_follows, in_list),
            &mut layout,
        );
        list_items = next_list_items(text, stripped, inner, part, list_items);
        let Some(body) = stripped else {
            continue;
        };
        spans.clear();
        sentences::split_sentences_into(text, body, &mut spans);
        if let Some(early) = early_body.as_mut() {
            if body == paragraph
                && early.len() < MAX_LATE_HEADER_PARAGRAPHS
                && words(inner) <= MAX_STANDFIRST_WORDS
            {
                early.push(index);
            } else {
                early_body = None;
            }
        }
        sentences.extend(spans.iter().map(|&span| SentenceSpan {
            span,
            paragraph: index,
        }));
    }
    layout.sentences = sentences;
    layout
}

/// How many more short lines are read as a list's points after this paragraph, given
/// `list_items` before it and what [`strip_metadata`] left of it as body (`stripped`): a body
/// paragraph leading into a list ([`header::is_list_lead`]: `The plan includes:`) or a box's
/// heading, kept or dropped (`What we know`), opens a list; a point without a full stop (`Roads
/// closed until Friday`, `- Ten new clinics`) keeps it open; anything else closes it.
fn next_list_items(
    text: &str,
    stripped: Option<Span>,
    inner: &str,
    part: Part,
    list_items: usize,
) -> usize {
    if part != Part::Body {
        return 0;
    }
    let Some(body) = stripped else {
        return if header::is_box_heading(inner) {
            MAX_LIST_ITEMS
        } else {
            0
        };
    };
    let body = body.of(text);
    if header::is_box_heading(body) || header::is_list_lead(body) {
        MAX_LIST_ITEMS
    } else if list_items > 0 && (header::is_unfinished(body) || opens_list(body)) {
        list_items - 1
    } else {
        0
    }
}

/// Most paragraphs of a press release's boilerplate about the company (and the notes under it)
/// before the text ends or its closing furniture begins.
const MAX_BOILERPLATE_PARAGRAPHS: usize = 6;

/// Whether the paragraphs under an `About <Company>` heading are the release's closing
/// boilerplate: within [`MAX_BOILERPLATE_PARAGRAPHS`] the text ends, or furniture that closes a
/// release follows (another `About` heading, the media contacts, `###`, a `SOURCE` or copyright
/// line). A subheading mid-story with more of the story under it keeps its text.
fn closes_boilerplate(text: &str, after: Option<&[Span]>) -> bool {
    let after = after.unwrap_or_default();
    if after.len() <= MAX_BOILERPLATE_PARAGRAPHS {
        return true;
    }
    (1..=MAX_BOILERPLATE_PARAGRAPHS).any(|at| {
        let Some(inner) = after.get(at).map(|p| p.of(text)) else {
            return false;
        };
        let next = after.get(at + 1).map(|p| p.of(text));
        header::is_press_contacts(inner)
            || header::is_about_heading(inner, next)
            || header::is_tail_marker(inner)
            || header::is_copyright_line(inner)
            || header::is_page_furniture(inner)
    })
}

/// Record the metadata in one paragraph and return what is left of it as body text, if any.
fn strip_metadata(
    text: &str,
    paragraph: Span,
    index: usize,
    part: &mut Part,
    (next, header_follows, in_list): (Option<&str>, bool, bool),
    layout: &mut Layout,
) -> Option<Span> {
    let has_later = next.is_some();
    let next_starts_lower = next.is_some_and(|n| n.starts_with(char::is_lowercase));
    let mut span = paragraph;
    let mut shares_date_line = false;
    if index == 0 {
        if let Some((date, len)) = header::date_line(span.of(text)) {
            layout.published = Some(date);
            layout
                .metadata
                .push(Span::new(span.start, span.start + len));
            let rest = trim(text, Span::new(span.start + len, span.end))?;
            shares_date_line = !text[span.start + len..rest.start].contains('\n');
            span = rest;
        }
    }
    if header::is_story_note(span.of(text))
        || *part != Part::Body && is_header_furniture(text, span, layout)
    {
        layout.metadata.push(span);
        return None;
    }
    if *part == Part::Top {
        // `PRESS RELEASE`, and the issuer's name on its own line above it: the headline follows.
        let inner = span.of(text);
        let issuer = next.is_some_and(header::is_release_label)
            && !inner.contains('\n')
            && header::is_headline_like(inner, MAX_HEADLINE_WORDS);
        if issuer || header::is_release_label(inner) && has_later {
            // The issuer speaks for itself: it is the text's outlet.
            if issuer {
                set_outlet(layout, Some(inner.trim()));
            }
            layout.metadata.push(span);
            return None;
        }
        span = without_kickers(text, span, next, header_follows, layout)?;
    }
    let inner = span.of(text);
    if *part != Part::Body {
        set_outlet(layout, header::byline_outlet(inner));
    }
    if *part == Part::Top && has_later {
        // `Jo Lin` over `The Daily Planet` above the headline: the headline still follows.
        if header::unmarked_byline_outlet(inner).is_some() {
            layout.metadata.push(span);
            return None;
        }
        // A page's title, `Ferry fares to double | The Daily Planet`: the headline and outlet.
        if let Some((len, outlet)) = header::title_with_outlet(inner).filter(|_| !shares_date_line)
        {
            layout.headline = Some(Span::new(span.start, span.start + len));
            layout
                .metadata
                .extend(trim(text, Span::new(span.start + len, span.end)));
            set_outlet(layout, Some(outlet));
            *part = Part::AfterHeadline;
            return None;
        }
    }
    if *part != Part::Body || header::opens_with_publication_note(inner) {
        if let Some(date) = header::header_date_line(inner) {
            let separated = header::separated_date_line(inner).and_then(|(_, outlet)| outlet);
            let credit = header::trailing_credit(inner).map(|(_, credit)| credit);
            set_outlet(layout, separated.or(credit));
            layout.published = layout.published.or(Some(date));
            layout.metadata.push(span);
            return None;
        }
        if header::unclear_stamp_line(inner) {
            // A stamp all the same; its date is left unread when day and month may swap.
            layout.metadata.push(span);
            return None;
        }
    }
    if *part != Part::Body && has_later {
        // `PUNE, Oct 9 (PTI)` on a line of its own: above the headline the headline still
        // follows; under it the body does.
        if let Some(dateline) = header::lone_dateline(inner) {
            set_outlet(layout, dateline.credit);
            layout.published = layout.published.or(dateline.date);
            layout.dateline_date = layout.dateline_date.or(dateline.date);
            layout.dateline_day = layout.dateline_day.or(dateline.day);
            layout.metadata.push(span);
            if *part != Part::Top {
                *part = Part::Body;
            }
            return None;
        }
    } else if let Some(date) = header::publication_line(inner).filter(|_| !has_later) {
        // `Published 12:41 AM EDT, August 2, 2024` closing the page, as wire pages print it.
        layout.published = layout.published.or(Some(date));
        layout.metadata.push(span);
        return None;
    }
    if *part == Part::Top && !shares_date_line && has_later {
        if let Some((len, date)) = header::headline_over_date_line(inner, MAX_HEADLINE_WORDS) {
            layout.headline = Some(Span::new(span.start, span.start + len));
            layout.published = layout.published.or(Some(date));
            layout
                .metadata
                .extend(trim(text, Span::new(span.start + len, span.end)));
            *part = Part::AfterHeadline;
            return None;
        }
        if let Some(len) = header::headline_over_month_line(inner, MAX_HEADLINE_WORDS) {
            layout.headline = Some(Span::new(span.start, span.start + len));
            layout
                .metadata
                .extend(trim(text, Span::new(span.start + len, span.end)));
            *part = Part::AfterHeadline;
            return None;
        }
    }
    if *part != Part::Body {
        if let Some(date) = header::date_among_header_lines(inner, MAX_CREDIT_WORDS) {
            let outlet = inner
                .lines()
                .find_map(|line| header::byline_outlet(line).or_else(|| header::outlet_line(line)));
            set_outlet(layout, outlet);
            layout.published = layout.published.or(Some(date));
            layout.metadata.push(span);
            return None;
        }
    }
    if header::is_copyright_line(inner) {
        set_outlet(layout, header::copyright_outlet(inner));
        layout.metadata.push(span);
        return None;
    }
    // `PTI AK SS`: a wire desk's sign-off, the agency and its editors' initials.
    if let Some(agency) = header::desk_signoff(inner) {
        set_outlet(layout, Some(agency));
        layout.metadata.push(span);
        return None;
    }
    // `Source: Daily Planet and news agencies`, above the story or closing it.
    if let Some(outlet) = header::agencies_credit(inner) {
        set_outlet(layout, Some(outlet));
        layout.metadata.push(span);
        return None;
    }
    // `— The Canadian Press` closing the story names the outlet when nothing above did.
    if header::is_credit_line(inner) {
        set_outlet(layout, header::credit_line_outlet(inner));
        layout.metadata.push(span);
        return None;
    }
    if header::is_whole_line_label(inner)
        || header::is_breadcrumb(inner)
        || header::is_link_line(inner)
        || header::is_page_furniture(inner)
        || header::is_furniture_block(inner)
    {
        layout.metadata.push(span);
        return None;
    }
    if let Some(len) = header::label_prefix(inner) {
        layout
            .metadata
            .push(Span::new(span.start, span.start + len));
        span = trim(text, Span::new(span.start + len, span.end))?;
    }
    if let Some(at) = header::copyright_tail(span.of(text)) {
        let notice = Span::new(span.start + at, span.end);
        set_outlet(layout, header::copyright_outlet(notice.of(text)));
        layout.metadata.push(notice);
        span = trim(text, Span::new(span.start, span.start + at))?;
    }
    if let Some(at) = header::desk_signoff_tail(span.of(text)).filter(|_| !has_later) {
        let signoff = Span::new(span.start + at, span.end);
        set_outlet(layout, header::desk_signoff(signoff.of(text)));
        layout.metadata.push(signoff);
        span = trim(text, Span::new(span.start, span.start + at))?;
    }
    let inner = span.of(text);
    // The outlet's name on a line of its own above the headline or under it.
    if *part != Part::Body && has_later {
        if let Some(outlet) = header::outlet_line(inner) {
            set_outlet(layout, Some(outlet));
            layout.metadata.push(span);
            return None;
        }
    }
    match *part {
        Part::Top
            if !shares_date_line
                && has_later
                && header::is_headline_like(inner, MAX_HEADLINE_WORDS) =>
        {
            layout.headline = Some(span);
            *part = Part::AfterHeadline;
            return None;
        }
        // A standfirst may close with a full stop when the byline or date line follows it.
        Part::AfterHeadline
            if has_later
                && header::dateline(inner).is_none()
                && !opens_list(inner)
                && (header::is_unfinished(inner)
                    || header_follows
                        && !inner.contains('\n')
                        && words(inner) >= MIN_CLOSED_STANDFIRST_WORDS)
                && words(inner) <= MAX_STANDFIRST_WORDS =>
        {
            layout.standfirst = Some(span);
            layout.metadata.push(span);
            *part = Part::AfterStandfirst;
            return None;
        }
        Part::AfterStandfirst
            if has_later
                && header::dateline(inner).is_none()
                && header::is_unfinished(inner)
                && words(inner) <= MAX_CREDIT_WORDS =>
        {
            layout.metadata.push(span);
            return None;
        }
        // `By Jo Lin` over `Reporting from Montpelier, Vt.`: a byline block, even with a full stop.
        Part::AfterHeadline | Part::AfterStandfirst
            if has_later && header::is_byline_block(inner, MAX_CREDIT_WORDS) =>
        {
            layout.metadata.push(span);
            *part = Part::AfterStandfirst;
            return None;
        }
        // Last, such a line is page furniture left under the story (`Sign up for our newsletter`).
        // A short line under a list's heading is one of its points.
        Part::Body
            if !in_list
                && !next_starts_lower
                && is_crosshead(inner)
                && (has_later || !quoted(inner)) =>
        {
            layout.metadata.push(span);
            return None;
        }
        Part::Body => return Some(span),
        _ => {}
    }
    *part = Part::Body;
    if let Some(dateline) = header::dateline(inner) {
        layout
            .metadata
            .push(Span::new(span.start, span.start + dateline.len));
        set_outlet(layout, dateline.credit);
        layout.published = layout.published.or(dateline.date);
        layout.dateline_date = layout.dateline_date.or(dateline.date);
        layout.dateline_day = layout.dateline_day.or(dateline.day);
        span = trim(text, Span::new(span.start + dateline.len, span.end))?;
    }
    Some(span)
}

/// The paragraph without the section labels above its headline (`UK politics` over the
/// headline in one block), recorded as metadata; `None` when the paragraph is such a label
/// alone over a longer headline-like paragraph (`EXCLUSIVE`, then the headline).
fn without_kickers(
    text: &str,
    mut span: Span,
    next: Option<&str>,
    header_follows: bool,
    layout: &mut Layout,
) -> Option<Span> {
    loop {
        let inner = span.of(text);
        let Some((first_line, _)) = inner.split_once('\n') else {
            let headline_follows = next.is_some_and(|next| {
                header::is_kicker(next)
                    || header::is_headline_like(next, MAX_HEADLINE_WORDS)
                        && words(next) > words(inner)
            });
            // A headline in capitals over a standfirst, the byline or date line under them; a
            // line under it that does not open as a sentence does (`HOUSE PRICE BOOM` over
            // `Homeowners cheer as …`) is the headline under a kicker.
            let capitals_headline = header_follows
                && header::is_capitals_headline(inner)
                && next.is_some_and(opens_with_article);
            if header::is_kicker(inner) && headline_follows && !capitals_headline {
                layout.metadata.push(span);
                return None;
            }
            return Some(span);
        };
        if !header::is_kicker(first_line) {
            return Some(span);
        }
        layout.metadata.extend(trim(
            text,
            Span::new(span.start, span.start + first_line.len()),
        ));
        span = trim(text, Span::new(span.start + first_line.len(), span.end))?;
    }
}

/// Whether a paragraph met after `early` paragraphs were read as body shows that they were the
/// header: a byline block, or a header block with a byline or a publication keyword on one of
/// its lines (`By Jo Lin` over `Published 5 March 2024`), or a date line alone under a single
/// unfinished paragraph (a headline and standfirst in one block) when there is no headline and
/// no date yet. The date it gives, if any.
fn late_header(
    text: &str,
    inner: &str,
    early: &[usize],
    layout: &Layout,
) -> Option<Option<jiff::civil::Date>> {
    if header::is_byline_block(inner, MAX_CREDIT_WORDS) || header::is_desk_credit(inner) {
        let date = inner
            .lines()
            .find_map(|line| header::header_date_line(line.trim()));
        return Some(date);
    }
    let credited = inner.lines().any(|line| {
        let line = line.trim();
        line.starts_with("By ") || header::publication_line(line).is_some()
    });
    if credited {
        let date = header::header_date_line(inner)
            .or_else(|| header::date_among_header_lines(inner, MAX_CREDIT_WORDS))?;
        return Some(Some(date));
    }
    let unfinished = |index: &usize| {
        layout
            .paragraphs
            .get(*index)
            .is_some_and(|p| header::is_unfinished(p.of(text)))
    };
    let lone = matches!(early, [only] if unfinished(only))
        && layout.headline.is_none()
        && layout.published.is_none();
    lone.then(|| header::header_date_line(inner).map(Some))
        .flatten()
}

/// Mark the paragraphs read as body before a late header block as the headline (the first
/// line of the first, if there is no headline yet) and standfirst (the rest).
fn reread_as_header(text: &str, early: &[usize], layout: &mut Layout) {
    for &index in early {
        let Some(&paragraph) = layout.paragraphs.get(index) else {
            continue;
        };
        let mut rest = paragraph;
        if layout.headline.is_none() {
            let inner = paragraph.of(text);
            let kicker = inner
                .split_once('\n')
                .filter(|(first_line, _)| header::is_kicker(first_line));
            if let Some((first_line, _)) = kicker {
                let label = Span::new(paragraph.start, paragraph.start + first_line.len());
                layout.metadata.extend(trim(text, label));
                match trim(text, Span::new(label.end, paragraph.end)) {
                    Some(below) => rest = below,
                    None => continue,
                }
            }
            let paragraph = rest;
            let inner = paragraph.of(text);
            let first_line = inner.find('\n').unwrap_or(inner.len());
            let headline = Span::new(paragraph.start, paragraph.start + first_line);
            layout.headline = trim(text, headline);
            match trim(text, Span::new(headline.end, paragraph.end)) {
                Some(below) => rest = below,
                None => continue,
            }
        }
        layout.standfirst = layout.standfirst.or(Some(rest));
        layout.metadata.push(rest);
    }
}

/// How many paragraphs from the first of `paragraphs` are a navigation menu printed one item
/// to a paragraph: three or more items in a row ([`header::is_navigation_paragraph`]), the
/// last left as the headline when no headline-like paragraph (not a byline or date line)
/// follows them, and none when nothing does.
fn navigation_run(text: &str, paragraphs: &[Span]) -> usize {
    let run = paragraphs
        .iter()
        .take_while(|p| header::is_navigation_paragraph(p.of(text)))
        .count();
    if run < header::MIN_NAVIGATION_RUN {
        return 0;
    }
    let after = paragraphs.get(run).map(|p| p.of(text));
    match after {
        None => 0,
        Some(after)
            if header::is_headline_like(after, MAX_HEADLINE_WORDS)
                && !after.starts_with("By ")
                && !is_byline_or_date(after) =>
        {
            run
        }
        Some(_) => run - 1,
    }
}

/// Whether a paragraph of the header is a web page's furniture around the headline: a
/// navigation menu, a cookie-consent banner, or the headline printed again.
fn is_header_furniture(text: &str, span: Span, layout: &Layout) -> bool {
    let inner = span.of(text);
    header::is_navigation_block(inner)
        || header::is_cookie_notice(inner)
        || layout
            .headline
            .is_some_and(|headline| headline.of(text) == inner)
}

/// Whether the paragraphs after one are the rest of an article's header: a date line
/// (`Thursday 14 March 2024 06.00 GMT`, `Published: 8:30pm, 5 Mar 2024`), a short block with
/// one (`By Jo Lin` over `Mar 5, 2024`), or a short unfinished line (a byline) over a date line.
fn dated_header_follows(next: Option<&str>, after_next: Option<&str>) -> bool {
    let dated = |p: &str| {
        header::header_date_line(p).is_some()
            || header::date_among_header_lines(p, MAX_CREDIT_WORDS).is_some()
    };
    match (next, after_next) {
        (Some(next), _) if dated(next) => true,
        (Some(next), Some(after_next)) => {
            (header::is_unfinished(next) && !next.contains('\n') && words(next) <= MAX_CREDIT_WORDS
                || header::is_byline_block(next, MAX_CREDIT_WORDS))
                && dated(after_next)
        }
        _ => false,
    }
}

/// Whether a paragraph is a byline block or a header's date line (alone or in a short block).
fn is_byline_or_date(inner: &str) -> bool {
    header::is_byline_block(inner, MAX_CREDIT_WORDS)
        || header::is_desk_credit(inner)
        || header::header_date_line(inner).is_some()
        || header::date_among_header_lines(inner, MAX_CREDIT_WORDS).is_some()
}

/// A subheading inside the body ("The investigation", "World response"): a few capitalised words
/// with no closing punctuation (possibly all in quote marks, as BBC crossheads are). A label
/// with figures after its colon (`North West: 5.9%`) is a line of data, not a subheading.
fn is_crosshead(inner: &str) -> bool {
    // A date alone heads an entry of a timeline, and the date is the entry's.
    header::bare_date_line(inner).is_none()
        && !header::is_dated_entry(inner)
        && !is_labelled_figure(inner)
        && inner
            .trim_start_matches(['\'', '"', '\u{2018}', '\u{201c}'])
            .starts_with(char::is_uppercase)
        && header::is_unfinished(inner)
        && words(inner) <= MAX_CROSSHEAD_WORDS
}

/// Whether the paragraph opens with a list item's bullet or dash and a space (`- 40 homes
/// evacuated`, `• Roads closed`): the story's points, never a standfirst.
fn opens_list(inner: &str) -> bool {
    let mut chars = inner.chars();
    let bullet = chars.next().is_some_and(|c| {
        matches!(
            c,
            '-' | '*' | '\u{2013}' | '\u{2022}' | '\u{25aa}' | '\u{25cf}' | '\u{25e6}'
        )
    });
    bullet && chars.next().is_some_and(char::is_whitespace)
}

/// Whether the paragraph's first word is an article (`The`, `A`, `An`).
fn opens_with_article(inner: &str) -> bool {
    inner.split_whitespace().next().is_some_and(|word| {
        crate::lexicon::function_words::ARTICLES
            .iter()
            .any(|article| article.eq_ignore_ascii_case(word))
    })
}

/// Whether the paragraph is a label and figures after its colon (`Region A: 4.1%, up 0.2`).
fn is_labelled_figure(inner: &str) -> bool {
    inner.split_once(':').is_some_and(|(label, figures)| {
        !label.is_empty() && figures.contains(|c: char| c.is_ascii_digit())
    })
}

/// Whether the paragraph holds a quote mark (a last line of speech is text, not furniture).
fn quoted(inner: &str) -> bool {
    inner.contains(['"', '\u{201c}', '\u{201d}'])
}

/// Keep the first outlet the text names, without a desk or bureau closing it (`Daily Planet
/// News Desk`).
fn set_outlet(layout: &mut Layout, outlet: Option<&str>) {
    if layout.outlet.is_none() {
        layout.outlet = outlet
            .and_then(header::outlet_without_desk)
            .map(str::to_string);
    }
}

/// Words in `inner`, counted up to a little past the largest limit used here.
fn words(inner: &str) -> usize {
    inner
        .split_whitespace()
        .take(MAX_STANDFIRST_WORDS + 1)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST_HEADER: &str = "Dam repairs approved\n\nBy Jo Lin\n\n5 March 2024\n\n";

    #[test]
    fn short_lines_under_a_box_heading_are_its_points() {
        for heading in ["Key points:", "What we know so far", "At a glance"] {
            let text = format!(
                "{LIST_HEADER}Engineers met at Varrow on Monday to approve the plan.\n\n\
                 {heading}\n\nRepairs to cost £9m\n\nWork starts in May\n\nRoad shut \
                 until Friday\n\nThe board will meet again in April."
            );
            let layout = segment(&text);
            let kept = sentences(&text, &layout);
            for point in [
                "Repairs to cost £9m",
                "Work starts in May",
                "Road shut until Friday",
                "The board will meet again in April.",
            ] {
                assert!(kept.iter().any(|s| s == point), "{heading}: {kept:?}");
            }
        }
    }

    #[test]
    fn short_lines_under_a_colon_lead_are_points_until_the_prose_resumes() {
        let text = format!(
            "{LIST_HEADER}The council set out its plan on Monday.\n\nThe measures include:\n\n\
             Free parking on Sundays\n\nTwo new bus lanes\n\nThe plan was welcomed by \
             traders.\n\nA long wait\n\nThe first lane opens in June."
        );
        let layout = segment(&text);
        let kept = sentences(&text, &layout);
        assert!(
            kept.iter().any(|s| s == "Free parking on Sundays"),
            "{kept:?}"
        );
        assert!(kept.iter().any(|s| s == "Two new bus lanes"), "{kept:?}");
        // The crosshead after the prose is a subheading again.
        assert!(!kept.iter().any(|s| s == "A long wait"), "{kept:?}");
    }

    #[test]
    fn links_under_a_navigation_heading_and_furniture_in_a_list_stay_out() {
        let text = format!(
            "{LIST_HEADER}The council set out its plan on Monday.\n\nRelated links:\n\n\
             Bus fares to rise\n\nMayor quits after row\n\nKey points:\n\nShare this \
             article\n\nThe plan was welcomed by traders."
        );
        let layout = segment(&text);
        let kept = sentences(&text, &layout);
        for furniture in [
            "Bus fares to rise",
            "Mayor quits after row",
            "Share this article",
        ] {
            assert!(!kept.iter().any(|s| s == furniture), "{kept:?}");
        }
    }

    #[test]
    fn a_dated_entry_of_a_timeline_is_no_subheading() {
        let text = format!(
            "{LIST_HEADER}The dam was closed for five years.\n\nMarch 2021: Contract signed\n\n\
             Friday: Gates reopen\n\nThe rescue effort\n\nCrews worked through the night."
        );
        let layout = segment(&text);
        let kept = sentences(&text, &layout);
        assert!(
            kept.iter().any(|s| s == "March 2021: Contract signed"),
            "{kept:?}"
        );
        assert!(kept.iter().any(|s| s == "Friday: Gates reopen"), "{kept:?}");
        assert!(!kept.iter().any(|s| s == "The rescue effort"), "{kept:?}");
    }

    fn sentences(text: &str, layout: &Layout) -> Vec<String> {
        layout
            .sentences
            .iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn a_wire_dateline_on_its_own_line_is_no_headline() {
        for text in [
            "TALLINN, June 2 (XWire)\n\nHarbour crane collapses\n\nA crane fell on Friday, police said.",
            "Harbour crane collapses\n\nTALLINN, June 2 (XWire) -\n\nA crane fell on Friday, police said.",
        ] {
            let layout = segment(text);
            assert_eq!(
                layout.headline.map(|h| h.of(text)),
                Some("Harbour crane collapses"),
                "{text}"
            );
            assert_eq!(layout.outlet.as_deref(), Some("XWire"), "{text}");
            assert_eq!(
                sentences(text, &layout),
                ["A crane fell on Friday, police said."]
            );
        }
    }

    #[test]
    fn a_one_line_header_closed_by_a_clock_part_gives_date_and_outlet() {
        for line in [
            "Kestrel Valley Herald | June 9, 2023 | 6:05 pm",
            "Kestrel Valley Herald \u{b7} June 9, 2023 \u{b7} 6:05 pm",
        ] {
            let text =
                format!("{line}\n\nBridge reopens after repairs\n\nTraffic moved again on Friday.");
            let layout = segment(&text);
            assert_eq!(
                layout.published.map(|d| d.to_string()).as_deref(),
                Some("2023-06-09")
            );
            assert_eq!(layout.outlet.as_deref(), Some("Kestrel Valley Herald"));
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Bridge reopens after repairs")
            );
        }
    }

    #[test]
    fn a_closing_press_credit_is_furniture_that_names_the_outlet() {
        let text = "June 9, 2023\n\nBridge reopens\n\nTraffic moved again on Friday.\n\n\u{2014} The Lakeshore Press";
        let layout = segment(text);
        assert_eq!(layout.outlet.as_deref(), Some("The Lakeshore Press"));
        assert_eq!(sentences(text, &layout), ["Traffic moved again on Friday."]);
    }

    #[test]
    fn a_byline_of_two_writers_under_a_standfirst_is_no_sentence() {
        let text = "June 9, 2023\n\nBridge reopens\n\nCrews finish repairs weeks early\n\nBy Tomas Reyes and Ilse Maarten, Harbour Evening Post\n\nTraffic moved again on Friday.";
        let layout = segment(text);
        assert_eq!(layout.outlet.as_deref(), Some("Harbour Evening Post"));
        assert_eq!(sentences(text, &layout), ["Traffic moved again on Friday."]);
    }

    #[test]
    fn a_byline_without_a_comma_gives_only_the_outlet() {
        let text = "Ferry fares to double\n\nBy Helen Vasquez Valley Courier\nUpdated June 2, 2023 - 9:10 AM\n\nThe operator raised fares.\n\nPassengers complained.";
        let layout = segment(text);
        assert_eq!(layout.outlet.as_deref(), Some("Valley Courier"));
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("Ferry fares to double")
        );
    }

    #[test]
    fn a_month_line_under_the_headline_keeps_the_headline() {
        let text = "The Quiet Years of Odile Marchetti\nJuly 2023\n\nShe painted harbours. Odile Marchetti, who retired in May, was a painter.";
        let layout = segment(text);
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("The Quiet Years of Odile Marchetti")
        );
        assert!(layout
            .sentences
            .iter()
            .all(|s| !s.span.of(text).contains("July 2023")));
    }

    #[test]
    fn an_american_stamp_reads_month_first_and_is_no_headline() {
        for stamp in [
            "Updated: 03/06/2024 8:15 AM",
            "03/06/2024 08:15 EST",
            "03/06/2024 8:15 PM",
        ] {
            let text =
                format!("{stamp}\n\nWhy ferry fares are rising\n\nThe operator raised fares.");
            let layout = segment(&text);
            assert_eq!(
                layout.published.map(|d| d.to_string()).as_deref(),
                Some("2024-03-06")
            );
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Why ferry fares are rising")
            );
            assert_eq!(sentences(&text, &layout), ["The operator raised fares."]);
        }
    }

    #[test]
    fn a_date_with_its_outlet_or_a_dated_wire_dateline_above_the_headline() {
        let cases = [
            (
                "9 May 2024 | Lakeview Media",
                "2024-05-09",
                "Lakeview Media",
            ),
            ("Lyon (AFP) \u{2013} May 9, 2024", "2024-05-09", "AFP"),
            ("Lyon (AFP) - May. 9, 2024", "2024-05-09", "AFP"),
        ];
        for (top, date, outlet) in cases {
            let text =
                format!("{top}\n\nTram line reopens after repairs\n\nThe line reopened yesterday.");
            let layout = segment(&text);
            assert_eq!(
                layout.published.map(|d| d.to_string()).as_deref(),
                Some(date)
            );
            assert_eq!(layout.outlet.as_deref(), Some(outlet));
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Tram line reopens after repairs")
            );
            assert_eq!(sentences(&text, &layout), ["The line reopened yesterday."]);
        }
    }

    #[test]
    fn an_issuer_over_a_press_release_label_is_no_headline() {
        let text = "Harbour Board of Pilots\n\nNEWS RELEASE\n\nPilots adopt new night rota\n\nThe board adopted a rota.";
        let layout = segment(text);
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("Pilots adopt new night rota")
        );
        assert_eq!(sentences(text, &layout), ["The board adopted a rota."]);
    }

    #[test]
    fn a_capitals_headline_over_a_standfirst() {
        let text = "FERRY CAPTAIN CLEARED\n\nA skipper accused of sailing drunk was cleared by a jury on appeal\n\nBy Helen Vasquez\nTue 4 Jun 2024 07.30 BST\n\nThe jury took an hour.\n\nHe thanked them.";
        let layout = segment(text);
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("FERRY CAPTAIN CLEARED")
        );
        assert_eq!(
            sentences(text, &layout),
            ["The jury took an hour.", "He thanked them."]
        );
        // A section label over a headline stays a label.
        let text = "WORLD NEWS\n\nFerry captain cleared by a jury\n\nBy Helen Vasquez\nTue 4 Jun 2024 07.30 BST\n\nThe jury took an hour.";
        let layout = segment(text);
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("Ferry captain cleared by a jury")
        );
    }

    #[test]
    fn a_desk_credit_under_the_headline_names_the_outlet_before_the_desk() {
        for (credit, outlet) in [
            (
                "Kestrel Mirror Desk\nUpdated: Jun 2, 2023, 09:10 IST",
                Some("Kestrel Mirror"),
            ),
            ("Orvik Herald Web Desk", Some("Orvik Herald")),
            ("By Orvik Sentinel Digital Desk", Some("Orvik Sentinel")),
            ("By Lakeshore News Service", Some("Lakeshore News Service")),
            ("Port Elms Bureau\nUpdated: Jun 2, 2023, 09:10 IST", None),
            ("By Online Desk", None),
            ("By Our Correspondent", None),
        ] {
            let text = format!(
                "Ferry fares to double\n\n{credit}\n\nThe operator raised fares.\n\nPassengers \
                 complained."
            );
            let layout = segment(&text);
            assert_eq!(layout.outlet.as_deref(), outlet, "{credit}");
            assert_eq!(
                sentences(&text, &layout),
                ["The operator raised fares.", "Passengers complained."],
                "{credit}"
            );
        }
    }

    #[test]
    fn invitations_to_follow_or_subscribe_closing_the_story_are_furniture() {
        for line in [
            "Click here to subscribe to our newsletter for daily updates.",
            "Tap here for the latest scores",
            "Download our app for breaking news.",
            "Join our WhatsApp channel for updates.",
            "For the latest news, follow us on Facebook.",
            "Subscribe to the Valley Courier for full access.",
            "\u{2014} With XWire",
        ] {
            let text = format!(
                "Ferry fares to double\n\nBy Helen Vasquez\n\nThe operator raised fares.\n\n{line}"
            );
            let layout = segment(&text);
            assert_eq!(
                sentences(&text, &layout),
                ["The operator raised fares."],
                "{line}"
            );
        }
        let text = "Ferry fares to double\n\nBy Helen Vasquez\n\nThe operator raised fares.\n\n\
                    \"Join our campaign,\" she said.\n\nClick the link, she told them, and sign.";
        let layout = segment(text);
        assert_eq!(sentences(text, &layout).len(), 3);
    }

    #[test]
    fn captions_links_and_update_notes_are_furniture() {
        let text = "Ferry fares to double\n\nBy Helen Vasquez\n\nThe operator raised fares.\n\nPhoto: Passengers queue at the pier. (Valley Courier/Orla Penning)\n\nThe Valley Courier will update this story. Sign up for breaking news alerts.\n\nRead more: Why the pier closed\nShare this article";
        let layout = segment(text);
        assert_eq!(sentences(text, &layout), ["The operator raised fares."]);
    }

    #[test]
    fn a_stamp_line_with_a_spaced_colon_or_two_stamps_keeps_the_headline() {
        for stamp in [
            "Published : 2023-04-11 09:20",
            "Published: 2023-04-11 09:20 Updated: 2023-04-11 11:45",
            "Published: 2023-04-11 09:20 | Modified: 2023-04-11 11:45",
            "Published: 2023-04-11 09:20 Last updated: 2023-04-11 11:45",
        ] {
            let text = format!(
                "{stamp}\n\nGale closes Orvik bridge\n\nThe bridge shut at noon.\n\nFerries ran late."
            );
            let layout = segment(&text);
            assert_eq!(
                layout.published.map(|d| d.to_string()).as_deref(),
                Some("2023-04-11"),
                "{stamp}"
            );
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Gale closes Orvik bridge"),
                "{stamp}"
            );
            assert_eq!(
                sentences(&text, &layout),
                ["The bridge shut at noon.", "Ferries ran late."],
                "{stamp}"
            );
        }
    }

    #[test]
    fn a_desk_sign_off_closing_the_story_is_furniture() {
        for text in [
            "Gale closes Orvik bridge\n\nThe bridge shut at noon.\n\nFerries ran late. UNI RB KT",
            "Gale closes Orvik bridge\n\nThe bridge shut at noon.\n\nFerries ran late.\n\nUNI RB KT",
        ] {
            let layout = segment(text);
            assert_eq!(
                sentences(text, &layout),
                ["The bridge shut at noon.", "Ferries ran late."],
                "{text}"
            );
            assert_eq!(layout.outlet.as_deref(), Some("UNI"), "{text}");
        }
    }

    #[test]
    fn a_letter_c_copyright_line_names_the_outlet() {
        for (notice, outlet) in [
            ("(c) The Orvik Sentinel 2023", "The Orvik Sentinel"),
            ("(C) 2023 Orvik Media", "Orvik Media"),
        ] {
            let text = format!("Gale closes Orvik bridge\n\nThe bridge shut at noon.\n\nFerries ran late.\n\n{notice}");
            let layout = segment(&text);
            assert_eq!(layout.outlet.as_deref(), Some(outlet), "{notice}");
            assert_eq!(
                sentences(&text, &layout),
                ["The bridge shut at noon.", "Ferries ran late."],
                "{notice}"
            );
        }
    }

    #[test]
    fn a_day_of_month_date_line_is_no_headline() {
        for line in ["Tuesday 11th of April 2023", "11th of April, 2023"] {
            let text = format!("{line}\n\nGale closes Orvik bridge\n\nThe bridge shut at noon.\n\nFerries ran late.");
            let layout = segment(&text);
            assert_eq!(
                layout.published.map(|d| d.to_string()).as_deref(),
                Some("2023-04-11"),
                "{line}"
            );
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Gale closes Orvik bridge"),
                "{line}"
            );
        }
    }

    #[test]
    fn a_byline_without_by_names_the_outlet_after_the_writer() {
        for byline in [
            "Aoife Ní Dhonnchadha\nThe Orvik Sentinel",
            "Aoife Ní Dhonnchadha, The Orvik Sentinel",
            "Aoife Ní Dhonnchadha The Orvik Sentinel",
            "Tomasz Wirkowski | The Orvik Ledger",
        ] {
            let text = format!("Gale closes Orvik bridge\n\n{byline}\n\nThe bridge shut at noon.\n\nFerries ran late.");
            let layout = segment(&text);
            let outlet = layout.outlet.as_deref();
            assert!(
                matches!(outlet, Some("The Orvik Sentinel" | "The Orvik Ledger")),
                "{byline}: {outlet:?}"
            );
        }
    }

    #[test]
    fn a_desk_credit_under_the_headline_reads_as_a_byline() {
        let body = "Tolls on the Varrow bridge rise by a fifth, the trust said.";
        for (header, outlet) in [
            (
                "Varrow tolls to rise\nThe Brindle Courier Bureau\nJune 3, 2023",
                Some("The Brindle Courier"),
            ),
            (
                "Varrow tolls to rise\nTrust blames repairs\n\nOur Bureau",
                None,
            ),
            (
                "Varrow tolls to rise\nTrust blames repairs\n\nBrindle Courier Staff",
                Some("Brindle Courier"),
            ),
        ] {
            let text = format!("{header}\n\n{body}");
            let layout = segment(&text);
            assert_eq!(layout.outlet.as_deref(), outlet, "{header}");
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Varrow tolls to rise"),
                "{header}"
            );
            let first = layout.sentences.first().map(|s| s.span.of(&text));
            assert_eq!(first, Some(body), "{header}");
        }
    }

    #[test]
    fn a_byline_block_above_the_headline_stays_out_of_the_body() {
        for byline in [
            "Tomasz Wirkowski\nThe Orvik Ledger",
            "Tomasz Wirkowski | The Orvik Ledger",
        ] {
            let text = format!("{byline}\n\nGale closes Orvik bridge for a week\n\n14 June 2023\n\nThe bridge shut at noon, the council said.");
            let layout = segment(&text);
            assert_eq!(
                layout.outlet.as_deref(),
                Some("The Orvik Ledger"),
                "{byline}"
            );
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Gale closes Orvik bridge for a week"),
                "{byline}"
            );
            assert_eq!(
                layout.published.map(|d| d.to_string()).as_deref(),
                Some("2023-06-14"),
                "{byline}"
            );
            assert_eq!(
                sentences(&text, &layout),
                ["The bridge shut at noon, the council said."],
                "{byline}"
            );
        }
    }

    #[test]
    fn a_dated_dateline_gives_the_story_its_day_beside_the_page_date() {
        let text = "Published: June 9, 2021\n\nQuarry firm buys a rival\n\nTARNBY, June 8, 2021 /Newswire/ -- Brixel Stone today bought a rival.";
        let layout = segment(text);
        assert_eq!(
            layout.published.map(|d| d.to_string()).as_deref(),
            Some("2021-06-09")
        );
        assert_eq!(
            layout.dateline_date.map(|d| d.to_string()).as_deref(),
            Some("2021-06-08")
        );
        let undated = segment("Published: June 9, 2021\n\nQuarry firm buys a rival\n\nTARNBY (AP) -- Brixel Stone bought a rival.");
        assert_eq!(undated.dateline_date, None);
    }

    #[test]
    fn a_dateline_day_without_a_year_falls_nearest_the_reference_date() {
        let date = jiff::civil::date;
        for (text, day) in [
            (
                "Ferry sinks\n\nDUNMORE, Dec. 30 (Reuters) - A ferry sank.",
                (12, 30),
            ),
            (
                "Ferry sinks\n\nDUNMORE, 30 December (Reuters) - A ferry sank.",
                (12, 30),
            ),
            (
                "Ferry sinks\n\nDUNMORE, Feb 29th (Reuters) - A ferry sank.",
                (2, 29),
            ),
            (
                "DUNMORE, Dec 30 (Reuters) -\n\nFerry sinks\n\nA ferry sank.",
                (12, 30),
            ),
        ] {
            let layout = segment(text);
            assert_eq!(layout.dateline_day, Some(day), "{text}");
            assert_eq!(
                (layout.published, layout.dateline_date),
                (None, None),
                "{text}"
            );
        }
        let layout = segment("Ferry sinks\n\nDUNMORE, Dec. 30 (Reuters) - A ferry sank.");
        assert_eq!(
            layout.dateline_day_near(date(2025, 1, 2)),
            Some(date(2024, 12, 30))
        );
        assert_eq!(
            layout.dateline_day_near(date(2024, 12, 2)),
            Some(date(2024, 12, 30))
        );
        // A day only some years have falls in the nearest year that has it.
        let leap = segment("Ferry sinks\n\nDUNMORE, Feb 29 (Reuters) - A ferry sank.");
        assert_eq!(
            leap.dateline_day_near(date(2025, 3, 1)),
            Some(date(2024, 2, 29))
        );
        // A dateline with its year, or with no day, has no day of its own to place.
        for text in [
            "Ferry sinks\n\nDUNMORE, Dec. 30, 2024 (Reuters) - A ferry sank.",
            "Ferry sinks\n\nDUNMORE (Reuters) - A ferry sank.",
            "Ferry sinks\n\nDUNMORE, Dec. 32 (Reuters) - A ferry sank.",
        ] {
            assert_eq!(segment(text).dateline_day, None, "{text}");
            assert_eq!(segment(text).dateline_day_near(date(2025, 1, 2)), None);
        }
    }

    #[test]
    fn a_scraped_page_leaves_its_title_menu_and_cookie_banner_out() {
        let text = "Orvik council votes to sell the old pier - The Orvik Sentinel\n\nSkip to content\nSearch\nHome\nLocal\nNews\nLog in\nTry a month free\n\nThis site uses cookies to measure traffic. You can accept them or change your cookie settings.\nAccept cookies\n\nLocal > Council\n\nOrvik council votes to sell the old pier\n\nBy Hallie Brandt\nPublished 2 May 2023, 10:15 BST\n\nCouncillors voted to sell the pier on Monday.\n\nThe sale may take a year.";
        let layout = segment(text);
        assert_eq!(layout.outlet.as_deref(), Some("The Orvik Sentinel"));
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("Orvik council votes to sell the old pier")
        );
        assert_eq!(
            layout.published.map(|d| d.to_string()).as_deref(),
            Some("2023-05-02")
        );
        assert_eq!(
            sentences(text, &layout),
            [
                "Councillors voted to sell the pier on Monday.",
                "The sale may take a year."
            ]
        );
    }

    #[test]
    fn a_menu_printed_one_item_to_a_paragraph_is_no_headline() {
        for separator in ["\n\n", "\n"] {
            let text = [
                "Search",
                "Home",
                "Local",
                "Log in",
                "Orvik council votes to sell the old pier",
                "By Hallie Brandt",
                "2 May 2023",
                "Councillors voted to sell the pier on Monday.",
                "The sale may take a year.",
            ]
            .join(separator);
            let layout = segment(&text);
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Orvik council votes to sell the old pier"),
                "{separator:?}"
            );
            assert_eq!(layout.outlet, None, "{separator:?}");
            assert_eq!(
                sentences(&text, &layout),
                [
                    "Councillors voted to sell the pier on Monday.",
                    "The sale may take a year."
                ],
                "{separator:?}"
            );
        }
        // Two short labels over a short headline leave the headline.
        let text = "Sport\n\nEXCLUSIVE\n\nOrvik wins\n\nBy Hallie Brandt\n\nThe club won the cup.";
        let layout = segment(text);
        assert_eq!(layout.headline.map(|h| h.of(text)), Some("Orvik wins"));
    }

    #[test]
    fn header_lines_without_blank_lines_split_into_their_fields() {
        let text = "Friday, May 10, 2024\nHarbour Mirror\nLocal baker fined for $2m over unpaid wages at bakery\nBy Tom Reyes\n\nThe baker was fined on Monday, records show.\n";
        let layout = segment(text);
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("Local baker fined for $2m over unpaid wages at bakery")
        );
        assert_eq!(layout.outlet.as_deref(), Some("Harbour Mirror"));
        assert_eq!(
            sentences(text, &layout),
            ["The baker was fined on Monday, records show."]
        );
    }

    #[test]
    fn a_label_with_figures_is_data_not_a_subheading() {
        let text = "Rents climb again\n\nRents rose in most towns, the survey found.\n\nEast Vale: 1,250, up 3.1%\n\nWest Vale: 980, down 0.2%\n\nThe survey ends in June.";
        let layout = segment(text);
        assert_eq!(
            sentences(text, &layout),
            [
                "Rents rose in most towns, the survey found.",
                "East Vale: 1,250, up 3.1%",
                "West Vale: 980, down 0.2%",
                "The survey ends in June."
            ]
        );
        // A subheading without figures is still left out.
        let text = "Rents climb again\n\nRents rose, the survey found.\n\nWhat comes next\n\nThe survey ends in June.";
        let layout = segment(text);
        assert_eq!(
            sentences(text, &layout),
            ["Rents rose, the survey found.", "The survey ends in June."]
        );
    }

    #[test]
    fn a_list_under_the_headline_is_no_standfirst() {
        let text = "Storm batters the coast overnight\n\n- 300 homes without power\n- 2 roads shut\n\nWinds reached 90mph, forecasters said.";
        let layout = segment(text);
        assert_eq!(layout.standfirst, None);
        assert_eq!(
            sentences(text, &layout),
            [
                "- 300 homes without power",
                "- 2 roads shut",
                "Winds reached 90mph, forecasters said."
            ]
        );
    }

    #[test]
    fn a_staff_credit_or_an_edition_label_names_the_outlet() {
        for (credit, outlet) in [
            ("Valley Courier Staff", "Valley Courier"),
            ("By Harbour Post Staff", "Harbour Post"),
            ("Orbit Trade Wire Staff", "Orbit Trade Wire"),
        ] {
            let text = format!(
                "Storm batters the coast overnight\n\n{credit}\n\nWinds rose, forecasters said."
            );
            assert_eq!(segment(&text).outlet.as_deref(), Some(outlet), "{credit}");
        }
        for label in [
            "Lakeside Ledger \u{2013} English edition",
            "Lakeside Ledger | Asia Edition",
        ] {
            let text = format!(
                "{label}\n\nStorm batters the coast overnight\n\nWinds rose, forecasters said."
            );
            let layout = segment(&text);
            assert_eq!(layout.outlet.as_deref(), Some("Lakeside Ledger"), "{label}");
            assert_eq!(
                layout.headline.map(|h| h.of(&text)),
                Some("Storm batters the coast overnight")
            );
        }
    }

    #[test]
    fn a_short_capitals_kicker_over_a_headline_is_a_label() {
        let text = "Published: May 10, 2024\n\nFERRY FARE SHOCK\n\nCommuters fume as island ferry tickets double overnight\n\nBy Tom Reyes\n\nFares rose on Monday.";
        let layout = segment(text);
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("Commuters fume as island ferry tickets double overnight")
        );
        assert_eq!(sentences(text, &layout), ["Fares rose on Monday."]);
    }

    #[test]
    fn an_about_subheading_mid_story_keeps_the_story_under_it() {
        let body: String = (1..=8)
            .map(|n| format!("\n\nThe fund paid out {n} grants in round {n}."))
            .collect();
        let text = format!(
            "Orchard fund grows\n\nThe Orchard Fund said it grew on Monday.\n\nAbout the Orchard Fund\n\nThe Orchard Fund was set up in 1990.{body}"
        );
        let layout = segment(&text);
        assert_eq!(sentences(&text, &layout).len(), 10);
        // Its name in lower case under the heading: a subheading, even near the end.
        let text = "Orchard fund grows\n\nThe fund grew on Monday.\n\nAbout the Orchard\n\nThe orchard opens in May.\n\nAbout Fenwick Growers\n\nFenwick Growers runs it.";
        let layout = segment(text);
        assert_eq!(
            sentences(text, &layout),
            ["The fund grew on Monday.", "The orchard opens in May."]
        );
    }

    #[test]
    fn a_press_release_issuer_above_its_label_is_the_outlet() {
        let text = "Fenwick Labs\n\nPRESS RELEASE\n\nFenwick Labs Opens New Plant\n\nFenwick Labs opened a plant on Monday.";
        let layout = segment(text);
        assert_eq!(layout.outlet.as_deref(), Some("Fenwick Labs"));
        assert_eq!(
            layout.headline.map(|h| h.of(text)),
            Some("Fenwick Labs Opens New Plant")
        );
    }

    #[test]
    fn a_press_release_closing_furniture_is_no_sentence() {
        let text = "Tollwick wins bridge contract\n\nTollwick Builders said it won the contract on Monday.\n\nAbout Tollwick Builders\n\nTollwick Builders makes bridges.\n\nMedia contact:\nAnn Bell, ann@example.org, +1 555 0199\n\nSOURCE Tollwick Builders, Inc.";
        let layout = segment(text);
        assert_eq!(
            sentences(text, &layout),
            ["Tollwick Builders said it won the contract on Monday."]
        );
        let text = "Tollwick wins bridge contract\n\nTollwick Builders said it won the contract.\n\nThe work starts soon.\n\nSOURCE Tollwick Builders, Inc.";
        let layout = segment(text);
        assert_eq!(
            sentences(text, &layout),
            [
                "Tollwick Builders said it won the contract.",
                "The work starts soon."
            ]
        );
    }
}
