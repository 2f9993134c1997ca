//! corpus-report: compare how several news articles cover the same event.
//!
//! The pipeline runs one way — load → segment → extract → compare → render:
//!
//! * [`corpus`] finds and decodes the inputs, skipping (with a warning) what cannot be read;
//! * [`segment`] finds paragraphs, the article's header and its body sentences;
//! * [`extract`] finds quotes and speakers, numbers and dates, per document;
//! * [`compare`] puts the documents side by side;
//! * [`render`] writes text, JSON, JSON lines or Markdown;
//! * [`progress`] draws a progress bar on a terminal while a long run goes on.
//!
//! Every extracted item carries byte offsets into the text as read; nothing is rewritten in place.
//!
//! ```
//! use corpus_report::{analyze_texts, Options};
//! let report = analyze_texts(&[("a", "He left. She stayed.\n")], &Options::default());
//! assert_eq!(report.documents[0].sentences.len(), 2);
//! ```

pub mod check;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod eval;
pub mod extract;
pub mod lexicon;
pub mod model;
pub mod progress;
pub mod render;
pub mod schema;
pub mod segment;

use anyhow::{Context as _, Result};
use rayon::prelude::*;

use crate::corpus::{Article, LoadOptions};
use crate::model::{
    Comparison, Document, Report, Sentence, Stats, ToolInfo, Warning, SCHEMA_VERSION,
};

/// What to analyse and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How inputs are found and read.
    pub load: LoadOptions,
    /// The anchor for relative dates in articles that give no date of their own.
    pub reference_date: Option<jiff::civil::Date>,
}

/// Told how a long run advances, so that a front end can show progress. Calls come from several
/// threads at once; every method does nothing unless implemented.
pub trait Progress: Sync {
    /// The inputs are found: `count` of them.
    fn inputs_found(&self, _count: usize) {}
    /// One input was read and analysed (or skipped): `bytes` of text.
    fn input_done(&self, _bytes: usize) {}
    /// Every input is analysed; the comparison across documents starts.
    fn comparing(&self) {}
}

/// Progress that is not shown anywhere.
pub struct NoProgress;

impl Progress for NoProgress {}

/// Load every input and analyse it: the whole pipeline short of rendering. Files are read,
/// decoded and analysed in parallel; ids and warnings follow the input order.
pub fn analyze(paths: &[String], options: &Options) -> Result<Report> {
    analyze_with_progress(paths, options, &NoProgress)
}

/// [`analyze`], telling `progress` how the run advances.
pub fn analyze_with_progress(
    paths: &[String],
    options: &Options,
    progress: &dyn Progress,
) -> Result<Report> {
    let mut warnings = Vec::new();
    let inputs = corpus::discover(paths, &options.load, &mut warnings);
    progress.inputs_found(inputs.len());
    let analysed: Vec<(Option<Document>, Option<Warning>)> = inputs
        .par_iter()
        .map(|input| read_and_analyze(input, options, progress))
        .collect();
    progress.comparing();
    let mut ids = corpus::IdAllocator::default();
    let mut documents = Vec::with_capacity(analysed.len());
    for (document, warning) in analysed {
        warnings.extend(warning);
        if let Some(mut document) = document {
            document.id = ids.allocate(&document.id).into();
            documents.push(document);
        }
    }
    extract::speakers::unify_speakers(&mut documents);
    let (comparison, more) =
        compare::compare_spilling(&documents).with_context(|| temporary_files_error("use"))?;
    warnings.extend(more);
    Ok(report(documents, comparison, warnings, options))
}

/// Read, decode and analyse one input, and tell `progress`; the warning says what was skipped or
/// repaired.
fn read_and_analyze(
    input: &corpus::Input,
    options: &Options,
    progress: &dyn Progress,
) -> (Option<Document>, Option<Warning>) {
    let (article, warning) = corpus::read_article(input, options.load.max_bytes);
    let document = article.map(|a| analyze_document(&a, options.reference_date));
    progress.input_done(document.as_ref().map_or(0, |d| d.stats.bytes));
    (document, warning)
}

/// [`analyze_with_progress`] for a report that shows what was extracted but not the texts (the
/// text and Markdown formats): each document is handed to the comparison as soon as it is
/// analysed, as in [`analyze_streaming`], and kept without its text and sentences. The report
/// equals [`analyze_with_progress`]'s but for those; the only texts held are those of the
/// documents being analysed (and of inputs that cannot be read again, such as standard input,
/// which the comparison keeps).
pub fn analyze_without_texts(
    paths: &[String],
    options: &Options,
    progress: &dyn Progress,
) -> Result<Report> {
    let mut documents = Vec::new();
    let run = analyze_streaming_naming(
        paths,
        options,
        progress,
        StreamedSpeakers::AsExtracted,
        &mut |document| {
            documents.push(Document {
                id: document.id.clone(),
                path: document.path.clone(),
                published: document.published.clone(),
                outlet: document.outlet.clone(),
                headline: document.headline.clone(),
                stats: document.stats.clone(),
                sentences: Vec::new(),
                quotes: document.quotes.clone(),
                numbers: document.numbers.clone(),
                dates: document.dates.clone(),
                source: model::SourceText::default(),
            });
            Ok(())
        },
    )?;
    for document in &mut documents {
        run.speaker_names.rewrite(document);
    }
    Ok(report(documents, run.comparison, run.warnings, options))
}

/// What a streamed run ([`analyze_streaming`]) leaves once every document has been written.
#[derive(Debug)]
pub struct StreamedRun {
    /// How many documents were written.
    pub documents: usize,
    /// The comparison across them.
    pub comparison: Comparison,
    /// Inputs skipped or repaired, in input order.
    pub warnings: Vec<Warning>,
    /// Each speaker's name decided over the whole run ([`extract::speakers::unify_speakers`]),
    /// for a caller that emitted the documents with their speakers as extracted.
    pub speaker_names: extract::speakers::CanonicalNames,
}

/// A document just analysed, with what the comparison needs of it.
type Analysed = (Document, compare::Digest);

/// Inputs analysed at a time in a streamed run: enough to keep every thread busy, few enough that
/// only a handful of whole documents are in memory at once.
const STREAM_BATCH: usize = 64;

/// Load and analyse every input, handing each document to `emit` as soon as it and the documents
/// before it are done, in input order; then compare them. Only what the comparison needs is kept
/// of a document once it has been emitted (see [`compare::Comparator`]).
///
/// Inputs are analysed in parallel batches; while one batch is analysed, the calling thread
/// emits the one before it, so writing overlaps analysis and at most two batches of whole
/// documents are in memory.
///
/// Speaker names in emitted documents are decided in input order ([`extract::speakers::SpeakerRegistry`]):
/// a person's first spelling is kept, and a bare surname is resolved only to someone named in
/// that or an earlier document. The comparison unifies speakers across the whole run, as
/// [`analyze`] does.
pub fn analyze_streaming(
    paths: &[String],
    options: &Options,
    progress: &dyn Progress,
    emit: &mut dyn FnMut(&Document) -> Result<()>,
) -> Result<StreamedRun> {
    analyze_streaming_naming(
        paths,
        options,
        progress,
        StreamedSpeakers::InInputOrder,
        emit,
    )
}

/// How a streamed run names the speakers of the documents it emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamedSpeakers {
    /// Decided in input order ([`extract::speakers::SpeakerRegistry`]): each document is final
    /// when it is emitted.
    InInputOrder,
    /// As extracted: the caller unifies them over the whole run once it is done, as [`analyze`]
    /// does ([`extract::speakers::SpeakerForms`]).
    AsExtracted,
}

/// [`analyze_streaming`], naming the emitted documents' speakers as `speakers` says.
pub fn analyze_streaming_naming(
    paths: &[String],
    options: &Options,
    progress: &dyn Progress,
    speakers: StreamedSpeakers,
    emit: &mut dyn FnMut(&Document) -> Result<()>,
) -> Result<StreamedRun> {
    let mut warnings = Vec::new();
    // Shared with the comparison, which reads a file again by its place in the list.
    let inputs: std::sync::Arc<[corpus::Input]> =
        corpus::discover(paths, &options.load, &mut warnings).into();
    progress.inputs_found(inputs.len());
    let analyse = |batch: &[corpus::Input]| -> Vec<(Option<Analysed>, Option<Warning>)> {
        batch
            .par_iter()
            .map(|input| {
                let (document, warning) = read_and_analyze(input, options, progress);
                let analysed = document.map(|document| {
                    let digest = compare::Digest::of(&document);
                    (document, digest)
                });
                (analysed, warning)
            })
            .collect()
    };
    let mut writer = StreamWriter {
        ids: corpus::IdAllocator::default(),
        registry: (speakers == StreamedSpeakers::InInputOrder)
            .then(extract::speakers::SpeakerRegistry::default),
        comparator: compare::Comparator::default(),
        documents: 0,
        warnings,
        max_bytes: options.load.max_bytes,
        inputs: std::sync::Arc::clone(&inputs),
    };
    let mut batches = inputs.chunks(STREAM_BATCH).enumerate();
    let mut ready = batches.next().map(|(at, batch)| (at, analyse(batch)));
    while let Some((at, analysed)) = ready.take() {
        let following = batches.next();
        let mut next = None;
        let (next_slot, analyse) = (&mut next, &analyse);
        let written = rayon::in_place_scope(|scope| {
            if let Some((next_at, following)) = following {
                scope.spawn(move |_| *next_slot = Some((next_at, analyse(following))));
            }
            writer.write(at * STREAM_BATCH, analysed, emit)
        });
        written?;
        ready = next;
    }
    progress.comparing();
    // The ids given and the speakers named so far are not needed by the comparison.
    let StreamWriter {
        comparator,
        mut warnings,
        documents,
        ids,
        registry,
        ..
    } = writer;
    drop((ids, registry));
    let (comparison, lost, speaker_names) = comparator
        .finish_naming()
        .with_context(|| temporary_files_error("read back"))?;
    warnings.extend(lost);
    Ok(StreamedRun {
        documents,
        comparison,
        warnings,
        speaker_names,
    })
}

/// The in-order half of a streamed run: gives documents their ids and speaker names, emits them,
/// and hands them to the comparison.
struct StreamWriter {
    ids: corpus::IdAllocator,
    /// Names speakers in input order; none when documents are emitted with speakers as extracted.
    registry: Option<extract::speakers::SpeakerRegistry>,
    comparator: compare::Comparator,
    documents: usize,
    warnings: Vec<Warning>,
    max_bytes: u64,
    /// Every input of the run, in order.
    inputs: std::sync::Arc<[corpus::Input]>,
}

impl StreamWriter {
    /// Emit one analysed batch, in order: the inputs from `first` on.
    fn write(
        &mut self,
        first: usize,
        analysed: Vec<(Option<Analysed>, Option<Warning>)>,
        emit: &mut dyn FnMut(&Document) -> Result<()>,
    ) -> Result<()> {
        for ((analysed, warning), at) in analysed.into_iter().zip(first..) {
            self.warnings.extend(warning);
            let Some((mut document, digest)) = analysed else {
                continue;
            };
            document.id = self.ids.allocate(&document.id).into();
            match &mut self.registry {
                Some(registry) => {
                    // The comparison unifies speakers over the whole run, from the names as
                    // extracted.
                    let extracted: Vec<Option<String>> =
                        document.quotes.iter().map(|q| q.speaker.clone()).collect();
                    registry.canonicalise(&mut document);
                    emit(&document)?;
                    for (quote, speaker) in document.quotes.iter_mut().zip(extracted) {
                        quote.speaker = speaker;
                    }
                }
                None => emit(&document)?,
            }
            // A regular file can be read again, so its text need not be held until the
            // comparison; standard input, a pipe or a FIFO cannot (reading a FIFO again would
            // wait for a writer that never comes).
            // The reread finds the file in the shared list: no copy of its path per document.
            let added = match self.inputs.get(at) {
                Some(corpus::Input::File(path)) if path.metadata().is_ok_and(|m| m.is_file()) => {
                    let (inputs, max_bytes) = (std::sync::Arc::clone(&self.inputs), self.max_bytes);
                    let reread: compare::Reread = Box::new(move || match inputs.get(at) {
                        Some(corpus::Input::File(path)) => corpus::reread_text(path, max_bytes),
                        _ => Err("it is not a file".to_string()),
                    });
                    self.comparator.add_releasing(document, digest, reread)
                }
                _ => self.comparator.add(document, digest),
            };
            added.with_context(|| temporary_files_error("write"))?;
            self.documents += 1;
        }
        Ok(())
    }
}

/// The error of a streamed run whose comparison's temporary files could not be used.
fn temporary_files_error(doing: &str) -> String {
    format!(
        "cannot {doing} the comparison's temporary files in '{}' (TMPDIR chooses the folder)",
        std::env::temp_dir().display()
    )
}

/// Analyse texts already in memory, given as `(id, text)` pairs (ids double as paths).
pub fn analyze_texts(texts: &[(&str, &str)], options: &Options) -> Report {
    let articles = texts
        .iter()
        .map(|(id, text)| Article {
            id: id.to_string(),
            path: id.to_string(),
            text: text.to_string(),
        })
        .collect();
    analyze_articles(articles, Vec::new(), options)
}

/// Segment, extract and compare loaded articles.
pub fn analyze_articles(
    articles: Vec<Article>,
    warnings: Vec<Warning>,
    options: &Options,
) -> Report {
    let documents: Vec<Document> = articles
        .par_iter()
        .map(|article| analyze_document(article, options.reference_date))
        .collect();
    finish_report(documents, warnings, options)
}

/// The stages that need every document: one speaker name across documents, then the comparison.
fn finish_report(
    mut documents: Vec<Document>,
    warnings: Vec<Warning>,
    options: &Options,
) -> Report {
    extract::speakers::unify_speakers(&mut documents);
    let comparison = compare::compare(&documents);
    report(documents, comparison, warnings, options)
}

/// The report of a run.
fn report(
    documents: Vec<Document>,
    comparison: Comparison,
    warnings: Vec<Warning>,
    options: &Options,
) -> Report {
    Report {
        schema_version: SCHEMA_VERSION,
        tool: ToolInfo::default(),
        reference_date: options.reference_date.map(|d| d.to_string()),
        documents,
        comparison,
        warnings,
    }
}

/// The sentences of a segmented text, their text shared with `source` (empty if it is not held).
fn sentences_of(layout: &segment::Layout, source: &model::SourceText) -> Vec<Sentence> {
    layout
        .sentences
        .iter()
        .enumerate()
        .map(|(index, s)| Sentence {
            index,
            start: s.span.start,
            end: s.span.end,
            paragraph: s.paragraph,
            text: model::SharedText::slice(source, s.span.start, s.span.end),
        })
        .collect()
}

/// Segment and extract one article.
pub fn analyze_document(article: &Article, reference_date: Option<jiff::civil::Date>) -> Document {
    let text = article.text.as_str();
    let layout = segment::segment(text);
    // A dated dateline sets the day the story's relative dates count from; a dateline's day
    // without a year takes the year of the reference date it falls nearest.
    let anchor = layout.dateline_date.or(layout.published).or_else(|| {
        reference_date.map(|reference| layout.dateline_day_near(reference).unwrap_or(reference))
    });
    let extraction = extract::extract(text, &layout, anchor);
    let source = model::SourceText::new(text);
    let sentences = sentences_of(&layout, &source);
    Document {
        id: article.id.as_str().into(),
        path: article.path.clone(),
        published: layout.published.map(|d| d.to_string()),
        outlet: layout.outlet.clone(),
        headline: layout.headline.map(|h| h.of(text).to_string()),
        stats: Stats {
            bytes: text.len(),
            paragraphs: layout.paragraphs.len(),
            sentences: sentences.len(),
            words: count_words(text),
        },
        sentences,
        quotes: extraction.quotes,
        numbers: extraction.numbers,
        dates: extraction.dates,
        source,
    }
}

/// Words in `text`: runs of letters and digits, where an apostrophe or full stop between two
/// letters ("don't", "U.S") and a comma or full stop between two digits ("100,000", "2.7") do not
/// break the word — the UAX #29 word rules that matter for news text, in one linear pass.
///
/// ```
/// assert_eq!(corpus_report::count_words("Don’t count 100,000 U.S. high-stakes words!"), 7);
/// assert_eq!(corpus_report::count_words("Ελληνικά και 中文"), 3);
/// ```
pub fn count_words(text: &str) -> usize {
    count_words_in(text, true)
}

/// [`count_words`], passing over a run of ASCII letters or of ASCII digits in one step (they
/// neither open nor close a word) or, for the test that checks that shortcut, one character at a
/// time.
fn count_words_in(text: &str, runs_in_one_step: bool) -> usize {
    /// What a character is for word counting.
    #[derive(Clone, Copy, PartialEq)]
    enum Class {
        Letter,
        Digit,
        /// Joins two letters (apostrophes, full stop) or two digits (comma, full stop).
        Joiner(char),
        Other,
    }
    fn class(c: char) -> Class {
        if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic()) {
            Class::Letter
        } else if !c.is_ascii() && c.is_numeric() {
            Class::Digit
        } else if matches!(c, '\'' | '\u{2019}' | '.' | ',') {
            Class::Joiner(c)
        } else {
            Class::Other
        }
    }
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut before = Class::Other;
    let mut pending: Option<(Class, char)> = None;
    let mut at = 0;
    while let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
        let current = class(c);
        at += c.len_utf8();
        match current {
            Class::Letter | Class::Digit => {
                let continues = match pending.take() {
                    Some((left, joiner)) => match joiner {
                        '.' => left == current,
                        ',' => left == Class::Digit && current == Class::Digit,
                        _ => left == Class::Letter && current == Class::Letter,
                    },
                    None => matches!(before, Class::Letter | Class::Digit),
                };
                if !continues {
                    words += 1;
                }
                if runs_in_one_step {
                    let same = |b: &&u8| match current {
                        Class::Letter => b.is_ascii_alphabetic(),
                        _ => b.is_ascii_digit(),
                    };
                    at += bytes
                        .get(at..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(same)
                        .count();
                }
            }
            Class::Joiner(joiner) => {
                pending = match (pending, before) {
                    (None, Class::Letter | Class::Digit) => Some((before, joiner)),
                    _ => None,
                };
            }
            Class::Other => pending = None,
        }
        before = current;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_words_a_run_at_a_time_counts_what_a_character_at_a_time_does() {
        let texts = [
            "Don’t count 100,000 U.S. high-stakes words!",
            "Ελληνικά και 中文, café au lait: 3.5km ... 1,2,3 a.b.c x'y 'quoted' 9am",
            "",
            "a",
            "aé1,b.2’c''d..e,,f 10.5.6 Zürich2024 ½ ٣٤٥ abc",
        ];
        for text in texts {
            assert_eq!(
                count_words_in(text, true),
                count_words_in(text, false),
                "{text}"
            );
        }
        assert_eq!(count_words("Zürich2024 had 1,200 visitors."), 4);
    }

    #[test]
    fn today_in_a_dated_dateline_story_is_the_dateline_day() {
        let article = Article {
            id: "release".into(),
            path: "release".into(),
            text: "Published: June 9, 2021\n\nQuarry firm buys a rival\n\nTARNBY, June 8, 2021 /Newswire/ -- Brixel Stone today bought a rival. Talks began yesterday.".into(),
        };
        let document = analyze_document(&article, None);
        let dates: Vec<_> = document
            .dates
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_deref()))
            .collect();
        assert_eq!(
            dates,
            [
                ("today", Some("2021-06-08")),
                ("yesterday", Some("2021-06-07"))
            ]
        );
        assert_eq!(document.published.as_deref(), Some("2021-06-09"));
    }
}
