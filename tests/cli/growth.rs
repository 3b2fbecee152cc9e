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
