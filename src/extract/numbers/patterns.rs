//! The patterns of the number scanner.

use super::*;

/// The patterns, one named group per kind of candidate, in priority order.
pub(super) fn number_patterns() -> Vec<String> {
    let signs = alternation(CURRENCY_SIGNS.iter().map(|(s, _)| *s));
    let codes = alternation(
        CURRENCY_CODES
            .iter()
            .copied()
            .chain(CURRENCY_ABBREVIATIONS.iter().map(|(a, _)| *a)),
    );
    let scale_words = alternation(
        SCALE_WORDS
            .iter()
            .chain(SCALE_COMPOUNDS)
            .map(|(w, _)| *w)
            .filter(|w| *w != "hundred"),
    );
    let scale_suffixes = alternation(SCALE_SUFFIXES.iter().map(|(w, _)| *w));
    let glued = alternation(GLUED_CURRENCY_PREFIXES.iter().map(|(p, _)| *p));
    let spaceable = alternation(SPACEABLE_CURRENCY_SIGNS.iter().copied());
    let measures = alternation(MEASURE_SUFFIXES.iter().copied());
    let vague = alternation(VAGUE_AMOUNTS.iter().copied());
    let word_numbers = alternation(
        NUMBER_WORDS
            .iter()
            .chain(SCALE_WORDS.iter())
            .chain(QUANTITY_WORDS.iter())
            .chain(FRACTION_WORDS.iter())
            .map(|(w, _)| *w),
    );
    let fold_numbers = alternation(
        NUMBER_WORDS
            .iter()
            .chain(crate::lexicon::numbers::MULTIPLE_SCALE_WORDS)
            .map(|(w, _)| *w),
    );
    let fold = regex::escape(crate::lexicon::numbers::MULTIPLE_SUFFIX);
    let fractions = alternation(FRACTION_WORDS.iter().map(|(w, _)| *w));
    let all_scale_words = alternation(SCALE_WORDS.iter().map(|(w, _)| *w));
    let cent_prefixes = alternation(CENT_PREFIXES.iter().map(|(p, _)| *p));
    let cents = regex::escape(CENTS_SUFFIX);
    // "45,000"; "45 000" in groups of three set apart by a space, as some copy writes them.
    let digits =
        r"(?:[0-9]{1,3}(?:[ \x{a0}\x{202f}][0-9]{3})+(?-u:\b)|[0-9]+(?:,[0-9]+)*)(?:\.[0-9]+)?";
    // "$2.7 billion", "$1.2-million contract" (hyphened before a noun), "$3bn".
    // Wire copy spaces the longer suffixes: "$4.5 bn", "1.2 mln units".
    let spaced_suffixes = alternation(SPACED_SCALE_SUFFIXES.iter().copied());
    let scale = format!(
        r"(?:[\s-]?(?i:{scale_words})(?-u:\b)|(?i:{scale_suffixes})(?-u:\b)|\s(?:{spaced_suffixes})(?-u:\b))"
    );
    vec![
        // "+44 20 7946 0000", "(212) 555-0100", "212-555-0100", and numbers dialled with a
        // leading zero in groups ("020 7946 0000", "01632 960000"), and free or local-rate
        // numbers in groups ("1800 333 000", "1300 659 467", "13 11 14").
        r"(?P<phone>\+[0-9]{1,3}(?:[\s.-]?\(?[0-9]{1,4}\)?){2,5}|\([0-9]{2,5}\)\s?[0-9]{3,4}[\s.-]?[0-9]{3,4}|(?-u:\b)[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}(?-u:\b)|(?-u:\b)0[0-9]{2,4}\s[0-9]{3,4}\s[0-9]{3,4}(?-u:\b)|(?-u:\b)0[0-9]{3,4}\s[0-9]{6}(?-u:\b)|(?-u:\b)1[38]00 [0-9]{3} [0-9]{3}(?-u:\b)|(?-u:\b)13 [0-9]{2} [0-9]{2}(?-u:\b))".to_string(),
        // "$5-6 billion", "£150m-200m", "$10-20": the other end of a range after a dash.
        format!(
            r"(?P<money>(?:(?:{spaceable})\s|{signs}|(?-u:\b)(?:{codes})\s?|(?-u:\b)(?:{glued})\s?)(?P<mnum>{digits})(?P<mscale>{scale})?(?:[-–](?P<mnum2>{digits})(?P<mscale2>{scale})?(?-u:\b))?)"
        ),
        // "won in 2:05:11", "finished in 1:57.40": a time taken, in hours, minutes and seconds,
        // or in minutes and seconds with their fraction; "won in 27:43", minutes and seconds
        // alone, is one only after a lead of a race time (see `race_time`).
        r"(?P<clock>(?-u:\b)(?:[0-9]{1,2}:[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,3})?|[0-9]{1,2}:[0-5][0-9]\.[0-9]{1,3}|[0-9]{1,2}:[0-5][0-9])(?-u:\b))".to_string(),
        format!(
            r"(?P<digits>(?-u:\b)(?P<mag>M)?(?P<centcur>{cent_prefixes})?(?P<dnum>{digits})(?P<frac>[\s-][1-7]/[2-8](?-u:\b)|[½¼¾⅓⅔⅛])?(?P<dscale>\s(?i:{scale_words})(?-u:\b)|(?i:bn|k|million|billion|trillion)(?-u:\b)|\s(?:{spaced_suffixes})(?-u:\b))?(?P<range>(?:\s?[-–]\s?|-to-){digits}(?:\s(?i:{scale_words})(?-u:\b)|(?i:bn|k)(?-u:\b))?)?(?P<pct>\s?%|\s(?i:per[\s-]?cent|percent)(?-u:\b)|\s?pct(?-u:\b)|pc(?-u:\b))?(?P<temp>\s?°\s?[CF](?-u:\b)|[CF](?-u:\b))?(?P<cents>{cents}(?-u:\b))?(?P<measure>(?i:{measures})(?:(?P<power>[23](?-u:\b)|[²³])|(?-u:\b)))?(?P<compound>-[A-Za-z]+(?:-[A-Za-z]+)*)?)"
        ),
        format!(r"(?P<vague>(?-u:\b)(?i:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|{vague})(?-u:\b))"),
        // "tenfold", "a hundredfold rise": a number word glued to the ending of a multiple.
        format!(r"(?P<fold>(?-u:\b)(?i:{fold_numbers})(?i:{fold})(?-u:\b))"),
        format!(
            r"(?P<words>(?-u:\b)(?i:(?:half|(?:a|{word_numbers})[\s-](?:{fractions})\s+of)\s+a\s+(?:{all_scale_words}|dozen)(?-u:\b)|(?:a\s+)?(?:{word_numbers})(?:(?:\s+and\s+|\s+|-)(?:{word_numbers}))*(?:-[a-z]+(?:-[a-z]+)*)?)(?-u:\b))"
        ),
    ]
}
