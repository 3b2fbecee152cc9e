//! The plain layout: one field a line with a blank line between fields
//! (each further blank line a field the page lost), read into a stream of
//! cells and the cells into rows as the section's
//! `Plain` shape says. It must not turn
//! rows into components.

use super::super::lines::Line;
use super::super::notes::Notes;
use super::super::page::is_heading;
use super::super::row::{Cell, Row};
use super::super::sections::{Column, Kind, Plain, Section, skill_type_of};
use crate::profile::{Depth, SkillType};

/// Markup a browser copy can leave behind (`<br/>`, `</div>`).
fn looks_like_markup(text: &str) -> bool {
    text.starts_with('<') && text.ends_with('>')
}

/// A short label without sentence punctuation: a background type.
fn looks_like_label(text: &str) -> bool {
    !text.is_empty()
        && text.split_whitespace().count() <= 6
        && !text.ends_with(['.', '!', '?', ','])
}

/// A section's lines as a stream of cells: an empty cell where two blank
/// lines mark a lost field. Markup lines go to `notes` as unplaced.
pub(super) fn cells(lines: &[&Line], notes: &mut Notes) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
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
            notes.unplace(line.number, line.text.clone());
            blanks = blanks.saturating_sub(1);
            continue;
        }
        if started || !cells.is_empty() {
            // One blank line separates fields; each further one stands for
            // a field the page lost.
            for _ in 1..blanks {
                cells.push(Cell::new("", line.number));
            }
        }
        started = true;
        blanks = 0;
        cells.push(Cell::new(line.text.clone(), line.number));
    }
    // Empty cells between the last field and the next section belong to
    // the last row.
    for _ in 1..blanks {
        let line = cells.last().map_or(0, |c| c.line);
        cells.push(Cell::new("", line));
    }
    cells
}

/// A section's plain cells made into rows.
pub(super) fn rows(section: Section, cells: Vec<Cell>, notes: &mut Notes) -> Vec<Row> {
    let spec = section.spec();
    match spec.plain {
        Plain::Width(width) => fixed_rows(&cells, spec.columns, width, notes),
        Plain::Paragraphs => paragraphs(cells, notes),
        Plain::Skills => skill_rows(&cells, section.kind == Kind::TypedSkills, notes),
    }
}

/// The cells cut into rows of `width`, in `columns`. A last row made only
/// of empty cells is dropped; a last row with too few cells is reported
/// as unplaced rather than guessed at.
fn fixed_rows(cells: &[Cell], columns: &[Column], width: usize, notes: &mut Notes) -> Vec<Row> {
    let mut chunks: Vec<&[Cell]> = cells.chunks(width).collect();
    if chunks
        .last()
        .is_some_and(|chunk| chunk.iter().all(|c| c.text.is_empty()))
    {
        chunks.pop();
    }
    if chunks.last().is_some_and(|chunk| chunk.len() < width) {
        for cell in chunks.pop().unwrap_or_default() {
            if !cell.text.is_empty() {
                notes.unplace(cell.line, cell.text.clone());
            }
        }
    }
    chunks
        .into_iter()
        .map(|chunk| {
            let mut row = Row::new(chunk[0].line);
            for (column, cell) in columns.iter().zip(chunk) {
                row.set(*column, cell.clone());
            }
            row
        })
        .collect()
}

/// Background entries: paragraphs, each group closed by a short label
/// (its type). Paragraphs with no label after them are unplaced.
fn paragraphs(cells: Vec<Cell>, notes: &mut Notes) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut paragraphs: Vec<Cell> = Vec::new();
    for cell in cells {
        if cell.text.is_empty() {
            continue;
        }
        if looks_like_label(&cell.text) && !paragraphs.is_empty() {
            let text = paragraphs
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>()
                .join("\n\n");
            let line = paragraphs[0].line;
            rows.push(
                Row::new(line)
                    .with(Column::Description, Cell::new(text, line))
                    .with(Column::Background, cell),
            );
            paragraphs.clear();
        } else {
            paragraphs.push(cell);
        }
    }
    for cell in paragraphs {
        notes.unplace(cell.line, cell.text);
    }
    rows
}

/// Knowledge/skills rows: title, depth (before or after the details, or
/// lost), details, and the type unless the section gives it (`typed`).
fn skill_rows(cells: &[Cell], typed: bool, notes: &mut Notes) -> Vec<Row> {
    let depth_at = |i: usize| {
        cells
            .get(i)
            .filter(|c| Depth::from_label(&c.text).is_some())
            .cloned()
    };
    let mut rows = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        let title = cells[i].clone();
        i += 1;
        let mut depth = depth_at(i);
        if depth.is_some() {
            i += 1;
        } else if !typed
            && cells.get(i).is_some_and(|c| c.text.is_empty())
            && cells
                .get(i + 1)
                .is_some_and(|c| c.text.split_whitespace().count() > 3)
            && cells.get(i + 2).is_some_and(|c| {
                skill_type_of(&c.text).is_some_and(|k| k != SkillType::Behavioural)
            })
        {
            // An empty cell between the title and long details, in a row
            // whose type has depths: the depth line was lost.
            notes.note(
                cells[i].line,
                "a knowledge/skill lost its depth line in the page: it has no required depth now; set `depth` if it should",
            );
            i += 1;
        }
        let Some(details) = cells.get(i).cloned() else {
            // A title (and depth) with nothing after it: not a whole row.
            for cell in [Some(title), depth].into_iter().flatten() {
                if !cell.text.is_empty() {
                    notes.unplace(cell.line, cell.text);
                }
            }
            break;
        };
        i += 1;
        // Some pages put the depth after the details.
        if depth.is_none() {
            depth = depth_at(i);
            if depth.is_some() {
                i += 1;
            }
        }
        let mut row = Row::new(title.line)
            .with(Column::Title, title)
            .with(Column::Details, details);
        if let Some(depth) = depth {
            row.set(Column::Depth, depth);
        }
        // An empty cell here is a lost type line, unless the section itself
        // gives the type (then it is the next row's lost title).
        if let Some(kind) = cells
            .get(i)
            .filter(|c| (c.text.is_empty() && !typed) || skill_type_of(&c.text).is_some())
        {
            row.set(Column::Type, kind.clone());
            i += 1;
        }
        rows.push(row);
    }
    rows
}
