//! Writing a file so that nothing is ever lost: the new content goes to a
//! temporary file in the same folder, is flushed to disk, and then replaces
//! the old file in one rename. A failure at any step leaves the previous
//! file as it was and no temporary file behind.
//!
//! Only a regular file is ever replaced: a folder, FIFO, device, socket or
//! a link to nothing is refused by name. A [`Target`] remembers what it last
//! saw at its path, so a save never silently replaces a file that someone
//! else (another run, an editor) wrote in the meantime: the new content is
//! kept beside it instead. This module knows nothing of what the bytes
//! mean (assessments, profiles); it does not print and does not handle
//! signals: the caller keeps a save from being cut short.
//!
//! The parts, one concept each: `target` says what a path is and whether
//! it may be replaced; `save` writes the temporary file and replaces the
//! old one only if it is still the one last seen (`stamp`); `beside` keeps
//! content that could not go to its file under a free name next to it;
//! `error` says why a save failed. Everything public is re-exported here.

mod beside;
mod error;
pub mod folder;
#[cfg(debug_assertions)]
mod pause;
mod save;
mod stamp;
mod target;
#[cfg(test)]
mod tests;

pub use error::{Reason, WriteError};
pub use target::Target;
