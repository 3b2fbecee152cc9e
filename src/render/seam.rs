//! The one seam between a value and its text. Every report type implements
//! [`Render`], saying how it reads as a table, as Markdown and, when it has
//! one, as CSV; [`render`] picks the format, and JSON and YAML come from
//! the value's serialisation. A new format is one method here and one file
//! per report type in its own module; no command changes.
//!
//! It only chooses among renderers; the text itself is theirs.

use serde::Serialize;

use super::{Format, Layout, ListingRow, csv, json, markdown, table, yaml};
use crate::career::{PathReport, RolesReport};
use crate::compare::Comparison;
use crate::history::HistoryReport;
use crate::profile::Profile;
use crate::report::GapReport;
use crate::team::TeamReport;

/// How a rendering should look, whatever the format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Width and colour of the table format.
    pub layout: Layout,
    /// Show how each number was worked out (gap reports only).
    pub explain: bool,
}

impl Options {
    /// `layout`, and no explanations.
    #[must_use]
    pub fn plain(layout: Layout) -> Self {
        Self {
            layout,
            explain: false,
        }
    }
}

/// A value with a text form in every format a command offers.
pub trait Render: Serialize {
    /// The terminal table.
    fn table(&self, options: &Options) -> String;
    /// GitHub-flavoured Markdown.
    fn markdown(&self, options: &Options) -> String;
    /// The CSV rows, for the values that are tabular.
    fn csv(&self) -> Option<String> {
        None
    }
    /// One self-contained HTML page (SPEC §11), for the values that have
    /// one.
    fn html(&self) -> Option<String> {
        None
    }
    /// What the value is, for a format it lacks.
    fn what(&self) -> &'static str;
    /// Whether its JSON and YAML open with `format_version` (the reports
    /// scripts read; not a profile, whose YAML is a profile file).
    fn versioned(&self) -> bool {
        true
    }
}

/// A report's JSON and YAML: `format_version` first, then the report's
/// own fields.
#[derive(Serialize)]
struct Versioned<'a, T: ?Sized + Serialize> {
    format_version: u32,
    #[serde(flatten)]
    value: &'a T,
}

/// A format asked of a value that has no such form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} has no {format} form")]
pub struct NoSuchForm {
    pub what: &'static str,
    pub format: &'static str,
}

/// `value` as text in `format`: the single entry point for rendering.
///
/// # Errors
/// [`NoSuchForm`] when the value has no form in `format` (a profile has
/// no CSV); the command line never asks for one.
pub fn render<T: Render + ?Sized>(
    value: &T,
    format: Format,
    options: &Options,
) -> Result<String, NoSuchForm> {
    Ok(match format {
        Format::Table => value.table(options),
        Format::Markdown => value.markdown(options),
        Format::Json if value.versioned() => json::to_json(&Versioned {
            format_version: super::FORMAT_VERSION,
            value,
        }),
        Format::Yaml if value.versioned() => yaml::to_yaml(&Versioned {
            format_version: super::FORMAT_VERSION,
            value,
        }),
        Format::Json => json::to_json(value),
        Format::Yaml => yaml::to_yaml(value),
        Format::Csv => value.csv().ok_or(NoSuchForm {
            what: value.what(),
            format: "csv",
        })?,
        Format::Html => value.html().ok_or(NoSuchForm {
            what: value.what(),
            format: "html",
        })?,
    })
}

impl Render for GapReport {
    fn table(&self, options: &Options) -> String {
        table::report(self, options.layout, options.explain)
    }
    fn markdown(&self, options: &Options) -> String {
        markdown::report(self, options.explain)
    }
    fn csv(&self) -> Option<String> {
        Some(csv::report(self))
    }
    fn html(&self) -> Option<String> {
        Some(super::html::report(self))
    }
    fn what(&self) -> &'static str {
        "a gap report"
    }
}

impl Render for TeamReport {
    fn table(&self, options: &Options) -> String {
        table::team(self, options.layout)
    }
    fn markdown(&self, _: &Options) -> String {
        markdown::team(self)
    }
    fn csv(&self) -> Option<String> {
        Some(csv::team(self))
    }
    fn html(&self) -> Option<String> {
        Some(super::html::team(self))
    }
    fn what(&self) -> &'static str {
        "a team report"
    }
}

impl Render for Comparison {
    fn table(&self, options: &Options) -> String {
        table::compare(self, options.layout)
    }
    fn markdown(&self, _: &Options) -> String {
        markdown::compare(self)
    }
    fn csv(&self) -> Option<String> {
        Some(csv::compare(self))
    }
    fn html(&self) -> Option<String> {
        Some(super::html::compare(self))
    }
    fn what(&self) -> &'static str {
        "a comparison"
    }
}

impl Render for Profile {
    fn versioned(&self) -> bool {
        false
    }
    fn table(&self, options: &Options) -> String {
        table::profile(self, options.layout)
    }
    fn markdown(&self, _: &Options) -> String {
        markdown::profile(self)
    }
    fn html(&self) -> Option<String> {
        Some(super::html::profile(self))
    }
    fn what(&self) -> &'static str {
        "a profile"
    }
}

impl Render for [ListingRow] {
    fn versioned(&self) -> bool {
        false
    }
    fn table(&self, options: &Options) -> String {
        table::listing(self, options.layout)
    }
    fn markdown(&self, _: &Options) -> String {
        markdown::listing(self)
    }
    fn what(&self) -> &'static str {
        "the list of profiles"
    }
}

impl Render for RolesReport {
    fn table(&self, options: &Options) -> String {
        table::roles(self, options.layout)
    }
    fn markdown(&self, _: &Options) -> String {
        markdown::roles(self)
    }
    fn csv(&self) -> Option<String> {
        Some(csv::roles(self))
    }
    fn html(&self) -> Option<String> {
        Some(super::html::roles(self))
    }
    fn what(&self) -> &'static str {
        "a roles list"
    }
}

impl Render for PathReport {
    fn table(&self, options: &Options) -> String {
        table::path(self, options.layout)
    }
    fn markdown(&self, _: &Options) -> String {
        markdown::path(self)
    }
    fn html(&self) -> Option<String> {
        Some(super::html::path(self))
    }
    fn what(&self) -> &'static str {
        "a career path"
    }
}

impl Render for HistoryReport {
    fn table(&self, options: &Options) -> String {
        table::history(self, options.layout)
    }
    fn markdown(&self, _: &Options) -> String {
        markdown::history(self)
    }
    fn csv(&self) -> Option<String> {
        Some(csv::history(self))
    }
    fn html(&self) -> Option<String> {
        Some(super::html::history(self))
    }
    fn what(&self) -> &'static str {
        "a history"
    }
}
