//! Between parsed values and typed data: [`from_value`] deserialises a
//! [`Value`] and names the path and kind of a failure ([`PathError`]);
//! [`to_string`] serialises typed data through `emit`, failing with a
//! [`WriteError`]. It must not read files or parse text.

use serde::{Serialize, de::DeserializeOwned};

use super::{Segment, TypedProblem, Value, emit};

/// A typed-deserialisation failure: where the offending node is, what
/// went wrong (callers decide by it, never by the message) and serde's
/// message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    pub path: Vec<Segment>,
    pub problem: TypedProblem,
    pub message: String,
}

/// Deserialises a parsed value into `T`, reporting the path of a failure.
///
/// # Errors
/// The first [`PathError`] serde meets.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, PathError> {
    // The common case is a valid value: try without tracking the path, and
    // pay for the tracking only to describe a failure.
    if let Ok(typed) = T::deserialize(&value.0) {
        return Ok(typed);
    }
    serde_path_to_error::deserialize(&value.0).map_err(|error| {
        let message = error.inner().to_string();
        PathError {
            path: error
                .path()
                .iter()
                .filter_map(|segment| match segment {
                    serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
                    serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone())),
                    serde_path_to_error::Segment::Enum { .. }
                    | serde_path_to_error::Segment::Unknown => None,
                })
                .collect(),
            problem: TypedProblem::of_message(&message),
            message,
        }
    })
}

/// Serialises `value` as YAML that YAML 1.1 and 1.2 readers take the same
/// way (see `emit`). Top-level keys in `plain_keys` keep simple values
/// bare (dates).
///
/// # Errors
/// Only if `value` cannot be represented in YAML.
pub fn to_string<T: Serialize + ?Sized>(
    value: &T,
    plain_keys: &[&str],
) -> Result<String, WriteError> {
    let value = serde_yaml::to_value(value).map_err(WriteError)?;
    Ok(emit(&value, plain_keys))
}

/// Typed data that YAML cannot represent; it says why in the YAML crate's
/// words.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct WriteError(serde_yaml::Error);
