//! The profiles a command can use: built-in ones and those in `--profiles`
//! folders, and turning a PROFILE argument (path or id) into one of them.
//!
//! Loading indexes the profiles by id without parsing them: each file's id
//! is read ahead by a line scan (`id_scan`), in parallel, and only a file
//! whose id the scan cannot be sure of is parsed whole. A profile is parsed
//! when a command asks for its id, once; a listing parses them all, in
//! parallel. Files that are skipped (unreadable, not valid, an id already
//! taken) are reported through the callback given to [`Catalog::load`] as
//! they are found: at load for what the index itself shows (unreadable
//! files, files parsed whole, ids given by more than one file), otherwise
//! when the profile is first used. This module never prints.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rayon::prelude::*;

use super::builtin;
use super::id_scan::scan_id;
use super::load::check_profile;
use super::model::Profile;
use crate::diagnostic::{Diagnostic, Severity};
use crate::discover::{describe_io, discover, is_yaml};

/// Where a profile was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl Origin {
    /// "built-in" or the file's path.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::BuiltIn => "built-in".to_owned(),
            Self::File(path) => path.display().to_string(),
        }
    }
}

/// One available profile.
#[derive(Debug, Clone)]
pub struct Entry {
    pub profile: Profile,
    pub origin: Origin,
    /// A folder profile that hides the built-in profile of the same id.
    pub overrides_builtin: bool,
    digest: OnceLock<String>,
}

impl Entry {
    fn new(profile: Profile, origin: Origin, overrides_builtin: bool) -> Self {
        Self {
            profile,
            origin,
            overrides_builtin,
            digest: OnceLock::new(),
        }
    }

    /// The profile's digest, worked out once.
    #[must_use]
    pub fn digest(&self) -> &str {
        self.digest.get_or_init(|| super::digest(&self.profile))
    }
}

/// Why a PROFILE argument gave no profile.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("no profile with id `{id}`{suggestion}\navailable: {available}")]
    UnknownId {
        id: String,
        suggestion: String,
        available: String,
    },
    #[error("cannot read {}: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("{} is not a valid profile:\n{}", path.display(), render_errors(.errors))]
    Invalid {
        path: PathBuf,
        errors: Vec<Diagnostic>,
    },
}

fn render_errors(errors: &[Diagnostic]) -> String {
    let mut lines: Vec<String> = errors.iter().take(10).map(ToString::to_string).collect();
    if errors.len() > 10 {
        lines.push(format!(
            "... and {} more (run `skillgap validate` on the file)",
            errors.len() - 10
        ));
    }
    lines.join("\n")
}

/// A file in a profile folder that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// Told of every skipped file, as it is found.
pub type OnSkip = Box<dyn Fn(&Skipped) + Send + Sync>;

/// Where one candidate for an id comes from.
#[derive(Debug)]
enum Candidate {
    /// A folder file whose id was read ahead; parsed when first needed.
    File(PathBuf),
    /// A file already parsed (its id could not be read ahead).
    Parsed(Box<Entry>),
    /// A built-in profile, parsed when first needed.
    BuiltIn {
        name: &'static str,
        text: &'static str,
    },
}

/// Every candidate for one id, in the order they take precedence (folder
/// files in the order found, then the built-in profile), and the first
/// valid one once it is known.
#[derive(Debug)]
struct Slot {
    id: String,
    candidates: Vec<Candidate>,
    resolved: OnceLock<Option<Entry>>,
}

impl Slot {
    fn has_builtin(&self) -> bool {
        self.candidates
            .iter()
            .any(|c| matches!(c, Candidate::BuiltIn { .. }))
    }

    fn files(&self) -> usize {
        self.candidates
            .iter()
            .filter(|c| !matches!(c, Candidate::BuiltIn { .. }))
            .count()
    }

    /// The first valid candidate; the broken ones before it and the files
    /// after it (the id is taken) go to `skipped`.
    fn resolve(&self, skipped: &mut Vec<Skipped>) -> Option<Entry> {
        let overrides = self.has_builtin();
        let mut chosen: Option<Entry> = None;
        for candidate in &self.candidates {
            if let Some(winner) = &chosen {
                if let Candidate::File(path) = candidate {
                    skipped.push(taken(path, &self.id, winner));
                } else if let Candidate::Parsed(entry) = candidate
                    && let Origin::File(path) = &entry.origin
                {
                    skipped.push(taken(path, &self.id, winner));
                }
                continue;
            }
            chosen = match candidate {
                Candidate::Parsed(entry) => Some(Entry {
                    overrides_builtin: overrides && entry.origin != Origin::BuiltIn,
                    ..(**entry).clone()
                }),
                Candidate::File(path) => match read_bytes(path) {
                    Ok(bytes) => {
                        let checked = check_profile(path, &bytes);
                        match checked.value {
                            Some(profile) if profile.id == self.id => {
                                Some(Entry::new(profile, Origin::File(path.clone()), overrides))
                            }
                            Some(profile) => {
                                skipped.push(Skipped {
                                    path: path.clone(),
                                    reason: format!(
                                        "its id `{}` was read ahead as `{}`",
                                        profile.id, self.id
                                    ),
                                });
                                None
                            }
                            None => {
                                skipped.push(invalid(path, &checked.diagnostics));
                                None
                            }
                        }
                    }
                    Err(reason) => {
                        skipped.push(Skipped {
                            path: path.clone(),
                            reason,
                        });
                        None
                    }
                },
                Candidate::BuiltIn { name, text } => {
                    let checked = check_profile(Path::new(name), text.as_bytes());
                    // Shipped profiles are validated in CI; a broken one is
                    // skipped and reported rather than taking the tool down.
                    match checked.value {
                        Some(profile) if profile.id == self.id => {
                            Some(Entry::new(profile, Origin::BuiltIn, false))
                        }
                        _ => {
                            skipped.push(invalid(Path::new(name), &checked.diagnostics));
                            None
                        }
                    }
                }
            };
        }
        chosen
    }
}

fn taken(path: &Path, id: &str, winner: &Entry) -> Skipped {
    Skipped {
        path: path.to_owned(),
        reason: format!(
            "profile id `{id}` is already loaded from {}",
            winner.origin.describe()
        ),
    }
}

fn invalid(path: &Path, diagnostics: &[Diagnostic]) -> Skipped {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let reason = match errors.first() {
        Some(first) => format!(
            "not a valid profile ({} error{}; first at {}:{}: {})",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            first.line,
            first.column,
            first.message
        ),
        None => "not a valid profile".to_owned(),
    };
    Skipped {
        path: path.to_owned(),
        reason,
    }
}

/// What a first look at one folder file gives.
enum Looked {
    Id(String),
    Parsed(Profile),
    Skipped(Skipped),
}

fn look(path: &Path) -> Looked {
    let bytes = match read_bytes(path) {
        Ok(bytes) => bytes,
        Err(reason) => {
            return Looked::Skipped(Skipped {
                path: path.to_owned(),
                reason,
            });
        }
    };
    // The scan reads only up to the `id` line; whatever is wrong past it
    // (bad UTF-8, a control character, an oversized file) is found when
    // the profile is parsed.
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(text).unwrap_or_else(|error| {
        std::str::from_utf8(&text[..error.valid_up_to()]).unwrap_or_default()
    });
    if let Some(id) = scan_id(text) {
        return Looked::Id(id.to_owned());
    }
    let checked = check_profile(path, &bytes);
    match checked.value {
        Some(profile) => Looked::Parsed(profile),
        None => Looked::Skipped(invalid(path, &checked.diagnostics)),
    }
}

/// All available profiles by id, and where to report files that are
/// skipped: not valid profiles, unreadable, or an id already taken.
pub struct Catalog {
    /// Sorted by id.
    slots: Vec<Slot>,
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
        Self::index(BTreeMap::new(), Box::new(|_| {}))
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
        let looked: Vec<Looked> = files.par_iter().map(|path| look(path)).collect();
        let mut by_id: BTreeMap<String, Vec<Candidate>> = BTreeMap::new();
        for (path, looked) in files.into_iter().zip(looked) {
            match looked {
                Looked::Id(id) => by_id.entry(id).or_default().push(Candidate::File(path)),
                Looked::Parsed(profile) => {
                    by_id
                        .entry(profile.id.clone())
                        .or_default()
                        .push(Candidate::Parsed(Box::new(Entry::new(
                            profile,
                            Origin::File(path),
                            false,
                        ))))
                }
                Looked::Skipped(skip) => skipped.push(skip),
            }
        }
        for skip in &skipped {
            on_skip(skip);
        }
        let catalog = Self::index(by_id, on_skip);
        // An id given by several files: which one wins, and the others are
        // reported, now, as every command did when it parsed them all.
        for slot in catalog.slots.iter().filter(|slot| slot.files() > 1) {
            catalog.entry_of(slot);
        }
        Ok(catalog)
    }

    /// Adds the built-in profiles after the folder files of each id.
    fn index(mut by_id: BTreeMap<String, Vec<Candidate>>, on_skip: OnSkip) -> Self {
        for (name, text) in builtin::FILES {
            let candidate = Candidate::BuiltIn { name, text };
            match scan_id(text) {
                Some(id) => by_id.entry(id.to_owned()).or_default().push(candidate),
                None => {
                    let checked = check_profile(Path::new(name), text.as_bytes());
                    match checked.value {
                        Some(profile) => {
                            by_id
                                .entry(profile.id.clone())
                                .or_default()
                                .push(Candidate::Parsed(Box::new(Entry::new(
                                    profile,
                                    Origin::BuiltIn,
                                    false,
                                ))))
                        }
                        None => on_skip(&invalid(Path::new(name), &checked.diagnostics)),
                    }
                }
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
        Self { slots, on_skip }
    }

    /// The slot's profile, parsing it on first use and reporting what was
    /// skipped on the way.
    fn entry_of<'a>(&self, slot: &'a Slot) -> Option<&'a Entry> {
        let (entry, skipped) = self.resolve_quietly(slot);
        for skip in &skipped {
            (self.on_skip)(skip);
        }
        entry
    }

    fn resolve_quietly<'a>(&self, slot: &'a Slot) -> (Option<&'a Entry>, Vec<Skipped>) {
        let mut skipped = Vec::new();
        let entry = slot
            .resolved
            .get_or_init(|| slot.resolve(&mut skipped))
            .as_ref();
        (entry, skipped)
    }

    /// Every available profile, sorted by id; parses those not parsed yet,
    /// in parallel, and reports the skipped files in order.
    #[must_use]
    pub fn entries(&self) -> Vec<&Entry> {
        let resolved: Vec<(Option<&Entry>, Vec<Skipped>)> = self
            .slots
            .par_iter()
            .map(|slot| self.resolve_quietly(slot))
            .collect();
        let mut entries = Vec::with_capacity(resolved.len());
        for (entry, skipped) in resolved {
            for skip in &skipped {
                (self.on_skip)(skip);
            }
            entries.extend(entry);
        }
        entries
    }

    /// The ids of the available profiles, sorted, without parsing them (an
    /// id whose every file turned out broken is left out once that is known).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.slots
            .iter()
            .filter(|slot| !matches!(slot.resolved.get(), Some(None)))
            .map(|slot| slot.id.as_str())
    }

    /// The profile with `id`.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entry> {
        let index = self
            .slots
            .binary_search_by(|slot| slot.id.as_str().cmp(id))
            .ok()?;
        self.entry_of(&self.slots[index])
    }

    /// Resolves a PROFILE argument: a path to a YAML file, or an id. An
    /// argument with no `/` and no `.yaml`/`.yml` ending that names a
    /// loaded profile is that id, whatever the current folder holds.
    ///
    /// # Errors
    /// An unknown id (with the available ids and the closest one), or a file
    /// that cannot be read or is not a valid profile.
    pub fn resolve(&self, spec: &str) -> Result<Entry, ResolveError> {
        let path = Path::new(spec);
        let looks_like_path =
            is_yaml(path) || spec.contains('/') || spec.contains(std::path::MAIN_SEPARATOR);
        if !looks_like_path && let Some(entry) = self.get(spec) {
            return Ok(entry.clone());
        }
        if looks_like_path || path.exists() {
            if !path.is_file() && path.exists() {
                return Err(ResolveError::Unreadable {
                    path: path.to_owned(),
                    reason: "not a regular file".to_owned(),
                });
            }
            let bytes = read(path)?;
            let checked = check_profile(path, &bytes);
            return match checked.value {
                Some(profile) => Ok(Entry::new(profile, Origin::File(path.to_owned()), false)),
                None => Err(ResolveError::Invalid {
                    path: path.to_owned(),
                    errors: checked.errors(),
                }),
            };
        }
        let ids: Vec<&str> = self.ids().collect();
        let suggestion = crate::suggest::closest(spec, ids.iter().copied())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        Err(ResolveError::UnknownId {
            id: spec.to_owned(),
            suggestion,
            available: ids.join(", "),
        })
    }
}

fn read(path: &Path) -> Result<Vec<u8>, ResolveError> {
    read_bytes(path).map_err(|reason| ResolveError::Unreadable {
        path: path.to_owned(),
        reason,
    })
}

/// A file's bytes (at most the cap, and one more), or why not.
fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::File::open(path)
        .and_then(crate::yaml::read_capped)
        .map_err(|error| describe_io(&error))
}
