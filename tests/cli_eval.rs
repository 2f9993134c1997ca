//! `corpus-report eval`: scores against the small gold set in tests/fixtures/gold (invented
//! articles), checked against figures computed by hand, and the exit codes of thresholds.

use assert_cmd::Command;
use serde_json::Value;

const GOLD: &str = "tests/fixtures/gold/annotations";
const PREDICTION: &str = "tests/fixtures/gold/prediction.json";
const ARTICLES: &str = "tests/fixtures/gold/articles";

fn eval() -> Command {
    let mut command = Command::cargo_bin("corpus-report").unwrap();
    command.arg("eval").arg("--gold").arg(GOLD);
    command
}

fn scores(extra: &[&str]) -> Value {
    let output = eval()
        .args(["--report", PREDICTION, "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn figure(scores: &Value, metric: &str, field: &str) -> f64 {
    scores[metric][field].as_f64().unwrap()
}

#[test]
fn precision_recall_and_f1_agree_with_hand_computed_figures() {
    let s = scores(&[]);
    // Sentences: alpha merges its last two sentences (1 false, 2 missed); beta is right: 7/1/2.
    assert_eq!(s["sentences"]["tp"], 7);
    assert_eq!(s["sentences"]["fp"], 1);
    assert_eq!(s["sentences"]["fn"], 2);
    assert_eq!(figure(&s, "sentences", "precision"), 0.875); // 7/8
    assert_eq!(figure(&s, "sentences", "recall"), 0.7778); // 7/9
    assert_eq!(figure(&s, "sentences", "f1"), 0.8235); // 14/17
                                                       // Quotes: 4 found, 1 false ("riders"): P 4/5, R 1, F1 8/9.
    assert_eq!(figure(&s, "quotes", "precision"), 0.8);
    assert_eq!(figure(&s, "quotes", "recall"), 1.0);
    assert_eq!(figure(&s, "quotes", "f1"), 0.8889);
    // Speakers: the scare quote is not counted; "Mayor Ortiz" matches through the alias,
    // "Mr Patel" only by surname, "Patel" for Lena Ortiz is wrong.
    assert_eq!(s["speakers"]["attr_n"], 3);
    assert_eq!(figure(&s, "speakers", "attr_accuracy"), 0.6667);
    assert_eq!(figure(&s, "speakers_strict", "attr_accuracy"), 0.3333);
    // Kinds: "vanity project" is scare, predicted partial: 3 of 4.
    assert_eq!(figure(&s, "quote_kind", "attr_accuracy"), 0.75);
    // Numbers: "12 million" matches "$12 million", "an hour" matches an optional item (ignored),
    // "a day" is false: 3/1/0, P 0.75, F1 6/7.
    assert_eq!(s["numbers"]["tp"], 3);
    assert_eq!(s["numbers"]["fp"], 1);
    assert_eq!(s["numbers"]["fn"], 0);
    assert_eq!(figure(&s, "numbers", "f1"), 0.8571);
    assert_eq!(figure(&s, "number_values", "attr_accuracy"), 1.0);
    assert_eq!(figure(&s, "number_units", "attr_accuracy"), 0.6667); // "complaints" != "passengers"
                                                                     // Dates: "February" missed, "yesterday" resolved a day early.
    assert_eq!(figure(&s, "dates", "precision"), 1.0);
    assert_eq!(figure(&s, "dates", "recall"), 0.6667);
    assert_eq!(figure(&s, "dates", "f1"), 0.8);
    assert_eq!(figure(&s, "date_values", "attr_accuracy"), 0.5);
    assert_eq!(s["cross_source"]["name_variant_recall"].as_f64(), Some(0.5));
    assert_eq!(s["thresholds_missed"], Value::Array(vec![]));
}

#[test]
fn details_list_the_misses() {
    let s = scores(&["--details"]);
    let details: Vec<&str> = s["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    assert!(details.contains(&"alpha date MISS: February"));
    assert!(details.contains(&"beta speaker WRONG: 'within weeks' gold=Lena Ortiz pred=Patel"));
    assert!(details.contains(&"beta date VALUE: 'yesterday' gold=2023-03-14 pred=2023-03-13"));
}

#[test]
fn text_output_is_a_table() {
    let output = eval().args(["--report", PREDICTION]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("quotes            0.800  1.000  0.889         (4/1/0)"),
        "{text}"
    );
    assert!(
        text.contains("speakers                               0.667  (n=3)"),
        "{text}"
    );
    assert!(
        text.contains("name_variant_recall               0.500"),
        "{text}"
    );
}

#[test]
fn a_missed_threshold_exits_1_and_a_met_one_exits_0() {
    let output = eval()
        .args(["--report", PREDICTION])
        .args(["--min", "quotes.f1=0.95", "--min", "numbers.recall=1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("threshold missed: quotes.f1 = 0.8889 < 0.95"),
        "{text}"
    );
    assert!(!text.contains("numbers.recall"), "{text}");

    eval()
        .args(["--report", PREDICTION])
        .args(["--min", "quotes.f1=0.85", "--min", "speakers.accuracy=0.6"])
        .assert()
        .code(0);
}

#[test]
fn errors_exit_2() {
    eval()
        .args(["--report", PREDICTION, "--min", "quotez.f1=0.5"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown metric 'quotez.f1'"));
    Command::cargo_bin("corpus-report")
        .unwrap()
        .args(["eval", "--gold", "tests/fixtures/no-such-dir", ARTICLES])
        .assert()
        .code(2);
    eval()
        .args(["--report", PREDICTION, "--min", "quotes.f1"])
        .assert()
        .code(2);
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    std::fs::write(&old, r#"{"schema_version": 0, "documents": []}"#).unwrap();
    eval()
        .arg("--report")
        .arg(&old)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("schema_version"));
}

#[test]
fn eval_runs_the_extraction_on_paths() {
    let output = eval()
        .args([
            "--format",
            "json",
            "--reference-date",
            "2023-03-15",
            ARTICLES,
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let s: Value = serde_json::from_slice(&output.stdout).unwrap();
    for metric in corpus_report::eval::METRICS {
        assert!(s[metric]["f1"].is_number(), "{metric} missing: {s}");
    }
    let sentences = &s["sentences"];
    let total_gold = sentences["tp"].as_u64().unwrap() + sentences["fn"].as_u64().unwrap();
    assert_eq!(
        total_gold, 9,
        "every gold sentence is either found or missed"
    );
}
