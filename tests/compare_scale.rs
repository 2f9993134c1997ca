//! The comparison at scale: 10,000 generated documents (2,000 in a debug build) must compare in seconds (inverted indexes and
//! hashing, never every item against every other) and still find what was planted in them.

use std::time::Instant;

use corpus_report::compare::compare;
use corpus_report::model::{Document, Number, Quote, QuoteKind, Sentence, Stats};

/// 10,000 documents in a release build (`cargo test --release --test compare_scale`); a debug build
/// runs 2,000 so the everyday `cargo test` stays quick. Every expectation scales with the count.
const DOCUMENTS: usize = if cfg!(debug_assertions) {
    2_000
} else {
    10_000
};
const VOCABULARY: usize = 6_000;

/// A small deterministic pseudo-random generator (no dependency, same corpus every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Pronounceable made-up words, distinct for distinct indexes.
fn word(index: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "di", "fa", "go", "hu", "ji", "pe", "zo",
        "bi",
    ];
    let mut out = String::new();
    let mut n = index + 16;
    while n > 0 {
        out.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    out
}

fn random_sentence(rng: &mut Lcg, words: usize) -> String {
    let mut text: Vec<String> = (0..words).map(|_| word(rng.below(VOCABULARY))).collect();
    if let Some(first) = text.first_mut() {
        *first = first[..1].to_uppercase() + &first[1..];
    }
    format!("{}.", text.join(" "))
}

fn quote(index: usize, text: String, speaker: Option<String>) -> Quote {
    Quote {
        index,
        start: 0,
        end: text.len(),
        text,
        kind: QuoteKind::Direct,
        speaker,
        speaker_mention: None,
        speaker_span: None,
        cue: Some("said".into()),
        sentence: Some(0),
    }
}

fn number(index: usize, text: &str, value: Option<f64>, flags: &[&str]) -> Number {
    Number {
        index,
        start: 0,
        end: text.len(),
        text: text.to_string(),
        value,
        unit: Some("soldiers".into()),
        qualifier: None,
        flags: flags.iter().map(|f| f.to_string()).collect(),
        sentence: Some(0),
    }
}

/// The planted utterance, quoted in full by some documents and as a reordered fragment by others.
const PLANTED_FULL: &str =
    "we will answer any attack on the valley with a calm, patient and unshakable resolve";
const PLANTED_FRAGMENT: &str = "unshakable, calm and patient resolve";
const PLANTED_SPEAKER: &str = "Mara Quent";
/// Wire copy shared by documents 10 and 20 only.
const WIRE: &str = "Under a grey sky above the old harbour, the delegates signed a long awaited accord on fishing rights and coastal patrols before leaving for the capital.";

fn corpus() -> Vec<Document> {
    let mut rng = Lcg(42);
    let speakers: Vec<String> = (0..200).map(|i| format!("Speaker {}", word(i))).collect();
    let utterances: Vec<String> = (0..500)
        .map(|_| {
            let len = 6 + rng.below(10);
            (0..len)
                .map(|_| word(rng.below(VOCABULARY)))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    (0..DOCUMENTS)
        .map(|d| {
            let mut sentences_text: Vec<String> = (0..12)
                .map(|_| {
                    let len = 8 + rng.below(20);
                    random_sentence(&mut rng, len)
                })
                .collect();
            if d == 10 || d == 20 {
                sentences_text[3] = WIRE.to_string();
            }
            sentences_text[0] = format!(
                "Officials said soldiers were massed near the valley {}.",
                word(rng.below(VOCABULARY))
            );
            let mut text = String::new();
            let mut sentences = Vec::new();
            for (index, s) in sentences_text.iter().enumerate() {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                sentences.push(Sentence {
                    index,
                    start: text.len(),
                    end: text.len() + s.len(),
                    paragraph: index,
                    text: s.clone().into(),
                });
                text.push_str(s);
            }
            let mut quotes = Vec::new();
            for _ in 0..3 {
                let u = rng.below(utterances.len());
                quotes.push(quote(
                    quotes.len(),
                    utterances[u].clone(),
                    Some(speakers[u % speakers.len()].clone()),
                ));
            }
            quotes.push(quote(quotes.len(), random_sentence(&mut rng, 9), None));
            if d % 1000 == 7 {
                quotes.push(quote(
                    quotes.len(),
                    PLANTED_FULL.into(),
                    Some(PLANTED_SPEAKER.into()),
                ));
            }
            if d % 1000 == 507 {
                quotes.push(quote(quotes.len(), PLANTED_FRAGMENT.into(), None));
            }
            let numbers = if d == 3 {
                vec![number(0, "40,00", None, &["irregular-grouping"])]
            } else if d % 500 == 0 {
                vec![number(0, "40,000", Some(40_000.0), &[])]
            } else {
                Vec::new()
            };
            Document {
                id: format!("{d:05}_doc").into(),
                path: format!("{d:05}_doc.txt"),
                published: None,
                outlet: None,
                headline: None,
                stats: Stats {
                    bytes: text.len(),
                    paragraphs: sentences.len(),
                    sentences: sentences.len(),
                    words: 0,
                },
                sentences,
                quotes,
                numbers,
                dates: Vec::new(),
                source: Default::default(),
            }
        })
        .collect()
}

#[test]
fn many_documents_compare_quickly_and_correctly() {
    let documents = corpus();
    let started = Instant::now();
    let comparison = compare(&documents);
    let elapsed = started.elapsed();
    eprintln!("compare of {DOCUMENTS} documents took {elapsed:?}");

    // The planted utterance: one cluster holding every document that quotes it, in full or not.
    let planted = comparison
        .quote_clusters
        .iter()
        .find(|c| c.members.iter().any(|m| m.text == PLANTED_FULL))
        .expect("planted cluster");
    assert_eq!(planted.speaker.as_deref(), Some(PLANTED_SPEAKER));
    assert_eq!(planted.members.len(), 2 * DOCUMENTS / 1000);
    assert!(planted.members.iter().any(|m| m.text == PLANTED_FRAGMENT));

    // Every cluster spans at least two documents and never mixes named speakers.
    for cluster in &comparison.quote_clusters {
        let first = &cluster.members[0].document;
        assert!(cluster.members.iter().any(|m| &m.document != first));
    }

    // Wire copy between documents 10 and 20, and no other reuse in random text.
    assert_eq!(
        comparison.reused_passages.len(),
        1,
        "{:?}",
        comparison.reused_passages
    );
    assert_eq!(
        comparison.reused_passages[0].documents,
        vec!["00010_doc".into(), "00020_doc".into()]
    );
    assert_eq!(comparison.reused_passages[0].passages[0].text, WIRE);

    // The malformed figure conflicts with the others.
    let soldiers: Vec<_> = comparison
        .number_facts
        .iter()
        .filter(|f| f.unit.as_deref() == Some("soldiers"))
        .collect();
    assert_eq!(soldiers.len(), 1);
    let conflict = soldiers[0].conflict.as_deref().expect("conflict");
    assert!(
        conflict.contains("40,00 in 00003 (irregular grouping"),
        "{conflict}"
    );
    assert_eq!(soldiers[0].values.len(), DOCUMENTS / 500 + 1);

    // The same input gives the same output.
    assert_eq!(compare(&documents), comparison);
}
