//! YAML output, through the one YAML module.

use serde::Serialize;

/// YAML of `value`.
#[must_use]
pub fn to_yaml<T: Serialize + ?Sized>(value: &T) -> String {
    crate::yaml::to_string(value, &["date"]).unwrap_or_default()
}
