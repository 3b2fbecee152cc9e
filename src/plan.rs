//! The development plan: which of the profile's training, PDA and
//! qualification components to take, in which order, to close the gaps.
//! Pure. Greedy set cover: each step takes the component that closes the
//! most gap steps still open (ties: the first in the profile), until no
//! component closes any; gaps nothing develops are listed apart. The cover
//! is lazy (a priority queue of gains that may be stale), so a profile of
//! thousands of gaps and components plans in n·log n, not n³.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

use serde::Serialize;

use crate::gap::{GapStatus, ItemGap};
use crate::profile::Profile;

/// The three kinds of development component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComponentKind {
    Training,
    DevelopmentActivity,
    Qualification,
}

impl ComponentKind {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Training => "training",
            Self::DevelopmentActivity => "PDA",
            Self::Qualification => "qualification",
        }
    }
}

/// A gap, as the plan names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapRef {
    pub id: String,
    pub title: String,
    /// Steps short.
    pub gap: u8,
}

/// One component to take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanStep {
    /// 1 for the first to take.
    pub rank: usize,
    pub id: String,
    pub title: String,
    pub kind: ComponentKind,
    /// Every gap this component develops, largest first.
    pub addresses: Vec<GapRef>,
    /// The gaps it closes that no earlier step already closes.
    pub closes: Vec<GapRef>,
    /// Gap steps it closes that no earlier step already closes.
    pub new_steps: u32,
    /// Why it was chosen at this point (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

impl PlanStep {
    /// The gaps it develops that earlier steps already close: `addresses`
    /// less `closes`. `closes` lists its gaps in the order of `addresses`,
    /// so one walk through both finds them.
    #[must_use]
    pub fn also_helps(&self) -> Vec<GapRef> {
        let mut closes = self.closes.iter().peekable();
        self.addresses
            .iter()
            .filter(|gap| closes.next_if(|closed| closed == gap).is_none())
            .cloned()
            .collect()
    }
}

/// The development plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub steps: Vec<PlanStep>,
    /// Gaps that no component of the profile develops.
    pub no_route: Vec<GapRef>,
}

struct Candidate<'p> {
    id: &'p str,
    title: &'p str,
    kind: ComponentKind,
    develops: &'p [String],
}

fn candidates(profile: &Profile) -> Vec<Candidate<'_>> {
    let training = profile.training.iter().map(|c| Candidate {
        id: &c.id,
        title: &c.title,
        kind: ComponentKind::Training,
        develops: &c.develops,
    });
    let activities = profile.development_activities.iter().map(|c| Candidate {
        id: &c.id,
        title: &c.title,
        kind: ComponentKind::DevelopmentActivity,
        develops: &c.develops,
    });
    let qualifications = profile.qualifications.iter().map(|c| Candidate {
        id: &c.id,
        title: &c.title,
        kind: ComponentKind::Qualification,
        develops: &c.develops,
    });
    training.chain(activities).chain(qualifications).collect()
}

/// Characters of an item's title in the plan's references to it. The plan
/// names a gap once for every component that develops it, so a long title
/// would be copied as often as the file lists it in `develops`: 1 MB of
/// profile made 88 MB of report. The gap table keeps the whole title.
const REFERENCE_TITLE_CHARS: usize = 120;

fn gap_ref(item: &ItemGap) -> GapRef {
    GapRef {
        id: item.id.clone(),
        title: crate::document::excerpt_of(&item.title, REFERENCE_TITLE_CHARS).into_owned(),
        gap: item.gap,
    }
}

/// Which gaps each component develops, and which components develop each
/// gap: the links the greedy cover follows, built once.
struct Reach {
    /// Links followed to build it.
    work: usize,
    /// Per candidate: indexes into the gaps it develops, ascending.
    covers: Vec<Vec<usize>>,
    /// Per gap: the candidates that develop it.
    covered_by: Vec<Vec<usize>>,
}

impl Reach {
    fn new(gaps: &[&ItemGap], candidates: &[Candidate<'_>]) -> Self {
        let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
        for (index, gap) in gaps.iter().enumerate() {
            by_id.entry(gap.id.as_str()).or_default().push(index);
        }
        let mut covers = vec![Vec::new(); candidates.len()];
        let mut covered_by = vec![Vec::new(); gaps.len()];
        let mut seen: HashSet<&str> = HashSet::new();
        let mut work = gaps.len();
        for (candidate, list) in candidates.iter().zip(&mut covers) {
            seen.clear();
            work += 1 + candidate.develops.len();
            for id in candidate.develops {
                if !seen.insert(id.as_str()) {
                    continue;
                }
                for &gap in by_id.get(id.as_str()).into_iter().flatten() {
                    list.push(gap);
                }
            }
            list.sort_unstable();
        }
        for (candidate, list) in covers.iter().enumerate() {
            work += list.len();
            for &gap in list {
                covered_by[gap].push(candidate);
            }
        }
        Self {
            work,
            covers,
            covered_by,
        }
    }
}

/// Candidates by the gap steps they would close, largest first, ties to the
/// first in profile order. Gains only fall as gaps close, so an entry may be
/// stale (too high): it is refreshed when it reaches the top, and a fresh
/// top is the true best (lazy greedy).
struct Queue {
    heap: BinaryHeap<(u32, Reverse<usize>)>,
    /// Entries pushed, refreshed and taken.
    work: usize,
}

impl Queue {
    /// The best candidate with its gain, still queued.
    fn peek(&mut self, gain: &[u32]) -> Option<(usize, u32)> {
        loop {
            let &(stored, Reverse(index)) = self.heap.peek()?;
            if stored == gain[index] {
                return Some((index, stored));
            }
            self.heap.pop();
            self.heap.push((gain[index], Reverse(index)));
            self.work += 1;
        }
    }

    /// The best candidate with its gain, taken off the queue.
    fn pop(&mut self, gain: &[u32]) -> Option<(usize, u32)> {
        let best = self.peek(gain)?;
        self.heap.pop();
        self.work += 1;
        Some(best)
    }
}

/// Plans the components that close the gaps among `items`.
///
/// Linear in the links between components and gaps (times a logarithm):
/// each gap closes once and lowers the gain of the components that develop
/// it; nothing rescans the open gaps.
#[must_use]
pub fn plan(profile: &Profile, items: &[ItemGap], explain: bool) -> Plan {
    plan_counting_work(profile, items, explain).0
}

/// [`plan`], with a count of the steps of work it took: links followed and
/// queue entries moved (what proves the plan linear, in the tests).
fn plan_counting_work(profile: &Profile, items: &[ItemGap], explain: bool) -> (Plan, usize) {
    let gaps: Vec<&ItemGap> = items
        .iter()
        .filter(|i| i.status == GapStatus::Gap)
        .collect();
    let candidates = candidates(profile);
    let reach = Reach::new(&gaps, &candidates);
    let mut open = vec![true; gaps.len()];
    let mut gain: Vec<u32> = reach
        .covers
        .iter()
        .map(|list| list.iter().map(|&g| u32::from(gaps[g].gap)).sum())
        .collect();
    let mut queue = Queue {
        heap: gain
            .iter()
            .enumerate()
            .map(|(index, &value)| (value, Reverse(index)))
            .collect(),
        work: 0,
    };
    let mut work = reach.work + candidates.len();
    let mut steps = Vec::new();
    while let Some((index, new_steps)) = queue.pop(&gain).filter(|(_, value)| *value > 0) {
        let chosen = &candidates[index];
        let covers = &reach.covers[index];
        let closes: Vec<GapRef> = covers
            .iter()
            .filter(|&&g| open[g])
            .map(|&g| gap_ref(gaps[g]))
            .collect();
        let explanation = explain.then(|| {
            let next = match queue.peek(&gain).filter(|(_, v)| *v > 0) {
                Some((i, v)) if v == new_steps => format!(
                    "; {} would close as many, but comes later in the profile",
                    candidates[i].title
                ),
                Some((i, v)) => {
                    format!("; the next best, {}, would close {v}", candidates[i].title)
                }
                None => String::new(),
            };
            format!(
                "closes {new_steps} of the gap steps still open ({}){next}",
                closes
                    .iter()
                    .map(|g| g.title.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        work += 2 * covers.len();
        for &g in covers {
            if std::mem::replace(&mut open[g], false) {
                work += reach.covered_by[g].len();
                for &other in &reach.covered_by[g] {
                    gain[other] -= u32::from(gaps[g].gap);
                }
            }
        }
        steps.push(PlanStep {
            rank: steps.len() + 1,
            id: chosen.id.to_owned(),
            title: chosen.title.to_owned(),
            kind: chosen.kind,
            addresses: covers.iter().map(|&g| gap_ref(gaps[g])).collect(),
            closes,
            new_steps,
            explanation,
        });
    }
    let plan = Plan {
        steps,
        no_route: gaps
            .iter()
            .zip(&open)
            .filter(|(_, open)| **open)
            .map(|(g, _)| gap_ref(g))
            .collect(),
    };
    (plan, work + queue.work)
}

#[cfg(test)]
mod tests {
    use super::{Candidate, GapRef, Plan, PlanStep, candidates, gap_ref, plan, plan_counting_work};
    use crate::assessment::Level;
    use crate::gap::{GapStatus, ItemGap};
    use crate::profile::{DevelopmentComponent, Profile, Qualification};
    /// The plain greedy cover, rescanning every open gap against every
    /// candidate at each step: cubic, kept to prove the lazy one equal.
    fn reference(profile: &Profile, items: &[ItemGap], explain: bool) -> Plan {
        let gaps: Vec<&ItemGap> = items
            .iter()
            .filter(|i| i.status == GapStatus::Gap)
            .collect();
        let candidates = candidates(profile);
        let mut open: Vec<&ItemGap> = gaps.clone();
        let mut taken = vec![false; candidates.len()];
        let mut steps = Vec::new();
        let gain = |c: &Candidate, open: &[&ItemGap]| -> u32 {
            open.iter()
                .filter(|g| c.develops.contains(&g.id))
                .map(|g| u32::from(g.gap))
                .sum()
        };
        loop {
            // Strictly greater wins, so ties go to the first in profile order.
            let mut best: Option<(usize, u32)> = None;
            let mut runner_up: Option<(usize, u32)> = None;
            for (index, candidate) in candidates.iter().enumerate() {
                if taken[index] {
                    continue;
                }
                let value = gain(candidate, &open);
                if best.is_none_or(|(_, b)| value > b) {
                    runner_up = best;
                    best = Some((index, value));
                } else if runner_up.is_none_or(|(_, r)| value > r) {
                    runner_up = Some((index, value));
                }
            }
            let Some((index, new_steps)) = best.filter(|(_, value)| *value > 0) else {
                break;
            };
            taken[index] = true;
            let chosen = &candidates[index];
            let closes: Vec<GapRef> = open
                .iter()
                .filter(|g| chosen.develops.contains(&g.id))
                .map(|g| gap_ref(g))
                .collect();
            let explanation = explain.then(|| {
                let next = match runner_up.filter(|(_, v)| *v > 0) {
                    Some((i, v)) if v == new_steps => format!(
                        "; {} would close as many, but comes later in the profile",
                        candidates[i].title
                    ),
                    Some((i, v)) => {
                        format!("; the next best, {}, would close {v}", candidates[i].title)
                    }
                    None => String::new(),
                };
                format!(
                    "closes {new_steps} of the gap steps still open ({}){next}",
                    closes
                        .iter()
                        .map(|g| g.title.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
            open.retain(|g| !chosen.develops.contains(&g.id));
            steps.push(PlanStep {
                rank: steps.len() + 1,
                id: chosen.id.to_owned(),
                title: chosen.title.to_owned(),
                kind: chosen.kind,
                addresses: gaps
                    .iter()
                    .filter(|g| chosen.develops.contains(&g.id))
                    .map(|g| gap_ref(g))
                    .collect(),
                closes,
                new_steps,
                explanation,
            });
        }
        Plan {
            steps,
            no_route: open.iter().map(|g| gap_ref(g)).collect(),
        }
    }

    use crate::gap::analyse;
    use crate::gap::tests::{assessment, profile};
    use crate::profile::Depth;

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
}
