//! `skillgap validate`: every finding in every file, never stopping at the
//! first. Each file is recognised as a profile or an assessment. Profiles
//! are checked first (in parallel); then assessments are checked against
//! the profiles found in the run, the `--profiles` folders and the built-in
//! ones. Findings come back sorted by path, line and column, so output is
//! the same on every run.
//!
//! Each file is read and parsed once in the usual case: an assessment whose
//! profile the catalog knows is checked against it in the first pass. Only
//! when a profile file of the run has that id and differs from the
//! catalog's, or the catalog lacks the id, is the assessment read again,
//! once the run's profiles are known.
//!
//! Files are taken a batch at a time, in parallel within a batch, and what
//! a batch shows is folded at once into findings, the run's profile ids
//! and the indexes of files to read again: memory grows with the number of
//! files only by their paths and what is reported.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::assessment;
use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::discover::{DiscoverError, discover};
use crate::document::{FileKind, kind_of, locate_all, read_failure};
use crate::input::{self, Kind, Source};
use crate::profile::catalog::Entry;
use crate::profile::check::lacks;
use crate::profile::load::{check_profile, check_profile_value};
use crate::profile::{Catalog, Profile};
use crate::yaml::{self, Node, Segment, Target};

/// What validation found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// YAML files examined.
    pub files: usize,
    /// Findings, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Notes counted but not listed ([`Notes::Count`]).
    pub unlisted_notes: usize,
    /// Paths that could not be read at all.
    pub unreadable: Vec<DiscoverError>,
}

impl Outcome {
    /// Findings of `severity`; for notes, those counted but not listed too.
    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        let listed = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count();
        if severity == Severity::Note {
            listed + self.unlisted_notes
        } else {
            listed
        }
    }
}

/// What to do with notes (what a profile's source lacks): locating each
/// takes another pass over its file, worth it only to list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notes {
    /// Count them only.
    Count,
    /// Locate and list them.
    List,
}

/// What the first pass learned of one file.
enum First<'c> {
    Unreadable(DiscoverError),
    /// Fully checked (profiles, and files that are neither kind).
    Done {
        diagnostics: Vec<Diagnostic>,
        /// Notes counted, not listed.
        unlisted_notes: usize,
        /// A valid profile's id, and where the file sets it when a line
        /// scan can tell (to place a duplicate-id finding without reading
        /// the file again).
        profile_id: Option<(String, Option<yaml::Location>)>,
    },
    /// An assessment checked against the catalog's profile of the id it
    /// names (the entry holds the id: no copy of it per file).
    Checked {
        entry: &'c Entry,
        diagnostics: Vec<Diagnostic>,
    },
    /// An assessment to check once all profiles are known; `profile` is
    /// the id it names, which the catalog does not have.
    Assessment {
        profile: Option<String>,
    },
}

/// An assessment made for several profiles (SPEC §4), checked against
/// each of them that the catalog has (an unknown one named as such).
fn several(path: &Path, text: &str, value: &yaml::Value, catalog: &Catalog) -> Vec<Diagnostic> {
    let parsed = || assessment::load::parse_value(text, value.clone());
    let ids = parsed().profile_ids();
    let known: Vec<&str> = catalog.ids().collect();
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    if ids.is_empty() {
        diagnostics.extend(parsed().check_against(path, None, &known).0.diagnostics);
    }
    let mut profiles = Vec::new();
    for id in &ids {
        let served = parsed().serving(id);
        let entry = catalog.get(id);
        profiles.extend(entry.map(|e| e.profile.clone()));
        let target = entry.map(|e| (&e.profile, e.digest()));
        diagnostics.extend(
            served
                .check_against_digest(path, target, &known)
                .0
                .diagnostics,
        );
    }
    // Each profile sets aside the others' skills; an id that is none of
    // theirs is a mistake: checked against all of them joined.
    if !ids.is_empty()
        && profiles.len() == ids.len()
        && let Ok(joined) = crate::assessment::several::union(&profiles)
    {
        let mut whole = joined.profile;
        whole.id = ids.join(", ");
        let unknown = parsed()
            .serving_all(&whole.id)
            .check_against(path, Some(&whole), &known)
            .0
            .diagnostics;
        diagnostics.extend(unknown.into_iter().filter(|d| d.rule == Rule::UnknownItem));
    }
    diagnostics.sort();
    diagnostics.dedup();
    diagnostics
}

fn read(path: &Path) -> Result<Vec<u8>, DiscoverError> {
    input::read(Source::File(path), Kind::Yaml).map_err(|error| DiscoverError {
        path: path.to_owned(),
        reason: error.problem.to_string(),
    })
}

fn first_pass<'c>(path: &Path, catalog: &'c Catalog, notes: Notes) -> First<'c> {
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(error) => return First::Unreadable(error),
    };
    let failed = |error: &yaml::ReadError| First::Done {
        diagnostics: read_failure::<()>(path, error).diagnostics,
        unlisted_notes: 0,
        profile_id: None,
    };
    let text = match yaml::decode(&bytes) {
        Ok(text) => text,
        Err(error) => return failed(&error),
    };
    let value = match yaml::parse(text) {
        Ok(value) => value,
        Err(error) => return failed(&error),
    };
    match kind_of(&value) {
        Some(FileKind::Profile) => {
            let mut checked = check_profile_value(path, text, value);
            let lacks = checked.value.as_ref().map(lacks).unwrap_or_default();
            let unlisted_notes = match notes {
                Notes::Count => lacks.len(),
                Notes::List => {
                    checked.diagnostics.extend(locate_all(path, text, lacks));
                    0
                }
            };
            First::Done {
                diagnostics: checked.diagnostics,
                unlisted_notes,
                profile_id: checked.value.map(|p| {
                    let at = id_location(text, &p.id);
                    (p.id, at)
                }),
            }
        }
        Some(FileKind::Assessment) if value.get("profiles").is_some() => First::Done {
            unlisted_notes: 0,
            diagnostics: several(path, text, &value, catalog),
            profile_id: None,
        },
        Some(FileKind::Assessment) => {
            let profile = value.get("profile").and_then(Node::as_str);
            match profile.and_then(|id| catalog.get(id)) {
                Some(entry) => First::Checked {
                    entry,
                    diagnostics: assessment::load::parse_value(text, value)
                        .check_against_digest(path, Some((&entry.profile, entry.digest())), &[])
                        .0
                        .diagnostics,
                },
                None => First::Assessment {
                    profile: profile.map(str::to_owned),
                },
            }
        }
        None => First::Done {
            unlisted_notes: 0,
            diagnostics: vec![Diagnostic::new(
                path,
                yaml::Location::START,
                Rule::UnknownKind,
                "neither a profile (keys such as `id`, `title`, `summary`) nor an assessment (`profile`, `person`, `ratings`)",
            )],
            profile_id: None,
        },
    }
}

/// Files read at once in each pass: what a pass learns of a file is
/// folded into the outcome a batch at a time, so memory does not grow with
/// the number of files beyond their paths and what is reported.
const BATCH: usize = 1024;

/// Assessments checked in the first pass against the catalog's profile of
/// one id: the files (by index) and their findings.
struct AgainstCatalog<'c> {
    entry: &'c Entry,
    files: Vec<usize>,
    diagnostics: Vec<Diagnostic>,
}

/// Validates the files under `inputs` (files, folders, globs); assessments
/// find their profiles among the files, then in `catalog`. Notes are
/// listed or only counted, as `notes` says.
#[must_use]
pub fn validate(inputs: &[PathBuf], catalog: &Catalog, notes: Notes) -> Outcome {
    let found = discover(inputs);
    let files = found.files;
    let mut outcome = Outcome {
        files: files.len(),
        unreadable: found.errors,
        ..Outcome::default()
    };
    let mut profile_paths: BTreeMap<String, PathBuf> = BTreeMap::new();
    // Assessments to check once the run's profiles are known, by the
    // profile id they name (file indexes).
    let mut deferred: BTreeMap<Option<String>, Vec<usize>> = BTreeMap::new();
    let mut against_catalog: BTreeMap<&str, AgainstCatalog> = BTreeMap::new();
    for (batch, paths) in files.chunks(BATCH).enumerate() {
        let first: Vec<First> = paths
            .par_iter()
            .map(|p| first_pass(p, catalog, notes))
            .collect();
        for (offset, (path, result)) in paths.iter().zip(first).enumerate() {
            let index = batch * BATCH + offset;
            match result {
                First::Unreadable(error) => outcome.unreadable.push(error),
                First::Done {
                    diagnostics,
                    unlisted_notes,
                    profile_id,
                } => {
                    outcome.diagnostics.extend(diagnostics);
                    outcome.unlisted_notes += unlisted_notes;
                    let Some((id, at)) = profile_id else { continue };
                    if let Some(first) = profile_paths.get(&id) {
                        outcome.diagnostics.push(Diagnostic::new(
                            path,
                            at.unwrap_or_else(|| locate_id(path)),
                            Rule::DuplicateId,
                            format!(
                                "profile id `{id}` is also used by {}; profile ids must be unique",
                                first.display()
                            ),
                        ));
                    } else {
                        profile_paths.insert(id, path.clone());
                    }
                }
                First::Checked { entry, diagnostics } => {
                    let group = against_catalog
                        .entry(entry.profile.id.as_str())
                        .or_insert_with(|| AgainstCatalog {
                            entry,
                            files: Vec::new(),
                            diagnostics: Vec::new(),
                        });
                    group.files.push(index);
                    group.diagnostics.extend(diagnostics);
                }
                First::Assessment { profile } => deferred.entry(profile).or_default().push(index),
            }
        }
    }
    for (id, group) in against_catalog {
        if same_as_run(&profile_paths, id, group.entry) {
            outcome.diagnostics.extend(group.diagnostics);
        } else {
            deferred
                .entry(Some(id.to_owned()))
                .or_default()
                .extend(group.files);
        }
    }
    check_deferred(&files, deferred, &profile_paths, catalog, &mut outcome);
    outcome.diagnostics.sort();
    outcome
}

/// Checks the assessments left for after the first pass, each against
/// the run's profile of the id it names, else the catalog's.
fn check_deferred(
    files: &[PathBuf],
    deferred: BTreeMap<Option<String>, Vec<usize>>,
    profile_paths: &BTreeMap<String, PathBuf>,
    catalog: &Catalog,
    outcome: &mut Outcome,
) {
    if deferred.is_empty() {
        return;
    }
    let mut known: Vec<&str> = profile_paths.keys().map(String::as_str).collect();
    known.extend(catalog.ids());
    known.sort_unstable();
    known.dedup();
    for (id, indexes) in deferred {
        // Each profile loaded once: from the run first, then the catalog.
        let profile = id.as_deref().and_then(|id| {
            run_profile(profile_paths, id).or_else(|| catalog.get(id).map(|e| e.profile.clone()))
        });
        let digest = profile.as_ref().map(crate::profile::digest);
        let target = profile.as_ref().zip(digest.as_deref());
        for batch in indexes.chunks(BATCH) {
            let checked: Vec<Result<Vec<Diagnostic>, DiscoverError>> = batch
                .par_iter()
                .map(|&index| {
                    let path = &files[index];
                    let bytes = read(path)?;
                    Ok(match assessment::load::parse(path, &bytes) {
                        Ok(parsed) => {
                            parsed
                                .check_against_digest(path, target, &known)
                                .0
                                .diagnostics
                        }
                        Err(diagnostics) => diagnostics,
                    })
                })
                .collect();
            for result in checked {
                match result {
                    Ok(diagnostics) => outcome.diagnostics.extend(diagnostics),
                    Err(error) => outcome.unreadable.push(error),
                }
            }
        }
    }
}

/// Whether the catalog's profile `entry` of `id` stands for the run: no
/// profile file of the run has the id, or the one that has it is the same
/// profile. Otherwise the run's file comes first, and the assessments
/// checked against the catalog's are read again and checked against it.
fn same_as_run(profile_paths: &BTreeMap<String, PathBuf>, id: &str, entry: &Entry) -> bool {
    !profile_paths.contains_key(id)
        || run_profile(profile_paths, id)
            .is_some_and(|run| crate::profile::digest(&run) == entry.digest())
}

/// The run's valid profile of `id`, read again.
fn run_profile(profile_paths: &BTreeMap<String, PathBuf>, id: &str) -> Option<Profile> {
    profile_paths
        .get(id)
        .and_then(|path| read(path).ok().map(|bytes| check_profile(path, &bytes)))
        .and_then(|checked| checked.value)
}

/// Where `text` sets the profile id `id`, when the line scan that
/// indexes profiles finds it: the start of the value, at its quote if it
/// is quoted, as locating the node would give it.
fn id_location(text: &str, id: &str) -> Option<yaml::Location> {
    let found = crate::profile::id_scan::scan_id(text).filter(|found| *found == id)?;
    let mut offset = found.as_ptr() as usize - text.as_ptr() as usize;
    if offset > 0 && matches!(text.as_bytes()[offset - 1], b'"' | b'\'') {
        offset -= 1;
    }
    Some(yaml::Location::of_offset(text, offset))
}

/// Where a valid profile file sets its `id`, read again: for a file whose
/// id the line scan could not place.
fn locate_id(path: &Path) -> yaml::Location {
    read(path)
        .ok()
        .and_then(|bytes| {
            let text = yaml::decode(&bytes).ok()?;
            yaml::locate(text, &[Segment::Key("id".into())], Target::Value)
        })
        .unwrap_or(yaml::Location::START)
}

#[cfg(test)]
mod tests;
