//! `skillgap history` over examples/history: Casey Lin, assessed three
//! times over a year against the DevOps engineer profile, whose figures
//! are worked out by hand below; people grouped, bad files skipped, a
//! promotion followed, another assessor, every format.
//!
//! The DevOps engineer profile requires (DDaT levels): availability and
//! capacity management 2, development process optimisation 1,
//! information security 3, modern development standards 2, programming
//! and build 3, prototyping 3, service support 3, systems design 2,
//! systems integration 2, user focus 2: ten items.

use std::path::Path;

use serde_json::Value;

use crate::common::run;

const EXAMPLE: &str = "examples/history";

fn json(args: &[&str]) -> Value {
    let result = run(args);
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap()
}

/// A temporary folder holding Casey's three files.
fn with_casey() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(EXAMPLE).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// The ids that moved at one assessment, with their steps.
fn moved(point: &Value) -> Vec<(String, u64, u64, String)> {
    point["moved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["id"].as_str().unwrap().to_owned(),
                m["from"]["step"].as_u64().unwrap(),
                m["to"]["step"].as_u64().unwrap(),
                m["way"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn owned(moves: &[(&str, u64, u64, &str)]) -> Vec<(String, u64, u64, String)> {
    moves
        .iter()
        .map(|(id, from, to, way)| ((*id).to_owned(), *from, *to, (*way).to_owned()))
        .collect()
}

#[test]
fn the_example_s_readiness_gaps_and_moves_match_the_hand_calculation() {
    let history = json(&["history", EXAMPLE, "--format", "json"]);
    let [casey] = history["people"].as_array().unwrap().as_slice() else {
        panic!("{history}")
    };
    assert_eq!(casey["person"], "Casey Lin");
    assert_eq!(casey["assessor"], "self");
    assert_eq!(casey["profile"]["id"], "ddat-devops-engineer");
    let points = casey["assessments"].as_array().unwrap();
    let figures: Vec<(&str, f64, u64, u64, u64)> = points
        .iter()
        .map(|p| {
            (
                p["date"].as_str().unwrap(),
                p["readiness_percent"].as_f64().unwrap(),
                p["met"].as_u64().unwrap(),
                p["rated"].as_u64().unwrap(),
                p["gaps"].as_u64().unwrap(),
            )
        })
        .collect();
    // 2025-12-01 (in progress, user focus unrated): met process
    // optimisation 1/1 and modern standards 2/2; short on availability
    // 1/2, security 2/3, programming 2/3, prototyping 2/3, support 2/3,
    // design 1/2, integration 1/2: 2 of 10 = 20.0 %, 9 rated, 7 gaps.
    // 2026-06-01: availability 2, standards 3, programming 3, support 3,
    // design 2 now met, user focus 2 met: 7 of 10 = 70.0 %; security,
    // prototyping, integration short: 3 gaps.
    // 2026-11-30: security 3 and integration 2 met, standards 3 → 2 still
    // meets 2: 9 of 10 = 90.0 %; prototyping 2/3 the one gap.
    assert_eq!(
        figures,
        [
            ("2025-12-01", 20.0, 2, 9, 7),
            ("2026-06-01", 70.0, 7, 10, 3),
            ("2026-11-30", 90.0, 9, 10, 1),
        ]
    );
    assert_eq!(points[0]["status"], "in-progress");
    assert!(points[0]["moved"].as_array().unwrap().is_empty());
    // Rated in both: the nine of the first (user focus was not).
    assert_eq!(points[1]["compared"], 9);
    assert_eq!(
        moved(&points[1]),
        owned(&[
            ("availability-and-capacity-management", 1, 2, "up"),
            ("modern-development-standards", 2, 3, "up"),
            ("programming-and-build-software-engineering", 2, 3, "up"),
            ("service-support", 2, 3, "up"),
            ("systems-design", 1, 2, "up"),
        ])
    );
    assert_eq!(points[2]["compared"], 10);
    assert_eq!(
        moved(&points[2]),
        owned(&[
            ("information-security", 2, 3, "up"),
            ("modern-development-standards", 3, 2, "down"),
            ("systems-integration", 1, 2, "up"),
        ])
    );
    // 20 % × 7 = 1.4 → ▂; 70 % → 4.9 → ▆; 90 % → 6.3 → ▇.
    assert_eq!(casey["trend"], "▂▆▇");
}

#[test]
fn the_table_shows_the_trend_with_its_legend_and_what_moved_within_80_columns() {
    let result = run(&["history", EXAMPLE]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = &result.stdout;
    assert!(
        out.starts_with("History of Casey Lin, self assessments"),
        "{out}"
    );
    assert!(
        out.contains("Trend ▂▆▇  readiness at each assessment, oldest first; ▁ is 0 %, █ is 100 %"),
        "{out}"
    );
    assert!(
        out.contains(" 2026-11-30   90.0% (9 of 10)   10 of 10   1      2 up, 1 down"),
        "{out}"
    );
    assert!(
        out.contains("  down  Modern development standards: 3 – Practitioner → 2 – Working"),
        "{out}"
    );
    crate::common::assert_table_words_whole(out, ["2 up, 1 down", "90.0% (9 of 10)"], 80);
}

#[test]
fn files_of_two_people_are_grouped_each_a_section_in_name_order() {
    let dir = with_casey();
    let casey =
        std::fs::read_to_string(Path::new(EXAMPLE).join("casey-lin-2026-06-01.yaml")).unwrap();
    // Ana twice: the same file as Casey's of June, and one of November
    // with user focus down to 1.
    write(
        dir.path(),
        "ana-1.yaml",
        &casey.replace("Casey Lin", "Ana Example"),
    );
    let november = casey
        .replace("Casey Lin", "ana  example")
        .replace("2026-06-01", "2026-11-01")
        .replace("user-focus:\n    level: 2", "user-focus:\n    level: 1");
    write(dir.path(), "ana-2.yaml", &november);
    let history = json(&["history", dir.path().to_str().unwrap(), "--format", "json"]);
    let people: Vec<(&str, usize)> = history["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["person"].as_str().unwrap(),
                p["assessments"].as_array().unwrap().len(),
            )
        })
        .collect();
    // Ana's name as her newest file spells it.
    assert_eq!(people, [("ana  example", 2), ("Casey Lin", 3)]);
    let ana = &history["people"][0]["assessments"][1];
    // June: 7 of 10; November: user focus 1 of 2 is a gap: 6 of 10.
    assert_eq!(ana["readiness_percent"], 60.0);
    assert_eq!(moved(ana), owned(&[("user-focus", 2, 1, "down")]));
    let table = run(&["history", dir.path().to_str().unwrap()]);
    let ana_at = table.stdout.find("History of ana  example").unwrap();
    let casey_at = table.stdout.find("History of Casey Lin").unwrap();
    assert!(ana_at < casey_at, "{}", table.stdout);
}

#[test]
fn a_bad_file_is_skipped_with_its_reason_and_exit_2_and_the_rest_is_reported() {
    let dir = with_casey();
    write(
        dir.path(),
        "broken.yaml",
        "profile: ddat-devops-engineer\nperson: [oops\n",
    );
    let result = run(&["history", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(result.stderr.contains("skipped "), "{}", result.stderr);
    assert!(
        result.stderr.contains("broken.yaml: 3:1:"),
        "{}",
        result.stderr
    );
    assert!(
        result
            .stderr
            .trim_end()
            .ends_with("1 file skipped; the history covers the rest"),
        "{}",
        result.stderr
    );
    let history: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(
        history["people"][0]["assessments"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(history["skipped"].as_array().unwrap().len(), 1);
    // Nothing usable at all: exit 2 with a message, no history.
    let only = tempfile::tempdir().unwrap();
    write(only.path(), "broken.yaml", "person: [oops\n");
    let result = run(&["history", only.path().to_str().unwrap()]);
    assert_eq!(result.code, 2);
    assert!(result.stdout.is_empty());
    assert!(
        result
            .stderr
            .contains("the file could not be used as an assessment"),
        "{}",
        result.stderr
    );
}

/// Casey promoted: a fourth file against the Senior DevOps engineer
/// profile, which requires availability 2, process optimisation 2,
/// security 3, standards 3, programming 3, prototyping 3, support 4,
/// design 3, integration 3, user focus 3.
const PROMOTED: &str = "profile: ddat-senior-devops-engineer
person: Casey Lin
assessor: self
date: 2027-06-01
status: complete
ratings:
  availability-and-capacity-management: 2
  development-process-optimisation: 2
  information-security: 3
  modern-development-standards: 3
  programming-and-build-software-engineering: 3
  prototyping: 3
  service-support: 3
  systems-design: 3
  systems-integration: 2
  user-focus: 2
";

#[test]
fn a_promotion_says_profile_changed_and_follows_the_new_profile() {
    let dir = with_casey();
    write(dir.path(), "casey-lin-2027-06-01.yaml", PROMOTED);
    let path = dir.path().to_str().unwrap();
    let history = json(&["history", path, "--format", "json"]);
    let casey = &history["people"][0];
    assert_eq!(casey["profile"]["id"], "ddat-senior-devops-engineer");
    let points = casey["assessments"].as_array().unwrap();
    assert_eq!(points.len(), 4);
    // Earlier ones still measured against their own profile.
    assert_eq!(points[2]["profile"]["id"], "ddat-devops-engineer");
    assert_eq!(points[2]["readiness_percent"], 90.0);
    let promoted = &points[3];
    assert_eq!(
        promoted["profile_changed"]["from"]["id"],
        "ddat-devops-engineer"
    );
    assert_eq!(
        promoted["profile_changed"]["to"]["id"],
        "ddat-senior-devops-engineer"
    );
    // Against the senior profile: support 3/4, integration 2/3, user focus
    // 2/3 short, the other 7 met: 70.0 %, 3 gaps.
    assert_eq!(promoted["readiness_percent"], 70.0);
    assert_eq!(promoted["gaps"], 3);
    // Every skill is shared (the same DDaT skills); since November:
    // process optimisation 1 → 2, standards 2 → 3, prototyping 2 → 3,
    // design 2 → 3.
    assert_eq!(promoted["compared"], 10);
    assert_eq!(
        moved(promoted),
        owned(&[
            ("development-process-optimisation", 1, 2, "up"),
            ("modern-development-standards", 2, 3, "up"),
            ("prototyping", 2, 3, "up"),
            ("systems-design", 2, 3, "up"),
        ])
    );
    let table = run(&["history", path]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(
        table.stdout.contains(
            "  profile changed: DevOps engineer (ddat-devops-engineer) → Senior DevOps\n    engineer (ddat-senior-devops-engineer); the skills both share are compared\n"
        ),
        "{}",
        table.stdout
    );
    assert!(
        table
            .stderr
            .contains("the newest, `ddat-senior-devops-engineer`, is followed"),
        "{}",
        table.stderr
    );
}

#[test]
fn after_a_move_to_another_role_only_the_skills_both_share_are_compared() {
    let dir = with_casey();
    // The senior infrastructure engineer shares four DDaT skills with the
    // DevOps engineer: security, standards, design, integration. Casey
    // rates those (3, 3, 3, 2) and prototyping, which it does not ask.
    write(
        dir.path(),
        "casey-infra.yaml",
        "profile: ddat-senior-infrastructure-engineer
person: Casey Lin
date: 2027-01-10
status: in-progress
ratings:
  information-security: 3
  modern-development-standards: 3
  systems-design: 3
  systems-integration: 2
",
    );
    let history = json(&["history", dir.path().to_str().unwrap(), "--format", "json"]);
    let last = &history["people"][0]["assessments"][3];
    assert_eq!(last["compared"], 4);
    // Since November (3, 2, 2, 2): standards and design up.
    assert_eq!(
        moved(last),
        owned(&[
            ("modern-development-standards", 2, 3, "up"),
            ("systems-design", 2, 3, "up"),
        ])
    );
}

#[test]
fn assessor_manager_follows_the_manager_s_assessments_only() {
    let dir = with_casey();
    let june =
        std::fs::read_to_string(Path::new(EXAMPLE).join("casey-lin-2026-06-01.yaml")).unwrap();
    // The manager rates June's levels but prototyping 3: 8 of 10.
    let manager = june
        .replace(
            "assessor: self",
            "assessor: manager\nassessor_name: Dana Reed",
        )
        .replace("prototyping:\n    level: 2", "prototyping:\n    level: 3");
    write(dir.path(), "casey-manager.yaml", &manager);
    let path = dir.path().to_str().unwrap();
    let own = run(&["history", path, "--format", "json"]);
    assert_eq!(own.code, 0, "{}", own.stderr);
    assert!(
        own.stderr
            .contains("1 manager assessment left out (this follows self assessments; --assessor manager reads them)"),
        "{}",
        own.stderr
    );
    let history = json(&["history", path, "--assessor", "manager", "--format", "json"]);
    assert_eq!(history["assessor"], "manager");
    let points = history["people"][0]["assessments"].as_array().unwrap();
    assert_eq!(points.len(), 1);
    assert_eq!(points[0]["readiness_percent"], 80.0);
    assert_eq!(points[0]["assessor_name"], "Dana Reed");
    let none = run(&["history", EXAMPLE, "--assessor", "peer"]);
    assert_eq!(none.code, 2);
    assert!(
        none.stderr.contains("no peer assessment among the files"),
        "{}",
        none.stderr
    );
}

#[test]
fn every_format_parses() {
    let csv_out = run(&["history", EXAMPLE, "--format", "csv"]);
    assert_eq!(csv_out.code, 0, "{}", csv_out.stderr);
    let mut reader = csv::Reader::from_reader(csv_out.stdout.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let column = |row: &csv::StringRecord, name: &str| {
        let at = headers.iter().position(|h| h == name).unwrap();
        row[at].to_owned()
    };
    assert_eq!(column(&rows[0], "readiness_percent"), "20.0");
    assert_eq!(column(&rows[2], "moved_up"), "2");
    assert_eq!(column(&rows[2], "moved_down"), "1");
    assert_eq!(
        column(&rows[2], "moved"),
        "information-security:2>3 modern-development-standards:3>2 systems-integration:1>2"
    );
    let yaml = run(&["history", EXAMPLE, "--format", "yaml"]);
    assert_eq!(yaml.code, 0, "{}", yaml.stderr);
    let value = skillgap::yaml::parse(&yaml.stdout).unwrap();
    assert!(format!("{value:?}").contains("Casey Lin"));
    let markdown = run(&["history", EXAMPLE, "--format", "markdown"]);
    assert_eq!(markdown.code, 0, "{}", markdown.stderr);
    assert!(
        markdown.stdout.starts_with("# History of Casey Lin\n"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown
            .stdout
            .contains("| 2026-11-30 | 90.0% (9 of 10) | 10 of 10 | 1 | 2 | 1 | complete |"),
        "{}",
        markdown.stdout
    );
    assert!(
        markdown
            .stdout
            .contains("- Down: Modern development standards: 3 – Practitioner → 2 – Working\n"),
        "{}",
        markdown.stdout
    );
}

#[test]
fn the_help_shows_examples_and_exit_statuses() {
    let help = run(&["history", "--help"]);
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.contains("skillgap history examples/history"),
        "{}",
        help.stdout
    );
    assert!(
        help.stdout.contains("Exit status: 0 history printed, 2 "),
        "{}",
        help.stdout
    );
}

#[test]
fn a_profile_among_the_inputs_is_left_out_with_a_note() {
    let dir = with_casey();
    std::fs::copy(
        "profiles/ddat/software-development/ddat-devops-engineer.yaml",
        dir.path().join("profile.yaml"),
    )
    .unwrap();
    let result = run(&["history", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("note: 1 profile file among the inputs left out (not assessments)"),
        "{}",
        result.stderr
    );
    let history: Value = serde_json::from_str(&result.stdout).unwrap();
    assert_eq!(
        history["people"][0]["assessments"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_name_with_terminal_controls_is_printed_harmless_in_every_text_format() {
    let dir = tempfile::tempdir().unwrap();
    let june =
        std::fs::read_to_string(Path::new(EXAMPLE).join("casey-lin-2026-06-01.yaml")).unwrap();
    write(
        dir.path(),
        "casey.yaml",
        &june.replace("person: Casey Lin", "person: \"Casey\\e[31m\\u009b2J Lin\""),
    );
    for format in ["table", "markdown", "csv"] {
        let result = run(&["history", dir.path().to_str().unwrap(), "--format", format]);
        assert_eq!(result.code, 0, "{format}: {}", result.stderr);
        assert!(
            result.stdout.contains("Casey"),
            "{format}: {}",
            result.stdout
        );
        assert!(
            !result.stdout.contains(['\u{1b}', '\u{9b}']),
            "{format}: {:?}",
            result.stdout
        );
    }
}

/// Two peers' views of one person are two histories: a lower rating by
/// the second peer is a difference of view, not a step back (SPEC §10).
#[test]
fn two_peers_of_one_person_are_two_histories_never_one() {
    let dir = tempfile::tempdir().unwrap();
    let own = std::fs::read_to_string("examples/team/lee-wong-self.yaml").unwrap();
    for (file, peer, date, devops) in [
        ("a.yaml", "Ann Bo", "2026-01-01", "proficient"),
        ("b.yaml", "Cy Dee", "2026-02-01", "none"),
        ("c.yaml", "Ann Bo", "2026-03-01", "proficient"),
    ] {
        let text = own
            .lines()
            .map(|line| {
                if line.starts_with("assessor:") {
                    format!("assessor: peer\nassessor_name: {peer}")
                } else if line.starts_with("date:") {
                    format!("date: {date}")
                } else if line.starts_with("profile_digest") {
                    String::new()
                } else if line.trim_start().starts_with("devops:") {
                    format!("  devops: {devops}")
                } else {
                    line.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(dir.path().join(file), text).unwrap();
    }
    let result = crate::common::in_dir(dir.path(), &["history", ".", "--assessor", "peer"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result
            .stdout
            .contains("History of Lee Wong, peer assessments by Ann Bo · 2 assessments"),
        "{}",
        result.stdout
    );
    assert!(
        result
            .stdout
            .contains("History of Lee Wong, peer assessments by Cy Dee · 1 assessment"),
        "{}",
        result.stdout
    );
    assert!(!result.stdout.contains("down  DevOps"), "{}", result.stdout);
}
