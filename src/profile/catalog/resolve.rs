//! Why a PROFILE argument gave no profile ([`ResolveError`]) and turning a
//! PROFILE argument (a path or an id) into a profile ([`Catalog::resolve`]).
//! This file must not load folders or list profiles, and never prints.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::{Catalog, Entry, Origin};
use crate::diagnostic::Diagnostic;
use crate::discover::is_yaml;
use crate::profile::candidates::read_bytes;
use crate::profile::load::check_profile;

/// Why a PROFILE argument gave no profile.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("no profile with id `{id}`{suggestion}\n{available}")]
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
            "... and {} more (the validate command lists them all)",
            errors.len() - 10
        ));
    }
    lines.join("\n")
}

/// Up to this many ids are listed when a PROFILE is not found.
const LISTED_IDS: usize = 12;

impl Catalog {
    /// Resolves a PROFILE argument: a path to a YAML file, or an id. An
    /// argument with no `/` and no `.yaml`/`.yml` ending that names a
    /// loaded profile is that id, whatever the current folder holds.
    ///
    /// # Errors
    /// An unknown id (with the available ids and the closest one), or a file
    /// that cannot be read or is not a valid profile.
    pub fn resolve(&self, spec: &str) -> Result<Entry, ResolveError> {
        self.resolve_ref(spec).map(Cow::into_owned)
    }

    /// [`Catalog::resolve`], borrowing a loaded profile instead of cloning
    /// it (with the digest it has worked out once).
    ///
    /// # Errors
    /// As [`Catalog::resolve`].
    pub fn resolve_ref(&self, spec: &str) -> Result<Cow<'_, Entry>, ResolveError> {
        let path = Path::new(spec);
        let looks_like_path =
            is_yaml(path) || spec.contains('/') || spec.contains(std::path::MAIN_SEPARATOR);
        if !looks_like_path && let Some(entry) = self.get(spec) {
            return Ok(Cow::Borrowed(entry));
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
                Some(profile) => Ok(Cow::Owned(Entry::new(
                    profile,
                    Origin::File(path.to_owned()),
                    false,
                ))),
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
        // A few ids are listed; the framework's two hundred are not.
        let available = if ids.len() <= LISTED_IDS {
            format!("available: {}", ids.join(", "))
        } else {
            format!(
                "{} profiles are available: the profiles command lists them, and a word after it (profiles devops) searches them",
                ids.len()
            )
        };
        Err(ResolveError::UnknownId {
            id: spec.to_owned(),
            suggestion,
            available,
        })
    }
}

fn read(path: &Path) -> Result<Vec<u8>, ResolveError> {
    read_bytes(path).map_err(|reason| ResolveError::Unreadable {
        path: path.to_owned(),
        reason,
    })
}
