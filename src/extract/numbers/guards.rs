//! Checks of a candidate's surroundings that make it no figure or change its reading: identifiers,
//! scores, phone numbers, addresses, labels, model names, dates and race times.

use super::*;

/// Whether the number word is a "zero" that counts nothing: "net zero", "ground zero", or the
/// first part of a compound adjective ("zero-tolerance", "zero-emission").
pub(super) fn is_zero_idiom(context: &Context<'_>) -> bool {
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
pub(super) fn is_code_number(number: &str, letter: Option<&str>) -> bool {
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
pub(super) fn after_half(surface: &str) -> Option<&str> {
    surface
        .get(..5)
        .filter(|head| head.eq_ignore_ascii_case("half-"))
        .and_then(|_| surface.get(5..))
}

/// Whether the "half" at byte `at` is a part of a period or a game ("the first half").
pub(super) fn is_period_half(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, previous)| {
        PERIOD_HALF_OPENERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(previous))
    })
}

/// Whether the text before a word, spaces aside, is empty or ends in one of `marks` (the
/// word opens a sentence).
pub(super) fn ends_in_one_of(earlier: &str, marks: &[char]) -> bool {
    earlier
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| marks.contains(&c))
}

/// The letters of the word standing before byte `at` with white space between them, and the
/// text before that word (within 40 bytes); `None` when no space comes right before `at`.
pub(super) fn word_before<'c>(context: &'c Context<'_>, at: usize) -> Option<(&'c str, &'c str)> {
    let rest = context
        .before(at, 40)
        .strip_suffix(' ')?
        .trim_end_matches(' ');
    split_last_word(rest)
}

/// `text` cut before its last run of letters: what comes before, and the word.
pub(super) fn split_last_word(text: &str) -> Option<(&str, &str)> {
    let word_start = text
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some((text.get(..word_start)?, text.get(word_start..)?))
}

/// Whether "the" and one of [`TABLE_END_WORDS`] stand right before byte `at` ("the top").
pub(super) fn follows_a_table_end(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(earlier, word)| {
        TABLE_END_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
            && earlier
                .strip_suffix(' ')
                .and_then(split_last_word)
                .is_some_and(|(_, the)| the.eq_ignore_ascii_case("the"))
    })
}

/// A scale named before its figure ("magnitude 6.8", "a magnitude-7 quake"): the unit.
pub(super) fn measure_named_before(context: &Context<'_>, at: usize) -> Option<String> {
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
pub(super) fn is_object_of_its_subject(
    context: &Context<'_>,
    start: usize,
    end: usize,
    unit: &str,
) -> bool {
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
pub(super) fn measure_named_after(context: &Context<'_>, at: usize) -> Option<String> {
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
pub(super) fn temperature_scale_after(context: &Context<'_>, at: usize) -> Option<&'static str> {
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
pub(super) fn speed_after(context: &Context<'_>, at: usize) -> Option<&'static str> {
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
pub(super) fn minus_before(context: &Context<'_>, at: usize) -> Option<usize> {
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
pub(super) fn is_score(context: &Context<'_>, start: usize, end: usize, unitless: bool) -> bool {
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
pub(super) fn minus_word_is_sign(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn in_hyphened_share(context: &Context<'_>) -> bool {
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
pub(super) fn is_identifier(context: &Context<'_>) -> bool {
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
pub(super) fn race_time(context: &Context<'_>) -> Option<Found> {
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
pub(super) fn names_a_group(context: &Context<'_>) -> bool {
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
pub(super) fn letter_suffix(surface: &str) -> Option<&str> {
    let figure = surface.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &surface[figure.len()..];
    (!suffix.is_empty() && figure.ends_with(|c: char| c.is_ascii_digit())).then_some(suffix)
}

/// Whether the candidate's letter suffix is repeated on a figure across a dash ("2m-3m",
/// "10km-15km", "€1bn-€2bn"): before it (it is the second end of such a range) and after it
/// (it is the first end). Such a dash joins a range, not the parts of a code.
pub(super) fn suffix_repeated_across_dash(context: &Context<'_>) -> (bool, bool) {
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
pub(super) fn glued_concentration(after: &str) -> Option<&'static str> {
    CONCENTRATION_UNITS
        .iter()
        .find(|(spelling, _)| phrase_at(after, spelling).is_some())
        .map(|(_, unit)| *unit)
}

/// "a 5.2 tremor", "a 4.9 aftershock": a decimal figure below [`MAX_MAGNITUDE`] right before one
/// of [`QUAKE_WORDS`] is the quake's magnitude, as "magnitude 5.2" is.
pub(super) fn quake_magnitude(
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
pub(super) fn quake_word_after(context: &Context<'_>, at: usize) -> bool {
    first_word_after(context, at).is_some_and(|w| QUAKE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether one of [`TEMPERATURE_WORDS`] stands in the text shortly before the candidate.
pub(super) fn temperature_talk_before(context: &Context<'_>) -> bool {
    context
        .before(context.span.start, TEMPERATURE_CONTEXT_BYTES)
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| TEMPERATURE_WORDS.contains(&w))
}

/// How far back words of temperature make a glued "c" the Celsius scale, in bytes.
pub(super) const TEMPERATURE_CONTEXT_BYTES: usize = 80;

/// "a 2023 analysis", "the 2019 election": a year right before one of [`DATED_NOUNS`] dates the
/// thing and counts nothing.
pub(super) fn names_a_dated_thing(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn magnitude_prefix(context: &Context<'_>, at: usize) -> bool {
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
pub(super) const MAX_MAGNITUDE: f64 = 10.0;

/// Whether a latitude ("25.3N", "12°S") stands just before byte `at`, set off by a space or a
/// comma.
pub(super) fn follows_a_latitude(context: &Context<'_>, at: usize) -> bool {
    context
        .before(at, 16)
        .trim_end_matches([' ', ','])
        .strip_suffix(['N', 'S'])
        .map(|b| b.trim_end_matches('°'))
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// The unit a measure hyphened to a figure is written as: the plural that a figure above one
/// takes when spaced ("a 10-mile walk" is in "miles", "a 3-day visit" in "days", "a
/// 12-foot wall" in "feet"); a multiple in [`crate::lexicon::numbers::MULTIPLE_SUFFIX`] ("a
/// three-fold rise") is in [`MULTIPLE_WORD`], as "three times higher" is; any other word as it
/// stands.
pub(super) fn measure_in_plural(word: &str, value: Option<f64>) -> String {
    if word.eq_ignore_ascii_case(crate::lexicon::numbers::MULTIPLE_SUFFIX) {
        return MULTIPLE_WORD.to_string();
    }
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
pub(super) fn first_word_after<'c>(context: &'c Context<'_>, at: usize) -> Option<&'c str> {
    let rest = context.after(at, 24).strip_prefix(' ')?;
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .filter(|w| !w.is_empty())?;
    Some(word)
}

/// Whether the word right before byte `at` names a thing by the number after it: one of
/// [`IDENTIFIER_HEADS`] in any case, or of [`CAPITALISED_IDENTIFIER_HEADS`] capitalised.
pub(super) fn follows_an_identifier_head(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, word)| {
        CAPITALISED_IDENTIFIER_HEADS.contains(&word)
            || CAPITALISED_PROVISION_HEADS.contains(&word)
            || IDENTIFIER_HEADS.contains(&word.to_lowercase().as_str())
    })
}

/// Whether the word right before byte `at` labels things by number ("seat", "row"), or is the
/// plural of such a word ("sections 302").
pub(super) fn follows_a_label_noun(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, word)| {
        let lower = word.to_lowercase();
        LABEL_NOUNS.contains(&lower.as_str())
            || lower
                .strip_suffix('s')
                .is_some_and(|stem| LABEL_NOUNS.contains(&stem))
    })
}

/// Whether a bare whole number between "the" and one of [`LABEL_NOUNS`] in the singular names
/// that thing ("the 505 class", "the 7 line"): a count of more than one would take the plural.
pub(super) fn precedes_a_label_noun(context: &Context<'_>, number: Span, value: f64) -> bool {
    let after_the = word_before(context, number.start)
        .is_some_and(|(_, word)| word.eq_ignore_ascii_case("the"));
    // "the 12 class-leading boats": a hyphen makes the noun part of another word.
    let label = first_word_after(context, number.end).filter(|word| {
        LABEL_NOUNS.contains(word)
            && !context
                .after(number.end + 1 + word.len(), 1)
                .starts_with('-')
    });
    value > 1.0 && after_the && label.is_some()
}

/// Most figures before a number in a list after a label noun ("sections 302, 307 and 34").
pub(super) const MAX_LABEL_LIST: usize = 8;

/// Whether a list of whole numbers after a label noun leads to byte `at` ("sections 302, 307
/// and 34", "counts 2, 5 and 7"): the later numbers are labels as the first is.
pub(super) fn follows_a_label_list(context: &Context<'_>, at: usize) -> bool {
    follows_a_list_after(context, at, follows_a_label_noun)
}

/// Whether the word right before byte `at` is a verb of dialling ("call 999", "ring 111").
pub(super) fn follows_a_phone_verb(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at)
        .is_some_and(|(_, verb)| PHONE_VERBS.contains(&verb.to_lowercase().as_str()))
}

/// Whether a list of whole numbers leads to byte `at` whose first figure stands where `head`
/// holds ("sections 302, 307 and 34" after a label noun, "call 999 or 111" after a verb of
/// dialling).
pub(super) fn follows_a_list_after(
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
pub(super) const MAX_LIST_MARKER_DIGITS: usize = 2;

/// Whether a small whole number opens a line as the marker of an item in a list: "1. The board
/// will…", "2) Landlords must…", "(3) The scheme…", a capital letter after it.
pub(super) fn is_list_marker(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn is_model_name(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn opens_with_a_name(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn singular_verb_after(context: &Context<'_>, at: usize) -> bool {
    first_word_after(context, at).is_some_and(|word| SINGULAR_VERBS.contains(&word))
}

/// Whether the word right before byte `at` opens its sentence and is a product's name with a
/// capital inside after a lower-case letter ("KiteOS", "PowerBook"): the decimal after it is a
/// version, as it is inside a sentence.
pub(super) fn opens_with_a_product_name(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn is_title_of_measure(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn points_as_percentage_points(text: &str, found: &mut [Found]) {
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
pub(super) fn precedes_a_model_name(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn is_phone_number_named(context: &Context<'_>, number: Span) -> bool {
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
pub(super) const STORM_REACH: usize = 120;

/// Whether the figure at `number` is a storm's category: "category" right before it, spaced or
/// hyphened ("a Category 4 hurricane", "a category-five typhoon"), a figure from one to five,
/// and a word of a storm in its sentence.
pub(super) fn is_storm_category(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn is_local_phone_number(
    caps: &Captures<'_>,
    context: &Context<'_>,
    number: Span,
) -> bool {
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
pub(super) fn is_street_block(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn follows_a_name(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn counts_after_a_month(
    context: &Context<'_>,
    at: usize,
    earlier: &str,
    month: &str,
) -> bool {
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
pub(super) fn counts_after_a_weekday(context: &Context<'_>, at: usize, day: &str) -> bool {
    if !crate::lexicon::calendar::WEEKDAYS.contains(&day) {
        return false;
    }
    let digits = digits_at(context, at);
    past_any_day(digits) || counted_noun(context, at + digits.len(), false).is_some()
}

/// The run of ASCII digits starting at byte `at` (at most 12 bytes of it).
pub(super) fn digits_at<'c>(context: &'c Context<'_>, at: usize) -> &'c str {
    let figure = context.after(at, 12);
    figure
        .find(|c: char| !c.is_ascii_digit())
        .map_or(figure, |end| &figure[..end])
}

/// Whether `digits` is a whole number past the last day any month has.
pub(super) fn past_any_day(digits: &str) -> bool {
    digits.parse::<u32>().is_ok_and(|v| v > MAX_MONTH_DAY)
}

/// The number of a month whose name is also a woman's name.
pub(super) const MAY: i8 = 5;

/// The last day any month has.
pub(super) const MAX_MONTH_DAY: u32 = 31;

/// The whole number written in digits at the end of `text` (after its last space), if any.
pub(super) fn split_last_number(text: &str) -> Option<u32> {
    let last = text.rsplit(' ').next()?;
    if last.is_empty() || !last.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    last.parse().ok()
}

/// Whether the figure at byte `at`, after one of [`STATISTIC_ABBREVIATIONS`], is that measure's
/// value: a decimal ("HR 0.77") or the first end of a range ("CI 12 to 18", "CI 12-18"); a whole
/// figure alone may still be a name's number ("HR 1", a bill).
pub(super) fn measures_a_statistic(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn follows_number_abbreviation(context: &Context<'_>, at: usize) -> bool {
    let before = context.before(at, 8);
    before.ends_with(" No. ") || before.ends_with(" Nos. ")
}

/// Whether the word right before byte `at` is a product's name, in lower case with a capital
/// inside ("iOS", "macOS", "iPhone"): the figure after it is its version or model.
pub(super) fn follows_a_product_name(context: &Context<'_>, at: usize) -> bool {
    word_before(context, at).is_some_and(|(_, word)| {
        word.starts_with(char::is_lowercase) && word.chars().any(char::is_uppercase)
    })
}

/// Whether a distance between an article and what follows it names a race: "won the 10k in
/// Boston", "a 5k run" (`kilo`, figures glued to "k"), or "the 100m final", "the 1500m heats" (a
/// measure of length before one of [`RACE_EVENT_NOUNS`]). `start` is where the figure starts,
/// `end` where its suffix ends.
pub(super) fn names_a_race(context: &Context<'_>, start: usize, end: usize, kilo: bool) -> bool {
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
pub(super) fn is_address(context: &Context<'_>, at: usize) -> bool {
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
pub(super) const MAX_HOUSE_NAME_WORDS: usize = 3;

/// Whether a bare number is a house number after a person: "of" before it follows a name
/// ("Tom Reed of 4 Mill View,") or an age set off by commas ("Tom Reed, 34, of 4 Mill View,"),
/// and one to [`MAX_HOUSE_NAME_WORDS`] capitalised words after it end in a comma. A count keeps
/// its lower-case noun ("one of 3 Big Tech firms").
pub(super) fn is_house_number(context: &Context<'_>, number: Span) -> bool {
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
