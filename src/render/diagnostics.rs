//! `validate` findings as text for people, JSON for tools, or GitHub
//! Actions workflow annotations.

use std::collections::HashMap;

use serde::Serialize;

use super::terminal::Paint;
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::{one_line, plural, sanitize};
use crate::validate::Outcome;

/// Output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticFormat {
    Human,
    Json,
    Github,
}

/// Renders `outcome` in `format`. Notes (what a source lacks, never a
/// failure) are listed in the human and GitHub formats only when `notes`
/// says so, and counted in the summary either way; JSON has them all.
#[must_use]
pub fn render(outcome: &Outcome, format: DiagnosticFormat, paint: Paint, notes: bool) -> String {
    match format {
        DiagnosticFormat::Human => human(outcome, paint, notes),
        DiagnosticFormat::Json => super::json::to_json(&JsonReport::from(outcome)),
        DiagnosticFormat::Github => github(outcome, notes),
    }
}

fn summary(outcome: &Outcome, notes_listed: bool) -> String {
    let mut line = format!(
        "{}, {} in {}",
        plural(outcome.count(Severity::Error), "error"),
        plural(outcome.count(Severity::Warning), "warning"),
        plural(outcome.files, "file")
    );
    let notes = outcome.count(Severity::Note);
    if notes > 0 {
        line.push_str(&format!(
            "; {} on what the source lacks{}",
            plural(notes, "note"),
            if notes_listed {
                ""
            } else {
                " (--notes lists them)"
            }
        ));
    }
    if !outcome.unreadable.is_empty() {
        line.push_str(&format!(
            "; {} could not be read",
            plural(outcome.unreadable.len(), "path")
        ));
    }
    line
}

/// In the human format, findings of one file with the same rule and
/// message beyond this many are summed up in one line with their exact
/// count (JSON and GitHub list every one).
const ALIKE_LISTED: usize = 3;
/// ...but only when there are more than this many of them.
const ALIKE_GROUPED: usize = 5;

fn human<'a>(outcome: &'a Outcome, paint: Paint, notes: bool) -> String {
    let alike = |d: &'a Diagnostic| (d.path.as_path(), d.rule, d.message.as_str());
    let mut totals: HashMap<_, usize> = HashMap::new();
    for d in &outcome.diagnostics {
        *totals.entry(alike(d)).or_default() += 1;
    }
    let mut listed: HashMap<_, usize> = HashMap::new();
    let mut out = String::new();
    for d in &outcome.diagnostics {
        if d.severity == Severity::Note && !notes {
            continue;
        }
        let key = alike(d);
        let total = totals[&key];
        let seen = listed.entry(key).or_default();
        *seen += 1;
        let severity = match d.severity {
            Severity::Error => paint.error("error"),
            Severity::Warning => paint.warning("warning"),
            Severity::Note => paint.dim("note"),
        };
        let path = one_line(&d.path.display().to_string());
        let rule = paint.dim(&format!("[{}]", d.rule));
        if total > ALIKE_GROUPED && *seen > ALIKE_LISTED {
            if *seen == ALIKE_LISTED + 1 {
                out.push_str(&format!(
                    "{path}: {severity}: ... and {} more like this {rule}\n",
                    total - ALIKE_LISTED
                ));
            }
            continue;
        }
        out.push_str(&format!(
            "{path}:{}:{}: {severity}: {} {rule}\n",
            d.line,
            d.column,
            one_line(&d.message),
        ));
    }
    out.push_str(&summary(outcome, notes));
    out.push('\n');
    out
}

/// Escapes workflow-command data (the message). Control and escape
/// characters are made visible first: the Actions log renders ANSI codes.
fn escape_data(text: &str) -> String {
    sanitize(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow-command property value (file, title).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn github(outcome: &Outcome, notes: bool) -> String {
    let mut out = String::new();
    for d in &outcome.diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note if notes => "notice",
            Severity::Note => continue,
        };
        out.push_str(&format!(
            "::{command} file={},line={},col={},title={}::{}\n",
            escape_property(&d.path.display().to_string()),
            d.line,
            d.column,
            escape_property(d.rule.id()),
            escape_data(&d.message)
        ));
    }
    for problem in &outcome.unreadable {
        out.push_str(&format!(
            "::error file={}::{}\n",
            escape_property(&problem.path.display().to_string()),
            escape_data(&format!("cannot read: {}", problem.reason))
        ));
    }
    out.push_str(&summary(outcome, notes));
    out.push('\n');
    out
}

/// The JSON shape of `validate --format json`.
#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    format_version: u32,
    files: usize,
    errors: usize,
    warnings: usize,
    notes: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    unreadable: Vec<JsonUnreadable<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonUnreadable<'a> {
    path: String,
    reason: &'a str,
}

#[derive(Debug, Serialize)]
struct JsonDiagnostic<'a> {
    path: String,
    line: usize,
    column: usize,
    severity: Severity,
    rule: &'static str,
    message: &'a str,
}

impl<'a> From<&'a Outcome> for JsonReport<'a> {
    fn from(outcome: &'a Outcome) -> Self {
        Self {
            format_version: super::FORMAT_VERSION,
            files: outcome.files,
            errors: outcome.count(Severity::Error),
            warnings: outcome.count(Severity::Warning),
            notes: outcome.count(Severity::Note),
            diagnostics: outcome
                .diagnostics
                .iter()
                .map(|d: &Diagnostic| JsonDiagnostic {
                    path: d.path.display().to_string(),
                    line: d.line,
                    column: d.column,
                    severity: d.severity,
                    rule: d.rule.id(),
                    message: &d.message,
                })
                .collect(),
            unreadable: outcome
                .unreadable
                .iter()
                .map(|u| JsonUnreadable {
                    path: u.path.display().to_string(),
                    reason: &u.reason,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
#[path = "diagnostics_tests.rs"]
mod tests;
