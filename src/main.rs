//! The `corpus-report` binary: parse flags, run the library, write the output, print warnings and
//! errors, choose the exit code. Nothing else lives here.
//!
//! Exit codes: 0 success; 1 differences found by `check` (reserved); 2 usage or input error.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use corpus_report::cli::{Cli, ColorArg};
use corpus_report::corpus::{InputError, LoadOptions};
use corpus_report::render::{renderer, RenderOptions};
use corpus_report::{analyze, Options};

/// Exit code for a usage or input error.
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { EXIT_ERROR } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let kind = if error.downcast_ref::<InputError>().is_some() {
                "input error"
            } else {
                "error"
            };
            eprintln!("corpus-report: {kind}: {error:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    let options = Options {
        load: LoadOptions {
            extensions: cli.ext.clone(),
            recursive: cli.recursive,
            max_bytes: cli.max_bytes,
        },
        reference_date: cli.reference_date,
    };
    let report = analyze(&cli.paths, &options)?;
    if !cli.quiet {
        for warning in &report.warnings {
            eprintln!(
                "corpus-report: warning: {}: {}",
                warning.path, warning.message
            );
        }
    }
    if report.documents.is_empty() {
        return Err(InputError("no article could be read (see the warnings above)".into()).into());
    }
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
    let renderer = renderer(cli.format.into(), render_options);
    match &cli.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| InputError(format!("cannot write '{}': {e}", path.display())))?;
            let mut out = std::io::BufWriter::new(file);
            renderer.render(&report, &mut out)?;
            out.flush()?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            match renderer
                .render(&report, &mut out)
                .and_then(|()| Ok(out.flush()?))
            {
                Err(e) if is_broken_pipe(&e) => return Ok(()),
                other => other?,
            }
        }
    }
    Ok(())
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
