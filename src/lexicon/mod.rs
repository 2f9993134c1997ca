//! Word lists of general English used by the rules: abbreviations, reporting verbs, titles, month
//! and weekday names, number words, currency signs. Data only, no logic; nothing here may name a
//! particular article, person or outlet.

pub mod abbreviations;
pub mod calendar;
pub mod function_words;
pub mod given_names;
pub mod layout_labels;
pub mod numbers;
pub mod person_titles;
pub mod pronouns;
pub mod reporting;
pub mod sentence_starters;
pub mod titles;

/// A hash set of a word list, built once on first use, for membership tests on hot paths:
/// `word_set!(reporting::CUE_WORDS).contains(word)`. The lists stay plain slices so that they read
/// as data; each use site gets its own set, built the first time it runs.
#[macro_export]
macro_rules! word_set {
    ($list:expr) => {{
        static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
            std::sync::LazyLock::new(|| $list.iter().copied().collect());
        &*SET
    }};
}
