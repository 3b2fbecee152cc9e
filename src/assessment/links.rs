//! Ratings that count across profiles (SPEC §4): a rating of an
//! organisation skill that says which DDaT skill it is is written under the
//! DDaT skill's id, and read back under the item's own id, the DDaT id or
//! an alias. Nothing else links two items: a title that happens to match
//! does not, and neither does an id on another scale.

use indexmap::IndexMap;

use super::model::{Level, Rating};
use crate::profile::{OrganisationSkill, Profile};

impl OrganisationSkill {
    /// The DDaT skill this item is: the one `ddat_skill` names, else its
    /// own id when its framework is DDaT.
    #[must_use]
    pub fn ddat_id(&self) -> Option<&str> {
        self.ddat_skill.as_deref().or_else(|| {
            self.framework
                .eq_ignore_ascii_case("ddat")
                .then_some(&self.id)
        })
    }
}

/// The id under which a file keeps the rating of `skill` of `profile`: the
/// DDaT skill's, when the profile rates on the DDaT scale (only then is the
/// rating one any DDaT profile can read), else the item's own.
fn file_key<'p>(profile: &Profile, skill: &'p OrganisationSkill) -> &'p str {
    if profile.organisation_scale.is_default() {
        skill.ddat_id().unwrap_or(&skill.id)
    } else {
        &skill.id
    }
}

/// `ratings` (by item id of `profile`) with the ids a file keeps them
/// under: each linked organisation skill's DDaT id.
#[must_use]
pub fn for_file(ratings: &IndexMap<String, Rating>, profile: &Profile) -> IndexMap<String, Rating> {
    let renamed: std::collections::HashMap<&str, &str> = profile
        .organisation_skills
        .iter()
        .map(|skill| (skill.id.as_str(), file_key(profile, skill)))
        .filter(|(id, key)| id != key)
        .collect();
    if renamed.is_empty() {
        return ratings.clone();
    }
    ratings
        .iter()
        .map(|(id, rating)| {
            let key = renamed.get(id.as_str()).copied().unwrap_or(id);
            (key.to_owned(), rating.clone())
        })
        .collect()
}

/// Renames, in place, the ratings of `profile`'s items kept under another
/// id they are known by (the DDaT skill's, an alias) to the item's own id,
/// so they count; ratings of another scale are left as they are (and set
/// aside as unknown).
pub fn link(ratings: &mut IndexMap<String, Rating>, profile: &Profile) {
    let ids: std::collections::HashSet<&str> = profile
        .knowledge_skills
        .iter()
        .map(|s| s.id.as_str())
        .chain(profile.organisation_skills.iter().map(|s| s.id.as_str()))
        .collect();
    let own = |key: &str| ids.contains(key);
    if ratings.keys().all(|key| own(key)) {
        return;
    }
    let mut known: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for skill in &profile.organisation_skills {
        let keys = skill
            .aliases
            .iter()
            .map(String::as_str)
            .chain(Some(file_key(profile, skill)));
        for key in keys {
            known.entry(key.to_owned()).or_insert(&skill.id);
        }
    }
    let entries: Vec<(String, Rating)> = std::mem::take(ratings).into_iter().collect();
    let mut linked = Vec::new();
    for (key, rating) in entries {
        match known.get(key.as_str()) {
            Some(id) if !own(&key) && matches!(rating.level, Level::Number(_)) => {
                linked.push(((*id).to_owned(), rating));
            }
            _ => {
                ratings.insert(key, rating);
            }
        }
    }
    // A rating under the item's own id wins over one found by a link.
    for (id, rating) in linked {
        ratings.entry(id).or_insert(rating);
    }
}
