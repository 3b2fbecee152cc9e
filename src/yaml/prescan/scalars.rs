//! Skipping scalars whose text could hide brackets from the scan: quoted
//! scalars to their closing quote, block scalars (`|`, `>`) by indentation
//! as the parser ends them. Nothing inside one is structure, so it must not
//! count nodes or nesting there.

use super::{Scan, is_break};

impl Scan<'_> {
    /// Skips a block scalar: its header, then every line indented at least
    /// as much as its first content line, which must be deeper than
    /// `parent_column`.
    pub(super) fn block_scalar(&mut self, parent_column: usize) {
        self.i += 1;
        let mut explicit = None;
        while let Some(c) = self.peek(0) {
            if is_break(c) {
                break;
            }
            if c.is_ascii_digit() && explicit.is_none() && c != b'0' {
                explicit = Some(usize::from(c - b'0'));
            }
            if c == b'#' {
                self.skip_to_line_end();
                break;
            }
            self.i += 1;
        }
        let mut needed = explicit.map(|n| parent_column + n);
        loop {
            let line_start = self.i;
            self.skip_line_break();
            if self.i == line_start {
                return; // end of text
            }
            let body = self.i;
            let mut indent = 0;
            while self.peek(indent) == Some(b' ') {
                indent += 1;
            }
            if self.peek(indent).is_none_or(is_break) {
                // Blank lines belong to the scalar (or end the text).
                self.skip_to_line_end();
                continue;
            }
            let needed = *needed.get_or_insert(indent);
            if needed > parent_column && indent >= needed {
                self.i = body;
                self.skip_to_line_end();
            } else {
                // Not content: back to the break, so the caller reads this
                // line as structure.
                self.i = line_start;
                return;
            }
        }
    }

    pub(super) fn double_quoted(&mut self) {
        self.i += 1;
        while let Some(c) = self.peek(0) {
            match c {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    return;
                }
                _ => self.i += 1,
            }
        }
        self.i = self.i.min(self.b.len());
    }

    pub(super) fn single_quoted(&mut self) {
        self.i += 1;
        while let Some(c) = self.peek(0) {
            if c == b'\'' {
                if self.peek(1) == Some(b'\'') {
                    self.i += 2;
                    continue;
                }
                self.i += 1;
                return;
            }
            self.i += 1;
        }
    }
}
