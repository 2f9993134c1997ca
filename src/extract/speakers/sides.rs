//! A quote's cue on either side: after its close, before its open, in a passive or a 'who' clause,
//! across sentences; and resolving the subject found to a speaker.

use super::*;

impl Context<'_> {
    /// A cue right after the closing mark: `“…,” X said` or `“…,” said X`.
    pub(super) fn after(&self, close: usize) -> Option<Found> {
        let paragraph = self.tokens.get(close)?.paragraph;
        let mut i = close + 1;
        if self.is_punct(i, ',') {
            i += 1;
        }
        if self.tokens.get(i)?.paragraph != paragraph {
            return None;
        }
        // `“…,” was the verdict of Ivo Dane`: the judgement is the words of the one named after
        // it; the cue is the whole phrase.
        if let Some(cue_end) = self.judgement_phrase_at(i) {
            if let Some((subject, _)) = self.subject_forward(cue_end + 1) {
                return Some(Found {
                    cue: (i, cue_end),
                    subject: Some(subject),
                });
            }
        }
        if let Some(cue_end) = self.cue_at(i) {
            // `Ivo Dane dismissed the “hysteria”, saying the troops …`: the participle shares
            // the sentence's subject; the noun after it is what is said.
            if self
                .word(i)
                .is_some_and(|w| reporting::PARTICIPLE_CUES.contains(&w))
            {
                return Some(Found {
                    cue: (i, cue_end),
                    subject: None,
                });
            }
            // Right after a quote any cue may come before its speaker (`,” lamented X`); when
            // the speaker cannot be read, the quote still has one, and it is not the last one's.
            let subject = self
                .subject_forward(cue_end + 1)
                .map_or(Subject::Unread, |(s, _)| s);
            return Some(Found {
                cue: (i, cue_end),
                subject: Some(subject),
            });
        }
        let Some((mut subject, mut end)) = self.subject_forward(i) else {
            return self.cue_after_tail(close, i);
        };
        if matches!(subject, Subject::Name(..)) {
            // `“…,” Speaker Jane Doe of Ohio and Senator John Roe said`: the first named
            // speaks for both; the place and the second name are passed over.
            end = self.past_place(end);
            if self.word(end + 1) == Some("and") {
                if let Some((Subject::Name(..), second_end)) = self.subject_forward(end + 2) {
                    end = self.past_place(second_end);
                }
            }
        }
        let mut j = end + 1;
        if self.is_punct(j, '(') {
            // `“…,” Nancy Pelosi (D-Calif.) said`.
            if let Some(close) = (j + 1..j + MAX_BRACKET_TOKENS).find(|&k| self.is_punct(k, ')')) {
                j = close + 1;
            }
        }
        if self.is_punct(j, ',') && self.cue_at(j + 1).is_some() {
            // `“…,” the mayor, John Ashby, said`: the name set off, then the cue.
            j += 1;
        } else if self.is_punct(j, ',') {
            // `“…,” Jane Doe, the mayor, said`; a `who` clause may run longer (`“…,” Ann Doe,
            // who has pushed the president to keep his promise on the wall, wrote`).
            let limit = j + if self.word(j + 1) == Some("who") {
                MAX_RELATIVE_CLAUSE
            } else {
                12
            };
            // The set-off words end at a comma in the paragraph, before any other quote.
            let mut k = j + 1;
            while k < limit
                && self.tokens.get(k).is_some_and(|t| {
                    t.paragraph == paragraph
                        && !matches!(t.kind, TokenKind::Punct(',') | TokenKind::Open(_))
                })
            {
                k += 1;
            }
            if self.is_punct(k, ',') {
                // `“…,” her spokesman, Rob Vale, said`: the name set off names the speaker.
                let named = names::run_starting_at(self.text, self.tokens, j + 1)
                    .is_some_and(|run_end| run_end + 1 == k);
                if named && matches!(subject, Subject::Group(..) | Subject::Unnamed(..)) {
                    subject = Subject::Name(j + 1, k - 1);
                }
                j = k + 1;
                // `“…,” Kim, 34, a nurse, said`: a second description set off before the cue.
                if self.cue_at(j).is_none() {
                    let second = (j..(j + MAX_SECOND_DESCRIPTION).min(self.tokens.len()))
                        .take_while(|&m| {
                            self.tokens[m].paragraph == paragraph
                                && !matches!(
                                    self.tokens[m].kind,
                                    TokenKind::Open(_) | TokenKind::Punct('.' | '!' | '?')
                                )
                        })
                        .find(|&m| self.is_punct(m, ','));
                    if let Some(m) = second.filter(|&m| self.cue_at(m + 1).is_some()) {
                        j = m + 1;
                    }
                }
            } else {
                // `“…,” Jane Doe, a resident living nearby said.`: the first cue before the
                // sentence ends.
                let found = (j + 1..(j + 16).min(self.tokens.len()))
                    .take_while(|&k| {
                        !matches!(self.tokens[k].kind, TokenKind::Punct('.' | '!' | '?'))
                            && !matches!(self.tokens[k].kind, TokenKind::Open(_))
                    })
                    .find(|&k| self.cue_at(k).is_some());
                if let Some(k) = found {
                    j = k;
                }
            }
        }
        let mut skipped = 0;
        while skipped < MAX_CUE_AUXILIARIES && self.is_aux_or_when(j) {
            j += 1;
            skipped += 1;
        }
        if let Some(found) = self.quoted_as_saying(j, &subject) {
            return Some(found);
        }
        if self.cue_at(j).is_none() && matches!(subject, Subject::Unnamed(..) | Subject::Group(..))
        {
            // `“…,” a spokesman for the agency said`: the description runs on to the cue.
            if let Some(k) = (j..(j + MAX_DESCRIPTION_TO_CUE).min(self.tokens.len()))
                .take_while(|&k| {
                    self.tokens[k].paragraph == paragraph
                        && matches!(self.tokens[k].kind, TokenKind::Word)
                })
                .find(|&k| self.cue_at(k).is_some())
            {
                j = k;
            }
        }
        if let Some(found) = self.quoted_as_saying(j, &subject) {
            return Some(found);
        }
        let cue_end = self.cue_at(j)?;
        Some(Found {
            cue: (j, cue_end),
            subject: Some(subject),
        })
    }

    /// `The plan was branded “a joke” by Ivo Dane`, `was described by Ivo Dane as “a joke”`: a
    /// passive cue just before the quote at tokens `open..=close` whose agent (`by` and a
    /// speaker) comes right after the quote or between the cue and the quote. The agent
    /// speaks; the subject of the passive does not.
    pub(super) fn passive_agent(&self, open: usize, close: usize) -> Option<Found> {
        let passive_cue = |v: usize| {
            let cue = self.word(v).is_some_and(|w| {
                w.chars().all(char::is_lowercase)
                    && w.ends_with("ed")
                    && crate::word_set!(reporting::CUE_WORDS).contains(w)
            });
            let be = v
                .checked_sub(1)
                .and_then(|b| self.word(b))
                .is_some_and(|w| crate::word_set!(reporting::FORMS_OF_BE).contains(w));
            cue && be
        };
        let agent = |by: usize, stop: Option<usize>| {
            if self.word(by) != Some("by") {
                return None;
            }
            let (subject, end) = self.subject_forward(by + 1)?;
            let person = matches!(
                subject,
                Subject::Name(..) | Subject::Group(..) | Subject::Unnamed(..)
            );
            (person && stop.is_none_or(|s| end + 1 == s)).then_some(subject)
        };
        let mut v = open.checked_sub(1)?;
        if self.word(v) == Some("as") {
            v = v.checked_sub(1)?;
        }
        if passive_cue(v) {
            let subject = agent(close + 1, None)?;
            return Some(Found {
                cue: (v, v),
                subject: Some(subject),
            });
        }
        // `was described by Ivo Dane as “a joke”`: the agent before the quote.
        let as_before = open
            .checked_sub(1)
            .filter(|&k| self.word(k) == Some("as"))?;
        let v = (as_before.saturating_sub(MAX_ROLE_WORDS + 3)..as_before)
            .rev()
            .find(|&k| self.word(k + 1) == Some("by") && passive_cue(k))?;
        let subject = agent(v + 1, Some(as_before))?;
        Some(Found {
            cue: (v, v),
            subject: Some(subject),
        })
    }

    /// Whether token `i` is the "quoted" of `quoted her as saying`, a verb, not a noun of the
    /// subject before it: "as saying" follows within a few tokens.
    pub(super) fn quotes_as_saying(&self, i: usize) -> bool {
        self.word(i) == Some("quoted")
            && (i + 1..i + 1 + MAX_CUE_AUXILIARIES)
                .any(|k| self.word(k) == Some("as") && self.word(k + 1) == Some("saying"))
    }

    /// `“…,” Ann Lee was quoted as saying`, `“…,” Reuters quoted Ann Lee as saying`: "quoted"
    /// at token `j` after a quote's `subject`; the person quoted speaks.
    pub(super) fn quoted_as_saying(&self, j: usize, subject: &Subject) -> Option<Found> {
        if self.word(j) != Some("quoted") {
            return None;
        }
        let as_saying = |k: usize| self.word(k) == Some("as") && self.word(k + 1) == Some("saying");
        if as_saying(j + 1) {
            return Some(Found {
                cue: (j, j + 2),
                subject: Some(subject.clone()),
            });
        }
        // `Interfax quoted him as saying`: the object pronoun stands for the one quoted.
        let object_pronoun = self.word(j + 1).is_some_and(|w| {
            crate::word_set!(pronouns::MALE_OBJECT).contains(w)
                || crate::word_set!(pronouns::FEMALE_OBJECT).contains(w)
        }) && as_saying(j + 2);
        let (quoted, end) = if object_pronoun {
            (Subject::Pronoun(j + 1), j + 1)
        } else {
            self.subject_forward(j + 1)?
        };
        as_saying(end + 1).then_some(Found {
            cue: (j, j),
            subject: Some(quoted),
        })
    }

    /// `“…” than a shutdown, said Senator Jane Doe`: a short tail finishing the quoted sentence,
    /// then a comma and an inverted cue with its speaker. The quote, closing at token `close`,
    /// opens its sentence (`He called it “a disgrace” and left, said Doe` reports his words);
    /// the tail starts at token `i`.
    pub(super) fn cue_after_tail(&self, close: usize, i: usize) -> Option<Found> {
        let TokenKind::Close(quote) = self.tokens.get(close)?.kind else {
            return None;
        };
        let open = (0..close)
            .rev()
            .find(|&k| self.tokens[k].kind == TokenKind::Open(quote))?;
        let opens_sentence = names::opens_sentence(self.tokens, open);
        if !opens_sentence {
            return None;
        }
        let paragraph = self.tokens.get(i)?.paragraph;
        let comma = (i..(i + MAX_QUOTE_TAIL).min(self.tokens.len()))
            .take_while(|&k| {
                let t = &self.tokens[k];
                t.paragraph == paragraph
                    && t.depth == self.tokens[i].depth
                    && !matches!(
                        t.kind,
                        TokenKind::Open(_)
                            | TokenKind::Close(_)
                            | TokenKind::Punct('.' | '!' | '?' | ';' | ':')
                    )
            })
            .find(|&k| self.is_punct(k, ','))?;
        let cue_end = self.cue_at(comma + 1)?;
        let word = self.word(comma + 1)?;
        if !reporting::is_invertible_cue(word) {
            return None;
        }
        let (subject, _) = self.subject_forward(cue_end + 1)?;
        matches!(subject, Subject::Name(..) | Subject::Pronoun(_)).then_some(Found {
            cue: (comma + 1, cue_end),
            subject: Some(subject),
        })
    }

    /// Whether the cue ending at token `cue_end` introduces a quote that follows it with a colon
    /// before its sentence ends (`Okafor replied, according to the email: “…”`).
    pub(super) fn introduces_next_quote(&self, cue_end: usize) -> bool {
        let paragraph = self.tokens.get(cue_end).map(|t| t.paragraph);
        (cue_end + 1..cue_end + 1 + MAX_INTRODUCTION)
            .map_while(|k| {
                self.tokens
                    .get(k)
                    .filter(|t| Some(t.paragraph) == paragraph)
            })
            .zip(cue_end + 1..)
            .take_while(|(t, _)| !matches!(t.kind, TokenKind::Punct('.' | '!' | '?')))
            .any(|(t, k)| {
                t.kind == TokenKind::Punct(':')
                    && self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.kind, TokenKind::Open(_)))
            })
    }

    /// The end of `of <Place>` or `from <Place>` after a name ending at token `end`
    /// (`Nancy Pelosi of California`), else `end`.
    pub(super) fn past_place(&self, end: usize) -> usize {
        if !matches!(self.word(end + 1), Some("of" | "from")) {
            return end;
        }
        // `of the University of Bristol`; `of the Kent police`: a body's noun after the place.
        let article = usize::from(self.word(end + 2) == Some("the"));
        names::run_starting_at(self.text, self.tokens, end + 2 + article).map_or(end, |place| {
            if article == 1 && self.group_word(place + 1) && !self.unnamed_person_noun(place + 1) {
                place + 1
            } else {
                place
            }
        })
    }

    /// The first token of the sentence holding token `open`, looking back at most 80 tokens.
    pub(super) fn sentence_start(&self, open: usize, depth: usize, quotes: &[RawQuote]) -> usize {
        let paragraph = self.tokens[open].paragraph;
        let mut i = open;
        let lowest = open.saturating_sub(80);
        while i > lowest {
            let token = self.tokens[i - 1];
            if token.paragraph != paragraph
                || (token.depth <= depth && self.ends_sentence(i - 1, quotes))
            {
                break;
            }
            i -= 1;
        }
        i
    }

    /// Whether the cue at tokens `i..=cue_end`, before the quote opening at token `open`, only
    /// gives a thing its name: set off after a noun right before the quote (`the plan, dubbed
    /// “Operation Lark”,`) or before a reflexive (`a group calling itself “the Watchers”`).
    pub(super) fn names_a_thing(&self, i: usize, cue_end: usize, open: usize) -> bool {
        let naming = self
            .word(i)
            .is_some_and(|w| crate::word_set!(reporting::NAMING_CUES).contains(w));
        let set_off = cue_end + 1 == open && i > 0 && self.is_punct(i - 1, ',');
        let reflexive = self
            .word(cue_end + 1)
            .is_some_and(|w| crate::word_set!(reporting::REFLEXIVE_PRONOUNS).contains(w));
        naming && (set_off || reflexive)
    }

    /// The nearest cue before the opening mark in the same sentence, and its subject.
    pub(super) fn before(&self, open: usize, depth: usize, boundary: usize) -> Option<Found> {
        let mut i = open;
        while i > boundary {
            i -= 1;
            let token = self.tokens[i];
            if token.depth != depth || token.kind != TokenKind::Word {
                continue;
            }
            let Some(cue_end) = self.cue_at(i) else {
                continue;
            };
            if cue_end >= open {
                continue;
            }
            // `rejected the plan as “reckless”`: a verb of dismissal reports words only as what
            // the thing is called; `rejected the idea of a ‘sphere of influence’` reports none.
            let dismissal = self.word(i).is_some_and(|w| {
                crate::word_set!(reporting::DISMISSAL_CUES).contains(w.to_lowercase().as_str())
            });
            // `lambasted the strike as a “flagrant violation”`: an article may come between.
            let as_before = |k: usize| k > 0 && self.word(k - 1) == Some("as");
            let as_opens = as_before(open)
                || (open > 0 && self.word(open - 1).is_some_and(is_article) && as_before(open - 1));
            if dismissal && !as_opens {
                continue;
            }
            if self.names_a_thing(i, cue_end, open) || self.in_set_off_who_clause(i, open) {
                continue;
            }
            let according = self
                .word(i)
                .is_some_and(|w| w.eq_ignore_ascii_case("according"));
            // `Okafor replied, according to the email: “…”`: the source set off after a cue
            // tells where the words were found; the cue's subject is the speaker.
            if according && i > boundary && self.is_punct(i - 1, ',') {
                if let Some(earlier) = self
                    .before(i - 1, depth, boundary)
                    .filter(|f| matches!(f.subject, Some(Subject::Name(..) | Subject::Pronoun(_))))
                {
                    return Some(earlier);
                }
            }
            // A participle (`…, saying …`, `issued a statement saying …`) shares the subject of
            // its clause, which need not stand right before it: left to the fallback that looks
            // for the person the sentence names before the cue.
            let participle = self.word(i).is_some_and(|w| w.ends_with("ing"));
            // `walked past a poster saying …`: the words are the poster's, nobody's speech.
            let displayed = participle
                && i.checked_sub(1)
                    .and_then(|p| self.word(p))
                    .is_some_and(|w| {
                        crate::word_set!(reporting::DISPLAY_NOUNS)
                            .contains(w.to_lowercase().as_str())
                    });
            // `According to her, “…”`: the pronoun stands for the speaker.
            let according_to_pronoun = (according && cue_end + 1 < open)
                .then_some(cue_end + 1)
                .filter(|&k| {
                    self.word(k).is_some_and(|w| {
                        crate::word_set!(pronouns::MALE_OBJECT).contains(w)
                            || crate::word_set!(pronouns::FEMALE_OBJECT).contains(w)
                    }) && !self.word(k + 1).is_some_and(is_lower_word)
                });
            let mut subject = if displayed {
                Some(Subject::Unread)
            } else if let Some(k) = according_to_pronoun {
                Some(Subject::Pronoun(k))
            } else if according || participle {
                None
            } else {
                self.subject_before(i)
            };
            let invertible = self
                .word(i)
                .is_some_and(|w| reporting::is_invertible_cue(w.to_lowercase().as_str()));
            // `Li said China was a partner and urged Berlin to “…”`: a second verb joined by
            // "and" shares the sentence's subject; the noun after it is whom it addresses.
            let coordinated = i > boundary && self.word(i - 1) == Some("and");
            if subject.is_none() && coordinated && !according && !participle {
                subject = self
                    .sentence_subject(boundary, i)
                    .filter(|s| !matches!(s, Subject::Unread));
            }
            // `Ivo Dane said after the talks that Ada Quist had agreed to “…”`: a cue inside
            // what a named speaker said reports their words, not the embedded subject's.
            if let Some(outer) = subject
                .as_ref()
                .filter(|s| !coordinated && !self.names_a_person(s))
                .and_then(|_| self.outer_speech_cue(i, depth, boundary))
            {
                return Some(outer);
            }
            // `said it “…”`: an "it" after the cue is what is said of, never who says it.
            if subject.is_none() && invertible && !coordinated {
                // `but said the government had been “…”`: a verb after the name makes it the
                // subject of what was said. `asked officers to “…”`, `urged residents to`:
                // before `to`, the one asked to act.
                subject = self
                    .subject_forward(cue_end + 1)
                    .filter(|(s, end)| {
                        *end < open
                            && !matches!(s, Subject::It(_))
                            && !self.verb_at(end + 1)
                            && self.word(end + 1) != Some("to")
                    })
                    .map(|(s, _)| s);
            }
            return Some(Found {
                cue: (i, cue_end),
                subject,
            });
        }
        None
    }

    /// `A researcher, who asked not to be named, was sceptical: “…”`: whether the cue at token
    /// `cue` stands in a `who` clause set off by commas that closes before the quote at token
    /// `open` and a predicate of its own follows; the clause describes the subject and its cue
    /// introduces nothing.
    pub(super) fn in_set_off_who_clause(&self, cue: usize, open: usize) -> bool {
        let paragraph = self.tokens[cue].paragraph;
        let in_clause = |k: usize| {
            self.tokens[k].paragraph == paragraph
                && !matches!(
                    self.tokens[k].kind,
                    TokenKind::Punct(',' | '.' | '!' | '?' | ';' | ':')
                        | TokenKind::Open(_)
                        | TokenKind::Close(_)
                )
        };
        let who = (cue.saturating_sub(MAX_RELATIVE_CLAUSE)..cue)
            .rev()
            .take_while(|&k| in_clause(k))
            .find(|&k| self.word(k) == Some("who"));
        let opened = who.is_some_and(|w| w > 0 && self.is_punct(w - 1, ','));
        let closing = (cue + 1..open.min(cue + MAX_RELATIVE_CLAUSE))
            .find(|&k| !in_clause(k))
            .filter(|&k| self.is_punct(k, ','));
        opened
            && closing.is_some_and(|k| {
                self.word(k + 1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                    && self.cue_at(k + 1).is_none()
            })
    }

    /// `A senior official who spoke on condition of anonymity said`: someone unnamed whose
    /// noun a `who` clause without commas follows, ending at token `end` before the cue.
    pub(super) fn unnamed_before_who_clause(&self, end: usize) -> Option<Subject> {
        let paragraph = self.tokens.get(end)?.paragraph;
        let who = (end.saturating_sub(MAX_RELATIVE_CLAUSE)..=end)
            .rev()
            .take_while(|&k| self.tokens[k].paragraph == paragraph && self.word(k).is_some())
            .find(|&k| self.word(k) == Some("who"))?;
        let noun = who.checked_sub(1)?;
        let person = self.unnamed_person_noun(noun) || self.word(noun).is_some_and(names::is_title);
        if !person || !self.word(noun).is_some_and(is_lower_word) {
            // `The family of a man from Elmgrove who died in a crash on the B4321 said`: the
            // clause describes whoever the family is tied to; the family speaks.
            return (who.saturating_sub(MAX_TIED_ANTECEDENT)..who)
                .rev()
                .take_while(|&k| self.tokens[k].paragraph == paragraph && self.word(k).is_some())
                .find_map(|k| {
                    let start = self.tie_before(k)?;
                    Some(Subject::Unnamed(start, k.checked_sub(2)?))
                });
        }
        let start = self.unnamed_ending_at(noun)?;
        Some(Subject::Unnamed(start, noun))
    }

    /// Whether `subject` is a pronoun or a run naming someone the register knows as a person.
    pub(super) fn names_a_person(&self, subject: &Subject) -> bool {
        match *subject {
            Subject::Pronoun(_) => true,
            Subject::Name(a, b) => self
                .register
                .last_person_between(self.tokens[a].span.start, self.tokens[b].span.end)
                .is_some(),
            _ => false,
        }
    }

    /// For the cue at token `cue` inside a sentence starting at token `boundary`, a plain verb
    /// of speech before it in the same clause (no comma, colon, semicolon or quote between)
    /// whose subject is a name or pronoun: `Ivo Dane said after the talks that Washington had
    /// agreed to “…”` reports Dane's words. A cue that is itself plain speech (`Dane said Ada
    /// Quist told him “…”`) keeps its own subject.
    pub(super) fn outer_speech_cue(
        &self,
        cue: usize,
        depth: usize,
        boundary: usize,
    ) -> Option<Found> {
        let plain = |k: usize| {
            self.word(k).is_some_and(|w| {
                crate::word_set!(reporting::SPEECH_VERBS).contains(names::lower(w).as_str())
            })
        };
        if plain(cue) {
            return None;
        }
        let mut k = cue;
        while k > boundary {
            k -= 1;
            let token = self.tokens[k];
            if token.depth != depth
                || matches!(
                    token.kind,
                    TokenKind::Open(_) | TokenKind::Close(_) | TokenKind::Punct(',' | ';' | ':')
                )
            {
                return None;
            }
            if plain(k) {
                let subject = self
                    .subject_before(k)
                    .filter(|s| matches!(s, Subject::Name(..) | Subject::Pronoun(_)))?;
                let cue_end = self.cue_at(k)?;
                return Some(Found {
                    cue: (k, cue_end),
                    subject: Some(subject),
                });
            }
        }
        None
    }

    /// The span of the name run starting at byte `offset`.
    /// The person whose speech the paragraph before token `open`'s (or, when `own_paragraph`,
    /// its own paragraph up to it) reports, when that holds no quote of its own: the subject of
    /// its last cue, if it names a person.
    pub(super) fn reported_speaker_before(
        &self,
        open: usize,
        own_paragraph: bool,
        quotes: &[RawQuote],
    ) -> Option<(String, Option<Span>)> {
        let paragraph = self.tokens.get(open)?.paragraph;
        let previous = if own_paragraph {
            paragraph
        } else {
            paragraph.checked_sub(1)?
        };
        let mut cue = None;
        for k in (0..open).rev() {
            let token = self.tokens.get(k)?;
            if token.paragraph < previous {
                break;
            }
            if token.paragraph == previous {
                if matches!(token.kind, TokenKind::Open(_) | TokenKind::Close(_)) {
                    return None;
                }
                if cue.is_none() && self.cue_at(k).is_some() {
                    cue = Some(k);
                }
            }
        }
        let subject = self.subject_before(cue?)?;
        if !matches!(subject, Subject::Name(..) | Subject::Pronoun(_)) {
            return None;
        }
        let (speaker, mention) = self.resolve(&subject, quotes);
        Some((speaker?, mention))
    }

    /// `Ann Vale, 54, was walking her dog when the blast hit.` closing the paragraph before a
    /// paragraph that opens with a quote in the first person and no cue: the first person who
    /// is a subject there, with the offset of the mention. None when that paragraph quotes
    /// anyone.
    pub(super) fn person_introduced_before(&self, open: usize) -> Option<(String, usize)> {
        let previous = self.tokens.get(open)?.paragraph.checked_sub(1)?;
        let mut first = None;
        for k in (0..open).rev() {
            let token = self.tokens.get(k)?;
            if token.paragraph < previous {
                break;
            }
            if matches!(token.kind, TokenKind::Open(_) | TokenKind::Close(_)) {
                return None;
            }
            first = Some(token.span.start);
        }
        let from = first?;
        let to = self.tokens.get(open)?.span.start;
        self.register.first_subject_between(from, to)
    }

    /// Whether the name written at byte `offset`, title included, opens its sentence.
    pub(super) fn opens_sentence_at(&self, offset: usize) -> bool {
        let at = self.tokens.partition_point(|t| t.span.start < offset);
        let start = names::run_ending_at(self.text, self.tokens, at).unwrap_or(at);
        names::opens_sentence(self.tokens, start)
    }

    pub(super) fn mention_at(&self, offset: usize) -> Option<Span> {
        let start = self.tokens.partition_point(|t| t.span.start < offset);
        let end = names::run_starting_at(self.text, self.tokens, start)?;
        Some(self.span(start, end))
    }

    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b].span.end)
    }

    /// The person a pronoun at `offset` stands for ([`Register::resolve_pronoun`]); when that
    /// is an office opening an earlier sentence (`The minister thanked Ivo Dane. He said …`),
    /// the office's holder named before it, else no one: never the person it spoke to.
    pub(super) fn pronoun_person(
        &self,
        offset: usize,
        sentence_offset: usize,
        gender: Gender,
    ) -> Option<String> {
        let referent = self
            .register
            .pronoun_referent(offset, sentence_offset, gender)?;
        if !referent.key.is_empty() {
            return self
                .register
                .resolve_pronoun(offset, sentence_offset, gender);
        }
        let the = self
            .tokens
            .partition_point(|t| t.span.start < referent.offset);
        if let Some(office) = names::definite_role_end(self.text, self.tokens, the) {
            return self
                .office_holder_named_before(the, office)
                .or_else(|| self.titled_office_holder_before(the, office));
        }
        // `The director said she hoped …` after `The director, Ana Roe,`: an unnamed speaker
        // known by "the" and a role noun is the role's holder named before.
        let article = self.article_before_role(the)?;
        self.office_holder_named_before(article, the)
    }

    /// `A spokeswoman for the Elm Trust said the site would close. “…,” she added.`: when the
    /// pronoun at byte `offset` stands for someone unnamed ([`Register::pronoun_referent`])
    /// whose description speaks for a body (`a spokeswoman for …`, read by
    /// [`Self::description_read_to_cue`] from the first cue after it in its sentence), the
    /// body, as that sentence would name it before a quote. None when the description's noun
    /// is of the other gender (`a spokesman` for "she"), when "they" (`gender` unknown) would
    /// stand for a gendered noun or a plural group named since, or when the body is a
    /// person's office (`a spokesman for the Home Secretary`).
    pub(super) fn body_spoken_for_by_referent(
        &self,
        offset: usize,
        sentence_offset: usize,
        gender: Gender,
        quotes: &[RawQuote],
    ) -> Option<String> {
        let referent = self
            .register
            .pronoun_referent(offset, sentence_offset, gender)?;
        if !referent.key.is_empty() {
            return None;
        }
        let first = self
            .tokens
            .partition_point(|t| t.span.start < referent.offset);
        let paragraph = self.tokens.get(first)?.paragraph;
        let head = (first..=first + MAX_OFFICE_MODIFIERS + 1)
            .take_while(|&k| self.word(k).is_some() && self.tokens[k].paragraph == paragraph)
            .find(|&k| self.unnamed_person_noun(k) && self.word(k + 1) == Some("for"))?;
        let noun = self.word(head)?.to_lowercase();
        let noun_gender = names::noun_gender(&noun).unwrap_or(
            if crate::word_set!(person_titles::MALE_TITLES).contains(noun.as_str()) {
                Gender::Male
            } else if crate::word_set!(person_titles::FEMALE_TITLES).contains(noun.as_str()) {
                Gender::Female
            } else {
                Gender::Unknown
            },
        );
        let fits = match gender {
            Gender::Unknown => noun_gender == Gender::Unknown && !noun.ends_with('s'),
            known => noun_gender == Gender::Unknown || noun_gender == known,
        };
        if !fits {
            return None;
        }
        let start = self.unnamed_ending_at(head).unwrap_or(first);
        let cue = (head + 2..(head + 2 + MAX_DESCRIPTION_TO_CUE).min(self.tokens.len()))
            .take_while(|&k| {
                self.tokens[k].paragraph == paragraph
                    && self.tokens[k].depth == 0
                    && !self.punct_ends_sentence(k)
            })
            .find(|&k| self.cue_at(k).is_some())?;
        let pronoun = self.tokens.partition_point(|t| t.span.start < offset);
        // Another cue since (`A spokesman for the college said …` in a later paragraph): the
        // pronoun is that speaker's, not the one described before it.
        if (cue + 1..pronoun).any(|k| self.tokens[k].depth == 0 && self.cue_at(k).is_some()) {
            return None;
        }
        // `“…,” they said` after `a spokesperson for the trust said engineers were on site`:
        // people who act as a plural subject since may be whom "they" means.
        let people_since = gender == Gender::Unknown
            && (cue + 1..pronoun).any(|k| self.tokens[k].depth == 0 && self.people_act_at(k));
        if people_since {
            return None;
        }
        let (read, _) = self.description_read_to_cue(&Subject::Unnamed(start, head), cue)?;
        if !matches!(read, Subject::Name(..) | Subject::Group(..)) {
            return None;
        }
        self.resolve(&read, quotes).0
    }

    /// `engineers were on site`, `police will say`: whether token `k` is a lower-case plural
    /// for people (a group, or a noun with an ending of [`reporting::PEOPLE_PLURAL_ENDINGS`])
    /// that is the subject of a finite verb after it, not in the passive (`tenants would be
    /// rehoused`, `staff were told`).
    fn people_act_at(&self, k: usize) -> bool {
        let people = self.word(k).is_some_and(|w| {
            is_lower_word(w)
                && ((w.ends_with('s') && self.group_word(k))
                    || crate::word_set!(reporting::GROUP_SOURCES).contains(w)
                    || reporting::PEOPLE_PLURAL_ENDINGS
                        .iter()
                        .any(|ending| w.len() > ending.len() + 2 && w.ends_with(ending)))
        });
        let Some(verb) = self.word(k + 1) else {
            return false;
        };
        let finite = crate::word_set!(reporting::FINITE_AUXILIARIES).contains(verb)
            || crate::word_set!(reporting::CUE_WORDS).contains(verb);
        let passive = self.word(k + 2).is_some_and(|next| {
            matches!(next, "be" | "been" | "being")
                || (crate::word_set!(reporting::FORMS_OF_BE).contains(verb)
                    && (next.ends_with("ed") || next == "told"))
        });
        people && finite && !passive
    }

    /// For a role noun at token `noun`, the "the" leading it across at most a few lower-case
    /// modifiers (`the director`, `the head teacher`).
    pub(super) fn article_before_role(&self, noun: usize) -> Option<usize> {
        let the = (1..=MAX_OFFICE_MODIFIERS + 1)
            .filter_map(|back| noun.checked_sub(back))
            .find(|&j| {
                self.word(j)
                    .is_none_or(|w| !is_lower_word(w) || is_article(w))
            })?;
        let led = self
            .word(the)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && (the + 1..noun).all(|j| self.word(j).is_some_and(|w| !is_function_word(w)));
        led.then_some(the)
    }

    /// `“…,” a spokesman for the Elm Water Agency said`: an unnamed speaker's description
    /// (`subject`) that runs on through "for" to the cue at token `cue` is read back from the
    /// cue as it is when it opens the sentence (`A spokesman for the Elm Water Agency said:
    /// “…”`), so that the body spoken for is found the same way on either side of the quote.
    /// The reading and the start of the description; None when the reading back ends
    /// elsewhere than in the description.
    pub(super) fn description_read_to_cue(
        &self,
        subject: &Subject,
        cue: usize,
    ) -> Option<(Subject, usize)> {
        let (Subject::Unnamed(start, head) | Subject::Group(start, head)) = *subject else {
            return None;
        };
        let speaks_for = self.word(head).is_some_and(|w| {
            crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(w.to_lowercase().as_str())
        }) && self.word(head + 1) == Some("for");
        if !speaks_for {
            return None;
        }
        // `“…,” said a spokesman for the Elm Water Agency.`: the cue comes first, so the
        // description is read back from where its words end.
        let read_from = if cue < start {
            self.spoken_for_body_end(head + 2)?
        } else {
            cue
        };
        if read_from <= head + 2 {
            return None;
        }
        match self.subject_before(read_from)? {
            read @ (Subject::Name(a, _) | Subject::Group(a, _)) if a > head + 1 => {
                Some((read, start))
            }
            read @ Subject::Unnamed(a, end) if a == start && end > head => Some((read, start)),
            _ => None,
        }
    }

    /// `said a spokesman for the Elm Water Agency.`: the token just past the words of the body
    /// that start at token `first`, after the "for" of a description set after its cue. The
    /// words run on through names, lower-case nouns and the links of a body's name (`of`,
    /// `and`, `for`, `the`) and stop at punctuation or any other small word (`on Monday`); None
    /// when they reach a day or month, run too long, or leave the paragraph.
    pub(super) fn spoken_for_body_end(&self, first: usize) -> Option<usize> {
        let paragraph = self.tokens.get(first)?.paragraph;
        let end = (first..(first + MAX_DESCRIPTION_TO_CUE).min(self.tokens.len())).find(|&k| {
            self.tokens[k].paragraph != paragraph
                || self.word(k).is_none_or(|w| {
                    is_function_word(w) && !matches!(w, "the" | "of" | "and" | "for")
                })
        })?;
        let reaches_date = (first..end).any(|k| {
            self.word(k)
                .is_some_and(|w| calendar::is_weekday(w) || calendar::month_number(w).is_some())
        });
        (end > first && !reaches_date && self.tokens[end].paragraph == paragraph).then_some(end)
    }

    /// `A spokeswoman for the Elm Water Board said: “…”`: the start of the description of
    /// whoever speaks for the body whose words start at token `body`, when one ends right
    /// before it (`a spokeswoman for`, `one senior official for`).
    pub(super) fn spokesperson_before_body(&self, body: usize) -> Option<usize> {
        let mut link = body.checked_sub(1)?;
        if self
            .word(link)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        {
            link = link.checked_sub(1)?;
        }
        if self.word(link) != Some("for") {
            return None;
        }
        let head = link.checked_sub(1)?;
        if !self.unnamed_person_noun(head)
            || self.tokens[head].paragraph != self.tokens[body].paragraph
        {
            return None;
        }
        self.unnamed_ending_at(head)
    }

    /// The canonical speaker and mention span for a subject. A body known by a common noun is
    /// written in lower case however the sentence capitalised it (`Police said` and `police
    /// said` are one speaker, "police").
    pub(super) fn resolve(
        &self,
        subject: &Subject,
        quotes: &[RawQuote],
    ) -> (Option<String>, Option<Span>) {
        let (speaker, mention) = self.resolve_subject(subject, quotes);
        let speaker = speaker.map(|name| {
            let lowered = name.to_lowercase();
            let common = !name.contains(char::is_whitespace)
                && (crate::word_set!(reporting::GROUP_SOURCES).contains(lowered.as_str())
                    || crate::word_set!(reporting::ORGANISATION_NOUNS).contains(lowered.as_str()));
            if common {
                lowered
            } else {
                name
            }
        });
        (speaker, mention)
    }

    /// [`Self::resolve`] before the case of a common noun is settled.
    pub(super) fn resolve_subject(
        &self,
        subject: &Subject,
        quotes: &[RawQuote],
    ) -> (Option<String>, Option<Span>) {
        match *subject {
            Subject::Pronoun(i) => {
                let word = self.word(i).unwrap_or("").to_lowercase();
                let gender = if crate::word_set!(pronouns::MALE).contains(word.as_str())
                    || crate::word_set!(pronouns::MALE_OBJECT).contains(word.as_str())
                    || crate::word_set!(pronouns::MALE_POSSESSIVE).contains(word.as_str())
                {
                    Gender::Male
                } else if crate::word_set!(pronouns::FEMALE).contains(word.as_str())
                    || crate::word_set!(pronouns::FEMALE_OBJECT).contains(word.as_str())
                {
                    Gender::Female
                } else {
                    // `A spokesperson for the Elm Trust said … “…,” they said.`: singular
                    // "they" after someone unnamed who speaks for a body is that body.
                    let body = (word == "they" && self.tokens[i].depth == 0)
                        .then(|| {
                            let sentence = self.sentence_start(i, 0, quotes);
                            self.body_spoken_for_by_referent(
                                self.tokens[i].span.start,
                                self.tokens[sentence].span.start,
                                Gender::Unknown,
                                quotes,
                            )
                        })
                        .flatten();
                    return (body, Some(self.span(i, i)));
                };
                let depth = self.tokens[i].depth;
                // `“He told me, ‘Don’t worry,’ and left,” Omar said`: a pronoun inside someone's
                // quote is theirs to mean; it is not resolved against the story's people.
                if depth > 0 {
                    return (None, Some(self.span(i, i)));
                }
                let sentence = self.sentence_start(i, depth, quotes);
                let sentence_offset = self.tokens[sentence].span.start;
                // `Doe had gone to Spain, he said.`: whoever a report set off at the end
                // of its sentence names is not who reports it, so the sentence's people are
                // passed over.
                // `when he named Ann Lee and Tom Roe, although he insisted`: a pronoun of the
                // same gender earlier in the sentence is the same person.
                let set = if gender == Gender::Male {
                    crate::word_set!(pronouns::MALE)
                } else {
                    crate::word_set!(pronouns::FEMALE)
                };
                let first = (sentence..i)
                    .find(|&k| {
                        self.tokens[k].depth == depth
                            && self
                                .word(k)
                                .is_some_and(|w| set.contains(w.to_lowercase().as_str()))
                    })
                    .unwrap_or(i);
                let offset = if self.reports_what_came_before(i) {
                    sentence_offset
                } else {
                    self.tokens[first].span.start
                };
                // `A spokeswoman for the Elm Trust said … “…,” she added.`: a pronoun for
                // someone unnamed who speaks for a body is that body.
                let person = self
                    .pronoun_person(offset, sentence_offset, gender)
                    .or_else(|| {
                        self.body_spoken_for_by_referent(offset, sentence_offset, gender, quotes)
                    });
                (person, Some(self.span(i, i)))
            }
            // `Dane and Lusk said it would close`: the firm, whoever of its family is named.
            Subject::Name(a, b) if self.surname_firm_start(b, b) == Some(a) => {
                let span = self.span(a, b);
                (Some(span.of(self.text).to_string()), Some(span))
            }
            Subject::Name(a, b) => {
                let span = self.span(a, b);
                match names::read_run(self.text, self.tokens, a, b) {
                    // `Friends said`, `Witnesses said`: a plural common noun opening the
                    // sentence, no one's name, even when a pronoun follows the cue.
                    Some(run)
                        if run.name_words == 1
                            && !run.titled
                            && self
                                .word(b)
                                .is_some_and(sentence_starters::is_plural_subject) =>
                    {
                        (None, Some(span))
                    }
                    Some(run)
                        if !run.organisation
                            && (run.titled || self.register.is_person(&run.key)) =>
                    {
                        let offset = self.tokens[a].span.start;
                        (Some(self.register.canonical_at(&run, offset)), Some(span))
                    }
                    Some(run) if run.organisation => {
                        let name = without_determiner(span.of(self.text));
                        (Some(name.to_string()), Some(span))
                    }
                    // `Critics said`: a common noun opening the sentence, no one's name.
                    Some(run) if run.name_words == 1 && self.unnamed_person_noun(b) => {
                        (None, Some(span))
                    }
                    Some(run) => (Some(run.name), Some(span)),
                    None => (None, Some(span)),
                }
            }
            Subject::Unnamed(a, b) => (
                self.office_holder_named_before(a, b)
                    .or_else(|| self.role_epithet_subject(a, b, quotes)),
                Some(self.span(a, b)),
            ),
            Subject::Unread => (None, None),
            Subject::Anaphor(a, b) => {
                let offset = self.tokens[a].span.start;
                let sentence = self.sentence_start(a, self.tokens[a].depth, quotes);
                let sentence_offset = self.tokens[sentence].span.start;
                let name = self
                    .register
                    .resolve_pronoun(offset, sentence_offset, Gender::Unknown);
                (name, Some(self.span(a, b)))
            }
            Subject::It(i) => {
                let name = self
                    .organisation_before(i, false)
                    .map(|span| without_determiner(span.of(self.text)).to_string());
                (name, Some(self.span(i, i)))
            }
            Subject::Group(a, b) => {
                let span = self.span(a, b);
                // `The company said`: the business the article named before; `the ministry
                // said`: a Ministry named before.
                let noun = self.word(b).map(str::to_lowercase).unwrap_or_default();
                let carried =
                    crate::word_set!(reporting::NAME_CARRIED_BODY_NOUNS).contains(noun.as_str());
                let paragraph = self.tokens[a].paragraph;
                let heard_lately = |named: Span| {
                    let k = self.tokens.partition_point(|t| t.span.start < named.start);
                    self.tokens
                        .get(k)
                        .is_some_and(|t| t.paragraph + 1 >= paragraph)
                };
                let named_before = if carried {
                    self.name_carrying_noun(a, &noun)
                        .filter(|&named| !self.another_body_carries_noun(a, named, &noun))
                } else {
                    // `the union said` after `the county council said`: a body named as
                    // another kind is not the one meant; a name carrying the noun is.
                    // `the trust said` after `Elm Rovers said … the Elm Rovers Supporters'
                    // Trust voted`: of a body last heard from and a later name carrying the
                    // noun, the nearer is meant.
                    let heard = self
                        .organisation_before(a, true)
                        .filter(|&named| !self.of_another_kind(named, &noun));
                    let carrying = self.name_carrying_noun(a, &noun);
                    let chosen = match (heard, carrying) {
                        (Some(h), Some(c)) if c.start > h.start => Some(c),
                        (Some(h), _) => Some(h),
                        (None, c) => c,
                    };
                    // `the union said` after `the Carters Union` and `the Drivers Union`: of two
                    // bodies carrying the noun, neither is meant unless it spoke just before.
                    chosen.filter(|&named| {
                        heard.is_some_and(|h| self.same_body(h, named) && heard_lately(h))
                            || !self.another_body_carries_noun(a, named, &noun)
                    })
                };
                if let Some(named) = self
                    .business_noun_phrase(a, b)
                    .then_some(named_before)
                    .flatten()
                {
                    let name = without_determiner(named.of(self.text)).to_string();
                    return (Some(name), Some(span));
                }
                if let Some(holder) = self
                    .office_holder_named_before(a, b)
                    .or_else(|| self.titled_office_holder_before(a, b))
                    .or_else(|| self.role_epithet_subject(a, b, quotes))
                {
                    return (Some(holder), Some(span));
                }
                // `the Swede said`, `the CFO said`: a person described, not named.
                let descriptor = self.word(b).is_some_and(|w| {
                    crate::word_set!(person_titles::PERSON_DESCRIPTORS)
                        .contains(w.to_lowercase().as_str())
                        || crate::word_set!(person_titles::OFFICE_HOLDERS)
                            .contains(w.to_lowercase().as_str())
                });
                // `the statement said …, calling them “…”`: a document names no speaker.
                // `the club said` with no club named before: a body unnamed.
                let unnamed_body = self.body_after_the(b) && !self.group_word(b);
                if (self.unnamed_person_noun(b) && !self.ends_body_named_with_of(a, b))
                    || descriptor
                    || self.document_noun(b)
                    || unnamed_body
                {
                    return (None, Some(span));
                }
                // `Senator Ruth Ames's office`: the person's canonical name, without the title.
                let owner = (a..b).find(|&k| {
                    self.word(k)
                        .is_some_and(|w| without_possessive_s(w).is_some())
                });
                let person = owner.and_then(|k| {
                    let run = names::read_run(self.text, self.tokens, a, k)?;
                    (!run.organisation && run.titled).then(|| (k, self.register.canonical(&run)))
                });
                if let Some((k, canonical)) = person {
                    let word = self.word(k).unwrap_or("");
                    let mark = &word[without_possessive_s(word).map_or(word.len(), str::len)..];
                    let rest = Span::new(self.tokens[k].span.end, span.end).of(self.text);
                    return (Some(format!("{canonical}{mark}{rest}")), Some(span));
                }
                let name = without_determiner(span.of(self.text));
                (Some(name.to_string()), Some(span))
            }
        }
    }
}
