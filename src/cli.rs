//! The command line: every flag is defined here and nowhere else. The binary turns these into
//! library [`Options`](crate::Options) and a renderer; nothing here does analysis.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// Long help shown after the options.
const EXAMPLES: &str = "\
Examples:
  corpus-report seeds/                          text report of every *.txt in seeds/
  corpus-report --format json seeds/ | jq .     the JSON contract (schema_version 1)
  corpus-report --format markdown -o r.md a.txt b.txt
  corpus-report --recursive --ext txt,md archive/
  cat article.txt | corpus-report --reference-date 2022-01-22 -

Exit codes: 0 success; 1 reserved for `check` finding differences; 2 usage or input error.";

/// Compare how several news articles cover the same event: who is quoted and how, which numbers
/// and dates each gives, and where the outlets agree, differ or copy each other.
#[derive(Debug, Parser)]
#[command(name = "corpus-report", version, about, after_long_help = EXAMPLES, after_help = "Run with --help for examples and exit codes.")]
pub struct Cli {
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

    /// Anchor for relative dates in articles that give no date of their own (YYYY-MM-DD).
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
        assert_eq!(cli.reference_date.unwrap().to_string(), "2022-01-22");
    }
}
