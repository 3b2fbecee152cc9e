//! [`parse`]: text to one [`Value`], hardened for untrusted files. It runs
//! the pre-scan (nesting, indentation, node count) on the text with plain
//! line breaks, parses with the strict builder under a node and text budget
//! (duplicate and non-text keys, alias bombs), then looks for tags serde_yaml
//! would drop. It must not check bytes (that is `decode`) nor know what a
//! profile or an assessment is.

use std::cell::Cell;

use serde::de::DeserializeSeed as _;

use super::classify::classify;
use super::line_breaks::with_plain_breaks;
use super::strict::{self, StrictValue};
use super::{Location, MAX_FLOW_DEPTH, MAX_NODES, ReadError, ReadProblem, Value, prescan, tags};

/// Values allowed beyond one per byte of input before aliases count as a bomb.
const ALIAS_ALLOWANCE: usize = 10_000;
/// Bytes of text (in values and keys) allowed beyond the size of the file
/// before aliases count as a bomb. Without aliases the text built is never
/// much longer than the file (an escape such as `\L` grows by half).
const ALIAS_BYTES_ALLOWANCE: usize = 1024 * 1024;

/// Parses one YAML document into a [`Value`], refusing deep nesting, more
/// than [`MAX_NODES`] nodes, duplicate keys, tags, several documents and
/// alias bombs.
///
/// # Errors
/// A located [`ReadError`].
pub fn parse(text: &str) -> Result<Value, ReadError> {
    let scanned = with_plain_breaks(text);
    if let Some((why, offset)) = prescan::refusal(
        &scanned,
        prescan::Limits {
            flow_depth: MAX_FLOW_DEPTH,
            nodes: MAX_NODES,
        },
    ) {
        let (problem, message) = match why {
            prescan::Refusal::FlowDepth => (
                ReadProblem::TooDeep,
                format!("YAML is nested too deeply (more than {MAX_FLOW_DEPTH} levels of [ or {{)"),
            ),
            prescan::Refusal::BlockIndent => (
                ReadProblem::TooDeep,
                format!(
                    "YAML is indented too deeply (block structure past column {})",
                    prescan::MAX_BLOCK_COLUMN
                ),
            ),
            prescan::Refusal::TooManyNodes => (
                ReadProblem::TooManyNodes,
                format!(
                    "file holds too many YAML nodes (more than {MAX_NODES} values, keys, lists and mappings); split it into smaller files"
                ),
            ),
        };
        return Err(ReadError::new(
            problem,
            message,
            Location::of_offset(text, offset),
        ));
    }
    // Aliases may repeat nodes and their text, but never past the node
    // budget, nor far past the size of the file.
    let mut budget = strict::Budget::new(
        MAX_NODES.min(text.len() + ALIAS_ALLOWANCE),
        text.len() + ALIAS_BYTES_ALLOWANCE,
    );
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let value = StrictValue {
        budget: &mut budget,
    }
    .deserialize(deserializer)
    .map_err(|error| classify(text, &error, budget.refused.take()))?;
    if value.is_null() {
        return Err(ReadError::new(
            ReadProblem::Empty,
            "file is empty (no YAML content, only comments or whitespace)",
            Location::START,
        ));
    }
    // Tags serde_yaml resolves and drops: found in a copy where they are local.
    let found = Cell::new(false);
    if let Some(copy) = tags::with_local_tags(&scanned)
        && let Err(error) =
            (tags::NoTags { found: &found }).deserialize(serde_yaml::Deserializer::from_str(&copy))
        && found.get()
    {
        let tag = ReadError::new(ReadProblem::Tag, tags::TAG, Location::START);
        return Err(classify(text, &error, Some(tag)));
    }
    Ok(Value(value))
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
