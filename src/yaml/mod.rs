//! The one place that reads and writes YAML.
//!
//! Everything else sees plain values and located errors, never the YAML
//! crate: [`Value`] wraps its value, and errors are this module's own
//! (SPEC §8: the crate can change here alone). Reading is hardened
//! for untrusted files (SPEC §6): the size cap of `input` checked, a byte-order mark stripped,
//! UTF-8 and control characters checked with their position, a pre-scan
//! run before the parser that bounds flow nesting, indentation and the
//! number of nodes (module `prescan`), so no file within the cap costs more
//! than a bounded amount of memory and time; duplicate and non-text keys
//! refused at the key, one document only, tags refused (module `tags`), and
//! the same node budget spent on every value built, so aliases cannot expand
//! past it (module `strict`). Line breaks may be LF, CRLF or a lone CR.
//! Locations of findings made after parsing are found in one more pass, for
//! all of a file's findings at once, by [`Places`].
//!
//! Each step has its file: `decode` (bytes to text), `parse` (text to one
//! [`Value`], with `prescan`, `strict` and `tags`), `classify` (parser
//! failures to a [`ReadError`]), `typed` (values to typed data),
//! `typed_problem` (serde's failures to a [`TypedProblem`]), `emit` (typed
//! data back to YAML), `locate` (paths to places), `value` (the parsed
//! document as the rest of the crate sees it); `location`,
//! `line_breaks`, `read_error` and `path` hold what they share. This file
//! holds only the limits and the paths the rest of the crate uses.

mod classify;
mod decode;
mod emit;
mod line_breaks;
mod locate;
mod location;
mod parse;
mod path;
mod prescan;
mod read_error;
mod strict;
mod tags;
mod typed;
mod typed_problem;
mod value;

pub use decode::decode;
use emit::emit;
pub use emit::plain_safe;
pub use locate::{Places, locate};
pub use location::Location;
pub use parse::parse;
pub use path::{Segment, Target};
pub use read_error::{ReadError, ReadProblem};
pub use typed::{PathError, WriteError, from_value, to_string};
pub use typed_problem::{Expected, Mismatch, TypedProblem};
pub use value::{Mapping, MappingNode, Node, NumberNode, SequenceNode, Value};

/// Deepest nesting of flow collections (`[` / `{`) accepted.
pub const MAX_FLOW_DEPTH: usize = 64;
/// Most nodes (scalars, keys, lists, mappings, alias uses) one file may
/// hold. The parser keeps about 100 bytes per node before building values,
/// so this bounds a file's memory well under 100 MiB; the built-in profile
/// has about 1,000 nodes and a 1 MiB profile of real text about 40,000.
pub const MAX_NODES: usize = 100_000;
