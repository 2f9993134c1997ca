//! What a figure counts and how it is qualified: counted nouns, compound heads, areas, and the
//! words before or after a figure that make it approximate, a minimum or a maximum.

use super::*;

/// The qualifier written right before byte `at` ("more than", "some"), as a span.
pub(super) fn qualifier_before(context: &Context<'_>, at: usize) -> Option<Span> {
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
pub(super) fn further_word_start(text: &str) -> Option<usize> {
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
pub(super) fn about_is_topic(context: &Context<'_>, at: usize) -> bool {
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
pub(super) fn is_counted_noun(word: &str, singular_ok: bool) -> bool {
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
pub(super) fn counted_noun(context: &Context<'_>, at: usize, singular: bool) -> Option<String> {
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
pub(super) fn leads_a_multiple(rest: Option<&str>) -> bool {
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
        || stands_for_a_figure_told_before(first, second)
        || (first.chars().all(char::is_alphabetic)
            && second.is_some_and(|w| w.eq_ignore_ascii_case("than")))
}

/// Whether `first` and `second`, the words after [`MULTIPLE_WORD`], are the pronoun "that"
/// standing for a figure told before: it closes its clause ("could gain ten times that.") or a
/// phrase opened by one of [`PHRASE_LINKS`] follows it ("ten times that within a
/// decade", "five times that for a licence"). "three times that I know of" (a conjunction)
/// and "three times that morning" (a determiner) stay counts of occasions.
pub(super) fn stands_for_a_figure_told_before(first: &str, second: Option<&str>) -> bool {
    let pronoun = first.trim_end_matches([',', '.', ';', ':', '!', '?', '"', '”']);
    if !pronoun.eq_ignore_ascii_case("that") {
        return false;
    }
    if pronoun.len() < first.len() {
        return true;
    }
    second.is_some_and(|word| {
        PHRASE_LINKS.contains(&word)
            && !CLAUSE_OPENING_CONJUNCTIONS.contains(&word)
            && !RELATIVE_PRONOUNS.contains(&word)
    })
}

/// Most words of a name before the word of it that owns ("Vale Town's").
pub(super) const MAX_OWNER_NAME_WORDS: usize = 3;

/// After a possessive word at the start of `rest` (" Rovers' 27 league games", " the club's
/// players"), the text from the space before the noun phrase it owns, past a figure that opens
/// that phrase; None when `rest` opens with no possessive.
pub(super) fn after_possessive(rest: &str) -> Option<&str> {
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
pub(super) fn can_describe(lower: &str) -> bool {
    !is_function_word(lower)
        && !UNIT_STOP_WORDS.contains(&lower)
        && !TIME_ADVERBIAL_WORDS.contains(&lower)
        && !NUMBER_WORDS.iter().any(|(number, _)| *number == lower)
}

/// Most describing words a run joined by "and", "or" or commas may hold after its first.
pub(super) const MAX_JOINED_MODIFIERS: usize = 3;

/// After the first of a run of describing words before a counted noun (" and former employees",
/// ", former or retired staff"), the length up to the last describing word, when the run is
/// joined by commas and ends in a joining word ("and", "or") before one lower-case word and then
/// a plural noun.
pub(super) fn joined_modifiers_len(rest: &str) -> Option<usize> {
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
pub(super) fn dotted_initialism_len(text: &str) -> Option<usize> {
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
pub(super) fn phrase_at(text: &str, phrase: &str) -> Option<usize> {
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
pub(super) fn qualify_after(text: &str, found: &mut [Found]) {
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
pub(super) const CLAUSE_END_QUALIFIER_REACH: usize = 60;

/// A qualifier of [`CLAUSE_END_QUALIFIERS`] after the first comma past byte `at`, before the next
/// figure (at `next`) and within the figure's clause, that ends the clause ("3,000 sheep lost, at
/// least."); not one that goes on ("5 goals, at least one of them").
pub(super) fn qualifier_ending_clause(text: &str, at: usize, next: usize) -> Option<Span> {
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
pub(super) fn plus_sign_after(context: &Context<'_>, at: usize) -> Option<Span> {
    let rest = context.after(at, 4).strip_prefix('+')?;
    let alone = !rest.starts_with(|c: char| c.is_alphanumeric() || c == '+' || c == '-');
    alone.then(|| Span::new(at, at + 1))
}

/// A qualifier hyphened to the end of the figure at `span` ("40-odd"), inside it or right
/// after it ("$1bn-plus", "€2 billion-plus").
pub(super) fn qualifying_suffix(text: &str, span: Span) -> Option<Span> {
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
pub(super) fn qualifier_after(text: &str, at: usize, counted: bool) -> Option<Span> {
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
pub(super) fn is_designation(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_uppercase())
        && token.contains(|c: char| c.is_ascii_digit())
}

/// The plural noun right after a counted plural, which then only described it: "37 measles
/// cases" counts cases. A plural subject is not followed by a verb in "-s", so the word can
/// only be the head of the compound.
pub(super) fn head_of_compound(rest: &str) -> Option<&str> {
    let next = rest.strip_prefix(' ')?;
    let len = next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len());
    let word = next.get(..len)?;
    is_compound_head(word).then_some(word)
}

/// Whether a word can be the plural head of a compound after another plural ("measles cases"):
/// a lower-case counted noun, neither a stop word nor a verb that follows a count.
pub(super) fn is_compound_head(word: &str) -> bool {
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
pub(super) fn area_unit(rest: &str) -> Option<(String, usize)> {
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
