//! Unit tests of the plan, on the fixture profile, with the figures worked
//! by hand. The fixture: Testing (depth, required Proficient: the
//! profile's highest required depth, so core), Planning (required Aware,
//! not core), Design and Support (DDaT, required 3, core); Course A
//! (training: Testing), Course B (training: Design, Support), Shadowing
//! (PDA: Testing, Design), Cert (qualification: Planning).

use super::*;
use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::gap::measure;
use crate::profile::model::{Cap, QualificationKind};
use crate::profile::{Depth, NoLevelTexts, Profile, Voice};

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn plan_of(profile: &Profile, ratings: &[(&str, Level)], max_actions: usize) -> Plan {
    let items = measure(profile, &assessment(ratings), false).items;
    plan(
        profile,
        &items,
        &Cycle {
            max_actions,
            review_by: date("2027-05-26"),
            explain: true,
            texts: &NoLevelTexts,
        },
    )
}

/// Nothing rated above "not yet": Testing 3 short, Planning 1, Design 3,
/// Support 3.
const NOTHING_YET: [(&str, Level); 4] = [
    ("testing", Level::Depth(Depth::None)),
    ("planning", Level::Depth(Depth::None)),
    ("design", Level::Number(0)),
    ("support", Level::Number(0)),
];

/// An action as (title, kind, [(item, from, to)]).
type Shape<'a> = (&'a str, ComponentKind, Vec<(&'a str, u8, u8)>);

fn shape(actions: &[Action]) -> Vec<Shape<'_>> {
    actions
        .iter()
        .map(|a| {
            (
                a.title.as_str(),
                a.kind,
                a.moves
                    .iter()
                    .map(|m| (m.id.as_str(), m.from.step, m.to.step))
                    .collect(),
            )
        })
        .collect()
}

/// Each support of the action, as (title, step it takes the item to).
fn support(action: &Action) -> Vec<(&str, u8)> {
    action
        .support
        .iter()
        .map(|s| (s.title.as_str(), s.to.step))
        .collect()
}

#[test]
fn each_gap_is_in_one_action_a_component_that_takes_it_all_the_way_or_experience() {
    let plan = plan_of(&profile(), &NOTHING_YET, 5);
    // Shadowing (a PDA, up to Proficient / Practitioner) takes Testing and
    // Design all the way to 3. No component takes Support (3 short) all the
    // way: Course B, a course, takes it one step (to 1) on the way, so it
    // is experience at work, supported. Cert takes Planning to its
    // required Aware. Course A would take Testing one step, which
    // Shadowing takes all the way: it is no action of its own.
    assert_eq!(
        shape(&plan.actions),
        [
            (
                "Shadowing",
                ComponentKind::DevelopmentActivity,
                vec![("testing", 0, 3), ("design", 0, 3)]
            ),
            (
                "Support",
                ComponentKind::Experience,
                vec![("support", 0, 3)]
            ),
            (
                "Cert",
                ComponentKind::Qualification,
                vec![("planning", 0, 1)]
            ),
        ]
    );
    assert_eq!(support(&plan.actions[1]), [("Course B", 1)]);
    assert!(plan.later.is_empty());
    // The core first: Planning (not core) is last; Shadowing closes two
    // gaps of 3, experience one.
    let core: Vec<bool> = plan.actions.iter().map(|a| a.core).collect();
    assert_eq!(core, [true, true, false]);
}

#[test]
fn a_course_moves_a_skill_one_step_and_never_past_working_or_familiar() {
    // Testing Aware (1), required Proficient (3); only Course A develops
    // it once Shadowing is gone: it takes it to Familiar, on the way to
    // what experience does.
    let mut profile = profile();
    profile.development_activities.clear();
    let plan = plan_of(
        &profile,
        &[
            ("testing", Level::Depth(Depth::Aware)),
            ("planning", Level::Depth(Depth::Aware)),
            ("design", Level::Number(3)),
            ("support", Level::Number(3)),
        ],
        5,
    );
    assert_eq!(
        shape(&plan.actions),
        [(
            "Testing",
            ComponentKind::Experience,
            vec![("testing", 1, 3)]
        )]
    );
    assert_eq!(support(&plan.actions[0]), [("Course A", 2)]);
    // Already Familiar: a course has nothing left to give.
    let plan = plan_of(
        &profile,
        &[
            ("testing", Level::Depth(Depth::Familiar)),
            ("planning", Level::Depth(Depth::Aware)),
            ("design", Level::Number(3)),
            ("support", Level::Number(3)),
        ],
        5,
    );
    assert_eq!(
        shape(&plan.actions),
        [(
            "Testing",
            ComponentKind::Experience,
            vec![("testing", 2, 3)]
        )]
    );
    assert!(plan.actions[0].support.is_empty());
}

#[test]
fn a_long_title_is_shortened_in_every_reference_to_it() {
    // Support (3 short) is experience at work, supported by Course B. A
    // title of 10,000 characters would be copied once per gap a component
    // supports; the plan keeps its first 120 and an ellipsis.
    let mut profile = profile();
    let long = "x".repeat(10_000);
    profile.training[1].title = long.clone();
    assert_eq!(profile.organisation_skills[1].id, "support");
    profile.organisation_skills[1].title = long.clone();
    let plan = plan_of(&profile, &NOTHING_YET, 5);
    let support = &plan.actions[1];
    assert_eq!(support.kind, ComponentKind::Experience);
    let shortened = format!("{}…", &long[..120]);
    assert_eq!(support.title, shortened);
    assert_eq!(support.support.len(), 1);
    assert_eq!(support.support[0].title, shortened);
}

#[test]
fn at_most_max_actions_are_due_this_cycle_and_the_rest_are_later() {
    let plan = plan_of(&profile(), &NOTHING_YET, 2);
    let due: Vec<(usize, Option<Date>)> = plan.actions.iter().map(|a| (a.rank, a.due)).collect();
    assert_eq!(
        due,
        [(1, Some(date("2027-05-26"))), (2, Some(date("2027-05-26")))]
    );
    let later: Vec<(usize, &str, Option<Date>)> = plan
        .later
        .iter()
        .map(|a| (a.rank, a.title.as_str(), a.due))
        .collect();
    assert_eq!(later, [(3, "Cert", None)]);
    assert_eq!(plan.review_by, Some(date("2027-05-26")));
    let why = plan.later[0].explanation.as_deref().unwrap();
    assert!(why.contains("past --max-actions: later"), "{why}");
}

#[test]
fn a_registration_is_recognition_to_aim_for_never_a_way_to_build_a_skill() {
    let mut profile = profile();
    profile.qualifications[0].kind = QualificationKind::Registration;
    let plan = plan_of(&profile, &NOTHING_YET, 5);
    assert!(!plan.actions.iter().any(|a| a.title == "Cert"));
    // Planning is then experience at work.
    assert!(
        plan.actions
            .iter()
            .any(|a| a.kind == ComponentKind::Experience && a.id == "planning")
    );
    assert_eq!(plan.recognition.len(), 1);
    assert_eq!(plan.recognition[0].title, "Cert");
    assert_eq!(plan.recognition[0].recognises[0].id, "planning");
    assert_eq!(plan.recognition[0].recognises[0].gap, 1);
}

#[test]
fn a_profiles_reach_overrides_the_default() {
    // Activities up to Familiar / 2 only: Shadowing no longer takes
    // Testing or Design all the way; each is experience at work, with
    // Shadowing (to 2) and a course (to 1) on the way.
    let mut profile = profile();
    profile.reach = Some(crate::profile::model::Reach {
        development_activity: Some(Cap {
            depth: Some(Depth::Familiar),
            organisation: Some(2),
        }),
        ..Default::default()
    });
    let plan = plan_of(&profile, &NOTHING_YET, 10);
    let testing = plan
        .actions
        .iter()
        .find(|a| a.kind == ComponentKind::Experience && a.id == "testing")
        .unwrap();
    assert_eq!(support(testing), [("Shadowing", 2), ("Course A", 1)]);
    assert!(!plan.actions.iter().any(|a| a.title == "Shadowing"));
}

#[test]
fn each_move_says_what_shows_it_done() {
    let plan = plan_of(&profile(), &NOTHING_YET, 5);
    let done = |title: &str, item: &str| {
        plan.actions
            .iter()
            .find(|a| a.title == title)
            .and_then(|a| a.moves.iter().find(|m| m.id == item))
            .and_then(|m| m.done_when.clone())
    };
    // Design reaches its required level: the profile's own text for it.
    assert_eq!(done("Shadowing", "design").as_deref(), Some("l"));
    // Testing at Proficient: the depth scale's meaning.
    assert_eq!(
        done("Shadowing", "testing"),
        Some(Depth::Proficient.meaning_in(Voice::You).to_owned())
    );
}

#[test]
fn nothing_short_means_no_action() {
    let plan = plan_of(
        &profile(),
        &[
            ("testing", Level::Depth(Depth::Expert)),
            ("planning", Level::Depth(Depth::Aware)),
            ("design", Level::Number(3)),
            ("support", Level::Number(4)),
        ],
        5,
    );
    assert!(plan.actions.is_empty() && plan.later.is_empty());
    assert_eq!(plan.review_by, None);
}

#[test]
fn a_cycle_is_a_whole_number_of_days_weeks_months_or_years() {
    let after = |text: &str, from: &str| {
        text.parse::<Period>()
            .map(|p| p.after(date(from)).unwrap().to_string())
    };
    assert_eq!(after("6m", "2026-11-26").as_deref(), Ok("2027-05-26"));
    assert_eq!(after("1m", "2027-01-31").as_deref(), Ok("2027-02-28"));
    assert_eq!(after("2w", "2026-11-26").as_deref(), Ok("2026-12-10"));
    assert_eq!(after("90d", "2026-11-26").as_deref(), Ok("2027-02-24"));
    assert_eq!(after("1y", "2028-02-29").as_deref(), Ok("2029-02-28"));
    for bad in ["0m", "6", "6x", "m", "-1m", "1.5m"] {
        assert!(bad.parse::<Period>().is_err(), "{bad}");
    }
}
