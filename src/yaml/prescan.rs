//! A pre-scan that finds the deepest nesting of flow collections (`[`, `{`)
//! before the YAML parser sees the text. libyaml-style parsers spend time
//! proportional to tokens × flow depth, so 100 KB of `[{` takes seconds;
//! this scan is linear and refuses such input first.
//!
//! It follows enough of YAML's lexical rules to tell a bracket that opens a
//! flow collection from one inside text: brackets only open a collection
//! where a node can start (line start, after `- `, `? `, `: `, anchors and
//! tags, or inside a flow collection); quoted scalars only start there too;
//! block scalars (`|`, `>`) are skipped by indentation as the parser does.
//! Where it cannot be sure, it counts the bracket: a false alarm needs more
//! than [`MAX_FLOW_DEPTH`](super::MAX_FLOW_DEPTH) unclosed brackets.

/// Returns the byte offset of the first bracket that nests deeper than
/// `limit`, or `None` when the text stays within it.
/// Block structure indented past this column is refused as too deep: real
/// profiles stay far left, and each level of block nesting costs a column.
const MAX_BLOCK_COLUMN: usize = 256;

pub(super) fn too_deep_at(text: &str, limit: usize) -> Option<usize> {
    let mut scan = Scan {
        b: text.as_bytes(),
        i: 0,
        limit,
    };
    scan.document().err()
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    limit: usize,
}

/// `Err(offset)` stops the scan at a bracket nested too deep.
type Step = Result<(), usize>;

fn is_blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

fn is_break(c: u8) -> bool {
    c == b'\n' || c == b'\r'
}

impl Scan<'_> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        self.b.get(self.i + ahead).copied()
    }

    /// Whether the byte after position `i + ahead` ends a token: blank,
    /// line break or end of text.
    fn separated(&self, ahead: usize) -> bool {
        self.peek(ahead + 1)
            .is_none_or(|c| is_blank(c) || is_break(c))
    }

    fn skip_to_line_end(&mut self) {
        while self.peek(0).is_some_and(|c| !is_break(c)) {
            self.i += 1;
        }
    }

    fn skip_line_break(&mut self) {
        if self.peek(0) == Some(b'\r') {
            self.i += 1;
        }
        if self.peek(0) == Some(b'\n') {
            self.i += 1;
        }
    }

    /// Column of position `i` on its line (bytes; indentation is ASCII).
    fn column(&self) -> usize {
        let start = self.b[..self.i]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1);
        self.i - start
    }

    fn document(&mut self) -> Step {
        while self.i < self.b.len() {
            self.block_line()?;
            self.skip_line_break();
        }
        Ok(())
    }

    /// One line in block context, from its first byte to just before its
    /// line break (or further, when a node spans lines).
    fn block_line(&mut self) -> Step {
        let line_start = self.i;
        if self.b[line_start..].starts_with(b"%") {
            self.skip_to_line_end();
            return Ok(());
        }
        if (self.b[line_start..].starts_with(b"---") || self.b[line_start..].starts_with(b"..."))
            && self.separated(2)
        {
            self.i += 3;
        }
        // The column of the innermost key or entry on this line: a block
        // scalar's content must be indented more than it.
        let mut node_column = 0;
        loop {
            while self.peek(0).is_some_and(is_blank) {
                self.i += 1;
            }
            let Some(c) = self.peek(0) else {
                return Ok(());
            };
            if !is_break(c) && c != b'#' && self.column() > MAX_BLOCK_COLUMN {
                return Err(self.i);
            }
            match c {
                b'\n' | b'\r' => return Ok(()),
                b'#' => {
                    self.skip_to_line_end();
                    return Ok(());
                }
                b'-' | b'?' if self.separated(0) => {
                    node_column = self.column();
                    self.i += 1;
                }
                b':' if self.separated(0) => self.i += 1,
                b'&' | b'!' => {
                    while self.peek(0).is_some_and(|c| !is_blank(c) && !is_break(c)) {
                        self.i += 1;
                    }
                }
                b'[' | b'{' => {
                    node_column = self.column();
                    self.flow()?;
                    self.after_node();
                }
                b'"' => {
                    node_column = self.column();
                    self.double_quoted();
                    self.after_node();
                }
                b'\'' => {
                    node_column = self.column();
                    self.single_quoted();
                    self.after_node();
                }
                b'|' | b'>' => {
                    self.block_scalar(node_column);
                    return Ok(());
                }
                _ => {
                    node_column = self.column();
                    self.plain_in_block();
                }
            }
            // After a node: a `: ` starts a value on the same line.
            if self.peek(0).is_none_or(is_break) {
                return Ok(());
            }
        }
    }

    /// After a quoted scalar or flow collection in block context: skip to a
    /// `:` value indicator, a comment or the end of the line.
    fn after_node(&mut self) {
        while let Some(c) = self.peek(0) {
            if is_break(c) || (c == b':' && self.separated(0)) {
                return;
            }
            if c == b'#' && self.i > 0 && is_blank(self.b[self.i - 1]) {
                self.skip_to_line_end();
                return;
            }
            self.i += 1;
        }
    }

    /// A plain scalar in block context runs to `: `, ` #` or the line end;
    /// brackets and quotes inside it are text.
    fn plain_in_block(&mut self) {
        while let Some(c) = self.peek(0) {
            if is_break(c) || (c == b':' && self.separated(0)) {
                return;
            }
            if c == b'#' && self.i > 0 && is_blank(self.b[self.i - 1]) {
                self.skip_to_line_end();
                return;
            }
            self.i += 1;
        }
    }

    /// Skips a block scalar: its header, then every line indented at least
    /// as much as its first content line, which must be deeper than
    /// `parent_column`.
    fn block_scalar(&mut self, parent_column: usize) {
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

    fn double_quoted(&mut self) {
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

    fn single_quoted(&mut self) {
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

    /// A flow collection starting at `[` or `{`, to its matching close
    /// (across lines). Inside, quotes open only at the start of a token.
    fn flow(&mut self) -> Step {
        let mut depth = 0usize;
        let mut token_start = true;
        let mut after_quoted = false;
        while let Some(c) = self.peek(0) {
            match c {
                b'[' | b'{' => {
                    depth += 1;
                    if depth > self.limit {
                        return Err(self.i);
                    }
                    self.i += 1;
                    token_start = true;
                    after_quoted = false;
                    continue;
                }
                b']' | b'}' => {
                    self.i += 1;
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Ok(());
                    }
                    token_start = false;
                    after_quoted = false;
                    continue;
                }
                b',' | b'?' => token_start = true,
                b':' => {
                    // `: ` is a value indicator; so is `:` right after a
                    // quoted key (`{"a":1}`); otherwise it is text (`a:b`).
                    let next = self.peek(1);
                    token_start = after_quoted
                        || next.is_none_or(|n| {
                            is_blank(n)
                                || is_break(n)
                                || matches!(n, b',' | b'[' | b']' | b'{' | b'}')
                        });
                }
                b'"' | b'\'' if token_start => {
                    if c == b'"' {
                        self.double_quoted();
                    } else {
                        self.single_quoted();
                    }
                    token_start = false;
                    after_quoted = true;
                    continue;
                }
                b'#' if self.i == 0
                    || is_blank(self.b[self.i - 1])
                    || is_break(self.b[self.i - 1]) =>
                {
                    self.skip_to_line_end();
                    continue;
                }
                b' ' | b'\t' | b'\n' | b'\r' => {}
                _ => {
                    token_start = false;
                    after_quoted = false;
                }
            }
            self.i += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::too_deep_at;

    fn deep(text: &str) -> bool {
        too_deep_at(text, 8).is_some()
    }

    const NEST: &str = "[{[{[{[{[{[{";

    #[test]
    fn deep_flow_nesting_is_found_wherever_a_node_starts() {
        assert!(deep(NEST));
        assert!(deep(&format!("a: {NEST}")));
        assert!(deep(&format!("- {NEST}")));
        assert!(deep(&format!("a:\n  - b: &x !t {NEST}")));
        assert!(deep(&format!("--- {NEST}")));
        assert!(deep(&format!("? {NEST}")));
    }

    #[test]
    fn a_stray_quote_in_text_does_not_hide_nesting_on_later_lines() {
        assert!(deep(&format!("a: b \"\nc: {NEST}")));
        assert!(deep(&format!("a: b '\nc: {NEST}")));
        assert!(deep(&format!("a: it's\nc: {NEST}")));
        assert!(deep(&format!("a: x#\nc: {NEST}")));
        assert!(deep(&format!("a: \"x\\\\\"\nc: {NEST}")));
    }

    #[test]
    fn block_scalars_end_where_their_indentation_ends() {
        assert!(deep(&format!("a: |\n  \"\nc: {NEST}")));
        assert!(deep(&format!("- k: |\n    text \"\n  other: {NEST}")));
        assert!(!deep(&format!("a: |\n  {NEST}\nb: fine")));
        assert!(!deep(&format!("a: >-\n  \"{NEST}\n\n  more\nb: 1")));
    }

    #[test]
    fn quoted_closers_do_not_cancel_real_nesting() {
        assert!(deep("[a: [a: [a: [a: [a: [a: [a: [a: [a: [\"]]]]]]]]]]\"]"));
        assert!(deep(
            "[ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" [ \"]\" ["
        ));
    }

    #[test]
    fn deep_block_nesting_is_refused_too() {
        assert!(deep(&format!("a:\n{}x", "- ".repeat(200))));
        let stairs = (0..300)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect::<Vec<_>>()
            .concat();
        assert!(deep(&stairs));
        assert!(!deep(&format!("a: |\n{}text\n", " ".repeat(400))));
    }

    #[test]
    fn brackets_in_text_are_not_nesting() {
        let list = (0..100)
            .map(|n| format!("  - item [{n}\n"))
            .collect::<Vec<_>>()
            .concat();
        assert!(!deep(&format!("responsibilities:\n{list}")));
        assert!(!deep(&format!(
            "a: \"{NEST}\"\nb: '{NEST}'\n# {NEST}\nc: x [{NEST}"
        )));
        assert!(!deep(&format!("a: [\"{NEST}\", '{NEST}']")));
        assert!(!deep("a: [[1, 2], {b: [3]}]\n"));
    }
}
