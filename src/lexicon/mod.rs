//! Word lists of general English used by the rules: abbreviations, reporting verbs, titles, month
//! and weekday names, number words, currency signs. Data only, no logic; nothing here may name a
//! particular article, person or outlet.

pub mod function_words;
