//! Reused passages: text shared nearly verbatim between sources, side by side, with the stretches
//! the passages have in common marked and the words only one of them has left plain.
//!
//! Shared stretches are found by word trigrams: a word is shared when some run of three words
//! holding it (case and punctuation ignored) occurs in the other passage too. This is linear in
//! the passages' length, unlike a full alignment.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use maud::{html, Markup};

use super::Context;
use crate::model::PassageSpan;

/// Words compared in one run.
const RUN: usize = 3;

/// The words of `text`: byte ranges of maximal runs of letters and digits.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push((s, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A hash of `count` words from `first`, ignoring case.
fn run_hash(text: &str, words: &[(usize, usize)], first: usize, count: usize) -> u64 {
    let mut hasher = DefaultHasher::new();
    for &(start, end) in words.iter().skip(first).take(count) {
        for c in text.get(start..end).unwrap_or_default().chars() {
            c.to_lowercase().for_each(|l| l.hash(&mut hasher));
        }
        ' '.hash(&mut hasher);
    }
    hasher.finish()
}

/// The word runs of a text, hashed.
fn runs(text: &str, words: &[(usize, usize)], length: usize) -> HashSet<u64> {
    (0..=words.len().saturating_sub(length))
        .filter(|first| first + length <= words.len())
        .map(|first| run_hash(text, words, first, length))
        .collect()
}

/// The byte ranges of `text` that it shares with `others`, merged into stretches.
pub(crate) fn shared_stretches(text: &str, others: &[&str]) -> Vec<(usize, usize)> {
    let own = words(text);
    let length = others
        .iter()
        .map(|o| words(o).len())
        .chain([own.len(), RUN])
        .min()
        .unwrap_or(RUN)
        .max(1);
    let mut theirs = HashSet::new();
    for other in others {
        theirs.extend(runs(other, &words(other), length));
    }
    let mut shared = vec![false; own.len()];
    for first in 0..own.len() {
        if first + length <= own.len() && theirs.contains(&run_hash(text, &own, first, length)) {
            for flag in shared.iter_mut().skip(first).take(length) {
                *flag = true;
            }
        }
    }
    let mut stretches: Vec<(usize, usize)> = Vec::new();
    for (&(start, end), &is_shared) in own.iter().zip(&shared) {
        if !is_shared {
            continue;
        }
        match stretches.last_mut() {
            Some(last)
                if text
                    .get(last.1..start)
                    .is_some_and(|gap| !gap.chars().any(char::is_alphanumeric)) =>
            {
                last.1 = end;
            }
            _ => stretches.push((start, end)),
        }
    }
    stretches
}

/// One passage with its shared stretches marked.
fn marked_passage(passage: &PassageSpan, others: &[&str]) -> Markup {
    let text = passage.text.as_str();
    let mut parts: Vec<Markup> = Vec::new();
    let mut cursor = 0;
    for (start, end) in shared_stretches(text, others) {
        parts.push(html! { (text.get(cursor..start).unwrap_or_default()) });
        parts.push(html! { mark.shared title="also in the other source" { (text.get(start..end).unwrap_or_default()) } });
        cursor = end;
    }
    parts.push(html! { (text.get(cursor..).unwrap_or_default()) });
    html! { @for part in &parts { (part) } }
}

/// The reused passages section.
pub(crate) fn section(context: &Context) -> Markup {
    let passages = &context.report.comparison.reused_passages;
    html! {
        section #reused {
            h2 { "Reused passages" }
            @if passages.is_empty() {
                p.empty { "No passage is shared nearly verbatim between sources." }
            } @else {
                p.hint {
                    "Text two sources share nearly word for word (wire copy, press releases, copying). "
                    mark.shared { "Marked text" } " (shaded, with a solid left rule) is in both; plain text is only in one."
                }
                @for (i, reused) in passages.iter().enumerate() {
                    article.reuse #{ "reuse-" (i) } {
                        h3 {
                            @for (j, id) in reused.documents.iter().enumerate() {
                                @if j > 0 { " ⇆ " }
                                (context.source_by_id(id))
                            }
                            span.similarity { " — " (format!("{:.0}", reused.similarity * 100.0)) "% of words aligned" }
                        }
                        div.passages {
                            @for (j, passage) in reused.passages.iter().enumerate() {
                                @let others: Vec<&str> = reused.passages.iter().enumerate()
                                    .filter(|(k, _)| *k != j).map(|(_, p)| p.text.as_str()).collect();
                                div.passage {
                                    p.member-source {
                                        (context.source_by_id(&passage.document))
                                        span.offsets { " bytes " (passage.start) "–" (passage.end) }
                                    }
                                    blockquote { p { (marked_passage(passage, &others)) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(words("a, bc  d1"), vec![(0, 1), (3, 5), (7, 9)]);
        assert_eq!(words(""), Vec::<(usize, usize)>::new());
    }

    #[test]
    fn marks_the_stretches_both_passages_have() {
        let text = "The river rose fast overnight, officials said on Monday.";
        let other = "the river rose fast overnight; witnesses said on Monday.";
        let stretches = shared_stretches(text, &[other]);
        let marked: Vec<&str> = stretches.iter().map(|(s, e)| &text[*s..*e]).collect();
        assert_eq!(
            marked,
            vec!["The river rose fast overnight", "said on Monday"]
        );
    }

    #[test]
    fn short_passages_compare_whole() {
        assert_eq!(shared_stretches("Yes no", &["yes NO"]), vec![(0, 6)]);
        assert!(shared_stretches("Yes no", &["maybe"]).is_empty());
    }
}
