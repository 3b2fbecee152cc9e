//! The report as advice a manager would sign (SPEC §10): an honest
//! headline, and a plan with reach, priority and a cycle. The figures are
//! worked out by hand from the example files and the FEDIP profile.

use serde_json::Value;

use crate::common::run;

fn json(args: &[&str]) -> Value {
    let result = run(args);
    assert!(result.code <= 1, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

/// Jo is part-way through: of the 30 required items, 6 are rated (3 met,
/// 3 one depth step short) and 24 are not. 10 % of the role is met, but
/// half of what Jo rated is: the headline says both, and never calls the
/// 24 unrated items gaps.
#[test]
fn a_half_finished_assessment_reads_as_half_finished_not_as_failure() {
    let result = run(&["report", "examples/jo-in-progress.yaml"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let flat = result
        .stdout
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            "Readiness 10.0%: 3 of 30 required items met · rated 6 of 30, of which 3 met (50.0%)"
        ),
        "{}",
        result.stdout
    );
    assert!(
        flat.contains(
            "Gaps: 3 items below the required level · steps short: depth 3, DDaT not rated"
        ),
        "{}",
        result.stdout
    );
    assert!(
        flat.contains("Not rated: 24 required items, neither met nor a gap yet; rate them with:"),
        "{}",
        result.stdout
    );
    // The command is on a line of its own, whole, and rates what is left.
    let command = result
        .stdout
        .lines()
        .find(|line| line.contains(" assess --resume "))
        .unwrap_or_else(|| panic!("{}", result.stdout));
    assert!(
        command
            .trim_end()
            .ends_with("assess --resume examples/jo-in-progress.yaml --unrated"),
        "{command}"
    );

    let report = json(&["report", "examples/jo-in-progress.yaml", "--format", "json"]);
    let summary = &report["summary"];
    assert_eq!(summary["rated"], 6);
    assert_eq!(summary["not_rated"], 24);
    assert_eq!(summary["met_of_rated_percent"], 50.0);
    assert!(
        report["rate_command"]
            .as_str()
            .unwrap()
            .ends_with("--unrated")
    );
}

/// Alex is 25 items short: 16 knowledge and skills (25 depth steps) and 9
/// organisation skills (13 DDaT levels). The two are never added up.
#[test]
fn steps_on_two_scales_are_never_added_up() {
    let result = run(&["report", "examples/alex-early.yaml"]);
    let flat = result
        .stdout
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Gaps: 25 items below the required level · steps short: depth 25, DDaT 13"),
        "{}",
        result.stdout
    );
    assert!(!flat.contains("38"), "{}", result.stdout);
    assert!(
        flat.contains("5 of 30 required items met · all rated"),
        "{}",
        result.stdout
    );
    let report = json(&["report", "examples/alex-early.yaml", "--format", "json"]);
    let by_scale: Vec<(String, u64)> = report["summary"]["by_scale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap().to_owned(),
                t["steps"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_scale,
        [("depth".to_owned(), 25), ("DDaT".to_owned(), 13)]
    );
    // No unrated item: no command to rate them, and "met of rated" would
    // say nothing readiness does not.
    assert!(report.get("rate_command").is_none());
    assert!(report["summary"].get("met_of_rated_percent").is_none());
}

/// Sam's plan: Job Shadowing (user focus, the core) then Team Leadership.
#[test]
fn the_cycle_holds_max_actions_due_by_the_review_date_and_the_rest_come_later() {
    let report = json(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--max-actions",
        "1",
        "--review-by",
        "2027-01-31",
        "--format",
        "json",
    ]);
    let plan = &report["plan"];
    assert_eq!(plan["review_by"], "2027-01-31");
    assert_eq!(plan["actions"].as_array().unwrap().len(), 1);
    assert_eq!(plan["actions"][0]["due"], "2027-01-31");
    assert_eq!(plan["later"][0]["title"], "Team Leadership");
    assert_eq!(plan["later"][0]["rank"], 2);
    assert!(plan["later"][0].get("due").is_none());
    // Two weeks after 2026-11-09.
    let report = json(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--cycle",
        "2w",
        "--format",
        "json",
    ]);
    assert_eq!(report["plan"]["review_by"], "2026-11-23");
    let table = run(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--max-actions",
        "1",
    ]);
    assert!(
        table
            .stdout
            .contains("Development plan: 1 action by 2027-05-09, 1 later"),
        "{}",
        table.stdout
    );
    assert!(
        table
            .stdout
            .contains("Later (next cycle): 2. Team Leadership (PDA)"),
        "{}",
        table.stdout
    );
}

#[test]
fn a_cycle_that_cannot_be_is_a_usage_error() {
    for (args, says) in [
        (&["--max-actions", "0"][..], "--max-actions"),
        (&["--cycle", "0m"][..], "a cycle of 0"),
        (&["--cycle", "6x"][..], "`x` is not a unit"),
        (&["--cycle", "6"][..], "give a unit"),
        (
            &["--review-by", "2026-11-08"][..],
            "is before the assessment (2026-11-09)",
        ),
        (&["--review-by", "2027-02-30"][..], "--review-by"),
        (
            &["--cycle", "7974y"][..],
            "past the calendar's last day, 9999-12-31",
        ),
        (&["--cycle", "99999m"][..], "at most 65535"),
        (
            &["--review-by", "2027-01-31", "--cycle", "3m"][..],
            "cannot be used with",
        ),
    ] {
        let mut all = vec!["report", "examples/sam-nearly-ready.yaml"];
        all.extend_from_slice(args);
        let result = run(&all);
        assert_eq!(result.code, 2, "{args:?}: {}", result.stderr);
        assert!(result.stderr.contains(says), "{args:?}: {}", result.stderr);
        assert!(
            result.stdout.is_empty(),
            "{args:?}: nothing printed before the error"
        );
    }
}

#[test]
fn a_reach_off_the_organisation_scale_is_a_validate_error() {
    let dir = tempfile::tempdir().unwrap();
    let profile = "\
id: reach-test
title: Reach Test
summary: For tests.
organisation_skills:
  - {framework: DDaT, category: C, title: Design, description: d, level: 3, level_description: l}
reach:
  training: {organisation: 5}
training:
  - {title: Course, details: d, develops: [design], reach: {organisation: 0}}
";
    std::fs::write(dir.path().join("p.yaml"), profile).unwrap();
    let result = crate::common::in_dir(dir.path(), &["validate", "p.yaml"]);
    assert_eq!(result.code, 1, "{}", result.stdout);
    assert!(
        result
            .stdout
            .contains("error: a reach of 5 is off the DDaT scale (1 to 4) [off-scale]"),
        "{}",
        result.stdout
    );
    assert!(
        result
            .stdout
            .contains("error: a reach of 0 is off the DDaT scale (1 to 4) [off-scale]"),
        "{}",
        result.stdout
    );
}

/// Scripts read the reports' JSON, YAML and CSV: each says its format's
/// version (SPEC §10). A profile's YAML stays a profile file.
#[test]
fn every_report_a_script_reads_says_its_format_version() {
    let sam = "examples/sam-nearly-ready.yaml";
    let lee = [
        "examples/team/lee-wong-self.yaml",
        "examples/team/lee-wong-manager.yaml",
    ];
    let commands: [Vec<&str>; 7] = [
        vec!["report", sam],
        vec!["team", "examples/team"],
        vec!["compare", lee[0], lee[1]],
        vec!["history", "examples/history"],
        vec!["roles", sam, "--top", "1"],
        vec!["path", sam],
        vec!["validate", "examples/team"],
    ];
    for command in &commands {
        let mut args = command.clone();
        args.extend(["--format", "json"]);
        let result = run(&args);
        assert!(result.code <= 1, "{command:?}: {}", result.stderr);
        let value: Value = serde_json::from_str(&result.stdout).unwrap();
        assert_eq!(value["format_version"], 2, "{command:?}");
        if command[0] != "validate" {
            let mut args = command.clone();
            args.extend(["--format", "yaml"]);
            let result = run(&args);
            assert!(
                result.stdout.starts_with("format_version: 2\n"),
                "{command:?}: {}",
                result.stdout
            );
        }
    }
    for command in &commands[..5] {
        let mut args = command.clone();
        args.extend(["--format", "csv"]);
        let result = run(&args);
        let mut reader = csv::Reader::from_reader(result.stdout.as_bytes());
        let header = reader.headers().unwrap().clone();
        assert_eq!(
            header.iter().next_back(),
            Some("format_version"),
            "{command:?}"
        );
        for row in reader.records() {
            assert_eq!(row.unwrap().iter().next_back(), Some("2"), "{command:?}");
        }
    }
    let profile = run(&[
        "show",
        "senior-devops-engineer-management",
        "--format",
        "yaml",
    ]);
    assert!(!profile.stdout.contains("format_version"));
}

/// A custom scale names itself and its levels: that text is the file's,
/// and reaches the headline, the table, the plan, `compare` and `team`.
#[test]
fn a_custom_scales_names_cannot_steer_the_terminal_in_any_report() {
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).unwrap();
    std::fs::write(
        profiles.join("evil.yaml"),
        "id: evil-scale\ntitle: Evil scale\nsummary: s\norganisation_scale:\n  name: \"=Scale\\e[31m|x\"\n  levels:\n    - {name: \"=1+1\", meaning: \"-mean\\e[2J\"}\n    - {name: \"@L2\\e[41m | pipe\", meaning: \"+m2\"}\n    - {name: \"\\u202ERTL\", meaning: m3}\nknowledge_skills:\n  - {title: Kay, depth: expert, type: technical, details: d}\norganisation_skills:\n  - {framework: House, category: C, title: Cee, description: d, level: 3, level_description: \"done\\e[1m\"}\ntraining:\n  - {title: T, details: d, develops: [cee]}\n",
    )
    .unwrap();
    let team = dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    for (file, name, level) in [("a.yaml", "Pat Q", 2), ("b.yaml", "Pat Q", 1)] {
        let date = if file == "a.yaml" {
            "2026-11-09"
        } else {
            "2026-11-10"
        };
        std::fs::write(
            team.join(file),
            format!("profile: evil-scale\nperson: {name}\nassessor: self\ndate: {date}\nstatus: complete\nratings:\n  kay: aware\n  cee: {level}\n"),
        )
        .unwrap();
    }
    let profiles = profiles.to_str().unwrap();
    let (a, b) = (team.join("a.yaml"), team.join("b.yaml"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    for args in [
        vec!["--profiles", profiles, "report", a],
        vec!["--profiles", profiles, "report", a, "--format", "markdown"],
        vec!["--profiles", profiles, "compare", a, b],
        vec!["--profiles", profiles, "compare", a, b, "--format", "csv"],
        vec!["--profiles", profiles, "team", team.to_str().unwrap()],
        vec![
            "--profiles",
            profiles,
            "team",
            team.to_str().unwrap(),
            "--format",
            "markdown",
        ],
    ] {
        let result = run(&args);
        assert!(result.code <= 1, "{args:?}: {}", result.stderr);
        for bad in ['\u{1b}', '\u{202e}'] {
            assert!(
                !result.stdout.contains(bad),
                "{args:?} prints {bad:?} raw:\n{}",
                result.stdout
            );
        }
    }
}

/// Measured against a profile given as a file, the command that rates
/// the rest names that file again: resuming would not find it otherwise.
#[test]
fn the_rate_command_names_a_profile_given_as_a_file() {
    let profile = crate::common::fixture("valid/tiny-role.yaml");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("half.yaml");
    std::fs::write(
        &file,
        "profile: tiny-role\nperson: Pat\nassessor: self\ndate: 2026-11-09\nstatus: in-progress\nratings: {}\n",
    )
    .unwrap();
    let result = run(&[
        "report",
        file.to_str().unwrap(),
        "--profile",
        profile.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let command = result
        .stdout
        .lines()
        .find(|line| line.contains(" --resume "))
        .unwrap_or_else(|| panic!("{}", result.stdout));
    assert!(
        command.contains(&format!(
            " assess {} --resume {} --unrated",
            profile.display(),
            file.display()
        )),
        "{command}"
    );
}

/// "core" marks the actions that serve the role's core only where some do
/// not: against a framework level, every skill is an organisation skill,
/// and a mark on every action would say nothing.
#[test]
fn core_is_marked_only_where_it_tells_actions_apart() {
    let sam = run(&["report", "examples/sam-nearly-ready.yaml"]);
    assert!(
        sam.stdout
            .contains("1. Job Shadowing and Special Assignments (PDA) · core"),
        "{}",
        sam.stdout
    );
    assert!(
        sam.stdout.contains("2. Team Leadership (PDA)\n"),
        "{}",
        sam.stdout
    );
    let lead = run(&[
        "report",
        "examples/sam-nearly-ready.yaml",
        "--profile",
        "ddat-lead-devops-engineer",
    ]);
    assert!(
        lead.stdout
            .contains("1. Experience at work: Modern development standards\n"),
        "{}",
        lead.stdout
    );
    assert!(!lead.stdout.contains("· core"), "{}", lead.stdout);
}
