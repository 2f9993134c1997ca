//! Temporal expressions, normalised against the article's date.
//!
//! One combined regular expression finds every candidate in the body text (headline and metadata
//! such as the leading `date YYYY-MM-DD` header are skipped); each candidate is then read word by
//! word and given a TIMEX3-style value: `2022-01-21`, `2022-01`, `2022`, `2022-W03`, `199X` (a
//! decade), `18XX` (a century), `XXXX-01-21` when the year is unknown, null when a relative
//! expression has no anchor. All
//! calendar arithmetic goes through jiff.

use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::{Captures, Regex};

use crate::extract::names::{lower, Lowered};
use crate::lexicon::calendar::{
    month_number, plain_month_day, ABBREVIATED_MONTH_CUES, AHEAD_PARTICIPLES, BACKWARD_WORDS,
    BARE_HOLIDAYS, BARE_HOLIDAY_PREPOSITIONS, BARE_HOLIDAY_TWO_WORD_PREPOSITIONS,
    CALENDAR_PERIOD_CUES, CENTURY_ORDINALS, CHANCE_PREDICATES, CLAUSE_LINKS,
    CLAUSE_OPENING_TIME_PREPOSITIONS, CLOCK_FIGURE_PREPOSITIONS, COMPARISON_LEADS, CONTRACT_NOUNS,
    DAY_END_PREPOSITIONS, DAY_OF_MONTH_CUES, DEADLINE_NOUNS, DOTTED_TIME_FOLLOWERS,
    EASTER_HOLIDAYS, EVENT_TIMETABLE_PARTICIPLES, EVENT_YEAR_LEADS, FALL_NOUN_FOLLOWERS,
    FAR_YEAR_CUES, FINANCE_PERIOD_CUES, FIXED_HOLIDAYS, FIXTURE_PHRASES, FIXTURE_VERBS,
    FORWARD_INFINITIVE_VERBS, GAME_CLOCK_COUNTDOWN, GAME_CLOCK_PERIODS, GAME_PERIOD_WORDS,
    GOLF_WORDS, ING_NON_VERBS, LAUNCH_NOUNS, LIMIT_DATE_NOUNS, MARKET_CLOSE_FOLLOWERS,
    MAY_MONTH_CUES, MEASURE_IN_FORCE_WORDS, MONTHS, MONTH_ABBREVIATIONS, NAMED_DAY_PREFIXES,
    NIGHT_PARTS_OF_DAY, OPENING_HOURS_WORDS, OUTLOOK_VERBS, PARTICIPLE_DATE_PREPOSITIONS,
    PARTS_OF_DAY, PAST_EVENT_LINKS, PAST_SPAN_VERBS, PERIOD_ORDINALS, PERIOD_RESULT_NOUNS,
    PLAN_START_FOLLOWERS, POSTPONEMENT_VERBS, RACE_TIME_LEADS, RACE_TIME_NOUNS,
    RACE_TIME_PREPOSITIONS, RATIO_NOUNS, RECURRENCE_WORDS, REPORTED_INTENT_PREDICATES,
    REPORTED_PLAN_PREDICATES, RETROACTIVE_WORDS, SCHEDULED_EVENT_NOUNS, SCHEDULE_WORDS,
    SEASON_LEAD_WORDS, SEASON_PART_LEAD_WORDS, SUCCESSION_AFTER, SUCCESSION_BEFORE,
    THRESHOLD_PREPOSITIONS, TIMES_OF_DAY, TIME_PREPOSITIONS, TIME_ZONES, WEEKDAYS,
    WEEKDAY_ABBREVIATIONS, WEEKDAY_HOLIDAYS, WEEKDAY_SHIFT_LEADS, WEEKDAY_SHIFT_LEADS_AHEAD,
    WEEK_OF_MONTH_ORDINALS, YEAR_NAMED_BODIES,
};
use crate::lexicon::numbers::{
    CHANGE_VERBS, FIGURE_LINKS, LEVEL_VERBS, NUMBER_WORDS, ORDINAL_WORDS, TEMPERATURE_WORDS,
};
use crate::lexicon::reporting;
use crate::model::{DateMention, Span};
use crate::segment::Layout;

mod context;
mod interpret;
mod passes;
mod patterns;
mod relative;
mod tense;
mod years;

use interpret::*;
use passes::*;
use patterns::*;
use relative::*;
pub(crate) use tense::race_time_lead_before;
use tense::*;
use years::*;

/// Regex alternation of `words`, longest first so that a longer word wins over its prefix.
pub(crate) fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// The date patterns, compiled once.
static DATE_SCANNER: LazyLock<Scanner> = LazyLock::new(|| Scanner::new(&date_patterns()));

/// The longest match a [`Scanner`] reads the groups of, in bytes.
const MAX_SCANNED_MATCH: usize = 4096;

/// Several patterns searched together in one pass over the text. The combined automaton says
/// which pattern matched (earlier patterns win at the same start, as in an alternation); only
/// then is that one pattern run on the matched text to read its groups.
pub(crate) struct Scanner {
    /// All patterns in one leftmost-first automaton, without capture work.
    all: regex_automata::meta::Regex,
    /// Each pattern anchored to the whole match, for its named groups.
    each: Vec<Regex>,
    /// Each pattern's kind: the name of the group that opens it and spans all of it, so that
    /// which kind matched is known without looking a group up by name.
    kinds: Vec<Box<str>>,
}

impl Scanner {
    /// Compile `patterns` (a fixed, valid set written in this crate).
    pub(crate) fn new(patterns: &[String]) -> Scanner {
        let all = regex_automata::meta::Regex::new_many(patterns)
            .expect("the scanner patterns are valid regexes");
        let each: Vec<Regex> = patterns
            .iter()
            .map(|p| Regex::new(&format!("^(?:{p})$")).expect("each scanner pattern is valid"))
            .collect();
        let kinds = each
            .iter()
            .map(|re| re.capture_names().flatten().next().unwrap_or("").into())
            .collect();
        Scanner { all, each, kinds }
    }

    /// Every match in `haystack`: its byte range and the groups of the pattern that found it.
    /// A match longer than [`MAX_SCANNED_MATCH`] bytes (a run of a million digits) is no date
    /// or number anyone wrote, and reading its groups would cost far more than the search.
    pub(crate) fn scan<'h>(
        &'h self,
        haystack: &'h str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, Captures<'h>)> + 'h {
        self.scan_kinds(haystack)
            .map(|(range, _, caps)| (range, caps))
    }

    /// [`Self::scan`], each match with its pattern's kind (the name of its outer group).
    pub(crate) fn scan_kinds<'h>(
        &'h self,
        haystack: &'h str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'h str, Captures<'h>)> + 'h {
        self.all.find_iter(haystack).filter_map(move |m| {
            if m.len() > MAX_SCANNED_MATCH {
                return None;
            }
            let slice = haystack.get(m.range())?;
            let pattern = m.pattern().as_usize();
            let caps = self.each.get(pattern)?.captures(slice)?;
            let kind = self.kinds.get(pattern).map_or("", |kind| &**kind);
            Some((m.range(), kind, caps))
        })
    }
}

/// The byte ranges of body text: paragraphs minus the headline and metadata spans.
pub(crate) fn body_ranges(layout: &Layout) -> Vec<Span> {
    let mut metadata = layout.metadata.clone();
    metadata.sort();
    let mut ranges = Vec::new();
    for paragraph in &layout.paragraphs {
        if layout.headline.is_some_and(|h| h.overlaps(paragraph)) {
            continue;
        }
        let mut start = paragraph.start;
        let first = metadata.partition_point(|m| m.end <= paragraph.start);
        let rest = metadata.get(first..).unwrap_or(&[]);
        for meta in rest
            .iter()
            .take_while(|m| m.start < paragraph.end)
            .filter(|m| m.overlaps(paragraph))
        {
            if meta.start > start {
                ranges.push(Span::new(start, meta.start));
            }
            start = start.max(meta.end);
        }
        if start < paragraph.end {
            ranges.push(Span::new(start, paragraph.end));
        }
    }
    ranges
}

/// How precise a resolved value is; times take their day from a day-level mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grain {
    Day,
    Other,
    Time,
    /// A midnight that closes its day ("until midnight"): 00:00 of the day after.
    DayEnd,
    /// A day this many days from the day told just before it ("the next day", "two days
    /// later"), a day once resolved.
    Shift(i16),
    /// A month this many months from the day or month told just before it ("a month later").
    MonthShift(i16),
    /// The ISO week this many weeks from that of the day told just before it ("the following
    /// week", "the week before"), a week once resolved.
    WeekShift(i16),
    /// A period this many years from the date told just before it ("a year earlier"), at
    /// that date's grain: a day, a month, a quarter, a half or a year. With `true`, a shift
    /// that moves the story on ("the following year", "two years later") names the whole
    /// year, whatever the grain of the date before it.
    YearShift(i16, bool),
    /// A season of the year of the date told before it ("that autumn", step 0), or the first
    /// such season after (1: "the following spring") or before it (-1: "the previous winter").
    SeasonShift(&'static str, i8),
    /// The weekday before (`false`) or after (`true`) the day told before it in its paragraph
    /// ("the previous Tuesday", "the following Monday"), a day once resolved.
    WeekdayShift(Weekday, bool),
}

/// One recognised expression before it becomes a [`DateMention`].
#[derive(Debug, Clone)]
struct Found {
    span: Span,
    value: Option<String>,
    modifier: Option<&'static str>,
    time: Option<String>,
    grain: Grain,
}

/// Find every temporal expression; relative ones resolve against `anchor`.
pub fn extract(text: &str, layout: &Layout, anchor: Option<Date>) -> Vec<DateMention> {
    let mut found: Vec<Found> = Vec::new();
    for range in body_ranges(layout) {
        scan_part(text, range, range, anchor, &mut found);
    }
    if let Some(anchor) = anchor {
        span_across_new_year(text, anchor, &mut found);
        span_of_months(text, &mut found);
        year_of_compared_month(text, layout, &mut found);
        carry_written_year(text, layout, anchor, &mut found);
        carry_opening_year(text, layout, anchor, &mut found);
        carry_story_year(text, layout, anchor, &mut found);
        weekday_of_month_told(text, layout, &mut found);
        year_of_that_year(text, layout, &mut found);
        holiday_falls_on_day(text, &mut found);
        order_weekday_spans(text, anchor, &mut found);
        weekend_of_named_days(text, &mut found);
        weekday_around_day(text, &mut found);
        weekday_after_dated_day(text, layout, anchor, &mut found);
    }
    weekday_entries_in_listing(text, layout, &mut found);
    resolve_day_shifts(&mut found, layout);
    resolve_told_seasons(&mut found, layout, anchor);
    attach_time_days(&mut found, layout, text, anchor);
    shift_bracketed_universal_times(&mut found, text);
    found
        .into_iter()
        .enumerate()
        .map(|(index, f)| DateMention {
            index,
            start: f.span.start,
            end: f.span.end,
            text: f.span.of(text).to_string(),
            value: f.value,
            modifier: f.modifier.map(str::to_string),
            time: f.time,
            sentence: layout.sentence_at(f.span.start),
        })
        .collect()
}

/// Read every candidate in `part` (a stretch of the body text `range`) into `found`.
fn scan_part(text: &str, range: Span, part: Span, anchor: Option<Date>, found: &mut Vec<Found>) {
    let Some(body) = text.get(part.start..part.end) else {
        return;
    };
    for (whole, kind, caps) in DATE_SCANNER.scan_kinds(body) {
        let span = Span::new(part.start + whole.start, part.start + whole.end);
        let context = Context {
            text,
            range,
            span,
            anchor,
        };
        // "Christmas for most of 2020": the holiday and the year are read apart.
        let holiday = kind == "holiday";
        let holiday_gap = holiday
            .then(|| caps.name("holiday_name").zip(caps.name("holiday_gap")))
            .flatten();
        if let Some((name, gap)) = holiday_gap {
            if !holiday_gap_fits(&context, name.range(), gap.as_str()) {
                for piece in [
                    Span::new(span.start, span.start + name.end()),
                    Span::new(span.start + gap.start(), span.end),
                ] {
                    scan_part(text, range, piece, anchor, found);
                }
                continue;
            }
        }
        // "the 2020 Labor Day fires" reads the year with the holiday; "in 2020 Easter fell
        // early" and "the 2020 Christmas markets" (a bare name, see `bare_holiday_is_day`) read
        // them apart.
        let holiday_year = holiday
            .then(|| caps.name("holiday_year").zip(caps.name("holiday_name")))
            .flatten();
        if let Some((year, name)) = holiday_year {
            let after_the = last_word(context.before(8)).eq_ignore_ascii_case("the")
                && context.before(1).ends_with(char::is_whitespace);
            let bare = BARE_HOLIDAYS.contains(&name.as_str());
            if !after_the || bare || interpret(&caps, kind, &context).is_none() {
                for piece in [
                    Span::new(span.start + year.start(), span.start + year.end()),
                    Span::new(span.start + name.start(), span.end),
                ] {
                    scan_part(text, range, piece, anchor, found);
                }
                continue;
            }
        }
        let relative = matches!(kind, "weekday" | "deictic" | "rel" | "mid_unit");
        if relative && inside_quoted_title(&context) {
            continue;
        }
        let range_halves = match kind {
            "mdy_range" => caps.name("mdy_first").zip(caps.name("mdy_second")),
            "dmy_range" => caps.name("dmy_first").zip(caps.name("dmy_second")),
            _ => None,
        };
        let year_halves = (kind == "year_span")
            .then(|| caps.name("span_first").zip(caps.name("span_second")))
            .flatten();
        if let Some((first, second)) = range_halves {
            found.extend(interpret_day_range(&context, first.range(), second.range()));
        } else if let Some((first, second)) = year_halves {
            found.extend(interpret_year_span(&context, first.range(), second.range()));
        } else if let Some(mut item) = interpret(&caps, kind, &context) {
            // "in the early hours of Sunday": the start of that day.
            if item.grain == Grain::Day
                && item.modifier.is_none()
                && EARLY_HOURS_OF_RE.is_match(context.before(32))
            {
                item.modifier = Some("START");
            }
            let paired = (kind == "decade")
                .then(|| paired_decade(&context, &item))
                .flatten();
            found.push(item);
            found.extend(paired);
        }
    }
}

/// Whether the words `gap` between a holiday (at `name` within the candidate) and "of YEAR"
/// leave the year the holiday's: "Easter of 2021", "the Labor Day fires of 2020". A function
/// word in the gap ("Christmas and most of 2020") joins something else to the year, and a bare
/// name with nouns after it is a day only where [`bare_holiday_is_day`] says so ("the Christmas
/// markets of 2019" are no day).
fn holiday_gap_fits(context: &Context<'_>, name: std::ops::Range<usize>, gap: &str) -> bool {
    let gap_words: Vec<&str> = gap.split_whitespace().collect();
    if gap_words
        .iter()
        .any(|w| crate::lexicon::function_words::is_function_word(w))
    {
        return false;
    }
    let name_only = Context {
        span: Span::new(
            context.span.start + name.start,
            context.span.start + name.end,
        ),
        ..*context
    };
    gap_words.is_empty() || bare_holiday_is_day(&name_only)
}

/// The most words of a quoted title a relative date may close ("“Fox News Sunday”").
const MAX_TITLE_WORDS: usize = 4;

/// Whether the candidate ends a short quoted title in capitals that follows a word, not one
/// that opens a sentence or follows a verb of speech: ABC's “This Week,”, the film “Next
/// Friday”, on “Fox News Sunday.” The name of a show or a work tells no day. “Tomorrow,” she
/// said and he said, “Monday.” are words spoken.
fn inside_quoted_title(context: &Context<'_>) -> bool {
    let after = context.after(4);
    let after = after.strip_prefix([',', '.']).unwrap_or(after);
    if !after.starts_with(['”', '"']) {
        return false;
    }
    let before = context.before(64);
    let Some(open) = before.rfind(['“', '"']) else {
        return false;
    };
    let quote_len = before[open..].chars().next().map_or(1, char::len_utf8);
    let inside = before.get(open + quote_len..).unwrap_or("");
    let title_words = inside
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase))
        && inside.split_whitespace().count() < MAX_TITLE_WORDS
        && !inside.contains(['.', ',', ';', '!', '?'])
        && context
            .span
            .of(context.text)
            .starts_with(char::is_uppercase);
    let lead = before.get(..open).unwrap_or("").trim_end();
    let after_word = lead.ends_with(char::is_alphabetic)
        && lead.len() < before.get(..open).unwrap_or("").len()
        && !crate::word_set!(reporting::CUE_WORDS)
            .contains(last_word(lead).to_lowercase().as_str());
    title_words && after_word
}

/// Where a candidate was found.
struct Context<'t> {
    text: &'t str,
    range: Span,
    span: Span,
    anchor: Option<Date>,
}

#[cfg(test)]
mod tests;
