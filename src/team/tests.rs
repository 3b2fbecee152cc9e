//! Unit tests of `team`: who counts as one person, which assessment of a
//! person counts, coverage per item, and how training needs are ranked.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;

const PROFICIENT: Level = Level::Depth(Depth::Proficient);
const AWARE: Level = Level::Depth(Depth::Aware);
const NONE: Level = Level::Depth(Depth::None);

/// One assessment of the fixture profile, reduced to a member.
fn member(
    person: &str,
    assessor: Assessor,
    date: &str,
    file: &str,
    ratings: &[(&str, Level)],
) -> Member {
    let profile = profile();
    let mut assessment = assessment(ratings);
    person.clone_into(&mut assessment.person);
    assessment.assessor = assessor;
    assessment.date = date.parse().unwrap();
    Member::new(&profile.rated_items(), &assessment, file.to_owned())
}

/// The path as given: no tie in these tests needs a file system.
fn as_given(file: &str) -> String {
    file.to_owned()
}

fn report(members: Vec<Member>) -> TeamReport {
    let profile = profile();
    team(vec![(&profile, members)], Vec::new(), &as_given)
}

fn item<'r>(team: &'r ProfileTeam, id: &str) -> &'r TeamItem {
    team.items.iter().find(|i| i.id == id).unwrap()
}

#[test]
fn one_person_spelled_two_ways_is_counted_once() {
    // "Lee Wong" rates themselves; their manager writes "lee  wong".
    let report = report(vec![
        member(
            "Lee Wong",
            Assessor::SelfAssessed,
            "2026-11-01",
            "self.yaml",
            &[("testing", AWARE)],
        ),
        member(
            "lee  wong",
            Assessor::Manager,
            "2026-11-02",
            "manager.yaml",
            &[("testing", PROFICIENT)],
        ),
    ]);
    let team = &report.profiles[0];
    assert_eq!(team.people, 1);
    assert_eq!(team.members.len(), 2, "both assessments are shown");
    assert_eq!(report.files_used, 2);
    let testing = item(team, "testing");
    // Met by the manager's rating; one person, shown as first spelled.
    assert_eq!((testing.met_by, testing.rated_by), (1, 1));
    assert_eq!(testing.single_point_of_failure.as_deref(), Some("Lee Wong"));
}

#[test]
fn only_the_newest_assessment_by_one_assessor_counts() {
    let report = report(vec![
        member(
            "Pat",
            Assessor::SelfAssessed,
            "2026-06-01",
            "june.yaml",
            &[("testing", PROFICIENT)],
        ),
        member(
            "pat",
            Assessor::SelfAssessed,
            "2026-01-01",
            "january.yaml",
            &[("testing", AWARE)],
        ),
    ]);
    let team = &report.profiles[0];
    assert_eq!(team.members.len(), 1);
    assert_eq!(team.members[0].file, "june.yaml");
    assert_eq!(report.files_used, 1);
    assert_eq!(
        report.superseded,
        vec![Superseded {
            file: "january.yaml".into(),
            by: "june.yaml".into(),
            same_date: false,
        }]
    );
    assert_eq!(item(team, "testing").met_by, 1);
}

#[test]
fn on_one_date_complete_wins_then_the_later_canonical_path() {
    let profile = profile();
    let mut in_progress = member("Pat", Assessor::SelfAssessed, "2026-06-01", "z.yaml", &[]);
    in_progress.status = Status::InProgress;
    let complete = member("Pat", Assessor::SelfAssessed, "2026-06-01", "a.yaml", &[]);
    let report = team(
        vec![(&profile, vec![in_progress, complete])],
        Vec::new(),
        &as_given,
    );
    assert_eq!(report.profiles[0].members[0].file, "a.yaml");
    assert!(report.superseded[0].same_date);

    // Both complete: the canonical path decides, not the path as spelled,
    // and it is asked for only because the two tie.
    let asked = AtomicUsize::new(0);
    let canonical = |file: &str| {
        asked.fetch_add(1, Ordering::Relaxed);
        match file {
            "./later/x.yaml" => "/team/b/x.yaml".to_owned(),
            _ => "/team/a/x.yaml".to_owned(),
        }
    };
    let tied = vec![
        member(
            "Pat",
            Assessor::SelfAssessed,
            "2026-06-01",
            "./later/x.yaml",
            &[],
        ),
        member(
            "Pat",
            Assessor::SelfAssessed,
            "2026-06-01",
            "earlier/x.yaml",
            &[],
        ),
    ];
    let report = team(vec![(&profile, tied)], Vec::new(), &canonical);
    assert_eq!(report.profiles[0].members[0].file, "./later/x.yaml");
    assert!(asked.load(Ordering::Relaxed) > 0);

    let asked_before = asked.load(Ordering::Relaxed);
    let apart = vec![
        member("Pat", Assessor::SelfAssessed, "2026-06-01", "a.yaml", &[]),
        member("Pat", Assessor::SelfAssessed, "2026-06-02", "b.yaml", &[]),
    ];
    let _ = team(vec![(&profile, apart)], Vec::new(), &canonical);
    assert_eq!(
        asked.load(Ordering::Relaxed),
        asked_before,
        "no tie, no file system"
    );
}

#[test]
fn coverage_names_single_points_of_failure_and_what_nobody_meets() {
    let report = report(vec![
        member(
            "Pat",
            Assessor::SelfAssessed,
            "2026-06-01",
            "pat.yaml",
            &[
                ("testing", PROFICIENT),
                ("design", Level::Number(3)),
                ("support", Level::Number(1)),
            ],
        ),
        member(
            "Kim",
            Assessor::SelfAssessed,
            "2026-06-01",
            "kim.yaml",
            &[("testing", AWARE), ("design", Level::Number(3))],
        ),
    ]);
    let team = &report.profiles[0];
    assert_eq!(team.people, 2);
    let testing = item(team, "testing");
    assert_eq!((testing.met_by, testing.rated_by), (1, 2));
    assert_eq!(testing.single_point_of_failure.as_deref(), Some("Pat"));
    assert!(!testing.uncovered);
    let design = item(team, "design");
    assert_eq!((design.met_by, design.rated_by), (2, 2));
    assert_eq!(design.single_point_of_failure, None);
    let support = item(team, "support");
    assert_eq!((support.met_by, support.rated_by), (0, 1));
    assert!(support.uncovered);
    // No required level: never a point of failure, never uncovered.
    let listening = item(team, "listening");
    assert!(listening.required.is_none());
    assert!(!listening.uncovered && listening.single_point_of_failure.is_none());
}

#[test]
fn training_needs_rank_by_people_helped_then_gaps_moved_within_reach() {
    let report = report(vec![
        member(
            "Pat",
            Assessor::SelfAssessed,
            "2026-06-01",
            "pat.yaml",
            &[
                ("testing", PROFICIENT),
                ("planning", NONE),
                ("design", Level::Number(3)),
                ("support", Level::Number(1)),
            ],
        ),
        member(
            "Kim",
            Assessor::SelfAssessed,
            "2026-06-01",
            "kim.yaml",
            &[
                ("testing", AWARE),
                ("planning", AWARE),
                ("design", Level::Number(2)),
                ("support", Level::Number(3)),
            ],
        ),
    ]);
    let needs: Vec<(usize, &str, Vec<&str>, u32)> = report.profiles[0]
        .training_needs
        .iter()
        .map(|n| {
            (
                n.rank,
                n.id.as_str(),
                n.people.iter().map(String::as_str).collect(),
                n.gap_steps,
            )
        })
        .collect();
    // Within each kind's reach (SPEC §10): Shadowing (an activity, up to
    // Proficient / Practitioner) takes Kim's testing 1 → 3 and design
    // 2 → 3: two gaps, three steps. Course A takes Kim's testing one step
    // (1 → 2); Course B takes Pat's support one step (1 → 2), and Kim's
    // design not at all (already at Working, a course's cap); the
    // certificate takes Pat's planning 0 → 1. Each helps one person: the
    // one moving more gaps first, then profile order.
    assert_eq!(
        needs,
        vec![
            (1, "shadowing", vec!["Kim"], 3),
            (2, "course-a", vec!["Kim"], 1),
            (3, "course-b", vec!["Pat"], 1),
            (4, "cert", vec!["Pat"], 1),
        ]
    );
}
