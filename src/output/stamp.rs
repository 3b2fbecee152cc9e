//! What a file looked like when last read or saved: its device, inode,
//! size and modification time, enough to tell that someone replaced or
//! rewrote it since. It only records and compares; it never opens or
//! changes a file.

use std::fs::Metadata;
use std::os::unix::fs::MetadataExt as _;

/// What a file looked like: enough to tell that someone replaced or
/// rewrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    device: u64,
    inode: u64,
    len: u64,
    modified: (i64, i64),
}

impl Stamp {
    pub(super) fn of(meta: &Metadata) -> Self {
        Self {
            device: meta.dev(),
            inode: meta.ino(),
            len: meta.size(),
            modified: (meta.mtime(), meta.mtime_nsec()),
        }
    }

    pub(super) fn same_file(self, other: Self) -> bool {
        (self.device, self.inode) == (other.device, other.inode)
    }
}
