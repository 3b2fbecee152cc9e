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

/// In the human format, findings of one file with the same rule and
/// message beyond this many are summed up in one line with their exact
/// count (JSON and GitHub list every one).
const ALIKE_LISTED: usize = 3;
/// ...but only when there are more than this many of them.
const ALIKE_GROUPED: usize = 5;

fn human<'a>(outcome: &'a Outcome, paint: Paint) -> String {
    let alike = |d: &'a Diagnostic| (d.path.as_path(), d.rule, d.message.as_str());
    let mut totals: HashMap<_, usize> = HashMap::new();
    for d in &outcome.diagnostics {
        *totals.entry(alike(d)).or_default() += 1;
    }
    let mut listed: HashMap<_, usize> = HashMap::new();
    let mut out = String::new();
    for d in &outcome.diagnostics {
        let key = alike(d);
        let total = totals[&key];
        let seen = listed.entry(key).or_default();
        *seen += 1;
        let severity = match d.severity {
            Severity::Error => paint.error("error"),
            Severity::Warning => paint.warning("warning"),
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

    #[test]
    fn many_alike_findings_of_a_file_are_summed_up_with_their_exact_count() {
        let finding = |line| {
            Diagnostic::new(
                "a.yaml",
                Location { line, column: 12 },
                Rule::OffScale,
                "`depth`: unknown variant `fluent`",
            )
        };
        let outcome = Outcome {
            files: 1,
            diagnostics: (1..=1000).map(finding).collect(),
            unreadable: Vec::new(),
        };
        let text = render(&outcome, DiagnosticFormat::Human, Paint::default());
        insta::assert_snapshot!(text, @r"
        a.yaml:1:12: error: `depth`: unknown variant `fluent` [off-scale]
        a.yaml:2:12: error: `depth`: unknown variant `fluent` [off-scale]
        a.yaml:3:12: error: `depth`: unknown variant `fluent` [off-scale]
        a.yaml: error: ... and 997 more like this [off-scale]
        1000 errors, 0 warnings in 1 file
        ");
        let github = render(&outcome, DiagnosticFormat::Github, Paint::default());
        assert_eq!(
            github.lines().filter(|l| l.starts_with("::error")).count(),
            1000
        );
    }
}
