//! What each level of an organisation skill means for that very skill
//! (SPEC §5), for a profile that names the DDaT skill an item is
//! (`ddat_skill`) but carries no level texts of its own, as the FEDIP
//! profile does. The framework's texts are the same in every generated
//! profile that has the skill, so one built-in profile is enough: the
//! build-time summary says which have it ([`Summary::level_texts`]), and
//! only the first such profile is parsed, when a screen first asks for
//! the skill (start-up parses none).
//!
//! The assessment flow gets the texts through [`LevelTexts`], passed in:
//! it never reaches for the built-in profiles itself.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::builtin::{BuiltIn, FILES, Summary};

/// Where to find the level texts of a DDaT skill by its id.
pub trait LevelTexts: std::fmt::Debug {
    /// The skill's level texts, lowest level first (an empty text where
    /// the framework does not describe the level), or `None` when no
    /// profile here knows them.
    fn level_texts(&self, ddat_id: &str) -> Option<Rc<[String]>>;
}

/// Knows no level texts: for a flow that needs none (tests, a profile
/// without links).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoLevelTexts;

impl LevelTexts for NoLevelTexts {
    fn level_texts(&self, _: &str) -> Option<Rc<[String]>> {
        None
    }
}

/// The level texts of the built-in DDaT profiles, each skill's read once,
/// from the first built-in profile whose summary lists it.
#[derive(Debug)]
pub struct BuiltinLevelTexts {
    files: &'static [BuiltIn],
    found: RefCell<HashMap<String, Option<Rc<[String]>>>>,
}

impl Default for BuiltinLevelTexts {
    fn default() -> Self {
        Self::from(FILES)
    }
}

impl From<&'static [BuiltIn]> for BuiltinLevelTexts {
    fn from(files: &'static [BuiltIn]) -> Self {
        Self {
            files,
            found: RefCell::default(),
        }
    }
}

impl BuiltinLevelTexts {
    /// Parses the first built-in profile that has `ddat_id`'s texts.
    fn read(&self, ddat_id: &str) -> Option<Rc<[String]>> {
        let file = self.files.iter().find(|file| {
            file.summary
                .is_some_and(|summary: Summary| summary.level_texts.lines().any(|id| id == ddat_id))
        })?;
        let profile = file.check().value?;
        profile
            .organisation_skills
            .into_iter()
            .find(|skill| !skill.level_descriptions.is_empty() && skill.ddat_id() == Some(ddat_id))
            .map(|skill| skill.level_descriptions.into())
    }
}

impl LevelTexts for BuiltinLevelTexts {
    fn level_texts(&self, ddat_id: &str) -> Option<Rc<[String]>> {
        if let Some(found) = self.found.borrow().get(ddat_id) {
            return found.clone();
        }
        let found = self.read(ddat_id);
        self.found
            .borrow_mut()
            .insert(ddat_id.to_owned(), found.clone());
        found
    }
}

#[cfg(test)]
#[path = "level_texts_tests.rs"]
mod tests;
