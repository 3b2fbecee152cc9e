//! Every read of the user's input: a regular file or standard input, never
//! more than the size cap of its [`Kind`] (SPEC §6), and a typed
//! [`InputError`] when it cannot be used. Nothing can be read without
//! naming its kind. This module reads bytes and checks they are text; it
//! never parses, never finds files (that is `discover`'s) and never prints.
//!
//! `kind` holds the kinds and their caps (a leaf the build script reads
//! too, with `yaml`); `read` the reading itself; this file the error.

mod kind;
mod read;
#[cfg(test)]
mod tests;

use std::path::Path;

pub use kind::Kind;
pub use read::{read, read_text};

/// Where input comes from: a file, or standard input (`-` on the command
/// line, which is not a path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    File(&'a Path),
    Stdin,
}

impl Source<'_> {
    /// The name messages give the input.
    #[must_use]
    pub fn name(self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Stdin => "standard input".to_owned(),
        }
    }
}

/// Why input could not be used, and which input it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file as the user named it, or `standard input`.
    pub name: String,
    pub problem: Problem,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self { name, problem } = self;
        match problem {
            Problem::Unreadable(_) => write!(f, "cannot read {name}: {problem}"),
            Problem::TooLarge { .. } | Problem::NotUtf8 { .. } => write!(f, "{name} is {problem}"),
        }
    }
}

impl std::error::Error for InputError {}

/// What is wrong with a piece of input, in words that follow its name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// It could not be opened or read; the reason in a user's words.
    #[error("{0}")]
    Unreadable(String),
    /// It holds more than the cap of its kind.
    #[error("larger than the {} KiB limit", .cap / 1024)]
    TooLarge { cap: u64 },
    /// It is not UTF-8 text: the byte offset of the first invalid byte.
    #[error("not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { offset: usize },
}
