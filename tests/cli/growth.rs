//! Inputs shaped to make the work grow faster than the file (SPEC §7):
//! what a user relies on is shown by counting, never by timing; the
//! timings are in `bench/shapes/`.

use crate::common::{fixture, run};

/// The messages of `rule` in `validate --format json` output.
fn messages(args: &[&str], rule: &str) -> Vec<String> {
    let out = run(args);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json output");
    json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == rule)
        .map(|d| d["message"].as_str().expect("message").to_owned())
        .collect()
}

fn suggested(messages: &[String]) -> usize {
    messages
        .iter()
        .filter(|m| m.contains("did you mean"))
        .count()
}

#[test]
fn every_unknown_develops_is_reported_but_only_the_first_few_long_ones_get_a_suggestion() {
    let path = fixture("hostile/long-unknown-develops.yaml");
    let found = messages(
        &["validate", path.to_str().unwrap(), "--format", "json"],
        "unknown-develops",
    );
    // Each of the 60 is a typo of a skill id; comparing them all with all
    // 120 ids is what made validate quadratic.
    assert_eq!(found.len(), 60);
    let helped = suggested(&found);
    assert!((1..20).contains(&helped), "{helped} of 60 suggested");
    assert!(
        found
            .iter()
            .any(|m| m.contains("`skil-000-") && m.contains("did you mean `skill-000-")),
        "the first is still helped"
    );
}

#[test]
fn every_unknown_rating_is_reported_but_only_the_first_few_long_ones_get_a_suggestion() {
    let profiles = fixture("hostile/long-titles");
    let path = fixture("hostile/many-unknown-ratings.yaml");
    let found = messages(
        &[
            "validate",
            "--profiles",
            profiles.to_str().unwrap(),
            path.to_str().unwrap(),
            "--format",
            "json",
        ],
        "unknown-item",
    );
    assert_eq!(found.len(), 60);
    let helped = suggested(&found);
    assert!((1..20).contains(&helped), "{helped} of 60 suggested");
    assert!(
        found
            .iter()
            .any(|m| m.contains("`skil-000-") && m.contains("did you mean `skill-000-")),
        "the first is still helped"
    );
}

#[test]
fn each_repeat_in_a_develops_list_is_reported_once_at_its_own_place() {
    let path = fixture("hostile/develops-listing-a-skill-twice.yaml");
    let out = run(&["validate", path.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json output");
    let twice: Vec<(u64, String)> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == "duplicate-develops")
        .map(|d| {
            (
                d["line"].as_u64().expect("line"),
                d["message"].as_str().expect("message").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        twice,
        [
            (13, "`develops` lists `testing` twice".to_owned()),
            (16, "`develops` lists `unknown-one` twice".to_owned()),
            (17, "`develops` lists `listening` twice".to_owned()),
            (18, "`develops` lists `testing` twice".to_owned()),
        ]
    );
}

#[test]
fn a_plan_over_long_titles_names_each_gap_briefly_and_lists_a_few_it_moves() {
    // Every training develops the same 50 skills with 2,000-character
    // titles (bench/shapes/dense-develops.py at 1x): each plan step names
    // them all, so the report once copied each title fifty times.
    let dir = tempfile::tempdir().unwrap();
    let made = std::process::Command::new("python3")
        .arg(crate::common::root().join("bench/shapes/dense-develops.py"))
        .arg(dir.path())
        .arg("1")
        .output()
        .expect("python3 runs the bench shape");
    assert!(made.status.success());
    let profile = dir.path().join("dense.yaml");
    let assessment = dir.path().join("assessment.yaml");
    let input = std::fs::read(&profile).unwrap().len() + std::fs::read(&assessment).unwrap().len();
    for format in ["table", "markdown", "json"] {
        let out = run(&[
            "report",
            assessment.to_str().unwrap(),
            "--profile",
            profile.to_str().unwrap(),
            "--format",
            format,
        ]);
        assert_eq!(out.code, 0, "{format}: {}", out.stderr);
        assert!(
            out.stdout.len() < 4 * input,
            "{format}: {} bytes of report from {input} bytes of input",
            out.stdout.len()
        );
        // Each action lists a few of the skills it moves, then counts the
        // rest: 51 moved by the first course, 6 listed.
        if format != "json" {
            assert!(
                out.stdout
                    .contains("and 45 more (--format json lists them)"),
                "{format}"
            );
        }
    }
}
