//! `assess --answers FILE`: the interactive flow, answered from a ratings
//! file instead of a person. Items the file does not rate are skipped.

use indexmap::IndexMap;

use super::flow::{Choice, Interrupt, Prompter, Saving, Screen};
use crate::assessment::{Level, Rating};

/// Answers each screen from a set of ratings.
#[derive(Debug)]
pub struct Answers {
    ratings: IndexMap<String, Rating>,
}

impl Answers {
    #[must_use]
    pub fn new(ratings: IndexMap<String, Rating>) -> Self {
        Self { ratings }
    }
}

impl Prompter for Answers {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        Ok(match self.ratings.get(screen.item.id) {
            Some(rating) => Choice::Level(match rating.level {
                Level::Depth(depth) => depth.step(),
                Level::Number(n) => n,
            }),
            None => Choice::Skip,
        })
    }

    fn evidence(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(self
            .ratings
            .get(screen.item.id)
            .and_then(|rating| rating.evidence.clone()))
    }

    /// Every answer is in the file already: one save, at the end.
    fn saving(&self) -> Saving {
        Saving::AtTheEnd
    }
}
