//! Unit tests of `gap`.

use super::*;
use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;
use crate::report::analyse;

#[test]
fn each_item_gets_required_current_gap_and_status() {
    let report = analyse(
        &profile(),
        &assessment(&[
            ("testing", Level::Depth(Depth::Aware)),
            ("listening", Level::Depth(Depth::Expert)),
            ("design", Level::Number(4)),
            ("support", Level::Number(0)),
        ]),
        None,
        false,
    );
    let status: Vec<(&str, GapStatus, u8)> = report
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.status, i.gap))
        .collect();
    assert_eq!(
        status,
        [
            ("support", GapStatus::Gap, 3),
            ("testing", GapStatus::Gap, 2),
            ("planning", GapStatus::NotRated, 0),
            ("design", GapStatus::Exceeds, 0),
        ]
    );
    assert_eq!(report.no_requirement.len(), 1);
    assert_eq!(report.no_requirement[0].status, GapStatus::NoRequirement);
    assert_eq!(
        report.no_requirement[0].current.as_ref().unwrap().label,
        "Expert in"
    );
    let s = &report.summary;
    assert_eq!((s.items, s.with_requirement, s.met), (5, 4, 1));
    assert!((s.readiness_percent - 25.0).abs() < f64::EPSILON);
    assert_eq!((s.gaps, s.gap_steps, s.not_rated), (2, 5, 1));
    let at = |minimum| crate::gate::Gates {
        fail_on_gap: false,
        min_readiness: Some(minimum),
    };
    let standing = crate::gate::Standing::from(s);
    assert!(crate::gate::judge(standing, at(26)).readiness);
    assert!(!crate::gate::judge(standing, at(25)).readiness);
}

#[test]
fn gaps_are_counted_by_section_and_type() {
    let report = analyse(
        &profile(),
        &assessment(&[
            ("testing", Level::Depth(Depth::None)),
            ("design", Level::Number(1)),
        ]),
        None,
        false,
    );
    let tallies: Vec<(&str, usize, usize, u32)> = report
        .summary
        .by_category
        .iter()
        .map(|t| (t.name.as_str(), t.required, t.gaps, t.steps))
        .collect();
    assert_eq!(
        tallies,
        [
            ("technical", 1, 1, 3),
            ("other", 1, 0, 0),
            ("organisation", 2, 1, 2)
        ]
    );
}

#[test]
fn explain_says_how_each_number_was_reached() {
    let report = analyse(
        &profile(),
        &assessment(&[("testing", Level::Depth(Depth::Aware))]),
        None,
        true,
    );
    let testing = report.items.iter().find(|i| i.id == "testing").unwrap();
    assert_eq!(
        testing.explanation.as_deref(),
        Some(
            "required Proficient in (3) − current Aware of (1) = 2 steps short on the depth scale"
        )
    );
    assert!(report.summary.explanation.as_ref().unwrap()[0].starts_with("readiness = 0 met"));
}
