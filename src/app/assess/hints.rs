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
mod tests {
    use super::{Resume, resume_command, shell_quote, shell_word};
    use crate::app::assess::{Ask, AssessRequest, Notes};
    use crate::assessment::Assessor;
    use std::path::Path;

    #[test]
    fn the_resume_command_names_each_only_id_once() {
        let mut ids = vec!["devops".to_owned(); 10_000];
        ids.extend([String::new(), " agile ".to_owned(), "devops".to_owned()]);
        let request = AssessRequest {
            profile: None,
            out: None,
            force: false,
            resume: None,
            name: None,
            assessor: Assessor::SelfAssessed,
            assessor_name: None,
            blind: false,
            notes: Notes::Ask,
            ask: Ask::Only(ids),
            answers: None,
            complete: false,
            format: crate::render::Format::Table,
        };
        let command = resume_command(&request, &[], Path::new("a.yaml"), Resume::ThisRun(false));
        assert!(
            command.ends_with(" assess --resume a.yaml --only devops,agile"),
            "{command}"
        );
    }

    #[test]
    fn a_relative_path_starting_with_a_dash_is_not_taken_for_an_option() {
        assert_eq!(shell_quote(Path::new("-x.yaml")), "./-x.yaml");
        assert_eq!(shell_quote(Path::new("-a b.yaml")), "'./-a b.yaml'");
        assert_eq!(shell_quote(Path::new("a/-x.yaml")), "a/-x.yaml");
        assert_eq!(shell_quote(Path::new("/t/-x.yaml")), "/t/-x.yaml");
    }

    #[test]
    fn a_word_with_control_characters_is_one_line_and_means_the_same_pasted() {
        assert_eq!(shell_word("plain-1.yaml"), "plain-1.yaml");
        assert_eq!(shell_word(""), "''");
        assert_eq!(shell_word("it's $(x)"), "'it'\\''s $(x)'");
        assert_eq!(
            shell_word("a\nb\t\u{1b}[31m\u{202e}'\\"),
            "$'a\\nb\\t\\x1b[31m\\u202e\\'\\\\'"
        );
        // What bash makes of it: the very text.
        let text = "a\nb\t\u{1b}[31m\u{7f}\u{202e}'\\ $(x) `y`";
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("printf %s {}", shell_word(text)))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), text);
    }
}
