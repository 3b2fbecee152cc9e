//! What `profiles` lists of one profile ([`Listed`]) and the passes over
//! every profile ([`Catalog::map_entries`], [`Catalog::listing`]): a
//! built-in profile that no folder file overrides is listed from its
//! build-time summary, the others are parsed, in parallel when there are
//! any. This file must not load folders or resolve a PROFILE argument.

use rayon::prelude::*;

use super::{Catalog, Entry, Origin, Skipped};
use crate::profile::builtin::Summary;
use crate::profile::candidates::Slot;
use crate::profile::model::Track;

/// What `profiles` lists of one profile: all of a row but the digest,
/// which needs the parsed profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub title: String,
    /// The role family, which the `assess` picker groups by.
    pub family: Option<String>,
    /// The role, whose ladder the level is on.
    pub role: Option<String>,
    pub level: Option<String>,
    /// Rank on the role's ladder.
    pub rank: Option<u8>,
    pub track: Option<Track>,
    /// The rated items' titles, each ended by a line break (for a search).
    pub skills: String,
    /// Knowledge/skills plus organisation skills.
    pub rated_items: usize,
    pub origin: Origin,
    /// A folder profile that hides the built-in profile of the same id.
    pub overrides_builtin: bool,
}

impl Listed {
    /// The listing of a parsed profile.
    #[must_use]
    pub fn of(entry: &Entry) -> Self {
        Self {
            id: entry.profile.id.clone(),
            title: entry.profile.title.clone(),
            family: entry.profile.family.clone(),
            role: entry.profile.role.clone(),
            level: entry.profile.level.clone(),
            rank: entry.profile.ladder.map(|place| place.rank),
            track: entry.profile.ladder.map(|place| place.track),
            skills: entry
                .profile
                .rated_items()
                .iter()
                .flat_map(|item| [item.title, "\n"])
                .collect(),
            rated_items: entry.profile.rated_count(),
            origin: entry.origin.clone(),
            overrides_builtin: entry.overrides_builtin,
        }
    }

    /// The listing of a built-in profile from its build-time summary.
    fn built_in(summary: &Summary) -> Self {
        Self {
            id: summary.id.to_owned(),
            title: summary.title.to_owned(),
            family: summary.family.map(str::to_owned),
            role: summary.role.map(str::to_owned),
            level: summary.level.map(str::to_owned),
            rank: summary.rank,
            track: summary.track,
            skills: summary.skills.to_owned(),
            rated_items: summary.rated_items,
            origin: Origin::BuiltIn,
            overrides_builtin: false,
        }
    }
}

impl Listed {
    /// Whether `word` (any case) is in its title, id, role or one of its
    /// rated items' titles.
    #[must_use]
    pub fn matches(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        [
            self.title.as_str(),
            self.id.as_str(),
            self.role.as_deref().unwrap_or_default(),
            self.skills.as_str(),
        ]
        .iter()
        .any(|text| text.to_lowercase().contains(&word))
    }

    /// The order of a listing: `default` first, then by family (profiles
    /// with none last), role, rank on the ladder (technical before
    /// management at one rank), title and id, ignoring case.
    pub fn sort(listing: &mut [Self], default: &str) {
        listing.sort_by_cached_key(|listed| {
            (
                listed.id != default,
                listed.family.is_none(),
                listed.family.as_deref().map(str::to_lowercase),
                listed.role.as_deref().map(str::to_lowercase),
                listed.rank,
                listed.track,
                listed.title.to_lowercase(),
                listed.id.clone(),
            )
        });
    }
}

impl Catalog {
    /// `f` of every available profile, sorted by id; parses those not
    /// parsed yet, in parallel, without keeping them, and reports the
    /// skipped files in order.
    pub fn map_entries<T: Send>(&self, f: impl Fn(&Entry) -> T + Sync) -> Vec<T> {
        self.gather(true, |slot| slot.with_entry(&f))
    }

    /// What `profiles` lists of every available profile, sorted by id. A
    /// built-in profile that no folder file overrides is listed from the
    /// summary made at build time, unparsed; the others are parsed as
    /// [`Catalog::map_entries`] does, in parallel when there are any.
    #[must_use]
    pub fn listing(&self) -> Vec<Listed> {
        let parses = self.slots.iter().any(|slot| slot.summary().is_none());
        self.gather(parses, |slot| match slot.summary() {
            Some(summary) => (Some(Listed::built_in(summary)), Vec::new()),
            None => slot.with_entry(Listed::of),
        })
    }

    /// `each` of every slot, in parallel or not, reporting the skipped
    /// files in slot order.
    fn gather<T: Send>(
        &self,
        parallel: bool,
        each: impl Fn(&Slot) -> (Option<T>, Vec<Skipped>) + Sync,
    ) -> Vec<T> {
        let results: Vec<(Option<T>, Vec<Skipped>)> = if parallel {
            self.slots.par_iter().map(&each).collect()
        } else {
            // Rayon's threads are not started for no parsing.
            self.slots.iter().map(&each).collect()
        };
        let mut values = Vec::with_capacity(results.len());
        for (value, skipped) in results {
            for skip in &skipped {
                (self.on_skip)(skip);
            }
            values.extend(value);
        }
        values
    }
}
