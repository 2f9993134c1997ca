//! Word lists of general English used by the rules: abbreviations, reporting verbs, titles, month
//! and weekday names, number words, currency signs. Data only, no logic; nothing here may name a
//! particular article, person or outlet.

pub mod abbreviations;
pub mod calendar;
pub mod function_words;
pub mod layout_labels;
pub mod numbers;
pub mod person_titles;
pub mod pronouns;
pub mod reporting;
pub mod sentence_starters;
pub mod titles;
