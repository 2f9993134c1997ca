//! The subject before a cue, and whom a pronoun or an earlier quote points to.

use super::*;

impl Context<'_> {
    /// The subject of the sentence starting at token `start`, for a cue at token `cue` that has
    /// none of its own: the pronoun opening the sentence, else the subject of the nearest cue
    /// before it in the sentence (looked for within [`MAX_SUBJECT_LOOKBACK`] tokens), else,
    /// with no cue before and for a cue other than `saying`, the subject opening the sentence
    /// when a finite verb follows it.
    pub(super) fn sentence_subject(&self, start: usize, cue: usize) -> Option<Subject> {
        if start >= cue {
            return None;
        }
        if self.pronoun(start) {
            return Some(Subject::Pronoun(start));
        }
        let earliest = (start + 1).max(cue.saturating_sub(MAX_SUBJECT_LOOKBACK));
        match (earliest..cue).rev().find(|&k| self.cue_at(k).is_some()) {
            Some(nearest) => self.subject_before(nearest),
            // `Ada Quist attacked the plan, calling it “…”`: the subject opening the sentence,
            // a finite verb after it. For `saying`, which a document may do (`has seen a
            // message sent by the airline saying …`), only a person's name (`Ivo Dane spoke on
            // Monday, saying …`).
            None => {
                let participle = self
                    .word(cue)
                    .is_some_and(|w| reporting::PARTICIPLE_CUES.contains(&w));
                self.subject_forward(start)
                    .filter(|(subject, end)| {
                        *end < cue
                            && self.verb_at(end + 1)
                            && (!participle || self.reads_as_person(subject))
                    })
                    .map(|(subject, _)| subject)
            }
        }
    }

    /// Whether `subject` names a person: a name known as one, or a full name of two words or
    /// more that marks no body.
    pub(super) fn reads_as_person(&self, subject: &Subject) -> bool {
        let Subject::Name(a, b) = *subject else {
            return false;
        };
        self.names_a_person(subject)
            || names::read_run(self.text, self.tokens, a, b)
                .is_some_and(|run| !run.organisation && run.name_words >= 2)
    }

    /// The last quote before quote `qi`, in the paragraph of the pronoun at token `i` or the one
    /// before, whose speaker was that same pronoun, when no person is named between that quote
    /// and the pronoun: a run of `he said` speaks for one person.
    pub(super) fn same_pronoun_before(
        &self,
        i: usize,
        qi: usize,
        quotes: &[RawQuote],
        out: &[Attribution],
    ) -> Option<usize> {
        let pronoun = self.word(i)?;
        let p = self.earlier_attributed_quote(i, qi, quotes, out, |a| a.mention.is_some())?;
        let mention = out.get(p)?.mention?;
        if !mention.of(self.text).eq_ignore_ascii_case(pronoun)
            || mention.end > self.tokens[i].span.start
        {
            return None;
        }
        self.nobody_named_between(quotes[p].span.end.min(mention.end), i)
            .then_some(p)
    }

    /// The nearest quote before quote `qi`, at the depth of token `i` and in its paragraph or
    /// the last, whose attribution in `out` `wanted` accepts.
    pub(super) fn earlier_attributed_quote(
        &self,
        i: usize,
        qi: usize,
        quotes: &[RawQuote],
        out: &[Attribution],
        wanted: impl Fn(&Attribution) -> bool,
    ) -> Option<usize> {
        let paragraph = self.tokens[i].paragraph;
        (0..qi).rev().take(8).find(|&p| {
            quotes[p].depth == self.tokens[i].depth
                && quotes[p].last_paragraph + 1 >= paragraph
                && out.get(p).is_some_and(&wanted)
        })
    }

    /// Whether no person is named between offset `from` and token `i`.
    pub(super) fn nobody_named_between(&self, from: usize, i: usize) -> bool {
        self.register
            .last_person_between(from, self.tokens[i].span.start)
            .is_none()
    }

    /// The quote before quote `qi` that two people spoke jointly, when the pronoun at token `i`
    /// is "they" and means them (`“…,” Ann Lee and Tom Roe said. … They vowed to “…”`): the
    /// nearest earlier quote with a speaker, in this or the last paragraph, was credited to a
    /// mention naming two different people, and nobody is named between it and the pronoun.
    pub(super) fn joint_speakers_before(
        &self,
        i: usize,
        qi: usize,
        quotes: &[RawQuote],
        out: &[Attribution],
    ) -> Option<usize> {
        if !self.word(i)?.eq_ignore_ascii_case("they") {
            return None;
        }
        let p = self.earlier_attributed_quote(i, qi, quotes, out, |a| a.speaker.is_some())?;
        let mention = out.get(p)?.mention?;
        let speaker = out.get(p)?.speaker.as_deref()?;
        let (last_named, _) = self
            .register
            .last_person_between(mention.start, mention.end)?;
        let joint = last_named != speaker && mention.of(self.text).contains(" and ");
        (joint
            && mention.end <= self.tokens[i].span.start
            && self.nobody_named_between(quotes[p].span.end.max(mention.end), i))
        .then_some(p)
    }

    /// The subject of the nearest cue before token `cue` in the sentence starting at token
    /// `start`, when it has one that can be read and no person is named between the two cues
    /// (`…, he said on Saturday, adding …`; in `Cole said that Ford ordered it, telling him …`
    /// the telling is Ford's).
    pub(super) fn earlier_cue_subject(&self, start: usize, cue: usize) -> Option<Subject> {
        let earliest = (start + 1).max(cue.saturating_sub(MAX_SUBJECT_LOOKBACK));
        let earlier = (earliest..cue)
            .rev()
            .find(|&k| self.tokens[k].depth == 0 && self.cue_at(k).is_some())?;
        let between = (self.tokens[earlier].span.end, self.tokens[cue].span.start);
        if self
            .register
            .last_person_between(between.0, between.1)
            .is_some()
        {
            return None;
        }
        self.subject_before(earlier)
            .filter(|s| !matches!(s, Subject::Unread))
    }

    /// The subject phrase ending right before the cue at `cue_start`.
    pub(super) fn subject_before(&self, cue_start: usize) -> Option<Subject> {
        let paragraph = self.tokens.get(cue_start)?.paragraph;
        let mut j = cue_start.checked_sub(1)?;
        let mut skipped = 0;
        while skipped < MAX_CUE_AUXILIARIES && self.is_aux_or_when(j) {
            j = j.checked_sub(1)?;
            skipped += 1;
        }
        // `Dana Morrow of Veltrix Inc. said`: the full stop of an abbreviation closing a name
        // (`Inc.`, `Jr.`) is passed over to the name.
        if self.is_punct(j, '.')
            && j.checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| {
                    crate::word_set!(person_titles::NAME_ABBREVIATIONS)
                        .contains(names::lower(w).as_str())
                })
        {
            j -= 1;
        }
        // `Nancy Pelosi (D-Calif.) called`, `Jane Doe (pictured) said`: a bracket after the
        // subject is passed over.
        if self.is_punct(j, ')') {
            let open = (j.saturating_sub(MAX_BRACKET_TOKENS)..j)
                .rev()
                .find(|&k| self.is_punct(k, '('))?;
            // `the U.N. humanitarian office (OCHA) said`: an acronym in brackets after a
            // description names the body; after a person's name it is their party or state.
            let acronym = open + 2 == j
                && self.word(open + 1).is_some_and(|w| {
                    (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
                });
            let after_name = open
                .checked_sub(1)
                .and_then(|end| names::run_ending_at(self.text, self.tokens, end))
                .is_some();
            if acronym && !after_name {
                return Some(Subject::Name(open + 1, open + 1));
            }
            j = open.checked_sub(1)?;
        }
        if self.tokens.get(j)?.paragraph != paragraph {
            return None;
        }
        if self.pronoun(j) {
            return Some(Subject::Pronoun(j));
        }
        if let Some(unnamed) = self.unnamed_before_who_clause(j) {
            return Some(unnamed);
        }
        if self.it(j) {
            return Some(Subject::It(j));
        }
        if let Some(k) = j
            .checked_sub(2)
            .filter(|&k| self.epithet_role_end(k) == Some(j))
        {
            return Some(Subject::Unnamed(k, j));
        }
        if let Some(k) = (j.saturating_sub(6)..j).find(|&k| self.age_anaphor(k) == Some(j)) {
            // `Pals of the Finn said`: those tied to the one described are not them.
            if let Some(tie) = self.tie_before(k) {
                return Some(Subject::Unnamed(tie, j));
            }
            return Some(Subject::Anaphor(k, j));
        }
        if let Some(w) = self.word(j) {
            // `Ada Quist, the Labour MP for Leeds North, who said`: a description set off after
            // a name before `who` is the person's, as if the cue followed it.
            if w == "who" && self.is_punct(j.checked_sub(1)?, ',') {
                if let Some(subject @ (Subject::Name(..) | Subject::Unnamed(..))) =
                    self.subject_before(j)
                {
                    return Some(subject);
                }
            }
            if matches!(w, "who" | "which") {
                let k = if self.is_punct(j.checked_sub(1)?, ',') {
                    j.checked_sub(2)?
                } else {
                    j.checked_sub(1)?
                };
                let start = names::run_ending_at(self.text, self.tokens, k)?;
                if let Some(person) = self.person_before_place(start) {
                    return Some(person);
                }
                return Some(self.person_or_name(start, k));
            }
            // `Another added`, `Others said`: people no one names.
            if crate::word_set!(pronouns::INDEFINITE).contains(w.to_lowercase().as_str()) {
                return Some(Subject::Unnamed(j, j));
            }
            if let Some(start) = names::run_ending_at(self.text, self.tokens, j) {
                // `The Council for Trade and Development in Velmora said`: one name.
                let start = self.name_joined_across_in(start).unwrap_or(start);
                if let Some(person) = self.person_before_place(start) {
                    return Some(person);
                }
                if let Some(located) = self.located_subject(start, j) {
                    return Some(located);
                }
                if let Some(someone) = self
                    .someone_tied_to(start, j)
                    .or_else(|| self.capitalised_tie(start, j))
                {
                    return Some(someone);
                }
                let start = self.organisation_start(start, j);
                let start = self.surname_firm_start(start, j).unwrap_or(start);
                let start = self.national_prefix(start, j);
                // `The Rev. Al Sharpe said`: a titled person after "the" is no body.
                let titled_person = names::read_run(self.text, self.tokens, start, j)
                    .is_some_and(|run| run.titled && !run.organisation && run.name_words >= 2);
                if start > 0
                    && !titled_person
                    && self
                        .word(start - 1)
                        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                {
                    if let Some(tie) = self.tie_before(start - 1) {
                        return Some(Subject::Unnamed(tie, j));
                    }
                    return Some(Subject::Group(start - 1, j));
                }
                // `Jane Doe and John Roe said`: the first named speaks for both, as after a
                // quote.
                let first = start
                    .checked_sub(2)
                    .filter(|&before| self.word(before + 1) == Some("and"))
                    .and_then(|before| {
                        let first_start = names::run_ending_at(self.text, self.tokens, before)?;
                        // `Minister for Culture and Youth Ada Quist said`, `Minister for
                        // Trade, Roads and Youth Ada Quist said`: one office's list of
                        // portfolios before one name.
                        if let Some(office) = self.portfolio_office_before(first_start, before, j) {
                            return Some(Subject::Name(office, j));
                        }
                        let run = names::read_run(self.text, self.tokens, first_start, before)?;
                        (run.name_words >= 2 && !run.organisation)
                            .then_some(Subject::Name(first_start, before))
                    });
                return Some(first.unwrap_or(Subject::Name(start, j)));
            }
            if let Some(media) = self.media_ending_at(j) {
                return Some(media);
            }
            if self.group_word(j) || self.body_after_the(j) {
                let mut start = j;
                while start > 0
                    && j - start < 4
                    && self.tokens[start - 1].paragraph == paragraph
                    && (self.plural_possessive_mark(start - 1)
                        || self.word(start - 1).is_some_and(|w| {
                            // `though supporters said`: no link word describes the group.
                            !crate::word_set!(reporting::CUE_WORDS).contains(w)
                                && !crate::word_set!(function_words::PHRASE_LINKS).contains(w)
                                && !matches!(
                                    w,
                                    "though"
                                        | "although"
                                        | "because"
                                        | "yet"
                                        | "so"
                                        | "if"
                                        | "since"
                                )
                        }))
                {
                    start -= 1;
                    if self
                        .word(start)
                        .is_some_and(|w| matches!(w, "the" | "The" | "a" | "A" | "an" | "An"))
                    {
                        break;
                    }
                }
                // `Tom Hale of the Kent police said`: the person of the body speaks.
                if let Some(person) = self.person_before_place(start) {
                    return Some(person);
                }
                // `Members of the council said`: some of its people, not the body.
                if let Some(tie) = self.tie_before(start) {
                    return Some(Subject::Unnamed(tie, j));
                }
                return Some(Subject::Group(start, j));
            }
            // `the chamber of commerce said`: a body; `members of the chamber of commerce
            // said`: some of its people.
            if let Some(start) = self.body_of_ending_at(j) {
                return Some(
                    self.tie_before(start)
                        .map_or(Subject::Group(start, j), |tie| Subject::Unnamed(tie, j)),
                );
            }
            if let Some(start) = self.source_tied_ending_at(j) {
                return Some(Subject::Unnamed(start, j));
            }
            return self.unnamed_ending_at(j).map(|start| {
                let start = self.office_over(start).unwrap_or(start);
                Subject::Unnamed(self.tie_before(start).unwrap_or(start), j)
            });
        }
        if self.is_punct(j, ',') {
            // `Ada Quist, MD, PhD, said`: honours set off after the name are no appositive.
            let j = self.past_post_nominals(j);
            // Appositive: `Jane Doe, the mayor, said`, `Trump, in the garden, declared`.
            let lowest = j.saturating_sub(32);
            let mut k = j.checked_sub(1)?;
            // A full stop that an abbreviation ends before a comma (`Jane Doe, D-N.M., said`)
            // does not close the sentence.
            while k > lowest
                && !self.is_punct(k, ',')
                && !self.punct_ends_sentence(k)
                && self.tokens[k - 1].paragraph == paragraph
            {
                k -= 1;
            }
            if self.is_punct(k, ',') && k + 1 < j {
                // `Ada Quist, 46, from Leeds, whose son is ill, said`: a relative clause set off
                // before the cue describes whoever is named before it, as if the cue came at
                // its opening comma.
                let relative = self.word(k + 1).is_some_and(|w| {
                    crate::word_set!(function_words::RELATIVE_PRONOUNS).contains(w)
                });
                if relative {
                    if let Some(subject) = self.subject_before(k + 1) {
                        return Some(subject);
                    }
                }
                // `Ada Quist, whose son, a nurse, was hurt, said`: an appositive set off inside
                // that clause, which goes on after it with a lower-case word that opens no
                // description.
                let clause_goes_on = self.word(k + 1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && !is_determiner(w)
                        && !is_possessive_determiner(w)
                });
                if !relative && clause_goes_on {
                    if let Some(subject) = self
                        .relative_clause_around(k, paragraph)
                        .and_then(|open| self.subject_before(open))
                    {
                        return Some(subject);
                    }
                }
                // `The Archbishop of Canterbury, the Most Rev Ivo Dane, said`: a titled name
                // after "the" set off after an office is the speaker.
                if let Some(name) = self.titled_name_after_the(k + 1, j) {
                    return Some(name);
                }
                // `Jane Doe, the mayor, said`, `Jane Doe, 45, said`, `Jane Doe, Governor of
                // the bank, said`.
                let describes = self.word(k + 1).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                        || names::is_title(w)
                }) || self.capitalised_role_after_name(k, j);
                if describes {
                    // `Mike Doe, 62, who lives on Elm Road, said`: the age before the clause
                    // belongs to the name.
                    let age_set_off = k.checked_sub(3).filter(|&name_end| {
                        self.is_punct(name_end + 1, ',')
                            && self
                                .word(name_end + 2)
                                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
                            && names::run_ending_at(self.text, self.tokens, name_end).is_some()
                    });
                    let name_end = self.past_post_nominals(k).checked_sub(1);
                    if let Some(end) = age_set_off.or(name_end) {
                        if let Some(start) = names::run_ending_at(self.text, self.tokens, end) {
                            // `The headteacher of Elmgrove Academy, where …, said`: the
                            // name before the set-off words is read as it is before a cue,
                            // so someone tied to it or a body it locates speaks.
                            if let Some(subject) = self
                                .person_before_place(start)
                                .or_else(|| self.located_subject(start, end))
                                .or_else(|| self.someone_tied_to(start, end))
                            {
                                return Some(subject);
                            }
                            return Some(Subject::Name(start, end));
                        }
                        if let Some(start) = self.unnamed_ending_at(end) {
                            // `Its energy minister, Prince Abdulaziz bin Salman, told`: a titled
                            // name set off after a description is the speaker.
                            let titled_name = names::run_starting_at(self.text, self.tokens, k + 1)
                                .is_some_and(|run_end| run_end + 1 == j);
                            if titled_name {
                                return Some(Subject::Name(k + 1, j - 1));
                            }
                            // `Her husband, actor Tom Vale, said`: the name after a role.
                            if let Some((a, b)) =
                                self.role_led_name(k + 1).filter(|&(_, b)| b + 1 == j)
                            {
                                return Some(Subject::Name(a, b));
                            }
                            // `The ministry, in a statement, called`: a body speaks as it
                            // does without the aside.
                            if self.group_word(end) {
                                return Some(Subject::Group(start, end));
                            }
                            let start = self.office_over(start).unwrap_or(start);
                            return Some(Subject::Unnamed(start, end));
                        }
                    }
                }
            }
            // `One witness, Jane Doe, told`: the name just before the comma, itself set off by
            // a comma or opening the sentence (not the last word of a long appositive).
            let end = j.checked_sub(1)?;
            let start = names::run_ending_at(self.text, self.tokens, end)?;
            // `A rival, Ivo Dane and Sons, said`: a firm's name goes on back across "and".
            let start = self.organisation_start(start, end);
            if let Some(person) = self
                .person_before_home_town(start)
                .or_else(|| self.person_before_located_body(start))
            {
                return Some(person);
            }
            let set_off = start == 0
                || self.tokens[start - 1].paragraph != paragraph
                || matches!(
                    self.tokens[start - 1].kind,
                    TokenKind::Punct(',' | '.' | '!' | '?' | ';' | ':')
                );
            return set_off.then_some(Subject::Name(start, end));
        }
        None
    }

    /// `whose son, a nurse, was`: for the comma at token `comma` closing an appositive set off
    /// inside a relative clause, the relative pronoun opening that clause two commas before,
    /// within one sentence of `paragraph`.
    pub(super) fn relative_clause_around(&self, comma: usize, paragraph: usize) -> Option<usize> {
        let lowest = comma.saturating_sub(MAX_RELATIVE_CLAUSE);
        let comma_before = |end: usize| {
            (lowest..end)
                .rev()
                .take_while(|&t| {
                    self.tokens[t].paragraph == paragraph && !self.punct_ends_sentence(t)
                })
                .find(|&t| self.is_punct(t, ','))
        };
        let appositive = comma_before(comma)?;
        let opening = comma_before(appositive)?;
        self.word(opening + 1)
            .is_some_and(|w| crate::word_set!(function_words::RELATIVE_PRONOUNS).contains(w))
            .then_some(opening + 1)
    }

    /// `Diplomats in Brussels said`, `A source at the Pentagon said`, `The U.S. Embassy in Moscow
    /// urged`: for the place whose run goes from token `place_start` to `place_end` after "in",
    /// "at" or "from", the people or body it locates are the subject, not the place. Unnamed
    /// people keep the place in their phrase; a body is read as the subject before the
    /// preposition.
    pub(super) fn located_subject(&self, place_start: usize, place_end: usize) -> Option<Subject> {
        let mut preposition = place_start.checked_sub(1)?;
        if self
            .word(preposition)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        {
            preposition = preposition.checked_sub(1)?;
        }
        let linked = self.word(preposition)?;
        if !matches!(linked, "in" | "at" | "from") {
            return None;
        }
        let mut head = preposition.checked_sub(1)?;
        // `A spokesperson for Acme based in Leeds said`: the participle that locates the body
        // stands between it and the place.
        let located_by = linked == "in"
            && self
                .word(head)
                .is_some_and(|w| crate::word_set!(reporting::LOCATING_PARTICIPLES).contains(w));
        if located_by {
            head = head.checked_sub(1)?;
        }
        if self.unnamed_person_noun(head) || (linked == "from" && self.people_of_a_body(head)) {
            let start = self.unnamed_ending_at(head).unwrap_or(head);
            return Some(Subject::Unnamed(start, place_end));
        }
        let body = linked == "in"
            && (self.group_word(head)
                || self.word(head).is_some_and(|w| {
                    crate::word_set!(reporting::ORGANISATION_WORDS)
                        .contains(w.to_lowercase().as_str())
                }));
        // `A spokesperson for Acme in Leeds said`: a name before the place is what the place
        // locates, as if the cue followed it.
        let named_head = linked == "in"
            && self
                .word(head)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && names::run_ending_at(self.text, self.tokens, head).is_some();
        if body || named_head {
            return self.subject_before(head + 1);
        }
        None
    }

    /// `Tom Reyes, of Austin, Texas, said`, `Tom Reyes, 34, from Leeds, Yorkshire, told`: for
    /// the region whose run starts at token `region`, the person named before the home town it
    /// closes, set off by commas.
    pub(super) fn person_before_home_town(&self, region: usize) -> Option<Subject> {
        let town_end = region.checked_sub(2)?;
        if !self.is_punct(region - 1, ',') {
            return None;
        }
        let town = names::run_ending_at(self.text, self.tokens, town_end)?;
        if !matches!(self.word(town.checked_sub(1)?), Some("of" | "from")) {
            return None;
        }
        let mut comma = town.checked_sub(2)?;
        if !self.is_punct(comma, ',') {
            return None;
        }
        // `, 34,`: an age set off before the town.
        let age = comma
            .checked_sub(2)
            .filter(|&c| self.is_punct(c, ','))
            .filter(|&c| {
                self.word(c + 1)
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
            });
        if let Some(c) = age {
            comma = c;
        }
        let name_end = comma.checked_sub(1)?;
        let name_start = names::run_ending_at(self.text, self.tokens, name_end)?;
        Some(self.person_or_name(name_start, name_end))
    }

    /// `the Rev. Ivo Dane` from token `start` (the article) up to the token `end` that closes
    /// it: the titled person's name.
    pub(super) fn titled_name_after_the(&self, start: usize, end: usize) -> Option<Subject> {
        if !self.word(start)?.eq_ignore_ascii_case("the") {
            return None;
        }
        let name_end = names::run_starting_at(self.text, self.tokens, start + 1)?;
        let run = names::read_run(self.text, self.tokens, start + 1, name_end)?;
        (name_end + 1 == end && run.titled && !run.organisation && run.name_words >= 2)
            .then_some(Subject::Name(start + 1, name_end))
    }

    /// For the capitalised run from token `start` to `end` before the "and" of a list of
    /// portfolios whose holder's name ends at `name_end`, the token opening the office that
    /// heads the list, read back over runs set off by commas (`Minister for Trade, Roads`).
    pub(super) fn portfolio_office_before(
        &self,
        start: usize,
        end: usize,
        name_end: usize,
    ) -> Option<usize> {
        let (mut start, mut end) = (start, end);
        for _ in 0..MAX_PORTFOLIO_RUNS {
            if names::portfolio_list_end(self.text, self.tokens, start, end) == Some(name_end) {
                return Some(start);
            }
            let comma = start.checked_sub(1)?;
            if !self.is_punct(comma, ',') {
                return None;
            }
            end = comma.checked_sub(1)?;
            start = names::run_ending_at(self.text, self.tokens, end)?;
        }
        None
    }

    /// `Ada Quist, Welsh Labour leader, said`, `Ada Quist, Irish ambassador to Velmora,
    /// said`: whether the appositive between the commas at tokens `open` and `close` is a role
    /// led by a few capitalised modifiers (a nation, a party) and set off after a name.
    pub(super) fn capitalised_role_after_name(&self, open: usize, close: usize) -> bool {
        let Some(role) = (open + 1..close)
            .take(MAX_CAPITALISED_ROLE_MODIFIERS + 1)
            .find(|&i| {
                self.word(i)
                    .is_some_and(|w| !w.starts_with(char::is_uppercase))
            })
        else {
            return false;
        };
        role > open + 1
            && (open + 1..role).all(|i| self.word(i).is_some())
            && self
                .word(role)
                .is_some_and(|w| crate::word_set!(person_titles::TITLE_WORDS).contains(w))
            && self
                .past_post_nominals(open)
                .checked_sub(1)
                .and_then(|end| names::run_ending_at(self.text, self.tokens, end))
                .is_some()
    }

    /// The comma at token `comma`, or, when honours set off by commas come before it (`Ada
    /// Quist, MD, PhD,`), the comma just after the name.
    pub(super) fn past_post_nominals(&self, comma: usize) -> usize {
        let mut j = comma;
        loop {
            if j >= 2
                && self.is_punct(j - 2, ',')
                && self
                    .word(j - 1)
                    .is_some_and(|w| crate::word_set!(person_titles::POST_NOMINALS).contains(w))
            {
                j -= 2;
            } else if let Some(k) = self.party_label_before(j) {
                j = k;
            } else {
                return j;
            }
        }
    }

    /// `Ada Quist, Democrat of Ohio, said`, `Ivo Dane, R-Texas, said`: for the comma at token
    /// `comma`, the comma opening a party label set off just before it, if there is one.
    pub(super) fn party_label_before(&self, comma: usize) -> Option<usize> {
        let open = (comma.saturating_sub(MAX_ROLE_WORDS + 2)..comma)
            .rev()
            .find(|&k| self.is_punct(k, ','))?;
        let first = self.word(open + 1)?;
        let capitalised_from = |from: usize| {
            from < comma
                && (from..comma).all(|k| {
                    self.word(k)
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                })
        };
        let party_of_state = crate::word_set!(person_titles::PARTY_WORDS)
            .contains(names::lower(first).as_str())
            && self.word(open + 2) == Some("of")
            && capitalised_from(open + 3);
        let letter_state = first.split_once('-').is_some_and(|(letter, state)| {
            crate::word_set!(person_titles::PARTY_LETTERS).contains(letter)
                && state.starts_with(char::is_uppercase)
                && !state.contains('.')
        }) && (open + 2 == comma
            // `Ada Quist, D-Calif., said`: the state's abbreviation keeps its full stop.
            || (open + 3 == comma && self.is_punct(open + 2, '.'))
            || capitalised_from(open + 2));
        (party_of_state || letter_state).then_some(open)
    }

    /// `Pupils were “let down” by the system, Ivo Dane told reporters.`: an attribution set off
    /// by a comma later in the sentence of a quote closing at token `close` that has none of
    /// its own. Other quotes in the sentence are passed over; a readable subject is needed.
    pub(super) fn trailing_attribution(&self, close: usize, quotes: &[RawQuote]) -> Option<Found> {
        let paragraph = self.tokens.get(close)?.paragraph;
        let depth = self.tokens.get(close)?.depth;
        (close + 1..(close + MAX_TRAILING_ATTRIBUTION).min(self.tokens.len()))
            .take_while(|&k| {
                self.tokens[k].paragraph == paragraph && !self.ends_sentence(k, quotes)
            })
            .filter(|&k| self.is_punct(k, ',') && self.tokens[k].depth == depth)
            .find_map(|k| {
                self.after(k - 1)
                    .filter(|f| !matches!(f.subject, None | Some(Subject::Unread)))
            })
    }

    /// Where an organisation's name with "and" in it starts ("the Food and Drink Federation"),
    /// given the run from `start` to `end` after the "and": a run ending in an organisation word
    /// takes the capitalised run before the "and" in; any other run stays as it is ("Jane Doe
    /// and John Roe" are two people).
    pub(super) fn organisation_start(&self, start: usize, end: usize) -> usize {
        let ends_in_organisation_word = self.word(end).is_some_and(|w| {
            let lowered = w.to_lowercase();
            crate::word_set!(reporting::ORGANISATION_WORDS).contains(lowered.as_str())
                || (start == end
                    && crate::word_set!(reporting::FAMILY_FIRM_WORDS).contains(lowered.as_str()))
        });
        let before_and = start
            .checked_sub(2)
            .filter(|&before| self.is_and(before + 1))
            .and_then(|before| {
                Some((
                    names::run_ending_at(self.text, self.tokens, before)?,
                    before,
                ))
            });
        // `the Department of Health and Social Care`: a body's name before the "and" goes on
        // after it, unless a person is named there.
        let body_before = before_and.is_some_and(|(a, b)| {
            names::read_run(self.text, self.tokens, a, b).is_some_and(|run| run.organisation)
        }) && names::read_run(self.text, self.tokens, start, end)
            .is_some_and(|run| !run.titled && names::given_name_gender(&run.name).is_none());
        // `Trelawny & Sons`, `Hale & Dorr`: an ampersand joins the words of one firm's name.
        let ampersand = self.is_punct(start.saturating_sub(1), '&');
        match before_and {
            Some((joined, _)) if ends_in_organisation_word || body_before || ampersand => joined,
            _ => start,
        }
    }

    /// `The U.S. Embassy said`, `the US State Department said`: a country's acronym that the
    /// name run left off (it only describes a person's title) is part of the name of the body
    /// running from token `start` to `end`; where that name starts.
    pub(super) fn national_prefix(&self, start: usize, end: usize) -> usize {
        let body =
            names::read_run(self.text, self.tokens, start, end).is_some_and(|run| run.organisation);
        let Some(mut k) = start.checked_sub(1).filter(|_| body) else {
            return start;
        };
        // `U.S.`: the word `U.S` and its closing full stop, written together.
        if self.is_punct(k, '.') {
            match k.checked_sub(1) {
                Some(word) if self.tokens[word].span.end == self.tokens[k].span.start => k = word,
                _ => return start,
            }
        }
        let acronym = self.word(k).is_some_and(|w| {
            let undotted = names::undotted_acronym(w).unwrap_or_else(|| w.to_string());
            undotted.len() >= 2
                && undotted.chars().all(|c| c.is_ascii_uppercase())
                && crate::word_set!(person_titles::NON_NAME_CAPITALS)
                    .contains(undotted.to_lowercase().as_str())
        });
        if acronym && self.tokens[k].paragraph == self.tokens[start].paragraph {
            k
        } else {
            start
        }
    }

    /// Who issued the document that a definite mention from token `start` to its noun at
    /// `head` speaks for (`the letter said`), read from the sentence that introduced it within
    /// [`MAX_DOCUMENT_INTRODUCTION`] tokens before: the subject of a verb that issued the same
    /// noun (`The mayor, Ria Sallow, sent a letter`, `Elm Weavers issued a short statement`).
    /// `Some(None)` when that document is known but not whose it is: its issuer is unnamed
    /// (`Relatives of the crew released a statement`), several were issued (`Two groups wrote
    /// letters`, or two issuers named with no quote between them), or a new one was mentioned
    /// without one (`A second report found`). `None` when no such document was introduced or
    /// it was the one a cue spoke in (`said in a statement`): the caller decides.
    pub(super) fn document_issuer(
        &self,
        start: usize,
        head: usize,
        quotes: &[RawQuote],
    ) -> Option<Option<String>> {
        let paragraph = self.tokens.get(start)?.paragraph;
        let depth = self.tokens[start].depth;
        let plural = self.word(head)?.ends_with('s');
        let window = |k: &usize| self.tokens[*k].paragraph + 2 >= paragraph;
        let (at, introduction) = (start.saturating_sub(MAX_DOCUMENT_INTRODUCTION)..start)
            .rev()
            .take_while(window)
            .filter(|&k| self.tokens[k].depth == depth)
            .find_map(|k| Some((k, self.document_introduction(k, head)?)))?;
        let issuer = |verb: usize, introduced: usize| {
            let several = self.word(introduced)?.ends_with('s') && !plural;
            let subject = self.subject_before(verb).filter(|_| !several)?;
            match subject {
                // `Relatives of the crew released a statement`: nobody named issued it.
                Subject::Unread | Subject::Unnamed(..) => None,
                // `Every former head of the Port Authority, including …, sent a letter`: a
                // name after `of` completes the subject's noun; it is not the subject.
                Subject::Name(a, _) if self.completes_a_noun(a) => None,
                subject => self.resolve(&subject, quotes).0,
            }
        };
        match introduction {
            DocumentIntroduction::Issued(verb) => {
                let first = issuer(verb, at);
                // `Ann Lee sent a letter, and Tom Roe sent a letter too`: no quote between tells
                // whose is meant.
                let other = (at.saturating_sub(MAX_DOCUMENT_INTRODUCTION)..at)
                    .rev()
                    .take_while(|k| window(k) && self.tokens[*k].depth == depth)
                    .find_map(|k| match self.document_introduction(k, head)? {
                        DocumentIntroduction::Issued(verb) => Some(issuer(verb, k)),
                        _ => None,
                    });
                Some(first.filter(|name| other.as_ref().is_none_or(|o| o.as_ref() == Some(name))))
            }
            DocumentIntroduction::New => Some(self.document_author(at)),
            // `In a statement, Ada Quist said …`, `Ada Quist said in a statement`: the one who
            // spoke in it, when the cue of that sentence has a subject read as someone.
            DocumentIntroduction::SpokenIn(Some(verb)) => issuer(verb, at).map(Some),
            DocumentIntroduction::SpokenIn(None) => None,
        }
    }

    /// The issuer the text names for a subject that is a document with "the" (`The letter
    /// warned`), by [`Self::document_issuer`].
    pub(super) fn definite_document_issuer(
        &self,
        subject: &Subject,
        quotes: &[RawQuote],
    ) -> Option<String> {
        let (Subject::Unnamed(start, head) | Subject::Group(start, head)) = *subject else {
            return None;
        };
        (self.document_noun(head) && self.word(start)?.eq_ignore_ascii_case("the"))
            .then(|| self.document_issuer(start, head, quotes).flatten())
            .flatten()
    }

    /// Whether the name opening at token `a` follows `of` (`the head of the Port Authority`).
    fn completes_a_noun(&self, a: usize) -> bool {
        let before = a.checked_sub(1);
        let before = match before.and_then(|k| self.word(k)) {
            Some("the") => before.and_then(|k| k.checked_sub(1)),
            _ => before,
        };
        before.and_then(|k| self.word(k)) == Some("of")
    }

    /// How the document noun at token `k`, the noun of `head` or its plural, was brought in:
    /// as the object of a verb that issued it (`sent a letter`, `published her final report`,
    /// `wrote letters`), as a new one (`a second report`, `another email`), or as the one a
    /// cue spoke in (`said in a statement`). `None` for another noun or a mention of one
    /// already known (`the letter`).
    fn document_introduction(&self, k: usize, head: usize) -> Option<DocumentIntroduction> {
        let noun = self.word(head)?;
        let noun = noun.strip_suffix('s').unwrap_or(noun);
        let word = self.word(k)?;
        // `Ann Lee wrote to staff. “…,” the memo said.`: writing to someone sends them a
        // letter, memo or email, which is hers.
        if matches!(word, "wrote" | "written")
            && self.word(k + 1) == Some("to")
            && reporting::WRITTEN_TO_NOUNS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(noun))
        {
            return Some(DocumentIntroduction::Issued(k));
        }
        if !word.eq_ignore_ascii_case(noun)
            && !word
                .strip_suffix('s')
                .is_some_and(|stem| stem.eq_ignore_ascii_case(noun))
        {
            return None;
        }
        let mut determiner = None;
        let mut j = k;
        for _ in 0..MAX_DOCUMENT_MODIFIERS + 2 {
            let Some(w) = j.checked_sub(1).and_then(|before| self.word(before)) else {
                break;
            };
            j -= 1;
            if reporting::DOCUMENT_ISSUING_VERBS.contains(&w) {
                return Some(DocumentIntroduction::Issued(j));
            }
            if determiner.is_some() {
                break;
            }
            if is_determiner(w)
                || is_possessive_determiner(w)
                || reporting::INDEFINITE_DETERMINERS.contains(&w)
            {
                determiner = Some(w);
            } else if !is_lower_word(w) || is_function_word(w) {
                return None;
            }
        }
        let indefinite = determiner.is_some_and(|w| {
            matches!(w, "a" | "A" | "an" | "An") || reporting::INDEFINITE_DETERMINERS.contains(&w)
        });
        if !indefinite {
            return None;
        }
        Some(
            if self.word(j).is_some_and(|w| w.eq_ignore_ascii_case("in")) {
                DocumentIntroduction::SpokenIn(self.cue_speaking_in(j, k))
            } else {
                DocumentIntroduction::New
            },
        )
    }

    /// For a document spoken in, whose phrase runs from `in` at token `at` to its noun at
    /// `noun`: the cue of that sentence it is set beside, just before the phrase (`Ada Quist
    /// said in a statement`) or after it and its comma (`In a statement, Ada Quist said`).
    fn cue_speaking_in(&self, at: usize, noun: usize) -> Option<usize> {
        let before = (at.saturating_sub(MAX_CUE_AUXILIARIES + 1)..at)
            .rev()
            .take_while(|&m| self.word(m).is_some())
            .find(|&m| self.cue_at(m).is_some());
        if before.is_some() {
            return before;
        }
        let comma = noun + 1;
        if !self.is_punct(comma, ',') {
            return None;
        }
        (comma + 1..(comma + 1 + MAX_DESCRIPTION_TO_CUE).min(self.tokens.len()))
            .take_while(|&m| !self.punct_ends_sentence(m) && self.tokens[m].depth == 0)
            .find(|&m| self.cue_at(m).is_some())
    }
}

/// How a document was brought into the text ([`Context::document_introduction`]).
enum DocumentIntroduction {
    /// By the verb at this token, which issued it (`sent a letter`).
    Issued(usize),
    /// As a new document (`a second report`, `another email`).
    New,
    /// As the one a cue spoke in (`said in a statement`), with that cue's token when found.
    SpokenIn(Option<usize>),
}
