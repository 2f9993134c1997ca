//! Ties between a name and a body or place ("X of Y", "Y's X"), and where a sentence ends.

use super::*;

impl Context<'_> {
    /// [`Self::organisation_start`] read forwards: where the organisation's name that the run
    /// ending at `end` opens ends ("the Food" → "the Food and Drink Federation").
    pub(super) fn organisation_end(&self, end: usize) -> usize {
        let joined = names::run_starting_at(self.text, self.tokens, end + 2)
            .filter(|_| self.is_and(end + 1))
            .filter(|&after| self.organisation_start(end + 2, after) < end + 2);
        joined.unwrap_or(end)
    }

    /// `the Federation of Slate and Granite Cutters`, `the Chamber of Trade and Industry`: where
    /// the body's name from token `start` to `end` ends when an "of" or "for" inside it opens a
    /// complement that goes on across an "and" ([`Self::organisation_end`]). Two names joined
    /// by "and" without such a link (`the Orbury Trust and Bell Motors`) stay two.
    pub(super) fn complement_end(&self, start: usize, end: usize) -> usize {
        let linked = (start + 1..end).any(|k| matches!(self.word(k), Some("of" | "for")));
        if linked {
            self.organisation_end(end)
        } else {
            end
        }
    }

    /// `the Organization for Security and Co-operation in Europe said`: a body's name from token
    /// `start` to `end` goes on through lower-case link words (`in`, `of`, `for`, `and`) joining
    /// capitalised words when the whole runs on to a cue or closes its clause; where it ends.
    /// An `in` joins only as [`Self::joins_across_in`] allows (`the Kremlin in Moscow` is the
    /// Kremlin).
    pub(super) fn linked_name_to_cue(&self, start: usize, end: usize) -> usize {
        let mut last = end;
        for _ in 0..MAX_ROLE_LINKS {
            let joins = match self.word(last + 1) {
                Some("in") => self.joins_across_in(start, last),
                Some("of" | "for" | "and") => true,
                _ => false,
            };
            if !joins {
                break;
            }
            let Some(next) = names::run_starting_at(self.text, self.tokens, last + 2) else {
                break;
            };
            last = self.organisation_end(next);
            let mut j = last + 1;
            let mut skipped = 0;
            while skipped < MAX_CUE_AUXILIARIES && self.is_aux_or_when(j) {
                j += 1;
                skipped += 1;
            }
            // `said the Council for Trade and Development in Velmora.`: or closes the clause
            // after an inverted cue.
            let closes = skipped == 0
                && self.tokens.get(j).is_none_or(|t| {
                    t.paragraph != self.tokens[last].paragraph
                        || matches!(t.kind, TokenKind::Punct('.' | ',' | ';'))
                });
            if self.cue_at(j).is_some() || closes {
                return last;
            }
        }
        end
    }

    /// Whether the capitalised name from token `start` to `end` goes on through an `in` after
    /// it: a name already joined by `for` or `and` whose last word is no body's noun and no
    /// place after `of` (`the Council for Trade and Development in …`, not `the Bank of England
    /// in …` or `the U.S. Embassy in …`).
    pub(super) fn joins_across_in(&self, start: usize, end: usize) -> bool {
        let joined = (start..end).any(|k| matches!(self.word(k), Some("for" | "and")));
        let body_noun = self.group_word(end)
            || self.word(end).is_some_and(|w| {
                crate::word_set!(reporting::ORGANISATION_WORDS).contains(w.to_lowercase().as_str())
            });
        let place_of = end
            .checked_sub(1)
            .is_some_and(|k| self.word(k) == Some("of"));
        joined && !body_noun && !place_of
    }

    /// For a capitalised run starting at token `place_start` after an `in`, the start of the
    /// body's name before the `in` that [`Self::joins_across_in`] carries on through it.
    pub(super) fn name_joined_across_in(&self, place_start: usize) -> Option<usize> {
        let preposition = place_start.checked_sub(1)?;
        if self.word(preposition) != Some("in") {
            return None;
        }
        let end = preposition.checked_sub(1)?;
        let start = names::run_ending_at(self.text, self.tokens, end)?;
        let start = self.organisation_start(start, end);
        self.joins_across_in(start, end).then_some(start)
    }

    /// Whether token `i` is "and" or "&".
    pub(super) fn is_and(&self, i: usize) -> bool {
        self.word(i) == Some("and") || self.is_punct(i, '&')
    }

    /// `a source close to Mr Holden said`, `a spokesman for Mr Putin said`, `the head of the
    /// Bank of England said`: someone known by a tie to the person or body named from token
    /// `name_start` to `name_end`, not that person or body.
    pub(super) fn someone_tied_to(&self, name_start: usize, name_end: usize) -> Option<Subject> {
        // `the head of the Bank of England said`: after "the", the name is a body's, and
        // whoever a noun phrase before it describes is someone unnamed.
        let after_the = name_start
            .checked_sub(1)
            .is_some_and(|the| self.word(the) == Some("the"));
        // `the headteacher of Elmgrove Academy said`, `a nurse at Brayford Hospital said`: a
        // body's name without "the" is a body all the same when its own words say so.
        let named_body = !after_the
            && name_start
                .checked_sub(1)
                .is_some_and(|link| matches!(self.word(link), Some("of" | "at")))
            && names::read_run(self.text, self.tokens, name_start, name_end)
                .is_some_and(|run| run.organisation);
        // `a spokeswoman for Clearview Glass Holdings said`: whoever speaks for a name without
        // "the" speaks for a body when the name reads as one.
        let named_body = named_body || self.spoken_for_named_body(name_start, name_end);
        let body = after_the || named_body;
        // `the mother of victim Chloe Adams`: a description of the person before the name.
        let described = if body {
            0
        } else {
            let words = (1..=MAX_ROLE_WORDS)
                .take_while(|&k| {
                    name_start
                        .checked_sub(k)
                        .and_then(|at| self.word(at))
                        .is_some_and(|w| {
                            w.chars().all(char::is_lowercase)
                                && !is_function_word(w)
                                && !matches!(w, "to" | "for" | "of" | "with")
                        })
                })
                .count();
            // `friends of the late actor Ivo Dane`: the description's article.
            let article = words > 0
                && name_start
                    .checked_sub(words + 1)
                    .and_then(|at| self.word(at))
                    .is_some_and(|w| crate::word_set!(function_words::ARTICLES).contains(w));
            words + usize::from(article)
        };
        let preposition = name_start.checked_sub(if after_the { 2 } else { 1 + described })?;
        if !named_body && !matches!(self.word(preposition), Some("to" | "for" | "of" | "with")) {
            return None;
        }
        let mut noun = preposition.checked_sub(1)?;
        if matches!(self.word(noun), Some("close" | "closest" | "near")) {
            noun = noun.checked_sub(1)?;
        }
        if body {
            // A spokesman or an official of a body speaks for it (`a spokesman for the Bank
            // of England said`): left to the caller, which names the body. An office written
            // alone (`a spokesman for the Treasurer`) is a person's, and whoever speaks for
            // them is someone unnamed.
            let office = (name_start..=name_end).all(|k| self.word(k).is_some_and(names::is_title));
            if self.group_word(noun) && !office {
                return None;
            }
            let start = self.unnamed_ending_at(noun)?;
            return Some(Subject::Unnamed(start, name_end));
        }
        let tie = self.group_word(noun) || self.person_tie_noun(noun);
        // `The governor of Kansas said`, `Every former secretary of the Department of Roads,
        // including …, said`: a determined office held over the place or body is someone
        // unnamed, not the place.
        if !tie && self.lower_case_office(noun) {
            return self
                .unnamed_ending_at(noun)
                .map(|start| Subject::Unnamed(start, name_end));
        }
        tie.then(|| Subject::Unnamed(self.unnamed_ending_at(noun).unwrap_or(noun), name_end))
    }

    /// `a spokeswoman for Clearview Glass Holdings`, `a spokesman for Northgate Kiln Supplies`:
    /// whether the name from token `name_start` to `name_end` follows "for" after a noun for
    /// someone unnamed and reads as a body's, not a person's: a word of a body's name is in
    /// it, or it is [`MIN_UNMARKED_BODY_WORDS`] words or more with no title and no common
    /// given name (`a spokesman for Ivo Dane` or `for Mr Lutz` speaks for a person).
    fn spoken_for_named_body(&self, name_start: usize, name_end: usize) -> bool {
        let Some(link) = name_start.checked_sub(1) else {
            return false;
        };
        if self.word(link) != Some("for")
            || !link
                .checked_sub(1)
                .is_some_and(|noun| self.unnamed_person_noun(noun))
        {
            return false;
        }
        names::read_run(self.text, self.tokens, name_start, name_end).is_some_and(|run| {
            run.organisation
                || (run.name_words >= MIN_UNMARKED_BODY_WORDS
                    && !run.titled
                    && names::given_name_gender(&run.name).is_none())
        })
    }

    /// `Every past mayor of the borough`: for a phrase opening at token `start` after
    /// `of`, the start of the determined office in lower case held over it, whose holders
    /// the whole phrase names.
    pub(super) fn office_over(&self, start: usize) -> Option<usize> {
        let noun = start.checked_sub(2)?;
        (self.word(noun + 1) == Some("of") && self.lower_case_office(noun))
            .then(|| self.unnamed_ending_at(noun))
            .flatten()
    }

    /// Whether the word at token `i` is a title written in lower case, or its plural
    /// (`governor`, `former secretaries`): an office, not a name.
    fn lower_case_office(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && (names::is_title(w)
                    || w.strip_suffix("ies").is_some_and(|stem| {
                        let mut singular = String::with_capacity(stem.len() + 1);
                        singular.push_str(stem);
                        singular.push('y');
                        names::is_title(&singular)
                    })
                    || w.strip_suffix('s').is_some_and(names::is_title))
        })
    }

    /// `Officials close to the president`, `People familiar with Mr. Dane's thinking`: the
    /// start of unnamed sources described by their tie to someone, in a phrase ending at token
    /// `end`; the person they are close to is not the speaker.
    pub(super) fn source_tied_ending_at(&self, end: usize) -> Option<usize> {
        let paragraph = self.tokens.get(end)?.paragraph;
        let link = (end.saturating_sub(MAX_SOURCE_TIE)..end).rev().find(|&k| {
            matches!(
                (self.word(k), self.word(k + 1)),
                (Some("close" | "closest" | "near"), Some("to")) | (Some("familiar"), Some("with"))
            )
        })?;
        let noun = link.checked_sub(1)?;
        // `Mr. Dane's thinking`: the full stop of an abbreviated title stays in the phrase.
        let in_phrase = (noun..=end).all(|k| {
            self.tokens[k].paragraph == paragraph
                && (self.word(k).is_some()
                    || self.plural_possessive_mark(k)
                    || (self.is_punct(k, '.') && !self.punct_ends_sentence(k)))
        });
        if !in_phrase || !(self.group_word(noun) || self.person_tie_noun(noun)) {
            return None;
        }
        Some(
            noun.checked_sub(1)
                .filter(|&d| self.word(d).is_some_and(is_determiner))
                .unwrap_or(noun),
        )
    }

    /// `Pals of the actor`, `a friend of the star`, `Sources close to the Finn`: for a phrase
    /// opening at token `start`, the start of the people described by their tie to it (an
    /// associate or relative "of" it, anyone "close to" it), who are not it.
    pub(super) fn tie_before(&self, start: usize) -> Option<usize> {
        let link = start.checked_sub(1)?;
        let mut noun = link.checked_sub(1)?;
        let tie = match self.word(link)? {
            "of" => self.tied_by_of(noun),
            "from" => self.people_of_a_body(noun),
            "to" if matches!(self.word(noun), Some("close" | "closest" | "near")) => {
                noun = noun.checked_sub(1)?;
                self.person_tie_noun(noun) || self.group_word(noun)
            }
            _ => false,
        };
        tie.then(|| self.unnamed_ending_at(noun).unwrap_or(noun))
    }

    /// Whether token `noun` is a noun for people tied by "of" to whoever follows (`members`,
    /// `critics`, `friends`, `relatives`), who are not them.
    pub(super) fn tied_by_of(&self, noun: usize) -> bool {
        self.people_of_a_body(noun)
            || self.word(noun).is_some_and(|w| {
                let lowered = w.to_lowercase();
                crate::word_set!(reporting::ASSOCIATE_NOUNS).contains(lowered.as_str())
                    || crate::word_set!(person_titles::FAMILY_NOUNS).contains(lowered.as_str())
            })
    }

    /// `“…,” members of the Elm Committee said`, `said relatives of the victim`: for a
    /// lower-case noun for people tied to someone at token `i`, then "of" and the body or
    /// person they are tied to, the last token of that phrase. They are some people of it, not
    /// it; a capitalised noun after a quote (`Friends of the Earth`) opens a body's name.
    pub(super) fn tied_people_forward(&self, i: usize) -> Option<usize> {
        let lower = self
            .word(i)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        if !lower || self.word(i + 1) != Some("of") || !self.tied_by_of(i) {
            return None;
        }
        match self.subject_forward(i + 2)? {
            (Subject::Name(..) | Subject::Group(..) | Subject::Unnamed(..), end) => Some(end),
            _ => None,
        }
    }

    /// `Members of the Elm Committee`, `Critics of the council`, `Mediators from Arvia`:
    /// whether token `i` is a plural noun for people of a body or a place (a word of
    /// [`person_titles::GROUP_MEMBER_PLURALS`], or a plural for unnamed people), who are some
    /// of its people, not the body speaking as one.
    pub(super) fn people_of_a_body(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let lowered = w.to_lowercase();
            crate::word_set!(person_titles::GROUP_MEMBER_PLURALS).contains(lowered.as_str())
                || (lowered.ends_with('s')
                    && crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(lowered.as_str()))
        })
    }

    /// Whether token `i` is a noun for someone known by a tie to a person (`friends`,
    /// `relatives`, `family`, `son`, `supporters`), in any case.
    pub(super) fn person_tie_noun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let lowered = w.to_lowercase();
            crate::word_set!(reporting::ASSOCIATE_NOUNS).contains(lowered.as_str())
                || crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(lowered.as_str())
                || crate::word_set!(person_titles::MALE_NOUNS).contains(lowered.as_str())
                || crate::word_set!(person_titles::FEMALE_NOUNS).contains(lowered.as_str())
        })
    }

    /// `Relatives of Ana Cruz said`, `Friends of Maya Lin said`: a run from token `start` to
    /// `end` that opens with a noun of a tie and `of`/`for` before a person's name is the
    /// unnamed people tied to them (`Friends of the Earth`, a body's name, keeps its `the`).
    pub(super) fn capitalised_tie(&self, start: usize, end: usize) -> Option<Subject> {
        let linked = matches!(self.word(start + 1), Some("of" | "for" | "to"));
        let person_after = self
            .word(start + 2)
            .is_some_and(|w| w.starts_with(char::is_uppercase) && w != "The");
        (start + 2 <= end && self.person_tie_noun(start) && linked && person_after)
            .then_some(Subject::Unnamed(start, end))
    }

    /// The name running from token `start` to `end`, or the person it is the place of
    /// ([`Self::person_before_place`]).
    pub(super) fn person_or_name(&self, start: usize, end: usize) -> Subject {
        self.person_before_place(start)
            .unwrap_or(Subject::Name(start, end))
    }

    /// `Sen. Jane Doe of Kansas said`, `Jane Doe of Kansas, who voted no, said`, `Prof Jane Doe,
    /// of the University of Leeds, who led the work, said`: when the run before the cue follows
    /// `of`/`from` and a name of two or more words stands before that, the speaker is that name,
    /// not the place.
    pub(super) fn person_before_place(&self, place_start: usize) -> Option<Subject> {
        let mut of = place_start.checked_sub(1)?;
        if self.word(of) == Some("the") {
            of = of.checked_sub(1)?;
        }
        let linked = self.word(of)?;
        if !matches!(linked, "of" | "from" | "at") {
            return None;
        }
        let mut end = of.checked_sub(1)?;
        if self.is_punct(end, ',') {
            end = end.checked_sub(1)?;
        }
        let start = names::run_ending_at(self.text, self.tokens, end)?;
        let named_before = start
            .checked_sub(1)
            .and_then(|i| self.word(i))
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        // `Jane Doe at Acme Bank said`: after "at" the name before must be a person's, not a
        // body's or a place's (`the Fed at Jackson Hole`).
        let person = linked != "at"
            || names::read_run(self.text, self.tokens, start, end)
                .is_some_and(|run| !run.organisation && (run.titled || run.name_words >= 2));
        (start < end && !named_before && person).then_some(Subject::Name(start, end))
    }

    /// `Jane Doe of the Institute for Road Studies, Leeds, said`: for the place whose run
    /// starts at token `place_start` after a comma, the person named before the body that the
    /// place locates ([`Self::person_before_place`]), not the place.
    pub(super) fn person_before_located_body(&self, place_start: usize) -> Option<Subject> {
        let comma = place_start.checked_sub(1)?;
        if !self.is_punct(comma, ',') {
            return None;
        }
        let paragraph = self.tokens[comma].paragraph;
        let mut k = comma.checked_sub(1)?;
        for _ in 0..MAX_BODY_WORDS {
            let token = self.tokens.get(k)?;
            let word = self.word(k)?;
            if token.paragraph != paragraph || token.depth > 0 {
                return None;
            }
            if word.starts_with(char::is_uppercase) {
                if let Some(person @ Subject::Name(..)) = self.person_before_place(k) {
                    return Some(person);
                }
            } else if !matches!(word, "for" | "of" | "and" | "on") {
                return None;
            }
            k = k.checked_sub(1)?;
        }
        None
    }

    /// A sentence boundary at token `i` for scanning backwards.
    pub(super) fn ends_sentence(&self, i: usize, quotes: &[RawQuote]) -> bool {
        match self.tokens[i].kind {
            TokenKind::Close(q) => quotes
                .get(q)
                .is_some_and(|q| q.span.of(self.text).ends_with(['.', '!', '?'])),
            _ => self.punct_ends_sentence(i),
        }
    }

    /// Whether the punctuation token `i` ends a sentence: `!`, `?`, `;`, or a full stop that
    /// closes no abbreviation.
    pub(super) fn punct_ends_sentence(&self, i: usize) -> bool {
        match self.tokens[i].kind {
            // A full stop before a comma or a lower-case word closes an abbreviation
            // ("Wilmington, Del., early"), not the sentence.
            TokenKind::Punct('.')
                if self.is_punct(i + 1, ',')
                    || self
                        .word(i + 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase)) =>
            {
                false
            }
            TokenKind::Punct('.') => {
                !i.checked_sub(1)
                    .and_then(|p| self.word(p))
                    .is_some_and(|w| {
                        w.contains('.')
                            || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                            || person_titles::is_abbreviated_name_word(names::lower(w).as_str())
                            // `said on Jan. 5 that`: a month's abbreviation before its day.
                            || (calendar::MONTH_ABBREVIATIONS.iter().any(|&(m, _)| m == w)
                                && self
                                    .word(i + 1)
                                    .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit())))
                    })
            }
            TokenKind::Punct('!' | '?' | ';') => true,
            _ => false,
        }
    }

    /// `was the verdict of`, `is the view of`, `came the response from`: a form of "be" (or
    /// "came") at token `i`, "the", a noun of judgement and "of" or "from"; the last token.
    pub(super) fn judgement_phrase_at(&self, i: usize) -> Option<usize> {
        let verb = self.word(i)?;
        let linked = crate::word_set!(reporting::FORMS_OF_BE).contains(verb) || verb == "came";
        let judgement = self.word(i + 2).is_some_and(|w| {
            crate::word_set!(reporting::JUDGEMENT_NOUNS).contains(w.to_lowercase().as_str())
        });
        (linked
            && self.word(i + 1) == Some("the")
            && judgement
            && matches!(self.word(i + 3), Some("of" | "from")))
        .then_some(i + 3)
    }
}
