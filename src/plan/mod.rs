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
mod reference;
#[cfg(test)]
mod tests;
