//! Metadata of news layout that is not body text: the `date YYYY-MM-DD` line, labels ("You're
//! reading:", "Agencies add:"), copyright lines (`© …`), and datelines (`GENEVA:`,
//! `WASHINGTON (AP) —`, `Paris (CNN)` glued to the first word). Each recogniser looks at the start
//! or end of one paragraph only, within a bounded number of bytes.

use super::paragraphs::{ends_with_final_punctuation, is_closer, is_layout_space};
use crate::lexicon::{calendar, given_names, layout_labels, person_titles, reporting};
use crate::model::Span;

/// How far into a paragraph a label or dateline may reach, in bytes.
const MAX_PREFIX: usize = 120;
/// The longest copyright notice cut from the end of a paragraph, in bytes.
const MAX_COPYRIGHT_TAIL: usize = 120;

/// Words that open a date header line (`date 2020-03-04`, `Published: 2020-03-04`).
/// Longer keywords come first, so "Last updated" is not read as the keyword "last".
const DATE_LINE_KEYWORDS: &[&str] = &[
    "first published",
    "originally published",
    "last updated",
    "last modified",
    "date",
    "published",
    "posted",
    "issued",
    "updated",
    "modified",
];

/// Clauses that may follow the date of a publication line and tell of a second stamp
/// (`Updated March 5, 2024 — 5.25pm, first published at 4.00pm`, `Published 5 March 2024,
/// updated 6 March 2024`); the line's first date is the one it gives.
const SECOND_STAMP_CLAUSES: &[&str] = &[", first published", ", updated", ", last updated"];

/// What follows a date-line keyword and its optional colon (`Published: …`, `Issued on: …`),
/// white space included; `None` when the paragraph does not open with a keyword followed by white
/// space.
fn after_date_keyword(inner: &str) -> Option<&str> {
    let rest = DATE_LINE_KEYWORDS
        .iter()
        .find_map(|keyword| strip_prefix_ignore_case(inner, keyword))?;
    // The colon may stand apart from the keyword (`Published : 2025-09-14`).
    let rest = rest
        .trim_start_matches([' ', '\t'])
        .strip_prefix(':')
        .unwrap_or(rest);
    let rest = rest.strip_prefix(" on:").unwrap_or(rest);
    rest.starts_with([' ', '\t']).then_some(rest)
}

/// Whether the paragraph opens with a keyword that only a page's own publication note uses
/// ("First published on …", "Last modified on …"): such a line is metadata even after the story.
pub fn opens_with_publication_note(inner: &str) -> bool {
    DATE_LINE_KEYWORDS
        .iter()
        .filter(|keyword| keyword.contains(' '))
        .any(|keyword| strip_prefix_ignore_case(inner, keyword).is_some())
}

/// `text` without `prefix` when it opens with it in any case.
fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    text.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .and_then(|_| text.get(prefix.len()..))
}

/// A leading `date YYYY-MM-DD` header: the date and the header's length in bytes. The header
/// runs to the end of its line when the rest of the line is a clock time or a second stamp
/// (`Published: 2025-09-14 16:05 | Updated: 2025-09-14 18:00`).
pub fn date_line(inner: &str) -> Option<(jiff::civil::Date, usize)> {
    let value = after_date_keyword(inner)?.trim_start_matches([' ', '\t']);
    let date = value.get(..10)?.parse::<jiff::civil::Date>().ok()?;
    let after = value.get(10..).unwrap_or("");
    if after.starts_with(|c: char| c.is_alphanumeric()) && !is_clock_suffix(after) {
        return None;
    }
    let len = inner.len() - value.len() + 10;
    let line_end = inner.find('\n').unwrap_or(inner.len());
    let whole_line = inner
        .get(..line_end)
        .is_some_and(|line| line_end > len && publication_line(line.trim_end()).is_some());
    Some((date, if whole_line { line_end } else { len }))
}

/// Whether `after` (what follows an ISO date) is the time of an ISO timestamp, `T10:00:00Z`.
fn is_clock_suffix(after: &str) -> bool {
    after.strip_prefix('T').is_some_and(|clock| {
        clock.len() >= 5
            && clock.as_bytes()[..2].iter().all(u8::is_ascii_digit)
            && clock.as_bytes()[2] == b':'
    })
}

/// The longest publication line written out in words (`Published 3 March 2024`,
/// `Updated: Jan. 21, 2022, 5:40 p.m. ET`), in bytes.
const MAX_PUBLICATION_LINE: usize = 80;

/// A whole paragraph that gives the publication date in words: a date-line keyword, then a full
/// date (with its year), and nothing else but a weekday, a clock time or a zone.
pub fn publication_line(inner: &str) -> Option<jiff::civil::Date> {
    if inner.len() > MAX_PUBLICATION_LINE {
        return None;
    }
    let rest = after_date_keyword(inner)?;
    let rest = without_second_stamp(rest);
    let rest = without_zone_time(without_trailing_writer(rest));
    // No sentence after the date: a lower-case word other than "on", "at" or a clock's "a.m."
    // means the line says more than when it was published.
    let prose = rest
        .split(|c: char| !c.is_alphabetic() && c != '.')
        .filter(|w| w.starts_with(char::is_lowercase))
        .any(|w| !matches!(w, "on" | "at" | "a.m." | "p.m." | "am" | "pm"));
    if prose {
        return None;
    }
    stated_date(rest).or_else(|| bare_date_in(rest.trim(), true))
}

/// `rest` of a publication line cut before a clause telling of a second stamp (`, first
/// published at 4.00pm`), or before a capitalised word opening one after the first date, even
/// glued to its year (`March 5, 2024Updated March 6, 2024`, `15/03/2024 - 14:22 Modified: …`,
/// `16.05.2025 - Update : 17.05.2025`), with the dash or bar before it.
fn without_second_stamp(rest: &str) -> &str {
    let clause = SECOND_STAMP_CLAUSES
        .iter()
        .filter_map(|clause| {
            rest.as_bytes()
                .windows(clause.len())
                .position(|window| window.eq_ignore_ascii_case(clause.as_bytes()))
        })
        .min();
    let word = layout_labels::SECOND_STAMP_WORDS
        .iter()
        .filter_map(|word| rest.find(word))
        .filter(|&at| at > 0 && rest[..at].bytes().any(|b| b.is_ascii_digit()))
        .min();
    match clause.into_iter().chain(word).min() {
        Some(at) => rest[..at].trim_end_matches([' ', '-', '\u{2013}', '\u{2014}', '|', ',']),
        None => rest,
    }
}

/// `line` without a closing "time" after a time zone (`11:40 AM UAE time`, `09:12 IST Time`).
fn without_zone_time(line: &str) -> &str {
    let Some((before, last)) = line.trim_end().rsplit_once(' ') else {
        return line;
    };
    let zone = before.rsplit(' ').next().is_some_and(|word| {
        calendar::TIME_ZONES.contains(&word) || is_zone_with_offset(word) || is_unlisted_zone(word)
    });
    if zone && last.eq_ignore_ascii_case("time") {
        before
    } else {
        line
    }
}

/// Whether a part of a one-line header gives only a clock time, with an optional date-line
/// keyword before it and a zone after it (`Updated 11:40 AM IST`, `11:40 AM UAE time`): the
/// time of a stamp whose date another part gives.
fn is_clock_part(part: &str) -> bool {
    let rest = after_date_keyword(part).unwrap_or(part);
    let rest = without_zone_time(rest.trim());
    let mut after_clock = false;
    let mut clock = false;
    for word in rest.split_whitespace() {
        let word = word.trim_end_matches([',', '.']);
        let fits = is_clock_word(word)
            || matches!(word, "am" | "pm" | "a.m" | "p.m" | "AM" | "PM" | "at")
            || calendar::TIME_ZONES.contains(&word)
            || is_zone_with_offset(word)
            || after_clock && is_unlisted_zone(word);
        if !fits {
            return false;
        }
        clock |= is_clock_word(word);
        after_clock =
            is_clock_word(word) || matches!(word, "am" | "pm" | "a.m" | "p.m" | "AM" | "PM");
    }
    clock
}

/// Most words in a writer's name closing a publication line (`Posted on March 5, 2024 by Jane
/// Doe`).
const MAX_TRAILING_WRITER_WORDS: usize = 4;

/// `rest` of a publication line without a closing ` by ` and a writer's capitalised name.
fn without_trailing_writer(rest: &str) -> &str {
    let Some((before, name)) = rest.rsplit_once(" by ") else {
        return rest;
    };
    let words = name.split_whitespace().count();
    let named = (1..=MAX_TRAILING_WRITER_WORDS).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    if named {
        before
    } else {
        rest
    }
}

/// The order a date line's clues give to day and month written in digits that could swap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DigitOrder {
    /// The European order, day first (`10/03/2024 20:48`).
    DayFirst,
    /// The American order, month first (`11/05/2025 06:02 AM EST`), for slashes only.
    MonthFirst,
    /// No clue: the date is left unread.
    Unclear,
}

/// The date of a word written all in digits with its year (`15/03/2024`, `15.03.2024`,
/// `2024/03/05`): day and month in a plain order, or year, month and day. Day and month that
/// could swap (`10/03/2024`) are read day first when `order` says so (the line gives a European
/// clue, see [`bare_date_in`]) or when dots part them (`10.03.2024`), as only European copy
/// writes them, and month first when `order` says so and slashes part them (the American
/// stamp); otherwise the date is left unread.
fn numeric_date(word: &str, order: DigitOrder) -> Option<jiff::civil::Date> {
    let separator = word.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = word.split(separator).collect();
    let [first, second, third] = parts[..] else {
        return None;
    };
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        (lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<i16>().ok())
            .flatten()
    };
    if let Some(year) = digits(first, 4..=4) {
        let month = i8::try_from(digits(second, 1..=2)?).ok()?;
        let day = i8::try_from(digits(third, 1..=2)?).ok()?;
        return jiff::civil::Date::new(year, month, day).ok();
    }
    let first = i8::try_from(digits(first, 1..=2)?).ok()?;
    let second = i8::try_from(digits(second, 1..=2)?).ok()?;
    let (month, day) = calendar::plain_month_day(first, second)
        .or_else(|| (order == DigitOrder::DayFirst || separator == '.').then_some((second, first)))
        .or_else(|| {
            (order == DigitOrder::MonthFirst && separator == '/').then_some((first, second))
        })?;
    jiff::civil::Date::new(digits(third, 4..=4)?, month, day).ok()
}

/// The order a date line's words give to a date in digits: the European clue, day first, is a
/// label opening the line (`Issued on:`, `Date`) or a clock on the 24-hour dial (`20:48`).
/// An `AM`/`PM` or `a.m.`/`p.m.` (not a lower-case mark glued to the clock, `7:20pm`, which
/// pages on either side of the Atlantic print) or a North American time zone (`EST`, `PDT`)
/// marks the American stamp instead, month first.
fn digit_order(inner: &str, labelled: bool) -> DigitOrder {
    let words = || {
        inner
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '.']))
    };
    // `7:20pm`, the mark glued in lower case, is how British, Irish, Indian and Australian
    // pages print the time too: no clue to the order.
    let glued_lower = |word: &str| {
        ["am", "pm"]
            .iter()
            .any(|mark| word.len() > mark.len() && word.ends_with(mark))
    };
    let twelve_hour = words().any(|word| {
        let lower = word.to_ascii_lowercase();
        ["am", "pm", "a.m", "p.m"].iter().any(|mark| {
            lower.ends_with(mark) && (lower == *mark || is_clock_word(&lower) && !glued_lower(word))
        })
    });
    let american_zone = words().any(|word| calendar::NORTH_AMERICAN_TIME_ZONES.contains(&word));
    // A clock on the 24-hour dial, with no mark after it.
    let clock = words().any(|word| {
        is_clock_word(word) && word.contains(':') && word.ends_with(|c: char| c.is_ascii_digit())
    });
    if twelve_hour || american_zone {
        DigitOrder::MonthFirst
    } else if labelled || clock {
        DigitOrder::DayFirst
    } else {
        DigitOrder::Unclear
    }
}

/// A whole paragraph that is nothing but a date with its year (`March 5, 2024`, `Monday 10
/// February 2020`, `Mon 10 Feb 2020 12.30 GMT`, `2024-03-05`, `15th of January 2026`): a
/// weekday, a clock time and a zone may stand beside the date, and no other word.
pub fn bare_date_line(inner: &str) -> Option<jiff::civil::Date> {
    bare_date_in(inner, false)
}

/// [`bare_date_line`], told whether a date-line keyword `labelled` the line: digits whose day
/// and month could swap are read in the order [`digit_order`] gives.
fn bare_date_in(inner: &str, labelled: bool) -> Option<jiff::civil::Date> {
    if inner.len() > MAX_PUBLICATION_LINE {
        return None;
    }
    let inner = without_zone_time(inner);
    let order = digit_order(inner, labelled);
    let mut iso = None;
    let mut after_clock = false;
    let mut after_day = false;
    for word in inner.split_whitespace() {
        let word = word.trim_end_matches([',', '.']);
        // `15th of January 2026`: "of" after the day.
        let day_of = after_day && word == "of";
        after_day = word.ends_with(|c: char| c.is_ascii_alphabetic())
            && without_ordinal_suffix(word) != word;
        if day_of {
            continue;
        }
        let timestamp = word.get(10..).is_some_and(is_clock_suffix);
        if word.len() == 10 || timestamp {
            if let Some(date) = word
                .get(..10)
                .and_then(|d| d.parse::<jiff::civil::Date>().ok())
            {
                iso = iso.or(Some(date));
                after_clock = timestamp;
                continue;
            }
        }
        if let Some(date) = numeric_date(word, order) {
            iso = iso.or(Some(date));
            after_clock = false;
            continue;
        }
        let unlisted_zone = after_clock && is_unlisted_zone(word);
        if !is_date_line_word(word) && !unlisted_zone {
            return None;
        }
        after_clock =
            is_clock_word(word) || matches!(word, "am" | "pm" | "a.m" | "p.m" | "AM" | "PM");
    }
    iso.or_else(|| stated_date(inner))
}

/// Whether the paragraph is a publication stamp whose date cannot be read for sure
/// (`Published: 09/04/2025 - 17:40`, day and month in either order): a date-line keyword, then
/// a date in digits with its year and nothing but clock and date words.
pub fn unclear_stamp_line(inner: &str) -> bool {
    if inner.len() > MAX_PUBLICATION_LINE || inner.contains('\n') {
        return false;
    }
    let Some(rest) = after_date_keyword(inner) else {
        return false;
    };
    let digit_date = |word: &str| {
        let parts: Vec<&str> = word.split(['/', '.', '-']).collect();
        matches!(parts[..], [day, month, year]
            if [day, month].iter().all(|p| (1..=2).contains(&p.len()))
                && year.len() == 4
                && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())))
    };
    let words: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']))
        .collect();
    words.iter().any(|w| digit_date(w))
        && words.iter().all(|w| digit_date(w) || is_date_line_word(w))
}

/// Most words in the place a header date line may open with (`New Delhi, Feb 11, 2026`).
const MAX_PLACE_WORDS: usize = 3;

/// A header line that gives the publication date: a publication line, a bare date line, or a
/// bare date line after the place the story was filed from (`Nagpur, Feb 11, 2026`).
pub fn header_date_line(inner: &str) -> Option<jiff::civil::Date> {
    let inner = without_reading_time(inner);
    publication_line(inner)
        .or_else(|| bare_date_line(inner))
        .or_else(|| separated_date_line(inner).map(|(date, _)| date))
        .or_else(|| {
            let (before, _) = trailing_credit(inner)?;
            header_date_line(before)
        })
        .or_else(|| named_date_line(inner))
        .or_else(|| {
            let (place, rest) = inner.split_once(", ")?;
            let words = place.split_whitespace().count();
            let named = place.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
                    && !is_date_line_word(w)
            });
            ((1..=MAX_PLACE_WORDS).contains(&words) && named)
                .then(|| publication_line(rest).or_else(|| bare_date_line(rest)))
                .flatten()
        })
}

/// Most words in the writer's name that may open a one-line header before its date.
const MAX_NAME_WORDS: usize = 3;

/// A writer's name and the date on one header line (`Jane Doe 11:02, Mar 05 2024`): two or
/// three capitalised words that are no date words, then a bare date line that opens with a
/// clock time, or any bare date line when the name opens with a given name (`Jane Doe March 5,
/// 2024`); a headline with a date in it (`Floods Hit 5 March 2024`) is neither.
fn named_date_line(inner: &str) -> Option<jiff::civil::Date> {
    let mut rest = inner.trim_start();
    let given_name = rest.split(' ').next().is_some_and(is_given_name);
    let mut names = 0;
    while let Some((word, after)) = rest.split_once(' ') {
        let date_word = is_date_line_word(word.trim_end_matches([',', '.']));
        if date_word {
            break;
        }
        let name = is_name_word(word);
        names += 1;
        if !name || names > MAX_NAME_WORDS {
            return None;
        }
        rest = after.trim_start();
    }
    let clock_first = rest
        .split(' ')
        .next()
        .is_some_and(|word| word.contains(':') && word.starts_with(|c: char| c.is_ascii_digit()));
    (names >= 2 && (clock_first || given_name))
        .then(|| bare_date_line(rest))
        .flatten()
}

/// Whether `word` is a common given name (`Jane`), in any case.
fn is_given_name(word: &str) -> bool {
    let lowered = word.to_lowercase();
    given_names::MALE.binary_search(&lowered.as_str()).is_ok()
        || given_names::FEMALE.binary_search(&lowered.as_str()).is_ok()
}

/// Whether `word` may be a word of a person's name: capitalised, letters, hyphens and
/// apostrophes only.
fn is_name_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
}

/// Whether `name` reads as a writer's name: two or three capitalised words.
fn is_writer_name(name: &str) -> bool {
    (2..=MAX_NAME_WORDS).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(is_name_word)
}

/// What separates the parts of a one-line header (`CBC News · Posted: Jul 09, 2025 4:15 PM`).
const HEADER_SEPARATORS: &[&str] = &[
    " \u{b7} ",
    " | ",
    " \u{2022} ",
    " \u{2014} ",
    " \u{2013} ",
    " / ",
];

/// Most words in a part of a one-line header that is no date (an outlet, a byline).
const MAX_HEADER_PART_WORDS: usize = 5;

/// A one-line header of parts set apart by a separator, one a publication or bare date line and
/// the others short capitalised names (`CBC News · Posted: Jul 09, 2025 4:15 PM MDT`, `By Jane
/// Doe | Published 3 March 2024`, a bar with no space beside it, `Jane Doe |16.05.2025 - Update :
/// 17.05.2025`): the date, and the outlet one of the parts names. A part may be labelled:
/// `Source: Xinhua` names the outlet, `Editor: …` is passed over.
pub fn separated_date_line(inner: &str) -> Option<(jiff::civil::Date, Option<&str>)> {
    if inner.len() > 2 * MAX_PUBLICATION_LINE || inner.contains('\n') {
        return None;
    }
    let parts: Vec<&str> = if inner.contains('|') {
        inner.split('|').collect()
    } else {
        let separator = HEADER_SEPARATORS.iter().find(|s| inner.contains(*s))?;
        inner.split(separator).collect()
    };
    let mut date = None;
    let mut outlet = None;
    for part in parts.into_iter().map(str::trim) {
        let dated = publication_line(part).or_else(|| bare_date_line(without_second_stamp(part)));
        if let Some(found) = dated {
            date = date.or(Some(found));
            continue;
        }
        if is_reading_time(part)
            || is_clock_part(part)
            || labelled(part, layout_labels::STAFF_LABELS).is_some()
        {
            continue;
        }
        let credited = labelled(part, layout_labels::OUTLET_LABELS);
        let part = credited.unwrap_or(part);
        let words: Vec<&str> = part.split_whitespace().collect();
        let named = !words.is_empty()
            && words.len() <= MAX_HEADER_PART_WORDS
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "the" | "by")
            });
        if !named {
            return None;
        }
        let name = part
            .strip_prefix("By ")
            .or_else(|| part.strip_prefix("by "))
            .unwrap_or(part);
        // Capitals after a label or "By" are an outlet's (`Source: XNA`); alone, a place's.
        let credit = credited.is_some() || name.len() < part.len();
        if outlet.is_none() && (credit && names_outlet(name) || names_outlet_alone(name)) {
            outlet = Some(name);
        }
    }
    Some((date?, outlet))
}

/// What follows one of `labels` and its colon opening `part` (`Source: Xinhua`, `Source:Xinhua`),
/// trimmed.
fn labelled<'t>(part: &'t str, labels: &[&str]) -> Option<&'t str> {
    let (label, rest) = part.split_once(':')?;
    labels
        .binary_search(&label.trim_end())
        .is_ok()
        .then_some(rest.trim())
}

/// `line` without a reading time closing it with no separator (`March 5, 2024 4:21 PM 2 min
/// read`).
fn without_reading_time(line: &str) -> &str {
    let mut words = line.rsplitn(4, ' ');
    let tail_len: usize = words.by_ref().take(3).map(|w| w.len() + 1).sum();
    match (words.next(), line.len().checked_sub(tail_len)) {
        (Some(before), Some(at)) if is_reading_time(&line[at + 1..]) => before.trim_end(),
        _ => line,
    }
}

/// Whether a header part tells how long the story takes to read (`5 min read`, `3 mins read`).
fn is_reading_time(part: &str) -> bool {
    let mut words = part.split_whitespace();
    let figure = words
        .next()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    let unit = words
        .next()
        .is_some_and(|w| matches!(w, "min" | "mins" | "minute" | "minutes"));
    figure && unit && words.next() == Some("read") && words.next().is_none()
}

/// A byline block under the headline: a `By …` line of at most `max_line_words` words, then
/// up to three more short lines, each unfinished or telling where the writers reported from
/// (`By Jo Lin and Ada Quist` over `Reporting from Montpelier, Vt.`).
pub fn is_byline_block(inner: &str, max_line_words: usize) -> bool {
    let mut lines = inner.lines().map(str::trim).filter(|line| !line.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let short = |line: &str| line.split_whitespace().count() <= max_line_words;
    // `By Jo Lin | Updated 3 hours ago`: short parts after the names, a stamp or a place.
    let mut parts = first.split(" | ");
    let names = parts.next().unwrap_or(first);
    let byline = names
        .strip_prefix("By ")
        .is_some_and(|names| names.starts_with(char::is_uppercase))
        && (short(names) || writers_then_outlet(names, max_line_words))
        && parts.all(|part| part.split_whitespace().count() <= MAX_HEADER_PART_WORDS)
        && !first.ends_with(['.', '!', '?']);
    let mut count = 1;
    byline
        && lines.all(|line| {
            count += 1;
            count <= MAX_HEADER_LINES
                && short(line)
                && (is_unfinished(line)
                    || strip_prefix_ignore_case(line, "Reporting from ").is_some())
        })
}

/// Whether a `By` line longer than `max_words` names its writers in at most `max_words` words
/// before a comma, each word capitalised or "and", and then short capitalised parts, an
/// outlet or a place (`By Jo Lin and Ada Quist, The Millbrook Evening Post`).
fn writers_then_outlet(line: &str, max_words: usize) -> bool {
    let Some((writers, after)) = line.split_once(", ") else {
        return false;
    };
    let names = writers.split_whitespace().count() <= max_words
        && writers
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "&"));
    names
        && after.split(',').map(str::trim).all(|part| {
            (1..=MAX_HEADER_PART_WORDS).contains(&part.split_whitespace().count())
                && part.starts_with(char::is_uppercase)
        })
}

/// Most lines of a header paragraph that gives the date on one of its lines.
const MAX_HEADER_LINES: usize = 4;

/// A paragraph of two to four short header lines, one of which is a publication or date line
/// and the rest unfinished lines of at most `max_line_words` words ("Health editor Jane
/// Doe\nThursday 14 August 2025 06.00 BST"): the date that line gives.
pub fn date_among_header_lines(inner: &str, max_line_words: usize) -> Option<jiff::civil::Date> {
    let lines = inner.lines().map(str::trim).filter(|line| !line.is_empty());
    if !(2..=MAX_HEADER_LINES).contains(&lines.clone().count()) {
        return None;
    }
    let mut date = None;
    for line in lines {
        match header_date_line(line) {
            Some(found) => date = date.or(Some(found)),
            None if is_unfinished(line)
                && (line.split_whitespace().count() <= max_line_words
                    || is_writers_with_places(line)) => {}
            None => return None,
        }
    }
    date
}

/// Most writers in a byline that names where each of them reported from.
const MAX_PLACED_WRITERS: usize = 5;

/// Whether a line names writers, each with the place they reported from ("Jo Lin in Kyiv and Ada
/// Quist in Moscow", "Jo Lin in Kyiv, Ada Quist in Riga and Tom Reyes in Moscow"): two to five
/// names of two or three capitalised words, each perhaps followed by `in` and a place, and at
/// least one place.
fn is_writers_with_places(line: &str) -> bool {
    let mut writers = 0;
    let mut placed = false;
    for writer in line.split(", ").flat_map(|part| part.split(" and ")) {
        writers += 1;
        let (name, place) = writer.split_once(" in ").unwrap_or((writer, ""));
        placed |= !place.is_empty();
        if !is_writer_name(name)
            || writers > MAX_PLACED_WRITERS
            || !(place.is_empty() || is_place_name(place))
        {
            return false;
        }
    }
    placed && writers >= 2
}

/// Fewest words in a headline printed over its date line in one block: a shorter first line
/// is more likely a byline ("Jane Doe").
const MIN_HEADLINE_OVER_DATE_WORDS: usize = 4;

/// A headline and the date line printed right under it in one block (`Ferry capsizes, 30
/// missing` over `Published 4 March 2024`): the headline's byte length and the date. The first
/// line must read as a headline and not as a byline, so it names no role (`Health editor Jane
/// Doe`) and opens no credit (`By Jane Doe`).
pub fn headline_over_date_line(
    inner: &str,
    max_words: usize,
) -> Option<(usize, jiff::civil::Date)> {
    let (first, second) = inner.split_once('\n')?;
    let (first, second) = (first.trim_end(), second.trim());
    let words = first.split_whitespace().count();
    let names_a_role = first.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        crate::word_set!(person_titles::TITLE_WORDS).contains(word.as_str())
    });
    let headline = words >= MIN_HEADLINE_OVER_DATE_WORDS
        && is_headline_like(first, max_words)
        && header_date_line(first).is_none()
        && !is_credit_line(first)
        && !names_a_role;
    if !headline || second.contains('\n') {
        return None;
    }
    Some((first.len(), header_date_line(second)?))
}

/// A headline with a line naming only a month and its year under it in one block (`The Long
/// Road Home` over `June 2019`, as features and magazines print their issue): the headline's
/// byte length. The first line must pass the checks of [`headline_over_date_line`].
pub fn headline_over_month_line(inner: &str, max_words: usize) -> Option<usize> {
    let (first, second) = inner.split_once('\n')?;
    let (first, second) = (first.trim_end(), second.trim());
    let mut month_words = second.split_whitespace();
    let month_year = match (month_words.next(), month_words.next(), month_words.next()) {
        (Some(month), Some(year), None) => {
            calendar::month_number(month.trim_end_matches(['.', ','])).is_some()
                && year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    };
    let headline = first.split_whitespace().count() >= MIN_HEADLINE_OVER_DATE_WORDS
        && is_headline_like(first, max_words)
        && header_date_line(first).is_none()
        && !is_credit_line(first);
    (month_year && headline).then_some(first.len())
}

/// Whether `word` (its trailing comma or full stop cut) may stand in a line that only gives a
/// date: a weekday, a month, a day or year number, a clock time, "a.m."/"p.m.", a time zone,
/// "at" or "on", or a separating dash or bar.
fn is_date_line_word(word: &str) -> bool {
    // A zone written as an offset from UTC (`+0000`, `-05:00`), as feeds print it.
    let offset = word.strip_prefix(['+', '-']).is_some_and(|digits| {
        let digits = digits.replace(':', "");
        digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
    });
    let day = without_ordinal_suffix(word);
    let number = (word.bytes().all(|b| b.is_ascii_digit()) && word.len() == 4)
        || (day.bytes().all(|b| b.is_ascii_digit()) && matches!(day.len(), 1 | 2));
    number
        || calendar::is_weekday(word)
        || calendar::month_number(word).is_some()
        || calendar::TIME_ZONES.contains(&word)
        || is_zone_with_offset(word)
        || offset
        || matches!(
            word,
            "at" | "on"
                | "On"
                | "am"
                | "pm"
                | "a.m"
                | "p.m"
                | "AM"
                | "PM"
                | "|"
                | "-"
                | "\u{2013}"
                | "\u{2014}"
                | "\u{2022}"
                | "\u{b7}"
        )
        || is_clock_word(word)
}

/// Whether `word` is a clock time (`21:40`, `9.30pm`, `10:05:00`).
fn is_clock_word(word: &str) -> bool {
    let w = ["am", "pm", "a.m", "p.m"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    let parts = w.split([':', '.']).count();
    (parts == 2 || parts == 3 && w.contains(':'))
        && w.split([':', '.'])
            .all(|part| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `word` names a zone by its hours from universal time (`UTC+3`, `GMT-05:00`,
/// `UTC+5:30`).
fn is_zone_with_offset(word: &str) -> bool {
    let Some(hours) = ["UTC", "GMT"]
        .iter()
        .find_map(|zone| word.strip_prefix(zone))
        .and_then(|rest| rest.strip_prefix(['+', '-', '\u{2212}']))
    else {
        return false;
    };
    let (hours, minutes) = hours.split_once(':').unwrap_or((hours, "00"));
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours
            .bytes()
            .chain(minutes.bytes())
            .all(|b| b.is_ascii_digit())
}

/// Most capital letters in a time-zone abbreviation that is not listed (`NZDT`, `WITA`).
const MAX_UNLISTED_ZONE_LETTERS: usize = 5;

/// Whether `word`, right after a clock time on a date line, reads as a time-zone abbreviation
/// even when it is not listed: two to five capital letters (`21:40 XYT`). Its offset is unknown,
/// and the line's date still reads.
fn is_unlisted_zone(word: &str) -> bool {
    (2..=MAX_UNLISTED_ZONE_LETTERS).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A day number without its ordinal suffix ("5th" → "5"); other words as they are.
fn without_ordinal_suffix(word: &str) -> &str {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .filter(|day| !day.is_empty() && day.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or(word)
}

/// Whether the whole paragraph is a piece of page furniture ("Advertisement", "Read more").
pub fn is_whole_line_label(inner: &str) -> bool {
    let core = inner.trim_end_matches([':', '.', ' ', '\u{2026}']);
    core.len() <= 40 && is_listed_label(layout_labels::WHOLE_LINES, core)
}

/// Whether the paragraph is the heading of a box of points inside the story (`Key points:`,
/// `What we know so far`, `At a glance`): the short lines under it are its points.
pub fn is_box_heading(inner: &str) -> bool {
    let core = inner.trim().trim_end_matches([':', ' ']);
    core.len() <= 40 && is_listed_label(layout_labels::BOX_HEADINGS, core)
}

/// Whether the paragraph leads into a list of the story's points: it closes with a colon (`The
/// plan includes:`, `Attack sites:`) and no word of it points to other pages (`Related links:`,
/// `More from Sport:`), whose lines below are links.
pub fn is_list_lead(inner: &str) -> bool {
    inner.ends_with(':')
        && !inner.split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            is_listed_label(layout_labels::NAVIGATION_HEADING_WORDS, word)
        })
}

/// The most words of a date labelling an entry of a timeline or listing (`Saturday 16 March`).
const MAX_DATE_LABEL_WORDS: usize = 4;

/// Whether the paragraph is an entry of a timeline or listing: a label of nothing but calendar
/// words before a colon (a weekday, a month, a day's or year's figure) and text after it
/// (`March 2021: Contract signed`, `Friday: jazz tent`); a clock time (`6:30pm`) is no label.
pub fn is_dated_entry(inner: &str) -> bool {
    let Some((label, rest)) = inner.split_once(':') else {
        return false;
    };
    let mut words = label
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']));
    let calendar_word = |word: &str| {
        let figure = without_ordinal_suffix(word);
        calendar::is_weekday(word)
            || calendar::month_number(word).is_some()
            || matches!(figure.len(), 1 | 2 | 4) && figure.bytes().all(|b| b.is_ascii_digit())
    };
    rest.starts_with(char::is_whitespace)
        && !rest.trim().is_empty()
        && label.split_whitespace().count() <= MAX_DATE_LABEL_WORDS
        && words.next().is_some_and(calendar_word)
        && words.all(calendar_word)
}

/// Whether the paragraph is a press release's label alone on its line (`PRESS RELEASE`, `News
/// release:`): header furniture above the release's headline.
pub fn is_release_label(inner: &str) -> bool {
    let core = inner.trim().trim_end_matches([':', '.', ' ']);
    core.len() <= 40 && is_listed_label(layout_labels::RELEASE_LABELS, core)
}

/// How a paragraph stands to a picture's caption: `Some(true)` for a caption label alone on its
/// line ("Image caption,": the next paragraph is the caption), `Some(false)` for a line that
/// is a caption or credit itself ("Image source, Getty Images"), `None` for other text.
pub fn caption_label(inner: &str) -> Option<bool> {
    layout_labels::CAPTION_LABELS.iter().find_map(|label| {
        let rest = strip_prefix_ignore_case(inner, label)?;
        let rest = rest.trim_start_matches([',', ':', ' ', '\r', '\n']);
        if rest.len() == inner.len() - label.len() && !rest.is_empty() {
            // A word goes on without a comma or colon: "Image captions are …" is prose.
            return None;
        }
        Some(rest.is_empty())
    })
}

/// Separators of the parts of a web page's breadcrumb trail ("Home > News > World").
const BREADCRUMB_SEPARATORS: [&str; 4] = [" > ", " › ", " » ", " / "];

/// Most parts of a breadcrumb trail, and most words in one part.
const MAX_BREADCRUMB_PARTS: usize = 8;
const MAX_BREADCRUMB_PART_WORDS: usize = 4;

/// Whether the paragraph is a web page's breadcrumb trail ("Home > News > World", "News »
/// Business"): two or more short capitalised parts on one line joined by one separator.
pub fn is_breadcrumb(inner: &str) -> bool {
    let line = inner.trim();
    if line.contains('\n') {
        return false;
    }
    // Most paragraphs hold no separator at all: they are passed over without splitting.
    BREADCRUMB_SEPARATORS
        .iter()
        .filter(|separator| line.contains(*separator))
        .any(|separator| {
            (2..=MAX_BREADCRUMB_PARTS).contains(&line.split(separator).count())
                && line.split(separator).map(str::trim).all(|part| {
                    part.starts_with(char::is_uppercase)
                        && part.split_whitespace().count() <= MAX_BREADCRUMB_PART_WORDS
                        && !part.ends_with(['.', '!', '?'])
                })
        })
}

/// Fewest items of a navigation menu, and most words in one item ("Home", "Sign in").
const MIN_NAVIGATION_ITEMS: usize = 3;
const MAX_NAVIGATION_ITEM_WORDS: usize = 3;

/// Most words on any line of a navigation menu ("Subscribe for a week free").
const MAX_NAVIGATION_LINE_WORDS: usize = 6;

/// Marks that close a line of prose rather than a menu's item.
const LINE_CLOSERS: [char; 6] = ['.', '!', '?', ':', ',', ';'];

/// Whether a header paragraph is a web page's navigation menu (`Home` over `News` over
/// `Business` over `Sign in`): three or more items ([`is_navigation_item`]) making up most of
/// its lines, no line longer than six words or closed like prose, and no byline or date line.
pub fn is_navigation_block(inner: &str) -> bool {
    let lines = || inner.lines().map(str::trim).filter(|line| !line.is_empty());
    let items = lines().filter(|line| is_navigation_item(line)).count();
    items >= MIN_NAVIGATION_ITEMS
        && items * 2 > lines().count()
        && lines().all(|line| {
            line.split_whitespace().count() <= MAX_NAVIGATION_LINE_WORDS
                && !line.ends_with(LINE_CLOSERS)
                && !line.starts_with("By ")
                && header_date_line(line).is_none()
        })
}

/// Whether a line reads as an item of a navigation menu: one to three words, capitalised,
/// without digits or a closing mark, and neither a byline nor an outlet's name.
pub fn is_navigation_item(line: &str) -> bool {
    let line = line.trim();
    (1..=MAX_NAVIGATION_ITEM_WORDS).contains(&line.split_whitespace().count())
        && line.starts_with(char::is_uppercase)
        && !line.contains(|c: char| c.is_ascii_digit() || c == '\n')
        && !line.ends_with(LINE_CLOSERS)
        && !line.starts_with("By ")
        && !names_outlet_alone(line)
}

/// Whether a paragraph may be one item of a navigation menu printed one item to a paragraph
/// (`Menu`, `Sign in`, `Skip to main content`).
pub fn is_navigation_paragraph(inner: &str) -> bool {
    is_navigation_item(inner) || is_whole_line_label(inner)
}

/// Fewest items in a row that make a navigation menu printed one item to a paragraph.
pub const MIN_NAVIGATION_RUN: usize = MIN_NAVIGATION_ITEMS;

/// Longest cookie-consent banner read as one, in bytes.
const MAX_COOKIE_NOTICE: usize = 1000;

/// Whether a paragraph is a cookie-consent banner: it mentions cookies and a choice about them
/// (`We use cookies … By clicking "Accept all", you agree …`, `Manage preferences`).
pub fn is_cookie_notice(inner: &str) -> bool {
    if inner.len() > MAX_COOKIE_NOTICE {
        return false;
    }
    let lower = inner.to_lowercase();
    lower.contains("cookie")
        && lower
            .split(|c: char| !c.is_alphabetic())
            .any(|word| layout_labels::CONSENT_WORDS.binary_search(&word).is_ok())
}

/// What separates a web page's title from the site's name closing it (`… | The Daily Planet`).
const TITLE_SEPARATORS: [&str; 4] = [" | ", " - ", " \u{2013} ", " \u{2014} "];

/// Fewest words of the headline before the site's name in a page's title.
const MIN_TITLE_HEADLINE_WORDS: usize = 3;

/// A web page's title on one line: a headline closed by the site's name after a bar or dash
/// (`Ferry fares to double | The Daily Planet`, `Pier to close - Valley Courier`). The length
/// of the headline and the outlet; a writer's name before the bar is a byline, not a headline,
/// and a date before it (`4 March 2025 | Valley Media`) is a date line.
pub fn title_with_outlet(inner: &str) -> Option<(usize, &str)> {
    if inner.contains('\n') || inner.len() > MAX_PREFIX * 2 {
        return None;
    }
    let (at, separator) = TITLE_SEPARATORS
        .iter()
        .filter_map(|separator| Some((inner.rfind(separator)?, separator.len())))
        .max_by_key(|&(at, _)| at)?;
    let headline = inner.get(..at)?.trim_end();
    let outlet = inner.get(at + separator..)?.trim();
    let headline = without_title_section(headline, &inner[at..at + separator]);
    (headline.split_whitespace().count() >= MIN_TITLE_HEADLINE_WORDS
        && !is_writer_name(headline)
        && header_date_line(headline).is_none()
        && names_outlet_alone(outlet))
    .then_some((headline.len(), outlet))
}

/// Most words in the section a page title names between its headline and its outlet.
const MAX_TITLE_SECTION_WORDS: usize = 2;

/// `headline` of a page title without the section closing it after the same `separator` as the
/// outlet's (`Rates held steady | Markets` of `… | Markets | The Ledger`): one or two capitalised
/// words, with a headline of at least [`MIN_TITLE_HEADLINE_WORDS`] words before them.
fn without_title_section<'t>(headline: &'t str, separator: &str) -> &'t str {
    let Some(at) = headline.rfind(separator) else {
        return headline;
    };
    let section = headline[at + separator.len()..].trim();
    let words = section.split_whitespace().count();
    let named = (1..=MAX_TITLE_SECTION_WORDS).contains(&words)
        && section
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    let before = headline[..at].trim_end();
    if named && before.split_whitespace().count() >= MIN_TITLE_HEADLINE_WORDS {
        before
    } else {
        headline
    }
}

/// Whether the paragraph's first line marks where a web page's links and topics begin
/// ("Related Topics", the topics perhaps on the lines below it): nothing after it is the story.
pub fn is_tail_marker(inner: &str) -> bool {
    let first_line = inner.lines().next().unwrap_or("");
    let core = first_line.trim_end_matches([':', '.', ',', ' ', '\r']);
    is_listed_label(layout_labels::TAIL_MARKERS, core)
}

/// Whether the paragraph opens with the label of a press release's contacts (`Media contact:`,
/// the contacts after it or below it): under the story, nothing from it on is the story's.
pub fn is_press_contacts(inner: &str) -> bool {
    let first_line = inner.lines().next().unwrap_or("");
    let label = first_line
        .split_once(':')
        .map_or(first_line, |(label, _)| label);
    is_listed_label(layout_labels::PRESS_CONTACT_LABELS, label.trim())
}

/// Most words of the company a press release's `About <Company>` heading names.
const MAX_ABOUT_WORDS: usize = 5;

/// Whether the paragraph is the heading of a press release's closing boilerplate about the
/// company (`About Harbour Robotics` over `Harbour Robotics is a maker of …`): "About", perhaps
/// "the", and a capitalised name (lower-case links such as "for" and "of" between its words)
/// with nothing after it, the next paragraph opening with that name (its words capitalised as
/// in the heading), with "The" and that name, or with the initials of its capitalised words
/// (`About the Board of Harbour Pilots` over `BHP was founded …`).
pub fn is_about_heading(inner: &str, next: Option<&str>) -> bool {
    let Some(name) = strip_prefix_ignore_case(inner.trim(), "about ") else {
        return false;
    };
    let name = strip_prefix_ignore_case(name, "the ").unwrap_or(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let named = (1..=MAX_ABOUT_WORDS).contains(&words.len())
        && words.first().is_some_and(|w| capitalised(w))
        && words.last().is_some_and(|w| capitalised(w))
        && words.iter().all(|w| {
            capitalised(w)
                || layout_labels::ORGANISATION_NAME_LINKS
                    .binary_search(w)
                    .is_ok()
        })
        && !name.contains('\n')
        && is_unfinished(name);
    let Some(next) = next.filter(|_| named) else {
        return false;
    };
    // In any case, but each word capitalised as the heading has it: `About the Plant` over `The
    // plant will …` is a subheading of the story, not the company's boilerplate.
    let opens_with = |text: &str, start: &str| {
        text.get(..start.len()).is_some_and(|head| {
            head.eq_ignore_ascii_case(start)
                && head
                    .split(' ')
                    .zip(start.split(' '))
                    .all(|(a, b)| a.starts_with(char::is_uppercase) == capitalised(b))
        })
    };
    let after_the = strip_prefix_ignore_case(next, "the ").unwrap_or(next);
    let initials: String = words
        .iter()
        .filter(|w| capitalised(w))
        .filter_map(|w| w.chars().next())
        .collect();
    let by_initials = initials.chars().count() >= 2
        && next.starts_with(initials.as_str())
        && !next[initials.len()..].starts_with(char::is_alphanumeric);
    opens_with(next, name) || opens_with(after_the, name) || by_initials
}

/// Whether the paragraph is a wire credit ("(Reporting by A; Editing by B)", "Written by A"),
/// or a desk's closing credit of editors' initials and agencies ("dh/rt (AFP, dpa)", "(AFP)",
/// "— Reuters", "With AFP").
pub fn is_credit_line(inner: &str) -> bool {
    let rest = inner.trim_start_matches(['(', '[', '-', '\u{2014}', '\u{2013}', ' ']);
    layout_labels::CREDIT_OPENINGS
        .iter()
        .any(|opening| strip_prefix_ignore_case(rest, opening).is_some())
        || is_agency_credit(inner.trim())
        || is_inputs_credit(inner.trim())
}

/// "With inputs from PTI", "(With inputs from agencies)", "- With inputs from PTI and ANI": a
/// closing credit of the agencies the story drew on, each a wire credit or unnamed agencies.
fn is_inputs_credit(line: &str) -> bool {
    if line.len() > MAX_PREFIX || line.contains('\n') {
        return false;
    }
    let core = line
        .trim_start_matches(['(', '[', '-', '\u{2014}', '\u{2013}', ' '])
        .trim_end_matches([')', ']', '.', ' ']);
    let Some(agencies) = layout_labels::INPUTS_CREDIT_OPENINGS
        .iter()
        .find_map(|opening| strip_prefix_ignore_case(core, opening))
        .and_then(|rest| rest.strip_prefix(' '))
    else {
        return false;
    };
    agencies
        .split([',', '/', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .all(|name| {
            let name = name.strip_prefix("and ").unwrap_or(name);
            is_wire_credit(name)
                || layout_labels::UNNAMED_AGENCIES
                    .iter()
                    .any(|unnamed| unnamed.eq_ignore_ascii_case(name))
        })
}

/// "dh/rt (AFP, dpa)", "(AFP)", "— AFP", "-- Reuters", "With AFP, Reuters": editors'
/// initials joined by slashes, agencies in brackets, after a dash or after "With".
fn is_agency_credit(line: &str) -> bool {
    if line.len() > MAX_PREFIX || line.contains('\n') {
        return false;
    }
    let (initials, rest) = line.split_once(' ').unwrap_or((line, ""));
    // `bur-sjt/ami`: desks' codes may be joined by hyphens too.
    let has_initials = initials.contains('/')
        && initials.split(['/', '-']).all(|part| {
            (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase())
        });
    if has_initials && rest.trim().is_empty() {
        // `bur/dh/sst`: the editors' initials alone (`and/or` is a word).
        return !initials
            .split(['/', '-'])
            .any(|part| matches!(part, "and" | "or"));
    }
    let rest = if has_initials { rest.trim() } else { line };
    credited_agencies(rest, has_initials).is_some_and(|agencies| {
        // `— The Canadian Press`: one press agency's name of several words.
        is_press_credit(agencies)
            || agencies
                .split([',', '/'])
                .flat_map(|part| part.split(" and "))
                .map(str::trim)
                .all(|name| is_wire_credit(name.strip_prefix("and ").unwrap_or(name)))
    })
}

/// What a closing credit names in brackets, or after a dash or "With" (not after editors'
/// `initials`): `AFP, dpa` of `(AFP, dpa)`, `The Canadian Press` of `— The Canadian Press`.
fn credited_agencies(rest: &str, initials: bool) -> Option<&str> {
    if let Some(inside) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        return Some(inside);
    }
    // `— With AFP`: a dash may open "With" too.
    rest.strip_prefix(['\u{2014}', '\u{2013}'])
        .or_else(|| rest.strip_prefix("--"))
        .map(|after| after.trim_start())
        .map(|after| after.strip_prefix("With ").unwrap_or(after))
        .or_else(|| rest.strip_prefix("With "))
        .filter(|_| !initials)
        .map(str::trim)
}

/// The outlet a closing credit line names when it credits a single agency (`— Reuters`,
/// `(The Canadian Press)`, `With AFP`); `None` for several agencies or editors' initials.
pub fn credit_line_outlet(inner: &str) -> Option<&str> {
    let line = inner.trim();
    if !is_agency_credit(line) {
        return None;
    }
    let name = credited_agencies(line, false)?;
    let single = !name.contains([',', '/']) && !name.contains(" and ");
    (single && (is_wire_credit(name) || is_press_credit(name))).then_some(name)
}

/// Most words in a press agency's name (a single word is [`is_wire_credit`]'s) credited in brackets or after a dash (`The Associated
/// Press`, `Canadian Press`).
const MAX_PRESS_CREDIT_WORDS: usize = 4;

/// Whether `name` is a press agency's name of two to four capitalised words that closes with a
/// media word (`Canadian Press`, `The Associated Press`, `Metro News`), or with "Service" after
/// one (`Northern News Service`): a wire credit in a dateline or closing the story.
fn is_press_credit(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    });
    let media = |w: &&str| layout_labels::MEDIA_WORDS.binary_search(w).is_ok();
    let closes = match words.split_last() {
        Some((last, before)) if *last == "Service" => before.last().is_some_and(media),
        Some((last, _)) => media(last),
        None => false,
    };
    (2..=MAX_PRESS_CREDIT_WORDS).contains(&words.len()) && capitalised && closes
}

/// Whether the paragraph is one line that links to another page ("Read more: What the vote
/// means for you", "WATCH: Drone footage of the fire", "Also Read | Metro line approved").
pub fn is_link_line(inner: &str) -> bool {
    !inner.contains('\n')
        && opening_label(inner, b":|").is_some_and(|(phrase, _)| {
            is_listed_label(layout_labels::LINK_PREFIXES, phrase.trim_end())
        })
}

/// The phrase before the first of `marks` (ASCII punctuation) in the paragraph's first
/// [`MAX_PREFIX`] bytes, and the mark's byte offset: where a label such as "Read more:" or
/// "Editor's note:" would end. Searched byte by byte: an ASCII mark is never part of a longer
/// character.
fn opening_label<'t>(inner: &'t str, marks: &[u8]) -> Option<(&'t str, usize)> {
    let window = inner
        .as_bytes()
        .get(..MAX_PREFIX)
        .unwrap_or(inner.as_bytes());
    let at = window.iter().position(|b| marks.contains(b))?;
    Some((inner.get(..at)?, at))
}

/// Whether `phrase` is one of `labels`, ignoring ASCII case.
fn is_listed_label(labels: &[&str], phrase: &str) -> bool {
    labels
        .iter()
        .any(|label| label.eq_ignore_ascii_case(phrase))
}

/// The longest paragraph read as one line of page furniture, in bytes (a picture's caption
/// with its credit may be long).
const MAX_FURNITURE_LINE: usize = 400;

/// Most words before "contributed" in a closing desk credit (`Associated Press writer Jo Lin
/// contributed from Lagos.`).
const MAX_CONTRIBUTOR_WORDS: usize = 12;

/// Whether the paragraph is page furniture of one line: a separator with no letter or digit
/// (`___`, `* * *`), a line opening with a furniture phrase (`Sign up for our newsletter`), a
/// closing desk credit (`Jo Lin contributed to this report.`), a picture's caption closed by its
/// credit (`… Photograph: Jo Lin/Reuters`, `(AP Photo/Jo Lin)`) or opened by `FILE PHOTO:`, or a
/// live page's stamp alone (`10:15 GMT`, `2h ago`, `Updated at 09.30 GMT`).
pub fn is_page_furniture(inner: &str) -> bool {
    if !inner.chars().any(char::is_alphanumeric) {
        return true;
    }
    if inner.len() > MAX_FURNITURE_LINE || inner.contains('\n') {
        return false;
    }
    let line = inner.trim_start_matches(['-', '\u{2014}', '\u{2013}', ' ']);
    layout_labels::FURNITURE_OPENINGS
        .iter()
        .any(|opening| strip_prefix_ignore_case(line, opening).is_some())
        || is_channel_invitation(line)
        || is_contribution_credit(line)
        || is_programme_credit(line)
        || is_picture_caption(line)
        || is_stamp_alone(line)
        || is_release_source(line)
        || is_app_invitation(line)
        || is_republication_note(line)
        || is_tag_list(line)
}

/// Most words between "Download the" and "app" in an invitation to a news site's app
/// (`Download the Valley News 9 app for alerts`).
const MAX_APP_NAME_WORDS: usize = 5;

/// Whether the line invites readers to download the site's app (`Download our app`, `Download
/// the free Harbour Post app for breaking news alerts`): "Download the" or "Download our", then
/// "app" within a few words, each of them capitalised, a number or "free".
fn is_app_invitation(line: &str) -> bool {
    let Some(rest) = strip_prefix_ignore_case(line, "download the ")
        .or_else(|| strip_prefix_ignore_case(line, "download our "))
    else {
        return false;
    };
    let is_app =
        |w: &str| -> bool { matches!(w.trim_end_matches(['.', ',', '!', ':']), "app" | "apps") };
    let Some(at) = rest
        .split_whitespace()
        .take(MAX_APP_NAME_WORDS + 1)
        .position(is_app)
    else {
        return false;
    };
    rest.split_whitespace()
        .take(at)
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || w == "free")
}

/// Whether the line notes that the story is republished (`This article originally appeared in
/// The Harbour Post.`, `A version of this story was first published by …`, `This article is
/// republished from …`): "This" and a piece from [`layout_labels::REPUBLISHED_PIECES`], perhaps
/// an auxiliary and "originally" or "first", then a verb from
/// [`layout_labels::REPUBLICATION_VERBS`] and a preposition.
fn is_republication_note(line: &str) -> bool {
    let line = strip_prefix_ignore_case(line, "a version of ").unwrap_or(line);
    let Some(rest) = strip_prefix_ignore_case(line, "this ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    if !words.next().is_some_and(|piece| {
        layout_labels::REPUBLISHED_PIECES
            .binary_search(&piece)
            .is_ok()
    }) {
        return false;
    }
    let mut words =
        words.skip_while(|w| matches!(*w, "was" | "is" | "has" | "been" | "originally" | "first"));
    words.next().is_some_and(|verb| {
        layout_labels::REPUBLICATION_VERBS
            .binary_search(&verb)
            .is_ok()
    }) && words
        .next()
        .is_some_and(|w| matches!(w, "in" | "on" | "by" | "from" | "at"))
}

/// Whether the line is a page's list of topic tags (`Topics: drought, farming, rural-health`):
/// a label from [`layout_labels::TAG_LABELS`], then items parted by commas, none closing a
/// sentence.
fn is_tag_list(line: &str) -> bool {
    opening_label(line, b":").is_some_and(|(phrase, colon)| {
        let items = &line[colon + 1..];
        is_listed_label(layout_labels::TAG_LABELS, phrase.trim_end())
            && items.contains(',')
            && !items.trim_end().ends_with(['.', '!', '?'])
    })
}

/// Whether the line is a press release's closing source credit (`SOURCE Harbour Robotics,
/// Inc.`): "SOURCE" in capitals, then a name in mixed case.
fn is_release_source(line: &str) -> bool {
    line.strip_prefix("SOURCE ").is_some_and(|name| {
        name.starts_with(char::is_uppercase)
            && name.contains(char::is_lowercase)
            && name.split_whitespace().count() <= MAX_PRESS_SOURCE_WORDS
    })
}

/// Most words of the company a press release's `SOURCE` line names.
const MAX_PRESS_SOURCE_WORDS: usize = 8;

/// Most words between "Join our" and the messaging service it names (`Join our official
/// WhatsApp channel`).
const MAX_JOIN_WORDS: usize = 3;

/// Whether the line invites readers to a news site's messaging channel (`Join our WhatsApp
/// channel for updates`, `Join us on Telegram`): an opening from
/// [`layout_labels::JOIN_OPENINGS`], then a messaging service within a few words.
fn is_channel_invitation(line: &str) -> bool {
    layout_labels::JOIN_OPENINGS
        .iter()
        .find_map(|opening| strip_prefix_ignore_case(line, opening))
        .filter(|rest| rest.starts_with(' '))
        .is_some_and(|rest| {
            rest.split_whitespace().take(MAX_JOIN_WORDS).any(|word| {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                is_listed_label(layout_labels::MESSAGING_CHANNELS, word)
            })
        })
}

/// Most words in a programme's name after "Heard on".
const MAX_PROGRAMME_WORDS: usize = 6;

/// Whether the line names the programme a story was broadcast on (`Heard on Morning Desk`): an
/// opening from [`layout_labels::PROGRAMME_CREDITS`], then a short capitalised name without a
/// closing mark or a word of a date (`Heard on Friday` is a sentence's start).
fn is_programme_credit(line: &str) -> bool {
    let Some(name) = layout_labels::PROGRAMME_CREDITS
        .iter()
        .find_map(|opening| line.strip_prefix(opening))
    else {
        return false;
    };
    let words = name.split_whitespace().count();
    (1..=MAX_PROGRAMME_WORDS).contains(&words)
        && name.starts_with(char::is_uppercase)
        && !name.ends_with(['.', '!', '?', ',', ':', ';'])
        && name
            .split_whitespace()
            .all(|w| (w.starts_with(char::is_uppercase) || w.len() <= 3) && !is_date_line_word(w))
}

/// Most words in a sentence read as a note that the story is still being written.
const MAX_UPDATE_NOTE_WORDS: usize = 16;

/// Whether the paragraph is furniture of several kinds, on lines (`Related: …` over `Share this
/// article`) or sentences (`The Daily Planet will update this story. Sign up for alerts.`) of
/// its own: each line one-line furniture, or each sentence a note that the story is still being
/// written (`This is a developing story.`) or furniture.
pub fn is_furniture_block(inner: &str) -> bool {
    if inner.len() > MAX_FURNITURE_LINE {
        return false;
    }
    let one_line = |line: &str| {
        is_whole_line_label(line)
            || is_link_line(line)
            || is_page_furniture(line)
            || is_update_note(line)
    };
    if inner.contains('\n') {
        return inner
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .all(one_line);
    }
    if !UPDATE_NOTE_RE.is_match(inner) {
        return false;
    }
    let sentences = super::sentences::split_sentences(inner, Span::new(0, inner.len()));
    sentences
        .iter()
        .any(|sentence| is_update_note(sentence.of(inner)))
        && sentences
            .iter()
            .all(|sentence| one_line(sentence.of(inner)))
}

/// Any of [`layout_labels::UPDATE_NOTES`], in any case: looked for in every short paragraph,
/// so in one pass over it rather than a lower-case copy searched once per note.
static UPDATE_NOTE_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let notes: Vec<String> = layout_labels::UPDATE_NOTES
        .iter()
        .map(|note| regex::escape(note))
        .collect();
    regex::Regex::new(&format!("(?i){}", notes.join("|")))
        .expect("the update notes make a valid regex")
});

/// `This story will be updated.`, `The Daily Planet will update this story as information
/// becomes available.`: a short sentence without quote marks holding an update note.
fn is_update_note(sentence: &str) -> bool {
    if sentence.split_whitespace().count() > MAX_UPDATE_NOTE_WORDS
        || sentence.contains(['"', '\u{201c}', '\u{201d}'])
    {
        return false;
    }
    let lowered = sentence.to_lowercase();
    layout_labels::UPDATE_NOTES
        .iter()
        .any(|note| lowered.contains(note))
}

/// `Jo Lin contributed to this report.`, `CNBC's Jo Lin contributed reporting.`, `Associated
/// Press writer Jo Lin contributed from Lagos.`: a short credit closed by a full stop.
fn is_contribution_credit(line: &str) -> bool {
    let Some((who, tail)) = line.split_once(" contributed") else {
        return false;
    };
    let tail = tail.trim_start();
    let Some(tail) = tail.strip_suffix('.') else {
        return false;
    };
    let named = who.starts_with(char::is_uppercase)
        && who.split_whitespace().count() <= MAX_CONTRIBUTOR_WORDS
        && !who.contains(['.', '"', '\u{201c}']);
    named
        && layout_labels::CONTRIBUTION_TAILS.iter().any(|known| {
            tail == *known
                || tail.strip_prefix(known).is_some_and(|rest| {
                    // `from` names a place: `contributed from her savings` is a sentence.
                    let rest = rest.strip_prefix(' ');
                    !known.is_empty()
                        && rest
                            .is_some_and(|r| *known != "from" || r.starts_with(char::is_uppercase))
                })
        })
}

/// Most words in a picture's credit after its label (`Photograph: Jo Lin/Reuters`).
const MAX_PICTURE_CREDIT_WORDS: usize = 6;

/// A picture's caption: opened by `FILE PHOTO:`, or closed by its credit (`Photograph: Jo
/// Lin/Reuters`, `(AP Photo/Jo Lin)`, `(Photo: Jo Lin/Getty Images)`, `(Image: Jo Lin)`).
fn is_picture_caption(line: &str) -> bool {
    if line.starts_with("FILE PHOTO:") {
        return true;
    }
    // `Photo: Crowds at the gate. (Jo Lin/Reuters)`: a caption opened by its label.
    let labelled = opening_label(line, b":").is_some_and(|(phrase, colon)| {
        is_listed_label(layout_labels::PICTURE_LABELS, phrase)
            && line[colon + 1..].starts_with(' ')
            && !line[colon + 1..].trim().is_empty()
    });
    if labelled {
        return true;
    }
    let core = line.trim_end_matches(['.', ' ']);
    let bracketed = core.strip_suffix(')');
    let core = bracketed.unwrap_or(core);
    layout_labels::PICTURE_CREDITS.iter().any(|label| {
        let Some(at) = core.rfind(label) else {
            return false;
        };
        let credit = &core[at + label.len()..];
        let opens = core[..at].trim_end();
        let set_apart = match bracketed {
            Some(_) => opens.ends_with('('),
            None => opens.is_empty() || opens.ends_with(['.', '!', '?']) || at == 0,
        };
        set_apart
            && credit.split_whitespace().count() <= MAX_PICTURE_CREDIT_WORDS
            && !credit.contains(['.', '(', ')'])
    })
}

/// A live page's stamp alone on its line: clock times and zones (`10:15 GMT`, `9:14 p.m.
/// ET`), perhaps after `Updated at`, an age (`2h ago`, `35 minutes ago`), or a count of comments
/// (`12 comments`).
fn is_stamp_alone(line: &str) -> bool {
    if let Some((count, noun)) = line.split_once(' ') {
        if count.bytes().all(|b| b.is_ascii_digit()) && matches!(noun, "comments" | "comment") {
            return true;
        }
    }
    let rest = strip_prefix_ignore_case(line, "updated at ")
        .or_else(|| strip_prefix_ignore_case(line, "updated "))
        .unwrap_or(line);
    // Read lazily, the cheapest test that most lines fail first: a paragraph of prose is
    // ruled out by its first word that is no word of a date line.
    let words = || rest.split_whitespace();
    let starts_with_digit = |word: &str| word.starts_with(|c: char| c.is_ascii_digit());
    if words().next_back() == Some("ago")
        && words().nth(3).is_none()
        && words().next().is_some_and(starts_with_digit)
    {
        return true;
    }
    let clock = |word: &str| word.contains([':', '.']) && starts_with_digit(word);
    words().next().is_some()
        && words().all(|word| is_date_line_word(word.trim_end_matches([',', '.'])))
        && words().any(clock)
        && !words().any(|word| calendar::month_number(word.trim_end_matches(['.', ','])).is_some())
}

/// A label opening the paragraph ("You're reading:", "Agencies add:"): the byte length of the
/// label with its colon and the white space after it.
pub fn label_prefix(inner: &str) -> Option<usize> {
    let (phrase, colon) = opening_label(inner, b":")?;
    if !(is_listed_label(layout_labels::LINE_PREFIXES, phrase) || is_desk_addition(phrase)) {
        return None;
    }
    let rest = &inner[colon + 1..];
    let after = rest.trim_start_matches(is_layout_space);
    Some(inner.len() - after.len())
}

/// Whether the paragraph is a note about the story rather than part of it, opened by a label
/// such as `Editor's note:` or `Correction:`.
pub fn is_story_note(inner: &str) -> bool {
    opening_label(inner, b":")
        .is_some_and(|(phrase, _)| is_listed_label(layout_labels::NOTE_LABELS, phrase.trim_end()))
}

/// Most words in a section label above a headline.
const MAX_KICKER_WORDS: usize = 3;

/// Whether a line is a section label printed above the headline ("Politics", "UK politics",
/// "EXCLUSIVE", "LIVE"): one to three words without a closing mark, in capitals or ending with
/// a section's name, and no outlet's name of two or more words ("BBC News").
pub fn is_kicker(line: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    if !(1..=MAX_KICKER_WORDS).contains(&words)
        || !line.starts_with(char::is_uppercase)
        || line.ends_with(['.', ',', ';', ':', '!', '?'])
        || words > 1 && names_outlet(line)
    {
        return false;
    }
    let capitals = line.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !line.chars().any(char::is_lowercase);
    let last = line.rsplit(' ').next().unwrap_or(line);
    capitals
        || layout_labels::SECTION_NAMES
            .iter()
            .any(|name| name.eq_ignore_ascii_case(last))
}

/// Whether a line in capitals is a tabloid's headline rather than a section label
/// ("BRIDGE THIEF CAUGHT", not "WORLD NEWS" or "BREAKING"): as many words as a section label
/// may have, or more, none of them a section's name.
pub fn is_capitals_headline(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= MAX_KICKER_WORDS
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && !words.iter().any(|word| {
            layout_labels::SECTION_NAMES
                .iter()
                .any(|name| name.eq_ignore_ascii_case(word))
        })
}

/// "Agencies add", "Reuters adds": one to three capitalised words, then a verb of addition.
fn is_desk_addition(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split(' ').take(5).collect();
    let Some((verb, names)) = words.split_last() else {
        return false;
    };
    (1..=3).contains(&names.len())
        && names
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && !names.iter().any(|w| is_pronoun(w))
        && layout_labels::ADDITION_VERBS
            .iter()
            .any(|v| v.eq_ignore_ascii_case(verb))
}

/// A personal pronoun ("She added:" is a speaker's line, not a desk addition).
fn is_pronoun(word: &str) -> bool {
    ["he", "she", "they", "we", "i", "it"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether the paragraph is a copyright notice (`© 2022 Outlet`, `(© Outlet)`, `Copyright …`,
/// `(c) 2025 Outlet`, `(c) Outlet 2025`).
pub fn is_copyright_line(inner: &str) -> bool {
    let rest = inner.strip_prefix('(').unwrap_or(inner);
    rest.starts_with('©')
        || strip_prefix_ignore_case(rest, "copyright")
            .is_some_and(|after| after.starts_with([' ', '©', '(']))
        || is_letter_c_notice(inner)
}

/// Whether the paragraph is a copyright notice written with a bracketed letter for the sign
/// (`(c) 2025 Outlet`, `(C) The Outlet 2025`): one short line whose first word after the sign
/// is capitalised or a year, with a year first or last. A list item (`(c) the budget for
/// 2025`) opens lower case.
fn is_letter_c_notice(inner: &str) -> bool {
    let Some(rest) = strip_prefix_ignore_case(inner, "(c) ") else {
        return false;
    };
    let is_year = |word: &str| {
        let word = word.trim_end_matches(['.', ',']);
        word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    inner.len() <= MAX_COPYRIGHT_TAIL
        && !inner.contains('\n')
        && words
            .first()
            .is_some_and(|first| first.starts_with(char::is_uppercase) || is_year(first))
        && (words.first().is_some_and(|w| is_year(w)) || words.last().is_some_and(|w| is_year(w)))
}

/// Where a copyright notice at the end of a paragraph begins (`… on Twitter. (© The Post)`).
pub fn copyright_tail(inner: &str) -> Option<usize> {
    let mark = inner.rfind('©')?;
    if inner.len() - mark > MAX_COPYRIGHT_TAIL {
        return None;
    }
    let start = if inner[..mark].ends_with('(') {
        mark - 1
    } else {
        mark
    };
    let before = inner[..start].trim_end_matches(is_layout_space);
    (before.is_empty() || ends_with_final_punctuation(before)).then_some(start)
}

/// The outlet a copyright notice names: the words after `©`/`Copyright` and the year (or before
/// a closing year, `© Outlet 2024`), up to a full stop, comma, bracket or "All rights reserved".
pub fn copyright_outlet(notice: &str) -> Option<&str> {
    let notice = notice.trim_start_matches(' ');
    let notice = strip_prefix_ignore_case(notice, "(c)").unwrap_or(notice);
    let mut rest = notice.trim_start_matches(['(', ' ']);
    loop {
        let before = rest.len();
        rest = rest.trim_start_matches(|c: char| c == '©' || c.is_ascii_digit() || c == ' ');
        for word in ["copyright", "(c)"] {
            if let Some(after) = strip_prefix_ignore_case(rest, word) {
                rest = after;
            }
        }
        rest = rest.trim_start_matches([',', '-', '\u{2013}', ' ']);
        if rest.len() == before {
            break;
        }
    }
    let end = rest.find([')', ',', '|', '\n']).unwrap_or(rest.len());
    let mut name = &rest[..end];
    if let Some(cut) = name.find(". All") {
        name = &name[..cut];
    }
    let name = name.trim_end_matches(|c: char| c == '.' || is_layout_space(c));
    // `© Outlet 2024`: the year may follow the name as well as lead it.
    let name = name
        .rsplit_once(' ')
        .filter(|(_, year)| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .map_or(name, |(before, _)| before.trim_end());
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then_some(name)
}

/// The outlet a byline names after its writers ("By Paul Kirby, BBC News", "By Jane Doe |
/// Reuters", "By Jane Doe, CNN"): the part after the last comma or bar, when it is a name with
/// a media word in it or an acronym of two to five capitals (a role, "Health Correspondent", is
/// not an outlet), or the part before a closing place the writer filed from ("By Jane Doe, BBC
/// News, Kyiv", "By Jane Doe, BBC News in Kyiv"). With a place, "By" may be left out ("Jane
/// Doe, BBC News, Kyiv").
pub fn byline_outlet(inner: &str) -> Option<&str> {
    let Some(rest) = inner
        .strip_prefix("By ")
        .or_else(|| inner.strip_prefix("BY "))
    else {
        return unmarked_byline_outlet(inner);
    };
    if let Some((_, below)) = rest.split_once('\n') {
        // "By Jane Doe" over "The Daily Planet", "BBC News, Cardiff", "Source: Daily Planet"
        // or "© Daily Planet 2024": the outlet on a line of its own, perhaps with the place
        // filed from after a comma.
        return below.lines().take(2).find_map(|line| {
            let line = line.trim();
            if is_copyright_line(line) {
                return copyright_outlet(line);
            }
            let line = labelled(line, layout_labels::OUTLET_LABELS).unwrap_or(line);
            let line = line.split_once(", ").map_or(line, |(outlet, _)| outlet);
            names_outlet_alone(line).then_some(line)
        });
    }
    if rest.len() > MAX_PREFIX {
        return None;
    }
    // "By AFP", "By Reuters", "By The Daily Planet": the outlet is the byline ("By Emily Post"
    // is a writer's).
    let whole = rest.trim();
    let plainly_outlet = whole.starts_with("The ")
        || whole.bytes().all(|b| b.is_ascii_uppercase())
        || whole.split_whitespace().all(|w| {
            layout_labels::WIRE_SERVICES.binary_search(&w).is_ok()
                || layout_labels::AGENCY_WORDS.binary_search(&w).is_ok()
        });
    // "By Daily Planet Desk", "By Harbour News Service": a desk or a news service is no
    // writer's name.
    let desk = outlet_without_desk(whole).filter(|name| name.len() < whole.len());
    let service = whole.ends_with(" Service") && is_press_credit(whole);
    if !rest.contains([',', '|']) {
        if let Some(name) = desk {
            return Some(name);
        }
        if service || plainly_outlet && names_outlet(whole) {
            return Some(whole);
        }
    }
    outlet_before_place(rest).or_else(|| outlet_after_name(whole))
}

/// The outlet a byline without a comma or bar names after its writer (`Jane Doe Daily Planet`):
/// a known given name and a capitalised surname, then an outlet's name.
fn outlet_after_name(whole: &str) -> Option<&str> {
    if whole.contains([',', '|', '\n']) {
        return None;
    }
    let (given, after) = whole.split_once(' ')?;
    let (surname, outlet) = after.trim_start().split_once(' ')?;
    let outlet = outlet.trim();
    (is_given_name(given) && is_name_word(surname) && names_outlet(outlet)).then_some(outlet)
}

/// Most words in the place a byline closes with (`BBC News, Kyiv`).
const MAX_BYLINE_PLACE_WORDS: usize = 3;

/// The outlet named by the last comma- or bar-separated part of a byline's `rest`, or by the
/// part before a place filed from (`BBC News, Kyiv`, `BBC News in Kyiv`).
fn outlet_before_place(rest: &str) -> Option<&str> {
    if !rest.contains([',', '|']) {
        return None;
    }
    let mut parts = rest.rsplit([',', '|']).map(str::trim);
    let last = parts.next()?;
    if names_outlet(last) {
        return Some(last);
    }
    if let Some((name, place)) = last.rsplit_once(" in ") {
        let name = name.trim_end();
        return (is_place_name(place) && names_outlet(name)).then_some(name);
    }
    let before = parts.next()?;
    (is_place_name(last) && names_outlet(before)).then_some(before)
}

/// Whether `words` read as a place's name: one to three capitalised words.
fn is_place_name(words: &str) -> bool {
    let count = words.split_whitespace().count();
    (1..=MAX_BYLINE_PLACE_WORDS).contains(&count)
        && words
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// The outlet of a byline without "By" that gives a writer's name, the outlet and the place
/// filed from (`Jane Doe, BBC News, Kyiv`): a name of two or three capitalised words first.
/// Without a place, the outlet must plainly be one ([`plainly_outlet_name`])
/// (`Jane Doe, The Daily Planet`, `Jane Doe | AFP`, `Jane Doe The Daily Planet`, or `Jane Doe`
/// over `The Daily Planet`).
pub fn unmarked_byline_outlet(inner: &str) -> Option<&str> {
    if inner.len() > MAX_PREFIX {
        return None;
    }
    if let Some((name, below)) = inner.split_once('\n') {
        let below = below.trim();
        return (is_writer_name(name.trim()) && !below.contains('\n'))
            .then_some(below)
            .filter(|outlet| plainly_outlet_name(outlet));
    }
    let named_apart = [", ", " | ", " The "].iter().find_map(|separator| {
        let (name, outlet) = inner.split_once(separator)?;
        let outlet = if *separator == " The " {
            inner.get(name.len() + 1..)?
        } else {
            outlet.trim()
        };
        (is_writer_name(name) && !outlet.contains([',', '|']) && plainly_outlet_name(outlet))
            .then_some(outlet)
    });
    if named_apart.is_some() {
        return named_apart;
    }
    let mut parts = inner.split(", ");
    let (name, outlet, place) = (parts.next()?, parts.next()?, parts.next()?);
    let outlet = outlet.trim();
    (parts.next().is_none()
        && is_writer_name(name)
        && names_outlet(outlet)
        && is_place_name(place.trim()))
    .then_some(outlet)
}

/// The outlet a name stands for once a closing desk or bureau is taken off it (`Harbour Post
/// News Desk` → `Harbour Post`, `PTI Desk` → `PTI`); `None` when what is left names no outlet
/// (`New Delhi Bureau`, `Web Desk`); the name itself when it closes with no desk.
pub fn outlet_without_desk(name: &str) -> Option<&str> {
    let Some(before) = layout_labels::DESK_CREDITS
        .iter()
        .find_map(|desk| name.strip_suffix(desk))
    else {
        return Some(name);
    };
    let before = before.trim_end();
    names_outlet_alone(before).then_some(before)
}

/// Most words of a desk or bureau credit line (`By Harbour Post Online Desk`).
const MAX_DESK_CREDIT_WORDS: usize = 6;

/// Whether a line is a credit of a desk, bureau or staff (`Harbour Post Bureau`, `Our Bureau`,
/// `By Valley Courier Web Desk`, `Port Elms Bureau`): a few capitalised words closed by one of
/// the desk words of [`layout_labels::DESK_CREDITS`], alone on its line. Under a headline it
/// stands for a byline, whether or not it names an outlet.
pub fn is_desk_credit(line: &str) -> bool {
    let line = line.trim();
    let name = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .unwrap_or(line);
    let words: Vec<&str> = name.split_whitespace().collect();
    !line.contains('\n')
        && (2..=MAX_DESK_CREDIT_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|word| word.starts_with(char::is_uppercase))
        && layout_labels::DESK_CREDITS
            .iter()
            .any(|desk| name.ends_with(desk))
}

/// A header line that is only an outlet's name ("The Daily Planet", "Reuters", "Source: Xinhua"),
/// perhaps with its desk after it (`Daily Planet Web Desk`): the name.
pub fn outlet_line(inner: &str) -> Option<&str> {
    let name = inner.trim();
    if let Some(outlet) = agencies_credit(name) {
        return Some(outlet);
    }
    let labelled_name = labelled(name, layout_labels::OUTLET_LABELS);
    let name = labelled_name.unwrap_or(name);
    let name = without_edition(name);
    let name = outlet_without_desk(name)?;
    // A byline is the writer's, even when an outlet's word closes it (`By Jane Doe Tribune`).
    let byline = name.starts_with("By ") || name.starts_with("BY ");
    let named = if labelled_name.is_some() {
        names_outlet(name)
    } else {
        names_outlet_alone(name)
    };
    (!byline && !name.contains('\n') && named).then_some(name)
}

/// Most words naming an edition before its word (`English edition`, `Middle East edition`).
const MAX_EDITION_WORDS: usize = 2;

/// The name before an edition's label after a title separator (`Daily Planet – English
/// edition` → `Daily Planet`); the name itself when no such label closes it.
fn without_edition(name: &str) -> &str {
    let edition = TITLE_SEPARATORS.iter().find_map(|separator| {
        let (before, after) = name.rsplit_once(separator)?;
        let words: Vec<&str> = after.split_whitespace().collect();
        let (last, naming) = words.split_last()?;
        let labelled = layout_labels::EDITION_WORDS
            .iter()
            .any(|word| word.eq_ignore_ascii_case(last))
            && (1..=MAX_EDITION_WORDS).contains(&naming.len())
            && naming.iter().all(|w| w.starts_with(char::is_uppercase));
        labelled.then(|| before.trim_end())
    });
    edition.filter(|before| !before.is_empty()).unwrap_or(name)
}

/// Whether `name`, standing alone on a line or in a part of one, reads as an outlet's name:
/// as [`names_outlet`], but capitals alone only when they are a listed agency or broadcaster
/// (`AFP`); other capitals (`PARIS`) are a place or a section label.
fn names_outlet_alone(name: &str) -> bool {
    names_outlet(name)
        && (!is_acronym(name)
            || layout_labels::OUTLET_ABBREVIATIONS
                .binary_search(&name)
                .is_ok())
}

/// The outlet a `Source:` line credits together with news agencies (`Source: Daily Planet and
/// news agencies`): the capitalised name of one to five words before the agencies.
pub fn agencies_credit(inner: &str) -> Option<&str> {
    let rest = labelled(inner.trim(), layout_labels::OUTLET_LABELS)?;
    let name = layout_labels::AGENCY_TAILS.iter().find_map(|tail| {
        let cut = rest.len().checked_sub(tail.len())?;
        rest.get(cut..)
            .filter(|end| end.eq_ignore_ascii_case(tail))
            .and_then(|_| rest.get(..cut))
    })?;
    let words = name.split_whitespace().count();
    ((1..=5).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then_some(name)
}

/// Whether `name` plainly names an outlet after a writer's name without "By": an outlet's name
/// ([`names_outlet_alone`]) that opens with "The" and closes with a media word (`The Daily
/// Planet`), or a listed agency (`AFP`); a role (`Washington Post Editor`) closes otherwise, and
/// other names (`Vela News`) may be a headline's words.
fn plainly_outlet_name(name: &str) -> bool {
    let last = name.rsplit([' ', '-']).next().unwrap_or(name);
    let paper = name.starts_with("The ")
        && (layout_labels::MEDIA_WORDS.binary_search(&last).is_ok()
            || layout_labels::WIRE_SERVICES.binary_search(&last).is_ok());
    names_outlet_alone(name) && (paper || is_acronym(name))
}

/// Whether `name` is one word of two to five capitals (`AFP`, `PARIS`).
fn is_acronym(name: &str) -> bool {
    (2..=5).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `name` reads as an outlet's name: up to five capitalised words with a media word
/// or a wire service among them, or an acronym of two to five capitals.
fn names_outlet(name: &str) -> bool {
    if name.len() > MAX_PREFIX {
        return false;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let acronym = words.len() == 1 && is_acronym(name);
    // A section's name alone ("News") is a menu's item or a label, no outlet's.
    let section = words.len() == 1
        && layout_labels::SECTION_NAMES
            .iter()
            .any(|section| section.eq_ignore_ascii_case(name));
    // A hyphen may join two papers' names (`Courier-Tribune`).
    let media = words.iter().flat_map(|w| w.split('-')).any(|w| {
        layout_labels::MEDIA_WORDS.binary_search(&w).is_ok()
            || layout_labels::WIRE_SERVICES.binary_search(&w).is_ok()
    });
    !words.is_empty() && !section && capitalised && words.len() <= 5 && (acronym || media)
}

/// A dateline opening the first body paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline<'t> {
    /// Bytes of the dateline with its separator and the white space after it.
    pub len: usize,
    /// The wire credit in brackets, if any ("AP", "CNN", "Reuters").
    pub credit: Option<&'t str>,
    /// The date the dateline states in full, with its year (`WASHINGTON, Jan. 21, 2022 —`);
    /// a day without a year (`LONDON, Feb 3 (Reuters) -`) is not a date of its own.
    pub date: Option<jiff::civil::Date>,
    /// The month and day a dateline states without a year (`LONDON, Feb 3 (Reuters) -` gives
    /// `(2, 3)`): no date alone, but a year given from outside makes it one.
    pub day: Option<(i8, i8)>,
}

/// Recognise `GENEVA:`, `WASHINGTON (AP) —`, `PEARCE AIR BASE, Australia —`, `PARIS—`,
/// `Paris (CNN)` glued to the first word, and a bare leading credit such as `(CNN) —`.
pub fn dateline(inner: &str) -> Option<Dateline<'_>> {
    dateline_before_body(inner, false)
}

/// A dateline on a paragraph of its own, as wire copy sets it above the headline
/// (`BERLIN, June 2 (Reuters) -`, `PUNE, Oct 9 (PTI)`): a place, then a wire credit or a day of
/// a month, and nothing after its separator.
pub fn lone_dateline(inner: &str) -> Option<Dateline<'_>> {
    (inner.len() <= MAX_PREFIX && !inner.contains('\n'))
        .then(|| dateline_before_body(inner, true))
        .flatten()
}

/// A dateline at the start of `inner`, with body text after it, or with nothing after it when
/// `alone` (then it needs a credit or a day to be told from a place name alone).
fn dateline_before_body(inner: &str, alone: bool) -> Option<Dateline<'_>> {
    let window = inner.get(..MAX_PREFIX.min(inner.len())).unwrap_or(inner);
    let caps = capitals_place(window);
    let place_end = if caps > 0 {
        caps
    } else {
        capitalised_place(window)
    };
    if place_end == 0 && !window.starts_with('(') {
        return None;
    }
    let mut at = place_end;
    let mut date = None;
    let mut day = None;
    if at > 0 && window[at..].starts_with(", ") {
        at = region(window, at + 2)?;
        date = stated_date(&window[place_end..at]);
        day = stated_month_day(&window[place_end..at]);
    }
    // `Oct 31 (Reuters) -`: a day in place of the place, taken only with a credit after it.
    let opens_with_month = window
        .get(..place_end)
        .is_some_and(|word| calendar::month_number(word.trim_end_matches('.')).is_some());
    if opens_with_month {
        at = region(window, 0)?;
        if !window[at..].trim_start_matches(' ').starts_with('(') {
            return None;
        }
        date = stated_date(&window[..at]);
        day = stated_month_day(&window[..at]);
    }
    let mut credit = None;
    let spaced = window[at..].trim_start_matches(' ');
    // `SAN FRANCISCO--(BUSINESS WIRE)--`: the dashes may come before the credit too.
    let spaced = spaced
        .strip_prefix("--")
        .filter(|after| after.starts_with('('))
        .unwrap_or(spaced);
    // `(AP)`, or a press-release wire's `/PRNewswire/` and `/TASS/` between slashes.
    let slashed = spaced.starts_with('/');
    if let Some(inside) = spaced.strip_prefix(['(', '/']) {
        let close = inside.find(if slashed { '/' } else { ')' })?;
        let name = &inside[..close];
        // `OTTAWA, March 3 (Canadian Press) -`: an agency's name of several words after a
        // place in capitals.
        // `DALTON, May 2 (Tidings) —`: an agency's name no list holds, in brackets between a
        // place in capitals with the day and a dash.
        let dash_after = inside[close + 1..]
            .trim_start_matches(' ')
            .starts_with(['\u{2014}', '\u{2013}', '-']);
        let dated = date.is_some() || day.is_some();
        let unlisted = caps > 0 && dated && dash_after && is_bracketed_agency_name(name);
        if !(is_wire_credit(name) || caps > 0 && is_press_credit(name) || unlisted) {
            return None;
        }
        credit = Some(name);
        at = window.len() - inside.len() + close + 1;
    }
    // `Mumbai, Mar 5 (PTI):`, `New Delhi, March 5:`: a colon after a credit or a day.
    let dated_region = window[place_end..at]
        .split([' ', ',', '.'])
        .any(|word| calendar::month_number(word).is_some());
    let rest = &inner[at..];
    let after_space = rest.trim_start_matches(is_layout_space);
    let separator = ["\u{2014}", "\u{2013}", "\u{2015}", "--", "-", ":", "."]
        .into_iter()
        .find(|s| after_space.starts_with(s));
    // `COVID-19 cases rose`: a lone hyphen glued to a word on both sides joins the parts of a
    // name, and separates no dateline.
    let glued_hyphen = separator == Some("-")
        && after_space.len() == rest.len()
        && after_space[1..].starts_with(char::is_alphanumeric);
    if glued_hyphen {
        return None;
    }
    if alone {
        let body = separator.map_or(after_space, |sep| &after_space[sep.len()..]);
        // `Lyon (AFP) – May 9, 2024`: after a credit and a dash, the full date.
        let dashed_date = credit
            .filter(|_| date.is_none() && separator.is_some_and(|s| !matches!(s, ":" | ".")))
            .and_then(|_| bare_date_line(body.trim()));
        let told = credit.is_some() || dated_region && (caps > 0 || separator.is_some());
        let empty = body.trim().is_empty() || dashed_date.is_some();
        return (empty && told && place_end > 0).then_some(Dateline {
            len: inner.len(),
            credit,
            date: date.or(dashed_date),
            day: day.filter(|_| date.is_none() && dashed_date.is_none()),
        });
    }
    let body = match separator {
        Some(":")
            if credit.is_none()
                && !dated_region
                && (caps == 0 || after_space.len() != rest.len())
                && !is_mixed_case_colon_place(
                    window,
                    place_end,
                    after_space.len() == rest.len(),
                ) =>
        {
            return None
        }
        // `MOSCOW, March 5 /TASS/.`: a full stop closes only a credit between slashes.
        Some(".") if !slashed => return None,
        Some(sep) => after_space[sep.len()..].trim_start_matches(is_layout_space),
        None if credit.is_some() => after_space,
        None => return None,
    };
    let starts_body = body.starts_with(|c: char| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\u{2018}' | '\'')
    });
    if !starts_body || (caps == 0 && credit.is_none() && !body.starts_with(char::is_uppercase)) {
        return None;
    }
    // `Kyiv, Ukraine CNN —`: a broadcaster's capitals closing a mixed-case region, no brackets.
    let dashed = separator.is_some_and(|s| !matches!(s, ":" | "."));
    let credit = credit.or_else(|| {
        let (region, name) = window.get(place_end..at)?.trim().rsplit_once(' ')?;
        (dashed && region.chars().any(char::is_lowercase) && is_capitals_credit(name))
            .then_some(name)
    });
    Some(Dateline {
        len: inner.len() - body.len(),
        credit,
        date,
        day: day.filter(|_| date.is_none()),
    })
}

/// Whether the capitalised words before a colon opening the first paragraph of the story
/// (`window[..place_end]`, the colon `glued` to them) read as the place it was filed from
/// (`Port Vell: The ferry …`): not a label of the page or of the content (`Warning:`,
/// `Analysis:`), nor a speaker opening with a given name or a title (`Jane Doe:`).
fn is_mixed_case_colon_place(window: &str, place_end: usize, glued: bool) -> bool {
    let place = &window[..place_end];
    let first = place.split(' ').next().unwrap_or(place);
    let listed = [
        layout_labels::CONTENT_LABELS,
        layout_labels::LINE_PREFIXES,
        layout_labels::NOTE_LABELS,
        layout_labels::SECTION_NAMES,
        layout_labels::LINK_PREFIXES,
        layout_labels::CAPTION_LABELS,
    ]
    .iter()
    .any(|labels| is_listed_label(labels, place) || is_listed_label(labels, first));
    let person = is_given_name(first)
        || person_titles::TITLE_WORDS
            .contains(&first.trim_end_matches('.').to_lowercase().as_str());
    glued && place_end > 0 && !listed && !person
}

/// Most words in an agency's name the lists do not hold, in brackets after a dateline's place.
const MAX_UNLISTED_AGENCY_WORDS: usize = 3;

/// Whether `name` may be an agency's name in a dateline's brackets though no list holds it: one
/// to three capitalised words of letters (`Wirefeed`, `Pacific Desk`), no acronym's full stops, no
/// figure (a party and state, `D-Texas`, has a hyphen and is taken by no dateline).
fn is_bracketed_agency_name(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    (1..=MAX_UNLISTED_AGENCY_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.len() >= 2 && w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
}

/// Whether `name` is a wire credit written in capitals (`CNN`, `AFP`).
fn is_capitals_credit(name: &str) -> bool {
    is_wire_credit(name) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// A full date written in a dateline's region: `Jan. 21, 2022`, `January 21 2022`,
/// `21 January 2022` (a weekday or place beside it is passed over). `None` without a year or for
/// a day the month does not have.
fn stated_date(region: &str) -> Option<jiff::civil::Date> {
    let words: Vec<&str> = region
        .split([' ', ','])
        .filter(|word| !word.is_empty())
        .collect();
    let month_of = |word: &str| calendar::month_number(word.strip_suffix('.').unwrap_or(word));
    let number = |word: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()))
            .then(|| word.parse::<i16>().ok())
            .flatten()
    };
    let date = |day: &str, year: &str, month: i8| {
        let day = i8::try_from(number(without_ordinal_suffix(day), 1..=2)?).ok()?;
        jiff::civil::Date::new(number(year, 4..=4)?, month, day).ok()
    };
    words.iter().enumerate().find_map(|(k, word)| {
        let month = month_of(word)?;
        let after = |n: usize| words.get(k + n).copied();
        // `15th of January 2026`: the day may stand before "of".
        let before = k.checked_sub(1).and_then(|j| match words[j] {
            "of" => j.checked_sub(1).map(|i| words[i]),
            word => Some(word),
        });
        (after(1).zip(after(2)))
            .and_then(|(day, year)| date(day, year, month))
            .or_else(|| {
                before
                    .zip(after(1))
                    .and_then(|(day, year)| date(day, year, month))
            })
    })
}

/// The month and day of a day written without its year in a dateline's region (`Feb. 3`,
/// `3 February`, `Feb 3rd`), a day the month has in some year; `None` when a year follows.
fn stated_month_day(region: &str) -> Option<(i8, i8)> {
    let words: Vec<&str> = region
        .split([' ', ','])
        .filter(|word| !word.is_empty())
        .collect();
    let day_number = |word: &str| {
        let digits = without_ordinal_suffix(word);
        (matches!(digits.len(), 1 | 2) && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse::<i8>().ok())
            .flatten()
    };
    let is_year = |word: &str| word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
    words.iter().enumerate().find_map(|(k, word)| {
        let month = calendar::month_number(word.strip_suffix('.').unwrap_or(word))?;
        let after = words.get(k + 1).copied();
        let day = after.and_then(day_number).or_else(|| {
            k.checked_sub(1)
                .and_then(|j| words.get(j))
                .and_then(|w| day_number(w))
        })?;
        if words.get(k + 2).copied().is_some_and(is_year) || after.is_some_and(is_year) {
            return None;
        }
        // 2024 is a leap year: every day a month ever has.
        jiff::civil::Date::new(2024, month, day).ok()?;
        Some((month, day))
    })
}

/// Length of an all-capitals place name at the start ("PEARCE AIR FORCE BASE"), or 0.
fn capitals_place(window: &str) -> usize {
    let mut end = 0;
    let mut letters = 0;
    for (k, c) in window.char_indices() {
        if c.is_uppercase() {
            letters += 1;
            end = k + c.len_utf8();
        } else if matches!(c, '.' | '\'' | '\u{2019}' | '-') && letters > 0 {
            let next_upper = window[k + c.len_utf8()..].starts_with(char::is_uppercase);
            if c == '-' && !next_upper {
                break;
            }
            if c == '.' {
                end = k + 1;
            }
        } else if c == ' ' && letters > 0 {
            let next = &window[k + 1..];
            let next_word_caps = next
                .split([' ', ',', ':', '\u{2014}', '\u{2013}', '('])
                .next()
                .is_some_and(|w| w.len() >= 2 && !w.chars().any(char::is_lowercase));
            if !next_word_caps {
                break;
            }
        } else {
            break;
        }
        if c.is_lowercase() {
            return 0;
        }
    }
    if letters < 2 {
        return 0;
    }
    end
}

/// Length of one to three capitalised words at the start ("Paris", "New York"), or 0.
fn capitalised_place(window: &str) -> usize {
    let mut end = 0;
    for (index, word) in window.split(' ').take(3).enumerate() {
        let word_len = word
            .char_indices()
            .take_while(|(_, c)| c.is_alphabetic() || *c == '.' || *c == '-')
            .map(|(k, c)| k + c.len_utf8())
            .last()
            .unwrap_or(0);
        let is_capitalised = word.starts_with(char::is_uppercase) && word_len > 1;
        if !is_capitalised {
            break;
        }
        end = if index == 0 {
            word_len
        } else {
            end + 1 + word_len
        };
        if word_len < word.len() {
            break;
        }
    }
    end
}

/// End of a region after a place ("Australia", "Calif.", "Jan. 21", "Switzerland, Jan 10",
/// "Monday, Jan. 5, 2021"): up to six short words.
fn region(window: &str, start: usize) -> Option<usize> {
    let mut at = start;
    for _ in 0..6 {
        let rest = &window[at..];
        let word_len = rest
            .char_indices()
            .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '.' | '\'' | '-'))
            .map(|(k, c)| k + c.len_utf8())
            .last()
            .unwrap_or(0);
        let word = &rest[..word_len];
        if word.is_empty() || word.starts_with(char::is_lowercase) {
            break;
        }
        at += word_len;
        let after = &window[at..];
        if after.starts_with(", ")
            && after[2..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            at += 2;
        } else if after.starts_with(' ')
            && after[1..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            at += 1;
        } else {
            break;
        }
    }
    let end = window[..at].trim_end_matches([' ', ',']).len();
    (end > start).then_some(end)
}

/// How many groups of editors' initials may follow the agency in a desk's sign-off.
const DESK_INITIALS: std::ops::RangeInclusive<usize> = 2..=4;

/// The agency of a wire desk's closing sign-off (`PTI AK SS`): a listed agency's abbreviation,
/// then two to four groups of editors' initials in capitals, two or three letters each, and
/// nothing else on the line.
pub fn desk_signoff(line: &str) -> Option<&str> {
    let mut words = line.split_whitespace();
    let agency = words.next()?;
    if line.contains('\n')
        || layout_labels::OUTLET_ABBREVIATIONS
            .binary_search(&agency)
            .is_err()
    {
        return None;
    }
    let mut initials = 0;
    for word in words {
        if !((2..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())) {
            return None;
        }
        initials += 1;
    }
    DESK_INITIALS.contains(&initials).then_some(agency)
}

/// Most bytes of a desk's sign-off closing a paragraph (`… on Sunday. PTI AK SS`).
const MAX_DESK_SIGNOFF: usize = 32;

/// Where a desk's sign-off ([`desk_signoff`]) closing a paragraph after its last sentence
/// begins.
pub fn desk_signoff_tail(inner: &str) -> Option<usize> {
    let from = inner.len().saturating_sub(MAX_DESK_SIGNOFF);
    let from = (from..inner.len()).find(|&at| inner.is_char_boundary(at))?;
    inner[from..]
        .char_indices()
        .filter(|&(_, c)| is_layout_space(c))
        .map(|(at, c)| from + at + c.len_utf8())
        .find(|&start| {
            let before = inner[..start].trim_end_matches(is_layout_space);
            ends_with_final_punctuation(before) && desk_signoff(inner[start..].trim()).is_some()
        })
}

/// A wire credit in brackets closing a header line (`Athens, 12 July 2023 (AFP)`): the line
/// before it and the credit.
pub fn trailing_credit(inner: &str) -> Option<(&str, &str)> {
    let (before, credit) = inner.strip_suffix(')')?.rsplit_once('(')?;
    let before = before.trim_end();
    (!before.is_empty() && is_wire_credit(credit)).then_some((before, credit))
}

/// Most words in a press-release wire's name (`GLOBE NEWSWIRE`, `Business Wire`).
const MAX_NEWSWIRE_WORDS: usize = 2;

/// A wire credit in a dateline: an all-capitals agency (AP, CNN, AFP), a known wire service,
/// or a press-release wire whose name ends in "wire" (`PRNewswire`, `GLOBE NEWSWIRE`).
fn is_wire_credit(name: &str) -> bool {
    let capitals = (2..=8).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '&' || c == '-');
    let words = name.split(' ').count();
    let newswire = words <= MAX_NEWSWIRE_WORDS
        && name.starts_with(char::is_uppercase)
        && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && name.len() > 4
        && name.as_bytes()[name.len() - 4..].eq_ignore_ascii_case(b"wire");
    capitals || newswire || layout_labels::WIRE_SERVICES.contains(&name)
}

/// Whether a paragraph ends unfinished for body text: no sentence-final mark and no comma,
/// colon or semicolon (headlines, standfirsts, credits).
pub fn is_unfinished(inner: &str) -> bool {
    let core = inner.trim_end_matches(is_closer);
    !ends_with_final_punctuation(inner) && !core.ends_with([',', ';', ':'])
}

/// Whether a paragraph reads as a headline: a short line without a closing full stop (a question
/// or exclamation mark may close it).
pub fn is_headline_like(inner: &str, max_words: usize) -> bool {
    let core = inner.trim_end_matches(is_closer);
    let words = inner.split_whitespace().take(max_words + 1).count();
    words <= max_words
        && !inner.contains('\n')
        && !core.ends_with(['.', ',', ';', ':', '\u{2026}'])
        && !inner.starts_with('\u{a9}')
        && !is_reported_exclamation(inner)
}

/// Whether a line is body text that reports an exclamation or question: it ends with a quote
/// closed after `!` or `?` and, before the quote opens, a reporting verb in the past tense
/// leads to it (`He shouted: “Get out!”`). A headline reports in the present (`Ivo Dane says:
/// “We won!”`).
fn is_reported_exclamation(inner: &str) -> bool {
    let core = inner.trim_end_matches(is_closer);
    if core.len() == inner.len() || !core.ends_with(['!', '?']) {
        return false;
    }
    let Some(open) = inner.find(['"', '\u{201c}']) else {
        return false;
    };
    inner[..open].split_whitespace().any(|word| {
        let bare = word.trim_end_matches([',', ':']);
        bare.chars().all(|c| c.is_ascii_lowercase())
            && (bare.ends_with("ed") || bare == "told" || bare == "said")
            && crate::word_set!(reporting::CUE_WORDS).contains(bare)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calendar_label_before_a_colon_makes_a_dated_entry() {
        for entry in [
            "March 2021: Contract signed",
            "2019: Quarry closed",
            "Saturday 16 March: brass band contest",
            "Friday: lantern walk",
            "Sept. 3rd: Gates reopen",
        ] {
            assert!(is_dated_entry(entry), "{entry}");
        }
        for other in [
            "Analysis: What the vote means",
            "6:30 Doors open",
            "March:",
            "Marchmont Road: closed",
            "The March 2021 deal: a timeline",
        ] {
            assert!(!is_dated_entry(other), "{other}");
        }
    }

    #[test]
    fn a_colon_closes_a_list_lead_unless_the_heading_points_elsewhere() {
        for lead in ["The measures include:", "Flood sites:", "Key points:"] {
            assert!(is_list_lead(lead), "{lead}");
        }
        for other in [
            "Related links:",
            "You may also like:",
            "More from Sport:",
            "The plan includes three parts",
        ] {
            assert!(!is_list_lead(other), "{other}");
        }
        assert!(is_box_heading("What we know so far"));
        assert!(!is_box_heading("What we know about the dam"));
    }

    #[test]
    fn a_reported_exclamation_is_no_headline() {
        assert!(!is_headline_like("He shouted: \"Get out!\"", 20));
        assert!(!is_headline_like("Anna asked, “Who is there?”", 20));
        // A headline reports in the present; a bare quotation or question stays a headline.
        assert!(is_headline_like("Ivo Dane says: “We won!”", 20));
        assert!(is_headline_like("“Get out!”", 20));
        assert!(is_headline_like("Who shouted first?", 20));
    }

    #[test]
    fn date_lines() {
        let (date, len) = date_line("date 2020-03-04 Rain fell.").unwrap();
        assert_eq!(date.to_string(), "2020-03-04");
        assert_eq!(len, 15);
        assert!(date_line("dated 2020-03-04").is_none());
        assert_eq!(date_line("Published: 2021-05-06").unwrap().1, 21);
        assert!(date_line("Posted 2021-05-06 by").is_some());
        assert!(date_line("date 2020-13-04").is_none());
    }

    #[test]
    fn labels() {
        assert_eq!(label_prefix("Update: Rain"), Some(8));
        assert!(is_link_line("READ MORE: What the vote means for you"));
        assert!(is_link_line("Watch: Drone footage of the fire"));
        assert!(!is_link_line("Watch: the line\nand more"));
        assert!(!is_link_line("He said: watch it"));
        assert_eq!(label_prefix("Wire Agencies add: Rain"), Some(19));
        assert_eq!(label_prefix("He said: Rain"), None);
        assert!(is_whole_line_label("Advertisement"));
    }

    #[test]
    fn byline_blocks_and_named_date_lines() {
        assert!(is_byline_block(
            "By Jo Lin and Ada Quist\nReporting from Montpelier, Vt.",
            8
        ));
        assert!(is_byline_block("By Jo Lin\nHealth editor", 8));
        assert!(!is_byline_block("By Monday the river had risen.", 8));
        assert!(!is_byline_block("Jo Lin\nReporting from Kyiv", 8));
        assert!(!is_byline_block(
            "By Jo Lin\nThe river rose all night and the town flooded.",
            8
        ));
        assert_eq!(
            header_date_line("Jane Doe 11:02, Mar 05 2024"),
            jiff::civil::Date::new(2024, 3, 5).ok()
        );
        assert_eq!(
            header_date_line("Jane Doe March 5, 2024"),
            jiff::civil::Date::new(2024, 3, 5).ok()
        );
        assert_eq!(header_date_line("Floods Hit 5 March 2024"), None);
        assert_eq!(
            separated_date_line("by Jo Lin | March 4, 2024 10:45 PM").map(|(date, _)| date),
            jiff::civil::Date::new(2024, 3, 4).ok()
        );
    }

    #[test]
    fn credit_lines() {
        assert!(is_credit_line(
            "(Reporting by A. Writer; Editing by B. Editor)"
        ));
        assert!(!is_credit_line("Reports say it rained."));
        for credit in [
            "dh/rt (AFP, dpa)",
            "es/sms (AFP, Reuters, dpa)",
            "lo/rm (dpa, KNA)",
            "(AFP)",
            "— AFP",
            "-- Reuters",
            "With AFP and Reuters",
            "kb/msh",
            "(With inputs from QNA)",
            "- With inputs from QNA and Kyodo",
            "With inputs from agencies.",
            "\u{2014} With input from ZNS, agencies",
        ] {
            assert!(is_credit_line(credit), "{credit}");
        }
        for line in [
            "and/or",
            "(Rain fell all day.)",
            "— The talks resumed on Monday.",
            "With Tom Reyes gone, the club sold.",
            "With inputs from farmers rising, prices climbed.",
            "(With inputs from the Harbour desk)",
            "With inputs from",
            "(NATO said no.)",
            "dh/rt were here",
            "()",
        ] {
            assert!(!is_credit_line(line), "{line}");
        }
    }

    #[test]
    fn a_press_agency_of_several_words_credits_a_dateline_or_closes_the_story() {
        let credit = |text| dateline(text).and_then(|d| d.credit);
        assert_eq!(
            credit("HALIFAX, May 9 (Maritime Press) - Dock workers walked out."),
            Some("Maritime Press")
        );
        assert_eq!(
            credit("TORONTO (The Lakeshore Press) \u{2014} Rents rose again."),
            Some("The Lakeshore Press")
        );
        assert_eq!(
            credit("QUITO, Ecuador, Jan 4 (Andes News Service) - Rain fell."),
            Some("Andes News Service")
        );
        // A mixed-case place, or a name closing with no media word, is no dateline.
        assert_eq!(
            dateline("Halifax (Maritime Press) - Dock workers walked out."),
            None
        );
        // Given the day, any agency's name in brackets before a dash credits the dateline.
        let line = "HALIFAX, May 9, 2023 (Harbour Wirefeed) - Dock workers walked out.";
        assert_eq!(credit(line), Some("Harbour Wirefeed"));
        assert_eq!(
            dateline(line).and_then(|d| d.date).map(|d| d.to_string()),
            Some("2023-05-09".to_string())
        );
        assert_eq!(
            credit("HALIFAX, May 9 (Tidings) - Dock workers walked out."),
            Some("Tidings")
        );
        let alone = lone_dateline("HALIFAX, May 9, 2023 (Tidings) -");
        assert_eq!(alone.and_then(|d| d.credit), Some("Tidings"));
        // Not without the dash, nor with a figure or an abbreviation in the brackets.
        assert_eq!(
            dateline("HALIFAX, May 9 (Tidings) Dock workers walked out."),
            None
        );
        assert_eq!(
            dateline("HALIFAX, May 9 (Pier 4) - Dock workers walked out."),
            None
        );
        assert_eq!(
            dateline("HALIFAX (Harbour Board) - Dock workers walked out."),
            None
        );
        for line in [
            "\u{2014} The Lakeshore Press",
            "-- Maritime Press",
            "(The Lakeshore Press)",
        ] {
            assert!(is_credit_line(line), "{line}");
        }
        assert!(!is_credit_line("(The Harbour Board)"));
        assert!(!is_credit_line("\u{2014} Lakeshore"));
        assert_eq!(
            credit_line_outlet("\u{2014} The Lakeshore Press"),
            Some("The Lakeshore Press")
        );
        assert_eq!(credit_line_outlet("\u{2014} Reuters"), Some("Reuters"));
        assert_eq!(credit_line_outlet("dh/rt (AFP, dpa)"), None);
    }

    #[test]
    fn a_byline_of_two_writers_and_an_outlet_is_a_byline_block() {
        assert!(is_byline_block(
            "By Tomas Reyes and Ilse Maarten, Harbour Evening Post",
            8
        ));
        assert!(is_byline_block(
            "By Tomas Reyes and Ilse Maarten, The Courier, Quito",
            8
        ));
        assert!(!is_byline_block(
            "By the time the ferries stopped, the harbour was shut",
            8
        ));
    }

    #[test]
    fn copyright() {
        assert!(is_copyright_line("© 2021 Daily Planet"));
        assert_eq!(
            copyright_outlet("© 2021 Daily Planet. All rights reserved."),
            Some("Daily Planet")
        );
        let text = "It rained. (© The Daily Planet)";
        let at = copyright_tail(text).unwrap();
        assert_eq!(&text[at..], "(© The Daily Planet)");
        assert_eq!(copyright_outlet(&text[at..]), Some("The Daily Planet"));
    }

    #[test]
    fn glued_hyphen_separates_no_dateline() {
        assert!(dateline("ZOVAR-12 cases rose.").is_none());
        assert!(dateline("ZOVAR-Rain fell.").is_none());
        assert!(dateline("OSLO - Rain fell.").is_some());
    }

    #[test]
    fn datelines() {
        let d = dateline("OSLO: Rain fell.").unwrap();
        assert_eq!(d.len, 6);
        let d = dateline("LIMA (AP) \u{2014} Rain fell.").unwrap();
        assert_eq!(d.credit, Some("AP"));
        assert_eq!(&"LIMA (AP) \u{2014} Rain fell."[d.len..], "Rain fell.");
        let text = "Lima (XYZ)Rain fell.";
        assert_eq!(&text[dateline(text).unwrap().len..], "Rain fell.");
        let text = "FORT ORD, Calif. \u{2014} Rain fell.";
        assert_eq!(&text[dateline(text).unwrap().len..], "Rain fell.");
        let text = "(XYZ) \u{2014} Rain fell.";
        assert_eq!(&text[dateline(text).unwrap().len..], "Rain fell.");
        assert!(dateline("(Not a credit) Rain fell.").is_none());
        assert!(dateline("US OFFICIALS of note met.").is_none());
        assert!(dateline("Rain fell in Lima.").is_none());
        let text = "Oct 31 (XYZ) - Rain fell.";
        let d = dateline(text).unwrap();
        assert_eq!((&text[d.len..], d.credit), ("Rain fell.", Some("XYZ")));
        assert!(dateline("October 31 was a Friday - rain fell.").is_none());
    }

    #[test]
    fn datelines_of_press_release_wires_and_colons_after_a_day() {
        for (text, credit) in [
            (
                "PORT ELMS, Mass., March 5, 2024 /PRNewswire/ -- Acme today announced results.",
                Some("PRNewswire"),
            ),
            (
                "PORT ELMS, March 5, 2024 (GLOBE NEWSWIRE) -- Acme today announced results.",
                Some("GLOBE NEWSWIRE"),
            ),
            (
                "PORT ELMS--(BUSINESS WIRE)--Acme today announced results.",
                Some("BUSINESS WIRE"),
            ),
            (
                "VALE, March 5 /TASS/. Acme today announced results.",
                Some("TASS"),
            ),
            (
                "Port Elms, Mar 5 (PTI): Acme today announced results.",
                Some("PTI"),
            ),
            ("Port Elms, March 5: Acme today announced results.", None),
        ] {
            let d = dateline(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&text[d.len..], "Acme today announced results.", "{text}");
            assert_eq!(d.credit, credit, "{text}");
        }
        assert_eq!(
            dateline("PORT ELMS, Mass., March 5, 2024 /PRNewswire/ -- Acme rose.")
                .and_then(|d| d.date)
                .map(|d| d.to_string()),
            Some("2024-03-05".into())
        );
        // No credit or day before the stop: no dateline (a glued colon is one, as Gulf
        // outlets print it).
        assert!(dateline("Port Elms: Acme today announced results.").is_some());
        assert!(dateline("Port Elms. Acme today announced results.").is_none());
        assert!(dateline("Port Elms, March 5. Acme rose.").is_none());
        assert!(!is_wire_credit("Barbed wire"));
        assert!(!is_wire_credit("A\u{e9}xyz"));
    }

    #[test]
    fn regions_of_several_parts() {
        for text in [
            "OSLO, Norway, Jan 10 (XYZ) - Rain fell.",
            "OSLO, Monday, Jan. 5, 2021 (XYZ) \u{2014} Rain fell.",
        ] {
            let d = dateline(text).unwrap();
            assert_eq!(&text[d.len..], "Rain fell.", "{text}");
        }
        // A list of places in the first sentence is not a dateline.
        assert!(dateline("OSLO, Bergen and Tromso saw rain.").is_none());
        assert!(dateline("OSLO, Bergen, Tromso - Rain fell.").is_some_and(|d| d.date.is_none()));
    }

    #[test]
    fn publication_lines_in_words() {
        let date = |text: &str| publication_line(text).map(|d| d.to_string());
        assert_eq!(
            date("Published 3 March 2024").as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            date("Updated: Jan. 21, 2022, 5:40 p.m. ET").as_deref(),
            Some("2022-01-21")
        );
        assert_eq!(
            date("Posted on Monday, May 2, 2022").as_deref(),
            Some("2022-05-02")
        );
        assert_eq!(date("Published 3 hours ago"), None);
        assert_eq!(date("Published figures on 3 March 2024 show a rise"), None);
        assert_eq!(date("Publishers met on 3 March 2024"), None);
    }

    #[test]
    fn a_mixed_case_place_before_a_colon_is_a_dateline() {
        let len = |text: &str| dateline(text).map(|d| d.len);
        assert_eq!(len("Port Vell: The ferry sailed late."), Some(11));
        assert_eq!(len("Orvik: Ferries ran late."), Some(7));
        // Labels of content, speakers and quotes keep their colon in the text.
        assert_eq!(len("Warning: Some readers may find this upsetting."), None);
        assert_eq!(len("Analysis: The vote changes little."), None);
        assert_eq!(len("Jane Okafor: We are ready."), None);
        assert_eq!(len("Okafor: \"We are ready.\""), None);
        assert_eq!(len("Port Vell : the ferry sailed late."), None);
    }

    #[test]
    fn a_zone_may_be_followed_by_time_and_a_part_may_give_only_the_clock() {
        let date = |text: &str| header_date_line(text).map(|d| d.to_string());
        let day = Some("2031-07-14".to_string());
        assert_eq!(date("July 14, 2031 | 9:05 PM XYZ time"), day);
        assert_eq!(date("Published: July 14, 2031 9:05 PM XYZ time"), day);
        assert_eq!(date("Posted: 14 July 2031, 21:05 GMT Time"), day);
        assert_eq!(date("Jul 14, 2031 | Updated 9:05 PM IST"), day);
        assert_eq!(date("Last Updated: Jul 14, 2031, 21:05 IST"), day);
        assert_eq!(date("Updated: 14 Jul 2031, 9:05 pm"), day);
        // "time" after no zone, or a part that says more than a clock, is no stamp.
        assert_eq!(date("Published: July 14, 2031 9:05 PM about time"), None);
        assert_eq!(date("July 14, 2031 | Updated 9:05 PM in Lagos"), None);
        assert!(!is_clock_part("Updated"));
        assert!(is_clock_part("Updated: 9:05 PM IST"));
    }

    #[test]
    fn date_lines_with_an_iso_timestamp() {
        let date = |text: &str| date_line(text).map(|(d, _)| d.to_string());
        assert_eq!(
            date("Published: 2023-06-09T08:15:00Z").as_deref(),
            Some("2023-06-09")
        );
        assert_eq!(date("date 2023-06-09Tuesday"), None);
        // After the headline, where a leading date line cannot be.
        assert_eq!(
            publication_line("Published: 2023-06-09T08:15:00Z").map(|d| d.to_string()),
            Some("2023-06-09".to_string())
        );
    }

    #[test]
    fn outlets_named_in_bylines() {
        assert_eq!(byline_outlet("By Ann Kerr, Acme News"), Some("Acme News"));
        assert_eq!(byline_outlet("By Ann Kerr | Reuters"), Some("Reuters"));
        assert_eq!(byline_outlet("By Ann Kerr and Rob Vale, XYZ"), Some("XYZ"));
        assert_eq!(byline_outlet("By Ann Kerr, Health Correspondent"), None);
        assert_eq!(byline_outlet("By Ann Kerr"), None);
        assert_eq!(
            byline_outlet("By Ann Kerr and Rob Vale\nThe Daily Planet"),
            Some("The Daily Planet")
        );
        assert_eq!(
            byline_outlet("By Ann Kerr\nAssociated Press"),
            Some("Associated Press")
        );
        assert_eq!(
            byline_outlet("By Ann Kerr\nAcme News, Port Elms"),
            Some("Acme News")
        );
        assert_eq!(byline_outlet("By Ann Kerr\nStaff Writer, Port Elms"), None);
        assert_eq!(byline_outlet("By Ann Kerr\nStaff Writer"), None);
        assert_eq!(
            byline_outlet("By Ann Kerr, Science Editor\n\u{a9} The Fernwick Star 2023"),
            Some("The Fernwick Star")
        );
        assert_eq!(
            byline_outlet("By Tomas Ekberg\nSource: Lakeside Evening Post"),
            Some("Lakeside Evening Post")
        );
        assert_eq!(
            byline_outlet("By Tomas Ekberg\nHarbour Freight Wire"),
            Some("Harbour Freight Wire")
        );
        assert_eq!(byline_outlet("By the way, the Times were hard."), None);
        assert_eq!(outlet_line("The Daily Planet\n"), Some("The Daily Planet"));
        assert_eq!(outlet_line("Acme News"), Some("Acme News"));
        assert_eq!(byline_outlet("By AFP"), Some("AFP"));
        assert_eq!(
            byline_outlet("By The Daily Planet"),
            Some("The Daily Planet")
        );
        assert_eq!(byline_outlet("By Reuters"), Some("Reuters"));
        assert_eq!(byline_outlet("By Emily Post"), None);
        assert_eq!(outlet_line("Storm hits the Daily Planet's home town"), None);
        // Nameplates of local papers.
        for (byline, outlet) in [
            ("By Ann Kerr\nThe Northern Echo", "The Northern Echo"),
            ("By Ann Kerr, Vale Evening Courier", "Vale Evening Courier"),
            (
                "By Ann Kerr\nThe Port Elms Advertiser",
                "The Port Elms Advertiser",
            ),
            ("By Ann Kerr\nThe Vale Messenger", "The Vale Messenger"),
        ] {
            assert_eq!(byline_outlet(byline), Some(outlet), "{byline}");
        }
    }

    #[test]
    fn captions_update_notes_and_furniture_blocks() {
        assert!(is_page_furniture(
            "Photo: Volunteers stack sandbags by the river. (Orla Penning/Valley Courier)"
        ));
        assert!(is_page_furniture("Pictured: the new footbridge at dusk"));
        assert!(!is_page_furniture(
            "Photos of the bridge were shared online."
        ));
        assert!(is_furniture_block(
            "Read more: Why the bridge closed\nShare this article"
        ));
        assert!(!is_furniture_block(
            "Read more: Why the bridge closed\nThe council met."
        ));
        assert!(is_furniture_block(
            "The Valley Courier will update this story. Sign up for our alerts."
        ));
        assert!(is_furniture_block("This is a developing story."));
        // The notes are found in any case.
        assert!(is_furniture_block(
            "The Valley Courier Will Update This Story. Sign up for our alerts."
        ));
        assert!(!is_furniture_block(
            "This is a developing story. The council met on Friday."
        ));
        assert!(!is_furniture_block("Sign up for our alerts."));
    }

    #[test]
    fn capitals_headlines_and_section_labels() {
        assert!(is_capitals_headline("FERRY CAPTAIN CLEARED"));
        assert!(!is_capitals_headline("WORLD NEWS"));
        assert!(!is_capitals_headline("UK POLITICS LIVE"));
        assert!(!is_capitals_headline("EXCLUSIVE"));
        assert!(!is_capitals_headline("Ferry captain cleared"));
    }

    #[test]
    fn a_stamp_alone_is_read_word_by_word() {
        for line in [
            "35 minutes ago",
            "3h ago",
            "Updated 7:05 pm BST",
            "Tuesday 18.40 CET",
        ] {
            assert!(is_stamp_alone(line), "{line}");
        }
        for line in [
            "posted 35 minutes ago",
            "ago",
            "Tuesday 18.40 CET was the deadline",
            "Tuesday CET",
            "July 18.40 CET",
            "",
        ] {
            assert!(!is_stamp_alone(line), "{line}");
        }
    }

    #[test]
    fn a_stamp_with_day_and_month_in_either_order() {
        assert!(unclear_stamp_line("Posted: 03/06/2024 - 08:15"));
        assert!(unclear_stamp_line("Updated 11.02.2023 10:05"));
        assert!(!unclear_stamp_line("Posted: 03/06/2024 after the vote"));
        assert!(!unclear_stamp_line("Posted: March 2024"));
    }

    #[test]
    fn digits_that_could_swap_read_day_first_on_a_european_clue() {
        let date = |text: &str| header_date_line(text).map(|d| d.to_string());
        // A label, dots or a 24-hour clock: the European order, day first.
        assert_eq!(
            date("Published on: 07/05/2023 - 19:20").as_deref(),
            Some("2023-05-07")
        );
        assert_eq!(date("Date 04.11.2022").as_deref(), Some("2022-11-04"));
        assert_eq!(date("04.11.2022").as_deref(), Some("2022-11-04"));
        assert_eq!(date("07/05/2023 19:20").as_deref(), Some("2023-05-07"));
        assert_eq!(
            date("Issued on: 07/05/2023 - 19:20 Modified: 08/05/2023 - 09:02").as_deref(),
            Some("2023-05-07")
        );
        // A twelve-hour clock is the American stamp, month first; with no clue the date stays
        // unread.
        assert_eq!(
            date("Posted: 07/05/2023 7:20 PM").as_deref(),
            Some("2023-07-05")
        );
        assert_eq!(date("07/05/2023"), None);
        // A lower-case mark glued to the clock is no American clue: the label rules.
        assert_eq!(
            date("Posted: 07/05/2023 7:20pm").as_deref(),
            Some("2023-05-07")
        );
        // A plain order still reads either way.
        assert_eq!(
            date("Posted: 05/17/2023 7:20 PM").as_deref(),
            Some("2023-05-17")
        );
    }

    #[test]
    fn a_programme_credit_is_furniture() {
        assert!(is_page_furniture("Heard on Evening Bulletin"));
        assert!(is_page_furniture("As heard on The Week in Review"));
        assert!(!is_page_furniture(
            "Heard on the radio, the news spread fast."
        ));
        assert!(!is_page_furniture("Heard on Friday"));
    }

    #[test]
    fn outlets_credited_with_agencies_or_in_a_paper_byline() {
        assert_eq!(
            agencies_credit("Source: Harbour Wire and news agencies"),
            Some("Harbour Wire")
        );
        assert_eq!(agencies_credit("Source: Vela and agencies"), Some("Vela"));
        assert_eq!(agencies_credit("Source: Vela"), None);
        assert_eq!(
            agencies_credit("Source: local officials and agencies"),
            None
        );
        assert_eq!(
            byline_outlet("By Ivo Dane, Fernwick Star-Register"),
            Some("Fernwick Star-Register")
        );
        assert_eq!(
            byline_outlet("By Ivo Dane, Lakeside Record"),
            Some("Lakeside Record")
        );
        assert_eq!(byline_outlet("By Ivo Dane, Courts Reporter"), None);
    }

    #[test]
    fn capitals_alone_name_an_outlet_only_when_listed() {
        assert_eq!(outlet_line("AFP"), Some("AFP"));
        assert_eq!(outlet_line("Source: XQA"), Some("XQA"));
        assert_eq!(outlet_line("OSLO"), None);
        assert_eq!(byline_outlet("By Ivo Dane\nOSLO"), None);
        assert_eq!(byline_outlet("By Ivo Dane, XQA"), Some("XQA"));
        assert_eq!(
            separated_date_line("OSLO \u{b7} March 4, 2024").and_then(|(_, outlet)| outlet),
            None
        );
    }

    #[test]
    fn a_byline_without_a_comma_names_the_outlet_after_the_writer() {
        assert_eq!(
            byline_outlet("By Helen Vasquez Valley Courier"),
            Some("Valley Courier")
        );
        // No known given name: no clear split, and the byline is no outlet's name either.
        assert_eq!(byline_outlet("By Zorvek Hallam Valley Courier"), None);
        assert_eq!(outlet_line("By Zorvek Hallam Valley Courier"), None);
        assert_eq!(byline_outlet("By Helen Vasquez"), None);
    }

    #[test]
    fn breadcrumb_trails() {
        assert!(is_breadcrumb("Home > News > World"));
        assert!(is_breadcrumb("News » Business » Markets"));
        assert!(!is_breadcrumb("Profits > forecasts, the bank said."));
        assert!(!is_breadcrumb("Home"));
        assert!(!is_breadcrumb("Sales rose 5% > inflation / wages"));
    }

    #[test]
    fn caption_labels_and_tail_markers() {
        assert_eq!(caption_label("Image caption,"), Some(true));
        assert_eq!(caption_label("Media caption:"), Some(true));
        assert_eq!(caption_label("Image source, Getty Images"), Some(false));
        assert_eq!(
            caption_label("Image caption,\nCrowds gathered"),
            Some(false)
        );
        assert_eq!(
            caption_label("Image captions are written by editors."),
            None
        );
        assert_eq!(caption_label("Rain fell."), None);
        assert!(is_tail_marker("Related Topics"));
        assert!(is_tail_marker("More on this story\nFloods"));
        assert!(!is_tail_marker("Related topics were discussed at length."));
    }

    #[test]
    fn datelines_standing_alone() {
        let credit = |text: &'static str| lone_dateline(text).map(|d| d.credit);
        assert_eq!(credit("TALLINN, June 2 (AFP)"), Some(Some("AFP")));
        assert_eq!(credit("Tallinn, Jun 2 (Reuters) -"), Some(Some("Reuters")));
        assert_eq!(credit("TALLINN, June 2 \u{2014}"), Some(None));
        // A date of its own is kept.
        assert_eq!(
            lone_dateline("TALLINN, June 2, 2021 (AFP)")
                .and_then(|d| d.date)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2021-06-02")
        );
        // A headline, a place alone, or a dateline with its story after it.
        assert_eq!(lone_dateline("Harbour crane collapses"), None);
        assert_eq!(lone_dateline("TALLINN"), None);
        assert_eq!(lone_dateline("TALLINN, June 2 (AFP) - A crane fell."), None);
    }

    #[test]
    fn date_lines_with_zones_from_anywhere() {
        let date = |text: &str| bare_date_line(text).map(|d| d.to_string());
        for line in [
            "3 October 2022 | 18:10 WAT",
            "3 October 2022 06:45 NZST",
            "Mon 3 Oct 2022 7.20pm EAT",
            "3 October 2022 18:10 UTC+2",
            "3 October 2022 18:10 GMT-03:30",
            // Not listed, but capitals right after a clock time read as a zone.
            "3 October 2022 18:10 QRT",
        ] {
            assert_eq!(date(line).as_deref(), Some("2022-10-03"), "{line}");
        }
        // Capitals that follow no clock time are a word, not a zone.
        assert_eq!(date("3 October 2022 QRT"), None);
        assert_eq!(date("3 October 2022 18:10 QRTXYZ"), None);
    }

    #[test]
    fn lines_that_only_give_a_date() {
        let date = |text: &str| bare_date_line(text).map(|d| d.to_string());
        for (line, expected) in [
            ("June 9, 2023", "2023-06-09"),
            ("Friday 9 June 2023", "2023-06-09"),
            ("Fri, 9 Jun 2023 08.15 BST", "2023-06-09"),
            ("June 9th, 2023 | 7:05pm ET", "2023-06-09"),
            ("2023-06-09", "2023-06-09"),
            ("2023-06-09T08:15:00Z", "2023-06-09"),
            ("9 June 2023 \u{2022} 8:15am", "2023-06-09"),
        ] {
            assert_eq!(date(line).as_deref(), Some(expected), "{line}");
        }
        // Without a year, with a word that is not part of a date, or not a day of that month.
        assert_eq!(date("June 2023"), None);
        assert_eq!(date("Friday"), None);
        assert_eq!(date("9 June 2023 - Rain fell"), None);
        assert_eq!(date("June 31, 2023"), None);
        let keyword = |text: &str| publication_line(text).map(|d| d.to_string());
        assert_eq!(
            keyword("Last modified on Fri 9 Jun 2023 08.15 BST").as_deref(),
            Some("2023-06-09")
        );
    }

    #[test]
    fn date_lines_in_digits_feed_stamps_and_second_stamps() {
        let date = |text: &str| header_date_line(text).map(|d| d.to_string());
        for (line, expected) in [
            ("15/03/2024 12:00", "2024-03-15"),
            ("Published: 15.03.2024", "2024-03-15"),
            ("2024/03/05", "2024-03-05"),
            ("03/15/2024", "2024-03-15"),
            ("Tue, 05 Mar 2024 08:14:00 +0000", "2024-03-05"),
            ("Tue, 05 Mar 2024 08:14:00 -05:00", "2024-03-05"),
            ("On 5 March 2024", "2024-03-05"),
            ("Posted on March 5, 2024 by Ada Byrne", "2024-03-05"),
            ("Port Elms, UPDATED: Mar 5, 2024 08:14 IST", "2024-03-05"),
            (
                "Updated March 5, 2024 \u{2014} 5.25pm, first published at 4.00pm",
                "2024-03-05",
            ),
            ("Published 5 March 2024, updated 6 March 2024", "2024-03-05"),
            ("Modified: 05 Mar 2024 10:15 IST", "2024-03-05"),
            (
                "Ada Byrne \u{b7} 5 min read \u{b7} Mar 5, 2024",
                "2024-03-05",
            ),
            ("Desk / Updated: Mar 5, 2024, 08:14 IST", "2024-03-05"),
        ] {
            assert_eq!(date(line).as_deref(), Some(expected), "{line}");
        }
        // Day and month in no plain order, a day the month lacks, a sentence after the writer.
        assert_eq!(date("03/04/2024"), None);
        assert_eq!(date("31/02/2024"), None);
        assert_eq!(date("Posted on March 5, 2024 by the river"), None);
        assert_eq!(date("Ada Byrne \u{b7} 5 min walk \u{b7} Mar 5, 2024"), None);
    }

    #[test]
    fn one_line_page_furniture() {
        for line in [
            "___",
            "* * *",
            "Sign up for our weekly newsletter",
            "Share on Facebook Share on Twitter",
            "This article first appeared on The Conversation.",
            "Ada Quist contributed to this report.",
            "\u{2014}Vale TV's Ada Quist contributed reporting.",
            "Associated Press writer Ivo Dane contributed from Port Elms.",
            "Crowds gather in the square on Monday. Photograph: Ada Quist/Reuters",
            "Crowds gather in the square. (AP Photo/Ada Quist)",
            "(Photo: Supplied/Vale Police)",
            "FILE PHOTO: A car is seen at a showroom, May 3, 2023. REUTERS/Ada Quist",
            "10:15 GMT",
            "9:14 p.m. ET",
            "Updated at 09.30 GMT",
            "2h ago",
            "12 comments",
        ] {
            assert!(is_page_furniture(line), "{line}");
        }
        for line in [
            "Ada Quist contributed from her savings.",
            "Ada Quist contributed to the fund.",
            "The photo was taken on Monday. It showed the square.",
            "He took the photo (he said) at noon.",
            "At 10:15 GMT the polls closed.",
            "March 5, 10:15",
            "Sign language interpreters were present.",
        ] {
            assert!(!is_page_furniture(line), "{line}");
        }
        assert!(is_credit_line("-- Reporting by Ada Quist"));
        assert!(is_credit_line("bur/dh/sst"));
        assert!(!is_credit_line("km/h rose"));
        assert!(!is_credit_line("and/or"));
        assert!(is_link_line("Also Read | Metro line approved"));
    }

    #[test]
    fn a_date_after_the_place_filed_from() {
        let date = |text: &str| header_date_line(text).map(|d| d.to_string());
        assert_eq!(
            date("Port Elms, Mar 4, 2026").as_deref(),
            Some("2026-03-04")
        );
        assert_eq!(
            date("Lindenau, 4 March 2026").as_deref(),
            Some("2026-03-04")
        );
        // A lower-case word, too long a place, or no date after the comma.
        assert_eq!(date("rain fell, Mar 4, 2026"), None);
        assert_eq!(date("One Two Three Four, Mar 4, 2026"), None);
        assert_eq!(date("Port Elms, City Desk"), None);
    }

    #[test]
    fn a_date_among_the_parts_of_a_one_line_header() {
        let read = |text: &'static str| {
            separated_date_line(text).map(|(date, outlet)| (date.to_string(), outlet))
        };
        assert_eq!(
            read("Vale Radio News \u{b7} Posted: Mar 04, 2026 6:15 AM CST"),
            Some(("2026-03-04".into(), Some("Vale Radio News")))
        );
        assert_eq!(
            read("By Ada Byrne | Published 4 March 2026"),
            Some(("2026-03-04".into(), None))
        );
        assert_eq!(
            header_date_line("By Ada Byrne | Published 4 March 2026").map(|d| d.to_string()),
            Some("2026-03-04".into())
        );
        // A sentence beside the date, or no date at all.
        assert_eq!(read("Rain fell all day | Published 4 March 2026"), None);
        assert_eq!(read("Vale Radio News | Weather"), None);
    }

    #[test]
    fn a_dated_header_line_closed_by_a_wire_credit() {
        assert_eq!(
            header_date_line("Port Elms, 4 March 2026 (AFP)").map(|d| d.to_string()),
            Some("2026-03-04".into())
        );
        assert_eq!(
            trailing_credit("Port Elms, 4 March 2026 (AFP)"),
            Some(("Port Elms, 4 March 2026", "AFP"))
        );
        assert_eq!(header_date_line("Port Elms (AFP)"), None);
        assert_eq!(trailing_credit("Rain fell (at last)"), None);
    }

    #[test]
    fn a_date_on_one_line_of_a_short_header_paragraph() {
        let date = |text: &str| date_among_header_lines(text, 8).map(|d| d.to_string());
        assert_eq!(
            date("Science desk Ada Byrne\nFriday 9 June 2023 08.15 BST").as_deref(),
            Some("2023-06-09")
        );
        assert_eq!(
            date("By Ada Byrne\nPublished: June 9, 2023\nUpdated 10:05 am").as_deref(),
            Some("2023-06-09")
        );
        assert_eq!(
            date("By Ada Byrne\nCity Desk\nPort Elms, Mar 4, 2026").as_deref(),
            Some("2026-03-04")
        );
        // A second stamp under the first: the first is the publication date.
        assert_eq!(
            date("Tue 5 Mar 2024 14.02 GMT\nLast modified on Wed 6 Mar 2024 09.10 GMT").as_deref(),
            Some("2024-03-05")
        );
        // One line alone, a sentence beside the date, or a line too long for a credit.
        assert_eq!(date("Friday 9 June 2023"), None);
        assert_eq!(date("Ada Byrne wrote this.\nFriday 9 June 2023"), None);
        assert_eq!(
            date("A line of credits that runs on for far too many words\n9 June 2023"),
            None
        );
    }

    #[test]
    fn dates_stated_in_full_in_a_dateline() {
        let date = |text: &str| dateline(text).and_then(|d| d.date).map(|d| d.to_string());
        assert_eq!(
            date("LIMA, Jan. 21, 2022 \u{2014} Rain fell.").as_deref(),
            Some("2022-01-21")
        );
        assert_eq!(
            date("LIMA, 14 November 2015 (XYZ) - Rain fell.").as_deref(),
            Some("2015-11-14")
        );
        assert_eq!(
            date("LIMA, Peru, SEPT 3, 2019 (XYZ) - Rain fell.").as_deref(),
            Some("2019-09-03")
        );
        assert_eq!(
            date("LIMA, Monday, March 2, 2020 - Rain fell.").as_deref(),
            Some("2020-03-02")
        );
        // No year, no such day, or no month: no date.
        assert_eq!(date("LIMA, Feb 3 (XYZ) - Rain fell."), None);
        assert_eq!(date("LIMA, Feb. 30, 2021 - Rain fell."), None);
        assert_eq!(date("LIMA, Peru (XYZ) - Rain fell."), None);
        assert!(dateline("LIMA, Feb 3 (XYZ) - Rain fell.").is_some());
    }

    #[test]
    fn a_byline_closed_by_the_place_filed_from_names_its_outlet() {
        assert_eq!(
            byline_outlet("By Ivo Dane, Vela News, Lagos"),
            Some("Vela News")
        );
        assert_eq!(
            byline_outlet("By Ivo Dane-Quist, Vela News in Port Harcourt"),
            Some("Vela News")
        );
        assert_eq!(
            byline_outlet("Ivo Dane, Vela News, Lagos"),
            Some("Vela News")
        );
        assert_eq!(byline_outlet("By Ivo Dane, Lagos"), None);
        assert_eq!(byline_outlet("By Ada Press"), None);
        assert_eq!(byline_outlet("Ivo Dane, Vela News"), None);
        assert_eq!(byline_outlet("Rain fell, Vela News said, in Lagos"), None);
    }

    #[test]
    fn writers_each_with_a_place_over_the_date_are_a_header() {
        let date = |text: &str| date_among_header_lines(text, 8).map(|d| d.to_string());
        assert_eq!(
            date("Ivo Dane in Lagos and Ada Quist in Accra\nWed 3 Apr 2024 18.42 BST").as_deref(),
            Some("2024-04-03")
        );
        assert_eq!(
            date("Ivo Dane in Lagos, Ada Quist in Accra and Tom Reyes in Dakar\n3 Apr 2024")
                .as_deref(),
            Some("2024-04-03")
        );
        assert!(!is_writers_with_places("Ivo Dane and Ada Quist"));
        assert!(!is_writers_with_places(
            "Protesters in Lagos and police in Accra clashed again"
        ));
    }

    #[test]
    fn a_second_stamp_leaves_the_first_date() {
        let date = |text: &str| header_date_line(text).map(|d| d.to_string());
        assert_eq!(
            date("Published March 5, 2024Updated March 6, 2024, 9:12 a.m. ET").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            date("Issued on: 15/03/2024 - 14:22 Modified: 16/03/2024 - 16:10").as_deref(),
            Some("2024-03-15")
        );
        assert_eq!(date("Issued: 15 March 2024").as_deref(), Some("2024-03-15"));
        assert_eq!(
            date("Published on: 15/03/2024").as_deref(),
            Some("2024-03-15")
        );
        assert_eq!(
            date("Ivo Dane-Quist  |16.05.2025 - Update : 17.05.2025").as_deref(),
            Some("2025-05-16")
        );
        assert_eq!(
            date("March 5, 2024 4:21 PM 2 min read").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(date("Issued a warning on 15 March 2024"), None);
    }

    #[test]
    fn labelled_parts_of_a_one_line_header() {
        assert_eq!(
            separated_date_line("Source: Vela News| 2023-03-21 23:51:30|Editor: ivodane")
                .map(|(d, outlet)| (d.to_string(), outlet)),
            Some(("2023-03-21".to_string(), Some("Vela News")))
        );
        assert_eq!(outlet_line("Source:Vela News"), Some("Vela News"));
        assert_eq!(outlet_line("Source: Ivo Dane"), None);
    }

    #[test]
    fn a_year_after_the_copyright_name() {
        assert_eq!(copyright_outlet("\u{a9} Vela News 2024"), Some("Vela News"));
        assert_eq!(copyright_outlet("\u{a9} 2024 Vela News"), Some("Vela News"));
    }

    #[test]
    fn desk_credit_lines() {
        assert!(is_desk_credit("Our Bureau"));
        assert!(is_desk_credit("Tarn Valley Echo Bureau"));
        assert!(is_desk_credit("By Tarn Valley Echo Web Desk"));
        assert!(!is_desk_credit("Bureau"));
        assert!(!is_desk_credit("The bureau said it would reopen the Desk"));
        assert!(!is_desk_credit("Tarn Valley Echo\nOur Bureau"));
    }

    #[test]
    fn a_desk_or_bureau_closing_an_outlet_is_taken_off() {
        assert_eq!(
            outlet_without_desk("Orvik Ledger News Desk"),
            Some("Orvik Ledger")
        );
        assert_eq!(outlet_without_desk("XWIRE Desk"), None);
        assert_eq!(outlet_without_desk("PTI Desk"), Some("PTI"));
        assert_eq!(outlet_without_desk("Port Elms Bureau"), None);
        assert_eq!(outlet_without_desk("Web Desk"), None);
        assert_eq!(outlet_without_desk("Orvik Ledger"), Some("Orvik Ledger"));
        assert_eq!(outlet_line("Orvik Ledger Web Desk"), Some("Orvik Ledger"));
        assert_eq!(outlet_line("Port Elms Bureau"), None);
    }

    #[test]
    fn desk_codes_joined_by_hyphens() {
        assert!(is_credit_line("bur-ivd/aq"));
        assert!(is_credit_line("ivd-bur/aq"));
        assert!(!is_credit_line("and-or/so"));
        assert!(!is_credit_line("long-term"));
    }

    #[test]
    fn a_credit_without_brackets_after_a_mixed_case_region() {
        fn credit(text: &str) -> Option<&str> {
            dateline(text).and_then(|d| d.credit)
        }
        assert_eq!(
            credit("Lagos, Nigeria XYZ \u{2014} Rain fell."),
            Some("XYZ")
        );
        assert_eq!(credit("LAGOS, NIGERIA \u{2014} Rain fell."), None);
        assert_eq!(credit("Lagos, Nigeria \u{2014} Rain fell."), None);
    }

    #[test]
    fn desk_sign_offs_need_a_listed_agency_and_initials() {
        assert_eq!(desk_signoff("UNI RB KT"), Some("UNI"));
        assert_eq!(desk_signoff("UNI RB"), None);
        assert_eq!(desk_signoff("US UK EU"), None);
        assert_eq!(desk_signoff("UNI ROBERT KT"), None);
        assert_eq!(desk_signoff_tail("Ferries ran late. UNI RB KT"), Some(18));
        assert_eq!(desk_signoff_tail("Ferries ran late UNI RB KT"), None);
        // The last 32 bytes may begin inside a character: the search starts at the next one.
        let accented = "Boats left Ålesund for Ærø after a long day. UNI RB KT";
        assert!(!accented.is_char_boundary(accented.len() - MAX_DESK_SIGNOFF));
        assert_eq!(desk_signoff_tail(accented), accented.find("UNI"));
        assert_eq!(desk_signoff_tail(""), None);
    }

    #[test]
    fn an_opening_label_ends_within_the_first_bytes_even_when_a_character_straddles_them() {
        assert_eq!(
            opening_label("Editor's note: the vote moved.", b":"),
            Some(("Editor's note", 13))
        );
        // A colon past the window is no label's, though byte 120 falls inside `é`.
        let long = format!("{}é: then more", "a".repeat(MAX_PREFIX - 1));
        assert!(!long.is_char_boundary(MAX_PREFIX));
        assert_eq!(opening_label(&long, b":"), None);
        assert_eq!(
            opening_label("Also Read | Metro line", b":|"),
            Some(("Also Read ", 10))
        );
    }

    #[test]
    fn a_byline_without_by_names_only_a_plain_outlet() {
        assert_eq!(
            byline_outlet("Ivo Dane, The Vela Ledger"),
            Some("The Vela Ledger")
        );
        assert_eq!(
            byline_outlet("Ivo Dane The Vela Ledger"),
            Some("The Vela Ledger")
        );
        assert_eq!(
            byline_outlet("Ivo Dane\nThe Vela Ledger"),
            Some("The Vela Ledger")
        );
        assert_eq!(byline_outlet("Ivo Dane | AFP"), Some("AFP"));
        assert_eq!(byline_outlet("Ivo Dane, The Vela Editor"), None);
        assert_eq!(byline_outlet("Rain in Vela\nThe Vela Ledger"), None);
    }

    #[test]
    fn letter_c_notices_are_copyright_lines() {
        assert!(is_copyright_line("(c) The Orvik Sentinel 2023"));
        assert!(is_copyright_line(
            "(C) 2023 Orvik Media. All rights reserved."
        ));
        assert!(!is_copyright_line("(c) the budget for 2023"));
        assert!(!is_copyright_line("(c) The council shall review the plan."));
        assert_eq!(
            copyright_outlet("(c) The Orvik Sentinel 2023"),
            Some("The Orvik Sentinel")
        );
    }

    #[test]
    fn day_of_month_dates_read() {
        let date = jiff::civil::date(2023, 4, 11);
        assert_eq!(bare_date_line("Tuesday 11th of April 2023"), Some(date));
        assert_eq!(bare_date_line("11th of April, 2023"), Some(date));
        assert_eq!(bare_date_line("11 of April 2023"), None);
    }

    #[test]
    fn stamp_lines_run_over_a_clock_and_a_second_stamp() {
        let line = "Published : 2023-04-11 09:20 | Updated: 2023-04-11 11:45\nGale";
        assert_eq!(date_line(line).map(|(_, len)| len), Some(line.len() - 5));
        assert_eq!(
            date_line("date 2023-04-11 Gale hit.").map(|(_, len)| len),
            Some(15)
        );
    }

    #[test]
    fn navigation_menus_and_cookie_banners() {
        assert!(is_navigation_block(
            "Skip to content\nHome\nLocal\nSport\nLog in\nTry a month free"
        ));
        assert!(!is_navigation_block(
            "By Hallie Brandt\nThe Orvik Sentinel\nOrvik"
        ));
        assert!(!is_navigation_block(
            "Pier sold\nCouncil votes.\nTown split"
        ));
        assert!(!is_navigation_block("Home\nLocal"));
        assert!(is_navigation_item("Sign in"));
        assert!(!is_navigation_item("The Orvik Sentinel"));
        assert!(!is_navigation_item("By Hallie Brandt"));
        assert!(is_cookie_notice(
            "We and our partners use cookies. Manage preferences or accept all."
        ));
        assert!(!is_cookie_notice("The bakery sold cookies at the fair."));
        assert!(is_whole_line_label("Accept all"));
    }

    #[test]
    fn a_page_title_closed_by_the_site_name() {
        let title = "Orvik council votes to sell the old pier | The Orvik Sentinel";
        assert_eq!(
            title_with_outlet(title),
            Some((
                "Orvik council votes to sell the old pier".len(),
                "The Orvik Sentinel"
            ))
        );
        assert_eq!(
            title_with_outlet("Pier to close next year - Valley Courier").map(|(_, o)| o),
            Some("Valley Courier")
        );
        assert_eq!(
            title_with_outlet("Hallie Brandt | The Orvik Sentinel"),
            None
        );
        assert_eq!(
            title_with_outlet("Pier sale: the view from Orvik - analysis"),
            None
        );
        // A section between the headline and the outlet belongs to neither.
        let headline = "Orvik council votes to sell the pier";
        assert_eq!(
            title_with_outlet(&format!("{headline} | Local News | The Orvik Sentinel")),
            Some((headline.len(), "The Orvik Sentinel"))
        );
        assert_eq!(
            title_with_outlet(&format!("{headline} - Politics - Orvik Sentinel")),
            Some((headline.len(), "Orvik Sentinel"))
        );
        // Too short a headline before it, or more than a section's words, keeps the part.
        assert_eq!(
            title_with_outlet("Pier sale | Local News | The Orvik Sentinel"),
            Some(("Pier sale | Local News".len(), "The Orvik Sentinel"))
        );
        let long = "Pier sale goes ahead | council votes yes | The Orvik Sentinel";
        assert_eq!(
            title_with_outlet(long).map(|(len, _)| len),
            Some("Pier sale goes ahead | council votes yes".len())
        );
        // A section's name alone is no outlet.
        assert_eq!(title_with_outlet("Pier sale goes ahead | News"), None);
        assert_eq!(outlet_line("News"), None);
    }

    #[test]
    fn an_about_heading_with_the_names_the_body_by_name_or_initials() {
        let heading = "About the Board of Harbour Pilots";
        assert!(is_about_heading(heading, Some("BHP was set up in 1950.")));
        assert!(is_about_heading(
            heading,
            Some("The Board of Harbour Pilots runs the port.")
        ));
        assert!(is_about_heading(
            heading,
            Some("Board of Harbour Pilots runs the port.")
        ));
        assert!(!is_about_heading(heading, Some("BHPX was set up in 1950.")));
        assert!(!is_about_heading(heading, Some("Pilots said little.")));
        assert!(!is_about_heading(
            "About the board of pilots",
            Some("The board of pilots met.")
        ));
    }

    #[test]
    fn an_about_heading_needs_the_name_capitalised_as_it_is() {
        assert!(!is_about_heading(
            "About the Orchard",
            Some("The orchard will open in May.")
        ));
        assert!(is_about_heading(
            "About the Orchard Trust",
            Some("The Orchard Trust was set up in 1990.")
        ));
        // A heading in capitals names the company all the same.
        assert!(is_about_heading(
            "ABOUT FENWICK LABS",
            Some("Fenwick Labs makes sensors.")
        ));
    }

    #[test]
    fn a_lower_case_mark_glued_to_the_clock_is_no_american_clue() {
        let march_5 = jiff::civil::Date::new(2024, 3, 5).ok();
        for line in [
            // A label reads day first.
            "Posted 05/03/2024 7:20pm",
            "Posted: 05/03/2024 at 6:14am AEDT",
            // Capitals, points, a space or an American zone still mark the American stamp.
            "Posted 03/05/2024 7:20 p.m.",
            "Posted 03/05/2024 7:20pm EST",
        ] {
            assert_eq!(publication_line(line), march_5, "{line}");
        }
        assert_eq!(bare_date_line("03/05/2024 7:20 PM"), march_5);
        // With no other clue the date is left unread.
        assert_eq!(bare_date_line("05/03/2024 7:20pm"), None);
    }

    #[test]
    fn invitations_republication_notes_and_tag_lists_are_furniture() {
        for line in [
            "Download the Kelso Valley 12 app for breaking news alerts.",
            "Download our free app.",
            "This article originally appeared in The Orvik Sentinel. Read the original article.",
            "A version of this story was first published by Harbour Weekly.",
            "This article is republished from The Lakeshore Review under a Creative Commons license.",
            "Thanks for reading Fenwick Notes! Subscribe for free to receive new posts.",
            "Topics: drought, farming, rural-health",
            "Tags: ferries, Orvik",
        ] {
            assert!(is_page_furniture(line), "{line}");
        }
        for line in [
            "Download the forms from the council's website, the clerk said.",
            "This story first appeared to be a hoax, police said.",
            "This article explains how the fund was published in 1990.",
            "Topics: roads, schools and parks were all discussed.",
        ] {
            assert!(!is_page_furniture(line), "{line}");
        }
    }

    #[test]
    fn digits_on_an_american_stamp_read_month_first() {
        let date = |y, m, d| jiff::civil::Date::new(y, m, d).ok();
        assert_eq!(bare_date_line("03/06/2024 08:15 AM EST"), date(2024, 3, 6));
        assert_eq!(bare_date_line("03/06/2024 08:15 PDT"), date(2024, 3, 6));
        assert_eq!(bare_date_line("03/06/2024 08:15"), date(2024, 6, 3));
        assert_eq!(bare_date_line("03.06.2024 8:15 AM"), date(2024, 6, 3));
        assert_eq!(bare_date_line("03/06/2024"), None);
    }

    #[test]
    fn a_lone_wire_dateline_may_close_with_its_date() {
        let line = lone_dateline("Lyon (AFP) \u{2013} May 9, 2024");
        assert_eq!(line.and_then(|d| d.credit), Some("AFP"));
        assert_eq!(
            line.and_then(|d| d.date),
            jiff::civil::Date::new(2024, 5, 9).ok()
        );
        assert_eq!(
            lone_dateline("Lyon \u{2013} May 9, 2024").and_then(|d| d.date),
            None
        );
        assert_eq!(title_with_outlet("9 May 2024 | Lakeview Media"), None);
    }
}
