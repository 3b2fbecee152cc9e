//! Role profiles: the model, its scales, loading and checking (through the
//! one YAML module), the built-in profiles, and finding a profile by id.

pub mod builtin;
mod candidates;
pub mod catalog;
pub mod check;
pub mod digest;
pub mod id_scan;
pub mod level_texts;
pub mod load;
pub mod model;
pub mod rated;
pub mod scale;
pub mod slug;

use std::collections::HashMap;

pub use catalog::{Catalog, Origin};
pub use digest::digest;
pub use level_texts::{BuiltinLevelTexts, LevelTexts, NoLevelTexts};
pub use model::{
    Background, DevelopmentComponent, Field, KnowledgeSkill, OrganisationSkill, Profile,
    Qualification, SkillType, Source, WorkActivity,
};
pub use rated::{Category, ItemScale, RatedItem, Section};
pub use scale::{Depth, OrgScaleSpec, Voice};

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

    /// Titles of the rated items by id (the first of an id wins), to look
    /// many ids up without scanning the items for each.
    #[must_use]
    pub fn rated_titles(&self) -> HashMap<&str, &str> {
        let mut titles = HashMap::with_capacity(self.rated_count());
        let skills = self.knowledge_skills.iter().map(|s| (&s.id, &s.title));
        let organisation = self.organisation_skills.iter().map(|s| (&s.id, &s.title));
        for (id, title) in skills.chain(organisation) {
            titles.entry(id.as_str()).or_insert(title.as_str());
        }
        titles
    }
}
