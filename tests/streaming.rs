//! `--format jsonl` writes each document as soon as it is done: the lines say what the whole
//! report says, documents are emitted before later inputs are read, and a run where nothing can be
//! read writes nothing. `--format json` writes each document to a temporary file as it is done,
//! and the report it writes at the end is the one built in memory.

use std::fs;
use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::Command;
use corpus_report::{analyze_streaming, Options, Progress};
use serde_json::Value;

fn article(i: usize) -> String {
    format!(
        "Bridge vote {i}\n\nThe council approved {i} new crossings on Monday, officials said.\n\n\
         \u{201c}We will build them by spring,\u{201d} said Mayor Ana Ruiz.\n\n\
         Across the wide river in a quiet mountain town, the mayor warned the visiting delegation \
         that the old bridge would close before winter for repairs.\n"
    )
}

fn run(dir: &std::path::Path, format: &str) -> std::process::Output {
    Command::cargo_bin("corpus-report")
        .unwrap()
        .args(["--format", format])
        .arg(dir)
        .output()
        .unwrap()
}

#[test]
fn json_lines_say_what_the_json_report_says() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..5 {
        fs::write(dir.path().join(format!("{i:02}.txt")), article(i)).unwrap();
    }
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    let json: Value = serde_json::from_slice(&run(dir.path(), "json").stdout).unwrap();
    let output = run(dir.path(), "jsonl");
    assert!(output.status.success());
    let mut lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let last = lines.pop().unwrap();
    assert_eq!(last["type"], "comparison");
    assert_eq!(last["comparison"], json["comparison"]);
    assert_eq!(last["warnings"], json["warnings"]);
    assert!(!json["comparison"]["reused_passages"]
        .as_array()
        .unwrap()
        .is_empty());
    let documents: Vec<Value> = lines
        .into_iter()
        .map(|mut line| {
            assert_eq!(line["type"], "document");
            line.as_object_mut().unwrap().remove("type");
            line
        })
        .collect();
    assert_eq!(Value::Array(documents), json["documents"]);
}

#[test]
fn a_bare_surname_is_resolved_in_the_stream_only_to_someone_named_before() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Vote\n\n\u{201c}We agree,\u{201d} President Ruiz said.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("b.txt"),
        "Vote\n\n\u{201c}We do not,\u{201d} said Ana Ruiz.\n",
    )
    .unwrap();
    let json: Value = serde_json::from_slice(&run(dir.path(), "json").stdout).unwrap();
    assert_eq!(json["documents"][0]["quotes"][0]["speaker"], "Ana Ruiz");
    let text = String::from_utf8(run(dir.path(), "jsonl").stdout).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["quotes"][0]["speaker"], "Ruiz");
    assert_eq!(lines[1]["quotes"][0]["speaker"], "Ana Ruiz");
    // The comparison still sees one person quoted in both documents.
    assert_eq!(lines[2]["comparison"], json["comparison"]);
    assert_eq!(json["comparison"]["speakers"][0]["name"], "Ana Ruiz");
}

#[derive(Default)]
struct Counting {
    done: AtomicUsize,
}

impl Progress for Counting {
    fn input_done(&self, _bytes: usize) {
        self.done.fetch_add(1, Ordering::SeqCst);
    }
}

/// A folder of `count` articles named `000.txt`, `001.txt`, …, and the paths naming it.
fn corpus_of(count: usize) -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..count {
        fs::write(dir.path().join(format!("{i:03}.txt")), article(i)).unwrap();
    }
    let paths = vec![dir.path().display().to_string()];
    (dir, paths)
}

#[test]
fn documents_are_emitted_in_order_before_later_inputs_are_read() {
    let (_dir, paths) = corpus_of(300);
    let progress = Counting::default();
    let mut emitted = Vec::new();
    let mut read_when_first_emitted = None;
    let run = analyze_streaming(&paths, &Options::default(), &progress, &mut |document| {
        read_when_first_emitted.get_or_insert(progress.done.load(Ordering::SeqCst));
        emitted.push(document.id.clone());
        Ok(())
    })
    .unwrap();
    assert_eq!(run.documents, 300);
    let expected: Vec<corpus_report::model::DocumentId> =
        (0..300).map(|i| format!("{i:03}").into()).collect();
    assert_eq!(emitted, expected);
    assert!(read_when_first_emitted.unwrap() < 300);
    assert!(!run.comparison.quote_clusters.is_empty());
}

#[test]
fn a_failed_write_stops_the_run_and_is_returned() {
    let (_dir, paths) = corpus_of(200);
    let progress = Counting::default();
    let mut written = 0;
    let result = analyze_streaming(&paths, &Options::default(), &progress, &mut |_| {
        written += 1;
        if written == 3 {
            anyhow::bail!("the reader went away");
        }
        Ok(())
    });
    let error = result.expect_err("the write error is returned");
    assert!(error.to_string().contains("the reader went away"));
    assert_eq!(written, 3, "nothing is written after the failure");
    assert!(
        progress.done.load(Ordering::SeqCst) < 200,
        "later inputs are not read"
    );
}

#[test]
fn nothing_is_written_when_no_article_can_be_read() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    let output = run(dir.path(), "jsonl");
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no article could be read"));
}

/// Found by the `compare` fuzz target: a misspelt surname ("Blinkenn") is one speaker once the
/// run unifies speakers, in the whole report and in the streamed comparison alike.
#[test]
fn a_misspelt_surname_is_one_speaker_in_the_report_and_in_the_stream() {
    use corpus_report::compare::{compare, Comparator, Digest};
    use corpus_report::extract::speakers::unify_speakers;
    let text = "US Secretary of State Antony Blinken met his counterpart.\n\n\
        \u{2018}This is a critical moment,\u{2019} Blinken said.\n\n\
        \u{201c}We are on a clear path,\u{201d} Blinkenn said on Friday.\n";
    let report = corpus_report::analyze_texts(&[("doc0", text)], &Options::default());
    let speakers = &report.comparison.speakers;
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert_eq!(speakers[0].name, "Antony Blinken");

    let raw: Vec<_> = report
        .documents
        .iter()
        .map(|d| {
            corpus_report::analyze_document(
                &corpus_report::corpus::Article {
                    id: d.id.to_string(),
                    path: d.path.clone(),
                    text: text.to_string(),
                },
                None,
            )
        })
        .collect();
    // Before unification the misspelling is a second speaker.
    assert_eq!(compare(&raw).speakers.len(), 2);
    let mut comparator = Comparator::default();
    for document in &raw {
        comparator
            .add(document.clone(), Digest::of(document))
            .unwrap();
    }
    let (streamed, lost) = comparator.finish().unwrap();
    assert!(lost.is_empty());
    assert_eq!(streamed, report.comparison);
    let mut unified = raw.clone();
    unify_speakers(&mut unified);
    assert_eq!(compare(&unified), report.comparison);
}

/// The seeds, analysed one by one as a streamed run analyses them.
fn seed_documents() -> Vec<(String, corpus_report::model::Document)> {
    let mut paths: Vec<_> = fs::read_dir("seeds")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let article = corpus_report::corpus::Article {
                id: path.file_stem().unwrap().to_string_lossy().into_owned(),
                path: path.display().to_string(),
                text: text.clone(),
            };
            (text, corpus_report::analyze_document(&article, None))
        })
        .collect()
}

/// The seeds with their texts, and their comparison made in memory (speakers unified, as a run
/// unifies them).
fn seeds_compared_in_memory() -> (
    Vec<(String, corpus_report::model::Document)>,
    corpus_report::model::Comparison,
) {
    let seeds = seed_documents();
    let mut documents: Vec<_> = seeds.iter().map(|(_, d)| d.clone()).collect();
    corpus_report::extract::speakers::unify_speakers(&mut documents);
    let in_memory = corpus_report::compare::compare(&documents);
    (seeds, in_memory)
}

/// A long streamed run writes its 5-grams and its quotes' texts to temporary files and lets each
/// text go, reading it again only for the pairs that share passages: the comparison is the same as
/// one made in memory.
#[test]
fn a_comparison_written_out_and_read_again_is_the_one_made_in_memory() {
    use corpus_report::compare::{Comparator, Digest};
    let (seeds, in_memory) = seeds_compared_in_memory();
    assert!(
        !in_memory.reused_passages.is_empty(),
        "the seeds share passages, so the test reads texts again"
    );
    let reads = std::sync::Arc::new(AtomicUsize::new(0));
    assert!(
        !in_memory.quote_clusters.is_empty(),
        "the seeds share quotes, so the test reads quote texts back"
    );
    let mut comparator = Comparator::with_limits(100, 64);
    for (text, document) in &seeds {
        let (text, reads) = (text.clone(), reads.clone());
        comparator
            .add_releasing(
                document.clone(),
                Digest::of(document),
                Box::new(move || {
                    reads.fetch_add(1, Ordering::Relaxed);
                    Ok(text.clone())
                }),
            )
            .unwrap();
    }
    let (streamed, lost) = comparator.finish().unwrap();
    assert!(lost.is_empty(), "{lost:?}");
    assert_eq!(streamed, in_memory);
    assert!(reads.load(Ordering::Relaxed) > 0, "no text was read again");
}

/// When the temporary folder cannot be written, the 5-grams, the quote texts, the records of the
/// last stages and the sentence spans of the texts let go stay in memory: the comparison is the
/// same, with one warning naming the folder and all four.
#[test]
fn a_comparison_that_cannot_write_its_temporary_files_holds_them_and_says_so() {
    use corpus_report::compare::{Comparator, Digest};
    let (seeds, in_memory) = seeds_compared_in_memory();
    let folder = std::path::PathBuf::from("/nonexistent/corpus-report-tmp");
    let mut comparator = Comparator::with_limits_in(100, 64, folder);
    for (text, document) in &seeds {
        let text = text.clone();
        comparator
            .add_releasing(
                document.clone(),
                Digest::of(document),
                Box::new(move || Ok(text.clone())),
            )
            .unwrap();
    }
    let (held, warnings) = comparator.finish().unwrap();
    assert_eq!(held, in_memory);
    let about = |what: &str| {
        warnings.iter().any(|w| {
            w.path.contains("/nonexistent/corpus-report-tmp")
                && w.message.contains(what)
                && w.message.contains("held in memory")
        })
    };
    assert!(about("shared wording"), "{warnings:?}");
    assert!(about("quotes' texts"), "{warnings:?}");
    assert!(about("figures, names and dates"), "{warnings:?}");
    assert!(about("sentence spans"), "{warnings:?}");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

/// A file that changes before the comparison reads it again is not trusted: its reused passages
/// are left out, with a warning naming it, and the rest of the comparison stands.
#[test]
fn a_text_that_changed_before_it_was_read_again_is_named_and_left_out() {
    use corpus_report::compare::{Comparator, Digest};
    let (seeds, in_memory) = seeds_compared_in_memory();
    let changed = in_memory.reused_passages[0].documents[0].clone();
    let mut comparator = Comparator::default();
    for (text, document) in &seeds {
        let now = if document.id == changed {
            format!("{text} An added line.")
        } else {
            text.clone()
        };
        comparator
            .add_releasing(
                document.clone(),
                Digest::of(document),
                Box::new(move || Ok(now.clone())),
            )
            .unwrap();
    }
    let (streamed, lost) = comparator.finish().unwrap();
    assert_eq!(lost.len(), 1, "{lost:?}");
    assert!(lost[0].path.contains(&*changed), "{lost:?}");
    assert!(
        lost[0].message.contains("changed during the run"),
        "{lost:?}"
    );
    let expected: Vec<_> = in_memory
        .reused_passages
        .iter()
        .filter(|p| !p.documents.contains(&changed))
        .cloned()
        .collect();
    assert_eq!(streamed.reused_passages, expected);
    assert_eq!(streamed.quote_clusters, in_memory.quote_clusters);
}

/// A corpus big enough (about 2.4 million words) that the comparison writes its 5-gram index to
/// temporary files: 3,000 articles of distinct pseudo-random words, each sharing one paragraph
/// with the next.
fn long_corpus(dir: &std::path::Path) {
    const WORDS: [&str; 16] = [
        "river", "council", "budget", "harbour", "minister", "winter", "bridge", "school",
        "market", "station", "garden", "museum", "factory", "village", "island", "tower",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut paragraph = |words: usize| -> String {
        let mut out = Vec::with_capacity(words);
        for _ in 0..words {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let word = WORDS[(state >> 60) as usize];
            let number = (state >> 40) % 1000;
            out.push(format!("{word}{number}"));
        }
        out.join(" ") + "."
    };
    let shared: Vec<String> = (0..3000).map(|_| paragraph(60)).collect();
    for (i, shared_here) in shared.iter().enumerate() {
        let before = if i > 0 { &shared[i - 1] } else { shared_here };
        let text = format!(
            "Headline {i}\n\n{}\n\n{before}\n\n{}\n\n{shared_here}\n",
            paragraph(340),
            paragraph(340)
        );
        fs::write(dir.join(format!("{i:04}.txt")), text).unwrap();
    }
}

fn comparison_line(stdout: &[u8]) -> Value {
    let last = String::from_utf8_lossy(stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    serde_json::from_str(&last).unwrap()
}

/// End to end: a long jsonl run writes its 5-gram index to `TMPDIR` (leaving nothing there) and
/// reads texts again for shared passages, and finds what `--format json` finds; when `TMPDIR`
/// cannot be written, the index stays in memory, a warning says so, and the result is the same.
#[test]
fn a_long_run_writes_its_index_to_tmpdir_or_says_why_not() {
    let corpus = tempfile::tempdir().unwrap();
    long_corpus(corpus.path());
    let run_with = |format: &str, tmpdir: &std::path::Path| {
        Command::cargo_bin("corpus-report")
            .unwrap()
            .env("TMPDIR", tmpdir)
            .args(["--format", format, "--quiet"])
            .arg(corpus.path())
            .output()
            .unwrap()
    };
    let scratch = tempfile::tempdir().unwrap();
    let json = run_with("json", scratch.path());
    assert!(json.status.success());
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    let passages = &report["comparison"]["reused_passages"];
    assert!(
        passages.as_array().is_some_and(|p| p.len() >= 2990),
        "each article shares a paragraph with the next: {}",
        passages.as_array().map_or(0, Vec::len)
    );

    let streamed = run_with("jsonl", scratch.path());
    assert!(streamed.status.success());
    let line = comparison_line(&streamed.stdout);
    assert_eq!(line["comparison"], report["comparison"]);
    assert_eq!(line["warnings"], serde_json::json!([]));
    assert_eq!(
        fs::read_dir(scratch.path()).unwrap().count(),
        0,
        "temporary files left behind"
    );

    let missing = scratch.path().join("no-such-folder");
    let in_memory = run_with("jsonl", &missing);
    assert!(in_memory.status.success());
    let line = comparison_line(&in_memory.stdout);
    assert_eq!(line["comparison"], report["comparison"]);
    let warnings = line["warnings"].to_string();
    assert!(
        warnings.contains("cannot write temporary files") && warnings.contains("no-such-folder"),
        "{warnings}"
    );
}

/// `--format json` spills each document to a temporary file (in `TMPDIR`) and writes the report
/// at the end: its bytes are those of the report [`corpus_report::analyze`] builds in memory, with
/// speakers unified over the whole run, and nothing is left in `TMPDIR`. When no temporary file
/// can be made, the documents are held in memory and a warning says so.
#[test]
fn json_spilled_to_a_temporary_file_is_the_report_built_in_memory() {
    let corpus = tempfile::tempdir().unwrap();
    let texts = [
        "Talks\n\n\u{201c}We will rebuild,\u{201d} Reyes said on Monday.\n",
        "Bridge\n\n\u{201c}The bridge opens soon,\u{201d} said Governor Tom Reyes.\n",
        "Board\n\n\u{201c}Work goes on,\u{201d} Reyes said, and 12 crews agreed.\n",
    ];
    for (i, text) in texts.iter().enumerate() {
        fs::write(corpus.path().join(format!("{i}.txt")), text).unwrap();
    }
    fs::write(corpus.path().join("empty.txt"), "").unwrap();
    let paths = [corpus.path().display().to_string()];
    let report = corpus_report::analyze(&paths, &Options::default()).unwrap();
    assert_eq!(
        report.documents[0].quotes[0].speaker.as_deref(),
        Some("Tom Reyes"),
        "a bare surname is read as the person a later document names in full"
    );
    let expected = serde_json::to_string_pretty(&report).unwrap() + "\n";
    let run_with = |tmpdir: &std::path::Path| {
        Command::cargo_bin("corpus-report")
            .unwrap()
            .env("TMPDIR", tmpdir)
            .args(["--format", "json"])
            .arg(corpus.path())
            .output()
            .unwrap()
    };
    let scratch = tempfile::tempdir().unwrap();
    let spilled = run_with(scratch.path());
    assert!(spilled.status.success());
    assert_eq!(String::from_utf8(spilled.stdout).unwrap(), expected);
    assert!(String::from_utf8_lossy(&spilled.stderr).contains("empty.txt"));
    assert_eq!(fs::read_dir(scratch.path()).unwrap().count(), 0);

    let held = run_with(&scratch.path().join("no-such-folder"));
    assert!(held.status.success());
    let written: Value = serde_json::from_slice(&held.stdout).unwrap();
    let expected: Value = serde_json::from_str(&expected).unwrap();
    assert_eq!(written["documents"], expected["documents"]);
    assert_eq!(written["comparison"], expected["comparison"]);
    let stderr = String::from_utf8_lossy(&held.stderr);
    assert!(
        stderr.contains("cannot create a temporary file") && stderr.contains("held in memory"),
        "{stderr}"
    );
    assert!(written["warnings"]
        .to_string()
        .contains("cannot create a temporary file"));
}

/// The report of the text and Markdown formats is the whole report without the documents'
/// sentences: the same documents, items and speakers (unified over the whole run), the same
/// comparison and warnings.
#[test]
fn a_report_without_texts_is_the_report_without_sentences() {
    let corpus = tempfile::tempdir().unwrap();
    for i in 0..4 {
        fs::write(corpus.path().join(format!("a{i}.txt")), article(i)).unwrap();
    }
    fs::write(
        corpus.path().join("0.txt"),
        "Bridge\n\n\u{201c}We will build them,\u{201d} Ruiz said on Friday.\n",
    )
    .unwrap();
    fs::write(corpus.path().join("empty.txt"), "").unwrap();
    let paths = [corpus.path().display().to_string()];
    let whole = corpus_report::analyze(&paths, &Options::default()).unwrap();
    let light = corpus_report::analyze_without_texts(
        &paths,
        &Options::default(),
        &corpus_report::NoProgress,
    )
    .unwrap();
    assert!(light.documents.iter().all(|d| d.sentences.is_empty()));
    let mut expected = serde_json::to_value(&whole).unwrap();
    for document in expected["documents"].as_array_mut().unwrap() {
        document["sentences"] = serde_json::json!([]);
    }
    assert_eq!(serde_json::to_value(&light).unwrap(), expected);
    assert_eq!(
        whole.documents[0].quotes[0].speaker.as_deref(),
        Some("Ana Ruiz"),
        "a bare surname is read as the person a later document names in full"
    );
    assert_eq!(whole.warnings.len(), 1);
}

/// A FIFO named on the command line is read once: a streamed run keeps its text for the
/// comparison instead of reading it again at the end, which would wait for a writer forever.
#[test]
fn a_fifo_sharing_a_passage_is_not_read_twice() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("wire.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo unavailable; FIFO case not run");
        return;
    }
    let file = dir.path().join("copy.txt");
    fs::write(&file, article(1)).unwrap();
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::write(fifo, article(1)))
    };
    let paths = [fifo.display().to_string(), file.display().to_string()];
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut written = 0;
        let run = analyze_streaming(
            &paths,
            &Options::default(),
            &corpus_report::NoProgress,
            &mut |_| {
                written += 1;
                Ok(())
            },
        );
        let _ = done.send(run.map(|run| (written, run)));
    });
    let (written, run) = finished
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the run waited on the FIFO")
        .unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(written, 2);
    assert!(run.warnings.is_empty(), "{:?}", run.warnings);
    assert_eq!(run.comparison.reused_passages.len(), 1);
}
