//! The normalised form every layout is read into: a [`Row`] of [`Cell`]s
//! keyed by [`Column`]. It must not know which layout a row came from.

use super::sections::Column;

/// A cell: its text (empty where the page lost a field) and line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cell {
    pub text: String,
    pub line: usize,
}

impl Cell {
    /// A cell of `text` on `line`.
    pub(super) fn new(text: impl Into<String>, line: usize) -> Self {
        Self {
            text: text.into(),
            line,
        }
    }
}

/// One item of a section, its fields by column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Row {
    /// The line the row starts on: where a field it lacks was lost.
    pub line: usize,
    /// By [`Column`], in its declaration order.
    cells: [Option<Cell>; Column::COUNT],
    /// The page was copied as compact rows (fields run together on one
    /// line) when this row was read: a field the row lacks may be inside
    /// another.
    pub run_together: bool,
}

impl Row {
    /// A row starting on `line`, with no fields yet.
    pub(super) fn new(line: usize) -> Self {
        Self {
            line,
            cells: Default::default(),
            run_together: false,
        }
    }

    /// Sets a field.
    pub(super) fn set(&mut self, column: Column, cell: Cell) {
        self.cells[column as usize] = Some(cell);
    }

    /// The row with a field set.
    #[must_use]
    pub(super) fn with(mut self, column: Column, cell: Cell) -> Self {
        self.set(column, cell);
        self
    }

    /// Whether the row has a field, even an empty one.
    pub(super) fn has(&self, column: Column) -> bool {
        self.cells[column as usize].is_some()
    }

    /// A field's text; empty when the row lacks it.
    pub(super) fn text(&self, column: Column) -> &str {
        self.cells[column as usize]
            .as_ref()
            .map_or("", |c| c.text.as_str())
    }

    /// The line of a field; the row's when it lacks it.
    pub(super) fn line_of(&self, column: Column) -> usize {
        self.cells[column as usize]
            .as_ref()
            .map_or(self.line, |c| c.line)
    }
}
