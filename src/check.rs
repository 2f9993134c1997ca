//! Regression checks: compare a fresh extraction with a saved baseline report and name what changed.
//!
//! The baseline is the tool's own `--format json` output. Documents are matched by id; items inside a
//! document are matched by their text (and, for numbers and dates, the sentence around them), never
//! by byte offset, so a quote that moved because text was inserted before it is still the same quote.
//! Fields that are not extraction (the `tool` name and version, offsets, indices) are ignored.
//! This module only computes differences; the binary decides exit codes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use anyhow::{anyhow, Context, Result};
use serde::Serialize;

use crate::model::{DateMention, Document, Number, Quote, Report, SCHEMA_VERSION};

/// One difference between the baseline and the current extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// The document id, or null for the cross-document comparison.
    pub document: Option<String>,
    /// What kind of item: `document`, `metadata`, `sentence`, `quote`, `number`, `date`, or a
    /// comparison section (`speakers`, `quote_clusters`, `number_facts`, `name_variants`,
    /// `reused_passages`, `timeline`).
    pub kind: String,
    /// What happened: `added`, `removed`, or the name of the field that changed (`speaker`, ...).
    pub change: String,
    /// The item, as text (a quote's words, a number as written...).
    pub item: String,
    /// The value in the baseline, when a field changed.
    pub before: Option<String>,
    /// The value now, when a field changed.
    pub after: Option<String>,
}

impl Difference {
    fn new(document: Option<&str>, kind: &str, change: &str, item: &str) -> Difference {
        Difference {
            document: document.map(str::to_string),
            kind: kind.to_string(),
            change: change.to_string(),
            item: item.to_string(),
            before: None,
            after: None,
        }
    }

    fn changed(
        document: &str,
        kind: &str,
        change: &str,
        item: &str,
        before: String,
        after: String,
    ) -> Difference {
        Difference {
            before: Some(before),
            after: Some(after),
            ..Difference::new(Some(document), kind, change, item)
        }
    }
}

/// Read a baseline report, refusing one written for another `schema_version`.
pub fn parse_baseline(json: &str) -> Result<Report> {
    let value: serde_json::Value =
        serde_json::from_str(json).context("the baseline is not valid JSON")?;
    let version = value.get("schema_version").ok_or_else(|| {
        anyhow!("the baseline has no schema_version: is it a corpus-report --format json report?")
    })?;
    if version.as_u64() != Some(u64::from(SCHEMA_VERSION)) {
        return Err(anyhow!(
            "the baseline has schema_version {version}, this corpus-report writes schema_version {SCHEMA_VERSION}; \
             regenerate it with `corpus-report check --update --baseline FILE PATH...`"
        ));
    }
    serde_json::from_value(value).context("the baseline does not follow the report format")
}

/// Every difference between `baseline` and `current`, grouped by document (in the current report's
/// order, then documents only in the baseline), then the comparison.
pub fn compare_reports(baseline: &Report, current: &Report) -> Vec<Difference> {
    let mut differences = Vec::new();
    let old_documents: BTreeMap<&str, &Document> =
        baseline.documents.iter().map(|d| (&*d.id, d)).collect();
    let new_ids: BTreeSet<&str> = current.documents.iter().map(|d| &*d.id).collect();
    for document in &current.documents {
        match old_documents.get(&*document.id) {
            Some(old) => compare_documents(old, document, &mut differences),
            None => differences.push(Difference::new(
                Some(&document.id),
                "document",
                "added",
                &document.path,
            )),
        }
    }
    for document in &baseline.documents {
        if !new_ids.contains(&*document.id) {
            differences.push(Difference::new(
                Some(&document.id),
                "document",
                "removed",
                &document.path,
            ));
        }
    }
    compare_comparisons(baseline, current, &mut differences);
    differences
}

fn compare_documents(old: &Document, new: &Document, out: &mut Vec<Difference>) {
    let id = &*new.id;
    for (field, before, after) in [
        ("published", &old.published, &new.published),
        ("outlet", &old.outlet, &new.outlet),
        ("headline", &old.headline, &new.headline),
    ] {
        if before != after {
            out.push(Difference::changed(
                id,
                "metadata",
                field,
                field,
                show_option(before),
                show_option(after),
            ));
        }
    }
    let old_sentences: Vec<&str> = old.sentences.iter().map(|s| s.text.as_str()).collect();
    let new_sentences: Vec<&str> = new.sentences.iter().map(|s| s.text.as_str()).collect();
    let pairs = match_items(&old_sentences, &new_sentences, |s| (*s).to_string(), None);
    push_unmatched(
        id,
        "sentence",
        &old_sentences,
        &new_sentences,
        &pairs,
        |s| (*s).to_string(),
        out,
    );

    let quote_key = |q: &Quote| q.text.clone();
    let pairs = match_items(
        &old.quotes,
        &new.quotes,
        quote_key,
        Some(quote_similarity as fn(&Quote, &Quote) -> f64),
    );
    for &(i, j) in &pairs {
        let (a, b) = (&old.quotes[i], &new.quotes[j]);
        if a.text != b.text {
            out.push(Difference::changed(
                id,
                "quote",
                "text",
                &b.text,
                a.text.clone(),
                b.text.clone(),
            ));
        }
        if a.speaker != b.speaker {
            out.push(Difference::changed(
                id,
                "quote",
                "speaker",
                &b.text,
                show_option(&a.speaker),
                show_option(&b.speaker),
            ));
        }
        if a.kind != b.kind {
            out.push(Difference::changed(
                id,
                "quote",
                "kind",
                &b.text,
                a.kind.as_str().to_string(),
                b.kind.as_str().to_string(),
            ));
        }
    }
    push_unmatched(
        id,
        "quote",
        &old.quotes,
        &new.quotes,
        &pairs,
        describe_quote,
        out,
    );

    let number_key = |n: &Number| format!("{}\u{1f}{}", n.text, sentence_text(old, n.sentence));
    let number_key_new = |n: &Number| format!("{}\u{1f}{}", n.text, sentence_text(new, n.sentence));
    let pairs = match_numbers_or_dates(
        &old.numbers,
        &new.numbers,
        number_key,
        number_key_new,
        |n| n.text.clone(),
    );
    for &(i, j) in &pairs {
        let (a, b) = (&old.numbers[i], &new.numbers[j]);
        let fields: [(&str, String, String); 5] = [
            ("text", a.text.clone(), b.text.clone()),
            ("value", show_value(a.value), show_value(b.value)),
            ("unit", show_option(&a.unit), show_option(&b.unit)),
            (
                "qualifier",
                show_option(&a.qualifier),
                show_option(&b.qualifier),
            ),
            ("flags", a.flags.join(","), b.flags.join(",")),
        ];
        for (field, before, after) in fields {
            if before != after {
                out.push(Difference::changed(
                    id, "number", field, &b.text, before, after,
                ));
            }
        }
    }
    push_unmatched(
        id,
        "number",
        &old.numbers,
        &new.numbers,
        &pairs,
        describe_number,
        out,
    );

    let date_key = |d: &DateMention| format!("{}\u{1f}{}", d.text, sentence_text(old, d.sentence));
    let date_key_new =
        |d: &DateMention| format!("{}\u{1f}{}", d.text, sentence_text(new, d.sentence));
    let pairs = match_numbers_or_dates(&old.dates, &new.dates, date_key, date_key_new, |d| {
        d.text.clone()
    });
    for &(i, j) in &pairs {
        let (a, b) = (&old.dates[i], &new.dates[j]);
        let fields: [(&str, String, String); 4] = [
            ("text", a.text.clone(), b.text.clone()),
            ("value", show_option(&a.value), show_option(&b.value)),
            ("mod", show_option(&a.modifier), show_option(&b.modifier)),
            ("time", show_option(&a.time), show_option(&b.time)),
        ];
        for (field, before, after) in fields {
            if before != after {
                out.push(Difference::changed(
                    id, "date", field, &b.text, before, after,
                ));
            }
        }
    }
    push_unmatched(
        id,
        "date",
        &old.dates,
        &new.dates,
        &pairs,
        describe_date,
        out,
    );
}

/// The text of sentence `index` of `document`, or "" when there is none.
fn sentence_text(document: &Document, index: Option<usize>) -> &str {
    index
        .and_then(|i| document.sentences.get(i))
        .map_or("", |s| s.text.as_str())
}

/// A function giving the matching key of an item.
type KeyFn<'k, T> = &'k dyn Fn(&T) -> String;

/// Pair numbers or dates: first by text inside the same sentence text, then by text alone, then by
/// one text containing the other (an extractor now taking in a currency sign or a qualifier).
fn match_numbers_or_dates<T>(
    old: &[T],
    new: &[T],
    old_key: impl Fn(&T) -> String,
    new_key: impl Fn(&T) -> String,
    text: impl Fn(&T) -> String,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut used_old = vec![false; old.len()];
    let mut used_new = vec![false; new.len()];
    let passes: [(KeyFn<T>, KeyFn<T>); 2] = [(&old_key, &new_key), (&text, &text)];
    for (key_old, key_new) in passes {
        pair_equal_keys(
            old,
            new,
            key_old,
            key_new,
            &mut used_old,
            &mut used_new,
            &mut pairs,
        );
    }
    for (i, a) in old.iter().enumerate() {
        if used_old[i] {
            continue;
        }
        let ta = text(a);
        let found = new.iter().enumerate().position(|(j, b)| {
            let tb = text(b);
            !used_new[j]
                && !ta.is_empty()
                && !tb.is_empty()
                && (ta.contains(&tb) || tb.contains(&ta))
        });
        if let Some(j) = found {
            used_old[i] = true;
            used_new[j] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Pair items with equal keys, k-th occurrence with k-th occurrence, skipping used ones.
fn pair_equal_keys<T>(
    old: &[T],
    new: &[T],
    old_key: &dyn Fn(&T) -> String,
    new_key: &dyn Fn(&T) -> String,
    used_old: &mut [bool],
    used_new: &mut [bool],
    pairs: &mut Vec<(usize, usize)>,
) {
    let mut waiting: BTreeMap<String, std::collections::VecDeque<usize>> = BTreeMap::new();
    for (j, b) in new.iter().enumerate() {
        if !used_new[j] {
            waiting.entry(new_key(b)).or_default().push_back(j);
        }
    }
    for (i, a) in old.iter().enumerate() {
        if used_old[i] {
            continue;
        }
        if let Some(j) = waiting.get_mut(&old_key(a)).and_then(|q| q.pop_front()) {
            used_old[i] = true;
            used_new[j] = true;
            pairs.push((i, j));
        }
    }
}

/// Pair items by equal key, then (when given) by similarity ≥ 0.6, best first.
fn match_items<T>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> String,
    similarity: Option<fn(&T, &T) -> f64>,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut used_old = vec![false; old.len()];
    let mut used_new = vec![false; new.len()];
    pair_equal_keys(
        old,
        new,
        &key,
        &key,
        &mut used_old,
        &mut used_new,
        &mut pairs,
    );
    if let Some(similarity) = similarity {
        let mut candidates = Vec::new();
        for (i, a) in old.iter().enumerate().filter(|(i, _)| !used_old[*i]) {
            for (j, b) in new.iter().enumerate().filter(|(j, _)| !used_new[*j]) {
                let s = similarity(a, b);
                if s >= 0.6 {
                    candidates.push((s, i, j));
                }
            }
        }
        candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        for (_, i, j) in candidates {
            if !used_old[i] && !used_new[j] {
                used_old[i] = true;
                used_new[j] = true;
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

fn quote_similarity(a: &Quote, b: &Quote) -> f64 {
    crate::eval::jaccard(&a.text, &b.text)
}

fn push_unmatched<T>(
    document: &str,
    kind: &str,
    old: &[T],
    new: &[T],
    pairs: &[(usize, usize)],
    describe: impl Fn(&T) -> String,
    out: &mut Vec<Difference>,
) {
    let matched_old: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
    let matched_new: BTreeSet<usize> = pairs.iter().map(|p| p.1).collect();
    for (i, item) in old.iter().enumerate() {
        if !matched_old.contains(&i) {
            out.push(Difference::new(
                Some(document),
                kind,
                "removed",
                &describe(item),
            ));
        }
    }
    for (j, item) in new.iter().enumerate() {
        if !matched_new.contains(&j) {
            out.push(Difference::new(
                Some(document),
                kind,
                "added",
                &describe(item),
            ));
        }
    }
}

fn describe_quote(q: &Quote) -> String {
    format!(
        "\"{}\" ({}, {})",
        q.text,
        q.kind.as_str(),
        q.speaker.as_deref().unwrap_or("no speaker")
    )
}

fn describe_number(n: &Number) -> String {
    format!(
        "\"{}\" ({} {})",
        n.text,
        show_value(n.value),
        show_option(&n.unit)
    )
}

fn describe_date(d: &DateMention) -> String {
    format!("\"{}\" ({})", d.text, show_option(&d.value))
}

fn show_option(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "null".to_string())
}

fn show_value(value: Option<f64>) -> String {
    value.map_or_else(|| "null".to_string(), |v| v.to_string())
}

/// The comparison sections as canonical one-line entries, independent of offsets and indices.
fn comparison_entries(report: &Report) -> Vec<(&'static str, String)> {
    let comparison = &report.comparison;
    let mut entries = Vec::new();
    for speaker in &comparison.speakers {
        let counts: Vec<String> = speaker
            .quotes
            .iter()
            .map(|(document, n)| format!("{document}: {n}"))
            .collect();
        entries.push((
            "speakers",
            format!("{} ({})", speaker.name, counts.join(", ")),
        ));
    }
    for cluster in &comparison.quote_clusters {
        let mut members: Vec<String> = cluster
            .members
            .iter()
            .map(|m| format!("{}: \"{}\"", m.document, m.text))
            .collect();
        members.sort();
        entries.push((
            "quote_clusters",
            format!(
                "{} [{}]",
                cluster.speaker.as_deref().unwrap_or("no speaker"),
                members.join("; ")
            ),
        ));
    }
    for fact in &comparison.number_facts {
        let mut values: Vec<String> = fact
            .values
            .iter()
            .map(|v| format!("{}: {}", v.document, v.text))
            .collect();
        values.sort();
        entries.push((
            "number_facts",
            format!(
                "{} [{}] conflict: {}",
                fact.label,
                values.join("; "),
                show_option(&fact.conflict)
            ),
        ));
    }
    for names in &comparison.name_variants {
        entries.push(("name_variants", names.join(" = ")));
    }
    for passage in &comparison.reused_passages {
        entries.push(("reused_passages", passage.documents.join(" & ")));
    }
    for entry in &comparison.timeline {
        let documents: BTreeSet<&str> = entry.mentions.iter().map(|m| &*m.document).collect();
        entries.push((
            "timeline",
            format!(
                "{} ({})",
                entry.date,
                documents.into_iter().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    entries
}

fn compare_comparisons(baseline: &Report, current: &Report, out: &mut Vec<Difference>) {
    let old = comparison_entries(baseline);
    let new = comparison_entries(current);
    let key = |entry: &(&'static str, String)| format!("{}\u{1f}{}", entry.0, entry.1);
    let pairs = match_items(&old, &new, key, None);
    let matched_old: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
    let matched_new: BTreeSet<usize> = pairs.iter().map(|p| p.1).collect();
    for (i, (kind, text)) in old.iter().enumerate() {
        if !matched_old.contains(&i) {
            out.push(Difference::new(None, kind, "removed", text));
        }
    }
    for (j, (kind, text)) in new.iter().enumerate() {
        if !matched_new.contains(&j) {
            out.push(Difference::new(None, kind, "added", text));
        }
    }
}

/// The differences as readable lines, grouped by document and kind, ending with a summary line.
pub fn render_text(differences: &[Difference]) -> String {
    let mut out = String::new();
    let mut current_group: Option<(Option<&str>, &str)> = None;
    for difference in differences {
        let document = difference.document.as_deref();
        if current_group.map(|g| g.0) != Some(document) {
            match document {
                Some(id) => {
                    let _ = writeln!(out, "document {id}");
                }
                None => out.push_str("comparison\n"),
            }
            current_group = None;
        }
        if current_group.map(|g| g.1) != Some(difference.kind.as_str()) {
            let _ = writeln!(out, "  {}:", difference.kind);
        }
        current_group = Some((document, difference.kind.as_str()));
        let _ = match (&difference.before, &difference.after) {
            (Some(before), Some(after)) => writeln!(
                out,
                "    ~ {} changed: {}: {} -> {}",
                difference.change,
                quoted(&difference.item),
                before,
                after
            ),
            _ => {
                let sign = if difference.change == "added" {
                    '+'
                } else {
                    '-'
                };
                writeln!(out, "    {sign} {}: {}", difference.change, difference.item)
            }
        };
    }
    let documents: BTreeSet<Option<&str>> =
        differences.iter().map(|d| d.document.as_deref()).collect();
    if differences.is_empty() {
        out.push_str("no differences\n");
    } else {
        let _ = writeln!(
            out,
            "{} difference{} in {} group{}",
            differences.len(),
            if differences.len() == 1 { "" } else { "s" },
            documents.len(),
            if documents.len() == 1 { "" } else { "s" }
        );
    }
    out
}

fn quoted(item: &str) -> String {
    if item.starts_with('"') {
        item.to_string()
    } else {
        format!("\"{item}\"")
    }
}

/// The differences as one JSON document: `{ "differences": [...], "count": n }`.
pub fn render_json(differences: &[Difference]) -> Result<String> {
    #[derive(Serialize)]
    struct Output<'a> {
        count: usize,
        differences: &'a [Difference],
    }
    let mut text = serde_json::to_string_pretty(&Output {
        count: differences.len(),
        differences,
    })?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QuoteKind;
    use crate::{analyze_texts, Options};

    const ARTICLE: &str = "The mayor spoke on Monday. Officials counted 300 buses.\n";

    fn report() -> Report {
        let mut report = analyze_texts(&[("a", ARTICLE)], &Options::default());
        let document = &mut report.documents[0];
        document.quotes = vec![Quote {
            index: 0,
            start: 10,
            end: 20,
            text: "we will build more roads".into(),
            kind: QuoteKind::Direct,
            speaker: Some("Ann Smith".into()),
            speaker_mention: Some("she".into()),
            speaker_span: None,
            cue: Some("said".into()),
            sentence: Some(0),
        }];
        document.numbers = vec![Number {
            index: 0,
            start: 45,
            end: 48,
            text: "300".into(),
            value: Some(300.0),
            unit: Some("buses".into()),
            qualifier: None,
            flags: vec![],
            sentence: Some(1),
        }];
        document.dates = vec![DateMention {
            index: 0,
            start: 19,
            end: 25,
            text: "Monday".into(),
            value: Some("2022-01-17".into()),
            modifier: None,
            time: None,
            sentence: Some(0),
        }];
        report
    }

    #[test]
    fn identical_reports_have_no_differences() {
        let mut other = report();
        other.tool.version = "9.9.9".into();
        assert!(compare_reports(&report(), &other).is_empty());
    }

    #[test]
    fn a_quote_that_moved_is_the_same_quote() {
        let mut moved = report();
        moved.documents[0].quotes[0].start += 40;
        moved.documents[0].quotes[0].end += 40;
        assert!(compare_reports(&report(), &moved).is_empty());
    }

    #[test]
    fn field_changes_are_named() {
        let mut new = report();
        new.documents[0].quotes[0].speaker = Some("Bob Jones".into());
        new.documents[0].quotes[0].kind = QuoteKind::Partial;
        new.documents[0].numbers[0].value = Some(30.0);
        new.documents[0].dates[0].value = Some("2022-01-10".into());
        let text = render_text(&compare_reports(&report(), &new));
        assert!(text
            .contains("~ speaker changed: \"we will build more roads\": Ann Smith -> Bob Jones"));
        assert!(text.contains("~ kind changed: \"we will build more roads\": direct -> partial"));
        assert!(text.contains("~ value changed: \"300\": 300 -> 30"));
        assert!(text.contains("~ value changed: \"Monday\": 2022-01-17 -> 2022-01-10"));
        assert!(text.contains("4 differences in 1 group"));
    }

    #[test]
    fn reworded_quote_is_a_text_change_not_a_removal() {
        let mut new = report();
        new.documents[0].quotes[0].text = "we will build many more roads".into();
        let differences = compare_reports(&report(), &new);
        assert_eq!(differences.len(), 1);
        assert_eq!(differences[0].change, "text");
    }

    #[test]
    fn removed_and_added_items_and_documents() {
        let mut new = report();
        new.documents[0].quotes.clear();
        new.documents[0].id = "b".into();
        let differences = compare_reports(&report(), &new);
        let kinds: Vec<(&str, &str)> = differences
            .iter()
            .map(|d| (d.kind.as_str(), d.change.as_str()))
            .collect();
        assert_eq!(kinds, [("document", "added"), ("document", "removed")]);
        let mut new = report();
        new.documents[0].quotes.clear();
        let text = render_text(&compare_reports(&report(), &new));
        assert!(text.contains("    - removed: \"we will build more roads\" (direct, Ann Smith)"));
    }

    #[test]
    fn baseline_of_another_schema_version_is_refused() {
        let error = parse_baseline(r#"{"schema_version": 7, "documents": []}"#).unwrap_err();
        assert!(error.to_string().contains("schema_version 7"));
        assert!(parse_baseline("not json").is_err());
        let json = serde_json::to_string(&report()).unwrap();
        assert_eq!(parse_baseline(&json).unwrap(), report());
    }
}
