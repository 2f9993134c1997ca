//! Money: digits and scales, currency signs and names, prices and sums.

use super::*;

/// Value of a digit string with optional thousands groups and decimals; irregular groups give
/// None with the `irregular-grouping` flag, a value beyond f64 gives None with `overflow`.
/// Indian grouping is regular too: three digits last, pairs before them ("1,50,000", "12,50,000").
pub(super) fn digits_value(digits: &str) -> (Option<f64>, Vec<&'static str>) {
    let (whole, _) = digits.split_once('.').unwrap_or((digits, ""));
    let separator = |c: char| c == ',' || GROUP_SPACES.contains(&c);
    let mut groups = whole.split(separator);
    let first_ok = groups.next().is_some_and(|g| !g.is_empty() && g.len() <= 3);
    let grouped = whole.contains(separator);
    let thousands = || groups.clone().all(|g| g.len() == 3);
    let indian = || {
        let groups: Vec<&str> = whole.split(',').collect();
        let (Some((last, init)), Some(first)) = (groups.split_last(), groups.first()) else {
            return false;
        };
        groups.len() >= 3
            && first.len() <= 2
            && last.len() == 3
            && init.iter().skip(1).all(|g| g.len() == 2)
    };
    if grouped && !(first_ok && (thousands() || indian())) {
        return (None, vec!["irregular-grouping"]);
    }
    let plain: String = digits.chars().filter(|c| !separator(*c)).collect();
    match plain.parse::<f64>() {
        Ok(v) if v.is_finite() => (Some(v), Vec::new()),
        _ => (None, vec!["overflow"]),
    }
}

/// The multiplier of a scale word or suffix ("million", "bn", "m"), None if unknown.
pub(super) fn scale_of(word: &str) -> Option<f64> {
    let word = word.trim().trim_start_matches('-');
    SCALE_WORDS
        .iter()
        .chain(SCALE_SUFFIXES.iter())
        .chain(SCALE_COMPOUNDS)
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}

/// The ISO code of a currency sign or code.
pub(super) fn currency_of(sign: &str) -> Option<&'static str> {
    CURRENCY_SIGNS
        .iter()
        .chain(CURRENCY_ABBREVIATIONS)
        .chain(GLUED_CURRENCY_PREFIXES)
        .find(|(s, _)| *s == sign)
        .map(|(_, code)| *code)
        .or_else(|| CURRENCY_CODES.iter().find(|c| **c == sign).copied())
}

/// Whether an amount is money after its `sign`: always, unless the sign is a short prefix that
/// also letters roads and models ("R35", "Sh2"); then only with a scale ("R3.5 billion"), digit
/// groups ("R5,000"), cents ("R1.20") or a word of money before it ("cost R350").
pub(super) fn glued_prefix_is_money(
    caps: &Captures<'_>,
    context: &Context<'_>,
    sign: &str,
    number: regex::Match<'_>,
) -> bool {
    let sign = sign.trim_end();
    if !GLUED_CURRENCY_PREFIXES.iter().any(|(p, _)| *p == sign) {
        return true;
    }
    let digits = number.as_str();
    let cents = digits
        .split_once('.')
        .is_some_and(|(_, cents)| cents.len() == 2);
    caps.name("mscale").is_some()
        || caps.name("mscale2").is_some()
        || digits.contains(',')
        || cents
        || word_before_is_in(context.text, context.span.start, MONEY_WORDS_BEFORE)
        || priced_before(context)
        || unit_price_after(context, sign)
}

/// "sold for about N185", "raised the price of petrol from N480 to N520": one of
/// [`PRICE_PHRASES_BEFORE`] right before the amount (and its qualifier), or one of
/// [`PRICE_LINKS`] right before it in a clause that names one of [`PRICE_NOUNS`].
pub(super) fn priced_before(context: &Context<'_>) -> bool {
    let lead = qualifier_before(context, context.span.start)
        .map_or(context.span.start, |q| q.start.min(context.span.start));
    let before = context.before(lead, 120).to_lowercase();
    let Some(clause) = before
        .rsplit(['.', '!', '?', ';', ',', ':', '\n', '(', ')', '"', '“', '”'])
        .next()
        .filter(|clause| clause.ends_with(' '))
    else {
        return false;
    };
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some((last, earlier)) = words.split_last() else {
        return false;
    };
    let phrase = earlier.last().map(|w| format!("{w} {last}"));
    phrase.is_some_and(|p| PRICE_PHRASES_BEFORE.contains(&p.as_str()))
        || (PRICE_LINKS.contains(last) && earlier.iter().any(|w| PRICE_NOUNS.contains(w)))
}

/// "N520 per litre", "N650 to N700 a litre": the amount, or a range it opens with the same
/// `sign`, followed by "per", "a" or "an" and one of [`UNIT_PRICE_MEASURES`].
pub(super) fn unit_price_after(context: &Context<'_>, sign: &str) -> bool {
    let after = context.after(context.span.end, 48);
    let is_figure = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let rest = [" to ", "-", "–", " and "]
        .iter()
        .find_map(|link| after.strip_prefix(link))
        .and_then(|r| r.strip_prefix(sign.trim_end()))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .map_or(after, |r| r.trim_start_matches(is_figure));
    let Some(measure) = [" per ", " a ", " an ", "/"]
        .iter()
        .find_map(|per| rest.strip_prefix(per))
    else {
        return false;
    };
    let word: String = measure
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_lowercase();
    UNIT_PRICE_MEASURES.contains(&word.as_str())
}

/// A currency named right after an amount ("5 million euros", "200 USD"). Pounds are also a
/// weight, so they are sterling only when the text says so ("200 pounds sterling") or when the
/// amount has a scale of a million or more (`scaled`: "3 million pounds", "£"-less wire copy)
/// and no "of" follows ("2 million pounds of beef" is a weight).
pub(super) fn currency_after(context: &Context<'_>, at: usize, scaled: bool) -> Option<String> {
    let after = context.after(at, 24);
    // "50 euro cents": cents of the named currency, valued in it later.
    if cents_currency_after(after, 0).is_some() {
        return Some(CENTS_UNIT.to_string());
    }
    let rest = after.strip_prefix(' ')?;
    // "6.5 sen": hundredths of a currency, valued in it later.
    if let Some((minor, _)) = MINOR_CURRENCY_WORDS.iter().find(|(minor, _)| {
        rest.strip_prefix(minor)
            .is_some_and(|tail| !tail.starts_with(char::is_alphanumeric))
    }) {
        return Some((*minor).to_string());
    }
    let rest = rest
        .strip_prefix("US ")
        .or_else(|| rest.strip_prefix("U.S. "))
        .unwrap_or(rest);
    // "5 million Swiss francs": a country's adjective before a shared name.
    // "a 3 million Saudi riyal deal": the name in the singular before the noun it measures.
    let qualified = QUALIFIED_CURRENCY_NAMES.iter().find(|(name, _)| {
        [name, name.strip_suffix('s').unwrap_or(name)]
            .iter()
            .any(|name| {
                rest.get(..name.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(name))
                    && !rest[name.len()..].starts_with(char::is_alphanumeric)
            })
    });
    if let Some((_, code)) = qualified {
        return Some((*code).to_string());
    }
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.eq_ignore_ascii_case(POUNDS) || POUNDS.strip_suffix('s') == Some(&word) {
        let tail = &rest[word.len()..];
        let sterling = tail
            .strip_prefix(' ')
            .and_then(|t| t.get(..8))
            .is_some_and(|t| t.eq_ignore_ascii_case("sterling"));
        let of_follows = tail
            .get(..4)
            .is_some_and(|t| t.eq_ignore_ascii_case(" of "));
        let paid = paid_before(context) || money_noun_before(context);
        // "9.9 billion pounds of headroom": a scaled sum of money, not of beef.
        let finance_follows = of_follows
            && scaled
            && context
                .after(at + after.len() - tail.len(), 64)
                .get(4..)
                .is_some_and(finance_noun_after_of);
        return (sterling || finance_follows || ((scaled || paid) && !of_follows))
            .then(|| POUNDS_CODE.to_string());
    }
    if word == WON {
        return scaled.then(|| WON_CODE.to_string());
    }
    currency_named(&word)
        .or_else(|| CURRENCY_CODES.iter().find(|c| **c == word).copied())
        .or_else(|| shared_currency_plural(&word))
        .map(str::to_string)
}

/// Most words after "of" read for a noun of money ("of taxpayers' hard-earned money").
pub(super) const FINANCE_NOUN_REACH: usize = 3;

/// Whether one of the first few words of `rest`, the text after "of", is one of
/// [`FINANCE_NOUNS_AFTER_OF`] ("headroom", "public money", "the taxpayers' money"), before any
/// mark ends the phrase.
pub(super) fn finance_noun_after_of(rest: &str) -> bool {
    let phrase = rest
        .split(['.', ',', ';', ':', '!', '?', '(', ')', '"', '“', '”'])
        .next()
        .unwrap_or("");
    phrase
        .split_whitespace()
        .take(FINANCE_NOUN_REACH)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .any(|w| FINANCE_NOUNS_AFTER_OF.contains(&w.as_str()))
}

/// "paid 212,000 pounds", "ordered to pay her 212,000 pounds": a word of paying right before the
/// figure, or before an object pronoun right before it.
pub(super) fn paid_before(context: &Context<'_>) -> bool {
    let start = context.span.start;
    if word_before_is_in(context.text, start, MONEY_WORDS_BEFORE) {
        return true;
    }
    let before = context.before(start, 8);
    OBJECT_PRONOUNS.iter().any(|pronoun| {
        before
            .strip_suffix(' ')
            .and_then(|b| b.len().checked_sub(pronoun.len()).map(|at| (b, at)))
            .is_some_and(|(b, at)| {
                b.get(at..).is_some_and(|w| w.eq_ignore_ascii_case(pronoun))
                    && (at == 0 || b[..at].ends_with(' '))
                    && word_before_is_in(
                        context.text,
                        start - (b.len() - at) - 1,
                        MONEY_WORDS_BEFORE,
                    )
            })
    })
}

/// "a payment of 1,500 pounds", "average pay at the port is about 36,000 pounds": one of
/// [`MONEY_NOUNS`] right before "of" before the figure (and its qualifier), or in the clause
/// that one of [`AMOUNT_LINK_VERBS`] right before the figure closes.
pub(super) fn money_noun_before(context: &Context<'_>) -> bool {
    let before = context.before(context.span.start, 160).to_lowercase();
    let Some(clause) = before
        .rsplit(['.', '!', '?', ';', ',', '\n', '(', ')', '"', '“', '”'])
        .next()
    else {
        return false;
    };
    let clause = QUALIFIERS
        .iter()
        .find_map(|q| {
            clause
                .strip_suffix(' ')
                .and_then(|c| c.strip_suffix(q))
                .filter(|c| c.ends_with(' '))
        })
        .unwrap_or(clause);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some((last, earlier)) = words.split_last() else {
        return false;
    };
    if *last == "of" {
        return earlier.last().is_some_and(|w| MONEY_NOUNS.contains(w));
    }
    AMOUNT_LINK_VERBS.contains(last) && earlier.iter().any(|w| MONEY_NOUNS.contains(w))
}

/// "a 2 billion riyal contract": a currency name several countries share, in the singular
/// before the noun it measures, is that name in the plural, as "2 billion riyals" is; a plural
/// made without "s" ("2.3 billion kroner") stays that name too, as "dinars" does.
pub(super) fn shared_currency_plural(word: &str) -> Option<&'static str> {
    QUALIFIED_CURRENCY_NAMES
        .iter()
        .filter_map(|(name, _)| name.rsplit(' ').next())
        .find(|plural| match plural.strip_suffix('s') {
            Some(singular) => singular.eq_ignore_ascii_case(word),
            None => plural.eq_ignore_ascii_case(word),
        })
}

/// Whether a number's words hold a scale word or suffix of a million or more ("3 million",
/// "two billion", "bn").
pub(super) fn scaled_by_million(surface: &str) -> bool {
    surface
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| scale_of(w).is_some_and(|scale| scale >= 1e6))
}

/// The code of a currency named by `word` ("euros" → EUR).
pub(super) fn currency_named(word: &str) -> Option<&'static str> {
    CURRENCY_NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, code)| *code)
}
