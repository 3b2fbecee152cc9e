//! Keeping content that could not go to its file: it is saved under the
//! first free name `<stem>-N.<ext>` next to that file, the stem cut so the
//! name fits, so no answer is lost. It never replaces a file: a name that
//! is taken is skipped.

use std::path::{Path, PathBuf};

use super::save::set_mode;

/// Most bytes in a file name on common file systems.
const NAME_BYTES: usize = 255;

/// Saves `temp` under the first free name `<stem>-N.<ext>` beside `path`,
/// so content that could not go to `path` is not lost; the stem is cut
/// when the name would not fit.
pub(super) fn keep_beside(mut temp: tempfile::NamedTempFile, path: &Path) -> Option<PathBuf> {
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
