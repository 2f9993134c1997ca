//! Abbreviations of general English that end with a full stop which usually does not end a
//! sentence. Data only; every list is sorted, lower case, without the final dot, so it can be
//! searched with [`contains_ignore_case`].

use std::cmp::Ordering;

/// Abbreviations that stay inside a sentence unless the next word plainly starts a new one
/// (company suffixes, generational suffixes, US state abbreviations, Latin and other short forms,
/// and the short words of journal titles as cited in health and science news: `N. Engl. J. Med.`,
/// `Proc. Natl. Acad. Sci.`).
pub const GENERAL: &[&str] = &[
    "acad", "al", "ala", "approx", "ariz", "ark", "assn", "assoc", "asst", "ave", "biol", "blvd",
    "bros", "ca", "calif", "cf", "chem", "clin", "co", "colo", "conn", "corp", "dept", "e.g",
    "engl", "esq", "est", "etc", "fla", "ft", "govt", "hwy", "i.e", "inc", "inst", "intl", "jr",
    "kan", "kans", "ky", "ltd", "md", "med", "mfg", "mgr", "mich", "minn", "mont", "nat", "natl",
    "neb", "nev", "nutr", "n°", "okla", "pa", "phys", "plc", "proc", "rd", "sci", "soc", "sq",
    "sr", "tenn", "tex", "univ", "va", "viz", "vs", "vt", "wis", "wyo",
];

/// Short words of journal titles as cited in health and science news, written capitalised
/// (`Am. J. Public Health`, `Phys. Rev. Lett.`, `Int. J. Epidemiol.`), sorted: capitalised, such
/// a stop ends the sentence only before a sentence opener; in lower case ("I am.") they are
/// words like any other.
pub const JOURNAL_WORDS: &[&str] = &[
    "Am",
    "Commun",
    "Environ",
    "Epidemiol",
    "Eur",
    "Genet",
    "Immunol",
    "Int",
    "Lett",
    "Microbiol",
    "Neurol",
    "Oncol",
    "Pediatr",
    "Psychiatr",
    "Psychol",
    "Res",
];

/// Given names as abbreviated before a surname (`Wm. Dane`, `Chas. Quist`, and the Filipino
/// `Ma.` for Maria in `Ma. Ada Quist`), as written (capitalised), sorted: such a stop ends no
/// sentence when a name of two capitalised words follows.
pub const GIVEN_NAMES: &[&str] = &["Chas", "Geo", "Jas", "Jno", "Ma", "Thos", "Wm"];

/// US states as abbreviated after a place in news copy (`Fresno, Calif.`, `Washington, D.C.`):
/// such a stop ends the sentence when a clause of its own follows (`Fresno, Calif. Police
/// said`).
pub const US_STATES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "d.c", "del", "fla", "ga", "ill", "ind", "kan",
    "kans", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "n.c", "n.d", "n.h",
    "n.j", "n.m", "n.y", "neb", "nev", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex",
    "va", "vt", "w.va", "wash", "wis", "wyo",
];

/// Company suffixes ("Acme Corp.", "Vista Holdings Inc."), lower case, sorted: as after a US
/// state, such a stop ends the sentence when a clause of its own follows (`Acme Corp. Shares
/// rose`).
pub const COMPANY_SUFFIXES: &[&str] = &["bros", "co", "corp", "cos", "inc", "llc", "ltd", "plc"];

/// Abbreviations that are only abbreviations before a number ("No. 10", "p. 55", "Jan. 21"):
/// before anything else the dot ends the sentence as usual.
pub const BEFORE_NUMBER: &[&str] = &[
    "apr", "art", "aug", "ch", "dec", "feb", "fig", "figs", "jan", "jul", "jun", "ksh", "kshs",
    "mar", "no", "nos", "nov", "oct", "op", "p", "para", "pp", "rs", "sec", "sep", "sept", "sh",
    "shs", "tel", "vol", "vols",
];

/// Clock-time abbreviations written with dots ("a.m", "p.m"), compared without the final dot.
pub const CLOCK: &[&str] = &["a.m", "p.m"];

/// Determiners and possessives that make a clock time right after them name a thing ("her 7:15
/// a.m. flight", "the 6 p.m. show"), so that the time's "a.m."/"p.m." ends no sentence, sorted.
pub const DETERMINERS_BEFORE_CLOCK: &[&str] = &[
    "a", "an", "each", "every", "her", "his", "its", "my", "our", "that", "the", "their", "this",
    "your",
];

/// Words other than time zones that may follow a clock time inside the same sentence ("at 10
/// a.m. Friday", "6 p.m. Eastern"): weekdays, months and the names of North American zones, as
/// written (capitalised). See [`follows_clock`].
pub const AFTER_CLOCK: &[&str] = &[
    "April",
    "August",
    "Central",
    "December",
    "Eastern",
    "February",
    "Friday",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Monday",
    "Mountain",
    "November",
    "October",
    "Pacific",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

/// Whether `word`, as written, may follow a clock time inside the same sentence: one of
/// [`AFTER_CLOCK`] or a time zone ([`crate::lexicon::calendar::TIME_ZONES`], "6 p.m. EST").
pub fn follows_clock(word: &str) -> bool {
    AFTER_CLOCK.binary_search(&word).is_ok()
        || crate::word_set!(crate::lexicon::calendar::TIME_ZONES).contains(word)
}

/// Capitalised nouns that follow a country's initialism as part of a name (`the U.S. Embassy
/// said`, `the U.N. Mission`), sorted: after them the initialism's full stop ends no sentence.
pub const NOUNS_AFTER_INITIALISM: &[&str] = &[
    "Administration",
    "Agency",
    "Air",
    "Ambassador",
    "Army",
    "Attorney",
    "Border",
    "Bureau",
    "Capitol",
    "Census",
    "Chamber",
    "Coast",
    "Congress",
    "Consulate",
    "Court",
    "Customs",
    "Defense",
    "Department",
    "Embassy",
    "Envoy",
    "Forces",
    "Government",
    "House",
    "Justice",
    "Marines",
    "Military",
    "Mission",
    "Navy",
    "Open",
    "Parliament",
    "President",
    "Secretary",
    "Senate",
    "Treasury",
    "Troops",
];

/// Compare two strings ASCII-case-insensitively (the order [`GENERAL`] and friends are sorted in).
pub fn cmp_ignore_case(a: &str, b: &str) -> Ordering {
    let left = a.bytes().map(|b| b.to_ascii_lowercase());
    let right = b.bytes().map(|b| b.to_ascii_lowercase());
    left.cmp(right)
}

/// Whether the sorted lower-case `list` holds `word`, ignoring ASCII case.
pub fn contains_ignore_case(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|entry| cmp_ignore_case(entry, word))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(list: &[&str]) -> bool {
        list.windows(2)
            .all(|w| cmp_ignore_case(w[0], w[1]) == Ordering::Less)
    }

    #[test]
    fn weekdays_months_and_every_time_zone_follow_a_clock() {
        for word in ["Friday", "March", "Eastern", "EST", "SAST", "NPT"] {
            assert!(follows_clock(word), "{word}");
        }
        for word in ["The", "est", "Police"] {
            assert!(!follows_clock(word), "{word}");
        }
    }

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(sorted(GENERAL));
        assert!(sorted(BEFORE_NUMBER));
        assert!(sorted(CLOCK));
        assert!(sorted(US_STATES));
        assert!(sorted(COMPANY_SUFFIXES));
        assert!(AFTER_CLOCK.windows(2).all(|w| w[0] < w[1]));
        assert!(DETERMINERS_BEFORE_CLOCK.windows(2).all(|w| w[0] < w[1]));
        assert!(NOUNS_AFTER_INITIALISM.windows(2).all(|w| w[0] < w[1]));
        assert!(JOURNAL_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(contains_ignore_case(GENERAL, "Inc"));
        assert!(contains_ignore_case(BEFORE_NUMBER, "No"));
        assert!(!contains_ignore_case(GENERAL, "Smith"));
    }
}
