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
    CLOCK_FIGURE_PREPOSITIONS, COMPARISON_LEADS, CONTRACT_NOUNS, DAY_END_PREPOSITIONS,
    DAY_OF_MONTH_CUES, DEADLINE_NOUNS, DOTTED_TIME_FOLLOWERS, EASTER_HOLIDAYS,
    EVENT_TIMETABLE_PARTICIPLES, EVENT_YEAR_LEADS, FALL_NOUN_FOLLOWERS, FAR_YEAR_CUES,
    FINANCE_PERIOD_CUES, FIXED_HOLIDAYS, FIXTURE_PHRASES, FIXTURE_VERBS, FORWARD_INFINITIVE_VERBS,
    GAME_CLOCK_COUNTDOWN, GAME_CLOCK_PERIODS, GAME_PERIOD_WORDS, GOLF_WORDS, ING_NON_VERBS,
    LAUNCH_NOUNS, LIMIT_DATE_NOUNS, MARKET_CLOSE_FOLLOWERS, MAY_MONTH_CUES, MEASURE_IN_FORCE_WORDS,
    MONTHS, MONTH_ABBREVIATIONS, NAMED_DAY_PREFIXES, OUTLOOK_VERBS, PARTICIPLE_DATE_PREPOSITIONS,
    PARTS_OF_DAY, PAST_EVENT_LINKS, PAST_SPAN_VERBS, PERIOD_ORDINALS, PERIOD_RESULT_NOUNS,
    PLAN_START_FOLLOWERS, RACE_TIME_LEADS, RACE_TIME_NOUNS, RACE_TIME_PREPOSITIONS, RATIO_NOUNS,
    RECURRENCE_WORDS, REPORTED_INTENT_PREDICATES, REPORTED_PLAN_PREDICATES, RETROACTIVE_WORDS,
    SCHEDULED_EVENT_NOUNS, SCHEDULE_WORDS, SEASON_LEAD_WORDS, SEASON_PART_LEAD_WORDS,
    SUCCESSION_AFTER, SUCCESSION_BEFORE, THRESHOLD_PREPOSITIONS, TIMES_OF_DAY, TIME_PREPOSITIONS,
    TIME_ZONES, WEEKDAYS, WEEKDAY_ABBREVIATIONS, WEEKDAY_HOLIDAYS, WEEKDAY_SHIFT_LEADS,
    WEEKDAY_SHIFT_LEADS_AHEAD, WEEK_OF_MONTH_ORDINALS, YEAR_NAMED_BODIES,
};
use crate::lexicon::numbers::{
    CHANGE_VERBS, FIGURE_LINKS, LEVEL_VERBS, NUMBER_WORDS, ORDINAL_WORDS, TEMPERATURE_WORDS,
};
use crate::lexicon::reporting;
use crate::model::{DateMention, Span};
use crate::segment::Layout;

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

/// The patterns, one named group per kind of expression, in priority order.
fn date_patterns() -> Vec<String> {
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
    let century_words = alternation(CENTURY_ORDINALS.iter().map(|(w, _)| *w));
    let week_ordinals = alternation(WEEK_OF_MONTH_ORDINALS.iter().map(|(w, _)| *w));
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
            r"(?P<week_of_month>(?-u:\b)(?i:the)\s+(?i:{week_ordinals})\s+(?i:week)\s+(?i:of)\s+(?:{month_full})(?-u:\b)(?:,?\s+{year}(?-u:\b))?)"
        ),
        // "the 19th century", "the early twentieth century".
        format!(
            r"(?P<century>(?-u:\b)(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?:(?:[1-9]|1[0-9]|2[0-2])(?i:st|nd|rd|th)|(?i:{century_words}))\s+century(?-u:\b))"
        ),
        // "this decade", "by the end of the century", "last century", "by mid-century".
        r"(?P<relcentury>(?-u:\b)(?i:(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:this|the)|this)\s+(?:decade|century)|last\s+century|mid-century|the\s+turn\s+of\s+the\s+century)(?-u:\b))".to_string(),
        r"(?P<decade>(?-u:\b)(?:(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?)?(?:1[89]|20)[0-9]0s(?-u:\b)|(?-u:\b)(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?['’]?[0-9]0s(?-u:\b))".to_string(),
        format!(
            r"(?P<time>(?-u:\b)[0-2][0-9][0-5][0-9]\s+(?:GMT|UTC|(?i:local\s+time)|hours|hrs)(?-u:\b)|(?-u:\b)(?:1[0-2]|0?[1-9])\s+o['’]clock(?-u:\b)|(?-u:\b)(?:1[0-2]|0?[1-9])(?:[.:][0-5][0-9])?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?-u:\b)|(?-u:\b)[0-9]{{1,2}}(?::[0-9]{{2}}(?:\s*{am_pm})?|(?:[.:][0-9]{{2}})?\s*{am_pm})(?:\s+(?:(?:{zones})(?-u:\b)|(?i:local\s+time)(?-u:\b)))?|(?-u:\b)(?:[01]?[0-9]|2[0-3])\.[0-5][0-9](?-u:\b)(?:\s+(?:(?:{zones})(?-u:\b)|(?i:local\s+time)(?-u:\b)))?|(?-u:\b)(?:noon|midday|midnight)(?-u:\b))"
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
        r"(?P<nth>(?-u:\b)(?i:the)\s+(?:1st|2nd|3rd|21st|22nd|23rd|31st|[4-9]th|1[0-9]th|2[04-9]th|30th)(?-u:\b))".to_string(),
        // "at the turn of the year": the start of the year nearest the anchor.
        r"(?P<turn_year>(?-u:\b)(?i:the\s+turn\s+of\s+the\s+year)(?-u:\b))".to_string(),
        // "by year-end", "at the year's end": the end of the anchor's year.
        r"(?P<year_end>(?-u:\b)(?i:year-end|year['’]s\s+end)(?-u:\b))".to_string(),
        // "mid-month", "midweek", "mid-year": the middle of the anchor's month, week or year.
        r"(?P<mid_unit>(?-u:\b)(?i:mid-?(?:week|month|year))(?-u:\b))".to_string(),
        r"(?P<rel>(?-u:\b)(?i:(?:(?:early|late|earlier|later)\s+|mid-|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?(?:this|last|next)\s+(?:week|month|year|quarter)|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:week|month|year))(?-u:\b))".to_string(),
        // "the next day", "the day before": a day from the date told just before; "the
        // following year", "the year before": a year from it.
        // "two days later", "a week earlier", "a year before": a count of days, weeks, months
        // or years from it.
        format!(
            r"(?P<day_shift>(?-u:\b)(?i:the\s+(?:following|next|previous|preceding)\s+day|the\s+day\s+(?:before(?:\s+yesterday)?|after(?:\s+tomorrow)?)|the\s+(?:following|previous|preceding)\s+year|the\s+year\s+(?:before|after)|(?:{count_words}|[0-9]{{1,2}}|an?)\s+(?:day|week|month|year)s?\s+(?:earlier|later|before|after))(?-u:\b))"
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
fn quarter_month_pairs(link: &str) -> Vec<String> {
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

/// What follows a weekday that moves it to another week: "Monday to Wednesday next week",
/// "between Monday and Wednesday last week" (group `which`), "Thursday week" and "Thursday
/// fortnight", the British week or two after the coming Thursday (group `week`), or "the
/// Thursday after next", the week after the coming one (group `after_next`).
static WEEK_AFTER_WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    let weekday = alternation(WEEKDAYS.iter().copied());
    Regex::new(&format!(
        r"^(?:(?:\s+(?i:to|and|or|until|till|through)\s+|\s*[-–]\s*)(?:{weekday}))?\s+(?i:(?P<which>next|last)\s+week(?-u:\b))|^\s(?P<week>week|fortnight)(?:$|[^\w'’-])|^\s+(?P<after_next>(?i:after)\s+(?i:next))(?:$|[^\w'’-])"
    ))
    .expect("the week-after-weekday pattern is a valid regex")
});

/// "a week on Thursday", "a fortnight on Saturday" right before a weekday: the British week or
/// two after the coming one.
static WEEKS_ON_WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)a\s+(?P<week>week|fortnight)\s+on\s+$")
        .expect("the weeks-on-weekday pattern is a valid regex")
});

/// "the early hours of", "the small hours of" right before a day: its start.
static EARLY_HOURS_OF_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:early|small|wee)\s+hours\s+of\s+$")
        .expect("the early-hours pattern is a valid regex")
});

/// Words in the clause around a weekday that point to the future ("will meet on Monday"), an
/// ability in the present among them ("can board on Sunday", "are able to vote on Friday"):
/// what one can do on a day is open to do, so the day is to come. A verb of a timetable in the
/// present counts ("The portal shuts on 9 April", "Exams finish on 18 June"); of "shut" only
/// the singular, the plural being also the past ("Schools shut on Friday").
static FUTURE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:will|won't|would|shall|'ll|’ll|(?-i:may)|might|could|should|must|(?-i:can)|cannot|(?:is|are)\s+able\s+to|go(?:es)?\s+on\s+sale|is\s+due|are\s+due|due\s+(?:to|in|on|by|before)|scheduled|(?:is|are)\s+expected|expected\s+to|expects?\s+(?:[a-z]+\s+){0,3}to|hopes?\s+to|intends?\s+to|prepares?\s+to|(?:is|are)\s+preparing\s+to|ready\s+to|expected\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+){0,2}to|forecast\s+to|predicted\s+to|projected\s+to|likely\s+to|poised\s+to|slated\s+to|set\s+to|plans?\s+to|planned|going\s+to|to\s+be\s+(?:held|fixed|decided|confirmed|announced|paid|made|published|released|completed|delivered|introduced|played|heard|launched|signed|issued|sentenced|unveiled|implemented|finali[sz]ed)|expiring|upcoming|next|(?:is|are)\s+on|(?:expire|open|begin|start|close|resume|reopen|continue|meet|return|arrive|face)s?|finish(?:es)?|shuts|holds|ends|kicks?\s+off|takes?\s+place|go(?:es)?\s+to\s+the\s+polls|turns\s+[0-9]{1,3}|runs\s+(?:from|until|through|to|out)|takes\s+effect|take\s+effect|comes?\s+into\s+(?:effect|force|operation)|appl(?:y|ies)\s+from|goes\s+(?:to|before)|heads\s+to)(?-u:\b)")
        .expect("the future pattern is a valid regex")
});

/// A future seen from the past ending the text before a candidate: "was leaving ", "were
/// going to sign the deal ", "would open its doors ", "was due to return ".
static FUTURE_IN_PAST_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:would(?:\s+[a-z]+){1,3}|(?:was|were)\s+(?:(?:going|due|set|about)\s+to(?:\s+[a-z]+){1,3}|[a-z]{2,}ing(?:\s+[a-z]+){0,2}))\s+$")
        .expect("the future-in-the-past pattern is a valid regex")
});

/// A past "was" or "were" and the word after it, a few adverbs between at most: "were likely",
/// "was not expected", "was still due". Group `predicate` is checked against the predicates of
/// [`Context::backshifted_ahead`].
static BACKSHIFTED_PREDICATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:was|were)\s+(?:(?:not|still|also|now|increasingly|highly|very|more|most|quite)\s+){0,2}(?P<predicate>[a-z]+)(?-u:\b)")
        .expect("the backshifted-predicate pattern is a valid regex")
});

/// A present expectation or timetable in a sentence: "is expected to", "are due to", "is set
/// to", "is scheduled to". It ties the sentence to the time of writing.
static PRESENT_EXPECTATION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|due|set|scheduled|slated|poised|likely)\s+to(?-u:\b)")
        .expect("the present-expectation pattern is a valid regex")
});

/// A deadline granted in the present right before a date: "has until Jan. 16 to report", "have
/// only until Friday", "has been given until June 3". A time allowed up to a day is ahead; the
/// past ("was given until") is left to the rest of the clause.
static HAS_UNTIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:has|have)\s+(?:(?:only|just|now)\s+)?(?:been\s+(?:given|granted)\s+)?until\s+$",
    )
    .expect("the has-until pattern is a valid regex")
});

/// A present "is" or "are" right before a date, or before a clock time or a capitalised place
/// and then the date: "The primary is June 4", "The convention is in August", "The speech is at
/// 3pm GMT on Thursday", "The final is at Wembley on Sunday". What is set for a date in the
/// present tense is to come.
static COPULA_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?i:is|are)\s+(?:(?i:noon|midday|midnight)\s+|(?i:at\s+)?[0-9]{1,2}(?:[.:][0-9]{2}\s*(?i:[ap]\.?m\.?)?|\s*(?i:[ap]\.?m\.?))(?:\s+[A-Z]{2,4})?\s+|(?i:at)\s+(?:[A-Z][\w'’.-]*\s+){1,4})?(?:(?i:on|in)\s+)?$")
        .expect("the copula-before pattern is a valid regex")
});

/// A present "is" or "are" that sets an event at a place or time, or in force, before a bare
/// weekday further on: "Kick-off is at 8pm on Wednesday", "A warning is in place from 6am on
/// Thursday".
static COPULA_AT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:is|are)\s+(?:at|in\s+place)(?-u:\b)")
        .expect("the copula-at pattern is a valid regex")
});

/// A span told of in the present that began on the date right after it: "runs from", "is open
/// from", "lasts from".
static UNDER_WAY_FROM_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:runs|lasts|continues|(?:is|are)\s+(?:on|open))\s+from\s+$")
        .expect("the under-way pattern is a valid regex")
});

/// How far before a date, in bytes, a future word can set its tense, within its sentence: "was
/// expected to weaken as it crosses the mountains before heading out to sea by Wednesday".
const FUTURE_WORD_REACH: usize = 140;

/// A date set for something to come, right before the candidate: "set sentencing for", "was
/// adjourned until", "postponed the vote to", "postponed a visit to Saudi Arabia until", "was
/// extended by a week, to", and in court copy "was bailed until", "remanded him in custody
/// till", "remanded to appear again on", "is listed for", "remanded until his sentencing on",
/// "adjourned until a hearing on" (the court date the case is put off to), and a booking: "has rebooked for",
/// "booked for", "pencilled in for". A limit extended, an event put off or a booking made lies
/// after the act, whatever its tense.
static SCHEDULED_FOR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:set|slated|fixed|adjourned|postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off|moved|extended|prolonged|bail|bailed|remanded|listed|rebooked|rebook|booked|pencil(?:l)?ed\s+in)\s+(?:[a-z]+,?\s+){0,5}?(?:for|until|till|to|to\s+(?:re)?(?:appear|return)\s+(?:[\w'’]+\s+){0,6}?on)\s+(?:the\s+|a\s+|(?:his|her|their|its)\s+)?(?:(?:plea\s+)?(?:hearing|sentencing|trial|appearance|inquest)\s+on\s+)?(?:(?:week|month)\s+of\s+)?(?:(?:[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)\s+(?:on\s+)?)?$")
        .expect("the scheduled-for pattern is a valid regex")
});

/// A clock time opening a sentence before the day it falls on: "At 5:40pm on", "By noon on",
/// "From 9 a.m. GMT on".
static OPENING_CLOCK_LEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
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
static SCHEDULE_VERB_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
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
static AIMED_AHEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:promise[ds]?|pledge[ds]?|vow(?:s|ed)?|threaten(?:s|ed)?|call(?:s|ed)?|demand(?:s|ed)?|order(?:s|ed)?|urge[ds]?|ask(?:s|ed)?|schedule[ds]?|plan(?:s|ned)?|announce[ds]?|declare[ds]?)\s+(?:[\w'’-]+\s+){1,4}?(?:by|for|until|till)|(?:promise[ds]?|pledge[ds]?|vow(?:s|ed)?|threaten(?:s|ed)?|plan(?:s|ned)?|agree[ds]?|prepare[ds]?|intend(?:s|ed)?|vote[ds]?)\s+to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,3}?(?:on|by|from|for|until|till)|(?:promise[ds]?|pledge[ds]?|vow(?:s|ed)?|threaten(?:s|ed)?|signal(?:s|led|ed)?|forecast(?:s)?|predict(?:s|ed)?)\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?in|(?:give[ns]?|gave|giving|grant(?:s|ed|ing)?)\s+(?:him|her|them|us|me|you|(?:the|its|their|his|her)\s+[\w'’-]+|(?-i:[A-Z][\w'’-]*))\s+(?:[\w'’-]+\s+){0,2}?(?:until|till)|(?:given|granted)\s+(?:until|till)|(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+for\s+(?:[\w'’-]+\s+){1,4}?(?:from|(?:beginning|starting)(?:\s+(?:on|from))?))\s+(?:the\s+)?$")
        .expect("the aimed-ahead pattern is a valid regex")
});

/// A verb of announcing with a noun of [`LAUNCH_NOUNS`] as its object and "in" right before the
/// date: "announced a launch in September", "announces the release of its new phone in June".
/// What is brought out is to come; "announced a deal in September" tells when it was announced.
static ANNOUNCED_LAUNCH_RE: LazyLock<Regex> = LazyLock::new(|| {
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
static LEADS_UP_TO_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:ahead\s+of|in\s+(?:preparation\s+for|the\s+run-up\s+to)|prepar(?:e|es|ed|ing)\s+for|a\s+doubt\s+for|pole(?:\s+position)?\s+for)\s+(?:(?:the|a|an|its|their|his|her|this)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:on|in|for)\s+(?:the\s+)?)?$")
        .expect("the leads-up-to pattern is a valid regex")
});

/// "before" and the noun of an event ending right before a day or month: "met before talks on
/// March 20". Group `noun` is checked against the words of a time of day ("before midnight on
/// Saturday" tells only of a limit).
static BEFORE_EVENT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)before\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?P<noun>[a-z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,2}?(?:on|in)\s+$")
        .expect("the before-event pattern is a valid regex")
});

/// How many months ahead of the anchor's a date that a phrase leads up to may lie and still be
/// this year's ("ahead of a snap poll on April 14"; "busy ahead of Christmas" or "slowed in
/// the run-up to Easter", written in January, is the one gone by).
const LEADS_UP_TO_MONTHS: i32 = 2;

/// A verb of expecting with its object between it and the date: "said it expected queues on
/// Friday", "expects a full house on Sunday", "anticipates heavy traffic over Easter".
/// What is expected has not happened at the time of expecting. Group `object` holds the words
/// between, checked in [`Context::expected_object_ahead`].
static EXPECTED_OBJECT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<verb>expect(?:s|ed)?|anticipate[ds]?)\s+(?P<object>(?:[\w'’,-]+\s+){1,5}?)(?:on|in|for|from|over|at|during|until|till)\s+(?:the\s+)?$")
        .expect("the expected-object pattern is a valid regex")
});

/// A word of a plan gone by before a verb of a timetable and the date: "originally scheduled
/// for", "was initially set for", "had previously been booked for". The date was superseded, so it
/// is read as the nearest one either side of the anchor, not as one to come.
static SUPERSEDED_PLAN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:originally|initially|previously)\s+(?:(?:been|be)\s+)?(?:scheduled|planned|set|due|slated|booked|fixed|pencil(?:l)?ed\s+in|timetabled)\s+(?:to\s+[a-z]+\s+(?:[a-z]+\s+)?)?(?:for|on|in|to)\s+(?:the\s+)?$")
        .expect("the superseded-plan pattern is a valid regex")
});

/// What follows a holiday and tells where it falls, up to the day: "Easter falls on",
/// "Christmas Day will fall on", "Thanksgiving is on".
static HOLIDAY_FALLS_ON_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,?\s+(?:this\s+year\s+|next\s+year\s+)?(?:falls|fell|will\s+fall|lands|is|was|will\s+be)\s+on\s+")
        .expect("the holiday-falls-on pattern is a valid regex")
});

/// A market's close or closing level right before a weekday: "a premium of 38% to the closing
/// price on Monday", "its close on Friday", "a premium to the firm's close on Friday" (an owner's
/// close after a preposition of comparison), "the closing level of Thursday" ("polls are closing
/// on Sunday" is a verb; "before the fair's close on Sunday" is an event's end). A price already measured is one gone by, whatever the tense of the
/// main verb ("will pay a premium to").
static CLOSING_MEASURE_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:closing(?:\s+(?:share|stock|market))?\s+(?:prices?|levels?|values?|quotes?|bell)|(?:the|its|their|his|her|last)\s+(?:close|closing)|(?-u:\b)(?:to|from|over|above|below|against|versus)\s+(?:the\s+)?[\w.&-]+['’]s?\s+close)\s+(?:on|of)\s+$")
        .expect("the closing-measure pattern is a valid regex")
});

/// A clock time or a named hour of a deadline right before a weekday: "by 5pm Friday", "by
/// noon on Monday", "until 6am on Thursday", also with a time zone after the hour ("by 6am GMT
/// Friday", "until 9pm local time on Sunday", "by noon Kyiv time Monday"). Group `until` holds
/// a preposition of a time that lasts up to the hour, not of a limit ("by").
static DEADLINE_HOUR_BEFORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:by|(?P<until>until|till|through))\s+(?:[0-9]{1,2}(?:[.:][0-9]{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)(?:\s+(?-i:[A-Z]{2,4})|\s+(?:local|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+time)?\s+(?:on\s+)?$")
        .expect("the deadline-hour pattern is a valid regex")
});

/// "of that year", "that year", "of the same year" right after a month, a day or a holiday:
/// the year told last before it ("In January 1975 … in December of that year").
static THAT_YEAR_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,?\s+(?i:of\s+)?(?i:that|the\s+same)\s+(?i:year)(?-u:\b)")
        .expect("the that-year pattern is a valid regex")
});

/// How many sentences back a written year may stand and still be the one "that year" points to.
const THAT_YEAR_REACH: usize = 3;

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
    /// A period this many years from the date told just before it ("a year earlier"), at
    /// that date's grain: a day, a month, a quarter, a half or a year.
    YearShift(i16),
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
    attach_time_days(&mut found, layout, text);
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

impl Context<'_> {
    /// The body text before the candidate, at most `limit` bytes, cut on a char boundary.
    fn before(&self, limit: usize) -> &str {
        let mut from = self.span.start.saturating_sub(limit).max(self.range.start);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        self.text.get(from..self.span.start).unwrap_or("")
    }

    /// The body text after the candidate, at most `limit` bytes, cut on a char boundary.
    fn after(&self, limit: usize) -> &str {
        let mut to = (self.span.end + limit).min(self.range.end);
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        self.text.get(self.span.end..to).unwrap_or("")
    }

    /// Whether the body text the candidate stands in has one of `words` (lower case).
    fn paragraph_has_word(&self, words: &rustc_hash::FxHashSet<&str>) -> bool {
        self.text
            .get(self.range.start..self.range.end)
            .is_some_and(|p| {
                p.split(|c: char| !c.is_alphanumeric())
                    .any(|w| words.contains(w.to_lowercase().as_str()))
            })
    }

    /// Whether the sentence around the candidate has a verb in the past: a past reporting verb
    /// or auxiliary ("said", "was"), a longer word in "-ed" ("happened"), or an irregular past
    /// form with no auxiliary before it ("won", not "will be held").
    fn past(&self) -> bool {
        self.past_with(true)
    }

    /// [`Context::past`]; with `perfect` false, a participle in "-ed" after "has" or "have"
    /// ("The Met Office has issued a warning for Thursday") tells of no past day.
    fn past_with(&self, perfect: bool) -> bool {
        self.past_in(perfect, false)
    }

    /// [`Context::past_with`]; with `skip_attribution`, a closing attribution after a comma
    /// ("…will not be affected, officials said") is left out: it tells when the words were
    /// said, not when the date's clause happens.
    fn past_in(&self, perfect: bool, skip_attribution: bool) -> bool {
        self.past_since(perfect, skip_attribution, 0)
    }

    /// [`Context::past_in`], with the text before the candidate cut to start at byte `floor`
    /// of the text at the earliest.
    fn past_since(&self, perfect: bool, skip_attribution: bool, floor: usize) -> bool {
        let before = self.before(80);
        let cut = (self.span.start - before.len()).max(floor);
        let before = self.text.get(cut..self.span.start).unwrap_or(before);
        let before = last_clause(before);
        // "…, the Weather Service warned, and a warning is in effect through Sunday": a clause
        // joined by "and" or "but" after a comma has a verb of its own.
        let before = [", and ", ", but "]
            .iter()
            .filter_map(|link| before.rfind(link).map(|at| at + link.len()))
            .max()
            .and_then(|at| before.get(at..))
            .unwrap_or(before);
        let after = self.after(80);
        let after = after.split(['.', '!', '?']).next().unwrap_or(after);
        // "on March 7, with heavy falls expected in Lahore": a clause opened by "with" after a
        // comma has a participle of its own, no verb of the date.
        let after = after.split(", with ").next().unwrap_or(after);
        let after = if skip_attribution {
            after
                .get(..closing_attribution_start(after))
                .unwrap_or(after)
        } else {
            after
        };
        let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
        let auxiliaries = crate::word_set!(reporting::PARTICIPLE_AUXILIARIES);
        let passive = crate::word_set!(reporting::PASSIVE_AUXILIARIES);
        let articles = crate::word_set!(crate::lexicon::function_words::ARTICLES);
        let mut previous = String::new();
        let mut before_previous = String::new();
        for (segment, at, word) in [before, after]
            .into_iter()
            .flat_map(|s| letter_words(s).map(move |(at, w)| (s, at, w)))
        {
            let w = word.to_lowercase();
            // "have now won": an adverb between an auxiliary and its participle leaves the
            // auxiliary in force.
            if auxiliaries.contains(previous.as_str())
                && crate::word_set!(reporting::AUXILIARY_ADVERBS).contains(w.as_str())
            {
                continue;
            }
            // "the Met Office": a capitalised word inside the clause is a name, not a verb.
            if !previous.is_empty() && word.starts_with(char::is_uppercase) {
                before_previous = std::mem::replace(&mut previous, w);
                continue;
            }
            // "a shot at the title": a word right after an article is a noun.
            let noun = articles.contains(previous.as_str());
            let simple_past = participles.contains(w.as_str())
                && !auxiliaries.contains(previous.as_str())
                && !noun;
            // "will be attended", "is expected to": a participle of the present or future.
            let after_perfect = !perfect && matches!(previous.as_str(), "has" | "have");
            let regular_past = w.len() >= 6
                && w.ends_with("ed")
                && !passive.contains(previous.as_str())
                && !after_perfect;
            // "died", "sued", "fired", "voted", not "London-based": a short regular past.
            let short_past = is_short_e_past(&w)
                && !segment[..at].ends_with('-')
                && !passive.contains(previous.as_str())
                && !after_perfect
                && !noun;
            let unchanged_past = unchanged_past(&w, &previous, &before_previous);
            if simple_past
                || (is_past_verb(&w) && !after_perfect)
                || regular_past
                || short_past
                || unchanged_past
            {
                return true;
            }
            before_previous = std::mem::replace(&mut previous, w);
        }
        false
    }

    /// Whether the candidate's clause has a verb in the past once a verb of saying before it
    /// and a closing attribution after it are left out: "said it could not wait until" and
    /// "said: \"We cannot wait until" have none, "the plant stayed open until" has one.
    fn past_after_saying(&self) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let cues = crate::word_set!(reporting::CUE_WORDS);
        let floor = letter_words(clause)
            .filter(|&(_, w)| {
                let w = lower(w);
                cues.contains(w.as_str()) && is_past_verb(w.as_str())
            })
            .map(|(at, w)| self.span.start - clause.len() + at + w.len())
            .last()
            .unwrap_or(self.span.start - clause.len());
        self.past_since(true, true, floor)
    }

    /// Whether the clause before the candidate has a verb in the past or the present perfect
    /// ("it shipped 12 million", "cases were recorded", "has sold"), as [`Context::past`]
    /// reads them; a candidate opening its sentence ("In eight weeks, it shipped…") or a clause
    /// after a conjunction ("was agreed that in 21 days, if …, it ends") is read with the rest
    /// of the sentence instead, a closing attribution ("…, she said") left out.
    fn past_before(&self) -> bool {
        let clause = last_clause(self.before(80));
        let after_conjunction = crate::lexicon::function_words::CLAUSE_OPENING_CONJUNCTIONS
            .contains(&last_word(clause).to_lowercase().as_str())
            && clause.ends_with(char::is_whitespace);
        if after_conjunction {
            return self.past_since(true, true, self.span.start);
        }
        let opening = clause
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty();
        if opening {
            return self.past_in(true, true);
        }
        let before_only = Context {
            range: Span::new(self.range.start, self.span.end),
            ..*self
        };
        before_only.past_with(true)
    }

    /// Whether a clause in the present sets the candidate ahead: no past verb stands around it
    /// (a perfect such as "has issued" aside), and before it in its clause comes a word of
    /// [`SCHEDULE_WORDS`] ("Rain is forecast for Thursday", "City host Rovers on Saturday",
    /// "There is a risk of flooding on Friday") or a present "is" or "are" that sets a time,
    /// place or warning in force ("Kick-off is at 8pm on Wednesday"), with no word of
    /// [`BACKWARD_WORDS`] between ("He is at home after the crash on Friday" is past).
    fn present_schedule(&self) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let schedule = crate::word_set!(SCHEDULE_WORDS);
        let fixture = crate::word_set!(FIXTURE_VERBS);
        let determiners = crate::word_set!(crate::lexicon::function_words::ARTICLES);
        let cue_end = letter_words(clause)
            .filter(|&(at, w)| {
                let w = w.to_lowercase();
                schedule.contains(w.as_str())
                    || (fixture.contains(w.as_str())
                        && !determiners.contains(
                            last_word(clause.get(..at).unwrap_or(""))
                                .to_lowercase()
                                .as_str(),
                        ))
            })
            .map(|(at, w)| at + w.len())
            .chain(phrase_ends(clause, FIXTURE_PHRASES))
            .chain(COPULA_AT_RE.find_iter(clause).map(|m| m.end()))
            .max();
        let Some(cue_end) = cue_end else {
            return false;
        };
        let backward = crate::word_set!(BACKWARD_WORDS);
        let looks_back = clause[cue_end..]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| backward.contains(w.to_lowercase().as_str()));
        // "Rovers won on Saturday and host City on Sunday": a verb joined by "and" right
        // before the cue has a tense of its own; the past before the "and" is another clause.
        let floor = coordinated_verb_start(clause.get(..cue_end).unwrap_or(""))
            .map_or(0, |at| self.span.start - clause.len() + at);
        // "Rain is forecast for Thursday, forecasters said": a closing attribution tells when
        // the words were said, not when the timetable's day is.
        !looks_back && !self.past_since(false, true, floor)
    }

    /// Whether a future word follows the candidate in its sentence with no past verb before or
    /// around it: "The election on 4 July will be the first summer poll", "The vote on 4 July
    /// will decide it". The date may still be one gone by ("The crash on 4 February will be
    /// investigated"), so this only widens how far ahead a month is read as this year's.
    fn future_after(&self) -> bool {
        future_word_ahead(self.after(FUTURE_WORD_REACH)) && !self.past_in(true, true)
    }

    /// Whether the clause around the candidate speaks of the future: a future word before it
    /// with no past-tense reporting verb or auxiliary in between ("The airline will cut routes,
    /// its chief said on Thursday" is a past Thursday), or a date something is set for right
    /// before it ("set sentencing for March 3").
    fn future(&self) -> bool {
        if self.superseded_plan() {
            return false;
        }
        let before = self.before(FUTURE_WORD_REACH);
        if SCHEDULED_FOR_RE.is_match(before)
            || COPULA_BEFORE_RE.is_match(before)
            || HAS_UNTIL_RE.is_match(before)
        {
            return true;
        }
        // "a cut by June": a deadline, to come unless the clause tells of the past ("had
        // fallen by June").
        if last_word(before).eq_ignore_ascii_case("by")
            && before.ends_with(char::is_whitespace)
            && (!self.past()
                || ahead_participle_before_by(before)
                || PURPOSE_BY_RE
                    .captures(last_clause(before))
                    .and_then(|caps| caps.name("verb"))
                    .is_some_and(|verb| {
                        !CHANGE_VERBS.contains(&verb.as_str().to_lowercase().as_str())
                            && !past_perfect_before(&last_clause(before)[..verb.start()])
                    }))
        {
            return true;
        }
        // "It will help Lind, who on Saturday held a rally": a relative clause has its own tense.
        let clause = relative_clause(last_clause(before));
        // "could not be reached on Tuesday" tells of the past.
        let Some(last) = FUTURE_RE
            .find_iter(clause)
            .filter(|m| counts_as_future(clause, m))
            // "The loan came due in February": what fell due is past.
            .filter(|m| {
                !(m.as_str()
                    .get(..3)
                    .is_some_and(|w| w.eq_ignore_ascii_case("due"))
                    && clause[..m.start()]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| is_past_verb(&w.to_lowercase())))
            })
            .filter(|m| {
                !(m.as_str().eq_ignore_ascii_case("could")
                    && clause[m.end()..].trim_start().starts_with("not"))
            })
            .last()
        else {
            return false;
        };
        let tail = &clause[last.end()..];
        // "would be announced on 30 October": a participle right after "be" is a passive of
        // the future, no verb of the past.
        let mut previous = "";
        let past_in_tail = tail
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .any(|w| {
                let past = is_past_verb(w) && !previous.eq_ignore_ascii_case("be");
                previous = w;
                past
            });
        !past_in_tail
            && !past_event_after(tail)
            && !past_clause_after_link(tail)
            && !past_participle_governs_date(tail)
    }
}

impl Context<'_> {
    /// Whether the candidate's own clause looks ahead from a past time of telling: a past "was"
    /// or "were" before it with a predicate of [`CHANCE_PREDICATES`] ("said more delays were
    /// likely on Friday"), or, in reported speech (a verb of [`reporting::CUE_WORDS`] before it
    /// in the sentence, or a closing attribution), one of [`REPORTED_PLAN_PREDICATES`] ("the
    /// ruling was due on Friday") or of [`REPORTED_INTENT_PREDICATES`] before "to" ("was
    /// prepared to act as early as the weekend"). A past verb between the predicate and the
    /// candidate, or after the candidate in its sentence, tells of a day gone by.
    fn backshifted_ahead(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        let sentence = last_clause(before);
        let clause = relative_clause(sentence);
        let Some(caps) = BACKSHIFTED_PREDICATE_RE.captures_iter(clause).last() else {
            return false;
        };
        let (Some(whole), Some(predicate)) = (caps.get(0), caps.name("predicate")) else {
            return false;
        };
        let predicate = predicate.as_str().to_lowercase();
        let tail = &clause[whole.end()..];
        let chance = CHANCE_PREDICATES.contains(&predicate.as_str());
        let plan = REPORTED_PLAN_PREDICATES.contains(&predicate.as_str())
            || (REPORTED_INTENT_PREDICATES.contains(&predicate.as_str())
                && last_word(tail.split_whitespace().next().unwrap_or(""))
                    .eq_ignore_ascii_case("to"));
        if !(chance || plan) {
            return false;
        }
        let past_word = |w: &str| {
            let w = lower(w);
            let w = w.as_str();
            (is_past_verb(w) || is_regular_past(w)) && !AHEAD_PARTICIPLES.contains(&w)
        };
        let after = self.after(FUTURE_WORD_REACH);
        let rest = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
        let attribution = closing_attribution_start(rest);
        let rest = rest.get(..attribution).unwrap_or(rest);
        if letter_words(tail).any(|(_, w)| past_word(w))
            || past_event_after(tail)
            || past_clause_after_link(tail)
            || letter_words(rest).any(|(_, w)| past_word(w))
        {
            return false;
        }
        let cues = crate::word_set!(reporting::CUE_WORDS);
        let reported = letter_words(&sentence[..sentence.len() - clause.len() + whole.start()])
            .any(|(_, w)| cues.contains(lower(w).as_str()))
            || attribution
                < after
                    .split(['.', ';', '!', '?'])
                    .next()
                    .unwrap_or(after)
                    .len();
        chance || reported
    }

    /// Whether a word of [`RETROACTIVE_WORDS`] stands right before the candidate, or before
    /// "to", "from" or "as of" and the candidate: "backdated to April", "retroactive from
    /// January" reach back to a time gone by.
    fn reaches_back(&self) -> bool {
        let ws = words(self.before(40));
        let mut back = ws.iter().rev().map(String::as_str);
        let mut cue = back.next();
        if matches!(cue, Some("to" | "from")) || (cue == Some("of") && back.next() == Some("as")) {
            cue = back.next();
        }
        self.before(1).chars().all(char::is_whitespace)
            && cue.is_some_and(|w| RETROACTIVE_WORDS.contains(&w))
    }

    /// Whether the candidate is the month a plan told in the present progressive starts from:
    /// "The council is banning cars from January", "Banks are introducing the fee from April
    /// onwards". "from" stands right before it, nothing but a clause break or a word of
    /// [`PLAN_START_FOLLOWERS`] after it ("from January levels" is no start), "is" or "are"
    /// and a verb in "-ing" (an adverb in "-ly" may stand between) earlier in its clause, and
    /// no verb of the past around it.
    fn progressive_plan_from(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        if !(last_word(before).eq_ignore_ascii_case("from") && before.ends_with(' ')) {
            return false;
        }
        let after = self.after(16);
        let next: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let closes = after.trim().is_empty()
            || after.starts_with([',', '.', ';', ':', '!', '?', ')'])
            || (after.starts_with(' ')
                && PLAN_START_FOLLOWERS.contains(&next.to_lowercase().as_str()));
        if !closes {
            return false;
        }
        let clause = last_clause(before);
        let mut previous = String::new();
        let mut before_previous = String::new();
        let progressive = letter_words(clause).any(|(_, word)| {
            let w = word.to_lowercase();
            let verb = w.len() >= 5 && w.ends_with("ing") && !ING_NON_VERBS.contains(&w.as_str());
            let after_copula = matches!(previous.as_str(), "is" | "are")
                || (previous.ends_with("ly") && matches!(before_previous.as_str(), "is" | "are"));
            before_previous = std::mem::replace(&mut previous, w);
            verb && after_copula
        });
        progressive && !self.past()
    }

    /// Whether the candidate opens its sentence ("On Friday, Blinken will travel to Riyadh",
    /// "Thursday, leaders are expected to sign", or owns an event set for it: "Friday's vote
    /// will decide") and the clause after it speaks of the future: a future word comes before
    /// any past verb ("On Friday, he said talks would resume" is a past Friday).
    fn opens_future_clause(&self) -> bool {
        let lead = last_clause(self.before(8)).trim_start();
        // "From Monday, masks will be required", "By Thursday, the council will have decided",
        // "In May, the valley will vote".
        let preposition = ["on ", "from ", "by ", "until ", "in "]
            .iter()
            .any(|p| lead.eq_ignore_ascii_case(p));
        let opens = lead.is_empty() || preposition;
        let at_start = last_clause(self.before(16)).trim_start().len() == lead.len();
        // "At 5:40pm on Wednesday the minister will meet both sides": a clock time opens the
        // sentence before the day, and the clause after it speaks of the future.
        let wide = self.before(48);
        let head = last_clause(wide);
        let clock_lead = (head.len() < wide.len() || wide.len() < 48)
            && OPENING_CLOCK_LEAD_RE.is_match(head.trim_start());
        if clock_lead {
            return future_in_main_clause(self.after(FUTURE_WORD_REACH));
        }
        let after = self.after(FUTURE_WORD_REACH);
        // "Thursday will be the hottest day", "Friday could see highs of 18C": the weekday is
        // the subject of a future word right after it.
        let subject = lead.is_empty()
            && after.starts_with(' ')
            && FUTURE_RE
                .find(after)
                .is_some_and(|m| after[..m.start()].trim().is_empty());
        let owns_event = lead.is_empty()
            && self.after(3).starts_with(['\'', '’'])
            && self.scheduled_event_after();
        // "On Wednesday the minister will meet": an opening preposition needs no comma.
        let marked = self.after(1).starts_with(',') || preposition || subject || owns_event;
        if !opens || !at_start || !marked {
            return false;
        }
        if !(self.after(1).starts_with(',') || subject || owns_event) {
            return future_in_main_clause(after);
        }
        future_word_ahead(after)
    }
}

impl Context<'_> {
    /// Whether a verb of a timetable in the present ([`SCHEDULE_VERB_BEFORE_RE`]) or a verb
    /// that looks ahead ([`AIMED_AHEAD_RE`]) governs the candidate from its clause. With
    /// `weekday`, a plural form that is also the simple past ("Schools shut on Friday") does
    /// not count. A verb after "had" tells of a plan gone by ("had threatened to strike on
    /// Friday").
    fn ahead_by_verb(&self, weekday: bool) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let not_after_had = |start: usize| {
            !last_word(clause.get(..start).unwrap_or("")).eq_ignore_ascii_case("had")
        };
        let aimed = AIMED_AHEAD_RE
            .find(clause)
            .or_else(|| ANNOUNCED_LAUNCH_RE.find(clause))
            .is_some_and(|m| not_after_had(m.start()));
        aimed
            || SCHEDULE_VERB_BEFORE_RE
                .captures(clause)
                .is_some_and(|caps| {
                    !(weekday && caps.name("ambiguous").is_some())
                        && caps.get(0).is_some_and(|m| not_after_had(m.start()))
                })
    }

    /// Whether a verb of expecting governs the candidate through its object
    /// ([`EXPECTED_OBJECT_RE`]): "said it expected queues on Friday". Not the passive ("crowds
    /// were expected in the square on Monday"), an adjective after a determiner ("the expected
    /// fall in March"), an expectation gone by ("had expected a deal on Friday"), nor an object
    /// holding a verb of the past ("expected that sales had fallen in March").
    fn expected_object_ahead(&self) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let Some(caps) = EXPECTED_OBJECT_RE.captures_iter(clause).last() else {
            return false;
        };
        let (Some(verb), Some(object)) = (caps.name("verb"), caps.name("object")) else {
            return false;
        };
        let previous = lower(last_word(clause.get(..verb.start()).unwrap_or("")));
        let blocked = crate::word_set!(crate::lexicon::function_words::ARTICLES)
            .contains(previous.as_str())
            || crate::word_set!(reporting::FORMS_OF_BE).contains(previous.as_str())
            || previous.as_str() == "had";
        !blocked
            && !letter_words(object.as_str()).any(|(_, w)| {
                let w = lower(w);
                is_past_verb(w.as_str()) || is_regular_past(w.as_str())
            })
    }

    /// Whether a plan gone by sets the candidate ([`SUPERSEDED_PLAN_RE`]): "The game, originally
    /// scheduled for 10 March, was moved".
    fn superseded_plan(&self) -> bool {
        SUPERSEDED_PLAN_RE.is_match(last_clause(self.before(FUTURE_WORD_REACH)))
    }

    /// Whether the candidate follows "on" after a noun of [`SCHEDULED_EVENT_NOUNS`] and the
    /// noun phrase is the subject of "will", "would" or "shall" right after it (after "be", a
    /// participle only of [`EVENT_TIMETABLE_PARTICIPLES`]): "said the vote
    /// on Sunday would be the last", "The match on 12 May will decide the title". An event set
    /// for a day and told of with a future is to come ("would have" guesses at the past; "the
    /// attack on Sunday would not go unpunished" names no event set for a day).
    fn event_subject_of_future(&self) -> bool {
        let before = self.before(40);
        let Some(head) = before.strip_suffix(" on ") else {
            return false;
        };
        // "kick-off on Saturday": the noun is the whole word before "on", hyphen and all.
        let noun = head.rsplit(char::is_whitespace).next().unwrap_or("");
        if !crate::word_set!(SCHEDULED_EVENT_NOUNS).contains(lower(noun).as_str()) {
            return false;
        }
        let after = self.after(32);
        if !after.starts_with(' ') {
            return false;
        }
        let mut next = letter_words(after).map(|(_, w)| lower(w));
        // "sailings on Friday may be cancelled": a hedged modal sets the event in a timetable too.
        let modal = next.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "will" | "would" | "shall" | "may" | "might" | "could" | "should"
            )
        });
        if !modal {
            return false;
        }
        match next.next() {
            Some(w) if w.as_str() == "have" => false,
            // "will be remembered", "would be investigated" look back on the event; "will be
            // played", "would be moved" set it in a timetable.
            Some(w) if w.as_str() == "be" => next.next().is_none_or(|p| {
                let p = p.as_str();
                let participle = is_regular_past(p)
                    || crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES).contains(p);
                !participle || EVENT_TIMETABLE_PARTICIPLES.contains(&p)
            }),
            Some(_) => true,
            None => false,
        }
    }

    /// Whether the candidate opens its clause (at the start of its sentence or quotation, after
    /// a comma, or after "and", "but" or "while" that follow no weekday) and is the subject of a word of the future or
    /// of [`OUTLOOK_VERBS`] right after it: "Thursday sees gales, and Friday should turn
    /// milder", "If the tally is contested, Friday may stretch on", "The weekend promises sun". A
    /// hedged modal before "have" guesses at the past ("Friday could have been"), and "would"
    /// may tell a future seen from the past.
    fn subject_of_outlook(&self) -> bool {
        let after = self.after(FUTURE_WORD_REACH);
        let Some(rest) = after.strip_prefix(' ') else {
            return false;
        };
        let mut next = letter_words(rest).map(|(_, w)| lower(w));
        let Some(verb) = next.next() else {
            return false;
        };
        let verb = verb.as_str();
        let outlook = OUTLOOK_VERBS.contains(&verb);
        let future = verb != "would"
            && FUTURE_RE
                .find(rest)
                .is_some_and(|m| m.start() == 0 && counts_as_future(rest, &m));
        if !(outlook || future) || next.next().is_some_and(|w| w.as_str() == "have") {
            return false;
        }
        let before = last_clause(self.before(40));
        let before = before.rsplit('\n').next().unwrap_or(before);
        let lead = before.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\'')
        });
        let conjunction = last_word(lead);
        // "counts from Saturday and Sunday may be revised": two days joined in one phrase,
        // not a clause of its own.
        let opens_clause_after = before.ends_with(' ')
            && ["and", "but", "while"]
                .iter()
                .any(|w| conjunction.eq_ignore_ascii_case(w))
            && lead
                .strip_suffix(conjunction)
                .is_some_and(|head| weekday_of(last_word(head)).is_none());
        lead.trim().is_empty() || lead.ends_with(',') || opens_clause_after
    }

    /// Whether a phrase of what the clause leads up to ([`LEADS_UP_TO_RE`]) ends right before
    /// the candidate, or with `event`, "before" and the noun of an event ([`BEFORE_EVENT_RE`]).
    fn leads_up_to(&self, event: bool) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        LEADS_UP_TO_RE.is_match(clause)
            || (event
                && BEFORE_EVENT_RE.captures(clause).is_some_and(|caps| {
                    caps.name("noun").is_some_and(|noun| {
                        let noun = noun.as_str().to_lowercase();
                        !crate::word_set!(TIMES_OF_DAY).contains(noun.as_str())
                            && !crate::word_set!(PARTS_OF_DAY).contains(noun.as_str())
                    })
                }))
    }

    /// Whether the candidate ends a participle phrase that modifies a noun ("Anyone arriving
    /// after Friday", "Passengers travelling on Sunday") and the sentence goes on with a word
    /// of the future before any past verb ("… will be refused entry"): the phrase picks out
    /// who is concerned by what is to come, so its date is ahead too. A participle in "-ing"
    /// counts before a preposition of [`PARTICIPLE_DATE_PREPOSITIONS`]; with `past_form`, a
    /// past participle too, before one of [`THRESHOLD_PREPOSITIONS`] ("Those hired after June
    /// 1 will be exempt"). An article before the participle makes it a noun ("the meeting on
    /// Friday"); an auxiliary or a past verb before it in its clause makes it a verb of its own
    /// ("were arriving on Friday", "said those arriving").
    fn modifier_participle_ahead(&self, past_form: bool) -> bool {
        let clause = after_opening_quote(last_clause(self.before(FUTURE_WORD_REACH)));
        if !clause.ends_with(char::is_whitespace) {
            return false;
        }
        let ws: Vec<&str> = letter_words(clause).map(|(_, w)| w).collect();
        let Some((&preposition, head)) = ws.split_last() else {
            return false;
        };
        // "A storm drifting up from the coast on Sunday": a phrase of where to between the
        // participle of motion and the date's preposition.
        let place = if past_form { 0 } else { place_phrase_len(head) };
        let head = head.get(..head.len() - place).unwrap_or(head);
        // "hired on or after June 1": the participle stands before the two prepositions.
        let head = match head {
            [rest @ .., first, or]
                if or.eq_ignore_ascii_case("or")
                    && THRESHOLD_PREPOSITIONS
                        .iter()
                        .chain(["on"].iter())
                        .any(|p| p.eq_ignore_ascii_case(first)) =>
            {
                rest
            }
            _ => head,
        };
        let Some((&participle, head)) = head.split_last() else {
            return false;
        };
        let Some(&subject) = head.last() else {
            return false;
        };
        let preposition = lower(preposition);
        let participle = lower(participle);
        let (preposition, participle) = (preposition.as_str(), participle.as_str());
        let ing = participle.len() >= 5
            && participle.ends_with("ing")
            && !BACKWARD_WORDS.contains(&participle)
            && PARTICIPLE_DATE_PREPOSITIONS.contains(&preposition);
        let past_participle = past_form
            && THRESHOLD_PREPOSITIONS.contains(&preposition)
            && ((participle.len() >= 5 && participle.ends_with("ed"))
                || is_short_e_past(participle)
                || crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES).contains(participle));
        if !(ing || past_participle) {
            return false;
        }
        let subject = lower(subject);
        if crate::word_set!(crate::lexicon::function_words::ARTICLES).contains(subject.as_str())
            || crate::word_set!(reporting::PARTICIPLE_AUXILIARIES).contains(subject.as_str())
        {
            return false;
        }
        let past_before = head.iter().any(|w| {
            let w = lower(w);
            let w = w.as_str();
            is_past_verb(w) || is_regular_past(w)
        });
        if past_before {
            return false;
        }
        future_word_ahead(self.after(FUTURE_WORD_REACH))
            || (ing && place > 0 && self.motion_after_with(head))
    }

    /// Whether `head`, the words before a participle of motion and its phrase of place that
    /// end right before the candidate, closes on "with" and a short subject after a present
    /// "is" or "are" or a word of the future, and nothing past the candidate up to the next
    /// comma or "and" is a verb in the past: "The thaw is ending, with hail driving east
    /// on Friday" tells of a movement to come with no future verb of its own. A past verb in
    /// `head` is ruled out by the caller.
    fn motion_after_with(&self, head: &[&str]) -> bool {
        let Some(with_at) = head
            .iter()
            .rposition(|w| w.eq_ignore_ascii_case("with"))
            .filter(|&at| (1..=MAX_WITH_SUBJECT_WORDS).contains(&(head.len() - at - 1)))
        else {
            return false;
        };
        let present = head.get(..with_at).unwrap_or_default().iter().any(|w| {
            ["is", "are"].iter().any(|be| be.eq_ignore_ascii_case(w))
                || FUTURE_RE
                    .find(w)
                    .is_some_and(|m| m.len() == w.len() && !w.eq_ignore_ascii_case("next"))
        });
        let after = self.after(FUTURE_WORD_REACH);
        let after = after
            .split([',', '.', ';', '!', '?'])
            .next()
            .unwrap_or(after);
        let past_after = letter_words(after)
            .map(|(_, w)| lower(w))
            .take_while(|w| w.as_str() != "and")
            .any(|w| is_past_verb(w.as_str()) || is_regular_past(w.as_str()));
        present && !past_after
    }

    /// Whether the candidate ends a time allowed, in a clause not of the past: "Schools are
    /// closed until Monday", "must be in by 5pm Friday" ("He was held until Monday" is past).
    fn deadline_ahead(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        let until = matches!(
            last_word(before).to_lowercase().as_str(),
            "until" | "till" | "through"
        ) && before.ends_with(char::is_whitespace);
        (until || DEADLINE_HOUR_BEFORE_RE.is_match(before))
            && (!self.past() || self.measure_in_force_until())
    }

    /// Whether the candidate ends the time a measure stays in force, after "until", "till" or
    /// "through" (a clock time between or not), with a word of [`MEASURE_IN_FORCE_WORDS`] in
    /// its clause: "issued a warning through 11pm Friday", "classes were canceled until
    /// Monday". Told in the past, the measure still runs ahead ("He was held until Monday" is
    /// past).
    fn measure_in_force_until(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        let until = (matches!(
            last_word(before).to_lowercase().as_str(),
            "until" | "till" | "through"
        ) && before.ends_with(char::is_whitespace))
            || DEADLINE_HOUR_BEFORE_RE
                .captures(before)
                .is_some_and(|caps| caps.name("until").is_some());
        let measures = crate::word_set!(MEASURE_IN_FORCE_WORDS);
        let stays = crate::word_set!(PAST_SPAN_VERBS);
        let clause = last_clause(before);
        until
            && letter_words(clause).any(|(_, w)| measures.contains(lower(w).as_str()))
            && !letter_words(clause).any(|(_, w)| stays.contains(lower(w).as_str()))
    }
}

impl Context<'_> {
    /// The word after the candidate, past a possessive "'s" ("Friday's vote" → "vote"), in
    /// lower case.
    fn noun_after(&self) -> String {
        let after = self.after(24);
        let after = ["'s", "’s"]
            .iter()
            .find_map(|s| after.strip_prefix(s))
            .unwrap_or(after);
        let Some(rest) = after.strip_prefix(char::is_whitespace) else {
            return String::new();
        };
        rest.split(|c: char| !(c.is_alphabetic() || c == '-'))
            .next()
            .unwrap_or("")
            .to_lowercase()
    }

    /// Whether a noun of [`CONTRACT_NOUNS`] follows the candidate, right after it or after one
    /// word in lower case ("for April delivery", "December corn futures").
    fn contract_month(&self) -> bool {
        let after = self.after(32);
        let mut words = after.split(' ');
        if words.next() != Some("") {
            return false;
        }
        let noun = |w: &str| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            CONTRACT_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
        };
        match (words.next(), words.next()) {
            (Some(first), _) if noun(first) => true,
            (Some(first), Some(second)) => {
                first.chars().all(|c| c.is_ascii_lowercase()) && !first.is_empty() && noun(second)
            }
            _ => false,
        }
    }

    /// Whether a noun of [`SCHEDULED_EVENT_NOUNS`] follows the candidate ("a Friday vote").
    fn scheduled_event_after(&self) -> bool {
        crate::word_set!(SCHEDULED_EVENT_NOUNS).contains(self.noun_after().as_str())
    }

    /// Whether the candidate is the day of a market's close, a level measured already: after
    /// [`CLOSING_MEASURE_BEFORE_RE`] ("to the closing price on Monday") or before "'s close"
    /// or "'s closing" ("above Friday's close").
    fn closing_measure(&self) -> bool {
        let after = self.after(12);
        let owns_close = ["'s clos", "’s clos"].iter().any(|p| {
            after
                .get(..p.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(p))
        });
        owns_close || CLOSING_MEASURE_BEFORE_RE.is_match(self.before(48))
    }

    /// Whether the candidate owns an event of [`SCHEDULED_EVENT_NOUNS`] right after a word of
    /// [`BACKWARD_WORDS`] ("after Saturday's federal election") in a sentence whose verb before
    /// it is in the past or the present perfect, not one of speech and with no modal after it:
    /// "The party has won a majority, with its leader set to govern after Sunday's vote" looks
    /// back on a vote gone by; "She said she will quit after Sunday's vote" does not.
    fn owned_event_looked_back_on(&self) -> bool {
        let after = self.after(48);
        let Some(rest) = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("’s "))
        else {
            return false;
        };
        let events = crate::word_set!(SCHEDULED_EVENT_NOUNS);
        let owns_event = rest
            .split([',', '.', ';', ':', '!', '?'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(3)
            .any(|w| events.contains(w.to_lowercase().as_str()));
        let before = self.before(240);
        let backward = crate::word_set!(BACKWARD_WORDS);
        if !owns_event
            || !before.ends_with(' ')
            || !backward.contains(last_word(before).to_lowercase().as_str())
        {
            return false;
        }
        let head = [". ", "! ", "? "]
            .iter()
            .filter_map(|end| before.rfind(end).map(|at| at + end.len()))
            .max()
            .and_then(|at| before.get(at..))
            .unwrap_or(before);
        let cues = crate::word_set!(reporting::CUE_WORDS);
        let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
        let auxiliaries = crate::word_set!(reporting::PARTICIPLE_AUXILIARIES);
        let modals = crate::word_set!(reporting::MODAL_VERBS);
        let mut told_in_past = false;
        let mut previous = String::new();
        for (_, word) in letter_words(head) {
            let w = word.to_lowercase();
            if matches!(previous.as_str(), "has" | "have")
                && crate::word_set!(reporting::AUXILIARY_ADVERBS).contains(w.as_str())
            {
                continue;
            }
            let perfect = matches!(previous.as_str(), "has" | "have")
                && (participles.contains(w.as_str())
                    || is_past_verb(&w)
                    || (w.len() >= 5 && (w.ends_with("ed") || w.ends_with("en"))));
            let simple_past = (is_past_verb(&w) || participles.contains(w.as_str()))
                && !auxiliaries.contains(previous.as_str());
            if modals.contains(w.as_str()) {
                told_in_past = false;
            } else if (perfect || simple_past) && !cues.contains(w.as_str()) {
                told_in_past = true;
            }
            previous = w;
        }
        told_in_past
    }

    /// Whether the candidate names the day of a time limit in a clause that is not of the past
    /// ("faces a Friday deadline", not "missed a Friday deadline").
    fn deadline_to_come(&self) -> bool {
        crate::word_set!(DEADLINE_NOUNS).contains(self.noun_after().as_str()) && !self.past()
    }

    /// Whether the candidate is the day of a time limit named right before it with "of" ("have
    /// agreed an end date of 31 December", "faces a deadline of June 30"), in a clause with no
    /// simple past before it ("missed a deadline of 31 January") and no past verb after it in
    /// its sentence ("the deadline of 31 January passed"), a closing attribution left out.
    fn deadline_of(&self) -> bool {
        let before = self.before(40).to_lowercase();
        let Some(head) = before.strip_suffix(" of ") else {
            return false;
        };
        let head = head.trim_end();
        let named = DEADLINE_NOUNS.iter().chain(LIMIT_DATE_NOUNS).any(|noun| {
            head.strip_suffix(noun).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
            })
        });
        if !named || self.past_with(false) {
            return false;
        }
        let after = self.after(FUTURE_WORD_REACH);
        let rest = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
        let rest = rest.get(..closing_attribution_start(rest)).unwrap_or(rest);
        !letter_words(rest).any(|(_, w)| {
            let w = lower(w);
            let w = w.as_str();
            (is_past_verb(w) || is_regular_past(w)) && !AHEAD_PARTICIPLES.contains(&w)
        })
    }
}

/// Whether the clause that `after` opens (a leading comma passed over) has a word of the future
/// ([`FUTURE_RE`]) before its next comma, with no past verb, regular or not, before it: "… the
/// minister will meet", not "… the council voted to close the pool, which will".
fn future_in_main_clause(after: &str) -> bool {
    let after = after.trim_start_matches([',', ' ']);
    let head = after
        .split([',', '.', ';', '!', '?'])
        .next()
        .unwrap_or(after);
    let Some(first) = FUTURE_RE
        .find_iter(head)
        .find(|m| counts_as_future(head, m))
    else {
        return false;
    };
    !letter_words(&head[..first.start()]).any(|(_, w)| {
        let w = lower(w);
        is_past_verb(w.as_str()) || is_regular_past(w.as_str())
    })
}

/// Whether the sentence that `after` opens has a word of the future ([`FUTURE_RE`]) with no
/// past verb before it: "… will be refused entry", not "… he said talks would resume".
fn future_word_ahead(after: &str) -> bool {
    let sentence = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
    let Some(first) = FUTURE_RE
        .find_iter(sentence)
        .find(|m| counts_as_future(sentence, m))
    else {
        return false;
    };
    let head = &sentence[..first.start()];
    !head
        .split(|c: char| !c.is_alphabetic())
        .any(|w| is_past_verb(lower(w).as_str()))
        && !past_main_verb_before(head)
}

/// The most words of a subject before its main verb that [`past_main_verb_before`] reads.
const MAX_SUBJECT_WORDS: usize = 5;

/// Whether `head`, the words between an opening date and the first word of the future in its
/// sentence, has a main verb in the past that the future word does not govern: a regular past
/// ("voted", "approved") or a perfect ("has approved") right after a short subject with no
/// comma or conjunction before it, followed before the future word by a comma or a word of
/// [`function_words::CLAUSE_BREAK_WORDS`] ("On Monday, the council voted to close the pool, which will shut"),
/// or the word of the future is its infinitive ("On Monday, the board agreed to close").
/// A participle after an article, an adverb in "-ly" or a passive auxiliary describes a noun
/// or is passive ("the newly elected mayor will", "the man accused of fraud will").
fn past_main_verb_before(head: &str) -> bool {
    use crate::lexicon::function_words;
    let clause = head.trim_start_matches([',', ' ']);
    let ws: Vec<(usize, &str)> = letter_words(clause).collect();
    let conjunctions = function_words::CLAUSE_OPENING_CONJUNCTIONS;
    let breaks = function_words::CLAUSE_BREAK_WORDS;
    let determiners = crate::word_set!(crate::lexicon::function_words::ARTICLES);
    let possessives = crate::word_set!(reporting::POSSESSIVE_DETERMINERS);
    let passive = crate::word_set!(reporting::PASSIVE_AUXILIARIES);
    let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
    for (index, &(at, word)) in ws.iter().enumerate().take(MAX_SUBJECT_WORDS + 1) {
        let w = lower(word);
        let w = w.as_str();
        let subject = clause.get(..at).unwrap_or("");
        if subject.contains(',')
            || ws.iter().take(index).any(|(_, s)| {
                let s = lower(s);
                conjunctions.contains(&s.as_str()) || breaks.contains(&s.as_str())
            })
        {
            return false;
        }
        let previous = index
            .checked_sub(1)
            .and_then(|i| ws.get(i))
            .map_or(Lowered::Same(""), |&(_, p)| lower(p));
        let previous = previous.as_str();
        let perfect =
            matches!(previous, "has" | "have") && (is_regular_past(w) || participles.contains(w));
        let regular = index > 0
            && is_regular_past(w)
            && !subject.ends_with('-')
            && !determiners.contains(previous)
            && !possessives.contains(previous)
            && !passive.contains(previous)
            && !previous.ends_with("ly")
            && !AHEAD_PARTICIPLES.contains(&w);
        if perfect || regular {
            let rest = clause.get(at + word.len()..).unwrap_or("");
            // "voted to close": the word of the future is the past verb's infinitive.
            return last_word(rest).eq_ignore_ascii_case("to")
                || rest.contains(',')
                || letter_words(rest).any(|(_, r)| breaks.contains(&lower(r).as_str()));
        }
    }
    false
}

/// Where the "and" stands that joins the last word of `head` (a verb in the present, a cue of
/// [`Context::present_schedule`]) to a verb before it, right before it or with "then" or "also"
/// between: "won on Saturday and host", "drew and then play" ("and the chance" joins a noun).
/// `None` when no such "and" stands there.
fn coordinated_verb_start(head: &str) -> Option<usize> {
    let ws: Vec<(usize, &str)> = letter_words(head).collect();
    let (_, before_cue) = ws.split_last()?;
    match before_cue {
        [.., (at, and)] if and.eq_ignore_ascii_case("and") => Some(*at),
        [.., (at, and), (_, adverb)]
            if and.eq_ignore_ascii_case("and")
                && ["then", "also"]
                    .iter()
                    .any(|a| adverb.eq_ignore_ascii_case(a)) =>
        {
            Some(*at)
        }
        _ => None,
    }
}

/// Whether a match `m` of [`FUTURE_RE`] in `clause` speaks of the future. A word joined by a
/// hyphen is part of another ("bills to re-open the government failed"), and "forecast to" is
/// a noun after a determiner or before a figure ("cut its forecast to 1.2%"). "open" and "close"
/// are no verbs of the future as a name ("the US Open"), a noun ("at the close"), an adjective
/// ("close to 100 people"), or a market's level after a past verb ("fell 2% to close at
/// 7,400"; "agreed to open the government" still looks ahead).
fn counts_as_future(clause: &str, m: &regex::Match<'_>) -> bool {
    let head = &clause[..m.start()];
    if head.ends_with('-') {
        return false;
    }
    let word = m.as_str();
    // "told NBC's Meet the Press on Sunday", "Will Dane said": a capitalised word inside the
    // clause is part of a name.
    let inside = !head.trim().is_empty() && !head.trim_end().ends_with(['"', '“', ':']);
    if inside && word.starts_with(char::is_uppercase) {
        return false;
    }
    let previous = last_word(head).to_lowercase();
    // "which have come into force since January": a perfect tells of a start gone by.
    if word
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("come"))
        && matches!(previous.as_str(), "has" | "have" | "had")
    {
        return false;
    }
    if previous == "to" && infinitive_after_past(head) {
        return false;
    }
    // "was reported to be injured", "is thought to be held": "to be" after a past verb or
    // participle tells what is said of something, not a plan.
    if word.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("to "))
        && clause
            .get(..m.start() + 2)
            .is_some_and(infinitive_after_past)
    {
        return false;
    }
    // "was ready to launch in October" tells of a readiness gone by.
    if word
        .get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("ready"))
        && matches!(previous.as_str(), "was" | "were" | "had" | "been")
    {
        return false;
    }
    // "cut its forecast to 1.2%", "the growth forecast to 3%": a noun after a determiner or
    // before a figure, no verb of what is to come.
    if word
        .get(..8)
        .is_some_and(|w| w.eq_ignore_ascii_case("forecast"))
    {
        let figure = clause[m.end()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
        let determiner = crate::word_set!(crate::lexicon::function_words::ARTICLES)
            .contains(previous.as_str())
            || crate::word_set!(reporting::POSSESSIVE_DETERMINERS).contains(previous.as_str());
        if figure || determiner {
            return false;
        }
    }
    // "a can of paint": a noun after a determiner, no verb of ability; "can't recall what
    // happened on": a past verb after the ability tells what the date is of.
    if word.eq_ignore_ascii_case("can") || word.eq_ignore_ascii_case("cannot") {
        let past_after = letter_words(&clause[m.end()..]).any(|(_, w)| {
            let w = lower(w);
            is_past_verb(w.as_str()) || is_regular_past(w.as_str())
        });
        return !past_after
            && !crate::word_set!(crate::lexicon::function_words::ARTICLES)
                .contains(previous.as_str());
    }
    // "must have left on Friday" guesses at the past; "a must-see", "a must for" are nouns.
    if word.eq_ignore_ascii_case("must") {
        let rest = &clause[m.end()..];
        let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
        return !(rest.starts_with(['-', '\'', '’'])
            || next == "have"
            || crate::word_set!(crate::lexicon::function_words::ARTICLES)
                .contains(previous.as_str()));
    }
    if !(word.eq_ignore_ascii_case("open") || word.eq_ignore_ascii_case("close")) {
        return true;
    }
    let next = last_word(clause[m.end()..].split_whitespace().next().unwrap_or(""));
    let past_infinitive = previous == "to"
        && crate::word_set!(MARKET_CLOSE_FOLLOWERS).contains(next.to_lowercase().as_str())
        && head.split(|c: char| !c.is_alphabetic()).any(|w| {
            let w = w.to_lowercase();
            is_past_verb(&w) || is_regular_past(&w)
        });
    // "stayed open until the summer", "was open until": an adjective after a verb of a stay
    // or a past "was", no verb of what is to come.
    let stayed = PAST_SPAN_VERBS.contains(&previous.as_str())
        || matches!(previous.as_str(), "remained" | "was" | "were");
    let adjective = next.eq_ignore_ascii_case("to") || stayed;
    !(word.starts_with(char::is_uppercase)
        || crate::word_set!(crate::lexicon::function_words::ARTICLES).contains(previous.as_str())
        || past_infinitive
        || adjective)
}

/// The most words of a closing attribution ("the health ministry said").
const MAX_ATTRIBUTION_WORDS: usize = 5;

/// Where a closing attribution after the last comma of `after` starts ("…will be refused entry,
/// police said", "…, said Ada Quist"): a few words with a past verb of saying. The length of
/// `after` when it has none. After a comma and a closing quote mark ("…need,\" said Ada Quist
/// of the city's chamber of commerce") the speech has ended: the verb of saying need only come
/// among the first few words, however long the speaker's name.
fn closing_attribution_start(after: &str) -> usize {
    let quoted = [",\" ", ",” "]
        .iter()
        .filter_map(|mark| after.rfind(mark).map(|at| (at, mark.len())))
        .max();
    let (at, width, quoted) = match (after.rfind(", "), quoted) {
        (Some(plain), Some((at, width))) if at > plain => (at, width, true),
        (None, Some((at, width))) => (at, width, true),
        (Some(plain), _) => (plain, 2, false),
        (None, None) => return after.len(),
    };
    let rest: Vec<&str> = after[at + width..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let cues = crate::word_set!(reporting::CUE_WORDS);
    let says = rest.iter().take(MAX_ATTRIBUTION_WORDS).any(|w| {
        let w = lower(w);
        cues.contains(w.as_str()) && is_past_verb(w.as_str())
    });
    if says && (quoted || rest.len() <= MAX_ATTRIBUTION_WORDS) {
        at
    } else {
        after.len()
    }
}

/// Whether `tail`, the words between a cue of the future and a date, ends in a regular past
/// and "on" or "in": the verb governing the date is that past, not the earlier future ("Exams
/// will start sooner under a timetable published on", "The hearing will open in May, a judge
/// ruled on"). Not a participle after an auxiliary or "and" ("will be moved and replayed on"),
/// nor one of [`AHEAD_PARTICIPLES`] ("a vote planned on").
fn past_participle_governs_date(tail: &str) -> bool {
    let mut back = tail
        .split(|c: char| !c.is_alphabetic())
        .rev()
        .filter(|w| !w.is_empty())
        .map(lower);
    if !back
        .next()
        .is_some_and(|w| matches!(w.as_str(), "on" | "in"))
    {
        return false;
    }
    let Some(verb) = back.next() else {
        return false;
    };
    let verb = verb.as_str();
    if !is_regular_past(verb) || AHEAD_PARTICIPLES.contains(&verb) {
        return false;
    }
    // "will be finally decided on": an adverb in "-ly" leaves the word before it in force.
    let before = back.find(|w| !w.as_str().ends_with("ly"));
    !before.is_some_and(|w| {
        let w = w.as_str();
        crate::word_set!(reporting::PARTICIPLE_AUXILIARIES).contains(w)
            || matches!(w, "and" | "or" | "not" | "been" | "had")
    })
}

/// Whether `tail`, the words between a cue of the future and a date, opens a clause of a past
/// event: a word of [`PAST_EVENT_LINKS`] followed by a gerund ("after allegedly stealing a car
/// on") or by a verb in the past ("after police found drugs in her car on"). A participle of
/// [`AHEAD_PARTICIPLES`] ("after talks planned for") tells of no past event.
fn past_event_after(tail: &str) -> bool {
    let links = crate::word_set!(PAST_EVENT_LINKS);
    let mut rest = letter_words(tail).skip_while(|(_, w)| !links.contains(lower(w).as_str()));
    if rest.next().is_none() {
        return false;
    }
    let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
    let auxiliaries = crate::word_set!(reporting::PARTICIPLE_AUXILIARIES);
    let mut previous = Lowered::Same("");
    for (index, (_, word)) in rest.enumerate() {
        let lowered = lower(word);
        let w = lowered.as_str();
        let opening = index == 0 || previous.as_str().ends_with("ly");
        let gerund = opening && w.len() >= 5 && w.ends_with("ing");
        let after_auxiliary = auxiliaries.contains(previous.as_str());
        let past = is_past_verb(w)
            || ((participles.contains(w) || is_regular_past(w))
                && !after_auxiliary
                && !AHEAD_PARTICIPLES.contains(&w));
        if gerund || past {
            return true;
        }
        previous = lowered;
    }
    false
}

/// Whether `tail`, the words between a cue of the future and a date, has a clause of its own
/// joined by a comma and a word of [`CLAUSE_LINKS`] whose verb is in the past: "was ordered to
/// open its platform, and the regulator opened an inquiry in" tells of a past month, the verb
/// governing the date being "opened", not the earlier infinitive.
fn past_clause_after_link(tail: &str) -> bool {
    let Some(rest) = CLAUSE_LINKS
        .iter()
        .filter_map(|link| {
            let joint = format!(", {link} ");
            tail.rfind(&joint).map(|at| at + joint.len())
        })
        .max()
        .and_then(|at| tail.get(at..))
    else {
        return false;
    };
    let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
    let auxiliaries = crate::word_set!(reporting::PARTICIPLE_AUXILIARIES);
    let passive = crate::word_set!(reporting::PASSIVE_AUXILIARIES);
    let articles = crate::word_set!(crate::lexicon::function_words::ARTICLES);
    let mut previous = Lowered::Same("");
    for (_, word) in letter_words(rest) {
        let lowered = lower(word);
        let w = lowered.as_str();
        let noun = articles.contains(previous.as_str());
        let regular = is_regular_past(w)
            && !passive.contains(previous.as_str())
            && !AHEAD_PARTICIPLES.contains(&w);
        let irregular = participles.contains(w) && !auxiliaries.contains(previous.as_str());
        if !noun && (is_past_verb(w) || regular || irregular) {
            return true;
        }
        previous = lowered;
    }
    false
}

/// "to", a verb and up to four more words before "by" at the end of a clause: a purpose ("were
/// hired to clear the backlog by"), whose deadline is to come whatever the main verb's tense.
/// A verb of change before "to" makes it a level reached ("had risen to record highs by").
static PURPOSE_BY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<verb>[a-z]+)\s+to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,4}?by\s+$")
        .expect("the purpose-by pattern is a valid regex")
});

/// Whether `head`, the words before a verb, ends in "had": the verb is an active past perfect
/// ("had returned to normal by Monday"), no purpose with a deadline to come ("had been hired to
/// finish by June" still is one).
fn past_perfect_before(head: &str) -> bool {
    last_word(head).eq_ignore_ascii_case("had")
}

/// Whether `head`, which ends in "to" before a verb, has a verb in the past right before that
/// "to" ("was forced to", "had to", "began to", "were able to") that is none of
/// [`FORWARD_INFINITIVE_VERBS`] ("agreed to", "was set to" still look ahead).
fn infinitive_after_past(head: &str) -> bool {
    let mut back = head
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .skip(1)
        .map(str::to_lowercase);
    let Some(mut verb) = back.next() else {
        return false;
    };
    if matches!(verb.as_str(), "able" | "unable") {
        verb = back.next().unwrap_or_default();
    }
    let past = is_past_verb(&verb) || is_regular_past(&verb);
    past && !FORWARD_INFINITIVE_VERBS.contains(&verb.as_str())
}

/// Whether `before`, which ends in "by", has a participle of [`AHEAD_PARTICIPLES`] right before
/// that "by" and no auxiliary of the past before the participle: "with the first cut expected
/// by" looks ahead, "was expected by" does not.
fn ahead_participle_before_by(before: &str) -> bool {
    let mut back = before
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .skip(1);
    let participle = back.next().unwrap_or("").to_lowercase();
    let auxiliary = back.next().unwrap_or("").to_lowercase();
    AHEAD_PARTICIPLES.contains(&participle.as_str())
        && !matches!(
            auxiliary.as_str(),
            "was" | "were" | "had" | "been" | "wasn" | "weren"
        )
}

/// The most words of the subject between "with" and a participle of motion ("with heavy
/// showers spreading"): see [`Context::motion_after_with`].
const MAX_WITH_SUBJECT_WORDS: usize = 3;

/// The most words of a phrase of place between a participle and a date ("up from the coast").
const MAX_PLACE_PHRASE_WORDS: usize = 4;

/// How many words at the end of `head` are a phrase of place after a participle in "-ing"
/// ("drifting up from the coast", "travelling to Port Alder", "sweeping east"): the words after
/// the last such participle, opened by a word of [`PLACE_PREPOSITIONS`] or
/// [`DIRECTION_ADVERBS`], with no conjunction or verb in the
/// past among them and at most [`MAX_PLACE_PHRASE_WORDS`]. Zero when there is none.
///
/// [`PLACE_PREPOSITIONS`]: crate::lexicon::function_words::PLACE_PREPOSITIONS
/// [`DIRECTION_ADVERBS`]: crate::lexicon::function_words::DIRECTION_ADVERBS
fn place_phrase_len(head: &[&str]) -> usize {
    let places = crate::lexicon::function_words::PLACE_PREPOSITIONS;
    let Some(at) = head
        .iter()
        .rposition(|w| {
            w.len() >= 5 && w.ends_with("ing") && !ING_NON_VERBS.contains(&lower(w).as_str())
        })
        .filter(|&at| head.len() - at - 1 <= MAX_PLACE_PHRASE_WORDS)
    else {
        return 0;
    };
    let phrase = head.get(at + 1..).unwrap_or_default();
    let opens = phrase.iter().take(2).any(|w| {
        places
            .iter()
            .chain(crate::lexicon::function_words::DIRECTION_ADVERBS)
            .any(|p| p.eq_ignore_ascii_case(w))
    });
    let plain = phrase.iter().all(|w| {
        let w = lower(w);
        let w = w.as_str();
        !matches!(w, "and" | "but" | "or") && !is_past_verb(w) && !is_regular_past(w)
    });
    if opens && plain {
        phrase.len()
    } else {
        0
    }
}

/// The end of `clause` after its last opening quote mark: quoted words are a clause of their
/// own, whatever verb of saying comes before them (`said: "Fans travelling on`).
fn after_opening_quote(clause: &str) -> &str {
    let opening = clause
        .char_indices()
        .rev()
        .find(|&(at, c)| {
            c == '\u{201c}'
                || c == '"'
                    && clause
                        .get(..at)
                        .and_then(|head| head.chars().next_back())
                        .is_none_or(|p| p.is_whitespace() || matches!(p, ':' | '(' | '['))
                    && clause
                        .get(at + 1..)
                        .is_some_and(|rest| rest.starts_with(char::is_alphanumeric))
        })
        .map(|(at, c)| at + c.len_utf8());
    opening.and_then(|at| clause.get(at..)).unwrap_or(clause)
}

/// The end of `before` after its last sentence or clause break: a full stop, semicolon,
/// exclamation or question mark followed by white space (not the point of "5.30pm" or "3.5").
fn last_clause(before: &str) -> &str {
    let bytes = before.as_bytes();
    let start = bytes
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, &b)| {
            matches!(b, b'.' | b';' | b'!' | b'?')
                && bytes
                    .get(i + 1)
                    .is_none_or(|next| next.is_ascii_whitespace())
                && !clock_suffix_inside(bytes, i)
                && !number_abbreviation_inside(before, i)
        })
        .map_or(0, |(i, _)| i + 1);
    before.get(start..).unwrap_or(before)
}

/// The relative clause a clause ends in, from its pronoun after a comma ("It will help Lind,
/// who on" → "who on"), or the whole clause when it has none.
fn relative_clause(clause: &str) -> &str {
    clause
        .match_indices(',')
        .filter_map(|(at, _)| {
            let rest = clause.get(at + 1..)?;
            let pronoun = rest.trim_start();
            let word = pronoun.split(|c: char| !c.is_alphabetic()).next()?;
            let relative = matches!(word, "who" | "whom" | "whose" | "which" | "where");
            (relative && pronoun.len() > word.len()).then_some(pronoun)
        })
        .next_back()
        .unwrap_or(clause)
}

/// Whether the point at byte `i` of `text` closes an abbreviation that stands before a number
/// ("Oct. 12", "No. 10") and a figure follows it: "from Oct. 12 to Oct. 20" is one clause.
fn number_abbreviation_inside(text: &str, i: usize) -> bool {
    let word = last_word(text.get(..i).unwrap_or(""));
    let glued = text.get(..i).is_some_and(|head| head.ends_with(word));
    glued
        && !word.is_empty()
        && crate::lexicon::abbreviations::contains_ignore_case(
            crate::lexicon::abbreviations::BEFORE_NUMBER,
            word,
        )
        && text
            .get(i + 1..)
            .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the point at byte `i` closes the "a.m." or "p.m." of a time inside a clause ("set
/// for 10:30 a.m. Thursday", "at 8 p.m. on Sunday", "10 a.m. EST on Friday", "at 3 p.m. (2000
/// GMT) on Thursday"): what follows it is nothing, a word in lower case, a time zone or an
/// opening bracket.
fn clock_suffix_inside(bytes: &[u8], i: usize) -> bool {
    let suffix = i
        .checked_sub(3)
        .and_then(|start| bytes.get(start..=i))
        .is_some_and(|s| s.eq_ignore_ascii_case(b"a.m.") || s.eq_ignore_ascii_case(b"p.m."));
    if !suffix {
        return false;
    }
    let rest = bytes.get(i + 1..).unwrap_or(&[]);
    let Some(from) = rest.iter().position(|b| !b.is_ascii_whitespace()) else {
        return true;
    };
    let word = rest.get(from..).unwrap_or(&[]);
    let word_len = word
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let zone = word
        .get(..word_len)
        .is_some_and(|w| TIME_ZONES.iter().any(|z| z.as_bytes() == w));
    let local_time = std::str::from_utf8(rest).is_ok_and(crate::segment::names_local_time);
    // "at 3 p.m. (2000 GMT) on Thursday": a bracketed gloss of the time goes on the clause.
    zone || local_time
        || word
            .first()
            .is_some_and(|b| b.is_ascii_lowercase() || *b == b'(')
}

/// The byte offsets in `text` where a phrase of `phrases` ends, matched without regard to ASCII
/// case and on word boundaries ("Arsenal take on Porto" → after "take on").
fn phrase_ends<'a>(text: &'a str, phrases: &'a [&'a str]) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    phrases.iter().flat_map(move |phrase| {
        let phrase = phrase.as_bytes();
        (0..=bytes.len().saturating_sub(phrase.len())).filter_map(move |at| {
            let end = at + phrase.len();
            let bounded = |i: Option<&u8>| i.is_none_or(|b| !b.is_ascii_alphanumeric());
            let hit = bytes.get(at..end)?.eq_ignore_ascii_case(phrase)
                && bounded(at.checked_sub(1).and_then(|i| bytes.get(i)))
                && bounded(bytes.get(end));
            hit.then_some(end)
        })
    })
}

/// The words of letters in `text`, each with its byte offset.
fn letter_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(at, c)| {
            if c.is_alphabetic() {
                start.get_or_insert(at);
                None
            } else {
                let from = start.take()?;
                Some((from, text.get(from..at)?))
            }
        })
}

/// Whether the words before a clock time tell a time taken to race ("clocked 3:29", "a time
/// of 1:56", "a best of 13:05"), or a bare figure of minutes and seconds follows "in" ("won in
/// 27:43", "ran the first lap in 15:22"): no time of day.
fn follows_a_race_time_lead(text: &str, context: &Context<'_>) -> bool {
    let bare = text.contains(':') && text.bytes().all(|b| b.is_ascii_digit() || b == b':');
    race_time_lead_before(context.before(24), bare)
}

/// Whether `before`, the text right before a clock figure, ends in a word that makes the figure
/// a time taken to race: a verb of [`RACE_TIME_LEADS`], "of" after a noun of
/// [`RACE_TIME_NOUNS`], or, for a `bare` figure of digits and colons, one of
/// [`RACE_TIME_PREPOSITIONS`] ("in 27:43": a time of day is "at 10:30", never "in" it).
pub(crate) fn race_time_lead_before(before: &str, bare: bool) -> bool {
    let word = last_word(before);
    if !before.ends_with(' ') {
        return false;
    }
    if RACE_TIME_LEADS.iter().any(|w| w.eq_ignore_ascii_case(word))
        || (bare
            && RACE_TIME_PREPOSITIONS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word)))
    {
        return before.trim_end().ends_with(word);
    }
    let earlier = before.trim_end().strip_suffix(word).unwrap_or("");
    word.eq_ignore_ascii_case("of")
        && before.trim_end().ends_with(word)
        && RACE_TIME_NOUNS
            .iter()
            .any(|n| last_word(earlier).eq_ignore_ascii_case(n))
}

/// Whether a clock figure with no "a.m." or "p.m." reads the clock of a game: "of" and a part
/// of play after it ("at 2:11 of OT", "at 14:32 of the second period"), or a word counting down
/// ("with 3:45 left", "with 1:12 remaining").
fn reads_game_clock(text: &str, context: &Context<'_>) -> bool {
    if !text.contains(':') || text.ends_with(|c: char| c.is_alphabetic() || c == '.') {
        return false;
    }
    let after = context.after(40);
    if !after.starts_with(' ') {
        return false;
    }
    let mut next = letter_words(after).map(|(_, w)| w.to_lowercase());
    match next.next().as_deref() {
        Some(w) if GAME_CLOCK_COUNTDOWN.contains(&w) => true,
        Some("of") => next
            .find(|w| w != "the" && !PERIOD_ORDINALS.iter().any(|(name, _)| name == w))
            .is_some_and(|w| GAME_CLOCK_PERIODS.contains(&w.as_str())),
        _ => false,
    }
}

/// The last word of letters in `text` ("" when there is none).
fn last_word(text: &str) -> &str {
    text.split(|c: char| !c.is_alphabetic())
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
}

/// Whether `word` (lower case) has the shape of a regular past: six letters or more ending in
/// "ed", or a short past of a base in "e" ([`is_short_e_past`]).
fn is_regular_past(word: &str) -> bool {
    (word.len() >= 6 && word.ends_with("ed")) || is_short_e_past(word)
}

/// Whether `word` (lower case) is the short regular past of a verb whose base ends in "e":
/// "died", "tied", "sued" (a base in "-ie" or "-ue") or "fired", "voted", "named" (a vowel and
/// a consonant before "ed"). Longer words in "-ed" are pasts anyway; "need", "shed" and "bred"
/// are not of this shape.
fn is_short_e_past(word: &str) -> bool {
    let bytes = word.as_bytes();
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    match *bytes {
        [.., b'i' | b'u', b'e', b'd'] => (4..=5).contains(&bytes.len()),
        [_, v, c, b'e', b'd'] => vowel(v) && !vowel(c) && !matches!(c, b'w' | b'y'),
        _ => false,
    }
}

/// Whether `word` is a verb of [`reporting::UNCHANGED_PAST_VERBS`] used in the past: after
/// "he", "she" or "it", or after a singular noun that follows an article ("The strike hit"), a
/// present would take an "-s".
fn unchanged_past(word: &str, previous: &str, before_previous: &str) -> bool {
    if !crate::word_set!(reporting::UNCHANGED_PAST_VERBS).contains(word) {
        return false;
    }
    if crate::word_set!(reporting::SINGULAR_SUBJECT_PRONOUNS).contains(previous) {
        return true;
    }
    let singular_noun = previous.len() >= 3
        && !previous.ends_with('s')
        && !crate::word_set!(crate::lexicon::function_words::FUNCTION_WORDS).contains(previous);
    singular_noun
        && crate::word_set!(crate::lexicon::function_words::ARTICLES).contains(before_previous)
}

/// Whether `word` is a past-tense reporting verb ("said", "announced") or past auxiliary ("was").
fn is_past_verb(word: &str) -> bool {
    let reporting = crate::word_set!(reporting::CUE_WORDS).contains(word) && word.ends_with("ed");
    reporting || crate::word_set!(reporting::IRREGULAR_PAST_VERBS).contains(word)
}

/// Lower-case words of an expression (letters, digits and apostrophes).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The weekday named by `word` (any case), in full or abbreviated with or without its full stop
/// ("Friday", "fri", "Tues."): each abbreviation is the start of its weekday's name.
fn weekday_of(word: &str) -> Option<Weekday> {
    const ORDER: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    let word = word.strip_suffix('.').unwrap_or(word);
    let abbreviated = WEEKDAY_ABBREVIATIONS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word));
    WEEKDAYS
        .iter()
        .position(|w| {
            w.eq_ignore_ascii_case(word)
                || abbreviated
                    && w.get(..word.len())
                        .is_some_and(|start| start.eq_ignore_ascii_case(word))
        })
        .and_then(|i| ORDER.get(i).copied())
}

/// START, MID or END from the modifier words of an expression.
fn modifier_of(words: &[String]) -> Option<&'static str> {
    let first = words.first()?.as_str();
    match first {
        "early" | "beginning" | "start" => Some("START"),
        "mid" | "middle" => Some("MID"),
        "late" | "end" => Some("END"),
        "the" => match words.get(1).map(String::as_str) {
            Some("beginning") | Some("start") => Some("START"),
            Some("middle") => Some("MID"),
            Some("end") => Some("END"),
            Some("early") => Some("START"),
            Some("mid") => Some("MID"),
            Some("late") => Some("END"),
            _ => None,
        },
        _ => None,
    }
}

/// `YYYY-MM-DD`.
fn day_value(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `YYYY-Www` of the ISO week holding `date`.
fn week_value(date: Date) -> String {
    let week = date.iso_week_date();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// The ISO week of "the first week of May" (words `ws`): the week holding the 1st, 8th, 15th or
/// 22nd of the month, or its last day for "the last week". A month without a written year
/// takes the year a bare month would, and one up to half a year ahead in a clause with no
/// past verb is this year's: a week named in a month is a timetable ("The sale runs in the
/// last week of June").
fn week_of_month_value(ws: &[String], context: &Context<'_>) -> Option<String> {
    let month = ws.iter().find_map(|w| month_number(w))?;
    let day = ws
        .get(1)
        .and_then(|w| WEEK_OF_MONTH_ORDINALS.iter().find(|(o, _)| o == w))?
        .1;
    let year = match ws.iter().find_map(|w| year_number(w)) {
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
    };
    let date = match day {
        Some(d) => Date::new(year, month, d).ok()?,
        None => Date::new(year, month, 1).ok()?.last_of_month(),
    };
    Some(week_value(date))
}

/// Months ahead of the anchor's that a month told of before a future word is still this year's.
const FUTURE_AFTER_MONTHS: i32 = 6;

/// The year in which month `month` most plausibly falls, seen from the candidate's anchor: news
/// looks back, so the most recent such month (up to two months ahead still counts as this year
/// unless the clause is in the past), or the next one on or after the anchor's month when the
/// clause speaks of the future.
fn year_for_month(context: &Context<'_>, month: i8) -> Option<i16> {
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
fn future_event_year_before(context: &Context<'_>) -> Option<i16> {
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
fn letter_or_digit_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
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
fn year_for_day(context: &Context<'_>, month: i8, day: i8) -> Option<i16> {
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
fn year_of_day_beside(anchor: Date, month: i8, day: i8, ahead: bool) -> Option<i16> {
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
fn lead_word_slip_year(
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
fn year_of_weekday(
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
fn month_day_value(year: Option<i16>, month: i8, day: i8) -> Option<String> {
    match year {
        Some(y) => Date::new(y, month, day).ok().map(day_value),
        None => Date::new(2000, month, day)
            .ok()
            .map(|_| format!("XXXX-{month:02}-{day:02}")),
    }
}

/// A holiday's rule for its day.
#[derive(Debug, Clone, Copy)]
enum Holiday {
    /// A month and day (`Christmas Day`).
    Fixed(i8, i8),
    /// Days from Easter Sunday (`Good Friday` is -2).
    Easter(i8),
    /// The nth weekday of a month, counted from its end when negative (`Thanksgiving`).
    NthWeekday(i8, i8, Weekday),
}

impl Holiday {
    /// The month the holiday falls in (Easter's in April, most years).
    fn month(self) -> i8 {
        match self {
            Holiday::Fixed(month, _) | Holiday::NthWeekday(month, ..) => month,
            Holiday::Easter(_) => 4,
        }
    }

    /// The holiday's day in `year`.
    fn in_year(self, year: i16) -> Option<Date> {
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
fn holiday_of(text: &str) -> Option<Holiday> {
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
fn year_of_led_holiday(holiday: Holiday, which: &str, anchor: Date) -> Option<i16> {
    let year = anchor.year();
    let day = holiday.in_year(year)?;
    Some(match which {
        "last" if day >= anchor => year.checked_sub(1)?,
        "next" if day <= anchor => year.checked_add(1)?,
        _ => year,
    })
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian computus).
fn easter_sunday(year: i16) -> Option<Date> {
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
fn bare_holiday_is_day(context: &Context<'_>) -> bool {
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
fn day_number(word: &str) -> Option<i8> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// The day of the month among the words of an expression: the first word of at most four
/// characters that opens with a digit and reads as a day ("16", "3rd").
fn written_day(ws: &[String]) -> Option<i8> {
    ws.iter().find_map(|w| {
        (w.starts_with(|c: char| c.is_ascii_digit()) && w.len() <= 4)
            .then(|| day_number(w))
            .flatten()
    })
}

/// A four-digit year token.
fn year_number(word: &str) -> Option<i16> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok()
    } else {
        None
    }
}

/// `last/this/next year` relative to the anchor.
fn relative_year(words: &[String], anchor: Option<Date>) -> Option<Option<i16>> {
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
fn interpret_day_range(
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
fn noun_follows(after: &str) -> bool {
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
static PAIRED_DECADE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?i:and|or|to|through|into|until|till)\s+|\s*[-–]\s*)(?P<decade>['’]?(?P<digit>[0-9])0s)(?-u:\b)")
        .expect("the paired-decade pattern is a valid regex")
});

/// The decade after `first` that [`PAIRED_DECADE_RE`] finds, as a mention of its own.
fn paired_decade(context: &Context<'_>, first: &Found) -> Option<Found> {
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
fn interpret_year_span(
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

/// Turn one regex match into a mention, or None when it is not a date after all.
fn interpret(caps: &Captures<'_>, kind: &str, context: &Context<'_>) -> Option<Found> {
    let text = context.span.of(context.text);
    let ws = words(text);
    let anchor = context.anchor;
    // "front-end-2024": "end-" inside a hyphened word is no modifier of a date.
    let hyphened_lead = ["end-", "start-"].iter().any(|lead| {
        text.get(..lead.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(lead))
    }) && context.before(1).ends_with(['-', '–']);
    if hyphened_lead {
        return None;
    }
    let mut found = Found {
        span: context.span,
        value: None,
        modifier: None,
        time: None,
        grain: Grain::Other,
    };
    if kind == "iso" {
        let date = text.parse::<Date>().ok()?;
        found.value = Some(day_value(date));
        found.grain = Grain::Day;
    } else if kind == "slash" {
        found.value = Some(slash_date_value(context)?);
        found.grain = Grain::Day;
    } else if kind == "mdy" || kind == "dmy" {
        let month = ws.iter().find_map(|w| month_number(w))?;
        let day = written_day(&ws)?;
        // "3 March last year": the day in the year named from the anchor's.
        let written = match ws.iter().find_map(|w| year_number(w)) {
            Some(y) => Some(Some(y)),
            None => relative_year(&ws, anchor),
        };
        let year = written.unwrap_or_else(|| {
            // "next Sunday, Aug. 24", "last Friday, March 1": the date is trusted over the
            // weekday, in the direction the lead word gives.
            let ahead = match ws.first().map(String::as_str) {
                Some("next") => Some(true),
                Some("last") => Some(false),
                _ => None,
            };
            if let Some(ahead) = ahead {
                let anchor = anchor?;
                let weekday = ws.get(1).and_then(|w| weekday_of(w));
                return lead_word_slip_year(anchor, month, day, ahead, weekday)
                    .or_else(|| year_of_day_beside(anchor, month, day, ahead));
            }
            let guess = year_for_day(context, month, day)?;
            // "Monday, March 11": the year, of the guess and those either side of the
            // anchor's, in which that day falls on that weekday.
            let Some(weekday) = ws.first().and_then(|w| weekday_of(w)) else {
                return Some(guess);
            };
            Some(year_of_weekday(weekday, month, day, guess, context.anchor).unwrap_or(guess))
        });
        found.value = Some(month_day_value(year, month, day)?);
        found.modifier = modifier_of(&ws);
        found.grain = Grain::Day;
    } else if kind == "week_of_month" {
        found.value = week_of_month_value(&ws, context);
    } else if kind == "month" {
        let month = ws.iter().find_map(|w| month_number(w))?;
        if ws.len() == 1 && month == 5 && !may_is_month(context) {
            return None;
        }
        if text.ends_with('.') && !abbreviated_month_is_month(context) {
            return None;
        }
        // "last March", "next March": the one before or after the anchor's month.
        let before_month = ws
            .iter()
            .position(|w| month_number(w).is_some())
            .and_then(|at| at.checked_sub(1))
            .and_then(|at| ws.get(at))
            .map(String::as_str);
        let relative_month = match before_month {
            Some("last") => anchor.map(|a| {
                if month < a.month() {
                    a.year()
                } else {
                    a.year().saturating_sub(1)
                }
            }),
            Some("next") => anchor.map(|a| {
                if month > a.month() {
                    a.year()
                } else {
                    a.year().saturating_add(1)
                }
            }),
            _ => None,
        };
        // "the last March of the season": a march, not a month.
        if matches!(before_month, Some("last" | "next")) && preceded_by_the(context) {
            return None;
        }
        let year = match ws.iter().find_map(|w| year_number(w)) {
            Some(y) => Some(y),
            None if relative_month.is_some() => relative_month,
            None => match relative_year(&ws, anchor) {
                Some(resolved) => resolved,
                None => year_for_month(context, month),
            },
        };
        found.value = Some(match year {
            Some(y) => format!("{y:04}-{month:02}"),
            None => format!("XXXX-{month:02}"),
        });
        found.modifier = modifier_of(&ws);
    } else if kind == "holiday" {
        if !bare_holiday_is_day(context) {
            return None;
        }
        let name_at = caps.name("holiday_name").map_or(0, |m| m.start());
        let holiday = holiday_of(text.get(name_at..)?)?;
        let year = ws.iter().find_map(|w| year_number(w));
        let lead = caps
            .name("holiday_lead")
            .map(|m| m.as_str().trim().to_lowercase());
        if lead.is_some()
            && context
                .after(24)
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        {
            // "next Easter Island": part of a name.
            return None;
        }
        let year = year.or_else(|| match (lead.as_deref(), anchor) {
            (Some(which), Some(a)) => year_of_led_holiday(holiday, which, a),
            _ => year_for_month(context, holiday.month()),
        });
        found.value = match year {
            Some(year) => Some(day_value(holiday.in_year(year)?)),
            None => match holiday {
                Holiday::Fixed(month, day) => Some(month_day_value(None, month, day)?),
                _ => None,
            },
        };
        found.grain = Grain::Day;
    } else if kind == "century" {
        let ordinal = ws.iter().rev().nth(1)?;
        let number = match CENTURY_ORDINALS.iter().find(|(w, _)| w == ordinal) {
            Some(&(_, n)) => n,
            None => ordinal
                .trim_end_matches(char::is_alphabetic)
                .parse::<u8>()
                .ok()?,
        };
        found.value = Some(format!("{:02}XX", number.checked_sub(1)?));
        found.modifier = modifier_of(&ws);
        // "at the turn of the 20th century": its first years.
        if context.before(16).to_lowercase().ends_with("turn of ") {
            found.modifier = Some("START");
        }
    } else if kind == "relcentury" {
        // "the end of the decade" is the one of the story's time, the anchor's unless the
        // clause tells of the past ("by the end of the decade he had sold it").
        // "over the last century" is a length of time, "a mid-century chair" a style.
        let after_the = ws.first().is_some_and(|w| w == "last") && preceded_by_the(context);
        let style = ws.first().is_some_and(|w| w == "mid")
            && !TIME_PREPOSITIONS.contains(&last_word(context.before(12)).to_lowercase().as_str());
        if after_the || style {
            return None;
        }
        // "the turn of the century": the start of the century whose first year is nearest the
        // anchor's, in a clause of any tense.
        let turn = ws.iter().any(|w| w == "turn");
        let told_of = ws.iter().rev().nth(1).is_some_and(|w| w == "the");
        // "said a fund will deliver homes by the end of the decade": a future word after the
        // reporting verb sets the clause ahead.
        let anchored = anchor.filter(|_| turn || !(told_of && context.past() && !context.future()));
        found.value = anchored.map(|a| {
            let last = ws.first().is_some_and(|w| w == "last");
            match ws.last().map(String::as_str) {
                Some("decade") => format!("{}X", a.year() / 10),
                _ if turn => format!("{:02}XX", a.year().saturating_add(50) / 100),
                _ => format!("{:02}XX", a.year() / 100 - i16::from(last)),
            }
        });
        found.modifier = if turn {
            Some("START")
        } else {
            modifier_of(&ws)
        };
    } else if kind == "decade" {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        // "temperatures in the mid-30s": degrees, not a decade, unless written "the '30s".
        if digits.len() == 2 && !text.contains(['\'', '’']) && temperature_talk(context) {
            return None;
        }
        let value = match digits.len() {
            // "the 1800s", "the early 1900s": a century; "the 2000s" is a decade.
            4 if digits.ends_with("00") && digits.as_str() < "2000" => {
                format!("{}XX", digits.get(..2)?)
            }
            4 => format!("{}X", digits.get(..3)?),
            2 => format!("19{}X", digits.get(..1)?),
            _ => return None,
        };
        found.value = Some(value);
        found.modifier = modifier_of(&ws);
    } else if kind == "time" {
        // "at noon", "until midnight": the hour, after a word that sets a time, or after a
        // present "is" before its day ("The deadline is midnight on Friday").
        let named = matches!(text, "noon" | "midday" | "midnight");
        let previous = last_word(context.before(12)).to_lowercase();
        let next = words(context.after(12));
        let next = next.first().map(String::as_str);
        let day_after = next.is_some_and(|w| w == "on" || weekday_of(w).is_some());
        let set_by_copula = matches!(previous.as_str(), "is" | "are") && day_after;
        if named && !TIME_PREPOSITIONS.contains(&previous.as_str()) && !set_by_copula {
            return None;
        }
        // "at 6 in the morning": a bare hour with its part of the day is a time only after a
        // preposition of time ("won 3 in the afternoon" counts).
        let part_of_day = text.starts_with(|c: char| c.is_ascii_digit())
            && (text.ends_with("morning")
                || text.ends_with("afternoon")
                || text.ends_with("evening")
                || text.ends_with("night"));
        if part_of_day && !TIME_PREPOSITIONS.contains(&previous.as_str()) {
            return None;
        }
        // "a ratio of 1:25", "a 1:10 ratio": a ratio, no time of day.
        let ratio_word = |w: &str| RATIO_NOUNS.contains(&w);
        let before_of = context
            .before(24)
            .trim_end()
            .strip_suffix(previous.as_str());
        let ratio = next.is_some_and(ratio_word)
            || (previous == "of"
                && before_of.is_some_and(|b| ratio_word(last_word(b).to_lowercase().as_str())));
        if ratio {
            return None;
        }
        // "won in 2:05:11", "won in 1:56.42", "case 2:23-cv-01234": a race time with its
        // seconds or a fraction of one, or a case number, is no time of day.
        let after = context.after(3).as_bytes();
        let seconds = after.len() >= 3
            && after[0] == b':'
            && after[1].is_ascii_digit()
            && after[2].is_ascii_digit();
        let fraction =
            after.len() >= 2 && after[0] == b'.' && after[1].is_ascii_digit() && text.contains(':');
        let case_number = after.len() >= 2 && after[0] == b'-' && after[1].is_ascii_alphabetic();
        if seconds
            || fraction
            || case_number
            || follows_a_race_time_lead(text, context)
            || reads_game_clock(text, context)
        {
            return None;
        }
        if is_dotted_clock(text) && !dotted_clock_is_time(context) {
            return None;
        }
        // "at 2100 local time", "at 1800 hours": a four-figure time of the military clock, but
        // "worked 1800 hours" counts them.
        let counted_hours = text.ends_with("hours") || text.ends_with("hrs");
        if counted_hours
            && !CLOCK_FIGURE_PREPOSITIONS
                .contains(&last_word(context.before(12)).to_lowercase().as_str())
        {
            return None;
        }
        let (hour, minute) = match text {
            "noon" | "midday" => (12, 0),
            "midnight" => (0, 0),
            _ => clock_time(text)?,
        };
        found.time = Some(format!("{hour:02}:{minute:02}"));
        // "until midnight", "shortly before midnight on Saturday", "close at midnight tonight",
        // "expires at midnight on Friday": the midnight that ends its day. "just after midnight
        // on Sunday" is the start of that day.
        let closes_day = text == "midnight"
            && (DAY_END_PREPOSITIONS.contains(&previous.as_str())
                || next == Some("tonight")
                || (previous == "at" && day_after)
                || set_by_copula);
        found.grain = if closes_day {
            Grain::DayEnd
        } else {
            Grain::Time
        };
    } else if kind == "ago" || kind == "inrel" {
        return counted_offset(&ws, context, found);
    } else if kind == "told_season" {
        return told_season(&ws, context, found);
    } else if kind == "season" {
        let code = ws.iter().find_map(|w| season_code(w))?;
        // "in the spring", "from the autumn", "until the summer", "since the summer", "over
        // the winter", "planned for the fall".
        let lead = ws.first().map_or("", String::as_str);
        let part = ws
            .iter()
            .skip(1)
            .take(3)
            .any(|w| matches!(w.as_str(), "end" | "start" | "beginning" | "middle"));
        let opened_by_in =
            SEASON_LEAD_WORDS.contains(&lead) || (part && SEASON_PART_LEAD_WORDS.contains(&lead));
        // "by the end of next summer": placed by its own word, whatever the tense.
        let own_word = ws
            .iter()
            .any(|w| matches!(w.as_str(), "last" | "this" | "next"));
        let has_year = ws.iter().any(|w| year_number(w).is_some());
        // "the fall in prices", "after the fall, shares rose": the noun, not the season. A bare
        // "fall" is the season only when no preposition follows it, and after a lead word other
        // than a span ("in", "until", "over") only in a clause that looks ahead.
        if opened_by_in && !has_year && ws.last().is_some_and(|w| w == "fall") {
            let next = context
                .after(16)
                .trim_start()
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
                .to_lowercase();
            let span_lead = matches!(
                lead,
                "in" | "until" | "till" | "over" | "during" | "throughout"
            );
            if FALL_NOUN_FOLLOWERS.contains(&next.as_str())
                || (!span_lead
                    && !Context {
                        span: found.span,
                        ..*context
                    }
                    .future())
            {
                return None;
            }
        }
        if opened_by_in {
            // "in the spring": the season from its own word (or "early"/"late") on.
            let lead = context
                .span
                .of(context.text)
                .find(|c: char| c.is_whitespace())
                .map(|at| {
                    let rest = &context.text[context.span.start + at..context.span.end];
                    let rest = rest.trim_start();
                    // "the end of the summer" keeps its "the", as "the end of March" does.
                    let rest = rest
                        .get(..4)
                        .filter(|head| head.eq_ignore_ascii_case("the ") && !part)
                        .map_or(rest, |_| rest[4..].trim_start());
                    context.span.end - rest.len()
                })?;
            found.span = Span::new(lead, context.span.end);
        }
        let year = match ws.iter().find_map(|w| year_number(w)) {
            Some(y) => Some(y),
            // "in the spring" with no year: the coming one in a clause of the future, the
            // last one in a clause of the past, and none in a habit ("birds nest in spring").
            None if opened_by_in && !own_word => {
                let season_start = season_start(code);
                // "delayed until the autumn": the lead word is part of what sets the season.
                let from_lead = Context {
                    span: found.span,
                    ..*context
                };
                // "since the summer" looks back whatever the tense of its clause; "until the
                // summer" ahead whatever the tense of the verb of saying before it.
                let future = lead != "since"
                    && (from_lead.future()
                        || (matches!(lead, "until" | "till") && !context.past_after_saying()));
                // "were to get them by the end of the summer": a part of a season set in a
                // clause of the past is read from the past.
                let future = future && !(part && context.past());
                if !future && lead != "since" && !context.past() {
                    return None;
                }
                // "will not put it off until the autumn", written in November: a wait, in a
                // clause not of the past, until a season past its first month is one for the
                // next.
                let awaited =
                    future && matches!(lead, "until" | "till") && !context.past_after_saying();
                anchor.map(|a| {
                    let begun = a.month() >= season_start;
                    let ended = code != "WI" && a.month() >= season_start + 3;
                    let ended = ended || (awaited && a.month() > season_start);
                    match (future, begun, ended) {
                        (true, _, true) => a.year().saturating_add(1),
                        (true, _, false) | (false, true, _) => a.year(),
                        (false, false, _) => a.year().saturating_sub(1),
                    }
                })
            }
            None => {
                let offset: i16 = if ws.iter().any(|w| w == "last") {
                    -1
                } else if ws.iter().any(|w| w == "next") {
                    1
                } else {
                    0
                };
                anchor.map(|a| a.year().saturating_add(offset))
            }
        };
        found.value = year.map(|y| format!("{y:04}-{code}"));
        let skip = ws
            .iter()
            .enumerate()
            .take_while(|(i, w)| opened_by_in && (*i == 0 || w.as_str() == "the"))
            .count();
        found.modifier = modifier_of(&ws[skip..]);
    } else if kind == "weekend" {
        found.value = match weekend_of_day(&ws, context) {
            Some(day) => day.map(|d| format!("{}-WE", week_value(d))),
            None => anchor.and_then(|a| weekend_value(a, &ws, context)),
        };
    } else if kind == "month_quarter" {
        found.value = month_quarter_value(&ws, context)?;
    } else if kind == "period" {
        found.value = period_value(&ws, context)?;
        found.modifier = modifier_of(&ws);
    } else if kind == "nth" {
        let day = ws.get(1).and_then(|w| day_number(w))?;
        if !day_of_month(context) {
            return None;
        }
        found.value = anchor.and_then(|a| resolve_day_of_month(a, day, context.future()));
        found.grain = Grain::Day;
    } else if kind == "two_away" {
        let unit = ws.get(1)?.as_str();
        let offset = if ws.last().is_some_and(|w| w == "last") {
            -2
        } else {
            2
        };
        // "the weekend before last": the weekend two weeks from the anchor's week's.
        found.value = anchor.and_then(|a| match unit {
            "weekend" => weekend_weeks_away(a, offset),
            _ => shifted_value(a, unit, offset),
        });
    } else if kind == "turn_year" {
        found.value = anchor.map(|a| format!("{:04}", turn_of_year(a, context)));
        found.modifier = Some("START");
    } else if kind == "year_end" {
        found.value = anchor.map(|a| format!("{:04}", year_end_year(a, context)));
        found.modifier = Some("END");
    } else if kind == "mid_unit" {
        if describes_noun(context) {
            return None;
        }
        let unit = ws.last()?.as_str();
        let unit = unit.strip_prefix("mid").unwrap_or(unit);
        found.modifier = Some("MID");
        found.value = anchor.and_then(|a| shifted_value(a, unit, 0));
    } else if kind == "rel" {
        let unit = ws.last()?.as_str();
        let which = ws.iter().rev().nth(1)?.as_str();
        let offset: i64 = match which {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        // "over the last year", "the last week of her life", "in the next month": a stretch
        // of time, not the calendar's week, month or year before or after the anchor's.
        if matches!(which, "last" | "next") && preceded_by_the(context) {
            return None;
        }
        found.modifier = modifier_of(&ws);
        found.value = if unit == "quarter" {
            relative_quarter(context, offset)?
        } else {
            anchor.and_then(|a| shifted_value(a, unit, offset))
        };
    } else if kind == "day_shift" {
        return day_shift(&ws, context, found);
    } else if kind == "deictic" {
        if is_capitalised_mid_sentence(context) {
            // "BBC Radio 4's Today programme", "told USA Today": a title, not a day.
            return None;
        }
        let offset: i64 = if ws.iter().any(|w| w == "yesterday") || ws.starts_with(&["last".into()])
        {
            -1
        } else if ws.iter().any(|w| w == "tomorrow") {
            1
        } else {
            0
        };
        found.value = anchor
            .and_then(|a| a.checked_add(offset.days()).ok())
            .map(day_value);
        found.grain = Grain::Day;
    } else if kind == "weekday" {
        let before = context.before(12);
        // "another \"Black Monday\"": a quotation mark opening the name is no part of it.
        let previous = before
            .split_whitespace()
            .next_back()
            .filter(|_| before.ends_with(char::is_whitespace))
            .map(|w| w.trim_start_matches(['"', '\'', '“', '‘']));
        // "Black Saturday", "Super Tuesday": a day with a name of its own.
        let named_day = previous.is_some_and(|w| NAMED_DAY_PREFIXES.contains(&w));
        if named_day && ws.len() == 1 {
            return None;
        }
        // "the Sun.", "the Sunday Sun.", "Baltimore Sun.": an abbreviation after "the" or a
        // capitalised word is part of a name.
        let in_name = previous.is_some_and(|w| {
            w.eq_ignore_ascii_case("the")
                || w.starts_with(char::is_uppercase) && w.contains(char::is_lowercase)
        });
        if text.contains('.') && ws.len() == 1 && in_name {
            return None;
        }
        if ws.len() == 1 && hyphened_part_of_day_before_noun(context.after(40)) {
            return None;
        }
        // "on a Tuesday afternoon", "every Friday": no one day; but "a Friday deadline" is one.
        // "every second Tuesday", "every other Friday": a day that comes back.
        let every_nth = previous.is_some_and(|w| {
            ["other", "second", "third", "fourth", "alternate"]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        }) && {
            let earlier = context.before(24).trim_end();
            let earlier = earlier
                .get(..earlier.len().saturating_sub(previous.map_or(0, str::len)))
                .unwrap_or("");
            matches!(last_word(earlier).to_lowercase().as_str(), "every" | "each")
        };
        let any_such_day = every_nth
            || previous.is_some_and(|w| {
                ["a", "an", "every", "each"]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(w))
            });
        let one_event = ws.len() == 1
            && previous.is_some_and(|w| w.eq_ignore_ascii_case("a"))
            && context.scheduled_event_after();
        if any_such_day && !one_event {
            return None;
        }
        let weekday = ws.iter().find_map(|w| weekday_of(w))?;
        let first = ws.first().map(String::as_str).unwrap_or("");
        // "the previous Tuesday", "the following Monday": that weekday before or after the day
        // told before it ([`resolve_day_shifts`]); until then, before or after the anchor.
        let lead = ws.get(1).map(String::as_str).filter(|_| first == "the");
        if let Some(lead) = lead {
            let ahead = WEEKDAY_SHIFT_LEADS_AHEAD.contains(&lead);
            found.grain = Grain::WeekdayShift(weekday, ahead);
            found.value = anchor
                .and_then(|a| a.nth_weekday(if ahead { 1 } else { -1 }, weekday).ok())
                .map(day_value);
            return Some(found);
        }
        let moved = if let Some(weeks) = named_week_offset(&ws) {
            anchor.and_then(|a| weekday_of_week(a, weekday, weeks))
        } else if matches!(first, "last" | "this")
            || (first == "next"
                && WEEK_AFTER_WEEKDAY_RE
                    .captures(context.after(40))
                    .is_none_or(|caps| caps.name("week").is_none()))
        {
            // "next Friday week" is a week after next Friday; a bare "next Friday" the coming one.
            None
        } else {
            anchor.and_then(|a| weekday_in_other_week(a, weekday, context))
        };
        found.value = moved
            .or_else(|| anchor.and_then(|a| resolve_weekday(a, weekday, first, context)))
            .map(day_value);
        found.modifier = match first {
            "early" => Some("START"),
            "late" => Some("END"),
            _ => None,
        };
        found.grain = Grain::Day;
    } else if kind == "fiscal" {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let year = match digits.len() {
            4 => year_number(&digits)?,
            _ => two_digit_year(digits.parse().ok()?, anchor),
        };
        found.value = Some(format!("{year:04}"));
    } else if kind == "short_year" {
        found.value = Some(short_year_value(context)?);
    } else if kind == "year" {
        let year = ws.iter().find_map(|w| year_number(w))?;
        if ws.len() == 1 && !year_is_date(context) {
            return None;
        }
        // "2100" counts something ("rose by 2100 jobs") unless a word of time comes before it
        // and no word after it.
        let far_cue =
            FAR_YEAR_CUES.contains(&last_word(context.before(12)).to_lowercase().as_str());
        let word_after = context
            .after(24)
            .trim_start()
            .starts_with(char::is_lowercase);
        if year > 2099 && (!far_cue || word_after) {
            return None;
        }
        found.value = Some(format!("{year:04}"));
        found.modifier = modifier_of(&ws);
    } else {
        return None;
    }
    Some(found)
}

/// The day of a date written with slashes, when the order of day and month is plain: a first
/// number above 12 is the day ("15/02/2024"), a second one above 12 is ("02/15/2024"), or both
/// are the same ("05/05/2024"). "03/04/2024" may be the 3rd of April or March 4, and is left
/// out, as is anything joined to more digits or slashes ("1/15/02/2024").
fn slash_date_value(context: &Context<'_>) -> Option<String> {
    let joined_before = context
        .before(1)
        .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'));
    let after = context.after(2).as_bytes();
    let joined_after =
        after.len() == 2 && matches!(after[0], b'/' | b'.' | b'-') && after[1].is_ascii_digit();
    if joined_before || joined_after {
        return None;
    }
    let mut parts = context.span.of(context.text).split(['/', '.', '-']);
    let first: i8 = parts.next()?.parse().ok()?;
    let second: i8 = parts.next()?.parse().ok()?;
    let year: i16 = parts.next()?.parse().ok()?;
    let (month, day) = plain_month_day(first, second)?;
    Date::new(year, month, day).ok().map(day_value)
}

/// Years ahead of the anchor's that a year cut to two digits may still be ("the class of '28",
/// written in 2024); any later one is of the century before.
const SHORT_YEAR_LEAD: i16 = 5;

/// The two-digit years taken as of this century when there is no anchor (`'30` and earlier).
const SHORT_YEAR_PIVOT: i16 = 30;

/// The year of "'95" or "’08": the apostrophe opens a word (after white space, a bracket or
/// nothing) and nothing but punctuation follows the digits ("'95'" is a quoted number, "'95%"
/// a figure). Of this century up to [`SHORT_YEAR_LEAD`] years after the anchor's, else of the
/// one before.
fn short_year_value(context: &Context<'_>) -> Option<String> {
    let opens = context
        .before(4)
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || c == '(');
    let closes = !context
        .after(1)
        .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '%'));
    if !opens || !closes {
        return None;
    }
    let digits: String = context
        .span
        .of(context.text)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    Some(format!(
        "{:04}",
        two_digit_year(digits.parse().ok()?, context.anchor)
    ))
}

/// The year a two-digit one stands for: of the anchor's century up to [`SHORT_YEAR_LEAD`]
/// years after the anchor's year, else of the century before.
fn two_digit_year(two: i16, anchor: Option<Date>) -> i16 {
    let pivot = anchor.map_or(SHORT_YEAR_PIVOT, |a| {
        (a.year() % 100 + SHORT_YEAR_LEAD).min(99)
    });
    let century = anchor.map_or(2000, |a| a.year() - a.year() % 100);
    if two <= pivot {
        century + two
    } else {
        century - 100 + two
    }
}

/// Whether the sentence before the candidate speaks of temperatures (a word of
/// [`TEMPERATURE_WORDS`] such as "temperatures" or "highs").
fn temperature_talk(context: &Context<'_>) -> bool {
    let before = context.before(80).to_lowercase();
    let sentence = before.rsplit(['.', '!', '?']).next().unwrap_or(&before);
    sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|w| TEMPERATURE_WORDS.contains(&w))
}

/// Whether a bare "May" is the month: it follows a word such as "in", "since" or "early".
fn may_is_month(context: &Context<'_>) -> bool {
    let before = context.before(24);
    let previous = last_word(before);
    // "in April or May": a month named just before.
    let head = before.trim_end();
    let head = head
        .get(..head.len().saturating_sub(previous.len()))
        .unwrap_or("");
    let month_or = previous.eq_ignore_ascii_case("or")
        && MONTHS.iter().any(|(name, _)| *name == last_word(head));
    // "the May contract", "Brent for May settlement".
    if context.contract_month() {
        return true;
    }
    before.trim_end().len() < before.len()
        && (month_or
            || MAY_MONTH_CUES
                .iter()
                .any(|cue| cue.eq_ignore_ascii_case(previous)))
}

/// Whether the candidate is a modifier of a noun rather than a time: a determiner stands right
/// before it ("the mid-year review", "a midweek game") or a word in lower case that is no
/// function word follows it ("mid-month deadline"; "mid-month and", "midweek to" are times).
fn describes_noun(context: &Context<'_>) -> bool {
    let previous = last_word(context.before(12)).to_lowercase();
    let determiner = crate::word_set!(crate::lexicon::function_words::ARTICLES)
        .contains(previous.as_str())
        || crate::word_set!(reporting::POSSESSIVE_DETERMINERS).contains(previous.as_str());
    let after = context.after(24);
    let next: &str = after.strip_prefix(' ').map_or("", |rest| {
        rest.split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
    });
    let noun_after = next.starts_with(|c: char| c.is_lowercase())
        && !crate::word_set!(crate::lexicon::function_words::FUNCTION_WORDS)
            .contains(next.to_lowercase().as_str());
    determiner || noun_after
}

/// Whether `after`, the text right after a weekday, hyphens it to a part of the day and goes on
/// to a noun: "his Saturday-night show", "the Sunday-morning service" name a habit, no one day.
fn hyphened_part_of_day_before_noun(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let part: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
    if !PARTS_OF_DAY.contains(&part.to_ascii_lowercase().as_str()) {
        return false;
    }
    let Some(tail) = rest.get(part.len()..).and_then(|t| t.strip_prefix(' ')) else {
        return false;
    };
    let next: String = tail.chars().take_while(|c| c.is_alphabetic()).collect();
    next.starts_with(char::is_lowercase)
        && !crate::word_set!(crate::lexicon::function_words::FUNCTION_WORDS).contains(next.as_str())
}

/// Whether the word before the candidate is "the" ("over the last year" is a duration).
fn preceded_by_the(context: &Context<'_>) -> bool {
    let before = context.before(8).trim_end();
    before.len() >= 3
        && before
            .get(before.len() - 3..)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && !before
            .get(..before.len() - 3)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric)
}

/// Whether `year` closes a span of years after a dash or slash (`2010-2015`, `1914–1918`,
/// `2023/2024`): a year before it, opening a word, and earlier than this one.
fn closes_year_span(before: &str, year: &str) -> bool {
    let Some(first) = before.strip_suffix(['-', '–', '/']) else {
        return false;
    };
    let digits = first.len().checked_sub(4).and_then(|at| first.get(at..));
    let opens_word = first
        .len()
        .checked_sub(5)
        .and_then(|at| first.get(at..))
        .is_none_or(|w| w.starts_with(|c: char| !c.is_alphanumeric()));
    let (Some(first), Some(second)) = (digits.and_then(year_number), year_number(year)) else {
        return false;
    };
    opens_word && (1800..second).contains(&first)
}

/// Whether a bare four-digit number is a year rather than a quantity ("1500 troops", "$2014").
/// Whether the candidate starts with a capital inside a sentence: after a word, a possessive or
/// a comma, rather than at a sentence's or a quote's opening.
fn is_capitalised_mid_sentence(context: &Context<'_>) -> bool {
    let capital = context
        .span
        .of(context.text)
        .starts_with(|c: char| c.is_uppercase());
    let previous = context.before(8).trim_end().chars().next_back();
    capital && previous.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '\'' | '\u{2019}'))
}

fn year_is_date(context: &Context<'_>) -> bool {
    let before = context.before(16);
    let after = context.after(24);
    let label = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if before.ends_with(' ') && crate::lexicon::calendar::IDENTIFIER_LABELS.contains(&label) {
        return false;
    }
    if closes_year_span(before, context.span.of(context.text)) {
        return true;
    }
    if let Some(c) = before.chars().next_back() {
        if matches!(
            c,
            '$' | '£' | '€' | '¥' | '₹' | '-' | '–' | ',' | '.' | '/' | '#' | '+'
        ) || c.is_alphanumeric()
        {
            return false;
        }
    }
    // "2023-CR-1045": a case or file number.
    let joined_code = after.starts_with('-')
        && after
            .get(1..2)
            .is_some_and(|c| c.starts_with(|c: char| c.is_ascii_uppercase()));
    // "the 1922 Committee": a body named after a year.
    let named_body = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| YEAR_NAMED_BODIES.contains(&w));
    if joined_code || named_body {
        return false;
    }
    // "call 1800 333 000": the first group of a phone number written in three groups.
    let phone_groups = after.strip_prefix(' ').is_some_and(|rest| {
        let b = rest.as_bytes();
        b.len() >= 7
            && b[..3].iter().all(u8::is_ascii_digit)
            && b[3] == b' '
            && b[4..7].iter().all(u8::is_ascii_digit)
            && !b.get(7).is_some_and(u8::is_ascii_digit)
    });
    if phone_groups {
        return false;
    }
    let after_trim = after.trim_start();
    if after.starts_with('%')
        || after.starts_with(',')
            && after
                .get(1..2)
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_digit()))
        || after.starts_with('.')
            && after
                .get(1..2)
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_digit()))
        || after.starts_with(':')
            && after
                .get(1..2)
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let lower_after = after_trim.to_lowercase();
    if lower_after.starts_with("per cent") || lower_after.starts_with("percent") {
        return false;
    }
    let next_word: String = after_trim
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let previous_word = last_word(before).to_lowercase();
    // "above 2019 levels", "to pre-2020 levels": the level of that year.
    if matches!(next_word.as_str(), "level" | "levels") {
        return true;
    }
    // "Funding for 2023/24 was cut": an auxiliary after the year is its verb, not a noun counted.
    // "A 2022 analysis", "the 2021 census": a noun in "-is" or "-us" is no plural counted.
    let counted = next_word.len() > 2
        && !crate::word_set!(reporting::FINITE_AUXILIARIES).contains(next_word.as_str())
        && next_word.chars().all(|c| c.is_lowercase())
        && next_word.ends_with('s')
        && !next_word.ends_with("ss")
        && !next_word.ends_with("is")
        && !next_word.ends_with("us");
    let year_cue = matches!(
        previous_word.as_str(),
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "before"
            | "after"
            | "during"
            | "of"
            | "the"
            | "and"
            | "to"
            | "between"
            | "through"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "summer"
            | "spring"
            | "autumn"
            | "winter"
            | "fall"
    );
    !counted || year_cue
}

/// Whether `text` is a clock time written with a point and no "am" or "pm" ("10.30", "22.15
/// GMT"), which may as well be a figure.
fn is_dotted_clock(text: &str) -> bool {
    let digits = text.trim_start_matches(|c: char| c.is_ascii_digit());
    let Some(minutes) = digits.strip_prefix('.') else {
        return false;
    };
    let rest = minutes.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.trim_start();
    !rest.starts_with(['a', 'A', 'p', 'P'])
}

/// Whether a dotted clock time ("at 10.30 on Monday", "until 22.15 GMT") is a time of day: it
/// stands alone (no point, sign or digit joined to it), and has a time zone, or one of
/// [`CLOCK_FIGURE_PREPOSITIONS`] before it after no verb that moves a figure ("rose from
/// 10.30") or sets a level ("closed at 10.30"), and one of [`DOTTED_TIME_FOLLOWERS`], a
/// capital word or punctuation after it ("rose 10.30 per cent" and "at 10.30 points" are
/// figures).
fn dotted_clock_is_time(context: &Context<'_>) -> bool {
    let before = context.before(60);
    let after = context.after(24);
    let joined_before = !(before.is_empty() || before.ends_with([' ', '(', '\n']));
    let joined_after = after.starts_with(['%', '.', ',', '-', '/'])
        && after
            .get(1..2)
            .is_some_and(|c| c.starts_with(|c: char| c.is_ascii_digit()))
        || after.starts_with('%');
    if joined_before || joined_after {
        return false;
    }
    let text = context.span.of(context.text);
    if text.contains(char::is_whitespace) {
        return true;
    }
    let previous = last_word(before).to_lowercase();
    if !CLOCK_FIGURE_PREPOSITIONS.contains(&previous.as_str()) {
        return false;
    }
    // A figure is moved "by", "from" or "to" another ("rose from 10.30"), and set "at" a level
    // ("closed at 10.30"); "was raised at 10.30" tells a time.
    let head = before.trim_end();
    let head = head
        .get(..head.len().saturating_sub(previous.len()))
        .unwrap_or("");
    let verb = verb_before_figures(head);
    let moved = LEVEL_VERBS.contains(&verb.as_str())
        || (previous != "at" && CHANGE_VERBS.contains(&verb.as_str()));
    if moved {
        return false;
    }
    let rest = after.trim_start();
    let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if next.is_empty() {
        return !rest
            .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '%' | '$' | '£' | '€'));
    }
    next.starts_with(char::is_uppercase)
        || DOTTED_TIME_FOLLOWERS.contains(&next.to_lowercase().as_str())
}

/// Most figures, each with its preposition, passed over going back to the verb that moves them.
const MAX_CHAINED_FIGURES: usize = 3;

/// The word before a clock-like figure's preposition, lower case, passing back over figures with
/// their own prepositions ("rose 0.15 to 4.20 from" → "rose"), so a figure paired with another
/// ("to 4.20 from 4.35") is told by the verb that moves both.
fn verb_before_figures(head: &str) -> String {
    let is_figure = |word: &str| {
        word.trim_start_matches(['$', '£', '€', '(', '+', '-'])
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let mut tokens = head.split_whitespace().rev().peekable();
    let mut chained = 0;
    while chained < MAX_CHAINED_FIGURES && tokens.peek().is_some_and(|w| is_figure(w)) {
        tokens.next();
        chained += 1;
        let link = tokens
            .peek()
            .map(|w| w.to_lowercase())
            .filter(|w| FIGURE_LINKS.contains(&w.as_str()));
        if link.is_some() {
            tokens.next();
        }
    }
    let rest = tokens.next().unwrap_or("");
    if chained == 0 {
        return last_word(head).to_lowercase();
    }
    last_word(rest).to_lowercase()
}

/// Hour and minute of a clock time such as `9:20 p.m.`, `21:00`, `2.40am`, `9 a.m.`.
fn clock_time(text: &str) -> Option<(u8, u8)> {
    let lower = text.to_ascii_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(lower.len());
    let clock = lower.get(..digits_end)?.trim_end_matches('.');
    let rest = lower.get(digits_end..)?.trim_start();
    let (hour, minute) = match clock.split_once([':', '.']) {
        Some((h, m)) => (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?),
        None if clock.len() == 4 => (
            clock.get(..2)?.parse::<u8>().ok()?,
            clock.get(2..)?.parse::<u8>().ok()?,
        ),
        None => (clock.parse::<u8>().ok()?, 0),
    };
    if minute > 59 {
        return None;
    }
    // "6 in the morning", "8 in the evening", "11 at night": an hour of the twelve-hour clock
    // that its part of the day places; an hour the part does not hold is no time.
    let part_hours: Option<(std::ops::RangeInclusive<u8>, u8)> = if rest.ends_with("morning") {
        Some((1..=11, 0))
    } else if rest.ends_with("afternoon") {
        Some((1..=6, 12))
    } else if rest.ends_with("evening") {
        Some((4..=11, 12))
    } else if rest.ends_with("night") {
        Some((6..=11, 12))
    } else {
        None
    };
    if let Some((hours, shift)) = part_hours {
        return hours.contains(&hour).then_some((hour + shift, minute));
    }
    let pm = rest.starts_with("pm") || rest.starts_with("p.m.");
    let am = rest.starts_with("am") || rest.starts_with("a.m.");
    if pm || am {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        Some((hour, minute))
    } else if hour <= 23 {
        Some((hour, minute))
    } else {
        None
    }
}

/// Most words before `in N days` searched for what it counts ("their third away game").
const MAX_COUNTED_WORDS: usize = 3;

/// `5th`, `22nd`: an ordinal written in digits.
fn is_digit_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// `three`, `12`: a cardinal number, in words or digits.
fn is_count_word(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.iter().any(|(w, _)| *w == word)
}

/// `two weeks ago`, `in three days`, `a year from now`: the anchor shifted by a count of units.
fn counted_offset(ws: &[String], context: &Context<'_>, mut found: Found) -> Option<Found> {
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
fn without_in(context: &Context<'_>) -> Option<Span> {
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
fn count_in(ws: &[String]) -> Option<i16> {
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
enum UnitDays {
    Days(i16),
    Month,
}

/// The unit `word` (lower case, singular or plural) as [`UnitDays`]; None for other words.
fn unit_days(word: &str) -> Option<UnitDays> {
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
fn reported_future(context: &Context<'_>) -> Option<bool> {
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
fn unit_span(unit: &str, count: i64) -> jiff::Span {
    match unit {
        "week" => count.weeks(),
        "month" => count.months(),
        "year" => count.years(),
        _ => count.days(),
    }
}

/// `YYYY-Www` of the week with the number of `anchor`'s ISO week, `years` years away (week 52
/// when that year has no week 53).
fn same_week_years_away(anchor: Date, years: i64) -> Option<String> {
    let week = anchor.iso_week_date();
    let year = i16::try_from(i64::from(week.year()).checked_add(years)?).ok()?;
    Date::new(year, 1, 1).ok()?;
    let number = jiff::civil::ISOWeekDate::new(year, week.week(), week.weekday())
        .map_or(52, |_| week.week());
    Some(format!("{year:04}-W{number:02}"))
}

/// The value of the `unit` (day, week, month, year) `offset` units away from `anchor`.
fn shifted_value(anchor: Date, unit: &str, offset: i64) -> Option<String> {
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
fn resolve_weekday(
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
fn weekday_in_other_week(anchor: Date, weekday: Weekday, context: &Context<'_>) -> Option<Date> {
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
fn next_word_is_noun(after: &str) -> bool {
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
fn weekday_of_week(anchor: Date, weekday: Weekday, weeks: i64) -> Option<Date> {
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
fn named_week_offset(ws: &[String]) -> Option<i64> {
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
fn weekend_value(anchor: Date, ws: &[String], context: &Context<'_>) -> Option<String> {
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
fn weekend_weeks_away(anchor: Date, weeks: i64) -> Option<String> {
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
fn weekend_of_day(ws: &[String], context: &Context<'_>) -> Option<Option<Date>> {
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
fn turn_of_year(anchor: Date, context: &Context<'_>) -> i16 {
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
fn year_end_year(anchor: Date, context: &Context<'_>) -> i16 {
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
fn period_value(ws: &[String], context: &Context<'_>) -> Option<Option<String>> {
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
fn unglue_fiscal_year(ws: &[String]) -> Vec<String> {
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
fn fiscal_year_of(ws: &[String], anchor: Option<Date>) -> Option<i16> {
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
fn counts_a_run(context: &Context<'_>) -> bool {
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
fn names_no_calendar_period(context: &Context<'_>) -> bool {
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
fn compact_period(word: &str, anchor: Option<Date>) -> Option<(char, u32, Option<i16>)> {
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
fn finance_paragraph(context: &Context<'_>) -> bool {
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
fn period_year(context: &Context<'_>, number: i8, per_year: i8) -> Option<i16> {
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
fn month_quarter_value(ws: &[String], context: &Context<'_>) -> Option<Option<String>> {
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
fn reports_on_period(context: &Context<'_>) -> bool {
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
fn relative_quarter(context: &Context<'_>, offset: i64) -> Option<Option<String>> {
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
fn abbreviated_month_is_month(context: &Context<'_>) -> bool {
    let before = context.before(16);
    before.ends_with(' ')
        && ABBREVIATED_MONTH_CUES.contains(&last_word(before).to_lowercase().as_str())
}

/// Whether "the 14th" names a day of the month: a word such as "on" or "until" comes before it,
/// nothing joins it to a noun after ("the 14th century", "the 21st-century", "the 14th of 20
/// stages"), and the paragraph is not about golf holes.
fn day_of_month(context: &Context<'_>) -> bool {
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
fn resolve_day_of_month(anchor: Date, day: i8, future: bool) -> Option<String> {
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

/// What joins the two days of a span written with both months ("from Dec. 28 to Jan. 6").
const SPAN_LINKS: &[&str] = &[
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
fn month_day_of(found: &Found, text: &str) -> Option<(Date, bool)> {
    let value = found.value.as_deref()?;
    let date = value.parse::<Date>().ok()?;
    let ws = words(found.span.of(text));
    ws.iter().find_map(|w| month_number(w))?;
    Some((date, ws.iter().any(|w| year_number(w).is_some())))
}

/// Days from `date` to `anchor` outside the span `start..=end` (0 inside it).
fn days_outside(start: Date, end: Date, anchor: Date) -> i64 {
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
fn span_across_new_year(text: &str, anchor: Date, found: &mut [Found]) {
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
fn bare_month_of(found: &Found, text: &str) -> Option<((i16, i8), bool)> {
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
const MAX_MONTH_SPAN_GAP: usize = 12;

/// Two whole months joined as the ends of one span, "between February and April" or "from
/// October to December", are of one run of months: the end keeps the year it is read in (or
/// written with) and the start takes that year, or the one before when its month comes later
/// ("between November and January"). A year written on the start only is carried to the end
/// the same way; with a year written on both, each keeps its own.
fn span_of_months(text: &str, found: &mut [Found]) {
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
const COMPARISON_TAIL_BYTES: usize = 48;

/// A whole month with no year right after a phrase of [`COMPARISON_LEADS`] ("compared with
/// June") takes the year written on the nearest whole month of its sentence ("priced for
/// May 2027, compared with June" → 2027-06): the two sides of a comparison are read
/// in one year.
fn year_of_compared_month(text: &str, layout: &Layout, found: &mut [Found]) {
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
fn written_past_year(found: &Found, text: &str, anchor: Date) -> Option<i16> {
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
fn linked_as_span(text: &str, a: &Found, b: &Found) -> bool {
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
/// of comparison and lends its year to nothing.
fn carry_written_year(text: &str, layout: &Layout, anchor: Date, found: &mut [Found]) {
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
        let Some((date, false)) = month_day_of(item, text) else {
            continue;
        };
        let own_words = words(item.span.of(text)).iter().any(|w| {
            weekday_of(w).is_some() || matches!(w.as_str(), "year" | "last" | "next" | "this")
        });
        let linked = linked_as_span(text, previous, item)
            || rest
                .first()
                .is_some_and(|next| linked_as_span(text, item, next));
        if own_words || linked || date >= anchor || date.year() == year {
            continue;
        }
        let (Some(from), Some(to)) = (
            layout.sentence_at(previous.span.start),
            layout.sentence_at(item.span.start),
        ) else {
            continue;
        };
        if !(from..=from + 1).contains(&to) {
            continue;
        }
        if tied_to_present(text, layout, to, rest, anchor) {
            continue;
        }
        if let Ok(moved) = Date::new(year, date.month(), date.day()) {
            item.value = Some(day_value(moved));
        }
    }
}

/// A month or a day with no year, read as one gone by, that comes right after a year alone
/// opening its sentence after "In", in that sentence or the next of its paragraph, with no
/// other mention between, takes that year when it is told in the past: "In 1998 the mill
/// closed, and in March the last workers left" is 1998-03. The year set at the head of a
/// sentence is the time the story is told in; a year inside a clause ("the law, passed in
/// 2019, …") stays background ([`carry_written_year`]), and a month with a word of its own
/// ("last March") or in a sentence told from the present keeps its reading.
fn carry_opening_year(text: &str, layout: &Layout, anchor: Date, found: &mut [Found]) {
    let paragraph_of = |sentence: usize| layout.sentences.get(sentence).map(|s| s.paragraph);
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(previous), Some((item, rest))) = (left.last(), right.split_first_mut()) else {
            continue;
        };
        let Some(year) = previous
            .value
            .as_deref()
            .filter(|v| v.len() == 4 && previous.span.of(text) == *v)
            .and_then(year_number)
        else {
            continue;
        };
        let (Some(from), Some(to)) = (
            layout.sentence_at(previous.span.start),
            layout.sentence_at(item.span.start),
        ) else {
            continue;
        };
        let opening = layout.sentences.get(from).is_some_and(|s| {
            text.get(s.span.start..previous.span.start)
                .is_some_and(|lead| lead.trim_start_matches(['"', '“', '‘']).trim() == "In")
        });
        let near = to == from || (to == from + 1 && paragraph_of(from) == paragraph_of(to));
        if !opening || !near || !told_in_past(text, item.span) {
            continue;
        }
        let own_words = words(item.span.of(text)).iter().any(|w| {
            weekday_of(w).is_some() || matches!(w.as_str(), "year" | "last" | "next" | "this")
        });
        let lead = word_right_before(text.get(..item.span.start).unwrap_or(""));
        if own_words || lead.eq_ignore_ascii_case("since") {
            continue;
        }
        let moved = match (bare_month_of(item, text), month_day_of(item, text)) {
            (Some(((told, month), false)), _) if told > year && told <= anchor.year() => {
                Some(format!("{year:04}-{month:02}"))
            }
            (_, Some((date, false))) if date.year() > year && date < anchor => {
                Date::new(year, date.month(), date.day())
                    .ok()
                    .map(day_value)
            }
            _ => None,
        };
        if moved.is_none() || tied_to_present(text, layout, to, rest, anchor) {
            continue;
        }
        item.value = moved;
    }
}

/// A month, a day or a holiday with no year of its own followed by "(of) that year" or "the
/// same year" takes the year written on the nearest mention before it, a few sentences back at
/// most: "The inquiry opened in January 1975. Its report, published in December of that year"
/// is 1975-12; "Christmas Eve that year" after "in 2019" is 2019-12-24.
fn year_of_that_year(text: &str, layout: &Layout, found: &mut [Found]) {
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
fn holiday_falls_on_day(text: &str, found: &mut [Found]) {
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
fn weekend_of_named_days(text: &str, found: &mut [Found]) {
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
fn weekday_around_day(text: &str, found: &mut [Found]) {
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
const DATED_DAY_WEEKDAY_REACH: usize = 80;

/// A bare weekday told after a day of the month more than a week ahead of the anchor, in the
/// same sentence and with no verb of saying or of the past between ("Voting closes on Wednesday 6 May and the
/// count starts on Thursday morning"): the first such weekday on or after that day, not the one
/// nearest the anchor. A day gone by or within the week leaves the weekday as read.
fn weekday_after_dated_day(text: &str, layout: &Layout, anchor: Date, found: &mut [Found]) {
    let cues = crate::word_set!(reporting::CUE_WORDS);
    let mut dated: Option<(Date, usize, Option<usize>)> = None;
    for item in found.iter_mut() {
        let sentence = layout.sentence_at(item.span.start);
        let words: Vec<&str> = item.span.of(text).split_whitespace().collect();
        let weekday = words.first().and_then(|w| weekday_of(w));
        let has_day = words.iter().any(|w| day_number(w).is_some());
        let value = item.value.as_deref().and_then(|v| v.parse::<Date>().ok());
        match (weekday, value) {
            (_, Some(date)) if has_day && matches!(item.grain, Grain::Day) => {
                dated = (date > anchor.checked_add(6.days()).unwrap_or(anchor)).then_some((
                    date,
                    item.span.end,
                    sentence,
                ));
            }
            (Some(weekday), Some(_))
                if matches!(item.grain, Grain::Day)
                    && words.get(1..).is_some_and(|rest| {
                        rest.iter()
                            .all(|w| PARTS_OF_DAY.contains(&lower(w).as_str()))
                    }) =>
            {
                let Some((date, end, at)) = dated else {
                    continue;
                };
                let gap = text.get(end..item.span.start).unwrap_or("");
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
            _ if !matches!(item.grain, Grain::Time | Grain::DayEnd) => dated = None,
            _ => {}
        }
    }
}

/// Where the label of a listing's entry ends: a day mention opening its paragraph (a bullet
/// before it at most) with a colon or a dash right after it ("Tuesday 9 June: folk dancing on the
/// green", "- Sunday – lantern parade"). The paragraph's index when it is one.
fn entry_label_paragraph(text: &str, layout: &Layout, item: &Found) -> Option<usize> {
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
fn weekday_entries_in_listing(text: &str, layout: &Layout, found: &mut [Found]) {
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
fn nearest_weekday(date: Date, item: &Found, text: &str, step: i64) -> Option<Date> {
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
fn is_counted_shift(found: &Found) -> bool {
    matches!(
        found.grain,
        Grain::Shift(_) | Grain::MonthShift(_) | Grain::YearShift(_) | Grain::WeekdayShift(..)
    )
}

/// Whether sentence `sentence` of `text` is told from the time of writing: a later mention in
/// it falls in the anchor's year or after ("began Oct. 3 and ends next week", "… on Monday"),
/// or it holds a present expectation or timetable ([`PRESENT_EXPECTATION_RE`]: "is expected to
/// wrap up"). A yearless day in such a sentence is read from the anchor, not from a year
/// written in the sentence before.
fn tied_to_present(
    text: &str,
    layout: &Layout,
    sentence: usize,
    later: &[Found],
    anchor: Date,
) -> bool {
    let Some(bounds) = layout.sentences.get(sentence).map(|s| s.span) else {
        return false;
    };
    let near_now = later
        .iter()
        .take_while(|f| f.span.start < bounds.end)
        .filter_map(|f| f.value.as_deref()?.get(..4)?.parse::<i16>().ok())
        .any(|year| year >= anchor.year());
    near_now || PRESENT_EXPECTATION_RE.is_match(bounds.of(text))
}

/// Whether the sentence around `span` of `text` has a verb in the past ([`Context::past`]).
fn told_in_past(text: &str, span: Span) -> bool {
    Context {
        text,
        range: Span::new(0, text.len()),
        span,
        anchor: None,
    }
    .past()
}

/// Whether the clock times `times` between two weekdays of a span stand as "<link> <time> on":
/// "from 6pm on Saturday until midnight on Sunday". `gap` runs from the first weekday's end to
/// the second's start.
fn times_between_days(text: &str, gap: Span, times: &[Found]) -> bool {
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
fn order_weekday_spans(text: &str, anchor: Date, found: &mut [Found]) {
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
/// the one told before it ([`resolve_day_shifts`]); "the following year", "the year before": a
/// year moved from the date told before it, at that date's grain ("in the following year" too).
/// None for a stretch of time ("in the next day or two", "over the following day") or a day
/// before or after something named after it ("the day before the vote").
fn day_shift(ws: &[String], context: &Context<'_>, mut found: Found) -> Option<Found> {
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
    let stretch = match previous.as_str() {
        "within" | "over" | "for" | "during" | "throughout" => true,
        "in" => !year,
        _ => false,
    };
    if stretch {
        return None;
    }
    if ws.first().is_some_and(|w| w != "the") {
        return counted_day_shift(ws, context, found);
    }
    let after = context.after(4);
    let unit_last = ws.last().is_some_and(|w| w == "day" || w == "year");
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
        Grain::YearShift(step)
    } else {
        Grain::Shift(step)
    };
    Some(found)
}

/// The TIMEX3 code of a season word ("spring" → "SP"; "fall" too is autumn).
fn season_code(word: &str) -> Option<&'static str> {
    match word {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "autumn" | "fall" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

/// The month a season of [`season_code`] starts in (winter in December).
fn season_start(code: &str) -> i8 {
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
fn told_season(ws: &[String], context: &Context<'_>, mut found: Found) -> Option<Found> {
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
fn word_right_before(text: &str) -> &str {
    text.trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
}

/// "two days later", "a week earlier", "a month before": a count of days, weeks or months from
/// the date told just before it ([`resolve_day_shifts`]). None for how late or early something
/// came ("two days later than planned") and for a count before or after something named after
/// it ("a week before the vote").
fn counted_day_shift(ws: &[String], context: &Context<'_>, mut found: Found) -> Option<Found> {
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
        "year" => Grain::YearShift(signed),
        _ => Grain::Shift(signed),
    };
    Some(found)
}

/// Give each day shift ("the next day", "two days later") its day, and each month shift ("a
/// month later") its month: counted from the nearest day-level mention before it, when that one
/// stands in the same sentence or the one before, in the same paragraph, and has a value; a
/// year shift in the first sentence of a paragraph may also count from the one date of the
/// paragraph before. Otherwise it has no value.
fn resolve_day_shifts(found: &mut [Found], layout: &Layout) {
    let paragraph_of = |sentence: usize| layout.sentences.get(sentence).map(|s| s.paragraph);
    for i in 0..found.len() {
        let (before, rest) = found.split_at_mut(i);
        let Some(item) = rest.first_mut() else {
            continue;
        };
        if let Grain::YearShift(years) = item.grain {
            let near = |f: &Found| {
                let told = layout.sentence_at(f.span.start);
                let own = layout.sentence_at(item.span.start);
                matches!((told, own), (Some(t), Some(o)) if t <= o && o - t <= 1
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
                .and_then(|f| years_from(f.value.as_deref()?, years));
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
            Grain::MonthShift(months) => i64::from(months).months(),
            _ => continue,
        };
        let months = matches!(item.grain, Grain::MonthShift(_));
        item.grain = if months { Grain::Other } else { Grain::Day };
        let Some(sentence) = layout.sentence_at(item.span.start) else {
            continue;
        };
        let Some(told) = before.iter().rev().find(|f| f.grain == Grain::Day) else {
            continue;
        };
        let near = layout.sentence_at(told.span.start).is_some_and(|s| {
            s <= sentence && sentence - s <= 1 && paragraph_of(s) == paragraph_of(sentence)
        });
        item.value = told
            .value
            .as_deref()
            .filter(|_| near)
            .and_then(|v| v.parse::<Date>().ok())
            .and_then(|d| d.checked_add(shift).ok())
            .map(|d| {
                if months {
                    format!("{:04}-{:02}", d.year(), d.month())
                } else {
                    day_value(d)
                }
            });
    }
}

/// The year and, when it tells one, the month of a value placed in the calendar: "2023-06-14"
/// and "2023-06" give June, a season its first month, a quarter or a half its first month;
/// a year alone or a week gives no month. None for a value with no year ("XXXX-06", "198X").
fn year_and_month(value: &str) -> Option<(i16, Option<i8>)> {
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
fn resolve_told_seasons(found: &mut [Found], layout: &Layout, anchor: Option<Date>) {
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
fn years_from(value: &str, years: i16) -> Option<String> {
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
fn day_right_after(text: &str, time_end: usize, day_start: usize) -> bool {
    text.get(time_end..day_start).is_some_and(|gap| {
        gap.starts_with(char::is_whitespace)
            && (gap.trim().is_empty() || gap.trim().eq_ignore_ascii_case("on"))
    })
}

/// Whether the day at `day_start` stands in a "by …" phrase of its own, joined by "and" after
/// the clock time that ends at `time_end`: "out to sea by 3 p.m. and weaken by Monday morning"
/// sets two limits, and the time is not on the later one's day.
fn separate_by_phrase_after(text: &str, time_end: usize, day_start: usize) -> bool {
    let Some(gap) = text.get(time_end..day_start) else {
        return false;
    };
    let joined = letter_words(gap).any(|(_, w)| w.eq_ignore_ascii_case("and"));
    joined && last_word(gap).eq_ignore_ascii_case("by") && gap.ends_with(char::is_whitespace)
}

/// Whether the clock time at `time` opens an entry of a live page, its sentence starting at byte
/// `sentence_start`: nothing before it but a label of
/// [`crate::lexicon::layout_labels::LINE_PREFIXES`]
/// ("Update 5:40pm: …", "Breaking 09:12 - …") and after it, past a time zone in capitals, a
/// colon or a dash ("14:32 GMT - …"). Such a stamp heads what follows; a day told in the entry
/// is not its day.
fn stamp_opens_entry(text: &str, sentence_start: usize, time: Span) -> bool {
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
/// Saturday"), or else the day of the nearest day-level mention in the same sentence.
fn attach_time_days(found: &mut [Found], layout: &Layout, text: &str) {
    let mut days: std::collections::BTreeMap<usize, Vec<(usize, String)>> =
        std::collections::BTreeMap::new();
    for f in found.iter().filter(|f| f.grain == Grain::Day) {
        if let (Some(sentence), Some(value)) = (layout.sentence_at(f.span.start), &f.value) {
            days.entry(sentence)
                .or_default()
                .push((f.span.start, value.clone()));
        }
    }
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
        let own_day = days.get(&sentence).and_then(|candidates| {
            candidates
                .iter()
                .find(|(start, _)| day_right_after(text, item.span.end, *start))
                .or_else(|| {
                    candidates
                        .iter()
                        .filter(|(start, _)| !separate_by_phrase_after(text, item.span.end, *start))
                        .min_by_key(|(start, _)| start.abs_diff(item.span.start))
                })
                .map(|(_, v)| v.clone())
        });
        let day = match own_day {
            Some(day) => Some(day),
            None if item.grain == Grain::Time && !days.contains_key(&sentence) => {
                day_of_sentence_before(text, layout, sentence, item, &days, &timed)
            }
            None => None,
        };
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
static THAT_DAY_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    let parts = alternation(PARTS_OF_DAY.iter().copied().chain(["day"]));
    Regex::new(&format!(
        r"^,?\s+(?i:that|the\s+same)\s+(?i:{parts})(?-u:\b)"
    ))
    .expect("the that-day pattern is a valid regex")
});

/// The day of a clock time whose sentence names none, taken from the sentence before it in
/// its paragraph when that one tells a single day (a day, or clock times given one) and none
/// of its clock times comes later in the day: "A van parked at 9.45pm on Friday. It left again
/// at 10.20pm." and "She will reopen on Thursday. At 9am that morning she …" In a sentence not
/// told in the past, only with "that morning" (or the like) after the time; never for a
/// recurring time ("from 8am every day", "at 6pm each evening").
fn day_of_sentence_before(
    text: &str,
    layout: &Layout,
    sentence: usize,
    item: &Found,
    days: &std::collections::BTreeMap<usize, Vec<(usize, String)>>,
    timed: &std::collections::BTreeMap<usize, Vec<(String, String)>>,
) -> Option<String> {
    let before = sentence.checked_sub(1)?;
    let (own, told) = (
        layout.sentences.get(sentence)?,
        layout.sentences.get(before)?,
    );
    if own.paragraph != told.paragraph {
        return None;
    }
    let after = text.get(item.span.end..own.span.end).unwrap_or("");
    let that_day = THAT_DAY_AFTER_RE.is_match(after);
    if !that_day && !told_in_past(text, item.span) {
        return None;
    }
    let recurring = letter_words(own.span.of(text))
        .any(|(_, w)| RECURRENCE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)));
    if recurring {
        return None;
    }
    let time = item.time.as_deref()?;
    let times = timed.get(&before).map_or(&[][..], Vec::as_slice);
    if times.iter().any(|(_, t)| t.as_str() > time) {
        return None;
    }
    let mut values = days
        .get(&before)
        .into_iter()
        .flatten()
        .map(|(_, v)| v)
        .chain(times.iter().map(|(v, _)| v));
    let first = values.next()?;
    values.all(|v| v == first).then(|| first.clone())
}

/// "The polls closed at 10 p.m. on Thursday and counting went on past midnight": a midnight
/// told after an afternoon or evening time of its sentence, with no day of its own right after
/// it, ends that time's day (see [`Grain::DayEnd`]); "just after midnight on Sunday" keeps its
/// day.
fn mark_midnights_after_evening(found: &mut [Found], layout: &Layout, text: &str) {
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
const UNIVERSAL_ZONES: &[&str] = &["GMT", "UTC"];

/// The widest offsets of local time from universal time, in minutes: 12 hours behind, 14 ahead.
const LOCAL_OFFSET_RANGE: std::ops::RangeInclusive<i32> = -12 * 60..=14 * 60;

/// Minutes since midnight of an `HH:MM` time.
fn clock_minutes(time: &str) -> Option<i32> {
    let (hour, minute) = time.split_once(':')?;
    Some(hour.parse::<i32>().ok()? * 60 + minute.parse::<i32>().ok()?)
}

/// "3.45am local time (1945 GMT) on Sunday": the universal time in brackets after a local one
/// falls on the day before when no offset of a real time zone would put both on the same day
/// (and on the day after for "9pm EST (0200 GMT)"). Its day is moved by one, or dropped when
/// the day has no year to count from.
fn shift_bracketed_universal_times(found: &mut [Found], text: &str) {
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
fn shifted_day(value: Option<&str>, days: i64) -> Option<String> {
    value
        .and_then(|v| v.parse::<Date>().ok())
        .and_then(|d| d.checked_add(days.days()).ok())
        .map(day_value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor() -> Date {
        Date::new(2022, 1, 22).unwrap()
    }

    fn run(text: &str, anchor: Option<Date>) -> Vec<DateMention> {
        let layout = crate::segment::segment(text);
        extract(text, &layout, anchor)
    }

    #[test]
    fn each_date_pattern_is_one_group_naming_its_kind() {
        // The scanner tells the kind of a match by the name of the pattern's first group, so
        // that group must span the whole pattern, and no two patterns may share a kind.
        let mut kinds = std::collections::BTreeSet::new();
        for pattern in date_patterns() {
            let inner = pattern
                .strip_prefix("(?P<")
                .and_then(|rest| rest.split_once('>'))
                .and_then(|(kind, rest)| Some((kind, rest.strip_suffix(')')?)));
            let Some((kind, inner)) = inner else {
                panic!("a pattern not wrapped in its kind's group: {pattern}");
            };
            assert!(Regex::new(inner).is_ok(), "{kind}: its group ends early");
            assert!(kinds.insert(kind.to_string()), "{kind} named twice");
        }
        // A matched kind is the scanner's answer, not a lookup by name.
        let found: Vec<&str> = DATE_SCANNER
            .scan_kinds("On 3 May 2021, and yesterday")
            .map(|(_, kind, _)| kind)
            .collect();
        assert_eq!(found, ["dmy", "deictic"]);
    }

    fn one(text: &str, anchor: Option<Date>) -> (String, Option<String>, Option<String>) {
        let found = run(text, anchor);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let d = &found[0];
        (d.text.clone(), d.value.clone(), d.modifier.clone())
    }

    /// Each mention's text and value, in order.
    fn texts_values(text: &str, anchor: Option<Date>) -> Vec<(String, Option<String>)> {
        run(text, anchor)
            .into_iter()
            .map(|d| (d.text, d.value))
            .collect()
    }

    fn value(text: &str) -> Option<String> {
        one(text, Some(anchor())).1
    }

    #[test]
    fn a_day_in_a_sentence_told_from_now_keeps_its_own_year() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        let value_of = |text: &str, wanted: &str| {
            texts_values(text, march)
                .into_iter()
                .find(|(t, _)| t == wanted)
                .and_then(|(_, v)| v)
        };
        let later_week = "Mr Pell was detained on Jan. 9, 2022, the police said.\n\n\
                          The hearing of his partner began Sept. 12 and should end next week.";
        assert_eq!(
            value_of(later_week, "Sept. 12").as_deref(),
            Some("2023-09-12")
        );
        let expected = "Ms Orlo sold the mill on Jan. 9, 2022. The inquiry opened Sept. 12 \
                        and is expected to report soon.";
        assert_eq!(
            value_of(expected, "Sept. 12").as_deref(),
            Some("2023-09-12")
        );
        let story = "Ms Orlo sold the mill on Jan. 9, 2022. On Sept. 12 the buyer closed it.";
        assert_eq!(value_of(story, "Sept. 12").as_deref(), Some("2022-09-12"));
    }

    /// The value of mention `wanted` in `text`, read against Tuesday 5 March 2024.
    fn march_value(text: &str, wanted: &str) -> Option<String> {
        texts_values(text, Some(Date::new(2024, 3, 5).unwrap()))
            .into_iter()
            .find(|(t, _)| t == wanted)
            .and_then(|(_, v)| v)
    }

    #[test]
    fn a_court_date_named_after_until_is_the_one_to_come() {
        let remand = "Tomas Verle was remanded in custody until his sentencing on 2 February.";
        assert_eq!(
            march_value(remand, "2 February").as_deref(),
            Some("2025-02-02")
        );
        let hearing = "The case was adjourned until a hearing on 11 January.";
        assert_eq!(
            march_value(hearing, "11 January").as_deref(),
            Some("2025-01-11")
        );
        // An event gone by after "until" is not a court date put off.
        let arrest = "She was held in custody after her arrest on 2 February.";
        assert_eq!(
            march_value(arrest, "2 February").as_deref(),
            Some("2024-02-02")
        );
    }

    #[test]
    fn a_participle_of_motion_with_a_place_phrase_sets_its_weekday_ahead() {
        let front = "A band of rain moving in from the coast on Friday is expected to linger.";
        assert_eq!(march_value(front, "Friday").as_deref(), Some("2024-03-08"));
        // A past verb after the phrase keeps the day gone by.
        let turned = "Walkers heading to Mount Orrin on Saturday were turned back by snow.";
        assert_eq!(
            march_value(turned, "Saturday").as_deref(),
            Some("2024-03-02")
        );
    }

    #[test]
    fn quoted_words_are_a_clause_of_their_own_for_a_participle_modifier() {
        let quoted = "A spokesman said: \"Drivers travelling on Sunday should allow extra \
                      time.\"";
        assert_eq!(march_value(quoted, "Sunday").as_deref(), Some("2024-03-10"));
        // Without the quote, a past verb of saying before the participle still rules.
        let reported = "A spokesman said drivers travelling on Sunday had been delayed.";
        assert_eq!(
            march_value(reported, "Sunday").as_deref(),
            Some("2024-03-03")
        );
    }

    #[test]
    fn a_ferry_sailing_told_of_with_would_is_to_come() {
        let sailings = "The ferry line said sailings on Thursday would be cancelled.";
        assert_eq!(
            march_value(sailings, "Thursday").as_deref(),
            Some("2024-03-07")
        );
        // "would be investigated" looks back on the flight.
        let inquiry = "Officials said the flight on Sunday would be investigated.";
        assert_eq!(
            march_value(inquiry, "Sunday").as_deref(),
            Some("2024-03-03")
        );
    }

    #[test]
    fn an_event_on_a_weekday_told_of_with_a_hedged_modal_is_to_come() {
        let ferries = "The port authority said sailings on Friday may be cancelled.";
        assert_eq!(
            march_value(ferries, "Friday").as_deref(),
            Some("2024-03-08")
        );
        let trains = "Rail operators said services on Friday evening might be delayed.";
        assert_eq!(
            march_value(trains, "Friday evening").as_deref(),
            Some("2024-03-08")
        );
        // No event set for a day: what happened on Sunday could be linked to something.
        let attack = "Police said the attack on Sunday could be linked to a feud.";
        assert_eq!(march_value(attack, "Sunday").as_deref(), Some("2024-03-03"));
        // "may have been" guesses at the past.
        let guess = "Officials said the sailing on Sunday may have been overbooked.";
        assert_eq!(march_value(guess, "Sunday").as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn a_weekday_or_weekend_as_the_subject_of_an_outlook_is_to_come() {
        let ahead = |text: &str, wanted: &str, day: &str| {
            assert_eq!(march_value(text, wanted).as_deref(), Some(day), "{text}");
        };
        let both = "Thursday sees gales, and Friday should turn milder in Fenmoor.";
        ahead(both, "Thursday", "2024-03-07");
        ahead(both, "Friday", "2024-03-08");
        ahead(
            "\"Thursday will be wild, but it clears quickly,\" said Ivo Brandt.",
            "Thursday",
            "2024-03-07",
        );
        ahead(
            "Friday will be the warmest day, the forecaster said, and Sunday should be similar.",
            "Sunday",
            "2024-03-10",
        );
        ahead(
            "If the tally is contested, Friday may stretch into the small hours.",
            "Friday",
            "2024-03-08",
        );
        ahead(
            "The weekend promises calmer spells in the valleys.",
            "The weekend",
            "2024-W10-WE",
        );
    }

    #[test]
    fn a_weekday_that_is_no_subject_of_an_outlook_keeps_its_reading() {
        let back = |text: &str, wanted: &str, day: &str| {
            assert_eq!(march_value(text, wanted).as_deref(), Some(day), "{text}");
        };
        // Not the subject: the weekday is the object of a past verb.
        back(
            "The club sacked its coach on Sunday and Monday brought no news.",
            "Sunday",
            "2024-03-03",
        );
        // "would" may tell a future seen from the past; "could have" guesses at the past.
        back(
            "He resigned, and Friday would be his last day in the post.",
            "Friday",
            "2024-03-01",
        );
        back(
            "Fog lifted early, and Sunday could have been worse for drivers.",
            "Sunday",
            "2024-03-03",
        );
        back(
            "The weekend brought heavy rain to Fenmoor.",
            "The weekend",
            "2024-W09-WE",
        );
        // Two days joined in one phrase: the second is no subject of its own.
        back(
            "Counts from Saturday and Sunday may be revised.",
            "Sunday",
            "2024-03-03",
        );
    }

    #[test]
    fn a_weekday_after_a_day_weeks_ahead_in_its_sentence_falls_in_that_week() {
        let may = "Polls in Quillford close on Wednesday 8 May at 10pm, and the count starts on \
                   Thursday morning.";
        assert_eq!(
            march_value(may, "Thursday morning").as_deref(),
            Some("2024-05-09")
        );
        let fair = "The fair opens on 20 April and the parade is on Sunday.";
        assert_eq!(march_value(fair, "Sunday").as_deref(), Some("2024-04-21"));
    }

    #[test]
    fn a_weekday_after_a_day_gone_by_or_a_verb_of_saying_keeps_its_reading() {
        // A day gone by: the weekday is read from the time of writing.
        let past = "The strike on 6 February cost £2m, and talks resume on Thursday.";
        assert_eq!(march_value(past, "Thursday").as_deref(), Some("2024-03-07"));
        // A verb of saying between: the weekday is when it was said.
        let said = "The show runs until 20 April, the theatre said on Friday.";
        assert_eq!(march_value(said, "Friday").as_deref(), Some("2024-03-01"));
        // Another sentence: no tie to the day.
        let apart = "The fair opens on 20 April. The stalls will be built on Thursday.";
        assert_eq!(
            march_value(apart, "Thursday").as_deref(),
            Some("2024-03-07")
        );
    }

    #[test]
    fn a_backshifted_clause_that_looks_ahead_sets_its_weekday_ahead() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        let value_of = |text: &str, wanted: &str| {
            texts_values(text, march)
                .into_iter()
                .find(|(t, _)| t == wanted)
                .and_then(|(_, v)| v)
        };
        let chance = "The ferry firm idled 12 boats on Monday and said more delays were \
                      likely on Thursday.";
        assert_eq!(value_of(chance, "Thursday").as_deref(), Some("2024-03-07"));
        assert_eq!(value_of(chance, "Monday").as_deref(), Some("2024-03-04"));
        let plan = "Aides said the verdict was due on Thursday.";
        assert_eq!(value_of(plan, "Thursday").as_deref(), Some("2024-03-07"));
        let intent = "A clerk said the mayor was prepared to put the plan to the council as \
                      early as the weekend.";
        assert_eq!(
            value_of(intent, "the weekend").as_deref(),
            Some("2024-W10-WE")
        );
        let untold = "The parcel was expected on Thursday.";
        assert_eq!(value_of(untold, "Thursday").as_deref(), Some("2024-02-29"));
        let missed = "Aides said the parcel was expected on Thursday but it never came.";
        assert_eq!(value_of(missed, "Thursday").as_deref(), Some("2024-02-29"));
        let record = "The mark was set on Thursday, aides said.";
        assert_eq!(value_of(record, "Thursday").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn a_stamp_opening_a_live_entry_takes_no_day_from_the_entry() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        let found = run(
            "Update 6:15pm: The envoy says he will visit Brantford on Thursday morning.",
            march,
        );
        let stamp = found.iter().find(|d| d.text == "6:15pm");
        assert_eq!(stamp.map(|d| d.value.clone()), Some(None));
        assert_eq!(stamp.and_then(|d| d.time.clone()).as_deref(), Some("18:15"));
        let found = run(
            "09:05 GMT - The envoy says he will fly out on Thursday.",
            march,
        );
        assert!(
            found
                .iter()
                .all(|d| d.text == "Thursday" || d.value.is_none()),
            "{found:?}"
        );
        let span = run("9:30 - 10:30 on Thursday the envoy will speak.", march);
        assert!(
            span.iter().any(|d| d.text == "9:30" && d.value.is_some()),
            "{span:?}"
        );
    }

    #[test]
    fn a_month_after_a_future_year_in_its_clause_takes_that_year() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        let month_of = |text: &str| {
            texts_values(text, march)
                .into_iter()
                .find(|(t, _)| t == "October")
                .and_then(|(_, v)| v)
        };
        assert_eq!(
            month_of("Norvia stages the 2026 games in Talin, most likely in October.").as_deref(),
            Some("2026-10")
        );
        assert_eq!(
            month_of("The firm aims to be carbon neutral by 2030 and cut jobs in October.")
                .as_deref(),
            Some("2023-10")
        );
        assert_eq!(
            month_of("The games come in 2026. In October the mayor resigned.").as_deref(),
            Some("2023-10")
        );
    }

    #[test]
    fn a_day_after_a_counted_shift_keeps_the_year_told_before_it() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        assert_eq!(
            texts_values(
                "On Sept. 8, 2021, the Orlen depot flooded. Ten days later, on Oct. 2, it reopened.",
                march
            ),
            vec![
                ("Sept. 8, 2021".into(), Some("2021-09-08".into())),
                ("Ten days later".into(), Some("2021-09-18".into())),
                ("Oct. 2".into(), Some("2021-10-02".into())),
            ]
        );
        assert_eq!(
            texts_values(
                "On Sept. 8, 2021, the Orlen depot flooded. Ten days later, on Feb. 2, the tills open.",
                march
            ),
            vec![
                ("Sept. 8, 2021".into(), Some("2021-09-08".into())),
                ("Ten days later".into(), Some("2021-09-18".into())),
                ("Feb. 2".into(), Some("2024-02-02".into())),
            ]
        );
    }

    #[test]
    fn a_count_ahead_in_reported_speech_starts_from_the_day_of_the_speech() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        assert_eq!(
            texts_values(
                "Ana Vell said on Monday she was moving in three weeks.",
                march
            ),
            vec![
                ("Monday".into(), Some("2024-03-04".into())),
                ("three weeks".into(), Some("2024-03-25".into())),
            ]
        );
        assert_eq!(
            texts_values("Ana Vell said she was moving in three weeks.", march),
            vec![("three weeks".into(), Some("2024-W13".into()))]
        );
        assert!(texts_values("Ana Vell said rents rose 4% in three weeks.", march).is_empty());
    }

    #[test]
    fn a_count_of_years_moves_the_date_told_before_at_its_grain() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        assert_eq!(
            texts_values(
                "Output at Brennick rose 4% in the second quarter of 2023 from a year earlier.",
                march
            ),
            vec![
                ("the second quarter of 2023".into(), Some("2023-Q2".into())),
                ("a year earlier".into(), Some("2022-Q2".into())),
            ]
        );
        assert_eq!(
            texts_values(
                "The plant opened on June 14, 2019. Two years later it shut.",
                march
            ),
            vec![
                ("June 14, 2019".into(), Some("2019-06-14".into())),
                ("Two years later".into(), Some("2021-06-14".into())),
            ]
        );
        assert_eq!(
            texts_values(
                "Exports slumped in 2019. A year later they recovered.",
                march
            ),
            vec![
                ("2019".into(), Some("2019".into())),
                ("A year later".into(), Some("2020".into())),
            ]
        );
        assert_eq!(
            texts_values(
                "Exports slumped in 2019. The following year they recovered.",
                march
            ),
            vec![
                ("2019".into(), Some("2019".into())),
                ("The following year".into(), Some("2020".into())),
            ]
        );
        assert_eq!(
            texts_values(
                "Exports slumped in 2019, and the year before, they grew.",
                march
            ),
            vec![
                ("2019".into(), Some("2019".into())),
                ("the year before".into(), Some("2018".into())),
            ]
        );
        assert_eq!(
            texts_values(
                "Exports slumped in 2019. The year before the merger was calm.",
                march
            ),
            vec![("2019".into(), Some("2019".into()))]
        );
        assert_eq!(years_from("2020-02-29", 1), None);
        assert_eq!(years_from("2020-W09", 1), None);
        assert_eq!(years_from("2021", -1).as_deref(), Some("2020"));
    }

    #[test]
    fn a_year_right_before_a_holiday_after_the_is_its_year() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        assert_eq!(
            texts_values(
                "It was the worst flood since the 2018 Labor Day storms.",
                march
            ),
            vec![("2018 Labor Day".into(), Some("2018-09-03".into()))]
        );
        assert_eq!(
            texts_values("In 2018 Labor Day fell early.", march),
            vec![
                ("2018".into(), Some("2018".into())),
                ("Labor Day".into(), Some("2023-09-04".into()))
            ]
        );
    }

    #[test]
    fn counted_days_and_weeks_move_from_the_day_told_before() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        assert_eq!(
            texts_values(
                "Pickers walked out on Friday. Three days later, talks began.",
                march
            ),
            vec![
                ("Friday".into(), Some("2024-03-01".into())),
                ("Three days later".into(), Some("2024-03-04".into()))
            ]
        );
        assert_eq!(
            texts_values("Sales hit 40 on Feb. 28, up from 12 a week earlier.", march),
            vec![
                ("Feb. 28".into(), Some("2024-02-28".into())),
                ("a week earlier".into(), Some("2024-02-21".into()))
            ]
        );
        assert_eq!(
            texts_values(
                "The mill shut on Feb. 10. A month later, it reopened.",
                march
            ),
            vec![
                ("Feb. 10".into(), Some("2024-02-10".into())),
                ("A month later".into(), Some("2024-03".into()))
            ]
        );
        // Without a day told before, or as a delay, or before a named event: no date.
        assert_eq!(
            texts_values("Two days later, talks began.", march),
            vec![("Two days later".into(), None)]
        );
        assert!(texts_values(
            "The bus came on Friday, two days later than planned.",
            march
        )
        .iter()
        .all(|(text, _)| text == "Friday"));
        assert!(
            texts_values("He quit on Friday, a week before the vote.", march)
                .iter()
                .all(|(text, _)| text == "Friday")
        );
    }

    #[test]
    fn a_day_allowed_after_has_until_is_ahead() {
        let march = Some(Date::new(2024, 3, 5).unwrap());
        for (text, expected) in [
            (
                "Ms. Varga has until Jan. 9 to answer the court.",
                "2025-01-09",
            ),
            ("The tenants have only until Feb. 2 to leave.", "2025-02-02"),
            (
                "The firm has been given until Feb. 2 to reply.",
                "2025-02-02",
            ),
            ("The firm has until April 2 to reply.", "2024-04-02"),
        ] {
            assert_eq!(one(text, march).1.as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_past_verb_after_and_governs_the_month_not_an_earlier_infinitive() {
        // The anchor is in January 2022.
        assert_eq!(
            texts_values(
                "The firm was told last May to share its data, and the regulator opened an inquiry in March.",
                Some(anchor())
            ),
            vec![
                ("last May".into(), Some("2021-05".into())),
                ("March".into(), Some("2021-03".into()))
            ]
        );
        assert_eq!(
            value("The firm will share its data, and the regulator will open an inquiry in March."),
            Some("2022-03".into())
        );
    }

    #[test]
    fn an_abbreviated_weekday_with_its_full_stop_is_the_day() {
        // The anchor, 2022-01-22, is a Saturday.
        assert_eq!(
            value("The board meets Thurs. to pick a chair."),
            Some("2022-01-27".into())
        );
        assert_eq!(
            texts_values(
                "The parade is set for 11 a.m. Mon. on Elm Road.",
                Some(anchor())
            ),
            vec![
                ("11 a.m.".into(), Some("2022-01-24".into())),
                ("Mon.".into(), Some("2022-01-24".into()))
            ]
        );
        assert_eq!(
            value("The vote is set for Tues., Feb. 1."),
            Some("2022-02-01".into())
        );
        // A newspaper's name, a lower-case verb and a bare abbreviation are no day.
        for none in [
            "The story ran in the Sun. Readers wrote in.",
            "It ran in the Valley Sun. Readers wrote in.",
            "The dog sat. Then it slept.",
            "The council meets Tues to vote.",
        ] {
            assert!(run(none, Some(anchor())).is_empty(), "{none}");
        }
    }

    #[test]
    fn a_call_for_something_from_a_day_looks_ahead() {
        // The anchor, 2022-01-22, is a Saturday.
        assert_eq!(
            value("The farmers' union called for a blockade from Tuesday."),
            Some("2022-01-25".into())
        );
        assert_eq!(
            value("Campaigners are calling for a boycott beginning on Tuesday."),
            Some("2022-01-25".into())
        );
        assert_eq!(
            value("The mayor called for calm on Tuesday."),
            Some("2022-01-18".into())
        );
    }

    #[test]
    fn a_past_perfect_before_by_a_day_is_past() {
        // The anchor, 2022-01-22, is a Saturday.
        assert_eq!(
            value("The utility said power had returned to most homes by Tuesday."),
            Some("2022-01-18".into())
        );
        assert_eq!(
            value("Crews were sent to clear the roads by Tuesday."),
            Some("2022-01-25".into())
        );
    }

    #[test]
    fn an_adverb_after_an_auxiliary_keeps_the_perfect() {
        // The anchor, 2022-01-22, is a Saturday.
        assert_eq!(
            value("Harriers have now lost three matches and visit Dunmore on Tuesday."),
            Some("2022-01-25".into())
        );
    }

    #[test]
    fn a_backdated_month_is_one_gone_by() {
        // The anchor is in January 2022.
        assert_eq!(
            texts_values(
                "The award is 2 per cent next year, backdated to October.",
                Some(anchor())
            ),
            vec![
                ("next year".into(), Some("2023".into())),
                ("October".into(), Some("2021-10".into()))
            ]
        );
        assert_eq!(
            value("The rise will be paid retroactive from November."),
            Some("2021-11".into())
        );
    }

    #[test]
    fn a_clock_time_before_a_weekday_keeps_the_tense() {
        // The anchor, 2022-01-22, is a Saturday.
        let days = |text: &str| -> Vec<Option<String>> {
            run(text, Some(anchor()))
                .into_iter()
                .map(|d| d.value)
                .collect()
        };
        assert_eq!(
            days("The hearing is scheduled for 9:15 a.m. Tuesday."),
            vec![Some("2022-01-25".into()), Some("2022-01-25".into())]
        );
        assert_eq!(
            days("Voting will end at 7 p.m. Monday."),
            vec![Some("2022-01-24".into()), Some("2022-01-24".into())]
        );
        assert_eq!(
            days("The vote is scheduled for 10 a.m. EST on Friday."),
            vec![Some("2022-01-28".into()), Some("2022-01-28".into())]
        );
        assert_eq!(
            days("Voting ended at 7 p.m. Monday."),
            vec![Some("2022-01-17".into()), Some("2022-01-17".into())]
        );
        assert_eq!(
            days("The vote will take place at 10 a.m. New York time on Friday."),
            vec![Some("2022-01-28".into()), Some("2022-01-28".into())]
        );
    }

    #[test]
    fn a_weekday_of_next_or_last_week_is_in_that_week() {
        // The anchor, 2022-01-22, is a Saturday of week 3.
        let days = |text: &str| -> Vec<Option<String>> {
            run(text, Some(anchor()))
                .into_iter()
                .map(|d| d.value)
                .collect()
        };
        assert_eq!(
            days("Shops will close from Monday to Wednesday next week."),
            vec![
                Some("2022-01-24".into()),
                Some("2022-01-26".into()),
                Some("2022-W04".into())
            ]
        );
        assert_eq!(
            days("It rained between Monday and Wednesday last week."),
            vec![
                Some("2022-01-10".into()),
                Some("2022-01-12".into()),
                Some("2022-W02".into())
            ]
        );
        assert_eq!(
            value("The hearing resumes on Thursday week."),
            Some("2022-02-03".into())
        );
        assert_eq!(
            value("The Thursday week-long festival ended."),
            Some("2022-01-20".into())
        );
    }

    #[test]
    fn an_irregular_past_form_sets_a_day_in_the_past() {
        // The anchor is 2022-01-22: a day of February or March is a year back in the past.
        assert_eq!(
            value("He won the runoff on March 3."),
            Some("2021-03-03".into())
        );
        assert_eq!(
            value("The family fled the town on February 9."),
            Some("2021-02-09".into())
        );
        assert_eq!(
            value("The runoff will be held on March 3."),
            Some("2022-03-03".into())
        );
        assert_eq!(
            value("Results are to be sent on March 3."),
            Some("2022-03-03".into())
        );
    }

    #[test]
    fn a_weekday_opening_a_sentence_takes_the_tense_of_the_clause_after_it() {
        // The anchor, 2022-01-22, is a Saturday.
        assert_eq!(
            value("On Friday, the envoy will travel to the capital."),
            Some("2022-01-28".into())
        );
        assert_eq!(
            value("On Thursday, ministers are expected to sign the deal."),
            Some("2022-01-27".into())
        );
        assert_eq!(
            value("On Friday, she said talks would resume."),
            Some("2022-01-21".into())
        );
        assert_eq!(
            value("On Friday, the envoy travelled to the capital."),
            Some("2022-01-21".into())
        );
        assert_eq!(
            value("Talks failed. Experts say that on Friday, they will try again."),
            Some("2022-01-21".into())
        );
    }

    #[test]
    fn a_regular_past_main_verb_before_a_later_future_word_keeps_an_opening_weekday_past() {
        // The anchor, 2022-01-22, is a Saturday.
        assert_eq!(
            value("On Monday, the trust voted to sell the mill, which will close."),
            Some("2022-01-17".into())
        );
        assert_eq!(
            value("On Tuesday, the panel has backed rules that will apply."),
            Some("2022-01-18".into())
        );
        assert_eq!(
            value("On Monday, the trust agreed to reopen the mill."),
            Some("2022-01-17".into())
        );
        assert_eq!(
            value("On Monday, the newly elected warden will speak."),
            Some("2022-01-24".into())
        );
        assert_eq!(
            value("On Monday, after talks stalled, the porters will strike."),
            Some("2022-01-24".into())
        );
        assert_eq!(
            value("On Monday, the trust will vote."),
            Some("2022-01-24".into())
        );
    }

    #[test]
    fn a_weekday_after_a_verb_of_schedule_in_the_present_is_to_come() {
        // The anchor, 2022-01-22, is a Saturday.
        assert_eq!(
            value("The talks continue on Monday."),
            Some("2022-01-24".into())
        );
        assert_eq!(
            value("Voters go to the polls on Sunday."),
            Some("2022-01-23".into())
        );
        assert_eq!(
            value("The leaders meet on Thursday."),
            Some("2022-01-27".into())
        );
        assert_eq!(
            value("The talks continued on Monday."),
            Some("2022-01-17".into())
        );
    }

    #[test]
    fn a_race_time_or_a_case_number_is_no_time_of_day() {
        let found = run("She won the race in 2:03:45 on Sunday.", Some(anchor()));
        assert!(found.iter().all(|d| d.time.is_none()), "{found:?}");
        assert!(run("The case, 2:23-cv-01234, was filed.", Some(anchor())).is_empty());
        let found = run("The polls shut at 9:30 on Monday.", Some(anchor()));
        assert_eq!(found[0].time.as_deref(), Some("09:30"));
    }

    #[test]
    fn a_race_time_with_a_fraction_of_a_second_or_after_a_lead_is_no_time_of_day() {
        for text in [
            "Ivo Dane won in 1:56.42 on Sunday.",
            "Ada Quist clocked 3:29 in the heat on Sunday.",
            "Mara Lind ran a winning time of 1:44 on Sunday.",
            "Tom Reyes ran the second lap in 14:22 on Sunday.",
            "Ivo Dane set a personal best of 12:47 on Sunday.",
        ] {
            let found = run(text, Some(anchor()));
            assert!(found.iter().all(|d| d.time.is_none()), "{text}: {found:?}");
        }
        let found = run(
            "The vote closed at 9:30. On Sunday it resumed.",
            Some(anchor()),
        );
        assert_eq!(found[0].time.as_deref(), Some("09:30"));
        // "in" makes a race time only of bare minutes and seconds, never of a time of day with
        // its "a.m." or "p.m.".
        let found = run("The count ended in 2:30am chaos on Monday.", Some(anchor()));
        assert_eq!(found[0].time.as_deref(), Some("02:30"));
    }

    #[test]
    fn noon_and_midnight() {
        let found = run("The polls shut at noon on Monday.", Some(anchor()));
        assert_eq!(found[0].text, "noon");
        assert_eq!(found[0].time.as_deref(), Some("12:00"));
        assert_eq!(found[0].value.as_deref(), Some("2022-01-17"));
        let found = run("The deal expires at midnight on Monday.", Some(anchor()));
        assert_eq!(found[0].time.as_deref(), Some("00:00"));
        assert_eq!(found[1].value.as_deref(), Some("2022-01-24"));
        let found = run("The curfew lasts until midnight.", Some(anchor()));
        assert_eq!(found[0].time.as_deref(), Some("00:00"));
        assert!(run("It was a midnight feast.", Some(anchor())).is_empty());
    }

    #[test]
    fn in_a_week_and_a_fortnight_ago() {
        assert_eq!(
            one("The depot will reopen in a week.", Some(anchor())),
            ("a week".into(), Some("2022-W04".into()), None)
        );
        assert_eq!(value("The lease ends in a month."), Some("2022-02".into()));
        assert_eq!(
            one("The depot shut a fortnight ago.", Some(anchor())),
            ("a fortnight ago".into(), Some("2022-W01".into()), None)
        );
        assert!(run("The board met twice in a week.", Some(anchor())).is_empty());
        assert!(run("The stock was gone in a day.", Some(anchor())).is_empty());
    }

    #[test]
    fn a_later_day_of_this_month_in_the_past_is_last_year() {
        assert_eq!(
            value("The fire started on January 27."),
            Some("2021-01-27".into())
        );
        assert_eq!(
            value("The fire started on January 12."),
            Some("2022-01-12".into())
        );
        assert_eq!(
            value("The fair opens on January 27."),
            Some("2022-01-27".into())
        );
        assert_eq!(
            value("The fair is on January 27."),
            Some("2022-01-27".into())
        );
    }

    #[test]
    fn last_and_next_month() {
        assert_eq!(
            one("The law passed last January.", Some(anchor())),
            ("last January".into(), Some("2021-01".into()), None)
        );
        assert_eq!(value("It opened last October."), Some("2021-10".into()));
        assert_eq!(value("It opens next January."), Some("2023-01".into()));
        assert_eq!(value("It opens next April."), Some("2022-04".into()));
        assert!(run("They held the last March of the year.", Some(anchor())).is_empty());
    }

    #[test]
    fn numbered_labels_are_not_years() {
        assert!(run("Delegates backed Resolution 2031 in the hall.", None).is_empty());
        assert_eq!(value("The hall opened in 2019 again."), Some("2019".into()));
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            value("It began on 2022-01-22 here."),
            Some("2022-01-22".into())
        );
        assert_eq!(
            one("It began on January 21, 2022 in Lisbon.", None).1,
            Some("2022-01-21".into())
        );
        assert_eq!(
            one("Talks on 21 January 2022 ended.", None).1,
            Some("2022-01-21".into())
        );
        assert_eq!(
            one("Talks on Jan. 21 ended.", None).1,
            Some("XXXX-01-21".into())
        );
        assert_eq!(
            one("Talks on Jan 21 ended.", None).1,
            Some("XXXX-01-21".into())
        );
        assert_eq!(
            one("Talks on 21 Jan ended.", None).1,
            Some("XXXX-01-21".into())
        );
        assert_eq!(
            one("Talks on 14 March ended.", None).1,
            Some("XXXX-03-14".into())
        );
        assert_eq!(value("Talks on 14 March ended."), Some("2022-03-14".into()));
        assert_eq!(
            one("It opened in March 2022.", None).1,
            Some("2022-03".into())
        );
        assert_eq!(
            one("It opened in 2014.", None),
            ("2014".into(), Some("2014".into()), None)
        );
        assert_eq!(
            one("It was built in the 1990s.", None).1,
            Some("199X".into())
        );
    }

    #[test]
    fn a_capitalised_today_inside_a_sentence_is_a_title() {
        for text in [
            "She told Radio 9's Today programme it was over.",
            "She told USA Today it was over.",
            "He read Yesterday, Today and Tomorrow aloud.",
        ] {
            assert!(run(text, Some(anchor())).is_empty(), "{text}");
        }
        assert_eq!(value("Today, the bill passed."), Some("2022-01-22".into()));
        assert_eq!(
            value("“Today we rest,” he said."),
            Some("2022-01-22".into())
        );
        assert_eq!(value("He said: Today we rest."), Some("2022-01-22".into()));
    }

    #[test]
    fn relative_dates() {
        assert_eq!(value("He left yesterday."), Some("2022-01-21".into()));
        assert_eq!(value("He leaves today."), Some("2022-01-22".into()));
        assert_eq!(value("He leaves tomorrow."), Some("2022-01-23".into()));
        assert_eq!(value("He leaves tonight."), Some("2022-01-22".into()));
        assert_eq!(value("They met on Wednesday."), Some("2022-01-19".into()));
        assert_eq!(
            value("They will meet on Monday."),
            Some("2022-01-24".into())
        );
        assert_eq!(value("They meet next Monday."), Some("2022-01-24".into()));
        assert_eq!(
            value("Highs were forecast to reach 40C on Monday."),
            Some("2022-01-24".into())
        );
        // A scheduled event in the present tense lies ahead.
        assert_eq!(value("The vote is on Monday."), Some("2022-01-24".into()));
        assert_eq!(
            value("The deal expires late on Monday."),
            Some("2022-01-24".into())
        );
        assert_eq!(
            value("The deal expires, the firm said on Monday."),
            Some("2022-01-17".into())
        );
        assert_eq!(
            value("Bills to re-open the mill failed on Monday."),
            Some("2022-01-17".into())
        );
        assert_eq!(value("They met last Tuesday."), Some("2022-01-18".into()));
        assert_eq!(value("They met this week."), Some("2022-W03".into()));
        assert_eq!(
            one("Earlier this week they met.", Some(anchor())),
            ("Earlier this week".into(), Some("2022-W03".into()), None)
        );
        assert_eq!(value("They meet next week."), Some("2022-W04".into()));
        assert_eq!(value("They met last year."), Some("2021".into()));
        assert_eq!(value("They meet next month."), Some("2022-02".into()));
        assert_eq!(value("They met two weeks ago."), Some("2022-W01".into()));
        assert_eq!(
            one("They meet in three days.", Some(anchor())),
            ("three days".into(), Some("2022-01-25".into()), None)
        );
        assert_eq!(
            one("It fell late last year.", Some(anchor())),
            (
                "late last year".into(),
                Some("2021".into()),
                Some("END".into())
            )
        );
        assert_eq!(
            one("It fell in mid-December.", Some(anchor())),
            (
                "mid-December".into(),
                Some("2021-12".into()),
                Some("MID".into())
            )
        );
        assert_eq!(
            one("It fell in early January.", Some(anchor())),
            (
                "early January".into(),
                Some("2022-01".into()),
                Some("START".into())
            )
        );
        assert_eq!(
            one("It fell on Friday morning.", Some(anchor())).1,
            Some("2022-01-21".into())
        );
        assert_eq!(
            one("It fell on Monday night.", Some(anchor())).0,
            "Monday night"
        );
        assert_eq!(
            one("It fell in late December last year.", None),
            (
                "late December last year".into(),
                Some("XXXX-12".into()),
                Some("END".into())
            )
        );
    }

    #[test]
    fn headline_and_metadata_are_skipped() {
        let text = "Talks on Friday\n\nBy staff, Monday\n\nThey met on Tuesday.";
        let layout = Layout {
            paragraphs: vec![Span::new(0, 15), Span::new(17, 33), Span::new(35, 55)],
            headline: Some(Span::new(0, 15)),
            metadata: vec![Span::new(17, 33)],
            ..Layout::default()
        };
        let found = extract(text, &layout, Some(anchor()));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "Tuesday");
        assert_eq!(body_ranges(&layout), vec![Span::new(35, 55)]);
    }

    #[test]
    fn seasons() {
        assert_eq!(value("It rained last summer."), Some("2021-SU".into()));
        assert_eq!(
            one("It rained in the summer of 2014.", None).1,
            Some("2014-SU".into())
        );
        assert!(run("Prices fall sharply.", Some(anchor())).is_empty());
    }

    #[test]
    fn a_season_after_in_is_the_coming_or_the_last_one() {
        // The anchor is Tuesday 5 March 2024, in spring.
        assert_eq!(
            on_a_tuesday("The fair will return in the autumn."),
            ("autumn".into(), Some("2024-FA".into()), None)
        );
        assert_eq!(
            on_a_tuesday("The mill closed in the autumn.").1,
            Some("2023-FA".into())
        );
        assert_eq!(
            on_a_tuesday("Repairs are expected in early summer."),
            (
                "early summer".into(),
                Some("2024-SU".into()),
                Some("START".into())
            )
        );
        assert_eq!(
            on_a_tuesday("The bridge took shape in spring.").1,
            Some("2024-SP".into())
        );
        // A habit is no date.
        let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert!(none("Swallows nest in the spring.").is_empty());
    }

    #[test]
    fn a_numbered_week_of_a_month_is_the_iso_week_holding_its_first_day() {
        // The anchor is Tuesday 5 March 2024.
        let on = |text: &str| texts_values(text, Date::new(2024, 3, 5).ok());
        assert_eq!(
            on("The book fair runs in the first week of May."),
            vec![(
                "the first week of May".to_string(),
                Some("2024-W18".to_string())
            )]
        );
        assert_eq!(
            on("Trials open in the third week of April."),
            vec![(
                "the third week of April".to_string(),
                Some("2024-W16".to_string())
            )]
        );
        // The last week holds the month's last day; ahead in a clause of the present.
        assert_eq!(
            on("The regatta is held in the last week of June."),
            vec![(
                "the last week of June".to_string(),
                Some("2024-W26".to_string())
            )]
        );
        assert_eq!(
            on("The mill shut in the last week of June."),
            vec![(
                "the last week of June".to_string(),
                Some("2023-W26".to_string())
            )]
        );
    }

    #[test]
    fn a_season_after_until_is_the_coming_one_whatever_the_verb_of_saying() {
        // The anchor is Tuesday 5 March 2024, in spring.
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            value("Ada Quell said: \"The orchard cannot open until the autumn.\""),
            Some("2024-FA".into())
        );
        assert_eq!(
            value("The trust said it could not reopen the pier until the summer."),
            Some("2024-SU".into())
        );
        assert_eq!(
            value("The ferry cannot sail until the summer."),
            Some("2024-SU".into())
        );
        // A clause of the past keeps the last one.
        assert_eq!(
            value("The kiosk stayed shut until the summer."),
            Some("2023-SU".into())
        );
    }

    #[test]
    fn unanchored_relative_dates_are_null() {
        assert_eq!(one("They met on Friday.", None).1, None);
        assert_eq!(one("They meet next week.", None).1, None);
        assert_eq!(one("He left yesterday.", None).1, None);
    }

    #[test]
    fn times_of_day() {
        let found = run("The blast came at 9:20 p.m. on Friday.", Some(anchor()));
        let time = found.iter().find(|d| d.time.is_some()).unwrap();
        assert_eq!(time.text, "9:20 p.m.");
        assert_eq!(time.time.as_deref(), Some("21:20"));
        assert_eq!(time.value.as_deref(), Some("2022-01-21"));
        let found = run("It starts at 21:00 GMT.", None);
        assert_eq!(found[0].text, "21:00 GMT");
        assert_eq!(found[0].time.as_deref(), Some("21:00"));
        let found = run("Contact came at 0019 UTC.", None);
        assert_eq!(found[0].time.as_deref(), Some("00:19"));
        let found = run("The strike began at 0600 local time.", None);
        assert_eq!(found[0].text, "0600 local time");
        assert_eq!(found[0].time.as_deref(), Some("06:00"));
        let found = run("The curfew starts at 2100 hours.", None);
        assert_eq!(found[0].time.as_deref(), Some("21:00"));
        assert!(run("Staff worked 1800 hours.", None).is_empty());
        let found = run("It ended at 2.40am.", None);
        assert_eq!(found[0].time.as_deref(), Some("02:40"));
        let found = run("We heard voices until about 3 o’clock.", None);
        assert_eq!(found[0].text, "3 o’clock");
        assert_eq!(found[0].time.as_deref(), Some("03:00"));
    }

    #[test]
    fn an_hour_with_its_part_of_the_day_is_a_time() {
        let time = |text: &str| run(text, None).first().and_then(|f| f.time.clone());
        let found = run("Divers left the pier at 5 in the morning.", None);
        assert_eq!(found[0].text, "5 in the morning");
        assert_eq!(found[0].time.as_deref(), Some("05:00"));
        assert_eq!(time("The bar shuts by 10 at night."), Some("22:00".into()));
        assert_eq!(
            time("The vote closed at 4:15 in the afternoon."),
            Some("16:15".into())
        );
        assert_eq!(
            time("Doors open after 7 in the evening."),
            Some("19:00".into())
        );
        // No preposition of time, or an hour its part of the day does not hold: no time.
        assert!(run("Orvane scored 3 in the afternoon.", None).is_empty());
        assert!(run("Lamps glowed around 9 in the afternoon.", None).is_empty());
    }

    #[test]
    fn a_universal_time_in_brackets_falls_on_its_own_day() {
        let found = run(
            "The quake hit at 4.10am local time (2010 GMT) on Monday.",
            Some(anchor()),
        );
        let values: Vec<_> = found.iter().map(|d| d.value.as_deref()).collect();
        assert_eq!(
            values,
            vec![Some("2022-01-17"), Some("2022-01-16"), Some("2022-01-17")]
        );
        let found = run(
            "The polls closed at 9pm EST (0200 GMT) on Monday.",
            Some(anchor()),
        );
        assert_eq!(found[1].value.as_deref(), Some("2022-01-18"));
        let found = run(
            "The shelling began at 10am (0800 GMT) on Monday.",
            Some(anchor()),
        );
        assert_eq!(found[1].text, "0800 GMT");
        assert_eq!(found[1].value.as_deref(), Some("2022-01-17"));
        let found = run(
            "The quake hit at 4.10am local time (2010 GMT) on 3 May.",
            None,
        );
        assert_eq!(found[1].value, None);
    }

    #[test]
    fn a_clock_time_with_a_point_after_a_word_of_time() {
        let found = run("The alarm was raised at 10.30 on Friday.", Some(anchor()));
        assert_eq!(found[0].text, "10.30");
        assert_eq!(found[0].time.as_deref(), Some("10:30"));
        assert_eq!(found[0].value.as_deref(), Some("2022-01-21"));
        let found = run("He left at 8.15 this morning.", Some(anchor()));
        assert_eq!(found[0].time.as_deref(), Some("08:15"));
        assert_eq!(found[0].value.as_deref(), Some("2022-01-22"));
        let found = run("The line reopens at 22.15 GMT.", None);
        assert_eq!(found[0].text, "22.15 GMT");
        assert_eq!(found[0].time.as_deref(), Some("22:15"));
        assert!(run("Prices rose 10.30 per cent.", None).is_empty());
        assert!(run("The index rose to 10.30 on Friday.", Some(anchor()))
            .iter()
            .all(|d| d.time.is_none()));
        assert!(run("Shares closed at 10.30 on Friday.", Some(anchor()))
            .iter()
            .all(|d| d.time.is_none()));
        assert!(run("It cost 10.30 in all.", None).is_empty());
        assert!(run("Output rose from 10.30 to 11.15.", None).is_empty());
        assert!(run("Rates rose to 3.10 from 3.45.", None).is_empty());
        assert!(run("Rates fell 0.05 to 3.10 from 3.15.", None).is_empty());
        let found = run("The fair runs from 9.30 to 11.45.", None);
        assert_eq!(found[0].time.as_deref(), Some("09:30"));
        assert!(run("It trades at 10.30 points.", None).is_empty());
        assert!(run("It sold at $10.30 each.", None).is_empty());
    }

    #[test]
    fn a_date_with_slashes_in_a_plain_order() {
        assert_eq!(
            value("It was dissolved on 15/02/2021."),
            Some("2021-02-15".into())
        );
        assert_eq!(
            value("The deadline was 02/15/2021."),
            Some("2021-02-15".into())
        );
        assert_eq!(value("It opened on 05/05/2021."), Some("2021-05-05".into()));
        assert!(run("It opened on 03/04/2021.", Some(anchor())).is_empty());
        assert!(run("It ran on 31/02/2021.", Some(anchor())).is_empty());
        assert!(run("Ref 7/15/02/2021.", Some(anchor())).is_empty());
    }

    #[test]
    fn the_year_of_a_level_and_the_end_of_the_century() {
        assert_eq!(
            value("Sea levels could rise by 1m by 2100."),
            Some("2100".into())
        );
        assert_eq!(
            value("Prices are still above 2019 levels."),
            Some("2019".into())
        );
        assert!(run("The fund lent 2100 euros.", Some(anchor())).is_empty());
        assert!(run("Staff cut 2100 jobs.", Some(anchor())).is_empty());
        assert!(run("Payrolls rose by 2100 jobs.", Some(anchor())).is_empty());
    }

    #[test]
    fn a_quarter_of_growth_is_of_the_calendar() {
        assert_eq!(
            value("Growth slowed in the third quarter."),
            Some("2021-Q3".into())
        );
        assert!(run("They led in the third quarter.", Some(anchor())).is_empty());
    }

    #[test]
    fn header_and_non_dates() {
        let found = run("date 2022-01-22 They met yesterday.\n", Some(anchor()));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "yesterday");
        assert!(run("You may go. The mayor spoke.", None).is_empty());
        assert!(run("Over the last year it grew.", Some(anchor())).is_empty());
        assert!(run("They sent 1500 troops.", None).is_empty());
        assert!(run("It cost $2014.", None).is_empty());
        assert!(run("for the first time in two years", Some(anchor())).is_empty());
        assert!(run("the highest rate in 40 weeks", Some(anchor())).is_empty());
        assert_eq!(
            value("Rates rose in early February, and will rise again."),
            Some("2021-02".into())
        );
    }

    #[test]
    fn months_without_a_year_look_back_unless_future() {
        let november = Date::new(2015, 11, 14).ok();
        assert_eq!(
            one("Attacks came in early January.", november).1,
            Some("2015-01".into())
        );
        assert_eq!(
            one("Talks will resume in January.", november).1,
            Some("2016-01".into())
        );
        assert_eq!(
            one("He said he would speak on Monday.", november).1,
            Some("2015-11-16".into())
        );
        assert_eq!(
            one("The bill now goes to a second vote in March.", november).1,
            Some("2016-03".into())
        );
        assert_eq!(
            one("It could take place on Wednesday.", november).1,
            Some("2015-11-18".into())
        );
        assert_eq!(
            one("He could not be reached on Wednesday.", november).1,
            Some("2015-11-11".into())
        );
        // The month is no modal verb.
        assert_eq!(
            run("In May the town flooded on Wednesday.", november)
                .iter()
                .find(|d| d.text == "Wednesday")
                .and_then(|d| d.value.clone()),
            Some("2015-11-11".into())
        );
        // Saturday 14 November 2015: the vote expected is the coming Wednesday's.
        assert_eq!(
            one("He expected the House to pass it by Wednesday.", november).1,
            Some("2015-11-18".into())
        );
    }

    #[test]
    fn an_abbreviated_month_with_a_year() {
        assert_eq!(
            one("In Sept. 2023 it fell.", Some(anchor())),
            ("Sept. 2023".into(), Some("2023-09".into()), None)
        );
        assert_eq!(value("By Dec 2021 it rose."), Some("2021-12".into()));
        // Without a year an abbreviation is no month ("Mar" may be a word).
        assert!(run("They mar it.", Some(anchor())).is_empty());
    }

    #[test]
    fn the_days_of_a_span_are_each_a_date() {
        let texts_values = |text: &str| texts_values(text, Some(anchor()));
        let pair = |a: &str, b: &str, day_a: &str, day_b: &str| {
            vec![
                (a.to_string(), Some(day_a.to_string())),
                (b.to_string(), Some(day_b.to_string())),
            ]
        };
        assert_eq!(
            texts_values("The talks run from 11 to 22 November 2021."),
            pair("11", "22 November 2021", "2021-11-11", "2021-11-22")
        );
        assert_eq!(
            texts_values("The talks run 11-22 November 2021."),
            pair("11", "22 November 2021", "2021-11-11", "2021-11-22")
        );
        assert_eq!(
            texts_values("The talks run November 11-22, 2021."),
            pair("November 11", "22, 2021", "2021-11-11", "2021-11-22")
        );
        // Days out of order make no span: the day with the month is still a date.
        assert_eq!(
            texts_values("They won 10 to 5 June 2021."),
            vec![("5 June 2021".to_string(), Some("2021-06-05".to_string()))]
        );
        // A figure grouped in thousands after "to" is no second day.
        assert_eq!(
            texts_values("The toll since November 11 to 30,631 rose."),
            vec![("November 11".to_string(), Some("2021-11-11".to_string()))]
        );
        // A year named from the anchor's after the span holds both days.
        assert_eq!(
            texts_values("Between 4 and 17 May last year, the depot shut."),
            pair("4", "17 May last year", "2021-05-04", "2021-05-17")
        );
        assert_eq!(
            texts_values("The fair runs 8-12 June next year."),
            pair("8", "12 June next year", "2023-06-08", "2023-06-12")
        );
        assert_eq!(
            texts_values("The dig ran July 2-9 last year."),
            pair("July 2", "9 last year", "2021-07-02", "2021-07-09")
        );
    }

    #[test]
    fn a_date_something_is_set_for_lies_ahead() {
        let november = Date::new(2025, 11, 14).ok();
        assert_eq!(
            one("The judge set sentencing for March 3.", november).1,
            Some("2026-03-03".into())
        );
        assert_eq!(
            one("The hearing was adjourned until February 9.", november).1,
            Some("2026-02-09".into())
        );
        // Something set on a past day, or a date not right after the words, looks back.
        assert_eq!(
            one("The judge set bail on March 3.", november).1,
            Some("2025-03-03".into())
        );
        assert_eq!(
            one("They moved to Ohio in March.", november).1,
            Some("2025-03".into())
        );
    }

    #[test]
    fn fixed_holidays_are_days_of_the_nearest_fitting_year() {
        let may = Date::new(2023, 5, 17).ok();
        assert_eq!(
            one("Shops closed on Christmas Day.", may),
            ("Christmas Day".into(), Some("2022-12-25".into()), None)
        );
        assert_eq!(
            one("Shops will close on New Year’s Eve.", may).1,
            Some("2023-12-31".into())
        );
        assert_eq!(
            one("It fell on Boxing Day, 2019.", may).1,
            Some("2019-12-26".into())
        );
        assert_eq!(
            one("It fell on Halloween.", None).1,
            Some("XXXX-10-31".into())
        );
        // A holiday's words in lower case are no holiday.
        assert!(run("He had a may day call.", may).is_empty());
    }

    #[test]
    fn a_holiday_of_a_year_written_after_it_is_that_years_day() {
        let may = Date::new(2023, 5, 17).ok();
        let pair = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
        assert_eq!(
            texts_values("The Memorial Day floods of 2019 cut the road.", may),
            vec![pair("Memorial Day floods of 2019", "2019-05-27")]
        );
        assert_eq!(
            texts_values("Crowds came at Easter of 2018.", may),
            vec![pair("Easter of 2018", "2018-04-01")]
        );
        assert_eq!(
            texts_values("It shut after Christmas and most of 2019.", may),
            vec![pair("Christmas", "2022-12-25"), pair("2019", "2019")]
        );
        assert_eq!(
            texts_values("The Christmas markets of 2019 were busy.", may),
            vec![pair("2019", "2019")]
        );
    }

    #[test]
    fn movable_holidays_are_reckoned_for_their_year() {
        let may = Date::new(2023, 5, 17).ok();
        // Easter Sunday 2023 was 9 April; 2024's was 31 March.
        assert_eq!(
            one("Sales peaked over Easter.", may).1,
            Some("2023-04-09".into())
        );
        assert_eq!(
            one("It closed on Good Friday 2024.", may).1,
            Some("2024-03-29".into())
        );
        assert_eq!(
            one("The law takes effect on Thanksgiving Day.", may).1,
            Some("2023-11-23".into())
        );
        assert_eq!(
            one("Crowds will gather on Memorial Day.", may).1,
            Some("2023-05-29".into())
        );
        assert_eq!(
            one("The Fourth of July parade was cancelled.", may).1,
            Some("2022-07-04".into())
        );
        assert_eq!(
            one("Prices fell after Christmas.", may).1,
            Some("2022-12-25".into())
        );
        for text in [
            "They sailed to Easter Island.",
            "He bought a Christmas tree.",
            "Rows of Christmas stalls stood shut.",
        ] {
            assert!(run(text, may).is_empty(), "{text}");
        }
    }

    #[test]
    fn this_weekday_gone_by_in_a_future_clause_is_the_next_one() {
        // 17 May 2023 is a Wednesday.
        let may = Date::new(2023, 5, 17).ok();
        assert_eq!(
            one("The vote will not be held this Monday.", may).1,
            Some("2023-05-22".into())
        );
        assert_eq!(
            one("The vote was held this Monday.", may).1,
            Some("2023-05-15".into())
        );
        assert_eq!(
            one("The vote will be held this Friday.", may).1,
            Some("2023-05-19".into())
        );
    }

    #[test]
    fn what_is_due_lies_ahead_unless_it_fell_due() {
        let may = Date::new(2023, 5, 17).ok();
        assert_eq!(
            one("They await the audit, due in July.", may).1,
            Some("2023-07".into())
        );
        assert_eq!(
            one("The bond came due in March.", may).1,
            Some("2023-03".into())
        );
    }

    #[test]
    fn a_weekday_with_a_name_of_its_own_is_no_date() {
        let may = Date::new(2023, 5, 17).ok();
        assert!(run("Sales fell after Black Friday and Super Tuesday.", may).is_empty());
        assert_eq!(
            one("The shop shut on Friday.", may).1,
            Some("2023-05-12".into())
        );
    }

    #[test]
    fn a_relative_clause_has_its_own_tense() {
        // 2015-11-14 is a Saturday.
        let november = Date::new(2015, 11, 14).ok();
        assert_eq!(
            one(
                "It could help Ada Quist, who on Thursday held a rally.",
                november
            )
            .1,
            Some("2015-11-12".into())
        );
        assert_eq!(
            one(
                "It helps Ada Quist, who will on Thursday hold a rally.",
                november
            )
            .1,
            Some("2015-11-19".into())
        );
        assert_eq!(
            one(
                "The union will strike on Thursday, which is a holiday.",
                november
            )
            .1,
            Some("2015-11-19".into())
        );
    }

    #[test]
    fn a_past_verb_after_a_future_word_governs_the_date() {
        // 2015-11-14 is a Saturday.
        let november = Date::new(2015, 11, 14).ok();
        assert_eq!(
            one(
                "The firm will cut jobs, its chief said on Thursday.",
                november
            )
            .1,
            Some("2015-11-12".into())
        );
        assert_eq!(
            one(
                "The firm will cut jobs, its chief announced on Thursday.",
                november
            )
            .1,
            Some("2015-11-12".into())
        );
        assert_eq!(
            one("Prices will rise, the firm said in January.", november).1,
            Some("2015-01".into())
        );
        // A future word after the past one still looks ahead.
        assert_eq!(
            one(
                "Officials said the talks will resume on Thursday.",
                november
            )
            .1,
            Some("2015-11-19".into())
        );
        assert_eq!(
            one(
                "The vote, which was delayed, will be held on Thursday.",
                november
            )
            .1,
            Some("2015-11-19".into())
        );
    }

    #[test]
    fn may_after_a_cue_is_a_month() {
        assert_eq!(value("It happened in May."), Some("2021-05".into()));
    }

    /// Value and modifier of the one mention in `text`, seen from Tuesday 5 March 2024.
    fn on_a_tuesday(text: &str) -> (String, Option<String>, Option<String>) {
        one(text, Date::new(2024, 3, 5).ok())
    }

    #[test]
    fn weekends_are_weeks_ends() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            value("The fair opens this weekend."),
            Some("2024-W10-WE".into())
        );
        assert_eq!(
            value("Police said the fire started this weekend."),
            Some("2024-W09-WE".into())
        );
        assert_eq!(value("It snowed last weekend."), Some("2024-W09-WE".into()));
        assert_eq!(
            value("It snowed this past weekend."),
            Some("2024-W09-WE".into())
        );
        assert_eq!(
            value("Roads flooded over the weekend."),
            Some("2024-W09-WE".into())
        );
        assert_eq!(
            value("Crews will work over the weekend."),
            Some("2024-W10-WE".into())
        );
        assert_eq!(
            value("Crews plan to meet next weekend."),
            Some("2024-W11-WE".into())
        );
        let sunday = Date::new(2024, 3, 10).ok();
        assert_eq!(
            one("Crews will work at the weekend.", sunday).1,
            Some("2024-W11-WE".into())
        );
        assert_eq!(
            one("Roads flooded over the weekend.", sunday).1,
            Some("2024-W10-WE".into())
        );
        assert!(run("She works weekends.", Date::new(2024, 3, 5).ok()).is_empty());
    }

    #[test]
    fn a_year_cut_to_two_digits_is_a_year() {
        let on = |text: &str| texts_values(text, Date::new(2024, 3, 5).ok());
        let year = |text: &str, y: &str| vec![(text.to_string(), Some(y.to_string()))];
        assert_eq!(on("He left in '95 for good."), year("'95", "1995"));
        assert_eq!(on("She is of the class of ’08."), year("’08", "2008"));
        assert_eq!(on("They are the class of '28."), year("'28", "2028"));
        // A decade, a quoted number and a figure are something else.
        assert_eq!(on("Music of the '90s."), year("the '90s", "199X"));
        assert!(on("He wrote 'top '40' on it.").is_empty());
        assert!(on("It grew by '40%.").is_empty());
    }

    #[test]
    fn a_span_across_the_new_year_ends_in_the_year_after() {
        let values = |text: &str, anchor: Date| -> Vec<Option<String>> {
            run(text, Some(anchor))
                .into_iter()
                .map(|d| d.value)
                .collect()
        };
        let january = Date::new(2024, 1, 10).ok().unwrap_or_default();
        let december = Date::new(2023, 12, 20).ok().unwrap_or_default();
        let november = Date::new(2023, 11, 20).ok().unwrap_or_default();
        let both = |a: &str, b: &str| vec![Some(a.to_string()), Some(b.to_string())];
        assert_eq!(
            values("The sale ran from Dec. 28 to Jan. 6.", january),
            both("2023-12-28", "2024-01-06")
        );
        assert_eq!(
            values("It was open from Dec. 28 through Jan. 6.", january),
            both("2023-12-28", "2024-01-06")
        );
        assert_eq!(
            values("The sale runs from Dec. 28 to Jan. 6.", december),
            both("2023-12-28", "2024-01-06")
        );
        assert_eq!(
            values("It runs from 28 December to 6 January 2024.", november),
            both("2023-12-28", "2024-01-06")
        );
        // A span within one year is left as it is read.
        assert_eq!(
            values("It ran from Jan. 6 to Feb. 2.", january),
            both("2024-01-06", "2024-02-02")
        );
    }

    #[test]
    fn the_mid_thirties_of_a_temperature_are_no_decade() {
        let on = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert!(on("Temperatures in the mid-30s are forecast.").is_empty());
        assert!(on("Highs will reach the low 80s and the late 90s.").is_empty());
        // A decade stays one elsewhere, or written with its apostrophe or century.
        assert_eq!(
            on("Prices soared in the mid-30s.")[0].value.as_deref(),
            Some("193X")
        );
        assert_eq!(
            on("Temperatures were lower in the '30s.")[0]
                .value
                .as_deref(),
            Some("193X")
        );
        assert_eq!(
            on("Temperatures were lower in the 1930s.")[0]
                .value
                .as_deref(),
            Some("193X")
        );
    }

    #[test]
    fn a_span_ago_today_is_that_day() {
        let value = |text: &str| on_a_tuesday(text);
        assert_eq!(
            value("It opened a year ago today."),
            ("a year ago today".into(), Some("2023-03-05".into()), None)
        );
        assert_eq!(
            value("They wed two weeks ago today."),
            (
                "two weeks ago today".into(),
                Some("2024-02-20".into()),
                None
            )
        );
        // "today's" belongs to what follows; the span ago stands as a year.
        let found = run(
            "A year ago today's winner was born.",
            Date::new(2024, 3, 5).ok(),
        );
        let texts: Vec<_> = found
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_deref()))
            .collect();
        assert_eq!(texts, [("A year ago", Some("2023"))]);
    }

    #[test]
    fn last_this_and_next_quarter_move_from_the_anchors_quarter() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(value("Sales fell last quarter."), Some("2023-Q4".into()));
        assert_eq!(
            value("Profit will rise this quarter."),
            Some("2024-Q1".into())
        );
        assert_eq!(
            value("Revenue should grow early next quarter."),
            Some("2024-Q2".into())
        );
        assert_eq!(
            on_a_tuesday("Revenue should grow early next quarter.").2,
            Some("START".into())
        );
        // A quarter of a game, of a city or of a century is no period of the calendar.
        let run_on = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert!(run_on("He scored twice in the last quarter.").is_empty());
        assert!(run_on("He scored twice last quarter.").is_empty());
        assert!(run_on("Sales grew in this quarter of the city.").is_empty());
    }

    #[test]
    fn results_of_a_quarter_due_soon_are_of_the_one_just_ended() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            value("It will report fourth-quarter earnings soon."),
            Some("2023-Q4".into())
        );
        assert_eq!(
            value("Fourth-quarter earnings beat forecasts."),
            Some("2023-Q4".into())
        );
        // A forecast for a later period is still of the period to come.
        assert_eq!(
            value("It will lift third-quarter sales."),
            Some("2024-Q3".into())
        );
    }

    #[test]
    fn quarters_and_halves_of_a_year() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(value("Sales fell in Q3 2023."), Some("2023-Q3".into()));
        assert_eq!(
            value("Growth slowed in the third quarter of last year."),
            Some("2023-Q3".into())
        );
        assert_eq!(
            value("Growth slowed in the second half of 2022."),
            Some("2022-H2".into())
        );
        assert_eq!(
            value("Hiring picked up in the first half of the year."),
            Some("2024-H1".into())
        );
        // With no year: the most recent such period, or the next one in a clause about the
        // future, and only where the paragraph speaks of business.
        assert_eq!(
            value("Fourth-quarter profit rose 4%."),
            Some("2023-Q4".into())
        );
        assert_eq!(
            value("Sales rose in the first quarter."),
            Some("2024-Q1".into())
        );
        assert_eq!(
            value("The firm expects revenue to grow in the second quarter."),
            Some("2024-Q2".into())
        );
        assert_eq!(
            on_a_tuesday("Debt rose to a record by the end of the first half, hurting profits."),
            (
                "the end of the first half".into(),
                Some("2024-H1".into()),
                Some("END".into())
            )
        );
        let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert!(none("She scored twice in the fourth quarter.").is_empty());
        assert!(none("Sales slumped in the first quarter of the century.").is_empty());
        assert!(none("The team reached Q3 in qualifying.").is_empty());
    }

    #[test]
    fn an_ordinal_after_a_preposition_is_a_day_of_this_month() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(value("The vote is on the 14th."), Some("2024-03-14".into()));
        assert_eq!(value("It closed on the 2nd."), Some("2024-03-02".into()));
        assert_eq!(
            value("Ferries stopped on the 28th, officials said."),
            Some("2024-02-28".into())
        );
        assert_eq!(
            value("The office will reopen on the 1st."),
            Some("2024-04-01".into())
        );
        let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert_eq!(
            value("Walls from the 14th century stand."),
            Some("13XX".into())
        );
        assert!(none("She lives on the 14th floor.").is_empty());
        assert!(none("A relic of the 21st-century city.").is_empty());
        assert!(none("He finished the 14th of 20 stages.").is_empty());
        assert!(none("He parred the 14th and bogeyed the last hole.").is_empty());
        assert!(none("She holed a putt on the 18th to win.").is_empty());
        assert!(none("It was the 14th time.").is_empty());
    }

    #[test]
    fn a_decimal_point_does_not_end_the_clause_a_future_word_opens() {
        let found = run(
            "The museum said it would close from noon to 5.30pm until Sunday.",
            Date::new(2024, 3, 5).ok(),
        );
        let sunday = found.iter().find(|d| d.text == "Sunday").unwrap();
        assert_eq!(sunday.value.as_deref(), Some("2024-03-10"));
    }

    #[test]
    fn an_indefinite_weekday_is_no_date() {
        let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert!(none("They met on a Tuesday afternoon.").is_empty());
        assert!(none("The market opens every Friday.").is_empty());
        assert_eq!(none("They met on Tuesday afternoon.").len(), 1);
    }

    #[test]
    fn the_time_a_change_took_is_no_date() {
        let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert!(none("The price has tripled in two months.").is_empty());
        assert!(none("Shares fell 8% in three days.").is_empty());
        assert_eq!(
            on_a_tuesday("Prices will rise in two weeks.").1,
            Some("2024-W12".into())
        );
    }

    #[test]
    fn what_runs_from_a_date_is_to_come() {
        assert_eq!(
            on_a_tuesday("The show runs until 14 August.").1,
            Some("2024-08-14".into())
        );
    }

    #[test]
    fn events_counted_within_a_span_are_no_date() {
        let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
        assert!(none("Next up is their fourth away match in nine days.").is_empty());
        assert!(none("She has run the 5th marathon in six weeks.").is_empty());
        assert!(none("The side won seven games in three weeks.").is_empty());
        assert_eq!(
            on_a_tuesday("The two parties will meet in two weeks.").1,
            Some("2024-W12".into())
        );
    }

    #[test]
    fn centuries_and_the_decade_and_century_of_the_anchor() {
        let cases = [
            (
                "Walls from the 19th century stand.",
                "the 19th century",
                "18XX",
                None,
            ),
            (
                "It dates from the early twentieth century.",
                "the early twentieth century",
                "19XX",
                Some("START"),
            ),
            (
                "Mills closed in the late 1800s.",
                "the late 1800s",
                "18XX",
                Some("END"),
            ),
            (
                "Prices rose in the early 2000s.",
                "the early 2000s",
                "200X",
                Some("START"),
            ),
            (
                "Output will double by the end of the decade.",
                "the end of the decade",
                "202X",
                Some("END"),
            ),
            (
                "Seas will rise by the end of the century.",
                "the end of the century",
                "20XX",
                Some("END"),
            ),
            (
                "It is the worst flood this century.",
                "this century",
                "20XX",
                None,
            ),
            (
                "The dam was built last century.",
                "last century",
                "19XX",
                None,
            ),
            (
                "Emissions must reach zero by mid-century.",
                "mid-century",
                "20XX",
                Some("MID"),
            ),
        ];
        for (text, mention, date, modifier) in cases {
            let (t, v, m) = on_a_tuesday(text);
            assert_eq!(
                (t.as_str(), v.as_deref(), m.as_deref()),
                (mention, Some(date), modifier)
            );
        }
        // A story of another time: its decade is not the anchor's.
        assert_eq!(on_a_tuesday("He sold it by the end of the decade.").1, None);
        assert!(run("A 19th-century church.", Date::new(2024, 3, 5).ok()).is_empty());
        for text in [
            "It was the decade of disco.",
            "Rents rose over the last century.",
            "She sat on a mid-century chair.",
            "He joined the 20th Century Fund.",
        ] {
            assert!(run(text, Date::new(2024, 3, 5).ok()).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_early_hours_of_a_day_are_its_start() {
        let cases = [
            ("Police came in the early hours of Sunday.", "Sunday"),
            ("The raid began in the small hours of 3 March.", "3 March"),
        ];
        for (text, mention) in cases {
            let (t, _, m) = on_a_tuesday(text);
            assert_eq!(
                (t.as_str(), m.as_deref()),
                (mention, Some("START")),
                "{text}"
            );
        }
        assert_eq!(
            on_a_tuesday("Police came in the hours after Sunday.").2,
            None
        );
        assert_eq!(
            on_a_tuesday("The early hours of Sunday were calm, he said.").2,
            Some("START".into())
        );
    }

    #[test]
    fn decades_ago() {
        assert_eq!(
            on_a_tuesday("The mill closed two decades ago."),
            ("two decades ago".into(), Some("2004".into()), None)
        );
        assert_eq!(
            on_a_tuesday("It was built a decade ago."),
            ("a decade ago".into(), Some("2014".into()), None)
        );
    }

    #[test]
    fn the_end_of_the_year_is_this_year() {
        assert_eq!(
            on_a_tuesday("The plant will close by the end of the year."),
            (
                "the end of the year".into(),
                Some("2024".into()),
                Some("END".into())
            )
        );
        assert_eq!(
            on_a_tuesday("Prices rose at the start of the month."),
            (
                "the start of the month".into(),
                Some("2024-03".into()),
                Some("START".into())
            )
        );
    }

    #[test]
    fn should_and_a_far_future_word_set_a_weekday_to_come() {
        assert_eq!(
            value("The gale was expected to ease as it crosses the hills and moves out over open water by Wednesday night, forecasters said."),
            Some("2022-01-26".into())
        );
        assert_eq!(
            value("The fog should lift on Thursday."),
            Some("2022-01-27".into())
        );
        assert_eq!(
            value("He should have been told on Monday."),
            Some("2022-01-17".into())
        );
    }

    #[test]
    fn early_or_late_on_a_weekday_is_its_start_or_end() {
        assert_eq!(
            one("Leaders agreed early on Friday.", Some(anchor())),
            (
                "early on Friday".into(),
                Some("2022-01-21".into()),
                Some("START".into())
            )
        );
        assert_eq!(
            one("Talks ended late on Monday.", Some(anchor())).2,
            Some("END".into())
        );
    }

    #[test]
    fn both_years_of_a_span_are_dates() {
        let found = run("The 2010-2015 period and the 1914–1918 war.", None);
        let values: Vec<_> = found.iter().filter_map(|d| d.value.clone()).collect();
        assert_eq!(values, vec!["2010", "2015", "1914", "1918"]);
        assert!(run("Call 555-2015 now.", None).is_empty());
        assert_eq!(run("Rooms 2015-2010 are shut.", None).len(), 1);
    }

    #[test]
    fn a_span_of_years_cut_short_and_a_financial_year() {
        let values = |text: &str| texts_values(text, Some(anchor()));
        let pair = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
        assert_eq!(
            values("Debt rose in 2020-21 and fell in the 2021/22 season."),
            vec![pair("2020-21", "2021"), pair("2021/22", "2022")]
        );
        assert_eq!(
            values("The 1999-00 budget grew."),
            vec![pair("1999-00", "2000")]
        );
        assert_eq!(
            values("Files from 2021-07 were lost."),
            vec![pair("2021", "2021")]
        );
        assert!(run("They fielded 1850-60 troops.", Some(anchor())).is_empty());
        assert_eq!(
            values("Sales for FY2021 and FY23 rose."),
            vec![pair("FY2021", "2021"), pair("FY23", "2023")]
        );
        assert_eq!(
            values("Sales for FY2021-22 rose."),
            vec![pair("FY2021-22", "2022")]
        );
        assert!(run("Ask for form FYI23.", Some(anchor())).is_empty());
    }

    #[test]
    fn a_financial_year_is_the_year_it_ends_however_written() {
        let values = |text: &str| texts_values(text, Some(anchor()));
        let pair = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
        assert_eq!(
            values("Tolvan set the FY23 plan, the 2022-23 budget and the 2022/23 tariffs."),
            vec![
                pair("FY23", "2023"),
                pair("2022-23", "2023"),
                pair("2022/23", "2023")
            ]
        );
        assert_eq!(
            values("Tolvan set its FY2022-23 plan for fiscal 2023."),
            vec![pair("FY2022-23", "2023"), pair("2023", "2023")]
        );
        assert_eq!(
            values("Tolvan met the 2020-25 plan."),
            vec![pair("2020-25", "2020")]
        );
        assert_eq!(
            values("Tolvan sales rose in Q3 FY2020-21 and Q3 FY21."),
            vec![pair("Q3 FY2020-21", "2021-Q3"), pair("Q3 FY21", "2021-Q3")]
        );
    }

    #[test]
    fn a_weekday_before_an_event_set_for_it_is_that_day() {
        let cases = [
            ("The union faces a Friday vote.", "2022-01-28"),
            ("Staff walked out before a Friday vote.", "2022-01-21"),
            ("Congress has a Friday deadline.", "2022-01-28"),
            ("The talks missed a Friday deadline.", "2022-01-21"),
            ("Friday's vote will decide it.", "2022-01-28"),
            ("Friday's vote decided it.", "2022-01-21"),
            ("Friday's attack will be investigated.", "2022-01-21"),
        ];
        for (text, day) in cases {
            assert_eq!(value(text).as_deref(), Some(day), "{text}");
        }
        for text in [
            "They met on a Friday afternoon.",
            "He likes a Friday drink.",
            "Every Friday vote is close.",
        ] {
            assert!(run(text, Some(anchor())).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_deadline_after_by_is_to_come_unless_the_clause_is_past() {
        assert_eq!(
            value("Traders see a 65% chance of a cut by June."),
            Some("2022-06".into())
        );
        assert_eq!(value("Prices had doubled by June."), Some("2021-06".into()));
        assert_eq!(
            value("Talks must end by Friday."),
            Some("2022-01-28".into())
        );
    }

    #[test]
    fn must_points_ahead_unless_it_guesses_at_the_past() {
        // The anchor, 2024-03-05, is a Tuesday.
        let days = |text: &str| -> Vec<Option<String>> {
            run(text, Date::new(2024, 3, 5).ok())
                .into_iter()
                .map(|d| d.value)
                .collect()
        };
        let next = Some("2024-03-09".to_string());
        let last = Some("2024-03-02".to_string());
        assert_eq!(
            days("Rebels must leave by 6 a.m. Zorvan time Saturday, envoys said."),
            vec![next.clone(), next.clone()]
        );
        assert_eq!(
            days("Bidders must register on Saturday, the agency said."),
            vec![next.clone()]
        );
        assert_eq!(
            days("Forms are due by 5pm GMT Saturday."),
            vec![next.clone(), next.clone()]
        );
        assert_eq!(
            days("The thief must have left on Saturday, police said."),
            vec![last.clone()]
        );
        assert_eq!(
            days("The fair was a must for visitors on Saturday, organisers said."),
            vec![last]
        );
    }

    #[test]
    fn a_month_just_ahead_in_a_clause_of_the_past_is_last_year() {
        assert_eq!(value("He was arrested in March."), Some("2021-03".into()));
        assert_eq!(value("Sales rose in February."), Some("2021-02".into()));
        assert_eq!(value("The fair opens in March."), Some("2022-03".into()));
        assert_eq!(value("Talks in March are likely."), Some("2022-03".into()));
        assert_eq!(value("He was arrested in January."), Some("2022-01".into()));
    }

    /// The values of every mention in `text`, written on Tuesday 5 March 2024.
    fn tuesday_values(text: &str) -> Vec<Option<String>> {
        run(text, Date::new(2024, 3, 5).ok())
            .into_iter()
            .map(|d| d.value)
            .collect()
    }

    #[test]
    fn a_weekday_of_a_forecast_or_fixture_in_the_present_is_to_come() {
        let day = |text: &str| on_a_tuesday(text).1;
        let ahead = |text: &str| {
            assert_eq!(day(text), Some("2024-03-07".into()), "{text}");
        };
        ahead("Thursday will be the hottest day of the week.");
        ahead("Rain is forecast for Thursday.");
        ahead("Forecasters expect highs of 35C on Thursday.");
        ahead("Snow showers are likely on Thursday.");
        ahead("There is a risk of flooding on Thursday.");
        ahead("City host Rovers on Thursday.");
        ahead("The final is at Wembley on Thursday.");
        ahead("The funeral is at St Mary's Church on Thursday.");
        assert_eq!(
            tuesday_values("Kick-off is at 8pm on Thursday."),
            vec![Some("2024-03-07".into()), Some("2024-03-07".into())]
        );
        assert_eq!(
            tuesday_values("The Met Office has issued a warning from 6am on Thursday."),
            vec![Some("2024-03-07".into()), Some("2024-03-07".into())]
        );
        let gone = |text: &str| {
            assert_eq!(day(text), Some("2024-02-29".into()), "{text}");
        };
        gone("Police were called on Thursday.");
        gone("He said on Thursday.");
        gone("He is in hospital after the crash on Thursday.");
        gone("Rain stopped play on Thursday.");
        gone("The Met Office issued a warning on Thursday.");
    }

    #[test]
    fn a_date_set_in_the_present_tense_lies_ahead() {
        assert_eq!(
            on_a_tuesday("The general election is Nov. 5.").1,
            Some("2024-11-05".into())
        );
        assert_eq!(
            on_a_tuesday("The convention is in August.").1,
            Some("2024-08".into())
        );
        assert_eq!(
            tuesday_values("The deadline is 11.59pm on 18 June."),
            vec![Some("2024-06-18".into()), Some("2024-06-18".into())]
        );
        assert_eq!(
            on_a_tuesday("He is in hospital after a fall in August.").1,
            Some("2023-08".into())
        );
    }

    #[test]
    fn a_future_word_after_a_date_keeps_it_this_year() {
        assert_eq!(
            on_a_tuesday("The ceremony on 10 March will be attended by the King.").1,
            Some("2024-03-10".into())
        );
        assert_eq!(
            on_a_tuesday("The ceremony on 10 March is expected to draw crowds.").1,
            Some("2024-03-10".into())
        );
        assert_eq!(
            on_a_tuesday("The vote on 4 July will decide it.").1,
            Some("2024-07-04".into())
        );
        assert_eq!(
            on_a_tuesday("The crash on 4 February will be investigated.").1,
            Some("2024-02-04".into())
        );
        assert_eq!(
            on_a_tuesday("The ceremony on 10 March was attended by the King.").1,
            Some("2023-03-10".into())
        );
    }

    #[test]
    fn bail_and_remand_look_ahead() {
        let day = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            day("He was bailed until 14 March."),
            Some("2024-03-14".into())
        );
        assert_eq!(
            day("Police remanded him in police custody till March 8."),
            Some("2024-03-08".into())
        );
        assert_eq!(
            day("He was remanded until Friday."),
            Some("2024-03-08".into())
        );
        assert_eq!(
            day("He was remanded in custody to appear again on 4 November."),
            Some("2024-11-04".into())
        );
        assert_eq!(
            day("He was remanded to reappear on May 14."),
            Some("2024-05-14".into())
        );
        assert_eq!(
            day("The trial is listed for 4 November."),
            Some("2024-11-04".into())
        );
        assert_eq!(
            day("He was remanded in custody on Friday."),
            Some("2024-03-01".into())
        );
    }

    #[test]
    fn the_ends_of_a_span_resolve_together() {
        let days = |text: &str, start: &str, end: &str| {
            assert_eq!(
                tuesday_values(text),
                vec![Some(start.to_string()), Some(end.to_string())],
                "{text}"
            );
        };
        days(
            "The show runs from 28 February to 10 March.",
            "2024-02-28",
            "2024-03-10",
        );
        days(
            "The show ran from 28 February to 10 March 2023.",
            "2023-02-28",
            "2023-03-10",
        );
        days(
            "The strike will last from Monday to Friday.",
            "2024-03-11",
            "2024-03-15",
        );
        days(
            "The strike ran from Monday to Wednesday.",
            "2024-02-26",
            "2024-02-28",
        );
        days(
            "He was seen on Monday and Friday.",
            "2024-03-04",
            "2024-03-01",
        );
        assert_eq!(
            on_a_tuesday("The show runs from 28 February.").1,
            Some("2024-02-28".into())
        );
    }

    #[test]
    fn a_midnight_that_closes_a_day_is_the_start_of_the_next() {
        assert_eq!(
            tuesday_values("Polls close at midnight tonight."),
            vec![Some("2024-03-06".into()), Some("2024-03-05".into())]
        );
        assert_eq!(
            tuesday_values("A warning runs from 6am on Thursday until midnight."),
            vec![
                Some("2024-03-07".into()),
                Some("2024-03-07".into()),
                Some("2024-03-08".into())
            ]
        );
        // "at midnight on Thursday" is Thursday night's, as "at midnight tonight" is.
        assert_eq!(
            tuesday_values("The deal expires at midnight on Thursday."),
            vec![Some("2024-03-08".into()), Some("2024-03-07".into())]
        );
    }

    #[test]
    fn names_and_numbers_holding_a_year_or_weekday_are_no_dates() {
        assert!(tuesday_values("Members of the 1922 Committee met.").is_empty());
        assert!(tuesday_values("Case 2023-CR-1045 was heard.").is_empty());
        assert!(tuesday_values("Call the helpline on 1800 333 000 now.").is_empty());
        assert!(tuesday_values("Traders fear another \"Black Monday\".").is_empty());
        assert_eq!(
            tuesday_values("The 2024 Olympics open in Paris."),
            vec![Some("2024".into())]
        );
    }

    #[test]
    fn the_last_week_of_something_is_a_stretch_of_time() {
        assert!(tuesday_values("In the last week of her life she wrote.").is_empty());
        assert!(tuesday_values("The last month of the season was hard.").is_empty());
        assert_eq!(
            tuesday_values("Sales fell last week."),
            vec![Some("2024-W09".into())]
        );
    }

    #[test]
    fn may_after_another_month_and_or_is_a_month() {
        assert_eq!(
            tuesday_values("It will happen in April or May."),
            vec![Some("2024-04".into()), Some("2024-05".into())]
        );
        assert!(tuesday_values("Either Johnson or May will go.").is_empty());
    }

    /// 2024-03-05, a Tuesday.
    fn march_fifth() -> Option<Date> {
        Date::new(2024, 3, 5).ok()
    }

    /// The texts and values of `text` read against 2024-03-05, as plain strings.
    fn in_march(text: &str) -> Vec<(String, String)> {
        texts_values(text, march_fifth())
            .into_iter()
            .map(|(t, v)| (t, v.unwrap_or_else(|| "null".into())))
            .collect()
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(t, v)| (t.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn month_before_an_event_noun_is_the_one_to_come() {
        assert_eq!(
            in_march("The win sets up a November rematch with Ivo Dane."),
            pairs(&[("November", "2024-11")])
        );
        assert_eq!(
            in_march("Polls before the June election show a tie."),
            pairs(&[("June", "2024-06")])
        );
        assert_eq!(
            in_march("Tom Reyes lost the June election."),
            pairs(&[("June", "2023-06")])
        );
        assert_eq!(
            in_march("Ada Quist was hurt in a November crash."),
            pairs(&[("November", "2023-11")])
        );
    }

    #[test]
    fn month_abbreviation_alone_with_its_full_stop_after_a_word_of_time() {
        assert_eq!(
            in_march("The law took effect in Feb. It was new."),
            pairs(&[("Feb.", "2024-02")])
        );
        assert_eq!(
            in_march("Mara Lind has lived there since Sept."),
            pairs(&[("Sept.", "2023-09")])
        );
        assert!(in_march("Ada Jan. Quist spoke.").is_empty());
        assert!(in_march("He read Jan. Tebbe a letter.").is_empty());
    }

    #[test]
    fn quarter_named_by_its_months() {
        assert_eq!(
            in_march("Profit rose in the October-December quarter."),
            pairs(&[("the October-December quarter", "2023-Q4")])
        );
        assert_eq!(
            in_march("Sales fell in the December quarter."),
            pairs(&[("the December quarter", "2023-Q4")])
        );
        assert_eq!(
            in_march("Profit will rise in the June quarter."),
            pairs(&[("the June quarter", "2024-Q2")])
        );
        assert_eq!(
            in_march("Revenue grew in the three months to September."),
            pairs(&[("the three months to September", "2023-Q3")])
        );
        assert_eq!(
            in_march("Sales rose in the three months to Sept. 30, 2022."),
            pairs(&[("the three months to Sept. 30, 2022", "2022-Q3")])
        );
        assert_eq!(
            in_march("Sales fell in the Jan-Mar quarter of 2023."),
            pairs(&[("the Jan-Mar quarter of 2023", "2023-Q1")])
        );
        // No calendar quarter: the months alone.
        assert_eq!(
            in_march("Sales fell in the three months to August."),
            pairs(&[("August", "2023-08")])
        );
        assert!(in_march("He lived in the French quarter.").is_empty());
    }

    #[test]
    fn a_week_or_a_fortnight_on_a_weekday() {
        assert_eq!(
            in_march("The vote is a week on Thursday."),
            pairs(&[("Thursday", "2024-03-14")])
        );
        assert_eq!(
            in_march("The final is a fortnight on Saturday."),
            pairs(&[("Saturday", "2024-03-23")])
        );
        assert_eq!(
            in_march("The final is Saturday fortnight."),
            pairs(&[("Saturday", "2024-03-23")])
        );
        assert_eq!(
            in_march("The vote is on Thursday."),
            pairs(&[("Thursday", "2024-03-07")])
        );
    }

    #[test]
    fn decade_cut_to_two_figures_after_a_decade() {
        assert_eq!(
            in_march("Prices rose in the 1960s and 70s."),
            pairs(&[("the 1960s", "196X"), ("70s", "197X")])
        );
        assert_eq!(
            in_march("Music of the 1980s and '90s returned."),
            pairs(&[("the 1980s", "198X"), ("'90s", "199X")])
        );
        assert_eq!(
            in_march("Rents in the 1920s-30s fell."),
            pairs(&[("the 1920s", "192X"), ("30s", "193X")])
        );
        assert_eq!(
            in_march("In the 1960s and the 1970s it grew."),
            pairs(&[("the 1960s", "196X"), ("the 1970s", "197X")])
        );
        // A century is no decade to pair with.
        assert_eq!(
            in_march("Houses of the 1800s and 90s stood."),
            pairs(&[("the 1800s", "18XX")])
        );
        // With no century written, a decade is of the 1900s.
        assert_eq!(
            in_march("Music of the 60s returned."),
            pairs(&[("the 60s", "196X")])
        );
    }

    #[test]
    fn day_moved_from_the_day_told_before() {
        assert_eq!(
            in_march("Ivo Dane was arrested on Jan. 12. He was released the following day."),
            pairs(&[
                ("Jan. 12", "2024-01-12"),
                ("the following day", "2024-01-13")
            ])
        );
        assert_eq!(
            in_march("Ada Quist arrived on February 3 and left the next day."),
            pairs(&[("February 3", "2024-02-03"), ("the next day", "2024-02-04")])
        );
        assert_eq!(
            in_march("The vote was on March 1. The day before, Tom Reyes resigned."),
            pairs(&[("March 1", "2024-03-01"), ("The day before", "2024-02-29")])
        );
        // No day told before it in reach: no value.
        assert_eq!(
            in_march("He left the next day."),
            pairs(&[("the next day", "null")])
        );
        assert_eq!(
            in_march("Mara Lind came on May 2.\n\nShe left the next day."),
            pairs(&[("May 2", "2023-05-02"), ("the next day", "null")])
        );
        assert_eq!(
            in_march("Arun Tebbe came on May 2. He rested. He left the next day."),
            pairs(&[("May 2", "2023-05-02"), ("the next day", "null")])
        );
        // A stretch of time, or a day before something named after it.
        assert!(in_march("Results are due in the next day or two.").is_empty());
        assert!(in_march("Tom Reyes quit the day before the vote.").is_empty());
    }

    #[test]
    fn years_ago_this_month_or_week() {
        assert_eq!(
            in_march("It closed three years ago this month."),
            pairs(&[("three years ago this month", "2021-03")])
        );
        assert_eq!(
            in_march("It opened a year ago this week."),
            pairs(&[("a year ago this week", "2023-W10")])
        );
        assert_eq!(
            in_march("It opened two months ago this week."),
            pairs(&[("two months ago this week", "2024-W01")])
        );
        assert_eq!(
            same_week_years_away(Date::new(2021, 1, 1).unwrap(), -5),
            Some("2015-W53".into())
        );
        assert_eq!(
            same_week_years_away(Date::new(2021, 1, 1).unwrap(), 1),
            Some("2021-W52".into())
        );
    }

    #[test]
    fn turn_of_a_century_is_its_start() {
        assert_eq!(
            one("At the turn of the 20th century it grew.", Some(anchor())),
            (
                "the 20th century".into(),
                Some("19XX".into()),
                Some("START".into())
            )
        );
    }

    #[test]
    fn midnight_before_or_at_on_a_day_ends_it() {
        let times = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
            run(text, march_fifth())
                .into_iter()
                .map(|d| (d.text, d.value, d.time))
                .collect()
        };
        let midnight = |day: &str| {
            (
                "midnight".to_string(),
                Some(day.to_string()),
                Some("00:00".to_string()),
            )
        };
        let saturday = ("Saturday".to_string(), Some("2024-03-02".to_string()), None);
        assert_eq!(
            times("He died shortly before midnight on Saturday."),
            vec![midnight("2024-03-03"), saturday.clone()]
        );
        assert_eq!(
            times("The shop shut at midnight on Saturday."),
            vec![midnight("2024-03-03"), saturday.clone()]
        );
        assert_eq!(
            times("He died just after midnight on Saturday."),
            vec![midnight("2024-03-02"), saturday]
        );
    }

    /// The texts and values of the dates of `text`, in an article of Tuesday 5 March 2024.
    fn march_fifth_pairs(text: &str) -> Vec<(String, String)> {
        run(text, march_fifth())
            .into_iter()
            .map(|d| (d.text, d.value.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn the_verb_governing_a_date_sets_it_ahead() {
        let cases = [
            // A participle in a clause opened by "with" is no verb of the date.
            (
                "Rain is forecast on March 7, with heavy falls expected in Vellore.",
                vec![("March 7", "2024-03-07")],
            ),
            (
                "Ada Quist promised a decision by April 2.",
                vec![("April 2", "2024-04-02")],
            ),
            (
                "The union has called a strike for April 2.",
                vec![("April 2", "2024-04-02")],
            ),
            (
                "The union has threatened to strike on April 2.",
                vec![("April 2", "2024-04-02")],
            ),
            (
                "The union has called a strike for Friday.",
                vec![("Friday", "2024-03-08")],
            ),
            (
                "Exams run from June 5 to June 21.",
                vec![("June 5", "2024-06-05"), ("June 21", "2024-06-21")],
            ),
            (
                "Offers are issued on August 29.",
                vec![("August 29", "2024-08-29")],
            ),
            (
                "Results are out on Wednesday.",
                vec![("Wednesday", "2024-03-06")],
            ),
            (
                "Tom Reyes turns 40 on Saturday.",
                vec![("Saturday", "2024-03-09")],
            ),
            (
                "Mara Lind, who plays Danby Arena on Saturday, said she was nervous.",
                vec![("Saturday", "2024-03-09")],
            ),
            (
                "Voters head to the polls on Thursday.",
                vec![("Thursday", "2024-03-07")],
            ),
            (
                "Staff have until Thursday to decide.",
                vec![("Thursday", "2024-03-07")],
            ),
            // The past stays past.
            (
                "The union called a strike on Monday.",
                vec![("Monday", "2024-03-04")],
            ),
            (
                "Ivo Dane says he met her on Saturday.",
                vec![("Saturday", "2024-03-02")],
            ),
            (
                "Schools shut on Friday as the storm hit.",
                vec![("Friday", "2024-03-01")],
            ),
            (
                "The union had threatened to strike on Friday but called it off.",
                vec![("Friday", "2024-03-01")],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(march_fifth_pairs(text), pairs(&expected), "{text}");
        }
    }

    #[test]
    fn a_forecast_as_a_noun_sets_no_future() {
        let cases = [
            (
                "The lender cut its forecast to 2.5 per cent in January.",
                vec![("January", "2024-01")],
            ),
            (
                "Danby Bank raised the forecast to 3% on Monday.",
                vec![("Monday", "2024-03-04")],
            ),
            // The verb still looks ahead.
            (
                "Growth is forecast to slow in January.",
                vec![("January", "2025-01")],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(march_fifth_pairs(text), pairs(&expected), "{text}");
        }
    }

    #[test]
    fn a_weekday_ending_a_time_allowed_is_to_come() {
        let cases = [
            (
                "Schools are closed until Monday.",
                vec![("Monday", "2024-03-11")],
            ),
            (
                "Forms must be in by 5pm Friday.",
                vec![("5pm", "2024-03-08"), ("Friday", "2024-03-08")],
            ),
            ("He was held until Monday.", vec![("Monday", "2024-03-04")]),
            (
                "He broke the curfew and was held until Monday.",
                vec![("Monday", "2024-03-04")],
            ),
            (
                "The witness gave evidence until Friday.",
                vec![("Friday", "2024-03-01")],
            ),
            // A measure in force, told in the past, still runs ahead.
            (
                "The weather office issued a frost warning through 9 p.m. Friday.",
                vec![("9 p.m.", "2024-03-08"), ("Friday", "2024-03-08")],
            ),
            (
                "Classes at Danby Academy were canceled through Monday.",
                vec![("Monday", "2024-03-11")],
            ),
            (
                "The bridge was shut until Saturday, the council said.",
                vec![("Saturday", "2024-03-09")],
            ),
            (
                "Schools were closed through March 20, the board said.",
                vec![("March 20", "2024-03-20")],
            ),
            (
                "The curfew was imposed until June.",
                vec![("June", "2024-06")],
            ),
            (
                "She stayed at the farm until Friday.",
                vec![("Friday", "2024-03-01")],
            ),
            // Time granted runs ahead.
            (
                "A judge gave Ivo Dane until April 15 to leave the flat.",
                vec![("April 15", "2024-04-15")],
            ),
            (
                "He was given until Friday to decide.",
                vec![("Friday", "2024-03-08")],
            ),
            (
                "Talks take place between Monday and Wednesday.",
                vec![("Monday", "2024-03-11"), ("Wednesday", "2024-03-13")],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(march_fifth_pairs(text), pairs(&expected), "{text}");
        }
    }

    #[test]
    fn midday_and_a_midnight_set_by_is() {
        let times = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
            run(text, march_fifth())
                .into_iter()
                .map(|d| (d.text, d.value, d.time))
                .collect()
        };
        assert_eq!(
            times("The talks resumed at midday."),
            vec![("midday".to_string(), None, Some("12:00".to_string()))]
        );
        assert_eq!(
            times("The deadline is midnight on Friday."),
            vec![
                (
                    "midnight".to_string(),
                    Some("2024-03-09".to_string()),
                    Some("00:00".to_string())
                ),
                ("Friday".to_string(), Some("2024-03-08".to_string()), None),
            ]
        );
        assert_eq!(
            times("The deadline is midday Friday."),
            vec![
                (
                    "midday".to_string(),
                    Some("2024-03-08".to_string()),
                    Some("12:00".to_string())
                ),
                ("Friday".to_string(), Some("2024-03-08".to_string()), None),
            ]
        );
        assert!(times("It was a midday meal.").is_empty());
    }

    #[test]
    fn a_universal_time_takes_the_weekday_told_right_after_it() {
        assert_eq!(
            march_fifth_pairs("It struck at 7.58am local time (2358 GMT Tuesday), officials said."),
            pairs(&[
                ("7.58am local time", "2024-03-06"),
                ("2358 GMT", "2024-03-05"),
                ("Tuesday", "2024-03-05")
            ])
        );
        assert_eq!(
            march_fifth_pairs("It landed at 6am on Sunday, or 10pm GMT on Saturday."),
            pairs(&[
                ("6am", "2024-03-03"),
                ("Sunday", "2024-03-03"),
                ("10pm GMT", "2024-03-02"),
                ("Saturday", "2024-03-02")
            ])
        );
    }

    #[test]
    fn a_local_time_behind_a_bracketed_universal_day_is_the_day_before() {
        assert_eq!(
            march_fifth_pairs("The fire started at 10:15 p.m. local time (0215 UTC Monday)."),
            pairs(&[
                ("10:15 p.m. local time", "2024-03-03"),
                ("0215 UTC", "2024-03-04"),
                ("Monday", "2024-03-04")
            ])
        );
        assert_eq!(
            march_fifth_pairs("It opened at 4pm local time (1400 GMT Monday)."),
            pairs(&[
                ("4pm local time", "2024-03-04"),
                ("1400 GMT", "2024-03-04"),
                ("Monday", "2024-03-04")
            ])
        );
    }

    #[test]
    fn a_placed_weekday_before_a_date_takes_the_date() {
        assert_eq!(
            march_fifth_pairs("The fair opens next Sunday, Aug. 24."),
            pairs(&[("next Sunday, Aug. 24", "2024-08-24")])
        );
        assert_eq!(
            march_fifth_pairs("The fair opens next Thursday, 7 March."),
            pairs(&[("next Thursday, 7 March", "2024-03-07")])
        );
        assert_eq!(
            march_fifth_pairs("The fair closed last Friday, March 1."),
            pairs(&[("last Friday, March 1", "2024-03-01")])
        );
    }

    #[test]
    fn a_plan_in_the_progressive_starts_from_the_coming_month() {
        assert_eq!(
            march_fifth_pairs("The town is closing its pools from January."),
            pairs(&[("January", "2025-01")])
        );
        assert_eq!(
            march_fifth_pairs("Grocers are slowly adding a levy from February onwards."),
            pairs(&[("February", "2025-02")])
        );
        assert_eq!(
            march_fifth_pairs("Rents are rising from January levels."),
            pairs(&[("January", "2024-01")])
        );
    }

    #[test]
    fn a_midnight_after_an_evening_time_ends_its_day() {
        let midnight = |text: &str| {
            run(text, march_fifth())
                .into_iter()
                .find(|d| d.text == "midnight")
                .and_then(|d| d.value)
        };
        assert_eq!(
            midnight("The hall shut at 9 p.m. on Friday and the party went on past midnight."),
            Some("2024-03-02".to_string())
        );
        assert_eq!(
            midnight("On Friday, just after midnight, the hall shut."),
            Some("2024-03-01".to_string())
        );
    }

    #[test]
    fn a_weekday_hyphened_to_a_part_of_day_before_a_noun_is_no_date() {
        assert!(march_fifth_pairs("She reads the Friday-evening bulletin.").is_empty());
        assert!(march_fifth_pairs("He sang at the Sunday-morning mass.").is_empty());
        assert_eq!(
            march_fifth_pairs("It ended late on Friday-night."),
            pairs(&[("late on Friday", "2024-03-01")])
        );
    }

    #[test]
    fn a_weekday_before_a_day_and_month_picks_the_year() {
        assert_eq!(
            march_fifth_pairs("It was announced Monday, March 11."),
            pairs(&[("Monday, March 11", "2024-03-11")])
        );
        assert_eq!(
            march_fifth_pairs("It was announced Saturday, March 11."),
            pairs(&[("Saturday, March 11", "2023-03-11")])
        );
    }

    #[test]
    fn two_days_from_today_and_ratios() {
        assert_eq!(
            march_fifth_pairs("The day after tomorrow, it opens."),
            pairs(&[("The day after tomorrow", "2024-03-07")])
        );
        assert_eq!(
            march_fifth_pairs("It happened the day before yesterday."),
            pairs(&[("the day before yesterday", "2024-03-03")])
        );
        assert!(run("Wards keep a ratio of 1:25.", march_fifth()).is_empty());
        assert!(run("Mix it at a 1:10 ratio.", march_fifth()).is_empty());
        assert_eq!(run("The bell rang at 1:25 pm.", march_fifth()).len(), 1);
    }

    #[test]
    fn a_day_that_comes_back_every_other_week_is_no_date() {
        assert!(run("The board meets every second Tuesday.", march_fifth()).is_empty());
        assert!(run("The club meets every other Friday.", march_fifth()).is_empty());
        assert_eq!(
            march_fifth_pairs("A second Tuesday of talks ended."),
            pairs(&[("Tuesday", "2024-03-05")])
        );
    }

    #[test]
    fn a_date_with_points_or_hyphens_in_a_plain_order() {
        assert_eq!(
            march_fifth_pairs("The order was signed on 15.02.2024."),
            pairs(&[("15.02.2024", "2024-02-15")])
        );
        assert_eq!(
            march_fifth_pairs("The order was signed on 15-02-2024."),
            pairs(&[("15-02-2024", "2024-02-15")])
        );
        assert!(run("The order was signed on 05.03.2024.", march_fifth()).is_empty());
    }

    #[test]
    fn a_season_after_since_over_or_for_and_the_noun_fall() {
        assert_eq!(
            march_fifth_pairs("Rents have climbed since the summer."),
            pairs(&[("summer", "2023-SU")])
        );
        assert_eq!(
            march_fifth_pairs("The ferry stopped running over the winter."),
            pairs(&[("winter", "2023-WI")])
        );
        assert_eq!(
            march_fifth_pairs("The new bridge is planned for the fall."),
            pairs(&[("fall", "2024-FA")])
        );
        assert_eq!(
            march_fifth_pairs("They will plant trees in the fall."),
            pairs(&[("fall", "2024-FA")])
        );
        for noun in [
            "Grain rallied after the fall in wheat prices.",
            "Bond yields recovered after the fall.",
            "Nobody explained the reason for the fall of 4%.",
            "She was hurt in the fall from the ladder.",
        ] {
            assert!(march_fifth_pairs(noun).is_empty(), "{noun}");
        }
    }

    #[test]
    fn a_season_after_from_or_until_is_the_coming_or_the_last_one() {
        assert_eq!(
            march_fifth_pairs("It will be on sale from the spring."),
            pairs(&[("spring", "2024-SP")])
        );
        assert_eq!(
            march_fifth_pairs("The opening was delayed until the autumn."),
            pairs(&[("autumn", "2024-FA")])
        );
        assert_eq!(
            march_fifth_pairs("He stayed there until the autumn, Ada Quist said."),
            pairs(&[("autumn", "2023-FA")])
        );
        assert!(run("Birds nest before the winter.", march_fifth()).is_empty());
    }

    #[test]
    fn a_quarter_of_a_launch_is_of_the_calendar() {
        assert_eq!(
            march_fifth_pairs("The firm expects to begin shipping in the second quarter."),
            pairs(&[("the second quarter", "2024-Q2")])
        );
        assert_eq!(
            march_fifth_pairs("The product will ship next quarter."),
            pairs(&[("next quarter", "2024-Q2")])
        );
        assert!(run("City led in the second half.", march_fifth()).is_empty());
    }

    #[test]
    fn weekdays_of_a_span_with_clock_times_fall_in_one_week() {
        assert_eq!(
            march_fifth_pairs(
                "The weather agency issued an amber warning for rain covering parts of the Danby hills from 6pm on Saturday until midnight on Sunday."
            ),
            pairs(&[
                ("6pm", "2024-03-09"),
                ("Saturday", "2024-03-09"),
                ("midnight", "2024-03-11"),
                ("Sunday", "2024-03-10"),
            ])
        );
        assert_eq!(
            march_fifth_pairs("Police came at 6pm on Saturday and left at 2am on Sunday."),
            pairs(&[
                ("6pm", "2024-03-02"),
                ("Saturday", "2024-03-02"),
                ("2am", "2024-03-03"),
                ("Sunday", "2024-03-03"),
            ])
        );
    }

    /// Text, value and mod of the one mention in `text`, seen from `anchor`.
    fn mention(text: &str, anchor: Date) -> (String, Option<String>, Option<String>) {
        one(text, Some(anchor))
    }

    /// `(text, value, mod)` with owned strings, for comparing with [`mention`].
    fn told(
        text: &str,
        value: &str,
        modifier: Option<&str>,
    ) -> (String, Option<String>, Option<String>) {
        (
            text.into(),
            Some(value.into()),
            modifier.map(str::to_string),
        )
    }

    #[test]
    fn end_and_start_joined_by_a_hyphen_set_the_mod() {
        assert_eq!(
            mention("Ada Quist will step down by end-March.", anchor()),
            told("end-March", "2022-03", Some("END"))
        );
        assert_eq!(
            mention("The plant will close by end-2024.", anchor()),
            told("end-2024", "2024", Some("END"))
        );
        assert_eq!(
            mention("Arun Tebbe will start work start-June.", anchor()),
            told("start-June", "2022-06", Some("START"))
        );
        // A word that only ends in "end" is no modifier.
        assert!(run("The legend-2024 tour sold out.", Some(anchor()))
            .iter()
            .all(|d| d.modifier.is_none()));
        assert!(run("A front-end-2024 build shipped.", Some(anchor())).is_empty());
    }

    #[test]
    fn year_end_is_the_end_of_the_year() {
        assert_eq!(
            mention("Mara Lind expects a deal by year-end.", anchor()),
            told("year-end", "2022", Some("END"))
        );
        // Early in the year, what reports on the year-end is of the year just gone.
        assert_eq!(
            run(
                "The bank posted year-end results on Tuesday.",
                Some(anchor())
            )
            .first()
            .and_then(|d| d.value.clone()),
            Some("2021".into())
        );
        let june = Date::new(2022, 6, 1).unwrap();
        assert_eq!(
            mention("The bank posted year-end results.", june).1,
            Some("2022".into())
        );
    }

    #[test]
    fn a_day_with_a_relative_year_is_in_that_year() {
        assert_eq!(
            mention("Tom Reyes retired on 3 March last year.", anchor()),
            told("3 March last year", "2021-03-03", None)
        );
        assert_eq!(
            mention("Ivo Dane left on March 3 last year.", anchor()),
            told("March 3 last year", "2021-03-03", None)
        );
        assert_eq!(
            mention("The vote falls on 3 March next year.", anchor()),
            told("3 March next year", "2023-03-03", None)
        );
        // With no anchor, the year is unknown.
        assert_eq!(
            one("Ivo Dane left on 3 March last year.", None).1,
            Some("XXXX-03-03".into())
        );
    }

    #[test]
    fn the_weekend_of_a_day_is_that_days_weekend() {
        assert_eq!(
            mention("The fair runs the weekend of 16 March 2024.", anchor()),
            told("the weekend of 16 March 2024", "2024-W11-WE", None)
        );
        assert_eq!(
            mention("The fair will be held the weekend of March 12.", anchor()),
            told("the weekend of March 12", "2022-W10-WE", None)
        );
        // A day that does not exist gives no value.
        assert_eq!(
            mention("The fair runs the weekend of 31 April 2024.", anchor()).1,
            None
        );
    }

    #[test]
    fn a_weekday_led_by_previous_or_following_counts_from_the_day_told_before() {
        let tuesday = Some(Date::new(2024, 3, 5).unwrap());
        let value_of = |text: &str, wanted: &str| {
            texts_values(text, tuesday)
                .into_iter()
                .find(|(t, _)| t == wanted)
                .and_then(|(_, v)| v)
        };
        let before = "The guild met on Thursday, January 11. The previous Wednesday, dues rose.";
        assert_eq!(
            value_of(before, "The previous Wednesday").as_deref(),
            Some("2024-01-10")
        );
        let after = "The guild met on Thursday, January 11. The following Monday, dues rose.";
        assert_eq!(
            value_of(after, "The following Monday").as_deref(),
            Some("2024-01-15")
        );
        // A paragraph that tells no day counts from the last day of the paragraph before.
        let next_paragraph = "The guild met on Thursday, January 11.\n\n\
                              The following Monday, dues rose.";
        assert_eq!(
            value_of(next_paragraph, "The following Monday").as_deref(),
            Some("2024-01-15")
        );
        // With no day told before, the weekday before the anchor, never the anchor's own day.
        let alone = "The preceding Tuesday, the kiln cracked.";
        assert_eq!(
            value_of(alone, "The preceding Tuesday").as_deref(),
            Some("2024-02-27")
        );
    }

    #[test]
    fn two_weeks_months_or_years_away() {
        // The anchor, 2022-01-22, is in week 3.
        assert_eq!(
            mention("Ada Quist resigned the week before last.", anchor()),
            told("the week before last", "2022-W01", None)
        );
        assert_eq!(
            mention("Talks resume the week after next.", anchor()),
            told("the week after next", "2022-W05", None)
        );
        assert_eq!(
            mention("Prices rose the month before last.", anchor()),
            told("the month before last", "2021-11", None)
        );
        assert_eq!(
            mention("The games open the year after next.", anchor()),
            told("the year after next", "2024", None)
        );
        assert_eq!(
            mention("The weekend before last, a dam burst.", anchor()),
            told("The weekend before last", "2022-W01-WE", None)
        );
        // Told on a Tuesday, the weekend just gone is last weekend.
        let tuesday = Date::new(2024, 3, 5).unwrap();
        assert_eq!(
            mention("The weekend before last, a dam burst.", tuesday),
            told("The weekend before last", "2024-W08-WE", None)
        );
        assert_eq!(
            mention("The fete is the weekend after next.", tuesday),
            told("the weekend after next", "2024-W12-WE", None)
        );
    }

    #[test]
    fn an_age_turned_in_a_month_is_to_come() {
        let march = Date::new(2024, 3, 5).unwrap();
        assert_eq!(
            mention("Ada Quist turns 40 in February.", march).1,
            Some("2025-02".into())
        );
        assert_eq!(
            mention("Ada Quist turned 40 in February.", march).1,
            Some("2024-02".into())
        );
    }

    #[test]
    fn a_holiday_after_a_two_word_preposition_is_the_day() {
        assert_eq!(
            mention("Shops were busy ahead of Christmas.", anchor()),
            told("Christmas", "2021-12-25", None)
        );
        assert_eq!(
            mention("Trade slowed in the run-up to Easter.", anchor()),
            told("Easter", "2021-04-04", None)
        );
        // "head of" is no preposition of time.
        assert!(run(
            "Mara Lind was named head of Christmas sales.",
            Some(anchor())
        )
        .is_empty());
    }

    #[test]
    fn a_period_before_a_noun_of_results_is_of_the_calendar() {
        assert_eq!(
            mention("Mara Lind posted Q2 results.", anchor()),
            told("Q2", "2021-Q2", None)
        );
        assert!(run("Ivo Dane sat in the Q2 box.", Some(anchor())).is_empty());
    }

    #[test]
    fn the_turn_of_the_century_is_the_start_of_the_nearest_one() {
        assert_eq!(
            mention("Housing boomed at the turn of the century.", anchor()),
            told("the turn of the century", "20XX", Some("START"))
        );
        let thirties = Date::new(1930, 6, 1).unwrap();
        assert_eq!(
            mention("Housing boomed at the turn of the century.", thirties).1,
            Some("19XX".into())
        );
    }

    #[test]
    fn a_short_or_irregular_past_sets_a_later_day_last_year() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            value("Ivo Dane died on April 2."),
            Some("2023-04-02".into())
        );
        assert_eq!(
            value("Ivo Dane died on March 30."),
            Some("2023-03-30".into())
        );
        assert_eq!(
            value("The crew fired on April 2."),
            Some("2023-04-02".into())
        );
        assert_eq!(
            value("Ada Quist sued the firm on April 2."),
            Some("2023-04-02".into())
        );
        assert_eq!(
            value("The ferry sank on April 2."),
            Some("2023-04-02".into())
        );
        assert_eq!(
            value("Arun Tebbe shot a 65 on April 2."),
            Some("2023-04-02".into())
        );
        assert_eq!(
            value("The storm hit on April 2."),
            Some("2023-04-02".into())
        );
        assert_eq!(value("She quit on April 2."), Some("2023-04-02".into()));
        // A compound adjective, a noun after an article and a plural subject are no past.
        assert_eq!(
            value("The Leeds-based firm holds its meeting in June."),
            Some("2024-06".into())
        );
        assert_eq!(
            value("Mara Lind has a shot at the title on March 20."),
            Some("2024-03-20".into())
        );
        assert_eq!(
            value("Storms hit the coast in May."),
            Some("2024-05".into())
        );
    }

    #[test]
    fn short_past_forms_need_a_base_in_e() {
        for word in ["died", "tied", "sued", "fired", "voted", "named"] {
            assert!(is_short_e_past(word), "{word}");
        }
        for word in ["need", "shed", "bred", "freed", "aged", "owned"] {
            assert!(!is_short_e_past(word), "{word}");
        }
    }

    #[test]
    fn open_and_close_as_names_nouns_or_after_a_past_verb_are_no_future() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            value("The index fell 2% to close at 7,400 on Wednesday."),
            Some("2024-02-28".into())
        );
        assert_eq!(
            value("Shares were flat at the close on Wednesday."),
            Some("2024-02-28".into())
        );
        assert_eq!(
            value("Tom Reyes won the Lakeland Open in January."),
            Some("2024-01".into())
        );
        assert_eq!(
            value("Mara Lind won the Lakeland Open in September."),
            Some("2023-09".into())
        );
        assert_eq!(
            value("The store will open on Wednesday."),
            Some("2024-03-06".into())
        );
        assert_eq!(
            value("The store is to open on Wednesday."),
            Some("2024-03-06".into())
        );
        assert_eq!(
            value("Ada Quist said she agreed to a bill to open the office through March 15."),
            Some("2024-03-15".into())
        );
        assert_eq!(
            value("The bridge is set to close in June."),
            Some("2024-06".into())
        );
    }

    #[test]
    fn what_a_phrase_leads_up_to_is_to_come() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            tuesday_values("The house was dissolved on Friday ahead of a snap poll on April 14."),
            vec![Some("2024-03-01".into()), Some("2024-04-14".into())]
        );
        assert_eq!(
            tuesday_values("The party met on Friday to prepare for the April 14 vote."),
            vec![Some("2024-03-01".into()), Some("2024-04-14".into())]
        );
        assert_eq!(
            value("Ministers met before talks on March 20."),
            Some("2024-03-20".into())
        );
        assert_eq!(
            value("Ivo Dane is a doubt for Saturday's derby."),
            Some("2024-03-09".into())
        );
        assert_eq!(
            value("Ahead of Thursday's vote, ministers met."),
            Some("2024-03-07".into())
        );
        assert_eq!(value("He left before Monday."), Some("2024-03-04".into()));
        assert_eq!(
            tuesday_values("Ivo Dane died shortly before midnight on March 20."),
            vec![Some("2023-03-21".into()), Some("2023-03-20".into())]
        );
        assert_eq!(
            one(
                "Shops were busy ahead of Christmas.",
                Date::new(2024, 1, 22).ok()
            )
            .1,
            Some("2023-12-25".into())
        );
        assert_eq!(
            value("The country holds an election in July."),
            Some("2024-07".into())
        );
    }

    #[test]
    fn a_span_with_abbreviated_months_keeps_the_tense() {
        assert_eq!(
            tuesday_values("The fair will be held from Oct. 12 to Oct. 20."),
            vec![Some("2024-10-12".into()), Some("2024-10-20".into())]
        );
        assert_eq!(
            tuesday_values("Voting will be held Oct. 21 through Nov. 2."),
            vec![Some("2024-10-21".into()), Some("2024-11-02".into())]
        );
    }

    #[test]
    fn a_month_of_last_year_is_one_date() {
        assert_eq!(
            on_a_tuesday("It began in September of last year."),
            (
                "September of last year".into(),
                Some("2023-09".into()),
                None
            )
        );
    }

    #[test]
    fn a_day_missing_from_the_year_read_is_of_the_nearest_year_with_it() {
        assert_eq!(
            on_a_tuesday("The firm will pay a premium to the price on Feb. 29.").1,
            Some("2024-02-29".into())
        );
        assert_eq!(
            one(
                "It will be priced against the close on 29 February.",
                Date::new(2025, 3, 5).ok()
            )
            .1,
            Some("2024-02-29".into())
        );
    }

    #[test]
    fn a_date_set_after_a_clock_time_or_through_a_day_is_to_come() {
        assert_eq!(
            tuesday_values("The vote is set for 10 a.m. on Thursday."),
            vec![Some("2024-03-07".into()), Some("2024-03-07".into())]
        );
        assert_eq!(
            on_a_tuesday("The summit is slated for Saturday.").1,
            Some("2024-03-09".into())
        );
        assert_eq!(
            on_a_tuesday("Schools are closed through Friday.").1,
            Some("2024-03-08".into())
        );
        assert_eq!(
            on_a_tuesday("He was held through Monday.").1,
            Some("2024-03-04".into())
        );
        assert_eq!(
            tuesday_values(
                "Highs could reach 40C, forecasters warned, and a heat warning is in effect through 8 p.m. Sunday."
            ),
            vec![Some("2024-03-10".into()), Some("2024-03-10".into())]
        );
    }

    #[test]
    fn a_quarter_of_deals_or_money_is_of_the_calendar() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            value("The deal is expected to complete in the second quarter."),
            Some("2024-Q2".into())
        );
        assert_eq!(
            value("The firm expects growth in the second half."),
            Some("2024-H2".into())
        );
        assert_eq!(
            value("The campaign raised $12.4 million in the third quarter."),
            Some("2023-Q3".into())
        );
        assert_eq!(
            value("Rates were cut in the fourth quarter."),
            Some("2023-Q4".into())
        );
        assert!(run(
            "Ivo Dane scored 12 points and made 80% of his shots in the fourth quarter.",
            march_fifth()
        )
        .is_empty());
    }

    /// The texts and values of `text` read against 2024-03-05, as `"text=value"`.
    fn dated_at_march_fifth(text: &str) -> Vec<String> {
        in_march(text)
            .into_iter()
            .map(|(t, v)| format!("{t}={v}"))
            .collect()
    }

    #[test]
    fn quarters_and_halves_written_number_first() {
        assert_eq!(
            dated_at_march_fifth("Profit at Ada Quist Ltd rose in 2Q24."),
            ["2Q24=2024-Q2"]
        );
        assert_eq!(
            dated_at_march_fifth("Sales fell in 1H24."),
            ["1H24=2024-H1"]
        );
        assert_eq!(
            dated_at_march_fifth("Profit rose in 3Q 2023."),
            ["3Q 2023=2023-Q3"]
        );
        assert!(dated_at_march_fifth("Sales fell in 5Q24.").is_empty());
        assert!(dated_at_march_fifth("The model 3H24 sold well.").is_empty());
    }

    #[test]
    fn a_quarter_named_by_its_last_month_or_its_months() {
        assert_eq!(
            dated_at_march_fifth("In the quarter to December, sales slowed."),
            ["the quarter to December=2023-Q4"]
        );
        assert_eq!(
            dated_at_march_fifth("In the quarter ended Dec. 31, sales slowed."),
            ["the quarter ended Dec. 31=2023-Q4"]
        );
        assert_eq!(
            dated_at_march_fifth("The economy shrank 0.4% in the October-December period."),
            ["the October-December period=2023-Q4"]
        );
        assert_eq!(
            dated_at_march_fifth("GDP shrank in October-December."),
            ["October-December=2023-Q4"]
        );
        // Months that do not make a quarter stay two months.
        assert_eq!(
            dated_at_march_fifth("Sales rose from November to January, said Ivo Dane."),
            ["November=2023-11", "January=2024-01"]
        );
    }

    #[test]
    fn midnight_right_before_a_weekday_ends_the_day_before() {
        assert_eq!(
            run("Funding expires at midnight Friday.", march_fifth())[0].value,
            Some("2024-03-09".into())
        );
        assert_eq!(
            run("The shop opens at noon Saturday.", march_fifth())[0].value,
            Some("2024-03-09".into())
        );
    }

    #[test]
    fn a_game_clock_is_no_time_of_day() {
        assert!(
            dated_at_march_fifth("Arun Tebbe scored at 2:11 of OT for his 25th goal.").is_empty()
        );
        assert!(dated_at_march_fifth("Tom Reyes scored at 14:32 of the second period.").is_empty());
        assert!(dated_at_march_fifth("He scored with 3:45 left in the fourth quarter.").is_empty());
        assert!(dated_at_march_fifth("He scored with 1:12 remaining.").is_empty());
        assert_eq!(
            dated_at_march_fifth("The flight leaves at 2:11 of all days."),
            ["2:11=null"]
        );
    }

    #[test]
    fn a_contract_month_is_to_come() {
        assert_eq!(
            dated_at_march_fifth("Crude futures for April delivery settled 84 cents lower."),
            ["April=2024-04"]
        );
        assert_eq!(
            dated_at_march_fifth("December corn futures fell."),
            ["December=2024-12"]
        );
        assert_eq!(
            dated_at_march_fifth("The May contract rose 2%."),
            ["May=2024-05"]
        );
        assert_eq!(
            dated_at_march_fifth("Brent for February settlement rose."),
            ["February=2025-02"]
        );
        assert_eq!(
            dated_at_march_fifth("Sales fell in December, data showed."),
            ["December=2023-12"]
        );
    }

    #[test]
    fn a_participle_of_the_future_before_by_looks_ahead() {
        assert_eq!(
            dated_at_march_fifth("Markets are pricing in cuts, with the first expected by June."),
            ["June=2024-06"]
        );
        assert_eq!(
            dated_at_march_fifth("The first cut was expected by June, Mara Lind said."),
            ["June=2023-06"]
        );
    }

    #[test]
    fn fixture_verbs_in_the_present_look_ahead() {
        assert_eq!(
            dated_at_march_fifth("Lindfield travel to Porto on Thursday."),
            ["Thursday=2024-03-07"]
        );
        assert_eq!(
            dated_at_march_fifth("Lindfield welcome Dane Rovers on Saturday."),
            ["Saturday=2024-03-09"]
        );
        assert_eq!(
            dated_at_march_fifth("He is in hospital after a visit on Friday."),
            ["Friday=2024-03-01"]
        );
        assert_eq!(
            dated_at_march_fifth("Lindfield visited Porto on Thursday."),
            ["Thursday=2024-02-29"]
        );
    }

    #[test]
    fn a_date_right_after_a_timetable_verb_looks_ahead() {
        assert_eq!(
            dated_at_march_fifth("Schools are closed Monday through Wednesday."),
            ["Monday=2024-03-11", "Wednesday=2024-03-13"]
        );
        assert_eq!(
            dated_at_march_fifth("Early voting runs Oct. 21 through Nov. 2."),
            ["Oct. 21=2024-10-21", "Nov. 2=2024-11-02"]
        );
    }

    #[test]
    fn a_day_in_a_quoted_title_is_no_date() {
        assert!(dated_at_march_fifth(
            "Speaking on ABC’s “This Week,” Ms. Quist said the vote was close."
        )
        .is_empty());
        assert_eq!(
            dated_at_march_fifth("The film “Next Friday” opens today."),
            ["today=2024-03-05"]
        );
        assert!(
            dated_at_march_fifth("Ada Quist, appearing on “Fox News Sunday,” said no.").is_empty()
        );
        assert_eq!(
            dated_at_march_fifth("“Tomorrow,” Ivo Dane said, “we march.”"),
            ["Tomorrow=2024-03-06"]
        );
        assert_eq!(
            dated_at_march_fifth("Asked when, he said “Monday.”"),
            ["Monday=2024-03-04"]
        );
    }

    #[test]
    fn a_date_to_be_fixed_or_a_contract_expiring_is_to_come() {
        assert_eq!(
            dated_at_march_fifth(
                "The hearing of Ivo Dane was adjourned to a date to be fixed in May."
            ),
            ["May=2024-05"]
        );
        assert_eq!(
            dated_at_march_fifth("Contracts expiring in June fell."),
            ["June=2024-06"]
        );
        assert_eq!(
            dated_at_march_fifth("The hearing of Ivo Dane was held in May."),
            ["May=2023-05"]
        );
    }

    #[test]
    fn a_capitalised_future_word_inside_a_clause_is_a_name() {
        assert_eq!(
            dated_at_march_fifth(
                "Ada Quist told NBC’s Meet the Press on Sunday that the bill would pass."
            ),
            ["Sunday=2024-03-03"]
        );
        assert_eq!(
            dated_at_march_fifth("Ada Quist will meet the press on Sunday."),
            ["Sunday=2024-03-10"]
        );
    }

    /// `values` as the values of mentions.
    fn days(values: &[&str]) -> Vec<Option<String>> {
        values.iter().map(|v| Some((*v).to_string())).collect()
    }

    #[test]
    fn a_past_event_after_a_future_cue_is_gone_by() {
        assert_eq!(
            tuesday_values("Ivo Dane will face court after allegedly stealing a van on Sunday."),
            days(&["2024-03-03"])
        );
        assert_eq!(
            tuesday_values("Ada Quist is due in court after police found a knife on Friday."),
            days(&["2024-03-01"])
        );
        // Without a past event after "after", the future cue still governs.
        assert_eq!(
            tuesday_values("The board will meet after talks planned for Friday."),
            days(&["2024-03-08"])
        );
        assert_eq!(
            tuesday_values("Mara Lind will speak after the vote on Friday."),
            days(&["2024-03-08"])
        );
    }

    #[test]
    fn an_infinitive_after_a_past_verb_is_no_future() {
        for text in [
            "The museum was forced to close on Friday.",
            "The team had to return home on Friday.",
            "Crews began to reopen the road on Friday.",
            "Staff were able to return to the office on Friday.",
        ] {
            assert_eq!(tuesday_values(text), days(&["2024-03-01"]), "{text}");
        }
        for text in [
            "The union agreed to reopen the road on Friday.",
            "The ship was set to return on Friday.",
            "Tom Reyes is to return on Friday.",
        ] {
            assert_eq!(tuesday_values(text), days(&["2024-03-08"]), "{text}");
        }
    }

    #[test]
    fn a_closing_attribution_does_not_set_the_tense() {
        assert_eq!(
            tuesday_values(
                "Pupils sitting exams from April 25 will not be affected, officials said."
            ),
            days(&["2024-04-25"])
        );
        assert_eq!(
            tuesday_values("From 7 April, buses will run every hour, Arun Tebbe said."),
            days(&["2024-04-07"])
        );
        assert_eq!(
            tuesday_values("Pupils sat exams from April 25 and were told, officials said."),
            days(&["2023-04-25"])
        );
    }

    #[test]
    fn a_fronted_from_or_by_weekday_takes_the_tense_after_it() {
        assert_eq!(
            tuesday_values("From Monday, masks will be required in all wards."),
            days(&["2024-03-11"])
        );
        assert_eq!(
            tuesday_values("By Thursday, the council will have decided."),
            days(&["2024-03-07"])
        );
        assert_eq!(
            tuesday_values("From Monday, masks were required in all wards."),
            days(&["2024-03-04"])
        );
    }

    #[test]
    fn a_deadline_of_a_purpose_is_to_come() {
        assert_eq!(
            tuesday_values("Staff were hired to clear the backlog by April."),
            days(&["2024-04"])
        );
        assert_eq!(
            tuesday_values("Ivo Dane said staff had been hired to finish by June."),
            days(&["2024-06"])
        );
        assert_eq!(
            tuesday_values("Prices had risen to record highs by April."),
            days(&["2023-04"])
        );
    }

    #[test]
    fn days_of_one_month_in_a_choice_or_a_list_are_each_a_date() {
        let on = |text: &str| texts_values(text, Date::new(2024, 3, 5).ok());
        assert_eq!(
            on("Ramadan is expected to begin on March 10 or 11."),
            vec![
                ("March 10".to_string(), Some("2024-03-10".to_string())),
                ("11".to_string(), Some("2024-03-11".to_string())),
            ]
        );
        assert_eq!(
            on("The vote will be held on 12 or 13 April."),
            vec![
                ("12".to_string(), Some("2024-04-12".to_string())),
                ("13 April".to_string(), Some("2024-04-13".to_string())),
            ]
        );
        assert_eq!(
            on("The festival runs on 8, 9 and 10 June."),
            vec![
                ("8".to_string(), Some("2024-06-08".to_string())),
                ("9".to_string(), Some("2024-06-09".to_string())),
                ("10 June".to_string(), Some("2024-06-10".to_string())),
            ]
        );
        // A list out of order is no list of days.
        assert_eq!(
            on("The scores were 12, 9 and 10 June."),
            vec![("10 June".to_string(), Some("2023-06-10".to_string()))]
        );
        // The list may follow the month's first day.
        assert_eq!(
            on("Nurses will stop work on April 8, 9 and 11."),
            vec![
                ("April 8".to_string(), Some("2024-04-08".to_string())),
                ("9".to_string(), Some("2024-04-09".to_string())),
                ("11".to_string(), Some("2024-04-11".to_string())),
            ]
        );
        assert_eq!(
            on("Matches are due on Apr. 6, 7 or 9 at the Velmor ground."),
            vec![
                ("Apr. 6".to_string(), Some("2024-04-06".to_string())),
                ("7".to_string(), Some("2024-04-07".to_string())),
                ("9".to_string(), Some("2024-04-09".to_string())),
            ]
        );
        // Figures after the day that a noun follows count that noun.
        assert_eq!(
            on("By April 2, 6 and 9 boats had docked."),
            vec![("April 2".to_string(), Some("2023-04-02".to_string()))]
        );
    }

    #[test]
    fn a_month_after_since_is_never_ahead() {
        assert_eq!(
            tuesday_values("The stores have stayed open since January."),
            days(&["2024-01"])
        );
        assert_eq!(
            tuesday_values("Mara Lind has run the open clinic since June."),
            days(&["2023-06"])
        );
        assert_eq!(
            tuesday_values("The stores will open in January."),
            days(&["2025-01"])
        );
    }

    #[test]
    fn a_promise_or_forecast_of_an_event_in_a_month_looks_ahead() {
        assert_eq!(
            tuesday_values("The bank signalled a cut in June."),
            days(&["2024-06"])
        );
        assert_eq!(
            tuesday_values("Ivo Dane promised an election in May."),
            days(&["2024-05"])
        );
        assert_eq!(
            tuesday_values("The union threatened a strike in April."),
            days(&["2024-04"])
        );
        assert_eq!(
            tuesday_values("The bank cut rates in June."),
            days(&["2023-06"])
        );
    }

    #[test]
    fn a_span_of_years_before_an_auxiliary_is_a_date() {
        assert_eq!(
            tuesday_values("Funding for 2023/24 was cut."),
            days(&["2024"])
        );
        assert_eq!(
            tuesday_values("Funding for 2023-24 has been cut."),
            days(&["2024"])
        );
        assert_eq!(tuesday_values("They sold 2023 cars."), days(&[]));
    }

    #[test]
    fn a_participle_phrase_before_a_future_clause_looks_ahead() {
        let at = dated_at_march_fifth;
        assert_eq!(
            at("Anyone arriving after Friday will be refused entry, Ada Quist said."),
            ["Friday=2024-03-08"]
        );
        assert_eq!(
            at("Passengers travelling on Sunday should expect delays."),
            ["Sunday=2024-03-10"]
        );
        assert_eq!(
            at("Those hired after June 1 will be exempt, Ivo Dane said."),
            ["June 1=2024-06-01"]
        );
        assert_eq!(
            at("Staff hired on or after March 12 will be exempt."),
            ["March 12=2024-03-12"]
        );
        // An article makes the "-ing" word a noun, an auxiliary makes it a verb of its own, and
        // a past verb before it or between the date and the future word keeps the date past.
        assert_eq!(
            at("The meeting on Friday will be remembered."),
            ["Friday=2024-03-01"]
        );
        assert_eq!(
            at("Fans were arriving on Friday and will stay."),
            ["Friday=2024-03-01"]
        );
        assert_eq!(
            at("Mara Lind said anyone arriving on Friday will be turned away."),
            ["Friday=2024-03-01"]
        );
        assert_eq!(
            at("Those hired after June 1 were told they will be exempt."),
            ["June 1=2023-06-01"]
        );
        assert_eq!(
            at("Workers hired after June 1 received a bonus."),
            ["June 1=2023-06-01"]
        );
    }

    #[test]
    fn a_deadline_that_runs_out_and_a_fixture_taken_on_look_ahead() {
        assert_eq!(
            dated_at_march_fifth("The offer runs out midnight Friday."),
            ["Friday=2024-03-08"]
        );
        assert_eq!(
            dated_at_march_fifth("The offer ran out on Friday."),
            ["Friday=2024-03-01"]
        );
        assert_eq!(
            dated_at_march_fifth("Lindfield take on Dane Rovers on Saturday."),
            ["Saturday=2024-03-09"]
        );
        assert_eq!(
            dated_at_march_fifth("Lindfield took on Dane Rovers on Saturday."),
            ["Saturday=2024-03-02"]
        );
        assert_eq!(phrase_ends("Mistake on it", FIXTURE_PHRASES).count(), 0);
    }

    #[test]
    fn an_announced_launch_in_a_month_is_to_come() {
        assert_eq!(
            dated_at_march_fifth("Quist Labs announced a launch in September."),
            ["September=2024-09"]
        );
        assert_eq!(
            dated_at_march_fifth("Quist Labs announced the release of its new phone in June."),
            ["June=2024-06"]
        );
        assert_eq!(
            dated_at_march_fifth("Quist Labs announced a merger in September."),
            ["September=2023-09"]
        );
    }

    #[test]
    fn a_quarter_of_a_fiscal_year_is_one_mention_and_a_model_name_no_period() {
        assert_eq!(
            dated_at_march_fifth("Sales at Quist Ltd rose 4% in Q3 FY24."),
            ["Q3 FY24=2024-Q3"]
        );
        assert_eq!(
            dated_at_march_fifth("Sales rose 4% in Q3 fiscal 2024."),
            ["Q3 fiscal 2024=2024-Q3"]
        );
        assert!(dated_at_march_fifth("The Audi Q4 costs $50,000, up 5%.").is_empty());
        assert_eq!(
            dated_at_march_fifth("Quist's Q4 sales rose 5%."),
            ["Q4=2023-Q4"]
        );
        assert_eq!(dated_at_march_fifth("In Q4 sales rose 5%."), ["Q4=2023-Q4"]);
        assert_eq!(
            dated_at_march_fifth("Sales rose 5% in Q1, Q2 and Q3."),
            ["Q1=2024-Q1", "Q2=2023-Q2", "Q3=2023-Q3"]
        );
    }

    #[test]
    fn a_limit_extended_or_an_event_put_off_lies_ahead() {
        let cases = [
            (
                "The deadline was extended to June 30.",
                "June 30",
                "2024-06-30",
            ),
            (
                "The truce was extended by a week, to June 30.",
                "June 30",
                "2024-06-30",
            ),
            (
                "The mandate was extended until the end of June.",
                "the end of June",
                "2024-06",
            ),
            (
                "Ivo Dane postponed a visit to Saudi Arabia until March 10.",
                "March 10",
                "2024-03-10",
            ),
            // The act itself is dated by its own words, and a past stay ends in the past.
            (
                "The deadline was extended on June 30.",
                "June 30",
                "2023-06-30",
            ),
            ("He was in office until June 30.", "June 30", "2023-06-30"),
        ];
        for (text, date, value) in cases {
            assert_eq!(march_fifth_pairs(text), pairs(&[(date, value)]), "{text}");
        }
    }

    #[test]
    fn an_owned_event_looked_back_on_in_the_past_is_past() {
        let saturday = Some("2024-03-02".to_string());
        let coming = Some("2024-03-09".to_string());
        assert_eq!(
            tuesday_values(
                "The Greens have taken the council, with Ida Varn set to lead it after Saturday's local vote."
            ),
            vec![saturday.clone()]
        );
        assert_eq!(
            tuesday_values("Rovers won a seat, poised to rise following Saturday's ballot."),
            vec![saturday]
        );
        // A modal after the past verb, or a verb of speech, leaves the event ahead.
        assert_eq!(
            tuesday_values("Ida Varn has agreed she will step down after Saturday's vote."),
            vec![coming.clone()]
        );
        assert_eq!(
            tuesday_values("Ida Varn said she is set to step down after Saturday's vote."),
            vec![coming]
        );
    }

    #[test]
    fn a_weekday_of_a_market_close_is_past() {
        let monday = Some("2024-03-04".to_string());
        let friday = Some("2024-03-01".to_string());
        assert_eq!(
            tuesday_values(
                "Lindmark will pay 410 pence per share, a premium of 38% to the closing price on Monday."
            ),
            vec![monday.clone()]
        );
        assert_eq!(
            tuesday_values("Shares will open above Friday's close."),
            vec![friday.clone()]
        );
        assert_eq!(
            tuesday_values("The offer will be pitched at its close on Friday."),
            vec![friday.clone()]
        );
        assert_eq!(
            tuesday_values("The bid is a 12% premium to the group's close on Friday."),
            vec![friday.clone()]
        );
        assert_eq!(
            tuesday_values(
                "Orvane shares rose 4% from Tuesday against the bank's close of Friday."
            ),
            vec![Some("2024-03-05".to_string()), friday]
        );
        // An event's end after a preposition of time is no market level.
        assert_eq!(
            tuesday_values("Tickets will sell out before the fair's close on Friday."),
            vec![Some("2024-03-08".to_string())]
        );
        // "closing" as a verb tells of the poll to come.
        assert_eq!(
            tuesday_values("Polls will be closing on Monday."),
            vec![Some("2024-03-11".to_string())]
        );
        assert_eq!(
            tuesday_values("Ada Quist will pay a premium on Monday."),
            vec![Some("2024-03-11".to_string())]
        );
    }

    #[test]
    fn a_bracketed_universal_time_keeps_the_clause_of_its_weekday() {
        let thursday = Some("2024-03-07".to_string());
        assert_eq!(
            tuesday_values("The vote is due at 3 p.m. (2000 GMT) on Thursday."),
            vec![thursday.clone(), thursday.clone(), thursday.clone()]
        );
        let friday = Some("2024-03-08".to_string());
        assert_eq!(
            tuesday_values("Polls will close at 8 p.m. (1630 GMT) on Friday."),
            vec![friday.clone(), friday.clone(), friday]
        );
        let past = Some("2024-02-29".to_string());
        assert_eq!(
            tuesday_values("The vote was held at 3 p.m. (2000 GMT) on Thursday."),
            vec![past.clone(), past.clone(), past]
        );
    }

    #[test]
    fn mid_month_week_and_year_are_the_middle_of_the_anchors() {
        let mid = |text: &str| {
            run(text, march_fifth())
                .into_iter()
                .map(|d| (d.text, d.value.unwrap_or_default(), d.modifier))
                .collect::<Vec<_>>()
        };
        let one = |t: &str, v: &str| vec![(t.to_string(), v.to_string(), Some("MID".to_string()))];
        assert_eq!(mid("Talks begin mid-month."), one("mid-month", "2024-03"));
        assert_eq!(
            mid("Talks begin in mid-month."),
            one("mid-month", "2024-03")
        );
        assert_eq!(
            mid("A deal is expected by mid-year."),
            one("mid-year", "2024")
        );
        assert_eq!(
            mid("Mara Lind returns midweek."),
            one("midweek", "2024-W10")
        );
        assert_eq!(
            mid("Prices fell mid-week, traders said."),
            one("mid-week", "2024-W10")
        );
        // A modifier of a noun names no time.
        assert!(mid("The mid-year review was bleak.").is_empty());
        assert!(mid("It faces a mid-month deadline.").is_empty());
        assert!(mid("Tom Reyes missed midweek training.").is_empty());
    }

    #[test]
    fn a_quarter_before_a_future_word_is_the_one_to_come() {
        assert_eq!(
            march_fifth_pairs("Second-quarter earnings are due in July."),
            pairs(&[("Second-quarter", "2024-Q2"), ("July", "2024-07")])
        );
        assert_eq!(
            march_fifth_pairs("Second-quarter earnings rose 5%."),
            pairs(&[("Second-quarter", "2023-Q2")])
        );
    }

    #[test]
    fn readiness_hopes_and_intentions_look_ahead() {
        let value = |text: &str| on_a_tuesday(text).1;
        for text in [
            "A new ferry is ready to sail in October, Ada Quist said.",
            "The board expects to vote on the budget in October.",
            "The board hopes to vote on the budget in October.",
            "The board intends to vote on the budget in October.",
            "The board is preparing to vote on the budget in October.",
            "The board prepares to vote on the budget in October.",
        ] {
            assert_eq!(value(text), Some("2024-10".into()), "{text}");
        }
        assert_eq!(
            value("The ferry was ready to sail in October."),
            Some("2023-10".into())
        );
    }

    #[test]
    fn a_future_word_after_a_reporting_verb_keeps_the_decade() {
        let value = |text: &str| on_a_tuesday(text).1;
        assert_eq!(
            value("Ada Quist said the plant will be built by the end of the decade."),
            Some("202X".into())
        );
        assert_eq!(
            value("By the end of the decade he had sold the farm."),
            None
        );
    }

    #[test]
    fn a_present_start_in_a_relative_clause_sets_a_month_ahead() {
        let months = |text: &str| {
            in_march(text)
                .into_iter()
                .map(|(_, v)| v)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            months("The tariffs, which come into effect from January, will cost growers dearly."),
            ["2025-01"]
        );
        assert_eq!(
            months("The levy, which applies from February, is unpopular with farmers."),
            ["2025-02"]
        );
        assert_eq!(
            months("The tariffs, which have come into force since January, hurt growers."),
            ["2024-01"]
        );
    }

    #[test]
    fn a_yearless_day_after_a_past_year_takes_that_year() {
        assert_eq!(
            in_march("The bakery opened on May 2, 2018. On Sept. 14 it sold its first cake."),
            [
                ("May 2, 2018".to_string(), "2018-05-02".to_string()),
                ("Sept. 14".to_string(), "2018-09-14".to_string()),
            ]
        );
        assert_eq!(
            in_march("The bakery moved in May 2017. On Sept. 14 it sold its first cake."),
            [
                ("May 2017".to_string(), "2017-05".to_string()),
                ("Sept. 14".to_string(), "2017-09-14".to_string()),
            ]
        );
        assert_eq!(
            in_march("The law, passed in 2017, bans it. On Sept. 14 the bakery was fined."),
            [
                ("2017".to_string(), "2017".to_string()),
                ("Sept. 14".to_string(), "2023-09-14".to_string()),
            ]
        );
        assert_eq!(
            in_march("The bakery opened in 2017. It closed for good. Then on Sept. 14 it burned."),
            [
                ("2017".to_string(), "2017".to_string()),
                ("Sept. 14".to_string(), "2023-09-14".to_string()),
            ]
        );
    }

    #[test]
    fn a_present_fixture_verb_after_and_has_its_own_tense() {
        assert_eq!(
            march_fifth_pairs("Harbourside won 3-1 on Saturday and host Millbrook on Saturday."),
            pairs(&[("Saturday", "2024-03-02"), ("Saturday", "2024-03-09")])
        );
        assert_eq!(
            march_fifth_pairs("Harbourside drew on Sunday and then play Millbrook on Sunday."),
            pairs(&[("Sunday", "2024-03-03"), ("Sunday", "2024-03-10")])
        );
    }

    #[test]
    fn a_lead_word_against_a_date_on_its_weekday_yields_to_the_date() {
        assert_eq!(
            march_fifth_pairs("The fair closed last Friday, March 8."),
            pairs(&[("last Friday, March 8", "2024-03-08")])
        );
        assert_eq!(
            march_fifth_pairs("The fair closed last Thursday, March 8."),
            pairs(&[("last Thursday, March 8", "2023-03-08")])
        );
    }

    #[test]
    fn a_time_takes_no_day_from_a_later_by_phrase_joined_by_and() {
        let found = run(
            "The gale should reach the coast by 4 p.m. and ease into a breeze by Tuesday night.",
            march_fifth(),
        );
        let time = found.iter().find(|d| d.text == "4 p.m.");
        assert_eq!(time.map(|d| d.value.clone()), Some(None));
        assert_eq!(
            march_fifth_pairs("Output will climb in the latter half of 2029."),
            pairs(&[("the latter half of 2029", "2029-H2")])
        );
    }

    #[test]
    fn a_span_after_a_past_verb_is_how_long_something_took() {
        assert!(run(
            "The bakery sold more than 9,000 of its loaves in six weeks, its owner says.",
            Some(anchor())
        )
        .is_empty());
        assert!(run("Some 300 trees were planted in two months.", Some(anchor())).is_empty());
        assert!(run("In six weeks, the mill shipped 40 tonnes.", Some(anchor())).is_empty());
        assert_eq!(
            value("The bridge will reopen in two months."),
            Some("2022-03".into())
        );
        assert_eq!(
            value("Mr Pell said the bridge reopens in ten days."),
            Some("2022-02-01".into())
        );
        // A clause of its own after a conjunction has its own tense.
        assert_eq!(
            value("The council was told that in ten days, if no bid comes, the pier closes."),
            Some("2022-02-01".into())
        );
    }

    #[test]
    fn a_period_counted_in_a_run_is_no_period_of_the_calendar() {
        assert!(run(
            "Orders fell 3% for the third quarter in a row.",
            Some(anchor())
        )
        .is_empty());
        assert!(run(
            "Margins shrank 2% for the second quarter straight.",
            Some(anchor())
        )
        .is_empty());
        assert_eq!(
            value("Margins shrank 2% in the second quarter."),
            Some("2021-Q2".into())
        );
    }

    #[test]
    fn a_quarter_of_a_fiscal_year_is_one_mention() {
        assert_eq!(
            texts_values("The toolmaker expects a loss in Q2 FY2027.", Some(anchor())),
            vec![("Q2 FY2027".into(), Some("2027-Q2".into()))]
        );
        assert_eq!(
            texts_values(
                "The toolmaker expects a loss in Q2 FY2027-28.",
                Some(anchor())
            ),
            vec![("Q2 FY2027-28".into(), Some("2028-Q2".into()))]
        );
        assert_eq!(
            texts_values(
                "For the first quarter of fiscal 2023, sales rose 4%.",
                Some(anchor())
            ),
            vec![(
                "the first quarter of fiscal 2023".into(),
                Some("2023-Q1".into())
            )]
        );
        assert_eq!(
            texts_values("Q3 FY24 highlights: sales rose 4%.", Some(anchor())),
            vec![("Q3 FY24".into(), Some("2024-Q3".into()))]
        );
    }

    #[test]
    fn fiscal_year_glued_to_its_period() {
        let glued = |text: &str| texts_values(text, Some(anchor()));
        assert_eq!(
            glued("Orvia's profit rose 9% in Q3FY24."),
            vec![("Q3FY24".into(), Some("2024-Q3".into()))]
        );
        assert_eq!(
            glued("Orvia's profit rose 9% in H2FY2023."),
            vec![("H2FY2023".into(), Some("2023-H2".into()))]
        );
        assert_eq!(
            glued("Orvia's profit rose 9% in Q1FY2022-23."),
            vec![("Q1FY2022-23".into(), Some("2023-Q1".into()))]
        );
        assert!(glued("Orvia filed form Q3FYI today.")
            .iter()
            .all(|(text, _)| !text.starts_with('Q')));
    }

    #[test]
    fn a_weekday_of_a_named_week_is_that_week_s_day() {
        // The anchor, 2022-01-22, is a Saturday of the week starting Monday 2022-01-17.
        assert_eq!(
            texts_values("The shop closed on Tuesday of last week.", Some(anchor())),
            vec![("Tuesday of last week".into(), Some("2022-01-11".into()))]
        );
        assert_eq!(
            value("The ferry sails on Friday of next week."),
            Some("2022-01-28".into())
        );
        assert_eq!(
            value("The vote is on Wednesday of this week."),
            Some("2022-01-19".into())
        );
    }

    #[test]
    fn a_holiday_placed_by_last_this_or_next_is_that_year_s_day() {
        assert_eq!(
            texts_values("Toy makers fear shortages this Christmas.", Some(anchor())),
            vec![("this Christmas".into(), Some("2022-12-25".into()))]
        );
        assert_eq!(
            value("Sales dipped last Christmas."),
            Some("2021-12-25".into())
        );
        assert_eq!(
            value("The choir sings next Easter."),
            Some("2022-04-17".into())
        );
        assert!(run("They sailed to next Easter Island.", Some(anchor())).is_empty());
    }

    #[test]
    fn a_booking_looks_ahead() {
        assert_eq!(
            in_march("Tova Renk has cancelled her cruise. She has rebooked for July."),
            pairs(&[("July", "2024-07")])
        );
        assert_eq!(
            in_march("The quartet are pencilled in for August."),
            pairs(&[("August", "2024-08")])
        );
        assert_eq!(
            in_march("The quartet played in August."),
            pairs(&[("August", "2023-08")])
        );
    }

    #[test]
    fn a_time_limit_named_before_of_looks_ahead() {
        assert_eq!(
            in_march("The partners have agreed an end date of 30 November."),
            pairs(&[("30 November", "2024-11-30")])
        );
        assert_eq!(
            in_march("Suppliers face a deadline of 28 February."),
            pairs(&[("28 February", "2025-02-28")])
        );
        assert_eq!(
            in_march("The mill missed a deadline of 28 February."),
            pairs(&[("28 February", "2024-02-28")])
        );
        assert_eq!(
            in_march("The deadline of 30 November passed quietly."),
            pairs(&[("30 November", "2023-11-30")])
        );
    }

    #[test]
    fn a_year_before_a_noun_in_is_or_us() {
        assert_eq!(
            in_march("A 2021 analysis by the Orvane Institute found a rise."),
            pairs(&[("2021", "2021")])
        );
        assert_eq!(
            in_march("The 2019 census counted more farms."),
            pairs(&[("2019", "2019")])
        );
        assert_eq!(in_march("About 1200 buses were sold."), pairs(&[]));
    }

    #[test]
    fn a_clock_time_opening_a_future_clause() {
        assert_eq!(
            in_march("At 6:15pm on Thursday the mayor will open the bridge."),
            pairs(&[("6:15pm", "2024-03-07"), ("Thursday", "2024-03-07")])
        );
        assert_eq!(
            in_march("On Thursday the mayor will open the bridge."),
            pairs(&[("Thursday", "2024-03-07")])
        );
        assert_eq!(
            in_march("At 6:15pm on Thursday the mayor opened the bridge."),
            pairs(&[("6:15pm", "2024-02-29"), ("Thursday", "2024-02-29")])
        );
    }

    #[test]
    fn an_opening_day_without_a_comma_needs_a_future_main_clause() {
        assert_eq!(
            in_march("On Thursday the board voted to close the depot, which will shut in May."),
            pairs(&[("Thursday", "2024-02-29"), ("May", "2024-05")])
        );
        assert_eq!(
            in_march("At 7pm on Thursday the board met staff, who will strike."),
            pairs(&[("7pm", "2024-02-29"), ("Thursday", "2024-02-29")])
        );
    }

    #[test]
    fn a_weekday_a_week_after_the_next() {
        assert_eq!(
            in_march("The panel sits next Thursday week."),
            pairs(&[("next Thursday", "2024-03-14")])
        );
        assert_eq!(
            in_march("The panel sits the Thursday after next."),
            pairs(&[("Thursday", "2024-03-14")])
        );
        assert_eq!(
            in_march("The panel sits next Thursday."),
            pairs(&[("next Thursday", "2024-03-07")])
        );
    }

    #[test]
    fn the_turn_of_the_year() {
        let day = march_fifth().unwrap();
        assert_eq!(
            mention("Orders dipped at the turn of the year.", day),
            told("the turn of the year", "2024", Some("START"))
        );
        assert_eq!(
            mention("Orders will recover by the turn of the year.", day),
            told("the turn of the year", "2025", Some("START"))
        );
    }

    #[test]
    fn a_span_of_whole_months_is_read_in_one_year() {
        assert_eq!(
            in_march("Tolvan Gas will bill customers more between February and April."),
            pairs(&[("February", "2024-02"), ("April", "2024-04")])
        );
        assert_eq!(
            in_march("Rents will rise between November and January."),
            pairs(&[("November", "2024-11"), ("January", "2025-01")])
        );
        assert_eq!(
            in_march("From March to May, orders at the mill fell."),
            pairs(&[("March", "2023-03"), ("May", "2023-05")])
        );
        assert_eq!(
            in_march("Orders fell between November 2021 and January."),
            pairs(&[("November 2021", "2021-11"), ("January", "2022-01")])
        );
    }

    #[test]
    fn a_month_since_which_is_no_time_of_the_story() {
        assert_eq!(
            in_march(
                "Bread prices rose 2%, the most since July 2021. The levy began on 1 November."
            ),
            pairs(&[("July 2021", "2021-07"), ("1 November", "2023-11-01")])
        );
        assert_eq!(
            in_march("Bread prices rose 2% in July 2021. The levy began on 1 November."),
            pairs(&[("July 2021", "2021-07"), ("1 November", "2021-11-01")])
        );
    }

    #[test]
    fn a_year_earlier_counts_from_the_sole_date_of_the_paragraph_before() {
        assert_eq!(
            in_march("Quarnby sales rose 4% in February.\n\nThey reached 90 units, up from 80 a year earlier."),
            pairs(&[("February", "2024-02"), ("a year earlier", "2023-02")])
        );
        assert_eq!(
            in_march("Quarnby sales rose in February and fell in January.\n\nThey reached 90 units, up from 80 a year earlier."),
            pairs(&[
                ("February", "2024-02"),
                ("January", "2024-01"),
                ("a year earlier", "null")
            ])
        );
    }

    #[test]
    fn years_and_a_half_ago_are_a_month() {
        assert_eq!(
            in_march("Half a year ago the yard was empty."),
            pairs(&[("Half a year ago", "2023-09")])
        );
        assert_eq!(
            in_march("The yard was empty a year and a half ago."),
            pairs(&[("a year and a half ago", "2022-09")])
        );
        assert_eq!(
            in_march("Three and a half years ago the yard was empty."),
            pairs(&[("Three and a half years ago", "2020-09")])
        );
    }

    #[test]
    fn a_compared_month_takes_the_year_of_the_other_side() {
        assert_eq!(
            in_march("Traders now see the vote in June 2026, compared with October earlier."),
            pairs(&[("June 2026", "2026-06"), ("October", "2026-10")])
        );
        assert_eq!(
            in_march("Traders now see the vote in June, rather than October."),
            pairs(&[("June", "2023-06"), ("October", "2023-10")])
        );
    }

    #[test]
    fn month_day_or_holiday_of_that_year_takes_the_year_told_before() {
        assert_eq!(
            in_march(
                "The review opened in February 1981. Its findings, released in October of that \
                 year, faulted the port board."
            ),
            pairs(&[("February 1981", "1981-02"), ("October", "1981-10")])
        );
        assert_eq!(
            in_march("The fund grew in 2016. One gift arrived on Christmas Day that year."),
            pairs(&[("2016", "2016"), ("Christmas Day", "2016-12-25")])
        );
        assert_eq!(
            in_march("Ms Tarrow joined on 2 May 2018 and quit on 7 July of the same year."),
            pairs(&[("2 May 2018", "2018-05-02"), ("7 July", "2018-07-07")])
        );
    }

    #[test]
    fn that_year_does_not_reach_past_a_few_sentences_or_a_month_of_its_own_words() {
        let far = "The dock was built in 1962. It was painted. It was sold. It was renamed. \
                   A fire broke out in June of that year.";
        assert_eq!(
            texts_values(far, march_fifth())
                .last()
                .map(|(_, v)| v.clone()),
            Some(Some("2023-06".into()))
        );
        assert_eq!(
            in_march("The mill shut in 1999. It reopened in May last year."),
            pairs(&[("1999", "1999"), ("May last year", "2023-05")])
        );
    }

    #[test]
    fn weekend_of_two_named_days_is_their_weekend() {
        assert_eq!(
            in_march("Repairs planned for the weekend of 13 and 14 April will go ahead."),
            pairs(&[
                ("the weekend", "2024-W15-WE"),
                ("13", "2024-04-13"),
                ("14 April", "2024-04-14")
            ])
        );
        assert_eq!(
            in_march("The weekend after the vote was quiet."),
            pairs(&[("The weekend", "2024-W09-WE")])
        );
    }

    #[test]
    fn weekday_before_or_after_a_day_counts_from_that_day() {
        assert_eq!(
            in_march("Stalls stay open late on the Thursday before Christmas."),
            pairs(&[("Thursday", "2024-12-19"), ("Christmas", "2024-12-25")])
        );
        assert_eq!(
            in_march("The fair returns on the Monday after 18 May."),
            pairs(&[("Monday", "2024-05-20"), ("18 May", "2024-05-18")])
        );
        assert_eq!(
            in_march("The talks resume on Thursday before the summit on 18 May."),
            pairs(&[("Thursday", "2024-03-07"), ("18 May", "2024-05-18")])
        );
    }

    #[test]
    fn open_after_a_verb_of_a_stay_is_no_future() {
        assert_eq!(
            in_march("The ferry office stayed open until the summer, when it shut."),
            pairs(&[("summer", "2023-SU")])
        );
        assert_eq!(
            in_march("The ferry office will stay open until the summer."),
            pairs(&[("summer", "2024-SU")])
        );
        assert_eq!(
            in_march("The depot is to open in the summer."),
            pairs(&[("summer", "2024-SU")])
        );
    }

    #[test]
    fn an_expectation_with_its_object_looks_ahead() {
        assert_eq!(
            in_march("The ferry line said it expected long queues on Thursday."),
            pairs(&[("Thursday", "2024-03-07")])
        );
        assert_eq!(
            in_march("Crowds were expected in the square on Monday."),
            pairs(&[("Monday", "2024-03-04")])
        );
        assert_eq!(
            in_march("Mr Pardo had expected a reply on Friday."),
            pairs(&[("Friday", "2024-03-01")])
        );
        assert_eq!(
            in_march("The expected fall in fares in August never came."),
            pairs(&[("August", "2023-08")])
        );
    }

    #[test]
    fn an_event_on_a_day_before_a_modal_is_to_come() {
        assert_eq!(
            in_march("Organisers said the ceremony on Sunday would be the last of its kind."),
            pairs(&[("Sunday", "2024-03-10")])
        );
        assert_eq!(
            in_march("The league said kick-off on Saturday would be moved to noon."),
            pairs(&[("Saturday", "2024-03-09"), ("noon", "2024-03-09")])
        );
        assert_eq!(
            in_march("Officials said the offer on Friday would be the final one."),
            pairs(&[("Friday", "2024-03-01")])
        );
        assert_eq!(
            in_march("The vote on Sunday would have been the first."),
            pairs(&[("Sunday", "2024-03-03")])
        );
        assert_eq!(
            in_march("The rally on Sunday will be remembered for its size."),
            pairs(&[("Sunday", "2024-03-03")])
        );
    }

    #[test]
    fn to_be_and_a_participle_of_a_plan_looks_ahead() {
        assert_eq!(
            in_march("Ms Vell said the grant, to be paid in December, would cover rent."),
            pairs(&[("December", "2024-12")])
        );
        assert_eq!(
            in_march("The fee was said to be paid in April."),
            pairs(&[("April", "2023-04")])
        );
    }

    #[test]
    fn a_passive_after_would_be_is_no_past() {
        assert_eq!(
            in_march("The minister said the rise would be announced at the budget on 30 April."),
            pairs(&[("30 April", "2024-04-30")])
        );
        assert_eq!(
            in_march("The minister said the rise had been announced on 30 April."),
            pairs(&[("30 April", "2023-04-30")])
        );
    }

    #[test]
    fn a_plan_given_up_is_the_nearest_date() {
        assert_eq!(
            in_march("The final, originally scheduled for 10 December, was moved to June."),
            pairs(&[("10 December", "2023-12-10"), ("June", "2024-06")])
        );
        assert_eq!(
            in_march("The rally was originally set for April but was postponed."),
            pairs(&[("April", "2024-04")])
        );
        assert_eq!(
            in_march("The final is scheduled for 10 December."),
            pairs(&[("10 December", "2024-12-10")])
        );
    }

    #[test]
    fn a_holiday_that_falls_on_a_day_takes_its_year() {
        let december = Some(Date::new(2023, 12, 1).unwrap());
        assert_eq!(
            texts_values(
                "Easter falls on 31 March next year, the vicar noted.",
                december
            ),
            vec![
                ("Easter".to_string(), Some("2024-03-31".to_string())),
                (
                    "31 March next year".to_string(),
                    Some("2024-03-31".to_string())
                ),
            ]
        );
        let wrong_day = texts_values("Easter falls on 2 April next year.", december);
        assert_ne!(
            wrong_day.first().and_then(|(_, v)| v.as_deref()),
            Some("2024-04-02")
        );
    }

    #[test]
    fn a_long_attribution_after_a_closing_quote_is_left_out() {
        let september = Some(Date::new(2025, 9, 26).unwrap());
        let ahead = "\"No trains in the first week of October is the last thing we need,\" said \
                     Ada Quist of the Lindholm Chamber of Commerce.";
        assert_eq!(
            texts_values(ahead, september),
            vec![(
                "the first week of October".to_string(),
                Some("2025-W40".to_string())
            )]
        );
        let gone = "\"Sales fell in the first week of October,\" said Ada Quist of the chamber.";
        assert_eq!(
            texts_values(gone, september),
            vec![(
                "the first week of October".to_string(),
                Some("2024-W40".to_string())
            )]
        );
    }

    /// Each mention's value in `text` read on Tuesday 5 March 2024, in order.
    fn march_values(text: &str) -> Vec<(String, Option<String>)> {
        texts_values(text, Some(Date::new(2024, 3, 5).unwrap()))
    }

    #[test]
    fn a_bare_weekday_labelling_a_listing_entry_follows_the_dated_entries() {
        let listing = "The Quarrendon fair opens next week with events every day.\n\n\
                       Thursday: choir recital, 7pm\n\n\
                       Friday 15 March: cheese market\n\n\
                       Saturday: puppet show, 11am\n\n\
                       Monday 18 March: closing dance\n";
        let values = march_values(listing);
        let of = |wanted: &str| {
            values
                .iter()
                .find(|(t, _)| t == wanted)
                .and_then(|(_, v)| v.clone())
        };
        assert_eq!(of("Thursday").as_deref(), Some("2024-03-14"));
        assert_eq!(of("Saturday").as_deref(), Some("2024-03-16"));
        assert_eq!(of("11am").as_deref(), Some("2024-03-16"));
    }

    #[test]
    fn a_listing_without_dated_entries_and_a_weekday_in_prose_keep_their_reading() {
        // No entry carries a full date: nothing to follow.
        let results = "The league played a full round.\n\n\
                       Saturday: Rovers 2 Athletic 1\n\n\
                       Sunday: Wanderers 0 United 0\n";
        let values = march_values(results);
        assert_eq!(values[0].1.as_deref(), Some("2024-03-02"));
        assert_eq!(values[1].1.as_deref(), Some("2024-03-03"));
        // A weekday inside an entry's text is no label.
        let prose = "Friday 15 March: the market that was rained off on Saturday returns.\n";
        assert_eq!(
            march_value(prose, "Saturday").as_deref(),
            Some("2024-03-02")
        );
    }

    #[test]
    fn an_ability_in_the_present_sets_its_weekday_ahead() {
        let travel = "Cyclists can ride the new path on Friday.";
        assert_eq!(march_value(travel, "Friday").as_deref(), Some("2024-03-08"));
        let able = "Members are able to vote on Friday, the club said.";
        assert_eq!(march_value(able, "Friday").as_deref(), Some("2024-03-08"));
        let sale = "Seats for the gala go on sale on Friday.";
        assert_eq!(march_value(sale, "Friday").as_deref(), Some("2024-03-08"));
    }

    #[test]
    fn an_ability_to_tell_of_the_past_and_a_past_ability_stay_past() {
        let recall = "Ms Quarrie can't recall what happened on Friday.";
        assert_eq!(march_value(recall, "Friday").as_deref(), Some("2024-03-01"));
        let were_able = "Voters were able to register on Friday.";
        assert_eq!(
            march_value(were_able, "Friday").as_deref(),
            Some("2024-03-01")
        );
        let went = "Seats for the gala went on sale on Friday.";
        assert_eq!(march_value(went, "Friday").as_deref(), Some("2024-03-01"));
    }

    #[test]
    fn a_participle_of_motion_with_a_direction_sets_its_weekday_ahead() {
        let ahead = "Hail sweeping west on Thursday will reach Dunmarrow by dusk.";
        assert_eq!(
            march_value(ahead, "Thursday").as_deref(),
            Some("2024-03-07")
        );
        let past = "Hail sweeping west on Thursday flattened crops near Dunmarrow.";
        assert_eq!(march_value(past, "Thursday").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn a_movement_after_with_in_a_present_sentence_is_to_come() {
        let ahead = "The mild spell is ending, with sleet pushing inland on Thursday.";
        assert_eq!(
            march_value(ahead, "Thursday").as_deref(),
            Some("2024-03-07")
        );
        // A past main verb, or no place phrase after the participle, keeps the day gone by.
        let hit = "The gale struck Orlow, with sleet pushing inland on Thursday.";
        assert_eq!(march_value(hit, "Thursday").as_deref(), Some("2024-02-29"));
        let search = "Police are appealing for help, with officers searching the lane on Thursday.";
        assert_eq!(
            march_value(search, "Thursday").as_deref(),
            Some("2024-02-29")
        );
    }

    /// The value of the mention `wanted` in `text`, in an article of Wednesday 13 November 2024.
    fn november_value(text: &str, wanted: &str) -> Option<String> {
        texts_values(text, Some(Date::new(2024, 11, 13).unwrap()))
            .into_iter()
            .find(|(t, _)| t == wanted)
            .and_then(|(_, v)| v)
    }

    #[test]
    fn a_month_opening_a_clause_of_the_future_is_the_one_to_come() {
        let ahead = "In March, the valley will choose its mayor.";
        assert_eq!(november_value(ahead, "March").as_deref(), Some("2025-03"));
        let day = "On 3 February, the ferry will stop running.";
        assert_eq!(
            november_value(day, "3 February").as_deref(),
            Some("2025-02-03")
        );
        // A past main clause, or a past verb of saying before the future, keeps the month gone by.
        let past = "In March, the valley chose its mayor.";
        assert_eq!(november_value(past, "March").as_deref(), Some("2024-03"));
        let told = "In March, Ilka Varr said the ferry would stop running.";
        assert_eq!(november_value(told, "March").as_deref(), Some("2024-03"));
    }

    #[test]
    fn a_singular_shuts_or_a_finish_sets_a_timetable_ahead() {
        let shuts = "The entry portal shuts on 9 February.";
        assert_eq!(
            november_value(shuts, "9 February").as_deref(),
            Some("2025-02-09")
        );
        let finish = "Exams at Corbel Academy finish on 18 June.";
        assert_eq!(
            november_value(finish, "18 June").as_deref(),
            Some("2025-06-18")
        );
        let weekday = "The depot shuts on Friday.";
        assert_eq!(
            november_value(weekday, "Friday").as_deref(),
            Some("2024-11-15")
        );
        // The plural "shut" is also the past.
        let plural = "Schools in Larrow shut on Friday.";
        assert_eq!(
            november_value(plural, "Friday").as_deref(),
            Some("2024-11-08")
        );
    }

    #[test]
    fn a_past_participle_right_before_the_date_outweighs_an_earlier_future() {
        let ruled = "The trial will begin on 14 April, a judge ruled on Thursday.";
        assert_eq!(
            november_value(ruled, "Thursday").as_deref(),
            Some("2024-11-07")
        );
        let published = "Pupils will sit papers next year under a timetable published on Monday.";
        assert_eq!(
            november_value(published, "Monday").as_deref(),
            Some("2024-11-11")
        );
        let month = "The code will replace rules introduced in March.";
        assert_eq!(november_value(month, "March").as_deref(), Some("2024-03"));
        // A passive of the future, a participle after "and", or one of a plan stays ahead.
        for ahead in [
            "The final will be finally decided on Thursday.",
            "The tie will be moved and replayed on Thursday.",
            "The club will host the rescheduled game on Thursday.",
            "Members will attend a vote planned on Thursday.",
        ] {
            assert_eq!(
                november_value(ahead, "Thursday").as_deref(),
                Some("2024-11-14"),
                "{ahead}"
            );
        }
    }

    #[test]
    fn a_closing_attribution_leaves_a_present_timetable_ahead() {
        let said = "Sleet is forecast for Thursday, forecasters said.";
        assert_eq!(
            november_value(said, "Thursday").as_deref(),
            Some("2024-11-14")
        );
        let host = "Brennock host Ardley on Saturday, the club said.";
        assert_eq!(
            november_value(host, "Saturday").as_deref(),
            Some("2024-11-16")
        );
        // A timetable told in the past stays in the past.
        let was = "Sleet was forecast for Thursday, forecasters said.";
        assert_eq!(
            november_value(was, "Thursday").as_deref(),
            Some("2024-11-07")
        );
    }

    #[test]
    fn a_wait_until_a_season_under_way_is_for_the_next_one() {
        let ahead = "The council will not put the vote off until the autumn.";
        assert_eq!(november_value(ahead, "autumn").as_deref(), Some("2025-FA"));
        // Told in the past, or at the season's first month, the season is this year's.
        let past = "The vote was put off until the autumn.";
        assert_eq!(november_value(past, "autumn").as_deref(), Some("2024-FA"));
        let early = texts_values(ahead, Some(Date::new(2024, 9, 10).unwrap()));
        assert_eq!(early[0].1.as_deref(), Some("2024-FA"));
    }

    #[test]
    fn a_season_told_from_the_date_before_it() {
        let text = "The quarry at Dunmere shut in 1963. It reopened that autumn, and a new \
                    kiln was lit the following spring.";
        assert_eq!(march_value(text, "that autumn").as_deref(), Some("1963-FA"));
        assert_eq!(
            march_value(text, "the following spring").as_deref(),
            Some("1964-SP")
        );
        // From a month or a season: the first such season after it, or the last before it.
        let month = "The toll road opened in October 1988. The next summer, traffic doubled.";
        assert_eq!(
            march_value(month, "The next summer").as_deref(),
            Some("1989-SU")
        );
        let season = "Pickers arrived in the summer of 2009. The following autumn they left.";
        assert_eq!(
            march_value(season, "The following autumn").as_deref(),
            Some("2009-FA")
        );
        let back = "The lock was rebuilt in June 1931. The previous winter, it had burst.";
        assert_eq!(
            march_value(back, "The previous winter").as_deref(),
            Some("1930-WI")
        );
        // With no date told before it, the season is placed from the article's date.
        assert_eq!(
            march_value("The ferry ran again that summer.", "that summer").as_deref(),
            Some("2024-SU")
        );
        // Too far from the last date told, it has no value.
        let far = "The pier burnt down in 1974. Crowds came. Boats left. Gulls stayed. \
                   Rain fell. That winter, nobody came.";
        let found = texts_values(far, Date::new(2024, 3, 5).ok());
        assert_eq!(
            found.last(),
            Some(&("That winter".to_string(), None::<String>))
        );
    }

    #[test]
    fn a_season_word_after_that_or_next_that_is_no_told_season() {
        let none = |text: &str| {
            let found = run(text, Date::new(2024, 3, 5).ok());
            assert!(found.is_empty(), "{text}: {found:?}");
        };
        // "that" opening a clause of saying, a season word before a noun, a name, and a fall.
        none("Forecasters warned that winter would be long.");
        none("Growers hope that summer is kinder to them.");
        none("The club will sign a striker in the next summer transfer window.");
        none("Athletes trained hard for the following Summer Games.");
        none("Shares never recovered from that fall in value.");
        // "next summer" with no "the" stays with the article's date.
        assert_eq!(
            march_value("The pool reopens next summer.", "next summer").as_deref(),
            Some("2025-SU")
        );
    }

    #[test]
    fn a_month_after_a_year_opening_its_sentence_takes_that_year() {
        let same = "In 1987 the tannery closed, and in May the last hides were sold.";
        assert_eq!(march_value(same, "May").as_deref(), Some("1987-05"));
        let next = "In 1952 the canal froze. In February the barges were cut free.";
        assert_eq!(march_value(next, "February").as_deref(), Some("1952-02"));
        let day = "In 1995 the works flooded. On 3 January the pumps failed.";
        assert_eq!(march_value(day, "3 January").as_deref(), Some("1995-01-03"));
    }

    #[test]
    fn a_month_after_a_year_inside_its_clause_or_from_now_keeps_its_reading() {
        // A year inside a clause is background.
        let inside = "The rule, passed in 2019, was struck down in January.";
        assert_eq!(march_value(inside, "January").as_deref(), Some("2024-01"));
        // A month with a word of its own, or told ahead, keeps its reading.
        let own = "In 1990 the bank failed. Last February the vault was sold.";
        assert_eq!(
            march_value(own, "Last February").as_deref(),
            Some("2024-02")
        );
        let ahead = "In 2011 the mill shut. It will reopen in June.";
        assert_eq!(march_value(ahead, "June").as_deref(), Some("2024-06"));
        // A paragraph further on is another story.
        let apart = "In 1966 the dock closed.\n\nIn January the crane was sold.";
        assert_eq!(march_value(apart, "January").as_deref(), Some("2024-01"));
    }

    #[test]
    fn a_clock_time_takes_the_day_of_the_sentence_before() {
        let after = "A lorry stopped at the depot at 8.15pm on Friday. It drove off at 9.40pm.";
        let found = run(after, Date::new(2024, 3, 5).ok());
        let late = found.iter().find(|d| d.text == "9.40pm").unwrap();
        assert_eq!(late.value.as_deref(), Some("2024-03-01"));
        assert_eq!(late.time.as_deref(), Some("21:40"));
        let that = "The shop reopens on Thursday. At 8am that morning the staff will meet.";
        assert_eq!(march_value(that, "8am").as_deref(), Some("2024-03-07"));
    }

    #[test]
    fn a_clock_time_keeps_no_day_when_the_sentence_before_gives_no_single_one() {
        let none = |text: &str, time: &str| {
            assert_eq!(march_value(text, time), None, "{text}");
        };
        // A routine, a present timetable, and a time earlier in the day than the one before.
        none(
            "The hall reopened on Monday. It was open from 9am every day.",
            "9am",
        );
        none(
            "The museum reopened on Monday. It is open until 5pm.",
            "5pm",
        );
        none(
            "Guards left at 11pm on Friday. The alarm sounded at 2am.",
            "2am",
        );
        // Two days before, or a day in another paragraph.
        none(
            "Rain fell on Friday and on Sunday. The river rose at 6pm.",
            "6pm",
        );
        none(
            "Police were called on Friday.\n\nThe crowd left at 6pm.",
            "6pm",
        );
    }

    #[test]
    fn a_part_of_a_season_is_that_season_with_its_modifier() {
        let read = |text: &str| {
            let found = run(text, Date::new(2024, 3, 5).ok());
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            let d = &found[0];
            (d.text.clone(), d.value.clone(), d.modifier.clone())
        };
        assert_eq!(
            read("The roof will be finished by the end of the summer."),
            (
                "the end of the summer".into(),
                Some("2024-SU".into()),
                Some("END".into())
            )
        );
        // Told in the past, the last such season; a word of its own places it from now.
        assert_eq!(
            read("The ferry stopped at the start of the winter.").1,
            Some("2023-WI".into())
        );
        assert_eq!(
            read("Fares rose until the end of last summer.").1,
            Some("2023-SU".into())
        );
        assert_eq!(
            read("The quay reopened towards the middle of the autumn of 2016."),
            (
                "the middle of the autumn of 2016".into(),
                Some("2016-FA".into()),
                Some("MID".into())
            )
        );
    }

    #[test]
    fn a_part_of_a_season_in_a_habit_a_fall_of_prices_or_a_past_plan() {
        let none = |text: &str| {
            let found = run(text, Date::new(2024, 3, 5).ok());
            assert!(found.is_empty(), "{text}: {found:?}");
        };
        none("Swallows leave at the end of the summer.");
        // A plan told in the past is of the season gone by.
        let autumn = Date::new(2024, 10, 9).ok();
        let planned = "Towns were to get their targets by the end of the summer.";
        assert_eq!(run(planned, autumn)[0].value.as_deref(), Some("2024-SU"));
        none("Shares slid at the end of the fall in prices.");
        none("The cheese sold well at the summer fair.");
    }
}
