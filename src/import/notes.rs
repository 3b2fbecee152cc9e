//! The notes sink: every place in the output a person should look at, and
//! every line that could not be placed, with its line number. Each stage
//! of the import writes to it; it must not decide what is worth a note.

use super::Imported;
use crate::profile::Profile;

/// A place in the output a person should look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// 1-based line number in the input.
    pub line: usize,
    pub message: String,
}

/// A line, or a cell of one, that could not be placed anywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// 1-based line number in the input.
    pub line: usize,
    pub text: String,
}

/// The notes and unplaced lines collected while reading a page.
#[derive(Debug, Default)]
pub(super) struct Notes {
    notes: Vec<Note>,
    unplaced: Vec<Unplaced>,
}

impl Notes {
    /// Asks a person to look at `line`.
    pub(super) fn note(&mut self, line: usize, message: impl Into<String>) {
        self.notes.push(Note {
            line,
            message: message.into(),
        });
    }

    /// Reports `text`, on `line`, as not placed anywhere.
    pub(super) fn unplace(&mut self, line: usize, text: impl Into<String>) {
        self.unplaced.push(Unplaced {
            line,
            text: text.into(),
        });
    }

    /// Takes back the unplaced text of `line`: it was placed after all.
    pub(super) fn place(&mut self, line: usize) {
        self.unplaced.retain(|u| u.line != line);
    }

    /// The import's result: the notes in the order they were made, and
    /// the unplaced lines in line order (those on one line in the order
    /// they were found).
    pub(super) fn into_imported(mut self, profile: Profile) -> Imported {
        self.unplaced.sort_by_key(|u| u.line);
        Imported {
            profile,
            notes: self.notes,
            unplaced: self.unplaced,
        }
    }
}
