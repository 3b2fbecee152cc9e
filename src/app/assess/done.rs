//! The closing lines of a finished `assess` run: how many items were rated,
//! where the file is, and what required items are still unrated.
//!
//! It only reports; it does not change or save the assessment.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use super::AssessRequest;
use super::hints::{resume_command, shown};
use crate::assess::flow;
use crate::assessment::{Assessment, Status};
use crate::profile::Profile;
use crate::render::wrap::wrap;

/// The closing lines of a finished run: how many items were rated, where
/// the file is, and what is still unrated.
pub(super) fn say_done(
    request: &AssessRequest,
    dirs: &[PathBuf],
    profile: &Profile,
    done: &Assessment,
    out: &Path,
) {
    let total = profile.rated_count();
    say(&format!(
        "Done: {} of {total} items rated{}. Saved to {}.",
        done.ratings.len(),
        match total - done.ratings.len() {
            0 => String::new(),
            skipped => format!(", {skipped} skipped"),
        },
        shown(out)
    ));
    match flow::unrated_required(profile, done) {
        0 => {}
        unrated if done.status == Status::Complete => {
            say(&format!(
                "Marked complete; {} unrated.",
                required_items(unrated)
            ));
        }
        unrated => say_then(
            &format!(
                "{} unrated, so the file stays in progress. Rate {} with:",
                required_items(unrated),
                if unrated == 1 { "it" } else { "them" },
            ),
            &resume_command(request, dirs, out, false),
        ),
    }
}

/// Says `text` on stderr, wrapped between words to the terminal's width
/// (at most 100 columns) when stderr is a terminal, so no line breaks
/// mid-word at the edge; as one line otherwise.
pub(super) fn say(text: &str) {
    if let Some(columns) = stderr_columns() {
        eprintln!("{}", wrap(text, columns, "", "").join("\n"));
    } else {
        eprintln!("{text}");
    }
}

/// Says `text` then `command`: in a terminal, the text wrapped and the
/// command on a line of its own, never broken by us, as it is copied
/// whole; otherwise both on one line.
pub(super) fn say_then(text: &str, command: &str) {
    if stderr_columns().is_some() {
        say(text);
        eprintln!("{command}");
    } else {
        eprintln!("{text} {command}");
    }
}

/// The columns to wrap stderr's lines to: one less than the terminal's
/// width, at most 100; `None` when stderr is no terminal.
fn stderr_columns() -> Option<usize> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    terminal_size::terminal_size_of(std::io::stderr())
        .map(|(width, _)| usize::from(width.0).clamp(10, 100) - 1)
}

/// "1 required item is", "29 required items are".
fn required_items(count: usize) -> String {
    if count == 1 {
        "1 required item is".to_owned()
    } else {
        format!("{count} required items are")
    }
}
