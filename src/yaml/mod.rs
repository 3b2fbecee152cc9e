//! The one place that reads and writes YAML.
//!
//! Everything else sees plain values and located errors. Reading is hardened
//! for untrusted files (SPEC §6): a size cap, a byte-order mark stripped,
//! UTF-8 and control characters checked with their position, a pre-scan
//! run before the parser that bounds flow nesting, indentation and the
//! number of nodes (module `prescan`), so no file within the cap costs more
//! than a bounded amount of memory and time; duplicate and non-text keys
//! refused at the key, one document only, tags refused (module `tags`), and
//! the same node budget spent on every value built, so aliases cannot expand
//! past it (module `strict`). Line breaks may be LF, CRLF or a lone CR.
//! Locations of findings made after parsing are found in one more pass, for
//! all of a file's findings at once, by [`Places`].

mod emit;
mod locate;
mod prescan;
mod strict;
mod tags;

use std::fmt;

use serde::de::DeserializeSeed as _;
use serde::{Serialize, de::DeserializeOwned};

pub use emit::{emit, plain_safe};
pub use locate::{Places, locate};
pub use serde_yaml::{Mapping, Value};

use strict::{ALIAS_BOMB, DUPLICATE_KEY, KEY_NOT_TEXT, StrictValue};

/// Largest file any loader reads, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Deepest nesting of flow collections (`[` / `{`) accepted.
pub const MAX_FLOW_DEPTH: usize = 64;
/// Most nodes (scalars, keys, lists, mappings, alias uses) one file may
/// hold. The parser keeps about 100 bytes per node before building values,
/// so this bounds a file's memory well under 100 MiB; the built-in profile
/// has about 1,000 nodes and a 1 MiB profile of real text about 40,000.
pub const MAX_NODES: usize = 100_000;
/// Values allowed beyond one per byte of input before aliases count as a bomb.
const ALIAS_ALLOWANCE: usize = 10_000;
/// Bytes of text (in values and keys) allowed beyond the size of the file
/// before aliases count as a bomb. Without aliases the text built is never
/// much longer than the file (an escape such as `\L` grows by half).
const ALIAS_BYTES_ALLOWANCE: usize = 1024 * 1024;

/// A 1-based line and column in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub const START: Self = Self { line: 1, column: 1 };

    /// Line and column of a byte offset into `text`. Lines end where the
    /// parser ends them: LF, CRLF, a lone CR, NEL, LS or PS.
    #[must_use]
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let before = text.get(..offset).unwrap_or(text);
        let bytes = before.as_bytes();
        let mut line = 1;
        let mut line_start = 0;
        let mut i = 0;
        while i < bytes.len() {
            match break_length(bytes, i) {
                0 => i += 1,
                n => {
                    i += n;
                    line += 1;
                    line_start = i;
                }
            }
        }
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }

    /// The byte offset of this line and column in `text`, if it is there.
    #[must_use]
    pub fn offset_in(self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut line_start = 0;
        let mut line = 1;
        let mut i = 0;
        while line < self.line {
            if i >= bytes.len() {
                return None;
            }
            match break_length(bytes, i) {
                0 => i += 1,
                n => {
                    i += n;
                    line += 1;
                    line_start = i;
                }
            }
        }
        let rest = &text[line_start..];
        match rest.char_indices().nth(self.column.checked_sub(1)?) {
            Some((i, _)) => Some(line_start + i),
            None => Some(text.len()),
        }
    }
}

/// The length in bytes of the line break starting at byte `i` of `bytes`,
/// or 0: LF, CRLF, a lone CR, and (as for libyaml, whose positions every
/// finding carries) NEL, LS and PS.
pub(crate) fn break_length(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..).unwrap_or_default() {
        // CRLF, or NEL (U+0085).
        [b'\r', b'\n', ..] | [0xC2, 0x85, ..] => 2,
        [b'\n' | b'\r', ..] => 1,
        [0xE2, 0x80, 0xA8 | 0xA9, ..] => 3,
        _ => 0,
    }
}

/// `text` with each NEL, LS and PS written as a CR LF of the same length
/// (LS and PS after a space), for the scans that see only CR and LF as line
/// breaks: libyaml breaks lines at them too, so text after one could
/// otherwise hide deep nesting, many nodes or a tag from the scans.
fn with_plain_breaks(text: &str) -> std::borrow::Cow<'_, str> {
    // One memchr pass per character: a set of chars decodes every one.
    if !['\u{85}', '\u{2028}', '\u{2029}']
        .into_iter()
        .any(|c| text.contains(c))
    {
        return text.into();
    }
    text.replace('\u{85}', "\r\n")
        .replace(['\u{2028}', '\u{2029}'], " \r\n")
        .into()
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// What went wrong while reading a YAML file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadProblem {
    Empty,
    TooLarge,
    NotUtf8,
    TooDeep,
    TooManyNodes,
    Tag,
    Syntax,
    MultipleDocuments,
    DuplicateKey,
    KeyNotText,
    AliasBomb,
    ControlCharacter,
}

/// A located reading error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ReadError {
    pub problem: ReadProblem,
    pub message: String,
    pub location: Location,
}

impl ReadError {
    fn new(problem: ReadProblem, message: impl Into<String>, location: Location) -> Self {
        Self {
            problem,
            message: message.into(),
            location,
        }
    }
}

/// Reads at most [`MAX_FILE_BYTES`] (+1, to tell an oversized file) from `reader`.
///
/// # Errors
/// I/O errors from the reader.
pub fn read_capped(reader: impl std::io::Read) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Checks raw bytes and returns the text to parse: size cap, one leading
/// byte-order mark stripped, valid UTF-8, not empty.
///
/// # Errors
/// A [`ReadError`] saying which check failed and where.
pub fn decode(bytes: &[u8]) -> Result<&str, ReadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::new(
            ReadProblem::TooLarge,
            format!(
                "file is larger than the {} KiB limit",
                MAX_FILE_BYTES / 1024
            ),
            Location::START,
        ));
    }
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let bytes = &bytes[bom..];
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let offset = error.valid_up_to();
        // The prefix up to `offset` is valid UTF-8 by definition.
        let prefix = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        ReadError::new(
            ReadProblem::NotUtf8,
            format!(
                "file is not valid UTF-8: invalid byte at offset {}",
                offset + bom
            ),
            Location::of_offset(prefix, offset),
        )
    })?;
    if let Some((offset, c)) = forbidden(text) {
        let what = if c == '\u{feff}' {
            "a byte-order mark (U+FEFF) after the start of the file".to_owned()
        } else {
            format!("control character U+{:04X}", u32::from(c))
        };
        return Err(ReadError::new(
            ReadProblem::ControlCharacter,
            format!(
                "{what} at byte offset {} is not allowed in YAML",
                offset + bom
            ),
            Location::of_offset(text, offset),
        ));
    }
    if text.trim().is_empty() {
        return Err(ReadError::new(
            ReadProblem::Empty,
            "file is empty",
            Location::START,
        ));
    }
    Ok(text)
}

/// The first character YAML does not allow in a stream, with its byte
/// offset: C0 controls other than tab and line breaks, DEL, C1 controls
/// other than NEL, and a byte-order mark anywhere (a leading one is already
/// stripped). Scans bytes: every such character starts with a byte that
/// plain text rarely holds.
fn forbidden(text: &str) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let hit = bytes.iter().enumerate().position(|(i, &b)| match b {
        b'\t' | b'\n' | b'\r' => false,
        0x00..=0x1F | 0x7F => true,
        0xC2 => bytes
            .get(i + 1)
            .is_some_and(|&n| (0x80..=0x9F).contains(&n) && n != 0x85),
        0xEF => bytes.get(i + 1) == Some(&0xBB) && bytes.get(i + 2) == Some(&0xBF),
        _ => false,
    })?;
    text[hit..].chars().next().map(|c| (hit, c))
}

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
    let mut budget = strict::Budget {
        nodes: MAX_NODES.min(text.len() + ALIAS_ALLOWANCE),
        bytes: text.len() + ALIAS_BYTES_ALLOWANCE,
    };
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let value = StrictValue {
        budget: &mut budget,
    }
    .deserialize(deserializer)
    .map_err(|error| classify(text, &error))?;
    if value.is_null() {
        return Err(ReadError::new(
            ReadProblem::Empty,
            "file is empty (no YAML content, only comments or whitespace)",
            Location::START,
        ));
    }
    // Tags serde_yaml resolves and drops: found in a copy where they are local.
    if let Some(copy) = tags::with_local_tags(&scanned)
        && let Err(error) = tags::NoTags.deserialize(serde_yaml::Deserializer::from_str(&copy))
        && error.to_string().contains(tags::TAG)
    {
        return Err(classify(text, &error));
    }
    Ok(value)
}

fn classify(text: &str, error: &serde_yaml::Error) -> ReadError {
    let message = error.to_string();
    let location = error.location().map_or(Location::START, |l| Location {
        line: l.line(),
        column: l.column(),
    });
    // Drop serde_yaml's path prefix and the first " at line L column C": the
    // location is reported separately. Any parser context after it stays.
    let bare = match message.split_once(" at line ") {
        Some((head, tail)) => {
            let rest = tail
                .split_once(", ")
                .map_or(String::new(), |(_, context)| format!(", {context}"));
            format!("{head}{rest}")
        }
        None => message.clone(),
    };
    let bare = match bare.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => rest.to_owned(),
        _ => bare,
    };
    if message.contains("more than one document") {
        return ReadError::new(
            ReadProblem::MultipleDocuments,
            "file holds more than one YAML document; keep one per file",
            second_document(text),
        );
    }
    let tag = location
        .offset_in(text)
        .map_or("", |offset| tags::tag_at(text, offset));
    // serde_yaml fails on some tags before our check sees them (`!!int x`,
    // `!!null` on text, an undefined `!e!` handle): a failure at a tag is
    // the tag's.
    if message.contains(tags::TAG) || tag.starts_with('!') {
        return ReadError::new(
            ReadProblem::Tag,
            format!(
                "YAML tag `{tag}` is not allowed: tags can make a reader build objects or change values; write the plain value"
            ),
            location,
        );
    }
    let problem = if bare.starts_with(DUPLICATE_KEY) {
        ReadProblem::DuplicateKey
    } else if bare.starts_with(KEY_NOT_TEXT) {
        ReadProblem::KeyNotText
    } else if bare.starts_with(ALIAS_BOMB) || bare.starts_with("repetition limit exceeded") {
        ReadProblem::AliasBomb
    } else if bare.starts_with("recursion limit exceeded") {
        ReadProblem::TooDeep
    } else {
        ReadProblem::Syntax
    };
    let bare = match problem {
        ReadProblem::AliasBomb => ALIAS_BOMB.to_owned(),
        ReadProblem::TooDeep => "YAML is nested too deeply".to_owned(),
        _ => bare,
    };
    ReadError::new(problem, bare, location)
}

/// The lines of `text`, each ended by LF, CRLF or a lone CR.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        let Some(end) = current.find(['\n', '\r']) else {
            rest = None;
            return Some(current);
        };
        let skip = if current[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = Some(&current[end + skip..]).filter(|r| !r.is_empty());
        Some(&current[..end])
    })
}

/// Where the second document starts: the second `---` line, or the line
/// after a `...` end marker.
fn second_document(text: &str) -> Location {
    let mut seen_content = false;
    for (index, line) in lines(text).enumerate() {
        let is_start = line == "---" || line.starts_with("--- ");
        if (is_start && seen_content) || line == "..." {
            let line_number = if line == "..." { index + 2 } else { index + 1 };
            return Location {
                line: line_number,
                column: 1,
            };
        }
        let trimmed = line.trim_start();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            seen_content = true;
        }
    }
    Location::START
}

/// A typed-deserialisation failure: where the offending node is and
/// serde's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    pub path: Vec<Segment>,
    pub message: String,
}

/// Deserialises a parsed value into `T`, reporting the path of a failure.
///
/// # Errors
/// The first [`PathError`] serde meets.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, PathError> {
    // The common case is a valid value: try without tracking the path, and
    // pay for the tracking only to describe a failure.
    if let Ok(typed) = T::deserialize(value) {
        return Ok(typed);
    }
    serde_path_to_error::deserialize(value).map_err(|error| PathError {
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
        message: error.inner().to_string(),
    })
}

/// Serialises `value` as YAML that YAML 1.1 and 1.2 readers take the same
/// way (see [`emit`]). Top-level keys in `plain_keys` keep simple values
/// bare (dates).
///
/// # Errors
/// Only if `value` cannot be represented in YAML.
pub fn to_string<T: Serialize>(
    value: &T,
    plain_keys: &[&str],
) -> Result<String, serde_yaml::Error> {
    Ok(emit(&serde_yaml::to_value(value)?, plain_keys))
}

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Which part of a node [`locate()`] should point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// The value at the path.
    Value,
    /// The key that names the last segment of the path.
    Key,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> (ReadProblem, Location) {
        let error = parse(text).unwrap_err();
        (error.problem, error.location)
    }

    #[test]
    fn a_duplicate_key_is_reported_at_the_second_key() {
        let text = "a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n";
        assert_eq!(
            problem(text),
            (ReadProblem::DuplicateKey, Location { line: 5, column: 3 })
        );
    }

    #[test]
    fn a_duplicate_top_level_key_is_reported_at_the_key() {
        let text = "a: 1\nb: 2\na: 3\n";
        assert_eq!(
            problem(text),
            (ReadProblem::DuplicateKey, Location { line: 3, column: 1 })
        );
    }

    #[test]
    fn a_second_document_is_refused_at_its_marker() {
        let text = "---\na: 1\n---\nb: 2\n";
        assert_eq!(
            problem(text),
            (
                ReadProblem::MultipleDocuments,
                Location { line: 3, column: 1 }
            )
        );
    }

    #[test]
    fn deep_flow_nesting_is_refused_before_parsing() {
        let text = "[{".repeat(50_000);
        assert_eq!(problem(&text).0, ReadProblem::TooDeep);
    }

    #[test]
    fn brackets_inside_quotes_and_comments_do_not_count_as_nesting() {
        let text = format!(
            "a: \"{}\"\nb: '{}'\n# {}\n",
            "[".repeat(100),
            "{".repeat(100),
            "[".repeat(100)
        );
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn an_alias_bomb_is_refused() {
        let mut text = String::from("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
        {
            text.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(",")
            ));
        }
        assert_eq!(problem(&text).0, ReadProblem::AliasBomb);
    }

    #[test]
    fn many_uses_of_an_alias_to_a_long_text_are_refused_as_a_bomb() {
        // 300 copies of 10,000 bytes: 3 MB built from a 12 KB file.
        let text = format!(
            "a: &a \"{}\"\nb:\n{}",
            "x".repeat(10_000),
            "- *a\n".repeat(300)
        );
        assert_eq!(problem(&text).0, ReadProblem::AliasBomb);
        // The same through a key (a long key must be explicit).
        let text = format!(
            "a: &a\n  ? \"{}\"\n  : 1\nb:\n{}",
            "x".repeat(10_000),
            "- *a\n".repeat(300)
        );
        assert_eq!(problem(&text).0, ReadProblem::AliasBomb);
        // A few copies are fine.
        let text = format!("a: &a \"{}\"\nb: *a\nc: *a\n", "x".repeat(10_000));
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn modest_alias_use_is_fine() {
        let text = "a: &x [1, 2]\nb: *x\nc: *x\n";
        assert!(parse(text).is_ok());
    }

    #[test]
    fn decode_strips_one_bom_and_rejects_bad_utf8_with_its_offset() {
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1\n").unwrap(), "a: 1\n");
        let error = decode(b"a: 1\nb: \xff\n").unwrap_err();
        assert_eq!(error.problem, ReadProblem::NotUtf8);
        assert!(error.message.contains("offset 8"), "{}", error.message);
        assert_eq!(error.location, Location { line: 2, column: 4 });
    }

    #[test]
    fn empty_and_comment_only_files_are_empty() {
        assert_eq!(decode(b"  \n").unwrap_err().problem, ReadProblem::Empty);
        assert_eq!(problem("# just a comment\n").0, ReadProblem::Empty);
    }

    #[test]
    fn crlf_line_endings_parse() {
        let value = parse("a: 1\r\nb: two\r\n").unwrap();
        assert_eq!(value["b"].as_str(), Some("two"));
    }

    fn key(k: &str) -> Segment {
        Segment::Key(k.to_owned())
    }

    #[test]
    fn locate_finds_values_and_keys() {
        let text = "top: 1\nitems:\n  - id: a\n  - id: b\n    extra: x\n";
        let path = [key("items"), Segment::Index(1), key("extra")];
        assert_eq!(
            locate(text, &path, Target::Value),
            Some(Location {
                line: 5,
                column: 12
            })
        );
        assert_eq!(
            locate(text, &path, Target::Key),
            Some(Location { line: 5, column: 5 })
        );
        assert_eq!(
            locate(text, &path[..2], Target::Value),
            Some(Location { line: 4, column: 5 })
        );
        assert_eq!(locate(text, &[key("nope")], Target::Value), None);
    }

    #[test]
    fn keys_with_dots_and_brackets_are_located_exactly() {
        let text = "a: 1\nb.c[0]: 2\n";
        assert_eq!(
            locate(text, &[key("b.c[0]")], Target::Key),
            Some(Location { line: 2, column: 1 })
        );
    }

    #[test]
    fn keys_must_be_text() {
        assert_eq!(
            problem("a: 1\n7: x\n"),
            (ReadProblem::KeyNotText, Location { line: 2, column: 1 })
        );
        assert_eq!(problem("? [a]\n: x\n").0, ReadProblem::KeyNotText);
    }

    #[test]
    fn control_characters_and_a_second_bom_are_refused_where_they_are() {
        let error = decode(b"a: 1\nb: x\x00y\n").unwrap_err();
        assert_eq!(error.problem, ReadProblem::ControlCharacter);
        assert_eq!(error.location, Location { line: 2, column: 5 });
        let error = decode("\u{feff}a: 1\n\u{feff}b: 2\n".as_bytes()).unwrap_err();
        assert!(
            error.message.contains("byte-order mark"),
            "{}",
            error.message
        );
        assert_eq!(error.location, Location { line: 2, column: 1 });
    }

    /// Nodes in a parsed value, keys included.
    fn nodes(value: &Value) -> usize {
        1 + match value {
            Value::Sequence(items) => items.iter().map(nodes).sum(),
            Value::Mapping(mapping) => mapping.iter().map(|(k, v)| nodes(k) + nodes(v)).sum(),
            _ => 0,
        }
    }

    #[test]
    fn the_node_count_of_the_pre_scan_is_never_below_what_the_parser_builds() {
        let builtin = include_str!("../../profiles/senior-devops-engineer-management.yaml");
        let samples = [
            builtin,
            "a: 1\n",
            "- \n- - \n-\n",
            "a:\nb:\n  - c:\n  - d: e\n",
            "? a\n: b\n? c\n",
            "- {a}\n- {a: }\n- [a: b]\n- []\n- [a: ]\n- {a: b, c}\n",
            "{a, b: [c, {d: e}], ? f}\n",
            "a: 'x'\nb: \"y\"\nc: |\n  z\nd: >-\n  w\n",
            "a: &x [1, 2]\nb: *x\n",
            "- {}\n- []\n- [[], {}]\n",
            "a: long text\n  continued on\n  more lines\n",
            "a:\n- x\n- y\nb: 1\nc:\n  - - z\n    - w\nd:\n- {}\n",
            "- a: 1\n  b: 2\n- c: 3\n  d:\n    - e: 4\n      f: 5\n    - g\n- h\n",
            "&x a: 1\nb: 2\n\"c\": 3\n'd': 4\n? e\n: 5\n",
            "a:\n  b:\n    c:\n  d:\n    e: 1\nf:\n  g: 2\n",
            "- - - a\n    - b\n  - c\n- d\n",
        ];
        for text in samples {
            let value = parse(text).unwrap();
            // Aliases repeat nodes the text holds once; none in the others.
            if text.contains('*') {
                continue;
            }
            assert!(
                prescan::tests::counted(text) >= nodes(&value),
                "{text}: counted {} < built {}",
                prescan::tests::counted(text),
                nodes(&value)
            );
        }
        // Close to the truth on a real profile, and far below the budget.
        let built = nodes(&parse(builtin).unwrap());
        assert!(prescan::tests::counted(builtin) * 4 < built * 5);
        assert!(prescan::tests::counted(builtin) < MAX_NODES / 20);
    }

    #[test]
    fn one_pass_locates_many_nodes_keys_and_collections() {
        let text = "top: 1\nitems:\n  - id: a\n    tags: [x, y]\n  - id: b\n    extra: {k: v}\n    none: []\nflow: [{id: c}, [d]]\n";
        let paths: Vec<(Vec<Segment>, Target)> = vec![
            (vec![key("top")], Target::Value),
            (vec![key("items")], Target::Value),
            (vec![key("items"), Segment::Index(0)], Target::Value),
            (
                vec![key("items"), Segment::Index(0), key("tags")],
                Target::Value,
            ),
            (
                vec![
                    key("items"),
                    Segment::Index(0),
                    key("tags"),
                    Segment::Index(1),
                ],
                Target::Value,
            ),
            (
                vec![key("items"), Segment::Index(1), key("extra")],
                Target::Key,
            ),
            (
                vec![key("items"), Segment::Index(1), key("extra")],
                Target::Value,
            ),
            (
                vec![key("items"), Segment::Index(1), key("none")],
                Target::Value,
            ),
            (vec![key("flow"), Segment::Index(0)], Target::Value),
            (
                vec![key("flow"), Segment::Index(1), Segment::Index(0)],
                Target::Value,
            ),
            (vec![key("missing")], Target::Value),
        ];
        let places = Places::find(text, paths.iter().map(|(p, t)| (p.as_slice(), *t)));
        let found: Vec<Option<(usize, usize)>> = paths
            .iter()
            .map(|(p, t)| places.get(p, *t).map(|l| (l.line, l.column)))
            .collect();
        assert_eq!(
            found,
            [
                Some((1, 6)),
                Some((3, 3)),
                Some((3, 5)),
                Some((4, 11)),
                Some((4, 15)),
                Some((6, 5)),
                Some((6, 12)),
                Some((7, 11)),
                Some((8, 8)),
                Some((8, 18)),
                None,
            ]
        );
        // The same as locating each alone.
        for (path, target) in &paths {
            assert_eq!(locate(text, path, *target), places.get(path, *target));
        }
    }

    #[test]
    fn a_line_or_paragraph_separator_hides_nothing_from_the_checks() {
        // libyaml ends a line at NEL, LS and PS: what follows one is a new
        // line to the parser, so the scans must see it so too.
        for separator in ['\u{85}', '\u{2028}', '\u{2029}'] {
            let many = format!(
                "id: x\nsummary:\n- text{separator}- [{}]\n",
                "[],".repeat(60_000)
            );
            let refused = parse(&many).err().map(|e| (e.problem, e.location.line));
            assert_eq!(refused, Some((ReadProblem::TooManyNodes, 4)));
            let deep = format!(
                "id: x\nsummary:\n- text{separator}- {}\n",
                "[".repeat(1_000)
            );
            let refused = parse(&deep).err().map(|e| (e.problem, e.message));
            assert!(
                refused.as_ref().is_some_and(
                    |(p, m)| *p == ReadProblem::TooDeep && m.contains("levels of [ or {")
                ),
                "{refused:?}"
            );
            let tagged = format!("a: 1{separator}!!binary b: 2\n");
            assert_eq!(
                problem(&tagged),
                (ReadProblem::Tag, Location { line: 2, column: 1 })
            );
        }
    }

    #[test]
    fn lone_carriage_returns_count_as_line_breaks_in_locations() {
        let text = "a: 1\rb: 2\r\nc: [x\r";
        assert_eq!(
            Location::of_offset(text, text.find('c').unwrap()),
            Location { line: 3, column: 1 }
        );
        let error = parse(text).unwrap_err();
        assert_eq!(error.problem, ReadProblem::Syntax);
        let second = "a: 1\r---\rb: 2\r";
        assert_eq!(
            problem(second),
            (
                ReadProblem::MultipleDocuments,
                Location { line: 2, column: 1 }
            )
        );
        assert_eq!(
            Location { line: 3, column: 5 }.offset_in(text),
            text.find('x')
        );
    }
}
