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
    #[error("`{0}` and `{1}` rate organisation skills on different scales")]
    Scales(String, String),
    #[error("`{first}` and `{second}` both have an item `{id}` that is not the same DDaT skill")]
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
    // The scale is the first profile's that has organisation skills: a
    // level without any must not let two scales through.
    let scaled = profiles
        .iter()
        .find(|p| !p.organisation_skills.is_empty())
        .unwrap_or(first);
    let mut joined = Profile {
        knowledge_skills: Vec::new(),
        organisation_skills: Vec::new(),
        training: Vec::new(),
        development_activities: Vec::new(),
        qualifications: Vec::new(),
        ladder: None,
        organisation_scale: scaled.organisation_scale.clone(),
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
            && profile.organisation_scale != scaled.organisation_scale
        {
            return Err(Refused::Scales(scaled.id.clone(), profile.id.clone()));
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
/// its role's ladder (else its title), less the run of words every one of
/// them shares ("Senior DevOps engineer", "Lead DevOps engineer -
/// management": "Senior", "Lead management"). A track word is never
/// dropped; where that would leave a name empty or two names alike, the
/// whole names are used, and where even those are alike, the ids.
pub(crate) fn labels(profiles: &[Profile]) -> HashMap<String, String> {
    let full = |p: &Profile| {
        let name = p.level.clone().unwrap_or_else(|| p.title.clone());
        if name.trim().is_empty() {
            p.id.clone()
        } else {
            name
        }
    };
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let names: Vec<Vec<String>> = profiles.iter().map(|p| words(&full(p))).collect();
    let shared = shared_run(&names);
    let whole: Vec<String> = profiles.iter().map(|p| full(p).trim().to_owned()).collect();
    let mut chosen: Vec<String> = names
        .iter()
        .zip(&whole)
        .map(|(name, whole)| {
            let label = without_run(name, &shared).join(" ");
            if shared.is_empty() || label.is_empty() {
                whole.clone()
            } else {
                label
            }
        })
        .collect();
    // Alike (words and case aside): the whole names, then the ids.
    let key = |label: &str| words(label).join(" ").to_lowercase();
    for fallback in [whole, profiles.iter().map(|p| p.id.clone()).collect()] {
        let keys: Vec<String> = chosen.iter().map(|l| key(l)).collect();
        for (at, label) in chosen.iter_mut().enumerate() {
            if keys.iter().filter(|k| **k == keys[at]).count() > 1 {
                label.clone_from(&fallback[at]);
            }
        }
    }
    profiles
        .iter()
        .zip(chosen)
        .map(|(p, label)| (p.id.clone(), label))
        .collect()
}

/// Words of a track: never dropped from a label.
const TRACK_WORDS: [&str; 2] = ["management", "technical"];

/// The longest run of consecutive words (case aside) in every name, with
/// no track word, of two words or more or a whole name; empty when the
/// names share none or there is one name.
fn shared_run(names: &[Vec<String>]) -> Vec<String> {
    let (Some(first), true) = (names.first(), names.len() > 1) else {
        return Vec::new();
    };
    let lower = |run: &[String]| run.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>();
    let contains = |name: &[String], run: &[String]| {
        let (name, run) = (lower(name), lower(run));
        name.windows(run.len())
            .any(|window| window == run.as_slice())
    };
    for length in (1..=first.len()).rev() {
        for run in first.windows(length) {
            if run
                .iter()
                .any(|w| TRACK_WORDS.contains(&w.to_lowercase().as_str()))
            {
                continue;
            }
            // One shared word is too little to be the role's name ("data"
            // of "Data scientist" and "Head of data science"), unless it
            // is a level's whole name.
            let whole = names.iter().any(|name| lower(name) == lower(run));
            if (length > 1 || whole) && names[1..].iter().all(|name| contains(name, run)) {
                return run.to_vec();
            }
        }
    }
    Vec::new()
}

/// `name` without its first occurrence of `run` (case aside).
fn without_run(name: &[String], run: &[String]) -> Vec<String> {
    if run.is_empty() {
        return name.to_vec();
    }
    let lower: Vec<String> = name.iter().map(|w| w.to_lowercase()).collect();
    let run_lower: Vec<String> = run.iter().map(|w| w.to_lowercase()).collect();
    match lower
        .windows(run.len())
        .position(|window| window == run_lower.as_slice())
    {
        Some(at) => name[..at]
            .iter()
            .chain(&name[at + run.len()..])
            .cloned()
            .collect(),
        None => name.to_vec(),
    }
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
