//! Tests of `validate`: every finding in every file, sorted; duplicate
//! profile ids placed; assessments checked against the run's profiles
//! before the catalog's; unreadable paths kept apart from findings.

use std::path::{Path, PathBuf};

use super::{Notes, id_location, validate};
use crate::diagnostic::{Rule, Severity};
use crate::fixtures::PROFILE;
use crate::profile::{Catalog, builtin};
use crate::yaml::{self, Segment, Target};

/// An assessment of `profile` with `ratings` (YAML lines under `ratings:`).
fn assessment(profile: &str, ratings: &str) -> String {
    format!(
        "profile: {profile}\nperson: Pat\nassessor: self\ndate: 2026-11-26\nstatus: complete\nratings:\n{ratings}"
    )
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

/// Each finding as `file:line:column rule`, in the order given.
fn findings(dir: &Path, outcome: &super::Outcome) -> Vec<String> {
    outcome
        .diagnostics
        .iter()
        .map(|d| {
            let file = d.path.strip_prefix(dir).unwrap().display();
            format!("{file}:{}:{} {}", d.line, d.column, d.rule.id())
        })
        .collect()
}

#[test]
fn every_finding_in_every_file_comes_back_sorted() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Written in an order unlike the sorted one, and in two folders.
    write(root, "z/neither.yaml", "colour: blue\n");
    write(root, "b-profile.yaml", PROFILE);
    write(
        root,
        "a-assessment.yaml",
        &assessment(
            "test-role",
            "  testing: proficient\n  testin: expert\n  design: 7\n  listening: 3\n",
        ),
    );
    write(root, "c-broken.yaml", "id: [unclosed\n");
    write(
        root,
        "d-assessment.yaml",
        &assessment("test-rol", "  testing: aware\n"),
    );
    let outcome = validate(&[root.to_owned()], &Catalog::builtin(), Notes::List);
    assert_eq!(outcome.files, 5);
    assert!(outcome.unreadable.is_empty(), "{:?}", outcome.unreadable);
    assert_eq!(
        findings(root, &outcome),
        [
            "a-assessment.yaml:8:3 unknown-item",
            "a-assessment.yaml:9:11 off-scale",
            "a-assessment.yaml:10:14 off-scale",
            "c-broken.yaml:2:1 yaml-syntax",
            "d-assessment.yaml:1:10 unknown-profile",
            "z/neither.yaml:1:1 unknown-kind",
        ]
    );
    assert!(outcome.diagnostics.is_sorted());
    assert_eq!(outcome.count(Severity::Error), 6);
    let unknown = &outcome.diagnostics[0].message;
    assert!(unknown.contains("did you mean `testing`?"), "{unknown}");
    let profile = &outcome.diagnostics[4].message;
    assert!(profile.contains("did you mean `test-role`?"), "{profile}");
}

#[test]
fn a_duplicate_profile_id_is_placed_at_the_later_files_id_naming_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let first = write(dir.path(), "a.yaml", PROFILE);
    // The same id, quoted and further down: placed at its quote.
    let later = PROFILE.replace("id: test-role\n", "# again\nid: \"test-role\"\n");
    let second = write(dir.path(), "b.yaml", &later);
    let outcome = validate(&[dir.path().to_owned()], &Catalog::builtin(), Notes::List);
    assert_eq!(findings(dir.path(), &outcome), ["b.yaml:3:5 duplicate-id"]);
    let duplicate = &outcome.diagnostics[0];
    assert_eq!(duplicate.path, second);
    assert_eq!(
        duplicate.message,
        format!(
            "profile id `test-role` is also used by {}; profile ids must be unique",
            first.display()
        )
    );
}

#[test]
fn an_assessment_is_checked_against_the_runs_profile_before_the_catalogs() {
    let dir = tempfile::tempdir().unwrap();
    // A profile of the run with a built-in profile's id but other items.
    let id = builtin::DEFAULT_ID;
    write(
        dir.path(),
        "profile.yaml",
        &PROFILE.replace("id: test-role", &format!("id: {id}")),
    );
    write(
        dir.path(),
        "assessment.yaml",
        &assessment(id, "  testing: proficient\n  design: 2\n"),
    );
    let catalog = Catalog::builtin();
    let outcome = validate(&[dir.path().to_owned()], &catalog, Notes::List);
    assert_eq!(findings(dir.path(), &outcome), Vec::<String>::new());
    // Alone, the same assessment is checked against the built-in profile,
    // which has neither item.
    let alone = validate(&[dir.path().join("assessment.yaml")], &catalog, Notes::List);
    let rules: Vec<Rule> = alone.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(rules, [Rule::UnknownItem, Rule::UnknownItem]);
}

#[test]
fn unreadable_paths_are_kept_apart_from_findings() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.yaml", PROFILE);
    let fifo = dir.path().join("pipe.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let missing = dir.path().join("missing.yaml");
    let outcome = validate(
        &[dir.path().to_owned(), missing.clone()],
        &Catalog::builtin(),
        Notes::List,
    );
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    assert_eq!(outcome.files, 1);
    let unreadable: Vec<String> = outcome.unreadable.iter().map(ToString::to_string).collect();
    // In the order the paths were met: the folder's FIFO, then the path
    // given after it.
    assert_eq!(
        unreadable,
        [
            format!("{}: not a regular file", fifo.display()),
            format!("{}: no such file or folder", missing.display()),
        ]
    );
}

#[test]
fn the_scanned_id_is_placed_where_locating_the_node_places_it() {
    for text in [
        "id: tiny-role\ntitle: Tiny\n",
        "# a comment\n\ntitle: Tiny\nid:   tiny-role   # the id\n",
        "title: Tiny\r\nid: \"tiny-role\"\r\n",
        "title: Tiny\rid: 'tiny-role'\r",
        "summary: |\n  id: not-this\nid: tiny-role\n",
        "title: Café – ünïcode\nid: tiny-role\n",
    ] {
        let located = yaml::locate(text, &[Segment::Key("id".into())], Target::Value);
        assert!(located.is_some(), "{text:?}");
        assert_eq!(id_location(text, "tiny-role"), located, "{text:?}");
    }
    // Where the line scan cannot be sure, the file is read again.
    assert_eq!(
        id_location("{id: tiny-role, title: Tiny}\n", "tiny-role"),
        None
    );
    assert_eq!(id_location("id: other-role\n", "tiny-role"), None);
}
