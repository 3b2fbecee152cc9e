//! The commands `assess` prints for the person to run next (resume, compare
//! after a conflicting save) and how paths are shown and shell-quoted in
//! them.
//!
//! It only builds text; it does not print, and it must not decide when a
//! hint is given.

use std::path::{Path, PathBuf};

use super::AssessRequest;
use crate::assess::flow;
use crate::render::terminal::sanitize;

/// The exact command that continues `out`, with the profile arguments
/// this run was given. `complete`: the file on disk still says
/// `complete` (a re-rating under `--force` stopped before it ended), so
/// resuming it needs `--force` too: without it, the command printed would
/// only answer that the file is already complete.
pub(super) fn resume_command(
    request: &AssessRequest,
    dirs: &[PathBuf],
    out: &Path,
    complete: bool,
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
    if complete {
        command.push_str(" --force");
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
    complete: bool,
) -> anyhow::Error {
    let flow::FlowError::Save(save) = &error;
    match save.reason.kept() {
        Some(kept) => anyhow::anyhow!(
            "{error}\n  To see how they differ: {} compare {} {}\n  To go on with these answers: {}",
            crate::app::program::program(),
            shell_quote(out),
            shell_quote(kept),
            resume_command(request, dirs, kept, complete)
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
