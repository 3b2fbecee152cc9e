//! The items a person is rated on, seen uniformly: knowledge/skills on the
//! depth scale, then organisation skills on the profile's numbered scale.
//! Gap analysis, assessment checks and the interactive flow all walk this.

use serde::Serialize;

use super::model::{Field, Profile, SkillType};
use super::scale::{Depth, NOT_YET_AT_SKILL, OrgScaleSpec, Voice};

/// The two sections of rated items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    KnowledgeSkills,
    OrganisationSkills,
}

impl Section {
    /// The section an item of `category` belongs to.
    #[must_use]
    pub fn of(category: Category) -> Self {
        if category == Category::Organisation {
            Self::OrganisationSkills
        } else {
            Self::KnowledgeSkills
        }
    }

    /// The section's name in files and JSON (`knowledge_skills`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::KnowledgeSkills => "knowledge_skills",
            Self::OrganisationSkills => "organisation_skills",
        }
    }

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::KnowledgeSkills => "Knowledge and skills",
            Self::OrganisationSkills => "Organisation skills",
        }
    }
}

/// What kind of item it is, for "gaps by type".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Behavioural,
    Technical,
    Other,
    Organisation,
}

impl Category {
    pub const ALL: [Self; 4] = [
        Self::Behavioural,
        Self::Technical,
        Self::Other,
        Self::Organisation,
    ];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Behavioural => "behavioural",
            Self::Technical => "technical",
            Self::Other => "other",
            Self::Organisation => "organisation",
        }
    }
}

impl From<SkillType> for Category {
    fn from(kind: SkillType) -> Self {
        match kind {
            SkillType::Behavioural => Self::Behavioural,
            SkillType::Technical => Self::Technical,
            SkillType::Other => Self::Other,
        }
    }
}

/// The scale an item is rated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemScale<'p> {
    Depth,
    Organisation(&'p OrgScaleSpec),
}

impl<'p> ItemScale<'p> {
    /// Highest step: 4 (expert) or the organisation scale's top level.
    #[must_use]
    pub fn top(self) -> u8 {
        match self {
            Self::Depth => Depth::Expert.step(),
            Self::Organisation(scale) => scale.top(),
        }
    }

    /// How a step reads: "Proficient in", "3 – Practitioner", "Not yet".
    #[must_use]
    pub fn label(self, step: u8) -> String {
        match self {
            Self::Depth => {
                Depth::from_step(step).map_or_else(|| step.to_string(), |d| d.label().to_owned())
            }
            Self::Organisation(_) if step == 0 => "0 – Not yet".to_owned(),
            Self::Organisation(scale) => scale.level_label(step),
        }
    }

    /// One line on what a step means, in `voice` ("You know…" to the
    /// person rating themselves, "They know…" about the person assessed).
    #[must_use]
    pub fn meaning(self, step: u8, voice: Voice) -> String {
        match self {
            Self::Depth => Depth::from_step(step)
                .map_or("", |depth| depth.meaning_in(voice))
                .to_owned(),
            Self::Organisation(_) if step == 0 => NOT_YET_AT_SKILL[voice as usize].to_owned(),
            Self::Organisation(scale) => scale
                .level_in(step, voice)
                .map_or("", |(_, meaning)| meaning)
                .to_owned(),
        }
    }

    /// The scale's name: "depth", or the organisation scale's ("DDaT").
    #[must_use]
    pub fn name(self) -> &'p str {
        match self {
            Self::Depth => "depth",
            Self::Organisation(scale) => scale.name(),
        }
    }
}

/// One rated item of a profile.
#[derive(Debug, Clone, Copy)]
pub struct RatedItem<'p> {
    pub id: &'p str,
    pub title: &'p str,
    /// Details (knowledge/skills) or description (organisation skills).
    pub details: &'p str,
    /// Whether the source page cut `details` off (marked `truncated`).
    pub details_cut_off: bool,
    /// For organisation skills: what the required level means.
    pub level_description: Option<&'p str>,
    /// Whether the source page cut `level_description` off.
    pub level_description_cut_off: bool,
    /// For organisation skills: what each level means for this skill,
    /// lowest first (empty where the source does not say); none when the
    /// profile does not say.
    pub level_descriptions: &'p [String],
    /// For organisation skills: the DDaT skill it is, whose level texts
    /// a profile without its own may show.
    pub ddat_id: Option<&'p str>,
    pub section: Section,
    pub category: Category,
    pub scale: ItemScale<'p>,
    /// Required step on the item's scale; `None` when no requirement.
    pub required: Option<u8>,
    /// Position in the profile (knowledge/skills first), for stable order.
    pub position: usize,
}

impl Profile {
    /// Every rated item, knowledge/skills then organisation skills, in
    /// profile order.
    #[must_use]
    pub fn rated_items(&self) -> Vec<RatedItem<'_>> {
        let skills = self.knowledge_skills.iter().map(|s| RatedItem {
            id: &s.id,
            title: &s.title,
            details: &s.details,
            details_cut_off: s.truncated.contains(&Field::Details),
            level_description: None,
            level_description_cut_off: false,
            level_descriptions: &[],
            ddat_id: None,
            section: Section::KnowledgeSkills,
            category: s.kind.into(),
            scale: ItemScale::Depth,
            required: s.required().map(Depth::step),
            position: 0,
        });
        let organisation = self.organisation_skills.iter().map(|s| RatedItem {
            id: &s.id,
            title: &s.title,
            details: &s.description,
            details_cut_off: s.truncated.contains(&Field::Description),
            level_description: Some(&s.level_description),
            level_description_cut_off: s.truncated.contains(&Field::LevelDescription),
            level_descriptions: &s.level_descriptions,
            ddat_id: s.ddat_id(),
            section: Section::OrganisationSkills,
            category: Category::Organisation,
            scale: ItemScale::Organisation(&self.organisation_scale),
            required: Some(s.level),
            position: 0,
        });
        skills
            .chain(organisation)
            .enumerate()
            .map(|(position, item)| RatedItem { position, ..item })
            .collect()
    }
}
