//! `skillgap validate`: every finding, located, sorted; exit codes for CI.

use std::path::Path;

use crate::common::{fixture, run, run_paths, transcript};

/// Rule each invalid fixture is named for, when the name is not the rule id.
fn expected_rule(stem: &str) -> &str {
    match stem {
        "off-scale-depth" | "off-scale-level" | "depth-none" => "off-scale",
        "too-deep-after-stray-quote" => "too-deep",
        "key-not-text" | "bad-scale" => "wrong-type",
        "not-a-mapping" => "unknown-kind",
        "many-problems" => "unknown-field",
        other => other,
    }
}

/// The invalid fixtures whose findings are warnings only: `validate` and
/// `show` accept them (exit 0). Every other one holds an error.
const WARNINGS_ONLY: [&str; 5] = [
    "develops-nothing",
    "duplicate-develops",
    "inferred-field",
    "no-development-route",
    "truncated-text",
];

/// The exit code `command` (`validate` or `show`) must give for the
/// invalid fixture `stem`: 0 for warnings only, else 1 from `validate`
/// (problems found) and 2 from `show` (the profile cannot be used).
fn expected_code(command: &str, stem: &str) -> i32 {
    match (WARNINGS_ONLY.contains(&stem), command) {
        (true, _) => 0,
        (false, "validate") => 1,
        (false, _) => 2,
    }
}

fn invalid_fixtures() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(fixture("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn shipped_profiles_validate_with_no_errors_and_no_warnings() {
    let result = run(&["validate", "profiles/", "--strict"]);
    assert_eq!(result.code, 0, "{}{}", result.stdout, result.stderr);
    // The FEDIP profile and the framework's 201 role levels; what the
    // framework's data lacks is counted as notes, which never fail.
    assert!(
        result
            .stdout
            .starts_with("0 errors, 0 warnings in 202 files; "),
        "{}",
        result.stdout
    );
    assert!(
        result
            .stdout
            .ends_with(" notes on what the source lacks (--notes lists them)\n"),
        "{}",
        result.stdout
    );
    assert_eq!(result.stdout.lines().count(), 1, "{}", result.stdout);
}

#[test]
fn validate_with_no_path_checks_the_profiles_folder() {
    let result = run(&["validate"]);
    assert_eq!(result.code, 0);
    assert!(
        result
            .stdout
            .starts_with("0 errors, 0 warnings in 202 files"),
        "{}",
        result.stdout
    );
}

#[test]
fn each_invalid_fixture_reports_the_rule_it_is_named_for() {
    for file in invalid_fixtures() {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let result = run_paths(&["validate"], &[&file]);
        let rule = format!("[{}]", expected_rule(&stem));
        assert!(
            result.stdout.contains(&rule),
            "{stem}: expected {rule} in:\n{}",
            result.stdout
        );
        assert_eq!(
            result.code,
            expected_code("validate", &stem),
            "{stem}: {}",
            result.stderr
        );
    }
}

#[test]
fn a_folder_of_broken_profiles_yields_every_problem_located_and_exit_1() {
    let result = run(&["validate", "tests/fixtures/invalid"]);
    assert_eq!(result.code, 1);
    for line in result
        .stdout
        .lines()
        .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
    {
        let mut parts = line.splitn(4, ':');
        let (path, line_no, column) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(
            Path::new(path).extension().is_some_and(|e| e == "yaml"),
            "{line}"
        );
        assert!(line_no.parse::<usize>().unwrap() >= 1, "{line}");
        assert!(column.parse::<usize>().unwrap() >= 1, "{line}");
    }
    insta::assert_snapshot!("validate_invalid_folder", transcript(&result, None));
}

#[test]
fn several_problems_in_one_file_are_all_reported() {
    let result = run(&["validate", "tests/fixtures/invalid/many-problems.yaml"]);
    assert_eq!(result.code, 1);
    for rule in ["[off-scale]", "[unknown-field]", "[unknown-develops]"] {
        assert!(
            result.stdout.contains(rule),
            "{rule} missing:\n{}",
            result.stdout
        );
    }
    assert_eq!(
        result.stdout.matches("[off-scale]").count(),
        2,
        "{}",
        result.stdout
    );
}

#[test]
fn semantic_findings_point_at_the_line_and_column_of_the_offending_value() {
    let result = run(&["validate", "tests/fixtures/invalid/unknown-develops.yaml"]);
    // `develops: [testing, system-design]` is line 22; the bad id starts at column 25.
    assert!(
        result
            .stdout
            .contains("unknown-develops.yaml:22:25: error: develops `system-design`"),
        "{}",
        result.stdout
    );
    assert!(result.stdout.contains("did you mean `systems-design`?"));
}

#[test]
fn valid_fixtures_including_bom_crlf_and_other_scales_pass() {
    let result = run(&["validate", "tests/fixtures/valid", "--strict"]);
    assert_eq!(result.code, 0, "{}", result.stdout);
    assert_eq!(result.stdout, "0 errors, 0 warnings in 4 files\n");
}

#[test]
fn warnings_fail_only_with_strict() {
    let file = "tests/fixtures/invalid/develops-nothing.yaml";
    let lenient = run(&["validate", file]);
    assert_eq!(lenient.code, 0, "{}", lenient.stdout);
    assert!(lenient.stdout.contains("warning:"));
    let strict = run(&["validate", file, "--strict"]);
    assert_eq!(strict.code, 1);
}

#[test]
fn a_missing_path_is_exit_2_and_named() {
    let result = run(&["validate", "no/such/folder"]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("no/such/folder: no such file or folder"),
        "{}",
        result.stderr
    );
}

#[test]
fn an_unreadable_file_is_exit_2_and_named_while_others_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("valid/tiny-role.yaml"),
        dir.path().join("good.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("gone.yaml"),
        dir.path().join("dangling.yaml"),
    )
    .unwrap();
    let result = run_paths(&["validate"], &[dir.path()]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("dangling.yaml: no such file or folder"),
        "{}",
        result.stderr
    );
    assert!(result.stdout.contains("in 1 file"), "{}", result.stdout);
}

#[test]
fn github_and_json_formats_report_unreadable_paths_too() {
    let github = run(&[
        "validate",
        "no/such/file.yaml",
        "profiles/",
        "--format",
        "github",
    ]);
    assert_eq!(github.code, 2);
    assert!(
        github
            .stdout
            .contains("::error file=no/such/file.yaml::cannot read: no such file or folder"),
        "{}",
        github.stdout
    );
    let json = run(&[
        "validate",
        "no/such/file.yaml",
        "profiles/",
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["unreadable"][0]["path"], "no/such/file.yaml");
}

#[test]
fn a_folder_with_no_yaml_is_an_error_not_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "hello").unwrap();
    let result = run_paths(&["validate"], &[dir.path()]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("no YAML files"), "{}", result.stderr);
}

#[test]
fn an_oversized_file_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let line = "# padding padding padding padding padding padding padding\n";
    std::fs::write(&path, line.repeat(2 * 1024 * 1024 / line.len())).unwrap();
    let result = run_paths(&["validate"], &[&path]);
    assert_eq!(result.code, 1);
    assert!(
        result.stdout.contains("[file-too-large]"),
        "{}",
        result.stdout
    );
}

#[test]
fn globs_are_expanded_sorted_and_deduplicated() {
    let result = run(&[
        "validate",
        "tests/fixtures/valid/*.yaml",
        "tests/fixtures/valid/tiny-role.yaml",
    ]);
    assert_eq!(result.code, 0, "{}{}", result.stdout, result.stderr);
    assert_eq!(result.stdout, "0 errors, 0 warnings in 4 files\n");
}

#[test]
fn duplicate_profile_ids_across_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.yaml", "b.yaml"] {
        std::fs::copy(fixture("valid/tiny-role.yaml"), dir.path().join(name)).unwrap();
    }
    let result = run_paths(&["validate"], &[dir.path()]);
    assert_eq!(result.code, 1);
    assert!(
        result
            .stdout
            .contains("b.yaml:1:5: error: profile id `tiny-role` is also used by"),
        "{}",
        result.stdout
    );
}

#[test]
fn json_output_parses_and_counts_findings() {
    let result = run(&["validate", "tests/fixtures/invalid", "--format", "json"]);
    assert_eq!(result.code, 1);
    let report: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let errors = diagnostics
        .iter()
        .filter(|d| d["severity"] == "error")
        .count();
    assert_eq!(report["errors"], errors);
    assert_eq!(report["files"], invalid_fixtures().len());
    let first = &diagnostics[0];
    for key in ["path", "line", "column", "severity", "rule", "message"] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn github_format_prints_one_annotation_per_finding_and_a_summary() {
    let result = run(&[
        "validate",
        "tests/fixtures/invalid/many-problems.yaml",
        "--format",
        "github",
    ]);
    let lines: Vec<&str> = result.stdout.lines().collect();
    let (summary, annotations) = lines.split_last().unwrap();
    assert!(summary.starts_with("4 errors, 1 warning"), "{summary}");
    for line in annotations {
        assert!(
            line.starts_with("::error file=") || line.starts_with("::warning file="),
            "{line}"
        );
        assert!(
            line.contains(",line=") && line.contains(",col=") && line.contains(",title="),
            "{line}"
        );
    }
}

#[test]
fn no_fixture_makes_any_command_panic() {
    for file in invalid_fixtures() {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        for command in ["validate", "show"] {
            let result = run_paths(&[command], &[Path::new(&file)]);
            assert_eq!(
                result.code,
                expected_code(command, &stem),
                "{command} {}: {}",
                file.display(),
                result.stderr
            );
        }
    }
}

#[test]
fn paths_found_in_a_folder_are_printed_with_escapes_made_visible() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo\u{1b}[2J.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("nowhere", dir.path().join("link\u{1b}]0;pwned\u{7}.yaml")).unwrap();
    std::fs::copy(
        fixture("invalid/unknown-field.yaml"),
        dir.path().join("bad\u{202e}\u{1b}[31m.yaml"),
    )
    .unwrap();
    let raw = ['\u{1b}', '\u{7}', '\u{202e}'];
    for format in ["human", "github"] {
        let result = run_paths(&["validate", "--format", format], &[dir.path()]);
        assert_eq!(result.code, 2, "{format}: {}", result.stderr);
        for (stream, text) in [("stdout", &result.stdout), ("stderr", &result.stderr)] {
            assert!(!text.contains(raw), "{format} {stream}: {text:?}");
        }
        let all = format!("{}{}", result.stdout, result.stderr);
        for shown in [
            "fifo\\u{1b}[2J.yaml",
            "link\\u{1b}]0;pwned\\u{7}.yaml",
            "bad\\u{202e}\\u{1b}[31m.yaml",
        ] {
            assert!(all.contains(shown), "{format}: {shown} in {all:?}");
        }
    }
}

#[test]
fn an_assessment_is_checked_against_a_profile_file_of_the_run_before_the_built_in_one() {
    // A copy of the built-in profile in the run, with one item's title
    // changed: the assessment is measured against the copy (its digest
    // differs), not the built-in profile the catalog would give.
    let dir = tempfile::tempdir().unwrap();
    let builtin = std::fs::read_to_string(
        crate::common::root().join("profiles/senior-devops-engineer-management.yaml"),
    )
    .unwrap();
    let sam = crate::common::root().join("examples/sam-nearly-ready.yaml");
    std::fs::copy(&sam, dir.path().join("sam.yaml")).unwrap();
    std::fs::write(dir.path().join("same.yaml"), &builtin).unwrap();
    let same = run_paths(&["validate", "--format", "json"], &[dir.path()]);
    assert_eq!(
        same.code, 0,
        "an identical copy changes nothing: {}",
        same.stdout
    );
    let changed = builtin.replace(
        "  - title: Teamwork\n",
        "  - title: Teamwork\n    id: teamwork-renamed\n",
    );
    assert_ne!(changed, builtin);
    std::fs::write(dir.path().join("same.yaml"), &changed).unwrap();
    let result = run_paths(&["validate", "--format", "json"], &[dir.path()]);
    let json: serde_json::Value = serde_json::from_str(&result.stdout).unwrap();
    let rules: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"].as_str().unwrap().ends_with("sam.yaml"))
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"profile-changed"), "{}", result.stdout);
    assert!(rules.contains(&"removed-item"), "{}", result.stdout);
}

#[test]
fn findings_of_every_file_are_reported_when_the_files_are_many() {
    // Files are taken in batches of about a thousand: a profile in a later
    // batch still serves an assessment of an earlier one, and a repeated
    // profile id is still found across batches.
    let dir = tempfile::tempdir().unwrap();
    let tiny = std::fs::read_to_string(fixture("valid/tiny-role.yaml")).unwrap();
    std::fs::write(dir.path().join("a-0000-tiny-assessment.yaml"), "profile: tiny-role\nperson: Early\ndate: 2026-01-01\nstatus: complete\nratings:\n  testing: expert\n  no-such-item: aware\n").unwrap();
    std::fs::write(dir.path().join("a-0001-profile.yaml"), &tiny).unwrap();
    for i in 0..1100 {
        std::fs::write(
            dir.path().join(format!("b-{i:04}.yaml")),
            format!("profile: senior-devops-engineer-management\nperson: Person {i}\ndate: 2026-01-01\nstatus: complete\nratings:\n  missing-{i}: aware\n"),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("c-late-profile.yaml"), &tiny).unwrap();
    std::fs::write(dir.path().join("d-late-tiny-assessment.yaml"), "profile: tiny-role\nperson: Late\ndate: 2026-01-01\nstatus: complete\nratings:\n  late-item: aware\n").unwrap();
    let result = run_paths(&["validate"], &[dir.path()]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    let lines: Vec<&str> = result.stdout.lines().collect();
    let unknown_items: Vec<&&str> = lines
        .iter()
        .filter(|line| {
            line.contains(
                "error: profile `senior-devops-engineer-management` has no item `missing-",
            )
        })
        .collect();
    assert_eq!(unknown_items.len(), 1100, "{}", result.stdout);
    // In path order: the file of person 1099 is the last of them.
    assert!(
        unknown_items[1099].contains("b-1099.yaml:6:3:"),
        "{}",
        unknown_items[1099]
    );
    for expected in [
        "a-0000-tiny-assessment.yaml:7:3: error: profile `tiny-role` has no item `no-such-item`",
        "c-late-profile.yaml:1:5: error: profile id `tiny-role` is also used by",
        "d-late-tiny-assessment.yaml:6:3: error: profile `tiny-role` has no item `late-item`",
    ] {
        assert!(
            lines.iter().any(|line| line.contains(expected)),
            "{expected}\n{}",
            result.stdout
        );
    }
    assert_eq!(
        lines.last().copied(),
        Some("1103 errors, 0 warnings in 1104 files")
    );
}

#[test]
fn a_profile_with_nothing_to_rate_is_an_error_and_cannot_be_assessed() {
    let file = "tests/fixtures/invalid/nothing-to-rate.yaml";
    let result = run(&["validate", file]);
    assert_eq!(result.code, 1, "{}", result.stdout);
    assert!(
        result.stdout.contains(&format!(
            "{file}:7:19: error: the profile has nothing to rate"
        )),
        "{}",
        result.stdout
    );
    // Not "Readiness 100.0%: 0 of 0".
    let dir = tempfile::tempdir().unwrap();
    // A skill that could not be read is still something to rate: its own
    // error is the one to fix.
    let broken = dir.path().join("broken-skill.yaml");
    std::fs::write(
        &broken,
        "id: a\ntitle: A\nsummary: B\nknowledge_skills:\n  - title: T\n    depth: master\n    type: technical\n    details: d\n",
    )
    .unwrap();
    let result = run_paths(&["validate"], &[&broken]);
    assert!(result.stdout.contains("[off-scale]"), "{}", result.stdout);
    assert!(
        !result.stdout.contains("[nothing-to-rate]"),
        "{}",
        result.stdout
    );
    let answers = dir.path().join("answers.yaml");
    std::fs::write(&answers, "{}\n").unwrap();
    let assess = run_paths(
        &[
            "assess",
            &crate::common::root().join(file).display().to_string(),
            "--name",
            "Alex",
            "--answers",
        ],
        &[&answers],
    );
    assert_eq!(assess.code, 2, "{}", assess.stdout);
    assert!(
        assess.stderr.contains("[nothing-to-rate]"),
        "{}",
        assess.stderr
    );
    assert!(!assess.stdout.contains("Readiness"));
}

#[test]
fn what_the_source_lacks_is_a_note_that_never_fails_not_even_with_strict() {
    let file = "tests/fixtures/source-lacks.yaml";
    let result = run(&["validate", file, "--strict"]);
    assert_eq!(result.code, 0, "{}{}", result.stdout, result.stderr);
    assert!(
        result
            .stdout
            .contains("2 notes on what the source lacks (--notes lists them)"),
        "{}",
        result.stdout
    );
    assert!(
        !result.stdout.contains("[source-lacks]"),
        "{}",
        result.stdout
    );

    let listed = run(&["validate", file, "--strict", "--notes"]);
    assert_eq!(listed.code, 0);
    assert!(
        listed
            .stdout
            .contains(":7:18: note: the source has no `description` for `Systems design`"),
        "{}",
        listed.stdout
    );
    assert!(
        listed
            .stdout
            .contains("note: the source does not say what `Systems design` means at 3 – Practitioner [source-lacks]"),
        "{}",
        listed.stdout
    );

    let json = run(&["validate", file, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["notes"], 2);
    assert_eq!(json["errors"], 0);
}

#[test]
fn a_lacking_mark_on_a_text_that_is_there_or_a_level_text_too_many_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("tests/fixtures/source-lacks.yaml").unwrap();
    let marked_but_there = text.replace("description: ''", "description: Design.");
    let one_too_many = text.replace(
        "      - You lead systems design.",
        "      - You lead systems design.\n      - A fifth level.",
    );
    let unmarked = text.replace(
        "source_lacks: [description, level_descriptions]",
        "source_lacks: [description]",
    );
    for (name, yaml, rule) in [
        ("marked.yaml", marked_but_there, "[bad-mark]"),
        ("five.yaml", one_too_many, "[off-scale]"),
        ("unmarked.yaml", unmarked, "[empty-text]"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, yaml).unwrap();
        let result = run_paths(&["validate"], &[&path]);
        assert_eq!(result.code, 1, "{name}: {}", result.stdout);
        assert!(result.stdout.contains(rule), "{name}: {}", result.stdout);
    }
}
