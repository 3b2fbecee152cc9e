//! skillgap measures the gap between a person and a job.
//!
//! It loads role profiles (DDaT, FEDIP, SFIA-style job descriptions) from
//! YAML, checks them, runs a self-assessment, and reports the gap with a
//! development plan. The domain modules never print, never read the
//! process environment and never touch clap or comfy-table; the command
//! line (`cli`) and its edge (`app`) are private to the crate, and the
//! binary enters through [`run_cli`].
//!
//! The public surface, for the fuzz targets, the examples and library
//! users:
//! - [`yaml`]: the one module that reads and writes YAML, hardened for
//!   untrusted input.
//! - [`profile`]: the profile model, scales, loading, checks, built-ins.
//! - [`assessment`]: the assessment model, loading and checking one, and
//!   saving it atomically.
//! - [`assess`]: the interactive flow behind its `Prompter` seam.
//! - [`gap`], [`plan`], [`report`]: measuring an assessment, planning the
//!   development, and the composed gap report.
//! - [`team`], [`compare`]: many assessments, and two side by side.
//! - [`gate`]: `--fail-on-gap` and `--min-readiness`, judged.
//! - [`validate`]: every finding in every file; [`diagnostic`]: located
//!   findings and their rules.
//! - [`import`]: a published profile page read into a profile.
//! - [`render`]: one entry point, [`render::render`], from any report and
//!   a [`render::Format`] to text.
//! - [`text`]: neutralising untrusted text, and other plain text helpers.
//! - [`exit`]: the exit statuses every command ends with.

#![warn(clippy::print_stdout, clippy::print_stderr)]

mod app;
pub mod assess;
pub mod assessment;
mod cli;
pub mod compare;
pub mod diagnostic;
mod discover;
mod document;
pub mod exit;
#[cfg(test)]
mod fixtures;
pub mod gap;
pub mod gate;
pub mod import;
pub mod plan;
pub mod profile;
pub mod render;
pub mod report;
mod suggest;
pub mod team;
pub mod text;
pub mod validate;
pub mod yaml;

/// Runs the command line: parses the process's arguments (clap's message
/// and exit status 2 on a bad one), runs the command and says how it
/// ended, as the `skillgap` binary does.
#[must_use]
pub fn run_cli() -> std::process::ExitCode {
    app::run(cli::Cli::parse_args().into_request()).into()
}
