//! Quotations: finding quote spans for every mark style (“…” ‘…’ "…" '…' «…»), telling them from
//! apostrophes, joining a quote that runs over several paragraphs, and classifying each quote as
//! direct speech, a partial quote or a scare quote. Speakers are found by [`super::speakers`].
//!
//! Scanning is one pass per paragraph with a stack that holds at most one open mark per family,
//! so the work stays linear even on thousands of unbalanced marks.

use crate::extract::speakers;
use crate::lexicon::function_words;
use crate::model::{Quote, QuoteKind, Span};
use crate::segment::Layout;

/// The three families of quote marks; a mark only closes a quote opened by its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// “ ” „ and the straight ".
    Double,
    /// ‘ ’ ‚ and the straight '.
    Single,
    /// « ».
    Guillemet,
}

/// A quote span found by the mark scanner, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// Byte offset of the opening mark.
    pub open_mark: usize,
    /// Byte offset of the closing mark.
    pub close_mark: usize,
    /// Inner span (trimmed); for a multi-paragraph quote it covers the whole run.
    pub span: Span,
    /// Inner spans per paragraph (one for an ordinary quote).
    pub pieces: Vec<Span>,
    /// Index of the paragraph holding the opening mark.
    pub paragraph: usize,
    /// Index of the paragraph holding the closing mark.
    pub last_paragraph: usize,
    /// How many quotes enclose this one.
    pub depth: usize,
}

impl RawQuote {
    /// The quoted words: the inner text, paragraphs joined by one space.
    pub fn text(&self, text: &str) -> String {
        let parts: Vec<&str> = self.pieces.iter().map(|p| p.of(text)).collect();
        parts.join(" ")
    }
}

/// What a mark does at its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// Closes if its family is open, otherwise nothing.
    CloseOrNothing(Family),
    /// A straight mark that could open or close: closes when its family is open, else opens.
    Toggle(Family),
    /// Closes a single quote unless a later closer in the paragraph fits better (`workers’ rights`).
    PossessiveOrClose,
    None,
}

fn is_boundary_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '"' | '\'' | '„'
                )
        }
    }
}

fn is_boundary_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => !c.is_alphanumeric(),
    }
}

fn classify(c: char, prev: Option<char>, next: Option<char>, after_next: Option<char>) -> Role {
    let prev_word = prev.is_some_and(|p| p.is_alphanumeric());
    let next_word = next.is_some_and(|n| n.is_alphanumeric());
    match c {
        '“' | '„' => Role::Open(Family::Double),
        '”' => {
            if is_boundary_before(prev) && next_word {
                Role::Toggle(Family::Double)
            } else {
                Role::Close(Family::Double)
            }
        }
        '«' => Role::Open(Family::Guillemet),
        '»' => Role::Close(Family::Guillemet),
        '"' => {
            let opens = is_boundary_before(prev) && next.is_some_and(|n| !n.is_whitespace());
            let closes =
                !prev.is_some_and(char::is_whitespace) && prev.is_some() && is_boundary_after(next);
            match (opens, closes) {
                (true, false) => Role::Open(Family::Double),
                (false, true) => Role::Close(Family::Double),
                _ => Role::Toggle(Family::Double),
            }
        }
        '‘' | '‚' => {
            if next.is_some_and(|n| n.is_ascii_digit()) || prev_word {
                Role::None
            } else {
                Role::Open(Family::Single)
            }
        }
        '’' | '\'' => {
            if prev_word && next_word {
                return Role::None;
            }
            // `'He told us, "We will win."' she said`: a single mark right after a straight
            // double one, before a space or punctuation, closes the outer single quote.
            if prev == Some('"') && is_boundary_after(next) {
                return Role::CloseOrNothing(Family::Single);
            }
            if is_boundary_before(prev) {
                if next.is_some_and(|n| n.is_ascii_digit()) {
                    return Role::None;
                }
                if next.is_some_and(|n| !n.is_whitespace()) {
                    return Role::Open(Family::Single);
                }
                return Role::None;
            }
            if prev == Some('s') && next == Some(' ') && after_next.is_some_and(char::is_lowercase)
            {
                return Role::PossessiveOrClose;
            }
            if is_boundary_after(next) {
                Role::CloseOrNothing(Family::Single)
            } else {
                Role::None
            }
        }
        _ => Role::None,
    }
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '"' | '‘' | '’' | '‚' | '\''
    )
}

/// An open quote on the scanner's stack.
#[derive(Debug, Clone)]
struct Open {
    family: Family,
    mark: usize,
    inner_start: usize,
    paragraph: usize,
    pieces: Vec<Span>,
}

/// A mark with its role, inside one paragraph.
struct Mark {
    offset: usize,
    len: usize,
    role: Role,
}

/// Find every quote span in the paragraphs of `text`, in order of the opening mark.
pub fn scan(text: &str, paragraphs: &[Span]) -> Vec<RawQuote> {
    let mut out = Vec::new();
    let mut carried: Option<(Open, usize)> = None;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let body = paragraph.of(text);
        let mut marks = Vec::new();
        let mut prev: Option<char> = None;
        let mut before_prev: Option<char> = None;
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_mark(c) {
                let rest = body.get(i + c.len_utf8()..).unwrap_or("");
                let mut after = rest.chars();
                let next = after.next();
                let after_next = after.next();
                // `rock 'n' roll`, `fish ’n’ chips`: both marks are apostrophes.
                let apostrophe = |m: Option<char>| matches!(m, Some('\'' | '’' | '‘'));
                let shortened_and = matches!(c, '\'' | '’' | '‘')
                    && ((next == Some('n') && apostrophe(after_next))
                        || (prev == Some('n') && apostrophe(before_prev)));
                let role = if shortened_and {
                    Role::None
                } else {
                    classify(c, prev, next, after_next)
                };
                if role != Role::None {
                    marks.push(Mark {
                        offset: paragraph.start + i,
                        len: c.len_utf8(),
                        role,
                    });
                }
            }
            before_prev = prev;
            prev = Some(c);
            let _ = chars.peek();
        }
        // For each mark: is there a later plain single closer in this paragraph before the next
        // single opener? Computed backwards so the whole pass stays linear.
        let mut later_single_closer = vec![false; marks.len()];
        let mut seen_closer = false;
        for (k, mark) in marks.iter().enumerate().rev() {
            later_single_closer[k] = seen_closer;
            match mark.role {
                Role::CloseOrNothing(Family::Single) | Role::Close(Family::Single) => {
                    seen_closer = true
                }
                Role::Open(Family::Single) => seen_closer = false,
                _ => {}
            }
        }
        let mut stack: Vec<Open> = Vec::new();
        let starts_with_opener = marks.first().is_some_and(|m| {
            m.offset == paragraph.start && matches!(m.role, Role::Open(_) | Role::Toggle(_))
        });
        let mut skip_first = false;
        if let Some((open, last)) = carried.take() {
            let first_family = marks.first().and_then(|m| match m.role {
                Role::Open(f) | Role::Toggle(f) => Some(f),
                _ => None,
            });
            if starts_with_opener && first_family == Some(open.family) {
                let mut open = open;
                open.inner_start = paragraph.start + marks.first().map_or(0, |m| m.len);
                stack.push(open);
                skip_first = true;
            } else {
                out.extend(left_open(open, last, paragraphs));
            }
        }
        for (k, mark) in marks.iter().enumerate() {
            if skip_first && k == 0 {
                continue;
            }
            let family_open = |stack: &Vec<Open>, f: Family| stack.iter().any(|o| o.family == f);
            let action = match mark.role {
                Role::Open(f) => Some((true, f)),
                Role::Close(f) => Some((false, f)),
                Role::CloseOrNothing(f) => family_open(&stack, f).then_some((false, f)),
                Role::Toggle(f) => Some((!family_open(&stack, f), f)),
                Role::PossessiveOrClose => (family_open(&stack, Family::Single)
                    && !later_single_closer[k])
                    .then_some((false, Family::Single)),
                Role::None => None,
            };
            match action {
                Some((true, family)) => {
                    if let Some(pos) = stack.iter().position(|o| o.family == family) {
                        stack.truncate(pos);
                    }
                    stack.push(Open {
                        family,
                        mark: mark.offset,
                        inner_start: mark.offset + mark.len,
                        paragraph: index,
                        pieces: Vec::new(),
                    });
                }
                Some((false, family)) => {
                    if let Some(pos) = stack.iter().position(|o| o.family == family) {
                        stack.truncate(pos + 1);
                        if let Some(mut open) = stack.pop() {
                            if let Some(piece) =
                                trim_span(text, Span::new(open.inner_start, mark.offset))
                            {
                                open.pieces.push(piece);
                            }
                            if let (Some(first), Some(last)) =
                                (open.pieces.first(), open.pieces.last())
                            {
                                out.push(RawQuote {
                                    open_mark: open.mark,
                                    close_mark: mark.offset,
                                    span: Span::new(first.start, last.end),
                                    pieces: open.pieces.clone(),
                                    paragraph: open.paragraph,
                                    last_paragraph: index,
                                    depth: pos,
                                });
                            }
                        }
                    }
                }
                None => {}
            }
        }
        if let Some(mut open) = stack.into_iter().next() {
            if let Some(piece) = trim_span(text, Span::new(open.inner_start, paragraph.end)) {
                open.pieces.push(piece);
                carried = Some((open, index));
            }
        }
    }
    if let Some((open, last)) = carried {
        out.extend(left_open(open, last, paragraphs));
    }
    out.sort_by_key(|q| (q.open_mark, q.close_mark));
    out
}

/// A quote whose closing mark never came: one that opens its paragraph with a double mark or a
/// guillemet and runs to the end of paragraph `last`, the next paragraph not taking it up. It
/// closes where that paragraph ends (a forgotten closing mark is a common slip in copy). An
/// opening mark inside a paragraph, or a single mark (more often an apostrophe: `'em`), stays
/// no quote.
fn left_open(open: Open, last: usize, paragraphs: &[Span]) -> Option<RawQuote> {
    let opens_paragraph = paragraphs
        .get(open.paragraph)
        .is_some_and(|p| p.start == open.mark);
    if open.family == Family::Single || !opens_paragraph {
        return None;
    }
    let (first, end) = (open.pieces.first()?, open.pieces.last()?);
    Some(RawQuote {
        open_mark: open.mark,
        close_mark: paragraphs.get(last)?.end,
        span: Span::new(first.start, end.end),
        paragraph: open.paragraph,
        last_paragraph: last,
        depth: 0,
        pieces: open.pieces,
    })
}

/// `span` without surrounding white space, or None when nothing is left.
fn trim_span(text: &str, span: Span) -> Option<Span> {
    let inner = span.of(text);
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = span.start + lead;
    Some(Span::new(start, start + trimmed.len()))
}

/// Whether `offset` lies in the headline or a metadata span.
fn in_header(layout: &Layout, offset: usize) -> bool {
    let inside = |s: &Span| s.start <= offset && offset < s.end;
    layout.headline.as_ref().is_some_and(inside) || layout.metadata.iter().any(inside)
}

/// Find every quotation in the article, with kind and speaker.
pub fn extract(text: &str, layout: &Layout) -> Vec<Quote> {
    let raw: Vec<RawQuote> = scan(text, &layout.paragraphs)
        .into_iter()
        .filter(|q| !in_header(layout, q.open_mark) && !is_nickname(text, q))
        .collect();
    let attributions = speakers::attribute(text, &layout.paragraphs, &raw);
    raw.iter()
        .zip(attributions)
        .enumerate()
        .map(|(index, (q, a))| Quote {
            index,
            start: q.span.start,
            end: q.span.end,
            text: q.text(text),
            kind: a.kind,
            speaker: a.speaker,
            speaker_mention: a.mention.map(|m| m.of(text).to_string()),
            speaker_span: a.mention,
            cue: a.cue.map(|c| c.of(text).to_string()),
            sentence: layout.sentence_at(q.open_mark),
        })
        .collect()
}

/// Whether the quote is a nickname inside a person's name (`Thomas “Tommy” Reilly`): one
/// capitalised word in double marks, with a capitalised word right before the opening mark
/// and right after the closing one, each a space away. Its marks make no quote.
fn is_nickname(text: &str, quote: &RawQuote) -> bool {
    let inner = quote.span.of(text);
    let one_word = !inner.is_empty()
        && inner.starts_with(char::is_uppercase)
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    let before = text
        .get(..quote.open_mark)
        .and_then(|t| t.strip_suffix(' '))
        .and_then(|t| {
            let word_start = t
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()?
                .0;
            Some(&t[word_start..])
        });
    let name_before = before.is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && !crate::word_set!(crate::lexicon::person_titles::NON_NAME_CAPITALS)
                .contains(w.to_lowercase().as_str())
    });
    let after_close = text.get(quote.close_mark..).and_then(|t| {
        let mark = t.chars().next().filter(|c| matches!(c, '”' | '"'))?;
        t.get(mark.len_utf8()..)
    });
    let name_after = after_close
        .and_then(|t| t.strip_prefix(' '))
        .is_some_and(|t| t.starts_with(char::is_uppercase));
    let double = text
        .get(quote.open_mark..)
        .is_some_and(|t| t.starts_with(['“', '"', '„']));
    double && one_word && quote.pieces.len() == 1 && name_before && name_after
}

/// Most words of a quoted title (`The Salt Orchard`).
const MAX_TITLE_WORDS: usize = 8;

/// Whether quoted words read as the title of a work: a few words, each capitalised but for
/// short function words, with no punctuation closing them (`The Salt Orchard`, `Paper Moons`).
pub fn is_title_like(quote_text: &str) -> bool {
    let words: Vec<&str> = quote_text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_TITLE_WORDS
        && !quote_text.ends_with(['.', ',', '?', '!', ';', ':'])
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || crate::word_set!(function_words::TITLE_LOWER_WORDS).contains(*w)
        })
}

/// The kind a quote gets from its position and its words, before knowing whether a cue exists.
pub fn kind_from_shape(
    starts_clause: bool,
    quote_text: &str,
    has_cue: bool,
    so_called: bool,
) -> QuoteKind {
    if so_called {
        return QuoteKind::Scare;
    }
    let first_upper = quote_text.chars().next().is_some_and(char::is_uppercase);
    let words = quote_text.split_whitespace().count();
    if starts_clause || (first_upper && words >= 4 && quote_text.ends_with(['.', ',', '?', '!'])) {
        return QuoteKind::Direct;
    }
    if has_cue || words > 4 {
        QuoteKind::Partial
    } else {
        QuoteKind::Scare
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn quotes(text: &str) -> Vec<Quote> {
        extract(text, &segment(text))
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.text).collect()
    }

    #[test]
    fn a_few_capitalised_words_unclosed_read_as_a_title() {
        assert!(is_title_like("The Lord of the Marshes"));
        assert!(is_title_like("Paper Moons"));
        assert!(!is_title_like("We Will Win."));
        assert!(!is_title_like("The plan is dead"));
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quote() {
        assert_eq!(
            texts("Thomas “Tommy” Reilly said: “We are pleased.”\n"),
            vec!["We are pleased."]
        );
        // A capitalised word quoted after a lower-case one is still a quote.
        assert_eq!(texts("He called it “Folly” Reilly said.\n"), vec!["Folly"]);
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(texts("She said: “We will win.”\n"), vec!["We will win."]);
    }

    #[test]
    fn curly_single_quotes_and_apostrophes() {
        let t = "‘We don’t know the council’s plan,’ he said of the ’90s.\n";
        assert_eq!(texts(t), vec!["We don’t know the council’s plan,"]);
    }

    #[test]
    fn straight_quotes() {
        assert_eq!(texts("\"It is over,\" he said.\n"), vec!["It is over,"]);
        assert_eq!(
            texts("'It is over,' he said. It's late.\n"),
            vec!["It is over,"]
        );
    }

    #[test]
    fn guillemets() {
        assert_eq!(texts("Il a dit «non merci» hier.\n"), vec!["non merci"]);
    }

    #[test]
    fn mixed_marks_close_a_curly_opening() {
        assert_eq!(texts("“We are ready,\" she said.\n"), vec!["We are ready,"]);
    }

    #[test]
    fn plural_possessive_inside_single_quotes() {
        let t = "He wants ‘the workers’ rights respected’ now.\n";
        assert_eq!(texts(t), vec!["the workers’ rights respected"]);
        assert!(texts("The workers’ union met.\n").is_empty());
    }

    #[test]
    fn a_shortened_and_is_no_quote() {
        assert_eq!(
            texts("‘Fish ’n’ chips, please,’ she said. 'Rock 'n' roll,' he said."),
            vec!["Fish ’n’ chips, please,", "Rock 'n' roll,"]
        );
    }

    #[test]
    fn nested_quotes_are_their_own_quotes() {
        let t = "“He called it ‘a disgrace’ twice,” she said.\n";
        assert_eq!(
            texts(t),
            vec!["He called it ‘a disgrace’ twice,", "a disgrace"]
        );
    }

    #[test]
    fn a_single_quote_closing_right_after_a_double_one_is_kept() {
        let t = "'She told me, \"We leave at dawn,\"' said Odo Brandt. 'Then we left.'\n";
        assert_eq!(
            texts(t),
            vec![
                "She told me, \"We leave at dawn,\"",
                "We leave at dawn,",
                "Then we left."
            ]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let t = "“First part of it.\n\n“Second part,” she wrote.\n";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "First part of it. Second part,");
        assert_eq!(q[0].start, 3);
        assert_eq!(&t[q[0].end..q[0].end + 3], "”");
    }

    #[test]
    fn stray_mark_yields_nothing_and_does_not_cross_paragraphs() {
        let t = "He said “never mind.\n\nThe end came, “she said” later.\n";
        assert_eq!(texts(t), vec!["she said"]);
    }

    #[test]
    fn a_paragraph_opening_a_quote_never_closed_is_one_quote() {
        let t = "Ada Quill saw it all.\n\n“They tried the doors. I am not sure who they were.\n\nLater the street was empty.\n";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].text,
            "They tried the doors. I am not sure who they were."
        );
        assert_eq!(&t[q[0].end..q[0].end + 1], "\n");
        let run = "“First part.\n\n“Second part.\n\nNarration.\n";
        assert_eq!(texts(run), vec!["First part. Second part."]);
        assert_eq!(
            texts("\"Last words of the piece."),
            vec!["Last words of the piece."]
        );
    }

    #[test]
    fn a_single_mark_left_open_is_no_quote() {
        assert!(texts("'Tis the season, they say.\n\nNext.\n").is_empty());
    }

    #[test]
    fn headline_quotes_are_skipped() {
        let t = "“Hello,” he said.\n";
        let mut layout = segment(t);
        layout.headline = Some(Span::new(0, t.len() - 1));
        assert!(extract(t, &layout).is_empty());
    }

    #[test]
    fn many_marks_stay_fast() {
        let t = "“".repeat(50_000) + &"”'\"‘’".repeat(10_000);
        let start = std::time::Instant::now();
        let _ = quotes(&t);
        assert!(start.elapsed().as_secs() < 5);
    }
}
