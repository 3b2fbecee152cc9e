//! The profiles a command can use: built-in ones and those in `--profiles`
//! folders, and turning a PROFILE argument (path or id) into one of them.

use std::path::{Path, PathBuf};

use super::builtin;
use super::load::check_profile;
use super::model::Profile;
use crate::diagnostic::Diagnostic;
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

/// All available profiles, sorted by id, plus files in profile folders that
/// were skipped because they are not valid profiles.
#[derive(Debug, Default)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    pub skipped: Vec<Diagnostic>,
}

impl Catalog {
    /// Only the built-in profiles.
    #[must_use]
    pub fn builtin() -> Self {
        let mut catalog = Self::default();
        for (name, text) in builtin::FILES {
            let checked = check_profile(Path::new(name), text.as_bytes());
            // Shipped profiles are validated in CI; a broken one is skipped
            // and reported rather than taking the tool down.
            match checked.value {
                Some(profile) => catalog.entries.push(Entry {
                    profile,
                    origin: Origin::BuiltIn,
                    overrides_builtin: false,
                }),
                None => catalog.skipped.extend(checked.diagnostics),
            }
        }
        catalog
            .entries
            .sort_by(|a, b| a.profile.id.cmp(&b.profile.id));
        catalog
    }

    /// Built-in profiles, overridden by those found in `folders` (searched
    /// recursively). Folders that cannot be read are errors.
    ///
    /// # Errors
    /// A folder that does not exist or cannot be read.
    pub fn load(folders: &[PathBuf]) -> Result<Self, ResolveError> {
        let mut catalog = Self::builtin();
        if folders.is_empty() {
            return Ok(catalog);
        }
        let found = discover(folders);
        if let Some(error) = found.errors.into_iter().next() {
            return Err(ResolveError::Unreadable {
                path: error.path,
                reason: error.reason,
            });
        }
        for file in found.files {
            let bytes = read(&file)?;
            let checked = check_profile(&file, &bytes);
            let Some(profile) = checked.value else {
                catalog.skipped.extend(checked.first_error().cloned());
                continue;
            };
            catalog.add_file_profile(profile, file);
        }
        catalog
            .entries
            .sort_by(|a, b| a.profile.id.cmp(&b.profile.id));
        Ok(catalog)
    }

    fn add_file_profile(&mut self, profile: Profile, file: PathBuf) {
        match self.entries.iter_mut().find(|e| e.profile.id == profile.id) {
            Some(existing) if existing.origin == Origin::BuiltIn => {
                *existing = Entry {
                    profile,
                    origin: Origin::File(file),
                    overrides_builtin: true,
                };
            }
            // The first folder given wins over later ones.
            Some(_) => {}
            None => self.entries.push(Entry {
                profile,
                origin: Origin::File(file),
                overrides_builtin: false,
            }),
        }
    }

    /// The profile with `id`.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.profile.id == id)
    }

    /// Resolves a PROFILE argument: a path to a YAML file, or an id.
    ///
    /// # Errors
    /// An unknown id (with the available ids and the closest one), or a file
    /// that cannot be read or is not a valid profile.
    pub fn resolve(&self, spec: &str) -> Result<Entry, ResolveError> {
        let path = Path::new(spec);
        if path.is_file() || is_yaml(path) || spec.contains(std::path::MAIN_SEPARATOR) {
            let bytes = read(path)?;
            let checked = check_profile(path, &bytes);
            return match checked.value {
                Some(profile) => Ok(Entry {
                    profile,
                    origin: Origin::File(path.to_owned()),
                    overrides_builtin: false,
                }),
                None => Err(ResolveError::Invalid {
                    path: path.to_owned(),
                    errors: checked
                        .diagnostics
                        .into_iter()
                        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
                        .collect(),
                }),
            };
        }
        if let Some(entry) = self.get(spec) {
            return Ok(entry.clone());
        }
        let ids = self.entries.iter().map(|e| e.profile.id.as_str());
        let suggestion = crate::suggest::closest(spec, ids.clone())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_default();
        Err(ResolveError::UnknownId {
            id: spec.to_owned(),
            suggestion,
            available: ids.collect::<Vec<_>>().join(", "),
        })
    }
}

fn read(path: &Path) -> Result<Vec<u8>, ResolveError> {
    std::fs::File::open(path)
        .and_then(crate::yaml::read_capped)
        .map_err(|error| ResolveError::Unreadable {
            path: path.to_owned(),
            reason: describe_io(&error),
        })
}
