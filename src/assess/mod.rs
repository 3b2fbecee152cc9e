//! `skillgap assess`: the interactive self-assessment. The flow is pure
//! ([`flow`]); dialoguer lives only in [`terminal`]; [`answers`] replays a
//! ratings file through the same flow for scripts and tests.

pub mod answers;
pub mod flow;
pub mod resume;
pub mod terminal;

pub use flow::{AtSkill, Choice, Interrupt, LevelOption, Outcome, Prompter, Saving, Screen};
