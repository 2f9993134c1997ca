//! Invariants every report must satisfy whatever the input: spans inside the text and on character
//! boundaries, `text == file[start..end]`, sentences in order without overlap, and every index in the
//! comparison pointing at an item that exists. Shared by the integration tests and the fuzz targets
//! (which include this file by path), so a fuzz crash and a failing test mean the same thing.

use std::collections::BTreeMap;

use corpus_report::model::{Document, Report};

/// Check one span against `text`: `start <= end <= len` and both ends on character boundaries.
pub fn check_span(what: &str, start: usize, end: usize, text: &str) -> Result<(), String> {
    if start > end || end > text.len() {
        return Err(format!(
            "{what}: span {start}..{end} outside text of {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!(
            "{what}: span {start}..{end} not on char boundaries"
        ));
    }
    Ok(())
}

/// Check that `text` equals `file[start..end]` (the span must already be valid).
fn check_exact(what: &str, start: usize, end: usize, item: &str, text: &str) -> Result<(), String> {
    check_span(what, start, end, text)?;
    let slice = text.get(start..end).unwrap_or_default();
    if slice != item {
        return Err(format!(
            "{what}: text {:?} != file[{start}..{end}] {:?}",
            preview(item),
            preview(slice)
        ));
    }
    Ok(())
}

/// Whether the non-space characters of `inner` appear in order inside `outer` (how a quote's
/// joined text must relate to its span when the quote runs over several paragraphs).
fn is_subsequence_ignoring_space(inner: &str, outer: &str) -> bool {
    let mut outer_chars = outer.chars();
    inner
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|wanted| outer_chars.any(|c| c == wanted))
}

fn preview(text: &str) -> String {
    text.chars().take(80).collect()
}

/// Check one document against the text it was extracted from.
pub fn check_document(doc: &Document, text: &str) -> Result<(), String> {
    let id = &doc.id;
    if doc.stats.bytes != text.len() {
        return Err(format!(
            "{id}: stats.bytes {} != text length {}",
            doc.stats.bytes,
            text.len()
        ));
    }
    if doc.stats.sentences != doc.sentences.len() {
        return Err(format!("{id}: stats.sentences disagrees with sentences"));
    }
    let mut previous_end = 0;
    for (position, sentence) in doc.sentences.iter().enumerate() {
        let what = format!("{id}: sentence {position}");
        if sentence.index != position {
            return Err(format!("{what}: index {}", sentence.index));
        }
        check_exact(&what, sentence.start, sentence.end, &sentence.text, text)?;
        if sentence.start < previous_end {
            return Err(format!(
                "{what}: starts at {} before the previous sentence ends at {previous_end}",
                sentence.start
            ));
        }
        if sentence.start == sentence.end {
            return Err(format!("{what}: empty sentence"));
        }
        if sentence.paragraph >= doc.stats.paragraphs {
            return Err(format!(
                "{what}: paragraph {} of {}",
                sentence.paragraph, doc.stats.paragraphs
            ));
        }
        previous_end = sentence.end;
    }
    let sentence_ok = |s: Option<usize>| s.is_none_or(|s| s < doc.sentences.len());
    let mut previous_quote_start = 0;
    for (position, quote) in doc.quotes.iter().enumerate() {
        let what = format!("{id}: quote {position}");
        if quote.index != position {
            return Err(format!("{what}: index {}", quote.index));
        }
        if quote.start < previous_quote_start {
            return Err(format!("{what}: not in order of opening marks"));
        }
        previous_quote_start = quote.start;
        check_span(&what, quote.start, quote.end, text)?;
        let slice = text.get(quote.start..quote.end).unwrap_or_default();
        if quote.text != slice
            && !(slice.contains('\n') && is_subsequence_ignoring_space(&quote.text, slice))
        {
            return Err(format!(
                "{what}: text {:?} is neither file[{}..{}] {:?} nor its paragraphs joined",
                preview(&quote.text),
                quote.start,
                quote.end,
                preview(slice)
            ));
        }
        if let Some(span) = quote.speaker_span {
            check_span(&format!("{what} speaker"), span.start, span.end, text)?;
        }
        if !sentence_ok(quote.sentence) {
            return Err(format!(
                "{what}: sentence {:?} out of range",
                quote.sentence
            ));
        }
    }
    for (position, number) in doc.numbers.iter().enumerate() {
        let what = format!("{id}: number {position}");
        if number.index != position {
            return Err(format!("{what}: index {}", number.index));
        }
        check_exact(&what, number.start, number.end, &number.text, text)?;
        if !sentence_ok(number.sentence) {
            return Err(format!("{what}: sentence out of range"));
        }
        if number.value.is_some_and(|v| !v.is_finite()) {
            return Err(format!("{what}: value {:?} is not finite", number.value));
        }
    }
    for (position, date) in doc.dates.iter().enumerate() {
        let what = format!("{id}: date {position}");
        if date.index != position {
            return Err(format!("{what}: index {}", date.index));
        }
        check_exact(&what, date.start, date.end, &date.text, text)?;
        if !sentence_ok(date.sentence) {
            return Err(format!("{what}: sentence out of range"));
        }
    }
    Ok(())
}

/// Check a whole report: every document against its text (looked up by id), unique ids, and every
/// reference in the comparison.
pub fn check_report(report: &Report, texts: &BTreeMap<String, String>) -> Result<(), String> {
    let mut documents = BTreeMap::new();
    for doc in &report.documents {
        if documents.insert(&*doc.id, doc).is_some() {
            return Err(format!("duplicate document id {:?}", doc.id));
        }
        let text = texts
            .get(&*doc.id)
            .ok_or_else(|| format!("no text for document {:?}", doc.id))?;
        check_document(doc, text)?;
    }
    let document = |id: &str| {
        documents
            .get(id)
            .copied()
            .ok_or_else(|| format!("comparison names unknown document {id:?}"))
    };
    let comparison = &report.comparison;
    for speaker in &comparison.speakers {
        for (id, &count) in &speaker.quotes {
            if count > document(id)?.quotes.len() {
                return Err(format!(
                    "speaker {:?}: {count} quotes in {id}",
                    speaker.name
                ));
            }
        }
    }
    for cluster in &comparison.quote_clusters {
        for member in &cluster.members {
            if member.quote >= document(&member.document)?.quotes.len() {
                return Err(format!(
                    "quote cluster names missing quote {}",
                    member.quote
                ));
            }
        }
    }
    for fact in &comparison.number_facts {
        for value in &fact.values {
            if value.number >= document(&value.document)?.numbers.len() {
                return Err(format!("number fact names missing number {}", value.number));
            }
        }
    }
    for reused in &comparison.reused_passages {
        for id in &reused.documents {
            document(id)?;
        }
        if !(0.0..=1.0).contains(&reused.similarity) {
            return Err(format!("similarity {} outside 0..=1", reused.similarity));
        }
        for passage in &reused.passages {
            let text = texts
                .get(&*passage.document)
                .ok_or_else(|| format!("passage in unknown document {:?}", passage.document))?;
            check_exact(
                "reused passage",
                passage.start,
                passage.end,
                &passage.text,
                text,
            )?;
        }
    }
    for entry in &comparison.timeline {
        for mention in &entry.mentions {
            let doc = document(&mention.document)?;
            if mention.date >= doc.dates.len() {
                return Err(format!("timeline names missing date {}", mention.date));
            }
            if mention.sentence.is_some_and(|s| s >= doc.sentences.len()) {
                return Err("timeline mention names a missing sentence".to_string());
            }
        }
    }
    Ok(())
}

/// Check a report built from in-memory `(id, text)` pairs.
pub fn check_texts(report: &Report, texts: &[(&str, &str)]) -> Result<(), String> {
    let map = texts
        .iter()
        .map(|(id, text)| (id.to_string(), text.to_string()))
        .collect();
    check_report(report, &map)
}
