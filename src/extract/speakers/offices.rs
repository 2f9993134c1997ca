//! Organisations and office holders: the body or the holder of an office a cue's subject names.

use super::*;

/// Most lower-case words between an article and a noun for a business (`a local building`
/// before `firm`).
const MAX_BUSINESS_MODIFIERS: usize = 2;

/// Most tokens between a cue and the "it" or "its" that ties its subject to a firm (`said on
/// Monday it`).
const MAX_FIRM_TIE: usize = 5;

impl Context<'_> {
    /// The organisation an "it" at token `i` stands for: the nearest one before it, in its
    /// paragraph or the one before, that was the subject of a cue (`Toyota said`, `the company
    /// said`) or opened a sentence (`Northwind Airlines cut 500 jobs.`), outside quotes. None
    /// when a person's cue comes first. With `by_noun` ("the company said"), a description that
    /// can only be an organisation, the search passes over people and reaches further back.
    pub(super) fn organisation_before(&self, i: usize, by_noun: bool) -> Option<Span> {
        let paragraph = self.tokens.get(i)?.paragraph;
        let lookback = if by_noun {
            MAX_ORGANISATION_NOUN_LOOKBACK
        } else {
            MAX_IT_LOOKBACK
        };
        for k in (i.saturating_sub(lookback)..i).rev() {
            let token = self.tokens[k];
            if token.paragraph + 1 < paragraph && !by_noun {
                break;
            }
            if token.depth > 0 || token.kind != TokenKind::Word {
                continue;
            }
            if self.cue_at(k).is_some() {
                match self.subject_before(k) {
                    // `the airline said … It said`: the airline's name, if the text gave it;
                    // a search by noun passes over such a phrase to the name itself.
                    Some(Subject::Group(a, b)) if self.business_noun_phrase(a, b) && by_noun => {}
                    Some(Subject::Group(a, b))
                        if !self.document_noun(b) && !self.unnamed_person_noun(b) =>
                    {
                        let named = self
                            .business_noun_phrase(a, b)
                            .then(|| self.organisation_before(a, true))
                            .flatten();
                        // `Ivo Dane said the union complained … It asks`: a common noun the
                        // text never named, inside another clause, is no organisation "it"
                        // can speak for.
                        let bare = !names::opens_sentence(self.tokens, a)
                            && (a..=b).all(|k| {
                                self.word(k).is_none_or(|w| {
                                    !w.starts_with(char::is_uppercase) || (k == a && is_article(w))
                                })
                            });
                        if named.is_none() && bare {
                            return None;
                        }
                        return Some(named.unwrap_or_else(|| self.span(a, b)));
                    }
                    // `Dane and Lusk said it would close`: a firm, though a Lusk of the
                    // family is named later.
                    Some(Subject::Name(a, b)) if self.surname_firm_start(b, b) == Some(a) => {
                        return Some(self.span(a, b));
                    }
                    // `Brandt and Kessler said they would appeal. … the company said`: a
                    // business noun stands for the pair of surnames, never for the second.
                    Some(Subject::Name(a, b)) if by_noun && self.surname_pair_ending_at(a, b) => {
                        return Some(self.span(a - 2, b));
                    }
                    Some(Subject::Name(a, b)) if self.named_organisation(a, b, true) => {
                        return Some(self.span(a, self.complement_end(a, b)));
                    }
                    Some(Subject::Name(a, b)) if by_noun && self.firm_by_tie(a, b) => {
                        return Some(self.span(a, b));
                    }
                    Some(Subject::Name(..) | Subject::Pronoun(_) | Subject::Unnamed(..))
                        if !by_noun =>
                    {
                        return None
                    }
                    _ => {}
                }
            }
            // `Brandt and Kessler, the builders, lost`: a business noun stands for a pair of
            // surnames opening its sentence, speaking or set off, read as one firm.
            let pair_speaks_or_set_off = self.cue_at(k + 2).is_some() || self.is_punct(k + 2, ',');
            if by_noun && pair_speaks_or_set_off && self.surname_pair_ending_at(k + 1, k + 1) {
                return Some(self.span(k - 1, k + 1));
            }
            let opens_sentence = names::opens_sentence(self.tokens, k);
            // `The company, Meridian Logistics, employs …`: the name set off after a business.
            let set_off_name = (opens_sentence
                && self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && self.word(k + 1).is_some_and(names::is_organisation_noun)
                && self.is_punct(k + 2, ','))
            .then(|| names::run_starting_at(self.text, self.tokens, k + 3))
            .flatten()
            .filter(|&end| self.is_punct(end + 1, ',') && self.organisation_run(k + 3, end));
            if let Some(end) = set_off_name {
                return Some(self.span(k + 3, end));
            }
            if by_noun {
                if let Some(named) = self.business_named_after_noun(k, i) {
                    return Some(named);
                }
            }
            if opens_sentence {
                let end = names::run_starting_at(self.text, self.tokens, k);
                let verb_follows = |end: usize| {
                    self.word(end + 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                };
                if let Some(end) = end.filter(|&end| verb_follows(end)) {
                    // `Dana Morrow runs Veltrix.`: whoever leads a business named after the
                    // verb is no business; the business is the one led.
                    let led = self
                        .word(end + 1)
                        .is_some_and(|w| crate::word_set!(reporting::LEADERSHIP_VERBS).contains(w))
                        .then(|| names::run_starting_at(self.text, self.tokens, end + 2))
                        .flatten()
                        .filter(|&led_end| self.organisation_run(end + 2, led_end));
                    if let Some(led_end) = led {
                        return Some(self.span(end + 2, led_end));
                    }
                    // `Shares of Brightwater Energy rose`: the business after the plural.
                    let plural_of = self.word(k + 1) == Some("of")
                        && k + 2 <= end
                        && self.word(k).is_some_and(|w| {
                            w.ends_with('s') && !names::is_organisation_noun(&w.to_lowercase())
                        });
                    let start = if plural_of { k + 2 } else { k };
                    // `Members of the Elm Rovers Supporters' Trust voted`: a plural read
                    // alone before "of" is a common noun; the body, if any, follows.
                    let after = if end == k {
                        self.past_plural_of(k, k + 3)
                    } else {
                        k
                    };
                    if after > k {
                        // `Members of the Elm and Vale Union`: a name cut at "and" is none.
                        let body = names::run_starting_at(self.text, self.tokens, after)
                            .filter(|&e| self.word(e + 1) != Some("and"))
                            .filter(|&e| self.named_organisation(after, e, false));
                        if let Some(e) = body {
                            return Some(self.span(after, e));
                        }
                        continue;
                    }
                    if self.named_organisation(start, end, false) {
                        return Some(self.span(start, self.complement_end(start, end)));
                    }
                }
            }
        }
        let noun = self.word(i + 1).filter(|_| by_noun)?;
        self.name_carrying_noun(i, noun)
    }

    /// `The glove maker Elm Weavers is to close`, `was bought by a local housebuilder, Elm Homes,`:
    /// the name a lower-case noun for a business at token `k`, after an article and up to two
    /// lower-case modifiers, introduces before the description at token `i` (`the company`),
    /// either right after the noun or set off in commas. A name set off is taken only where it
    /// is the clause's agent: the phrase opens its sentence or follows "by" (`sold to a
    /// housebuilder, Elm Homes,` is no speaker's antecedent).
    fn business_named_after_noun(&self, k: usize, i: usize) -> Option<Span> {
        let noun = self.word(k).filter(|w| names::is_organisation_noun(w))?;
        // `the regulator said` after `A campaign group, Elm Watch,`: only the same noun, or
        // one any body may be called (`the company`), refers back to the body introduced.
        let asked = self.word(i + 1)?.to_lowercase();
        let same_kind = asked == noun
            || crate::word_set!(reporting::GENERAL_BODY_NOUNS).contains(asked.as_str());
        if !same_kind {
            return None;
        }
        let article = (k.saturating_sub(MAX_BUSINESS_MODIFIERS + 1)..k)
            .rev()
            .find(|&j| {
                self.word(j)
                    .is_none_or(|w| !is_lower_word(w) || is_article(w) || is_function_word(w))
            })?;
        if !self.word(article).is_some_and(is_article)
            || (article + 1..k).any(|j| self.word(j).is_none_or(is_function_word))
        {
            return None;
        }
        let set_off = self.is_punct(k + 1, ',');
        let start = k + 1 + usize::from(set_off);
        let end = names::run_starting_at(self.text, self.tokens, start)?;
        let closed = self.is_punct(end + 1, ',') || self.is_punct(end + 1, '.');
        let agent = names::opens_sentence(self.tokens, article)
            || article
                .checked_sub(1)
                .is_some_and(|b| self.word(b) == Some("by"));
        let run = names::read_run(self.text, self.tokens, start, end)?;
        let fits = end < i
            && self.organisation_run(start, end)
            && !run.titled
            && names::given_name_gender(&run.name).is_none()
            && (!set_off || (closed && agent));
        fits.then(|| self.span(start, end))
    }

    /// `“…,” the company said` after `Elm Weavers said it would close the mill`: a name of two
    /// or more words at tokens `a..=b`, with no title and no known given name, that the text
    /// somewhere ties to "its" right after its cue, or to "it" when a plural closes the name,
    /// is a firm a business noun may stand for, though no word of it says so.
    pub(super) fn firm_by_tie(&self, a: usize, b: usize) -> bool {
        let Some(run) = names::read_run(self.text, self.tokens, a, b) else {
            return false;
        };
        if run.name_words < 2 || run.titled || names::given_name_gender(&run.name).is_some() {
            return false;
        }
        // `Elm Weavers said it`, a trade's plural closing the name, or `said its`, where no
        // one speaks of a person (`Ivo Dane said it would rain` is no tie).
        let plural = run
            .name
            .strip_suffix('s')
            .is_some_and(|stem| !stem.ends_with(['s', '\'', '’']));
        self.it_tied_names
            .get_or_init(|| {
                (0..self.tokens.len())
                    .filter(|&k| {
                        self.tokens[k].depth == 0
                            && matches!(self.word(k + 1), Some("it" | "its"))
                            && self.cue_at(k).is_some()
                    })
                    .filter_map(|k| match self.subject_before(k) {
                        Some(Subject::Name(a, b)) => {
                            let run = names::read_run(self.text, self.tokens, a, b)?;
                            Some((run.name, self.word(k + 1) == Some("its")))
                        }
                        _ => None,
                    })
                    .collect()
            })
            .iter()
            .any(|(name, its)| *name == run.name && (*its || plural))
    }

    /// `Dane and Lusk said on Monday it would close`, and `Dane and Lusk said` anywhere in a
    /// text that so ties them: for a one-word name at token `end` after "and", opening its
    /// sentence with another one-word name before the "and", the token opening the firm so
    /// named after its founders. The tie is a cue right after the pair going on with "it" or
    /// "its" before any other pronoun. Neither word may be a given name or a person named
    /// before (`Lee and Park said they` are two people).
    pub(super) fn surname_firm_start(&self, start: usize, end: usize) -> Option<usize> {
        let first = start.checked_sub(2)?;
        if start != end || !self.surname_pair_at(first + 1) {
            return None;
        }
        let (x, y) = (self.word(first), self.word(end));
        self.surname_firms
            .get_or_init(|| {
                (0..self.tokens.len())
                    .filter(|&k| self.word(k) == Some("and") && self.surname_pair_at(k))
                    .filter(|&k| self.cue_at(k + 2).is_some() && self.ties_to_it(k + 2))
                    .collect()
            })
            .iter()
            .any(|&k| self.word(k - 1) == x && self.word(k + 1) == y)
            .then_some(first)
    }

    /// Whether the one-word name at tokens `a..=b` closes a pair of surnames joined by "and"
    /// that opens its sentence (`Brandt and Kessler`), as [`Self::surname_pair_at`] reads it.
    pub(super) fn surname_pair_ending_at(&self, a: usize, b: usize) -> bool {
        a == b
            && a.checked_sub(2).is_some()
            && self.word(a - 1).is_some()
            && self.surname_pair_at(a - 1)
    }

    /// Whether the "and" at token `and` joins two one-word names opening their sentence,
    /// each of which may be a founder's surname: no title, no given name, no person named
    /// before them.
    fn surname_pair_at(&self, and: usize) -> bool {
        let Some(first) = and.checked_sub(1) else {
            return false;
        };
        let offset = self.tokens[first].span.start;
        let surname = |k: usize| {
            names::run_ending_at(self.text, self.tokens, k) == Some(k)
                && names::run_starting_at(self.text, self.tokens, k) == Some(k)
                && names::read_run(self.text, self.tokens, k, k).is_some_and(|run| {
                    !run.titled
                        && !run.organisation
                        && names::given_name_gender(&run.name).is_none()
                        && !self.register.introduced_before(&run.key, offset)
                })
        };
        self.is_and(and)
            && names::opens_sentence(self.tokens, first)
            && surname(first)
            && surname(and + 1)
    }

    /// Whether the cue at token `cue` goes on, within its clause, with "it" or "its" before
    /// any other pronoun (`said on Monday it would`, not `said they would`).
    fn ties_to_it(&self, cue: usize) -> bool {
        let Some(paragraph) = self.tokens.get(cue).map(|t| t.paragraph) else {
            return false;
        };
        (cue + 1..cue + 1 + MAX_FIRM_TIE)
            .take_while(|&k| {
                self.tokens.get(k).is_some_and(|t| {
                    t.paragraph == paragraph && t.depth == 0 && !self.is_punct(k, '.')
                })
            })
            .find_map(|k| {
                let lowered = self.word(k)?.to_lowercase();
                let w = lowered.as_str();
                let pronoun = crate::word_set!(pronouns::UNRESOLVED).contains(w)
                    || crate::word_set!(pronouns::MALE).contains(w)
                    || crate::word_set!(pronouns::FEMALE).contains(w)
                    || crate::word_set!(reporting::POSSESSIVE_DETERMINERS).contains(w);
                pronoun.then_some(matches!(w, "it" | "its"))
            })
            .unwrap_or(false)
    }

    /// `the prime minister said` after `Prime Minister Hamid Rosli`, `the mayor` after `Ana
    /// Vidal, the city's mayor,`, `her son said` after `her son, Tomas,`: for `the` and an
    /// office, or a possessive and a noun of kin, at tokens `a..=b`, the person last named with
    /// that office or kin before them.
    pub(super) fn office_holder_named_before(&self, a: usize, b: usize) -> Option<String> {
        let office = self.word(b)?;
        let lowered = office.to_lowercase();
        let determiner = self.word(a).map(str::to_lowercase).unwrap_or_default();
        let office_held = determiner == "the"
            && crate::word_set!(person_titles::OFFICE_HOLDERS).contains(lowered.as_str());
        let kin = matches!(determiner.as_str(), "his" | "her" | "their")
            && crate::word_set!(person_titles::FAMILY_NOUNS).contains(lowered.as_str());
        // `the striker said` after `Ivo Dane, the club's striker,`: any other role noun of a
        // person, but only as the head of a description set off after the name.
        let role = determiner == "the"
            && !office_held
            && is_lower_word(office)
            && !is_function_word(office)
            && self.role_noun(b);
        if !office_held && !kin && !role {
            return self.office_named_otherwise_before(a, b);
        }
        // A relative is often named by a given name alone (`her son, Tomas,`).
        let least_name_words = if kin { 1 } else { 2 };
        let person = |start: usize, end: usize| {
            names::read_run(self.text, self.tokens, start, end).filter(|run| {
                !run.organisation && (run.titled || run.name_words >= least_name_words)
            })
        };
        // `the former president` is not the president, nor the other way round.
        let former = |from: usize, to: usize| {
            (from..to).any(|t| {
                self.word(t)
                    .is_some_and(|w| w.eq_ignore_ascii_case("former"))
            })
        };
        let former_holder = former(a, b);
        // `the foreign minister`, `the vice president`: the word that makes the office another
        // must stand before the office named too.
        let qualifier = |at: usize| {
            at.checked_sub(1)
                .and_then(|before| self.word(before))
                .map(str::to_lowercase)
                .filter(|w| crate::word_set!(person_titles::OFFICE_QUALIFIERS).contains(w.as_str()))
        };
        let holder_qualifier = qualifier(b);
        // `the minister said` after `Interior Minister Lee Ana`: an office named bare may stand
        // for the one holder introduced with a portfolio before it (never a rank: `the
        // minister` is not the prime minister), taken only when no other holder competes.
        let portfolio_only = |k: usize| {
            office_held
                && holder_qualifier.is_none()
                && qualifier(k).is_some_and(|q| {
                    !crate::word_set!(person_titles::RANK_QUALIFIERS).contains(q.as_str())
                })
        };
        // `the Rovers boss said` after `Rovers boss Ivo Dane` and `Boss Ana Lind`: the words
        // between the article and the office, when the office was named with them before, pick
        // that holder over one named with the office bare.
        let modifiers = b.saturating_sub(a + 1);
        let same_modifiers = |k: usize| {
            modifiers > 0
                && k >= modifiers
                && (0..modifiers).all(|t| {
                    self.word(k - modifiers + t)
                        .zip(self.word(a + 1 + t))
                        .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
                })
        };
        let passes: &[bool] = if modifiers > 0 {
            &[true, false]
        } else {
            &[false]
        };
        for &with_modifiers in passes {
            // `the Ruritanian leader` after `Ruritanian PM Ada Voss` and `opposition leader
            // Ivo Lund`: the office named otherwise with the same nation comes before the
            // office named bare with other words.
            if !with_modifiers && modifiers > 0 {
                if let Some(holder) = self.office_named_otherwise_before(a, b) {
                    return Some(holder);
                }
            }
            if let Some(holder) = self.office_holder_search(
                a,
                office,
                |k| {
                    (!with_modifiers || same_modifiers(k))
                        && former(k.saturating_sub(MAX_OFFICE_MODIFIERS), k) == former_holder
                        && (qualifier(k) == holder_qualifier || portfolio_only(k))
                },
                &portfolio_only,
                role,
                &person,
            ) {
                return Some(holder);
            }
        }
        (modifiers == 0)
            .then(|| self.office_named_otherwise_before(a, b))
            .flatten()
    }

    /// `“…,” the striker said` after `Ivo Dane, 33, said the win …`: for `the` and a person's
    /// role at tokens `a..=b` that no one was introduced with, the person the sentence before
    /// (or this one, up to the role) has as its subject, when nobody else was mentioned since:
    /// a player named only in passing (`praised Ivo Dane`) is no subject and is passed over.
    pub(super) fn role_epithet_subject(
        &self,
        a: usize,
        b: usize,
        quotes: &[RawQuote],
    ) -> Option<String> {
        let lowered = self.word(b)?.to_lowercase();
        let person_role = crate::word_set!(person_titles::OFFICE_HOLDERS)
            .contains(lowered.as_str())
            || crate::word_set!(person_titles::TITLE_WORDS).contains(lowered.as_str())
            || crate::word_set!(person_titles::PERSON_DESCRIPTORS).contains(lowered.as_str())
            // `the forward`, `the prop`: a position that is a title only before a full name
            // is a person's role after "the".
            || crate::word_set!(person_titles::ROLES_BEFORE_FULL_NAME).contains(lowered.as_str());
        if b <= a || !self.word(a)?.eq_ignore_ascii_case("the") || !person_role {
            return None;
        }
        let depth = self.tokens[a].depth;
        let sentence = self.sentence_start(a, depth, quotes);
        let before = sentence
            .checked_sub(1)
            .map_or(sentence, |end| self.sentence_start(end, depth, quotes));
        // `“Did you know?” Mr Doe asked. “No,” the witness replied.`: after a quoted line of
        // someone's, the role is the other side of an exchange.
        let quoted = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.paragraph == self.tokens[before].paragraph
                    && (t.depth > depth
                        || matches!(t.kind, TokenKind::Open(_) | TokenKind::Close(_)))
            })
        };
        if before < sentence && (quoted(before) || before.checked_sub(1).is_some_and(quoted)) {
            return None;
        }
        // `Ann Lee, the mother of the victim, spoke. “…,” the victim said`: a role the sentence
        // before names is whoever it names with it, left to the office-holder search.
        if (before..a).any(|k| {
            self.word(k)
                .is_some_and(|w| w.eq_ignore_ascii_case(&lowered))
        }) {
            return None;
        }
        let (name, offset) = self.register.last_mention_if_named_subject(
            self.tokens[before].span.start,
            self.tokens[a].span.start,
        )?;
        // The name must open its phrase, not follow a verb or preposition (`taking Ivo Dane
        // off`): only a title or role may stand right before it in lower case.
        let at = self.tokens.partition_point(|t| t.span.start < offset);
        let led_well = at
            .checked_sub(1)
            .and_then(|k| self.word(k))
            .is_none_or(|w| {
                !w.starts_with(char::is_lowercase)
                    || crate::word_set!(person_titles::TITLE_WORDS).contains(w)
            });
        // `Ivo Dane praised Tom Ray.`: a full name after the subject's, though the register
        // holds no mention of it, is someone the role may be.
        let subject_end = names::run_starting_at(self.text, self.tokens, at).unwrap_or(at);
        let mut k = subject_end + 1;
        while k < a {
            let end = (self.tokens[k].depth == 0
                && self
                    .word(k)
                    .is_some_and(|w| w.starts_with(char::is_uppercase)))
            .then(|| names::run_starting_at(self.text, self.tokens, k))
            .flatten();
            if let Some(end) = end {
                if names::read_run(self.text, self.tokens, k, end)
                    .is_some_and(|run| !run.organisation && run.name_words >= 2)
                {
                    return None;
                }
                k = end;
            }
            k += 1;
        }
        led_well.then_some(name)
    }

    /// The search of [`Self::office_holder_named_before`] back from token `a` for `office`
    /// named before, at tokens `k` that `fits`: the holder named with it, or the one holder
    /// named with a portfolio.
    pub(super) fn office_holder_search(
        &self,
        a: usize,
        office: &str,
        fits: impl Fn(usize) -> bool,
        portfolio_only: &dyn Fn(usize) -> bool,
        role: bool,
        person: &dyn Fn(usize, usize) -> Option<NameRun>,
    ) -> Option<String> {
        let mut portfolio_holders: Vec<String> = Vec::new();
        for k in (a.saturating_sub(MAX_REFERENT_LOOKBACK)..a).rev() {
            if self.tokens[k].depth > 0
                || !self.word(k).is_some_and(|w| w.eq_ignore_ascii_case(office))
                || !fits(k)
            {
                continue;
            }
            if let Some(run) = self.holder_named_at(k, role, person) {
                let holder = self.register.canonical(&run);
                if !portfolio_only(k) {
                    return Some(holder);
                }
                if !portfolio_holders.contains(&holder) {
                    portfolio_holders.push(holder);
                }
            }
        }
        match portfolio_holders.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }
    }

    /// The person named with the office at token `k` (as the name's title, right after it,
    /// or set off before it), or for a `role` noun heading a description of the name.
    pub(super) fn holder_named_at(
        &self,
        k: usize,
        role: bool,
        person: &dyn Fn(usize, usize) -> Option<NameRun>,
    ) -> Option<NameRun> {
        // `Prime Minister Hamid Rosli`: the office as the name's title; `CEO of Orvane` is
        // an office and its place, no title and name.
        let titled = names::run_ending_at(self.text, self.tokens, k)
            .filter(|_| self.word(k + 1) != Some("of"))
            .and_then(|start| {
                let end = names::run_starting_at(self.text, self.tokens, start)?;
                (end > k).then(|| person(start, end)).flatten()
            })
            .filter(|run| run.titled);
        // `prime minister, Hamid Rosli,`, `Rovers manager Neil Carrow`: the name after
        // the office, perhaps set off.
        let after = || {
            let start = if self.is_punct(k + 1, ',') {
                k + 2
            } else {
                k + 1
            };
            let end = names::run_starting_at(self.text, self.tokens, start)?;
            person(start, end)
        };
        // `Hamid Rosli, Malaysia's prime minister,`: the office set off after the name.
        let before = || {
            let comma = (k.saturating_sub(MAX_OFFICE_DESCRIPTION)..k)
                .rev()
                .find(|&c| self.is_punct(c, ','))?;
            let end = comma.checked_sub(1)?;
            let start = names::run_ending_at(self.text, self.tokens, end)?;
            person(start, end)
        };
        // `Dana Holt, the chief executive of Varo Bank,`: for a role noun, the noun must
        // head the description, which opens with an article or a possessive.
        let headed = || {
            let comma = (k.saturating_sub(MAX_OFFICE_DESCRIPTION)..k)
                .rev()
                .find(|&c| self.is_punct(c, ','))?;
            let opens = self.word(comma + 1).is_some_and(|w| {
                crate::word_set!(function_words::ARTICLES).contains(w)
                    || without_possessive_s(w).is_some()
            });
            let described = (comma + 1..k).all(|t| {
                self.word(t)
                    .is_some_and(|w| !crate::word_set!(function_words::PHRASE_LINKS).contains(w))
            });
            let head = self
                .word(k + 1)
                .is_none_or(|w| crate::word_set!(function_words::PHRASE_LINKS).contains(w));
            (opens && described && head).then_some(())?;
            let end = comma.checked_sub(1)?;
            let start = names::run_ending_at(self.text, self.tokens, end)?;
            person(start, end)
        };
        // `Brighton defender Kofi Mensah`: a role noun right before the full name.
        let named_after_role = || {
            let end = names::run_starting_at(self.text, self.tokens, k + 1)?;
            person(k + 1, end)
        };
        // `Ruritania's ambassador to the UN, Ada Voss,`: the name set off after the office's
        // complement, and closed off itself.
        let complemented = || {
            self.word(k + 1).filter(|w| {
                crate::word_set!(person_titles::OFFICE_COMPLEMENT_PREPOSITIONS).contains(w)
            })?;
            let comma = (k + 2..=k + 1 + MAX_OFFICE_DESCRIPTION)
                .find(|&c| self.word(c).is_none())
                .filter(|&c| self.is_punct(c, ','))?;
            let end = names::run_starting_at(self.text, self.tokens, comma + 1)?;
            let paragraph = self.tokens[k].paragraph;
            let closed = self.tokens.get(end + 1).is_none_or(|t| {
                t.paragraph != paragraph || matches!(t.kind, TokenKind::Punct(',' | '.'))
            });
            closed.then(|| person(comma + 1, end)).flatten()
        };
        // `Its director, Nils Orme,`, `the gallery's curator, Dr Ana Roe,`: the name set off
        // after a role an owner's possessive leads, and closed off itself. `The principal,
        // Ana Roe,`, `the head teacher, Ana Roe,`: "the" and at most a few lower-case
        // modifiers lead the role as well.
        let owned = || {
            let owner = k.checked_sub(1).and_then(|j| self.word(j))?;
            let led = is_possessive_determiner(owner) || without_possessive_s(owner).is_some();
            ((led || self.article_before_role(k).is_some()) && self.is_punct(k + 1, ','))
                .then_some(())?;
            let end = names::run_starting_at(self.text, self.tokens, k + 2)?;
            let closed = self
                .tokens
                .get(end + 1)
                .is_none_or(|t| matches!(t.kind, TokenKind::Punct(',' | '.')));
            closed.then(|| person(k + 2, end)).flatten()
        };
        if role {
            titled
                .or_else(headed)
                .or_else(named_after_role)
                .or_else(owned)
                .or_else(complemented)
        } else {
            titled.or_else(after).or_else(before).or_else(complemented)
        }
    }

    /// `the prime minister said` after `Ruritanian PM Ada Voss`, `the finance chief` after `CFO
    /// Ivo Lund`, `the Ruritanian leader` after `President Ada Voss of Ruritania`: for `the`, at
    /// most a word of nation, and another spelling of an office or a general word for it at
    /// tokens `a..=b`, the holder last named with a spelling of that office; for a general word,
    /// the one such holder named (of that nation, if one is given), never one of two.
    pub(super) fn office_named_otherwise_before(&self, a: usize, b: usize) -> Option<String> {
        if !self.word(a)?.eq_ignore_ascii_case("the") {
            return None;
        }
        let after_the = |start: &usize| *start > a;
        let spelled = person_titles::OFFICE_SPELLINGS.iter().find_map(|row| {
            row.iter().find_map(|form| {
                self.form_ending_at(b, form, true)
                    .filter(after_the)
                    .map(|start| (start, *row, false))
            })
        });
        let (start, forms, only_one) = spelled.or_else(|| {
            person_titles::OFFICE_EPITHETS
                .iter()
                .find_map(|(epithet, forms)| {
                    self.form_ending_at(b, epithet, true)
                        .filter(after_the)
                        .map(|start| (start, *forms, true))
                })
        })?;
        // `the Ruritanian premier`: one capitalised word of nation at most; `the deputy prime
        // minister` is another office.
        let nation = match start - a {
            1 => None,
            2 => Some(
                self.word(a + 1)
                    .filter(|w| w.starts_with(char::is_uppercase) && !names::is_title(w))?,
            ),
            _ => return None,
        };
        let person = |start: usize, end: usize| {
            names::read_run(self.text, self.tokens, start, end)
                .filter(|run| !run.organisation && (run.titled || run.name_words >= 2))
        };
        let mut found: Option<String> = None;
        for k in (a.saturating_sub(MAX_REFERENT_LOOKBACK)..a).rev() {
            if self.tokens[k].depth > 0 {
                continue;
            }
            for form in forms {
                let Some(first) = self.form_ending_at(k, form, false) else {
                    continue;
                };
                // `Deputy PM Ivo Lund`, `former CEO Ada Quist`: another office, or a past one.
                let ranked = first
                    .checked_sub(1)
                    .and_then(|t| self.word(t))
                    .is_some_and(|w| {
                        w.eq_ignore_ascii_case("former")
                            || person_titles::RANK_QUALIFIERS
                                .iter()
                                .any(|q| w.eq_ignore_ascii_case(q))
                    });
                let Some(run) = (!ranked)
                    .then(|| self.holder_named_at(k, false, &person))
                    .flatten()
                else {
                    continue;
                };
                if nation.is_some_and(|nation| !self.holder_of_nation(first, &run, nation)) {
                    continue;
                }
                let holder = self.register.canonical(&run);
                match found {
                    _ if !only_one => return Some(holder),
                    Some(ref other) if *other != holder => return None,
                    _ => found = Some(holder),
                }
            }
        }
        found
    }

    /// The first token of `form` (words spaced) when it is written ending at token `k`, outside
    /// quotes: in any case when `any_case`, else a form with a capital only as written.
    pub(super) fn form_ending_at(&self, k: usize, form: &str, any_case: bool) -> Option<usize> {
        let exact = !any_case && form.contains(char::is_uppercase);
        let mut t = k + 1;
        for part in form.rsplit(' ') {
            t = t.checked_sub(1)?;
            let word = self.word(t)?;
            let same = if exact {
                word == part
            } else {
                word.eq_ignore_ascii_case(part)
            };
            if !same || self.tokens[t].depth > 0 {
                return None;
            }
        }
        Some(t)
    }

    /// Whether the holder `run`, named with an office whose first token is `first`, was named
    /// as of `nation`: by the word before the office (`Ruritanian PM`, `Ruritania's prime
    /// minister`) or a place after the name (`President Ada Voss of Ruritania`).
    pub(super) fn holder_of_nation(&self, first: usize, run: &NameRun, nation: &str) -> bool {
        let before = first.checked_sub(1).and_then(|t| self.word(t));
        let of_place = (self.word(run.tokens.1 + 1) == Some("of"))
            .then(|| self.word(run.tokens.1 + 2))
            .flatten();
        [before, of_place].into_iter().flatten().any(|w| {
            let w = without_possessive_s(w).unwrap_or(w);
            w.starts_with(char::is_uppercase) && same_nation(w, nation)
        })
    }

    /// `the Secretary of State said` after `Secretary of State Ada Quist`: for `the` and a
    /// capitalised office of several words at tokens `a..=b`, the person last named with those
    /// words as the title, or set off right after them.
    pub(super) fn titled_office_holder_before(&self, a: usize, b: usize) -> Option<String> {
        let first = a + 1;
        if b <= first
            || !self.word(a).is_some_and(|w| w.eq_ignore_ascii_case("the"))
            || !self
                .word(first)
                .is_some_and(|w| w.starts_with(char::is_uppercase) && names::is_title(w))
        {
            return None;
        }
        let len = b - a;
        let same_office = |k: usize| {
            (0..len).all(|t| {
                self.tokens.get(k + t).is_some_and(|tok| tok.depth == 0)
                    && self
                        .word(k + t)
                        .zip(self.word(first + t))
                        .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
            })
        };
        let person = |start: usize, end: usize| {
            names::read_run(self.text, self.tokens, start, end)
                .filter(|run| !run.organisation && run.name_words >= 2)
        };
        for k in (a.saturating_sub(MAX_REFERENT_LOOKBACK)..a).rev() {
            if !same_office(k) {
                continue;
            }
            let office_end = k + len - 1;
            // `Secretary of State Ada Quist`: the office as the name's title.
            let titled = names::run_starting_at(self.text, self.tokens, k)
                .filter(|&end| end > office_end)
                .and_then(|end| person(k, end))
                .filter(|run| run.titled);
            // `the Secretary of State, Ada Quist,`: the name set off after the office.
            let set_off = || {
                let start = office_end + 2;
                if !self.is_punct(office_end + 1, ',') {
                    return None;
                }
                let end = names::run_starting_at(self.text, self.tokens, start)?;
                person(start, end)
            };
            if let Some(run) = titled.or_else(set_off) {
                return Some(self.register.canonical(&run));
            }
        }
        None
    }

    /// `“We will win.” — Arne Slotter`, `“…” – Ada Quist, chief executive`: a full name after a
    /// dash right after the quote closing at token `close`, ending the paragraph or followed by
    /// a comma, a full stop or lower-case words. Its first and last token.
    pub(super) fn dash_attribution(&self, close: usize) -> Option<(usize, usize)> {
        let paragraph = self.tokens.get(close)?.paragraph;
        let dash = self.tokens.get(close + 1)?;
        if dash.paragraph != paragraph || !matches!(dash.kind, TokenKind::Punct('—' | '–' | '-'))
        {
            return None;
        }
        let start = close + 2;
        if self.tokens.get(start)?.paragraph != paragraph {
            return None;
        }
        let end = names::run_starting_at(self.text, self.tokens, start)?;
        let run = names::read_run(self.text, self.tokens, start, end)?;
        if run.organisation || run.name_words < 2 {
            return None;
        }
        let closes = self.tokens.get(end + 1).is_none_or(|next| {
            next.paragraph != paragraph
                || matches!(next.kind, TokenKind::Punct(',' | '.'))
                || self
                    .word(end + 1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
        });
        closes.then_some((start, end))
    }

    /// `told NBC’s “Meet the Press”`, `appeared on “The Late Show”`, `his song “Blue Skies”`,
    /// `In her memoir, “Becoming Someone,”`: whether the words before the quote opening at
    /// token `open` make a title-case quote the title of a work (an outlet's possessive, `on`,
    /// or a noun for a work, perhaps set off by a comma).
    pub(super) fn names_a_work(&self, open: usize) -> bool {
        let Some(p) = open.checked_sub(1) else {
            return false;
        };
        if self.tokens[p].paragraph != self.tokens[open].paragraph {
            return false;
        }
        let work_noun = |k: usize| {
            self.word(k)
                .is_some_and(|w| crate::word_set!(reporting::WORK_NOUNS).contains(w))
        };
        if self.is_punct(p, ',') {
            return p.checked_sub(1).is_some_and(work_noun);
        }
        work_noun(p)
            || self.word(p).is_some_and(|w| {
                w == "on"
                    || (w.starts_with(char::is_uppercase) && without_possessive_s(w).is_some())
            })
    }
}
