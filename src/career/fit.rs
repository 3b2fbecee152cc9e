//! A person's ratings against one profile, and the order of `roles`.
//!
//! Readiness is met of required. Gaps and steps are counted per scale and
//! never summed across scales (SPEC §10). A profile the ratings do not
//! touch is "not rated", never 0 % ready; one they cover for less than
//! half of its required items is listed apart, with what is left to rate.

use serde::Serialize;

use super::ratings::{Key, Ratings, keys_of};
use crate::profile::Profile;
use crate::profile::model::Track;
use crate::profile::rated::Section;

/// Required items, gaps and steps on one scale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ScaleTally {
    /// Items with a required level on this scale.
    pub required: usize,
    /// The sum of their required steps: how much the profile asks.
    pub required_steps: u32,
    /// Items below their required level.
    pub gaps: usize,
    /// Steps short, summed over those items.
    pub steps: u32,
}

/// Where a profile stands in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// Ranked by fit: the ratings cover at least half its required items.
    Ranked,
    /// The ratings cover under half of its required items.
    PoorlyCovered,
    /// No rating counts for any item it requires.
    NotRated,
}

/// One profile measured against a person's ratings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fit {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<Track>,
    pub standing: Standing,
    /// Items with a required level.
    pub required: usize,
    /// Of those, how many the ratings cover.
    pub covered: usize,
    /// Of those, how many are met or exceeded.
    pub met: usize,
    /// `met / required` as a percentage, one decimal.
    pub readiness_percent: f64,
    /// Knowledge/skills, on the depth scale.
    pub depth: ScaleTally,
    /// Organisation skills, on the profile's organisation scale.
    pub organisation: ScaleTally,
    /// The required items no rating covers, by id, in profile order.
    pub to_rate: Vec<String>,
}

impl Fit {
    /// `ratings` measured against `profile`; `None` when the profile
    /// requires nothing (nothing to fit).
    #[must_use]
    pub fn of(profile: &Profile, ratings: &Ratings) -> Option<Self> {
        let keys = keys_of(profile);
        let mut fit = Self {
            id: profile.id.clone(),
            title: profile.title.clone(),
            family: profile.family.clone(),
            role: profile.role.clone(),
            rank: profile.ladder.map(|place| place.rank),
            track: profile.ladder.map(|place| place.track),
            standing: Standing::NotRated,
            required: 0,
            covered: 0,
            met: 0,
            readiness_percent: 0.0,
            depth: ScaleTally::default(),
            organisation: ScaleTally::default(),
            to_rate: Vec::new(),
        };
        for item in profile.rated_items() {
            let Some(required) = item.required else {
                continue;
            };
            fit.required += 1;
            let tally = match item.section {
                Section::KnowledgeSkills => &mut fit.depth,
                Section::OrganisationSkills => &mut fit.organisation,
            };
            tally.required += 1;
            tally.required_steps += u32::from(required);
            let held = keys.get(item.id).and_then(|key| {
                ratings.get(key).or_else(|| {
                    // An alias of a renamed DDaT skill counts too.
                    let Key::Shared(_) = key else { return None };
                    profile
                        .organisation_skills
                        .iter()
                        .find(|s| s.id == item.id)?
                        .aliases
                        .iter()
                        .find_map(|alias| ratings.get(&Key::Shared(alias.clone())))
                })
            });
            let Some(held) = held else {
                fit.to_rate.push(item.id.to_owned());
                continue;
            };
            fit.covered += 1;
            let current = held.level.step();
            if current >= required {
                fit.met += 1;
            } else {
                tally.gaps += 1;
                tally.steps += u32::from(required - current);
            }
        }
        if fit.required == 0 {
            return None;
        }
        fit.readiness_percent = crate::gap::Summary::percent(fit.met, fit.required);
        fit.standing = if fit.covered == 0 {
            Standing::NotRated
        } else if fit.covered * 2 < fit.required {
            Standing::PoorlyCovered
        } else {
            Standing::Ranked
        };
        Some(fit)
    }
}

/// Sorts `fits` for the roles list: by standing; within it, readiness
/// first (for the profiles rated too little, the share of their required
/// items rated comes before it: the closest to ranking first), then the
/// profile that asks more (required steps on the organisation scale, then
/// on the depth scale), then higher on its ladder; then id, so that the
/// order is the same on every run. So the top is the most demanding role
/// the person already fits.
pub fn rank(fits: &mut [Fit]) {
    fits.sort_by(|a, b| {
        let coverage = || {
            if a.standing == Standing::PoorlyCovered && b.standing == Standing::PoorlyCovered {
                (b.covered * a.required).cmp(&(a.covered * b.required))
            } else {
                std::cmp::Ordering::Equal
            }
        };
        a.standing
            .cmp(&b.standing)
            .then_with(coverage)
            .then(b.readiness_percent.total_cmp(&a.readiness_percent))
            .then(
                b.organisation
                    .required_steps
                    .cmp(&a.organisation.required_steps),
            )
            .then(b.depth.required_steps.cmp(&a.depth.required_steps))
            .then(b.rank.cmp(&a.rank))
            .then(a.id.cmp(&b.id))
    });
}
