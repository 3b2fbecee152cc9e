//! Optimal-fit line breaking: the lines textwrap's `wrap_optimal_fit`
//! chooses with its default penalties, for fragments measured in whole
//! columns.
//!
//! A port, step for step, of textwrap 0.16's `wrap_optimal_fit` and of
//! the online column minima (SMAWK) it runs on, from smawk 0.3 (both MIT),
//! so that every comparison, and so every tie, goes as it goes there and
//! the lines are the same. Two things differ, neither in what is chosen:
//! costs are `u64`, not `f64` (every width here is whole columns, so every
//! cost textwrap computes is a whole number, and far below 2^53, where
//! `f64` is exact, for any text within the input cap); and the line number
//! of each break is kept in a vector as the break becomes final, where
//! textwrap looks it up through a `RefCell` for every cost. `show` spent
//! half of its rendering in the generic version (perf). The tests compare
//! it with textwrap on random fragments. A leaf: it uses nothing of ours.

/// Every extra line costs this much.
const NLINE_PENALTY: u64 = 1000;
/// Each column past the width costs this much.
const OVERFLOW_PENALTY: u64 = 50 * 50;
/// A last line of one fragment narrower than the width over this...
const SHORT_LAST_LINE_FRACTION: u64 = 4;
/// ...costs this much.
const SHORT_LAST_LINE_PENALTY: u64 = 25;

/// `fragments` broken into lines: `measure` gives a fragment's width and
/// the width of the whitespace after it; the first line is
/// `line_widths[0]` wide, the others `line_widths[1]`.
pub(super) fn optimal_fit<T>(
    fragments: &[T],
    measure: impl Fn(&T) -> (usize, usize),
    line_widths: [usize; 2],
) -> Vec<&[T]> {
    let count = fragments.len();
    let mut costs = Costs {
        widths: Vec::with_capacity(count + 1),
        whitespace: Vec::with_capacity(count),
        targets: line_widths.map(|w| as_cost(w).max(1)),
        count,
    };
    let mut width = 0;
    costs.widths.push(width);
    for fragment in fragments {
        let (word, space) = measure(fragment);
        width += as_cost(word) + as_cost(space);
        costs.widths.push(width);
        costs.whitespace.push(as_cost(space));
    }
    let minima = online_column_minima(&costs);
    let mut lines = Vec::new();
    let mut end = count;
    loop {
        let start = minima[end].0;
        lines.push(&fragments[start..end]);
        end = start;
        if end == 0 {
            break;
        }
    }
    lines.reverse();
    lines
}

fn as_cost(columns: usize) -> u64 {
    u64::try_from(columns).unwrap_or(u64::MAX)
}

/// What the cost of a line is worked out from.
struct Costs {
    /// `widths[k]`: the fragments before `k`, with their whitespace.
    widths: Vec<u64>,
    /// The whitespace after each fragment.
    whitespace: Vec<u64>,
    /// The first line's width and the others'.
    targets: [u64; 2],
    count: usize,
}

impl Costs {
    /// The least cost of breaking before fragment `j` with a line of
    /// fragments `i..j` last: `minima[i].1`, the least cost of breaking
    /// before `i`, plus this line's, which starts line number `lines[i]`.
    #[inline]
    fn cost(&self, lines: &[usize], minima: &[(usize, u64)], i: usize, j: usize) -> u64 {
        let target = self.targets[usize::from(lines[i] > 0)];
        let line_width = self.widths[j] - self.widths[i] - self.whitespace[j - 1];
        let mut cost = minima[i].1 + NLINE_PENALTY;
        if line_width > target {
            cost += (line_width - target) * OVERFLOW_PENALTY;
        } else if j < self.count {
            let gap = target - line_width;
            cost += gap * gap;
        } else if i + 1 == j && line_width * SHORT_LAST_LINE_FRACTION < target {
            cost += SHORT_LAST_LINE_PENALTY;
        }
        cost
    }
}

/// For each break position `j` (column), the break `i < j` (row) before
/// the last line, of least cost, and that cost: smawk's
/// `online_column_minima` over [`Costs::cost`], keeping the line number
/// of each break as it becomes final.
fn online_column_minima(costs: &Costs) -> Vec<(usize, u64)> {
    let size = costs.count + 1;
    let matrix = |lines: &[usize], result: &[(usize, u64)], i, j| costs.cost(lines, result, i, j);
    let mut result = Vec::with_capacity(size);
    result.push((0, 0));
    let mut lines = Vec::with_capacity(size);
    lines.push(0);
    let mut finished = 0;
    let mut base = 0;
    let mut tentative = 0;
    // smawk's three scratch vectors, in one allocation.
    let mut scratch = vec![0; 6 * size];
    let (rows_scratch, rest) = scratch.split_at_mut(3 * size);
    let (cols_scratch, minima) = rest.split_at_mut(2 * size);
    while finished + 1 < size {
        let i = finished + 1;
        if i > tentative {
            let rows_end = finished + 1 - base;
            for (idx, row) in (base..=finished).enumerate() {
                rows_scratch[idx] = row;
            }
            tentative = (finished + rows_end).min(size - 1);
            let cols_end = tentative - finished;
            for (idx, col) in (finished + 1..=tentative).enumerate() {
                cols_scratch[idx] = col;
            }
            smawk_inner(
                &|row, col| matrix(&lines, &result, row, col),
                (rows_scratch, 0, rows_end),
                (cols_scratch, 0, cols_end),
                minima,
            );
            for col in finished + 1..=tentative {
                let row = minima[col];
                let value = matrix(&lines, &result, row, col);
                if col >= result.len() {
                    result.push((row, value));
                } else if value < result[col].1 {
                    result[col] = (row, value);
                }
            }
        } else {
            let diag = matrix(&lines, &result, i - 1, i);
            if diag < result[i].1 {
                result[i] = (i - 1, diag);
                base = i - 1;
                tentative = i;
            } else if matrix(&lines, &result, i - 1, tentative) < result[tentative].1 {
                base = i - 1;
                tentative = i;
            }
        }
        finished = i;
        // Column `i` is final now: its line number is known.
        lines.push(1 + lines[result[i].0]);
    }
    result
}

/// smawk's `smawk_inner`: the minima of the columns in
/// `cols_scratch[cols_start..cols_end]` over the rows in
/// `rows_scratch[rows_start..rows_end]`, into `minima`.
fn smawk_inner(
    matrix: &impl Fn(usize, usize) -> u64,
    (rows_scratch, rows_start, rows_end): (&mut [usize], usize, usize),
    (cols_scratch, cols_start, cols_end): (&mut [usize], usize, usize),
    minima: &mut [usize],
) {
    if cols_start == cols_end {
        return;
    }
    let cols_len = cols_end - cols_start;
    let stack_start = rows_end;
    let odd_cols_start = cols_end;
    let odd_cols_len = cols_len / 2;

    let mut stack_len = 0;
    for i in rows_start..rows_end {
        let r = rows_scratch[i];
        while stack_len > 0 {
            let stack_top = rows_scratch[stack_start + stack_len - 1];
            let col = cols_scratch[cols_start + stack_len - 1];
            if matrix(stack_top, col) > matrix(r, col) {
                stack_len -= 1;
            } else {
                break;
            }
        }
        if stack_len < cols_len {
            rows_scratch[stack_start + stack_len] = r;
            stack_len += 1;
        }
    }

    for idx in 0..odd_cols_len {
        let col = cols_scratch[cols_start + 2 * idx + 1];
        cols_scratch[odd_cols_start + idx] = col;
    }

    smawk_inner(
        matrix,
        (&mut *rows_scratch, stack_start, stack_start + stack_len),
        (
            &mut *cols_scratch,
            odd_cols_start,
            odd_cols_start + odd_cols_len,
        ),
        minima,
    );

    let mut r = 0;
    for c in (0..cols_len).step_by(2) {
        let col = cols_scratch[cols_start + c];
        let mut row = rows_scratch[stack_start + r];
        let last_row = if c == cols_len - 1 {
            rows_scratch[stack_start + stack_len - 1]
        } else {
            minima[cols_scratch[cols_start + c + 1]]
        };
        let mut pair = (matrix(row, col), row);
        while row != last_row && r < stack_len - 1 {
            r += 1;
            row = rows_scratch[stack_start + r];
            // Evaluated once (smawk evaluates it twice; it is pure).
            let candidate = (matrix(row, col), row);
            if candidate < pair {
                pair = candidate;
            }
        }
        minima[col] = pair.1;
    }
}

#[cfg(test)]
#[path = "optimal_fit_tests.rs"]
mod tests;
