//! Scoring against gold annotations: precision, recall and F1 per extractor, attribute accuracy
//! (speakers, quote kinds, number values and units, date values) and cross-source recalls.
//!
//! The gold format is the one of `gold/GOLD.md` (`<article file>.gold.json` per article plus an
//! optional `corpus.gold.json`). The matching rules are a faithful port of the reference `score`
//! script, so the figures agree with it: greedy best-first matching, token Jaccard ≥ 0.6 for quotes,
//! graded text similarity for numbers and dates, optional gold items neither rewarded nor
//! penalised, speakers accepted through the corpus aliases (strictly, or leniently by surname).
//! The prediction is read as JSON so that the port follows the script field by field.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::LazyLock;

use anyhow::{anyhow, Context, Result};
use regex::Regex;
use serde::Serialize;
use serde_json::{Map, Value};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Quote marks stripped from the ends of a quote before comparing.
const QUOTE_CHARS: &str = "\"'“”‘’«»„‚‹›";

/// Titles dropped from a name before comparing speakers.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "prof",
    "president",
    "secretary",
    "minister",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "mayor",
    "gen",
    "general",
    "lord",
    "lady",
];

/// The counters reported, in output order.
pub const METRICS: &[&str] = &[
    "sentences",
    "quotes",
    "speakers",
    "speakers_strict",
    "quote_kind",
    "numbers",
    "number_values",
    "number_units",
    "dates",
    "date_values",
];

static WHITESPACE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+").expect("valid regex"));
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_$£€%]+").expect("valid regex"));
static NAME_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_'-]+").expect("valid regex"));
static NOT_NUMBER_CORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\d.,]").expect("valid regex"));

/// NFKC, straight quotes for curly ones, whitespace runs as one space, trimmed.
pub fn norm_text(text: &str) -> String {
    let text: String = text
        .nfkc()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            other => other,
        })
        .collect();
    WHITESPACE.replace_all(&text, " ").trim().to_string()
}

/// A quote's words without surrounding marks or spaces.
pub fn quote_core(text: &str) -> String {
    let is_edge = |c: char| c == ' ' || QUOTE_CHARS.contains(c);
    norm_text(text).trim_matches(is_edge).to_string()
}

fn tokens(text: &str) -> BTreeSet<String> {
    let lower = norm_text(text).to_lowercase();
    TOKEN
        .find_iter(&lower)
        .map(|m| m.as_str().to_string())
        .collect()
}

/// Share of distinct lower-cased word tokens the two texts have in common (0 when either has none).
pub fn jaccard(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let shared = ta.intersection(&tb).count();
    let union = ta.union(&tb).count();
    shared as f64 / union as f64
}

fn person_key(name: &str) -> Option<Vec<String>> {
    if name.is_empty() {
        return None;
    }
    let decomposed: String = name.nfkd().collect::<String>().to_lowercase();
    let keys: Vec<String> = NAME_TOKEN
        .find_iter(&decomposed)
        .map(|m| m.as_str())
        .filter(|t| !TITLES.contains(&t.trim_matches('.')))
        .map(|t| t.chars().filter(|c| !is_combining_mark(*c)).collect())
        .collect();
    (!keys.is_empty()).then_some(keys)
}

fn speaker_ok(
    pred: Option<&str>,
    gold: Option<&str>,
    aliases: &BTreeMap<String, Vec<String>>,
    strict: bool,
) -> bool {
    let Some(gold) = gold else {
        return pred.is_none_or(str::is_empty);
    };
    let Some(pred) = pred.filter(|p| !p.is_empty()) else {
        return false;
    };
    let Some(pk) = person_key(pred) else {
        return false;
    };
    let mut names = vec![gold.to_string()];
    names.extend(aliases.get(gold).cloned().unwrap_or_default());
    if names.iter().any(|n| person_key(n).as_ref() == Some(&pk)) {
        return true;
    }
    if strict {
        return false;
    }
    names
        .iter()
        .filter_map(|n| person_key(n))
        .any(|gk| gk.last() == pk.last())
}

/// Precision, recall and F1 as the reference script computes them (1.0 when nothing to count).
pub fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Round to 4 decimals like Python's `round(x, 4)` (ties to even on the exact binary value).
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

#[derive(Debug, Clone, Copy, Default)]
struct Counter {
    tp: usize,
    fp: usize,
    fn_: usize,
    ok: usize,
    n: usize,
}

impl Counter {
    fn add(&mut self, other: Counter) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.ok += other.ok;
        self.n += other.n;
    }

    fn row(&self) -> MetricRow {
        let (p, r, f) = prf(self.tp, self.fp, self.fn_);
        MetricRow {
            tp: self.tp,
            fp: self.fp,
            fn_: self.fn_,
            precision: round4(p),
            recall: round4(r),
            f1: round4(f),
            attr_accuracy: (self.n > 0).then(|| round4(self.ok as f64 / self.n as f64)),
            attr_n: self.n,
        }
    }
}

/// One line of the scores, with the same fields as the reference script's `--json` output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricRow {
    /// Matched gold items.
    pub tp: usize,
    /// Predicted items matching no gold item.
    pub fp: usize,
    /// Gold items not found.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// tp / (tp + fp), rounded to 4 decimals.
    pub precision: f64,
    /// tp / (tp + fn), rounded to 4 decimals.
    pub recall: f64,
    /// Harmonic mean of precision and recall, rounded to 4 decimals.
    pub f1: f64,
    /// Share of matched items whose attribute is right (speaker, kind, value...), or null.
    pub attr_accuracy: Option<f64>,
    /// How many matched items the attribute accuracy counts.
    pub attr_n: usize,
}

/// The whole evaluation: one row per metric, cross-source recalls, and the itemised misses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Rows keyed by metric name (see [`METRICS`]).
    pub metrics: BTreeMap<String, MetricRow>,
    /// Cross-source recalls keyed by name (`quote_cluster_pair_recall`, ...), when gold has them.
    pub cross_source: BTreeMap<String, f64>,
    /// Misses, false alarms and wrong attributes, one line each.
    pub details: Vec<String>,
}

impl Evaluation {
    /// The value of `metric.field` (`quotes.f1`, `speakers.attr_accuracy` or `speakers.accuracy`,
    /// `cross_source.quote_cluster_pair_recall`), or None when it is unknown or not measured.
    pub fn value(&self, name: &str) -> Option<f64> {
        let (metric, field) = name.split_once('.')?;
        if metric == "cross_source" {
            return self.cross_source.get(field).copied();
        }
        let row = self.metrics.get(metric)?;
        match field {
            "precision" | "p" => Some(row.precision),
            "recall" | "r" => Some(row.recall),
            "f1" => Some(row.f1),
            "attr_accuracy" | "accuracy" => row.attr_accuracy,
            _ => None,
        }
    }

    /// The thresholds missed, each as a readable line; an unknown metric is an error.
    pub fn missed(&self, thresholds: &[(String, f64)]) -> Result<Vec<String>> {
        let mut missed = Vec::new();
        for (name, minimum) in thresholds {
            let known = name
                .split_once('.')
                .is_some_and(|(m, _)| m == "cross_source" || METRICS.contains(&m));
            if !known {
                return Err(anyhow!(
                    "unknown metric '{name}': expected METRIC.FIELD with METRIC one of {} (FIELD precision, recall, f1 or attr_accuracy) or cross_source.NAME",
                    METRICS.join(", ")
                ));
            }
            match self.value(name) {
                Some(value) if value >= *minimum => {}
                Some(value) => missed.push(format!("{name} = {value:.4} < {minimum}")),
                None => missed.push(format!("{name} was not measured (minimum {minimum})")),
            }
        }
        Ok(missed)
    }
}

/// Gold annotations read from a folder.
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// Per-article annotations keyed by the article file's stem.
    pub documents: BTreeMap<String, Value>,
    /// The corpus file (aliases, clusters...), or an empty object.
    pub corpus: Value,
}

/// Read every `*.gold.json` in `dir` (and `corpus.gold.json`).
pub fn load_gold(dir: &Path) -> Result<Gold> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the gold folder '{}'", dir.display()))?
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut gold = Gold {
        corpus: Value::Object(Map::new()),
        ..Gold::default()
    };
    for name in names {
        if !name.ends_with(".gold.json") {
            continue;
        }
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read '{}'", path.display()))?;
        let value: Value = serde_json::from_str(&text)
            .with_context(|| format!("'{}' is not valid JSON", path.display()))?;
        if name == "corpus.gold.json" {
            gold.corpus = value;
        } else {
            let file = value
                .get("file")
                .and_then(Value::as_str)
                .ok_or_else(|| anyhow!("'{}' has no \"file\" field", path.display()))?;
            gold.documents.insert(stem(file), value);
        }
    }
    if gold.documents.is_empty() {
        return Err(anyhow!("no *.gold.json annotations in '{}'", dir.display()));
    }
    Ok(gold)
}

/// Python's `os.path.splitext(os.path.basename(path))[0]`.
fn stem(path: &str) -> String {
    let base = path.rsplit('/').next().unwrap_or(path);
    match base.rfind('.') {
        Some(dot) if base[..dot].chars().any(|c| c != '.') => base[..dot].to_string(),
        _ => base.to_string(),
    }
}

fn doc_key(document: &Value) -> Option<String> {
    ["path", "id", "file"].iter().find_map(|k| {
        let v = document.get(*k)?;
        let text = py_str(v);
        (!text.is_empty() && truthy(v)).then(|| stem(&text))
    })
}

/// Python truthiness of a JSON value.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// Python's `str()` of a JSON value as the script would see it.
fn py_str(value: &Value) -> String {
    match value {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn text_of<'v>(value: &'v Value, key: &str) -> &'v str {
    value.get(key).and_then(Value::as_str).unwrap_or("")
}

fn is_optional(value: &Value) -> bool {
    value.get("optional").is_some_and(truthy)
}

fn array<'v>(value: &'v Value, key: &str) -> &'v [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Pairs `(gold, pred)` with similarity ≥ threshold, best first, each item used once. Ties go as in
/// the script (descending gold index, then descending prediction index).
fn greedy_match<G, P>(
    golds: &[G],
    preds: &[P],
    similarity: impl Fn(&G, &P) -> f64,
    threshold: f64,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (gi, g) in golds.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            let s = similarity(g, p);
            if s >= threshold {
                candidates.push((s, gi, pi));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let mut used_g = vec![false; golds.len()];
    let mut used_p = vec![false; preds.len()];
    let mut pairs = Vec::new();
    for (_, gi, pi) in candidates {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        pairs.push((gi, pi));
    }
    pairs
}

#[allow(clippy::too_many_arguments)]
fn count<G, P>(
    golds: &[G],
    preds: &[P],
    pairs: &[(usize, usize)],
    optional: impl Fn(&G) -> bool,
    details: &mut Vec<String>,
    label: &str,
    doc: &str,
    show_gold: impl Fn(&G) -> String,
    show_pred: impl Fn(&P) -> String,
) -> Counter {
    let mut c = Counter::default();
    let matched_g: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
    let matched_p: BTreeSet<usize> = pairs.iter().map(|p| p.1).collect();
    for (gi, g) in golds.iter().enumerate() {
        if optional(g) {
            continue;
        }
        if matched_g.contains(&gi) {
            c.tp += 1;
        } else {
            c.fn_ += 1;
            details.push(format!("{doc} {label} MISS: {}", show_gold(g)));
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if matched_p.contains(&pi) {
            continue;
        }
        c.fp += 1;
        details.push(format!("{doc} {label} FALSE: {}", show_pred(p)));
    }
    c
}

fn first_chars(text: &str, n: usize) -> String {
    text.chars().take(n).collect()
}

fn num_core(text: &str) -> String {
    NOT_NUMBER_CORE
        .replace_all(&norm_text(text), "")
        .into_owned()
}

fn num_sim(g: &Value, p: &Value) -> f64 {
    let gt = norm_text(text_of(g, "text")).to_lowercase();
    let pt = norm_text(text_of(p, "text")).to_lowercase();
    if gt.is_empty() || pt.is_empty() {
        return 0.0;
    }
    if gt == pt {
        return 1.0;
    }
    if gt.contains(&pt) || pt.contains(&gt) {
        let (gc, pc) = (num_core(&gt), num_core(&pt));
        if !gc.is_empty() && gc == pc {
            return 0.9;
        }
        if gc.is_empty() && pc.is_empty() {
            return 0.8;
        }
        return if gc.contains(&pc) || pc.contains(&gc) {
            0.6
        } else {
            0.0
        };
    }
    0.0
}

fn date_sim(g: &Value, p: &Value) -> f64 {
    let gt = norm_text(text_of(g, "text")).to_lowercase();
    let pt = norm_text(text_of(p, "text")).to_lowercase();
    if gt.is_empty() || pt.is_empty() {
        return 0.0;
    }
    if gt == pt {
        return 1.0;
    }
    if gt.contains(&pt) || pt.contains(&gt) {
        return 0.7;
    }
    0.0
}

fn unit_ok(pred: Option<&Value>, gold: Option<&Value>) -> bool {
    let gold = match gold {
        None | Some(Value::Null) => return true,
        Some(g) => py_str(g),
    };
    let pred = match pred {
        Some(p) if truthy(p) => py_str(p),
        _ => return false,
    };
    let a = norm_text(&pred).to_lowercase();
    let b = norm_text(&gold).to_lowercase();
    let (a, b) = (a.trim_end_matches('s'), b.trim_end_matches('s'));
    a == b || b.contains(a) || a.contains(b)
}

fn as_float(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

fn value_ok(pred: Option<&Value>, gold: Option<&Value>) -> bool {
    let gold = match gold {
        None | Some(Value::Null) => return matches!(pred, None | Some(Value::Null)),
        Some(g) => g,
    };
    match (pred.and_then(as_float), as_float(gold)) {
        (Some(p), Some(g)) => (p - g).abs() <= 1e-9 * g.abs().max(1.0),
        _ => false,
    }
}

fn repr(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Read a saved report for scoring, refusing one written for another `schema_version`.
pub fn parse_report(json: &str) -> Result<Value> {
    let value: Value = serde_json::from_str(json).context("the report is not valid JSON")?;
    let version = value.get("schema_version").and_then(Value::as_u64);
    if version != Some(u64::from(crate::model::SCHEMA_VERSION)) {
        return Err(anyhow!(
            "expected a corpus-report report with schema_version {}, found {}",
            crate::model::SCHEMA_VERSION,
            value
                .get("schema_version")
                .map_or("none".to_string(), Value::to_string)
        ));
    }
    Ok(value)
}

/// Score a prediction (a report as JSON) against the gold annotations.
pub fn evaluate(gold: &Gold, pred: &Value) -> Evaluation {
    let aliases: BTreeMap<String, Vec<String>> = gold
        .corpus
        .get("aliases")
        .and_then(Value::as_object)
        .map(|o| {
            o.iter()
                .map(|(k, v)| {
                    let names = v
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(Value::as_str)
                                .map(String::from)
                                .collect()
                        })
                        .unwrap_or_default();
                    (k.clone(), names)
                })
                .collect()
        })
        .unwrap_or_default();
    let mut pred_documents: BTreeMap<Option<String>, &Value> = BTreeMap::new();
    for document in array(pred, "documents") {
        pred_documents.insert(doc_key(document), document);
    }
    let mut details = Vec::new();
    let mut totals: BTreeMap<&'static str, Counter> =
        METRICS.iter().map(|m| (*m, Counter::default())).collect();
    let empty = Value::Object(Map::new());
    for (key, g) in &gold.documents {
        let p = match pred_documents.get(&Some(key.clone())) {
            Some(p) => *p,
            None => {
                details.push(format!("{key}: document missing from prediction"));
                &empty
            }
        };
        score_sentences(key, g, p, &mut totals, &mut details);
        score_quotes(key, g, p, &aliases, &mut totals, &mut details);
        score_numbers(key, g, p, &mut totals, &mut details);
        score_dates(key, g, p, &mut totals, &mut details);
    }
    let metrics = totals
        .iter()
        .map(|(k, c)| (k.to_string(), c.row()))
        .collect();
    let cross_source = score_corpus(&gold.corpus, pred, &mut details);
    Evaluation {
        metrics,
        cross_source,
        details,
    }
}

fn counter<'a>(
    totals: &'a mut BTreeMap<&'static str, Counter>,
    name: &'static str,
) -> &'a mut Counter {
    totals.entry(name).or_default()
}

fn score_sentences(
    key: &str,
    g: &Value,
    p: &Value,
    totals: &mut BTreeMap<&'static str, Counter>,
    details: &mut Vec<String>,
) {
    let gold: Vec<String> = array(g, "sentences")
        .iter()
        .map(|s| norm_text(s.as_str().unwrap_or("")))
        .collect();
    let headline_units: BTreeSet<String> = array(g, "headline_units")
        .iter()
        .map(|s| norm_text(s.as_str().unwrap_or("")))
        .collect();
    let pred: Vec<String> = array(p, "sentences")
        .iter()
        .map(|s| match s {
            Value::String(t) => norm_text(t),
            other => norm_text(text_of(other, "text")),
        })
        .filter(|s| !s.is_empty() && !headline_units.contains(s))
        .collect();
    let pairs = greedy_match(&gold, &pred, |a, b| if a == b { 1.0 } else { 0.0 }, 1.0);
    let show = |s: &String| first_chars(s, 90);
    let c = count(
        &gold,
        &pred,
        &pairs,
        |_| false,
        details,
        "sentence",
        key,
        show,
        show,
    );
    counter(totals, "sentences").add(c);
}

fn score_quotes(
    key: &str,
    g: &Value,
    p: &Value,
    aliases: &BTreeMap<String, Vec<String>>,
    totals: &mut BTreeMap<&'static str, Counter>,
    details: &mut Vec<String>,
) {
    let gold = array(g, "quotes");
    let pred = array(p, "quotes");
    let pairs = greedy_match(
        gold,
        pred,
        |a, b| {
            jaccard(
                &quote_core(text_of(a, "text")),
                &quote_core(text_of(b, "text")),
            )
        },
        0.6,
    );
    let show = |q: &Value| first_chars(&quote_core(text_of(q, "text")), 90);
    let c = count(
        gold,
        pred,
        &pairs,
        is_optional,
        details,
        "quote",
        key,
        show,
        show,
    );
    counter(totals, "quotes").add(c);
    for &(gi, pi) in &pairs {
        let (qg, qp) = (&gold[gi], &pred[pi]);
        if is_optional(qg) {
            continue;
        }
        let gold_speaker = qg.get("speaker").and_then(Value::as_str);
        let pred_speaker = qp.get("speaker").and_then(Value::as_str);
        let gold_kind = qg.get("kind").and_then(Value::as_str);
        if gold_speaker.is_some() || gold_kind != Some("scare") {
            for (name, strict) in [("speakers", false), ("speakers_strict", true)] {
                let c = counter(totals, name);
                c.n += 1;
                if speaker_ok(pred_speaker, gold_speaker, aliases, strict) {
                    c.ok += 1;
                } else if !strict {
                    details.push(format!(
                        "{key} speaker WRONG: {} gold={} pred={}",
                        repr(&first_chars(&quote_core(text_of(qg, "text")), 60)),
                        gold_speaker.unwrap_or("None"),
                        pred_speaker.unwrap_or("None")
                    ));
                }
            }
        }
        let c = counter(totals, "quote_kind");
        c.n += 1;
        let pred_kind = qp.get("kind").and_then(Value::as_str).unwrap_or("");
        if Some(pred_kind) == gold_kind {
            c.ok += 1;
        }
    }
}

fn score_numbers(
    key: &str,
    g: &Value,
    p: &Value,
    totals: &mut BTreeMap<&'static str, Counter>,
    details: &mut Vec<String>,
) {
    let gold = array(g, "numbers");
    let pred = array(p, "numbers");
    let pairs = greedy_match(gold, pred, num_sim, 0.6);
    let show = |n: &Value| n.get("text").map_or("None".to_string(), py_str);
    let c = count(
        gold,
        pred,
        &pairs,
        is_optional,
        details,
        "number",
        key,
        show,
        show,
    );
    counter(totals, "numbers").add(c);
    for &(gi, pi) in &pairs {
        let (a, b) = (&gold[gi], &pred[pi]);
        if is_optional(a) {
            continue;
        }
        let shown = |v: Option<&Value>| v.map_or("None".to_string(), py_str);
        let c = counter(totals, "number_values");
        c.n += 1;
        if value_ok(b.get("value"), a.get("value")) {
            c.ok += 1;
        } else {
            details.push(format!(
                "{key} number VALUE: {} gold={} pred={}",
                repr(text_of(a, "text")),
                shown(a.get("value")),
                shown(b.get("value"))
            ));
        }
        let c = counter(totals, "number_units");
        c.n += 1;
        if unit_ok(b.get("unit"), a.get("unit")) {
            c.ok += 1;
        } else {
            details.push(format!(
                "{key} number UNIT: {} gold={} pred={}",
                repr(text_of(a, "text")),
                shown(a.get("unit")),
                shown(b.get("unit"))
            ));
        }
    }
}

fn score_dates(
    key: &str,
    g: &Value,
    p: &Value,
    totals: &mut BTreeMap<&'static str, Counter>,
    details: &mut Vec<String>,
) {
    let gold = array(g, "dates");
    let pred = array(p, "dates");
    let pairs = greedy_match(gold, pred, date_sim, 0.7);
    let show = |d: &Value| d.get("text").map_or("None".to_string(), py_str);
    let c = count(
        gold,
        pred,
        &pairs,
        is_optional,
        details,
        "date",
        key,
        show,
        show,
    );
    counter(totals, "dates").add(c);
    for &(gi, pi) in &pairs {
        let (a, b) = (&gold[gi], &pred[pi]);
        let gold_value = a.get("value").unwrap_or(&Value::Null);
        if is_optional(a) || gold_value.is_null() {
            continue;
        }
        let pred_value = b.get("value").unwrap_or(&Value::Null);
        let c = counter(totals, "date_values");
        c.n += 1;
        if py_str(pred_value) == py_str(gold_value) {
            c.ok += 1;
        } else {
            details.push(format!(
                "{key} date VALUE: {} gold={} pred={}",
                repr(text_of(a, "text")),
                py_str(gold_value),
                py_str(pred_value)
            ));
        }
    }
}

fn score_corpus(corpus: &Value, pred: &Value, details: &mut Vec<String>) -> BTreeMap<String, f64> {
    let mut result = BTreeMap::new();
    let empty = Value::Object(Map::new());
    let comparison = pred
        .get("comparison")
        .filter(|c| truthy(c))
        .unwrap_or(&empty);

    // Quote clusters: recall over pairs of quoted gold members from different files.
    let mut gold_pairs = Vec::new();
    for cluster in array(corpus, "quote_clusters") {
        let members: Vec<&Value> = array(cluster, "members")
            .iter()
            .filter(|m| !m.get("unquoted").is_some_and(truthy))
            .collect();
        for i in 0..members.len() {
            for j in i + 1..members.len() {
                if text_of(members[i], "file") != text_of(members[j], "file") {
                    gold_pairs.push((members[i], members[j]));
                }
            }
        }
    }
    let predicted_clusters: Vec<Vec<(Option<String>, String)>> =
        array(comparison, "quote_clusters")
            .iter()
            .map(|cluster| {
                array(cluster, "members")
                    .iter()
                    .map(|m| {
                        let document = m
                            .get("document")
                            .filter(|d| truthy(d))
                            .map(|d| stem(&py_str(d)));
                        (document, text_of(m, "text").to_string())
                    })
                    .collect()
            })
            .collect();
    let in_same_cluster = |a: &Value, b: &Value| {
        let (ka, kb) = (stem(text_of(a, "file")), stem(text_of(b, "file")));
        let (qa, qb) = (
            quote_core(text_of(a, "text")),
            quote_core(text_of(b, "text")),
        );
        predicted_clusters.iter().any(|cluster| {
            let has = |k: &str, q: &str| {
                cluster
                    .iter()
                    .any(|(d, t)| d.as_deref() == Some(k) && jaccard(&quote_core(t), q) >= 0.5)
            };
            has(&ka, &qa) && has(&kb, &qb)
        })
    };
    if !gold_pairs.is_empty() {
        let hit = gold_pairs
            .iter()
            .filter(|(a, b)| in_same_cluster(a, b))
            .count();
        result.insert(
            "quote_cluster_pair_recall".to_string(),
            round4(hit as f64 / gold_pairs.len() as f64),
        );
        for (a, b) in &gold_pairs {
            if !in_same_cluster(a, b) {
                details.push(format!(
                    "cluster MISS: {} {} ~ {} {}",
                    first_chars(text_of(a, "file"), 3),
                    repr(&first_chars(&quote_core(text_of(a, "text")), 40)),
                    first_chars(text_of(b, "file"), 3),
                    repr(&first_chars(&quote_core(text_of(b, "text")), 40))
                ));
            }
        }
    }

    // Name variants: recall of gold groups.
    let gold_variants = array(corpus, "name_variants");
    if !gold_variants.is_empty() {
        let predicted: Vec<BTreeSet<String>> = array(comparison, "name_variants")
            .iter()
            .map(|v| {
                let names = match v {
                    Value::Array(a) => a.as_slice(),
                    other => {
                        let spellings = array(other, "spellings");
                        if other.get("spellings").is_some() {
                            spellings
                        } else {
                            array(other, "names")
                        }
                    }
                };
                names
                    .iter()
                    .map(|x| norm_text(&py_str(x)).to_lowercase())
                    .collect()
            })
            .collect();
        let mut hit = 0;
        for group in gold_variants {
            let want: Vec<String> = group
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| norm_text(&py_str(x)).to_lowercase())
                        .collect()
                })
                .unwrap_or_default();
            let found = predicted.iter().any(|spellings| {
                want.iter().all(|w| {
                    spellings
                        .iter()
                        .any(|s| w == s || s.contains(w.as_str()) || w.contains(s.as_str()))
                })
            });
            if found {
                hit += 1;
            } else {
                let names: Vec<String> = group
                    .as_array()
                    .map(|a| a.iter().map(|x| repr(&py_str(x))).collect())
                    .unwrap_or_default();
                details.push(format!("name variant MISS: [{}]", names.join(", ")));
            }
        }
        result.insert(
            "name_variant_recall".to_string(),
            round4(f64::from(hit) / gold_variants.len() as f64),
        );
    }

    // Reused passages: recall of gold document pairs.
    let gold_reused = array(corpus, "reused_passages");
    if !gold_reused.is_empty() {
        let predicted: Vec<BTreeSet<Option<String>>> = array(comparison, "reused_passages")
            .iter()
            .map(|r| {
                array(r, "documents")
                    .iter()
                    .map(|d| truthy(d).then(|| stem(&py_str(d))))
                    .collect()
            })
            .collect();
        let mut hit = 0;
        for reused in gold_reused {
            let want: BTreeSet<Option<String>> = array(reused, "files")
                .iter()
                .map(|f| Some(stem(f.as_str().unwrap_or(""))))
                .collect();
            if predicted.iter().any(|s| want.is_subset(s)) {
                hit += 1;
            } else {
                let names: Vec<String> = want.iter().flatten().map(|w| repr(w)).collect();
                details.push(format!("reused passage MISS: [{}]", names.join(", ")));
            }
        }
        result.insert(
            "reused_passage_recall".to_string(),
            round4(f64::from(hit) / gold_reused.len() as f64),
        );
    }

    // Number conflicts: each gold fact with a conflict should be flagged.
    let gold_conflicts: Vec<&Value> = array(corpus, "number_facts")
        .iter()
        .filter(|f| f.get("conflict").is_some_and(truthy))
        .collect();
    if !gold_conflicts.is_empty() {
        let mut hit = 0;
        for fact in &gold_conflicts {
            let files: BTreeSet<Option<String>> = array(fact, "members")
                .iter()
                .map(|m| Some(stem(text_of(m, "file"))))
                .collect();
            let texts: BTreeSet<String> = array(fact, "members")
                .iter()
                .map(|m| norm_text(text_of(m, "text")))
                .collect();
            let found = array(comparison, "number_facts").iter().any(|pf| {
                let agreement = pf.get("agreement").and_then(Value::as_str);
                if !(pf.get("conflict").is_some_and(truthy)
                    || matches!(agreement, Some("conflict" | "disagree")))
                {
                    return false;
                }
                let values = if pf.get("values").is_some_and(truthy) {
                    array(pf, "values")
                } else {
                    array(pf, "members")
                };
                let pfiles: BTreeSet<Option<String>> = values
                    .iter()
                    .map(|v| {
                        v.get("document")
                            .filter(|d| truthy(d))
                            .map(|d| stem(&py_str(d)))
                    })
                    .collect();
                let ptexts: BTreeSet<String> = values
                    .iter()
                    .map(|v| norm_text(text_of(v, "text")))
                    .collect();
                files.intersection(&pfiles).count() >= 2
                    && texts.iter().any(|t| {
                        ptexts
                            .iter()
                            .any(|pt| pt.contains(t.as_str()) || t.contains(pt.as_str()))
                    })
            });
            if found {
                hit += 1;
            } else {
                let label = fact.get("label").map_or("None".to_string(), py_str);
                details.push(format!("number conflict MISS: {label}"));
            }
        }
        result.insert(
            "number_conflict_recall".to_string(),
            round4(f64::from(hit) / gold_conflicts.len() as f64),
        );
    }
    result
}

/// The scores as a table like the reference script's, then missed thresholds and details.
pub fn render_text(evaluation: &Evaluation, missed: &[String], with_details: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<16}{:>7}{:>7}{:>7}{:>7}  (tp/fp/fn, attr n)",
        "extractor", "P", "R", "F1", "attr"
    );
    for name in METRICS {
        let Some(row) = evaluation.metrics.get(*name) else {
            continue;
        };
        let is_attribute = matches!(
            *name,
            "speakers"
                | "speakers_strict"
                | "quote_kind"
                | "number_values"
                | "number_units"
                | "date_values"
        );
        if is_attribute {
            let accuracy = row
                .attr_accuracy
                .map_or_else(|| "nan".to_string(), |a| format!("{a:.3}"));
            let _ = writeln!(out, "{name:<16}{:>21}{accuracy:>7}  (n={})", "", row.attr_n);
        } else {
            let _ = writeln!(
                out,
                "{name:<16}{:>7.3}{:>7.3}{:>7.3}{:>7}  ({}/{}/{})",
                row.precision, row.recall, row.f1, "", row.tp, row.fp, row.fn_
            );
        }
    }
    for (name, value) in &evaluation.cross_source {
        let _ = writeln!(out, "{name:<32}{value:>7.3}");
    }
    for line in missed {
        let _ = writeln!(out, "threshold missed: {line}");
    }
    if with_details {
        for line in &evaluation.details {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The scores as JSON: the script's `--json` fields, plus `thresholds_missed` (and `details`).
pub fn render_json(
    evaluation: &Evaluation,
    missed: &[String],
    with_details: bool,
) -> Result<String> {
    let mut object = Map::new();
    for name in METRICS {
        if let Some(row) = evaluation.metrics.get(*name) {
            object.insert(name.to_string(), serde_json::to_value(row)?);
        }
    }
    object.insert(
        "cross_source".to_string(),
        serde_json::to_value(&evaluation.cross_source)?,
    );
    object.insert(
        "thresholds_missed".to_string(),
        serde_json::to_value(missed)?,
    );
    if with_details {
        object.insert(
            "details".to_string(),
            serde_json::to_value(&evaluation.details)?,
        );
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(object))?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_normalisation_and_jaccard() {
        assert_eq!(norm_text("  “It’s  here”\n"), "\"It's here\"");
        assert_eq!(quote_core("“ we go ”"), "we go");
        assert!((jaccard("We will go now", "we will go") - 0.75).abs() < 1e-12);
        assert_eq!(jaccard("", "x"), 0.0);
    }

    #[test]
    fn speakers_match_through_aliases_and_surnames() {
        let aliases = BTreeMap::from([("Ann Smith".to_string(), vec!["Annie Smith".to_string()])]);
        assert!(speaker_ok(
            Some("Mr Annie Smith"),
            Some("Ann Smith"),
            &aliases,
            true
        ));
        assert!(!speaker_ok(
            Some("Jo Smith"),
            Some("Ann Smith"),
            &aliases,
            true
        ));
        assert!(speaker_ok(
            Some("Jo Smith"),
            Some("Ann Smith"),
            &aliases,
            false
        ));
        assert!(speaker_ok(None, None, &aliases, true));
        assert!(!speaker_ok(Some("Ann Smith"), None, &aliases, true));
        assert!(speaker_ok(
            Some("José Díaz"),
            Some("José Díaz"),
            &aliases,
            true
        ));
    }

    #[test]
    fn number_and_date_similarity_follow_the_script() {
        let t = |s: &str| json!({ "text": s });
        assert_eq!(num_sim(&t("$2.7 billion"), &t("$2.7 billion")), 1.0);
        assert_eq!(num_sim(&t("$2.7 billion"), &t("2.7 billion")), 0.9);
        assert_eq!(num_sim(&t("two dozen"), &t("dozen")), 0.8);
        assert_eq!(num_sim(&t("100,000"), &t("100")), 0.6);
        assert_eq!(num_sim(&t("5"), &t("6")), 0.0);
        assert_eq!(date_sim(&t("last week"), &t("week")), 0.7);
        assert!(unit_ok(Some(&json!("troop")), Some(&json!("troops"))));
        assert!(!unit_ok(None, Some(&json!("troops"))));
        assert!(value_ok(Some(&json!(2.7e9)), Some(&json!(2700000000u64))));
        assert!(value_ok(None, Some(&Value::Null)));
    }

    #[test]
    fn greedy_matching_takes_the_best_pairs_first() {
        let golds = [1.0_f64, 2.0];
        let preds = [2.0_f64, 1.1];
        let pairs = greedy_match(
            &golds,
            &preds,
            |g: &f64, p: &f64| 1.0 - (g - p).abs() / 2.0,
            0.5,
        );
        assert_eq!(pairs, [(1, 0), (0, 1)]);
    }

    #[test]
    fn rounding_and_prf() {
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(prf(0, 0, 0), (1.0, 1.0, 1.0));
        assert_eq!(prf(0, 1, 1).2, 0.0);
        assert_eq!(stem("a/b/000_x.txt"), "000_x");
        assert_eq!(stem(".hidden"), ".hidden");
    }
}
