//! Renderers: each turns a domain value into a `String`; the caller writes
//! it. One file per output format. Nothing here prints or reads the
//! environment; width and colour are passed in.

pub mod csv;
pub mod diagnostics;
pub mod json;
pub mod markdown;
pub mod table;
pub mod terminal;
pub mod wrap;
pub mod yaml;

use serde::Serialize;

/// A team's single points of failure ("title (only who)") and the items
/// met by nobody, each text passed through `escape` for the format.
pub(crate) fn team_gaps(
    team: &crate::team::ProfileTeam,
    escape: impl Fn(&str) -> String,
) -> (Vec<String>, Vec<String>) {
    let spof = team
        .items
        .iter()
        .filter_map(|i| {
            i.single_point_of_failure
                .as_ref()
                .map(|who| format!("{} (only {})", escape(&i.title), escape(who)))
        })
        .collect();
    let uncovered = team
        .items
        .iter()
        .filter(|i| i.uncovered)
        .map(|i| escape(&i.title))
        .collect();
    (spof, uncovered)
}

/// Output formats of `show` and `profiles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileFormat {
    Table,
    Markdown,
    Json,
    Yaml,
}

/// Output formats of the report commands (`report`, `team`, `compare`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
    Yaml,
    Csv,
}

/// How a table-format rendering should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Columns available; text wraps to fit.
    pub width: usize,
    pub paint: terminal::Paint,
}

impl Default for Layout {
    fn default() -> Self {
        Self {
            width: 80,
            paint: terminal::Paint::default(),
        }
    }
}

/// One row of `skillgap profiles`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListingRow {
    pub id: String,
    pub title: String,
    pub level: Option<String>,
    /// Knowledge/skills plus organisation skills.
    pub rated_items: usize,
    /// "built-in" or the file the profile came from.
    pub origin: String,
    /// A folder profile that replaces the built-in of the same id.
    pub overrides_builtin: bool,
    /// The profile's digest, as assessments record it.
    pub digest: String,
}
