//! What the words around a candidate say about it: its tense, its clause, the noun it describes.

use super::*;

impl Context<'_> {
    /// The body text before the candidate, at most `limit` bytes, cut on a char boundary.
    pub(super) fn before(&self, limit: usize) -> &str {
        let mut from = self.span.start.saturating_sub(limit).max(self.range.start);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        self.text.get(from..self.span.start).unwrap_or("")
    }

    /// The body text after the candidate, at most `limit` bytes, cut on a char boundary.
    pub(super) fn after(&self, limit: usize) -> &str {
        let mut to = (self.span.end + limit).min(self.range.end);
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        self.text.get(self.span.end..to).unwrap_or("")
    }

    /// Whether the body text the candidate stands in has one of `words` (lower case).
    pub(super) fn paragraph_has_word(&self, words: &rustc_hash::FxHashSet<&str>) -> bool {
        self.text
            .get(self.range.start..self.range.end)
            .is_some_and(|p| {
                p.split(|c: char| !c.is_alphanumeric())
                    .any(|w| words.contains(w.to_lowercase().as_str()))
            })
    }

    /// Whether the sentence around the candidate has a verb in the past: a past reporting verb
    /// or auxiliary ("said", "was"), a longer word in "-ed" ("happened"), or an irregular past
    /// form with no auxiliary before it ("won", not "will be held").
    pub(super) fn past(&self) -> bool {
        self.past_with(true)
    }

    /// [`Context::past`]; with `perfect` false, a participle in "-ed" after "has" or "have"
    /// ("The Met Office has issued a warning for Thursday") tells of no past day.
    pub(super) fn past_with(&self, perfect: bool) -> bool {
        self.past_in(perfect, false)
    }

    /// [`Context::past_with`]; with `skip_attribution`, a closing attribution after a comma
    /// ("…will not be affected, officials said") is left out: it tells when the words were
    /// said, not when the date's clause happens.
    pub(super) fn past_in(&self, perfect: bool, skip_attribution: bool) -> bool {
        self.past_since(perfect, skip_attribution, 0)
    }

    /// [`Context::past_in`], with the text before the candidate cut to start at byte `floor`
    /// of the text at the earliest.
    pub(super) fn past_since(&self, perfect: bool, skip_attribution: bool, floor: usize) -> bool {
        let before = self.before(80);
        let cut = (self.span.start - before.len()).max(floor);
        let before = self.text.get(cut..self.span.start).unwrap_or(before);
        let before = last_clause(before);
        // "…, the Weather Service warned, and a warning is in effect through Sunday": a clause
        // joined by "and" or "but" after a comma has a verb of its own.
        let before = [", and ", ", but "]
            .iter()
            .filter_map(|link| before.rfind(link).map(|at| at + link.len()))
            .max()
            .and_then(|at| before.get(at..))
            .unwrap_or(before);
        let after = self.after(80);
        let after = after.split(['.', '!', '?']).next().unwrap_or(after);
        // "on March 7, with heavy falls expected in Lahore": a clause opened by "with" after a
        // comma has a participle of its own, no verb of the date.
        let after = after.split(", with ").next().unwrap_or(after);
        let after = if skip_attribution {
            after
                .get(..closing_attribution_start(after))
                .unwrap_or(after)
        } else {
            after
        };
        let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
        let auxiliaries = crate::word_set!(reporting::PARTICIPLE_AUXILIARIES);
        let passive = crate::word_set!(reporting::PASSIVE_AUXILIARIES);
        let articles = crate::word_set!(crate::lexicon::function_words::ARTICLES);
        let mut previous = String::new();
        let mut before_previous = String::new();
        for (segment, at, word) in [before, after]
            .into_iter()
            .flat_map(|s| letter_words(s).map(move |(at, w)| (s, at, w)))
        {
            let w = word.to_lowercase();
            // "have now won": an adverb between an auxiliary and its participle leaves the
            // auxiliary in force.
            if auxiliaries.contains(previous.as_str())
                && crate::word_set!(reporting::AUXILIARY_ADVERBS).contains(w.as_str())
            {
                continue;
            }
            // "the Met Office": a capitalised word inside the clause is a name, not a verb.
            if !previous.is_empty() && word.starts_with(char::is_uppercase) {
                before_previous = std::mem::replace(&mut previous, w);
                continue;
            }
            // "a shot at the title": a word right after an article is a noun.
            let noun = articles.contains(previous.as_str());
            let simple_past = participles.contains(w.as_str())
                && !auxiliaries.contains(previous.as_str())
                && !noun;
            // "will be attended", "is expected to": a participle of the present or future.
            let after_perfect = !perfect && matches!(previous.as_str(), "has" | "have");
            let regular_past = w.len() >= 6
                && w.ends_with("ed")
                && !passive.contains(previous.as_str())
                && !after_perfect;
            // "died", "sued", "fired", "voted", not "London-based": a short regular past.
            let short_past = is_short_e_past(&w)
                && !segment[..at].ends_with('-')
                && !passive.contains(previous.as_str())
                && !after_perfect
                && !noun;
            let unchanged_past = unchanged_past(&w, &previous, &before_previous);
            if simple_past
                || (is_past_verb(&w) && !after_perfect)
                || regular_past
                || short_past
                || unchanged_past
            {
                return true;
            }
            before_previous = std::mem::replace(&mut previous, w);
        }
        false
    }

    /// Whether the candidate's clause has a verb in the past once a verb of saying before it
    /// and a closing attribution after it are left out: "said it could not wait until" and
    /// "said: \"We cannot wait until" have none, "the plant stayed open until" has one.
    pub(super) fn past_after_saying(&self) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let cues = crate::word_set!(reporting::CUE_WORDS);
        let floor = letter_words(clause)
            .filter(|&(_, w)| {
                let w = lower(w);
                cues.contains(w.as_str()) && is_past_verb(w.as_str())
            })
            .map(|(at, w)| self.span.start - clause.len() + at + w.len())
            .last()
            .unwrap_or(self.span.start - clause.len());
        self.past_since(true, true, floor)
    }

    /// Whether the clause before the candidate has a verb in the past or the present perfect
    /// ("it shipped 12 million", "cases were recorded", "has sold"), as [`Context::past`]
    /// reads them; a candidate opening its sentence ("In eight weeks, it shipped…") or a clause
    /// after a conjunction ("was agreed that in 21 days, if …, it ends") is read with the rest
    /// of the sentence instead, a closing attribution ("…, she said") left out.
    pub(super) fn past_before(&self) -> bool {
        let clause = last_clause(self.before(80));
        let after_conjunction = crate::lexicon::function_words::CLAUSE_OPENING_CONJUNCTIONS
            .contains(&last_word(clause).to_lowercase().as_str())
            && clause.ends_with(char::is_whitespace);
        if after_conjunction {
            return self.past_since(true, true, self.span.start);
        }
        let opening = clause
            .trim_matches(|c: char| !c.is_alphanumeric())
            .is_empty();
        if opening {
            return self.past_in(true, true);
        }
        let before_only = Context {
            range: Span::new(self.range.start, self.span.end),
            ..*self
        };
        before_only.past_with(true)
    }

    /// Whether a clause in the present sets the candidate ahead: no past verb stands around it
    /// (a perfect such as "has issued" aside), and before it in its clause comes a word of
    /// [`SCHEDULE_WORDS`] ("Rain is forecast for Thursday", "City host Rovers on Saturday",
    /// "There is a risk of flooding on Friday") or a present "is" or "are" that sets a time,
    /// place or warning in force ("Kick-off is at 8pm on Wednesday"), with no word of
    /// [`BACKWARD_WORDS`] between ("He is at home after the crash on Friday" is past).
    pub(super) fn present_schedule(&self) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let schedule = crate::word_set!(SCHEDULE_WORDS);
        let fixture = crate::word_set!(FIXTURE_VERBS);
        let determiners = crate::word_set!(crate::lexicon::function_words::ARTICLES);
        let cue_end = letter_words(clause)
            .filter(|&(at, w)| {
                let w = w.to_lowercase();
                schedule.contains(w.as_str())
                    || (fixture.contains(w.as_str())
                        && !determiners.contains(
                            last_word(clause.get(..at).unwrap_or(""))
                                .to_lowercase()
                                .as_str(),
                        ))
            })
            .map(|(at, w)| at + w.len())
            .chain(phrase_ends(clause, FIXTURE_PHRASES))
            .chain(COPULA_AT_RE.find_iter(clause).map(|m| m.end()))
            .max();
        let Some(cue_end) = cue_end else {
            return false;
        };
        let backward = crate::word_set!(BACKWARD_WORDS);
        let looks_back = clause[cue_end..]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| backward.contains(w.to_lowercase().as_str()));
        // "Rovers won on Saturday and host City on Sunday": a verb joined by "and" right
        // before the cue has a tense of its own; the past before the "and" is another clause.
        let floor = coordinated_verb_start(clause.get(..cue_end).unwrap_or(""))
            .map_or(0, |at| self.span.start - clause.len() + at);
        // "Rain is forecast for Thursday, forecasters said": a closing attribution tells when
        // the words were said, not when the timetable's day is.
        !looks_back && !self.past_since(false, true, floor)
    }

    /// Whether a future word follows the candidate in its sentence with no past verb before or
    /// around it: "The election on 4 July will be the first summer poll", "The vote on 4 July
    /// will decide it". The date may still be one gone by ("The crash on 4 February will be
    /// investigated"), so this only widens how far ahead a month is read as this year's.
    pub(super) fn future_after(&self) -> bool {
        future_word_ahead(self.after(FUTURE_WORD_REACH)) && !self.past_in(true, true)
    }

    /// Whether the clause around the candidate speaks of the future: a future word before it
    /// with no past-tense reporting verb or auxiliary in between ("The airline will cut routes,
    /// its chief said on Thursday" is a past Thursday), or a date something is set for right
    /// before it ("set sentencing for March 3").
    pub(super) fn future(&self) -> bool {
        if self.superseded_plan() {
            return false;
        }
        let before = self.before(FUTURE_WORD_REACH);
        // "deferred until Thursday": ahead, unless told as over ("…, when it passed").
        if POSTPONED_TO_RE.is_match(before) {
            return self.postponed_to();
        }
        if SCHEDULED_FOR_RE.is_match(before)
            || COPULA_BEFORE_RE.is_match(before)
            || HAS_UNTIL_RE.is_match(before)
        {
            return true;
        }
        // "a cut by June": a deadline, to come unless the clause tells of the past ("had
        // fallen by June").
        if last_word(before).eq_ignore_ascii_case("by")
            && before.ends_with(char::is_whitespace)
            && (!self.past()
                || ahead_participle_before_by(before)
                || PURPOSE_BY_RE
                    .captures(last_clause(before))
                    .and_then(|caps| caps.name("verb"))
                    .is_some_and(|verb| {
                        !CHANGE_VERBS.contains(&verb.as_str().to_lowercase().as_str())
                            && !past_perfect_before(&last_clause(before)[..verb.start()])
                    }))
        {
            return true;
        }
        // "It will help Lind, who on Saturday held a rally": a relative clause has its own tense.
        let clause = relative_clause(last_clause(before));
        // "could not be reached on Tuesday" tells of the past.
        let Some(last) = FUTURE_RE
            .find_iter(clause)
            .filter(|m| counts_as_future(clause, m))
            // "The loan came due in February": what fell due is past.
            .filter(|m| {
                !(m.as_str()
                    .get(..3)
                    .is_some_and(|w| w.eq_ignore_ascii_case("due"))
                    && clause[..m.start()]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| is_past_verb(&w.to_lowercase())))
            })
            .filter(|m| {
                !(m.as_str().eq_ignore_ascii_case("could")
                    && clause[m.end()..].trim_start().starts_with("not"))
            })
            .last()
        else {
            return false;
        };
        let tail = &clause[last.end()..];
        // "would be announced on 30 October": a participle right after "be" is a passive of
        // the future, no verb of the past.
        let mut previous = "";
        let past_in_tail = tail
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .any(|w| {
                let past = is_past_verb(w) && !previous.eq_ignore_ascii_case("be");
                previous = w;
                past
            });
        !past_in_tail
            && !past_event_after(tail)
            && !past_clause_after_link(tail)
            && !past_participle_governs_date(tail)
    }
}

impl Context<'_> {
    /// Whether the candidate's own clause looks ahead from a past time of telling: a past "was"
    /// or "were" before it with a predicate of [`CHANCE_PREDICATES`] ("said more delays were
    /// likely on Friday"), or, in reported speech (a verb of [`reporting::CUE_WORDS`] before it
    /// in the sentence, or a closing attribution), one of [`REPORTED_PLAN_PREDICATES`] ("the
    /// ruling was due on Friday") or of [`REPORTED_INTENT_PREDICATES`] before "to" ("was
    /// prepared to act as early as the weekend"). A past verb between the predicate and the
    /// candidate, or after the candidate in its sentence, tells of a day gone by.
    pub(super) fn backshifted_ahead(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        let sentence = last_clause(before);
        let clause = relative_clause(sentence);
        let Some(caps) = BACKSHIFTED_PREDICATE_RE.captures_iter(clause).last() else {
            return false;
        };
        let (Some(whole), Some(predicate)) = (caps.get(0), caps.name("predicate")) else {
            return false;
        };
        let predicate = predicate.as_str().to_lowercase();
        let tail = &clause[whole.end()..];
        let chance = CHANCE_PREDICATES.contains(&predicate.as_str());
        let plan = REPORTED_PLAN_PREDICATES.contains(&predicate.as_str())
            || (REPORTED_INTENT_PREDICATES.contains(&predicate.as_str())
                && last_word(tail.split_whitespace().next().unwrap_or(""))
                    .eq_ignore_ascii_case("to"));
        if !(chance || plan) {
            return false;
        }
        let past_word = |w: &str| {
            let w = lower(w);
            let w = w.as_str();
            (is_past_verb(w) || is_regular_past(w)) && !AHEAD_PARTICIPLES.contains(&w)
        };
        let after = self.after(FUTURE_WORD_REACH);
        let rest = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
        let attribution = closing_attribution_start(rest);
        let rest = rest.get(..attribution).unwrap_or(rest);
        if letter_words(tail).any(|(_, w)| past_word(w))
            || past_event_after(tail)
            || past_clause_after_link(tail)
            || letter_words(rest).any(|(_, w)| past_word(w))
        {
            return false;
        }
        let cues = crate::word_set!(reporting::CUE_WORDS);
        let reported = letter_words(&sentence[..sentence.len() - clause.len() + whole.start()])
            .any(|(_, w)| cues.contains(lower(w).as_str()))
            || attribution
                < after
                    .split(['.', ';', '!', '?'])
                    .next()
                    .unwrap_or(after)
                    .len();
        chance || reported
    }

    /// Whether a word of [`RETROACTIVE_WORDS`] stands right before the candidate, or before
    /// "to", "from" or "as of" and the candidate: "backdated to April", "retroactive from
    /// January" reach back to a time gone by.
    pub(super) fn reaches_back(&self) -> bool {
        let ws = words(self.before(40));
        let mut back = ws.iter().rev().map(String::as_str);
        let mut cue = back.next();
        if matches!(cue, Some("to" | "from")) || (cue == Some("of") && back.next() == Some("as")) {
            cue = back.next();
        }
        self.before(1).chars().all(char::is_whitespace)
            && cue.is_some_and(|w| RETROACTIVE_WORDS.contains(&w))
    }

    /// Whether the candidate is the month a plan told in the present progressive starts from:
    /// "The council is banning cars from January", "Banks are introducing the fee from April
    /// onwards". "from" stands right before it, nothing but a clause break or a word of
    /// [`PLAN_START_FOLLOWERS`] after it ("from January levels" is no start), "is" or "are"
    /// and a verb in "-ing" (an adverb in "-ly" may stand between) earlier in its clause, and
    /// no verb of the past around it.
    pub(super) fn progressive_plan_from(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        if !(last_word(before).eq_ignore_ascii_case("from") && before.ends_with(' ')) {
            return false;
        }
        let after = self.after(16);
        let next: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let closes = after.trim().is_empty()
            || after.starts_with([',', '.', ';', ':', '!', '?', ')'])
            || (after.starts_with(' ')
                && PLAN_START_FOLLOWERS.contains(&next.to_lowercase().as_str()));
        if !closes {
            return false;
        }
        let clause = last_clause(before);
        let mut previous = String::new();
        let mut before_previous = String::new();
        let progressive = letter_words(clause).any(|(_, word)| {
            let w = word.to_lowercase();
            let verb = w.len() >= 5 && w.ends_with("ing") && !ING_NON_VERBS.contains(&w.as_str());
            let after_copula = matches!(previous.as_str(), "is" | "are")
                || (previous.ends_with("ly") && matches!(before_previous.as_str(), "is" | "are"));
            before_previous = std::mem::replace(&mut previous, w);
            verb && after_copula
        });
        progressive && !self.past()
    }

    /// Whether the candidate opens its sentence ("On Friday, Blinken will travel to Riyadh",
    /// "Thursday, leaders are expected to sign", or owns an event set for it: "Friday's vote
    /// will decide") and the clause after it speaks of the future: a future word comes before
    /// any past verb ("On Friday, he said talks would resume" is a past Friday); or it tells a
    /// rule in force from that day ([`Context::rule_from_day_ahead`]).
    pub(super) fn opens_future_clause(&self) -> bool {
        self.opens_future_clause_only() || self.rule_from_day_ahead()
    }

    /// Whether the candidate opens its sentence, a quote mark aside, after one of
    /// [`CLAUSE_OPENING_TIME_PREPOSITIONS`] (`lead`), or with it as its own first word: "From 1
    /// August,", "\"By the summer we…".
    pub(super) fn opens_sentence_after_preposition(&self) -> bool {
        let unquoted = |text: &'_ str| -> usize {
            last_clause(text)
                .trim_start()
                .trim_start_matches(['"', '\u{201c}', '\u{2018}', '\''])
                .len()
        };
        let before = self.before(16);
        let lead = before.get(before.len() - unquoted(before)..).unwrap_or("");
        let word = if lead.is_empty() {
            self.span.of(self.text).split_once(' ').map(|(w, _)| w)
        } else {
            lead.strip_suffix(' ')
                .filter(|w| !w.contains(char::is_whitespace))
        };
        word.is_some_and(|w| {
            CLAUSE_OPENING_TIME_PREPOSITIONS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
    }

    /// Whether the candidate opens its sentence after "From" and a comma, and the clause after
    /// it tells a rule in force from that day in the present ([`present_rule_ahead`]): "From 1
    /// August, every pound paid in goes into the fund" starts ahead.
    pub(super) fn rule_from_day_ahead(&self) -> bool {
        let before = self.before(16);
        last_word(before).eq_ignore_ascii_case("from")
            && before.ends_with(' ')
            && self.opens_sentence_after_preposition()
            && self.after(1).starts_with(',')
            && present_rule_ahead(self.after(FUTURE_WORD_REACH))
    }

    /// [`Context::opens_future_clause`] without a rule told in the present.
    fn opens_future_clause_only(&self) -> bool {
        let lead = last_clause(self.before(8)).trim_start();
        // "From Monday, masks will be required", "By Thursday, the council will have decided",
        // "In May, the valley will vote".
        let preposition = ["on ", "from ", "by ", "until ", "in "]
            .iter()
            .any(|p| lead.eq_ignore_ascii_case(p));
        let opens = lead.is_empty() || preposition;
        let at_start = last_clause(self.before(16)).trim_start().len() == lead.len();
        // "At 5:40pm on Wednesday the minister will meet both sides": a clock time opens the
        // sentence before the day, and the clause after it speaks of the future.
        let wide = self.before(48);
        let head = last_clause(wide);
        let clock_lead = (head.len() < wide.len() || wide.len() < 48)
            && OPENING_CLOCK_LEAD_RE.is_match(head.trim_start());
        if clock_lead {
            return future_in_main_clause(self.after(FUTURE_WORD_REACH));
        }
        let after = self.after(FUTURE_WORD_REACH);
        // "Thursday will be the hottest day", "Friday could see highs of 18C": the weekday is
        // the subject of a future word right after it.
        let subject = lead.is_empty()
            && after.starts_with(' ')
            && FUTURE_RE
                .find(after)
                .is_some_and(|m| after[..m.start()].trim().is_empty());
        let owns_event = lead.is_empty()
            && self.after(3).starts_with(['\'', '’'])
            && self.scheduled_event_after();
        // "On Wednesday the minister will meet": an opening preposition needs no comma.
        let marked = self.after(1).starts_with(',') || preposition || subject || owns_event;
        if !opens || !at_start || !marked {
            return false;
        }
        if !(self.after(1).starts_with(',') || subject || owns_event) {
            return future_in_main_clause(after);
        }
        future_word_ahead(after)
    }
}

impl Context<'_> {
    /// Whether a verb of a timetable in the present ([`SCHEDULE_VERB_BEFORE_RE`]) or a verb
    /// that looks ahead ([`AIMED_AHEAD_RE`]) governs the candidate from its clause. With
    /// `weekday`, a plural form that is also the simple past ("Schools shut on Friday") does
    /// not count. A verb after "had" tells of a plan gone by ("had threatened to strike on
    /// Friday").
    pub(super) fn ahead_by_verb(&self, weekday: bool) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let not_after_had = |start: usize| {
            !last_word(clause.get(..start).unwrap_or("")).eq_ignore_ascii_case("had")
        };
        let aimed = AIMED_AHEAD_RE
            .find(clause)
            .or_else(|| ANNOUNCED_LAUNCH_RE.find(clause))
            .is_some_and(|m| not_after_had(m.start()));
        aimed
            || SCHEDULE_VERB_BEFORE_RE
                .captures(clause)
                .is_some_and(|caps| {
                    !(weekday && caps.name("ambiguous").is_some())
                        && caps.get(0).is_some_and(|m| not_after_had(m.start()))
                })
    }

    /// Whether a verb of expecting governs the candidate through its object
    /// ([`EXPECTED_OBJECT_RE`]): "said it expected queues on Friday". Not the passive ("crowds
    /// were expected in the square on Monday"), an adjective after a determiner ("the expected
    /// fall in March"), an expectation gone by ("had expected a deal on Friday"), nor an object
    /// holding a verb of the past ("expected that sales had fallen in March").
    pub(super) fn expected_object_ahead(&self) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        let Some(caps) = EXPECTED_OBJECT_RE.captures_iter(clause).last() else {
            return false;
        };
        let (Some(verb), Some(object)) = (caps.name("verb"), caps.name("object")) else {
            return false;
        };
        let previous = lower(last_word(clause.get(..verb.start()).unwrap_or("")));
        let blocked = crate::word_set!(crate::lexicon::function_words::ARTICLES)
            .contains(previous.as_str())
            || crate::word_set!(reporting::FORMS_OF_BE).contains(previous.as_str())
            || previous.as_str() == "had";
        !blocked
            && !letter_words(object.as_str()).any(|(_, w)| {
                let w = lower(w);
                is_past_verb(w.as_str()) || is_regular_past(w.as_str())
            })
    }

    /// Whether the candidate names the day an event was moved to ([`POSTPONED_TO_RE`]: "the
    /// vote was deferred until Friday", "postponed to Tuesday"), with no verb of the past after
    /// it in its sentence (a closing attribution aside) nor a span told as over: "was put off
    /// until Monday, when it passed" tells of a day gone by.
    pub(super) fn postponed_to(&self) -> bool {
        POSTPONED_TO_RE.is_match(self.before(FUTURE_WORD_REACH))
            && !self.past_verb_follows()
            && !self.span_told_as_over()
    }

    /// Whether a verb of the past follows the candidate in its sentence, a closing attribution
    /// aside: "deferred until Thursday, when it passed", "due in August but it arrived late".
    pub(super) fn past_verb_follows(&self) -> bool {
        let after = self.after(FUTURE_WORD_REACH);
        let rest = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
        let rest = rest.get(..closing_attribution_start(rest)).unwrap_or(rest);
        letter_words(rest).any(|(_, w)| {
            let w = lower(w);
            is_past_verb(w.as_str()) || is_regular_past(w.as_str())
        })
    }

    /// Whether a plan gone by sets the candidate ([`SUPERSEDED_PLAN_RE`]): "The game, originally
    /// scheduled for 10 March, was moved"; or a plan told in the past ([`PAST_DUE_PLAN_RE`]: "The
    /// bridge was due to reopen in February") that is no reported plan still ahead
    /// ([`Self::backshifted_ahead`]: "officials said the report was due in June") nor one that
    /// fell due ("was due in August but it arrived late": the one gone by).
    pub(super) fn superseded_plan(&self) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        SUPERSEDED_PLAN_RE.is_match(clause)
            || (PAST_DUE_PLAN_RE.is_match(clause)
                && !self.backshifted_ahead()
                && !self.past_verb_follows())
    }

    /// Whether the candidate follows "on" after a noun of [`SCHEDULED_EVENT_NOUNS`] and the
    /// noun phrase is the subject of "will", "would" or "shall" right after it (after "be", a
    /// participle only of [`EVENT_TIMETABLE_PARTICIPLES`]): "said the vote
    /// on Sunday would be the last", "The match on 12 May will decide the title". An event set
    /// for a day and told of with a future is to come ("would have" guesses at the past; "the
    /// attack on Sunday would not go unpunished" names no event set for a day).
    pub(super) fn event_subject_of_future(&self) -> bool {
        let before = self.before(40);
        let Some(head) = before.strip_suffix(" on ") else {
            return false;
        };
        // "kick-off on Saturday": the noun is the whole word before "on", hyphen and all.
        let noun = head.rsplit(char::is_whitespace).next().unwrap_or("");
        if !crate::word_set!(SCHEDULED_EVENT_NOUNS).contains(lower(noun).as_str()) {
            return false;
        }
        let after = self.after(32);
        if !after.starts_with(' ') {
            return false;
        }
        let mut next = letter_words(after).map(|(_, w)| lower(w));
        // "sailings on Friday may be cancelled": a hedged modal sets the event in a timetable too.
        let modal = next.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "will" | "would" | "shall" | "may" | "might" | "could" | "should"
            )
        });
        if !modal {
            return false;
        }
        match next.next() {
            Some(w) if w.as_str() == "have" => false,
            // "will be remembered", "would be investigated" look back on the event; "will be
            // played", "would be moved" set it in a timetable.
            Some(w) if w.as_str() == "be" => next.next().is_none_or(|p| {
                let p = p.as_str();
                let participle = is_regular_past(p)
                    || crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES).contains(p);
                !participle || EVENT_TIMETABLE_PARTICIPLES.contains(&p)
            }),
            Some(_) => true,
            None => false,
        }
    }

    /// Whether the candidate opens its clause (at the start of its sentence or quotation, after
    /// a comma, or after "and", "but" or "while" that follow no weekday) and is the subject of a word of the future or
    /// of [`OUTLOOK_VERBS`] right after it: "Thursday sees gales, and Friday should turn
    /// milder", "If the tally is contested, Friday may stretch on", "The weekend promises sun". A
    /// hedged modal before "have" guesses at the past ("Friday could have been"), and "would"
    /// may tell a future seen from the past.
    pub(super) fn subject_of_outlook(&self) -> bool {
        let after = self.after(FUTURE_WORD_REACH);
        let Some(rest) = after.strip_prefix(' ') else {
            return false;
        };
        let mut next = letter_words(rest).map(|(_, w)| lower(w));
        let Some(verb) = next.next() else {
            return false;
        };
        let verb = verb.as_str();
        let outlook = OUTLOOK_VERBS.contains(&verb);
        let future = verb != "would"
            && FUTURE_RE
                .find(rest)
                .is_some_and(|m| m.start() == 0 && counts_as_future(rest, &m));
        if !(outlook || future) || next.next().is_some_and(|w| w.as_str() == "have") {
            return false;
        }
        let before = last_clause(self.before(40));
        let before = before.rsplit('\n').next().unwrap_or(before);
        let lead = before.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\'')
        });
        let conjunction = last_word(lead);
        // "counts from Saturday and Sunday may be revised": two days joined in one phrase,
        // not a clause of its own.
        let opens_clause_after = before.ends_with(' ')
            && ["and", "but", "while"]
                .iter()
                .any(|w| conjunction.eq_ignore_ascii_case(w))
            && lead
                .strip_suffix(conjunction)
                .is_some_and(|head| weekday_of(last_word(head)).is_none());
        lead.trim().is_empty() || lead.ends_with(',') || opens_clause_after
    }

    /// Whether a phrase of what the clause leads up to ([`LEADS_UP_TO_RE`]) ends right before
    /// the candidate, or with `event`, "before" and the noun of an event ([`BEFORE_EVENT_RE`]).
    pub(super) fn leads_up_to(&self, event: bool) -> bool {
        let clause = last_clause(self.before(FUTURE_WORD_REACH));
        LEADS_UP_TO_RE.is_match(clause)
            || (event
                && BEFORE_EVENT_RE.captures(clause).is_some_and(|caps| {
                    caps.name("noun").is_some_and(|noun| {
                        let noun = noun.as_str().to_lowercase();
                        !crate::word_set!(TIMES_OF_DAY).contains(noun.as_str())
                            && !crate::word_set!(PARTS_OF_DAY).contains(noun.as_str())
                    })
                }))
    }

    /// Whether the candidate ends a participle phrase that modifies a noun ("Anyone arriving
    /// after Friday", "Passengers travelling on Sunday") and the sentence goes on with a word
    /// of the future before any past verb ("… will be refused entry"): the phrase picks out
    /// who is concerned by what is to come, so its date is ahead too. A participle in "-ing"
    /// counts before a preposition of [`PARTICIPLE_DATE_PREPOSITIONS`]; with `past_form`, a
    /// past participle too, before one of [`THRESHOLD_PREPOSITIONS`] ("Those hired after June
    /// 1 will be exempt"). An article before the participle makes it a noun ("the meeting on
    /// Friday"); an auxiliary or a past verb before it in its clause makes it a verb of its own
    /// ("were arriving on Friday", "said those arriving").
    pub(super) fn modifier_participle_ahead(&self, past_form: bool) -> bool {
        let clause = after_opening_quote(last_clause(self.before(FUTURE_WORD_REACH)));
        if !clause.ends_with(char::is_whitespace) {
            return false;
        }
        let ws: Vec<&str> = letter_words(clause).map(|(_, w)| w).collect();
        let Some((&preposition, head)) = ws.split_last() else {
            return false;
        };
        // "A storm drifting up from the coast on Sunday": a phrase of where to between the
        // participle of motion and the date's preposition.
        let place = if past_form { 0 } else { place_phrase_len(head) };
        let head = head.get(..head.len() - place).unwrap_or(head);
        // "hired on or after June 1": the participle stands before the two prepositions.
        let head = match head {
            [rest @ .., first, or]
                if or.eq_ignore_ascii_case("or")
                    && THRESHOLD_PREPOSITIONS
                        .iter()
                        .chain(["on"].iter())
                        .any(|p| p.eq_ignore_ascii_case(first)) =>
            {
                rest
            }
            _ => head,
        };
        let Some((&participle, head)) = head.split_last() else {
            return false;
        };
        let Some(&subject) = head.last() else {
            return false;
        };
        let preposition = lower(preposition);
        let participle = lower(participle);
        let (preposition, participle) = (preposition.as_str(), participle.as_str());
        let ing = participle.len() >= 5
            && participle.ends_with("ing")
            && !BACKWARD_WORDS.contains(&participle)
            && PARTICIPLE_DATE_PREPOSITIONS.contains(&preposition);
        let past_participle = past_form
            && THRESHOLD_PREPOSITIONS.contains(&preposition)
            && ((participle.len() >= 5 && participle.ends_with("ed"))
                || is_short_e_past(participle)
                || crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES).contains(participle));
        if !(ing || past_participle) {
            return false;
        }
        let subject = lower(subject);
        if crate::word_set!(crate::lexicon::function_words::ARTICLES).contains(subject.as_str())
            || crate::word_set!(reporting::PARTICIPLE_AUXILIARIES).contains(subject.as_str())
        {
            return false;
        }
        let past_before = head.iter().any(|w| {
            let w = lower(w);
            let w = w.as_str();
            is_past_verb(w) || is_regular_past(w)
        });
        if past_before {
            return false;
        }
        future_word_ahead(self.after(FUTURE_WORD_REACH))
            || (ing && place > 0 && self.motion_after_with(head))
    }

    /// Whether `head`, the words before a participle of motion and its phrase of place that
    /// end right before the candidate, closes on "with" and a short subject after a present
    /// "is" or "are" or a word of the future, and nothing past the candidate up to the next
    /// comma or "and" is a verb in the past: "The thaw is ending, with hail driving east
    /// on Friday" tells of a movement to come with no future verb of its own. A past verb in
    /// `head` is ruled out by the caller.
    pub(super) fn motion_after_with(&self, head: &[&str]) -> bool {
        let Some(with_at) = head
            .iter()
            .rposition(|w| w.eq_ignore_ascii_case("with"))
            .filter(|&at| (1..=MAX_WITH_SUBJECT_WORDS).contains(&(head.len() - at - 1)))
        else {
            return false;
        };
        let present = head.get(..with_at).unwrap_or_default().iter().any(|w| {
            ["is", "are"].iter().any(|be| be.eq_ignore_ascii_case(w))
                || FUTURE_RE
                    .find(w)
                    .is_some_and(|m| m.len() == w.len() && !w.eq_ignore_ascii_case("next"))
        });
        let after = self.after(FUTURE_WORD_REACH);
        let after = after
            .split([',', '.', ';', '!', '?'])
            .next()
            .unwrap_or(after);
        let past_after = letter_words(after)
            .map(|(_, w)| lower(w))
            .take_while(|w| w.as_str() != "and")
            .any(|w| is_past_verb(w.as_str()) || is_regular_past(w.as_str()));
        present && !past_after
    }

    /// Whether the candidate ends a time allowed, in a clause not of the past: "Schools are
    /// closed until Monday", "must be in by 5pm Friday" ("He was held until Monday" is past).
    pub(super) fn deadline_ahead(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        let until = matches!(
            last_word(before).to_lowercase().as_str(),
            "until" | "till" | "through"
        ) && before.ends_with(char::is_whitespace);
        (until || DEADLINE_HOUR_BEFORE_RE.is_match(before))
            && (!self.past() || self.measure_in_force_until())
    }

    /// Whether the candidate ends the time a measure stays in force, after "until", "till" or
    /// "through" (a clock time between or not), with a word of [`MEASURE_IN_FORCE_WORDS`] in
    /// its clause: "issued a warning through 11pm Friday", "classes were canceled until
    /// Monday". Told in the past, the measure still runs ahead ("He was held until Monday" is
    /// past), unless the time after the date is told as gone by too ([`Self::span_told_as_over`]:
    /// "was closed until Saturday while repairs were made").
    pub(super) fn measure_in_force_until(&self) -> bool {
        let before = self.before(FUTURE_WORD_REACH);
        let until = (matches!(
            last_word(before).to_lowercase().as_str(),
            "until" | "till" | "through"
        ) && before.ends_with(char::is_whitespace))
            || DEADLINE_HOUR_BEFORE_RE
                .captures(before)
                .is_some_and(|caps| caps.name("until").is_some());
        let measures = crate::word_set!(MEASURE_IN_FORCE_WORDS);
        let stays = crate::word_set!(PAST_SPAN_VERBS);
        let clause = last_clause(before);
        until
            && letter_words(clause).any(|(_, w)| measures.contains(lower(w).as_str()))
            && !letter_words(clause).any(|(_, w)| stays.contains(lower(w).as_str()))
            && !self.span_told_as_over()
    }

    /// Whether the rest of the candidate's sentence tells the time up to it as over: a clause
    /// of "while" or "whilst" in the past ("was shut until Sunday while the track was
    /// relaid") or a verb in the past perfect ("suspended until Sunday because the cabinet had
    /// flooded"), told from after the time had run out. A cause in the simple past ("because
    /// the cabinet flooded") is told as well while the measure still stands.
    pub(super) fn span_told_as_over(&self) -> bool {
        let after = self.after(FUTURE_WORD_REACH);
        let after = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
        let mut during = false;
        let mut had = false;
        for (_, word) in letter_words(after) {
            let word = lower(word);
            let word = word.as_str();
            let past = is_past_verb(word) || is_regular_past(word);
            if (during && past) || (had && (past || word == "been")) {
                return true;
            }
            had = word == "had";
            during |= matches!(word, "while" | "whilst");
        }
        false
    }
}

impl Context<'_> {
    /// The word after the candidate, past a possessive "'s" ("Friday's vote" → "vote"), in
    /// lower case.
    pub(super) fn noun_after(&self) -> String {
        let after = self.after(24);
        let after = ["'s", "’s"]
            .iter()
            .find_map(|s| after.strip_prefix(s))
            .unwrap_or(after);
        let Some(rest) = after.strip_prefix(char::is_whitespace) else {
            return String::new();
        };
        rest.split(|c: char| !(c.is_alphabetic() || c == '-'))
            .next()
            .unwrap_or("")
            .to_lowercase()
    }

    /// Whether a noun of [`CONTRACT_NOUNS`] follows the candidate, right after it or after one
    /// word in lower case ("for April delivery", "December corn futures").
    pub(super) fn contract_month(&self) -> bool {
        let after = self.after(32);
        let mut words = after.split(' ');
        if words.next() != Some("") {
            return false;
        }
        let noun = |w: &str| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            CONTRACT_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
        };
        match (words.next(), words.next()) {
            (Some(first), _) if noun(first) => true,
            (Some(first), Some(second)) => {
                first.chars().all(|c| c.is_ascii_lowercase()) && !first.is_empty() && noun(second)
            }
            _ => false,
        }
    }

    /// Whether a noun of [`SCHEDULED_EVENT_NOUNS`] follows the candidate ("a Friday vote").
    pub(super) fn scheduled_event_after(&self) -> bool {
        crate::word_set!(SCHEDULED_EVENT_NOUNS).contains(self.noun_after().as_str())
    }

    /// Whether the candidate is the day of a market's close, a level measured already: after
    /// [`CLOSING_MEASURE_BEFORE_RE`] ("to the closing price on Monday") or before "'s close"
    /// or "'s closing" ("above Friday's close").
    pub(super) fn closing_measure(&self) -> bool {
        let after = self.after(12);
        let owns_close = ["'s clos", "’s clos"].iter().any(|p| {
            after
                .get(..p.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(p))
        });
        owns_close || CLOSING_MEASURE_BEFORE_RE.is_match(self.before(48))
    }

    /// Whether the candidate owns an event of [`SCHEDULED_EVENT_NOUNS`] right after a word of
    /// [`BACKWARD_WORDS`] ("after Saturday's federal election") in a sentence whose verb before
    /// it is in the past or the present perfect, not one of speech and with no modal after it:
    /// "The party has won a majority, with its leader set to govern after Sunday's vote" looks
    /// back on a vote gone by; "She said she will quit after Sunday's vote" does not.
    pub(super) fn owned_event_looked_back_on(&self) -> bool {
        let after = self.after(48);
        let Some(rest) = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("’s "))
        else {
            return false;
        };
        let events = crate::word_set!(SCHEDULED_EVENT_NOUNS);
        let owns_event = rest
            .split([',', '.', ';', ':', '!', '?'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .take(3)
            .any(|w| events.contains(w.to_lowercase().as_str()));
        let before = self.before(240);
        let backward = crate::word_set!(BACKWARD_WORDS);
        if !owns_event
            || !before.ends_with(' ')
            || !backward.contains(last_word(before).to_lowercase().as_str())
        {
            return false;
        }
        let head = [". ", "! ", "? "]
            .iter()
            .filter_map(|end| before.rfind(end).map(|at| at + end.len()))
            .max()
            .and_then(|at| before.get(at..))
            .unwrap_or(before);
        let cues = crate::word_set!(reporting::CUE_WORDS);
        let participles = crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES);
        let auxiliaries = crate::word_set!(reporting::PARTICIPLE_AUXILIARIES);
        let modals = crate::word_set!(reporting::MODAL_VERBS);
        let mut told_in_past = false;
        let mut previous = String::new();
        for (_, word) in letter_words(head) {
            let w = word.to_lowercase();
            if matches!(previous.as_str(), "has" | "have")
                && crate::word_set!(reporting::AUXILIARY_ADVERBS).contains(w.as_str())
            {
                continue;
            }
            let perfect = matches!(previous.as_str(), "has" | "have")
                && (participles.contains(w.as_str())
                    || is_past_verb(&w)
                    || (w.len() >= 5 && (w.ends_with("ed") || w.ends_with("en"))));
            let simple_past = (is_past_verb(&w) || participles.contains(w.as_str()))
                && !auxiliaries.contains(previous.as_str());
            if modals.contains(w.as_str()) {
                told_in_past = false;
            } else if (perfect || simple_past) && !cues.contains(w.as_str()) {
                told_in_past = true;
            }
            previous = w;
        }
        told_in_past
    }

    /// Whether the candidate names the day of a time limit in a clause that is not of the past
    /// ("faces a Friday deadline", not "missed a Friday deadline").
    pub(super) fn deadline_to_come(&self) -> bool {
        crate::word_set!(DEADLINE_NOUNS).contains(self.noun_after().as_str()) && !self.past()
    }

    /// Whether the candidate is the day of a time limit named right before it with "of" ("have
    /// agreed an end date of 31 December", "faces a deadline of June 30"), in a clause with no
    /// simple past before it ("missed a deadline of 31 January") and no past verb after it in
    /// its sentence ("the deadline of 31 January passed"), a closing attribution left out.
    pub(super) fn deadline_of(&self) -> bool {
        let before = self.before(40).to_lowercase();
        let Some(head) = before.strip_suffix(" of ") else {
            return false;
        };
        let head = head.trim_end();
        let named = DEADLINE_NOUNS.iter().chain(LIMIT_DATE_NOUNS).any(|noun| {
            head.strip_suffix(noun).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
            })
        });
        if !named || self.past_with(false) {
            return false;
        }
        let after = self.after(FUTURE_WORD_REACH);
        let rest = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
        let rest = rest.get(..closing_attribution_start(rest)).unwrap_or(rest);
        !letter_words(rest).any(|(_, w)| {
            let w = lower(w);
            let w = w.as_str();
            (is_past_verb(w) || is_regular_past(w)) && !AHEAD_PARTICIPLES.contains(&w)
        })
    }
}
