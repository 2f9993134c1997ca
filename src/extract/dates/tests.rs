//! Tests of the rules of the parent module, one behaviour each.

use super::*;

fn anchor() -> Date {
    Date::new(2022, 1, 22).unwrap()
}

fn run(text: &str, anchor: Option<Date>) -> Vec<DateMention> {
    let layout = crate::segment::segment(text);
    extract(text, &layout, anchor)
}

#[test]
fn each_date_pattern_is_one_group_naming_its_kind() {
    // The scanner tells the kind of a match by the name of the pattern's first group, so
    // that group must span the whole pattern, and no two patterns may share a kind.
    let mut kinds = std::collections::BTreeSet::new();
    for pattern in date_patterns() {
        let inner = pattern
            .strip_prefix("(?P<")
            .and_then(|rest| rest.split_once('>'))
            .and_then(|(kind, rest)| Some((kind, rest.strip_suffix(')')?)));
        let Some((kind, inner)) = inner else {
            panic!("a pattern not wrapped in its kind's group: {pattern}");
        };
        assert!(Regex::new(inner).is_ok(), "{kind}: its group ends early");
        assert!(kinds.insert(kind.to_string()), "{kind} named twice");
    }
    // A matched kind is the scanner's answer, not a lookup by name.
    let found: Vec<&str> = DATE_SCANNER
        .scan_kinds("On 3 May 2021, and yesterday")
        .map(|(_, kind, _)| kind)
        .collect();
    assert_eq!(found, ["dmy", "deictic"]);
}

fn one(text: &str, anchor: Option<Date>) -> (String, Option<String>, Option<String>) {
    let found = run(text, anchor);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let d = &found[0];
    (d.text.clone(), d.value.clone(), d.modifier.clone())
}

/// Each mention's text and value, in order.
fn texts_values(text: &str, anchor: Option<Date>) -> Vec<(String, Option<String>)> {
    run(text, anchor)
        .into_iter()
        .map(|d| (d.text, d.value))
        .collect()
}

fn value(text: &str) -> Option<String> {
    one(text, Some(anchor())).1
}

#[test]
fn a_day_in_a_sentence_told_from_now_keeps_its_own_year() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    let value_of = |text: &str, wanted: &str| {
        texts_values(text, march)
            .into_iter()
            .find(|(t, _)| t == wanted)
            .and_then(|(_, v)| v)
    };
    let later_week = "Mr Pell was detained on Jan. 9, 2022, the police said.\n\n\
                          The hearing of his partner began Sept. 12 and should end next week.";
    assert_eq!(
        value_of(later_week, "Sept. 12").as_deref(),
        Some("2023-09-12")
    );
    let expected = "Ms Orlo sold the mill on Jan. 9, 2022. The inquiry opened Sept. 12 \
                        and is expected to report soon.";
    assert_eq!(
        value_of(expected, "Sept. 12").as_deref(),
        Some("2023-09-12")
    );
    let story = "Ms Orlo sold the mill on Jan. 9, 2022. On Sept. 12 the buyer closed it.";
    assert_eq!(value_of(story, "Sept. 12").as_deref(), Some("2022-09-12"));
}

/// The value of mention `wanted` in `text`, read against Tuesday 5 March 2024.
fn march_value(text: &str, wanted: &str) -> Option<String> {
    texts_values(text, Some(Date::new(2024, 3, 5).unwrap()))
        .into_iter()
        .find(|(t, _)| t == wanted)
        .and_then(|(_, v)| v)
}

#[test]
fn a_court_date_named_after_until_is_the_one_to_come() {
    let remand = "Tomas Verle was remanded in custody until his sentencing on 2 February.";
    assert_eq!(
        march_value(remand, "2 February").as_deref(),
        Some("2025-02-02")
    );
    let hearing = "The case was adjourned until a hearing on 11 January.";
    assert_eq!(
        march_value(hearing, "11 January").as_deref(),
        Some("2025-01-11")
    );
    // An event gone by after "until" is not a court date put off.
    let arrest = "She was held in custody after her arrest on 2 February.";
    assert_eq!(
        march_value(arrest, "2 February").as_deref(),
        Some("2024-02-02")
    );
}

#[test]
fn a_participle_of_motion_with_a_place_phrase_sets_its_weekday_ahead() {
    let front = "A band of rain moving in from the coast on Friday is expected to linger.";
    assert_eq!(march_value(front, "Friday").as_deref(), Some("2024-03-08"));
    // A past verb after the phrase keeps the day gone by.
    let turned = "Walkers heading to Mount Orrin on Saturday were turned back by snow.";
    assert_eq!(
        march_value(turned, "Saturday").as_deref(),
        Some("2024-03-02")
    );
}

#[test]
fn quoted_words_are_a_clause_of_their_own_for_a_participle_modifier() {
    let quoted = "A spokesman said: \"Drivers travelling on Sunday should allow extra \
                      time.\"";
    assert_eq!(march_value(quoted, "Sunday").as_deref(), Some("2024-03-10"));
    // Without the quote, a past verb of saying before the participle still rules.
    let reported = "A spokesman said drivers travelling on Sunday had been delayed.";
    assert_eq!(
        march_value(reported, "Sunday").as_deref(),
        Some("2024-03-03")
    );
}

#[test]
fn a_ferry_sailing_told_of_with_would_is_to_come() {
    let sailings = "The ferry line said sailings on Thursday would be cancelled.";
    assert_eq!(
        march_value(sailings, "Thursday").as_deref(),
        Some("2024-03-07")
    );
    // "would be investigated" looks back on the flight.
    let inquiry = "Officials said the flight on Sunday would be investigated.";
    assert_eq!(
        march_value(inquiry, "Sunday").as_deref(),
        Some("2024-03-03")
    );
}

#[test]
fn an_event_on_a_weekday_told_of_with_a_hedged_modal_is_to_come() {
    let ferries = "The port authority said sailings on Friday may be cancelled.";
    assert_eq!(
        march_value(ferries, "Friday").as_deref(),
        Some("2024-03-08")
    );
    let trains = "Rail operators said services on Friday evening might be delayed.";
    assert_eq!(
        march_value(trains, "Friday evening").as_deref(),
        Some("2024-03-08")
    );
    // No event set for a day: what happened on Sunday could be linked to something.
    let attack = "Police said the attack on Sunday could be linked to a feud.";
    assert_eq!(march_value(attack, "Sunday").as_deref(), Some("2024-03-03"));
    // "may have been" guesses at the past.
    let guess = "Officials said the sailing on Sunday may have been overbooked.";
    assert_eq!(march_value(guess, "Sunday").as_deref(), Some("2024-03-03"));
}

#[test]
fn a_weekday_or_weekend_as_the_subject_of_an_outlook_is_to_come() {
    let ahead = |text: &str, wanted: &str, day: &str| {
        assert_eq!(march_value(text, wanted).as_deref(), Some(day), "{text}");
    };
    let both = "Thursday sees gales, and Friday should turn milder in Fenmoor.";
    ahead(both, "Thursday", "2024-03-07");
    ahead(both, "Friday", "2024-03-08");
    ahead(
        "\"Thursday will be wild, but it clears quickly,\" said Ivo Brandt.",
        "Thursday",
        "2024-03-07",
    );
    ahead(
        "Friday will be the warmest day, the forecaster said, and Sunday should be similar.",
        "Sunday",
        "2024-03-10",
    );
    ahead(
        "If the tally is contested, Friday may stretch into the small hours.",
        "Friday",
        "2024-03-08",
    );
    ahead(
        "The weekend promises calmer spells in the valleys.",
        "The weekend",
        "2024-W10-WE",
    );
}

#[test]
fn a_weekday_that_is_no_subject_of_an_outlook_keeps_its_reading() {
    let back = |text: &str, wanted: &str, day: &str| {
        assert_eq!(march_value(text, wanted).as_deref(), Some(day), "{text}");
    };
    // Not the subject: the weekday is the object of a past verb.
    back(
        "The club sacked its coach on Sunday and Monday brought no news.",
        "Sunday",
        "2024-03-03",
    );
    // "would" may tell a future seen from the past; "could have" guesses at the past.
    back(
        "He resigned, and Friday would be his last day in the post.",
        "Friday",
        "2024-03-01",
    );
    back(
        "Fog lifted early, and Sunday could have been worse for drivers.",
        "Sunday",
        "2024-03-03",
    );
    back(
        "The weekend brought heavy rain to Fenmoor.",
        "The weekend",
        "2024-W09-WE",
    );
    // Two days joined in one phrase: the second is no subject of its own.
    back(
        "Counts from Saturday and Sunday may be revised.",
        "Sunday",
        "2024-03-03",
    );
}

#[test]
fn a_weekday_after_a_day_weeks_ahead_in_its_sentence_falls_in_that_week() {
    let may = "Polls in Quillford close on Wednesday 8 May at 10pm, and the count starts on \
                   Thursday morning.";
    assert_eq!(
        march_value(may, "Thursday morning").as_deref(),
        Some("2024-05-09")
    );
    let fair = "The fair opens on 20 April and the parade is on Sunday.";
    assert_eq!(march_value(fair, "Sunday").as_deref(), Some("2024-04-21"));
}

#[test]
fn a_weekday_after_a_day_gone_by_or_a_verb_of_saying_keeps_its_reading() {
    // A day gone by: the weekday is read from the time of writing.
    let past = "The strike on 6 February cost £2m, and talks resume on Thursday.";
    assert_eq!(march_value(past, "Thursday").as_deref(), Some("2024-03-07"));
    // A verb of saying between: the weekday is when it was said.
    let said = "The show runs until 20 April, the theatre said on Friday.";
    assert_eq!(march_value(said, "Friday").as_deref(), Some("2024-03-01"));
    // Another sentence: no tie to the day.
    let apart = "The fair opens on 20 April. The stalls will be built on Thursday.";
    assert_eq!(
        march_value(apart, "Thursday").as_deref(),
        Some("2024-03-07")
    );
}

#[test]
fn a_backshifted_clause_that_looks_ahead_sets_its_weekday_ahead() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    let value_of = |text: &str, wanted: &str| {
        texts_values(text, march)
            .into_iter()
            .find(|(t, _)| t == wanted)
            .and_then(|(_, v)| v)
    };
    let chance = "The ferry firm idled 12 boats on Monday and said more delays were \
                      likely on Thursday.";
    assert_eq!(value_of(chance, "Thursday").as_deref(), Some("2024-03-07"));
    assert_eq!(value_of(chance, "Monday").as_deref(), Some("2024-03-04"));
    let plan = "Aides said the verdict was due on Thursday.";
    assert_eq!(value_of(plan, "Thursday").as_deref(), Some("2024-03-07"));
    let intent = "A clerk said the mayor was prepared to put the plan to the council as \
                      early as the weekend.";
    assert_eq!(
        value_of(intent, "the weekend").as_deref(),
        Some("2024-W10-WE")
    );
    let untold = "The parcel was expected on Thursday.";
    assert_eq!(value_of(untold, "Thursday").as_deref(), Some("2024-02-29"));
    let missed = "Aides said the parcel was expected on Thursday but it never came.";
    assert_eq!(value_of(missed, "Thursday").as_deref(), Some("2024-02-29"));
    let record = "The mark was set on Thursday, aides said.";
    assert_eq!(value_of(record, "Thursday").as_deref(), Some("2024-02-29"));
}

#[test]
fn a_stamp_opening_a_live_entry_takes_no_day_from_the_entry() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    let found = run(
        "Update 6:15pm: The envoy says he will visit Brantford on Thursday morning.",
        march,
    );
    let stamp = found.iter().find(|d| d.text == "6:15pm");
    assert_eq!(stamp.map(|d| d.value.clone()), Some(None));
    assert_eq!(stamp.and_then(|d| d.time.clone()).as_deref(), Some("18:15"));
    let found = run(
        "09:05 GMT - The envoy says he will fly out on Thursday.",
        march,
    );
    assert!(
        found
            .iter()
            .all(|d| d.text == "Thursday" || d.value.is_none()),
        "{found:?}"
    );
    let span = run("9:30 - 10:30 on Thursday the envoy will speak.", march);
    assert!(
        span.iter().any(|d| d.text == "9:30" && d.value.is_some()),
        "{span:?}"
    );
}

#[test]
fn a_month_after_a_future_year_in_its_clause_takes_that_year() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    let month_of = |text: &str| {
        texts_values(text, march)
            .into_iter()
            .find(|(t, _)| t == "October")
            .and_then(|(_, v)| v)
    };
    assert_eq!(
        month_of("Norvia stages the 2026 games in Talin, most likely in October.").as_deref(),
        Some("2026-10")
    );
    assert_eq!(
        month_of("The firm aims to be carbon neutral by 2030 and cut jobs in October.").as_deref(),
        Some("2023-10")
    );
    assert_eq!(
        month_of("The games come in 2026. In October the mayor resigned.").as_deref(),
        Some("2023-10")
    );
}

#[test]
fn a_day_after_a_counted_shift_keeps_the_year_told_before_it() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    assert_eq!(
        texts_values(
            "On Sept. 8, 2021, the Orlen depot flooded. Ten days later, on Oct. 2, it reopened.",
            march
        ),
        vec![
            ("Sept. 8, 2021".into(), Some("2021-09-08".into())),
            ("Ten days later".into(), Some("2021-09-18".into())),
            ("Oct. 2".into(), Some("2021-10-02".into())),
        ]
    );
    assert_eq!(
        texts_values(
            "On Sept. 8, 2021, the Orlen depot flooded. Ten days later, on Feb. 2, the tills open.",
            march
        ),
        vec![
            ("Sept. 8, 2021".into(), Some("2021-09-08".into())),
            ("Ten days later".into(), Some("2021-09-18".into())),
            ("Feb. 2".into(), Some("2024-02-02".into())),
        ]
    );
}

#[test]
fn a_count_ahead_in_reported_speech_starts_from_the_day_of_the_speech() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    assert_eq!(
        texts_values(
            "Ana Vell said on Monday she was moving in three weeks.",
            march
        ),
        vec![
            ("Monday".into(), Some("2024-03-04".into())),
            ("three weeks".into(), Some("2024-03-25".into())),
        ]
    );
    assert_eq!(
        texts_values("Ana Vell said she was moving in three weeks.", march),
        vec![("three weeks".into(), Some("2024-W13".into()))]
    );
    assert!(texts_values("Ana Vell said rents rose 4% in three weeks.", march).is_empty());
}

#[test]
fn a_count_of_years_moves_the_date_told_before_at_its_grain() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    assert_eq!(
        texts_values(
            "Output at Brennick rose 4% in the second quarter of 2023 from a year earlier.",
            march
        ),
        vec![
            ("the second quarter of 2023".into(), Some("2023-Q2".into())),
            ("a year earlier".into(), Some("2022-Q2".into())),
        ]
    );
    assert_eq!(
        texts_values(
            "The plant opened on June 14, 2019. Two years later it shut.",
            march
        ),
        vec![
            ("June 14, 2019".into(), Some("2019-06-14".into())),
            ("Two years later".into(), Some("2021".into())),
        ]
    );
    assert_eq!(
        texts_values(
            "Exports slumped in 2019. A year later they recovered.",
            march
        ),
        vec![
            ("2019".into(), Some("2019".into())),
            ("A year later".into(), Some("2020".into())),
        ]
    );
    assert_eq!(
        texts_values(
            "Exports slumped in 2019. The following year they recovered.",
            march
        ),
        vec![
            ("2019".into(), Some("2019".into())),
            ("The following year".into(), Some("2020".into())),
        ]
    );
    assert_eq!(
        texts_values(
            "Exports slumped in 2019, and the year before, they grew.",
            march
        ),
        vec![
            ("2019".into(), Some("2019".into())),
            ("the year before".into(), Some("2018".into())),
        ]
    );
    assert_eq!(
        texts_values(
            "Exports slumped in 2019. The year before the merger was calm.",
            march
        ),
        vec![("2019".into(), Some("2019".into()))]
    );
    assert_eq!(years_from("2020-02-29", 1), None);
    assert_eq!(years_from("2020-W09", 1), None);
}

#[test]
fn a_year_shift_that_moves_the_story_on_names_the_whole_year() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    for (shift, year) in [
        ("The following year", "1914"),
        ("The year after", "1914"),
        ("A year later", "1914"),
        ("Three years later", "1916"),
    ] {
        assert_eq!(
            texts_values(
                &format!("In January 1913 the Tolvey mill closed. {shift}, it reopened."),
                march
            ),
            vec![
                ("January 1913".into(), Some("1913-01".into())),
                (shift.into(), Some(year.into())),
            ]
        );
    }
    assert_eq!(
        texts_values(
            "In the summer of 1908 the Orsby pier burned. The following year, it was rebuilt.",
            march
        ),
        vec![
            ("summer of 1908".into(), Some("1908-SU".into())),
            ("The following year".into(), Some("1909".into())),
        ]
    );
    // Looking back, a year shift compares like with like and keeps the grain told.
    assert_eq!(
        texts_values(
            "Sales at Drumlow rose in February. They were 90 units, up from 80 the previous year.",
            march
        ),
        vec![
            ("February".into(), Some("2024-02".into())),
            ("the previous year".into(), Some("2023-02".into())),
        ]
    );
    assert_eq!(years_from("2021", -1).as_deref(), Some("2020"));
}

#[test]
fn a_year_right_before_a_holiday_after_the_is_its_year() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    assert_eq!(
        texts_values(
            "It was the worst flood since the 2018 Labor Day storms.",
            march
        ),
        vec![("2018 Labor Day".into(), Some("2018-09-03".into()))]
    );
    assert_eq!(
        texts_values("In 2018 Labor Day fell early.", march),
        // Read apart, the holiday still takes the year opening its sentence.
        vec![
            ("2018".into(), Some("2018".into())),
            ("Labor Day".into(), Some("2018-09-03".into()))
        ]
    );
}

#[test]
fn counted_days_and_weeks_move_from_the_day_told_before() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    assert_eq!(
        texts_values(
            "Pickers walked out on Friday. Three days later, talks began.",
            march
        ),
        vec![
            ("Friday".into(), Some("2024-03-01".into())),
            ("Three days later".into(), Some("2024-03-04".into()))
        ]
    );
    assert_eq!(
        texts_values("Sales hit 40 on Feb. 28, up from 12 a week earlier.", march),
        vec![
            ("Feb. 28".into(), Some("2024-02-28".into())),
            ("a week earlier".into(), Some("2024-02-21".into()))
        ]
    );
    assert_eq!(
        texts_values(
            "The mill shut on Feb. 10. A month later, it reopened.",
            march
        ),
        vec![
            ("Feb. 10".into(), Some("2024-02-10".into())),
            ("A month later".into(), Some("2024-03".into()))
        ]
    );
    // Without a day told before, or as a delay, or before a named event: no date.
    assert_eq!(
        texts_values("Two days later, talks began.", march),
        vec![("Two days later".into(), None)]
    );
    assert!(texts_values(
        "The bus came on Friday, two days later than planned.",
        march
    )
    .iter()
    .all(|(text, _)| text == "Friday"));
    assert!(
        texts_values("He quit on Friday, a week before the vote.", march)
            .iter()
            .all(|(text, _)| text == "Friday")
    );
}

#[test]
fn a_day_allowed_after_has_until_is_ahead() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    for (text, expected) in [
        (
            "Ms. Varga has until Jan. 9 to answer the court.",
            "2025-01-09",
        ),
        ("The tenants have only until Feb. 2 to leave.", "2025-02-02"),
        (
            "The firm has been given until Feb. 2 to reply.",
            "2025-02-02",
        ),
        ("The firm has until April 2 to reply.", "2024-04-02"),
    ] {
        assert_eq!(one(text, march).1.as_deref(), Some(expected), "{text}");
    }
}

#[test]
fn a_past_verb_after_and_governs_the_month_not_an_earlier_infinitive() {
    // The anchor is in January 2022.
    assert_eq!(
            texts_values(
                "The firm was told last May to share its data, and the regulator opened an inquiry in March.",
                Some(anchor())
            ),
            vec![
                ("last May".into(), Some("2021-05".into())),
                ("March".into(), Some("2021-03".into()))
            ]
        );
    assert_eq!(
        value("The firm will share its data, and the regulator will open an inquiry in March."),
        Some("2022-03".into())
    );
}

#[test]
fn an_abbreviated_weekday_with_its_full_stop_is_the_day() {
    // The anchor, 2022-01-22, is a Saturday.
    assert_eq!(
        value("The board meets Thurs. to pick a chair."),
        Some("2022-01-27".into())
    );
    assert_eq!(
        texts_values(
            "The parade is set for 11 a.m. Mon. on Elm Road.",
            Some(anchor())
        ),
        vec![
            ("11 a.m.".into(), Some("2022-01-24".into())),
            ("Mon.".into(), Some("2022-01-24".into()))
        ]
    );
    assert_eq!(
        value("The vote is set for Tues., Feb. 1."),
        Some("2022-02-01".into())
    );
    // A newspaper's name, a lower-case verb and a bare abbreviation are no day.
    for none in [
        "The story ran in the Sun. Readers wrote in.",
        "It ran in the Valley Sun. Readers wrote in.",
        "The dog sat. Then it slept.",
        "The council meets Tues to vote.",
    ] {
        assert!(run(none, Some(anchor())).is_empty(), "{none}");
    }
}

#[test]
fn a_call_for_something_from_a_day_looks_ahead() {
    // The anchor, 2022-01-22, is a Saturday.
    assert_eq!(
        value("The farmers' union called for a blockade from Tuesday."),
        Some("2022-01-25".into())
    );
    assert_eq!(
        value("Campaigners are calling for a boycott beginning on Tuesday."),
        Some("2022-01-25".into())
    );
    assert_eq!(
        value("The mayor called for calm on Tuesday."),
        Some("2022-01-18".into())
    );
}

#[test]
fn a_past_perfect_before_by_a_day_is_past() {
    // The anchor, 2022-01-22, is a Saturday.
    assert_eq!(
        value("The utility said power had returned to most homes by Tuesday."),
        Some("2022-01-18".into())
    );
    assert_eq!(
        value("Crews were sent to clear the roads by Tuesday."),
        Some("2022-01-25".into())
    );
}

#[test]
fn an_adverb_after_an_auxiliary_keeps_the_perfect() {
    // The anchor, 2022-01-22, is a Saturday.
    assert_eq!(
        value("Harriers have now lost three matches and visit Dunmore on Tuesday."),
        Some("2022-01-25".into())
    );
}

#[test]
fn a_backdated_month_is_one_gone_by() {
    // The anchor is in January 2022.
    assert_eq!(
        texts_values(
            "The award is 2 per cent next year, backdated to October.",
            Some(anchor())
        ),
        vec![
            ("next year".into(), Some("2023".into())),
            ("October".into(), Some("2021-10".into()))
        ]
    );
    assert_eq!(
        value("The rise will be paid retroactive from November."),
        Some("2021-11".into())
    );
}

#[test]
fn a_clock_time_before_a_weekday_keeps_the_tense() {
    // The anchor, 2022-01-22, is a Saturday.
    let days = |text: &str| -> Vec<Option<String>> {
        run(text, Some(anchor()))
            .into_iter()
            .map(|d| d.value)
            .collect()
    };
    assert_eq!(
        days("The hearing is scheduled for 9:15 a.m. Tuesday."),
        vec![Some("2022-01-25".into()), Some("2022-01-25".into())]
    );
    assert_eq!(
        days("Voting will end at 7 p.m. Monday."),
        vec![Some("2022-01-24".into()), Some("2022-01-24".into())]
    );
    assert_eq!(
        days("The vote is scheduled for 10 a.m. EST on Friday."),
        vec![Some("2022-01-28".into()), Some("2022-01-28".into())]
    );
    assert_eq!(
        days("Voting ended at 7 p.m. Monday."),
        vec![Some("2022-01-17".into()), Some("2022-01-17".into())]
    );
    assert_eq!(
        days("The vote will take place at 10 a.m. New York time on Friday."),
        vec![Some("2022-01-28".into()), Some("2022-01-28".into())]
    );
}

#[test]
fn a_weekday_of_next_or_last_week_is_in_that_week() {
    // The anchor, 2022-01-22, is a Saturday of week 3.
    let days = |text: &str| -> Vec<Option<String>> {
        run(text, Some(anchor()))
            .into_iter()
            .map(|d| d.value)
            .collect()
    };
    assert_eq!(
        days("Shops will close from Monday to Wednesday next week."),
        vec![
            Some("2022-01-24".into()),
            Some("2022-01-26".into()),
            Some("2022-W04".into())
        ]
    );
    assert_eq!(
        days("It rained between Monday and Wednesday last week."),
        vec![
            Some("2022-01-10".into()),
            Some("2022-01-12".into()),
            Some("2022-W02".into())
        ]
    );
    assert_eq!(
        value("The hearing resumes on Thursday week."),
        Some("2022-02-03".into())
    );
    assert_eq!(
        value("The Thursday week-long festival ended."),
        Some("2022-01-20".into())
    );
}

#[test]
fn an_irregular_past_form_sets_a_day_in_the_past() {
    // The anchor is 2022-01-22: a day of February or March is a year back in the past.
    assert_eq!(
        value("He won the runoff on March 3."),
        Some("2021-03-03".into())
    );
    assert_eq!(
        value("The family fled the town on February 9."),
        Some("2021-02-09".into())
    );
    assert_eq!(
        value("The runoff will be held on March 3."),
        Some("2022-03-03".into())
    );
    assert_eq!(
        value("Results are to be sent on March 3."),
        Some("2022-03-03".into())
    );
}

#[test]
fn a_weekday_opening_a_sentence_takes_the_tense_of_the_clause_after_it() {
    // The anchor, 2022-01-22, is a Saturday.
    assert_eq!(
        value("On Friday, the envoy will travel to the capital."),
        Some("2022-01-28".into())
    );
    assert_eq!(
        value("On Thursday, ministers are expected to sign the deal."),
        Some("2022-01-27".into())
    );
    assert_eq!(
        value("On Friday, she said talks would resume."),
        Some("2022-01-21".into())
    );
    assert_eq!(
        value("On Friday, the envoy travelled to the capital."),
        Some("2022-01-21".into())
    );
    assert_eq!(
        value("Talks failed. Experts say that on Friday, they will try again."),
        Some("2022-01-21".into())
    );
}

#[test]
fn a_regular_past_main_verb_before_a_later_future_word_keeps_an_opening_weekday_past() {
    // The anchor, 2022-01-22, is a Saturday.
    assert_eq!(
        value("On Monday, the trust voted to sell the mill, which will close."),
        Some("2022-01-17".into())
    );
    assert_eq!(
        value("On Tuesday, the panel has backed rules that will apply."),
        Some("2022-01-18".into())
    );
    assert_eq!(
        value("On Monday, the trust agreed to reopen the mill."),
        Some("2022-01-17".into())
    );
    assert_eq!(
        value("On Monday, the newly elected warden will speak."),
        Some("2022-01-24".into())
    );
    assert_eq!(
        value("On Monday, after talks stalled, the porters will strike."),
        Some("2022-01-24".into())
    );
    assert_eq!(
        value("On Monday, the trust will vote."),
        Some("2022-01-24".into())
    );
}

#[test]
fn a_weekday_after_a_verb_of_schedule_in_the_present_is_to_come() {
    // The anchor, 2022-01-22, is a Saturday.
    assert_eq!(
        value("The talks continue on Monday."),
        Some("2022-01-24".into())
    );
    assert_eq!(
        value("Voters go to the polls on Sunday."),
        Some("2022-01-23".into())
    );
    assert_eq!(
        value("The leaders meet on Thursday."),
        Some("2022-01-27".into())
    );
    assert_eq!(
        value("The talks continued on Monday."),
        Some("2022-01-17".into())
    );
}

#[test]
fn a_race_time_or_a_case_number_is_no_time_of_day() {
    let found = run("She won the race in 2:03:45 on Sunday.", Some(anchor()));
    assert!(found.iter().all(|d| d.time.is_none()), "{found:?}");
    assert!(run("The case, 2:23-cv-01234, was filed.", Some(anchor())).is_empty());
    let found = run("The polls shut at 9:30 on Monday.", Some(anchor()));
    assert_eq!(found[0].time.as_deref(), Some("09:30"));
}

#[test]
fn a_race_time_with_a_fraction_of_a_second_or_after_a_lead_is_no_time_of_day() {
    for text in [
        "Ivo Dane won in 1:56.42 on Sunday.",
        "Ada Quist clocked 3:29 in the heat on Sunday.",
        "Mara Lind ran a winning time of 1:44 on Sunday.",
        "Tom Reyes ran the second lap in 14:22 on Sunday.",
        "Ivo Dane set a personal best of 12:47 on Sunday.",
    ] {
        let found = run(text, Some(anchor()));
        assert!(found.iter().all(|d| d.time.is_none()), "{text}: {found:?}");
    }
    let found = run(
        "The vote closed at 9:30. On Sunday it resumed.",
        Some(anchor()),
    );
    assert_eq!(found[0].time.as_deref(), Some("09:30"));
    // "in" makes a race time only of bare minutes and seconds, never of a time of day with
    // its "a.m." or "p.m.".
    let found = run("The count ended in 2:30am chaos on Monday.", Some(anchor()));
    assert_eq!(found[0].time.as_deref(), Some("02:30"));
}

#[test]
fn noon_and_midnight() {
    let found = run("The polls shut at noon on Monday.", Some(anchor()));
    assert_eq!(found[0].text, "noon");
    assert_eq!(found[0].time.as_deref(), Some("12:00"));
    assert_eq!(found[0].value.as_deref(), Some("2022-01-17"));
    let found = run("The deal expires at midnight on Monday.", Some(anchor()));
    assert_eq!(found[0].time.as_deref(), Some("00:00"));
    assert_eq!(found[1].value.as_deref(), Some("2022-01-24"));
    let found = run("The curfew lasts until midnight.", Some(anchor()));
    assert_eq!(found[0].time.as_deref(), Some("00:00"));
    assert!(run("It was a midnight feast.", Some(anchor())).is_empty());
}

#[test]
fn in_a_week_and_a_fortnight_ago() {
    assert_eq!(
        one("The depot will reopen in a week.", Some(anchor())),
        ("a week".into(), Some("2022-W04".into()), None)
    );
    assert_eq!(value("The lease ends in a month."), Some("2022-02".into()));
    assert_eq!(
        one("The depot shut a fortnight ago.", Some(anchor())),
        ("a fortnight ago".into(), Some("2022-W01".into()), None)
    );
    assert!(run("The board met twice in a week.", Some(anchor())).is_empty());
    assert!(run("The stock was gone in a day.", Some(anchor())).is_empty());
}

#[test]
fn a_later_day_of_this_month_in_the_past_is_last_year() {
    assert_eq!(
        value("The fire started on January 27."),
        Some("2021-01-27".into())
    );
    assert_eq!(
        value("The fire started on January 12."),
        Some("2022-01-12".into())
    );
    assert_eq!(
        value("The fair opens on January 27."),
        Some("2022-01-27".into())
    );
    assert_eq!(
        value("The fair is on January 27."),
        Some("2022-01-27".into())
    );
}

#[test]
fn last_and_next_month() {
    assert_eq!(
        one("The law passed last January.", Some(anchor())),
        ("last January".into(), Some("2021-01".into()), None)
    );
    assert_eq!(value("It opened last October."), Some("2021-10".into()));
    assert_eq!(value("It opens next January."), Some("2023-01".into()));
    assert_eq!(value("It opens next April."), Some("2022-04".into()));
    assert!(run("They held the last March of the year.", Some(anchor())).is_empty());
}

#[test]
fn numbered_labels_are_not_years() {
    assert!(run("Delegates backed Resolution 2031 in the hall.", None).is_empty());
    assert_eq!(value("The hall opened in 2019 again."), Some("2019".into()));
}

#[test]
fn absolute_dates() {
    assert_eq!(
        value("It began on 2022-01-22 here."),
        Some("2022-01-22".into())
    );
    assert_eq!(
        one("It began on January 21, 2022 in Lisbon.", None).1,
        Some("2022-01-21".into())
    );
    assert_eq!(
        one("Talks on 21 January 2022 ended.", None).1,
        Some("2022-01-21".into())
    );
    assert_eq!(
        one("Talks on Jan. 21 ended.", None).1,
        Some("XXXX-01-21".into())
    );
    assert_eq!(
        one("Talks on Jan 21 ended.", None).1,
        Some("XXXX-01-21".into())
    );
    assert_eq!(
        one("Talks on 21 Jan ended.", None).1,
        Some("XXXX-01-21".into())
    );
    assert_eq!(
        one("Talks on 14 March ended.", None).1,
        Some("XXXX-03-14".into())
    );
    assert_eq!(value("Talks on 14 March ended."), Some("2022-03-14".into()));
    assert_eq!(
        one("It opened in March 2022.", None).1,
        Some("2022-03".into())
    );
    assert_eq!(
        one("It opened in 2014.", None),
        ("2014".into(), Some("2014".into()), None)
    );
    assert_eq!(
        one("It was built in the 1990s.", None).1,
        Some("199X".into())
    );
}

#[test]
fn a_capitalised_today_inside_a_sentence_is_a_title() {
    for text in [
        "She told Radio 9's Today programme it was over.",
        "She told USA Today it was over.",
        "He read Yesterday, Today and Tomorrow aloud.",
    ] {
        assert!(run(text, Some(anchor())).is_empty(), "{text}");
    }
    assert_eq!(value("Today, the bill passed."), Some("2022-01-22".into()));
    assert_eq!(
        value("“Today we rest,” he said."),
        Some("2022-01-22".into())
    );
    assert_eq!(value("He said: Today we rest."), Some("2022-01-22".into()));
}

#[test]
fn relative_dates() {
    assert_eq!(value("He left yesterday."), Some("2022-01-21".into()));
    assert_eq!(value("He leaves today."), Some("2022-01-22".into()));
    assert_eq!(value("He leaves tomorrow."), Some("2022-01-23".into()));
    assert_eq!(value("He leaves tonight."), Some("2022-01-22".into()));
    assert_eq!(value("They met on Wednesday."), Some("2022-01-19".into()));
    assert_eq!(
        value("They will meet on Monday."),
        Some("2022-01-24".into())
    );
    assert_eq!(value("They meet next Monday."), Some("2022-01-24".into()));
    assert_eq!(
        value("Highs were forecast to reach 40C on Monday."),
        Some("2022-01-24".into())
    );
    // A scheduled event in the present tense lies ahead.
    assert_eq!(value("The vote is on Monday."), Some("2022-01-24".into()));
    assert_eq!(
        value("The deal expires late on Monday."),
        Some("2022-01-24".into())
    );
    assert_eq!(
        value("The deal expires, the firm said on Monday."),
        Some("2022-01-17".into())
    );
    assert_eq!(
        value("Bills to re-open the mill failed on Monday."),
        Some("2022-01-17".into())
    );
    assert_eq!(value("They met last Tuesday."), Some("2022-01-18".into()));
    assert_eq!(value("They met this week."), Some("2022-W03".into()));
    assert_eq!(
        one("Earlier this week they met.", Some(anchor())),
        ("Earlier this week".into(), Some("2022-W03".into()), None)
    );
    assert_eq!(value("They meet next week."), Some("2022-W04".into()));
    assert_eq!(value("They met last year."), Some("2021".into()));
    assert_eq!(value("They meet next month."), Some("2022-02".into()));
    assert_eq!(value("They met two weeks ago."), Some("2022-W01".into()));
    assert_eq!(
        one("They meet in three days.", Some(anchor())),
        ("three days".into(), Some("2022-01-25".into()), None)
    );
    assert_eq!(
        one("It fell late last year.", Some(anchor())),
        (
            "late last year".into(),
            Some("2021".into()),
            Some("END".into())
        )
    );
    assert_eq!(
        one("It fell in mid-December.", Some(anchor())),
        (
            "mid-December".into(),
            Some("2021-12".into()),
            Some("MID".into())
        )
    );
    assert_eq!(
        one("It fell in early January.", Some(anchor())),
        (
            "early January".into(),
            Some("2022-01".into()),
            Some("START".into())
        )
    );
    assert_eq!(
        one("It fell on Friday morning.", Some(anchor())).1,
        Some("2022-01-21".into())
    );
    assert_eq!(
        one("It fell on Monday night.", Some(anchor())).0,
        "Monday night"
    );
    assert_eq!(
        one("It fell in late December last year.", None),
        (
            "late December last year".into(),
            Some("XXXX-12".into()),
            Some("END".into())
        )
    );
}

#[test]
fn headline_and_metadata_are_skipped() {
    let text = "Talks on Friday\n\nBy staff, Monday\n\nThey met on Tuesday.";
    let layout = Layout {
        paragraphs: vec![Span::new(0, 15), Span::new(17, 33), Span::new(35, 55)],
        headline: Some(Span::new(0, 15)),
        metadata: vec![Span::new(17, 33)],
        ..Layout::default()
    };
    let found = extract(text, &layout, Some(anchor()));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "Tuesday");
    assert_eq!(body_ranges(&layout), vec![Span::new(35, 55)]);
}

#[test]
fn seasons() {
    assert_eq!(value("It rained last summer."), Some("2021-SU".into()));
    assert_eq!(
        one("It rained in the summer of 2014.", None).1,
        Some("2014-SU".into())
    );
    assert!(run("Prices fall sharply.", Some(anchor())).is_empty());
}

#[test]
fn a_season_after_in_is_the_coming_or_the_last_one() {
    // The anchor is Tuesday 5 March 2024, in spring.
    assert_eq!(
        on_a_tuesday("The fair will return in the autumn."),
        ("autumn".into(), Some("2024-FA".into()), None)
    );
    assert_eq!(
        on_a_tuesday("The mill closed in the autumn.").1,
        Some("2023-FA".into())
    );
    assert_eq!(
        on_a_tuesday("Repairs are expected in early summer."),
        (
            "early summer".into(),
            Some("2024-SU".into()),
            Some("START".into())
        )
    );
    assert_eq!(
        on_a_tuesday("The bridge took shape in spring.").1,
        Some("2024-SP".into())
    );
    // A habit is no date.
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(none("Swallows nest in the spring.").is_empty());
}

#[test]
fn a_numbered_week_of_a_month_is_the_iso_week_holding_its_first_day() {
    // The anchor is Tuesday 5 March 2024.
    let on = |text: &str| texts_values(text, Date::new(2024, 3, 5).ok());
    assert_eq!(
        on("The book fair runs in the first week of May."),
        vec![(
            "the first week of May".to_string(),
            Some("2024-W18".to_string())
        )]
    );
    assert_eq!(
        on("Trials open in the third week of April."),
        vec![(
            "the third week of April".to_string(),
            Some("2024-W16".to_string())
        )]
    );
    // The last week holds the month's last day; ahead in a clause of the present.
    assert_eq!(
        on("The regatta is held in the last week of June."),
        vec![(
            "the last week of June".to_string(),
            Some("2024-W26".to_string())
        )]
    );
    assert_eq!(
        on("The mill shut in the last week of June."),
        vec![(
            "the last week of June".to_string(),
            Some("2023-W26".to_string())
        )]
    );
}

#[test]
fn a_season_after_until_is_the_coming_one_whatever_the_verb_of_saying() {
    // The anchor is Tuesday 5 March 2024, in spring.
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        value("Ada Quell said: \"The orchard cannot open until the autumn.\""),
        Some("2024-FA".into())
    );
    assert_eq!(
        value("The trust said it could not reopen the pier until the summer."),
        Some("2024-SU".into())
    );
    assert_eq!(
        value("The ferry cannot sail until the summer."),
        Some("2024-SU".into())
    );
    // A clause of the past keeps the last one.
    assert_eq!(
        value("The kiosk stayed shut until the summer."),
        Some("2023-SU".into())
    );
}

#[test]
fn unanchored_relative_dates_are_null() {
    assert_eq!(one("They met on Friday.", None).1, None);
    assert_eq!(one("They meet next week.", None).1, None);
    assert_eq!(one("He left yesterday.", None).1, None);
}

#[test]
fn times_of_day() {
    let found = run("The blast came at 9:20 p.m. on Friday.", Some(anchor()));
    let time = found.iter().find(|d| d.time.is_some()).unwrap();
    assert_eq!(time.text, "9:20 p.m.");
    assert_eq!(time.time.as_deref(), Some("21:20"));
    assert_eq!(time.value.as_deref(), Some("2022-01-21"));
    let found = run("It starts at 21:00 GMT.", None);
    assert_eq!(found[0].text, "21:00 GMT");
    assert_eq!(found[0].time.as_deref(), Some("21:00"));
    let found = run("Contact came at 0019 UTC.", None);
    assert_eq!(found[0].time.as_deref(), Some("00:19"));
    let found = run("The strike began at 0600 local time.", None);
    assert_eq!(found[0].text, "0600 local time");
    assert_eq!(found[0].time.as_deref(), Some("06:00"));
    let found = run("The curfew starts at 2100 hours.", None);
    assert_eq!(found[0].time.as_deref(), Some("21:00"));
    assert!(run("Staff worked 1800 hours.", None).is_empty());
    let found = run("It ended at 2.40am.", None);
    assert_eq!(found[0].time.as_deref(), Some("02:40"));
    let found = run("We heard voices until about 3 o’clock.", None);
    assert_eq!(found[0].text, "3 o’clock");
    assert_eq!(found[0].time.as_deref(), Some("03:00"));
}

#[test]
fn an_hour_with_its_part_of_the_day_is_a_time() {
    let time = |text: &str| run(text, None).first().and_then(|f| f.time.clone());
    let found = run("Divers left the pier at 5 in the morning.", None);
    assert_eq!(found[0].text, "5 in the morning");
    assert_eq!(found[0].time.as_deref(), Some("05:00"));
    assert_eq!(time("The bar shuts by 10 at night."), Some("22:00".into()));
    assert_eq!(
        time("The vote closed at 4:15 in the afternoon."),
        Some("16:15".into())
    );
    assert_eq!(
        time("Doors open after 7 in the evening."),
        Some("19:00".into())
    );
    // No preposition of time, or an hour its part of the day does not hold: no time.
    assert!(run("Orvane scored 3 in the afternoon.", None).is_empty());
    assert!(run("Lamps glowed around 9 in the afternoon.", None).is_empty());
}

#[test]
fn an_hour_in_words_with_its_part_of_the_day_is_a_time() {
    let found = run("The last tram left at two in the morning.", None);
    assert_eq!(found[0].text, "two in the morning");
    assert_eq!(found[0].time.as_deref(), Some("02:00"));
    let found = run("The ferry left at eleven at night.", None);
    assert_eq!(found[0].time.as_deref(), Some("23:00"));
    let found = run("Bells rang until six o’clock.", None);
    assert_eq!(found[0].time.as_deref(), Some("06:00"));
    // Not changed: no preposition of time, or an hour its part of the day does not hold.
    assert!(run("Orvane scored three in the afternoon.", None).is_empty());
    assert!(run("Lamps glowed around nine in the afternoon.", None).is_empty());
    assert!(run("The clock struck thirteen in the evening.", None).is_empty());
}

#[test]
fn a_universal_time_in_brackets_falls_on_its_own_day() {
    let found = run(
        "The quake hit at 4.10am local time (2010 GMT) on Monday.",
        Some(anchor()),
    );
    let values: Vec<_> = found.iter().map(|d| d.value.as_deref()).collect();
    assert_eq!(
        values,
        vec![Some("2022-01-17"), Some("2022-01-16"), Some("2022-01-17")]
    );
    let found = run(
        "The polls closed at 9pm EST (0200 GMT) on Monday.",
        Some(anchor()),
    );
    assert_eq!(found[1].value.as_deref(), Some("2022-01-18"));
    let found = run(
        "The shelling began at 10am (0800 GMT) on Monday.",
        Some(anchor()),
    );
    assert_eq!(found[1].text, "0800 GMT");
    assert_eq!(found[1].value.as_deref(), Some("2022-01-17"));
    let found = run(
        "The quake hit at 4.10am local time (2010 GMT) on 3 May.",
        None,
    );
    assert_eq!(found[1].value, None);
}

#[test]
fn a_clock_time_with_a_point_after_a_word_of_time() {
    let found = run("The alarm was raised at 10.30 on Friday.", Some(anchor()));
    assert_eq!(found[0].text, "10.30");
    assert_eq!(found[0].time.as_deref(), Some("10:30"));
    assert_eq!(found[0].value.as_deref(), Some("2022-01-21"));
    let found = run("He left at 8.15 this morning.", Some(anchor()));
    assert_eq!(found[0].time.as_deref(), Some("08:15"));
    assert_eq!(found[0].value.as_deref(), Some("2022-01-22"));
    let found = run("The line reopens at 22.15 GMT.", None);
    assert_eq!(found[0].text, "22.15 GMT");
    assert_eq!(found[0].time.as_deref(), Some("22:15"));
    assert!(run("Prices rose 10.30 per cent.", None).is_empty());
    assert!(run("The index rose to 10.30 on Friday.", Some(anchor()))
        .iter()
        .all(|d| d.time.is_none()));
    assert!(run("Shares closed at 10.30 on Friday.", Some(anchor()))
        .iter()
        .all(|d| d.time.is_none()));
    assert!(run("It cost 10.30 in all.", None).is_empty());
    assert!(run("Output rose from 10.30 to 11.15.", None).is_empty());
    assert!(run("Rates rose to 3.10 from 3.45.", None).is_empty());
    assert!(run("Rates fell 0.05 to 3.10 from 3.15.", None).is_empty());
    let found = run("The fair runs from 9.30 to 11.45.", None);
    assert_eq!(found[0].time.as_deref(), Some("09:30"));
    assert!(run("It trades at 10.30 points.", None).is_empty());
    assert!(run("It sold at $10.30 each.", None).is_empty());
}

#[test]
fn a_date_with_slashes_in_a_plain_order() {
    assert_eq!(
        value("It was dissolved on 15/02/2021."),
        Some("2021-02-15".into())
    );
    assert_eq!(
        value("The deadline was 02/15/2021."),
        Some("2021-02-15".into())
    );
    assert_eq!(value("It opened on 05/05/2021."), Some("2021-05-05".into()));
    assert!(run("It opened on 03/04/2021.", Some(anchor())).is_empty());
    assert!(run("It ran on 31/02/2021.", Some(anchor())).is_empty());
    assert!(run("Ref 7/15/02/2021.", Some(anchor())).is_empty());
}

#[test]
fn the_year_of_a_level_and_the_end_of_the_century() {
    assert_eq!(
        value("Sea levels could rise by 1m by 2100."),
        Some("2100".into())
    );
    assert_eq!(
        value("Prices are still above 2019 levels."),
        Some("2019".into())
    );
    assert!(run("The fund lent 2100 euros.", Some(anchor())).is_empty());
    assert!(run("Staff cut 2100 jobs.", Some(anchor())).is_empty());
    assert!(run("Payrolls rose by 2100 jobs.", Some(anchor())).is_empty());
}

#[test]
fn a_quarter_of_growth_is_of_the_calendar() {
    assert_eq!(
        value("Growth slowed in the third quarter."),
        Some("2021-Q3".into())
    );
    assert!(run("They led in the third quarter.", Some(anchor())).is_empty());
}

#[test]
fn header_and_non_dates() {
    let found = run("date 2022-01-22 They met yesterday.\n", Some(anchor()));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "yesterday");
    assert!(run("You may go. The mayor spoke.", None).is_empty());
    assert!(run("Over the last year it grew.", Some(anchor())).is_empty());
    assert!(run("They sent 1500 troops.", None).is_empty());
    assert!(run("It cost $2014.", None).is_empty());
    assert!(run("for the first time in two years", Some(anchor())).is_empty());
    assert!(run("the highest rate in 40 weeks", Some(anchor())).is_empty());
    assert_eq!(
        value("Rates rose in early February, and will rise again."),
        Some("2021-02".into())
    );
}

#[test]
fn months_without_a_year_look_back_unless_future() {
    let november = Date::new(2015, 11, 14).ok();
    assert_eq!(
        one("Attacks came in early January.", november).1,
        Some("2015-01".into())
    );
    assert_eq!(
        one("Talks will resume in January.", november).1,
        Some("2016-01".into())
    );
    assert_eq!(
        one("He said he would speak on Monday.", november).1,
        Some("2015-11-16".into())
    );
    assert_eq!(
        one("The bill now goes to a second vote in March.", november).1,
        Some("2016-03".into())
    );
    assert_eq!(
        one("It could take place on Wednesday.", november).1,
        Some("2015-11-18".into())
    );
    assert_eq!(
        one("He could not be reached on Wednesday.", november).1,
        Some("2015-11-11".into())
    );
    // The month is no modal verb.
    assert_eq!(
        run("In May the town flooded on Wednesday.", november)
            .iter()
            .find(|d| d.text == "Wednesday")
            .and_then(|d| d.value.clone()),
        Some("2015-11-11".into())
    );
    // Saturday 14 November 2015: the vote expected is the coming Wednesday's.
    assert_eq!(
        one("He expected the House to pass it by Wednesday.", november).1,
        Some("2015-11-18".into())
    );
}

#[test]
fn an_abbreviated_month_with_a_year() {
    assert_eq!(
        one("In Sept. 2023 it fell.", Some(anchor())),
        ("Sept. 2023".into(), Some("2023-09".into()), None)
    );
    assert_eq!(value("By Dec 2021 it rose."), Some("2021-12".into()));
    // Without a year an abbreviation is no month ("Mar" may be a word).
    assert!(run("They mar it.", Some(anchor())).is_empty());
}

#[test]
fn the_days_of_a_span_are_each_a_date() {
    let texts_values = |text: &str| texts_values(text, Some(anchor()));
    let pair = |a: &str, b: &str, day_a: &str, day_b: &str| {
        vec![
            (a.to_string(), Some(day_a.to_string())),
            (b.to_string(), Some(day_b.to_string())),
        ]
    };
    assert_eq!(
        texts_values("The talks run from 11 to 22 November 2021."),
        pair("11", "22 November 2021", "2021-11-11", "2021-11-22")
    );
    assert_eq!(
        texts_values("The talks run 11-22 November 2021."),
        pair("11", "22 November 2021", "2021-11-11", "2021-11-22")
    );
    assert_eq!(
        texts_values("The talks run November 11-22, 2021."),
        pair("November 11", "22, 2021", "2021-11-11", "2021-11-22")
    );
    // Days out of order make no span: the day with the month is still a date.
    assert_eq!(
        texts_values("They won 10 to 5 June 2021."),
        vec![("5 June 2021".to_string(), Some("2021-06-05".to_string()))]
    );
    // A figure grouped in thousands after "to" is no second day.
    assert_eq!(
        texts_values("The toll since November 11 to 30,631 rose."),
        vec![("November 11".to_string(), Some("2021-11-11".to_string()))]
    );
    // A year named from the anchor's after the span holds both days.
    assert_eq!(
        texts_values("Between 4 and 17 May last year, the depot shut."),
        pair("4", "17 May last year", "2021-05-04", "2021-05-17")
    );
    assert_eq!(
        texts_values("The fair runs 8-12 June next year."),
        pair("8", "12 June next year", "2023-06-08", "2023-06-12")
    );
    assert_eq!(
        texts_values("The dig ran July 2-9 last year."),
        pair("July 2", "9 last year", "2021-07-02", "2021-07-09")
    );
}

#[test]
fn a_date_something_is_set_for_lies_ahead() {
    let november = Date::new(2025, 11, 14).ok();
    assert_eq!(
        one("The judge set sentencing for March 3.", november).1,
        Some("2026-03-03".into())
    );
    assert_eq!(
        one("The hearing was adjourned until February 9.", november).1,
        Some("2026-02-09".into())
    );
    // Something set on a past day, or a date not right after the words, looks back.
    assert_eq!(
        one("The judge set bail on March 3.", november).1,
        Some("2025-03-03".into())
    );
    assert_eq!(
        one("They moved to Ohio in March.", november).1,
        Some("2025-03".into())
    );
}

#[test]
fn fixed_holidays_are_days_of_the_nearest_fitting_year() {
    let may = Date::new(2023, 5, 17).ok();
    assert_eq!(
        one("Shops closed on Christmas Day.", may),
        ("Christmas Day".into(), Some("2022-12-25".into()), None)
    );
    assert_eq!(
        one("Shops will close on New Year’s Eve.", may).1,
        Some("2023-12-31".into())
    );
    assert_eq!(
        one("It fell on Boxing Day, 2019.", may).1,
        Some("2019-12-26".into())
    );
    assert_eq!(
        one("It fell on Halloween.", None).1,
        Some("XXXX-10-31".into())
    );
    // A holiday's words in lower case are no holiday.
    assert!(run("He had a may day call.", may).is_empty());
}

#[test]
fn a_holiday_of_a_year_written_after_it_is_that_years_day() {
    let may = Date::new(2023, 5, 17).ok();
    let pair = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
    assert_eq!(
        texts_values("The Memorial Day floods of 2019 cut the road.", may),
        vec![pair("Memorial Day floods of 2019", "2019-05-27")]
    );
    assert_eq!(
        texts_values("Crowds came at Easter of 2018.", may),
        vec![pair("Easter of 2018", "2018-04-01")]
    );
    assert_eq!(
        texts_values("It shut after Christmas and most of 2019.", may),
        vec![pair("Christmas", "2022-12-25"), pair("2019", "2019")]
    );
    assert_eq!(
        texts_values("The Christmas markets of 2019 were busy.", may),
        vec![pair("2019", "2019")]
    );
}

#[test]
fn movable_holidays_are_reckoned_for_their_year() {
    let may = Date::new(2023, 5, 17).ok();
    // Easter Sunday 2023 was 9 April; 2024's was 31 March.
    assert_eq!(
        one("Sales peaked over Easter.", may).1,
        Some("2023-04-09".into())
    );
    assert_eq!(
        one("It closed on Good Friday 2024.", may).1,
        Some("2024-03-29".into())
    );
    assert_eq!(
        one("The law takes effect on Thanksgiving Day.", may).1,
        Some("2023-11-23".into())
    );
    assert_eq!(
        one("Crowds will gather on Memorial Day.", may).1,
        Some("2023-05-29".into())
    );
    assert_eq!(
        one("The Fourth of July parade was cancelled.", may).1,
        Some("2022-07-04".into())
    );
    assert_eq!(
        one("Prices fell after Christmas.", may).1,
        Some("2022-12-25".into())
    );
    for text in [
        "They sailed to Easter Island.",
        "He bought a Christmas tree.",
        "Rows of Christmas stalls stood shut.",
    ] {
        assert!(run(text, may).is_empty(), "{text}");
    }
}

#[test]
fn this_weekday_gone_by_in_a_future_clause_is_the_next_one() {
    // 17 May 2023 is a Wednesday.
    let may = Date::new(2023, 5, 17).ok();
    assert_eq!(
        one("The vote will not be held this Monday.", may).1,
        Some("2023-05-22".into())
    );
    assert_eq!(
        one("The vote was held this Monday.", may).1,
        Some("2023-05-15".into())
    );
    assert_eq!(
        one("The vote will be held this Friday.", may).1,
        Some("2023-05-19".into())
    );
}

#[test]
fn a_month_due_or_likely_when_it_was_told_is_the_next_one() {
    let april = Date::new(2023, 4, 11).ok();
    assert_eq!(
        one("A clerk said the audit was due in August.", april).1,
        Some("2023-08".into())
    );
    assert_eq!(
        one("Staff said a ruling was unlikely before July.", april).1,
        Some("2023-07".into())
    );
    assert_eq!(
        one("The clerk said the hearing was due on April 27.", april).1,
        Some("2023-04-27".into())
    );
    // A month already gone by this year stays the last one; so does what was due and
    // then happened.
    assert_eq!(
        one("A clerk said the audit was due in February.", april).1,
        Some("2023-02".into())
    );
    assert_eq!(
        one(
            "A clerk said the audit was due in August but it arrived late.",
            april
        )
        .1,
        Some("2022-08".into())
    );
}

#[test]
fn a_month_that_comes_back_each_year_is_no_date() {
    let july = Date::new(2023, 7, 11).ok();
    assert!(run("The regatta is rowed every September.", july).is_empty());
    assert_eq!(
        texts_values("The fair has opened each May since 1975.", july),
        [("1975".to_string(), Some("1975".to_string()))]
    );
    // One month after a word of its own is still a date.
    assert_eq!(
        one("The fair opened in May, as it does each year.", july).1,
        Some("2023-05".into())
    );
}

#[test]
fn what_is_due_lies_ahead_unless_it_fell_due() {
    let may = Date::new(2023, 5, 17).ok();
    assert_eq!(
        one("They await the audit, due in July.", may).1,
        Some("2023-07".into())
    );
    assert_eq!(
        one("The bond came due in March.", may).1,
        Some("2023-03".into())
    );
}

#[test]
fn a_weekday_with_a_name_of_its_own_is_no_date() {
    let may = Date::new(2023, 5, 17).ok();
    assert!(run("Sales fell after Black Friday and Super Tuesday.", may).is_empty());
    assert_eq!(
        one("The shop shut on Friday.", may).1,
        Some("2023-05-12".into())
    );
}

#[test]
fn a_relative_clause_has_its_own_tense() {
    // 2015-11-14 is a Saturday.
    let november = Date::new(2015, 11, 14).ok();
    assert_eq!(
        one(
            "It could help Ada Quist, who on Thursday held a rally.",
            november
        )
        .1,
        Some("2015-11-12".into())
    );
    assert_eq!(
        one(
            "It helps Ada Quist, who will on Thursday hold a rally.",
            november
        )
        .1,
        Some("2015-11-19".into())
    );
    assert_eq!(
        one(
            "The union will strike on Thursday, which is a holiday.",
            november
        )
        .1,
        Some("2015-11-19".into())
    );
}

#[test]
fn a_past_verb_after_a_future_word_governs_the_date() {
    // 2015-11-14 is a Saturday.
    let november = Date::new(2015, 11, 14).ok();
    assert_eq!(
        one(
            "The firm will cut jobs, its chief said on Thursday.",
            november
        )
        .1,
        Some("2015-11-12".into())
    );
    assert_eq!(
        one(
            "The firm will cut jobs, its chief announced on Thursday.",
            november
        )
        .1,
        Some("2015-11-12".into())
    );
    assert_eq!(
        one("Prices will rise, the firm said in January.", november).1,
        Some("2015-01".into())
    );
    // A future word after the past one still looks ahead.
    assert_eq!(
        one(
            "Officials said the talks will resume on Thursday.",
            november
        )
        .1,
        Some("2015-11-19".into())
    );
    assert_eq!(
        one(
            "The vote, which was delayed, will be held on Thursday.",
            november
        )
        .1,
        Some("2015-11-19".into())
    );
}

#[test]
fn may_after_a_cue_is_a_month() {
    assert_eq!(value("It happened in May."), Some("2021-05".into()));
}

/// Value and modifier of the one mention in `text`, seen from Tuesday 5 March 2024.
fn on_a_tuesday(text: &str) -> (String, Option<String>, Option<String>) {
    one(text, Date::new(2024, 3, 5).ok())
}

#[test]
fn weekends_are_weeks_ends() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        value("The fair opens this weekend."),
        Some("2024-W10-WE".into())
    );
    assert_eq!(
        value("Police said the fire started this weekend."),
        Some("2024-W09-WE".into())
    );
    assert_eq!(value("It snowed last weekend."), Some("2024-W09-WE".into()));
    assert_eq!(
        value("It snowed this past weekend."),
        Some("2024-W09-WE".into())
    );
    assert_eq!(
        value("Roads flooded over the weekend."),
        Some("2024-W09-WE".into())
    );
    assert_eq!(
        value("Crews will work over the weekend."),
        Some("2024-W10-WE".into())
    );
    assert_eq!(
        value("Crews plan to meet next weekend."),
        Some("2024-W11-WE".into())
    );
    let sunday = Date::new(2024, 3, 10).ok();
    assert_eq!(
        one("Crews will work at the weekend.", sunday).1,
        Some("2024-W11-WE".into())
    );
    assert_eq!(
        one("Roads flooded over the weekend.", sunday).1,
        Some("2024-W10-WE".into())
    );
    assert!(run("She works weekends.", Date::new(2024, 3, 5).ok()).is_empty());
}

#[test]
fn a_year_cut_to_two_digits_is_a_year() {
    let on = |text: &str| texts_values(text, Date::new(2024, 3, 5).ok());
    let year = |text: &str, y: &str| vec![(text.to_string(), Some(y.to_string()))];
    assert_eq!(on("He left in '95 for good."), year("'95", "1995"));
    assert_eq!(on("She is of the class of ’08."), year("’08", "2008"));
    assert_eq!(on("They are the class of '28."), year("'28", "2028"));
    // A decade, a quoted number and a figure are something else.
    assert_eq!(on("Music of the '90s."), year("the '90s", "199X"));
    assert!(on("He wrote 'top '40' on it.").is_empty());
    assert!(on("It grew by '40%.").is_empty());
}

#[test]
fn a_span_across_the_new_year_ends_in_the_year_after() {
    let values = |text: &str, anchor: Date| -> Vec<Option<String>> {
        run(text, Some(anchor))
            .into_iter()
            .map(|d| d.value)
            .collect()
    };
    let january = Date::new(2024, 1, 10).ok().unwrap_or_default();
    let december = Date::new(2023, 12, 20).ok().unwrap_or_default();
    let november = Date::new(2023, 11, 20).ok().unwrap_or_default();
    let both = |a: &str, b: &str| vec![Some(a.to_string()), Some(b.to_string())];
    assert_eq!(
        values("The sale ran from Dec. 28 to Jan. 6.", january),
        both("2023-12-28", "2024-01-06")
    );
    assert_eq!(
        values("It was open from Dec. 28 through Jan. 6.", january),
        both("2023-12-28", "2024-01-06")
    );
    assert_eq!(
        values("The sale runs from Dec. 28 to Jan. 6.", december),
        both("2023-12-28", "2024-01-06")
    );
    assert_eq!(
        values("It runs from 28 December to 6 January 2024.", november),
        both("2023-12-28", "2024-01-06")
    );
    // A span within one year is left as it is read.
    assert_eq!(
        values("It ran from Jan. 6 to Feb. 2.", january),
        both("2024-01-06", "2024-02-02")
    );
}

#[test]
fn the_mid_thirties_of_a_temperature_are_no_decade() {
    let on = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(on("Temperatures in the mid-30s are forecast.").is_empty());
    assert!(on("Highs will reach the low 80s and the late 90s.").is_empty());
    // A decade stays one elsewhere, or written with its apostrophe or century.
    assert_eq!(
        on("Prices soared in the mid-30s.")[0].value.as_deref(),
        Some("193X")
    );
    assert_eq!(
        on("Temperatures were lower in the '30s.")[0]
            .value
            .as_deref(),
        Some("193X")
    );
    assert_eq!(
        on("Temperatures were lower in the 1930s.")[0]
            .value
            .as_deref(),
        Some("193X")
    );
}

#[test]
fn a_span_ago_today_is_that_day() {
    let value = |text: &str| on_a_tuesday(text);
    assert_eq!(
        value("It opened a year ago today."),
        ("a year ago today".into(), Some("2023-03-05".into()), None)
    );
    assert_eq!(
        value("They wed two weeks ago today."),
        (
            "two weeks ago today".into(),
            Some("2024-02-20".into()),
            None
        )
    );
    // "today's" belongs to what follows; the span ago stands as a year.
    let found = run(
        "A year ago today's winner was born.",
        Date::new(2024, 3, 5).ok(),
    );
    let texts: Vec<_> = found
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_deref()))
        .collect();
    assert_eq!(texts, [("A year ago", Some("2023"))]);
}

#[test]
fn last_this_and_next_quarter_move_from_the_anchors_quarter() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(value("Sales fell last quarter."), Some("2023-Q4".into()));
    assert_eq!(
        value("Profit will rise this quarter."),
        Some("2024-Q1".into())
    );
    assert_eq!(
        value("Revenue should grow early next quarter."),
        Some("2024-Q2".into())
    );
    assert_eq!(
        on_a_tuesday("Revenue should grow early next quarter.").2,
        Some("START".into())
    );
    // A quarter of a game, of a city or of a century is no period of the calendar.
    let run_on = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(run_on("He scored twice in the last quarter.").is_empty());
    assert!(run_on("He scored twice last quarter.").is_empty());
    assert!(run_on("Sales grew in this quarter of the city.").is_empty());
}

#[test]
fn results_of_a_quarter_due_soon_are_of_the_one_just_ended() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        value("It will report fourth-quarter earnings soon."),
        Some("2023-Q4".into())
    );
    assert_eq!(
        value("Fourth-quarter earnings beat forecasts."),
        Some("2023-Q4".into())
    );
    // A forecast for a later period is still of the period to come.
    assert_eq!(
        value("It will lift third-quarter sales."),
        Some("2024-Q3".into())
    );
}

#[test]
fn quarters_and_halves_of_a_year() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(value("Sales fell in Q3 2023."), Some("2023-Q3".into()));
    assert_eq!(
        value("Growth slowed in the third quarter of last year."),
        Some("2023-Q3".into())
    );
    assert_eq!(
        value("Growth slowed in the second half of 2022."),
        Some("2022-H2".into())
    );
    assert_eq!(
        value("Hiring picked up in the first half of the year."),
        Some("2024-H1".into())
    );
    // With no year: the most recent such period, or the next one in a clause about the
    // future, and only where the paragraph speaks of business.
    assert_eq!(
        value("Fourth-quarter profit rose 4%."),
        Some("2023-Q4".into())
    );
    assert_eq!(
        value("Sales rose in the first quarter."),
        Some("2024-Q1".into())
    );
    assert_eq!(
        value("The firm expects revenue to grow in the second quarter."),
        Some("2024-Q2".into())
    );
    assert_eq!(
        on_a_tuesday("Debt rose to a record by the end of the first half, hurting profits."),
        (
            "the end of the first half".into(),
            Some("2024-H1".into()),
            Some("END".into())
        )
    );
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(none("She scored twice in the fourth quarter.").is_empty());
    assert!(none("Sales slumped in the first quarter of the century.").is_empty());
    assert!(none("The team reached Q3 in qualifying.").is_empty());
}

#[test]
fn an_ordinal_after_a_preposition_is_a_day_of_this_month() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(value("The vote is on the 14th."), Some("2024-03-14".into()));
    assert_eq!(value("It closed on the 2nd."), Some("2024-03-02".into()));
    assert_eq!(
        value("Ferries stopped on the 28th, officials said."),
        Some("2024-02-28".into())
    );
    assert_eq!(
        value("The office will reopen on the 1st."),
        Some("2024-04-01".into())
    );
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert_eq!(
        value("Walls from the 14th century stand."),
        Some("13XX".into())
    );
    assert!(none("She lives on the 14th floor.").is_empty());
    assert!(none("A relic of the 21st-century city.").is_empty());
    assert!(none("He finished the 14th of 20 stages.").is_empty());
    assert!(none("He parred the 14th and bogeyed the last hole.").is_empty());
    assert!(none("She holed a putt on the 18th to win.").is_empty());
    assert!(none("It was the 14th time.").is_empty());
}

#[test]
fn a_decimal_point_does_not_end_the_clause_a_future_word_opens() {
    let found = run(
        "The museum said it would close from noon to 5.30pm until Sunday.",
        Date::new(2024, 3, 5).ok(),
    );
    let sunday = found.iter().find(|d| d.text == "Sunday").unwrap();
    assert_eq!(sunday.value.as_deref(), Some("2024-03-10"));
}

#[test]
fn an_indefinite_weekday_is_no_date() {
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(none("They met on a Tuesday afternoon.").is_empty());
    assert!(none("The market opens every Friday.").is_empty());
    assert_eq!(none("They met on Tuesday afternoon.").len(), 1);
}

#[test]
fn the_time_a_change_took_is_no_date() {
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(none("The price has tripled in two months.").is_empty());
    assert!(none("Shares fell 8% in three days.").is_empty());
    assert_eq!(
        on_a_tuesday("Prices will rise in two weeks.").1,
        Some("2024-W12".into())
    );
}

#[test]
fn what_runs_from_a_date_is_to_come() {
    assert_eq!(
        on_a_tuesday("The show runs until 14 August.").1,
        Some("2024-08-14".into())
    );
}

#[test]
fn events_counted_within_a_span_are_no_date() {
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(none("Next up is their fourth away match in nine days.").is_empty());
    assert!(none("She has run the 5th marathon in six weeks.").is_empty());
    assert!(none("The side won seven games in three weeks.").is_empty());
    assert_eq!(
        on_a_tuesday("The two parties will meet in two weeks.").1,
        Some("2024-W12".into())
    );
}

#[test]
fn centuries_and_the_decade_and_century_of_the_anchor() {
    let cases = [
        (
            "Walls from the 19th century stand.",
            "the 19th century",
            "18XX",
            None,
        ),
        (
            "It dates from the early twentieth century.",
            "the early twentieth century",
            "19XX",
            Some("START"),
        ),
        (
            "Mills closed in the late 1800s.",
            "the late 1800s",
            "18XX",
            Some("END"),
        ),
        (
            "Prices rose in the early 2000s.",
            "the early 2000s",
            "200X",
            Some("START"),
        ),
        (
            "Output will double by the end of the decade.",
            "the end of the decade",
            "202X",
            Some("END"),
        ),
        (
            "Seas will rise by the end of the century.",
            "the end of the century",
            "20XX",
            Some("END"),
        ),
        (
            "It is the worst flood this century.",
            "this century",
            "20XX",
            None,
        ),
        (
            "The dam was built last century.",
            "last century",
            "19XX",
            None,
        ),
        (
            "Emissions must reach zero by mid-century.",
            "mid-century",
            "20XX",
            Some("MID"),
        ),
    ];
    for (text, mention, date, modifier) in cases {
        let (t, v, m) = on_a_tuesday(text);
        assert_eq!(
            (t.as_str(), v.as_deref(), m.as_deref()),
            (mention, Some(date), modifier)
        );
    }
    // A story of another time: its decade is not the anchor's.
    assert_eq!(on_a_tuesday("He sold it by the end of the decade.").1, None);
    assert!(run("A 19th-century church.", Date::new(2024, 3, 5).ok()).is_empty());
    for text in [
        "It was the decade of disco.",
        "Rents rose over the last century.",
        "She sat on a mid-century chair.",
        "He joined the 20th Century Fund.",
    ] {
        assert!(run(text, Date::new(2024, 3, 5).ok()).is_empty(), "{text}");
    }
}

#[test]
fn the_early_hours_of_a_day_are_its_start() {
    let cases = [
        ("Police came in the early hours of Sunday.", "Sunday"),
        ("The raid began in the small hours of 3 March.", "3 March"),
    ];
    for (text, mention) in cases {
        let (t, _, m) = on_a_tuesday(text);
        assert_eq!(
            (t.as_str(), m.as_deref()),
            (mention, Some("START")),
            "{text}"
        );
    }
    assert_eq!(
        on_a_tuesday("Police came in the hours after Sunday.").2,
        None
    );
    assert_eq!(
        on_a_tuesday("The early hours of Sunday were calm, he said.").2,
        Some("START".into())
    );
}

#[test]
fn decades_ago() {
    assert_eq!(
        on_a_tuesday("The mill closed two decades ago."),
        ("two decades ago".into(), Some("2004".into()), None)
    );
    assert_eq!(
        on_a_tuesday("It was built a decade ago."),
        ("a decade ago".into(), Some("2014".into()), None)
    );
}

#[test]
fn the_end_of_the_year_is_this_year() {
    assert_eq!(
        on_a_tuesday("The plant will close by the end of the year."),
        (
            "the end of the year".into(),
            Some("2024".into()),
            Some("END".into())
        )
    );
    assert_eq!(
        on_a_tuesday("Prices rose at the start of the month."),
        (
            "the start of the month".into(),
            Some("2024-03".into()),
            Some("START".into())
        )
    );
}

#[test]
fn should_and_a_far_future_word_set_a_weekday_to_come() {
    assert_eq!(
            value("The gale was expected to ease as it crosses the hills and moves out over open water by Wednesday night, forecasters said."),
            Some("2022-01-26".into())
        );
    assert_eq!(
        value("The fog should lift on Thursday."),
        Some("2022-01-27".into())
    );
    assert_eq!(
        value("He should have been told on Monday."),
        Some("2022-01-17".into())
    );
}

#[test]
fn early_or_late_on_a_weekday_is_its_start_or_end() {
    assert_eq!(
        one("Leaders agreed early on Friday.", Some(anchor())),
        (
            "early on Friday".into(),
            Some("2022-01-21".into()),
            Some("START".into())
        )
    );
    assert_eq!(
        one("Talks ended late on Monday.", Some(anchor())).2,
        Some("END".into())
    );
}

#[test]
fn both_years_of_a_span_are_dates() {
    let found = run("The 2010-2015 period and the 1914–1918 war.", None);
    let values: Vec<_> = found.iter().filter_map(|d| d.value.clone()).collect();
    assert_eq!(values, vec!["2010", "2015", "1914", "1918"]);
    assert!(run("Call 555-2015 now.", None).is_empty());
    assert_eq!(run("Rooms 2015-2010 are shut.", None).len(), 1);
}

#[test]
fn a_span_of_years_cut_short_and_a_financial_year() {
    let values = |text: &str| texts_values(text, Some(anchor()));
    let pair = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
    assert_eq!(
        values("Debt rose in 2020-21 and fell in the 2021/22 season."),
        vec![pair("2020-21", "2021"), pair("2021/22", "2022")]
    );
    assert_eq!(
        values("The 1999-00 budget grew."),
        vec![pair("1999-00", "2000")]
    );
    assert_eq!(
        values("Files from 2021-07 were lost."),
        vec![pair("2021", "2021")]
    );
    assert!(run("They fielded 1850-60 troops.", Some(anchor())).is_empty());
    assert_eq!(
        values("Sales for FY2021 and FY23 rose."),
        vec![pair("FY2021", "2021"), pair("FY23", "2023")]
    );
    assert_eq!(
        values("Sales for FY2021-22 rose."),
        vec![pair("FY2021-22", "2022")]
    );
    assert!(run("Ask for form FYI23.", Some(anchor())).is_empty());
}

#[test]
fn a_financial_year_is_the_year_it_ends_however_written() {
    let values = |text: &str| texts_values(text, Some(anchor()));
    let pair = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
    assert_eq!(
        values("Tolvan set the FY23 plan, the 2022-23 budget and the 2022/23 tariffs."),
        vec![
            pair("FY23", "2023"),
            pair("2022-23", "2023"),
            pair("2022/23", "2023")
        ]
    );
    assert_eq!(
        values("Tolvan set its FY2022-23 plan for fiscal 2023."),
        vec![pair("FY2022-23", "2023"), pair("2023", "2023")]
    );
    assert_eq!(
        values("Tolvan met the 2020-25 plan."),
        vec![pair("2020-25", "2020")]
    );
    assert_eq!(
        values("Tolvan sales rose in Q3 FY2020-21 and Q3 FY21."),
        vec![pair("Q3 FY2020-21", "2021-Q3"), pair("Q3 FY21", "2021-Q3")]
    );
}

#[test]
fn a_weekday_before_an_event_set_for_it_is_that_day() {
    let cases = [
        ("The union faces a Friday vote.", "2022-01-28"),
        ("Staff walked out before a Friday vote.", "2022-01-21"),
        ("Congress has a Friday deadline.", "2022-01-28"),
        ("The talks missed a Friday deadline.", "2022-01-21"),
        ("Friday's vote will decide it.", "2022-01-28"),
        ("Friday's vote decided it.", "2022-01-21"),
        ("Friday's attack will be investigated.", "2022-01-21"),
    ];
    for (text, day) in cases {
        assert_eq!(value(text).as_deref(), Some(day), "{text}");
    }
    for text in [
        "They met on a Friday afternoon.",
        "He likes a Friday drink.",
        "Every Friday vote is close.",
    ] {
        assert!(run(text, Some(anchor())).is_empty(), "{text}");
    }
}

#[test]
fn a_deadline_after_by_is_to_come_unless_the_clause_is_past() {
    assert_eq!(
        value("Traders see a 65% chance of a cut by June."),
        Some("2022-06".into())
    );
    assert_eq!(value("Prices had doubled by June."), Some("2021-06".into()));
    assert_eq!(
        value("Talks must end by Friday."),
        Some("2022-01-28".into())
    );
}

#[test]
fn must_points_ahead_unless_it_guesses_at_the_past() {
    // The anchor, 2024-03-05, is a Tuesday.
    let days = |text: &str| -> Vec<Option<String>> {
        run(text, Date::new(2024, 3, 5).ok())
            .into_iter()
            .map(|d| d.value)
            .collect()
    };
    let next = Some("2024-03-09".to_string());
    let last = Some("2024-03-02".to_string());
    assert_eq!(
        days("Rebels must leave by 6 a.m. Zorvan time Saturday, envoys said."),
        vec![next.clone(), next.clone()]
    );
    assert_eq!(
        days("Bidders must register on Saturday, the agency said."),
        vec![next.clone()]
    );
    assert_eq!(
        days("Forms are due by 5pm GMT Saturday."),
        vec![next.clone(), next.clone()]
    );
    assert_eq!(
        days("The thief must have left on Saturday, police said."),
        vec![last.clone()]
    );
    assert_eq!(
        days("The fair was a must for visitors on Saturday, organisers said."),
        vec![last]
    );
}

#[test]
fn a_month_just_ahead_in_a_clause_of_the_past_is_last_year() {
    assert_eq!(value("He was arrested in March."), Some("2021-03".into()));
    assert_eq!(value("Sales rose in February."), Some("2021-02".into()));
    assert_eq!(value("The fair opens in March."), Some("2022-03".into()));
    assert_eq!(value("Talks in March are likely."), Some("2022-03".into()));
    assert_eq!(value("He was arrested in January."), Some("2022-01".into()));
}

/// The values of every mention in `text`, written on Tuesday 5 March 2024.
fn tuesday_values(text: &str) -> Vec<Option<String>> {
    run(text, Date::new(2024, 3, 5).ok())
        .into_iter()
        .map(|d| d.value)
        .collect()
}

#[test]
fn a_weekday_of_a_forecast_or_fixture_in_the_present_is_to_come() {
    let day = |text: &str| on_a_tuesday(text).1;
    let ahead = |text: &str| {
        assert_eq!(day(text), Some("2024-03-07".into()), "{text}");
    };
    ahead("Thursday will be the hottest day of the week.");
    ahead("Rain is forecast for Thursday.");
    ahead("Forecasters expect highs of 35C on Thursday.");
    ahead("Snow showers are likely on Thursday.");
    ahead("There is a risk of flooding on Thursday.");
    ahead("City host Rovers on Thursday.");
    ahead("The final is at Wembley on Thursday.");
    ahead("The funeral is at St Mary's Church on Thursday.");
    assert_eq!(
        tuesday_values("Kick-off is at 8pm on Thursday."),
        vec![Some("2024-03-07".into()), Some("2024-03-07".into())]
    );
    assert_eq!(
        tuesday_values("The Met Office has issued a warning from 6am on Thursday."),
        vec![Some("2024-03-07".into()), Some("2024-03-07".into())]
    );
    let gone = |text: &str| {
        assert_eq!(day(text), Some("2024-02-29".into()), "{text}");
    };
    gone("Police were called on Thursday.");
    gone("He said on Thursday.");
    gone("He is in hospital after the crash on Thursday.");
    gone("Rain stopped play on Thursday.");
    gone("The Met Office issued a warning on Thursday.");
}

#[test]
fn a_date_set_in_the_present_tense_lies_ahead() {
    assert_eq!(
        on_a_tuesday("The general election is Nov. 5.").1,
        Some("2024-11-05".into())
    );
    assert_eq!(
        on_a_tuesday("The convention is in August.").1,
        Some("2024-08".into())
    );
    assert_eq!(
        tuesday_values("The deadline is 11.59pm on 18 June."),
        vec![Some("2024-06-18".into()), Some("2024-06-18".into())]
    );
    assert_eq!(
        on_a_tuesday("He is in hospital after a fall in August.").1,
        Some("2023-08".into())
    );
}

#[test]
fn a_future_word_after_a_date_keeps_it_this_year() {
    assert_eq!(
        on_a_tuesday("The ceremony on 10 March will be attended by the King.").1,
        Some("2024-03-10".into())
    );
    assert_eq!(
        on_a_tuesday("The ceremony on 10 March is expected to draw crowds.").1,
        Some("2024-03-10".into())
    );
    assert_eq!(
        on_a_tuesday("The vote on 4 July will decide it.").1,
        Some("2024-07-04".into())
    );
    assert_eq!(
        on_a_tuesday("The crash on 4 February will be investigated.").1,
        Some("2024-02-04".into())
    );
    assert_eq!(
        on_a_tuesday("The ceremony on 10 March was attended by the King.").1,
        Some("2023-03-10".into())
    );
}

#[test]
fn bail_and_remand_look_ahead() {
    let day = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        day("He was bailed until 14 March."),
        Some("2024-03-14".into())
    );
    assert_eq!(
        day("Police remanded him in police custody till March 8."),
        Some("2024-03-08".into())
    );
    assert_eq!(
        day("He was remanded until Friday."),
        Some("2024-03-08".into())
    );
    assert_eq!(
        day("He was remanded in custody to appear again on 4 November."),
        Some("2024-11-04".into())
    );
    assert_eq!(
        day("He was remanded to reappear on May 14."),
        Some("2024-05-14".into())
    );
    assert_eq!(
        day("The trial is listed for 4 November."),
        Some("2024-11-04".into())
    );
    assert_eq!(
        day("He was remanded in custody on Friday."),
        Some("2024-03-01".into())
    );
}

#[test]
fn the_ends_of_a_span_resolve_together() {
    let days = |text: &str, start: &str, end: &str| {
        assert_eq!(
            tuesday_values(text),
            vec![Some(start.to_string()), Some(end.to_string())],
            "{text}"
        );
    };
    days(
        "The show runs from 28 February to 10 March.",
        "2024-02-28",
        "2024-03-10",
    );
    days(
        "The show ran from 28 February to 10 March 2023.",
        "2023-02-28",
        "2023-03-10",
    );
    days(
        "The strike will last from Monday to Friday.",
        "2024-03-11",
        "2024-03-15",
    );
    days(
        "The strike ran from Monday to Wednesday.",
        "2024-02-26",
        "2024-02-28",
    );
    days(
        "He was seen on Monday and Friday.",
        "2024-03-04",
        "2024-03-01",
    );
    assert_eq!(
        on_a_tuesday("The show runs from 28 February.").1,
        Some("2024-02-28".into())
    );
}

#[test]
fn a_midnight_that_closes_a_day_is_the_start_of_the_next() {
    assert_eq!(
        tuesday_values("Polls close at midnight tonight."),
        vec![Some("2024-03-06".into()), Some("2024-03-05".into())]
    );
    assert_eq!(
        tuesday_values("A warning runs from 6am on Thursday until midnight."),
        vec![
            Some("2024-03-07".into()),
            Some("2024-03-07".into()),
            Some("2024-03-08".into())
        ]
    );
    // "at midnight on Thursday" is Thursday night's, as "at midnight tonight" is.
    assert_eq!(
        tuesday_values("The deal expires at midnight on Thursday."),
        vec![Some("2024-03-08".into()), Some("2024-03-07".into())]
    );
}

#[test]
fn names_and_numbers_holding_a_year_or_weekday_are_no_dates() {
    assert!(tuesday_values("Members of the 1922 Committee met.").is_empty());
    assert!(tuesday_values("Case 2023-CR-1045 was heard.").is_empty());
    assert!(tuesday_values("Call the helpline on 1800 333 000 now.").is_empty());
    assert!(tuesday_values("Traders fear another \"Black Monday\".").is_empty());
    assert_eq!(
        tuesday_values("The 2024 Olympics open in Paris."),
        vec![Some("2024".into())]
    );
}

#[test]
fn the_last_week_of_something_is_a_stretch_of_time() {
    assert!(tuesday_values("In the last week of her life she wrote.").is_empty());
    assert!(tuesday_values("The last month of the season was hard.").is_empty());
    assert_eq!(
        tuesday_values("Sales fell last week."),
        vec![Some("2024-W09".into())]
    );
}

#[test]
fn may_after_another_month_and_or_is_a_month() {
    assert_eq!(
        tuesday_values("It will happen in April or May."),
        vec![Some("2024-04".into()), Some("2024-05".into())]
    );
    assert!(tuesday_values("Either Johnson or May will go.").is_empty());
}

/// 2024-03-05, a Tuesday.
fn march_fifth() -> Option<Date> {
    Date::new(2024, 3, 5).ok()
}

/// The texts and values of `text` read against 2024-03-05, as plain strings.
fn in_march(text: &str) -> Vec<(String, String)> {
    texts_values(text, march_fifth())
        .into_iter()
        .map(|(t, v)| (t, v.unwrap_or_else(|| "null".into())))
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(t, v)| (t.to_string(), v.to_string()))
        .collect()
}

#[test]
fn month_before_an_event_noun_is_the_one_to_come() {
    assert_eq!(
        in_march("The win sets up a November rematch with Ivo Dane."),
        pairs(&[("November", "2024-11")])
    );
    assert_eq!(
        in_march("Polls before the June election show a tie."),
        pairs(&[("June", "2024-06")])
    );
    assert_eq!(
        in_march("Tom Reyes lost the June election."),
        pairs(&[("June", "2023-06")])
    );
    assert_eq!(
        in_march("Ada Quist was hurt in a November crash."),
        pairs(&[("November", "2023-11")])
    );
}

#[test]
fn month_abbreviation_alone_with_its_full_stop_after_a_word_of_time() {
    assert_eq!(
        in_march("The law took effect in Feb. It was new."),
        pairs(&[("Feb.", "2024-02")])
    );
    assert_eq!(
        in_march("Mara Lind has lived there since Sept."),
        pairs(&[("Sept.", "2023-09")])
    );
    assert!(in_march("Ada Jan. Quist spoke.").is_empty());
    assert!(in_march("He read Jan. Tebbe a letter.").is_empty());
}

#[test]
fn quarter_named_by_its_months() {
    assert_eq!(
        in_march("Profit rose in the October-December quarter."),
        pairs(&[("the October-December quarter", "2023-Q4")])
    );
    assert_eq!(
        in_march("Sales fell in the December quarter."),
        pairs(&[("the December quarter", "2023-Q4")])
    );
    assert_eq!(
        in_march("Profit will rise in the June quarter."),
        pairs(&[("the June quarter", "2024-Q2")])
    );
    assert_eq!(
        in_march("Revenue grew in the three months to September."),
        pairs(&[("the three months to September", "2023-Q3")])
    );
    assert_eq!(
        in_march("Sales rose in the three months to Sept. 30, 2022."),
        pairs(&[("the three months to Sept. 30, 2022", "2022-Q3")])
    );
    assert_eq!(
        in_march("Sales fell in the Jan-Mar quarter of 2023."),
        pairs(&[("the Jan-Mar quarter of 2023", "2023-Q1")])
    );
    // No calendar quarter: the months alone.
    assert_eq!(
        in_march("Sales fell in the three months to August."),
        pairs(&[("August", "2023-08")])
    );
    assert!(in_march("He lived in the French quarter.").is_empty());
}

#[test]
fn a_week_or_a_fortnight_on_a_weekday() {
    assert_eq!(
        in_march("The vote is a week on Thursday."),
        pairs(&[("Thursday", "2024-03-14")])
    );
    assert_eq!(
        in_march("The final is a fortnight on Saturday."),
        pairs(&[("Saturday", "2024-03-23")])
    );
    assert_eq!(
        in_march("The final is Saturday fortnight."),
        pairs(&[("Saturday", "2024-03-23")])
    );
    assert_eq!(
        in_march("The vote is on Thursday."),
        pairs(&[("Thursday", "2024-03-07")])
    );
}

#[test]
fn decade_cut_to_two_figures_after_a_decade() {
    assert_eq!(
        in_march("Prices rose in the 1960s and 70s."),
        pairs(&[("the 1960s", "196X"), ("70s", "197X")])
    );
    assert_eq!(
        in_march("Music of the 1980s and '90s returned."),
        pairs(&[("the 1980s", "198X"), ("'90s", "199X")])
    );
    assert_eq!(
        in_march("Rents in the 1920s-30s fell."),
        pairs(&[("the 1920s", "192X"), ("30s", "193X")])
    );
    assert_eq!(
        in_march("In the 1960s and the 1970s it grew."),
        pairs(&[("the 1960s", "196X"), ("the 1970s", "197X")])
    );
    // A century is no decade to pair with.
    assert_eq!(
        in_march("Houses of the 1800s and 90s stood."),
        pairs(&[("the 1800s", "18XX")])
    );
    // With no century written, a decade is of the 1900s.
    assert_eq!(
        in_march("Music of the 60s returned."),
        pairs(&[("the 60s", "196X")])
    );
}

#[test]
fn day_moved_from_the_day_told_before() {
    assert_eq!(
        in_march("Ivo Dane was arrested on Jan. 12. He was released the following day."),
        pairs(&[
            ("Jan. 12", "2024-01-12"),
            ("the following day", "2024-01-13")
        ])
    );
    assert_eq!(
        in_march("Ada Quist arrived on February 3 and left the next day."),
        pairs(&[("February 3", "2024-02-03"), ("the next day", "2024-02-04")])
    );
    assert_eq!(
        in_march("The vote was on March 1. The day before, Tom Reyes resigned."),
        pairs(&[("March 1", "2024-03-01"), ("The day before", "2024-02-29")])
    );
    // No day told before it in reach: no value.
    assert_eq!(
        in_march("He left the next day."),
        pairs(&[("the next day", "null")])
    );
    assert_eq!(
        in_march("Mara Lind came on May 2.\n\nShe left the next day."),
        pairs(&[("May 2", "2023-05-02"), ("the next day", "null")])
    );
    assert_eq!(
        in_march("Arun Tebbe came on May 2. He rested. He left the next day."),
        pairs(&[("May 2", "2023-05-02"), ("the next day", "null")])
    );
    // A stretch of time, or a day before something named after it.
    assert!(in_march("Results are due in the next day or two.").is_empty());
    assert!(in_march("Tom Reyes quit the day before the vote.").is_empty());
}

#[test]
fn years_ago_this_month_or_week() {
    assert_eq!(
        in_march("It closed three years ago this month."),
        pairs(&[("three years ago this month", "2021-03")])
    );
    assert_eq!(
        in_march("It opened a year ago this week."),
        pairs(&[("a year ago this week", "2023-W10")])
    );
    assert_eq!(
        in_march("It opened two months ago this week."),
        pairs(&[("two months ago this week", "2024-W01")])
    );
    assert_eq!(
        same_week_years_away(Date::new(2021, 1, 1).unwrap(), -5),
        Some("2015-W53".into())
    );
    assert_eq!(
        same_week_years_away(Date::new(2021, 1, 1).unwrap(), 1),
        Some("2021-W52".into())
    );
}

#[test]
fn turn_of_a_century_is_its_start() {
    assert_eq!(
        one("At the turn of the 20th century it grew.", Some(anchor())),
        (
            "the 20th century".into(),
            Some("19XX".into()),
            Some("START".into())
        )
    );
}

#[test]
fn midnight_before_or_at_on_a_day_ends_it() {
    let times = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
        run(text, march_fifth())
            .into_iter()
            .map(|d| (d.text, d.value, d.time))
            .collect()
    };
    let midnight = |day: &str| {
        (
            "midnight".to_string(),
            Some(day.to_string()),
            Some("00:00".to_string()),
        )
    };
    let saturday = ("Saturday".to_string(), Some("2024-03-02".to_string()), None);
    assert_eq!(
        times("He died shortly before midnight on Saturday."),
        vec![midnight("2024-03-03"), saturday.clone()]
    );
    assert_eq!(
        times("The shop shut at midnight on Saturday."),
        vec![midnight("2024-03-03"), saturday.clone()]
    );
    assert_eq!(
        times("He died just after midnight on Saturday."),
        vec![midnight("2024-03-02"), saturday]
    );
}

/// The texts and values of the dates of `text`, in an article of Tuesday 5 March 2024.
fn march_fifth_pairs(text: &str) -> Vec<(String, String)> {
    run(text, march_fifth())
        .into_iter()
        .map(|d| (d.text, d.value.unwrap_or_default()))
        .collect()
}

#[test]
fn the_verb_governing_a_date_sets_it_ahead() {
    let cases = [
        // A participle in a clause opened by "with" is no verb of the date.
        (
            "Rain is forecast on March 7, with heavy falls expected in Vellore.",
            vec![("March 7", "2024-03-07")],
        ),
        (
            "Ada Quist promised a decision by April 2.",
            vec![("April 2", "2024-04-02")],
        ),
        (
            "The union has called a strike for April 2.",
            vec![("April 2", "2024-04-02")],
        ),
        (
            "The union has threatened to strike on April 2.",
            vec![("April 2", "2024-04-02")],
        ),
        (
            "The union has called a strike for Friday.",
            vec![("Friday", "2024-03-08")],
        ),
        (
            "Exams run from June 5 to June 21.",
            vec![("June 5", "2024-06-05"), ("June 21", "2024-06-21")],
        ),
        (
            "Offers are issued on August 29.",
            vec![("August 29", "2024-08-29")],
        ),
        (
            "Results are out on Wednesday.",
            vec![("Wednesday", "2024-03-06")],
        ),
        (
            "Tom Reyes turns 40 on Saturday.",
            vec![("Saturday", "2024-03-09")],
        ),
        (
            "Mara Lind, who plays Danby Arena on Saturday, said she was nervous.",
            vec![("Saturday", "2024-03-09")],
        ),
        (
            "Voters head to the polls on Thursday.",
            vec![("Thursday", "2024-03-07")],
        ),
        (
            "Staff have until Thursday to decide.",
            vec![("Thursday", "2024-03-07")],
        ),
        // The past stays past.
        (
            "The union called a strike on Monday.",
            vec![("Monday", "2024-03-04")],
        ),
        (
            "Ivo Dane says he met her on Saturday.",
            vec![("Saturday", "2024-03-02")],
        ),
        (
            "Schools shut on Friday as the storm hit.",
            vec![("Friday", "2024-03-01")],
        ),
        (
            "The union had threatened to strike on Friday but called it off.",
            vec![("Friday", "2024-03-01")],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(march_fifth_pairs(text), pairs(&expected), "{text}");
    }
}

#[test]
fn a_forecast_as_a_noun_sets_no_future() {
    let cases = [
        (
            "The lender cut its forecast to 2.5 per cent in January.",
            vec![("January", "2024-01")],
        ),
        (
            "Danby Bank raised the forecast to 3% on Monday.",
            vec![("Monday", "2024-03-04")],
        ),
        // The verb still looks ahead.
        (
            "Growth is forecast to slow in January.",
            vec![("January", "2025-01")],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(march_fifth_pairs(text), pairs(&expected), "{text}");
    }
}

#[test]
fn a_weekday_ending_a_time_allowed_is_to_come() {
    let cases = [
        (
            "Schools are closed until Monday.",
            vec![("Monday", "2024-03-11")],
        ),
        (
            "Forms must be in by 5pm Friday.",
            vec![("5pm", "2024-03-08"), ("Friday", "2024-03-08")],
        ),
        ("He was held until Monday.", vec![("Monday", "2024-03-04")]),
        (
            "He broke the curfew and was held until Monday.",
            vec![("Monday", "2024-03-04")],
        ),
        (
            "The witness gave evidence until Friday.",
            vec![("Friday", "2024-03-01")],
        ),
        // A measure in force, told in the past, still runs ahead.
        (
            "The weather office issued a frost warning through 9 p.m. Friday.",
            vec![("9 p.m.", "2024-03-08"), ("Friday", "2024-03-08")],
        ),
        (
            "Classes at Danby Academy were canceled through Monday.",
            vec![("Monday", "2024-03-11")],
        ),
        (
            "The bridge was shut until Saturday, the council said.",
            vec![("Saturday", "2024-03-09")],
        ),
        (
            "Schools were closed through March 20, the board said.",
            vec![("March 20", "2024-03-20")],
        ),
        (
            "The curfew was imposed until June.",
            vec![("June", "2024-06")],
        ),
        (
            "She stayed at the farm until Friday.",
            vec![("Friday", "2024-03-01")],
        ),
        // Time granted runs ahead.
        (
            "A judge gave Ivo Dane until April 15 to leave the flat.",
            vec![("April 15", "2024-04-15")],
        ),
        (
            "He was given until Friday to decide.",
            vec![("Friday", "2024-03-08")],
        ),
        (
            "Talks take place between Monday and Wednesday.",
            vec![("Monday", "2024-03-11"), ("Wednesday", "2024-03-13")],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(march_fifth_pairs(text), pairs(&expected), "{text}");
    }
}

#[test]
fn midday_and_a_midnight_set_by_is() {
    let times = |text: &str| -> Vec<(String, Option<String>, Option<String>)> {
        run(text, march_fifth())
            .into_iter()
            .map(|d| (d.text, d.value, d.time))
            .collect()
    };
    assert_eq!(
        times("The talks resumed at midday."),
        vec![("midday".to_string(), None, Some("12:00".to_string()))]
    );
    assert_eq!(
        times("The deadline is midnight on Friday."),
        vec![
            (
                "midnight".to_string(),
                Some("2024-03-09".to_string()),
                Some("00:00".to_string())
            ),
            ("Friday".to_string(), Some("2024-03-08".to_string()), None),
        ]
    );
    assert_eq!(
        times("The deadline is midday Friday."),
        vec![
            (
                "midday".to_string(),
                Some("2024-03-08".to_string()),
                Some("12:00".to_string())
            ),
            ("Friday".to_string(), Some("2024-03-08".to_string()), None),
        ]
    );
    assert!(times("It was a midday meal.").is_empty());
}

#[test]
fn a_universal_time_takes_the_weekday_told_right_after_it() {
    assert_eq!(
        march_fifth_pairs("It struck at 7.58am local time (2358 GMT Tuesday), officials said."),
        pairs(&[
            ("7.58am local time", "2024-03-06"),
            ("2358 GMT", "2024-03-05"),
            ("Tuesday", "2024-03-05")
        ])
    );
    assert_eq!(
        march_fifth_pairs("It landed at 6am on Sunday, or 10pm GMT on Saturday."),
        pairs(&[
            ("6am", "2024-03-03"),
            ("Sunday", "2024-03-03"),
            ("10pm GMT", "2024-03-02"),
            ("Saturday", "2024-03-02")
        ])
    );
}

#[test]
fn a_local_time_behind_a_bracketed_universal_day_is_the_day_before() {
    assert_eq!(
        march_fifth_pairs("The fire started at 10:15 p.m. local time (0215 UTC Monday)."),
        pairs(&[
            ("10:15 p.m. local time", "2024-03-03"),
            ("0215 UTC", "2024-03-04"),
            ("Monday", "2024-03-04")
        ])
    );
    assert_eq!(
        march_fifth_pairs("It opened at 4pm local time (1400 GMT Monday)."),
        pairs(&[
            ("4pm local time", "2024-03-04"),
            ("1400 GMT", "2024-03-04"),
            ("Monday", "2024-03-04")
        ])
    );
}

#[test]
fn a_placed_weekday_before_a_date_takes_the_date() {
    assert_eq!(
        march_fifth_pairs("The fair opens next Sunday, Aug. 24."),
        pairs(&[("next Sunday, Aug. 24", "2024-08-24")])
    );
    assert_eq!(
        march_fifth_pairs("The fair opens next Thursday, 7 March."),
        pairs(&[("next Thursday, 7 March", "2024-03-07")])
    );
    assert_eq!(
        march_fifth_pairs("The fair closed last Friday, March 1."),
        pairs(&[("last Friday, March 1", "2024-03-01")])
    );
}

#[test]
fn a_plan_in_the_progressive_starts_from_the_coming_month() {
    assert_eq!(
        march_fifth_pairs("The town is closing its pools from January."),
        pairs(&[("January", "2025-01")])
    );
    assert_eq!(
        march_fifth_pairs("Grocers are slowly adding a levy from February onwards."),
        pairs(&[("February", "2025-02")])
    );
    assert_eq!(
        march_fifth_pairs("Rents are rising from January levels."),
        pairs(&[("January", "2024-01")])
    );
}

#[test]
fn a_midnight_after_an_evening_time_ends_its_day() {
    let midnight = |text: &str| {
        run(text, march_fifth())
            .into_iter()
            .find(|d| d.text == "midnight")
            .and_then(|d| d.value)
    };
    assert_eq!(
        midnight("The hall shut at 9 p.m. on Friday and the party went on past midnight."),
        Some("2024-03-02".to_string())
    );
    assert_eq!(
        midnight("On Friday, just after midnight, the hall shut."),
        Some("2024-03-01".to_string())
    );
}

#[test]
fn a_weekday_hyphened_to_a_part_of_day_before_a_noun_is_no_date() {
    assert!(march_fifth_pairs("She reads the Friday-evening bulletin.").is_empty());
    assert!(march_fifth_pairs("He sang at the Sunday-morning mass.").is_empty());
    assert_eq!(
        march_fifth_pairs("It ended late on Friday-night."),
        pairs(&[("late on Friday", "2024-03-01")])
    );
}

#[test]
fn a_weekday_before_a_day_and_month_picks_the_year() {
    assert_eq!(
        march_fifth_pairs("It was announced Monday, March 11."),
        pairs(&[("Monday, March 11", "2024-03-11")])
    );
    assert_eq!(
        march_fifth_pairs("It was announced Saturday, March 11."),
        pairs(&[("Saturday, March 11", "2023-03-11")])
    );
}

#[test]
fn two_days_from_today_and_ratios() {
    assert_eq!(
        march_fifth_pairs("The day after tomorrow, it opens."),
        pairs(&[("The day after tomorrow", "2024-03-07")])
    );
    assert_eq!(
        march_fifth_pairs("It happened the day before yesterday."),
        pairs(&[("the day before yesterday", "2024-03-03")])
    );
    assert!(run("Wards keep a ratio of 1:25.", march_fifth()).is_empty());
    assert!(run("Mix it at a 1:10 ratio.", march_fifth()).is_empty());
    assert_eq!(run("The bell rang at 1:25 pm.", march_fifth()).len(), 1);
}

#[test]
fn a_day_that_comes_back_every_other_week_is_no_date() {
    assert!(run("The board meets every second Tuesday.", march_fifth()).is_empty());
    assert!(run("The club meets every other Friday.", march_fifth()).is_empty());
    assert_eq!(
        march_fifth_pairs("A second Tuesday of talks ended."),
        pairs(&[("Tuesday", "2024-03-05")])
    );
}

#[test]
fn a_date_with_points_or_hyphens_in_a_plain_order() {
    assert_eq!(
        march_fifth_pairs("The order was signed on 15.02.2024."),
        pairs(&[("15.02.2024", "2024-02-15")])
    );
    assert_eq!(
        march_fifth_pairs("The order was signed on 15-02-2024."),
        pairs(&[("15-02-2024", "2024-02-15")])
    );
    assert!(run("The order was signed on 05.03.2024.", march_fifth()).is_empty());
}

#[test]
fn a_season_after_since_over_or_for_and_the_noun_fall() {
    assert_eq!(
        march_fifth_pairs("Rents have climbed since the summer."),
        pairs(&[("summer", "2023-SU")])
    );
    assert_eq!(
        march_fifth_pairs("The ferry stopped running over the winter."),
        pairs(&[("winter", "2023-WI")])
    );
    assert_eq!(
        march_fifth_pairs("The new bridge is planned for the fall."),
        pairs(&[("fall", "2024-FA")])
    );
    assert_eq!(
        march_fifth_pairs("They will plant trees in the fall."),
        pairs(&[("fall", "2024-FA")])
    );
    for noun in [
        "Grain rallied after the fall in wheat prices.",
        "Bond yields recovered after the fall.",
        "Nobody explained the reason for the fall of 4%.",
        "She was hurt in the fall from the ladder.",
    ] {
        assert!(march_fifth_pairs(noun).is_empty(), "{noun}");
    }
}

#[test]
fn a_season_after_from_or_until_is_the_coming_or_the_last_one() {
    assert_eq!(
        march_fifth_pairs("It will be on sale from the spring."),
        pairs(&[("spring", "2024-SP")])
    );
    assert_eq!(
        march_fifth_pairs("The opening was delayed until the autumn."),
        pairs(&[("autumn", "2024-FA")])
    );
    assert_eq!(
        march_fifth_pairs("He stayed there until the autumn, Ada Quist said."),
        pairs(&[("autumn", "2023-FA")])
    );
    assert!(run("Birds nest before the winter.", march_fifth()).is_empty());
}

#[test]
fn a_quarter_of_a_launch_is_of_the_calendar() {
    assert_eq!(
        march_fifth_pairs("The firm expects to begin shipping in the second quarter."),
        pairs(&[("the second quarter", "2024-Q2")])
    );
    assert_eq!(
        march_fifth_pairs("The product will ship next quarter."),
        pairs(&[("next quarter", "2024-Q2")])
    );
    assert!(run("City led in the second half.", march_fifth()).is_empty());
}

#[test]
fn weekdays_of_a_span_with_clock_times_fall_in_one_week() {
    assert_eq!(
            march_fifth_pairs(
                "The weather agency issued an amber warning for rain covering parts of the Danby hills from 6pm on Saturday until midnight on Sunday."
            ),
            pairs(&[
                ("6pm", "2024-03-09"),
                ("Saturday", "2024-03-09"),
                ("midnight", "2024-03-11"),
                ("Sunday", "2024-03-10"),
            ])
        );
    assert_eq!(
        march_fifth_pairs("Police came at 6pm on Saturday and left at 2am on Sunday."),
        pairs(&[
            ("6pm", "2024-03-02"),
            ("Saturday", "2024-03-02"),
            ("2am", "2024-03-03"),
            ("Sunday", "2024-03-03"),
        ])
    );
}

/// Text, value and mod of the one mention in `text`, seen from `anchor`.
fn mention(text: &str, anchor: Date) -> (String, Option<String>, Option<String>) {
    one(text, Some(anchor))
}

/// `(text, value, mod)` with owned strings, for comparing with [`mention`].
fn told(
    text: &str,
    value: &str,
    modifier: Option<&str>,
) -> (String, Option<String>, Option<String>) {
    (
        text.into(),
        Some(value.into()),
        modifier.map(str::to_string),
    )
}

#[test]
fn end_and_start_joined_by_a_hyphen_set_the_mod() {
    assert_eq!(
        mention("Ada Quist will step down by end-March.", anchor()),
        told("end-March", "2022-03", Some("END"))
    );
    assert_eq!(
        mention("The plant will close by end-2024.", anchor()),
        told("end-2024", "2024", Some("END"))
    );
    assert_eq!(
        mention("Arun Tebbe will start work start-June.", anchor()),
        told("start-June", "2022-06", Some("START"))
    );
    // A word that only ends in "end" is no modifier.
    assert!(run("The legend-2024 tour sold out.", Some(anchor()))
        .iter()
        .all(|d| d.modifier.is_none()));
    assert!(run("A front-end-2024 build shipped.", Some(anchor())).is_empty());
}

#[test]
fn year_end_is_the_end_of_the_year() {
    assert_eq!(
        mention("Mara Lind expects a deal by year-end.", anchor()),
        told("year-end", "2022", Some("END"))
    );
    // Early in the year, what reports on the year-end is of the year just gone.
    assert_eq!(
        run(
            "The bank posted year-end results on Tuesday.",
            Some(anchor())
        )
        .first()
        .and_then(|d| d.value.clone()),
        Some("2021".into())
    );
    let june = Date::new(2022, 6, 1).unwrap();
    assert_eq!(
        mention("The bank posted year-end results.", june).1,
        Some("2022".into())
    );
}

#[test]
fn a_day_with_a_relative_year_is_in_that_year() {
    assert_eq!(
        mention("Tom Reyes retired on 3 March last year.", anchor()),
        told("3 March last year", "2021-03-03", None)
    );
    assert_eq!(
        mention("Ivo Dane left on March 3 last year.", anchor()),
        told("March 3 last year", "2021-03-03", None)
    );
    assert_eq!(
        mention("The vote falls on 3 March next year.", anchor()),
        told("3 March next year", "2023-03-03", None)
    );
    // With no anchor, the year is unknown.
    assert_eq!(
        one("Ivo Dane left on 3 March last year.", None).1,
        Some("XXXX-03-03".into())
    );
}

#[test]
fn the_weekend_of_a_day_is_that_days_weekend() {
    assert_eq!(
        mention("The fair runs the weekend of 16 March 2024.", anchor()),
        told("the weekend of 16 March 2024", "2024-W11-WE", None)
    );
    assert_eq!(
        mention("The fair will be held the weekend of March 12.", anchor()),
        told("the weekend of March 12", "2022-W10-WE", None)
    );
    // A day that does not exist gives no value.
    assert_eq!(
        mention("The fair runs the weekend of 31 April 2024.", anchor()).1,
        None
    );
}

#[test]
fn a_weekday_led_by_previous_or_following_counts_from_the_day_told_before() {
    let tuesday = Some(Date::new(2024, 3, 5).unwrap());
    let value_of = |text: &str, wanted: &str| {
        texts_values(text, tuesday)
            .into_iter()
            .find(|(t, _)| t == wanted)
            .and_then(|(_, v)| v)
    };
    let before = "The guild met on Thursday, January 11. The previous Wednesday, dues rose.";
    assert_eq!(
        value_of(before, "The previous Wednesday").as_deref(),
        Some("2024-01-10")
    );
    let after = "The guild met on Thursday, January 11. The following Monday, dues rose.";
    assert_eq!(
        value_of(after, "The following Monday").as_deref(),
        Some("2024-01-15")
    );
    // A paragraph that tells no day counts from the last day of the paragraph before.
    let next_paragraph = "The guild met on Thursday, January 11.\n\n\
                              The following Monday, dues rose.";
    assert_eq!(
        value_of(next_paragraph, "The following Monday").as_deref(),
        Some("2024-01-15")
    );
    // With no day told before, the weekday before the anchor, never the anchor's own day.
    let alone = "The preceding Tuesday, the kiln cracked.";
    assert_eq!(
        value_of(alone, "The preceding Tuesday").as_deref(),
        Some("2024-02-27")
    );
}

#[test]
fn two_weeks_months_or_years_away() {
    // The anchor, 2022-01-22, is in week 3.
    assert_eq!(
        mention("Ada Quist resigned the week before last.", anchor()),
        told("the week before last", "2022-W01", None)
    );
    assert_eq!(
        mention("Talks resume the week after next.", anchor()),
        told("the week after next", "2022-W05", None)
    );
    assert_eq!(
        mention("Prices rose the month before last.", anchor()),
        told("the month before last", "2021-11", None)
    );
    assert_eq!(
        mention("The games open the year after next.", anchor()),
        told("the year after next", "2024", None)
    );
    assert_eq!(
        mention("The weekend before last, a dam burst.", anchor()),
        told("The weekend before last", "2022-W01-WE", None)
    );
    // Told on a Tuesday, the weekend just gone is last weekend.
    let tuesday = Date::new(2024, 3, 5).unwrap();
    assert_eq!(
        mention("The weekend before last, a dam burst.", tuesday),
        told("The weekend before last", "2024-W08-WE", None)
    );
    assert_eq!(
        mention("The fete is the weekend after next.", tuesday),
        told("the weekend after next", "2024-W12-WE", None)
    );
}

#[test]
fn an_age_turned_in_a_month_is_to_come() {
    let march = Date::new(2024, 3, 5).unwrap();
    assert_eq!(
        mention("Ada Quist turns 40 in February.", march).1,
        Some("2025-02".into())
    );
    assert_eq!(
        mention("Ada Quist turned 40 in February.", march).1,
        Some("2024-02".into())
    );
}

#[test]
fn a_holiday_after_a_two_word_preposition_is_the_day() {
    assert_eq!(
        mention("Shops were busy ahead of Christmas.", anchor()),
        told("Christmas", "2021-12-25", None)
    );
    assert_eq!(
        mention("Trade slowed in the run-up to Easter.", anchor()),
        told("Easter", "2021-04-04", None)
    );
    // "head of" is no preposition of time.
    assert!(run(
        "Mara Lind was named head of Christmas sales.",
        Some(anchor())
    )
    .is_empty());
}

#[test]
fn a_period_before_a_noun_of_results_is_of_the_calendar() {
    assert_eq!(
        mention("Mara Lind posted Q2 results.", anchor()),
        told("Q2", "2021-Q2", None)
    );
    assert!(run("Ivo Dane sat in the Q2 box.", Some(anchor())).is_empty());
}

#[test]
fn the_turn_of_the_century_is_the_start_of_the_nearest_one() {
    assert_eq!(
        mention("Housing boomed at the turn of the century.", anchor()),
        told("the turn of the century", "20XX", Some("START"))
    );
    let thirties = Date::new(1930, 6, 1).unwrap();
    assert_eq!(
        mention("Housing boomed at the turn of the century.", thirties).1,
        Some("19XX".into())
    );
}

#[test]
fn a_short_or_irregular_past_sets_a_later_day_last_year() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        value("Ivo Dane died on April 2."),
        Some("2023-04-02".into())
    );
    assert_eq!(
        value("Ivo Dane died on March 30."),
        Some("2023-03-30".into())
    );
    assert_eq!(
        value("The crew fired on April 2."),
        Some("2023-04-02".into())
    );
    assert_eq!(
        value("Ada Quist sued the firm on April 2."),
        Some("2023-04-02".into())
    );
    assert_eq!(
        value("The ferry sank on April 2."),
        Some("2023-04-02".into())
    );
    assert_eq!(
        value("Arun Tebbe shot a 65 on April 2."),
        Some("2023-04-02".into())
    );
    assert_eq!(
        value("The storm hit on April 2."),
        Some("2023-04-02".into())
    );
    assert_eq!(value("She quit on April 2."), Some("2023-04-02".into()));
    // A compound adjective, a noun after an article and a plural subject are no past.
    assert_eq!(
        value("The Leeds-based firm holds its meeting in June."),
        Some("2024-06".into())
    );
    assert_eq!(
        value("Mara Lind has a shot at the title on March 20."),
        Some("2024-03-20".into())
    );
    assert_eq!(
        value("Storms hit the coast in May."),
        Some("2024-05".into())
    );
}

#[test]
fn short_past_forms_need_a_base_in_e() {
    for word in ["died", "tied", "sued", "fired", "voted", "named"] {
        assert!(is_short_e_past(word), "{word}");
    }
    for word in ["need", "shed", "bred", "freed", "aged", "owned"] {
        assert!(!is_short_e_past(word), "{word}");
    }
}

#[test]
fn open_and_close_as_names_nouns_or_after_a_past_verb_are_no_future() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        value("The index fell 2% to close at 7,400 on Wednesday."),
        Some("2024-02-28".into())
    );
    assert_eq!(
        value("Shares were flat at the close on Wednesday."),
        Some("2024-02-28".into())
    );
    assert_eq!(
        value("Tom Reyes won the Lakeland Open in January."),
        Some("2024-01".into())
    );
    assert_eq!(
        value("Mara Lind won the Lakeland Open in September."),
        Some("2023-09".into())
    );
    assert_eq!(
        value("The store will open on Wednesday."),
        Some("2024-03-06".into())
    );
    assert_eq!(
        value("The store is to open on Wednesday."),
        Some("2024-03-06".into())
    );
    assert_eq!(
        value("Ada Quist said she agreed to a bill to open the office through March 15."),
        Some("2024-03-15".into())
    );
    assert_eq!(
        value("The bridge is set to close in June."),
        Some("2024-06".into())
    );
}

#[test]
fn what_a_phrase_leads_up_to_is_to_come() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        tuesday_values("The house was dissolved on Friday ahead of a snap poll on April 14."),
        vec![Some("2024-03-01".into()), Some("2024-04-14".into())]
    );
    assert_eq!(
        tuesday_values("The party met on Friday to prepare for the April 14 vote."),
        vec![Some("2024-03-01".into()), Some("2024-04-14".into())]
    );
    assert_eq!(
        value("Ministers met before talks on March 20."),
        Some("2024-03-20".into())
    );
    assert_eq!(
        value("Ivo Dane is a doubt for Saturday's derby."),
        Some("2024-03-09".into())
    );
    assert_eq!(
        value("Ahead of Thursday's vote, ministers met."),
        Some("2024-03-07".into())
    );
    assert_eq!(value("He left before Monday."), Some("2024-03-04".into()));
    assert_eq!(
        tuesday_values("Ivo Dane died shortly before midnight on March 20."),
        vec![Some("2023-03-21".into()), Some("2023-03-20".into())]
    );
    assert_eq!(
        one(
            "Shops were busy ahead of Christmas.",
            Date::new(2024, 1, 22).ok()
        )
        .1,
        Some("2023-12-25".into())
    );
    assert_eq!(
        value("The country holds an election in July."),
        Some("2024-07".into())
    );
}

#[test]
fn a_span_with_abbreviated_months_keeps_the_tense() {
    assert_eq!(
        tuesday_values("The fair will be held from Oct. 12 to Oct. 20."),
        vec![Some("2024-10-12".into()), Some("2024-10-20".into())]
    );
    assert_eq!(
        tuesday_values("Voting will be held Oct. 21 through Nov. 2."),
        vec![Some("2024-10-21".into()), Some("2024-11-02".into())]
    );
}

#[test]
fn a_month_of_last_year_is_one_date() {
    assert_eq!(
        on_a_tuesday("It began in September of last year."),
        (
            "September of last year".into(),
            Some("2023-09".into()),
            None
        )
    );
}

#[test]
fn a_day_missing_from_the_year_read_is_of_the_nearest_year_with_it() {
    assert_eq!(
        on_a_tuesday("The firm will pay a premium to the price on Feb. 29.").1,
        Some("2024-02-29".into())
    );
    assert_eq!(
        one(
            "It will be priced against the close on 29 February.",
            Date::new(2025, 3, 5).ok()
        )
        .1,
        Some("2024-02-29".into())
    );
}

#[test]
fn a_date_set_after_a_clock_time_or_through_a_day_is_to_come() {
    assert_eq!(
        tuesday_values("The vote is set for 10 a.m. on Thursday."),
        vec![Some("2024-03-07".into()), Some("2024-03-07".into())]
    );
    assert_eq!(
        on_a_tuesday("The summit is slated for Saturday.").1,
        Some("2024-03-09".into())
    );
    assert_eq!(
        on_a_tuesday("Schools are closed through Friday.").1,
        Some("2024-03-08".into())
    );
    assert_eq!(
        on_a_tuesday("He was held through Monday.").1,
        Some("2024-03-04".into())
    );
    assert_eq!(
            tuesday_values(
                "Highs could reach 40C, forecasters warned, and a heat warning is in effect through 8 p.m. Sunday."
            ),
            vec![Some("2024-03-10".into()), Some("2024-03-10".into())]
        );
}

#[test]
fn a_quarter_of_deals_or_money_is_of_the_calendar() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        value("The deal is expected to complete in the second quarter."),
        Some("2024-Q2".into())
    );
    assert_eq!(
        value("The firm expects growth in the second half."),
        Some("2024-H2".into())
    );
    assert_eq!(
        value("The campaign raised $12.4 million in the third quarter."),
        Some("2023-Q3".into())
    );
    assert_eq!(
        value("Rates were cut in the fourth quarter."),
        Some("2023-Q4".into())
    );
    assert!(run(
        "Ivo Dane scored 12 points and made 80% of his shots in the fourth quarter.",
        march_fifth()
    )
    .is_empty());
}

/// The texts and values of `text` read against 2024-03-05, as `"text=value"`.
fn dated_at_march_fifth(text: &str) -> Vec<String> {
    in_march(text)
        .into_iter()
        .map(|(t, v)| format!("{t}={v}"))
        .collect()
}

#[test]
fn quarters_and_halves_written_number_first() {
    assert_eq!(
        dated_at_march_fifth("Profit at Ada Quist Ltd rose in 2Q24."),
        ["2Q24=2024-Q2"]
    );
    assert_eq!(
        dated_at_march_fifth("Sales fell in 1H24."),
        ["1H24=2024-H1"]
    );
    assert_eq!(
        dated_at_march_fifth("Profit rose in 3Q 2023."),
        ["3Q 2023=2023-Q3"]
    );
    assert!(dated_at_march_fifth("Sales fell in 5Q24.").is_empty());
    assert!(dated_at_march_fifth("The model 3H24 sold well.").is_empty());
}

#[test]
fn a_quarter_named_by_its_last_month_or_its_months() {
    assert_eq!(
        dated_at_march_fifth("In the quarter to December, sales slowed."),
        ["the quarter to December=2023-Q4"]
    );
    assert_eq!(
        dated_at_march_fifth("In the quarter ended Dec. 31, sales slowed."),
        ["the quarter ended Dec. 31=2023-Q4"]
    );
    assert_eq!(
        dated_at_march_fifth("The economy shrank 0.4% in the October-December period."),
        ["the October-December period=2023-Q4"]
    );
    assert_eq!(
        dated_at_march_fifth("GDP shrank in October-December."),
        ["October-December=2023-Q4"]
    );
    // Months that do not make a quarter stay two months.
    assert_eq!(
        dated_at_march_fifth("Sales rose from November to January, said Ivo Dane."),
        ["November=2023-11", "January=2024-01"]
    );
}

#[test]
fn midnight_right_before_a_weekday_ends_the_day_before() {
    assert_eq!(
        run("Funding expires at midnight Friday.", march_fifth())[0].value,
        Some("2024-03-09".into())
    );
    assert_eq!(
        run("The shop opens at noon Saturday.", march_fifth())[0].value,
        Some("2024-03-09".into())
    );
}

#[test]
fn a_game_clock_is_no_time_of_day() {
    assert!(dated_at_march_fifth("Arun Tebbe scored at 2:11 of OT for his 25th goal.").is_empty());
    assert!(dated_at_march_fifth("Tom Reyes scored at 14:32 of the second period.").is_empty());
    assert!(dated_at_march_fifth("He scored with 3:45 left in the fourth quarter.").is_empty());
    assert!(dated_at_march_fifth("He scored with 1:12 remaining.").is_empty());
    assert_eq!(
        dated_at_march_fifth("The flight leaves at 2:11 of all days."),
        ["2:11=null"]
    );
}

#[test]
fn a_contract_month_is_to_come() {
    assert_eq!(
        dated_at_march_fifth("Crude futures for April delivery settled 84 cents lower."),
        ["April=2024-04"]
    );
    assert_eq!(
        dated_at_march_fifth("December corn futures fell."),
        ["December=2024-12"]
    );
    assert_eq!(
        dated_at_march_fifth("The May contract rose 2%."),
        ["May=2024-05"]
    );
    assert_eq!(
        dated_at_march_fifth("Brent for February settlement rose."),
        ["February=2025-02"]
    );
    assert_eq!(
        dated_at_march_fifth("Sales fell in December, data showed."),
        ["December=2023-12"]
    );
}

#[test]
fn a_participle_of_the_future_before_by_looks_ahead() {
    assert_eq!(
        dated_at_march_fifth("Markets are pricing in cuts, with the first expected by June."),
        ["June=2024-06"]
    );
    // Told in reported speech, what was expected then is still to come.
    assert_eq!(
        dated_at_march_fifth("The first cut was expected by June, Mara Lind said."),
        ["June=2024-06"]
    );
    // Told as the past, with no one reporting it, it is the June gone by.
    assert_eq!(
        dated_at_march_fifth("The first cut was expected by June but never came."),
        ["June=2023-06"]
    );
}

#[test]
fn fixture_verbs_in_the_present_look_ahead() {
    assert_eq!(
        dated_at_march_fifth("Lindfield travel to Porto on Thursday."),
        ["Thursday=2024-03-07"]
    );
    assert_eq!(
        dated_at_march_fifth("Lindfield welcome Dane Rovers on Saturday."),
        ["Saturday=2024-03-09"]
    );
    assert_eq!(
        dated_at_march_fifth("He is in hospital after a visit on Friday."),
        ["Friday=2024-03-01"]
    );
    assert_eq!(
        dated_at_march_fifth("Lindfield visited Porto on Thursday."),
        ["Thursday=2024-02-29"]
    );
}

#[test]
fn a_date_right_after_a_timetable_verb_looks_ahead() {
    assert_eq!(
        dated_at_march_fifth("Schools are closed Monday through Wednesday."),
        ["Monday=2024-03-11", "Wednesday=2024-03-13"]
    );
    assert_eq!(
        dated_at_march_fifth("Early voting runs Oct. 21 through Nov. 2."),
        ["Oct. 21=2024-10-21", "Nov. 2=2024-11-02"]
    );
}

#[test]
fn a_day_in_a_quoted_title_is_no_date() {
    assert!(dated_at_march_fifth(
        "Speaking on ABC’s “This Week,” Ms. Quist said the vote was close."
    )
    .is_empty());
    assert_eq!(
        dated_at_march_fifth("The film “Next Friday” opens today."),
        ["today=2024-03-05"]
    );
    assert!(dated_at_march_fifth("Ada Quist, appearing on “Fox News Sunday,” said no.").is_empty());
    assert_eq!(
        dated_at_march_fifth("“Tomorrow,” Ivo Dane said, “we march.”"),
        ["Tomorrow=2024-03-06"]
    );
    assert_eq!(
        dated_at_march_fifth("Asked when, he said “Monday.”"),
        ["Monday=2024-03-04"]
    );
}

#[test]
fn a_date_to_be_fixed_or_a_contract_expiring_is_to_come() {
    assert_eq!(
        dated_at_march_fifth("The hearing of Ivo Dane was adjourned to a date to be fixed in May."),
        ["May=2024-05"]
    );
    assert_eq!(
        dated_at_march_fifth("Contracts expiring in June fell."),
        ["June=2024-06"]
    );
    assert_eq!(
        dated_at_march_fifth("The hearing of Ivo Dane was held in May."),
        ["May=2023-05"]
    );
}

#[test]
fn a_capitalised_future_word_inside_a_clause_is_a_name() {
    assert_eq!(
        dated_at_march_fifth(
            "Ada Quist told NBC’s Meet the Press on Sunday that the bill would pass."
        ),
        ["Sunday=2024-03-03"]
    );
    assert_eq!(
        dated_at_march_fifth("Ada Quist will meet the press on Sunday."),
        ["Sunday=2024-03-10"]
    );
}

/// `values` as the values of mentions.
fn days(values: &[&str]) -> Vec<Option<String>> {
    values.iter().map(|v| Some((*v).to_string())).collect()
}

#[test]
fn a_past_event_after_a_future_cue_is_gone_by() {
    assert_eq!(
        tuesday_values("Ivo Dane will face court after allegedly stealing a van on Sunday."),
        days(&["2024-03-03"])
    );
    assert_eq!(
        tuesday_values("Ada Quist is due in court after police found a knife on Friday."),
        days(&["2024-03-01"])
    );
    // Without a past event after "after", the future cue still governs.
    assert_eq!(
        tuesday_values("The board will meet after talks planned for Friday."),
        days(&["2024-03-08"])
    );
    assert_eq!(
        tuesday_values("Mara Lind will speak after the vote on Friday."),
        days(&["2024-03-08"])
    );
}

#[test]
fn an_infinitive_after_a_past_verb_is_no_future() {
    for text in [
        "The museum was forced to close on Friday.",
        "The team had to return home on Friday.",
        "Crews began to reopen the road on Friday.",
        "Staff were able to return to the office on Friday.",
    ] {
        assert_eq!(tuesday_values(text), days(&["2024-03-01"]), "{text}");
    }
    for text in [
        "The union agreed to reopen the road on Friday.",
        "The ship was set to return on Friday.",
        "Tom Reyes is to return on Friday.",
    ] {
        assert_eq!(tuesday_values(text), days(&["2024-03-08"]), "{text}");
    }
}

#[test]
fn a_closing_attribution_does_not_set_the_tense() {
    assert_eq!(
        tuesday_values("Pupils sitting exams from April 25 will not be affected, officials said."),
        days(&["2024-04-25"])
    );
    assert_eq!(
        tuesday_values("From 7 April, buses will run every hour, Arun Tebbe said."),
        days(&["2024-04-07"])
    );
    assert_eq!(
        tuesday_values("Pupils sat exams from April 25 and were told, officials said."),
        days(&["2023-04-25"])
    );
}

#[test]
fn a_fronted_from_or_by_weekday_takes_the_tense_after_it() {
    assert_eq!(
        tuesday_values("From Monday, masks will be required in all wards."),
        days(&["2024-03-11"])
    );
    assert_eq!(
        tuesday_values("By Thursday, the council will have decided."),
        days(&["2024-03-07"])
    );
    assert_eq!(
        tuesday_values("From Monday, masks were required in all wards."),
        days(&["2024-03-04"])
    );
}

#[test]
fn a_deadline_of_a_purpose_is_to_come() {
    assert_eq!(
        tuesday_values("Staff were hired to clear the backlog by April."),
        days(&["2024-04"])
    );
    assert_eq!(
        tuesday_values("Ivo Dane said staff had been hired to finish by June."),
        days(&["2024-06"])
    );
    assert_eq!(
        tuesday_values("Prices had risen to record highs by April."),
        days(&["2023-04"])
    );
}

#[test]
fn days_of_one_month_in_a_choice_or_a_list_are_each_a_date() {
    let on = |text: &str| texts_values(text, Date::new(2024, 3, 5).ok());
    assert_eq!(
        on("Ramadan is expected to begin on March 10 or 11."),
        vec![
            ("March 10".to_string(), Some("2024-03-10".to_string())),
            ("11".to_string(), Some("2024-03-11".to_string())),
        ]
    );
    assert_eq!(
        on("The vote will be held on 12 or 13 April."),
        vec![
            ("12".to_string(), Some("2024-04-12".to_string())),
            ("13 April".to_string(), Some("2024-04-13".to_string())),
        ]
    );
    assert_eq!(
        on("The festival runs on 8, 9 and 10 June."),
        vec![
            ("8".to_string(), Some("2024-06-08".to_string())),
            ("9".to_string(), Some("2024-06-09".to_string())),
            ("10 June".to_string(), Some("2024-06-10".to_string())),
        ]
    );
    // A list out of order is no list of days.
    assert_eq!(
        on("The scores were 12, 9 and 10 June."),
        vec![("10 June".to_string(), Some("2023-06-10".to_string()))]
    );
    // The list may follow the month's first day.
    assert_eq!(
        on("Nurses will stop work on April 8, 9 and 11."),
        vec![
            ("April 8".to_string(), Some("2024-04-08".to_string())),
            ("9".to_string(), Some("2024-04-09".to_string())),
            ("11".to_string(), Some("2024-04-11".to_string())),
        ]
    );
    assert_eq!(
        on("Matches are due on Apr. 6, 7 or 9 at the Velmor ground."),
        vec![
            ("Apr. 6".to_string(), Some("2024-04-06".to_string())),
            ("7".to_string(), Some("2024-04-07".to_string())),
            ("9".to_string(), Some("2024-04-09".to_string())),
        ]
    );
    // Figures after the day that a noun follows count that noun.
    assert_eq!(
        on("By April 2, 6 and 9 boats had docked."),
        vec![("April 2".to_string(), Some("2023-04-02".to_string()))]
    );
}

#[test]
fn a_month_after_since_is_never_ahead() {
    assert_eq!(
        tuesday_values("The stores have stayed open since January."),
        days(&["2024-01"])
    );
    assert_eq!(
        tuesday_values("Mara Lind has run the open clinic since June."),
        days(&["2023-06"])
    );
    assert_eq!(
        tuesday_values("The stores will open in January."),
        days(&["2025-01"])
    );
}

#[test]
fn a_promise_or_forecast_of_an_event_in_a_month_looks_ahead() {
    assert_eq!(
        tuesday_values("The bank signalled a cut in June."),
        days(&["2024-06"])
    );
    assert_eq!(
        tuesday_values("Ivo Dane promised an election in May."),
        days(&["2024-05"])
    );
    assert_eq!(
        tuesday_values("The union threatened a strike in April."),
        days(&["2024-04"])
    );
    assert_eq!(
        tuesday_values("The bank cut rates in June."),
        days(&["2023-06"])
    );
}

#[test]
fn a_span_of_years_before_an_auxiliary_is_a_date() {
    assert_eq!(
        tuesday_values("Funding for 2023/24 was cut."),
        days(&["2024"])
    );
    assert_eq!(
        tuesday_values("Funding for 2023-24 has been cut."),
        days(&["2024"])
    );
    assert_eq!(tuesday_values("They sold 2023 cars."), days(&[]));
}

#[test]
fn a_participle_phrase_before_a_future_clause_looks_ahead() {
    let at = dated_at_march_fifth;
    assert_eq!(
        at("Anyone arriving after Friday will be refused entry, Ada Quist said."),
        ["Friday=2024-03-08"]
    );
    assert_eq!(
        at("Passengers travelling on Sunday should expect delays."),
        ["Sunday=2024-03-10"]
    );
    assert_eq!(
        at("Those hired after June 1 will be exempt, Ivo Dane said."),
        ["June 1=2024-06-01"]
    );
    assert_eq!(
        at("Staff hired on or after March 12 will be exempt."),
        ["March 12=2024-03-12"]
    );
    // An article makes the "-ing" word a noun, an auxiliary makes it a verb of its own, and
    // a past verb before it or between the date and the future word keeps the date past.
    assert_eq!(
        at("The meeting on Friday will be remembered."),
        ["Friday=2024-03-01"]
    );
    assert_eq!(
        at("Fans were arriving on Friday and will stay."),
        ["Friday=2024-03-01"]
    );
    assert_eq!(
        at("Mara Lind said anyone arriving on Friday will be turned away."),
        ["Friday=2024-03-01"]
    );
    assert_eq!(
        at("Those hired after June 1 were told they will be exempt."),
        ["June 1=2023-06-01"]
    );
    assert_eq!(
        at("Workers hired after June 1 received a bonus."),
        ["June 1=2023-06-01"]
    );
}

#[test]
fn a_deadline_that_runs_out_and_a_fixture_taken_on_look_ahead() {
    assert_eq!(
        dated_at_march_fifth("The offer runs out midnight Friday."),
        ["Friday=2024-03-08"]
    );
    assert_eq!(
        dated_at_march_fifth("The offer ran out on Friday."),
        ["Friday=2024-03-01"]
    );
    assert_eq!(
        dated_at_march_fifth("Lindfield take on Dane Rovers on Saturday."),
        ["Saturday=2024-03-09"]
    );
    assert_eq!(
        dated_at_march_fifth("Lindfield took on Dane Rovers on Saturday."),
        ["Saturday=2024-03-02"]
    );
    assert_eq!(phrase_ends("Mistake on it", FIXTURE_PHRASES).count(), 0);
}

#[test]
fn an_announced_launch_in_a_month_is_to_come() {
    assert_eq!(
        dated_at_march_fifth("Quist Labs announced a launch in September."),
        ["September=2024-09"]
    );
    assert_eq!(
        dated_at_march_fifth("Quist Labs announced the release of its new phone in June."),
        ["June=2024-06"]
    );
    assert_eq!(
        dated_at_march_fifth("Quist Labs announced a merger in September."),
        ["September=2023-09"]
    );
}

#[test]
fn a_quarter_of_a_fiscal_year_is_one_mention_and_a_model_name_no_period() {
    assert_eq!(
        dated_at_march_fifth("Sales at Quist Ltd rose 4% in Q3 FY24."),
        ["Q3 FY24=2024-Q3"]
    );
    assert_eq!(
        dated_at_march_fifth("Sales rose 4% in Q3 fiscal 2024."),
        ["Q3 fiscal 2024=2024-Q3"]
    );
    assert!(dated_at_march_fifth("The Audi Q4 costs $50,000, up 5%.").is_empty());
    assert_eq!(
        dated_at_march_fifth("Quist's Q4 sales rose 5%."),
        ["Q4=2023-Q4"]
    );
    assert_eq!(dated_at_march_fifth("In Q4 sales rose 5%."), ["Q4=2023-Q4"]);
    assert_eq!(
        dated_at_march_fifth("Sales rose 5% in Q1, Q2 and Q3."),
        ["Q1=2024-Q1", "Q2=2023-Q2", "Q3=2023-Q3"]
    );
}

#[test]
fn a_limit_extended_or_an_event_put_off_lies_ahead() {
    let cases = [
        (
            "The deadline was extended to June 30.",
            "June 30",
            "2024-06-30",
        ),
        (
            "The truce was extended by a week, to June 30.",
            "June 30",
            "2024-06-30",
        ),
        (
            "The mandate was extended until the end of June.",
            "the end of June",
            "2024-06",
        ),
        (
            "Ivo Dane postponed a visit to Saudi Arabia until March 10.",
            "March 10",
            "2024-03-10",
        ),
        // The act itself is dated by its own words, and a past stay ends in the past.
        (
            "The deadline was extended on June 30.",
            "June 30",
            "2023-06-30",
        ),
        ("He was in office until June 30.", "June 30", "2023-06-30"),
    ];
    for (text, date, value) in cases {
        assert_eq!(march_fifth_pairs(text), pairs(&[(date, value)]), "{text}");
    }
}

#[test]
fn an_owned_event_looked_back_on_in_the_past_is_past() {
    let saturday = Some("2024-03-02".to_string());
    let coming = Some("2024-03-09".to_string());
    assert_eq!(
            tuesday_values(
                "The Greens have taken the council, with Ida Varn set to lead it after Saturday's local vote."
            ),
            vec![saturday.clone()]
        );
    assert_eq!(
        tuesday_values("Rovers won a seat, poised to rise following Saturday's ballot."),
        vec![saturday]
    );
    // A modal after the past verb, or a verb of speech, leaves the event ahead.
    assert_eq!(
        tuesday_values("Ida Varn has agreed she will step down after Saturday's vote."),
        vec![coming.clone()]
    );
    assert_eq!(
        tuesday_values("Ida Varn said she is set to step down after Saturday's vote."),
        vec![coming]
    );
}

#[test]
fn a_weekday_of_a_market_close_is_past() {
    let monday = Some("2024-03-04".to_string());
    let friday = Some("2024-03-01".to_string());
    assert_eq!(
            tuesday_values(
                "Lindmark will pay 410 pence per share, a premium of 38% to the closing price on Monday."
            ),
            vec![monday.clone()]
        );
    assert_eq!(
        tuesday_values("Shares will open above Friday's close."),
        vec![friday.clone()]
    );
    assert_eq!(
        tuesday_values("The offer will be pitched at its close on Friday."),
        vec![friday.clone()]
    );
    assert_eq!(
        tuesday_values("The bid is a 12% premium to the group's close on Friday."),
        vec![friday.clone()]
    );
    assert_eq!(
        tuesday_values("Orvane shares rose 4% from Tuesday against the bank's close of Friday."),
        vec![Some("2024-03-05".to_string()), friday]
    );
    // An event's end after a preposition of time is no market level.
    assert_eq!(
        tuesday_values("Tickets will sell out before the fair's close on Friday."),
        vec![Some("2024-03-08".to_string())]
    );
    // "closing" as a verb tells of the poll to come.
    assert_eq!(
        tuesday_values("Polls will be closing on Monday."),
        vec![Some("2024-03-11".to_string())]
    );
    assert_eq!(
        tuesday_values("Ada Quist will pay a premium on Monday."),
        vec![Some("2024-03-11".to_string())]
    );
}

#[test]
fn a_bracketed_universal_time_keeps_the_clause_of_its_weekday() {
    let thursday = Some("2024-03-07".to_string());
    assert_eq!(
        tuesday_values("The vote is due at 3 p.m. (2000 GMT) on Thursday."),
        vec![thursday.clone(), thursday.clone(), thursday.clone()]
    );
    let friday = Some("2024-03-08".to_string());
    assert_eq!(
        tuesday_values("Polls will close at 8 p.m. (1630 GMT) on Friday."),
        vec![friday.clone(), friday.clone(), friday]
    );
    let past = Some("2024-02-29".to_string());
    assert_eq!(
        tuesday_values("The vote was held at 3 p.m. (2000 GMT) on Thursday."),
        vec![past.clone(), past.clone(), past]
    );
}

#[test]
fn mid_month_week_and_year_are_the_middle_of_the_anchors() {
    let mid = |text: &str| {
        run(text, march_fifth())
            .into_iter()
            .map(|d| (d.text, d.value.unwrap_or_default(), d.modifier))
            .collect::<Vec<_>>()
    };
    let one = |t: &str, v: &str| vec![(t.to_string(), v.to_string(), Some("MID".to_string()))];
    assert_eq!(mid("Talks begin mid-month."), one("mid-month", "2024-03"));
    assert_eq!(
        mid("Talks begin in mid-month."),
        one("mid-month", "2024-03")
    );
    assert_eq!(
        mid("A deal is expected by mid-year."),
        one("mid-year", "2024")
    );
    assert_eq!(
        mid("Mara Lind returns midweek."),
        one("midweek", "2024-W10")
    );
    assert_eq!(
        mid("Prices fell mid-week, traders said."),
        one("mid-week", "2024-W10")
    );
    // A modifier of a noun names no time.
    assert!(mid("The mid-year review was bleak.").is_empty());
    assert!(mid("It faces a mid-month deadline.").is_empty());
    assert!(mid("Tom Reyes missed midweek training.").is_empty());
}

#[test]
fn a_quarter_before_a_future_word_is_the_one_to_come() {
    assert_eq!(
        march_fifth_pairs("Second-quarter earnings are due in July."),
        pairs(&[("Second-quarter", "2024-Q2"), ("July", "2024-07")])
    );
    assert_eq!(
        march_fifth_pairs("Second-quarter earnings rose 5%."),
        pairs(&[("Second-quarter", "2023-Q2")])
    );
}

#[test]
fn readiness_hopes_and_intentions_look_ahead() {
    let value = |text: &str| on_a_tuesday(text).1;
    for text in [
        "A new ferry is ready to sail in October, Ada Quist said.",
        "The board expects to vote on the budget in October.",
        "The board hopes to vote on the budget in October.",
        "The board intends to vote on the budget in October.",
        "The board is preparing to vote on the budget in October.",
        "The board prepares to vote on the budget in October.",
    ] {
        assert_eq!(value(text), Some("2024-10".into()), "{text}");
    }
    assert_eq!(
        value("The ferry was ready to sail in October."),
        Some("2023-10".into())
    );
}

#[test]
fn a_future_word_after_a_reporting_verb_keeps_the_decade() {
    let value = |text: &str| on_a_tuesday(text).1;
    assert_eq!(
        value("Ada Quist said the plant will be built by the end of the decade."),
        Some("202X".into())
    );
    assert_eq!(
        value("By the end of the decade he had sold the farm."),
        None
    );
}

#[test]
fn a_present_start_in_a_relative_clause_sets_a_month_ahead() {
    let months = |text: &str| {
        in_march(text)
            .into_iter()
            .map(|(_, v)| v)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        months("The tariffs, which come into effect from January, will cost growers dearly."),
        ["2025-01"]
    );
    assert_eq!(
        months("The levy, which applies from February, is unpopular with farmers."),
        ["2025-02"]
    );
    assert_eq!(
        months("The tariffs, which have come into force since January, hurt growers."),
        ["2024-01"]
    );
}

#[test]
fn a_yearless_day_after_a_past_year_takes_that_year() {
    assert_eq!(
        in_march("The bakery opened on May 2, 2018. On Sept. 14 it sold its first cake."),
        [
            ("May 2, 2018".to_string(), "2018-05-02".to_string()),
            ("Sept. 14".to_string(), "2018-09-14".to_string()),
        ]
    );
    assert_eq!(
        in_march("The bakery moved in May 2017. On Sept. 14 it sold its first cake."),
        [
            ("May 2017".to_string(), "2017-05".to_string()),
            ("Sept. 14".to_string(), "2017-09-14".to_string()),
        ]
    );
    assert_eq!(
        in_march("The law, passed in 2017, bans it. On Sept. 14 the bakery was fined."),
        [
            ("2017".to_string(), "2017".to_string()),
            ("Sept. 14".to_string(), "2023-09-14".to_string()),
        ]
    );
    assert_eq!(
        in_march("The bakery opened in 2017. It closed for good. Then on Sept. 14 it burned."),
        [
            ("2017".to_string(), "2017".to_string()),
            ("Sept. 14".to_string(), "2023-09-14".to_string()),
        ]
    );
}

#[test]
fn a_present_fixture_verb_after_and_has_its_own_tense() {
    assert_eq!(
        march_fifth_pairs("Harbourside won 3-1 on Saturday and host Millbrook on Saturday."),
        pairs(&[("Saturday", "2024-03-02"), ("Saturday", "2024-03-09")])
    );
    assert_eq!(
        march_fifth_pairs("Harbourside drew on Sunday and then play Millbrook on Sunday."),
        pairs(&[("Sunday", "2024-03-03"), ("Sunday", "2024-03-10")])
    );
}

#[test]
fn a_lead_word_against_a_date_on_its_weekday_yields_to_the_date() {
    assert_eq!(
        march_fifth_pairs("The fair closed last Friday, March 8."),
        pairs(&[("last Friday, March 8", "2024-03-08")])
    );
    assert_eq!(
        march_fifth_pairs("The fair closed last Thursday, March 8."),
        pairs(&[("last Thursday, March 8", "2023-03-08")])
    );
}

#[test]
fn a_time_takes_no_day_from_a_later_by_phrase_joined_by_and() {
    let found = run(
        "The gale should reach the coast by 4 p.m. and ease into a breeze by Tuesday night.",
        march_fifth(),
    );
    let time = found.iter().find(|d| d.text == "4 p.m.");
    assert_eq!(time.map(|d| d.value.clone()), Some(None));
    assert_eq!(
        march_fifth_pairs("Output will climb in the latter half of 2029."),
        pairs(&[("the latter half of 2029", "2029-H2")])
    );
}

#[test]
fn a_time_told_in_the_past_takes_no_day_after_the_publication_date() {
    let time_value = |text: &str, time: &str| {
        run(text, march_fifth())
            .into_iter()
            .find(|d| d.text == time)
            .map(|d| d.value)
    };
    let text = "Crews had cleared the road by noon, but the bridge may stay shut until Friday.";
    assert_eq!(time_value(text, "noon"), Some(None));
    let text = "The storm will pass on Friday. The first gust was felt just before 3am.";
    assert_eq!(time_value(text, "3am"), Some(None));
    // A clause of the future, or a day gone by, keeps its day.
    let text = "She said the vote would open at 9am on Friday.";
    assert_eq!(time_value(text, "9am"), Some(Some("2024-03-08".into())));
    let text = "The shop closed at 5pm on Monday.";
    assert_eq!(time_value(text, "5pm"), Some(Some("2024-03-04".into())));
    let text = "The tie has been moved to Friday 8 March, with a 7pm start.";
    assert_eq!(time_value(text, "7pm"), Some(Some("2024-03-08".into())));
    let text = "The tie on Friday is at noon, moved from 3pm for television.";
    assert!(time_value(text, "3pm").is_some_and(|day| day.is_some()));
}

#[test]
fn a_span_after_a_past_verb_is_how_long_something_took() {
    assert!(run(
        "The bakery sold more than 9,000 of its loaves in six weeks, its owner says.",
        Some(anchor())
    )
    .is_empty());
    assert!(run("Some 300 trees were planted in two months.", Some(anchor())).is_empty());
    assert!(run("In six weeks, the mill shipped 40 tonnes.", Some(anchor())).is_empty());
    assert_eq!(
        value("The bridge will reopen in two months."),
        Some("2022-03".into())
    );
    assert_eq!(
        value("Mr Pell said the bridge reopens in ten days."),
        Some("2022-02-01".into())
    );
    // A clause of its own after a conjunction has its own tense.
    assert_eq!(
        value("The council was told that in ten days, if no bid comes, the pier closes."),
        Some("2022-02-01".into())
    );
}

#[test]
fn a_period_counted_in_a_run_is_no_period_of_the_calendar() {
    assert!(run(
        "Orders fell 3% for the third quarter in a row.",
        Some(anchor())
    )
    .is_empty());
    assert!(run(
        "Margins shrank 2% for the second quarter straight.",
        Some(anchor())
    )
    .is_empty());
    assert_eq!(
        value("Margins shrank 2% in the second quarter."),
        Some("2021-Q2".into())
    );
}

#[test]
fn a_quarter_of_a_fiscal_year_is_one_mention() {
    assert_eq!(
        texts_values("The toolmaker expects a loss in Q2 FY2027.", Some(anchor())),
        vec![("Q2 FY2027".into(), Some("2027-Q2".into()))]
    );
    assert_eq!(
        texts_values(
            "The toolmaker expects a loss in Q2 FY2027-28.",
            Some(anchor())
        ),
        vec![("Q2 FY2027-28".into(), Some("2028-Q2".into()))]
    );
    assert_eq!(
        texts_values(
            "For the first quarter of fiscal 2023, sales rose 4%.",
            Some(anchor())
        ),
        vec![(
            "the first quarter of fiscal 2023".into(),
            Some("2023-Q1".into())
        )]
    );
    assert_eq!(
        texts_values("Q3 FY24 highlights: sales rose 4%.", Some(anchor())),
        vec![("Q3 FY24".into(), Some("2024-Q3".into()))]
    );
}

#[test]
fn fiscal_year_glued_to_its_period() {
    let glued = |text: &str| texts_values(text, Some(anchor()));
    assert_eq!(
        glued("Orvia's profit rose 9% in Q3FY24."),
        vec![("Q3FY24".into(), Some("2024-Q3".into()))]
    );
    assert_eq!(
        glued("Orvia's profit rose 9% in H2FY2023."),
        vec![("H2FY2023".into(), Some("2023-H2".into()))]
    );
    assert_eq!(
        glued("Orvia's profit rose 9% in Q1FY2022-23."),
        vec![("Q1FY2022-23".into(), Some("2023-Q1".into()))]
    );
    assert!(glued("Orvia filed form Q3FYI today.")
        .iter()
        .all(|(text, _)| !text.starts_with('Q')));
}

#[test]
fn a_weekday_of_a_named_week_is_that_week_s_day() {
    // The anchor, 2022-01-22, is a Saturday of the week starting Monday 2022-01-17.
    assert_eq!(
        texts_values("The shop closed on Tuesday of last week.", Some(anchor())),
        vec![("Tuesday of last week".into(), Some("2022-01-11".into()))]
    );
    assert_eq!(
        value("The ferry sails on Friday of next week."),
        Some("2022-01-28".into())
    );
    assert_eq!(
        value("The vote is on Wednesday of this week."),
        Some("2022-01-19".into())
    );
}

#[test]
fn a_holiday_placed_by_last_this_or_next_is_that_year_s_day() {
    assert_eq!(
        texts_values("Toy makers fear shortages this Christmas.", Some(anchor())),
        vec![("this Christmas".into(), Some("2022-12-25".into()))]
    );
    assert_eq!(
        value("Sales dipped last Christmas."),
        Some("2021-12-25".into())
    );
    assert_eq!(
        value("The choir sings next Easter."),
        Some("2022-04-17".into())
    );
    assert!(run("They sailed to next Easter Island.", Some(anchor())).is_empty());
}

#[test]
fn a_booking_looks_ahead() {
    assert_eq!(
        in_march("Tova Renk has cancelled her cruise. She has rebooked for July."),
        pairs(&[("July", "2024-07")])
    );
    assert_eq!(
        in_march("The quartet are pencilled in for August."),
        pairs(&[("August", "2024-08")])
    );
    assert_eq!(
        in_march("The quartet played in August."),
        pairs(&[("August", "2023-08")])
    );
}

#[test]
fn a_time_limit_named_before_of_looks_ahead() {
    assert_eq!(
        in_march("The partners have agreed an end date of 30 November."),
        pairs(&[("30 November", "2024-11-30")])
    );
    assert_eq!(
        in_march("Suppliers face a deadline of 28 February."),
        pairs(&[("28 February", "2025-02-28")])
    );
    assert_eq!(
        in_march("The mill missed a deadline of 28 February."),
        pairs(&[("28 February", "2024-02-28")])
    );
    assert_eq!(
        in_march("The deadline of 30 November passed quietly."),
        pairs(&[("30 November", "2023-11-30")])
    );
}

#[test]
fn a_year_before_a_noun_in_is_or_us() {
    assert_eq!(
        in_march("A 2021 analysis by the Orvane Institute found a rise."),
        pairs(&[("2021", "2021")])
    );
    assert_eq!(
        in_march("The 2019 census counted more farms."),
        pairs(&[("2019", "2019")])
    );
    assert_eq!(in_march("About 1200 buses were sold."), pairs(&[]));
}

#[test]
fn a_clock_time_opening_a_future_clause() {
    assert_eq!(
        in_march("At 6:15pm on Thursday the mayor will open the bridge."),
        pairs(&[("6:15pm", "2024-03-07"), ("Thursday", "2024-03-07")])
    );
    assert_eq!(
        in_march("On Thursday the mayor will open the bridge."),
        pairs(&[("Thursday", "2024-03-07")])
    );
    assert_eq!(
        in_march("At 6:15pm on Thursday the mayor opened the bridge."),
        pairs(&[("6:15pm", "2024-02-29"), ("Thursday", "2024-02-29")])
    );
}

#[test]
fn an_opening_day_without_a_comma_needs_a_future_main_clause() {
    assert_eq!(
        in_march("On Thursday the board voted to close the depot, which will shut in May."),
        pairs(&[("Thursday", "2024-02-29"), ("May", "2024-05")])
    );
    assert_eq!(
        in_march("At 7pm on Thursday the board met staff, who will strike."),
        pairs(&[("7pm", "2024-02-29"), ("Thursday", "2024-02-29")])
    );
}

#[test]
fn a_weekday_a_week_after_the_next() {
    assert_eq!(
        in_march("The panel sits next Thursday week."),
        pairs(&[("next Thursday", "2024-03-14")])
    );
    assert_eq!(
        in_march("The panel sits the Thursday after next."),
        pairs(&[("Thursday", "2024-03-14")])
    );
    assert_eq!(
        in_march("The panel sits next Thursday."),
        pairs(&[("next Thursday", "2024-03-07")])
    );
}

#[test]
fn the_turn_of_the_year() {
    let day = march_fifth().unwrap();
    assert_eq!(
        mention("Orders dipped at the turn of the year.", day),
        told("the turn of the year", "2024", Some("START"))
    );
    assert_eq!(
        mention("Orders will recover by the turn of the year.", day),
        told("the turn of the year", "2025", Some("START"))
    );
}

#[test]
fn a_span_of_whole_months_is_read_in_one_year() {
    assert_eq!(
        in_march("Tolvan Gas will bill customers more between February and April."),
        pairs(&[("February", "2024-02"), ("April", "2024-04")])
    );
    assert_eq!(
        in_march("Rents will rise between November and January."),
        pairs(&[("November", "2024-11"), ("January", "2025-01")])
    );
    assert_eq!(
        in_march("From March to May, orders at the mill fell."),
        pairs(&[("March", "2023-03"), ("May", "2023-05")])
    );
    assert_eq!(
        in_march("Orders fell between November 2021 and January."),
        pairs(&[("November 2021", "2021-11"), ("January", "2022-01")])
    );
}

#[test]
fn a_month_since_which_is_no_time_of_the_story() {
    assert_eq!(
        in_march("Bread prices rose 2%, the most since July 2021. The levy began on 1 November."),
        pairs(&[("July 2021", "2021-07"), ("1 November", "2023-11-01")])
    );
    assert_eq!(
        in_march("Bread prices rose 2% in July 2021. The levy began on 1 November."),
        pairs(&[("July 2021", "2021-07"), ("1 November", "2021-11-01")])
    );
}

#[test]
fn a_year_earlier_counts_from_the_sole_date_of_the_paragraph_before() {
    assert_eq!(
            in_march("Quarnby sales rose 4% in February.\n\nThey reached 90 units, up from 80 a year earlier."),
            pairs(&[("February", "2024-02"), ("a year earlier", "2023-02")])
        );
    assert_eq!(
            in_march("Quarnby sales rose in February and fell in January.\n\nThey reached 90 units, up from 80 a year earlier."),
            pairs(&[
                ("February", "2024-02"),
                ("January", "2024-01"),
                ("a year earlier", "null")
            ])
        );
}

#[test]
fn years_and_a_half_ago_are_a_month() {
    assert_eq!(
        in_march("Half a year ago the yard was empty."),
        pairs(&[("Half a year ago", "2023-09")])
    );
    assert_eq!(
        in_march("The yard was empty a year and a half ago."),
        pairs(&[("a year and a half ago", "2022-09")])
    );
    assert_eq!(
        in_march("Three and a half years ago the yard was empty."),
        pairs(&[("Three and a half years ago", "2020-09")])
    );
}

#[test]
fn a_compared_month_takes_the_year_of_the_other_side() {
    assert_eq!(
        in_march("Traders now see the vote in June 2026, compared with October earlier."),
        pairs(&[("June 2026", "2026-06"), ("October", "2026-10")])
    );
    assert_eq!(
        in_march("Traders now see the vote in June, rather than October."),
        pairs(&[("June", "2023-06"), ("October", "2023-10")])
    );
}

#[test]
fn month_day_or_holiday_of_that_year_takes_the_year_told_before() {
    assert_eq!(
        in_march(
            "The review opened in February 1981. Its findings, released in October of that \
                 year, faulted the port board."
        ),
        pairs(&[("February 1981", "1981-02"), ("October", "1981-10")])
    );
    assert_eq!(
        in_march("The fund grew in 2016. One gift arrived on Christmas Day that year."),
        pairs(&[("2016", "2016"), ("Christmas Day", "2016-12-25")])
    );
    assert_eq!(
        in_march("Ms Tarrow joined on 2 May 2018 and quit on 7 July of the same year."),
        pairs(&[("2 May 2018", "2018-05-02"), ("7 July", "2018-07-07")])
    );
}

#[test]
fn that_year_does_not_reach_past_a_few_sentences_or_a_month_of_its_own_words() {
    let far = "The dock was built in 1962. It was painted. It was sold. It was renamed. \
                   A fire broke out in June of that year.";
    assert_eq!(
        texts_values(far, march_fifth())
            .last()
            .map(|(_, v)| v.clone()),
        Some(Some("2023-06".into()))
    );
    assert_eq!(
        in_march("The mill shut in 1999. It reopened in May last year."),
        pairs(&[("1999", "1999"), ("May last year", "2023-05")])
    );
}

#[test]
fn weekend_of_two_named_days_is_their_weekend() {
    assert_eq!(
        in_march("Repairs planned for the weekend of 13 and 14 April will go ahead."),
        pairs(&[
            ("the weekend", "2024-W15-WE"),
            ("13", "2024-04-13"),
            ("14 April", "2024-04-14")
        ])
    );
    assert_eq!(
        in_march("The weekend after the vote was quiet."),
        pairs(&[("The weekend", "2024-W09-WE")])
    );
}

#[test]
fn weekday_before_or_after_a_day_counts_from_that_day() {
    assert_eq!(
        in_march("Stalls stay open late on the Thursday before Christmas."),
        pairs(&[("Thursday", "2024-12-19"), ("Christmas", "2024-12-25")])
    );
    assert_eq!(
        in_march("The fair returns on the Monday after 18 May."),
        pairs(&[("Monday", "2024-05-20"), ("18 May", "2024-05-18")])
    );
    assert_eq!(
        in_march("The talks resume on Thursday before the summit on 18 May."),
        pairs(&[("Thursday", "2024-03-07"), ("18 May", "2024-05-18")])
    );
}

#[test]
fn open_after_a_verb_of_a_stay_is_no_future() {
    assert_eq!(
        in_march("The ferry office stayed open until the summer, when it shut."),
        pairs(&[("summer", "2023-SU")])
    );
    assert_eq!(
        in_march("The ferry office will stay open until the summer."),
        pairs(&[("summer", "2024-SU")])
    );
    assert_eq!(
        in_march("The depot is to open in the summer."),
        pairs(&[("summer", "2024-SU")])
    );
}

#[test]
fn an_expectation_with_its_object_looks_ahead() {
    assert_eq!(
        in_march("The ferry line said it expected long queues on Thursday."),
        pairs(&[("Thursday", "2024-03-07")])
    );
    assert_eq!(
        in_march("Crowds were expected in the square on Monday."),
        pairs(&[("Monday", "2024-03-04")])
    );
    assert_eq!(
        in_march("Mr Pardo had expected a reply on Friday."),
        pairs(&[("Friday", "2024-03-01")])
    );
    assert_eq!(
        in_march("The expected fall in fares in August never came."),
        pairs(&[("August", "2023-08")])
    );
}

#[test]
fn an_event_on_a_day_before_a_modal_is_to_come() {
    assert_eq!(
        in_march("Organisers said the ceremony on Sunday would be the last of its kind."),
        pairs(&[("Sunday", "2024-03-10")])
    );
    assert_eq!(
        in_march("The league said kick-off on Saturday would be moved to noon."),
        pairs(&[("Saturday", "2024-03-09"), ("noon", "2024-03-09")])
    );
    assert_eq!(
        in_march("Officials said the offer on Friday would be the final one."),
        pairs(&[("Friday", "2024-03-01")])
    );
    assert_eq!(
        in_march("The vote on Sunday would have been the first."),
        pairs(&[("Sunday", "2024-03-03")])
    );
    assert_eq!(
        in_march("The rally on Sunday will be remembered for its size."),
        pairs(&[("Sunday", "2024-03-03")])
    );
}

#[test]
fn to_be_and_a_participle_of_a_plan_looks_ahead() {
    assert_eq!(
        in_march("Ms Vell said the grant, to be paid in December, would cover rent."),
        pairs(&[("December", "2024-12")])
    );
    assert_eq!(
        in_march("The fee was said to be paid in April."),
        pairs(&[("April", "2023-04")])
    );
}

#[test]
fn a_passive_after_would_be_is_no_past() {
    assert_eq!(
        in_march("The minister said the rise would be announced at the budget on 30 April."),
        pairs(&[("30 April", "2024-04-30")])
    );
    assert_eq!(
        in_march("The minister said the rise had been announced on 30 April."),
        pairs(&[("30 April", "2023-04-30")])
    );
}

#[test]
fn a_plan_given_up_is_the_nearest_date() {
    assert_eq!(
        in_march("The final, originally scheduled for 10 December, was moved to June."),
        pairs(&[("10 December", "2023-12-10"), ("June", "2024-06")])
    );
    assert_eq!(
        in_march("The rally was originally set for April but was postponed."),
        pairs(&[("April", "2024-04")])
    );
    assert_eq!(
        in_march("The final is scheduled for 10 December."),
        pairs(&[("10 December", "2024-12-10")])
    );
}

#[test]
fn a_holiday_that_falls_on_a_day_takes_its_year() {
    let december = Some(Date::new(2023, 12, 1).unwrap());
    assert_eq!(
        texts_values(
            "Easter falls on 31 March next year, the vicar noted.",
            december
        ),
        vec![
            ("Easter".to_string(), Some("2024-03-31".to_string())),
            (
                "31 March next year".to_string(),
                Some("2024-03-31".to_string())
            ),
        ]
    );
    let wrong_day = texts_values("Easter falls on 2 April next year.", december);
    assert_ne!(
        wrong_day.first().and_then(|(_, v)| v.as_deref()),
        Some("2024-04-02")
    );
}

#[test]
fn a_long_attribution_after_a_closing_quote_is_left_out() {
    let september = Some(Date::new(2025, 9, 26).unwrap());
    let ahead = "\"No trains in the first week of October is the last thing we need,\" said \
                     Ada Quist of the Lindholm Chamber of Commerce.";
    assert_eq!(
        texts_values(ahead, september),
        vec![(
            "the first week of October".to_string(),
            Some("2025-W40".to_string())
        )]
    );
    let gone = "\"Sales fell in the first week of October,\" said Ada Quist of the chamber.";
    assert_eq!(
        texts_values(gone, september),
        vec![(
            "the first week of October".to_string(),
            Some("2024-W40".to_string())
        )]
    );
}

/// Each mention's value in `text` read on Tuesday 5 March 2024, in order.
fn march_values(text: &str) -> Vec<(String, Option<String>)> {
    texts_values(text, Some(Date::new(2024, 3, 5).unwrap()))
}

#[test]
fn a_bare_weekday_labelling_a_listing_entry_follows_the_dated_entries() {
    let listing = "The Quarrendon fair opens next week with events every day.\n\n\
                       Thursday: choir recital, 7pm\n\n\
                       Friday 15 March: cheese market\n\n\
                       Saturday: puppet show, 11am\n\n\
                       Monday 18 March: closing dance\n";
    let values = march_values(listing);
    let of = |wanted: &str| {
        values
            .iter()
            .find(|(t, _)| t == wanted)
            .and_then(|(_, v)| v.clone())
    };
    assert_eq!(of("Thursday").as_deref(), Some("2024-03-14"));
    assert_eq!(of("Saturday").as_deref(), Some("2024-03-16"));
    assert_eq!(of("11am").as_deref(), Some("2024-03-16"));
}

#[test]
fn a_listing_without_dated_entries_and_a_weekday_in_prose_keep_their_reading() {
    // No entry carries a full date: nothing to follow.
    let results = "The league played a full round.\n\n\
                       Saturday: Rovers 2 Athletic 1\n\n\
                       Sunday: Wanderers 0 United 0\n";
    let values = march_values(results);
    assert_eq!(values[0].1.as_deref(), Some("2024-03-02"));
    assert_eq!(values[1].1.as_deref(), Some("2024-03-03"));
    // A weekday inside an entry's text is no label.
    let prose = "Friday 15 March: the market that was rained off on Saturday returns.\n";
    assert_eq!(
        march_value(prose, "Saturday").as_deref(),
        Some("2024-03-02")
    );
}

#[test]
fn an_ability_in_the_present_sets_its_weekday_ahead() {
    let travel = "Cyclists can ride the new path on Friday.";
    assert_eq!(march_value(travel, "Friday").as_deref(), Some("2024-03-08"));
    let able = "Members are able to vote on Friday, the club said.";
    assert_eq!(march_value(able, "Friday").as_deref(), Some("2024-03-08"));
    let sale = "Seats for the gala go on sale on Friday.";
    assert_eq!(march_value(sale, "Friday").as_deref(), Some("2024-03-08"));
}

#[test]
fn an_ability_to_tell_of_the_past_and_a_past_ability_stay_past() {
    let recall = "Ms Quarrie can't recall what happened on Friday.";
    assert_eq!(march_value(recall, "Friday").as_deref(), Some("2024-03-01"));
    let were_able = "Voters were able to register on Friday.";
    assert_eq!(
        march_value(were_able, "Friday").as_deref(),
        Some("2024-03-01")
    );
    let went = "Seats for the gala went on sale on Friday.";
    assert_eq!(march_value(went, "Friday").as_deref(), Some("2024-03-01"));
}

#[test]
fn a_participle_of_motion_with_a_direction_sets_its_weekday_ahead() {
    let ahead = "Hail sweeping west on Thursday will reach Dunmarrow by dusk.";
    assert_eq!(
        march_value(ahead, "Thursday").as_deref(),
        Some("2024-03-07")
    );
    let past = "Hail sweeping west on Thursday flattened crops near Dunmarrow.";
    assert_eq!(march_value(past, "Thursday").as_deref(), Some("2024-02-29"));
}

#[test]
fn a_movement_after_with_in_a_present_sentence_is_to_come() {
    let ahead = "The mild spell is ending, with sleet pushing inland on Thursday.";
    assert_eq!(
        march_value(ahead, "Thursday").as_deref(),
        Some("2024-03-07")
    );
    // A past main verb, or no place phrase after the participle, keeps the day gone by.
    let hit = "The gale struck Orlow, with sleet pushing inland on Thursday.";
    assert_eq!(march_value(hit, "Thursday").as_deref(), Some("2024-02-29"));
    let search = "Police are appealing for help, with officers searching the lane on Thursday.";
    assert_eq!(
        march_value(search, "Thursday").as_deref(),
        Some("2024-02-29")
    );
}

/// The value of the mention `wanted` in `text`, in an article of Wednesday 13 November 2024.
fn november_value(text: &str, wanted: &str) -> Option<String> {
    texts_values(text, Some(Date::new(2024, 11, 13).unwrap()))
        .into_iter()
        .find(|(t, _)| t == wanted)
        .and_then(|(_, v)| v)
}

#[test]
fn a_month_opening_a_clause_of_the_future_is_the_one_to_come() {
    let ahead = "In March, the valley will choose its mayor.";
    assert_eq!(november_value(ahead, "March").as_deref(), Some("2025-03"));
    let day = "On 3 February, the ferry will stop running.";
    assert_eq!(
        november_value(day, "3 February").as_deref(),
        Some("2025-02-03")
    );
    // A past main clause, or a past verb of saying before the future, keeps the month gone by.
    let past = "In March, the valley chose its mayor.";
    assert_eq!(november_value(past, "March").as_deref(), Some("2024-03"));
    let told = "In March, Ilka Varr said the ferry would stop running.";
    assert_eq!(november_value(told, "March").as_deref(), Some("2024-03"));
}

#[test]
fn a_singular_shuts_or_a_finish_sets_a_timetable_ahead() {
    let shuts = "The entry portal shuts on 9 February.";
    assert_eq!(
        november_value(shuts, "9 February").as_deref(),
        Some("2025-02-09")
    );
    let finish = "Exams at Corbel Academy finish on 18 June.";
    assert_eq!(
        november_value(finish, "18 June").as_deref(),
        Some("2025-06-18")
    );
    let weekday = "The depot shuts on Friday.";
    assert_eq!(
        november_value(weekday, "Friday").as_deref(),
        Some("2024-11-15")
    );
    // The plural "shut" is also the past.
    let plural = "Schools in Larrow shut on Friday.";
    assert_eq!(
        november_value(plural, "Friday").as_deref(),
        Some("2024-11-08")
    );
}

#[test]
fn a_past_participle_right_before_the_date_outweighs_an_earlier_future() {
    let ruled = "The trial will begin on 14 April, a judge ruled on Thursday.";
    assert_eq!(
        november_value(ruled, "Thursday").as_deref(),
        Some("2024-11-07")
    );
    let published = "Pupils will sit papers next year under a timetable published on Monday.";
    assert_eq!(
        november_value(published, "Monday").as_deref(),
        Some("2024-11-11")
    );
    let month = "The code will replace rules introduced in March.";
    assert_eq!(november_value(month, "March").as_deref(), Some("2024-03"));
    // A passive of the future, a participle after "and", or one of a plan stays ahead.
    for ahead in [
        "The final will be finally decided on Thursday.",
        "The tie will be moved and replayed on Thursday.",
        "The club will host the rescheduled game on Thursday.",
        "Members will attend a vote planned on Thursday.",
    ] {
        assert_eq!(
            november_value(ahead, "Thursday").as_deref(),
            Some("2024-11-14"),
            "{ahead}"
        );
    }
}

#[test]
fn a_closing_attribution_leaves_a_present_timetable_ahead() {
    let said = "Sleet is forecast for Thursday, forecasters said.";
    assert_eq!(
        november_value(said, "Thursday").as_deref(),
        Some("2024-11-14")
    );
    let host = "Brennock host Ardley on Saturday, the club said.";
    assert_eq!(
        november_value(host, "Saturday").as_deref(),
        Some("2024-11-16")
    );
    // A timetable told in the past stays in the past.
    let was = "Sleet was forecast for Thursday, forecasters said.";
    assert_eq!(
        november_value(was, "Thursday").as_deref(),
        Some("2024-11-07")
    );
}

#[test]
fn a_wait_until_a_season_under_way_is_for_the_next_one() {
    let ahead = "The council will not put the vote off until the autumn.";
    assert_eq!(november_value(ahead, "autumn").as_deref(), Some("2025-FA"));
    // Told in the past, or at the season's first month, the season is this year's.
    let past = "The vote was put off until the autumn.";
    assert_eq!(november_value(past, "autumn").as_deref(), Some("2024-FA"));
    let early = texts_values(ahead, Some(Date::new(2024, 9, 10).unwrap()));
    assert_eq!(early[0].1.as_deref(), Some("2024-FA"));
}

#[test]
fn a_season_told_from_the_date_before_it() {
    let text = "The quarry at Dunmere shut in 1963. It reopened that autumn, and a new \
                    kiln was lit the following spring.";
    assert_eq!(march_value(text, "that autumn").as_deref(), Some("1963-FA"));
    assert_eq!(
        march_value(text, "the following spring").as_deref(),
        Some("1964-SP")
    );
    // From a month or a season: the first such season after it, or the last before it.
    let month = "The toll road opened in October 1988. The next summer, traffic doubled.";
    assert_eq!(
        march_value(month, "The next summer").as_deref(),
        Some("1989-SU")
    );
    let season = "Pickers arrived in the summer of 2009. The following autumn they left.";
    assert_eq!(
        march_value(season, "The following autumn").as_deref(),
        Some("2009-FA")
    );
    let back = "The lock was rebuilt in June 1931. The previous winter, it had burst.";
    assert_eq!(
        march_value(back, "The previous winter").as_deref(),
        Some("1930-WI")
    );
    // With no date told before it, the season is placed from the article's date.
    assert_eq!(
        march_value("The ferry ran again that summer.", "that summer").as_deref(),
        Some("2024-SU")
    );
    // Too far from the last date told, it has no value.
    let far = "The pier burnt down in 1974. Crowds came. Boats left. Gulls stayed. \
                   Rain fell. That winter, nobody came.";
    let found = texts_values(far, Date::new(2024, 3, 5).ok());
    assert_eq!(
        found.last(),
        Some(&("That winter".to_string(), None::<String>))
    );
}

#[test]
fn a_season_word_after_that_or_next_that_is_no_told_season() {
    let none = |text: &str| {
        let found = run(text, Date::new(2024, 3, 5).ok());
        assert!(found.is_empty(), "{text}: {found:?}");
    };
    // "that" opening a clause of saying, a season word before a noun, a name, and a fall.
    none("Forecasters warned that winter would be long.");
    none("Growers hope that summer is kinder to them.");
    none("The club will sign a striker in the next summer transfer window.");
    none("Athletes trained hard for the following Summer Games.");
    none("Shares never recovered from that fall in value.");
    // "next summer" with no "the" stays with the article's date.
    assert_eq!(
        march_value("The pool reopens next summer.", "next summer").as_deref(),
        Some("2025-SU")
    );
}

#[test]
fn a_month_after_a_year_opening_its_sentence_takes_that_year() {
    let same = "In 1987 the tannery closed, and in May the last hides were sold.";
    assert_eq!(march_value(same, "May").as_deref(), Some("1987-05"));
    let next = "In 1952 the canal froze. In February the barges were cut free.";
    assert_eq!(march_value(next, "February").as_deref(), Some("1952-02"));
    let day = "In 1995 the works flooded. On 3 January the pumps failed.";
    assert_eq!(march_value(day, "3 January").as_deref(), Some("1995-01-03"));
}

#[test]
fn a_month_after_a_year_inside_its_clause_or_from_now_keeps_its_reading() {
    // A year inside a clause is background.
    let inside = "The rule, passed in 2019, was struck down in January.";
    assert_eq!(march_value(inside, "January").as_deref(), Some("2024-01"));
    // A month with a word of its own, or told ahead, keeps its reading.
    let own = "In 1990 the bank failed. Last February the vault was sold.";
    assert_eq!(
        march_value(own, "Last February").as_deref(),
        Some("2024-02")
    );
    let ahead = "In 2011 the mill shut. It will reopen in June.";
    assert_eq!(march_value(ahead, "June").as_deref(), Some("2024-06"));
    // A paragraph further on is another story.
    let apart = "In 1966 the dock closed.\n\nIn January the crane was sold.";
    assert_eq!(march_value(apart, "January").as_deref(), Some("2024-01"));
}

#[test]
fn a_clock_time_takes_the_day_of_the_sentence_before() {
    let after = "A lorry stopped at the depot at 8.15pm on Friday. It drove off at 9.40pm.";
    let found = run(after, Date::new(2024, 3, 5).ok());
    let late = found.iter().find(|d| d.text == "9.40pm").unwrap();
    assert_eq!(late.value.as_deref(), Some("2024-03-01"));
    assert_eq!(late.time.as_deref(), Some("21:40"));
    let that = "The shop reopens on Thursday. At 8am that morning the staff will meet.";
    assert_eq!(march_value(that, "8am").as_deref(), Some("2024-03-07"));
}

#[test]
fn a_clock_time_keeps_no_day_when_the_sentence_before_gives_no_single_one() {
    let none = |text: &str, time: &str| {
        assert_eq!(march_value(text, time), None, "{text}");
    };
    // A routine, a present timetable, and a time earlier in the day than the one before.
    none(
        "The hall reopened on Monday. It was open from 9am every day.",
        "9am",
    );
    none(
        "The museum reopened on Monday. It is open until 5pm.",
        "5pm",
    );
    none(
        "Guards left at 11pm on Friday. The alarm sounded at 8pm.",
        "8pm",
    );
    // Two days before.
    none(
        "Rain fell on Friday and on Sunday. The river rose at 6pm.",
        "6pm",
    );
    // Past its paragraph: a time of a clause of the future, a midnight, a weekly time.
    none(
        "Police were called on Friday.\n\nThe council said the gates will open at 6pm.",
        "6pm",
    );
    none(
        "Police were called on Friday.\n\nThe ban would have started at midnight.",
        "midnight",
    );
    none(
        "The gallery reopened on Friday. It has new rooms. It stays open until 9pm on Sundays.",
        "9pm",
    );
}

#[test]
fn a_clock_time_takes_the_last_day_told_a_few_sentences_back() {
    // Sentences with no date between, and a paragraph break, in a story told in the past.
    let back = "Shortly before 10pm on Friday, the gauge at Pelling Weir passed its mark. Staff \
                were alerted.\n\nNeighbours heard a crack. Some went out with torches.\n\nAt \
                11.20pm the first call was made.";
    assert_eq!(march_value(back, "11.20pm").as_deref(), Some("2024-03-01"));
    let apart = "Police were called on Friday.\n\nThe crowd left at 6pm.";
    assert_eq!(march_value(apart, "6pm").as_deref(), Some("2024-03-01"));
    // "that evening" looks back past sentences with no date.
    let that = "On Thursday the board said the dam would hold. Residents felt reassured. At \
                10pm that evening the water was still low.";
    assert_eq!(march_value(that, "10pm").as_deref(), Some("2024-02-29"));
    // Too far back: five sentences with no date.
    let far = "The bus left on Friday. It was full. It was cold. It was late. It was slow. It \
               stopped at 6pm.";
    assert_eq!(march_value(far, "6pm"), None);
}

#[test]
fn a_time_of_the_small_hours_after_an_evening_is_of_the_next_day() {
    // After an evening time in the sentence before, or a few sentences back.
    let next = "Guards left at 11pm on Friday. The alarm sounded at 2am.";
    assert_eq!(march_value(next, "2am").as_deref(), Some("2024-03-02"));
    let timeline = "Just after 10pm on Friday, the weir overflowed.\n\nDogs \
                    barked in the lane.\n\nAt 1.30am the first call was made. Crews arrived at 1.52am.";
    assert_eq!(
        march_value(timeline, "1.30am").as_deref(),
        Some("2024-03-02")
    );
    assert_eq!(
        march_value(timeline, "1.52am").as_deref(),
        Some("2024-03-02")
    );
    // After an evening time of its own sentence.
    let same = "A warning issued at 7pm on Friday was raised to severe at 12.40am.";
    assert_eq!(march_value(same, "12.40am").as_deref(), Some("2024-03-02"));
    // After a day told as a night.
    let night = "Heavy rain fell overnight on Friday. The river peaked shortly before 6am.";
    assert_eq!(march_value(night, "6am").as_deref(), Some("2024-03-02"));
    let named = "The storm hit on Friday night. At 3am the roof gave way.";
    assert_eq!(march_value(named, "3am").as_deref(), Some("2024-03-02"));
}

#[test]
fn a_morning_time_after_an_evening_time_stays_on_its_day() {
    // Not of the small hours, a day given right after the time, or a day not told as a night.
    let morning = "A warning issued at 7pm on Friday was lifted at 9am.";
    assert_eq!(march_value(morning, "9am").as_deref(), Some("2024-03-01"));
    let own = "A warning issued at 7pm on Friday was raised at 1am on Saturday.";
    assert_eq!(march_value(own, "1am").as_deref(), Some("2024-03-02"));
    let day = "The storm hit on Friday. At 3am the roof gave way.";
    assert_eq!(march_value(day, "3am").as_deref(), Some("2024-03-01"));
    let evening = "Crews were called on Friday evening. The leak was found at 7.40pm.";
    assert_eq!(
        march_value(evening, "7.40pm").as_deref(),
        Some("2024-03-01")
    );
}

#[test]
fn a_part_of_a_season_is_that_season_with_its_modifier() {
    let read = |text: &str| {
        let found = run(text, Date::new(2024, 3, 5).ok());
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let d = &found[0];
        (d.text.clone(), d.value.clone(), d.modifier.clone())
    };
    assert_eq!(
        read("The roof will be finished by the end of the summer."),
        (
            "the end of the summer".into(),
            Some("2024-SU".into()),
            Some("END".into())
        )
    );
    // Told in the past, the last such season; a word of its own places it from now.
    assert_eq!(
        read("The ferry stopped at the start of the winter.").1,
        Some("2023-WI".into())
    );
    assert_eq!(
        read("Fares rose until the end of last summer.").1,
        Some("2023-SU".into())
    );
    assert_eq!(
        read("The quay reopened towards the middle of the autumn of 2016."),
        (
            "the middle of the autumn of 2016".into(),
            Some("2016-FA".into()),
            Some("MID".into())
        )
    );
}

#[test]
fn a_part_of_a_season_in_a_habit_a_fall_of_prices_or_a_past_plan() {
    let none = |text: &str| {
        let found = run(text, Date::new(2024, 3, 5).ok());
        assert!(found.is_empty(), "{text}: {found:?}");
    };
    none("Swallows leave at the end of the summer.");
    // A plan told in the past is of the season gone by.
    let autumn = Date::new(2024, 10, 9).ok();
    let planned = "Towns were to get their targets by the end of the summer.";
    assert_eq!(run(planned, autumn)[0].value.as_deref(), Some("2024-SU"));
    none("Shares slid at the end of the fall in prices.");
    none("The cheese sold well at the summer fair.");
}

#[test]
fn a_month_joined_to_a_month_of_a_written_year_takes_that_year() {
    let joined = "Auditors raised concerns in May 2019 and the clerk was suspended in July.";
    assert_eq!(march_value(joined, "July").as_deref(), Some("2019-07"));
    let charged = "She was detained in January 2021 and tried in August.";
    assert_eq!(march_value(charged, "August").as_deref(), Some("2021-08"));
}

#[test]
fn a_month_of_another_frame_keeps_its_own_year() {
    // No clause link between, the sentence after, a comparison, or a month ahead.
    let frame = "About 300 were turned away in May 2021, according to a report published in \
                 January.";
    assert_eq!(march_value(frame, "January").as_deref(), Some("2024-01"));
    let next = "Prices peaked in May 2019. In July they fell.";
    assert_eq!(march_value(next, "July").as_deref(), Some("2023-07"));
    let since = "Sales are at their lowest since May 2019 and fell again in February.";
    assert_eq!(march_value(since, "February").as_deref(), Some("2024-02"));
    let ahead = "Output peaked in May 2019 and the plant will close in July.";
    assert_eq!(march_value(ahead, "July").as_deref(), Some("2024-07"));
}

#[test]
fn a_weekday_counted_in_a_month_is_that_day() {
    let cases = [
        (
            "Polls close on the first Wednesday in June.",
            "the first Wednesday in June",
            "2024-06-05",
        ),
        (
            "The choir will sing on the last Thursday of the month.",
            "the last Thursday of the month",
            "2024-03-28",
        ),
        (
            "A forum meets on the second Thursday of next month.",
            "the second Thursday of next month",
            "2024-04-11",
        ),
        (
            "The term starts on the third Thursday in October 2025.",
            "the third Thursday in October 2025",
            "2025-10-16",
        ),
        (
            "The fete was on the last Saturday of last month.",
            "the last Saturday of last month",
            "2024-02-24",
        ),
    ];
    for (text, wanted, day) in cases {
        assert_eq!(march_value(text, wanted).as_deref(), Some(day), "{text}");
    }
}

#[test]
fn the_month_of_a_counted_weekday_is_one_told_before_in_its_sentence() {
    let told = "Rehearsals start in May and the band plays on the last Saturday of the month.";
    assert_eq!(
        march_value(told, "the last Saturday of the month").as_deref(),
        Some("2024-05-25")
    );
    // A weekday not counted in a month keeps its own reading.
    let plain = "Rehearsals started in May and the band played last Saturday.";
    assert_eq!(
        march_value(plain, "last Saturday").as_deref(),
        Some("2024-03-02")
    );
}

#[test]
fn a_day_of_next_month_is_that_day() {
    let next = "The report will be published on the 17th of next month.";
    assert_eq!(
        march_value(next, "the 17th of next month").as_deref(),
        Some("2024-04-17")
    );
    let last = "The fee was paid on the 3rd of last month.";
    assert_eq!(
        march_value(last, "the 3rd of last month").as_deref(),
        Some("2024-02-03")
    );
    // A day the month does not have is no day.
    let none = "Bids close on the 31st of next month.";
    assert_eq!(march_value(none, "the 31st of next month"), None);
    // "the 14th" alone keeps its reading.
    assert_eq!(
        march_value("Bids close on the 14th.", "the 14th").as_deref(),
        Some("2024-03-14")
    );
}

#[test]
fn until_a_weekday_after_remained_is_the_one_gone_by() {
    let past = "The depot remained closed to visitors until Thursday.";
    assert_eq!(march_value(past, "Thursday").as_deref(), Some("2024-02-29"));
    // Told as ahead, the coming one.
    for text in [
        "The lane will remain closed until Saturday.",
        "The lane remains closed until Saturday.",
        "The lane is closed until Saturday.",
        "Classes were cancelled until Saturday.",
    ] {
        assert_eq!(
            march_value(text, "Saturday").as_deref(),
            Some("2024-03-09"),
            "{text}"
        );
    }
}

#[test]
fn a_holiday_after_an_opening_season_of_a_year_takes_that_year() {
    let winter = "In the winter of 2001, the barn burned down at 2am on Christmas Eve.";
    assert_eq!(
        march_value(winter, "Christmas Eve").as_deref(),
        Some("2001-12-24")
    );
    assert_eq!(march_value(winter, "2am").as_deref(), Some("2001-12-24"));
    let year = "In 2005 the inn opened on New Year's Day.";
    assert_eq!(
        march_value(year, "New Year's Day").as_deref(),
        Some("2005-01-01")
    );
}

#[test]
fn a_holiday_after_a_season_of_a_year_not_opening_or_told_ahead_keeps_its_reading() {
    let inside = "The barn, built in the winter of 2001, will shut on Christmas Eve.";
    assert_eq!(
        march_value(inside, "Christmas Eve").as_deref(),
        Some("2024-12-24")
    );
    let habit = "In the winter of 2001, the barn opens on Christmas Eve every year.";
    assert_eq!(
        march_value(habit, "Christmas Eve").as_deref(),
        Some("2024-12-24")
    );
    let worded = "In the summer of 2012, the fair was held, and last Christmas it was cancelled.";
    assert_eq!(
        march_value(worded, "last Christmas").as_deref(),
        Some("2023-12-25")
    );
}

#[test]
fn a_capitalised_season_before_a_name_is_no_season() {
    let march = Some(Date::new(2024, 3, 5).unwrap());
    assert!(run(
        "The club hopes to send a rower to the next Winter Games.",
        march
    )
    .is_empty());
    assert!(run("She rowed at the last Summer Olympics.", march).is_empty());
    // A season before a lower-case word or a year stays a season.
    assert!(march_value("The pier reopens next summer.", "next summer").is_some());
    assert_eq!(
        march_value("The pier closed in Summer 2019.", "Summer 2019").as_deref(),
        Some("2019-SU")
    );
}

#[test]
fn a_measure_until_a_day_told_as_over_is_the_one_gone_by() {
    for (text, wanted, expected) in [
        (
            "The lane was closed until Saturday while the bridge was repainted.",
            "Saturday",
            "2024-03-02",
        ),
        (
            "Ferries were suspended until Sunday because the pier had been damaged.",
            "Sunday",
            "2024-03-03",
        ),
    ] {
        assert_eq!(
            march_value(text, wanted).as_deref(),
            Some(expected),
            "{text}"
        );
    }
    // A cause in the simple past, a "while" clause in the present or a closing attribution
    // leaves the measure running ahead.
    for (text, wanted, expected) in [
        (
            "Classes were cancelled until Saturday because the boiler failed.",
            "Saturday",
            "2024-03-09",
        ),
        (
            "The lane was closed until Saturday while crews repaint the bridge.",
            "Saturday",
            "2024-03-09",
        ),
        (
            "The ferry was suspended until Sunday, the operator said.",
            "Sunday",
            "2024-03-10",
        ),
    ] {
        assert_eq!(
            march_value(text, wanted).as_deref(),
            Some(expected),
            "{text}"
        );
    }
}

#[test]
fn a_later_yearless_day_keeps_an_opening_year_carried_to_the_next_sentence() {
    let text = "In the spring of 1962, the mill shut. On 14 May, its looms were sold at \
                auction, and by Christmas Day the roof had gone.";
    assert_eq!(march_value(text, "14 May").as_deref(), Some("1962-05-14"));
    // A year inside a clause is no frame: a yearless month of the anchor's year later in the
    // sentence still ties it to the present.
    let november = Date::new(2024, 11, 14).ok();
    let text = "The fraud ran between May 2016 and August 2019. The trial opened on 12 August \
                and was halted in October.";
    let values = texts_values(text, november);
    let day = values.iter().find(|(t, _)| t == "12 August");
    assert_eq!(day.and_then(|(_, v)| v.as_deref()), Some("2024-08-12"));
}

#[test]
fn a_weekday_with_a_part_of_the_day_in_the_plural_comes_back_each_week() {
    for text in [
        "The Tollbury allotment opens on Thursday afternoons for new members.",
        "The quiz team plays on Sunday evenings at the Ferret and Drum.",
        "Oakhurst's bike workshop runs on the first Saturday of each month.",
        "The stamp fair returns on the second Tuesday of every month.",
    ] {
        assert!(march_values(text).is_empty(), "{text}");
    }
}

#[test]
fn a_weekday_with_a_part_of_the_day_in_the_singular_is_still_one_day() {
    assert_eq!(
        march_value(
            "The Tollbury allotment opens on Thursday afternoon.",
            "Thursday afternoon"
        )
        .as_deref(),
        Some("2024-03-07")
    );
    // Two nights named together may be those of one weekend.
    let text = "The headliners play on Friday and Saturday nights at the Wendmoor festival.";
    assert_eq!(march_value(text, "Friday").as_deref(), Some("2024-03-08"));
    assert!(march_value(text, "Saturday").is_some(), "{text}");
}

#[test]
fn a_weekday_counted_in_the_month_in_a_habitual_present_comes_back_each_month() {
    for text in [
        "The Marlow Creek rambling group walks on the last Friday of the month.",
        "The swap shop is held on the first Sunday of the month.",
    ] {
        assert!(march_values(text).is_empty(), "{text}");
    }
}

#[test]
fn a_weekday_counted_in_the_month_with_a_future_or_a_copula_is_one_day() {
    for (text, wanted) in [
        (
            "The ward vote will be held on the last Friday of the month.",
            "the last Friday of the month",
        ),
        (
            "The deadline for entries is the last Friday of the month.",
            "the last Friday of the month",
        ),
        (
            "The Marlow Creek circle met on the last Friday of next month.",
            "the last Friday of next month",
        ),
    ] {
        assert!(march_value(text, wanted).is_some(), "{text}");
    }
}

#[test]
fn a_festive_event_on_a_weekday_told_with_a_future_is_the_coming_one() {
    for text in [
        "The jubilee party on Saturday will include a ceilidh and a raffle.",
        "The harvest festival on Sunday will raise money for the Brackwater lifeboat.",
        "The Elmsbury concert on Saturday will feature a youth orchestra.",
    ] {
        let values = march_values(text);
        let day = values.first().and_then(|(_, v)| v.as_deref());
        assert!(
            matches!(day, Some("2024-03-09" | "2024-03-10")),
            "{text}: {values:?}"
        );
    }
    // Looking back on it stays in the past.
    let text = "The jubilee party on Saturday will be remembered for the rain.";
    assert_eq!(march_value(text, "Saturday").as_deref(), Some("2024-03-02"));
}

#[test]
fn a_history_opened_in_one_past_year_carries_it_to_later_paragraphs() {
    let story = "In the wet autumn of 1953, the Varrow burst its banks above Quenby.\n\n\
                 The council met in November and voted to buy sandbags.\n\n\
                 On 14 December, the first families went home, and by New Year's Day the \
                 streets were dry. Tents stood on the green until the winter.\n\n\
                 The following summer, a new wall was built.\n\n\
                 Work on a second wall began in May.";
    // Without a headline naming the year, the story may have moved on to the present.
    assert_eq!(
        march_values(story)
            .into_iter()
            .find(|(t, _)| t == "November")
            .and_then(|(_, v)| v)
            .as_deref(),
        Some("2023-11")
    );
    let text = format!("When Quenby flooded in 1953\n\n{story}");
    let values = march_values(&text);
    let of = |wanted: &str| {
        values
            .iter()
            .find(|(t, _)| t == wanted)
            .and_then(|(_, v)| v.clone())
    };
    assert_eq!(of("November").as_deref(), Some("1953-11"));
    assert_eq!(of("14 December").as_deref(), Some("1953-12-14"));
    // A day earlier in the year than the one before it in its sentence is of the next year,
    // and ends the run.
    assert_eq!(of("New Year's Day").as_deref(), Some("1954-01-01"));
    assert_ne!(of("winter").as_deref(), Some("1953-WI"));
    // A mention that moves the story on a year ends the run.
    assert_eq!(of("May").as_deref(), Some("2023-05"));
}

#[test]
fn a_past_year_in_a_clause_of_a_news_lede_is_no_story_year() {
    // The year is background inside a clause, not the time the lede opens in.
    let text = "A builder who was fined in 2015 for dumping rubble has been charged again.\n\n\
                Officers found the waste on 14 December, the court heard.";
    assert_eq!(
        march_value(text, "14 December").as_deref(),
        Some("2023-12-14")
    );
    // A weekday tied to the time of writing ends the run of the year opening the lede.
    let text = "In 2015, Orla Fenwick opened a bakery in Dunmere.\n\n\
                On Tuesday, she was given an award.\n\n\
                Her shop was inspected on 14 December.";
    assert_eq!(
        march_value(text, "14 December").as_deref(),
        Some("2023-12-14")
    );
    // A day told in the future is of the time of writing.
    let text = "In 1962, the Dunmere pier was built.\n\n\
                A party will be held on 14 December.";
    assert_eq!(
        march_value(text, "14 December").as_deref(),
        Some("2024-12-14")
    );
}

#[test]
fn a_rule_in_force_from_a_day_told_in_the_present_starts_ahead() {
    let levy = "From 1 August, each pound raised by the levy goes into a fund for cycle lanes.";
    assert_eq!(march_value(levy, "1 August").as_deref(), Some("2024-08-01"));
    let quoted = "\"The money stays in Dunmere,\" said Orla Fenwick. \"From 1 September, \
                  every penny paid in by drivers goes into the roads budget.\"";
    assert_eq!(
        march_value(quoted, "1 September").as_deref(),
        Some("2024-09-01")
    );
    let said = "From 1 October, the fare rises to £3, the council said.";
    assert_eq!(
        march_value(said, "1 October").as_deref(),
        Some("2024-10-01")
    );
}

#[test]
fn a_day_opening_a_clause_in_the_past_keeps_its_reading() {
    // A past verb in the clause after "From <date>," tells of a day gone by.
    let past = "From 1 August, the ferry sailed twice a day to Quenby.";
    assert_eq!(march_value(past, "1 August").as_deref(), Some("2023-08-01"));
    let perfect = "From 1 August, prices rose by a third in Dunmere.";
    assert_eq!(
        march_value(perfect, "1 August").as_deref(),
        Some("2023-08-01")
    );
}

#[test]
fn a_season_opening_a_clause_with_a_future_auxiliary_is_to_come() {
    let quoted = "\"By the summer we shall have the new lanes painted,\" said Orla Fenwick.";
    assert_eq!(march_value(quoted, "summer").as_deref(), Some("2024-SU"));
    let plain = "By the autumn, the council will have finished the bridge.";
    assert_eq!(march_value(plain, "autumn").as_deref(), Some("2024-FA"));
}

#[test]
fn a_season_opening_a_clause_without_a_future_auxiliary_keeps_its_reading() {
    // A habit in the present, a verb of a timetable in a later clause: no one summer.
    let habit = "Over the summer, the village grows by a third, as walkers arrive for the path.";
    assert_eq!(march_value(habit, "summer"), None);
    let habit = "In the summer, the village fills up as walkers arrive.";
    assert_eq!(march_value(habit, "summer"), None);
    // The past stays last summer.
    let past = "By the summer, nearly all the boats had come back to Quenby.";
    assert_eq!(march_value(past, "summer").as_deref(), Some("2023-SU"));
}

#[test]
fn a_weekday_of_opening_hours_is_no_one_day() {
    let texts = |text: &str| -> Vec<(String, Option<String>)> {
        texts_values(text, Some(Date::new(2024, 3, 5).unwrap()))
    };
    let range = "The Dunmere library is open from Tuesday to Sunday, 10am to 5pm.";
    assert_eq!(
        texts(range),
        [("10am".to_string(), None), ("5pm".to_string(), None)]
    );
    let opens = "The pool opens Monday-Saturday at 7am.";
    assert_eq!(texts(opens), [("7am".to_string(), None)]);
    let except = "The cafe is open every day except Monday.";
    assert!(texts(except).is_empty());
}

#[test]
fn a_weekday_range_of_one_week_keeps_its_days() {
    // A week named, a future or a past: one week, not a timetable.
    let week = "The Quenby gallery is open from Monday to Friday next week only.";
    assert_eq!(march_value(week, "Monday").as_deref(), Some("2024-03-11"));
    let closed = "The hall will be closed from Monday to Friday while the floor is laid.";
    assert!(march_value(closed, "Monday").is_some());
    let future = "The hall will open from Monday to Friday for the festival.";
    assert!(march_value(future, "Friday").is_some());
    let past = "The hall was open from Monday to Friday during the festival.";
    assert!(march_value(past, "Friday").is_some());
}

#[test]
fn a_history_moved_on_a_year_by_a_told_season_carries_the_new_year() {
    let text = "When the Varrow froze in 1951\n\n\
                In the hard winter of 1951, the Varrow froze at Quenby.\n\n\
                On 14 November the council chose a design.\n\n\
                The following spring, a builder was hired.\n\n\
                Work started in April.";
    assert_eq!(march_value(text, "April").as_deref(), Some("1952-04"));
    // A season told within the same year ends the run, as before.
    let text = "When the Varrow froze in 1951\n\n\
                In the hard winter of 1951, the Varrow froze at Quenby.\n\n\
                In March the council chose a design.\n\n\
                The following summer, a builder was hired.\n\n\
                Work started in August.";
    assert_eq!(march_value(text, "August").as_deref(), Some("2023-08"));
}

#[test]
fn a_weekday_after_a_describing_word_and_an_article_is_no_one_day() {
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(none("The walkout began on a cold Monday morning.").is_empty());
    assert!(none("They landed on a grey Friday.").is_empty());
    // Not over-reaching: a named day, a day with its own word, or one event.
    assert_eq!(
        march_value("The walkout began on Monday morning.", "Monday morning").as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(
        march_value("The board faces a tight Friday deadline.", "Friday").as_deref(),
        Some("2024-03-08")
    );
    assert_eq!(none("Stocks fell on Black Friday.").len(), 0);
}

#[test]
fn the_last_weekday_of_each_month_comes_back() {
    let none = |text: &str| run(text, Date::new(2024, 3, 5).ok());
    assert!(none("The band will play on the last Sunday of each month.").is_empty());
    assert!(none("Bins go out on the last Tuesday of every month.").is_empty());
    // Not over-reaching: the last Sunday before the article, and one month's last Friday.
    assert_eq!(
        march_value("The band played last Sunday.", "last Sunday").as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(
        march_value(
            "A vigil will be held on the last Friday of the month.",
            "the last Friday of the month"
        )
        .as_deref(),
        Some("2024-03-29")
    );
}

#[test]
fn a_season_opening_a_clause_with_a_modal_of_what_is_due_is_to_come() {
    let should = "By the summer, tenants should know which flats are to be rebuilt.";
    assert_eq!(march_value(should, "summer").as_deref(), Some("2024-SU"));
    let must = "By the autumn, the trust must publish its accounts.";
    assert_eq!(march_value(must, "autumn").as_deref(), Some("2024-FA"));
    // Not over-reaching: a past told with the modal and "have", and a plain past.
    let looked_back = "By the summer, the crew should have been paid, but was not.";
    assert_eq!(
        march_value(looked_back, "summer").as_deref(),
        Some("2023-SU")
    );
    let past = "By the summer, the fund was empty.";
    assert_eq!(march_value(past, "summer").as_deref(), Some("2023-SU"));
}

#[test]
fn a_time_keeps_off_the_day_of_a_later_verb_joined_by_and() {
    let found = march_values("Trials begin at 8am and finish on Thursday.");
    let time = found.iter().find(|(t, _)| t == "8am");
    assert_eq!(time.map(|(_, v)| v.clone()), Some(None));
    // Not over-reaching: a time with its day after it, or after another time of that day.
    let closes = march_values("The poll closes at noon on Thursday.");
    let noon = closes.iter().find(|(t, _)| t == "noon");
    assert_eq!(noon.and_then(|(_, v)| v.as_deref()), Some("2024-03-07"));
    let hours = march_values("The stall opens at 10am and closes at 4pm on Saturday.");
    let ten = hours.iter().find(|(t, _)| t == "10am");
    assert_eq!(ten.and_then(|(_, v)| v.as_deref()), Some("2024-03-09"));
    let two = march_values("Talks will run at 9am and noon on Saturday.");
    let nine = two.iter().find(|(t, _)| t == "9am");
    assert_eq!(nine.and_then(|(_, v)| v.as_deref()), Some("2024-03-09"));
}

#[test]
fn a_history_opening_a_sentence_on_an_earlier_month_steps_into_the_next_year() {
    let story = |later: &str| {
        format!(
            "When the Varrow mill stopped in 1908\n\n\
             In the spring of 1908, the weavers of Quenby walked out.\n\n\
             The owners gave way on 3 November.\n\n\
             {later}"
        )
    };
    let stepped = story("In February the looms ran again.");
    assert_eq!(
        march_value(&stepped, "February").as_deref(),
        Some("1909-02")
    );
    // Not over-reaching: a month inside a clause, or one told in the past perfect, looks back.
    let clause = story("The flood, when it came in February, ruined the yard.");
    assert_eq!(march_value(&clause, "February").as_deref(), Some("1908-02"));
    let perfect = story("In February, the owners had warned of cuts.");
    assert_eq!(
        march_value(&perfect, "February").as_deref(),
        Some("1908-02")
    );
}

#[test]
fn a_weekday_of_the_month_gone_by_in_a_future_clause_is_next_months() {
    let march_20 = Some(Date::new(2024, 3, 20).unwrap());
    assert_eq!(
        texts_values(
            "The Wendby fete will be back on the first Saturday of the month.",
            march_20
        ),
        vec![(
            "the first Saturday of the month".into(),
            Some("2024-04-06".into())
        )]
    );
    // A named month is never moved on a month, whatever its year.
    let named = texts_values(
        "The Wendby fete will be back on the first Saturday of March.",
        march_20,
    );
    assert_ne!(named[0].1.as_deref(), Some("2024-04-06"));
    // Still to come this month, or told in the past: the anchor's month.
    assert_eq!(
        texts_values(
            "The Wendby fete will be back on the last Friday of the month.",
            march_20
        ),
        vec![(
            "the last Friday of the month".into(),
            Some("2024-03-29".into())
        )]
    );
    assert_eq!(
        texts_values(
            "The Wendby fair returned on the first Saturday of the month.",
            march_20
        ),
        vec![(
            "the first Saturday of the month".into(),
            Some("2024-03-02".into())
        )]
    );
}

#[test]
fn the_following_week_or_month_moves_from_the_day_or_month_told_before() {
    let june = Some(Date::new(2024, 6, 12).unwrap());
    assert_eq!(
        texts_values(
            "The ferry strike began on 4 March. The following week, pilots joined it.",
            june
        ),
        vec![
            ("4 March".into(), Some("2024-03-04".into())),
            ("The following week".into(), Some("2024-W11".into()))
        ]
    );
    assert_eq!(
        texts_values(
            "Growers were warned in February. The month after, prices doubled.",
            june
        ),
        vec![
            ("February".into(), Some("2024-02".into())),
            ("The month after".into(), Some("2024-03".into()))
        ]
    );
    assert_eq!(
        texts_values(
            "The dam cracked in April. A month later, it gave way.",
            june
        ),
        vec![
            ("April".into(), Some("2024-04".into())),
            ("A month later".into(), Some("2024-05".into()))
        ]
    );
    // A stretch, or with nothing told before it: no week.
    assert!(texts_values("Talks went on over the following week.", june).is_empty());
    assert_eq!(
        texts_values("The following week, pilots joined it.", june),
        vec![("The following week".into(), None)]
    );
}

#[test]
fn the_following_year_reaches_back_a_few_sentences_in_its_paragraph() {
    let june = Some(Date::new(2024, 6, 12).unwrap());
    assert_eq!(
        texts_values(
            "In 2011 the ferry sank. Divers found the wreck. The owners sued. The following year, a new boat sailed.",
            june
        ),
        vec![
            ("2011".into(), Some("2011".into())),
            ("The following year".into(), Some("2012".into()))
        ]
    );
    // A look back still counts only from the sentence before.
    assert_eq!(
        texts_values(
            "In 2011 the ferry sank. Divers found the wreck. The owners sued. Sales fell from the year before.",
            june
        ),
        vec![
            ("2011".into(), Some("2011".into())),
            ("the year before".into(), None)
        ]
    );
}

#[test]
fn a_plan_told_in_the_past_is_read_either_side_of_the_anchor() {
    let may = Some(Date::new(2024, 5, 20).unwrap());
    assert_eq!(
        texts_values("The new pier was due to open in March.", may),
        vec![("March".into(), Some("2024-03".into()))]
    );
    assert_eq!(
        texts_values("The orchard sale was expected to close in December.", may),
        vec![("December".into(), Some("2023-12".into()))]
    );
    // A plan that is still ahead keeps its reading.
    assert_eq!(
        texts_values("The new pier is due to open in March.", may),
        vec![("March".into(), Some("2025-03".into()))]
    );
}

#[test]
fn a_day_an_event_was_put_off_to_is_to_come() {
    // Monday 20 May 2024.
    let may = Some(Date::new(2024, 5, 20).unwrap());
    assert_eq!(
        texts_values("The planning vote was deferred until Thursday.", may),
        vec![("Thursday".into(), Some("2024-05-23".into()))]
    );
    assert_eq!(
        texts_values("The trial was adjourned to Friday.", may),
        vec![("Friday".into(), Some("2024-05-24".into()))]
    );
    // Told as over after it, the day is gone by.
    assert_eq!(
        texts_values(
            "The planning vote was deferred until Thursday, when it passed easily.",
            may
        ),
        vec![("Thursday".into(), Some("2024-05-16".into()))]
    );
}

#[test]
fn a_weekday_in_a_verbless_phrase_after_a_day_to_come_falls_after_it() {
    // Monday 20 May 2024.
    let may = Some(Date::new(2024, 5, 20).unwrap());
    let found = texts_values(
        "The roadshow stops in Hull on Friday next week, and in Whitby on Tuesday morning.",
        may,
    );
    assert_eq!(
        found.last(),
        Some(&("Tuesday morning".into(), Some("2024-06-04".into())))
    );
    let found = texts_values(
        "The roadshow stops in Hull on Thursday 23 May, then at the Minster on Saturday.",
        may,
    );
    assert_eq!(
        found.last(),
        Some(&("Saturday".into(), Some("2024-05-25".into())))
    );
    // A clause of its own after the day keeps its weekday's reading.
    let found = texts_values(
        "The roadshow stops in Hull on Friday next week, and organisers met on Tuesday.",
        may,
    );
    assert_eq!(
        found.last(),
        Some(&("Tuesday".into(), Some("2024-05-14".into())))
    );
}

#[test]
fn the_last_weekend_of_a_month_is_one_weekend() {
    let may = Some(Date::new(2024, 5, 20).unwrap());
    // Saturday 29 June 2024 and Saturday 6 July 2024.
    assert_eq!(
        texts_values("The lido reopens on the last weekend of June.", may),
        vec![(
            "the last weekend of June".into(),
            Some("2024-W26-WE".into())
        )]
    );
    assert_eq!(
        texts_values("Stalls return on the first weekend of July.", may),
        vec![(
            "the first weekend of July".into(),
            Some("2024-W27-WE".into())
        )]
    );
    // "the last week of June" is still the week.
    assert_eq!(
        texts_values("The lido reopens in the last week of June.", may),
        vec![("the last week of June".into(), Some("2024-W26".into()))]
    );
}
