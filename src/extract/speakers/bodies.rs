//! Bodies, businesses and media a speaker may be, and the labels and colons that name a speaker
//! before a quote.

use super::*;

impl Context<'_> {
    /// Whether the lower-case word at token `i` may name a person's role (`striker`,
    /// `lawyer`, `spokeswoman`): no body, group or document noun, and no plural of a group.
    pub(super) fn role_noun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let body = names::is_organisation_noun(w)
                || crate::word_set!(reporting::GROUP_SOURCES).contains(w)
                || crate::word_set!(reporting::DOCUMENT_NOUNS).contains(w);
            let person =
                crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(w) && !w.ends_with('s');
            person || !body
        })
    }

    /// `The League of Elm Voters`, `the Union of Hill Farmers`: whether the capitalised noun
    /// for people at token `b` ends the name of a body whose kind (a capitalised word of
    /// [`reporting::ORGANISATION_WORDS`]) comes before "of" in tokens `a..b`, not people left
    /// unnamed.
    pub(super) fn ends_body_named_with_of(&self, a: usize, b: usize) -> bool {
        self.word(b)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && (a + 1..b).any(|k| {
                self.word(k) == Some("of")
                    && self.word(k - 1).is_some_and(|w| {
                        w.starts_with(char::is_uppercase)
                            && crate::word_set!(reporting::ORGANISATION_WORDS)
                                .contains(w.to_lowercase().as_str())
                    })
            })
    }

    /// `the chamber of commerce`, `the board of trustees`: for a lower-case noun at token `end`
    /// after "of", a body's kind and "the", the token of "the". Such a phrase names a body, lower
    /// case as it is, not people left unnamed.
    pub(super) fn body_of_ending_at(&self, end: usize) -> Option<usize> {
        let kind = end.checked_sub(2)?;
        let noun = self
            .word(end)
            .is_some_and(|w| is_lower_word(w) && !is_function_word(w));
        (noun && self.word(end - 1) == Some("of") && self.body_after_the(kind)).then(|| kind - 1)
    }

    /// Whether tokens `a..=b` are `the` and a noun only a business or body is called (`the
    /// company`, `the airline`).
    pub(super) fn business_noun_phrase(&self, a: usize, b: usize) -> bool {
        b == a + 1
            && self.word(a).is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && self.word(b).is_some_and(names::is_organisation_noun)
    }

    /// Whether the body named in `named` is of another kind than `noun` says (`Elm County
    /// Council` for `the union`, `Elm Hospice Trust` for `the board`): `noun` and some word of
    /// the name are kinds of body ([`reporting::ORGANISATION_WORDS`]) that no body of any kind
    /// may be called ([`reporting::GENERAL_BODY_NOUNS`]), and no word of the name is `noun`'s
    /// kind.
    pub(super) fn of_another_kind(&self, named: Span, noun: &str) -> bool {
        let kind_of = |word: &str| {
            let word = word.trim_end_matches(['’', '\'', '.']);
            let lowered = word.to_lowercase();
            let kind = |w: &str| {
                crate::word_set!(reporting::ORGANISATION_WORDS).contains(w)
                    && !crate::word_set!(reporting::GENERAL_BODY_NOUNS).contains(w)
            };
            if kind(&lowered) {
                return Some(lowered);
            }
            lowered
                .strip_suffix('s')
                .filter(|singular| kind(singular))
                .map(str::to_string)
        };
        // `Campaign for Safer Verges`, `Elm Hospice Trust`: a kind named anywhere in the name,
        // not only at its end.
        let Some(asked) = kind_of(noun) else {
            return false;
        };
        let mut found = named
            .of(self.text)
            .split_whitespace()
            .filter_map(kind_of)
            .peekable();
        found.peek().is_some() && found.all(|kind| kind != asked)
    }

    /// `the airline` after `Westmarch Airways flight 17`, `the council` after `Leeds City
    /// Council`: the nearest name before token `i`, outside quotes, with the noun itself
    /// capitalised (or in the plural) among its words, up to a long article's length back.
    pub(super) fn name_carrying_noun(&self, i: usize, noun: &str) -> Option<Span> {
        self.find_name_carrying_noun(i, noun, |_| true)
    }

    /// The nearest of the names [`Self::name_carrying_noun`] may find before token `i` that
    /// `wanted` takes, reading back from the nearest.
    pub(super) fn find_name_carrying_noun(
        &self,
        i: usize,
        noun: &str,
        mut wanted: impl FnMut(Span) -> bool,
    ) -> Option<Span> {
        (i.saturating_sub(MAX_REFERENT_LOOKBACK)..i)
            .rev()
            .filter_map(|k| self.name_carrying_noun_at(k, noun))
            .find(|&span| wanted(span))
    }

    /// The name of a body whose word at token `k` is `noun` (`Leeds City Council` at
    /// `Council` for `the council`). A noun inside the complement of another head and followed
    /// by more of the name only qualifies it (`Museum` in `the Society of Museum Framers` is
    /// no museum).
    pub(super) fn name_carrying_noun_at(&self, k: usize, noun: &str) -> Option<Span> {
        let token = self.tokens[k];
        if token.depth > 0 || token.kind != TokenKind::Word {
            return None;
        }
        let word = self.word(k).filter(|w| w.starts_with(char::is_uppercase))?;
        let singular = word.strip_suffix('s').unwrap_or(word);
        if !(word.eq_ignore_ascii_case(noun) || singular.eq_ignore_ascii_case(noun)) {
            return None;
        }
        let start = names::run_ending_at(self.text, self.tokens, k)?;
        let start = self.past_plural_of(start, k);
        let end = names::run_starting_at(self.text, self.tokens, start).unwrap_or(start);
        let in_complement = (start..k).any(|t| matches!(self.word(t), Some("of" | "for")));
        if in_complement && end > k && self.word(k + 1).is_some_and(|w| !is_lower_word(w)) {
            return None;
        }
        // `The company` opening a sentence is no name.
        if end > start && end >= k && self.organisation_run(start, end) {
            // `the Elm and District Forum`: a body's name goes on back across an "and".
            let end = self.complement_end(start, end);
            let start = self.organisation_start(start, end);
            return Some(self.span(start, end));
        }
        None
    }

    /// Whether the names at `x` and `y` are one body's: read from the end, the shorter's words
    /// are the longer's, in any case or as a place and its word of nation (`the Tarn Ferry
    /// Union` and `Ferry Union`, `Westmarch Airways` and `Westmarchian Airways`).
    pub(super) fn same_body(&self, x: Span, y: Span) -> bool {
        let x = without_determiner(x.of(self.text)).split_whitespace().rev();
        let y = without_determiner(y.of(self.text)).split_whitespace().rev();
        x.zip(y)
            .all(|(p, q)| p.eq_ignore_ascii_case(q) || same_nation(p, q))
    }

    /// Whether `named`, a body carrying `noun` in its name, is one of two or more bodies so
    /// named before token `i` (`the Carters Union` and `the Drivers Union` for `the union`): the
    /// noun alone does not say which is meant.
    pub(super) fn another_body_carries_noun(&self, i: usize, named: Span, noun: &str) -> bool {
        let mut among = false;
        let mut other = false;
        self.find_name_carrying_noun(i, noun, |span| {
            if self.same_body(span, named) {
                among = true;
            } else {
                other = true;
            }
            among && other
        })
        .is_some()
    }

    /// `Members of the Elm Rovers Trust voted`: a capitalised plural opening its sentence
    /// before "of" (and "the") is a common noun, not the first word of the name from token
    /// `start` that reaches token `k`; the name begins after it.
    pub(super) fn past_plural_of(&self, start: usize, k: usize) -> usize {
        let plural_opener = names::opens_sentence(self.tokens, start)
            && self.word(start + 1) == Some("of")
            && self.word(start).is_some_and(|w| {
                w.ends_with('s')
                    && !w.ends_with("ss")
                    && !names::is_organisation_noun(names::lower(w).as_str())
            });
        if !plural_opener {
            return start;
        }
        let after = start + 2 + usize::from(self.word(start + 2) == Some("the"));
        if after <= k {
            after
        } else {
            start
        }
    }

    /// Whether tokens `a..=b` name an organisation an "it" may stand for. One capital opening a
    /// sentence may be any noun ("Markets rose.", "Workers described …", "Airlines cut
    /// routes"): a single word counts when the text also writes it capitalised elsewhere,
    /// or, as the subject of a cue (`Toyota said`), when it is no plural or is an
    /// organisation's word.
    pub(super) fn named_organisation(&self, a: usize, b: usize, subject_of_cue: bool) -> bool {
        let opens_sentence = names::opens_sentence(self.tokens, a);
        let plural = self
            .word(a)
            .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"));
        let named = b > a
            || !opens_sentence
            || (subject_of_cue && !plural)
            || (subject_of_cue
                && names::read_run(self.text, self.tokens, a, b)
                    .is_some_and(|run| run.organisation))
            || self.capitalised_mid_sentence(a);
        named && self.organisation_run(a, b)
    }

    /// Whether the word at token `i` also stands, capitalised, inside a sentence somewhere in the
    /// text (a name, not a capital that only opens sentences).
    pub(super) fn capitalised_mid_sentence(&self, i: usize) -> bool {
        let Some(word) = self.word(i) else {
            return false;
        };
        let (text, tokens) = (self.text, self.tokens);
        let capitals = self.mid_sentence_capitals.get_or_init(|| {
            tokens
                .windows(2)
                .filter(|pair| {
                    pair[0].paragraph == pair[1].paragraph
                        && matches!(pair[0].kind, TokenKind::Word | TokenKind::Punct(','))
                        && pair[1].kind == TokenKind::Word
                })
                .map(|pair| pair[1].span.of(text))
                .filter(|w| w.starts_with(char::is_uppercase))
                .collect()
        });
        capitals.contains(word)
    }

    /// Whether the pronoun at token `i` and its cue are set off after what they report, closing
    /// the sentence or followed by more of it (`…, he said.`, `…, he said, adding …`), rather than
    /// introducing it (`When Doe arrived, he said: “…”`).
    pub(super) fn reports_what_came_before(&self, i: usize) -> bool {
        let Some(cue_end) = self.cue_at(i + 1) else {
            return false;
        };
        i > 0
            && self.is_punct(i - 1, ',')
            && self.tokens.get(cue_end + 1).is_none_or(|t| {
                t.paragraph != self.tokens[i].paragraph
                    || matches!(t.kind, TokenKind::Punct('.' | ',' | ';' | '!' | '?'))
            })
    }

    /// A name that is all of its line or sentence before a colon that opens the quote at token
    /// `open` (`• Powell: “…”`): the name's first and last token.
    pub(super) fn name_colon_before(&self, open: usize) -> Option<(usize, usize)> {
        let colon = open.checked_sub(1)?;
        if !self.is_punct(colon, ':') || self.tokens[colon].paragraph != self.tokens[open].paragraph
        {
            return None;
        }
        let end = colon.checked_sub(1)?;
        let start = names::run_ending_at(self.text, self.tokens, end)?;
        // `Q: “…”`: an interview's question label names nobody.
        if start == end && matches!(self.word(end), Some("Q" | "Question" | "A" | "Answer")) {
            return None;
        }
        // Only bullets, dashes or white space stand before the name on its line.
        let name_start = self.tokens[start].span.start;
        let line_start = self.text[..name_start].rfind('\n').map_or(0, |i| i + 1);
        let opens_line = |from: usize| {
            self.text[line_start..from]
                .chars()
                .all(|c| !c.is_alphanumeric() && !matches!(c, '"' | '“' | '‘' | '\''))
        };
        if opens_line(name_start) {
            return Some((start, end));
        }
        // `Defence lawyer Ivo Dane: “…”`: a few words of a role open the line before a full
        // name; the first is capitalised as the line's first word.
        let first = (start.saturating_sub(MAX_ROLE_WORDS)..start)
            .find(|&k| self.tokens[k].span.start >= line_start)?;
        let role = (first..start).all(|k| {
            self.word(k).is_some_and(|w| {
                let lowered = names::lower(w);
                let lowered = lowered.as_str();
                (k == first || w == lowered)
                    && lowered.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !is_function_word(lowered)
                    && !self.pronoun(k)
                    && self.cue_at(k).is_none()
            })
        });
        let person = names::read_run(self.text, self.tokens, start, end)
            .is_some_and(|run| !run.organisation && run.name_words >= 2);
        (role && person && opens_line(self.tokens[first].span.start)).then_some((start, end))
    }

    /// `The union leader, Mary Dunne, was blunt: “…”`, `She put it simply: “…”`: a sentence
    /// with no verb of speech whose subject is a person and whose colon stands right before
    /// the quote at token `open`, that quote closing the sentence or paragraph, introduces the
    /// person's words. None for a subject that is no person (`The sign read: “…”`), a passive
    /// or receiving clause (`She was asked: “…”`, `He received a text: “…”`), or one that
    /// names another person after its subject.
    pub(super) fn colon_predicate_subject(
        &self,
        open: usize,
        close: usize,
        depth: usize,
        quotes: &[RawQuote],
    ) -> Option<Subject> {
        let colon = open.checked_sub(1)?;
        if !self.is_punct(colon, ':') {
            return None;
        }
        let paragraph = self.tokens.get(close)?.paragraph;
        let closes = self.tokens.get(close + 1).is_none_or(|t| {
            t.paragraph != paragraph
                || matches!(t.kind, TokenKind::Punct('.' | '!' | '?'))
                || (t.kind == TokenKind::Word
                    && t.span.of(self.text).starts_with(char::is_uppercase)
                    && self.text[..t.span.start]
                        .trim_end()
                        .ends_with(['.', '!', '?', '”', '"']))
        });
        if !closes {
            return None;
        }
        let start = self.sentence_start(colon, depth, quotes);
        if (start..colon).any(|k| {
            matches!(
                self.tokens[k].kind,
                TokenKind::Open(_) | TokenKind::Close(_) | TokenKind::Punct(';')
            )
        }) {
            return None;
        }
        if let Some(owner) = self.judgement_owner(start, colon) {
            return Some(owner);
        }
        // `Speaking to reporters, the chief executive, Ivo Dane, was blunt:`: a fronted clause
        // opened by a participle or a preposition ends at its comma; the subject follows.
        let fronted = self.word(start).is_some_and(|w| {
            let lowered = names::lower(w);
            let l = lowered.as_str();
            let participle = l.ends_with("ing") && self.word(start + 1).is_some_and(is_lower_word);
            participle
                || crate::word_set!(function_words::PLACE_PREPOSITIONS).contains(l)
                || crate::word_set!(function_words::CLAUSE_OPENING_CONJUNCTIONS).contains(l)
                || crate::word_set!(reporting::PARTICIPLE_CLAUSE_OPENERS).contains(l)
        }) && !self.pronoun(start)
            && !self.it(start);
        let start = match (start..colon).find(|&k| self.is_punct(k, ',')) {
            Some(comma) if fronted => comma + 1,
            _ => start,
        };
        let (subject, end) = self.subject_forward(start)?;
        let person = match subject {
            Subject::Pronoun(k) => self.word(k).is_some_and(|w| {
                let l = names::lower(w);
                crate::word_set!(pronouns::MALE).contains(l.as_str())
                    || crate::word_set!(pronouns::FEMALE).contains(l.as_str())
            }),
            // `Hilde Varro had a message:`: a full name that marks no body is taken for a
            // person's.
            Subject::Name(..) => self.reads_as_person(&subject),
            // `A senior researcher, who …, was more sceptical:`: someone unnamed, known by a
            // title or as a source.
            Subject::Unnamed(_, b) => {
                self.unnamed_person_noun(b) || self.word(b).is_some_and(names::is_title)
            }
            _ => false,
        };
        if !person || end + 1 >= colon {
            return None;
        }
        // `The union leader, Mary Dunne, was blunt:`: the comma after a name set off closes it;
        // `Mary Dunne, 54, was blunt:`: the predicate follows what is set off after the name.
        let set_off = match subject {
            Subject::Name(a, _) => a > start && self.is_punct(a - 1, ','),
            _ => false,
        };
        let predicate = if set_off && self.is_punct(end + 1, ',') {
            end + 2
        } else if self.is_punct(end + 1, ',') {
            (end + 2..colon).find(|&k| self.is_punct(k, ','))? + 1
        } else {
            end + 1
        };
        let lower_verb = self
            .word(predicate)
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        let receiving = (predicate..colon).any(|k| {
            self.word(k).is_some_and(|w| {
                crate::word_set!(reporting::RECEIVING_VERBS).contains(names::lower(w).as_str())
            })
        });
        let someone_else = predicate < colon
            && self
                .register
                .last_person_between(
                    self.tokens[predicate].span.start,
                    self.tokens[colon].span.start,
                )
                .is_some();
        (lower_verb && !receiving && !someone_else).then_some(subject)
    }

    /// `Ivo Dane's verdict was short: “…”`, `His verdict: “…”`: a sentence from token `start`
    /// to the colon at `colon` opened by a person's possessive before a noun of judgement or
    /// answer, naming no other person: the owner speaks.
    pub(super) fn judgement_owner(&self, start: usize, colon: usize) -> Option<Subject> {
        let (subject, noun) = match self.word(start).map(names::lower) {
            Some(w)
                if crate::word_set!(pronouns::MALE_POSSESSIVE).contains(w.as_str())
                    || crate::word_set!(pronouns::FEMALE_POSSESSIVE).contains(w.as_str()) =>
            {
                (Subject::Pronoun(start), start + 1)
            }
            _ => {
                let end = names::run_starting_at(self.text, self.tokens, start)?;
                let possessive = self
                    .word(end)
                    .is_some_and(|w| without_possessive_s(w).is_some());
                let run = names::read_run(self.text, self.tokens, start, end)?;
                if !possessive || run.organisation {
                    return None;
                }
                (Subject::Name(start, end), end + 1)
            }
        };
        let judgement = self.word(noun).is_some_and(|w| {
            crate::word_set!(reporting::JUDGEMENT_NOUNS).contains(names::lower(w).as_str())
        });
        if !judgement || noun >= colon {
            return None;
        }
        let receiving = (noun..colon).any(|k| {
            self.word(k).is_some_and(|w| {
                crate::word_set!(reporting::RECEIVING_VERBS).contains(names::lower(w).as_str())
            })
        });
        let someone_else = noun + 1 < colon
            && self
                .register
                .last_person_between(
                    self.tokens[noun + 1].span.start,
                    self.tokens[colon].span.start,
                )
                .is_some();
        (!receiving && !someone_else).then_some(subject)
    }

    /// `A: “…”` opening a line of a question-and-answer interview: the label's token.
    pub(super) fn answer_label_before(&self, open: usize) -> Option<usize> {
        let colon = open.checked_sub(1)?;
        let label = colon.checked_sub(1)?;
        let is_label = self.is_punct(colon, ':')
            && self.tokens[label].paragraph == self.tokens[open].paragraph
            && matches!(self.word(label), Some("A" | "Answer"))
            && names::opens_sentence(self.tokens, label);
        is_label.then_some(label)
    }

    /// Whether the name run from token `a` to `b` names an organisation, or at least no person.
    pub(super) fn organisation_run(&self, a: usize, b: usize) -> bool {
        names::read_run(self.text, self.tokens, a, b).is_some_and(|run| {
            run.organisation || !(run.titled || self.register.is_person(&run.key))
        })
    }

    /// Whether token `i` is a noun for the press (`media`, `television`, `news agency`).
    pub(super) fn media_noun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let lower = names::lower(w);
            let agency = matches!(lower.as_str(), "agency" | "agencies");
            reporting::MEDIA_NOUNS.contains(&lower.as_str())
                && (!agency
                    || i.checked_sub(1)
                        .and_then(|p| self.word(p))
                        .is_some_and(|p| p.eq_ignore_ascii_case("news") || p == "press"))
        })
    }

    /// `Iranian state media`, `the Kremlin-backed newspaper Izvestia`, `Xinhua news agency`: the
    /// press as a source, in a phrase from token `i`, and where it ends. A name after the
    /// press noun, or one before it that is no demonym, names the outlet that speaks; else
    /// the press is unnamed and the whole phrase is the mention (a bare demonym names no one).
    /// A press noun alone after "the" is left to the other readings.
    pub(super) fn media_forward(&self, i: usize) -> Option<(Subject, usize)> {
        let first = i + usize::from(self.word(i).is_some_and(is_article));
        let mut outlet = None;
        let mut k = first;
        // `the Lebanese militant group Hezbollah`: a group's noun heads the phrase only with
        // its name after it.
        let group_head = |k: usize| {
            self.word(k)
                .is_some_and(|w| reporting::NAMED_GROUP_HEADS.contains(&w))
                && names::run_starting_at(self.text, self.tokens, k + 1).is_some()
        };
        while !self.media_noun(k) && !group_head(k) {
            if k >= first + 4 || self.cue_at(k).is_some() || self.pronoun(k) {
                return None;
            }
            let w = self.word(k)?;
            let descriptor = crate::word_set!(person_titles::PERSON_DESCRIPTORS)
                .contains(names::lower(w).as_str())
                || (w.contains('-') && w.ends_with(|c: char| c.is_lowercase()));
            if w.starts_with(char::is_uppercase) && !descriptor {
                // `Xinhua news agency`: the outlet's name first.
                if k != first || outlet.is_some() {
                    return None;
                }
                let end = names::run_starting_at(self.text, self.tokens, k)?;
                outlet = Some((k, end));
                k = end + 1;
                continue;
            }
            if !descriptor && (!is_lower_word(w) || is_function_word(w)) {
                return None;
            }
            k += 1;
        }
        let head = k;
        // `the Kremlin-backed newspaper Izvestia`: the name after the press noun.
        if let Some(end) = names::run_starting_at(self.text, self.tokens, head + 1) {
            return Some((Subject::Name(head + 1, end), end));
        }
        if let Some((a, b)) = outlet {
            return Some((Subject::Name(a, b), head));
        }
        (head > first).then_some((Subject::Unnamed(i, head), head))
    }

    /// [`Self::media_forward`] read backwards from the press noun at token `end`.
    pub(super) fn media_ending_at(&self, end: usize) -> Option<Subject> {
        if !self.media_noun(end) {
            return None;
        }
        let paragraph = self.tokens.get(end)?.paragraph;
        (end.saturating_sub(5)..end)
            .filter(|&k| self.tokens[k].paragraph == paragraph)
            .find_map(|k| {
                self.media_forward(k)
                    .filter(|&(_, e)| e == end)
                    .map(|(s, _)| s)
            })
    }
}
