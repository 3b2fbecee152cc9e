//! `skillgap validate`: every finding in every file, never stopping at the
//! first. Each file is recognised as a profile or an assessment. Profiles
//! are checked first (in parallel); then assessments are checked against
//! the profiles found in the run, the `--profiles` folders and the built-in
//! ones. Findings come back sorted by path, line and column, so output is
//! the same on every run. Only ids and findings, not whole files, are kept
//! between the passes, so memory does not grow with the number of files.
//!
//! Each file is read and parsed once in the usual case: an assessment whose
//! profile the catalog knows is checked against it in the first pass. Only
//! when a profile file of the run has that id and differs from the
//! catalog's, or the catalog lacks the id, is the assessment read again,
//! once the run's profiles are known.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::assessment;
use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::discover::{DiscoverError, describe_io, discover};
use crate::document::{FileKind, kind_of, read_failure};
use crate::profile::load::{check_profile, check_profile_value};
use crate::profile::{Catalog, Profile};
use crate::yaml::{self, Segment, Target, Value};

/// What validation found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// YAML files examined.
    pub files: usize,
    /// Findings, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Paths that could not be read at all.
    pub unreadable: Vec<DiscoverError>,
}

impl Outcome {
    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// What the first pass learned of one file.
enum First {
    Unreadable(DiscoverError),
    /// Fully checked (profiles, and files that are neither kind).
    Done {
        diagnostics: Vec<Diagnostic>,
        /// A valid profile's id, and where the file sets it when a line
        /// scan can tell (to place a duplicate-id finding without reading
        /// the file again).
        profile_id: Option<(String, Option<yaml::Location>)>,
    },
    /// An assessment; `profile` is the id it names. `checked` holds its
    /// findings against the catalog's profile of that id, when the catalog
    /// has one; otherwise it is checked once all profiles are known.
    Assessment {
        profile: Option<String>,
        checked: Option<Vec<Diagnostic>>,
    },
}

fn read(path: &Path) -> Result<Vec<u8>, DiscoverError> {
    crate::discover::read_regular(path).map_err(|error| DiscoverError {
        path: path.to_owned(),
        reason: describe_io(&error),
    })
}

fn first_pass(path: &Path, catalog: &Catalog) -> First {
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(error) => return First::Unreadable(error),
    };
    let failed = |error: &yaml::ReadError| First::Done {
        diagnostics: read_failure::<()>(path, error).diagnostics,
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
            let checked = check_profile_value(path, text, value);
            First::Done {
                diagnostics: checked.diagnostics,
                profile_id: checked.value.map(|p| {
                    let at = id_location(text, &p.id);
                    (p.id, at)
                }),
            }
        }
        Some(FileKind::Assessment) => {
            let profile = value
                .get("profile")
                .and_then(Value::as_str)
                .map(str::to_owned);
            let checked = profile
                .as_deref()
                .and_then(|id| catalog.get(id))
                .map(|entry| {
                    assessment::load::parse_value(text, value)
                        .check_against_digest(path, Some((&entry.profile, entry.digest())), &[])
                        .0
                        .diagnostics
                });
            First::Assessment { profile, checked }
        }
        None => First::Done {
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

/// Validates the files under `inputs` (files, folders, globs); assessments
/// find their profiles among the files, then in `catalog`.
#[must_use]
pub fn validate(inputs: &[PathBuf], catalog: &Catalog) -> Outcome {
    let found = discover(inputs);
    let first: Vec<First> = found
        .files
        .par_iter()
        .map(|p| first_pass(p, catalog))
        .collect();
    let mut outcome = Outcome {
        files: found.files.len(),
        unreadable: found.errors,
        ..Outcome::default()
    };
    let mut profile_paths: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut assessments: Vec<(&PathBuf, Option<String>)> = Vec::new();
    let mut against_catalog: Vec<(&PathBuf, String, Vec<Diagnostic>)> = Vec::new();
    for (path, result) in found.files.iter().zip(first) {
        match result {
            First::Unreadable(error) => outcome.unreadable.push(error),
            First::Done {
                diagnostics,
                profile_id,
            } => {
                outcome.diagnostics.extend(diagnostics);
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
            First::Assessment {
                profile: Some(id),
                checked: Some(diagnostics),
            } => against_catalog.push((path, id, diagnostics)),
            First::Assessment { profile, .. } => assessments.push((path, profile)),
        }
    }
    let (kept, deferred) = settle(against_catalog, &profile_paths, catalog);
    outcome.diagnostics.extend(kept);
    assessments.extend(deferred);
    // The profiles the other assessments name, loaded once each: from the
    // run first, then from the catalog.
    let mut profiles: BTreeMap<String, Profile> = BTreeMap::new();
    for id in assessments.iter().filter_map(|(_, id)| id.as_ref()) {
        if profiles.contains_key(id) {
            continue;
        }
        let from_run = run_profile(&profile_paths, id);
        if let Some(profile) = from_run.or_else(|| catalog.get(id).map(|e| e.profile.clone())) {
            profiles.insert(id.clone(), profile);
        }
    }
    let mut known: Vec<&str> = profile_paths.keys().map(String::as_str).collect();
    known.extend(catalog.ids());
    known.sort_unstable();
    known.dedup();
    let digests: BTreeMap<&str, String> = profiles
        .iter()
        .map(|(id, profile)| (id.as_str(), crate::profile::digest(profile)))
        .collect();
    let checked: Vec<Result<Vec<Diagnostic>, DiscoverError>> = assessments
        .par_iter()
        .map(|(path, id)| {
            let bytes = read(path)?;
            let parsed = match assessment::load::parse(path, &bytes) {
                Ok(parsed) => parsed,
                Err(diagnostics) => return Ok(diagnostics),
            };
            let target = id
                .as_ref()
                .and_then(|id| profiles.get(id).zip(digests.get(id.as_str())))
                .map(|(profile, digest)| (profile, digest.as_str()));
            Ok(parsed
                .check_against_digest(path, target, &known)
                .0
                .diagnostics)
        })
        .collect();
    for result in checked {
        match result {
            Ok(diagnostics) => outcome.diagnostics.extend(diagnostics),
            Err(error) => outcome.unreadable.push(error),
        }
    }
    outcome.diagnostics.sort();
    outcome
}

/// Assessments checked in the first pass against the catalog's profile:
/// their findings stand, unless a profile file of the run has the id and
/// differs from the catalog's (the run's file comes first); those are
/// deferred, to be read again and checked against it.
#[allow(clippy::type_complexity)] // the two halves of one split
fn settle<'a>(
    against_catalog: Vec<(&'a PathBuf, String, Vec<Diagnostic>)>,
    profile_paths: &BTreeMap<String, PathBuf>,
    catalog: &Catalog,
) -> (Vec<Diagnostic>, Vec<(&'a PathBuf, Option<String>)>) {
    let mut run_digests: BTreeMap<String, Option<String>> = BTreeMap::new();
    for (_, id, _) in &against_catalog {
        if profile_paths.contains_key(id) && !run_digests.contains_key(id) {
            let digest = run_profile(profile_paths, id).map(|p| crate::profile::digest(&p));
            run_digests.insert(id.clone(), digest);
        }
    }
    let mut kept = Vec::new();
    let mut deferred = Vec::new();
    for (path, id, diagnostics) in against_catalog {
        let same = run_digests.get(&id).is_none_or(|run| {
            run.as_deref() == catalog.get(&id).map(crate::profile::catalog::Entry::digest)
        });
        if same {
            kept.extend(diagnostics);
        } else {
            deferred.push((path, Some(id)));
        }
    }
    (kept, deferred)
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
mod tests {
    use super::id_location;
    use crate::yaml::{self, Segment, Target};

    #[test]
    fn the_scanned_id_is_placed_where_locating_the_node_places_it() {
        for text in [
            "id: tiny-role\ntitle: Tiny\n",
            "# a comment\n\ntitle: Tiny\nid:   tiny-role   # the id\n",
            "title: Tiny\r\nid: \"tiny-role\"\r\n",
            "title: Tiny\rid: 'tiny-role'\r",
            "summary: |\n  id: not-this\nid: tiny-role\n",
            "title: Café – ünïcode\nid: tiny-role\n",
        ] {
            let located = yaml::locate(text, &[Segment::Key("id".into())], Target::Value);
            assert!(located.is_some(), "{text:?}");
            assert_eq!(id_location(text, "tiny-role"), located, "{text:?}");
        }
        // Where the line scan cannot be sure, the file is read again.
        assert_eq!(
            id_location("{id: tiny-role, title: Tiny}\n", "tiny-role"),
            None
        );
        assert_eq!(id_location("id: other-role\n", "tiny-role"), None);
    }
}
