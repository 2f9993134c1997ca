//! The command line: every flag is defined here and nowhere else. The binary turns these into
//! library [`Options`](crate::Options) and a renderer; nothing here does analysis.
//!
//! The default command (`corpus-report [OPTIONS] <PATH>...`) writes a report. Subcommands sit beside
//! it: `check` (regression diff against a saved baseline), `eval` (scores against gold
//! annotations), `schema`, `completions` and `man`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Long help shown after the options.
const EXAMPLES: &str = "\
Examples:
  corpus-report seeds/                          text report of every *.txt in seeds/
  corpus-report --format json seeds/ | jq .     the JSON contract (schema_version 1)
  corpus-report --format markdown -o r.md a.txt b.txt
  corpus-report --recursive --ext txt,md archive/
  cat article.txt | corpus-report --reference-date 2022-01-22 -
  corpus-report check --baseline tests/baseline/seeds.json seeds/
  corpus-report eval --gold gold/ --min quotes.f1=0.9 articles/

Exit codes: 0 success; 1 `check` found differences or `eval` missed a threshold; 2 usage or input error.";

/// Compare how several news articles cover the same event: who is quoted and how, which numbers
/// and dates each gives, and where the outlets agree, differ or copy each other.
#[derive(Debug, Parser)]
#[command(
    name = "corpus-report",
    version,
    about,
    after_long_help = EXAMPLES,
    after_help = "Run with --help for examples and exit codes.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    /// A subcommand; without one, corpus-report writes a report of the PATHs.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Article files, folders of articles, or `-` for standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,

    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// When to colour the text report (NO_COLOR turns colour off; colour is only for a terminal).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// How the inputs are found and read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Flags shared by every command that reads articles (the report, `check`, `eval`).
#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Anchor for relative dates in articles that give no date of their own (YYYY-MM-DD); a
    /// wire dateline's day without a year ("LONDON, Dec. 30 (Reuters) -") takes the year that
    /// puts it nearest this date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<jiff::civil::Date>,

    /// File extensions picked from folders, comma-separated.
    #[arg(long, value_name = "EXT", value_delimiter = ',', default_value = "txt")]
    pub ext: Vec<String>,

    /// Descend into sub-folders.
    #[arg(short, long)]
    pub recursive: bool,

    /// Skip files larger than this many bytes (with a warning).
    #[arg(long, value_name = "BYTES", default_value_t = crate::corpus::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Do not print warnings on standard error (they stay in the JSON `warnings`).
    #[arg(short, long)]
    pub quiet: bool,
}

impl InputArgs {
    /// The library options these flags describe.
    pub fn options(&self) -> crate::Options {
        crate::Options {
            load: crate::corpus::LoadOptions {
                extensions: self.ext.clone(),
                recursive: self.recursive,
                max_bytes: self.max_bytes,
            },
            reference_date: self.reference_date,
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare the extraction with a saved JSON baseline and print what changed.
    ///
    /// Exit 0 when nothing differs, 1 when something does, 2 on error. The baseline is the
    /// tool's own `--format json` output; `--update` (re)writes it.
    Check(CheckArgs),
    /// Score the extraction against gold annotations: precision, recall and F1 per extractor.
    ///
    /// Exit 1 when a `--min` threshold is missed, 2 on error.
    Eval(EvalArgs),
    /// Print the JSON Schema of the `--format json` output.
    Schema,
    /// Print a shell completion script (e.g. `corpus-report completions bash > corpus-report.bash`).
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page in roff (`corpus-report man > corpus-report.1`).
    Man,
}

/// Flags of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The saved report to compare with (written by `--format json` or `check --update`).
    #[arg(long, value_name = "FILE")]
    pub baseline: PathBuf,

    /// Write the current extraction to the baseline file instead of comparing.
    #[arg(long)]
    pub update: bool,

    /// How to print the differences.
    #[arg(long, value_enum, default_value_t = ResultFormatArg::Text)]
    pub format: ResultFormatArg,

    /// Article files, folders of articles, or `-` for standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,

    /// How the inputs are found and read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Flags of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder of gold annotations (`<article file>.gold.json`, optional `corpus.gold.json`).
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,

    /// A threshold such as `quotes.f1=0.95` or `speakers.attr_accuracy=0.8`; exit 1 when missed.
    #[arg(long = "min", value_name = "METRIC=VALUE", value_parser = parse_threshold)]
    pub min: Vec<(String, f64)>,

    /// How to print the scores.
    #[arg(long, value_enum, default_value_t = ResultFormatArg::Text)]
    pub format: ResultFormatArg,

    /// Also list every miss, false alarm and wrong attribute.
    #[arg(long)]
    pub details: bool,

    /// Score this saved `--format json` report instead of analysing PATHs.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub report: Option<PathBuf>,

    /// Article files, folders of articles, or `-` for standard input.
    #[arg(value_name = "PATH", required_unless_present = "report")]
    pub paths: Vec<String>,

    /// How the inputs are found and read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `--format` values of `check` and `eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultFormatArg {
    /// Readable lines.
    Text,
    /// One JSON document.
    Json,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Human report for a terminal.
    Text,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Markdown tables.
    Markdown,
    /// One self-contained HTML page.
    Html,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl From<FormatArg> for crate::render::Format {
    fn from(format: FormatArg) -> Self {
        match format {
            FormatArg::Text => crate::render::Format::Text,
            FormatArg::Json => crate::render::Format::Json,
            FormatArg::Jsonl => crate::render::Format::JsonLines,
            FormatArg::Markdown => crate::render::Format::Markdown,
            FormatArg::Html => crate::render::Format::Html,
        }
    }
}

/// Parse `METRIC=VALUE` for `eval --min`.
fn parse_threshold(value: &str) -> Result<(String, f64), String> {
    let (metric, number) = value
        .split_once('=')
        .ok_or_else(|| format!("expected METRIC=VALUE such as quotes.f1=0.9, found '{value}'"))?;
    let number: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("expected a number after '=' in '{value}'"))?;
    if !(0.0..=1.0).contains(&number) {
        return Err(format!("expected a value between 0 and 1 in '{value}'"));
    }
    Ok((metric.trim().to_string(), number))
}

fn parse_date(value: &str) -> Result<jiff::civil::Date, String> {
    value
        .parse::<jiff::civil::Date>()
        .map_err(|e| format!("expected a date as YYYY-MM-DD, found '{value}': {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn reference_date_is_validated() {
        assert!(
            Cli::try_parse_from(["corpus-report", "--reference-date", "2022-13-01", "x"]).is_err()
        );
        let cli =
            Cli::try_parse_from(["corpus-report", "--reference-date", "2022-01-22", "x"]).unwrap();
        assert_eq!(cli.input.reference_date.unwrap().to_string(), "2022-01-22");
    }

    #[test]
    fn subcommands_and_top_level_paths_coexist() {
        let cli = Cli::try_parse_from(["corpus-report", "--format", "json", "a.txt"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.paths, ["a.txt"]);
        let cli = Cli::try_parse_from([
            "corpus-report",
            "check",
            "--baseline",
            "b.json",
            "--ext",
            "md",
            "dir",
        ])
        .unwrap();
        match cli.command {
            Some(Command::Check(args)) => {
                assert_eq!(args.paths, ["dir"]);
                assert_eq!(args.input.ext, ["md"]);
            }
            other => panic!("expected check, got {other:?}"),
        }
        assert!(Cli::try_parse_from(["corpus-report"]).is_err());
        assert!(Cli::try_parse_from(["corpus-report", "check", "dir"]).is_err());
    }

    #[test]
    fn thresholds_are_parsed() {
        assert_eq!(
            parse_threshold("quotes.f1=0.95").unwrap(),
            ("quotes.f1".to_string(), 0.95)
        );
        assert!(parse_threshold("quotes.f1").is_err());
        assert!(parse_threshold("quotes.f1=abc").is_err());
        assert!(parse_threshold("quotes.f1=1.5").is_err());
    }
}
