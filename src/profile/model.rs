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
    /// Earlier ids of this profile (a role level renamed in a later
    /// framework release): assessments naming one still find it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Role family, e.g. "Software development".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The role the level belongs to, e.g. "Development operations
    /// (DevOps) engineer".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// What the role is, at every level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_description: Option<String>,
    /// Role level, e.g. "Senior – management".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The level's place on its role's ladder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ladder: Option<LadderPlace>,
    /// The framework no longer has this level; kept so that assessments
    /// made against it still report.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retired: bool,
    /// Where the content came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The scale organisation skills are rated on; DDaT when absent.
    #[serde(default, skip_serializing_if = "OrgScaleSpec::is_default")]
    pub organisation_scale: OrgScaleSpec,
    /// The opening summary of the role.
    pub summary: String,
    /// Top-level texts the source leaves empty (`summary`): kept empty,
    /// and shown by `validate` as information, never as a failure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_lacks: Vec<Field>,
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
    /// How far each kind of component takes a skill, where the defaults
    /// (SPEC §10; `crate::plan::reach`) do not suit the profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<Reach>,
}

/// How far each kind of development component takes a skill: a cap per
/// scale (SPEC §10). What is left out takes the default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reach {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<Cap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development_activity: Option<Cap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<Cap>,
}

/// The highest level a component takes a skill to, on each scale: a depth
/// for knowledge and skills, a level for organisation skills.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cap {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<Depth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub organisation: Option<u8>,
}

/// What a qualification is: one that builds skills, or a registration
/// that recognises them once they are there (`RITTech`, FEDIP).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QualificationKind {
    #[default]
    Qualification,
    Registration,
}

impl QualificationKind {
    #[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
    fn is_default(&self) -> bool {
        *self == Self::Qualification
    }
}

/// Where a profile's content was taken from, and on what terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The licence the content is published under, e.g. "Open Government
    /// Licence v3.0".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// The statement the licence asks to be printed with the content;
    /// printed wherever the profile's text is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// The date of the content, as the source gives it, e.g. 2024-10-22.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A level's place on its role's ladder (SPEC §9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LadderPlace {
    /// 1 for the role's first level; levels may share a rank.
    #[schemars(range(min = 1))]
    pub rank: u8,
    /// Technical unless the level is a management one.
    #[serde(default)]
    pub track: Track,
}

/// The two tracks of a ladder.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    #[default]
    Technical,
    Management,
}

impl Track {
    /// The track's name in files and JSON.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Technical => "technical",
            Self::Management => "management",
        }
    }
}

/// A field of a component that can carry a mark (`inferred`, `truncated`
/// or `source_lacks`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Summary,
    Type,
    Text,
    Details,
    Description,
    LevelDescription,
    LevelDescriptions,
    AwardingBody,
}

impl Field {
    /// The field's name as written in YAML.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Summary => "summary",
            Self::Type => "type",
            Self::Text => "text",
            Self::Details => "details",
            Self::Description => "description",
            Self::LevelDescription => "level_description",
            Self::LevelDescriptions => "level_descriptions",
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationSkill {
    /// Slug; derived from the title when absent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(pattern(SLUG_PATTERN))]
    pub id: String,
    /// Earlier ids of this skill (renamed in a later framework release):
    /// ratings under one still count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Framework, e.g. DDaT.
    pub framework: String,
    /// The id of the DDaT skill this is, where its own id differs (a
    /// renamed skill): its ratings are kept under that id and count for
    /// every profile that needs the DDaT skill. A skill of framework DDaT
    /// without it is the DDaT skill of its own id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(SLUG_PATTERN))]
    pub ddat_skill: Option<String>,
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
    /// What the skill means at every level of the scale, lowest first;
    /// empty where the source does not say (and `source_lacks` names it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_descriptions: Vec<String>,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
    /// Fields the source leaves empty or marks missing: kept empty, and
    /// shown by `validate` as information, never as a failure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_lacks: Vec<Field>,
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
    /// How far it takes a skill, where its kind's reach does not suit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<Cap>,
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
    /// A registration recognises skills; it does not build them.
    #[serde(default, skip_serializing_if = "QualificationKind::is_default")]
    pub kind: QualificationKind,
    /// Ids of the rated skills this qualification builds (a registration:
    /// the skills it recognises).
    #[serde(default)]
    pub develops: Vec<String>,
    /// How far it takes a skill, where its kind's reach does not suit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<Cap>,
    /// Fields not in the source, supplied by the profile's author.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Field>,
    /// Fields whose source text stops mid-sentence; kept as published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub truncated: Vec<Field>,
}
