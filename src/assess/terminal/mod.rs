//! The terminal prompter: the only module that knows dialoguer and its
//! console. Draws one screen per item on stderr (progress, section, title,
//! details, required level; `screen`), fitted to the terminal's width
//! and height (`fit`), asks for a level with arrow keys (`choices`),
//! then for an optional note. Esc or Ctrl-C at any prompt is an
//! [`Interrupt`]; the cursor is shown again whatever happens.

mod choices;
mod fit;
mod meaning;
mod screen;

use std::io::ErrorKind;

use dialoguer::console::{Key, Term, style};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use super::flow::{Choice, Interrupt, Prompter, Screen};
use crate::render::wrap::{width as display_width, wrap};
use crate::text::one_line;
use screen::{prompts, whose_level};

/// The terminal settings from before the prompter took over, while it
/// lives: what [`restore`] puts back, from any thread.
static SAVED: std::sync::Mutex<Option<rustix::termios::Termios>> = std::sync::Mutex::new(None);

fn saved() -> std::sync::MutexGuard<'static, Option<rustix::termios::Termios>> {
    SAVED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Puts the terminal back as it was before the prompter took it (line
/// editing, echo, signal keys) and shows the cursor, which a prompt may
/// have hidden. For a signal that ends the program: it may come from
/// another thread at any moment, even mid-prompt. The cursor escape goes
/// to stderr only when that is a terminal, never into a file.
pub fn restore() {
    if let Some(saved) = saved().as_ref() {
        let _ = rustix::termios::tcsetattr(
            std::io::stdin(),
            rustix::termios::OptionalActions::Now,
            saved,
        );
    }
    show_cursor_on(&Term::stderr());
}

/// Shows the cursor on `term` if it is a terminal.
fn show_cursor_on(term: &Term) {
    if term.is_term() {
        let _ = term.show_cursor();
    }
}

/// Asks in the terminal, on stderr.
#[derive(Debug)]
pub struct TerminalPrompter {
    term: Term,
    colour: bool,
}

impl Drop for TerminalPrompter {
    fn drop(&mut self) {
        restore();
        *saved() = None;
    }
}

impl TerminalPrompter {
    /// Takes over the terminal. Ctrl-C stops generating SIGINT while the
    /// prompter lives: it arrives as a key instead, so pressing it at any
    /// moment (even between two prompts) stops at the next prompt rather
    /// than being lost; the settings come back on drop.
    #[must_use]
    pub fn new(colour: bool) -> Self {
        let before = rustix::termios::tcgetattr(std::io::stdin()).ok();
        if let Some(before) = &before {
            let mut quiet = before.clone();
            quiet.local_modes.remove(rustix::termios::LocalModes::ISIG);
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Now,
                &quiet,
            );
        }
        *saved() = before;
        Self {
            term: Term::stderr(),
            colour,
        }
    }

    fn theme(&self) -> Box<dyn Theme> {
        if self.colour {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        }
    }

    /// The terminal's width, at most 100 columns (longer lines are hard to
    /// read); every line drawn is narrower by one, so none fills the last
    /// column, where terminals differ.
    #[must_use]
    pub fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(10, 100)
    }

    /// The terminal's height in rows.
    fn rows(&self) -> usize {
        usize::from(self.term.size().0).max(4)
    }

    /// Between words; a word longer than the line is broken (SPEC §6).
    fn wrap(&self, text: &str, indent: &str) -> String {
        self.wrap_lines(text, indent).join("\n")
    }

    fn wrap_lines(&self, text: &str, indent: &str) -> Vec<String> {
        wrap(
            &one_line(text),
            self.width().saturating_sub(1),
            indent,
            indent,
        )
    }

    /// Shows `text` (lines wrapped to the width already), leaving `after`
    /// rows for what follows it. Taller than that, it is shown a screen
    /// at a time, each from the top, with "Press Enter for more" between.
    ///
    /// # Errors
    /// [`Interrupt`] on Esc or Ctrl-C at "Press Enter for more".
    pub fn page(&self, text: &str, after: usize) -> Result<(), Interrupt> {
        let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let pages = fit::pages(&lines, self.rows(), after);
        if pages.len() == 1 {
            self.say(text);
            return Ok(());
        }
        for (index, page) in pages.iter().enumerate() {
            let _ = self.term.clear_screen();
            for line in *page {
                self.say(line);
            }
            if index + 1 < pages.len() {
                self.line("Press Enter for more (Esc to stop). ", "")?;
            }
        }
        Ok(())
    }

    /// Shows text on stderr, each of its lines wrapped between words to
    /// the width.
    pub fn say_wrapped(&self, text: &str) {
        for line in text.split('\n') {
            self.say(&self.wrap(line, ""));
        }
    }

    fn bold(&self, text: &str) -> String {
        if self.colour {
            style(text).bold().to_string()
        } else {
            text.to_owned()
        }
    }

    fn dim(&self, text: &str) -> String {
        if self.colour {
            style(text).dim().to_string()
        } else {
            text.to_owned()
        }
    }

    /// The terminal's width in columns, as it is now.
    #[must_use]
    pub fn columns(&self) -> usize {
        usize::from(self.term.size().1)
    }

    /// A searchable list: typing filters `items`, arrow keys move, Enter
    /// picks; `default` is pre-selected. Gives the index in `items`, which
    /// must be distinct (the list reports its pick by text) and fit on a
    /// line each: the list counts the lines it drew from their lengths.
    /// The pick is shown on one line after, as `✔ {prompt}: {picked}`.
    ///
    /// # Errors
    /// [`Interrupt`] on Esc or Ctrl-C.
    pub fn pick(
        &self,
        prompt: &str,
        items: &[String],
        default: usize,
        picked: impl Fn(usize) -> String,
    ) -> Result<usize, Interrupt> {
        let theme = self.theme();
        let chosen = dialoguer::FuzzySelect::with_theme(theme.as_ref())
            .with_prompt(format!(
                "{prompt} (type to search, ↑/↓, Enter; Esc to stop)"
            ))
            .items(items)
            .default(default)
            .report(false)
            .interact_on_opt(&self.term);
        match chosen {
            Ok(Some(index)) if index < items.len() => {
                self.say(&self.wrap(&format!("✔ {prompt}: {}", picked(index)), ""));
                Ok(index)
            }
            Ok(_) | Err(_) => Err(self.stop()),
        }
    }

    /// Shows a line of text on stderr.
    pub fn say(&self, text: &str) {
        let _ = self.term.write_line(text);
    }

    /// Asks for a line of text; Esc or Ctrl-C interrupts. A small line
    /// editor, because dialoguer's text input ignores Esc.
    ///
    /// # Errors
    /// [`Interrupt`] on Esc or Ctrl-C.
    pub fn line(&self, prompt: &str, initial: &str) -> Result<String, Interrupt> {
        let mut text: Vec<char> = initial.chars().collect();
        show_cursor_on(&self.term);
        // A prompt wider than the terminal is wrapped between words; the
        // answer follows its last line.
        let mut lines = wrap(prompt, self.width().saturating_sub(1), "", "");
        let last = lines.pop().unwrap_or_default();
        for line in &lines {
            self.say(line);
        }
        let space = if prompt.ends_with(' ') { " " } else { "" };
        let _ = self.term.write_str(&format!("{last}{space}{initial}"));
        loop {
            let key = match self.term.read_key() {
                Ok(key) => key,
                Err(error) if error.kind() == ErrorKind::Interrupted => return Err(self.stop()),
                Err(_) => return Err(self.stop()),
            };
            match key {
                Key::Enter => {
                    let _ = self.term.write_line("");
                    return Ok(text.into_iter().collect());
                }
                Key::Escape | Key::CtrlC => return Err(self.stop()),
                Key::Backspace => {
                    if let Some(c) = text.pop() {
                        let width = display_width(&c.to_string()).max(1);
                        let _ = self.term.clear_chars(width);
                    }
                }
                Key::Char(c) if !c.is_control() => {
                    text.push(c);
                    let _ = self.term.write_str(&c.to_string());
                }
                _ => {}
            }
        }
    }

    /// Draws the item's screen and asks for one of `items` (the levels
    /// first). Where the levels say what they mean for this skill, the
    /// meaning of the one under the cursor is shown under the list, and
    /// [`meaning::KEY`] shows them all, then the screen again.
    fn ask_level(
        &self,
        screen: &Screen<'_>,
        items: &[String],
        mut default: usize,
        prompts: &[String],
    ) -> Result<usize, Interrupt> {
        let described = meaning::any(&screen.levels);
        let rows = if described {
            self.meaning_rows(&screen.levels, &self.parts(screen, items.len()))
        } else {
            0
        };
        let below = if rows > 0 {
            self.meaning_panels(&screen.levels, items.len(), rows)
        } else {
            Vec::new()
        };
        loop {
            let window = self.draw_parts(self.parts(screen, items.len()), rows);
            let list = choices::Choices {
                prompts,
                items,
                default,
                window,
                // As the README's screen shows: two columns to spare.
                width: self.width().saturating_sub(2),
                below: &below,
                key: described.then_some(meaning::KEY),
            };
            match self.ask_list(&list)? {
                choices::Picked::Item(index) => return Ok(index),
                choices::Picked::Key(at) => {
                    default = at;
                    self.show_every_level(screen)?;
                }
                choices::Picked::Stopped => return Err(self.stop()),
            }
        }
    }

    /// Ends a prompt early: a fresh line and a visible cursor.
    fn stop(&self) -> Interrupt {
        let _ = self.term.write_line("");
        show_cursor_on(&self.term);
        Interrupt
    }
}

impl Prompter for TerminalPrompter {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        let mut items: Vec<String> = screen
            .levels
            .iter()
            .map(|level| {
                let mark = if level.meets_requirement {
                    " ✓ meets the requirement"
                } else {
                    ""
                };
                one_line(&format!("{}{mark} — {}", level.label, level.meaning))
            })
            .collect();
        items.push("Skip this item for now".to_owned());
        if screen.can_go_back {
            items.push("Back to the previous item".to_owned());
        }
        let note_at = items.len();
        if screen.can_note {
            items.push(if screen.evidence.is_some() {
                "Change the note, then choose the level".to_owned()
            } else {
                "Add a note, then choose the level".to_owned()
            });
        }
        let levels = screen.levels.len();
        let default = screen
            .current
            .and_then(|step| screen.levels.iter().position(|l| l.step == step))
            .unwrap_or(0);
        // The choice is confirmed on a line of its own, wrapped between
        // words, not repeated with the prompt on one line.
        let whose = whose_level(screen.voice);
        let chosen = self.ask_level(screen, &items, default, &prompts(whose))?;
        if chosen < levels {
            let level = &screen.levels[chosen];
            self.say(&self.wrap(&format!("✔ {whose}: {}", level.label), ""));
            Ok(Choice::Level(level.step))
        } else if chosen == levels {
            Ok(Choice::Skip)
        } else if screen.can_note && chosen == note_at {
            Ok(Choice::Note)
        } else {
            Ok(Choice::Back)
        }
    }

    fn complete_anyway(&mut self, unrated: usize) -> Result<bool, Interrupt> {
        let items = [
            "Leave it in progress, to rate them later with --resume".to_owned(),
            "Mark it complete anyway".to_owned(),
        ];
        let _ = self.term.clear_screen();
        self.say_wrapped(&format!(
            "That was the last item. {unrated} required item{} unrated.",
            if unrated == 1 { " is" } else { "s are" }
        ));
        let prompts = [
            "What now? (↑/↓, Enter; Esc to stop)".to_owned(),
            "What now? (Esc stops)".to_owned(),
        ];
        let window = self.rows().saturating_sub(3).clamp(1, items.len());
        Ok(self.ask(&prompts, &items, 0, window)? == 1)
    }

    fn evidence(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        let text = self.line(
            "Evidence (optional, Enter to skip): ",
            screen.evidence.as_deref().unwrap_or(""),
        )?;
        let text = text.trim().to_owned();
        Ok((!text.is_empty()).then_some(text))
    }

    fn note(&mut self, screen: &Screen<'_>) -> Result<Option<String>, Interrupt> {
        let text = self.line(
            "Note (Enter when done): ",
            screen.evidence.as_deref().unwrap_or(""),
        )?;
        let text = text.trim().to_owned();
        Ok((!text.is_empty()).then_some(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_escape_never_goes_into_a_file() {
        let file = tempfile::NamedTempFile::new().unwrap();
        let term = Term::read_write_pair(
            std::fs::File::open("/dev/null").unwrap(),
            file.reopen().unwrap(),
        );
        show_cursor_on(&term);
        assert_eq!(std::fs::read(file.path()).unwrap(), b"");
    }
}
