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

/// `render`: with colour, a work activity without a note printed the
/// empty note as a line of colour codes when its title filled the width:
/// a blank line more than without colour.
#[test]
fn colour_adds_codes_to_a_profile_and_never_a_line() {
    let show = |colour: &str| {
        let output = crate::common::skillgap()
            .args(["show", "--color", colour])
            .arg(fixture("fuzz/colour-empty-note/colour.yaml"))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0));
        String::from_utf8(output.stdout).unwrap()
    };
    let coloured = show("always");
    assert!(coloured.contains('\u{1b}'), "{coloured}");
    let mut stripped = String::new();
    let mut rest = coloured.as_str();
    while let Some(at) = rest.find('\u{1b}') {
        stripped.push_str(&rest[..at]);
        rest = &rest[at + rest[at..].find('m').unwrap() + 1..];
    }
    stripped.push_str(rest);
    let lines =
        |text: &str| -> Vec<String> { text.lines().map(|l| l.trim_end().to_owned()).collect() };
    assert_eq!(lines(&stripped), lines(&show("never")));
}
