//! From bytes to the text the parser may see: [`decode`] strips one
//! byte-order mark and refuses an oversized file (over the cap of
//! [`Kind::Yaml`], which `input` read one byte past), invalid UTF-8,
//! characters YAML forbids and empty input, each at its location. It must
//! not parse: structure is `parse`'s; nor read: that is `input`'s.

use super::{Location, ReadError, ReadProblem};
use crate::input::Kind;

/// Checks raw bytes and returns the text to parse: size cap, one leading
/// byte-order mark stripped, valid UTF-8, not empty.
///
/// # Errors
/// A [`ReadError`] saying which check failed and where.
pub fn decode(bytes: &[u8]) -> Result<&str, ReadError> {
    let cap = Kind::Yaml.cap();
    if bytes.len() as u64 > cap {
        return Err(ReadError::new(
            ReadProblem::TooLarge,
            format!("file is larger than the {} KiB limit", cap / 1024),
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
    // Most text is printable ASCII and line breaks: a block of it is passed
    // over whole (the test has no early exit, so the compiler can run it on
    // many bytes at once); only a block holding anything else is looked at
    // byte by byte.
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let plain = |b: u8| (0x20..0x7F).contains(&b) || b == b'\n';
    let bad = |i: usize| match bytes[i] {
        b'\t' | b'\n' | b'\r' => false,
        0x00..=0x1F | 0x7F => true,
        0xC2 => bytes
            .get(i + 1)
            .is_some_and(|&n| (0x80..=0x9F).contains(&n) && n != 0x85),
        0xEF => bytes.get(i + 1) == Some(&0xBB) && bytes.get(i + 2) == Some(&0xBF),
        _ => false,
    };
    let mut start = 0;
    while start < bytes.len() {
        let end = (start + BLOCK).min(bytes.len());
        if !bytes[start..end]
            .iter()
            .fold(true, |all, &b| all & plain(b))
            && let Some(hit) = (start..end).find(|&i| bad(i))
        {
            // Every byte `bad` accepts starts a character.
            return text[hit..].chars().next().map(|c| (hit, c));
        }
        start = end;
    }
    None
}

#[cfg(test)]
#[path = "decode_tests.rs"]
mod tests;
