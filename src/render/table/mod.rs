//! The terminal format: readable text wrapped to the terminal width, with
//! comfy-table for tabular data. The only module that knows comfy-table.

mod compare;
mod profile;
mod report;
mod team;

use comfy_table::{Cell, ContentArrangement, LineStyle, Table, TableStyle};

pub use compare::compare;
pub use profile::profile;
pub use report::report;
pub use team::team;

use super::{Layout, ListingRow};
use crate::text::one_line;

/// The lead of entry `rank` in a numbered list whose last number is
/// `last`, and the indent of its later lines: numbers are right-aligned to
/// the widest, so every entry's text starts in the same column (`  9.` and
/// ` 10.` line up, and so do their follow-on lines).
fn numbered(rank: usize, last: usize) -> (String, String) {
    let digits = last.max(rank).to_string().len();
    (format!("  {rank:>digits$}. "), " ".repeat(2 + digits + 2))
}

/// Rules above and below, a double rule under the header, nothing between
/// rows or columns: compact, and readable in a pipe.
const HOUSE_STYLE: TableStyle = TableStyle::new()
    .top_border(LineStyle::none().fill('─').junction('─'))
    .header_separator(LineStyle::none().fill('═').junction('═'))
    .bottom_border(LineStyle::none().fill('─').junction('─'));

/// A table in our house style, `width` columns wide, coloured or not.
fn new_table(layout: Layout, header: Vec<&str>) -> Table {
    let mut table = Table::new();
    table
        .load_style(HOUSE_STYLE)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(layout.width).unwrap_or(u16::MAX))
        .set_header(header);
    if layout.paint.enabled {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// Wraps text that is already safe to print (it may carry our own colour
/// codes, which take no room), between words; a word longer than the
/// line is broken (SPEC §6).
fn wrap(out: &mut String, text: &str, width: usize, first: &str, rest: &str) {
    for line in super::wrap::wrap(text, width.max(20), first, rest) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// The table's text, without trailing spaces, ending in a newline.
///
/// Each column without a constraint of its own is first kept at least as
/// wide as its longest word (up to a third of the table), so that a word
/// is broken only when it is longer than its column can be (SPEC §6). If
/// the table then runs past its width (comfy-table keeps short columns
/// whole before it shrinks others), the other columns, even those kept to
/// their content's width, wrap between their words too, leaving the room
/// to the column with the most text (the item's title); if it still runs
/// past, it is drawn with the constraints it was given.
fn finish(table: &mut Table) -> String {
    let width = table.width().map(usize::from);
    let cap = width.map_or(usize::MAX, |width| width / 3);
    // Per column: the widest word, and the widest whole cell.
    let mut longest: Vec<usize> = Vec::new();
    let mut longest_text: Vec<usize> = Vec::new();
    let rows = table.header().into_iter().chain(table.row_iter());
    for row in rows {
        for (column, cell) in row.cell_iter().enumerate() {
            let content = cell.content();
            let word = content
                .split_whitespace()
                .map(super::wrap::width)
                .max()
                .unwrap_or(0);
            if longest.len() <= column {
                longest.resize(column + 1, 0);
                longest_text.resize(column + 1, 0);
            }
            longest[column] = longest[column].max(word);
            longest_text[column] = longest_text[column].max(super::wrap::width(&content));
        }
    }
    let original: Vec<Option<comfy_table::ColumnConstraint>> = (0..longest.len())
        .map(|index| table.column(index).and_then(|c| c.constraint().copied()))
        .collect();
    let mut kept = Vec::new();
    for (index, &word) in longest.iter().enumerate() {
        if let Some(column) = table.column_mut(index)
            && column.constraint().is_none()
            && word <= cap
            // Cell padding is one space on each side.
            && let Ok(word) = u16::try_from(word + 2)
        {
            column.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(
                comfy_table::Width::Fixed(word),
            ));
            kept.push(index);
        }
    }
    let overflows = |lines: &[String]| {
        width.is_some_and(|width| {
            lines
                .iter()
                .any(|line| super::wrap::width(line.trim_end()) > width)
        })
    };
    let mut lines: Vec<String> = table.lines().collect();
    if overflows(&lines) {
        let widest = (0..longest_text.len()).max_by_key(|&index| longest_text[index]);
        for (index, &word) in longest.iter().enumerate() {
            if Some(index) != widest
                && word <= cap
                && let Some(column) = table.column_mut(index)
                && let Ok(word) = u16::try_from(word + 2)
            {
                column.set_constraint(comfy_table::ColumnConstraint::Absolute(
                    comfy_table::Width::Fixed(word),
                ));
            }
        }
        lines = table.lines().collect();
    }
    if overflows(&lines) {
        for (index, constraint) in original.into_iter().enumerate() {
            if let Some(column) = table.column_mut(index) {
                match constraint {
                    Some(constraint) => column.set_constraint(constraint),
                    None => column.remove_constraint(),
                };
            }
        }
        lines = table.lines().collect();
    }
    let mut text = String::new();
    for line in lines {
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// `skillgap profiles` as a table.
#[must_use]
pub fn listing(rows: &[ListingRow], layout: Layout) -> String {
    let mut table = new_table(layout, vec!["ID", "TITLE", "LEVEL", "ITEMS", "FROM"]);
    // Ids are what people copy into commands: never wrap them.
    if let Some(column) = table.column_mut(0) {
        column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
    for row in rows {
        let origin = if row.overrides_builtin {
            format!("{} (overrides built-in)", row.origin)
        } else {
            row.origin.clone()
        };
        table.add_row(vec![
            Cell::new(one_line(&row.id)),
            Cell::new(one_line(&row.title)),
            Cell::new(one_line(row.level.as_deref().unwrap_or("-"))),
            Cell::new(row.rated_items),
            Cell::new(one_line(&origin)),
        ]);
    }
    finish(&mut table)
}
