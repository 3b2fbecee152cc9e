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

mod flow;
mod scalars;

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
        line_start: 0,
        seen: 0,
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
    /// Start of the line holding byte `seen`: [`Scan::column`] looks for
    /// line breaks only past `seen`, so each byte is looked at once.
    line_start: usize,
    seen: usize,
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

    /// To the line break: past a comment or a line of a block scalar,
    /// stretches long enough for memchr to pay.
    fn skip_to_line_end(&mut self) {
        self.i =
            memchr::memchr2(b'\n', b'\r', &self.b[self.i..]).map_or(self.b.len(), |p| self.i + p);
    }

    /// The position of the first byte from `i` on that `stop` accepts, or
    /// the end of the text. (A plain loop: the stretches searched are a
    /// few bytes long, too short for memchr to pay.)
    fn find(&self, stop: impl Fn(u8) -> bool) -> usize {
        self.b[self.i..]
            .iter()
            .position(|&c| stop(c))
            .map_or(self.b.len(), |p| self.i + p)
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
    /// Only the bytes since the last call are searched for a line break,
    /// so the scan stays linear however long a line is.
    fn column(&mut self) -> usize {
        if self.i < self.seen {
            // Moved back (to the end of a block scalar): find the line again.
            self.line_start = self.b[..self.i]
                .iter()
                .rposition(|&c| is_break(c))
                .map_or(0, |p| p + 1);
        } else if let Some(p) = self.b[self.seen..self.i].iter().rposition(|&c| is_break(c)) {
            self.line_start = self.seen + p + 1;
        }
        self.seen = self.i;
        self.i - self.line_start
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
        // Block structure deepens only by indentation or by a `- ` or `? `
        // entry on the line: a value or `:` after a long key is as shallow
        // as the key (an item id of 300 characters is a rating's key).
        let mut first = true;
        loop {
            while self.peek(0).is_some_and(is_blank) {
                self.i += 1;
            }
            let Some(c) = self.peek(0) else {
                break;
            };
            let entry = matches!(c, b'-' | b'?') && self.separated(0);
            if !is_break(c) && c != b'#' && (first || entry) && self.column() > MAX_BLOCK_COLUMN {
                return Err((Refusal::BlockIndent, self.i));
            }
            first = false;
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
                        let column = self.column();
                        self.block_collection(column, true)?;
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
        self.plain_in_block();
    }

    /// A plain scalar in block context runs to `: `, ` #` or the line end;
    /// brackets and quotes inside it are text.
    fn plain_in_block(&mut self) {
        loop {
            self.i = self.find(|c| matches!(c, b'\n' | b'\r' | b':' | b'#'));
            let Some(c) = self.peek(0) else {
                return;
            };
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
}

#[cfg(test)]
pub(super) mod tests;
