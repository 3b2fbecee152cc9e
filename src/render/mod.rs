//! Renderers: each turns a domain value into a `String`; the caller writes
//! it. One file per output format. Nothing here prints or reads the
//! environment; width and colour are passed in.

mod advice;
pub mod csv;
pub mod diagnostics;
mod html;
pub mod json;
pub mod markdown;
mod seam;
mod source;
pub mod table;
pub mod terminal;
pub mod wrap;
pub mod yaml;

pub(crate) use advice::{
    EDITORIAL_LINKS, MOVES_SHOWN, action_title, core_mark, later_words, more_moves, move_words,
    nothing_to_plan, plan_heading, recognition_words, support_words, unrated_plan_words,
};
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

/// The version of the reports' JSON, YAML and CSV, which each carries as
/// `format_version` (SPEC §10). 2: the development conversation's changes
/// (issue 15); a field renamed or dropped keeps its old name alongside for
/// one release, and the CHANGELOG says which.
pub const FORMAT_VERSION: u32 = 2;

/// The headline's readiness in words: "3 of 30 required items met · 6 of
/// 30 rated, 3 of those 6 met" (SPEC §10: met of required, how many are
/// rated, and met of rated when some are not).
pub(crate) fn readiness_words(s: &crate::gap::Summary) -> String {
    let met = format!(
        "{} of {} required {} met",
        s.met,
        s.with_requirement,
        if s.with_requirement == 1 {
            "item"
        } else {
            "items"
        }
    );
    match s.met_of_rated_percent {
        Some(percent) => format!(
            "{met} · rated {} of {}, of which {} met ({percent:.1}%)",
            s.rated, s.with_requirement, s.met
        ),
        None if s.rated == s.with_requirement => format!("{met} · all rated"),
        None => format!("{met} · none rated"),
    }
}

/// The headline's gaps in words, steps on each scale apart: "3 items below
/// the required level · steps short: depth 3, DDaT 2".
pub(crate) fn gaps_words(s: &crate::gap::Summary) -> String {
    let items = format!(
        "{} below the required level",
        crate::text::plural(s.gaps, "item")
    );
    if s.gaps == 0 {
        return items;
    }
    // A scale none of whose items is rated says nothing yet, not 0.
    let steps: Vec<String> = s
        .by_scale
        .iter()
        .map(|t| {
            if t.rated == 0 {
                format!("{} not rated", t.name)
            } else {
                format!("{} {}", t.name, t.steps)
            }
        })
        .collect();
    format!("{items} · steps short: {}", steps.join(", "))
}

/// The headline's unrated items: how many, that they are neither met nor
/// a gap yet, and the command that rates them.
pub(crate) fn unrated_words(report: &crate::report::GapReport) -> String {
    let n = report.summary.not_rated;
    let what = format!(
        "{}, neither met nor a gap yet",
        if n == 1 {
            "1 required item".to_owned()
        } else {
            format!("{n} required items")
        }
    );
    match report.rate_command {
        Some(_) => format!("{what}; rate {} with:", if n == 1 { "it" } else { "them" }),
        None => what,
    }
}

/// A member's steps short, each scale apart: "25 · 13", or "2" where the
/// profile rates on one scale.
pub(crate) fn steps_by_scale(member: &crate::team::Member) -> String {
    member
        .steps_by_scale
        .iter()
        .map(|s| {
            if s.rated == 0 {
                "-".to_owned()
            } else {
                s.steps.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The heading of the steps column: "steps", or "steps (depth · DDaT)"
/// where the profile rates on two scales.
pub(crate) fn steps_heading(team: &crate::team::ProfileTeam) -> String {
    let scales: Vec<&str> = team
        .members
        .first()
        .map(|m| m.steps_by_scale.iter().map(|s| s.name.as_str()).collect())
        .unwrap_or_default();
    if scales.len() > 1 {
        format!("steps ({})", scales.join(" · "))
    } else {
        "steps".to_owned()
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
    /// One self-contained page (SPEC §11).
    Html,
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
