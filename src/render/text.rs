//! `--format text`: the report a person reads in a terminal. Fits the width, uses colour only when
//! asked to (the CLI asks only for a terminal), and reads the same with colour off: differences are
//! marked `[+added]`, `[-omitted]`, `[~was→now]`, `[<>moved]` whether or not they are coloured.

use std::io::Write;

use anyhow::Result;

use super::summary::{self, Summary};
use super::table::{display_width, format_table, truncate};
use super::{RenderOptions, Renderer};
use crate::model::Report;

/// Writes the human report.
pub struct TextRenderer {
    /// Colour and width.
    pub options: RenderOptions,
}

impl TextRenderer {
    fn heading(&self, title: &str) -> String {
        if self.options.color {
            format!("\x1b[1m{title}\x1b[0m\n")
        } else {
            format!("{title}\n{}\n", "=".repeat(title.chars().count()))
        }
    }

    fn subheading(&self, title: &str) -> String {
        if self.options.color {
            format!("\x1b[4m{title}\x1b[0m\n")
        } else {
            format!("{title}\n{}\n", "-".repeat(title.chars().count()))
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.options.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Room left for a free-text column once the fixed columns are laid out.
    fn text_room(&self, fixed: usize) -> usize {
        self.options.width.saturating_sub(fixed).max(20)
    }

    fn section_speakers(&self, report: &Report, out: &mut String) {
        out.push_str(&self.heading("Who is quoted"));
        let (header, rows) = summary::speaker_table(report);
        if rows.is_empty() {
            out.push_str("No quote is attributed to a named speaker.\n");
        } else {
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            out.push_str(&format_table(&header, &rows, self.options.width));
        }
        for (label, rows) in summary::quote_rows(report, self.text_room(36)) {
            out.push('\n');
            out.push_str(&self.subheading(&format!("Quotes in {label}")));
            out.push_str(&format_table(
                &summary::QUOTE_COLUMNS,
                &rows,
                self.options.width,
            ));
        }
    }

    fn section_clusters(&self, report: &Report, out: &mut String) {
        out.push_str(&self.heading("Shared quotes"));
        let views = summary::cluster_views(report);
        if views.is_empty() {
            out.push_str("No quote is carried by two or more sources.\n");
        }
        for view in views {
            out.push_str(&self.paint("1", &truncate(&view.heading, self.options.width)));
            out.push('\n');
            for (label, text, differences) in view.members {
                let lead = format!("  {label}: ");
                let room = self.options.width.saturating_sub(display_width(&lead));
                out.push_str(&lead);
                out.push_str(&summary::shorten(&text, room.max(10)));
                out.push('\n');
                if differences.is_empty() {
                    continue;
                }
                let indent = " ".repeat(display_width(&lead));
                let mut line = indent.clone();
                let mut used = indent.len();
                for difference in &differences {
                    let plain = truncate(&summary::marker(difference), room.max(10));
                    let width = display_width(&plain);
                    if used > indent.len() && used + 1 + width > self.options.width {
                        out.push_str(line.trim_end());
                        out.push('\n');
                        line = indent.clone();
                        used = indent.len();
                    }
                    if used > indent.len() {
                        line.push(' ');
                        used += 1;
                    }
                    let code = match difference.kind.as_str() {
                        "added" => "32",
                        "omitted" => "31",
                        "changed" => "33",
                        _ => "36",
                    };
                    line.push_str(&self.paint(code, &plain));
                    used += width;
                }
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }

    fn section_numbers(&self, report: &Report, out: &mut String) {
        out.push_str(&self.heading("Numbers across sources"));
        let rows = summary::fact_rows(report);
        if rows.is_empty() {
            out.push_str("No figure is given by two or more sources.\n");
        }
        for row in rows {
            let verdict = &row[2];
            let verdict = if verdict.starts_with("CONFLICT") {
                self.paint("31;1", verdict)
            } else {
                self.paint("32", verdict)
            };
            out.push_str(&truncate(
                &format!("{}: {}", row[0], row[1]),
                self.options.width,
            ));
            out.push('\n');
            out.push_str(&wrap(&verdict, "    ", self.options.width));
        }
        let numbers = summary::number_rows(report);
        if !numbers.is_empty() {
            out.push('\n');
            out.push_str(&self.subheading("Numbers per source"));
            out.push_str(&format_table(
                &summary::NUMBER_COLUMNS,
                &numbers,
                self.options.width,
            ));
        }
    }

    fn section_timeline(&self, report: &Report, out: &mut String) {
        out.push_str(&self.heading("Timeline"));
        let rows = summary::timeline_rows(report);
        if rows.is_empty() {
            out.push_str("No dates found.\n");
        } else {
            out.push_str(&format_table(
                &summary::TIMELINE_COLUMNS,
                &rows,
                self.options.width,
            ));
        }
        let dates = summary::date_rows(report);
        if !dates.is_empty() {
            out.push('\n');
            out.push_str(&self.subheading("Dates per source"));
            out.push_str(&format_table(
                &summary::DATE_COLUMNS,
                &dates,
                self.options.width,
            ));
        }
    }
}

/// `text` word-wrapped to `width` columns, every line starting with `indent`. Colour codes inside
/// `text` count as zero width only approximately, which is fine for one short verdict.
fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = indent.to_string();
    for word in text.split_whitespace() {
        if display_width(&line) > indent.len()
            && display_width(&line) + 1 + display_width(word) > width
        {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.to_string();
        }
        if display_width(&line) > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

impl Renderer for TextRenderer {
    fn render(&self, report: &Report, out: &mut dyn Write) -> Result<()> {
        let summary = Summary::of(report);
        let width = self.options.width;
        let mut text = String::new();
        text.push_str(&self.heading("corpus-report"));
        for line in summary.lines() {
            text.push_str(&wrap(&line, "", width));
        }
        for conflict in report
            .comparison
            .number_facts
            .iter()
            .filter_map(|f| f.conflict.as_ref())
            .take(3)
        {
            text.push_str(&wrap(&format!("! {conflict}"), "", width));
        }
        text.push('\n');
        text.push_str(&self.heading("Sources"));
        text.push_str(&format_table(
            &summary::SOURCE_COLUMNS,
            &summary::source_rows(report),
            width,
        ));
        text.push('\n');
        self.section_speakers(report, &mut text);
        text.push('\n');
        self.section_clusters(report, &mut text);
        text.push('\n');
        self.section_numbers(report, &mut text);
        text.push('\n');
        self.section_timeline(report, &mut text);
        text.push('\n');
        text.push_str(&self.heading("Name variants"));
        let variants = summary::name_variant_lines(report);
        if variants.is_empty() {
            text.push_str("No name is spelled differently across sources.\n");
        }
        for line in variants {
            text.push_str(&truncate(&format!("- {line}"), width));
            text.push('\n');
        }
        text.push('\n');
        text.push_str(&self.heading("Reused passages"));
        let reuse = summary::reuse_rows(report, width.saturating_sub(24).max(20));
        if reuse.is_empty() {
            text.push_str("No text is shared nearly verbatim between sources.\n");
        } else {
            text.push_str(&format_table(&summary::REUSE_COLUMNS, &reuse, width));
        }
        if !report.warnings.is_empty() {
            text.push('\n');
            text.push_str(&self.heading("Warnings"));
            for warning in &report.warnings {
                text.push_str(&wrap(
                    &format!("{}: {}", warning.path, warning.message),
                    "",
                    width,
                ));
            }
        }
        out.write_all(text.as_bytes())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClusterMember, QuoteCluster, WordDifference};
    use crate::render::{render_to_string, Format};
    use crate::{analyze_texts, Options};

    fn report() -> Report {
        let mut report = analyze_texts(
            &[("01_a", "One sentence here.\n"), ("02_b", "Another one.\n")],
            &Options::default(),
        );
        let member = |document: &str, text: &str, differences: Vec<WordDifference>| ClusterMember {
            document: document.into(),
            quote: 0,
            text: text.into(),
            differences,
        };
        report.comparison.quote_clusters.push(QuoteCluster {
            speaker: Some("Ann Ode".into()),
            text: "calm and firm".into(),
            members: vec![
                member("01_a", "calm and firm", Vec::new()),
                member(
                    "02_b",
                    "firm and very calm indeed, whatever they say about it in the long and winding report",
                    vec![WordDifference {
                        kind: "added".into(),
                        representative: String::new(),
                        member: "very".into(),
                    }],
                ),
            ],
        });
        report
            .comparison
            .name_variants
            .push(vec!["Kiev".into(), "Kyiv".into()]);
        report
    }

    #[test]
    fn plain_text_fits_width_and_marks_differences_without_colour() {
        let options = RenderOptions {
            color: false,
            width: 60,
        };
        let text = render_to_string(Format::Text, options, &report()).unwrap();
        assert!(!text.contains('\x1b'));
        assert!(text.contains("[+very]"), "{text}");
        assert!(text.contains("Ann Ode: \u{201c}calm and firm\u{201d}"));
        assert!(text.contains("- Kiev / Kyiv"));
        for line in text.lines() {
            assert!(display_width(line) <= 60, "{line}");
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let options = RenderOptions {
            color: true,
            width: 80,
        };
        let text = render_to_string(Format::Text, options, &report()).unwrap();
        assert!(text.contains("\x1b[32m[+very]\x1b[0m"), "{text}");
    }

    #[test]
    fn markdown_has_the_same_sections_as_tables() {
        let md = render_to_string(Format::Markdown, RenderOptions::default(), &report()).unwrap();
        for section in [
            "## Who is quoted",
            "## Shared quotes",
            "## Numbers across sources",
            "## Timeline",
            "## Name variants",
            "## Reused passages",
        ] {
            assert!(md.contains(section), "{section}");
        }
        assert!(md.contains("| 02 | firm and very calm"), "{md}");
        assert!(md.contains("`[+very]`"));
    }
}
