//! Reading a profile's `id` ahead of parsing it: a line scan that finds the
//! top-level `id:` key of an ordinary block-mapping file, so a catalog of
//! thousands of profile files can be indexed without parsing them.
//!
//! The scan is conservative: it gives an id only when no YAML construct in
//! the file could make that line mean something else (a quoted scalar or a
//! flow collection left open at the end of a line, a top level that is not
//! a block mapping at column 0, directives, several documents, a value that
//! is not a plain or quoted slug). Anything else gives `None`, and the
//! caller parses the file whole. It never parses and never prints.

use super::slug::is_slug;

/// The value of the top-level `id` key, when a line scan can be sure of it;
/// `None` when the file must be parsed to know (or has no such key).
///
/// The scan stops at the `id` line: nothing after it can give a valid
/// profile another id (a second `id` key or a second document makes the
/// file invalid, which parsing it when it is used will say).
#[must_use]
pub fn scan_id(text: &str) -> Option<&str> {
    let mut started = false;
    // Lines end at LF, CRLF or a lone CR (old Mac files), as for the
    // parser; a CRLF splits into a line and a blank one, which is skipped.
    for line in text.split(['\n', '\r']) {
        // NEL, LS and PS end lines for libyaml too: left to the parser.
        if line.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
            return None;
        }
        let content = line.trim_start_matches(' ');
        if content.trim_start_matches('\t').is_empty() || content.starts_with('#') {
            continue;
        }
        if leaves_open(line) {
            return None;
        }
        if !started {
            started = true;
            if let Some(rest) = line.strip_prefix("---") {
                if is_blank_or_comment(rest) {
                    continue;
                }
                return None;
            }
        }
        if content.len() != line.len() {
            // Indented: inside the value of the key above; never a top-level key.
            continue;
        }
        let (key, value) = top_level_key(line)?;
        if key == "id" {
            return slug_value(value);
        }
    }
    None
}

fn is_blank_or_comment(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())
}

/// Splits a column-0 line into its key and the text after `:`; `None` when
/// the line is not a plain `key: value` line (a sequence entry, a complex
/// key, a document marker, a directive, a tab).
fn top_level_key(line: &str) -> Option<(&str, &str)> {
    let first = line.chars().next()?;
    if let Some(quote) = ['"', '\''].into_iter().find(|q| *q == first) {
        let close = line[1..].find(quote)? + 1;
        let key = &line[1..close];
        if key.contains('\\') || line[close + 1..].starts_with(quote) {
            return None;
        }
        let after = line[close + 1..].trim_start_matches(' ');
        let value = after.strip_prefix(':')?;
        return separates(value).then_some((key, value));
    }
    if "\t,[]{}#&*!|>%@`".contains(first) || line.starts_with("---") || line.starts_with("...") {
        return None;
    }
    let mut from = 0;
    while let Some(at) = line[from..].find(':') {
        let colon = from + at;
        let value = &line[colon + 1..];
        if separates(value) {
            let key = line[..colon].trim_end_matches(' ');
            if matches!(key, "-" | "?" | ":") || key.starts_with("- ") || key.starts_with("? ") {
                return None;
            }
            return Some((key, value));
        }
        from = colon + 1;
    }
    None
}

/// Whether the text after a `:` makes it a mapping indicator.
fn separates(value: &str) -> bool {
    value.is_empty() || value.starts_with([' ', '\t'])
}

/// The id in the text after `id:`: a slug, plain or quoted, with nothing
/// after it but a comment. Anything else (empty, an anchor, a tag, a
/// multi-word value) is left to the parser.
fn slug_value(value: &str) -> Option<&str> {
    let value = value.trim_start_matches([' ', '\t']);
    let (id, rest) = match value.chars().next()? {
        quote @ ('"' | '\'') => {
            let close = value[1..].find(quote)? + 1;
            (&value[1..close], &value[close + 1..])
        }
        _ => match value.find([' ', '\t']) {
            Some(space) => value.split_at(space),
            None => (value, ""),
        },
    };
    (is_slug(id) && is_blank_or_comment(rest)).then_some(id)
}

/// Whether `line` may open a quoted scalar or a flow collection that goes
/// on to the next line, where a column-0 line would not be a key. Quotes
/// and brackets count only where a node starts (the line's start, after
/// `- `, `? `, `: `, or inside a flow collection); elsewhere they are text.
fn leaves_open(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut node_start = true;
    let mut after_space = true;
    let mut flow = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next_separates = bytes
            .get(i + 1)
            .is_none_or(|n| matches!(n, b' ' | b'\t') || (flow > 0 && b",]}".contains(n)));
        match c {
            b' ' | b'\t' => {
                after_space = true;
                i += 1;
                continue;
            }
            b'#' if after_space => return flow > 0,
            b'\'' | b'"' if node_start => match closing_quote(&bytes[i + 1..], c) {
                Some(len) => {
                    i += len + 1;
                    node_start = false;
                }
                None => return true,
            },
            // An anchor or a tag: the node it belongs to starts after it.
            b'&' | b'!' if node_start => {
                while i < bytes.len() && !b" \t[]{},\"'".contains(&bytes[i]) {
                    i += 1;
                }
                after_space = false;
                continue;
            }
            b'[' | b'{' if node_start || flow > 0 => {
                flow += 1;
                node_start = true;
            }
            b']' | b'}' if flow > 0 => {
                flow -= 1;
                node_start = false;
            }
            b',' if flow > 0 => node_start = true,
            b':' if next_separates => node_start = true,
            b'-' | b'?' if node_start && next_separates => node_start = true,
            // A block scalar header: its text is on the lines below, more
            // indented, and each of those lines is scanned on its own.
            b'|' | b'>' if node_start && flow == 0 => return false,
            _ => node_start = false,
        }
        after_space = false;
        i += 1;
    }
    flow > 0
}

/// Length of a quoted scalar's body and closing quote within `rest`, or
/// `None` when it does not close on this line.
fn closing_quote(rest: &[u8], quote: u8) -> Option<usize> {
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && rest.get(i + 1) == Some(&b'\'') => i += 2,
            c if c == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
#[path = "id_scan_tests.rs"]
mod tests;
