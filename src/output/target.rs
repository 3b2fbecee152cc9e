//! What a save target is: the path as the user named it, the regular file
//! it resolves to, and what was there when it was last looked at. Opening
//! refuses up front anything that may not be replaced (a folder, FIFO,
//! device, socket, a link to nothing) and a folder that is missing or may
//! not be written, so a run says so before the first answer, not at the
//! first save. It writes nothing; saving is in `save`.

use std::fs::Metadata;
use std::os::unix::fs::FileTypeExt as _;
use std::path::{Path, PathBuf};

use super::error::{Reason, WriteError};
use super::stamp::Stamp;

/// What a path holds, in words, when it is not a regular file.
fn kind(meta: &Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        "a folder"
    } else if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        "a special file"
    }
}

/// The file a run saves to, and what this run last saw there.
#[derive(Debug)]
pub struct Target {
    /// As the user named it, for messages.
    pub(super) shown: PathBuf,
    /// Where the content goes: the same path, or the file a link names.
    pub(super) real: PathBuf,
    /// The file as last read or saved; `None` when there was none.
    pub(super) expected: Option<Stamp>,
}

impl Target {
    /// Looks at `path` before anything is saved there: a regular file (or
    /// a link to one) is remembered, nothing there is fine, anything else
    /// is refused.
    ///
    /// # Errors
    /// [`Reason::NotRegular`], [`Reason::DanglingLink`], or the I/O error.
    pub fn open(path: &Path) -> Result<Self, WriteError> {
        let failed = |reason| WriteError {
            path: path.display().to_string(),
            reason,
        };
        let io = |error: &std::io::Error| failed(Reason::Io(crate::io_reason::describe_io(error)));
        let meta = match std::fs::symlink_metadata(path) {
            Ok(meta) => meta,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                writable_folder(path).map_err(failed)?;
                return Ok(Self {
                    shown: path.to_owned(),
                    real: path.to_owned(),
                    expected: None,
                });
            }
            Err(error) => return Err(io(&error)),
        };
        let (real, meta) = if meta.file_type().is_symlink() {
            match std::fs::metadata(path) {
                Ok(followed) => (std::fs::canonicalize(path).map_err(|e| io(&e))?, followed),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    let to = std::fs::read_link(path).unwrap_or_default();
                    return Err(failed(Reason::DanglingLink(to.display().to_string())));
                }
                Err(error) => return Err(io(&error)),
            }
        } else {
            (path.to_owned(), meta)
        };
        if !meta.is_file() {
            return Err(failed(Reason::NotRegular(kind(&meta))));
        }
        writable_folder(&real).map_err(failed)?;
        Ok(Self {
            shown: path.to_owned(),
            real,
            expected: Some(Stamp::of(&meta)),
        })
    }

    /// The path as the user named it.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.shown
    }

    /// Whether a file was there when last looked at.
    #[must_use]
    pub fn exists(&self) -> bool {
        self.expected.is_some()
    }
}

/// Checks that the folder `path` goes in is there and may be written, so
/// a save cannot fail on it later: said at the start, not at the first
/// save, which would lose the first answer.
fn writable_folder(path: &Path) -> Result<(), Reason> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let io = |error: &std::io::Error| Reason::Io(crate::io_reason::describe_io(error));
    match std::fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(Reason::NoFolder(folder.display().to_string())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(Reason::NoFolder(folder.display().to_string()));
        }
        Err(error) => return Err(io(&error)),
    }
    rustix::fs::access(folder, rustix::fs::Access::WRITE_OK)
        .map_err(|errno| io(&std::io::Error::from(errno)))
}
