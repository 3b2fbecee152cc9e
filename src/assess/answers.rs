//! `assess --answers FILE`: the interactive flow, answered from a ratings
//! file instead of a person. Items the file does not rate are skipped; the
//! result is complete only when every required item is rated, or when
//! `--complete` says so.

use indexmap::IndexMap;

use super::flow::{Choice, Interrupt, Prompter, Saving, Screen};
use crate::assessment::Rating;

/// Answers each screen from a set of ratings.
#[derive(Debug)]
pub struct Answers {
    ratings: IndexMap<String, Rating>,
    complete: bool,
}

impl Answers {
    /// The file stays in progress while required items are unrated.
    #[must_use]
    pub fn new(ratings: IndexMap<String, Rating>) -> Self {
        Self {
            ratings,
            complete: false,
        }
    }

    /// `--complete`: mark the file complete even with required items
    /// unrated.
    #[must_use]
    pub fn complete_anyway(mut self, yes: bool) -> Self {
        self.complete = yes;
        self
    }
}

impl Prompter for Answers {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        Ok(match self.ratings.get(screen.item.id) {
            Some(rating) => Choice::Level(rating.level.step()),
            None => Choice::Skip,
        })
    }

    fn evidence(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        Ok(self
            .ratings
            .get(screen.item.id)
            .and_then(|rating| rating.evidence.clone()))
    }

    fn complete_anyway(&mut self, _: usize) -> Result<bool, Interrupt> {
        Ok(self.complete)
    }

    /// Every answer is in the file already: one save, at the end.
    fn saving(&self) -> Saving {
        Saving::AtTheEnd
    }
}
