//! The save itself: the new content goes to a temporary file in the same
//! folder and is synced; then, under a lock on the file it replaces and
//! only if that file is still the one the target last saw, it takes that
//! file's owner and permission bits and is renamed over it. When the file
//! changed or stays locked, the content is kept beside it instead. This
//! module does not print and does not handle signals.

use std::fs::File;
use std::io::Write as _;
use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::Path;

use super::beside::keep_beside;
use super::error::{Reason, WriteError};
use super::stamp::Stamp;
use super::target::Target;

impl Target {
    /// Saves text made for this file, or leaves the file as it was when
    /// the text could not be made (`Err` says why): never an empty file in
    /// its place.
    ///
    /// # Errors
    /// [`Reason::Unserialisable`] when there is no text; otherwise as
    /// [`Target::save`].
    pub fn save_text(&mut self, text: Result<String, String>) -> Result<(), WriteError> {
        match text {
            Ok(text) => self.save(text.as_bytes()),
            Err(why) => Err(WriteError {
                path: self.shown.display().to_string(),
                reason: Reason::Unserialisable(why),
            }),
        }
    }

    /// Writes `bytes` atomically: a temporary file in the same folder,
    /// synced, then renamed over the old file, so a failure or a stop
    /// part-way leaves the old file (or none) and never half a file. When
    /// the file on disk is no longer the one this target last saw, it is
    /// left alone and `bytes` go to a free name beside it.
    ///
    /// # Errors
    /// Any I/O failure, [`Reason::Changed`] or [`Reason::Locked`] (the
    /// content then kept beside, see [`Reason::kept`]), with the
    /// previous file left intact.
    pub fn save(&mut self, bytes: &[u8]) -> Result<(), WriteError> {
        let failed = |reason| WriteError {
            path: self.shown.display().to_string(),
            reason,
        };
        let io = |error: &std::io::Error| failed(Reason::Io(crate::io_reason::describe_io(error)));
        let folder = match self.real.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let mut temp = tempfile::Builder::new()
            .prefix(".skillgap-")
            .suffix(".tmp")
            .tempfile_in(folder)
            .map_err(|e| io(&e))?;
        temp.write_all(bytes).map_err(|e| io(&e))?;
        temp.as_file().sync_all().map_err(|e| io(&e))?;
        #[cfg(debug_assertions)]
        super::pause::pause_for_tests();
        let saved = match self.replace(temp) {
            Ok(saved) => saved,
            Err(Refused::Io(error)) => return Err(io(&error)),
            Err(Refused::Locked(temp)) => {
                let kept = keep_beside(temp, &self.real);
                return Err(failed(Reason::Locked { kept }));
            }
            Err(Refused::Changed(temp)) => {
                let kept = keep_beside(temp, &self.real);
                return Err(failed(Reason::Changed { kept }));
            }
        };
        self.expected = Some(saved);
        // Make the rename itself durable; a folder that cannot be synced
        // (some file systems refuse) does not undo the save.
        if let Ok(dir) = File::open(folder) {
            let _ = dir.sync_all();
        }
        Ok(())
    }

    /// Puts `temp` in place if the file there is still the one expected.
    fn replace(&self, temp: tempfile::NamedTempFile) -> Result<Stamp, Refused> {
        let Some(expected) = self.expected else {
            return create(temp, &self.real);
        };
        // Every run that saves here takes this lock on the file it is about
        // to replace, then checks that the path still names that very file:
        // of two runs that saw the same file, only the first replaces it.
        let current = match open_quietly(&self.real) {
            // Removed since: writing it again loses nobody's content.
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return create(temp, &self.real);
            }
            // Unreadable (a write-only file) or now a link: the check below
            // still compares what is there, without the lock.
            Err(_) => None,
            Ok(file) => Some(file),
        };
        if let Some(file) = &current
            && !lock(file)?
        {
            return Err(Refused::Locked(temp));
        }
        let now = std::fs::symlink_metadata(&self.real)?;
        let held = match &current {
            Some(file) => file.metadata()?,
            None => now.clone(),
        };
        if !Stamp::of(&now).same_file(Stamp::of(&held)) || Stamp::of(&held) != expected {
            return Err(Refused::Changed(temp));
        }
        // Keep the owner (when allowed: root replacing a user's file must
        // not take it from them) and the permission bits of the file being
        // replaced, never the set-id or sticky bits.
        let _ = std::os::unix::fs::fchown(temp.as_file(), Some(held.uid()), Some(held.gid()));
        set_mode(&temp, held.permissions().mode() & 0o777)?;
        let stamp = Stamp::of(&temp.as_file().metadata()?);
        temp.persist(&self.real).map_err(|e| Refused::Io(e.error))?;
        drop(current);
        Ok(stamp)
    }
}

/// Puts `temp` at `path` only if nothing is there yet.
fn create(temp: tempfile::NamedTempFile, path: &Path) -> Result<Stamp, Refused> {
    set_mode(&temp, 0o644)?;
    let stamp = Stamp::of(&temp.as_file().metadata()?);
    match temp.persist_noclobber(path) {
        Ok(_) => Ok(stamp),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(Refused::Changed(e.file))
        }
        Err(e) => Err(Refused::Io(e.error)),
    }
}

/// Why [`Target::replace`] did not replace the file.
enum Refused {
    Io(std::io::Error),
    /// The temporary file comes back to be kept elsewhere.
    Locked(tempfile::NamedTempFile),
    Changed(tempfile::NamedTempFile),
}

impl From<std::io::Error> for Refused {
    fn from(error: std::io::Error) -> Self {
        Self::Io(error)
    }
}

pub(super) fn set_mode(temp: &tempfile::NamedTempFile, mode: u32) -> std::io::Result<()> {
    temp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))
}

/// Opens a file to lock it, without waiting on a FIFO or following a link.
fn open_quietly(path: &Path) -> std::io::Result<File> {
    use rustix::fs::{Mode, OFlags};
    let fd = rustix::fs::open(
        path,
        OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    Ok(File::from(fd))
}

/// Takes the save lock on `file`; `false` when it stays taken: a save
/// takes milliseconds, so a lock held for seconds belongs to something else.
fn lock(file: &File) -> std::io::Result<bool> {
    use rustix::fs::FlockOperation;
    for _ in 0..300 {
        match rustix::fs::flock(file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => return Ok(true),
            Err(rustix::io::Errno::WOULDBLOCK | rustix::io::Errno::INTR) => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(error) => return Err(error.into()),
        }
    }
    Ok(false)
}
