//! `skillgap roles`: one person's ratings against every profile, with the
//! figures worked out by hand from the framework's required levels.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{in_dir, run};

/// An answers file rating every organisation skill of `profile` at its
/// required level, as `show --format json` gives them.
fn exactly(dir: &Path, profile: &str, person: &str, out: &str) -> PathBuf {
    let shown = run(&["show", profile, "--format", "json"]);
    let json: Value = serde_json::from_str(&shown.stdout).unwrap();
    let mut answers = String::new();
    for skill in json["organisation_skills"].as_array().unwrap() {
        answers.push_str(skill["id"].as_str().unwrap());
        answers.push_str(&format!(": {}\n", skill["level"]));
    }
    std::fs::write(dir.join("answers.yaml"), answers).unwrap();
    let made = in_dir(
        dir,
        &[
            "assess",
            profile,
            "--answers",
            "answers.yaml",
            "--name",
            person,
            "--out",
            out,
        ],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    dir.join(out)
}

fn json_of(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["roles"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let result = in_dir(dir, &all);
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

#[test]
fn meeting_senior_devops_exactly_lists_it_first_then_the_lower_levels_at_100_percent() {
    let dir = tempfile::tempdir().unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Pat Example",
        "pat.yaml",
    );
    let report = json_of(
        dir.path(),
        &[
            "pat.yaml",
            "--role",
            "development-operations-devops-engineer",
        ],
    );
    let rows: Vec<(&str, &str, String)> = report["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["id"].as_str().unwrap(),
                row["standing"].as_str().unwrap(),
                row["readiness_percent"].to_string(),
            )
        })
        .collect();
    // By hand, from the framework's required levels: Senior (A0 W2 P7 E1)
    // is met exactly, and every lower level asks no skill higher; Lead
    // asks Expert in Modern development standards and Systems integration
    // (Senior: Practitioner): 8 of 10; Lead - management asks Practitioner
    // of Availability and capacity management and Development process
    // optimisation (Senior: Working) and Expert of Modern development
    // standards: 7 of 10; Principal (P5 E5) is short in five: 5 of 10.
    let expected = [
        ("ddat-senior-devops-engineer", "100.0"),
        ("ddat-devops-engineer", "100.0"),
        ("ddat-junior-devops-engineer", "100.0"),
        ("ddat-apprentice-devops-engineer", "100.0"),
    ];
    for (position, (id, percent)) in expected.iter().enumerate() {
        assert_eq!(
            (rows[position].0, rows[position].2.as_str()),
            (*id, *percent),
            "{rows:#?}"
        );
        assert_eq!(rows[position].1, "ranked");
    }
    let find = |id: &str| rows.iter().find(|row| row.0 == id).unwrap().2.clone();
    assert_eq!(find("ddat-lead-devops-engineer"), "80.0");
    assert_eq!(report["person"], "Pat Example");
    assert_eq!(report["files"], serde_json::json!(["pat.yaml"]));
    // Every level of the role's ladder, and the FEDIP profile, which
    // takes its place on it; nothing else.
    assert_eq!(rows.len(), 10);
    assert!(
        rows.iter()
            .any(|row| row.0 == "senior-devops-engineer-management")
    );
}

#[test]
fn the_table_ranks_and_points_at_the_closest_profiles_still_to_rate() {
    let dir = tempfile::tempdir().unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Pat Example",
        "pat.yaml",
    );
    let result = in_dir(dir.path(), &["roles", "pat.yaml", "--top", "3"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = &result.stdout;
    assert!(
        out.starts_with("Roles for Pat Example, self assessment · newest "),
        "{out}"
    );
    let ranked: Vec<&str> = out
        .lines()
        .filter(|line| line.contains('%'))
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(ranked.len(), 3, "{out}");
    assert_eq!(ranked[0], "ddat-senior-devops-engineer", "{out}");
    for line in out.lines() {
        // A printed command is never broken; every other line fits.
        if !line.contains(" assess ") {
            assert!(line.chars().count() <= 80, "{line}");
        }
    }
    // The closest profiles still to rate, each with the command that
    // rates only what it lacks, for the same person.
    let command = out
        .lines()
        .find(|line| line.contains(" assess ddat-"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(command.contains(" --only "), "{command}");
    assert!(command.ends_with(" --name 'Pat Example'"), "{command}");
    // With --top, the profiles nothing touches are counted, not listed.
    assert!(out.contains(" more profiles left out by --top."), "{out}");
    assert!(!out.contains("none of their required items rated"), "{out}");
    let full = in_dir(dir.path(), &["roles", "pat.yaml"]);
    assert!(
        full.stdout
            .contains(" profiles have none of their required items rated"),
        "{}",
        full.stdout
    );
    // Every format keeps at most N of each list: the JSON has what the
    // table shows, and says how many it left out.
    let json = in_dir(
        dir.path(),
        &["roles", "pat.yaml", "--top", "3", "--format", "json"],
    );
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let rows = report["profiles"].as_array().unwrap();
    let count = |standing: &str| rows.iter().filter(|r| r["standing"] == standing).count();
    assert_eq!(count("ranked"), 3);
    assert!((1..=3).contains(&count("poorly-covered")), "{rows:?}");
    assert_eq!(count("not-rated"), 0);
    let all: serde_json::Value = serde_json::from_str(
        &in_dir(dir.path(), &["roles", "pat.yaml", "--format", "json"]).stdout,
    )
    .unwrap();
    assert_eq!(
        report["left_out"].as_u64().unwrap() + rows.len() as u64,
        all["profiles"].as_array().unwrap().len() as u64
    );
}

#[test]
fn several_files_of_one_person_count_the_newest_rating_of_each_skill() {
    let dir = tempfile::tempdir().unwrap();
    let old = exactly(
        dir.path(),
        "ddat-devops-engineer",
        "Pat Example",
        "old.yaml",
    );
    // An older file: the same skills one level lower, dated earlier.
    let text = std::fs::read_to_string(&old).unwrap();
    let date_line = text
        .lines()
        .find(|l| l.starts_with("date: "))
        .unwrap()
        .to_owned();
    std::fs::write(&old, text.replace(&date_line, "date: 2025-01-01")).unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "pat example",
        "new.yaml",
    );
    let report = json_of(dir.path(), &["old.yaml", "new.yaml", "--top", "1"]);
    assert_eq!(report["profiles"][0]["id"], "ddat-senior-devops-engineer");
    assert_eq!(
        report["profiles"][0]["readiness_percent"].to_string(),
        "100.0"
    );
    assert_eq!(
        report["person"], "pat example",
        "the newest file's spelling"
    );
}

#[test]
fn files_of_two_people_or_a_skill_rated_two_ways_on_one_date_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Pat Example",
        "pat.yaml",
    );
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Sam Rivera",
        "sam.yaml",
    );
    let two = in_dir(dir.path(), &["roles", "pat.yaml", "sam.yaml"]);
    assert_eq!(two.code, 2);
    assert!(
        two.stderr
            .contains("pat.yaml is about Pat Example and sam.yaml about Sam Rivera"),
        "{}",
        two.stderr
    );
    // Same person, same date, Systems design rated 3 and 1.
    let text = std::fs::read_to_string(dir.path().join("pat.yaml")).unwrap();
    let changed = text.replace(
        "  systems-design:\n    level: 3\n",
        "  systems-design:\n    level: 1\n",
    );
    assert_ne!(changed, text);
    std::fs::write(dir.path().join("other.yaml"), changed).unwrap();
    let clash = in_dir(dir.path(), &["roles", "pat.yaml", "other.yaml"]);
    assert_eq!(clash.code, 2, "{}", clash.stderr);
    assert!(
        clash
            .stderr
            .contains("`systems-design` is rated 3 in pat.yaml and 1 in other.yaml, both on "),
        "{}",
        clash.stderr
    );
}

#[test]
fn a_managers_assessment_is_read_only_when_asked_and_filters_name_the_closest() {
    let dir = tempfile::tempdir().unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Pat Example",
        "pat.yaml",
    );
    let text = std::fs::read_to_string(dir.path().join("pat.yaml")).unwrap();
    std::fs::write(
        dir.path().join("manager.yaml"),
        text.replace("assessor: self", "assessor: manager"),
    )
    .unwrap();
    let only = in_dir(dir.path(), &["roles", "manager.yaml"]);
    assert_eq!(only.code, 2);
    assert!(
        only.stderr
            .contains("skipped manager.yaml: a manager assessment"),
        "{}",
        only.stderr
    );
    let report = json_of(
        dir.path(),
        &["manager.yaml", "--assessor", "manager", "--top", "1"],
    );
    assert_eq!(report["assessor"], "manager");
    let unknown = in_dir(
        dir.path(),
        &["roles", "pat.yaml", "--family", "sofware-development"],
    );
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("no role family `sofware-development`; did you mean `Software development`?"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn every_format_carries_the_same_ranking() {
    let dir = tempfile::tempdir().unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Pat Example",
        "pat.yaml",
    );
    let args = [
        "roles",
        "pat.yaml",
        "--role",
        "Development operations (DevOps) engineer",
    ];
    let csv = in_dir(dir.path(), &[&args[..], &["--format", "csv"]].concat());
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let second = csv.stdout.lines().nth(1).unwrap();
    assert!(
        second.starts_with("Pat Example,ddat-senior-devops-engineer,Senior DevOps engineer,"),
        "{second}"
    );
    let markdown = in_dir(dir.path(), &[&args[..], &["--format", "markdown"]].concat());
    assert!(
        markdown.stdout.contains(
            "| 1 | ddat-senior-devops-engineer | Senior DevOps engineer | 100.0% | 10/10 |"
        ),
        "{}",
        markdown.stdout
    );
    let yaml = in_dir(dir.path(), &[&args[..], &["--format", "yaml"]].concat());
    assert!(
        yaml.stdout.contains("- id: ddat-senior-devops-engineer\n"),
        "{}",
        yaml.stdout
    );
}

/// The steps of one target of a `path` report, as (skill id, required,
/// now, yours, gap).
fn steps_of(target: &Value) -> Vec<(String, String, String, String, u64)> {
    target["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| {
            let text = |key: &str| step[key].as_str().unwrap_or("-").to_owned();
            (
                text("id"),
                text("required"),
                text("now_required"),
                text("current"),
                step["gap"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn path_names_both_next_levels_with_the_skills_each_asks_beyond_senior() {
    let dir = tempfile::tempdir().unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Pat Example",
        "pat.yaml",
    );
    let result = in_dir(dir.path(), &["path", "pat.yaml", "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(report["now"]["id"], "ddat-senior-devops-engineer");
    let next = report["next"].as_array().unwrap();
    let targets: Vec<(&str, &str)> = next
        .iter()
        .map(|n| {
            (
                n["track"].as_str().unwrap(),
                n["place"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        targets,
        [
            ("technical", "ddat-lead-devops-engineer"),
            ("management", "ddat-lead-devops-engineer-management"),
        ]
    );
    // By hand: Lead asks Expert where Senior asks Practitioner in two
    // skills; Lead - management asks Practitioner where Senior asks
    // Working in two, and Expert in Modern development standards.
    let row = |id: &str, required: &str, now: &str| {
        (
            id.to_owned(),
            required.to_owned(),
            now.to_owned(),
            now.to_owned(),
            1,
        )
    };
    assert_eq!(
        steps_of(&next[0]),
        [
            row(
                "modern-development-standards",
                "4 – Expert",
                "3 – Practitioner"
            ),
            row("systems-integration", "4 – Expert", "3 – Practitioner"),
        ]
    );
    assert_eq!(
        steps_of(&next[1]),
        [
            row(
                "availability-and-capacity-management",
                "3 – Practitioner",
                "2 – Working"
            ),
            row(
                "development-process-optimisation",
                "3 – Practitioner",
                "2 – Working"
            ),
            row(
                "modern-development-standards",
                "4 – Expert",
                "3 – Practitioner"
            ),
        ]
    );
    // What the required level means for the skill, from the framework.
    assert!(
        next[0]["steps"][0]["means"]
            .as_str()
            .unwrap()
            .contains("modern development standards"),
        "{}",
        next[0]["steps"][0]
    );
    assert_eq!(
        report["attribution"],
        "Contains public sector information licensed under the Open Government Licence v3.0."
    );
    let table = in_dir(dir.path(), &["path", "pat.yaml"]);
    assert!(
        table
            .stdout
            .contains("• Systems integration: needs 4 – Expert (up from 3 – Practitioner);"),
        "{}",
        table.stdout
    );
    assert!(
        table.stdout.contains("At 4 – Expert you can: "),
        "{}",
        table.stdout
    );
}

#[test]
fn path_to_another_role_lists_every_skill_it_needs_that_senior_devops_does_not() {
    let dir = tempfile::tempdir().unwrap();
    exactly(
        dir.path(),
        "ddat-senior-devops-engineer",
        "Pat Example",
        "pat.yaml",
    );
    let result = in_dir(
        dir.path(),
        &[
            "path",
            "pat.yaml",
            "--to",
            "ddat-infrastructure-engineer",
            "--format",
            "json",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: Value = serde_json::from_str(&result.stdout).unwrap();
    let next = report["next"].as_array().unwrap();
    assert_eq!(next.len(), 1);
    assert_eq!(next[0]["track"], "to");
    // By hand: Infrastructure engineer's eight skills are all new to a
    // Senior DevOps engineer, and none is rated.
    let steps = steps_of(&next[0]);
    let ids: Vec<&str> = steps.iter().map(|s| s.0.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "coding-and-scripting",
            "it-infrastructure",
            "ownership-and-topic",
            "problem-management",
            "service-focus",
            "technical-understanding",
            "testing",
            "troubleshooting-and-problem-resolution",
        ]
    );
    assert!(steps.iter().all(|s| s.2 == "-" && s.3 == "-"), "{steps:?}");
    let unknown = in_dir(
        dir.path(),
        &["path", "pat.yaml", "--to", "ddat-infrastucture-engineer"],
    );
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("did you mean `ddat-infrastructure-engineer`?"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn the_career_example_is_senior_now_with_lead_one_skill_away() {
    let file = "examples/career/pat-example-devops-ladder.yaml";
    let roles = run(&["roles", file, "--format", "json", "--top", "1"]);
    assert_eq!(roles.code, 0, "{}", roles.stderr);
    let roles: Value = serde_json::from_str(&roles.stdout).unwrap();
    assert_eq!(roles["profiles"][0]["id"], "ddat-senior-devops-engineer");
    // By hand: Lead asks Expert of Modern development standards (Pat:
    // Practitioner) and of Systems integration (Pat: Expert): 9 of 10.
    let path = run(&["path", file, "--format", "json"]);
    assert_eq!(path.code, 0, "{}", path.stderr);
    let path: Value = serde_json::from_str(&path.stdout).unwrap();
    assert_eq!(path["now"]["id"], "ddat-senior-devops-engineer");
    let lead = &path["next"][0];
    assert_eq!(lead["place"]["id"], "ddat-lead-devops-engineer");
    assert_eq!(
        (
            lead["place"]["met"].as_u64(),
            lead["place"]["required"].as_u64()
        ),
        (Some(9), Some(10))
    );
    let short: Vec<&str> = lead["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|step| step["gap"] != 0)
        .map(|step| step["id"].as_str().unwrap())
        .collect();
    assert_eq!(short, ["modern-development-standards"]);
    let validate = run(&["validate", file, "--strict"]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
}

#[test]
fn path_in_markdown_gives_no_steps_short_for_a_skill_not_rated() {
    let pat = crate::common::root().join("examples/career/pat-example-devops-ladder.yaml");
    let result = crate::common::run(&[
        "path",
        pat.to_str().unwrap(),
        "--to",
        "senior-devops-engineer-management",
        "--format",
        "markdown",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result
            .stdout
            .contains("| Application Systems | Familiar with | new | not rated |  |"),
        "{}",
        result.stdout
    );
    assert!(
        result.stdout.contains("| required now |"),
        "{}",
        result.stdout
    );
}

#[test]
fn with_nothing_rated_roles_says_so_in_words_and_markdown_has_no_empty_table() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("none.yaml"),
        "profile: ddat-devops-engineer\nperson: Nobody\nassessor: self\ndate: 2026-11-01\nstatus: in-progress\nratings: {}\n",
    )
    .unwrap();
    let table = in_dir(dir.path(), &["roles", "none.yaml"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(
        table
            .stdout
            .contains("profiles have none of their required items rated"),
        "{}",
        table.stdout
    );
    let markdown = in_dir(dir.path(), &["roles", "none.yaml", "--format", "markdown"]);
    assert!(
        markdown.stdout.contains("No profile has at least half"),
        "{}",
        markdown.stdout
    );
    assert!(!markdown.stdout.contains("| # |"), "{}", markdown.stdout);
    assert!(
        markdown
            .stdout
            .contains("profiles have none of their required items rated."),
        "{}",
        markdown.stdout
    );
}

#[test]
fn path_to_the_current_level_points_at_report_not_nothing_to_do() {
    let pat = crate::common::root().join("examples/career/pat-example-devops-ladder.yaml");
    for format in ["table", "markdown"] {
        let result = crate::common::run(&[
            "path",
            pat.to_str().unwrap(),
            "--to",
            "ddat-senior-devops-engineer",
            "--format",
            format,
        ]);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert!(
            result
                .stdout
                .contains("It is the current level; `skillgap report` lists"),
            "{format}: {}",
            result.stdout
        );
        assert!(
            !result.stdout.contains("asks no skill beyond"),
            "{}",
            result.stdout
        );
    }
}

#[test]
fn path_to_a_profile_requiring_nothing_says_so_not_100_percent_ready() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("p")).unwrap();
    std::fs::write(
        dir.path().join("p/none.yaml"),
        "id: no-req\ntitle: No Req\nsummary: Nothing required.\nknowledge_skills:\n  - title: Listening\n    type: behavioural\n    details: Hearing.\n",
    )
    .unwrap();
    let pat = crate::common::root().join("examples/career/pat-example-devops-ladder.yaml");
    for format in ["table", "markdown"] {
        let result = in_dir(
            dir.path(),
            &[
                "path",
                pat.to_str().unwrap(),
                "--profiles",
                "p",
                "--to",
                "no-req",
                "--format",
                format,
            ],
        );
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert!(
            result.stdout.contains("requires no level of any item"),
            "{format}: {}",
            result.stdout
        );
        assert!(
            !result.stdout.contains("0 of 0 required"),
            "{}",
            result.stdout
        );
    }
}
