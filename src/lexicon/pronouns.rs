//! Personal pronouns that can stand for a speaker, with their gender.

/// Pronouns for a man.
pub const MALE: &[&str] = &["he"];

/// Pronouns for a woman.
pub const FEMALE: &[&str] = &["she"];

/// Pronouns that name a speaker the text does not identify by itself (`they said`, `I wrote`).
pub const UNRESOLVED: &[&str] = &["they", "we", "i", "you", "it", "who"];

/// Indefinite pronouns that can be a speaker no one names ("Another added", "Others said").
pub const INDEFINITE: &[&str] = &[
    "another", "both", "each", "either", "few", "many", "neither", "none", "one", "others",
    "several", "some",
];
