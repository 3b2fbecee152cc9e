//! Unit tests of `suggest`.

use super::*;

#[test]
fn suggests_the_nearest_name_or_nothing() {
    let ids = ["systems-design", "systems-integration", "devops"];
    assert_eq!(closest("system-design", ids), Some("systems-design"));
    assert_eq!(closest("zzz", ids), None);
}

fn long_name(prefix: &str, i: usize) -> String {
    format!("{prefix}-{i:05}-{}", "x".repeat(90))
}

#[test]
fn many_long_unknown_names_cost_no_more_than_the_budget() {
    // Each name costs about 100 × (200 × 100) = 2 million pairs: four
    // fit in the budget.
    let ids: Vec<String> = (0..200).map(|i| long_name("skill", i)).collect();
    let mut suggester = Suggester::new(ids.iter().map(String::as_str));
    let helped_each: Vec<bool> = (0..1_000)
        .map(|i| suggester.closest(&long_name("skil", i)).is_some())
        .collect();
    assert!(suggester.spent() <= BUDGET, "{}", suggester.spent());
    // Each is close to some id; the first ones are helped, and once the
    // budget is spent the rest get no suggestion (unbounded, all 1,000
    // would be compared with all 200 ids).
    assert!(helped_each[0]);
    let helped = helped_each.iter().filter(|s| **s).count();
    assert!(helped < 10, "{helped} of 1000 compared");
    assert!(helped_each[helped..].iter().all(|s| !s));
}

#[test]
fn a_name_too_long_to_compare_is_skipped_and_later_typos_are_still_helped() {
    let ids = ["systems-design", "devops"];
    let mut suggester = Suggester::with_budget(ids, 1_000);
    assert_eq!(suggester.closest(&"s".repeat(10_000)), None);
    assert_eq!(suggester.spent(), 0);
    assert_eq!(suggester.closest("system-design"), Some("systems-design"));
    assert_eq!(suggester.closest("devop"), Some("devops"));
}
