//! The one place that reads and writes YAML.
//!
//! Everything else sees plain values and located errors. Reading is hardened
//! for untrusted files (SPEC §6): a size cap, a byte-order mark stripped,
//! UTF-8 checked with a byte offset, a flow-nesting pre-scan run before the
//! parser (libyaml-style parsers slow down badly on deeply nested flow
//! collections), duplicate keys refused at the key, one document only, and a
//! node budget that stops alias bombs early. Locations of semantic findings
//! are found afterwards, on demand, by [`locate`]: a second parse that stops
//! at the wanted node, so the common path (a valid file) parses once.

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, de::DeserializeOwned};

pub use serde_yaml::Value;

/// Largest file any loader reads, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Deepest nesting of flow collections (`[` / `{`) accepted.
pub const MAX_FLOW_DEPTH: usize = 64;
/// Values allowed beyond one per byte of input before aliases count as a bomb.
const NODE_ALLOWANCE: usize = 10_000;

/// A 1-based line and column in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub const START: Self = Self { line: 1, column: 1 };

    /// Line and column of a byte offset into `text`.
    #[must_use]
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }
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
    Syntax,
    MultipleDocuments,
    DuplicateKey,
    AliasBomb,
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
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let offset = error.valid_up_to();
        // The prefix up to `offset` is valid UTF-8 by definition.
        let prefix = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        ReadError::new(
            ReadProblem::NotUtf8,
            format!("file is not valid UTF-8: invalid byte at offset {offset}"),
            Location::of_offset(prefix, offset),
        )
    })?;
    if text.trim().is_empty() {
        return Err(ReadError::new(
            ReadProblem::Empty,
            "file is empty",
            Location::START,
        ));
    }
    Ok(text)
}

/// Parses one YAML document into a [`Value`], refusing duplicate keys, deep
/// flow nesting, several documents and alias bombs.
///
/// # Errors
/// A located [`ReadError`].
pub fn parse(text: &str) -> Result<Value, ReadError> {
    prescan_nesting(text)?;
    let mut budget = text.len() + NODE_ALLOWANCE;
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
    Ok(value)
}

const DUPLICATE_KEY: &str = "duplicate key";
const ALIAS_BOMB: &str = "aliases expand to far more data than the file holds";

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
    let problem = if bare.starts_with(DUPLICATE_KEY) {
        ReadProblem::DuplicateKey
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

/// Where the second document starts: the second `---` line, or the line
/// after a `...` end marker.
fn second_document(text: &str) -> Location {
    let mut seen_content = false;
    for (index, line) in text.lines().enumerate() {
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

/// Refuses flow collections nested deeper than [`MAX_FLOW_DEPTH`] before the
/// parser sees them. Quoted scalars and comments are skipped.
fn prescan_nesting(text: &str) -> Result<(), ReadError> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut previous = b'\n';
    while i < bytes.len() {
        let byte = bytes[i];
        let at_scalar_start = matches!(previous, b' ' | b'\t' | b'\n' | b'[' | b'{' | b',' | b':');
        match byte {
            b'#' if matches!(previous, b' ' | b'\t' | b'\n') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' if at_scalar_start => {
                i = skip_quoted(bytes, i);
                previous = b'"';
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Err(ReadError::new(
                        ReadProblem::TooDeep,
                        format!(
                            "YAML is nested too deeply (more than {MAX_FLOW_DEPTH} levels of [ or {{)"
                        ),
                        Location::of_offset(text, i),
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous = byte;
        i += 1;
    }
    Ok(())
}

/// Index just past the quoted scalar starting at `start`.
fn skip_quoted(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Builds a [`Value`] like serde_yaml's own, but refuses a duplicate key at
/// the key itself and counts values against a budget (alias bombs).
struct StrictValue<'a> {
    budget: &'a mut usize,
}

impl StrictValue<'_> {
    fn spend<E: de::Error>(&mut self) -> Result<(), E> {
        *self.budget = self
            .budget
            .checked_sub(1)
            .ok_or_else(|| E::custom(ALIAS_BOMB))?;
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for StrictValue<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(mut self, v: bool) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(mut self, v: i64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(mut self, v: u64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(mut self, v: f64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E: de::Error>(mut self, v: String) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: de::Error>(mut self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(StrictValue {
            budget: &mut *self.budget,
        })? {
            items.push(item);
        }
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut mapping = serde_yaml::Mapping::new();
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key_seed(UniqueKey { seen: &mut seen })? {
            let value = map.next_value_seed(StrictValue {
                budget: &mut *self.budget,
            })?;
            mapping.insert(key, value);
        }
        Ok(Value::Mapping(mapping))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _data: A) -> Result<Value, A::Error> {
        Err(de::Error::custom(
            "YAML tags (`!name`) are not supported here",
        ))
    }
}

/// A mapping key that must not repeat within its mapping. The check runs
/// inside the visitor so the error carries the key's own location.
struct UniqueKey<'a> {
    seen: &'a mut HashSet<String>,
}

impl UniqueKey<'_> {
    fn check<E: de::Error>(self, key: &str, value: Value) -> Result<Value, E> {
        if self.seen.insert(key.to_owned()) {
            Ok(value)
        } else {
            Err(E::custom(format!("{DUPLICATE_KEY} `{key}`")))
        }
    }
}

impl<'de> DeserializeSeed<'de> for UniqueKey<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Visitor<'_> for UniqueKey<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a scalar mapping key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.check(v, Value::String(v.to_owned()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.check(&v.to_string(), Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.check(&v.to_string(), Value::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.check(&v.to_string(), Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.check(&v.to_string(), Value::Number(v.into()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.check("~", Value::Null)
    }
}

/// A typed-deserialisation failure: the dotted path of the offending node
/// (`knowledge_skills[3].depth`) and serde's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    pub path: String,
    pub message: String,
}

/// Deserialises a parsed value into `T`, reporting the path of a failure.
///
/// # Errors
/// The first [`PathError`] serde meets.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, PathError> {
    serde_path_to_error::deserialize(value).map_err(|error| PathError {
        path: error.path().to_string(),
        message: error.inner().to_string(),
    })
}

/// Serialises `value` as YAML.
///
/// # Errors
/// Only if `value` cannot be represented in YAML.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, serde_yaml::Error> {
    serde_yaml::to_string(value)
}

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Splits a dotted path (`a.b[2].c`) into segments; `.` and the empty string
/// mean the root.
#[must_use]
pub fn split_path(path: &str) -> Vec<Segment> {
    let mut segments = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            segments.push(Segment::Key(key.to_owned()));
        }
        while let Some((index, after)) = rest.split_once(']') {
            if let Ok(index) = index.parse() {
                segments.push(Segment::Index(index));
            }
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    segments
}

/// Which part of a node [`locate`] should point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The value at the path.
    Value,
    /// The key that names the last segment of the path.
    Key,
}

const FOUND: &str = "\u{0}skillgap-located";

/// Finds where the node at `path` starts in `text` (a document that
/// [`parse`] accepted). Parses again and stops at the node, so use it only
/// for findings, not on every load.
#[must_use]
pub fn locate(text: &str, path: &[Segment], target: Target) -> Option<Location> {
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let seed = Seek {
        remaining: path,
        target,
    };
    let error = seed.deserialize(deserializer).err()?;
    if !error.to_string().contains(FOUND) {
        return None;
    }
    error.location().map(|l| Location {
        line: l.line(),
        column: l.column(),
    })
}

/// Walks towards a node and fails on reaching it, so serde_yaml attaches the
/// node's position to the error.
struct Seek<'p> {
    remaining: &'p [Segment],
    target: Target,
}

impl<'de> DeserializeSeed<'de> for Seek<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Seek<'_> {
    fn here<E: de::Error>(&self) -> Result<(), E> {
        if self.remaining.is_empty() {
            Err(E::custom(FOUND))
        } else {
            Ok(())
        }
    }
}

impl<'de> Visitor<'de> for Seek<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.here()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.here()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.here()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.here()
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.here()
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.here()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.here()?;
        let (Segment::Index(wanted), rest) = (&self.remaining[0], &self.remaining[1..]) else {
            while seq.next_element::<de::IgnoredAny>()?.is_some() {}
            return Ok(());
        };
        let mut index = 0;
        loop {
            let found = if index == *wanted {
                seq.next_element_seed(Seek {
                    remaining: rest,
                    target: self.target,
                })?
            } else {
                seq.next_element::<de::IgnoredAny>()?.map(|_| ())
            };
            if found.is_none() {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.here()?;
        let (Segment::Key(wanted), rest) = (&self.remaining[0], &self.remaining[1..]) else {
            while map
                .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                .is_some()
            {}
            return Ok(());
        };
        let stop_at_key = rest.is_empty() && self.target == Target::Key;
        while let Some(matched) = map.next_key_seed(KeyProbe {
            wanted,
            stop: stop_at_key,
        })? {
            if matched {
                map.next_value_seed(Seek {
                    remaining: rest,
                    target: self.target,
                })?;
            } else {
                map.next_value::<de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// Compares a key with the wanted one; fails on it when the key itself is
/// the target.
struct KeyProbe<'a> {
    wanted: &'a str,
    stop: bool,
}

impl<'de> DeserializeSeed<'de> for KeyProbe<'_> {
    type Value = bool;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyProbe<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        let matched = v == self.wanted;
        if matched && self.stop {
            return Err(E::custom(FOUND));
        }
        Ok(matched)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<bool, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(false)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        while map
            .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
            .is_some()
        {}
        Ok(false)
    }
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

    #[test]
    fn locate_finds_values_and_keys() {
        let text = "top: 1\nitems:\n  - id: a\n  - id: b\n    extra: x\n";
        let path = split_path("items[1].extra");
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
            locate(text, &split_path("items[1]"), Target::Value),
            Some(Location { line: 4, column: 5 })
        );
        assert_eq!(locate(text, &split_path("nope"), Target::Value), None);
    }

    #[test]
    fn split_path_reads_serde_paths() {
        assert_eq!(
            split_path("a[2].b"),
            vec![
                Segment::Key("a".into()),
                Segment::Index(2),
                Segment::Key("b".into())
            ]
        );
        assert!(split_path(".").is_empty());
    }
}
