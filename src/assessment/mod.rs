//! Assessments: the model, reading and checking them against a profile,
//! and saving them atomically.

pub mod links;
pub mod load;
pub mod model;
pub mod several;
pub mod write;

pub use load::{Parsed, ProfileChange};
pub use model::{Assessment, Assessor, Date, Level, Rating, Status};
