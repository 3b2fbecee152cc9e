//! Scanning one flow collection (`[...]`, `{...}`) across lines: its
//! nesting depth against the limit, and the nodes its entries, keys, values
//! and pairs may build. It must not handle block structure; the scan of
//! block lines calls it at a `[` or `{` where a node starts.

use super::{Refusal, Scan, Step, is_blank, is_break};

impl Scan<'_> {
    /// A flow collection starting at `[` or `{`, to its matching close
    /// (across lines). Inside, quotes open only at the start of a token.
    pub(super) fn flow(&mut self) -> Step {
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
