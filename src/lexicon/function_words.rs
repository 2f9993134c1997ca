//! English function words (articles, pronouns, prepositions, conjunctions, auxiliaries): words that
//! carry little of what a sentence is about. The comparison ignores them when it decides whether two
//! quotes or two figures speak of the same thing.

/// Lower-case English function words (kept sorted, so that a reader finds a word at a glance).
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "across", "after", "again", "against", "all", "also", "am", "amid", "among",
    "an", "and", "any", "are", "around", "as", "at", "be", "because", "been", "before", "behind",
    "being", "below", "beneath", "beside", "between", "beyond", "both", "but", "by", "can",
    "could", "despite", "did", "do", "does", "doing", "during", "for", "from", "had", "has",
    "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "inside",
    "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must",
    "my", "near", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our",
    "ours", "out", "outside", "over", "own", "said", "same", "says", "shall", "she", "should",
    "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
    "there", "these", "they", "this", "those", "through", "to", "too", "toward", "towards",
    "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would",
    "you", "your", "yours",
];

/// Words that link clauses or start a prepositional phrase: reading backwards from a reporting
/// verb, a speaker's description never reaches past one of them.
pub const PHRASE_LINKS: &[&str] = &[
    "and", "or", "but", "that", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as",
    "than", "not", "who", "which", "when", "while",
];

/// Words that pick members out of a set named before them ("Every former governor, including
/// Ada Quist, said"): the names after one are some of the set, not a role's holder.
pub const MEMBER_LINKS: &[&str] = &[
    "including",
    "excluding",
    "notably",
    "especially",
    "particularly",
];

/// Conjunctions that open a clause of its own ("with the understanding that in 21 days, if no
/// deal is done, …"): what comes after one has its own tense, not that of the clause before.
pub const CLAUSE_OPENING_CONJUNCTIONS: &[&str] = &[
    "although", "because", "if", "once", "since", "that", "though", "unless", "until", "when",
    "whether", "while",
];

/// Relative pronouns that open a clause describing the noun before them ("Ada Quist, whose son
/// …, said"): a clause set off by one of them before a cue is passed over to its noun.
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "whom", "whose", "which", "where"];

/// Prepositions after which a place is named, with or without "the" ("in the Ukraine" /
/// "in Ukraine"): where the comparison looks for that variant.
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "into",
    "to",
    "from",
    "across",
    "inside",
    "throughout",
    "within",
    "near",
    "towards",
    "toward",
];

/// Adverbs of the direction something moves in ("sleet drifting east", "a front pushing
/// inland"): after a verb of motion they open a phrase of where to, as a place preposition does.
pub const DIRECTION_ADVERBS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northward",
    "northwards",
    "southward",
    "southwards",
    "eastward",
    "eastwards",
    "westward",
    "westwards",
    "inland",
    "offshore",
    "ashore",
];

/// Determiners, pronouns and auxiliaries that never name a speaker nor describe one.
pub const NOT_DESCRIPTIVE: &[&str] = &[
    "the", "a", "an", "if", "this", "these", "those", "it", "its", "his", "her", "their", "was",
    "were", "is", "are", "be", "been", "has", "have", "had",
];

/// Whether `lower` (already lower-case) is a function word.
pub fn is_function_word(lower: &str) -> bool {
    crate::word_set!(FUNCTION_WORDS).contains(lower)
}

/// Words in "-ly" that are no adverbs: a word in "-ly" between a subject and its verb is read as
/// an adverb ("said quickly") unless it is one of these.
pub const LY_NON_ADVERBS: &[&str] = &[
    "ally", "anomaly", "assembly", "belly", "bully", "family", "holly", "italy", "jelly", "lily",
    "monopoly", "rally", "reply", "supply",
];

/// Irregular verbs in the past, and past participles, that take a person as object (`found`,
/// `met`, `hired`). With the regular ones in "-ed", a name right after them is the object of
/// the clause. Some are also present forms (`hit`, `let`), so this is no list of past tenses for
/// dates (`reporting::IRREGULAR_PAST_VERBS` is that).
pub const PAST_VERBS_TAKING_A_PERSON: &[&str] = &[
    "found", "saw", "met", "told", "left", "hit", "beat", "took", "gave", "sent", "brought",
    "caught", "heard", "kept", "let", "made", "put", "sought", "taught", "chose", "drove", "held",
    "led", "paid", "struck", "shot", "fought", "knew", "threw", "bit", "bought", "sold", "won",
    "lost", "hired", "fired", "hugged", "beaten", "seen", "known",
];

/// The articles of English, lower case: a reporting word right after one is a noun or an
/// adjective (`the accused`, `an alleged plot`), not a verb; a summary line opening with one (`A
/// skipper was cleared …`) reads as a standfirst's sentence rather than a headline.
pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// Demonstrative determiners of a plural ("2,000 of those tickets", "40 of these schools").
pub const PLURAL_DEMONSTRATIVES: &[&str] = &["these", "those"];

/// Short words a title of a work keeps in lower case (`The Lord of the Rings`).
pub const TITLE_LOWER_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with", "from",
    "nor", "but", "as",
];

/// Words that open a clause of its own after a main verb, so that a later word of the future
/// is not that verb's: "voted to close the pool, which will", "approved plans that will",
/// "met and will". Also the subordinators that open a clause before a main verb ("after talks
/// stalled, the union will").
pub const CLAUSE_BREAK_WORDS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "that", "and", "but", "so", "because", "after",
    "before", "as",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_searchable() {
        let mut sorted = FUNCTION_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, FUNCTION_WORDS);
        assert!(is_function_word("the"));
        assert!(!is_function_word("troops"));
    }
}
