//! `team --by-role` over examples/team-devops: five people on four levels
//! of the DevOps ladder in one matrix, each measured against their own
//! level. The figures are worked by hand from the five files and the
//! levels' requirements:
//!
//! | skill | Junior | DevOps eng. | Senior | Lead mgmt |
//! | --- | --- | --- | --- | --- |
//! | Availability and capacity management | 1 | 2 | 2 | 3 |
//! | Information security | 2 | 3 | 3 | 3 |
//! | Development process optimisation | (none) | 1 | 2 | 3 |
//!
//! Kim (Junior) rates information security 1, Ravi and Mo (DevOps
//! engineer) 2, Ana (Senior) 3, Dee (Lead management) 2: only Ana meets
//! what her level asks, so she is the one point of failure. Development
//! process optimisation is not asked of Kim's level: 4 of 4 meet it.

use serde_json::Value;

use crate::common::run;

fn by_role_json() -> Value {
    let result = run(&[
        "team",
        "examples/team-devops",
        "--by-role",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

fn item<'a>(team: &'a Value, id: &str) -> &'a Value {
    team["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

#[test]
fn everyone_on_the_devops_ladder_is_one_matrix_measured_against_their_own_level() {
    let report = by_role_json();
    let teams = report["profiles"].as_array().unwrap();
    assert_eq!(teams.len(), 1, "one role, one section");
    let team = &teams[0];
    assert_eq!(team["role"], "Development operations (DevOps) engineer");
    assert_eq!(team["people"], 5);
    let labels: Vec<&str> = team["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["Junior", "DevOps engineer", "Senior", "Lead management"]
    );
    // The union of the four levels' skills: nine of Junior's and one more.
    assert_eq!(team["items"].as_array().unwrap().len(), 10);

    let security = item(team, "information-security");
    assert_eq!(
        (security["met_by"].as_u64(), security["rated_by"].as_u64()),
        (Some(1), Some(5))
    );
    assert_eq!(security["single_point_of_failure"], "Ana Costa");
    // The item's requirement is the highest any level present asks.
    assert_eq!(security["required"]["step"], 3);
    let asked: Vec<(&str, u64)> = security["required_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["level"].as_str().unwrap(),
                r["required"]["step"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        asked,
        [
            ("ddat-junior-devops-engineer", 2),
            ("ddat-devops-engineer", 3),
            ("ddat-senior-devops-engineer", 3),
            ("ddat-lead-devops-engineer-management", 3),
        ]
    );

    let process = item(team, "development-process-optimisation");
    assert_eq!(
        (process["met_by"].as_u64(), process["rated_by"].as_u64()),
        (Some(4), Some(4))
    );
    assert_eq!(process["required_by"].as_array().unwrap().len(), 3);

    // Availability: Kim's 1 meets the Junior's 1; Mo's 1 is short of his
    // level's 2, though it equals Kim's.
    let availability = item(team, "availability-and-capacity-management");
    assert_eq!(availability["met_by"], 4);

    // Each person's readiness is against their own level, as without
    // --by-role: Kim 7 of 9, Mo 7 of 10, Dee 8 of 10.
    let member = |name: &str| {
        team["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["person"] == name)
            .unwrap()
            .clone()
    };
    let kim = member("Kim Osei");
    assert_eq!(kim["level"], "ddat-junior-devops-engineer");
    assert_eq!(
        (kim["met"].as_u64(), kim["with_requirement"].as_u64()),
        (Some(7), Some(9))
    );
    let mo = member("Mo Hassan");
    assert_eq!(
        (mo["met"].as_u64(), mo["gaps"].as_u64()),
        (Some(7), Some(3))
    );
    let dee = member("Dee Walsh");
    assert_eq!(
        (dee["met"].as_u64(), dee["gaps"].as_u64()),
        (Some(8), Some(2))
    );

    // Uncovered and single points of failure say nothing else.
    let spof: Vec<&Value> = team["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| !i["single_point_of_failure"].is_null() || i["uncovered"] == true)
        .collect();
    assert_eq!(spof.len(), 1, "{spof:?}");
}

#[test]
fn without_by_role_the_same_team_splits_into_a_section_per_level() {
    let result = run(&["team", "examples/team-devops", "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: Value = serde_json::from_str(&result.stdout).unwrap();
    let sizes: Vec<u64> = report["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["people"].as_u64().unwrap())
        .collect();
    assert_eq!(sizes.iter().sum::<u64>(), 5);
    assert_eq!(sizes.len(), 4, "one section per level: {sizes:?}");
}

#[test]
fn the_table_names_each_persons_level_and_the_span_each_skill_asks() {
    let result = run(&["team", "examples/team-devops", "--by-role"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = &result.stdout;
    assert!(
        out.contains("Team report: Development operations (DevOps) engineer, every level"),
        "{out}"
    );
    assert!(
        out.contains("on 4 levels: Junior, DevOps engineer, Senior, Lead"),
        "{out}"
    );
    let row = |name: &str| {
        out.lines()
            .find(|line| line.contains(name))
            .unwrap_or_else(|| panic!("no {name} in\n{out}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        row("Kim Osei").starts_with("Kim Osei Junior 2026-11-12"),
        "{out}"
    );
    // Columns: Ana, Dee, Kim, Mo, Ravi. Requirements 2–3; only Ana meets
    // hers.
    assert_eq!(
        row("Information security"),
        "Information security 2–3 3✓ 2−1 1−1 2−1 2−1 1/5"
    );
    // Not asked of Kim's level: a dash, not "not rated".
    assert_eq!(
        row("Development process optimisation"),
        "Development process optimisation 1–3 2✓ 3✓ - 1✓ 1✓ 4/4"
    );
    assert!(
        out.contains("Single points of failure: Information security (only Ana Costa)"),
        "{out}"
    );
    // The framework's profiles have no development components: the gaps
    // are there, and are not "No gaps to close".
    assert!(!out.contains("No gaps to close"), "{out}");
    assert!(out.contains("plans them as experience at work"), "{out}");
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "wider than 80: {line}");
    }
}

#[test]
fn csv_rows_carry_each_persons_own_level_and_requirement() {
    let result = run(&[
        "team",
        "examples/team-devops",
        "--by-role",
        "--format",
        "csv",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let mut reader = csv::Reader::from_reader(result.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // 9 items of Kim's level and 10 of each of the four others'.
    assert_eq!(rows.len(), 9 + 4 * 10);
    let kim_security = rows
        .iter()
        .find(|r| &r[1] == "Kim Osei" && &r[8] == "information-security")
        .unwrap();
    assert_eq!(&kim_security[0], "ddat-junior-devops-engineer");
    assert_eq!(&kim_security[11], "2", "the Junior's requirement");
    assert!(
        !rows
            .iter()
            .any(|r| &r[1] == "Kim Osei" && &r[8] == "development-process-optimisation"),
        "not asked of a Junior"
    );
}

#[test]
fn next_level_by_role_measures_each_person_from_their_own_level() {
    let result = run(&["team", "examples/team-devops", "--by-role", "--next-level"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Kim (Junior) against DevOps engineer: meets modern development
    // standards (2) and programming (3); short of the other seven, and
    // development process optimisation is unrated.
    assert!(
        result
            .stdout
            .contains("  Kim Osei: DevOps engineer 20.0% (2 of 10)"),
        "{}",
        result.stdout
    );
    // Ana (Senior) against Lead DevOps engineer.
    assert!(
        result.stdout.contains("  Ana Costa: Lead DevOps engineer "),
        "{}",
        result.stdout
    );
}

#[test]
fn by_role_with_a_forced_profile_is_refused() {
    let result = run(&[
        "team",
        "examples/team-devops",
        "--by-role",
        "--profile",
        "ddat-devops-engineer",
    ]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("--by-role"), "{}", result.stderr);
}

#[test]
fn a_file_made_for_every_level_places_its_person_where_path_does() {
    // Pat's file serves the nine DevOps levels; Pat meets Senior DevOps
    // engineer exactly, and `path` says Pat is there.
    let result = run(&[
        "team",
        "examples/team-devops",
        "examples/career",
        "--by-role",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "by role, measured against `ddat-senior-devops-engineer`, the level its ratings fit best"
        ),
        "{}",
        result.stderr
    );
    let report: Value = serde_json::from_str(&result.stdout).unwrap();
    let pat = report["profiles"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["person"] == "Pat Example")
        .unwrap()
        .clone();
    assert_eq!(pat["level"], "ddat-senior-devops-engineer");
    assert_eq!(
        (pat["met"].as_u64(), pat["with_requirement"].as_u64()),
        (Some(10), Some(10))
    );
    let path = run(&["path", "examples/career/pat-example-devops-ladder.yaml"]);
    assert!(
        path.stdout
            .contains("Now: Senior DevOps engineer (ddat-senior-devops-engineer)"),
        "{}",
        path.stdout
    );
}

#[test]
fn a_person_assessed_on_two_levels_is_said_to_be() {
    let dir = tempfile::tempdir().unwrap();
    let own =
        std::fs::read_to_string(crate::common::root().join("examples/team-devops/kim-osei.yaml"))
            .unwrap();
    std::fs::write(dir.path().join("kim.yaml"), &own).unwrap();
    // Kim's manager rates Kim against the next level up.
    let manager = own
        .lines()
        .filter(|line| !line.starts_with("profile_digest"))
        .map(|line| match line {
            "profile: ddat-junior-devops-engineer" => "profile: ddat-devops-engineer",
            "assessor: self" => "assessor: manager",
            other => other,
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.path().join("kim-manager.yaml"), manager).unwrap();
    let result = crate::common::in_dir(dir.path(), &["team", ".", "--by-role"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "note: Kim Osei is on 2 levels here: Junior (self), DevOps engineer (manager);"
        ),
        "{}",
        result.stderr
    );
}
