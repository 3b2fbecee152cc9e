//! The plain greedy cover, kept for the tests only: it rescans every open
//! gap against every candidate at each step (cubic), which is what the lazy
//! cover in `plan` replaced. The tests prove the two equal step for step.

use super::{Candidate, GapRef, Plan, PlanStep, candidates, gap_ref};
use crate::gap::{GapStatus, ItemGap};
use crate::profile::Profile;

/// The plain greedy cover, rescanning every open gap against every
/// candidate at each step: cubic, kept to prove the lazy one equal.
pub(super) fn reference(profile: &Profile, items: &[ItemGap], explain: bool) -> Plan {
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
