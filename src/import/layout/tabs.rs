//! The tab-table layout: rows copied from the browser with a tab between
//! cells (an empty cell where a tab stands before or after the text),
//! under a header written with tabs or with spaces. It must not put cells
//! in columns or turn rows into components.

use super::super::lines::{Line, is_separator};
use super::super::page::is_heading;
use super::{Table, push_row};

/// The column names of a header line written with spaces ("Title Depth
/// Details Type"), for a table whose rows are tab-separated.
fn spaced_header(text: &str) -> Vec<String> {
    let lower = text
        .to_lowercase()
        .replace("awarding body", "awarding\u{0}body")
        .replace(
            "skill name and description",
            "skill\u{0}name\u{0}and\u{0}description",
        );
    lower
        .split_whitespace()
        .map(|w| w.replace('\u{0}', " "))
        .collect()
}

/// Reads a tab table: every line of text is a row, but a heading.
pub(super) fn read(lines: &[&Line]) -> Table {
    let mut table = Table::default();
    for line in lines {
        if line.text.is_empty() {
            continue;
        }
        if is_heading(&line.text) {
            if table.header.is_empty() {
                table.header = spaced_header(&line.text);
            }
            continue;
        }
        let cells = line.tab_cells();
        if is_separator(&cells) || cells.iter().all(String::is_empty) {
            continue;
        }
        push_row(&mut table, cells, line.number);
    }
    table
}
