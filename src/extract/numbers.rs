//! Quantities and sums of money.
//!
//! One combined regular expression finds candidates in the body text: money with a currency sign,
//! digits (with grouping, decimals, scale words and suffixes, percentages, measure suffixes,
//! hyphenated compounds and ranges), vague amounts ("thousands") and number words ("two dozen").
//! Each candidate is then checked against its surroundings: identifiers (`PM2.5`, `F-16`),
//! ordinals, phone numbers and anything inside a date mention are not numbers. The qualifier
//! before it ("more than") and the counted thing after it ("troops") are read from the text.
//! Malformed digit groups are flagged, never repaired.

use std::sync::LazyLock;

use regex::Captures;

use super::dates::{alternation, body_ranges, race_time_lead_before, Scanner};
use crate::lexicon::calendar::{
    CLOCK_FIGURE_PREPOSITIONS, MONTHS, TIME_ADVERBIAL_WORDS, TIME_ZONES,
};
use crate::lexicon::function_words::{is_function_word, PHRASE_LINKS, PLURAL_DEMONSTRATIVES};
use crate::lexicon::given_names;
use crate::lexicon::numbers::{
    qualifiers_after, ABOUT_CLAUSE_BREAKS, ABOUT_TOPIC_REACH, ABOUT_TOPIC_WORDS, AGE_COMPOUNDS,
    AGE_LEADS, AGE_NOUN_VERBS, AGE_PRONOUN_VERBS, AGE_SENTENCE_OPENERS, AGE_SUBJECT_PRONOUNS,
    AGE_SUPERLATIVES, AGE_SUPERLATIVE_VERBS, AIRCRAFT_MAKERS, AREA_LENGTHS, AREA_PREFIXES,
    BETWEEN_AGE_LEADS, BOWLING_VERBS, CAPITALISED_IDENTIFIER_HEADS, CAPITALISED_PROVISION_HEADS,
    CAPITAL_ONLY_SUFFIXES, CAREER_STEPS_WITH_AN_OBJECT, CAREER_STEP_AGE_LEADS, CENTS_SUFFIX,
    CENTS_UNIT, CENT_CURRENCIES, CENT_CURRENCY_WORDS, CENT_PREFIXES, CHANGE_SUBJECT_COUNTS,
    CHANGE_VERBS, CLAUSE_END_QUALIFIERS, COMPARISON_SIGNS, COMPOUND_DURATION_STEPS,
    CONCENTRATION_UNITS, CRICKET_SPAN_UNITS, CURRENCY_ABBREVIATIONS, CURRENCY_CODES,
    CURRENCY_NAMES, CURRENCY_SIGNS, DATED_NOUNS, DATED_YEARS, DIGIT_COUNT_NOUNS, DIMENSION_WORDS,
    ELLIPSIS_BE_FORMS, ELLIPSIS_LINKS, ESTIMATE_QUALIFIERS, FAMILY_NOUNS, FIGURE_OPENING_VERBS,
    FINANCE_NOUNS_AFTER_OF, FRACTION_FOLLOWERS, FRACTION_WORDS, FURTHER_WORDS,
    GLUED_CURRENCY_PREFIXES, GOAL_VERBS, HALF_COMPOUNDS, HALF_SPACED_IDIOMS, HARM_PARTICIPLES,
    HYPHENED_COUNT_PLURALS, IDENTIFIER_HEADS, INVARIANT_PLURALS, INVARIANT_PLURAL_ENDINGS,
    IRREGULAR_MEASURE_PLURALS, LABEL_NOUNS, LENGTH_CONTEXT_WORDS, LENGTH_MODIFIERS,
    LIFE_EVENT_AGE_LEADS, MAGNITUDE, MAX_AGE, MAX_BOWLING_WICKETS, MAX_CAREER_STEP_GAP,
    MAX_CLOCK_HOUR, MAX_PENCE, MAX_STORM_CATEGORY, MEASURES_NAMED_AFTER, MEASURES_NAMED_BEFORE,
    MEASURE_PLURALS, MEASURE_SUFFIXES, MEASURE_SYMBOLS, MILLIBARS_SUFFIX, MILLION_COUNTED_WORDS,
    MINOR_CURRENCY_WORDS, MIN_AGE_OF_A_THING, MODIFIER_JOINERS, MONEY_WORDS_BEFORE,
    MORE_HARMED_WORDS, MULTIPLE_LEADS, MULTIPLE_WORD, NAMED_GROUP_OPENERS, NANOMETRE_WORDS,
    NAUTICAL_MILES, NAUTICAL_WORDS, NM_CONTEXT_BYTES, NM_SUFFIX, NON_MEASURE_UNITS,
    NON_PLURAL_ENDINGS, NUMBER_IDIOMS, NUMBER_KIND_NOUNS, NUMBER_WORDS, OBJECT_PRONOUNS,
    OUTNUMBER_VERBS, OVER_PARTICLE_VERBS, OVER_SPAN_WORDS, PENCE_SUFFIX, PENCE_WORD, PEOPLES_IN_IS,
    PERCENTAGE_POINTS, PERIOD_HALF_OPENERS, PHONE_CALL_NOUNS, PHONE_LEADS, PHONE_LINKS,
    PHONE_VERBS, POINT_SPELLINGS, POUNDS, POUNDS_CODE, QUAKE_WORDS, QUALIFIED_CURRENCY_NAMES,
    QUALIFIERS, QUALIFYING_SUFFIXES, QUANTITY_OPENERS, QUANTITY_WORDS, RACE_EVENT_NOUNS,
    RACE_MEASURES, RACE_NOUNS, RANGE_VERBS, RATE_MOVE_NOUNS, RATE_WORDS, SAME_FORM_COMPOUND_HEADS,
    SAME_FORM_PLURALS, SCALE_COMPOUNDS, SCALE_SUFFIXES, SCALE_WORDS, SCORE_RESULT_WORDS,
    SCORE_VENUES, SCORE_VERBS, SECONDS_SUFFIX, SECOND_SPEED_UNITS, SERIES_CODES, SIGNED_UNITS,
    SINGULAR_MEN_WORDS, SINGULAR_VERBS, SPACEABLE_CURRENCY_SIGNS, SPACED_MEASURES,
    SPACED_SCALE_SUFFIXES, SPAN_TIME_UNITS, SPEED_UNITS, SPELLED_TWO_WORD_UNITS,
    STATISTIC_ABBREVIATIONS, STORM_CATEGORY, STORM_WORDS, STREET_BLOCK_NOUN, STREET_WORDS,
    TABLE_END_WORDS, TEMPERATURE_WORDS, TIME_ABBREVIATIONS, TWO_WORD_UNITS, UNIT_SPELLINGS,
    UNIT_STOP_WORDS, UP_PARTICLE_VERBS, VAGUE_AMOUNTS, VOTE_NOUNS, VOTE_RESULT_VERBS, VOTE_VERBS,
    WHOLE_POINT_WORDS, WON, WON_CODE, WORKFORCE_CUT_VERBS, WORKFORCE_UNITS, ZERO_IDIOM_OPENERS,
};
use crate::lexicon::numbers::{
    ABOUT_APPROXIMATION_PREPOSITIONS, AMOUNT_LINK_VERBS, CASUALTY_UNIT, COUNT_OF_NOUNS,
    CROWD_NOUNS, CROWD_WORDS, ESTIMATE_VERBS, FROM_CHANGE_WORDS, HARM_VERBS, LEVEL_PARTICLES,
    MONEY_NOUNS, STRICT_LABEL_NOUNS, TOLL_LINK_WORDS, TOLL_NOUNS,
};
use crate::lexicon::numbers::{
    AGE_BAND_NOUNS, AGE_BAND_QUALIFIERS, MULTIPLE_BASES, MULTIPLE_BASE_MODIFIERS,
    MULTIPLE_COMPARATIVES,
};
use crate::lexicon::numbers::{
    AGO_WORDS, CHANGE_OBJECT_COUNTS, CLOCK_TIME_FOLLOWERS, COUNT_FOLLOWING_VERBS, HALF_AGO_PERIODS,
    MARGIN_NOUNS, MARGIN_UNITS, PERSON_TIME_UNITS, PLACE_NAME_PREFIXES, RACE_TIME_UNIT,
};
use crate::lexicon::numbers::{
    BARE_DESTINATIONS, GROUP_SIZE_COMPOUND_WORDS, PERSON_COMPOUND_WORDS, PERSON_COUNT_UNIT,
    PERSON_GROUP_NOUNS, TRANSPORT_RUN_NOUNS,
};
use crate::lexicon::numbers::{
    CASUALTY_STATES, CASUALTY_STATE_MODIFIERS, CASUALTY_STATE_VERBS, EXCHANGE_RATE_LINKS,
    PRICE_LINKS, PRICE_NOUNS, PRICE_PHRASES_BEFORE, TOLL_PHRASE_PREPOSITIONS, UNIT_PRICE_MEASURES,
};
use crate::lexicon::numbers::{RUPEE_COUNTRIES, RUPEE_COUNTRY_NON_MENTIONS, RUPEE_WORDS};
use crate::lexicon::person_titles::{FEMALE_NOUNS, MALE_NOUNS, TITLE_WORDS};
use crate::lexicon::reporting::{
    CUE_WORDS, FINITE_AUXILIARIES, IRREGULAR_PAST_PARTICIPLES, IRREGULAR_PAST_VERBS,
    POSSESSIVE_DETERMINERS,
};
use crate::lexicon::sentence_starters;
use crate::model::{DateMention, Number, Span};
use crate::segment::Layout;

/// The patterns, one named group per kind of candidate, in priority order.
fn number_patterns() -> Vec<String> {
    let signs = alternation(CURRENCY_SIGNS.iter().map(|(s, _)| *s));
    let codes = alternation(
        CURRENCY_CODES
            .iter()
            .copied()
            .chain(CURRENCY_ABBREVIATIONS.iter().map(|(a, _)| *a)),
    );
    let scale_words = alternation(
        SCALE_WORDS
            .iter()
            .chain(SCALE_COMPOUNDS)
            .map(|(w, _)| *w)
            .filter(|w| *w != "hundred"),
    );
    let scale_suffixes = alternation(SCALE_SUFFIXES.iter().map(|(w, _)| *w));
    let glued = alternation(GLUED_CURRENCY_PREFIXES.iter().map(|(p, _)| *p));
    let spaceable = alternation(SPACEABLE_CURRENCY_SIGNS.iter().copied());
    let measures = alternation(MEASURE_SUFFIXES.iter().copied());
    let vague = alternation(VAGUE_AMOUNTS.iter().copied());
    let word_numbers = alternation(
        NUMBER_WORDS
            .iter()
            .chain(SCALE_WORDS.iter())
            .chain(QUANTITY_WORDS.iter())
            .chain(FRACTION_WORDS.iter())
            .map(|(w, _)| *w),
    );
    let fractions = alternation(FRACTION_WORDS.iter().map(|(w, _)| *w));
    let all_scale_words = alternation(SCALE_WORDS.iter().map(|(w, _)| *w));
    let cent_prefixes = alternation(CENT_PREFIXES.iter().map(|(p, _)| *p));
    let cents = regex::escape(CENTS_SUFFIX);
    // "45,000"; "45 000" in groups of three set apart by a space, as some copy writes them.
    let digits =
        r"(?:[0-9]{1,3}(?:[ \x{a0}\x{202f}][0-9]{3})+(?-u:\b)|[0-9]+(?:,[0-9]+)*)(?:\.[0-9]+)?";
    // "$2.7 billion", "$1.2-million contract" (hyphened before a noun), "$3bn".
    // Wire copy spaces the longer suffixes: "$4.5 bn", "1.2 mln units".
    let spaced_suffixes = alternation(SPACED_SCALE_SUFFIXES.iter().copied());
    let scale = format!(
        r"(?:[\s-]?(?i:{scale_words})(?-u:\b)|(?i:{scale_suffixes})(?-u:\b)|\s(?:{spaced_suffixes})(?-u:\b))"
    );
    vec![
        // "+44 20 7946 0000", "(212) 555-0100", "212-555-0100", and numbers dialled with a
        // leading zero in groups ("020 7946 0000", "01632 960000"), and free or local-rate
        // numbers in groups ("1800 333 000", "1300 659 467", "13 11 14").
        r"(?P<phone>\+[0-9]{1,3}(?:[\s.-]?\(?[0-9]{1,4}\)?){2,5}|\([0-9]{2,5}\)\s?[0-9]{3,4}[\s.-]?[0-9]{3,4}|(?-u:\b)[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}(?-u:\b)|(?-u:\b)0[0-9]{2,4}\s[0-9]{3,4}\s[0-9]{3,4}(?-u:\b)|(?-u:\b)0[0-9]{3,4}\s[0-9]{6}(?-u:\b)|(?-u:\b)1[38]00 [0-9]{3} [0-9]{3}(?-u:\b)|(?-u:\b)13 [0-9]{2} [0-9]{2}(?-u:\b))".to_string(),
        // "$5-6 billion", "£150m-200m", "$10-20": the other end of a range after a dash.
        format!(
            r"(?P<money>(?:(?:{spaceable})\s|{signs}|(?-u:\b)(?:{codes})\s?|(?-u:\b)(?:{glued})\s?)(?P<mnum>{digits})(?P<mscale>{scale})?(?:[-–](?P<mnum2>{digits})(?P<mscale2>{scale})?(?-u:\b))?)"
        ),
        // "won in 2:05:11", "finished in 1:57.40": a time taken, in hours, minutes and seconds,
        // or in minutes and seconds with their fraction; "won in 27:43", minutes and seconds
        // alone, is one only after a lead of a race time (see `race_time`).
        r"(?P<clock>(?-u:\b)(?:[0-9]{1,2}:[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,3})?|[0-9]{1,2}:[0-5][0-9]\.[0-9]{1,3}|[0-9]{1,2}:[0-5][0-9])(?-u:\b))".to_string(),
        format!(
            r"(?P<digits>(?-u:\b)(?P<mag>M)?(?P<centcur>{cent_prefixes})?(?P<dnum>{digits})(?P<frac>[\s-][1-7]/[2-8](?-u:\b)|[½¼¾⅓⅔⅛])?(?P<dscale>\s(?i:{scale_words})(?-u:\b)|(?i:bn|k|million|billion|trillion)(?-u:\b)|\s(?:{spaced_suffixes})(?-u:\b))?(?P<range>(?:\s?[-–]\s?|-to-){digits}(?:\s(?i:{scale_words})(?-u:\b)|(?i:bn|k)(?-u:\b))?)?(?P<pct>\s?%|\s(?i:per[\s-]?cent|percent)(?-u:\b)|\s?pct(?-u:\b)|pc(?-u:\b))?(?P<temp>\s?°\s?[CF](?-u:\b)|[CF](?-u:\b))?(?P<cents>{cents}(?-u:\b))?(?P<measure>(?i:{measures})(?:(?P<power>[23](?-u:\b)|[²³])|(?-u:\b)))?(?P<compound>-[A-Za-z]+(?:-[A-Za-z]+)*)?)"
        ),
        format!(r"(?P<vague>(?-u:\b)(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|{vague})(?-u:\b))"),
        format!(
            r"(?P<words>(?-u:\b)(?i:(?:half|(?:a|{word_numbers})[\s-](?:{fractions})\s+of)\s+a\s+(?:{all_scale_words}|dozen)(?-u:\b)|(?:a\s+)?(?:{word_numbers})(?:(?:\s+and\s+|\s+|-)(?:{word_numbers}))*(?:-[a-z]+(?:-[a-z]+)*)?)(?-u:\b))"
        ),
    ]
}

/// The number patterns, compiled once.
static NUMBER_SCANNER: LazyLock<Scanner> = LazyLock::new(|| Scanner::new(&number_patterns()));

/// A number before it is indexed.
#[derive(Debug, Clone)]
struct Found {
    span: Span,
    value: Option<f64>,
    unit: Option<String>,
    qualifier: Option<Span>,
    flags: Vec<&'static str>,
    /// Whether the number is written in digits (ranges join digits only).
    digits: bool,
}

/// The flags in the order the README's contract lists them, each once, whatever order the rules
/// added them in: `aged 11 to 16` gives `["range", "age"]` on both ends.
const FLAG_ORDER: &[&str] = &[
    "irregular-grouping",
    "vague",
    "range",
    "tally",
    "share",
    "age",
    "overflow",
];

/// `flags` sorted into [`FLAG_ORDER`], without repeats.
fn in_contract_order(flags: &[&'static str]) -> Vec<String> {
    let mut sorted = flags.to_vec();
    sorted.sort_by_key(|flag| FLAG_ORDER.iter().position(|known| known == flag));
    sorted.dedup();
    sorted.into_iter().map(str::to_string).collect()
}

/// Find every number, skipping spans already taken by `dates`.
pub fn extract(text: &str, layout: &Layout, dates: &[DateMention]) -> Vec<Number> {
    let mut date_spans: Vec<Span> = dates.iter().map(|d| Span::new(d.start, d.end)).collect();
    date_spans.sort();
    let mut found: Vec<Found> = Vec::new();
    for range in body_ranges(layout) {
        let mut block: Vec<Found> = Vec::new();
        scan_into(
            text,
            range,
            (range.start, range.end),
            &date_spans,
            &mut block,
        );
        one_percentage_point(text, range, &mut block);
        let block = join_groups_glued_to_a_unit(text, block);
        let mut block = join_rates(text, block);
        casualty_units(text, &mut block);
        exchange_rate_units(text, &mut block);
        crowd_units(text, &mut block);
        workforce_units(text, &mut block);
        subject_units(text, &mut block);
        count_subject_units(text, &mut block);
        margin_units(text, &mut block);
        carry_range_scale(text, &mut block);
        join_repeated_suffix_ranges(text, &mut block);
        join_between_ranges(text, &mut block);
        join_set_scores(text, &mut block);
        share_partitive_units(text, &mut block);
        millions_compared_with_a_sum(text, &mut block);
        share_compared_units(text, &mut block);
        join_age_lists(text, &mut block);
        share_elided_units(text, &mut block);
        casualty_states(text, &mut block);
        age_bands(text, &mut block);
        points_as_percentage_points(text, &mut block);
        carry_partitive_pronoun_units(text, &mut block);
        drop_spans_of_time(text, &mut block);
        let mut block = join_pairs(text, block);
        qualify_after(text, &mut block);
        found.extend(block);
    }
    cents_in_currency(text, &mut found);
    rupees_of_the_country(text, &mut found);
    found
        .into_iter()
        .enumerate()
        .map(|(index, f)| Number {
            index,
            start: f.span.start,
            end: f.span.end,
            text: f.span.of(text).to_string(),
            value: f.value.filter(|v| v.is_finite()).map(tidy),
            unit: f.unit.map(unit_spelled_as),
            qualifier: f.qualifier.map(|q| q.of(text).to_string()),
            flags: in_contract_order(&f.flags),
            sentence: layout.sentence_at(f.span.start),
        })
        .collect()
}

/// Add "a percentage point", "a percentage-point rise" and "a full percentage point" in `range`
/// to `block` as one point,
/// as "half a percentage point" is half of one: the article (and the word of
/// [`WHOLE_POINT_WORDS`]) is the figure's text. Not after "of" or a fraction ("a tenth of a
/// percentage point" is read as a fraction), nor where a figure already stands.
fn one_percentage_point(text: &str, range: Span, block: &mut Vec<Found>) {
    let Some(body) = text.get(range.start..range.end) else {
        return;
    };
    // The text before the last word of `s`, its trailing space kept, and that word.
    let split_last = |s: &'_ str| -> (usize, usize) {
        let s = s.trim_end_matches(' ');
        (s.rfind(' ').map_or(0, |i| i + 1), s.len())
    };
    let mut added = false;
    let mut points: Vec<usize> = POINT_SPELLINGS
        .iter()
        .flat_map(|spelling| body.match_indices(spelling).map(|(at, _)| at))
        .collect();
    points.sort_unstable();
    for at in points {
        let point_len = POINT_SPELLINGS[0].len();
        let Some(head) = body.get(..at).filter(|h| h.ends_with(' ')) else {
            continue;
        };
        let (mut word_start, figure_end) = split_last(head);
        let mut word = &head[word_start..figure_end];
        if WHOLE_POINT_WORDS.contains(&word.to_lowercase().as_str()) {
            let (start, end) = split_last(&head[..word_start]);
            word_start = start;
            word = &head[start..end];
        }
        if !word.eq_ignore_ascii_case("a") {
            continue;
        }
        let (previous_start, previous_end) = split_last(&head[..word_start]);
        let previous = head[previous_start..previous_end].to_lowercase();
        let fraction = previous == "of" || FRACTION_WORDS.iter().any(|(w, _)| *w == previous);
        let span = Span::new(range.start + word_start, range.start + figure_end);
        let point_end = range.start + at + point_len;
        let taken = block
            .iter()
            .any(|f| f.span.start < point_end && span.start < f.span.end);
        if fraction || taken {
            continue;
        }
        let context = Context { text, range, span };
        block.push(Found {
            span,
            value: Some(1.0),
            unit: Some(PERCENTAGE_POINTS.to_string()),
            qualifier: qualifier_before(&context, span.start),
            flags: Vec::new(),
            digits: false,
        });
        added = true;
    }
    if added {
        block.sort_by_key(|f| f.span.start);
    }
}

/// The unit a spelling of it is written as ("bps" → "basis points"), see [`UNIT_SPELLINGS`].
fn unit_spelled_as(unit: String) -> String {
    UNIT_SPELLINGS
        .iter()
        .find(|(spelling, _)| *spelling == unit)
        .map_or(unit, |(_, written)| (*written).to_string())
}

/// Characters that set apart groups of three digits in a figure written "45 000": a space, a
/// no-break space or a narrow no-break space.
const GROUP_SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// Read the numbers between bytes `from` and `to` of the body `range` into `block`, skipping
/// spans taken by `dates` (sorted).
fn scan_into(
    text: &str,
    range: Span,
    (from, to): (usize, usize),
    dates: &[Span],
    block: &mut Vec<Found>,
) {
    let Some(body) = text.get(from..to) else {
        return;
    };
    for (whole, caps) in NUMBER_SCANNER.scan(body) {
        let span = Span::new(from + whole.start, from + whole.end);
        if overlaps_any(dates, span) {
            // "on March 5 300 people": a date took the first group of what read as "5 300";
            // the figures after the date are read on their own.
            let grouped = ["dnum", "mnum"]
                .iter()
                .filter_map(|g| caps.name(g))
                .any(|m| m.as_str().contains(GROUP_SPACES));
            if let Some(date_end) = date_end_inside(dates, span).filter(|_| grouped) {
                scan_into(text, range, (date_end, span.end), dates, block);
            }
            continue;
        }
        let context = Context { text, range, span };
        block.extend(interpret(&caps, &context));
    }
}

/// Digits in each group of a figure written in groups of three.
const GROUP_DIGITS: usize = 3;

/// "16 900MW": the figure's first groups read alone and its last group glued to a unit joined
/// into one figure in that unit, as "16 900 MW" is read.
fn join_groups_glued_to_a_unit(text: &str, found: Vec<Found>) -> Vec<Found> {
    let mut joined: Vec<Found> = Vec::with_capacity(found.len());
    for next in found {
        let last_group = next.span.of(text).as_bytes();
        let group = last_group
            .get(..GROUP_DIGITS)
            .filter(|g| g.iter().all(u8::is_ascii_digit))
            .and_then(|g| std::str::from_utf8(g).ok())
            .and_then(|g| g.parse::<f64>().ok());
        let glued = last_group
            .get(GROUP_DIGITS)
            .is_some_and(u8::is_ascii_alphabetic);
        if let Some(head) = joined.last_mut() {
            let gap = text.get(head.span.end..next.span.start).unwrap_or("");
            let plain_head = head
                .span
                .of(text)
                .chars()
                .all(|c| c.is_ascii_digit() || GROUP_SPACES.contains(&c));
            let joins = glued
                && group.is_some()
                && next.value == group
                && next.unit.is_some()
                && next.flags.is_empty()
                && head.digits
                && head.unit.is_none()
                && head.flags.is_empty()
                && plain_head
                && gap.chars().count() == 1
                && gap.starts_with(GROUP_SPACES);
            if let (true, Some(head_value), Some(group)) = (joins, head.value, group) {
                head.span = Span::new(head.span.start, next.span.end);
                head.value = Some(head_value * 1000.0 + group);
                head.unit = next.unit;
                continue;
            }
        }
        joined.push(next);
    }
    joined
}

/// Whether `c` groups a figure's digits or opens its decimals: a figure with one is no
/// number of a road, a model or a label.
fn is_group_or_point(c: char) -> bool {
    c == ',' || c == '.' || GROUP_SPACES.contains(&c)
}

/// Where the dates overlapping `span` end, when that is inside it.
fn date_end_inside(dates: &[Span], span: Span) -> Option<usize> {
    let first = dates.partition_point(|s| s.end <= span.start);
    dates
        .get(first..)?
        .iter()
        .take_while(|s| s.start < span.end)
        .map(|s| s.end)
        .max()
        .filter(|&end| end < span.end)
}

/// The value of a fraction written `1/2` (a part smaller than the whole) or as one character
/// (`½`, `¾`).
fn fraction_value(text: &str) -> Option<f64> {
    let value = match text {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅛" => 0.125,
        _ => {
            let (top, bottom) = text.split_once('/')?;
            let (top, bottom): (f64, f64) = (top.parse().ok()?, bottom.parse().ok()?);
            if top >= bottom {
                return None;
            }
            top / bottom
        }
    };
    Some(value)
}

/// An amount of money found at `span`; an overflowing value is flagged and dropped.
fn money_found(
    span: Span,
    value: Option<f64>,
    unit: Option<String>,
    qualifier: Option<Span>,
    mut flags: Vec<&'static str>,
) -> Found {
    if value.is_some_and(|v| !v.is_finite()) {
        flags.push("overflow");
    }
    Found {
        span,
        value: value.filter(|v| v.is_finite()),
        unit,
        qualifier,
        flags,
        digits: true,
    }
}

/// Significant digits a value is rounded to before [`tidy`] checks whether it is short.
const TIDY_DIGITS: i32 = 15;

/// A value as written rather than as binary arithmetic left it: "$4.1 billion" is 4.1 × 10⁹,
/// which comes out as 4099999999.9999995. When rounding to [`TIDY_DIGITS`] significant digits
/// gives a decimal of at most 12 digits, that decimal is the value; a value with more digits
/// (a share such as 1/3) stays as it is.
fn tidy(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = TIDY_DIGITS - 1 - magnitude;
    let rounded = if decimals >= 0 {
        (value * 10f64.powi(decimals)).round() / 10f64.powi(decimals)
    } else {
        (value / 10f64.powi(-decimals)).round() * 10f64.powi(-decimals)
    };
    let written = format!("{rounded:e}");
    let mantissa = written.split('e').next().unwrap_or("");
    let digits = mantissa.chars().filter(char::is_ascii_digit).count();
    if rounded.is_finite() && digits <= 12 {
        rounded
    } else {
        value
    }
}

/// Whether `span` overlaps one of the sorted `spans`.
fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let first = spans.partition_point(|s| s.end <= span.start);
    spans.get(first).is_some_and(|s| s.overlaps(&span))
}

/// Where a candidate was found.
struct Context<'t> {
    text: &'t str,
    range: Span,
    span: Span,
}

impl Context<'_> {
    /// The body text before byte `at`, cut on a char boundary, at most `limit` bytes.
    fn before(&self, at: usize, limit: usize) -> &str {
        let mut from = at.saturating_sub(limit).max(self.range.start);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        self.text.get(from..at).unwrap_or("")
    }

    /// The body text after byte `at`, cut on a char boundary, at most `limit` bytes.
    fn after(&self, at: usize, limit: usize) -> &str {
        let mut to = (at + limit).min(self.range.end);
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        self.text.get(at.min(to)..to).unwrap_or("")
    }
}

/// Whether the candidate is a train's time of departure written "H.MM" after "the" and before
/// a run of transport ([`TRANSPORT_RUN_NOUNS`]: "the 7.12 train", "the 18.05 service") or "to"
/// or "from" and a place: capitalised ("takes the 7.12 to Leeds"), "the" and a word ("the 9.30
/// to the city") or one of [`BARE_DESTINATIONS`] ("the 7.12 to town"). A time, no figure.
fn is_departure_time(context: &Context<'_>) -> bool {
    let surface = context.span.of(context.text);
    let Some((hours, minutes)) = surface.split_once('.') else {
        return false;
    };
    let clock = (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours
            .bytes()
            .chain(minutes.bytes())
            .all(|b| b.is_ascii_digit())
        && hours.parse::<u32>().is_ok_and(|h| h <= 23)
        && minutes.parse::<u32>().is_ok_and(|m| m < 60);
    let before = context.before(context.span.start, 5).to_lowercase();
    let after_the = before == "the " || before.ends_with(" the ");
    if !clock || !after_the {
        return false;
    }
    let after = context.after(context.span.end, 40);
    let first_word = |text: &str| {
        text.split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_string()
    };
    let run = after
        .strip_prefix(' ')
        .is_some_and(|rest| TRANSPORT_RUN_NOUNS.contains(&first_word(rest).as_str()));
    let place = [" to ", " from "]
        .iter()
        .find_map(|lead| after.strip_prefix(lead))
        .is_some_and(|rest| {
            let word = first_word(rest);
            let article_noun = rest
                .strip_prefix("the ")
                .is_some_and(|noun| noun.starts_with(|c: char| c.is_alphabetic()));
            rest.starts_with(|c: char| c.is_uppercase())
                || article_noun
                || BARE_DESTINATIONS.contains(&word.as_str())
        });
    run || place
}

/// Turn one regex match into zero, one or two numbers (a range gives two).
fn interpret(caps: &Captures<'_>, context: &Context<'_>) -> Vec<Found> {
    if caps.name("phone").is_some()
        || is_identifier(context)
        || names_a_group(context)
        || is_departure_time(context)
    {
        return Vec::new();
    }
    if caps.name("clock").is_some() {
        return race_time(context).into_iter().collect();
    }
    let offset = context.span.start - caps.get(0).map_or(0, |m| m.start());
    let at = |m: regex::Match<'_>| Span::new(offset + m.start(), offset + m.end());
    let mut found = Vec::new();
    if caps.name("money").is_some() {
        let (Some(number), whole) = (caps.name("mnum"), context.span) else {
            return found;
        };
        let (value, mut flags) = digits_value(number.as_str());
        let scale = caps
            .name("mscale")
            .map_or(Some(1.0), |m| scale_of(m.as_str()));
        let Some(scale) = scale else { return found };
        let sign = context
            .text
            .get(whole.start..offset + number.start())
            .unwrap_or("");
        // "COP28": a code glued to a bare whole number names a thing; money glued to its code
        // is written with decimals or a scale ("USD1.2bn").
        let glued_code = CURRENCY_CODES.contains(&sign)
            && caps.name("mscale").is_none()
            && !number.as_str().contains('.');
        // "COP 28": a code that also names a numbered series, spaced from a small bare whole
        // number, names the meeting; an amount in that currency is far larger ("COP 28,000").
        let series = SERIES_CODES.contains(&sign.trim_end())
            && caps.name("mscale").is_none()
            && caps.name("mnum2").is_none()
            && number.as_str().len() <= 2
            && number.as_str().bytes().all(|b| b.is_ascii_digit());
        if glued_code || series || !glued_prefix_is_money(caps, context, sign, number) {
            return found;
        }
        // "K4.5 million": a prefix several currencies share names none of them.
        let code = currency_of(sign.trim()).filter(|code| !code.is_empty());
        let unit = code.map(str::to_string);
        let Some(second) = caps.name("mnum2") else {
            // "-$1.1 million": a loss keeps its minus sign, as any figure does.
            let sign = minus_before(context, whole.start)
                .filter(|&sign| !context.text[sign..whole.start].starts_with(['m', 'M']));
            let (start, sign_factor) = sign.map_or((whole.start, 1.0), |sign| (sign, -1.0));
            found.push(money_found(
                Span::new(start, whole.end),
                value.map(|v| v * scale * sign_factor),
                unit,
                qualifier_before(context, start),
                flags,
            ));
            return found;
        };
        let qualifier = qualifier_before(context, whole.start);
        // The second figure's scale serves the first when only it has one ("$5-6 billion").
        let second_scale = caps
            .name("mscale2")
            .map_or(Some(1.0), |m| scale_of(m.as_str()));
        let Some(second_scale) = second_scale else {
            return found;
        };
        let first_scale = if caps.name("mscale").is_none() {
            second_scale
        } else {
            scale
        };
        let (second_value, mut second_flags) = digits_value(second.as_str());
        let first_value = value.map(|v| v * first_scale);
        let second_value = second_value.map(|v| v * second_scale);
        if matches!((first_value, second_value), (Some(a), Some(b)) if a < b) {
            flags.push("range");
            second_flags.push("range");
        }
        let first_end = caps
            .name("mscale")
            .map_or(offset + number.end(), |m| at(m).end);
        found.push(money_found(
            Span::new(whole.start, first_end),
            first_value,
            unit.clone(),
            qualifier,
            flags,
        ));
        found.push(money_found(
            Span::new(at(second).start, whole.end),
            second_value,
            unit,
            None,
            second_flags,
        ));
    } else if let Some(number) = caps.name("dnum") {
        let number_span = at(number);
        // "US65c": a currency's letters glued before a figure make an amount only in cents.
        if caps.name("centcur").is_some() && caps.name("cents").is_none() {
            return found;
        }
        // "an M6.1 earthquake": an "M" glued to a figure names its magnitude, or else a road
        // ("the M6") or a code, no number.
        let magnitude_m = caps.name("mag").is_some();
        if magnitude_m && !magnitude_prefix(context, number_span.start) {
            return found;
        }
        // "Interstate 95", "Form 10-K": a whole number after a word that names things by
        // number; "a 10-K", "8-K": a capital letter alone hyphened to it.
        let whole_number = !number.as_str().contains(is_group_or_point);
        let capital_code = caps.name("compound").is_some_and(|c| {
            let letters = &c.as_str()[1..];
            letters.len() == 1 && letters.starts_with(|l: char| l.is_ascii_uppercase())
        });
        // "No. 23-1045": a figure after "No." numbers a thing, a dash and all.
        if (whole_number && follows_an_identifier_head(context, number_span.start))
            || capital_code
            || follows_number_abbreviation(context, number_span.start)
        {
            return found;
        }
        // "call 555-0199": three digits dashed to four after a word of calling are a number
        // dialled; "555-0199": a group opening with a zero is never a count.
        if is_local_phone_number(caps, context, number_span) {
            return found;
        }
        // "Boeing 737-800", "ATR 72-600": a hyphened pair after an aircraft maker is its model.
        let model_pair = caps
            .name("range")
            .is_some_and(|r| r.as_str().starts_with('-'))
            && ["dscale", "pct", "temp", "measure", "compound", "frac"]
                .iter()
                .all(|g| caps.name(g).is_none())
            && word_before(context, number_span.start)
                .is_some_and(|(_, maker)| AIRCRAFT_MAKERS.contains(&maker));
        if model_pair {
            return found;
        }
        let bare = caps.len() > 0
            && [
                "dscale", "range", "pct", "temp", "cents", "measure", "compound",
            ]
            .iter()
            .all(|g| caps.name(g).is_none());
        // "junction 10", "page 3", "sections 302, 307 and 34": a label noun before a number,
        // or a list of them, that counts nothing; "call 999": the number dialled.
        let labelled = || {
            // "call 999 or 111": a number listed after one dialled is dialled too.
            let dialled = number.as_str().len() >= 3
                && (follows_a_phone_verb(context, number_span.start)
                    || follows_a_list_after(context, number_span.start, follows_a_phone_verb));
            // "Level 4 restrictions", "Phase 3 trials": a capitalised label noun names what
            // the plural after the number is about.
            let named_label = word_before(context, number_span.start).is_some_and(|(_, word)| {
                word.starts_with(char::is_uppercase)
                    && LABEL_NOUNS.contains(&word.to_lowercase().as_str())
            });
            // "type 2 diabetes patients", "a category 4 hurricane": these labels never count.
            let strict_label = word_before(context, number_span.start).is_some_and(|(_, word)| {
                STRICT_LABEL_NOUNS.contains(&word.to_lowercase().as_str())
            });
            strict_label
                || ((follows_a_label_noun(context, number_span.start)
                    || follows_a_label_list(context, number_span.start)
                    || dialled)
                    && (named_label || counted_noun(context, number_span.end, false).is_none()))
        };
        if bare
            && !magnitude_m
            && !number.as_str().contains(is_group_or_point)
            && !is_storm_category(context, number_span)
            && (follows_a_name(context, number_span.start)
                || labelled()
                || is_model_name(context, number_span)
                || opens_with_a_name(context, number_span)
                || is_list_marker(context, number_span)
                || is_title_of_measure(context, number_span)
                || is_phone_number_named(context, number_span)
                || names_a_dated_thing(context, number_span)
                || precedes_a_model_name(context, number_span))
        {
            return found;
        }
        // "iOS 17.4", "macOS 14.2": a version of a product whose name has a capital inside.
        // "Python 3.12", "Bluetooth 5.3": a decimal after a name is its version too.
        let version = number.as_str().contains('.') && !number.as_str().contains(',');
        // "Industry 4.0 is here", "Web 3.0": a round version after a capitalised word, even one
        // opening a sentence.
        let round_version = version
            && number.as_str().ends_with(".0")
            && measure_named_before(context, number_span.start).is_none()
            && word_before(context, number_span.start).is_some_and(|(_, word)| {
                let lower = word.to_lowercase();
                word.len() >= 2
                    && word.starts_with(char::is_uppercase)
                    && !is_function_word(&lower)
                    && !QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(word))
            });
        if bare
            && !magnitude_m
            && (follows_a_product_name(context, number_span.start)
                || round_version
                || (version && follows_a_name(context, number_span.start))
                || (version && opens_with_a_product_name(context, number_span.start)))
        {
            return found;
        }
        // "4K", "8K": one digit and a capital K name a screen's resolution or a race, not
        // thousands (written "4,000" or "4k").
        if caps.name("dscale").is_some_and(|m| m.as_str() == "K") && number.as_str().len() == 1 {
            return found;
        }
        // "won the 10k", "a 5k run": a race named by its distance in thousands, no number; "the
        // 100m final", "the 110m hurdles": a race in metres keeps its length, never millions.
        let kilo = caps
            .name("dscale")
            .is_some_and(|m| m.as_str().eq_ignore_ascii_case("k"));
        let race_measure = caps
            .name("measure")
            .filter(|m| caps.name("power").is_none() && RACE_MEASURES.contains(&m.as_str()));
        let only_suffix = ["range", "pct", "temp", "compound", "frac"]
            .iter()
            .all(|g| caps.name(g).is_none());
        let race = only_suffix
            && whole_number
            && (kilo ^ race_measure.is_some())
            && names_a_race(context, number_span.start, context.span.end, kilo);
        if race && kilo {
            return found;
        }
        let area = || {
            context
                .after(number_span.end, 40)
                .strip_prefix(' ')
                .and_then(area_unit)
                .is_some()
        };
        if bare
            && (is_address(context, number_span.end)
                || is_street_block(context, number_span)
                || is_house_number(context, number_span))
            && !area()
        {
            return found;
        }
        // A bare letter after a code or label is no temperature ("Form 1040C", "Gate 12F").
        let temperature_letter = caps.name("temp").is_some_and(|t| !t.as_str().contains('°'));
        if temperature_letter
            && (follows_a_name(context, number_span.start)
                || follows_a_label_noun(context, number_span.start)
                || is_code_number(number.as_str(), caps.name("temp").map(|t| t.as_str())))
        {
            return found;
        }
        let scale = caps
            .name("dscale")
            .map_or(Some(1.0), |m| scale_of(m.as_str()));
        let Some(scale) = scale else { return found };
        let (value, mut flags) = digits_value(number.as_str());
        // "1-in-5 adults": the figure opens a share hyphened to the next one, which
        // `join_pairs` joins as it joins "one-in-five"; "-in" is no inch.
        let opens_share = caps
            .name("compound")
            .is_some_and(|c| c.as_str().eq_ignore_ascii_case("-in"))
            && context
                .after(context.span.end, 2)
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            && ["dscale", "range", "pct", "temp", "measure", "frac"]
                .iter()
                .all(|g| caps.name(g).is_none());
        if opens_share {
            found.push(Found {
                span: number_span,
                value,
                unit: None,
                qualifier: qualifier_before(context, number_span.start),
                flags,
                digits: true,
            });
            return found;
        }
        // "a 2.9-billion-kilometre journey": the scale word opens the compound.
        // "1.5-million people": the scale word alone, hyphened as some house styles write it.
        let compound_scale = caps.name("compound").and_then(|compound| {
            let body = &compound.as_str()[1..];
            let (first, rest) = body.split_once('-').unwrap_or((body, ""));
            let (_, scale) = SCALE_WORDS
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(first))?;
            Some((*scale, rest))
        });
        // "2 1/2 sacks", "3½ hours": a whole number and a fraction.
        let fraction = caps
            .name("frac")
            .and_then(|f| fraction_value(f.as_str().trim_start_matches([' ', '-']).trim()));
        let value = match (value, fraction) {
            (Some(whole), Some(part)) if whole.fract() == 0.0 => Some(whole + part),
            (value, _) => value,
        };
        let value = value.map(|v| v * scale * compound_scale.map_or(1.0, |(s, _)| s));
        if value.is_some_and(|v| !v.is_finite()) {
            flags.push("overflow");
        }
        let end_of_first = caps.name("dscale").map_or(number_span.end, |m| at(m).end);
        // Multiplied by a scale of a million or more ("3 million", "3m", "a 2-billion-…").
        let mut scaled = caps
            .name("dscale")
            .is_some_and(|m| scaled_by_million(m.as_str()))
            || compound_scale.is_some_and(|(s, _)| s >= 1e6);
        let mut unit = None;
        let mut end = context.span.end;
        if let Some(compound) = caps.name("compound") {
            let word =
                compound_scale.map_or(compound.as_str().trim_start_matches('-'), |(_, rest)| rest);
            if let Some(age) = age_unit(word) {
                // "a 41-year-old", "a 300-year-old oak": the compound gives an age, a
                // person's or a thing's, whatever its size.
                flags.push("age");
                unit = Some(age.to_string());
            } else if let Some(people) = person_compound_unit(context, word, at(compound).end) {
                unit = Some(people.to_string());
            } else if word.is_empty()
                || ["strong", "plus", "odd"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w))
            {
                // "a 10,000-strong crowd", "100-plus goals", "62-million people": the counted
                // noun comes after; "40-odd per cent" is a percentage, as "40 per cent" is.
                if percent_words_after(context, at(compound).end).is_some() {
                    unit = Some("percent".to_string());
                }
            } else {
                // "a 10-million-dollar contract": money named in a word has its code; "a
                // 10-mile walk" is in miles, as "10 miles" is. "a 25 million-pound deal" is
                // sterling, as "25 million pounds" is: a pound scaled by a million or more.
                let sterling = scaled
                    && (word.eq_ignore_ascii_case(POUNDS)
                        || POUNDS
                            .strip_suffix('s')
                            .is_some_and(|p| word.eq_ignore_ascii_case(p)));
                unit = Some(if sterling {
                    POUNDS_CODE.to_string()
                } else {
                    currency_named(word)
                        .map_or_else(|| measure_in_plural(word, value), str::to_string)
                });
            }
        }
        if caps.name("pct").is_some() {
            unit = Some("percent".to_string());
        }
        if let Some(scale) = caps.name("temp") {
            // "40C", "40 °C" and "40°C" are one temperature, whichever way an outlet writes it.
            let fahrenheit = scale.as_str().ends_with('F');
            unit = Some(if fahrenheit { "°F" } else { "°C" }.to_string());
        }
        let mut value = value;
        if caps.name("cents").is_some() {
            // "10c a litre", "US65.12c": an amount in cents, of the currency glued before it or
            // else the one the article counts in (see `cents_in_currency`); a lower-case "c"
            // among words of temperature is the Celsius scale.
            let code = caps
                .name("centcur")
                .and_then(|c| CENT_PREFIXES.iter().find(|(p, _)| *p == c.as_str()))
                .map(|(_, code)| *code);
            let temperature = caps.name("centcur").is_none() && temperature_talk_before(context);
            unit = Some(match code {
                _ if temperature => "°C".to_string(),
                Some(code) => {
                    value = value.map(|v| tidy(v / 100.0));
                    code.to_string()
                }
                None => CENTS_UNIT.to_string(),
            });
        }
        if let Some(measure) = caps.name("measure") {
            // "5G", "4G": a generation of mobile network, no grams; "960mb": millibars.
            if measure.as_str() == "G" || measure.as_str() == MILLIBARS_SUFFIX {
                return found;
            }
            // "60W", "240V": a letter alone is a unit in capitals only, and a "W" after a
            // latitude is a longitude ("25.3N 80.1W").
            let letter = CAPITAL_ONLY_SUFFIXES
                .iter()
                .any(|l| l.eq_ignore_ascii_case(measure.as_str()));
            if letter
                && (measure
                    .as_str()
                    .starts_with(|c: char| c.is_ascii_lowercase())
                    || follows_a_latitude(context, number_span.start))
            {
                return found;
            }
            // "a further 4.2s back": seconds; "her 20s" is no measure.
            if measure.as_str().eq_ignore_ascii_case(SECONDS_SUFFIX) && whole_number {
                return found;
            }
            end = at(measure).end;
            // "5km2", "40m²", "1,200sq km": a measure of area or volume.
            let squared =
                caps.name("power").is_some() || measure.as_str().eq_ignore_ascii_case("sq");
            let area = squared
                .then(|| area_unit(context.after(at(measure).start, 24)))
                .flatten();
            if caps.name("power").is_some() && area.is_none() {
                return found;
            }
            let dimension = next_word_is_dimension(context, end)
                || caps
                    .name("compound")
                    .is_some_and(|c| DIMENSION_WORDS.contains(&c.as_str().trim_start_matches('-')));
            let million = measure.as_str() == "m"
                && !dimension
                && !race
                && (next_word_is_counted(context, end)
                    || (number.as_str().contains('.')
                        && !length_talk_before(context, number_span.start)
                        && !length_beside(context, end)));
            // "2,345p": a price in pence set in thousands is money whatever its size; a code
            // ("1080p") is never grouped.
            let pence = measure.as_str() == PENCE_SUFFIX
                && (value.is_some_and(|v| v < MAX_PENCE) || number.as_str().contains(','))
                && !context.after(end, 2).eq_ignore_ascii_case(".m");
            if let Some((area, len)) = area {
                end = at(measure).start + len;
                unit = Some(area);
            } else if million {
                scaled = true;
                value = value.map(|v| v * 1e6);
            } else if pence {
                value = value.map(|v| v / 100.0);
                unit = Some("GBP".to_string());
            } else if measure.as_str() == PENCE_SUFFIX {
                end = at(measure).start;
            } else if let Some(time) = time_abbreviation(measure.as_str(), value == Some(1.0)) {
                // "27.472sec", "45mins", "1min": a unit of time as it is spelled out.
                unit = Some(time.to_string());
            } else if measure.as_str().eq_ignore_ascii_case(NM_SUFFIX) {
                unit = nm_unit(context, number_span.start, end).map(str::to_string);
            } else if measure.as_str() == "m" && is_metres_per_second(context.after(end, 4)) {
                // "52m/s": a speed in metres a second keeps its divisor.
                end += 2;
                unit = Some(METRES_PER_SECOND.to_string());
            } else if has_divisor(context.after(end, 4)) {
                // "5.5mmol/L", "120mg/dL": a measure per another is no measure of its own.
                unit = None;
            } else if let Some(per_hour) = per_hour_after(context, end) {
                // "90km/h": a speed keeps its divisor, as "90 km/h" does.
                end = per_hour;
                unit = Some(format!(
                    "{}/h",
                    measure_symbol(&measure.as_str().to_lowercase())
                ));
            } else {
                unit = Some(measure_symbol(&measure.as_str().to_lowercase()));
            }
        }
        let range = caps.name("range");
        // "200+ stores": a plus sign glued after a figure is a qualifier, as "-plus" is.
        let plus = (range.is_none() && unit.is_none())
            .then(|| plus_sign_after(context, end))
            .flatten();
        if let Some(sign) = plus {
            end = sign.end;
        }
        let unit_from = end;
        // "an M6.1 earthquake": the figure's text takes in its "M".
        let magnitude = magnitude_m.then_some(context.span.start);
        let unit = match temperature_scale_after(context, unit_from)
            .or_else(|| speed_after(context, unit_from))
        {
            Some(scale) if unit.is_none() => Some(scale.to_string()),
            _ => unit
                .or_else(|| {
                    let whole = whole_number && caps.name("range").is_none();
                    (whole && is_storm_category(context, number_span))
                        .then(|| STORM_CATEGORY.to_string())
                })
                .or_else(|| currency_after(context, unit_from, scaled))
                .or_else(|| measure_named_before(context, number_span.start))
                .or_else(|| magnitude.is_some().then(|| MAGNITUDE.to_string()))
                .or_else(|| measure_named_after(context, unit_from))
                .or_else(|| glued_concentration(context.after(unit_from, 32)).map(str::to_string))
                .or_else(|| quake_magnitude(context, number.as_str(), value, unit_from))
                .or_else(|| counted_noun(context, unit_from, value == Some(1.0))),
        };
        let unit =
            unit.filter(|u| !is_object_of_its_subject(context, number_span.start, unit_from, u));
        // "finished in the top 10": a place in a table, no count, as "the top four" is.
        if unit.is_none() && range.is_none() && follows_a_table_end(context, number_span.start) {
            return found;
        }
        if unit.is_none() && range.is_none() && is_age(context, number_span, scale) {
            flags.push("age");
        }
        // "41 years old": an age as "a 41-year-old" is.
        if unit.is_some()
            && scale == 1.0
            && is_a_persons_age(value)
            && is_told_age(context, unit_from)
        {
            flags.push("age");
        }
        // "up to magnitude 4.8": the qualifier stands before the scale named before the figure.
        let qualifier = qualifier_before(context, number_span.start)
            .or_else(|| {
                let scale = measure_named_before(context, number_span.start)?;
                qualifier_before(context, number_span.start.checked_sub(scale.len() + 1)?)
            })
            .or(plus);
        match range {
            Some(range) => {
                let range_span = at(range);
                // "a 9-to-2 vote": the hyphened "to" joins the pair as a dash does.
                let dashed = range.as_str().trim_start_matches(['-', '–', ' ']);
                let second = dashed
                    .strip_prefix("to-")
                    .unwrap_or(dashed)
                    .trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '–');
                let second_start = range_span.end - second.len();
                // "2-3 billion", and "2bn-3bn", "5-10k" with the suffix glued.
                let scale_word = second
                    .rsplit_once(char::is_whitespace)
                    .or_else(|| {
                        letter_suffix(second).map(|s| second.split_at(second.len() - s.len()))
                    })
                    .filter(|(_, s)| s.starts_with(char::is_alphabetic));
                let (second_digits, second_scale) = match scale_word {
                    Some((d, s)) => (d, scale_of(s).unwrap_or(1.0)),
                    None => (second, 1.0),
                };
                let (second_value, mut second_flags) = digits_value(second_digits);
                let scale = if second_scale != 1.0 {
                    second_scale
                } else {
                    scale
                };
                // Ranges ascend; a descending or level pair of small counts is a vote or a
                // score ("52-48", "a 2-2 draw").
                // A pair alone in brackets is a win-loss record ("Portland (4-6)").
                let record = context.before(number_span.start, 1) == "("
                    && context.after(range_span.end, 1) == ")"
                    && unit.is_none();
                // "lost 1-2", "a 1-3 home defeat": a result told around the pair makes it a
                // score whichever figure comes first.
                let scored = |a: f64, b: f64| {
                    a.fract() == 0.0
                        && b.fract() == 0.0
                        && is_score(context, number_span.start, range_span.end, unit.is_none())
                };
                let pair_flag = match (value, second_value) {
                    (Some(a), Some(b))
                        if (a >= b || record || scored(a, b)) && a < 1000.0 && scale == 1.0 =>
                    {
                        "tally"
                    }
                    _ => "range",
                };
                // "a 1-1 draw", "a 2-1 win": the noun after a score names the result, not
                // what was counted ("52-48 votes" keeps its plural).
                let result_noun = pair_flag == "tally"
                    && unit
                        .as_deref()
                        .is_some_and(|u| u.chars().all(char::is_lowercase) && !u.ends_with('s'));
                let unit = if result_noun { None } else { unit };
                // "a crowd of 40-50,000": a small first figure shares the thousands of the
                // second, which is at most ten times as large then.
                let shared_thousands = pair_flag == "range"
                    && scale == 1.0
                    && !number.as_str().contains([',', '.'])
                    && second_digits.ends_with(",000")
                    && matches!((value, second_value),
                        (Some(a), Some(b)) if a * 1000.0 < b && b <= a * 10_000.0);
                let value = if shared_thousands {
                    value.map(|v| v * 1000.0)
                } else {
                    value
                };
                // "took 7-57", "figures of 5-42": a bowler's wickets and runs, neither a range
                // nor a score.
                let bowling = unit.is_none()
                    && scale == 1.0
                    && matches!((value, second_value),
                        (Some(a), Some(b)) if a.fract() == 0.0 && b.fract() == 0.0
                            && a <= MAX_BOWLING_WICKETS && a < b)
                    && (word_before_is_in(context.text, number_span.start, BOWLING_VERBS)
                        || context
                            .before(number_span.start, 11)
                            .eq_ignore_ascii_case("figures of "));
                let mut first_flags = flags.clone();
                if !bowling {
                    first_flags.push(pair_flag);
                    second_flags.push(pair_flag);
                }
                // "aged 11-16": a range of ages, both ends.
                let ages = pair_flag == "range"
                    && unit.is_none()
                    && scale == 1.0
                    && second_value.is_some_and(|v| v < MAX_AGE)
                    && follows_an_age_lead(context, number_span.start);
                if ages {
                    first_flags.push("age");
                    second_flags.push("age");
                }
                found.push(Found {
                    span: Span::new(number_span.start, end_of_first),
                    // A scale of the first figure's own already multiplied it ("2bn-3bn").
                    value: value.map(|v| {
                        if scale != 1.0 && caps.name("dscale").is_none() {
                            v * scale
                        } else {
                            v
                        }
                    }),
                    unit: unit.clone(),
                    qualifier,
                    flags: first_flags,
                    digits: true,
                });
                let second_end = if ["pct", "temp", "measure"]
                    .iter()
                    .any(|g| caps.name(g).is_some())
                {
                    end
                } else {
                    range_span.end
                };
                found.push(Found {
                    span: Span::new(second_start, second_end.max(second_start)),
                    value: second_value.map(|v| v * second_scale),
                    unit,
                    qualifier: None,
                    flags: second_flags,
                    digits: true,
                });
            }
            None => {
                // A temperature below zero keeps its sign ("fell to -5C", "minus 160C", "minus 5
                // degrees"), and any figure its minus sign ("or -1.1%").
                let temperature =
                    matches!(unit.as_deref(), Some("°C" | "°F" | "degrees" | "degree"));
                // "minus 10", "minus 0.2 per cent": the word is a sign before a figure that
                // counts nothing or is a percentage ("minus 3 units" counts no debt).
                let signed_unit = unit.as_deref().is_none_or(|u| SIGNED_UNITS.contains(&u));
                let sign = minus_before(context, number_span.start).filter(|&sign| {
                    temperature
                        || !context.text[sign..number_span.start].starts_with(['m', 'M'])
                        || (signed_unit && minus_word_is_sign(context, sign))
                });
                let (start, value) = match sign {
                    Some(sign) => (sign, value.map(|v| -v)),
                    None => (
                        magnitude
                            .or(caps.name("centcur").map(|c| at(c).start))
                            .unwrap_or(number_span.start),
                        value,
                    ),
                };
                found.push(Found {
                    span: Span::new(start, end),
                    value: value.filter(|v| v.is_finite()),
                    unit,
                    qualifier,
                    flags,
                    digits: true,
                });
            }
        }
    } else if caps.name("vague").is_some() {
        let span = context.span;
        // "Test scores rose": the noun of results counts nothing; "scores of people" does.
        let results = span.of(context.text).eq_ignore_ascii_case("scores")
            && !context.after(span.end, 4).eq_ignore_ascii_case(" of ");
        if results {
            return found;
        }
        found.push(Found {
            span,
            value: None,
            // "billions of dollars" are an amount of money, like "5 million dollars".
            unit: counted_noun(context, span.end, false)
                .map(|noun| currency_named(&noun).map_or(noun, str::to_string)),
            qualifier: qualifier_before(context, span.start),
            flags: vec!["vague"],
            digits: false,
        });
    } else if caps.name("words").is_some() && !is_zero_idiom(context) {
        found.extend(number_words(context));
    }
    found
}

/// Whether the number word is a "zero" that counts nothing: "net zero", "ground zero", or the
/// first part of a compound adjective ("zero-tolerance", "zero-emission").
fn is_zero_idiom(context: &Context<'_>) -> bool {
    let surface = context.span.of(context.text);
    // ASCII lower case keeps every byte where it was, so offsets in it are offsets in the text.
    let lowered = surface.to_ascii_lowercase();
    // Only a "zero" alone: "zero" itself, or "a zero-…" with its article.
    let Some(at) = lowered.find("zero").filter(|_| {
        lowered
            .split_whitespace()
            .filter(|w| !matches!(*w, "a" | "an"))
            .count()
            == 1
    }) else {
        return false;
    };
    let zero_start = context.span.start + at;
    let zero_end = zero_start + 4;
    let compound = context.text.get(zero_end..zero_end + 1) == Some("-");
    let idiom = word_before(context, zero_start).is_some_and(|(_, previous)| {
        ZERO_IDIOM_OPENERS.contains(&previous.to_lowercase().as_str())
    });
    compound || idiom
}

/// Whether a figure with a scale's letter glued to it ("1040C", "2025F") is rather a code or a
/// year with a letter: four or more digits written without groups, but not a
/// figure in groups ("1,700C") nor four digits before "C" ("1700C"), nor before "F" when they
/// are no year ("2024F" is a forecast's year).
fn is_code_number(number: &str, letter: Option<&str>) -> bool {
    let whole = number.split('.').next().unwrap_or(number);
    if whole.len() <= 3 || whole.contains(',') {
        return false;
    }
    let year_like = whole.len() == 4 && (whole.starts_with("19") || whole.starts_with("20"));
    match letter {
        Some("C") if whole.len() == 4 => false,
        Some("F") if whole.len() == 4 => year_like,
        _ => true,
    }
}

/// What follows "half-" in a number's surface ("hour" of "half-hour"), when it opens so.
fn after_half(surface: &str) -> Option<&str> {
    surface
        .get(..5)
        .filter(|head| head.eq_ignore_ascii_case("half-"))
        .and_then(|_| surface.get(5..))
}

/// Whether the "half" at byte `at` is a part of a period or a game ("the first half").
fn is_period_half(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, previous)| {
        PERIOD_HALF_OPENERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(previous))
    })
}

/// Whether the text before a word, spaces aside, is empty or ends in one of `marks` (the
/// word opens a sentence).
fn ends_in_one_of(earlier: &str, marks: &[char]) -> bool {
    earlier
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| marks.contains(&c))
}

/// The letters of the word standing before byte `at` with white space between them, and the
/// text before that word (within 40 bytes); `None` when no space comes right before `at`.
fn word_before<'c>(context: &'c Context<'_>, at: usize) -> Option<(&'c str, &'c str)> {
    let rest = context
        .before(at, 40)
        .strip_suffix(' ')?
        .trim_end_matches(' ');
    split_last_word(rest)
}

/// `text` cut before its last run of letters: what comes before, and the word.
fn split_last_word(text: &str) -> Option<(&str, &str)> {
    let word_start = text
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some((text.get(..word_start)?, text.get(word_start..)?))
}

/// Whether "the" and one of [`TABLE_END_WORDS`] stand right before byte `at` ("the top").
fn follows_a_table_end(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(earlier, word)| {
        TABLE_END_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
            && earlier
                .strip_suffix(' ')
                .and_then(split_last_word)
                .is_some_and(|(_, the)| the.eq_ignore_ascii_case("the"))
    })
}

/// A scale named before its figure ("magnitude 6.8", "a magnitude-7 quake"): the unit.
fn measure_named_before(context: &Context<'_>, at: usize) -> Option<String> {
    let before = context.before(at, 16);
    let before = before
        .strip_suffix(' ')
        .or_else(|| before.strip_suffix('-'))?;
    let word = split_last_word(before)?.1.to_lowercase();
    MEASURES_NAMED_BEFORE
        .contains(&word.as_str())
        .then_some(word)
}

/// Whether `unit`, read after a figure ending at byte `end`, is the object of a verb whose
/// subject is the figure: "About 300 developed rashes." opens its sentence with the figure, a
/// verb in the past and its object closing the clause, and counts 300 people, not rashes
/// ("About 300 developed countries joined" goes on with its own verb and counts countries).
fn is_object_of_its_subject(context: &Context<'_>, start: usize, end: usize, unit: &str) -> bool {
    let opening = qualifier_before(context, start).map_or(start, |q| q.start);
    if !ends_in_one_of(context.before(opening, 4), &['.', '!', '?', '"', '“', '”']) {
        return false;
    }
    let Some((verb, rest)) = context
        .after(end, 60)
        .strip_prefix(' ')
        .and_then(|rest| rest.split_once(' '))
    else {
        return false;
    };
    let past = verb.len() > 3 && verb.ends_with("ed") || IRREGULAR_PAST_VERBS.contains(&verb);
    past && rest
        .strip_prefix(unit)
        .is_some_and(|tail| tail.is_empty() || tail.starts_with(['.', ',', ';', '!', '?']))
}

/// The scale named right after byte `at` ("6.1 magnitude", "6.1 on the Richter scale"), as the
/// figure's unit.
fn measure_named_after(context: &Context<'_>, at: usize) -> Option<String> {
    let rest = context.after(at, 24).strip_prefix(' ')?;
    MEASURES_NAMED_AFTER
        .iter()
        .find(|(words, _)| {
            rest.get(..words.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(words))
                && !rest[words.len()..].starts_with(char::is_alphanumeric)
        })
        .map(|(_, unit)| (*unit).to_string())
}

/// The temperature scale written out after byte `at` ("110 degrees Fahrenheit", "43 Celsius",
/// "5 degrees C"), as the unit a figure like "43C" gets.
fn temperature_scale_after(context: &Context<'_>, at: usize) -> Option<&'static str> {
    let after = context.after(at, 24);
    let rest = after.strip_prefix(' ')?;
    let degrees = ["degrees ", "degree "]
        .iter()
        .find_map(|d| rest.strip_prefix(d));
    let rest = degrees.unwrap_or(rest);
    let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
    // A bare letter only after "degrees" or in a sentence about temperatures ("forecast to
    // drop to 18 C"), and ending its word ("3 F-16s" are jets).
    let temperature_talk = || {
        let before = context.before(at, 80).to_lowercase();
        let sentence = before.rsplit(['.', '!', '?']).next().unwrap_or(&before);
        sentence
            .split(|c: char| !c.is_alphabetic())
            .any(|w| TEMPERATURE_WORDS.contains(&w))
    };
    let letter_ends = || {
        !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            && (degrees.is_some() || temperature_talk())
    };
    match word {
        "Fahrenheit" | "fahrenheit" => Some("°F"),
        "Celsius" | "celsius" | "centigrade" => Some("°C"),
        "F" if letter_ends() => Some("°F"),
        "C" if letter_ends() => Some("°C"),
        _ => None,
    }
}

/// A speed written out after byte `at`: a distance word, then "per hour" or "an hour" ("160 km
/// per hour", "70 miles an hour"), as the unit "km/h" or "mph" that "160km/h" and "70mph" get;
/// or "per second" or "a second" ("52 metres a second" is "m/s").
fn speed_after(context: &Context<'_>, at: usize) -> Option<&'static str> {
    let after = context.after(at, 40);
    let rest = after.strip_prefix(' ')?;
    let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
    let tail = rest.get(word.len()..)?;
    let per = |units: &[(&str, &'static str)], divisors: &[&str]| -> Option<&'static str> {
        let speed = units
            .iter()
            .find(|(distance, _)| distance.eq_ignore_ascii_case(word))
            .map(|&(_, speed)| speed)?;
        let after_divisor = divisors.iter().find_map(|d| {
            tail.get(..d.len())
                .filter(|head| head.eq_ignore_ascii_case(d))
                .and_then(|_| tail.get(d.len()..))
        })?;
        (!after_divisor.starts_with(char::is_alphanumeric)).then_some(speed)
    };
    per(SPEED_UNITS, &[" per hour", " an hour", " a hour"])
        .or_else(|| per(SECOND_SPEED_UNITS, &[" per second", " a second"]))
}

/// Where a minus sign standing right before offset `at` starts, when it opens a word (after
/// white space, a bracket or the start of the text) rather than joining two words; or where the
/// word "minus" before it starts.
fn minus_before(context: &Context<'_>, at: usize) -> Option<usize> {
    if let Some((rest, word)) = word_before(context, at) {
        if word.eq_ignore_ascii_case("minus") {
            return Some(at - context.before(at, 40).len() + rest.len());
        }
    }
    let before = context.before(at, 8);
    let sign = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '-' | '\u{2212}'))?;
    let rest = &before[..before.len() - sign.len_utf8()];
    let opens = rest
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || c == '(');
    opens.then(|| at - sign.len_utf8())
}

/// Whether a dashed pair of figures from byte `start` to byte `end` is a score by its words: a
/// result after it ("a 1-3 defeat", "a 1-3 home defeat", "were 0-2 down"), or, when it counts
/// nothing (`unitless`), a verb of a result before it ("lost 1-2 at home").
fn is_score(context: &Context<'_>, start: usize, end: usize, unitless: bool) -> bool {
    let after = context.after(end, 32).to_lowercase();
    let mut words = after
        .strip_prefix(' ')
        .unwrap_or("")
        .split(|c: char| !c.is_alphabetic());
    let first = words.next().unwrap_or("");
    let result = if SCORE_VENUES.contains(&first) {
        words.next().unwrap_or("")
    } else {
        first
    };
    if SCORE_RESULT_WORDS.contains(&result) {
        return true;
    }
    unitless
        && word_before(context, start)
            .is_some_and(|(_, verb)| SCORE_VERBS.contains(&verb.to_lowercase().as_str()))
}

/// Whether the word "minus" starting at byte `at` gives the sign of the figure after it ("fell to
/// minus 10", "from minus 0.1%") rather than a subtraction ("10 minus 3"), a margin ("plus or
/// minus 3") or part of a word ("T-minus 10"): it stands after a space or a bracket, and the
/// word before it is no figure, number word or "or".
fn minus_word_is_sign(context: &Context<'_>, at: usize) -> bool {
    let before = context.before(at, 40);
    if !before.is_empty() && !before.ends_with([' ', '(']) {
        return false;
    }
    let trimmed = before.trim_end_matches([' ', '(']);
    if trimmed.ends_with(|c: char| c.is_ascii_digit() || c == '%' || c == ')') {
        return false;
    }
    let word = split_last_word(trimmed)
        .map_or("", |(_, word)| word)
        .to_lowercase();
    let figure_word = NUMBER_WORDS
        .iter()
        .chain(SCALE_WORDS)
        .any(|(number, _)| *number == word);
    !figure_word && word != "or"
}

/// Whether the candidate is a figure of a share hyphened in digits ("1-in-5", "1-in-10"): it
/// ends in "-in" before a dash and a digit, or follows a digit and "-in-".
fn in_hyphened_share(context: &Context<'_>) -> bool {
    let surface = context.span.of(context.text);
    let glued_before = context
        .before(context.span.start, 4)
        .ends_with(|c: char| c.is_alphanumeric());
    let opens = !glued_before
        && surface
            .len()
            .checked_sub(3)
            .and_then(|at| surface.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case("-in"))
        && surface.starts_with(|c: char| c.is_ascii_digit())
        && context
            .after(context.span.end, 2)
            .strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let before = context.before(context.span.start, 6);
    let closes = before
        .len()
        .checked_sub(5)
        .and_then(|at| Some((before.get(..at)?, before.get(at..)?)))
        .is_some_and(|(head, gap)| {
            !head.ends_with(|c: char| c.is_alphanumeric())
                && gap.starts_with(|c: char| c.is_ascii_digit())
                && gap[1..].eq_ignore_ascii_case("-in-")
        })
        && surface.starts_with(|c: char| c.is_ascii_digit());
    opens || closes
}

/// Whether the candidate is part of an identifier or a larger token: `PM2.5`, `F-16`,
/// `Covid-19`, `35th`, `5G`, `1/3`, `P5+1`.
fn is_identifier(context: &Context<'_>) -> bool {
    if in_hyphened_share(context) {
        return false;
    }
    // "a magnitude-7 quake", "a category-five typhoon": the scale named before the figure,
    // hyphened to it.
    if context.before(context.span.start, 1) == "-"
        && (measure_named_before(context, context.span.start).is_some()
            || is_storm_category(context, context.span))
    {
        return false;
    }
    let before = context.before(context.span.start, 8);
    let mut back = before.chars().rev();
    // "£150m-£200m", "HK$18.50-HK$21.20": a dash before a currency sign opens the other end of
    // a range.
    let surface = context.span.of(context.text);
    let opens_with_sign = surface.starts_with(|c: char| !c.is_alphanumeric())
        || CURRENCY_SIGNS
            .iter()
            .any(|(sign, _)| surface.starts_with(sign));
    let (repeated_before, repeated_after) = suffix_repeated_across_dash(context);
    match (back.next(), back.next()) {
        (Some('-' | '–'), _) if opens_with_sign || repeated_before => {}
        // "Rule 9(2)", "section 5(1)": a subsection glued to the number of its provision.
        (Some('('), Some(d)) if d.is_alphanumeric() => return true,
        (Some(c), _) if c.is_alphanumeric() || c == '_' => return true,
        (Some('-' | '.' | '/' | ':' | ',' | '–' | '+'), Some(d)) if d.is_alphanumeric() => {
            return true
        }
        _ => {}
    }
    let after = context.after(context.span.end, 8);
    let mut next = after.chars();
    // "4.25%-4.5%": a dash after a percentage opens the other end of a range.
    let percentage = context.span.of(context.text).ends_with('%');
    match (next.next(), next.next()) {
        (Some(c), _) if c.is_alphanumeric() || c == '_' => {
            glued_concentration(context.after(context.span.end, 32)).is_none()
        }
        (Some('-' | '–'), Some(d)) if d.is_ascii_digit() => !percentage && !repeated_after,
        // "the 2+2 dialogue": figures joined by a plus name a format.
        (Some('.' | '/' | ':' | '+'), Some(d)) if d.is_ascii_digit() => true,
        _ => false,
    }
}

/// "won in 2:05:11", "finished in 1:57.40", "won in 27:43": a time taken written clock-style,
/// valued in seconds as "27.472sec" is, of [`RACE_TIME_UNIT`]; minutes and seconds alone only
/// after a lead of a race time ([`race_time_lead_before`]). A time of day is no figure: one after a preposition
/// of time ("at 10:30:15", one of [`CLOCK_FIGURE_PREPOSITIONS`]), before a time zone or one of
/// [`CLOCK_TIME_FOLLOWERS`] ("10:30:15 GMT", "14:02:10 local time"), or with its hour written
/// with a leading zero ("03:34:12").
fn race_time(context: &Context<'_>) -> Option<Found> {
    let surface = context.span.of(context.text);
    if surface.len() > 1 && surface.starts_with('0') && !surface[1..].starts_with(':') {
        return None;
    }
    let preposition = word_before(context, context.span.start).is_some_and(|(_, word)| {
        CLOCK_FIGURE_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word))
    });
    let follower = first_word_after(context, context.span.end).is_some_and(|word| {
        TIME_ZONES.contains(&word)
            || CLOCK_TIME_FOLLOWERS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(word))
    });
    if preposition || follower {
        return None;
    }
    // "won in 27:43", "a best of 13:05": minutes and seconds alone read as a time of day, a
    // ratio ("a 60:40 split") or a score, unless a lead of a race time comes right before.
    let bare = surface.bytes().filter(|b| *b == b':').count() == 1 && !surface.contains('.');
    if bare && !race_time_lead_before(context.before(context.span.start, 24), true) {
        return None;
    }
    let mut seconds = 0.0_f64;
    for part in surface.split(':') {
        seconds = seconds * 60.0 + part.parse::<f64>().ok()?;
    }
    Some(Found {
        span: context.span,
        value: Some(seconds),
        unit: Some(RACE_TIME_UNIT.to_string()),
        qualifier: qualifier_before(context, context.span.start),
        flags: Vec::new(),
        digits: true,
    })
}

/// Whether the number closes the name of a grouping of states or people ("the Group of Seven",
/// "the Group of 20", "the Gang of Eight"): one of [`NAMED_GROUP_OPENERS`], capitalised, right
/// before it.
fn names_a_group(context: &Context<'_>) -> bool {
    let before = context.before(context.span.start, 16);
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    NAMED_GROUP_OPENERS.iter().any(|opener| {
        before.strip_suffix(opener).is_some_and(|head| {
            !head.ends_with(|c: char| c.is_alphanumeric())
                && context
                    .span
                    .of(context.text)
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
    })
}

/// The letters closing a figure written in digits ("m" of "2m", "km" of "10km"), if any.
fn letter_suffix(surface: &str) -> Option<&str> {
    let figure = surface.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &surface[figure.len()..];
    (!suffix.is_empty() && figure.ends_with(|c: char| c.is_ascii_digit())).then_some(suffix)
}

/// Whether the candidate's letter suffix is repeated on a figure across a dash ("2m-3m",
/// "10km-15km", "€1bn-€2bn"): before it (it is the second end of such a range) and after it
/// (it is the first end). Such a dash joins a range, not the parts of a code.
fn suffix_repeated_across_dash(context: &Context<'_>) -> (bool, bool) {
    let surface = context.span.of(context.text);
    let Some(suffix) = letter_suffix(surface) else {
        return (false, false);
    };
    let is_figure = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    // "90km/h-110km/h": a speed repeats its divisor at both ends.
    let per_hour = is_per_hour(context.after(context.span.end, 3));
    let divisor = |t: &str| -> Option<usize> {
        (!per_hour || t.starts_with("/h")).then_some(2 * usize::from(per_hour))
    };
    let before = context
        .before(context.span.start, 32)
        .strip_suffix(['-', '–'])
        .and_then(|b| {
            let cut = if per_hour { b.strip_suffix("/h")? } else { b };
            cut.strip_suffix(suffix)
        })
        .filter(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        .map(|b| b.trim_end_matches(is_figure))
        .is_some_and(|b| !b.ends_with(char::is_alphanumeric));
    let after = context.after(context.span.end, 32);
    let after = divisor(after)
        .and_then(|skip| after.get(skip..))
        .and_then(|a| a.strip_prefix(['-', '–']))
        .filter(|a| a.starts_with(|c: char| c.is_ascii_digit()))
        .map(|a| a.trim_start_matches(is_figure))
        .and_then(|a| a.strip_prefix(suffix))
        .and_then(|a| divisor(a).and_then(|skip| a.get(skip..)))
        .is_some_and(|a| !a.starts_with(char::is_alphanumeric));
    let digits_first = surface.starts_with(|c: char| c.is_ascii_digit());
    (before && digits_first, after && digits_first)
}

/// The unit of a concentration glued to a figure ("80µg/m³"), written at the start of `after`.
fn glued_concentration(after: &str) -> Option<&'static str> {
    CONCENTRATION_UNITS
        .iter()
        .find(|(spelling, _)| phrase_at(after, spelling).is_some())
        .map(|(_, unit)| *unit)
}

/// "a 5.2 tremor", "a 4.9 aftershock": a decimal figure below [`MAX_MAGNITUDE`] right before one
/// of [`QUAKE_WORDS`] is the quake's magnitude, as "magnitude 5.2" is.
fn quake_magnitude(
    context: &Context<'_>,
    digits: &str,
    value: Option<f64>,
    at: usize,
) -> Option<String> {
    let decimal = digits.contains('.') && !digits.contains(',');
    (decimal
        && value.is_some_and(|v| v < MAX_MAGNITUDE)
        && context.after(at, 1) == " "
        && quake_word_after(context, at))
    .then(|| MAGNITUDE.to_string())
}

/// Whether the first word after byte `at` is one of [`QUAKE_WORDS`].
fn quake_word_after(context: &Context<'_>, at: usize) -> bool {
    first_word_after(context, at).is_some_and(|w| QUAKE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether one of [`TEMPERATURE_WORDS`] stands in the text shortly before the candidate.
fn temperature_talk_before(context: &Context<'_>) -> bool {
    context
        .before(context.span.start, TEMPERATURE_CONTEXT_BYTES)
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| TEMPERATURE_WORDS.contains(&w))
}

/// How far back words of temperature make a glued "c" the Celsius scale, in bytes.
const TEMPERATURE_CONTEXT_BYTES: usize = 80;

/// "a 2023 analysis", "the 2019 election": a year right before one of [`DATED_NOUNS`] dates the
/// thing and counts nothing.
fn names_a_dated_thing(context: &Context<'_>, number: Span) -> bool {
    let digits = number.of(context.text);
    let year = digits.len() == 4
        && digits
            .parse::<f64>()
            .is_ok_and(|y| (DATED_YEARS.0..=DATED_YEARS.1).contains(&y));
    year && context.after(number.end, 1) == " "
        && first_word_after(context, number.end)
            .is_some_and(|w| DATED_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// Whether the "M" glued before byte `at` names an earthquake's magnitude: a figure below
/// [`MAX_MAGNITUDE`] that one of [`QUAKE_WORDS`] follows ("an M6.1 earthquake"; "the M6" is a
/// road).
fn magnitude_prefix(context: &Context<'_>, at: usize) -> bool {
    let figure = context.after(at, 8);
    let figure_end = figure
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(figure.len());
    let small = figure
        .get(..figure_end)
        .and_then(|f| f.parse::<f64>().ok())
        .is_some_and(|v| v < MAX_MAGNITUDE);
    context.before(at, 1) == "M" && small && quake_word_after(context, at + figure_end)
}

/// Magnitudes of earthquakes are below this.
const MAX_MAGNITUDE: f64 = 10.0;

/// Whether a latitude ("25.3N", "12°S") stands just before byte `at`, set off by a space or a
/// comma.
fn follows_a_latitude(context: &Context<'_>, at: usize) -> bool {
    context
        .before(at, 16)
        .trim_end_matches([' ', ','])
        .strip_suffix(['N', 'S'])
        .map(|b| b.trim_end_matches('°'))
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// The unit a measure hyphened to a figure is written as: the plural that a figure above one
/// takes when spaced ("a 10-mile walk" is in "miles", "a 3-day visit" in "days", "a
/// 12-foot wall" in "feet"); any other word as it stands.
fn measure_in_plural(word: &str, value: Option<f64>) -> String {
    let plural = MEASURE_PLURALS
        .iter()
        .chain(HYPHENED_COUNT_PLURALS)
        .find(|plural| {
            plural.strip_suffix('s') == Some(word)
                || plural.strip_suffix("es") == Some(word)
                || plural
                    .strip_suffix("ies")
                    .is_some_and(|stem| word.strip_suffix('y') == Some(stem))
                || IRREGULAR_MEASURE_PLURALS.contains(&(word, plural))
        });
    match plural {
        Some(plural) if value.is_some_and(|v| v > 1.0) => (*plural).to_string(),
        _ => word.to_string(),
    }
}

/// The word after byte `at`, past one space.
fn first_word_after<'c>(context: &'c Context<'_>, at: usize) -> Option<&'c str> {
    let rest = context.after(at, 24).strip_prefix(' ')?;
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty())?;
    Some(word)
}

/// Whether the word right before byte `at` names a thing by the number after it: one of
/// [`IDENTIFIER_HEADS`] in any case, or of [`CAPITALISED_IDENTIFIER_HEADS`] capitalised.
fn follows_an_identifier_head(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, word)| {
        CAPITALISED_IDENTIFIER_HEADS.contains(&word)
            || CAPITALISED_PROVISION_HEADS.contains(&word)
            || IDENTIFIER_HEADS.contains(&word.to_lowercase().as_str())
    })
}

/// Whether the word right before byte `at` labels things by number ("seat", "row"), or is the
/// plural of such a word ("sections 302").
fn follows_a_label_noun(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, word)| {
        let lower = word.to_lowercase();
        LABEL_NOUNS.contains(&lower.as_str())
            || lower
                .strip_suffix('s')
                .is_some_and(|stem| LABEL_NOUNS.contains(&stem))
    })
}

/// Most figures before a number in a list after a label noun ("sections 302, 307 and 34").
const MAX_LABEL_LIST: usize = 8;

/// Whether a list of whole numbers after a label noun leads to byte `at` ("sections 302, 307
/// and 34", "counts 2, 5 and 7"): the later numbers are labels as the first is.
fn follows_a_label_list(context: &Context<'_>, at: usize) -> bool {
    follows_a_list_after(context, at, follows_a_label_noun)
}

/// Whether the word right before byte `at` is a verb of dialling ("call 999", "ring 111").
fn follows_a_phone_verb(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at)
        .is_some_and(|(_, verb)| PHONE_VERBS.contains(&verb.to_lowercase().as_str()))
}

/// Whether a list of whole numbers leads to byte `at` whose first figure stands where `head`
/// holds ("sections 302, 307 and 34" after a label noun, "call 999 or 111" after a verb of
/// dialling).
fn follows_a_list_after(
    context: &Context<'_>,
    at: usize,
    head: fn(&Context<'_>, usize) -> bool,
) -> bool {
    let mut before = context.before(at, 80);
    for _ in 0..MAX_LABEL_LIST {
        let Some(rest) = [", and ", ", or ", ", ", " and ", " or "]
            .iter()
            .find_map(|sep| before.strip_suffix(sep))
        else {
            return false;
        };
        let figure = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        if figure.len() == rest.len() {
            return false;
        }
        let figure_start = at - context.before(at, 80).len() + figure.len();
        if head(context, figure_start) {
            return true;
        }
        before = figure;
    }
    false
}

/// Most digits of a number that marks an item of a list ("1.", "12)").
const MAX_LIST_MARKER_DIGITS: usize = 2;

/// Whether a small whole number opens a line as the marker of an item in a list: "1. The board
/// will…", "2) Landlords must…", "(3) The scheme…", a capital letter after it.
fn is_list_marker(context: &Context<'_>, number: Span) -> bool {
    if number.end - number.start > MAX_LIST_MARKER_DIGITS {
        return false;
    }
    let line = context.before(number.start, 40);
    let line = line.rsplit('\n').next().unwrap_or(line);
    let opening = line.trim_start_matches([' ', '\t']);
    let close = match opening {
        "" => [". ", ") "]
            .iter()
            .find(|c| context.after(number.end, 2) == **c),
        "(" => [") "].iter().find(|c| context.after(number.end, 2) == **c),
        _ => None,
    };
    close.is_some_and(|close| {
        context
            .after(number.end + close.len(), 4)
            .starts_with(|c: char| c.is_uppercase())
    })
}

/// Whether a bare number at the start of a sentence stands between two capitalised words of a
/// name ("Boeing 737 Max jets were grounded"); a plural after it is counted ("All 47 Senators").
fn is_model_name(context: &Context<'_>, number: Span) -> bool {
    let Some((earlier, word)) = word_before(context, number.start) else {
        return false;
    };
    let sentence_start = ends_in_one_of(earlier, &['.', '!', '?']);
    let lower = word.to_lowercase();
    let name_word = word.len() >= 2
        && word.starts_with(char::is_uppercase)
        && !is_function_word(&lower)
        && !QUANTITY_OPENERS.contains(&lower.as_str())
        && !lower.ends_with("ly")
        && !QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(word));
    let after = context.after(number.end, 40);
    let next: &str = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    sentence_start
        && name_word
        && next.len() >= 2
        && next.starts_with(char::is_uppercase)
        && !next.ends_with('s')
}

/// Whether a bare number after the capitalised word that opens a sentence is part of a name,
/// as it is after one inside a sentence ("Building 7 was evacuated", "Apollo 11 landed", "FTSE
/// 100 rose"): the word is no function word, no word that opens a sentence with a count
/// ("Another 300", "Perhaps 300", "Today 300"), no adverb in "-ly" and no plural, and no
/// counted noun follows the number ("Building 7 residents" may count them).
fn opens_with_a_name(context: &Context<'_>, number: Span) -> bool {
    let Some((earlier, word)) = word_before(context, number.start) else {
        return false;
    };
    if !ends_in_one_of(earlier, &['.', '!', '?']) || word.len() < 2 {
        return false;
    }
    let lower = word.to_lowercase();
    let capitalised = word.starts_with(char::is_uppercase);
    let acronym = word.chars().all(|c| c.is_ascii_uppercase());
    // "Paris 2024 organisers": a year after a name names an event, whatever follows it, and the
    // name may end in "s" as a plural does.
    let digits = number.of(context.text);
    let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
    // "Chasing 398 to win", "Set 280 to win": a verb opening the sentence names nothing.
    let name_word = capitalised
        && !FIGURE_OPENING_VERBS.contains(&lower.as_str())
        && !is_function_word(&lower)
        && !QUANTITY_OPENERS.contains(&lower.as_str())
        && !crate::word_set!(sentence_starters::WORDS).contains(word)
        && !TIME_ADVERBIAL_WORDS.contains(&lower.as_str())
        && !lower.ends_with("ly")
        && (year || acronym || !lower.ends_with('s') || singular_verb_after(context, number.end))
        && !QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(word));
    let after = context.after(number.end, 2);
    let next_is_word_or_mark = after.is_empty()
        || after.starts_with(|c: char| c.is_ascii_punctuation() && c != '-' && c != '%')
        || after.starts_with(' ');
    name_word
        && next_is_word_or_mark
        && (year || counted_noun(context, number.end, false).is_none())
}

/// Whether the word after a sentence-opening figure at byte `at` is one of
/// [`SINGULAR_VERBS`]: the subject it closes is one thing, so a plural-looking word before the
/// figure is a name ("Windows 11 is installed"), while a count would take "are".
fn singular_verb_after(context: &Context<'_>, at: usize) -> bool {
    first_word_after(context, at).is_some_and(|word| SINGULAR_VERBS.contains(&word))
}

/// Whether the word right before byte `at` opens its sentence and is a product's name with a
/// capital inside after a lower-case letter ("KiteOS", "PowerBook"): the decimal after it is a
/// version, as it is inside a sentence.
fn opens_with_a_product_name(context: &Context<'_>, at: usize) -> bool {
    let Some((earlier, word)) = word_before(context, at) else {
        return false;
    };
    let sentence_start = ends_in_one_of(earlier, &['.', '!', '?']);
    let mut letters = word.chars();
    let capitalised = letters.next().is_some_and(char::is_uppercase);
    let camel = letters
        .skip_while(|c| !c.is_lowercase())
        .any(char::is_uppercase);
    sentence_start && capitalised && camel
}

/// Whether a bare number inside a sentence is followed by a capitalised unit of time, as the
/// title of a programme is ("told 60 Minutes", "on 24 Hours"): no quantity.
fn is_title_of_measure(context: &Context<'_>, number: Span) -> bool {
    let before = context.before(number.start, 8).trim_end();
    let inside = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == ',');
    let after = context.after(number.end, 40);
    let Some(next) = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
    else {
        return false;
    };
    let title_case = next.starts_with(char::is_uppercase)
        && next.chars().skip(1).all(char::is_lowercase)
        && next.len() > 1;
    inside && title_case && MEASURE_PLURALS.contains(&next.to_lowercase().as_str())
}

/// Give "points" after a figure the unit of [`PERCENTAGE_POINTS`] when an earlier figure of
/// the same sentence is in percentage points ("rose 0.3 percentage points in March and 0.2
/// points in April"): the shorter name repeats the longer one.
fn points_as_percentage_points(text: &str, found: &mut [Found]) {
    let mut last_points: Option<usize> = None;
    for number in found.iter_mut() {
        let unit = number.unit.clone().map(unit_spelled_as);
        if unit.as_deref() == Some(PERCENTAGE_POINTS) {
            last_points = Some(number.span.end);
            continue;
        }
        let Some(from) = last_points else {
            continue;
        };
        let gap = text.get(from..number.span.start).unwrap_or("");
        let same_sentence =
            !gap.contains('\n') && ![". ", "! ", "? "].iter().any(|end| gap.contains(end));
        if !same_sentence {
            last_points = None;
            continue;
        }
        if matches!(unit.as_deref(), Some("points" | "point")) {
            number.unit = Some(PERCENTAGE_POINTS.to_string());
        }
    }
}

/// Whether a bare number of three digits stands between an article or a possessive and a
/// capitalised singular word that counts nothing, as the number of a model does before the name
/// of its line ("the 737 MAX", "a 787 Dreamliner", "its 320 Neo"): no quantity. A month, a
/// weekday or a time zone after the number is no model name.
fn precedes_a_model_name(context: &Context<'_>, number: Span) -> bool {
    if number.end - number.start != 3 {
        return false;
    }
    let determiner = word_before(context, number.start).is_some_and(|(_, word)| {
        let lower = word.to_lowercase();
        crate::lexicon::function_words::ARTICLES.contains(&lower.as_str())
            || crate::lexicon::reporting::POSSESSIVE_DETERMINERS.contains(&lower.as_str())
    });
    let after = context.after(number.end, 40);
    let next = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    let name_word = next.len() >= 2
        && next.starts_with(char::is_uppercase)
        && !next.ends_with('s')
        && crate::lexicon::calendar::month_number(next).is_none()
        && !crate::lexicon::calendar::WEEKDAYS
            .iter()
            .any(|day| day.eq_ignore_ascii_case(next))
        && !crate::word_set!(crate::lexicon::calendar::TIME_ZONES).contains(next);
    determiner && name_word && counted_noun(context, number.end, false).is_none()
}

/// Whether a bare number of three digits or more stands between "a" or "the" and a singular
/// noun of a telephone call ("the 911 call", "a 999 operator"): the number dialled.
fn is_phone_number_named(context: &Context<'_>, number: Span) -> bool {
    if number.end - number.start < 3 {
        return false;
    }
    let determiner = word_before(context, number.start)
        .is_some_and(|(_, word)| matches!(word.to_lowercase().as_str(), "a" | "the"));
    let after = context.after(number.end, 24);
    let next = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    determiner && PHONE_CALL_NOUNS.contains(&next.to_lowercase().as_str())
}

/// Most bytes around a storm's category searched for a word of a storm in its sentence.
const STORM_REACH: usize = 120;

/// Whether the figure at `number` is a storm's category: "category" right before it, spaced or
/// hyphened ("a Category 4 hurricane", "a category-five typhoon"), a figure from one to five,
/// and a word of a storm in its sentence.
fn is_storm_category(context: &Context<'_>, number: Span) -> bool {
    let before = context.before(number.start, 16);
    let Some(before) = before.strip_suffix([' ', '-']) else {
        return false;
    };
    let category =
        split_last_word(before).is_some_and(|(_, w)| w.eq_ignore_ascii_case(STORM_CATEGORY));
    let value = match &context.text[number.start..number.end] {
        digits if digits.bytes().all(|b| b.is_ascii_digit()) => digits.parse::<f64>().ok(),
        word => NUMBER_WORDS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|&(_, v)| v),
    };
    if !category || !value.is_some_and(|v| (1.0..=MAX_STORM_CATEGORY).contains(&v)) {
        return false;
    }
    let ends = ['.', '!', '?'];
    let earlier = context.before(number.start, STORM_REACH);
    let earlier = earlier.rsplit(ends).next().unwrap_or(earlier);
    let later = context.after(number.end, STORM_REACH);
    let later = later.split(ends).next().unwrap_or(later);
    [earlier, later].iter().any(|part| {
        part.split(|c: char| !c.is_alphabetic())
            .any(|w| STORM_WORDS.contains(&w.to_lowercase().as_str()))
    })
}

/// Whether a figure of three digits dashed to four ("555-0199") is a local telephone number:
/// the second group opens with a zero, which no count does, or a word of calling comes before
/// it ("call 555-0199", "Tel 555-0199", "reached at 555-0199", "call us on 555-0199").
fn is_local_phone_number(caps: &Captures<'_>, context: &Context<'_>, number: Span) -> bool {
    let Some(second) = caps
        .name("range")
        .and_then(|r| r.as_str().strip_prefix('-'))
    else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let shape = digits(&context.text[number.start..number.end], 3) && digits(second, 4);
    if !shape
        || ["dscale", "pct", "measure", "compound"]
            .iter()
            .any(|g| caps.name(g).is_some())
    {
        return false;
    }
    if second.starts_with('0') {
        return true;
    }
    // "Tel: 555-0199", "the hotline, 555-0199": a colon or comma may part them.
    let mut before = context
        .before(number.start, 60)
        .trim_end_matches(' ')
        .trim_end_matches([',', ':']);
    for _ in 0..3 {
        let Some((earlier, word)) = split_last_word(before) else {
            return false;
        };
        let lower = word.to_lowercase();
        let lower = lower.as_str();
        if PHONE_VERBS.contains(&lower)
            || PHONE_CALL_NOUNS.contains(&lower)
            || PHONE_LEADS.contains(&lower)
        {
            return true;
        }
        if !PHONE_LINKS.contains(&lower) || !earlier.ends_with(' ') {
            return false;
        }
        before = earlier.trim_end_matches(' ');
    }
    false
}

/// Whether a bare figure stands in "the 1400 block of": a stretch of a street named by its house
/// numbers, no quantity.
fn is_street_block(context: &Context<'_>, number: Span) -> bool {
    let the =
        word_before(context, number.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("the"));
    let after = context.after(number.end, 12).to_lowercase();
    the && after
        .strip_prefix(' ')
        .and_then(|a| a.strip_prefix(STREET_BLOCK_NOUN))
        .is_some_and(|a| a.starts_with(" of "))
}

/// Whether a bare integer follows a capitalised word inside a sentence, as model and route
/// numbers do ("Boeing 777", "Flight 370", "Route 66").
fn follows_a_name(context: &Context<'_>, at: usize) -> bool {
    if follows_number_abbreviation(context, at) {
        return true;
    }
    let Some((earlier, word)) = word_before(context, at) else {
        return false;
    };
    if counts_after_a_month(context, at, earlier, word) || counts_after_a_weekday(context, at, word)
    {
        return false;
    }
    if STATISTIC_ABBREVIATIONS.contains(&word) && measures_a_statistic(context, at) {
        return false;
    }
    // "S&P 500", "AT&T 5": a one-letter word after an ampersand is part of a name; "iPhone 17",
    // "iOS 18": a product's name has a capital inside.
    let joined = earlier.ends_with('&');
    let camel_case = word.len() >= 3 && word.chars().skip(1).any(char::is_uppercase);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    if !(capitalised || camel_case) || (word.len() < 2 && !joined) {
        return false;
    }
    let earlier = earlier.trim_end();
    let sentence_start = earlier.chars().next_back().is_none_or(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '"' | '“' | '”' | '‘' | '’' | '\'' | ':' | '('
        )
    });
    !sentence_start && !QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(word))
}

/// Whether the bare integer at byte `at` after `month` (a month's full name, with `earlier` the
/// text before it) counts something rather than numbering a name: "on 12 February 40 crews",
/// "in February 40 crews". The month is a date's, not a name's, when a day stands before it or
/// the figure is past any day of a month; a figure of a day after the month is the date's own.
/// "May" is left out, as it is also a name.
fn counts_after_a_month(context: &Context<'_>, at: usize, earlier: &str, month: &str) -> bool {
    let is_month = MONTHS
        .iter()
        .any(|&(name, number)| number != MAY && name == month);
    if !is_month {
        return false;
    }
    let day_before =
        split_last_number(earlier.trim_end()).is_some_and(|day| (1..=MAX_MONTH_DAY).contains(&day));
    day_before || past_any_day(digits_at(context, at))
}

/// Whether the bare integer at byte `at` after `day` (a weekday's full name) counts something
/// rather than numbering a name: "on Friday 12 ambulances were sent", "on Sunday 300 were
/// arrested". A counted noun follows it or the figure is past any day of a month; "Friday 12"
/// alone may still be a day of the month.
fn counts_after_a_weekday(context: &Context<'_>, at: usize, day: &str) -> bool {
    if !crate::lexicon::calendar::WEEKDAYS.contains(&day) {
        return false;
    }
    let digits = digits_at(context, at);
    past_any_day(digits) || counted_noun(context, at + digits.len(), false).is_some()
}

/// The run of ASCII digits starting at byte `at` (at most 12 bytes of it).
fn digits_at<'c>(context: &'c Context<'_>, at: usize) -> &'c str {
    let figure = context.after(at, 12);
    figure
        .find(|c: char| !c.is_ascii_digit())
        .map_or(figure, |end| &figure[..end])
}

/// Whether `digits` is a whole number past the last day any month has.
fn past_any_day(digits: &str) -> bool {
    digits.parse::<u32>().is_ok_and(|v| v > MAX_MONTH_DAY)
}

/// The number of a month whose name is also a woman's name.
const MAY: i8 = 5;

/// The last day any month has.
const MAX_MONTH_DAY: u32 = 31;

/// The whole number written in digits at the end of `text` (after its last space), if any.
fn split_last_number(text: &str) -> Option<u32> {
    let last = text.rsplit(' ').next()?;
    if last.is_empty() || !last.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    last.parse().ok()
}

/// Whether the figure at byte `at`, after one of [`STATISTIC_ABBREVIATIONS`], is that measure's
/// value: a decimal ("HR 0.77") or the first end of a range ("CI 12 to 18", "CI 12-18"); a whole
/// figure alone may still be a name's number ("HR 1", a bill).
fn measures_a_statistic(context: &Context<'_>, at: usize) -> bool {
    let figure = context.after(at, 40);
    let digits_end = figure
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(figure.len());
    let rest = figure.get(digits_end..).unwrap_or("");
    let decimal = rest
        .strip_prefix('.')
        .is_some_and(|tail| tail.starts_with(|c: char| c.is_ascii_digit()));
    let range = [" to ", "-", "–"].iter().any(|gap| {
        rest.strip_prefix(gap)
            .is_some_and(|end| end.starts_with(|c: char| c.is_ascii_digit()))
    });
    digits_end > 0 && (decimal || range)
}

/// Whether "No. " or "Nos. " ("number" abbreviated) stands right before byte `at` ("No. 7",
/// "case No. 23-1045").
fn follows_number_abbreviation(context: &Context<'_>, at: usize) -> bool {
    let before = context.before(at, 8);
    before.ends_with(" No. ") || before.ends_with(" Nos. ")
}

/// Whether the word right before byte `at` is a product's name, in lower case with a capital
/// inside ("iOS", "macOS", "iPhone"): the figure after it is its version or model.
fn follows_a_product_name(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, word)| {
        word.starts_with(char::is_lowercase) && word.chars().any(char::is_uppercase)
    })
}

/// Whether a distance between an article and what follows it names a race: "won the 10k in
/// Boston", "a 5k run" (`kilo`, figures glued to "k"), or "the 100m final", "the 1500m heats" (a
/// measure of length before one of [`RACE_EVENT_NOUNS`]). `start` is where the figure starts,
/// `end` where its suffix ends.
fn names_a_race(context: &Context<'_>, start: usize, end: usize, kilo: bool) -> bool {
    let article = word_before(context, start).is_some_and(|(_, word)| {
        crate::lexicon::function_words::ARTICLES
            .iter()
            .any(|article| word.eq_ignore_ascii_case(article))
    });
    if !article {
        return false;
    }
    let after = context.after(end, 24);
    let Some(rest) = after.strip_prefix(' ') else {
        // "won the 10k.": nothing, or a mark, after the race.
        return kilo && !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
    };
    let word = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("")
        .to_lowercase();
    RACE_EVENT_NOUNS.contains(&word.as_str())
        || (kilo && (RACE_NOUNS.contains(&word.as_str()) || is_function_word(&word)))
}

/// Whether the words after a bare number name a street ("10 Downing Street", "92 rue de X"):
/// the words before the street word are capitalised, as a street's name is ("300 people at St
/// John's Hospital" counts people before a saint's name), or the street word comes first.
fn is_address(context: &Context<'_>, at: usize) -> bool {
    let after = context.after(at, 40);
    if !after.starts_with(' ') {
        return false;
    }
    for word in after.split(' ').skip(1).take(3) {
        let word = word.trim_end_matches([',', '.', ';']);
        if STREET_WORDS.iter().any(|s| s.eq_ignore_ascii_case(word)) {
            return true;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// Most capitalised words a house's street name takes after its number ("3 Mill Row").
const MAX_HOUSE_NAME_WORDS: usize = 3;

/// Whether a bare number is a house number after a person: "of" before it follows a name
/// ("Tom Reed of 4 Mill View,") or an age set off by commas ("Tom Reed, 34, of 4 Mill View,"),
/// and one to [`MAX_HOUSE_NAME_WORDS`] capitalised words after it end in a comma. A count keeps
/// its lower-case noun ("one of 3 Big Tech firms").
fn is_house_number(context: &Context<'_>, number: Span) -> bool {
    let Some((earlier, word)) = word_before(context, number.start) else {
        return false;
    };
    if word != "of" {
        return false;
    }
    let earlier = earlier.trim_end();
    let after_age = earlier.strip_suffix(',').is_some_and(|lead| {
        let lead = lead.trim_end();
        let before_age = lead.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = lead.len() - before_age.len();
        (1..=3).contains(&digits) && before_age.trim_end().ends_with(',')
    });
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let after_name = split_last_word(earlier).is_some_and(|(before_name, surname)| {
        capitalised(surname)
            && split_last_word(before_name.trim_end()).is_some_and(|(_, given)| capitalised(given))
    });
    if !(after_age || after_name) {
        return false;
    }
    let after = context.after(number.end, 60);
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    for word in rest.split(' ').take(MAX_HOUSE_NAME_WORDS) {
        let bare = word.trim_end_matches(',');
        if bare.is_empty() || !capitalised(bare) || !bare.chars().all(char::is_alphabetic) {
            return false;
        }
        if word.ends_with(',') {
            return true;
        }
    }
    false
}

/// Value of a digit string with optional thousands groups and decimals; irregular groups give
/// None with the `irregular-grouping` flag, a value beyond f64 gives None with `overflow`.
/// Indian grouping is regular too: three digits last, pairs before them ("1,50,000", "12,50,000").
fn digits_value(digits: &str) -> (Option<f64>, Vec<&'static str>) {
    let (whole, _) = digits.split_once('.').unwrap_or((digits, ""));
    let separator = |c: char| c == ',' || GROUP_SPACES.contains(&c);
    let mut groups = whole.split(separator);
    let first_ok = groups.next().is_some_and(|g| !g.is_empty() && g.len() <= 3);
    let grouped = whole.contains(separator);
    let thousands = || groups.clone().all(|g| g.len() == 3);
    let indian = || {
        let groups: Vec<&str> = whole.split(',').collect();
        let (Some((last, init)), Some(first)) = (groups.split_last(), groups.first()) else {
            return false;
        };
        groups.len() >= 3
            && first.len() <= 2
            && last.len() == 3
            && init.iter().skip(1).all(|g| g.len() == 2)
    };
    if grouped && !(first_ok && (thousands() || indian())) {
        return (None, vec!["irregular-grouping"]);
    }
    let plain: String = digits.chars().filter(|c| !separator(*c)).collect();
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() => (Some(v), Vec::new()),
        _ => (None, vec!["overflow"]),
    }
}

/// The multiplier of a scale word or suffix ("million", "bn", "m"), None if unknown.
fn scale_of(word: &str) -> Option<f64> {
    let word = word.trim().trim_start_matches('-');
    SCALE_WORDS
        .iter()
        .chain(SCALE_SUFFIXES.iter())
        .chain(SCALE_COMPOUNDS)
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

/// The ISO code of a currency sign or code.
fn currency_of(sign: &str) -> Option<&'static str> {
    CURRENCY_SIGNS
        .iter()
        .chain(CURRENCY_ABBREVIATIONS)
        .chain(GLUED_CURRENCY_PREFIXES)
        .find(|(s, _)| *s == sign)
        .map(|(_, code)| *code)
        .or_else(|| CURRENCY_CODES.iter().find(|c| **c == sign).copied())
}

/// Whether an amount is money after its `sign`: always, unless the sign is a short prefix that
/// also letters roads and models ("R35", "Sh2"); then only with a scale ("R3.5 billion"), digit
/// groups ("R5,000"), cents ("R1.20") or a word of money before it ("cost R350").
fn glued_prefix_is_money(
    caps: &Captures<'_>,
    context: &Context<'_>,
    sign: &str,
    number: regex::Match<'_>,
) -> bool {
    let sign = sign.trim_end();
    if !GLUED_CURRENCY_PREFIXES.iter().any(|(p, _)| *p == sign) {
        return true;
    }
    let digits = number.as_str();
    let cents = digits
        .split_once('.')
        .is_some_and(|(_, cents)| cents.len() == 2);
    caps.name("mscale").is_some()
        || caps.name("mscale2").is_some()
        || digits.contains(',')
        || cents
        || word_before_is_in(context.text, context.span.start, MONEY_WORDS_BEFORE)
        || priced_before(context)
        || unit_price_after(context, sign)
}

/// "sold for about N185", "raised the price of petrol from N480 to N520": one of
/// [`PRICE_PHRASES_BEFORE`] right before the amount (and its qualifier), or one of
/// [`PRICE_LINKS`] right before it in a clause that names one of [`PRICE_NOUNS`].
fn priced_before(context: &Context<'_>) -> bool {
    let lead = qualifier_before(context, context.span.start)
        .map_or(context.span.start, |q| q.start.min(context.span.start));
    let before = context.before(lead, 120).to_lowercase();
    let Some(clause) = before
        .rsplit(['.', '!', '?', ';', ',', ':', '\n', '(', ')', '"', '“', '”'])
        .next()
        .filter(|clause| clause.ends_with(' '))
    else {
        return false;
    };
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some((last, earlier)) = words.split_last() else {
        return false;
    };
    let phrase = earlier.last().map(|w| format!("{w} {last}"));
    phrase.is_some_and(|p| PRICE_PHRASES_BEFORE.contains(&p.as_str()))
        || (PRICE_LINKS.contains(last) && earlier.iter().any(|w| PRICE_NOUNS.contains(w)))
}

/// "N520 per litre", "N650 to N700 a litre": the amount, or a range it opens with the same
/// `sign`, followed by "per", "a" or "an" and one of [`UNIT_PRICE_MEASURES`].
fn unit_price_after(context: &Context<'_>, sign: &str) -> bool {
    let after = context.after(context.span.end, 48);
    let is_figure = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let rest = [" to ", "-", "–", " and "]
        .iter()
        .find_map(|link| after.strip_prefix(link))
        .and_then(|r| r.strip_prefix(sign.trim_end()))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .map_or(after, |r| r.trim_start_matches(is_figure));
    let Some(measure) = [" per ", " a ", " an ", "/"]
        .iter()
        .find_map(|per| rest.strip_prefix(per))
    else {
        return false;
    };
    let word: String = measure
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_lowercase();
    UNIT_PRICE_MEASURES.contains(&word.as_str())
}

/// A currency named right after an amount ("5 million euros", "200 USD"). Pounds are also a
/// weight, so they are sterling only when the text says so ("200 pounds sterling") or when the
/// amount has a scale of a million or more (`scaled`: "3 million pounds", "£"-less wire copy)
/// and no "of" follows ("2 million pounds of beef" is a weight).
fn currency_after(context: &Context<'_>, at: usize, scaled: bool) -> Option<String> {
    let after = context.after(at, 24);
    // "50 euro cents": cents of the named currency, valued in it later.
    if cents_currency_after(after, 0).is_some() {
        return Some(CENTS_UNIT.to_string());
    }
    let rest = after.strip_prefix(' ')?;
    // "6.5 sen": hundredths of a currency, valued in it later.
    if let Some((minor, _)) = MINOR_CURRENCY_WORDS.iter().find(|(minor, _)| {
        rest.strip_prefix(minor)
            .is_some_and(|tail| !tail.starts_with(char::is_alphanumeric))
    }) {
        return Some((*minor).to_string());
    }
    let rest = rest
        .strip_prefix("US ")
        .or_else(|| rest.strip_prefix("U.S. "))
        .unwrap_or(rest);
    // "5 million Swiss francs": a country's adjective before a shared name.
    // "a 3 million Saudi riyal deal": the name in the singular before the noun it measures.
    let qualified = QUALIFIED_CURRENCY_NAMES.iter().find(|(name, _)| {
        [name, name.strip_suffix('s').unwrap_or(name)]
            .iter()
            .any(|name| {
                rest.get(..name.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(name))
                    && !rest[name.len()..].starts_with(char::is_alphanumeric)
            })
    });
    if let Some((_, code)) = qualified {
        return Some((*code).to_string());
    }
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.eq_ignore_ascii_case(POUNDS) || POUNDS.strip_suffix('s') == Some(&word) {
        let tail = &rest[word.len()..];
        let sterling = tail
            .strip_prefix(' ')
            .and_then(|t| t.get(..8))
            .is_some_and(|t| t.eq_ignore_ascii_case("sterling"));
        let of_follows = tail
            .get(..4)
            .is_some_and(|t| t.eq_ignore_ascii_case(" of "));
        let paid = paid_before(context) || money_noun_before(context);
        // "9.9 billion pounds of headroom": a scaled sum of money, not of beef.
        let finance_follows = of_follows
            && scaled
            && context
                .after(at + after.len() - tail.len(), 64)
                .get(4..)
                .is_some_and(finance_noun_after_of);
        return (sterling || finance_follows || ((scaled || paid) && !of_follows))
            .then(|| POUNDS_CODE.to_string());
    }
    if word == WON {
        return scaled.then(|| WON_CODE.to_string());
    }
    currency_named(&word)
        .or_else(|| CURRENCY_CODES.iter().find(|c| **c == word).copied())
        .or_else(|| shared_currency_plural(&word))
        .map(str::to_string)
}

/// Most words after "of" read for a noun of money ("of taxpayers' hard-earned money").
const FINANCE_NOUN_REACH: usize = 3;

/// Whether one of the first few words of `rest`, the text after "of", is one of
/// [`FINANCE_NOUNS_AFTER_OF`] ("headroom", "public money", "the taxpayers' money"), before any
/// mark ends the phrase.
fn finance_noun_after_of(rest: &str) -> bool {
    let phrase = rest
        .split(['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”'])
        .next()
        .unwrap_or("");
    phrase
        .split_whitespace()
        .take(FINANCE_NOUN_REACH)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .any(|w| FINANCE_NOUNS_AFTER_OF.contains(&w.as_str()))
}

/// "paid 212,000 pounds", "ordered to pay her 212,000 pounds": a word of paying right before the
/// figure, or before an object pronoun right before it.
fn paid_before(context: &Context<'_>) -> bool {
    let start = context.span.start;
    if word_before_is_in(context.text, start, MONEY_WORDS_BEFORE) {
        return true;
    }
    let before = context.before(start, 8);
    OBJECT_PRONOUNS.iter().any(|pronoun| {
        before
            .strip_suffix(' ')
            .and_then(|b| b.len().checked_sub(pronoun.len()).map(|at| (b, at)))
            .is_some_and(|(b, at)| {
                b.get(at..).is_some_and(|w| w.eq_ignore_ascii_case(pronoun))
                    && (at == 0 || b[..at].ends_with(' '))
                    && word_before_is_in(
                        context.text,
                        start - (b.len() - at) - 1,
                        MONEY_WORDS_BEFORE,
                    )
            })
    })
}

/// "a payment of 1,500 pounds", "average pay at the port is about 36,000 pounds": one of
/// [`MONEY_NOUNS`] right before "of" before the figure (and its qualifier), or in the clause
/// that one of [`AMOUNT_LINK_VERBS`] right before the figure closes.
fn money_noun_before(context: &Context<'_>) -> bool {
    let before = context.before(context.span.start, 160).to_lowercase();
    let Some(clause) = before
        .rsplit(['.', '!', '?', ';', ',', '\n', '(', ')', '"', '“', '”'])
        .next()
    else {
        return false;
    };
    let clause = QUALIFIERS
        .iter()
        .find_map(|q| {
            clause
                .strip_suffix(' ')
                .and_then(|c| c.strip_suffix(q))
                .filter(|c| c.ends_with(' '))
        })
        .unwrap_or(clause);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some((last, earlier)) = words.split_last() else {
        return false;
    };
    if *last == "of" {
        return earlier.last().is_some_and(|w| MONEY_NOUNS.contains(w));
    }
    AMOUNT_LINK_VERBS.contains(last) && earlier.iter().any(|w| MONEY_NOUNS.contains(w))
}

/// "a 2 billion riyal contract": a currency name several countries share, in the singular
/// before the noun it measures, is that name in the plural, as "2 billion riyals" is; a plural
/// made without "s" ("2.3 billion kroner") stays that name too, as "dinars" does.
fn shared_currency_plural(word: &str) -> Option<&'static str> {
    QUALIFIED_CURRENCY_NAMES
        .iter()
        .filter_map(|(name, _)| name.rsplit(' ').next())
        .find(|plural| match plural.strip_suffix('s') {
            Some(singular) => singular.eq_ignore_ascii_case(word),
            None => plural.eq_ignore_ascii_case(word),
        })
}

/// Whether a number's words hold a scale word or suffix of a million or more ("3 million",
/// "two billion", "bn").
fn scaled_by_million(surface: &str) -> bool {
    surface
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| scale_of(w).is_some_and(|scale| scale >= 1e6))
}

/// The code of a currency named by `word` ("euros" → EUR).
fn currency_named(word: &str) -> Option<&'static str> {
    CURRENCY_NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, code)| *code)
}

/// The qualifier written right before byte `at` ("more than", "some"), as a span.
fn qualifier_before(context: &Context<'_>, at: usize) -> Option<Span> {
    let before = context.before(at, 24);
    let trimmed = before.trim_end_matches(' ');
    // "p<0.01", "P < 0.001": a sign of comparison after a word or a bracket.
    if let Some(head) = trimmed.strip_suffix(COMPARISON_SIGNS) {
        let sign = trimmed.len() - head.len();
        let after_word = head
            .trim_end_matches(' ')
            .ends_with(|c: char| c.is_alphanumeric() || matches!(c, '(' | ',' | ';' | ':'));
        let start = at - before.len() + head.len();
        return after_word.then(|| Span::new(start, start + sign));
    }
    if trimmed.len() == before.len() && !before.ends_with('~') {
        return None;
    }
    // "at least another 36 hours", "up to a further 300 jobs": the word adding to a count stands
    // between the qualifier and the figure.
    if let Some(from) = further_word_start(trimmed) {
        return qualifier_before(context, at - before.len() + from);
    }
    QUALIFIERS.iter().find_map(|q| {
        let start = trimmed.len().checked_sub(q.len())?;
        let candidate = trimmed.get(start..)?;
        if !candidate.eq_ignore_ascii_case(q) {
            return None;
        }
        let boundary = trimmed
            .get(..start)
            .and_then(|b| b.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        // "ticked up to 3.9%": the particle of a verb of movement, not "at most"; "handed over
        // 30 jets": of a verb of giving, not "more than".
        let verb_before = |verbs: &[&str]| {
            trimmed
                .get(..start)
                .and_then(|b| b.split_whitespace().next_back())
                .is_some_and(|w| verbs.contains(&w.to_lowercase().as_str()))
        };
        let q_start = at - before.len() + start;
        let particle = (q.eq_ignore_ascii_case("up to") && verb_before(UP_PARTICLE_VERBS))
            || (q.eq_ignore_ascii_case("over") && verb_before(OVER_PARTICLE_VERBS))
            || (q.eq_ignore_ascii_case("about") && about_is_topic(context, q_start));
        (boundary && !particle).then(|| Span::new(q_start, q_start + q.len()))
    })
}

/// Where the last word of `text` starts when it is one of [`FURTHER_WORDS`] ("another", "a
/// further"), "further" taken with its article.
fn further_word_start(text: &str) -> Option<usize> {
    let (earlier, word) = split_last_word(text)?;
    if !FURTHER_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        return None;
    }
    if !(earlier.is_empty() || earlier.ends_with(' ')) {
        return None;
    }
    let with_article = earlier
        .strip_suffix(' ')
        .and_then(split_last_word)
        .filter(|(before, article)| {
            article.eq_ignore_ascii_case("a") && (before.is_empty() || before.ends_with(' '))
        })
        .map(|(before, _)| before.len());
    Some(with_article.unwrap_or(earlier.len()))
}

/// Whether "about" at byte `at` tells a topic, governed by one of [`ABOUT_TOPIC_WORDS`] in its
/// clause ("lied to the FBI about $250,000", "complained about 30 minutes of delays"), not an
/// approximation.
fn about_is_topic(context: &Context<'_>, at: usize) -> bool {
    let before = context.before(at, 80);
    // "in talks to buy it for about $9 million": a preposition right before "about" governs the
    // figure, so "about" approximates it.
    let after_preposition = before.ends_with(' ')
        && before.split_whitespace().next_back().is_some_and(|word| {
            ABOUT_APPROXIMATION_PREPOSITIONS.contains(&word.to_lowercase().as_str())
        });
    if after_preposition {
        return false;
    }
    for word in before.split_whitespace().rev().take(ABOUT_TOPIC_REACH) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.len() != word.len()
            || ABOUT_CLAUSE_BREAKS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(bare))
        {
            return false;
        }
        if ABOUT_TOPIC_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(bare))
        {
            return true;
        }
        // "the talks lasted about four hours": a verb between the word and "about" makes the
        // word its subject, and "about" the figure's qualifier.
        if is_verb_after_count(bare) {
            return false;
        }
    }
    false
}

/// Whether a word looks like a counted noun: a plural, or a noun that is plural without "s".
fn is_counted_noun(word: &str, singular_ok: bool) -> bool {
    let lower = word.to_lowercase();
    if INVARIANT_PLURALS.contains(&lower.as_str()) || PEOPLES_IN_IS.contains(&lower.as_str()) {
        return true;
    }
    // Compounds of an invariant plural: "grandchildren", "businesswomen", "gunmen".
    let compound_plural = INVARIANT_PLURAL_ENDINGS
        .iter()
        .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e))
        && !SINGULAR_MEN_WORDS.contains(&lower.as_str());
    if compound_plural {
        return true;
    }
    if singular_ok {
        return true;
    }
    lower.len() > 2
        && lower.ends_with('s')
        && !NON_PLURAL_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// The counted thing after a number: the first plural noun among the next few words, stopping at
/// punctuation, digits and function words ("100,000 Russian troops near" → troops).
fn counted_noun(context: &Context<'_>, at: usize, singular: bool) -> Option<String> {
    let after = context.after(at, 80);
    let mut rest = after;
    if !rest.starts_with([' ', '\u{a0}']) {
        return None;
    }
    // "300 or so people": the counted noun comes after a qualifier written after the figure.
    if let Some(len) = rest
        .get(1..)
        .and_then(|tail| qualifiers_after().find_map(|q| phrase_at(tail, q)))
        .filter(|&len| rest.get(1 + len..).is_some_and(|r| r.starts_with(' ')))
    {
        rest = rest.get(1 + len..).unwrap_or("");
    }
    // "25 basis points", "0.25 percentage point", "a 75 basis-point hike": a unit of two words.
    let spaced = rest.trim_start_matches([' ', '\u{a0}']);
    if let Some(unit) = TWO_WORD_UNITS
        .iter()
        .find(|unit| phrase_at(spaced, unit).is_some())
    {
        return Some(unit.to_string());
    }
    // "1,300 light years", "1,300 light-years": one unit however its words are joined.
    if let Some((_, unit)) = SPELLED_TWO_WORD_UNITS
        .iter()
        .find(|(spelling, _)| phrase_at(spaced, spelling).is_some())
    {
        return Some(unit.to_string());
    }
    // "80 µg/m³", "80 micrograms per cubic metre": a concentration in the air.
    if let Some((_, unit)) = CONCENTRATION_UNITS
        .iter()
        .find(|(spelling, _)| phrase_at(spaced, spelling).is_some())
    {
        return Some(unit.to_string());
    }
    // "2,000 square miles", "1,200 sq km", "5 km2": a measure of area or volume.
    if let Some((unit, _)) = area_unit(spaced) {
        return Some(unit);
    }
    let mut first = true;
    let mut capitalised: Option<&str> = None;
    let mut previous: Option<(&str, usize)> = None;
    let mut after_name = false;
    let mut joined = false;
    for _ in 0..4 {
        let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
        if trimmed.len() == rest.len() && !first {
            break;
        }
        // "2,000 U.S. troops", "12 U.S.-made jets": a dotted initialism describes the counted
        // noun after it, as "US" does.
        if let Some(len) = dotted_initialism_len(trimmed) {
            rest = &trimmed[len..];
            first = false;
            continue;
        }
        // "19 F-16 fighter jets", "ten Covid-19 patients": a designation describes the counted
        // noun after it; "19 F-16s" count the designation itself.
        let token_len = trimmed
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(trimmed.len());
        let token = &trimmed[..token_len];
        // "12 Boeing 737 jets": figures after a maker's name are its model.
        let model_number = after_name && token.starts_with(|c: char| c.is_ascii_digit());
        if is_designation(token) || model_number {
            if token
                .strip_suffix('s')
                .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()))
            {
                return Some(token.to_string());
            }
            after_name = false;
            rest = &trimmed[token_len..];
            continue;
        }
        let word_len = trimmed
            .char_indices()
            .find(|(_, c)| !(c.is_alphabetic() || *c == '-'))
            .map_or(trimmed.len(), |(i, _)| i);
        let Some(word) = trimmed.get(..word_len) else {
            break;
        };
        let word = word.trim_end_matches('-');
        if word.is_empty() {
            break;
        }
        let lower = word.to_lowercase();
        after_name = word.starts_with(char::is_uppercase);
        // "12.5 sec", "90 mins": a unit of time as it is spelled out.
        if let Some(time) = time_abbreviation(word, singular).filter(|_| first && word.len() > 1) {
            return Some(time.to_string());
        }
        // "330 m", "200 m of water": a lone "m" in lower case is metres, but "5 m people" are
        // millions of them.
        let millions = lower == "m"
            && (word != "m"
                || trimmed
                    .get(word_len..)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|rest| {
                        let next = rest
                            .split(|c: char| !c.is_alphabetic())
                            .next()
                            .unwrap_or("");
                        next.starts_with(char::is_lowercase) && is_counted_noun(next, false)
                    }));
        if first && SPACED_MEASURES.contains(&lower.as_str()) && !millions {
            // "52 m/s": a speed in metres a second keeps its divisor.
            if word == "m" && trimmed.get(word_len..).is_some_and(is_metres_per_second) {
                return Some(METRES_PER_SECOND.to_string());
            }
            // "120 mg/dL": a measure per another is no measure of its own.
            if trimmed.get(word_len..).is_some_and(has_divisor) {
                return None;
            }
            // A speed per hour keeps its divisor ("20 km/h").
            let per_hour = trimmed.get(word_len..).is_some_and(is_per_hour);
            let symbol = measure_symbol(&lower);
            return Some(if per_hour {
                format!("{symbol}/h")
            } else {
                symbol
            });
        }
        // "two other people", "three more attackers": the counted noun comes after.
        if first && matches!(lower.as_str(), "other" | "more" | "further") {
            rest = trimmed.get(word_len..).unwrap_or("");
            first = false;
            continue;
        }
        if first && lower == "of" {
            rest = trimmed.get(word_len..).unwrap_or("");
            // "61 of its customers", "two of the women", "40 of those jabs": a determiner
            // after the "of".
            if let Some(after) = std::iter::once(&"the")
                .chain(POSSESSIVE_DETERMINERS)
                .chain(PLURAL_DEMONSTRATIVES)
                .find_map(|d| {
                    let after = rest.strip_prefix(' ')?.strip_prefix(d)?;
                    after.starts_with(' ').then_some(after)
                })
            {
                rest = after;
            }
            // "two of Rovers' 27 games", "millions of the truckers' cash": a possessive is a
            // determiner of the counted noun, and a figure after it a count of its own.
            if let Some(after) = after_possessive(rest) {
                rest = after;
            }
            continue;
        }
        // "ten times the width of the road", "three times as many", "a thousand times brighter
        // than its neighbour": a multiple, whose unit is the word that makes it one.
        if first && lower == MULTIPLE_WORD && leads_a_multiple(trimmed.get(word_len..)) {
            return Some(lower);
        }
        // Another number starts a quantity of its own ("32 million five years ago").
        if UNIT_STOP_WORDS.contains(&lower.as_str())
            || NUMBER_WORDS.iter().any(|(number, _)| *number == lower)
        {
            break;
        }
        // "a team of 15 arrives on Monday": a verb of the singular subject, no counted noun.
        if COUNT_FOLLOWING_VERBS.contains(&lower.as_str()) {
            break;
        }
        if is_counted_noun(word, singular && first) {
            if !word.chars().next().is_some_and(char::is_uppercase) {
                let rest = trimmed.get(word_len..).unwrap_or("");
                let same_form = SAME_FORM_PLURALS.contains(&lower.as_str());
                let head = (!MEASURE_PLURALS.contains(&lower.as_str()))
                    .then(|| head_of_compound(rest))
                    .flatten()
                    .filter(|head| !same_form || SAME_FORM_COMPOUND_HEADS.contains(head));
                return Some(head.unwrap_or(word).to_string());
            }
            // "187 New Zealanders": a people named by a place of two words keeps both.
            let here = after.len() - trimmed.len();
            let named_place = previous
                .filter(|(p, start)| PLACE_NAME_PREFIXES.contains(p) && start + p.len() + 1 == here)
                .and_then(|(_, start)| after.get(start..here + word_len));
            capitalised = capitalised.or(named_place).or(Some(word));
        }
        previous = Some((word, after.len() - trimmed.len()));
        first = false;
        rest = trimmed.get(word_len..).unwrap_or("");
        // "1,400 current and former employees", "500 new or used cars": a short run of
        // describing words joined by "and", "or" or commas comes before the counted noun.
        if !joined && word.starts_with(char::is_lowercase) && can_describe(&lower) {
            if let Some(len) = joined_modifiers_len(rest) {
                rest = rest.get(len..).unwrap_or("");
                joined = true;
            }
        }
    }
    capitalised.map(str::to_string)
}

/// Whether `rest`, the text after [`MULTIPLE_WORD`], makes the figure before it a multiple: it
/// opens with one of [`MULTIPLE_LEADS`] or a possessive determiner ("five times her salary"),
/// with "that of", or with a word and "than" ("times higher than"); a span of time in the next
/// words makes the figure a count of occasions ("three times the following year").
fn leads_a_multiple(rest: Option<&str>) -> bool {
    let Some(rest) = rest.and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let mut words = rest.split(' ');
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    // "four times greater in towns", "27 times forward earnings": a comparative or the
    // base of a valuation right after the word makes a multiple whatever follows.
    let listed = |list: &[&str], word: &str| {
        let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
        list.iter().any(|w| w.eq_ignore_ascii_case(word))
    };
    if listed(MULTIPLE_COMPARATIVES, first)
        || listed(MULTIPLE_BASES, first)
        || (listed(MULTIPLE_BASE_MODIFIERS, first)
            && second.is_some_and(|w| listed(MULTIPLE_BASES, w)))
    {
        return true;
    }
    let occasions = std::iter::once(first)
        .chain(second)
        .chain(words.next())
        .any(|w| SPAN_TIME_UNITS.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic())));
    if occasions {
        return false;
    }
    let is = |word: &&str| first.eq_ignore_ascii_case(word);
    MULTIPLE_LEADS.iter().any(is)
        || POSSESSIVE_DETERMINERS.iter().any(is)
        || (is(&"that") && second == Some("of"))
        || (first.chars().all(char::is_alphabetic)
            && second.is_some_and(|w| w.eq_ignore_ascii_case("than")))
}

/// Most words of a name before the word of it that owns ("Vale Town's").
const MAX_OWNER_NAME_WORDS: usize = 3;

/// After a possessive word at the start of `rest` (" Rovers' 27 league games", " the club's
/// players"), the text from the space before the noun phrase it owns, past a figure that opens
/// that phrase; None when `rest` opens with no possessive.
fn after_possessive(rest: &str) -> Option<&str> {
    let mut tail = rest.strip_prefix(' ')?;
    // "Vale Town's": the words of a name before the one that owns.
    for _ in 0..MAX_OWNER_NAME_WORDS {
        let len = tail.find(' ').unwrap_or(tail.len());
        let word = &tail[..len];
        if !(word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)) {
            break;
        }
        tail = tail.get(len + 1..).unwrap_or("");
    }
    let word_len = tail
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(tail.len());
    if word_len == 0 {
        return None;
    }
    let after_word = &tail[word_len..];
    let after = ["'s", "\u{2019}s", "'", "\u{2019}"]
        .iter()
        .find_map(|mark| after_word.strip_prefix(mark))
        .filter(|after| after.starts_with(' '))?;
    let figure_len = after[1..]
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .unwrap_or(after.len() - 1);
    Some(match after.get(1 + figure_len..) {
        Some(noun) if figure_len > 0 && noun.starts_with(' ') => noun,
        _ => after,
    })
}

/// Whether a lower-case word may describe a noun after it: no function word, number word or
/// word of time ("500 yesterday and former staff" count no staff).
fn can_describe(lower: &str) -> bool {
    !is_function_word(lower)
        && !UNIT_STOP_WORDS.contains(&lower)
        && !TIME_ADVERBIAL_WORDS.contains(&lower)
        && !NUMBER_WORDS.iter().any(|(number, _)| *number == lower)
}

/// Most describing words a run joined by "and", "or" or commas may hold after its first.
const MAX_JOINED_MODIFIERS: usize = 3;

/// After the first of a run of describing words before a counted noun (" and former employees",
/// ", former or retired staff"), the length up to the last describing word, when the run is
/// joined by commas and ends in a joining word ("and", "or") before one lower-case word and then
/// a plural noun.
fn joined_modifiers_len(rest: &str) -> Option<usize> {
    let lower_word = |text: &str| -> Option<usize> {
        let len = text
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(text.len());
        let word = &text[..len];
        (len > 0 && word.starts_with(char::is_lowercase) && can_describe(word)).then_some(len)
    };
    let mut at = 0;
    for _ in 0..MAX_JOINED_MODIFIERS {
        let tail = rest.get(at..)?;
        // ", former": one more describing word in a list.
        if let Some(after) = tail.strip_prefix(", ") {
            let joiner = MODIFIER_JOINERS
                .iter()
                .find_map(|j| after.strip_prefix(j)?.strip_prefix(' '));
            if joiner.is_none() {
                let len = lower_word(after)?;
                at += 2 + len;
                continue;
            }
        }
        // " and former employees", ", or used cars": the joining word before the last one.
        let after = tail.strip_prefix(',').unwrap_or(tail).strip_prefix(' ')?;
        let last = MODIFIER_JOINERS
            .iter()
            .find_map(|j| after.strip_prefix(j)?.strip_prefix(' '))?;
        let start = rest.len() - last.len();
        let len = lower_word(last)?;
        if is_counted_noun(&last[..len], false) {
            return None;
        }
        let noun = last[len..].strip_prefix(' ')?;
        let noun_len = lower_word(noun)?;
        return is_counted_noun(&noun[..noun_len], false).then_some(start - 1);
    }
    None
}

/// The length of a dotted initialism opening `text` ("U.S.", "U.N.", "E.U."), with the word
/// hyphened to it ("U.S.-made"), when a space follows it.
fn dotted_initialism_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut len = 0;
    while bytes.get(len).is_some_and(u8::is_ascii_uppercase) && bytes.get(len + 1) == Some(&b'.') {
        len += 2;
    }
    if len < 4 {
        return None;
    }
    if bytes.get(len) == Some(&b'-') {
        len += 1 + text[len + 1..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len() - len - 1);
    }
    (bytes.get(len) == Some(&b' ')).then_some(len)
}

/// The length of `phrase` (lower case, words set apart by spaces) at the start of `text`, in
/// any case, its words set apart by a space or a hyphen ("basis-point"), and no letter after it.
fn phrase_at(text: &str, phrase: &str) -> Option<usize> {
    let head = text.get(..phrase.len())?;
    let same = head
        .bytes()
        .zip(phrase.bytes())
        .all(|(t, p)| t.eq_ignore_ascii_case(&p) || (p == b' ' && t == b'-'));
    let boundary = !text[phrase.len()..].starts_with(char::is_alphabetic);
    (same && boundary).then_some(phrase.len())
}

/// Qualifiers written after a figure, when none stands before it: "300 or so", "5% or more",
/// "20 years or more" (after the counted noun), "a dozen or so", and hyphened to the figure,
/// "40-odd", "10,000-plus", and set off by a comma ending the figure's clause ("3,000 sheep lost,
/// at least"). Each is kept as written. A hyphened qualifier says more than an estimate's word
/// before the figure and replaces it: "some 30-odd firms" is a little over 30.
fn qualify_after(text: &str, found: &mut [Found]) {
    let starts: Vec<usize> = found.iter().map(|f| f.span.start).collect();
    for (i, item) in found.iter_mut().enumerate() {
        if let Some(before) = item.qualifier {
            let estimate = ESTIMATE_QUALIFIERS
                .iter()
                .any(|q| before.of(text).eq_ignore_ascii_case(q));
            if let Some(suffix) = estimate
                .then(|| qualifying_suffix(text, item.span))
                .flatten()
            {
                item.qualifier = Some(suffix);
            }
            continue;
        }
        let next = starts.get(i + 1).copied().unwrap_or(text.len());
        item.qualifier = qualifying_suffix(text, item.span)
            .or_else(|| qualifier_after(text, item.span.end, item.unit.is_some()))
            .or_else(|| qualifier_ending_clause(text, item.span.end, next));
    }
}

/// How far after a figure a qualifier ending its clause is sought, in bytes.
const CLAUSE_END_QUALIFIER_REACH: usize = 60;

/// A qualifier of [`CLAUSE_END_QUALIFIERS`] after the first comma past byte `at`, before the next
/// figure (at `next`) and within the figure's clause, that ends the clause ("3,000 sheep lost, at
/// least."); not one that goes on ("5 goals, at least one of them").
fn qualifier_ending_clause(text: &str, at: usize, next: usize) -> Option<Span> {
    let mut to = (at + CLAUSE_END_QUALIFIER_REACH).min(next).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let rest = text.get(at..to)?;
    let comma = rest.find(", ")?;
    if rest[..comma].contains(['.', ';', ':', '!', '?', '\n', '(', ')', '"', '“', '”']) {
        return None;
    }
    let tail = text.get(at + comma + 2..)?;
    let len = CLAUSE_END_QUALIFIERS
        .iter()
        .find_map(|q| phrase_at(tail, q))?;
    let ends = tail[len..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ';' | '!' | '?' | ',' | ')' | '\n' | '"' | '”'));
    let start = at + comma + 2;
    ends.then(|| Span::new(start, start + len))
}

/// The span of a plus sign glued right after a figure ending at byte `at` and followed by no
/// letter, figure or other sign ("200+ stores", "aged 65+."), not a sum ("2+2") or a grade
/// ("A++").
fn plus_sign_after(context: &Context<'_>, at: usize) -> Option<Span> {
    let rest = context.after(at, 4).strip_prefix('+')?;
    let alone = !rest.starts_with(|c: char| c.is_alphanumeric() || c == '+' || c == '-');
    alone.then(|| Span::new(at, at + 1))
}

/// A qualifier hyphened to the end of the figure at `span` ("40-odd"), inside it or right
/// after it ("$1bn-plus", "€2 billion-plus").
fn qualifying_suffix(text: &str, span: Span) -> Option<Span> {
    let surface = span.of(text);
    let after = text.get(span.end..).and_then(|rest| rest.strip_prefix('-'));
    QUALIFYING_SUFFIXES.iter().find_map(|suffix| {
        let outside = after.and_then(|rest| {
            let same = rest.get(..suffix.len())?.eq_ignore_ascii_case(suffix);
            let ends = !rest[suffix.len()..].starts_with(char::is_alphanumeric);
            (same && ends).then(|| Span::new(span.end + 1, span.end + 1 + suffix.len()))
        });
        let inside = surface.len().checked_sub(suffix.len()).and_then(|start| {
            let hyphened = surface.get(..start)?.ends_with('-');
            let same = surface.get(start..)?.eq_ignore_ascii_case(suffix);
            (hyphened && same).then(|| Span::new(span.start + start, span.end))
        });
        inside.or(outside)
    })
}

/// A qualifier of [`qualifiers_after`] one space after byte `at`, or after the word that
/// follows when the figure has a unit (`counted`): "20 years or more". Not when "than" follows
/// ("400 or more than 500" compares), nor a figure or an article ("between 60 and over 70").
fn qualifier_after(text: &str, at: usize, counted: bool) -> Option<Span> {
    let rest = text.get(at..)?;
    let try_at = |offset: usize| -> Option<Span> {
        let tail = rest.get(offset..)?.strip_prefix(' ')?;
        let len = qualifiers_after().find_map(|q| phrase_at(tail, q))?;
        let than = tail
            .get(len..len + 5)
            .is_some_and(|t| t.eq_ignore_ascii_case(" than"));
        // "between 60 and over 70", "12 and over the weekend": a figure or an article after
        // "and over" makes "over" a word of its own.
        let next_word = tail.get(len..).unwrap_or("").trim_start();
        let next_word = next_word
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let goes_on = next_word.starts_with(|c: char| c.is_ascii_digit())
            || crate::lexicon::function_words::ARTICLES
                .iter()
                .any(|article| next_word.eq_ignore_ascii_case(article));
        let start = at + offset + 1;
        (!than && !goes_on).then(|| Span::new(start, start + len))
    };
    try_at(0).or_else(|| {
        let word = rest.strip_prefix(' ').filter(|_| counted)?;
        let len = word
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(word.len());
        (len > 0).then_some(())?;
        try_at(1 + len)
    })
}

/// Whether a token is a designation of a model or a thing named by letters and figures
/// ("F-16", "A380", "MiG-29", "Covid-19"): a capital first, then a digit somewhere.
fn is_designation(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_uppercase())
        && token.contains(|c: char| c.is_ascii_digit())
}

/// The plural noun right after a counted plural, which then only described it: "37 measles
/// cases" counts cases. A plural subject is not followed by a verb in "-s", so the word can
/// only be the head of the compound.
fn head_of_compound(rest: &str) -> Option<&str> {
    let next = rest.strip_prefix(' ')?;
    let len = next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len());
    let word = next.get(..len)?;
    is_compound_head(word).then_some(word)
}

/// Whether a word can be the plural head of a compound after another plural ("measles cases"):
/// a lower-case counted noun, neither a stop word nor a verb that follows a count.
fn is_compound_head(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(char::is_lowercase)
        && !UNIT_STOP_WORDS.contains(&word)
        && !COUNT_FOLLOWING_VERBS.contains(&word)
        && is_counted_noun(word, false)
}

/// A measure of area or volume opening `rest` ("square miles", "sq km", "cubic metres",
/// "km2", "m²"): its unit and its length in bytes. A length spelled out keeps its words after
/// "square" or "cubic" ("square miles", "cubic metres", also for "sq miles"); an abbreviated one
/// is written as its symbol with the power ("km²", "m³").
fn area_unit(rest: &str) -> Option<(String, usize)> {
    let letters = |s: &str| {
        s.find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(s.len())
    };
    let ends_word = |s: &str| !s.starts_with(|c: char| c.is_alphanumeric() || c == '-');
    let first_len = letters(rest);
    let first = rest.get(..first_len)?;
    let lower = first.to_ascii_lowercase();
    let dotted = rest[first_len..].starts_with('.');
    let prefix = AREA_PREFIXES
        .iter()
        .find(|(p, _)| *p == lower || (dotted && p.strip_suffix('.') == Some(lower.as_str())));
    if let Some(&(_, power)) = prefix {
        let after_prefix = first_len + usize::from(dotted && lower.len() == 2);
        let length_start = after_prefix + 1;
        let tail = rest.get(after_prefix..)?.strip_prefix(' ')?;
        // "sq nautical miles": a word making the length a unit of its own stays in the unit.
        let modifier_len = letters(tail);
        let modifier = LENGTH_MODIFIERS
            .iter()
            .find(|m| tail[..modifier_len].eq_ignore_ascii_case(m))
            .filter(|_| tail[modifier_len..].starts_with(' '));
        let length_start = length_start + modifier.map_or(0, |m| m.len() + 1);
        let tail = modifier.map_or(tail, |m| &tail[m.len() + 1..]);
        let length_len = letters(tail);
        let length = tail.get(..length_len)?;
        let length_lower = length.to_ascii_lowercase();
        if !AREA_LENGTHS.contains(&length_lower.as_str()) || !ends_word(&tail[length_len..]) {
            return None;
        }
        let unit = if length_lower.len() > 2 || modifier.is_some() {
            let word = if power == 2 { "square" } else { "cubic" };
            let modifier = modifier.map_or(String::new(), |m| format!("{m} "));
            format!("{word} {modifier}{length_lower}")
        } else {
            format!("{length_lower}{}", if power == 2 { '²' } else { '³' })
        };
        return Some((unit, length_start + length_len));
    }
    // "km2", "m²": an abbreviated length, in lower case, with its power right after it.
    if first_len > 2 || !AREA_LENGTHS.contains(&first) {
        return None;
    }
    let tail = &rest[first_len..];
    let power = tail.chars().next()?;
    let sign = match power {
        '2' | '²' => '²',
        '3' | '³' => '³',
        _ => return None,
    };
    let end = first_len + power.len_utf8();
    ends_word(&rest[end..]).then(|| (format!("{first}{sign}"), end))
}

/// The unit of time an abbreviation stands for, as it is spelled out ("mins" → "minutes", "min"
/// after one → "minute"), see [`TIME_ABBREVIATIONS`].
fn time_abbreviation(abbreviation: &str, one: bool) -> Option<&'static str> {
    TIME_ABBREVIATIONS
        .iter()
        .find(|(a, _, _)| a.eq_ignore_ascii_case(abbreviation))
        .map(|(_, singular, plural)| if one { *singular } else { *plural })
}

/// The unit a measure's abbreviation (lower case) is written as: its symbol ("MW", "km/h"), or
/// the abbreviation itself.
fn measure_symbol(lower: &str) -> String {
    MEASURE_SYMBOLS
        .iter()
        .find(|(abbreviation, _)| *abbreviation == lower)
        .map_or_else(|| lower.to_string(), |(_, symbol)| (*symbol).to_string())
}

/// Whether `rest` opens with "/h" and no letter after it (the divisor of "km/h").
fn is_per_hour(rest: &str) -> bool {
    rest.strip_prefix("/h")
        .is_some_and(|after| !after.starts_with(char::is_alphabetic))
}

/// The unit of a speed in metres a second ("52m/s", "52 metres per second").
const METRES_PER_SECOND: &str = "m/s";

/// Whether `rest` opens with "/s" and no letter after it (the divisor of "m/s").
fn is_metres_per_second(rest: &str) -> bool {
    rest.strip_prefix("/s")
        .is_some_and(|after| !after.starts_with(char::is_alphabetic))
}

/// Whether `rest` opens with a slash and a divisor other than the hour of a speed ("/dL" of
/// "120 mg/dL", "/m³" of "40 µg/m³").
fn has_divisor(rest: &str) -> bool {
    !is_per_hour(rest)
        && rest
            .strip_prefix('/')
            .is_some_and(|after| after.starts_with(char::is_alphabetic))
}

/// The end of a "/h" right at byte `at` in the body ("90km/h"), if there is one.
fn per_hour_after(context: &Context<'_>, at: usize) -> Option<usize> {
    is_per_hour(context.after(at, 3)).then_some(at + 2)
}

/// Whether the word after byte `at` is a counted noun ("5m people", "50m times").
fn next_word_is_counted(context: &Context<'_>, at: usize) -> bool {
    let after = context.after(at, 40);
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let lower = word.to_lowercase();
    MILLION_COUNTED_WORDS.contains(&lower.as_str())
        || (!word.is_empty()
            && !UNIT_STOP_WORDS.contains(&lower.as_str())
            && is_counted_noun(&word, false))
}

/// How far back, in bytes, [`length_talk_before`] looks for words of length.
const LENGTH_CONTEXT_BYTES: usize = 80;

/// Whether the clause before byte `at` speaks of a length, so that a figure in "m" there is
/// metres: one of [`LENGTH_CONTEXT_WORDS`] ("a height of 5.9m", "the river peaked at 5.9m"), or
/// a word of [`DIMENSION_WORDS`] compared ("waves as high as 6.5m").
fn length_talk_before(context: &Context<'_>, at: usize) -> bool {
    let before = context.before(at, LENGTH_CONTEXT_BYTES);
    let clause = [". ", "; ", "! ", "? "]
        .iter()
        .filter_map(|end| before.rfind(end).map(|i| i + end.len()))
        .max()
        .map_or(before, |start| &before[start..]);
    let mut words = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(word) = words.next() {
        let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        let compared = words
            .peek()
            .is_some_and(|next| next.eq_ignore_ascii_case("as"));
        if is(LENGTH_CONTEXT_WORDS) || (compared && is(DIMENSION_WORDS)) {
            return true;
        }
    }
    false
}

/// Whether the same length in another unit follows in brackets ("5.8m (19ft)").
fn length_beside(context: &Context<'_>, at: usize) -> bool {
    let Some(inner) = context.after(at, 24).strip_prefix(" (") else {
        return false;
    };
    let figure_len = inner
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(inner.len());
    let word = inner[figure_len..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    figure_len > 0
        && LENGTH_CONTEXT_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// The unit of a figure glued to "nm" between bytes `start` and `end`: nanometres among words of
/// chips ("a 3nm chip", "the 5nm process"), nautical miles among words of the sea ("12nm off the
/// coast"), else none, the figure kept.
fn nm_unit(context: &Context<'_>, start: usize, end: usize) -> Option<&'static str> {
    let words = context
        .before(start, NM_CONTEXT_BYTES)
        .split_whitespace()
        .chain(context.after(end, NM_CONTEXT_BYTES).split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
    let (mut nano, mut nautical) = (false, false);
    for word in words {
        nano |= NANOMETRE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
        nautical |= NAUTICAL_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
    }
    match (nano, nautical) {
        (true, false) => Some(NM_SUFFIX),
        (false, true) => Some(NAUTICAL_MILES),
        _ => None,
    }
}

/// Whether the word after byte `at` gives a size ("1.5m high").
fn next_word_is_dimension(context: &Context<'_>, at: usize) -> bool {
    let after = context.after(at, 12);
    after.strip_prefix(' ').is_some_and(|rest| {
        let word = rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        DIMENSION_WORDS.contains(&word)
    })
}

/// Whether a figure of years told as an age ("41 years old") can be a person's: below
/// [`MIN_AGE_OF_A_THING`] ("400 years old" is a thing's span of years, as "2m years old" is).
fn is_a_persons_age(value: Option<f64>) -> bool {
    value.is_some_and(|v| v < MIN_AGE_OF_A_THING)
}

/// An age written after a name: "Smith, 54," or "aged 54".
fn is_age(context: &Context<'_>, number: Span, scale: f64) -> bool {
    let digits = number.of(context.text);
    if scale != 1.0 || digits.len() > 3 || digits.contains(['.', ',']) {
        return false;
    }
    if follows_an_age_lead(context, number.start)
        || follows_a_life_event(context, number, digits.parse::<f64>().ok())
    {
        return true;
    }
    let before = context.before(number.start, 40);
    let lowered = before.to_lowercase();
    if is_bracketed_age(context, number) {
        return true;
    }
    if opens_with_an_age(context, number) {
        return true;
    }
    if is_pronoun_age(&lowered, context.after(number.end, 12)) {
        return true;
    }
    if follows_an_age_noun(&lowered) {
        return true;
    }
    if follows_a_person_of(context, number) {
        return true;
    }
    let whole = digits.parse::<f64>().is_ok_and(|v| v < MAX_AGE);
    let reach = context.before(number.start, SUPERLATIVE_AGE_REACH * 2);
    if whole && follows_a_superlative_of_age(&reach.to_lowercase()) {
        return true;
    }
    let after = context.after(number.end, 2);
    // "Greaves, now 69," and "Greaves, then 17," are the same as "Greaves, 69,".
    let before = ["now ", "then "]
        .iter()
        .find_map(|word| before.strip_suffix(word))
        .unwrap_or(before);
    let Some(name) = before.strip_suffix(", ") else {
        return false;
    };
    let last_word = name
        .rsplit(|c: char| !c.is_alphabetic() && c != '\'' && c != '-')
        .next()
        .unwrap_or("");
    // "father Bao, 8." closes its sentence with the age.
    let sentence_end = closes_sentence(after);
    let set_off = after.starts_with(',') || after.starts_with(')') || after.starts_with(';');
    let first = last_word.chars().next();
    // "his daughter, 6.": a noun of kin closing its sentence with the age.
    let kin = FAMILY_NOUNS.contains(&last_word.to_lowercase().as_str());
    (kin && (set_off || sentence_end))
        || (set_off && first.is_some_and(char::is_alphabetic))
        || (sentence_end && first.is_some_and(char::is_uppercase))
}

/// Whether a bare whole figure below [`MAX_AGE`] at `number` follows "a" or "an", a noun of a
/// person ([`MALE_NOUNS`], [`FEMALE_NOUNS`], [`TITLE_WORDS`]) and "of", with at most
/// [`MAX_PERSON_OF_MODIFIERS`] words between the article and the noun (the figure counts no
/// noun after it, or it would not be bare): "a man of 45 was held", "a newly qualified driver
/// of 18 carrying friends" tell an age; "a crew of 12" does not.
fn follows_a_person_of(context: &Context<'_>, number: Span) -> bool {
    let value = number.of(context.text).parse::<f64>().ok();
    if !value.is_some_and(|v| (1.0..MAX_AGE).contains(&v)) {
        return false;
    }
    let after = context.after(number.end, 1);
    if !(after.is_empty() || after.starts_with([' ', ',', '.', ';', ':', ')', '!', '?'])) {
        return false;
    }
    let Some(head) = context.before(number.start, 60).strip_suffix(" of ") else {
        return false;
    };
    let Some((earlier, noun)) = split_last_word(head) else {
        return false;
    };
    let noun = noun.to_lowercase();
    let person = MALE_NOUNS
        .iter()
        .chain(FEMALE_NOUNS)
        .chain(TITLE_WORDS)
        .any(|n| *n == noun)
        && !PERSON_GROUP_NOUNS.contains(&noun.as_str())
        && !noun.ends_with('s');
    if !person || !earlier.ends_with(' ') {
        return false;
    }
    earlier
        .split_whitespace()
        .rev()
        .take(MAX_PERSON_OF_MODIFIERS + 1)
        .any(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
}

/// Most words between "a" and the noun of a person before "of" and an age ("a newly
/// qualified driver of 18").
const MAX_PERSON_OF_MODIFIERS: usize = 2;

/// Whether one of [`AGE_LEADS`] ends just before byte `at` ("aged 54"), starting a word ("the
/// stages 4" and "returned 5" hold no lead).
fn follows_an_age_lead(context: &Context<'_>, at: usize) -> bool {
    follows_a_lead_of(context, at, AGE_LEADS)
}

/// Whether a figure of `value` at byte `at` is an age told by one of [`LIFE_EVENT_AGE_LEADS`]
/// ("retired at 58", "left school at sixteen"): a whole figure above [`MAX_CLOCK_HOUR`] and
/// below [`MAX_AGE`], as "left home at 7" may be a time of day.
fn follows_a_life_event(context: &Context<'_>, number: Span, value: Option<f64>) -> bool {
    value.is_some_and(|v| v > MAX_CLOCK_HOUR && v < MAX_AGE && v.fract() == 0.0)
        && (follows_a_lead_of(context, number.start, LIFE_EVENT_AGE_LEADS)
            || follows_a_career_step(context, number))
}

/// How far before an age after "at" a verb of [`CAREER_STEP_AGE_LEADS`] is sought, in bytes.
const CAREER_STEP_REACH: usize = 64;

/// Whether the figure at `number` follows "at" in a clause whose verb, at most
/// [`MAX_CAREER_STEP_GAP`] words earlier, is one of [`CAREER_STEP_AGE_LEADS`], and ends that
/// clause: "joined the firm at 19 and stayed", "took up rowing at 40."; not "joined the queue
/// at 22 Elm Street", whose figure goes on.
fn follows_a_career_step(context: &Context<'_>, number: Span) -> bool {
    let before = context.before(number.start, CAREER_STEP_REACH);
    let Some(clause) = before.strip_suffix(" at ") else {
        return false;
    };
    let after = context.after(number.end, 8);
    let ends_clause = after.is_empty()
        || after.starts_with(['.', ',', ';', ':', ')', '!', '?', '"', '”', '\n'])
        || [
            " and ", " or ", " but ", " after ", " before ", " when ", " until ",
        ]
        .iter()
        .any(|word| after.starts_with(word));
    if !ends_clause {
        return false;
    }
    let clause = clause
        .rsplit(['.', ',', ';', ':', '(', ')', '!', '?', '"', '“', '”', '\n'])
        .next()
        .unwrap_or(clause);
    // The clause's last words before "at": room for a verb of three words and the gap after it.
    let window_start = clause
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i + 1)
        .nth(MAX_CAREER_STEP_GAP + 2)
        .unwrap_or(0);
    let window = &clause[window_start..];
    CAREER_STEP_AGE_LEADS.iter().any(|lead| {
        window.char_indices().any(|(i, c)| {
            (i == 0 || c == ' ')
                && window[i..]
                    .trim_start()
                    .get(..lead.len())
                    .is_some_and(|word| word.eq_ignore_ascii_case(lead))
                && window[i..]
                    .trim_start()
                    .get(lead.len()..)
                    .is_some_and(|rest| {
                        let bare = rest.trim().is_empty();
                        (bare || rest.starts_with(' '))
                            && !(bare && CAREER_STEPS_WITH_AN_OBJECT.contains(lead))
                    })
        })
    })
}

/// Whether one of `leads` ends just before byte `at`, starting a word.
fn follows_a_lead_of(context: &Context<'_>, at: usize, leads: &[&str]) -> bool {
    let before = context.before(at, 24);
    leads.iter().any(|lead| {
        before.len().checked_sub(lead.len()).is_some_and(|start| {
            before
                .get(start..)
                .is_some_and(|end| end.eq_ignore_ascii_case(lead))
                && before
                    .get(..start)
                    .is_some_and(|head| !head.ends_with(char::is_alphanumeric))
        })
    })
}

/// Whether a figure counted in years, months, weeks or days is told as an age by the words
/// after its unit ("41 years old", "6 months of age"): the unit's word read after byte
/// `unit_from`, then "old" or "of age".
fn is_told_age(context: &Context<'_>, unit_from: usize) -> bool {
    let after = context.after(unit_from, 24).to_lowercase();
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    AGE_COMPOUNDS.iter().any(|(compound, _)| {
        compound
            .strip_suffix("-old")
            .and_then(|word| rest.strip_prefix(word))
            .is_some_and(|tail| {
                [" old", " of age"].iter().any(|end| {
                    tail.strip_prefix(end)
                        .is_some_and(|t| !t.starts_with(char::is_alphanumeric))
                })
            })
    })
}

/// Most words of a person's name before an age in brackets ("Tom Reyes (34)").
const MAX_BRACKETED_NAME_WORDS: usize = 3;

/// "Tom Reyes (34), of Leeds, was charged": a figure of at most three digits alone in brackets
/// after a person's name, two or three capitalised words opening with a given name, is an age.
/// A party's seats ("Labour (34)", "the Greens (12)", "Fianna Fáil (38)") open with no given
/// name.
fn is_bracketed_age(context: &Context<'_>, number: Span) -> bool {
    let digits = number.of(context.text);
    let young_enough = digits.parse::<f64>().is_ok_and(|age| age < MAX_AGE);
    if !young_enough || context.after(number.end, 1) != ")" {
        return false;
    }
    // "Mark Green (12) scored", "Mark Green (12) and Ivo Reyes (10) scored": a match report's
    // points or goals, no age.
    let scoring = first_word_after(context, end_of_bracketed_list(context, number.end + 1))
        .is_some_and(|word| {
            GOAL_VERBS
                .iter()
                .any(|verb| verb.eq_ignore_ascii_case(word))
        });
    if scoring {
        return false;
    }
    let Some(name) = context.before(number.start, 64).strip_suffix(" (") else {
        return false;
    };
    let words: Vec<&str> = name
        .rsplit(' ')
        .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        .take(MAX_BRACKETED_NAME_WORDS + 1)
        .collect();
    if !(2..=MAX_BRACKETED_NAME_WORDS).contains(&words.len()) {
        return false;
    }
    words.last().is_some_and(|first| {
        let lowered = first.to_lowercase();
        given_names::MALE.binary_search(&lowered.as_str()).is_ok()
            || given_names::FEMALE.binary_search(&lowered.as_str()).is_ok()
    })
}

/// Most names with a figure in brackets listed after a first one ("Tom Reyes (12), Ivo Dane (8)
/// and Ada Quist (6) scored").
const MAX_BRACKETED_LIST: usize = 6;

/// Where a list of capitalised names, each with a figure in brackets, ends when it goes on after
/// the closing bracket at byte `at` (", Ivo Dane (8) and Ada Quist (6)"); else `at`.
fn end_of_bracketed_list(context: &Context<'_>, mut at: usize) -> usize {
    for _ in 0..MAX_BRACKETED_LIST {
        let rest = context.after(at, 64);
        let Some(list) = [", and ", " and ", ", "]
            .iter()
            .find_map(|link| rest.strip_prefix(link))
        else {
            break;
        };
        let Some((name, inside)) = list.split_once(" (") else {
            break;
        };
        let named = name.split(' ').count() <= MAX_BRACKETED_NAME_WORDS
            && name
                .split(' ')
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        let Some((figure, _)) = inside.split_once(')') else {
            break;
        };
        if !named || figure.is_empty() || !figure.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        at += rest.len() - list.len() + name.len() + " (".len() + figure.len() + ")".len();
    }
    at
}

/// Whether "At 41," or "Now 67," (one of [`AGE_SENTENCE_OPENERS`]) opens a sentence with an
/// age before its subject, a pronoun or a name ("At 41, he became ...", "Now 67, Smith still
/// ...").
fn opens_with_an_age(context: &Context<'_>, number: Span) -> bool {
    let Some((earlier, word)) = word_before(context, number.start) else {
        return false;
    };
    let sentence_start = ends_in_one_of(earlier, &['.', '!', '?', '"', '“', '”']);
    if !AGE_SENTENCE_OPENERS.contains(&word) || !sentence_start {
        return false;
    }
    let Some(rest) = context.after(number.end, 24).strip_prefix(", ") else {
        return false;
    };
    let subject = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let lower = subject.to_lowercase();
    AGE_SUBJECT_PRONOUNS.contains(&lower.as_str())
        || (subject.starts_with(char::is_uppercase) && !is_function_word(&lower))
}

/// "worth €1.2bn over five years", "repayable over 20 years": "over" and a span of time after an
/// amount or a word of spreading spread it across that time, no "more than": no qualifier then.
fn drop_spans_of_time(text: &str, found: &mut [Found]) {
    let after_change: Vec<bool> = (0..found.len())
        .map(|i| follows_a_change(text, found, i))
        .collect();
    let mut previous_end = None;
    // Whether an earlier figure of the sentence is "over" a span of time ("a 4.5% rise over two
    // years"), so that a bare figure "over" after a later amount elides that unit ("and 11% over
    // three").
    let mut over_a_span = false;
    for (item, after_change) in found.iter_mut().zip(after_change) {
        let end = previous_end.replace(item.span.end);
        let gap = end.and_then(|end| text.get(end..item.span.start));
        if gap.is_none_or(|gap| gap.contains(['.', '!', '?', ';', '\n'])) {
            over_a_span = false;
        }
        let Some(q) = item.qualifier else { continue };
        let time = item
            .unit
            .as_deref()
            .is_some_and(|u| SPAN_TIME_UNITS.contains(&u));
        let over = q.of(text) == "over";
        let elided_span = over
            && over_a_span
            && item.unit.is_none()
            && item.flags.is_empty()
            && end.is_some_and(|end| text.get(end..q.start) == Some(" "));
        over_a_span |= over && time;
        if elided_span {
            item.qualifier = None;
            continue;
        }
        // "Over two years, prices doubled": opening the sentence, set apart by a comma.
        let opening_span = q.of(text) == "Over"
            && item.unit.as_deref().is_some_and(|unit| {
                text.get(item.span.end..)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .and_then(|rest| rest.strip_prefix(unit))
                    .is_some_and(|rest| rest.starts_with(','))
            });
        if time && opening_span {
            item.qualifier = None;
            continue;
        }
        if q.of(text) != "over" || !time {
            continue;
        }
        // "11 hours over two days", "30 people over 20 years": a count or its noun right before;
        // "people over 65 years old" are older than that.
        let gap_word = |gap: &str| {
            gap == " "
                || gap
                    .strip_prefix(' ')
                    .and_then(|g| g.strip_suffix(' '))
                    .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase()))
        };
        let after_amount = end.is_some_and(|end| text.get(end..q.start).is_some_and(gap_word));
        let of_age = text
            .get(item.span.end..)
            .is_some_and(|rest| rest.starts_with(" old") || rest.starts_with(" of age"));
        if (after_amount
            || after_change
            || word_before_is_in(text, q.start, OVER_SPAN_WORDS)
            || follows_an_object(text, q.start))
            && !of_age
        {
            item.qualifier = None;
        }
    }
}

/// Bytes a sentence is searched back from "over" for a change and its figure.
const OVER_CHANGE_REACH: usize = 200;

/// Whether "over" before `found[i]` closes a change told earlier in its sentence ("cut
/// admissions by 23% compared with placebo over 18 months"): a word of change
/// ([`CHANGE_VERBS`], [`OVER_SPAN_WORDS`]) then a figure, with no sentence break since, and a
/// plain word right before "over" (not "for over", "aged over"), so that the span of time is
/// the change's period.
fn follows_a_change(text: &str, found: &[Found], i: usize) -> bool {
    let Some(q) = found.get(i).and_then(|item| item.qualifier) else {
        return false;
    };
    let Some(before) = text.get(..q.start) else {
        return false;
    };
    let mut from = q.start.saturating_sub(OVER_CHANGE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &before[from..];
    let sentence_start = from
        + [". ", "! ", "? ", "; ", "\n"]
            .iter()
            .filter_map(|stop| window.rfind(stop).map(|at| at + stop.len()))
            .max()
            .unwrap_or(0);
    let word_before = before
        .trim_end_matches(' ')
        .rsplit(' ')
        .next()
        .unwrap_or("");
    let plain = !word_before.is_empty()
        && word_before.chars().all(|c| c.is_lowercase() || c == '-')
        && !is_function_word(word_before)
        && !AGE_LEADS.iter().any(|lead| before.ends_with(lead));
    if !plain {
        return false;
    }
    found[..i]
        .iter()
        .filter(|earlier| earlier.span.start >= sentence_start)
        .any(|earlier| {
            text.get(sentence_start..earlier.span.start)
                .unwrap_or("")
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase)
                .any(|w| {
                    CHANGE_VERBS.contains(&w.as_str()) || OVER_SPAN_WORDS.contains(&w.as_str())
                })
        })
}

/// Whether byte `at` ("over") follows the object of a verb: a determiner and a lower-case noun
/// after a lower-case word that is no function word ("drained the fund over six years", "stole
/// the money over six years"), so that "over" a span of time spreads the act across it. After a
/// preposition or a copula ("in the job over six years", "for over six years") it stays "more
/// than".
fn follows_an_object(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let mut words = before.rsplit(' ');
    let plain = |w: &str| {
        !w.is_empty()
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !is_function_word(w)
            && !UNIT_STOP_WORDS.contains(&w)
    };
    let (Some(noun), Some(determiner), Some(verb)) = (words.next(), words.next(), words.next())
    else {
        return false;
    };
    let is_determiner = ["the", "a", "an"]
        .iter()
        .chain(POSSESSIVE_DETERMINERS)
        .any(|d| *d == determiner);
    is_determiner && plain(noun) && plain(verb) && !SPAN_TIME_UNITS.contains(&noun)
}

/// "aged 54 and 51", "aged 19, 20 and 22": bare whole numbers listed after an age are ages too,
/// as are both ends of a range listed after one ("ages 3-6, 7-10").
fn join_age_lists(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(earlier), Some(later)) = (left.last(), right.first_mut()) else {
            continue;
        };
        let gap = text.get(earlier.span.end..later.span.start);
        let listed = matches!(gap, Some(" and " | ", " | " or " | ", and "));
        // "ages 3-6, 7-10": a range of ages listed after another, both its ends.
        let ranged = |item: &Found| item.flags == ["range"];
        let range_end =
            matches!(gap, Some("-" | "–")) && earlier.flags.contains(&"range") && ranged(later);
        let listed = listed || range_end;
        let bare = later.unit.is_none()
            && (later.flags.is_empty() || ranged(later))
            && later.qualifier.is_none();
        let aged = earlier.flags.contains(&"age") && earlier.unit.is_none();
        let whole = later
            .value
            .is_some_and(|v| v > 0.0 && v < MAX_AGE && v.fract() == 0.0);
        if listed && bare && aged && whole {
            later.flags.push("age");
        }
    }
}

/// Whether a bare number is a person's age told of with a pronoun and a form of "be" (see
/// [`AGE_PRONOUN_VERBS`]): "She was 88.", "He was 14 when the war began", "Ivo Dane, who is now
/// 72, said", "until I am 72, anyway". `before` is the lower-cased text before the number, `after` the text
/// after it.
fn is_pronoun_age(before: &str, after: &str) -> bool {
    // "he is now 67." is "he is 67." told of the present, as "he is already 67." and "she is
    // still 17." are.
    let before = ["now ", "already ", "still "]
        .iter()
        .find_map(|word| before.strip_suffix(word))
        .unwrap_or(before);
    let pronoun_verb = AGE_PRONOUN_VERBS.iter().any(|tail| {
        before.strip_suffix(tail).is_some_and(|head| {
            head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric() && c != '\'')
        })
    });
    pronoun_verb
        && (closes_sentence(after)
            || after.starts_with(", ")
            || after.starts_with(" when ")
            || after.starts_with(" at the time"))
}

/// Most bytes between the noun "age" and a form of "be" right before an age it states ("the
/// average age of a nurse on the ward is 41").
const AGE_NOUN_REACH: usize = 40;

/// Whether `before` (lower case) ends in the noun "age" and a form of "be" of
/// [`AGE_NOUN_VERBS`], with at most [`AGE_NOUN_REACH`] bytes of words between and no figure or
/// clause break: the figure after is that age ("the average age of a driver is 52", "the
/// retirement age will be 68"). "the age of 87" is told by [`AGE_LEADS`].
fn follows_an_age_noun(before: &str) -> bool {
    let Some(head) = AGE_NOUN_VERBS
        .iter()
        .find_map(|verb| before.strip_suffix(verb))
    else {
        return false;
    };
    // The last "age" standing as a word ("the age of pupils at the village school is 11":
    // not the one inside "village").
    let noun = head.rmatch_indices("age").find(|&(at, _)| {
        let after = &head[at + "age".len()..];
        head[..at].ends_with(' ') && (after.is_empty() || after.starts_with(' '))
    });
    let Some((at, _)) = noun else {
        return false;
    };
    let between = &head[at + "age".len()..];
    between.len() <= AGE_NOUN_REACH
        && !between.contains(|c: char| c.is_ascii_digit() || ",;:.!?()\"“”".contains(c))
}

/// Most bytes between a superlative of age and the form of "be" before the age it states ("the
/// youngest worker affected by the full change is 46").
const SUPERLATIVE_AGE_REACH: usize = 48;

/// Whether `before` (lower case) ends in a subject holding one of [`AGE_SUPERLATIVES`] and a form
/// of "be" of [`AGE_SUPERLATIVE_VERBS`], with at most [`SUPERLATIVE_AGE_REACH`] bytes of words between
/// and no figure or clause break: the bare figure after is that person's age ("the youngest
/// volunteer is 19", "its eldest member was 97"). "the oldest bridge is 300 years old" has a
/// unit and is read elsewhere.
fn follows_a_superlative_of_age(before: &str) -> bool {
    let Some(head) = AGE_SUPERLATIVE_VERBS
        .iter()
        .find_map(|verb| before.strip_suffix(verb))
    else {
        return false;
    };
    let word_at = |at: usize, word: &str| {
        let after = &head[at + word.len()..];
        (at == 0 || head[..at].ends_with(' ')) && (after.is_empty() || after.starts_with(' '))
    };
    let Some(end) = AGE_SUPERLATIVES
        .iter()
        .filter_map(|word| {
            head.rmatch_indices(word)
                .find(|&(at, _)| word_at(at, word))
                .map(|(at, _)| at + word.len())
        })
        .max()
    else {
        return false;
    };
    let between = &head[end..];
    between.len() <= SUPERLATIVE_AGE_REACH
        && !between.contains(|c: char| c.is_ascii_digit() || ",;:.!?()\"“”".contains(c))
}

/// Whether the text right after a number is the full stop closing its sentence.
fn closes_sentence(after: &str) -> bool {
    after.starts_with('.')
        && after
            .get(1..)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

/// Number words: "two", "Eighty", "two dozen", "a dozen", "one hundred and twenty", "two-day".
fn number_words(context: &Context<'_>) -> Vec<Found> {
    let (mut found, rest) = first_number_words(context);
    if let Some(at) = rest {
        let second = Context {
            text: context.text,
            range: context.range,
            span: Span::new(context.span.start + at, context.span.end),
        };
        found.extend(number_words(&second));
    }
    found
}

/// The first number in the words of `context`, and the byte (from the span's start) where a
/// second number starts when "and" or a hyphened "in" parts the two ("six and nine",
/// "one-in-five"), as "one hundred and six" does not.
fn first_number_words(context: &Context<'_>) -> (Vec<Found>, Option<usize>) {
    let text = context.span.of(context.text);
    let mut tokens: Vec<(usize, usize, bool)> = Vec::new();
    let mut word_start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphabetic() {
            word_start = word_start.or(Some(i));
        } else if let Some(s) = word_start.take() {
            let hyphen = s > 0 && text.get(s - 1..s) == Some("-");
            tokens.push((s, i, hyphen));
        }
    }
    let lower = |t: &(usize, usize, bool)| text.get(t.0..t.1).unwrap_or("").to_lowercase();
    let mut index = 0;
    let mut article = tokens.first().is_some_and(|t| lower(t) == "a");
    if article {
        index = 1;
    }
    // "half a million", "a quarter of a million": the fraction scales what follows its "a".
    let leading: Vec<String> = tokens.iter().take(4).map(lower).collect();
    let fraction = fraction_of_a(&leading);
    if let Some((_, consumed)) = fraction {
        index = consumed;
        article = true;
    }
    // Whether token `i` is joined to the one before it by a hyphen ("a half-hour").
    let hyphen_next = |i: usize| tokens.get(i).is_some_and(|t| t.2);
    let (mut total, mut current) = (0.0_f64, 0.0_f64);
    let (mut count, mut first_is_scale) = (0usize, false);
    let (mut previous_tens, mut previous_small, mut previous_scale) = (false, false, false);
    // The group a scale of a thousand or more just added to the total, and that scale: a larger
    // scale right after it multiplies the group ("two lakh crore", "a thousand million").
    let mut last_group: Option<(f64, f64)> = None;
    let mut start = None;
    let mut end = 0;
    let mut unit = None;
    let mut score = false;
    // Whether the number is a fraction in words ("two-thirds", "a quarter", "half").
    let mut parted = false;
    // Where a second number starts that "and" or a hyphened "in" parts from the first.
    let mut rest = None;
    while let Some(token) = tokens.get(index) {
        let word = lower(token);
        index += 1;
        if word == "and" {
            // "three-and-a-half": the half joins the number it is hyphened to.
            let hyphened_half = count > 0
                && token.2
                && (index..index + 2).all(hyphen_next)
                && tokens.get(index).is_some_and(|t| lower(t) == "a")
                && tokens.get(index + 1).is_some_and(|t| lower(t) == "half");
            if hyphened_half {
                current += 0.5;
                end = tokens.get(index + 1).map_or(end, |t| t.1);
                index += 2;
                previous_small = true;
                previous_scale = false;
                continue;
            }
            let next_is_number = tokens
                .get(index)
                .is_some_and(|t| NUMBER_WORDS.iter().any(|(w, _)| *w == lower(t)));
            if previous_scale && next_is_number {
                continue;
            }
            // "between six and nine": two numbers, the second read on its own.
            if count > 0 && next_is_number {
                rest = tokens.get(index).map(|t| t.0);
            }
            break;
        }
        if let Some((_, v)) = NUMBER_WORDS.iter().find(|(w, _)| *w == word) {
            if previous_small && !(previous_tens && *v < 10.0 && *v > 0.0) {
                break;
            }
            current += v;
            last_group = None;
            previous_tens = *v >= 20.0;
            previous_small = true;
            previous_scale = false;
        } else if let Some((_, v)) = SCALE_WORDS.iter().find(|(w, _)| *w == word) {
            first_is_scale |= count == 0;
            let base = if current == 0.0 { 1.0 } else { current };
            if let Some((group, scale)) = last_group.filter(|&(_, scale)| *v > scale) {
                total += group * v - group;
                last_group = Some((group * v, scale * v));
            } else if *v >= 1000.0 {
                total += base * v;
                last_group = Some((base * v, *v));
                current = 0.0;
            } else {
                current = base * v;
            }
            previous_small = false;
            previous_scale = true;
        } else if word == "dozen" {
            first_is_scale |= count == 0;
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
            previous_small = false;
            previous_scale = true;
        } else if word == "half"
            && count == 0
            && tokens.get(index).is_some_and(|t| lower(t) == "dozen")
        {
            current = 6.0;
            index += 1;
            start = Some(token.0);
            end = tokens.get(index - 1).map_or(token.1, |t| t.1);
            count += 1;
            continue;
        } else if let Some((_, divisor)) = FRACTION_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            // "three quarter-point cuts": a fraction word opening a compound is not a part.
            .filter(|_| {
                (count > 0 && !hyphen_next(index))
                    || (article && !(word == "half" && hyphen_next(index)))
            })
            // "for four quarters", "two straight quarters": periods counted, not parts of a
            // whole, unless hyphened to the count or followed by "of" ("three quarters of").
            .filter(|_| {
                let counted_periods = count > 0
                    && !token.2
                    && word.ends_with('s')
                    && !context
                        .after(context.span.end, 4)
                        .to_lowercase()
                        .starts_with(" of");
                !counted_periods
            })
            // "a third term", "a quarter-final": after "a", an ordinal; "added a third": the
            // third goal, unless "of" follows ("added a third of the budget").
            .filter(|_| {
                let goal = word_before_is_in(context.text, context.span.start, GOAL_VERBS)
                    && !context
                        .after(context.span.start + token.1, 4)
                        .eq_ignore_ascii_case(" of ");
                // "cut rates by a quarter point": a part of a percentage point, no ordinal.
                let fraction_end = context.span.start + token.1;
                let ordinal = ordinal_follows(context, fraction_end)
                    && !fraction_of_a_percentage_point(context, fraction_end, None);
                !(article && count == 0 && word != "half" && (goal || ordinal))
            })
        {
            let base = if current == 0.0 { 1.0 } else { current };
            current = base / divisor;
            parted = true;
            if count == 0 {
                start = Some(0);
            }
            count += 1;
            end = token.1;
            break;
        } else if word == "half" && count == 0 && (!article || hyphen_next(index)) {
            current = 0.5;
            // "a half-hour of talk": a measure, no part of the whole after it.
            parted = !hyphen_next(index);
            count += 1;
            start = Some(token.0);
            end = token.1;
            if tokens.get(index).is_some_and(|t| t.2) {
                unit = tokens.get(index).and_then(|t| text.get(t.0..));
                end = text.len();
            }
            break;
        } else if word == "in"
            && count > 0
            && token.2
            && tokens
                .get(index)
                .is_some_and(|t| t.2 && NUMBER_WORDS.iter().any(|(w, _)| *w == lower(t)))
        {
            // "a seven-in-one cleaner": a whole in one names what the thing combines, no count
            // (as "a 3-in-1 printer" in `join_pairs`).
            let combined = total + current > 1.0
                && tokens.get(index).is_some_and(|t| t.2 && lower(t) == "one");
            if combined {
                return (Vec::new(), None);
            }
            // "one-in-five": a share, its second number read on its own.
            rest = tokens.get(index).map(|t| t.0);
            break;
        } else {
            // "two-nil": a score in words, of no unit.
            score = count > 0 && token.2 && word == "nil";
            if score {
                end = token.1;
            }
            if count > 0 && token.2 && !score {
                // "one-sided", "a one-time captain": an idiom, no quantity.
                let idiom = count == 1
                    && index >= 2
                    && tokens.get(index - 2).is_some_and(|number| {
                        NUMBER_IDIOMS.contains(&format!("{}-{word}", lower(number)).as_str())
                    });
                // "a two-party system", "a three-tier plan": a kind of thing, no count of it.
                let kind = NUMBER_KIND_NOUNS.contains(&word.as_str());
                if UNIT_STOP_WORDS.contains(&word.as_str())
                    || DIGIT_COUNT_NOUNS.contains(&word.as_str())
                    || idiom
                    || kind
                {
                    return (Vec::new(), rest);
                }
                unit = text.get(token.0..);
                end = text.len();
            }
            break;
        }
        if count == 0 {
            start = Some(token.0);
        }
        count += 1;
        end = token.1;
    }
    let Some(mut start) = start else {
        return (Vec::new(), rest);
    };
    if article && first_is_scale {
        start = 0;
    }
    // A scale word alone is no number ("Thousand Oaks"; the "million" of "R50 million").
    if first_is_scale && !article && count == 1 {
        return (Vec::new(), rest);
    }
    let value = (total + current) * fraction.map_or(1.0, |(part, _)| part);
    let surface = text.get(start..end).unwrap_or("");
    let mut span = Span::new(context.span.start + start, context.span.start + end);
    // "five per cent", "ten percent": a percentage, as "5 per cent" is, its words included.
    let percent_end = (unit.is_none() && !score)
        .then(|| percent_words_after(context, span.end))
        .flatten();
    // "World War Two", "Formula One", the "Fab Four": a capitalised number word inside a name.
    if surface.starts_with(char::is_uppercase)
        && (follows_a_name(context, span.start) || is_quoted_name(context, span))
    {
        return (Vec::new(), rest);
    }
    // "one in three", "one-in-three" may open a share, "one to three cups" and "between one
    // and three" a range.
    let after = context.after(span.end, 6);
    let pair_follows = [" in ", " to ", "-in-", " and "].iter().any(|gap| {
        after
            .get(..gap.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(gap))
    });
    // "one percentage point" is a figure of its unit.
    let point_follows = after
        .strip_prefix(' ')
        .is_some_and(|_| phrase_at(context.after(span.end + 1, 20), "percentage point").is_some());
    if count == 1
        && unit.is_none()
        && percent_end.is_none()
        && surface.eq_ignore_ascii_case("one")
        && !pair_follows
        && !point_follows
    {
        return (Vec::new(), rest);
    }
    if surface.eq_ignore_ascii_case("half") && is_period_half(context, span.start) {
        return (Vec::new(), rest);
    }
    let half_compound = after_half(surface)
        .is_some_and(|rest| HALF_COMPOUNDS.iter().any(|w| rest.eq_ignore_ascii_case(w)));
    // "no time for half measures": an idiom spaced as often as hyphened.
    let half_idiom = (surface.eq_ignore_ascii_case("half")
        || surface.eq_ignore_ascii_case("a half"))
        && first_word_after(context, span.end)
            .is_some_and(|w| HALF_SPACED_IDIOMS.iter().any(|i| i.eq_ignore_ascii_case(w)));
    if half_compound || half_idiom || is_half_ago(context, span) {
        return (Vec::new(), rest);
    }
    // "an hour and a half", "a month and a half": one and a half of the measure.
    if let Some((from, unit)) = surface
        .eq_ignore_ascii_case("a half")
        .then(|| measure_and_a_half(context, span.start))
        .flatten()
    {
        let found = Found {
            span: Span::new(from, span.end),
            value: Some(1.5),
            unit: Some(measure_in_plural(unit, Some(1.5))),
            qualifier: qualifier_before(context, from),
            flags: Vec::new(),
            digits: false,
        };
        return (vec![found], rest);
    }
    // "about a half-hour": the qualifier stands before the article "half-" dropped ("over a
    // two-year period" keeps its article, and "over" is no qualifier).
    let qualifier_end = if after_half(surface).is_some() {
        context.span.start.min(span.start)
    } else {
        span.start
    };
    // "a two-year-old", "a seventy-year-old": an age, as "a 12-year-old" is.
    let age = unit.and_then(age_unit);
    if let Some(end) = percent_end {
        span = Span::new(span.start, end);
    }
    let unit = if score {
        None
    } else if percent_end.is_some() {
        Some("percent".to_string())
    } else if let Some(age) = age {
        Some(age.to_string())
    } else if let Some(people) = unit.and_then(|word| person_compound_unit(context, word, span.end))
    {
        Some(people.to_string())
    } else if value < 1.0 && fraction_of_a_percentage_point(context, span.end, unit) {
        Some(PERCENTAGE_POINTS.to_string())
    } else {
        unit.map(|word| measure_in_plural(word, Some(value)))
            .or_else(|| {
                (value.fract() == 0.0 && is_storm_category(context, span))
                    .then(|| STORM_CATEGORY.to_string())
            })
            // "a magnitude-seven earthquake", as "magnitude 7" is.
            .or_else(|| measure_named_before(context, span.start).filter(|_| value < MAX_MAGNITUDE))
            // "half a cent", "half a US cent": an amount in cents, as "0.5 cents" is.
            .or_else(|| {
                (value < 1.0 && cent_after_article(context, span.end))
                    .then(|| CENTS_UNIT.to_string())
            })
            .or_else(|| currency_after(context, span.end, scaled_by_million(surface)))
            .or_else(|| half_a_measure(context, surface, span.end).map(str::to_string))
            .or_else(|| fraction_of_a_measure(context, surface, span.end).map(str::to_string))
            .or_else(|| counted_noun(context, span.end, value == 1.0))
    };
    // "category two calls", "type one diabetes": a label, as "category 2 calls" is.
    let strict_label = word_before(context, span.start)
        .is_some_and(|(_, word)| STRICT_LABEL_NOUNS.contains(&word.to_lowercase().as_str()));
    if strict_label && value.fract() == 0.0 && percent_end.is_none() {
        return (Vec::new(), rest);
    }
    // "off the top four", "in the bottom three": a place in a table, no count.
    if unit.is_none() && follows_a_table_end(context, span.start) {
        return (Vec::new(), rest);
    }
    // "at the age of eighty-seven": an age as "at the age of 87" is.
    let lead_age = || {
        unit.is_none()
            && value.fract() == 0.0
            && value < MAX_AGE
            && follows_an_age_lead(context, span.start)
    };
    // "left school at sixteen", as "left school at 15" is; "nine years old", as "9 years old".
    let told_age = || {
        (unit.is_none() && follows_a_life_event(context, span, Some(value)))
            || (unit.is_some()
                && value.fract() == 0.0
                && is_a_persons_age(Some(value))
                && is_told_age(context, span.end))
    };
    let flags = if score {
        vec!["tally"]
    } else if age.is_some() || lead_age() || told_age() {
        vec!["age"]
    } else if parted && value < 1.0 && is_part_of_a_whole(context, span.end) {
        vec!["share"]
    } else {
        Vec::new()
    };
    let found = Found {
        span,
        value: Some(value),
        unit,
        qualifier: qualifier_before(context, qualifier_end),
        flags,
        digits: false,
    };
    (vec![found], rest)
}

/// Whether `word` (lower case) is one unit of a measure of [`MEASURE_PLURALS`] that is no
/// money and no score: "hour", "mile", "foot", "century"; not "pound", "cent" or "point".
fn is_one_measure(word: &str) -> bool {
    let plural = measure_in_plural(word, Some(2.0));
    plural != word
        && MEASURE_PLURALS.contains(&plural.as_str())
        && currency_named(word).is_none()
        && !NON_MEASURE_UNITS.contains(&word)
}

/// The unit of "half a" or "half an" and one unit of a measure after the "half" of `surface`
/// ending at byte `end`: "half an hour" is half of an hour, "half a mile" half of a mile.
fn half_a_measure<'c>(context: &'c Context<'_>, surface: &str, end: usize) -> Option<&'c str> {
    if !surface.eq_ignore_ascii_case("half") {
        return None;
    }
    let rest = context.after(end, 24);
    let rest = rest
        .strip_prefix(" a ")
        .or_else(|| rest.strip_prefix(" an "))?;
    let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
    let ends_word = rest
        .get(word.len()..)
        .is_some_and(|tail| !tail.starts_with(|c: char| c == '-' || c.is_alphanumeric()));
    (ends_word && is_one_measure(word)).then_some(word)
}

/// The unit of "of a" or "of an" and one unit of a measure after a fraction word closing
/// `surface` at byte `end`: "a tenth of a second" is a tenth of a second, "three hundredths of a
/// second" three hundredths of one, as "half a mile" is half of a mile; "a third of a pupil's
/// day" takes no unit.
fn fraction_of_a_measure<'c>(
    context: &'c Context<'_>,
    surface: &str,
    end: usize,
) -> Option<&'c str> {
    let last = surface.rsplit([' ', '-']).next()?.to_lowercase();
    if !FRACTION_WORDS.iter().any(|(word, _)| *word == last) {
        return None;
    }
    let rest = context.after(end, 32);
    let rest = rest
        .strip_prefix(" of a ")
        .or_else(|| rest.strip_prefix(" of an "))?;
    let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
    let ends_word = rest.get(word.len()..).is_some_and(|tail| {
        !tail.starts_with(|c: char| c == '-' || c == '\'' || c == '\u{2019}' || c.is_alphanumeric())
    });
    (ends_word && is_one_measure(word)).then_some(word)
}

/// Where "a" or "an" and one unit of a measure stand before "and" and the "a half" at byte
/// `at` ("an hour and a half"), and that unit: the start of the whole phrase.
fn measure_and_a_half<'c>(context: &'c Context<'_>, at: usize) -> Option<(usize, &'c str)> {
    let before = context.before(at, 40);
    let head = before.strip_suffix(" and ")?;
    let (earlier, unit) = split_last_word(head)?;
    let (earliest, article) = split_last_word(earlier.strip_suffix(' ')?)?;
    let article_ok = ["a", "an"].iter().any(|a| article.eq_ignore_ascii_case(a));
    let whole_word = earliest.is_empty() || earliest.ends_with(char::is_whitespace);
    (article_ok && whole_word && is_one_measure(unit))
        .then(|| (at - before.len() + earliest.len(), unit))
}

/// Whether a "half" at `span` opens "half a" and one of [`HALF_AGO_PERIODS`] told back or on
/// with one of [`AGO_WORDS`] ("half a century ago"): a time, as "a century ago" is, no figure.
fn is_half_ago(context: &Context<'_>, span: Span) -> bool {
    let surface = context.text.get(span.start..span.end).unwrap_or("");
    if !surface.eq_ignore_ascii_case("half") {
        return false;
    }
    let after = context.after(span.end, 30).to_lowercase();
    let mut words = after.split_whitespace();
    words.next() == Some("a")
        && words.next().is_some_and(|w| HALF_AGO_PERIODS.contains(&w))
        && words
            .next()
            .is_some_and(|w| AGO_WORDS.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic())))
}

/// Whether "a cent" follows byte `at`, one of [`CENT_CURRENCY_WORDS`] maybe before "cent"
/// ("half a cent", "half a US cent").
fn cent_after_article(context: &Context<'_>, at: usize) -> bool {
    let Some(rest) = context.after(at, 40).strip_prefix(" a ") else {
        return false;
    };
    let rest = CENT_CURRENCY_WORDS
        .iter()
        .find_map(|(word, _)| rest.strip_prefix(word)?.strip_prefix(' '))
        .unwrap_or(rest);
    rest.strip_prefix("cent")
        .is_some_and(|tail| !tail.starts_with(char::is_alphanumeric))
}

/// Whether "of" and a whole that is no single measure follow a fraction in words ending at byte
/// `at`: "two-thirds of the members", "a quarter of voters", "half of them" are parts of a
/// whole, each a share; "three-quarters of a mile", "half of a percentage point" measure.
fn is_part_of_a_whole(context: &Context<'_>, at: usize) -> bool {
    let after = context.after(at, 12).to_lowercase();
    after.strip_prefix(" of ").is_some_and(|whole| {
        let next = whole.split(|c: char| !c.is_alphanumeric()).next();
        !matches!(next, Some("a" | "an" | "one" | ""))
    })
}

/// Whether a fraction in words ending at byte `at` is a part of a percentage point: "half a
/// percentage point", "three-quarters of a percentage point", or hyphened to "point" (its
/// `unit`, or "-point" or " point" after it) in talk of a rate ("a quarter-point cut", "cut rates
/// by a half-point", "cut its rate by a quarter point"). "Half a point" in a game stays points.
fn fraction_of_a_percentage_point(context: &Context<'_>, at: usize, unit: Option<&str>) -> bool {
    let after = context.after(at, 40);
    let spelled = [" of a ", " a ", " ", "-"].iter().any(|lead| {
        after
            .get(..lead.len())
            .is_some_and(|l| l.eq_ignore_ascii_case(lead))
            && after
                .get(lead.len()..)
                .is_some_and(|rest| phrase_at(rest, "percentage point").is_some())
    });
    if spelled {
        return true;
    }
    let point_after = [" of a ", "-", " "].iter().find_map(|lead| {
        after
            .get(..lead.len())
            .filter(|l| l.eq_ignore_ascii_case(lead))
            .and_then(|_| after.get(lead.len()..))
            .and_then(|rest| phrase_at(rest, "point"))
            .map(|len| at + lead.len() + len)
    });
    let point_end = match unit {
        Some(word) if word.eq_ignore_ascii_case("point") => Some(at),
        Some(_) => None,
        None => point_after,
    };
    let Some(end) = point_end else {
        return false;
    };
    let move_after = first_word_after(context, end).is_some_and(|w| {
        RATE_MOVE_NOUNS
            .iter()
            .any(|noun| noun.eq_ignore_ascii_case(w))
    });
    let before = context.before(at, 120);
    let sentence = before.rsplit(". ").next().unwrap_or(before);
    let rate_before = sentence.split_whitespace().any(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        RATE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(bare))
    });
    move_after || rate_before
}

/// Whether a number word closes a quoted name that a capitalised word opens (the "Magnificent
/// Seven", "Big Three").
fn is_quoted_name(context: &Context<'_>, span: Span) -> bool {
    let closes = context
        .after(span.end, 4)
        .starts_with(['"', '”', '’', '\'']);
    let opens = word_before(context, span.start).is_some_and(|(earlier, word)| {
        word.starts_with(char::is_uppercase) && earlier.ends_with(['"', '“', '‘', '\''])
    });
    closes && opens
}

/// The end of the words "per cent" or "percent" right after byte `at` (after one space, and
/// ending a word), as the digits of "5 per cent" take them.
fn percent_words_after(context: &Context<'_>, at: usize) -> Option<usize> {
    let after = context.after(at, 12);
    let rest = after.strip_prefix(' ')?;
    ["per cent", "percent"].iter().find_map(|word| {
        let head = rest.get(..word.len())?;
        let ends_word = !rest[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
        (head.eq_ignore_ascii_case(word) && ends_word).then_some(at + 1 + word.len())
    })
}

/// Whether the word after a fraction word ending at byte `at`, after "a", makes it an ordinal:
/// a noun or adjective ("a third term", "a fifth straight day", "a quarter-final"), not "of",
/// punctuation, a function word, a verb or a word of [`FRACTION_FOLLOWERS`] ("a third of",
/// "cut by a third.", "a quarter said", "a third last year"); hyphened, any word but a measure
/// ("a quarter-point", "a quarter-mile").
fn ordinal_follows(context: &Context<'_>, at: usize) -> bool {
    let after = context.after(at, 40);
    let letters = |s: &str| {
        let end = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
        s.get(..end).unwrap_or("").to_string()
    };
    if let Some(rest) = after.strip_prefix('-') {
        let word = letters(rest).to_lowercase();
        let plural = word
            .strip_suffix('y')
            .map_or_else(|| format!("{word}s"), |stem| format!("{stem}ies"));
        let measure = MEASURE_PLURALS.contains(&plural.as_str())
            || MEASURE_PLURALS.contains(&word.as_str())
            || SPACED_MEASURES.contains(&word.as_str());
        return !word.is_empty() && !measure;
    }
    // "A third, 14, was arrested", "a third, aged 14,": one more of those just counted, told
    // apart by the age set off after it.
    if let Some(rest) = after.strip_prefix(", ") {
        let age = rest.strip_prefix("aged ").unwrap_or(rest);
        let digits = age.find(|c: char| !c.is_ascii_digit()).unwrap_or(age.len());
        return digits > 0 && age[digits..].starts_with(',');
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word = letters(rest);
    let lower = word.as_str();
    !word.is_empty()
        && word.chars().all(char::is_lowercase)
        && !is_function_word(lower)
        && !UNIT_STOP_WORDS.contains(&lower)
        && !FRACTION_FOLLOWERS.contains(&lower)
        && !CHANGE_VERBS.contains(&lower)
        && !crate::word_set!(IRREGULAR_PAST_VERBS).contains(lower)
        && !crate::word_set!(CUE_WORDS).contains(lower)
        && !lower.ends_with("ed")
        && !lower.ends_with("ly")
}

/// The unit of an age compound after a number ("year-old" → "years", "month-old" → "months").
fn age_unit(compound: &str) -> Option<&'static str> {
    AGE_COMPOUNDS
        .iter()
        .find(|(word, _)| word.eq_ignore_ascii_case(compound))
        .map(|&(_, unit)| unit)
}

/// Most words between a size compound and the group of persons it counts ("a 12-member expert
/// panel").
const GROUP_NOUN_REACH: usize = 2;

/// The unit of a figure that a word hyphened to it (`compound`, ending at byte `end`) makes a
/// count of persons: [`PERSON_COMPOUND_WORDS`] always ("a 10-man squad", "a 12-person jury"),
/// [`GROUP_SIZE_COMPOUND_WORDS`] when one of [`PERSON_GROUP_NOUNS`] follows within
/// [`GROUP_NOUN_REACH`] words ("a 40-strong delegation", not "a 300-strong fleet").
fn person_compound_unit(context: &Context<'_>, compound: &str, end: usize) -> Option<&'static str> {
    let lower = compound.to_lowercase();
    if PERSON_COMPOUND_WORDS.contains(&lower.as_str()) {
        return Some(PERSON_COUNT_UNIT);
    }
    if !GROUP_SIZE_COMPOUND_WORDS.contains(&lower.as_str()) {
        return None;
    }
    let after = context.after(end, 48);
    let rest = after.strip_prefix(' ')?;
    let mut words = rest.split(' ').take(GROUP_NOUN_REACH);
    let group = words.any(|word| {
        let bare = word
            .trim_end_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        let singular = bare.strip_suffix('s').unwrap_or(&bare);
        PERSON_GROUP_NOUNS.contains(&bare.as_str()) || PERSON_GROUP_NOUNS.contains(&singular)
    });
    group.then_some(PERSON_COUNT_UNIT)
}

/// A fraction and "a" opening a spelled-out number ("half a", "a quarter of a", "three quarters
/// of a"): the part it takes of what follows, and how many words it spans.
fn fraction_of_a(words: &[String]) -> Option<(f64, usize)> {
    let word = |i: usize| words.get(i).map(String::as_str);
    if word(0) == Some("half") && word(1) == Some("a") {
        return Some((0.5, 2));
    }
    let count = match word(0)? {
        "a" => 1.0,
        first => NUMBER_WORDS.iter().find(|(w, _)| *w == first)?.1,
    };
    let divisor = FRACTION_WORDS.iter().find(|(w, _)| Some(*w) == word(1))?.1;
    (word(2) == Some("of") && word(3) == Some("a")).then_some((count / divisor, 4))
}

/// Two numbers in a row that are one: "one in three adults", "1 in 5 children" (a share, worth
/// the first over the second, with the second's unit and the flag `share`), and "two and a half
/// years" (the whole and the half added, with the half's unit). A count of
/// [`CRICKET_SPAN_UNITS`] after "in" is the span a score was made in, no whole of a share ("287
/// for six in 50 overs").
fn join_pairs(text: &str, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for next in found {
        if let Some(first) = out.last_mut() {
            let gap = text.get(first.span.end..next.span.start).unwrap_or("");
            let whole = |v: f64| v >= 1.0 && v.fract() == 0.0;
            let share = match (first.value, next.value) {
                (Some(part), Some(of)) if whole(part) && whole(of) && part < of => Some(part / of),
                _ => None,
            };
            // "a seven-in-one cleaner", "a 3-in-1 printer": a whole in one, hyphened, names what the
            // thing combines, as a modifier of its noun; neither figure counts anything.
            let combined = gap.eq_ignore_ascii_case(HYPHENED_SHARE_GAP)
                && next.value == Some(1.0)
                && first.value.is_some_and(|v| v > 1.0)
                && first.unit.is_none()
                && first.flags.is_empty();
            if combined {
                out.pop();
                continue;
            }
            if let Some(share) = share.filter(|_| {
                SHARE_GAPS.iter().any(|g| gap.eq_ignore_ascii_case(g))
                    && first.unit.is_none()
                    && first.flags.is_empty()
                    && !next
                        .unit
                        .as_deref()
                        .is_some_and(|u| CRICKET_SPAN_UNITS.contains(&u))
            }) {
                first.span = Span::new(first.span.start, next.span.end);
                first.value = Some(share);
                first.unit = share_unit(text, next.span.end, next.unit);
                first.flags = vec!["share"];
                continue;
            }
            if let Some((value, unit)) = compound_duration(text, first, &next) {
                first.span = Span::new(first.span.start, next.span.end);
                first.value = Some(value);
                first.unit = Some(unit.to_string());
                continue;
            }
            // "two and a half million" is scaled: not joined here, not misread as 2.5.
            let scaled = || {
                text.get(next.span.end..)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
                    .is_some_and(|word| scale_of(word).is_some())
            };
            let and_a_half = gap.eq_ignore_ascii_case(" and ")
                && next.span.of(text).eq_ignore_ascii_case("a half")
                && first.unit.is_none()
                && first.flags.is_empty()
                && first.value.is_some_and(whole)
                && !scaled();
            if and_a_half {
                first.span = Span::new(first.span.start, next.span.end);
                first.value = first.value.map(|v| v + 0.5);
                first.unit = next.unit;
                continue;
            }
        }
        out.push(next);
    }
    // A lone "one" was kept only in case it opened a share or a range, or counts a unit.
    out.retain(|f| {
        f.digits
            || f.flags.contains(&"range")
            || f.unit.as_deref() == Some("percentage point")
            || !f.span.of(text).eq_ignore_ascii_case("one")
    });
    out
}

/// "3 hours 5 minutes", "28 minutes and 41 seconds": a whole count of a unit of time and a
/// count of the next smaller one written after the larger's word (see
/// [`COMPOUND_DURATION_STEPS`]) are one duration, in the smaller unit. Not when the smaller
/// count is qualified, flagged or a full larger unit or more ("2 hours 90 minutes"), nor across
/// a comma ("12 hours, 30 minutes of them on a trolley").
fn compound_duration(text: &str, first: &Found, next: &Found) -> Option<(f64, &'static str)> {
    let (Some(large), Some(small)) = (first.value, next.value) else {
        return None;
    };
    if !first.flags.is_empty() || !next.flags.is_empty() || next.qualifier.is_some() {
        return None;
    }
    let (first_unit, next_unit) = (first.unit.as_deref()?, next.unit.as_deref()?);
    let &(one, many, _, small_many, per) =
        COMPOUND_DURATION_STEPS
            .iter()
            .find(|(one, many, small_one, small_many, _)| {
                (first_unit == *one || first_unit == *many)
                    && (next_unit == *small_one || next_unit == *small_many)
            })?;
    if large < 1.0 || large.fract() != 0.0 || small >= per {
        return None;
    }
    let gap = text.get(first.span.end..next.span.start)?;
    let names_larger = |word: &str| {
        word.eq_ignore_ascii_case(one)
            || word.eq_ignore_ascii_case(many)
            || TIME_ABBREVIATIONS
                .iter()
                .any(|(short, unit, _)| short.eq_ignore_ascii_case(word) && *unit == one)
    };
    // "2min 04.318sec", "3hr 12min 5sec": each unit glued to its figure, one space between.
    if gap == " " {
        let both_glued = glued_unit(first.span.of(text)).is_some_and(names_larger)
            && glued_unit(next.span.of(text)).is_some_and(|word| !word.is_empty());
        return both_glued.then_some((large * per + small, small_many));
    }
    let word = gap.strip_prefix(' ')?.strip_suffix(' ')?;
    let word = word.strip_suffix(" and").unwrap_or(word);
    names_larger(word).then_some((large * per + small, small_many))
}

/// The letters glued to the end of a figure's text ("min" of "1min"), if it ends so.
fn glued_unit(surface: &str) -> Option<&str> {
    let (figure, word) = split_last_word(surface)?;
    figure
        .ends_with(|c: char| c.is_ascii_digit())
        .then_some(word)
}

/// What parts the two figures of a share: "one in three", "1-in-5", "one in every four", "3 out
/// of 10".
const SHARE_GAPS: &[&str] = &[" in ", HYPHENED_SHARE_GAP, " in every ", " out of "];

/// The gap of a share hyphened into one word ("a one-in-five chance").
const HYPHENED_SHARE_GAP: &str = "-in-";

/// The counted thing of a share ending at byte `end`: its verb agrees with "one", so in "one in
/// five workers smokes" a word in "-s" after the plural is the verb, not the head of a compound
/// as in "37 measles cases".
fn share_unit(text: &str, end: usize, unit: Option<String>) -> Option<String> {
    let mut words = text
        .get(end..)
        .unwrap_or("")
        .strip_prefix(' ')
        .unwrap_or("")
        .split(char::is_whitespace)
        .map(|w| w.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    let noun = words.next();
    // "4 in 10 Ukrainians support talks": a people named right after the share is what it
    // counts, whatever plural follows.
    if let Some(people) = noun.filter(|n| is_capitalised_plural(n)) {
        return Some(people.to_string());
    }
    let unit = unit?;
    let (Some(noun), Some(verb)) = (noun, words.next()) else {
        return Some(unit);
    };
    // "1 in 5 reported side effects": the share is the subject of the verb after it, and the
    // plural further on is that verb's object; "1 in 5 reported cases" counts its cases.
    let verb_first = noun != unit
        && verb != unit
        && (CUE_WORDS.contains(&noun)
            || FINITE_AUXILIARIES.contains(&noun)
            || IRREGULAR_PAST_VERBS.contains(&noun));
    if verb_first {
        return None;
    }
    let subject = verb == unit
        && noun.chars().all(char::is_lowercase)
        && !UNIT_STOP_WORDS.contains(&noun)
        && is_counted_noun(noun, false);
    Some(if subject { noun.to_string() } else { unit })
}

/// Whether `word` is a capitalised plural, its other letters in lower case ("Ukrainians",
/// "Israelis"): a people or a group.
fn is_capitalised_plural(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && is_counted_noun(word, false)
}

/// Most words between "of" and the second figure of a part of a whole ("58 of the 169 seats",
/// "14 of their last 16 Tests").
const MAX_PARTITIVE_WORDS: usize = 2;

/// "58 of the 169 seats", "3 of 10 voters": the part counts what the whole counts; so does the
/// first of two alternatives ("four or five names").
fn share_partitive_units(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(part), Some(whole)) = (left.last_mut(), right.first()) else {
            continue;
        };
        // "half of the 300 seats": a fraction in words is a share of the whole too.
        let unflagged = part.flags.iter().all(|flag| *flag == "share");
        if part.unit.is_some() || !unflagged || whole.unit.is_none() {
            continue;
        }
        let gap = text.get(part.span.end..whole.span.start).unwrap_or("");
        let Some(between) = gap.strip_prefix(" of ").or((gap == " or ").then_some("")) else {
            continue;
        };
        let words: Vec<&str> = between.split_whitespace().collect();
        let lower_words = words.iter().all(|w| w.chars().all(char::is_lowercase));
        // A sum of money is no whole of parts ("2 of $10").
        let counted = whole
            .span
            .of(text)
            .starts_with(|c: char| c.is_alphanumeric());
        if words.len() <= MAX_PARTITIVE_WORDS && lower_words && counted {
            part.unit.clone_from(&whole.unit);
        }
    }
}

/// Most bytes between a figure and the earlier one it is compared with ("1.8 million people …,
/// up from 1.1 million").
const MAX_COMPARISON_GAP: usize = 100;

/// Words that close the gap before a figure compared with the one before it in its sentence.
const COMPARISON_LINKS: &[&str] = &[
    "up from ",
    "down from ",
    "compared with ",
    "compared to ",
    "against ",
    "versus ",
];

/// Whether `value` is a power of ten of at least ten, as the divisor of a rate is ("per
/// 100,000").
fn is_rate_divisor(value: Option<f64>) -> bool {
    value.is_some_and(|v| {
        let power = v.log10();
        v >= 10.0 && (power - power.round()).abs() < 1e-9
    })
}

/// "31 per 100,000", "31 deaths per 100,000 people": a rate and its divisor are one figure. A
/// bare rate takes "per" and its divisor as its unit and its text; a rate of counted things
/// keeps its noun. The divisor, a power of ten, is no figure of its own.
fn join_rates(text: &str, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for next in found {
        if let Some(rate) = out.last_mut() {
            let gap = text.get(rate.span.end..next.span.start).unwrap_or("");
            let divisor = next.digits
                && next.flags.is_empty()
                && next.qualifier.is_none()
                && is_rate_divisor(next.value)
                && next.unit.as_deref().is_none_or(is_counted_thing);
            let rate_ok = rate.value.is_some() && rate.flags.is_empty();
            // "12.4 per 1,000 person-years": time lived, not heads, divides the rate, and stays
            // in its unit and its text.
            let person_time = next
                .unit
                .as_deref()
                .filter(|unit| PERSON_TIME_UNITS.contains(unit))
                .and_then(|unit| {
                    let end = next.span.end + 1 + unit.len();
                    let written = text.get(next.span.end..end)?;
                    (written.strip_prefix(' ') == Some(unit)).then_some(end)
                });
            let divisor = divisor
                || (next.digits
                    && next.flags.is_empty()
                    && next.qualifier.is_none()
                    && is_rate_divisor(next.value)
                    && person_time.is_some());
            if divisor && rate_ok && gap == " per " && rate.unit.is_none() {
                let end = person_time.unwrap_or(next.span.end);
                let written = text.get(next.span.start..end).unwrap_or("");
                rate.unit = Some(format!("per {written}"));
                rate.span = Span::new(rate.span.start, end);
                continue;
            }
            // "31 deaths per 100,000": one word, the rate's counted noun, before "per".
            let noun_per = gap
                .strip_prefix(' ')
                .and_then(|g| g.strip_suffix(" per "))
                .is_some_and(|noun| rate.unit.as_deref() == Some(noun));
            if divisor && rate_ok && noun_per && rate.unit.as_deref().is_some_and(is_counted_thing)
            {
                continue;
            }
        }
        out.push(next);
    }
    out
}

/// "The death toll rose to 412", "the quake killed 153": a bare whole figure that one of
/// [`TOLL_NOUNS`] leads to over a few [`TOLL_LINK_WORDS`], or that is the object of one of
/// [`HARM_VERBS`], counts [`CASUALTY_UNIT`], as "412 people were killed" does.
fn casualty_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, 60) else {
            continue;
        };
        // "another 40 injured": the word adding to the count may stand as its qualifier.
        let further = figure.qualifier.map_or_else(
            || {
                before
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| FURTHER_WORDS.contains(&w.to_lowercase().as_str()))
            },
            |q| FURTHER_WORDS.contains(&q.of(text).to_lowercase().as_str()),
        );
        if more_harmed(text, figure.span.end, further) {
            figure.unit = Some(CASUALTY_UNIT.to_string());
            continue;
        }
        let Some(clause) = before
            .rsplit(['.', '!', '?', ';', ',', '\n', '"', '“', '”', '(', ')'])
            .next()
            .filter(|clause| clause.ends_with(' '))
        else {
            continue;
        };
        let lower = clause.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let harmed = words.last().is_some_and(|w| HARM_VERBS.contains(w));
        let links = words
            .iter()
            .rev()
            .take_while(|w| TOLL_LINK_WORDS.contains(w))
            .count();
        let head = toll_head(&words[..words.len() - links]);
        let tolled = links > 0
            && TOLL_NOUNS.iter().any(|noun| {
                head.strip_suffix(noun)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            });
        if harmed || tolled {
            figure.unit = Some(CASUALTY_UNIT.to_string());
        }
    }
}

/// Most words of the phrase after a toll noun that tells what the toll is of ("from the
/// collapse", "in the northern province").
const MAX_TOLL_PHRASE_WORDS: usize = 4;

/// The words before a toll's link words, joined, without a short phrase that one of
/// [`TOLL_PHRASE_PREPOSITIONS`] opens after the toll noun ("the death toll from the collapse" →
/// "the death toll"); a phrase holding a figure or a link word is kept.
fn toll_head(words: &[&str]) -> String {
    let phrase = words
        .iter()
        .rposition(|w| TOLL_PHRASE_PREPOSITIONS.contains(w))
        .filter(|&at| at > 0 && words.len() - at - 1 <= MAX_TOLL_PHRASE_WORDS)
        .filter(|&at| {
            words[at + 1..].iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
                    && !TOLL_LINK_WORDS.contains(w)
            })
        });
    let kept = phrase.map_or(words, |at| &words[..at]);
    let head = kept.join(" ");
    let tolled = |head: &str| {
        TOLL_NOUNS.iter().any(|noun| {
            head.strip_suffix(noun)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
    };
    if phrase.is_some() && !tolled(&head) {
        return words.join(" ");
    }
    head
}

/// Most bytes read before an exchange rate for the currency it is in.
const EXCHANGE_RATE_REACH: usize = 160;

/// "The naira weakened to 1,380 per dollar", "traded at about 1,380 to the dollar": a figure
/// without a unit given against a currency ([`EXCHANGE_RATE_LINKS`] and its name) is an amount
/// of the other currency its sentence names before it, the nearest, as "1.08 dollars per euro"
/// is in dollars; with no other currency named it keeps no unit.
fn exchange_rate_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        if figure.unit.is_some() || !figure.flags.is_empty() || figure.value.is_none() {
            continue;
        }
        let Some(against) = rate_currency_after(text, figure.span.end) else {
            continue;
        };
        let sentence = text_before_figure(text, figure, EXCHANGE_RATE_REACH)
            .rsplit(['.', '!', '?', '\n'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        if let Some(code) = last_currency_named(&sentence, against) {
            figure.unit = Some(code.to_string());
        }
    }
}

/// The code of the currency an exchange rate ending at byte `end` is given against ("per
/// dollar", "to the US dollar"), when the phrase ends there (a mark, a function word or a
/// capitalised word follows: "to the dollar store" is no rate).
fn rate_currency_after(text: &str, end: usize) -> Option<&'static str> {
    let rest = text.get(end..)?.strip_prefix(' ')?;
    let link = EXCHANGE_RATE_LINKS.iter().find(|link| {
        rest.get(..link.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(link))
    })?;
    let rest = &rest[link.len()..];
    let rest = rest
        .strip_prefix("US ")
        .or_else(|| rest.strip_prefix("U.S. "))
        .unwrap_or(rest);
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let code = currency_named(&word)?;
    let tail = &rest[word.len()..];
    let next = tail
        .strip_prefix(' ')
        .map(|t| t.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
    let closed = match next {
        None => !tail.starts_with(char::is_alphanumeric),
        Some(next) => {
            next.is_empty()
                || is_function_word(&next.to_lowercase())
                || next.starts_with(char::is_uppercase)
        }
    };
    closed.then_some(code)
}

/// The code of the currency named last in `sentence` (lower case) other than `other`: a
/// single-word name ("naira", "rupee") or a country's adjective and a shared name ("kenyan
/// shilling").
fn last_currency_named(sentence: &str, other: &str) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    let mut consider = |at: usize, code: &'static str| {
        if code != other && best.is_none_or(|(b, _)| at > b) {
            best = Some((at, code));
        }
    };
    for word in sentence.split(|c: char| !c.is_alphabetic()) {
        if let Some(code) = currency_named(word) {
            consider(word.as_ptr() as usize - sentence.as_ptr() as usize, code);
        }
    }
    for (name, code) in QUALIFIED_CURRENCY_NAMES {
        for name in [*name, name.strip_suffix('s').unwrap_or(name)] {
            let bounded = sentence.match_indices(name).filter(|(i, _)| {
                let open = sentence[..*i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphabetic());
                let close = sentence[i + name.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic());
                open && close
            });
            if let Some((i, _)) = bounded.last() {
                consider(i, code);
            }
        }
    }
    best.map(|(_, code)| code)
}

/// The text up to `reach` bytes before a bare whole figure (no unit, no flags, a whole value of
/// at least 1) and its qualifier; `None` for any other figure.
fn text_before_bare_whole<'t>(text: &'t str, figure: &Found, reach: usize) -> Option<&'t str> {
    let whole = figure.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0);
    if figure.unit.is_some() || !figure.flags.is_empty() || !whole {
        return None;
    }
    Some(text_before_figure(text, figure, reach))
}

/// The text up to `reach` bytes before a figure and its qualifier (cut at a character
/// boundary).
fn text_before_figure<'t>(text: &'t str, figure: &Found, reach: usize) -> &'t str {
    let lead = figure
        .qualifier
        .map_or(figure.span.start, |q| q.start.min(figure.span.start));
    let mut from = lead.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..lead).unwrap_or("")
}

/// A bare whole figure that sizes a crowd counts [`CASUALTY_UNIT`] (people): after one of
/// [`CROWD_NOUNS`] and "of" ("a crowd of 52,000"), or after "at" in a sentence with one of
/// [`ESTIMATE_VERBS`] and a word of a crowd ("police estimated the crowd at 20,000",
/// "organisers put the figure at 100,000").
fn crowd_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, 200) else {
            continue;
        };
        let sentence = before
            .rsplit(['.', '!', '?', '\n'])
            .next()
            .unwrap_or(before)
            .to_lowercase();
        if !sentence.ends_with(' ') {
            continue;
        }
        let words: Vec<&str> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let crowd_of = words.len() >= 2
            && words[words.len() - 1] == "of"
            && CROWD_NOUNS.contains(&words[words.len() - 2]);
        let estimated_at = words.last() == Some(&"at")
            && words.iter().any(|w| ESTIMATE_VERBS.contains(w))
            && words
                .iter()
                .any(|w| CROWD_NOUNS.contains(w) || CROWD_WORDS.contains(w));
        if crowd_of || estimated_at {
            figure.unit = Some(CASUALTY_UNIT.to_string());
        }
    }
}

/// Words before a figure that mark where its clause starts: the subject of a change is sought
/// no further back.
const CLAUSE_BREAKS: &[&str] = &[". ", "! ", "? ", ", ", "; ", ": ", "\n", "\"", "“", "”"];

/// Where the clause ending `before` starts: after its last [`CLAUSE_BREAKS`].
fn clause_start_in(before: &str) -> usize {
    CLAUSE_BREAKS
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0)
}

/// A bare whole figure after "from", "to" or "by" that a verb of change ([`CHANGE_VERBS`])
/// moves counts its clause's subject when the subject's head is one of [`CHANGE_SUBJECT_COUNTS`]
/// ("Confirmed infections in the region rose from 12 on Monday to 30" → "infections"): between
/// the verb and the figure stand only other figures, function words and capitalised words (days,
/// places); a noun after "of" or a preposition is no subject ("the number of arrests").
fn subject_units(text: &str, found: &mut [Found]) {
    let spans: Vec<Span> = found.iter().map(|f| f.span).collect();
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, 200) else {
            continue;
        };
        let clause_start = clause_start_in(before);
        let mut original = before.get(clause_start..).unwrap_or("").to_string();
        // "Entries dropped 4.2%, to 7,650": the change of the clause before the comma, its
        // figure standing as a placeholder figure.
        let offset = (before.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let comma = (offset + clause_start).checked_sub(", ".len());
        let after_a_change_figure = original == "to "
            && before[..clause_start].ends_with(", ")
            && comma.is_some_and(|comma| spans.iter().any(|s| s.end == comma));
        if let (true, Some(earlier)) = (
            after_a_change_figure,
            spans.iter().find(|s| Some(s.end) == comma),
        ) {
            let lead = text.get(..earlier.start).unwrap_or("");
            let mut from = earlier.start.saturating_sub(200);
            while !lead.is_char_boundary(from) {
                from += 1;
            }
            let head = lead.get(from..).unwrap_or("");
            original = format!("{}0 to ", &head[clause_start_in(head)..]);
        }
        let clause = original.to_lowercase();
        if !clause.ends_with(' ') || clause.len() != original.len() {
            continue;
        }
        let words: Vec<&str> = clause.split_whitespace().collect();
        let capitalised: Vec<bool> = original
            .split_whitespace()
            .map(|w| w.starts_with(char::is_uppercase))
            .collect();
        let Some((lead, rest)) = words.split_last() else {
            continue;
        };
        if !["from", "to", "by"].contains(lead) {
            continue;
        }
        let Some(verb) = rest.iter().rposition(|w| CHANGE_VERBS.contains(w)) else {
            continue;
        };
        let plain_gap = rest[verb + 1..].iter().enumerate().all(|(i, w)| {
            is_function_word(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || capitalised.get(verb + 1 + i).copied().unwrap_or(false)
        });
        if !plain_gap {
            if *lead == "by" {
                if let Some(head) = object_head(&rest[verb + 1..]) {
                    figure.unit = Some(head.to_string());
                }
            }
            continue;
        }
        if let Some(head) = subject_head(&rest[..verb]) {
            if CHANGE_SUBJECT_COUNTS.contains(&head) {
                figure.unit = Some(head.to_string());
            }
        }
    }
}

/// Most bytes read before a bare figure for the subject of its count ("The number of people
/// killed when the bridge gave way on Friday night has risen to 13").
const COUNT_SUBJECT_REACH: usize = 200;

/// Most describing words between "of" and the plural a count's subject counts ("the number of
/// confirmed new cases").
const MAX_COUNT_OF_MODIFIERS: usize = 2;

/// "The number of people killed when the bridge gave way has risen to 13", "the total number of
/// confirmed cases stands at 412", "the death toll from Friday's landslide in the hill district
/// has climbed to 19": a bare whole figure right after a verb that states or moves a count
/// ([`TOLL_LINK_WORDS`], [`CHANGE_VERBS`], more than [`LEVEL_PARTICLES`]), in a clause whose
/// subject, at its start or after a reporting verb (and "that"), is "the" and one of
/// [`COUNT_OF_NOUNS`] and "of", counts the plural after "of" ("people", "cases"); a subject
/// that is one of [`TOLL_NOUNS`] counts [`CASUALTY_UNIT`], however long the phrase after it.
fn count_subject_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, COUNT_SUBJECT_REACH) else {
            continue;
        };
        let start = clause_start_in(before);
        let clause = before.get(start..).unwrap_or("");
        if !clause.ends_with(' ') {
            continue;
        }
        let lower = clause.to_lowercase();
        let mut words: Vec<&str> = lower.split_whitespace().collect();
        let links = words
            .iter()
            .rev()
            .take_while(|w| TOLL_LINK_WORDS.contains(w) || CHANGE_VERBS.contains(w))
            .count();
        // "The number of cabins flooded, according to the harbour office, has risen to 31", "the
        // death toll, which was 9 at dawn": the subject stands before an aside of attribution or
        // before "which".
        let earlier = before.get(..start).unwrap_or("");
        let subject_before = match words.len() - links {
            0 => aside_subject(earlier),
            1 if words.first() == Some(&"which") => earlier.strip_suffix(", "),
            _ => None,
        };
        let lower_before = subject_before.map(str::to_lowercase);
        if let Some(head) = lower_before.as_deref() {
            let mut joined: Vec<&str> = head[clause_start_in(head)..].split_whitespace().collect();
            joined.extend_from_slice(&words[words.len() - links..]);
            words = joined;
        }
        let (subject, link_words) = words.split_at(words.len() - links);
        if !link_words.iter().any(|w| !LEVEL_PARTICLES.contains(w)) {
            continue;
        }
        let opens_subject = |at: usize| {
            let lead = &subject[..at];
            let lead = lead.strip_suffix(&["that"]).unwrap_or(lead);
            subject[at] == "the" && (at == 0 || lead.last().is_some_and(|w| CUE_WORDS.contains(w)))
        };
        if let Some(unit) = (0..subject.len())
            .filter(|&at| opens_subject(at))
            .find_map(|at| count_subject_unit(&subject[at + 1..]))
        {
            figure.unit = Some(unit.to_string());
        }
    }
}

/// Most words of an aside of attribution set off by commas between a count's subject and its
/// verb ("according to the harbour office", "a coastguard officer said").
const MAX_ASIDE_WORDS: usize = 8;

/// The text up to the end of a count's subject when `earlier`, the text before its verb's
/// clause, ends with an aside of attribution set off by commas (", according to the harbour
/// office, ", ", inspectors said, "): "according to" opens it, or it holds one of [`CUE_WORDS`].
fn aside_subject(earlier: &str) -> Option<&str> {
    let inner = earlier.strip_suffix(", ")?;
    let open = inner.rfind(", ")?;
    let aside = inner.get(open + 2..)?;
    let words = aside.split_whitespace();
    if words.clone().count() > MAX_ASIDE_WORDS || aside.contains(['"', '“', '”', '.', ';']) {
        return None;
    }
    let lower = aside.to_lowercase();
    let attributed = lower.starts_with("according to ")
        || lower.split_whitespace().any(|w| CUE_WORDS.contains(&w));
    attributed.then(|| inner.get(..open)).flatten()
}

/// The unit a count's subject counts, from its words after "the" (lower case):
/// [`CASUALTY_UNIT`] for one of [`TOLL_NOUNS`], the plural after one of [`COUNT_OF_NOUNS`] and
/// "of" (an article and up to [`MAX_COUNT_OF_MODIFIERS`] describing words before it).
fn count_subject_unit<'w>(words: &[&'w str]) -> Option<&'w str> {
    let opens_with = |phrase: &str| {
        let mut at = 0;
        for part in phrase.split(' ') {
            if words.get(at) != Some(&part) {
                return None;
            }
            at += 1;
        }
        Some(at)
    };
    if TOLL_NOUNS.iter().any(|noun| opens_with(noun).is_some()) {
        return Some(CASUALTY_UNIT);
    }
    let after = COUNT_OF_NOUNS.iter().find_map(|noun| opens_with(noun))?;
    let counted = words
        .get(after + 1..)
        .filter(|_| words.get(after) == Some(&"of"))?;
    let counted = counted.strip_prefix(&["the"]).unwrap_or(counted);
    let plain = |w: &str| !is_function_word(w) && w.chars().all(char::is_alphabetic);
    let words = &counted[..counted.len().min(MAX_COUNT_OF_MODIFIERS + 1)];
    let at = words
        .iter()
        .take_while(|w| plain(w))
        .position(|w| is_counted_noun(w, false))?;
    // "the number of trainee physics teachers": a plural right after the first only described
    // it, as after a figure ("37 measles cases").
    let head = words
        .get(at + 1)
        .filter(|w| !MEASURE_PLURALS.contains(&words[at]) && is_compound_head(w));
    Some(head.unwrap_or(&words[at]))
}

/// A bare whole figure after "by" and a body of workers that one of [`CHANGE_VERBS`] or
/// [`WORKFORCE_CUT_VERBS`] moves ("cut its workforce by 1,200", "reduced staff by 300") counts
/// that body's unit in [`WORKFORCE_UNITS`].
fn workforce_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, 60) else {
            continue;
        };
        let Some(before) = before.strip_suffix(" by ") else {
            continue;
        };
        let lower = before.to_lowercase();
        let mut words = lower.split(' ').rev();
        let noun = words.next().unwrap_or("");
        let Some(unit) = WORKFORCE_UNITS
            .iter()
            .find_map(|(n, unit)| (*n == noun).then_some(*unit))
        else {
            continue;
        };
        let mut verb = words.next().unwrap_or("");
        if verb == "the" || POSSESSIVE_DETERMINERS.contains(&verb) {
            verb = words.next().unwrap_or("");
        }
        if CHANGE_VERBS.contains(&verb) || WORKFORCE_CUT_VERBS.contains(&verb) {
            figure.unit = Some(unit.to_string());
        }
    }
}

/// Most describing words between an object's determiner and its head ("their average daily
/// steps").
const MAX_OBJECT_MODIFIERS: usize = 2;

/// How far around a figure its sentence is sought for the unit of a lead, in bytes.
const MARGIN_SENTENCE_REACH: usize = 200;

/// A bare whole figure after one of [`MARGIN_NOUNS`] and "of" ("won a majority of 62") counts
/// the first of [`MARGIN_UNITS`] its sentence names ("174 seats"); with none, no unit.
fn margin_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, 40) else {
            continue;
        };
        let Some(lead) = before.strip_suffix(" of ") else {
            continue;
        };
        let noun = lead
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        if !MARGIN_NOUNS.contains(&noun.as_str()) {
            continue;
        }
        let mut to = (figure.span.end + MARGIN_SENTENCE_REACH).min(text.len());
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let after = text.get(figure.span.end..to).unwrap_or("");
        let after = after.split(". ").next().unwrap_or(after);
        let after = after.split('\n').next().unwrap_or(after);
        let mut from = figure.span.start.saturating_sub(MARGIN_SENTENCE_REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let earlier = text.get(from..figure.span.start).unwrap_or("");
        let earlier = earlier.rsplit(". ").next().unwrap_or(earlier);
        let earlier = earlier.rsplit('\n').next().unwrap_or(earlier);
        let names = |unit: &str| {
            [earlier, after].iter().any(|part| {
                part.split(|c: char| !c.is_alphabetic())
                    .any(|w| w.eq_ignore_ascii_case(unit))
            })
        };
        if let Some(unit) = MARGIN_UNITS.iter().find(|u| names(u)) {
            figure.unit = Some((*unit).to_string());
        }
    }
}

/// The head of a verb of change's object, from `words` (lower case) between the verb and "by":
/// a determiner ("the", "its", "their") or none, up to [`MAX_OBJECT_MODIFIERS`] describing words
/// and a countable plural among [`CHANGE_SUBJECT_COUNTS`] or [`CHANGE_OBJECT_COUNTS`]
/// ("increased their daily steps by 3,000", "cut jobs by 1,200" → "steps", "jobs"); a phrase
/// with "of" or a preposition in it is none.
fn object_head<'w>(words: &[&'w str]) -> Option<&'w str> {
    let determined = words
        .first()
        .is_some_and(|w| *w == "the" || POSSESSIVE_DETERMINERS.contains(w));
    let phrase = if determined { &words[1..] } else { words };
    let (head, modifiers) = phrase.split_last()?;
    let plain = modifiers.len() <= MAX_OBJECT_MODIFIERS
        && modifiers
            .iter()
            .all(|w| !is_function_word(w) && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    let counted = CHANGE_SUBJECT_COUNTS.contains(head) || CHANGE_OBJECT_COUNTS.contains(head);
    (plain && counted).then_some(*head)
}

/// The head of the subject among `words` (lower case) before a verb: the last word of the last
/// run of content words that no linking word or preposition ([`PHRASE_LINKS`]) leads into.
fn subject_head<'w>(words: &[&'w str]) -> Option<&'w str> {
    let mut head = None;
    let mut after_link = false;
    let mut in_run = false;
    let mut run_skipped = false;
    for word in words {
        if is_function_word(word) || PHRASE_LINKS.contains(word) {
            after_link |= PHRASE_LINKS.contains(word);
            in_run = false;
            continue;
        }
        if !in_run {
            run_skipped = after_link && head.is_some();
            after_link = false;
            in_run = true;
        }
        if !run_skipped {
            head = Some(*word);
        }
    }
    head
}

/// Most words of the group a count picks its part from ("Of the 40 dairy cows, 14 died").
const MAX_GROUP_WORDS: usize = 3;

/// Most bytes read after a bare count for the state of the counted ("were feared dead").
const CASUALTY_STATE_REACH: usize = 40;

/// "At least 14 dead as the building collapsed", "14 were dead and 37 injured", "six have
/// died": a bare whole figure that one of [`CASUALTY_STATES`] follows, straight or after one of
/// [`CASUALTY_STATE_VERBS`] (and [`CASUALTY_STATE_MODIFIERS`]), counts [`CASUALTY_UNIT`], unless
/// the state is an adjective before a noun ("14 dead pigs", "were dead set against"). A count
/// that picks out part of a group named just before it ("Of the 40 cows, 14 died") counts that
/// group's things instead.
fn casualty_states(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let (left, right) = found.split_at_mut(i);
        let Some(figure) = right.first_mut() else {
            continue;
        };
        if text_before_bare_whole(text, figure, 0).is_none()
            || !casualty_state_after(text, figure.span.end)
        {
            continue;
        }
        let group = left.last().filter(|earlier| {
            let gap = text.get(earlier.span.end..figure.span.start).unwrap_or("");
            let lead = text.get(..earlier.span.start).unwrap_or("").to_lowercase();
            let phrase = gap.trim_end().strip_suffix(',').unwrap_or(".");
            !phrase.contains(['.', ',', ';', ':', '!', '?', '(', ')'])
                && phrase.split_whitespace().count() <= MAX_GROUP_WORDS
                && (lead.ends_with("of the ") || lead.ends_with("of "))
        });
        let unit = match group.and_then(|g| g.unit.as_deref()) {
            Some(unit) if is_counted_thing(unit) => unit.to_string(),
            _ => CASUALTY_UNIT.to_string(),
        };
        figure.unit = Some(unit);
    }
}

/// Whether the words after byte `end` tell that what a count counts were killed, hurt or lost:
/// one of [`CASUALTY_STATES`], after one of [`CASUALTY_STATE_VERBS`] or not, that ends its clause
/// or is followed by a function word or a capitalised word ("14 dead as", "were killed on
/// Monday", "37 injured."), not by a noun it describes.
fn casualty_state_after(text: &str, end: usize) -> bool {
    let mut to = (end + CASUALTY_STATE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let Some(after) = text.get(end..to).and_then(|a| a.strip_prefix(' ')) else {
        return false;
    };
    let mut words = after.split(' ');
    let mut word = words.next().unwrap_or("");
    let bare = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphabetic())
            .to_lowercase()
    };
    if CASUALTY_STATE_VERBS.contains(&bare(word).as_str()) && bare(word).len() == word.len() {
        word = words.next().unwrap_or("");
        for _ in 0..2 {
            if CASUALTY_STATE_MODIFIERS.contains(&bare(word).as_str())
                && bare(word).len() == word.len()
            {
                word = words.next().unwrap_or("");
            }
        }
    }
    let state = bare(word);
    if !CASUALTY_STATES.contains(&state.as_str()) {
        return false;
    }
    if state.len() < word.len() {
        // "37 injured.", "14 dead, police said": a mark closes the phrase.
        return !word[state.len()..].starts_with(['-', '\'', '’']);
    }
    let Some(next) = words.next() else {
        return to == text.len();
    };
    let next_lower = bare(next);
    next.is_empty() || is_function_word(&next_lower) || next.starts_with(|c: char| c.is_uppercase())
}

/// "352 others wounded", "40 more injured", "another 40 injured": a figure ending at byte `end`
/// that counts more of the harmed; `further` tells that a word adding to a count stands before.
fn more_harmed(text: &str, end: usize, further: bool) -> bool {
    let mut to = (end + 24).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = text.get(end..to).unwrap_or("").to_lowercase();
    let mut words = after.split(|c: char| !c.is_alphabetic()).skip(1).take(2);
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    let spaced = after.starts_with(' ');
    spaced
        && ((further && HARM_PARTICIPLES.contains(&first))
            || (MORE_HARMED_WORDS.contains(&first)
                && second.is_some_and(|w| HARM_PARTICIPLES.contains(&w))))
}

/// The unit of `count` when `share`, a percentage, restates it after ", or" ("31 seats, or
/// 42.5% of the house"): what a bare figure compared after the share counts.
fn restated_count_unit(text: &str, count: &Found, share: &Found) -> Option<String> {
    if share.unit.as_deref() != Some("percent") {
        return None;
    }
    let unit = count.unit.as_deref().filter(|u| *u != "percent")?;
    let share_start = share.qualifier.map_or(share.span.start, |q| q.start);
    let gap = text.get(count.span.end..share_start)?;
    let named = gap.trim_end().strip_suffix(", or")?;
    (named.len() <= MAX_COMPARISON_GAP && !named.contains([',', '.', '!', '?', ';', '\n']))
        .then(|| unit.to_string())
}

/// Whether `gap` ends with one of `links`, whatever their case ("up from ").
fn ends_in_a_link(gap: &str, links: &[&str]) -> bool {
    links.iter().any(|link| {
        gap.len() >= link.len()
            && gap
                .get(gap.len() - link.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(link))
    })
}

/// "Revenue rose to £212m, up from 198m": a whole figure glued to "m", compared (after one of
/// [`COMPARISON_LINKS`], or "from" after the figure a change reached) with a sum in millions or
/// more just before it in its sentence, is millions of that sum's money, not metres: the
/// second figure of a comparison drops the sign it shares with the first.
fn millions_compared_with_a_sum(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(earlier), Some(later)) = (left.last(), right.first_mut()) else {
            continue;
        };
        let sum = earlier
            .unit
            .as_deref()
            .filter(|unit| CURRENCY_CODES.contains(unit) && earlier.flags.is_empty())
            .filter(|_| scaled_by_million(earlier.span.of(text)));
        let (Some(currency), true) = (sum, later.unit.as_deref() == Some("m")) else {
            continue;
        };
        let glued = later
            .span
            .of(text)
            .strip_suffix('m')
            .is_some_and(|digits| digits.ends_with(|c: char| c.is_ascii_digit()));
        let Some(gap) = text.get(earlier.span.end..later.span.start) else {
            continue;
        };
        let compared = ends_in_a_link(gap, COMPARISON_LINKS) || ends_in_a_link(gap, &["from "]);
        if glued
            && compared
            && later.flags.is_empty()
            && gap.len() <= MAX_COMPARISON_GAP
            && !gap.contains(['.', '!', '?', ';', '\n'])
        {
            later.unit = Some(currency.to_string());
            later.value = later.value.map(|v| v * 1e6);
        }
    }
}

/// "about 1.8 million people faced hunger, up from 1.1 million in January": a figure without a
/// unit compared with the one before it in its sentence counts the same thing.
fn share_compared_units(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        // "up from one in six": the later figure opens a share, which counts what its second
        // figure counts.
        let opens_share = found.get(i + 1).is_some_and(|whole| {
            text.get(found[i].span.end..whole.span.start)
                .is_some_and(|gap| gap.eq_ignore_ascii_case(" in "))
        });
        // "31 seats, or 42.5% of the house, up from 26": a bare figure compared after a
        // share that restates a count counts what that count does.
        let restated = i
            .checked_sub(2)
            .and_then(|k| restated_count_unit(text, &found[k], &found[i - 1]));
        let (left, right) = found.split_at_mut(i);
        let (Some(earlier), Some(later)) = (left.last_mut(), right.first_mut()) else {
            continue;
        };
        // "fell from 98 to 71 seats": the level a change starts from counts what it ends at.
        let from_start = earlier.qualifier.map_or(earlier.span.start, |q| q.start);
        let change_from = earlier.unit.is_none()
            && later.unit.is_some()
            && earlier.flags.is_empty()
            && later.flags.is_empty()
            && text
                .get(earlier.span.end..later.span.start)
                .is_some_and(|gap| gap == " to ")
            && from_start >= 5
            && text
                .get(from_start - 5..from_start)
                .is_some_and(|from| from.eq_ignore_ascii_case("from "))
            && word_before_is_change_verb(text, from_start - 5);
        if change_from {
            earlier.unit.clone_from(&later.unit);
            continue;
        }
        if later.unit.is_some() || !later.flags.is_empty() || !earlier.flags.is_empty() {
            continue;
        }
        if opens_share {
            continue;
        }
        let Some(gap) = text.get(earlier.span.end..later.span.start) else {
            continue;
        };
        if gap.len() > MAX_COMPARISON_GAP || gap.contains(['.', '!', '?', ';', '\n']) {
            continue;
        }
        let compared = ends_in_a_link(gap, COMPARISON_LINKS);
        let tally = earlier.unit.as_deref().is_some_and(|unit| {
            unit != "percent"
                && counted_against(gap, unit)
                && !word_before_is_change_verb(text, earlier.span.start)
        });
        // "12.4 per 100,000 people, up from 9.8": the figure before is a rate's divisor.
        let divisor = text
            .get(..earlier.span.start)
            .is_some_and(|before| before.ends_with("per "));
        // "fell to 71 seats from 98": the level a change started from, after the one it
        // reached.
        let reached_from = gap.strip_suffix(" from ").is_some_and(|noun| {
            noun.is_empty()
                || noun.strip_prefix(' ').is_some_and(|noun| {
                    earlier
                        .unit
                        .as_deref()
                        .is_some_and(|unit| unit.eq_ignore_ascii_case(noun))
                })
        }) && earlier.qualifier.map_or(earlier.span.start, |q| q.start) >= 3
            && text
                .get(..earlier.qualifier.map_or(earlier.span.start, |q| q.start))
                .is_some_and(|before| before.ends_with(" to "));
        // "worth £6m, compared with 9": a sum in millions is never written again without
        // its sign and its scale, so a bare figure compared with it counts something else.
        let sum_unscaled = earlier
            .unit
            .as_deref()
            .is_some_and(|unit| CURRENCY_CODES.contains(&unit))
            && scaled_by_million(earlier.span.of(text))
            && !scaled_by_million(later.span.of(text));
        if (compared || tally || reached_from) && !divisor && !sum_unscaled {
            match restated.as_ref().filter(|_| compared) {
                Some(unit) => later.unit = Some(unit.clone()),
                None => later.unit.clone_from(&earlier.unit),
            }
        }
        // "MPs voted by 312 votes to 118": the votes set against each other are a tally.
        let votes = earlier
            .unit
            .as_deref()
            .is_some_and(|unit| VOTE_NOUNS.contains(&unit));
        if tally && !divisor && votes {
            earlier.flags.push("tally");
            later.flags.push("tally");
        }
        // "27 events in the preceding 90 days, up from nine": a span of time framing the count
        // is not what the change is about; the count before it is.
        if compared && !divisor && frames_a_span(text, earlier) {
            let framed = left.iter().rev().skip(1).find(|count| {
                count
                    .unit
                    .as_ref()
                    .is_some_and(|u| !SPAN_TIME_UNITS.contains(&u.as_str()))
                    && count.flags.is_empty()
                    && text
                        .get(count.span.end..later.span.start)
                        .is_some_and(|gap| {
                            gap.len() <= MAX_COMPARISON_GAP
                                && !gap.contains(['.', '!', '?', ';', '\n'])
                        })
            });
            if let Some(count) = framed {
                later.unit.clone_from(&count.unit);
            }
        }
    }
}

/// Prepositions that open a span of time framing a count ("27 events in the past 90 days"),
/// lower case.
const SPAN_FRAME_PREPOSITIONS: &[&str] = &["in", "over", "during", "within", "across"];

/// Whether `span` is a span of time framed by a preposition, with at most two lower-case words
/// between ("in the preceding 90 days", "over 12 months").
fn frames_a_span(text: &str, span: &Found) -> bool {
    let time = span
        .unit
        .as_deref()
        .is_some_and(|u| SPAN_TIME_UNITS.contains(&u));
    let start = span.qualifier.map_or(span.span.start, |q| q.start);
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    time && before
        .rsplit(' ')
        .take(3)
        .take_while(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
        .any(|w| SPAN_FRAME_PREPOSITIONS.contains(&w))
}

/// "Three people were killed and 50 injured", "129 people died and 352 were hurt": a figure
/// without a unit joined to a count of things, in a passive tally (a form of "be" in the
/// first clause or right after the figure) with a verb right after it, counts the same things.
/// Measures, money and shares are no counted nouns, so they are not shared; an active clause
/// ("2 million left and 1 million stayed") shares nothing.
fn share_elided_units(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(earlier), Some(later)) = (left.last(), right.first_mut()) else {
            continue;
        };
        if later.unit.is_some() || !later.flags.is_empty() || !earlier.flags.is_empty() {
            continue;
        }
        let Some(unit) = earlier.unit.as_deref().filter(|u| is_counted_thing(u)) else {
            continue;
        };
        let Some(gap) = text.get(earlier.span.end..later.span.start) else {
            continue;
        };
        let linked = ELLIPSIS_LINKS.iter().any(|link| gap.ends_with(link));
        if gap.len() > MAX_COMPARISON_GAP || gap.contains(['.', '!', '?', ';', '\n']) || !linked {
            continue;
        }
        let next_word = text
            .get(later.span.end..)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphabetic()).next())
            .unwrap_or("");
        let be = |w: &str| ELLIPSIS_BE_FORMS.contains(&w);
        let passive = be(next_word) || gap.split(' ').any(be);
        if passive && is_verb_after_count(next_word) {
            later.unit = Some(unit.to_string());
        }
    }
}

/// "The trust runs 80 libraries and 25 of them will close", "It polled 12 towns. Nine of those
/// voted no": a bare figure right before "of them", "of those" or "of these" counts what the
/// nearest earlier count of things in its paragraph counts. Measures, money, shares, times and
/// bare figures are passed over; the nearest count stops the search, and lends its noun only
/// when it is a whole figure no smaller than the part ("2 sons and 3 daughters, and 4 of them"
/// lends nothing).
fn carry_partitive_pronoun_units(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (earlier, rest) = found.split_at_mut(i);
        let Some(part) = rest.first_mut() else {
            continue;
        };
        if part.unit.is_some()
            || !part.flags.is_empty()
            || !before_partitive_pronoun(text, part.span.end)
        {
            continue;
        }
        let whole = earlier
            .iter()
            .rev()
            .find(|f| f.unit.as_deref().is_some_and(is_counted_thing));
        let Some(whole) = whole else {
            continue;
        };
        let larger = matches!((whole.value, part.value), (Some(w), Some(p)) if w >= p);
        if larger && whole.flags.is_empty() {
            part.unit = whole.unit.clone();
        }
    }
}

/// Whether " of them", " of those" or " of these" follows byte `at`, ending its word.
fn before_partitive_pronoun(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(" of ")) else {
        return false;
    };
    std::iter::once(&"them")
        .chain(PLURAL_DEMONSTRATIVES)
        .any(|pronoun| {
            rest.get(..pronoun.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(pronoun))
                && !rest[pronoun.len()..].starts_with(char::is_alphanumeric)
        })
}

/// Whether a unit names counted things ("people", "soldiers"), not a measure, money or a share.
fn is_counted_thing(unit: &str) -> bool {
    unit.chars().all(|c| c.is_ascii_lowercase())
        && unit != "percent"
        && !MEASURE_PLURALS.contains(&unit)
        && is_counted_noun(unit, false)
}

/// Whether `word` is a verb a count's subject takes: a past form ("injured", "fled", "were") or
/// a finite auxiliary ("are missing", "have died").
fn is_verb_after_count(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed"))
        || IRREGULAR_PAST_VERBS.contains(&word)
        || IRREGULAR_PAST_PARTICIPLES.contains(&word)
        || FINITE_AUXILIARIES.contains(&word)
}

/// The currency named right before "cents" after byte `at` ("71.3 US cents", "50 euro
/// cents"), one of [`CENT_CURRENCY_WORDS`].
fn cents_currency_after(text: &str, at: usize) -> Option<&'static str> {
    let rest = text.get(at..)?.strip_prefix(' ')?;
    // "half a US cent": the article of a fraction in words before the currency.
    let rest = rest.strip_prefix("a ").unwrap_or(rest);
    CENT_CURRENCY_WORDS.iter().find_map(|(word, code)| {
        let tail = rest.strip_prefix(word)?.strip_prefix(' ')?;
        let tail = tail
            .strip_prefix(CENTS_UNIT)
            .or_else(|| tail.strip_prefix("cent"))?;
        (!tail.starts_with(char::is_alphanumeric)).then_some(*code)
    })
}

/// "42 cents a share": an amount of the currency the article counts in dollars or euros (the
/// one it gives most often, US dollars when it gives neither), or of the one named before
/// "cents" ("71.3 US cents" in a Canadian article is US dollars); "410 pence a share" is an
/// amount of pounds, as "410p" is, and "6.5 sen" one of ringgit (see [`MINOR_CURRENCY_WORDS`]).
fn cents_in_currency(text: &str, found: &mut [Found]) {
    for f in found
        .iter_mut()
        .filter(|f| f.unit.as_deref() == Some(PENCE_WORD))
    {
        f.value = f.value.map(|v| v / 100.0);
        f.unit = Some(POUNDS_CODE.to_string());
    }
    for f in found.iter_mut() {
        let Some((_, code)) = MINOR_CURRENCY_WORDS
            .iter()
            .find(|(minor, _)| f.unit.as_deref() == Some(*minor))
        else {
            continue;
        };
        f.value = f.value.map(|v| v / 100.0);
        f.unit = Some((*code).to_string());
    }
    let is_cents = |f: &Found| f.unit.as_deref() == Some(CENTS_UNIT);
    if !found.iter().any(is_cents) {
        return;
    }
    let count = |code: &str| {
        found
            .iter()
            .filter(|f| f.unit.as_deref() == Some(code))
            .count()
    };
    let currency = CENT_CURRENCIES
        .iter()
        .copied()
        .max_by_key(|&code| (count(code), code == "USD"))
        .unwrap_or("USD");
    for f in found.iter_mut().filter(|f| is_cents(f)) {
        f.value = f.value.map(|v| v / 100.0);
        let named = cents_currency_after(text, f.span.end);
        f.unit = Some(named.unwrap_or(currency).to_string());
    }
}

/// How often `text` names `word` as a whole word (not inside "Pakistani" for "Pakistan", nor
/// as the opening of a phrase of [`RUPEE_COUNTRY_NON_MENTIONS`]).
fn whole_word_count(text: &str, word: &str) -> usize {
    text.match_indices(word)
        .filter(|&(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            let bounded = !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric);
            let non_mention = RUPEE_COUNTRY_NON_MENTIONS
                .iter()
                .any(|phrase| text[at..].starts_with(phrase));
            bounded && !non_mention
        })
        .count()
}

/// The currency of a bare rupee in `text`: that of the country of [`RUPEE_COUNTRIES`] it names
/// most often, when that is more often than India, else India's.
fn rupee_currency(text: &str) -> &'static str {
    let mentions =
        |names: &[&str]| -> usize { names.iter().map(|name| whole_word_count(text, name)).sum() };
    let mut counts = RUPEE_COUNTRIES
        .iter()
        .map(|(names, code)| (mentions(names), *code));
    let Some((india, india_code)) = counts.next() else {
        return "INR";
    };
    counts
        .filter(|&(count, _)| count > india)
        .fold(None, |best: Option<(usize, &str)>, next| match best {
            Some(best) if best.0 >= next.0 => Some(best),
            _ => Some(next),
        })
        .map_or(india_code, |(_, code)| code)
}

/// "Rs2.5 billion", "300 rupees", "a 500-rupee note": an amount in the rupee with no country
/// written with it ("Indian rupees", "₹" stay India's) is in the currency of the country the
/// document names most (see [`rupee_currency`]), India's by default.
fn rupees_of_the_country(text: &str, found: &mut [Found]) {
    let Some((_, india_code)) = RUPEE_COUNTRIES.first() else {
        return;
    };
    let is_bare_rupee = |f: &Found| {
        let surface = f.span.of(text);
        let abbreviated = CURRENCY_ABBREVIATIONS
            .iter()
            .any(|(abbreviation, code)| code == india_code && surface.starts_with(abbreviation));
        let word_after = text
            .get(f.span.end..)
            .unwrap_or("")
            .trim_start_matches([' ', '-'])
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let word_inside = surface
            .split(|c: char| !c.is_alphabetic())
            .any(|word| RUPEE_WORDS.contains(&word.to_lowercase().as_str()));
        abbreviated || word_inside || RUPEE_WORDS.contains(&word_after.as_str())
    };
    let rupees: Vec<usize> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.unit.as_deref() == Some(*india_code) && is_bare_rupee(f))
        .map(|(i, _)| i)
        .collect();
    if rupees.is_empty() {
        return;
    }
    let code = rupee_currency(text);
    for i in rupees {
        if let Some(f) = found.get_mut(i) {
            f.unit = Some(code.to_string());
        }
    }
}

/// "6-4, 3-6, 7-5": pairs in a row, set apart by commas, of which one is a score, are all
/// scores (sets of a match), the ascending ones too.
fn join_set_scores(text: &str, found: &mut [Found]) {
    let gap = |a: &Found, b: &Found| text.get(a.span.end..b.span.start).unwrap_or("");
    let is_pair = |found: &[Found], i: usize| {
        found.get(i + 1).is_some_and(|second| {
            let first = &found[i];
            matches!(gap(first, second), "-" | "–")
                && [first, second].iter().all(|f| {
                    f.flags
                        .iter()
                        .any(|&flag| flag == "tally" || flag == "range")
                })
        })
    };
    let mut i = 0;
    while i < found.len() {
        if !is_pair(found, i) {
            i += 1;
            continue;
        }
        let mut end = i + 2;
        while is_pair(found, end) && gap(&found[end - 1], &found[end]) == ", " {
            end += 2;
        }
        let scored = found[i..end].iter().any(|f| f.flags.contains(&"tally"));
        if end - i > 2 && scored {
            for f in &mut found[i..end] {
                for flag in &mut f.flags {
                    if *flag == "range" {
                        *flag = "tally";
                    }
                }
            }
        }
        i = end;
    }
}

/// "52 votes to 48", "12,408 votes to Doe's 9,877": the tally set against the first counts
/// the same thing.
fn counted_against(gap: &str, unit: &str) -> bool {
    // "312 electoral votes to 226": a lower-case word or two may describe the unit.
    let mut rest = gap;
    let mut unit_found = None;
    for _ in 0..3 {
        let Some(word_rest) = rest.strip_prefix(' ') else {
            break;
        };
        if let Some(after) = word_rest.strip_prefix(unit) {
            unit_found = Some(after);
            break;
        }
        let len = word_rest
            .find(|c: char| !c.is_ascii_lowercase())
            .unwrap_or(word_rest.len());
        let word = &word_rest[..len];
        if word.is_empty() || UNIT_STOP_WORDS.contains(&word) {
            break;
        }
        rest = &word_rest[len..];
    }
    let gap = unit_found.unwrap_or(gap);
    let Some(rest) = gap.strip_prefix(" to ") else {
        return false;
    };
    rest.is_empty()
        || rest.strip_suffix(' ').is_some_and(|owner| {
            let name = owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"))
                .unwrap_or("");
            name.starts_with(char::is_uppercase) && !name.contains(char::is_whitespace)
        })
}

/// Most a range's first figure and the second's may differ by (either way) for the second's scale
/// word to serve both ("from 2.1 to 2.6 billion", not "from 900 to 1.2 million").
const MAX_RANGE_SCALE_RATIO: f64 = 10.0;

/// "from $2.1 to $2.6 billion", "between 1.5 and 2 billion", "3 to 4 thousand workers": the
/// second figure's scale word serves the first when the first, in digits too, has none of its
/// own, as in "$5-10 million" and "$5-$7 billion".
fn carry_range_scale(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (left.last_mut(), right.first()) else {
            continue;
        };
        let gap = text.get(first.span.end..second.span.start).unwrap_or("");
        let lead_start = first.qualifier.map_or(first.span.start, |q| q.start);
        let lead = text
            .get(lead_start.saturating_sub(8)..lead_start)
            .unwrap_or("")
            .to_lowercase();
        // "$5-$7 billion": a dash between two sums with their signs.
        let dashed_money = matches!(gap, "-" | "–")
            && first.unit.is_some()
            && second
                .span
                .of(text)
                .starts_with(|c: char| !c.is_ascii_digit());
        let joined =
            gap == " to " || (gap == " and " && lead.ends_with("between ")) || dashed_money;
        let same_unit = first.unit.is_none() || first.unit == second.unit;
        if !joined || !same_unit || first.digits != second.digits {
            continue;
        }
        if !first.digits {
            // "between two and three million": the second's scale word serves the first.
            carry_word_scale(text, first, second);
            continue;
        }
        let (Some(scale), Some(first_value), Some(second_value)) = (
            scale_word_at_end(second.span.of(text)),
            first.value,
            second.value,
        ) else {
            continue;
        };
        if scale_word_at_end(first.span.of(text)).is_some() || first_value <= 0.0 {
            continue;
        }
        // The scale must be what the second figure was multiplied by ("5m" may be metres).
        let second_written = second_value / scale;
        let ratio = second_written / first_value;
        if (1.0 / MAX_RANGE_SCALE_RATIO..=MAX_RANGE_SCALE_RATIO).contains(&ratio)
            && is_scaled(second.span.of(text), second_value, scale)
        {
            first.value = Some(first_value * scale);
        }
    }
}

/// "between two and three million", "two to three billion": a first number in words with no
/// scale of its own, close to the figure the second writes, takes the second's scale.
fn carry_word_scale(text: &str, first: &mut Found, second: &Found) {
    let last_scale = |surface: &str| {
        let (before, word) = split_last_word(surface)?;
        (!before.trim().is_empty())
            .then(|| scale_of(word))
            .flatten()
            .filter(|&scale| scale >= 1000.0)
    };
    let (Some(scale), Some(first_value), Some(second_value)) =
        (last_scale(second.span.of(text)), first.value, second.value)
    else {
        return;
    };
    if last_scale(first.span.of(text)).is_some() || first_value <= 0.0 {
        return;
    }
    let ratio = second_value / scale / first_value;
    if (1.0 / MAX_RANGE_SCALE_RATIO..=MAX_RANGE_SCALE_RATIO).contains(&ratio) {
        first.value = Some(first_value * scale);
    }
}

/// The multiplier of the scale word or suffix closing a number's text ("billion" of "$2.6
/// billion", "bn" of "$3bn").
fn scale_word_at_end(surface: &str) -> Option<f64> {
    let start = surface
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = surface.get(start..)?;
    let before = surface.get(..start)?.trim_end_matches([' ', '-']);
    if word.is_empty() || !before.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    scale_of(word).filter(|&scale| scale > 1.0)
}

/// Whether a number's value is the figure it writes times `scale` ("$2.6 billion" is, "5m" of
/// metres is not).
fn is_scaled(surface: &str, value: f64, scale: f64) -> bool {
    written_figure(surface)
        .is_some_and(|written| ((written * scale) - value).abs() <= value.abs() * 1e-9)
}

/// The first figure a number's text writes, before any scale ("2.6" of "$2.6 billion").
fn written_figure(surface: &str) -> Option<f64> {
    let figure: String = surface
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|c| *c != ',')
        .collect();
    figure.parse::<f64>().ok()
}

/// "2m-3m euros", "50m-60m people", "10km-15km": a figure whose suffix the figure after a dash
/// repeats is the first end of a range, read as that second end is (its scale and unit: "2m"
/// is millions of euros there, not metres).
fn join_repeated_suffix_ranges(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (left.last_mut(), right.first_mut()) else {
            continue;
        };
        let gap = text.get(first.span.end..second.span.start).unwrap_or("");
        let (first_text, second_text) = (first.span.of(text), second.span.of(text));
        // "90km/h-110km/h": a speed repeats its divisor as well.
        let (first_bare, second_bare) = (
            first_text.strip_suffix("/h").unwrap_or(first_text),
            second_text.strip_suffix("/h").unwrap_or(second_text),
        );
        let repeated = matches!(gap, "-" | "–")
            && first_text.starts_with(|c: char| c.is_ascii_digit())
            && letter_suffix(first_bare).is_some()
            && letter_suffix(first_bare) == letter_suffix(second_bare)
            && first_text.ends_with("/h") == second_text.ends_with("/h");
        if !repeated || !first.flags.is_empty() || !second.flags.is_empty() {
            continue;
        }
        let (Some(first_written), Some(second_written), Some(second_value)) = (
            written_figure(first_text),
            written_figure(second_text),
            second.value,
        ) else {
            continue;
        };
        if second_written == 0.0 || first_written >= second_written {
            continue;
        }
        first.value = Some(first_written * (second_value / second_written));
        first.unit = second.unit.clone();
        first.flags.push("range");
        second.flags.push("range");
    }
}

/// "between 300 and 400 troops", "300 to 400 people": both numbers are flagged as a range and
/// share the unit ("from 5 to 10" after a word of change and "by 5 to 10" are changes, not
/// ranges).
fn join_between_ranges(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (left.last_mut(), right.first_mut()) else {
            continue;
        };
        let gap = text.get(first.span.end..second.span.start).unwrap_or("");
        let lead_start = first.qualifier.map_or(first.span.start, |q| q.start);
        let lead = text
            .get(lead_start.saturating_sub(8)..lead_start)
            .unwrap_or("");
        let lead = lead.to_lowercase();
        // "between the ages of 50 and 75": a range of ages.
        let age_lead = text
            .get(lead_start.saturating_sub(24)..lead_start)
            .is_some_and(|l| {
                let l = l.to_lowercase();
                BETWEEN_AGE_LEADS.iter().any(|lead| l.ends_with(lead))
            });
        let between =
            gap.trim().eq_ignore_ascii_case("and") && (lead.ends_with("between ") || age_lead);
        // "4.25%-4.5%", "£150m-£200m": a dash between two figures of one unit.
        let dashed_same_unit = matches!(gap, "-" | "–")
            && first.unit.is_some()
            && first.unit == second.unit
            && matches!((first.value, second.value), (Some(a), Some(b)) if a < b);
        // "$6.2 billion to $6.6 billion" spans one unit upwards, unless a verb of change
        // moved something by the first figure to the second ("rose 0.25% to 5.5%").
        let same_unit_upwards = first.unit.is_some()
            && first.unit == second.unit
            && matches!((first.value, second.value), (Some(a), Some(b)) if a < b)
            && !word_before_is_change_verb(text, lead_start);
        // "15- to 24-year-olds": the first figure's hyphen is held over to the second's noun.
        // "range from 12C to 18C": a verb of spanning makes "from" open a range.
        // "ranged in age from 4 to 81", "aged from 4 to 81": ages from one to another span
        // them too.
        // "damaged from 300 to 400 homes", "anywhere from 300 to 400": with no word of change
        // before it in its sentence, "from" opens a range upwards too.
        let ranging = lead.ends_with("from ")
            && (word_before_is_in(text, lead_start.saturating_sub(5), RANGE_VERBS)
                || first.flags.contains(&"age")
                || (matches!((first.value, second.value), (Some(a), Some(b)) if a < b)
                    && !sentence_before_names_change(text, lead_start.saturating_sub(5))));
        // "rise by 4 to 6 per cent": a bare first figure close below a second with a unit is
        // one end of a range of changes ("rose by 5 to 105 points" moved by 5 to 105).
        let by_range = lead.ends_with("by ")
            && first.unit.is_none()
            && second.unit.is_some()
            && matches!((first.value, second.value),
                (Some(a), Some(b)) if a > 0.0 && a < b && b <= a * MAX_BY_RANGE_RATIO);
        let span_to = matches!(gap, " to " | "- to " | "– to ")
            && (first.unit.is_none() || same_unit_upwards)
            && second.qualifier.is_none()
            && (!lead.ends_with("from ") || ranging)
            && (!lead.ends_with("by ") || by_range);
        // "The motion was carried by 312 to 118": a vote's tally after a verb of its fate.
        let carried_by = gap == " to "
            && first.unit.is_none()
            && second.qualifier.is_none()
            && lead.ends_with("by ")
            && word_before_is_in(text, lead_start.saturating_sub(3), VOTE_RESULT_VERBS);
        // "aged between two and 14", "from five to 12 people": house style spells out one to
        // nine and writes 10 and above in digits, so a small word and a larger figure in
        // digits are ends of one range too; not a clock ("at five to 11").
        let style_split = !first.digits
            && second.digits
            && first
                .value
                .is_some_and(|v| (1.0..10.0).contains(&v) && v.fract() == 0.0)
            && second.value.is_some_and(|v| v >= 10.0 && v.fract() == 0.0)
            && !lead.ends_with("at ");
        if (first.digits != second.digits && !style_split)
            || !(between || span_to || dashed_same_unit || carried_by)
        {
            continue;
        }
        // "The Senate voted 51 to 49", "passed by a vote of 312 to 118": a vote's tally, not a
        // span of figures.
        let voted = (carried_by || (span_to && word_before_is_vote(text, lead_start)))
            && [first.value, second.value]
                .iter()
                .all(|v| v.is_some_and(|v| v.fract() == 0.0 && v < 1000.0));
        let flag = if voted { "tally" } else { "range" };
        // "aged 11 to 16", "aged between 11 and 16": the second end is an age as the first is.
        // "15- to 24-year-olds": the first end is an age as the second is.
        let ages = flag == "range"
            && ((second.unit.is_none()
                && second.value.is_some_and(|v| v < MAX_AGE)
                && (first.flags.contains(&"age")
                    || age_lead
                    || (between
                        && text
                            .get(lead_start.saturating_sub(16)..lead_start)
                            .is_some_and(|l| l.to_lowercase().ends_with("aged between ")))))
                || (second.flags.contains(&"age") && first.unit.is_none()));
        for item in [&mut *first, &mut *second] {
            for flag in [Some(flag), ages.then_some("age")].into_iter().flatten() {
                if !item.flags.contains(&flag) {
                    item.flags.push(flag);
                }
            }
        }
        if first.unit.is_none() || first.unit.as_deref() == Some("and") {
            first.unit = second.unit.clone();
        }
    }
}

/// "children under five", "people over 65", "those aged under 18": a bare whole figure after
/// one of [`AGE_BAND_QUALIFIERS`] right after one of [`AGE_BAND_NOUNS`] bounds an age band; it
/// is an age.
fn age_bands(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let young_enough = figure
            .value
            .is_some_and(|v| (1.0..MAX_AGE).contains(&v) && v.fract() == 0.0);
        let Some(qualifier) = figure.qualifier else {
            continue;
        };
        if figure.unit.is_some() || !figure.flags.is_empty() || !young_enough {
            continue;
        }
        let bounded = AGE_BAND_QUALIFIERS
            .iter()
            .any(|q| q.eq_ignore_ascii_case(qualifier.of(text)));
        let noun = text
            .get(..qualifier.start)
            .and_then(|before| before.strip_suffix(' '))
            .and_then(split_last_word)
            .is_some_and(|(_, word)| {
                AGE_BAND_NOUNS
                    .iter()
                    .any(|noun| noun.eq_ignore_ascii_case(word))
            });
        if bounded && noun {
            figure.flags.push("age");
        }
    }
}

/// How many times the first figure the second of "by 4 to 6 per cent" is at most, to be read as
/// a range of changes rather than a change to a level.
const MAX_BY_RANGE_RATIO: f64 = 3.0;

/// Whether the word ending just before byte `at` is one of [`VOTE_VERBS`] ("voted"), or is
/// "of" after one of [`VOTE_NOUNS`] ("a vote of").
fn word_before_is_vote(text: &str, at: usize) -> bool {
    if word_before_is_in(text, at, VOTE_VERBS) || follows_an_outnumbered_noun(text, at) {
        return true;
    }
    let Some(of_start) = at.checked_sub(3) else {
        return false;
    };
    text.get(of_start..at)
        .is_some_and(|of| of.eq_ignore_ascii_case("of "))
        && word_before_is_in(text, of_start, VOTE_NOUNS)
}

/// Whether one of [`OUTNUMBER_VERBS`] and the plural noun it bears end just before byte `at`
/// ("Gainers outnumbered losers 312 to 245"): the two figures after them are a tally.
fn follows_an_outnumbered_noun(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..at).filter(|b| b.ends_with(' ')) else {
        return false;
    };
    let mut words = before.split_whitespace().rev();
    let noun = words.next().unwrap_or("");
    let verb = words.next().unwrap_or("");
    noun.chars().all(char::is_alphabetic)
        && noun.ends_with('s')
        && OUTNUMBER_VERBS.contains(&verb.to_lowercase().as_str())
}

/// Whether the word ending just before byte `at`, after a space, is one of `words` (lower case).
fn word_before_is_in(text: &str, at: usize, words: &[&str]) -> bool {
    let mut from = at.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at)
        .filter(|before| before.ends_with(' '))
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|word| words.contains(&word.to_lowercase().as_str()))
}

/// How far back the sentence before "from" is searched for a word of change, in bytes.
const FROM_CHANGE_REACH: usize = 160;

/// Whether the sentence before byte `at` names a change ([`CHANGE_VERBS`],
/// [`FROM_CHANGE_WORDS`]): "Sales rose 5%, from 300 to 315" moves from one figure to the other.
fn sentence_before_names_change(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(FROM_CHANGE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..at).unwrap_or("");
    let start = [". ", "! ", "? ", "; ", "\n"]
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    before
        .get(start..)
        .unwrap_or("")
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .any(|w| CHANGE_VERBS.contains(&w.as_str()) || FROM_CHANGE_WORDS.contains(&w.as_str()))
}

/// Whether the word ending just before byte `at` is a verb of change ("rose", "cut").
fn word_before_is_change_verb(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at)
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|word| CHANGE_VERBS.contains(&word.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<Number> {
        let layout = crate::segment::segment(text);
        let dates = super::super::dates::extract(text, &layout, None);
        extract(text, &layout, &dates)
    }

    fn units(text: &str) -> Vec<Option<String>> {
        run(text).into_iter().map(|n| n.unit).collect()
    }

    /// Whether each figure found in `text` is flagged an age.
    fn age_flags(text: &str) -> Vec<bool> {
        run(text)
            .iter()
            .map(|n| n.flags.iter().any(|flag| flag == "age"))
            .collect()
    }

    /// Whether the one figure in `text` is flagged an age.
    fn aged(text: &str) -> bool {
        one(text).flags.iter().any(|flag| flag == "age")
    }

    fn one(text: &str) -> Number {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn check(text: &str, surface: &str, value: Option<f64>, unit: Option<&str>) {
        let n = one(text);
        assert_eq!(n.text, surface, "{text}");
        assert_eq!(n.value, value, "{text}");
        assert_eq!(n.unit.as_deref(), unit, "{text}");
    }

    #[test]
    fn a_plural_demonstrative_or_possessive_after_of_is_a_determiner() {
        check(
            "About 700 of those permits lapsed.",
            "700",
            Some(700.0),
            Some("permits"),
        );
        check(
            "Nearly 12 of these kiosks shut.",
            "12",
            Some(12.0),
            Some("kiosks"),
        );
        check(
            "Two of their ferries sank.",
            "Two",
            Some(2.0),
            Some("ferries"),
        );
        // Not changed: a demonstrative standing alone counts nothing after it.
        assert_eq!(units("Officials said 14 of those were late."), [None]);
    }

    #[test]
    fn a_whole_in_one_hyphened_is_a_compound_modifier_not_a_count() {
        assert!(run("Shops stock a seven-in-one cleaner.").is_empty());
        assert!(run("Vendra sells a 4-in-1 charger.").is_empty());
        // Not changed: a share hyphened or spaced stays a share.
        check(
            "It is a one-in-six chance.",
            "one-in-six",
            Some(1.0 / 6.0),
            None,
        );
        let share = one("One in nine cyclists rode.");
        assert_eq!(share.flags, ["share"]);
    }

    #[test]
    fn bare_rupees_take_the_currency_of_the_country_named_most() {
        let text = "Lawmakers in Kathmandu set aside Rs3 billion for roads. Nepal's \
                    treasury added 400 rupees a head and a 50-rupee levy, though \
                    India lent 20 Indian rupees and \u{20b9}5, Nepali officials said.";
        assert_eq!(
            units(text),
            [
                Some("NPR".into()),
                Some("NPR".into()),
                Some("NPR".into()),
                Some("INR".into()),
                Some("INR".into())
            ]
        );
        // India named as often as the other country: India's rupee, the default.
        let even = "Officials in Colombo and India agreed. It cost Rs. 900.";
        assert_eq!(units(even), [Some("INR".into())]);
        // "the Indian Ocean" names no India.
        let island = "Port Louis, an Indian Ocean port, spent Rs 12 million.";
        assert_eq!(units(island), [Some("MUR".into())]);
    }

    #[test]
    fn short_scale_suffixes_mil_and_bil_scale_money() {
        check(
            "Turnover at the mill reached RM4.7bil.",
            "RM4.7bil",
            Some(4.7e9),
            Some("MYR"),
        );
        check(
            "The clinic was sold for S$3.6mil.",
            "S$3.6mil",
            Some(3.6e6),
            Some("SGD"),
        );
        check(
            "Its debt stood at RM2.3 bil.",
            "RM2.3 bil",
            Some(2.3e9),
            Some("MYR"),
        );
    }

    #[test]
    fn hundredths_of_a_currency_spelled_out_are_money() {
        check(
            "Shares of the brewer slipped 4.5 sen.",
            "4.5",
            Some(0.045),
            Some("MYR"),
        );
        check(
            "The board declared a 15-sen payout.",
            "15-sen",
            Some(0.15),
            Some("MYR"),
        );
        check("Diesel went up by 75 paise.", "75", Some(0.75), Some("INR"));
    }

    #[test]
    fn a_score_made_in_a_count_of_overs_is_no_share() {
        let found = run("Chasing, the Otters reached 212 for seven in 40 overs.");
        let seen: Vec<(&str, Option<f64>, Option<&str>, bool)> = found
            .iter()
            .map(|n| {
                (
                    n.text.as_str(),
                    n.value,
                    n.unit.as_deref(),
                    n.flags.is_empty(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                ("212", Some(212.0), None, true),
                ("seven", Some(7.0), None, true),
                ("40", Some(40.0), Some("overs"), true),
            ]
        );
        check(
            "One in four riders wore a helmet.",
            "One in four",
            Some(0.25),
            Some("riders"),
        );
    }

    #[test]
    fn a_short_prefix_after_priced_from_is_money() {
        assert_eq!(
            units("Passes are priced from Dh120 to Dh480."),
            vec![Some("AED".to_string()), Some("AED".to_string())]
        );
        check(
            "Lessons are priced from R240.",
            "R240",
            Some(240.0),
            Some("ZAR"),
        );
    }

    #[test]
    fn a_rate_per_person_time_keeps_its_divisor_noun() {
        check(
            "Falls occurred at 8.7 per 1,000 patient-years among the residents.",
            "8.7 per 1,000 patient-years",
            Some(8.7),
            Some("per 1,000 patient-years"),
        );
        check(
            "Cases rose to 61 per 100,000 population.",
            "61 per 100,000",
            Some(61.0),
            Some("per 100,000"),
        );
    }

    #[test]
    fn a_clock_style_time_taken_is_seconds() {
        check(
            "Mwangi crossed the line in 2:11:07 on the coast road.",
            "2:11:07",
            Some(7867.0),
            Some("seconds"),
        );
        check(
            "Her heat took 4:02.5 in the wind.",
            "4:02.5",
            Some(242.5),
            Some("seconds"),
        );
    }

    #[test]
    fn a_time_of_day_with_seconds_is_no_time_taken() {
        for text in [
            "The vote closed at 7:45:10 that night.",
            "The alarm rang 14:02:10 GMT on the pier.",
            "The alarm rang 06:12:44 near the pier.",
            "The alarm rang 6:12:44 local time.",
            "Read chapter 3:16 aloud.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_magnitude_in_words_and_half_a_cent_take_their_units() {
        check(
            "A magnitude-six tremor shook the valley.",
            "six",
            Some(6.0),
            Some("magnitude"),
        );
        check(
            "The loonie slid half a US cent.",
            "half",
            Some(0.005),
            Some("USD"),
        );
    }

    #[test]
    fn a_scaled_sum_of_pounds_of_a_finance_noun_is_sterling() {
        check(
            "The plan leaves 4.2 billion pounds of headroom.",
            "4.2 billion",
            Some(4.2e9),
            Some("GBP"),
        );
        check(
            "Officials wasted 3 million pounds of taxpayers' money.",
            "3 million",
            Some(3e6),
            Some("GBP"),
        );
        // A weight of goods stays a weight.
        check(
            "Growers shipped 3 million pounds of plums.",
            "3 million",
            Some(3e6),
            Some("pounds"),
        );
    }

    #[test]
    fn a_local_phone_number_or_a_street_block_is_no_figure() {
        assert!(run("Ring 555-0187 for tickets.").is_empty());
        assert!(run("Readers may call us on 555-7731 today.").is_empty());
        assert!(run("The hotline, 555-2290, opens daily.").is_empty());
        assert!(run("Firefighters went to the 2300 block of Orrin Lane.").is_empty());
        // A dashed pair with no word of calling is still a range.
        assert_eq!(
            units("It drew 300-1200 visitors."),
            vec![Some("visitors".to_string()), Some("visitors".to_string())]
        );
        assert_eq!(
            units("Crews cleared 300 blocks."),
            vec![Some("blocks".to_string())]
        );
    }

    #[test]
    fn a_possessive_after_of_is_no_counted_noun() {
        assert_eq!(
            units("Mira started four of Vale Town's 30 cup ties."),
            vec![Some("ties".to_string()), Some("ties".to_string())]
        );
        assert_eq!(
            units("They took millions of the farmers' grain."),
            vec![None]
        );
        assert_eq!(
            units("Six of the team's riders crashed."),
            vec![Some("riders".to_string())]
        );
    }

    #[test]
    fn a_storm_category_is_a_figure_in_categories() {
        check(
            "The cyclone hit as a Category 4 system.",
            "4",
            Some(4.0),
            Some("category"),
        );
        check(
            "It grew into a category-three hurricane.",
            "three",
            Some(3.0),
            Some("category"),
        );
        check(
            "It weakened to a Category 2 storm.",
            "2",
            Some(2.0),
            Some("category"),
        );
        // Without a storm, "category" still labels.
        assert!(run("The Category 4 staff were paid.").is_empty());
    }

    #[test]
    fn glued_inches_and_speeds_per_second_take_their_units() {
        check("Snow lay 8.5in deep.", "8.5in", Some(8.5), Some("inches"));
        check(
            "Gusts hit 41 metres a second.",
            "41",
            Some(41.0),
            Some("m/s"),
        );
        check(
            "Gusts hit 41 meters per second.",
            "41",
            Some(41.0),
            Some("m/s"),
        );
        check("Gusts hit 41m/s.", "41m/s", Some(41.0), Some("m/s"));
        check(
            "Winds hit 90 kilometres an hour.",
            "90",
            Some(90.0),
            Some("km/h"),
        );
    }

    #[test]
    fn a_model_number_before_the_name_of_its_line_is_no_figure() {
        assert!(run("Checks found faults on the 412 Skyhawk.").is_empty());
        assert!(run("A 515 Vantor was grounded.").is_empty());
        assert_eq!(
            units("The 300 Druvian troops left."),
            [Some("troops".to_string())]
        );
        assert_eq!(run("Shares fell 300 Tuesday in Varnholm.").len(), 1);
    }

    #[test]
    fn a_statistic_abbreviation_keeps_its_values() {
        let texts = |text: &str| run(text).into_iter().map(|n| n.text).collect::<Vec<_>>();
        assert_eq!(
            texts("Falls dropped by 31% (95% CI 1.4 to 2.6) in the wards."),
            ["31%", "95%", "1.4", "2.6"]
        );
        let found = run("Sleep loss rose 95% CI 14 to 19 in the cohort.");
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[1].flags, vec!["range".to_string()]);
        assert_eq!(found[2].flags, vec!["range".to_string()]);
        assert_eq!(texts("The model gave HR 0.64 for smokers."), ["0.64"]);
        assert!(run("Senators backed HR 7 on Tuesday.").is_empty());
    }

    #[test]
    fn feet_abbreviated_are_feet() {
        check(
            "A 40ft swell hit Varnholm.",
            "40ft",
            Some(40.0),
            Some("feet"),
        );
    }

    #[test]
    fn points_after_percentage_points_in_one_sentence_are_percentage_points() {
        assert_eq!(
            units("Prices rose 0.4 percentage points in May and 0.1 points in June."),
            [
                Some("percentage points".to_string()),
                Some("percentage points".to_string())
            ]
        );
        assert_eq!(
            units("Prices rose 0.4 percentage points. The team scored 3 points."),
            [
                Some("percentage points".to_string()),
                Some("points".to_string())
            ]
        );
    }

    #[test]
    fn a_rate_takes_its_divisor_as_unit_and_is_no_range() {
        let found = run("The figure climbed from 12 per 10,000 to 19 per 10,000 in Varnholm.");
        let texts: Vec<&str> = found.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["12 per 10,000", "19 per 10,000"]);
        for n in &found {
            assert_eq!(n.unit.as_deref(), Some("per 10,000"));
            assert!(n.flags.is_empty(), "{n:?}");
        }
        check(
            "Clinics logged 7 visits per 1,000 residents.",
            "7",
            Some(7.0),
            Some("visits"),
        );
    }

    #[test]
    fn wire_dollar_signs_cents_and_glued_scales_are_money() {
        check(
            "Norland pledged $A7 million to the fund.",
            "$A7 million",
            Some(7e6),
            Some("AUD"),
        );
        check(
            "Ostrava gave $NZ4 billion in aid.",
            "$NZ4 billion",
            Some(4e9),
            Some("NZD"),
        );
        check("A charge of 15c a bottle.", "15c", Some(0.15), Some("USD"));
        check(
            "The currency slid to US71.34c on Friday.",
            "US71.34c",
            Some(0.7134),
            Some("USD"),
        );
        check(
            "A poll of 3.4million voters.",
            "3.4million",
            Some(3.4e6),
            Some("voters"),
        );
        check(
            "Tarvel spent ₹ 12,000 crore.",
            "₹ 12,000 crore",
            Some(1.2e11),
            Some("INR"),
        );
        check("Highs near 25c in the heat.", "25c", Some(25.0), Some("°C"));
        assert!(run("The USS70 sailed.").is_empty());
    }

    #[test]
    fn a_year_before_a_dated_noun_counts_nothing() {
        assert!(run("Data from a 2021 survey by Kelmar showed it.").is_empty());
        assert!(run("He lost the 1998 election in Brask.").is_empty());
        check(
            "Staff wrote 2,021 reports.",
            "2,021",
            Some(2021.0),
            Some("reports"),
        );
    }

    #[test]
    fn glued_concentrations_magnitudes_and_miles_take_their_units() {
        check(
            "Smog hit 95µg/m³ in Tarvel.",
            "95",
            Some(95.0),
            Some("\u{b5}g/m\u{b3}"),
        );
        check("A 6.3 aftershock hit.", "6.3", Some(6.3), Some("magnitude"));
        assert_ne!(one("A 3 tremor hit.").unit.as_deref(), Some("magnitude"));
        check("The trail is 12mi long.", "12mi", Some(12.0), Some("miles"));
        check(
            "A 30-member bloc.",
            "30-member",
            Some(30.0),
            Some("members"),
        );
    }

    #[test]
    fn more_of_the_harmed_count_people() {
        let people = Some("people".to_string());
        assert_eq!(
            units("In the raid 18 others wounded. Another 7 injured, and then 9 more killed."),
            [people.clone(), people.clone(), people]
        );
        check("In the raid 18 others left.", "18", Some(18.0), None);
    }

    fn flags_of(text: &str) -> Vec<Vec<String>> {
        run(text).into_iter().map(|n| n.flags).collect()
    }

    #[test]
    fn metric_masses_and_volumes_spelled_out_are_symbols() {
        assert_eq!(
            units(
                "Mix 7 grams of salt, 3 millilitres of oil, 2 liters of broth and 40 milligrams."
            ),
            ["g", "ml", "l", "mg"].map(|u| Some(u.to_string()))
        );
    }

    #[test]
    fn ages_listed_told_in_years_old_or_ranged_in_age() {
        let age = || vec!["age".to_string()];
        let ranged = || vec!["range".to_string(), "age".to_string()];
        assert_eq!(
            flags_of("Three pupils, ages 6 and 9, were unhurt."),
            [vec![], age(), age()]
        );
        let told = one("The driver is 58 years old.");
        assert_eq!((told.unit.as_deref(), told.flags), (Some("years"), age()));
        assert_eq!(
            flags_of("He thanked Orla Vantrey, then 15, and Ned Quill, now 16."),
            [age(), age()]
        );
        assert_eq!(
            flags_of("The guests ranged in age from 3 to 92."),
            [ranged(), ranged()]
        );
        assert!(flags_of("The trial stages 2 and 3 ended.")
            .iter()
            .all(|f| !f.contains(&"age".to_string())));
        assert!(one("The bridge took 58 years to build.").flags.is_empty());
    }

    #[test]
    fn a_kin_noun_sets_off_an_age_and_paid_pounds_are_sterling() {
        let ages: Vec<Vec<String>> = run("Ivo Brask, 41, and his son, 9.")
            .into_iter()
            .map(|n| n.flags)
            .collect();
        assert_eq!(ages, [vec!["age".to_string()], vec!["age".to_string()]]);
        check(
            "The court told him to pay her 84,000 pounds.",
            "84,000",
            Some(84000.0),
            Some("GBP"),
        );
        check(
            "The sack held 84 pounds of flour.",
            "84",
            Some(84.0),
            Some("pounds"),
        );
    }

    #[test]
    fn a_toll_or_a_verb_of_harm_counts_people() {
        assert_eq!(
            units("The death toll climbed to 61 by noon. The storm injured 25."),
            [Some("people".to_string()), Some("people".to_string())]
        );
        check(
            "Rescuers said the number of dead stood at 19.",
            "19",
            Some(19.0),
            Some("people"),
        );
        check(
            "The toll road out of Pellard costs 4.",
            "4",
            Some(4.0),
            None,
        );
    }

    #[test]
    fn a_change_shares_its_unit_with_its_other_end() {
        assert_eq!(
            units("The Greens slipped to 14 seats from 20."),
            [Some("seats".to_string()), Some("seats".to_string())]
        );
        assert_eq!(
            units("The Greens slipped from 20 to 14 seats."),
            [Some("seats".to_string()), Some("seats".to_string())]
        );
    }

    #[test]
    fn about_after_a_preposition_approximates() {
        let n = one("Orvane is in talks to buy the mill for about $3.1 billion.");
        assert_eq!(n.qualifier.as_deref(), Some("about"));
    }

    #[test]
    fn a_strict_label_counts_nothing() {
        assert!(run("Nurses saw type 2 diabetes patients daily.").is_empty());
        assert!(run("The category 3 staff rota changed.").is_empty());
    }

    #[test]
    fn a_scale_word_hyphened_to_its_figure_scales_it() {
        check(
            "Some 1.5-million people backed Ivo Dane.",
            "1.5-million",
            Some(1.5e6),
            Some("people"),
        );
        check(
            "The town of Ada Quist has 62-million visitors.",
            "62-million",
            Some(6.2e7),
            Some("visitors"),
        );
        check(
            "The firm lost 3-billion rand.",
            "3-billion",
            Some(3e9),
            Some("ZAR"),
        );
        check(
            "The 5-million mark was passed.",
            "5-million",
            Some(5e6),
            None,
        );
    }

    #[test]
    fn money_named_in_a_hyphened_word_has_its_code() {
        check(
            "It is a 7.2 billion-dollar tunnel.",
            "7.2 billion-dollar",
            Some(7.2e9),
            Some("USD"),
        );
        check(
            "Tom Reyes signed a 10-million-dollar deal.",
            "10-million-dollar",
            Some(1e7),
            Some("USD"),
        );
        check(
            "A 50 million-euro fee.",
            "50 million-euro",
            Some(5e7),
            Some("EUR"),
        );
        check(
            "A 5,000-yuan fine.",
            "5,000-yuan",
            Some(5000.0),
            Some("CNY"),
        );
        check("A 500-rupee note.", "500-rupee", Some(500.0), Some("INR"));
        check("A 10-mile walk.", "10-mile", Some(10.0), Some("miles"));
    }

    #[test]
    fn a_pound_hyphened_to_a_scale_of_millions_is_sterling() {
        check(
            "The side agreed a 40 million-pound fee for the winger.",
            "40 million-pound",
            Some(4e7),
            Some("GBP"),
        );
        check(
            "Ivo Marsh signed a 2-billion-pound contract.",
            "2-billion-pound",
            Some(2e9),
            Some("GBP"),
        );
        // Without a scale of a million a pound is still a weight.
        check("A 10-pound bag.", "10-pound", Some(10.0), Some("pounds"));
    }

    #[test]
    fn hyphened_spellings_of_percent_basis_points_ages_and_areas() {
        check(
            "It paid a 27-per-cent premium.",
            "27-per-cent",
            Some(27.0),
            Some("percent"),
        );
        check(
            "It took a 40 per-cent share.",
            "40 per-cent",
            Some(40.0),
            Some("percent"),
        );
        check(
            "It took a 10-pc stake.",
            "10-pc",
            Some(10.0),
            Some("percent"),
        );
        check(
            "It made a 50-basis-point hike.",
            "50-basis-point",
            Some(50.0),
            Some("basis points"),
        );
        check(
            "They bought a 2,000-acre farm.",
            "2,000-acre",
            Some(2000.0),
            Some("acres"),
        );
        check(
            "They sold a 5-hectare site.",
            "5-hectare",
            Some(5.0),
            Some("hectares"),
        );
        let n = one("The law lets 18-year-olds vote.");
        assert_eq!(n.unit.as_deref(), Some("years"));
        assert_eq!(n.flags, vec!["age".to_string()]);
    }

    #[test]
    fn scores_count_only_with_of() {
        assert!(run("Average test scores fell this year.").is_empty());
        assert!(run("The scores were level.").is_empty());
        let n = one("Scores of people fled.");
        assert_eq!((n.text.as_str(), n.value), ("Scores", None));
        assert_eq!(n.flags, vec!["vague".to_string()]);
    }

    #[test]
    fn a_number_marking_an_item_of_a_list_is_no_quantity() {
        let text = "What comes next?\n\n1. The board will meet.\n\n2) Ivo Dane must sign.\n\n(3) The scheme ends.\n\nKey points:\n4. Rents rise.";
        assert!(run(text).is_empty(), "{:?}", run(text));
        // A figure that opens a sentence inside a line still counts.
        check(
            "Prices rose. 12 shops shut.",
            "12",
            Some(12.0),
            Some("shops"),
        );
    }

    #[test]
    fn space_grouped_thousands_glued_to_a_unit_are_one_figure() {
        check(
            "Breakdowns are at 16 900MW, Ada Quist said.",
            "16 900MW",
            Some(16900.0),
            Some("MW"),
        );
        check(
            "The plant makes 1 200MW.",
            "1 200MW",
            Some(1200.0),
            Some("MW"),
        );
        // A scale glued to the second group makes two figures.
        assert_eq!(run("Of 16 900m people").len(), 2);
    }

    #[test]
    fn one_letter_currency_prefixes_glued_to_a_scaled_or_grouped_amount() {
        check(
            "It was costing Ada Quist N4.5 trillion a year.",
            "N4.5 trillion",
            Some(4.5e12),
            Some("NGN"),
        );
        check(
            "She got a N25,000 grant.",
            "N25,000",
            Some(25e3),
            Some("NGN"),
        );
        check(
            "Damage was put at P2.1 billion.",
            "P2.1 billion",
            Some(2.1e9),
            Some("PHP"),
        );
        check(
            "It cost ₱2.1 billion.",
            "₱2.1 billion",
            Some(2.1e9),
            Some("PHP"),
        );
        check(
            "It cost E£4.2 billion.",
            "E£4.2 billion",
            Some(4.2e9),
            Some("EGP"),
        );
        check(
            "It was worth GH¢2.3 billion.",
            "GH¢2.3 billion",
            Some(2.3e9),
            Some("GHS"),
        );
        check(
            "He paid UGX 3 billion.",
            "UGX 3 billion",
            Some(3e9),
            Some("UGX"),
        );
        // Several currencies are written "K": the figure keeps no unit.
        check(
            "Tom Reyes sold it for K4.5 million.",
            "K4.5 million",
            Some(4.5e6),
            None,
        );
        // Without a scale, groups or cents the letter names a thing.
        assert!(run("The N95 masks ran out.").is_empty());
        assert!(run("The P5 talks resumed.").is_empty());
    }

    #[test]
    fn currencies_of_africa_and_asia_written_before_the_amount() {
        check(
            "It will cost R3.5 billion.",
            "R3.5 billion",
            Some(3.5e9),
            Some("ZAR"),
        );
        check(
            "Mara Lind owes R400-billion.",
            "R400-billion",
            Some(4e11),
            Some("ZAR"),
        );
        check(
            "The firm needs R254bn.",
            "R254bn",
            Some(2.54e11),
            Some("ZAR"),
        );
        check("He was fined R5,000.", "R5,000", Some(5000.0), Some("ZAR"));
        check("Tickets cost R350 each.", "R350", Some(350.0), Some("ZAR"));
        check(
            "Bread rose by R1.20 a loaf.",
            "R1.20",
            Some(1.2),
            Some("ZAR"),
        );
        check(
            "The bill raises Sh346.7 billion.",
            "Sh346.7 billion",
            Some(3.467e11),
            Some("KES"),
        );
        check(
            "Arun Tebbe was fined Sh50,000.",
            "Sh50,000",
            Some(5e4),
            Some("KES"),
        );
        check(
            "The county got KSh2.5 billion.",
            "KSh2.5 billion",
            Some(2.5e9),
            Some("KES"),
        );
        check(
            "The county got Ksh 3 million.",
            "Ksh 3 million",
            Some(3e6),
            Some("KES"),
        );
        check("The fee rose to N$350.", "N$350", Some(350.0), Some("NAD"));
        check(
            "Sales hit NT$625.5 billion.",
            "NT$625.5 billion",
            Some(6.255e11),
            Some("TWD"),
        );
        check("It lent Rmb3bn.", "Rmb3bn", Some(3e9), Some("CNY"));
        check(
            "Rent is RMB 5,000 a month.",
            "RMB 5,000",
            Some(5000.0),
            Some("CNY"),
        );
        check(
            "It was ₦20 billion.",
            "₦20 billion",
            Some(2e10),
            Some("NGN"),
        );
    }

    #[test]
    fn a_road_a_rating_or_a_model_lettered_r_is_no_money() {
        for text in [
            "The R2-D2 toy sold out.",
            "Take the R35 route north.",
            "Ivo Dane drove up the R21 highway.",
            "The film was rated R.",
            "The Sh2 engine failed.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_figure_opening_its_sentence_before_a_verb_counts_no_object() {
        check("About 300 developed rashes.", "300", Some(300.0), None);
        check(
            "Some 1,200 received doses, Ada Quist said.",
            "1,200",
            Some(1200.0),
            None,
        );
        check(
            "About 300 developed countries joined.",
            "300",
            Some(300.0),
            Some("countries"),
        );
        check(
            "There were about 40 reported cases.",
            "40",
            Some(40.0),
            Some("cases"),
        );
    }

    #[test]
    fn a_magnitude_named_after_its_figure() {
        let found = run("A 6.1 magnitude quake struck near Tom Reyes's farm.");
        assert_eq!(found[0].unit.as_deref(), Some("magnitude"));
        check(
            "The quake measured 6.1 on the Richter scale.",
            "6.1",
            Some(6.1),
            Some("magnitude"),
        );
        check("A 6.1 magnificent quake.", "6.1", Some(6.1), None);
    }

    #[test]
    fn over_a_span_of_time_after_an_amount_or_spreading_is_no_qualifier() {
        let qualifier = |text: &str| -> Option<String> {
            let found = run(text);
            let last = found.last().unwrap_or_else(|| panic!("{text}: nothing"));
            last.qualifier.clone()
        };
        assert_eq!(
            qualifier("Ada Quist signed for €1.2bn over five years."),
            None
        );
        assert_eq!(qualifier("The loan is repayable over 20 years."), None);
        assert_eq!(qualifier("The fair was spread over three days."), None);
        assert_eq!(qualifier("The festival took place over two weeks."), None);
        assert_eq!(qualifier("The games take place over nine days."), None);
        assert_eq!(
            qualifier("The repair took over five months."),
            Some("over".into())
        );
        assert_eq!(
            qualifier("Ivo Dane waited for over two weeks."),
            Some("over".into())
        );
        assert_eq!(
            qualifier("Tom Reyes served over 20 years."),
            Some("over".into())
        );
        assert_eq!(qualifier("Over 300 people came."), Some("Over".into()));
        // A bare figure "over" after a later amount elides the span of time named before it.
        assert_eq!(
            qualifier("Nurses turned down a 3% rise over two years and want 9% over three."),
            None
        );
        assert_eq!(
            qualifier("Nurses want 9% and over three thousand more posts."),
            Some("over".into())
        );
    }

    #[test]
    fn a_model_of_an_aircraft_or_a_version_is_no_quantity() {
        for text in [
            "The Boeing 737-800 landed.",
            "The Boeing 787-9 was grounded.",
            "The ATR 72-600 skidded.",
            "The Dash 8-400 made a landing.",
            "It runs Python 3.12 now.",
            "It is not Earth 2.0, Mara Lind said.",
            "It supports Bluetooth 5.3 and USB 3.2.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        assert_eq!(run("England 310-6 at tea.").len(), 2);
        assert_eq!(run("Prices rose 3.5 to 40.").len(), 2);
    }

    #[test]
    fn a_network_generation_is_no_weight() {
        assert!(run("The 5G network covers the valley.").is_empty());
        check("The bag weighs 40g.", "40g", Some(40.0), Some("g"));
    }

    #[test]
    fn roads_runways_forms_and_school_years_are_named_not_counted() {
        for text in [
            "Interstate 95 was closed.",
            "Drive on Interstate 95 now.",
            "Runway 27 was shut.",
            "They landed on runway 27 late.",
            "Take highway 1 north.",
            "Route 66 is old.",
            "Year 9 pupils sat it.",
            "Flight 370 vanished.",
            "The firm filed a Form 10-K on time.",
            "They filed their 10-Q late.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // The same words count in lower case, or before a figure with decimals.
        check(
            "The flight 30 minutes late landed.",
            "30",
            Some(30.0),
            Some("minutes"),
        );
        check("He lost in year 9.5 of it.", "9.5", Some(9.5), None);
    }

    #[test]
    fn a_minus_sign_or_word_makes_a_figure_negative() {
        check(
            "It made -$1.1 million.",
            "-$1.1 million",
            Some(-1.1e6),
            Some("USD"),
        );
        check("It made (-£3m) in 2023.", "-£3m", Some(-3e6), Some("GBP"));
        check(
            "It was minus 5 degrees.",
            "minus 5",
            Some(-5.0),
            Some("degrees"),
        );
        check("It fell to -5C.", "-5C", Some(-5.0), Some("°C"));
        check(
            "It fell to \u{2212}12 °C.",
            "\u{2212}12 °C",
            Some(-12.0),
            Some("°C"),
        );
        // A dash between figures is a range, never a sign.
        let found = run("Ages 18-24 and $5-$6 apiece.");
        let values: Vec<_> = found.iter().map(|n| n.value).collect();
        assert_eq!(values, [Some(18.0), Some(24.0), Some(5.0), Some(6.0)]);
        // "minus" before an amount of money is a sum, not a sign.
        let found = run("Ten minus $4 is left.");
        assert_eq!((found[1].text.as_str(), found[1].value), ("$4", Some(4.0)));
    }

    #[test]
    fn the_word_minus_makes_a_figure_negative_without_a_unit() {
        check(
            "Readings fell to minus 10 overnight.",
            "minus 10",
            Some(-10.0),
            None,
        );
        check(
            "Output grew by minus 0.2 per cent.",
            "minus 0.2 per cent",
            Some(-0.2),
            Some("percent"),
        );
        let found = run("The index moved from minus 5 to plus 3.");
        let values: Vec<_> = found.iter().map(|n| n.value).collect();
        assert_eq!(values, [Some(-5.0), Some(3.0)]);
        // A subtraction, a margin and a countdown keep the figure as it is.
        for (text, value) in [
            ("Take 12 minus 4 away.", 4.0),
            ("Take twelve minus 4 away.", 4.0),
            ("Accurate to plus or minus 3 points.", 3.0),
            ("It was T-minus 10 seconds.", 10.0),
        ] {
            let found = run(text);
            let last = found.last().map(|n| n.value);
            assert_eq!(last, Some(Some(value)), "{text}: {found:?}");
        }
    }

    #[test]
    fn pounds_are_sterling_with_a_large_scale_or_the_word_sterling() {
        check(
            "It paid 3 million pounds.",
            "3 million",
            Some(3e6),
            Some("GBP"),
        );
        check("It paid 3m pounds.", "3m", Some(3e6), Some("GBP"));
        check(
            "It paid two billion pounds.",
            "two billion",
            Some(2e9),
            Some("GBP"),
        );
        check(
            "It cost 200 pounds sterling.",
            "200",
            Some(200.0),
            Some("GBP"),
        );
        check(
            "It cost 50 million euros.",
            "50 million",
            Some(5e7),
            Some("EUR"),
        );
        check(
            "It cost 2 billion yen.",
            "2 billion",
            Some(2e9),
            Some("JPY"),
        );
        // Without such a sign, pounds are a weight.
        check("He lost 20 pounds.", "20", Some(20.0), Some("pounds"));
        check(
            "A 200-pound man ran.",
            "200-pound",
            Some(200.0),
            Some("pounds"),
        );
        check(
            "They recalled 2 million pounds of beef.",
            "2 million",
            Some(2e6),
            Some("pounds"),
        );
    }

    #[test]
    fn a_percentage_in_words_is_a_percentage() {
        check(
            "Fares rose five per cent.",
            "five per cent",
            Some(5.0),
            Some("percent"),
        );
        check(
            "Fares rose ten percent.",
            "ten percent",
            Some(10.0),
            Some("percent"),
        );
        check(
            "Only one per cent voted.",
            "one per cent",
            Some(1.0),
            Some("percent"),
        );
        let about = one("Rates fell by about twenty percent.");
        assert_eq!(about.qualifier.as_deref(), Some("about"));
        assert_eq!(about.unit.as_deref(), Some("percent"));
        // A percentage point is a unit of its own, and other words are counted nouns.
        check(
            "It rose two percentage points.",
            "two",
            Some(2.0),
            Some("percentage points"),
        );
        check("She saw five people.", "five", Some(5.0), Some("people"));
    }

    #[test]
    fn digits_and_percentages() {
        check(
            "They sent 100,000 volunteer troops.",
            "100,000",
            Some(100000.0),
            Some("troops"),
        );
        check("It rose 2.7 points.", "2.7", Some(2.7), Some("points"));
        check(
            "Of the crew, five hurt themselves.",
            "five",
            Some(5.0),
            None,
        );
        check("It cost billions of euros.", "billions", None, Some("EUR"));
        check("The fence is 2.4m high.", "2.4m", Some(2.4), Some("m"));
        check("It earned 42 cents a share.", "42", Some(0.42), Some("USD"));
        check(
            "It pays 410 pence per share.",
            "410",
            Some(4.1),
            Some("GBP"),
        );
        let found = run("Sales hit €3bn; it pays 20 cents.");
        assert_eq!(
            (found[1].value, found[1].unit.as_deref()),
            (Some(0.2), Some("EUR"))
        );
        // Wire and British shorthand: a spaced scale suffix, "pct" and "pc".
        check("Net debt was $7.5 bn.", "$7.5 bn", Some(7.5e9), Some("USD"));
        check(
            "It sold 3.2 mln phones.",
            "3.2 mln",
            Some(3.2e6),
            Some("phones"),
        );
        check(
            "Output fell 4.5 pct.",
            "4.5 pct",
            Some(4.5),
            Some("percent"),
        );
        check(
            "Rates rose to 5.25pc.",
            "5.25pc",
            Some(5.25),
            Some("percent"),
        );
        check(
            "It rose by 12.5% on Monday.",
            "12.5%",
            Some(12.5),
            Some("percent"),
        );
        check(
            "It rose 12.5 per cent.",
            "12.5 per cent",
            Some(12.5),
            Some("percent"),
        );
        check(
            "It rose 3 percent.",
            "3 percent",
            Some(3.0),
            Some("percent"),
        );
    }

    #[test]
    fn south_asian_scales_and_rupees() {
        check(
            "It will cost Rs 500 crore.",
            "Rs 500 crore",
            Some(5e9),
            Some("INR"),
        );
        check("It cost Rs. 2,000.", "Rs. 2,000", Some(2000.0), Some("INR"));
        check("About 2 lakh people.", "2 lakh", Some(2e5), Some("people"));
        // A scale word alone is no number.
        assert!(run("They live in Thousand Oaks.").is_empty());
        check("A million people.", "A million", Some(1e6), Some("people"));
    }

    #[test]
    fn money() {
        check(
            "It cost $200 million.",
            "$200 million",
            Some(2e8),
            Some("USD"),
        );
        check("It cost £3.4m.", "£3.4m", Some(3.4e6), Some("GBP"));
        check(
            "A $1.2-million contract.",
            "$1.2-million",
            Some(1.2e6),
            Some("USD"),
        );
        check("It cost €5bn.", "€5bn", Some(5e9), Some("EUR"));
        check(
            "Cases rose to 1.2m last week.",
            "1.2m",
            Some(1.2e6),
            Some("cases"),
        );
        check("They have 5m people.", "5m", Some(5e6), Some("people"));
        check("A 20m wall.", "20m", Some(20.0), Some("m"));
        check("It cost US$7 to make.", "US$7", Some(7.0), Some("USD"));
        // Pence are hundredths of a pound; a large figure before "p" is no price.
        check(
            "A dividend of 3.5p a share.",
            "3.5p",
            Some(0.035),
            Some("GBP"),
        );
        check("Shares closed at 120p.", "120p", Some(1.2), Some("GBP"));
        check("A 1080p screen.", "1080", Some(1080.0), None);
        // A price set in thousands is pence however large.
        check(
            "Shares in Olvery closed at 2,345p.",
            "2,345p",
            Some(23.45),
            Some("GBP"),
        );
        check("A 2160p screen.", "2160", Some(2160.0), None);
        check(
            "It cost $312million.",
            "$312million",
            Some(3.12e8),
            Some("USD"),
        );
    }

    #[test]
    fn compounds_and_measures() {
        check(
            "A 90-minute meeting.",
            "90-minute",
            Some(90.0),
            Some("minutes"),
        );
        check(
            "A 2.9-billion-kilometre trip.",
            "2.9-billion-kilometre",
            Some(2.9e9),
            Some("km"),
        );
        check(
            "A 1,500-seat hall.",
            "1,500-seat",
            Some(1500.0),
            Some("seats"),
        );
        check("It carried 90 tons of aid.", "90", Some(90.0), Some("tons"));
        check("A 2,500km border.", "2,500km", Some(2500.0), Some("km"));
        check("It is 3.5 metres tall.", "3.5", Some(3.5), Some("m"));
        check("It is 3.5 meters tall.", "3.5", Some(3.5), Some("m"));
        check("It weighs 40 kilograms.", "40", Some(40.0), Some("kg"));
        check(
            "A 12-centimetre gap.",
            "12-centimetre",
            Some(12.0),
            Some("cm"),
        );
        check(
            "The scale has 5 thousand steps.",
            "5 thousand",
            Some(5000.0),
            Some("steps"),
        );
    }

    #[test]
    fn a_fraction_word_before_a_noun_is_an_ordinal() {
        assert!(run("The mayor won a third term.").is_empty());
        assert!(run("Prices rose for a fifth straight week.").is_empty());
        assert!(run("It was a quarter-final loss.").is_empty());
        check(
            "Fares were cut by a third.",
            "a third",
            Some(1.0 / 3.0),
            None,
        );
        check(
            "A third of drivers agreed.",
            "A third",
            Some(1.0 / 3.0),
            Some("drivers"),
        );
        check("A quarter said no.", "A quarter", Some(0.25), None);
        check("Costs fell a fifth last year.", "a fifth", Some(0.2), None);
        check("A tenth voted early.", "A tenth", Some(0.1), None);
        check("A quarter-mile track.", "A quarter", Some(0.25), None);
        // One more of those just counted, set apart by an age, is no share.
        for text in [
            "A third, 14, was arrested.",
            "A third, aged 14, was arrested.",
        ] {
            let texts: Vec<String> = run(text).into_iter().map(|n| n.text).collect();
            assert_eq!(texts, vec!["14".to_string()], "{text}");
        }
        let texts: Vec<String> = run("Fares fell by a third, 14 shops said.")
            .into_iter()
            .map(|n| n.text)
            .collect();
        assert_eq!(texts, vec!["a third".to_string(), "14".to_string()]);
    }

    #[test]
    fn a_share_counts_its_subject() {
        check(
            "Locally, one in three farmers grows rye.",
            "one in three",
            Some(1.0 / 3.0),
            Some("farmers"),
        );
        check(
            "Locally, 1 in 8 pupils walks to school.",
            "1 in 8",
            Some(0.125),
            Some("pupils"),
        );
        let found = run("About one in four nurses works nights, up from one in five.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].text, "one in five");
        assert_eq!(found[1].value, Some(0.2));
        assert_eq!(found[1].flags, vec!["share".to_string()]);
    }

    #[test]
    fn a_fraction_of_a_whole_in_words_is_a_share() {
        let flags = |text: &str| {
            run(text)
                .into_iter()
                .map(|n| (n.text, n.flags))
                .collect::<Vec<_>>()
        };
        let share = vec!["share".to_string()];
        assert_eq!(
            flags("Three-fifths of the rowers and a quarter of the coaches left Pellow Bay."),
            [
                ("Three-fifths".to_string(), share.clone()),
                ("a quarter".to_string(), share.clone())
            ]
        );
        let found = run("Nearly half of the 240 stalls shut.");
        assert_eq!(found[0].flags, share);
        assert_eq!(found[0].unit.as_deref(), Some("stalls"));
        for text in [
            "The ferry sat three-quarters of a mile offshore.",
            "We waited half an hour.",
            "A half-hour of music followed.",
            "She sought a third term.",
        ] {
            assert!(run(text).iter().all(|n| n.flags.is_empty()), "{text}");
        }
    }

    #[test]
    fn a_range_shares_its_scale_word() {
        let values = |text: &str| -> Vec<(Option<f64>, Option<String>)> {
            run(text).into_iter().map(|n| (n.value, n.unit)).collect()
        };
        let usd = Some("USD".to_string());
        assert_eq!(
            values("Revenue grew from $4.3 to $4.8 billion."),
            vec![(Some(4.3e9), usd.clone()), (Some(4.8e9), usd.clone())]
        );
        assert_eq!(
            values("Debt fell from $3.6 to $3.1bn."),
            vec![(Some(3.6e9), usd.clone()), (Some(3.1e9), usd)]
        );
        assert_eq!(
            values("It will cost between 2.5 and 3 billion euros.")[0],
            (Some(2.5e9), Some("EUR".to_string()))
        );
        assert_eq!(
            values("The mill hired 6 to 7 thousand weavers.")[0],
            (Some(6000.0), Some("weavers".to_string()))
        );
        // A first figure far from the second is counted as written; a suffix that is no scale
        // ("m" of metres) serves nothing.
        assert_eq!(
            values("Members rose from 800 to 1.4 million.")[0].0,
            Some(800.0)
        );
        assert_eq!(values("The dune grew from 3 to 6m.")[0].0, Some(3.0));
    }

    #[test]
    fn areas_and_volumes() {
        check(
            "The fire burned 2,000 square miles.",
            "2,000",
            Some(2000.0),
            Some("square miles"),
        );
        check(
            "A lake of 500 square kilometres.",
            "500",
            Some(500.0),
            Some("km²"),
        );
        check("A 1,200 sq km park.", "1,200", Some(1200.0), Some("km²"));
        check("A 30 sq. ft cell.", "30", Some(30.0), Some("ft²"));
        check("A 5 km2 zone.", "5", Some(5.0), Some("km²"));
        check("A 40 m² flat.", "40", Some(40.0), Some("m²"));
        check("A 5km2 zone.", "5km2", Some(5.0), Some("km²"));
        check("A 40m² flat.", "40m²", Some(40.0), Some("m²"));
        check("A 900sq ft shop.", "900sq ft", Some(900.0), Some("ft²"));
        check(
            "It holds 4.2 billion cubic metres of gas.",
            "4.2 billion",
            Some(4.2e9),
            Some("m³"),
        );
        // A square named in an address is still a street.
        assert!(run("She lives at 12 Square Lane.").is_empty());
        assert!(run("She lives at 12 Market Square.").is_empty());
    }

    #[test]
    fn temperatures_written_out() {
        check(
            "It hit 110 degrees Fahrenheit.",
            "110",
            Some(110.0),
            Some("°F"),
        );
        check("It hit 43 Celsius.", "43", Some(43.0), Some("°C"));
        check(
            "It fell to 5 degrees C at night.",
            "5",
            Some(5.0),
            Some("°C"),
        );
        check(
            "It was 30 degrees in the shade.",
            "30",
            Some(30.0),
            Some("degrees"),
        );
        assert_ne!(one("They sent 3 F-16s.").unit.as_deref(), Some("°F"));
        check(
            "Nights fall to minus 160C.",
            "minus 160C",
            Some(-160.0),
            Some("°C"),
        );
        check(
            "It was minus 4 degrees Celsius.",
            "minus 4",
            Some(-4.0),
            Some("°C"),
        );
        // "minus" before a figure that is no temperature changes nothing.
        check("Sales were minus 3 units.", "3", Some(3.0), Some("units"));
        // A minus sign keeps any figure below zero.
        check(
            "The index fell, or -1.1%.",
            "-1.1%",
            Some(-1.1),
            Some("percent"),
        );
        check(
            "Growth was \u{2212}0.4 per cent.",
            "\u{2212}0.4 per cent",
            Some(-0.4),
            Some("percent"),
        );
    }

    #[test]
    fn a_scale_named_before_its_figure() {
        check(
            "A magnitude 6.8 quake struck.",
            "6.8",
            Some(6.8),
            Some("magnitude"),
        );
        check(
            "Magnitude 6.8 quake strikes.",
            "6.8",
            Some(6.8),
            Some("magnitude"),
        );
    }

    #[test]
    fn measure_abbreviations_after_a_space() {
        check("It is 1,931 km away.", "1,931", Some(1931.0), Some("km"));
        check(
            "It flew at 15,000 mph.",
            "15,000",
            Some(15000.0),
            Some("mph"),
        );
        check("A 5 MW turbine.", "5", Some(5.0), Some("MW"));
        check("A 5MW turbine.", "5MW", Some(5.0), Some("MW"));
        check("A 5mw turbine.", "5mw", Some(5.0), Some("MW"));
        check("It hit 90 kph.", "90", Some(90.0), Some("km/h"));
        check("It hit 20 km/h.", "20", Some(20.0), Some("km/h"));
        check("He ran 3 kilometres.", "3", Some(3.0), Some("km"));
        check("He ran three kilometers.", "three", Some(3.0), Some("km"));
        check("It fell by 6.5 mmHg.", "6.5", Some(6.5), Some("mmHg"));
        check("A cut of 25bps.", "25bps", Some(25.0), Some("basis points"));
    }

    #[test]
    fn fuel_economy_and_air_concentrations_are_units() {
        check("The Zephyr does 52 mpg.", "52", Some(52.0), Some("mpg"));
        check("The Zephyr does 52mpg.", "52mpg", Some(52.0), Some("mpg"));
        let micro = Some("\u{b5}g/m\u{b3}");
        check(
            "Smog hit 75 \u{b5}g/m\u{b3} in Vell.",
            "75",
            Some(75.0),
            micro,
        );
        check("Smog hit 75 \u{3bc}g/m3 in Vell.", "75", Some(75.0), micro);
        check(
            "Smog hit 75 micrograms per cubic metre.",
            "75",
            Some(75.0),
            micro,
        );
        // Other measures per another stay without a unit.
        check("Sugar was 120 mg/dL.", "120", Some(120.0), None);
    }

    #[test]
    fn speeds_and_temperatures_written_out() {
        check(
            "Trains will run at 160 km per hour.",
            "160",
            Some(160.0),
            Some("km/h"),
        );
        check(
            "Gusts reached 70 miles an hour.",
            "70",
            Some(70.0),
            Some("mph"),
        );
        check(
            "Winds of 45 kilometres per hour fanned it.",
            "45",
            Some(45.0),
            Some("km/h"),
        );
        check("He ran 3 miles and rested.", "3", Some(3.0), Some("miles"));
        check(
            "Temperatures will fall to 18 C overnight.",
            "18",
            Some(18.0),
            Some("°C"),
        );
        check(
            "They signed 18 C contracts.",
            "18",
            Some(18.0),
            Some("contracts"),
        );
    }

    #[test]
    fn mixed_fractions_and_records_in_brackets() {
        check("It took 3 1/2 hours.", "3 1/2", Some(3.5), Some("hours"));
        // Wire copy hyphens the whole to its fraction.
        check("It took 4-1/2 hours.", "4-1/2", Some(4.5), Some("hours"));
        check(
            "Oil rose 2-1/2 percent.",
            "2-1/2 percent",
            Some(2.5),
            Some("percent"),
        );
        check("A 1-1/2-year high.", "1-1/2-year", Some(1.5), Some("years"));
        check("She ran 2½ miles.", "2½", Some(2.5), Some("miles"));
        let found = run("Dunmore (4-6) lost again.");
        assert!(
            found.iter().all(|n| n.flags == vec!["tally".to_string()]),
            "{found:?}"
        );
    }

    #[test]
    fn a_figure_compared_with_the_one_before_counts_the_same() {
        let found = run("About 2.4 million people faced hunger, up from 1.9 million in May.");
        let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
        assert_eq!(units, vec![Some("people"), Some("people")]);
        // A rate's divisor is part of the rate, whose unit the figure compared with it takes.
        let found = run("Cases hit 7.1 per 100,000 people, up from 5.2.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].unit.as_deref(), Some("per 100,000"));
        let found = run("Turnout was 61%, down from 64 in 2019.");
        assert_eq!(found[1].unit.as_deref(), Some("percent"));
        // Only after a word of comparison.
        let found = run("About 2.4 million people left and 1.9 million stayed.");
        assert_eq!(found[1].unit, None);
        // A span of time framing the count is not what the change is about.
        let found = run("Rangers logged 41 wolf sightings in the past 60 days, up from 12.");
        let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
        assert_eq!(
            units,
            vec![Some("sightings"), Some("days"), Some("sightings")]
        );
        let found = run("The trial ran for 60 days, up from 12.");
        assert_eq!(found[1].unit.as_deref(), Some("days"));
    }

    #[test]
    fn a_bare_figure_compared_with_a_sum_in_millions_is_no_sum() {
        let found = run("Velm won 14 bids worth £6m each, compared with 9 a year earlier.");
        assert_eq!(found[2].unit, None);
        let found = run("Velm made $8m, compared with 5 a year earlier.");
        assert_eq!(found[1].unit, None);
        // A sum written again with its scale word, or a price, stays money.
        let found = run("Velm made £8 million, up from 5 million.");
        assert_eq!(found[1].unit.as_deref(), Some("GBP"));
        let found = run("A pie cost £3.20, up from 2.90.");
        assert_eq!(found[1].unit.as_deref(), Some("GBP"));
    }

    #[test]
    fn a_bare_figure_compared_after_a_restating_share_counts_the_count() {
        let found = run("Orvin held 31 seats, or 42.5% of the house, up from 26 in 2019.");
        assert_eq!(found[2].unit.as_deref(), Some("seats"));
        let found = run("Orvin had 800 staff, or about 9% of the total, up from 650.");
        assert_eq!(found[2].unit.as_deref(), Some("staff"));
        // A share that restates nothing, or a compared figure with its own sign, keeps its unit.
        let found = run("Orvin held 42.5% of the house, up from 38.");
        assert_eq!(found[1].unit.as_deref(), Some("percent"));
        let found = run("Orvin held 31 seats, or 42.5% of the house, up from 38%.");
        assert_eq!(found[2].unit.as_deref(), Some("percent"));
    }

    #[test]
    fn sets_of_a_match_are_all_scores() {
        let flags =
            |text: &str| -> Vec<String> { run(text).into_iter().flat_map(|n| n.flags).collect() };
        assert_eq!(flags("Kovac won 7-5, 4-6, 6-2."), vec!["tally"; 6]);
        // Ranges in a row stay ranges.
        assert_eq!(flags("Classes for sizes 3-6, 7-10."), vec!["range"; 4]);
        // A range of ages listed after another is one of ages too.
        assert_eq!(
            flags("Classes for ages 3-6, 7-10."),
            ["range", "age"].repeat(4)
        );
    }

    #[test]
    fn a_vote_of_one_figure_to_another_is_a_tally() {
        let flags =
            |text: &str| -> Vec<Vec<String>> { run(text).into_iter().map(|n| n.flags).collect() };
        assert_eq!(
            flags("The board voted 51 to 49 to approve it."),
            vec![vec!["tally".to_string()], vec!["tally".to_string()]]
        );
        assert_eq!(
            flags("Members voted 31 to 18 in favour."),
            vec![vec!["tally".to_string()], vec!["tally".to_string()]]
        );
        assert_eq!(
            flags("Bids ranged 51 to 49."),
            vec![vec!["range".to_string()], vec!["range".to_string()]]
        );
    }

    #[test]
    fn a_result_around_a_pair_makes_it_a_score_whichever_figure_comes_first() {
        let flags = |text: &str| -> Vec<String> {
            run(text)
                .into_iter()
                .flat_map(|n| n.flags)
                .collect::<Vec<_>>()
        };
        for text in [
            "The hosts lost 1-2 at home.",
            "By then they were 0-2 down.",
            "The Owls trailed 58-61 at the break.",
            "Her side finished 1-2.",
        ] {
            assert_eq!(flags(text), vec!["tally"; 2], "{text}");
        }
        assert_eq!(flags("She lost 4-6, 2-6."), vec!["tally"; 4]);
        let found = run("It was a 1-3 home defeat.");
        assert!(
            found
                .iter()
                .all(|n| n.flags == vec!["tally".to_string()] && n.unit.is_none()),
            "{found:?}"
        );
        // A pair that counts something after such a verb is still a range.
        assert_eq!(flags("He lost 5-10 kg."), vec!["range"; 2]);
        assert_eq!(flags("The firm lost 20-30 staff."), vec!["range"; 2]);
    }

    #[test]
    fn votes_set_against_each_other_are_a_tally() {
        let flags =
            |text: &str| -> Vec<Vec<String>> { run(text).into_iter().map(|n| n.flags).collect() };
        let tally = vec![vec!["tally".to_string()]; 2];
        for text in [
            "The bill passed by a vote of 312 to 118.",
            "MPs voted by 312 votes to 118.",
            "The motion was carried by 312 to 118.",
            "She won 312 electoral votes to 226.",
        ] {
            assert_eq!(flags(text), tally, "{text}");
        }
        let found = run("She won 312 electoral votes to 226.");
        assert_eq!(found[1].unit.as_deref(), Some("votes"));
        // A change by one figure to another stays as it was.
        assert_eq!(
            flags("Prices were cut by 5 to 10."),
            vec![Vec::<String>::new(); 2]
        );
    }

    #[test]
    fn lakh_crore_and_indian_digit_grouping() {
        check(
            "The plan costs Rs 1.5 lakh crore in all.",
            "Rs 1.5 lakh crore",
            Some(1.5e12),
            Some("INR"),
        );
        check(
            "Spending hit ₹11.11 lakh crore.",
            "₹11.11 lakh crore",
            Some(11.11e12),
            Some("INR"),
        );
        check(
            "They spent 19 lakh crore rupees.",
            "19 lakh crore",
            Some(19e12),
            Some("INR"),
        );
        check(
            "He paid Rs 1,50,000 in fees.",
            "Rs 1,50,000",
            Some(150_000.0),
            Some("INR"),
        );
        check(
            "Aid went to 12,50,000 families.",
            "12,50,000",
            Some(1_250_000.0),
            Some("families"),
        );
        check(
            "It cost ₹10,00,000 then.",
            "₹10,00,000",
            Some(1e6),
            Some("INR"),
        );
        check(
            "A fund of Rs 2,35,000 crore was set.",
            "Rs 2,35,000 crore",
            Some(2.35e12),
            Some("INR"),
        );
        // Groups that fit neither way stay irregular.
        for text in [
            "It was 1,50,00 then.",
            "It was 1,5,000 then.",
            "It was 123,45,678 then.",
        ] {
            let n = one(text);
            assert_eq!(n.value, None, "{text}");
            assert_eq!(n.flags, vec!["irregular-grouping".to_string()], "{text}");
        }
    }

    #[test]
    fn provisions_models_titles_nicknames_and_numbers_dialled_are_no_quantities() {
        for text in [
            "Section 230 protects web platforms.",
            "Voters backed Proposition 22 in the poll.",
            "Amendment 3 passed easily.",
            "Boeing 737 Max jets were grounded.",
            "She told 60 Minutes that she would stay.",
            "Traders call them the \"Magnificent Seven\" now.",
            "They were the \u{201c}Fab Four\u{201d} then.",
            "Please call 999 at once.",
            "Call 101, quoting incident 452.",
            "The 911 call was released.",
            "He faces sections 302, 307 and 34 of the code.",
            "He was convicted on counts 2, 5 and 7.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // Counts stay counts.
        for (text, value) in [
            ("Another 300 Afghan troops arrived.", 300.0),
            ("The jury heard them call 5 witnesses.", 5.0),
            ("The clinic took 999 calls.", 999.0),
            ("It took 60 minutes in all.", 60.0),
            ("They were seven in all.", 7.0),
            ("Section heads hired 12 staff.", 12.0),
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].value, Some(value), "{text}");
        }
    }

    #[test]
    fn over_after_a_verb_of_giving_is_its_particle() {
        let qualifier = |text: &str| one(text).qualifier;
        assert_eq!(qualifier("Airbus handed over 30 jets."), None);
        assert_eq!(qualifier("Police turned over 12 files."), None);
        assert_eq!(
            qualifier("The trip took over 30 minutes."),
            Some("over".to_string())
        );
        assert_eq!(
            qualifier("They sold over 30 jets."),
            Some("over".to_string())
        );
    }

    #[test]
    fn idioms_of_a_number_word_are_no_quantities() {
        for text in [
            "It was a one-sided game.",
            "The one-time captain spoke.",
            "She hit a half-volley.",
            "He made a half-century.",
            "She ran a half-marathon.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        check("A half-hour walk.", "half-hour", Some(0.5), Some("hour"));
        check("It was a one-day visit.", "one-day", Some(1.0), Some("day"));
    }

    #[test]
    fn ages_after_a_death_a_birthday_or_opening_a_sentence() {
        let age = age_flags;
        for text in [
            "The actor has died at 87.",
            "The singer, dead at 87, was mourned.",
            "He retired at the age of eighty-seven.",
            "She started at age 5.",
            "At 41, he became the oldest champion.",
            "She turns 35 next week.",
        ] {
            assert_eq!(age(text), [true], "{text}");
        }
        assert_eq!(age("The couple, aged 54 and 51, were hurt."), [true, true]);
        assert_eq!(age("Pupils aged 9, 10 and 11 took part."), [true; 3]);
        // Other figures after such words, or listed after other figures, are no ages.
        assert_eq!(age("At 41, the index hit a high."), [false]);
        assert_eq!(age("She turns 35 pages a day."), [false]);
        assert_eq!(age("Pupils aged 9 and 300 staff came."), [true, false]);
        assert_eq!(age("It cost 54 and 51 more."), [false, false]);
    }

    #[test]
    fn ages_stated_plainly_with_a_form_of_be() {
        let age = age_flags;
        for text in [
            "Now 66, Ivo Dane still opens the shop at dawn.",
            "Now 57, she has no plans to stop.",
            "Ada Quist, who is now 71, said little.",
            "Tom Reyes, who is 76, has waited a year.",
            "\"I will keep going until I am 75, at least,\" she said.",
            "He will retire when he will be 69.",
            "The average age of a porter at the depot is 46.",
            "The average age of pupils at the village school is 11.",
            "The retirement age will be 69 from next year.",
        ] {
            assert_eq!(age(text), [true], "{text}");
        }
    }

    #[test]
    fn figures_after_be_or_now_that_are_no_ages() {
        let age = age_flags;
        for text in [
            "Now 86 stores remain open.",
            "Now 40, the index is at a high.",
            "The road, which is 73 miles long, is closed.",
            "Ivo Dane said he was 30 metres away.",
            "The page is 12 lines long.",
            "The stage is 12 metres wide.",
            "The age rule is clear, and 20 cars were sold.",
        ] {
            assert!(age(text).iter().all(|a| !a), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn spellings_of_one_unit_and_currencies_named_with_a_country() {
        let unit = |text: &str| one(text).unit;
        for text in [
            "Rates rose 25 basis points.",
            "Rates rose 10 bps.",
            "Rates rose 12bp.",
            "Rates rose 1 basis point.",
        ] {
            assert_eq!(unit(text).as_deref(), Some("basis points"), "{text}");
        }
        for text in ["Support fell 5 ppts.", "Support fell 0.5 percentage point."] {
            assert_eq!(unit(text).as_deref(), Some("percentage points"), "{text}");
        }
        assert_eq!(
            unit("It reached 421 parts per million.").as_deref(),
            Some("ppm")
        );
        assert_eq!(
            unit("It reached 1,923 parts per billion.").as_deref(),
            Some("ppb")
        );
        assert_eq!(
            unit("He paid 5 million Swiss francs.").as_deref(),
            Some("CHF")
        );
        assert_eq!(unit("It cost 2 billion reais.").as_deref(), Some("BRL"));
        // Other units and parts are left as written.
        assert_eq!(unit("It has 40 parts.").as_deref(), Some("parts"));
        assert_eq!(unit("It won 5 points.").as_deref(), Some("points"));
    }

    #[test]
    fn a_small_first_figure_shares_the_thousands_of_the_second() {
        let values =
            |text: &str| -> Vec<Option<f64>> { run(text).iter().map(|n| n.value).collect() };
        assert_eq!(
            values("A crowd of 40-50,000 watched."),
            [Some(40_000.0), Some(50_000.0)]
        );
        // A first figure with its own groups, or far smaller, keeps its value.
        assert_eq!(
            values("A crowd of 4,000-50,000 watched."),
            [Some(4_000.0), Some(50_000.0)]
        );
        assert_eq!(
            values("It cost 2-50,000 each."),
            [Some(2.0), Some(50_000.0)]
        );
    }

    #[test]
    fn so_many_out_of_so_many_is_a_share() {
        let found = run("Three out of four schools had a defect.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "Three out of four");
        assert_eq!(found[0].value, Some(0.75));
        assert_eq!(found[0].unit.as_deref(), Some("schools"));
        assert_eq!(found[0].flags, vec!["share".to_string()]);
        // A mark out of ten is a score: two figures, no share.
        assert_eq!(run("The judges gave it 9.8 out of 10.").len(), 2);
    }

    #[test]
    fn currencies_of_korea_bangladesh_and_qatar_and_the_us_dollar_written_last() {
        let money = |text: &str| -> (Option<f64>, Option<String>) {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            (found[0].value, found[0].unit.clone())
        };
        assert_eq!(
            money("It cost 3 billion won."),
            (Some(3e9), Some("KRW".into()))
        );
        assert_eq!(
            money("They paid $US2 billion."),
            (Some(2e9), Some("USD".into()))
        );
        assert_eq!(
            money("A budget of Tk 5,000 crore."),
            (Some(5e10), Some("BDT".into()))
        );
        assert_eq!(
            money("Qatar pledged QR 10 billion."),
            (Some(1e10), Some("QAR".into()))
        );
        assert!(run("Of the 12 who won, 10 stayed.")
            .iter()
            .all(|n| n.unit.as_deref() != Some("KRW")));
    }

    #[test]
    fn a_measure_glued_to_its_figure_has_the_unit_it_has_apart() {
        for (text, surface, value, unit) in [
            ("Take 500mg daily.", "500mg", 500.0, "mg"),
            ("It has 128GB of storage.", "128GB", 128.0, "GB"),
            ("A 120Hz screen.", "120Hz", 120.0, "Hz"),
            ("A 3.5GHz chip.", "3.5GHz", 3.5, "GHz"),
            ("Lines give 900Mbps now.", "900Mbps", 900.0, "Mbps"),
            ("Carbon dioxide hit 421ppm.", "421ppm", 421.0, "ppm"),
            ("A 400kV line.", "400kV", 400.0, "kV"),
        ] {
            check(text, surface, Some(value), Some(unit));
            let apart = text.replacen(surface, &surface.replacen(unit, &format!(" {unit}"), 1), 1);
            assert_eq!(one(&apart).unit.as_deref(), Some(unit), "{apart}");
        }
        // A network generation, a weather map's millibars and a jet's name are no measures.
        for text in [
            "The 5G mast.",
            "A 960mb low.",
            "The F-16 flew.",
            "An A380 landed.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_figure_in_m_among_words_of_length_is_metres() {
        for (text, surface, value) in [
            ("The river peaked at 5.9m on Friday.", "5.9m", 5.9),
            ("It reached a height of 5.9m.", "5.9m", 5.9),
            ("Waves as high as 6.5m hit the coast.", "6.5m", 6.5),
            ("The water rose to 19ft (5.8m) overnight.", "5.8m", 5.8),
            ("It rose to 5.8m (19ft) overnight.", "5.8m", 5.8),
            ("A 5.9m-high wall stood.", "5.9m", 5.9),
        ] {
            let found = run(text);
            let n = found.iter().find(|n| n.text == surface);
            let n = n.unwrap_or_else(|| panic!("{text}: {found:?}"));
            assert_eq!(
                (n.value, n.unit.as_deref()),
                (Some(value), Some("m")),
                "{text}"
            );
        }
        // Millions: a decimal alone, a counted noun after, even among words of length.
        check("Cases rose to 5.9m.", "5.9m", Some(5.9e6), Some("cases"));
        check("The clip was viewed 50m times.", "50m", Some(5e7), None);
        check(
            "The river drew 5.9m visitors.",
            "5.9m",
            Some(5.9e6),
            Some("visitors"),
        );
        check("A 20m wall.", "20m", Some(20.0), Some("m"));
    }

    #[test]
    fn nautical_miles_are_a_unit_of_their_own() {
        check(
            "Ships stayed 12 nautical miles offshore.",
            "12",
            Some(12.0),
            Some("nautical miles"),
        );
        check(
            "The search covered 2.2m sq nautical miles.",
            "2.2m",
            Some(2.2e6),
            Some("square nautical miles"),
        );
        // Miles alone, on land, stay miles.
        check(
            "They walked 12 miles home.",
            "12",
            Some(12.0),
            Some("miles"),
        );
        check(
            "It covers 40 sq miles.",
            "40",
            Some(40.0),
            Some("square miles"),
        );
    }

    #[test]
    fn codes_versions_resolutions_and_phone_numbers_are_no_quantities() {
        for text in [
            "Leaders met at COP28 in the city.",
            "The P5+1 talks resumed.",
            "The iOS 17.4 update shipped.",
            "It runs macOS 14.2 now.",
            "A 4K screen is sharp.",
            "Call 020 7946 0000 today.",
            "Ring 01632 960000 today.",
            "Ring +44 20 7946 0000 today.",
            "Ring (212) 555-0100 today.",
            "Call the helpline on 1800 333 000 today.",
            "Ring 1300 659 467 for support.",
            "Call Lifeline on 13 11 14 tonight.",
            "Call 999 or 111 tonight.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // Money with its code, thousands in "k" and a decimal after a plain word stay
        // quantities.
        for (text, surface, value, unit) in [
            ("It paid USD1.2bn.", "USD1.2bn", 1.2e9, "USD"),
            ("It paid USD 200.", "USD 200", 200.0, "USD"),
            ("It has 20K followers.", "20K", 20000.0, "followers"),
            ("Sales rose to 17.4 tonnes.", "17.4", 17.4, "tonnes"),
        ] {
            check(text, surface, Some(value), Some(unit));
        }
        assert_eq!(run("It took 5 + 1 days.").len(), 2);
    }

    #[test]
    fn a_designation_before_the_counted_noun_leaves_it_the_unit() {
        for (text, unit) in [
            ("They sent 19 F-16 fighter jets.", "jets"),
            ("They sent 40 T-72 tanks.", "tanks"),
            ("Ten Covid-19 patients died.", "patients"),
            ("They sent 19 F-16s.", "F-16s"),
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].unit.as_deref(), Some(unit), "{text}");
        }
        // A figure alone after the count stops the search, unless a maker's name comes before
        // it ("12 Boeing 737 jets").
        assert_eq!(run("They sold 12 used 737 jets.")[0].unit, None);
    }

    #[test]
    fn groups_of_three_digits_set_apart_by_spaces_are_one_figure() {
        for (text, surface, value, unit) in [
            (
                "About 45 000 people marched.",
                "45 000",
                45000.0,
                Some("people"),
            ),
            (
                "It cost €1 250 000 in all.",
                "€1 250 000",
                1.25e6,
                Some("EUR"),
            ),
            (
                "It sold 12\u{a0}500 copies.",
                "12\u{a0}500",
                12500.0,
                Some("copies"),
            ),
        ] {
            check(text, surface, Some(value), unit);
        }
        let range: Vec<_> = run("Between 10 000-20 000 fans came.")
            .iter()
            .map(|n| n.value)
            .collect();
        assert_eq!(range, [Some(10000.0), Some(20000.0)]);
        // A date takes its own figure; the count after it stands alone.
        let found = run("On March 5 300 people marched.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].value, found[0].unit.as_deref()),
            (Some(300.0), Some("people"))
        );
        // Groups that are not three digits long are separate figures.
        let texts: Vec<_> = run("In 2023 500 people and 45 0000 ants.")
            .into_iter()
            .map(|n| n.text)
            .collect();
        assert_eq!(texts, ["500", "45", "0000"]);
    }

    #[test]
    fn a_count_that_leaves_out_its_noun_counts_the_noun_before() {
        let people = Some("people".to_string());
        assert_eq!(
            units("Three people were killed and 50 injured."),
            [people.clone(), people]
        );
        let hurt: Vec<_> = units("In all 129 people died there, and 352 were hurt.");
        assert_eq!(hurt[1].as_deref(), Some("people"));
        let homes = Some("homes".to_string());
        assert_eq!(
            units("Ten homes burned down, while 4 were damaged."),
            [homes.clone(), homes]
        );
        // Measures, another sentence, or no verb after the figure: nothing is shared.
        assert_eq!(units("It rained 3 hours and 50 fell.")[1], None);
        assert_eq!(units("Ten homes burned down. And 4 were damaged.")[1], None);
        assert_eq!(units("Three people came and 50 more.")[1], None);
        assert_eq!(units("Three people left and 50 stayed.")[1], None);
    }

    #[test]
    fn a_qualifier_before_a_scale_named_before_the_figure_is_kept() {
        let n = one("Tremors reached up to magnitude 4.8 overnight.");
        assert_eq!(n.qualifier.as_deref(), Some("up to"));
        assert_eq!((n.value, n.unit.as_deref()), (Some(4.8), Some("magnitude")));
        let n = one("A magnitude 6.2 earthquake struck.");
        assert_eq!(n.qualifier, None);
        assert_eq!((n.value, n.unit.as_deref()), (Some(6.2), Some("magnitude")));
    }

    #[test]
    fn a_figure_with_its_hyphen_held_over_spans_to_the_next() {
        for text in [
            "Among 15- to 24-year-olds, the rate rose.",
            "Among 15 to 24-year-olds, the rate rose.",
        ] {
            let found = run(text);
            let read: Vec<_> = found
                .iter()
                .map(|n| (n.value, n.unit.as_deref(), n.flags.clone()))
                .collect();
            let range = vec!["range".to_string(), "age".to_string()];
            assert_eq!(
                read,
                [
                    (Some(15.0), Some("years"), range.clone()),
                    (Some(24.0), Some("years"), range)
                ],
                "{text}"
            );
        }
        // Held over to a second figure joined by "and", it spans nothing.
        let found = run("They hired 15- and 16-year-olds.");
        assert!(
            found
                .iter()
                .all(|n| !n.flags.contains(&"range".to_string())),
            "{found:?}"
        );
    }

    #[test]
    fn milligrams_written_apart_from_the_figure() {
        let found = run("Take 250 mg daily.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].unit.as_deref(), Some("mg"));
    }

    #[test]
    fn a_tally_set_against_another_counts_the_same() {
        let votes = Some("votes".to_string());
        assert_eq!(
            units("The motion passed by 311 votes to 207."),
            vec![votes.clone(); 2]
        );
        assert_eq!(
            units("Amadi took 5,120 votes to Brell's 4,980."),
            vec![votes; 2]
        );
        // A change to a level, or a share, says nothing of what the level counts.
        assert_eq!(units("It climbed 9 places to 31.")[1], None);
        assert_eq!(units("Trade grew 4 percent to 80.")[1], None);
    }

    #[test]
    fn an_age_closing_its_sentence_after_a_name() {
        let found = run("The cubs were born to mother Tashi, 6, and father Bao, 8. They thrive.");
        assert!(
            found.iter().all(|n| n.flags == vec!["age".to_string()]),
            "{found:?}"
        );
        let found = run("They bought apples and pears, 8. Then they left.");
        assert!(found.iter().all(|n| n.flags.is_empty()), "{found:?}");
    }

    #[test]
    fn labels_by_number_are_no_quantities() {
        for text in [
            "It crashed near junction 10.",
            "See page 12 of the report.",
            "It is No. 7 on the list.",
            "He left No 10 early.",
            "Crews on flight 4417 were praised.",
        ] {
            assert!(run(text).is_empty(), "{text}");
        }
        // A label noun used as a verb keeps the count after it.
        check("They form 3 groups.", "3", Some(3.0), Some("groups"));
    }

    #[test]
    fn hyphened_words_around_a_figure() {
        check("A magnitude-7 quake.", "7", Some(7.0), Some("magnitude"));
        check(
            "He scored 100-plus goals.",
            "100-plus",
            Some(100.0),
            Some("goals"),
        );
        check("It had 40-odd fouls.", "40-odd", Some(40.0), Some("fouls"));
        let found = run("He is 6ft 2in tall.");
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[1].value, found[1].unit.as_deref()),
            (Some(2.0), Some("inches"))
        );
    }

    #[test]
    fn units_of_two_words() {
        check(
            "It cut by 25 basis points.",
            "25",
            Some(25.0),
            Some("basis points"),
        );
        check(
            "Or 0.25 percentage point.",
            "0.25",
            Some(0.25),
            Some("percentage points"),
        );
    }

    #[test]
    fn percentages_joined_by_a_dash_are_a_range() {
        for text in ["A range of 4.25%-4.5%.", "A range of 4.25%–4.5%."] {
            let found = run(text);
            assert_eq!(found.len(), 2, "{text}");
            assert_eq!(found[0].value, Some(4.25));
            assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
        }
    }

    #[test]
    fn other_more_and_alternatives_keep_the_counted_noun() {
        check("Two other ships sank.", "Two", Some(2.0), Some("ships"));
        check(
            "Send three more nurses.",
            "three",
            Some(3.0),
            Some("nurses"),
        );
        let found = run("It took four or five tries.");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|n| n.unit.as_deref() == Some("tries")));
    }

    #[test]
    fn a_part_counts_what_its_whole_counts() {
        let found = run("They won 41 of the 120 seats and 9 of 12 votes, 2 of $10.");
        let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
        assert_eq!(
            units,
            vec![
                Some("seats"),
                Some("seats"),
                Some("votes"),
                Some("votes"),
                None,
                Some("USD")
            ]
        );
    }

    #[test]
    fn scaled_values_are_the_decimals_written() {
        check(
            "A $4.1 billion plan.",
            "$4.1 billion",
            Some(4.1e9),
            Some("USD"),
        );
        check(
            "A $0.7 million grant.",
            "$0.7 million",
            Some(7e5),
            Some("USD"),
        );
        check(
            "Some 2.3 million people.",
            "2.3 million",
            Some(2.3e6),
            Some("people"),
        );
        assert_eq!(tidy(1.0 / 3.0), 1.0 / 3.0);
        assert_eq!(tidy(4.1 * 1e9), 4_100_000_000.0);
        assert_eq!(tidy(0.07 * 3.0), 0.21);
    }

    #[test]
    fn one_opening_a_range_and_a_part_of_a_group() {
        let found = run("Drink one to three cups.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].value, Some(1.0));
        assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
        assert!(run("One to watch.").is_empty());
        check(
            "It said 40 of its members left.",
            "40",
            Some(40.0),
            Some("members"),
        );
    }

    #[test]
    fn a_speed_written_close_keeps_its_divisor() {
        check("Gusts hit 75km/h.", "75km/h", Some(75.0), Some("km/h"));
        check("A 5km run.", "5km", Some(5.0), Some("km"));
        assert!(run("Flags flew at half-staff.").is_empty());
    }

    #[test]
    fn sums_of_money_joined_by_a_dash_are_a_range() {
        for (text, first, second) in [
            ("A bill of £30m-£45m.", 3e7, 4.5e7),
            ("A bill of £30m-45m.", 3e7, 4.5e7),
            ("A bill of $3-4 billion.", 3e9, 4e9),
            ("A bill of $3bn–4bn.", 3e9, 4e9),
            ("A ticket costs $15-25.", 15.0, 25.0),
        ] {
            let found = run(text);
            assert_eq!(found.len(), 2, "{text}");
            assert_eq!(found[0].value, Some(first), "{text}");
            assert_eq!(found[1].value, Some(second), "{text}");
            assert_eq!(found[1].unit, found[0].unit, "{text}");
            assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
        }
        // Two sums the wrong way round are still read, but span nothing.
        let found = run("Sales: $9-$4.");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|n| n.flags.is_empty()));
    }

    #[test]
    fn a_plural_describing_the_next_plural_is_not_what_is_counted() {
        check(
            "It saw 14 new mumps cases.",
            "14",
            Some(14.0),
            Some("cases"),
        );
        check("We sold 40 sports cars.", "40", Some(40.0), Some("cars"));
        // A quantity of time is one amount and may take a verb in "-s".
        check(
            "Six months tells us nothing.",
            "Six",
            Some(6.0),
            Some("months"),
        );
    }

    #[test]
    fn currencies_named_after_the_amount() {
        check("A fund of 5bn lira.", "5bn", Some(5e9), Some("TRY"));
        check("It cost 300 shekels.", "300", Some(300.0), Some("ILS"));
        check(
            "A 20 million rand deal.",
            "20 million",
            Some(2e7),
            Some("ZAR"),
        );
        // A name several currencies share, or a weight, gives no currency.
        check("He weighed 300 pounds.", "300", Some(300.0), Some("pounds"));
    }

    #[test]
    fn temperatures_however_written() {
        check("It reached 40.3C.", "40.3C", Some(40.3), Some("°C"));
        check("It reached 104F.", "104F", Some(104.0), Some("°F"));
        check("It reached 38.7 °C.", "38.7 °C", Some(38.7), Some("°C"));
        check("It reached 40°C.", "40°C", Some(40.0), Some("°C"));
        check("It fell to -5C.", "-5C", Some(-5.0), Some("°C"));
        check(
            "It fell to \u{2212}12.5°C.",
            "\u{2212}12.5°C",
            Some(-12.5),
            Some("°C"),
        );
        // A hyphen between two numbers is no minus sign.
        let pair = run("The 10-5C gap.");
        assert_eq!(pair[1].text, "5C");
        assert_eq!(pair[1].value, Some(5.0));
        // A letter after a label's number or a long code is not a scale.
        assert!(run("File Form 1040C today.").is_empty());
        assert!(run("He sat in seat 14C, two rows from row 12F.")
            .iter()
            .all(|n| n.unit.as_deref() != Some("°C") && n.unit.as_deref() != Some("°F")));
        assert!(run("Board at Gate 12C, seat 3018F.")
            .iter()
            .all(|n| n.unit.is_none()));
    }

    #[test]
    fn a_fraction_of_a_scale_is_one_number() {
        check(
            "Half a million homes.",
            "Half a million",
            Some(5e5),
            Some("homes"),
        );
        check(
            "A quarter of a million people.",
            "A quarter of a million",
            Some(2.5e5),
            Some("people"),
        );
        check(
            "It cost three-quarters of a billion.",
            "three-quarters of a billion",
            Some(7.5e8),
            None,
        );
        check("Half the homes were empty.", "Half", Some(0.5), None);
        check(
            "It cost a billion dollars.",
            "a billion",
            Some(1e9),
            Some("USD"),
        );
        check(
            "One in three adults agreed.",
            "One in three",
            Some(1.0 / 3.0),
            Some("adults"),
        );
        check(
            "About 1 in 5 children left.",
            "1 in 5",
            Some(0.2),
            Some("children"),
        );
        assert_eq!(run("One in three agreed.")[0].flags, vec!["share"]);
        // Not a share: a larger first number, or a year after "in".
        assert_eq!(run("Five in two cars.").len(), 2);
        assert!(run("One in 2020 left.").is_empty());
        check(
            "It cost two million euros.",
            "two million",
            Some(2e6),
            Some("EUR"),
        );
    }

    #[test]
    fn a_zero_in_an_idiom_counts_nothing() {
        for text in [
            "The firm aims for net zero by 2030.",
            "It has a zero-tolerance policy.",
            "Rescuers reached ground zero.",
        ] {
            assert!(run(text).is_empty(), "{text}");
        }
        assert_eq!(one("Inflation fell to zero.").value, Some(0.0));
        assert_eq!(one("Zero people came.").unit.as_deref(), Some("people"));
    }

    #[test]
    fn number_words() {
        check("The two sides met.", "two", Some(2.0), Some("sides"));
        assert!(run("It was the worst since World War Two.").is_empty());
        check("Three were held.", "Three", Some(3.0), None);
        check(
            "For three Texas landowners.",
            "three",
            Some(3.0),
            Some("landowners"),
        );
        check(
            "Some 1,000 Americans left.",
            "1,000",
            Some(1000.0),
            Some("Americans"),
        );
        check(
            "Eighty delegates came.",
            "Eighty",
            Some(80.0),
            Some("delegates"),
        );
        check(
            "They bought two dozen eggs.",
            "two dozen",
            Some(24.0),
            Some("eggs"),
        );
        check(
            "They bought a dozen eggs.",
            "a dozen",
            Some(12.0),
            Some("eggs"),
        );
        check(
            "It took a two-day summit.",
            "two-day",
            Some(2.0),
            Some("days"),
        );
        check(
            "There were one hundred and twenty guests.",
            "one hundred and twenty",
            Some(120.0),
            Some("guests"),
        );
        check(
            "Twenty-five guests came.",
            "Twenty-five",
            Some(25.0),
            Some("guests"),
        );
    }

    #[test]
    fn descending_pairs_are_tallies_not_ranges() {
        let found = run("The board voted 11-4 to close the pier.");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|n| n.flags == vec!["tally".to_string()]));
        let found = run("It ended in a 2-2 draw.");
        assert!(found
            .iter()
            .all(|n| n.flags == vec!["tally".to_string()] && n.unit.is_none()));
        let found = run("It passed 220-212 votes.");
        assert!(found.iter().all(|n| n.unit.as_deref() == Some("votes")));
        let found = run("It costs 4-11 dollars.");
        assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
    }

    #[test]
    fn a_score_in_words_is_a_tally_of_no_unit() {
        for (text, value) in [("Two-nil up, we sat back.", 2.0), ("A one-nil win.", 1.0)] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].value, Some(value));
            assert_eq!(found[0].unit, None);
            assert_eq!(found[0].flags, vec!["tally".to_string()]);
        }
    }

    #[test]
    fn vague_amounts_and_ranges() {
        let n = one("Thousands of troops massed.");
        assert_eq!(n.value, None);
        assert_eq!(n.flags, vec!["vague"]);
        assert_eq!(n.unit.as_deref(), Some("troops"));
        let n = one("The hall is a few hundred meters away.");
        assert_eq!((n.text.as_str(), n.value), ("a few hundred", None));
        assert_eq!(n.flags, vec!["vague"]);
        let found = run("Some 20-25 boats sank.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].text, "20");
        assert_eq!(found[1].text, "25");
        assert!(found.iter().all(|n| n.flags.contains(&"range".to_string())));
        assert_eq!(found[0].unit.as_deref(), Some("boats"));
        let found = run("It holds between 300 and 400 people.");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
        assert_eq!(found[0].unit.as_deref(), Some("people"));
        let found = run("Around 300 to 400 people came.");
        assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
        assert_eq!(found[0].qualifier.as_deref(), Some("Around"));
        assert_eq!(found[0].unit.as_deref(), Some("people"));
        let found = run("It rose from 5 to 10 points.");
        assert!(found.iter().all(|n| n.flags.is_empty()));
        let found = run("It sees revenue of $6.2 billion to $6.6 billion.");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
        let found = run("Yields climbed 0.5% to 4.5%. It fell 10% to 8%.");
        assert_eq!(found.len(), 4);
        assert!(found.iter().all(|n| n.flags.is_empty()));
    }

    #[test]
    fn qualifiers() {
        let n = one("There were more than 140 warships.");
        assert_eq!(n.qualifier.as_deref(), Some("more than"));
        assert_eq!(n.unit.as_deref(), Some("warships"));
        let n = one("About 5 boats.");
        assert_eq!(n.qualifier.as_deref(), Some("About"));
        let n = one("It cost around $2.7 billion.");
        assert_eq!(n.qualifier.as_deref(), Some("around"));
        assert_eq!(n.value, Some(2.7e9));
        let n = one("There are some 100,00 troops.");
        assert_eq!(n.text, "100,00");
        assert_eq!(n.qualifier.as_deref(), Some("some"));
        assert_eq!(n.value, None);
        assert_eq!(n.flags, vec!["irregular-grouping"]);
        assert_eq!(one("It has 1,5000 rows.").flags, vec!["irregular-grouping"]);
        assert_eq!(
            one("an estimated 40 boats").qualifier.as_deref(),
            Some("an estimated")
        );
    }

    #[test]
    fn scale_suffixes_and_more_qualifiers() {
        check(
            "They raised 20k signatures.",
            "20k",
            Some(20000.0),
            Some("signatures"),
        );
        check(
            "Debt hit $1.2 trillion.",
            "$1.2 trillion",
            Some(1.2e12),
            Some("USD"),
        );
        let n = one("Hundreds of homes burned.");
        assert_eq!(
            (n.value, n.flags.clone()),
            (None, vec!["vague".to_string()])
        );
        assert_eq!(n.unit.as_deref(), Some("homes"));
        assert_eq!(one("Millions of people voted.").flags, vec!["vague"]);
        for (text, qualifier) in [
            ("up to 50 boats", "up to"),
            ("fewer than 50 boats", "fewer than"),
            ("at least 50 boats", "at least"),
            ("roughly 50 boats", "roughly"),
            ("almost 50 boats", "almost"),
            ("nearly 50 boats", "nearly"),
            ("over 50 boats", "over"),
        ] {
            assert_eq!(one(text).qualifier.as_deref(), Some(qualifier), "{text}");
        }
        assert_eq!(one("with 50 boats").qualifier, None);
        assert_eq!(one("The rate ticked up to 3.9%.").qualifier, None);
        assert_eq!(
            one("Storms killed up to 50 people.").qualifier.as_deref(),
            Some("up to")
        );
    }

    #[test]
    fn ages() {
        assert_eq!(one("A man, 34, was held.").flags, vec!["age"]);
        let n = one("John Smith, 54, said so.");
        assert_eq!(n.value, Some(54.0));
        assert_eq!(n.flags, vec!["age"]);
        assert_eq!(one("A 54-year-old man.").flags, vec!["age"]);
        // Spelled out, or in months, weeks or days, an age is the same.
        for (text, surface, value, unit) in [
            ("A four-year-old mare won.", "four-year-old", 4.0, "years"),
            (
                "A sixty-two-year-old clerk.",
                "sixty-two-year-old",
                62.0,
                "years",
            ),
            ("An 8-month-old calf.", "8-month-old", 8.0, "months"),
            ("A three-week-old lamb.", "three-week-old", 3.0, "weeks"),
        ] {
            let n = one(text);
            assert_eq!(
                (n.text.as_str(), n.value, n.unit.as_deref()),
                (surface, Some(value), Some(unit))
            );
            assert_eq!(n.flags, vec!["age"], "{text}");
        }
        assert_eq!(one("He died at the age of 87.").flags, vec!["age"]);
        assert_eq!(one("Says Jo Kerr, now 69, at home.").flags, vec!["age"]);
        assert_eq!(one("She was 91.").flags, vec!["age"]);
        assert_eq!(one("He was 14 when the mill shut.").flags, vec!["age"]);
        assert!(one("He was 14 minutes late.").flags.is_empty());
        assert!(one("The total was 88.").flags.is_empty());
        assert!(one("Then she was 3 down.").flags.is_empty());
    }

    #[test]
    fn compounds_of_invariant_plurals_are_counted() {
        check(
            "She left five grandchildren.",
            "five",
            Some(5.0),
            Some("grandchildren"),
        );
        check("Police shot 3 gunmen.", "3", Some(3.0), Some("gunmen"));
        check("It holds 2 specimen jars.", "2", Some(2.0), Some("jars"));
    }

    #[test]
    fn describing_words_joined_by_and_or_commas_come_before_the_counted_noun() {
        check(
            "Ada Pell said 2,300 past and present tenants had complained.",
            "2,300",
            Some(2300.0),
            Some("tenants"),
        );
        check(
            "The lot sold 80 new or used vans.",
            "80",
            Some(80.0),
            Some("vans"),
        );
        check(
            "It hired 45 young, skilled and eager apprentices.",
            "45",
            Some(45.0),
            Some("apprentices"),
        );
        // A counted noun before the joining word is the one counted.
        check(
            "It sold 80 vans and used trucks.",
            "80",
            Some(80.0),
            Some("vans"),
        );
        // A verb after the figure is no describing word, nor is a word of time.
        check("Only 80 came and went.", "80", Some(80.0), None);
        check(
            "It paid 80 yesterday and former tenants left.",
            "80",
            Some(80.0),
            None,
        );
    }

    #[test]
    fn not_numbers() {
        for text in [
            "It happened in 2014.",
            "It happened on Jan 21.",
            "It happened at 9:20 p.m.",
            "It was the first time.",
            "She came 35th in the race.",
            "PM2.5 levels rose.",
            "The A6 road closed.",
            "An F-16 flew past.",
            "Covid-19 spread.",
            "Call +44 20 7946 0958 now.",
            "Call (555) 123-4567 now.",
            "It is the one that left.",
            "He lives at 10 Downing Street.",
            "A bar at 92 rue de Charonne.",
            "date 2022-01-22 Nothing here.\n",
            "He scored in the first half.",
            "They pulled back in the second half.",
            "The other half of the pair stayed.",
            "It starts after half-term.",
            "He scored at half-time.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // A half of something is a number.
        check("He said that half of them left.", "half", Some(0.5), None);
        check("Nearly half the crowd left.", "half", Some(0.5), None);
        check("A half-hour walk.", "half-hour", Some(0.5), Some("hour"));
        let walk = one("It took about a half-hour.");
        assert_eq!(walk.qualifier.as_deref(), Some("about"));
        assert_eq!(one("Fraud over a two-year period.").qualifier, None);
        // A number after a quantity starts a quantity of its own.
        assert_eq!(one("It had 32 million five years ago.").unit, None);
        check(
            "It took two and a half years.",
            "two and a half",
            Some(2.5),
            Some("years"),
        );
        check(
            "It took 3 and a half hours.",
            "3 and a half",
            Some(3.5),
            Some("hours"),
        );
        check(
            "It took three-and-a-half years.",
            "three-and-a-half",
            Some(3.5),
            Some("years"),
        );
        check(
            "A two-and-a-half-year delay.",
            "two-and-a-half-year",
            Some(2.5),
            Some("years"),
        );
    }

    #[test]
    fn fractions_and_model_numbers() {
        check(
            "Two-thirds of voters agreed.",
            "Two-thirds",
            Some(2.0 / 3.0),
            Some("voters"),
        );
        check("A half-dozen eggs.", "half-dozen", Some(6.0), Some("eggs"));
        check(
            "Sales fell for five quarters.",
            "five",
            Some(5.0),
            Some("quarters"),
        );
        check(
            "Three quarters of voters agreed.",
            "Three quarters",
            Some(0.75),
            Some("voters"),
        );
        check(
            "They plan three quarter-point cuts.",
            "three",
            Some(3.0),
            Some("cuts"),
        );
        check(
            "About a third of voters agreed.",
            "a third",
            Some(1.0 / 3.0),
            Some("voters"),
        );
        assert!(run("They flew a Boeing 777 jet.").is_empty());
        assert!(run("The S&P 500 rose.").is_empty());
        assert!(run("Sales of the iPhone 17 rose.").is_empty());
        assert_eq!(one("Rates & 5 banks.").value, Some(5.0));
        assert!(run("They met one-on-one.").is_empty());
        assert!(run("It was the third time.").is_empty());
    }

    #[test]
    fn huge_numbers_never_overflow() {
        let digits = "9".repeat(1000);
        let text = format!("It had {digits} grains.");
        let n = one(&text);
        assert_eq!(n.value, None);
        assert!(n.flags.contains(&"overflow".to_string()));
        let text = format!("It cost ${digits} billion.");
        assert_eq!(one(&text).value, None);
        // A run of digits longer than anything written as a number is not read as one.
        let text = format!("It had {} grains.", "9".repeat(5000));
        assert!(run(&text).is_empty());
    }

    #[test]
    fn a_race_named_by_its_distance_in_thousands_is_no_quantity() {
        for text in [
            "Ivo Dane won the 10k in Boston.",
            "Ada Quist ran a 5k run.",
            "Mara Lind won the 10k.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        // A race in metres keeps its length, never millions of what follows.
        check(
            "Tom Reyes reached the 100m final.",
            "100m",
            Some(100.0),
            Some("m"),
        );
        check(
            "Arun Tebbe won the 1500m heats.",
            "1500m",
            Some(1500.0),
            Some("m"),
        );
        check(
            "Mara Lind won the 110m hurdles.",
            "110m",
            Some(110.0),
            Some("m"),
        );
        // A distance walked, money and thousands of something stay quantities.
        check("Ivo Dane did a 10km walk.", "10km", Some(10.0), Some("km"));
        check(
            "Ada Quist raised £10k for it.",
            "£10k",
            Some(1e4),
            Some("GBP"),
        );
        check("They earned a 10k bonus.", "10k", Some(1e4), None);
        check("The 100m tower fell.", "100m", Some(100.0), Some("m"));
    }

    #[test]
    fn a_series_code_spaced_from_a_small_figure_names_a_meeting() {
        assert!(run("Delegates met at COP 28 in the city.").is_empty());
        assert!(run("Leaders of the G 20 met.").is_empty());
        check(
            "It cost COP 28,000 in all.",
            "COP 28,000",
            Some(28000.0),
            Some("COP"),
        );
        check("It cost USD 28 in all.", "USD 28", Some(28.0), Some("USD"));
    }

    #[test]
    fn a_capitalised_word_and_a_figure_opening_a_sentence_are_a_name() {
        for text in [
            "Building 7 was evacuated.",
            "Staff left. Apollo 11 landed.",
            "FTSE 100 rose.",
            "Level 4 restrictions began.",
            "Staff said Terminal 5 passengers waited.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        for (text, surface) in [
            ("Another 300 troops arrived.", "300"),
            ("Maybe 30 turned up.", "30"),
            ("Nationwide 30 died.", "30"),
            ("Today 30 remain.", "30"),
            ("Officials 40 left.", "40"),
            ("Building 7 residents left.", "7"),
            ("Staff said level 4 restrictions began.", "4"),
        ] {
            let found = run(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].text, surface, "{text}");
        }
    }

    #[test]
    fn a_model_number_after_a_maker_is_skipped_to_the_counted_noun() {
        check(
            "The airline ordered 12 Boeing 737 jets.",
            "12",
            Some(12.0),
            Some("jets"),
        );
        check(
            "It flew three Airbus A320 aircraft.",
            "three",
            Some(3.0),
            Some("aircraft"),
        );
        check(
            "It bought three Boeing 737s.",
            "three",
            Some(3.0),
            Some("737s"),
        );
    }

    #[test]
    fn a_larger_scale_word_after_another_multiplies_it() {
        check(
            "It costs two lakh crore rupees.",
            "two lakh crore",
            Some(2e12),
            Some("INR"),
        );
        check(
            "It has five lakh people.",
            "five lakh",
            Some(5e5),
            Some("people"),
        );
        check(
            "It has three crore voters.",
            "three crore",
            Some(3e7),
            Some("voters"),
        );
        check(
            "It cost a thousand million euros.",
            "a thousand million",
            Some(1e9),
            Some("EUR"),
        );
        check(
            "It has one million two hundred thousand people.",
            "one million two hundred thousand",
            Some(1.2e6),
            Some("people"),
        );
    }

    /// A number's text, value, unit and flags.
    type Reading = (String, Option<f64>, Option<String>, Vec<String>);

    /// The reading of every number in `text`.
    fn readings(text: &str) -> Vec<Reading> {
        run(text)
            .into_iter()
            .map(|n| (n.text, n.value, n.unit, n.flags))
            .collect()
    }

    #[test]
    fn a_suffix_repeated_across_a_dash_makes_a_range() {
        let found = readings("Ivo Dane paid 2m-3m euros for it.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, Some(2e6));
        assert_eq!(found[0].2.as_deref(), Some("EUR"));
        assert_eq!(found[1].1, Some(3e6));
        assert!(found.iter().all(|f| f.3.contains(&"range".to_string())));
        let found = readings("Some 50m-60m people watched Ada Quist.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, Some(5e7));
        assert_eq!(found[0].2.as_deref(), Some("people"));
        let found = readings("Quist Ltd lost $5-$7 billion last year.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, Some(5e9));
        assert_eq!(found[1].1, Some(7e9));
        let found = readings("Quist Ltd lost 2bn-3bn last year.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, Some(2e9));
        assert_eq!(found[1].1, Some(3e9));
        let found = readings("Some 5-10k fans met Ivo Dane.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, Some(5e3));
        assert_eq!(found[1].1, Some(1e4));
        let found = readings("The trail runs 10km-15km north.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].2.as_deref(), Some("km"));
        assert_eq!(found[1].2.as_deref(), Some("km"));
        // A code whose letters differ is no range.
        assert!(run("Ivo Dane flew the 2m-3k route.").is_empty());
    }

    #[test]
    fn a_currency_sign_repeated_across_a_dash_makes_a_range() {
        let found = readings("Shares of Quist Ltd were priced at HK$18.50-HK$21.20.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "HK$18.50");
        assert_eq!(found[1].0, "HK$21.20");
        assert_eq!(found[1].1, Some(21.2));
        assert_eq!(found[1].2.as_deref(), Some("HKD"));
        assert!(found.iter().all(|f| f.3.contains(&"range".to_string())));
    }

    #[test]
    fn circa_is_a_qualifier() {
        for (text, qualifier) in [
            ("Circa 500 people met Mara Lind.", "Circa"),
            ("Some ca. 500 people met Mara Lind.", "ca."),
            ("Some c. 500 people met Mara Lind.", "c."),
        ] {
            let n = one(text);
            assert_eq!(n.qualifier.as_deref(), Some(qualifier), "{text}");
            assert_eq!(n.value, Some(500.0), "{text}");
        }
    }

    #[test]
    fn a_verb_after_a_share_leaves_it_without_the_object_as_unit() {
        let n = one("About 1 in 5 reported side effects, Tom Reyes said.");
        assert_eq!(n.value, Some(0.2));
        assert_eq!(n.unit, None);
        let n = one("About 1 in 5 had mild symptoms.");
        assert_eq!(n.unit, None);
        let n = one("About 1 in 5 reported cases came from Leeds.");
        assert_eq!(n.unit.as_deref(), Some("cases"));
        let n = one("One in five adults smoke, Tom Reyes said.");
        assert_eq!(n.unit.as_deref(), Some("adults"));
    }

    #[test]
    fn new_unit_symbols() {
        check("It holds 5,000mAh.", "5,000mAh", Some(5000.0), Some("mAh"));
        check("It made 12TWh.", "12TWh", Some(12.0), Some("TWh"));
        check("It has a 48MP camera.", "48MP", Some(48.0), Some("MP"));
        check("A 60W bulb.", "60W", Some(60.0), Some("W"));
        check("A 240V supply.", "240V", Some(240.0), Some("V"));
        check(
            "A battery of 3,000 mAh.",
            "3,000",
            Some(3000.0),
            Some("mAh"),
        );
        // A lower-case letter is no unit; a "W" after a latitude is a longitude.
        assert!(run("Ada Quist ran the 3w route.").is_empty());
        assert!(units("The storm was at 25.3N 80.1W.")
            .iter()
            .all(|u| u.as_deref() != Some("W")));
    }

    #[test]
    fn a_hyphened_measure_takes_the_plural_of_its_spaced_form() {
        check("A 10-mile walk.", "10-mile", Some(10.0), Some("miles"));
        check("A 12-foot wall.", "12-foot", Some(12.0), Some("feet"));
        check("A 2-inch gap.", "2-inch", Some(2.0), Some("inches"));
        check(
            "A 3-century tradition.",
            "3-century",
            Some(3.0),
            Some("centuries"),
        );
        check("A 1-mile walk.", "1-mile", Some(1.0), Some("mile"));
        check("A half-mile walk.", "half-mile", Some(0.5), Some("mile"));
        check("A 5-star hotel.", "5-star", Some(5.0), Some("star"));
    }

    #[test]
    fn ranges_of_ages() {
        for text in [
            "Pupils aged 11-16 met Ivo Dane.",
            "Pupils aged 11 to 16 met Ivo Dane.",
            "Pupils aged between 11 and 16 met Ivo Dane.",
        ] {
            let found = readings(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            for f in &found {
                assert_eq!(f.3, ["range", "age"], "{text}: {found:?}");
            }
        }
        let found = readings("Between 11 and 16 people met Ivo Dane.");
        assert!(found.iter().all(|f| !f.3.contains(&"age".to_string())));
    }

    #[test]
    fn an_age_in_brackets_after_a_person_name() {
        let n = one("Tom Reyes (34), of Leeds, was charged.");
        assert_eq!(n.flags, vec!["age".to_string()]);
        let n = one("Police named Anna Lind Quist (7).");
        assert_eq!(n.flags, vec!["age".to_string()]);
        // Seats of a party are no ages.
        for text in [
            "Labour (34) won most seats.",
            "The Greens (12) lost.",
            "Liberal Democrats (12) lost.",
            "Tom Reyes (1034) lost.",
        ] {
            assert!(
                run(text)
                    .iter()
                    .all(|n| !n.flags.contains(&"age".to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn a_magnitude_glued_to_its_m() {
        let n = one("An M6.1 earthquake hit the coast near Quist.");
        assert_eq!(n.text, "M6.1");
        assert_eq!(n.value, Some(6.1));
        assert_eq!(n.unit.as_deref(), Some("magnitude"));
        check(
            "A magnitude-6.1 quake hit.",
            "6.1",
            Some(6.1),
            Some("magnitude"),
        );
        check("An M7 quake hit.", "M7", Some(7.0), Some("magnitude"));
        // An "M" glued to a code is none.
        assert!(run("Tom Reyes drove the M6.1 junction.").is_empty());
        assert!(run("Tom Reyes drove the M6 to Leeds.").is_empty());
    }

    #[test]
    fn a_subsection_in_brackets_is_no_number() {
        assert!(run("Under Rule 9(2) of the code, Ivo Dane was barred.").is_empty());
        assert!(run("Section 144 and Article 370 apply, Ada Quist said.").is_empty());
        assert!(run("Call 0800 123 456 or +44 20 7946 0958.").is_empty());
    }

    #[test]
    fn a_year_after_by_is_no_number() {
        assert!(run("Sea levels could rise by 2100, Ada Quist said.").is_empty());
    }

    #[test]
    fn a_count_before_a_saints_name_is_no_address() {
        check(
            "Ivo Dane met 300 people at St Ivo's Hospital.",
            "300",
            Some(300.0),
            Some("people"),
        );
        check(
            "Some 40,000 pilgrims in St Quist's Square cheered.",
            "40,000",
            Some(40000.0),
            Some("pilgrims"),
        );
        check(
            "A crowd of 5,000 gathered at St. Lind's Cathedral.",
            "5,000",
            Some(5000.0),
            Some("people"),
        );
        // A capitalised street name between the figure and the street word is an address.
        assert!(run("Ada Quist lives at 12 Tebbe St in the city.").is_empty());
        assert!(run("Ada Quist lives at 12 Tebbe Road now.").is_empty());
    }

    #[test]
    fn abbreviated_units_of_time_are_spelled_out() {
        check(
            "Ivo Dane finished 1min behind in the rain.",
            "1min",
            Some(1.0),
            Some("minute"),
        );
        check(
            "Ada Quist was a further 4.2s back.",
            "4.2s",
            Some(4.2),
            Some("seconds"),
        );
        check(
            "The queue lasted 45mins.",
            "45mins",
            Some(45.0),
            Some("minutes"),
        );
        check("The flight took 3hrs.", "3hrs", Some(3.0), Some("hours"));
        check(
            "Tom Reyes finished 12.5 sec clear.",
            "12.5",
            Some(12.5),
            Some("seconds"),
        );
        check("It ended after 90 mins.", "90", Some(90.0), Some("minutes"));
        // A whole number glued to "s" is a plural or a decade, no seconds.
        assert!(run("Mara Lind is in her 20s now.").is_empty());
    }

    #[test]
    fn minutes_and_seconds_after_a_race_lead_are_a_time_taken() {
        for (text, figure, seconds) in [
            (
                "Ivo Dane won the road race in 26:51 on Sunday.",
                "26:51",
                1611.0,
            ),
            ("Ada Quist ran the first lap in 14:08.", "14:08", 848.0),
            ("The old course record of 28:36 fell.", "28:36", 1716.0),
            ("Mara Lind set a personal best of 12:47.", "12:47", 767.0),
            ("Tom Reyes clocked 32:14 in the wind.", "32:14", 1934.0),
        ] {
            check(text, figure, Some(seconds), Some("seconds"));
        }
    }

    #[test]
    fn minutes_and_seconds_without_a_race_lead_are_no_time_taken() {
        for text in [
            "The profits were shared on a 70:30 split.",
            "Talks resumed at 10:30 on Monday.",
            "Ivo Dane won 5:2 on the night.",
            "The ratio was 45:55 in the end.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_count_of_hours_and_of_minutes_is_one_duration() {
        check(
            "The last runner came home in 1 hour 37 minutes.",
            "1 hour 37",
            Some(97.0),
            Some("minutes"),
        );
        check(
            "Ada Quist rode the course in 48 minutes and 23 seconds.",
            "48 minutes and 23",
            Some(2903.0),
            Some("seconds"),
        );
        let found = run("The average wait was 3 hours 5 minutes, up from 2 hours 50 minutes.");
        let read: Vec<_> = found.iter().map(|n| (n.value, n.unit.as_deref())).collect();
        assert_eq!(
            read,
            [
                (Some(185.0), Some("minutes")),
                (Some(170.0), Some("minutes"))
            ]
        );
    }

    #[test]
    fn a_count_after_a_date_of_a_month_is_its_own_figure() {
        check(
            "On 9 October 35 crews were called out.",
            "35",
            Some(35.0),
            Some("crews"),
        );
        check(
            "In October 35 crews were called out.",
            "35",
            Some(35.0),
            Some("crews"),
        );
        check(
            "By 2 October 12 depots had closed.",
            "12",
            Some(12.0),
            Some("depots"),
        );
    }

    #[test]
    fn a_day_after_a_month_stays_the_dates() {
        assert!(run("On October 30 crews were called out.").is_empty());
        assert!(run("Crews drove the Harlan 40 in October.").is_empty());
    }

    #[test]
    fn half_a_unit_of_measure_is_half_of_that_unit() {
        check(
            "Ivo Dane waited half an hour.",
            "half",
            Some(0.5),
            Some("hour"),
        );
        check(
            "The path runs half a mile.",
            "half",
            Some(0.5),
            Some("mile"),
        );
        check(
            "Ada Quist queued for about an hour and a half.",
            "an hour and a half",
            Some(1.5),
            Some("hours"),
        );
        assert_eq!(
            one("Ada Quist queued for about an hour and a half.")
                .qualifier
                .as_deref(),
            Some("about")
        );
        check(
            "The strike lasted a month and a half.",
            "a month and a half",
            Some(1.5),
            Some("months"),
        );
    }

    #[test]
    fn half_of_no_measure_keeps_no_unit() {
        check("Ivo Dane lost by half a point.", "half", Some(0.5), None);
        check("Half the crews stayed home.", "Half", Some(0.5), None);
        check(
            "Ada Quist ran for two and a half hours.",
            "two and a half",
            Some(2.5),
            Some("hours"),
        );
        check(
            "Ivo Dane ate half a dozen eggs.",
            "half a dozen",
            Some(6.0),
            Some("eggs"),
        );
    }

    #[test]
    fn a_half_marathon_is_a_race_not_a_half() {
        assert!(run("Ada Quist ran a half marathon in Tarrow.").is_empty());
        assert!(run("The half marathon starts at the docks.").is_empty());
    }

    #[test]
    fn a_qualifier_before_another_or_a_further_qualifies_the_figure() {
        let q = |text: &str| one(text).qualifier;
        assert_eq!(
            q("The road stays shut for at least another 36 hours.").as_deref(),
            Some("at least")
        );
        assert_eq!(
            q("Up to a further 240 posts will go at Tarrow.").as_deref(),
            Some("Up to")
        );
        assert_eq!(
            q("Ivo Dane said about another 15 homes flooded.").as_deref(),
            Some("about")
        );
    }

    #[test]
    fn another_or_a_further_alone_is_no_qualifier() {
        assert_eq!(one("Another 15 crews joined at Tarrow.").qualifier, None);
        assert_eq!(one("The mill hired a further 30 staff.").qualifier, None);
        assert_eq!(
            one("The yard handed over another 30 barges.").qualifier,
            None
        );
    }

    #[test]
    fn a_person_of_a_bare_figure_is_that_age() {
        assert!(aged("A woman of 81 was hurt in Tarrow."));
        assert!(aged("Ivo Dane met a retired nurse of 67 there."));
        assert!(aged("An unlicensed driver of 19 swerved."));
    }

    #[test]
    fn a_group_or_thing_of_a_figure_is_no_age() {
        assert!(!aged("A squad of 23 flew to Tarrow."));
        assert!(!aged("A crew of 12 arrived at dawn."));
        assert!(!aged("Ada Quist bought a box of 40."));
    }

    #[test]
    fn passing_a_test_at_a_figure_is_an_age() {
        assert!(aged("Ada Quist passed her driving test at 17."));
        assert!(aged("Ivo Dane finally passed at 23."));
        assert!(!aged("The bill passed at 9 after a long debate."));
    }

    #[test]
    fn counts_of_two_units_of_time_apart_stay_two() {
        let found = run("Ivo Dane waited 12 hours, 30 minutes of them outside.");
        assert_eq!(found.len(), 2, "{found:?}");
        let found = run("The shift lasts 8 hours and about 40 minutes of it is driving.");
        assert_eq!(found.len(), 2, "{found:?}");
        let found = run("Mara Lind walked for 3 hours, then 20 minutes more.");
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn units_of_time_glued_to_their_figures_make_one_duration() {
        check(
            "Ivo Dane set a lap of 1min 31.204sec in practice.",
            "1min 31.204sec",
            Some(91.204),
            Some("seconds"),
        );
        check(
            "The winning crew took 2hr 14min 9sec.",
            "2hr 14min 9sec",
            Some(8049.0),
            Some("seconds"),
        );
    }

    #[test]
    fn a_glued_unit_of_time_before_another_measure_stays_apart() {
        let found = run("Ada Quist led for 12min 40km from the finish.");
        let read: Vec<_> = found.iter().map(|n| (n.value, n.unit.as_deref())).collect();
        assert_eq!(
            read,
            [(Some(12.0), Some("minutes")), (Some(40.0), Some("km"))]
        );
    }

    #[test]
    fn field_event_marks_are_metres() {
        check(
            "Ivo Dane cleared 6.24m to win.",
            "6.24m",
            Some(6.24),
            Some("m"),
        );
        check(
            "Ada Quist won with a leap of 7.12m.",
            "7.12m",
            Some(7.12),
            Some("m"),
        );
        check(
            "Arun Tebbe threw the javelin 89.45m.",
            "89.45m",
            Some(89.45),
            Some("m"),
        );
        // Without words of length, a figure in "m" with decimals stays millions.
        check(
            "The firm sold 6.24m shares.",
            "6.24m",
            Some(6.24e6),
            Some("shares"),
        );
    }

    #[test]
    fn a_verb_opening_a_sentence_names_no_figure() {
        check("Chasing 398 to win, they lost.", "398", Some(398.0), None);
        check("Set 280 to win, they collapsed.", "280", Some(280.0), None);
        check("Needing 45, they failed.", "45", Some(45.0), None);
        // A name opening a sentence still names its figure.
        assert!(run("Apollo 11 landed on the moon.").is_empty());
        assert!(run("Building 7 was evacuated.").is_empty());
    }

    #[test]
    fn short_currency_prefixes_need_a_scale_or_groups() {
        check(
            "It paid RM50 million for it.",
            "RM50 million",
            Some(5e7),
            Some("MYR"),
        );
        check(
            "It raised Rp 3 trillion.",
            "Rp 3 trillion",
            Some(3e12),
            Some("IDR"),
        );
        check("The fine is Dh5,000.", "Dh5,000", Some(5000.0), Some("AED"));
        check(
            "It paid Dhs 2,500 in all.",
            "Dhs 2,500",
            Some(2500.0),
            Some("AED"),
        );
        check("It cost SFr200m.", "SFr200m", Some(2e8), Some("CHF"));
        check(
            "It set aside PHP 2.5 billion.",
            "PHP 2.5 billion",
            Some(2.5e9),
            Some("PHP"),
        );
        check(
            "The fund holds US$ 500m.",
            "US$ 500m",
            Some(5e8),
            Some("USD"),
        );
        check(
            "Sales of 45bn kronor were reported.",
            "45bn",
            Some(4.5e10),
            Some("SEK"),
        );
        // A version of a language or a road letter is no money.
        assert!(run("The site runs on PHP 8 now.").is_empty());
    }

    #[test]
    fn a_lone_m_after_a_figure_is_metres() {
        check(
            "The peak is 8,848 m high.",
            "8,848",
            Some(8848.0),
            Some("m"),
        );
        check(
            "The boat sank in 200 m of water.",
            "200",
            Some(200.0),
            Some("m"),
        );
        assert_ne!(one("It has 5 m users.").unit.as_deref(), Some("m"));
    }

    #[test]
    fn a_verb_of_spanning_or_a_close_change_makes_a_range() {
        for text in [
            "Temperatures will range from 12C to 18C.",
            "Prices are expected to rise by 4 to 6 per cent.",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 2, "{text}");
            assert!(
                found.iter().all(|n| n.flags.contains(&"range".to_string())),
                "{text}: {found:?}"
            );
            assert_eq!(found[0].unit, found[1].unit, "{text}");
        }
        // A change from one level to another, or by a figure to a far higher one, is no range.
        for text in [
            "Temperatures dropped from 12C to 18C.",
            "The index rose by 5 to 105 points.",
        ] {
            assert!(run(text).iter().all(|n| n.flags.is_empty()), "{text}");
        }
    }

    #[test]
    fn about_and_over_as_prepositions_are_no_qualifiers() {
        assert_eq!(
            one("Ivo Dane lied to the court about $250,000 in gifts.").qualifier,
            None
        );
        assert_eq!(
            one("Ada Quist complained about 30 minutes of delays.").qualifier,
            None
        );
        // A verb after the topic word makes it the subject: "about" qualifies again.
        assert_eq!(
            one("The talks lasted about 4-1/2 hours.")
                .qualifier
                .as_deref(),
            Some("about")
        );
        assert_eq!(one("The trial was held over two days.").qualifier, None);
        let found = run("A $300,000 mortgage over 30 years costs more.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].qualifier, None);
        assert_eq!(
            one("It took over 12 days.").qualifier.as_deref(),
            Some("over")
        );
        // Qualifiers stay where they count.
        assert_eq!(
            one("It took about 30 minutes.").qualifier.as_deref(),
            Some("about")
        );
        assert_eq!(
            one("Ada Quist complained that about 30 staff left.")
                .qualifier
                .as_deref(),
            Some("about")
        );
        assert_eq!(
            one("Over 500 people attended.").qualifier.as_deref(),
            Some("Over")
        );
    }

    #[test]
    fn approximations_of_the_city_page_are_qualifiers() {
        for (text, qualifier) in [
            ("The fee is in the region of €40m.", "in the region of"),
            ("Ivo Dane valued it north of $2bn.", "north of"),
            ("It cut in the order of 5,000 jobs.", "in the order of"),
        ] {
            assert_eq!(one(text).qualifier.as_deref(), Some(qualifier), "{text}");
        }
    }

    #[test]
    fn a_year_after_a_name_opening_a_sentence_names_an_event() {
        assert!(run("Quist 2024 organisers met.").is_empty());
        assert!(run("Staff left. Tebbes 2028 organisers met.").is_empty());
        // A count after a name that is no year still counts.
        check("Officials 40 left.", "40", Some(40.0), None);
    }

    #[test]
    fn a_goal_added_is_an_ordinal() {
        assert!(run("Ivo Dane added a third late on.").is_empty());
        check(
            "Ada Quist added a third of the budget.",
            "a third",
            Some(1.0 / 3.0),
            None,
        );
    }

    #[test]
    fn crypto_amounts_have_their_ticker() {
        check("Ivo Dane bought 0.5 BTC.", "0.5", Some(0.5), Some("BTC"));
        check(
            "The wallet held 12,000 ETH.",
            "12,000",
            Some(12000.0),
            Some("ETH"),
        );
        check(
            "Miners get 3.125 bitcoin each.",
            "3.125",
            Some(3.125),
            Some("BTC"),
        );
    }

    #[test]
    fn a_pair_hyphened_with_to_is_a_tally() {
        for text in [
            "The bill passed by a 7-to-4 vote.",
            "The panel voted 5-to-3 on Friday.",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 2, "{text}");
            assert!(
                found.iter().all(|n| n.flags == vec!["tally".to_string()]),
                "{text}"
            );
        }
    }

    #[test]
    fn pounds_of_a_payment_are_sterling() {
        for text in [
            "Each nurse gets a bonus of 900 pounds this year.",
            "Ada Quist said the average wage in the town is about 21,000 pounds.",
        ] {
            assert_eq!(one(text).unit.as_deref(), Some("GBP"), "{text}");
        }
        assert_eq!(
            one("The pumpkin had a weight of 900 pounds.")
                .unit
                .as_deref(),
            Some("pounds")
        );
        assert_eq!(
            one("The largest catch was 40 pounds.").unit.as_deref(),
            Some("pounds")
        );
    }

    #[test]
    fn a_figure_sizing_a_crowd_counts_people() {
        for text in [
            "Police estimated the crowd in the square at 30,000.",
            "Organisers of the march put the figure at 80,000.",
            "A crowd of 41,250 saw the final.",
            "The attendance of 12,300 was the lowest this season.",
        ] {
            assert_eq!(one(text).unit.as_deref(), Some("people"), "{text}");
        }
        assert_eq!(one("Analysts put the figure at 80,000.").unit, None);
        assert_eq!(one("A fleet of 40 sailed.").unit.as_deref(), None);
    }

    #[test]
    fn a_fraction_of_a_percentage_point_is_in_percentage_points() {
        let unit = |text: &str| one(text).unit;
        for text in [
            "The bank cut rates by a quarter-point.",
            "Ada Quist expects a half-point hike.",
            "Rates rose by half a percentage point.",
            "Rates were cut by three-quarters of a percentage point.",
            "Ivo Dane backed a three-quarter-point hike.",
            "The bank cut its key rate by a quarter point on Friday.",
            "The bank raised rates by a half point.",
        ] {
            assert_eq!(unit(text).as_deref(), Some("percentage points"), "{text}");
        }
        // Half a point in a game is a point, and a quarter of other things is no rate.
        assert_eq!(
            unit("Tom Reyes won a half-point in the last game.").as_deref(),
            Some("point")
        );
        assert_eq!(
            unit("Ada Quist ate a quarter of the cake.").as_deref(),
            None
        );
        assert!(run("Tom Reyes scored a third point late on.").is_empty());
    }

    #[test]
    fn a_unit_of_two_words_may_be_hyphened() {
        check(
            "The bank made a 75 basis-point hike.",
            "75",
            Some(75.0),
            Some("basis points"),
        );
        check(
            "It was a 2 percentage-point swing.",
            "2",
            Some(2.0),
            Some("percentage points"),
        );
    }

    #[test]
    fn a_qualifier_written_after_the_figure_is_kept_as_written() {
        let qualified = |text: &str| {
            let n = one(text);
            (n.qualifier, n.unit)
        };
        assert_eq!(
            qualified("About 300 or so people met Ivo Dane."),
            (Some("About".into()), Some("people".into()))
        );
        assert_eq!(
            qualified("Then 300 or so people met Ivo Dane."),
            (Some("or so".into()), Some("people".into()))
        );
        assert_eq!(
            qualified("Ada Quist wants a raise of 5% or more."),
            (Some("or more".into()), Some("percent".into()))
        );
        assert_eq!(
            qualified("Tom Reyes has 20 years or more of experience."),
            (Some("or more".into()), Some("years".into()))
        );
        assert_eq!(
            qualified("Free passes go to residents aged 65 and over.").0,
            Some("and over".into())
        );
        assert_eq!(
            qualified("Pupils aged 11 and under, the board said, ride free.").0,
            Some("and under".into())
        );
        // "over" opening a phrase of its own, or a second figure, is no qualifier.
        assert_eq!(
            qualified("Ivo Dane lost 12 and over the year he gained.").0,
            None
        );
        let bids = run("Bids came in between 60 and over 70 pounds.");
        assert_eq!(bids[0].qualifier, None);
        assert_eq!(
            qualified("There were 40-odd protesters."),
            (Some("odd".into()), Some("protesters".into()))
        );
        assert_eq!(
            one("A crowd of 10,000-plus met.").qualifier.as_deref(),
            Some("plus")
        );
        assert_eq!(
            one("A dozen or so came.").qualifier.as_deref(),
            Some("or so")
        );
        // A comparison after "or more" is no qualifier of the first figure.
        let found = run("It cost 400 or more than 500 dollars.");
        assert_eq!(found[0].qualifier, None);
    }

    #[test]
    fn a_whole_percentage_point_is_one() {
        let read = |text: &str| {
            run(text)
                .into_iter()
                .map(|n| (n.text, n.value, n.unit, n.qualifier))
                .collect::<Vec<_>>()
        };
        let pp = Some("percentage points".to_string());
        assert_eq!(
            read("Yields at Vell Bank rose a full percentage point."),
            vec![("a full".into(), Some(1.0), pp.clone(), None)]
        );
        assert_eq!(
            read("Yields fell almost a percentage point."),
            vec![("a".into(), Some(1.0), pp.clone(), Some("almost".into()))]
        );
        // Hyphened before the noun it describes, it is one point as well.
        assert_eq!(
            read("Zellor Bank announced a percentage-point rise."),
            vec![("a".into(), Some(1.0), pp.clone(), None)]
        );
        assert_eq!(
            read("Yields fell one percentage point."),
            vec![("one".into(), Some(1.0), pp.clone(), None)]
        );
        // A part of a point stays the fraction it is.
        assert_eq!(
            read("Yields fell a fifth of a percentage point."),
            vec![("a fifth".into(), Some(0.2), pp, None)]
        );
    }

    #[test]
    fn a_share_hyphened_in_digits_is_one_share() {
        let found = one("About 1-in-5 pilots in Vellmark fly.");
        assert_eq!(found.text, "1-in-5");
        assert_eq!(found.value, Some(0.2));
        assert_eq!(found.unit.as_deref(), Some("pilots"));
        assert_eq!(found.flags, vec!["share".to_string()]);
        // A code glued to letters stays no share.
        assert!(run("Code QX1-in-5 shipped.").is_empty());
    }

    #[test]
    fn a_plus_sign_glued_after_a_figure_qualifies_it() {
        let found = run("Some 300+ kiosks shut.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "300+");
        assert_eq!(found[0].qualifier.as_deref(), Some("Some"));
        let found = run("Vell opened 1,200+ kiosks.");
        assert_eq!(found[0].text, "1,200+");
        assert_eq!(found[0].qualifier.as_deref(), Some("+"));
        assert_eq!(found[0].unit.as_deref(), Some("kiosks"));
        let found = run("Riders aged 65+ ride free.");
        assert_eq!(found[0].qualifier.as_deref(), Some("+"));
        // A sum is no qualified figure.
        let found = run("Kids learn 2+2 early.");
        assert!(found.iter().all(|n| n.qualifier.is_none()), "{found:?}");
    }

    #[test]
    fn a_speed_range_repeats_its_unit_at_both_ends() {
        let found = run("Gusts of 90km/h-110km/h hit Mara Lind's farm.");
        let read: Vec<_> = found
            .iter()
            .map(|n| (n.text.as_str(), n.value, n.unit.as_deref(), n.flags.clone()))
            .collect();
        assert_eq!(
            read,
            vec![
                (
                    "90km/h",
                    Some(90.0),
                    Some("km/h"),
                    vec!["range".to_string()]
                ),
                (
                    "110km/h",
                    Some(110.0),
                    Some("km/h"),
                    vec!["range".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn a_bowlers_figures_are_no_range() {
        for text in [
            "India won with Ivo Dane taking 7-57.",
            "Arun Tebbe took 5-42 as India won.",
            "Tom Reyes finished with figures of 4-31.",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert!(
                found.iter().all(|n| n.flags.is_empty()),
                "{text}: {found:?}"
            );
        }
        // A span of time taken stays a range.
        let found = run("The repairs took 3-4 weeks.");
        assert!(found.iter().all(|n| n.flags == ["range"]), "{found:?}");
    }

    #[test]
    fn a_shared_currency_name_takes_the_code_of_its_country() {
        let unit = |text: &str| one(text).unit;
        assert_eq!(
            unit("It cost 3 million Kuwaiti dinars.").as_deref(),
            Some("KWD")
        );
        assert_eq!(
            unit("It cost 3 million Moroccan dirhams.").as_deref(),
            Some("MAD")
        );
        assert_eq!(
            unit("It cost 3 million UAE dirhams.").as_deref(),
            Some("AED")
        );
        assert_eq!(
            unit("It cost 3 million Qatari riyals.").as_deref(),
            Some("QAR")
        );
        // Alone, the name is shared: it stays a word.
        assert_eq!(unit("It cost 3 million dinars.").as_deref(), Some("dinars"));
    }

    #[test]
    fn a_figure_glued_to_nm_is_nanometres_or_nautical_miles_by_its_words() {
        check("Ada Quist showed a 3nm chip.", "3nm", Some(3.0), Some("nm"));
        check("The 5nm process is late.", "5nm", Some(5.0), Some("nm"));
        check(
            "The ship was 12nm off the coast.",
            "12nm",
            Some(12.0),
            Some("nautical miles"),
        );
        // Unsure: the figure is kept, with no unit.
        check("Ivo Dane ran 12nm.", "12nm", Some(12.0), None);
    }

    #[test]
    fn a_bracketed_figure_before_a_verb_of_scoring_is_no_age() {
        assert!(one("Tom Reyes (12) scored twice.").flags.is_empty());
        assert_eq!(one("Tom Reyes (34) was hurt.").flags, ["age"]);
    }
    #[test]
    fn two_numbers_in_words_parted_by_and_are_both_read() {
        let found = run("Ivo Dane said between six and nine people were hurt.");
        let read: Vec<_> = found
            .iter()
            .map(|n| (n.text.as_str(), n.value, n.unit.as_deref(), n.flags.clone()))
            .collect();
        let range = vec!["range".to_string()];
        assert_eq!(
            read,
            vec![
                ("six", Some(6.0), Some("people"), range.clone()),
                ("nine", Some(9.0), Some("people"), range.clone()),
            ]
        );
        let found = run("Between one and three riders fell.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].value, Some(1.0));
        check(
            "One hundred and six people came.",
            "One hundred and six",
            Some(106.0),
            Some("people"),
        );
        check(
            "Six and a half hours passed.",
            "Six and a half",
            Some(6.5),
            Some("hours"),
        );
    }

    #[test]
    fn a_word_scale_serves_both_ends_of_a_range_in_words() {
        let found = run("Ada Quist paid between two and three million dollars.");
        let values: Vec<_> = found.iter().map(|n| n.value).collect();
        assert_eq!(values, vec![Some(2e6), Some(3e6)]);
        let found = run("It cost between two and thirty million dollars.");
        assert_eq!(
            found[0].value,
            Some(2.0),
            "too far apart to share the scale"
        );
    }

    #[test]
    fn hyphened_and_every_shares_are_shares() {
        for (text, surface, value) in [
            (
                "One-in-five adults smoke, Mara Lind said.",
                "One-in-five",
                0.2,
            ),
            (
                "One in every four homes is empty.",
                "One in every four",
                0.25,
            ),
            ("Only 1 in every 5 adults voted.", "1 in every 5", 0.2),
        ] {
            let n = one(text);
            assert_eq!(n.text, surface, "{text}");
            assert_eq!(n.value, Some(value), "{text}");
            assert_eq!(n.flags, vec!["share".to_string()], "{text}");
        }
    }

    #[test]
    fn counted_things_hyphened_to_a_figure_take_their_plural() {
        check(
            "Ada Quist wrote a 200-page report.",
            "200-page",
            Some(200.0),
            Some("pages"),
        );
        check(
            "They built a 12-storey block.",
            "12-storey",
            Some(12.0),
            Some("storeys"),
        );
        check(
            "They built a 40-story tower.",
            "40-story",
            Some(40.0),
            Some("stories"),
        );
    }

    #[test]
    fn a_shared_currency_name_in_the_singular_before_its_noun() {
        check(
            "Tom Reyes won a 2 billion riyal contract.",
            "2 billion",
            Some(2e9),
            Some("riyals"),
        );
        check(
            "They signed 3 million Saudi riyal deals.",
            "3 million",
            Some(3e6),
            Some("SAR"),
        );
        check(
            "It was a 5 million pound deal.",
            "5 million",
            Some(5e6),
            Some("GBP"),
        );
    }

    #[test]
    fn a_list_of_bracketed_figures_before_a_scoring_verb_is_points() {
        let found = run("Tom Green (12) and Ivo Reyes (10) scored for the hosts.");
        assert!(found.iter().all(|n| n.flags.is_empty()), "{found:?}");
        let found = run("Tom Reyes (34) and Ana Dane (30), of Leeds, were charged.");
        assert!(
            found.iter().all(|n| n.flags == vec!["age".to_string()]),
            "{found:?}"
        );
    }

    #[test]
    fn over_a_span_of_time_after_a_change_or_opening_a_sentence() {
        assert_eq!(one("Prices rose over two years.").qualifier, None);
        assert_eq!(one("Over two years, the firm grew.").qualifier, None);
        assert_eq!(
            one("Arun Tebbe served over 20 years.").qualifier.as_deref(),
            Some("over")
        );
        assert_eq!(
            one("Over 200 people came.").qualifier.as_deref(),
            Some("Over")
        );
    }

    #[test]
    fn a_figure_after_to_counts_the_subject_of_the_change() {
        assert_eq!(
            units("Enrolments for welding climbed to 4,310 this term."),
            [Some("enrolments".into())]
        );
        assert_eq!(
            units("Dutch entries slipped 3.1%, to 2,845."),
            [Some("percent".into()), Some("entries".into())]
        );
        assert_eq!(
            units("Burglaries on the estate fell by 40, to 215."),
            [Some("burglaries".into()), Some("burglaries".into())]
        );
        // Prices are no count; a comma after no figure keeps the clause apart.
        assert_eq!(
            units("Fares rose 2%, to 640."),
            [Some("percent".into()), None]
        );
        assert_eq!(
            units("Entries fell sharply, to 900 from 1,100."),
            [None, None]
        );
    }

    #[test]
    fn over_a_span_of_time_closing_a_change_is_its_period() {
        let qualifiers = |text: &str| -> Vec<Option<String>> {
            run(text).into_iter().map(|n| n.qualifier).collect()
        };
        assert_eq!(
            qualifiers("The tonic cut clinic visits by 31% relative to rest over 14 weeks."),
            [None, None]
        );
        for text in [
            "Visits fell 31% among walkers aged over 70 years.",
            "Visits fell 31%, and Ida Brule was a nurse for over 20 years.",
            "Visits fell 31%. The clinic has stood over 40 years.",
        ] {
            assert_eq!(
                run(text)
                    .last()
                    .and_then(|n| n.qualifier.clone())
                    .as_deref(),
                Some("over"),
                "{text}"
            );
        }
    }

    #[test]
    fn over_a_span_of_time_after_the_object_of_a_verb_is_no_qualifier() {
        assert_eq!(
            one("Lena Odd emptied the account over four years.").qualifier,
            None
        );
        assert_eq!(one("He repaid his debts over nine months.").qualifier, None);
        for text in [
            "Lena Odd stayed in the post over four years.",
            "Lena Odd was jailed for over four years.",
            "The trial heard evidence of over four years.",
        ] {
            assert_eq!(one(text).qualifier.as_deref(), Some("over"), "{text}");
        }
    }

    #[test]
    fn up_after_a_verb_of_revising_or_pushing_is_its_particle() {
        let found = run("The tally was revised up to 14 from eight.");
        assert_eq!(found[0].qualifier, None, "{found:?}");
        assert_eq!(one("Costs were pushed up to 40%.").qualifier, None);
        assert_eq!(
            one("The sale could raise up to 40 million euros.")
                .qualifier
                .as_deref(),
            Some("up to")
        );
    }

    #[test]
    fn round_versions_numbered_things_and_digit_counts_are_no_quantities() {
        for text in [
            "Industry 4.0 is here, Mara Lind said.",
            "They back Web 3.0 startups.",
            "The case is No. 23-1045 in the court.",
            "He paid an eight-figure sum.",
            "It has a three-digit code.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
        check(
            "Magnitude 6.0 quakes hit.",
            "6.0",
            Some(6.0),
            Some("magnitude"),
        );
    }

    #[test]
    fn a_measure_per_another_is_no_measure_of_its_own() {
        for text in ["Glucose was 120 mg/dL.", "Glucose was 120mg/dL."] {
            assert_eq!(one(text).unit, None, "{text}");
        }
        assert_eq!(one("It hit 90km/h.").unit.as_deref(), Some("km/h"));
        assert_eq!(one("It hit 90 km/h.").unit.as_deref(), Some("km/h"));
    }

    #[test]
    fn a_dotted_initialism_before_the_counted_noun_is_skipped() {
        check(
            "Some 2,000 U.S. troops arrived.",
            "2,000",
            Some(2000.0),
            Some("troops"),
        );
        check(
            "About 40 U.N. peacekeepers were hurt.",
            "40",
            Some(40.0),
            Some("peacekeepers"),
        );
        check(
            "It sent 12 U.S.-made batteries.",
            "12",
            Some(12.0),
            Some("batteries"),
        );
    }

    #[test]
    fn currencies_of_central_europe_the_caucasus_and_central_asia() {
        check(
            "It lent 150 billion tenge.",
            "150 billion",
            Some(1.5e11),
            Some("KZT"),
        );
        check(
            "It lent 3 billion Georgian lari.",
            "3 billion",
            Some(3e9),
            Some("GEL"),
        );
        check(
            "It lent 3 billion lari.",
            "3 billion",
            Some(3e9),
            Some("GEL"),
        );
        check(
            "It lent 2 billion drams.",
            "2 billion",
            Some(2e9),
            Some("AMD"),
        );
        check(
            "It lent 400 billion forints.",
            "400 billion",
            Some(4e11),
            Some("HUF"),
        );
        check(
            "It lent 10 billion Czech crowns.",
            "10 billion",
            Some(1e10),
            Some("CZK"),
        );
        check(
            "It lent 50 billion koruna.",
            "50 billion",
            Some(5e10),
            Some("CZK"),
        );
        check(
            "It lent 20 billion Norwegian crowns.",
            "20 billion",
            Some(2e10),
            Some("NOK"),
        );
        check(
            "It lent 2 billion Azerbaijani manats.",
            "2 billion",
            Some(2e9),
            Some("AZN"),
        );
        check(
            "It lent SR3.75 billion.",
            "SR3.75 billion",
            Some(3.75e9),
            Some("SAR"),
        );
        // A name several currencies share stays that name without its country.
        check(
            "It lent 2.3 billion kroner.",
            "2.3 billion",
            Some(2.3e9),
            Some("kroner"),
        );
        // Without a scale, digit groups or cents "SR" letters a road.
        assert!(run("Take SR 520 north.").iter().all(|n| n.unit.is_none()));
    }

    #[test]
    fn names_of_groupings_and_idioms_are_no_quantities() {
        assert!(run("The Group of Seven nations met.").is_empty());
        assert!(run("Leaders of the Group of 20 met.").is_empty());
        assert!(run("The Gang of Eight was briefed.").is_empty());
        assert!(run("The 2+2 dialogue was held.").is_empty());
        assert!(run("He backs a two-state solution.").is_empty());
        assert!(run("It is no time for half measures.").is_empty());
        assert!(run("He mocked the half-measures.").is_empty());
        assert!(run("A two-pronged approach.").is_empty());
        assert!(run("A three-way summit.").is_empty());
        // A group of people in lower case is counted.
        check("A group of 20 hikers.", "20", Some(20.0), Some("hikers"));
        check("He paid half the bill.", "half", Some(0.5), None);
    }

    #[test]
    fn a_share_counts_the_people_named_after_it() {
        let n = one("4 in 10 Ukrainians support talks.");
        assert_eq!(n.unit.as_deref(), Some("Ukrainians"));
        check("Some 300 Iraqis fled.", "300", Some(300.0), Some("Iraqis"));
        let n = one("Seven out of 10 Israelis want a deal.");
        assert_eq!(n.unit.as_deref(), Some("Israelis"));
        assert_eq!(n.value, Some(0.7));
    }

    #[test]
    fn borrowing_costs_plus_after_money_and_tens_of_billions() {
        let n = one("The bank lowered borrowing costs by a quarter-point.");
        assert_eq!(n.unit.as_deref(), Some("percentage points"));
        let n = one("The package is worth $40bn-plus.");
        assert_eq!(n.qualifier.as_deref(), Some("plus"));
        assert_eq!(n.unit.as_deref(), Some("USD"));
        let n = one("They seized €2 billion-plus in assets.");
        assert_eq!(n.qualifier.as_deref(), Some("plus"));
        let n = one("It cost tens of billions of dollars.");
        assert_eq!(n.text, "tens of billions");
    }

    #[test]
    fn cents_take_the_currency_named_before_them() {
        let found = run("The loonie bought 74.1 US cents as fuel hit C$1.80 a litre.");
        let cents = found.iter().find(|n| n.text == "74.1").expect("cents");
        assert_eq!(cents.value, Some(0.741));
        assert_eq!(cents.unit.as_deref(), Some("USD"));
        check(
            "The stamp costs 80 euro cents.",
            "80",
            Some(0.8),
            Some("EUR"),
        );
        check(
            "Petrol rose by 9 Australian cents.",
            "9",
            Some(0.09),
            Some("AUD"),
        );
    }

    #[test]
    fn dollar_sign_before_a_country_letter_is_its_dollar() {
        check(
            "Vantor bid $C3.75 a share.",
            "$C3.75",
            Some(3.75),
            Some("CAD"),
        );
        check(
            "It raised $HK2 billion.",
            "$HK2 billion",
            Some(2e9),
            Some("HKD"),
        );
    }

    #[test]
    fn a_number_word_hyphened_to_a_kind_noun_is_no_count() {
        assert!(run("The three-party coalition held.").is_empty());
        assert!(run("Labor led the two-party-preferred count.").is_empty());
        assert!(run("A two-horse race.").is_empty());
        check(
            "They held a two-day strike.",
            "two-day",
            Some(2.0),
            Some("days"),
        );
    }

    #[test]
    fn a_sign_of_comparison_qualifies_the_figure() {
        let found = run("The effect held (OR 1.8; p<0.05) and P < 0.001 overall.");
        let p = found.iter().find(|n| n.text == "0.05").expect("p value");
        assert_eq!(p.qualifier.as_deref(), Some("<"));
        let p = found.iter().find(|n| n.text == "0.001").expect("p value");
        assert_eq!(p.qualifier.as_deref(), Some("<"));
        assert_eq!(one("It held (p = 0.03).").qualifier, None);
    }

    #[test]
    fn between_the_ages_of_is_a_range_of_ages() {
        let found = run("Women between the ages of 45 and 69 were invited.");
        assert_eq!(found.len(), 2);
        for n in &found {
            assert!(n.flags.contains(&"age".to_string()), "{n:?}");
            assert!(n.flags.contains(&"range".to_string()), "{n:?}");
        }
    }

    #[test]
    fn a_change_carries_its_countable_subject_to_the_figures() {
        let some = |u: &str| Some(u.to_string());
        assert_eq!(
            units(
                "Reported measles infections in the valley rose from 18 on Friday to 29 on Sunday."
            ),
            vec![some("infections"), some("infections")]
        );
        assert_eq!(
            units("Burglaries fell by 40 over the winter."),
            vec![some("burglaries")]
        );
        assert_eq!(
            units("Officials said evictions climbed to 600 from 450."),
            vec![some("evictions"), some("evictions")]
        );
        // A noun after "of" heads no subject, but "the number of" counts it; money and prices
        // are no counts.
        assert_eq!(
            units("The number of evictions rose to 600."),
            vec![some("evictions")]
        );
        assert_eq!(units("Ticket prices rose from 18 to 29."), vec![None, None]);
        // A toll keeps its people.
        assert_eq!(units("The death toll rose to 52."), vec![some("people")]);
    }

    /// A count's subject, "the number of" a plural or a toll, gives the bare figure its verb
    /// states or moves its unit, however long the phrase between them.
    #[test]
    fn the_number_of_a_plural_gives_its_level_the_plural() {
        let some = |u: &str| Some(u.to_string());
        assert_eq!(
            units(
                "The number of people hurt when the old pier at Felsby gave way on Friday night \
                 has risen to 17, the council said."
            ),
            vec![some("people")]
        );
        assert_eq!(
            units("The total number of confirmed cases stands at 412."),
            vec![some("cases")]
        );
        assert_eq!(
            units("Officials said that the number of migrants held at the camp reached 230."),
            vec![some("migrants")]
        );
        assert_eq!(
            units("The death toll from Tuesday's landslide in the Orvel hills has climbed to 19."),
            vec![some("people")]
        );
    }

    /// What must not change: a figure not stated by the count's own verb, a subject that is not
    /// "the number of", a count after a clause break.
    #[test]
    fn the_number_of_does_not_reach_other_figures() {
        // No verb states the level: "to" alone.
        assert_eq!(
            units("The number of visitors fell, to 300 a day."),
            vec![None]
        );
        // The subject is no count.
        assert_eq!(
            units("The mayor who doubled the number of buses rose to 40 in the polls."),
            vec![None]
        );
        // The figure belongs to another clause.
        assert_eq!(
            units("The number of pupils fell sharply; the score rose to 61."),
            vec![None]
        );
        // "of" followed by no plural.
        assert_eq!(units("The number of Brenholt has risen to 8."), vec![None]);
    }

    #[test]
    fn a_version_after_a_product_name_opening_a_sentence_is_no_figure() {
        assert!(run("Zentrix OS is out. KoraOS 4.2, free to all, adds a dark mode.").is_empty());
        assert_eq!(
            units("Fenster 12 is used on 40 million laptops."),
            vec![some_unit("laptops")]
        );
        // A plural before a figure and a plural verb still counts.
        assert_eq!(run("Officers 12 are on duty.").len(), 1);
    }

    fn some_unit(unit: &str) -> Option<String> {
        Some(unit.to_string())
    }

    #[test]
    fn figures_after_outnumbering_and_its_object_are_a_tally() {
        let found = run("Advancers outnumbered decliners 410 to 220.");
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|n| n.flags == vec!["tally".to_string()]));
    }

    #[test]
    fn a_verb_after_a_figure_is_no_counted_noun() {
        assert_eq!(units("A second crew of 12 departs on Friday."), vec![None]);
        assert_eq!(
            units("A queue of 300 shoppers waits outside."),
            vec![some_unit("shoppers")]
        );
    }

    #[test]
    fn a_people_of_a_two_word_place_keeps_both_words() {
        assert_eq!(
            units("Officials said 42 North Koreans and 9 Peruvians crossed."),
            vec![some_unit("North Koreans"), some_unit("Peruvians")]
        );
    }

    #[test]
    fn a_house_number_after_a_person_is_no_figure() {
        let aged = run("Ned Pilling, 52, of 7 Heron Rise, Tullow, spoke to us.");
        assert_eq!(
            aged.iter().map(|n| n.value).collect::<Vec<_>>(),
            vec![Some(52.0)]
        );
        assert!(run("Greta Mott of 19 Willow Bank, Carlow, was fined.").is_empty());
        assert_eq!(
            units("He is one of 4 Gulf States banks to sign."),
            vec![some_unit("banks")]
        );
    }

    #[test]
    fn a_figure_after_by_counts_a_changed_object() {
        assert_eq!(
            units("Walkers raised their weekly steps by 4,500."),
            vec![some_unit("steps")]
        );
        assert_eq!(
            units("The mill shed shifts by 30 and cut routes by 12."),
            vec![None, some_unit("routes")]
        );
        assert_eq!(units("The chain cut its output by 300."), vec![None]);
    }

    #[test]
    fn a_majority_counts_the_seats_its_sentence_names() {
        assert_eq!(
            units("The Greens took 210 seats and a majority of 38 in the chamber."),
            vec![some_unit("seats"), some_unit("seats")]
        );
        assert_eq!(units("She won a majority of 38 last spring."), vec![None]);
    }

    #[test]
    fn a_tenth_of_a_point_of_a_rate_is_a_percentage_point() {
        let tenth = one("Inflation eased by a tenth of a point in May.");
        assert_eq!(tenth.value, Some(0.1));
        assert_eq!(tenth.unit, some_unit(PERCENTAGE_POINTS));
    }

    #[test]
    fn half_a_century_ago_is_no_figure() {
        assert!(run("Half a decade ago the mill shut.").is_empty());
        assert_eq!(run("They waited half a decade for it.").len(), 1);
    }

    #[test]
    fn from_one_figure_to_another_with_no_change_is_a_range() {
        for text in [
            "The storm flattened from 120 to 180 barns.",
            "Anywhere from 120 to 180 barns fell.",
        ] {
            let found = run(text);
            assert_eq!(found.len(), 2, "{text}");
            for n in &found {
                assert_eq!(n.unit.as_deref(), Some("barns"), "{text}");
                assert_eq!(n.flags, ["range"], "{text}");
            }
        }
        let fares = run("Seats at the Orvel Hall cost from Dh120 to Dh260.");
        assert!(fares.iter().all(|n| n.flags == ["range"]), "{fares:?}");
        for text in [
            "Barn counts fell from 180 to 120.",
            "Wages went from 120 to 180.",
            "The tally grew 5%, from 120 to 126.",
        ] {
            assert!(run(text).iter().all(|n| n.flags.is_empty()), "{text}");
        }
        assert_eq!(
            units("Crews rose from 120 to 180 welders."),
            [some_unit("welders"), some_unit("welders")]
        );
    }

    #[test]
    fn hyphened_counts_take_their_plural() {
        check(
            "Kit Varn booked a 14-date run.",
            "14-date",
            Some(14.0),
            Some("dates"),
        );
        check(
            "It is a 9-track record.",
            "9-track",
            Some(9.0),
            Some("tracks"),
        );
        check("It was a 3-way race.", "3-way", Some(3.0), Some("way"));
    }

    #[test]
    fn a_train_named_by_its_departure_time_is_no_figure() {
        assert!(run("Pol Ander catches the 8.47 to Dunmore daily.").is_empty());
        assert!(run("She missed the 19.05 from Carrow Junction.").is_empty());
        assert_eq!(run("The index shed 8.47 to 4,100.").len(), 2);
        assert_eq!(run("It was the 8.75 to Dunmore.").len(), 1);
    }

    #[test]
    fn a_departure_time_before_a_run_of_transport_or_a_lower_case_destination_is_no_figure() {
        assert!(run("The 6.18 train to Pellow Cross was late.").is_empty());
        assert!(run("Staff cut the 21.40 service from Marlcombe.").is_empty());
        assert!(run("Ria Tolm takes the 7.05 to town.").is_empty());
        assert!(run("He missed the 9.52 from the harbour.").is_empty());
        assert_eq!(run("It was the 8.75 train.").len(), 1);
        assert_eq!(run("It was the 25.10 ferry.").len(), 1);
        assert_eq!(
            run("Shares moved from the 3.25 to the 4.10 level.").len(),
            2
        );
    }

    #[test]
    fn a_size_compound_of_persons_counts_people() {
        let unit = |text: &str| one(text).unit;
        let people = Some("people".to_string());
        assert_eq!(unit("A 9-man side held on."), people);
        assert_eq!(unit("They sent a four-woman crew."), people);
        assert_eq!(unit("A 14-person jury was sworn in."), people);
        assert_eq!(unit("A 60-strong delegation of growers came."), people);
        assert_eq!(unit("An 11-member expert panel met."), people);
        assert_eq!(unit("The 300-strong fleet sailed."), None);
        assert_eq!(
            unit("The 31-member alliance met."),
            Some("members".to_string())
        );
    }

    #[test]
    fn a_qualifier_ending_the_clause_after_a_comma() {
        let n = one("- 4,000 goats gone, at least");
        assert_eq!(n.qualifier.as_deref(), Some("at least"));
        let n = one("They sold 40 kites, at most.");
        assert_eq!(n.qualifier.as_deref(), Some("at most"));
        let found = run("He kicked 4 goals, at least one of them late.");
        assert_eq!(found[0].qualifier, None);
    }

    #[test]
    fn a_workforce_cut_by_a_bare_figure_counts_jobs() {
        assert_eq!(
            units("The mill cut its workforce by 1,400 in spring."),
            [some_unit("jobs")]
        );
        assert_eq!(units("Orvel trimmed staff by 90."), [some_unit("jobs")]);
        assert_eq!(units("Orvel trimmed hedges by 90."), [None]);
    }

    #[test]
    fn half_in_a_date_of_years_ago_is_no_number() {
        assert!(run("Half a year ago the yard was empty.").is_empty());
        assert!(run("Two and a half years ago the yard was empty.").is_empty());
    }
    #[test]
    fn light_years_however_their_words_are_joined() {
        let ly = Some("light-years");
        check(
            "Vorn lies 2,400 light years off.",
            "2,400",
            Some(2400.0),
            ly,
        );
        check(
            "Vorn lies 2,400 light-years off.",
            "2,400",
            Some(2400.0),
            ly,
        );
        check("Vorn lies 1 light year off.", "1", Some(1.0), ly);
        check("It is a 9 light-year trip.", "9", Some(9.0), ly);
        check(
            "They ran 9 years in the light.",
            "9",
            Some(9.0),
            Some("years"),
        );
    }

    #[test]
    fn multiples_are_counted_in_times() {
        let times = Some("times");
        check(
            "Vorn is 12 times the width of the road.",
            "12",
            Some(12.0),
            times,
        );
        check("Vorn is 1.4 times as massive.", "1.4", Some(1.4), times);
        check(
            "Its mass is 0.7 times that of Saturn.",
            "0.7",
            Some(0.7),
            times,
        );
        check(
            "Rents are five times higher than in Tolm.",
            "five",
            Some(5.0),
            times,
        );
        check(
            "She earns three times his salary.",
            "three",
            Some(3.0),
            times,
        );
        check(
            "They built three times as many boats.",
            "three",
            Some(3.0),
            times,
        );
    }

    #[test]
    fn occasions_counted_in_times_are_no_multiples() {
        check("The clip was viewed 50m times.", "50m", Some(5e7), None);
        check(
            "Voss was fined three times that week.",
            "three",
            Some(3.0),
            None,
        );
        check(
            "Voss was fined three times the following year.",
            "three",
            Some(3.0),
            None,
        );
        check(
            "We met him more than 40 times, she said.",
            "40",
            Some(40.0),
            None,
        );
    }

    #[test]
    fn astronomical_units_are_one_unit() {
        let au = Some("astronomical units");
        check(
            "Vorn orbits at 38 astronomical units.",
            "38",
            Some(38.0),
            au,
        );
        check("Vorn orbits at 1 astronomical unit.", "1", Some(1.0), au);
        check(
            "Vorn orbits at two astronomical units.",
            "two",
            Some(2.0),
            au,
        );
        // Other units a figure counts stay what they are.
        check(
            "The firm sold 38 storage units.",
            "38",
            Some(38.0),
            Some("units"),
        );
    }

    #[test]
    fn temperatures_of_four_digits_glued_to_their_scale() {
        check(
            "The kiln runs at 1,450C.",
            "1,450C",
            Some(1450.0),
            Some("°C"),
        );
        check("The kiln runs at 1450C.", "1450C", Some(1450.0), Some("°C"));
        check(
            "The kiln runs at 2,640F.",
            "2,640F",
            Some(2640.0),
            Some("°F"),
        );
        check("The kiln runs at 1750F.", "1750F", Some(1750.0), Some("°F"));
        // A year with a forecast's letter and a long code are no temperatures.
        assert!(run("Sales rose in 2026F.").iter().all(|n| n.unit.is_none()));
        assert!(run("Ask for part 40417C today.").is_empty());
    }

    #[test]
    fn a_verb_after_a_same_form_plural_is_no_counted_noun() {
        let staff = Some("staff");
        check(
            "A vote of 250 kitchen staff ends on Friday.",
            "250",
            Some(250.0),
            staff,
        );
        check(
            "A vote of 250 staff ends on Friday.",
            "250",
            Some(250.0),
            staff,
        );
        check(
            "Some 40 crew members flew.",
            "40",
            Some(40.0),
            Some("members"),
        );
        check(
            "Some 40 farm workers left.",
            "40",
            Some(40.0),
            Some("workers"),
        );
    }

    #[test]
    fn ages_of_things_in_millions_of_years_are_no_ages() {
        let none: Vec<Vec<String>> = vec![vec![]];
        assert_eq!(flags_of("The reef is 5m years old."), none);
        assert_eq!(flags_of("The reef is 5 million years old."), none);
        assert_eq!(flags_of("The yew is 400 years old."), none);
        assert_eq!(
            flags_of("Tam Oduya is 41 years old."),
            [vec!["age".to_string()]]
        );
        assert_eq!(flags_of("He is a 41-year-old."), [vec!["age".to_string()]]);
    }

    #[test]
    fn year_old_compounds_give_the_age_of_a_thing() {
        let age = vec![vec!["age".to_string()]];
        assert_eq!(flags_of("A 300-year-old yew fell on Tuesday."), age);
        assert_eq!(flags_of("It is a 3bn-year-old crater."), age);
        assert_eq!(flags_of("The 1,200-year-old abbey shut."), age);
        assert_eq!(flags_of("A four-hundred-year-old yew fell."), age);
        // A span of years told without the compound is no age of a thing.
        let none: Vec<Vec<String>> = vec![vec![]];
        assert_eq!(flags_of("The abbey stood for 1,200 years."), none);
    }

    #[test]
    fn places_in_a_table_are_no_counts() {
        assert!(run("Cobb sit in the top half.").is_empty());
        assert!(run("Cobb sit in the bottom half.").is_empty());
        assert_eq!(
            units("Cobb are 9 points off the top six."),
            [some_unit("points")]
        );
        assert!(run("Cobb fell into the bottom three.").is_empty());
        // A count of things at the top stays.
        assert_eq!(units("The top four clubs voted."), [some_unit("clubs")]);
    }

    #[test]
    fn places_in_a_table_in_digits_are_no_counts() {
        assert!(run("Cobb finished in the top 10.").is_empty());
        assert!(run("Cobb fell into the bottom 3 on Sunday.").is_empty());
        assert_eq!(
            units("Cobb are 9 points off the top 6."),
            [some_unit("points")]
        );
        // A count of things at the top, or a share of them, stays.
        assert_eq!(units("The top 20 clubs voted."), [some_unit("clubs")]);
        assert_eq!(
            units("The top 10% of earners paid more."),
            [some_unit("percent")]
        );
    }

    #[test]
    fn bare_millions_compared_with_a_sum_take_its_money() {
        let found = run("Turnover at Pellworth rose to £64m, up from 51m.");
        assert_eq!(found[1].text, "51m");
        assert_eq!(found[1].value, Some(51e6));
        assert_eq!(found[1].unit.as_deref(), Some("GBP"));
        let reached = run("Sales at Vantry climbed to $19m from 12m.");
        assert_eq!(reached[1].value, Some(12e6));
        assert_eq!(reached[1].unit.as_deref(), Some("USD"));
        // Lengths compared stay lengths, and a figure in "m" after a sum in thousands too.
        let wall = run("The dyke is now 14m, up from 9m.");
        assert_eq!(wall[1].unit.as_deref(), Some("m"));
        let small = run("The grant was £9,000, up from 7m.");
        assert_eq!(small[1].unit.as_deref(), Some("m"));
    }

    #[test]
    fn times_before_a_comparative_or_a_valuation_base_is_a_multiple() {
        check(
            "Falls were four times higher in the valley.",
            "four",
            Some(4.0),
            Some("times"),
        );
        check(
            "Orvell trades on 31 times earnings.",
            "31",
            Some(31.0),
            Some("times"),
        );
        check(
            "The bid values Kessling at 14 times forward profits.",
            "14",
            Some(14.0),
            Some("times"),
        );
        // Occasions stay counts of occasions.
        check("He was stopped 12 times in a year.", "12", Some(12.0), None);
    }

    #[test]
    fn spelled_small_end_and_larger_end_in_digits_make_one_range() {
        let found = run("Clinics saw children aged between two and 14 on Saturday.");
        let texts: Vec<&str> = found.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["two", "14"]);
        for n in &found {
            assert_eq!(n.flags, ["range", "age"], "{n:?}");
        }
        let one_to = run("Between one and 12 walkers were rescued.");
        assert_eq!(one_to.len(), 2, "{one_to:?}");
        assert!(one_to
            .iter()
            .all(|n| n.flags.contains(&"range".to_string())));
        // A clock time is no range.
        let clock = run("The ferry left at five to 11.");
        assert!(clock.iter().all(|n| n.flags.is_empty()), "{clock:?}");
    }

    #[test]
    fn under_or_over_after_a_noun_of_people_bounds_an_age() {
        for text in [
            "Toddlers under four were kept indoors.",
            "Patients included people over 70 from Brenmoor.",
            "Those aged under 16 travel free.",
        ] {
            let n = one(text);
            assert!(n.flags.contains(&"age".to_string()), "{text}: {n:?}");
        }
        // Counts and measures after "over" are no ages.
        for text in [
            "Over 40 people came to the fair.",
            "The vans carried over 30 crates.",
            "Boys under 12 kg were weighed again.",
        ] {
            let found = run(text);
            assert!(
                found.iter().all(|n| !n.flags.contains(&"age".to_string())),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn count_subject_takes_the_head_of_a_compound_of_plurals() {
        check(
            "The number of trainee chemistry tutors hired in Olvane was 315.",
            "315",
            Some(315.0),
            Some("tutors"),
        );
        // Not changed: a plural followed by a participle keeps its own noun.
        check(
            "The number of cyclists injured in Olvane rose to 41.",
            "41",
            Some(41.0),
            Some("cyclists"),
        );
    }

    #[test]
    fn count_subject_before_an_aside_of_attribution_or_which() {
        assert_eq!(
            units(
                "The number of cabins flooded, according to the harbour office, has risen to 31."
            ),
            [Some("cabins".into())]
        );
        assert_eq!(
            units("The number of farms affected, inspectors said, now stands at 58."),
            [Some("farms".into())]
        );
        assert_eq!(
            units("The death toll, which was 9 at dawn, climbed again by noon."),
            [Some("people".into())]
        );
        // An aside that attributes nothing, or "which" after another noun, changes nothing.
        assert_eq!(
            units("The number of cabins flooded, in a blow to the town, has risen to 31."),
            [None]
        );
        assert_eq!(
            units("The fare, which stood at 17 on Friday, rose."),
            [None]
        );
    }

    #[test]
    fn a_figure_of_them_counts_the_nearest_earlier_count_of_things() {
        assert_eq!(
            units("The guild runs 80 kilns and 25 of them will close."),
            [Some("kilns".into()), Some("kilns".into())]
        );
        assert_eq!(
            units("Vela polled 12 towns. Nine of those voted no."),
            [Some("towns".into()), Some("towns".into())]
        );
        // Money and shares are passed over for the count before them.
        assert_eq!(
            units("Orla keeps 40 hives worth £9,000, 30% of the total, and 6 of them failed."),
            [
                Some("hives".into()),
                Some("GBP".into()),
                Some("percent".into()),
                Some("hives".into())
            ]
        );
    }

    #[test]
    fn a_figure_of_them_lends_nothing_without_a_larger_count_before_it() {
        // Not changed: the nearest count is smaller than the part.
        assert_eq!(
            units("Tam has 2 sons and 3 daughters, and 4 of them live in Oslo."),
            [Some("sons".into()), Some("daughters".into()), None]
        );
        // Not changed: only a measure stands before it.
        assert_eq!(
            units("Rhun ran 12 miles and 3 of them were uphill."),
            [Some("miles".into()), None]
        );
        // Not changed: a count in another paragraph.
        assert_eq!(
            units("Pell has 50 ferries.\n\nAnd 9 of them sank."),
            [Some("ferries".into()), None]
        );
    }

    #[test]
    fn per_cent_after_a_hyphened_odd_or_plus_is_a_percentage() {
        check(
            "Turnout reached 70-odd per cent in Dunmere.",
            "70-odd",
            Some(70.0),
            Some("percent"),
        );
        check(
            "Fares rose by 20-plus percent.",
            "20-plus",
            Some(20.0),
            Some("percent"),
        );
        assert_eq!(
            one("Turnout reached 70-odd per cent.").qualifier,
            Some("odd".into())
        );
        // Not changed: a noun after the hyphened word is still what is counted.
        check(
            "Some 70-odd percussionists came.",
            "70-odd",
            Some(70.0),
            Some("percussionists"),
        );
    }

    #[test]
    fn a_hyphened_odd_replaces_an_estimate_word_before_the_figure() {
        let qualifier = |text: &str| one(text).qualifier;
        assert_eq!(qualifier("Some 30-odd dairies shut."), Some("odd".into()));
        assert_eq!(
            qualifier("Around 600-odd pickers came."),
            Some("odd".into())
        );
        // Not changed: a bound before the figure is kept.
        assert_eq!(
            qualifier("More than 30-odd dairies shut."),
            Some("More than".into())
        );
        assert_eq!(qualifier("Some 30 dairies shut."), Some("Some".into()));
    }

    #[test]
    fn a_career_step_before_at_and_a_figure_ending_the_clause_gives_an_age() {
        assert!(aged("Nell Ostrow joined the bakery at 19 and stayed."));
        assert!(aged("Nell Ostrow, who took up fencing at 44, won gold."));
        assert!(aged("Nell Ostrow qualified as a staff nurse at 24."));
        assert!(aged(
            "Nell Ostrow turned professional at 18 after leaving school."
        ));
        assert!(aged("Nell Ostrow started rowing at fourteen."));
        // Not changed: an hour of the clock, a figure going on, one with a unit, a count or sale
        // that starts, and a verb too far back.
        assert!(!aged("Nell Ostrow joined the vigil at 9."));
        assert!(!aged("Nell Ostrow joined the table at 40 below the cut."));
        assert!(!aged("Nell Ostrow joined the union at 30 per cent dues."));
        assert!(!aged("Bidding started at 50 and rose quickly."));
        assert!(!aged(
            "Nell Ostrow joined and then spent many long weeks away at 40."
        ));
    }

    #[test]
    fn years_old_in_words_and_a_life_event_give_an_age() {
        assert!(aged("Ilse Marr took up chess at nine years old."));
        assert!(aged("Ilse Marr retired at 61 from the mill."));
        assert!(aged("Ilse Marr left school at sixteen."));
        assert!(aged("Teo Vance married at 19 in Arbel."));
        // Not changed: an hour of the clock, and a span of years that is no age.
        assert!(!aged("Ilse Marr left home at 7 and drove north."));
        assert!(!aged("Ilse Marr left school at 3 that day."));
        assert!(!aged("The dye works stood for eight years."));
    }
    #[test]
    fn a_count_right_after_a_weekday_is_kept() {
        check(
            "On Tuesday 17 lorries were stopped.",
            "17",
            Some(17.0),
            Some("lorries"),
        );
        check("On Sunday 250 were turned away.", "250", Some(250.0), None);
    }

    #[test]
    fn a_day_of_the_month_after_a_weekday_is_no_count() {
        assert!(run("The fair opens on Tuesday 17 June.").is_empty());
        assert!(run("The fair opens on Tuesday 17th.").is_empty());
        assert!(run("The fair opens on Tuesday 17.").is_empty());
    }
    #[test]
    fn a_figure_after_a_superlative_of_age_and_be_is_the_age() {
        assert!(aged("The youngest apprentice was 17."));
        assert!(aged(
            "The eldest of the Moravec sisters was 91 when she died."
        ));
        assert!(aged(
            "The youngest player signed by the club will be 16 in May."
        ));
        assert!(aged("Ivo Dane, who is already 57, will not be affected."));
        assert!(aged("He was a lad of 17 at the time."));
    }

    #[test]
    fn a_superlative_of_age_over_a_clause_or_a_unit_tells_no_age() {
        assert!(!aged("The oldest bridge is 300 years old."));
        assert!(!aged("The oldest bridge is 300."));
        assert!(!aged("The youngest team, Varo, is 14 clear."));
        assert!(!aged("The oldest firm. Its score is 45."));
        assert!(!aged("The youngest firm's share rises to 45."));
    }
    #[test]
    fn a_fraction_of_a_measure_is_in_that_measure() {
        check(
            "She won by a tenth of a second.",
            "a tenth",
            Some(0.1),
            Some("second"),
        );
        check(
            "He was three hundredths of a second slower.",
            "three hundredths",
            Some(0.03),
            Some("second"),
        );
        check(
            "The boat led by half a length.",
            "half",
            Some(0.5),
            Some("length"),
        );
        check(
            "They won by a length and a half.",
            "a length and a half",
            Some(1.5),
            Some("lengths"),
        );
    }

    #[test]
    fn a_fraction_of_no_measure_takes_no_unit() {
        check(
            "A third of a pupil's day is lost.",
            "A third",
            Some(1.0 / 3.0),
            None,
        );
        check(
            "A quarter of a mile-long wall fell.",
            "A quarter",
            Some(0.25),
            None,
        );
        assert!(run("The hundredth anniversary came.").is_empty());
    }
    #[test]
    fn a_number_word_after_a_strict_label_noun_is_a_label() {
        assert!(run("Crews answered category two calls first.").is_empty());
        assert!(run("Nurses treat type one diabetes.").is_empty());
    }

    #[test]
    fn a_number_word_after_other_nouns_still_counts() {
        check(
            "Each category has two leaders.",
            "two",
            Some(2.0),
            Some("leaders"),
        );
        check(
            "In the category of two calls a day, firms failed.",
            "two",
            Some(2.0),
            Some("calls"),
        );
    }
}

#[cfg(test)]
mod casualty_price_rate_tests {
    use super::*;

    fn units(text: &str) -> Vec<Option<String>> {
        let layout = crate::segment::segment(text);
        let dates = super::super::dates::extract(text, &layout, None);
        extract(text, &layout, &dates)
            .into_iter()
            .map(|n| n.unit)
            .collect()
    }

    fn some(unit: &str) -> Option<String> {
        Some(unit.to_string())
    }

    #[test]
    fn toll_with_a_phrase_of_what_it_counts() {
        assert_eq!(
            units("The toll from the flooding climbed to 27."),
            [some("people")]
        );
        assert_eq!(units("The number of dead rose to 27."), [some("people")]);
    }

    #[test]
    fn count_followed_by_a_casualty_state() {
        assert_eq!(
            units("Rescuers said 8 were dead and 23 injured."),
            [some("people"), some("people")]
        );
        assert_eq!(
            units("At least 9 dead as ferry capsizes."),
            [some("people")]
        );
        assert_eq!(
            units("Of the 60 goats, 9 died."),
            [some("goats"), some("goats")]
        );
        assert_eq!(units("The voters were 9 were dead set against it."), [None]);
    }

    #[test]
    fn short_prefix_amount_in_a_unit_price() {
        assert_eq!(
            units("Diesel rose from N820 to N905 per litre."),
            [some("NGN"), some("NGN")]
        );
        assert_eq!(units("Rice sold for about N310 a kg."), [some("NGN")]);
        assert!(units("Nurses wore N95 masks.").is_empty());
    }

    #[test]
    fn shilling_with_its_country() {
        assert_eq!(units("Fees were 8,500 Ugandan shillings."), [some("UGX")]);
    }

    #[test]
    fn exchange_rate_in_the_currency_named() {
        assert_eq!(units("The cedi slid to 15 per dollar."), [None]);
        assert_eq!(units("The rupee slid to 91 to the dollar."), [some("INR")]);
        assert_eq!(units("He sold 40 to the dollar store."), [None]);
    }
}
