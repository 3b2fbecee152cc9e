//! Where a profile's text comes from, printed with it: the Open Government
//! Licence attribution wherever DDaT text is shown (`show`, `report`,
//! `team`, `compare`, in every text format, and a `source` in JSON), and the
//! FEDIP profile's note that its text is BCS/FEDIP material under no
//! licence (SPEC §3, §9). And `show`'s view of a framework profile: role,
//! ladder place, role description, retired, DDaT links, level texts.

use std::path::Path;

use crate::common::{Run, fixture, in_dir, run};

const OGL: &str =
    "Contains public sector information licensed under the Open Government Licence v3.0.";
const DDAT: &str = "ddat-senior-devops-engineer-management";

/// `text` with its lines joined by spaces, so a wrapped sentence reads
/// whole.
fn unwrapped(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_within_80_columns(text: &str) {
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
}

fn count(text: &str, what: &str) -> usize {
    unwrapped(text).matches(what).count()
}

#[test]
fn show_of_a_ddat_profile_gives_its_place_its_role_and_the_licence_it_is_under() {
    let result = run(&["show", DDAT]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_within_80_columns(&result.stdout);
    assert_eq!(count(&result.stdout, OGL), 1, "once, under the source");
    insta::assert_snapshot!("attribution_show_ddat_table", result.stdout);
}

#[test]
fn show_of_a_ddat_profile_as_markdown_has_every_level_text_and_the_licence() {
    let result = run(&["show", DDAT, "--format", "markdown"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(count(&result.stdout, OGL), 1);
    insta::assert_snapshot!("attribution_show_ddat_markdown", result.stdout);
}

#[test]
fn show_of_the_fedip_profile_says_its_text_is_bcs_material_and_claims_no_licence() {
    for format in ["table", "markdown"] {
        let result = run(&[
            "show",
            "senior-devops-engineer-management",
            "--format",
            format,
        ]);
        assert_eq!(result.code, 0, "{}", result.stderr);
        let text = unwrapped(&result.stdout);
        assert!(
            text.contains("BCS/FEDIP material") && text.contains("no licence is claimed over it"),
            "{format}: {}",
            result.stdout
        );
        assert!(!text.contains("Open Government Licence"), "{format}");
        assert!(!text.contains("Licence:"), "{format}");
    }
}

#[test]
fn show_marks_a_retired_level_its_ddat_link_and_what_the_source_lacks() {
    let path = fixture("retired-framework-level.yaml");
    let path = path.to_str().unwrap();
    let table = run(&["show", path]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    insta::assert_snapshot!("attribution_show_retired_table", table.stdout);
    let markdown = run(&["show", path, "--format", "markdown"]);
    assert_eq!(markdown.code, 0, "{}", markdown.stderr);
    insta::assert_snapshot!("attribution_show_retired_markdown", markdown.stdout);
}

#[test]
fn show_json_and_yaml_carry_the_source_with_its_licence_and_attribution() {
    let json = run(&["show", DDAT, "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["source"]["attribution"], OGL);
    assert_eq!(value["source"]["licence"], "Open Government Licence v3.0");
    let yaml = run(&["show", DDAT, "--format", "yaml"]);
    assert!(yaml.stdout.contains(OGL), "{}", yaml.stdout);
}

/// Saves an assessment of `person` against `profile` from `answers` in
/// `dir`, as `out`.
fn assess(dir: &Path, profile: &str, person: &str, answers: &str, out: &str) {
    std::fs::write(dir.join("answers.yaml"), answers).unwrap();
    let result = in_dir(
        dir,
        &[
            "assess",
            profile,
            "--answers",
            "answers.yaml",
            "--name",
            person,
            "--out",
            out,
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
}

fn report(dir: &Path, args: &[&str]) -> Run {
    let result = in_dir(dir, args);
    assert_eq!(result.code, 0, "{args:?}: {}", result.stderr);
    result
}

#[test]
fn a_report_against_a_ddat_profile_ends_with_the_attribution_in_every_text_format() {
    let dir = tempfile::tempdir().unwrap();
    assess(
        dir.path(),
        DDAT,
        "Kim Lee",
        "systems-design: 2\nuser-focus: 3\nprototyping: 1\n",
        "kim.yaml",
    );
    let table = report(dir.path(), &["report", "kim.yaml"]);
    assert_within_80_columns(&table.stdout);
    assert_eq!(count(&table.stdout, OGL), 1, "{}", table.stdout);
    let last: Vec<&str> = table.stdout.lines().rev().take(3).collect();
    assert!(
        unwrapped(&last.into_iter().rev().collect::<Vec<_>>().join(" ")).starts_with(
            "Source: Government Digital and Data Profession Capability Framework, 2024-10-22."
        ),
        "at the end, with the source and its date: {}",
        table.stdout
    );
    let markdown = report(dir.path(), &["report", "kim.yaml", "--format", "markdown"]);
    assert_eq!(count(&markdown.stdout, OGL), 1, "{}", markdown.stdout);
    assert!(markdown.stdout.trim_end().ends_with(OGL));

    let json = report(dir.path(), &["report", "kim.yaml", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let source = &value["profile"]["source"];
    assert_eq!(source["attribution"], OGL);
    assert_eq!(source["licence"], "Open Government Licence v3.0");
    assert_eq!(
        source["url"],
        "https://ddat-capability-framework.service.gov.uk/download"
    );
    let shown = run(&["show", DDAT, "--format", "json"]);
    let shown: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(source, &shown["source"], "the same field as show's JSON");
    let yaml = report(dir.path(), &["report", "kim.yaml", "--format", "yaml"]);
    assert!(yaml.stdout.contains(OGL));
}

#[test]
fn a_report_against_the_fedip_profile_claims_no_licence() {
    let result = run(&[
        "report",
        fixture("../../examples/sam-nearly-ready.yaml")
            .to_str()
            .unwrap(),
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(!result.stdout.contains("Licence"), "{}", result.stdout);
    assert!(!result.stdout.contains("Source:"), "{}", result.stdout);
}

#[test]
fn team_and_compare_of_ddat_assessments_carry_the_attribution_once() {
    let dir = tempfile::tempdir().unwrap();
    assess(
        dir.path(),
        DDAT,
        "Kim Lee",
        "systems-design: 2\n",
        "kim.yaml",
    );
    assess(
        dir.path(),
        DDAT,
        "Ana Diaz",
        "systems-design: 3\n",
        "ana.yaml",
    );
    for format in ["table", "markdown"] {
        let team = report(
            dir.path(),
            &["team", "kim.yaml", "ana.yaml", "--format", format],
        );
        assert_eq!(
            count(&team.stdout, OGL),
            1,
            "team {format}: {}",
            team.stdout
        );
        let compare = in_dir(
            dir.path(),
            &["compare", "kim.yaml", "ana.yaml", "--format", format],
        );
        assert_eq!(
            count(&compare.stdout, OGL),
            1,
            "compare {format}: {}{}",
            compare.stdout,
            compare.stderr
        );
    }
    let team = report(
        dir.path(),
        &["team", "kim.yaml", "ana.yaml", "--format", "json"],
    );
    assert!(team.stdout.contains(OGL), "{}", team.stdout);
}

#[test]
fn escape_codes_in_a_source_or_role_description_are_shown_not_obeyed() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("retired-framework-level.yaml"))
        .unwrap()
        .replace(
            "role_description: Widget engineers build and look after widgets.",
            "role_description: \"\\e[2JWidget engineers build and look after widgets.\"",
        )
        .replace(
            "  attribution: Contains public sector information licensed under the Open Government Licence v3.0.",
            "  attribution: \"\\e[31mContains public sector information.\"",
        );
    assert_eq!(text.matches("\\e[").count(), 2, "{text}");
    let path = dir.path().join("hostile.yaml");
    std::fs::write(&path, text).unwrap();
    for format in ["table", "markdown"] {
        let result = run(&["show", path.to_str().unwrap(), "--format", format]);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert!(
            !result.stdout.contains('\u{1b}'),
            "{format}: {}",
            result.stdout
        );
        assert!(result.stdout.contains("Widget engineers"), "{format}");
        assert!(
            result
                .stdout
                .contains("Contains public sector information."),
            "{format}"
        );
    }
}
