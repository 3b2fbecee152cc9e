//! The terminal prompter: the only module that knows dialoguer. Draws one
//! screen per item on stderr (progress, section, title, details, required
//! level), asks for a level with arrow keys, then for an optional note.
//! Esc or Ctrl-C at any prompt is an [`Interrupt`]; the cursor is shown
//! again whatever happens.

use std::io::ErrorKind;

use dialoguer::console::{Key, Term, style};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use super::flow::{Choice, Interrupt, Prompter, Screen};
use crate::profile::Voice;
use crate::render::terminal::one_line;
use crate::render::wrap::{clip, width as display_width, wrap};

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

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(40, 100)
    }

    /// Between words; a word longer than the line is broken (SPEC §6).
    fn wrap(&self, text: &str, indent: &str) -> String {
        wrap(
            &one_line(text),
            self.width().saturating_sub(1),
            indent,
            indent,
        )
        .join("\n")
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
        let _ = self.term.write_str(&format!("{prompt}{initial}"));
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

    /// Ends a prompt early: a fresh line and a visible cursor.
    fn stop(&self) -> Interrupt {
        let _ = self.term.write_line("");
        show_cursor_on(&self.term);
        Interrupt
    }

    fn draw(&self, screen: &Screen<'_>) {
        let _ = self.term.clear_screen();
        let answered = if screen.current.is_some() {
            " · answered"
        } else {
            ""
        };
        self.say(&self.dim(&self.wrap(
            &format!(
                "{} of {} · {}{answered}",
                screen.position, screen.total, screen.heading
            ),
            "",
        )));
        self.say(&self.bold(&self.wrap(screen.item.title, "")));
        self.say(&self.wrap(
            &cut_off(screen.item.details, screen.item.details_cut_off),
            "  ",
        ));
        if let Some(note) = screen.note {
            self.say(&self.dim(&self.wrap(note, "  ")));
        }
        if let Some(required) = &screen.required {
            let at_level = screen
                .item
                .level_description
                .map(|text| {
                    let text = cut_off(text, screen.item.level_description_cut_off);
                    format!(": {text}")
                })
                .unwrap_or_default();
            self.say(&self.wrap(&format!("Required: {required}{at_level}"), "  "));
        }
        // Without a note prompt after the level, the note is shown here.
        if let (true, Some(note)) = (screen.can_note, &screen.evidence) {
            self.say(&self.dim(&self.wrap(&format!("Note: {note}"), "  ")));
        }
        self.say("");
    }
}

/// "Your level" to the person rating themselves, "Their level" to a
/// manager or peer rating someone else.
fn whose_level(voice: Voice) -> &'static str {
    match voice {
        Voice::You => "Your level",
        Voice::They => "Their level",
    }
}

/// `text`, marked as `show` marks text the source page cut off.
fn cut_off(text: &str, cut: bool) -> String {
    if cut {
        format!("{text} […]")
    } else {
        text.to_owned()
    }
}

impl Prompter for TerminalPrompter {
    fn choose(&mut self, screen: &Screen<'_>) -> Result<Choice, Interrupt> {
        self.draw(screen);
        let width = self.width().saturating_sub(4);
        let mut items: Vec<String> = screen
            .levels
            .iter()
            .map(|level| {
                let mark = if level.meets_requirement {
                    " ✓ meets the requirement"
                } else {
                    ""
                };
                let text = one_line(&format!("{}{mark} — {}", level.label, level.meaning));
                if display_width(&text) > width {
                    format!("{}…", clip(&text, width.saturating_sub(1)))
                } else {
                    text
                }
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
        let theme = self.theme();
        // dialoguer's own confirmation repeats the prompt and the whole
        // choice on one line, which the terminal breaks mid-word; ours is
        // wrapped between words.
        let chosen = dialoguer::Select::with_theme(theme.as_ref())
            .with_prompt(format!(
                "{} (↑/↓, Enter; Esc to stop)",
                whose_level(screen.voice)
            ))
            .items(&items)
            .default(default)
            .report(false)
            .interact_on_opt(&self.term);
        match chosen {
            Ok(Some(index)) if index < levels => {
                let level = &screen.levels[index];
                self.say(&self.wrap(
                    &format!("✔ {}: {}", whose_level(screen.voice), level.label),
                    "",
                ));
                Ok(Choice::Level(level.step))
            }
            Ok(Some(index)) if index == levels => Ok(Choice::Skip),
            Ok(Some(index)) if screen.can_note && index == note_at => Ok(Choice::Note),
            Ok(Some(_)) => Ok(Choice::Back),
            Ok(None) | Err(_) => Err(self.stop()),
        }
    }

    fn complete_anyway(&mut self, unrated: usize) -> Result<bool, Interrupt> {
        let items = [
            "Leave it in progress, to rate them later with --resume",
            "Mark it complete anyway",
        ];
        let theme = self.theme();
        let chosen = dialoguer::Select::with_theme(theme.as_ref())
            .with_prompt(format!(
                "That was the last item. {unrated} required item{} unrated (↑/↓, Enter; Esc to stop)",
                if unrated == 1 { " is" } else { "s are" }
            ))
            .items(items)
            .default(0)
            .interact_on_opt(&self.term);
        match chosen {
            Ok(Some(index)) => Ok(index == 1),
            Ok(None) | Err(_) => Err(self.stop()),
        }
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
