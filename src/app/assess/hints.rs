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

/// The program as it can be run, with the `--profiles` folders of this
/// run: how every printed command starts.
pub(in crate::app) fn program_with_profiles(dirs: &[PathBuf]) -> String {
    let mut command = String::from(crate::app::program::program());
    for dir in dirs {
        command.push_str(&format!(" --profiles {}", shell_quote(dir)));
    }
    command
}

/// The command that rates the required items `file` leaves unrated
/// (`--unrated` needs no `--force`, even on a complete file).
pub(in crate::app) fn rate_unrated_command(
    dirs: &[PathBuf],
    profile: Option<&str>,
    file: &Path,
) -> String {
    // A profile named on the command line (a YAML file, say) is named
    // again: resuming would not find it otherwise.
    let profile = profile
        .map(|p| format!(" {}", shell_quote(Path::new(p))))
        .unwrap_or_default();
    format!(
        "{} assess{profile} --resume {} --unrated",
        program_with_profiles(dirs),
        shell_quote(file)
    )
}

/// The exact command that continues `out`, with the profile arguments
/// this run was given, as `resume` says.
pub(super) fn resume_command(
    request: &AssessRequest,
    dirs: &[PathBuf],
    out: &Path,
    resume: Resume,
) -> String {
    let mut command = program_with_profiles(dirs);
    command.push_str(" assess");
    // A file of several profiles names them all: resumed as it is.
    if let Some(profile) = request.profile.as_ref().filter(|_| request.more.is_empty()) {
        command.push_str(&format!(" {}", shell_quote(Path::new(profile))));
    }
    command.push_str(&format!(" --resume {}", shell_quote(out)));
    match (resume, &request.ask) {
        (Resume::ThisRun(_), Ask::Only(ids)) => {
            // Each id quoted on its own: `devops,prototyping` stays as typed;
            // each once, however often it was given.
            let mut seen = std::collections::HashSet::new();
            let ids: Vec<String> = ids
                .iter()
                .map(|id| id.trim())
                .filter(|id| !id.is_empty() && seen.insert(*id))
                .map(shell_word)
                .collect();
            let ids = ids.join(",");
            // With `=`, an id starting with `-` is not taken for an option.
            let sep = if ids.starts_with('-') { '=' } else { ' ' };
            command.push_str(&format!(" --only{sep}{ids}"));
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
    let mut command = program_with_profiles(dirs);
    command.push_str(&format!(" report {}", shell_quote(out)));
    if let Some(profile) = &request.profile {
        // A profile given as a file is found only when named again; one
        // given by id is the one the file names.
        let path = Path::new(profile);
        if crate::discover::is_yaml(path) || profile.contains('/') || path.is_file() {
            command.push_str(&format!(" --profile {}", shell_quote(path)));
        }
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

/// A path as a shell argument that means this very path when pasted: a
/// relative path starting with `-` is written `./-…` so that it is not
/// taken for an option, and the rest is [`shell_word`].
pub(in crate::app) fn shell_quote(path: &Path) -> String {
    if path.is_relative() && path.as_os_str().as_encoded_bytes().starts_with(b"-") {
        return shell_word(&Path::new(".").join(path).to_string_lossy());
    }
    shell_word(&path.to_string_lossy())
}

/// `text` as one shell word: bare when it holds nothing special, in single
/// quotes when it holds no control character, and in `$'…'` with the
/// control characters (escapes, newlines, bidi controls) written as
/// escapes otherwise, so that the word is printed harmlessly on one line
/// and still means `text` when pasted (bash, zsh, ksh and POSIX sh).
pub(in crate::app) fn shell_word(text: &str) -> String {
    let special = |c: char| c.is_control() || crate::text::is_bidi_control(c);
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
    {
        return text.to_owned();
    }
    if !text.chars().any(special) {
        return format!("'{}'", text.replace('\'', "'\\''"));
    }
    let mut word = String::from("$'");
    for c in text.chars() {
        match c {
            '\\' => word.push_str("\\\\"),
            '\'' => word.push_str("\\'"),
            '\n' => word.push_str("\\n"),
            '\t' => word.push_str("\\t"),
            c if c.is_ascii_control() => word.push_str(&format!("\\x{:02x}", u32::from(c))),
            c if special(c) => word.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => word.push(c),
        }
    }
    word.push('\'');
    word
}

#[cfg(test)]
#[path = "hints_tests.rs"]
mod tests;
