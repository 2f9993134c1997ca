//! Speakers: who said each quote, found from reporting cues around it (`“…,” X said`,
//! `X said: “…”`, `according to X`, `X, the mayor, said`, `he said`), and one canonical spelling
//! per person across all articles ([`unify_speakers`]).
//!
//! Attribution works inside paragraphs and never guesses: a quote with no cue and no quote before
//! it to continue gets no speaker.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::extract::names::{self, Gender, NameRun, Register, Token, TokenKind};
use crate::extract::quotes::{self, kind_from_shape, RawQuote};
use crate::lexicon::function_words;
use crate::lexicon::{
    abbreviations, calendar, person_titles, pronouns, reporting, sentence_starters,
};
use crate::model::{Document, QuoteKind, Span};

mod bodies;
mod offices;
mod sides;
mod subject_after;
mod subject_before;
mod ties;

/// Most tokens of a `who` clause between a speaker named after a quote and the cue.
const MAX_RELATIVE_CLAUSE: usize = 40;
/// How many words before a "read" its subject's document noun may stand (`a statement from
/// the family read`).
const MAX_DOCUMENT_SUBJECT: usize = 6;
/// Most tokens read back from a document that speaks (`the letter said`) for the sentence that
/// introduced it (`Ada Quist sent a letter`), within its paragraph and the two before.
const MAX_DOCUMENT_INTRODUCTION: usize = 160;
/// Most modifiers between a document's determiner and its noun (`her final report`).
const MAX_DOCUMENT_MODIFIERS: usize = 2;

/// Most words between a document's noun and the "by" naming who issued it (`an email to the
/// parish council sent by …`).
const MAX_ISSUER_GAP: usize = 7;

/// Most auxiliaries, adverbs and words of a time adverbial passed over between a speaker and
/// the verb of speech (`Ravi Kumar on Monday night said`, `Jane Doe has also said`).
const MAX_CUE_AUXILIARIES: usize = 4;

/// Most words between an unnamed speaker's noun and the cue it runs on to (`a spokesperson
/// for the Department of Health and Social Care said`).
const MAX_DESCRIPTION_TO_CUE: usize = 12;

/// Most tokens between the halves of a quote split by its cue (`,” the former minister said, “`).
const MAX_SPLIT_CUE: usize = 14;

/// How many tokens back from a cue without a subject of its own an earlier cue of its sentence
/// is looked for (`A spokesman said …, but added that …`).
const MAX_SUBJECT_LOOKBACK: usize = 60;

/// Most lower-case words of a role between a firm and the person it names (`Liverpool head
/// coach Arne Slot`).
const MAX_ROLE_WORDS: usize = 3;

/// Most link words (`of`, `and`) between the role words before a name (`head of research`).
const MAX_ROLE_LINKS: usize = 2;

/// How many tokens back from "it said" the organisation it stands for is looked for.
const MAX_IT_LOOKBACK: usize = 80;

/// Most tokens looked back through for the business "the company" stands for.
const MAX_ORGANISATION_NOUN_LOOKBACK: usize = 600;

/// Most tokens between a name's comma and the office described after it (`Hamid Rosli, the
/// country's prime minister`).
const MAX_OFFICE_DESCRIPTION: usize = 5;

/// Most words read before an office for a `former` (`former prime minister`).
const MAX_OFFICE_MODIFIERS: usize = 3;

/// Most tokens searched back for whom a description refers to (`Westmarch Airways` for `the
/// airline`, `Prime Minister Hamid Rosli` for `the prime minister`): a long article's length, so
/// hostile text costs linear time.
const MAX_REFERENT_LOOKBACK: usize = 5_000;

/// Tokens a cue may run on before the colon that introduces its quote (`replied, according to
/// the email shown in court:`).
const MAX_INTRODUCTION: usize = 16;

/// Most tokens of the words finishing a quoted sentence before its cue (`“…” than a shutdown,
/// said Jane Doe`).
const MAX_QUOTE_TAIL: usize = 8;
/// Tokens read after an embedded quote for an attribution set off later in its sentence.
const MAX_TRAILING_ATTRIBUTION: usize = 40;
/// Most tokens between the tie of unnamed sources (`close to`, `familiar with`) and the cue.
const MAX_SOURCE_TIE: usize = 8;

/// Most words between a noun of an occasion for speaking and the "to" of the verb of speech
/// after it (`a news conference on Monday to declare`).
const MAX_OCCASION_TO_INFINITIVE: usize = 4;

/// Most words of the object between a verb of command and its `to` (`ordered the regional
/// police chiefs to`).
const MAX_DIRECTIVE_OBJECT: usize = 5;

/// Most words of a body's name read back from the place set off after it (`of the Institute
/// for Road Studies, Leeds,`).
const MAX_BODY_WORDS: usize = 8;

/// Fewest words of a name after `a spokesman for` that reads as a body's with no word of a
/// body's name in it (`Northgate Kiln Supplies`); two (`Ivo Dane`) may be a person's.
const MIN_UNMARKED_BODY_WORDS: usize = 3;

/// Most runs set off by commas read back over a list of an office's portfolios.
const MAX_PORTFOLIO_RUNS: usize = 4;

/// Most words between the noun of a tie (`the family of`) and the `who` clause describing
/// the one it is tied to (`a woman from Elmgrove who died`).
const MAX_TIED_ANTECEDENT: usize = 8;

/// Most capitalised modifiers (`Scottish Labour`) before the role noun of an appositive set
/// off after a name.
const MAX_CAPITALISED_ROLE_MODIFIERS: usize = 3;

/// Who said one quote, and how we know.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Direct, partial or scare.
    pub kind: QuoteKind,
    /// Canonical name within the article.
    pub speaker: Option<String>,
    /// Span of the words naming the speaker.
    pub mention: Option<Span>,
    /// Span of the reporting cue.
    pub cue: Option<Span>,
}

/// The words naming a speaker next to a cue.
#[derive(Debug, Clone)]
enum Subject {
    Pronoun(usize),
    Unnamed(usize, usize),
    Name(usize, usize),
    Group(usize, usize),
    /// A cue whose subject could not be read (`,” said one of the founders`): someone, not
    /// nobody.
    Unread,
    /// `it said`: the organisation the text spoke of just before.
    It(usize),
    /// `the 27-year-old said`: someone named before, known here by age alone.
    Anaphor(usize, usize),
}

/// A cue and, when found, its subject.
#[derive(Debug, Clone)]
struct Found {
    cue: (usize, usize),
    subject: Option<Subject>,
}

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    register: Register,
    /// Words written capitalised inside a sentence, gathered on first need.
    mid_sentence_capitals: OnceCell<HashSet<&'a str>>,
    /// Names the text ties to "it" or "its" after their cue (`Elm Weavers said it would`),
    /// each with whether the tie is "its", gathered on first need.
    it_tied_names: OnceCell<Vec<(String, bool)>>,
    /// The "and" of each `Dane and Lusk said it` (see [`Context::surname_firm_start`]),
    /// gathered on first need.
    surname_firms: OnceCell<Vec<usize>>,
}

impl Context<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        let t = self.tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.span.of(self.text))
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct(c))
    }

    /// Whether the quote between tokens `open` and `close` stands in brackets that hold nothing
    /// but quotes and the words that join them ([`reporting::LABEL_JOINING_WORDS`]): `stood at 218
    /// (“poor”)`, a press release's `(“Kanemoto” or “the Company”)`, `(together, the
    /// “Parties”)` — names given to a thing, not words spoken.
    fn in_labelling_bracket(&self, open: usize, close: usize) -> bool {
        let depth = self.tokens[open].depth;
        let labels_only = |k: &usize| {
            let t = &self.tokens[*k];
            t.depth > depth
                || matches!(
                    t.kind,
                    TokenKind::Open(_) | TokenKind::Close(_) | TokenKind::Punct(',')
                )
                || self.word(*k).is_some_and(|w| {
                    crate::word_set!(reporting::LABEL_JOINING_WORDS)
                        .contains(w.to_lowercase().as_str())
                })
        };
        let before = (open.saturating_sub(MAX_BRACKET_TOKENS)..open)
            .rev()
            .find(|k| !labels_only(k));
        let after = (close + 1..(close + 1 + MAX_BRACKET_TOKENS).min(self.tokens.len()))
            .find(|k| !labels_only(k));
        before.is_some_and(|k| self.is_punct(k, '('))
            && after.is_some_and(|k| self.is_punct(k, ')'))
    }

    /// A cue starting at token `i`: the index of its last token.
    fn cue_at(&self, i: usize) -> Option<usize> {
        let word = self.word(i)?;
        if word.chars().next().is_some_and(char::is_uppercase) && word != "According" {
            return None;
        }
        let lowered = if word == "According" {
            "according"
        } else {
            word
        };
        if let Some(next) = self.word(i + 1) {
            if reporting::CUE_PHRASES
                .iter()
                .any(|(a, b)| *a == lowered && *b == next)
            {
                return Some(i + 1);
            }
        }
        // `the accused`, `an alleged plot`: after an article the word is a noun or an adjective.
        // Asked only of a word that could be a cue, without allocating.
        let after_article = || {
            i.checked_sub(1)
                .and_then(|before| self.word(before))
                .is_some_and(is_article)
        };
        if reporting::DOCUMENT_CUES.contains(&lowered) {
            return (!after_article() && self.reads_a_document(i)).then_some(i);
        }
        if reporting::DIRECTIVE_VERBS.contains(&lowered) {
            return (!after_article() && self.orders_someone_to_act(i)).then_some(i);
        }
        if reporting::QUOTE_SIDE_CUES.contains(&lowered) {
            // `Ada Quist protested.`, `queried Ivo Dane,`: no lower-case word after the verb.
            let stands_alone = self.word(i + 1).is_none_or(|next| !is_lower_word(next));
            return (!after_article() && stands_alone).then_some(i);
        }
        if self.speech_after_occasion(i, lowered) {
            return Some(i);
        }
        // `it had to be concluded`, `she was described as`: in the passive the subject is not
        // the one who speaks.
        // `he said when asked about his future`: after a conjunction the participle is
        // passive too.
        let passive = (lowered.ends_with("ed") || lowered == "told")
            && i.checked_sub(1)
                .and_then(|before| self.word(before))
                .is_some_and(|w| {
                    crate::word_set!(reporting::FORMS_OF_BE).contains(w)
                        || reporting::PARTICIPLE_CLAUSE_OPENERS.contains(&w)
                });
        (!passive
            && (crate::word_set!(reporting::CUE_WORDS).contains(lowered)
                || reporting::PARTICIPLE_CUES.contains(&lowered))
            && !after_article())
        .then_some(i)
    }

    /// `held a news conference on Monday to declare that`, `used a speech to warn`: whether
    /// `word` at token `i` is the plain form of a verb of speech ([`reporting::INVERTIBLE_CUES`]
    /// less its `-d` or `-ed`) after "to", which follows a noun of an occasion for speaking
    /// ([`reporting::SPEAKING_OCCASION_NOUNS`]) within [`MAX_OCCASION_TO_INFINITIVE`] words.
    fn speech_after_occasion(&self, i: usize, word: &str) -> bool {
        let Some(to) = i.checked_sub(1).filter(|&to| self.word(to) == Some("to")) else {
            return false;
        };
        self.occasion_before(to).is_some()
            && reporting::INVERTIBLE_CUES.iter().any(|cue| {
                cue.strip_suffix("ed") == Some(word) || cue.strip_suffix('d') == Some(word)
            })
    }

    /// The noun of an occasion for speaking within [`MAX_OCCASION_TO_INFINITIVE`] words before
    /// the "to" at token `to`.
    fn occasion_before(&self, to: usize) -> Option<usize> {
        (to.saturating_sub(MAX_OCCASION_TO_INFINITIVE)..to)
            .rev()
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| {
                self.word(k)
                    .is_some_and(|w| reporting::SPEAKING_OCCASION_NOUNS.contains(&w))
            })
    }

    /// `Ada Quist, who held a news conference to declare that`: for the verb of speech at
    /// token `cue` after an occasion for speaking, the subject of the verb that held it, read
    /// before the occasion's article.
    fn occasion_holder(&self, cue: usize) -> Option<Subject> {
        if !self
            .word(cue)
            .is_some_and(|w| self.speech_after_occasion(cue, w))
        {
            return None;
        }
        let noun = self.occasion_before(cue.checked_sub(1)?)?;
        let article = (noun.saturating_sub(MAX_OCCASION_TO_INFINITIVE)..noun)
            .rev()
            .take_while(|&k| self.word(k).is_some_and(is_lower_word))
            .find(|&k| self.word(k).is_some_and(is_article))?;
        self.subject_before(article.checked_sub(1)?)
    }

    /// Whether the verb of command at token `i` has an object and then `to` and a verb or the
    /// quote (`ordered officials to mobilise`, `instructed the regional police to “stay”`), not
    /// in the passive.
    fn orders_someone_to_act(&self, i: usize) -> bool {
        let passive = i
            .checked_sub(1)
            .and_then(|before| self.word(before))
            .is_some_and(|w| crate::word_set!(reporting::FORMS_OF_BE).contains(w));
        let to = (i + 2..=i + 1 + MAX_DIRECTIVE_OBJECT)
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| self.word(k) == Some("to"));
        !passive
            && self.word(i + 1).is_some_and(|w| w != "to")
            && to.is_some_and(|k| {
                self.word(k + 1).is_some_and(is_lower_word)
                    || self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.kind, TokenKind::Open(_)))
            })
    }

    /// Whether the "read" at token `i` reports a document's words: a document noun opens its
    /// subject, a few words before it in the clause (`a statement from the family read`, `The
    /// text messages read:`), or its object right after it (`read a statement from her
    /// family`).
    fn reads_a_document(&self, i: usize) -> bool {
        let document = |k: usize| self.document_noun(k);
        // `the statement`, `a joint statement`: an article, or one more lower-case word after it.
        let led = |k: usize| {
            let article_at = |j: usize| self.word(j).is_some_and(is_article);
            k.checked_sub(1).is_some_and(|j| {
                article_at(j)
                    || (self.word(j).is_some_and(is_lower_word)
                        && j.checked_sub(1).is_some_and(article_at))
            })
        };
        let object = self
            .word(i + 1)
            .is_some_and(|w| function_words::ARTICLES.contains(&w))
            && document(i + 2);
        let subject = (i.saturating_sub(MAX_DOCUMENT_SUBJECT)..i)
            .rev()
            .take_while(|&k| self.word(k).is_some())
            .any(|k| document(k) && led(k));
        object || subject
    }

    /// Whether token `i` is a finite verb: an auxiliary or modal, a lower-case word in "-ed", or
    /// an irregular past ("spoke", "held").
    fn verb_at(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            crate::word_set!(reporting::FINITE_AUXILIARIES).contains(w)
                || (w.len() > 3 && w.ends_with("ed") && w.chars().all(char::is_lowercase))
                || reporting::IRREGULAR_PAST_VERBS.contains(&w)
                || reporting::IRREGULAR_PAST_PARTICIPLES.contains(&w)
        })
    }

    fn is_aux(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            crate::word_set!(reporting::CUE_AUXILIARIES).contains(w)
                || (names::is_adverb_like(w) && w.len() > 4 && w.chars().all(char::is_lowercase))
        })
    }

    /// [`Self::is_aux`], or a word of a time adverbial (`on Monday`, `yesterday`).
    fn is_aux_or_when(&self, i: usize) -> bool {
        self.is_aux(i)
            || self.word(i).is_some_and(|w| {
                crate::word_set!(calendar::TIME_ADVERBIAL_WORDS).contains(w)
                    || crate::word_set!(calendar::WEEKDAYS).contains(w)
            })
    }

    fn pronoun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let l = w.to_lowercase();
            crate::word_set!(pronouns::MALE).contains(l.as_str())
                || crate::word_set!(pronouns::FEMALE).contains(l.as_str())
                || crate::word_set!(pronouns::UNRESOLVED).contains(l.as_str())
                    && l != "who"
                    && l != "it"
        })
    }

    /// Whether token `i` is the pronoun "it".
    fn it(&self, i: usize) -> bool {
        matches!(self.word(i), Some("it" | "It"))
    }
}

/// Most tokens of a second description set off between a speaker and the cue after a quote
/// (`“…,” Kim, 34, a nurse at the hospital, said`).
const MAX_SECOND_DESCRIPTION: usize = 10;

/// Most tokens inside a bracket passed over between a subject and its cue (`(D-N.M.)`).
const MAX_BRACKET_TOKENS: usize = 8;

/// Whether `word` is an article, in any case ("the", "An").
fn is_article(word: &str) -> bool {
    function_words::ARTICLES
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

/// A speaker's words without the article opening them ("the Pentagon" → "Pentagon").
fn without_determiner(words: &str) -> &str {
    ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .find_map(|determiner| words.strip_prefix(determiner))
        .unwrap_or(words)
}

/// Whether a place or a word of nation and another name one nation (`Ruritania` and
/// `Ruritanian`, `Ostrelia` and `Ostrelian`): the same word, or one that keeps all but at most
/// the last letter of the shorter, at least four letters, before its ending.
fn same_nation(x: &str, y: &str) -> bool {
    let shared = x
        .chars()
        .zip(y.chars())
        .take_while(|(p, q)| p.eq_ignore_ascii_case(q))
        .count();
    let shorter = x.chars().count().min(y.chars().count());
    shared >= 4 && shared + 1 >= shorter
}

/// `word` without its possessive "'s" (`Orbit's` → `Orbit`), if it has one.
fn without_possessive_s(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Whether `word` is written in lower case, hyphened parts allowed (`mayor`, `ex-wife`,
/// `co-founder`): a common noun or adjective of a description, never a name.
fn is_lower_word(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && word.ends_with(char::is_lowercase)
        && word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Whether `word` is a determiner, in any case (`the`, `A`, `these`).
fn is_determiner(word: &str) -> bool {
    crate::word_set!(reporting::DETERMINERS).contains(names::lower(word).as_str())
}

/// Whether `word` is a possessive determiner, in any case (`his`, `Her`).
fn is_possessive_determiner(word: &str) -> bool {
    crate::word_set!(reporting::POSSESSIVE_DETERMINERS).contains(names::lower(word).as_str())
}

/// Whether a quote speaks in the first person (`I was thrown`, `we ran`): one of its words is
/// a pronoun of the speaker's own (`US` in capitals is the country, not `us`).
fn speaks_in_first_person(quote_text: &str) -> bool {
    quote_text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|word| {
            word == "I"
                || (word.chars().any(char::is_lowercase)
                    && crate::word_set!(pronouns::FIRST_PERSON)
                        .contains(word.to_lowercase().as_str()))
        })
}

/// Small words that never name a speaker nor stand in a speaker's description.
fn is_function_word(word: &str) -> bool {
    crate::word_set!(function_words::PHRASE_LINKS).contains(word)
        || crate::word_set!(function_words::NOT_DESCRIPTIVE).contains(word)
}

/// Find kind, speaker, mention and cue for every quote (given in order of the opening mark).
pub fn attribute(text: &str, paragraphs: &[Span], quotes: &[RawQuote]) -> Vec<Attribution> {
    let mut marks: Vec<(usize, bool, usize)> = Vec::with_capacity(quotes.len() * 2);
    for (i, q) in quotes.iter().enumerate() {
        marks.push((q.open_mark, true, i));
        marks.push((q.close_mark, false, i));
    }
    marks.sort();
    let tokens = names::tokenize(text, paragraphs, &marks);
    let mut open_tok = vec![usize::MAX; quotes.len()];
    let mut close_tok = vec![usize::MAX; quotes.len()];
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Open(q) => open_tok[q] = i,
            TokenKind::Close(q) => close_tok[q] = i,
            _ => {}
        }
    }
    let register = Register::build(text, &tokens);
    let ctx = Context {
        text,
        tokens: &tokens,
        register,
        mid_sentence_capitals: OnceCell::new(),
        it_tied_names: OnceCell::new(),
        surname_firms: OnceCell::new(),
    };
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    for (qi, quote) in quotes.iter().enumerate() {
        let (open, close) = (open_tok[qi], close_tok[qi]);
        if open == usize::MAX || close == usize::MAX {
            out.push(Attribution {
                kind: QuoteKind::Scare,
                speaker: None,
                mention: None,
                cue: None,
            });
            continue;
        }
        let quote_text = quote.span.of(text);
        let continues_split_quote = |open: usize| {
            (open.saturating_sub(MAX_SPLIT_CUE)..open)
                .rev()
                .take_while(|&k| {
                    tokens[k].paragraph == tokens[open].paragraph
                        && !matches!(tokens[k].kind, TokenKind::Punct('.' | '!' | '?' | ';'))
                })
                .find_map(|k| match tokens[k].kind {
                    TokenKind::Close(p) => Some(p),
                    _ => None,
                })
                .and_then(|p| quotes.get(p))
                .is_some_and(|earlier| earlier.span.of(text).ends_with(','))
        };
        let previous = open
            .checked_sub(1)
            .map(|p| tokens[p])
            .filter(|t| t.paragraph == tokens[open].paragraph);
        let first_upper = quote_text.chars().next().is_some_and(char::is_uppercase);
        let starts_clause = match previous.map(|t| t.kind) {
            None => true,
            Some(TokenKind::Punct(':' | '.' | '!' | '?' | '—' | '–' | '(')) => true,
            // `“The problem,” she said, “is money.”`: the rest of a sentence split by its cue.
            // `Her novel, “The Salt Orchard”, won`: a title set off by commas is no speech.
            Some(TokenKind::Punct(',')) => {
                (first_upper && !quotes::is_title_like(quote_text)) || continues_split_quote(open)
            }
            Some(TokenKind::Close(p)) => quotes
                .get(p)
                .is_some_and(|p| p.span.of(text).ends_with(['.', '!', '?', ','])),
            Some(TokenKind::Word) => {
                first_upper
                    && previous.is_some_and(|t| matches!(t.span.of(text), "that" | "saying"))
            }
            _ => false,
        };
        // `the so-called “peace plan”`; `a report titled “State of the Marshes”`: a name, not
        // words spoken.
        let so_called = open
            .checked_sub(1)
            .and_then(|p| ctx.word(p))
            .is_some_and(|w| {
                let l = w.to_lowercase();
                l == "so-called"
                    || l == "so‑called"
                    || (matches!(l.as_str(), "titled" | "entitled")
                        && quotes::is_title_like(quote_text))
            })
            || (ctx.names_a_work(open)
                && quotes::is_title_like(quote_text.trim_end_matches([',', '.'])))
            // `stood at 218 (“poor”)`, `(“Kanemoto” or “the Company”)`: words a bracket holds
            // with nothing but other quotes and the words joining them only label a thing.
            || ctx.in_labelling_bracket(open, close)
            // `“Harbour Song” sold a million copies.`: a title opening a sentence as its subject,
            // followed by its verb rather than by a cue.
            || (matches!(
                previous.map(|t| t.kind),
                None | Some(TokenKind::Punct('.' | '!' | '?'))
            ) && quotes::is_title_like(quote_text)
                && ctx
                    .word(close + 1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && ctx.cue_at(close + 1).is_none());
        let boundary = ctx.sentence_start(open, quote.depth, quotes);
        // `Jane Doe said:` closing the paragraph before a quote paragraph introduces it.
        let colon_before = open
            .checked_sub(1)
            .filter(|&p| previous.is_none() && tokens[p].kind == TokenKind::Punct(':'));
        let before = || match colon_before {
            Some(colon) => {
                let start = ctx.sentence_start(colon, quote.depth, quotes);
                ctx.before(open, quote.depth, start)
            }
            None => ctx.before(open, quote.depth, boundary),
        };
        // A cue after the quote whose subject cannot be read (`,” adding that …`) yields to a
        // speaker named before the quote.
        // A quote that ends its sentence does not take a cue that introduces the next quote
        // (`… were “not defensible.” Okafor replied: “Just make them work.”`).
        // `Ivo Dane said the plan was “a drop in the ocean.” Ada Quist said …`: a quote inside
        // its sentence that ends it is no part of the next sentence, whose cue is not its own.
        let embedded_end = quote_text.ends_with(['.', '!', '?'])
            && matches!(
                previous.map(|t| t.kind),
                Some(TokenKind::Word | TokenKind::Punct(','))
            )
            && !starts_clause;
        // `“…,” Ann Lee said: “…”`, `“… .” She blamed “certain people” for it`: a cue in the
        // next sentence that opens a quote of its own is not this one's.
        let after = ctx.after(close).filter(|after| {
            !(quote_text.ends_with(['.', '!', '?'])
                && (ctx.introduces_next_quote(after.cue.1)
                    || ctx
                        .tokens
                        .get(after.cue.1 + 1)
                        .is_some_and(|t| matches!(t.kind, TokenKind::Open(_)))))
        });
        // `Jane Doe said: “We lost.” Tom Roe said …`: a quote a colon introduces and that ends
        // its sentence is the colon's; a cue in the next sentence is not.
        let introduced_by_colon = previous.is_some_and(|t| t.kind == TokenKind::Punct(':'))
            && quote_text.ends_with(['.', '!', '?']);
        let next_sentence = introduced_by_colon
            && ctx
                .word(close + 1)
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        let passive = ctx.passive_agent(open, close);
        let found = match after {
            _ if passive.is_some() => passive,
            Some(_) if next_sentence => before(),
            // Only a pronoun opening the next sentence may still be the quote's speaker
            // (`Ivo Dane deemed it “a failure.” He said …`), when its own sentence has none.
            Some(after) if embedded_end => before()
                .or_else(|| matches!(after.subject, Some(Subject::Pronoun(_))).then_some(after)),
            Some(after)
                if introduced_by_colon || matches!(after.subject, Some(Subject::Unread)) =>
            {
                before().or(Some(after))
            }
            // `Xi Wen told Ada Quist that “…”, according to the broadcaster`, `…, the
            // ministry said`: a trailing source tells where the words of the person named
            // before the quote were reported.
            Some(after)
                if !starts_clause
                    && matches!(previous.map(|t| t.kind), Some(TokenKind::Word))
                    && !matches!(after.subject, Some(Subject::Pronoun(_))) =>
            {
                before()
                    .filter(|b| {
                        matches!(
                            b.subject,
                            Some(Subject::Name(..) | Subject::Pronoun(_) | Subject::Group(..))
                        )
                    })
                    .or(Some(after))
            }
            Some(after) => Some(after),
            None => before().or_else(|| {
                // `The plan would “cost lives”, Ivo Dane warned` is read above; words between
                // the quote and the attribution are passed over here.
                (!so_called
                    && !starts_clause
                    && !quote_text.ends_with(['.', '!', '?'])
                    && !quotes::is_title_like(quote_text))
                .then(|| ctx.trailing_attribution(close, quotes))
                .flatten()
            }),
        };
        let kind = kind_from_shape(starts_clause, quote_text, found.is_some(), so_called);
        let mut attribution = Attribution {
            kind,
            speaker: None,
            mention: None,
            cue: None,
        };
        if kind == QuoteKind::Scare {
            out.push(attribution);
            continue;
        }
        let named_by_colon = if found.is_none() {
            ctx.name_colon_before(open)
        } else {
            None
        };
        let colon_subject = if found.is_none() && named_by_colon.is_none() {
            ctx.colon_predicate_subject(open, close, quote.depth, quotes)
        } else {
            None
        };
        let named_after_dash = if found.is_none() {
            ctx.dash_attribution(close)
        } else {
            None
        };
        match found {
            Some(found) => {
                attribution.cue = Some(ctx.span(found.cue.0, found.cue.1));
                let chained = match found.subject {
                    Some(Subject::Pronoun(i)) => ctx
                        .same_pronoun_before(i, qi, quotes, &out)
                        .or_else(|| ctx.joint_speakers_before(i, qi, quotes, &out)),
                    _ => None,
                };
                // `The statement added: “…”`, `The text messages read: “…”`: a document
                // that speaks as a body does, or reads out, may stand for the last speaker.
                let speaks_for_last_speaker = matches!(found.subject, Some(Subject::Group(..)))
                    || ctx
                        .word(found.cue.0)
                        .is_some_and(|w| reporting::DOCUMENT_CUES.contains(&w));
                match found.subject {
                    Some(Subject::Group(start, head) | Subject::Unnamed(start, head))
                        if ctx.document_noun(head)
                            && (speaks_for_last_speaker
                                || ctx
                                    .word(start)
                                    .is_some_and(|w| w.eq_ignore_ascii_case("the"))) =>
                    {
                        // A document speaks for whoever issued it: the one the text says
                        // issued it, else (see above) the speaker of the quote before it in
                        // this or the last paragraph.
                        let paragraph = tokens[open].paragraph;
                        let issuer = (0..qi).rev().take(64).find(|&p| {
                            quotes[p].depth == quote.depth
                                && quotes[p].last_paragraph + 1 >= paragraph
                                && out.get(p).is_some_and(|a| a.speaker.is_some())
                        });
                        // `a statement from the Ministry of Defence said`: the body named. `a
                        // statement`, `a statement from the family`: a new document, not
                        // necessarily the last speaker's.
                        let new_document =
                            ctx.word(start).is_some_and(|w| {
                                matches!(w, "a" | "A" | "an" | "An")
                                    || crate::word_set!(reporting::INDEFINITE_DETERMINERS)
                                        .contains(w)
                            }) || matches!(ctx.word(head + 1), Some("from" | "by" | "of"));
                        // `Ria Sallow sent a letter. “…,” the letter said.`: the one who
                        // issued it, when the text says who did.
                        let introduced = (!new_document)
                            .then(|| ctx.document_issuer(start, head, quotes))
                            .flatten();
                        attribution.speaker = ctx.document_author(head).or_else(|| {
                            introduced.unwrap_or_else(|| {
                                issuer
                                    .filter(|_| !new_document && speaks_for_last_speaker)
                                    .and_then(|p| out.get(p)?.speaker.clone())
                            })
                        });
                        attribution.mention = Some(ctx.span(start, head));
                    }
                    // `“…,” he said.` after another quote that `he` spoke, with nobody named in
                    // between: the same speaker; `they` after a quote two people spoke jointly:
                    // the first of them.
                    Some(Subject::Pronoun(i)) if chained.is_some() => {
                        attribution.speaker = chained.and_then(|p| out[p].speaker.clone());
                        attribution.mention = Some(ctx.span(i, i));
                    }
                    Some(subject) => {
                        let (speaker, mention) = ctx.resolve(&subject, quotes);
                        attribution.speaker = speaker;
                        attribution.mention = mention;
                        // `“…,” a spokesman for the Elm Water Agency said`: read back from the
                        // cue as before a quote; a body found speaks, and the mention is the
                        // whole description of whoever speaks for it.
                        let read = (found.cue.0 > close)
                            .then(|| ctx.description_read_to_cue(&subject, found.cue.0))
                            .flatten();
                        if let Some((read, start)) = read {
                            let (speaker, _) = ctx.resolve(&read, quotes);
                            match read {
                                Subject::Name(_, b) | Subject::Group(_, b) if speaker.is_some() => {
                                    attribution.speaker = speaker;
                                    attribution.mention = Some(ctx.span(start, b));
                                }
                                Subject::Unnamed(_, b) if speaker.is_none() => {
                                    attribution.mention = Some(ctx.span(start, b));
                                }
                                _ => {}
                            }
                        }
                        // `A spokeswoman for the Elm Water Board said: “…”`: the body speaks,
                        // and the mention is the whole description, as after the quote.
                        if let (Subject::Name(a, _) | Subject::Group(a, _), Some(mention)) =
                            (&subject, attribution.mention)
                        {
                            let widened = (found.cue.0 < open && attribution.speaker.is_some())
                                .then(|| ctx.spokesperson_before_body(*a))
                                .flatten();
                            if let Some(start) = widened {
                                attribution.mention =
                                    Some(Span::new(ctx.span(start, start).start, mention.end));
                            }
                        }
                        // `Ann Lee and Tom Roe said`: the first named is the speaker; the
                        // mention is the joint one.
                        if let Subject::Name(a, b) = subject {
                            if let Some(end) = ctx.joint_mention_end(a, b, found.cue) {
                                attribution.mention = Some(ctx.span(a, end));
                            }
                        }
                    }
                    None => {
                        // `…, adding that “…”`: the speaker of an earlier quote in the sentence,
                        // else the subject of an earlier cue in it (`Officials said Doe had
                        // left, adding …`), else the last person named in the sentence before
                        // the cue, else the sentence's subject (`He put the cost at …, adding:
                        // “…”`, `A spokesman said …, but added that it would “look into” it`).
                        let earlier = (0..qi).rev().take(64).find(|&p| {
                            close_tok[p] != usize::MAX
                                && close_tok[p] >= boundary
                                && close_tok[p] < found.cue.0
                                && quotes[p].depth == quote.depth
                                && out.get(p).is_some_and(|a| a.speaker.is_some())
                        });
                        let earlier_cue_subject = (quote.depth == 0)
                            .then(|| ctx.earlier_cue_subject(boundary, found.cue.0))
                            .flatten();
                        if let Some(p) = earlier.and_then(|p| out.get(p)) {
                            attribution.speaker = p.speaker.clone();
                            attribution.mention = p.mention;
                        } else if let Some(subject) =
                            earlier_cue_subject.or_else(|| ctx.occasion_holder(found.cue.0))
                        {
                            let (speaker, mention) = ctx.resolve(&subject, quotes);
                            attribution.speaker = speaker;
                            attribution.mention = mention;
                        } else {
                            let from = tokens[boundary.min(tokens.len() - 1)].span.start;
                            let to = tokens[found.cue.0].span.start;
                            if let Some((name, offset)) = ctx.register.last_person_between(from, to)
                            {
                                attribution.speaker = Some(name);
                                attribution.mention = ctx.mention_at(offset);
                            } else if let Some(subject) = (quote.depth == 0)
                                .then(|| ctx.sentence_subject(boundary, found.cue.0))
                                .flatten()
                            {
                                let (speaker, mention) = ctx.resolve(&subject, quotes);
                                // `The letter warned that …`: the letter's issuer, if told.
                                attribution.speaker = speaker
                                    .or_else(|| ctx.definite_document_issuer(&subject, quotes));
                                attribution.mention = mention;
                            }
                        }
                    }
                }
            }
            // `“We will win.” — Arne Slotter`: the name after the dash speaks, with no cue.
            None if named_after_dash.is_some() => {
                if let Some((a, b)) = named_after_dash {
                    let (speaker, mention) = ctx.resolve(&Subject::Name(a, b), quotes);
                    attribution.speaker = speaker;
                    attribution.mention = mention;
                }
            }
            // `A: “We are on track.”`: the answer is the interviewee's, the person the article
            // last had as a subject.
            None if kind == QuoteKind::Direct && ctx.answer_label_before(open).is_some() => {
                let offset = tokens[open].span.start;
                attribution.speaker = ctx
                    .register
                    .resolve_pronoun(offset, offset, Gender::Unknown);
            }
            None if kind == QuoteKind::Direct && colon_subject.is_some() => {
                if let Some(subject) = colon_subject {
                    let (speaker, mention) = ctx.resolve(&subject, quotes);
                    attribution.speaker = speaker;
                    attribution.mention = mention;
                }
            }
            None if kind == QuoteKind::Direct && named_by_colon.is_some() => {
                // `Powell: “We believe …”`, the headline way of quoting: the name is the speaker.
                if let Some((a, b)) = named_by_colon {
                    let (speaker, mention) = ctx.resolve(&Subject::Name(a, b), quotes);
                    attribution.speaker = speaker;
                    attribution.mention = mention;
                }
            }
            None if kind == QuoteKind::Direct => {
                // A quote with no cue of its own continues the previous quote's speaker: in the
                // same paragraph, or in the paragraph just before when it opens its paragraph.
                let paragraph = tokens[open].paragraph;
                let same = (0..qi).rev().take(64).find(|&p| {
                    quotes[p].last_paragraph == paragraph && quotes[p].depth == quote.depth
                });
                let source = match same {
                    Some(p) => Some(p),
                    None if previous.is_none() => (0..qi).rev().take(64).find(|&p| {
                        quotes[p].last_paragraph + 1 == paragraph
                            && quotes[p].depth == 0
                            && out
                                .get(p)
                                .is_some_and(|a| a.speaker.is_some() || a.mention.is_some())
                    }),
                    None => None,
                };
                // `“…,” said Ann Ford. Ben Cole disagreed. “…”`: someone else opening a
                // sentence between the two quotes speaks.
                let taken_over = same
                    .and_then(|s| {
                        ctx.register
                            .last_subject_between(quotes[s].span.end, tokens[open].span.start)
                    })
                    .filter(|(name, offset)| {
                        out.get(source.unwrap_or(qi))
                            .is_some_and(|a| a.speaker.as_ref() != Some(name))
                            && ctx.opens_sentence_at(*offset)
                    });
                if let Some((name, offset)) = taken_over {
                    attribution.speaker = Some(name);
                    attribution.mention = ctx.mention_at(offset);
                } else if let Some(p) = source.and_then(|p| out.get(p)) {
                    attribution.speaker = p.speaker.clone();
                    attribution.mention = p.mention;
                } else if same.is_none() {
                    // `X told the BBC that …` closing the paragraph before introduces a quote
                    // paragraph that has no cue of its own; `Ann Vale said rain fell fast. “…”`:
                    // so does the sentence before in its own paragraph.
                    let own_paragraph = previous
                        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('.' | '!' | '?')));
                    if previous.is_none() || own_paragraph {
                        if let Some((speaker, mention)) =
                            ctx.reported_speaker_before(open, own_paragraph, quotes)
                        {
                            attribution.speaker = Some(speaker);
                            attribution.mention = mention;
                        } else if previous.is_none() && speaks_in_first_person(quote_text) {
                            if let Some((speaker, offset)) = ctx.person_introduced_before(open) {
                                attribution.speaker = Some(speaker);
                                attribution.mention = ctx.mention_at(offset);
                            }
                        }
                    }
                }
            }
            None => {}
        }
        out.push(attribution);
    }
    out
}

/// Fold a name for comparison across spellings: lower case without diacritics, `y` as `i`,
/// doubled letters once.
fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    // A surname's prefix written `Mac` or `Mc` before a capital (MacBrennan and McBrennan) is
    // one spelling: the `a` is left out.
    let mac = word
        .strip_prefix("Mac")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    // Diacritics folded (Pūtake and Putake, Yalçın and Yalcin, Søren and Soren are one spelling).
    for (i, c) in word.chars().enumerate() {
        if mac && i == 1 {
            continue;
        }
        names::fold_letter(c, |c| {
            let c = if c == 'y' { 'i' } else { c };
            if c.is_alphanumeric() && Some(c) != last {
                out.push(c);
                last = Some(c);
            }
        });
    }
    out
}

/// The spellings of a name that fold alike: their quotes, the first position of any, and each
/// spelling with its own first position.
type FoldedForms<'s> = (usize, usize, Vec<(&'s String, usize)>);

/// How many letters of `name` carry diacritics (or are letters of their own such as `ł`).
fn marks(name: &str) -> usize {
    name.chars()
        .filter(|c| c.is_alphabetic() && !c.is_ascii())
        .count()
}

/// The surname skeleton and the first four letters of the given-name skeleton of a name, with
/// generational suffixes (`Jr`, `III`) ignored; the given part is empty for a bare surname.
fn person_key(name: &str) -> Option<(String, String)> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| {
            !crate::word_set!(person_titles::NAME_SUFFIXES).contains(names::lower(w).as_str())
        })
        .collect();
    if !words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let surname = skeleton(words.last()?);
    let given: String = if words.len() >= 2 {
        skeleton(words.first()?).chars().take(4).collect()
    } else {
        String::new()
    };
    Some((surname, given))
}

/// Give every person one canonical name across all documents: spellings that share a surname
/// skeleton and the start of the given name are one person (Sergei/Sergey Lavrov, Oleksiy/Oleksii);
/// a bare surname joins the person when only one fits. The canonical spelling is the full form
/// quoted most often, ties broken by first appearance. (A stream that writes each document before
/// the next is read uses a [`SpeakerRegistry`] instead.)
pub fn unify_speakers(documents: &mut [Document]) {
    let mut forms = SpeakerForms::default();
    for document in documents.iter() {
        forms.add(document);
    }
    let names = forms.canonical_names();
    for document in documents.iter_mut() {
        names.rewrite(document);
    }
}

/// The spellings of each person's name quoted so far, counted, in input order: what
/// [`unify_speakers`] decides from, gathered one document at a time so that a run can let each
/// document go once it is written and rewrite its speakers later ([`CanonicalNames::canonical`]).
#[derive(Debug, Default)]
pub struct SpeakerForms {
    /// (surname skeleton, given-name start) → spelling → (quotes, first position).
    forms: BTreeMap<(String, String), BTreeMap<String, (usize, usize)>>,
    /// Quotes seen so far.
    position: usize,
}

impl SpeakerForms {
    /// Count the speakers of the next document's quotes (as extracted, before any rewriting).
    pub fn add(&mut self, document: &Document) {
        for quote in &document.quotes {
            self.add_speaker(quote.speaker.as_deref());
        }
    }

    /// Count the speaker of the next quote (none when it has none).
    pub fn add_speaker(&mut self, speaker: Option<&str>) {
        self.position += 1;
        let Some(name) = speaker else {
            return;
        };
        let Some(key) = person_key(name).filter(|k| !k.1.is_empty()) else {
            return;
        };
        let entry = self
            .forms
            .entry(key)
            .or_default()
            .entry(name.to_string())
            .or_insert((0, self.position));
        entry.0 += 1;
    }

    /// Each person's canonical name: the full spelling quoted most often, ties broken by first
    /// appearance. Spellings that differ only in diacritics count as one, written with the most
    /// diacritics (`Aroha Pūtake` over `Aroha Putake`: an outlet that drops the marks loses a
    /// letter's sound, none adds marks a name does not have), ties again by first appearance.
    pub fn canonical_names(self) -> CanonicalNames {
        let mut names = CanonicalNames::default();
        for (key, spellings) in self.forms {
            // Folded spelling → (quotes, first position, its spellings with their first positions).
            let mut folded: BTreeMap<String, FoldedForms<'_>> = BTreeMap::new();
            for (name, &(count, first)) in &spellings {
                let entry =
                    folded
                        .entry(names::fold_diacritics(name))
                        .or_insert((0, first, Vec::new()));
                entry.0 += count;
                entry.1 = entry.1.min(first);
                entry.2.push((name, first));
            }
            let best = folded
                .values()
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
                .and_then(|(_, _, forms)| {
                    forms
                        .iter()
                        .max_by(|a, b| marks(a.0).cmp(&marks(b.0)).then(b.1.cmp(&a.1)))
                        .map(|(name, _)| (*name).clone())
                });
            if let Some(best) = best {
                names.insert(key, best);
            }
        }
        names
    }
}

/// The canonical name of each person, and the people of each surname.
#[derive(Debug, Default)]
pub struct CanonicalNames {
    /// (surname skeleton, given-name start) → the canonical spelling.
    by_key: BTreeMap<(String, String), String>,
    /// Surname skeleton → the canonical full names with that surname.
    by_surname: BTreeMap<String, BTreeSet<String>>,
}

impl CanonicalNames {
    /// Make `name` the canonical spelling of the person `key`, unless one is already set.
    fn insert(&mut self, key: (String, String), name: String) {
        let surname = key.0.clone();
        let canonical = self.by_key.entry(key).or_insert(name).clone();
        self.by_surname
            .entry(surname)
            .or_default()
            .insert(canonical);
    }

    /// Rewrite the speakers of `document`: a full name to its person's canonical spelling, a bare
    /// surname to the one person of that surname, when there is exactly one.
    pub fn rewrite(&self, document: &mut Document) {
        for quote in &mut document.quotes {
            if let Some(replacement) = quote.speaker.as_deref().and_then(|s| self.canonical(s)) {
                quote.speaker = Some(replacement.to_string());
            }
        }
    }

    /// The canonical name of the speaker `name`, if it is not `name` as given: a full name's
    /// person's canonical spelling, a bare surname's one person of that surname when there is
    /// exactly one.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        let key = person_key(name)?;
        let replacement = if key.1.is_empty() {
            self.by_surname
                .get(&key.0)
                .filter(|names| names.len() == 1)
                .and_then(|names| names.first())
        } else {
            self.by_key.get(&key)
        };
        replacement.map(String::as_str)
    }
}

/// One name per person across documents, decided in input order so that each document can be
/// written as soon as it is done (`--format jsonl`); [`unify_speakers`] decides with every
/// document in hand: a person's first spelling (by surname skeleton and given-name
/// initial) is their name in every later document, and a bare surname is read as the one person
/// of that surname named so far, if there is exactly one.
#[derive(Debug, Default)]
pub struct SpeakerRegistry {
    /// The spelling first seen of each person, and the people of each surname so far.
    names: CanonicalNames,
}

impl SpeakerRegistry {
    /// Learn the full names `document` gives its speakers, then rewrite its speakers to the
    /// canonical spellings.
    pub fn canonicalise(&mut self, document: &mut Document) {
        for quote in &document.quotes {
            let Some(name) = quote.speaker.as_deref() else {
                continue;
            };
            if let Some(key) = person_key(name).filter(|k| !k.1.is_empty()) {
                self.names.insert(key, name.to_string());
            }
        }
        self.names.rewrite(document);
    }
}

#[cfg(test)]
mod tests;
