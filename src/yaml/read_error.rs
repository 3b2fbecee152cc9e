//! The typed error every reading step returns: [`ReadProblem`] says what
//! went wrong (callers decide by it, never by the message), [`ReadError`]
//! adds the message and the [`Location`]. It must not decide which problem a
//! file has; the steps that find one build it here.

use super::Location;

/// What went wrong while reading a YAML file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadProblem {
    Empty,
    TooLarge,
    NotUtf8,
    TooDeep,
    TooManyNodes,
    Tag,
    Syntax,
    MultipleDocuments,
    DuplicateKey,
    KeyNotText,
    AliasBomb,
    ControlCharacter,
}

/// A located reading error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ReadError {
    pub problem: ReadProblem,
    pub message: String,
    pub location: Location,
}

impl ReadError {
    pub(super) fn new(
        problem: ReadProblem,
        message: impl Into<String>,
        location: Location,
    ) -> Self {
        Self {
            problem,
            message: message.into(),
            location,
        }
    }
}
