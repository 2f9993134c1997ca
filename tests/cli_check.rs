//! `corpus-report check`: exit codes, and the diff lines for removed, added and changed items.
//!
//! Baselines are made by the tool itself (`check --update`) and then edited by hand, so the tests
//! hold whatever the extractors find in the little invented article below.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use corpus_report::check::{compare_reports, render_text};
use corpus_report::model::{DateMention, Number, Quote, QuoteKind, Report};
use corpus_report::{analyze_texts, Options};
use serde_json::{json, Value};

const ARTICLE: &str = "date 2023-05-02\n\nThe river ferry resumed service on Tuesday. \
Its owners said 40 boats were ready.\n\nRiders welcomed the news.\n";

struct Setup {
    _dir: tempfile::TempDir,
    articles: PathBuf,
    baseline: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("ferry.txt"), ARTICLE).unwrap();
    let baseline = dir.path().join("baseline.json");
    check(&baseline, &articles).arg("--update").assert().code(0);
    Setup {
        _dir: dir,
        articles,
        baseline,
    }
}

fn check(baseline: &Path, articles: &Path) -> Command {
    let mut command = Command::cargo_bin("corpus-report").unwrap();
    command
        .arg("check")
        .arg("--baseline")
        .arg(baseline)
        .arg(articles);
    command
}

fn edit_baseline(setup: &Setup, edit: impl FnOnce(&mut Value)) {
    let mut value: Value =
        serde_json::from_str(&std::fs::read_to_string(&setup.baseline).unwrap()).unwrap();
    edit(&mut value);
    std::fs::write(
        &setup.baseline,
        serde_json::to_string_pretty(&value).unwrap(),
    )
    .unwrap();
}

fn run(setup: &Setup) -> (Option<i32>, String, String) {
    let output = check(&setup.baseline, &setup.articles).output().unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn an_unchanged_tree_exits_0() {
    let setup = setup();
    let (code, stdout, _) = run(&setup);
    assert_eq!(code, Some(0), "{stdout}");
    assert_eq!(stdout, "no differences\n");
}

#[test]
fn the_tool_version_is_ignored() {
    let setup = setup();
    edit_baseline(&setup, |v| v["tool"]["version"] = json!("0.0.0-old"));
    assert_eq!(run(&setup).0, Some(0));
}

#[test]
fn a_removed_quote_exits_1_with_its_line() {
    let setup = setup();
    edit_baseline(&setup, |v| {
        v["documents"][0]["quotes"]
            .as_array_mut()
            .unwrap()
            .push(json!({
                "index": 99, "start": 0, "end": 4, "text": "we sail at dawn tomorrow",
                "kind": "direct", "speaker": "Ada Quill", "speaker_mention": "Quill",
                "cue": "said", "sentence": 0
            }));
    });
    let (code, stdout, _) = run(&setup);
    assert_eq!(code, Some(1));
    assert!(stdout.starts_with("document ferry\n  quote:\n"), "{stdout}");
    assert!(
        stdout.contains("    - removed: \"we sail at dawn tomorrow\" (direct, Ada Quill)\n"),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 difference in 1 group\n"), "{stdout}");
}

#[test]
fn removed_numbers_and_dates_and_moved_sentence_boundaries_are_listed() {
    let setup = setup();
    edit_baseline(&setup, |v| {
        let document = &mut v["documents"][0];
        document["numbers"].as_array_mut().unwrap().push(json!({
            "index": 99, "start": 0, "end": 2, "text": "77", "value": 77.0, "unit": "oars",
            "qualifier": null, "flags": [], "sentence": null
        }));
        document["dates"].as_array_mut().unwrap().push(json!({
            "index": 99, "start": 0, "end": 4, "text": "last spring", "value": "2022-SP",
            "mod": null, "sentence": null
        }));
        let sentences = document["sentences"].as_array_mut().unwrap();
        let second = sentences.remove(1);
        let merged = format!(
            "{} {}",
            sentences[0]["text"].as_str().unwrap(),
            second["text"].as_str().unwrap()
        );
        sentences[0]["text"] = json!(merged);
    });
    let (code, stdout, _) = run(&setup);
    assert_eq!(code, Some(1));
    assert!(stdout.contains("  sentence:\n    - removed: The river ferry resumed service on Tuesday. Its owners said 40 boats were ready.\n"), "{stdout}");
    assert!(
        stdout.contains("    + added: The river ferry resumed service on Tuesday.\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    + added: Its owners said 40 boats were ready.\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  number:\n    - removed: \"77\" (77 oars)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  date:\n    - removed: \"last spring\" (2022-SP)\n"),
        "{stdout}"
    );
}

#[test]
fn json_output_lists_the_differences() {
    let setup = setup();
    edit_baseline(&setup, |v| {
        v["documents"][0]["outlet"] = json!("The Ferry Gazette")
    });
    let output = check(&setup.baseline, &setup.articles)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let diff: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(diff["count"], 1);
    assert_eq!(
        diff["differences"][0],
        json!({"document": "ferry", "kind": "metadata", "change": "outlet", "item": "outlet",
               "before": "The Ferry Gazette", "after": "null"})
    );
}

#[test]
fn added_and_removed_documents_are_named() {
    let setup = setup();
    std::fs::write(setup.articles.join("tram.txt"), "The tram ran late.\n").unwrap();
    edit_baseline(&setup, |v| v["documents"][0]["id"] = json!("ferry-old"));
    let (code, stdout, _) = run(&setup);
    assert_eq!(code, Some(1));
    assert!(
        stdout.contains("document ferry\n  document:\n    + added:"),
        "{stdout}"
    );
    assert!(
        stdout.contains("document tram\n  document:\n    + added:"),
        "{stdout}"
    );
    assert!(
        stdout.contains("document ferry-old\n  document:\n    - removed:"),
        "{stdout}"
    );
}

#[test]
fn errors_exit_2() {
    let setup = setup();
    let missing = setup.baseline.with_file_name("missing.json");
    check(&missing, &setup.articles)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("create it with --update"));

    edit_baseline(&setup, |v| v["schema_version"] = json!(2));
    let (code, stdout, stderr) = run(&setup);
    assert_eq!(code, Some(2));
    assert_eq!(stdout, "", "no wall of diff for another schema version");
    assert!(stderr.contains("schema_version 2"), "{stderr}");

    std::fs::write(&setup.baseline, "{ not json").unwrap();
    assert_eq!(run(&setup).0, Some(2));

    let setup = self::setup();
    check(&setup.baseline, &setup.articles.join("nothing-here"))
        .assert()
        .code(2);
}

fn with_items() -> Report {
    let mut report = analyze_texts(&[("ferry", ARTICLE)], &Options::default());
    let document = &mut report.documents[0];
    document.quotes = vec![Quote {
        index: 0,
        start: 20,
        end: 40,
        text: "the boats are ready to sail".into(),
        kind: QuoteKind::Direct,
        speaker: Some("Ada Quill".into()),
        speaker_mention: Some("Ms Quill".into()),
        speaker_span: None,
        cue: Some("said".into()),
        sentence: Some(1),
    }];
    document.numbers = vec![Number {
        index: 0,
        start: 60,
        end: 62,
        text: "40".into(),
        value: Some(40.0),
        unit: Some("boats".into()),
        qualifier: None,
        flags: vec![],
        sentence: Some(1),
    }];
    document.dates = vec![DateMention {
        index: 0,
        start: 30,
        end: 37,
        text: "Tuesday".into(),
        value: Some("2023-05-02".into()),
        modifier: None,
        time: None,
        sentence: Some(0),
    }];
    report
}

#[test]
fn a_changed_speaker_number_and_date_produce_their_lines() {
    let baseline = with_items();
    let mut current = with_items();
    let document = &mut current.documents[0];
    document.quotes[0].speaker = Some("Ben Oar".into());
    document.quotes[0].start += 7;
    document.numbers[0].value = Some(4.0);
    document.numbers[0].unit = Some("ferries".into());
    document.dates[0].value = Some("2023-04-25".into());
    let text = render_text(&compare_reports(&baseline, &current));
    assert_eq!(
        text,
        "document ferry\n\
         \x20 quote:\n\
         \x20   ~ speaker changed: \"the boats are ready to sail\": Ada Quill -> Ben Oar\n\
         \x20 number:\n\
         \x20   ~ value changed: \"40\": 40 -> 4\n\
         \x20   ~ unit changed: \"40\": boats -> ferries\n\
         \x20 date:\n\
         \x20   ~ value changed: \"Tuesday\": 2023-05-02 -> 2023-04-25\n\
         4 differences in 1 group\n"
    );
}

#[test]
fn a_baseline_file_with_a_changed_speaker_is_reported_by_the_library() {
    let baseline_json = serde_json::to_string(&with_items()).unwrap();
    let baseline = corpus_report::check::parse_baseline(&baseline_json).unwrap();
    let mut current = with_items();
    current.documents[0].quotes[0].kind = QuoteKind::Partial;
    let differences = compare_reports(&baseline, &current);
    assert_eq!(differences.len(), 1);
    assert_eq!(differences[0].kind, "quote");
    assert_eq!(differences[0].change, "kind");
    assert_eq!(differences[0].before.as_deref(), Some("direct"));
    assert_eq!(differences[0].after.as_deref(), Some("partial"));
}
