//! Passes over all of a document's figures: joined pairs and ranges, shares, elided units, scales
//! carried across a range, age bands.

use super::*;

/// Two numbers in a row that are one: "one in three adults", "1 in 5 children" (a share, worth
/// the first over the second, with the second's unit and the flag `share`), and "two and a half
/// years" (the whole and the half added, with the half's unit). A count of
/// [`CRICKET_SPAN_UNITS`] after "in" is the span a score was made in, no whole of a share ("287
/// for six in 50 overs").
pub(super) fn join_pairs(text: &str, found: Vec<Found>) -> Vec<Found> {
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
            if let Some((value, unit, end)) = compound_duration(text, first, &next) {
                first.span = Span::new(first.span.start, end);
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
/// a comma ("12 hours, 30 minutes of them on a trolley"). Gives the value, the smaller unit and
/// where the duration ends: past the smaller unit's word ("2 hours 41 minutes"), so the span
/// holds both units.
pub(super) fn compound_duration(
    text: &str,
    first: &Found,
    next: &Found,
) -> Option<(f64, &'static str, usize)> {
    let (Some(large), Some(small)) = (first.value, next.value) else {
        return None;
    };
    if !first.flags.is_empty() || !next.flags.is_empty() || next.qualifier.is_some() {
        return None;
    }
    let (first_unit, next_unit) = (first.unit.as_deref()?, next.unit.as_deref()?);
    let &(one, many, small_one, small_many, per) =
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
        return both_glued.then_some((large * per + small, small_many, next.span.end));
    }
    let word = gap.strip_prefix(' ')?.strip_suffix(' ')?;
    let word = word.strip_suffix(" and").unwrap_or(word);
    if !names_larger(word) {
        return None;
    }
    // "2 hours 41 minutes", "2 hours 5 mins": the smaller unit's word after its figure closes
    // the duration.
    let after = text
        .get(next.span.end..)
        .and_then(|rest| rest.strip_prefix(' '));
    let unit_word = after.and_then(|rest| {
        let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
        let names_smaller = word.eq_ignore_ascii_case(small_one)
            || word.eq_ignore_ascii_case(small_many)
            || TIME_ABBREVIATIONS
                .iter()
                .any(|(short, unit, _)| short.eq_ignore_ascii_case(word) && *unit == small_one);
        names_smaller.then_some(word.len())
    });
    let end = unit_word.map_or(next.span.end, |len| next.span.end + 1 + len);
    Some((large * per + small, small_many, end))
}

/// The letters glued to the end of a figure's text ("min" of "1min"), if it ends so.
pub(super) fn glued_unit(surface: &str) -> Option<&str> {
    let (figure, word) = split_last_word(surface)?;
    figure
        .ends_with(|c: char| c.is_ascii_digit())
        .then_some(word)
}

/// What parts the two figures of a share: "one in three", "1-in-5", "one in every four", "3 out
/// of 10".
pub(super) const SHARE_GAPS: &[&str] = &[" in ", HYPHENED_SHARE_GAP, " in every ", " out of "];

/// The gap of a share hyphened into one word ("a one-in-five chance").
pub(super) const HYPHENED_SHARE_GAP: &str = "-in-";

/// The counted thing of a share ending at byte `end`: its verb agrees with "one", so in "one in
/// five workers smokes" a word in "-s" after the plural is the verb, not the head of a compound
/// as in "37 measles cases".
pub(super) fn share_unit(text: &str, end: usize, unit: Option<String>) -> Option<String> {
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
pub(super) fn is_capitalised_plural(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && is_counted_noun(word, false)
}

/// Most words between "of" and the second figure of a part of a whole ("58 of the 169 seats",
/// "14 of their last 16 Tests").
pub(super) const MAX_PARTITIVE_WORDS: usize = 2;

/// "58 of the 169 seats", "3 of 10 voters": the part counts what the whole counts; so does the
/// first of two alternatives ("four or five names").
pub(super) fn share_partitive_units(text: &str, found: &mut [Found]) {
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
pub(super) const MAX_COMPARISON_GAP: usize = 100;

/// Words that close the gap before a figure compared with the one before it in its sentence.
pub(super) const COMPARISON_LINKS: &[&str] = &[
    "up from ",
    "down from ",
    "compared with ",
    "compared to ",
    "against ",
    "versus ",
];

/// Whether `value` is a power of ten of at least ten, as the divisor of a rate is ("per
/// 100,000").
pub(super) fn is_rate_divisor(value: Option<f64>) -> bool {
    value.is_some_and(|v| {
        let power = v.log10();
        v >= 10.0 && (power - power.round()).abs() < 1e-9
    })
}

/// "31 per 100,000", "31 deaths per 100,000 people": a rate and its divisor are one figure. A
/// bare rate takes "per" and its divisor as its unit and its text; a rate of counted things
/// keeps its noun. The divisor, a power of ten, is no figure of its own.
pub(super) fn join_rates(text: &str, found: Vec<Found>) -> Vec<Found> {
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

/// Prepositions that open a span of time framing a count ("27 events in the past 90 days"),
/// lower case.
pub(super) const SPAN_FRAME_PREPOSITIONS: &[&str] = &["in", "over", "during", "within", "across"];

/// Whether `span` is a span of time framed by a preposition, with at most two lower-case words
/// between ("in the preceding 90 days", "over 12 months").
pub(super) fn frames_a_span(text: &str, span: &Found) -> bool {
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
pub(super) fn share_elided_units(text: &str, found: &mut [Found]) {
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

/// Most bytes between a bare figure of standing and the figure whose unit it leaves out.
pub(super) const MAX_STANDING_GAP: usize = 160;

/// "Ms Orrin took 7,310 votes, ahead of Mr Halsey on 5,902", "the Whigs on 41% and the
/// Liberals on 24", "the Liberals on 17 and the Whigs on 26": a bare figure after one of
/// [`STANDING_PREPOSITIONS`] that closes its clause leaves out the unit of the nearest figure
/// before it in its sentence that counts things, or that stands after the same kind of
/// preposition (a share, points). With a rank before the preposition ("The Liberals came third
/// with 1,244") the figure may take the count of things that closes the sentence before. Spans of
/// years, flagged figures and figures with their own noun are left as they are.
pub(super) fn standing_elided_units(text: &str, found: &mut [Found]) {
    let after_standing = |at: usize| {
        text.get(..at)
            .is_some_and(|before| ends_in_a_link(before, STANDING_PREPOSITIONS) && before.len() > 5)
    };
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let Some(figure) = right.first_mut() else {
            continue;
        };
        let lead = figure.qualifier.map_or(figure.span.start, |q| q.start);
        let closes = text.get(figure.span.end..).is_some_and(|after| {
            after.is_empty()
                || after.starts_with([',', '.', ';', ')'])
                || ELLIPSIS_LINKS.iter().any(|link| after.starts_with(link))
        });
        if figure.unit.is_some()
            || !figure.flags.is_empty()
            || figure.value.is_none()
            || !after_standing(lead)
            || !closes
        {
            continue;
        }
        let gap_to = |earlier: &Found| text.get(earlier.span.end..lead).unwrap_or("");
        let same_sentence = |gap: &str| {
            gap.len() <= MAX_STANDING_GAP
                && !gap.contains(['!', '?', ';', '\n'])
                && !gap.contains(". ")
        };
        let usable = |earlier: &Found| {
            earlier.flags.is_empty()
                && earlier
                    .unit
                    .as_deref()
                    .is_some_and(|unit| !SPAN_TIME_UNITS.contains(&unit))
        };
        let source = left
            .iter()
            .rev()
            .take_while(|earlier| same_sentence(gap_to(earlier)))
            .find(|earlier| {
                usable(earlier)
                    && (earlier.unit.as_deref().is_some_and(is_counted_thing)
                        || after_standing(
                            earlier.qualifier.map_or(earlier.span.start, |q| q.start),
                        ))
            });
        // "… ahead of Mr Halsey on 5,902. The Liberals came third with 1,244": a rank before the
        // preposition carries the count of the sentence before.
        let ranked = || {
            let before = text.get(..lead).unwrap_or("").trim_end();
            let rank = before
                .rsplit(' ')
                .nth(1)
                .map(|w| w.to_lowercase())
                .is_some_and(|w| ORDINAL_WORDS.contains(&w.as_str()) || w == "last");
            let previous = left.last().filter(|earlier| {
                let gap = gap_to(earlier);
                usable(earlier)
                    && earlier.unit.as_deref().is_some_and(is_counted_thing)
                    && gap.len() <= MAX_STANDING_GAP
                    && !gap.contains('\n')
                    && gap.matches(". ").count() == 1
                    && text
                        .get(earlier.span.end..)
                        .is_some_and(|after| after.starts_with(". "))
            });
            previous.filter(|_| rank)
        };
        let source = source.or_else(ranked);
        if let Some(unit) = source.and_then(|earlier| earlier.unit.clone()) {
            figure.unit = Some(unit);
        }
    }
}

/// "Waits averaged 18 minutes and the worst 47", "the youngest was 12 and the oldest 83": a bare
/// figure right after "the" and one of [`EXTREME_SUPERLATIVES`] (a form of "be" may stand
/// between), joined to the figure before it by one of [`ELLIPSIS_LINKS`], leaves out that
/// figure's unit, or is an age as it is. A figure with its own noun after it ("the worst 47
/// wards") or with its own qualifier keeps what it has.
pub(super) fn superlative_elided_units(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(earlier), Some(later)) = (left.last(), right.first_mut()) else {
            continue;
        };
        let age = earlier.unit.is_none() && earlier.flags == ["age"];
        let measured = earlier.unit.is_some() && earlier.flags.is_empty();
        if !(age || measured)
            || later.unit.is_some()
            || !later.flags.is_empty()
            || later.qualifier.is_some()
            || later.value.is_none()
        {
            continue;
        }
        let Some(gap) = text.get(earlier.span.end..later.span.start) else {
            continue;
        };
        if gap.len() > MAX_COMPARISON_GAP || gap.contains(['.', '!', '?', ';', '\n']) {
            continue;
        }
        let lower = gap.to_lowercase();
        // A unit written after the first figure ("24 minutes") lies outside its span.
        let past_unit = match lower
            .strip_prefix(' ')
            .and_then(|rest| rest.split_once(' '))
        {
            Some((word, rest)) if measured && word.chars().all(char::is_alphabetic) => {
                &lower[lower.len() - rest.len() - 1..]
            }
            _ => lower.as_str(),
        };
        let names_an_extreme = |link: &&str| {
            let Some(rest) = lower
                .strip_prefix(*link)
                .or_else(|| past_unit.strip_prefix(*link))
            else {
                return false;
            };
            let mut words = rest.split_whitespace();
            words.next() == Some("the")
                && words
                    .next()
                    .is_some_and(|w| EXTREME_SUPERLATIVES.contains(&w))
                && words.all(|w| ELLIPSIS_BE_FORMS.contains(&w))
        };
        let own_noun = text
            .get(later.span.end..)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| {
                w.chars().next().is_some_and(char::is_lowercase) && !is_function_word(w)
            });
        if !ELLIPSIS_LINKS.iter().any(names_an_extreme) || own_noun {
            continue;
        }
        if age {
            later.flags.push("age");
        } else {
            later.unit = earlier.unit.clone();
        }
    }
}

/// "The trust runs 80 libraries and 25 of them will close", "It polled 12 towns. Nine of those
/// voted no", "It treated 140 patients, 6 of whom died": a bare figure right before "of them",
/// "of those", "of these" or "of" and a relative pronoun ("whom", "which") counts what the
/// nearest earlier count of things in its paragraph counts, or, when it is the paragraph's first
/// figure, in the paragraph before (`previous`: news paragraphs are often one sentence, and "By
/// noon, crews had freed 40 of them" opens the next; "He worked 14 hours. Seven of those …" is
/// not sent past its hours). Measures, money, shares, times and bare figures are passed over;
/// the nearest count stops the search, and lends its noun only when it is a whole figure no
/// smaller than the part ("2 sons and 3 daughters, and 4 of them" lends nothing).
pub(super) fn carry_partitive_pronoun_units(text: &str, found: &mut [Found], previous: &[Found]) {
    for i in 0..found.len() {
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
            .chain(previous.iter().rev().filter(|_| earlier.is_empty()))
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

/// Most bytes between a figure with its noun and "of" and a later figure that leaves that noun
/// out.
pub(super) const MAX_ELIDED_HEAD_GAP: usize = 80;

/// "She admitted 11 counts of theft and two of fraud", "300 tonnes of wheat and 120 of barley":
/// a figure right before "of" and a lower-case word that is no function word (no "two of the
/// men", "two of whom") leaves out the noun before "of" of the figure it follows in its clause
/// (after one of [`ELLIPSIS_LINKS`]), when that figure's own noun stands right before an "of" as
/// well; the noun after "of" it might otherwise have taken ("two of handling stolen goods")
/// is what the left-out noun is of.
pub(super) fn elided_head_units(text: &str, found: &mut [Found]) {
    let before_of_noun = |at: usize| {
        text.get(at..)
            .and_then(|rest| rest.strip_prefix(" of "))
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && !is_function_word(w))
    };
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(earlier), Some(later)) = (left.last(), right.first_mut()) else {
            continue;
        };
        if !later.flags.is_empty() || !earlier.flags.is_empty() || !before_of_noun(later.span.end) {
            continue;
        }
        let lead = later.qualifier.map_or(later.span.start, |q| q.start);
        let Some(unit) = earlier.unit.as_deref() else {
            continue;
        };
        // The earlier figure's own noun and "of": " counts of theft and ".
        let Some(gap) = text.get(earlier.span.end..lead) else {
            continue;
        };
        let noun_of = gap
            .strip_prefix(' ')
            .and_then(|rest| rest.split_once(' '))
            .filter(|(noun, rest)| {
                noun.chars().all(char::is_alphabetic) && rest.starts_with("of ")
            });
        let linked = gap.len() <= MAX_ELIDED_HEAD_GAP
            && !gap.contains(['.', '!', '?', ';', '\n', '"', '“', '”', '(', ')'])
            && ELLIPSIS_LINKS
                .iter()
                .any(|link| gap.ends_with(link) && !gap.ends_with(" of "));
        if noun_of.is_some() && linked && unit != "percent" {
            later.unit = Some(unit.to_string());
        }
    }
}

/// Whether " of them", " of those", " of these" or " of" and one of [`RELATIVE_PRONOUNS`] ("of
/// whom", "of which"; not "of whose", which a noun follows) follows byte `at`, ending its word.
pub(super) fn before_partitive_pronoun(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(" of ")) else {
        return false;
    };
    std::iter::once(&"them")
        .chain(PLURAL_DEMONSTRATIVES)
        // "two of whose sons": "whose" is a determiner of a noun of the figure's own.
        .chain(RELATIVE_PRONOUNS.iter().filter(|p| **p != "whose"))
        .any(|pronoun| {
            rest.get(..pronoun.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(pronoun))
                && !rest[pronoun.len()..].starts_with(char::is_alphanumeric)
        })
}

/// Whether a unit names counted things ("people", "soldiers"), not a measure, money or a share.
pub(super) fn is_counted_thing(unit: &str) -> bool {
    unit.chars().all(|c| c.is_ascii_lowercase())
        && unit != "percent"
        && !MEASURE_PLURALS.contains(&unit)
        && is_counted_noun(unit, false)
}

/// Whether `word` is a verb a count's subject takes: a past form ("injured", "fled", "were") or
/// a finite auxiliary ("are missing", "have died").
pub(super) fn is_verb_after_count(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed"))
        || IRREGULAR_PAST_VERBS.contains(&word)
        || IRREGULAR_PAST_PARTICIPLES.contains(&word)
        || FINITE_AUXILIARIES.contains(&word)
}

/// The currency named right before "cents" after byte `at` ("71.3 US cents", "50 euro
/// cents"), one of [`CENT_CURRENCY_WORDS`].
pub(super) fn cents_currency_after(text: &str, at: usize) -> Option<&'static str> {
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
pub(super) fn cents_in_currency(text: &str, found: &mut [Found]) {
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
pub(super) fn whole_word_count(text: &str, word: &str) -> usize {
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
pub(super) fn rupee_currency(text: &str) -> &'static str {
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
pub(super) fn rupees_of_the_country(text: &str, found: &mut [Found]) {
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
pub(super) fn join_set_scores(text: &str, found: &mut [Found]) {
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
pub(super) fn counted_against(gap: &str, unit: &str) -> bool {
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
pub(super) const MAX_RANGE_SCALE_RATIO: f64 = 10.0;

/// "from $2.1 to $2.6 billion", "between 1.5 and 2 billion", "3 to 4 thousand workers": the
/// second figure's scale word serves the first when the first, in digits too, has none of its
/// own, as in "$5-10 million" and "$5-$7 billion".
pub(super) fn carry_range_scale(text: &str, found: &mut [Found]) {
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
pub(super) fn carry_word_scale(text: &str, first: &mut Found, second: &Found) {
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
pub(super) fn scale_word_at_end(surface: &str) -> Option<f64> {
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
pub(super) fn is_scaled(surface: &str, value: f64, scale: f64) -> bool {
    written_figure(surface)
        .is_some_and(|written| ((written * scale) - value).abs() <= value.abs() * 1e-9)
}

/// The first figure a number's text writes, before any scale ("2.6" of "$2.6 billion").
pub(super) fn written_figure(surface: &str) -> Option<f64> {
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
pub(super) fn join_repeated_suffix_ranges(text: &str, found: &mut [Found]) {
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
pub(super) fn join_between_ranges(text: &str, found: &mut [Found]) {
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

/// "children under five", "people over 65", "those aged under 18", "claimants over 66": a bare
/// whole figure after one of [`AGE_BAND_QUALIFIERS`] right after people (one of
/// [`AGE_BAND_NOUNS`], or a noun of a person or its plural, see [`are_people`]) bounds an age
/// band; it is an age. "prices over 66" bound no people.
pub(super) fn age_bands(text: &str, found: &mut [Found]) {
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
                    || are_people(&word.to_lowercase())
            });
        if bounded && noun {
            figure.flags.push("age");
        }
    }
}

/// How many times the first figure the second of "by 4 to 6 per cent" is at most, to be read as
/// a range of changes rather than a change to a level.
pub(super) const MAX_BY_RANGE_RATIO: f64 = 3.0;

/// Whether the word ending just before byte `at` is one of [`VOTE_VERBS`] ("voted"), or is
/// "of" after one of [`VOTE_NOUNS`] ("a vote of").
pub(super) fn word_before_is_vote(text: &str, at: usize) -> bool {
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
pub(super) fn follows_an_outnumbered_noun(text: &str, at: usize) -> bool {
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
pub(super) fn word_before_is_in(text: &str, at: usize, words: &[&str]) -> bool {
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
pub(super) const FROM_CHANGE_REACH: usize = 160;

/// Whether the sentence before byte `at` names a change ([`CHANGE_VERBS`],
/// [`FROM_CHANGE_WORDS`]): "Sales rose 5%, from 300 to 315" moves from one figure to the other.
pub(super) fn sentence_before_names_change(text: &str, at: usize) -> bool {
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
pub(super) fn word_before_is_change_verb(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at)
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|word| CHANGE_VERBS.contains(&word.to_lowercase().as_str()))
}
