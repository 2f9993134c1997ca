//! Shared quotes: each utterance carried by several sources, the members side by side, the words
//! that differ from the representative wording marked in each member's text (added, changed,
//! moved) and listed beneath it (with the dropped words, which have no place in the member's text).

use maud::{html, Markup};

use super::Context;
use crate::model::{ClusterMember, WordDifference};

/// How one kind of difference is drawn and named.
struct DiffStyle {
    /// CSS class of the marked words.
    class: &'static str,
    /// The symbol that tells the kind without colour.
    symbol: &'static str,
    /// The kind in words.
    name: &'static str,
}

/// The style of a difference kind (`added`, `omitted`, `changed`, `reordered`).
fn style(kind: &str) -> DiffStyle {
    match kind {
        "added" => DiffStyle {
            class: "diff diff-added",
            symbol: "+",
            name: "added",
        },
        "omitted" => DiffStyle {
            class: "diff diff-omitted",
            symbol: "−",
            name: "dropped",
        },
        "changed" => DiffStyle {
            class: "diff diff-changed",
            symbol: "≠",
            name: "changed",
        },
        "reordered" => DiffStyle {
            class: "diff diff-reordered",
            symbol: "⇄",
            name: "moved",
        },
        _ => DiffStyle {
            class: "diff",
            symbol: "•",
            name: "differs",
        },
    }
}

/// Whether `text[at..at + len]` starts and ends on word boundaries.
fn on_word_boundaries(text: &str, at: usize, len: usize) -> bool {
    let before = text.get(..at).and_then(|t| t.chars().next_back());
    let after = text.get(at + len..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The first whole-word occurrence of `needle` in `text` at or after `from`.
fn find_words(text: &str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut at = from;
    while let Some(found) = text.get(at..).and_then(|rest| rest.find(needle)) {
        let position = at + found;
        if on_word_boundaries(text, position, needle.len()) {
            return Some(position);
        }
        at = position + needle.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Where each difference that has words in the member sits in the member's text: byte ranges with
/// the difference, in text order, never overlapping. Differences are looked for in order, each
/// after the previous one, falling back to the first free occurrence anywhere.
fn locate<'d>(
    text: &str,
    differences: &'d [WordDifference],
) -> Vec<(usize, usize, &'d WordDifference)> {
    let mut found: Vec<(usize, usize, &WordDifference)> = Vec::new();
    let mut cursor = 0;
    for difference in differences.iter().filter(|d| d.kind != "omitted") {
        let needle = difference.member.trim();
        let free = |at: usize| {
            !found
                .iter()
                .any(|(s, e, _)| at < *e && *s < at + needle.len())
        };
        let mut at = find_words(text, needle, cursor).filter(|at| free(*at));
        if at.is_none() {
            let mut from = 0;
            while let Some(candidate) = find_words(text, needle, from) {
                if free(candidate) {
                    at = Some(candidate);
                    break;
                }
                from = candidate + needle.chars().next().map_or(1, char::len_utf8);
            }
        }
        if let Some(at) = at {
            found.push((at, at + needle.len(), difference));
            cursor = at + needle.len();
        }
    }
    found.sort_by_key(|(start, _, _)| *start);
    found
}

/// The hover text of a marked difference.
fn difference_title(difference: &WordDifference) -> String {
    match difference.kind.as_str() {
        "added" => "added in this source".to_string(),
        "changed" => format!("changed from “{}”", difference.representative),
        "reordered" => "moved: same words, another place".to_string(),
        other => other.to_string(),
    }
}

/// A member's text with its differences marked.
fn marked_text(member: &ClusterMember) -> Markup {
    let text = member.text.as_str();
    let spans = locate(text, &member.differences);
    let mut parts: Vec<Markup> = Vec::new();
    let mut cursor = 0;
    for (start, end, difference) in spans {
        parts.push(html! { (text.get(cursor..start).unwrap_or_default()) });
        let style = style(&difference.kind);
        parts.push(html! {
            span class=(style.class) title=(difference_title(difference)) {
                span.diff-symbol aria-hidden="true" { (style.symbol) }
                (text.get(start..end).unwrap_or_default())
            }
        });
        cursor = end;
    }
    parts.push(html! { (text.get(cursor..).unwrap_or_default()) });
    html! { @for part in &parts { (part) } }
}

/// The list of a member's differences in words.
fn difference_list(member: &ClusterMember) -> Markup {
    html! {
        @if member.differences.is_empty() {
            p.same { "✓ same wording" }
        } @else {
            ul.differences {
                @for difference in &member.differences {
                    @let style = style(&difference.kind);
                    li class=(style.class) {
                        span.diff-kind { (style.symbol) " " (style.name) } " "
                        @match difference.kind.as_str() {
                            "omitted" => { del { (difference.representative) } }
                            "changed" => { del { (difference.representative) } " → " ins { (difference.member) } }
                            _ => { q { (difference.member) } }
                        }
                    }
                }
            }
        }
    }
}

/// The shared quotes section.
pub(crate) fn section(context: &Context) -> Markup {
    let clusters = &context.report.comparison.quote_clusters;
    html! {
        section #shared-quotes {
            h2 { "Shared quotes" }
            @if clusters.is_empty() {
                p.empty { "No quote appears in more than one source." }
            } @else {
                p.hint {
                    "The same words quoted by several sources. In each source's wording: "
                    span.diff.diff-added { span.diff-symbol { "+" } "added" } " words (underlined), "
                    span.diff.diff-changed { span.diff-symbol { "≠" } "changed" } " words (wavy underline), "
                    span.diff.diff-reordered { span.diff-symbol { "⇄" } "moved" } " words (dotted box); "
                    "dropped words are listed under the text, struck through."
                }
                @for (i, cluster) in clusters.iter().enumerate() {
                    article.cluster #{ "cluster-" (i) } {
                        h3 {
                            (cluster.speaker.as_deref().unwrap_or("Speaker not agreed"))
                            span.cluster-count { " — " (cluster.members.len()) " sources" }
                        }
                        blockquote.representative { p { (cluster.text) } }
                        div.members {
                            @for member in &cluster.members {
                                @let position = context.position(&member.document);
                                div.member.changed[!member.differences.is_empty()] {
                                    p.member-source {
                                        (context.source_by_id(&member.document))
                                        @if let Some(target) = position.and_then(|p| context.link(format!("q-{p}-{}", member.quote))) {
                                            " " a.jump href=(target) title="show in the article" { "in text ↓" }
                                        }
                                    }
                                    blockquote.member-text { p { (marked_text(member)) } }
                                    (difference_list(member))
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

    fn difference(kind: &str, representative: &str, member: &str) -> WordDifference {
        WordDifference {
            kind: kind.into(),
            representative: representative.into(),
            member: member.into(),
        }
    }

    #[test]
    fn finds_whole_words_only() {
        assert_eq!(find_words("cattle eat", "eat", 0), Some(7));
        assert_eq!(find_words("the theme", "the", 1), None);
        assert_eq!(find_words("", "x", 0), None);
        assert_eq!(find_words("é x", "x", 0), Some(3));
    }

    #[test]
    fn locates_differences_in_order_without_overlap() {
        let diffs = vec![
            difference("added", "", "very"),
            difference("omitted", "quite", ""),
            difference("changed", "big", "large"),
            difference("added", "", "very"),
        ];
        let spans = locate("a very large and very late", &diffs);
        let starts: Vec<usize> = spans.iter().map(|(s, _, _)| *s).collect();
        assert_eq!(starts, vec![2, 7, 17]);
    }
}
