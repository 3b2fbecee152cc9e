//! Turning the paths a user gives into the YAML files to read: files as they
//! are, folders searched recursively for `*.yaml` / `*.yml`, globs expanded.
//! The result is sorted and free of duplicates, so output is deterministic.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

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

/// Expands `inputs` into YAML files.
#[must_use]
pub fn discover(inputs: &[PathBuf]) -> Discovered {
    let mut files = BTreeSet::new();
    let mut errors = Vec::new();
    for input in inputs {
        let text = input.to_string_lossy();
        if !input.exists() && looks_like_glob(&text) {
            expand_glob(input, &text, &mut files, &mut errors);
        } else {
            add(input, &mut files, &mut errors);
        }
    }
    Discovered {
        files: files.into_iter().collect(),
        errors,
    }
}

fn expand_glob(
    input: &Path,
    pattern: &str,
    files: &mut BTreeSet<PathBuf>,
    errors: &mut Vec<DiscoverError>,
) {
    let paths = match glob::glob(pattern) {
        Ok(paths) => paths,
        Err(error) => {
            errors.push(DiscoverError {
                path: input.to_owned(),
                reason: format!("bad glob pattern: {error}"),
            });
            return;
        }
    };
    let mut matched = false;
    for entry in paths {
        match entry {
            Ok(path) => {
                matched = true;
                add(&path, files, errors);
            }
            Err(error) => errors.push(DiscoverError {
                path: error.path().to_owned(),
                reason: error.error().to_string(),
            }),
        }
    }
    if !matched {
        errors.push(DiscoverError {
            path: input.to_owned(),
            reason: "no file matches this pattern".to_owned(),
        });
    }
}

fn add(path: &Path, files: &mut BTreeSet<PathBuf>, errors: &mut Vec<DiscoverError>) {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => walk(path, files, errors),
        Ok(_) => {
            files.insert(path.to_owned());
        }
        Err(error) => errors.push(DiscoverError {
            path: path.to_owned(),
            reason: describe_io(&error),
        }),
    }
}

fn walk(dir: &Path, files: &mut BTreeSet<PathBuf>, errors: &mut Vec<DiscoverError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            errors.push(DiscoverError {
                path: dir.to_owned(),
                reason: describe_io(&error),
            });
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if is_dir && !hidden {
            walk(&path, files, errors);
        } else if !is_dir && is_yaml(&path) {
            files.insert(path);
        }
    }
}

/// A short, user-facing reason for an I/O error.
#[must_use]
pub fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_globs_and_files_give_sorted_unique_yaml_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        for name in ["b.yaml", "a.yml", "sub/c.yaml", "notes.txt"] {
            std::fs::write(root.join(name), "x: 1\n").unwrap();
        }
        let found = discover(&[root.to_owned(), root.join("b.yaml"), root.join("*.yaml")]);
        assert!(found.errors.is_empty(), "{:?}", found.errors);
        let names: Vec<_> = found
            .files
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.yml", "b.yaml", "sub/c.yaml"]);
    }

    #[test]
    fn a_missing_path_is_an_error_naming_it() {
        let found = discover(&[PathBuf::from("/no/such/place")]);
        assert!(found.files.is_empty());
        assert_eq!(
            found.errors[0].to_string(),
            "/no/such/place: no such file or folder"
        );
    }
}
