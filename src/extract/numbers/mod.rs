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
use crate::lexicon::function_words::{
    is_function_word, CLAUSE_OPENING_CONJUNCTIONS, PHRASE_LINKS, PLURAL_DEMONSTRATIVES,
    RELATIVE_PRONOUNS,
};
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
    ELLIPSIS_BE_FORMS, ELLIPSIS_LINKS, ESTIMATE_QUALIFIERS, EXTREME_SUPERLATIVES, FAMILY_NOUNS,
    FIGURE_OPENING_VERBS, FINANCE_NOUNS_AFTER_OF, FRACTION_FOLLOWERS, FRACTION_WORDS,
    FURTHER_WORDS, GLUED_CURRENCY_PREFIXES, GOAL_VERBS, HALF_COMPOUNDS, HALF_SPACED_IDIOMS,
    HARM_PARTICIPLES, HYPHENED_COUNT_PLURALS, IDENTIFIER_HEADS, INVARIANT_PLURALS,
    INVARIANT_PLURAL_ENDINGS, IRREGULAR_MEASURE_PLURALS, LABEL_NOUNS, LENGTH_CONTEXT_WORDS,
    LENGTH_MODIFIERS, LIFE_EVENT_AGE_LEADS, MAGNITUDE, MAX_AGE, MAX_BOWLING_WICKETS,
    MAX_CAREER_STEP_GAP, MAX_CLOCK_HOUR, MAX_PENCE, MAX_STORM_CATEGORY, MEASURES_NAMED_AFTER,
    MEASURES_NAMED_BEFORE, MEASURE_PLURALS, MEASURE_SUFFIXES, MEASURE_SYMBOLS, MILLIBARS_SUFFIX,
    MILLION_COUNTED_WORDS, MINOR_CURRENCY_WORDS, MIN_AGE_OF_A_THING, MODIFIER_JOINERS,
    MONEY_WORDS_BEFORE, MORE_HARMED_WORDS, MULTIPLE_LEADS, MULTIPLE_WORD, NAMED_GROUP_OPENERS,
    NANOMETRE_WORDS, NAUTICAL_MILES, NAUTICAL_WORDS, NM_CONTEXT_BYTES, NM_SUFFIX,
    NON_MEASURE_UNITS, NON_PLURAL_ENDINGS, NUMBER_IDIOMS, NUMBER_KIND_NOUNS, NUMBER_WORDS,
    OBJECT_PRONOUNS, OUTNUMBER_VERBS, OVER_PARTICLE_VERBS, OVER_SPAN_WORDS, PENCE_SUFFIX,
    PENCE_WORD, PEOPLES_IN_IS, PERCENTAGE_POINTS, PERIOD_HALF_OPENERS, PHONE_CALL_NOUNS,
    PHONE_LEADS, PHONE_LINKS, PHONE_VERBS, POINT_SPELLINGS, POUNDS, POUNDS_CODE, QUAKE_WORDS,
    QUALIFIED_CURRENCY_NAMES, QUALIFIERS, QUALIFYING_SUFFIXES, QUANTITY_OPENERS, QUANTITY_WORDS,
    RACE_EVENT_NOUNS, RACE_MEASURES, RACE_NOUNS, RANGE_VERBS, RATE_MOVE_NOUNS, RATE_WORDS,
    SAME_FORM_COMPOUND_HEADS, SAME_FORM_PLURALS, SCALE_COMPOUNDS, SCALE_SUFFIXES, SCALE_WORDS,
    SCORE_RESULT_WORDS, SCORE_VENUES, SCORE_VERBS, SECONDS_SUFFIX, SECOND_SPEED_UNITS,
    SERIES_CODES, SIGNED_UNITS, SINGULAR_MEN_WORDS, SINGULAR_VERBS, SPACEABLE_CURRENCY_SIGNS,
    SPACED_MEASURES, SPACED_SCALE_SUFFIXES, SPAN_TIME_UNITS, SPEED_UNITS, SPELLED_TWO_WORD_UNITS,
    STATISTIC_ABBREVIATIONS, STORM_CATEGORY, STORM_WORDS, STREET_BLOCK_NOUN, STREET_WORDS,
    TABLE_END_WORDS, TEMPERATURE_WORDS, TIME_ABBREVIATIONS, TWO_WORD_UNITS, UNIT_SPELLINGS,
    UNIT_STOP_WORDS, UP_PARTICLE_VERBS, VAGUE_AMOUNTS, VOTE_NOUNS, VOTE_RESULT_VERBS, VOTE_VERBS,
    WHOLE_POINT_WORDS, WON, WON_CODE, WORKFORCE_CUT_VERBS, WORKFORCE_UNITS, ZERO_IDIOM_OPENERS,
};
use crate::lexicon::numbers::{
    ABOUT_APPROXIMATION_PREPOSITIONS, AMOUNT_LINK_VERBS, CASUALTY_UNIT, COUNT_OF_NOUNS,
    CROWD_NOUNS, CROWD_WORDS, DISPLACING_VERBS, ESTIMATE_VERBS, FROM_CHANGE_WORDS, HARM_VERBS,
    LEVEL_PARTICLES, MONEY_NOUNS, ORDINAL_WORDS, STANDING_PREPOSITIONS, STRICT_LABEL_NOUNS,
    TOLL_LINK_WORDS, TOLL_NOUNS,
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
    CASUALTY_CONDITIONS, PARALLEL_ELLIPSIS_LINKS, PARALLEL_FOLLOWERS,
    PARALLEL_MEASURE_PREPOSITIONS, PARALLEL_PHRASE_PREPOSITIONS,
};
use crate::lexicon::numbers::{
    CASUALTY_STATES, CASUALTY_STATE_MODIFIERS, CASUALTY_STATE_VERBS, EXCHANGE_RATE_LINKS,
    PRICE_LINKS, PRICE_NOUNS, PRICE_PHRASES_BEFORE, TOLL_PHRASE_PREPOSITIONS, UNIT_PRICE_MEASURES,
};
use crate::lexicon::numbers::{RUPEE_COUNTRIES, RUPEE_COUNTRY_NON_MENTIONS, RUPEE_WORDS};
use crate::lexicon::person_titles::{
    FEMALE_NOUNS, MALE_NOUNS, PEOPLE_NOUNS_OPENING_SENTENCE, TITLE_WORDS,
};
use crate::lexicon::reporting::{
    CUE_WORDS, FINITE_AUXILIARIES, IRREGULAR_PAST_PARTICIPLES, IRREGULAR_PAST_VERBS, MODAL_VERBS,
    POSSESSIVE_DETERMINERS,
};
use crate::lexicon::sentence_starters;
use crate::model::{DateMention, Number, Span};
use crate::segment::Layout;

mod carried_units;
mod guards;
mod interpret;
mod measures;
mod money;
mod passes;
mod patterns;
mod units;
mod words;

use carried_units::*;
use guards::*;
use interpret::*;
use measures::*;
use money::*;
use passes::*;
use patterns::*;
use units::*;
use words::*;

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
    // Where the figures of the paragraph before the current one start in `found`.
    let mut previous_paragraph = 0;
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
        displaced_units(text, &mut block);
        workforce_units(text, &mut block);
        subject_units(text, &mut block);
        count_subject_units(text, &mut block);
        count_object_units(text, &mut block);
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
        superlative_elided_units(text, &mut block);
        standing_elided_units(text, &mut block);
        casualty_states(text, &mut block);
        group_part_units(text, &mut block);
        age_bands(text, &mut block);
        points_as_percentage_points(text, &mut block);
        elided_head_units(text, &mut block);
        parallel_elided_units(text, &mut block);
        carry_partitive_pronoun_units(text, &mut block, &found[previous_paragraph..]);
        pro_form_units(&mut block);
        pro_form_subject_units(text, &mut block);
        others_units(text, &mut block);
        drop_spans_of_time(text, &mut block);
        let mut block = join_pairs(text, block);
        qualify_after(text, &mut block);
        previous_paragraph = found.len();
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

#[cfg(test)]
mod tests;
