//! Unit tests of `diagnostics`.

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
        unlisted_notes: 0,
        unreadable: Vec::new(),
    }
}

#[test]
fn github_annotations_escape_properties_and_data() {
    let text = render(
        &outcome(),
        DiagnosticFormat::Github,
        Paint::default(),
        false,
    );
    insta::assert_snapshot!(text, @r"
    ::error file=dir%2Cx/a%3Ab.yaml,line=3,col=5,title=unknown-develops::100%25 wrong second line
    1 error, 0 warnings in 1 file
    ");
}

#[test]
fn human_lines_name_path_line_column_severity_and_rule() {
    let text = render(&outcome(), DiagnosticFormat::Human, Paint::default(), false);
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
        unlisted_notes: 0,
        unreadable: Vec::new(),
    };
    let text = render(&outcome, DiagnosticFormat::Human, Paint::default(), false);
    insta::assert_snapshot!(text, @r"
    a.yaml:1:12: error: `depth`: unknown variant `fluent` [off-scale]
    a.yaml:2:12: error: `depth`: unknown variant `fluent` [off-scale]
    a.yaml:3:12: error: `depth`: unknown variant `fluent` [off-scale]
    a.yaml: error: ... and 997 more like this [off-scale]
    1000 errors, 0 warnings in 1 file
    ");
    let github = render(&outcome, DiagnosticFormat::Github, Paint::default(), false);
    assert_eq!(
        github.lines().filter(|l| l.starts_with("::error")).count(),
        1000
    );
}
