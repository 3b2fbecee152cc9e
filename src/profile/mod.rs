//! Role profiles: the model, its scales, loading and checking (through the
//! one YAML module), the built-in profiles, and finding a profile by id.

pub mod builtin;
mod candidates;
pub mod catalog;
pub mod check;
pub mod digest;
pub mod id_scan;
pub mod load;
pub mod model;
pub mod rated;
pub mod scale;
pub mod slug;

pub use catalog::{Catalog, Origin};
pub use digest::digest;
pub use model::{
    Background, DevelopmentComponent, Field, KnowledgeSkill, OrganisationSkill, Profile,
    Qualification, SkillType, Source, WorkActivity,
};
pub use rated::{Category, ItemScale, RatedItem, Section};
pub use scale::{Depth, OrgScaleSpec};

impl KnowledgeSkill {
    /// The required depth; `None` when the profile sets no requirement.
    #[must_use]
    pub fn required(&self) -> Option<Depth> {
        self.depth.filter(|depth| *depth != Depth::None)
    }
}

impl Profile {
    /// Items a person is rated on: knowledge/skills then organisation skills.
    #[must_use]
    pub fn rated_count(&self) -> usize {
        self.knowledge_skills.len() + self.organisation_skills.len()
    }

    /// Title of the rated item with `id`, if the profile has it.
    #[must_use]
    pub fn rated_title(&self, id: &str) -> Option<&str> {
        self.knowledge_skills
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.as_str())
            .or_else(|| {
                self.organisation_skills
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.title.as_str())
            })
    }
}
