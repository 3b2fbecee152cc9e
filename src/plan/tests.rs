//! Unit tests of `plan`.

use super::reference::reference;
use super::{GapRef, plan, plan_counting_work};
use crate::assessment::Level;
use crate::fixtures::{assessment, profile};
use crate::gap::{GapStatus, ItemGap};
use crate::profile::Depth;
use crate::profile::{DevelopmentComponent, Profile, Qualification};
use crate::report::analyse;

/// A small seeded generator (splitmix64): the same cases every run.
struct Seeded(u64);

impl Seeded {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        usize::try_from(z % n as u64).unwrap()
    }
}

/// A random profile and gap list: few ids, small gaps (many ties),
/// `develops` with repeats and unknown ids, now and then two gaps with
/// one id.
fn random_case(seed: u64) -> (Profile, Vec<ItemGap>) {
    let mut rng = Seeded(seed);
    let scale = 1 + rng.below(6);
    let ids = 2 + rng.below(4 * scale);
    let mut template = analyse(
        &profile(),
        &assessment(&[("testing", Level::Depth(Depth::None))]),
        None,
        false,
    )
    .items[0]
        .clone();
    template.explanation = None;
    let items: Vec<ItemGap> = (0..rng.below(3 * ids))
        .map(|i| {
            let mut item = template.clone();
            item.id = format!("s{}", rng.below(ids));
            item.title = format!("Skill {i}");
            item.position = i;
            (item.status, item.gap) = match rng.below(4) {
                0 => (GapStatus::Met, 0),
                1 => (GapStatus::NotRated, 0),
                _ => (GapStatus::Gap, u8::try_from(1 + rng.below(3)).unwrap()),
            };
            item
        })
        .collect();
    let develops = |rng: &mut Seeded| -> Vec<String> {
        (0..rng.below(5))
            .map(|_| match rng.below(ids + 1) {
                n if n == ids => "unknown".to_owned(),
                n => format!("s{n}"),
            })
            .collect()
    };
    let mut profile = profile();
    let component = |rng: &mut Seeded, title: String| DevelopmentComponent {
        id: title.to_lowercase(),
        title,
        details: String::new(),
        develops: develops(rng),
        inferred: Vec::new(),
        truncated: Vec::new(),
    };
    profile.training = (0..rng.below(4 * scale))
        .map(|i| component(&mut rng, format!("T{i}")))
        .collect();
    profile.development_activities = (0..rng.below(3 * scale))
        .map(|i| component(&mut rng, format!("P{i}")))
        .collect();
    profile.qualifications = (0..rng.below(2 * scale))
        .map(|i| {
            let c = component(&mut rng, format!("Q{i}"));
            Qualification {
                id: c.id,
                title: c.title,
                awarding_body: None,
                develops: c.develops,
                inferred: Vec::new(),
                truncated: Vec::new(),
            }
        })
        .collect();
    (profile, items)
}

/// K gaps, each developed by its own training (the shape that made the
/// plan cubic: K steps, each rescanning K candidates against K gaps).
fn one_training_per_gap(k: usize) -> (Profile, Vec<ItemGap>) {
    let (mut profile, _) = random_case(0);
    let mut template = analyse(
        &profile,
        &assessment(&[("testing", Level::Depth(Depth::None))]),
        None,
        false,
    )
    .items[0]
        .clone();
    template.explanation = None;
    let items = (0..k)
        .map(|i| {
            let mut item = template.clone();
            item.id = format!("s{i}");
            item.title = format!("Skill {i}");
            item.position = i;
            item
        })
        .collect();
    profile.training = (0..k)
        .map(|i| DevelopmentComponent {
            id: format!("t{i}"),
            title: format!("Course {i}"),
            details: String::new(),
            develops: vec![format!("s{i}")],
            inferred: Vec::new(),
            truncated: Vec::new(),
        })
        .collect();
    profile.development_activities.clear();
    profile.qualifications.clear();
    (profile, items)
}

#[test]
fn the_plan_works_in_proportion_to_the_gaps_and_components_not_their_square() {
    for k in [1_000, 4_000] {
        let (profile, items) = one_training_per_gap(k);
        let (plan, work) = plan_counting_work(&profile, &items, true);
        assert_eq!(plan.steps.len(), k);
        // Every link, gap and component is handled a few times; the
        // plain cover did k³ / 2 comparisons here.
        assert!(work <= 12 * k, "{work} steps of work for {k} gaps");
    }
}

#[test]
fn the_lazy_plan_equals_the_plain_greedy_cover_step_for_step() {
    let (mut steps, mut ties) = (0, 0);
    for seed in 0..2_000 {
        let (profile, items) = random_case(seed);
        for explain in [false, true] {
            let lazy = plan(&profile, &items, explain);
            assert_eq!(
                lazy,
                reference(&profile, &items, explain),
                "seed {seed}, explain {explain}"
            );
            steps += lazy.steps.len();
            for step in &lazy.steps {
                let also: Vec<GapRef> = step
                    .addresses
                    .iter()
                    .filter(|g| !step.closes.contains(g))
                    .cloned()
                    .collect();
                assert_eq!(step.also_helps(), also, "seed {seed}");
            }
            ties += lazy
                .steps
                .iter()
                .filter_map(|s| s.explanation.as_ref())
                .filter(|e| e.contains("would close as many"))
                .count();
        }
    }
    // The cases are not trivial: plans of many steps, often with ties.
    assert!(steps > 5_000 && ties > 500, "{steps} steps, {ties} ties");
}

fn plan_for(ratings: &[(&str, Level)]) -> crate::plan::Plan {
    analyse(&profile(), &assessment(ratings), None, true).plan
}

#[test]
fn the_component_closing_most_open_steps_comes_first() {
    // Gaps: testing 3 (none vs proficient), design 3, support 3, planning 1.
    let plan = plan_for(&[
        ("testing", Level::Depth(Depth::None)),
        ("planning", Level::Depth(Depth::None)),
        ("design", Level::Number(0)),
        ("support", Level::Number(0)),
    ]);
    let order: Vec<(&str, u32)> = plan
        .steps
        .iter()
        .map(|s| (s.title.as_str(), s.new_steps))
        .collect();
    // Course B and Shadowing both close 6; Course B is first in the
    // profile. Then Course A closes testing's 3 (Shadowing's design is
    // already covered, so it would close only 3 too, and comes later).
    assert_eq!(order, [("Course B", 6), ("Course A", 3), ("Cert", 1)]);
    assert!(plan.no_route.is_empty());
    assert!(
        plan.steps[0]
            .explanation
            .as_ref()
            .unwrap()
            .contains("Shadowing would close as many")
    );
}

#[test]
fn gaps_nothing_develops_have_no_route() {
    let mut profile = profile();
    profile.qualifications.clear();
    let report = analyse(
        &profile,
        &assessment(&[("planning", Level::Depth(Depth::None))]),
        None,
        false,
    );
    assert!(report.plan.steps.is_empty());
    assert_eq!(report.plan.no_route.len(), 1);
    assert_eq!(report.plan.no_route[0].id, "planning");
}

#[test]
fn no_gaps_means_an_empty_plan() {
    let plan = plan_for(&[
        ("testing", Level::Depth(Depth::Expert)),
        ("planning", Level::Depth(Depth::Aware)),
        ("design", Level::Number(3)),
        ("support", Level::Number(4)),
    ]);
    assert!(plan.steps.is_empty() && plan.no_route.is_empty());
}
