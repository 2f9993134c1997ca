//! Written numbers: number words, halves and fractions, percent words and ordinals.

use super::*;

/// Number words: "two", "Eighty", "two dozen", "a dozen", "one hundred and twenty", "two-day".
pub(super) fn number_words(context: &Context<'_>) -> Vec<Found> {
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
pub(super) fn first_number_words(context: &Context<'_>) -> (Vec<Found>, Option<usize>) {
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
    // "won race six", "on page two": a label noun before a number word that counts nothing.
    let label = unit.is_none()
        && follows_a_label_noun(context, span.start)
        && !first_word_after(context, span.end)
            .is_some_and(|word| word.eq_ignore_ascii_case(MULTIPLE_WORD));
    if (strict_label || label) && value.fract() == 0.0 && percent_end.is_none() {
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
    // "The youngest candidate was nine", "She was nine when": an age told by a form of "be",
    // as "was 9" is.
    let subject_age = || unit.is_none() && follows_a_subject_of_age(context, span, Some(value));
    let flags = if score {
        vec!["tally"]
    } else if age.is_some() || lead_age() || told_age() || subject_age() {
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
pub(super) fn is_one_measure(word: &str) -> bool {
    let plural = measure_in_plural(word, Some(2.0));
    plural != word
        && MEASURE_PLURALS.contains(&plural.as_str())
        && currency_named(word).is_none()
        && !NON_MEASURE_UNITS.contains(&word)
}

/// The unit of "half a" or "half an" and one unit of a measure after the "half" of `surface`
/// ending at byte `end`: "half an hour" is half of an hour, "half a mile" half of a mile.
pub(super) fn half_a_measure<'c>(
    context: &'c Context<'_>,
    surface: &str,
    end: usize,
) -> Option<&'c str> {
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
pub(super) fn fraction_of_a_measure<'c>(
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
pub(super) fn measure_and_a_half<'c>(
    context: &'c Context<'_>,
    at: usize,
) -> Option<(usize, &'c str)> {
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
pub(super) fn is_half_ago(context: &Context<'_>, span: Span) -> bool {
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
pub(super) fn cent_after_article(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn is_part_of_a_whole(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn fraction_of_a_percentage_point(
    context: &Context<'_>,
    at: usize,
    unit: Option<&str>,
) -> bool {
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
pub(super) fn is_quoted_name(context: &Context<'_>, span: Span) -> bool {
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
pub(super) fn percent_words_after(context: &Context<'_>, at: usize) -> Option<usize> {
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
pub(super) fn ordinal_follows(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn age_unit(compound: &str) -> Option<&'static str> {
    AGE_COMPOUNDS
        .iter()
        .find(|(word, _)| word.eq_ignore_ascii_case(compound))
        .map(|&(_, unit)| unit)
}

/// Most words between a size compound and the group of persons it counts ("a 12-member expert
/// panel").
pub(super) const GROUP_NOUN_REACH: usize = 2;

/// The unit of a figure that a word hyphened to it (`compound`, ending at byte `end`) makes a
/// count of persons: [`PERSON_COMPOUND_WORDS`] always ("a 10-man squad", "a 12-person jury"),
/// [`GROUP_SIZE_COMPOUND_WORDS`] when one of [`PERSON_GROUP_NOUNS`] follows within
/// [`GROUP_NOUN_REACH`] words ("a 40-strong delegation", not "a 300-strong fleet").
pub(super) fn person_compound_unit(
    context: &Context<'_>,
    compound: &str,
    end: usize,
) -> Option<&'static str> {
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
pub(super) fn fraction_of_a(words: &[String]) -> Option<(f64, usize)> {
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
