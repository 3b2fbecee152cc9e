//! One person's ratings against every profile (SPEC §9): which roles they
//! fit (`roles`), from the ratings of one or more of their assessment
//! files. Pure: the caller reads the files and the profiles.
//!
//! - `ratings`: the files' ratings merged into one set, the newest rating
//!   of each skill winning, each kept under the key by which other
//!   profiles may count it (the DDaT skill's id, or its own profile's
//!   item id, which counts for that profile alone).
//! - `fit`: those ratings measured against one profile, and the order of
//!   the roles list.
//! - `report`: what `roles` prints.

pub mod fit;
pub mod ratings;
pub mod report;

pub use fit::{Fit, Standing, rank};
pub use ratings::{MergeError, Ratings, Source};
pub use report::{RoleRow, RolesReport};

#[cfg(test)]
mod tests;
