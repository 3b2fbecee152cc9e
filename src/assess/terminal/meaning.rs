//! What the level under the cursor means for the skill on screen (SPEC
//! §5): a few rows under the list, redrawn as the cursor moves and cut to
//! the rows they are given, and every level's text in full behind a key
//! ([`KEY`]). The framework's texts have lines of their own ("You can:",
//! then "- …" points): each is wrapped on its own, a point with a hanging
//! indent. A level the framework does not describe says so, never shows
//! a blank.
//!
//! Pure: lines in, lines out, measured in columns; the prompter draws.

use crate::assess::flow::{AtSkill, LevelOption};
use crate::render::wrap::{clip, width as display_width, wrap};
use crate::text::sanitize;

/// The key that shows every level's text in full.
pub const KEY: char = '?';

/// Said for a level the framework gives no text for.
pub const NOT_DESCRIBED: &str = "The framework does not describe this level.";

/// Whether any level of the list says what it means for the skill.
#[must_use]
pub fn any(levels: &[LevelOption]) -> bool {
    levels.iter().any(|level| level.at_skill.is_some())
}

/// `text`'s lines wrapped to `columns`, indented by `indent`; a point
/// ("- …") continues under its text.
#[must_use]
pub fn text_lines(text: &str, columns: usize, indent: &str) -> Vec<String> {
    let hanging = format!("{indent}  ");
    sanitize(text)
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .flat_map(|line| {
            let line = line.trim_end();
            let rest = if line.starts_with("- ") || line.starts_with("* ") {
                hanging.as_str()
            } else {
                indent
            };
            wrap(line, columns, indent, rest)
        })
        .collect()
}

/// The rows a level's text takes at `columns`, without its heading.
fn body(level: &LevelOption, columns: usize) -> Vec<String> {
    match &level.at_skill {
        Some(AtSkill::Described(text)) => text_lines(text, columns, "  "),
        Some(AtSkill::NotDescribed) => vec![format!("  {NOT_DESCRIBED}")],
        None => Vec::new(),
    }
}

/// The most rows any level's text takes at `columns`, with its heading.
#[must_use]
pub fn tallest(levels: &[LevelOption], columns: usize) -> usize {
    levels
        .iter()
        .map(|level| body(level, columns).len())
        .max()
        .unwrap_or(0)
        + 1
}

/// The first of `versions` that fits `columns`, else the last one cut.
fn fitting(versions: &[String], columns: usize) -> String {
    versions
        .iter()
        .find(|line| display_width(line) <= columns)
        .or(versions.last())
        .map_or_else(String::new, |line| clip(line, columns).to_owned())
}

/// The rows under the list while `level` is under the cursor (`None`: a
/// choice that is no level), exactly `rows` of them (at least 1), each at
/// most `columns` wide: a heading, then the level's text, its last row
/// saying it goes on when it is cut.
#[must_use]
pub fn panel(level: Option<&LevelOption>, rows: usize, columns: usize) -> Vec<String> {
    let rows = rows.max(1);
    let described = level.filter(|level| level.at_skill.is_some());
    let heading = match described {
        Some(level) => vec![
            format!(
                "What {} means for this skill ({KEY} shows every level):",
                level.label
            ),
            format!("{} for this skill ({KEY}: every level):", level.label),
            format!("{} ({KEY}: all):", level.label),
        ],
        None => vec![
            format!("{KEY} shows what each level means for this skill."),
            format!("{KEY}: what each level means here"),
            format!("{KEY}: levels"),
        ],
    };
    let mut lines = vec![fitting(&heading, columns)];
    if let Some(level) = described {
        let text = body(level, columns);
        if text.len() < rows {
            lines.extend(text);
        } else {
            lines.extend(text.into_iter().take(rows.saturating_sub(2)));
            let more = [
                format!("  … ({KEY} shows it in full)"),
                format!("  … ({KEY}: all)"),
                "  …".to_owned(),
            ];
            lines.push(fitting(&more, columns));
        }
    }
    lines.truncate(rows);
    lines.resize(rows, String::new());
    lines
}

/// Every level's text in full, for `title`, each under its level's name,
/// wrapped to `columns`, with a blank line between levels (where pages
/// may break).
#[must_use]
pub fn full(title: &str, levels: &[LevelOption], columns: usize) -> Vec<String> {
    let mut lines = wrap(
        &format!(
            "What each level means for {}:",
            crate::text::one_line(title)
        ),
        columns,
        "",
        "",
    );
    for level in levels.iter().filter(|level| level.at_skill.is_some()) {
        lines.push(String::new());
        lines.extend(wrap(&level.label, columns, "", ""));
        lines.extend(body(level, columns));
    }
    lines
}

/// `lines` in pages of at most `rows` rows, filled from the first: a page
/// ends before the level that no longer fits on it (at a blank line),
/// or, for a level taller than a page, where the page is full. The blank
/// line a page ends at is not carried over.
#[must_use]
pub fn pages(lines: &[String], rows: usize) -> Vec<&[String]> {
    let rows = rows.max(1);
    let mut pages = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let mut end = (start + rows).min(lines.len());
        if end < lines.len()
            && let Some(blank) = (start + 1..=end).rev().find(|&at| lines[at].is_empty())
        {
            end = blank;
        }
        pages.push(&lines[start..end]);
        start = end;
        while lines.get(start).is_some_and(String::is_empty) {
            start += 1;
        }
    }
    pages
}

#[cfg(test)]
#[path = "meaning_tests.rs"]
pub(super) mod tests;
