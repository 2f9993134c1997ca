//! Measures and ages: time and measure abbreviations, lengths, and the many ways an age is told.

use super::*;

/// The unit of time an abbreviation stands for, as it is spelled out ("mins" → "minutes", "min"
/// after one → "minute"), see [`TIME_ABBREVIATIONS`].
pub(super) fn time_abbreviation(abbreviation: &str, one: bool) -> Option<&'static str> {
    TIME_ABBREVIATIONS
        .iter()
        .find(|(a, _, _)| a.eq_ignore_ascii_case(abbreviation))
        .map(|(_, singular, plural)| if one { *singular } else { *plural })
}

/// The unit a measure's abbreviation (lower case) is written as: its symbol ("MW", "km/h"), or
/// the abbreviation itself.
pub(super) fn measure_symbol(lower: &str) -> String {
    MEASURE_SYMBOLS
        .iter()
        .find(|(abbreviation, _)| *abbreviation == lower)
        .map_or_else(|| lower.to_string(), |(_, symbol)| (*symbol).to_string())
}

/// Whether `rest` opens with "/h" and no letter after it (the divisor of "km/h").
pub(super) fn is_per_hour(rest: &str) -> bool {
    rest.strip_prefix("/h")
        .is_some_and(|after| !after.starts_with(char::is_alphabetic))
}

/// The unit of a speed in metres a second ("52m/s", "52 metres per second").
pub(super) const METRES_PER_SECOND: &str = "m/s";

/// Whether `rest` opens with "/s" and no letter after it (the divisor of "m/s").
pub(super) fn is_metres_per_second(rest: &str) -> bool {
    rest.strip_prefix("/s")
        .is_some_and(|after| !after.starts_with(char::is_alphabetic))
}

/// Whether `rest` opens with a slash and a divisor other than the hour of a speed ("/dL" of
/// "120 mg/dL", "/m³" of "40 µg/m³").
pub(super) fn has_divisor(rest: &str) -> bool {
    !is_per_hour(rest)
        && rest
            .strip_prefix('/')
            .is_some_and(|after| after.starts_with(char::is_alphabetic))
}

/// The end of a "/h" right at byte `at` in the body ("90km/h"), if there is one.
pub(super) fn per_hour_after(context: &Context<'_>, at: usize) -> Option<usize> {
    is_per_hour(context.after(at, 3)).then_some(at + 2)
}

/// Whether the word after byte `at` is a counted noun ("5m people", "50m times").
pub(super) fn next_word_is_counted(context: &Context<'_>, at: usize) -> bool {
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
pub(super) const LENGTH_CONTEXT_BYTES: usize = 80;

/// Whether the clause before byte `at` speaks of a length, so that a figure in "m" there is
/// metres: one of [`LENGTH_CONTEXT_WORDS`] ("a height of 5.9m", "the river peaked at 5.9m"), or
/// a word of [`DIMENSION_WORDS`] compared ("waves as high as 6.5m").
pub(super) fn length_talk_before(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn length_beside(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn nm_unit(context: &Context<'_>, start: usize, end: usize) -> Option<&'static str> {
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
pub(super) fn next_word_is_dimension(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn is_a_persons_age(value: Option<f64>) -> bool {
    value.is_some_and(|v| v < MIN_AGE_OF_A_THING)
}

/// An age written after a name: "Smith, 54," or "aged 54".
pub(super) fn is_age(context: &Context<'_>, number: Span, scale: f64) -> bool {
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
    if is_bracketed_age(context, number) {
        return true;
    }
    if opens_with_an_age(context, number) {
        return true;
    }
    if follows_a_subject_of_age(context, number, digits.parse::<f64>().ok()) {
        return true;
    }
    if follows_a_person_of(context, number) {
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

/// Whether a bare figure of `value` at `number`, in digits or in words, is the age of the
/// subject a form of "be" tells it of: a pronoun ("She was 88."), the noun "age" ("the pension
/// age will reach 67"), and, for a whole figure below [`MAX_AGE`] not followed by "of" ("the
/// oldest was one of the founders"), a superlative of age ("the youngest volunteer was nine")
/// or a noun of a person closing its clause ("the average first-time buyer is 34.").
pub(super) fn follows_a_subject_of_age(
    context: &Context<'_>,
    number: Span,
    value: Option<f64>,
) -> bool {
    let before = context
        .before(number.start, PERSON_SUBJECT_REACH)
        .to_lowercase();
    let after = context.after(number.end, 12);
    let near = before
        .get(before.len().saturating_sub(40)..)
        .unwrap_or(&before);
    if is_pronoun_age(near, after) || follows_an_age_noun(near) {
        return true;
    }
    let whole = value.is_some_and(|v| (0.0..MAX_AGE).contains(&v) && v.fract() == 0.0);
    if !whole || after.starts_with(" of ") {
        return false;
    }
    follows_a_superlative_of_age(&before)
        || follows_a_person_and_be(&before, after)
        || follows_a_bound_on_people(&before)
}

/// Whether `before` (lower case) ends in people ([`is_noun_of_a_person`], its plural, or one of
/// [`AGE_BAND_NOUNS`]), one of [`MODAL_VERBS`], "be" and at most a bound ([`AGE_BAND_QUALIFIERS`],
/// [`CLAUSE_END_QUALIFIERS`]): a rule of who may take part, whose bare figure is an age
/// ("Applicants must be at least 18 to vote", "drivers should be over 25"); the people may be
/// followed by a short phrase one of [`PHRASE_LINKS`] opens ("Applicants for the grant must be
/// at least 21"). "Bids must be at least 500", "the fee for the course must be at least 21"
/// bound no people.
pub(super) fn follows_a_bound_on_people(before: &str) -> bool {
    let bound = AGE_BAND_QUALIFIERS
        .iter()
        .chain(CLAUSE_END_QUALIFIERS)
        .find_map(|q| before.strip_suffix(' ')?.strip_suffix(q))
        .unwrap_or(before);
    let Some(head) = bound.strip_suffix(" be ") else {
        return false;
    };
    let Some((earlier, modal)) = split_last_word(head) else {
        return false;
    };
    let Some((subject, noun)) = earlier.strip_suffix(' ').and_then(split_last_word) else {
        return false;
    };
    MODAL_VERBS.contains(&modal) && (are_people(noun) || people_before_a_phrase(subject))
}

/// Whether `noun` (lower case) names people: a noun of a person ([`is_noun_of_a_person`]), its
/// plural, or one of [`AGE_BAND_NOUNS`].
pub(super) fn are_people(noun: &str) -> bool {
    is_noun_of_a_person(noun)
        || noun.strip_suffix('s').is_some_and(is_noun_of_a_person)
        || AGE_BAND_NOUNS.contains(&noun)
}

/// Whether `subject` (lower case, the words before a subject's last word) ends in people
/// ([`are_people`]) and one of [`PHRASE_LINKS`], with at most [`MAX_PERSON_OF_MODIFIERS`] words
/// between the link and that last word: "applicants for the" (scheme), "drivers of heavy"
/// (lorries).
pub(super) fn people_before_a_phrase(subject: &str) -> bool {
    let mut words = subject.split_whitespace().rev();
    for _ in 0..=MAX_PERSON_OF_MODIFIERS {
        let Some(word) = words.next() else {
            return false;
        };
        if PHRASE_LINKS.contains(&word) {
            return words.next().is_some_and(are_people);
        }
        if !word.chars().all(char::is_alphabetic) {
            return false;
        }
    }
    false
}

/// Bytes before a figure searched for the subject and the form of "be" that tell it as an age.
pub(super) const PERSON_SUBJECT_REACH: usize = SUPERLATIVE_AGE_REACH * 2;

/// `before` without one of the adverbs of time that may stand between a form of "be" and an
/// age ("he is now 67", "the average age is already 59", "she is still 17").
pub(super) fn without_adverb_of_time(before: &str) -> &str {
    ["now ", "already ", "still "]
        .iter()
        .find_map(|word| before.strip_suffix(word))
        .unwrap_or(before)
}

/// Whether `noun` (lower case) is a noun for one person: of [`MALE_NOUNS`], [`FEMALE_NOUNS`],
/// [`TITLE_WORDS`] or [`PEOPLE_NOUNS_OPENING_SENTENCE`], not a plural nor a group of persons
/// ([`PERSON_GROUP_NOUNS`]).
pub(super) fn is_noun_of_a_person(noun: &str) -> bool {
    (crate::word_set!(MALE_NOUNS).contains(noun)
        || crate::word_set!(FEMALE_NOUNS).contains(noun)
        || crate::word_set!(TITLE_WORDS).contains(noun)
        || crate::word_set!(PEOPLE_NOUNS_OPENING_SENTENCE).contains(noun))
        && !PERSON_GROUP_NOUNS.contains(&noun)
        && !noun.ends_with('s')
}

/// Whether `before` (lower case) ends in a subject whose head is a noun of a person
/// ([`is_noun_of_a_person`]) and a form of "be" of [`AGE_SUPERLATIVE_VERBS`], and `after` closes
/// the clause: "The typical new tenant is 36.", "the driver was 19, police said". The
/// subject opens the clause (after a stop, "that" or a verb of [`CUE_WORDS`]: "police said the
/// driver was 19.") with "the", "a", "an" or a possessive and at most
/// [`MAX_PERSON_OF_MODIFIERS`] plain words before the noun, so that "the score for the driver
/// was 19" (the subject is the score) tells no age.
pub(super) fn follows_a_person_and_be(before: &str, after: &str) -> bool {
    let closes_clause =
        closes_sentence(after) || after.starts_with(", ") || after.starts_with(" when ");
    let before = without_adverb_of_time(before);
    let Some(head) = AGE_SUPERLATIVE_VERBS
        .iter()
        .find_map(|verb| before.strip_suffix(verb))
    else {
        return false;
    };
    let Some((earlier, noun)) = split_last_word(head) else {
        return false;
    };
    if !closes_clause || !is_noun_of_a_person(noun) {
        return false;
    }
    let mut words = earlier
        .trim_end_matches('-')
        .rsplit([' ', '-'])
        .filter(|w| !w.is_empty());
    for _ in 0..=MAX_PERSON_OF_MODIFIERS + 1 {
        let Some(word) = words.next() else {
            return false;
        };
        if ["the", "a", "an"].contains(&word) || POSSESSIVE_DETERMINERS.contains(&word) {
            return words.next().is_none_or(|previous| {
                previous.ends_with([',', '.', ';', ':', '!', '?', '"', '“', '”'])
                    || previous == "that"
                    || CUE_WORDS.contains(&previous)
            });
        }
        if !word.chars().all(char::is_alphabetic) || is_function_word(word) {
            return false;
        }
    }
    false
}

/// Whether a bare whole figure below [`MAX_AGE`] at `number` follows "a" or "an", a noun of a
/// person ([`MALE_NOUNS`], [`FEMALE_NOUNS`], [`TITLE_WORDS`]) and "of", with at most
/// [`MAX_PERSON_OF_MODIFIERS`] words between the article and the noun (the figure counts no
/// noun after it, or it would not be bare): "a man of 45 was held", "a newly qualified driver
/// of 18 carrying friends" tell an age; "a crew of 12" does not.
pub(super) fn follows_a_person_of(context: &Context<'_>, number: Span) -> bool {
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
    let person = is_noun_of_a_person(&noun);
    if !person || !earlier.ends_with(' ') {
        return false;
    }
    earlier
        .split_whitespace()
        .rev()
        .take(MAX_PERSON_OF_MODIFIERS + 1)
        // "“A bricklayer of 64 …": the article may open a quotation.
        .map(|w| w.trim_start_matches(['"', '“', '‘', '\'', '(']))
        .any(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
}

/// Most words between "a" and the noun of a person before "of" and an age ("a newly
/// qualified driver of 18").
pub(super) const MAX_PERSON_OF_MODIFIERS: usize = 2;

/// Whether one of [`AGE_LEADS`] ends just before byte `at` ("aged 54"), starting a word ("the
/// stages 4" and "returned 5" hold no lead).
pub(super) fn follows_an_age_lead(context: &Context<'_>, at: usize) -> bool {
    follows_a_lead_of(context, at, AGE_LEADS)
}

/// Whether a figure of `value` at byte `at` is an age told by one of [`LIFE_EVENT_AGE_LEADS`]
/// ("retired at 58", "left school at sixteen"): a whole figure above [`MAX_CLOCK_HOUR`] and
/// below [`MAX_AGE`], as "left home at 7" may be a time of day.
pub(super) fn follows_a_life_event(
    context: &Context<'_>,
    number: Span,
    value: Option<f64>,
) -> bool {
    value.is_some_and(|v| v > MAX_CLOCK_HOUR && v < MAX_AGE && v.fract() == 0.0)
        && (follows_a_lead_of(context, number.start, LIFE_EVENT_AGE_LEADS)
            || follows_a_career_step(context, number))
}

/// How far before an age after "at" a verb of [`CAREER_STEP_AGE_LEADS`] is sought, in bytes.
pub(super) const CAREER_STEP_REACH: usize = 64;

/// Whether the figure at `number` follows "at" in a clause whose verb, at most
/// [`MAX_CAREER_STEP_GAP`] words earlier, is one of [`CAREER_STEP_AGE_LEADS`], and ends that
/// clause: "joined the firm at 19 and stayed", "took up rowing at 40."; not "joined the queue
/// at 22 Elm Street", whose figure goes on.
pub(super) fn follows_a_career_step(context: &Context<'_>, number: Span) -> bool {
    let before = context.before(number.start, CAREER_STEP_REACH);
    let Some(clause) = before.strip_suffix(" at ") else {
        return false;
    };
    let after = context.after(number.end, 8);
    // "A nurse who begins at 28 can expect": a relative clause closes before the main modal.
    let main_verb_after = || {
        after.strip_prefix(' ').is_some_and(|rest| {
            let word = rest.split(' ').next().unwrap_or(rest);
            MODAL_VERBS.contains(&word) && person_who_before(clause)
        })
    };
    let ends_clause = main_verb_after()
        || after.is_empty()
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
                            && !(bare
                                && CAREER_STEPS_WITH_AN_OBJECT.contains(lead)
                                && !person_who(&clause[..window_start + i]))
                    })
        })
    })
}

/// Whether `before` (the text before a verb, with or without the space after it) ends in
/// people ([`are_people`]) and "who": "a carer who" (starts at 30), "those who" (began at 40).
pub(super) fn person_who(before: &str) -> bool {
    let Some(head) = before.trim_end().strip_suffix("who") else {
        return false;
    };
    head.strip_suffix(' ')
        .and_then(split_last_word)
        .is_some_and(|(_, noun)| are_people(&noun.to_lowercase()))
}

/// Whether the clause before "at" (`clause`) is people, "who" and one verb: "a carer who
/// starts", "those who began".
pub(super) fn person_who_before(clause: &str) -> bool {
    split_last_word(clause).is_some_and(|(head, _)| person_who(head))
}

/// Whether one of `leads` ends just before byte `at`, starting a word.
pub(super) fn follows_a_lead_of(context: &Context<'_>, at: usize, leads: &[&str]) -> bool {
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
pub(super) fn is_told_age(context: &Context<'_>, unit_from: usize) -> bool {
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
pub(super) const MAX_BRACKETED_NAME_WORDS: usize = 3;

/// "Tom Reyes (34), of Leeds, was charged": a figure of at most three digits alone in brackets
/// after a person's name, two or three capitalised words opening with a given name, is an age.
/// A party's seats ("Labour (34)", "the Greens (12)", "Fianna Fáil (38)") open with no given
/// name.
pub(super) fn is_bracketed_age(context: &Context<'_>, number: Span) -> bool {
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
pub(super) const MAX_BRACKETED_LIST: usize = 6;

/// Where a list of capitalised names, each with a figure in brackets, ends when it goes on after
/// the closing bracket at byte `at` (", Ivo Dane (8) and Ada Quist (6)"); else `at`.
pub(super) fn end_of_bracketed_list(context: &Context<'_>, mut at: usize) -> usize {
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
pub(super) fn opens_with_an_age(context: &Context<'_>, number: Span) -> bool {
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
pub(super) fn drop_spans_of_time(text: &str, found: &mut [Found]) {
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
pub(super) const OVER_CHANGE_REACH: usize = 200;

/// Whether "over" before `found[i]` closes a change told earlier in its sentence ("cut
/// admissions by 23% compared with placebo over 18 months"): a word of change
/// ([`CHANGE_VERBS`], [`OVER_SPAN_WORDS`]) then a figure, with no sentence break since, and a
/// plain word right before "over" (not "for over", "aged over"), so that the span of time is
/// the change's period.
pub(super) fn follows_a_change(text: &str, found: &[Found], i: usize) -> bool {
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
pub(super) fn follows_an_object(text: &str, at: usize) -> bool {
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
pub(super) fn join_age_lists(text: &str, found: &mut [Found]) {
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
pub(super) fn is_pronoun_age(before: &str, after: &str) -> bool {
    // "he is now 67." is "he is 67." told of the present, as "he is already 67." and "she is
    // still 17." are.
    let before = without_adverb_of_time(before);
    let pronoun_verb = AGE_PRONOUN_VERBS.iter().any(|tail| {
        before.strip_suffix(tail).is_some_and(|head| {
            head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric() && c != '\'')
        })
    });
    pronoun_verb
        && (closes_sentence(after)
            || after.starts_with(", ")
            || after.starts_with(" when ")
            || after.starts_with(" at the time")
            || closes_a_relative_clause(before, after))
}

/// Whether a figure after `before` (lower case, ending in one of [`AGE_PRONOUN_VERBS`] opened by
/// "who") closes that relative clause before the main verb, a modal of [`MODAL_VERBS`] in
/// `after`: "anyone who is already 61 will keep the old rate", "a pupil who was 12 could not vote".
pub(super) fn closes_a_relative_clause(before: &str, after: &str) -> bool {
    let relative = AGE_PRONOUN_VERBS
        .iter()
        .any(|tail| tail.starts_with("who ") && before.ends_with(tail));
    relative
        && after
            .strip_prefix(' ')
            .and_then(|rest| rest.split(' ').next())
            .is_some_and(|word| MODAL_VERBS.contains(&word))
}

/// Most bytes between the noun "age" and a form of "be" right before an age it states ("the
/// average age of a nurse on the ward is 41").
pub(super) const AGE_NOUN_REACH: usize = 40;

/// Whether `before` (lower case) ends in the noun "age" and a form of "be" of
/// [`AGE_NOUN_VERBS`], with at most [`AGE_NOUN_REACH`] bytes of words between and no figure or
/// clause break: the figure after is that age ("the average age of a driver is 52", "the
/// retirement age will be 68"). "the age of 87" is told by [`AGE_LEADS`].
pub(super) fn follows_an_age_noun(before: &str) -> bool {
    let before = without_adverb_of_time(before);
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
pub(super) const SUPERLATIVE_AGE_REACH: usize = 48;

/// Whether `before` (lower case) ends in a subject holding one of [`AGE_SUPERLATIVES`] and a form
/// of "be" of [`AGE_SUPERLATIVE_VERBS`], with at most [`SUPERLATIVE_AGE_REACH`] bytes of words between
/// and no figure or clause break: the bare figure after is that person's age ("the youngest
/// volunteer is 19", "its eldest member was 97"). "the oldest bridge is 300 years old" has a
/// unit and is read elsewhere.
pub(super) fn follows_a_superlative_of_age(before: &str) -> bool {
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
pub(super) fn closes_sentence(after: &str) -> bool {
    after.starts_with('.')
        && after
            .get(1..)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}
