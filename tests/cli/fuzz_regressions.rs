//! What fuzzing found (`fuzz/run.sh`), each kept as a fixture under
//! `tests/fixtures/fuzz/` and checked here through the real binary.

use crate::common::{fixture, in_dir, run};

/// `yaml_round_trip`: a rating of an item whose id is 302 characters long
/// puts its value past column 256; the loader took that for block
/// structure indented too deeply and refused the file `assess` had just
/// written.
#[test]
fn an_assessment_of_an_item_with_a_302_character_id_is_written_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let folder = fixture("fuzz/long-item-id");
    let profiles = folder.join("profiles");
    let result = in_dir(
        dir.path(),
        &[
            "--profiles",
            profiles.to_str().unwrap(),
            "assess",
            "long-item-id",
            "--answers",
            folder.join("answers.yaml").to_str().unwrap(),
            "--name",
            "Kim Lee",
            "--out",
            "kim.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let saved = dir.path().join("kim.yaml");
    let report = run(&[
        "--profiles",
        profiles.to_str().unwrap(),
        "report",
        saved.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    let json: serde_json::Value = serde_json::from_str(&report.stdout).unwrap();
    assert_eq!(json["items"][0]["current"]["step"], 1, "{json}");
    let validate = run(&[
        "--profiles",
        profiles.to_str().unwrap(),
        "validate",
        saved.to_str().unwrap(),
    ]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
}

/// `render`: the team matrix heads a column with a first name and, where
/// two people share it, the second name's initial. A second name that
/// starts with NUL bytes gave a raw NUL in the heading.
#[test]
fn a_team_heading_never_takes_a_control_character_for_an_initial() {
    let result = run(&["team", fixture("fuzz/team-initial").to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let control = result.stdout.chars().find(|c| c.is_control() && *c != '\n');
    assert_eq!(control, None, "{}", result.stdout);
    // The two columns still read apart: "Ana C" and "Ana b".
    assert!(result.stdout.contains("Ana C"), "{}", result.stdout);
    assert!(result.stdout.contains("Ana b"), "{}", result.stdout);
}
