//! How wide each column of a terminal table is (SPEC §6): text breaks
//! between words, and inside a word only when the word is longer than its
//! column can be: when the words cannot all fit, the columns with the
//! longest words are narrowed to one common width, so only the longest
//! words break. The room left goes where it saves the most lines, on a tie
//! to the column with the most text (an item's title); room that saves no
//! line is left unused. Pure arithmetic over the display widths of words:
//! it knows nothing of comfy-table.

/// A word broken costs more than any number of cuts elsewhere, and a cut
/// inside a word more than any number of lines a table can save: a word
/// that can stay whole does, even if that makes a longer word (broken
/// anyway) take more pieces; and a word that must break takes few.
const BROKEN_WORD: u64 = 1 << 40;
const CUT: u64 = 1 << 20;

/// One cell: its lines, each a list of its words' display widths.
pub type Words = Vec<Vec<usize>>;

/// What the planner knows of one column.
pub struct Column {
    /// The cells from top to bottom, the header first.
    pub cells: Vec<Words>,
    /// A column that never wraps (its whole text on one line).
    pub whole: bool,
}

impl Column {
    /// The widest line of any cell: the most the column needs.
    fn text(&self) -> usize {
        self.cells
            .iter()
            .flatten()
            .map(|line| line.iter().sum::<usize>() + line.len().saturating_sub(1))
            .max()
            .unwrap_or(0)
            .max(1)
    }

    /// The widest word: the least the column takes without breaking one.
    fn word(&self) -> usize {
        self.cells
            .iter()
            .flatten()
            .flatten()
            .copied()
            .max()
            .unwrap_or(0)
            .max(1)
    }
}

/// The lines one cell takes at `width`, filling each line with as many
/// words as fit (as comfy-table does), and what breaking the words wider
/// than `width` costs.
fn lines_at(cell: &Words, width: usize) -> (u64, u64) {
    let (mut lines, mut broken) = (0, 0);
    for words in cell {
        lines += 1;
        let mut used = 0;
        for &word in words {
            if word > width {
                let pieces = word.div_ceil(width);
                // A word in ten pieces is worse than in two.
                broken += BROKEN_WORD + (pieces as u64 - 1) * CUT;
                lines += u64::from(used > 0) + pieces as u64 - 1;
                used = word - (pieces - 1) * width;
            } else if used == 0 {
                used = word;
            } else if used + 1 + word <= width {
                used += 1 + word;
            } else {
                lines += 1;
                used = word;
            }
        }
    }
    (lines, broken)
}

/// Past this many rows, the room left goes to the columns with the most
/// text, widest first, without counting lines: the count costs rows ×
/// columns × room for each step.
const COUNTED_ROWS: usize = 200;

/// A table being planned: its columns, their text widths, and the lines
/// and cost of broken words of every cell at every width from 1 to the
/// column's text width (or the room), `costs[column][width - 1][row]`.
struct Planner<'a> {
    columns: &'a [Column],
    texts: Vec<usize>,
    words: Vec<usize>,
    /// Empty past [`COUNTED_ROWS`] rows, where lines are not counted.
    costs: Vec<Vec<Vec<(u64, u64)>>>,
    rows: usize,
    room: usize,
}

impl<'a> Planner<'a> {
    fn new(columns: &'a [Column], room: usize) -> Self {
        let rows = columns.iter().map(|c| c.cells.len()).max().unwrap_or(0);
        let costs = if rows > COUNTED_ROWS {
            Vec::new()
        } else {
            columns
                .iter()
                .map(|column| {
                    (1..=column.text().min(room).max(1))
                        .map(|width| column.cells.iter().map(|c| lines_at(c, width)).collect())
                        .collect()
                })
                .collect()
        };
        Self {
            columns,
            texts: columns.iter().map(Column::text).collect(),
            words: columns.iter().map(Column::word).collect(),
            costs,
            rows,
            room,
        }
    }

    /// Lines and the cost of broken words of one cell at `width`.
    fn at(&self, column: usize, width: usize, row: usize) -> (u64, u64) {
        let by_width = &self.costs[column];
        by_width[width.min(by_width.len()) - 1]
            .get(row)
            .copied()
            .unwrap_or((0, 0))
    }

    /// The table's cost at `widths`: broken words, then lines.
    fn score(&self, widths: &[usize]) -> u64 {
        (0..self.rows)
            .map(|row| {
                let mut height = 0;
                let mut broken = 0;
                for (column, &width) in widths.iter().enumerate() {
                    let (lines, cost) = self.at(column, width, row);
                    height = height.max(lines);
                    broken += cost;
                }
                height + broken
            })
            .sum()
    }

    fn spare(&self, widths: &[usize]) -> usize {
        self.room - widths.iter().sum::<usize>()
    }

    /// The least each column may take: its longest word, or `cap` if less.
    fn least(&self, cap: usize) -> Vec<usize> {
        (0..self.columns.len())
            .map(|index| {
                let text = self.texts[index];
                if self.columns[index].whole {
                    text
                } else {
                    self.words[index].min(text).min(cap)
                }
            })
            .collect()
    }

    /// The widenings worth trying from `widths`: one column widened, or
    /// every column at a row's height widened just enough to make that row
    /// a line shorter (two levels side by side wrap in the same rows:
    /// widening one alone saves nothing).
    fn steps(&self, widths: &[usize]) -> Vec<Vec<usize>> {
        let spare = self.spare(widths);
        let wider = |index: usize| widths[index] + 1..=self.texts[index].min(widths[index] + spare);
        let mut steps: Vec<Vec<usize>> = Vec::new();
        for index in (0..self.columns.len()).filter(|&c| !self.columns[c].whole) {
            for width in wider(index) {
                let mut step = widths.to_vec();
                step[index] = width;
                steps.push(step);
            }
        }
        for row in 0..self.rows {
            let lines = |index: usize, width: usize| self.at(index, width, row).0;
            let height = (0..widths.len()).map(|c| lines(c, widths[c])).max();
            let Some(height) = height.filter(|&height| height > 1) else {
                continue;
            };
            let mut step = widths.to_vec();
            let tallest = (0..widths.len()).filter(|&c| lines(c, widths[c]) == height);
            let possible = tallest.into_iter().all(|index| {
                let shorter = wider(index).find(|&width| lines(index, width) < height);
                match shorter {
                    Some(width) if !self.columns[index].whole => {
                        step[index] = width;
                        true
                    }
                    _ => false,
                }
            });
            if possible && step.iter().sum::<usize>() <= self.room && !steps.contains(&step) {
                steps.push(step);
            }
        }
        steps
    }

    /// Greedily, the step that saves the most per column it takes, on a
    /// tie the one that widens the column with the most text.
    fn widen(&self, mut widths: Vec<usize>) -> Vec<usize> {
        let mut now = self.score(&widths);
        loop {
            // The best step: (gain, added width, its most text, widths).
            let mut best: Option<(u64, usize, usize, Vec<usize>)> = None;
            for step in self.steps(&widths) {
                let gain = now.checked_sub(self.score(&step)).filter(|&gain| gain > 0);
                let Some(gain) = gain else {
                    continue;
                };
                let added = step.iter().sum::<usize>() - widths.iter().sum::<usize>();
                let most_text = (0..widths.len())
                    .filter(|&c| step[c] > widths[c])
                    .map(|c| self.texts[c])
                    .max()
                    .unwrap_or(0);
                let better = best
                    .as_ref()
                    .is_none_or(|(best_gain, best_added, best_text, _)| {
                        let (this, that) = (
                            u128::from(gain) * *best_added as u128,
                            u128::from(*best_gain) * added as u128,
                        );
                        this > that || (this == that && most_text > *best_text)
                    });
                if better {
                    best = Some((gain, added, most_text, step));
                }
            }
            let Some((gain, _, _, step)) = best else {
                return widths;
            };
            (now, widths) = (now - gain, step);
        }
    }

    /// Widening alone misses room better spent elsewhere: moves width from
    /// one column (down to its floor) to another, or from the room left,
    /// while that saves lines.
    fn trade(&self, mut widths: Vec<usize>, floors: &[usize]) -> Vec<usize> {
        let count = self.columns.len();
        let mut now = self.score(&widths);
        loop {
            let spare = self.spare(&widths);
            let mut best: Option<(u64, Vec<usize>)> = None;
            // From `None`: from the room no column uses yet.
            let givers = std::iter::once(None).chain((0..count).map(Some));
            for from in givers.filter(|from| from.is_none_or(|c| !self.columns[c].whole)) {
                for to in (0..count).filter(|&c| Some(c) != from && !self.columns[c].whole) {
                    let can_give = from.map_or(spare, |from| widths[from] - floors[from]);
                    let most = can_give.min(self.texts[to].saturating_sub(widths[to]));
                    for moved in 1..=most {
                        let mut trial = widths.clone();
                        if let Some(from) = from {
                            trial[from] -= moved;
                        }
                        trial[to] += moved;
                        let cost = self.score(&trial);
                        if cost < best.as_ref().map_or(now, |best| best.0) {
                            best = Some((cost, trial));
                        }
                    }
                }
            }
            let Some((cost, trial)) = best else {
                return widths;
            };
            (now, widths) = (cost, trial);
        }
    }
}

/// Content widths (padding left out) for `columns` sharing `room`
/// terminal columns, or `None` when the columns that never wrap do not
/// fit with one column for each other.
#[must_use]
pub fn plan(columns: &[Column], room: usize) -> Option<Vec<usize>> {
    let texts: Vec<usize> = columns.iter().map(Column::text).collect();
    if texts.iter().sum::<usize>() <= room {
        return Some(texts);
    }
    let planner = Planner::new(columns, room);
    // Where the words cannot all fit, the columns with the longest words
    // are narrowed to one common width: only the longest words break.
    let widest = planner.words.iter().copied().max().unwrap_or(1);
    let floors = (1..=widest)
        .rev()
        .map(|cap| planner.least(cap))
        .find(|floors| floors.iter().sum::<usize>() <= room)?;
    if planner.rows > COUNTED_ROWS {
        let mut widths = floors;
        let mut order: Vec<usize> = (0..columns.len()).collect();
        order.sort_by_key(|&index| std::cmp::Reverse(texts[index]));
        for index in order {
            let spare = planner.spare(&widths);
            widths[index] = texts[index].min(widths[index] + spare);
        }
        return Some(widths);
    }
    let widths = planner.widen(floors.clone());
    Some(planner.trade(widths, &floors))
}

/// Whether `widths` break a word that is no longer than its column.
#[must_use]
pub fn breaks_words(columns: &[Column], widths: &[usize]) -> bool {
    columns
        .iter()
        .zip(widths)
        .any(|(column, &width)| column.word() > width)
}

#[cfg(test)]
#[path = "widths_tests.rs"]
mod tests;
