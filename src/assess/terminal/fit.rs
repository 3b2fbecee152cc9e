//! Fitting an item's screen into the terminal's rows. The progress line
//! and the title always stay; then the choices (every one when it can);
//! then the text about the item, cut with a marker when it does not fit:
//! the description first, then what follows it. A blank line before the
//! choices goes first of all. Without this, a screen taller than the
//! terminal scrolled its progress line and title away.
//!
//! Pure: lines in, lines out; it measures nothing but counts of lines,
//! which the caller has wrapped to the width already.

/// The fewest choices shown at once when they do not all fit.
const FEWEST_CHOICES: usize = 2;

/// What an item's screen holds, as wrapped lines.
#[derive(Debug, Default)]
pub struct Parts {
    /// The progress line and the title: always shown.
    pub head: Vec<String>,
    /// The item's description: the first to be cut.
    pub description: Vec<String>,
    /// What follows it (the required level, notes): cut after it.
    pub rest: Vec<String>,
    /// How many choices the list under the screen holds.
    pub choices: usize,
}

/// The lines to draw above the list, and how many choices it shows.
#[derive(Debug, PartialEq, Eq)]
pub struct Fitted {
    pub lines: Vec<String>,
    pub window: usize,
}

/// `parts` in `rows` rows, with the list under them taking a row for its
/// prompt and one per choice shown; `marker` is the line that says text
/// was cut.
#[must_use]
pub fn fit(parts: Parts, rows: usize, marker: &str) -> Fitted {
    let Parts {
        mut head,
        description,
        rest,
        choices,
    } = parts;
    let body = description.len() + rest.len();
    let all = |mut head: Vec<String>, blank: bool| {
        head.extend(description.iter().cloned());
        head.extend(rest.iter().cloned());
        if blank {
            head.push(String::new());
        }
        head
    };
    // The head always; if even that leaves no room for the marker, the
    // prompt and the fewest choices, its last lines go.
    let most_head = rows.saturating_sub(2 + FEWEST_CHOICES).max(1);
    if head.len() > most_head {
        head.truncate(most_head);
    }
    let list = 1 + choices;
    if head.len() + body + 1 + list <= rows {
        return Fitted {
            lines: all(head, true),
            window: choices,
        };
    }
    if head.len() + body + list <= rows {
        return Fitted {
            lines: all(head, false),
            window: choices,
        };
    }
    // Every choice, and as much of the text as fits with the marker.
    let room = rows.saturating_sub(head.len() + list);
    if room >= 1 {
        let mut lines = head;
        if room > rest.len() {
            lines.extend(description.into_iter().take(room - 1 - rest.len()));
            lines.push(marker.to_owned());
            lines.extend(rest);
        } else {
            lines.extend(rest.into_iter().take(room - 1));
            lines.push(marker.to_owned());
        }
        return Fitted {
            lines,
            window: choices,
        };
    }
    // Not even that: the marker alone, and the choices a few at a time.
    let mut lines = head;
    if body > 0 {
        lines.push(marker.to_owned());
    }
    let window = rows
        .saturating_sub(lines.len() + 1)
        .max(FEWEST_CHOICES)
        .min(choices);
    Fitted { lines, window }
}

/// `lines` in pages of at most `rows` rows: all on one when they fit with
/// `after` rows to spare for what follows them; otherwise split at blank
/// lines (inside a part only when it is taller than a page), each page
/// but the last leaving a row for "Press Enter for more", the last
/// leaving `after`. Filled from the end, so the last page always fits.
#[must_use]
pub fn pages(lines: &[String], rows: usize, after: usize) -> Vec<&[String]> {
    if lines.len() + after <= rows {
        return vec![lines];
    }
    let mut pages = Vec::new();
    let mut end = lines.len();
    let mut room = rows.saturating_sub(after).max(1);
    while end > 0 {
        let earliest = end.saturating_sub(room);
        // The page starts after a blank line when one is on it.
        let start = (earliest..end)
            .find(|&at| at == 0 || lines[at - 1].is_empty())
            .unwrap_or(earliest);
        pages.push(&lines[start..end]);
        end = start;
        room = rows.saturating_sub(1).max(1);
    }
    pages.reverse();
    pages
}

#[cfg(test)]
#[path = "fit_tests.rs"]
mod tests;
