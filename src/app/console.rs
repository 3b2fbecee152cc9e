//! The one place that writes messages to stderr: errors, warnings, notes
//! and the closing lines of a command. (The interactive prompter draws its
//! screens on the terminal itself; that is the terminal, not messages.)
//!
//! A message that cannot be written (stderr a closed pipe, `2>&1 | head
//! -1`) is dropped instead of panicking, so the exit status stays the one
//! the run earned. Colour follows `--color` and whether stderr is a
//! terminal, set once at the start of a run. It says; it decides nothing.

use std::io::{IsTerminal as _, Write as _};
use std::sync::OnceLock;

use super::ColorMode;
use crate::render::terminal::Paint;
use crate::render::wrap::wrap;

static PAINT: OnceLock<Paint> = OnceLock::new();

/// `format!`-style: says one message on stderr (see [`line`]).
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::app::console::line(&format!($($arg)*))
    };
}

/// Sets how messages are coloured for the rest of the run: `mode` from
/// `--color`, applied to stderr.
pub(super) fn init(mode: ColorMode) {
    let _ = PAINT.set(super::paint(mode, std::io::stderr().is_terminal()));
}

/// How messages are coloured (plain before [`init`]).
pub(crate) fn paint() -> Paint {
    PAINT.get().copied().unwrap_or_default()
}

/// Writes `text` and a newline to stderr, as it is.
pub(crate) fn line(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// Writes `text` wrapped between words to the terminal's width (at most
/// 100 columns) when stderr is a terminal, so no line breaks mid-word at
/// the edge; as it is otherwise.
pub(crate) fn wrapped(text: &str) {
    match columns() {
        Some(columns) => line(&wrap(text, columns, "", "").join("\n")),
        None => line(text),
    }
}

/// `error: text`, the word coloured as `--color` says.
pub(crate) fn error(text: &str) {
    line(&format!("{}: {text}", paint().error("error")));
}

/// `warning: text`, the word coloured as `--color` says.
pub(crate) fn warning(text: &str) {
    line(&format!("{}: {text}", paint().warning("warning")));
}

/// The columns to wrap stderr's lines to: one less than the terminal's
/// width, at most 100; `None` when stderr is no terminal (a log or a pipe
/// gets whole lines, to read and search as they are).
pub(crate) fn columns() -> Option<usize> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    terminal_size::terminal_size_of(std::io::stderr())
        .map(|(width, _)| usize::from(width.0).clamp(10, 100) - 1)
}
