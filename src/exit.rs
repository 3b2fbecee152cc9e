//! The process exit codes, one per outcome a script can act on.

use std::process::ExitCode;

/// How a run ended; see the README's exit-code table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// The job was done and nothing was found.
    Success,
    /// The job was done and found problems (`validate` errors, or warnings
    /// with `--strict`).
    Findings,
    /// The job could not be done: bad arguments, unreadable input, I/O.
    Failure,
    /// Interrupted by the user.
    Interrupted,
}

impl ExitStatus {
    #[must_use]
    pub fn code(self) -> u8 {
        match self {
            Self::Success => 0,
            Self::Findings => 1,
            Self::Failure => 2,
            Self::Interrupted => 130,
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        Self::from(status.code())
    }
}
