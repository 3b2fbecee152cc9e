//! `team --by-role` (SPEC §5, §9): everyone on one role's ladder in one
//! matrix. Each person is measured against their own level, as `team`
//! measures them; here their standings are laid out on the skills of every
//! level present, matched by shared skill ids, so coverage and single
//! points of failure count the whole role's team instead of sections of
//! one or two people.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::{Cell, Member, ProfileTeam};
use crate::assessment::several::{self, Refused};
use crate::gap::{GapStatus, LevelValue};
use crate::profile::Profile;
use crate::profile::model::{DevelopmentComponent, Qualification};

/// One level of the role present in the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleLevel {
    /// The level's profile id.
    pub id: String,
    pub title: String,
    /// The level's name without the words every level present shares:
    /// "Senior", "Lead", "Lead management".
    pub label: String,
}

/// What one level present asks of one item it rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelRequirement {
    /// The level's profile id.
    pub level: String,
    /// None: the level rates the item without requiring a level of it.
    pub required: Option<LevelValue>,
}

/// Everyone on one role's ladder, laid out on the skills of the levels
/// present.
#[derive(Debug)]
pub struct RoleGroup {
    pub role: String,
    /// The levels present, lowest first.
    pub levels: Vec<RoleLevel>,
    /// The skills of the levels present, each once (a shared skill under
    /// its DDaT id, required at the highest level any of them asks), with
    /// their development components.
    pub profile: Profile,
    /// Each with their cells laid out on `profile`'s items.
    pub members: Vec<Member>,
    /// By item of `profile`, in order: each level present that rates it,
    /// and the step it requires.
    required_by: Vec<Vec<(String, Option<u8>)>>,
}

/// Members by the profile they are measured against.
type Groups<'p> = Vec<(&'p Profile, Vec<Member>)>;

/// Members grouped by profile, regrouped by role: the roles (by name), the
/// profiles on no ladder as they were, and the roles whose levels could
/// not be joined (with why; their profiles are kept as they were).
#[derive(Debug)]
pub struct Regrouped<'p> {
    pub roles: Vec<RoleGroup>,
    pub alone: Vec<(&'p Profile, Vec<Member>)>,
    pub refused: Vec<(String, Refused)>,
}

/// Puts the members of every profile on a role's ladder into one group per
/// role.
#[must_use]
pub fn regroup(groups: Vec<(&Profile, Vec<Member>)>) -> Regrouped<'_> {
    // By the role's slug: one role spelled in another case, or with other
    // spaces, is the same role (named as its first profile names it).
    let mut by_role: BTreeMap<String, (String, Groups<'_>)> = BTreeMap::new();
    let mut alone = Vec::new();
    for (profile, members) in groups {
        match (&profile.role, profile.ladder) {
            (Some(role), Some(_)) => by_role
                .entry(crate::profile::slug::slugify(role))
                .or_insert_with(|| (role.clone(), Vec::new()))
                .1
                .push((profile, members)),
            _ => alone.push((profile, members)),
        }
    }
    let mut roles = Vec::new();
    let mut refused = Vec::new();
    for (role, mut levels) in by_role.into_values() {
        levels.sort_by_key(|(p, _)| (p.ladder.map(|l| (l.rank, l.track)), p.id.clone()));
        match join(&role, &levels.iter().map(|(p, _)| *p).collect::<Vec<_>>()) {
            Ok(mut group) => {
                let index: HashMap<String, usize> = group
                    .profile
                    .rated_items()
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (item.id.to_owned(), i))
                    .collect();
                for (profile, members) in levels {
                    for member in members {
                        group.members.push(laid_out(member, profile, &index));
                    }
                }
                roles.push(group);
            }
            Err(why) => {
                refused.push((role, why));
                alone.extend(levels);
            }
        }
    }
    Regrouped {
        roles,
        alone,
        refused,
    }
}

/// The levels' skills as one profile, with each level's requirements and
/// the development components of them all.
fn join(role: &str, levels: &[&Profile]) -> Result<RoleGroup, Refused> {
    let owned: Vec<Profile> = levels.iter().map(|&p| p.clone()).collect();
    let joined = several::union(&owned)?;
    let labels = several::labels(&owned);
    let mut profile = joined.profile;
    profile.id = crate::profile::slug::slugify(role);
    role.clone_into(&mut profile.title);
    // The attribution of the first level that has one.
    profile.source = owned
        .iter()
        .find_map(|p| p.source.clone().filter(|s| s.licence.is_some()))
        .or_else(|| owned.iter().find_map(|p| p.source.clone()));
    // Each level's components, each once, developing the joined items.
    let mut seen: HashSet<String> = HashSet::new();
    for level in &owned {
        let keys = keys(level);
        let rekey = |develops: &[String]| -> Vec<String> {
            develops
                .iter()
                .map(|d| {
                    keys.get(d.as_str())
                        .map_or_else(|| d.clone(), |k| (*k).to_owned())
                })
                .collect()
        };
        let mut add = |into: &mut Vec<DevelopmentComponent>, from: &[DevelopmentComponent]| {
            for component in from {
                if seen.insert(component.id.clone()) {
                    into.push(DevelopmentComponent {
                        develops: rekey(&component.develops),
                        ..component.clone()
                    });
                }
            }
        };
        add(&mut profile.training, &level.training);
        add(
            &mut profile.development_activities,
            &level.development_activities,
        );
        for qualification in &level.qualifications {
            if seen.insert(qualification.id.clone()) {
                profile.qualifications.push(Qualification {
                    develops: rekey(&qualification.develops),
                    ..qualification.clone()
                });
            }
        }
    }
    let required_by = profile
        .rated_items()
        .iter()
        .map(|item| {
            owned
                .iter()
                .filter_map(|level| {
                    let keys = keys(level);
                    level
                        .rated_items()
                        .iter()
                        .find(|own| keys.get(own.id) == Some(&item.id))
                        .map(|own| (level.id.clone(), own.required))
                })
                .collect()
        })
        .collect();
    Ok(RoleGroup {
        role: role.to_owned(),
        levels: owned
            .iter()
            .map(|p| RoleLevel {
                id: p.id.clone(),
                title: p.title.clone(),
                label: labels[&p.id].clone(),
            })
            .collect(),
        profile,
        members: Vec::new(),
        required_by,
    })
}

/// Each rated item of `profile` by id: the id it has among the joined
/// items (its DDaT skill's, when it is one on the DDaT scale, as
/// [`several::union`] keys it).
fn keys(profile: &Profile) -> HashMap<&str, &str> {
    let ddat = profile.organisation_scale.is_default();
    profile
        .knowledge_skills
        .iter()
        .map(|s| (s.id.as_str(), s.id.as_str()))
        .chain(profile.organisation_skills.iter().map(|s| {
            let key = if ddat { s.ddat_id() } else { None };
            (s.id.as_str(), key.unwrap_or(&s.id))
        }))
        .collect()
}

/// `member`, measured against `own`, with its cells (and evidence) moved
/// to the joined items; an item `own` does not rate is not rated and has
/// no requirement for them.
fn laid_out(mut member: Member, own: &Profile, index: &HashMap<String, usize>) -> Member {
    let blank = Cell {
        current: None,
        status: GapStatus::NoRequirement,
        gap: 0,
    };
    let mut cells = vec![blank; index.len()];
    let mut evidence = if member.evidence.is_empty() {
        Vec::new()
    } else {
        vec![None; index.len()]
    };
    let keys = keys(own);
    for (position, item) in own.rated_items().iter().enumerate() {
        let Some(&at) = keys.get(item.id).and_then(|key| index.get(*key)) else {
            continue;
        };
        cells[at] = member.cells[position];
        if let Some(slot) = evidence.get_mut(at) {
            *slot = member.evidence.get(position).cloned().flatten();
        }
    }
    member.cells = cells;
    member.evidence = evidence;
    member.level = Some(own.id.clone());
    member
}

impl RoleGroup {
    /// Marks `team` (made from this group's profile and members) as the
    /// role's: its levels, and what each level asks of each item.
    pub fn mark(&self, team: &mut ProfileTeam) {
        team.role = Some(self.role.clone());
        team.levels.clone_from(&self.levels);
        for (item, required) in team.items.iter_mut().zip(&self.required_by) {
            item.required_by = required
                .iter()
                .map(|(level, step)| LevelRequirement {
                    level: level.clone(),
                    required: step.map(|step| LevelValue {
                        step,
                        label: item
                            .level_labels
                            .get(usize::from(step))
                            .cloned()
                            .unwrap_or_else(|| step.to_string()),
                    }),
                })
                .collect();
        }
    }
}

impl ProfileTeam {
    /// With `--by-role`: the label of `member`'s level ("Senior").
    #[must_use]
    pub fn level_label(&self, member: &Member) -> Option<&str> {
        let id = member.level.as_deref()?;
        self.levels
            .iter()
            .find(|level| level.id == id)
            .map(|level| level.label.as_str())
    }
}

impl super::TeamItem {
    /// With `--by-role`: the lowest and the highest step the levels
    /// present ask of the item, when they differ.
    #[must_use]
    pub fn required_span(&self) -> Option<(u8, u8)> {
        let steps = self
            .required_by
            .iter()
            .filter_map(|r| r.required.as_ref().map(|v| v.step));
        let (low, high) = (steps.clone().min()?, steps.max()?);
        (low != high).then_some((low, high))
    }

    /// What `member`'s own level asks of the item: with `--by-role`, their
    /// level's requirement (none when it does not ask it); else the item's.
    #[must_use]
    pub fn required_of(&self, member: &Member) -> Option<&LevelValue> {
        match &member.level {
            Some(level) => self
                .required_by
                .iter()
                .find(|r| &r.level == level)
                .and_then(|r| r.required.as_ref()),
            _ => self.required.as_ref(),
        }
    }

    /// Whether `member` was asked the item: with `--by-role`, an item
    /// their level does not rate was not (and is not "not rated").
    #[must_use]
    pub fn asked(&self, member: &Member) -> bool {
        member
            .level
            .as_ref()
            .is_none_or(|level| self.required_by.iter().any(|r| &r.level == level))
    }
}

#[cfg(test)]
#[path = "by_role_tests.rs"]
mod tests;
