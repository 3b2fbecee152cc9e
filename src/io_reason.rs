//! The words a user sees for an I/O error ("no such file or folder", "the
//! disk is full"), and the marker for a path that is not a regular file.
//! A leaf shared by `discover`, `input` and `output`: it uses nothing of
//! ours, and it never opens, reads or writes a file.

/// A path that names something other than a file or a folder: a FIFO, a
/// device, a socket. It is never opened to be read: reading could wait
/// forever for a writer, or never end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a regular file")]
pub struct NotARegularFile;

/// A short, user-facing reason for an I/O error.
#[must_use]
pub fn describe_io(error: &std::io::Error) -> String {
    if matches!(error.get_ref(), Some(inner) if inner.is::<NotARegularFile>()) {
        return NotARegularFile.to_string();
    }
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "is a folder, not a file".to_owned(),
        std::io::ErrorKind::NotADirectory => "part of the path is a file, not a folder".to_owned(),
        std::io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        std::io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".to_owned(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_common_error_has_its_words_and_others_keep_their_own() {
        use std::io::{Error, ErrorKind};
        let not_regular = Error::new(ErrorKind::InvalidInput, NotARegularFile);
        assert_eq!(describe_io(&not_regular), "not a regular file");
        assert_eq!(
            describe_io(&ErrorKind::NotFound.into()),
            "no such file or folder"
        );
        assert_eq!(
            describe_io(&ErrorKind::IsADirectory.into()),
            "is a folder, not a file"
        );
        assert_eq!(
            describe_io(&ErrorKind::StorageFull.into()),
            "the disk is full"
        );
        let other = Error::other("something odd");
        assert_eq!(describe_io(&other), "something odd");
    }
}
