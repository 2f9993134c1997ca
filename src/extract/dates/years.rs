//! Which year a month, day, weekday or holiday without one belongs to, and spans of days and years.

use super::*;

/// Months ahead of the anchor's that a month told of before a future word is still this year's.
pub(super) const FUTURE_AFTER_MONTHS: i32 = 6;

/// The year in which month `month` most plausibly falls, seen from the candidate's anchor: news
/// looks back, so the most recent such month (up to two months ahead still counts as this year
/// unless the clause is in the past), or the next one on or after the anchor's month when the
/// clause speaks of the future.
pub(super) fn year_for_month(context: &Context<'_>, month: i8) -> Option<i16> {
    let anchor = context.anchor?;
    let year = anchor.year();
    let anchor_month = anchor.month();
    // "crude for April delivery", "December corn futures": a contract matures ahead.
    if context.contract_month() {
        return Some(if month >= anchor_month {
            year
        } else {
            year.saturating_add(1)
        });
    }
    if let Some(future) = future_event_year_before(context) {
        return Some(future);
    }
    // "originally scheduled for December but postponed": a plan given up is read as the
    // nearest such month, half a year either side.
    if context.superseded_plan() {
        let ahead = i32::from(month) - i32::from(anchor_month);
        return Some(if ahead > FUTURE_AFTER_MONTHS {
            year.saturating_sub(1)
        } else if ahead < -FUTURE_AFTER_MONTHS {
            year.saturating_add(1)
        } else {
            year
        });
    }
    // "The stores have stayed open since January": a span since a month began at or before
    // the anchor, whatever word of the future stands near.
    if last_word(context.before(16)).eq_ignore_ascii_case("since")
        && context.before(16).ends_with(char::is_whitespace)
    {
        return Some(if month <= anchor_month {
            year
        } else {
            year.saturating_sub(1)
        });
    }
    // "a pay rise backdated to April": what reaches back runs from a month gone by.
    if context.reaches_back() {
        return Some(if month <= anchor_month {
            year
        } else {
            year.saturating_sub(1)
        });
    }
    // "In May, the valley will vote": a month opening a clause of the future.
    if context.future()
        || context.progressive_plan_from()
        || context.deadline_of()
        || context.event_subject_of_future()
        || context.opens_future_clause()
    {
        // "The show runs from 28 February", written in March: a span under way since then.
        let under_way = (1..=2).contains(&(anchor_month - month))
            && UNDER_WAY_FROM_RE.is_match(context.before(FUTURE_WORD_REACH));
        return Some(if month >= anchor_month || under_way {
            year
        } else {
            year.saturating_add(1)
        });
    }
    let ahead = i32::from(month) - i32::from(anchor_month);
    // "The election on 4 July will be the first", in an article of March: up to half a year
    // ahead is this year's when a future word follows.
    if (1..=FUTURE_AFTER_MONTHS).contains(&ahead) && context.future_after() {
        return Some(year);
    }
    // "sets up a November rematch", "polls ahead of the June election", in an article of
    // March: a month before the noun of an event, in a clause not of the past, is the one to
    // come.
    if ahead > 0 && context.scheduled_event_after() && !context.past() {
        return Some(year);
    }
    // "Exams run from June 3", "promised a decision by April 2": the verb governing the date
    // sets it ahead, whatever tense another verb of the sentence has.
    if ahead > 0 && (context.ahead_by_verb(false) || context.expected_object_ahead()) {
        return Some(year);
    }
    // "Those hired after June 1 will be exempt": a participle phrase picking out who a future
    // clause concerns.
    if ahead > 0 && context.modifier_participle_ahead(true) {
        return Some(year);
    }
    // "Schools were closed through June 30": a measure in force runs ahead.
    if ahead > 0 && context.measure_in_force_until() {
        return Some(year);
    }
    // "She said the report was due in August", "Aides said a vote was unlikely before June",
    // in an article of April: what was due or likely when it was told is to come, the nearest
    // such month ahead (a month already gone by this year keeps the last one).
    if ahead > 0 && context.backshifted_ahead() {
        return Some(year);
    }
    // "dissolved on Friday ahead of a snap poll in April": what is awaited soon is to come.
    if (1..=LEADS_UP_TO_MONTHS).contains(&ahead) && context.leads_up_to(true) {
        return Some(year);
    }
    // "He was arrested in May", in an article of March: last May.
    if ahead > 2 || (ahead > 0 && context.past()) {
        Some(year.saturating_sub(1))
    } else {
        Some(year)
    }
}

/// A year after the anchor's, written earlier in the candidate's clause after a word of
/// [`EVENT_YEAR_LEADS`] ("The city hosts the 2027 summit, probably in November"): the year of
/// a yearless month told of after it. Not a year that opens or closes a span ("2027-28").
pub(super) fn future_event_year_before(context: &Context<'_>) -> Option<i16> {
    let anchor = context.anchor?;
    let clause = last_clause(context.before(FUTURE_WORD_REACH));
    let leads = crate::word_set!(EVENT_YEAR_LEADS);
    let (at, year) = letter_or_digit_words(clause)
        .filter_map(|(at, w)| Some((at, year_number(w)?)))
        .last()?;
    let lead = last_word(clause.get(..at).unwrap_or("")).to_lowercase();
    let after = clause.get(at + 4..).unwrap_or("");
    let span_end = after.starts_with(['-', '–', '/']);
    let span_start = clause
        .get(..at)
        .is_some_and(|b| b.ends_with(['-', '–', '/']));
    (year > anchor.year() && leads.contains(lead.as_str()) && !span_end && !span_start)
        .then_some(year)
}

/// Each run of ASCII letters or digits in `text`, with its byte offset.
pub(super) fn letter_or_digit_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(at, c)| {
            if c.is_ascii_alphanumeric() {
                start.get_or_insert(at);
                None
            } else {
                let from = start.take()?;
                Some((from, text.get(from..at)?))
            }
        })
}

/// The year of a day `day` of month `month`, as [`year_for_month`] finds it, and a day later in
/// the anchor's own month told of in the past is last year's ("The accident happened on March
/// 12", in an article of March 5).
pub(super) fn year_for_day(context: &Context<'_>, month: i8, day: i8) -> Option<i16> {
    let year = year_for_month(context, month)?;
    let later_this_month = context
        .anchor
        .is_some_and(|a| a.year() == year && a.month() == month && day > a.day());
    let year = if later_this_month
        && !context.future()
        && !context.deadline_of()
        && !context.ahead_by_verb(false)
        && !context.expected_object_ahead()
        && !context.event_subject_of_future()
        && !context.superseded_plan()
        && !context.leads_up_to(true)
        && !context.modifier_participle_ahead(true)
        && !context.measure_in_force_until()
        && !context.backshifted_ahead()
        && !context.opens_future_clause()
        && context.past()
    {
        year.saturating_sub(1)
    } else {
        year
    };
    // "the closing price on Feb. 29" in a clause of the future: a day that the year read has
    // not is of the nearest year that has it.
    match context.anchor {
        Some(anchor) if Date::new(year, month, day).is_err() => (1..=4)
            .flat_map(|n: i16| {
                [
                    anchor.year().saturating_sub(n - 1),
                    anchor.year().saturating_add(n),
                ]
            })
            .find(|&y| Date::new(y, month, day).is_ok())
            .or(Some(year)),
        _ => Some(year),
    }
}

/// The year of the first day `day` of month `month` after `anchor` (`ahead`), or of the last
/// one before it.
pub(super) fn year_of_day_beside(anchor: Date, month: i8, day: i8, ahead: bool) -> Option<i16> {
    let step: i16 = if ahead { 1 } else { -1 };
    (0..=4)
        .map(|n| anchor.year().saturating_add(n * step))
        .find(|&y| {
            Date::new(y, month, day).is_ok_and(|d| if ahead { d > anchor } else { d < anchor })
        })
}

/// The anchor's year for day `day` of month `month` after "next" (`ahead`) or "last" and a
/// weekday, when that day of the anchor's year lies on the other side of the anchor than the
/// lead word says but falls on the weekday named: "last Friday, March 8", written on a Tuesday
/// before that Friday, is a slip of the lead word, not a day a year before. `None` when the
/// lead word and the anchor's year agree, or the weekday does not fit.
pub(super) fn lead_word_slip_year(
    anchor: Date,
    month: i8,
    day: i8,
    ahead: bool,
    weekday: Option<Weekday>,
) -> Option<i16> {
    let date = Date::new(anchor.year(), month, day).ok()?;
    let wrong_side = if ahead { date < anchor } else { date > anchor };
    (wrong_side && Some(date.weekday()) == weekday).then_some(anchor.year())
}

/// The year, of `guess` and the years either side of the anchor's (nearest to `guess` first),
/// in which day `day` of month `month` falls on `weekday`.
pub(super) fn year_of_weekday(
    weekday: Weekday,
    month: i8,
    day: i8,
    guess: i16,
    anchor: Option<Date>,
) -> Option<i16> {
    let year = anchor?.year();
    let mut candidates = [guess, year, year.saturating_sub(1), year.saturating_add(1)];
    candidates[1..].sort_by_key(|y| (i32::from(*y) - i32::from(guess)).abs());
    candidates
        .into_iter()
        .find(|&y| Date::new(y, month, day).is_ok_and(|d| d.weekday() == weekday))
}

/// A day and month, with the year when known: a value such as `2022-01-21` or `XXXX-01-21`, or
/// None when the day does not exist in that month.
pub(super) fn month_day_value(year: Option<i16>, month: i8, day: i8) -> Option<String> {
    match year {
        Some(y) => Date::new(y, month, day).ok().map(day_value),
        None => Date::new(2000, month, day)
            .ok()
            .map(|_| format!("XXXX-{month:02}-{day:02}")),
    }
}

/// A holiday's rule for its day.
#[derive(Debug, Clone, Copy)]
pub(super) enum Holiday {
    /// A month and day (`Christmas Day`).
    Fixed(i8, i8),
    /// Days from Easter Sunday (`Good Friday` is -2).
    Easter(i8),
    /// The nth weekday of a month, counted from its end when negative (`Thanksgiving`).
    NthWeekday(i8, i8, Weekday),
}

impl Holiday {
    /// The month the holiday falls in (Easter's in April, most years).
    pub(super) fn month(self) -> i8 {
        match self {
            Holiday::Fixed(month, _) | Holiday::NthWeekday(month, ..) => month,
            Holiday::Easter(_) => 4,
        }
    }

    /// The holiday's day in `year`.
    pub(super) fn in_year(self, year: i16) -> Option<Date> {
        match self {
            Holiday::Fixed(month, day) => Date::new(year, month, day).ok(),
            Holiday::Easter(offset) => easter_sunday(year)?
                .checked_add(jiff::Span::new().days(i64::from(offset)))
                .ok(),
            Holiday::NthWeekday(month, nth, weekday) => Date::new(year, month, 1)
                .ok()?
                .nth_weekday_of_month(nth, weekday)
                .ok(),
        }
    }
}

/// The holiday `text` opens with (`Christmas Day, 2020`, `Good Friday`, `Thanksgiving`).
pub(super) fn holiday_of(text: &str) -> Option<Holiday> {
    let text = text.replace('’', "'");
    let fixed = FIXED_HOLIDAYS
        .iter()
        .find(|(name, _, _)| text.starts_with(name))
        .map(|&(_, month, day)| Holiday::Fixed(month, day));
    let easter = || {
        EASTER_HOLIDAYS
            .iter()
            .find(|(name, _)| text.starts_with(name))
            .map(|&(_, offset)| Holiday::Easter(offset))
    };
    let weekday = || {
        WEEKDAY_HOLIDAYS
            .iter()
            .find(|(name, ..)| text.starts_with(name))
            .and_then(|&(_, month, nth, day)| {
                Some(Holiday::NthWeekday(month, nth, weekday_of(day)?))
            })
    };
    fixed.or_else(easter).or_else(weekday)
}

/// The year of a holiday placed by `which` ("last", "this" or "next") from `anchor`: "this
/// Christmas" is the anchor year's, "last Christmas" the latest before the anchor, "next
/// Easter" the first after it.
pub(super) fn year_of_led_holiday(holiday: Holiday, which: &str, anchor: Date) -> Option<i16> {
    let year = anchor.year();
    let day = holiday.in_year(year)?;
    Some(match which {
        "last" if day >= anchor => year.checked_sub(1)?,
        "next" if day <= anchor => year.checked_add(1)?,
        _ => year,
    })
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus).
pub(super) fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Whether a holiday candidate that is only a bare name (`Christmas`, `Easter`) is the day: it
/// follows a preposition (`over Easter`) and no capitalised word follows it (`Easter Island`).
pub(super) fn bare_holiday_is_day(context: &Context<'_>) -> bool {
    let text = context.span.of(context.text);
    if !BARE_HOLIDAYS.contains(&text) {
        return true;
    }
    let before = context.before(40);
    let previous_word = last_word(before);
    let previous = previous_word.to_lowercase();
    // "ahead of Christmas", "in the run-up to Easter": a preposition of two words.
    let head = before
        .trim_end()
        .strip_suffix(previous_word)
        .map(last_word)
        .unwrap_or("")
        .to_lowercase();
    let two_word = BARE_HOLIDAY_TWO_WORD_PREPOSITIONS
        .iter()
        .any(|&(first, second)| first == head && second == previous);
    let next_capitalised = context
        .after(24)
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    // "Easter falls on 31 March": the holiday is the subject of where it falls.
    let falls_on = HOLIDAY_FALLS_ON_RE
        .find(context.after(40))
        .and_then(|m| context.after(40).get(m.end()..))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()));
    ((BARE_HOLIDAY_PREPOSITIONS.contains(&previous.as_str()) || two_word) && !next_capitalised)
        || falls_on
}

/// The numeric day of a token such as `21`, `21st`.
pub(super) fn day_number(word: &str) -> Option<i8> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// The day of the month among the words of an expression: the first word of at most four
/// characters that opens with a digit and reads as a day ("16", "3rd").
pub(super) fn written_day(ws: &[String]) -> Option<i8> {
    ws.iter().find_map(|w| {
        (w.starts_with(|c: char| c.is_ascii_digit()) && w.len() <= 4)
            .then(|| day_number(w))
            .flatten()
    })
}

/// A four-digit year token.
pub(super) fn year_number(word: &str) -> Option<i16> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok()
    } else {
        None
    }
}

/// `last/this/next year` relative to the anchor.
pub(super) fn relative_year(words: &[String], anchor: Option<Date>) -> Option<Option<i16>> {
    let pos = words.iter().position(|w| w == "year")?;
    let which = words.get(pos.checked_sub(1)?)?;
    let offset = match which.as_str() {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    Some(anchor.map(|a| a.year().saturating_add(offset)))
}

/// The days of a span, choice or list in one month ("11-22 November", "November 11 to 22,
/// 2024", "12 or 13 April", "8, 9 and 10 June"): one mention each, each day's written part,
/// all of the month and year the match names. `first` and `second` are the byte ranges within
/// the match of the first half (one day, or the days of a list before its last link, split at
/// their commas) and of the last day.
pub(super) fn interpret_day_range(
    context: &Context<'_>,
    first: std::ops::Range<usize>,
    second: std::ops::Range<usize>,
) -> Vec<Found> {
    let whole = context.span.of(context.text);
    let ws = words(whole);
    let Some(month) = ws.iter().find_map(|w| month_number(w)) else {
        return Vec::new();
    };
    let mut parts: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from = first.start;
    for (at, _) in whole.get(first.clone()).unwrap_or("").match_indices(',') {
        parts.push(from..first.start + at);
        from = first.start + at + 1;
    }
    parts.push(from..first.end);
    parts.push(second);
    let mut halves = Vec::with_capacity(parts.len());
    for part in parts {
        let trimmed = whole.get(part.clone()).unwrap_or("");
        let lead = trimmed.len() - trimmed.trim_start().len();
        let part = part.start + lead..part.end;
        let day = words(whole.get(part.clone()).unwrap_or(""))
            .iter()
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()) && w.len() <= 4)
            .find_map(|w| day_number(w));
        let Some(day) = day else {
            return Vec::new();
        };
        halves.push((part, day));
    }
    // "3 to 19 February last year": the days in the year named from the anchor's.
    let year = match ws.iter().find_map(|w| year_number(w)) {
        Some(y) => Some(y),
        None => match relative_year(&ws, context.anchor) {
            Some(resolved) => resolved,
            None => year_for_month(context, month),
        },
    };
    let start = context.span.start;
    // "since October 7 to 30,631": the last "day" heads a figure grouped in thousands.
    let grouped_figure = context
        .after(2)
        .strip_prefix(',')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    // "by March 3, 10 and 15 people had left": a list after the month's day that a noun follows
    // counts things, not days.
    let listed_after_month = halves.len() > 2
        && halves.first().is_some_and(|(half, _)| {
            whole
                .get(half.clone())
                .is_some_and(|t| words(t).iter().any(|w| month_number(w).is_some()))
        });
    let counted_after = listed_after_month && noun_follows(context.after(24));
    if grouped_figure || counted_after || halves.windows(2).any(|pair| pair[0].1 >= pair[1].1) {
        // No span ("10 to 5 June"): only the half that names the month is a date.
        halves.retain(|(half, _)| {
            context
                .text
                .get(start + half.start..start + half.end)
                .is_some_and(|t| words(t).iter().any(|w| month_number(w).is_some()))
        });
    }
    halves
        .into_iter()
        .map(|(half, day)| Found {
            span: Span::new(start + half.start, start + half.end),
            value: month_day_value(year, month, day),
            modifier: None,
            time: None,
            grain: Grain::Day,
        })
        .collect()
}

/// Whether `after` (the text right after a candidate) opens with a lower-case word that is no
/// function word ("… 15 people"), so that the figures before it count that noun.
pub(super) fn noun_follows(after: &str) -> bool {
    let rest = after.trim_start();
    if rest.len() == after.len() {
        return false;
    }
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    word.starts_with(|c: char| c.is_lowercase())
        && !crate::lexicon::function_words::is_function_word(&word)
}

/// A decade cut to two figures right after a decade and joined to it ("the 1960s and 70s",
/// "the 1980s and '90s", "the 1920s-30s"): a decade of the first one's century.
pub(super) static PAIRED_DECADE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?i:and|or|to|through|into|until|till)\s+|\s*[-–]\s*)(?P<decade>['’]?(?P<digit>[0-9])0s)(?-u:\b)")
        .expect("the paired-decade pattern is a valid regex")
});

/// The decade after `first` that [`PAIRED_DECADE_RE`] finds, as a mention of its own.
pub(super) fn paired_decade(context: &Context<'_>, first: &Found) -> Option<Found> {
    let value = first.value.as_deref()?;
    if !value.ends_with('X') || value.ends_with("XX") {
        return None;
    }
    let century = value.get(..2)?;
    let caps = PAIRED_DECADE_RE.captures(context.after(24))?;
    let decade = caps.name("decade")?;
    let digit = caps.name("digit")?.as_str();
    let start = first.span.end + decade.start();
    Some(Found {
        span: Span::new(start, first.span.end + decade.end()),
        value: Some(format!("{century}{digit}X")),
        modifier: None,
        time: None,
        grain: Grain::Other,
    })
}

/// A span of years written "2022-23", "2023/24" or "FY2023-24" (a financial year or a season):
/// one mention of the whole span. A span of one year is valued as the year it ends, the year
/// that names a financial year ("FY24", "fiscal 2024"), so "2023-24" and "FY24" agree; a longer
/// span ("the 2020-25 plan") as its first year. The second is read in the first one's century
/// ("1999-00" ends in 2000). When the second is no later year ("2024-03") or more figures
/// follow ("2022-23-41"), only the first is a year, as it is alone.
pub(super) fn interpret_year_span(
    context: &Context<'_>,
    first: std::ops::Range<usize>,
    second: std::ops::Range<usize>,
) -> Vec<Found> {
    let start = context.span.start;
    let half = |range: &std::ops::Range<usize>| Span::new(start + range.start, start + range.end);
    let (first_span, second_span) = (half(&first), half(&second));
    let first_text = first_span.of(context.text);
    let digits = first_text
        .len()
        .checked_sub(4)
        .and_then(|at| first_text.get(at..));
    let Some(year) = digits.and_then(year_number) else {
        return Vec::new();
    };
    if !year_is_date(context) {
        return Vec::new();
    }
    let year_found = |span: Span, year: i16| Found {
        span,
        value: Some(format!("{year:04}")),
        modifier: None,
        time: None,
        grain: Grain::Other,
    };
    let after = context.after(2).as_bytes();
    let more_figures = after.len() == 2
        && matches!(after[0], b'-' | b'/' | b'.' | b':' | b',')
        && after[1].is_ascii_digit();
    let two = second_span.of(context.text).parse::<i16>().ok();
    let second_year = two.map(|two| year - year % 100 + two).and_then(|y| {
        if y > year {
            Some(y)
        } else {
            (year % 100 == 99 && y + 100 == year + 1).then_some(year + 1)
        }
    });
    match second_year {
        Some(last) if !more_figures && !context.after(1).starts_with('%') => {
            let value = if last == year + 1 { last } else { year };
            vec![year_found(
                Span::new(first_span.start, second_span.end),
                value,
            )]
        }
        _ => vec![year_found(first_span, year)],
    }
}
