//! Building the plan: each component's reach over the gaps it develops,
//! the actions in priority order, experience at work for what no
//! component reaches, and the cycle's cut.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use super::{Action, ComponentKind, Cycle, GapRef, Move, Plan, Recognition, Support, ops, reach};
use crate::gap::{GapStatus, ItemGap, LevelValue};
use crate::profile::model::{Cap, QualificationKind};
use crate::profile::{Category, LevelTexts, Profile, RatedItem, Section, Voice};

mod compat;

/// One gap, with what the plan needs to know of its item.
struct Gap<'g, 'p> {
    item: &'g ItemGap,
    rated: RatedItem<'p>,
    current: u8,
    required: u8,
    core: bool,
}

/// A development component that builds skills (a registration builds
/// none).
pub(crate) struct Candidate<'p> {
    pub id: &'p str,
    pub title: &'p str,
    pub kind: ComponentKind,
    pub develops: &'p [String],
    pub reach: Option<Cap>,
    /// Its place in the profile: training, then activities, then
    /// qualifications.
    pub order: usize,
}

/// The profile's components that build skills, in profile order.
pub(crate) fn candidates(profile: &Profile) -> Vec<Candidate<'_>> {
    let components = profile
        .training
        .iter()
        .map(|c| (c, ComponentKind::Training))
        .chain(
            profile
                .development_activities
                .iter()
                .map(|c| (c, ComponentKind::DevelopmentActivity)),
        )
        .map(|(c, kind)| (c.id.as_str(), c.title.as_str(), kind, &c.develops, c.reach));
    let qualifications = profile
        .qualifications
        .iter()
        .filter(|q| q.kind == QualificationKind::Qualification)
        .map(|q| {
            (
                q.id.as_str(),
                q.title.as_str(),
                ComponentKind::Qualification,
                &q.develops,
                q.reach,
            )
        });
    components
        .chain(qualifications)
        .enumerate()
        .map(|(order, (id, title, kind, develops, reach))| Candidate {
            id,
            title,
            kind,
            develops,
            reach,
            order,
        })
        .collect()
}

/// Characters of a title in the plan's references to it (an item's in
/// each component that develops it, a component's in each gap it
/// supports): a long title would otherwise be copied once per link.
const REFERENCE_TITLE_CHARS: usize = 120;

fn short_title(title: &str) -> String {
    crate::document::excerpt_of(title, REFERENCE_TITLE_CHARS).into_owned()
}

fn gap_ref(item: &ItemGap) -> GapRef {
    GapRef {
        id: item.id.clone(),
        title: short_title(&item.title),
        gap: item.gap,
    }
}

/// Where an action stands in the order, highest first: the role's core,
/// the largest gap it serves, how many it serves, the kind (experience
/// first), then profile order (earlier first).
type Key = (bool, u8, usize, u8, Reverse<usize>);

/// Plans the actions that address the gaps among `items`. Each gap is in
/// one action: a component's, when one component takes it all the way
/// within its reach; else experience at work, with the components that
/// take it part of the way as its support. So no item moves through two
/// actions, and what each action says it moves is what it does.
#[must_use]
pub fn plan(profile: &Profile, items: &[ItemGap], cycle: &Cycle<'_>) -> Plan {
    let rated = profile.rated_items();
    let gaps = gaps_of(&rated, items);
    let mut index: HashMap<&str, usize> = HashMap::new();
    ops::visit(gaps.len());
    for (at, gap) in gaps.iter().enumerate() {
        index.entry(gap.item.id.as_str()).or_insert(at);
    }
    let candidates = candidates(profile);
    ops::visit(candidates.len());
    let reaches: Vec<Vec<(usize, u8)>> = candidates
        .iter()
        .map(|c| reach_of(profile, c, &gaps, &index))
        .collect();
    let owner = owners(&candidates, &reaches, &gaps);
    let mut actions: Vec<(Key, Action)> = Vec::new();
    for (c, candidate) in candidates.iter().enumerate() {
        ops::visit(1 + reaches[c].len());
        let moves: Vec<Move> = reaches[c]
            .iter()
            .filter(|(g, _)| owner[*g] == Some(c))
            .map(|&(g, _)| movement(&gaps[g], gaps[g].current, gaps[g].required, cycle.texts))
            .collect();
        if !moves.is_empty() {
            actions.push(action(
                candidate.kind,
                candidate.id,
                candidate.title,
                candidate.order,
                moves,
                &gaps,
                &index,
            ));
        }
    }
    let components = actions.len();
    // What no one component takes all the way: experience at work, one
    // action an item, with the components that help on the way.
    // Who helps on the way to each gap, gathered in one pass over the
    // links (not a search of every component for every gap).
    let mut helpers: Vec<Vec<(usize, u8)>> = vec![Vec::new(); gaps.len()];
    for (c, reach) in reaches.iter().enumerate() {
        ops::visit(1 + reach.len());
        for &(g, to) in reach {
            helpers[g].push((c, to));
        }
    }
    for (g, gap) in gaps.iter().enumerate() {
        ops::visit(1);
        if owner[g].is_some() {
            continue;
        }
        ops::visit(helpers[g].len());
        let mut support: Vec<Support> = helpers[g]
            .iter()
            .map(|&(c, to)| Support {
                id: candidates[c].id.to_owned(),
                title: short_title(candidates[c].title),
                kind: candidates[c].kind,
                to: LevelValue {
                    step: to,
                    label: gap.rated.scale.label(to),
                },
            })
            .collect();
        ops::sort(support.len());
        support.sort_by_key(|s| Reverse((s.to.step, s.kind.preference())));
        let moves = vec![movement(gap, gap.current, gap.required, cycle.texts)];
        let (key, mut experience) = action(
            ComponentKind::Experience,
            &gap.item.id,
            &gap.item.title,
            candidates.len() + gap.item.position,
            moves,
            &gaps,
            &index,
        );
        experience.title = short_title(&gap.item.title);
        experience.support = support;
        actions.push((key, experience));
    }
    let (actions, later) = into_cycle(actions, cycle);
    let steps = compat::old_steps(&actions, &later, &gaps, &index);
    Plan {
        review_by: (!actions.is_empty()).then_some(cycle.review_by),
        recognition: recognition(profile, items),
        editorial_links: components > 0
            || actions.iter().chain(&later).any(|a| !a.support.is_empty()),
        no_route: no_route(&gaps, &candidates),
        steps,
        actions,
        later,
    }
}

/// The gaps no component develops, even part of the way: the ids all
/// components develop gathered once, not searched again for each gap.
fn no_route(gaps: &[Gap<'_, '_>], candidates: &[Candidate<'_>]) -> Vec<GapRef> {
    let developed: HashSet<&str> = candidates
        .iter()
        .flat_map(|c| {
            ops::visit(1 + c.develops.len());
            c.develops.iter().map(String::as_str)
        })
        .collect();
    ops::visit(gaps.len());
    gaps.iter()
        .filter(|g| !developed.contains(g.item.id.as_str()))
        .map(|g| gap_ref(g.item))
        .collect()
}

/// An action over `moves`, with its place in the order: the role's core,
/// the largest gap it closes, how many it closes, the kind (experience
/// first), then profile order.
fn action(
    kind: ComponentKind,
    id: &str,
    title: &str,
    order: usize,
    moves: Vec<Move>,
    gaps: &[Gap<'_, '_>],
    index: &HashMap<&str, usize>,
) -> (Key, Action) {
    let gap_of = |m: &Move| index.get(m.id.as_str()).map(|&g| &gaps[g]);
    let core = moves.iter().filter_map(gap_of).any(|g| g.core);
    let largest = moves
        .iter()
        .map(|m| m.to.step.saturating_sub(m.from.step))
        .max()
        .unwrap_or(0);
    let key = (
        core,
        largest,
        moves.len(),
        kind.preference(),
        Reverse(order),
    );
    (
        key,
        Action {
            rank: 0,
            kind,
            id: id.to_owned(),
            title: title.to_owned(),
            core,
            moves,
            support: Vec::new(),
            due: None,
            explanation: None,
        },
    )
}

/// For each gap `candidate` develops (each once): how far it takes it
/// from where the person is, within its reach (a course one step); only
/// the gaps it moves at all.
fn reach_of(
    profile: &Profile,
    candidate: &Candidate<'_>,
    gaps: &[Gap<'_, '_>],
    index: &HashMap<&str, usize>,
) -> Vec<(usize, u8)> {
    ops::visit(candidate.develops.len());
    let mut served: Vec<usize> = candidate
        .develops
        .iter()
        .filter_map(|id| index.get(id.as_str()).copied())
        .collect();
    ops::sort(served.len());
    served.sort_unstable();
    served.dedup();
    served
        .into_iter()
        .filter_map(|g| {
            let gap = &gaps[g];
            let cap = reach::cap(
                candidate.kind,
                gap.rated.scale,
                profile.reach.as_ref(),
                candidate.reach,
            );
            let mut to = gap.required.min(cap);
            if reach::one_step(candidate.kind) {
                to = to.min(gap.current.saturating_add(1));
            }
            (to > gap.current).then_some((g, to))
        })
        .collect()
}

/// Which component's action each gap is in: of the components that take
/// it all the way, the first in order of (serves the core, how many gaps
/// it takes all the way, the kind: activities before courses, profile
/// order); none when no one component does (experience at work).
fn owners(
    candidates: &[Candidate<'_>],
    reaches: &[Vec<(usize, u8)>],
    gaps: &[Gap<'_, '_>],
) -> Vec<Option<usize>> {
    let closes = |c: usize| {
        ops::visit(reaches[c].len());
        reaches[c]
            .iter()
            .filter(|&&(g, to)| to >= gaps[g].required)
            .map(|&(g, _)| g)
    };
    let mut order: Vec<(bool, usize, u8, Reverse<usize>, usize)> = (0..candidates.len())
        .map(|c| {
            (
                closes(c).any(|g| gaps[g].core),
                closes(c).count(),
                candidates[c].kind.preference(),
                Reverse(candidates[c].order),
                c,
            )
        })
        .collect();
    ops::sort(order.len());
    order.sort_by_key(|entry| Reverse(*entry));
    let mut owner = vec![None; gaps.len()];
    for (.., c) in order {
        for g in closes(c) {
            owner[g].get_or_insert(c);
        }
    }
    owner
}

/// The gaps among `items`, each with its rated item and whether it is the
/// role's core: an organisation skill, or a knowledge or skill at the
/// profile's highest required depth.
fn gaps_of<'g, 'p>(rated: &[RatedItem<'p>], items: &'g [ItemGap]) -> Vec<Gap<'g, 'p>> {
    ops::visit(rated.len() + items.len());
    let by_id: HashMap<&str, &RatedItem<'p>> = rated.iter().map(|r| (r.id, r)).collect();
    let deepest = items
        .iter()
        .filter(|i| i.section == Section::KnowledgeSkills)
        .filter_map(|i| i.required.as_ref().map(|r| r.step))
        .max();
    items
        .iter()
        .filter(|i| i.status == GapStatus::Gap)
        .filter_map(|item| {
            let rated = **by_id.get(item.id.as_str())?;
            let required = item.required.as_ref()?.step;
            Some(Gap {
                item,
                rated,
                current: item.current.as_ref().map_or(0, |c| c.step),
                required,
                core: item.category == Category::Organisation
                    || (item.section == Section::KnowledgeSkills && Some(required) == deepest),
            })
        })
        .collect()
}

/// The actions in priority order, ranked; the first `max_actions` due at
/// the review, the rest later.
fn into_cycle(mut actions: Vec<(Key, Action)>, cycle: &Cycle<'_>) -> (Vec<Action>, Vec<Action>) {
    ops::sort(actions.len());
    actions.sort_by_key(|(key, _)| Reverse(*key));
    let mut all: Vec<Action> = Vec::with_capacity(actions.len());
    for (rank, (key, mut action)) in actions.into_iter().enumerate() {
        let this_cycle = rank < cycle.max_actions;
        action.rank = rank + 1;
        if this_cycle {
            action.due = Some(cycle.review_by);
        }
        if cycle.explain {
            action.explanation = Some(explain(&action, key, this_cycle));
        }
        all.push(action);
    }
    let later = all.split_off(all.len().min(cycle.max_actions));
    (all, later)
}

/// One item moved from `from` to `to`, with what `to` means for it.
fn movement(gap: &Gap<'_, '_>, from: u8, to: u8, texts: &dyn LevelTexts) -> Move {
    let scale = gap.rated.scale;
    let level = |step: u8| LevelValue {
        step,
        label: scale.label(step),
    };
    Move {
        id: gap.item.id.clone(),
        title: short_title(&gap.item.title),
        from: level(from),
        to: level(to),
        required: level(gap.required),
        done_when: done_when(&gap.rated, to, texts),
    }
}

/// What `step` means for `item`: its own level text, else the framework's
/// for the DDaT skill it is, else the scale's.
fn done_when(item: &RatedItem<'_>, step: u8, texts: &dyn LevelTexts) -> Option<String> {
    let at = usize::from(step.checked_sub(1)?);
    // The required level's own text, as the profile words it, first.
    // Marked, as `show` marks it, where the source page cut it off.
    let required = item
        .level_description
        .filter(|_| item.required == Some(step))
        .map(|text| {
            if item.level_description_cut_off {
                format!("{text} […]")
            } else {
                text.to_owned()
            }
        });
    let own = required
        .filter(|t| !t.trim().is_empty())
        .or_else(|| item.level_descriptions.get(at).cloned());
    let framework = || {
        item.ddat_id
            .and_then(|id| texts.level_texts(id))
            .and_then(|texts| texts.get(at).cloned())
    };
    own.filter(|t| !t.trim().is_empty())
        .or_else(|| framework().filter(|t| !t.trim().is_empty()))
        .or_else(|| Some(item.scale.meaning(step, Voice::You)).filter(|t| !t.is_empty()))
}

/// Why an action is where it is.
fn explain(action: &Action, key: Key, this_cycle: bool) -> String {
    let (core, largest, served, ..) = key;
    let core = if core {
        "serves the role's core (an organisation skill, or an item at the profile's highest required depth)"
    } else {
        "serves no core item"
    };
    let kind = match action.kind {
        ComponentKind::Experience => {
            "experience at work, the route beyond what the profile's components reach, comes before activities and courses that serve as much"
        }
        ComponentKind::DevelopmentActivity => "an activity comes before courses that serve as much",
        ComponentKind::Training | ComponentKind::Qualification => {
            "a course or qualification comes after experience and activities that serve as much"
        }
    };
    let cycle = if this_cycle {
        "within --max-actions: this cycle"
    } else {
        "past --max-actions: later"
    };
    format!(
        "{core}; its largest gap is {}; it serves {}; {kind}; {cycle}",
        crate::text::plural(usize::from(largest), "step"),
        crate::text::plural(served, "gap"),
    ) + &format!(
        "; it moves {}",
        crate::text::plural(action.steps() as usize, "step")
    )
}

/// Registrations, each with the rated items it recognises.
fn recognition(profile: &Profile, items: &[ItemGap]) -> Vec<Recognition> {
    ops::visit(items.len() + profile.qualifications.len());
    let by_id: HashMap<&str, &ItemGap> = items.iter().map(|i| (i.id.as_str(), i)).collect();
    profile
        .qualifications
        .iter()
        .filter(|q| q.kind == QualificationKind::Registration)
        .inspect(|q| ops::visit(q.develops.len()))
        .map(|q| Recognition {
            id: q.id.clone(),
            title: q.title.clone(),
            recognises: q
                .develops
                .iter()
                .filter_map(|id| by_id.get(id.as_str()).map(|i| gap_ref(i)))
                .collect(),
        })
        .collect()
}
