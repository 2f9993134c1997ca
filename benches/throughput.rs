//! End-to-end throughput benchmark: `cargo bench --bench throughput`.
//!
//! Generates deterministic corpora by reshuffling the seeds' paragraphs into ~5 KB articles (20 MB
//! and 200 MB by default; set `BENCH_SIZES_MB=20,200`), runs the release binary over each
//! (`--format json` and `--format jsonl` to /dev/null, `--format text`; the fastest of
//! `BENCH_RUNS` runs, 3 by default, with the highest peak memory among them), and prints MB/s,
//! articles/s and peak resident memory. In the same run it times `wc -w` over the same files
//! (fastest of three)
//! and prints our throughput as a ratio of it, so the figures mean something on a noisy machine. Results are also
//! written to `target/bench/results.json`.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Size of one generated article, in bytes (approximately).
const ARTICLE_BYTES: usize = 5 * 1024;

fn main() {
    let sizes: Vec<usize> = std::env::var("BENCH_SIZES_MB")
        .unwrap_or_else(|_| "20,200".to_string())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(3);
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_corpus-report"));
    let paragraphs = seed_paragraphs(&manifest.join("seeds"));
    assert!(!paragraphs.is_empty(), "no seed paragraphs found in seeds/");
    let root = manifest.join("target").join("bench");
    let mut rows = Vec::new();
    for &megabytes in &sizes {
        let dir = root.join(format!("corpus-{megabytes}mb"));
        let (files, bytes) = generate(&dir, &paragraphs, megabytes * 1024 * 1024);
        let list = dir.with_extension("files0");
        let mut names = Vec::new();
        for file in &files {
            names.extend_from_slice(file.as_os_str().as_encoded_bytes());
            names.push(0);
        }
        fs::write(&list, names).expect("write file list");
        // `wc -w` takes a fraction of a second, so one run is mostly noise: the fastest of three
        // (the first also brings the files into the page cache for both programs).
        let wc = (0..3)
            .map(|_| {
                run(Command::new("wc")
                    .arg("-w")
                    .arg(format!("--files0-from={}", list.display())))
            })
            .min_by(|a, b| a.seconds.total_cmp(&b.seconds))
            .expect("three runs");
        for format in ["json", "jsonl", "text"] {
            // The fastest of several runs, as for `wc -w`, and the highest peak memory of them.
            let runs: Vec<Measured> = (0..runs)
                .map(|_| {
                    run(Command::new(&binary)
                        .args(["--format", format, "--quiet"])
                        .arg(&dir))
                })
                .collect();
            let seconds = runs.iter().map(|r| r.seconds).fold(f64::INFINITY, f64::min);
            let peak_rss_kb = runs.iter().map(|r| r.peak_rss_kb).max().unwrap_or(0);
            rows.push(Row {
                megabytes,
                format,
                articles: files.len(),
                bytes,
                seconds,
                peak_rss_kb,
                wc_seconds: wc.seconds,
            });
        }
    }
    let mut table = String::from(
        "corpus  format  articles   MB/s  articles/s  peak RSS MB  RSS/corpus  wc -w MB/s  ratio to wc\n",
    );
    for row in &rows {
        let mb = row.bytes as f64 / 1e6;
        let _ = writeln!(
            table,
            "{:>4} MB  {:<6}  {:>8}  {:>5.1}  {:>10.0}  {:>11.1}  {:>10.2}  {:>10.1}  {:>11.2}",
            row.megabytes,
            row.format,
            row.articles,
            mb / row.seconds,
            row.articles as f64 / row.seconds,
            row.peak_rss_kb as f64 / 1024.0,
            row.peak_rss_kb as f64 * 1024.0 / row.bytes as f64,
            mb / row.wc_seconds,
            (mb / row.seconds) / (mb / row.wc_seconds),
        );
    }
    if let (Some(small), Some(large)) = (
        rows.iter()
            .find(|r| r.format == "json" && r.megabytes == sizes[0]),
        rows.iter().rev().find(|r| r.format == "json"),
    ) {
        if large.megabytes > small.megabytes {
            let _ = writeln!(
                table,
                "scaling (json): {}x the corpus took {:.2}x the time",
                large.megabytes / small.megabytes.max(1),
                large.seconds / small.seconds
            );
        }
    }
    print!("{table}");
    let json: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{{\"corpus_mb\":{},\"format\":\"{}\",\"articles\":{},\"bytes\":{},\"seconds\":{:.4},\"peak_rss_kb\":{},\"wc_seconds\":{:.4}}}",
                r.megabytes, r.format, r.articles, r.bytes, r.seconds, r.peak_rss_kb, r.wc_seconds
            )
        })
        .collect();
    let _ = fs::write(
        root.join("results.json"),
        format!("[{}]\n", json.join(",\n")),
    );
}

struct Row {
    megabytes: usize,
    format: &'static str,
    articles: usize,
    bytes: usize,
    seconds: f64,
    peak_rss_kb: i64,
    wc_seconds: f64,
}

struct Measured {
    seconds: f64,
    peak_rss_kb: i64,
}

/// Run a command with output to /dev/null; wall time and the child's peak resident memory.
/// The child is reaped by `wait4` (which also reports its resource use), not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn run(command: &mut Command) -> Measured {
    let started = Instant::now();
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start benchmark command");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 writes into it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our child, and both out-pointers are valid for writes.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let seconds = started.elapsed().as_secs_f64();
    assert!(pid > 0, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "benchmark command failed: {command:?}"
    );
    Measured {
        seconds,
        peak_rss_kb: usage.ru_maxrss,
    }
}

/// Paragraphs of every seed article (blank-line separated, the `date` header line dropped).
fn seed_paragraphs(seeds: &Path) -> Vec<String> {
    let mut names: Vec<PathBuf> = fs::read_dir(seeds)
        .expect("read seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let text = fs::read_to_string(&name).expect("read seed");
        for paragraph in text.split("\n\n") {
            let paragraph = paragraph.trim();
            let paragraph = match paragraph.strip_prefix("date ") {
                Some(rest) => rest.get(10..).unwrap_or("").trim(),
                None => paragraph,
            };
            if !paragraph.is_empty() {
                out.push(paragraph.to_string());
            }
        }
    }
    out
}

/// Write ~`target` bytes of articles into `dir` (reused when already complete). Returns the files
/// and their total size.
fn generate(dir: &Path, paragraphs: &[String], target: usize) -> (Vec<PathBuf>, usize) {
    let marker = dir.join(".complete");
    if !marker.exists() {
        let _ = fs::remove_dir_all(dir);
        fs::create_dir_all(dir).expect("create corpus folder");
        let mut rng = SplitMix(0x5eed_c0de_u64 ^ target as u64);
        let mut written = 0;
        let mut index = 0;
        while written < target {
            let day = 1 + rng.next() % 28;
            let mut article = format!("date 2022-01-{day:02}\n\n");
            while article.len() < ARTICLE_BYTES {
                let pick = (rng.next() % paragraphs.len() as u64) as usize;
                article.push_str(&paragraphs[pick]);
                article.push_str("\n\n");
            }
            fs::write(dir.join(format!("article_{index:06}.txt")), &article)
                .expect("write article");
            written += article.len();
            index += 1;
        }
        fs::write(&marker, b"").expect("write marker");
    }
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("list corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let bytes = files
        .iter()
        .map(|f| fs::metadata(f).map(|m| m.len() as usize).unwrap_or(0))
        .sum();
    (files, bytes)
}

/// A small deterministic generator (SplitMix64), so every run builds the same corpus.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}
