//! compare::compare over up to four documents analysed from one input, and the same comparison
//! fed one document at a time (compare::Comparator, its 5-grams, quote texts and the last stages'
//! records written out, its texts read again and segmented again); the json report written through a temporary file
//! (render::SpilledJson) against the one rendered in memory.
#![no_main]

mod common;

use corpus_report::corpus::Article;
use corpus_report::{analyze_articles, analyze_document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let documents = common::split_documents(text);
    let articles: Vec<Article> = documents
        .iter()
        .map(|(id, text)| Article {
            id: id.clone(),
            path: id.clone(),
            text: text.to_string(),
        })
        .collect();
    let articles_for_reread: Vec<String> = articles.iter().map(|a| a.text.clone()).collect();
    let analysed: Vec<_> = articles
        .iter()
        .map(|article| analyze_document(article, None))
        .collect();
    // The report unifies speakers across documents before comparing ("Blinkenn" is Blinken).
    let mut unified = analysed.clone();
    corpus_report::extract::speakers::unify_speakers(&mut unified);
    let comparison = corpus_report::compare::compare(&unified);
    let report = analyze_articles(articles, Vec::new(), &Default::default());
    assert_eq!(report.comparison, comparison, "comparison is not deterministic");
    // A streamed run compares from digests and documents without sentence copies: the same result.
    // Its 5-grams and sentence spans go to temporary files almost at once, and its texts are let
    // go and read again.
    let mut comparator = corpus_report::compare::Comparator::with_limits(16, 32);
    for (document, article) in analysed.iter().zip(&articles_for_reread) {
        let text = article.clone();
        comparator
            .add_releasing(
                document.clone(),
                corpus_report::compare::Digest::of(document),
                Box::new(move || Ok(text.clone())),
            )
            .expect("temporary files can be written");
    }
    let (streamed, lost, speaker_names) =
        comparator.finish_naming().expect("temporary files can be read");
    assert!(lost.is_empty(), "texts read again were lost: {lost:?}");
    assert_eq!(streamed, report.comparison, "the streamed comparison differs");
    // A json report whose documents were spilled to a file with their speakers as extracted has
    // the bytes of the report rendered in memory (speakers unified, with the names the streamed
    // comparison decided, when copied back).
    let mut spill = corpus_report::render::SpilledJson::new().expect("a temporary file");
    for document in &analysed {
        spill.push(document).expect("the temporary file can be written");
    }
    let mut spilled = Vec::new();
    spill
        .write_report(&speaker_names, &None, &report.comparison, &report.warnings, &mut spilled)
        .expect("the temporary file can be read");
    let mut rendered = Vec::new();
    corpus_report::render::Renderer::render(
        &corpus_report::render::JsonRenderer,
        &report,
        &mut rendered,
    )
    .expect("the report can be rendered");
    assert!(spilled == rendered, "the spilled json report differs");
    let texts: Vec<(&str, &str)> = documents.iter().map(|(id, t)| (id.as_str(), *t)).collect();
    if let Err(problem) = common::invariants::check_texts(&report, &texts) {
        panic!("{problem}");
    }
});
