//! The lines of a file being located, for looking just around a position
//! the parser gave: the opening indicator before a collection's first
//! entry, an empty `[]` or `{}` after a key. Lines end where the parser
//! ends them, so its positions index them. It must not parse YAML.

use super::super::Location;
use super::super::line_breaks::line_starts;

/// How far back on a line an opening indicator is looked for; further
/// right (long flow lines), the first entry's position is kept.
const LOOK_BACK_COLUMNS: usize = 256;

/// Byte offsets of line starts, to look just around a position.
pub(super) struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        // Lines end where the parser ends them (its positions are these).
        let starts = std::iter::once(0)
            .chain(line_starts(text.as_bytes()))
            .collect();
        Self { text, starts }
    }

    /// The line holding `at`, and `at`'s byte offset in it; `None` past
    /// [`LOOK_BACK_COLUMNS`].
    fn line_and_offset(&self, at: Location) -> Option<(&'t str, usize)> {
        if at.column > LOOK_BACK_COLUMNS {
            return None;
        }
        let start = *self.starts.get(at.line.checked_sub(1)?)?;
        let end = self
            .starts
            .get(at.line)
            .map_or(self.text.len(), |&next| next);
        let line = self.text.get(start..end)?;
        let offset = line
            .char_indices()
            .nth(at.column - 1)
            .map_or(line.len(), |(i, _)| i);
        Some((line, offset))
    }

    /// A collection's start from its first entry's: the opening indicator
    /// (one of `openers`) just before it on the same line, if there is one.
    pub(super) fn opener_before(&self, first: Location, openers: &[u8]) -> Location {
        let Some((line, offset)) = self.line_and_offset(first) else {
            return first;
        };
        let before = line[..offset].trim_end_matches([' ', '\t']);
        match before.as_bytes().last() {
            Some(c) if openers.contains(c) => Location {
                line: first.line,
                column: before.chars().count(),
            },
            _ => first,
        }
    }

    /// An empty `[]` or `{}` after the key at `key`, on the key's line.
    pub(super) fn empty_after_key(&self, key: Location) -> Option<Location> {
        let (line, offset) = self.line_and_offset(key)?;
        let rest = &line[offset..];
        let after = match rest.as_bytes().first() {
            Some(&quote @ (b'"' | b'\'')) => {
                let close = rest[1..].find(char::from(quote))? + 2;
                &rest[close..]
            }
            _ => rest,
        };
        let colon = after.find(':')?;
        let value = after[colon + 1..].trim_start_matches([' ', '\t']);
        let value = match value.strip_prefix('&') {
            Some(anchored) => anchored
                .trim_start_matches(|c: char| !c.is_whitespace())
                .trim_start_matches([' ', '\t']),
            None => value,
        };
        if !value.starts_with(['[', '{']) {
            return None;
        }
        let start = line.len() - value.len();
        Some(Location {
            line: key.line,
            column: line[..start].chars().count() + 1,
        })
    }
}
