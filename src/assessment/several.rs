//! One sitting for several profiles (SPEC §4, §9): the skills they need,
//! each once, as one profile to ask. An organisation skill on the DDaT
//! scale is shared by its DDaT id; anything else belongs to its profile,
//! and two profiles with an unshared item of the same id are refused
//! (a coincidence of names never links two items).

use std::collections::HashMap;

use indexmap::IndexMap;

use crate::profile::{Profile, digest};

/// What may not be assessed in one sitting.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error(
        "`{0}` and `{1}` rate organisation skills on different scales; assess them one at a time"
    )]
    Scales(String, String),
    #[error(
        "`{first}` and `{second}` both have an item `{id}` that is not the same DDaT skill; assess them one at a time"
    )]
    SameId {
        id: String,
        first: String,
        second: String,
    },
}

/// Several profiles as one to ask.
#[derive(Debug, Clone, Default)]
pub struct Joined {
    /// The profiles' skills, each once.
    pub profile: Profile,
    /// By item id of `profile`: the level each profile requires, as the
    /// screen says it ("Senior: Practitioner · Lead: Expert").
    pub required_by: IndexMap<String, String>,
}

/// The profiles' skills, each once, as one profile whose id is the first
/// profile's: an organisation skill on the DDaT scale under its DDaT id,
/// required at the highest level any of them requires; and the level each
/// profile requires of each skill.
///
/// # Errors
/// The profiles rate on different organisation scales, or share an item id
/// that is not one DDaT skill.
pub fn union(profiles: &[Profile]) -> Result<Joined, Refused> {
    let Some(first) = profiles.first() else {
        return Ok(Joined::default());
    };
    let labels = labels(profiles);
    let mut joined = Profile {
        knowledge_skills: Vec::new(),
        organisation_skills: Vec::new(),
        training: Vec::new(),
        development_activities: Vec::new(),
        qualifications: Vec::new(),
        ladder: None,
        title: profiles
            .iter()
            .map(|p| p.title.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        ..first.clone()
    };
    let mut owner: HashMap<String, (String, bool)> = HashMap::new();
    let mut claim = |id: &str, profile: &Profile, shared: bool| match owner.get(id) {
        Some((other, both_shared)) if *other != profile.id && !(shared && *both_shared) => {
            Err(Refused::SameId {
                id: id.to_owned(),
                first: other.clone(),
                second: profile.id.clone(),
            })
        }
        Some(_) => Ok(false),
        None => {
            owner.insert(id.to_owned(), (profile.id.clone(), shared));
            Ok(true)
        }
    };
    let mut levels: IndexMap<String, Vec<(String, u8)>> = IndexMap::new();
    for profile in profiles {
        if !profile.organisation_skills.is_empty()
            && !first.organisation_skills.is_empty()
            && profile.organisation_scale != first.organisation_scale
        {
            return Err(Refused::Scales(first.id.clone(), profile.id.clone()));
        }
        for skill in &profile.knowledge_skills {
            if claim(&skill.id, profile, false)? {
                joined.knowledge_skills.push(skill.clone());
            }
        }
        let ddat = profile.organisation_scale.is_default();
        for skill in &profile.organisation_skills {
            let shared = ddat.then(|| skill.ddat_id()).flatten();
            let key = shared.unwrap_or(&skill.id).to_owned();
            if claim(&key, profile, shared.is_some())? {
                let mut asked = skill.clone();
                asked.ddat_skill = shared.filter(|k| *k != skill.id).map(str::to_owned);
                asked.id.clone_from(&key);
                asked.aliases.clear();
                joined.organisation_skills.push(asked);
            }
            levels
                .entry(key)
                .or_default()
                .push((labels[&profile.id].clone(), skill.level));
        }
    }
    let mut required_by = IndexMap::new();
    for skill in &mut joined.organisation_skills {
        let Some(required) = levels.get(&skill.id) else {
            continue;
        };
        skill.level = required
            .iter()
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(skill.level);
        // The levels are said one by one on the screen instead.
        skill.level_description.clear();
        let scale = &joined.organisation_scale;
        let each = required
            .iter()
            .map(|(who, n)| {
                let level = scale
                    .level(*n)
                    .map_or_else(|| n.to_string(), |(name, _)| name.to_owned());
                format!("{who}: {level}")
            })
            .collect::<Vec<_>>()
            .join(" · ");
        required_by.insert(skill.id.clone(), each);
    }
    Ok(Joined {
        profile: joined,
        required_by,
    })
}

/// How each profile is named beside the level it requires: its level on
/// its role's ladder (else its title), less the words every one of them
/// shares ("Senior DevOps engineer", "Lead DevOps engineer": "Senior",
/// "Lead").
pub(crate) fn labels(profiles: &[Profile]) -> HashMap<String, String> {
    let full = |p: &Profile| p.level.clone().unwrap_or_else(|| p.title.clone());
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let shared: Vec<String> = profiles.first().map_or_else(Vec::new, |first| {
        words(&full(first))
            .into_iter()
            .filter(|w| {
                profiles
                    .iter()
                    .all(|p| words(&full(p)).iter().any(|x| x.eq_ignore_ascii_case(w)))
            })
            .collect()
    });
    profiles
        .iter()
        .map(|p| {
            let own: Vec<String> = words(&full(p))
                .into_iter()
                .filter(|w| !shared.iter().any(|s| s.eq_ignore_ascii_case(w)))
                .collect();
            let label = if own.is_empty() {
                full(p)
            } else {
                own.join(" ")
            };
            (p.id.clone(), label)
        })
        .collect()
}

/// The ids and digests a file made for `profiles` records.
#[must_use]
pub fn recorded(profiles: &[Profile]) -> (Vec<String>, IndexMap<String, String>) {
    (
        profiles.iter().map(|p| p.id.clone()).collect(),
        profiles.iter().map(|p| (p.id.clone(), digest(p))).collect(),
    )
}

#[cfg(test)]
#[path = "several_tests.rs"]
mod tests;
