//! Word-level helpers of tense and clause: past verbs, future cues, attributions and the words of a
//! phrase.

use super::*;

/// Whether the clause that `after` opens (a leading comma passed over) has a word of the future
/// ([`FUTURE_RE`]) before its next comma, with no past verb, regular or not, before it: "… the
/// minister will meet", not "… the council voted to close the pool, which will".
pub(super) fn future_in_main_clause(after: &str) -> bool {
    let head = main_clause_head(after);
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

/// [`future_in_main_clause`], with the word of the future an auxiliary ([`FUTURE_AUXILIARY_RE`]):
/// "…, we will have the lanes painted", not "…, the town fills up as walkers arrive".
pub(super) fn future_auxiliary_in_main_clause(after: &str) -> bool {
    future_in_main_clause(after)
        && FUTURE_AUXILIARY_RE
            .find_iter(main_clause_head(after))
            .any(|m| !m.as_str().eq_ignore_ascii_case("next"))
}

/// [`future_in_main_clause`], with the word of the future an auxiliary or a modal of what is
/// due ([`DUE_MODAL_RE`]): "…, tenants should hear the result" looks ahead as "…, tenants
/// will hear" does; "…, she must have known" does not.
pub(super) fn future_or_due_in_main_clause(after: &str) -> bool {
    let due = || {
        DUE_MODAL_RE
            .captures_iter(main_clause_head(after))
            .any(|caps| {
                caps.name("next")
                    .is_some_and(|n| !n.as_str().eq_ignore_ascii_case("have"))
            })
    };
    future_auxiliary_in_main_clause(after) || (future_in_main_clause(after) && due())
}

/// The clause that `after` opens, a leading comma passed over, up to its next comma or the end
/// of its sentence.
pub(super) fn main_clause_head(after: &str) -> &str {
    let after = after.trim_start_matches([',', ' ']);
    after
        .split([',', '.', ';', '!', '?'])
        .next()
        .unwrap_or(after)
}

/// Whether the sentence that `after` opens has a word of the future ([`FUTURE_RE`]) with no
/// past verb before it: "… will be refused entry", not "… he said talks would resume".
pub(super) fn future_word_ahead(after: &str) -> bool {
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

/// Whether the sentence that `after` opens (a comma after an opening "From <date>") tells a
/// rule in force from that day in the present ("…, every pound paid in by members goes into the
/// fund", "…, the fare rises to £3, the council said"): no verb in the past stands in it once a
/// closing attribution is left out. A participle after an auxiliary ("is paid") or right before
/// "by", or one word before it ("raised by", "paid in by"), describes its noun or is passive.
pub(super) fn present_rule_ahead(after: &str) -> bool {
    let after = after.trim_start_matches([',', ' ']);
    let sentence = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
    let sentence = sentence
        .get(..closing_attribution_start(sentence))
        .unwrap_or(sentence);
    let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
    let auxiliaries = crate::word_set!(reporting::PARTICIPLE_AUXILIARIES);
    let ws: Vec<(usize, &str)> = letter_words(sentence).collect();
    let has_letters = !ws.is_empty();
    let past = ws.iter().enumerate().any(|(i, &(_, word))| {
        let w = lower(word);
        let w = w.as_str();
        if is_past_verb(w) {
            return true;
        }
        if !(participles.contains(w) || is_regular_past(w)) {
            return false;
        }
        let previous = i
            .checked_sub(1)
            .and_then(|p| ws.get(p))
            .map(|&(_, p)| lower(p));
        let after_auxiliary = previous.is_some_and(|p| auxiliaries.contains(p.as_str()));
        let by_follows = ws
            .iter()
            .skip(i + 1)
            .take(2)
            .any(|&(_, n)| n.eq_ignore_ascii_case("by"));
        !(after_auxiliary || by_follows)
    });
    has_letters && !past
}

/// The most words of a subject before its main verb that [`past_main_verb_before`] reads.
pub(super) const MAX_SUBJECT_WORDS: usize = 5;

/// Whether `head`, the words between an opening date and the first word of the future in its
/// sentence, has a main verb in the past that the future word does not govern: a regular past
/// ("voted", "approved") or a perfect ("has approved") right after a short subject with no
/// comma or conjunction before it, followed before the future word by a comma or a word of
/// [`function_words::CLAUSE_BREAK_WORDS`] ("On Monday, the council voted to close the pool, which will shut"),
/// or the word of the future is its infinitive ("On Monday, the board agreed to close").
/// A participle after an article, an adverb in "-ly" or a passive auxiliary describes a noun
/// or is passive ("the newly elected mayor will", "the man accused of fraud will").
pub(super) fn past_main_verb_before(head: &str) -> bool {
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
pub(super) fn coordinated_verb_start(head: &str) -> Option<usize> {
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
pub(super) fn counts_as_future(clause: &str, m: &regex::Match<'_>) -> bool {
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
    let stayed =
        PAST_SPAN_VERBS.contains(&previous.as_str()) || matches!(previous.as_str(), "was" | "were");
    let adjective = next.eq_ignore_ascii_case("to") || stayed;
    !(word.starts_with(char::is_uppercase)
        || crate::word_set!(crate::lexicon::function_words::ARTICLES).contains(previous.as_str())
        || past_infinitive
        || adjective)
}

/// The most words of a closing attribution ("the health ministry said").
pub(super) const MAX_ATTRIBUTION_WORDS: usize = 5;

/// Where a closing attribution after the last comma of `after` starts ("…will be refused entry,
/// police said", "…, said Ada Quist"): a few words with a past verb of saying. The length of
/// `after` when it has none. After a comma and a closing quote mark ("…need,\" said Ada Quist
/// of the city's chamber of commerce") the speech has ended: the verb of saying need only come
/// among the first few words, however long the speaker's name.
pub(super) fn closing_attribution_start(after: &str) -> usize {
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
pub(super) fn past_participle_governs_date(tail: &str) -> bool {
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
pub(super) fn past_event_after(tail: &str) -> bool {
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
pub(super) fn past_clause_after_link(tail: &str) -> bool {
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
pub(super) static PURPOSE_BY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<verb>[a-z]+)\s+to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,4}?by\s+$")
        .expect("the purpose-by pattern is a valid regex")
});

/// Whether `head`, the words before a verb, ends in "had": the verb is an active past perfect
/// ("had returned to normal by Monday"), no purpose with a deadline to come ("had been hired to
/// finish by June" still is one).
pub(super) fn past_perfect_before(head: &str) -> bool {
    last_word(head).eq_ignore_ascii_case("had")
}

/// Whether `head`, which ends in "to" before a verb, has a verb in the past right before that
/// "to" ("was forced to", "had to", "began to", "were able to") that is none of
/// [`FORWARD_INFINITIVE_VERBS`] ("agreed to", "was set to" still look ahead).
pub(super) fn infinitive_after_past(head: &str) -> bool {
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
pub(super) fn ahead_participle_before_by(before: &str) -> bool {
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
pub(super) const MAX_WITH_SUBJECT_WORDS: usize = 3;

/// The most words of a phrase of place between a participle and a date ("up from the coast").
pub(super) const MAX_PLACE_PHRASE_WORDS: usize = 4;

/// How many words at the end of `head` are a phrase of place after a participle in "-ing"
/// ("drifting up from the coast", "travelling to Port Alder", "sweeping east"): the words after
/// the last such participle, opened by a word of [`PLACE_PREPOSITIONS`] or
/// [`DIRECTION_ADVERBS`], with no conjunction or verb in the
/// past among them and at most [`MAX_PLACE_PHRASE_WORDS`]. Zero when there is none.
///
/// [`PLACE_PREPOSITIONS`]: crate::lexicon::function_words::PLACE_PREPOSITIONS
/// [`DIRECTION_ADVERBS`]: crate::lexicon::function_words::DIRECTION_ADVERBS
pub(super) fn place_phrase_len(head: &[&str]) -> usize {
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
pub(super) fn after_opening_quote(clause: &str) -> &str {
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
pub(super) fn last_clause(before: &str) -> &str {
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
pub(super) fn relative_clause(clause: &str) -> &str {
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
pub(super) fn number_abbreviation_inside(text: &str, i: usize) -> bool {
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
pub(super) fn clock_suffix_inside(bytes: &[u8], i: usize) -> bool {
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
pub(super) fn phrase_ends<'a>(
    text: &'a str,
    phrases: &'a [&'a str],
) -> impl Iterator<Item = usize> + 'a {
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
pub(super) fn letter_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
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
pub(super) fn follows_a_race_time_lead(text: &str, context: &Context<'_>) -> bool {
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
pub(super) fn reads_game_clock(text: &str, context: &Context<'_>) -> bool {
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
pub(super) fn last_word(text: &str) -> &str {
    text.split(|c: char| !c.is_alphabetic())
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
}

/// Whether `word` (lower case) has the shape of a regular past: six letters or more ending in
/// "ed", or a short past of a base in "e" ([`is_short_e_past`]).
pub(super) fn is_regular_past(word: &str) -> bool {
    (word.len() >= 6 && word.ends_with("ed")) || is_short_e_past(word)
}

/// Whether `word` (lower case) is the short regular past of a verb whose base ends in "e":
/// "died", "tied", "sued" (a base in "-ie" or "-ue") or "fired", "voted", "named" (a vowel and
/// a consonant before "ed"). Longer words in "-ed" are pasts anyway; "need", "shed" and "bred"
/// are not of this shape.
pub(super) fn is_short_e_past(word: &str) -> bool {
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
pub(super) fn unchanged_past(word: &str, previous: &str, before_previous: &str) -> bool {
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
pub(super) fn is_past_verb(word: &str) -> bool {
    let reporting = crate::word_set!(reporting::CUE_WORDS).contains(word) && word.ends_with("ed");
    reporting || crate::word_set!(reporting::IRREGULAR_PAST_VERBS).contains(word)
}

/// Lower-case words of an expression (letters, digits and apostrophes).
pub(super) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The weekday named by `word` (any case), in full or abbreviated with or without its full stop
/// ("Friday", "fri", "Tues."): each abbreviation is the start of its weekday's name.
pub(super) fn weekday_of(word: &str) -> Option<Weekday> {
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
pub(super) fn modifier_of(words: &[String]) -> Option<&'static str> {
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
