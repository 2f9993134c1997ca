//! The command line on bad input (issue 2, item 3): what is skipped, what is repaired, what stops the
//! run, the exit codes, and that every warning reaches both standard error and the JSON `warnings`.
//! The assertions hold for any correct pipeline, not just for today's extractors.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use assert_cmd::Command;
use common::invariants::check_report;
use corpus_report::model::Report;

/// A finished run: exit code, parsed JSON report (when there is one) and standard error.
struct Run {
    code: i32,
    report: Option<Report>,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut command = Command::cargo_bin("corpus-report").unwrap();
    command
        .current_dir(dir)
        .arg("--format")
        .arg("json")
        .args(args)
        .timeout(std::time::Duration::from_secs(120));
    if let Some(bytes) = stdin {
        command.write_stdin(bytes.to_vec());
    }
    let output = command.output().unwrap();
    let report = serde_json::from_slice(&output.stdout).ok();
    Run {
        code: output.status.code().unwrap_or(-1),
        report,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn run(dir: &Path, args: &[&str]) -> Run {
    run_in(dir, args, None)
}

impl Run {
    fn report(&self) -> &Report {
        self.report
            .as_ref()
            .unwrap_or_else(|| panic!("no JSON report; stderr: {}", self.stderr))
    }

    /// The JSON warning for `path`, after checking stderr names it too.
    fn warning_for(&self, path: &str) -> String {
        let warning = self
            .report()
            .warnings
            .iter()
            .find(|w| w.path == path)
            .unwrap_or_else(|| panic!("no warning for {path}: {:?}", self.report().warnings));
        assert!(
            self.stderr.contains(path) && self.stderr.contains(&warning.message),
            "stderr does not carry the warning for {path}: {}",
            self.stderr
        );
        warning.message.clone()
    }

    fn ids(&self) -> Vec<&str> {
        self.report().documents.iter().map(|d| &*d.id).collect()
    }

    /// Check every document's spans against the given texts, keyed by id.
    fn check_against(&self, texts: &[(&str, &str)]) {
        let map: BTreeMap<String, String> = texts
            .iter()
            .map(|(id, text)| (id.to_string(), text.to_string()))
            .collect();
        check_report(self.report(), &map).unwrap();
    }
}

const GOOD: &str =
    "The minister said on Monday that 5,000 troops had left. \"We are pleased,\" she said.\n";

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn good_file_runs_clean() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let run = run(dir.path(), &["good.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.report().warnings.is_empty());
    assert_eq!(run.ids(), ["good"]);
    run.check_against(&[("good", GOOD)]);
}

#[test]
fn missing_path_among_good_ones_is_skipped_with_a_warning_naming_it() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let run = run(dir.path(), &["no-such-article.txt", "good.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.ids(), ["good"]);
    assert!(run
        .warning_for("no-such-article.txt")
        .contains("no such file or folder"));
    assert!(run.stderr.contains("no-such-article.txt"), "{}", run.stderr);
    run.check_against(&[("good", GOOD)]);
}

#[test]
fn only_missing_paths_is_an_input_error_naming_them() {
    let dir = tempdir();
    let run = run(dir.path(), &["no-such-article.txt", "nor-this.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no-such-article.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("nor-this.txt"), "{}", run.stderr);
    assert!(
        run.stderr.contains("no article could be read"),
        "{}",
        run.stderr
    );
    assert!(run.report.is_none(), "no report when nothing could be read");
}

#[test]
fn folder_without_articles_is_an_input_error_naming_it() {
    let dir = tempdir();
    fs::create_dir(dir.path().join("empty-folder")).unwrap();
    fs::create_dir(dir.path().join("other-ext")).unwrap();
    fs::write(dir.path().join("other-ext/notes.md"), GOOD).unwrap();
    for folder in ["empty-folder", "other-ext"] {
        let run = run(dir.path(), &[folder]);
        assert_eq!(run.code, 2, "{folder}");
        assert!(run.stderr.contains(folder), "{}", run.stderr);
    }
    let run = run(dir.path(), &["--ext", "md", "other-ext"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn empty_and_blank_files_are_skipped_with_a_warning() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(dir.path().join("blank.txt"), " \r\n\t\n\u{feff}").unwrap();
    let run = run(dir.path(), &["."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.ids(), ["good"]);
    assert!(run.warning_for("./empty.txt").contains("empty"));
    assert!(run.warning_for("./blank.txt").contains("skipped"));
}

#[test]
fn binary_file_is_skipped_with_a_warning() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join("image.txt"), b"GIF89a\x01\x00\x00\x00text").unwrap();
    let run = run(dir.path(), &["good.txt", "image.txt"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.ids(), ["good"]);
    let message = run.warning_for("image.txt");
    assert!(
        message.contains("binary") && message.contains("offset 7"),
        "{message}"
    );
}

/// A file name with a line break in it is named on one line of standard error (the break written
/// as `\n`); the JSON warning keeps the name as it is.
#[test]
fn a_line_break_in_a_file_name_does_not_break_the_warning_line() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let odd = "two\nlines.txt";
    if fs::write(dir.path().join(odd), "").is_err() {
        eprintln!("note: this file system refuses line breaks in names; case not run");
        return;
    }
    let run = run(dir.path(), &["good.txt", odd]);
    assert_eq!(run.code, 0);
    assert_eq!(run.report().warnings[0].path, odd);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("corpus-report: warning: two\\nlines.txt: ")
            && lines[0].contains("empty"),
        "{lines:?}"
    );
}

#[test]
fn only_bad_inputs_is_an_input_error() {
    let dir = tempdir();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(dir.path().join("nul.txt"), b"\0\0").unwrap();
    let run = run(dir.path(), &["empty.txt", "nul.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("empty.txt") && run.stderr.contains("nul.txt"));
}

#[test]
fn invalid_utf8_is_repaired_and_the_warning_names_the_offset() {
    let dir = tempdir();
    let mut bytes = "Prices rose by 4 percent in “Zürich”. ".as_bytes().to_vec();
    let bad_at = bytes.len() + "Then ".len();
    bytes.extend_from_slice(b"Then \xff\xfe came.\n");
    fs::write(dir.path().join("mixed.txt"), &bytes).unwrap();
    let run = run(dir.path(), &["mixed.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let message = run.warning_for("mixed.txt");
    assert!(message.contains(&format!("offset {bad_at}")), "{message}");
    assert!(message.contains("repaired text"), "{message}");
    let repaired = String::from_utf8_lossy(&bytes).into_owned();
    run.check_against(&[("mixed", &repaired)]);
}

#[test]
fn latin1_is_decoded_as_windows_1252_with_a_warning() {
    let dir = tempdir();
    let bytes =
        b"Le caf\xe9 a co\xfbt\xe9 5 \x80, dit le ministre. \x93C'est cher\x94, a-t-il dit.\n";
    fs::write(dir.path().join("latin1.txt"), bytes).unwrap();
    let run = run(dir.path(), &["latin1.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let message = run.warning_for("latin1.txt");
    assert!(
        message.contains("Windows-1252") && message.contains("offset 6"),
        "{message}"
    );
    let decoded = "Le café a coûté 5 €, dit le ministre. “C'est cher”, a-t-il dit.\n";
    assert_eq!(run.report().documents[0].stats.bytes, decoded.len());
    run.check_against(&[("latin1", decoded)]);
}

#[test]
fn utf8_bom_is_kept_so_offsets_match_the_file() {
    let dir = tempdir();
    let text = format!("\u{feff}{GOOD}");
    fs::write(dir.path().join("bom.txt"), &text).unwrap();
    let run = run(dir.path(), &["bom.txt"]);
    assert_eq!(run.code, 0);
    assert!(run.report().warnings.is_empty(), "a BOM needs no warning");
    run.check_against(&[("bom", &text)]);
    let doc = &run.report().documents[0];
    assert_eq!(doc.stats.bytes, text.len());
    assert!(!doc.sentences.is_empty());
    for sentence in &doc.sentences {
        assert!(!sentence.text.contains('\u{feff}'), "BOM is not text");
    }
}

#[test]
fn crlf_line_ends_are_handled() {
    let dir = tempdir();
    let text = "Headline here\r\n\r\nThe talks ended on Friday. Both sides said 3 rounds remain.\r\n\r\nA second paragraph follows.\r\n";
    fs::write(dir.path().join("crlf.txt"), text).unwrap();
    let run = run(dir.path(), &["crlf.txt"]);
    assert_eq!(run.code, 0);
    run.check_against(&[("crlf", text)]);
    let doc = &run.report().documents[0];
    assert!(doc.stats.paragraphs >= 2);
    for sentence in &doc.sentences {
        assert!(!sentence.text.contains('\r'), "{:?}", sentence.text);
    }
}

#[test]
fn utf16_with_bom_is_decoded_with_a_warning() {
    let dir = tempdir();
    for (name, little_endian) in [("le.txt", true), ("be.txt", false)] {
        let mut bytes = if little_endian {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in GOOD.encode_utf16() {
            let pair = if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    let run = run(dir.path(), &["le.txt", "be.txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.warning_for("le.txt").contains("UTF-16"));
    assert!(run.warning_for("be.txt").contains("UTF-16"));
    run.check_against(&[("le", GOOD), ("be", GOOD)]);
}

#[test]
fn unreadable_files_are_skipped_and_the_others_processed() {
    let dir = tempdir();
    let folder = dir.path().join("articles");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("a-good.txt"), GOOD).unwrap();
    fs::write(folder.join("z-good.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", folder.join("dangling.txt")).unwrap();
    std::os::unix::fs::symlink("self.txt", folder.join("self.txt")).unwrap();
    let locked = folder.join("locked.txt");
    fs::write(&locked, GOOD).unwrap();
    let mut permissions = fs::metadata(&locked).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o000);
    fs::set_permissions(&locked, permissions).unwrap();
    let locked_is_readable = fs::read(&locked).is_ok();

    let run = run(dir.path(), &["articles"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.warning_for("articles/dangling.txt").contains("skipped"));
    assert!(run.warning_for("articles/self.txt").contains("skipped"));
    if locked_is_readable {
        eprintln!("note: running as root, so a mode-000 file is still readable; not asserting its warning");
        assert!(run.ids().contains(&"locked"));
    } else {
        assert!(run.warning_for("articles/locked.txt").contains("skipped"));
        assert!(!run.ids().contains(&"locked"));
    }
    assert!(run.ids().contains(&"a-good") && run.ids().contains(&"z-good"));
    run.check_against(&[("a-good", GOOD), ("z-good", GOOD), ("locked", GOOD)]);
}

#[test]
fn fifo_in_a_folder_is_skipped_not_waited_on() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo unavailable; FIFO case not run");
        return;
    }
    let run = run(dir.path(), &["."]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.warning_for("./pipe.txt").contains("not a regular file"));
    assert_eq!(run.ids(), ["good"]);
}

#[test]
fn shared_stems_get_unique_ids() {
    let dir = tempdir();
    for folder in ["a", "b"] {
        fs::create_dir(dir.path().join(folder)).unwrap();
        fs::write(dir.path().join(folder).join("story.txt"), GOOD).unwrap();
    }
    fs::write(dir.path().join("story-2.txt"), GOOD).unwrap();
    let run = run(dir.path(), &["a/story.txt", "b/story.txt", "story-2.txt"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.ids(), ["story", "story-2", "story-2-2"]);
    let paths: Vec<&str> = run
        .report()
        .documents
        .iter()
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(paths, ["a/story.txt", "b/story.txt", "story-2.txt"]);
}

#[test]
fn standard_input_is_read_with_dash() {
    let dir = tempdir();
    let run = run_in(dir.path(), &["-"], Some(GOOD.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.ids(), ["stdin"]);
    assert_eq!(run.report().documents[0].path, "-");
    run.check_against(&[("stdin", GOOD)]);

    let run = run_in(dir.path(), &["-"], Some(b""));
    assert_eq!(run.code, 2, "empty standard input is no article");
    assert!(run.stderr.contains("empty"), "{}", run.stderr);
}

#[test]
fn quiet_silences_stderr_but_keeps_json_warnings() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    let run = run(dir.path(), &["--quiet", "good.txt", "empty.txt"]);
    assert_eq!(run.code, 0);
    assert!(!run.stderr.contains("empty.txt"), "{}", run.stderr);
    assert_eq!(run.report().warnings.len(), 1);
    assert_eq!(run.report().warnings[0].path, "empty.txt");
}

#[test]
fn files_over_the_size_limit_are_skipped() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(dir.path().join("big.txt"), GOOD.repeat(10)).unwrap();
    let limit = (GOOD.len() * 2).to_string();
    let run = run(dir.path(), &["--max-bytes", &limit, "good.txt", "big.txt"]);
    assert_eq!(run.code, 0);
    assert!(run.warning_for("big.txt").contains("limit"));
    assert_eq!(run.ids(), ["good"]);
}

#[test]
fn the_largest_size_limit_reads_every_file() {
    // The limit plus one byte (read to tell a file over the limit) must not wrap to nothing.
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let most = u64::MAX.to_string();
    for args in [
        &["--max-bytes", &most, "good.txt"][..],
        &["--max-bytes", &most, "-"][..],
    ] {
        let run = run_in(dir.path(), args, Some(GOOD.as_bytes()));
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(run.report().warnings.is_empty(), "{args:?}: {}", run.stderr);
        assert_eq!(run.report().documents.len(), 1, "{args:?}");
    }
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    for args in [
        &["--no-such-flag", "good.txt"][..],
        &[][..],
        &["--reference-date", "2022-02-30", "good.txt"][..],
        &["--max-bytes", "lots", "good.txt"][..],
        &["-o", "no-such-folder/out.json", "good.txt"][..],
    ] {
        let run = run(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.is_empty(), "{args:?} says why");
    }
    let output = Command::cargo_bin("corpus-report")
        .unwrap()
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Exit codes"));
}

#[test]
fn a_named_file_that_fails_to_read_is_skipped_even_as_root() {
    // Reading /proc/self/mem from offset 0 fails with an I/O error for every user, root included.
    let failing = "/proc/self/mem";
    if !Path::new(failing).exists() {
        eprintln!("note: no {failing} on this system; read-failure case not run");
        return;
    }
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let run = run(dir.path(), &["good.txt", failing]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.ids(), ["good"]);
    assert!(run.warning_for(failing).contains("cannot read"));
}

#[test]
fn output_is_byte_identical_across_runs_whatever_the_inputs() {
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(
        dir.path().join("latin.txt"),
        b"Caf\xe9 \x93ok\x94 said 5 men.\n",
    )
    .unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(dir.path().join("crlf.txt"), GOOD.replace('\n', "\r\n")).unwrap();
    for format in ["text", "json", "jsonl", "markdown"] {
        let outputs: Vec<_> = (0..3)
            .map(|_| {
                Command::cargo_bin("corpus-report")
                    .unwrap()
                    .current_dir(dir.path())
                    .args(["--format", format, "."])
                    .output()
                    .unwrap()
            })
            .collect();
        assert_eq!(outputs[0].status.code(), Some(0));
        for other in &outputs[1..] {
            assert_eq!(
                outputs[0].stdout, other.stdout,
                "{format} output differs between runs"
            );
            assert_eq!(
                outputs[0].stderr, other.stderr,
                "{format} warnings differ between runs"
            );
        }
    }
}

#[test]
fn an_endless_input_stops_at_the_size_limit() {
    if !Path::new("/dev/zero").exists() {
        eprintln!("note: no /dev/zero; endless-input case not run");
        return;
    }
    let dir = tempdir();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let run = run(
        dir.path(),
        &["--max-bytes", "100000", "/dev/zero", "good.txt"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.warning_for("/dev/zero").contains("limit"));
    assert_eq!(run.ids(), ["good"]);
}

/// A reader that stops early (`| head`) closes the pipe: the run ends quietly with exit 0 in
/// every format, as for any command-line filter, instead of reporting a write error.
#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_run_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempdir();
    // Far more output than a pipe holds, so the writer meets the closed pipe.
    let paragraph = "The minister said on Monday that 5,000 troops had left the border area. \
                     \"We are pleased with the progress,\" she said, adding that talks would go on.\n\n";
    for i in 0..40 {
        fs::write(
            dir.path().join(format!("a{i:02}.txt")),
            paragraph.repeat(20),
        )
        .unwrap();
    }
    for format in ["json", "jsonl", "text"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("corpus-report"))
            .args(["--format", format, "."])
            .current_dir(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{format}: {stderr}");
        assert!(!stderr.contains("error"), "{format}: {stderr}");
    }
}

#[test]
fn a_reference_date_gives_a_yearless_dateline_its_year() {
    let dir = tempdir();
    let story = "Ferry sinks off the coast\n\nDUNMORE, Dec. 30 (Reuters) - A ferry sank \
                 yesterday, the coastguard said.\n";
    fs::write(dir.path().join("wire.txt"), story).unwrap();
    let dates = |args: &[&str]| {
        let run = run(dir.path(), args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        let document = &run.report().documents[0];
        assert_eq!(document.published, None, "the text states no year");
        document
            .dates
            .iter()
            .map(|d| (d.text.clone(), d.value.clone()))
            .collect::<Vec<_>>()
    };
    let yesterday = |value: Option<&str>| vec![("yesterday".to_string(), value.map(String::from))];
    // The dateline's day falls nearest the reference date, and "yesterday" counts from it.
    assert_eq!(
        dates(&["--reference-date", "2025-01-02", "wire.txt"]),
        yesterday(Some("2024-12-29"))
    );
    // Without a reference date there is no year to give the day.
    assert_eq!(dates(&["wire.txt"]), yesterday(None));
}
