//! The Markdown-table layout: `Title | Details |` rows, with or without a
//! border `|`, a row that wrapped onto more lines joined back. It must not
//! put cells in columns or turn rows into components.

use super::super::lines::{Line, is_separator, table_row};
use super::super::notes::Notes;
use super::super::page::is_heading;
use super::{Table, push_row};

/// A Markdown table's lines with a row that wrapped onto more lines (a
/// line break inside a cell) joined back into one line, numbered by its
/// first line. Rows close with `|` when the table's first row does.
fn join_wrapped_rows(lines: &[&Line]) -> Vec<Line> {
    let first = lines
        .iter()
        .find(|l| l.cells.is_none() && l.text.contains('|'));
    let closed = first.is_some_and(|l| l.text.ends_with('|'));
    let filled = |text: &str| {
        table_row(text).map_or(0, |cells| cells.iter().filter(|c| !c.is_empty()).count())
    };
    let width = first.map_or(0, |l| filled(&l.text));
    let mut out: Vec<Line> = Vec::new();
    let mut open = false;
    for line in lines {
        // A blank line ends a row left open: it was not wrapped after all.
        if line.text.is_empty() {
            open = false;
        }
        // A line that holds a whole row of its own starts a new row; one
        // with fewer cells continues the open row.
        if open && width >= 2 && filled(&line.text) >= width {
            open = false;
        }
        if open {
            let row = out.last_mut().expect("an open row was pushed");
            row.text.push(' ');
            row.text.push_str(&line.text);
            open = !line.text.ends_with('|');
            continue;
        }
        open =
            closed && line.cells.is_none() && line.text.contains('|') && !line.text.ends_with('|');
        out.push((*line).clone());
    }
    out
}

/// Reads a Markdown table; lines between its rows that are not headings
/// go to `notes` as unplaced.
pub(super) fn read(lines: &[&Line], notes: &mut Notes) -> Table {
    let mut table = Table::default();
    // Whether rows start with a border `|` (then the first split cell is
    // not a cell): as the header row does.
    let mut bordered = false;
    let mut seen_row = false;
    for line in &join_wrapped_rows(lines) {
        let Some(mut cells) = table_row(&line.text) else {
            if !is_heading(&line.text) && !line.text.is_empty() {
                notes.unplace(line.number, line.text.clone());
            }
            continue;
        };
        // The first row of the table (its header, or its first row when
        // it has none) says whether rows carry a border.
        if !seen_row {
            seen_row = true;
            bordered = cells.first().is_some_and(String::is_empty)
                && cells.iter().skip(1).any(|c| !c.is_empty());
        }
        if bordered && cells.first().is_some_and(String::is_empty) {
            cells.remove(0);
        }
        if is_separator(&cells) || cells.iter().all(String::is_empty) {
            continue;
        }
        push_row(&mut table, cells, line.number);
    }
    table
}
