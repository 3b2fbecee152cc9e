//! skillgap measures the gap between a person and a job.
//!
//! It loads role profiles (DDaT, FEDIP, SFIA-style job descriptions) from
//! YAML, checks them, runs a self-assessment, and reports the gap with a
//! development plan. The domain modules never print, never read the
//! process environment and never touch clap or comfy-table; the command
//! line (`cli`) and its edge (`app`) are private to the crate, and the
//! binary enters through [`run_cli`].
//!
//! The public surface, for the examples and library users:
//! - [`yaml`]: the one module that reads and writes YAML, hardened for
//!   untrusted input.
//! - [`profile`]: the profile model, scales, loading, checks, built-ins.
//! - [`assessment`]: the assessment model, loading and checking one, and
//!   saving it atomically.
//! - [`assess`]: the interactive flow behind its `Prompter` seam.
//! - [`gap`], [`plan`], [`report`]: measuring an assessment, planning the
//!   development, and the composed gap report.
//! - [`team`], [`compare`]: many assessments, and two side by side;
//!   [`history`]: one person's readiness over time.
//! - [`career`]: one person's ratings against every profile (`roles`).
//! - [`gate`]: `--fail-on-gap` and `--min-readiness`, judged.
//! - [`validate`]: every finding in every file; [`diagnostic`]: located
//!   findings and their rules.
//! - [`import`]: a published profile page read into a profile.
//! - [`input`]: every read, capped by its kind of input, with a typed
//!   error; [`output`]: every write, atomic; [`io_reason`]: the words
//!   for an I/O failure both use.
//! - [`render`]: [`render::render`], the entry point from any report or
//!   profile and a [`render::Format`] to text.
//! - [`text`]: neutralising untrusted text, and other plain text helpers.
//! - [`exit`]: the exit statuses every command ends with.

#![warn(clippy::print_stdout, clippy::print_stderr)]

// The terminal (termios), the signals (SIGHUP, SIGQUIT) and the file
// checks (FIFOs, devices, modes, owners) are Unix's. Elsewhere the build
// stops here, with one message instead of a wall of errors: every module
// is built on Unix only.
#[cfg(not(unix))]
compile_error!(
    "skillgap runs on Unix-like systems only (Linux, macOS): it needs termios, \
     Unix signals and Unix file types; on Windows, use it under WSL"
);

#[cfg(unix)]
mod app;
#[cfg(unix)]
pub mod assess;
#[cfg(unix)]
pub mod assessment;
#[cfg(unix)]
pub mod career;
#[cfg(unix)]
mod cli;
#[cfg(unix)]
pub mod compare;
#[cfg(unix)]
pub mod diagnostic;
#[cfg(unix)]
mod discover;
#[cfg(unix)]
mod document;
#[cfg(unix)]
pub mod exit;
#[cfg(all(test, unix))]
mod fixtures;
#[cfg(unix)]
pub mod gap;
#[cfg(unix)]
pub mod gate;
#[cfg(unix)]
pub mod history;
#[cfg(unix)]
pub mod import;
#[cfg(unix)]
pub mod input;
#[cfg(unix)]
pub mod io_reason;
#[cfg(unix)]
pub mod output;
#[cfg(unix)]
pub mod plan;
#[cfg(unix)]
pub mod profile;
#[cfg(all(test, unix))]
mod properties;
#[cfg(unix)]
pub mod render;
#[cfg(unix)]
pub mod report;
#[cfg(unix)]
mod suggest;
#[cfg(unix)]
pub mod team;
#[cfg(unix)]
pub mod text;
#[cfg(unix)]
pub mod validate;
#[cfg(unix)]
pub mod yaml;

/// Runs the command line: parses the process's arguments (clap's message
/// and exit status 2 on a bad one), runs the command and says how it
/// ended, as the `skillgap` binary does.
#[cfg(unix)]
#[must_use]
pub fn run_cli() -> std::process::ExitCode {
    app::run(cli::Cli::parse_args().into_request()).into()
}
