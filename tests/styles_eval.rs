//! Quality floor on house styles the seeds do not cover (US wire, Reuters, British tabloid,
//! broadsheet, blog): runs the binary on `tests/fixtures/styles/articles` and compares its JSON
//! with the hand-made gold in `tests/fixtures/styles/gold` (format of GOLD.md). Matching is kept
//! simple: exact trimmed sentence text, quote text by containment with speaker by name tokens,
//! number text + value, date text + value. Thresholds sit a little below the figures reached, so
//! a regression fails.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

const FIXTURES: &str = "tests/fixtures/styles";

/// Title words ignored when comparing speaker names.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "sen", "gov", "gen",
];

/// Found / gold / optional counts for one extractor.
#[derive(Default, Debug)]
struct Tally {
    gold: usize,
    predicted: usize,
    matched: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }
    fn precision(&self) -> f64 {
        self.matched as f64 / self.predicted.max(1) as f64
    }
}

fn normalise(text: &str) -> String {
    let replaced: String = text
        .chars()
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            other => other,
        })
        .collect();
    replaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn quote_core(text: &str) -> String {
    normalise(text)
        .trim_matches(|c: char| "\"' ,.".contains(c))
        .to_string()
}

fn name_tokens(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !TITLES.contains(&w.as_str()))
        .collect()
}

/// Whether the predicted speaker names the gold person (any alias, or the surname alone).
fn speaker_matches(predicted: Option<&str>, gold: Option<&str>, aliases: &Value) -> bool {
    match (predicted, gold) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let p = name_tokens(p);
            let mut names = vec![g.to_string()];
            if let Some(list) = aliases.get(g).and_then(Value::as_array) {
                names.extend(list.iter().filter_map(Value::as_str).map(str::to_string));
            }
            names.iter().any(|n| {
                let n = name_tokens(n);
                !p.is_empty() && (n == p || n.last() == p.last() && p.len() == 1)
            })
        }
        _ => false,
    }
}

fn optional(item: &Value) -> bool {
    item.get("optional")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

fn str_field<'v>(item: &'v Value, key: &str) -> Option<&'v str> {
    item.get(key).and_then(Value::as_str)
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(1.0),
        (None, None) => true,
        _ => false,
    }
}

/// Match predicted items against gold items one-to-one; optional gold neither counts as missed
/// nor makes a prediction false.
fn score(
    gold: &[Value],
    predicted: &[Value],
    same: impl Fn(&Value, &Value) -> bool,
    tally: &mut Tally,
) {
    let mut used = vec![false; predicted.len()];
    for g in gold {
        let hit = predicted
            .iter()
            .enumerate()
            .find(|(i, p)| !used[*i] && same(g, p))
            .map(|(i, _)| i);
        if let Some(i) = hit {
            used[i] = true;
        }
        if !optional(g) {
            tally.gold += 1;
            if hit.is_some() {
                tally.matched += 1;
            }
        }
    }
    for (i, p) in predicted.iter().enumerate() {
        let matched_optional = used[i]
            && gold.iter().any(|g| {
                optional(g) && same(g, p) && !gold.iter().any(|h| !optional(h) && same(h, p))
            });
        if !matched_optional {
            tally.predicted += 1;
        }
    }
}

fn as_list(value: Option<&Value>) -> Vec<Value> {
    value.and_then(Value::as_array).cloned().unwrap_or_default()
}

fn run_binary() -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_corpus-report"))
        .args(["--format", "json"])
        .arg(Path::new(FIXTURES).join("articles"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn load_gold() -> (BTreeMap<String, Value>, Value) {
    let mut gold = BTreeMap::new();
    let dir = Path::new(FIXTURES).join("gold");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if let Some(article) = name.strip_suffix(".gold.json") {
            if article != "corpus" {
                let value: Value =
                    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                gold.insert(article.to_string(), value);
            }
        }
    }
    let corpus: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("corpus.gold.json")).unwrap())
            .unwrap();
    let aliases = corpus.get("aliases").cloned().unwrap_or(Value::Null);
    (gold, aliases)
}

#[test]
fn house_styles_meet_the_quality_floor() {
    let output = run_binary();
    let (gold, aliases) = load_gold();
    assert!(gold.len() >= 6, "fixtures missing: {}", gold.len());
    let mut sentences = Tally::default();
    let mut quotes = Tally::default();
    let mut speakers = Tally::default();
    let mut numbers = Tally::default();
    let mut dates = Tally::default();
    let mut published_ok = 0;
    let documents = as_list(output.get("documents"));
    for (article, g) in &gold {
        let doc = documents
            .iter()
            .find(|d| str_field(d, "path").is_some_and(|p| p.ends_with(article.as_str())))
            .unwrap_or_else(|| panic!("no output for {article}"));
        if str_field(doc, "published") == str_field(g, "published") {
            published_ok += 1;
        }

        let gold_sentences: Vec<Value> = as_list(g.get("sentences"));
        let predicted_sentences: Vec<Value> = as_list(doc.get("sentences"))
            .iter()
            .filter_map(|s| s.get("text").cloned())
            .collect();
        score(
            &gold_sentences,
            &predicted_sentences,
            |a, b| a.as_str().map(normalise) == b.as_str().map(normalise),
            &mut sentences,
        );

        let gold_quotes = as_list(g.get("quotes"));
        let predicted_quotes = as_list(doc.get("quotes"));
        let same_quote = |a: &Value, b: &Value| {
            let (Some(x), Some(y)) = (str_field(a, "text"), str_field(b, "text")) else {
                return false;
            };
            let (x, y) = (quote_core(x), quote_core(y));
            !x.is_empty() && !y.is_empty() && (x.contains(&y) || y.contains(&x))
        };
        score(&gold_quotes, &predicted_quotes, same_quote, &mut quotes);
        for gq in gold_quotes.iter().filter(|q| !optional(q)) {
            if let Some(pq) = predicted_quotes.iter().find(|p| same_quote(gq, p)) {
                speakers.gold += 1;
                if speaker_matches(str_field(pq, "speaker"), str_field(gq, "speaker"), &aliases) {
                    speakers.matched += 1;
                }
            }
        }
        speakers.predicted = speakers.gold;

        score(
            &as_list(g.get("numbers")),
            &as_list(doc.get("numbers")),
            |a, b| {
                str_field(a, "text") == str_field(b, "text")
                    && close(
                        a.get("value").and_then(Value::as_f64),
                        b.get("value").and_then(Value::as_f64),
                    )
            },
            &mut numbers,
        );
        score(
            &as_list(g.get("dates")),
            &as_list(doc.get("dates")),
            |a, b| {
                str_field(a, "text") == str_field(b, "text")
                    && (optional(a) || str_field(a, "value") == str_field(b, "value"))
            },
            &mut dates,
        );
    }
    let report = format!(
        "sentences {sentences:?}\nquotes {quotes:?}\nspeakers {speakers:?}\nnumbers {numbers:?}\ndates {dates:?}\npublished {published_ok}/{}",
        gold.len()
    );
    println!("{report}");
    let floors = [
        ("sentence recall", sentences.recall(), 0.95),
        ("sentence precision", sentences.precision(), 0.95),
        ("quote recall", quotes.recall(), 0.95),
        ("quote precision", quotes.precision(), 0.9),
        ("speaker accuracy", speakers.recall(), 0.95),
        ("number recall", numbers.recall(), 0.95),
        ("number precision", numbers.precision(), 0.9),
        ("date recall", dates.recall(), 0.9),
        ("date precision", dates.precision(), 0.85),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} {got:.3} < {floor}\n{report}");
    }
    assert!(published_ok + 1 >= gold.len(), "{report}");
}
