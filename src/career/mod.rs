//! One person's ratings against every profile (SPEC §9): which roles they
//! fit (`roles`) and what the next level asks (`path`), from the ratings of
//! one or more of their assessment files. Pure: the caller reads the files and the profiles.
//!
//! - `ratings`: the files' ratings merged into one set, the newest rating
//!   of each skill winning, each kept under the key by which other
//!   profiles may count it (the DDaT skill's id, or its own profile's
//!   item id, which counts for that profile alone).
//! - `fit`: those ratings measured against one profile, and the order of
//!   the roles list.
//! - `path`: what the next level, or any other profile, asks beyond the
//!   current one.
//! - `report`: what `roles` and `path` print.

pub mod fit;
pub mod path;
pub mod ratings;
pub mod report;

pub use fit::{Fit, Standing, rank};
pub use ratings::{MergeError, Ratings, Source};
pub use report::{PathReport, RoleRow, RolesReport};

#[cfg(test)]
mod tests;
