//! The team's training needs: the development components ranked by how
//! many people they help and how many gaps they move, within each kind's
//! reach (SPEC §5, §10).

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::{Cell, Member, TrainingNeed};
use crate::profile::Profile;

/// Ranks development components by people helped, then the gaps they
/// move (within their reach: a course does not take anyone to
/// Practitioner), then steps moved, then profile order. A person's gap on
/// an item is the largest among their counted assessments.
pub(super) fn needs(
    profile: &Profile,
    members: &[Member],
    people: &[(&str, Vec<usize>)],
) -> Vec<TrainingNeed> {
    let rated = profile.rated_items();
    let index_of: BTreeMap<&str, usize> = rated
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id, i))
        .collect();
    // A registration recognises skills; it builds none (SPEC §10).
    let components = crate::plan::candidates(profile);
    let mut ranked: Vec<(usize, TrainingNeed)> = components
        .par_iter()
        .enumerate()
        .filter_map(|(order, component)| {
            // Each item it develops, with how far it takes a skill there
            // (SPEC §10: a course about one step, up to half the scale).
            let items: Vec<(usize, u8)> = component
                .develops
                .iter()
                .filter_map(|d| index_of.get(d.as_str()).copied())
                .map(|item| {
                    let cap = crate::plan::reach::cap(
                        component.kind,
                        rated[item].scale,
                        profile.reach.as_ref(),
                        component.reach,
                    );
                    (item, cap)
                })
                .collect();
            let one_step = crate::plan::reach::one_step(component.kind);
            // How far it takes `cell`'s gap, within its reach.
            let moves = |cell: &Cell, cap: u8| -> u32 {
                let (Some(current), true) = (cell.current, cell.gap > 0) else {
                    return 0;
                };
                let mut to = current.saturating_add(cell.gap).min(cap);
                if one_step {
                    to = to.min(current.saturating_add(1));
                }
                u32::from(to.saturating_sub(current))
            };
            let mut helped = Vec::new();
            let (mut steps, mut count) = (0u32, 0usize);
            for (name, indexes) in people {
                let each: Vec<u32> = items
                    .iter()
                    .map(|&(item, cap)| {
                        indexes
                            .iter()
                            .map(|&m| moves(&members[m].cells[item], cap))
                            .max()
                            .unwrap_or(0)
                    })
                    .filter(|&gap| gap > 0)
                    .collect();
                if !each.is_empty() {
                    helped.push((*name).to_owned());
                    steps += each.iter().sum::<u32>();
                    count += each.len();
                }
            }
            let (id, title, kind) = (component.id, component.title, component.kind);
            (!helped.is_empty()).then(|| {
                (
                    order,
                    TrainingNeed {
                        rank: 0,
                        id: id.to_owned(),
                        title: title.to_owned(),
                        kind,
                        people: helped,
                        gaps: count,
                        gap_steps: steps,
                    },
                )
            })
        })
        .collect();
    ranked.sort_by(|(a_order, a), (b_order, b)| {
        b.people
            .len()
            .cmp(&a.people.len())
            .then(b.gaps.cmp(&a.gaps))
            .then(b.gap_steps.cmp(&a.gap_steps))
            .then(a_order.cmp(b_order))
    });
    ranked
        .into_iter()
        .enumerate()
        .map(|(i, (_, need))| TrainingNeed {
            rank: i + 1,
            ..need
        })
        .collect()
}
