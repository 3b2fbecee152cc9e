//! Renderers: each turns a domain value into a `String`; the caller writes
//! it. One file per output format. Nothing here prints or reads the
//! environment; width and colour are passed in.

pub mod csv;
pub mod diagnostics;
pub mod json;
pub mod markdown;
mod seam;
mod source;
pub mod table;
pub mod terminal;
pub mod wrap;
pub mod yaml;

pub use seam::{NoSuchForm, Options, Render, render};
pub(crate) use source::{NOT_IN_SOURCE, attribution, ladder_place, or_lacking, team_attributions};

use serde::Serialize;

/// With `team --by-role`: ", on 4 levels: Junior, DevOps engineer, …";
/// else nothing.
pub(crate) fn levels_present(team: &crate::team::ProfileTeam, clean: fn(&str) -> String) -> String {
    match team.levels.as_slice() {
        [] => String::new(),
        levels => format!(
            ", on {}: {}",
            crate::text::plural(levels.len(), "level"),
            levels
                .iter()
                .map(|level| clean(&level.label))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// What a team with no training need says: no gap at all, or gaps that no
/// development component of the profile reaches (the framework's profiles
/// have none).
pub(crate) fn no_training_needs(team: &crate::team::ProfileTeam) -> &'static str {
    if team.members.iter().all(|m| m.gaps == 0) {
        "No gaps to close."
    } else {
        "No development component of the profile reaches these gaps: each person's `report` plans them as experience at work."
    }
}

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

/// A level's text on one line: a framework's "You can:" and its "- …"
/// points read as one sentence ("You can: design …; select …"), safe to
/// print.
pub(crate) fn level_text(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let line = line
            .strip_prefix("- ")
            .or_else(|| line.strip_prefix("* "))
            .unwrap_or(line);
        if !out.is_empty() {
            out.push_str(if out.ends_with(':') || out.ends_with(';') {
                " "
            } else {
                "; "
            });
        }
        out.push_str(line);
    }
    crate::text::one_line(&out)
}

/// What a plan with no step says: "No gaps to close." only when every
/// required item is rated; otherwise how many are unrated and how to rate
/// them, since an unrated requirement is no known gap, nor known met (SPEC
/// §10).
pub(crate) fn nothing_to_plan(report: &crate::report::GapReport) -> String {
    match report.summary.not_rated {
        0 => "No gaps to close.".to_owned(),
        1 => "No gaps among the rated items, but 1 required item is not rated: \
              rate it (assess --resume FILE) before planning."
            .to_owned(),
        n => format!(
            "No gaps among the rated items, but {n} required items are not rated: \
             rate them (assess --resume FILE) before planning."
        ),
    }
}

/// How many gaps a plan step lists as "also helps with" before "and N
/// more": a component can develop hundreds of gaps earlier steps close,
/// and a person reads the plan for what each step adds.
pub(crate) const ALSO_HELPS_SHOWN: usize = 6;

/// The first [`ALSO_HELPS_SHOWN`] gaps, each through `show`, then
/// "and N more" for the rest.
pub(crate) fn also_helps_list(
    gaps: &[crate::plan::GapRef],
    show: impl Fn(&crate::plan::GapRef) -> String,
) -> String {
    let mut shown: Vec<String> = gaps.iter().take(ALSO_HELPS_SHOWN).map(show).collect();
    if gaps.len() > ALSO_HELPS_SHOWN {
        shown.push(format!("and {} more", gaps.len() - ALSO_HELPS_SHOWN));
    }
    shown.join(", ")
}

/// Output formats of `show` and `profiles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileFormat {
    Table,
    Markdown,
    Json,
    Yaml,
}

impl From<ProfileFormat> for Format {
    fn from(format: ProfileFormat) -> Self {
        match format {
            ProfileFormat::Table => Self::Table,
            ProfileFormat::Markdown => Self::Markdown,
            ProfileFormat::Json => Self::Json,
            ProfileFormat::Yaml => Self::Yaml,
        }
    }
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
    /// The profile `assess` uses when none is named.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub default: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub level: Option<String>,
    /// Rank on the role's ladder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<u8>,
    /// `technical` or `management`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<&'static str>,
    /// Knowledge/skills plus organisation skills.
    pub rated_items: usize,
    /// "built-in" or the file the profile came from.
    pub origin: String,
    /// A folder profile that replaces the built-in of the same id.
    pub overrides_builtin: bool,
    /// The profile's digest, as assessments record it. Only the json and
    /// yaml formats carry it (always): working it out takes the parsed
    /// profile, and the table and markdown listings, which do not show it,
    /// list built-in profiles without parsing them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// What a trend line of `history` shows, said beside it.
pub(crate) const TREND_LEGEND: &str =
    "readiness at each assessment, oldest first; ▁ is 0 %, █ is 100 %";

/// What `path --to` says of the profile the person is already at: nothing
/// is beyond it, however short of it they are.
pub(crate) const PATH_SAME_LEVEL: &str =
    "It is the current level; `skillgap report` lists the gaps against it.";
