//! Titles and honorifics written before a name ("Mr.", "Dr.", "Sen.", "Gov.", "Gen.", "St.",
//! "Det.", "Const.", "Smt.").
//! After one of these a full stop never ends a sentence. Sorted, lower case, without the dot.

/// Abbreviated titles that precede a name.
pub const ABBREVIATED: &[&str] = &[
    "adm", "adv", "alh", "amb", "assoc", "atty", "barr", "brig", "capt", "cllr", "cmdr", "col",
    "comr", "const", "cpl", "cst", "dep", "det", "dr", "eng", "engr", "fr", "gen", "gov", "hon",
    "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mt", "mx", "pres",
    "prof", "pvt", "rep", "reps", "rev", "revd", "rt", "sec", "sen", "sens", "sgt", "smt", "st",
    "supt",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::abbreviations::cmp_ignore_case;

    #[test]
    fn sorted_for_binary_search() {
        assert!(ABBREVIATED
            .windows(2)
            .all(|w| cmp_ignore_case(w[0], w[1]) == std::cmp::Ordering::Less));
    }

    #[test]
    fn police_ranks_and_honorifics_are_titles() {
        use crate::lexicon::abbreviations::contains_ignore_case;
        for rank in ["Det", "Insp", "Const", "Cst", "Supt", "Sgt", "Smt"] {
            assert!(contains_ignore_case(ABBREVIATED, rank), "{rank}");
        }
        assert!(!contains_ignore_case(ABBREVIATED, "Calif"));
    }
}
