//! The `corpus-report` binary: parse flags, run the library, write the output, print warnings and
//! errors, choose the exit code. Nothing else lives here.
//!
//! Exit codes: 0 success; 1 `check` found differences or `eval` missed a threshold; 2 usage or
//! input error.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};
use corpus_report::cli::{
    CheckArgs, Cli, ColorArg, Command, EvalArgs, FormatArg, InputArgs, ResultFormatArg,
};
use corpus_report::corpus::InputError;
use corpus_report::model::{Report, ToolInfo, Warning, SCHEMA_VERSION};
use corpus_report::progress::TerminalProgress;
use corpus_report::render::{
    renderer, write_comparison_line, write_document_line, JsonRenderer, RenderOptions, Renderer,
    SpilledJson,
};
use corpus_report::{
    analyze_streaming, analyze_streaming_naming, analyze_with_progress, analyze_without_texts,
    check, eval, NoProgress, Progress, StreamedSpeakers,
};

/// Exit code when `check` finds differences or `eval` misses a threshold.
const EXIT_FAILED: u8 = 1;
/// Exit code for a usage or input error.
const EXIT_ERROR: u8 = 2;

/// Have the C library's allocator (glibc) map every large buffer from the system on its own, so
/// that freeing it hands it back. By default glibc raises that size to the largest buffer freed
/// so far: after a run frees one of tens of megabytes (its held index of shared wording), the
/// next ones are carved from the heap and stay resident once freed, which added megabytes to the
/// peak of a long run. Elsewhere (another C library, another system) nothing changes.
fn keep_large_buffers_mapped() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets one of the allocator's tuning parameters; it runs before any
    // other thread exists and before anything is allocated that depends on it.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

fn main() -> ExitCode {
    keep_large_buffers_mapped();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { EXIT_ERROR } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let outcome = match &cli.command {
        None => run(&cli).map(|()| ExitCode::SUCCESS),
        Some(Command::Check(args)) => run_check(args),
        Some(Command::Eval(args)) => run_eval(args),
        Some(Command::Schema) => {
            write_stdout(&corpus_report::schema::report_schema_text()).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Completions { shell }) => {
            let mut command = Cli::command();
            clap_complete::generate(
                *shell,
                &mut command,
                "corpus-report",
                &mut std::io::stdout(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => run_man().map(|()| ExitCode::SUCCESS),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            let kind = if error.downcast_ref::<InputError>().is_some() {
                "input error"
            } else {
                "error"
            };
            eprintln!("corpus-report: {kind}: {}", one_line(&format!("{error:#}")));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Load and analyse the inputs, print the warnings, and refuse a run where nothing was read.
/// A progress bar is drawn on stderr while that takes long, when stderr is a terminal.
fn analyze_inputs(paths: &[String], input: &InputArgs) -> anyhow::Result<Report> {
    analyze_inputs_by(paths, input, None, analyze_with_progress)
}

/// The library's analysis that gives a whole report.
type Analysis = fn(&[String], &corpus_report::Options, &dyn Progress) -> anyhow::Result<Report>;

/// [`analyze_inputs`] by `analysis`, with `also` added to the run's warnings.
fn analyze_inputs_by(
    paths: &[String],
    input: &InputArgs,
    also: Option<Warning>,
    analysis: Analysis,
) -> anyhow::Result<Report> {
    let mut report = with_progress(input, |progress| {
        analysis(paths, &input.options(), progress)
    })?;
    report.warnings.extend(also);
    print_warnings(&report.warnings, input);
    if report.documents.is_empty() {
        return Err(nothing_read());
    }
    Ok(report)
}

/// Run `work` with a progress bar on stderr when stderr is a terminal and `--quiet` is not
/// given (the bar is cleared when `work` returns), else with no progress shown.
fn with_progress<T>(input: &InputArgs, work: impl FnOnce(&dyn Progress) -> T) -> T {
    if input.quiet || !std::io::stderr().is_terminal() {
        return work(&NoProgress);
    }
    let bar = TerminalProgress::new();
    let result = work(&bar);
    bar.finish();
    result
}

/// The error of a run in which no input could be read.
fn nothing_read() -> anyhow::Error {
    InputError("no article could be read (see the warnings above)".into()).into()
}

/// `check`: compare with the baseline (or rewrite it with `--update`).
fn run_check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let report = analyze_inputs(&args.paths, &args.input)?;
    let path = &args.baseline;
    if args.update {
        let mut json = serde_json::to_string_pretty(&report)?;
        json.push('\n');
        std::fs::write(path, json)
            .with_context(|| format!("cannot write the baseline '{}'", path.display()))?;
        eprintln!("corpus-report: baseline written to {}", path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read the baseline '{}' (create it with --update)",
            path.display()
        )
    })?;
    let baseline =
        check::parse_baseline(&text).with_context(|| format!("baseline '{}'", path.display()))?;
    let differences = check::compare_reports(&baseline, &report);
    let output = match args.format {
        ResultFormatArg::Text => check::render_text(&differences),
        ResultFormatArg::Json => check::render_json(&differences)?,
    };
    write_stdout(&output)?;
    Ok(if differences.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FAILED)
    })
}

/// `eval`: score against the gold folder and apply the thresholds.
fn run_eval(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let gold = eval::load_gold(&args.gold)?;
    let prediction = match &args.report {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the report '{}'", path.display()))?;
            eval::parse_report(&text).with_context(|| format!("report '{}'", path.display()))?
        }
        None => serde_json::to_value(analyze_inputs(&args.paths, &args.input)?)?,
    };
    let evaluation = eval::evaluate(&gold, &prediction);
    let missed = evaluation.missed(&args.min)?;
    let output = match args.format {
        ResultFormatArg::Text => eval::render_text(&evaluation, &missed, args.details),
        ResultFormatArg::Json => eval::render_json(&evaluation, &missed, args.details)?,
    };
    write_stdout(&output)?;
    Ok(if missed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_FAILED)
    })
}

/// `man`: the roff man page of the whole command line.
fn run_man() -> anyhow::Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    write_stdout(&String::from_utf8_lossy(&page))
}

/// Write to standard output, treating a closed pipe as success.
fn write_stdout(text: &str) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Print the warnings of a run unless `--quiet`.
fn print_warnings(warnings: &[Warning], input: &InputArgs) {
    if !input.quiet {
        for warning in warnings {
            eprintln!(
                "corpus-report: warning: {}: {}",
                one_line(&warning.path),
                one_line(&warning.message)
            );
        }
    }
}

/// `text` with its control characters (a line break in a file name) written as escapes (`\n`),
/// so that one message on standard error is one line.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            escaped.extend(c.escape_default());
        } else {
            escaped.push(c);
        }
    }
    std::borrow::Cow::Owned(escaped)
}

/// `--format jsonl`: write each document line as soon as the document is done, then the
/// comparison line; nothing is written when no article can be read.
fn run_streaming(cli: &Cli, out: &mut dyn Write) -> anyhow::Result<()> {
    let input = &cli.input;
    let run = with_progress(input, |progress| {
        analyze_streaming(&cli.paths, &input.options(), progress, &mut |document| {
            write_document_line(document, out)
        })
    })?;
    print_warnings(&run.warnings, input);
    if run.documents == 0 {
        return Err(nothing_read());
    }
    write_comparison_line(
        SCHEMA_VERSION,
        &ToolInfo::default(),
        &run.comparison,
        &run.warnings,
        out,
    )?;
    Ok(out.flush()?)
}

/// `--format json`: write each document to a temporary file as soon as it is done, so that no
/// document is held until the end, then the report with the documents copied from the file. When
/// no temporary file can be created, the documents are held in memory, with a warning.
fn run_spilled_json(cli: &Cli, out: &mut dyn Write) -> anyhow::Result<()> {
    let input = &cli.input;
    let mut spill = match SpilledJson::new() {
        Ok(spill) => spill,
        Err(error) => {
            let held = Warning {
                path: std::env::temp_dir().display().to_string(),
                message: format!(
                    "cannot create a temporary file ({error}): the documents are held in memory \
                     until the report is written"
                ),
            };
            let report = analyze_inputs_by(&cli.paths, input, Some(held), analyze_with_progress)?;
            JsonRenderer.render(&report, out)?;
            return Ok(out.flush()?);
        }
    };
    let options = input.options();
    let run = with_progress(input, |progress| {
        analyze_streaming_naming(
            &cli.paths,
            &options,
            progress,
            StreamedSpeakers::AsExtracted,
            &mut |document| {
                spill.push(document).with_context(|| {
                    format!(
                        "cannot write a temporary file in '{}' (TMPDIR chooses the folder)",
                        std::env::temp_dir().display()
                    )
                })
            },
        )
    })?;
    print_warnings(&run.warnings, input);
    if run.documents == 0 {
        return Err(nothing_read());
    }
    let reference_date = options.reference_date.map(|d| d.to_string());
    spill.write_report(
        &run.speaker_names,
        &reference_date,
        &run.comparison,
        &run.warnings,
        out,
    )?;
    Ok(out.flush()?)
}

/// Write the report of the PATHs to `out`.
fn write_report(cli: &Cli, out: &mut dyn Write) -> anyhow::Result<()> {
    match cli.format {
        FormatArg::Jsonl => return run_streaming(cli, out),
        FormatArg::Json => return run_spilled_json(cli, out),
        _ => {}
    }
    // Only the HTML page shows the articles' text; the other reports need not hold it.
    let analysis: Analysis = match cli.format {
        FormatArg::Html => analyze_with_progress,
        _ => analyze_without_texts,
    };
    let report = analyze_inputs_by(&cli.paths, &cli.input, None, analysis)?;
    let to_terminal = cli.output.is_none() && std::io::stdout().is_terminal();
    let color = match cli.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let render_options = RenderOptions {
        color,
        width: terminal_width(),
    };
    renderer(cli.format.into(), render_options).render(&report, out)?;
    Ok(out.flush()?)
}

/// The default command: write the report of the PATHs.
fn run(cli: &Cli) -> anyhow::Result<()> {
    match &cli.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| InputError(format!("cannot write '{}': {e}", path.display())))?;
            write_report(cli, &mut std::io::BufWriter::new(file))
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match write_report(cli, &mut out) {
                Err(e) if is_broken_pipe(&e) => Ok(()),
                other => other,
            }
        }
    }
}

/// The width to fit: `COLUMNS` when set, else 100.
fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w >= 40)
        .unwrap_or(100)
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}
