//! The profiles a command can use: built-in ones and those in `--profiles`
//! folders, and turning a PROFILE argument (path or id) into one of them.
//!
//! Loading indexes the profiles by id without parsing them: a built-in
//! profile by the id read at build time (`builtin`), each folder file's id
//! by a line scan (`id_scan`), in parallel, and only a file whose id the
//! scan cannot be sure of is parsed whole. A profile is parsed when a
//! command asks for its id, once (a built-in one from its JSON); a listing
//! takes a built-in profile that no folder file overrides from its
//! build-time summary and parses the others, in parallel, and so does
//! [`Catalog::map_entries`] with every profile. Files that are skipped (unreadable, not valid, an id already
//! taken) are reported through the callback given to [`Catalog::load`] as
//! they are found: at load for what the index itself shows (unreadable
//! files, files parsed whole, ids given by more than one file), otherwise
//! when the profile is first used. This module never prints.
//!
//! This file holds the [`Catalog`] itself, loading and indexing it and
//! looking a profile up by id; the types of one profile are in `entry`,
//! resolving a PROFILE argument in `resolve`, the listing in `listing`.

mod entry;
mod listing;
mod resolve;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;

pub use entry::{Entry, Origin};
pub use listing::Listed;
pub use resolve::ResolveError;

use super::builtin::{self, BuiltIn};
use super::candidates::{Candidate, Looked, Slot, invalid, look};
use super::id_scan::scan_id;
use crate::discover::discover;

/// A file in a profile folder that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// Told of every skipped file, as it is found.
pub type OnSkip = Box<dyn Fn(&Skipped) + Send + Sync>;

/// All available profiles by id, and where to report files that are
/// skipped: not valid profiles, unreadable, or an id already taken.
pub struct Catalog {
    /// Sorted by id.
    slots: Vec<Slot>,
    /// The built-in profiles, whose aliases [`Catalog::get`] knows.
    builtins: &'static [BuiltIn],
    on_skip: OnSkip,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("slots", &self.slots)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// Only the built-in profiles (a broken one is left out silently).
    #[must_use]
    pub fn builtin() -> Self {
        Self::index(BTreeMap::new(), builtin::FILES, Box::new(|_| {}))
    }

    /// Built-in profiles, overridden by those found in `folders` (each
    /// searched recursively, in the order given: the first folder to define
    /// an id wins). A folder that does not exist is an error; a bad file
    /// inside one is skipped and given to `on_skip`.
    ///
    /// # Errors
    /// A folder that does not exist or cannot be read.
    pub fn load(folders: &[PathBuf], on_skip: OnSkip) -> Result<Self, ResolveError> {
        let mut files = Vec::new();
        let mut skipped = Vec::new();
        for folder in folders {
            let found = discover(std::slice::from_ref(folder));
            for error in found.errors {
                if error.path == *folder {
                    return Err(ResolveError::Unreadable {
                        path: error.path,
                        reason: error.reason,
                    });
                }
                skipped.push(Skipped {
                    path: error.path,
                    reason: error.reason,
                });
            }
            files.extend(found.files);
        }
        if folders.len() > 1 {
            // A file met twice (a folder given twice, or inside another one
            // given) is one file, not a rival for its own id.
            let mut seen = std::collections::HashSet::new();
            files.retain(|path| {
                seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()))
            });
        }
        // Rayon starts its threads on first use, even for no work: a run
        // with no folder files (the usual `show`) does without them.
        let looked: Vec<Looked> = if files.len() > 1 {
            files.par_iter().map(|path| look(path)).collect()
        } else {
            files.iter().map(|path| look(path)).collect()
        };
        let mut by_id: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
        for (path, looked) in files.into_iter().zip(looked) {
            match looked {
                Looked::Id(id) => by_id.entry(id).or_default().push(Candidate::File(path)),
                Looked::Skipped(skip) => skipped.push(skip),
            }
        }
        for skip in &skipped {
            on_skip(skip);
        }
        let catalog = Self::index(by_id, builtin::FILES, on_skip);
        // An id given by several files: which one wins, and the others are
        // reported, now, as every command did when it parsed them all.
        for slot in catalog.slots.iter().filter(|slot| slot.files() > 1) {
            catalog.entry_of(slot);
        }
        Ok(catalog)
    }

    /// Adds the `builtins` after the folder files of each id.
    fn index(
        mut by_id: BTreeMap<String, Vec<Candidate>>,
        builtins: &'static [BuiltIn],
        on_skip: OnSkip,
    ) -> Self {
        for builtin in builtins {
            let candidate = Candidate::BuiltIn(builtin);
            let id = builtin
                .summary
                .map(|s| s.id)
                .or_else(|| scan_id(builtin.text));
            if let Some(id) = id {
                by_id.entry(id.to_owned()).or_default().push(candidate);
                continue;
            }
            let checked = builtin.check();
            match checked.value {
                Some(profile) => {
                    let entry = Entry::new(profile, Origin::BuiltIn, false);
                    let id = entry.profile.id.clone();
                    by_id
                        .entry(id)
                        .or_default()
                        .push(Candidate::Parsed(Box::new(entry)));
                }
                None => on_skip(&invalid(Path::new(builtin.name), &checked.diagnostics)),
            }
        }
        let slots = by_id
            .into_iter()
            .map(|(id, candidates)| Slot {
                id,
                candidates,
                resolved: OnceLock::new(),
            })
            .collect();
        Self {
            slots,
            builtins,
            on_skip,
        }
    }

    /// The slot's profile, parsing it on first use and reporting what was
    /// skipped on the way.
    fn entry_of<'a>(&self, slot: &'a Slot) -> Option<&'a Entry> {
        let (entry, skipped) = slot.entry();
        for skip in &skipped {
            (self.on_skip)(skip);
        }
        entry
    }

    /// The ids of the available profiles, sorted, without parsing them (an
    /// id whose every file turned out broken is left out once that is known).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.slots
            .iter()
            .filter(|slot| !matches!(slot.resolved.get(), Some(None)))
            .map(|slot| slot.id.as_str())
    }

    /// The profile with `id`, or the built-in profile that has it as an
    /// alias (a role level renamed by a framework release, SPEC §9).
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entry> {
        if let Ok(index) = self.slots.binary_search_by(|slot| slot.id.as_str().cmp(id)) {
            return self.entry_of(&self.slots[index]);
        }
        let renamed = self
            .builtins
            .iter()
            .filter_map(|file| file.summary)
            .find(|summary| summary.aliases.lines().any(|alias| alias == id))?;
        let index = self
            .slots
            .binary_search_by(|slot| slot.id.as_str().cmp(renamed.id))
            .ok()?;
        self.entry_of(&self.slots[index])
    }
}
