//! Saving so that no answer is ever lost: the new content goes to a
//! temporary file in the same folder, is flushed to disk, and then replaces
//! the old file in one rename. A failure at any step leaves the previous
//! file as it was and no temporary file behind.
//!
//! Only a regular file is ever replaced: a folder, FIFO, device, socket or
//! a link to nothing is refused by name. A [`Target`] remembers what it last
//! saw at its path, so a save never silently replaces a file that someone
//! else (another run, an editor) wrote in the meantime: the new content is
//! kept beside it instead. This module does not print and does not handle
//! signals; the caller keeps a save from being cut short.

use std::fs::{File, Metadata};
use std::io::Write as _;
use std::os::unix::fs::{FileTypeExt as _, MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use super::model::Assessment;

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

/// The assessment as YAML: fields in a fixed order, strings that YAML 1.1
/// readers could take for something else quoted, the date bare.
#[must_use]
pub fn to_yaml(assessment: &Assessment) -> String {
    crate::yaml::to_string(assessment, &["date"]).unwrap_or_default()
}

/// What a file looked like: enough to tell that someone replaced or
/// rewrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    device: u64,
    inode: u64,
    len: u64,
    modified: (i64, i64),
}

impl Stamp {
    fn of(meta: &Metadata) -> Self {
        Self {
            device: meta.dev(),
            inode: meta.ino(),
            len: meta.size(),
            modified: (meta.mtime(), meta.mtime_nsec()),
        }
    }

    fn same_file(self, other: Self) -> bool {
        (self.device, self.inode) == (other.device, other.inode)
    }
}

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
    shown: PathBuf,
    /// Where the content goes: the same path, or the file a link names.
    real: PathBuf,
    /// The file as last read or saved; `None` when there was none.
    expected: Option<Stamp>,
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
        let io = |error: &std::io::Error| failed(Reason::Io(crate::discover::describe_io(error)));
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

    /// Saves an assessment; see [`Target::save`].
    ///
    /// # Errors
    /// As [`Target::save`].
    pub fn save_assessment(&mut self, assessment: &Assessment) -> Result<(), WriteError> {
        self.save(to_yaml(assessment).as_bytes())
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
        let io = |error: &std::io::Error| failed(Reason::Io(crate::discover::describe_io(error)));
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
        pause_for_tests();
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

/// Checks that the folder `path` goes in is there and may be written, so
/// a save cannot fail on it later: said at the start, not at the first
/// save, which would lose the first answer.
fn writable_folder(path: &Path) -> Result<(), Reason> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let io = |error: &std::io::Error| Reason::Io(crate::discover::describe_io(error));
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

fn set_mode(temp: &tempfile::NamedTempFile, mode: u32) -> std::io::Result<()> {
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

/// Most bytes in a file name on common file systems.
const NAME_BYTES: usize = 255;

/// Saves `temp` under the first free name `<stem>-N.<ext>` beside `path`,
/// so content that could not go to `path` is not lost; the stem is cut
/// when the name would not fit.
fn keep_beside(mut temp: tempfile::NamedTempFile, path: &Path) -> Option<PathBuf> {
    set_mode(&temp, 0o644).ok()?;
    let stem = path.file_stem()?.to_string_lossy().into_owned();
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    for n in 2..1000 {
        let suffix = format!("-{n}{extension}");
        let mut end = stem.len().min(NAME_BYTES.saturating_sub(suffix.len()));
        while !stem.is_char_boundary(end) {
            end -= 1;
        }
        let candidate = path.with_file_name(format!("{}{suffix}", &stem[..end]));
        match temp.persist_noclobber(&candidate) {
            Ok(_) => return Some(candidate),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => temp = e.file,
            Err(_) => return None,
        }
    }
    None
}

/// Debug builds only: with `SKILLGAP_TEST_PAUSE_IN_SAVE=FILE`, the first
/// save creates FILE once its temporary file is written, then waits (at
/// most a minute) until FILE is removed, so tests can send a signal or
/// start a second run at exactly that moment.
#[cfg(debug_assertions)]
fn pause_for_tests() {
    static PAUSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let Some(flag) = std::env::var_os("SKILLGAP_TEST_PAUSE_IN_SAVE") else {
        return;
    };
    if PAUSED.swap(true, std::sync::atomic::Ordering::SeqCst) || File::create(&flag).is_err() {
        return;
    }
    let flag = PathBuf::from(flag);
    for _ in 0..6000 {
        if !flag.exists() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::model::{Assessor, Level, Rating, Status};
    use crate::profile::Depth;

    fn save(path: &Path, assessment: &Assessment) -> Result<(), WriteError> {
        Target::open(path)?.save_assessment(assessment)
    }

    fn temporary_files(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(".skillgap-"))
            .collect()
    }

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
    fn a_missing_folder_is_found_before_anything_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("a.yaml");
        let error = Target::open(&path).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "cannot save {}: there is no folder {} to put it in",
                path.display(),
                dir.path().join("missing-folder").display()
            )
        );
        std::fs::write(dir.path().join("file"), "").unwrap();
        let under_a_file = dir.path().join("file").join("a.yaml");
        assert!(matches!(
            Target::open(&under_a_file).unwrap_err().reason,
            Reason::NoFolder(_) | Reason::Io(_)
        ));
        assert!(Target::open(Path::new("a-new-file.yaml")).is_ok());
        // A folder that may not be written (root may write any but a
        // read-only file system, so this part is for other users).
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        if rustix::fs::access(&locked, rustix::fs::Access::WRITE_OK).is_err() {
            let error = Target::open(&locked.join("a.yaml")).unwrap_err();
            assert!(error.to_string().contains("permission denied"), "{error}");
        }
    }

    #[test]
    fn a_failed_save_keeps_the_previous_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("a.yaml");
        let error = save(&path, &sample()).unwrap_err();
        assert!(error.to_string().contains("there is no folder"), "{error}");
        // A path that is a folder cannot be replaced by the rename.
        let blocked = dir.path().join("blocked.yaml");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("keep"), "x").unwrap();
        assert!(save(&blocked, &sample()).is_err());
        assert!(blocked.join("keep").exists());
        assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_replaced_file_keeps_its_owner_when_root_replaces_it() {
        // Only root may give a file away; for anyone else there is nothing
        // to keep (they can only replace their own files' content).
        let dir = tempfile::tempdir().unwrap();
        if std::fs::metadata(dir.path()).unwrap().uid() != 0 {
            return;
        }
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "theirs\n").unwrap();
        std::os::unix::fs::chown(&path, Some(4321), Some(4322)).unwrap();
        Target::open(&path).unwrap().save(b"mine\n").unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (4321, 4322));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\n");
    }

    #[test]
    fn of_two_writers_that_saw_no_file_the_second_keeps_its_content_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut first = Target::open(&path).unwrap();
        let mut second = Target::open(&path).unwrap();
        first.save(b"first\n").unwrap();
        let error = second.save(b"second\n").unwrap_err();
        let Reason::Changed { kept: Some(kept) } = &error.reason else {
            panic!("{error}");
        };
        assert_eq!(kept, &dir.path().join("a-2.yaml"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first\n");
        assert_eq!(std::fs::read_to_string(kept).unwrap(), "second\n");
        assert!(error.to_string().contains("changed on disk"), "{error}");
        assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
        // The first writer carries on: the file is still the one it saved.
        first.save(b"first again\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first again\n");
    }

    #[test]
    fn of_two_writers_that_saw_the_same_file_only_the_first_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "old\n").unwrap();
        std::fs::write(dir.path().join("a-2.yaml"), "taken\n").unwrap();
        let mut first = Target::open(&path).unwrap();
        let mut second = Target::open(&path).unwrap();
        first.save(b"first\n").unwrap();
        let error = second.save(b"second\n").unwrap_err();
        let Reason::Changed { kept: Some(kept) } = &error.reason else {
            panic!("{error}");
        };
        assert_eq!(kept, &dir.path().join("a-3.yaml"), "a free name");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first\n");
        assert_eq!(std::fs::read_to_string(kept).unwrap(), "second\n");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a-2.yaml")).unwrap(),
            "taken\n"
        );
    }

    #[test]
    fn a_file_rewritten_in_place_since_the_last_save_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut target = Target::open(&path).unwrap();
        target.save(b"mine\n").unwrap();
        // An editor that writes in place keeps the inode but not the size.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"theirs\n")
            .unwrap();
        let error = target.save(b"mine, later\n").unwrap_err();
        assert!(matches!(error.reason, Reason::Changed { .. }), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\ntheirs\n");
    }

    #[test]
    fn content_for_a_file_with_a_name_near_the_limit_is_kept_beside_it_under_a_name_that_fits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.yaml", "é".repeat(125)));
        let mut first = Target::open(&path).unwrap();
        let mut second = Target::open(&path).unwrap();
        first.save(b"first\n").unwrap();
        let error = second.save(b"second\n").unwrap_err();
        let Some(kept) = error.reason.kept() else {
            panic!("{error}");
        };
        let name = kept.file_name().unwrap().to_str().unwrap();
        assert!(name.len() <= 255 && name.ends_with("-2.yaml"), "{name}");
        assert_eq!(std::fs::read_to_string(kept).unwrap(), "second\n");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first\n");
        assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn a_file_someone_keeps_locked_is_left_alone_and_the_content_kept_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "theirs\n").unwrap();
        let mut target = Target::open(&path).unwrap();
        let holder = File::open(&path).unwrap();
        rustix::fs::flock(&holder, rustix::fs::FlockOperation::LockExclusive).unwrap();
        let error = target.save(b"mine\n").unwrap_err();
        assert!(matches!(error.reason, Reason::Locked { .. }), "{error}");
        assert_eq!(
            error.reason.kept(),
            Some(dir.path().join("a-2.yaml").as_path())
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "theirs\n");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a-2.yaml")).unwrap(),
            "mine\n"
        );
        drop(holder);
        target.save(b"mine\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine\n");
    }

    #[test]
    fn only_a_regular_file_or_a_link_to_one_is_ever_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let error = Target::open(&fifo).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "cannot save {}: it is a FIFO (named pipe), not a regular file; only a regular file is ever replaced",
                fifo.display()
            )
        );
        let folder = dir.path().join("folder.yaml");
        std::fs::create_dir(&folder).unwrap();
        assert!(matches!(
            Target::open(&folder).unwrap_err().reason,
            Reason::NotRegular("a folder")
        ));
        let dangling = dir.path().join("dangling.yaml");
        std::os::unix::fs::symlink(dir.path().join("nowhere.yaml"), &dangling).unwrap();
        let error = Target::open(&dangling).unwrap_err();
        assert!(
            error.to_string().contains("is a symbolic link to")
                && error
                    .to_string()
                    .contains("nowhere.yaml, which does not exist"),
            "{error}"
        );
        assert!(!dir.path().join("nowhere.yaml").exists());
        // A link to a regular file: the file it names gets the content and
        // the link stays a link.
        let real = dir.path().join("real.yaml");
        std::fs::write(&real, "old\n").unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        Target::open(&link).unwrap().save(b"new\n").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new\n");
        assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
    }
}
