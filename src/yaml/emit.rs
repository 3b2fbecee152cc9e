//! Writing YAML that every reader takes the same way.
//!
//! serde_yaml quotes only what a YAML 1.2 reader would mistake, so `no`,
//! `on` or `2024-01-01` come out bare, and YAML 1.1 readers (`PyYAML`,
//! spreadsheets' importers) read them as a boolean or a date. This emitter
//! writes a string bare only when it starts with a letter, holds nothing
//! YAML treats specially, and is not one of YAML 1.1's special words;
//! everything else is double-quoted with JSON escapes (valid YAML).
//! Multi-line text is written as a literal block (`|-`) when that keeps it
//! exact.

use std::fmt::Write as _;

use serde_yaml::Value;

/// YAML 1.1 words that are booleans or null, compared case-insensitively.
const SPECIAL_WORDS: [&str; 12] = [
    "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf", "infinity",
];

/// Whether `text` can be written as a plain scalar and read back as the
/// same string by any YAML reader.
#[must_use]
pub fn plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    first.is_alphabetic()
        && !text.ends_with(' ')
        && !SPECIAL_WORDS.contains(&text.to_ascii_lowercase().as_str())
        && !text.contains(": ")
        && !text.contains(" #")
        && !text.ends_with(':')
        && text
            .chars()
            .all(|c| !must_escape(c) && !matches!(c, '"' | '\\' | '`' | '{' | '}' | '[' | ']'))
}

/// Whether multi-line `text` can be a literal block scalar without change.
fn literal_safe(text: &str) -> bool {
    text.contains('\n')
        && !text.ends_with('\n')
        && !text.starts_with([' ', '\n'])
        && text.chars().all(|c| c == '\n' || !must_escape(c))
        && text.lines().all(|line| !line.ends_with(' '))
}

/// Characters written as escapes inside double quotes: those YAML does not
/// allow raw (C0 and C1 controls, DEL, a byte-order mark, the
/// non-characters U+FFFE and U+FFFF), those YAML 1.1 reads as line breaks
/// (NEL, U+2028, U+2029), and bidirectional overrides, which would reorder
/// text on a terminal.
fn must_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{feff}'
                | '\u{fffe}'
                | '\u{ffff}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// A YAML double-quoted scalar that every reader takes back unchanged.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if must_escape(c) => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes `value` as block-style YAML. Top-level keys in `plain_keys` have
/// their string values written bare when they contain no special
/// characters (for dates, which are meant to read as dates).
#[must_use]
pub(super) fn emit(value: &Value, plain_keys: &[&str]) -> String {
    let mut out = String::new();
    match value {
        Value::Mapping(mapping) if !mapping.is_empty() => {
            for (key, item) in mapping {
                let key_text = key.as_str().unwrap_or_default();
                let bare = plain_keys.contains(&key_text)
                    && item
                        .as_str()
                        .is_some_and(|s| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
                if bare {
                    let _ = writeln!(
                        out,
                        "{}: {}",
                        scalar_key(key_text),
                        item.as_str().unwrap_or_default()
                    );
                } else {
                    entry(&mut out, 0, key_text, item);
                }
            }
        }
        other => {
            node(&mut out, 0, other);
        }
    }
    out
}

fn scalar_key(key: &str) -> String {
    if plain_safe(key) {
        key.to_owned()
    } else {
        quoted(key)
    }
}

fn scalar(value: &Value) -> Option<String> {
    Some(match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if plain_safe(s) => s.clone(),
        Value::String(s) if literal_safe(s) => return None,
        Value::String(s) => quoted(s),
        Value::Sequence(items) if items.is_empty() => "[]".to_owned(),
        Value::Mapping(map) if map.is_empty() => "{}".to_owned(),
        Value::Tagged(tagged) => return scalar(&tagged.value),
        Value::Sequence(_) | Value::Mapping(_) => return None,
    })
}

fn indent(out: &mut String, level: usize) {
    out.extend(std::iter::repeat_n(' ', level));
}

fn literal(out: &mut String, level: usize, text: &str) {
    out.push_str("|-\n");
    for line in text.split('\n') {
        if !line.is_empty() {
            indent(out, level);
            out.push_str(line);
        }
        out.push('\n');
    }
}

/// Characters of the longest key written before its colon. YAML limits
/// such an implicit key to 1,024 characters, and libyaml and `PyYAML`
/// enforce it: past that, a reader takes the key for the map's value.
const IMPLICIT_KEY_CHARS: usize = 1000;

/// `key: value` at `level`, the value on the same line when it is a scalar.
/// A longer key than YAML allows before a colon is written as an explicit
/// key: `? key` on a line, `: value` on the next.
fn entry(out: &mut String, level: usize, key: &str, value: &Value) {
    indent(out, level);
    let key = scalar_key(key);
    if key.len() > IMPLICIT_KEY_CHARS && key.chars().count() > IMPLICIT_KEY_CHARS {
        out.push_str("? ");
        out.push_str(&key);
        out.push('\n');
        indent(out, level);
    } else {
        out.push_str(&key);
    }
    out.push(':');
    match (scalar(value), value) {
        (Some(text), _) => {
            out.push(' ');
            out.push_str(&text);
            out.push('\n');
        }
        (None, Value::String(text)) => {
            out.push(' ');
            literal(out, level + 2, text);
        }
        (None, _) => {
            out.push('\n');
            node(out, level + 2, value);
        }
    }
}

/// A collection (or scalar) starting on its own line at `level`.
fn node(out: &mut String, level: usize, value: &Value) {
    match value {
        Value::Mapping(mapping) if !mapping.is_empty() => {
            for (key, item) in mapping {
                entry(out, level, key.as_str().unwrap_or_default(), item);
            }
        }
        Value::Sequence(items) if !items.is_empty() => {
            for item in items {
                indent(out, level);
                out.push_str("- ");
                sequence_item(out, level + 2, item);
            }
        }
        Value::String(text) if scalar(value).is_none() => {
            indent(out, level);
            literal(out, level + 2, text);
        }
        other => {
            indent(out, level);
            out.push_str(&scalar(other).unwrap_or_default());
            out.push('\n');
        }
    }
}

/// The rest of a `- ` line: a scalar, or a mapping whose first entry shares
/// the dash's line.
fn sequence_item(out: &mut String, level: usize, item: &Value) {
    match (scalar(item), item) {
        (Some(text), _) => {
            out.push_str(&text);
            out.push('\n');
        }
        (None, Value::String(text)) => literal(out, level, text),
        (None, Value::Mapping(mapping)) => {
            let mut first = true;
            for (key, value) in mapping {
                let mut entry_text = String::new();
                entry(
                    &mut entry_text,
                    level,
                    key.as_str().unwrap_or_default(),
                    value,
                );
                if first {
                    // Drop the indentation: the dash already stands there.
                    out.push_str(&entry_text[level..]);
                    first = false;
                } else {
                    out.push_str(&entry_text);
                }
            }
        }
        (None, _) => {
            out.push('\n');
            node(out, level, item);
        }
    }
}

#[cfg(test)]
#[path = "emit_tests.rs"]
mod tests;
