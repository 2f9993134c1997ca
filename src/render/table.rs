//! Plain-text tables that fit a width: columns padded to their widest cell, the last column (or
//! the widest) shortened with an ellipsis when the row would not fit.

use unicode_segmentation::UnicodeSegmentation;

/// Number of terminal columns `s` takes (one per grapheme; good enough for news text).
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).count()
}

/// `s` cut to at most `width` columns, ending in `…` when cut.
pub fn truncate(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out: String = s.graphemes(true).take(width - 1).collect();
    out.push('…');
    out
}

/// Lay out `rows` under `header` within `width` columns, two spaces between columns.
pub fn format_table(header: &[&str], rows: &[Vec<String>], width: usize) -> String {
    let columns = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(display_width(cell));
        }
    }
    let gaps = 2 * columns.saturating_sub(1);
    let total: usize = widths.iter().sum::<usize>() + gaps;
    if total > width {
        let widest = (0..columns).max_by_key(|&i| widths[i]).unwrap_or(0);
        let others: usize = widths.iter().sum::<usize>() - widths[widest] + gaps;
        widths[widest] = width.saturating_sub(others).max(8);
    }
    let mut out = String::new();
    let header_cells: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    push_row(&mut out, &header_cells, &widths);
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    push_row(&mut out, &rule, &widths);
    for row in rows {
        push_row(&mut out, row, &widths);
    }
    out
}

fn push_row(out: &mut String, cells: &[String], widths: &[usize]) {
    let mut line = String::new();
    for (i, width) in widths.iter().enumerate() {
        let cell = truncate(cells.get(i).map(String::as_str).unwrap_or(""), *width);
        if i > 0 {
            line.push_str("  ");
        }
        line.push_str(&cell);
        if i + 1 < widths.len() {
            line.push_str(&" ".repeat(width - display_width(&cell)));
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }

    #[test]
    fn table_fits_width() {
        let rows = vec![vec![
            "1".to_string(),
            "a very long cell of text indeed".to_string(),
        ]];
        let table = format_table(&["n", "text"], &rows, 20);
        for line in table.lines() {
            assert!(display_width(line) <= 20, "{line}");
        }
    }
}
