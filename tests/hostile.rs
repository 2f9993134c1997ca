//! The hostile-input matrix (issue 8): inputs built to break a text pipeline. Each case checks that
//! nothing panics, every skipped or degraded input is named, every good file is still reported,
//! every offset is valid, and that time stays linear — pathological text is timed against ordinary
//! text of the same size in the same test, never against a clock.
//!
//! The heavy cases (a 100 MB line, 10,000 files) are sized for `cargo test --release`, which CI
//! runs; a debug build uses a tenth of the size so `cargo test` stays quick.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::invariants::{check_report, check_texts};
use corpus_report::model::Report;
use corpus_report::render::{renderer, Format, RenderOptions};
use corpus_report::{analyze, analyze_texts, Options};

/// Scale for the heavy cases: full size in release, a tenth in debug.
const SCALE: usize = if cfg!(debug_assertions) { 10 } else { 1 };

/// How many times slower than ordinary text of the same size a pathological input may be.
const SLOWDOWN_ALLOWED: f64 = 8.0;

/// Below this, timings are noise and the ratio is not meaningful.
const TIMING_FLOOR: Duration = Duration::from_millis(25);

/// Ordinary news prose: sentences, a quote, numbers and dates.
const ORDINARY: &str = "The minister said on Monday that 5,000 troops would stay until March. \
\"We will not move,\" she told reporters in the capital. Officials expect about $2.5 billion in aid. \
Talks resume next week, according to a spokesman.\n\n";

fn options() -> Options {
    Options {
        reference_date: Some(jiff::civil::date(2022, 1, 22)),
        ..Options::default()
    }
}

/// `pattern` repeated up to at least `bytes` bytes.
fn repeat_to(pattern: &str, bytes: usize) -> String {
    pattern.repeat(bytes.div_ceil(pattern.len()).max(1))
}

/// Analyse one text, check every invariant, render every format; return the report.
fn analyse_checked(text: &str) -> Report {
    let texts = [("doc", text)];
    let report = analyze_texts(&texts, &options());
    check_texts(&report, &texts).unwrap();
    render_all(&report);
    report
}

fn render_all(report: &Report) {
    for format in [
        Format::Text,
        Format::Json,
        Format::JsonLines,
        Format::Markdown,
    ] {
        renderer(format, RenderOptions::default())
            .render(report, &mut std::io::sink())
            .unwrap();
    }
}

/// One timing of `work` on `text`.
fn time_once(work: &dyn Fn(&str), text: &str) -> Duration {
    let started = Instant::now();
    work(text);
    started.elapsed()
}

/// The whole in-memory pipeline, result discarded.
fn pipeline(text: &str) {
    std::hint::black_box(analyze_texts(&[("doc", text)], &options()));
}

/// How many times longer `work` takes on `hostile` than on ordinary text of the same size. The two
/// are timed in turn, three times each, and the best of each compared, so load from other tests
/// affects both alike.
fn slowdown(work: &dyn Fn(&str), hostile: &str) -> (f64, Duration, Duration) {
    let baseline_text = repeat_to(ORDINARY, hostile.len());
    let mut baseline = Duration::MAX;
    let mut measured = Duration::MAX;
    for _ in 0..3 {
        baseline = baseline.min(time_once(work, &baseline_text));
        measured = measured.min(time_once(work, hostile));
    }
    let baseline = baseline.max(TIMING_FLOOR);
    (
        measured.as_secs_f64() / baseline.as_secs_f64(),
        measured,
        baseline,
    )
}

/// Assert the pipeline is correct on `hostile` and costs no more than [`SLOWDOWN_ALLOWED`] times
/// ordinary text of the same size.
fn assert_linear(name: &str, hostile: &str) {
    analyse_checked(hostile);
    let (ratio, measured, baseline) = slowdown(&pipeline, hostile);
    eprintln!(
        "{name}: {} bytes in {measured:?}; ordinary text of the same size {baseline:?} (ratio {ratio:.2})",
        hostile.len()
    );
    assert!(
        ratio <= SLOWDOWN_ALLOWED,
        "{name}: {measured:?} against {baseline:?} for ordinary text of the same size ({ratio:.1}x)"
    );
}

#[test]
fn the_timing_check_catches_quadratic_work() {
    let quadratic = |text: &str| {
        let marks: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
        let pairs = marks
            .iter()
            .map(|a| marks.iter().filter(|b| *b > a).count())
            .sum::<usize>();
        std::hint::black_box(pairs);
    };
    let marks = if cfg!(debug_assertions) {
        20_000
    } else {
        50_000
    };
    let hostile = "\"".repeat(marks);
    let (ratio, measured, baseline) = slowdown(&quadratic, &hostile);
    assert!(
        ratio > SLOWDOWN_ALLOWED,
        "quadratic work went unnoticed: {measured:?} against {baseline:?}"
    );
}

fn run_cli(dir: &Path, args: &[&str]) -> (i32, Option<Report>, String) {
    let output = Command::cargo_bin("corpus-report")
        .unwrap()
        .current_dir(dir)
        .args(["--format", "json"])
        .args(args)
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        serde_json::from_slice(&output.stdout).ok(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_100_mb_line_without_punctuation() {
    let dir = tempfile::tempdir().unwrap();
    let size = 100_000_000 / SCALE;
    let text = repeat_to(
        "lorem ipsum dolor sit amet consectetur adipiscing elit ",
        size,
    );
    let path = dir.path().join("line.txt");
    fs::write(&path, &text).unwrap();
    let report = analyze(&[path.display().to_string()], &options()).unwrap();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(report.documents.len(), 1);
    let texts = BTreeMap::from([("line".to_string(), text)]);
    check_report(&report, &texts).unwrap();
    renderer(Format::Json, RenderOptions::default())
        .render(&report, &mut std::io::sink())
        .unwrap();
}

#[test]
fn fifty_thousand_quote_marks_in_one_paragraph() {
    let marks = 50_000;
    assert_linear("straight quotes", &"\"".repeat(marks));
    assert_linear("straight quotes between words", &"word \" ".repeat(marks));
    assert_linear("curly opening only", &"“".repeat(marks));
    assert_linear("curly pairs", &"“said” ".repeat(marks / 2));
    assert_linear("closing before opening", &"” x “ ".repeat(marks / 2));
    assert_linear(
        "single quotes and apostrophes",
        &"'tis ' o' ".repeat(marks / 2),
    );
    assert_linear("guillemets", &"«a» ‹b› ".repeat(marks / 4));
    assert_linear(
        "quotes with reporting verbs",
        &"\"Yes,\" he said. \"No\" she said, \"maybe\" ".repeat(marks / 6),
    );
}

#[test]
fn unbalanced_and_deeply_nested_quotes() {
    let depth = 10_000;
    let nested = format!(
        "He said {}inside{} and left.\n",
        "“‘«\"".repeat(depth),
        "\"»’”".repeat(depth)
    );
    assert_linear("deeply nested quotes", &nested);
    let unbalanced =
        "She said “this never closes. And “neither does this. ‘Nor this.\n\n".repeat(2_000);
    assert_linear("unbalanced quotes", &unbalanced);
    let multi_paragraph =
        "“First paragraph of a long quote.\n\n“Second one.\n\n“Third, closed.”\n\n".repeat(2_000);
    assert_linear("multi-paragraph quotes", &multi_paragraph);
}

#[test]
fn thousand_digit_numbers() {
    let digits = "9".repeat(1_000);
    let grouped = vec!["123"; 334].join(",");
    let decimal = format!("{}.{}", "1".repeat(500), "0".repeat(500));
    let text = format!(
        "About {digits} troops and ${grouped} billion, {decimal} percent, on {digits} March {digits}.\n\n"
    )
    .repeat(100);
    let report = analyse_checked(&text);
    for number in &report.documents[0].numbers {
        assert!(number.value.is_none_or(f64::is_finite), "{number:?}");
    }
    assert_linear("1,000-digit numbers", &text);
}

/// A lower-case word unique to `n` (base 26), so tiny files share no wording and the comparison has
/// no reason to pair every file with every other.
fn letters(mut n: usize) -> String {
    let mut word = String::from("q");
    loop {
        word.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return word;
        }
    }
}

#[test]
fn ten_thousand_tiny_files() {
    let dir = tempfile::tempdir().unwrap();
    let count = 10_000 / SCALE;
    let mut texts = BTreeMap::new();
    for i in 0..count {
        let id = format!("f{i:05}");
        let word = |k: usize| letters(i * 4 + k);
        let text = format!(
            "The {} report counted {i} {} on Monday. \"{} {},\" a spokesman said.\n",
            word(0),
            word(1),
            word(2),
            word(3)
        );
        fs::write(dir.path().join(format!("{id}.txt")), &text).unwrap();
        texts.insert(id, text);
    }
    let started = Instant::now();
    let report = analyze(&[dir.path().display().to_string()], &options()).unwrap();
    eprintln!("{count} files in {:?}", started.elapsed());
    assert!(report.warnings.is_empty());
    assert_eq!(report.documents.len(), count);
    let ids: Vec<&str> = report.documents.iter().map(|d| &*d.id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "documents come in file-name order");
    check_report(&report, &texts).unwrap();
    render_all(&report);
}

#[test]
fn file_names_with_spaces_non_ascii_and_newlines() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let names: [&[u8]; 5] = [
        b"with spaces.txt",
        "caf\u{e9} \u{65e5}\u{672c} \u{202e}rtl.txt".as_bytes(),
        b"line\nbreak.txt",
        b"latin1 \xe9.txt",
        b"-dash.txt",
    ];
    for name in names {
        fs::write(
            dir.path().join(std::ffi::OsStr::from_bytes(name)),
            "A man said \"hi\" on Monday.\n",
        )
        .unwrap();
    }
    let (code, report, stderr) = run_cli(dir.path(), &["."]);
    assert_eq!(code, 0, "{stderr}");
    let report = report.unwrap();
    assert_eq!(report.documents.len(), names.len(), "{stderr}");
    let ids: Vec<&str> = report.documents.iter().map(|d| &*d.id).collect();
    assert!(
        ids.contains(&"with spaces") && ids.contains(&"line\nbreak"),
        "{ids:?}"
    );
    assert!(
        ids.contains(&"caf\u{e9} \u{65e5}\u{672c} \u{202e}rtl"),
        "{ids:?}"
    );
    let texts = ids
        .iter()
        .map(|id| (id.to_string(), "A man said \"hi\" on Monday.\n".to_string()))
        .collect();
    check_report(&report, &texts).unwrap();
    let (code, _, stderr) = run_cli(dir.path(), &["--", "-dash.txt"]);
    assert_eq!(
        code, 0,
        "a file named like a flag can be given after --: {stderr}"
    );
}

#[test]
fn symlink_loop_under_recursive() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    fs::create_dir_all(root.join("sub/deeper")).unwrap();
    fs::write(root.join("a.txt"), "One.\n").unwrap();
    fs::write(root.join("sub/deeper/b.txt"), "Two.\n").unwrap();
    std::os::unix::fs::symlink("../..", root.join("sub/deeper/up")).unwrap();
    std::os::unix::fs::symlink(".", root.join("sub/here")).unwrap();
    std::os::unix::fs::symlink("loop-b", root.join("loop-a")).unwrap();
    std::os::unix::fs::symlink("loop-a", root.join("loop-b")).unwrap();
    let (code, report, stderr) = run_cli(dir.path(), &["--recursive", "root"]);
    assert_eq!(code, 0, "{stderr}");
    let report = report.unwrap();
    let ids: Vec<&str> = report.documents.iter().map(|d| &*d.id).collect();
    assert_eq!(ids, ["a", "b"], "each file once");
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.message.contains("already visited")),
        "{:?}",
        report.warnings
    );
    assert!(stderr.contains("already visited"), "{stderr}");
}

#[test]
fn unreadable_file_among_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good-1.txt"), ORDINARY).unwrap();
    fs::write(dir.path().join("good-2.txt"), ORDINARY).unwrap();
    std::os::unix::fs::symlink("missing-target", dir.path().join("broken.txt")).unwrap();
    fs::create_dir(dir.path().join("folder.txt")).unwrap();
    let (code, report, stderr) = run_cli(dir.path(), &["."]);
    assert_eq!(code, 0, "{stderr}");
    let report = report.unwrap();
    let ids: Vec<&str> = report.documents.iter().map(|d| &*d.id).collect();
    assert_eq!(ids, ["good-1", "good-2"]);
    assert!(report.warnings.iter().any(|w| w.path == "./broken.txt"));
    assert!(stderr.contains("./broken.txt"), "{stderr}");
}

#[test]
fn latin1_text() {
    let dir = tempfile::tempdir().unwrap();
    let bytes =
        b"Le ministre a d\xe9clar\xe9 lundi: \xabNous restons\xbb. Co\xfbt: 5\xa0000 \x80.\n";
    fs::write(dir.path().join("latin.txt"), bytes).unwrap();
    let (code, report, stderr) = run_cli(dir.path(), &["latin.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let report = report.unwrap();
    assert!(report.warnings[0].message.contains("Windows-1252"));
    let decoded = "Le ministre a déclaré lundi: «Nous restons». Coût: 5\u{a0}000 €.\n";
    check_report(
        &report,
        &BTreeMap::from([("latin".to_string(), decoded.to_string())]),
    )
    .unwrap();
}

#[test]
fn utf16_with_bom() {
    let dir = tempfile::tempdir().unwrap();
    let text = "“Peace,” he said on 3 March. 😀 Then 40% left.\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(dir.path().join("wide.txt"), bytes).unwrap();
    let (code, report, stderr) = run_cli(dir.path(), &["wide.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let report = report.unwrap();
    assert!(report.warnings[0].message.contains("UTF-16"));
    check_report(
        &report,
        &BTreeMap::from([("wide".to_string(), text.to_string())]),
    )
    .unwrap();
}

#[test]
fn crlf_text() {
    let text = ORDINARY.replace('\n', "\r\n").repeat(50);
    let report = analyse_checked(&text);
    for sentence in &report.documents[0].sentences {
        assert!(!sentence.text.ends_with('\r'), "{:?}", sentence.text);
    }
    let lone_cr = ORDINARY.replace('\n', "\r").repeat(50);
    analyse_checked(&lone_cr);
}

#[test]
fn nul_bytes() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), ORDINARY).unwrap();
    fs::write(
        dir.path().join("nul.txt"),
        format!("{ORDINARY}\0{ORDINARY}"),
    )
    .unwrap();
    let (code, report, stderr) = run_cli(dir.path(), &["."]);
    assert_eq!(code, 0, "{stderr}");
    let report = report.unwrap();
    assert_eq!(report.documents.len(), 1);
    assert!(report
        .warnings
        .iter()
        .any(|w| w.path == "./nul.txt" && w.message.contains("binary")));
    assert!(stderr.contains("nul.txt"));
    // In memory (no loader to skip it), a NUL is just another character.
    analyse_checked("He said \"a\0b\" on Monday.\0\0 5\u{0}000 people.\n");
}

#[test]
fn zero_width_and_right_to_left_marks() {
    let marks = [
        "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}", "\u{200e}", "\u{200f}",
        "\u{202b}", "\u{202e}", "\u{2066}",
    ];
    let mut text = String::new();
    for mark in marks {
        text.push_str(&format!(
            "{mark}The{mark} minister{mark} said{mark} “{mark}no{mark}”{mark} on{mark} Monday{mark}.{mark} About {mark}5{mark},000{mark} left.{mark}\n\n"
        ));
    }
    text.push_str("قال الوزير \"لا\" يوم الاثنين 5 مرات. אמר \"כן\" ב-3 במרץ.\n");
    analyse_checked(&text);
    assert_linear("zero-width marks", &repeat_to(&text, 200_000));
}

#[test]
fn combining_characters() {
    let stacked = format!("e{}", "\u{301}".repeat(5_000));
    let text = format!(
        "Cafe\u{301} owner Jose\u{301} said “n\u{303}o” on 5\u{20e3} March. {stacked} 1\u{305}0\u{336}0 people.\n\n"
    )
    .repeat(20);
    analyse_checked(&text);
    assert_linear("combining characters", &text);
}

#[test]
fn a_one_megabyte_word() {
    let size = 1_000_000;
    for (name, unit) in [
        ("letters", "abcdefghij"),
        ("digits", "0123456789"),
        ("digits with commas", "1,234,567,"),
        ("dots", "a.b.c.d.e."),
        ("non-ASCII letters", "жёлтыйλ"),
    ] {
        let word = repeat_to(unit, size);
        let text = format!("He said {word} on Monday.\n");
        assert_linear(&format!("1 MB word of {name}"), &text);
    }
}

#[test]
fn every_format_renders_hostile_text_at_any_width() {
    let text = format!(
        "{}\n\n“{}” he said.\n\nwide: 日本語のテキスト 😀😀 e\u{301}\u{301} \u{202e}rtl\u{202c} tab\there \u{1b}[31m escape.\n",
        "x".repeat(300),
        "y ".repeat(200)
    );
    let texts = [("doc", text.as_str()), ("name\nwith\u{1b}newline", "B.\n")];
    let report = analyze_texts(&texts, &options());
    for width in [0, 1, 2, 10, 40, 100, 10_000] {
        for color in [false, true] {
            for format in [
                Format::Text,
                Format::Json,
                Format::JsonLines,
                Format::Markdown,
            ] {
                let mut out = Vec::new();
                renderer(format, RenderOptions { color, width })
                    .render(&report, &mut out)
                    .unwrap();
                assert!(
                    String::from_utf8(out).is_ok(),
                    "{format:?} wrote invalid UTF-8"
                );
            }
        }
    }
}

/// Documents that each say one paragraph over and over: every 5-gram of one sits at dozens of
/// places in every other. Each pair is still reported as shared text, but the comparison seeds
/// only a gram's first few places in each document, so the passages per pair stay few (the seeds,
/// the time and the memory with them) instead of growing with the square of the repetitions.
#[test]
fn documents_repeating_one_paragraph_many_times() {
    let text = ORDINARY.repeat(60);
    let names: Vec<String> = (0..8).map(|i| format!("copy{i}")).collect();
    let texts: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), text.as_str())).collect();
    let report = analyze_texts(&texts, &options());
    check_texts(&report, &texts).unwrap();
    let mut per_pair: BTreeMap<Vec<corpus_report::model::DocumentId>, usize> = BTreeMap::new();
    for passage in &report.comparison.reused_passages {
        *per_pair.entry(passage.documents.clone()).or_default() += 1;
    }
    assert_eq!(per_pair.len(), 8 * 7 / 2, "every pair shares text");
    let most = per_pair.values().max().copied().unwrap_or(0);
    assert!(most <= 3, "{most} passages for one pair");
}
