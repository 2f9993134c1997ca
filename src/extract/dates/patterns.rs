//! The patterns of the date scanner and the cue expressions the rules read around a candidate.

use super::*;

/// The patterns, one named group per kind of expression, in priority order.
pub(super) fn date_patterns() -> Vec<String> {
    let month_full = alternation(MONTHS.iter().map(|(name, _)| *name));
    let month_abbr = alternation(MONTH_ABBREVIATIONS.iter().map(|(name, _)| *name));
    let month_any = format!(r"(?:(?:{month_full})|(?:{month_abbr})\.?)");
    // A weekday in full ("Friday") or, in US copy, capitalised and abbreviated with its full
    // stop ("Fri.", "Tues."); the stop stands for the word boundary after it.
    let weekday = format!(
        r"(?:{})(?-u:\b)|(?:{})\.",
        alternation(WEEKDAYS.iter().copied()),
        alternation(WEEKDAY_ABBREVIATIONS.iter().copied())
    );
    // "next Sunday, Aug. 24": a word placing the weekday, which the explicit date then settles.
    let weekday_lead = r"(?:(?i:last|next|this)\s+)?";
    // "the previous Tuesday", "the following Monday": a weekday counted from the day told
    // before it.
    let weekday_shift_leads = alternation(
        WEEKDAY_SHIFT_LEADS
            .iter()
            .chain(WEEKDAY_SHIFT_LEADS_AHEAD)
            .copied(),
    );
    let part_of_day = alternation(PARTS_OF_DAY.iter().copied());
    // "at the end of the summer", "by the start of next winter": a part of a season.
    let season_leads = alternation(
        SEASON_LEAD_WORDS
            .iter()
            .chain(SEASON_PART_LEAD_WORDS)
            .copied(),
    );
    let zones = alternation(TIME_ZONES.iter().copied());
    let count_words = alternation(NUMBER_WORDS.iter().map(|(w, _)| *w));
    // "two in the morning", "six o'clock": the hours of the twelve-hour clock in words.
    let hour_words = alternation(
        NUMBER_WORDS
            .iter()
            .filter(|(_, value)| (1.0..=12.0).contains(value))
            .map(|(w, _)| *w),
    );
    let century_words = alternation(CENTURY_ORDINALS.iter().map(|(w, _)| *w));
    let week_ordinals = alternation(WEEK_OF_MONTH_ORDINALS.iter().map(|(w, _)| *w));
    let weekday_full = alternation(WEEKDAYS.iter().copied());
    let modifier = r"(?:(?i:early|late|mid)[\s-]|(?i:mid-|end-|start-)|(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+))";
    let year = r"(?:1[89][0-9][0-9]|20[0-9][0-9])";
    let day = r"(?:[0-3]?[0-9](?:st|nd|rd|th)?)";
    let am_pm = r"(?i:[ap]\.m\.|[ap]m(?-u:\b))";
    let rel_year = r"(?i:last|this|next)\s+year";
    // Between the two days of a span: "11-22 November", "11 to 22 November", "3 and 5 March",
    // and of a choice: "12 or 13 April"; a list may lead up to the last of them, on either side
    // of the month ("12, 13 and 15 March", "March 12, 13 and 15").
    let day_range_link = r"(?:\s*[-–]\s*|\s+(?i:to|and|or|until|till|through)\s+)";
    let holidays = alternation(
        FIXED_HOLIDAYS
            .iter()
            .map(|(name, _, _)| *name)
            .chain(EASTER_HOLIDAYS.iter().map(|(name, _)| *name))
            .chain(WEEKDAY_HOLIDAYS.iter().map(|(name, ..)| *name)),
    )
    .replace('\'', "['’]");
    let quarter_end_names = MONTHS
        .iter()
        .filter(|(_, month)| month % 3 == 0)
        .map(|(name, _)| *name);
    let quarter_end_abbreviations = MONTH_ABBREVIATIONS
        .iter()
        .filter(|(_, month)| month % 3 == 0)
        .map(|(name, _)| *name);
    let quarter_ends = format!(
        r"(?:{})|(?:{})\.?",
        alternation(quarter_end_names),
        alternation(quarter_end_abbreviations)
    );
    let quarter_months = quarter_month_pairs(r"(?:\s*[-–]\s*|\s+(?i:to)\s+)").join("|");
    let quarter_months_hyphened = quarter_month_pairs(r"\s*[-–]\s*").join("|");
    vec![
        r"(?P<iso>(?-u:\b)[0-9]{4}-[0-9]{2}-[0-9]{2}(?-u:\b))".to_string(),
        // A quarter named by its months: "the October-December quarter", "the April-June
        // period", "October-December", "the December quarter", "the three months to September
        // 30", "the quarter ended December"; before the months alone.
        format!(
            r"(?P<month_quarter>(?-u:\b)(?:(?i:the)\s+)?(?:(?:{quarter_months})\s+(?i:quarter|period)|(?:{quarter_ends})\s+(?i:quarter)|(?:{quarter_months_hyphened})(?-u:\b)|(?:(?i:three|3)\s+(?i:months)|(?i:quarter))\s+(?i:to|ended|ending|through)\s+(?:(?i:the\s+end\s+of)\s+)?(?:{quarter_ends})(?:\s+(?:30|31))?)(?:,?\s+(?:(?i:of)\s+)?{year})?(?-u:\b))"
        ),
        // "15/02/2024", "02/15/2024", "15.02.2024", "15-02-2024": day and month in the order
        // the numbers allow.
        format!(r"(?P<slash>(?-u:\b)(?:[0-3]?[0-9]/[0-3]?[0-9]/|[0-3]?[0-9]\.[0-3]?[0-9]\.|[0-3]?[0-9]-[0-3]?[0-9]-){year}(?-u:\b))"),
        format!(
            r"(?P<mdy_range>(?-u:\b)(?P<mdy_first>{month_any}\s+{day}(?:,\s+{day}){{0,5}}){day_range_link}(?P<mdy_second>{day}(?:,?\s+{year}|\s+{rel_year})?)(?-u:\b))"
        ),
        format!(
            r"(?P<dmy_range>(?-u:\b)(?P<dmy_first>{day}(?:,\s+{day}){{0,5}}){day_range_link}(?P<dmy_second>{day}\s+(?:of\s+)?{month_any}(?:,?\s+{year}|\s+{rel_year})?)(?-u:\b))"
        ),
        format!(
            r"(?P<mdy>(?-u:\b)(?:{weekday_lead}(?:{weekday}),?\s+)?{modifier}?{month_any}\s+{day}(?-u:\b)(?:,?\s+{year}(?-u:\b)|\s+{rel_year}(?-u:\b))?)"
        ),
        format!(
            r"(?P<dmy>(?-u:\b)(?:{weekday_lead}(?:{weekday}),?\s+)?(?i:the\s+)?{day}\s+(?:of\s+)?{month_any}(?:,?\s+{year}|\s+{rel_year})?(?-u:\b))"
        ),
        // "the first week of May", "the last week of June 2025": the ISO week holding that
        // week's first day (the month's last for the last week).
        format!(
            r"(?P<week_of_month>(?-u:\b)(?i:the)\s+(?i:{week_ordinals})\s+(?i:week(?:end)?)\s+(?i:of)\s+(?:{month_full})(?-u:\b)(?:,?\s+{year}(?-u:\b))?)"
        ),
        // "the first Monday in June", "the last Friday of the month", "the second Tuesday of
        // next month": a weekday counted within a month.
        format!(
            r"(?P<weekday_of_month>(?-u:\b)(?i:the)\s+(?i:{week_ordinals})\s+(?:{weekday_full})\s+(?i:in|of)\s+(?:(?:{month_full})(?-u:\b)(?:,?\s+{year}(?-u:\b))?|(?i:the|this|next|last)\s+(?i:month)(?-u:\b)))"
        ),
        // "the 19th century", "the early twentieth century".
        format!(
            r"(?P<century>(?-u:\b)(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?:(?:[1-9]|1[0-9]|2[0-2])(?i:st|nd|rd|th)|(?i:{century_words}))\s+century(?-u:\b))"
        ),
        // "this decade", "by the end of the century", "last century", "by mid-century".
        r"(?P<relcentury>(?-u:\b)(?i:(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:this|the)|this)\s+(?:decade|century)|last\s+century|mid-century|the\s+turn\s+of\s+the\s+century)(?-u:\b))".to_string(),
        r"(?P<decade>(?-u:\b)(?:(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?)?(?:1[89]|20)[0-9]0s(?-u:\b)|(?-u:\b)(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?['’]?[0-9]0s(?-u:\b))".to_string(),
        format!(
            r"(?P<time>(?-u:\b)[0-2][0-9][0-5][0-9]\s+(?:GMT|UTC|(?i:local\s+time)|hours|hrs)(?-u:\b)|(?-u:\b)(?:1[0-2]|0?[1-9])\s+o['’]clock(?-u:\b)|(?-u:\b)(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?-u:\b)|(?-u:\b)(?i:{hour_words})\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?-u:\b)|(?-u:\b)[0-9]{{1,2}}(?::[0-9]{{2}}(?:\s*{am_pm})?|(?:[.:][0-9]{{2}})?\s*{am_pm})(?:\s+(?:(?:{zones})(?-u:\b)|(?i:local\s+time)(?-u:\b)))?|(?-u:\b)(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?-u:\b)(?:\s+(?:(?:{zones})(?-u:\b)|(?i:local\s+time)(?-u:\b)))?|(?-u:\b)(?:noon|midday|midnight)(?-u:\b))"
        ),
        // "Christmas Day, 2020", "Easter of 2021", "the Labor Day fires of 2020": a holiday of
        // the year written after it, up to two words in lower case between (see
        // `holiday_gap_fits`); "last Christmas", "next Easter": of the year they place it in;
        // "the 2020 Labor Day fires": a year right before the name is its year (see
        // `scan_part`).
        format!(r"(?P<holiday>(?-u:\b)(?:(?P<holiday_lead>(?i:last|this|next)\s+)|(?P<holiday_year>{year})\s+)?(?P<holiday_name>{holidays})(?:,?\s+{year}|(?P<holiday_gap>(?:\s+[a-z]+){{0,2}})\s+of\s+{year})?(?-u:\b))"),
        // A month abbreviation stands as a month with a year ("Sept. 2023"), or alone with its
        // full stop after a word of time ("in Feb."; see `abbreviated_month_is_month`).
        format!(r"(?P<month>(?-u:\b)(?:{modifier}?(?:(?i:last|next)\s+)?(?:{month_full})(?-u:\b)(?:,?\s+{year}(?-u:\b)|(?:\s+(?i:of))?\s+{rel_year}(?-u:\b))?|(?:{month_abbr})\.?\s+{year}(?-u:\b)|(?:{month_abbr})\.))"),
        format!(
            r"(?P<ago>(?-u:\b)(?i:(?:half\s+an?\s+years?|(?:{count_words}|[0-9]{{1,3}}|an?)\s+(?:and\s+a\s+half\s+years?|years?\s+and\s+a\s+half))\s+(?:ago|from\s+now)|(?:{count_words}|[0-9]{{1,3}}|a|an|a\s+few|several)\s+(?:day|week|fortnight|month|year|decade)s?\s+(?:ago(?:\s+today|\s+this\s+(?:week|month))?|from\s+now))(?-u:\b))"
        ),
        format!(
            r"(?P<inrel>(?-u:\b)(?i:in\s+(?:{count_words}|[0-9]{{1,3}}|an?)\s+(?:day|week|fortnight|month|year)s?)(?-u:\b))"
        ),
        format!(
            r"(?P<season>(?-u:\b)(?:(?i:early|late|mid)[\s-])?(?i:(?:{season_leads})\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:(?:the|this|last|next)\s+)?(?:spring|summer|autumn|fall|winter)(?:(?:\s+of)?\s+{year})?|(?:last|this|next)\s+(?:spring|summer|autumn|fall|winter)|(?:spring|summer|autumn|winter)(?:\s+of)?\s+{year}|(?:in|from|until|till|after|before|by|since|over|during|throughout|for)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)(?:(?:\s+of)?\s+{year})?)(?-u:\b))"
        ),
        // "that autumn", "the following spring", "the next summer", "the previous winter": a
        // season told from the date before it ([`resolve_told_seasons`]); the season word in
        // lower case ("the next Summer Olympics" is a name).
        r"(?P<told_season>(?-u:\b)(?i:that|the\s+(?:following|next|previous|preceding|same))\s+(?:spring|summer|autumn|fall|winter)(?-u:\b))".to_string(),
        // "the week before last", "the weekend before last", "the month after next": two of
        // them from the anchor's; before
        // "the weekend" alone.
        r"(?P<two_away>(?-u:\b)(?i:the\s+(?:week|weekend|month|year)\s+(?:before\s+last|after\s+next))(?-u:\b))".to_string(),
        // "the weekend of 16 March": the weekend of the week that day falls in.
        format!(
            r"(?P<weekend>(?-u:\b)(?i:(?:this\s+past|the\s+past|the\s+coming|this|last|next|the)\s+weekend)(?-u:\b)(?:\s+(?i:of)\s+(?:{day}\s+(?:(?i:of)\s+)?{month_any}|{month_any}\s+{day})(?:,?\s+{year})?(?-u:\b))?)"
        ),
        // "Q3 2025", "the third quarter of last year", "first-half profit", "Q3 FY2026", "the
        // fourth quarter of fiscal 2026", and the fiscal year glued on, "Q2FY26", "H1FY2025".
        format!(
            r"(?P<period>(?-u:\b){modifier}?(?:[1-4]Q(?:[0-9]{{2}}|\s+{year})|[12]H(?:[0-9]{{2}}|\s+{year})|Q[1-4]|H[12]|(?i:(?:the\s+)?(?:(?:first|second|third|fourth|final)[\s-](?:quarter|half)|latter[\s-]half)))(?:\s+(?:of\s+)?{year}(?-u:\b)|\s+of\s+(?i:(?:last|this|next|the)\s+year)(?-u:\b)|\s+(?:(?i:of)\s+)?(?:FY[\s-]?(?:{year}(?:[-–/][0-9]{{2}})?|[0-9]{{2}})|(?i:fiscal)\s+(?:(?i:year)\s+)?{year})(?-u:\b)|FY(?:{year}(?:[-–/][0-9]{{2}})?|[0-9]{{2}})(?-u:\b))?(?-u:\b))"
        ),
        // "the 14th", "the 14th of next month": a day of the anchor's month, or of the month named.
        r"(?P<nth>(?-u:\b)(?i:the)\s+(?:1st|2nd|3rd|21st|22nd|23rd|31st|[4-9]th|1[0-9]th|2[04-9]th|30th)(?-u:\b)(?:\s+(?i:of\s+(?:next|this|last)\s+month)(?-u:\b))?)".to_string(),
        // "at the turn of the year": the start of the year nearest the anchor.
        r"(?P<turn_year>(?-u:\b)(?i:the\s+turn\s+of\s+the\s+year)(?-u:\b))".to_string(),
        // "by year-end", "at the year's end": the end of the anchor's year.
        r"(?P<year_end>(?-u:\b)(?i:year-end|year['’]s\s+end)(?-u:\b))".to_string(),
        // "mid-month", "midweek", "mid-year": the middle of the anchor's month, week or year.
        r"(?P<mid_unit>(?-u:\b)(?i:mid-?(?:week|month|year))(?-u:\b))".to_string(),
        r"(?P<rel>(?-u:\b)(?i:(?:(?:early|late|earlier|later)\s+|mid-|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?(?:this|last|next)\s+(?:week|month|year|quarter)|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:week|month|year))(?-u:\b))".to_string(),
        // "the next day", "the day before": a day from the date told just before; "the
        // following week", "the month before": the week or month after or before its own; "the
        // following year", "the year before": a year from it.
        // "two days later", "a week earlier", "a year before": a count of days, weeks, months
        // or years from it.
        format!(
            r"(?P<day_shift>(?-u:\b)(?i:the\s+(?:following|next|previous|preceding)\s+day|the\s+day\s+(?:before(?:\s+yesterday)?|after(?:\s+tomorrow)?)|the\s+(?:following|previous|preceding)\s+(?:week|month|year)|the\s+(?:week|month|year)\s+(?:before|after)|(?:{count_words}|[0-9]{{1,2}}|an?)\s+(?:day|week|month|year)s?\s+(?:earlier|later|before|after))(?-u:\b))"
        ),
        format!(
            r"(?P<deictic>(?-u:\b)(?i:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?:\s+(?i:{part_of_day}))?(?-u:\b))"
        ),
        format!(
            r"(?P<weekday>(?-u:\b)(?:(?i:last|next|this)\s+|(?i:early|late)\s+(?i:on\s+)?|(?i:the\s+(?:{weekday_shift_leads})\s+))?(?:{weekday})(?:\s+(?i:{part_of_day})(?-u:\b))?(?:\s+(?i:of\s+(?:last|next|this)\s+week)(?-u:\b))?)"
        ),
        // "2022-23", "the 2023/24 season", "FY2023-24": a span of years whose second is cut to
        // two digits.
        format!(r"(?P<year_span>(?-u:\b)(?P<span_first>(?:FY[\s-]?)?{year})[-–/](?P<span_second>[0-9]{{2}})(?-u:\b))"),
        // "FY2024", "FY24": a financial year, given as its year.
        format!(r"(?P<fiscal>(?-u:\b)FY[\s-]?(?:{year}|[0-9]{{2}})(?-u:\b))"),
        // "'95", "the class of '08": a year cut to its last two digits.
        r"(?P<short_year>['’][0-9]{2}(?-u:\b))".to_string(),
        // "by 2100": the turn of the next century, as far ahead as forecasts reach.
        format!(r"(?P<year>(?-u:\b){modifier}?(?:{year}|2100)(?-u:\b))"),
    ]
}

/// "January-March", "Oct-Dec", "July to September": the first and last months of each calendar
/// quarter, full or abbreviated, joined by the regex `link`, as regex alternatives.
pub(super) fn quarter_month_pairs(link: &str) -> Vec<String> {
    let names = |month: i8| {
        MONTHS
            .iter()
            .chain(MONTH_ABBREVIATIONS)
            .filter(move |&&(_, m)| m == month)
            .map(|(name, _)| regex::escape(name))
    };
    let mut pairs = Vec::new();
    for first in [1, 4, 7, 10] {
        for start in names(first) {
            for end in names(first + 2) {
                pairs.push(format!(r"{start}\.?{link}{end}\.?"));
            }
        }
    }
    pairs
}

/// What follows a weekday that makes it come back rather than name one day: a part of the day
/// in the plural ("on Wednesday afternoons", "on Monday evenings") or every month ("the first
/// Saturday of each month", "the last Friday of every month").
pub(super) static RECURRING_AFTER_WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    let parts = alternation(PARTS_OF_DAY.iter().copied());
    Regex::new(&format!(
        r"^\s+(?:(?i:{parts})s|(?i:of\s+(?:each|every)\s+month))(?-u:\b)"
    ))
    .expect("the recurring-weekday pattern is a valid regex")
});

/// A future told with an auxiliary or "going to" ("will", "'ll", "shall", "is going to"):
/// unlike a verb of a timetable in the present ("meets", "opens"), it sets one occasion ahead.
pub(super) static FUTURE_AUXILIARY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:will|won't|shall|would|'ll|’ll|going\s+to|next)(?-u:\b)")
        .expect("the future-auxiliary pattern is a valid regex")
});

/// A modal of what is due or needed ("should", "must") and the word after it: "tenants should
/// hear", "the work must start". Before "have" ("should have known", "must have been") it looks
/// back, not ahead.
pub(super) static DUE_MODAL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:should|must)\s+(?:not\s+)?(?P<next>[a-z]+)(?-u:\b)")
        .expect("the due-modal pattern is a valid regex")
});

/// The link between the two weekdays of a range: "to", "until", "till", "through" or a dash.
const WEEKDAY_RANGE_LINK: &str = r"(?:\s+(?i:to|until|till|through)\s+|\s*[-–]\s*)";

/// What follows a weekday that opens a range of weekdays: "Tuesday to Sunday", "Monday-Friday".
pub(super) static WEEKDAY_RANGE_NEXT_RE: LazyLock<Regex> = LazyLock::new(|| {
    let weekday = alternation(WEEKDAYS.iter().copied());
    Regex::new(&format!(r"^{WEEKDAY_RANGE_LINK}(?:{weekday})(?-u:\b)"))
        .expect("the weekday-range pattern is a valid regex")
});

/// What comes before a weekday that closes a range of weekdays ("Tuesday to Sunday"), or
/// before the day left out of every day ("every day except Monday", "daily except Sundays").
pub(super) static WEEKDAY_RANGE_PREVIOUS_RE: LazyLock<Regex> = LazyLock::new(|| {
    let weekday = alternation(WEEKDAYS.iter().copied());
    Regex::new(&format!(
        r"(?:(?:{weekday}){WEEKDAY_RANGE_LINK}|(?i:every\s+day|daily)\s+(?i:except|but)\s+(?i:on\s+)?)$"
    ))
    .expect("the weekday-range pattern is a valid regex")
});

/// What follows a weekday that moves it to another week: "Monday to Wednesday next week",
/// "between Monday and Wednesday last week" (group `which`), "Thursday week" and "Thursday
/// fortnight", the British week or two after the coming Thursday (group `week`), or "the
/// Thursday after next", the week after the coming one (group `after_next`).
pub(super) static WEEK_AFTER_WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    let weekday = alternation(WEEKDAYS.iter().copied());
    Regex::new(&format!(
        r"^(?:(?:\s+(?i:to|and|or|until|till|through)\s+|\s*[-–]\s*)(?:{weekday}))?\s+(?i:(?P<which>next|last)\s+week(?-u:\b))|^\s(?P<week>week|fortnight)(?:$|[^\w'’-])|^\s+(?P<after_next>(?i:after)\s+(?i:next))(?:$|[^\w'’-])"
    ))
    .expect("the week-after-weekday pattern is a valid regex")
});

/// "a week on Thursday", "a fortnight on Saturday" right before a weekday: the British week or
/// two after the coming one.
pub(super) static WEEKS_ON_WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)a\s+(?P<week>week|fortnight)\s+on\s+$")
        .expect("the weeks-on-weekday pattern is a valid regex")
});

/// "the early hours of", "the small hours of" right before a day: its start.
pub(super) static EARLY_HOURS_OF_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:early|small|wee)\s+hours\s+of\s+$")
        .expect("the early-hours pattern is a valid regex")
});

/// Words in the clause around a weekday that point to the future ("will meet on Monday"), an
/// ability in the present among them ("can board on Sunday", "are able to vote on Friday"):
/// what one can do on a day is open to do, so the day is to come. A verb of a timetable in the
/// present counts ("The portal shuts on 9 April", "Exams finish on 18 June"); of "shut" only
/// the singular, the plural being also the past ("Schools shut on Friday").
pub(super) static FUTURE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:will|won't|would|shall|'ll|’ll|(?-i:may)|might|could|should|must|(?-i:can)|cannot|(?:is|are)\s+able\s+to|go(?:es)?\s+on\s+sale|is\s+due|are\s+due|due\s+(?:to|in|on|by|before)|scheduled|(?:is|are)\s+expected|expected\s+to|expects?\s+(?:[a-z]+\s+){0,3}to|hopes?\s+to|intends?\s+to|prepares?\s+to|(?:is|are)\s+preparing\s+to|ready\s+to|expected\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+){0,2}to|forecast\s+to|predicted\s+to|projected\s+to|likely\s+to|poised\s+to|slated\s+to|set\s+to|plans?\s+to|planned|going\s+to|to\s+be\s+(?:held|fixed|decided|confirmed|announced|paid|made|published|released|completed|delivered|introduced|played|heard|launched|signed|issued|sentenced|unveiled|implemented|finali[sz]ed)|expiring|upcoming|next|(?:is|are)\s+on|(?:expire|open|begin|start|close|resume|reopen|continue|meet|return|arrive|face)s?|finish(?:es)?|shuts|holds|ends|kicks?\s+off|takes?\s+place|go(?:es)?\s+to\s+the\s+polls|turns\s+[0-9]{1,3}|runs\s+(?:from|until|through|to|out)|takes\s+effect|take\s+effect|comes?\s+into\s+(?:effect|force|operation)|appl(?:y|ies)\s+from|goes\s+(?:to|before)|heads\s+to)(?-u:\b)")
        .expect("the future pattern is a valid regex")
});

/// A future seen from the past ending the text before a candidate: "was leaving ", "were
/// going to sign the deal ", "would open its doors ", "was due to return ".
pub(super) static FUTURE_IN_PAST_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:would(?:\s+[a-z]+){1,3}|(?:was|were)\s+(?:(?:going|due|set|about)\s+to(?:\s+[a-z]+){1,3}|[a-z]{2,}ing(?:\s+[a-z]+){0,2}))\s+$")
        .expect("the future-in-the-past pattern is a valid regex")
});

/// A past "was" or "were" and the word after it, a few adverbs between at most: "were likely",
/// "was not expected", "was still due". Group `predicate` is checked against the predicates of
/// [`Context::backshifted_ahead`].
pub(super) static BACKSHIFTED_PREDICATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:was|were)\s+(?:(?:not|still|also|now|increasingly|highly|very|more|most|quite)\s+){0,2}(?P<predicate>[a-z]+)(?-u:\b)")
        .expect("the backshifted-predicate pattern is a valid regex")
});

/// A present expectation or timetable in a sentence: "is expected to", "are due to", "is set
/// to", "is scheduled to". It ties the sentence to the time of writing.
pub(super) static PRESENT_EXPECTATION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|set|scheduled|slated|poised|likely)\s+to(?-u:\b)")
        .expect("the present-expectation pattern is a valid regex")
});

/// A deadline granted in the present right before a date: "has until Jan. 16 to report", "have
/// only until Friday", "has been given until June 3". A time allowed up to a day is ahead; the
/// past ("was given until") is left to the rest of the clause.
pub(super) static HAS_UNTIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:has|have)\s+(?:(?:only|just|now)\s+)?(?:been\s+(?:given|granted)\s+)?until\s+$",
    )
    .expect("the has-until pattern is a valid regex")
});

/// A present "is" or "are" right before a date, or before a clock time or a capitalised place
/// and then the date: "The primary is June 4", "The convention is in August", "The speech is at
/// 3pm GMT on Thursday", "The final is at Wembley on Sunday". What is set for a date in the
/// present tense is to come.
pub(super) static COPULA_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:is|are)\s+(?:(?i:noon|midday|midnight)\s+|(?i:at\s+)?[0-9]{1,2}(?:[.:][0-9]{2}\s*(?i:[ap]\.?m\.?)?|\s*(?i:[ap]\.?m\.?))(?:\s+[A-Z]{2,4})?\s+|(?i:at)\s+(?:[A-Z][\w'’.-]*\s+){1,4})?(?:(?i:on|in)\s+)?$")
        .expect("the copula-before pattern is a valid regex")
});

/// A present "is" or "are" that sets an event at a place or time, or in force, before a bare
/// weekday further on: "Kick-off is at 8pm on Wednesday", "A warning is in place from 6am on
/// Thursday".
pub(super) static COPULA_AT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:is|are)\s+(?:at|in\s+place)(?-u:\b)")
        .expect("the copula-at pattern is a valid regex")
});

/// A span told of in the present that began on the date right after it: "runs from", "is open
/// from", "lasts from".
pub(super) static UNDER_WAY_FROM_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:runs|lasts|continues|(?:is|are)\s+(?:on|open))\s+from\s+$")
        .expect("the under-way pattern is a valid regex")
});

/// How far before a date, in bytes, a future word can set its tense, within its sentence: "was
/// expected to weaken as it crosses the mountains before heading out to sea by Wednesday".
pub(super) const FUTURE_WORD_REACH: usize = 140;

/// A date set for something to come, right before the candidate: "set sentencing for", "was
/// adjourned until", "postponed the vote to", "postponed a visit to Saudi Arabia until", "was
/// extended by a week, to", and in court copy "was bailed until", "remanded him in custody
/// till", "remanded to appear again on", "is listed for", "remanded until his sentencing on",
/// "adjourned until a hearing on" (the court date the case is put off to), and a booking: "has rebooked for",
/// "booked for", "pencilled in for". A limit extended, an event put off or a booking made lies
/// after the act, whatever its tense.
pub(super) static SCHEDULED_FOR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:set|slated|fixed|adjourned|postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off|moved|extended|prolonged|bail|bailed|remanded|listed|rebooked|rebook|booked|pencil(?:l)?ed\s+in)\s+(?:[a-z]+,?\s+){0,5}?(?:for|until|till|to|to\s+(?:re)?(?:appear|return)\s+(?:[\w'’]+\s+){0,6}?on)\s+(?:the\s+|a\s+|(?:his|her|their|its)\s+)?(?:(?:plea\s+)?(?:hearing|sentencing|trial|appearance|inquest)\s+on\s+)?(?:(?:week|month)\s+of\s+)?(?:(?:[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)\s+(?:on\s+)?)?$")
        .expect("the scheduled-for pattern is a valid regex")
});

/// A clock time opening a sentence before the day it falls on: "At 5:40pm on", "By noon on",
/// "From 9 a.m. GMT on".
pub(super) static OPENING_CLOCK_LEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:at|by|from|until|till|after|before|around|shortly\s+(?:before|after))\s+(?i:(?:about|around|roughly|exactly)\s+)?(?:[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?i:[ap]\.?m\.?)?|(?i:noon|midday|midnight))\s+(?:[A-Z]{2,4}\s+)?(?i:on)\s+$")
        .expect("the opening clock pattern is a valid regex")
});

/// A present-tense verb of a timetable governing the date right after it, a few words between
/// at most: "The prince turns 40 on Saturday", "The team flies out on Sunday", "Voters head to
/// the polls on Thursday", "Results are out on August 21", "Offers are issued on", "Staff have
/// until Thursday", or with the date right after the verb: "Early voting runs Oct. 21 through
/// Nov. 2", "Schools are closed Monday through Wednesday". Plural forms that are also the
/// simple past ("Exams run from June 3",
/// "Schools shut on June 28", "courses cost more from") are in group `ambiguous`: they keep a
/// date later in the year in this year but do not turn a bare weekday ahead.
pub(super) static SCHEDULE_VERB_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:has|have)\s+until|(?:turns\s+[0-9]+|(?:fly|flies)\s+(?:out|in|to|home|back)|heads?\s+(?:to|for|out|home|back)|travels|plays|runs|lasts|(?:is|are)\s+(?:out|closed|shut|issued|released|published|posted|paid)|(?P<ambiguous>run|shut|cost|costs))\s+(?:[\w'’-]+\s+){0,3}?(?:on|from|until|till|by|for)|runs|lasts|(?:is|are)\s+(?:closed|shut|open))\s+(?:the\s+)?$")
        .expect("the schedule-verb pattern is a valid regex")
});

/// A verb that looks ahead, in any tense, with its object or its infinitive between it and
/// the date: "promised a decision by April 2", "has called a strike for Friday", "has
/// threatened to strike on April 2", or with "in" after an object of a verb of a promise or a
/// forecast: "signalled a cut in June", "threatened a strike in April", or a verb of granting
/// time before "until" or "till": "gave him until April 2", "was given until Friday", or a
/// call for something from a day on: "called for a strike from Monday", "is calling for a boycott
/// beginning on Monday". The word
/// right after the verb is never the date's preposition, but for a grant of time: "called on
/// Friday" tells when the calling was.
pub(super) static AIMED_AHEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:promise[ds]?|pledge[ds]?|vow(?:s|ed)?|threaten(?:s|ed)?|call(?:s|ed)?|demand(?:s|ed)?|order(?:s|ed)?|urge[ds]?|ask(?:s|ed)?|schedule[ds]?|plan(?:s|ned)?|announce[ds]?|declare[ds]?)\s+(?:[\w'’-]+\s+){1,4}?(?:by|for|until|till)|(?:promise[ds]?|pledge[ds]?|vow(?:s|ed)?|threaten(?:s|ed)?|plan(?:s|ned)?|agree[ds]?|prepare[ds]?|intend(?:s|ed)?|vote[ds]?)\s+to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,3}?(?:on|by|from|for|until|till)|(?:promise[ds]?|pledge[ds]?|vow(?:s|ed)?|threaten(?:s|ed)?|signal(?:s|led|ed)?|forecast(?:s)?|predict(?:s|ed)?)\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?in|(?:give[ns]?|gave|giving|grant(?:s|ed|ing)?)\s+(?:him|her|them|us|me|you|(?:the|its|their|his|her)\s+[\w'’-]+|(?-i:[A-Z][\w'’-]*))\s+(?:[\w'’-]+\s+){0,2}?(?:until|till)|(?:given|granted)\s+(?:until|till)|(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+for\s+(?:[\w'’-]+\s+){1,4}?(?:from|(?:beginning|starting)(?:\s+(?:on|from))?))\s+(?:the\s+)?$")
        .expect("the aimed-ahead pattern is a valid regex")
});

/// A verb of announcing with a noun of [`LAUNCH_NOUNS`] as its object and "in" right before the
/// date: "announced a launch in September", "announces the release of its new phone in June".
/// What is brought out is to come; "announced a deal in September" tells when it was announced.
pub(super) static ANNOUNCED_LAUNCH_RE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = alternation(LAUNCH_NOUNS.iter().copied());
    Regex::new(&format!(
        r"(?i)(?-u:\b)announce[ds]?\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\s+(?:of\s+(?:[\w'’-]+\s+){{1,4}}?)?in\s+(?:the\s+)?$"
    ))
    .expect("the announced-launch pattern is a valid regex")
});

/// A phrase of what something leads up to, right before the date or the noun phrase it ends:
/// "ahead of Saturday's final", "ahead of a snap poll on April 14", "to prepare for the April
/// 14 vote", "a doubt for Saturday's derby", "pole position for Sunday's race". What is awaited
/// is to come, whatever the tense of the main verb, when it is near.
pub(super) static LEADS_UP_TO_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:ahead\s+of|in\s+(?:preparation\s+for|the\s+run-up\s+to)|prepar(?:e|es|ed|ing)\s+for|a\s+doubt\s+for|pole(?:\s+position)?\s+for)\s+(?:(?:the|a|an|its|their|his|her|this)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:on|in|for)\s+(?:the\s+)?)?$")
        .expect("the leads-up-to pattern is a valid regex")
});

/// "before" and the noun of an event ending right before a day or month: "met before talks on
/// March 20". Group `noun` is checked against the words of a time of day ("before midnight on
/// Saturday" tells only of a limit).
pub(super) static BEFORE_EVENT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)before\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?P<noun>[a-z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,2}?(?:on|in)\s+$")
        .expect("the before-event pattern is a valid regex")
});

/// How many months ahead of the anchor's a date that a phrase leads up to may lie and still be
/// this year's ("ahead of a snap poll on April 14"; "busy ahead of Christmas" or "slowed in
/// the run-up to Easter", written in January, is the one gone by).
pub(super) const LEADS_UP_TO_MONTHS: i32 = 2;

/// A verb of expecting with its object between it and the date: "said it expected queues on
/// Friday", "expects a full house on Sunday", "anticipates heavy traffic over Easter".
/// What is expected has not happened at the time of expecting. Group `object` holds the words
/// between, checked in [`Context::expected_object_ahead`].
pub(super) static EXPECTED_OBJECT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<verb>expect(?:s|ed)?|anticipate[ds]?)\s+(?P<object>(?:[\w'’,-]+\s+){1,5}?)(?:on|in|for|from|over|at|during|until|till)\s+(?:the\s+)?$")
        .expect("the expected-object pattern is a valid regex")
});

/// A word of a plan gone by before a verb of a timetable and the date: "originally scheduled
/// for", "was initially set for", "had previously been booked for". The date was superseded, so it
/// is read as the nearest one either side of the anchor, not as one to come.
pub(super) static SUPERSEDED_PLAN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:originally|initially|previously)\s+(?:(?:been|be)\s+)?(?:scheduled|planned|set|due|slated|booked|fixed|pencil(?:l)?ed\s+in|timetabled)\s+(?:to\s+[a-z]+\s+(?:[a-z]+\s+)?)?(?:for|on|in|to)\s+(?:the\s+)?$")
        .expect("the superseded-plan pattern is a valid regex")
});

/// A plan told in the past right before the date: "was due to finish in", "were due to be
/// completed by", "was due on", "was expected to shut in", "was supposed to open on". Not told as reported speech looking ahead, the date is read as
/// the nearest one either side of the anchor, as a plan given up is.
pub(super) static PAST_DUE_PLAN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:was|were)\s+(?:(?:originally|initially|previously|first)\s+)?(?:due|expected|scheduled|supposed|meant|slated)\s+(?:to\s+(?:be\s+)?[a-z]+\s+(?:[a-z]+\s+)?)?(?:in|on|by|for)\s+(?:the\s+)?$")
        .expect("the past-due-plan pattern is a valid regex")
});

/// A verb of [`POSTPONEMENT_VERBS`] and "until", "till", "to" or "for" ending the text before
/// a candidate: "was deferred until ", "postponed to ", "pushed back for ".
pub(super) static POSTPONED_TO_RE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = alternation(POSTPONEMENT_VERBS.iter().copied()).replace(' ', r"\s+");
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:{verbs})\s+(?:until|till|to|for)\s+(?:the\s+)?$"
    ))
    .expect("the postponement pattern is a valid regex")
});

/// What follows a holiday and tells where it falls, up to the day: "Easter falls on",
/// "Christmas Day will fall on", "Thanksgiving is on".
pub(super) static HOLIDAY_FALLS_ON_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,?\s+(?:this\s+year\s+|next\s+year\s+)?(?:falls|fell|will\s+fall|lands|is|was|will\s+be)\s+on\s+")
        .expect("the holiday-falls-on pattern is a valid regex")
});

/// A market's close or closing level right before a weekday: "a premium of 38% to the closing
/// price on Monday", "its close on Friday", "a premium to the firm's close on Friday" (an owner's
/// close after a preposition of comparison), "the closing level of Thursday" ("polls are closing
/// on Sunday" is a verb; "before the fair's close on Sunday" is an event's end). A price already measured is one gone by, whatever the tense of the
/// main verb ("will pay a premium to").
pub(super) static CLOSING_MEASURE_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:closing(?:\s+(?:share|stock|market))?\s+(?:prices?|levels?|values?|quotes?|bell)|(?:the|its|their|his|her|last)\s+(?:close|closing)|(?-u:\b)(?:to|from|over|above|below|against|versus)\s+(?:the\s+)?[\w.&-]+['’]s?\s+close)\s+(?:on|of)\s+$")
        .expect("the closing-measure pattern is a valid regex")
});

/// A clock time or a named hour of a deadline right before a weekday: "by 5pm Friday", "by
/// noon on Monday", "until 6am on Thursday", also with a time zone after the hour ("by 6am GMT
/// Friday", "until 9pm local time on Sunday", "by noon Kyiv time Monday"). Group `until` holds
/// a preposition of a time that lasts up to the hour, not of a limit ("by").
pub(super) static DEADLINE_HOUR_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:by|(?P<until>until|till|through))\s+(?:[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)(?:\s+(?-i:[A-Z]{2,4})|\s+(?:local|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+time)?\s+(?:on\s+)?$")
        .expect("the deadline-hour pattern is a valid regex")
});

/// "of that year", "that year", "of the same year" right after a month, a day or a holiday:
/// the year told last before it ("In January 1975 … in December of that year").
pub(super) static THAT_YEAR_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s+(?i:of\s+)?(?i:that|the\s+same)\s+(?i:year)(?-u:\b)")
        .expect("the that-year pattern is a valid regex")
});

/// How many sentences back a written year may stand and still be the one "that year" points to.
pub(super) const THAT_YEAR_REACH: usize = 3;
