//! `skillgap validate`: every finding in every file, never stopping at the
//! first. Files are checked in parallel; findings come back sorted by path,
//! line and column so output is the same on every run.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::discover::{DiscoverError, describe_io, discover};
use crate::document::read_failure;
use crate::profile::load::check_profile_value;
use crate::yaml::{self, Segment, Target};

/// Keys at least one of which a profile file has at its top level.
const PROFILE_KEYS: [&str; 5] = [
    "id",
    "title",
    "summary",
    "knowledge_skills",
    "organisation_skills",
];

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

/// Validates the files under `inputs` (files, folders, globs).
#[must_use]
pub fn validate(inputs: &[PathBuf]) -> Outcome {
    let found = discover(inputs);
    let results: Vec<FileResult> = found.files.par_iter().map(|p| check_file(p)).collect();
    let mut outcome = Outcome {
        files: found.files.len(),
        unreadable: found.errors,
        ..Outcome::default()
    };
    let mut ids: BTreeMap<String, PathBuf> = BTreeMap::new();
    for result in results {
        match result {
            FileResult::Unreadable(error) => outcome.unreadable.push(error),
            FileResult::Checked {
                diagnostics,
                profile_id,
            } => {
                outcome.diagnostics.extend(diagnostics);
                if let Some((path, id)) = profile_id {
                    if let Some(first) = ids.get(&id) {
                        let location = locate_id(&path);
                        outcome.diagnostics.push(Diagnostic::new(
                            &path,
                            location,
                            Rule::DuplicateId,
                            format!(
                                "profile id `{id}` is also used by {}; profile ids must be unique",
                                first.display()
                            ),
                        ));
                    } else {
                        ids.insert(id, path);
                    }
                }
            }
        }
    }
    outcome.diagnostics.sort();
    outcome
}

enum FileResult {
    Unreadable(DiscoverError),
    Checked {
        diagnostics: Vec<Diagnostic>,
        /// The file's path and profile id, when it is a valid profile.
        profile_id: Option<(PathBuf, String)>,
    },
}

fn check_file(path: &Path) -> FileResult {
    let bytes = match std::fs::File::open(path).and_then(yaml::read_capped) {
        Ok(bytes) => bytes,
        Err(error) => {
            return FileResult::Unreadable(DiscoverError {
                path: path.to_owned(),
                reason: describe_io(&error),
            });
        }
    };
    let failed = |error: &yaml::ReadError| FileResult::Checked {
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
    let Some(mapping) = value.as_mapping() else {
        return FileResult::Checked {
            diagnostics: vec![Diagnostic::new(
                path,
                yaml::Location::START,
                Rule::UnknownKind,
                "expected a profile: a mapping with keys such as `id`, `title`, `summary`",
            )],
            profile_id: None,
        };
    };
    if !PROFILE_KEYS.iter().any(|key| mapping.contains_key(*key)) {
        return FileResult::Checked {
            diagnostics: vec![Diagnostic::new(
                path,
                yaml::Location::START,
                Rule::UnknownKind,
                "not a skillgap profile: none of the keys `id`, `title`, `summary`, `knowledge_skills`, `organisation_skills` is present",
            )],
            profile_id: None,
        };
    }
    let checked = check_profile_value(path, text, value);
    FileResult::Checked {
        diagnostics: checked.diagnostics,
        profile_id: checked.value.map(|p| (path.to_owned(), p.id)),
    }
}

/// Where a valid profile file sets its `id`; read again only when needed.
fn locate_id(path: &Path) -> yaml::Location {
    std::fs::File::open(path)
        .and_then(yaml::read_capped)
        .ok()
        .and_then(|bytes| {
            let text = yaml::decode(&bytes).ok()?;
            yaml::locate(text, &[Segment::Key("id".into())], Target::Value)
        })
        .unwrap_or(yaml::Location::START)
}
