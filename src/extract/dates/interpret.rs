//! Reading one matched candidate into its value: the kinds of the scanner's patterns, years and
//! clock times.

use super::*;

/// Turn one regex match into a mention, or None when it is not a date after all.
pub(super) fn interpret(caps: &Captures<'_>, kind: &str, context: &Context<'_>) -> Option<Found> {
    let text = context.span.of(context.text);
    let ws = words(text);
    let anchor = context.anchor;
    // "front-end-2024": "end-" inside a hyphened word is no modifier of a date.
    let hyphened_lead = ["end-", "start-"].iter().any(|lead| {
        text.get(..lead.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(lead))
    }) && context.before(1).ends_with(['-', '–']);
    if hyphened_lead {
        return None;
    }
    let mut found = Found {
        span: context.span,
        value: None,
        modifier: None,
        time: None,
        grain: Grain::Other,
    };
    if kind == "iso" {
        let date = text.parse::<Date>().ok()?;
        found.value = Some(day_value(date));
        found.grain = Grain::Day;
    } else if kind == "slash" {
        found.value = Some(slash_date_value(context)?);
        found.grain = Grain::Day;
    } else if kind == "mdy" || kind == "dmy" {
        let month = ws.iter().find_map(|w| month_number(w))?;
        let day = written_day(&ws)?;
        // "3 March last year": the day in the year named from the anchor's.
        let written = match ws.iter().find_map(|w| year_number(w)) {
            Some(y) => Some(Some(y)),
            None => relative_year(&ws, anchor),
        };
        let year = written.unwrap_or_else(|| {
            // "next Sunday, Aug. 24", "last Friday, March 1": the date is trusted over the
            // weekday, in the direction the lead word gives.
            let ahead = match ws.first().map(String::as_str) {
                Some("next") => Some(true),
                Some("last") => Some(false),
                _ => None,
            };
            if let Some(ahead) = ahead {
                let anchor = anchor?;
                let weekday = ws.get(1).and_then(|w| weekday_of(w));
                return lead_word_slip_year(anchor, month, day, ahead, weekday)
                    .or_else(|| year_of_day_beside(anchor, month, day, ahead));
            }
            let guess = year_for_day(context, month, day)?;
            // "Monday, March 11": the year, of the guess and those either side of the
            // anchor's, in which that day falls on that weekday.
            let Some(weekday) = ws.first().and_then(|w| weekday_of(w)) else {
                return Some(guess);
            };
            Some(year_of_weekday(weekday, month, day, guess, context.anchor).unwrap_or(guess))
        });
        found.value = Some(month_day_value(year, month, day)?);
        found.modifier = modifier_of(&ws);
        found.grain = Grain::Day;
    } else if kind == "week_of_month" {
        found.value = week_of_month_value(&ws, context);
    } else if kind == "weekday_of_month" {
        if habitual_in_month(&ws, context) {
            return None;
        }
        found.value = weekday_of_month_value(&ws, context);
        found.grain = Grain::Day;
    } else if kind == "month" {
        let month = ws.iter().find_map(|w| month_number(w))?;
        if ws.len() == 1 && month == 5 && !may_is_month(context) {
            return None;
        }
        if text.ends_with('.') && !abbreviated_month_is_month(context) {
            return None;
        }
        // "held every August", "run each April since 1990": a month that comes back is no
        // date, as a weekday that does is not.
        if ws.len() == 1
            && matches!(
                last_word(context.before(16)).to_lowercase().as_str(),
                "every" | "each"
            )
        {
            return None;
        }
        // "last March", "next March": the one before or after the anchor's month.
        let before_month = ws
            .iter()
            .position(|w| month_number(w).is_some())
            .and_then(|at| at.checked_sub(1))
            .and_then(|at| ws.get(at))
            .map(String::as_str);
        let relative_month = match before_month {
            Some("last") => anchor.map(|a| {
                if month < a.month() {
                    a.year()
                } else {
                    a.year().saturating_sub(1)
                }
            }),
            Some("next") => anchor.map(|a| {
                if month > a.month() {
                    a.year()
                } else {
                    a.year().saturating_add(1)
                }
            }),
            _ => None,
        };
        // "the last March of the season": a march, not a month.
        if matches!(before_month, Some("last" | "next")) && preceded_by_the(context) {
            return None;
        }
        let year = match ws.iter().find_map(|w| year_number(w)) {
            Some(y) => Some(y),
            None if relative_month.is_some() => relative_month,
            None => match relative_year(&ws, anchor) {
                Some(resolved) => resolved,
                None => year_for_month(context, month),
            },
        };
        found.value = Some(match year {
            Some(y) => format!("{y:04}-{month:02}"),
            None => format!("XXXX-{month:02}"),
        });
        found.modifier = modifier_of(&ws);
    } else if kind == "holiday" {
        if !bare_holiday_is_day(context) {
            return None;
        }
        let name_at = caps.name("holiday_name").map_or(0, |m| m.start());
        let holiday = holiday_of(text.get(name_at..)?)?;
        let year = ws.iter().find_map(|w| year_number(w));
        let lead = caps
            .name("holiday_lead")
            .map(|m| m.as_str().trim().to_lowercase());
        if lead.is_some()
            && context
                .after(24)
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        {
            // "next Easter Island": part of a name.
            return None;
        }
        let year = year.or_else(|| match (lead.as_deref(), anchor) {
            (Some(which), Some(a)) => year_of_led_holiday(holiday, which, a),
            _ => year_for_month(context, holiday.month()),
        });
        found.value = match year {
            Some(year) => Some(day_value(holiday.in_year(year)?)),
            None => match holiday {
                Holiday::Fixed(month, day) => Some(month_day_value(None, month, day)?),
                _ => None,
            },
        };
        found.grain = Grain::Day;
    } else if kind == "century" {
        let ordinal = ws.iter().rev().nth(1)?;
        let number = match CENTURY_ORDINALS.iter().find(|(w, _)| w == ordinal) {
            Some(&(_, n)) => n,
            None => ordinal
                .trim_end_matches(char::is_alphabetic)
                .parse::<u8>()
                .ok()?,
        };
        found.value = Some(format!("{:02}XX", number.checked_sub(1)?));
        found.modifier = modifier_of(&ws);
        // "at the turn of the 20th century": its first years.
        if context.before(16).to_lowercase().ends_with("turn of ") {
            found.modifier = Some("START");
        }
    } else if kind == "relcentury" {
        // "the end of the decade" is the one of the story's time, the anchor's unless the
        // clause tells of the past ("by the end of the decade he had sold it").
        // "over the last century" is a length of time, "a mid-century chair" a style.
        let after_the = ws.first().is_some_and(|w| w == "last") && preceded_by_the(context);
        let style = ws.first().is_some_and(|w| w == "mid")
            && !TIME_PREPOSITIONS.contains(&last_word(context.before(12)).to_lowercase().as_str());
        if after_the || style {
            return None;
        }
        // "the turn of the century": the start of the century whose first year is nearest the
        // anchor's, in a clause of any tense.
        let turn = ws.iter().any(|w| w == "turn");
        let told_of = ws.iter().rev().nth(1).is_some_and(|w| w == "the");
        // "said a fund will deliver homes by the end of the decade": a future word after the
        // reporting verb sets the clause ahead.
        let anchored = anchor.filter(|_| turn || !(told_of && context.past() && !context.future()));
        found.value = anchored.map(|a| {
            let last = ws.first().is_some_and(|w| w == "last");
            match ws.last().map(String::as_str) {
                Some("decade") => format!("{}X", a.year() / 10),
                _ if turn => format!("{:02}XX", a.year().saturating_add(50) / 100),
                _ => format!("{:02}XX", a.year() / 100 - i16::from(last)),
            }
        });
        found.modifier = if turn {
            Some("START")
        } else {
            modifier_of(&ws)
        };
    } else if kind == "decade" {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        // "temperatures in the mid-30s": degrees, not a decade, unless written "the '30s".
        if digits.len() == 2 && !text.contains(['\'', '’']) && temperature_talk(context) {
            return None;
        }
        let value = match digits.len() {
            // "the 1800s", "the early 1900s": a century; "the 2000s" is a decade.
            4 if digits.ends_with("00") && digits.as_str() < "2000" => {
                format!("{}XX", digits.get(..2)?)
            }
            4 => format!("{}X", digits.get(..3)?),
            2 => format!("19{}X", digits.get(..1)?),
            _ => return None,
        };
        found.value = Some(value);
        found.modifier = modifier_of(&ws);
    } else if kind == "time" {
        // "at noon", "until midnight": the hour, after a word that sets a time, or after a
        // present "is" before its day ("The deadline is midnight on Friday").
        let named = matches!(text, "noon" | "midday" | "midnight");
        let previous = last_word(context.before(12)).to_lowercase();
        let next = words(context.after(12));
        let next = next.first().map(String::as_str);
        let day_after = next.is_some_and(|w| w == "on" || weekday_of(w).is_some());
        let set_by_copula = matches!(previous.as_str(), "is" | "are") && day_after;
        if named && !TIME_PREPOSITIONS.contains(&previous.as_str()) && !set_by_copula {
            return None;
        }
        // "at 6 in the morning", "at two in the morning": a bare hour with its part of the day
        // is a time only after a preposition of time ("won 3 in the afternoon" counts).
        let part_of_day = text.contains(' ')
            && (text.ends_with("morning")
                || text.ends_with("afternoon")
                || text.ends_with("evening")
                || text.ends_with("night"));
        if part_of_day && !TIME_PREPOSITIONS.contains(&previous.as_str()) {
            return None;
        }
        // "a ratio of 1:25", "a 1:10 ratio": a ratio, no time of day.
        let ratio_word = |w: &str| RATIO_NOUNS.contains(&w);
        let before_of = context
            .before(24)
            .trim_end()
            .strip_suffix(previous.as_str());
        let ratio = next.is_some_and(ratio_word)
            || (previous == "of"
                && before_of.is_some_and(|b| ratio_word(last_word(b).to_lowercase().as_str())));
        if ratio {
            return None;
        }
        // "won in 2:05:11", "won in 1:56.42", "case 2:23-cv-01234": a race time with its
        // seconds or a fraction of one, or a case number, is no time of day.
        let after = context.after(3).as_bytes();
        let seconds = after.len() >= 3
            && after[0] == b':'
            && after[1].is_ascii_digit()
            && after[2].is_ascii_digit();
        let fraction =
            after.len() >= 2 && after[0] == b'.' && after[1].is_ascii_digit() && text.contains(':');
        let case_number = after.len() >= 2 && after[0] == b'-' && after[1].is_ascii_alphabetic();
        if seconds
            || fraction
            || case_number
            || follows_a_race_time_lead(text, context)
            || reads_game_clock(text, context)
        {
            return None;
        }
        if is_dotted_clock(text) && !dotted_clock_is_time(context) {
            return None;
        }
        // "at 2100 local time", "at 1800 hours": a four-figure time of the military clock, but
        // "worked 1800 hours" counts them.
        let counted_hours = text.ends_with("hours") || text.ends_with("hrs");
        if counted_hours
            && !CLOCK_FIGURE_PREPOSITIONS
                .contains(&last_word(context.before(12)).to_lowercase().as_str())
        {
            return None;
        }
        let (hour, minute) = match text {
            "noon" | "midday" => (12, 0),
            "midnight" => (0, 0),
            _ => clock_time(text)?,
        };
        found.time = Some(format!("{hour:02}:{minute:02}"));
        // "until midnight", "shortly before midnight on Saturday", "close at midnight tonight",
        // "expires at midnight on Friday": the midnight that ends its day. "just after midnight
        // on Sunday" is the start of that day.
        let closes_day = text == "midnight"
            && (DAY_END_PREPOSITIONS.contains(&previous.as_str())
                || next == Some("tonight")
                || (previous == "at" && day_after)
                || set_by_copula);
        found.grain = if closes_day {
            Grain::DayEnd
        } else {
            Grain::Time
        };
    } else if kind == "ago" || kind == "inrel" {
        return counted_offset(&ws, context, found);
    } else if kind == "told_season" {
        return told_season(&ws, context, found);
    } else if kind == "season" {
        let code = ws.iter().find_map(|w| season_code(w))?;
        // "the next Winter Games", "last Summer Olympics": a capitalised season word ending
        // the match before a capitalised word is part of a name, no season.
        let named = text.rsplit(char::is_whitespace).next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && season_code(&w.to_lowercase()).is_some()
        }) && context
            .after(2)
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        if named {
            return None;
        }
        // "in the spring", "from the autumn", "until the summer", "since the summer", "over
        // the winter", "planned for the fall".
        let lead = ws.first().map_or("", String::as_str);
        let part = ws
            .iter()
            .skip(1)
            .take(3)
            .any(|w| matches!(w.as_str(), "end" | "start" | "beginning" | "middle"));
        let opened_by_in =
            SEASON_LEAD_WORDS.contains(&lead) || (part && SEASON_PART_LEAD_WORDS.contains(&lead));
        // "by the end of next summer": placed by its own word, whatever the tense.
        let own_word = ws
            .iter()
            .any(|w| matches!(w.as_str(), "last" | "this" | "next"));
        let has_year = ws.iter().any(|w| year_number(w).is_some());
        // "the fall in prices", "after the fall, shares rose": the noun, not the season. A bare
        // "fall" is the season only when no preposition follows it, and after a lead word other
        // than a span ("in", "until", "over") only in a clause that looks ahead.
        if opened_by_in && !has_year && ws.last().is_some_and(|w| w == "fall") {
            let next = context
                .after(16)
                .trim_start()
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
                .to_lowercase();
            let span_lead = matches!(
                lead,
                "in" | "until" | "till" | "over" | "during" | "throughout"
            );
            if FALL_NOUN_FOLLOWERS.contains(&next.as_str())
                || (!span_lead
                    && !Context {
                        span: found.span,
                        ..*context
                    }
                    .future())
            {
                return None;
            }
        }
        if opened_by_in {
            // "in the spring": the season from its own word (or "early"/"late") on.
            let lead = context
                .span
                .of(context.text)
                .find(|c: char| c.is_whitespace())
                .map(|at| {
                    let rest = &context.text[context.span.start + at..context.span.end];
                    let rest = rest.trim_start();
                    // "the end of the summer" keeps its "the", as "the end of March" does.
                    let rest = rest
                        .get(..4)
                        .filter(|head| head.eq_ignore_ascii_case("the ") && !part)
                        .map_or(rest, |_| rest[4..].trim_start());
                    context.span.end - rest.len()
                })?;
            found.span = Span::new(lead, context.span.end);
        }
        let year = match ws.iter().find_map(|w| year_number(w)) {
            Some(y) => Some(y),
            // "in the spring" with no year: the coming one in a clause of the future, the
            // last one in a clause of the past, and none in a habit ("birds nest in spring").
            None if opened_by_in && !own_word => {
                let season_start = season_start(code);
                // "delayed until the autumn": the lead word is part of what sets the season.
                let from_lead = Context {
                    span: found.span,
                    ..*context
                };
                // "since the summer" looks back whatever the tense of its clause; "until the
                // summer" ahead whatever the tense of the verb of saying before it.
                // "By the summer we shall have…", "By the autumn, tenants should hear…": a
                // season opening its sentence before a main clause with a future auxiliary or a
                // modal of what is due.
                let future = lead != "since"
                    && (from_lead.future()
                        || (matches!(lead, "until" | "till") && !context.past_after_saying())
                        || (context.opens_sentence_after_preposition()
                            && future_or_due_in_main_clause(context.after(FUTURE_WORD_REACH))));
                // "were to get them by the end of the summer": a part of a season set in a
                // clause of the past is read from the past.
                let future = future && !(part && context.past());
                if !future && lead != "since" && !context.past() {
                    return None;
                }
                // "will not put it off until the autumn", written in November: a wait, in a
                // clause not of the past, until a season past its first month is one for the
                // next.
                let awaited =
                    future && matches!(lead, "until" | "till") && !context.past_after_saying();
                anchor.map(|a| {
                    let begun = a.month() >= season_start;
                    let ended = code != "WI" && a.month() >= season_start + 3;
                    let ended = ended || (awaited && a.month() > season_start);
                    match (future, begun, ended) {
                        (true, _, true) => a.year().saturating_add(1),
                        (true, _, false) | (false, true, _) => a.year(),
                        (false, false, _) => a.year().saturating_sub(1),
                    }
                })
            }
            None => {
                let offset: i16 = if ws.iter().any(|w| w == "last") {
                    -1
                } else if ws.iter().any(|w| w == "next") {
                    1
                } else {
                    0
                };
                anchor.map(|a| a.year().saturating_add(offset))
            }
        };
        found.value = year.map(|y| format!("{y:04}-{code}"));
        let skip = ws
            .iter()
            .enumerate()
            .take_while(|(i, w)| opened_by_in && (*i == 0 || w.as_str() == "the"))
            .count();
        found.modifier = modifier_of(&ws[skip..]);
    } else if kind == "weekend" {
        found.value = match weekend_of_day(&ws, context) {
            Some(day) => day.map(|d| format!("{}-WE", week_value(d))),
            None => anchor.and_then(|a| weekend_value(a, &ws, context)),
        };
    } else if kind == "month_quarter" {
        found.value = month_quarter_value(&ws, context)?;
    } else if kind == "period" {
        found.value = period_value(&ws, context)?;
        found.modifier = modifier_of(&ws);
    } else if kind == "nth" {
        let day = ws.get(1).and_then(|w| day_number(w))?;
        // "the 14th of next month": the day of the month named from the anchor's.
        if let Some(offset) = month_offset_of(&ws) {
            found.value = anchor.and_then(|a| day_of_month_away(a, offset, day));
        } else {
            if !day_of_month(context) {
                return None;
            }
            found.value = anchor.and_then(|a| resolve_day_of_month(a, day, context.future()));
        }
        found.grain = Grain::Day;
    } else if kind == "two_away" {
        let unit = ws.get(1)?.as_str();
        let offset = if ws.last().is_some_and(|w| w == "last") {
            -2
        } else {
            2
        };
        // "the weekend before last": the weekend two weeks from the anchor's week's.
        found.value = anchor.and_then(|a| match unit {
            "weekend" => weekend_weeks_away(a, offset),
            _ => shifted_value(a, unit, offset),
        });
    } else if kind == "turn_year" {
        found.value = anchor.map(|a| format!("{:04}", turn_of_year(a, context)));
        found.modifier = Some("START");
    } else if kind == "year_end" {
        found.value = anchor.map(|a| format!("{:04}", year_end_year(a, context)));
        found.modifier = Some("END");
    } else if kind == "mid_unit" {
        if describes_noun(context) {
            return None;
        }
        let unit = ws.last()?.as_str();
        let unit = unit.strip_prefix("mid").unwrap_or(unit);
        found.modifier = Some("MID");
        found.value = anchor.and_then(|a| shifted_value(a, unit, 0));
    } else if kind == "rel" {
        let unit = ws.last()?.as_str();
        let which = ws.iter().rev().nth(1)?.as_str();
        let offset: i64 = match which {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        // "over the last year", "the last week of her life", "in the next month": a stretch
        // of time, not the calendar's week, month or year before or after the anchor's.
        if matches!(which, "last" | "next") && preceded_by_the(context) {
            return None;
        }
        found.modifier = modifier_of(&ws);
        found.value = if unit == "quarter" {
            relative_quarter(context, offset)?
        } else {
            anchor.and_then(|a| shifted_value(a, unit, offset))
        };
    } else if kind == "day_shift" {
        return day_shift(&ws, context, found);
    } else if kind == "deictic" {
        if is_capitalised_mid_sentence(context) {
            // "BBC Radio 4's Today programme", "told USA Today": a title, not a day.
            return None;
        }
        let offset: i64 = if ws.iter().any(|w| w == "yesterday") || ws.starts_with(&["last".into()])
        {
            -1
        } else if ws.iter().any(|w| w == "tomorrow") {
            1
        } else {
            0
        };
        found.value = anchor
            .and_then(|a| a.checked_add(offset.days()).ok())
            .map(day_value);
        found.grain = Grain::Day;
    } else if kind == "weekday" {
        let before = context.before(12);
        // "another \"Black Monday\"": a quotation mark opening the name is no part of it.
        let previous = before
            .split_whitespace()
            .next_back()
            .filter(|_| before.ends_with(char::is_whitespace))
            .map(|w| w.trim_start_matches(['"', '\'', '“', '‘']));
        // "Black Saturday", "Super Tuesday": a day with a name of its own.
        let named_day = previous.is_some_and(|w| NAMED_DAY_PREFIXES.contains(&w));
        if named_day && ws.len() == 1 {
            return None;
        }
        // "the Sun.", "the Sunday Sun.", "Baltimore Sun.": an abbreviation after "the" or a
        // capitalised word is part of a name.
        let in_name = previous.is_some_and(|w| {
            w.eq_ignore_ascii_case("the")
                || w.starts_with(char::is_uppercase) && w.contains(char::is_lowercase)
        });
        if text.contains('.') && ws.len() == 1 && in_name {
            return None;
        }
        if ws.len() == 1 && hyphened_part_of_day_before_noun(context.after(40)) {
            return None;
        }
        // "on a Tuesday afternoon", "every Friday": no one day; but "a Friday deadline" is one.
        // "every second Tuesday", "every other Friday": a day that comes back.
        let every_nth = previous.is_some_and(|w| {
            ["other", "second", "third", "fourth", "alternate"]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        }) && {
            let earlier = context.before(24).trim_end();
            let earlier = earlier
                .get(..earlier.len().saturating_sub(previous.map_or(0, str::len)))
                .unwrap_or("");
            matches!(last_word(earlier).to_lowercase().as_str(), "every" | "each")
        };
        let described = previous.is_some_and(|w| describes_after_article(w, context.before(32)));
        let any_such_day = every_nth
            || described
            || previous.is_some_and(|w| {
                ["a", "an", "every", "each"]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(w))
            });
        let one_event = ws.len() == 1
            && (described || previous.is_some_and(|w| w.eq_ignore_ascii_case("a")))
            && context.scheduled_event_after();
        if any_such_day && !one_event {
            return None;
        }
        // "on Wednesday afternoons", "the first Saturday of each month": a day that comes back;
        // but "on Friday and Saturday nights" may be two nights of one weekend.
        let paired = previous
            .is_some_and(|w| ["and", "or"].iter().any(|c| c.eq_ignore_ascii_case(w)))
            && context
                .before(32)
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .nth_back(1)
                .is_some_and(|w| weekday_of(w).is_some());
        // "on the last Sunday of each month" comes back as "on Sundays" does.
        let last_of_month = matches!(ws.as_slice(), [last, _] if last == "last");
        if (ws.len() == 1 && !paired || last_of_month)
            && RECURRING_AFTER_WEEKDAY_RE.is_match(context.after(24))
        {
            return None;
        }
        if ws.len() == 1 && weekly_opening_day(context) {
            return None;
        }
        let weekday = ws.iter().find_map(|w| weekday_of(w))?;
        let first = ws.first().map(String::as_str).unwrap_or("");
        // "the previous Tuesday", "the following Monday": that weekday before or after the day
        // told before it ([`resolve_day_shifts`]); until then, before or after the anchor.
        let lead = ws.get(1).map(String::as_str).filter(|_| first == "the");
        if let Some(lead) = lead {
            let ahead = WEEKDAY_SHIFT_LEADS_AHEAD.contains(&lead);
            found.grain = Grain::WeekdayShift(weekday, ahead);
            found.value = anchor
                .and_then(|a| a.nth_weekday(if ahead { 1 } else { -1 }, weekday).ok())
                .map(day_value);
            return Some(found);
        }
        let moved = if let Some(weeks) = named_week_offset(&ws) {
            anchor.and_then(|a| weekday_of_week(a, weekday, weeks))
        } else if matches!(first, "last" | "this")
            || (first == "next"
                && WEEK_AFTER_WEEKDAY_RE
                    .captures(context.after(40))
                    .is_none_or(|caps| caps.name("week").is_none()))
        {
            // "next Friday week" is a week after next Friday; a bare "next Friday" the coming one.
            None
        } else {
            anchor.and_then(|a| weekday_in_other_week(a, weekday, context))
        };
        found.value = moved
            .or_else(|| anchor.and_then(|a| resolve_weekday(a, weekday, first, context)))
            .map(day_value);
        found.modifier = match first {
            "early" => Some("START"),
            "late" => Some("END"),
            _ => None,
        };
        found.grain = Grain::Day;
    } else if kind == "fiscal" {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let year = match digits.len() {
            4 => year_number(&digits)?,
            _ => two_digit_year(digits.parse().ok()?, anchor),
        };
        found.value = Some(format!("{year:04}"));
    } else if kind == "short_year" {
        found.value = Some(short_year_value(context)?);
    } else if kind == "year" {
        let year = ws.iter().find_map(|w| year_number(w))?;
        if ws.len() == 1 && !year_is_date(context) {
            return None;
        }
        // "2100" counts something ("rose by 2100 jobs") unless a word of time comes before it
        // and no word after it.
        let far_cue =
            FAR_YEAR_CUES.contains(&last_word(context.before(12)).to_lowercase().as_str());
        let word_after = context
            .after(24)
            .trim_start()
            .starts_with(char::is_lowercase);
        if year > 2099 && (!far_cue || word_after) {
            return None;
        }
        found.value = Some(format!("{year:04}"));
        found.modifier = modifier_of(&ws);
    } else {
        return None;
    }
    Some(found)
}

/// The day of a date written with slashes, when the order of day and month is plain: a first
/// number above 12 is the day ("15/02/2024"), a second one above 12 is ("02/15/2024"), or both
/// are the same ("05/05/2024"). "03/04/2024" may be the 3rd of April or March 4, and is left
/// out, as is anything joined to more digits or slashes ("1/15/02/2024").
pub(super) fn slash_date_value(context: &Context<'_>) -> Option<String> {
    let joined_before = context
        .before(1)
        .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'));
    let after = context.after(2).as_bytes();
    let joined_after =
        after.len() == 2 && matches!(after[0], b'/' | b'.' | b'-') && after[1].is_ascii_digit();
    if joined_before || joined_after {
        return None;
    }
    let mut parts = context.span.of(context.text).split(['/', '.', '-']);
    let first: i8 = parts.next()?.parse().ok()?;
    let second: i8 = parts.next()?.parse().ok()?;
    let year: i16 = parts.next()?.parse().ok()?;
    let (month, day) = plain_month_day(first, second)?;
    Date::new(year, month, day).ok().map(day_value)
}

/// Years ahead of the anchor's that a year cut to two digits may still be ("the class of '28",
/// written in 2024); any later one is of the century before.
pub(super) const SHORT_YEAR_LEAD: i16 = 5;

/// The two-digit years taken as of this century when there is no anchor (`'30` and earlier).
pub(super) const SHORT_YEAR_PIVOT: i16 = 30;

/// The year of "'95" or "’08": the apostrophe opens a word (after white space, a bracket or
/// nothing) and nothing but punctuation follows the digits ("'95'" is a quoted number, "'95%"
/// a figure). Of this century up to [`SHORT_YEAR_LEAD`] years after the anchor's, else of the
/// one before.
pub(super) fn short_year_value(context: &Context<'_>) -> Option<String> {
    let opens = context
        .before(4)
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || c == '(');
    let closes = !context
        .after(1)
        .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '%'));
    if !opens || !closes {
        return None;
    }
    let digits: String = context
        .span
        .of(context.text)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    Some(format!(
        "{:04}",
        two_digit_year(digits.parse().ok()?, context.anchor)
    ))
}

/// The year a two-digit one stands for: of the anchor's century up to [`SHORT_YEAR_LEAD`]
/// years after the anchor's year, else of the century before.
pub(super) fn two_digit_year(two: i16, anchor: Option<Date>) -> i16 {
    let pivot = anchor.map_or(SHORT_YEAR_PIVOT, |a| {
        (a.year() % 100 + SHORT_YEAR_LEAD).min(99)
    });
    let century = anchor.map_or(2000, |a| a.year() - a.year() % 100);
    if two <= pivot {
        century + two
    } else {
        century - 100 + two
    }
}

/// Whether the sentence before the candidate speaks of temperatures (a word of
/// [`TEMPERATURE_WORDS`] such as "temperatures" or "highs").
pub(super) fn temperature_talk(context: &Context<'_>) -> bool {
    let before = context.before(80).to_lowercase();
    let sentence = before.rsplit(['.', '!', '?']).next().unwrap_or(&before);
    sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|w| TEMPERATURE_WORDS.contains(&w))
}

/// Whether a bare "May" is the month: it follows a word such as "in", "since" or "early".
pub(super) fn may_is_month(context: &Context<'_>) -> bool {
    let before = context.before(24);
    let previous = last_word(before);
    // "in April or May": a month named just before.
    let head = before.trim_end();
    let head = head
        .get(..head.len().saturating_sub(previous.len()))
        .unwrap_or("");
    let month_or = previous.eq_ignore_ascii_case("or")
        && MONTHS.iter().any(|(name, _)| *name == last_word(head));
    // "the May contract", "Brent for May settlement".
    if context.contract_month() {
        return true;
    }
    before.trim_end().len() < before.len()
        && (month_or
            || MAY_MONTH_CUES
                .iter()
                .any(|cue| cue.eq_ignore_ascii_case(previous)))
}

/// Whether the candidate is a modifier of a noun rather than a time: a determiner stands right
/// before it ("the mid-year review", "a midweek game") or a word in lower case that is no
/// function word follows it ("mid-month deadline"; "mid-month and", "midweek to" are times).
pub(super) fn describes_noun(context: &Context<'_>) -> bool {
    let previous = last_word(context.before(12)).to_lowercase();
    let determiner = crate::word_set!(crate::lexicon::function_words::ARTICLES)
        .contains(previous.as_str())
        || crate::word_set!(reporting::POSSESSIVE_DETERMINERS).contains(previous.as_str());
    let after = context.after(24);
    let next: &str = after.strip_prefix(' ').map_or("", |rest| {
        rest.split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
    });
    let noun_after = next.starts_with(|c: char| c.is_lowercase())
        && !crate::word_set!(crate::lexicon::function_words::FUNCTION_WORDS)
            .contains(next.to_lowercase().as_str());
    determiner || noun_after
}

/// Whether `after`, the text right after a weekday, hyphens it to a part of the day and goes on
/// to a noun: "his Saturday-night show", "the Sunday-morning service" name a habit, no one day.
pub(super) fn hyphened_part_of_day_before_noun(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let part: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
    if !PARTS_OF_DAY.contains(&part.to_ascii_lowercase().as_str()) {
        return false;
    }
    let Some(tail) = rest.get(part.len()..).and_then(|t| t.strip_prefix(' ')) else {
        return false;
    };
    let next: String = tail.chars().take_while(|c| c.is_alphabetic()).collect();
    next.starts_with(char::is_lowercase)
        && !crate::word_set!(crate::lexicon::function_words::FUNCTION_WORDS).contains(next.as_str())
}

/// Whether the word before the candidate is "the" ("over the last year" is a duration).
pub(super) fn preceded_by_the(context: &Context<'_>) -> bool {
    let before = context.before(8).trim_end();
    before.len() >= 3
        && before
            .get(before.len() - 3..)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && !before
            .get(..before.len() - 3)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric)
}

/// Whether `year` closes a span of years after a dash or slash (`2010-2015`, `1914–1918`,
/// `2023/2024`): a year before it, opening a word, and earlier than this one.
pub(super) fn closes_year_span(before: &str, year: &str) -> bool {
    let Some(first) = before.strip_suffix(['-', '–', '/']) else {
        return false;
    };
    let digits = first.len().checked_sub(4).and_then(|at| first.get(at..));
    let opens_word = first
        .len()
        .checked_sub(5)
        .and_then(|at| first.get(at..))
        .is_none_or(|w| w.starts_with(|c: char| !c.is_alphanumeric()));
    let (Some(first), Some(second)) = (digits.and_then(year_number), year_number(year)) else {
        return false;
    };
    opens_word && (1800..second).contains(&first)
}

/// Whether a bare four-digit number is a year rather than a quantity ("1500 troops", "$2014").
/// Whether the candidate starts with a capital inside a sentence: after a word, a possessive or
/// a comma, rather than at a sentence's or a quote's opening.
pub(super) fn is_capitalised_mid_sentence(context: &Context<'_>) -> bool {
    let capital = context
        .span
        .of(context.text)
        .starts_with(|c: char| c.is_uppercase());
    let previous = context.before(8).trim_end().chars().next_back();
    capital && previous.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '\'' | '\u{2019}'))
}

pub(super) fn year_is_date(context: &Context<'_>) -> bool {
    let before = context.before(16);
    let after = context.after(24);
    let label = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if before.ends_with(' ') && crate::lexicon::calendar::IDENTIFIER_LABELS.contains(&label) {
        return false;
    }
    if closes_year_span(before, context.span.of(context.text)) {
        return true;
    }
    if let Some(c) = before.chars().next_back() {
        if matches!(
            c,
            '$' | '£' | '€' | '¥' | '₹' | '-' | '–' | ',' | '.' | '/' | '#' | '+'
        ) || c.is_alphanumeric()
        {
            return false;
        }
    }
    // "2023-CR-1045": a case or file number.
    let joined_code = after.starts_with('-')
        && after
            .get(1..2)
            .is_some_and(|c| c.starts_with(|c: char| c.is_ascii_uppercase()));
    // "the 1922 Committee": a body named after a year.
    let named_body = after
        .strip_prefix(' ')
        .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| YEAR_NAMED_BODIES.contains(&w));
    if joined_code || named_body {
        return false;
    }
    // "call 1800 333 000": the first group of a phone number written in three groups.
    let phone_groups = after.strip_prefix(' ').is_some_and(|rest| {
        let b = rest.as_bytes();
        b.len() >= 7
            && b[..3].iter().all(u8::is_ascii_digit)
            && b[3] == b' '
            && b[4..7].iter().all(u8::is_ascii_digit)
            && !b.get(7).is_some_and(u8::is_ascii_digit)
    });
    if phone_groups {
        return false;
    }
    let after_trim = after.trim_start();
    if after.starts_with('%')
        || after.starts_with(',')
            && after
                .get(1..2)
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_digit()))
        || after.starts_with('.')
            && after
                .get(1..2)
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_digit()))
        || after.starts_with(':')
            && after
                .get(1..2)
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let lower_after = after_trim.to_lowercase();
    if lower_after.starts_with("per cent") || lower_after.starts_with("percent") {
        return false;
    }
    let next_word: String = after_trim
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let previous_word = last_word(before).to_lowercase();
    // "above 2019 levels", "to pre-2020 levels": the level of that year.
    if matches!(next_word.as_str(), "level" | "levels") {
        return true;
    }
    // "Funding for 2023/24 was cut": an auxiliary after the year is its verb, not a noun counted.
    // "A 2022 analysis", "the 2021 census": a noun in "-is" or "-us" is no plural counted.
    let counted = next_word.len() > 2
        && !crate::word_set!(reporting::FINITE_AUXILIARIES).contains(next_word.as_str())
        && next_word.chars().all(|c| c.is_lowercase())
        && next_word.ends_with('s')
        && !next_word.ends_with("ss")
        && !next_word.ends_with("is")
        && !next_word.ends_with("us");
    let year_cue = matches!(
        previous_word.as_str(),
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "before"
            | "after"
            | "during"
            | "of"
            | "the"
            | "and"
            | "to"
            | "between"
            | "through"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "summer"
            | "spring"
            | "autumn"
            | "winter"
            | "fall"
    );
    !counted || year_cue
}

/// Whether `text` is a clock time written with a point and no "am" or "pm" ("10.30", "22.15
/// GMT"), which may as well be a figure.
pub(super) fn is_dotted_clock(text: &str) -> bool {
    let digits = text.trim_start_matches(|c: char| c.is_ascii_digit());
    let Some(minutes) = digits.strip_prefix('.') else {
        return false;
    };
    let rest = minutes.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.trim_start();
    !rest.starts_with(['a', 'A', 'p', 'P'])
}

/// Whether a dotted clock time ("at 10.30 on Monday", "until 22.15 GMT") is a time of day: it
/// stands alone (no point, sign or digit joined to it), and has a time zone, or one of
/// [`CLOCK_FIGURE_PREPOSITIONS`] before it after no verb that moves a figure ("rose from
/// 10.30") or sets a level ("closed at 10.30"), and one of [`DOTTED_TIME_FOLLOWERS`], a
/// capital word or punctuation after it ("rose 10.30 per cent" and "at 10.30 points" are
/// figures).
pub(super) fn dotted_clock_is_time(context: &Context<'_>) -> bool {
    let before = context.before(60);
    let after = context.after(24);
    let joined_before = !(before.is_empty() || before.ends_with([' ', '(', '\n']));
    let joined_after = after.starts_with(['%', '.', ',', '-', '/'])
        && after
            .get(1..2)
            .is_some_and(|c| c.starts_with(|c: char| c.is_ascii_digit()))
        || after.starts_with('%');
    if joined_before || joined_after {
        return false;
    }
    let text = context.span.of(context.text);
    if text.contains(char::is_whitespace) {
        return true;
    }
    let previous = last_word(before).to_lowercase();
    if !CLOCK_FIGURE_PREPOSITIONS.contains(&previous.as_str()) {
        return false;
    }
    // A figure is moved "by", "from" or "to" another ("rose from 10.30"), and set "at" a level
    // ("closed at 10.30"); "was raised at 10.30" tells a time.
    let head = before.trim_end();
    let head = head
        .get(..head.len().saturating_sub(previous.len()))
        .unwrap_or("");
    let verb = verb_before_figures(head);
    let moved = LEVEL_VERBS.contains(&verb.as_str())
        || (previous != "at" && CHANGE_VERBS.contains(&verb.as_str()));
    if moved {
        return false;
    }
    let rest = after.trim_start();
    let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if next.is_empty() {
        return !rest
            .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '%' | '$' | '£' | '€'));
    }
    next.starts_with(char::is_uppercase)
        || DOTTED_TIME_FOLLOWERS.contains(&next.to_lowercase().as_str())
}

/// Most figures, each with its preposition, passed over going back to the verb that moves them.
pub(super) const MAX_CHAINED_FIGURES: usize = 3;

/// The word before a clock-like figure's preposition, lower case, passing back over figures with
/// their own prepositions ("rose 0.15 to 4.20 from" → "rose"), so a figure paired with another
/// ("to 4.20 from 4.35") is told by the verb that moves both.
pub(super) fn verb_before_figures(head: &str) -> String {
    let is_figure = |word: &str| {
        word.trim_start_matches(['$', '£', '€', '(', '+', '-'])
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let mut tokens = head.split_whitespace().rev().peekable();
    let mut chained = 0;
    while chained < MAX_CHAINED_FIGURES && tokens.peek().is_some_and(|w| is_figure(w)) {
        tokens.next();
        chained += 1;
        let link = tokens
            .peek()
            .map(|w| w.to_lowercase())
            .filter(|w| FIGURE_LINKS.contains(&w.as_str()));
        if link.is_some() {
            tokens.next();
        }
    }
    let rest = tokens.next().unwrap_or("");
    if chained == 0 {
        return last_word(head).to_lowercase();
    }
    last_word(rest).to_lowercase()
}

/// Hour and minute of a clock time such as `9:20 p.m.`, `21:00`, `2.40am`, `9 a.m.`, `two in
/// the morning`.
pub(super) fn clock_time(text: &str) -> Option<(u8, u8)> {
    let lower = text.to_ascii_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(lower.len());
    let clock = lower.get(..digits_end)?.trim_end_matches('.');
    let rest = lower.get(digits_end..)?.trim_start();
    // "two in the morning": an hour in words before its part of the day.
    let hour_word = (digits_end == 0)
        .then(|| lower.split_once(' '))
        .flatten()
        .and_then(|(word, after)| {
            let (_, value) = NUMBER_WORDS.iter().find(|(w, _)| *w == word)?;
            Some((*value as u8, after))
        });
    let (hour, minute, rest) = match (hour_word, clock.split_once([':', '.'])) {
        (Some((hour, after)), _) => (hour, 0, after),
        (None, Some((h, m))) => (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?, rest),
        (None, None) if clock.len() == 4 => (
            clock.get(..2)?.parse::<u8>().ok()?,
            clock.get(2..)?.parse::<u8>().ok()?,
            rest,
        ),
        (None, None) => (clock.parse::<u8>().ok()?, 0, rest),
    };
    if minute > 59 {
        return None;
    }
    // "6 in the morning", "8 in the evening", "11 at night": an hour of the twelve-hour clock
    // that its part of the day places; an hour the part does not hold is no time.
    let part_hours: Option<(std::ops::RangeInclusive<u8>, u8)> = if rest.ends_with("morning") {
        Some((1..=11, 0))
    } else if rest.ends_with("afternoon") {
        Some((1..=6, 12))
    } else if rest.ends_with("evening") {
        Some((4..=11, 12))
    } else if rest.ends_with("night") {
        Some((6..=11, 12))
    } else {
        None
    };
    if let Some((hours, shift)) = part_hours {
        return hours.contains(&hour).then_some((hour + shift, minute));
    }
    let pm = rest.starts_with("pm") || rest.starts_with("p.m.");
    let am = rest.starts_with("am") || rest.starts_with("a.m.");
    if pm || am {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let hour = match (hour, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        Some((hour, minute))
    } else if hour <= 23 {
        Some((hour, minute))
    } else {
        None
    }
}

/// Whether "the last Friday of the month" (words `ws`) tells a day that comes back each month:
/// "the month" names no month of its own nor one told before in its sentence, and the clause
/// is in the present of a habit ("The club meets on the last Friday of the month"), with no
/// past, no future auxiliary ("will be held on the last Friday of the month" is one day) and
/// no copula making the day a predicate ("The deadline is the last Friday of the month").
pub(super) fn habitual_in_month(ws: &[String], context: &Context<'_>) -> bool {
    let n = ws.len();
    let bare_month = n >= 2 && ws[n - 2] == "the" && ws[n - 1] == "month";
    if !bare_month {
        return false;
    }
    // `Rehearsals start in May and the band plays on the last Saturday of the month`: a month
    // told earlier in the sentence is the one meant (see `weekday_of_month_told`).
    let month_told = context
        .before(usize::MAX)
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.starts_with(char::is_uppercase) && month_number(w).is_some());
    if month_told {
        return false;
    }
    let clause = last_clause(context.before(FUTURE_WORD_REACH));
    let mut before = clause.split_whitespace().rev().map(lower);
    let on = before.next().is_some_and(|w| w.as_str() == "on");
    let copula = before
        .next()
        .is_some_and(|w| matches!(w.as_str(), "is" | "are" | "be" | "was" | "were"));
    on && !copula && !FUTURE_AUXILIARY_RE.is_match(clause) && !context.past()
}

/// Whether `word`, the word right before a weekday, is a describing word after "a" or "an"
/// (the end of `before`): "on a grey Tuesday morning", "on a bright Friday" are no one day. Not a
/// unit of time ("a week Monday" is one day), a word of the calendar or a function word.
pub(super) fn describes_after_article(word: &str, before: &str) -> bool {
    let lower_word = word.chars().all(|c| c.is_ascii_lowercase());
    if !lower_word
        || crate::lexicon::function_words::is_function_word(word)
        || unit_days(word).is_some()
        || WEEK_OF_MONTH_ORDINALS.iter().any(|(o, _)| *o == word)
    {
        return false;
    }
    let head = before.trim_end();
    let head = head
        .get(..head.len().saturating_sub(word.len()))
        .unwrap_or("");
    head.ends_with(char::is_whitespace)
        && ["a", "an"]
            .iter()
            .any(|a| last_word(head).eq_ignore_ascii_case(a))
}

/// Whether a weekday tells a day a place keeps open week after week: it opens or closes a range
/// of weekdays, or is the one left out of every day, in a clause of the present with a word of
/// [`OPENING_HOURS_WORDS`] ("The gallery is open from Wednesday to Sunday", "the cafe opens every
/// day except Monday"). Not with a past before it in its clause ([`Context::past_before`]) or
/// a future auxiliary, nor with a week named in the sentence ("is open from Monday to Friday next week" is one week).
pub(super) fn weekly_opening_day(context: &Context<'_>) -> bool {
    let before = context.before(FUTURE_WORD_REACH);
    let in_range = WEEKDAY_RANGE_NEXT_RE.is_match(context.after(16))
        || WEEKDAY_RANGE_PREVIOUS_RE.is_match(before);
    if !in_range {
        return false;
    }
    let clause = after_opening_quote(last_clause(before));
    let opening = letter_words(clause).any(|(_, w)| {
        OPENING_HOURS_WORDS
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
    });
    let after = context.after(FUTURE_WORD_REACH);
    let rest = after.split(['.', ';', '!', '?']).next().unwrap_or(after);
    let week_named = letter_words(clause)
        .chain(letter_words(rest))
        .any(|(_, w)| w.eq_ignore_ascii_case("week") || w.eq_ignore_ascii_case("weekend"));
    // "next door" is no future; "next week" is named above.
    let future = FUTURE_AUXILIARY_RE
        .find_iter(clause)
        .any(|m| !m.as_str().eq_ignore_ascii_case("next"));
    opening && !week_named && !future && !context.past_before()
}
