//! Which items a run of the flow asks, and which of them it shows first:
//! every item (a new assessment, `--resume --force`), the unrated ones (a
//! plain resume, `--unrated`), or those named with `--only`. Always in
//! profile order, so Back goes to the asked item before, never to one the
//! person did not ask for.
//!
//! It only selects; it does not ask, save or print.

use crate::assessment::Assessment;
use crate::profile::Profile;

/// Why these items are asked (what the resume line says about them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Every item of the profile.
    All,
    /// The items without a rating.
    Unrated,
    /// The items named with `--only`.
    Only,
}

/// The items a run asks: indexes into the profile's rated items, in
/// profile order, and the position among them shown first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    items: Vec<usize>,
    start: usize,
    selection: Selection,
}

/// `--only` named items the profile does not have.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub struct UnknownItems {
    profile: String,
    /// Each unknown id, with the closest id the profile has.
    unknown: Vec<(String, Option<String>)>,
}

/// How many unknown ids the error names, and how much of each: a list
/// pasted by mistake must not flood the terminal.
const SHOWN_IDS: usize = 10;
const SHOWN_ID_CHARS: usize = 60;

impl UnknownItems {
    fn message(&self) -> String {
        let one = |(id, near): &(String, Option<String>)| {
            let id = crate::text::one_line_clipped(id, SHOWN_ID_CHARS);
            match near {
                Some(near) => format!("`{id}` (did you mean `{near}`?)"),
                None => format!("`{id}`"),
            }
        };
        let mut list: Vec<String> = self.unknown.iter().take(SHOWN_IDS).map(one).collect();
        if self.unknown.len() > SHOWN_IDS {
            list.push(format!("and {} more", self.unknown.len() - SHOWN_IDS));
        }
        format!(
            "--only: profile `{profile}` has no item {list}; nothing was asked",
            profile = self.profile,
            list = list.join(", "),
        )
    }
}

impl Asked {
    /// Every item, showing item `start` (0-based) first; Back goes to the
    /// items before it too.
    #[must_use]
    pub fn all_from(profile: &Profile, start: usize) -> Self {
        let total = profile.rated_count();
        Self {
            items: (0..total).collect(),
            start: start.min(total),
            selection: Selection::All,
        }
    }

    /// Every item, from the first unrated one (the first item when all are
    /// rated): going through a whole file again.
    #[must_use]
    pub fn all_from_first_unrated(profile: &Profile, assessment: &Assessment) -> Self {
        let first = super::first_unrated(profile, assessment);
        let start = if first < profile.rated_count() {
            first
        } else {
            0
        };
        Self::all_from(profile, start)
    }

    /// The items without a rating, in profile order.
    #[must_use]
    pub fn unrated(profile: &Profile, assessment: &Assessment) -> Self {
        let items = profile
            .rated_items()
            .iter()
            .enumerate()
            .filter(|(_, item)| !assessment.ratings.contains_key(item.id))
            .map(|(index, _)| index)
            .collect();
        Self {
            items,
            start: 0,
            selection: Selection::Unrated,
        }
    }

    /// The items with these ids, in profile order, each once. Blank ids
    /// (`a,,b`) are ignored.
    ///
    /// # Errors
    /// [`UnknownItems`] when an id is not an item of the profile, naming
    /// every such id with the closest one it has.
    pub fn only(profile: &Profile, ids: &[String]) -> Result<Self, UnknownItems> {
        let rated = profile.rated_items();
        let mut suggester = crate::suggest::Suggester::new(rated.iter().map(|item| item.id));
        let mut unknown = Vec::new();
        let mut named = std::collections::HashSet::new();
        let mut items = Vec::new();
        for id in ids.iter().map(|id| id.trim()).filter(|id| !id.is_empty()) {
            match rated.iter().position(|item| item.id == id) {
                Some(index) => items.push(index),
                None if !named.insert(id) => {}
                None => unknown.push((id.to_owned(), suggester.closest(id).map(str::to_owned))),
            }
        }
        if !unknown.is_empty() {
            return Err(UnknownItems {
                profile: profile.id.clone(),
                unknown,
            });
        }
        items.sort_unstable();
        items.dedup();
        Ok(Self {
            items,
            start: 0,
            selection: Selection::Only,
        })
    }

    /// The indexes (into the profile's rated items) asked, in order.
    #[must_use]
    pub fn items(&self) -> &[usize] {
        &self.items
    }

    /// The position among [`Asked::items`] shown first.
    #[must_use]
    pub fn start(&self) -> usize {
        self.start
    }

    /// The profile index of the item shown first, if any is asked.
    #[must_use]
    pub fn first(&self) -> Option<usize> {
        self.items.get(self.start).copied()
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    #[must_use]
    pub fn selection(&self) -> Selection {
        self.selection
    }
}
