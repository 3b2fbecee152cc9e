//! `skillgap import`: a FEDIP / DDaT job-profile page, as text copied from a
//! browser, turned into profile YAML. Pure: text in, a profile and notes
//! out. The page comes in several layouts (plain text with a blank line
//! between fields, Markdown-style tables, SFIA tags on activity titles,
//! summary and bullets run together); each is read into rows of cells, and
//! the rows into the profile's sections.
//!
//! Nothing is guessed silently: a field the page lost is left empty and
//! marked `inferred` (validate then asks a person for it), text cut off
//! mid-sentence is kept and marked `truncated`, and every line that could
//! not be placed is reported with its number.

mod lines;
mod sections;
#[cfg(test)]
mod snapshot_tests;

use crate::profile::Profile;

pub use sections::{Note, import};

/// The result of an import.
#[derive(Debug, Clone)]
pub struct Imported {
    pub profile: Profile,
    /// Places needing a person's decision, with their line in the input.
    pub notes: Vec<Note>,
    /// Lines that could not be placed anywhere.
    pub unplaced: Vec<(usize, String)>,
}

/// Why the input is not a profile page at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NotAProfile(pub String);
