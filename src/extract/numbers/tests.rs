//! Tests of the rules of the parent module, one behaviour each.

use super::*;

fn run(text: &str) -> Vec<Number> {
    let layout = crate::segment::segment(text);
    let dates = crate::extract::dates::extract(text, &layout, None);
    extract(text, &layout, &dates)
}

fn units(text: &str) -> Vec<Option<String>> {
    run(text).into_iter().map(|n| n.unit).collect()
}

/// Whether each figure found in `text` is flagged an age.
fn age_flags(text: &str) -> Vec<bool> {
    run(text)
        .iter()
        .map(|n| n.flags.iter().any(|flag| flag == "age"))
        .collect()
}

/// Whether the one figure in `text` is flagged an age.
fn aged(text: &str) -> bool {
    one(text).flags.iter().any(|flag| flag == "age")
}

fn one(text: &str) -> Number {
    let found = run(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

fn check(text: &str, surface: &str, value: Option<f64>, unit: Option<&str>) {
    let n = one(text);
    assert_eq!(n.text, surface, "{text}");
    assert_eq!(n.value, value, "{text}");
    assert_eq!(n.unit.as_deref(), unit, "{text}");
}

#[test]
fn a_plural_demonstrative_or_possessive_after_of_is_a_determiner() {
    check(
        "About 700 of those permits lapsed.",
        "700",
        Some(700.0),
        Some("permits"),
    );
    check(
        "Nearly 12 of these kiosks shut.",
        "12",
        Some(12.0),
        Some("kiosks"),
    );
    check(
        "Two of their ferries sank.",
        "Two",
        Some(2.0),
        Some("ferries"),
    );
    // Not changed: a demonstrative standing alone counts nothing after it.
    assert_eq!(units("Officials said 14 of those were late."), [None]);
}

#[test]
fn a_whole_in_one_hyphened_is_a_compound_modifier_not_a_count() {
    assert!(run("Shops stock a seven-in-one cleaner.").is_empty());
    assert!(run("Vendra sells a 4-in-1 charger.").is_empty());
    // Not changed: a share hyphened or spaced stays a share.
    check(
        "It is a one-in-six chance.",
        "one-in-six",
        Some(1.0 / 6.0),
        None,
    );
    let share = one("One in nine cyclists rode.");
    assert_eq!(share.flags, ["share"]);
}

#[test]
fn bare_rupees_take_the_currency_of_the_country_named_most() {
    let text = "Lawmakers in Kathmandu set aside Rs3 billion for roads. Nepal's \
                    treasury added 400 rupees a head and a 50-rupee levy, though \
                    India lent 20 Indian rupees and \u{20b9}5, Nepali officials said.";
    assert_eq!(
        units(text),
        [
            Some("NPR".into()),
            Some("NPR".into()),
            Some("NPR".into()),
            Some("INR".into()),
            Some("INR".into())
        ]
    );
    // India named as often as the other country: India's rupee, the default.
    let even = "Officials in Colombo and India agreed. It cost Rs. 900.";
    assert_eq!(units(even), [Some("INR".into())]);
    // "the Indian Ocean" names no India.
    let island = "Port Louis, an Indian Ocean port, spent Rs 12 million.";
    assert_eq!(units(island), [Some("MUR".into())]);
}

#[test]
fn short_scale_suffixes_mil_and_bil_scale_money() {
    check(
        "Turnover at the mill reached RM4.7bil.",
        "RM4.7bil",
        Some(4.7e9),
        Some("MYR"),
    );
    check(
        "The clinic was sold for S$3.6mil.",
        "S$3.6mil",
        Some(3.6e6),
        Some("SGD"),
    );
    check(
        "Its debt stood at RM2.3 bil.",
        "RM2.3 bil",
        Some(2.3e9),
        Some("MYR"),
    );
}

#[test]
fn hundredths_of_a_currency_spelled_out_are_money() {
    check(
        "Shares of the brewer slipped 4.5 sen.",
        "4.5",
        Some(0.045),
        Some("MYR"),
    );
    check(
        "The board declared a 15-sen payout.",
        "15-sen",
        Some(0.15),
        Some("MYR"),
    );
    check("Diesel went up by 75 paise.", "75", Some(0.75), Some("INR"));
}

#[test]
fn a_score_made_in_a_count_of_overs_is_no_share() {
    let found = run("Chasing, the Otters reached 212 for seven in 40 overs.");
    let seen: Vec<(&str, Option<f64>, Option<&str>, bool)> = found
        .iter()
        .map(|n| {
            (
                n.text.as_str(),
                n.value,
                n.unit.as_deref(),
                n.flags.is_empty(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            ("212", Some(212.0), None, true),
            ("seven", Some(7.0), None, true),
            ("40", Some(40.0), Some("overs"), true),
        ]
    );
    check(
        "One in four riders wore a helmet.",
        "One in four",
        Some(0.25),
        Some("riders"),
    );
}

#[test]
fn a_short_prefix_after_priced_from_is_money() {
    assert_eq!(
        units("Passes are priced from Dh120 to Dh480."),
        vec![Some("AED".to_string()), Some("AED".to_string())]
    );
    check(
        "Lessons are priced from R240.",
        "R240",
        Some(240.0),
        Some("ZAR"),
    );
}

#[test]
fn a_rate_per_person_time_keeps_its_divisor_noun() {
    check(
        "Falls occurred at 8.7 per 1,000 patient-years among the residents.",
        "8.7 per 1,000 patient-years",
        Some(8.7),
        Some("per 1,000 patient-years"),
    );
    check(
        "Cases rose to 61 per 100,000 population.",
        "61 per 100,000",
        Some(61.0),
        Some("per 100,000"),
    );
}

#[test]
fn a_clock_style_time_taken_is_seconds() {
    check(
        "Mwangi crossed the line in 2:11:07 on the coast road.",
        "2:11:07",
        Some(7867.0),
        Some("seconds"),
    );
    check(
        "Her heat took 4:02.5 in the wind.",
        "4:02.5",
        Some(242.5),
        Some("seconds"),
    );
}

#[test]
fn a_time_of_day_with_seconds_is_no_time_taken() {
    for text in [
        "The vote closed at 7:45:10 that night.",
        "The alarm rang 14:02:10 GMT on the pier.",
        "The alarm rang 06:12:44 near the pier.",
        "The alarm rang 6:12:44 local time.",
        "Read chapter 3:16 aloud.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_magnitude_in_words_and_half_a_cent_take_their_units() {
    check(
        "A magnitude-six tremor shook the valley.",
        "six",
        Some(6.0),
        Some("magnitude"),
    );
    check(
        "The loonie slid half a US cent.",
        "half",
        Some(0.005),
        Some("USD"),
    );
}

#[test]
fn a_scaled_sum_of_pounds_of_a_finance_noun_is_sterling() {
    check(
        "The plan leaves 4.2 billion pounds of headroom.",
        "4.2 billion",
        Some(4.2e9),
        Some("GBP"),
    );
    check(
        "Officials wasted 3 million pounds of taxpayers' money.",
        "3 million",
        Some(3e6),
        Some("GBP"),
    );
    // A weight of goods stays a weight.
    check(
        "Growers shipped 3 million pounds of plums.",
        "3 million",
        Some(3e6),
        Some("pounds"),
    );
}

#[test]
fn a_local_phone_number_or_a_street_block_is_no_figure() {
    assert!(run("Ring 555-0187 for tickets.").is_empty());
    assert!(run("Readers may call us on 555-7731 today.").is_empty());
    assert!(run("The hotline, 555-2290, opens daily.").is_empty());
    assert!(run("Firefighters went to the 2300 block of Orrin Lane.").is_empty());
    // A dashed pair with no word of calling is still a range.
    assert_eq!(
        units("It drew 300-1200 visitors."),
        vec![Some("visitors".to_string()), Some("visitors".to_string())]
    );
    assert_eq!(
        units("Crews cleared 300 blocks."),
        vec![Some("blocks".to_string())]
    );
}

#[test]
fn a_possessive_after_of_is_no_counted_noun() {
    assert_eq!(
        units("Mira started four of Vale Town's 30 cup ties."),
        vec![Some("ties".to_string()), Some("ties".to_string())]
    );
    assert_eq!(
        units("They took millions of the farmers' grain."),
        vec![None]
    );
    assert_eq!(
        units("Six of the team's riders crashed."),
        vec![Some("riders".to_string())]
    );
}

#[test]
fn a_storm_category_is_a_figure_in_categories() {
    check(
        "The cyclone hit as a Category 4 system.",
        "4",
        Some(4.0),
        Some("category"),
    );
    check(
        "It grew into a category-three hurricane.",
        "three",
        Some(3.0),
        Some("category"),
    );
    check(
        "It weakened to a Category 2 storm.",
        "2",
        Some(2.0),
        Some("category"),
    );
    // Without a storm, "category" still labels.
    assert!(run("The Category 4 staff were paid.").is_empty());
}

#[test]
fn glued_inches_and_speeds_per_second_take_their_units() {
    check("Snow lay 8.5in deep.", "8.5in", Some(8.5), Some("inches"));
    check(
        "Gusts hit 41 metres a second.",
        "41",
        Some(41.0),
        Some("m/s"),
    );
    check(
        "Gusts hit 41 meters per second.",
        "41",
        Some(41.0),
        Some("m/s"),
    );
    check("Gusts hit 41m/s.", "41m/s", Some(41.0), Some("m/s"));
    check(
        "Winds hit 90 kilometres an hour.",
        "90",
        Some(90.0),
        Some("km/h"),
    );
}

#[test]
fn a_model_number_before_the_name_of_its_line_is_no_figure() {
    assert!(run("Checks found faults on the 412 Skyhawk.").is_empty());
    assert!(run("A 515 Vantor was grounded.").is_empty());
    assert_eq!(
        units("The 300 Druvian troops left."),
        [Some("troops".to_string())]
    );
    assert_eq!(run("Shares fell 300 Tuesday in Varnholm.").len(), 1);
}

#[test]
fn a_statistic_abbreviation_keeps_its_values() {
    let texts = |text: &str| run(text).into_iter().map(|n| n.text).collect::<Vec<_>>();
    assert_eq!(
        texts("Falls dropped by 31% (95% CI 1.4 to 2.6) in the wards."),
        ["31%", "95%", "1.4", "2.6"]
    );
    let found = run("Sleep loss rose 95% CI 14 to 19 in the cohort.");
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[1].flags, vec!["range".to_string()]);
    assert_eq!(found[2].flags, vec!["range".to_string()]);
    assert_eq!(texts("The model gave HR 0.64 for smokers."), ["0.64"]);
    assert!(run("Senators backed HR 7 on Tuesday.").is_empty());
}

#[test]
fn feet_abbreviated_are_feet() {
    check(
        "A 40ft swell hit Varnholm.",
        "40ft",
        Some(40.0),
        Some("feet"),
    );
}

#[test]
fn points_after_percentage_points_in_one_sentence_are_percentage_points() {
    assert_eq!(
        units("Prices rose 0.4 percentage points in May and 0.1 points in June."),
        [
            Some("percentage points".to_string()),
            Some("percentage points".to_string())
        ]
    );
    assert_eq!(
        units("Prices rose 0.4 percentage points. The team scored 3 points."),
        [
            Some("percentage points".to_string()),
            Some("points".to_string())
        ]
    );
}

#[test]
fn a_rate_takes_its_divisor_as_unit_and_is_no_range() {
    let found = run("The figure climbed from 12 per 10,000 to 19 per 10,000 in Varnholm.");
    let texts: Vec<&str> = found.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["12 per 10,000", "19 per 10,000"]);
    for n in &found {
        assert_eq!(n.unit.as_deref(), Some("per 10,000"));
        assert!(n.flags.is_empty(), "{n:?}");
    }
    check(
        "Clinics logged 7 visits per 1,000 residents.",
        "7",
        Some(7.0),
        Some("visits"),
    );
}

#[test]
fn wire_dollar_signs_cents_and_glued_scales_are_money() {
    check(
        "Norland pledged $A7 million to the fund.",
        "$A7 million",
        Some(7e6),
        Some("AUD"),
    );
    check(
        "Ostrava gave $NZ4 billion in aid.",
        "$NZ4 billion",
        Some(4e9),
        Some("NZD"),
    );
    check("A charge of 15c a bottle.", "15c", Some(0.15), Some("USD"));
    check(
        "The currency slid to US71.34c on Friday.",
        "US71.34c",
        Some(0.7134),
        Some("USD"),
    );
    check(
        "A poll of 3.4million voters.",
        "3.4million",
        Some(3.4e6),
        Some("voters"),
    );
    check(
        "Tarvel spent ₹ 12,000 crore.",
        "₹ 12,000 crore",
        Some(1.2e11),
        Some("INR"),
    );
    check("Highs near 25c in the heat.", "25c", Some(25.0), Some("°C"));
    assert!(run("The USS70 sailed.").is_empty());
}

#[test]
fn a_year_before_a_dated_noun_counts_nothing() {
    assert!(run("Data from a 2021 survey by Kelmar showed it.").is_empty());
    assert!(run("He lost the 1998 election in Brask.").is_empty());
    check(
        "Staff wrote 2,021 reports.",
        "2,021",
        Some(2021.0),
        Some("reports"),
    );
}

#[test]
fn glued_concentrations_magnitudes_and_miles_take_their_units() {
    check(
        "Smog hit 95µg/m³ in Tarvel.",
        "95",
        Some(95.0),
        Some("\u{b5}g/m\u{b3}"),
    );
    check("A 6.3 aftershock hit.", "6.3", Some(6.3), Some("magnitude"));
    assert_ne!(one("A 3 tremor hit.").unit.as_deref(), Some("magnitude"));
    check("The trail is 12mi long.", "12mi", Some(12.0), Some("miles"));
    check(
        "A 30-member bloc.",
        "30-member",
        Some(30.0),
        Some("members"),
    );
}

#[test]
fn more_of_the_harmed_count_people() {
    let people = Some("people".to_string());
    assert_eq!(
        units("In the raid 18 others wounded. Another 7 injured, and then 9 more killed."),
        [people.clone(), people.clone(), people]
    );
    check("In the raid 18 others left.", "18", Some(18.0), None);
}

fn flags_of(text: &str) -> Vec<Vec<String>> {
    run(text).into_iter().map(|n| n.flags).collect()
}

#[test]
fn metric_masses_and_volumes_spelled_out_are_symbols() {
    assert_eq!(
        units("Mix 7 grams of salt, 3 millilitres of oil, 2 liters of broth and 40 milligrams."),
        ["g", "ml", "l", "mg"].map(|u| Some(u.to_string()))
    );
}

#[test]
fn ages_listed_told_in_years_old_or_ranged_in_age() {
    let age = || vec!["age".to_string()];
    let ranged = || vec!["range".to_string(), "age".to_string()];
    assert_eq!(
        flags_of("Three pupils, ages 6 and 9, were unhurt."),
        [vec![], age(), age()]
    );
    let told = one("The driver is 58 years old.");
    assert_eq!((told.unit.as_deref(), told.flags), (Some("years"), age()));
    assert_eq!(
        flags_of("He thanked Orla Vantrey, then 15, and Ned Quill, now 16."),
        [age(), age()]
    );
    assert_eq!(
        flags_of("The guests ranged in age from 3 to 92."),
        [ranged(), ranged()]
    );
    assert!(flags_of("The trial stages 2 and 3 ended.")
        .iter()
        .all(|f| !f.contains(&"age".to_string())));
    assert!(one("The bridge took 58 years to build.").flags.is_empty());
}

#[test]
fn a_kin_noun_sets_off_an_age_and_paid_pounds_are_sterling() {
    let ages: Vec<Vec<String>> = run("Ivo Brask, 41, and his son, 9.")
        .into_iter()
        .map(|n| n.flags)
        .collect();
    assert_eq!(ages, [vec!["age".to_string()], vec!["age".to_string()]]);
    check(
        "The court told him to pay her 84,000 pounds.",
        "84,000",
        Some(84000.0),
        Some("GBP"),
    );
    check(
        "The sack held 84 pounds of flour.",
        "84",
        Some(84.0),
        Some("pounds"),
    );
}

#[test]
fn a_toll_or_a_verb_of_harm_counts_people() {
    assert_eq!(
        units("The death toll climbed to 61 by noon. The storm injured 25."),
        [Some("people".to_string()), Some("people".to_string())]
    );
    check(
        "Rescuers said the number of dead stood at 19.",
        "19",
        Some(19.0),
        Some("people"),
    );
    check(
        "The toll road out of Pellard costs 4.",
        "4",
        Some(4.0),
        None,
    );
}

#[test]
fn a_change_shares_its_unit_with_its_other_end() {
    assert_eq!(
        units("The Greens slipped to 14 seats from 20."),
        [Some("seats".to_string()), Some("seats".to_string())]
    );
    assert_eq!(
        units("The Greens slipped from 20 to 14 seats."),
        [Some("seats".to_string()), Some("seats".to_string())]
    );
}

#[test]
fn about_after_a_preposition_approximates() {
    let n = one("Orvane is in talks to buy the mill for about $3.1 billion.");
    assert_eq!(n.qualifier.as_deref(), Some("about"));
}

#[test]
fn a_strict_label_counts_nothing() {
    assert!(run("Nurses saw type 2 diabetes patients daily.").is_empty());
    assert!(run("The category 3 staff rota changed.").is_empty());
}

#[test]
fn a_scale_word_hyphened_to_its_figure_scales_it() {
    check(
        "Some 1.5-million people backed Ivo Dane.",
        "1.5-million",
        Some(1.5e6),
        Some("people"),
    );
    check(
        "The town of Ada Quist has 62-million visitors.",
        "62-million",
        Some(6.2e7),
        Some("visitors"),
    );
    check(
        "The firm lost 3-billion rand.",
        "3-billion",
        Some(3e9),
        Some("ZAR"),
    );
    check(
        "The 5-million mark was passed.",
        "5-million",
        Some(5e6),
        None,
    );
}

#[test]
fn money_named_in_a_hyphened_word_has_its_code() {
    check(
        "It is a 7.2 billion-dollar tunnel.",
        "7.2 billion-dollar",
        Some(7.2e9),
        Some("USD"),
    );
    check(
        "Tom Reyes signed a 10-million-dollar deal.",
        "10-million-dollar",
        Some(1e7),
        Some("USD"),
    );
    check(
        "A 50 million-euro fee.",
        "50 million-euro",
        Some(5e7),
        Some("EUR"),
    );
    check(
        "A 5,000-yuan fine.",
        "5,000-yuan",
        Some(5000.0),
        Some("CNY"),
    );
    check("A 500-rupee note.", "500-rupee", Some(500.0), Some("INR"));
    check("A 10-mile walk.", "10-mile", Some(10.0), Some("miles"));
}

#[test]
fn a_pound_hyphened_to_a_scale_of_millions_is_sterling() {
    check(
        "The side agreed a 40 million-pound fee for the winger.",
        "40 million-pound",
        Some(4e7),
        Some("GBP"),
    );
    check(
        "Ivo Marsh signed a 2-billion-pound contract.",
        "2-billion-pound",
        Some(2e9),
        Some("GBP"),
    );
    // Without a scale of a million a pound is still a weight.
    check("A 10-pound bag.", "10-pound", Some(10.0), Some("pounds"));
}

#[test]
fn hyphened_spellings_of_percent_basis_points_ages_and_areas() {
    check(
        "It paid a 27-per-cent premium.",
        "27-per-cent",
        Some(27.0),
        Some("percent"),
    );
    check(
        "It took a 40 per-cent share.",
        "40 per-cent",
        Some(40.0),
        Some("percent"),
    );
    check(
        "It took a 10-pc stake.",
        "10-pc",
        Some(10.0),
        Some("percent"),
    );
    check(
        "It made a 50-basis-point hike.",
        "50-basis-point",
        Some(50.0),
        Some("basis points"),
    );
    check(
        "They bought a 2,000-acre farm.",
        "2,000-acre",
        Some(2000.0),
        Some("acres"),
    );
    check(
        "They sold a 5-hectare site.",
        "5-hectare",
        Some(5.0),
        Some("hectares"),
    );
    let n = one("The law lets 18-year-olds vote.");
    assert_eq!(n.unit.as_deref(), Some("years"));
    assert_eq!(n.flags, vec!["age".to_string()]);
}

#[test]
fn scores_count_only_with_of() {
    assert!(run("Average test scores fell this year.").is_empty());
    assert!(run("The scores were level.").is_empty());
    let n = one("Scores of people fled.");
    assert_eq!((n.text.as_str(), n.value), ("Scores", None));
    assert_eq!(n.flags, vec!["vague".to_string()]);
}

#[test]
fn a_number_marking_an_item_of_a_list_is_no_quantity() {
    let text = "What comes next?\n\n1. The board will meet.\n\n2) Ivo Dane must sign.\n\n(3) The scheme ends.\n\nKey points:\n4. Rents rise.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    // A figure that opens a sentence inside a line still counts.
    check(
        "Prices rose. 12 shops shut.",
        "12",
        Some(12.0),
        Some("shops"),
    );
}

#[test]
fn space_grouped_thousands_glued_to_a_unit_are_one_figure() {
    check(
        "Breakdowns are at 16 900MW, Ada Quist said.",
        "16 900MW",
        Some(16900.0),
        Some("MW"),
    );
    check(
        "The plant makes 1 200MW.",
        "1 200MW",
        Some(1200.0),
        Some("MW"),
    );
    // A scale glued to the second group makes two figures.
    assert_eq!(run("Of 16 900m people").len(), 2);
}

#[test]
fn one_letter_currency_prefixes_glued_to_a_scaled_or_grouped_amount() {
    check(
        "It was costing Ada Quist N4.5 trillion a year.",
        "N4.5 trillion",
        Some(4.5e12),
        Some("NGN"),
    );
    check(
        "She got a N25,000 grant.",
        "N25,000",
        Some(25e3),
        Some("NGN"),
    );
    check(
        "Damage was put at P2.1 billion.",
        "P2.1 billion",
        Some(2.1e9),
        Some("PHP"),
    );
    check(
        "It cost ₱2.1 billion.",
        "₱2.1 billion",
        Some(2.1e9),
        Some("PHP"),
    );
    check(
        "It cost E£4.2 billion.",
        "E£4.2 billion",
        Some(4.2e9),
        Some("EGP"),
    );
    check(
        "It was worth GH¢2.3 billion.",
        "GH¢2.3 billion",
        Some(2.3e9),
        Some("GHS"),
    );
    check(
        "He paid UGX 3 billion.",
        "UGX 3 billion",
        Some(3e9),
        Some("UGX"),
    );
    // Several currencies are written "K": the figure keeps no unit.
    check(
        "Tom Reyes sold it for K4.5 million.",
        "K4.5 million",
        Some(4.5e6),
        None,
    );
    // Without a scale, groups or cents the letter names a thing.
    assert!(run("The N95 masks ran out.").is_empty());
    assert!(run("The P5 talks resumed.").is_empty());
}

#[test]
fn currencies_of_africa_and_asia_written_before_the_amount() {
    check(
        "It will cost R3.5 billion.",
        "R3.5 billion",
        Some(3.5e9),
        Some("ZAR"),
    );
    check(
        "Mara Lind owes R400-billion.",
        "R400-billion",
        Some(4e11),
        Some("ZAR"),
    );
    check(
        "The firm needs R254bn.",
        "R254bn",
        Some(2.54e11),
        Some("ZAR"),
    );
    check("He was fined R5,000.", "R5,000", Some(5000.0), Some("ZAR"));
    check("Tickets cost R350 each.", "R350", Some(350.0), Some("ZAR"));
    check(
        "Bread rose by R1.20 a loaf.",
        "R1.20",
        Some(1.2),
        Some("ZAR"),
    );
    check(
        "The bill raises Sh346.7 billion.",
        "Sh346.7 billion",
        Some(3.467e11),
        Some("KES"),
    );
    check(
        "Arun Tebbe was fined Sh50,000.",
        "Sh50,000",
        Some(5e4),
        Some("KES"),
    );
    check(
        "The county got KSh2.5 billion.",
        "KSh2.5 billion",
        Some(2.5e9),
        Some("KES"),
    );
    check(
        "The county got Ksh 3 million.",
        "Ksh 3 million",
        Some(3e6),
        Some("KES"),
    );
    check("The fee rose to N$350.", "N$350", Some(350.0), Some("NAD"));
    check(
        "Sales hit NT$625.5 billion.",
        "NT$625.5 billion",
        Some(6.255e11),
        Some("TWD"),
    );
    check("It lent Rmb3bn.", "Rmb3bn", Some(3e9), Some("CNY"));
    check(
        "Rent is RMB 5,000 a month.",
        "RMB 5,000",
        Some(5000.0),
        Some("CNY"),
    );
    check(
        "It was ₦20 billion.",
        "₦20 billion",
        Some(2e10),
        Some("NGN"),
    );
}

#[test]
fn a_road_a_rating_or_a_model_lettered_r_is_no_money() {
    for text in [
        "The R2-D2 toy sold out.",
        "Take the R35 route north.",
        "Ivo Dane drove up the R21 highway.",
        "The film was rated R.",
        "The Sh2 engine failed.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_figure_opening_its_sentence_before_a_verb_counts_no_object() {
    check("About 300 developed rashes.", "300", Some(300.0), None);
    check(
        "Some 1,200 received doses, Ada Quist said.",
        "1,200",
        Some(1200.0),
        None,
    );
    check(
        "About 300 developed countries joined.",
        "300",
        Some(300.0),
        Some("countries"),
    );
    check(
        "There were about 40 reported cases.",
        "40",
        Some(40.0),
        Some("cases"),
    );
}

#[test]
fn a_magnitude_named_after_its_figure() {
    let found = run("A 6.1 magnitude quake struck near Tom Reyes's farm.");
    assert_eq!(found[0].unit.as_deref(), Some("magnitude"));
    check(
        "The quake measured 6.1 on the Richter scale.",
        "6.1",
        Some(6.1),
        Some("magnitude"),
    );
    check("A 6.1 magnificent quake.", "6.1", Some(6.1), None);
}

#[test]
fn over_a_span_of_time_after_an_amount_or_spreading_is_no_qualifier() {
    let qualifier = |text: &str| -> Option<String> {
        let found = run(text);
        let last = found.last().unwrap_or_else(|| panic!("{text}: nothing"));
        last.qualifier.clone()
    };
    assert_eq!(
        qualifier("Ada Quist signed for €1.2bn over five years."),
        None
    );
    assert_eq!(qualifier("The loan is repayable over 20 years."), None);
    assert_eq!(qualifier("The fair was spread over three days."), None);
    assert_eq!(qualifier("The festival took place over two weeks."), None);
    assert_eq!(qualifier("The games take place over nine days."), None);
    assert_eq!(
        qualifier("The repair took over five months."),
        Some("over".into())
    );
    assert_eq!(
        qualifier("Ivo Dane waited for over two weeks."),
        Some("over".into())
    );
    assert_eq!(
        qualifier("Tom Reyes served over 20 years."),
        Some("over".into())
    );
    assert_eq!(qualifier("Over 300 people came."), Some("Over".into()));
    // A bare figure "over" after a later amount elides the span of time named before it.
    assert_eq!(
        qualifier("Nurses turned down a 3% rise over two years and want 9% over three."),
        None
    );
    assert_eq!(
        qualifier("Nurses want 9% and over three thousand more posts."),
        Some("over".into())
    );
}

#[test]
fn a_model_of_an_aircraft_or_a_version_is_no_quantity() {
    for text in [
        "The Boeing 737-800 landed.",
        "The Boeing 787-9 was grounded.",
        "The ATR 72-600 skidded.",
        "The Dash 8-400 made a landing.",
        "It runs Python 3.12 now.",
        "It is not Earth 2.0, Mara Lind said.",
        "It supports Bluetooth 5.3 and USB 3.2.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    assert_eq!(run("England 310-6 at tea.").len(), 2);
    assert_eq!(run("Prices rose 3.5 to 40.").len(), 2);
}

#[test]
fn a_network_generation_is_no_weight() {
    assert!(run("The 5G network covers the valley.").is_empty());
    check("The bag weighs 40g.", "40g", Some(40.0), Some("g"));
}

#[test]
fn roads_runways_forms_and_school_years_are_named_not_counted() {
    for text in [
        "Interstate 95 was closed.",
        "Drive on Interstate 95 now.",
        "Runway 27 was shut.",
        "They landed on runway 27 late.",
        "Take highway 1 north.",
        "Route 66 is old.",
        "Year 9 pupils sat it.",
        "Flight 370 vanished.",
        "The firm filed a Form 10-K on time.",
        "They filed their 10-Q late.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // The same words count in lower case, or before a figure with decimals.
    check(
        "The flight 30 minutes late landed.",
        "30",
        Some(30.0),
        Some("minutes"),
    );
    check("He lost in year 9.5 of it.", "9.5", Some(9.5), None);
}

#[test]
fn a_minus_sign_or_word_makes_a_figure_negative() {
    check(
        "It made -$1.1 million.",
        "-$1.1 million",
        Some(-1.1e6),
        Some("USD"),
    );
    check("It made (-£3m) in 2023.", "-£3m", Some(-3e6), Some("GBP"));
    check(
        "It was minus 5 degrees.",
        "minus 5",
        Some(-5.0),
        Some("degrees"),
    );
    check("It fell to -5C.", "-5C", Some(-5.0), Some("°C"));
    check(
        "It fell to \u{2212}12 °C.",
        "\u{2212}12 °C",
        Some(-12.0),
        Some("°C"),
    );
    // A dash between figures is a range, never a sign.
    let found = run("Ages 18-24 and $5-$6 apiece.");
    let values: Vec<_> = found.iter().map(|n| n.value).collect();
    assert_eq!(values, [Some(18.0), Some(24.0), Some(5.0), Some(6.0)]);
    // "minus" before an amount of money is a sum, not a sign.
    let found = run("Ten minus $4 is left.");
    assert_eq!((found[1].text.as_str(), found[1].value), ("$4", Some(4.0)));
}

#[test]
fn the_word_minus_makes_a_figure_negative_without_a_unit() {
    check(
        "Readings fell to minus 10 overnight.",
        "minus 10",
        Some(-10.0),
        None,
    );
    check(
        "Output grew by minus 0.2 per cent.",
        "minus 0.2 per cent",
        Some(-0.2),
        Some("percent"),
    );
    let found = run("The index moved from minus 5 to plus 3.");
    let values: Vec<_> = found.iter().map(|n| n.value).collect();
    assert_eq!(values, [Some(-5.0), Some(3.0)]);
    // A subtraction, a margin and a countdown keep the figure as it is.
    for (text, value) in [
        ("Take 12 minus 4 away.", 4.0),
        ("Take twelve minus 4 away.", 4.0),
        ("Accurate to plus or minus 3 points.", 3.0),
        ("It was T-minus 10 seconds.", 10.0),
    ] {
        let found = run(text);
        let last = found.last().map(|n| n.value);
        assert_eq!(last, Some(Some(value)), "{text}: {found:?}");
    }
}

#[test]
fn pounds_are_sterling_with_a_large_scale_or_the_word_sterling() {
    check(
        "It paid 3 million pounds.",
        "3 million",
        Some(3e6),
        Some("GBP"),
    );
    check("It paid 3m pounds.", "3m", Some(3e6), Some("GBP"));
    check(
        "It paid two billion pounds.",
        "two billion",
        Some(2e9),
        Some("GBP"),
    );
    check(
        "It cost 200 pounds sterling.",
        "200",
        Some(200.0),
        Some("GBP"),
    );
    check(
        "It cost 50 million euros.",
        "50 million",
        Some(5e7),
        Some("EUR"),
    );
    check(
        "It cost 2 billion yen.",
        "2 billion",
        Some(2e9),
        Some("JPY"),
    );
    // Without such a sign, pounds are a weight.
    check("He lost 20 pounds.", "20", Some(20.0), Some("pounds"));
    check(
        "A 200-pound man ran.",
        "200-pound",
        Some(200.0),
        Some("pounds"),
    );
    check(
        "They recalled 2 million pounds of beef.",
        "2 million",
        Some(2e6),
        Some("pounds"),
    );
}

#[test]
fn a_percentage_in_words_is_a_percentage() {
    check(
        "Fares rose five per cent.",
        "five per cent",
        Some(5.0),
        Some("percent"),
    );
    check(
        "Fares rose ten percent.",
        "ten percent",
        Some(10.0),
        Some("percent"),
    );
    check(
        "Only one per cent voted.",
        "one per cent",
        Some(1.0),
        Some("percent"),
    );
    let about = one("Rates fell by about twenty percent.");
    assert_eq!(about.qualifier.as_deref(), Some("about"));
    assert_eq!(about.unit.as_deref(), Some("percent"));
    // A percentage point is a unit of its own, and other words are counted nouns.
    check(
        "It rose two percentage points.",
        "two",
        Some(2.0),
        Some("percentage points"),
    );
    check("She saw five people.", "five", Some(5.0), Some("people"));
}

#[test]
fn digits_and_percentages() {
    check(
        "They sent 100,000 volunteer troops.",
        "100,000",
        Some(100000.0),
        Some("troops"),
    );
    check("It rose 2.7 points.", "2.7", Some(2.7), Some("points"));
    check(
        "Of the crew, five hurt themselves.",
        "five",
        Some(5.0),
        None,
    );
    check("It cost billions of euros.", "billions", None, Some("EUR"));
    check("The fence is 2.4m high.", "2.4m", Some(2.4), Some("m"));
    check("It earned 42 cents a share.", "42", Some(0.42), Some("USD"));
    check(
        "It pays 410 pence per share.",
        "410",
        Some(4.1),
        Some("GBP"),
    );
    let found = run("Sales hit €3bn; it pays 20 cents.");
    assert_eq!(
        (found[1].value, found[1].unit.as_deref()),
        (Some(0.2), Some("EUR"))
    );
    // Wire and British shorthand: a spaced scale suffix, "pct" and "pc".
    check("Net debt was $7.5 bn.", "$7.5 bn", Some(7.5e9), Some("USD"));
    check(
        "It sold 3.2 mln phones.",
        "3.2 mln",
        Some(3.2e6),
        Some("phones"),
    );
    check(
        "Output fell 4.5 pct.",
        "4.5 pct",
        Some(4.5),
        Some("percent"),
    );
    check(
        "Rates rose to 5.25pc.",
        "5.25pc",
        Some(5.25),
        Some("percent"),
    );
    check(
        "It rose by 12.5% on Monday.",
        "12.5%",
        Some(12.5),
        Some("percent"),
    );
    check(
        "It rose 12.5 per cent.",
        "12.5 per cent",
        Some(12.5),
        Some("percent"),
    );
    check(
        "It rose 3 percent.",
        "3 percent",
        Some(3.0),
        Some("percent"),
    );
}

#[test]
fn south_asian_scales_and_rupees() {
    check(
        "It will cost Rs 500 crore.",
        "Rs 500 crore",
        Some(5e9),
        Some("INR"),
    );
    check("It cost Rs. 2,000.", "Rs. 2,000", Some(2000.0), Some("INR"));
    check("About 2 lakh people.", "2 lakh", Some(2e5), Some("people"));
    // A scale word alone is no number.
    assert!(run("They live in Thousand Oaks.").is_empty());
    check("A million people.", "A million", Some(1e6), Some("people"));
}

#[test]
fn money() {
    check(
        "It cost $200 million.",
        "$200 million",
        Some(2e8),
        Some("USD"),
    );
    check("It cost £3.4m.", "£3.4m", Some(3.4e6), Some("GBP"));
    check(
        "A $1.2-million contract.",
        "$1.2-million",
        Some(1.2e6),
        Some("USD"),
    );
    check("It cost €5bn.", "€5bn", Some(5e9), Some("EUR"));
    check(
        "Cases rose to 1.2m last week.",
        "1.2m",
        Some(1.2e6),
        Some("cases"),
    );
    check("They have 5m people.", "5m", Some(5e6), Some("people"));
    check("A 20m wall.", "20m", Some(20.0), Some("m"));
    check("It cost US$7 to make.", "US$7", Some(7.0), Some("USD"));
    // Pence are hundredths of a pound; a large figure before "p" is no price.
    check(
        "A dividend of 3.5p a share.",
        "3.5p",
        Some(0.035),
        Some("GBP"),
    );
    check("Shares closed at 120p.", "120p", Some(1.2), Some("GBP"));
    check("A 1080p screen.", "1080", Some(1080.0), None);
    // A price set in thousands is pence however large.
    check(
        "Shares in Olvery closed at 2,345p.",
        "2,345p",
        Some(23.45),
        Some("GBP"),
    );
    check("A 2160p screen.", "2160", Some(2160.0), None);
    check(
        "It cost $312million.",
        "$312million",
        Some(3.12e8),
        Some("USD"),
    );
}

#[test]
fn compounds_and_measures() {
    check(
        "A 90-minute meeting.",
        "90-minute",
        Some(90.0),
        Some("minutes"),
    );
    check(
        "A 2.9-billion-kilometre trip.",
        "2.9-billion-kilometre",
        Some(2.9e9),
        Some("km"),
    );
    check(
        "A 1,500-seat hall.",
        "1,500-seat",
        Some(1500.0),
        Some("seats"),
    );
    check("It carried 90 tons of aid.", "90", Some(90.0), Some("tons"));
    check("A 2,500km border.", "2,500km", Some(2500.0), Some("km"));
    check("It is 3.5 metres tall.", "3.5", Some(3.5), Some("m"));
    check("It is 3.5 meters tall.", "3.5", Some(3.5), Some("m"));
    check("It weighs 40 kilograms.", "40", Some(40.0), Some("kg"));
    check(
        "A 12-centimetre gap.",
        "12-centimetre",
        Some(12.0),
        Some("cm"),
    );
    check(
        "The scale has 5 thousand steps.",
        "5 thousand",
        Some(5000.0),
        Some("steps"),
    );
}

#[test]
fn a_fraction_word_before_a_noun_is_an_ordinal() {
    assert!(run("The mayor won a third term.").is_empty());
    assert!(run("Prices rose for a fifth straight week.").is_empty());
    assert!(run("It was a quarter-final loss.").is_empty());
    check(
        "Fares were cut by a third.",
        "a third",
        Some(1.0 / 3.0),
        None,
    );
    check(
        "A third of drivers agreed.",
        "A third",
        Some(1.0 / 3.0),
        Some("drivers"),
    );
    check("A quarter said no.", "A quarter", Some(0.25), None);
    check("Costs fell a fifth last year.", "a fifth", Some(0.2), None);
    check("A tenth voted early.", "A tenth", Some(0.1), None);
    check("A quarter-mile track.", "A quarter", Some(0.25), None);
    // One more of those just counted, set apart by an age, is no share.
    for text in [
        "A third, 14, was arrested.",
        "A third, aged 14, was arrested.",
    ] {
        let texts: Vec<String> = run(text).into_iter().map(|n| n.text).collect();
        assert_eq!(texts, vec!["14".to_string()], "{text}");
    }
    let texts: Vec<String> = run("Fares fell by a third, 14 shops said.")
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(texts, vec!["a third".to_string(), "14".to_string()]);
}

#[test]
fn a_share_counts_its_subject() {
    check(
        "Locally, one in three farmers grows rye.",
        "one in three",
        Some(1.0 / 3.0),
        Some("farmers"),
    );
    check(
        "Locally, 1 in 8 pupils walks to school.",
        "1 in 8",
        Some(0.125),
        Some("pupils"),
    );
    let found = run("About one in four nurses works nights, up from one in five.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].text, "one in five");
    assert_eq!(found[1].value, Some(0.2));
    assert_eq!(found[1].flags, vec!["share".to_string()]);
}

#[test]
fn a_fraction_of_a_whole_in_words_is_a_share() {
    let flags = |text: &str| {
        run(text)
            .into_iter()
            .map(|n| (n.text, n.flags))
            .collect::<Vec<_>>()
    };
    let share = vec!["share".to_string()];
    assert_eq!(
        flags("Three-fifths of the rowers and a quarter of the coaches left Pellow Bay."),
        [
            ("Three-fifths".to_string(), share.clone()),
            ("a quarter".to_string(), share.clone())
        ]
    );
    let found = run("Nearly half of the 240 stalls shut.");
    assert_eq!(found[0].flags, share);
    assert_eq!(found[0].unit.as_deref(), Some("stalls"));
    for text in [
        "The ferry sat three-quarters of a mile offshore.",
        "We waited half an hour.",
        "A half-hour of music followed.",
        "She sought a third term.",
    ] {
        assert!(run(text).iter().all(|n| n.flags.is_empty()), "{text}");
    }
}

#[test]
fn a_range_shares_its_scale_word() {
    let values = |text: &str| -> Vec<(Option<f64>, Option<String>)> {
        run(text).into_iter().map(|n| (n.value, n.unit)).collect()
    };
    let usd = Some("USD".to_string());
    assert_eq!(
        values("Revenue grew from $4.3 to $4.8 billion."),
        vec![(Some(4.3e9), usd.clone()), (Some(4.8e9), usd.clone())]
    );
    assert_eq!(
        values("Debt fell from $3.6 to $3.1bn."),
        vec![(Some(3.6e9), usd.clone()), (Some(3.1e9), usd)]
    );
    assert_eq!(
        values("It will cost between 2.5 and 3 billion euros.")[0],
        (Some(2.5e9), Some("EUR".to_string()))
    );
    assert_eq!(
        values("The mill hired 6 to 7 thousand weavers.")[0],
        (Some(6000.0), Some("weavers".to_string()))
    );
    // A first figure far from the second is counted as written; a suffix that is no scale
    // ("m" of metres) serves nothing.
    assert_eq!(
        values("Members rose from 800 to 1.4 million.")[0].0,
        Some(800.0)
    );
    assert_eq!(values("The dune grew from 3 to 6m.")[0].0, Some(3.0));
}

#[test]
fn areas_and_volumes() {
    check(
        "The fire burned 2,000 square miles.",
        "2,000",
        Some(2000.0),
        Some("square miles"),
    );
    check(
        "A lake of 500 square kilometres.",
        "500",
        Some(500.0),
        Some("km²"),
    );
    check("A 1,200 sq km park.", "1,200", Some(1200.0), Some("km²"));
    check("A 30 sq. ft cell.", "30", Some(30.0), Some("ft²"));
    check("A 5 km2 zone.", "5", Some(5.0), Some("km²"));
    check("A 40 m² flat.", "40", Some(40.0), Some("m²"));
    check("A 5km2 zone.", "5km2", Some(5.0), Some("km²"));
    check("A 40m² flat.", "40m²", Some(40.0), Some("m²"));
    check("A 900sq ft shop.", "900sq ft", Some(900.0), Some("ft²"));
    check(
        "It holds 4.2 billion cubic metres of gas.",
        "4.2 billion",
        Some(4.2e9),
        Some("m³"),
    );
    // A square named in an address is still a street.
    assert!(run("She lives at 12 Square Lane.").is_empty());
    assert!(run("She lives at 12 Market Square.").is_empty());
}

#[test]
fn temperatures_written_out() {
    check(
        "It hit 110 degrees Fahrenheit.",
        "110",
        Some(110.0),
        Some("°F"),
    );
    check("It hit 43 Celsius.", "43", Some(43.0), Some("°C"));
    check(
        "It fell to 5 degrees C at night.",
        "5",
        Some(5.0),
        Some("°C"),
    );
    check(
        "It was 30 degrees in the shade.",
        "30",
        Some(30.0),
        Some("degrees"),
    );
    assert_ne!(one("They sent 3 F-16s.").unit.as_deref(), Some("°F"));
    check(
        "Nights fall to minus 160C.",
        "minus 160C",
        Some(-160.0),
        Some("°C"),
    );
    check(
        "It was minus 4 degrees Celsius.",
        "minus 4",
        Some(-4.0),
        Some("°C"),
    );
    // "minus" before a figure that is no temperature changes nothing.
    check("Sales were minus 3 units.", "3", Some(3.0), Some("units"));
    // A minus sign keeps any figure below zero.
    check(
        "The index fell, or -1.1%.",
        "-1.1%",
        Some(-1.1),
        Some("percent"),
    );
    check(
        "Growth was \u{2212}0.4 per cent.",
        "\u{2212}0.4 per cent",
        Some(-0.4),
        Some("percent"),
    );
}

#[test]
fn a_scale_named_before_its_figure() {
    check(
        "A magnitude 6.8 quake struck.",
        "6.8",
        Some(6.8),
        Some("magnitude"),
    );
    check(
        "Magnitude 6.8 quake strikes.",
        "6.8",
        Some(6.8),
        Some("magnitude"),
    );
}

#[test]
fn measure_abbreviations_after_a_space() {
    check("It is 1,931 km away.", "1,931", Some(1931.0), Some("km"));
    check(
        "It flew at 15,000 mph.",
        "15,000",
        Some(15000.0),
        Some("mph"),
    );
    check("A 5 MW turbine.", "5", Some(5.0), Some("MW"));
    check("A 5MW turbine.", "5MW", Some(5.0), Some("MW"));
    check("A 5mw turbine.", "5mw", Some(5.0), Some("MW"));
    check("It hit 90 kph.", "90", Some(90.0), Some("km/h"));
    check("It hit 20 km/h.", "20", Some(20.0), Some("km/h"));
    check("He ran 3 kilometres.", "3", Some(3.0), Some("km"));
    check("He ran three kilometers.", "three", Some(3.0), Some("km"));
    check("It fell by 6.5 mmHg.", "6.5", Some(6.5), Some("mmHg"));
    check("A cut of 25bps.", "25bps", Some(25.0), Some("basis points"));
}

#[test]
fn fuel_economy_and_air_concentrations_are_units() {
    check("The Zephyr does 52 mpg.", "52", Some(52.0), Some("mpg"));
    check("The Zephyr does 52mpg.", "52mpg", Some(52.0), Some("mpg"));
    let micro = Some("\u{b5}g/m\u{b3}");
    check(
        "Smog hit 75 \u{b5}g/m\u{b3} in Vell.",
        "75",
        Some(75.0),
        micro,
    );
    check("Smog hit 75 \u{3bc}g/m3 in Vell.", "75", Some(75.0), micro);
    check(
        "Smog hit 75 micrograms per cubic metre.",
        "75",
        Some(75.0),
        micro,
    );
    // Other measures per another stay without a unit.
    check("Sugar was 120 mg/dL.", "120", Some(120.0), None);
}

#[test]
fn speeds_and_temperatures_written_out() {
    check(
        "Trains will run at 160 km per hour.",
        "160",
        Some(160.0),
        Some("km/h"),
    );
    check(
        "Gusts reached 70 miles an hour.",
        "70",
        Some(70.0),
        Some("mph"),
    );
    check(
        "Winds of 45 kilometres per hour fanned it.",
        "45",
        Some(45.0),
        Some("km/h"),
    );
    check("He ran 3 miles and rested.", "3", Some(3.0), Some("miles"));
    check(
        "Temperatures will fall to 18 C overnight.",
        "18",
        Some(18.0),
        Some("°C"),
    );
    check(
        "They signed 18 C contracts.",
        "18",
        Some(18.0),
        Some("contracts"),
    );
}

#[test]
fn mixed_fractions_and_records_in_brackets() {
    check("It took 3 1/2 hours.", "3 1/2", Some(3.5), Some("hours"));
    // Wire copy hyphens the whole to its fraction.
    check("It took 4-1/2 hours.", "4-1/2", Some(4.5), Some("hours"));
    check(
        "Oil rose 2-1/2 percent.",
        "2-1/2 percent",
        Some(2.5),
        Some("percent"),
    );
    check("A 1-1/2-year high.", "1-1/2-year", Some(1.5), Some("years"));
    check("She ran 2½ miles.", "2½", Some(2.5), Some("miles"));
    let found = run("Dunmore (4-6) lost again.");
    assert!(
        found.iter().all(|n| n.flags == vec!["tally".to_string()]),
        "{found:?}"
    );
}

#[test]
fn a_figure_compared_with_the_one_before_counts_the_same() {
    let found = run("About 2.4 million people faced hunger, up from 1.9 million in May.");
    let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
    assert_eq!(units, vec![Some("people"), Some("people")]);
    // A rate's divisor is part of the rate, whose unit the figure compared with it takes.
    let found = run("Cases hit 7.1 per 100,000 people, up from 5.2.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].unit.as_deref(), Some("per 100,000"));
    let found = run("Turnout was 61%, down from 64 in 2019.");
    assert_eq!(found[1].unit.as_deref(), Some("percent"));
    // Only after a word of comparison.
    let found = run("About 2.4 million people left and 1.9 million stayed.");
    assert_eq!(found[1].unit, None);
    // A span of time framing the count is not what the change is about.
    let found = run("Rangers logged 41 wolf sightings in the past 60 days, up from 12.");
    let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
    assert_eq!(
        units,
        vec![Some("sightings"), Some("days"), Some("sightings")]
    );
    let found = run("The trial ran for 60 days, up from 12.");
    assert_eq!(found[1].unit.as_deref(), Some("days"));
}

#[test]
fn a_bare_figure_compared_with_a_sum_in_millions_is_no_sum() {
    let found = run("Velm won 14 bids worth £6m each, compared with 9 a year earlier.");
    assert_eq!(found[2].unit, None);
    let found = run("Velm made $8m, compared with 5 a year earlier.");
    assert_eq!(found[1].unit, None);
    // A sum written again with its scale word, or a price, stays money.
    let found = run("Velm made £8 million, up from 5 million.");
    assert_eq!(found[1].unit.as_deref(), Some("GBP"));
    let found = run("A pie cost £3.20, up from 2.90.");
    assert_eq!(found[1].unit.as_deref(), Some("GBP"));
}

#[test]
fn a_bare_figure_compared_after_a_restating_share_counts_the_count() {
    let found = run("Orvin held 31 seats, or 42.5% of the house, up from 26 in 2019.");
    assert_eq!(found[2].unit.as_deref(), Some("seats"));
    let found = run("Orvin had 800 staff, or about 9% of the total, up from 650.");
    assert_eq!(found[2].unit.as_deref(), Some("staff"));
    // A share that restates nothing, or a compared figure with its own sign, keeps its unit.
    let found = run("Orvin held 42.5% of the house, up from 38.");
    assert_eq!(found[1].unit.as_deref(), Some("percent"));
    let found = run("Orvin held 31 seats, or 42.5% of the house, up from 38%.");
    assert_eq!(found[2].unit.as_deref(), Some("percent"));
}

#[test]
fn sets_of_a_match_are_all_scores() {
    let flags =
        |text: &str| -> Vec<String> { run(text).into_iter().flat_map(|n| n.flags).collect() };
    assert_eq!(flags("Kovac won 7-5, 4-6, 6-2."), vec!["tally"; 6]);
    // Ranges in a row stay ranges.
    assert_eq!(flags("Classes for sizes 3-6, 7-10."), vec!["range"; 4]);
    // A range of ages listed after another is one of ages too.
    assert_eq!(
        flags("Classes for ages 3-6, 7-10."),
        ["range", "age"].repeat(4)
    );
}

#[test]
fn a_vote_of_one_figure_to_another_is_a_tally() {
    let flags =
        |text: &str| -> Vec<Vec<String>> { run(text).into_iter().map(|n| n.flags).collect() };
    assert_eq!(
        flags("The board voted 51 to 49 to approve it."),
        vec![vec!["tally".to_string()], vec!["tally".to_string()]]
    );
    assert_eq!(
        flags("Members voted 31 to 18 in favour."),
        vec![vec!["tally".to_string()], vec!["tally".to_string()]]
    );
    assert_eq!(
        flags("Bids ranged 51 to 49."),
        vec![vec!["range".to_string()], vec!["range".to_string()]]
    );
}

#[test]
fn a_result_around_a_pair_makes_it_a_score_whichever_figure_comes_first() {
    let flags = |text: &str| -> Vec<String> {
        run(text)
            .into_iter()
            .flat_map(|n| n.flags)
            .collect::<Vec<_>>()
    };
    for text in [
        "The hosts lost 1-2 at home.",
        "By then they were 0-2 down.",
        "The Owls trailed 58-61 at the break.",
        "Her side finished 1-2.",
    ] {
        assert_eq!(flags(text), vec!["tally"; 2], "{text}");
    }
    assert_eq!(flags("She lost 4-6, 2-6."), vec!["tally"; 4]);
    let found = run("It was a 1-3 home defeat.");
    assert!(
        found
            .iter()
            .all(|n| n.flags == vec!["tally".to_string()] && n.unit.is_none()),
        "{found:?}"
    );
    // A pair that counts something after such a verb is still a range.
    assert_eq!(flags("He lost 5-10 kg."), vec!["range"; 2]);
    assert_eq!(flags("The firm lost 20-30 staff."), vec!["range"; 2]);
}

#[test]
fn votes_set_against_each_other_are_a_tally() {
    let flags =
        |text: &str| -> Vec<Vec<String>> { run(text).into_iter().map(|n| n.flags).collect() };
    let tally = vec![vec!["tally".to_string()]; 2];
    for text in [
        "The bill passed by a vote of 312 to 118.",
        "MPs voted by 312 votes to 118.",
        "The motion was carried by 312 to 118.",
        "She won 312 electoral votes to 226.",
    ] {
        assert_eq!(flags(text), tally, "{text}");
    }
    let found = run("She won 312 electoral votes to 226.");
    assert_eq!(found[1].unit.as_deref(), Some("votes"));
    // A change by one figure to another stays as it was.
    assert_eq!(
        flags("Prices were cut by 5 to 10."),
        vec![Vec::<String>::new(); 2]
    );
}

#[test]
fn lakh_crore_and_indian_digit_grouping() {
    check(
        "The plan costs Rs 1.5 lakh crore in all.",
        "Rs 1.5 lakh crore",
        Some(1.5e12),
        Some("INR"),
    );
    check(
        "Spending hit ₹11.11 lakh crore.",
        "₹11.11 lakh crore",
        Some(11.11e12),
        Some("INR"),
    );
    check(
        "They spent 19 lakh crore rupees.",
        "19 lakh crore",
        Some(19e12),
        Some("INR"),
    );
    check(
        "He paid Rs 1,50,000 in fees.",
        "Rs 1,50,000",
        Some(150_000.0),
        Some("INR"),
    );
    check(
        "Aid went to 12,50,000 families.",
        "12,50,000",
        Some(1_250_000.0),
        Some("families"),
    );
    check(
        "It cost ₹10,00,000 then.",
        "₹10,00,000",
        Some(1e6),
        Some("INR"),
    );
    check(
        "A fund of Rs 2,35,000 crore was set.",
        "Rs 2,35,000 crore",
        Some(2.35e12),
        Some("INR"),
    );
    // Groups that fit neither way stay irregular.
    for text in [
        "It was 1,50,00 then.",
        "It was 1,5,000 then.",
        "It was 123,45,678 then.",
    ] {
        let n = one(text);
        assert_eq!(n.value, None, "{text}");
        assert_eq!(n.flags, vec!["irregular-grouping".to_string()], "{text}");
    }
}

#[test]
fn provisions_models_titles_nicknames_and_numbers_dialled_are_no_quantities() {
    for text in [
        "Section 230 protects web platforms.",
        "Voters backed Proposition 22 in the poll.",
        "Amendment 3 passed easily.",
        "Boeing 737 Max jets were grounded.",
        "She told 60 Minutes that she would stay.",
        "Traders call them the \"Magnificent Seven\" now.",
        "They were the \u{201c}Fab Four\u{201d} then.",
        "Please call 999 at once.",
        "Call 101, quoting incident 452.",
        "The 911 call was released.",
        "He faces sections 302, 307 and 34 of the code.",
        "He was convicted on counts 2, 5 and 7.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // Counts stay counts.
    for (text, value) in [
        ("Another 300 Afghan troops arrived.", 300.0),
        ("The jury heard them call 5 witnesses.", 5.0),
        ("The clinic took 999 calls.", 999.0),
        ("It took 60 minutes in all.", 60.0),
        ("They were seven in all.", 7.0),
        ("Section heads hired 12 staff.", 12.0),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].value, Some(value), "{text}");
    }
}

#[test]
fn over_after_a_verb_of_giving_is_its_particle() {
    let qualifier = |text: &str| one(text).qualifier;
    assert_eq!(qualifier("Airbus handed over 30 jets."), None);
    assert_eq!(qualifier("Police turned over 12 files."), None);
    assert_eq!(
        qualifier("The trip took over 30 minutes."),
        Some("over".to_string())
    );
    assert_eq!(
        qualifier("They sold over 30 jets."),
        Some("over".to_string())
    );
}

#[test]
fn idioms_of_a_number_word_are_no_quantities() {
    for text in [
        "It was a one-sided game.",
        "The one-time captain spoke.",
        "She hit a half-volley.",
        "He made a half-century.",
        "She ran a half-marathon.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    check("A half-hour walk.", "half-hour", Some(0.5), Some("hour"));
    check("It was a one-day visit.", "one-day", Some(1.0), Some("day"));
}

#[test]
fn ages_after_a_death_a_birthday_or_opening_a_sentence() {
    let age = age_flags;
    for text in [
        "The actor has died at 87.",
        "The singer, dead at 87, was mourned.",
        "He retired at the age of eighty-seven.",
        "She started at age 5.",
        "At 41, he became the oldest champion.",
        "She turns 35 next week.",
    ] {
        assert_eq!(age(text), [true], "{text}");
    }
    assert_eq!(age("The couple, aged 54 and 51, were hurt."), [true, true]);
    assert_eq!(age("Pupils aged 9, 10 and 11 took part."), [true; 3]);
    // Other figures after such words, or listed after other figures, are no ages.
    assert_eq!(age("At 41, the index hit a high."), [false]);
    assert_eq!(age("She turns 35 pages a day."), [false]);
    assert_eq!(age("Pupils aged 9 and 300 staff came."), [true, false]);
    assert_eq!(age("It cost 54 and 51 more."), [false, false]);
}

#[test]
fn ages_stated_plainly_with_a_form_of_be() {
    let age = age_flags;
    for text in [
        "Now 66, Ivo Dane still opens the shop at dawn.",
        "Now 57, she has no plans to stop.",
        "Ada Quist, who is now 71, said little.",
        "Tom Reyes, who is 76, has waited a year.",
        "\"I will keep going until I am 75, at least,\" she said.",
        "He will retire when he will be 69.",
        "The average age of a porter at the depot is 46.",
        "The average age of pupils at the village school is 11.",
        "The retirement age will be 69 from next year.",
    ] {
        assert_eq!(age(text), [true], "{text}");
    }
}

#[test]
fn figures_after_be_or_now_that_are_no_ages() {
    let age = age_flags;
    for text in [
        "Now 86 stores remain open.",
        "Now 40, the index is at a high.",
        "The road, which is 73 miles long, is closed.",
        "Ivo Dane said he was 30 metres away.",
        "The page is 12 lines long.",
        "The stage is 12 metres wide.",
        "The age rule is clear, and 20 cars were sold.",
    ] {
        assert!(age(text).iter().all(|a| !a), "{text}: {:?}", run(text));
    }
}

#[test]
fn spellings_of_one_unit_and_currencies_named_with_a_country() {
    let unit = |text: &str| one(text).unit;
    for text in [
        "Rates rose 25 basis points.",
        "Rates rose 10 bps.",
        "Rates rose 12bp.",
        "Rates rose 1 basis point.",
    ] {
        assert_eq!(unit(text).as_deref(), Some("basis points"), "{text}");
    }
    for text in ["Support fell 5 ppts.", "Support fell 0.5 percentage point."] {
        assert_eq!(unit(text).as_deref(), Some("percentage points"), "{text}");
    }
    assert_eq!(
        unit("It reached 421 parts per million.").as_deref(),
        Some("ppm")
    );
    assert_eq!(
        unit("It reached 1,923 parts per billion.").as_deref(),
        Some("ppb")
    );
    assert_eq!(
        unit("He paid 5 million Swiss francs.").as_deref(),
        Some("CHF")
    );
    assert_eq!(unit("It cost 2 billion reais.").as_deref(), Some("BRL"));
    // Other units and parts are left as written.
    assert_eq!(unit("It has 40 parts.").as_deref(), Some("parts"));
    assert_eq!(unit("It won 5 points.").as_deref(), Some("points"));
}

#[test]
fn a_small_first_figure_shares_the_thousands_of_the_second() {
    let values = |text: &str| -> Vec<Option<f64>> { run(text).iter().map(|n| n.value).collect() };
    assert_eq!(
        values("A crowd of 40-50,000 watched."),
        [Some(40_000.0), Some(50_000.0)]
    );
    // A first figure with its own groups, or far smaller, keeps its value.
    assert_eq!(
        values("A crowd of 4,000-50,000 watched."),
        [Some(4_000.0), Some(50_000.0)]
    );
    assert_eq!(
        values("It cost 2-50,000 each."),
        [Some(2.0), Some(50_000.0)]
    );
}

#[test]
fn so_many_out_of_so_many_is_a_share() {
    let found = run("Three out of four schools had a defect.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "Three out of four");
    assert_eq!(found[0].value, Some(0.75));
    assert_eq!(found[0].unit.as_deref(), Some("schools"));
    assert_eq!(found[0].flags, vec!["share".to_string()]);
    // A mark out of ten is a score: two figures, no share.
    assert_eq!(run("The judges gave it 9.8 out of 10.").len(), 2);
}

#[test]
fn currencies_of_korea_bangladesh_and_qatar_and_the_us_dollar_written_last() {
    let money = |text: &str| -> (Option<f64>, Option<String>) {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].value, found[0].unit.clone())
    };
    assert_eq!(
        money("It cost 3 billion won."),
        (Some(3e9), Some("KRW".into()))
    );
    assert_eq!(
        money("They paid $US2 billion."),
        (Some(2e9), Some("USD".into()))
    );
    assert_eq!(
        money("A budget of Tk 5,000 crore."),
        (Some(5e10), Some("BDT".into()))
    );
    assert_eq!(
        money("Qatar pledged QR 10 billion."),
        (Some(1e10), Some("QAR".into()))
    );
    assert!(run("Of the 12 who won, 10 stayed.")
        .iter()
        .all(|n| n.unit.as_deref() != Some("KRW")));
}

#[test]
fn a_measure_glued_to_its_figure_has_the_unit_it_has_apart() {
    for (text, surface, value, unit) in [
        ("Take 500mg daily.", "500mg", 500.0, "mg"),
        ("It has 128GB of storage.", "128GB", 128.0, "GB"),
        ("A 120Hz screen.", "120Hz", 120.0, "Hz"),
        ("A 3.5GHz chip.", "3.5GHz", 3.5, "GHz"),
        ("Lines give 900Mbps now.", "900Mbps", 900.0, "Mbps"),
        ("Carbon dioxide hit 421ppm.", "421ppm", 421.0, "ppm"),
        ("A 400kV line.", "400kV", 400.0, "kV"),
    ] {
        check(text, surface, Some(value), Some(unit));
        let apart = text.replacen(surface, &surface.replacen(unit, &format!(" {unit}"), 1), 1);
        assert_eq!(one(&apart).unit.as_deref(), Some(unit), "{apart}");
    }
    // A network generation, a weather map's millibars and a jet's name are no measures.
    for text in [
        "The 5G mast.",
        "A 960mb low.",
        "The F-16 flew.",
        "An A380 landed.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_figure_in_m_among_words_of_length_is_metres() {
    for (text, surface, value) in [
        ("The river peaked at 5.9m on Friday.", "5.9m", 5.9),
        ("It reached a height of 5.9m.", "5.9m", 5.9),
        ("Waves as high as 6.5m hit the coast.", "6.5m", 6.5),
        ("The water rose to 19ft (5.8m) overnight.", "5.8m", 5.8),
        ("It rose to 5.8m (19ft) overnight.", "5.8m", 5.8),
        ("A 5.9m-high wall stood.", "5.9m", 5.9),
    ] {
        let found = run(text);
        let n = found.iter().find(|n| n.text == surface);
        let n = n.unwrap_or_else(|| panic!("{text}: {found:?}"));
        assert_eq!(
            (n.value, n.unit.as_deref()),
            (Some(value), Some("m")),
            "{text}"
        );
    }
    // Millions: a decimal alone, a counted noun after, even among words of length.
    check("Cases rose to 5.9m.", "5.9m", Some(5.9e6), Some("cases"));
    check("The clip was viewed 50m times.", "50m", Some(5e7), None);
    check(
        "The river drew 5.9m visitors.",
        "5.9m",
        Some(5.9e6),
        Some("visitors"),
    );
    check("A 20m wall.", "20m", Some(20.0), Some("m"));
}

#[test]
fn nautical_miles_are_a_unit_of_their_own() {
    check(
        "Ships stayed 12 nautical miles offshore.",
        "12",
        Some(12.0),
        Some("nautical miles"),
    );
    check(
        "The search covered 2.2m sq nautical miles.",
        "2.2m",
        Some(2.2e6),
        Some("square nautical miles"),
    );
    // Miles alone, on land, stay miles.
    check(
        "They walked 12 miles home.",
        "12",
        Some(12.0),
        Some("miles"),
    );
    check(
        "It covers 40 sq miles.",
        "40",
        Some(40.0),
        Some("square miles"),
    );
}

#[test]
fn codes_versions_resolutions_and_phone_numbers_are_no_quantities() {
    for text in [
        "Leaders met at COP28 in the city.",
        "The P5+1 talks resumed.",
        "The iOS 17.4 update shipped.",
        "It runs macOS 14.2 now.",
        "A 4K screen is sharp.",
        "Call 020 7946 0000 today.",
        "Ring 01632 960000 today.",
        "Ring +44 20 7946 0000 today.",
        "Ring (212) 555-0100 today.",
        "Call the helpline on 1800 333 000 today.",
        "Ring 1300 659 467 for support.",
        "Call Lifeline on 13 11 14 tonight.",
        "Call 999 or 111 tonight.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // Money with its code, thousands in "k" and a decimal after a plain word stay
    // quantities.
    for (text, surface, value, unit) in [
        ("It paid USD1.2bn.", "USD1.2bn", 1.2e9, "USD"),
        ("It paid USD 200.", "USD 200", 200.0, "USD"),
        ("It has 20K followers.", "20K", 20000.0, "followers"),
        ("Sales rose to 17.4 tonnes.", "17.4", 17.4, "tonnes"),
    ] {
        check(text, surface, Some(value), Some(unit));
    }
    assert_eq!(run("It took 5 + 1 days.").len(), 2);
}

#[test]
fn a_designation_before_the_counted_noun_leaves_it_the_unit() {
    for (text, unit) in [
        ("They sent 19 F-16 fighter jets.", "jets"),
        ("They sent 40 T-72 tanks.", "tanks"),
        ("Ten Covid-19 patients died.", "patients"),
        ("They sent 19 F-16s.", "F-16s"),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].unit.as_deref(), Some(unit), "{text}");
    }
    // A figure alone after the count stops the search, unless a maker's name comes before
    // it ("12 Boeing 737 jets").
    assert_eq!(run("They sold 12 used 737 jets.")[0].unit, None);
}

#[test]
fn groups_of_three_digits_set_apart_by_spaces_are_one_figure() {
    for (text, surface, value, unit) in [
        (
            "About 45 000 people marched.",
            "45 000",
            45000.0,
            Some("people"),
        ),
        (
            "It cost €1 250 000 in all.",
            "€1 250 000",
            1.25e6,
            Some("EUR"),
        ),
        (
            "It sold 12\u{a0}500 copies.",
            "12\u{a0}500",
            12500.0,
            Some("copies"),
        ),
    ] {
        check(text, surface, Some(value), unit);
    }
    let range: Vec<_> = run("Between 10 000-20 000 fans came.")
        .iter()
        .map(|n| n.value)
        .collect();
    assert_eq!(range, [Some(10000.0), Some(20000.0)]);
    // A date takes its own figure; the count after it stands alone.
    let found = run("On March 5 300 people marched.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].value, found[0].unit.as_deref()),
        (Some(300.0), Some("people"))
    );
    // Groups that are not three digits long are separate figures.
    let texts: Vec<_> = run("In 2023 500 people and 45 0000 ants.")
        .into_iter()
        .map(|n| n.text)
        .collect();
    assert_eq!(texts, ["500", "45", "0000"]);
}

#[test]
fn a_count_that_leaves_out_its_noun_counts_the_noun_before() {
    let people = Some("people".to_string());
    assert_eq!(
        units("Three people were killed and 50 injured."),
        [people.clone(), people]
    );
    let hurt: Vec<_> = units("In all 129 people died there, and 352 were hurt.");
    assert_eq!(hurt[1].as_deref(), Some("people"));
    let homes = Some("homes".to_string());
    assert_eq!(
        units("Ten homes burned down, while 4 were damaged."),
        [homes.clone(), homes]
    );
    // Measures, another sentence, or no verb after the figure: nothing is shared.
    assert_eq!(units("It rained 3 hours and 50 fell.")[1], None);
    assert_eq!(units("Ten homes burned down. And 4 were damaged.")[1], None);
    assert_eq!(units("Three people came and 50 more.")[1], None);
    assert_eq!(units("Three people left and 50 stayed.")[1], None);
}

#[test]
fn a_qualifier_before_a_scale_named_before_the_figure_is_kept() {
    let n = one("Tremors reached up to magnitude 4.8 overnight.");
    assert_eq!(n.qualifier.as_deref(), Some("up to"));
    assert_eq!((n.value, n.unit.as_deref()), (Some(4.8), Some("magnitude")));
    let n = one("A magnitude 6.2 earthquake struck.");
    assert_eq!(n.qualifier, None);
    assert_eq!((n.value, n.unit.as_deref()), (Some(6.2), Some("magnitude")));
}

#[test]
fn a_figure_with_its_hyphen_held_over_spans_to_the_next() {
    for text in [
        "Among 15- to 24-year-olds, the rate rose.",
        "Among 15 to 24-year-olds, the rate rose.",
    ] {
        let found = run(text);
        let read: Vec<_> = found
            .iter()
            .map(|n| (n.value, n.unit.as_deref(), n.flags.clone()))
            .collect();
        let range = vec!["range".to_string(), "age".to_string()];
        assert_eq!(
            read,
            [
                (Some(15.0), Some("years"), range.clone()),
                (Some(24.0), Some("years"), range)
            ],
            "{text}"
        );
    }
    // Held over to a second figure joined by "and", it spans nothing.
    let found = run("They hired 15- and 16-year-olds.");
    assert!(
        found
            .iter()
            .all(|n| !n.flags.contains(&"range".to_string())),
        "{found:?}"
    );
}

#[test]
fn milligrams_written_apart_from_the_figure() {
    let found = run("Take 250 mg daily.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].unit.as_deref(), Some("mg"));
}

#[test]
fn a_tally_set_against_another_counts_the_same() {
    let votes = Some("votes".to_string());
    assert_eq!(
        units("The motion passed by 311 votes to 207."),
        vec![votes.clone(); 2]
    );
    assert_eq!(
        units("Amadi took 5,120 votes to Brell's 4,980."),
        vec![votes; 2]
    );
    // A change to a level, or a share, says nothing of what the level counts.
    assert_eq!(units("It climbed 9 places to 31.")[1], None);
    assert_eq!(units("Trade grew 4 percent to 80.")[1], None);
}

#[test]
fn an_age_closing_its_sentence_after_a_name() {
    let found = run("The cubs were born to mother Tashi, 6, and father Bao, 8. They thrive.");
    assert!(
        found.iter().all(|n| n.flags == vec!["age".to_string()]),
        "{found:?}"
    );
    let found = run("They bought apples and pears, 8. Then they left.");
    assert!(found.iter().all(|n| n.flags.is_empty()), "{found:?}");
}

#[test]
fn labels_by_number_are_no_quantities() {
    for text in [
        "It crashed near junction 10.",
        "See page 12 of the report.",
        "It is No. 7 on the list.",
        "He left No 10 early.",
        "Crews on flight 4417 were praised.",
    ] {
        assert!(run(text).is_empty(), "{text}");
    }
    // A label noun used as a verb keeps the count after it.
    check("They form 3 groups.", "3", Some(3.0), Some("groups"));
}

#[test]
fn hyphened_words_around_a_figure() {
    check("A magnitude-7 quake.", "7", Some(7.0), Some("magnitude"));
    check(
        "He scored 100-plus goals.",
        "100-plus",
        Some(100.0),
        Some("goals"),
    );
    check("It had 40-odd fouls.", "40-odd", Some(40.0), Some("fouls"));
    let found = run("He is 6ft 2in tall.");
    assert_eq!(found.len(), 2);
    assert_eq!(
        (found[1].value, found[1].unit.as_deref()),
        (Some(2.0), Some("inches"))
    );
}

#[test]
fn units_of_two_words() {
    check(
        "It cut by 25 basis points.",
        "25",
        Some(25.0),
        Some("basis points"),
    );
    check(
        "Or 0.25 percentage point.",
        "0.25",
        Some(0.25),
        Some("percentage points"),
    );
}

#[test]
fn percentages_joined_by_a_dash_are_a_range() {
    for text in ["A range of 4.25%-4.5%.", "A range of 4.25%–4.5%."] {
        let found = run(text);
        assert_eq!(found.len(), 2, "{text}");
        assert_eq!(found[0].value, Some(4.25));
        assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
    }
}

#[test]
fn other_more_and_alternatives_keep_the_counted_noun() {
    check("Two other ships sank.", "Two", Some(2.0), Some("ships"));
    check(
        "Send three more nurses.",
        "three",
        Some(3.0),
        Some("nurses"),
    );
    let found = run("It took four or five tries.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|n| n.unit.as_deref() == Some("tries")));
}

#[test]
fn a_part_counts_what_its_whole_counts() {
    let found = run("They won 41 of the 120 seats and 9 of 12 votes, 2 of $10.");
    let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
    assert_eq!(
        units,
        vec![
            Some("seats"),
            Some("seats"),
            Some("votes"),
            Some("votes"),
            None,
            Some("USD")
        ]
    );
}

#[test]
fn scaled_values_are_the_decimals_written() {
    check(
        "A $4.1 billion plan.",
        "$4.1 billion",
        Some(4.1e9),
        Some("USD"),
    );
    check(
        "A $0.7 million grant.",
        "$0.7 million",
        Some(7e5),
        Some("USD"),
    );
    check(
        "Some 2.3 million people.",
        "2.3 million",
        Some(2.3e6),
        Some("people"),
    );
    assert_eq!(tidy(1.0 / 3.0), 1.0 / 3.0);
    assert_eq!(tidy(4.1 * 1e9), 4_100_000_000.0);
    assert_eq!(tidy(0.07 * 3.0), 0.21);
}

#[test]
fn one_opening_a_range_and_a_part_of_a_group() {
    let found = run("Drink one to three cups.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].value, Some(1.0));
    assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
    assert!(run("One to watch.").is_empty());
    check(
        "It said 40 of its members left.",
        "40",
        Some(40.0),
        Some("members"),
    );
}

#[test]
fn a_speed_written_close_keeps_its_divisor() {
    check("Gusts hit 75km/h.", "75km/h", Some(75.0), Some("km/h"));
    check("A 5km run.", "5km", Some(5.0), Some("km"));
    assert!(run("Flags flew at half-staff.").is_empty());
}

#[test]
fn sums_of_money_joined_by_a_dash_are_a_range() {
    for (text, first, second) in [
        ("A bill of £30m-£45m.", 3e7, 4.5e7),
        ("A bill of £30m-45m.", 3e7, 4.5e7),
        ("A bill of $3-4 billion.", 3e9, 4e9),
        ("A bill of $3bn–4bn.", 3e9, 4e9),
        ("A ticket costs $15-25.", 15.0, 25.0),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 2, "{text}");
        assert_eq!(found[0].value, Some(first), "{text}");
        assert_eq!(found[1].value, Some(second), "{text}");
        assert_eq!(found[1].unit, found[0].unit, "{text}");
        assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
    }
    // Two sums the wrong way round are still read, but span nothing.
    let found = run("Sales: $9-$4.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|n| n.flags.is_empty()));
}

#[test]
fn a_plural_describing_the_next_plural_is_not_what_is_counted() {
    check(
        "It saw 14 new mumps cases.",
        "14",
        Some(14.0),
        Some("cases"),
    );
    check("We sold 40 sports cars.", "40", Some(40.0), Some("cars"));
    // A quantity of time is one amount and may take a verb in "-s".
    check(
        "Six months tells us nothing.",
        "Six",
        Some(6.0),
        Some("months"),
    );
}

#[test]
fn currencies_named_after_the_amount() {
    check("A fund of 5bn lira.", "5bn", Some(5e9), Some("TRY"));
    check("It cost 300 shekels.", "300", Some(300.0), Some("ILS"));
    check(
        "A 20 million rand deal.",
        "20 million",
        Some(2e7),
        Some("ZAR"),
    );
    // A name several currencies share, or a weight, gives no currency.
    check("He weighed 300 pounds.", "300", Some(300.0), Some("pounds"));
}

#[test]
fn temperatures_however_written() {
    check("It reached 40.3C.", "40.3C", Some(40.3), Some("°C"));
    check("It reached 104F.", "104F", Some(104.0), Some("°F"));
    check("It reached 38.7 °C.", "38.7 °C", Some(38.7), Some("°C"));
    check("It reached 40°C.", "40°C", Some(40.0), Some("°C"));
    check("It fell to -5C.", "-5C", Some(-5.0), Some("°C"));
    check(
        "It fell to \u{2212}12.5°C.",
        "\u{2212}12.5°C",
        Some(-12.5),
        Some("°C"),
    );
    // A hyphen between two numbers is no minus sign.
    let pair = run("The 10-5C gap.");
    assert_eq!(pair[1].text, "5C");
    assert_eq!(pair[1].value, Some(5.0));
    // A letter after a label's number or a long code is not a scale.
    assert!(run("File Form 1040C today.").is_empty());
    assert!(run("He sat in seat 14C, two rows from row 12F.")
        .iter()
        .all(|n| n.unit.as_deref() != Some("°C") && n.unit.as_deref() != Some("°F")));
    assert!(run("Board at Gate 12C, seat 3018F.")
        .iter()
        .all(|n| n.unit.is_none()));
}

#[test]
fn a_fraction_of_a_scale_is_one_number() {
    check(
        "Half a million homes.",
        "Half a million",
        Some(5e5),
        Some("homes"),
    );
    check(
        "A quarter of a million people.",
        "A quarter of a million",
        Some(2.5e5),
        Some("people"),
    );
    check(
        "It cost three-quarters of a billion.",
        "three-quarters of a billion",
        Some(7.5e8),
        None,
    );
    check("Half the homes were empty.", "Half", Some(0.5), None);
    check(
        "It cost a billion dollars.",
        "a billion",
        Some(1e9),
        Some("USD"),
    );
    check(
        "One in three adults agreed.",
        "One in three",
        Some(1.0 / 3.0),
        Some("adults"),
    );
    check(
        "About 1 in 5 children left.",
        "1 in 5",
        Some(0.2),
        Some("children"),
    );
    assert_eq!(run("One in three agreed.")[0].flags, vec!["share"]);
    // Not a share: a larger first number, or a year after "in".
    assert_eq!(run("Five in two cars.").len(), 2);
    assert!(run("One in 2020 left.").is_empty());
    check(
        "It cost two million euros.",
        "two million",
        Some(2e6),
        Some("EUR"),
    );
}

#[test]
fn a_zero_in_an_idiom_counts_nothing() {
    for text in [
        "The firm aims for net zero by 2030.",
        "It has a zero-tolerance policy.",
        "Rescuers reached ground zero.",
    ] {
        assert!(run(text).is_empty(), "{text}");
    }
    assert_eq!(one("Inflation fell to zero.").value, Some(0.0));
    assert_eq!(one("Zero people came.").unit.as_deref(), Some("people"));
}

#[test]
fn number_words() {
    check("The two sides met.", "two", Some(2.0), Some("sides"));
    assert!(run("It was the worst since World War Two.").is_empty());
    check("Three were held.", "Three", Some(3.0), None);
    check(
        "For three Texas landowners.",
        "three",
        Some(3.0),
        Some("landowners"),
    );
    check(
        "Some 1,000 Americans left.",
        "1,000",
        Some(1000.0),
        Some("Americans"),
    );
    check(
        "Eighty delegates came.",
        "Eighty",
        Some(80.0),
        Some("delegates"),
    );
    check(
        "They bought two dozen eggs.",
        "two dozen",
        Some(24.0),
        Some("eggs"),
    );
    check(
        "They bought a dozen eggs.",
        "a dozen",
        Some(12.0),
        Some("eggs"),
    );
    check(
        "It took a two-day summit.",
        "two-day",
        Some(2.0),
        Some("days"),
    );
    check(
        "There were one hundred and twenty guests.",
        "one hundred and twenty",
        Some(120.0),
        Some("guests"),
    );
    check(
        "Twenty-five guests came.",
        "Twenty-five",
        Some(25.0),
        Some("guests"),
    );
}

#[test]
fn descending_pairs_are_tallies_not_ranges() {
    let found = run("The board voted 11-4 to close the pier.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|n| n.flags == vec!["tally".to_string()]));
    let found = run("It ended in a 2-2 draw.");
    assert!(found
        .iter()
        .all(|n| n.flags == vec!["tally".to_string()] && n.unit.is_none()));
    let found = run("It passed 220-212 votes.");
    assert!(found.iter().all(|n| n.unit.as_deref() == Some("votes")));
    let found = run("It costs 4-11 dollars.");
    assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
}

#[test]
fn a_score_in_words_is_a_tally_of_no_unit() {
    for (text, value) in [("Two-nil up, we sat back.", 2.0), ("A one-nil win.", 1.0)] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].value, Some(value));
        assert_eq!(found[0].unit, None);
        assert_eq!(found[0].flags, vec!["tally".to_string()]);
    }
}

#[test]
fn vague_amounts_and_ranges() {
    let n = one("Thousands of troops massed.");
    assert_eq!(n.value, None);
    assert_eq!(n.flags, vec!["vague"]);
    assert_eq!(n.unit.as_deref(), Some("troops"));
    let n = one("The hall is a few hundred meters away.");
    assert_eq!((n.text.as_str(), n.value), ("a few hundred", None));
    assert_eq!(n.flags, vec!["vague"]);
    let found = run("Some 20-25 boats sank.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].text, "20");
    assert_eq!(found[1].text, "25");
    assert!(found.iter().all(|n| n.flags.contains(&"range".to_string())));
    assert_eq!(found[0].unit.as_deref(), Some("boats"));
    let found = run("It holds between 300 and 400 people.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
    assert_eq!(found[0].unit.as_deref(), Some("people"));
    let found = run("Around 300 to 400 people came.");
    assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
    assert_eq!(found[0].qualifier.as_deref(), Some("Around"));
    assert_eq!(found[0].unit.as_deref(), Some("people"));
    let found = run("It rose from 5 to 10 points.");
    assert!(found.iter().all(|n| n.flags.is_empty()));
    let found = run("It sees revenue of $6.2 billion to $6.6 billion.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|n| n.flags == vec!["range".to_string()]));
    let found = run("Yields climbed 0.5% to 4.5%. It fell 10% to 8%.");
    assert_eq!(found.len(), 4);
    assert!(found.iter().all(|n| n.flags.is_empty()));
}

#[test]
fn qualifiers() {
    let n = one("There were more than 140 warships.");
    assert_eq!(n.qualifier.as_deref(), Some("more than"));
    assert_eq!(n.unit.as_deref(), Some("warships"));
    let n = one("About 5 boats.");
    assert_eq!(n.qualifier.as_deref(), Some("About"));
    let n = one("It cost around $2.7 billion.");
    assert_eq!(n.qualifier.as_deref(), Some("around"));
    assert_eq!(n.value, Some(2.7e9));
    let n = one("There are some 100,00 troops.");
    assert_eq!(n.text, "100,00");
    assert_eq!(n.qualifier.as_deref(), Some("some"));
    assert_eq!(n.value, None);
    assert_eq!(n.flags, vec!["irregular-grouping"]);
    assert_eq!(one("It has 1,5000 rows.").flags, vec!["irregular-grouping"]);
    assert_eq!(
        one("an estimated 40 boats").qualifier.as_deref(),
        Some("an estimated")
    );
}

#[test]
fn scale_suffixes_and_more_qualifiers() {
    check(
        "They raised 20k signatures.",
        "20k",
        Some(20000.0),
        Some("signatures"),
    );
    check(
        "Debt hit $1.2 trillion.",
        "$1.2 trillion",
        Some(1.2e12),
        Some("USD"),
    );
    let n = one("Hundreds of homes burned.");
    assert_eq!(
        (n.value, n.flags.clone()),
        (None, vec!["vague".to_string()])
    );
    assert_eq!(n.unit.as_deref(), Some("homes"));
    assert_eq!(one("Millions of people voted.").flags, vec!["vague"]);
    for (text, qualifier) in [
        ("up to 50 boats", "up to"),
        ("fewer than 50 boats", "fewer than"),
        ("at least 50 boats", "at least"),
        ("roughly 50 boats", "roughly"),
        ("almost 50 boats", "almost"),
        ("nearly 50 boats", "nearly"),
        ("over 50 boats", "over"),
    ] {
        assert_eq!(one(text).qualifier.as_deref(), Some(qualifier), "{text}");
    }
    assert_eq!(one("with 50 boats").qualifier, None);
    assert_eq!(one("The rate ticked up to 3.9%.").qualifier, None);
    assert_eq!(
        one("Storms killed up to 50 people.").qualifier.as_deref(),
        Some("up to")
    );
}

#[test]
fn ages() {
    assert_eq!(one("A man, 34, was held.").flags, vec!["age"]);
    let n = one("John Smith, 54, said so.");
    assert_eq!(n.value, Some(54.0));
    assert_eq!(n.flags, vec!["age"]);
    assert_eq!(one("A 54-year-old man.").flags, vec!["age"]);
    // Spelled out, or in months, weeks or days, an age is the same.
    for (text, surface, value, unit) in [
        ("A four-year-old mare won.", "four-year-old", 4.0, "years"),
        (
            "A sixty-two-year-old clerk.",
            "sixty-two-year-old",
            62.0,
            "years",
        ),
        ("An 8-month-old calf.", "8-month-old", 8.0, "months"),
        ("A three-week-old lamb.", "three-week-old", 3.0, "weeks"),
    ] {
        let n = one(text);
        assert_eq!(
            (n.text.as_str(), n.value, n.unit.as_deref()),
            (surface, Some(value), Some(unit))
        );
        assert_eq!(n.flags, vec!["age"], "{text}");
    }
    assert_eq!(one("He died at the age of 87.").flags, vec!["age"]);
    assert_eq!(one("Says Jo Kerr, now 69, at home.").flags, vec!["age"]);
    assert_eq!(one("She was 91.").flags, vec!["age"]);
    assert_eq!(one("He was 14 when the mill shut.").flags, vec!["age"]);
    assert!(one("He was 14 minutes late.").flags.is_empty());
    assert!(one("The total was 88.").flags.is_empty());
    assert!(one("Then she was 3 down.").flags.is_empty());
}

#[test]
fn compounds_of_invariant_plurals_are_counted() {
    check(
        "She left five grandchildren.",
        "five",
        Some(5.0),
        Some("grandchildren"),
    );
    check("Police shot 3 gunmen.", "3", Some(3.0), Some("gunmen"));
    check("It holds 2 specimen jars.", "2", Some(2.0), Some("jars"));
}

#[test]
fn describing_words_joined_by_and_or_commas_come_before_the_counted_noun() {
    check(
        "Ada Pell said 2,300 past and present tenants had complained.",
        "2,300",
        Some(2300.0),
        Some("tenants"),
    );
    check(
        "The lot sold 80 new or used vans.",
        "80",
        Some(80.0),
        Some("vans"),
    );
    check(
        "It hired 45 young, skilled and eager apprentices.",
        "45",
        Some(45.0),
        Some("apprentices"),
    );
    // A counted noun before the joining word is the one counted.
    check(
        "It sold 80 vans and used trucks.",
        "80",
        Some(80.0),
        Some("vans"),
    );
    // A verb after the figure is no describing word, nor is a word of time.
    check("Only 80 came and went.", "80", Some(80.0), None);
    check(
        "It paid 80 yesterday and former tenants left.",
        "80",
        Some(80.0),
        None,
    );
}

#[test]
fn not_numbers() {
    for text in [
        "It happened in 2014.",
        "It happened on Jan 21.",
        "It happened at 9:20 p.m.",
        "It was the first time.",
        "She came 35th in the race.",
        "PM2.5 levels rose.",
        "The A6 road closed.",
        "An F-16 flew past.",
        "Covid-19 spread.",
        "Call +44 20 7946 0958 now.",
        "Call (555) 123-4567 now.",
        "It is the one that left.",
        "He lives at 10 Downing Street.",
        "A bar at 92 rue de Charonne.",
        "date 2022-01-22 Nothing here.\n",
        "He scored in the first half.",
        "They pulled back in the second half.",
        "The other half of the pair stayed.",
        "It starts after half-term.",
        "He scored at half-time.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // A half of something is a number.
    check("He said that half of them left.", "half", Some(0.5), None);
    check("Nearly half the crowd left.", "half", Some(0.5), None);
    check("A half-hour walk.", "half-hour", Some(0.5), Some("hour"));
    let walk = one("It took about a half-hour.");
    assert_eq!(walk.qualifier.as_deref(), Some("about"));
    assert_eq!(one("Fraud over a two-year period.").qualifier, None);
    // A number after a quantity starts a quantity of its own.
    assert_eq!(one("It had 32 million five years ago.").unit, None);
    check(
        "It took two and a half years.",
        "two and a half",
        Some(2.5),
        Some("years"),
    );
    check(
        "It took 3 and a half hours.",
        "3 and a half",
        Some(3.5),
        Some("hours"),
    );
    check(
        "It took three-and-a-half years.",
        "three-and-a-half",
        Some(3.5),
        Some("years"),
    );
    check(
        "A two-and-a-half-year delay.",
        "two-and-a-half-year",
        Some(2.5),
        Some("years"),
    );
}

#[test]
fn fractions_and_model_numbers() {
    check(
        "Two-thirds of voters agreed.",
        "Two-thirds",
        Some(2.0 / 3.0),
        Some("voters"),
    );
    check("A half-dozen eggs.", "half-dozen", Some(6.0), Some("eggs"));
    check(
        "Sales fell for five quarters.",
        "five",
        Some(5.0),
        Some("quarters"),
    );
    check(
        "Three quarters of voters agreed.",
        "Three quarters",
        Some(0.75),
        Some("voters"),
    );
    check(
        "They plan three quarter-point cuts.",
        "three",
        Some(3.0),
        Some("cuts"),
    );
    check(
        "About a third of voters agreed.",
        "a third",
        Some(1.0 / 3.0),
        Some("voters"),
    );
    assert!(run("They flew a Boeing 777 jet.").is_empty());
    assert!(run("The S&P 500 rose.").is_empty());
    assert!(run("Sales of the iPhone 17 rose.").is_empty());
    assert_eq!(one("Rates & 5 banks.").value, Some(5.0));
    assert!(run("They met one-on-one.").is_empty());
    assert!(run("It was the third time.").is_empty());
}

#[test]
fn huge_numbers_never_overflow() {
    let digits = "9".repeat(1000);
    let text = format!("It had {digits} grains.");
    let n = one(&text);
    assert_eq!(n.value, None);
    assert!(n.flags.contains(&"overflow".to_string()));
    let text = format!("It cost ${digits} billion.");
    assert_eq!(one(&text).value, None);
    // A run of digits longer than anything written as a number is not read as one.
    let text = format!("It had {} grains.", "9".repeat(5000));
    assert!(run(&text).is_empty());
}

#[test]
fn a_race_named_by_its_distance_in_thousands_is_no_quantity() {
    for text in [
        "Ivo Dane won the 10k in Boston.",
        "Ada Quist ran a 5k run.",
        "Mara Lind won the 10k.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // A race in metres keeps its length, never millions of what follows.
    check(
        "Tom Reyes reached the 100m final.",
        "100m",
        Some(100.0),
        Some("m"),
    );
    check(
        "Arun Tebbe won the 1500m heats.",
        "1500m",
        Some(1500.0),
        Some("m"),
    );
    check(
        "Mara Lind won the 110m hurdles.",
        "110m",
        Some(110.0),
        Some("m"),
    );
    // A distance walked, money and thousands of something stay quantities.
    check("Ivo Dane did a 10km walk.", "10km", Some(10.0), Some("km"));
    check(
        "Ada Quist raised £10k for it.",
        "£10k",
        Some(1e4),
        Some("GBP"),
    );
    check("They earned a 10k bonus.", "10k", Some(1e4), None);
    check("The 100m tower fell.", "100m", Some(100.0), Some("m"));
}

#[test]
fn a_series_code_spaced_from_a_small_figure_names_a_meeting() {
    assert!(run("Delegates met at COP 28 in the city.").is_empty());
    assert!(run("Leaders of the G 20 met.").is_empty());
    check(
        "It cost COP 28,000 in all.",
        "COP 28,000",
        Some(28000.0),
        Some("COP"),
    );
    check("It cost USD 28 in all.", "USD 28", Some(28.0), Some("USD"));
}

#[test]
fn a_capitalised_word_and_a_figure_opening_a_sentence_are_a_name() {
    for text in [
        "Building 7 was evacuated.",
        "Staff left. Apollo 11 landed.",
        "FTSE 100 rose.",
        "Level 4 restrictions began.",
        "Staff said Terminal 5 passengers waited.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    for (text, surface) in [
        ("Another 300 troops arrived.", "300"),
        ("Maybe 30 turned up.", "30"),
        ("Nationwide 30 died.", "30"),
        ("Today 30 remain.", "30"),
        ("Officials 40 left.", "40"),
        ("Building 7 residents left.", "7"),
        ("Staff said level 4 restrictions began.", "4"),
    ] {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].text, surface, "{text}");
    }
}

#[test]
fn a_model_number_after_a_maker_is_skipped_to_the_counted_noun() {
    check(
        "The airline ordered 12 Boeing 737 jets.",
        "12",
        Some(12.0),
        Some("jets"),
    );
    check(
        "It flew three Airbus A320 aircraft.",
        "three",
        Some(3.0),
        Some("aircraft"),
    );
    check(
        "It bought three Boeing 737s.",
        "three",
        Some(3.0),
        Some("737s"),
    );
}

#[test]
fn a_larger_scale_word_after_another_multiplies_it() {
    check(
        "It costs two lakh crore rupees.",
        "two lakh crore",
        Some(2e12),
        Some("INR"),
    );
    check(
        "It has five lakh people.",
        "five lakh",
        Some(5e5),
        Some("people"),
    );
    check(
        "It has three crore voters.",
        "three crore",
        Some(3e7),
        Some("voters"),
    );
    check(
        "It cost a thousand million euros.",
        "a thousand million",
        Some(1e9),
        Some("EUR"),
    );
    check(
        "It has one million two hundred thousand people.",
        "one million two hundred thousand",
        Some(1.2e6),
        Some("people"),
    );
}

/// A number's text, value, unit and flags.
type Reading = (String, Option<f64>, Option<String>, Vec<String>);

/// The reading of every number in `text`.
fn readings(text: &str) -> Vec<Reading> {
    run(text)
        .into_iter()
        .map(|n| (n.text, n.value, n.unit, n.flags))
        .collect()
}

#[test]
fn a_suffix_repeated_across_a_dash_makes_a_range() {
    let found = readings("Ivo Dane paid 2m-3m euros for it.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, Some(2e6));
    assert_eq!(found[0].2.as_deref(), Some("EUR"));
    assert_eq!(found[1].1, Some(3e6));
    assert!(found.iter().all(|f| f.3.contains(&"range".to_string())));
    let found = readings("Some 50m-60m people watched Ada Quist.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, Some(5e7));
    assert_eq!(found[0].2.as_deref(), Some("people"));
    let found = readings("Quist Ltd lost $5-$7 billion last year.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, Some(5e9));
    assert_eq!(found[1].1, Some(7e9));
    let found = readings("Quist Ltd lost 2bn-3bn last year.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, Some(2e9));
    assert_eq!(found[1].1, Some(3e9));
    let found = readings("Some 5-10k fans met Ivo Dane.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, Some(5e3));
    assert_eq!(found[1].1, Some(1e4));
    let found = readings("The trail runs 10km-15km north.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("km"));
    assert_eq!(found[1].2.as_deref(), Some("km"));
    // A code whose letters differ is no range.
    assert!(run("Ivo Dane flew the 2m-3k route.").is_empty());
}

#[test]
fn a_currency_sign_repeated_across_a_dash_makes_a_range() {
    let found = readings("Shares of Quist Ltd were priced at HK$18.50-HK$21.20.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "HK$18.50");
    assert_eq!(found[1].0, "HK$21.20");
    assert_eq!(found[1].1, Some(21.2));
    assert_eq!(found[1].2.as_deref(), Some("HKD"));
    assert!(found.iter().all(|f| f.3.contains(&"range".to_string())));
}

#[test]
fn circa_is_a_qualifier() {
    for (text, qualifier) in [
        ("Circa 500 people met Mara Lind.", "Circa"),
        ("Some ca. 500 people met Mara Lind.", "ca."),
        ("Some c. 500 people met Mara Lind.", "c."),
    ] {
        let n = one(text);
        assert_eq!(n.qualifier.as_deref(), Some(qualifier), "{text}");
        assert_eq!(n.value, Some(500.0), "{text}");
    }
}

#[test]
fn a_verb_after_a_share_leaves_it_without_the_object_as_unit() {
    let n = one("About 1 in 5 reported side effects, Tom Reyes said.");
    assert_eq!(n.value, Some(0.2));
    assert_eq!(n.unit, None);
    let n = one("About 1 in 5 had mild symptoms.");
    assert_eq!(n.unit, None);
    let n = one("About 1 in 5 reported cases came from Leeds.");
    assert_eq!(n.unit.as_deref(), Some("cases"));
    let n = one("One in five adults smoke, Tom Reyes said.");
    assert_eq!(n.unit.as_deref(), Some("adults"));
}

#[test]
fn new_unit_symbols() {
    check("It holds 5,000mAh.", "5,000mAh", Some(5000.0), Some("mAh"));
    check("It made 12TWh.", "12TWh", Some(12.0), Some("TWh"));
    check("It has a 48MP camera.", "48MP", Some(48.0), Some("MP"));
    check("A 60W bulb.", "60W", Some(60.0), Some("W"));
    check("A 240V supply.", "240V", Some(240.0), Some("V"));
    check(
        "A battery of 3,000 mAh.",
        "3,000",
        Some(3000.0),
        Some("mAh"),
    );
    // A lower-case letter is no unit; a "W" after a latitude is a longitude.
    assert!(run("Ada Quist ran the 3w route.").is_empty());
    assert!(units("The storm was at 25.3N 80.1W.")
        .iter()
        .all(|u| u.as_deref() != Some("W")));
}

#[test]
fn a_hyphened_measure_takes_the_plural_of_its_spaced_form() {
    check("A 10-mile walk.", "10-mile", Some(10.0), Some("miles"));
    check("A 12-foot wall.", "12-foot", Some(12.0), Some("feet"));
    check("A 2-inch gap.", "2-inch", Some(2.0), Some("inches"));
    check(
        "A 3-century tradition.",
        "3-century",
        Some(3.0),
        Some("centuries"),
    );
    check("A 1-mile walk.", "1-mile", Some(1.0), Some("mile"));
    check("A half-mile walk.", "half-mile", Some(0.5), Some("mile"));
    check("A 5-star hotel.", "5-star", Some(5.0), Some("star"));
}

#[test]
fn ranges_of_ages() {
    for text in [
        "Pupils aged 11-16 met Ivo Dane.",
        "Pupils aged 11 to 16 met Ivo Dane.",
        "Pupils aged between 11 and 16 met Ivo Dane.",
    ] {
        let found = readings(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        for f in &found {
            assert_eq!(f.3, ["range", "age"], "{text}: {found:?}");
        }
    }
    let found = readings("Between 11 and 16 people met Ivo Dane.");
    assert!(found.iter().all(|f| !f.3.contains(&"age".to_string())));
}

#[test]
fn an_age_in_brackets_after_a_person_name() {
    let n = one("Tom Reyes (34), of Leeds, was charged.");
    assert_eq!(n.flags, vec!["age".to_string()]);
    let n = one("Police named Anna Lind Quist (7).");
    assert_eq!(n.flags, vec!["age".to_string()]);
    // Seats of a party are no ages.
    for text in [
        "Labour (34) won most seats.",
        "The Greens (12) lost.",
        "Liberal Democrats (12) lost.",
        "Tom Reyes (1034) lost.",
    ] {
        assert!(
            run(text)
                .iter()
                .all(|n| !n.flags.contains(&"age".to_string())),
            "{text}"
        );
    }
}

#[test]
fn a_magnitude_glued_to_its_m() {
    let n = one("An M6.1 earthquake hit the coast near Quist.");
    assert_eq!(n.text, "M6.1");
    assert_eq!(n.value, Some(6.1));
    assert_eq!(n.unit.as_deref(), Some("magnitude"));
    check(
        "A magnitude-6.1 quake hit.",
        "6.1",
        Some(6.1),
        Some("magnitude"),
    );
    check("An M7 quake hit.", "M7", Some(7.0), Some("magnitude"));
    // An "M" glued to a code is none.
    assert!(run("Tom Reyes drove the M6.1 junction.").is_empty());
    assert!(run("Tom Reyes drove the M6 to Leeds.").is_empty());
}

#[test]
fn a_subsection_in_brackets_is_no_number() {
    assert!(run("Under Rule 9(2) of the code, Ivo Dane was barred.").is_empty());
    assert!(run("Section 144 and Article 370 apply, Ada Quist said.").is_empty());
    assert!(run("Call 0800 123 456 or +44 20 7946 0958.").is_empty());
}

#[test]
fn a_year_after_by_is_no_number() {
    assert!(run("Sea levels could rise by 2100, Ada Quist said.").is_empty());
}

#[test]
fn a_count_before_a_saints_name_is_no_address() {
    check(
        "Ivo Dane met 300 people at St Ivo's Hospital.",
        "300",
        Some(300.0),
        Some("people"),
    );
    check(
        "Some 40,000 pilgrims in St Quist's Square cheered.",
        "40,000",
        Some(40000.0),
        Some("pilgrims"),
    );
    check(
        "A crowd of 5,000 gathered at St. Lind's Cathedral.",
        "5,000",
        Some(5000.0),
        Some("people"),
    );
    // A capitalised street name between the figure and the street word is an address.
    assert!(run("Ada Quist lives at 12 Tebbe St in the city.").is_empty());
    assert!(run("Ada Quist lives at 12 Tebbe Road now.").is_empty());
}

#[test]
fn abbreviated_units_of_time_are_spelled_out() {
    check(
        "Ivo Dane finished 1min behind in the rain.",
        "1min",
        Some(1.0),
        Some("minute"),
    );
    check(
        "Ada Quist was a further 4.2s back.",
        "4.2s",
        Some(4.2),
        Some("seconds"),
    );
    check(
        "The queue lasted 45mins.",
        "45mins",
        Some(45.0),
        Some("minutes"),
    );
    check("The flight took 3hrs.", "3hrs", Some(3.0), Some("hours"));
    check(
        "Tom Reyes finished 12.5 sec clear.",
        "12.5",
        Some(12.5),
        Some("seconds"),
    );
    check("It ended after 90 mins.", "90", Some(90.0), Some("minutes"));
    // A whole number glued to "s" is a plural or a decade, no seconds.
    assert!(run("Mara Lind is in her 20s now.").is_empty());
}

#[test]
fn minutes_and_seconds_after_a_race_lead_are_a_time_taken() {
    for (text, figure, seconds) in [
        (
            "Ivo Dane won the road race in 26:51 on Sunday.",
            "26:51",
            1611.0,
        ),
        ("Ada Quist ran the first lap in 14:08.", "14:08", 848.0),
        ("The old course record of 28:36 fell.", "28:36", 1716.0),
        ("Mara Lind set a personal best of 12:47.", "12:47", 767.0),
        ("Tom Reyes clocked 32:14 in the wind.", "32:14", 1934.0),
    ] {
        check(text, figure, Some(seconds), Some("seconds"));
    }
}

#[test]
fn minutes_and_seconds_without_a_race_lead_are_no_time_taken() {
    for text in [
        "The profits were shared on a 70:30 split.",
        "Talks resumed at 10:30 on Monday.",
        "Ivo Dane won 5:2 on the night.",
        "The ratio was 45:55 in the end.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_compound_duration_spans_the_smaller_units_word_too() {
    check(
        "Oda Brenn crossed the bay in 2 hours 5 mins.",
        "2 hours 5 mins",
        Some(125.0),
        Some("minutes"),
    );
    // Glued units already end the span, and a comma still parts two durations.
    check(
        "Oda Brenn crossed the bay in 3hr 12min.",
        "3hr 12min",
        Some(192.0),
        Some("minutes"),
    );
    let found = run("Ivo Dane waited 12 hours, 30 minutes of them on a bench.");
    let surfaces: Vec<_> = found.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(surfaces, ["12", "30"]);
}

#[test]
fn a_count_of_hours_and_of_minutes_is_one_duration() {
    check(
        "The last runner came home in 1 hour 37 minutes.",
        "1 hour 37 minutes",
        Some(97.0),
        Some("minutes"),
    );
    check(
        "Ada Quist rode the course in 48 minutes and 23 seconds.",
        "48 minutes and 23 seconds",
        Some(2903.0),
        Some("seconds"),
    );
    let found = run("The average wait was 3 hours 5 minutes, up from 2 hours 50 minutes.");
    let surfaces: Vec<_> = found.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(surfaces, ["3 hours 5 minutes", "2 hours 50 minutes"]);
    let read: Vec<_> = found.iter().map(|n| (n.value, n.unit.as_deref())).collect();
    assert_eq!(
        read,
        [
            (Some(185.0), Some("minutes")),
            (Some(170.0), Some("minutes"))
        ]
    );
}

#[test]
fn a_count_after_a_date_of_a_month_is_its_own_figure() {
    check(
        "On 9 October 35 crews were called out.",
        "35",
        Some(35.0),
        Some("crews"),
    );
    check(
        "In October 35 crews were called out.",
        "35",
        Some(35.0),
        Some("crews"),
    );
    check(
        "By 2 October 12 depots had closed.",
        "12",
        Some(12.0),
        Some("depots"),
    );
}

#[test]
fn a_day_after_a_month_stays_the_dates() {
    assert!(run("On October 30 crews were called out.").is_empty());
    assert!(run("Crews drove the Harlan 40 in October.").is_empty());
}

#[test]
fn half_a_unit_of_measure_is_half_of_that_unit() {
    check(
        "Ivo Dane waited half an hour.",
        "half",
        Some(0.5),
        Some("hour"),
    );
    check(
        "The path runs half a mile.",
        "half",
        Some(0.5),
        Some("mile"),
    );
    check(
        "Ada Quist queued for about an hour and a half.",
        "an hour and a half",
        Some(1.5),
        Some("hours"),
    );
    assert_eq!(
        one("Ada Quist queued for about an hour and a half.")
            .qualifier
            .as_deref(),
        Some("about")
    );
    check(
        "The strike lasted a month and a half.",
        "a month and a half",
        Some(1.5),
        Some("months"),
    );
}

#[test]
fn half_of_no_measure_keeps_no_unit() {
    check("Ivo Dane lost by half a point.", "half", Some(0.5), None);
    check("Half the crews stayed home.", "Half", Some(0.5), None);
    check(
        "Ada Quist ran for two and a half hours.",
        "two and a half",
        Some(2.5),
        Some("hours"),
    );
    check(
        "Ivo Dane ate half a dozen eggs.",
        "half a dozen",
        Some(6.0),
        Some("eggs"),
    );
}

#[test]
fn a_half_marathon_is_a_race_not_a_half() {
    assert!(run("Ada Quist ran a half marathon in Tarrow.").is_empty());
    assert!(run("The half marathon starts at the docks.").is_empty());
}

#[test]
fn a_qualifier_before_another_or_a_further_qualifies_the_figure() {
    let q = |text: &str| one(text).qualifier;
    assert_eq!(
        q("The road stays shut for at least another 36 hours.").as_deref(),
        Some("at least")
    );
    assert_eq!(
        q("Up to a further 240 posts will go at Tarrow.").as_deref(),
        Some("Up to")
    );
    assert_eq!(
        q("Ivo Dane said about another 15 homes flooded.").as_deref(),
        Some("about")
    );
}

#[test]
fn another_or_a_further_alone_is_no_qualifier() {
    assert_eq!(one("Another 15 crews joined at Tarrow.").qualifier, None);
    assert_eq!(one("The mill hired a further 30 staff.").qualifier, None);
    assert_eq!(
        one("The yard handed over another 30 barges.").qualifier,
        None
    );
}

#[test]
fn a_person_of_a_bare_figure_is_that_age() {
    assert!(aged("A woman of 81 was hurt in Tarrow."));
    assert!(aged("Ivo Dane met a retired nurse of 67 there."));
    assert!(aged("An unlicensed driver of 19 swerved."));
}

#[test]
fn a_group_or_thing_of_a_figure_is_no_age() {
    assert!(!aged("A squad of 23 flew to Tarrow."));
    assert!(!aged("A crew of 12 arrived at dawn."));
    assert!(!aged("Ada Quist bought a box of 40."));
}

#[test]
fn passing_a_test_at_a_figure_is_an_age() {
    assert!(aged("Ada Quist passed her driving test at 17."));
    assert!(aged("Ivo Dane finally passed at 23."));
    assert!(!aged("The bill passed at 9 after a long debate."));
}

#[test]
fn counts_of_two_units_of_time_apart_stay_two() {
    let found = run("Ivo Dane waited 12 hours, 30 minutes of them outside.");
    assert_eq!(found.len(), 2, "{found:?}");
    let found = run("The shift lasts 8 hours and about 40 minutes of it is driving.");
    assert_eq!(found.len(), 2, "{found:?}");
    let found = run("Mara Lind walked for 3 hours, then 20 minutes more.");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn units_of_time_glued_to_their_figures_make_one_duration() {
    check(
        "Ivo Dane set a lap of 1min 31.204sec in practice.",
        "1min 31.204sec",
        Some(91.204),
        Some("seconds"),
    );
    check(
        "The winning crew took 2hr 14min 9sec.",
        "2hr 14min 9sec",
        Some(8049.0),
        Some("seconds"),
    );
}

#[test]
fn a_glued_unit_of_time_before_another_measure_stays_apart() {
    let found = run("Ada Quist led for 12min 40km from the finish.");
    let read: Vec<_> = found.iter().map(|n| (n.value, n.unit.as_deref())).collect();
    assert_eq!(
        read,
        [(Some(12.0), Some("minutes")), (Some(40.0), Some("km"))]
    );
}

#[test]
fn field_event_marks_are_metres() {
    check(
        "Ivo Dane cleared 6.24m to win.",
        "6.24m",
        Some(6.24),
        Some("m"),
    );
    check(
        "Ada Quist won with a leap of 7.12m.",
        "7.12m",
        Some(7.12),
        Some("m"),
    );
    check(
        "Arun Tebbe threw the javelin 89.45m.",
        "89.45m",
        Some(89.45),
        Some("m"),
    );
    // Without words of length, a figure in "m" with decimals stays millions.
    check(
        "The firm sold 6.24m shares.",
        "6.24m",
        Some(6.24e6),
        Some("shares"),
    );
}

#[test]
fn a_verb_opening_a_sentence_names_no_figure() {
    check("Chasing 398 to win, they lost.", "398", Some(398.0), None);
    check("Set 280 to win, they collapsed.", "280", Some(280.0), None);
    check("Needing 45, they failed.", "45", Some(45.0), None);
    // A name opening a sentence still names its figure.
    assert!(run("Apollo 11 landed on the moon.").is_empty());
    assert!(run("Building 7 was evacuated.").is_empty());
}

#[test]
fn short_currency_prefixes_need_a_scale_or_groups() {
    check(
        "It paid RM50 million for it.",
        "RM50 million",
        Some(5e7),
        Some("MYR"),
    );
    check(
        "It raised Rp 3 trillion.",
        "Rp 3 trillion",
        Some(3e12),
        Some("IDR"),
    );
    check("The fine is Dh5,000.", "Dh5,000", Some(5000.0), Some("AED"));
    check(
        "It paid Dhs 2,500 in all.",
        "Dhs 2,500",
        Some(2500.0),
        Some("AED"),
    );
    check("It cost SFr200m.", "SFr200m", Some(2e8), Some("CHF"));
    check(
        "It set aside PHP 2.5 billion.",
        "PHP 2.5 billion",
        Some(2.5e9),
        Some("PHP"),
    );
    check(
        "The fund holds US$ 500m.",
        "US$ 500m",
        Some(5e8),
        Some("USD"),
    );
    check(
        "Sales of 45bn kronor were reported.",
        "45bn",
        Some(4.5e10),
        Some("SEK"),
    );
    // A version of a language or a road letter is no money.
    assert!(run("The site runs on PHP 8 now.").is_empty());
}

#[test]
fn a_lone_m_after_a_figure_is_metres() {
    check(
        "The peak is 8,848 m high.",
        "8,848",
        Some(8848.0),
        Some("m"),
    );
    check(
        "The boat sank in 200 m of water.",
        "200",
        Some(200.0),
        Some("m"),
    );
    assert_ne!(one("It has 5 m users.").unit.as_deref(), Some("m"));
}

#[test]
fn a_verb_of_spanning_or_a_close_change_makes_a_range() {
    for text in [
        "Temperatures will range from 12C to 18C.",
        "Prices are expected to rise by 4 to 6 per cent.",
    ] {
        let found = run(text);
        assert_eq!(found.len(), 2, "{text}");
        assert!(
            found.iter().all(|n| n.flags.contains(&"range".to_string())),
            "{text}: {found:?}"
        );
        assert_eq!(found[0].unit, found[1].unit, "{text}");
    }
    // A change from one level to another, or by a figure to a far higher one, is no range.
    for text in [
        "Temperatures dropped from 12C to 18C.",
        "The index rose by 5 to 105 points.",
    ] {
        assert!(run(text).iter().all(|n| n.flags.is_empty()), "{text}");
    }
}

#[test]
fn about_and_over_as_prepositions_are_no_qualifiers() {
    assert_eq!(
        one("Ivo Dane lied to the court about $250,000 in gifts.").qualifier,
        None
    );
    assert_eq!(
        one("Ada Quist complained about 30 minutes of delays.").qualifier,
        None
    );
    // A verb after the topic word makes it the subject: "about" qualifies again.
    assert_eq!(
        one("The talks lasted about 4-1/2 hours.")
            .qualifier
            .as_deref(),
        Some("about")
    );
    assert_eq!(one("The trial was held over two days.").qualifier, None);
    let found = run("A $300,000 mortgage over 30 years costs more.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].qualifier, None);
    assert_eq!(
        one("It took over 12 days.").qualifier.as_deref(),
        Some("over")
    );
    // Qualifiers stay where they count.
    assert_eq!(
        one("It took about 30 minutes.").qualifier.as_deref(),
        Some("about")
    );
    assert_eq!(
        one("Ada Quist complained that about 30 staff left.")
            .qualifier
            .as_deref(),
        Some("about")
    );
    assert_eq!(
        one("Over 500 people attended.").qualifier.as_deref(),
        Some("Over")
    );
}

#[test]
fn approximations_of_the_city_page_are_qualifiers() {
    for (text, qualifier) in [
        ("The fee is in the region of €40m.", "in the region of"),
        ("Ivo Dane valued it north of $2bn.", "north of"),
        ("It cut in the order of 5,000 jobs.", "in the order of"),
    ] {
        assert_eq!(one(text).qualifier.as_deref(), Some(qualifier), "{text}");
    }
}

#[test]
fn a_year_after_a_name_opening_a_sentence_names_an_event() {
    assert!(run("Quist 2024 organisers met.").is_empty());
    assert!(run("Staff left. Tebbes 2028 organisers met.").is_empty());
    // A count after a name that is no year still counts.
    check("Officials 40 left.", "40", Some(40.0), None);
}

#[test]
fn a_goal_added_is_an_ordinal() {
    assert!(run("Ivo Dane added a third late on.").is_empty());
    check(
        "Ada Quist added a third of the budget.",
        "a third",
        Some(1.0 / 3.0),
        None,
    );
}

#[test]
fn crypto_amounts_have_their_ticker() {
    check("Ivo Dane bought 0.5 BTC.", "0.5", Some(0.5), Some("BTC"));
    check(
        "The wallet held 12,000 ETH.",
        "12,000",
        Some(12000.0),
        Some("ETH"),
    );
    check(
        "Miners get 3.125 bitcoin each.",
        "3.125",
        Some(3.125),
        Some("BTC"),
    );
}

#[test]
fn a_pair_hyphened_with_to_is_a_tally() {
    for text in [
        "The bill passed by a 7-to-4 vote.",
        "The panel voted 5-to-3 on Friday.",
    ] {
        let found = run(text);
        assert_eq!(found.len(), 2, "{text}");
        assert!(
            found.iter().all(|n| n.flags == vec!["tally".to_string()]),
            "{text}"
        );
    }
}

#[test]
fn pounds_of_a_payment_are_sterling() {
    for text in [
        "Each nurse gets a bonus of 900 pounds this year.",
        "Ada Quist said the average wage in the town is about 21,000 pounds.",
    ] {
        assert_eq!(one(text).unit.as_deref(), Some("GBP"), "{text}");
    }
    assert_eq!(
        one("The pumpkin had a weight of 900 pounds.")
            .unit
            .as_deref(),
        Some("pounds")
    );
    assert_eq!(
        one("The largest catch was 40 pounds.").unit.as_deref(),
        Some("pounds")
    );
}

#[test]
fn a_figure_sizing_a_crowd_counts_people() {
    for text in [
        "Police estimated the crowd in the square at 30,000.",
        "Organisers of the march put the figure at 80,000.",
        "A crowd of 41,250 saw the final.",
        "The attendance of 12,300 was the lowest this season.",
    ] {
        assert_eq!(one(text).unit.as_deref(), Some("people"), "{text}");
    }
    assert_eq!(one("Analysts put the figure at 80,000.").unit, None);
    assert_eq!(one("A fleet of 40 sailed.").unit.as_deref(), None);
}

#[test]
fn a_fraction_of_a_percentage_point_is_in_percentage_points() {
    let unit = |text: &str| one(text).unit;
    for text in [
        "The bank cut rates by a quarter-point.",
        "Ada Quist expects a half-point hike.",
        "Rates rose by half a percentage point.",
        "Rates were cut by three-quarters of a percentage point.",
        "Ivo Dane backed a three-quarter-point hike.",
        "The bank cut its key rate by a quarter point on Friday.",
        "The bank raised rates by a half point.",
    ] {
        assert_eq!(unit(text).as_deref(), Some("percentage points"), "{text}");
    }
    // Half a point in a game is a point, and a quarter of other things is no rate.
    assert_eq!(
        unit("Tom Reyes won a half-point in the last game.").as_deref(),
        Some("point")
    );
    assert_eq!(
        unit("Ada Quist ate a quarter of the cake.").as_deref(),
        None
    );
    assert!(run("Tom Reyes scored a third point late on.").is_empty());
}

#[test]
fn a_unit_of_two_words_may_be_hyphened() {
    check(
        "The bank made a 75 basis-point hike.",
        "75",
        Some(75.0),
        Some("basis points"),
    );
    check(
        "It was a 2 percentage-point swing.",
        "2",
        Some(2.0),
        Some("percentage points"),
    );
}

#[test]
fn a_qualifier_written_after_the_figure_is_kept_as_written() {
    let qualified = |text: &str| {
        let n = one(text);
        (n.qualifier, n.unit)
    };
    assert_eq!(
        qualified("About 300 or so people met Ivo Dane."),
        (Some("About".into()), Some("people".into()))
    );
    assert_eq!(
        qualified("Then 300 or so people met Ivo Dane."),
        (Some("or so".into()), Some("people".into()))
    );
    assert_eq!(
        qualified("Ada Quist wants a raise of 5% or more."),
        (Some("or more".into()), Some("percent".into()))
    );
    assert_eq!(
        qualified("Tom Reyes has 20 years or more of experience."),
        (Some("or more".into()), Some("years".into()))
    );
    assert_eq!(
        qualified("Free passes go to residents aged 65 and over.").0,
        Some("and over".into())
    );
    assert_eq!(
        qualified("Pupils aged 11 and under, the board said, ride free.").0,
        Some("and under".into())
    );
    // "over" opening a phrase of its own, or a second figure, is no qualifier.
    assert_eq!(
        qualified("Ivo Dane lost 12 and over the year he gained.").0,
        None
    );
    let bids = run("Bids came in between 60 and over 70 pounds.");
    assert_eq!(bids[0].qualifier, None);
    assert_eq!(
        qualified("There were 40-odd protesters."),
        (Some("odd".into()), Some("protesters".into()))
    );
    assert_eq!(
        one("A crowd of 10,000-plus met.").qualifier.as_deref(),
        Some("plus")
    );
    assert_eq!(
        one("A dozen or so came.").qualifier.as_deref(),
        Some("or so")
    );
    // A comparison after "or more" is no qualifier of the first figure.
    let found = run("It cost 400 or more than 500 dollars.");
    assert_eq!(found[0].qualifier, None);
}

#[test]
fn a_whole_percentage_point_is_one() {
    let read = |text: &str| {
        run(text)
            .into_iter()
            .map(|n| (n.text, n.value, n.unit, n.qualifier))
            .collect::<Vec<_>>()
    };
    let pp = Some("percentage points".to_string());
    assert_eq!(
        read("Yields at Vell Bank rose a full percentage point."),
        vec![("a full".into(), Some(1.0), pp.clone(), None)]
    );
    assert_eq!(
        read("Yields fell almost a percentage point."),
        vec![("a".into(), Some(1.0), pp.clone(), Some("almost".into()))]
    );
    // Hyphened before the noun it describes, it is one point as well.
    assert_eq!(
        read("Zellor Bank announced a percentage-point rise."),
        vec![("a".into(), Some(1.0), pp.clone(), None)]
    );
    assert_eq!(
        read("Yields fell one percentage point."),
        vec![("one".into(), Some(1.0), pp.clone(), None)]
    );
    // A part of a point stays the fraction it is.
    assert_eq!(
        read("Yields fell a fifth of a percentage point."),
        vec![("a fifth".into(), Some(0.2), pp, None)]
    );
}

#[test]
fn a_share_hyphened_in_digits_is_one_share() {
    let found = one("About 1-in-5 pilots in Vellmark fly.");
    assert_eq!(found.text, "1-in-5");
    assert_eq!(found.value, Some(0.2));
    assert_eq!(found.unit.as_deref(), Some("pilots"));
    assert_eq!(found.flags, vec!["share".to_string()]);
    // A code glued to letters stays no share.
    assert!(run("Code QX1-in-5 shipped.").is_empty());
}

#[test]
fn a_plus_sign_glued_after_a_figure_qualifies_it() {
    let found = run("Some 300+ kiosks shut.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "300+");
    assert_eq!(found[0].qualifier.as_deref(), Some("Some"));
    let found = run("Vell opened 1,200+ kiosks.");
    assert_eq!(found[0].text, "1,200+");
    assert_eq!(found[0].qualifier.as_deref(), Some("+"));
    assert_eq!(found[0].unit.as_deref(), Some("kiosks"));
    let found = run("Riders aged 65+ ride free.");
    assert_eq!(found[0].qualifier.as_deref(), Some("+"));
    // A sum is no qualified figure.
    let found = run("Kids learn 2+2 early.");
    assert!(found.iter().all(|n| n.qualifier.is_none()), "{found:?}");
}

#[test]
fn a_speed_range_repeats_its_unit_at_both_ends() {
    let found = run("Gusts of 90km/h-110km/h hit Mara Lind's farm.");
    let read: Vec<_> = found
        .iter()
        .map(|n| (n.text.as_str(), n.value, n.unit.as_deref(), n.flags.clone()))
        .collect();
    assert_eq!(
        read,
        vec![
            (
                "90km/h",
                Some(90.0),
                Some("km/h"),
                vec!["range".to_string()]
            ),
            (
                "110km/h",
                Some(110.0),
                Some("km/h"),
                vec!["range".to_string()]
            ),
        ]
    );
}

#[test]
fn a_bowlers_figures_are_no_range() {
    for text in [
        "India won with Ivo Dane taking 7-57.",
        "Arun Tebbe took 5-42 as India won.",
        "Tom Reyes finished with figures of 4-31.",
    ] {
        let found = run(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(
            found.iter().all(|n| n.flags.is_empty()),
            "{text}: {found:?}"
        );
    }
    // A span of time taken stays a range.
    let found = run("The repairs took 3-4 weeks.");
    assert!(found.iter().all(|n| n.flags == ["range"]), "{found:?}");
}

#[test]
fn a_shared_currency_name_takes_the_code_of_its_country() {
    let unit = |text: &str| one(text).unit;
    assert_eq!(
        unit("It cost 3 million Kuwaiti dinars.").as_deref(),
        Some("KWD")
    );
    assert_eq!(
        unit("It cost 3 million Moroccan dirhams.").as_deref(),
        Some("MAD")
    );
    assert_eq!(
        unit("It cost 3 million UAE dirhams.").as_deref(),
        Some("AED")
    );
    assert_eq!(
        unit("It cost 3 million Qatari riyals.").as_deref(),
        Some("QAR")
    );
    // Alone, the name is shared: it stays a word.
    assert_eq!(unit("It cost 3 million dinars.").as_deref(), Some("dinars"));
}

#[test]
fn a_figure_glued_to_nm_is_nanometres_or_nautical_miles_by_its_words() {
    check("Ada Quist showed a 3nm chip.", "3nm", Some(3.0), Some("nm"));
    check("The 5nm process is late.", "5nm", Some(5.0), Some("nm"));
    check(
        "The ship was 12nm off the coast.",
        "12nm",
        Some(12.0),
        Some("nautical miles"),
    );
    // Unsure: the figure is kept, with no unit.
    check("Ivo Dane ran 12nm.", "12nm", Some(12.0), None);
}

#[test]
fn a_bracketed_figure_before_a_verb_of_scoring_is_no_age() {
    assert!(one("Tom Reyes (12) scored twice.").flags.is_empty());
    assert_eq!(one("Tom Reyes (34) was hurt.").flags, ["age"]);
}
#[test]
fn two_numbers_in_words_parted_by_and_are_both_read() {
    let found = run("Ivo Dane said between six and nine people were hurt.");
    let read: Vec<_> = found
        .iter()
        .map(|n| (n.text.as_str(), n.value, n.unit.as_deref(), n.flags.clone()))
        .collect();
    let range = vec!["range".to_string()];
    assert_eq!(
        read,
        vec![
            ("six", Some(6.0), Some("people"), range.clone()),
            ("nine", Some(9.0), Some("people"), range.clone()),
        ]
    );
    let found = run("Between one and three riders fell.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].value, Some(1.0));
    check(
        "One hundred and six people came.",
        "One hundred and six",
        Some(106.0),
        Some("people"),
    );
    check(
        "Six and a half hours passed.",
        "Six and a half",
        Some(6.5),
        Some("hours"),
    );
}

#[test]
fn a_word_scale_serves_both_ends_of_a_range_in_words() {
    let found = run("Ada Quist paid between two and three million dollars.");
    let values: Vec<_> = found.iter().map(|n| n.value).collect();
    assert_eq!(values, vec![Some(2e6), Some(3e6)]);
    let found = run("It cost between two and thirty million dollars.");
    assert_eq!(
        found[0].value,
        Some(2.0),
        "too far apart to share the scale"
    );
}

#[test]
fn hyphened_and_every_shares_are_shares() {
    for (text, surface, value) in [
        (
            "One-in-five adults smoke, Mara Lind said.",
            "One-in-five",
            0.2,
        ),
        (
            "One in every four homes is empty.",
            "One in every four",
            0.25,
        ),
        ("Only 1 in every 5 adults voted.", "1 in every 5", 0.2),
    ] {
        let n = one(text);
        assert_eq!(n.text, surface, "{text}");
        assert_eq!(n.value, Some(value), "{text}");
        assert_eq!(n.flags, vec!["share".to_string()], "{text}");
    }
}

#[test]
fn counted_things_hyphened_to_a_figure_take_their_plural() {
    check(
        "Ada Quist wrote a 200-page report.",
        "200-page",
        Some(200.0),
        Some("pages"),
    );
    check(
        "They built a 12-storey block.",
        "12-storey",
        Some(12.0),
        Some("storeys"),
    );
    check(
        "They built a 40-story tower.",
        "40-story",
        Some(40.0),
        Some("stories"),
    );
}

#[test]
fn a_shared_currency_name_in_the_singular_before_its_noun() {
    check(
        "Tom Reyes won a 2 billion riyal contract.",
        "2 billion",
        Some(2e9),
        Some("riyals"),
    );
    check(
        "They signed 3 million Saudi riyal deals.",
        "3 million",
        Some(3e6),
        Some("SAR"),
    );
    check(
        "It was a 5 million pound deal.",
        "5 million",
        Some(5e6),
        Some("GBP"),
    );
}

#[test]
fn a_list_of_bracketed_figures_before_a_scoring_verb_is_points() {
    let found = run("Tom Green (12) and Ivo Reyes (10) scored for the hosts.");
    assert!(found.iter().all(|n| n.flags.is_empty()), "{found:?}");
    let found = run("Tom Reyes (34) and Ana Dane (30), of Leeds, were charged.");
    assert!(
        found.iter().all(|n| n.flags == vec!["age".to_string()]),
        "{found:?}"
    );
}

#[test]
fn over_a_span_of_time_after_a_change_or_opening_a_sentence() {
    assert_eq!(one("Prices rose over two years.").qualifier, None);
    assert_eq!(one("Over two years, the firm grew.").qualifier, None);
    assert_eq!(
        one("Arun Tebbe served over 20 years.").qualifier.as_deref(),
        Some("over")
    );
    assert_eq!(
        one("Over 200 people came.").qualifier.as_deref(),
        Some("Over")
    );
}

#[test]
fn a_figure_after_to_counts_the_subject_of_the_change() {
    assert_eq!(
        units("Enrolments for welding climbed to 4,310 this term."),
        [Some("enrolments".into())]
    );
    assert_eq!(
        units("Dutch entries slipped 3.1%, to 2,845."),
        [Some("percent".into()), Some("entries".into())]
    );
    assert_eq!(
        units("Burglaries on the estate fell by 40, to 215."),
        [Some("burglaries".into()), Some("burglaries".into())]
    );
    // Prices are no count; a comma after no figure keeps the clause apart.
    assert_eq!(
        units("Fares rose 2%, to 640."),
        [Some("percent".into()), None]
    );
    assert_eq!(
        units("Entries fell sharply, to 900 from 1,100."),
        [None, None]
    );
}

#[test]
fn over_a_span_of_time_closing_a_change_is_its_period() {
    let qualifiers = |text: &str| -> Vec<Option<String>> {
        run(text).into_iter().map(|n| n.qualifier).collect()
    };
    assert_eq!(
        qualifiers("The tonic cut clinic visits by 31% relative to rest over 14 weeks."),
        [None, None]
    );
    for text in [
        "Visits fell 31% among walkers aged over 70 years.",
        "Visits fell 31%, and Ida Brule was a nurse for over 20 years.",
        "Visits fell 31%. The clinic has stood over 40 years.",
    ] {
        assert_eq!(
            run(text)
                .last()
                .and_then(|n| n.qualifier.clone())
                .as_deref(),
            Some("over"),
            "{text}"
        );
    }
}

#[test]
fn over_a_span_of_time_after_the_object_of_a_verb_is_no_qualifier() {
    assert_eq!(
        one("Lena Odd emptied the account over four years.").qualifier,
        None
    );
    assert_eq!(one("He repaid his debts over nine months.").qualifier, None);
    for text in [
        "Lena Odd stayed in the post over four years.",
        "Lena Odd was jailed for over four years.",
        "The trial heard evidence of over four years.",
    ] {
        assert_eq!(one(text).qualifier.as_deref(), Some("over"), "{text}");
    }
}

#[test]
fn up_after_a_verb_of_revising_or_pushing_is_its_particle() {
    let found = run("The tally was revised up to 14 from eight.");
    assert_eq!(found[0].qualifier, None, "{found:?}");
    assert_eq!(one("Costs were pushed up to 40%.").qualifier, None);
    assert_eq!(
        one("The sale could raise up to 40 million euros.")
            .qualifier
            .as_deref(),
        Some("up to")
    );
}

#[test]
fn round_versions_numbered_things_and_digit_counts_are_no_quantities() {
    for text in [
        "Industry 4.0 is here, Mara Lind said.",
        "They back Web 3.0 startups.",
        "The case is No. 23-1045 in the court.",
        "He paid an eight-figure sum.",
        "It has a three-digit code.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    check(
        "Magnitude 6.0 quakes hit.",
        "6.0",
        Some(6.0),
        Some("magnitude"),
    );
}

#[test]
fn a_measure_per_another_is_no_measure_of_its_own() {
    for text in ["Glucose was 120 mg/dL.", "Glucose was 120mg/dL."] {
        assert_eq!(one(text).unit, None, "{text}");
    }
    assert_eq!(one("It hit 90km/h.").unit.as_deref(), Some("km/h"));
    assert_eq!(one("It hit 90 km/h.").unit.as_deref(), Some("km/h"));
}

#[test]
fn a_dotted_initialism_before_the_counted_noun_is_skipped() {
    check(
        "Some 2,000 U.S. troops arrived.",
        "2,000",
        Some(2000.0),
        Some("troops"),
    );
    check(
        "About 40 U.N. peacekeepers were hurt.",
        "40",
        Some(40.0),
        Some("peacekeepers"),
    );
    check(
        "It sent 12 U.S.-made batteries.",
        "12",
        Some(12.0),
        Some("batteries"),
    );
}

#[test]
fn currencies_of_central_europe_the_caucasus_and_central_asia() {
    check(
        "It lent 150 billion tenge.",
        "150 billion",
        Some(1.5e11),
        Some("KZT"),
    );
    check(
        "It lent 3 billion Georgian lari.",
        "3 billion",
        Some(3e9),
        Some("GEL"),
    );
    check(
        "It lent 3 billion lari.",
        "3 billion",
        Some(3e9),
        Some("GEL"),
    );
    check(
        "It lent 2 billion drams.",
        "2 billion",
        Some(2e9),
        Some("AMD"),
    );
    check(
        "It lent 400 billion forints.",
        "400 billion",
        Some(4e11),
        Some("HUF"),
    );
    check(
        "It lent 10 billion Czech crowns.",
        "10 billion",
        Some(1e10),
        Some("CZK"),
    );
    check(
        "It lent 50 billion koruna.",
        "50 billion",
        Some(5e10),
        Some("CZK"),
    );
    check(
        "It lent 20 billion Norwegian crowns.",
        "20 billion",
        Some(2e10),
        Some("NOK"),
    );
    check(
        "It lent 2 billion Azerbaijani manats.",
        "2 billion",
        Some(2e9),
        Some("AZN"),
    );
    check(
        "It lent SR3.75 billion.",
        "SR3.75 billion",
        Some(3.75e9),
        Some("SAR"),
    );
    // A name several currencies share stays that name without its country.
    check(
        "It lent 2.3 billion kroner.",
        "2.3 billion",
        Some(2.3e9),
        Some("kroner"),
    );
    // Without a scale, digit groups or cents "SR" letters a road.
    assert!(run("Take SR 520 north.").iter().all(|n| n.unit.is_none()));
}

#[test]
fn names_of_groupings_and_idioms_are_no_quantities() {
    assert!(run("The Group of Seven nations met.").is_empty());
    assert!(run("Leaders of the Group of 20 met.").is_empty());
    assert!(run("The Gang of Eight was briefed.").is_empty());
    assert!(run("The 2+2 dialogue was held.").is_empty());
    assert!(run("He backs a two-state solution.").is_empty());
    assert!(run("It is no time for half measures.").is_empty());
    assert!(run("He mocked the half-measures.").is_empty());
    assert!(run("A two-pronged approach.").is_empty());
    assert!(run("A three-way summit.").is_empty());
    // A group of people in lower case is counted.
    check("A group of 20 hikers.", "20", Some(20.0), Some("hikers"));
    check("He paid half the bill.", "half", Some(0.5), None);
}

#[test]
fn a_share_counts_the_people_named_after_it() {
    let n = one("4 in 10 Ukrainians support talks.");
    assert_eq!(n.unit.as_deref(), Some("Ukrainians"));
    check("Some 300 Iraqis fled.", "300", Some(300.0), Some("Iraqis"));
    let n = one("Seven out of 10 Israelis want a deal.");
    assert_eq!(n.unit.as_deref(), Some("Israelis"));
    assert_eq!(n.value, Some(0.7));
}

#[test]
fn borrowing_costs_plus_after_money_and_tens_of_billions() {
    let n = one("The bank lowered borrowing costs by a quarter-point.");
    assert_eq!(n.unit.as_deref(), Some("percentage points"));
    let n = one("The package is worth $40bn-plus.");
    assert_eq!(n.qualifier.as_deref(), Some("plus"));
    assert_eq!(n.unit.as_deref(), Some("USD"));
    let n = one("They seized €2 billion-plus in assets.");
    assert_eq!(n.qualifier.as_deref(), Some("plus"));
    let n = one("It cost tens of billions of dollars.");
    assert_eq!(n.text, "tens of billions");
}

#[test]
fn cents_take_the_currency_named_before_them() {
    let found = run("The loonie bought 74.1 US cents as fuel hit C$1.80 a litre.");
    let cents = found.iter().find(|n| n.text == "74.1").expect("cents");
    assert_eq!(cents.value, Some(0.741));
    assert_eq!(cents.unit.as_deref(), Some("USD"));
    check(
        "The stamp costs 80 euro cents.",
        "80",
        Some(0.8),
        Some("EUR"),
    );
    check(
        "Petrol rose by 9 Australian cents.",
        "9",
        Some(0.09),
        Some("AUD"),
    );
}

#[test]
fn dollar_sign_before_a_country_letter_is_its_dollar() {
    check(
        "Vantor bid $C3.75 a share.",
        "$C3.75",
        Some(3.75),
        Some("CAD"),
    );
    check(
        "It raised $HK2 billion.",
        "$HK2 billion",
        Some(2e9),
        Some("HKD"),
    );
}

#[test]
fn a_number_word_hyphened_to_a_kind_noun_is_no_count() {
    assert!(run("The three-party coalition held.").is_empty());
    assert!(run("Labor led the two-party-preferred count.").is_empty());
    assert!(run("A two-horse race.").is_empty());
    check(
        "They held a two-day strike.",
        "two-day",
        Some(2.0),
        Some("days"),
    );
}

#[test]
fn a_sign_of_comparison_qualifies_the_figure() {
    let found = run("The effect held (OR 1.8; p<0.05) and P < 0.001 overall.");
    let p = found.iter().find(|n| n.text == "0.05").expect("p value");
    assert_eq!(p.qualifier.as_deref(), Some("<"));
    let p = found.iter().find(|n| n.text == "0.001").expect("p value");
    assert_eq!(p.qualifier.as_deref(), Some("<"));
    assert_eq!(one("It held (p = 0.03).").qualifier, None);
}

#[test]
fn between_the_ages_of_is_a_range_of_ages() {
    let found = run("Women between the ages of 45 and 69 were invited.");
    assert_eq!(found.len(), 2);
    for n in &found {
        assert!(n.flags.contains(&"age".to_string()), "{n:?}");
        assert!(n.flags.contains(&"range".to_string()), "{n:?}");
    }
}

#[test]
fn a_change_carries_its_countable_subject_to_the_figures() {
    let some = |u: &str| Some(u.to_string());
    assert_eq!(
        units("Reported measles infections in the valley rose from 18 on Friday to 29 on Sunday."),
        vec![some("infections"), some("infections")]
    );
    assert_eq!(
        units("Burglaries fell by 40 over the winter."),
        vec![some("burglaries")]
    );
    assert_eq!(
        units("Officials said evictions climbed to 600 from 450."),
        vec![some("evictions"), some("evictions")]
    );
    // A noun after "of" heads no subject, but "the number of" counts it; money and prices
    // are no counts.
    assert_eq!(
        units("The number of evictions rose to 600."),
        vec![some("evictions")]
    );
    assert_eq!(units("Ticket prices rose from 18 to 29."), vec![None, None]);
    // A toll keeps its people.
    assert_eq!(units("The death toll rose to 52."), vec![some("people")]);
}

/// A count's subject, "the number of" a plural or a toll, gives the bare figure its verb
/// states or moves its unit, however long the phrase between them.
#[test]
fn the_number_of_a_plural_gives_its_level_the_plural() {
    let some = |u: &str| Some(u.to_string());
    assert_eq!(
        units(
            "The number of people hurt when the old pier at Felsby gave way on Friday night \
                 has risen to 17, the council said."
        ),
        vec![some("people")]
    );
    assert_eq!(
        units("The total number of confirmed cases stands at 412."),
        vec![some("cases")]
    );
    assert_eq!(
        units("Officials said that the number of migrants held at the camp reached 230."),
        vec![some("migrants")]
    );
    assert_eq!(
        units("The death toll from Tuesday's landslide in the Orvel hills has climbed to 19."),
        vec![some("people")]
    );
}

/// What must not change: a figure not stated by the count's own verb, a subject that is not
/// "the number of", a count after a clause break.
#[test]
fn the_number_of_does_not_reach_other_figures() {
    // No verb states the level: "to" alone.
    assert_eq!(
        units("The number of visitors fell, to 300 a day."),
        vec![None]
    );
    // The subject is no count.
    assert_eq!(
        units("The mayor who doubled the number of buses rose to 40 in the polls."),
        vec![None]
    );
    // The figure belongs to another clause.
    assert_eq!(
        units("The number of pupils fell sharply; the score rose to 61."),
        vec![None]
    );
    // "of" followed by no plural.
    assert_eq!(units("The number of Brenholt has risen to 8."), vec![None]);
}

#[test]
fn a_version_after_a_product_name_opening_a_sentence_is_no_figure() {
    assert!(run("Zentrix OS is out. KoraOS 4.2, free to all, adds a dark mode.").is_empty());
    assert_eq!(
        units("Fenster 12 is used on 40 million laptops."),
        vec![some_unit("laptops")]
    );
    // A plural before a figure and a plural verb still counts.
    assert_eq!(run("Officers 12 are on duty.").len(), 1);
}

fn some_unit(unit: &str) -> Option<String> {
    Some(unit.to_string())
}

#[test]
fn figures_after_outnumbering_and_its_object_are_a_tally() {
    let found = run("Advancers outnumbered decliners 410 to 220.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|n| n.flags == vec!["tally".to_string()]));
}

#[test]
fn a_verb_after_a_figure_is_no_counted_noun() {
    assert_eq!(units("A second crew of 12 departs on Friday."), vec![None]);
    assert_eq!(
        units("A queue of 300 shoppers waits outside."),
        vec![some_unit("shoppers")]
    );
}

#[test]
fn a_people_of_a_two_word_place_keeps_both_words() {
    assert_eq!(
        units("Officials said 42 North Koreans and 9 Peruvians crossed."),
        vec![some_unit("North Koreans"), some_unit("Peruvians")]
    );
}

#[test]
fn a_house_number_after_a_person_is_no_figure() {
    let aged = run("Ned Pilling, 52, of 7 Heron Rise, Tullow, spoke to us.");
    assert_eq!(
        aged.iter().map(|n| n.value).collect::<Vec<_>>(),
        vec![Some(52.0)]
    );
    assert!(run("Greta Mott of 19 Willow Bank, Carlow, was fined.").is_empty());
    assert_eq!(
        units("He is one of 4 Gulf States banks to sign."),
        vec![some_unit("banks")]
    );
}

#[test]
fn a_figure_after_by_counts_a_changed_object() {
    assert_eq!(
        units("Walkers raised their weekly steps by 4,500."),
        vec![some_unit("steps")]
    );
    assert_eq!(
        units("The mill shed shifts by 30 and cut routes by 12."),
        vec![None, some_unit("routes")]
    );
    assert_eq!(units("The chain cut its output by 300."), vec![None]);
}

#[test]
fn a_majority_counts_the_seats_its_sentence_names() {
    assert_eq!(
        units("The Greens took 210 seats and a majority of 38 in the chamber."),
        vec![some_unit("seats"), some_unit("seats")]
    );
    assert_eq!(units("She won a majority of 38 last spring."), vec![None]);
}

#[test]
fn a_tenth_of_a_point_of_a_rate_is_a_percentage_point() {
    let tenth = one("Inflation eased by a tenth of a point in May.");
    assert_eq!(tenth.value, Some(0.1));
    assert_eq!(tenth.unit, some_unit(PERCENTAGE_POINTS));
}

#[test]
fn half_a_century_ago_is_no_figure() {
    assert!(run("Half a decade ago the mill shut.").is_empty());
    assert_eq!(run("They waited half a decade for it.").len(), 1);
}

#[test]
fn from_one_figure_to_another_with_no_change_is_a_range() {
    for text in [
        "The storm flattened from 120 to 180 barns.",
        "Anywhere from 120 to 180 barns fell.",
    ] {
        let found = run(text);
        assert_eq!(found.len(), 2, "{text}");
        for n in &found {
            assert_eq!(n.unit.as_deref(), Some("barns"), "{text}");
            assert_eq!(n.flags, ["range"], "{text}");
        }
    }
    let fares = run("Seats at the Orvel Hall cost from Dh120 to Dh260.");
    assert!(fares.iter().all(|n| n.flags == ["range"]), "{fares:?}");
    for text in [
        "Barn counts fell from 180 to 120.",
        "Wages went from 120 to 180.",
        "The tally grew 5%, from 120 to 126.",
    ] {
        assert!(run(text).iter().all(|n| n.flags.is_empty()), "{text}");
    }
    assert_eq!(
        units("Crews rose from 120 to 180 welders."),
        [some_unit("welders"), some_unit("welders")]
    );
}

#[test]
fn hyphened_counts_take_their_plural() {
    check(
        "Kit Varn booked a 14-date run.",
        "14-date",
        Some(14.0),
        Some("dates"),
    );
    check(
        "It is a 9-track record.",
        "9-track",
        Some(9.0),
        Some("tracks"),
    );
    check("It was a 3-way race.", "3-way", Some(3.0), Some("way"));
}

#[test]
fn a_train_named_by_its_departure_time_is_no_figure() {
    assert!(run("Pol Ander catches the 8.47 to Dunmore daily.").is_empty());
    assert!(run("She missed the 19.05 from Carrow Junction.").is_empty());
    assert_eq!(run("The index shed 8.47 to 4,100.").len(), 2);
    assert_eq!(run("It was the 8.75 to Dunmore.").len(), 1);
}

#[test]
fn a_departure_time_before_a_run_of_transport_or_a_lower_case_destination_is_no_figure() {
    assert!(run("The 6.18 train to Pellow Cross was late.").is_empty());
    assert!(run("Staff cut the 21.40 service from Marlcombe.").is_empty());
    assert!(run("Ria Tolm takes the 7.05 to town.").is_empty());
    assert!(run("He missed the 9.52 from the harbour.").is_empty());
    assert_eq!(run("It was the 8.75 train.").len(), 1);
    assert_eq!(run("It was the 25.10 ferry.").len(), 1);
    assert_eq!(
        run("Shares moved from the 3.25 to the 4.10 level.").len(),
        2
    );
}

#[test]
fn a_size_compound_of_persons_counts_people() {
    let unit = |text: &str| one(text).unit;
    let people = Some("people".to_string());
    assert_eq!(unit("A 9-man side held on."), people);
    assert_eq!(unit("They sent a four-woman crew."), people);
    assert_eq!(unit("A 14-person jury was sworn in."), people);
    assert_eq!(unit("A 60-strong delegation of growers came."), people);
    assert_eq!(unit("An 11-member expert panel met."), people);
    assert_eq!(unit("The 300-strong fleet sailed."), None);
    assert_eq!(
        unit("The 31-member alliance met."),
        Some("members".to_string())
    );
}

#[test]
fn a_qualifier_ending_the_clause_after_a_comma() {
    let n = one("- 4,000 goats gone, at least");
    assert_eq!(n.qualifier.as_deref(), Some("at least"));
    let n = one("They sold 40 kites, at most.");
    assert_eq!(n.qualifier.as_deref(), Some("at most"));
    let found = run("He kicked 4 goals, at least one of them late.");
    assert_eq!(found[0].qualifier, None);
}

#[test]
fn a_workforce_cut_by_a_bare_figure_counts_jobs() {
    assert_eq!(
        units("The mill cut its workforce by 1,400 in spring."),
        [some_unit("jobs")]
    );
    assert_eq!(units("Orvel trimmed staff by 90."), [some_unit("jobs")]);
    assert_eq!(units("Orvel trimmed hedges by 90."), [None]);
}

#[test]
fn half_in_a_date_of_years_ago_is_no_number() {
    assert!(run("Half a year ago the yard was empty.").is_empty());
    assert!(run("Two and a half years ago the yard was empty.").is_empty());
}
#[test]
fn light_years_however_their_words_are_joined() {
    let ly = Some("light-years");
    check(
        "Vorn lies 2,400 light years off.",
        "2,400",
        Some(2400.0),
        ly,
    );
    check(
        "Vorn lies 2,400 light-years off.",
        "2,400",
        Some(2400.0),
        ly,
    );
    check("Vorn lies 1 light year off.", "1", Some(1.0), ly);
    check("It is a 9 light-year trip.", "9", Some(9.0), ly);
    check(
        "They ran 9 years in the light.",
        "9",
        Some(9.0),
        Some("years"),
    );
}

#[test]
fn multiples_are_counted_in_times() {
    let times = Some("times");
    check(
        "Vorn is 12 times the width of the road.",
        "12",
        Some(12.0),
        times,
    );
    check("Vorn is 1.4 times as massive.", "1.4", Some(1.4), times);
    check(
        "Its mass is 0.7 times that of Saturn.",
        "0.7",
        Some(0.7),
        times,
    );
    check(
        "Rents are five times higher than in Tolm.",
        "five",
        Some(5.0),
        times,
    );
    check(
        "She earns three times his salary.",
        "three",
        Some(3.0),
        times,
    );
    check(
        "They built three times as many boats.",
        "three",
        Some(3.0),
        times,
    );
}

#[test]
fn occasions_counted_in_times_are_no_multiples() {
    check("The clip was viewed 50m times.", "50m", Some(5e7), None);
    check(
        "Voss was fined three times that week.",
        "three",
        Some(3.0),
        None,
    );
    check(
        "Voss was fined three times the following year.",
        "three",
        Some(3.0),
        None,
    );
    check(
        "We met him more than 40 times, she said.",
        "40",
        Some(40.0),
        None,
    );
}

#[test]
fn astronomical_units_are_one_unit() {
    let au = Some("astronomical units");
    check(
        "Vorn orbits at 38 astronomical units.",
        "38",
        Some(38.0),
        au,
    );
    check("Vorn orbits at 1 astronomical unit.", "1", Some(1.0), au);
    check(
        "Vorn orbits at two astronomical units.",
        "two",
        Some(2.0),
        au,
    );
    // Other units a figure counts stay what they are.
    check(
        "The firm sold 38 storage units.",
        "38",
        Some(38.0),
        Some("units"),
    );
}

#[test]
fn temperatures_of_four_digits_glued_to_their_scale() {
    check(
        "The kiln runs at 1,450C.",
        "1,450C",
        Some(1450.0),
        Some("°C"),
    );
    check("The kiln runs at 1450C.", "1450C", Some(1450.0), Some("°C"));
    check(
        "The kiln runs at 2,640F.",
        "2,640F",
        Some(2640.0),
        Some("°F"),
    );
    check("The kiln runs at 1750F.", "1750F", Some(1750.0), Some("°F"));
    // A year with a forecast's letter and a long code are no temperatures.
    assert!(run("Sales rose in 2026F.").iter().all(|n| n.unit.is_none()));
    assert!(run("Ask for part 40417C today.").is_empty());
}

#[test]
fn a_verb_after_a_same_form_plural_is_no_counted_noun() {
    let staff = Some("staff");
    check(
        "A vote of 250 kitchen staff ends on Friday.",
        "250",
        Some(250.0),
        staff,
    );
    check(
        "A vote of 250 staff ends on Friday.",
        "250",
        Some(250.0),
        staff,
    );
    check(
        "Some 40 crew members flew.",
        "40",
        Some(40.0),
        Some("members"),
    );
    check(
        "Some 40 farm workers left.",
        "40",
        Some(40.0),
        Some("workers"),
    );
}

#[test]
fn ages_of_things_in_millions_of_years_are_no_ages() {
    let none: Vec<Vec<String>> = vec![vec![]];
    assert_eq!(flags_of("The reef is 5m years old."), none);
    assert_eq!(flags_of("The reef is 5 million years old."), none);
    assert_eq!(flags_of("The yew is 400 years old."), none);
    assert_eq!(
        flags_of("Tam Oduya is 41 years old."),
        [vec!["age".to_string()]]
    );
    assert_eq!(flags_of("He is a 41-year-old."), [vec!["age".to_string()]]);
}

#[test]
fn year_old_compounds_give_the_age_of_a_thing() {
    let age = vec![vec!["age".to_string()]];
    assert_eq!(flags_of("A 300-year-old yew fell on Tuesday."), age);
    assert_eq!(flags_of("It is a 3bn-year-old crater."), age);
    assert_eq!(flags_of("The 1,200-year-old abbey shut."), age);
    assert_eq!(flags_of("A four-hundred-year-old yew fell."), age);
    // A span of years told without the compound is no age of a thing.
    let none: Vec<Vec<String>> = vec![vec![]];
    assert_eq!(flags_of("The abbey stood for 1,200 years."), none);
}

#[test]
fn places_in_a_table_are_no_counts() {
    assert!(run("Cobb sit in the top half.").is_empty());
    assert!(run("Cobb sit in the bottom half.").is_empty());
    assert_eq!(
        units("Cobb are 9 points off the top six."),
        [some_unit("points")]
    );
    assert!(run("Cobb fell into the bottom three.").is_empty());
    // A count of things at the top stays.
    assert_eq!(units("The top four clubs voted."), [some_unit("clubs")]);
}

#[test]
fn places_in_a_table_in_digits_are_no_counts() {
    assert!(run("Cobb finished in the top 10.").is_empty());
    assert!(run("Cobb fell into the bottom 3 on Sunday.").is_empty());
    assert_eq!(
        units("Cobb are 9 points off the top 6."),
        [some_unit("points")]
    );
    // A count of things at the top, or a share of them, stays.
    assert_eq!(units("The top 20 clubs voted."), [some_unit("clubs")]);
    assert_eq!(
        units("The top 10% of earners paid more."),
        [some_unit("percent")]
    );
}

#[test]
fn bare_millions_compared_with_a_sum_take_its_money() {
    let found = run("Turnover at Pellworth rose to £64m, up from 51m.");
    assert_eq!(found[1].text, "51m");
    assert_eq!(found[1].value, Some(51e6));
    assert_eq!(found[1].unit.as_deref(), Some("GBP"));
    let reached = run("Sales at Vantry climbed to $19m from 12m.");
    assert_eq!(reached[1].value, Some(12e6));
    assert_eq!(reached[1].unit.as_deref(), Some("USD"));
    // Lengths compared stay lengths, and a figure in "m" after a sum in thousands too.
    let wall = run("The dyke is now 14m, up from 9m.");
    assert_eq!(wall[1].unit.as_deref(), Some("m"));
    let small = run("The grant was £9,000, up from 7m.");
    assert_eq!(small[1].unit.as_deref(), Some("m"));
}

#[test]
fn times_before_a_comparative_or_a_valuation_base_is_a_multiple() {
    check(
        "Falls were four times higher in the valley.",
        "four",
        Some(4.0),
        Some("times"),
    );
    check(
        "Orvell trades on 31 times earnings.",
        "31",
        Some(31.0),
        Some("times"),
    );
    check(
        "The bid values Kessling at 14 times forward profits.",
        "14",
        Some(14.0),
        Some("times"),
    );
    // Occasions stay counts of occasions.
    check("He was stopped 12 times in a year.", "12", Some(12.0), None);
}

#[test]
fn spelled_small_end_and_larger_end_in_digits_make_one_range() {
    let found = run("Clinics saw children aged between two and 14 on Saturday.");
    let texts: Vec<&str> = found.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["two", "14"]);
    for n in &found {
        assert_eq!(n.flags, ["range", "age"], "{n:?}");
    }
    let one_to = run("Between one and 12 walkers were rescued.");
    assert_eq!(one_to.len(), 2, "{one_to:?}");
    assert!(one_to
        .iter()
        .all(|n| n.flags.contains(&"range".to_string())));
    // A clock time is no range.
    let clock = run("The ferry left at five to 11.");
    assert!(clock.iter().all(|n| n.flags.is_empty()), "{clock:?}");
}

#[test]
fn under_or_over_after_a_noun_of_people_bounds_an_age() {
    for text in [
        "Toddlers under four were kept indoors.",
        "Patients included people over 70 from Brenmoor.",
        "Those aged under 16 travel free.",
    ] {
        let n = one(text);
        assert!(n.flags.contains(&"age".to_string()), "{text}: {n:?}");
    }
    // Counts and measures after "over" are no ages.
    for text in [
        "Over 40 people came to the fair.",
        "The vans carried over 30 crates.",
        "Boys under 12 kg were weighed again.",
    ] {
        let found = run(text);
        assert!(
            found.iter().all(|n| !n.flags.contains(&"age".to_string())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn count_subject_takes_the_head_of_a_compound_of_plurals() {
    check(
        "The number of trainee chemistry tutors hired in Olvane was 315.",
        "315",
        Some(315.0),
        Some("tutors"),
    );
    // Not changed: a plural followed by a participle keeps its own noun.
    check(
        "The number of cyclists injured in Olvane rose to 41.",
        "41",
        Some(41.0),
        Some("cyclists"),
    );
}

#[test]
fn count_subject_before_an_aside_of_attribution_or_which() {
    assert_eq!(
        units("The number of cabins flooded, according to the harbour office, has risen to 31."),
        [Some("cabins".into())]
    );
    assert_eq!(
        units("The number of farms affected, inspectors said, now stands at 58."),
        [Some("farms".into())]
    );
    assert_eq!(
        units("The death toll, which was 9 at dawn, climbed again by noon."),
        [Some("people".into())]
    );
    // An aside that attributes nothing, or "which" after another noun, changes nothing.
    assert_eq!(
        units("The number of cabins flooded, in a blow to the town, has risen to 31."),
        [None]
    );
    assert_eq!(
        units("The fare, which stood at 17 on Friday, rose."),
        [None]
    );
}

#[test]
fn a_figure_of_them_counts_the_nearest_earlier_count_of_things() {
    assert_eq!(
        units("The guild runs 80 kilns and 25 of them will close."),
        [Some("kilns".into()), Some("kilns".into())]
    );
    assert_eq!(
        units("Vela polled 12 towns. Nine of those voted no."),
        [Some("towns".into()), Some("towns".into())]
    );
    // Money and shares are passed over for the count before them.
    assert_eq!(
        units("Orla keeps 40 hives worth £9,000, 30% of the total, and 6 of them failed."),
        [
            Some("hives".into()),
            Some("GBP".into()),
            Some("percent".into()),
            Some("hives".into())
        ]
    );
}

#[test]
fn a_figure_of_them_lends_nothing_without_a_larger_count_before_it() {
    // Not changed: the nearest count is smaller than the part.
    assert_eq!(
        units("Tam has 2 sons and 3 daughters, and 4 of them live in Oslo."),
        [Some("sons".into()), Some("daughters".into()), None]
    );
    // Not changed: only a measure stands before it.
    assert_eq!(
        units("Rhun ran 12 miles and 3 of them were uphill."),
        [Some("miles".into()), None]
    );
    // Not changed: a count two paragraphs back, past one with no count.
    assert_eq!(
        units("Pell has 50 ferries.\n\nThe fleet is old.\n\nAnd 9 of them sank."),
        [Some("ferries".into()), None]
    );
    // Not changed: the paragraph before counts fewer.
    assert_eq!(
        units("Pell has 5 ferries.\n\nAnd 9 of them sank."),
        [Some("ferries".into()), None]
    );
}

#[test]
fn a_figure_of_them_opening_a_paragraph_counts_the_count_of_the_paragraph_before() {
    assert_eq!(
        units("Pell has 50 ferries.\n\nBy noon, crews had refloated 9 of them."),
        [Some("ferries".into()), Some("ferries".into())]
    );
    // Not changed: a measure in its own paragraph comes first, so the count before is too far.
    assert_eq!(
        units("Pell has 50 ferries.\n\nHe sailed 14 hours, and 9 of those in fog."),
        [Some("ferries".into()), Some("hours".into()), None]
    );
    // A count in its own paragraph is nearer.
    assert_eq!(
        units("Pell has 50 ferries.\n\nOf 30 barges, 9 of them sank."),
        [
            Some("ferries".into()),
            Some("barges".into()),
            Some("barges".into())
        ]
    );
}

#[test]
fn per_cent_after_a_hyphened_odd_or_plus_is_a_percentage() {
    check(
        "Turnout reached 70-odd per cent in Dunmere.",
        "70-odd",
        Some(70.0),
        Some("percent"),
    );
    check(
        "Fares rose by 20-plus percent.",
        "20-plus",
        Some(20.0),
        Some("percent"),
    );
    assert_eq!(
        one("Turnout reached 70-odd per cent.").qualifier,
        Some("odd".into())
    );
    // Not changed: a noun after the hyphened word is still what is counted.
    check(
        "Some 70-odd percussionists came.",
        "70-odd",
        Some(70.0),
        Some("percussionists"),
    );
}

#[test]
fn a_hyphened_odd_replaces_an_estimate_word_before_the_figure() {
    let qualifier = |text: &str| one(text).qualifier;
    assert_eq!(qualifier("Some 30-odd dairies shut."), Some("odd".into()));
    assert_eq!(
        qualifier("Around 600-odd pickers came."),
        Some("odd".into())
    );
    // Not changed: a bound before the figure is kept.
    assert_eq!(
        qualifier("More than 30-odd dairies shut."),
        Some("More than".into())
    );
    assert_eq!(qualifier("Some 30 dairies shut."), Some("Some".into()));
}

#[test]
fn a_career_step_before_at_and_a_figure_ending_the_clause_gives_an_age() {
    assert!(aged("Nell Ostrow joined the bakery at 19 and stayed."));
    assert!(aged("Nell Ostrow, who took up fencing at 44, won gold."));
    assert!(aged("Nell Ostrow qualified as a staff nurse at 24."));
    assert!(aged(
        "Nell Ostrow turned professional at 18 after leaving school."
    ));
    assert!(aged("Nell Ostrow started rowing at fourteen."));
    // Not changed: an hour of the clock, a figure going on, one with a unit, a count or sale
    // that starts, and a verb too far back.
    assert!(!aged("Nell Ostrow joined the vigil at 9."));
    assert!(!aged("Nell Ostrow joined the table at 40 below the cut."));
    assert!(!aged("Nell Ostrow joined the union at 30 per cent dues."));
    assert!(!aged("Bidding started at 50 and rose quickly."));
    assert!(!aged(
        "Nell Ostrow joined and then spent many long weeks away at 40."
    ));
}

#[test]
fn years_old_in_words_and_a_life_event_give_an_age() {
    assert!(aged("Ilse Marr took up chess at nine years old."));
    assert!(aged("Ilse Marr retired at 61 from the mill."));
    assert!(aged("Ilse Marr left school at sixteen."));
    assert!(aged("Teo Vance married at 19 in Arbel."));
    // Not changed: an hour of the clock, and a span of years that is no age.
    assert!(!aged("Ilse Marr left home at 7 and drove north."));
    assert!(!aged("Ilse Marr left school at 3 that day."));
    assert!(!aged("The dye works stood for eight years."));
}
#[test]
fn a_count_right_after_a_weekday_is_kept() {
    check(
        "On Tuesday 17 lorries were stopped.",
        "17",
        Some(17.0),
        Some("lorries"),
    );
    check("On Sunday 250 were turned away.", "250", Some(250.0), None);
}

#[test]
fn a_day_of_the_month_after_a_weekday_is_no_count() {
    assert!(run("The fair opens on Tuesday 17 June.").is_empty());
    assert!(run("The fair opens on Tuesday 17th.").is_empty());
    assert!(run("The fair opens on Tuesday 17.").is_empty());
}
#[test]
fn a_figure_after_a_superlative_of_age_and_be_is_the_age() {
    assert!(aged("The youngest apprentice was 17."));
    assert!(aged(
        "The eldest of the Moravec sisters was 91 when she died."
    ));
    assert!(aged(
        "The youngest player signed by the club will be 16 in May."
    ));
    assert!(aged("Ivo Dane, who is already 57, will not be affected."));
    assert!(aged("He was a lad of 17 at the time."));
}

#[test]
fn a_superlative_of_age_over_a_clause_or_a_unit_tells_no_age() {
    assert!(!aged("The oldest bridge is 300 years old."));
    assert!(!aged("The oldest bridge is 300."));
    assert!(!aged("The youngest team, Varo, is 14 clear."));
    assert!(!aged("The oldest firm. Its score is 45."));
    assert!(!aged("The youngest firm's share rises to 45."));
}
#[test]
fn a_fraction_of_a_measure_is_in_that_measure() {
    check(
        "She won by a tenth of a second.",
        "a tenth",
        Some(0.1),
        Some("second"),
    );
    check(
        "He was three hundredths of a second slower.",
        "three hundredths",
        Some(0.03),
        Some("second"),
    );
    check(
        "The boat led by half a length.",
        "half",
        Some(0.5),
        Some("length"),
    );
    check(
        "They won by a length and a half.",
        "a length and a half",
        Some(1.5),
        Some("lengths"),
    );
}

#[test]
fn a_fraction_of_no_measure_takes_no_unit() {
    check(
        "A third of a pupil's day is lost.",
        "A third",
        Some(1.0 / 3.0),
        None,
    );
    check(
        "A quarter of a mile-long wall fell.",
        "A quarter",
        Some(0.25),
        None,
    );
    assert!(run("The hundredth anniversary came.").is_empty());
}
#[test]
fn a_number_word_after_a_strict_label_noun_is_a_label() {
    assert!(run("Crews answered category two calls first.").is_empty());
    assert!(run("Nurses treat type one diabetes.").is_empty());
}

#[test]
fn a_number_word_after_other_nouns_still_counts() {
    check(
        "Each category has two leaders.",
        "two",
        Some(2.0),
        Some("leaders"),
    );
    check(
        "In the category of two calls a day, firms failed.",
        "two",
        Some(2.0),
        Some("calls"),
    );
}

#[cfg(test)]
mod casualty_price_rate_tests {
    use super::*;

    fn units(text: &str) -> Vec<Option<String>> {
        let layout = crate::segment::segment(text);
        let dates = crate::extract::dates::extract(text, &layout, None);
        extract(text, &layout, &dates)
            .into_iter()
            .map(|n| n.unit)
            .collect()
    }

    /// A unit as `units` gives it.
    fn some(unit: &str) -> Option<String> {
        Some(unit.to_string())
    }

    #[test]
    fn toll_with_a_phrase_of_what_it_counts() {
        assert_eq!(
            units("The toll from the flooding climbed to 27."),
            [some("people")]
        );
        assert_eq!(units("The number of dead rose to 27."), [some("people")]);
    }

    #[test]
    fn count_followed_by_a_casualty_state() {
        assert_eq!(
            units("Rescuers said 8 were dead and 23 injured."),
            [some("people"), some("people")]
        );
        assert_eq!(
            units("At least 9 dead as ferry capsizes."),
            [some("people")]
        );
        assert_eq!(
            units("Of the 60 goats, 9 died."),
            [some("goats"), some("goats")]
        );
        assert_eq!(units("The voters were 9 were dead set against it."), [None]);
    }

    #[test]
    fn short_prefix_amount_in_a_unit_price() {
        assert_eq!(
            units("Diesel rose from N820 to N905 per litre."),
            [some("NGN"), some("NGN")]
        );
        assert_eq!(units("Rice sold for about N310 a kg."), [some("NGN")]);
        assert!(units("Nurses wore N95 masks.").is_empty());
    }

    #[test]
    fn shilling_with_its_country() {
        assert_eq!(units("Fees were 8,500 Ugandan shillings."), [some("UGX")]);
    }

    #[test]
    fn exchange_rate_in_the_currency_named() {
        assert_eq!(units("The cedi slid to 15 per dollar."), [None]);
        assert_eq!(units("The rupee slid to 91 to the dollar."), [some("INR")]);
        assert_eq!(units("He sold 40 to the dollar store."), [None]);
    }
}

#[test]
fn an_age_in_words_told_by_a_form_of_be() {
    assert!(aged("The youngest entrant in Tarrow was seven."));
    assert!(aged(
        "Ada Quist, who was eight at the time, hid in the barn."
    ));
    assert!(aged("The retirement age will be sixty-eight."));
    // Not changed: a count of something after "be" in words is no age.
    assert!(!aged("The youngest team was seven points clear."));
    assert!(!aged("The total was nine, the clerk said."));
}

#[test]
fn the_noun_age_reaching_a_figure_tells_the_age() {
    assert!(aged("The pension age in Varland will reach 69 next year."));
    assert!(aged("The qualifying age rose to 62 in Tarrow."));
    assert!(aged("The average age of a ferryman is now 58."));
    // Not changed: a total reaching a figure is no age.
    assert!(!aged("The total will reach 69 million next year."));
    assert!(!aged("The average pay of a ferryman is now 58."));
}

#[test]
fn a_noun_of_a_person_and_be_closing_the_clause_tells_an_age() {
    assert!(aged("The typical new tenant is 36."));
    assert!(aged("Ivo Dane said the driver was 19."));
    assert!(aged("A retired roofer of 72 sold his house."));
    assert!(aged(
        "“A bricklayer of 61 cannot carry on,” Mara Lind said."
    ));
    // Not changed: a thing's figure, a unit, a group or a figure going on is no age.
    assert!(!aged("The score for the driver was 19."));
    assert!(!aged("The bill is 19 pages."));
    assert!(!aged("A team of 61 set off from Olvane."));
    assert!(!aged("The driver was 19 minutes late."));
    assert!(!aged("The buyer was 19 short of the target."));
    assert_eq!(
        age_flags("Votes for the candidate were 19, and for the mayor was 40."),
        [false, false]
    );
}

#[test]
fn a_bound_on_people_after_a_modal_and_be_is_an_age() {
    assert!(aged("Pupils must be at least 15 to enter the contest."));
    assert!(aged("Candidates should be over 25 and live in Olvane."));
    assert!(aged("Pupils must be at least sixteen to sit the paper."));
    // Not changed: a bound on things, or with a unit, is no age.
    assert!(!aged("Bids must be at least 55 to count."));
    assert!(!aged("Teams must be at least 11 to enter."));
    assert!(!aged("Passwords must be at least 12 characters."));
}

#[test]
fn a_bare_figure_picked_from_a_counted_group_counts_its_things() {
    assert_eq!(
        units("Of the 30 depots, 17 reported a fall."),
        [Some("depots".to_string()), Some("depots".to_string())]
    );
    // A figure with its own noun, or a group that is measured, keeps what it had.
    assert_eq!(
        units("Of the 30 depots, 17 vans were new."),
        [Some("depots".to_string()), Some("vans".to_string())]
    );
    assert_eq!(
        units("Of the 30 miles, 17 were paved."),
        [Some("miles".to_string()), None]
    );
    // A figure with its own whole after it is a part of that whole instead.
    assert_eq!(
        units("Of the 30 depots, 17 of 20 vans were new."),
        [
            Some("depots".to_string()),
            Some("vans".to_string()),
            Some("vans".to_string())
        ]
    );
    // A group far from the figure, across a stop, picks nothing.
    assert_eq!(
        units("The firm runs 30 depots. Last year 17 reported a fall."),
        [Some("depots".to_string()), None]
    );
}

#[test]
fn people_under_a_rule_may_be_followed_by_a_phrase_before_the_bound() {
    assert!(aged(
        "Applicants for the grant must be at least 23 to qualify."
    ));
    assert!(aged("Drivers of heavy lorries should be over 25."));
    // A bound on a thing, or on a thing of people, tells no age.
    assert!(!aged("The fee must be at least 23 to qualify."));
    assert!(!aged("Bids for the plot must be at least 23."));
}

#[test]
fn a_relative_clause_of_be_closed_by_a_modal_tells_an_age() {
    assert!(aged("Anyone who is already 61 will keep the old rate."));
    assert!(aged("A pupil who was 12 could not enrol."));
    // No "who": the total of something is no age.
    assert!(!aged("The total is already 58 and will rise."));
    assert!(!aged("The score which is 58 will stand."));
}

#[test]
fn times_that_standing_for_a_figure_is_a_multiple() {
    assert_eq!(
        units("She paid £20 and could sell it for ten times that."),
        [Some("GBP".to_string()), Some("times".to_string())]
    );
    assert_eq!(
        units("Rents were £300; a flat now costs five times that in the city."),
        [Some("GBP".to_string()), Some("times".to_string())]
    );
    assert_eq!(
        units("It could earn ten times that by the end of the decade."),
        [Some("times".to_string())]
    );
    // "that" as a conjunction or before a noun of time counts occasions.
    assert_eq!(units("She called three times that morning."), [None]);
    assert_eq!(units("He was stopped three times that I know of."), [None]);
}

#[test]
fn a_figure_compared_after_a_count_from_places_counts_the_count() {
    assert_eq!(
        units("The fair drew 520 traders from 23 countries, up from 410 last year."),
        [
            Some("traders".to_string()),
            Some("countries".to_string()),
            Some("traders".to_string())
        ]
    );
    // A figure compared straight after a count of places counts the places.
    assert_eq!(
        units("Traders came from 23 countries, up from 19."),
        [Some("countries".to_string()), Some("countries".to_string())]
    );
}

#[test]
fn a_figure_after_the_and_a_superlative_takes_the_unit_before() {
    assert_eq!(
        units("Queues at Dunmore averaged 18 minutes and the worst 47, the council said."),
        vec![Some("minutes".to_string()), Some("minutes".to_string())]
    );
    assert_eq!(
        age_flags("The youngest rower was 12 and the oldest 83."),
        vec![true, true]
    );
}

#[test]
fn a_superlative_figure_with_its_own_noun_keeps_it() {
    assert_eq!(
        units("Queues at Dunmore lasted 18 minutes and the worst 47 wards shut."),
        vec![Some("minutes".to_string()), Some("wards".to_string())]
    );
    assert_eq!(
        units("Queues at Dunmore lasted 18 minutes and 47 were seen."),
        vec![Some("minutes".to_string()), None]
    );
}

#[test]
fn a_further_part_of_a_group_counts_the_group() {
    assert_eq!(
        units("Of the 30 depots, 17 reported a fall, while 9 saw a rise."),
        vec![Some("depots".to_string()); 3]
    );
}

#[test]
fn a_figure_after_a_part_of_a_group_in_a_phrase_keeps_its_own() {
    assert_eq!(
        units("Of the 30 depots, 17 reported a fall over 9 days."),
        vec![
            Some("depots".to_string()),
            Some("depots".to_string()),
            Some("days".to_string())
        ]
    );
}

#[test]
fn a_race_or_class_named_by_a_number_counts_nothing() {
    for text in [
        "The Vell crew won race six on Monday.",
        "Races 7 and 8 were put off until Tuesday.",
        "Racing resumes with races 4, 5 and 6.",
        "Two brothers lead the 505 class by a point.",
    ] {
        let found = run(text);
        assert!(
            found.iter().all(|n| n.value == Some(2.0)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_figure_after_number_is_a_label() {
    assert!(units("Ada Quist will wear the number eight shirt.").is_empty());
    assert!(units("Ivo Dane wore number 14 for the club.").is_empty());
    // A count of things after "a number of" is still a count.
    assert_eq!(units("A number of 12 pupils were sent home.").len(), 1);
    assert_eq!(units("The number of pupils rose to 312.").len(), 1);
}

#[test]
fn a_count_of_races_or_classes_stays_a_count() {
    assert_eq!(
        units("The crew sailed 6 races and the 12 boats finished."),
        [Some("races".to_string()), Some("boats".to_string())]
    );
    assert_eq!(units("Ada Quist won the race 3 times.").len(), 1);
    assert_eq!(units("Ada Quist won the race three times.").len(), 1);
    assert_eq!(units("Of the 40 classes, 12 were full.").len(), 2);
}

#[test]
fn people_over_or_under_a_bare_figure_are_an_age_band() {
    assert!(aged("Applicants over 67 will move onto the new plan."));
    assert!(aged("The firm hired someone over 60 last year."));
    assert!(!aged("Prices over 66 were cut."));
    assert_eq!(age_flags("Applicants over 67 weeks were paid."), [false]);
}

#[test]
fn a_person_who_starts_at_a_figure_is_that_age() {
    assert_eq!(
        age_flags("A nurse who begins at 28 can claim for 35 years."),
        [true, false]
    );
    for text in [
        "Fares start at 30 for adults.",
        "Bidding started at 50 on Monday.",
        "A driver who starts at 30 mph can stop in time.",
        "A nurse who begins at 28 pounds a week can claim.",
    ] {
        assert!(age_flags(text).iter().all(|age| !age), "{text}");
    }
}

#[test]
fn a_part_of_a_group_told_by_a_clause_counts_the_group_s_things() {
    let s = |unit: &str| Some(unit.to_string());
    assert_eq!(
        units("Of the 620 tenants who had asked for repairs before the winter, about 410 said none came."),
        [s("tenants"), s("tenants")]
    );
    assert_eq!(
        units("Of the 75 farms inspected by the council, 31 failed and 12 were closed."),
        [s("farms"), s("farms"), s("farms")]
    );
    // A figure inside the clause stands between the group and its part.
    assert_eq!(
        units("Of the 620 tenants who waited over 18 months, 240 moved out."),
        [s("tenants"), s("months"), s("tenants")]
    );
    // Not changed: a clause not after a sentence-opening "Of", a part with its own noun, and a
    // group whose noun is not its own.
    assert_eq!(
        units("A rise of 620 tenants who asked for repairs before the winter, 240 said."),
        [s("tenants"), None]
    );
    assert_eq!(
        units("Of the 75 farms inspected by the council, 31 sheds failed."),
        [s("farms"), s("sheds")]
    );
    assert_eq!(
        units("Of the 75 that the council inspected last spring in the hills, 31 failed."),
        [None, None]
    );
}

#[test]
fn a_figure_forced_from_its_homes_counts_people() {
    let s = |unit: &str| Some(unit.to_string());
    assert_eq!(
        units("The clashes forced some 42,000 from their homes."),
        [s("people")]
    );
    assert_eq!(
        units("Floods drove around 6,500 from their villages in the delta."),
        [s("people")]
    );
    assert_eq!(
        units("Troops displaced an estimated 9,000 from the town of Orrin."),
        [s("people")]
    );
    // Not changed: a figure with its own noun, a figure with no "from" after it, and a verb
    // that displaces no one.
    assert_eq!(
        units("The storm forced 300 families from their homes."),
        [s("families")]
    );
    assert_eq!(units("The rebels forced 12 to sign."), [None]);
    assert_eq!(units("The council cut 400 from the budget."), [None]);
}

#[test]
fn a_bare_figure_of_standing_in_a_run_of_results_takes_the_count_before() {
    let s = |unit: &str| Some(unit.to_string());
    assert_eq!(
        units("Ms Orrin took 7,310 votes, ahead of Mr Halsey on 5,902. The Liberals came third with 1,244, and the Radicals fourth with 980."),
        [s("votes"), s("votes"), s("votes"), s("votes")]
    );
    assert_eq!(
        units(
            "Among renters the Whigs were on 11 points, the Liberals on 17 and the Radicals on 26."
        ),
        [s("points"), s("points"), s("points")]
    );
    assert_eq!(
        units("The poll put the Liberals on 38% and the Whigs on 21."),
        [s("percent"), s("percent")]
    );
    // Not changed: a share that does not stand after the same preposition, a span of years,
    // a figure with its own noun, a figure that does not close its clause, and a rank with no
    // count closing the sentence before.
    assert_eq!(
        units("Ms Orrin took 7,310 votes, 44% of those cast, ahead of Mr Halsey on 5,902."),
        [s("votes"), s("percent"), s("votes")]
    );
    assert_eq!(
        units("Sales fell 4% last year, with 12 of the shops closing."),
        [s("percent"), s("shops")]
    );
    assert_eq!(
        units("He served 9 years, and retired on 62."),
        [s("years"), None]
    );
    assert_eq!(
        units("The firm has 40 staff, with 12 working from home."),
        [s("staff"), None]
    );
    assert_eq!(
        units("She spent 6 years in Delmar. Her horse came second with 71."),
        [s("years"), None]
    );
}

#[test]
fn a_figure_of_ones_counts_the_count_before_it_in_its_paragraph() {
    assert_eq!(
        units("The yard scrapped 40 old barges and built 25 new ones."),
        [Some("barges".into()), Some("barges".into())]
    );
    assert_eq!(
        units("The yard has 40 barges. It built 25 new ones."),
        [Some("barges".into()), Some("barges".into())]
    );
    // With no count before it in its paragraph, "ones" names nothing.
    assert_eq!(
        units("The yard has a long slipway.\n\nIt built 25 new ones."),
        [None]
    );
}

#[test]
fn a_figure_of_whom_or_of_which_counts_the_count_before_it() {
    assert_eq!(
        units("The fever struck 240 villagers, 7 of whom died."),
        [Some("villagers".into()), Some("villagers".into())]
    );
    assert_eq!(
        units("Brisk Mills runs 14 plants, 3 of which will shut."),
        [Some("plants".into()), Some("plants".into())]
    );
    // Not changed: "whose" is a determiner of the figure's own noun, not "brothers".
    assert_eq!(
        units("Orla Venn had 5 brothers, two of whose sons farm."),
        [Some("brothers".into()), None]
    );
}

#[test]
fn figures_of_a_change_from_one_to_another_count_the_number_of_subject() {
    assert_eq!(
        units("The number of stranded drivers rose from 180 to 460 overnight."),
        [Some("drivers".into()), Some("drivers".into())]
    );
    assert_eq!(
        units("The number of licensed boats had fallen from 90 in Lent to 35."),
        [Some("boats".into()), Some("boats".into())]
    );
    // Not changed: a subject that is no count of a plural.
    assert_eq!(units("Sales of kettles rose from 12 to 30."), [None, None]);
    // Not changed: "from" that no verb of change leads.
    assert_eq!(
        units("The number of hikers who came from 12 towns reached 40."),
        [Some("towns".into()), Some("hikers".into())]
    );
}

#[test]
fn a_figure_before_of_leaves_out_the_noun_before_of_of_the_figure_it_follows() {
    assert_eq!(
        units("Kell Drury admitted 9 counts of arson and two of burglary."),
        [Some("counts".into()), Some("counts".into())]
    );
    assert_eq!(
        units("The farm sold 300 sacks of oats and 120 of rolled grains."),
        [Some("sacks".into()), Some("sacks".into())]
    );
    // Not changed: a determiner after "of" makes the figure a part of that noun.
    assert_eq!(
        units("Police held 9 members of the gang and two of the drivers."),
        [Some("members".into()), Some("drivers".into())]
    );
    // Not changed: the earlier figure's noun is not followed by "of".
    assert_eq!(
        units("Kell Drury admitted 9 thefts and two of burglary."),
        [Some("thefts".into()), None]
    );
}

#[test]
fn an_hour_in_words_with_its_part_of_the_day_is_no_count() {
    assert!(run("The last tram left at two in the morning.").is_empty());
    // Not changed: a count scored in the afternoon.
    assert_eq!(run("Orvane scored three in the afternoon.").len(), 1);
}

/// A unit as `units` gives it.
fn some(unit: &str) -> Option<String> {
    Some(unit.to_string())
}

#[test]
fn a_bare_figure_after_a_comma_repeats_the_count_before_it() {
    assert_eq!(
        units("Queues at the depot lasted 27 minutes in June, and 19 a month later."),
        [some("minutes"), some("minutes")]
    );
    assert_eq!(
        units("The airline logged 61 diverted flights, and 112 delayed."),
        [some("flights"), some("flights")]
    );
    assert_eq!(
        units("The band toured five other countries, three in South America."),
        [some("countries"), some("countries")]
    );
    assert_eq!(
        units("The library lent 830 books, 40 more than in spring."),
        [some("books"), some("books")]
    );
}

#[test]
fn a_figure_in_a_phrase_of_measure_is_not_the_count_a_bare_figure_repeats() {
    assert_eq!(
        units("The orchestra hired 33 musicians over 14 weeks, and 6 on short contracts."),
        [some("musicians"), some("weeks"), some("musicians")]
    );
    assert_eq!(
        units("The charity fed 900 families in 12 villages, and 70 in the town."),
        [some("families"), some("villages"), some("families")]
    );
    // Not changed: with no count before the phrase, the bare figure keeps no unit.
    assert_eq!(
        units("For 14 weeks, 6 on short contracts."),
        [some("weeks"), None]
    );
    // Not changed: a share is not carried.
    assert_eq!(
        units("Prices rose 4% in May, and 3 in June."),
        [some("percent"), None]
    );
}

#[test]
fn a_count_a_verb_takes_as_its_object_counts_the_noun_after_of() {
    assert_eq!(
        units("The new wing brought the number of hospital cots to 5,400."),
        [some("cots")]
    );
    assert_eq!(
        units("Planners trimmed the number of parking bays from 820 to 760."),
        [some("bays"), some("bays")]
    );
    // Not changed: a verb after the count's noun makes it a clause of its own.
    assert_eq!(
        units("The man who halved the number of bays rose to 12 in the polls."),
        [None]
    );
}

#[test]
fn a_bare_count_in_a_grave_condition_counts_people() {
    assert_eq!(
        units("Medics said 14 were in hospital, 5 in critical condition."),
        [None, some("people")]
    );
    assert_eq!(
        units("Four in a serious condition were airlifted."),
        [some("people")]
    );
    // Not changed: a condition that things are in too.
    assert_eq!(units("Dealers found 9 in good condition."), [None]);
}

#[test]
fn a_figure_after_a_pronoun_subject_counts_the_figure_before_it() {
    let s = |u: &str| Some(u.to_string());
    assert_eq!(
        units("Roughly 9,100 pupils missed school on Monday. By Wednesday, that had dropped to 1,250."),
        [s("pupils"), s("pupils")]
    );
    assert_eq!(
        units("The jobless rate sits at 6.3%. Two years ago it was 7.1."),
        [s("percent"), s("percent")]
    );
    assert_eq!(
        units("Ferry fares rose 8.5% this spring, and this compares with 3.2 last spring."),
        [s("percent"), s("percent")]
    );
}

#[test]
fn a_pronoun_subject_takes_no_unit_past_a_figure_of_another_kind() {
    let s = |u: &str| Some(u.to_string());
    // Money stands between the count and the pronoun's figure.
    assert_eq!(
        units(
            "The mill kept 380 staff and spent £6m on repairs. By spring, that had shrunk to 210."
        ),
        [s("staff"), s("GBP"), None]
    );
    // "It" of a cost is no figure's pro-form; its figure keeps its own unit.
    assert_eq!(
        units("The town planted 700 trees. It cost £90,000."),
        [s("trees"), s("GBP")]
    );
    // The pronoun is not the subject at the start of its clause.
    assert_eq!(
        units("The ward has 26 beds. The manager said it was 4 short."),
        [s("beds"), None]
    );
    // Two sentences back is too far for a pronoun.
    assert_eq!(
        units("Some 70 boats sailed. The wind dropped. Later it was 12."),
        [s("boats"), None]
    );
    // "2 of every 5": the figure is part of something else.
    assert_eq!(
        units("The county has 14 libraries. That is 2 of every 5 in the region."),
        [s("libraries"), None, None]
    );
}

#[test]
fn a_figure_after_a_summary_noun_counts_the_figure_before_it() {
    let s = |u: &str| Some(u.to_string());
    assert_eq!(
        units("Rescuers pulled 18 climbers off the ridge, and the total climbed to 31 by dusk."),
        [s("climbers"), s("climbers")]
    );
    assert_eq!(
        units("The shelter took in 64 dogs in June. The figure was 80 in July."),
        [s("dogs"), s("dogs")]
    );
    // A span of time stands between: no unit.
    assert_eq!(
        units("The band played 22 shows over 5 weeks, and the tally rose to 30."),
        [s("shows"), s("weeks"), None]
    );
}

#[test]
fn a_count_of_others_after_a_person_counts_people() {
    let s = |u: &str| Some(u.to_string());
    assert_eq!(
        units("A cyclist was killed and four others were hurt in the crash."),
        [s("people")]
    );
    assert_eq!(
        units("Three nurses and two others were praised."),
        [s("nurses"), s("people")]
    );
    // Others of a thing are no people.
    assert_eq!(units("A lorry and three others were towed away."), [None]);
}

#[test]
fn a_multiple_in_fold_is_in_times() {
    check("Rents rose sixfold.", "sixfold", Some(6.0), Some("times"));
    check(
        "It was a four-fold increase.",
        "four-fold",
        Some(4.0),
        Some("times"),
    );
    check(
        "Sales saw a 20-fold jump.",
        "20-fold",
        Some(20.0),
        Some("times"),
    );
    // A word merely ending in the same letters is no number.
    assert!(run("The sheep were penned in the fold.").is_empty());
}
