//! Turning the paths a user gives into the YAML files to read: files as they
//! are, folders searched recursively for `*.yaml` / `*.yml`, globs expanded.
//! The result is sorted and free of duplicates (the same file reached by two
//! spellings counts once), so output is deterministic. Only regular files
//! are taken: a FIFO or device named `*.yaml` would block or never end.
//! Symbolic links to files are followed; links to folders are not, so a
//! link loop cannot trap the walk. It never reads a file's content: that
//! is `input`'s.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::io_reason::describe_io;

/// A path that could not be turned into files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}", path.display())]
pub struct DiscoverError {
    pub path: PathBuf,
    pub reason: String,
}

/// Files found, and the paths that could not be used.
#[derive(Debug, Default)]
pub struct Discovered {
    pub files: Vec<PathBuf>,
    pub errors: Vec<DiscoverError>,
}

/// Whether `path` names a YAML file by its extension.
#[must_use]
pub fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

fn looks_like_glob(text: &str) -> bool {
    text.contains(['*', '?', '['])
}

/// Files found so far, each under the spelling first met, and the
/// canonical paths of those files (the same file reached twice counts once).
#[derive(Default)]
struct Found {
    files: Vec<PathBuf>,
    canonical: HashSet<PathBuf>,
    errors: Vec<DiscoverError>,
}

impl Found {
    fn error(&mut self, path: &Path, reason: impl Into<String>) {
        self.errors.push(DiscoverError {
            path: path.to_owned(),
            reason: reason.into(),
        });
    }

    fn file(&mut self, path: &Path) {
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        if self.canonical.insert(canonical) {
            self.files.push(path.to_owned());
        }
    }

    /// A regular file met while walking a folder whose canonical path is
    /// known: no need to resolve it again.
    fn file_in(&mut self, canonical_dir: &Path, path: PathBuf) {
        let canonical = canonical_dir.join(path.file_name().unwrap_or_default());
        if self.canonical.insert(canonical) {
            self.files.push(path);
        }
    }
}

/// Expands `inputs` into YAML files.
#[must_use]
pub fn discover(inputs: &[PathBuf]) -> Discovered {
    let mut found = Found::default();
    for input in inputs {
        let text = input.to_string_lossy();
        if !input.exists() && looks_like_glob(&text) {
            expand_glob(input, &text, &mut found);
        } else {
            add(input, &mut found);
        }
    }
    // Each folder is walked in name order, so the list is already sorted
    // but where inputs meet: a stable sort finds the sorted runs and
    // merges them in linear time.
    let mut files = found.files;
    files.sort();
    Discovered {
        files,
        errors: found.errors,
    }
}

fn expand_glob(input: &Path, pattern: &str, found: &mut Found) {
    let paths = match glob::glob(pattern) {
        Ok(paths) => paths,
        Err(error) => {
            found.error(input, format!("bad glob pattern: {error}"));
            return;
        }
    };
    let mut matched = false;
    for entry in paths {
        match entry {
            Ok(path) => {
                matched = true;
                add(&path, found);
            }
            Err(error) => found.error(error.path(), error.error().to_string()),
        }
    }
    if !matched {
        found.error(input, "no file matches this pattern");
    }
}

/// A path the user named: a folder is walked, a regular file taken.
fn add(path: &Path, found: &mut Found) {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => walk(path, found),
        Ok(meta) if meta.is_file() => found.file(path),
        Ok(_) => found.error(path, "not a regular file"),
        Err(error) => found.error(path, describe_io(&error)),
    }
}

fn walk(dir: &Path, found: &mut Found) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            found.error(dir, describe_io(&error));
            return;
        }
    };
    let canonical_dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned());
    // In name order, depth first: the order of the paths' components, the
    // order the files are listed in.
    // An entry that cannot be read is said, not skipped in silence: a file
    // the run never saw would otherwise look like a pass.
    let mut listed = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                found.error(dir, describe_io(&error));
                continue;
            }
        };
        // Hidden files and folders (editor locks, `.git`) are not inputs.
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        match entry.file_type() {
            Ok(kind) => listed.push((entry.file_name(), kind, entry.path())),
            Err(error) => found.error(&entry.path(), describe_io(&error)),
        }
    }
    let mut entries = listed;
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (_, kind, path) in entries {
        if kind.is_file() {
            if is_yaml(&path) {
                found.file_in(&canonical_dir, path);
            }
            continue;
        }
        if kind.is_dir() {
            walk(&path, found);
        } else if is_yaml(&path) {
            // Follows a link to see what it names; only regular files count.
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_file() => found.file(&path),
                Ok(meta) if meta.is_dir() => {}
                Ok(_) => found.error(&path, "not a regular file"),
                Err(error) => found.error(&path, describe_io(&error)),
            }
        }
    }
}

#[cfg(test)]
#[path = "discover_tests.rs"]
mod tests;
