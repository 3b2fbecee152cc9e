//! The order of a role's levels (SPEC §9), which the data does not hold:
//! its rank on the role's ladder and its track.
//!
//! - **Names rule where they settle it.** apprentice or trainee, then
//!   associate, junior, the plain level name, senior, lead, principal, and
//!   head of. The plain name is the one the role's levels share without a
//!   prefix: the role's own name when a level has it, else the most common
//!   one. So "DevOps engineer" is the plain level of "Development
//!   operations (DevOps) engineer". A prefix counts only on the plain name;
//!   "head of" always heads the ladder.
//! - **Required levels decide the rest.** A level whose name is of another
//!   kind ("Major incident manager", "Senior service desk analyst" beside
//!   "Service desk manager") goes after the last level placed by its name
//!   that requires no more than it does, by the sum of its required levels.
//! - **Tracks:** a name ending in "- management" is on the management
//!   track, at the rank of its technical twin. Ranks may tie.
//!
//! It orders and reports; it must not change what a level requires.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::RoleRow;

pub use crate::profile::model::Track;

/// What placed a level on its ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlacedBy {
    /// Its name (a known prefix, or the plain level name).
    Name,
    /// The sum of its required levels, its name being of another kind.
    Requirements,
    /// [`OVERRIDES`]: a person who knows the framework said where.
    Table,
}

/// Where a level goes when [`OVERRIDES`] places it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// At the same rank as this level of the role.
    With(&'static str),
    /// Just above this level of the role (and below the next).
    Above(&'static str),
}

/// One level placed by hand, over what its name and requirements say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Override {
    pub role: &'static str,
    pub level: &'static str,
    pub place: Place,
}

/// Levels whose place on their ladder a person who knows the framework
/// has set, over both names and requirements (SPEC §9). Empty: every
/// ladder of the framework as published orders as names and requirements
/// say (see the snapshot of every ladder); an entry here is for a reviewer
/// who finds one that does not, with the reason beside it.
pub const OVERRIDES: &[Override] = &[];

/// One level of a role, in ladder order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rung {
    pub level: String,
    /// 1 for the first rank; levels may share a rank.
    pub rank: u32,
    pub track: Track,
    pub placed_by: PlacedBy,
    /// How many of its skills it requires at each of Awareness, Working,
    /// Practitioner and Expert.
    pub required: [u32; 4],
}

impl Rung {
    /// The sum of its required levels (Awareness 1 … Expert 4).
    #[must_use]
    pub fn required_sum(&self) -> u32 {
        self.required
            .iter()
            .zip(1..)
            .map(|(count, step)| count * step)
            .sum()
    }
}

/// One role's levels in ladder order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ladder {
    pub family: String,
    pub role: String,
    pub rungs: Vec<Rung>,
}

/// A step up a ladder that requires less than the step below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Descent {
    pub role: String,
    pub from: String,
    pub to: String,
    pub from_sum: u32,
    pub to_sum: u32,
}

/// The rank a name's first words give, and the name without them.
fn name_rank(level: &str) -> (Option<u32>, String) {
    const PREFIXES: [(&str, u32); 8] = [
        ("apprentice ", 0),
        ("trainee ", 0),
        ("associate ", 1),
        ("junior ", 2),
        ("senior ", 4),
        ("lead ", 5),
        ("principal ", 6),
        ("head of ", 7),
    ];
    let lower = level.to_lowercase();
    for (prefix, rank) in PREFIXES {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return (Some(rank), rest.to_owned());
        }
    }
    (None, lower)
}

/// The track a name says, and the name without its track suffix.
fn track_of(level: &str) -> (Track, &str) {
    for suffix in [" - management", " – management"] {
        if let Some(rest) = level.strip_suffix(suffix) {
            return (Track::Management, rest);
        }
    }
    (Track::Technical, level)
}

/// Every role's ladder, in role order, and the steps up that require less.
#[must_use]
pub fn ladders(rows: &[RoleRow]) -> (Vec<Ladder>, Vec<Descent>) {
    ladders_with(rows, OVERRIDES)
}

/// [`ladders`] with `overrides` for [`OVERRIDES`].
#[must_use]
pub fn ladders_with(rows: &[RoleRow], overrides: &[Override]) -> (Vec<Ladder>, Vec<Descent>) {
    // Role → level → required counts, for the levels in use.
    let mut roles: BTreeMap<(String, String), BTreeMap<String, [u32; 4]>> = BTreeMap::new();
    for row in rows {
        let Some(step) = row.skill_level.step() else {
            continue;
        };
        let counts = roles
            .entry((row.family.clone(), row.role.clone()))
            .or_default()
            .entry(row.level.clone())
            .or_default();
        counts[usize::from(step - 1)] += 1;
    }
    let mut ladders = Vec::new();
    let mut descents = Vec::new();
    for ((family, role), levels) in roles {
        let rungs = order(&role, &levels, overrides);
        descents.extend(descents_of(&role, &rungs));
        ladders.push(Ladder {
            family,
            role,
            rungs,
        });
    }
    (ladders, descents)
}

/// One role's levels ranked.
fn order(role: &str, levels: &BTreeMap<String, [u32; 4]>, overrides: &[Override]) -> Vec<Rung> {
    // Each level: its track, the rank its name gives, and its base name.
    let named: Vec<(&String, Track, Option<u32>, String)> = levels
        .keys()
        .map(|level| {
            let (track, untracked) = track_of(level);
            let (rank, base) = name_rank(untracked);
            (level, track, rank, base)
        })
        .collect();
    let plain = plain_base(role, &named);
    let sum = |level: &str| -> u32 {
        levels[level]
            .iter()
            .zip(1..)
            .map(|(n, step)| n * step)
            .sum()
    };
    // Slots of the ladder, each a position: named levels at their name's
    // rank (plain 3), the others by what they require.
    let mut slots: Vec<(f64, &String, Track, PlacedBy)> = Vec::new();
    for (level, track, rank, base) in &named {
        // A prefix settles the rank only on the plain level's name ("Senior
        // service desk analyst" is not above "Service desk manager" by its
        // name); "head of" names a field, not the plain level, and always
        // heads the ladder.
        let rank = match rank {
            Some(7) => Some(7),
            Some(rank) if *base == plain => Some(*rank),
            None if *base == plain => Some(3),
            _ => None,
        };
        if let Some(rank) = rank {
            slots.push((f64::from(rank), level, *track, PlacedBy::Name));
        }
    }
    // The named levels by what they require, each with the highest
    // position of those requiring no more: one search per other level,
    // however many levels a role has.
    let mut settled: Vec<(u32, f64)> = slots
        .iter()
        .map(|(at, level, ..)| (sum(level), *at))
        .collect();
    settled.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut highest = -1.0_f64;
    for entry in &mut settled {
        highest = highest.max(entry.1);
        entry.1 = highest;
    }
    let placed: HashSet<&String> = slots.iter().map(|(_, level, ..)| *level).collect();
    let unplaced: Vec<(&String, Track)> = named
        .iter()
        .filter(|(level, ..)| !placed.contains(level))
        .map(|(level, track, ..)| (*level, *track))
        .collect();
    for (level, track) in unplaced {
        let own = sum(level);
        // After the highest named level that requires no more; before
        // every named level when none does.
        let below = match settled.partition_point(|(s, _)| *s <= own) {
            0 => -1.0,
            n => settled[n - 1].1,
        };
        // Halfway to the next named position, ordered among themselves by
        // what they require.
        let at = below + 0.5 + f64::from(own) / 1e6;
        slots.push((at, level, track, PlacedBy::Requirements));
    }
    for rule in overrides.iter().filter(|rule| rule.role == role) {
        let (Place::With(anchor) | Place::Above(anchor)) = rule.place;
        let at = slots
            .iter()
            .find(|slot| slot.1 == anchor)
            .map(|slot| slot.0);
        if let (Some(at), Some(slot)) = (at, slots.iter_mut().find(|slot| slot.1 == rule.level)) {
            slot.0 = match rule.place {
                Place::With(_) => at,
                // Between the anchor and anything placed half a step above.
                Place::Above(_) => at + 0.25,
            };
            slot.3 = PlacedBy::Table;
        }
    }
    slots.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
    let mut rungs = Vec::with_capacity(slots.len());
    let mut rank = 0;
    let mut last: Option<f64> = None;
    for (at, level, track, placed_by) in slots {
        if last != Some(at) {
            rank += 1;
            last = Some(at);
        }
        rungs.push(Rung {
            level: level.clone(),
            rank,
            track,
            placed_by,
            required: levels[level],
        });
    }
    rungs
}

/// The base name of the role's plain level: the role's own name when a
/// level has it, else the one most levels share (the first in name order
/// on a tie).
fn plain_base(role: &str, named: &[(&String, Track, Option<u32>, String)]) -> String {
    let role = role.to_lowercase();
    if named.iter().any(|(_, _, _, base)| *base == role) {
        return role;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, _, _, base) in named {
        *counts.entry(base.as_str()).or_default() += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    let mut bases: Vec<&str> = counts
        .into_iter()
        .filter(|(_, n)| *n == most)
        .map(|(base, _)| base)
        .collect();
    bases.sort_unstable();
    bases.first().map_or_else(String::new, |b| (*b).to_owned())
}

/// The steps up a ladder that require less than the step below. The
/// technical track is its technical levels; the management track takes a
/// management level where a rank has one, the technical level elsewhere.
fn descents_of(role: &str, rungs: &[Rung]) -> Vec<Descent> {
    let technical: Vec<&Rung> = rungs
        .iter()
        .filter(|r| r.track == Track::Technical)
        .collect();
    let managed: HashSet<u32> = rungs
        .iter()
        .filter(|m| m.track == Track::Management)
        .map(|m| m.rank)
        .collect();
    let management: Vec<&Rung> = rungs
        .iter()
        .filter(|r| r.track == Track::Management || !managed.contains(&r.rank))
        .collect();
    let mut found: Vec<Descent> = Vec::new();
    let mut known: HashSet<(&str, &str)> = HashSet::new();
    for track in [technical, management] {
        for pair in track.windows(2) {
            let (from, to) = (pair[0], pair[1]);
            if to.rank > from.rank
                && to.required_sum() < from.required_sum()
                && known.insert((from.level.as_str(), to.level.as_str()))
            {
                found.push(Descent {
                    role: role.to_owned(),
                    from: from.level.clone(),
                    to: to.level.clone(),
                    from_sum: from.required_sum(),
                    to_sum: to.required_sum(),
                });
            }
        }
    }
    found
}
