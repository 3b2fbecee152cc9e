use super::*;
use crate::assessment::Level;
use crate::fixtures;
use crate::profile::Depth;

/// The fixture profile's required items: testing (Proficient, step 3),
/// planning (Aware, 1), design and support (DDaT 3); listening asks no
/// level. So readiness is met of 4.
fn rated(person: &str, date: &str, status: Status, ratings: &[(&str, Level)]) -> Assessment {
    let mut assessment = fixtures::assessment(ratings);
    person.clone_into(&mut assessment.person);
    assessment.date = date.parse().unwrap();
    assessment.status = status;
    assessment
}

fn entry<'p>(file: &str, assessment: Assessment, profile: &'p Profile) -> Entry<'p> {
    Entry {
        file: file.to_owned(),
        readings: vec![(assessment, profile)],
    }
}

fn same(file: &str) -> String {
    file.to_owned()
}

const FAMILIAR: Level = Level::Depth(Depth::Familiar);
const PROFICIENT: Level = Level::Depth(Depth::Proficient);
const AWARE: Level = Level::Depth(Depth::Aware);

#[test]
fn the_trend_maps_0_to_100_percent_onto_eight_blocks_to_the_nearest() {
    // percent × 7 / 100, rounded: 0 → 0, 20 → 1.4 → 1, 50 → 3.5 → 4,
    // 70 → 4.9 → 5, 90 → 6.3 → 6, 100 → 7.
    let blocks: String = [0.0, 20.0, 50.0, 70.0, 90.0, 100.0]
        .into_iter()
        .map(block)
        .collect();
    assert_eq!(blocks, "▁▂▅▆▇█");
}

#[test]
fn each_assessment_in_date_order_with_readiness_gaps_and_what_moved() {
    let profile = fixtures::profile();
    // Given newest first: the history sorts by date.
    let late = rated(
        "Pat",
        "2026-11-01",
        Status::Complete,
        &[
            ("testing", PROFICIENT),
            ("planning", AWARE),
            ("design", Level::Number(2)),
            ("support", Level::Number(3)),
        ],
    );
    let early = rated(
        "Pat",
        "2026-01-01",
        Status::InProgress,
        &[
            ("testing", FAMILIAR),
            ("planning", AWARE),
            ("design", Level::Number(3)),
        ],
    );
    let report = history(
        vec![
            entry("late.yaml", late, &profile),
            entry("early.yaml", early, &profile),
        ],
        Assessor::SelfAssessed,
        Vec::new(),
        &same,
    );
    let [pat] = report.people.as_slice() else {
        panic!("{report:?}")
    };
    let [first, second] = pat.assessments.as_slice() else {
        panic!("{pat:?}")
    };
    // Early: planning and design met, testing short, support unrated:
    // 2 of 4 = 50.0 %, 3 rated, 1 gap.
    assert_eq!(first.file, "early.yaml");
    assert_eq!(
        (first.met, first.with_requirement, first.rated, first.gaps),
        (2, 4, 3, 1)
    );
    assert!((first.readiness_percent - 50.0).abs() < f64::EPSILON);
    assert!(first.moved.is_empty());
    assert_eq!(first.compared, 0);
    // Late: testing, planning, support met, design 2 of 3: 3 of 4 = 75.0 %.
    assert_eq!(
        (
            second.met,
            second.with_requirement,
            second.rated,
            second.gaps
        ),
        (3, 4, 4, 1)
    );
    assert!((second.readiness_percent - 75.0).abs() < f64::EPSILON);
    // Rated in both: testing, planning, design (support only late).
    assert_eq!(second.compared, 3);
    let moved: Vec<(&str, u8, u8, Way)> = second
        .moved
        .iter()
        .map(|m| (m.id.as_str(), m.from.step, m.to.step, m.way))
        .collect();
    assert_eq!(
        moved,
        vec![("testing", 2, 3, Way::Up), ("design", 3, 2, Way::Down)]
    );
    assert_eq!(second.moved[0].from.label, "Familiar with");
    assert_eq!(second.moved[0].to.label, "Proficient in");
    assert_eq!(second.ups_and_downs(), (1, 1));
    assert!(second.profile_changed.is_none());
    // 50 % → ▅ (3.5 rounds to 4), 75 % → ▆ (5.25 → 5).
    assert_eq!(pat.trend, "▅▆");
}

#[test]
fn on_one_date_the_complete_assessment_is_kept_then_the_later_file() {
    let profile = fixtures::profile();
    let in_progress = rated("Pat", "2026-05-01", Status::InProgress, &[]);
    let complete = rated(
        "Pat",
        "2026-05-01",
        Status::Complete,
        &[("planning", AWARE)],
    );
    let report = history(
        vec![
            entry("z.yaml", in_progress, &profile),
            entry("a.yaml", complete.clone(), &profile),
        ],
        Assessor::SelfAssessed,
        Vec::new(),
        &same,
    );
    let files: Vec<&str> = report.people[0]
        .assessments
        .iter()
        .map(|p| p.file.as_str())
        .collect();
    assert_eq!(files, ["a.yaml"]);
    assert_eq!(report.superseded[0].file, "z.yaml");
    assert_eq!(report.superseded[0].by, "a.yaml");
    // Both complete: the later path wins.
    let report = history(
        vec![
            entry("b.yaml", complete.clone(), &profile),
            entry("a.yaml", complete, &profile),
        ],
        Assessor::SelfAssessed,
        Vec::new(),
        &same,
    );
    assert_eq!(report.people[0].assessments[0].file, "b.yaml");
}

#[test]
fn three_files_on_one_date_are_each_superseded_by_the_one_kept() {
    let profile = fixtures::profile();
    let one = rated("Pat", "2026-05-01", Status::Complete, &[]);
    let report = history(
        ["a.yaml", "b.yaml", "c.yaml"]
            .into_iter()
            .map(|file| entry(file, one.clone(), &profile))
            .collect(),
        Assessor::SelfAssessed,
        Vec::new(),
        &same,
    );
    let passed: Vec<(&str, &str)> = report
        .superseded
        .iter()
        .map(|s| (s.file.as_str(), s.by.as_str()))
        .collect();
    assert_eq!(passed, [("a.yaml", "c.yaml"), ("b.yaml", "c.yaml")]);
}

#[test]
fn people_are_grouped_by_name_however_spelt_in_name_order() {
    let profile = fixtures::profile();
    let report = history(
        vec![
            entry(
                "z1.yaml",
                rated("Zoë Adams", "2026-01-01", Status::Complete, &[]),
                &profile,
            ),
            entry(
                "e.yaml",
                rated("émile  Brun", "2026-01-01", Status::Complete, &[]),
                &profile,
            ),
            entry(
                "z2.yaml",
                rated("zoë adams", "2026-02-01", Status::Complete, &[]),
                &profile,
            ),
        ],
        Assessor::SelfAssessed,
        Vec::new(),
        &same,
    );
    let people: Vec<(&str, usize)> = report
        .people
        .iter()
        .map(|h| (h.person.as_str(), h.assessments.len()))
        .collect();
    // É sorts with the e's; Zoë's name as her newest file spells it.
    assert_eq!(people, [("émile  Brun", 1), ("zoë adams", 2)]);
}

/// A second role sharing the DDaT skill `design` (and a knowledge item
/// `testing` of its own, which counts for it alone).
const SENIOR: &str = "
id: senior-role
title: Senior Role
summary: For tests.
knowledge_skills:
  - {title: Testing, depth: expert, type: technical, details: d}
organisation_skills:
  - {framework: DDaT, category: C, title: Design, description: d, level: 4, level_description: l}
";

#[test]
fn a_change_of_profile_is_said_and_only_shared_skills_are_compared() {
    let junior = fixtures::profile();
    let checked = crate::profile::load::check_profile(std::path::Path::new("s"), SENIOR.as_bytes());
    let senior = checked.value.unwrap();
    let before = rated(
        "Pat",
        "2026-01-01",
        Status::Complete,
        &[("testing", FAMILIAR), ("design", Level::Number(2))],
    );
    let mut after = rated(
        "Pat",
        "2026-06-01",
        Status::Complete,
        &[("testing", PROFICIENT), ("design", Level::Number(3))],
    );
    after.profile = "senior-role".into();
    let report = history(
        vec![
            entry("before.yaml", before, &junior),
            entry("after.yaml", after, &senior),
        ],
        Assessor::SelfAssessed,
        Vec::new(),
        &same,
    );
    let pat = &report.people[0];
    // The newest assessment's profile is followed.
    assert_eq!(pat.profile.id, "senior-role");
    let second = &pat.assessments[1];
    let change = second.profile_changed.as_ref().unwrap();
    assert_eq!(
        (change.from.id.as_str(), change.to.id.as_str()),
        ("test-role", "senior-role")
    );
    // Design is the same DDaT skill in both; testing is each profile's own.
    assert_eq!(second.compared, 1);
    assert_eq!(second.moved.len(), 1);
    assert_eq!(second.moved[0].id, "design");
    assert_eq!((second.moved[0].from.step, second.moved[0].to.step), (2, 3));
    // Readiness against its own profile: testing 3 of 4 short, design 3
    // of 4 short: 0 of 2.
    assert_eq!(
        (second.met, second.with_requirement, second.gaps),
        (0, 2, 2)
    );
    assert_eq!(pat.assessments[0].profile.id, "test-role");
}

#[test]
fn a_file_of_several_profiles_reads_against_the_one_followed() {
    let junior = fixtures::profile();
    let senior = crate::profile::load::check_profile(std::path::Path::new("s"), SENIOR.as_bytes())
        .value
        .unwrap();
    let ratings = [("testing", PROFICIENT), ("design", Level::Number(3))];
    let mut both = rated("Pat", "2026-01-01", Status::Complete, &ratings);
    let mut as_senior = both.clone();
    as_senior.profile = "senior-role".into();
    both.profiles = vec!["test-role".into(), "senior-role".into()];
    let mut newest = rated("Pat", "2026-06-01", Status::Complete, &ratings);
    newest.profile = "senior-role".into();
    let report = history(
        vec![
            Entry {
                file: "both.yaml".into(),
                readings: vec![(both, &junior), (as_senior, &senior)],
            },
            entry("newest.yaml", newest, &senior),
        ],
        Assessor::SelfAssessed,
        Vec::new(),
        &same,
    );
    let points = &report.people[0].assessments;
    assert_eq!(points[0].profile.id, "senior-role");
    assert!(points[1].profile_changed.is_none());
    assert_eq!(points[1].compared, 2);
}
