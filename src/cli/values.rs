//! The values the command line's options take, as clap value enums, and
//! how each becomes the application's own type. Parsing only; nothing here
//! decides what a command does.

use clap::ValueEnum;

use crate::assessment::Assessor;
use crate::render::{Format, ProfileFormat};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum ShowFormat {
    Table,
    Markdown,
    Json,
    Yaml,
}

/// `show` and `path`: the profile formats and a page.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum PageFormat {
    Table,
    Markdown,
    Json,
    Yaml,
    /// One self-contained page: inline CSS and SVG, no script, no request.
    Html,
}

impl From<PageFormat> for Format {
    fn from(format: PageFormat) -> Self {
        match format {
            PageFormat::Table => Self::Table,
            PageFormat::Markdown => Self::Markdown,
            PageFormat::Json => Self::Json,
            PageFormat::Yaml => Self::Yaml,
            PageFormat::Html => Self::Html,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum AssessorArg {
    #[value(name = "self")]
    SelfAssessed,
    Manager,
    Peer,
}

impl From<AssessorArg> for Assessor {
    fn from(arg: AssessorArg) -> Self {
        match arg {
            AssessorArg::SelfAssessed => Self::SelfAssessed,
            AssessorArg::Manager => Self::Manager,
            AssessorArg::Peer => Self::Peer,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum ReportFormat {
    Table,
    Markdown,
    Json,
    Yaml,
    Csv,
    /// One self-contained page: inline CSS and SVG, no script, no request.
    Html,
}

impl From<ReportFormat> for Format {
    fn from(format: ReportFormat) -> Self {
        match format {
            ReportFormat::Table => Self::Table,
            ReportFormat::Markdown => Self::Markdown,
            ReportFormat::Json => Self::Json,
            ReportFormat::Yaml => Self::Yaml,
            ReportFormat::Csv => Self::Csv,
            ReportFormat::Html => Self::Html,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum DiagnosticFormatArg {
    Human,
    Json,
    Github,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum SchemaArg {
    Profile,
    Assessment,
}

impl From<ShowFormat> for ProfileFormat {
    fn from(format: ShowFormat) -> Self {
        match format {
            ShowFormat::Table => Self::Table,
            ShowFormat::Markdown => Self::Markdown,
            ShowFormat::Json => Self::Json,
            ShowFormat::Yaml => Self::Yaml,
        }
    }
}

/// `--assessor-name`, tidied; a blank one is refused with the flag's own
/// example, not `--name`'s.
pub(super) fn assessor_name(text: &str) -> Result<String, String> {
    person_name(text).map_err(|_| {
        "a name cannot be blank; give the assessor's name, e.g. --assessor-name 'Kim Lee', \
         or leave the option out"
            .into()
    })
}

/// A name as given on the command line, tidied (trimmed, one space between
/// words); a blank one is refused
/// here, before anything is asked or written (SPEC §6: a person's name is
/// never blank).
pub(super) fn person_name(text: &str) -> Result<String, String> {
    let name = crate::assessment::model::tidy_name(text);
    if crate::assessment::model::is_blank_name(&name) {
        Err("a name cannot be blank; give the person's name, e.g. --name 'Alex Morgan'".into())
    } else {
        Ok(name)
    }
}

/// A `--min-readiness` percentage: a whole number from 0 to 100. Said in
/// words a person acts on; clap's own message for `60.5` was "invalid
/// digit found in string".
pub(super) fn percent(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(n) if n <= 100 => Ok(n),
        _ => Err(format!(
            "`{text}` is not a whole percentage from 0 to 100; give e.g. --min-readiness 60 \
             (the exact readiness is compared, so 59.9% is below 60)"
        )),
    }
}

/// `--released`: a calendar date, written as the profiles will carry it.
pub(super) fn released_date(text: &str) -> Result<String, String> {
    text.trim()
        .parse::<jiff::civil::Date>()
        .map(|date| date.to_string())
        .map_err(|_| format!("`{text}` is not a date; give it as YYYY-MM-DD, e.g. 2024-10-22"))
}
