//! Wrapping text to a width in terminal columns (SPEC §6): lines break
//! between words; a word wider than its column is broken inside, between
//! grapheme clusters, so nothing is lost and no line runs past the width.
//! Width is measured per grapheme cluster (CJK counts two columns, an
//! emoji ZWJ sequence two, a combining mark none); ANSI escape sequences,
//! which only our own colouring puts in text, count for nothing.
//!
//! Lines are chosen by textwrap's optimal-fit algorithm (in our own port,
//! `optimal_fit`, which chooses the same lines faster) over our own
//! measure, so ordinary text wraps as textwrap would wrap it. A leaf
//! module: it uses nothing of ours.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation as _;
use unicode_width::UnicodeWidthStr as _;

use optimal_fit::optimal_fit;

mod optimal_fit;

/// The units text is measured and broken in: ANSI escape sequences
/// (width 0) and grapheme clusters, each with its width.
fn units(text: &str) -> impl Iterator<Item = (&str, usize)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // A printable ASCII character followed by ASCII (or nothing) is a
        // cluster of its own, one column wide: most text takes this path
        // and skips the segmentation.
        if let [b' '..=b'~', next @ ..] = rest.as_bytes()
            && next.first().is_none_or(u8::is_ascii)
        {
            let (unit, tail) = rest.split_at(1);
            rest = tail;
            return Some((unit, 1));
        }
        let len = escape_len(rest)
            .unwrap_or_else(|| rest.graphemes(true).next().map_or(rest.len(), str::len));
        let (unit, tail) = rest.split_at(len);
        rest = tail;
        let width = if unit.starts_with('\u{1b}') {
            0
        } else {
            unit.width()
        };
        Some((unit, width))
    })
}

/// The length of the CSI (`ESC [ … final`) or OSC (`ESC ] … BEL|ST`)
/// sequence opening `text`, if one does.
fn escape_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix('\u{1b}')?;
    if let Some(csi) = body.strip_prefix('[') {
        let end = csi.find(|c: char| ('@'..='~').contains(&c))?;
        Some(2 + end + 1)
    } else if let Some(osc) = body.strip_prefix(']') {
        let bel = osc.find('\u{7}').map(|end| end + 1);
        let st = osc.find("\u{1b}\\").map(|end| end + 2);
        let end = match (bel, st) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        Some(2 + end)
    } else {
        None
    }
}

/// Display width of `text`: the sum over its grapheme clusters, escape
/// sequences left out.
#[must_use]
pub fn width(text: &str) -> usize {
    if text.bytes().all(|b| matches!(b, b' '..=b'~')) {
        return text.len();
    }
    units(text).map(|(_, w)| w).sum()
}

/// The start of `text` at most `columns` wide, cut between grapheme
/// clusters (never inside an emoji sequence or before a combining mark).
#[must_use]
pub fn clip(text: &str, columns: usize) -> &str {
    let mut used = 0;
    let mut end = 0;
    for (unit, unit_width) in units(text) {
        used += unit_width;
        if used > columns {
            break;
        }
        end += unit.len();
    }
    &text[..end]
}

/// A word and the spaces after it, as the wrapping algorithm sees it.
/// Colour codes alone between spaces (a reset after a painted trailing
/// space) belong to the spaces before them: a piece of their own would
/// be a word of no width that optimal fit could put on a line of its own
/// or count as the last line, so colour would change where lines break.
#[derive(Debug)]
struct Piece<'a> {
    word: &'a str,
    /// The spaces after the word, with any colour codes among them.
    spaces: &'a str,
    width: usize,
    /// Columns of `spaces`.
    space_width: usize,
}

impl Piece<'_> {
    /// Writes the piece; at the end of a line, without its spaces but
    /// with the colour codes among them.
    fn push_to(&self, out: &mut String, ends_line: bool) {
        out.push_str(self.word);
        if !ends_line {
            out.push_str(self.spaces);
        } else if self.spaces.len() > self.space_width {
            out.extend(self.spaces.chars().filter(|&c| c != ' '));
        }
    }
}

impl Fragment for Piece<'_> {
    #[expect(clippy::cast_precision_loss, reason = "widths are far below 2^52")]
    fn width(&self) -> f64 {
        self.width as f64
    }

    #[expect(clippy::cast_precision_loss, reason = "widths are far below 2^52")]
    fn whitespace_width(&self) -> f64 {
        self.space_width as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Words of `line` with their trailing spaces, broken at grapheme
/// boundaries where wider than `column`.
fn pieces(line: &str, column: usize) -> Vec<Piece<'_>> {
    // About one word in six bytes of text.
    let mut pieces: Vec<Piece<'_>> = Vec::with_capacity(line.len() / 6 + 1);
    let mut rest = line;
    while !rest.is_empty() {
        let word_end = rest.find(' ').unwrap_or(rest.len());
        let spaces_end = rest[word_end..]
            .find(|c| c != ' ')
            .map_or(rest.len(), |n| word_end + n);
        let (word, spaces) = (&rest[..word_end], &rest[word_end..spaces_end]);
        let word_width = width(word);
        if word_width == 0
            && !word.is_empty()
            && let Some(before) = pieces.last_mut()
        {
            // Colour codes alone: the spaces before them run on to the
            // spaces after (the three lie side by side in `line`).
            let start = line.len() - rest.len() - before.spaces.len();
            before.spaces = &line[start..line.len() - rest.len() + spaces_end];
            before.space_width += spaces.len();
            rest = &rest[spaces_end..];
            continue;
        }
        rest = &rest[spaces_end..];
        if word_width <= column {
            pieces.push(Piece {
                word,
                spaces,
                width: word_width,
                space_width: spaces.len(),
            });
            continue;
        }
        let (mut start, mut at, mut filled) = (0, 0, 0);
        for (unit, unit_width) in units(word) {
            if filled > 0 && filled + unit_width > column {
                pieces.push(Piece {
                    word: &word[start..at],
                    spaces: "",
                    width: filled,
                    space_width: 0,
                });
                (start, filled) = (at, 0);
            }
            at += unit.len();
            filled += unit_width;
        }
        pieces.push(Piece {
            word: &word[start..],
            spaces,
            width: filled,
            space_width: spaces.len(),
        });
    }
    pieces
}

/// `text` wrapped to `columns`, the first line after `first`, the others
/// after `rest`; each line without trailing spaces. Newlines in `text`
/// start new lines; a tab is a space (a terminal would move it up to eight
/// columns, which no width here could foresee).
#[must_use]
pub fn wrap(text: &str, columns: usize, first: &str, rest: &str) -> Vec<String> {
    let text = text.replace('\t', " ");
    let widths = [
        columns.saturating_sub(width(first)),
        columns.saturating_sub(width(rest)),
    ];
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n') {
        // Only the text's very first line follows `first`; a line after a
        // newline starts after `rest`, so it has `rest`'s room.
        let line_widths = if lines.is_empty() {
            widths
        } else {
            [widths[1]; 2]
        };
        let lead = if lines.is_empty() { first } else { rest };
        if width(line) <= line_widths[0] {
            // It fits: the one line every wrapping algorithm would choose.
            lines.push(format!("{lead}{line}").trim_end().to_owned());
            continue;
        }
        #[expect(clippy::cast_precision_loss, reason = "widths are far below 2^52")]
        let float_widths = line_widths.map(|w| w as f64);
        let mut pieces = pieces(line, widths[1].max(1));
        if lines.is_empty() && !first.is_empty() {
            // Pieces are cut to the later lines' width; an empty first
            // piece lets a piece too wide for the first line go below.
            pieces.insert(
                0,
                Piece {
                    word: "",
                    spaces: "",
                    width: 0,
                    space_width: 0,
                },
            );
        }
        // Optimal fit only penalises a line that runs past the width; when
        // it lets one (a short word before a broken long one), first fit,
        // which never does, chooses instead.
        let chosen = Some(optimal_fit(
            &pieces,
            |piece| (piece.width, piece.space_width),
            line_widths,
        ))
        .filter(|chosen| fits(chosen, line_widths))
        .unwrap_or_else(|| wrap_first_fit(&pieces, &float_widths));
        if chosen.is_empty() {
            lines.push(
                if lines.is_empty() { first } else { rest }
                    .trim_end()
                    .to_owned(),
            );
        }
        for (n, words) in chosen.into_iter().enumerate() {
            // Only colour codes end the line before: on a line of their
            // own they would show as a blank line that the text without
            // colour does not have. (Codes after a word's spaces join that
            // word in `pieces`; only codes before the text's first word
            // can still stand alone.)
            if n > 0
                && words.iter().all(|p| p.width == 0)
                && let Some(last) = lines.last_mut()
            {
                for piece in words {
                    last.push_str(piece.word);
                }
                continue;
            }
            let lead = if lines.is_empty() { first } else { rest };
            // Sized once: grown piece by piece, and copied to trim it, a
            // line took a few allocations, a tenth of show's rendering.
            let size: usize = words.iter().map(|p| p.word.len() + p.spaces.len()).sum();
            let mut out = String::with_capacity(lead.len() + size);
            out.push_str(lead);
            for (n, piece) in words.iter().enumerate() {
                piece.push_to(&mut out, n + 1 == words.len());
            }
            out.truncate(out.trim_end().len());
            lines.push(out);
        }
    }
    lines
}

/// Whether every line of `chosen` is within its width, or is one piece
/// that could go nowhere else.
fn fits(chosen: &[&[Piece<'_>]], widths: [usize; 2]) -> bool {
    chosen.iter().enumerate().all(|(n, words)| {
        let used: usize = words.iter().map(|p| p.width).sum::<usize>()
            + words
                .split_last()
                .map_or(0, |(_, before)| before.iter().map(|p| p.space_width).sum());
        words.len() <= 1 || used <= widths[n.min(1)]
    })
}

#[cfg(test)]
mod tests;
