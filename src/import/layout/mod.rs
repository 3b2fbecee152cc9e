//! Reading one section's lines, whatever the page layout, into [`Row`]s:
//! which layout the section is in (a Markdown table, a tab table, plain
//! cells, compact rows), and a table's cells placed in the section's
//! columns as [`SECTIONS`](super::sections::SECTIONS) says. Each layout
//! has its own file; this one only chooses between them. It must not
//! build components or know what a field means beyond its column.

mod compact;
mod markdown;
mod plain;
mod tabs;
#[cfg(test)]
mod tests;
mod title;

use super::lines::{Line, table_row};
use super::notes::Notes;
use super::page::is_heading;
use super::row::{Cell, Row};
use super::sections::{Column, Extra, HEADER_NAMES, Header, Section, Spec};
use crate::profile::Depth;

/// A table's rows as the page has them, before they are put in columns.
#[derive(Debug, Default)]
struct Table {
    /// The header row's cells, lower case; empty when it has none.
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
}

/// How a section's rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Markdown,
    Tabs,
    /// Cells a line, a blank line between them; read as compact rows
    /// instead when the section's cells show its fields run together.
    Plain,
}

/// Reads a page's sections in order: whether the page was copied as
/// compact rows is learnt from one section and used for the later ones.
#[derive(Debug, Default)]
pub(super) struct SectionReader {
    compact_page: bool,
}

impl SectionReader {
    /// A section's lines read into rows; stray lines, cells left over and
    /// guesses go to `notes`.
    pub(super) fn read(
        &mut self,
        section: Section,
        lines: &[&Line],
        notes: &mut Notes,
    ) -> Vec<Row> {
        let spec = section.spec();
        let mut rows = match layout(lines) {
            Layout::Markdown => place(spec, markdown::read(lines, notes), notes),
            Layout::Tabs => place(spec, tabs::read(lines), notes),
            Layout::Plain => {
                let cells = plain::cells(lines, notes);
                match spec
                    .compact
                    .filter(|c| compact::applies(*c, &cells, self.compact_page))
                {
                    Some(kind) => {
                        self.compact_page |= compact::marks_page(kind);
                        compact::rows(section, kind, cells, notes)
                    }
                    None => plain::rows(section, cells, notes),
                }
            }
        };
        if self.compact_page {
            for row in &mut rows {
                row.run_together = true;
            }
        }
        rows
    }
}

/// Whether a header cell names a column of a profile table.
fn is_column_name(cell: &str) -> bool {
    HEADER_NAMES.contains(&cell.to_lowercase().as_str())
}

/// Whether a section is a table: tab-separated rows under a
/// tab-separated header, or nearly all lines tab rows (a tab inside a
/// plain field does not make a table); else Markdown rows, else plain.
fn layout(lines: &[&Line]) -> Layout {
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
        return Layout::Tabs;
    }
    lines
        .iter()
        .filter(|l| l.cells.is_none() && table_row(&l.text).is_some_and(|c| c.len() >= 2))
        .nth(1)
        .map_or(Layout::Plain, |_| Layout::Markdown)
}

/// Adds a table row to `table`: as its header when it is the first that
/// names a column, else as a row of cells on `line`.
fn push_row(table: &mut Table, cells: Vec<String>, line: usize) {
    let lowered: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
    if table.header.is_empty() && lowered.iter().any(|c| is_column_name(c)) {
        table.header = lowered;
        return;
    }
    table.rows.push(
        cells
            .into_iter()
            .map(|text| Cell::new(text, line))
            .collect(),
    );
}

/// A table's rows put in the section's columns, as its [`Header`] says.
fn place(spec: &Spec, table: Table, notes: &mut Notes) -> Vec<Row> {
    if spec.header == Header::EachNamed {
        return each_named(&table, notes);
    }
    // The header's order when it names every column, else the page's.
    let named = spec
        .columns
        .iter()
        .map(|column| table.header.iter().position(|h| h == column.name()))
        .collect::<Option<Vec<usize>>>()
        .filter(|_| spec.header == Header::AllNamed);
    let positions = named.unwrap_or_else(|| (0..spec.columns.len()).collect());
    let mut rows = Vec::new();
    for cells in table.rows {
        let mut row = Row::new(cells.first().map_or(0, |c| c.line));
        for (i, cell) in cells.into_iter().enumerate() {
            match positions.iter().position(|p| *p == i) {
                Some(column) => row.set(spec.columns[column], cell),
                None if spec.extra == Extra::Unplaced && !cell.text.is_empty() => {
                    notes.unplace(cell.line, cell.text);
                }
                None => {}
            }
        }
        rows.push(row);
    }
    rows
}

/// Knowledge/skills table rows: each column where the header names it;
/// cells past the header's width are unplaced.
fn each_named(table: &Table, notes: &mut Notes) -> Vec<Row> {
    let position = |column: Column| table.header.iter().position(|h| h == column.name());
    let title = position(Column::Title).unwrap_or(0);
    let details = position(Column::Details).unwrap_or(1);
    let depth = position(Column::Depth);
    let kind = position(Column::Type);
    let width = table.header.len().max(2);
    let mut rows = Vec::new();
    for cells in &table.rows {
        for cell in cells.iter().skip(width).filter(|c| !c.text.is_empty()) {
            notes.unplace(cell.line, cell.text.clone());
        }
        if cells.len() < width {
            rows.push(short_skill_row(cells, notes));
            continue;
        }
        let line = cells[0].line;
        let get = |i: usize| cells.get(i).cloned().unwrap_or(Cell::new("", line));
        let mut row = Row::new(line)
            .with(Column::Title, get(title))
            .with(Column::Details, get(details));
        if let Some(cell) = depth.map(get).filter(|c| !c.text.is_empty()) {
            row.set(Column::Depth, cell);
        }
        if let Some(cell) = kind.map(get) {
            row.set(Column::Type, cell);
        }
        rows.push(row);
    }
    rows
}

/// A knowledge/skills table row with fewer cells than its header has
/// columns: which cell was lost is unknown, so each is placed by what it
/// says (a depth, a type, long details, else the title) and the row is
/// reported.
fn short_skill_row(cells: &[Cell], notes: &mut Notes) -> Row {
    let line = cells.first().map_or(0, |c| c.line);
    notes.note(
        line,
        "a knowledge/skill row has fewer cells than the table has columns: its cells were placed by what they say; check its title, depth, details and type",
    );
    let mut row = Row::new(line);
    let mut rest = Vec::new();
    for cell in cells.iter().filter(|c| !c.text.is_empty()) {
        if !row.has(Column::Depth) && Depth::from_label(&cell.text).is_some() {
            row.set(Column::Depth, cell.clone());
        } else if !row.has(Column::Type) && compact::is_type(&cell.text) {
            row.set(Column::Type, cell.clone());
        } else {
            rest.push(cell.clone());
        }
    }
    let empty = || Cell::new("", line);
    let (title, details) = match rest.len() {
        0 => (empty(), empty()),
        1 if compact::looks_compact(&rest[0].text) => (empty(), rest.remove(0)),
        1 => (rest.remove(0), empty()),
        _ => {
            let title = rest.remove(0);
            let text = rest
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            (title, Cell::new(text, line))
        }
    };
    if !row.has(Column::Type) {
        row.set(Column::Type, empty());
    }
    row.with(Column::Title, title)
        .with(Column::Details, details)
}
