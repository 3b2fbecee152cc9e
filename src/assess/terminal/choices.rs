//! A list to choose from with the arrow keys, drawn in a given number of
//! rows. dialoguer's `Select` measured its items in bytes, not columns,
//! so a line with "–", "✓" or "—" counted as wider than the terminal and
//! each redraw erased the line above the list (the prompt, then the
//! screen); and it always took the whole height and a spare line below.
//! This one draws each line within the width it is given, never more rows
//! than it is given (it scrolls the items when they do not all fit, and
//! says which it shows), and leaves the cursor on its last line, so it
//! erases exactly what it drew. It borrows the look of dialoguer's theme.
//!
//! Under the list it may draw a few rows that belong to the item under
//! the cursor, and a key may end it without a pick, for the caller to
//! show more and ask again.
//!
//! It knows nothing of items or levels: a prompt and lines of text.

use std::io;

use dialoguer::console::{Key, Term};
use dialoguer::theme::Theme;

use crate::render::wrap::{clip, width as display_width};

/// The prompt's text, the lines to choose from and where the cursor
/// starts.
#[derive(Debug)]
pub struct Choices<'a> {
    /// Versions of the prompt, longest first: the first that fits the
    /// width is shown.
    pub prompts: &'a [String],
    pub items: &'a [String],
    pub default: usize,
    /// How many items are shown at once (at least 1).
    pub window: usize,
    /// The widest a line may be, in columns.
    pub width: usize,
    /// Rows drawn under the list while an item is under the cursor, by
    /// item (an item past the end has none); all of one height, so the
    /// screen does not jump as the cursor moves.
    pub below: &'a [Vec<String>],
    /// A key that ends the list with the item under the cursor, for the
    /// caller to show something and ask again ([`Picked::Key`]).
    pub key: Option<char>,
}

/// How the list ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    /// Enter on the item of this index.
    Item(usize),
    /// The list's [`Choices::key`], with this item under the cursor.
    Key(usize),
    /// Esc, q or Ctrl-C.
    Stopped,
}

/// The columns the theme puts around a prompt ("? " and " ›") or before
/// an item ("❯ "), at most.
const PROMPT_FRAME: usize = 4;
const ITEM_FRAME: usize = 2;

impl Choices<'_> {
    /// The items shown when `selected` is under the cursor: the window
    /// that holds it, moved as little as needed from `top`.
    fn top(&self, top: usize, selected: usize) -> usize {
        let window = self.window.clamp(1, self.items.len().max(1));
        if selected < top {
            selected
        } else if selected >= top + window {
            selected + 1 - window
        } else {
            top
        }
    }

    /// The prompt line: the first version that fits with, when not every
    /// item is shown, which of them are ("[3–6 of 8]").
    fn prompt(&self, top: usize, shown: usize) -> String {
        let range = if shown < self.items.len() {
            format!(" [{}–{} of {}]", top + 1, top + shown, self.items.len())
        } else {
            String::new()
        };
        let room = self
            .width
            .saturating_sub(PROMPT_FRAME + display_width(&range));
        let text = self
            .prompts
            .iter()
            .find(|prompt| display_width(prompt) <= room)
            .or(self.prompts.last())
            .map_or("", String::as_str);
        format!("{}{range}", clip(text, room))
    }

    /// `item` cut to the width, with "…" when cut.
    fn item(&self, item: &str) -> String {
        let room = self.width.saturating_sub(ITEM_FRAME);
        if display_width(item) > room {
            format!("{}…", clip(item, room.saturating_sub(1)))
        } else {
            item.to_owned()
        }
    }

    /// The lines drawn with `selected` under the cursor and `top` the
    /// first item shown.
    fn lines(&self, theme: &dyn Theme, top: usize, selected: usize) -> Vec<String> {
        let shown = self
            .window
            .clamp(1, self.items.len())
            .min(self.items.len() - top);
        let mut lines = Vec::with_capacity(shown + 1);
        let mut prompt = String::new();
        let _ = theme.format_select_prompt(&mut prompt, &self.prompt(top, shown));
        lines.push(prompt);
        for (index, item) in self.items.iter().enumerate().skip(top).take(shown) {
            let mut line = String::new();
            let _ = theme.format_select_prompt_item(&mut line, &self.item(item), index == selected);
            lines.push(line);
        }
        if let Some(below) = self.below.get(selected) {
            lines.extend(below.iter().cloned());
        }
        lines
    }

    /// Asks on `term`: the item on Enter, [`Picked::Stopped`] on Esc, q
    /// or Ctrl-C. What it drew is erased either way.
    pub fn ask(&self, term: &Term, theme: &dyn Theme) -> io::Result<Picked> {
        if self.items.is_empty() {
            return Ok(Picked::Stopped);
        }
        let mut selected = self.default.min(self.items.len() - 1);
        let mut top = self.top(0, selected);
        term.hide_cursor()?;
        loop {
            let lines = self.lines(theme, top, selected);
            // The cursor stays on the last line: no spare line below.
            term.write_str(&lines.join("\n"))?;
            term.flush()?;
            let key = term.read_key();
            erase(term, lines.len())?;
            let last = self.items.len() - 1;
            match key? {
                Key::ArrowDown | Key::Tab | Key::Char('j') => {
                    selected = if selected == last { 0 } else { selected + 1 };
                }
                Key::ArrowUp | Key::BackTab | Key::Char('k') => {
                    selected = if selected == 0 { last } else { selected - 1 };
                }
                Key::PageDown | Key::ArrowRight => {
                    selected = (selected + self.window.max(1)).min(last);
                }
                Key::PageUp | Key::ArrowLeft => {
                    selected = selected.saturating_sub(self.window.max(1));
                }
                Key::Home => selected = 0,
                Key::End => selected = last,
                Key::Enter | Key::Char(' ') => {
                    term.show_cursor()?;
                    return Ok(Picked::Item(selected));
                }
                Key::Escape | Key::CtrlC | Key::Char('q') => {
                    term.show_cursor()?;
                    return Ok(Picked::Stopped);
                }
                Key::Char(c) if Some(c) == self.key => {
                    term.show_cursor()?;
                    return Ok(Picked::Key(selected));
                }
                _ => {}
            }
            top = self.top(top, selected);
        }
    }
}

/// Erases `lines` lines ending with the cursor's, leaving the cursor at
/// the start of the first.
fn erase(term: &Term, lines: usize) -> io::Result<()> {
    term.clear_line()?;
    for _ in 1..lines {
        term.move_cursor_up(1)?;
        term.clear_line()?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "choices_tests.rs"]
mod tests;
