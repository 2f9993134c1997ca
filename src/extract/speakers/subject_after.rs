//! The speaker named after a cue: names, roles, appositives, documents and unnamed persons.

use super::*;

impl Context<'_> {
    /// A subject phrase starting at token `i`: pronoun, name, or group (`the Kremlin`, `police`).
    pub(super) fn subject_forward(&self, i: usize) -> Option<(Subject, usize)> {
        if let Some(end) = self.epithet_role_end(i) {
            return Some((Subject::Unnamed(i, end), end));
        }
        if let Some(end) = self.age_anaphor(i) {
            return Some((Subject::Anaphor(i, end), end));
        }
        if self.pronoun(i) {
            return Some((Subject::Pronoun(i), i));
        }
        if self.it(i) {
            return Some((Subject::It(i), i));
        }
        if let Some(media) = self.media_forward(i) {
            return Some(media);
        }
        if self
            .word(i)
            .is_some_and(|w| crate::word_set!(reporting::INDEFINITE_DETERMINERS).contains(w))
        {
            if let Some((a, b)) = self.appositive_name(i + 1) {
                return Some((Subject::Name(a, b), b));
            }
            // `said one resident`, `another Western diplomat said`: someone the text does not name.
            let mut last = None;
            let mut k = i + 1;
            while k < i + 5
                && self
                    .word(k)
                    .is_some_and(|w| !function_words::is_function_word(&w.to_lowercase()))
                && self.cue_at(k).is_none()
                && !self.pronoun(k)
            {
                last = Some(k);
                k += 1;
            }
            // `another said`, `said another.`: the pronoun alone.
            let alone = last.is_none()
                && (self.cue_at(i + 1).is_some() || self.word(i + 1).is_none())
                && self.word(i).is_some_and(|w| {
                    crate::word_set!(pronouns::INDEFINITE).contains(w.to_lowercase().as_str())
                });
            return last
                .or(alone.then_some(i))
                .map(|end| (Subject::Unnamed(i, end), end));
        }
        if let Some(end) = self.tied_people_forward(i) {
            return Some((Subject::Unnamed(i, end), end));
        }
        let mut start = i;
        // `said his son, Tom Doe`, `her lawyer said`: a possessive before a lower-case noun opens
        // a description, as an article does.
        let possessive = self.word(i).is_some_and(is_possessive_determiner)
            && self
                .word(i + 1)
                .is_some_and(|w| w.chars().all(char::is_lowercase) && !is_function_word(w))
            && self.cue_at(i + 1).is_none();
        let determiner = possessive
            || self
                .word(i)
                .is_some_and(|w| matches!(w, "the" | "The" | "a" | "A" | "an" | "An"));
        if determiner {
            start = i + 1;
            // `a somber Mr. Doe`: up to two adjectives before a name.
            for skip in 0..=2 {
                // `a survivor told Reuters`: a cue is no adjective.
                if names::run_starting_at(self.text, self.tokens, start + skip).is_some()
                    && (skip == 0
                        || self
                            .word(start + skip - 1)
                            .is_some_and(|w| is_lower_word(w) && !is_function_word(w)))
                    && (start..start + skip).all(|k| self.cue_at(k).is_none())
                {
                    if skip > 0 {
                        let end = names::run_starting_at(self.text, self.tokens, start + skip)?;
                        // `the former Chelsea striker said`: the name only describes the role.
                        return Some(
                            self.role_after_name(i, end, true)
                                .unwrap_or((Subject::Name(start + skip, end), end)),
                        );
                    }
                    break;
                }
            }
        }
        // `MD and CEO Ivo Dane`, `CEO and founder Ivo Dane`: an executive role linked to
        // another is read with the role words below, not as a name.
        let linked_role = self.executive_acronym(start) && self.word(start + 1) == Some("and");
        if let Some(end) =
            names::run_starting_at(self.text, self.tokens, start).filter(|_| !linked_role)
        {
            if let Some((a, b)) = self.name_after_title(start, end) {
                return Some((Subject::Name(a, b), b));
            }
            if let Some(person) = self.role_after_name(i, end, determiner) {
                return Some(person);
            }
            // `said Orbit's head of hardware, Jonah Reese`: the person set off after the firm's
            // role speaks.
            let possessive = self
                .word(end)
                .is_some_and(|w| without_possessive_s(w).is_some());
            if let Some((a, b)) = possessive.then(|| self.appositive_name(end + 1)).flatten() {
                return Some((Subject::Name(a, b), b));
            }
            // `said Britain's Tom Harris`: the person after the place or firm.
            let person_after = possessive
                .then(|| names::run_starting_at(self.text, self.tokens, end + 1))
                .flatten();
            if let Some(person_end) = person_after {
                return Some((Subject::Name(end + 1, person_end), person_end));
            }
            // `the Rev. Thomas Doe`: a title before the name after the article.
            let titled_name = determiner
                && self.word(start).is_some_and(names::is_title)
                && (start + 1..=end)
                    .find_map(|k| self.word(k).filter(|w| !names::is_title(w)))
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if titled_name {
                return Some((Subject::Name(start, end), end));
            }
            let end = self.organisation_end(end);
            if determiner {
                let end = self.linked_name_to_cue(start, end);
                // `the Kremlin`, `the White House`: possibly followed by a group noun.
                let end = if self.group_word(end + 1) {
                    end + 1
                } else {
                    end
                };
                return Some((Subject::Group(i, end), end));
            }
            // `Russia's UN ambassador`: a possessive inside the run before acronyms that a
            // lower-case noun follows owns the noun phrase; the acronyms only describe it.
            let acronyms_after_possessive = (start..end).find(|&p| {
                self.word(p)
                    .is_some_and(|w| without_possessive_s(w).is_some())
                    && (p + 1..=end).all(|k| self.acronym_word(k))
            });
            let possessive = acronyms_after_possessive.is_some()
                || self
                    .word(end)
                    .is_some_and(|w| without_possessive_s(w).is_some());
            // `replied Feltham's deputy`: someone of the person's, not the person.
            let tied_word = |k: usize| {
                self.word(k).is_some_and(|w| {
                    w.chars().all(char::is_lowercase)
                        && !is_function_word(w)
                        && self.cue_at(k).is_none()
                })
            };
            // `Acme's lawyers`, `Pentagon officials`, `Deutsche Bank strategists`: people or a
            // body of the one named. `Arvia's military intelligence agency`: a group word
            // before more nouns only describes the last of them.
            if self.group_word(end + 1) {
                let head = self.noun_chain_end(end + 1, end + MAX_ROLE_WORDS);
                if self.group_word(head) {
                    return Some((Subject::Group(start, head), head));
                }
                if !possessive || head == end + 1 {
                    return Some((Subject::Group(start, end + 1), end + 1));
                }
                return Some((Subject::Unnamed(start, head), head));
            }
            // `Russia's UN ambassador`: an acronym before a lower-case noun describes it.
            let acronym = |k: usize| self.acronym_word(k) && tied_word(k + 1);
            if possessive && (tied_word(end + 1) || acronym(end + 1)) {
                // `Iran's foreign ministry said`, `Israel's prime minister said`: the noun
                // phrase runs on to its head, the last lower-case word before the cue.
                let head = self.noun_chain_end(end + 1, end + MAX_ROLE_WORDS);
                if self.group_word(head) && !self.unnamed_person_noun(head) {
                    return Some((Subject::Group(start, head), head));
                }
                return Some((Subject::Unnamed(start, head), head));
            }
            return Some((Subject::Name(start, end), end));
        }
        if determiner {
            if let Some((a, b)) = self.appositive_name(start) {
                return Some((Subject::Name(a, b), b));
            }
        }
        // `engineer Paul Grant`, `farmer Lena Berg`, `chief financial officer Kenji Mori`: a
        // lower-case role before a name.
        // `said co-author Ines Varga`, `said 34-year-old Jane Roe`, `said ex-Chelsea striker Dave
        // Pike`: hyphened words too.
        // `the company's CEO Ivo Dane`: a possessive noun too; `co-founder and CEO Ivo Dane`:
        // an executive role in capitals too.
        let role_word = |k: usize| {
            self.word(k).is_some_and(|w| {
                let w = without_possessive_s(w).unwrap_or(w);
                w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                    && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                    && w.chars().any(char::is_lowercase)
                    && !is_function_word(w)
                    && !self.pronoun(k)
            }) && self.cue_at(k).is_none()
                || self.executive_acronym(k)
        };
        // `said head of research Jo Lin`, `founder and chairman Ivo Dane said`: a link word
        // between two role words.
        let link = |k: usize| {
            k > start
                && matches!(self.word(k), Some("of" | "and" | "for" | "in" | "at"))
                && role_word(k + 1)
        };
        let (mut words, mut links) = (0, 0);
        for skip in 1..=MAX_ROLE_WORDS + MAX_ROLE_LINKS {
            let k = start + skip - 1;
            if links < MAX_ROLE_LINKS && link(k) {
                links += 1;
                continue;
            }
            if words == MAX_ROLE_WORDS || !role_word(k) {
                break;
            }
            words += 1;
            // `world No 2 Ivo Brandt`, `former British No 1 Annabel Croft`.
            // `said former England captain Dave Pike`: the name before the role describes it.
            if let Some(end) = names::run_starting_at(self.text, self.tokens, start + skip) {
                let described = self.role_after_name(start, end, true);
                return Some(described.unwrap_or((Subject::Name(start + skip, end), end)));
            }
            if let Some(person) = self.ranked_name(start + skip) {
                return Some(person);
            }
        }
        let mut end = start;
        while end < start + 4
            && (self.plural_possessive_mark(end)
                || self.word(end).is_some_and(|w| {
                    without_possessive_s(w)
                        .unwrap_or(w)
                        .chars()
                        .all(char::is_lowercase)
                }))
        {
            // `the county's fire department`, `the residents’ association`: what belongs to
            // someone.
            if self.plural_possessive_mark(end) {
                end += 1;
                continue;
            }
            // `a police source`: after a determiner, a group word before another noun only
            // describes it; the phrase runs on to that noun.
            let modifies_next = determiner
                && self
                    .word(end + 1)
                    .is_some_and(|w| w.chars().all(char::is_lowercase) && !is_function_word(w))
                && self.cue_at(end + 1).is_none()
                && !self.quotes_as_saying(end + 1)
                || self.plural_possessive_mark(end + 1);
            // `the residents’ association said`: a body's kind after a plural possessive.
            let owned_body = end > start
                && self.plural_possessive_mark(end - 1)
                && self.word(end).is_some_and(|w| {
                    is_lower_word(w) && crate::word_set!(reporting::ORGANISATION_WORDS).contains(w)
                });
            // `the chamber of commerce said`: the body's kind, "of" and a lower-case noun.
            if self.body_of_ending_at(end + 2) == Some(i) {
                return Some((Subject::Group(i, end + 2), end + 2));
            }
            if (self.group_word(end) || self.body_after_the(end) || owned_body) && !modifies_next {
                return Some((Subject::Group(i, end), end));
            }
            end += 1;
        }
        if determiner {
            // `the letter said`, `said a young woman`: someone the text does not name.
            // `the city's mayor said`, `the families’ lawyer said`: a possessive noun too.
            let mut last = None;
            let mut k = start;
            while k < start + 5 && self.cue_at(k).is_none() {
                if self.plural_possessive_mark(k) {
                    k += 1;
                    continue;
                }
                // `the star's ex-wife said`: hyphened nouns too.
                let noun = self.word(k).is_some_and(|w| {
                    let w = without_possessive_s(w).unwrap_or(w);
                    is_lower_word(w) && !is_function_word(w)
                }) && !self.quotes_as_saying(k);
                if !noun {
                    break;
                }
                last = Some(k);
                k += 1;
            }
            return last.map(|end| (Subject::Unnamed(i, end), end));
        }
        None
    }

    /// The body or person whose document the noun at token `noun` is: `a statement from the
    /// Ministry of Defence`, `a letter by Ann Lee` give the name after "from", "by" or "of";
    /// `an email to staff sent by the firm's director, Ann Lee,` the agent of the verb that
    /// issued it.
    pub(super) fn document_author(&self, noun: usize) -> Option<String> {
        let lowered = self.word(noun)?.to_lowercase();
        if !crate::word_set!(reporting::DOCUMENT_NOUNS).contains(lowered.as_str()) {
            return None;
        }
        if let Some(agent) = self.issuing_agent(noun) {
            return Some(agent);
        }
        if !matches!(self.word(noun + 1), Some("from" | "by" | "of")) {
            return None;
        }
        self.name_after_article(noun + 2)
    }

    /// The person or body named from token `i`, after an optional "the": `the Elm Tenants
    /// Union`, `Ann Lee`.
    fn name_after_article(&self, i: usize) -> Option<String> {
        let start = if self.word(i) == Some("the") {
            i + 1
        } else {
            i
        };
        let end = names::run_starting_at(self.text, self.tokens, start)?;
        self.named(start, end)
    }

    /// The canonical name of the person or body named from token `start` to `end`.
    fn named(&self, start: usize, end: usize) -> Option<String> {
        let run = names::read_run(self.text, self.tokens, start, end)?;
        Some(if run.organisation {
            without_determiner(self.span(start, end).of(self.text)).to_string()
        } else {
            self.register.canonical(&run)
        })
    }

    /// `an email to staff sent by Ann Lee`, `a letter signed by the chair, Ann Lee,`: the one
    /// named as the agent of a participle of a verb that issues documents, within a few words
    /// after the document's noun at token `noun` and before any punctuation.
    fn issuing_agent(&self, noun: usize) -> Option<String> {
        let by = (noun + 1..=noun + MAX_ISSUER_GAP)
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| {
                self.word(k) == Some("by")
                    && self
                        .word(k - 1)
                        .is_some_and(|w| reporting::DOCUMENT_ISSUING_VERBS.contains(&w))
            })?;
        match self.subject_forward(by + 1)? {
            (Subject::Name(a, b), _) => self.named(a, b),
            // `a letter signed by the Elm Tenants Union`: a body named after "the" is the
            // agent too, while `signed by the chair` names no one.
            (Subject::Group(..) | Subject::Unnamed(..), _) => self
                .name_after_article(by + 1)
                .filter(|_| self.word(by + 1) == Some("the")),
            _ => None,
        }
    }

    /// The person a name ending at token `end` only describes, or someone unnamed: `said
    /// Wedbush analyst Dan Ives`, `said Liverpool head coach Arne Slot` (a firm, a lower-case
    /// role ending in a title, then the person); `former British No 1 Annabel Croft` (a
    /// ranking); when the phrase from token `i` is `described` (after an article or a
    /// lower-case word), `the British minister`, `a former Google engineer`: someone unnamed.
    pub(super) fn role_after_name(
        &self,
        i: usize,
        end: usize,
        described: bool,
    ) -> Option<(Subject, usize)> {
        // `Acme Inc. spokesman`: the dot of a firm's abbreviation ends no phrase.
        let abbreviated = self.is_punct(end + 1, '.')
            && self
                .word(end)
                .is_some_and(|w| abbreviations::contains_ignore_case(abbreviations::GENERAL, w));
        let first = end + 1 + usize::from(abbreviated);
        let lower_role_word = |k: usize| {
            self.word(k).is_some_and(|w| {
                is_lower_word(w) && !is_function_word(w) && self.cue_at(k).is_none()
            })
        };
        // `said City director of football Ivo Dane`: `of` or `and` may link two role words.
        let role_words = (first..first + MAX_ROLE_WORDS + MAX_ROLE_LINKS)
            .take_while(|&k| {
                lower_role_word(k)
                    || (k > first
                        && matches!(self.word(k), Some("of" | "and"))
                        && lower_role_word(k + 1))
            })
            .count();
        if let Some(person) = self.ranked_name(first) {
            return Some(person);
        }
        // `said Warner Bros. distribution chief Tom Reyes`, `NASA administrator Ada Quist
        // said`: a person's full name after the body's role words is the person.
        // `Orbex News quoted Minister Ada Kerr as saying`: a verb is no role word.
        let verb = (first..first + role_words).any(|k| {
            self.verb_at(k)
                || self.word(k).is_some_and(|w| {
                    crate::word_set!(reporting::IRREGULAR_PAST_VERBS).contains(w)
                        || crate::word_set!(reporting::IRREGULAR_PAST_PARTICIPLES).contains(w)
                })
        });
        let person_after_role = (role_words > 0 && !verb)
            .then(|| {
                let person_start = first + role_words;
                let person_end = names::run_starting_at(self.text, self.tokens, person_start)?;
                let run = names::read_run(self.text, self.tokens, person_start, person_end)?;
                (!run.organisation && run.name_words >= 2).then_some((person_start, person_end))
            })
            .flatten();
        if let Some((person_start, person_end)) = person_after_role {
            return Some((Subject::Name(person_start, person_end), person_end));
        }
        let end = first - 1;
        let titled_person = (1..=role_words)
            .filter(|&n| self.word(end + n).is_some_and(names::is_title))
            .find_map(|n| {
                let person_end = names::run_starting_at(self.text, self.tokens, end + n + 1)?;
                Some((end + n + 1, person_end))
            });
        if let Some((person_start, person_end)) = titled_person {
            return Some((Subject::Name(person_start, person_end), person_end));
        }
        let role_end = end + role_words;
        let role_noun = role_words > 0
            && self.word(role_end).is_some_and(|w| {
                names::is_title(w) || crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(w)
            });
        if !described || role_words == 0 {
            return None;
        }
        // `said the U.S. envoy, Mark Delaney`, `the Norwegian ambassador to Syria, Geir
        // Pedersen, said`: the person the description is set off with.
        if let Some((a, b)) = self.appositive_name(end + 1) {
            return Some((Subject::Name(a, b), b));
        }
        // `the Oscar winner said`, `said the NHS trust.`: lower-case words running on to the
        // cue or the end of the phrase head it; the name only describes them.
        let phrase_ends = self.cue_at(role_end + 1).is_some()
            || self.word(role_end + 1).is_none_or(is_function_word);
        let body = self.group_word(role_end)
            || self.word(role_end).is_some_and(names::is_organisation_noun);
        if !role_noun && phrase_ends && body {
            return Some((Subject::Group(i, role_end), role_end));
        }
        (role_noun || phrase_ends).then_some((Subject::Unnamed(i, role_end), role_end))
    }

    /// Whether token `i` is an acronym of two to five capitals (`UN`, `NATO`).
    pub(super) fn acronym_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
        })
    }

    /// The last of the lower-case nouns running on from token `first` (no further than token
    /// `last`) in a description before a cue (`military intelligence agency`): an adverb in
    /// "-ly" that is no group word (`privately`) or a cue ends the run.
    pub(super) fn noun_chain_end(&self, first: usize, last: usize) -> usize {
        let noun = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.chars().all(char::is_lowercase)
                    && !is_function_word(w)
                    && (!w.ends_with("ly") || self.group_word(k))
            }) && self.cue_at(k).is_none()
        };
        let mut head = first;
        while head < last && noun(head + 1) {
            head += 1;
        }
        head
    }

    /// `Ann Lee and Tom Roe said`, `said Ann Lee and Tom Roe`: for a person named from token
    /// `a` to `b` as the subject of the cue at tokens `cue`, the last token of a second person
    /// named jointly with them after "and", right before the cue or after it.
    pub(super) fn joint_mention_end(
        &self,
        a: usize,
        b: usize,
        cue: (usize, usize),
    ) -> Option<usize> {
        let person = |start: usize, end: usize| {
            names::read_run(self.text, self.tokens, start, end)
                .is_some_and(|run| !run.organisation && (run.titled || run.name_words >= 2))
        };
        if self.word(b + 1) != Some("and") || !person(a, b) {
            return None;
        }
        let end = names::run_starting_at(self.text, self.tokens, b + 2)?;
        if !person(b + 2, end) {
            return None;
        }
        let cue_after = cue.0 > end && (end + 1..cue.0).all(|k| self.is_aux_or_when(k));
        let cue_before = cue.1 < a && (cue.1 + 1..a).all(|k| self.word(k).is_some());
        (cue_after || cue_before).then_some(end)
    }

    /// A ranking at token `i` and the name after it (`No 1 Annabel Croft`).
    pub(super) fn ranked_name(&self, i: usize) -> Option<(Subject, usize)> {
        let start = names::past_ranking(self.text, self.tokens, i)?;
        let end = names::run_starting_at(self.text, self.tokens, start)?;
        Some((Subject::Name(start, end), end))
    }

    /// `a ministry spokeswoman, Olga Petrova`: the name a short lower-case description starting
    /// at token `start` is set off with, when the name closes the phrase.
    pub(super) fn appositive_name(&self, start: usize) -> Option<(usize, usize)> {
        let mut k = start;
        // `one of the women, Maureen Maloney,`: a partitive opens the description.
        if self.word(k) == Some("of")
            && self
                .word(k + 1)
                .is_some_and(|w| w == "the" || is_possessive_determiner(w))
        {
            k += 2;
        }
        let first = k;
        while k < start + 8 {
            // `the study's lead author, Jane Doe`: a possessive noun describes too.
            // `the star's ex-wife, Nadia Petrov`: a hyphened noun too.
            let description = self.word(k).is_some_and(|w| {
                let w = without_possessive_s(w).unwrap_or(w);
                is_lower_word(w) && !is_function_word(w) && !self.pronoun(k)
            }) && self.cue_at(k).is_none();
            // `a spokesman for Mr Putin, Dmitry Peskov`: whom the description is of;
            // `the agency's representative in Avalon, Mara Lind`: where.
            let of_whom = k > first
                && self
                    .word(k)
                    .is_some_and(|w| matches!(w, "for" | "of" | "at" | "to" | "in"));
            // `head of hardware, Jonah Reese`, `a spokesman for the ministry, Jonah Reese`,
            // `her editor of 30 years, Jo Reese`: a lower-case noun or a number after "of"
            // goes on describing.
            let content = |w: &str| {
                w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit()) && !is_function_word(w)
            };
            let article = usize::from(self.word(k + 1) == Some("the"));
            let of_what = of_whom && self.word(k + 1 + article).is_some_and(content);
            let count = self
                .word(k + 1 + article)
                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
            if description || self.plural_possessive_mark(k) {
                k += 1;
            } else if of_what {
                k += 1 + article + usize::from(count);
            } else if let Some(end) = of_whom
                .then(|| names::run_starting_at(self.text, self.tokens, k + 1 + article))
                .flatten()
            {
                k = end + 1;
            } else {
                break;
            }
        }
        if k == first || !self.is_punct(k, ',') {
            return None;
        }
        // `…, Botswana president Ada Quist`: a capitalised word that only opens a role is no
        // name of its own; the role-led name is read instead.
        names::run_starting_at(self.text, self.tokens, k + 1)
            .map(|end| (k + 1, end))
            .filter(|&(_, end)| self.closes_phrase(end))
            .or_else(|| {
                self.role_led_name(k + 1)
                    .filter(|&(_, end)| self.closes_phrase(end))
            })
    }

    /// Whether the name ending at token `end` closes its phrase, an affiliation after it
    /// passed over (`…, Dr Tamsin Okafor of the University of Bristol.`).
    pub(super) fn closes_phrase(&self, end: usize) -> bool {
        let last = self.past_place(end);
        self.tokens.get(last + 1).is_none_or(|t| {
            t.paragraph != self.tokens[last].paragraph
                || matches!(t.kind, TokenKind::Punct('.' | ',' | ';'))
        })
    }

    /// `actor Tom Vale`, `the actor Tom Vale`, `retired police officer Ada Quist`: a person's
    /// full name after a few lower-case words of a role starting at token `start` (an article
    /// first allowed): the name's first and last tokens. A capitalised word right before a
    /// lower-case role word qualifies the role (`former Kenyan vice-president`, `Botswana
    /// president`).
    pub(super) fn role_led_name(&self, start: usize) -> Option<(usize, usize)> {
        // `Every former governor, including Ada Quist, said`: a member of a set, not a role.
        if self
            .word(start)
            .is_some_and(|w| function_words::MEMBER_LINKS.contains(&w))
        {
            return None;
        }
        let first = start
            + usize::from(
                self.word(start)
                    .is_some_and(|w| crate::word_set!(function_words::ARTICLES).contains(w)),
            );
        let lower_role_word = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-')
                    && !is_function_word(w)
                    && !self.pronoun(k)
                    && self.cue_at(k).is_none()
            })
        };
        let qualifier = |k: usize| {
            self.word(k).is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
            }) && lower_role_word(k + 1)
        };
        let role_words = (first..first + MAX_ROLE_WORDS)
            .take_while(|&k| lower_role_word(k) || qualifier(k))
            .count();
        if role_words == 0 {
            return None;
        }
        let name_start = first + role_words;
        let end = names::run_starting_at(self.text, self.tokens, name_start)?;
        let run = names::read_run(self.text, self.tokens, name_start, end)?;
        (!run.organisation && run.name_words >= 2).then_some((name_start, end))
    }

    /// `the Chancellor, Rachel Hume`, `ACP (crime) Arun Tebbe`: for a run of title words alone
    /// from token `start` to `end`, the person's name after it, set off by a comma (and closing
    /// the phrase) or after a short lower-case remit in brackets.
    pub(super) fn name_after_title(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let only_titles = (start..=end).all(|k| self.word(k).is_none_or(names::is_title));
        if !only_titles {
            return None;
        }
        // `Prof. (Mrs) Ngozi Eze`: an abbreviated title keeps its full stop before the bracket.
        let end = if self.is_punct(end + 1, '.') && self.is_punct(end + 2, '(') {
            end + 1
        } else {
            end
        };
        // `Deputy Prime Minister and Foreign Minister Ivo Dane`: a second titled name after
        // "and" is the person holding both offices.
        if self.word(end + 1) == Some("and") {
            let second_end = names::run_starting_at(self.text, self.tokens, end + 2)?;
            let run = names::read_run(self.text, self.tokens, end + 2, second_end)?;
            let person = !run.organisation && run.titled && run.name_words >= 2;
            return person.then_some((end + 2, second_end));
        }
        let name_start = if self.is_punct(end + 1, ',') {
            end + 2
        } else if self.is_punct(end + 1, '(') {
            let close = (end + 2..end + 2 + MAX_ROLE_WORDS + 1).find(|&k| self.is_punct(k, ')'))?;
            // `DCP (Trans-Hindon) Ivo Dane`: a remit may be a place.
            let remit = close > end + 2
                && (end + 2..close).all(|k| {
                    self.word(k)
                        .is_some_and(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
                });
            remit.then_some(close + 1)?
        } else {
            return None;
        };
        let name_end = names::run_starting_at(self.text, self.tokens, name_start)?;
        let run = names::read_run(self.text, self.tokens, name_start, name_end)?;
        let person = !run.organisation && run.name_words >= 2;
        let set_off = name_start == end + 2;
        (person && (!set_off || self.closes_phrase(name_end))).then_some((name_start, name_end))
    }

    /// Whether token `i` is an executive role abbreviated in capitals (`CEO`, `MD`).
    pub(super) fn executive_acronym(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            w.len() <= 4
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && person_titles::EXECUTIVE_ACRONYMS
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(w))
        })
    }

    /// Whether token `i` is the apostrophe of a plural possessive (`the families’ lawyer`):
    /// written straight after a word in "s".
    pub(super) fn plural_possessive_mark(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.tokens.get(i).map(|t| t.kind),
                Some(TokenKind::Punct('’' | '\''))
            )
            && self.tokens[i - 1].span.end == self.tokens[i].span.start
            && self.word(i - 1).is_some_and(|w| w.ends_with('s'))
    }

    /// Whether token `i` names a document ("statement", "letter").
    pub(super) fn document_noun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let lowered = w.to_lowercase();
            let singular = lowered.strip_suffix('s').unwrap_or(&lowered);
            crate::word_set!(reporting::DOCUMENT_NOUNS).contains(lowered.as_str())
                || crate::word_set!(reporting::DOCUMENT_NOUNS).contains(singular)
        })
    }

    /// `the veteran MP said`, `the rookie striker said`: `the`, an epithet and a person's role
    /// before a cue, opening at token `i`: the last token of the role. The role, not the
    /// epithet, heads the phrase, so it is read as a role ([`Self::role_epithet_subject`]).
    pub(super) fn epithet_role_end(&self, i: usize) -> Option<usize> {
        let role = |w: &str| {
            let lowered = w.to_lowercase();
            crate::word_set!(person_titles::OFFICE_HOLDERS).contains(lowered.as_str())
                || crate::word_set!(person_titles::TITLE_WORDS).contains(lowered.as_str())
        };
        (self.word(i)?.eq_ignore_ascii_case("the")
            && self.word(i + 1).is_some_and(names::is_epithet)
            && self.word(i + 2).is_some_and(role)
            && (self.cue_at(i + 3).is_some() || self.is_aux(i + 3)))
        .then_some(i + 2)
    }

    /// `the 27-year-old` (perhaps with a noun after it, `the 27-year-old striker`), or an
    /// epithet for someone just named (`the Spaniard`, `the veteran`), opening at token `i`:
    /// the last token of it.
    pub(super) fn age_anaphor(&self, i: usize) -> Option<usize> {
        if !self.word(i)?.eq_ignore_ascii_case("the") {
            return None;
        }
        // `the Spaniard said`, but not `the Norwegian ambassador`: the epithet heads its phrase.
        if self.word(i + 1).is_some_and(names::is_epithet)
            && (self.word(i + 2).is_none() || self.cue_at(i + 2).is_some() || self.is_aux(i + 2))
        {
            return Some(i + 1);
        }
        let start = self.tokens.get(i + 1)?.span.start;
        let age_len = self
            .text
            .get(start..)?
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if !(1..=3).contains(&age_len)
            || !self.text.get(start + age_len..)?.starts_with("-year-old")
        {
            return None;
        }
        let old_end = start + age_len + "-year-old".len();
        let old =
            (i + 1..i + 7).find(|&k| self.tokens.get(k).is_some_and(|t| t.span.end == old_end))?;
        // A noun after it that is no cue (`the 27-year-old striker said`, `the 31-year-old
        // Spaniard said`).
        let noun = self
            .word(old + 1)
            .filter(|w| {
                (w.chars().all(char::is_lowercase) && !is_function_word(w))
                    || crate::word_set!(person_titles::PERSON_DESCRIPTORS)
                        .contains(w.to_lowercase().as_str())
            })
            .filter(|_| self.cue_at(old + 1).is_none());
        Some(if noun.is_some() { old + 1 } else { old })
    }

    /// Whether token `i` is a noun for people left unnamed (`source`, `officials`, `Critics`).
    pub(super) fn unnamed_person_noun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(w.to_lowercase().as_str())
        })
    }

    /// A group or body speaking as one (`police`, `the ministry`, `the airline`).
    pub(super) fn group_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let lower = w.to_lowercase();
            crate::word_set!(reporting::GROUP_SOURCES).contains(lower.as_str())
                || crate::word_set!(reporting::ORGANISATION_NOUNS).contains(lower.as_str())
                || crate::word_set!(reporting::UNNAMED_PERSON_NOUNS).contains(lower.as_str())
        })
    }

    /// `the club`, `the alliance`, `the federation`: a lower-case noun that names a kind of body
    /// ([`reporting::ORGANISATION_WORDS`]), in the singular, right after "the", at token `i`.
    /// Such a body speaks as one; it is no unnamed person.
    pub(super) fn body_after_the(&self, i: usize) -> bool {
        let singular_body = self.word(i).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !w.ends_with('s')
                && crate::word_set!(reporting::ORGANISATION_WORDS).contains(w)
        });
        singular_body
            && i.checked_sub(1)
                .and_then(|k| self.word(k))
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
    }

    /// An unnamed noun phrase ending at token `end` (`a former pilot`, `his brother`, `the
    /// full-back`): its start.
    pub(super) fn unnamed_ending_at(&self, end: usize) -> Option<usize> {
        let noun = self.word(end)?;
        let function_word = crate::word_set!(function_words::PHRASE_LINKS).contains(noun);
        if function_word
            || crate::word_set!(reporting::DOCUMENT_NOUNS).contains(noun)
            || !is_lower_word(noun)
            || self.pronoun(end)
            || self.is_aux(end)
        {
            return None;
        }
        let paragraph = self.tokens[end].paragraph;
        // `Avalon's UN envoy`, `Ivo Dane's lawyer`: a capitalised possessive determines the
        // phrase, which then opens with the whole name it closes.
        let named_possessive = |d: usize| {
            self.word(d).is_some_and(|w| {
                w.starts_with(char::is_uppercase) && without_possessive_s(w).is_some()
            })
        };
        let d = (end.saturating_sub(5)..end).rev().find(|&d| {
            self.tokens[d].paragraph == paragraph
                && (self.word(d).is_some_and(|w| {
                    is_determiner(w)
                        // `Every former head of the Port Authority`: people as a set.
                        || crate::word_set!(reporting::UNIVERSAL_DETERMINERS)
                            .contains(names::lower(w).as_str())
                        || crate::word_set!(reporting::INDEFINITE_DETERMINERS).contains(w)
                }) || named_possessive(d))
                && (d + 1..end).all(|k| self.word(k).is_some() || self.plural_possessive_mark(k))
        })?;
        if named_possessive(d) {
            return Some(names::run_ending_at(self.text, self.tokens, d).unwrap_or(d));
        }
        Some(d)
    }
}
