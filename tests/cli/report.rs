//! `skillgap report`: numbers that match a hand calculation, every format,
//! gates, and bad assessments refused with located messages.

use serde_json::Value;

use crate::common::{fixture, run, run_paths, skillgap};

fn report_json(example: &str) -> Value {
    let result = run(&[
        "report",
        &format!("examples/{example}.yaml"),
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

/// Headline numbers worked out by hand from the example files and the
/// built-in profile (30 items carry a requirement: 10 technical, 10 other,
/// 10 organisation skills at level 3; the 8 behavioural skills carry none).
#[test]
fn alex_early_in_the_role_matches_the_hand_calculation() {
    let r = report_json("alex-early");
    // Met or exceeded: software testing tools, standards writing, project
    // planning (exceeds), team dynamics, service support = 5 of 30.
    assert_eq!(r["summary"]["met"], 5);
    assert_eq!(r["summary"]["with_requirement"], 30);
    assert_eq!(r["summary"]["readiness_percent"], 16.7);
    // Every other required item is rated below its level: 25 gaps.
    assert_eq!(r["summary"]["gaps"], 25);
    // Technical 1+1+1+1+1+2+1+3+2 = 13, other 2+1+2+1+2+2+2 = 12,
    // organisation 2+2+1+1+1+1+2+2+1 = 13: 38 steps.
    assert_eq!(r["summary"]["gap_steps"], 38);
    // The plan (SPEC §10). Each gap is in one action. No one component
    // takes DevOps (none → proficient) all the way: EXIN DevOps
    // Professional, a qualification, takes it one step. So it is
    // experience at work, with EXIN on the way; it comes first, the
    // largest gap (3) of the role's core. Then the two-step core gaps that
    // no component closes, in profile order: structured reviews (System
    // Testing on the way, to familiar), agile, availability and capacity
    // management, development process optimisation.
    let actions = r["plan"]["actions"].as_array().unwrap();
    let shape: Vec<(&str, &str, u64, u64)> = actions
        .iter()
        .map(|a| {
            (
                a["kind"].as_str().unwrap(),
                a["id"].as_str().unwrap(),
                a["moves"][0]["from"]["step"].as_u64().unwrap(),
                a["moves"][0]["to"]["step"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        shape,
        [
            ("experience", "devops", 0, 3),
            ("experience", "structured-reviews", 1, 3),
            ("experience", "agile", 1, 3),
            ("experience", "availability-and-capacity-management", 1, 3),
            (
                "experience",
                "development-process-optimisation-management",
                1,
                3
            ),
        ]
    );
    assert_eq!(
        actions[0]["support"][0]["title"],
        "EXIN DevOps Professional"
    );
    assert_eq!(actions[0]["support"][0]["to"]["step"], 1);
    // Five actions this cycle, due six months after 2026-11-02; 15 later,
    // among them Team Leadership, which takes four management skills none
    // → familiar (they are below the highest required depth: not core).
    assert_eq!(r["plan"]["later"].as_array().unwrap().len(), 15);
    assert_eq!(r["plan"]["review_by"], "2027-05-02");
    assert_eq!(actions[0]["due"], "2027-05-02");
    let leadership = r["plan"]["later"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Team Leadership")
        .unwrap();
    assert_eq!(leadership["moves"].as_array().unwrap().len(), 4);
    assert_eq!(leadership["core"], false);
    // Kept for one release: the component actions under `steps`, with
    // `closes` and `new_steps` (Team Leadership: four gaps, 2 steps each).
    let steps = r["plan"]["steps"].as_array().unwrap();
    let old = steps
        .iter()
        .find(|s| s["title"] == "Team Leadership")
        .unwrap();
    assert_eq!(old["new_steps"], 8);
    assert_eq!(old["closes"].as_array().unwrap().len(), 4);
    assert_eq!(r["items"][0]["id"], "devops");
    assert_eq!(r["no_requirement"].as_array().unwrap().len(), 8);
}

#[test]
fn sam_nearly_ready_matches_the_hand_calculation() {
    let r = report_json("sam-nearly-ready");
    // Gaps: appraisal techniques, performance monitoring (aware vs
    // familiar) and user focus (2 vs 3); everything else met or exceeded.
    assert_eq!(r["summary"]["met"], 27);
    assert_eq!(r["summary"]["readiness_percent"], 90.0);
    assert_eq!(r["summary"]["gaps"], 3);
    assert_eq!(r["summary"]["gap_steps"], 3);
    // User focus (an organisation skill: the role's core) comes first.
    // Facilitation Techniques is a course: it reaches Working, where Sam
    // is. Job Shadowing (a PDA, up to Practitioner) takes it 2 → 3. Then
    // Team Leadership takes appraisal and performance monitoring aware →
    // familiar; Deputising would add nothing more and is left out.
    let titles: Vec<&str> = r["plan"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Job Shadowing and Special Assignments", "Team Leadership"]
    );
    assert_eq!(r["plan"]["actions"][0]["core"], true);
    assert_eq!(r["plan"]["actions"][1]["core"], false);
    assert_eq!(r["plan"]["review_by"], "2027-05-09");
    // RITTech and FEDIP Senior Practitioner recognise skills: never an
    // action, always recognition to aim for.
    let recognition: Vec<&str> = r["plan"]["recognition"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        recognition,
        [
            "Registered IT Technician (RITTech)",
            "FEDIP Senior Practitioner"
        ]
    );
    assert_eq!(r["plan"]["editorial_links"], true);
    assert!(r["plan"]["no_route"].as_array().unwrap().is_empty());
}

#[test]
fn jo_in_progress_matches_the_hand_calculation() {
    let r = report_json("jo-in-progress");
    // Six required items rated: application systems met, configuration
    // management and programming languages exceed: 3 of 30.
    assert_eq!(r["status"], "in-progress");
    assert_eq!(r["summary"]["met"], 3);
    assert_eq!(r["summary"]["readiness_percent"], 10.0);
    assert_eq!(r["summary"]["not_rated"], 24);
    // Development tools, service architecture, structured reviews: 1 each.
    assert_eq!(r["summary"]["gaps"], 3);
    assert_eq!(r["summary"]["gap_steps"], 3);
    // Development tools and structured reviews are at the profile's
    // highest required depth (proficient): the role's core; service
    // architecture (familiar) is not. The core two are familiar, one step
    // short of proficient: beyond what a course reaches (Advanced
    // Programming, System Testing), so experience at work. Service
    // architecture aware → familiar: five components develop it; an
    // activity comes before a course (70-20-10), and Job Shadowing is the
    // first activity in the profile that does.
    let actions: Vec<(&str, &str, bool)> = r["plan"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["kind"].as_str().unwrap(),
                a["title"].as_str().unwrap(),
                a["core"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("experience", "Application Development Tools", true),
            ("experience", "Structured Reviews", true),
            (
                "development_activity",
                "Job Shadowing and Special Assignments",
                false
            ),
        ]
    );
    assert_eq!(r["plan"]["review_by"], "2027-05-20");
}

#[test]
fn every_format_renders_the_nearly_ready_example() {
    for format in ["table", "markdown", "json", "yaml", "csv"] {
        let result = run(&[
            "report",
            "examples/sam-nearly-ready.yaml",
            "--format",
            format,
        ]);
        assert_eq!(result.code, 0, "{format}: {}", result.stderr);
        insta::assert_snapshot!(format!("report_sam_{format}"), result.stdout);
    }
}

#[test]
fn the_table_fits_80_columns_and_has_no_colour_in_a_pipe() {
    let result = run(&["report", "examples/alex-early.yaml", "--explain"]);
    for line in result.stdout.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    assert!(!result.stdout.contains('\u{1b}'));
    let forced = run(&["--color", "always", "report", "examples/alex-early.yaml"]);
    assert!(forced.stdout.contains('\u{1b}'));
}

#[test]
fn yaml_output_reads_back_as_the_json_report() {
    let json = report_json("alex-early");
    let result = run(&["report", "examples/alex-early.yaml", "--format", "yaml"]);
    let value = skillgap::yaml::parse(&result.stdout).unwrap();
    let from_yaml: Value = serde_json::to_value(value).unwrap();
    assert_eq!(from_yaml, json);
}

#[test]
fn csv_reads_back_one_row_per_item_and_neutralises_formulas() {
    let result = run(&["report", "examples/alex-early.yaml", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(result.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 38);
    assert_eq!(&rows[0][8], "devops");
    assert_eq!(&rows[0][14], "3");

    let result = run(&[
        "report",
        "tests/fixtures/report/formula-assessment.yaml",
        "--profile",
        "tests/fixtures/report/formula-role.yaml",
        "--format",
        "csv",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let mut reader = csv::Reader::from_reader(result.stdout.as_bytes());
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[9], "'=HYPERLINK(\"http://x\")");
    assert_eq!(&first[16], "'-1 week of practice");
    assert_eq!(&first[1], "'+Pat");
}

#[test]
fn markdown_cells_escape_pipes() {
    let dir = tempfile::tempdir().unwrap();
    let profile = std::fs::read_to_string(fixture("report/formula-role.yaml"))
        .unwrap()
        .replace(
            "title: Listening",
            "id: listening\n    title: \"Listen | speak\"",
        );
    std::fs::write(dir.path().join("p.yaml"), profile).unwrap();
    let result = run(&[
        "report",
        "tests/fixtures/report/formula-assessment.yaml",
        "--profile",
        dir.path().join("p.yaml").to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert!(
        result.stdout.contains("| Listen \\| speak |"),
        "{}",
        result.stdout
    );
}

#[test]
fn explain_shows_how_numbers_and_plan_steps_were_reached() {
    let result = run(&["report", "examples/sam-nearly-ready.yaml", "--explain"]);
    // Lines wrap at 80 columns; compare the words.
    let text = result
        .stdout
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("readiness = 27 met or exceeded ÷ 30 with a required level = 90.0%"));
    assert!(text.contains(
        "User focus: required 3 – Practitioner (3) − current 2 – Working (2) = 1 step short on the DDaT scale"
    ), "{text}");
    // Job Shadowing serves the core (user focus) and comes first though
    // Team Leadership serves two gaps.
    assert!(
        text.contains("why: serves the role's core (an organisation skill, or an item at the profile's highest required depth); its largest gap is 1 step; it serves 1 gap"),
        "{text}"
    );
    assert!(
        text.contains("why: serves no core item; its largest gap is 1 step; it serves 2 gaps"),
        "{text}"
    );
    let json = run(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--format",
        "json",
    ]);
    assert!(
        !json.stdout.contains("explanation"),
        "explanations only with --explain"
    );
}

#[test]
fn gates_print_the_report_then_exit_1() {
    let gap = run(&["report", "examples/alex-early.yaml", "--fail-on-gap"]);
    assert_eq!(gap.code, 1);
    assert!(gap.stdout.contains("Development plan"));
    assert!(
        gap.stderr
            .contains("25 items below the required level, 0 not rated (--fail-on-gap)"),
        "{}",
        gap.stderr
    );
    let unrated = run(&["report", "examples/jo-in-progress.yaml", "--fail-on-gap"]);
    assert_eq!(unrated.code, 1, "not rated is not met");
    assert_eq!(
        run(&[
            "report",
            "examples/sam-nearly-ready.yaml",
            "--min-readiness",
            "90"
        ])
        .code,
        0
    );
    let low = run(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--min-readiness",
        "91",
    ]);
    assert_eq!(low.code, 1);
    assert!(
        low.stderr.contains("readiness 90.0% is below 91%"),
        "{}",
        low.stderr
    );
    assert_eq!(
        run(&[
            "report",
            "examples/sam-nearly-ready.yaml",
            "--min-readiness",
            "101"
        ])
        .code,
        2
    );
}

#[test]
fn bad_assessments_are_exit_2_for_report_and_1_for_validate_with_locations() {
    let cases = [
        ("unknown-profile", ":1:10: error: no profile with id"),
        (
            "unknown-item",
            ":8:3: error: profile `senior-devops-engineer-management` has no item `agilty`; did you mean `agile`?",
        ),
        (
            "level-off-the-scale",
            ":9:19: error: `systems-design`: level 5 is off the DDaT scale",
        ),
        (
            "number-for-knowledge-skill",
            ":7:11: error: `devops`: 3 is a number",
        ),
        ("duplicate-item", ":10:3: error: duplicate key `devops`"),
    ];
    for (name, expected) in cases {
        let path = format!("tests/fixtures/assessments/invalid/{name}.yaml");
        let report = run(&["report", &path]);
        assert_eq!(report.code, 2, "{name}: {}", report.stderr);
        assert!(
            report.stderr.contains(expected),
            "{name}: {}",
            report.stderr
        );
        let validate = run(&["validate", &path]);
        assert_eq!(validate.code, 1, "{name}");
        assert!(
            validate.stdout.contains(expected),
            "{name}: {}",
            validate.stdout
        );
    }
}

#[test]
fn every_invalid_assessment_fixture_is_caught_and_none_panics() {
    let result = run(&["validate", "tests/fixtures/assessments/invalid"]);
    assert_eq!(result.code, 1);
    let files = std::fs::read_dir(fixture("assessments/invalid"))
        .unwrap()
        .count();
    assert!(
        result.stdout.contains(&format!("in {files} files")),
        "{}",
        result.stdout
    );
    assert_eq!(
        result.stdout.matches(": error: ").count(),
        files,
        "{}",
        result.stdout
    );
    insta::assert_snapshot!(
        "validate_invalid_assessments",
        crate::common::transcript(&result, None)
    );
    for entry in std::fs::read_dir(fixture("assessments/invalid")).unwrap() {
        let path = entry.unwrap().path();
        let report = run(&["report", path.to_str().unwrap()]);
        assert_eq!(report.code, 2, "{}", path.display());
    }
}

#[test]
fn examples_and_profiles_validate_together() {
    let result = run(&["validate", "examples", "profiles", "--strict"]);
    assert_eq!(result.code, 0, "{}", result.stdout);
    assert!(
        result
            .stdout
            .starts_with("0 errors, 0 warnings in 222 files; "),
        "{}",
        result.stdout
    );
}

/// The FEDIP profile's digest as assessments recorded it before the
/// digest covered only what a rating means (and before the profile named
/// its ladder place and DDaT skills).
const DIGEST_BEFORE_THE_RULE: &str =
    "sha256:69c0fc77cf7f0991b13b10bbffcb73d66fc6ae1998bfd53dd1a29ce06d4a915e";

#[test]
fn an_assessment_with_a_digest_written_before_the_rule_is_not_marked_changed() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("examples/sam-nearly-ready.yaml").unwrap();
    let new_digest = text
        .lines()
        .find_map(|l| l.strip_prefix("profile_digest: "))
        .unwrap()
        .to_owned();
    let old = dir.path().join("old.yaml");
    std::fs::write(&old, text.replace(&new_digest, DIGEST_BEFORE_THE_RULE)).unwrap();
    let report = run(&["report", old.to_str().unwrap(), "--format", "json"]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    let r: Value = serde_json::from_str(&report.stdout).unwrap();
    assert!(r["profile_change"].is_null(), "{}", report.stdout);
    let validate = run(&["validate", old.to_str().unwrap(), "--strict"]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);

    // The same old digest against a copy whose meaning changed (a required
    // level raised) is a change.
    let profile = std::fs::read_to_string("profiles/senior-devops-engineer-management.yaml")
        .unwrap()
        .replacen("    level: 3\n", "    level: 4\n", 1);
    std::fs::write(dir.path().join("profile.yaml"), profile).unwrap();
    let validate = run_paths(&["validate", "--format", "json"], &[dir.path()]);
    assert!(
        validate.stdout.contains("profile-changed"),
        "{}",
        validate.stdout
    );
}

#[test]
fn a_text_edit_or_a_skill_link_leaves_the_digest_alone_and_a_level_change_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let original =
        std::fs::read_to_string("profiles/senior-devops-engineer-management.yaml").unwrap();
    let digest_of = |text: &str| {
        std::fs::write(dir.path().join("p.yaml"), text).unwrap();
        let listing = run_paths(
            &["profiles", "--format", "json", "--profiles"],
            &[dir.path()],
        );
        let rows: Value = serde_json::from_str(&listing.stdout).unwrap();
        rows[0]["digest"].as_str().unwrap().to_owned()
    };
    let before = digest_of(&original);
    let reworded = original.replacen(
        "title: Senior DevOps Engineer – Management",
        "title: Senior DevOps engineer, management",
        1,
    );
    let unlinked = original.replacen("    ddat_skill: systems-design\n", "", 1);
    assert_ne!(reworded, original);
    assert_ne!(unlinked, original);
    assert_eq!(digest_of(&reworded), before);
    assert_eq!(digest_of(&unlinked), before);
    let raised = original.replacen("    level: 3\n", "    level: 4\n", 1);
    assert_ne!(digest_of(&raised), before);
}

#[test]
fn a_changed_profile_is_reported_with_the_items_added_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.yaml");
    let old = std::fs::read_to_string("examples/sam-nearly-ready.yaml")
        .unwrap()
        .replace("profile_digest: sha256:87", "profile_digest: sha256:00")
        .replace("  user-focus:", "  user-research: 2\n  user-focus:")
        .replace("  service-support: 3\n", "");
    std::fs::write(&path, old).unwrap();
    let result = run(&["report", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(r["profile_change"]["removed"][0], "user-research");
    assert_eq!(r["profile_change"]["not_rated_then"][0], "service-support");
    let table = run(&["report", path.to_str().unwrap()]);
    assert!(
        table
            .stdout
            .contains("The profile has changed since this assessment.")
    );
    let validate = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(
        validate.code, 0,
        "changes are warnings: {}",
        validate.stdout
    );
    assert!(
        validate.stdout.contains("[profile-changed]") && validate.stdout.contains("[removed-item]")
    );
}

#[test]
fn the_example_digests_match_the_built_in_profile() {
    let listing = run(&["profiles", "--format", "json"]);
    let rows: Value = serde_json::from_str(&listing.stdout).unwrap();
    let digest = rows[0]["digest"].as_str().unwrap();
    for example in ["alex-early", "sam-nearly-ready", "jo-in-progress"] {
        let text = std::fs::read_to_string(format!("examples/{example}.yaml")).unwrap();
        assert!(
            text.contains(&format!("profile_digest: {digest}")),
            "examples/{example}.yaml: refresh profile_digest to {digest}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_the_report_quietly() {
    let mut child = skillgap()
        .args(["report", "examples/alex-early.yaml", "--format", "markdown"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn colour_codes_are_real_escapes_not_escaped_text() {
    let result = run(&["--color", "always", "report", "examples/alex-early.yaml"]);
    assert!(
        result.stdout.contains("\u{1b}[1mReadiness"),
        "{}",
        result.stdout
    );
    assert!(!result.stdout.contains("\\u{1b}"), "{}", result.stdout);
}

#[test]
fn another_profile_given_with_profile_sets_unknown_ratings_aside_and_says_so() {
    let result = run(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--profile",
        "tests/fixtures/valid/tiny-role.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(
        r["profile_change"]["assessed_against"],
        "senior-devops-engineer-management"
    );
    assert_eq!(r["profile"]["id"], "tiny-role");
    let table = run(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--profile",
        "tests/fixtures/valid/tiny-role.yaml",
    ]);
    assert!(
        table
            .stdout
            .contains("Assessed against `senior-devops-engineer-management`")
    );
}

#[test]
fn the_profile_an_assessment_was_made_against_is_shown_with_escapes_made_visible() {
    for format in ["table", "markdown", "csv", "json", "yaml"] {
        let result = run(&[
            "report",
            "tests/fixtures/hostile/escape-in-profile-id.yaml",
            "--profile",
            "senior-devops-engineer-management",
            "--format",
            format,
        ]);
        assert_eq!(result.code, 0, "{format}: {}", result.stderr);
        for text in [&result.stdout, &result.stderr] {
            assert!(
                !text.contains(['\u{1b}', '\u{7}']),
                "{format}: a raw escape reached the terminal: {text:?}"
            );
        }
    }
    let table = run(&[
        "report",
        "tests/fixtures/hostile/escape-in-profile-id.yaml",
        "--profile",
        "senior-devops-engineer-management",
    ]);
    assert!(
        table.stdout.contains("gone\\u{1b}]0;pwned"),
        "{}",
        table.stdout
    );
}

/// A behavioural item left unrated is not listed as "rated" with a level of
/// "-": it is named with the unrated.
#[test]
fn an_unrated_item_with_no_required_level_is_listed_with_the_unrated_not_the_rated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jo.yaml");
    let text = std::fs::read_to_string("examples/jo-in-progress.yaml").unwrap();
    assert!(text.contains("  interacting-with-people: proficient\n"));
    std::fs::write(
        &path,
        text.replace("  interacting-with-people: proficient\n", ""),
    )
    .unwrap();
    let result = run(&["report", path.to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let rated = result
        .stdout
        .split("No required level (rated, not counted)\n")
        .nth(1)
        .expect("a rated list")
        .split("\n\n")
        .next()
        .unwrap();
    assert!(rated.contains("  Teamwork: Proficient in"), "{rated}");
    assert!(!rated.contains("Interacting with People"), "{rated}");
    assert!(!rated.contains(": -"), "{rated}");
    assert!(
        result
            .stdout
            .contains("Not rated, no required level (not counted)\n  Interacting with People\n"),
        "{}",
        result.stdout
    );
}

#[test]
fn plan_entries_from_ten_up_line_up_with_the_first_nine() {
    // Numbers are right-aligned, so the text of every entry, and every
    // line that follows it, starts in one column (a move's wrapped lines
    // hang two further in).
    let result = run(&["report", "examples/alex-early.yaml", "--max-actions", "12"]);
    let plan: Vec<&str> = result
        .stdout
        .lines()
        .skip_while(|line| !line.starts_with("Development plan"))
        .skip(1)
        .take_while(|line| line.starts_with(' '))
        .collect();
    assert!(
        plan.iter().any(|line| line.starts_with("  10. ")),
        "{}",
        result.stdout
    );
    let text_column = |line: &str| {
        line.len()
            - line
                .trim_start_matches([' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'])
                .len()
    };
    for line in &plan {
        let column = text_column(line);
        assert!(column == 6 || column == 8, "{line:?}\n{}", result.stdout);
        if line.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            assert_eq!(column, 6, "{line:?}");
        }
    }
}

#[test]
fn the_report_at_80_columns_wraps_long_level_names_between_words() {
    // Level names of up to 35 columns kept on one line each left the
    // item's title a column or two; they wrap between their words instead.
    let dir = crate::common::fixture("long-levels");
    let result = crate::common::run_paths(
        &["report", "--profiles"],
        &[&dir.join("profiles"), &dir.join("before.yaml")],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    crate::common::assert_table_words_whole(
        &result.stdout,
        [
            "Configuration Management",
            "Operational/Service Architecture",
            "Learning the basics with help",
            "Doing the work unaided every day",
        ],
        80,
    );
}

/// Readiness is shown with a decimal (56.7%), so a manager tries
/// `--min-readiness 60.5`: the refusal says what to give, in `report` and
/// `team`, not clap's "invalid digit found in string".
#[test]
fn a_min_readiness_that_is_no_whole_percentage_says_what_to_give() {
    for (command, input) in [
        ("report", "examples/sam-nearly-ready.yaml"),
        ("team", "examples/team"),
    ] {
        for value in ["60.5", "150"] {
            let result = crate::common::run(&[command, input, "--min-readiness", value]);
            assert_eq!(result.code, 2, "{}", result.stderr);
            assert!(
                result.stderr.contains(&format!(
                    "`{value}` is not a whole percentage from 0 to 100; give e.g. --min-readiness 60"
                )),
                "{command} {value}: {}",
                result.stderr
            );
        }
    }
}

#[test]
fn beside_each_gap_the_report_says_what_the_required_level_means() {
    // Sam's one organisation-skill gap: User focus, 2 of 3. The plan's
    // action for it says what will show it done: what Practitioner means
    // for User focus, as the framework words it.
    let table = run(&["report", "examples/sam-nearly-ready.yaml"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    let lines: Vec<&str> = table.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|line| {
            line.trim_start()
                .starts_with("User focus: 2 – Working → 3 – Practitioner. Done when:")
        })
        .unwrap_or_else(|| panic!("{}", table.stdout));
    let entry: Vec<&str> = lines[at..]
        .iter()
        .take_while(|line| {
            !line.trim_start().starts_with(|c: char| c.is_ascii_digit()) && !line.is_empty()
        })
        .copied()
        .collect();
    assert!(
        entry[0].ends_with("Done when: You can collaborate"),
        "{entry:#?}"
    );
    // Cut to three lines, each within the table's width, marked.
    assert_eq!(entry.len(), 3, "{entry:#?}");
    assert!(
        entry
            .iter()
            .all(|line| skillgap::render::wrap::width(line) < 80),
        "{entry:#?}"
    );
    assert!(entry[2].ends_with('…'), "{entry:#?}");
    // In the plan, after the items.
    let plan = lines
        .iter()
        .position(|line| line.starts_with("Development plan"))
        .unwrap();
    assert!(plan < at, "{}", table.stdout);

    // Markdown has it in full, marked where the source cut it off.
    let markdown = run(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--format",
        "markdown",
    ]);
    assert_eq!(markdown.code, 0, "{}", markdown.stderr);
    assert!(
        markdown.stdout.contains(
            "## What each gap asks for\n\n- **User focus**, 3 – Practitioner: You can collaborate with user researchers"
        ),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown
            .stdout
            .contains("You can offer recommendations on the best tools and \\[…\\]\n"),
        "{}",
        markdown.stdout
    );
}

#[test]
fn a_framework_level_text_in_the_report_reads_as_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ratings.yaml"), "systems-design: 1\n").unwrap();
    let made = crate::common::in_dir(
        dir.path(),
        &[
            "assess",
            "ddat-senior-devops-engineer-management",
            "--answers",
            "ratings.yaml",
            "--name",
            "Alex",
            "--out",
            "a.yaml",
        ],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let report = crate::common::in_dir(dir.path(), &["report", "a.yaml", "--format", "markdown"]);
    assert!(
        report.stdout.contains(
            "- **Systems design**, 3 – Practitioner: You can: design systems characterised by medium levels of risk, impact, and business or technical complexity; select appropriate design standards"
        ),
        "{}",
        report.stdout
    );
}
