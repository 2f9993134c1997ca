//! Passes over all of a document's dates: spans, carried years, shifts from a told day, times and
//! their days.

use super::*;

/// What joins the two days of a span written with both months ("from Dec. 28 to Jan. 6").
pub(super) const SPAN_LINKS: &[&str] = &[
    " to ",
    " through ",
    " until ",
    " till ",
    " and ",
    "-",
    "–",
    " - ",
    " – ",
];

/// A written-out day and month with its year, as `(year, month, day)`, and whether the year is
/// written in the mention.
pub(super) fn month_day_of(found: &Found, text: &str) -> Option<(Date, bool)> {
    let value = found.value.as_deref()?;
    let date = value.parse::<Date>().ok()?;
    let ws = words(found.span.of(text));
    ws.iter().find_map(|w| month_number(w))?;
    Some((date, ws.iter().any(|w| year_number(w).is_some())))
}

/// Days from `date` to `anchor` outside the span `start..=end` (0 inside it).
pub(super) fn days_outside(start: Date, end: Date, anchor: Date) -> i64 {
    let days = |a: Date, b: Date| {
        a.until(b)
            .map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
    };
    if start <= anchor && anchor <= end {
        0
    } else {
        days(start, anchor).min(days(end, anchor))
    }
}

/// Two days joined as a span whose second month comes before the first ("from Dec. 28 to Jan.
/// 6") cross the new year: the second is of the year after the first. A year written on one
/// gives the other's; with none, the pair of years whose span lies nearest the anchor is taken,
/// out of the first day's year as read alone and the second's, unless the two are in order,
/// the first lies ahead of the anchor and no past verb stands around it: then the span is of
/// the first one's year. Two days in order within a
/// year ("from 28 February to 10 March") are of one year, taken the same way.
pub(super) fn span_across_new_year(text: &str, anchor: Date, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (left.last_mut(), right.first_mut()) else {
            continue;
        };
        let gap = text.get(first.span.end..second.span.start).unwrap_or("");
        if !SPAN_LINKS.iter().any(|link| gap.eq_ignore_ascii_case(link)) {
            continue;
        }
        let (Some((start, start_written)), Some((end, end_written))) =
            (month_day_of(first, text), month_day_of(second, text))
        else {
            continue;
        };
        // "from 28 February to 10 March", each end read alone in another year: both are of
        // one year, the one whose span lies nearest the anchor.
        let in_order = start.month() < end.month()
            || (start.month() == end.month() && start.day() <= end.day());
        if in_order && start.year() == end.year() {
            continue;
        }
        if !in_order && start.year() + 1 == end.year() {
            continue;
        }
        let step = i16::from(!in_order);
        let years = match (start_written, end_written) {
            (true, true) => continue,
            (true, false) => (start.year(), start.year() + step),
            (false, true) => (end.year() - step, end.year()),
            // "Early voting runs Oct. 21 through Nov. 2": the verb that set the first day
            // ahead sets the span; the second, read alone, has only its link word.
            (false, false) if in_order && start > anchor && !told_in_past(text, first.span) => {
                (start.year(), start.year())
            }
            (false, false) => {
                let candidates = [
                    (start.year(), start.year() + step),
                    (end.year() - step, end.year()),
                ];
                let distance = |&(a, b): &(i16, i16)| match (
                    Date::new(a, start.month(), start.day()),
                    Date::new(b, end.month(), end.day()),
                ) {
                    (Ok(s), Ok(e)) => days_outside(s, e, anchor),
                    _ => i64::MAX,
                };
                let Some(best) = candidates.iter().min_by_key(|c| distance(c)) else {
                    continue;
                };
                *best
            }
        };
        let (Ok(start), Ok(end)) = (
            Date::new(years.0, start.month(), start.day()),
            Date::new(years.1, end.month(), end.day()),
        ) else {
            continue;
        };
        first.value = Some(day_value(start));
        second.value = Some(day_value(end));
    }
}

/// A month named as a whole ("February", "early April", "May 2025"), as `(year, month)`, and
/// whether the year is written in the mention. None for a day, a month placed by a word of its
/// own ("last May") and any other value.
pub(super) fn bare_month_of(found: &Found, text: &str) -> Option<((i16, i8), bool)> {
    let value = found.value.as_deref()?;
    let (year, month) = value.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    let (year, month) = (year.parse::<i16>().ok()?, month.parse::<i8>().ok()?);
    let ws = words(found.span.of(text));
    let own_words = ws.iter().any(|w| {
        matches!(w.as_str(), "last" | "next" | "this" | "year")
            || w.bytes().all(|b| b.is_ascii_digit()) && year_number(w).is_none()
    });
    if own_words || !ws.iter().any(|w| month_number(w) == Some(month)) {
        return None;
    }
    Some(((year, month), ws.iter().any(|w| year_number(w).is_some())))
}

/// Most bytes between the two months of a span ([`span_of_months`]).
pub(super) const MAX_MONTH_SPAN_GAP: usize = 12;

/// Two whole months joined as the ends of one span, "between February and April" or "from
/// October to December", are of one run of months: the end keeps the year it is read in (or
/// written with) and the start takes that year, or the one before when its month comes later
/// ("between November and January"). A year written on the start only is carried to the end
/// the same way; with a year written on both, each keeps its own.
pub(super) fn span_of_months(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (left.last_mut(), right.first_mut()) else {
            continue;
        };
        // The longest joining gap is " through " (a few bytes): a longer one is read no further.
        let gap = text.get(first.span.end..second.span.start).unwrap_or("");
        if gap.len() > MAX_MONTH_SPAN_GAP {
            continue;
        }
        let gap = gap.to_lowercase();
        let lead = word_right_before(text.get(..first.span.start).unwrap_or("")).to_lowercase();
        let joined = match lead.as_str() {
            "between" => gap == " and ",
            "from" => [" to ", " until ", " till ", " through ", "-", "–"].contains(&gap.as_str()),
            _ => false,
        };
        if !joined
            || !text
                .get(..first.span.start)
                .is_some_and(|b| b.ends_with(' '))
        {
            continue;
        }
        let (
            Some(((start_year, start_month), start_written)),
            Some(((end_year, end_month), end_written)),
        ) = (bare_month_of(first, text), bare_month_of(second, text))
        else {
            continue;
        };
        let step = i16::from(start_month > end_month);
        match (start_written, end_written) {
            (true, true) => {}
            (true, false) => {
                second.value = Some(format!("{:04}-{end_month:02}", start_year + step));
            }
            (false, _) => {
                first.value = Some(format!("{:04}-{start_month:02}", end_year - step));
            }
        }
    }
}

/// Bytes before a month read for a phrase of [`COMPARISON_LEADS`] ending there (longer than any).
pub(super) const COMPARISON_TAIL_BYTES: usize = 48;

/// A whole month with no year right after a phrase of [`COMPARISON_LEADS`] ("compared with
/// June") takes the year written on the nearest whole month of its sentence ("priced for
/// May 2027, compared with June" → 2027-06): the two sides of a comparison are read
/// in one year.
pub(super) fn year_of_compared_month(text: &str, layout: &Layout, found: &mut [Found]) {
    for i in 0..found.len() {
        let Some(((_, month), false)) = bare_month_of(&found[i], text) else {
            continue;
        };
        let start = found[i].span.start;
        let Some(sentence) = layout.sentence_at(start) else {
            continue;
        };
        let before = text.get(..start).unwrap_or("").trim_end();
        // Only a phrase ending right before the month counts: the words just before it are read.
        let mut tail = before.len().saturating_sub(COMPARISON_TAIL_BYTES);
        while !before.is_char_boundary(tail) {
            tail -= 1;
        }
        let before = &before[tail..];
        let compared = phrase_ends(before, COMPARISON_LEADS).any(|end| end == before.len());
        if !compared {
            continue;
        }
        let dated = found
            .iter()
            .enumerate()
            .filter(|(j, f)| *j != i && layout.sentence_at(f.span.start) == Some(sentence))
            .filter_map(|(j, f)| match bare_month_of(f, text)? {
                ((year, _), true) => Some((j.abs_diff(i), year)),
                _ => None,
            })
            .min_by_key(|(distance, _)| *distance);
        if let Some((_, year)) = dated {
            found[i].value = Some(format!("{year:04}-{month:02}"));
        }
    }
}

/// The year written in `found` ("June 3, 2019", "May 2019") when it is one before the anchor's
/// and the value is a month or a day of it. A bare year ("passed in 2019", "since 2019") is more
/// often background than the time a story is told in, so it lends its year to nothing.
pub(super) fn written_past_year(found: &Found, text: &str, anchor: Date) -> Option<i16> {
    let value = found.value.as_deref()?;
    let plain = matches!(value.len(), 7 | 10)
        && value.char_indices().all(|(i, c)| {
            if matches!(i, 4 | 7) {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    let year: i16 = value.get(..4)?.parse().ok()?;
    let written = words(found.span.of(text))
        .iter()
        .any(|w| year_number(w) == Some(year));
    (plain && written && year < anchor.year()).then_some(year)
}

/// Whether `a` and `b` of `text` are joined as the two ends of a span ([`SPAN_LINKS`]).
pub(super) fn linked_as_span(text: &str, a: &Found, b: &Found) -> bool {
    let gap = text.get(a.span.end..b.span.start).unwrap_or("");
    SPAN_LINKS.iter().any(|link| gap.eq_ignore_ascii_case(link))
}

/// A day and month with no year, read as one gone by, that comes right after a month or day of
/// a year before the anchor's, in the same sentence or the next, with no other mention between,
/// takes that year: "The firm was founded on June 3, 2019. On Aug. 9 it hired its first
/// engineer". A day with a weekday, a word of a year ("last year") or a span link to its
/// neighbours keeps its own reading, and so does a day after a bare year ("The law, passed in
/// 2019, … On Feb. 9 the judge ruled"). A day counted from the one told before ("two weeks
/// later", "the next day") moves the story on in the same time and stands in no one's way: "On
/// Feb. 3, 2019, the mill shut. Two weeks later, on March 1, it reopened" is of 2019, when the
/// day is told in the past. A month after "since" ("its lowest since April 2021") is a point
/// of comparison and lends its year to nothing. A whole month with no year takes the year in
/// its own sentence only, across a word of [`CLAUSE_LINKS`]: "Concerns were raised in May 2019
/// and he was suspended in July".
pub(super) fn carry_written_year(text: &str, layout: &Layout, anchor: Date, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let skipped = left
            .iter()
            .rev()
            .take_while(|f| is_counted_shift(f))
            .count();
        let previous = left.iter().rev().find(|f| !is_counted_shift(f));
        let Some((item, rest)) = right.split_first_mut() else {
            continue;
        };
        let Some(previous) = previous else {
            continue;
        };
        if skipped > 0 && !told_in_past(text, item.span) {
            continue;
        }
        let Some(year) = written_past_year(previous, text, anchor) else {
            continue;
        };
        // "its lowest since April 2021", "the first time since May 2019": a point of
        // comparison, not the time the story is told in.
        let lead = word_right_before(text.get(..previous.span.start).unwrap_or(""));
        if lead.eq_ignore_ascii_case("since") {
            continue;
        }
        // A whole month ("and was suspended in July") takes the year only from a mention of
        // its own sentence; a day may take it from the sentence before.
        let (moved, own_year, ahead, reach) = match month_day_of(item, text) {
            Some((date, false)) => (
                Date::new(year, date.month(), date.day())
                    .ok()
                    .map(day_value),
                date.year(),
                date >= anchor,
                1,
            ),
            Some(_) => continue,
            None => match bare_month_of(item, text) {
                Some(((own_year, month), false)) => (
                    Some(format!("{year:04}-{month:02}")),
                    own_year,
                    (own_year, month) >= (anchor.year(), anchor.month()),
                    0,
                ),
                _ => continue,
            },
        };
        let own_words = words(item.span.of(text)).iter().any(|w| {
            weekday_of(w).is_some() || matches!(w.as_str(), "year" | "last" | "next" | "this")
        });
        let linked = linked_as_span(text, previous, item)
            || rest
                .first()
                .is_some_and(|next| linked_as_span(text, item, next));
        if own_words || linked || ahead || own_year == year {
            continue;
        }
        let (Some(from), Some(to)) = (
            layout.sentence_at(previous.span.start),
            layout.sentence_at(item.span.start),
        ) else {
            continue;
        };
        if !(from..=from + reach).contains(&to) {
            continue;
        }
        // "… in May 2019 and was suspended in July": a month carries the year only to a
        // clause joined to it, not to a phrase of another frame ("…, according to a report
        // published in January").
        let gap = text.get(previous.span.end..item.span.start).unwrap_or("");
        if reach == 0 && !letter_words(gap).any(|(_, w)| CLAUSE_LINKS.contains(&w)) {
            continue;
        }
        if tied_to_present(text, layout, to, rest, anchor, false) {
            continue;
        }
        if let Some(moved) = moved {
            item.value = Some(moved);
        }
    }
}

/// A month, a day or a holiday with no year, read as one gone by, that comes right after a
/// year alone or a season with its year opening its sentence after "In" ("In 2001", "In the
/// winter of 2001"), in that sentence or the next of its paragraph, with no other mention
/// between but clock times, takes that year when it is told in the past: "In 1998 the mill
/// closed, and in March the last workers left" is 1998-03; "In the winter of 2001, the mill
/// burned down at 2am on Christmas Eve" is 2001-12-24. The year set at the head of
/// a sentence is the time the story is told in; a year inside a clause ("the law, passed in
/// 2019, …") stays background ([`carry_written_year`]), and a month with a word of its own
/// ("last March") or in a sentence told from the present keeps its reading.
pub(super) fn carry_opening_year(text: &str, layout: &Layout, anchor: Date, found: &mut [Found]) {
    let paragraph_of = |sentence: usize| layout.sentences.get(sentence).map(|s| s.paragraph);
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let previous = left
            .iter()
            .rev()
            .find(|f| !matches!(f.grain, Grain::Time | Grain::DayEnd));
        let (Some(previous), Some((item, rest))) = (previous, right.split_first_mut()) else {
            continue;
        };
        let Some(year) = previous.value.as_deref().and_then(opening_year_value) else {
            continue;
        };
        if !words(previous.span.of(text))
            .iter()
            .any(|w| year_number(w) == Some(year))
        {
            continue;
        }
        let (Some(from), Some(to)) = (
            layout.sentence_at(previous.span.start),
            layout.sentence_at(item.span.start),
        ) else {
            continue;
        };
        let opening = opens_its_sentence(text, layout, previous, from);
        let near = to == from || (to == from + 1 && paragraph_of(from) == paragraph_of(to));
        if !opening || !near {
            continue;
        }
        let moved = gone_by_in_year(text, item, year, anchor);
        if moved.is_none() || tied_to_present(text, layout, to, rest, anchor, true) {
            continue;
        }
        item.value = moved;
    }
}

/// Whether the year of `frame` (in sentence `sentence`) sets the time its sentence opens in:
/// "In 1998, …", "In the winter of 2001, …", "In the dry summer of 1958, …", or a year closing
/// a short phrase of its time, "In the early months of 1931, …".
fn opens_its_sentence(text: &str, layout: &Layout, frame: &Found, sentence: usize) -> bool {
    let season = frame.value.as_deref().is_some_and(|v| v.len() > 4);
    layout.sentences.get(sentence).is_some_and(|s| {
        text.get(s.span.start..frame.span.start)
            .is_some_and(|lead| {
                let lead = lead.trim_start_matches(['"', '“', '‘']).trim();
                let Some(rest) = lead.strip_prefix("In the") else {
                    return lead == "In";
                };
                let phrase: Vec<&str> = rest.split_whitespace().collect();
                let lower = phrase
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_ascii_lowercase()));
                let closed = if season {
                    phrase.last() != Some(&"of")
                } else {
                    phrase.last() == Some(&"of")
                };
                (rest.is_empty() || rest.starts_with(' ')) && lower && closed && phrase.len() <= 3
            })
    })
}

/// The value of `item` moved into `year`, when it is a month, a day, a holiday or a season with
/// no year of its own, read as one gone by after `year` and told in the past ("in March the last
/// workers left", "the sheds stood until the autumn"). None for a mention with a word of its
/// own ("last March", "Monday") or after "since".
fn gone_by_in_year(text: &str, item: &Found, year: i16, anchor: Date) -> Option<String> {
    if !told_in_past(text, item.span) {
        return None;
    }
    let own_words = words(item.span.of(text)).iter().any(|w| {
        weekday_of(w).is_some()
            || year_number(w).is_some()
            || matches!(w.as_str(), "year" | "last" | "next" | "this")
    });
    let lead = word_right_before(text.get(..item.span.start).unwrap_or(""));
    if own_words || lead.eq_ignore_ascii_case("since") {
        return None;
    }
    let holiday = holiday_of(item.span.of(text))
        .zip(item.value.as_deref().and_then(|v| v.parse::<Date>().ok()));
    let season = item
        .value
        .as_deref()
        .filter(|v| v.len() == 7 && matches!(item.grain, Grain::Other))
        .and_then(|v| Some((year_number(v.get(..4)?)?, v.get(5..)?)))
        .filter(|(_, code)| matches!(*code, "SP" | "SU" | "FA" | "WI"));
    match (bare_month_of(item, text), month_day_of(item, text)) {
        (Some(((told, month), false)), _) if told > year && told <= anchor.year() => {
            Some(format!("{year:04}-{month:02}"))
        }
        _ if holiday.is_some_and(|(_, date)| date.year() > year && date < anchor) => holiday
            .and_then(|(holiday, _)| holiday.in_year(year))
            .map(day_value),
        (_, Some((date, false))) if date.year() > year && date < anchor => {
            Date::new(year, date.month(), date.day())
                .ok()
                .map(day_value)
        }
        _ => match season {
            Some((told, code)) if told > year && told <= anchor.year() => {
                Some(format!("{year:04}-{code}"))
            }
            _ => None,
        },
    }
}

/// A history told in one past year: the lede (the body's first paragraph) opens a sentence with
/// that year ([`opens_its_sentence`]: "In the dry summer of 1958, …") and its first mention is
/// that year. The months, days, holidays and seasons with no year of their own told in the
/// past after it, paragraph after paragraph, are of that year too ("On 9 November, the
/// new bridge opened" is 1958-11-09), as long as the run is unbroken: it ends at the first
/// mention of another kind (another year written, a weekday, "last week", a day told in the
/// present or future), at one that moves the story on by a count ("two years later", "a month
/// later"), and at a sentence tied to the time of writing; "the following spring" moves the
/// run on into its year. Only a story
/// whose headline names the year is such a history; a news story whose lede names a past year
/// inside a clause ("jailed in 2015 for fraud") has no frame.
pub(super) fn carry_story_year(text: &str, layout: &Layout, anchor: Date, found: &mut [Found]) {
    let Some(lede) = body_ranges(layout)
        .first()
        .and_then(|range| layout.sentence_at(range.start))
        .and_then(|s| layout.sentences.get(s))
        .map(|s| s.paragraph)
    else {
        return;
    };
    let Some((frame, rest)) = found.split_first_mut() else {
        return;
    };
    let Some(year) = frame.value.as_deref().and_then(opening_year_value) else {
        return;
    };
    let Some(sentence) = layout.sentence_at(frame.span.start) else {
        return;
    };
    let in_lede = layout
        .sentences
        .get(sentence)
        .is_some_and(|s| s.paragraph == lede);
    let written = |span: Span| {
        words(span.of(text))
            .iter()
            .any(|w| year_number(w) == Some(year))
    };
    // "In 2019, Ada Quist was told … In March, she ran the race": a feature may open on a
    // year gone by and go on in the present one; a history names its year in the headline.
    let headline_year = layout.headline.is_some_and(written);
    if !in_lede
        || !written(frame.span)
        || !headline_year
        || year >= anchor.year()
        || !opens_its_sentence(text, layout, frame, sentence)
    {
        return;
    }
    let mut year = year;
    let mut told = frame.value.clone();
    let mut last: Option<(usize, String)> = None;
    for i in 0..rest.len() {
        let (item, later) = match rest.get_mut(i..).and_then(|r| r.split_first_mut()) {
            Some(pair) => pair,
            None => break,
        };
        match item.grain {
            Grain::Time
            | Grain::DayEnd
            | Grain::Shift(_)
            | Grain::WeekShift(_)
            | Grain::WeekdayShift(..) => continue,
            Grain::SeasonShift(_, 0) => continue,
            // "The following spring, a builder was chosen. Work started in April": a season
            // told from the date before it ([`resolve_told_seasons`]) moves the story to its
            // year, and the run goes on in that year.
            Grain::SeasonShift(code, step @ (-1 | 1)) => {
                let Some((_, month)) = told.as_deref().and_then(year_and_month) else {
                    break;
                };
                let start = season_start(code);
                let moved_to = match step {
                    1 if start > month.unwrap_or(12) => year,
                    1 => year.saturating_add(1),
                    _ if start < month.unwrap_or(1) => year,
                    _ => year.saturating_sub(1),
                };
                // A season within the year told ("In March … the following summer") may
                // still have moved the story on; the run ends there as before.
                if moved_to == year || moved_to >= anchor.year() {
                    break;
                }
                year = moved_to;
                last = None;
                continue;
            }
            Grain::MonthShift(_) | Grain::YearShift(..) | Grain::SeasonShift(..) => break,
            Grain::Day | Grain::Other => {}
        }
        let Some(to) = layout.sentence_at(item.span.start) else {
            break;
        };
        let own_year = item.value.as_deref().and_then(|v| year_number(v.get(..4)?));
        let own = own_year == Some(year);
        let moved = if own {
            item.value.clone()
        } else {
            gone_by_in_year(text, item, year, anchor)
        };
        if !own && (moved.is_none() || tied_to_present(text, layout, to, later, anchor, true)) {
            break;
        }
        // A year written in the mention itself is never stepped on.
        let written_year = words(item.span.of(text))
            .iter()
            .any(|w| year_number(w).is_some());
        if !written_year
            && steps_to_next_year(text, layout, last.as_ref(), item.span, moved.as_deref())
        {
            let next = moved.as_deref().and_then(in_next_year);
            if year.saturating_add(1) >= anchor.year() || next.is_none() {
                break;
            }
            year = year.saturating_add(1);
            last = next.clone().map(|v| (to, v));
            told.clone_from(&next);
            item.value = next;
            continue;
        }
        if own {
            last = moved.map(|v| (to, v));
            told.clone_from(&item.value);
            continue;
        }
        // "On 28 December the pumps failed, and by New Year's Day …": a time that comes
        // earlier in the year than the one told before it in its sentence has gone into the
        // next year, where the run ends. A history may go back in time from one sentence to
        // the next ("On 12 December … The flood, when it came in May, …"), unless a sentence
        // opens on the earlier month ([`steps_to_next_year`]).
        let backwards = last
            .as_ref()
            .zip(moved.as_deref())
            .filter(|((at, _), _)| *at == to)
            .and_then(|((_, told), value)| {
                Some((year_and_month(told)?.1?, year_and_month(value)?.1?))
            })
            .is_some_and(|(told, value)| value < told);
        if backwards {
            item.value = moved.as_deref().and_then(in_next_year);
            break;
        }
        last = moved.clone().map(|v| (to, v));
        told.clone_from(&moved);
        item.value = moved;
    }
}

/// Whether a month or a day of a history's run (at `span`, its value `value` in the story's
/// year) steps into the next year: it opens its sentence after a preposition of time ("In
/// January the looms ran again", "On 3 March, …"), comes earlier in the year than the month or
/// day told last in the run (`last`, in an earlier sentence), and the clause after it has no
/// past perfect ("In May, the owner had warned …" goes back). A season spans months and steps
/// nothing; a month inside a clause ("The flood, when it came in May, …") may look back.
fn steps_to_next_year(
    text: &str,
    layout: &Layout,
    last: Option<&(usize, String)>,
    span: Span,
    value: Option<&str>,
) -> bool {
    let month_of = |value: &str| {
        let season = value.as_bytes().get(5).is_some_and(u8::is_ascii_alphabetic);
        (value.len() >= 7 && !season)
            .then(|| year_and_month(value).and_then(|(_, m)| m))
            .flatten()
    };
    let Some(to) = layout.sentence_at(span.start) else {
        return false;
    };
    let Some(sentence) = layout.sentences.get(to) else {
        return false;
    };
    let earlier = last
        .filter(|(at, _)| *at != to)
        .zip(value)
        .and_then(|((_, told), value)| Some((month_of(told)?, month_of(value)?)))
        .is_some_and(|(told, value)| value < told);
    let lead = text
        .get(sentence.span.start..span.start)
        .unwrap_or("")
        .trim();
    let opens = CLAUSE_OPENING_TIME_PREPOSITIONS
        .iter()
        .any(|p| lead.eq_ignore_ascii_case(p));
    let clause = main_clause_head(text.get(span.end..sentence.span.end).unwrap_or(""));
    let perfect = letter_words(clause).any(|(_, w)| w.eq_ignore_ascii_case("had"));
    earlier && opens && !perfect
}

/// A value of a month, a day or a season moved a year on ("1953-SP" → "1954-SP"); None for a
/// 29 February, which the next year lacks.
fn in_next_year(value: &str) -> Option<String> {
    let year = year_number(value.get(..4)?)?;
    let rest = value.get(4..)?;
    (rest != "-02-29").then(|| format!("{:04}{rest}", year + 1))
}

/// "the last Saturday of the month" after a month or a day told earlier in its sentence:
/// the weekday of that month ("Lessons begin in May, with a recital on the last Saturday
/// of the month" is the last Saturday of that May), not of the anchor's.
pub(super) fn weekday_of_month_told(text: &str, layout: &Layout, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let Some(item) = right.first_mut() else {
            continue;
        };
        // Only a phrase ending in "month" is split into words.
        let surface = item.span.of(text);
        let ends_in_month = surface
            .len()
            .checked_sub("month".len())
            .and_then(|at| surface.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case("month"));
        if !ends_in_month {
            continue;
        }
        let ws = words(surface);
        if !matches!(ws.as_slice(), [.., the, month] if the == "the" && month == "month") {
            continue;
        }
        let Some((nth, weekday)) = nth_weekday_of(&ws) else {
            continue;
        };
        let sentence = layout.sentence_at(item.span.start);
        let told = left
            .iter()
            .rev()
            .take_while(|f| layout.sentence_at(f.span.start) == sentence)
            .find_map(|f| {
                let value = f.value.as_deref()?;
                let month = match value.len() {
                    7 => format!("{value}-01").parse::<Date>().ok(),
                    10 => value.parse::<Date>().ok(),
                    _ => None,
                };
                month.map(|d| d.first_of_month())
            });
        if let Some(day) = told.and_then(|first| first.nth_weekday_of_month(nth, weekday).ok()) {
            item.value = Some(day_value(day));
        }
    }
}

/// The year of a value that sets the time a sentence opens in ([`carry_opening_year`]): a year
/// alone ("1998") or a season of it ("1998-WI").
fn opening_year_value(value: &str) -> Option<i16> {
    let year = year_number(value.get(..4)?)?;
    match value.get(4..)? {
        "" | "-SP" | "-SU" | "-FA" | "-WI" => Some(year),
        _ => None,
    }
}

/// A month, a day or a holiday with no year of its own followed by "(of) that year" or "the
/// same year" takes the year written on the nearest mention before it, a few sentences back at
/// most: "The inquiry opened in January 1975. Its report, published in December of that year"
/// is 1975-12; "Christmas Eve that year" after "in 2019" is 2019-12-24.
pub(super) fn year_of_that_year(text: &str, layout: &Layout, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let Some(item) = right.first_mut() else {
            continue;
        };
        let after = text.get(item.span.end..).unwrap_or("");
        let after = after.get(..after.len().min(32)).unwrap_or(after);
        if !THAT_YEAR_AFTER_RE.is_match(after) {
            continue;
        }
        let own = item.span.of(text);
        let own_words = words(own);
        if own_words.iter().any(|w| {
            year_number(w).is_some() || matches!(w.as_str(), "last" | "next" | "this" | "year")
        }) {
            continue;
        }
        let Some(sentence) = layout.sentence_at(item.span.start) else {
            continue;
        };
        let year = left.iter().rev().find_map(|f| {
            let from = layout.sentence_at(f.span.start)?;
            if from + THAT_YEAR_REACH < sentence {
                return Some(None);
            }
            let value = f.value.as_deref()?;
            let year = year_number(value.get(..4)?)?;
            words(f.span.of(text))
                .iter()
                .any(|w| year_number(w) == Some(year))
                .then_some(Some(year))
        });
        let Some(Some(year)) = year else {
            continue;
        };
        let Some(value) = item.value.as_deref() else {
            continue;
        };
        let moved = match (holiday_of(own), value.len()) {
            (Some(holiday), 10) => holiday.in_year(year).map(day_value),
            (None, 10) => value
                .parse::<Date>()
                .ok()
                .and_then(|d| Date::new(year, d.month(), d.day()).ok())
                .map(day_value),
            (None, 7) if own_words.iter().any(|w| month_number(w).is_some()) => {
                value.get(4..).map(|month| format!("{year:04}{month}"))
            }
            _ => None,
        };
        if let Some(moved) = moved {
            item.value = Some(moved);
        }
    }
}

/// A holiday with no year of its own followed by a verb of where it falls and a day
/// ([`HOLIDAY_FALLS_ON_RE`]): "Easter falls on 20 April next year" is the Easter of the day's
/// year when that year's holiday is that very day.
pub(super) fn holiday_falls_on_day(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(holiday), Some(day)) = (left.last_mut(), right.first()) else {
            continue;
        };
        let gap = text.get(holiday.span.end..day.span.start).unwrap_or("");
        if HOLIDAY_FALLS_ON_RE.find(gap).map(|m| m.end()) != Some(gap.len()) {
            continue;
        }
        let own = holiday.span.of(text);
        if own.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let (Some(kind), Some(date)) = (
            holiday_of(own),
            day.value.as_deref().and_then(|v| v.parse::<Date>().ok()),
        ) else {
            continue;
        };
        if kind.in_year(date.year()) == Some(date) {
            holiday.value = Some(day_value(date));
        }
    }
}

/// "the weekend of" right before a day ("the weekend of 11 and 12 July", where the days are
/// read apart from the weekend): the weekend holding that day.
pub(super) fn weekend_of_named_days(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(weekend), Some(day)) = (left.last_mut(), right.first()) else {
            continue;
        };
        if !weekend.value.as_deref().is_some_and(|v| v.ends_with("-WE")) {
            continue;
        }
        let gap = text.get(weekend.span.end..day.span.start).unwrap_or("");
        if !gap.eq_ignore_ascii_case(" of ") {
            continue;
        }
        let Some(date) = day.value.as_deref().and_then(|v| v.parse::<Date>().ok()) else {
            continue;
        };
        if let Some(value) = weekend_weeks_away(date, 0) {
            weekend.value = Some(value);
        }
    }
}

/// A bare weekday after "the" and before "before" or "after" and a day ("the Thursday before
/// Christmas", "the Monday after 3 May"): the nearest such weekday on that side of the day.
pub(super) fn weekday_around_day(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(item), Some(day)) = (left.last_mut(), right.first()) else {
            continue;
        };
        let Some(weekday) = weekday_of(item.span.of(text)) else {
            continue;
        };
        let the = item.span.start.checked_sub(4).and_then(|at| {
            let word_start = at == 0 || !text.as_bytes()[at - 1].is_ascii_alphabetic();
            text.get(at..item.span.start).filter(|_| word_start)
        });
        if !the.is_some_and(|w| w.eq_ignore_ascii_case("the ")) {
            continue;
        }
        let gap = text.get(item.span.end..day.span.start).unwrap_or("");
        let step: i64 = if gap.eq_ignore_ascii_case(" before ") {
            -1
        } else if gap.eq_ignore_ascii_case(" after ") {
            1
        } else {
            continue;
        };
        let Some(date) = day.value.as_deref().and_then(|v| v.parse::<Date>().ok()) else {
            continue;
        };
        let moved = (1..=7)
            .filter_map(|n| date.checked_add((step * n).days()).ok())
            .find(|d| d.weekday() == weekday);
        if let Some(moved) = moved {
            item.value = Some(day_value(moved));
        }
    }
}

/// The most bytes between a dated day and a bare weekday after it that
/// [`weekday_after_dated_day`] reads as one timetable.
pub(super) const DATED_DAY_WEEKDAY_REACH: usize = 80;

/// A bare weekday told after a day of the month more than a week ahead of the anchor, in the
/// same sentence and with no verb of saying or of the past between ("Voting closes on Wednesday 6 May and the
/// count starts on Thursday morning"): the first such weekday on or after that day, not the one
/// nearest the anchor. A day gone by or within the week leaves the weekday as read.
pub(super) fn weekday_after_dated_day(
    text: &str,
    layout: &Layout,
    anchor: Date,
    found: &mut [Found],
) {
    let cues = crate::word_set!(reporting::CUE_WORDS);
    // The day before, where it ends, its sentence, and whether only a verbless phrase may
    // follow it (a day ahead but within the week, or one named by its week).
    let mut dated: Option<(Date, usize, Option<usize>, bool)> = None;
    for item in found.iter_mut() {
        let sentence = layout.sentence_at(item.span.start);
        let words: Vec<&str> = item.span.of(text).split_whitespace().collect();
        let weekday = words.first().and_then(|w| weekday_of(w));
        let has_day = words.iter().any(|w| day_number(w).is_some());
        let value = item.value.as_deref().and_then(|v| v.parse::<Date>().ok());
        // The words of the week after a weekday ("next week" of "Tuesday next week").
        if dated.is_some_and(|(_, end, _, _)| item.span.end <= end) {
            continue;
        }
        let bare_weekday = weekday.is_some()
            && words.get(1..).is_some_and(|rest| {
                rest.iter()
                    .all(|w| PARTS_OF_DAY.contains(&lower(w).as_str()))
            });
        match (weekday, value) {
            (Some(_), Some(date))
                if matches!(item.grain, Grain::Day) && bare_weekday && dated.is_none() =>
            {
                // "on Tuesday next week": the week named after the weekday closes it.
                let after = text.get(item.span.end..).unwrap_or("");
                let rest = after.trim_start();
                let named_week = ["next week", "of next week"].iter().find(|w| {
                    rest.get(..w.len())
                        .is_some_and(|r| r.eq_ignore_ascii_case(w))
                });
                if let Some(week) = named_week.filter(|_| date > anchor) {
                    let end = item.span.end + (after.len() - rest.len()) + week.len();
                    dated = Some((date, end, sentence, true));
                }
            }
            (Some(weekday), Some(_)) if matches!(item.grain, Grain::Day) && bare_weekday => {
                let Some((date, end, at, verbless)) = dated else {
                    continue;
                };
                let gap = text.get(end..item.span.start).unwrap_or("");
                if verbless && !verbless_link(gap) {
                    continue;
                }
                // "the market that was rained off on Saturday": a past verb between tells of
                // a day gone by.
                let said = letter_words(gap).any(|(_, w)| {
                    let w = lower(w);
                    let w = w.as_str();
                    cues.contains(w) || is_past_verb(w) || is_regular_past(w)
                });
                if at.is_none() || at != sentence || gap.len() > DATED_DAY_WEEKDAY_REACH || said {
                    continue;
                }
                let days = (weekday.to_monday_zero_offset() + 7
                    - date.weekday().to_monday_zero_offset())
                    % 7;
                if let Ok(moved) = date.checked_add(i64::from(days).days()) {
                    item.value = Some(day_value(moved));
                }
            }
            (_, Some(date)) if matches!(item.grain, Grain::Day) && date > anchor => {
                let week_ahead = date > anchor.checked_add(6.days()).unwrap_or(anchor);
                dated = Some((date, item.span.end, sentence, !(has_day && week_ahead)));
            }
            _ if !matches!(item.grain, Grain::Time | Grain::DayEnd) => dated = None,
            _ => {}
        }
    }
}

/// Whether `gap`, the text between a day to come and a bare weekday after it, is a verbless
/// link: "and", "then" or "before" and at most a place phrase of prepositions, articles and
/// capitalised words ("…, and in York on", ", then at the Guildhall on"). Words of
/// another clause ("and the council says it will meet on") are no such link.
pub(super) fn verbless_link(gap: &str) -> bool {
    let mut linked = false;
    for (_, word) in letter_words(gap) {
        let lowered = lower(word);
        match lowered.as_str() {
            "and" | "then" | "before" | "after" => linked = true,
            "in" | "at" | "on" | "the" | "a" | "to" | "from" | "of" | "by" => {}
            _ if word.starts_with(char::is_uppercase) => {}
            _ => return false,
        }
    }
    linked
}

/// Where the label of a listing's entry ends: a day mention opening its paragraph (a bullet
/// before it at most) with a colon or a dash right after it ("Tuesday 9 June: folk dancing on the
/// green", "- Sunday – lantern parade"). The paragraph's index when it is one.
pub(super) fn entry_label_paragraph(text: &str, layout: &Layout, item: &Found) -> Option<usize> {
    let index = layout
        .paragraphs
        .partition_point(|p| p.end <= item.span.start);
    let paragraph = layout.paragraphs.get(index)?;
    let lead = text.get(paragraph.start..item.span.start)?;
    let bullet_only = lead
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '–' | '—'));
    let rest = text.get(item.span.end..paragraph.end)?;
    let labelled = rest.starts_with(':')
        || [" - ", " – ", " — "]
            .iter()
            .any(|dash| rest.starts_with(dash));
    (item.grain == Grain::Day && bullet_only && labelled).then_some(index)
}

/// Bare weekdays labelling entries of a listing ("Sunday: lantern parade") among entries in
/// consecutive paragraphs labelled with a full date ("Tuesday 9 June: craft market opens"):
/// a listing runs in order, so a bare weekday is the first such day after the entry before it,
/// or, ahead of the first dated entry, the last such day before the entry after it. Read alone,
/// each would take the week of the time of writing.
pub(super) fn weekday_entries_in_listing(text: &str, layout: &Layout, found: &mut [Found]) {
    let labels: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(i, item)| Some((i, entry_label_paragraph(text, layout, item)?)))
        .collect();
    let bare = |item: &Found| {
        let label = item.span.of(text);
        !label.contains(|c: char| c.is_ascii_digit())
            && label
                .split_whitespace()
                .next()
                .and_then(weekday_of)
                .is_some()
    };
    let date_of = |item: &Found| item.value.as_deref()?.parse::<Date>().ok();
    let mut start = 0;
    while start < labels.len() {
        let end = (start + 1..labels.len())
            .find(|&k| labels[k].1 != labels[k - 1].1 + 1)
            .unwrap_or(labels.len());
        let run: Vec<usize> = labels[start..end].iter().map(|&(i, _)| i).collect();
        start = end;
        let Some(first_dated) = run.iter().position(|&i| !bare(&found[i])) else {
            continue;
        };
        let mut next = date_of(&found[run[first_dated]]);
        for &i in run[..first_dated].iter().rev() {
            next = next.and_then(|d| nearest_weekday(d, &found[i], text, -1));
            if let Some(d) = next {
                found[i].value = Some(day_value(d));
            }
        }
        let mut previous = None;
        for &i in &run[first_dated..] {
            if bare(&found[i]) {
                previous = previous.and_then(|d| nearest_weekday(d, &found[i], text, 1));
                if let Some(d) = previous {
                    found[i].value = Some(day_value(d));
                }
            } else {
                previous = date_of(&found[i]);
            }
        }
    }
}

/// The weekday `item` opens with, the nearest one strictly after (`step` 1) or before (`step`
/// -1) `date`.
pub(super) fn nearest_weekday(date: Date, item: &Found, text: &str, step: i64) -> Option<Date> {
    let weekday = item
        .span
        .of(text)
        .split_whitespace()
        .next()
        .and_then(weekday_of)?;
    (1..=7)
        .filter_map(|n| date.checked_add((step * n).days()).ok())
        .find(|d| d.weekday() == weekday)
}

/// Whether `found` is counted from the date told before it ("the next day", "two weeks later",
/// "a year earlier") and not yet given its value.
pub(super) fn is_counted_shift(found: &Found) -> bool {
    matches!(
        found.grain,
        Grain::Shift(_)
            | Grain::WeekShift(_)
            | Grain::MonthShift(_)
            | Grain::YearShift(..)
            | Grain::WeekdayShift(..)
    )
}

/// Whether sentence `sentence` of `text` is told from the time of writing: a later mention in
/// it falls in the anchor's year or after ("began Oct. 3 and ends next week", "… on Monday"),
/// or it holds a present expectation or timetable ([`PRESENT_EXPECTATION_RE`]: "is expected to
/// wrap up"). A yearless day in such a sentence is read from the anchor, not from a year
/// written in the sentence before. Under a year `framed` at the head of the sentence before
/// ("In the winter of 1987, …"), a later day, month or holiday with no year of its own ("by New
/// Year's Day") is of that frame too and ties nothing to the present ([`yearless_gone_by`]).
pub(super) fn tied_to_present(
    text: &str,
    layout: &Layout,
    sentence: usize,
    later: &[Found],
    anchor: Date,
    framed: bool,
) -> bool {
    let Some(bounds) = layout.sentences.get(sentence).map(|s| s.span) else {
        return false;
    };
    let near_now = later
        .iter()
        .take_while(|f| f.span.start < bounds.end)
        .filter(|f| !(framed && yearless_gone_by(f, text, anchor)))
        .filter_map(|f| f.value.as_deref()?.get(..4)?.parse::<i16>().ok())
        .any(|year| year >= anchor.year());
    near_now || PRESENT_EXPECTATION_RE.is_match(bounds.of(text))
}

/// Whether `found` is a day, a whole month or a holiday with no year written, read as one gone
/// by ("by Christmas Day", "on 3 May"): its year is only the anchor's guess.
fn yearless_gone_by(found: &Found, text: &str, anchor: Date) -> bool {
    let before_anchor = found
        .value
        .as_deref()
        .and_then(|v| v.parse::<Date>().ok())
        .is_some_and(|d| d < anchor);
    let day = month_day_of(found, text).is_some_and(|(_, written)| !written);
    let holiday = holiday_of(found.span.of(text)).is_some()
        && !words(found.span.of(text))
            .iter()
            .any(|w| year_number(w).is_some() || matches!(w.as_str(), "last" | "this" | "next"));
    let month = bare_month_of(found, text).is_some_and(|((year, month), written)| {
        !written && (year, month) < (anchor.year(), anchor.month())
    });
    (before_anchor && (day || holiday)) || month
}

/// Whether the sentence around `span` of `text` has a verb in the past ([`Context::past`]).
pub(super) fn told_in_past(text: &str, span: Span) -> bool {
    Context {
        text,
        range: Span::new(0, text.len()),
        span,
        anchor: None,
    }
    .past()
}

/// Whether the clause before `span` of `text`, from its sentence's start or its last comma,
/// has a verb in the past, not the present perfect ("had restored power by midday", "was
/// recorded shortly before 2am"; not "has been moved to Friday, with a 7pm start", nor a
/// participle opening the clause: "is at noon, moved from 3pm"), and no word of the future
/// stands after it in its clause ("said the 7am sailing would be reviewed").
fn told_as_gone_by(text: &str, span: Span) -> bool {
    let whole = Context {
        text,
        range: Span::new(0, text.len()),
        span,
        anchor: None,
    };
    let sentence = last_clause(whole.before(200));
    let clause = sentence
        .rfind(", ")
        .map_or(sentence, |at| &sentence[at + 1..]);
    let opens_with_participle = letter_words(clause)
        .next()
        .is_some_and(|(_, w)| w.len() > 3 && w.ends_with("ed"));
    let before_only = Context {
        range: Span::new(0, span.end),
        ..whole
    };
    !opens_with_participle
        && before_only.past_since(false, false, span.start - clause.len())
        && !whole.future()
        && !future_word_ahead(whole.after(80).split(", ").next().unwrap_or(""))
}

/// Whether the clock times `times` between two weekdays of a span stand as "<link> <time> on":
/// "from 6pm on Saturday until midnight on Sunday". `gap` runs from the first weekday's end to
/// the second's start.
pub(super) fn times_between_days(text: &str, gap: Span, times: &[Found]) -> bool {
    let (Some(first), Some(last)) = (times.first(), times.last()) else {
        return false;
    };
    let link = text.get(gap.start..first.span.start).unwrap_or("");
    let lead = text.get(last.span.end..gap.end).unwrap_or("");
    let linked = [" to ", " until ", " till ", " through "]
        .iter()
        .any(|l| link.eq_ignore_ascii_case(l));
    linked
        && (lead == " " || lead.eq_ignore_ascii_case(" on "))
        && times
            .iter()
            .all(|t| matches!(t.grain, Grain::Time | Grain::DayEnd))
}

/// Two bare weekdays joined as a span ("from Monday to Friday", "Monday through Wednesday",
/// "from 6pm on Saturday until midnight on Sunday") whose end, each read alone, falls before
/// the start or more than six days after it: the end is the first such weekday on or after the
/// start when the start lies ahead of the anchor, else the start is the last one on or before
/// the end ("The strike ran from Monday to Wednesday", written on a Tuesday).
pub(super) fn order_weekday_spans(text: &str, anchor: Date, found: &mut [Found]) {
    for i in 1..found.len() {
        // The next mention that is not a clock time, past the times of "until midnight on".
        let Some(k) =
            (i..found.len()).find(|&k| !matches!(found[k].grain, Grain::Time | Grain::DayEnd))
        else {
            continue;
        };
        let (left, right) = found.split_at_mut(k);
        let (Some(first), Some((second, _))) = (left.get(i - 1), right.split_first_mut()) else {
            continue;
        };
        let times = left.get(i..).unwrap_or(&[]);
        let gap = Span::new(first.span.end, second.span.start);
        if !times.is_empty() && !times_between_days(text, gap, times) {
            continue;
        }
        let first_at = i - 1;
        let (left, right) = found.split_at_mut(k);
        let (Some(first), Some(second)) = (left.get_mut(first_at), right.first_mut()) else {
            continue;
        };
        let gap = if k > i {
            " to "
        } else {
            text.get(first.span.end..second.span.start).unwrap_or("")
        };
        // "between Monday and Wednesday" is a span; "Monday and Wednesday" two days.
        let between = text
            .get(..first.span.start)
            .is_some_and(|b| last_word(b).eq_ignore_ascii_case("between") && b.ends_with(' '));
        let link = SPAN_LINKS
            .iter()
            .any(|link| gap.eq_ignore_ascii_case(link) && (*link != " and " || between));
        let bare = |f: &Found| weekday_of(f.span.of(text).trim());
        let (true, Some(start_day), Some(end_day)) = (link, bare(first), bare(second)) else {
            continue;
        };
        let (Some(start), Some(end)) = (
            first.value.as_deref().and_then(|v| v.parse::<Date>().ok()),
            second.value.as_deref().and_then(|v| v.parse::<Date>().ok()),
        ) else {
            continue;
        };
        if end >= start && (end - start).get_days() <= 6 {
            continue;
        }
        let gap_days = i64::from(
            (end_day.to_monday_zero_offset() + 7 - start_day.to_monday_zero_offset()) % 7,
        );
        if start > anchor {
            second.value = start.checked_add(gap_days.days()).ok().map(day_value);
        } else {
            first.value = end.checked_sub(gap_days.days()).ok().map(day_value);
        }
    }
}

/// "the next day", "the following day", "the day before", "the previous day": a day moved from
/// the one told before it ([`resolve_day_shifts`]); "the following week", "the month before": the
/// week or month after or before that day's ("in the following week" too); "the following
/// year", "the year before": a
/// year moved from the date told before it ("in the following year" too); looking back, at
/// that date's grain (a comparison: "up on the year before"), looking on, the whole year.
/// None for a stretch of time ("in the next day or two", "over the following day") or a day
/// before or after something named after it ("the day before the vote").
pub(super) fn day_shift(ws: &[String], context: &Context<'_>, mut found: Found) -> Option<Found> {
    // "the day after tomorrow", "the day before yesterday": two days from the anchor.
    let from_anchor: Option<i64> = match ws.last().map(String::as_str) {
        Some("tomorrow") => Some(2),
        Some("yesterday") => Some(-2),
        _ => None,
    };
    if let Some(days) = from_anchor {
        found.value = context
            .anchor
            .and_then(|a| a.checked_add(days.days()).ok())
            .map(day_value);
        found.grain = Grain::Day;
        return Some(found);
    }
    let previous = word_right_before(context.before(16)).to_lowercase();
    let year = ws.iter().any(|w| w == "year");
    let week = ws.iter().any(|w| w == "week");
    let month = ws.iter().any(|w| w == "month");
    let stretch = match previous.as_str() {
        "within" | "over" | "for" | "during" | "throughout" => true,
        "in" => !year && !week && !month,
        _ => false,
    };
    if stretch {
        return None;
    }
    if ws.first().is_some_and(|w| w != "the") {
        return counted_day_shift(ws, context, found);
    }
    let after = context.after(4);
    let unit_last = ws
        .last()
        .is_some_and(|w| matches!(w.as_str(), "day" | "week" | "month" | "year"));
    if unit_last && after.trim_start().to_lowercase().starts_with("or ") {
        return None;
    }
    let closes_clause = after.is_empty() || after.starts_with([',', '.', ';', ':', '!', '?', ')']);
    if !(unit_last || closes_clause) {
        return None;
    }
    let backward = ws
        .iter()
        .any(|w| matches!(w.as_str(), "previous" | "preceding" | "before"));
    let step = if backward { -1 } else { 1 };
    found.grain = if year {
        Grain::YearShift(step, step > 0)
    } else if week {
        Grain::WeekShift(step)
    } else if month {
        Grain::MonthShift(step)
    } else {
        Grain::Shift(step)
    };
    Some(found)
}

/// The TIMEX3 code of a season word ("spring" → "SP"; "fall" too is autumn).
pub(super) fn season_code(word: &str) -> Option<&'static str> {
    match word {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "autumn" | "fall" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

/// The month a season of [`season_code`] starts in (winter in December).
pub(super) fn season_start(code: &str) -> i8 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

/// "that autumn", "the following spring", "the next summer", "the previous winter", "the same
/// summer": a season placed from the date told before it ([`resolve_told_seasons`]). None when
/// a noun or a verb follows ("the next summer transfer window", "warned that winter would be
/// hard"), when "that" after a word is followed by an auxiliary ("said that summer is …"), and
/// for "fall" not closing its clause ("that fall in prices").
pub(super) fn told_season(ws: &[String], context: &Context<'_>, mut found: Found) -> Option<Found> {
    let season = ws.last()?;
    let code = season_code(season)?;
    let after = context.after(16);
    if noun_follows(after) {
        return None;
    }
    let closes_clause = after.is_empty() || after.starts_with([',', '.', ';', ':', '!', '?', ')']);
    if season == "fall" && !closes_clause {
        return None;
    }
    let next = words(after);
    let auxiliary_next = next.first().is_some_and(|w| {
        reporting::MODAL_VERBS.contains(&w.as_str())
            || crate::lexicon::function_words::NOT_DESCRIPTIVE.contains(&w.as_str())
    });
    let before = context
        .before(4)
        .trim_end_matches([' ', '"', '“', '‘', '\'']);
    let opens = before.is_empty() || before.ends_with(['.', ',', ';', ':', '—']);
    if ws.first().is_some_and(|w| w == "that") && auxiliary_next && !opens {
        return None;
    }
    let step = match ws.get(1).map(String::as_str) {
        Some("following" | "next") => 1,
        Some("previous" | "preceding") => -1,
        _ => 0,
    };
    found.grain = Grain::SeasonShift(code, step);
    Some(found)
}

/// The word of letters that ends `text`, right before the candidate ("" after a figure or a
/// full stop): "fell in 2022. A year later" has no word right before "A year later".
pub(super) fn word_right_before(text: &str) -> &str {
    text.trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// "two days later", "a week earlier", "a month before": a count of days, weeks or months from
/// the date told just before it ([`resolve_day_shifts`]). None for how late or early something
/// came ("two days later than planned") and for a count before or after something named after
/// it ("a week before the vote").
pub(super) fn counted_day_shift(
    ws: &[String],
    context: &Context<'_>,
    mut found: Found,
) -> Option<Found> {
    let count: i16 = match ws.first().map(String::as_str)? {
        "a" | "an" => 1,
        word => word.parse::<i16>().ok().or_else(|| {
            NUMBER_WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|(_, v)| *v as i16)
        })?,
    };
    let link = ws.last()?.as_str();
    let after = context.after(8).trim_start().to_lowercase();
    if matches!(link, "before" | "after") {
        let closes_clause =
            after.is_empty() || after.starts_with([',', '.', ';', ':', '!', '?', ')']);
        if !closes_clause {
            return None;
        }
    } else if after.starts_with("than") {
        return None;
    }
    let signed = if matches!(link, "earlier" | "before") {
        -count
    } else {
        count
    };
    found.grain = match ws.get(1)?.trim_end_matches('s') {
        "week" => Grain::Shift(signed.checked_mul(7)?),
        "month" => Grain::MonthShift(signed),
        "year" => Grain::YearShift(signed, matches!(link, "later" | "after")),
        _ => Grain::Shift(signed),
    };
    Some(found)
}

/// Give each day shift ("the next day", "two days later") its day, and each month shift ("a
/// month later") its month: counted from the nearest day-level mention before it, when that one
/// stands in the same sentence or the one before, in the same paragraph, and has a value; a
/// year shift in the first sentence of a paragraph may also count from the one date of the
/// paragraph before. Otherwise it has no value.
pub(super) fn resolve_day_shifts(found: &mut [Found], layout: &Layout) {
    let paragraph_of = |sentence: usize| layout.sentences.get(sentence).map(|s| s.paragraph);
    for i in 0..found.len() {
        let (before, rest) = found.split_at_mut(i);
        let Some(item) = rest.first_mut() else {
            continue;
        };
        if let Grain::YearShift(years, whole) = item.grain {
            // "In 2019 … . The council … . The insurers … . The following year, …": a shift that
            // moves the story on reaches as far back in its paragraph as "that year" does.
            let reach = if whole { THAT_YEAR_REACH } else { 1 };
            let near = |f: &Found| {
                let told = layout.sentence_at(f.span.start);
                let own = layout.sentence_at(item.span.start);
                matches!((told, own), (Some(t), Some(o)) if t <= o && o - t <= reach
                    && paragraph_of(t) == paragraph_of(o))
            };
            let told = before
                .iter()
                .rev()
                .find(|f| f.value.is_some() && !matches!(f.grain, Grain::Time | Grain::DayEnd));
            // "Exports rose 3% in January." / "Exports were worth $412bn, up from $398bn a
            // year earlier.": the one date of the paragraph before, in the opening sentence
            // of the next.
            let sole_in_paragraph_before = |f: &Found| {
                let paragraph_at = |at: usize| layout.sentence_at(at).and_then(paragraph_of);
                let (Some(told), Some(own)) =
                    (paragraph_at(f.span.start), paragraph_at(item.span.start))
                else {
                    return false;
                };
                let opens = layout
                    .sentence_at(item.span.start)
                    .is_some_and(|o| o == 0 || paragraph_of(o - 1) != Some(own));
                opens
                    && told + 1 == own
                    && before
                        .iter()
                        .filter(|g| paragraph_at(g.span.start) == Some(told))
                        .count()
                        == 1
            };
            let shifted = told
                .filter(|f| near(f) || sole_in_paragraph_before(f))
                .and_then(|f| {
                    let value = f.value.as_deref()?;
                    // "In May 1930 … The following year": the whole year after.
                    let value = if whole { value.get(..4)? } else { value };
                    years_from(value, years)
                });
            item.grain = match &shifted {
                Some(v) if v.parse::<Date>().is_ok() => Grain::Day,
                _ => Grain::Other,
            };
            item.value = shifted;
            continue;
        }
        if let Grain::WeekdayShift(weekday, ahead) = item.grain {
            item.grain = Grain::Day;
            let paragraph = |at: usize| layout.sentence_at(at).and_then(paragraph_of);
            let own = paragraph(item.span.start);
            // The nearest day before: in its own paragraph, or, when that tells none before
            // it, the last one of the paragraph before.
            let told = before
                .iter()
                .rev()
                .find(|f| f.grain == Grain::Day)
                .filter(|f| {
                    let told = paragraph(f.span.start);
                    own.is_some() && (told == own || told.map(|t| t + 1) == own)
                })
                .and_then(|f| f.value.as_deref()?.parse::<Date>().ok());
            if let Some(day) = told {
                item.value = day
                    .nth_weekday(if ahead { 1 } else { -1 }, weekday)
                    .ok()
                    .map(day_value);
            }
            continue;
        }
        let shift = match item.grain {
            Grain::Shift(days) => i64::from(days).days(),
            Grain::WeekShift(weeks) => i64::from(weeks).weeks(),
            Grain::MonthShift(months) => i64::from(months).months(),
            _ => continue,
        };
        let months = matches!(item.grain, Grain::MonthShift(_));
        let weeks = matches!(item.grain, Grain::WeekShift(_));
        item.grain = if months || weeks {
            Grain::Other
        } else {
            Grain::Day
        };
        let Some(sentence) = layout.sentence_at(item.span.start) else {
            continue;
        };
        // "In March the plant closed. A month later …": a month shift also counts from a
        // month told before it, at the month's first day.
        let Some((told, from)) = before.iter().rev().find_map(|f| {
            if f.grain == Grain::Day {
                return Some((f, f.value.as_deref().and_then(|v| v.parse::<Date>().ok())));
            }
            let value = f.value.as_deref().filter(|v| v.len() == 7)?;
            let first = format!("{value}-01").parse::<Date>().ok();
            (months && f.grain == Grain::Other && first.is_some()).then_some((f, first))
        }) else {
            continue;
        };
        let near = layout.sentence_at(told.span.start).is_some_and(|s| {
            s <= sentence && sentence - s <= 1 && paragraph_of(s) == paragraph_of(sentence)
        });
        item.value = from
            .filter(|_| near)
            .and_then(|d| d.checked_add(shift).ok())
            .map(|d| {
                if months {
                    format!("{:04}-{:02}", d.year(), d.month())
                } else if weeks {
                    week_value(d)
                } else {
                    day_value(d)
                }
            });
    }
}

/// The year and, when it tells one, the month of a value placed in the calendar: "2023-06-14"
/// and "2023-06" give June, a season its first month, a quarter or a half its first month;
/// a year alone or a week gives no month. None for a value with no year ("XXXX-06", "198X").
pub(super) fn year_and_month(value: &str) -> Option<(i16, Option<i8>)> {
    let year = year_number(value.get(..4)?)?;
    let rest = value.get(4..)?;
    let month = match rest.get(1..3) {
        Some(code @ ("SP" | "SU" | "FA" | "WI")) => Some(season_start(code)),
        Some(part) if rest.starts_with("-Q") || rest.starts_with("-H") => {
            let n: i8 = part.get(1..)?.parse().ok()?;
            Some(if rest.starts_with("-Q") {
                3 * n - 2
            } else {
                6 * n - 5
            })
        }
        Some(part) => part.parse::<i8>().ok().filter(|m| (1..=12).contains(m)),
        None => None,
    };
    Some((year, month))
}

/// Give each season told from the date before it ([`Grain::SeasonShift`]) its year: that of the
/// nearest mention before it placed in the calendar, a few sentences back at most
/// ([`THAT_YEAR_REACH`]), or, when the text tells no date before it, the anchor. "In 1971 the
/// board met. It refused that autumn" is 1971-FA; "the following spring" is the first spring
/// after that date (after a year alone, the next year's), "the previous winter" the last one
/// before it. Too far from any date, it has no value.
pub(super) fn resolve_told_seasons(found: &mut [Found], layout: &Layout, anchor: Option<Date>) {
    for i in 0..found.len() {
        let (before, rest) = found.split_at_mut(i);
        let Some(item) = rest.first_mut() else {
            continue;
        };
        let Grain::SeasonShift(code, step) = item.grain else {
            continue;
        };
        item.grain = Grain::Other;
        let told = before
            .iter()
            .rev()
            .find(|f| f.value.is_some() && !matches!(f.grain, Grain::Time | Grain::DayEnd));
        let told = match told {
            Some(f) => {
                let (Some(from), Some(own)) = (
                    layout.sentence_at(f.span.start),
                    layout.sentence_at(item.span.start),
                ) else {
                    continue;
                };
                let Some(told) = f.value.as_deref().and_then(year_and_month) else {
                    continue;
                };
                if from + THAT_YEAR_REACH < own {
                    continue;
                }
                told
            }
            None => match anchor {
                Some(a) => (a.year(), Some(a.month())),
                None => continue,
            },
        };
        let (year, month) = told;
        let start = season_start(code);
        let year = match step {
            // "February 1974 … that winter": the winter that began in the December before.
            0 if code == "WI" && month.is_some_and(|m| m <= 2) => year.checked_sub(1),
            0 => Some(year),
            1 if start > month.unwrap_or(12) => Some(year),
            1 => year.checked_add(1),
            _ if start < month.unwrap_or(1) => Some(year),
            _ => year.checked_sub(1),
        };
        item.value = year.map(|y| format!("{y:04}-{code}"));
    }
}

/// `value` (a year, month, quarter, half or day: "2023", "2023-06", "2023-Q3", "2023-H1",
/// "2023-06-14") moved by `years` years at the same grain; None for other values (weeks,
/// seasons, decades) and for a day that does not exist in the new year.
pub(super) fn years_from(value: &str, years: i16) -> Option<String> {
    let year: i16 = value.get(..4)?.parse().ok()?;
    let rest = value.get(4..)?;
    let moved = year.checked_add(years)?;
    let plain_month = rest.len() == 3 && rest.starts_with('-') && rest[1..].parse::<u8>().is_ok();
    let period = rest.len() == 3
        && (rest.starts_with("-Q") || rest.starts_with("-H"))
        && rest[2..].parse::<u8>().is_ok();
    if rest.is_empty() || plain_month || period {
        return Some(format!("{moved:04}{rest}"));
    }
    let day: Date = value.parse().ok()?;
    Date::new(moved, day.month(), day.day()).ok().map(day_value)
}

/// Whether the day starting at byte `day_start` is told right after a clock time ending at
/// `time_end`: "2358 GMT Tuesday", "22:17 GMT on Sunday".
pub(super) fn day_right_after(text: &str, time_end: usize, day_start: usize) -> bool {
    text.get(time_end..day_start).is_some_and(|gap| {
        gap.starts_with(char::is_whitespace)
            && (gap.trim().is_empty() || gap.trim().eq_ignore_ascii_case("on"))
    })
}

/// Whether the day at `day_start` stands in a "by …" phrase of its own, joined by "and" after
/// the clock time that ends at `time_end`: "out to sea by 3 p.m. and weaken by Monday morning"
/// sets two limits, and the time is not on the later one's day.
pub(super) fn separate_by_phrase_after(text: &str, time_end: usize, day_start: usize) -> bool {
    let Some(gap) = text.get(time_end..day_start) else {
        return false;
    };
    let joined = letter_words(gap).any(|(_, w)| w.eq_ignore_ascii_case("and"));
    joined && last_word(gap).eq_ignore_ascii_case("by") && gap.ends_with(char::is_whitespace)
}

/// Whether the day at `day_start` is told with a verb of its own joined by "and" after the clock
/// time that ends at `time_end`: "Lessons begin at 9am and end on Friday" gives 9am no day of
/// Friday's. Not when a time of day stands between ("at 9am and noon on Friday" are one day's).
pub(super) fn later_verb_owns_day(text: &str, time_end: usize, day_start: usize) -> bool {
    let Some(gap) = text.get(time_end..day_start) else {
        return false;
    };
    if !gap.ends_with(char::is_whitespace)
        || !gap
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == ',')
    {
        return false;
    }
    let mut ws = letter_words(gap).map(|(_, w)| w);
    let (Some(and), Some(verb), Some(on), None) = (ws.next(), ws.next(), ws.next(), ws.next())
    else {
        return false;
    };
    let time_word = TIMES_OF_DAY
        .iter()
        .chain(PARTS_OF_DAY)
        .any(|t| verb.eq_ignore_ascii_case(t));
    and.eq_ignore_ascii_case("and")
        && on.eq_ignore_ascii_case("on")
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && !time_word
        && !crate::lexicon::function_words::is_function_word(verb)
}

/// Whether the clock time at `time` opens an entry of a live page, its sentence starting at byte
/// `sentence_start`: nothing before it but a label of
/// [`crate::lexicon::layout_labels::LINE_PREFIXES`]
/// ("Update 5:40pm: …", "Breaking 09:12 - …") and after it, past a time zone in capitals, a
/// colon or a dash ("14:32 GMT - …"). Such a stamp heads what follows; a day told in the entry
/// is not its day.
pub(super) fn stamp_opens_entry(text: &str, sentence_start: usize, time: Span) -> bool {
    let lead = text
        .get(sentence_start..time.start)
        .unwrap_or("")
        .trim()
        .trim_end_matches(':')
        .trim_end();
    let labelled = lead.is_empty()
        || crate::lexicon::layout_labels::LINE_PREFIXES.contains(&lead.to_lowercase().as_str());
    if !labelled {
        return false;
    }
    let after = text.get(time.end..).unwrap_or("");
    let trimmed = after.trim_start();
    let zone_len = trimmed
        .split(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
        .map_or(0, str::len);
    let rest = if zone_len > 0 {
        trimmed.get(zone_len..).unwrap_or("")
    } else {
        after
    };
    // "9:30 - 10:30 on Wednesday" is a span of two times, no stamp.
    let entry = |tail: &str| !tail.trim_start().starts_with(|c: char| c.is_ascii_digit());
    if let Some(tail) = rest.strip_prefix(':') {
        return entry(tail);
    }
    rest.starts_with(' ')
        && ["-", "–", "—"].iter().any(|dash| {
            rest.trim_start()
                .strip_prefix(dash)
                .is_some_and(|tail| tail.starts_with(' ') && entry(tail))
        })
}

/// Give a clock time the day told right after it ("at 2223 GMT Saturday", "10pm GMT on
/// Saturday"), or else the day of the nearest day-level mention in the same sentence. A time
/// told in the past takes no day after the publication date `anchor` but one told right after
/// it: "had restored power by midday, but homes could be cut off until Thursday" is not
/// Thursday's midday.
pub(super) fn attach_time_days(
    found: &mut [Found],
    layout: &Layout,
    text: &str,
    anchor: Option<Date>,
) {
    let mut days: std::collections::BTreeMap<usize, Vec<(usize, String)>> =
        std::collections::BTreeMap::new();
    for f in found.iter().filter(|f| f.grain == Grain::Day) {
        if let (Some(sentence), Some(value)) = (layout.sentence_at(f.span.start), &f.value) {
            days.entry(sentence)
                .or_default()
                .push((f.span.start, value.clone()));
        }
    }
    // The sentences holding any mention: a walk back for a time's day stops at the first.
    let mentioned: std::collections::BTreeSet<usize> = found
        .iter()
        .filter_map(|f| layout.sentence_at(f.span.start))
        .collect();
    // The sentences telling a day's evening or night ("on Tuesday night", "overnight on
    // Tuesday"): a time of the small hours told after one is of the next day.
    let nights: std::collections::BTreeSet<usize> = found
        .iter()
        .filter(|f| f.grain == Grain::Day && told_as_night(text, f.span))
        .filter_map(|f| layout.sentence_at(f.span.start))
        .collect();
    mark_midnights_after_evening(found, layout, text);
    // The clock times given a day so far, by sentence, with that day.
    let mut timed: std::collections::BTreeMap<usize, Vec<(String, String)>> =
        std::collections::BTreeMap::new();
    for item in found
        .iter_mut()
        .filter(|f| matches!(f.grain, Grain::Time | Grain::DayEnd))
    {
        let Some(sentence) = layout.sentence_at(item.span.start) else {
            continue;
        };
        let opening = layout
            .sentences
            .get(sentence)
            .is_some_and(|s| stamp_opens_entry(text, s.span.start, item.span));
        if opening {
            continue;
        }
        let candidates = days.get(&sentence).map_or(&[][..], Vec::as_slice);
        let right_after = candidates
            .iter()
            .find(|(start, _)| day_right_after(text, item.span.end, *start));
        let gone_by = anchor.filter(|_| told_as_gone_by(text, item.span));
        let ahead_of_gone_by =
            |day: &str| gone_by.is_some_and(|a| day.parse::<Date>().is_ok_and(|d| d > a));
        let own_day = right_after.or_else(|| {
            candidates
                .iter()
                .filter(|(start, _)| {
                    !separate_by_phrase_after(text, item.span.end, *start)
                        && !later_verb_owns_day(text, item.span.end, *start)
                })
                .min_by_key(|(start, _)| start.abs_diff(item.span.start))
                .filter(|(_, day)| !ahead_of_gone_by(day))
        });
        // "issued at 6pm on Friday and upgraded at 12.40am": a time of the small hours told
        // after an evening time of the same day, and after that day, in its sentence is of the
        // day after.
        let own_day = match own_day {
            Some((start, day))
                if right_after.is_none()
                    && *start < item.span.start
                    && item.grain == Grain::Time =>
            {
                let times = timed.get(&sentence).map_or(&[][..], Vec::as_slice);
                let next = item.time.as_deref().is_some_and(|time| {
                    times
                        .iter()
                        .any(|(v, t)| v == day && crosses_midnight(t, time))
                });
                if next {
                    shifted_day(Some(day), 1)
                } else {
                    Some(day.clone())
                }
            }
            other => other.map(|(_, day)| day.clone()),
        };
        let day = match own_day {
            Some(day) => Some(day),
            None if item.grain == Grain::Time && !days.contains_key(&sentence) => {
                day_of_sentence_before(
                    text,
                    layout,
                    sentence,
                    item,
                    &days,
                    &timed,
                    (&mentioned, &nights),
                )
            }
            None => None,
        };
        let day = day.filter(|day| right_after.is_some() || !ahead_of_gone_by(day));
        if let (Some(value), Some(time)) = (&day, &item.time) {
            timed
                .entry(sentence)
                .or_default()
                .push((value.clone(), time.clone()));
        }
        // The midnight that ends a day is the first moment of the next.
        item.value = if item.grain == Grain::DayEnd {
            day.map(|v| {
                v.parse::<Date>()
                    .ok()
                    .and_then(|d| d.checked_add(1.days()).ok())
                    .map_or(v, day_value)
            })
        } else {
            day
        };
    }
}

/// "that morning", "the same evening", "that day" right after a clock time: the day told
/// just before.
pub(super) static THAT_DAY_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    let parts = alternation(PARTS_OF_DAY.iter().copied().chain(["day"]));
    Regex::new(&format!(
        r"^,?\s+(?i:that|the\s+same)\s+(?i:{parts})(?-u:\b)"
    ))
    .expect("the that-day pattern is a valid regex")
});

/// Most sentences back a clock time whose sentence names no day looks for the day it is told
/// on ([`day_of_sentence_before`]).
pub(super) const TIME_DAY_REACH: usize = 4;

/// Minutes since midnight from which a clock time is of the evening, and before which one is
/// of the small hours: a time of the small hours told after an evening time is of the next day.
pub(super) const EVENING_FROM_MINUTES: i32 = 18 * 60;
/// See [`EVENING_FROM_MINUTES`].
pub(super) const SMALL_HOURS_UNTIL_MINUTES: i32 = 7 * 60;

/// Whether the clock time `later` (`HH:MM`), told after the evening time `earlier`, lies in the
/// small hours of the next day ([`EVENING_FROM_MINUTES`]).
pub(super) fn crosses_midnight(earlier: &str, later: &str) -> bool {
    clock_minutes(earlier).is_some_and(|m| m >= EVENING_FROM_MINUTES)
        && clock_minutes(later).is_some_and(|m| m < SMALL_HOURS_UNTIL_MINUTES)
}

/// The day of a clock time whose sentence names none, taken from the nearest sentence before
/// it that tells a date, a few sentences back at most ([`TIME_DAY_REACH`]) and with no mention
/// between, when that one tells a single day (a day, or clock times given one) and none of its
/// clock times comes later in the day: "A van parked at 9.45pm on Friday. It left again at
/// 10.20pm." and "She will reopen on Thursday. At 9am that morning she …" A time of the small
/// hours after an evening time of that sentence is of the next day ("Just after 10pm on
/// Friday the weir overflowed. Dogs barked. At 1.30am the first call came" is
/// Saturday's). Past the paragraph, only a time told in the past is placed; in a sentence not
/// told in the past, only with "that morning" (or the like) after the time; never for a
/// recurring time ("from 8am every day", "at 6pm each evening").
pub(super) fn day_of_sentence_before(
    text: &str,
    layout: &Layout,
    sentence: usize,
    item: &Found,
    days: &std::collections::BTreeMap<usize, Vec<(usize, String)>>,
    timed: &std::collections::BTreeMap<usize, Vec<(String, String)>>,
    (mentioned, nights): (
        &std::collections::BTreeSet<usize>,
        &std::collections::BTreeSet<usize>,
    ),
) -> Option<String> {
    let own = layout.sentences.get(sentence)?;
    let first = sentence.saturating_sub(TIME_DAY_REACH);
    let before = mentioned.range(first..sentence).next_back().copied()?;
    let told = layout.sentences.get(before)?;
    let after = text.get(item.span.end..own.span.end).unwrap_or("");
    let that_day = THAT_DAY_AFTER_RE.is_match(after);
    let past = told_in_past(text, item.span);
    if !that_day && !past {
        return None;
    }
    // Past the sentence right before, in its paragraph, only a time told in the past and not
    // of a clause of the future ("the club said gates will open at 11am") follows the story's
    // day; a midnight may end that day or begin the next, so it stays unplaced.
    let near = before + 1 == sentence && own.paragraph == told.paragraph;
    let ahead = Context {
        text,
        range: Span::new(0, text.len()),
        span: item.span,
        anchor: None,
    }
    .future();
    if !near && (!past || ahead || item.span.of(text).eq_ignore_ascii_case("midnight")) {
        return None;
    }
    // "every day", "each evening", "on Thursdays": a time that recurs has no one day.
    let recurring = letter_words(own.span.of(text)).any(|(_, w)| {
        RECURRENCE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r))
            || w.len() > 1
                && w.ends_with('s')
                && w.get(..w.len() - 1).and_then(weekday_of).is_some()
    });
    if recurring {
        return None;
    }
    let time = item.time.as_deref()?;
    let times = timed.get(&before).map_or(&[][..], Vec::as_slice);
    let mut values = days
        .get(&before)
        .into_iter()
        .flatten()
        .map(|(_, v)| v)
        .chain(times.iter().map(|(v, _)| v));
    let first = values.next()?;
    if !values.all(|v| v == first) {
        return None;
    }
    let latest = times.iter().map(|(_, t)| t.as_str()).max();
    match latest {
        Some(latest) if latest > time => {
            crosses_midnight(latest, time).then(|| shifted_day(Some(first), 1))?
        }
        None if nights.contains(&before)
            && clock_minutes(time).is_some_and(|m| m < SMALL_HOURS_UNTIL_MINUTES) =>
        {
            shifted_day(Some(first), 1)
        }
        _ => Some(first.clone()),
    }
}

/// Whether the day at `span` of `text` is told as its evening or night: "Tuesday night",
/// "on Monday evening", "overnight on Tuesday".
pub(super) fn told_as_night(text: &str, span: Span) -> bool {
    let night = |w: &str| NIGHT_PARTS_OF_DAY.iter().any(|n| w.eq_ignore_ascii_case(n));
    letter_words(span.of(text)).any(|(_, w)| night(w)) || {
        let head = text.get(..span.start).unwrap_or("");
        let head = head.trim_end().strip_suffix(" on").unwrap_or(head);
        night(last_word(head))
    }
}

/// "The polls closed at 10 p.m. on Thursday and counting went on past midnight": a midnight
/// told after an afternoon or evening time of its sentence, with no day of its own right after
/// it, ends that time's day (see [`Grain::DayEnd`]); "just after midnight on Sunday" keeps its
/// day.
pub(super) fn mark_midnights_after_evening(found: &mut [Found], layout: &Layout, text: &str) {
    let mut evening_sentences = Vec::new();
    let mut day_ends = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let Some(sentence) = layout.sentence_at(f.span.start) else {
            continue;
        };
        if f.grain != Grain::Time {
            continue;
        }
        if f.span.of(text).eq_ignore_ascii_case("midnight") {
            let own_day = found.get(i + 1).is_some_and(|next| {
                next.grain == Grain::Day && day_right_after(text, f.span.end, next.span.start)
            });
            if !own_day && evening_sentences.contains(&sentence) {
                day_ends.push(i);
            }
        } else if f
            .time
            .as_deref()
            .and_then(clock_minutes)
            .is_some_and(|minutes| minutes >= 12 * 60)
        {
            evening_sentences.push(sentence);
        }
    }
    for i in day_ends {
        if let Some(f) = found.get_mut(i) {
            f.grain = Grain::DayEnd;
        }
    }
}

/// Zones of universal time that a local clock time is glossed with in brackets.
pub(super) const UNIVERSAL_ZONES: &[&str] = &["GMT", "UTC"];

/// The widest offsets of local time from universal time, in minutes: 12 hours behind, 14 ahead.
pub(super) const LOCAL_OFFSET_RANGE: std::ops::RangeInclusive<i32> = -12 * 60..=14 * 60;

/// Minutes since midnight of an `HH:MM` time.
pub(super) fn clock_minutes(time: &str) -> Option<i32> {
    let (hour, minute) = time.split_once(':')?;
    Some(hour.parse::<i32>().ok()? * 60 + minute.parse::<i32>().ok()?)
}

/// "3.45am local time (1945 GMT) on Sunday": the universal time in brackets after a local one
/// falls on the day before when no offset of a real time zone would put both on the same day
/// (and on the day after for "9pm EST (0200 GMT)"). Its day is moved by one, or dropped when
/// the day has no year to count from.
pub(super) fn shift_bracketed_universal_times(found: &mut [Found], text: &str) {
    for i in 1..found.len() {
        let (head, tail) = found.split_at_mut(i);
        let (Some(local), [universal, rest @ ..]) = (head.last_mut(), tail) else {
            continue;
        };
        if local.grain != Grain::Time || universal.grain != Grain::Time {
            continue;
        }
        // "(2358 GMT Tuesday)": the universal time has its own day, and the local time took
        // it; the local day is the one before or after it as the clocks tell.
        let own_day = rest.first().filter(|day| {
            day.grain == Grain::Day && day_right_after(text, universal.span.end, day.span.start)
        });
        let between = text.get(local.span.end..universal.span.start).unwrap_or("");
        let universal_text = universal.span.of(text);
        let is_universal = |t: &str| UNIVERSAL_ZONES.iter().any(|z| t.ends_with(z));
        if between.trim() != "("
            || !is_universal(universal_text)
            || is_universal(local.span.of(text))
        {
            continue;
        }
        let (Some(local_minutes), Some(universal_minutes)) = (
            local.time.as_deref().and_then(clock_minutes),
            universal.time.as_deref().and_then(clock_minutes),
        ) else {
            continue;
        };
        let offset = local_minutes - universal_minutes;
        let days: i64 = if LOCAL_OFFSET_RANGE.contains(&offset) {
            continue;
        } else if offset < 0 {
            -1
        } else {
            1
        };
        if let Some(day) = own_day {
            if local.value.is_some() && local.value == day.value {
                local.value = shifted_day(day.value.as_deref(), -days);
            }
            continue;
        }
        universal.value = shifted_day(universal.value.as_deref(), days);
    }
}

/// The day `days` from the day `value` (`2024-03-05`), or None when it is no full date.
pub(super) fn shifted_day(value: Option<&str>, days: i64) -> Option<String> {
    value
        .and_then(|v| v.parse::<Date>().ok())
        .and_then(|d| d.checked_add(days.days()).ok())
        .map(day_value)
}
