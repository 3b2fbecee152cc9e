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

/// The profiles' skills, each once, as one profile whose id is the first
/// profile's: an organisation skill on the DDaT scale under its DDaT id,
/// required at the highest level any of them requires, its description
/// followed by the level each profile requires ("Senior DevOps engineer:
/// 4 – Expert · …").
///
/// # Errors
/// The profiles rate on different organisation scales, or share an item id
/// that is not one DDaT skill.
pub fn union(profiles: &[Profile]) -> Result<Profile, Refused> {
    let Some(first) = profiles.first() else {
        return Ok(Profile::default());
    };
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
                .push((label(profile), skill.level));
        }
    }
    for skill in &mut joined.organisation_skills {
        let Some(required) = levels.get(&skill.id) else {
            continue;
        };
        skill.level = required
            .iter()
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(skill.level);
        if let Some((name, meaning)) = joined
            .organisation_scale
            .level(skill.level)
            .map(|(name, meaning)| (name.to_owned(), meaning.to_owned()))
        {
            let own = skill.level_descriptions.get(usize::from(skill.level) - 1);
            skill.level_description = own
                .filter(|text| !text.is_empty())
                .cloned()
                .unwrap_or_else(|| format!("{name}: {meaning}"));
        }
        let each = required
            .iter()
            .map(|(who, n)| format!("{who}: {}", joined.organisation_scale.level_label(*n)))
            .collect::<Vec<_>>()
            .join(" · ");
        skill.description = format!("{}\nRequired: {each}", skill.description);
    }
    Ok(joined)
}

/// How a profile is named beside the level it requires: its level on its
/// role's ladder, else its title.
fn label(profile: &Profile) -> String {
    profile
        .level
        .clone()
        .unwrap_or_else(|| profile.title.clone())
}

/// The ids and digests a file made for `profiles` records.
#[must_use]
pub fn recorded(profiles: &[Profile]) -> (Vec<String>, IndexMap<String, String>) {
    (
        profiles.iter().map(|p| p.id.clone()).collect(),
        profiles.iter().map(|p| (p.id.clone(), digest(p))).collect(),
    )
}
