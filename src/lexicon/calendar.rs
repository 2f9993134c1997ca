//! Calendar words of general English: month and weekday names with their abbreviations, parts of
//! the day, time-zone abbreviations. Data, and the one lookup both the header reader and the date
//! extractor need (the month a word names); the date extractor builds its patterns from these.

/// Words before a month abbreviation written alone with its full stop that make it the month
/// ("in Feb.", "since Sept.", "the end of Dec."), lower case.
pub const ABBREVIATED_MONTH_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of",
    "early", "late",
];

/// Words that set a season with no "last", "this" or "next" before it ("in the spring",
/// "since the summer", "over the winter", "planned for the autumn"), lower case.
pub const SEASON_LEAD_WORDS: &[&str] = &[
    "in",
    "from",
    "until",
    "till",
    "after",
    "before",
    "by",
    "since",
    "over",
    "during",
    "throughout",
    "for",
];

/// Words that set a season only with a part of it named after them ("at the end of the
/// summer", "towards the start of the winter"; not "at the summer fair"), besides
/// [`SEASON_LEAD_WORDS`], lower case.
pub const SEASON_PART_LEAD_WORDS: &[&str] = &["at", "toward", "towards"];

/// Words after "fall" that make it the noun of a drop or tumble, not the season ("the fall in
/// prices", "the fall of the regime", "the fall from the roof"), lower case.
pub const FALL_NOUN_FOLLOWERS: &[&str] = &[
    "in", "of", "from", "to", "on", "at", "by", "below", "under", "since", "over", "off", "out",
    "into", "was", "is", "has", "had", "came", "comes", "followed", "left", "wiped", "hit",
];

/// Full month names with their month number.
pub const MONTHS: &[(&str, i8)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
];

/// Month abbreviations (written with or without a full stop) with their month number.
pub const MONTH_ABBREVIATIONS: &[(&str, i8)] = &[
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Holidays on a fixed day of the year, with their month and day. An apostrophe here also stands
/// for a curly one in the text. Holidays that differ by country ("Independence Day") are not
/// dates of their own; a name of several days' feast ("Christmas") is listed after the days it
/// opens ("Christmas Eve") and stands alone only as [`BARE_HOLIDAYS`] allow.
pub const FIXED_HOLIDAYS: &[(&str, i8, i8)] = &[
    ("Fourth of July", 7, 4),
    ("New Year's Day", 1, 1),
    ("Valentine's Day", 2, 14),
    ("St Patrick's Day", 3, 17),
    ("St. Patrick's Day", 3, 17),
    ("Anzac Day", 4, 25),
    ("May Day", 5, 1),
    ("Bastille Day", 7, 14),
    ("Halloween", 10, 31),
    ("Guy Fawkes Night", 11, 5),
    ("Bonfire Night", 11, 5),
    ("Armistice Day", 11, 11),
    ("Remembrance Day", 11, 11),
    ("Veterans Day", 11, 11),
    ("Christmas Eve", 12, 24),
    ("Christmas Day", 12, 25),
    ("Boxing Day", 12, 26),
    ("New Year's Eve", 12, 31),
    ("Christmas", 12, 25),
];

/// Holidays fixed by Easter Sunday, with their distance from it in days, longer names first.
pub const EASTER_HOLIDAYS: &[(&str, i8)] = &[
    ("Good Friday", -2),
    ("Easter Sunday", 0),
    ("Easter Monday", 1),
    ("Easter", 0),
];

/// Holidays on the nth weekday of a month (a negative n counts from the month's end), with the
/// month, n and the weekday's name, longer names first.
pub const WEEKDAY_HOLIDAYS: &[(&str, i8, i8, &str)] = &[
    ("Thanksgiving Day", 11, 4, "Thursday"),
    ("Thanksgiving", 11, 4, "Thursday"),
    ("Labor Day", 9, 1, "Monday"),
    ("Memorial Day", 5, -1, "Monday"),
];

/// Holiday names that are also a season or part of other names ("Christmas shopping", "Easter
/// Island"): a date only after one of [`BARE_HOLIDAY_PREPOSITIONS`] and not before a capitalised
/// word.
pub const BARE_HOLIDAYS: &[&str] = &["Christmas", "Easter", "Thanksgiving"];

/// Words before a bare holiday name that make it the day (`over Easter`, `since Christmas`);
/// "of" and "to" are left out, as they come before compounds too (`rows of Christmas stalls`).
pub const BARE_HOLIDAY_PREPOSITIONS: &[&str] = &[
    "after", "around", "at", "before", "by", "during", "for", "on", "over", "since", "till",
    "until",
];

/// Prepositions of two words before a bare holiday name that make it the day, as (first,
/// second) in lower case: "ahead of Christmas", "in the run-up to Easter", "leading up to
/// Thanksgiving" (the last word of letters of "run-up" is "up").
pub const BARE_HOLIDAY_TWO_WORD_PREPOSITIONS: &[(&str, &str)] = &[("ahead", "of"), ("up", "to")];

/// The month `word` names, full or abbreviated, in any case ("March", "SEPT", "Jan").
pub fn month_number(word: &str) -> Option<i8> {
    MONTHS
        .iter()
        .chain(MONTH_ABBREVIATIONS)
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, month)| month)
}

/// The month and day of two numbers written day and month in either order (`15/02`,
/// `02/15`), when the order is plain: a first number above 12 is the day, a second one above 12
/// is, or both are the same. `03/04` may be the 3rd of April or March 4 and gives `None`.
pub fn plain_month_day(first: i8, second: i8) -> Option<(i8, i8)> {
    if first == second || (first > 12 && second <= 12) {
        Some((second, first))
    } else if second > 12 && first <= 12 {
        Some((first, second))
    } else {
        None
    }
}

/// Words of a time adverbial that may stand between a speaker and the verb of speech (`Ravi
/// Kumar on Monday said`, `the minister yesterday told`), lower case; weekdays count too.
pub const TIME_ADVERBIAL_WORDS: &[&str] = &[
    "on",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "week",
    "night",
    "morning",
    "afternoon",
    "evening",
];

/// Weekday names, Monday first.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Weekday abbreviations, as written in the date line of a web page ("Mon 10 Feb 2020").
pub const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Words between "the" and a weekday that place it before the day told just before ("the
/// previous Tuesday", "the preceding Friday"), lower case.
pub const WEEKDAY_SHIFT_LEADS: &[&str] = &["preceding", "previous"];

/// Words between "the" and a weekday that place it after the day told just before ("the
/// following Monday"), lower case.
pub const WEEKDAY_SHIFT_LEADS_AHEAD: &[&str] = &["following"];

/// Whether `word` names a weekday, in full or abbreviated, in any case.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS
        .iter()
        .chain(WEEKDAY_ABBREVIATIONS)
        .any(|name| name.eq_ignore_ascii_case(word))
}

/// Capitalised words that make a weekday part of a name ("Black Friday", "Super Tuesday",
/// "Bloody Sunday", "Good Friday"): no date of this week.
pub const NAMED_DAY_PREFIXES: &[&str] = &[
    "Black", "Good", "Super", "Cyber", "Bloody", "Ash", "Maundy", "Palm", "Holy", "Easter",
    "Shrove", "Giving", "Blue", "Mad", "Manic", "Whit", "Low", "Big",
];

/// Nouns of events set for a day, which make a weekday before them one day ("faces a Friday
/// vote", "Sunday's election will decide", "sailings on Friday would be cancelled") rather than
/// any such day ("on a Friday afternoon").
pub const SCHEDULED_EVENT_NOUNS: &[&str] = &[
    "deadline",
    "vote",
    "votes",
    "ballot",
    "election",
    "referendum",
    "poll",
    "meeting",
    "meetings",
    "hearing",
    "summit",
    "session",
    "debate",
    "briefing",
    "announcement",
    "speech",
    "rally",
    "match",
    "game",
    "final",
    "launch",
    "sentencing",
    "trial",
    "talks",
    "deal",
    "ultimatum",
    "cutoff",
    "cut-off",
    "opening",
    "kickoff",
    "kick-off",
    "rematch",
    "showdown",
    "primary",
    "runoff",
    "run-off",
    "strike",
    "walkout",
    "service",
    "ceremony",
    "fixture",
    "race",
    "sailing",
    "sailings",
    "crossing",
    "crossings",
    "flight",
    "flights",
    "departure",
    "departures",
    "services",
    "party",
    "parade",
    "festival",
    "concert",
    "fair",
    "gala",
    "fete",
    "celebration",
    "celebrations",
    "exhibition",
    "reception",
    "tournament",
    "auction",
];

/// Verbs in the present, lower case, by which a day or a weekend as their subject tells what it
/// holds in a forecast or an outlook ("Thursday sees gales", "the weekend promises sun"):
/// the day is one to come.
pub const OUTLOOK_VERBS: &[&str] = &["brings", "looks", "promises", "sees"];

/// Participles after "will be" or "would be" that set an event of [`SCHEDULED_EVENT_NOUNS`] in a
/// timetable ("the match on Saturday will be played behind closed doors", "would be moved"),
/// unlike those that look back on it ("will be remembered", "would be investigated").
pub const EVENT_TIMETABLE_PARTICIPLES: &[&str] = &[
    "attended",
    "broadcast",
    "brought",
    "cancelled",
    "canceled",
    "delayed",
    "held",
    "hosted",
    "moved",
    "played",
    "postponed",
    "rescheduled",
    "shown",
    "staged",
    "televised",
];

/// Nouns of a time limit: a weekday before one is to come unless its clause tells of the past
/// ("Congress has a Friday deadline", "missed Friday's deadline").
pub const DEADLINE_NOUNS: &[&str] = &["deadline", "ultimatum", "cutoff", "cut-off"];

/// Nouns of a date set as a limit, lower case: with [`DEADLINE_NOUNS`], the nouns whose day
/// follows "of" ("an end date of 31 December", "a deadline of June 30", "a cut-off of May 1")
/// name a day to come unless the clause tells of the past ("missed a deadline of 31 January").
pub const LIMIT_DATE_NOUNS: &[&str] = &[
    "cutoff date",
    "cut-off date",
    "end date",
    "due date",
    "closing date",
    "expiry date",
    "expiration date",
    "target date",
    "completion date",
    "longstop date",
    "long-stop date",
];

/// Verbs that move an event to a later (or earlier) day, lower case, a particle after some:
/// before "until", "to" or "for" and a date ("the vote was deferred until Friday", "postponed to
/// Tuesday", "pushed back to March") they name the day it now falls on, still to come.
pub const POSTPONEMENT_VERBS: &[&str] = &[
    "adjourned",
    "brought forward",
    "deferred",
    "delayed",
    "postponed",
    "pushed back",
    "put back",
    "put off",
    "rescheduled",
];

/// Verbs of a stay that a date after "until" ends, lower case: "was held until Monday", "stayed
/// at the farm until Friday", "remained closed until Saturday" tell of a past span even beside a word of
/// [`MEASURE_IN_FORCE_WORDS`] ("arrested for breaking the curfew and held until Monday").
pub const PAST_SPAN_VERBS: &[&str] = &[
    "held",
    "detained",
    "kept",
    "stayed",
    "remained",
    "waited",
    "lasted",
    "worked",
    "played",
    "lived",
    "jailed",
    "questioned",
    "hospitalised",
    "hospitalized",
];

/// Words of a measure in force for a time: a warning, a closure, a ban, an order, or the verb
/// that puts one in place ("issued a flood warning through Friday", "classes were canceled
/// until Monday"). In a clause of the past, a date after "until", "till" or "through" still
/// ends a time that runs ahead ("He was held until Monday" has none of them).
pub const MEASURE_IN_FORCE_WORDS: &[&str] = &[
    "advisories",
    "advisory",
    "alert",
    "alerts",
    "ban",
    "banned",
    "bans",
    "canceled",
    "cancelled",
    "closed",
    "closure",
    "closures",
    "curfew",
    "curfews",
    "halted",
    "lockdown",
    "moratorium",
    "order",
    "orders",
    "restrictions",
    "shut",
    "suspended",
    "suspension",
    "warning",
    "warnings",
    "watch",
    "watches",
];

/// Words before "noon" or "midnight" that make it a time of day ("at noon", "by midnight").
pub const TIME_PREPOSITIONS: &[&str] = &[
    "at", "by", "until", "till", "after", "before", "from", "to", "around", "about", "past",
    "since", "near",
];

/// Prepositions that may open a sentence with a date whose main clause then sets its tense
/// ("From Monday, masks will be required", "By the summer we shall have…").
pub const CLAUSE_OPENING_TIME_PREPOSITIONS: &[&str] = &["on", "from", "by", "until", "in"];

/// Words of a place's opening hours in the present: with one of them, a range of weekdays tells
/// the days it keeps open each week ("The pool is open from Monday to Saturday").
pub const OPENING_HOURS_WORDS: &[&str] = &["open", "opens"];

/// Words before a clock time that could be read as a figure — written with a point and nothing
/// else ("at 10.30", "until 22.15"), or four figures with "hours" after them ("at 1800 hours",
/// not "worked 1800 hours") — that make it a time of day.
pub const CLOCK_FIGURE_PREPOSITIONS: &[&str] = &[
    "after", "at", "before", "between", "by", "from", "since", "till", "until",
];

/// Verbs right before a clock time that make it a time taken to race ("clocked 3:29.6",
/// "clocking 1:56"), lower case.
pub const RACE_TIME_LEADS: &[&str] = &["clocked", "clocking", "clocks"];

/// Nouns before "of" and a clock time that make it a time taken to race ("a time of 1:56", "a
/// winning time of 2:05:11", "a personal best of 13:05", "the course record of 29:02"), lower
/// case.
pub const RACE_TIME_NOUNS: &[&str] = &["time", "best", "record"];

/// Prepositions right before a bare clock figure of minutes and seconds that make it a time
/// taken to race ("won in 27:43"): a time of day is told "at" its hour, never "in" it.
pub const RACE_TIME_PREPOSITIONS: &[&str] = &["in"];

/// Words after a clock time written with a point that go with a time of day ("at 10.30 on
/// Monday", "at 8.15 this morning", "from 10.30 to 11.15").
pub const DOTTED_TIME_FOLLOWERS: &[&str] = &[
    "and",
    "hours",
    "hrs",
    "in",
    "last",
    "local",
    "next",
    "on",
    "this",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "until",
    "when",
    "yesterday",
];

/// Words before "2100" that make it a year ("by 2100", "until 2100") rather than a count.
pub const FAR_YEAR_CUES: &[&str] = &["before", "by", "in", "until", "till"];

/// Words naming a part of the day ("Friday morning", "Monday night").
pub const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// The parts of [`PARTS_OF_DAY`] that close a day ("Friday night", "overnight on Friday"): a time
/// of the small hours told after one is of the next day.
pub const NIGHT_PARTS_OF_DAY: &[&str] = &["evening", "night", "overnight"];

/// Time-zone abbreviations written after a clock time ("21:00 GMT", "09:15 SAST"), as news
/// outlets around the world print them: universal time, Europe, Africa, the Middle East, Asia,
/// Australia and New Zealand, the Americas and the Pacific. They only mark a clock time as local
/// time; no offset is taken from them, so a zone shared by two places ("IST", "GST") is harmless.
pub const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "WET", "WEST", "BST", "IST", "CET", "CEST", "EET", "EEST", "MSK", "TRT", "WAT",
    "CAT", "SAST", "EAT", "AST", "GST", "IRST", "PKT", "NPT", "BDT", "ICT", "WIB", "WITA", "MYT",
    "SGT", "PHT", "PHST", "HKT", "CST", "KST", "JST", "AWST", "ACST", "ACDT", "AEST", "AEDT",
    "NZST", "NZDT", "ET", "EST", "EDT", "CT", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
    "AKST", "AKDT", "HST", "ADT", "NST", "NDT", "BRT", "CLT", "VET",
];

/// The North American time zones of [`TIME_ZONES`]: beside a clock on a date line they mark the
/// American stamp, whose date in digits is written month first (`11/05/2025 06:02 AM EST`).
pub const NORTH_AMERICAN_TIME_ZONES: &[&str] = &[
    "ET", "EST", "EDT", "CT", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST",
];

/// Ordinals that number a quarter or a half of a year ("third quarter", "second half"), with
/// the number; "final" is the last of them.
pub const PERIOD_ORDINALS: &[(&str, i8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("final", 4),
];

/// Ordinals that number a week of a month ("the third week of April"), with the day of the month
/// that week holds; `None` for the last week, the one holding the month's last day.
pub const WEEK_OF_MONTH_ORDINALS: &[(&str, Option<i8>)] = &[
    ("first", Some(1)),
    ("second", Some(8)),
    ("third", Some(15)),
    ("fourth", Some(22)),
    ("last", None),
    ("final", None),
];

/// Ordinals written as words that number a century ("the nineteenth century"), with the number.
pub const CENTURY_ORDINALS: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("twenty-second", 22),
];

/// Words of business and economic reporting. A quarter or half with no year ("third-quarter
/// profit", "sales in the first half", "Q3") is a period of the calendar only in a paragraph
/// that uses one of them; elsewhere it is more likely a quarter of a game.
pub const CALENDAR_PERIOD_CUES: &[&str] = &[
    "bookings",
    "deliveries",
    "dividend",
    "dividends",
    "earnings",
    "economic",
    "economy",
    "exports",
    "fiscal",
    "gdp",
    "guidance",
    "growth",
    "imports",
    "income",
    "inflation",
    "investment",
    "launch",
    "launches",
    "output",
    "prices",
    "production",
    "profit",
    "profits",
    "quarterly",
    "revenue",
    "revenues",
    "sales",
    "ship",
    "shipments",
    "shipping",
    "ships",
    "spending",
    "turnover",
    "unemployment",
];

/// Words of deals and funding that, like [`CALENDAR_PERIOD_CUES`], make a quarter or half with
/// no year one of the calendar ("The deal is expected to close in the second half", "Rates were
/// cut in the fourth quarter"), unless a word of [`GAME_PERIOD_WORDS`] stands in the paragraph.
pub const FINANCE_PERIOD_CUES: &[&str] = &[
    "acquisition",
    "deal",
    "filings",
    "fundraising",
    "merger",
    "rate",
    "rates",
];

/// Words of a game's score and play: a paragraph with one of them speaks of a quarter or half
/// of a game, even with a sum of money or a percentage in it.
pub const GAME_PERIOD_WORDS: &[&str] = &[
    "assists",
    "basket",
    "game",
    "goal",
    "goals",
    "innings",
    "points",
    "quarterback",
    "rebounds",
    "scored",
    "touchdown",
    "touchdowns",
];

/// Words after "to close" or "to open" that tell a market's level at the bell ("fell 2% to close
/// at 7,400", "to close higher"): no verb of the future.
pub const MARKET_CLOSE_FOLLOWERS: &[&str] =
    &["at", "down", "flat", "higher", "lower", "unchanged", "up"];

/// Words that make a clock time one of a routine, not of one day ("open from 9am every day",
/// "at 6pm each evening", "trains run hourly"), lower case.
pub const RECURRENCE_WORDS: &[&str] = &["daily", "each", "every", "hourly", "nightly"];

/// Words of a time of day that a limit may name ("before midnight on Saturday", "before dawn
/// on March 2"): no event awaited.
pub const TIMES_OF_DAY: &[&str] = &[
    "dawn", "daybreak", "dusk", "midday", "midnight", "noon", "sunrise", "sunset",
];

/// Nouns after a quarter or half that name what is told of it once it has ended ("fourth-quarter
/// results", "first-half earnings"): in a clause of the future, written in the period right
/// after, such a period is the one just ended, not the next one of that number.
pub const PERIOD_RESULT_NOUNS: &[&str] = &["earnings", "figures", "report", "results"];

/// Words before "the 14th" after which an ordinal alone is a day of the month ("on the 14th",
/// "until the 3rd", "the night of the 21st").
pub const DAY_OF_MONTH_CUES: &[&str] = &[
    "after", "and", "before", "between", "by", "from", "of", "on", "since", "through", "till",
    "to", "until",
];

/// Words of golf: in a paragraph using one of them, "on the 18th" is a hole, not a day.
pub const GOLF_WORDS: &[&str] = &[
    "birdie", "birdied", "bogey", "bogeyed", "eagle", "fairway", "hole", "holes", "putt",
];

/// Words after which a bare "May" is the month and not the verb.
pub const MAY_MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "through",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "throughout",
    "between",
    "and",
    "to",
];

/// Capitalised labels before a four-digit number that make it an identifier, not a year
/// ("Resolution 2014", "Flight 1549", "Room 2011"), sorted.
pub const IDENTIFIER_LABELS: &[&str] = &[
    "Article",
    "Bus",
    "Chapter",
    "Clause",
    "Flight",
    "Gate",
    "Item",
    "Model",
    "No",
    "Number",
    "Platform",
    "Regulation",
    "Resolution",
    "Room",
    "Route",
    "Rule",
    "Section",
    "Suite",
    "Unit",
];

/// Words of forecasts, odds and fixtures that, in a clause in the present, set a bare weekday
/// after them ahead ("Rain is forecast for Thursday", "Snow is likely on Friday", "There is a
/// risk of flooding on Friday", "City host Rovers on Saturday").
pub const SCHEDULE_WORDS: &[&str] = &[
    "alert",
    "chance",
    "expect",
    "expects",
    "forecast",
    "forecasts",
    "host",
    "hosts",
    "likely",
    "play",
    "plays",
    "risk",
    "unlikely",
    "warning",
    "warnings",
];

/// Words that look back from a date after them ("in hospital after the crash on Friday",
/// "down since Friday"): a clause in the present with one of them tells of a day gone by.
pub const BACKWARD_WORDS: &[&str] = &["after", "following", "since"];

/// Phrases that set what follows beside something named in the same sentence as the other
/// side of a comparison ("a cut priced for May 2027, compared with June"), lower case:
/// a yearless month after one takes the year of the dated month it is weighed against.
pub const COMPARISON_LEADS: &[&str] = &[
    "compared with",
    "compared to",
    "against",
    "rather than",
    "instead of",
    "versus",
    "vs",
];

/// Capitalised nouns after a four-digit number that make it part of a name, not a year ("the
/// 1922 Committee").
pub const YEAR_NAMED_BODIES: &[&str] = &["Club", "Committee", "Foundation", "Group", "Society"];

/// Words before "midnight" that make it the end of its day ("until midnight", "by midnight",
/// "shortly before midnight"): 00:00 of the day after.
pub const DAY_END_PREPOSITIONS: &[&str] = &["before", "by", "through", "till", "to", "until"];

/// Nouns of a proportion around a figure written like a clock time ("a ratio of 1:25", "a 1:10
/// ratio"): a ratio, no time of day.
pub const RATIO_NOUNS: &[&str] = &["ratio", "ratios", "odds"];

/// Present-tense verbs of a fixture ("Arsenal travel to Porto on Thursday", "City welcome
/// Villa on Saturday"): in a clause in the present they set a bare weekday after them ahead,
/// as [`SCHEDULE_WORDS`] do, unless a determiner makes them a noun ("after a visit on Friday").
pub const FIXTURE_VERBS: &[&str] = &[
    "entertain",
    "entertains",
    "travel",
    "visit",
    "visits",
    "welcome",
    "welcomes",
];

/// Verbs of a fixture written with a particle ("Arsenal take on Porto on Saturday"): in a clause
/// in the present they set a bare weekday after them ahead, as [`FIXTURE_VERBS`] do.
pub const FIXTURE_PHRASES: &[&str] = &["take on", "takes on", "square off against"];

/// Prepositions that, after a participle in "-ing" modifying a noun, set the date it governs
/// ("Anyone arriving after Friday will be refused entry", "Passengers travelling on Sunday
/// should expect delays").
pub const PARTICIPLE_DATE_PREPOSITIONS: &[&str] = &[
    "after", "before", "between", "by", "from", "in", "on", "through", "till", "until",
];

/// Prepositions of a threshold that, after a past participle modifying a noun, set the date it
/// governs ("Those hired after June 1 will be exempt", "Cars registered from April 1").
pub const THRESHOLD_PREPOSITIONS: &[&str] = &["after", "before", "from"];

/// Nouns of something brought out that a verb of announcing sets ahead when a month follows
/// them ("announced a launch in September": the launch is to come, not the announcement).
pub const LAUNCH_NOUNS: &[&str] = &[
    "debut", "launch", "listing", "opening", "premiere", "release", "rollout", "roll-out",
];

/// Nouns of a commodity contract after a month ("for April delivery", "the May contract",
/// "December corn futures"): the month a contract matures in, never one gone by.
pub const CONTRACT_NOUNS: &[&str] = &[
    "contract",
    "contracts",
    "delivery",
    "futures",
    "options",
    "settlement",
];

/// Participles that look ahead before "by" and a date when no auxiliary of the past stands
/// before them ("with the first cut expected by June"): the date is to come.
pub const AHEAD_PARTICIPLES: &[&str] = &[
    "due",
    "expected",
    "forecast",
    "planned",
    "projected",
    "scheduled",
    "slated",
];

/// Predicates of a chance that, after a past "was" or "were", look ahead from the time they
/// were told ("more delays were likely on Friday"): what was likely then has not happened yet.
pub const CHANCE_PREDICATES: &[&str] = &["imminent", "likely", "possible", "probable", "unlikely"];

/// Predicates of a timetable that, after a past "was" or "were" in reported speech, look ahead
/// ("she said the ruling was due on Friday", "said the ship was expected on Sunday").
pub const REPORTED_PLAN_PREDICATES: &[&str] = &["due", "expected", "scheduled", "slated"];

/// Predicates of an intent that, after a past "was" or "were" and before "to", look ahead in
/// reported speech ("said he was prepared to act as early as the weekend"); before anything
/// else ("the record was set on Friday") they tell of no plan.
pub const REPORTED_INTENT_PREDICATES: &[&str] = &[
    "about",
    "aiming",
    "going",
    "hoping",
    "planning",
    "poised",
    "prepared",
    "preparing",
    "ready",
    "set",
    "willing",
];

/// Verbs in the past that look ahead through an infinitive after them ("agreed to reopen the
/// road on Friday", "was set to return on Sunday"): other past verbs before "to" ("was forced
/// to close on Friday", "had to return on Friday") tell of a day gone by.
pub const FORWARD_INFINITIVE_VERBS: &[&str] = &[
    "agreed",
    "aimed",
    "asked",
    "decided",
    "expected",
    "hoped",
    "intended",
    "ordered",
    "planned",
    "pledged",
    "prepared",
    "promised",
    "scheduled",
    "sought",
    "threatened",
    "told",
    "urged",
    "voted",
    "vowed",
    "wanted",
];

/// Words that reach back before a month ("backdated to April", "retroactive from January"):
/// the month is one gone by, whatever the tense of the sentence.
pub const RETROACTIVE_WORDS: &[&str] = &[
    "backdate",
    "backdated",
    "backdating",
    "retroactive",
    "retroactively",
    "retrospective",
    "retrospectively",
];

/// Conjunctions that, after a comma, join a clause with a verb of its own ("…, and the board
/// approved it in January"): the tense of that verb, not of a verb before the comma, tells
/// whether the date is past.
pub const CLAUSE_LINKS: &[&str] = &["and", "but"];

/// Words after a cue of the future that open a clause of a past event, when a verb in the
/// past or a gerund follows them before the date ("will face court after allegedly stealing a
/// car on Sunday", "is due in court after police found drugs on Friday").
pub const PAST_EVENT_LINKS: &[&str] = &["after", "following", "over"];

/// Words after "of" that name a part of a game, after a reading of the game clock ("at 2:11 of
/// overtime", "at 14:32 of the second period"); with an ordinal between ("of the third round").
pub const GAME_CLOCK_PERIODS: &[&str] = &[
    "extra", "half", "inning", "ot", "overtime", "period", "quarter", "round",
];

/// Words right after a reading of the game clock that count down what is left of play ("with
/// 3:45 left", "with 1:12 remaining"): no time of day.
pub const GAME_CLOCK_COUNTDOWN: &[&str] = &["left", "remaining"];

/// Words in "-ing" that follow "is" or "are" without being a verb in the progressive ("the
/// answer is nothing", "the best time is morning"), lower case: no plan told in the present.
pub const ING_NON_VERBS: &[&str] = &[
    "anything",
    "ceiling",
    "during",
    "evening",
    "everything",
    "king",
    "morning",
    "nothing",
    "something",
    "spring",
    "thing",
];

/// Words that may follow a month a plan starts from ("from January onwards", "from April to
/// June"), lower case.
pub const PLAN_START_FOLLOWERS: &[&str] = &["onward", "onwards", "through", "till", "to", "until"];

/// Words right after a period that make an ordinal before it count a run of periods, no
/// period of the calendar ("the fourth quarter in a row", "the third quarter running").
pub const SUCCESSION_AFTER: &[&str] = &[
    "in a row",
    "straight",
    "running",
    "in succession",
    "on the trot",
];

/// Words right before a period that make it one of a run of periods, no period of the calendar
/// ("a fourth consecutive quarter", "the second straight half").
pub const SUCCESSION_BEFORE: &[&str] = &["consecutive", "straight", "successive"];

/// Words right before a year of the future that make it the time of an event the sentence is
/// about ("the 2027 summit", "in 2027", "a 2027 launch"); a yearless month later in the
/// sentence falls in that year. A year after "by" or "until" is a limit and lends no year.
pub const EVENT_YEAR_LEADS: &[&str] = &[
    "a", "an", "during", "for", "her", "his", "in", "its", "of", "the", "their",
];
