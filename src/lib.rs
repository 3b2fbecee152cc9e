//! skillgap measures the gap between a person and a job.
//!
//! It loads role profiles (DDaT, FEDIP, SFIA-style job descriptions) from
//! YAML, checks them, and presents them. The domain modules below never
//! print, never read the process environment and never touch clap or
//! comfy-table; `app` is the edge that does.
//!
//! - [`yaml`]: the one module that reads and writes YAML, hardened for
//!   untrusted input.
//! - [`profile`]: the profile model, scales, loading, checks, built-ins.
//! - [`validate`]: `skillgap validate`, every finding in every file.
//! - [`render`]: pure renderers, one per output format.
//! - [`diagnostic`]: located findings and their rules.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod app;
pub mod assess;
pub mod assessment;
pub mod cli;
pub mod compare;
pub mod diagnostic;
pub mod discover;
pub mod document;
pub mod exit;
#[cfg(test)]
mod fixtures;
pub mod gap;
pub mod gate;
pub mod import;
pub mod input;
pub mod io_reason;
pub mod output;
pub mod plan;
pub mod profile;
pub mod render;
pub mod report;
pub mod suggest;
pub mod team;
pub mod text;
pub mod validate;
pub mod yaml;
