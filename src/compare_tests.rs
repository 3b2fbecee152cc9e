//! Unit tests of `compare`.

use super::*;
use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::profile::Depth;

#[test]
fn changes_are_counted_and_big_disagreements_flagged() {
    let profile = profile();
    let me = assessment(&[
        ("testing", Level::Depth(Depth::Expert)),
        ("planning", Level::Depth(Depth::Aware)),
        ("design", Level::Number(1)),
    ]);
    let mut manager = assessment(&[
        ("testing", Level::Depth(Depth::Familiar)),
        ("planning", Level::Depth(Depth::Aware)),
        ("design", Level::Number(2)),
        ("support", Level::Number(3)),
    ]);
    manager.assessor = Assessor::Manager;
    let c = compare(&profile, ("me.yaml", &me), ("boss.yaml", &manager));
    assert!(c.different_assessors);
    let testing = c.items.iter().find(|i| i.id == "testing").unwrap();
    assert_eq!(
        (testing.change, testing.direction, testing.discuss),
        (Some(-2), Direction::Lower, true)
    );
    // To discuss, so first; then the rest in profile order.
    assert_eq!(c.items[0].id, "testing");
    assert_eq!(c.verdict(&c.items[0]), "manager lower");
    assert_eq!(c.labels(), ("self".to_owned(), "manager".to_owned()));
    let design = c.items.iter().find(|i| i.id == "design").unwrap();
    assert_eq!((design.change, design.discuss), (Some(1), false));
    assert_eq!(
        (
            c.summary.improved,
            c.summary.regressed,
            c.summary.unchanged,
            c.summary.not_compared,
            c.summary.discuss
        ),
        (1, 1, 1, 2, 1)
    );
    assert_eq!(
        (c.summary.higher, c.summary.lower, c.summary.agree),
        (Some(1), Some(1), Some(1))
    );
}

#[test]
fn the_same_assessor_over_time_flags_nothing() {
    let profile = profile();
    let before = assessment(&[("testing", Level::Depth(Depth::None))]);
    let after = assessment(&[("testing", Level::Depth(Depth::Expert))]);
    let c = compare(&profile, ("a", &before), ("b", &after));
    assert_eq!(c.summary.discuss, 0);
    assert_eq!(c.summary.improved, 1);
    assert_eq!(c.items[0].direction, Direction::Improved);
    assert_eq!(c.summary.higher, None);
    assert_eq!(c.labels(), ("before".to_owned(), "after".to_owned()));
    assert!((c.after.readiness_percent - 25.0).abs() < f64::EPSILON);
}
