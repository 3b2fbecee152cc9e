//! A person's ratings from one or more assessment files, merged: the
//! newest rating of each skill wins; two different ratings of one skill on
//! one date are an error, as are files of two people.

use std::collections::HashMap;

use crate::assessment::model::person_key;
use crate::assessment::{Assessment, Date, Level};
use crate::profile::Profile;

/// One assessment file, checked against its own profile.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// How the file is named in messages.
    pub name: &'a str,
    pub assessment: &'a Assessment,
    /// The profile the assessment was made against.
    pub profile: &'a Profile,
}

/// Where a rating counts: for every profile that needs the DDaT skill, or
/// for its own profile's item alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A DDaT skill's id, rated on the DDaT scale.
    Shared(String),
    /// A profile's id and one of its items' ids.
    Own(String, String),
}

/// The rating a person holds of one skill, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub level: Level,
    pub date: Date,
    /// Index of the file in the sources given to [`Ratings::merge`].
    pub file: usize,
}

/// One person's ratings, merged from their files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ratings {
    /// The person's name as the newest file writes it.
    pub person: String,
    pub held: HashMap<Key, Held>,
    /// The newest date among the files.
    pub newest: Date,
}

/// Why files cannot be merged into one person's ratings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error(
        "{first} is about {first_person} and {other} about {other_person}; give the files of one person"
    )]
    OtherPerson {
        first: String,
        first_person: String,
        other: String,
        other_person: String,
    },
    #[error(
        "`{skill}` is rated {first_level} in {first} and {other_level} in {other}, both on {date}; which one stands cannot be known"
    )]
    Conflict {
        skill: String,
        first: String,
        first_level: String,
        other: String,
        other_level: String,
        date: Date,
    },
    #[error("no assessment to read")]
    Empty,
}

impl Ratings {
    /// Merges the ratings of `sources`, all of one person.
    ///
    /// # Errors
    /// Files of two people, or one skill rated differently in two files of
    /// one date.
    pub fn merge(sources: &[Source<'_>]) -> Result<Self, MergeError> {
        let first = sources.first().ok_or(MergeError::Empty)?;
        let person = person_key(&first.assessment.person);
        let mut newest = first;
        let mut held: HashMap<Key, Held> = HashMap::new();
        for (index, source) in sources.iter().enumerate() {
            if person_key(&source.assessment.person) != person {
                return Err(MergeError::OtherPerson {
                    first: first.name.to_owned(),
                    first_person: first.assessment.person.clone(),
                    other: source.name.to_owned(),
                    other_person: source.assessment.person.clone(),
                });
            }
            if source.assessment.date > newest.assessment.date {
                newest = source;
            }
            let keys = keys_of(source.profile);
            for (id, rating) in &source.assessment.ratings {
                let Some(key) = keys.get(id.as_str()) else {
                    continue;
                };
                let date = source.assessment.date;
                let candidate = Held {
                    level: rating.level,
                    date,
                    file: index,
                };
                match held.get(key) {
                    Some(kept) if kept.date > date => {}
                    Some(kept) if kept.date == date && kept.level != rating.level => {
                        return Err(MergeError::Conflict {
                            skill: id.clone(),
                            first: sources[kept.file].name.to_owned(),
                            first_level: level_text(kept.level),
                            other: source.name.to_owned(),
                            other_level: level_text(rating.level),
                            date,
                        });
                    }
                    Some(kept) if kept.date == date => {}
                    _ => {
                        held.insert(key.clone(), candidate);
                    }
                }
            }
        }
        Ok(Self {
            person: newest.assessment.person.clone(),
            held,
            newest: newest.assessment.date,
        })
    }

    /// The ratings of one assessment already measured: each item of
    /// `profile` with the step it was rated at (`None`: not rated), in
    /// the order of [`Profile::rated_items`] (as `team` keeps them).
    #[must_use]
    pub fn of_steps(profile: &Profile, person: &str, date: Date, steps: &[Option<u8>]) -> Self {
        let keys = keys_of(profile);
        let mut held = HashMap::new();
        for (item, step) in profile.rated_items().iter().zip(steps) {
            let (Some(step), Some(key)) = (step, keys.get(item.id)) else {
                continue;
            };
            let level = match item.scale {
                crate::profile::ItemScale::Depth => match crate::profile::Depth::from_step(*step) {
                    Some(depth) => Level::Depth(depth),
                    None => continue,
                },
                crate::profile::ItemScale::Organisation(_) => Level::Number(*step),
            };
            held.insert(
                key.clone(),
                Held {
                    level,
                    date,
                    file: 0,
                },
            );
        }
        Self {
            person: person.to_owned(),
            held,
            newest: date,
        }
    }

    /// The rating that counts for `key`.
    #[must_use]
    pub fn get(&self, key: &Key) -> Option<&Held> {
        self.held.get(key)
    }
}

fn level_text(level: Level) -> String {
    match level {
        Level::Depth(depth) => depth.label().to_owned(),
        Level::Number(n) => n.to_string(),
    }
}

/// Each rated item's key in `profile`, by item id: a linked organisation
/// skill on the DDaT scale counts as its DDaT skill; everything else as
/// the profile's own item.
#[must_use]
pub fn keys_of(profile: &Profile) -> HashMap<&str, Key> {
    let ddat = profile.organisation_scale.is_default();
    let own = |id: &str| Key::Own(profile.id.clone(), id.to_owned());
    let mut keys: HashMap<&str, Key> = profile
        .knowledge_skills
        .iter()
        .map(|skill| (skill.id.as_str(), own(&skill.id)))
        .collect();
    for skill in &profile.organisation_skills {
        let key = match skill.ddat_id() {
            Some(shared) if ddat => Key::Shared(shared.to_owned()),
            _ => own(&skill.id),
        };
        keys.insert(skill.id.as_str(), key);
    }
    keys
}
