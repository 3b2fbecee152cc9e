//! One item's screen: the progress line, the title, the description, the
//! required level and notes, wrapped to the width and fitted to the
//! height ([`super::fit`]), and the list of levels under it.

use super::TerminalPrompter;
use super::choices::{Choices, Picked};
use super::{fit, meaning};
use crate::assess::flow::{AtSkill, Interrupt, LevelOption, Screen};
use crate::profile::Voice;
use crate::render::wrap::width as display_width;

impl TerminalPrompter {
    /// An item's screen above the list, as wrapped lines.
    pub(super) fn parts(&self, screen: &Screen<'_>, choices: usize) -> fit::Parts {
        let answered = if screen.current.is_some() {
            " · answered"
        } else {
            ""
        };
        let mut head = self.wrap_lines(
            &format!(
                "{} of {} · {}{answered}",
                screen.position, screen.total, screen.heading
            ),
            "",
        );
        for line in &mut head {
            *line = self.dim(line);
        }
        head.extend(
            self.wrap_lines(screen.item.title, "")
                .iter()
                .map(|line| self.bold(line)),
        );
        let description = self.wrap_lines(
            &cut_off(screen.item.details, screen.item.details_cut_off),
            "  ",
        );
        let mut rest = Vec::new();
        if let Some(note) = screen.note {
            rest.extend(self.wrap_lines(note, "  ").iter().map(|l| self.dim(l)));
        }
        if let Some(required) = &screen.required {
            // Where the list says what each level means in the same
            // words, the required level's text is there when the cursor
            // is on it; a profile's own wording (FEDIP's) is kept.
            let at_level = screen
                .item
                .level_description
                .filter(|text| !text.is_empty() && !said_under_the_list(screen, text))
                .map(|text| {
                    let text = cut_off(text, screen.item.level_description_cut_off);
                    format!(": {text}")
                })
                .unwrap_or_default();
            rest.extend(self.wrap_lines(&format!("Required: {required}{at_level}"), "  "));
        }
        // Without a note prompt after the level, the note is shown here.
        if let (true, Some(note)) = (screen.can_note, &screen.evidence) {
            rest.extend(
                self.wrap_lines(&format!("Note: {note}"), "  ")
                    .iter()
                    .map(|l| self.dim(l)),
            );
        }
        fit::Parts {
            head,
            description,
            rest,
            choices,
        }
    }

    /// Draws `parts`, fitted to the terminal less the `below` rows the
    /// list draws under it, and returns how many choices the list may
    /// show.
    pub(super) fn draw_parts(&self, parts: fit::Parts, below: usize) -> usize {
        let fitted = fit::fit(
            parts,
            self.rows().saturating_sub(below).max(1),
            &self.dim(&self.cut_marker()),
        );
        let _ = self.term.clear_screen();
        for line in &fitted.lines {
            self.say(line);
        }
        fitted.window
    }

    /// The line that says a screen's text was cut to fit: the longest
    /// wording that fits the width. Distinct from `[…]`, which marks what
    /// the source page cut off.
    fn cut_marker(&self) -> String {
        let room = self.width().saturating_sub(1);
        CUT_TO_FIT
            .iter()
            .map(|text| format!("  {text}"))
            .find(|line| display_width(line) <= room)
            .unwrap_or_else(|| "…".to_owned())
    }

    /// Asks with a list fitted to the screen.
    ///
    /// # Errors
    /// [`Interrupt`] when the person stopped.
    pub(super) fn ask(
        &self,
        prompts: &[String],
        items: &[String],
        default: usize,
        window: usize,
    ) -> Result<usize, Interrupt> {
        let list = Choices {
            prompts,
            items,
            default,
            window,
            // As the README's screen shows: two columns to spare.
            width: self.width().saturating_sub(2),
            below: &[],
            key: None,
        };
        match self.ask_list(&list)? {
            Picked::Item(index) => Ok(index),
            Picked::Key(_) | Picked::Stopped => Err(self.stop()),
        }
    }

    /// Asks with `list`; [`Picked::Stopped`] is an [`Interrupt`].
    pub(super) fn ask_list(&self, list: &Choices<'_>) -> Result<Picked, Interrupt> {
        let theme = self.theme();
        match list.ask(&self.term, theme.as_ref()) {
            Ok(Picked::Stopped) | Err(_) => Err(self.stop()),
            Ok(picked) => Ok(picked),
        }
    }

    /// The rows under the list for what the level under the cursor means
    /// for the skill, a blank one first: its tallest text, in the rows the
    /// screen leaves free (`parts` and the list). The item's own text comes
    /// first and is never cut for it: with fewer free rows than a meaning
    /// needs to say anything, there are none, and `?` shows it all.
    pub(super) fn meaning_rows(&self, levels: &[LevelOption], parts: &fit::Parts) -> usize {
        let rows = self.rows();
        let list = 1 + parts.choices;
        let above = parts.head.len() + parts.description.len() + parts.rest.len() + 1 + list;
        let free = rows.saturating_sub(above);
        // Too few rows to tell anything: the key alone says it.
        if free < FEWEST_MEANING_ROWS {
            return 0;
        }
        let tallest = 1 + meaning::tallest(levels, self.width().saturating_sub(1));
        tallest.min(free)
    }

    /// The rows under the list for each choice of `items` (levels first),
    /// `rows` each, a blank one first; the heading dimmed.
    pub(super) fn meaning_panels(
        &self,
        levels: &[LevelOption],
        items: usize,
        rows: usize,
    ) -> Vec<Vec<String>> {
        let columns = self.width().saturating_sub(1);
        (0..items)
            .map(|index| {
                // A blank row first, when there are rows to spare.
                let blank = usize::from(rows > 1);
                let mut panel = meaning::panel(levels.get(index), rows - blank, columns);
                if let Some(heading) = panel.first_mut() {
                    *heading = self.dim(heading);
                }
                if blank == 1 {
                    panel.insert(0, String::new());
                }
                panel
            })
            .collect()
    }

    /// Every level's text for the skill in full, a screen at a time, then
    /// waits for Enter to go back to the levels.
    ///
    /// # Errors
    /// [`Interrupt`] on Esc or Ctrl-C.
    pub(super) fn show_every_level(&self, screen: &Screen<'_>) -> Result<(), Interrupt> {
        let lines = meaning::full(
            screen.item.title,
            &screen.levels,
            self.width().saturating_sub(1),
        );
        // A row for the prompt under each page, and one to spare.
        let pages = meaning::pages(&lines, self.rows().saturating_sub(2));
        for (index, page) in pages.iter().enumerate() {
            let _ = self.term.clear_screen();
            for line in *page {
                self.say(line);
            }
            self.say("");
            let prompt = if index + 1 < pages.len() {
                format!(
                    "Press Enter for more ({} of {}; Esc stops). ",
                    index + 1,
                    pages.len()
                )
            } else {
                "Press Enter to go back to the levels (Esc stops). ".to_owned()
            };
            self.line(&prompt, "")?;
        }
        Ok(())
    }
}

/// The fewest rows left under the list worth giving to what the level
/// under the cursor means: a blank, the heading and one row of text.
const FEWEST_MEANING_ROWS: usize = 2;

/// The ways to say a screen was cut to fit the terminal, longest first.
const CUT_TO_FIT: [&str; 3] = [
    "… (cut to fit; enlarge the terminal to read it all)",
    "… (cut to fit the terminal)",
    "… (cut)",
];

/// The list's prompt, longest first, for `whose` ("Your level").
pub(super) fn prompts(whose: &str) -> Vec<String> {
    vec![
        format!("{whose} (↑/↓, Enter; Esc to stop)"),
        format!("{whose} (Esc stops)"),
        whose.to_owned(),
    ]
}

/// "Your level" to the person rating themselves, "Their level" to a
/// manager or peer rating someone else.
pub(super) fn whose_level(voice: Voice) -> &'static str {
    match voice {
        Voice::You => "Your level",
        Voice::They => "Their level",
    }
}

/// Whether the level under the list says `text` for the required level.
fn said_under_the_list(screen: &Screen<'_>, text: &str) -> bool {
    screen.levels.iter().any(|level| {
        level.meets_requirement
            && matches!(&level.at_skill, Some(AtSkill::Described(said)) if said.trim() == text.trim())
    })
}

/// `text`, marked as `show` marks text the source page cut off.
fn cut_off(text: &str, cut: bool) -> String {
    if cut {
        format!("{text} […]")
    } else {
        text.to_owned()
    }
}
