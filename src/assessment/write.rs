//! Saving an assessment so that no answer is ever lost: the new content goes
//! to a temporary file in the same folder, is flushed to disk, and then
//! replaces the old file in one rename. A failure at any step leaves the
//! previous file as it was and no temporary file behind.

use std::io::Write as _;
use std::path::Path;

use super::model::Assessment;

/// Why saving failed.
#[derive(Debug, thiserror::Error)]
#[error("cannot save {path}: {reason}")]
pub struct WriteError {
    pub path: String,
    pub reason: String,
}

/// The assessment as YAML: fields in a fixed order, strings that YAML 1.1
/// readers could take for something else quoted, the date bare.
#[must_use]
pub fn to_yaml(assessment: &Assessment) -> String {
    crate::yaml::to_string(assessment, &["date"]).unwrap_or_default()
}

/// Writes `assessment` to `path` atomically.
///
/// # Errors
/// Any I/O failure (folder missing or read-only, disk full), with the
/// previous file left intact.
pub fn save(path: &Path, assessment: &Assessment) -> Result<(), WriteError> {
    write_atomically(path, to_yaml(assessment).as_bytes())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// folder, synced, then renamed over the old file, so a failure or a stop
/// part-way leaves the old file (or none) and never half a file.
///
/// # Errors
/// Any I/O failure, with the previous file left intact.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let failed = |error: std::io::Error| WriteError {
        path: path.display().to_string(),
        reason: crate::discover::describe_io(&error),
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".skillgap-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(failed)?;
    // Keep the mode of the file being replaced; a new file is readable by
    // others (0644), as files written by hand would be (tempfile's own
    // default is 0600).
    let mode = std::fs::metadata(path).map_or(0o644, |meta| {
        std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o7777
    });
    std::fs::set_permissions(
        temp.path(),
        std::os::unix::fs::PermissionsExt::from_mode(mode),
    )
    .map_err(failed)?;
    temp.write_all(bytes).map_err(failed)?;
    temp.as_file().sync_all().map_err(failed)?;
    temp.persist(path).map_err(|e| failed(e.error))?;
    // Make the rename itself durable; a folder that cannot be synced (some
    // file systems refuse) does not undo the save.
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::model::{Assessor, Level, Rating, Status};
    use crate::profile::Depth;

    fn sample() -> Assessment {
        let mut ratings = indexmap::IndexMap::new();
        ratings.insert(
            "devops".to_owned(),
            Rating {
                level: Level::Depth(Depth::Familiar),
                evidence: Some("no".to_owned()),
            },
        );
        ratings.insert(
            "systems-design".to_owned(),
            Rating {
                level: Level::Number(2),
                evidence: None,
            },
        );
        Assessment {
            profile: "senior-devops-engineer-management".to_owned(),
            profile_digest: None,
            person: "Yes".to_owned(),
            assessor: Assessor::SelfAssessed,
            assessor_name: None,
            date: "2026-11-26".parse().unwrap(),
            status: Status::InProgress,
            ratings,
        }
    }

    #[test]
    fn ambiguous_strings_are_quoted_and_the_date_is_bare() {
        insta::assert_snapshot!(to_yaml(&sample()), @r#"
        profile: senior-devops-engineer-management
        person: "Yes"
        assessor: self
        date: 2026-11-26
        status: in-progress
        ratings:
          devops:
            level: familiar
            evidence: "no"
          systems-design:
            level: 2
        "#);
    }

    #[test]
    fn saving_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "old").unwrap();
        save(&path, &sample()).unwrap();
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .starts_with("profile: ")
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_new_file_is_readable_by_others_and_a_replaced_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        save(&path, &sample()).unwrap();
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        save(&path, &sample()).unwrap();
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn a_failed_save_keeps_the_previous_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("a.yaml");
        let error = save(&path, &sample()).unwrap_err();
        assert!(
            error.to_string().contains("no such file or folder"),
            "{error}"
        );
        // A path that is a folder cannot be replaced by the rename.
        let blocked = dir.path().join("blocked.yaml");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("keep"), "x").unwrap();
        assert!(save(&blocked, &sample()).is_err());
        assert!(blocked.join("keep").exists());
        let leftovers = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".tmp")
            })
            .count();
        assert_eq!(leftovers, 0);
    }
}
