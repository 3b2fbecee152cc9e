//! `skillgap team` says how much each person rated, so a person part-way
//! through an assessment is not mistaken for a weak one (SPEC §5, team;
//! §10).

use serde_json::Value;

use crate::common::run;

/// The row of `person` in the people table: its cells, split at runs of
/// two or more spaces.
fn row<'a>(text: &'a str, person: &str) -> Vec<&'a str> {
    let line = text
        .lines()
        .find(|line| line.trim_start().starts_with(person))
        .unwrap_or_else(|| panic!("no row for {person}:\n{text}"));
    line.split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect()
}

/// Jo Chen (examples/team/jo-chen.yaml) rated the first 14 items: 8
/// behavioural items without a requirement, then 6 of
/// the 30 required (application systems … structured reviews): 6/30, and
/// 24 not rated. Everyone else rated all 30.
#[test]
fn the_people_table_shows_how_many_required_items_each_person_rated() {
    let result = run(&["team", "examples/team"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let header = row(&result.stdout, "PERSON");
    assert_eq!(
        header,
        [
            "PERSON", "ASSESSOR", "DATE", "STATUS", "RATED", "READY", "GAPS", "STEPS"
        ]
    );
    assert_eq!(
        row(&result.stdout, "Jo Chen"),
        [
            "Jo Chen",
            "self",
            "2026-11-20",
            "in-progress",
            "6/30",
            "10.0%",
            "3",
            "3 · -"
        ]
    );
    assert_eq!(row(&result.stdout, "Alex Morgan")[4], "30/30");
    // Steps on each scale apart: Alex is 25 depth steps and 13 DDaT levels
    // short, never "38".
    assert_eq!(row(&result.stdout, "Alex Morgan")[7], "25 · 13");
    assert!(
        result
            .stdout
            .contains("STEPS: steps short on each scale (depth · DDaT), never added."),
        "{}",
        result.stdout
    );
    // Every name and assessor whole on its line, within 80 columns.
    for person in ["Alex Morgan", "Priya Shah", "Sam Rivera", "Tom Becker"] {
        assert_eq!(row(&result.stdout, person)[0], person);
    }
    for line in result.stdout.lines() {
        assert!(line.chars().count() <= 80, "{line}\n{}", result.stdout);
    }

    let markdown = run(&["team", "examples/team", "--format", "markdown"]);
    assert!(
        markdown
            .stdout
            .contains("| person | assessor | date | status | rated | readiness | gaps | steps (depth · DDaT) |"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown
            .stdout
            .contains("| Jo Chen | self | 2026-11-20 | in-progress | 6/30 | 10.0% | 3 | 3 · - |"),
        "{}",
        markdown.stdout
    );

    // The JSON has the two figures RATED is made of.
    let json = run(&["team", "examples/team", "--format", "json"]);
    let json: Value = serde_json::from_str(&json.stdout).unwrap();
    let jo = json["profiles"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["person"] == "Jo Chen")
        .unwrap();
    assert_eq!(
        (&jo["with_requirement"], &jo["not_rated"]),
        (&30.into(), &24.into())
    );
}

/// By role each person is measured against their own level: Kim, a junior,
/// rated all 9 of the junior level's required skills; the others all 10 of
/// theirs (examples/team-devops). "Lead management" stays whole.
#[test]
fn by_role_the_people_table_shows_rated_of_each_own_level_within_80_columns() {
    let result = run(&["team", "examples/team-devops", "--by-role"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        row(&result.stdout, "PERSON"),
        [
            "PERSON", "LEVEL", "DATE", "STATUS", "RATED", "READY", "GAPS", "STEPS"
        ]
    );
    assert_eq!(
        row(&result.stdout, "Kim Osei"),
        [
            "Kim Osei",
            "Junior",
            "2026-11-12",
            "complete",
            "9/9",
            "77.8%",
            "2",
            "2"
        ]
    );
    assert_eq!(
        row(&result.stdout, "Dee Walsh")[..5],
        [
            "Dee Walsh",
            "Lead management",
            "2026-11-23",
            "complete",
            "10/10"
        ]
    );
    for line in result.stdout.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    let markdown = run(&[
        "team",
        "examples/team-devops",
        "--by-role",
        "--format",
        "markdown",
    ]);
    assert!(
        markdown
            .stdout
            .contains("| Kim Osei | Junior | self | 2026-11-12 | complete | 9/9 | 77.8% |"),
        "{}",
        markdown.stdout
    );
}
