//! `skillgap team` and `skillgap compare` over examples/team: numbers that
//! match a hand calculation, bad files skipped, safe output.

use serde_json::Value;

use crate::common::run;

fn team_json() -> Value {
    let result = run(&["team", "examples/team", "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

fn item<'a>(team: &'a Value, id: &str) -> &'a Value {
    team["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap()
}

/// Six people: Priya, Tom, Lee (self and manager), Alex (May superseded by
/// November), Sam, Jo (in progress). Coverage counts people once: Lee
/// meets an item when either of Lee's assessments does.
#[test]
fn the_example_team_matches_the_hand_calculation() {
    let r = team_json();
    // Eight files; Alex's May assessment is superseded, so seven count.
    assert_eq!(r["files_used"], 7);
    assert_eq!(
        r["superseded"][0]["file"],
        "examples/team/alex-morgan-2026-05.yaml"
    );
    let team = &r["profiles"][0];
    assert_eq!(team["people"], 6);
    assert_eq!(team["members"].as_array().unwrap().len(), 7);
    // DevOps: Tom, Lee (own view), Sam; not Priya (familiar), Alex (none);
    // Jo has not rated it.
    assert_eq!(item(team, "devops")["met_by"], 3);
    assert_eq!(item(team, "devops")["rated_by"], 5);
    // Appraisal techniques: Priya and Lee; Tom and Sam are aware, Alex none.
    assert_eq!(item(team, "appraisal-techniques")["met_by"], 2);
    // Performance monitoring: only Priya (Tom, Lee, Sam aware; Alex none).
    assert_eq!(
        item(team, "performance-monitoring")["single_point_of_failure"],
        "Priya Shah"
    );
    let spofs: Vec<&Value> = team["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i.get("single_point_of_failure").is_some())
        .collect();
    assert_eq!(spofs.len(), 1);
    // User focus: everyone who rated it is at 2 of 3.
    assert_eq!(item(team, "user-focus")["uncovered"], true);
    assert_eq!(item(team, "user-focus")["met_by"], 0);
    // Job Shadowing (an activity: up to Practitioner) takes user focus
    // 2 → 3 for Priya, Tom, Lee, Alex and Sam, and operational service
    // architecture aware → familiar for Jo and Alex: 6 people, 7 gaps of
    // one step. (Facilitation Techniques no longer develops user focus,
    // and a course could not take anyone to Practitioner.)
    let top = &team["training_needs"][0];
    assert_eq!(top["title"], "Job Shadowing and Special Assignments");
    assert_eq!(top["people"].as_array().unwrap().len(), 6);
    assert_eq!(top["gaps"], 7);
    assert_eq!(top["gap_steps"], 7);
    // Then Team Leadership (4 people; appraisal, coaching, performance
    // monitoring, team dynamics, resource allocation and follow-up: 9
    // gaps, 13 steps) ahead of Deputising (4 people, 5 gaps).
    assert_eq!(team["training_needs"][1]["title"], "Team Leadership");
    assert_eq!(team["training_needs"][1]["gaps"], 9);
    assert_eq!(team["training_needs"][1]["gap_steps"], 13);
    assert_eq!(team["training_needs"][2]["title"], "Deputising");
    assert_eq!(team["training_needs"][2]["gaps"], 5);
    // Registrations recognise skills; they are no training need.
    assert!(
        !team["training_needs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["title"] == "Registered IT Technician (RITTech)")
    );
}

#[test]
fn the_terminal_team_report_fits_80_columns_and_names_its_findings() {
    let result = run(&["team", "examples/team"]);
    assert_eq!(result.code, 0);
    for line in result.stdout.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    let text = result
        .stdout
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Single points of failure: Performance Monitoring (only Priya Shah)"));
    assert!(text.contains("Met by nobody: User focus"));
    assert!(text.contains("superseded by a newer assessment: examples/team/alex-morgan-2026-05.yaml by examples/team/alex-morgan-2026-11.yaml"), "{text}");
}

#[test]
fn every_team_format_renders_and_csv_and_json_read_back() {
    for format in ["table", "markdown", "json", "yaml", "csv"] {
        let result = run(&["team", "examples/team", "--format", format]);
        assert_eq!(result.code, 0, "{format}");
        insta::assert_snapshot!(format!("team_{format}"), result.stdout);
    }
    let csv_out = run(&["team", "examples/team", "--format", "csv"]).stdout;
    let rows = csv::Reader::from_reader(csv_out.as_bytes())
        .records()
        .count();
    assert_eq!(rows, 7 * 38, "one row per assessment counted and item");
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    rows.sort();
    (header, rows)
}

/// A sheet built on `report --format csv` reads `team --format csv` too:
/// one header, one vocabulary (the JSON's), and the same row for the same
/// item of the same assessment, evidence and date included. The README
/// documents that header.
#[test]
fn report_and_team_csv_have_the_same_columns_and_words() {
    let file = "examples/team/alex-morgan-2026-05.yaml";
    let report = run(&["report", file, "--format", "csv"]);
    let team = run(&["team", file, "--format", "csv"]);
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert_eq!(team.code, 0, "{}", team.stderr);
    let (report_header, report_rows) = csv_rows(&report.stdout);
    let (team_header, team_rows) = csv_rows(&team.stdout);
    assert_eq!(report_header, team_header);
    assert_eq!(report_rows, team_rows);
    let column = |name: &str| report_header.iter().position(|h| h == name).unwrap();
    let devops = report_rows
        .iter()
        .find(|r| r[column("id")] == "devops")
        .unwrap();
    assert_eq!(devops[column("section")], "knowledge_skills");
    assert_eq!(devops[column("category")], "technical");
    assert_eq!(devops[column("status")], "gap");
    assert_eq!(devops[column("evidence")], "new to pipelines");
    assert_eq!(devops[column("date")], "2026-05-04");
    assert_eq!(devops[column("assessor")], "self");
    assert_eq!(devops[column("assessment_status")], "complete");
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(
        readme.contains(&format!("`{}`", report_header.join(","))),
        "README documents the CSV header"
    );
}

#[test]
fn a_broken_file_is_skipped_with_its_reason_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("examples/team").unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("broken.yaml"),
        "profile: senior-devops-engineer-management\nperson: [oops\n",
    )
    .unwrap();
    let result = run(&["team", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains("broken.yaml: 3:1:"),
        "{}",
        result.stderr
    );
    assert!(
        result
            .stderr
            .contains("1 file skipped; the report covers the rest"),
        "{}",
        result.stderr
    );
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(r["files_used"], 7);
    assert_eq!(r["skipped"].as_array().unwrap().len(), 1);
}

#[test]
fn team_gates_exit_1() {
    assert_eq!(run(&["team", "examples/team", "--fail-on-gap"]).code, 1);
    assert_eq!(
        run(&["team", "examples/team", "--min-readiness", "10"]).code,
        0
    );
    assert_eq!(
        run(&["team", "examples/team", "--min-readiness", "11"]).code,
        1
    );
}

#[test]
fn names_with_escape_sequences_and_formulas_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("examples/team/priya-shah.yaml")
        .unwrap()
        .replace(
            "person: Priya Shah",
            "person: \"=cmd|' /C calc'!A0 \\e[31m\"",
        );
    std::fs::write(dir.path().join("p.yaml"), text).unwrap();
    let table = run(&["team", dir.path().to_str().unwrap()]);
    assert!(!table.stdout.contains('\u{1b}'), "{}", table.stdout);
    let csv_out = run(&["team", dir.path().to_str().unwrap(), "--format", "csv"]).stdout;
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert!(row[1].starts_with("'="), "{:?}", &row[1]);
    let md = run(&["team", dir.path().to_str().unwrap(), "--format", "markdown"]).stdout;
    assert!(md.contains("=cmd\\|"), "pipes escaped in cells: {md}");
}

#[test]
fn compare_over_time_counts_improved_regressed_and_unchanged() {
    let result = run(&[
        "compare",
        "examples/team/alex-morgan-2026-05.yaml",
        "examples/team/alex-morgan-2026-11.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let c: Value = serde_json::from_str(&result.stdout).unwrap();
    // Agile, programming languages, systems design, service support and
    // team dynamics went up a step each; information security down one.
    assert_eq!(c["summary"]["improved"], 5);
    assert_eq!(c["summary"]["regressed"], 1);
    assert_eq!(c["summary"]["unchanged"], 32);
    // May: software testing tools, standards writing, project planning,
    // information security met = 4 of 30; November: 5 of 30.
    assert_eq!(c["before"]["readiness_percent"], 13.3);
    assert_eq!(c["after"]["readiness_percent"], 16.7);
    assert_eq!(c["different_assessors"], false);
    assert_eq!(c["summary"]["discuss"], 0);
}

#[test]
fn compare_self_with_manager_flags_two_step_differences() {
    let result = run(&[
        "compare",
        "examples/team/lee-wong-self.yaml",
        "examples/team/lee-wong-manager.yaml",
        "--format",
        "json",
    ]);
    let c: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(c["different_assessors"], true);
    // DevOps: proficient (self) against aware (manager) is 2 steps apart;
    // structured reviews is only 1 apart.
    assert_eq!(c["summary"]["discuss"], 1);
    let devops = c["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "devops")
        .unwrap();
    assert_eq!(devops["change"], -2);
    assert_eq!(devops["discuss"], true);
    let table = run(&[
        "compare",
        "examples/team/lee-wong-self.yaml",
        "examples/team/lee-wong-manager.yaml",
    ]);
    assert!(table.stdout.contains("manager lower !"), "{}", table.stdout);
}

#[test]
fn compare_refuses_two_different_profiles() {
    let dir = tempfile::tempdir().unwrap();
    let other = std::fs::read_to_string("tests/fixtures/report/formula-assessment.yaml").unwrap();
    std::fs::write(dir.path().join("o.yaml"), other).unwrap();
    let result = run(&[
        "--profiles",
        "tests/fixtures/report",
        "compare",
        "examples/sam-nearly-ready.yaml",
        dir.path().join("o.yaml").to_str().unwrap(),
    ]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("compare needs two assessments against one profile"),
        "{}",
        result.stderr
    );
}

#[test]
fn profiles_hidden_files_and_dangling_links_in_a_team_folder_do_not_stop_the_report() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["priya-shah.yaml", "tom-becker.yaml"] {
        std::fs::copy(format!("examples/team/{name}"), dir.path().join(name)).unwrap();
    }
    std::fs::copy(
        "profiles/senior-devops-engineer-management.yaml",
        dir.path().join("role.yaml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.yaml"), dir.path().join(".#lock.yaml"))
        .unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("gone.yaml"),
        dir.path().join("dangling.yaml"),
    )
    .unwrap();
    let result = run(&["team", dir.path().to_str().unwrap(), "--format", "json"]);
    assert!(
        result
            .stderr
            .contains("1 profile file among the inputs left out"),
        "{}",
        result.stderr
    );
    assert!(
        result
            .stderr
            .contains("dangling.yaml: no such file or folder"),
        "{}",
        result.stderr
    );
    assert!(
        !result.stderr.contains(".#lock"),
        "hidden files are not inputs: {}",
        result.stderr
    );
    assert_eq!(result.code, 2, "the dangling link is a skipped file");
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(r["files_used"], 2);
}

#[test]
fn same_day_assessments_keep_the_complete_one_however_paths_are_spelled() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let text = std::fs::read_to_string("examples/team/priya-shah.yaml").unwrap();
    std::fs::write(dir.path().join("a.yaml"), &text).unwrap();
    std::fs::write(
        dir.path().join("sub/b.yaml"),
        text.replace("status: complete", "status: in-progress"),
    )
    .unwrap();
    let kept = |args: &[&str]| {
        let result = run(args);
        let r: Value = serde_json::from_str(&result.stdout).unwrap();
        r["superseded"][0].clone()
    };
    let a = dir.path().join("a.yaml");
    let b = dir.path().join("sub/b.yaml");
    let one = kept(&[
        "team",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let two = kept(&[
        "team",
        b.to_str().unwrap(),
        a.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(one["by"].as_str().unwrap(), a.to_str().unwrap());
    assert_eq!(two["by"].as_str().unwrap(), a.to_str().unwrap());
    assert_eq!(one["same_date"], true);
}

#[test]
fn different_managers_of_one_person_are_both_kept_and_compared() {
    let dir = tempfile::tempdir().unwrap();
    let kim = std::fs::read_to_string("examples/team/lee-wong-manager.yaml").unwrap();
    std::fs::write(dir.path().join("kim.yaml"), &kim).unwrap();
    std::fs::write(
        dir.path().join("pat.yaml"),
        kim.replace("Kim Lee", "Pat Doe")
            .replace("devops: aware", "devops: expert"),
    )
    .unwrap();
    let result = run(&["team", dir.path().to_str().unwrap(), "--format", "json"]);
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(r["profiles"][0]["members"].as_array().unwrap().len(), 2);
    assert!(r["superseded"].as_array().unwrap().is_empty());
    let c = run(&[
        "compare",
        dir.path().join("kim.yaml").to_str().unwrap(),
        dir.path().join("pat.yaml").to_str().unwrap(),
        "--format",
        "json",
    ]);
    let c: Value = serde_json::from_str(&c.stdout).unwrap();
    assert_eq!(c["different_assessors"], true);
    assert_eq!(c["summary"]["discuss"], 1);
}

#[test]
fn many_people_give_summary_columns_within_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("examples/team/jo-chen.yaml").unwrap();
    for i in 0..14 {
        let name = if i == 0 {
            "Maria Fernanda de los Santos García-Villanueva".to_owned()
        } else {
            format!("Person {i}")
        };
        std::fs::write(
            dir.path().join(format!("p{i}.yaml")),
            text.replace("Jo Chen", &name),
        )
        .unwrap();
    }
    let result = run(&["team", dir.path().to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    for line in result.stdout.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    assert!(
        result
            .stdout
            .contains("do not fit the terminal side by side")
    );
    assert!(
        result.stdout.lines().count() < 200,
        "{}",
        result.stdout.lines().count()
    );
}

/// Display width per grapheme cluster (SPEC §6), the measure a terminal
/// uses: CJK two columns, an emoji ZWJ sequence two, combining marks none.
fn columns(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation as _;
    use unicode_width::UnicodeWidthStr as _;
    text.graphemes(true).map(str::width).sum()
}

/// The display columns where cells start on a table line: the first
/// column, and after a run of two or more spaces.
fn cell_starts(line: &str) -> Vec<usize> {
    use unicode_segmentation::UnicodeSegmentation as _;
    let mut starts = Vec::new();
    let (mut at, mut spaces) = (0, 2);
    for g in line.graphemes(true) {
        if g == " " {
            spaces += 1;
        } else {
            if spaces >= 2 {
                starts.push(at);
            }
            spaces = 0;
        }
        at += columns(g);
    }
    starts
}

/// Every row of every table in `text` starts its cells in the columns of
/// its header.
fn assert_tables_aligned(text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    let mut checked = 0;
    for (i, line) in lines.iter().enumerate() {
        if !line.starts_with('═') {
            continue;
        }
        let header = cell_starts(lines[i - 1]);
        for row in lines[i + 1..].iter().take_while(|l| !l.starts_with('─')) {
            let starts = cell_starts(row);
            assert!(
                starts.iter().all(|s| header.contains(s)),
                "cells at {starts:?}, headings at {header:?}:\n{}\n{row}",
                lines[i - 1]
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no table rows in\n{text}");
}

#[test]
fn wide_and_joined_characters_in_names_keep_the_team_columns_aligned() {
    let names = crate::common::fixture("hostile/wide-names");
    let four: Vec<_> = (2..=5)
        .map(|n| names.join(format!("person-{n}.yaml")))
        .collect();
    let some: Vec<&std::path::Path> = four.iter().map(AsRef::as_ref).collect();
    // Twelve people (each of the six and a namesake) do not fit side by
    // side in 80 columns: the summary columns.
    let many = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&names).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap();
        std::fs::write(many.path().join(name), &text).unwrap();
        let twin = text.replacen("person: \"", "person: \"Twin ", 1);
        std::fs::write(
            many.path().join(format!("twin-{}", name.to_string_lossy())),
            twin,
        )
        .unwrap();
    }
    for (paths, matrix) in [(some, true), (vec![many.path()], false)] {
        let result =
            crate::common::run_paths(&["--profiles", "tests/fixtures/valid", "team"], &paths);
        assert_eq!(result.code, 0, "{}", result.stderr);
        assert_tables_aligned(&result.stdout);
        assert_eq!(
            // People in name order, case aside (so émile before Zoë).
            result
                .stdout
                .contains(" REQ  e\u{301}\u{301}mile  Zoë  山田太郎 "),
            matrix,
            "{}",
            result.stdout
        );
        for line in result.stdout.lines() {
            assert!(columns(line) <= 80, "{} columns: {line}", columns(line));
        }
        // Names cut to fit are cut between whole characters as seen: a
        // family emoji never loses members.
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        assert_eq!(
            result.stdout.matches("👨\u{200d}👩").count(),
            result.stdout.matches(family).count(),
            "{}",
            result.stdout
        );
    }
}

#[test]
fn one_person_spelled_with_other_case_or_spacing_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("examples/team/priya-shah.yaml").unwrap();
    let older = dir.path().join("older.yaml");
    let newer = dir.path().join("newer.yaml");
    std::fs::write(&older, &text).unwrap();
    std::fs::write(
        &newer,
        text.replace("person: Priya Shah", "person: \"  priya \u{a0} SHAH \"")
            .replace("date: 2026-", "date: 2027-"),
    )
    .unwrap();
    assert!(std::fs::read_to_string(&newer).unwrap().contains("SHAH"));
    let result = run(&["team", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(r["superseded"][0]["file"], older.to_str().unwrap(), "{r}");
    assert_eq!(r["superseded"][0]["by"], newer.to_str().unwrap());
    let compared = run(&["compare", older.to_str().unwrap(), newer.to_str().unwrap()]);
    assert_eq!(compared.code, 0, "{}", compared.stderr);
    assert!(
        !compared.stderr.contains("different people"),
        "{}",
        compared.stderr
    );
}

/// "Lee Wong" by self and "lee  WONG" by a manager are one person: counted
/// once, and an item either view meets is met by one person of one.
#[test]
fn a_self_and_a_manager_view_of_one_person_spelled_differently_count_as_one_person() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "examples/team/lee-wong-self.yaml",
        dir.path().join("self.yaml"),
    )
    .unwrap();
    let manager = std::fs::read_to_string("examples/team/lee-wong-manager.yaml").unwrap();
    assert!(manager.contains("person: Lee Wong"));
    std::fs::write(
        dir.path().join("manager.yaml"),
        manager.replace("person: Lee Wong", "person: lee  WONG"),
    )
    .unwrap();
    let result = run(&["team", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    let team = &r["profiles"][0];
    assert_eq!(team["people"], 1, "{team}");
    assert_eq!(team["members"].as_array().unwrap().len(), 2);
    // DevOps: Lee's own view meets it, the manager's does not; one person.
    assert_eq!(item(team, "devops")["met_by"], 1);
    assert_eq!(item(team, "devops")["rated_by"], 1);
    let table = run(&["team", dir.path().to_str().unwrap()]);
    assert!(
        table.stdout.contains("in 2 assessments"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains("2 people"), "{}", table.stdout);
}

/// A breached gate says whose assessments breached it, so a CI log names
/// the people to talk to; counts read as English ("1 assessment").
#[test]
fn each_team_gate_names_who_breached_it() {
    let result = run(&[
        "team",
        "examples/team",
        "--fail-on-gap",
        "--min-readiness",
        "60",
    ]);
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "gate: 7 assessments with gaps or unrated requirements (--fail-on-gap): Alex Morgan: 25 gaps; Jo Chen: 3 gaps, 24 unrated; Lee Wong: 2 gaps; Lee Wong (manager): 4 gaps;"
        ),
        "{}",
        result.stderr
    );
    assert!(
        result.stderr.contains(
            "gate: 2 assessments below 60% readiness (--min-readiness): Alex Morgan: 16.7%; Jo Chen: 10.0%\n"
        ),
        "{}",
        result.stderr
    );
    let one = run(&["team", "examples/team/priya-shah.yaml", "--fail-on-gap"]);
    assert_eq!(one.code, 1);
    assert!(
        one.stderr.contains(
            "gate: 1 assessment with gaps or unrated requirements (--fail-on-gap): Priya Shah: 2 gaps\n"
        ),
        "{}",
        one.stderr
    );
    assert!(!one.stderr.contains("(s)"), "{}", one.stderr);
}

#[test]
fn one_person_in_one_assessment_reads_as_english() {
    let table = run(&["team", "examples/team/priya-shah.yaml"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(
        table.stdout.contains("\n1 person in 1 assessment\n"),
        "{}",
        table.stdout
    );
    let markdown = run(&[
        "team",
        "examples/team/priya-shah.yaml",
        "--format",
        "markdown",
    ]);
    assert!(
        markdown.stdout.contains("\n1 person in 1 assessment.\n"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown.stdout.ends_with("\n1 file used.\n"),
        "{}",
        markdown.stdout
    );
}

#[test]
fn one_file_that_cannot_be_used_is_not_called_none_of_the_1_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.yaml");
    std::fs::write(&path, "x: 1\n").unwrap();
    let result = run(&["team", path.to_str().unwrap()]);
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("error: the file could not be used as an assessment"),
        "{}",
        result.stderr
    );
    assert!(
        !result.stderr.contains("none of the 1"),
        "{}",
        result.stderr
    );
    std::fs::write(dir.path().join("worse.yaml"), "y: 2\n").unwrap();
    let two = run(&["team", dir.path().to_str().unwrap()]);
    assert!(
        two.stderr
            .contains("error: none of the 2 files could be used as an assessment"),
        "{}",
        two.stderr
    );
}

#[test]
fn tables_keep_words_whole_when_there_is_room_and_never_run_past_the_width() {
    // "Operational/Service Architecture": a 19-column word that comfy-table
    // broke as "Operational/Servic" / "e" while other columns had room.
    for args in [
        vec![
            "compare",
            "examples/team/lee-wong-self.yaml",
            "examples/team/lee-wong-manager.yaml",
        ],
        vec!["report", "examples/alex-early.yaml"],
    ] {
        let result = run(&args);
        assert!(
            result.stdout.contains(" Operational/Service "),
            "{args:?}\n{}",
            result.stdout
        );
        for line in result.stdout.lines() {
            assert!(line.chars().count() <= 80, "{args:?}: {line:?}");
        }
    }
}

#[test]
fn the_team_matrix_at_80_columns_keeps_every_word_of_the_titles_whole() {
    // At 80 columns seven people fit side by side and every title word
    // fits the ITEM column (the longest, "Operational/Service", is 19
    // wide); the matrix gave ITEM 18 and printed "Operational/Servic" /
    // "e Architecture".
    let result = run(&["team", "examples/team"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result.stdout.contains(" REQ  Alex  Jo "),
        "people side by side:\n{}",
        result.stdout
    );
    let json = team_json();
    let titles: Vec<&str> = json["profiles"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 38);
    crate::common::assert_table_words_whole(&result.stdout, titles, 80);
}

/// One person's assessments sit together in the team report however each
/// file spells the name: `lee wong` (self, lower case) and `Lee Wong`
/// (manager) are one person, so no one else's row comes between them.
#[test]
fn one_persons_assessments_sit_together_whatever_the_case_of_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let examples = crate::common::root().join("examples/team");
    for name in [
        "lee-wong-manager.yaml",
        "priya-shah.yaml",
        "tom-becker.yaml",
    ] {
        std::fs::copy(examples.join(name), dir.path().join(name)).unwrap();
    }
    let own = std::fs::read_to_string(examples.join("lee-wong-self.yaml"))
        .unwrap()
        .replace("person: Lee Wong", "person: lee wong");
    std::fs::write(dir.path().join("lee-wong-self.yaml"), own).unwrap();
    let result = crate::common::in_dir(dir.path(), &["team", ".", "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: Value = serde_json::from_str(&result.stdout).unwrap();
    let order: Vec<(&str, &str)> = report["profiles"][0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["person"].as_str().unwrap(),
                m["assessor"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            ("lee wong", "self"),
            ("Lee Wong", "manager"),
            ("Priya Shah", "self"),
            ("Tom Becker", "self"),
        ]
    );
}

/// The matrix has a column per assessment: when some people have two (self
/// and manager), the note that they do not fit counts assessments and
/// people, not the assessments as people.
#[test]
fn the_note_that_columns_do_not_fit_counts_assessments_and_people() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("examples/team/lee-wong-manager.yaml").unwrap();
    for i in 0..14 {
        std::fs::write(
            dir.path().join(format!("p{i}.yaml")),
            text.replace("Lee Wong", &format!("Person {i}")),
        )
        .unwrap();
    }
    std::fs::write(
        dir.path().join("p0-self.yaml"),
        std::fs::read_to_string("examples/team/lee-wong-self.yaml")
            .unwrap()
            .replace("Lee Wong", "Person 0"),
    )
    .unwrap();
    let result = run(&["team", dir.path().to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let text = result
        .stdout
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("15 assessments (14 people) do not fit the terminal side by side"),
        "{}",
        result.stdout
    );
}

/// A manager who points `team` or `report` at the bare `item: level` maps
/// they fed to `assess --answers` is told what the file is and how to make
/// an assessment of it, not given an "unknown field" per item.
#[test]
fn a_bare_answers_map_is_named_as_such_by_team_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("alex.yaml");
    std::fs::write(
        &answers,
        "devops: familiar\nsystems-design: 2\nagile:\n  level: aware\n",
    )
    .unwrap();
    let what = "this is a map of item ids to levels (answers for `assess --answers`), not an assessment; `assess --answers FILE --name NAME` makes one from it";
    let team = run(&["team", dir.path().to_str().unwrap()]);
    assert_eq!(team.code, 2, "{}", team.stderr);
    assert!(team.stderr.contains(what), "{}", team.stderr);
    let report = run(&["report", answers.to_str().unwrap()]);
    assert_eq!(report.code, 2, "{}", report.stderr);
    assert!(report.stderr.contains(what), "{}", report.stderr);
    assert!(
        !report.stderr.contains("unknown field"),
        "{}",
        report.stderr
    );
}

/// The files `team` skipped are named after the report, beside the count
/// of them, where a terminal still shows them: a report of many people is
/// longer than a screen and scrolled them away when they came first.
#[test]
fn skipped_files_are_named_after_the_report_not_scrolled_away_before_it() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["lee-wong-self.yaml", "priya-shah.yaml"] {
        std::fs::copy(
            crate::common::root().join("examples/team").join(name),
            dir.path().join(name),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("broken.yaml"), "person: [oops\n").unwrap();
    let both = dir.path().join("both.txt");
    let out = std::fs::File::create(&both).unwrap();
    let status = crate::common::skillgap()
        .args(["team", dir.path().join("*.yaml").to_str().unwrap()])
        .stdout(out.try_clone().unwrap())
        .stderr(out)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(2));
    let text = std::fs::read_to_string(&both).unwrap();
    let skipped = text.find("skipped ").expect("a skipped line");
    let report = text.find("Team training needs").expect("the report");
    assert!(report < skipped, "{text}");
    assert!(
        text.trim_end()
            .ends_with("1 file skipped; the report covers the rest"),
        "{text}"
    );
}

/// "Zoë" typed with a combined ë and "Zoë" with e and a combining
/// diaeresis (as macOS file systems and some keyboards give it) look the
/// same: one person, not two rows that cannot be told apart.
#[test]
fn a_name_written_with_a_combining_accent_is_the_same_person() {
    let dir = tempfile::tempdir().unwrap();
    let manager = std::fs::read_to_string("examples/team/lee-wong-manager.yaml").unwrap();
    let own = std::fs::read_to_string("examples/team/lee-wong-self.yaml").unwrap();
    std::fs::write(
        dir.path().join("self.yaml"),
        own.replace("person: Lee Wong", "person: \"Zo\u{eb} Lee\""),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("manager.yaml"),
        manager.replace("person: Lee Wong", "person: \"ZOE\u{308}  lee\""),
    )
    .unwrap();
    let result = run(&["team", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let r: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(r["profiles"][0]["people"], 1, "{}", r["profiles"][0]);
}

#[test]
fn a_team_assessed_against_the_fedip_profile_is_measured_against_a_framework_level_through_its_links()
 {
    let result = run(&[
        "team",
        "examples/team",
        "--profile",
        "ddat-lead-devops-engineer",
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    // "Modern standards approach" in the FEDIP files is the framework's
    // "Modern development standards": rated, not set aside.
    let row = result
        .stdout
        .lines()
        .find(|line| line.contains("Modern development standards"))
        .unwrap_or_else(|| panic!("{}", result.stdout));
    assert_eq!(row.matches("3−1").count(), 5, "{row}");
    assert!(row.trim_end().ends_with("0/5"), "{row}");
}

#[test]
fn next_level_says_who_is_ready_to_step_up_and_when_a_profile_has_no_ladder() {
    let result = run(&["team", "examples/team", "--next-level", "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let report: Value = serde_json::from_str(&result.stdout).unwrap();
    let team = &report["profiles"][0];
    assert_eq!(team["on_a_ladder"], true);
    // The FEDIP profile sits at rank 4 of the DevOps ladder, management
    // track: its next level is Lead DevOps engineer - management. Sam's
    // ratings meet 8 of its 10 (Modern development standards and User
    // focus are one step short, as `report --profile` shows).
    let sam = team["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["person"] == "Sam Rivera")
        .unwrap();
    let next = &sam["next_level"][0];
    assert_eq!(next["id"], "ddat-lead-devops-engineer-management");
    assert_eq!(
        (next["met"].as_u64(), next["required"].as_u64()),
        (Some(8), Some(10))
    );
    let table = run(&["team", "examples/team", "--next-level"]);
    assert!(
        table
            .stdout
            .contains("  Sam Rivera: Lead DevOps engineer - management 80.0% (8 of 10)"),
        "{}",
        table.stdout
    );
    // Jo rated none of its skills: "not rated", never 0 %.
    assert!(
        table
            .stdout
            .contains("  Jo Chen: Lead DevOps engineer - management not rated"),
        "{}",
        table.stdout
    );
    // A profile on no ladder says so.
    let tiny = run(&[
        "team",
        "examples/team",
        "--next-level",
        "--profile",
        "tests/fixtures/valid/tiny-role.yaml",
    ]);
    assert!(
        tiny.stdout
            .contains("Next level: `tiny-role` is on no role's ladder"),
        "{}{}",
        tiny.stdout,
        tiny.stderr
    );
}
