//! The profiles a command can use: built-in ones and those in `--profiles`
//! folders, and turning a PROFILE argument (path or id) into one of them.

use std::path::{Path, PathBuf};

use super::builtin;
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

/// All available profiles, sorted by id, plus files in profile folders that
/// were skipped: not valid profiles, unreadable, or an id already taken.
#[derive(Debug, Default)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
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
                None => catalog.skip_invalid(Path::new(name), &checked.diagnostics),
            }
        }
        catalog
            .entries
            .sort_by(|a, b| a.profile.id.cmp(&b.profile.id));
        catalog
    }

    /// Built-in profiles, overridden by those found in `folders` (each
    /// searched recursively, in the order given: the first folder to define
    /// an id wins). A folder that does not exist is an error; a bad file
    /// inside one is skipped and reported.
    ///
    /// # Errors
    /// A folder that does not exist or cannot be read.
    pub fn load(folders: &[PathBuf]) -> Result<Self, ResolveError> {
        let mut catalog = Self::builtin();
        for folder in folders {
            let found = discover(std::slice::from_ref(folder));
            for error in found.errors {
                if error.path == *folder {
                    return Err(ResolveError::Unreadable {
                        path: error.path,
                        reason: error.reason,
                    });
                }
                catalog.skipped.push(Skipped {
                    path: error.path,
                    reason: error.reason,
                });
            }
            for file in found.files {
                let bytes = match read(&file) {
                    Ok(bytes) => bytes,
                    Err(error) => {
                        catalog.skipped.push(Skipped {
                            path: file,
                            reason: error.to_string(),
                        });
                        continue;
                    }
                };
                let checked = check_profile(&file, &bytes);
                match checked.value {
                    Some(profile) => catalog.add_file_profile(profile, file),
                    None => catalog.skip_invalid(&file, &checked.diagnostics),
                }
            }
        }
        catalog
            .entries
            .sort_by(|a, b| a.profile.id.cmp(&b.profile.id));
        Ok(catalog)
    }

    fn skip_invalid(&mut self, path: &Path, diagnostics: &[Diagnostic]) {
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
        self.skipped.push(Skipped {
            path: path.to_owned(),
            reason,
        });
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
            Some(existing) => {
                let reason = format!(
                    "profile id `{}` is already loaded from {}",
                    profile.id,
                    existing.origin.describe()
                );
                self.skipped.push(Skipped { path: file, reason });
            }
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
        if path.exists() || is_yaml(path) || spec.contains(std::path::MAIN_SEPARATOR) {
            if !path.is_file() && path.exists() {
                return Err(ResolveError::Unreadable {
                    path: path.to_owned(),
                    reason: "not a regular file".to_owned(),
                });
            }
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
                    errors: checked.errors(),
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
    crate::discover::open_regular(path)
        .and_then(crate::yaml::read_capped)
        .map_err(|error| ResolveError::Unreadable {
            path: path.to_owned(),
            reason: describe_io(&error),
        })
}
