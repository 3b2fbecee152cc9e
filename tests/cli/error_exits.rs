//! The main error exits of each command, snapshotted whole: the exit code
//! and exactly what reaches stdout and stderr, with run-to-run paths named
//! (see `common::transcript`). The other test files check why each case
//! fails; these pin the words a user reads. They must never snapshot a
//! success (the format snapshots do that) nor depend on the machine.

use std::path::Path;

use crate::common::{in_dir, run, transcript};

/// Runs each `(snapshot name, args)` from the repository root and
/// snapshots its transcript.
fn assert_exits(cases: &[(&str, &[&str])]) {
    for (name, args) in cases {
        let result = run(args);
        insta::assert_snapshot!(*name, transcript(&result, None), &args.join(" "));
    }
}

/// A temporary folder holding `files` (name, text).
fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// Runs `args` in `dir` and snapshots the transcript as `name`.
fn assert_exit_in(dir: &Path, name: &str, args: &[&str]) {
    let result = in_dir(dir, args);
    insta::assert_snapshot!(name, transcript(&result, Some(dir)), &args.join(" "));
}

#[test]
fn report_errors() {
    assert_exits(&[
        ("report_missing_file", &["report", "examples/nope.yaml"]),
        (
            "report_invalid_assessment",
            &["report", "tests/fixtures/assessments/invalid/bad-date.yaml"],
        ),
        (
            "report_unknown_format",
            &["report", "examples/alex-early.yaml", "--format", "nope"],
        ),
    ]);
}

#[test]
fn team_errors() {
    assert_exits(&[
        ("team_missing_folder", &["team", "nope/"]),
        (
            "team_no_usable_assessment",
            &["team", "tests/fixtures/assessments/invalid"],
        ),
    ]);
}

#[test]
fn team_gates_breached_keep_the_report_and_say_who_on_stderr() {
    let gated = run(&[
        "team",
        "examples/team",
        "--fail-on-gap",
        "--min-readiness",
        "95",
    ]);
    // The report is the one printed without the gates (snapshotted as
    // `team_table`); only the exit code and stderr differ.
    assert_eq!(gated.stdout, run(&["team", "examples/team"]).stdout);
    insta::assert_snapshot!(
        "team_gates_breached",
        format!("exit: {}\n--- stderr\n{}", gated.code, gated.stderr),
        "team examples/team --fail-on-gap --min-readiness 95"
    );
}

#[test]
fn compare_errors() {
    assert_exits(&[
        (
            "compare_missing_after",
            &["compare", "examples/alex-early.yaml", "examples/nope.yaml"],
        ),
        (
            "compare_invalid_before",
            &[
                "compare",
                "tests/fixtures/assessments/invalid/missing-person.yaml",
                "examples/alex-early.yaml",
            ],
        ),
        (
            "compare_one_file_only",
            &["compare", "examples/alex-early.yaml"],
        ),
    ]);
}

#[test]
fn show_errors() {
    assert_exits(&[
        ("show_missing_file", &["show", "nope.yaml"]),
        (
            "show_invalid_profile",
            &["show", "tests/fixtures/invalid/off-scale-level.yaml"],
        ),
        ("show_an_assessment", &["show", "examples/alex-early.yaml"]),
    ]);
}

#[test]
fn validate_errors() {
    assert_exits(&[
        ("validate_missing_path", &["validate", "nope.yaml"]),
        (
            "validate_invalid_profile",
            &["validate", "tests/fixtures/invalid/off-scale-level.yaml"],
        ),
        (
            "validate_warnings_under_strict",
            &[
                "validate",
                "tests/fixtures/invalid/develops-nothing.yaml",
                "--strict",
            ],
        ),
    ]);
}

#[test]
fn import_errors() {
    assert_exits(&[
        ("import_missing_file", &["import", "nope.txt"]),
        (
            "import_not_a_profile_page",
            &["import", "tests/fixtures/invalid/bad-mark.yaml"],
        ),
    ]);
    let page = crate::common::fixture("import/source-page.txt");
    let page = std::fs::read_to_string(page).unwrap();
    let dir = folder_with(&[("page.txt", &page), ("role.yaml", "old: file\n")]);
    assert_exit_in(
        dir.path(),
        "import_out_exists",
        &["import", "page.txt", "--out", "role.yaml"],
    );
}

#[test]
fn assess_answers_errors() {
    assert_exits(&[(
        "assess_answers_missing_file",
        &["assess", "--answers", "nope.yaml", "--name", "Kim"],
    )]);
    let dir = folder_with(&[(
        "bad.yaml",
        "devops: familiar\ndevopps: aware\nsystems-design: 9\n",
    )]);
    assert_exit_in(
        dir.path(),
        "assess_answers_invalid",
        &["assess", "--answers", "bad.yaml", "--name", "Kim"],
    );
    let sam = std::fs::read_to_string("examples/sam-nearly-ready.yaml").unwrap();
    let alex = std::fs::read_to_string("examples/alex-early.yaml").unwrap();
    let dir = folder_with(&[("sam.yaml", &sam), ("alex.yaml", &alex)]);
    assert_exit_in(
        dir.path(),
        "assess_answers_out_complete",
        &["assess", "--answers", "alex.yaml", "--out", "sam.yaml"],
    );
}
