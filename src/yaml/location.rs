//! Where something is in a file: [`Location`], a 1-based line and column,
//! and the conversions between it and byte offsets. Lines end where the
//! parser ends them (module `line_breaks`), so a location found here is the
//! one libyaml reports. It must not read or parse YAML.

use std::fmt;

use super::line_breaks::line_starts;

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
        let mut line = 1;
        let mut line_start = 0;
        for start in line_starts(before.as_bytes()) {
            line += 1;
            line_start = start;
        }
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }

    /// The byte offset of this line and column in `text`, if it is there.
    #[must_use]
    pub fn offset_in(self, text: &str) -> Option<usize> {
        let line_start = match self.line.checked_sub(2) {
            None => 0,
            Some(breaks_before) => line_starts(text.as_bytes()).nth(breaks_before)?,
        };
        let rest = &text[line_start..];
        match rest.char_indices().nth(self.column.checked_sub(1)?) {
            Some((i, _)) => Some(line_start + i),
            None => Some(text.len()),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}
