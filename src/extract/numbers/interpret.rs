//! Reading one matched candidate into a number: its value, unit, qualifier and kind.

use super::*;

/// Turn one regex match into zero, one or two numbers (a range gives two).
pub(super) fn interpret(caps: &Captures<'_>, context: &Context<'_>) -> Vec<Found> {
    if caps.name("phone").is_some()
        || is_identifier(context)
        || names_a_group(context)
        || is_departure_time(context)
    {
        return Vec::new();
    }
    if caps.name("clock").is_some() {
        return race_time(context).into_iter().collect();
    }
    let offset = context.span.start - caps.get(0).map_or(0, |m| m.start());
    let at = |m: regex::Match<'_>| Span::new(offset + m.start(), offset + m.end());
    let mut found = Vec::new();
    if caps.name("money").is_some() {
        let (Some(number), whole) = (caps.name("mnum"), context.span) else {
            return found;
        };
        let (value, mut flags) = digits_value(number.as_str());
        let scale = caps
            .name("mscale")
            .map_or(Some(1.0), |m| scale_of(m.as_str()));
        let Some(scale) = scale else { return found };
        let sign = context
            .text
            .get(whole.start..offset + number.start())
            .unwrap_or("");
        // "COP28": a code glued to a bare whole number names a thing; money glued to its code
        // is written with decimals or a scale ("USD1.2bn").
        let glued_code = CURRENCY_CODES.contains(&sign)
            && caps.name("mscale").is_none()
            && !number.as_str().contains('.');
        // "COP 28": a code that also names a numbered series, spaced from a small bare whole
        // number, names the meeting; an amount in that currency is far larger ("COP 28,000").
        let series = SERIES_CODES.contains(&sign.trim_end())
            && caps.name("mscale").is_none()
            && caps.name("mnum2").is_none()
            && number.as_str().len() <= 2
            && number.as_str().bytes().all(|b| b.is_ascii_digit());
        if glued_code || series || !glued_prefix_is_money(caps, context, sign, number) {
            return found;
        }
        // "K4.5 million": a prefix several currencies share names none of them.
        let code = currency_of(sign.trim()).filter(|code| !code.is_empty());
        let unit = code.map(str::to_string);
        let Some(second) = caps.name("mnum2") else {
            // "-$1.1 million": a loss keeps its minus sign, as any figure does.
            let sign = minus_before(context, whole.start)
                .filter(|&sign| !context.text[sign..whole.start].starts_with(['m', 'M']));
            let (start, sign_factor) = sign.map_or((whole.start, 1.0), |sign| (sign, -1.0));
            found.push(money_found(
                Span::new(start, whole.end),
                value.map(|v| v * scale * sign_factor),
                unit,
                qualifier_before(context, start),
                flags,
            ));
            return found;
        };
        let qualifier = qualifier_before(context, whole.start);
        // The second figure's scale serves the first when only it has one ("$5-6 billion").
        let second_scale = caps
            .name("mscale2")
            .map_or(Some(1.0), |m| scale_of(m.as_str()));
        let Some(second_scale) = second_scale else {
            return found;
        };
        let first_scale = if caps.name("mscale").is_none() {
            second_scale
        } else {
            scale
        };
        let (second_value, mut second_flags) = digits_value(second.as_str());
        let first_value = value.map(|v| v * first_scale);
        let second_value = second_value.map(|v| v * second_scale);
        if matches!((first_value, second_value), (Some(a), Some(b)) if a < b) {
            flags.push("range");
            second_flags.push("range");
        }
        let first_end = caps
            .name("mscale")
            .map_or(offset + number.end(), |m| at(m).end);
        found.push(money_found(
            Span::new(whole.start, first_end),
            first_value,
            unit.clone(),
            qualifier,
            flags,
        ));
        found.push(money_found(
            Span::new(at(second).start, whole.end),
            second_value,
            unit,
            None,
            second_flags,
        ));
    } else if let Some(number) = caps.name("dnum") {
        let number_span = at(number);
        // "US65c": a currency's letters glued before a figure make an amount only in cents.
        if caps.name("centcur").is_some() && caps.name("cents").is_none() {
            return found;
        }
        // "an M6.1 earthquake": an "M" glued to a figure names its magnitude, or else a road
        // ("the M6") or a code, no number.
        let magnitude_m = caps.name("mag").is_some();
        if magnitude_m && !magnitude_prefix(context, number_span.start) {
            return found;
        }
        // "Interstate 95", "Form 10-K": a whole number after a word that names things by
        // number; "a 10-K", "8-K": a capital letter alone hyphened to it.
        let whole_number = !number.as_str().contains(is_group_or_point);
        let capital_code = caps.name("compound").is_some_and(|c| {
            let letters = &c.as_str()[1..];
            letters.len() == 1 && letters.starts_with(|l: char| l.is_ascii_uppercase())
        });
        // "No. 23-1045": a figure after "No." numbers a thing, a dash and all.
        if (whole_number && follows_an_identifier_head(context, number_span.start))
            || capital_code
            || follows_number_abbreviation(context, number_span.start)
        {
            return found;
        }
        // "call 555-0199": three digits dashed to four after a word of calling are a number
        // dialled; "555-0199": a group opening with a zero is never a count.
        if is_local_phone_number(caps, context, number_span) {
            return found;
        }
        // "Boeing 737-800", "ATR 72-600": a hyphened pair after an aircraft maker is its model.
        let model_pair = caps
            .name("range")
            .is_some_and(|r| r.as_str().starts_with('-'))
            && ["dscale", "pct", "temp", "measure", "compound", "frac"]
                .iter()
                .all(|g| caps.name(g).is_none())
            && word_before(context, number_span.start)
                .is_some_and(|(_, maker)| AIRCRAFT_MAKERS.contains(&maker));
        if model_pair {
            return found;
        }
        let bare = caps.len() > 0
            && [
                "dscale", "range", "pct", "temp", "cents", "measure", "compound",
            ]
            .iter()
            .all(|g| caps.name(g).is_none());
        // "junction 10", "page 3", "sections 302, 307 and 34": a label noun before a number,
        // or a list of them, that counts nothing; "call 999": the number dialled.
        let labelled = || {
            // "call 999 or 111": a number listed after one dialled is dialled too.
            let dialled = number.as_str().len() >= 3
                && (follows_a_phone_verb(context, number_span.start)
                    || follows_a_list_after(context, number_span.start, follows_a_phone_verb));
            // "Level 4 restrictions", "Phase 3 trials": a capitalised label noun names what
            // the plural after the number is about.
            let named_label = word_before(context, number_span.start).is_some_and(|(_, word)| {
                word.starts_with(char::is_uppercase)
                    && LABEL_NOUNS.contains(&word.to_lowercase().as_str())
            });
            // "type 2 diabetes patients", "a category 4 hurricane": these labels never count.
            let strict_label = word_before(context, number_span.start).is_some_and(|(_, word)| {
                STRICT_LABEL_NOUNS.contains(&word.to_lowercase().as_str())
            });
            // "won the race 3 times": the figure counts occasions, not a label.
            let repeated = first_word_after(context, number_span.end)
                .is_some_and(|word| word.eq_ignore_ascii_case(MULTIPLE_WORD));
            strict_label
                || (!repeated
                    && (follows_a_label_noun(context, number_span.start)
                        || follows_a_label_list(context, number_span.start)
                        || dialled)
                    && (named_label || counted_noun(context, number_span.end, false).is_none()))
        };
        if bare
            && !magnitude_m
            && !number.as_str().contains(is_group_or_point)
            && !is_storm_category(context, number_span)
            && (follows_a_name(context, number_span.start)
                || labelled()
                || number
                    .as_str()
                    .parse::<f64>()
                    .is_ok_and(|value| precedes_a_label_noun(context, number_span, value))
                || is_model_name(context, number_span)
                || opens_with_a_name(context, number_span)
                || is_list_marker(context, number_span)
                || is_title_of_measure(context, number_span)
                || is_phone_number_named(context, number_span)
                || names_a_dated_thing(context, number_span)
                || precedes_a_model_name(context, number_span))
        {
            return found;
        }
        // "iOS 17.4", "macOS 14.2": a version of a product whose name has a capital inside.
        // "Python 3.12", "Bluetooth 5.3": a decimal after a name is its version too.
        let version = number.as_str().contains('.') && !number.as_str().contains(',');
        // "Industry 4.0 is here", "Web 3.0": a round version after a capitalised word, even one
        // opening a sentence.
        let round_version = version
            && number.as_str().ends_with(".0")
            && measure_named_before(context, number_span.start).is_none()
            && word_before(context, number_span.start).is_some_and(|(_, word)| {
                let lower = word.to_lowercase();
                word.len() >= 2
                    && word.starts_with(char::is_uppercase)
                    && !is_function_word(&lower)
                    && !QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(word))
            });
        if bare
            && !magnitude_m
            && (follows_a_product_name(context, number_span.start)
                || round_version
                || (version && follows_a_name(context, number_span.start))
                || (version && opens_with_a_product_name(context, number_span.start)))
        {
            return found;
        }
        // "4K", "8K": one digit and a capital K name a screen's resolution or a race, not
        // thousands (written "4,000" or "4k").
        if caps.name("dscale").is_some_and(|m| m.as_str() == "K") && number.as_str().len() == 1 {
            return found;
        }
        // "won the 10k", "a 5k run": a race named by its distance in thousands, no number; "the
        // 100m final", "the 110m hurdles": a race in metres keeps its length, never millions.
        let kilo = caps
            .name("dscale")
            .is_some_and(|m| m.as_str().eq_ignore_ascii_case("k"));
        let race_measure = caps
            .name("measure")
            .filter(|m| caps.name("power").is_none() && RACE_MEASURES.contains(&m.as_str()));
        let only_suffix = ["range", "pct", "temp", "compound", "frac"]
            .iter()
            .all(|g| caps.name(g).is_none());
        let race = only_suffix
            && whole_number
            && (kilo ^ race_measure.is_some())
            && names_a_race(context, number_span.start, context.span.end, kilo);
        if race && kilo {
            return found;
        }
        let area = || {
            context
                .after(number_span.end, 40)
                .strip_prefix(' ')
                .and_then(area_unit)
                .is_some()
        };
        if bare
            && (is_address(context, number_span.end)
                || is_street_block(context, number_span)
                || is_house_number(context, number_span))
            && !area()
        {
            return found;
        }
        // A bare letter after a code or label is no temperature ("Form 1040C", "Gate 12F").
        let temperature_letter = caps.name("temp").is_some_and(|t| !t.as_str().contains('°'));
        if temperature_letter
            && (follows_a_name(context, number_span.start)
                || follows_a_label_noun(context, number_span.start)
                || is_code_number(number.as_str(), caps.name("temp").map(|t| t.as_str())))
        {
            return found;
        }
        let scale = caps
            .name("dscale")
            .map_or(Some(1.0), |m| scale_of(m.as_str()));
        let Some(scale) = scale else { return found };
        let (value, mut flags) = digits_value(number.as_str());
        // "1-in-5 adults": the figure opens a share hyphened to the next one, which
        // `join_pairs` joins as it joins "one-in-five"; "-in" is no inch.
        let opens_share = caps
            .name("compound")
            .is_some_and(|c| c.as_str().eq_ignore_ascii_case("-in"))
            && context
                .after(context.span.end, 2)
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            && ["dscale", "range", "pct", "temp", "measure", "frac"]
                .iter()
                .all(|g| caps.name(g).is_none());
        if opens_share {
            found.push(Found {
                span: number_span,
                value,
                unit: None,
                qualifier: qualifier_before(context, number_span.start),
                flags,
                digits: true,
            });
            return found;
        }
        // "a 2.9-billion-kilometre journey": the scale word opens the compound.
        // "1.5-million people": the scale word alone, hyphened as some house styles write it.
        let compound_scale = caps.name("compound").and_then(|compound| {
            let body = &compound.as_str()[1..];
            let (first, rest) = body.split_once('-').unwrap_or((body, ""));
            let (_, scale) = SCALE_WORDS
                .iter()
                .find(|(w, _)| w.eq_ignore_ascii_case(first))?;
            Some((*scale, rest))
        });
        // "2 1/2 sacks", "3½ hours": a whole number and a fraction.
        let fraction = caps
            .name("frac")
            .and_then(|f| fraction_value(f.as_str().trim_start_matches([' ', '-']).trim()));
        let value = match (value, fraction) {
            (Some(whole), Some(part)) if whole.fract() == 0.0 => Some(whole + part),
            (value, _) => value,
        };
        let value = value.map(|v| v * scale * compound_scale.map_or(1.0, |(s, _)| s));
        if value.is_some_and(|v| !v.is_finite()) {
            flags.push("overflow");
        }
        let end_of_first = caps.name("dscale").map_or(number_span.end, |m| at(m).end);
        // Multiplied by a scale of a million or more ("3 million", "3m", "a 2-billion-…").
        let mut scaled = caps
            .name("dscale")
            .is_some_and(|m| scaled_by_million(m.as_str()))
            || compound_scale.is_some_and(|(s, _)| s >= 1e6);
        let mut unit = None;
        let mut end = context.span.end;
        if let Some(compound) = caps.name("compound") {
            let word =
                compound_scale.map_or(compound.as_str().trim_start_matches('-'), |(_, rest)| rest);
            if let Some(age) = age_unit(word) {
                // "a 41-year-old", "a 300-year-old oak": the compound gives an age, a
                // person's or a thing's, whatever its size.
                flags.push("age");
                unit = Some(age.to_string());
            } else if let Some(people) = person_compound_unit(context, word, at(compound).end) {
                unit = Some(people.to_string());
            } else if word.is_empty()
                || ["strong", "plus", "odd"]
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w))
            {
                // "a 10,000-strong crowd", "100-plus goals", "62-million people": the counted
                // noun comes after; "40-odd per cent" is a percentage, as "40 per cent" is.
                if percent_words_after(context, at(compound).end).is_some() {
                    unit = Some("percent".to_string());
                }
            } else {
                // "a 10-million-dollar contract": money named in a word has its code; "a
                // 10-mile walk" is in miles, as "10 miles" is. "a 25 million-pound deal" is
                // sterling, as "25 million pounds" is: a pound scaled by a million or more.
                let sterling = scaled
                    && (word.eq_ignore_ascii_case(POUNDS)
                        || POUNDS
                            .strip_suffix('s')
                            .is_some_and(|p| word.eq_ignore_ascii_case(p)));
                unit = Some(if sterling {
                    POUNDS_CODE.to_string()
                } else {
                    currency_named(word)
                        .map_or_else(|| measure_in_plural(word, value), str::to_string)
                });
            }
        }
        if caps.name("pct").is_some() {
            unit = Some("percent".to_string());
        }
        if let Some(scale) = caps.name("temp") {
            // "40C", "40 °C" and "40°C" are one temperature, whichever way an outlet writes it.
            let fahrenheit = scale.as_str().ends_with('F');
            unit = Some(if fahrenheit { "°F" } else { "°C" }.to_string());
        }
        let mut value = value;
        if caps.name("cents").is_some() {
            // "10c a litre", "US65.12c": an amount in cents, of the currency glued before it or
            // else the one the article counts in (see `cents_in_currency`); a lower-case "c"
            // among words of temperature is the Celsius scale.
            let code = caps
                .name("centcur")
                .and_then(|c| CENT_PREFIXES.iter().find(|(p, _)| *p == c.as_str()))
                .map(|(_, code)| *code);
            let temperature = caps.name("centcur").is_none() && temperature_talk_before(context);
            unit = Some(match code {
                _ if temperature => "°C".to_string(),
                Some(code) => {
                    value = value.map(|v| tidy(v / 100.0));
                    code.to_string()
                }
                None => CENTS_UNIT.to_string(),
            });
        }
        if let Some(measure) = caps.name("measure") {
            // "5G", "4G": a generation of mobile network, no grams; "960mb": millibars.
            if measure.as_str() == "G" || measure.as_str() == MILLIBARS_SUFFIX {
                return found;
            }
            // "60W", "240V": a letter alone is a unit in capitals only, and a "W" after a
            // latitude is a longitude ("25.3N 80.1W").
            let letter = CAPITAL_ONLY_SUFFIXES
                .iter()
                .any(|l| l.eq_ignore_ascii_case(measure.as_str()));
            if letter
                && (measure
                    .as_str()
                    .starts_with(|c: char| c.is_ascii_lowercase())
                    || follows_a_latitude(context, number_span.start))
            {
                return found;
            }
            // "a further 4.2s back": seconds; "her 20s" is no measure.
            if measure.as_str().eq_ignore_ascii_case(SECONDS_SUFFIX) && whole_number {
                return found;
            }
            end = at(measure).end;
            // "5km2", "40m²", "1,200sq km": a measure of area or volume.
            let squared =
                caps.name("power").is_some() || measure.as_str().eq_ignore_ascii_case("sq");
            let area = squared
                .then(|| area_unit(context.after(at(measure).start, 24)))
                .flatten();
            if caps.name("power").is_some() && area.is_none() {
                return found;
            }
            let dimension = next_word_is_dimension(context, end)
                || caps
                    .name("compound")
                    .is_some_and(|c| DIMENSION_WORDS.contains(&c.as_str().trim_start_matches('-')));
            let million = measure.as_str() == "m"
                && !dimension
                && !race
                && (next_word_is_counted(context, end)
                    || (number.as_str().contains('.')
                        && !length_talk_before(context, number_span.start)
                        && !length_beside(context, end)));
            // "2,345p": a price in pence set in thousands is money whatever its size; a code
            // ("1080p") is never grouped.
            let pence = measure.as_str() == PENCE_SUFFIX
                && (value.is_some_and(|v| v < MAX_PENCE) || number.as_str().contains(','))
                && !context.after(end, 2).eq_ignore_ascii_case(".m");
            if let Some((area, len)) = area {
                end = at(measure).start + len;
                unit = Some(area);
            } else if million {
                scaled = true;
                value = value.map(|v| v * 1e6);
            } else if pence {
                value = value.map(|v| v / 100.0);
                unit = Some("GBP".to_string());
            } else if measure.as_str() == PENCE_SUFFIX {
                end = at(measure).start;
            } else if let Some(time) = time_abbreviation(measure.as_str(), value == Some(1.0)) {
                // "27.472sec", "45mins", "1min": a unit of time as it is spelled out.
                unit = Some(time.to_string());
            } else if measure.as_str().eq_ignore_ascii_case(NM_SUFFIX) {
                unit = nm_unit(context, number_span.start, end).map(str::to_string);
            } else if measure.as_str() == "m" && is_metres_per_second(context.after(end, 4)) {
                // "52m/s": a speed in metres a second keeps its divisor.
                end += 2;
                unit = Some(METRES_PER_SECOND.to_string());
            } else if has_divisor(context.after(end, 4)) {
                // "5.5mmol/L", "120mg/dL": a measure per another is no measure of its own.
                unit = None;
            } else if let Some(per_hour) = per_hour_after(context, end) {
                // "90km/h": a speed keeps its divisor, as "90 km/h" does.
                end = per_hour;
                unit = Some(format!(
                    "{}/h",
                    measure_symbol(&measure.as_str().to_lowercase())
                ));
            } else {
                unit = Some(measure_symbol(&measure.as_str().to_lowercase()));
            }
        }
        let range = caps.name("range");
        // "200+ stores": a plus sign glued after a figure is a qualifier, as "-plus" is.
        let plus = (range.is_none() && unit.is_none())
            .then(|| plus_sign_after(context, end))
            .flatten();
        if let Some(sign) = plus {
            end = sign.end;
        }
        let unit_from = end;
        // "an M6.1 earthquake": the figure's text takes in its "M".
        let magnitude = magnitude_m.then_some(context.span.start);
        let unit = match temperature_scale_after(context, unit_from)
            .or_else(|| speed_after(context, unit_from))
        {
            Some(scale) if unit.is_none() => Some(scale.to_string()),
            _ => unit
                .or_else(|| {
                    let whole = whole_number && caps.name("range").is_none();
                    (whole && is_storm_category(context, number_span))
                        .then(|| STORM_CATEGORY.to_string())
                })
                .or_else(|| currency_after(context, unit_from, scaled))
                .or_else(|| measure_named_before(context, number_span.start))
                .or_else(|| magnitude.is_some().then(|| MAGNITUDE.to_string()))
                .or_else(|| measure_named_after(context, unit_from))
                .or_else(|| glued_concentration(context.after(unit_from, 32)).map(str::to_string))
                .or_else(|| quake_magnitude(context, number.as_str(), value, unit_from))
                .or_else(|| counted_noun(context, unit_from, value == Some(1.0))),
        };
        let unit =
            unit.filter(|u| !is_object_of_its_subject(context, number_span.start, unit_from, u));
        // "finished in the top 10": a place in a table, no count, as "the top four" is.
        if unit.is_none() && range.is_none() && follows_a_table_end(context, number_span.start) {
            return found;
        }
        if unit.is_none() && range.is_none() && is_age(context, number_span, scale) {
            flags.push("age");
        }
        // "41 years old": an age as "a 41-year-old" is.
        if unit.is_some()
            && scale == 1.0
            && is_a_persons_age(value)
            && is_told_age(context, unit_from)
        {
            flags.push("age");
        }
        // "up to magnitude 4.8": the qualifier stands before the scale named before the figure.
        let qualifier = qualifier_before(context, number_span.start)
            .or_else(|| {
                let scale = measure_named_before(context, number_span.start)?;
                qualifier_before(context, number_span.start.checked_sub(scale.len() + 1)?)
            })
            .or(plus);
        match range {
            Some(range) => {
                let range_span = at(range);
                // "a 9-to-2 vote": the hyphened "to" joins the pair as a dash does.
                let dashed = range.as_str().trim_start_matches(['-', '–', ' ']);
                let second = dashed
                    .strip_prefix("to-")
                    .unwrap_or(dashed)
                    .trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '–');
                let second_start = range_span.end - second.len();
                // "2-3 billion", and "2bn-3bn", "5-10k" with the suffix glued.
                let scale_word = second
                    .rsplit_once(char::is_whitespace)
                    .or_else(|| {
                        letter_suffix(second).map(|s| second.split_at(second.len() - s.len()))
                    })
                    .filter(|(_, s)| s.starts_with(char::is_alphabetic));
                let (second_digits, second_scale) = match scale_word {
                    Some((d, s)) => (d, scale_of(s).unwrap_or(1.0)),
                    None => (second, 1.0),
                };
                let (second_value, mut second_flags) = digits_value(second_digits);
                let scale = if second_scale != 1.0 {
                    second_scale
                } else {
                    scale
                };
                // Ranges ascend; a descending or level pair of small counts is a vote or a
                // score ("52-48", "a 2-2 draw").
                // A pair alone in brackets is a win-loss record ("Portland (4-6)").
                let record = context.before(number_span.start, 1) == "("
                    && context.after(range_span.end, 1) == ")"
                    && unit.is_none();
                // "lost 1-2", "a 1-3 home defeat": a result told around the pair makes it a
                // score whichever figure comes first.
                let scored = |a: f64, b: f64| {
                    a.fract() == 0.0
                        && b.fract() == 0.0
                        && is_score(context, number_span.start, range_span.end, unit.is_none())
                };
                let pair_flag = match (value, second_value) {
                    (Some(a), Some(b))
                        if (a >= b || record || scored(a, b)) && a < 1000.0 && scale == 1.0 =>
                    {
                        "tally"
                    }
                    _ => "range",
                };
                // "a 1-1 draw", "a 2-1 win": the noun after a score names the result, not
                // what was counted ("52-48 votes" keeps its plural).
                let result_noun = pair_flag == "tally"
                    && unit
                        .as_deref()
                        .is_some_and(|u| u.chars().all(char::is_lowercase) && !u.ends_with('s'));
                let unit = if result_noun { None } else { unit };
                // "a crowd of 40-50,000": a small first figure shares the thousands of the
                // second, which is at most ten times as large then.
                let shared_thousands = pair_flag == "range"
                    && scale == 1.0
                    && !number.as_str().contains([',', '.'])
                    && second_digits.ends_with(",000")
                    && matches!((value, second_value),
                        (Some(a), Some(b)) if a * 1000.0 < b && b <= a * 10_000.0);
                let value = if shared_thousands {
                    value.map(|v| v * 1000.0)
                } else {
                    value
                };
                // "took 7-57", "figures of 5-42": a bowler's wickets and runs, neither a range
                // nor a score.
                let bowling = unit.is_none()
                    && scale == 1.0
                    && matches!((value, second_value),
                        (Some(a), Some(b)) if a.fract() == 0.0 && b.fract() == 0.0
                            && a <= MAX_BOWLING_WICKETS && a < b)
                    && (word_before_is_in(context.text, number_span.start, BOWLING_VERBS)
                        || context
                            .before(number_span.start, 11)
                            .eq_ignore_ascii_case("figures of "));
                let mut first_flags = flags.clone();
                if !bowling {
                    first_flags.push(pair_flag);
                    second_flags.push(pair_flag);
                }
                // "aged 11-16": a range of ages, both ends.
                let ages = pair_flag == "range"
                    && unit.is_none()
                    && scale == 1.0
                    && second_value.is_some_and(|v| v < MAX_AGE)
                    && follows_an_age_lead(context, number_span.start);
                if ages {
                    first_flags.push("age");
                    second_flags.push("age");
                }
                found.push(Found {
                    span: Span::new(number_span.start, end_of_first),
                    // A scale of the first figure's own already multiplied it ("2bn-3bn").
                    value: value.map(|v| {
                        if scale != 1.0 && caps.name("dscale").is_none() {
                            v * scale
                        } else {
                            v
                        }
                    }),
                    unit: unit.clone(),
                    qualifier,
                    flags: first_flags,
                    digits: true,
                });
                let second_end = if ["pct", "temp", "measure"]
                    .iter()
                    .any(|g| caps.name(g).is_some())
                {
                    end
                } else {
                    range_span.end
                };
                found.push(Found {
                    span: Span::new(second_start, second_end.max(second_start)),
                    value: second_value.map(|v| v * second_scale),
                    unit,
                    qualifier: None,
                    flags: second_flags,
                    digits: true,
                });
            }
            None => {
                // A temperature below zero keeps its sign ("fell to -5C", "minus 160C", "minus 5
                // degrees"), and any figure its minus sign ("or -1.1%").
                let temperature =
                    matches!(unit.as_deref(), Some("°C" | "°F" | "degrees" | "degree"));
                // "minus 10", "minus 0.2 per cent": the word is a sign before a figure that
                // counts nothing or is a percentage ("minus 3 units" counts no debt).
                let signed_unit = unit.as_deref().is_none_or(|u| SIGNED_UNITS.contains(&u));
                let sign = minus_before(context, number_span.start).filter(|&sign| {
                    temperature
                        || !context.text[sign..number_span.start].starts_with(['m', 'M'])
                        || (signed_unit && minus_word_is_sign(context, sign))
                });
                let (start, value) = match sign {
                    Some(sign) => (sign, value.map(|v| -v)),
                    None => (
                        magnitude
                            .or(caps.name("centcur").map(|c| at(c).start))
                            .unwrap_or(number_span.start),
                        value,
                    ),
                };
                found.push(Found {
                    span: Span::new(start, end),
                    value: value.filter(|v| v.is_finite()),
                    unit,
                    qualifier,
                    flags,
                    digits: true,
                });
            }
        }
    } else if caps.name("vague").is_some() {
        let span = context.span;
        // "Test scores rose": the noun of results counts nothing; "scores of people" does.
        let results = span.of(context.text).eq_ignore_ascii_case("scores")
            && !context.after(span.end, 4).eq_ignore_ascii_case(" of ");
        if results {
            return found;
        }
        found.push(Found {
            span,
            value: None,
            // "billions of dollars" are an amount of money, like "5 million dollars".
            unit: counted_noun(context, span.end, false)
                .map(|noun| currency_named(&noun).map_or(noun, str::to_string)),
            qualifier: qualifier_before(context, span.start),
            flags: vec!["vague"],
            digits: false,
        });
    } else if caps.name("fold").is_some() {
        found.extend(glued_multiple(context));
    } else if caps.name("words").is_some() && !is_zero_idiom(context) {
        found.extend(number_words(context));
    }
    found
}

/// "Prices have risen tenfold", "a hundredfold rise": a number word glued to
/// [`crate::lexicon::numbers::MULTIPLE_SUFFIX`] is a multiple, its value the number's, in
/// [`MULTIPLE_WORD`], as "ten times higher" is.
pub(super) fn glued_multiple(context: &Context<'_>) -> Option<Found> {
    let span = context.span;
    let word = span.of(context.text).to_lowercase();
    let number = word.strip_suffix(crate::lexicon::numbers::MULTIPLE_SUFFIX)?;
    let value = NUMBER_WORDS
        .iter()
        .chain(crate::lexicon::numbers::MULTIPLE_SCALE_WORDS)
        .find(|(w, _)| *w == number)?
        .1;
    Some(Found {
        span,
        value: Some(value),
        unit: Some(MULTIPLE_WORD.to_string()),
        qualifier: qualifier_before(context, span.start),
        flags: Vec::new(),
        digits: false,
    })
}
