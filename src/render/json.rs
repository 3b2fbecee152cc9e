//! JSON output: the serialisation of the documented types, pretty-printed,
//! ending in a newline.

use serde::Serialize;

/// Pretty JSON of `value`.
#[must_use]
pub fn to_json<T: Serialize>(value: &T) -> String {
    // Our types serialise to JSON infallibly: string keys, no non-finite floats.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
