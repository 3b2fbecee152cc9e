//! What the next level asks of a person (SPEC §9, `path`): the skills a
//! profile needs that are new or required higher than the person's current
//! level asks, with the person's rating, the required level and what that
//! level means for the skill, and the profile's development components that
//! build it.

use serde::Serialize;

use super::fit::Fit;
use super::ratings::{Key, Ratings, keys_of};
use crate::profile::model::Track;
use crate::profile::rated::Section;
use crate::profile::{ItemScale, Profile, RatedItem};

/// A profile named in a path: where it sits and how ready the person is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<Track>,
    /// Required items met, of required, as `roles` counts them.
    pub met: usize,
    pub required: usize,
    /// Required items the ratings cover: none means "not rated", never
    /// 0 % ready.
    pub covered: usize,
    pub readiness_percent: f64,
}

impl Place {
    /// `profile` and the person's fit to it.
    #[must_use]
    pub fn of(profile: &Profile, ratings: &Ratings) -> Self {
        let fit = Fit::of(profile, ratings);
        Self {
            id: profile.id.clone(),
            title: profile.title.clone(),
            role: profile.role.clone(),
            rank: profile.ladder.map(|place| place.rank),
            track: profile.ladder.map(|place| place.track),
            met: fit.as_ref().map_or(0, |fit| fit.met),
            required: fit.as_ref().map_or(0, |fit| fit.required),
            covered: fit.as_ref().map_or(0, |fit| fit.covered),
            readiness_percent: fit.map_or(100.0, |fit| fit.readiness_percent),
        }
    }
}

/// One skill the target asks more of than the current level does.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// `knowledge_skills` or `organisation_skills`.
    pub section: &'static str,
    /// What the current level requires of it; `None`: it is new.
    pub now_required: Option<String>,
    /// The person's rating, as its label; `None`: not rated.
    pub current: Option<String>,
    pub required: String,
    /// Steps short of the required level (0 when met; from nothing when
    /// not rated).
    pub gap: u8,
    /// What the required level means for this skill, as the profile says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub means: Option<String>,
    /// The target's training, PDA and qualifications that build it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub developed_by: Vec<String>,
}

/// A target level and what it asks beyond the current one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Next {
    pub place: Place,
    /// "technical", "management", or "to" for `--to`.
    pub track: &'static str,
    pub steps: Vec<Step>,
}

/// The skills `to` requires that `from` does not, or requires lower, as
/// the same skill is known in both (a shared DDaT skill, or the same
/// profile's item), with the person's rating of each from `ratings`.
#[must_use]
pub fn steps(from: &Profile, to: &Profile, ratings: &Ratings) -> Vec<Step> {
    let from_keys = keys_of(from);
    let from_items = from.rated_items();
    let now: std::collections::HashMap<&Key, &RatedItem<'_>> = from_items
        .iter()
        .filter_map(|item| from_keys.get(item.id).map(|key| (key, item)))
        .collect();
    let to_keys = keys_of(to);
    let mut found = Vec::new();
    for item in to.rated_items() {
        let (Some(required), Some(key)) = (item.required, to_keys.get(item.id)) else {
            continue;
        };
        let before = now.get(key);
        let now_required = before.and_then(|item| item.required);
        // Compared on one scale only: a linked skill is on the DDaT scale
        // in both; an item of the same profile is on its own scale.
        if now_required.is_some_and(|now| now >= required) {
            continue;
        }
        let held = ratings.get(key);
        let current = held.map(|held| held.level.step());
        found.push(Step {
            id: item.id.to_owned(),
            title: item.title.to_owned(),
            section: item.section.key(),
            now_required: before.and_then(|b| b.required.map(|step| b.scale.label(step))),
            current: current.map(|step| item.scale.label(step)),
            required: item.scale.label(required),
            gap: required.saturating_sub(current.unwrap_or(0)),
            means: meaning(to, &item, required),
            developed_by: developed_by(to, item.id),
        });
    }
    found
}

/// What `required` means for `item` of `profile`: its level text, else the
/// required level's description.
fn meaning(profile: &Profile, item: &RatedItem<'_>, required: u8) -> Option<String> {
    if item.section != Section::OrganisationSkills {
        return None;
    }
    let ItemScale::Organisation(_) = item.scale else {
        return None;
    };
    let skill = profile
        .organisation_skills
        .iter()
        .find(|skill| skill.id == item.id)?;
    skill
        .level_descriptions
        .get(usize::from(required).checked_sub(1)?)
        .filter(|text| !text.trim().is_empty())
        .or_else(|| (skill.level == required).then_some(&skill.level_description))
        .filter(|text| !text.trim().is_empty())
        .cloned()
}

/// The titles of `profile`'s development components that build `id`.
fn developed_by(profile: &Profile, id: &str) -> Vec<String> {
    let builds = |develops: &[String]| develops.iter().any(|d| d == id);
    profile
        .training
        .iter()
        .filter(|c| builds(&c.develops))
        .map(|c| format!("{} (training)", c.title))
        .chain(
            profile
                .development_activities
                .iter()
                .filter(|c| builds(&c.develops))
                .map(|c| format!("{} (PDA)", c.title)),
        )
        .chain(
            profile
                .qualifications
                .iter()
                .filter(|c| builds(&c.develops))
                .map(|c| format!("{} (qualification)", c.title)),
        )
        .collect()
}

/// The ids of the next levels above `rank` on `track` among `ladder`
/// (id, rank, track of every level of one role): every level at the
/// lowest rank above it on that track.
#[must_use]
pub fn next_on(ladder: &[(String, u8, Track)], rank: u8, track: Track) -> Vec<&str> {
    let above = ladder
        .iter()
        .filter(|(_, r, t)| *t == track && *r > rank)
        .map(|(_, r, _)| *r)
        .min();
    let Some(next) = above else {
        return Vec::new();
    };
    ladder
        .iter()
        .filter(|(_, r, t)| *t == track && *r == next)
        .map(|(id, ..)| id.as_str())
        .collect()
}

/// The next levels of a level at `rank` on `track` of a ladder: on its own
/// track, and from a technical level on the management track too (SPEC
/// §9), each id with its track's name.
#[must_use]
pub fn next_levels(
    ladder: &[(String, u8, Track)],
    rank: u8,
    track: Track,
) -> Vec<(&str, &'static str)> {
    let tracks: &[(Track, &'static str)] = match track {
        Track::Technical => &[
            (Track::Technical, "technical"),
            (Track::Management, "management"),
        ],
        Track::Management => &[(Track::Management, "management")],
    };
    tracks
        .iter()
        .flat_map(|(track, name)| {
            next_on(ladder, rank, *track)
                .into_iter()
                .map(move |id| (id, *name))
        })
        .collect()
}
