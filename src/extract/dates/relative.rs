//! Relative expressions: counted offsets, weekdays, weekends, weeks, quarters, halves and fiscal
//! years.

use super::*;

/// Most words before `in N days` searched for what it counts ("their third away game").
pub(super) const MAX_COUNTED_WORDS: usize = 3;

/// `5th`, `22nd`: an ordinal written in digits.
pub(super) fn is_digit_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// `three`, `12`: a cardinal number, in words or digits.
pub(super) fn is_count_word(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.iter().any(|(w, _)| *w == word)
}

/// `two weeks ago`, `in three days`, `a year from now`: the anchor shifted by a count of units.
pub(super) fn counted_offset(
    ws: &[String],
    context: &Context<'_>,
    mut found: Found,
) -> Option<Found> {
    let forward = ws.first().is_some_and(|w| w == "in") || ws.ends_with(&["now".into()]);
    if ws.first().is_some_and(|w| w == "in") {
        let before = context.before(48).to_lowercase();
        let previous = last_word(&before);
        let clause = before.rsplit([',', '.', ';']).next().unwrap_or("");
        let durative = clause
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.ends_with("est") || matches!(w, "first" | "time" | "record" | "ever"));
        if durative || previous == "time" || ws.iter().any(|w| w.starts_with("year")) {
            return None;
        }
        // "He said on Monday he was leaving in two weeks": counted from the day of the speech.
        let reported = reported_future(context);
        if let Some(true) = reported {
            found.grain = match ws.iter().find_map(|w| unit_days(w))? {
                UnitDays::Days(days) => Grain::Shift(count_in(ws)?.checked_mul(days)?),
                UnitDays::Month => Grain::MonthShift(count_in(ws)?),
            };
            found.span = without_in(context)?;
            return Some(found);
        }
        // "has tripled in two months", "rose 5% in two weeks": how long a change took.
        let changed = clause.split(|c: char| !c.is_alphabetic()).any(|w| {
            CHANGE_VERBS.contains(&w) || (w.len() >= 6 && w.ends_with("led") && w != "scheduled")
        });
        let future = context.future() || reported.is_some();
        if changed && !future {
            return None;
        }
        // "their third away game in eight days", "five wins in two weeks": events counted
        // within a span of time, which is no date.
        let counted = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(MAX_COUNTED_WORDS)
            .any(|w| {
                ORDINAL_WORDS.contains(&w) || is_digit_ordinal(w) || (!future && is_count_word(w))
            });
        if counted {
            return None;
        }
        // "shipped 12 million in eight weeks", "cases were recorded in three months": after a
        // verb in the past or the present perfect, how long something took, no date to come.
        if !future && context.past_before() {
            return None;
        }
        let after = context.after(4).trim_start().to_lowercase();
        if after.starts_with("of") {
            return None;
        }
        // "in a week" counts from the article, but not in the past or after a count of times
        // ("met twice in a week", "all in a day's work" count nothing).
        let article = ws.get(1).is_some_and(|w| w == "a" || w == "an");
        let times = matches!(previous, "once" | "twice" | "thrice" | "times");
        let possessive = context.after(1).starts_with(['\'', '’']);
        if article && ((!future && context.past()) || times || possessive) {
            return None;
        }
        found.span = without_in(context)?;
    }
    let body: Vec<&String> = ws.iter().filter(|w| *w != "in").collect();
    // "half a year ago", "a year and a half ago", "six and a half years ago": the month that
    // many years and six months away.
    if body.iter().any(|w| *w == "half") {
        let whole: i64 = match body.first().map(|w| w.as_str())? {
            "half" => 0,
            "a" | "an" => 1,
            word => word.parse::<i64>().ok().or_else(|| {
                NUMBER_WORDS
                    .iter()
                    .find(|(w, _)| *w == word)
                    .map(|(_, v)| *v as i64)
            })?,
        };
        let months = whole.checked_mul(12)?.checked_add(6)?;
        let signed = if forward { months } else { -months };
        found.value = context
            .anchor
            .and_then(|a| shifted_value(a, "month", signed));
        return Some(found);
    }
    let count: i64 = match body.first().map(|w| w.as_str()) {
        Some("a") | Some("an") => match body.get(1).map(|w| w.as_str()) {
            Some("few") => return Some(found),
            _ => 1,
        },
        Some("several") => return Some(found),
        Some(word) => match word.parse::<i64>() {
            Ok(n) => n,
            Err(_) => NUMBER_WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|(_, v)| *v as i64)?,
        },
        None => return None,
    };
    let unit = body.iter().find_map(|w| match w.trim_end_matches('s') {
        u @ ("day" | "week" | "fortnight" | "month" | "year" | "decade") => Some(u),
        _ => None,
    })?;
    // "a decade ago" is the year ten years before, "a fortnight ago" the week two weeks before.
    let (unit, count) = match unit {
        "decade" => ("year", count.saturating_mul(10)),
        "fortnight" => ("week", count.saturating_mul(2)),
        _ => (unit, count),
    };
    let signed = if forward { count } else { -count };
    // "a year ago today": the anchor's day, that many units back. "two years ago today's
    // winner" keeps "today's" out.
    let today = ws.last().is_some_and(|w| w == "today");
    if today && context.after(1).starts_with(['\'', '’']) {
        let ago_end = context.span.of(context.text).rfind(char::is_whitespace)?;
        found.span = Span::new(found.span.start, context.span.start + ago_end);
    } else if today {
        found.value = context
            .anchor
            .and_then(|a| a.checked_add(unit_span(unit, signed)).ok().map(day_value));
        found.grain = Grain::Day;
        return Some(found);
    }
    // "three years ago this month", "a year ago this week": the anchor's month or week, that
    // many units back.
    if ws
        .get(ws.len().saturating_sub(2))
        .is_some_and(|w| w == "this")
    {
        let grain = ws.last().map(String::as_str);
        found.value = context.anchor.and_then(|a| match (grain, unit) {
            (Some("week"), "year") => same_week_years_away(a, signed),
            (Some("week"), _) => a.checked_add(unit_span(unit, signed)).ok().map(week_value),
            _ => a
                .checked_add(unit_span(unit, signed))
                .ok()
                .map(|d| format!("{:04}-{:02}", d.year(), d.month())),
        });
        return Some(found);
    }
    found.value = context.anchor.and_then(|a| shifted_value(a, unit, signed));
    if unit == "day" {
        found.grain = Grain::Day;
    }
    Some(found)
}

/// The span of an "in two weeks" candidate without its "in".
pub(super) fn without_in(context: &Context<'_>) -> Option<Span> {
    let skip = context
        .text
        .get(context.span.start..)?
        .find(char::is_whitespace)?;
    let rest = context
        .text
        .get(context.span.start + skip..context.span.end)?;
    let lead = rest.len() - rest.trim_start().len();
    Some(Span::new(
        context.span.start + skip + lead,
        context.span.end,
    ))
}

/// The count of an "in two weeks" candidate's words `ws` (lower case): "a", "an", a figure or
/// a number word.
pub(super) fn count_in(ws: &[String]) -> Option<i16> {
    let word = ws.get(1)?.as_str();
    match word {
        "a" | "an" => Some(1),
        _ => word.parse::<i16>().ok().or_else(|| {
            NUMBER_WORDS
                .iter()
                .find(|(w, _)| *w == word)
                .map(|(_, v)| *v as i16)
        }),
    }
}

/// How a unit of an "in two weeks" candidate moves a day: by so many days, or by a month.
pub(super) enum UnitDays {
    Days(i16),
    Month,
}

/// The unit `word` (lower case, singular or plural) as [`UnitDays`]; None for other words.
pub(super) fn unit_days(word: &str) -> Option<UnitDays> {
    match word.trim_end_matches('s') {
        "day" => Some(UnitDays::Days(1)),
        "week" => Some(UnitDays::Days(7)),
        "fortnight" => Some(UnitDays::Days(14)),
        "month" => Some(UnitDays::Month),
        _ => None,
    }
}

/// Whether an "in two weeks" candidate stands in reported speech that looks ahead from the
/// time it was spoken: a verb of speech ([`reporting::SPEECH_VERBS`]) earlier in the sentence
/// and a future seen from the past right before the candidate ([`FUTURE_IN_PAST_RE`]: "was
/// leaving", "would open", "was going to sign"). Some(true) when a weekday stands after the
/// verb of speech ("said on Monday he was leaving in two weeks"), whose day the count then
/// starts from; Some(false) when none does, the count starting from the article's date; None
/// outside such speech.
pub(super) fn reported_future(context: &Context<'_>) -> Option<bool> {
    let before = context.before(160);
    let sentence = before
        .rfind(['.', '!', '?'])
        .and_then(|at| before.get(at + 1..))
        .unwrap_or(before);
    if !FUTURE_IN_PAST_RE.is_match(sentence) {
        return None;
    }
    let ws = words(sentence);
    let speech = ws
        .iter()
        .position(|w| reporting::SPEECH_VERBS.contains(&w.as_str()))?;
    let day_named = ws
        .iter()
        .skip(speech + 1)
        .take(3)
        .any(|w| weekday_of(w).is_some());
    Some(day_named)
}

/// `count` of `unit` (day, week, month, year) as a span of the calendar.
pub(super) fn unit_span(unit: &str, count: i64) -> jiff::Span {
    match unit {
        "week" => count.weeks(),
        "month" => count.months(),
        "year" => count.years(),
        _ => count.days(),
    }
}

/// `YYYY-Www` of the week with the number of `anchor`'s ISO week, `years` years away (week 52
/// when that year has no week 53).
pub(super) fn same_week_years_away(anchor: Date, years: i64) -> Option<String> {
    let week = anchor.iso_week_date();
    let year = i16::try_from(i64::from(week.year()).checked_add(years)?).ok()?;
    Date::new(year, 1, 1).ok()?;
    let number = jiff::civil::ISOWeekDate::new(year, week.week(), week.weekday())
        .map_or(52, |_| week.week());
    Some(format!("{year:04}-W{number:02}"))
}

/// The value of the `unit` (day, week, month, year) `offset` units away from `anchor`.
pub(super) fn shifted_value(anchor: Date, unit: &str, offset: i64) -> Option<String> {
    match unit {
        "day" => anchor.checked_add(offset.days()).ok().map(day_value),
        "week" => anchor.checked_add(offset.weeks()).ok().map(week_value),
        "month" => anchor
            .checked_add(offset.months())
            .ok()
            .map(|d| format!("{:04}-{:02}", d.year(), d.month())),
        "year" => anchor
            .checked_add(offset.years())
            .ok()
            .map(|d| format!("{:04}", d.year())),
        _ => None,
    }
}

/// The date of a weekday seen from `anchor`: `last` → strictly before, `next` → strictly after,
/// `this` → within the anchor's ISO week; a bare weekday is the most recent one (the anchor
/// itself included) unless the clause speaks of the future.
pub(super) fn resolve_weekday(
    anchor: Date,
    weekday: Weekday,
    first: &str,
    context: &Context<'_>,
) -> Option<Date> {
    match first {
        "last" => anchor.nth_weekday(-1, weekday).ok(),
        "next" => anchor.nth_weekday(1, weekday).ok(),
        "this" => {
            let monday = anchor
                .checked_sub(i64::from(anchor.weekday().to_monday_zero_offset()).days())
                .ok()?;
            let in_week = monday
                .checked_add(i64::from(weekday.to_monday_zero_offset()).days())
                .ok()?;
            // "it will not be held this Tuesday", written on a Friday: the Tuesday to come.
            if in_week < anchor && context.future() {
                anchor.nth_weekday(1, weekday).ok()
            } else {
                Some(in_week)
            }
        }
        _ if anchor.weekday() == weekday => Some(anchor),
        _ if context.closing_measure() || context.owned_event_looked_back_on() => {
            anchor.nth_weekday(-1, weekday).ok()
        }
        _ if context.future()
            || context.opens_future_clause()
            || context.present_schedule()
            || context.deadline_to_come()
            || context.ahead_by_verb(true)
            || context.expected_object_ahead()
            || context.event_subject_of_future()
            || context.leads_up_to(false)
            || context.deadline_ahead()
            || context.modifier_participle_ahead(false)
            || context.backshifted_ahead()
            || context.subject_of_outlook() =>
        {
            anchor.nth_weekday(1, weekday).ok()
        }
        _ => anchor.nth_weekday(-1, weekday).ok(),
    }
}

/// The date of a bare weekday that the words around it place in another week
/// ([`WEEK_AFTER_WEEKDAY_RE`], [`WEEKS_ON_WEEKDAY_RE`]): in the week after or before the
/// anchor's ISO week, or a week or two after the coming one ("Thursday week", "a fortnight on
/// Saturday", not in a clause of the past). None when nothing around it names a week.
pub(super) fn weekday_in_other_week(
    anchor: Date,
    weekday: Weekday,
    context: &Context<'_>,
) -> Option<Date> {
    let after = WEEK_AFTER_WEEKDAY_RE.captures(context.after(40));
    // "the Friday after next week's vote": "next" qualifies a noun of its own.
    let after_next = after
        .as_ref()
        .and_then(|caps| caps.name("after_next"))
        .is_some_and(|m| !next_word_is_noun(context.after(40).get(m.end()..).unwrap_or("")));
    if after_next {
        return anchor
            .nth_weekday(1, weekday)
            .ok()?
            .checked_add(1.weeks())
            .ok();
    }
    let weeks_on = after
        .as_ref()
        .and_then(|caps| caps.name("week"))
        .or_else(|| {
            WEEKS_ON_WEEKDAY_RE
                .captures(context.before(32))
                .and_then(|caps| caps.name("week"))
                .filter(|_| !context.past())
        });
    if let Some(unit) = weeks_on {
        let weeks: i64 = if unit.as_str().eq_ignore_ascii_case("fortnight") {
            2
        } else {
            1
        };
        return anchor
            .nth_weekday(1, weekday)
            .ok()?
            .checked_add(weeks.weeks())
            .ok();
    }
    let caps = after?;
    let weeks: i64 = if caps.name("which")?.as_str().eq_ignore_ascii_case("next") {
        1
    } else {
        -1
    };
    weekday_of_week(anchor, weekday, weeks)
}

/// Whether the word `after` opens (after one space) is a lower-case word that is no function
/// word: "week's" in "after next week's vote", not "to" in "after next to decide".
pub(super) fn next_word_is_noun(after: &str) -> bool {
    let next: &str = after.strip_prefix(' ').map_or("", |rest| {
        rest.split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
    });
    next.starts_with(|c: char| c.is_lowercase())
        && !crate::word_set!(crate::lexicon::function_words::FUNCTION_WORDS)
            .contains(next.to_lowercase().as_str())
}

/// The `weekday` of the ISO week `weeks` weeks from `anchor`'s (0 its own week).
pub(super) fn weekday_of_week(anchor: Date, weekday: Weekday, weeks: i64) -> Option<Date> {
    anchor
        .checked_sub(i64::from(anchor.weekday().to_monday_zero_offset()).days())
        .ok()?
        .checked_add(weeks.weeks())
        .ok()?
        .checked_add(i64::from(weekday.to_monday_zero_offset()).days())
        .ok()
}

/// How many weeks from the anchor's a weekday's words (lower case) place it when they end in
/// "of last week", "of this week" or "of next week" ("Monday of last week" is -1). None for
/// any other words.
pub(super) fn named_week_offset(ws: &[String]) -> Option<i64> {
    match ws {
        [.., of, which, week] if of == "of" && week == "week" => match which.as_str() {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        },
        _ => None,
    }
}

/// `YYYY-Www-WE` of the weekend an expression names, seen from `anchor`: "last weekend" and
/// "this past weekend" the one before the anchor's week, "next weekend" the one after, "this
/// weekend" the anchor's own (the one just gone when written on a Monday or Tuesday in a clause
/// in the past tense), "the weekend" the most recent one, or the coming one when the clause
/// speaks of the future.
pub(super) fn weekend_value(anchor: Date, ws: &[String], context: &Context<'_>) -> Option<String> {
    let weekday = anchor.weekday().to_monday_one_offset();
    let in_weekend = weekday >= 6;
    let future = context.future() || context.backshifted_ahead() || context.subject_of_outlook();
    let weeks: i64 = match ws.first().map(String::as_str) {
        Some("last") => -1,
        Some("next") => 1,
        Some("this") if ws.get(1).is_some_and(|w| w == "past") => -1,
        Some("this") if weekday <= 2 && !future && context.past() => -1,
        Some("this") => 0,
        _ => match ws.get(1).map(String::as_str) {
            Some("past") => -1,
            Some("coming") if weekday == 7 => 1,
            Some("coming") => 0,
            _ if future && weekday == 7 => 1,
            _ if future || in_weekend => 0,
            _ => -1,
        },
    };
    weekend_weeks_away(anchor, weeks)
}

/// `YYYY-Www-WE` of the weekend `weeks` weeks from the anchor's own week's.
pub(super) fn weekend_weeks_away(anchor: Date, weeks: i64) -> Option<String> {
    let weekday = anchor.weekday().to_monday_one_offset();
    let saturday = anchor
        .checked_add((6 - i64::from(weekday)).days())
        .ok()?
        .checked_add(weeks.weeks())
        .ok()?;
    Some(format!("{}-WE", week_value(saturday)))
}

/// The day a weekend is named by ("the weekend of 16 March", "the weekend of March 16, 2024"):
/// `Some(day)` when the expression names one (`Some(None)` when it does not exist or no year can
/// be placed), None when it names no day.
pub(super) fn weekend_of_day(ws: &[String], context: &Context<'_>) -> Option<Option<Date>> {
    let month = ws.iter().find_map(|w| month_number(w))?;
    let day = written_day(ws)?;
    let year = ws
        .iter()
        .find_map(|w| year_number(w))
        .or_else(|| year_for_day(context, month, day));
    Some(year.and_then(|y| Date::new(y, month, day).ok()))
}

/// The year whose start "the turn of the year" names: the next one in a clause of the future
/// ("will recover by the turn of the year"), the anchor's in one of the past ("slowed at the
/// turn of the year"), else the one starting nearest the anchor.
pub(super) fn turn_of_year(anchor: Date, context: &Context<'_>) -> i16 {
    let future = context.future() || context.future_after();
    let next = if future {
        true
    } else if context.past() {
        false
    } else {
        anchor.month() >= 7
    };
    if next {
        anchor.year().saturating_add(1)
    } else {
        anchor.year()
    }
}

/// The year whose end "year-end" names: the anchor's, but the one just ended when early in the
/// year the clause tells of the past or of what reports on it ("year-end results", written in
/// February).
pub(super) fn year_end_year(anchor: Date, context: &Context<'_>) -> i16 {
    let early = anchor.month() <= 2;
    let looking_back = reports_on_period(context) || (context.past() && !context.future());
    if early && looking_back {
        anchor.year().saturating_sub(1)
    } else {
        anchor.year()
    }
}

/// `2025-Q3` or `2025-H1` for a quarter or half of a year. Without a year the period is the most
/// recent one of that number (the current one included), or the next one when the clause speaks
/// of the future, and it counts only in a paragraph of business or economic reporting
/// ([`CALENDAR_PERIOD_CUES`]) and when no other "of" follows ("the first quarter of the game").
/// `Some(None)` is such a period with no anchor to place it; `None`, no period of the calendar.
pub(super) fn period_value(ws: &[String], context: &Context<'_>) -> Option<Option<String>> {
    let ws = &unglue_fiscal_year(ws);
    // "Q3", "H1" (lower-cased here), or an ordinal before "quarter" or "half".
    let label = ws.iter().find_map(|w| {
        let mut chars = w.chars();
        let letter = chars.next().filter(|c| matches!(c, 'q' | 'h'))?;
        let digit = chars.next()?.to_digit(10)?;
        chars.next().is_none().then_some((letter, digit))
    });
    let compact = ws.first().and_then(|w| compact_period(w, context.anchor));
    let label = label.or(compact.map(|(letter, digit, _)| (letter, digit)));
    let half = ws.iter().any(|w| w == "half") || label.is_some_and(|(letter, _)| letter == 'h');
    let (code, per_year) = if half { ('H', 2) } else { ('Q', 4) };
    let number = match label {
        Some((_, digit)) => i8::try_from(digit).ok()?,
        // "the final half", "the latter half": the second.
        None if half && ws.iter().any(|w| w == "final" || w == "latter") => 2,
        None => ws.iter().find_map(|w| {
            PERIOD_ORDINALS
                .iter()
                .find(|(name, _)| name == w)
                .map(|&(_, n)| n)
        })?,
    };
    if number > per_year || counts_a_run(context) {
        return None;
    }
    let written_year = ws
        .iter()
        .find_map(|w| year_number(w))
        .or_else(|| fiscal_year_of(ws, context.anchor))
        .or(compact.and_then(|(_, _, year)| year));
    let relative = ws
        .iter()
        .rposition(|w| w == "year")
        .and_then(|i| ws.get(i.checked_sub(1)?))
        .map(String::as_str);
    let year = match (written_year, relative) {
        (Some(y), _) => Some(y),
        (None, Some("the")) => context.anchor.map(|a| a.year()),
        (None, Some(_)) => relative_year(ws, context.anchor)?,
        (None, None) => {
            let followed_by_of = context
                .after(4)
                .trim_start()
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("of "));
            // "Q2 results": a noun of what is reported on a period makes it one of the calendar.
            let business = context.paragraph_has_word(crate::word_set!(CALENDAR_PERIOD_CUES))
                || reports_on_period(context)
                || finance_paragraph(context);
            if followed_by_of || !business || names_no_calendar_period(context) {
                return None;
            }
            period_year(context, number, per_year)
        }
    };
    Some(year.map(|y| format!("{y:04}-{code}{number}")))
}

/// The words of a period with its financial year glued to its label ("q2fy26" → "q2", "fy26"),
/// as "Q2 FY26" gives them; other words as they are.
pub(super) fn unglue_fiscal_year(ws: &[String]) -> Vec<String> {
    ws.iter()
        .flat_map(|w| {
            let glued = w.len() > 4
                && w.starts_with(['q', 'h'])
                && w.get(2..4) == Some("fy")
                && w.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
            match (glued, w.get(..2), w.get(2..)) {
                (true, Some(label), Some(year)) => vec![label.to_string(), year.to_string()],
                _ => vec![w.clone()],
            }
        })
        .collect()
}

/// The year of a financial year written "FY26", "FY 26" or "fy2026" among `ws` (lower case),
/// a year of two digits read as [`two_digit_year`] reads it; "FY2025-26" is the year it ends,
/// as "FY26" is. None when no such word stands.
pub(super) fn fiscal_year_of(ws: &[String], anchor: Option<Date>) -> Option<i16> {
    let at = ws.iter().position(|w| w.starts_with("fy"))?;
    let digits = match &ws[at]["fy".len()..] {
        "" => ws.get(at + 1)?.as_str(),
        rest => rest,
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match digits.len() {
        4 => {
            let first = year_number(digits)?;
            let ends_next = ws
                .get(at + 1)
                .and_then(|w| w.parse::<i16>().ok())
                .is_some_and(|two| two == (first + 1) % 100);
            Some(if ends_next { first + 1 } else { first })
        }
        2 => Some(two_digit_year(digits.parse().ok()?, anchor)),
        _ => None,
    }
}

/// Whether a period with an ordinal counts a run of periods ("the fourth quarter in a row", "a
/// second straight quarter", "the third quarter running."): a word of [`SUCCESSION_AFTER`]
/// right after it, or of [`SUCCESSION_BEFORE`] right before it. A single word after it counts
/// only before punctuation or a capital ("the third quarter running costs" is no run).
pub(super) fn counts_a_run(context: &Context<'_>) -> bool {
    let previous = last_word(context.before(16)).to_lowercase();
    if SUCCESSION_BEFORE.contains(&previous.as_str()) {
        return true;
    }
    let after = context.after(24);
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    SUCCESSION_AFTER.iter().any(|phrase| {
        let Some(head) = rest.get(..phrase.len()) else {
            return false;
        };
        let tail = &rest[phrase.len()..];
        let bounded = !tail.starts_with(|c: char| c.is_alphanumeric());
        let single = !phrase.contains(' ');
        let closes = !tail.trim_start().starts_with(char::is_lowercase);
        head.eq_ignore_ascii_case(phrase) && bounded && (!single || closes)
    })
}

/// Whether a bare "Q3" or "H1" is no period of the calendar: a fiscal year the period's pattern
/// did not take in follows it (the pattern reads "Q3 FY24" and "Q3 fiscal 2024" whole), or a
/// capitalised word other than the first of its sentence stands right before it, making it a
/// model's name ("the Audi Q4 costs $50,000"; "Apple's Q4" and "In Q4" still count).
pub(super) fn names_no_calendar_period(context: &Context<'_>) -> bool {
    let next = context.after(12).trim_start();
    let fiscal = next.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("FY"))
        || next
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case("fiscal"));
    let before = context.before(40);
    let name = before.ends_with(' ')
        && before.trim_end().rsplit(' ').next().is_some_and(|word| {
            word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)
        })
        && last_clause(before).trim().contains(' ');
    fiscal || name
}

/// The letter, number and year of a quarter or half written the analysts' way, number first:
/// "2q24" (lower-cased) is `('q', 2, Some(2024))`, "3q" (before a year written apart) is
/// `('q', 3, None)`. None for any other word.
pub(super) fn compact_period(word: &str, anchor: Option<Date>) -> Option<(char, u32, Option<i16>)> {
    let mut chars = word.chars();
    let digit = chars.next()?.to_digit(10)?;
    let letter = chars.next().filter(|c| matches!(c, 'q' | 'h'))?;
    let rest = chars.as_str();
    let year = match rest.len() {
        0 => None,
        2 => Some(two_digit_year(rest.parse().ok()?, anchor)),
        _ => return None,
    };
    Some((letter, digit, year))
}

/// Whether the paragraph of the candidate speaks of money or deals, not of a game: it holds a
/// word of [`FINANCE_PERIOD_CUES`], a currency sign or a percentage, and no word of
/// [`GAME_PERIOD_WORDS`] ("The campaign raised $12.4 million in the third quarter").
pub(super) fn finance_paragraph(context: &Context<'_>) -> bool {
    let paragraph = context
        .text
        .get(context.range.start..context.range.end)
        .unwrap_or("");
    let money = paragraph.contains(['$', '£', '€', '¥', '%'])
        || context.paragraph_has_word(crate::word_set!(FINANCE_PERIOD_CUES));
    money && !context.paragraph_has_word(crate::word_set!(GAME_PERIOD_WORDS))
}

/// The year of period `number` of `per_year` (quarters or halves) told of without one: the
/// most recent such period (the current one included), or the next one when the clause speaks
/// of the future. None without an anchor.
pub(super) fn period_year(context: &Context<'_>, number: i8, per_year: i8) -> Option<i16> {
    let a = context.anchor?;
    let current = (a.month() - 1) / (12 / per_year) + 1;
    // "will report fourth-quarter results", written in January: the quarter just ended.
    let just_ended = number % per_year + 1 == current && reports_on_period(context);
    // "The company expects growth in the second half": a forecast in the present is to come.
    // "Second-quarter earnings are due in July": a future word after the period counts too.
    let future =
        (context.future() || context.present_schedule() || context.future_after()) && !just_ended;
    Some(if future && number < current {
        a.year().saturating_add(1)
    } else if !future && number > current {
        a.year().saturating_sub(1)
    } else {
        a.year()
    })
}

/// `2023-Q4` for a quarter named by its months ("the October-December quarter", "the December
/// quarter", "the three months to September 30"): the quarter its last month ends, of the year
/// written after it or else placed as [`period_year`] places it (no value without an anchor).
/// None when its last month ends no calendar quarter.
pub(super) fn month_quarter_value(ws: &[String], context: &Context<'_>) -> Option<Option<String>> {
    let last_month = ws.iter().rev().find_map(|w| month_number(w))?;
    if last_month % 3 != 0 {
        return None;
    }
    let number = last_month / 3;
    let year = match ws.iter().find_map(|w| year_number(w)) {
        Some(y) => Some(y),
        None => period_year(context, number, 4),
    };
    Some(year.map(|y| format!("{y:04}-Q{number}")))
}

/// Whether the word after a period is one of [`PERIOD_RESULT_NOUNS`] ("fourth-quarter
/// results").
pub(super) fn reports_on_period(context: &Context<'_>) -> bool {
    let after = context.after(16);
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    after.starts_with(' ') && PERIOD_RESULT_NOUNS.contains(&next.to_lowercase().as_str())
}

/// A quarter named from the anchor's ("last quarter", "this quarter", "next quarter"): the
/// anchor's calendar quarter moved by `offset`, as `2024-Q1`. It counts only in a paragraph of
/// business or economic reporting, and not as "the last quarter" or before "of" ("this quarter
/// of the city"), as [`period_value`] reads quarters.
pub(super) fn relative_quarter(context: &Context<'_>, offset: i64) -> Option<Option<String>> {
    let followed_by_of = context
        .after(4)
        .trim_start()
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("of "));
    let business = context.paragraph_has_word(crate::word_set!(CALENDAR_PERIOD_CUES));
    if followed_by_of || !business || preceded_by_the(context) {
        return None;
    }
    Some(context.anchor.and_then(|a| {
        let moved = a
            .first_of_month()
            .checked_add(offset.saturating_mul(3).months())
            .ok()?;
        Some(format!(
            "{:04}-Q{}",
            moved.year(),
            (moved.month() - 1) / 3 + 1
        ))
    }))
}

/// Whether a month abbreviation written alone with its full stop ("Feb.") is the month: a word
/// of [`ABBREVIATED_MONTH_CUES`] comes right before it ("took effect in Feb.").
pub(super) fn abbreviated_month_is_month(context: &Context<'_>) -> bool {
    let before = context.before(16);
    before.ends_with(' ')
        && ABBREVIATED_MONTH_CUES.contains(&last_word(before).to_lowercase().as_str())
}

/// Whether "the 14th" names a day of the month: a word such as "on" or "until" comes before it,
/// nothing joins it to a noun after ("the 14th century", "the 21st-century", "the 14th of 20
/// stages"), and the paragraph is not about golf holes.
pub(super) fn day_of_month(context: &Context<'_>) -> bool {
    let previous = last_word(context.before(16)).to_lowercase();
    if !DAY_OF_MONTH_CUES.contains(&previous.as_str()) {
        return false;
    }
    let after = context.after(24);
    let next_word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let joined = after.starts_with(['-', '\u{2010}', '\u{2011}']);
    let noun_follows = !next_word.is_empty()
        && (next_word == "of"
            || !next_word.starts_with(char::is_lowercase)
            || !crate::lexicon::function_words::is_function_word(&next_word));
    let golf = context.paragraph_has_word(crate::word_set!(GOLF_WORDS));
    !(joined || noun_follows || golf)
}

/// The date of day `day` of a month seen from `anchor`: the most recent such day (the anchor's
/// month when the day has come, else the month before), or the next one when the clause speaks
/// of the future. None when that month has no such day.
pub(super) fn resolve_day_of_month(anchor: Date, day: i8, future: bool) -> Option<String> {
    let month_start = anchor.first_of_month();
    let months: i64 = if future && day < anchor.day() {
        1
    } else if !future && day > anchor.day() {
        -1
    } else {
        0
    };
    let month = month_start.checked_add(months.months()).ok()?;
    Date::new(month.year(), month.month(), day)
        .ok()
        .map(day_value)
}

/// `YYYY-MM-DD`.
pub(super) fn day_value(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `YYYY-Www` of the ISO week holding `date`.
pub(super) fn week_value(date: Date) -> String {
    let week = date.iso_week_date();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// The ISO week of "the first week of May" (words `ws`): the week holding the 1st, 8th, 15th or
/// 22nd of the month, or its last day for "the last week". A month without a written year
/// takes the year a bare month would, and one up to half a year ahead in a clause with no
/// past verb is this year's: a week named in a month is a timetable ("The sale runs in the
/// last week of June"). "The last weekend of June" is the "-WE" of the week of its month's last
/// (or first, second …) Saturday.
pub(super) fn week_of_month_value(ws: &[String], context: &Context<'_>) -> Option<String> {
    let month = ws.iter().find_map(|w| month_number(w))?;
    let day = ws
        .get(1)
        .and_then(|w| WEEK_OF_MONTH_ORDINALS.iter().find(|(o, _)| o == w))?
        .1;
    let year = timetable_month_year(ws, month, context)?;
    // "the last weekend of June": the weekend of the month's last (or first, second …)
    // Saturday.
    if ws.iter().any(|w| w == "weekend") {
        let nth: i8 = match ws.get(1).map(String::as_str)? {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => -1,
        };
        let saturday = Date::new(year, month, 1)
            .ok()?
            .nth_weekday_of_month(nth, Weekday::Saturday)
            .ok()?;
        return Some(format!("{}-WE", week_value(saturday)));
    }
    let date = match day {
        Some(d) => Date::new(year, month, d).ok()?,
        None => Date::new(year, month, 1).ok()?.last_of_month(),
    };
    Some(week_value(date))
}

/// The day of "the first Monday in June", "the last Friday of the month" or "the second
/// Tuesday of next month" (words `ws`): the weekday counted from the month's start, or back
/// from its end for "last" and "final". A named month takes its year as in
/// [`week_of_month_value`]; "the month", "this month", "next month" and "last month" are
/// counted from the anchor's, and a day of "the month" gone by in a future clause from the
/// next month's.
pub(super) fn weekday_of_month_value(ws: &[String], context: &Context<'_>) -> Option<String> {
    let (nth, weekday) = nth_weekday_of(ws)?;
    let named = ws.iter().find_map(|w| month_number(w));
    let first = match named {
        Some(month) => Date::new(timetable_month_year(ws, month, context)?, month, 1).ok()?,
        None => first_of_month_away(context.anchor?, month_offset_of(ws).unwrap_or(0))?,
    };
    let day = first.nth_weekday_of_month(nth, weekday).ok()?;
    // "The fete will be back on the first Saturday of the month": a day of "the month"
    // already gone by, in a clause of the future, is next month's.
    let gone = context.anchor.is_some_and(|a| day < a);
    if gone && named.is_none() && month_offset_of(ws).is_none() && context.future() {
        let next = first.checked_add(1.months()).ok()?;
        return Some(day_value(next.nth_weekday_of_month(nth, weekday).ok()?));
    }
    Some(day_value(day))
}

/// The count and weekday of "the first Monday", "the last Friday" (words `ws`, "the" first):
/// 1 to 4 from the month's start, -1 back from its end.
pub(super) fn nth_weekday_of(ws: &[String]) -> Option<(i8, Weekday)> {
    let nth = match ws
        .get(1)
        .and_then(|w| WEEK_OF_MONTH_ORDINALS.iter().find(|(o, _)| o == w))?
        .1
    {
        Some(first_day) => (first_day - 1) / 7 + 1,
        None => -1,
    };
    Some((nth, ws.get(2).and_then(|w| weekday_of(w))?))
}

/// The day `day` of the month `offset` months from the anchor's ("the 14th of next month"), if
/// that month has it.
pub(super) fn day_of_month_away(anchor: Date, offset: i32, day: i8) -> Option<String> {
    let first = first_of_month_away(anchor, offset)?;
    Some(day_value(Date::new(first.year(), first.month(), day).ok()?))
}

/// How many months from the anchor's a phrase ending in "next month" (1), "this month" (0) or
/// "last month" (-1) names (words `ws`); None for any other ending ("the month", "the 14th").
pub(super) fn month_offset_of(ws: &[String]) -> Option<i32> {
    match ws.iter().rev().nth(1).map(String::as_str)? {
        "next" => Some(1),
        "this" => Some(0),
        "last" => Some(-1),
        _ => None,
    }
}

/// The first day of the month `offset` months from the anchor's.
pub(super) fn first_of_month_away(anchor: Date, offset: i32) -> Option<Date> {
    anchor.first_of_month().checked_add(offset.months()).ok()
}

/// The year of a month named in a timetable ("the last week of June", "the first Monday in
/// June", words `ws`): the year written, else one up to half a year ahead in a clause with no
/// past verb is this year's, else the year a bare month would take.
fn timetable_month_year(ws: &[String], month: i8, context: &Context<'_>) -> Option<i16> {
    Some(match ws.iter().find_map(|w| year_number(w)) {
        Some(y) => y,
        None => {
            let anchor = context.anchor?;
            let ahead = i32::from(month) - i32::from(anchor.month());
            if (1..=FUTURE_AFTER_MONTHS).contains(&ahead) && !context.past_in(true, true) {
                anchor.year()
            } else {
                year_for_month(context, month)?
            }
        }
    })
}
