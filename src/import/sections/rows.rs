//! A section's body as rows of cells: fixed-width rows from the plain
//! cell stream, table cells in column order, and the checks shared by the
//! section readers (shifted or lost titles). It must not build components.

use super::super::lines::Line;
use super::compact::{Compact, expand_compact, is_compact};
use super::table::body;
use super::{Body, Cell, Reader, Section};
use crate::profile::Field;

/// The plain cell stream, cut into rows of `width`. A last row made only
/// of empty cells is dropped; a last row with too few cells is reported
/// as unplaced rather than guessed at.
pub(super) fn fixed_rows(cells: &[Cell], width: usize, reader: &mut Reader) -> Vec<Vec<Cell>> {
    let mut rows: Vec<Vec<Cell>> = cells.chunks(width).map(<[Cell]>::to_vec).collect();
    if rows
        .last()
        .is_some_and(|row| row.iter().all(|c| c.text.is_empty()))
    {
        rows.pop();
    }
    if rows.last().is_some_and(|row| row.len() < width) {
        for cell in rows.pop().unwrap_or_default() {
            if !cell.text.is_empty() {
                reader.unplaced.push((cell.line, cell.text));
            }
        }
    }
    rows
}
/// Puts a table's cells in the order `columns` names them, when its header
/// names them all in another order ("Details | Title |"). A cell beyond
/// those columns is listed as unplaced, not dropped.
pub(super) fn in_column_order(body: &mut Body, columns: &[&str], reader: &mut Reader) {
    let positions = columns
        .iter()
        .map(|name| body.header.iter().position(|h| h == name))
        .collect::<Option<Vec<usize>>>()
        .unwrap_or_else(|| (0..columns.len()).collect());
    for row in &mut body.rows {
        let line = row.first().map_or(0, |c| c.line);
        for (i, cell) in row.iter().enumerate() {
            if !positions.contains(&i) && !cell.text.is_empty() {
                reader.unplaced.push((cell.line, cell.text.clone()));
            }
        }
        *row = positions
            .iter()
            .map(|p| {
                row.get(*p).cloned().unwrap_or(Cell {
                    text: String::new(),
                    line,
                })
            })
            .collect();
    }
}

/// A section's lines as table rows in a known column order, or as the
/// cells of a plain page (compact rows expanded); sets `compact_page`
/// when the section came as compact rows.
pub(super) fn section_body(
    section: Section,
    lines: &[&Line],
    compact_page: &mut bool,
    reader: &mut Reader,
) -> Body {
    let mut body = body(lines);
    reader.unplaced.append(&mut body.stray);
    match section {
        Section::WorkActivities | Section::Training | Section::Development => {
            in_column_order(&mut body, &["title", "details"], reader);
        }
        Section::Qualifications => {
            in_column_order(&mut body, &["title", "awarding body"], reader);
        }
        _ => {}
    }
    let compact = match section {
        Section::WorkActivities | Section::Training | Section::Development => Some(Compact::Plain),
        Section::KnowledgeSkills(None) => Some(Compact::Skills),
        Section::KnowledgeSkills(Some(_)) => Some(Compact::TypedSkills),
        _ => None,
    };
    if let Some(compact) = compact
        && body.rows.is_empty()
        && is_compact(&body.cells, compact)
    {
        body.cells = expand_compact(std::mem::take(&mut body.cells), compact, reader);
        *compact_page = true;
    }
    body
}

/// A title/details (or title/awarding body) section's rows: its table
/// rows, or its plain cells in pairs.
pub(super) fn two_column_rows(body: Body, reader: &mut Reader) -> Vec<Vec<Cell>> {
    if body.rows.is_empty() {
        fixed_rows(&body.cells, 2, reader)
    } else {
        body.rows
    }
}

/// The text of a row's `index`th cell; empty when the row is short.
pub(super) fn cell_text(row: &[Cell], index: usize) -> String {
    row.get(index).map_or(String::new(), |c| c.text.clone())
}

/// Says so when a row's title reads like a sentence: the fields of the
/// section have most likely shifted (a stray or lost line above).
pub(super) fn check_alignment(title: &str, line: usize, what: &str, reader: &mut Reader) {
    if title.split_whitespace().count() > 12 || title.ends_with(['.', '!', '?']) {
        reader.note(
            line,
            format!("{what}: the title reads like a sentence; the fields may have shifted here, check this section"),
        );
    }
}

pub(super) fn lost_title(
    title: &mut String,
    inferred: &mut Vec<Field>,
    line: usize,
    what: &str,
    reader: &mut Reader,
) {
    if title.trim().is_empty() {
        title.clear();
        inferred.push(Field::Title);
        reader.note(
            line,
            format!("{what} has no title in the page: supply the name it is known by"),
        );
    }
}
