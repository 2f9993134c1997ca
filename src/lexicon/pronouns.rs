//! Personal pronouns that can stand for a speaker, with their gender.

/// Pronouns for a man.
pub const MALE: &[&str] = &["he"];

/// Pronouns for a woman.
pub const FEMALE: &[&str] = &["she"];

/// The object form of [`MALE`], standing for a speaker after "according to".
pub const MALE_OBJECT: &[&str] = &["him"];

/// The object form of [`FEMALE`], standing for a speaker after "according to".
pub const FEMALE_OBJECT: &[&str] = &["her"];

/// The possessive form of [`MALE`], standing for a speaker before a noun of judgement
/// (`His verdict: “…”`).
pub const MALE_POSSESSIVE: &[&str] = &["his"];

/// The possessive form of [`FEMALE`], standing for a speaker before a noun of judgement
/// (`Her reply: “…”`).
pub const FEMALE_POSSESSIVE: &[&str] = &["her"];

/// Words by which speakers refer to themselves: a quote holding one is someone's own words.
pub const FIRST_PERSON: &[&str] = &[
    "i",
    "i'm",
    "i’m",
    "i've",
    "i’ve",
    "i'd",
    "i’d",
    "i'll",
    "i’ll",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "we're",
    "we’re",
    "we've",
    "we’ve",
    "we'll",
    "we’ll",
    "we'd",
    "we’d",
    "us",
    "our",
    "ours",
    "ourselves",
];

/// Pronouns that name a speaker the text does not identify by itself (`they said`, `I wrote`).
pub const UNRESOLVED: &[&str] = &["they", "we", "i", "you", "it", "who"];

/// Indefinite pronouns that can be a speaker no one names ("Another added", "Others said").
pub const INDEFINITE: &[&str] = &[
    "another", "both", "each", "either", "few", "many", "neither", "none", "one", "others",
    "several", "some",
];
