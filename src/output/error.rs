//! Why a save failed, in words a user can act on: the path, the reason,
//! and where this run's content went when the file was left alone. This
//! module only describes failures; it neither saves nor decides when a
//! save is refused.

use std::path::{Path, PathBuf};

/// Why saving failed.
#[derive(Debug, thiserror::Error)]
#[error("cannot save {path}: {reason}")]
pub struct WriteError {
    pub path: String,
    pub reason: Reason,
}

/// What stopped a save.
#[derive(Debug, thiserror::Error)]
pub enum Reason {
    /// The system refused (folder missing, disk full, ...).
    #[error("{0}")]
    Io(String),
    /// The content could not be written as YAML; the file was not touched.
    #[error("it could not be written as YAML ({0}), so the file was left as it is")]
    Unserialisable(String),
    /// Something other than a regular file is at the path.
    #[error("it is {0}, not a regular file; only a regular file is ever replaced")]
    NotRegular(&'static str),
    /// The folder the file would go in is not there (or is no folder).
    #[error("there is no folder {0} to put it in")]
    NoFolder(String),
    /// A symbolic link whose target does not exist.
    #[error("it is a symbolic link to {0}, which does not exist; name the file itself")]
    DanglingLink(String),
    /// The file is not what this run last read or saved there.
    #[error(
        "it changed on disk since this run last read or saved it (another run or an editor?), so it was left as it is; {}",
        kept_at(.kept.as_deref())
    )]
    Changed { kept: Option<PathBuf> },
    /// Another process holds a lock on the file for longer than a save takes.
    #[error(
        "another process keeps it locked, so it was left as it is; {}",
        kept_at(.kept.as_deref())
    )]
    Locked { kept: Option<PathBuf> },
}

impl Reason {
    /// Where the content went instead, when the file was left alone.
    #[must_use]
    pub fn kept(&self) -> Option<&Path> {
        match self {
            Self::Changed { kept } | Self::Locked { kept } => kept.as_deref(),
            _ => None,
        }
    }
}

fn kept_at(kept: Option<&Path>) -> String {
    match kept {
        Some(kept) => format!("this run's content was saved to {} instead", kept.display()),
        None => "this run's content could not be kept elsewhere".to_owned(),
    }
}
