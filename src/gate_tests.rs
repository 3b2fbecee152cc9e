//! Unit tests of `gate`.

use super::*;

fn standing(gaps: usize, not_rated: usize, met: usize, with_requirement: usize) -> Standing {
    Standing {
        gaps,
        not_rated,
        met,
        with_requirement,
    }
}

#[test]
fn fail_on_gap_is_breached_by_a_gap_or_an_unrated_requirement() {
    let gates = Gates {
        fail_on_gap: true,
        min_readiness: None,
    };
    assert!(judge(standing(1, 0, 9, 10), gates).gaps);
    assert!(judge(standing(0, 1, 9, 10), gates).gaps);
    assert!(!judge(standing(0, 0, 10, 10), gates).any());
    // Not asked, not breached.
    assert!(!judge(standing(5, 5, 0, 10), Gates::default()).any());
}

#[test]
fn readiness_is_below_the_minimum_without_rounding_at_the_edge() {
    let gates = Gates {
        fail_on_gap: false,
        min_readiness: Some(80),
    };
    assert!(
        !judge(standing(2, 0, 8, 10), gates).readiness,
        "exactly 80%"
    );
    // 7999 of 10000 is 79.99%, which prints as 80.0% and is below.
    assert!(judge(standing(2001, 0, 7999, 10000), gates).readiness);
    // Nothing required: nothing to fall short of.
    assert!(!judge(standing(0, 0, 0, 0), gates).readiness);
}
