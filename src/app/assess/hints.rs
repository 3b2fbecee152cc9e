//! The commands `assess` prints for the person to run next (resume, compare
//! after a conflicting save) and how paths are shown and shell-quoted in
//! them.
//!
//! It only builds text; it does not print, and it must not decide when a
//! hint is given.

use std::path::{Path, PathBuf};

use super::{Ask, AssessRequest};
use crate::assess::flow;
use crate::text::sanitize;

/// What a printed resume command is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Resume {
    /// Carry on this run: the same items (`--only`, `--unrated`). `true`:
    /// the file on disk still says `complete` (a re-rating under `--force`
    /// stopped before it ended), so going through it again needs `--force`
    /// too: without it, the command printed would only answer that the
    /// file is already complete.
    ThisRun(bool),
    /// Rate the items still unrated; `true`: the file says `complete`.
    Unrated(bool),
}

/// The exact command that continues `out`, with the profile arguments
/// this run was given, as `resume` says.
pub(super) fn resume_command(
    request: &AssessRequest,
    dirs: &[PathBuf],
    out: &Path,
    resume: Resume,
) -> String {
    let mut command = String::from(crate::app::program::program());
    for dir in dirs {
        command.push_str(&format!(" --profiles {}", shell_quote(dir)));
    }
    command.push_str(" assess");
    if let Some(profile) = &request.profile {
        command.push_str(&format!(" {}", shell_quote(Path::new(profile))));
    }
    command.push_str(&format!(" --resume {}", shell_quote(out)));
    match (resume, &request.ask) {
        (Resume::ThisRun(_), Ask::Only(ids)) => {
            // Each id quoted on its own: `devops,prototyping` stays as typed.
            let ids: Vec<String> = ids
                .iter()
                .map(|id| id.trim())
                .filter(|id| !id.is_empty())
                .map(|id| shell_quote(Path::new(id)))
                .collect();
            command.push_str(&format!(" --only {}", ids.join(",")));
        }
        // --unrated and --only need no --force on a complete file.
        (Resume::ThisRun(_), Ask::Unrated) | (Resume::Unrated(true), _) => {
            command.push_str(" --unrated");
        }
        (Resume::ThisRun(true), Ask::Default) => command.push_str(" --force"),
        (Resume::ThisRun(false) | Resume::Unrated(false), _) => {}
    }
    command
}

/// The command that prints the report of `out` again, with the profile
/// arguments this run was given, then `extra` as it is (already quoted).
pub(super) fn report_command(
    request: &AssessRequest,
    dirs: &[PathBuf],
    out: &Path,
    extra: &[&str],
) -> String {
    let mut command = String::from(crate::app::program::program());
    for dir in dirs {
        command.push_str(&format!(" --profiles {}", shell_quote(dir)));
    }
    command.push_str(&format!(" report {}", shell_quote(out)));
    if let Some(profile) = &request.profile {
        // A profile given as a file is found only when named again.
        command.push_str(&format!(" --profile {}", shell_quote(Path::new(profile))));
    }
    for arg in extra {
        command.push(' ');
        command.push_str(arg);
    }
    command
}

/// When the file changed under this run and its answers went elsewhere,
/// says how to see the two side by side and how to carry on.
pub(super) fn with_conflict_hints(
    error: flow::FlowError,
    request: &AssessRequest,
    dirs: &[PathBuf],
    out: &Path,
    resume: Resume,
) -> anyhow::Error {
    let flow::FlowError::Save(save) = &error;
    match save.reason.kept() {
        Some(kept) => anyhow::anyhow!(
            "{error}\n  To see how they differ: {} compare {} {}\n  To go on with these answers: {}",
            crate::app::program::program(),
            shell_quote(out),
            shell_quote(kept),
            resume_command(request, dirs, kept, resume)
        ),
        None => error.into(),
    }
}

/// A path as the user gave it, its control characters made visible: a
/// file name can hold escapes too.
pub(super) fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

/// A path as a shell argument: quoted when it holds anything special, its
/// control characters made visible.
pub(in crate::app) fn shell_quote(path: &Path) -> String {
    let text = shown(path);
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
