//! The role profile as data: one struct per section of a published profile.
//!
//! These types are both the file format (serde, `deny_unknown_fields`) and the
//! in-memory model. They hold text exactly as the source has it; nothing here
//! reads files or prints. Checks that need the whole profile live in
//! `profile::check`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::scale::{Depth, OrgScaleSpec};
use super::slug::SLUG_PATTERN;

/// One role at one level, with every section of the published profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Slug naming the profile; unique among loaded profiles.
    #[schemars(pattern(SLUG_PATTERN))]
    pub id: String,
    /// The role title as published.
    pub title: String,
    /// Role family (the role the level belongs to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Role level, e.g. "Senior – management".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Where the content came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The scale organisation skills are rated on; DDaT when absent.
    #[serde(default, skip_serializing_if = "OrgScaleSpec::is_default")]
    pub organisation_scale: OrgScaleSpec,
    /// The opening summary of the role.
    pub summary: String,
    /// "At this role level, you will:" bullet points.
    #[serde(default)]
    pub responsibilities: Vec<String>,
    /// Background components.
    #[serde(default)]
    pub background: Vec<Background>,
    /// Work activity components.
    #[serde(default)]
    pub work_activities: Vec<WorkActivity>,
    /// Knowledge/skills components (rated).
    #[serde(default)]
    pub knowledge_skills: Vec<KnowledgeSkill>,
    /// Organisation skills (rated, on the organisation scale).
    #[serde(default)]
    pub organisation_skills: Vec<OrganisationSkill>,
    /// Training components.
    #[serde(default)]
    pub training: Vec<DevelopmentComponent>,
    /// Professional development activity (PDA) components.
    #[serde(default)]
    pub development_activities: Vec<DevelopmentComponent>,
    /// Qualification components.
    #[serde(default)]
    pub qualifications: Vec<Qualification>,
}

/// Where a profile's content was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A field of a component that can carry a mark (`inferred` or `truncated`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Type,
    Text,
    Details,
    Description,
    LevelDescription,
    AwardingBody,
}

impl Field {
    /// The field's name as written in YAML.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Type => "type",
            Self::Text => "text",
            Self::Details => "details",
            Self::Description => "description",
            Self::LevelDescription => "level_description",
            Self::AwardingBody => "awarding_body",
        }
    }
}

/// A background component: a description and its background type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Background {
    /// The background type, e.g. "Prior Knowledge and Skills".
    #[serde(rename = "type")]
    pub kind: String,
    pub text: String,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
}

/// A work activity component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkActivity {
    /// Slug; derived from the title when absent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(SLUG_PATTERN))]
    pub id: String,
    pub title: String,
    pub details: String,
    /// SFIA skill code the source tags the activity with, e.g. PROG.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sfia_code: Option<String>,
    /// SFIA level the source tags the activity with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sfia_level: Option<u8>,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
}

/// The three kinds of knowledge/skills component.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SkillType {
    Behavioural,
    Technical,
    Other,
}

impl SkillType {
    pub const ALL: [Self; 3] = [Self::Behavioural, Self::Technical, Self::Other];

    /// The heading the published profiles use.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Behavioural => "Behavioural Skills",
            Self::Technical => "Technical Knowledge and Skills",
            Self::Other => "Other Knowledge and Skills",
        }
    }
}

/// A knowledge/skills component, rated on the depth scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeSkill {
    /// Slug; derived from the title when absent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(SLUG_PATTERN))]
    pub id: String,
    pub title: String,
    /// Required depth; absent means the profile sets no requirement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<Depth>,
    #[serde(rename = "type")]
    pub kind: SkillType,
    pub details: String,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
}

/// An organisation skill (e.g. DDaT), rated on the profile's organisation scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationSkill {
    /// Slug; derived from the title when absent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(SLUG_PATTERN))]
    pub id: String,
    /// Framework, e.g. DDaT.
    pub framework: String,
    /// Category within the framework, e.g. Software Development; the DDaT
    /// framework's own data has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub title: String,
    /// What the skill is.
    pub description: String,
    /// Required level on the organisation scale (1 to the scale's top).
    #[schemars(range(min = 1))]
    pub level: u8,
    /// What the skill means at the required level.
    pub level_description: String,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
}

/// A training or professional development activity (PDA) component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DevelopmentComponent {
    /// Slug; derived from the title when absent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(SLUG_PATTERN))]
    pub id: String,
    pub title: String,
    pub details: String,
    /// Ids of the rated skills this component builds.
    #[serde(default)]
    pub develops: Vec<String>,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
}

/// A qualification component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Qualification {
    /// Slug; derived from the title when absent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(SLUG_PATTERN))]
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awarding_body: Option<String>,
    /// Ids of the rated skills this qualification builds.
    #[serde(default)]
    pub develops: Vec<String>,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
}
