//! Table detection and body parsing: whether a section's lines are a
//! Markdown or tab-separated table, and its lines read into table rows or
//! plain cells. It must not turn rows into components.

use super::super::lines::{Line, is_separator, table_row};
use super::page::is_heading;
use super::{Body, Cell, looks_like_markup};

/// Whether a header cell names a column of a profile table.
pub(super) fn is_column_name(cell: &str) -> bool {
    matches!(
        cell.to_lowercase().as_str(),
        "title" | "description" | "details" | "skill name and description"
    )
}

/// A Markdown table's lines with a row that wrapped onto more lines (a
/// line break inside a cell) joined back into one line, numbered by its
/// first line. Rows close with `|` when the table's first row does.
pub(super) fn join_wrapped_rows(lines: &[&Line]) -> Vec<Line> {
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

/// How a section's rows are written when it is a table.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Table {
    Markdown,
    Tabs,
}

/// Whether a section is a table: tab-separated rows under a
/// tab-separated header, or nearly all lines tab rows (a tab inside a
/// plain field does not make a table); else Markdown rows.
pub(super) fn table_kind(lines: &[&Line]) -> Option<Table> {
    let tab_header = lines.iter().any(|l| {
        l.cells
            .as_ref()
            .is_some_and(|cells| cells.iter().any(|c| is_column_name(c)))
    });
    let tab_rows = lines
        .iter()
        .filter(|l| l.cells.as_ref().is_some_and(|c| c.len() >= 2))
        .count();
    let content = lines
        .iter()
        .filter(|l| !l.text.is_empty() && !is_heading(&l.text))
        .count();
    // Or nearly every line is a tab row (compact rows copied with a tab
    // between title and details).
    // Under a tab header, any other line with a tab (even only a
    // trailing one, for a lost last cell) makes it a table; a header
    // copied with tabs over plain fields does not.
    let tabbed = lines.iter().filter(|l| l.raw.contains('\t')).count();
    if (tab_header && tabbed >= 2) || (tab_rows >= 2 && tab_rows * 5 >= content * 4) {
        return Some(Table::Tabs);
    }
    lines
        .iter()
        .filter(|l| l.cells.is_none() && table_row(&l.text).is_some_and(|c| c.len() >= 2))
        .nth(1)
        .map(|_| Table::Markdown)
}

/// The column names of a header line written with spaces ("Title Depth
/// Details Type"), for a table whose rows are tab-separated.
pub(super) fn spaced_header(text: &str) -> Vec<String> {
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

/// Reads a section's lines into table rows or plain cells.
pub(super) fn body(lines: &[&Line]) -> Body {
    let mut body = Body::default();
    if let Some(table) = table_kind(lines) {
        let tab_table = table == Table::Tabs;
        let joined = if tab_table {
            lines.iter().map(|l| (*l).clone()).collect()
        } else {
            join_wrapped_rows(lines)
        };
        // Whether rows start with a border `|` (then the first split cell
        // is not a cell): as the header row does.
        let mut bordered = false;
        let mut seen_row = false;
        for line in &joined {
            // In a tab table every line of text is a row (its cells
            // around the text empty where a tab stands before or after).
            let cells = if tab_table {
                (!line.text.is_empty() && !is_heading(&line.text)).then(|| line.tab_cells())
            } else {
                table_row(&line.text)
            };
            let Some(mut cells) = cells else {
                if is_heading(&line.text) {
                    if body.header.is_empty() && tab_table {
                        body.header = spaced_header(&line.text);
                    }
                } else if !line.text.is_empty() {
                    body.stray.push((line.number, line.text.clone()));
                }
                continue;
            };
            // The first row of the table (its header, or its first row
            // when it has none) says whether rows carry a border.
            if !seen_row {
                seen_row = true;
                bordered = !tab_table
                    && cells.first().is_some_and(String::is_empty)
                    && cells.iter().skip(1).any(|c| !c.is_empty());
            }
            if bordered && cells.first().is_some_and(String::is_empty) {
                cells.remove(0);
            }
            if is_separator(&cells) || cells.iter().all(String::is_empty) {
                continue;
            }
            let lowered: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
            if body.header.is_empty() && lowered.iter().any(|c| is_column_name(c)) {
                body.header = lowered;
                continue;
            }
            body.rows.push(
                cells
                    .into_iter()
                    .map(|text| Cell {
                        text,
                        line: line.number,
                    })
                    .collect(),
            );
        }
        return body;
    }
    let mut blanks = 0usize;
    let mut started = false;
    for line in lines {
        if line.text.is_empty() {
            blanks += 1;
            continue;
        }
        // A column header copied with tabs over plain fields.
        if is_heading(&line.text.replace('\t', " ")) {
            blanks = 0;
            started = true;
            continue;
        }
        if looks_like_markup(&line.text) {
            // As if the line (and the blank line that sets it apart) were
            // not there.
            body.stray.push((line.number, line.text.clone()));
            blanks = blanks.saturating_sub(1);
            continue;
        }
        if started || !body.cells.is_empty() {
            // One blank line separates fields; each further one stands for
            // a field the page lost.
            for _ in 1..blanks {
                body.cells.push(Cell {
                    text: String::new(),
                    line: line.number,
                });
            }
        }
        started = true;
        blanks = 0;
        body.cells.push(Cell {
            text: line.text.clone(),
            line: line.number,
        });
    }
    // Empty cells between the last field and the next section belong to
    // the last row.
    for _ in 1..blanks {
        let line = body.cells.last().map_or(0, |c| c.line);
        body.cells.push(Cell {
            text: String::new(),
            line,
        });
    }
    body
}
