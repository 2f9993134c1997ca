//! The progress hook: told of every input once, in any order, and of the comparison once; and the
//! command line never draws a bar when stderr is not a terminal.

use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::Command;
use corpus_report::{analyze_with_progress, Options, Progress};

#[derive(Default)]
struct Counting {
    found: AtomicUsize,
    done: AtomicUsize,
    bytes: AtomicUsize,
    comparing: AtomicUsize,
}

impl Progress for Counting {
    fn inputs_found(&self, count: usize) {
        self.found.store(count, Ordering::SeqCst);
    }
    fn input_done(&self, bytes: usize) {
        self.done.fetch_add(1, Ordering::SeqCst);
        self.bytes.fetch_add(bytes, Ordering::SeqCst);
    }
    fn comparing(&self) {
        assert_eq!(
            self.done.load(Ordering::SeqCst),
            self.found.load(Ordering::SeqCst)
        );
        self.comparing.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn every_input_is_counted_once_and_the_comparison_once() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..12 {
        std::fs::write(
            dir.path().join(format!("{i:02}.txt")),
            format!("Article {i}.\n\nThe council met on Monday, officials said.\n"),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let progress = Counting::default();
    let paths = vec![dir.path().display().to_string()];
    let report = analyze_with_progress(&paths, &Options::default(), &progress).unwrap();
    assert_eq!(progress.found.load(Ordering::SeqCst), 13);
    assert_eq!(progress.done.load(Ordering::SeqCst), 13);
    assert_eq!(progress.comparing.load(Ordering::SeqCst), 1);
    let bytes: usize = report.documents.iter().map(|d| d.stats.bytes).sum();
    assert_eq!(progress.bytes.load(Ordering::SeqCst), bytes);
}

#[test]
fn no_bar_is_drawn_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "He left. She stayed.\n").unwrap();
    let output = Command::cargo_bin("corpus-report")
        .unwrap()
        .args(["--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
