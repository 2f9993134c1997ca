//! The HTML report in a real browser: a rich made-up report is rendered, loaded in headless
//! Chromium (checking the page's own script ran, nothing injected ran, and the console stayed
//! quiet), and photographed at desktop and phone widths. Without Chromium the browser tests print
//! why they skip and pass; `.ci/install-chromium` installs it.
//!
//! Screenshots go to `$HTML_SCREENSHOT_DIR`, else `<temp dir>/corpus-report-html/`.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use corpus_report::model::*;
use corpus_report::render::{render_to_string, Format, RenderOptions};

/// One made-up article: where it comes from and its body, paragraph by paragraph, sentence by
/// sentence; items are named by their words and found in the text.
struct Draft {
    id: &'static str,
    outlet: Option<&'static str>,
    published: Option<&'static str>,
    headline: &'static str,
    paragraphs: &'static [&'static [&'static str]],
    /// (quoted words, canonical speaker, words naming the speaker, cue)
    quotes: &'static [(
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
    )],
    /// (words, value, unit, qualifier)
    numbers: &'static [(&'static str, f64, &'static str, Option<&'static str>)],
    /// (words, normalised value)
    dates: &'static [(&'static str, Option<&'static str>)],
}

const DRAFTS: &[Draft] = &[
    Draft {
        id: "valley-courier",
        outlet: Some("Valley Courier"),
        published: Some("2025-03-14"),
        headline: "Levee fails in Elmbridge, forcing 1,200 from homes",
        paragraphs: &[
            &[
                "Floodwater broke through the levee in Elmbridge on Thursday night, forcing more than 1,200 residents from their homes.",
                "The river crested at 6.4 metres early on Friday.",
            ],
            &[
                "“We have never seen the water rise this fast,” Mayor Maria Okonkwo said.",
                "“Every family will get help, and no one will be left behind.”",
            ],
            &[
                "Engineer Daniel Reyes said the repairs would cost about $14 million.",
                "“The old wall was built in 1968 and it simply gave way,” he said.",
            ],
            &["Relief centres will stay open until March 21, officials said, calling the damage “historic”."],
        ],
        quotes: &[
            ("We have never seen the water rise this fast,", Some("Maria Okonkwo"), Some("Mayor Maria Okonkwo"), "said"),
            ("Every family will get help, and no one will be left behind.", Some("Maria Okonkwo"), None, "said"),
            ("The old wall was built in 1968 and it simply gave way,", Some("Daniel Reyes"), Some("he"), "said"),
            ("historic", None, None, ""),
        ],
        numbers: &[
            ("more than 1,200 residents", 1200.0, "residents", Some("more than")),
            ("6.4 metres", 6.4, "m", None),
            ("about $14 million", 14e6, "USD", Some("about")),
        ],
        dates: &[
            ("Thursday night", Some("2025-03-13")),
            ("Friday", Some("2025-03-14")),
            ("1968", Some("1968")),
            ("March 21", Some("2025-03-21")),
        ],
    },
    Draft {
        id: "northfield-post",
        outlet: Some("Northfield Post"),
        published: Some("2025-03-14"),
        headline: "Hundreds flee as Elmbridge levee gives way",
        paragraphs: &[
            &["Hundreds of families fled Elmbridge after the levee failed late Thursday, with officials putting the number evacuated at 1,500."],
            &[
                "“We have never seen water rise this fast,” said Ms Okonkwo, the town's mayor.",
                "“Every family will get help.”",
            ],
            &[
                "Floodwater broke through the levee in Elmbridge on Thursday night, forcing residents from their homes.",
                "The river crested at 6.4 metres on Friday.",
            ],
            &[
                "Repairs will cost an estimated $14 million, engineer Daniel Reyes told reporters.",
                "The water authority said a review would begin in April 2025.",
            ],
        ],
        quotes: &[
            ("We have never seen water rise this fast,", Some("Maria Okonkwo"), Some("Ms Okonkwo"), "said"),
            ("Every family will get help.", Some("Maria Okonkwo"), None, "said"),
        ],
        numbers: &[
            ("1,500", 1500.0, "residents", None),
            ("6.4 metres", 6.4, "m", None),
            ("an estimated $14 million", 14e6, "USD", Some("an estimated")),
        ],
        dates: &[
            ("late Thursday", Some("2025-03-13")),
            ("Thursday night", Some("2025-03-13")),
            ("Friday", Some("2025-03-14")),
            ("April 2025", Some("2025-04")),
        ],
    },
    Draft {
        id: "harbour-wire-0315",
        outlet: Some("Harbour Wire"),
        published: Some("2025-03-15"),
        headline: "Elmbridge counts cost of levee collapse",
        paragraphs: &[
            &["ELMBRIDGE — The town counted the damage on Saturday after a levee collapse displaced 1,200 people."],
            &[
                "“Nobody will be left behind, and every family will get help,” Mayor Maria Okonkwo told a briefing.",
                "She said the water had risen “faster than anyone expected”.",
            ],
            &["“The old wall simply gave way,” said engineer Daniel Reyes, who put the repair bill at $18 million."],
            &[
                "Resident Priya Nair said her street was under a metre of water.",
                "“We lost everything on the ground floor,” she said.",
            ],
        ],
        quotes: &[
            ("Nobody will be left behind, and every family will get help,", Some("Maria Okonkwo"), Some("Mayor Maria Okonkwo"), "told"),
            ("faster than anyone expected", Some("Maria Okonkwo"), Some("She"), "said"),
            ("The old wall simply gave way,", Some("Daniel Reyes"), Some("engineer Daniel Reyes"), "said"),
            ("We lost everything on the ground floor,", Some("Priya Nair"), Some("she"), "said"),
        ],
        numbers: &[
            ("1,200 people", 1200.0, "residents", None),
            ("$18 million", 18e6, "USD", None),
            ("a metre", 1.0, "m", None),
        ],
        dates: &[("Saturday", Some("2025-03-15"))],
    },
    Draft {
        id: "eyewitness <notes>",
        outlet: None,
        published: None,
        headline: "Eyewitness notes <script>document.body.setAttribute('data-injected','1')</script>",
        paragraphs: &[
            &[
                "I watched the levee go on Thursday night.",
                "Someone had painted <img src=x onerror=\"document.body.setAttribute('data-injected','2')\"> on the flood wall, which made me laugh & cry.",
            ],
            &["“We lost everything on the ground floor,” Priya Nair told me on March 14."],
        ],
        quotes: &[("We lost everything on the ground floor,", Some("Priya Nair"), Some("Priya Nair"), "told")],
        numbers: &[],
        dates: &[("Thursday night", None), ("March 14", Some("XXXX-03-14"))],
    },
];

/// The byte offset of the first `needle` in `text` at or after `from`.
fn find(text: &str, needle: &str, from: usize) -> usize {
    from + text[from..]
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the draft"))
}

/// Build a document from a draft: its text, sentences and items with offsets into the text.
fn build(draft: &Draft) -> (Document, String) {
    let mut text = format!("{}\n\n", draft.headline);
    let mut sentences = Vec::new();
    for (p, paragraph) in draft.paragraphs.iter().enumerate() {
        if p > 0 {
            text.push_str("\n\n");
        }
        for (s, sentence) in paragraph.iter().enumerate() {
            if s > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(sentence);
            sentences.push(Sentence {
                index: sentences.len(),
                start,
                end: text.len(),
                paragraph: p + 1,
                text: sentence.to_string().into(),
            });
        }
    }
    text.push('\n');
    let sentence_of = |at: usize| sentences.iter().position(|s| s.start <= at && at < s.end);
    let mut cursor = 0;
    let quotes = draft
        .quotes
        .iter()
        .enumerate()
        .map(|(index, (words, speaker, mention, cue))| {
            let start = find(&text, words, cursor);
            cursor = start + words.len();
            let speaker_span = mention.map(|m| {
                let after = start + words.len();
                let at = match text[after..].find(m) {
                    Some(at) => after + at,
                    None => find(&text, m, text[..start].rfind('\n').unwrap_or(0)),
                };
                Span::new(at, at + m.len())
            });
            Quote {
                index,
                start,
                end: start + words.len(),
                text: words.to_string(),
                kind: if speaker.is_none() {
                    QuoteKind::Scare
                } else if words.split(' ').count() < 5 {
                    QuoteKind::Partial
                } else {
                    QuoteKind::Direct
                },
                speaker: speaker.map(String::from),
                speaker_mention: mention.map(String::from),
                speaker_span,
                cue: (!cue.is_empty()).then(|| cue.to_string()),
                sentence: sentence_of(start),
            }
        })
        .collect();
    let mut cursor = 0;
    let numbers = draft
        .numbers
        .iter()
        .enumerate()
        .map(|(index, (words, value, unit, qualifier))| {
            let start = find(&text, words, cursor);
            cursor = start + words.len();
            Number {
                index,
                start,
                end: start + words.len(),
                text: words.to_string(),
                value: Some(*value),
                unit: Some(unit.to_string()),
                qualifier: qualifier.map(String::from),
                flags: Vec::new(),
                sentence: sentence_of(start),
            }
        })
        .collect();
    let mut cursor = 0;
    let dates = draft
        .dates
        .iter()
        .enumerate()
        .map(|(index, (words, value))| {
            let start = find(&text, words, cursor);
            cursor = start + words.len();
            DateMention {
                index,
                start,
                end: start + words.len(),
                text: words.to_string(),
                value: value.map(String::from),
                modifier: words.starts_with("late").then(|| "END".to_string()),
                time: None,
                sentence: sentence_of(start),
            }
        })
        .collect();
    let document = Document {
        id: draft.id.into(),
        path: format!("corpus/{}.txt", draft.id),
        published: draft.published.map(String::from),
        outlet: draft.outlet.map(String::from),
        headline: Some(draft.headline.to_string()),
        stats: Stats {
            bytes: text.len(),
            paragraphs: draft.paragraphs.len() + 1,
            sentences: sentences.len(),
            words: text.split_whitespace().count(),
        },
        sentences,
        quotes,
        numbers,
        dates,
        source: Default::default(),
    };
    (document, text)
}

fn difference(kind: &str, representative: &str, member: &str) -> WordDifference {
    WordDifference {
        kind: kind.into(),
        representative: representative.into(),
        member: member.into(),
    }
}

fn member(documents: &[Document], d: usize, q: usize, diffs: Vec<WordDifference>) -> ClusterMember {
    ClusterMember {
        document: documents[d].id.clone(),
        quote: q,
        text: documents[d].quotes[q].text.clone(),
        differences: diffs,
    }
}

fn fact_value(documents: &[Document], d: usize, n: usize) -> NumberFactValue {
    let number = &documents[d].numbers[n];
    NumberFactValue {
        document: documents[d].id.clone(),
        number: n,
        text: number.text.clone(),
        value: number.value,
    }
}

fn passage(documents: &[Document], texts: &[String], d: usize, words: &str) -> PassageSpan {
    let start = find(&texts[d], words, 0);
    PassageSpan {
        document: documents[d].id.clone(),
        start,
        end: start + words.len(),
        text: words.to_string(),
    }
}

/// A report with every section filled: four sources, shared quotes with every kind of difference,
/// conflicting and agreeing numbers, a timeline, a reused passage, and hostile text to escape.
fn sample_report() -> Report {
    let (documents, texts): (Vec<Document>, Vec<String>) = DRAFTS.iter().map(build).unzip();
    let mut speakers: BTreeMap<
        String,
        (
            Vec<String>,
            BTreeMap<corpus_report::model::DocumentId, usize>,
        ),
    > = BTreeMap::new();
    for document in &documents {
        for quote in &document.quotes {
            if let Some(name) = &quote.speaker {
                let entry = speakers.entry(name.clone()).or_default();
                if let Some(mention) = &quote.speaker_mention {
                    if !entry.0.contains(mention) {
                        entry.0.push(mention.clone());
                    }
                }
                *entry.1.entry(document.id.clone()).or_default() += 1;
            }
        }
    }
    let speakers = speakers
        .into_iter()
        .map(|(name, (spellings, quotes))| SpeakerCoverage {
            name,
            spellings,
            quotes,
        })
        .collect();
    let quote_clusters = vec![
        QuoteCluster {
            speaker: Some("Maria Okonkwo".into()),
            text: documents[0].quotes[1].text.clone(),
            members: vec![
                member(&documents, 0, 1, vec![]),
                member(
                    &documents,
                    1,
                    1,
                    vec![difference("omitted", "and no one will be left behind", "")],
                ),
                member(
                    &documents,
                    2,
                    0,
                    vec![
                        difference(
                            "reordered",
                            "every family will get help",
                            "every family will get help",
                        ),
                        difference("changed", "no one", "Nobody"),
                    ],
                ),
            ],
        },
        QuoteCluster {
            speaker: Some("Maria Okonkwo".into()),
            text: documents[0].quotes[0].text.clone(),
            members: vec![
                member(&documents, 0, 0, vec![]),
                member(&documents, 1, 0, vec![difference("omitted", "the", "")]),
            ],
        },
        QuoteCluster {
            speaker: Some("Daniel Reyes".into()),
            text: documents[0].quotes[2].text.clone(),
            members: vec![
                member(&documents, 0, 2, vec![]),
                member(
                    &documents,
                    2,
                    2,
                    vec![difference("omitted", "was built in 1968 and it", "")],
                ),
            ],
        },
        QuoteCluster {
            speaker: Some("Priya Nair".into()),
            text: documents[2].quotes[3].text.clone(),
            members: vec![
                member(&documents, 2, 3, vec![]),
                member(
                    &documents,
                    3,
                    0,
                    vec![difference("added", "", "everything")],
                ),
            ],
        },
    ];
    let number_facts = vec![
        NumberFact {
            unit: Some("residents".into()),
            label: "residents evacuated".into(),
            values: vec![
                fact_value(&documents, 0, 0),
                fact_value(&documents, 1, 0),
                fact_value(&documents, 2, 0),
            ],
            conflict: Some("1,500 in Northfield Post against 1,200 in the others".into()),
        },
        NumberFact {
            unit: Some("USD".into()),
            label: "cost of repairs".into(),
            values: vec![
                fact_value(&documents, 0, 2),
                fact_value(&documents, 1, 2),
                fact_value(&documents, 2, 1),
            ],
            conflict: Some("$18 million in Harbour Wire against $14 million".into()),
        },
        NumberFact {
            unit: Some("m".into()),
            label: "height of the river crest".into(),
            values: vec![fact_value(&documents, 0, 1), fact_value(&documents, 1, 1)],
            conflict: None,
        },
    ];
    let reused_passages = vec![ReusedPassage {
        documents: vec![documents[0].id.clone(), documents[1].id.clone()],
        similarity: 0.86,
        passages: vec![
            passage(&documents, &texts, 0, "Floodwater broke through the levee in Elmbridge on Thursday night, forcing more than 1,200 residents from their homes. The river crested at 6.4 metres early on Friday."),
            passage(&documents, &texts, 1, "Floodwater broke through the levee in Elmbridge on Thursday night, forcing residents from their homes. The river crested at 6.4 metres on Friday."),
        ],
    }];
    let mut by_date: BTreeMap<String, Vec<TimelineMention>> = BTreeMap::new();
    for document in &documents {
        for date in &document.dates {
            if let Some(value) = &date.value {
                by_date
                    .entry(value.clone())
                    .or_default()
                    .push(TimelineMention {
                        document: document.id.clone(),
                        date: date.index,
                        sentence: date.sentence,
                    });
            }
        }
    }
    let timeline = by_date
        .into_iter()
        .map(|(date, mentions)| TimelineEntry { date, mentions })
        .collect();
    Report {
        schema_version: SCHEMA_VERSION,
        tool: ToolInfo::default(),
        reference_date: None,
        documents,
        comparison: Comparison {
            speakers,
            quote_clusters,
            number_facts,
            name_variants: vec![vec!["Maria Okonkwo".into(), "Ms Okonkwo".into()]],
            name_variant_sources: Vec::new(),
            reused_passages,
            timeline,
        },
        warnings: vec![Warning {
            path: "corpus/empty.txt".into(),
            message: "skipped: the file is empty".into(),
        }],
    }
}

/// The Chromium binary, if one is installed (`$CHROMIUM` first).
fn chromium() -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    candidates.extend(
        [
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
        ]
        .iter()
        .map(PathBuf::from),
    );
    candidates.into_iter().find(|path| path.is_file())
}

/// Where screenshots are kept for people to look at.
fn screenshot_dir() -> PathBuf {
    let dir = std::env::var_os("HTML_SCREENSHOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("corpus-report-html"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Write the sample page into `dir` and return its path.
fn write_page(dir: &Path) -> PathBuf {
    let html = render_to_string(Format::Html, RenderOptions::default(), &sample_report()).unwrap();
    let path = dir.join("report.html");
    std::fs::write(&path, html).unwrap();
    path
}

/// What a browser run printed.
struct Run {
    stdout: String,
    stderr: String,
}

/// Run headless Chromium on `page` with `extra` arguments, giving up after two minutes.
fn run_chromium(browser: &Path, work: &Path, page: &Path, extra: &[String]) -> Run {
    let profile = tempfile::tempdir_in(work).unwrap();
    let stdout_path = work.join("stdout.txt");
    let stderr_path = work.join("stderr.txt");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(File::create(&stdout_path).unwrap())
        .stderr(File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            child.kill().ok();
            child.wait().ok();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let run = Run {
        stdout: std::fs::read_to_string(&stdout_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&stderr_path).unwrap_or_default(),
    };
    assert!(
        status.success(),
        "chromium failed ({status}):\n{}",
        run.stderr
    );
    run
}

/// Width and height from a PNG header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.len() > 1000,
        "{} is too small to be a screenshot",
        path.display()
    );
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is not a PNG",
        path.display()
    );
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (word(16), word(20))
}

#[test]
fn the_page_loads_in_chromium_without_errors_and_with_its_script() {
    let Some(browser) = chromium() else {
        eprintln!("SKIP: Chromium is not installed (run .ci/install-chromium); the browser test did not run.");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let page = write_page(work.path());
    let run = run_chromium(
        &browser,
        work.path(),
        &page,
        &[
            "--enable-logging=stderr".into(),
            "--v=0".into(),
            "--dump-dom".into(),
        ],
    );
    let complaints: Vec<&str> = run
        .stderr
        .lines()
        .filter(|line| {
            line.contains("Uncaught") || line.contains(":CONSOLE") || line.contains("Refused to")
        })
        .collect();
    assert!(
        complaints.is_empty(),
        "the console reported:\n{}",
        complaints.join("\n")
    );
    assert!(
        run.stdout.contains("data-script=\"ran\""),
        "the page's script did not run to its end"
    );
    assert!(
        !run.stdout.contains("data-injected=\""),
        "article text ran as code"
    );
    for id in [
        "summary",
        "coverage",
        "shared-quotes",
        "numbers",
        "timeline",
        "reused",
        "articles",
        "warnings",
    ] {
        assert!(
            run.stdout.contains(&format!("id=\"{id}\"")),
            "section {id} missing"
        );
    }
    assert!(
        run.stdout.contains("&lt;script&gt;document.body"),
        "hostile headline not shown as text"
    );
}

#[test]
fn screenshots_at_desktop_and_phone_width() {
    let Some(browser) = chromium() else {
        eprintln!(
            "SKIP: Chromium is not installed (run .ci/install-chromium); no screenshots taken."
        );
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let page = write_page(work.path());
    let out = screenshot_dir();
    std::fs::copy(&page, out.join("report.html")).unwrap();
    for (width, height) in [(1280, 2000), (390, 2000)] {
        let shot = out.join(format!("report-{width}.png"));
        std::fs::remove_file(&shot).ok();
        run_chromium(
            &browser,
            work.path(),
            &page,
            &[
                format!("--screenshot={}", shot.display()),
                format!("--window-size={width},{height}"),
            ],
        );
        let (w, h) = png_size(&shot);
        assert_eq!(
            (w, h),
            (width, height),
            "screenshot size of {}",
            shot.display()
        );
        eprintln!("screenshot: {}", shot.display());
    }
}

#[test]
fn the_command_line_writes_html_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "A <b>bold</b> claim was made. It stood.\n").unwrap();
    let output = dir.path().join("out.html");
    assert_cmd::Command::cargo_bin("corpus-report")
        .unwrap()
        .args(["--format", "html", "--output"])
        .arg(&output)
        .arg(&article)
        .assert()
        .success();
    let html = std::fs::read_to_string(&output).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("A &lt;b&gt;bold&lt;/b&gt; claim"));
}

/// The values of every `name="..."` attribute in `html`.
fn attribute_values<'h>(html: &'h str, name: &str) -> Vec<&'h str> {
    let marker = format!(" {name}=\"");
    html.match_indices(&marker)
        .filter_map(|(at, _)| {
            let rest = &html[at + marker.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn ids_are_unique_and_every_link_inside_the_page_has_a_target() {
    let html = render_to_string(Format::Html, RenderOptions::default(), &sample_report()).unwrap();
    let ids = attribute_values(&html, "id");
    let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids");
    let links = attribute_values(&html, "href");
    assert!(
        links.len() > 40,
        "expected many cross-links, found {}",
        links.len()
    );
    for link in links {
        let target = link
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("link leaves the page: {link}"));
        assert!(unique.contains(target), "link to missing #{target}");
    }
}
