//! The plan's `steps`, the shape the component actions had before
//! experience at work and support, kept for one release.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::super::{Action, ComponentKind, GapRef, PlanStep, ops};
use super::{Gap, gap_ref};

/// The component actions in the shape `steps` had, for one release: each
/// with the gaps it moves as both `addresses` and `closes` (listing every
/// gap a component develops, as `addresses` did, copied each gap's title
/// once per component that develops it).
pub(super) fn old_steps(
    actions: &[Action],
    later: &[Action],
    gaps: &[Gap<'_, '_>],
    index: &HashMap<&str, usize>,
) -> Vec<PlanStep> {
    actions
        .iter()
        .chain(later)
        .filter(|a| a.kind != ComponentKind::Experience)
        .enumerate()
        .map(|(at, action)| {
            ops::visit(1 + action.moves.len());
            ops::sort(action.moves.len());
            let moved: Vec<GapRef> = action
                .moves
                .iter()
                .filter_map(|m| index.get(m.id.as_str()))
                .map(|&g| gap_ref(gaps[g].item))
                .collect();
            let mut addresses = moved.clone();
            addresses.sort_by_key(|g| Reverse(g.gap));
            PlanStep {
                rank: at + 1,
                id: action.id.clone(),
                title: action.title.clone(),
                kind: action.kind,
                addresses,
                closes: moved,
                new_steps: action.steps(),
                explanation: action.explanation.clone(),
            }
        })
        .collect()
}
