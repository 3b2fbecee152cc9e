//! What fuzzing found (`fuzz/run.sh`), each kept as a fixture under
//! `tests/fixtures/fuzz/` and checked here through the real binary.

use crate::common::{fixture, in_dir, run};

/// `yaml_round_trip`: a rating of an item whose id is 302 characters long
/// puts its value past column 256; the loader took that for block
/// structure indented too deeply and refused the file `assess` had just
/// written.
#[test]
fn an_assessment_of_an_item_with_a_302_character_id_is_written_and_read_back() {
    written_and_read_back("fuzz/long-item-id", "long-item-id", "Kim Lee");
}

/// `yaml_round_trip`: a rating key of over 1,024 characters was written
/// before a colon, past YAML's limit for such a key: libyaml, `PyYAML` and
/// our own loader read it as the ratings' value, so `report` refused the
/// file `assess` had just written.
#[test]
fn an_assessment_of_an_item_with_a_1099_character_id_is_written_and_read_back() {
    let saved = written_and_read_back("fuzz/key-past-1024", "key-past-1024", "Kim Lee");
    // A YAML 1.1 reader (libyaml's rules) reads the key as a key too.
    let lengths = pyyaml_prints(&saved, "*[len(k) for k in read['ratings']]");
    assert_eq!(lengths, "1099");
}

/// What python3 prints of `expression` over `read`, the saved `kim.yaml`
/// as `PyYAML`'s `safe_load` reads it.
fn pyyaml_prints(saved: &tempfile::TempDir, expression: &str) -> String {
    let check = format!(
        "import sys, yaml\nread = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\nprint({expression})"
    );
    let output = std::process::Command::new("python3")
        .args(["-c", &check])
        .arg(saved.path().join("kim.yaml"))
        .output()
        .expect("python3 runs (apt-get install python3 python3-yaml)");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// `yaml_round_trip`: a name holding U+FFFF, which YAML does not allow in
/// a file, was written raw: libyaml and `PyYAML` refused the assessment
/// `assess` had just written.
#[test]
fn a_name_holding_u_ffff_is_written_so_that_every_reader_reads_it_back() {
    let saved = written_and_read_back("fuzz/name-ffff", "name-ffff", "Kim\u{ffff}Lee");
    assert_eq!(
        pyyaml_prints(&saved, "ascii(read['person'])"),
        "'Kim\\uffffLee'"
    );
}

/// Runs `assess` on the one-skill profile in `folder` with its answers
/// for the person `name`, saving `kim.yaml` in a new folder, then `report`
/// and `validate` on the saved file; returns the folder.
fn written_and_read_back(folder: &str, id: &str, name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let folder = fixture(folder);
    let profiles = folder.join("profiles");
    let result = in_dir(
        dir.path(),
        &[
            "--profiles",
            profiles.to_str().unwrap(),
            "assess",
            id,
            "--answers",
            folder.join("answers.yaml").to_str().unwrap(),
            "--name",
            name,
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
    dir
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
    colour_adds_only_codes("fuzz/colour-empty-note/colour.yaml");
}

/// `render`: with colour, a title that ends in a space wrapped to other
/// lines than without: the closing colour code after the space counted
/// as a last line of its own when the lines were chosen (and, before an
/// earlier fix, was printed as a line of its own too: this file fails on
/// both).
#[test]
fn colour_never_moves_a_line_break_of_a_title_ending_in_a_space() {
    colour_adds_only_codes("fuzz/colour-title-space/title.yaml");
}

/// `show` of the profile with colour is `show` without, codes aside.
fn colour_adds_only_codes(profile: &str) {
    let show = |colour: &str| {
        let output = crate::common::skillgap()
            .args(["show", "--color", colour])
            .arg(fixture(profile))
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

/// `import_ddat`: two skill names of one role level that differ only by
/// an invisible character (here a byte-order mark) made one skill id; the
/// profile written had a duplicate id, so `validate` refused it and a
/// later import refused the folder. Now the import is refused, both lines
/// named, and nothing is written.
#[test]
fn two_skill_names_that_make_one_id_refuse_the_ddat_import_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ddat");
    let result = run(&[
        "import",
        "--ddat",
        fixture("fuzz/ddat-one-skill-id/role-content.csv")
            .to_str()
            .unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("line 3's skill `Stakeholder \\u{feff}relationship management` and line 2's `Stakeholder relationship management`"),
        "{}",
        result.stderr
    );
    assert!(!out.exists());
}
