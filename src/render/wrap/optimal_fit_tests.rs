//! Unit tests of `optimal_fit`.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::{Penalties, wrap_optimal_fit};

use super::*;

/// A fragment's width and the whitespace after it.
#[derive(Debug, Clone, Copy)]
struct Word(usize, usize);

impl Fragment for Word {
    #[expect(clippy::cast_precision_loss, reason = "test widths are tiny")]
    fn width(&self) -> f64 {
        self.0 as f64
    }

    #[expect(clippy::cast_precision_loss, reason = "test widths are tiny")]
    fn whitespace_width(&self) -> f64 {
        self.1 as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Line lengths, in fragments.
fn lengths(lines: &[&[Word]]) -> Vec<usize> {
    lines.iter().map(|line| line.len()).collect()
}

fn textwrap_lines(words: &[Word], line_widths: [usize; 2]) -> Vec<usize> {
    #[expect(clippy::cast_precision_loss, reason = "test widths are tiny")]
    let widths = line_widths.map(|w| w as f64);
    lengths(&wrap_optimal_fit(words, &widths, &Penalties::new()).unwrap())
}

fn ours(words: &[Word], line_widths: [usize; 2]) -> Vec<usize> {
    lengths(&optimal_fit(words, |w| (w.0, w.1), line_widths))
}

/// A small deterministic generator (xorshift), so failures replay.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }
}

#[test]
fn the_lines_are_those_textwrap_chooses() {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    for case in 0..4_000 {
        let rest = 1 + random.below(40);
        let first = if random.below(2) == 0 {
            rest
        } else {
            random.below(45)
        };
        let count = if case % 50 == 0 {
            random.below(400)
        } else {
            random.below(40)
        };
        let words: Vec<Word> = (0..count)
            .map(|_| {
                // Mostly words that fit, some wider than the line,
                // some empty; mostly one space, some none or more.
                let width = match random.below(20) {
                    0 => rest + random.below(10),
                    1 => 0,
                    _ => 1 + random.below(rest.min(12)),
                };
                let space = match random.below(10) {
                    0 => 0,
                    1 => 2 + random.below(3),
                    _ => 1,
                };
                Word(width, space)
            })
            .collect();
        assert_eq!(
            ours(&words, [first, rest]),
            textwrap_lines(&words, [first, rest]),
            "case {case}: {words:?} in [{first}, {rest}]"
        );
    }
}

#[test]
fn no_fragments_make_one_empty_line() {
    assert_eq!(ours(&[], [10, 10]), [0]);
    assert_eq!(textwrap_lines(&[], [10, 10]), [0]);
}
