//! Capitalised closed-class words that typically open a sentence ("The", "He", "However").
//! After an ambiguous abbreviation ("U.S.", "Co.", an initial) one of these shows that the
//! full stop ended the sentence. Names and nouns are left out on purpose ("Will", "May", "Mark").

/// Sentence-opening words, capitalised as written, sorted.
pub const WORDS: &[&str] = &[
    "A",
    "According",
    "After",
    "Afterwards",
    "Again",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Are",
    "As",
    "Asked",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Despite",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "Few",
    "For",
    "From",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Moreover",
    "Most",
    "Much",
    "My",
    "Neither",
    "Nevertheless",
    "No",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Others",
    "Our",
    "She",
    "Should",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Under",
    "Unless",
    "Until",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Without",
    "Would",
    "Yesterday",
    "Yet",
    "You",
];

/// Verbs of speech that, a few words after a closing quote, show the words after the quote
/// attribute it (`“We won!” Ms. Roe said.`), so the quotation did not end the sentence. Lower
/// case, sorted.
pub const ATTRIBUTION_VERBS: &[&str] = &[
    "added",
    "adds",
    "admitted",
    "answered",
    "argued",
    "asked",
    "asks",
    "beamed",
    "claimed",
    "continued",
    "cried",
    "declared",
    "enthused",
    "exclaimed",
    "explained",
    "grinned",
    "insisted",
    "laughed",
    "noted",
    "recalled",
    "remarked",
    "replied",
    "responded",
    "said",
    "says",
    "shouted",
    "shrugged",
    "sighed",
    "smiled",
    "stressed",
    "tells",
    "told",
    "tweeted",
    "warned",
    "whispered",
    "writes",
    "wrote",
    "yelled",
];

/// Capitalised plural common nouns that open a clause as its subject (`Officials said`, `Shares
/// rose`, `Friends said`): never a name.
/// After an abbreviation's full stop one of these, then a lower-case word, starts a sentence:
/// a plural common noun is no part of a name written after `U.S.` (`U.S. Embassy`).
pub const PLURAL_SUBJECTS: &[&str] = &[
    "Analysts",
    "Authorities",
    "Classmates",
    "Colleagues",
    "Cousins",
    "Critics",
    "Diplomats",
    "Doctors",
    "Economists",
    "Experts",
    "Friends",
    "Investigators",
    "Investors",
    "Lawmakers",
    "Mates",
    "Negotiators",
    "Neighbors",
    "Neighbours",
    "Officials",
    "Pals",
    "Prices",
    "Prosecutors",
    "Regulators",
    "Relatives",
    "Researchers",
    "Residents",
    "Scientists",
    "Shares",
    "Siblings",
    "Sources",
    "Stocks",
    "Teammates",
    "Traders",
    "Voters",
    "Witnesses",
];

/// Whether `word` (lower case) is a verb of speech.
pub fn is_attribution_verb(word: &str) -> bool {
    ATTRIBUTION_VERBS.binary_search(&word).is_ok()
}

/// Whether `word` (as written) is a sentence-opening word.
pub fn contains(word: &str) -> bool {
    WORDS.binary_search(&word).is_ok()
}

/// Whether `word` (as written) is a capitalised plural that opens a clause as its subject.
pub fn is_plural_subject(word: &str) -> bool {
    PLURAL_SUBJECTS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_for_binary_search() {
        assert!(WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(ATTRIBUTION_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(PLURAL_SUBJECTS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_plural_subject("Officials") && !is_plural_subject("officials"));
        assert!(contains("However") && !contains("Government"));
    }
}
