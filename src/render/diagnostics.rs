//! `validate` findings as text for people, JSON for tools, or GitHub
//! Actions workflow annotations.

use serde::Serialize;

use super::terminal::{Paint, one_line, sanitize};
use crate::diagnostic::{Diagnostic, Severity};
use crate::validate::Outcome;

/// Output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticFormat {
    Human,
    Json,
    Github,
}

/// Renders `outcome` in `format`.
#[must_use]
pub fn render(outcome: &Outcome, format: DiagnosticFormat, paint: Paint) -> String {
    match format {
        DiagnosticFormat::Human => human(outcome, paint),
        DiagnosticFormat::Json => super::json::to_json(&JsonReport::from(outcome)),
        DiagnosticFormat::Github => github(outcome),
    }
}

fn summary(outcome: &Outcome) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut line = format!(
        "{}, {} in {}",
        plural(outcome.count(Severity::Error), "error"),
        plural(outcome.count(Severity::Warning), "warning"),
        plural(outcome.files, "file")
    );
    if !outcome.unreadable.is_empty() {
        line.push_str(&format!(
            "; {} could not be read",
            plural(outcome.unreadable.len(), "path")
        ));
    }
    line
}

fn human(outcome: &Outcome, paint: Paint) -> String {
    let mut out = String::new();
    for d in &outcome.diagnostics {
        let severity = match d.severity {
            Severity::Error => paint.error("error"),
            Severity::Warning => paint.warning("warning"),
        };
        out.push_str(&format!(
            "{}:{}:{}: {severity}: {} {}\n",
            one_line(&d.path.display().to_string()),
            d.line,
            d.column,
            one_line(&d.message),
            paint.dim(&format!("[{}]", d.rule))
        ));
    }
    out.push_str(&summary(outcome));
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

fn github(outcome: &Outcome) -> String {
    let mut out = String::new();
    for d in &outcome.diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
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
    out.push_str(&summary(outcome));
    out.push('\n');
    out
}

/// The JSON shape of `validate --format json`.
#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
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
            files: outcome.files,
            errors: outcome.count(Severity::Error),
            warnings: outcome.count(Severity::Warning),
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
mod tests {
    use super::*;
    use crate::diagnostic::Rule;
    use crate::yaml::Location;

    fn outcome() -> Outcome {
        Outcome {
            files: 1,
            diagnostics: vec![Diagnostic::new(
                "dir,x/a:b.yaml",
                Location { line: 3, column: 5 },
                Rule::UnknownDevelops,
                "100% wrong\nsecond line",
            )],
            unreadable: Vec::new(),
        }
    }

    #[test]
    fn github_annotations_escape_properties_and_data() {
        let text = render(&outcome(), DiagnosticFormat::Github, Paint::default());
        insta::assert_snapshot!(text, @r"
        ::error file=dir%2Cx/a%3Ab.yaml,line=3,col=5,title=unknown-develops::100%25 wrong second line
        1 error, 0 warnings in 1 file
        ");
    }

    #[test]
    fn human_lines_name_path_line_column_severity_and_rule() {
        let text = render(&outcome(), DiagnosticFormat::Human, Paint::default());
        insta::assert_snapshot!(text, @r"
        dir,x/a:b.yaml:3:5: error: 100% wrong second line [unknown-develops]
        1 error, 0 warnings in 1 file
        ");
    }
}
