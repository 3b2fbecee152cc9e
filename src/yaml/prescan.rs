//! A pre-scan that bounds the work and memory of parsing before the YAML
//! parser sees the text. libyaml-style parsers spend time proportional to
//! tokens × flow depth, so 100 KB of `[{` takes seconds; and the parser
//! holds every event of a document in memory (about 100 bytes each) before
//! any value is built, so 1 MB of `[],` costs over 100 MB. This scan is
//! linear and refuses such input first: flow collections nested too deep,
//! block structure indented too far, and more nodes than the budget.
//!
//! It follows enough of YAML's lexical rules to tell a bracket that opens a
//! flow collection from one inside text: brackets only open a collection
//! where a node can start (line start, after `- `, `? `, `: `, anchors and
//! tags, or inside a flow collection); quoted scalars only start there too;
//! block scalars (`|`, `>`) are skipped by indentation as the parser does.
//! Where it cannot be sure, it counts the bracket: a false alarm needs more
//! than [`MAX_FLOW_DEPTH`](super::MAX_FLOW_DEPTH) unclosed brackets.
//!
//! Nodes are counted from above: every place a node can start counts one
//! (a scalar, a `[` or `{`), every block list or mapping one when an entry
//! opens it (by indentation, as the parser does), and every indicator the
//! nodes it may imply (an empty key or value it leaves, a pair in a flow
//! list), so the count is never below what the parser builds. Line
//! breaks are LF, CRLF or a lone CR (old Mac files), as for the parser.

/// Block structure indented past this column is refused as too deep: real
/// profiles stay far left, and each level of block nesting costs a column.
pub(super) const MAX_BLOCK_COLUMN: usize = 256;

/// Why the scan refused the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refusal {
    /// Flow collections (`[`, `{`) nested deeper than the limit.
    FlowDepth,
    /// A line of block structure indented past [`MAX_BLOCK_COLUMN`].
    BlockIndent,
    /// More nodes than the budget.
    TooManyNodes,
}

/// Limits the scan enforces.
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    pub(super) flow_depth: usize,
    pub(super) nodes: usize,
}

/// Returns why and at which byte offset the text breaks a limit, or `None`
/// when it stays within them.
pub(super) fn refusal(text: &str, limits: Limits) -> Option<(Refusal, usize)> {
    let mut scan = Scan {
        b: text.as_bytes(),
        i: 0,
        limit: limits.flow_depth,
        nodes: 0,
        max_nodes: limits.nodes,
        blocks: Vec::new(),
    };
    scan.count(1).and_then(|()| scan.document()).err()
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    limit: usize,
    /// Nodes counted so far (from above).
    nodes: usize,
    max_nodes: usize,
    /// Open block collections, innermost last: column, and whether a
    /// mapping (else a list).
    blocks: Vec<(usize, bool)>,
}

/// `Err` stops the scan where a limit is broken.
type Step = Result<(), (Refusal, usize)>;

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

    /// Column of position `i` on its line (bytes; indentation is ASCII),
    /// up to `MAX_BLOCK_COLUMN + 1`: looking no further back keeps the scan
    /// linear on a long line.
    fn column(&self) -> usize {
        let from = self.i.saturating_sub(MAX_BLOCK_COLUMN + 1);
        self.b[from..self.i]
            .iter()
            .rposition(|&c| is_break(c))
            .map_or(self.i - from + usize::from(from > 0), |p| {
                self.i - from - p - 1
            })
    }

    /// Counts the block list or mapping an indicator at `column` opens,
    /// unless it continues the innermost open one (same column, same kind);
    /// anything indented more is closed first.
    fn block_collection(&mut self, column: usize, mapping: bool) -> Step {
        while self.blocks.last().is_some_and(|&(open, _)| open > column) {
            self.blocks.pop();
        }
        match self.blocks.last_mut() {
            Some(top) if *top == (column, mapping) => Ok(()),
            Some(top) if top.0 == column => {
                *top = (column, mapping);
                self.count(1)
            }
            _ => {
                self.blocks.push((column, mapping));
                self.count(1)
            }
        }
    }

    /// Counts `n` possible nodes; refuses the text past the budget.
    fn count(&mut self, n: usize) -> Step {
        self.nodes += n;
        if self.nodes > self.max_nodes {
            return Err((Refusal::TooManyNodes, self.i.min(self.b.len())));
        }
        Ok(())
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
        // Whether a node was seen since the line start or the last
        // indicator, and whether an indicator still waits for its node
        // (empty, if none follows on the line).
        let mut seen_node = false;
        let mut pending = false;
        loop {
            while self.peek(0).is_some_and(is_blank) {
                self.i += 1;
            }
            let Some(c) = self.peek(0) else {
                break;
            };
            if !is_break(c) && c != b'#' && self.column() > MAX_BLOCK_COLUMN {
                return Err((Refusal::BlockIndent, self.i));
            }
            match c {
                b'\n' | b'\r' => break,
                b'#' => {
                    self.skip_to_line_end();
                    break;
                }
                b'-' | b'?' if self.separated(0) => {
                    node_column = self.column();
                    self.block_collection(node_column, c == b'?')?;
                    (seen_node, pending) = (false, true);
                    self.i += 1;
                }
                b':' if self.separated(0) => {
                    // The mapping of the key before it, or of an empty key.
                    if seen_node {
                        self.block_collection(node_column, true)?;
                    } else {
                        self.block_collection(self.column(), true)?;
                        self.count(1)?;
                    }
                    (seen_node, pending) = (false, true);
                    self.i += 1;
                }
                b'&' | b'!' => {
                    while self.peek(0).is_some_and(|c| !is_blank(c) && !is_break(c)) {
                        self.i += 1;
                    }
                }
                b'[' | b'{' => {
                    node_column = self.column();
                    (seen_node, pending) = (true, false);
                    self.flow()?;
                    self.after_node();
                }
                b'"' | b'\'' => {
                    node_column = self.column();
                    (seen_node, pending) = (true, false);
                    self.count(1)?;
                    if c == b'"' {
                        self.double_quoted();
                    } else {
                        self.single_quoted();
                    }
                    self.after_node();
                }
                b'|' | b'>' => {
                    self.count(1)?;
                    self.block_scalar(node_column);
                    return Ok(());
                }
                _ => {
                    node_column = self.column();
                    (seen_node, pending) = (true, false);
                    self.count(1)?;
                    self.plain_in_block();
                }
            }
            // After a node: a `: ` starts a value on the same line.
            if self.peek(0).is_none_or(is_break) {
                break;
            }
        }
        if pending {
            self.count(1)?;
        }
        Ok(())
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
                        return Err((Refusal::FlowDepth, self.i));
                    }
                    // A mapping's last entry may leave an empty value.
                    self.count(if c == b'{' { 2 } else { 1 })?;
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
                b',' | b'?' => {
                    // An entry that may be an empty key or value.
                    self.count(1)?;
                    token_start = true;
                }
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
                    if token_start {
                        // A pair in a sequence is a mapping, with perhaps
                        // an empty key and an empty value.
                        self.count(3)?;
                    }
                }
                b'"' | b'\'' if token_start => {
                    self.count(1)?;
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
                    if token_start {
                        self.count(1)?;
                    }
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
pub(super) mod tests {
    use super::{Limits, Refusal, Scan, refusal};

    fn deep(text: &str) -> bool {
        refusal(
            text,
            Limits {
                flow_depth: 8,
                nodes: usize::MAX,
            },
        )
        .is_some()
    }

    /// The scan's count of nodes in `text`.
    pub(in crate::yaml) fn counted(text: &str) -> usize {
        let mut scan = Scan {
            b: text.as_bytes(),
            i: 0,
            limit: usize::MAX,
            nodes: 1,
            max_nodes: usize::MAX,
            blocks: Vec::new(),
        };
        scan.document().unwrap();
        scan.nodes
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

    #[test]
    fn lone_carriage_returns_end_lines_like_line_feeds() {
        let lines = "key: value\r".repeat(100);
        assert!(!deep(&lines));
        let stairs: String = (0..300).map(|i| " ".repeat(i) + "k:\r").collect();
        assert_eq!(
            refusal(
                &stairs,
                Limits {
                    flow_depth: 8,
                    nodes: usize::MAX
                }
            )
            .map(|r| r.0),
            Some(Refusal::BlockIndent)
        );
    }

    #[test]
    fn deep_indentation_and_deep_brackets_are_told_apart() {
        let limits = Limits {
            flow_depth: 8,
            nodes: usize::MAX,
        };
        let indented = format!("a:\n{}x", "- ".repeat(200));
        assert_eq!(
            refusal(&indented, limits).map(|r| r.0),
            Some(Refusal::BlockIndent)
        );
        assert_eq!(refusal(NEST, limits).map(|r| r.0), Some(Refusal::FlowDepth));
    }

    #[test]
    fn the_node_budget_stops_the_scan_where_it_runs_out() {
        let text = format!("a: [{}]\n", "[],".repeat(1000));
        let limits = Limits {
            flow_depth: 8,
            nodes: 500,
        };
        let (why, offset) = refusal(&text, limits).unwrap();
        assert_eq!(why, Refusal::TooManyNodes);
        assert!(offset < text.len() / 2, "{offset}");
        assert!(counted(&text) >= 2001);
    }
}
