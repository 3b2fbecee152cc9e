//! One item's screen: the progress line, the title, the description, the
//! required level and notes, wrapped to the width and fitted to the
//! height ([`super::fit`]), and the list of levels under it.

use super::TerminalPrompter;
use super::choices::Choices;
use super::fit;
use crate::assess::flow::{Interrupt, Screen};
use crate::profile::Voice;
use crate::render::wrap::width as display_width;

impl TerminalPrompter {
    /// Draws an item's screen, fitted to the terminal, and returns how
    /// many choices the list under it may show.
    pub(super) fn draw(&self, screen: &Screen<'_>, choices: usize) -> usize {
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
            let at_level = screen
                .item
                .level_description
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
        let fitted = fit::fit(
            fit::Parts {
                head,
                description,
                rest,
                choices,
            },
            self.rows(),
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

    /// Asks with a list fitted to the screen; `None` when the person
    /// stopped.
    pub(super) fn ask(
        &self,
        prompts: &[String],
        items: &[String],
        default: usize,
        window: usize,
    ) -> Result<usize, Interrupt> {
        let theme = self.theme();
        let list = Choices {
            prompts,
            items,
            default,
            window,
            // As the README's screen shows: two columns to spare.
            width: self.width().saturating_sub(2),
        };
        match list.ask(&self.term, theme.as_ref()) {
            Ok(Some(index)) => Ok(index),
            Ok(None) | Err(_) => Err(self.stop()),
        }
    }
}

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

/// `text`, marked as `show` marks text the source page cut off.
fn cut_off(text: &str, cut: bool) -> String {
    if cut {
        format!("{text} […]")
    } else {
        text.to_owned()
    }
}
