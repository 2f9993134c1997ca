//! Units a bare figure takes from its sentence or paragraph: tolls, casualties, crowds, rates,
//! subjects, workforces, margins and compared sums.

use super::*;
use crate::lexicon::numbers::{
    FIGURE_PRO_FORMS, MAX_PRO_FORM_TIME_WORDS, OTHERS_WORD, PRO_FORM_CLAUSE_OPENERS,
    PRO_FORM_COMPARE_VERBS, PRO_FORM_LEVEL_VERBS, PRO_FORM_TIME_CLOSERS, PRO_FORM_TIME_OPENERS,
    PRO_FORM_VERB_HELPERS, SINGULAR_PERSON_NOUNS, SUMMARY_COUNT_NOUNS,
};

/// "The death toll rose to 412", "the quake killed 153": a bare whole figure that one of
/// [`TOLL_NOUNS`] leads to over a few [`TOLL_LINK_WORDS`], or that is the object of one of
/// [`HARM_VERBS`], counts [`CASUALTY_UNIT`], as "412 people were killed" does.
pub(super) fn casualty_units(text: &str, found: &mut [Found]) {
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
pub(super) const MAX_TOLL_PHRASE_WORDS: usize = 4;

/// The words before a toll's link words, joined, without a short phrase that one of
/// [`TOLL_PHRASE_PREPOSITIONS`] opens after the toll noun ("the death toll from the collapse" →
/// "the death toll"); a phrase holding a figure or a link word is kept.
pub(super) fn toll_head(words: &[&str]) -> String {
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
pub(super) const EXCHANGE_RATE_REACH: usize = 160;

/// "The naira weakened to 1,380 per dollar", "traded at about 1,380 to the dollar": a figure
/// without a unit given against a currency ([`EXCHANGE_RATE_LINKS`] and its name) is an amount
/// of the other currency its sentence names before it, the nearest, as "1.08 dollars per euro"
/// is in dollars; with no other currency named it keeps no unit.
pub(super) fn exchange_rate_units(text: &str, found: &mut [Found]) {
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
pub(super) fn rate_currency_after(text: &str, end: usize) -> Option<&'static str> {
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
pub(super) fn last_currency_named(sentence: &str, other: &str) -> Option<&'static str> {
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
pub(super) fn text_before_bare_whole<'t>(
    text: &'t str,
    figure: &Found,
    reach: usize,
) -> Option<&'t str> {
    let whole = figure.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0);
    if figure.unit.is_some() || !figure.flags.is_empty() || !whole {
        return None;
    }
    Some(text_before_figure(text, figure, reach))
}

/// The text up to `reach` bytes before a figure and its qualifier (cut at a character
/// boundary).
pub(super) fn text_before_figure<'t>(text: &'t str, figure: &Found, reach: usize) -> &'t str {
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
pub(super) fn crowd_units(text: &str, found: &mut [Found]) {
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

/// "The fighting forced some 30,000 from their homes", "floods drove 4,000 from their
/// villages": a bare whole figure right after one of [`DISPLACING_VERBS`] (and its qualifier)
/// with "from" and a word after it counts [`CASUALTY_UNIT`] (people), the ones made to leave.
/// A figure with its own noun ("forced 300 families from") keeps it.
pub(super) fn displaced_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, 24) else {
            continue;
        };
        let displaced = before
            .strip_suffix(' ')
            .and_then(|b| b.rsplit(' ').next())
            .is_some_and(|verb| {
                DISPLACING_VERBS
                    .iter()
                    .any(|listed| listed.eq_ignore_ascii_case(verb))
            });
        let from_somewhere = text
            .get(figure.span.end..)
            .and_then(|after| after.strip_prefix(" from "))
            .is_some_and(|place| place.starts_with(char::is_alphabetic));
        if displaced && from_somewhere {
            figure.unit = Some(CASUALTY_UNIT.to_string());
        }
    }
}

/// Words before a figure that mark where its clause starts: the subject of a change is sought
/// no further back.
pub(super) const CLAUSE_BREAKS: &[&str] =
    &[". ", "! ", "? ", ", ", "; ", ": ", "\n", "\"", "“", "”"];

/// Where the clause ending `before` starts: after its last [`CLAUSE_BREAKS`].
pub(super) fn clause_start_in(before: &str) -> usize {
    after_last_of(before, CLAUSE_BREAKS)
}

/// The byte offset just past the last of `breaks` in `text`, 0 when there is none.
pub(super) fn after_last_of(text: &str, breaks: &[&str]) -> usize {
    breaks
        .iter()
        .filter_map(|b| text.rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0)
}

/// A bare whole figure after "from", "to" or "by" that a verb of change ([`CHANGE_VERBS`])
/// moves counts its clause's subject when the subject's head is one of [`CHANGE_SUBJECT_COUNTS`]
/// ("Confirmed infections in the region rose from 12 on Monday to 30" → "infections"): between
/// the verb and the figure stand only other figures, function words and capitalised words (days,
/// places); a noun after "of" or a preposition is no subject ("the number of arrests").
pub(super) fn subject_units(text: &str, found: &mut [Found]) {
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
pub(super) const COUNT_SUBJECT_REACH: usize = 200;

/// Most describing words between "of" and the plural a count's subject counts ("the number of
/// confirmed new cases").
pub(super) const MAX_COUNT_OF_MODIFIERS: usize = 2;

/// "The number of people killed when the bridge gave way has risen to 13", "the total number of
/// confirmed cases stands at 412", "the death toll from Friday's landslide in the hill district
/// has climbed to 19": a bare whole figure right after a verb that states or moves a count
/// ([`TOLL_LINK_WORDS`], [`CHANGE_VERBS`], more than [`LEVEL_PARTICLES`]), in a clause whose
/// subject, at its start or after a reporting verb (and "that"), is "the" and one of
/// [`COUNT_OF_NOUNS`] and "of", counts the plural after "of" ("people", "cases"); a subject
/// that is one of [`TOLL_NOUNS`] counts [`CASUALTY_UNIT`], however long the phrase after it.
pub(super) fn count_subject_units(text: &str, found: &mut [Found]) {
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
        words.truncate(words.len() - change_ends_len(&words));
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

/// Most words of a phrase of time or place between the first figure of a change and its "to"
/// ("from 180 on Monday to", "from 12 in the north to").
pub(super) const MAX_CHANGE_PHRASE_WORDS: usize = 3;

/// How many of the last `words` (lower case) are the ends of a change after one of
/// [`CHANGE_VERBS`]: "from" or "by" ("rose from", "fell by"), or "to" after a figure and one of
/// them ("rose from 18 to", "grew by 40 to"; a short phrase that a function word opens may
/// follow the figure: "from 18 on Monday to"), so that the figures of "the number of voters
/// rose from 180 to 260" are read as those of "rose to 260"; 0 for any other ending.
pub(super) fn change_ends_len(words: &[&str]) -> usize {
    let ends = match words {
        [.., "from" | "by"] => 1,
        [.., "to"] => {
            let Some(from) = words.iter().rposition(|w| matches!(*w, "from" | "by")) else {
                return 0;
            };
            let phrase = words.get(from + 2..words.len() - 1).unwrap_or(&[]);
            let figure = words
                .get(from + 1)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            let plain = phrase.len() <= MAX_CHANGE_PHRASE_WORDS
                && phrase.first().is_none_or(|w| is_function_word(w))
                && !phrase
                    .iter()
                    .any(|w| CHANGE_VERBS.contains(w) || *w == "to");
            if !(figure && plain) {
                return 0;
            }
            words.len() - from
        }
        _ => return 0,
    };
    let verb = words
        .len()
        .checked_sub(ends + 1)
        .and_then(|at| words.get(at));
    if verb.is_some_and(|w| CHANGE_VERBS.contains(w)) {
        ends
    } else {
        0
    }
}

/// Most words of an aside of attribution set off by commas between a count's subject and its
/// verb ("according to the harbour office", "a coastguard officer said").
pub(super) const MAX_ASIDE_WORDS: usize = 8;

/// The text up to the end of a count's subject when `earlier`, the text before its verb's
/// clause, ends with an aside of attribution set off by commas (", according to the harbour
/// office, ", ", inspectors said, "): "according to" opens it, or it holds one of [`CUE_WORDS`].
pub(super) fn aside_subject(earlier: &str) -> Option<&str> {
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
pub(super) fn count_subject_unit<'w>(words: &[&'w str]) -> Option<&'w str> {
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
pub(super) fn workforce_units(text: &str, found: &mut [Found]) {
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
pub(super) const MAX_OBJECT_MODIFIERS: usize = 2;

/// How far around a figure its sentence is sought for the unit of a lead, in bytes.
pub(super) const MARGIN_SENTENCE_REACH: usize = 200;

/// A bare whole figure after one of [`MARGIN_NOUNS`] and "of" ("won a majority of 62") counts
/// the first of [`MARGIN_UNITS`] its sentence names ("174 seats"); with none, no unit.
pub(super) fn margin_units(text: &str, found: &mut [Found]) {
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
pub(super) fn object_head<'w>(words: &[&'w str]) -> Option<&'w str> {
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
pub(super) fn subject_head<'w>(words: &[&'w str]) -> Option<&'w str> {
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
pub(super) const MAX_GROUP_WORDS: usize = 3;

/// Most bytes read after a bare count for the state of the counted ("were feared dead").
pub(super) const CASUALTY_STATE_REACH: usize = 40;

/// "At least 14 dead as the building collapsed", "14 were dead and 37 injured", "six have
/// died": a bare whole figure that one of [`CASUALTY_STATES`] follows, straight or after one of
/// [`CASUALTY_STATE_VERBS`] (and [`CASUALTY_STATE_MODIFIERS`]), counts [`CASUALTY_UNIT`], unless
/// the state is an adjective before a noun ("14 dead pigs", "were dead set against"); so does
/// one before a grave state of health ("nine in critical condition", see
/// [`casualty_condition_after`]). A count
/// that picks out part of a group named just before it ("Of the 40 cows, 14 died") counts that
/// group's things instead.
pub(super) fn casualty_states(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let (left, right) = found.split_at_mut(i);
        let Some(figure) = right.first_mut() else {
            continue;
        };
        if text_before_bare_whole(text, figure, 0).is_none()
            || !(casualty_state_after(text, figure.span.end)
                || casualty_condition_after(text, figure.span.end))
        {
            continue;
        }
        let group = left
            .last()
            .filter(|earlier| picks_from_group(text, earlier, figure));
        let unit = match group.and_then(|g| g.unit.as_deref()) {
            Some(unit) if is_counted_thing(unit) => unit.to_string(),
            _ => CASUALTY_UNIT.to_string(),
        };
        figure.unit = Some(unit);
    }
}

/// Whether `figure` picks out part of the group `earlier` sizes, named just before it after
/// "of" and set off by a comma ("Of the 40 cows, 14 died"), with at most [`MAX_GROUP_WORDS`]
/// words after the group's figure.
pub(super) fn picks_from_group(text: &str, earlier: &Found, figure: &Found) -> bool {
    // "Of the 40 cows, about 14 died": the part's qualifier stands after the comma.
    let part_start = figure.qualifier.map_or(figure.span.start, |q| q.start);
    let gap = text.get(earlier.span.end..part_start).unwrap_or("");
    let lead = text.get(..earlier.span.start).unwrap_or("");
    let phrase = gap.trim_end().strip_suffix(',').unwrap_or(".");
    !phrase.contains(['.', ',', ';', ':', '!', '?', '(', ')'])
        && (phrase.split_whitespace().count() <= MAX_GROUP_WORDS
            || group_told_by_a_clause(lead, phrase, earlier.unit.as_deref()))
        && ends_in_a_link(lead, &["of the ", "of "])
}

/// Most figures inside the clause telling which of a group are meant ("Of the 900 patients who
/// waited over 18 months, 200 …").
pub(super) const MAX_FIGURES_IN_GROUP_CLAUSE: usize = 2;

/// Most bytes of the words that tell which members of a group a count picks its part from
/// ("tenants who asked for repairs before the winter", "farms inspected by the council").
pub(super) const MAX_GROUP_CLAUSE_BYTES: usize = 120;

/// Whether `phrase`, the words between a group's figure and the comma before its part, is the
/// group's own noun (`unit`, within [`MAX_GROUP_WORDS`] words) with a clause or phrase telling
/// which of them are meant, in a sentence that opens with "Of" (`lead` is the text before the
/// group's figure): "Of the 400 tenants who asked for repairs in the winter, 90 …", "Of the 60
/// farms inspected by the council, 41 …".
pub(super) fn group_told_by_a_clause(lead: &str, phrase: &str, unit: Option<&str>) -> bool {
    let Some(unit) = unit else {
        return false;
    };
    let opening = lead
        .strip_suffix("Of the ")
        .or_else(|| lead.strip_suffix("Of "))
        .map(str::trim_end);
    let opens_sentence = opening.is_some_and(|before| {
        before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '”'])
    });
    opens_sentence
        && phrase.len() <= MAX_GROUP_CLAUSE_BYTES
        && phrase
            .split_whitespace()
            .take(MAX_GROUP_WORDS)
            .any(|word| word.eq_ignore_ascii_case(unit))
}

/// "Of the 40 depots, 21 reported a fall": a bare whole figure that picks out part of a group
/// of counted things named just before it ([`picks_from_group`]) counts those things. A group
/// measured ("of the 40 miles"), a figure with its own noun ("14 cows") or its own whole ("2 of
/// 10") keeps its unit. A part so counted passes its unit on to the next part of the same
/// group ([`next_part_of_group`]: "17 reported a fall, while 9 saw a rise").
pub(super) fn group_part_units(text: &str, found: &mut [Found]) {
    let mut part_of_group = false;
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (Some(group), Some(figure)) = (left.last(), right.first_mut()) else {
            continue;
        };
        if std::mem::take(&mut part_of_group) && next_part_of_group(text, group, figure) {
            figure.unit = group.unit.clone();
            part_of_group = true;
            continue;
        }
        // "9 of 12 votes, 2 of 10": a figure with its own whole after it is no part of the
        // group before.
        let own_whole = text
            .get(figure.span.end..)
            .is_some_and(|after| after.starts_with(" of "));
        if text_before_bare_whole(text, figure, 0).is_none() || own_whole {
            continue;
        }
        // "Of the 900 patients who waited over 18 months, 200 …": figures inside the clause
        // that tells which of the group are meant stand between the group and its part.
        let Some(group) = left
            .iter()
            .rev()
            .take(MAX_FIGURES_IN_GROUP_CLAUSE + 1)
            .find(|group| group.flags.is_empty() && picks_from_group(text, group, figure))
        else {
            continue;
        };
        if let Some(unit) = group.unit.as_deref().filter(|u| is_counted_thing(u)) {
            figure.unit = Some(unit.to_string());
            part_of_group = true;
        }
    }
}

/// Whether `figure`, a bare whole figure, is a further part of the group `part` was counted
/// from: it follows `part` in its sentence after one of [`ELLIPSIS_LINKS`] and is the subject of
/// a verb ([`is_verb_after_count`]), as "9" in "Of the 30 depots, 17 reported a fall, while 9
/// saw a rise". A figure with its own noun, or in a phrase ("over 9 days"), is none.
pub(super) fn next_part_of_group(text: &str, part: &Found, figure: &Found) -> bool {
    let Some(gap) = text.get(part.span.end..figure.span.start) else {
        return false;
    };
    let next_word = text
        .get(figure.span.end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or("");
    text_before_bare_whole(text, figure, 0).is_some()
        && gap.len() <= MAX_COMPARISON_GAP
        && !gap.contains(['.', '!', '?', ';', ':', '\n', '"', '“', '”'])
        && ELLIPSIS_LINKS.iter().any(|link| gap.ends_with(link))
        && is_verb_after_count(next_word)
}

/// Whether the words after byte `end` tell that what a count counts were killed, hurt or lost:
/// one of [`CASUALTY_STATES`], after one of [`CASUALTY_STATE_VERBS`] or not, that ends its clause
/// or is followed by a function word or a capitalised word ("14 dead as", "were killed on
/// Monday", "37 injured."), not by a noun it describes.
pub(super) fn casualty_state_after(text: &str, end: usize) -> bool {
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
pub(super) fn more_harmed(text: &str, end: usize, further: bool) -> bool {
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
pub(super) fn restated_count_unit(text: &str, count: &Found, share: &Found) -> Option<String> {
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

/// The unit of `count` when `places`, right after it, tells where the counted come from ("410
/// delegates from 19 countries"): a count of things, its own noun and "from" between the two,
/// and no qualifier on `places`. What a bare figure compared after `places` counts.
pub(super) fn count_from_places_unit(text: &str, count: &Found, places: &Found) -> Option<String> {
    let unit = count.unit.as_deref().filter(|u| is_counted_thing(u))?;
    if places.qualifier.is_some() || !places.unit.as_deref().is_some_and(is_counted_thing) {
        return None;
    }
    let noun = text
        .get(count.span.end..places.span.start)?
        .strip_prefix(' ')?
        .strip_suffix(" from ")?;
    noun.eq_ignore_ascii_case(unit).then(|| unit.to_string())
}

/// Whether `gap` ends with one of `links`, whatever their case ("up from ").
pub(super) fn ends_in_a_link(gap: &str, links: &[&str]) -> bool {
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
pub(super) fn millions_compared_with_a_sum(text: &str, found: &mut [Found]) {
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
pub(super) fn share_compared_units(text: &str, found: &mut [Found]) {
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
        // "410 delegates from 19 countries, up from 350": the places a count comes from are
        // not what the comparison is about; the count is.
        let origin = i
            .checked_sub(2)
            .and_then(|k| count_from_places_unit(text, &found[k], &found[i - 1]));
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
            match restated.or(origin).filter(|_| compared) {
                Some(unit) => later.unit = Some(unit),
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

/// "replaced 212 homes with 180 new ones": a figure whose noun is the pro-form "ones" counts what
/// the nearest earlier count of things in its paragraph counts; with no such count it has no
/// unit, as "ones" names nothing by itself.
pub(super) fn pro_form_units(found: &mut [Found]) {
    for i in 0..found.len() {
        let (earlier, rest) = found.split_at_mut(i);
        let Some(figure) = rest.first_mut() else {
            continue;
        };
        if figure.unit.as_deref() == Some("ones") {
            figure.unit = earlier
                .iter()
                .rev()
                .find(|f| f.unit.as_deref().is_some_and(is_counted_thing))
                .and_then(|f| f.unit.clone());
        }
    }
}

/// Most words after "of" in a count that a verb takes as its object ("the number of beds held
/// for winter").
pub(super) const MAX_COUNT_OBJECT_WORDS: usize = 6;

/// "The storm took the number of homeless families to 2,300", "the council cut the number of
/// moorings from 240 to 210": a bare whole figure after "to", "from" or "by" (or "from" a figure
/// "to") in a clause whose verb takes "the" and one of [`COUNT_OF_NOUNS`] and "of" as its object
/// counts the plural after "of", as the subject of "the number of moorings fell to 210" does;
/// a verb of change or level after the count ("the number of buses rose to 40") ends it.
pub(super) fn count_object_units(text: &str, found: &mut [Found]) {
    for figure in found.iter_mut() {
        let Some(before) = text_before_bare_whole(text, figure, COUNT_SUBJECT_REACH) else {
            continue;
        };
        let clause = before.get(clause_start_in(before)..).unwrap_or("");
        if !clause.ends_with(' ') {
            continue;
        }
        let lower = clause.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let ends = match words.as_slice() {
            [.., "from", first, "to"] if first.starts_with(|c: char| c.is_ascii_digit()) => 3,
            [.., "to" | "from" | "by"] => 1,
            _ => continue,
        };
        let object = &words[..words.len() - ends];
        let unit = (1..object.len()).rev().find_map(|at| {
            let verb = object[at - 1];
            let tail = &object[at + 1..];
            let plain_tail = tail.len() <= MAX_COUNT_OBJECT_WORDS + 2
                && tail
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
                // A verb after the count ("… of buses rose to 40") ends it; the link
                // words that are particles ("of", "at") do not.
                && !tail.iter().any(|w| {
                    CHANGE_VERBS.contains(w)
                        || (TOLL_LINK_WORDS.contains(w) && !LEVEL_PARTICLES.contains(w))
                });
            (object[at] == "the"
                && !is_function_word(verb)
                && verb.chars().all(char::is_alphabetic)
                && plain_tail)
                .then(|| count_subject_unit(tail))
                .flatten()
        });
        if let Some(unit) = unit {
            figure.unit = Some(unit.to_string());
        }
    }
}

/// Most bytes between a bare figure and the count whose noun it leaves out.
pub(super) const MAX_PARALLEL_GAP: usize = 120;

/// "Waits averaged 41 minutes this year, and 36 a year earlier", "three other clubs, two in
/// Germany", "38 cancelled flights, and 74 delayed": a bare figure right after one of
/// [`PARALLEL_ELLIPSIS_LINKS`], followed by the end of its phrase, one of [`PARALLEL_FOLLOWERS`]
/// or a past participle, repeats the count of the nearest figure before it in its sentence and
/// takes its noun, when that names counted things or a measure (not money nor a share). A
/// figure in a phrase that one of [`PARALLEL_PHRASE_PREPOSITIONS`] opens ("28 players over 10
/// months, and 5 on loan") is passed over for the count before it; with none, no unit is given.
pub(super) fn parallel_elided_units(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let later = &found[i];
        if later.unit.is_some() || !later.flags.is_empty() || later.value.is_none() {
            continue;
        }
        let lead = later
            .qualifier
            .map_or(later.span.start, |q| q.start.min(later.span.start));
        let linked = text
            .get(..lead)
            .is_some_and(|before| PARALLEL_ELLIPSIS_LINKS.iter().any(|l| before.ends_with(l)));
        if !linked || !ends_an_elided_count(text, later.span.end) {
            continue;
        }
        let mut unit = None;
        for earlier in found[..i].iter().rev() {
            let gap = text.get(earlier.span.end..lead).unwrap_or(".");
            if gap.len() > MAX_PARALLEL_GAP
                || gap.contains(['.', '!', '?', ';', ':', '\n', '"', '“', '”', '(', ')'])
            {
                break;
            }
            if in_a_phrase_of_measure(text, earlier) {
                continue;
            }
            unit = earlier
                .unit
                .as_deref()
                .filter(|u| earlier.flags.is_empty() && carries_to_a_parallel(u))
                .map(str::to_string);
            break;
        }
        if unit.is_some() {
            found[i].unit = unit;
        }
    }
}

/// Whether a unit may be carried to a parallel figure: counted things or a measure in words.
pub(super) fn carries_to_a_parallel(unit: &str) -> bool {
    is_counted_thing(unit) || MEASURE_PLURALS.contains(&unit)
}

/// Whether what follows byte `end` ends a count whose noun was left out: the end of its phrase
/// (a mark or the end of the text), one of [`PARALLEL_FOLLOWERS`] or a past participle in
/// "-ed" ("74 delayed").
pub(super) fn ends_an_elided_count(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(' ') else {
        return rest.is_empty() || rest.starts_with(['.', ',', ';', '!', '?', '\n']);
    };
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    PARALLEL_FOLLOWERS.contains(&word.as_str()) || (word.len() > 4 && word.ends_with("ed"))
}

/// Whether a figure stands in a phrase that one of [`PARALLEL_PHRASE_PREPOSITIONS`] opens,
/// right before it or before a determiner before it ("in 12 towns", "for the 12 weeks"), or one
/// of [`PARALLEL_MEASURE_PREPOSITIONS`] when the figure is a measure ("over 10 months"); the
/// words of its qualifier count as words before it.
pub(super) fn in_a_phrase_of_measure(text: &str, figure: &Found) -> bool {
    let start = figure.span.start;
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start).unwrap_or("").to_lowercase();
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let measure = figure
        .unit
        .as_deref()
        .is_some_and(|u| MEASURE_PLURALS.contains(&u));
    let opens = |w: &str| {
        PARALLEL_PHRASE_PREPOSITIONS.contains(&w)
            || (measure && PARALLEL_MEASURE_PREPOSITIONS.contains(&w))
    };
    opens(last)
        || (matches!(last, "the" | "a" | "an" | "its" | "their" | "his" | "her")
            && words.next().is_some_and(opens))
}

/// Whether a phrase of a grave state of health follows byte `end`: "in", "a" or not, one of
/// [`CASUALTY_CONDITIONS`] and "condition" ("in serious condition", "in a critical condition").
pub(super) fn casualty_condition_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(" in ")) else {
        return false;
    };
    let rest = rest.strip_prefix("a ").unwrap_or(rest);
    CASUALTY_CONDITIONS.iter().any(|state| {
        rest.get(..state.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(state))
            && rest[state.len()..]
                .strip_prefix(" condition")
                .is_some_and(|tail| !tail.starts_with(char::is_alphanumeric))
    })
}

/// Most sentence ends between a figure's pronoun ([`FIGURE_PRO_FORMS`]) and the figure it
/// stands for: that of the sentence before.
pub(super) const MAX_PRO_FORM_SENTENCE_ENDS: usize = 1;

/// Most helper words ([`PRO_FORM_VERB_HELPERS`]) between a figure's pro-form and its verb.
pub(super) const MAX_PRO_FORM_HELPERS: usize = 3;

/// "About 23,000 homes lost power. By noon, that had fallen to 3,400", "Unemployment stands at
/// 4.2%. A year ago it was 4.9", "it treated 41 patients, and the figure rose to 57": a bare
/// figure right after a verb of change or of being (and "to", "at", "from" or "by"), or
/// after "compares with", whose
/// subject opens its clause and is one of [`FIGURE_PRO_FORMS`], or "the" and one of
/// [`SUMMARY_COUNT_NOUNS`], takes the unit of the figure right before it in its paragraph when
/// that counts things (the figure then whole) or is a percentage; a pronoun reaches back to the
/// sentence before at most. A figure of another kind right before it (money, a span of time)
/// leaves it without a unit.
pub(super) fn pro_form_subject_units(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (earlier, rest) = found.split_at_mut(i);
        let (Some(figure), Some(antecedent)) = (rest.first_mut(), earlier.last()) else {
            continue;
        };
        let (Some(value), Some(unit)) = (figure.value, antecedent.unit.as_deref()) else {
            continue;
        };
        let carries = unit == "percent" || (value.fract() == 0.0 && is_counted_thing(unit));
        if figure.unit.is_some() || !figure.flags.is_empty() || !carries {
            continue;
        }
        let lead = figure
            .qualifier
            .map_or(figure.span.start, |q| q.start.min(figure.span.start));
        let Some(gap) = text.get(antecedent.span.end..lead) else {
            continue;
        };
        let Some(subject) = pro_form_subject(gap) else {
            continue;
        };
        let sentence_ends: usize = [". ", "! ", "? "]
            .iter()
            .map(|end| gap.matches(end).count())
            .sum();
        let pronoun = FIGURE_PRO_FORMS.contains(&subject.as_str());
        // "the total reached 9" after a percentage: a summary noun sums up a count, no share.
        if (pronoun && sentence_ends > MAX_PRO_FORM_SENTENCE_ENDS)
            || (!pronoun && unit == "percent")
            || no_count_follows(text.get(figure.span.end..).unwrap_or(""))
        {
            continue;
        }
        figure.unit = Some(unit.to_string());
    }
}

/// Whether `after`, the text after a bare figure, makes it part of something else ("one of
/// the busiest days", "3 out of 10", "2 per game").
pub(super) fn no_count_follows(after: &str) -> bool {
    let next = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("")
        .to_lowercase();
    after.starts_with(['-', '/', ':']) || ["of", "out", "per"].contains(&next.as_str())
}

/// The subject, lower case, when `gap`, the text before a figure, ends with a clause whose
/// subject is one of [`FIGURE_PRO_FORMS`] or "the" (or "this", "that") and one of
/// [`SUMMARY_COUNT_NOUNS`], then up to [`MAX_PRO_FORM_HELPERS`] of [`PRO_FORM_VERB_HELPERS`],
/// a verb of change or of being, and perhaps "to", "at", "from" or "by" (or one of
/// [`PRO_FORM_COMPARE_VERBS`] and "with" or "against"); before the subject
/// stands the start of a sentence, a comma, one of [`PRO_FORM_CLAUSE_OPENERS`] or a short
/// fronted phrase of time ("By noon,", "A year ago", "in 2019").
pub(super) fn pro_form_subject(gap: &str) -> Option<String> {
    if !gap.ends_with(' ') {
        return None;
    }
    let clause_start = after_last_of(gap, &[". ", "! ", "? ", "; ", ": ", "\n"]);
    let clause = gap.get(clause_start..)?.to_lowercase();
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    let particle = words.pop()?;
    let verb = if ["to", "at", "from", "by"].contains(&particle) {
        words.pop()?
    } else if ["with", "against"].contains(&particle) {
        words
            .pop()
            .filter(|verb| PRO_FORM_COMPARE_VERBS.contains(verb))?
    } else {
        particle
    };
    let compared = PRO_FORM_COMPARE_VERBS.contains(&verb) && verb != particle;
    if !compared && !CHANGE_VERBS.contains(&verb) && !PRO_FORM_LEVEL_VERBS.contains(&verb) {
        return None;
    }
    let helpers = words
        .iter()
        .rev()
        .take_while(|w| PRO_FORM_VERB_HELPERS.contains(w))
        .count();
    if helpers > MAX_PRO_FORM_HELPERS {
        return None;
    }
    words.truncate(words.len() - helpers);
    let subject = words.pop()?;
    let summary = SUMMARY_COUNT_NOUNS.contains(&subject)
        && words
            .last()
            .is_some_and(|w| ["the", "this", "that"].contains(w));
    if summary {
        words.pop();
    } else if !FIGURE_PRO_FORMS.contains(&subject) {
        return None;
    }
    let opens_clause = match words.as_slice() {
        [] => true,
        [.., last] if last.ends_with(',') || PRO_FORM_CLAUSE_OPENERS.contains(last) => true,
        [first, .., last] if words.len() <= MAX_PRO_FORM_TIME_WORDS => {
            PRO_FORM_TIME_OPENERS.contains(first) || PRO_FORM_TIME_CLOSERS.contains(last)
        }
        [only] => PRO_FORM_TIME_CLOSERS.contains(only),
        _ => false,
    };
    opens_clause.then(|| subject.to_string())
}

/// "A woman died and three others were injured", "two children and four others": a bare whole
/// figure before [`OTHERS_WORD`] counts [`CASUALTY_UNIT`] when what it adds to, earlier in its
/// sentence, is a person: a noun for one after "a", "an", "one" or "the" (and up to two
/// describing words), or a figure that counts people. Anything else ("a bus and two others")
/// leaves it without a unit.
pub(super) fn others_units(text: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let (earlier, rest) = found.split_at_mut(i);
        let Some(figure) = rest.first_mut() else {
            continue;
        };
        let whole = figure.value.is_some_and(|v| v >= 1.0 && v.fract() == 0.0);
        if figure.unit.is_some() || !figure.flags.is_empty() || !whole {
            continue;
        }
        let after = text.get(figure.span.end..).unwrap_or("");
        let next = after
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .unwrap_or("");
        if !next.eq_ignore_ascii_case(OTHERS_WORD) {
            continue;
        }
        let before = text_before_figure(text, figure, COUNT_SUBJECT_REACH);
        let sentence_start = after_last_of(before, &[". ", "! ", "? ", "\n"]);
        let sentence_offset = figure.span.start - before.len() + sentence_start;
        let last_figure = earlier
            .iter()
            .rev()
            .find(|f| f.span.end > sentence_offset && f.span.end <= figure.span.start);
        let person = match last_figure {
            Some(count) => count.unit.as_deref().is_some_and(counts_people),
            None => names_a_person(before.get(sentence_start..).unwrap_or("")),
        };
        if person {
            figure.unit = Some(CASUALTY_UNIT.to_string());
        }
    }
}

/// Whether `unit` counts people: [`CASUALTY_UNIT`], or the plural of a noun for a person.
pub(super) fn counts_people(unit: &str) -> bool {
    let singular = unit.strip_suffix('s').unwrap_or(unit);
    unit == CASUALTY_UNIT
        || ["men", "women", "children"].contains(&unit)
        || is_person_noun(singular)
}

/// Whether a lower-case singular noun names a person: one of [`SINGULAR_PERSON_NOUNS`] or a
/// noun of either gender ("woman", "father").
pub(super) fn is_person_noun(word: &str) -> bool {
    SINGULAR_PERSON_NOUNS.contains(&word)
        || crate::lexicon::person_titles::MALE_NOUNS.contains(&word)
        || crate::lexicon::person_titles::FEMALE_NOUNS.contains(&word)
}

/// Whether the last noun phrase that "a", "an", "one" or "the" opens in `sentence` names a
/// person ("A woman died and", "the bus driver and"): one of its first three words is a noun
/// for one, after words that are no function words.
pub(super) fn names_a_person(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .collect();
    let Some(opener) = words
        .iter()
        .rposition(|w| ["a", "an", "one", "the"].contains(w))
    else {
        return false;
    };
    words
        .iter()
        .skip(opener + 1)
        .take(3)
        .take_while(|w| !w.is_empty() && !is_function_word(w))
        .any(|w| is_person_noun(w))
}
