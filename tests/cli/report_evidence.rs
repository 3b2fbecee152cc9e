//! Evidence notes in every format of `report`, the terminal table included,
//! and in the report `assess` prints at its end (SPEC §5, report; §10).

use crate::common::{in_dir, run};

/// examples/sam-nearly-ready.yaml has three notes. The gap table lists the
/// gaps first (Appraisal Techniques, Performance Monitoring, User focus),
/// then the met and exceeded items in profile order (Coaching Techniques
/// among them): the notes follow that order.
const SAM_NOTES: [&str; 3] = [
    "  Appraisal Techniques: has sat in on two appraisals",
    "  User focus: no user research yet",
    "  Coaching Techniques: mentors two juniors",
];

/// The lines of the "Evidence" section: from its heading to the blank line.
fn evidence_section(text: &str) -> Vec<&str> {
    text.lines()
        .skip_while(|line| *line != "Evidence")
        .skip(1)
        .take_while(|line| !line.is_empty())
        .collect()
}

#[test]
fn the_table_report_lists_each_note_under_its_item_in_table_order() {
    let result = run(&["report", "examples/sam-nearly-ready.yaml"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        evidence_section(&result.stdout),
        SAM_NOTES,
        "{}",
        result.stdout
    );
    // Right below the gap table, before the plan.
    let at = |needle: &str| result.stdout.find(needle).unwrap();
    assert!(at("═\n") < at("Evidence\n"));
    assert!(at("Evidence\n") < at("Development plan"));
}

#[test]
fn every_report_format_carries_the_evidence() {
    for format in ["markdown", "json", "yaml", "csv"] {
        let result = run(&[
            "report",
            "examples/sam-nearly-ready.yaml",
            "--format",
            format,
        ]);
        assert_eq!(result.code, 0, "{format}: {}", result.stderr);
        for note in [
            "has sat in on two appraisals",
            "no user research yet",
            "mentors two juniors",
        ] {
            assert!(result.stdout.contains(note), "{format} lacks {note:?}");
        }
    }
}

/// A long note wraps under its item, indented, within 80 columns; escape
/// sequences and line breaks from the file are shown, not obeyed.
#[test]
fn a_long_or_hostile_note_wraps_under_its_item_and_is_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kim.yaml"),
        "profile: senior-devops-engineer-management\nperson: Kim\nassessor: self\n\
         date: 2026-11-20\nstatus: in-progress\nratings:\n  devops:\n    level: familiar\n    \
         evidence: \"runs the deployment pipeline for three services and has rebuilt \
         the release process twice this year\\e[2J\\nsecond line\"\n",
    )
    .unwrap();
    let result = in_dir(dir.path(), &["report", "kim.yaml"]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let section = evidence_section(&result.stdout);
    assert!(section.len() >= 2, "{}", result.stdout);
    assert!(section[0].starts_with("  DevOps: runs the deployment pipeline"));
    assert!(section[1..].iter().all(|line| line.starts_with("    ")));
    assert!(section.iter().all(|line| line.chars().count() <= 80));
    assert!(!result.stdout.contains('\u{1b}'), "{:?}", result.stdout);
    let joined = section.join(" ");
    assert!(joined.contains("second line"), "{joined}");
}

/// `assess` ends with the same report: its notes are there too.
#[test]
fn the_report_at_the_end_of_assess_shows_the_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let answers = std::env::current_dir()
        .unwrap()
        .join("examples/sam-nearly-ready.yaml");
    let result = in_dir(
        dir.path(),
        &[
            "assess",
            "--answers",
            answers.to_str().unwrap(),
            "--name",
            "Sam Rivera",
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        evidence_section(&result.stdout),
        SAM_NOTES,
        "{}",
        result.stdout
    );
}
