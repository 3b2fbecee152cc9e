//! Replacing a whole folder of generated files at once: the new folder is
//! built beside the old one, flushed, and swapped in with one rename (an
//! atomic exchange where the file system has it), so a reader sees the old
//! folder or the new one, never half of each. Files the caller keeps (a
//! person's own) are hard-linked into the new folder, so they are the very
//! same files, untouched. A failure before the swap leaves the old folder
//! as it was and nothing beside it.

use std::io;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

/// What is in the folder now: every entry under it, by path relative to it.
#[derive(Debug, Default)]
pub struct Existing {
    /// Regular files.
    pub files: Vec<PathBuf>,
    /// Symbolic links, kept as links.
    pub links: Vec<PathBuf>,
    /// Folders, with their permission bits: made again in the new folder,
    /// so an empty one is not lost and none changes its mode.
    pub folders: Vec<(PathBuf, u32)>,
}

/// Lists what is under `dir`, which must be a folder (not a link to one).
/// `None` when it does not exist.
///
/// # Errors
/// `dir` is something else than a folder, or an entry under it cannot be
/// read or is neither a file, a folder nor a link.
pub fn existing(dir: &Path) -> io::Result<Option<Existing>> {
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
        Ok(meta) if meta.is_symlink() => {
            return Err(io::Error::other(format!(
                "{} is a link; name the folder it points to instead",
                dir.display()
            )));
        }
        Ok(meta) if !meta.is_dir() => {
            return Err(io::Error::other(format!(
                "{} is not a folder",
                dir.display()
            )));
        }
        Ok(_) => {}
    }
    let mut found = Existing::default();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        let mut entries = std::fs::read_dir(dir.join(&relative))?
            .map(|entry| entry.map(|e| (e.file_name(), e)))
            .collect::<io::Result<Vec<_>>>()?;
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, entry) in entries {
            let path = relative.join(name);
            let kind = entry.file_type()?;
            if kind.is_dir() {
                let mode = entry.metadata()?.permissions().mode() & 0o7777;
                found.folders.push((path.clone(), mode));
                pending.push(path);
            } else if kind.is_file() {
                found.files.push(path);
            } else if kind.is_symlink() {
                found.links.push(path);
            } else {
                return Err(io::Error::other(format!(
                    "{} is neither a file, a folder nor a link; move it out of the folder",
                    dir.join(&path).display()
                )));
            }
        }
    }
    found.files.sort();
    found.links.sort();
    found.folders.sort();
    Ok(Some(found))
}

/// Makes `dir` hold exactly `files` (relative path, content) and what
/// `keep` names of its present content, in one swap.
///
/// # Errors
/// Anything that cannot be written, linked or renamed; the old folder is
/// then as it was.
pub fn replace(dir: &Path, files: &[(PathBuf, Vec<u8>)], keep: &Existing) -> io::Result<()> {
    let parent = match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)?;
    let name = dir
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let stage = tempfile::Builder::new()
        .prefix(&format!(".{name}.new-"))
        .tempdir_in(&parent)?;
    let old_mode = std::fs::metadata(dir).ok().map(|m| m.permissions().mode());
    if let Err(error) = build(stage.path(), dir, files, keep, old_mode) {
        writable(stage.path(), keep);
        return Err(error);
    }
    #[cfg(debug_assertions)]
    super::pause::pause_for_tests();
    if old_mode.is_some() {
        let swapped = rustix::fs::renameat_with(
            rustix::fs::CWD,
            stage.path(),
            rustix::fs::CWD,
            dir,
            rustix::fs::RenameFlags::EXCHANGE,
        )
        .or_else(|_| two_renames(stage.path(), dir));
        // The stage now holds the old folder (or, on failure, the new
        // one); dropping it removes it, read-only folders and all.
        writable(stage.path(), keep);
        swapped?;
    } else {
        std::fs::rename(stage.path(), dir)?;
        // Nothing is left at the stage's path to remove.
        let _ = stage.keep();
    }
    if let Ok(parent) = std::fs::File::open(&parent) {
        let _ = parent.sync_all();
    }
    Ok(())
}

/// The new folder at `stage`: `keep` linked in, `files` written, the old
/// folders' modes set last.
fn build(
    stage: &Path,
    dir: &Path,
    files: &[(PathBuf, Vec<u8>)],
    keep: &Existing,
    old_mode: Option<u32>,
) -> io::Result<()> {
    for (relative, _) in &keep.folders {
        std::fs::create_dir_all(stage.join(relative))?;
    }
    for relative in &keep.files {
        let to = stage.join(relative);
        make_parent(&to)?;
        std::fs::hard_link(dir.join(relative), &to)
            .or_else(|_| std::fs::copy(dir.join(relative), &to).map(|_| ()))?;
    }
    for relative in &keep.links {
        let to = stage.join(relative);
        make_parent(&to)?;
        std::os::unix::fs::symlink(std::fs::read_link(dir.join(relative))?, &to)?;
    }
    for (relative, content) in files {
        let to = stage.join(relative);
        make_parent(&to)?;
        // A new file, never an existing one or a link's target.
        let file = std::fs::File::create_new(&to)?;
        io::Write::write_all(&mut &file, content)?;
        #[cfg(not(target_os = "linux"))]
        file.sync_all()?;
    }
    // Every file on disk before the swap: on Linux, one sync of the file
    // system (a sync per file took a second for 2,000 of them).
    #[cfg(target_os = "linux")]
    rustix::fs::syncfs(std::fs::File::open(stage)?)?;
    // Modes last, deepest first: a read-only folder is still written into
    // until every file is in.
    for (relative, mode) in keep.folders.iter().rev() {
        std::fs::set_permissions(stage.join(relative), std::fs::Permissions::from_mode(*mode))?;
    }
    std::fs::set_permissions(
        stage,
        std::fs::Permissions::from_mode(old_mode.unwrap_or(0o755) & 0o7777),
    )?;
    Ok(())
}

/// Lets the folder at `stage` be removed: a read-only folder in it (a
/// person's, kept with its mode) would stop the removal halfway.
fn writable(stage: &Path, keep: &Existing) {
    let _ = std::fs::set_permissions(stage, std::fs::Permissions::from_mode(0o700));
    for (relative, mode) in &keep.folders {
        let _ = std::fs::set_permissions(
            stage.join(relative),
            std::fs::Permissions::from_mode(mode | 0o700),
        );
    }
}

/// Where the file system has no atomic exchange: the old folder moves
/// aside, the new one takes its name, and the old one goes to the stage's
/// path (to be removed with it). A failure between puts the old back.
fn two_renames(stage: &Path, dir: &Path) -> io::Result<()> {
    let aside = stage.with_extension("old");
    std::fs::rename(dir, &aside)?;
    if let Err(e) = std::fs::rename(stage, dir) {
        std::fs::rename(&aside, dir)?;
        return Err(e);
    }
    std::fs::rename(&aside, stage)
}

fn make_parent(path: &Path) -> io::Result<()> {
    match path.parent() {
        Some(parent) => std::fs::create_dir_all(parent),
        None => Ok(()),
    }
}
