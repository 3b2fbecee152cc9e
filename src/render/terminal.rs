//! Text safe for a terminal, and colour when it is wanted.
//!
//! Profile and assessment text is untrusted: control and escape characters
//! are shown as visible escapes so a file cannot move the cursor, change
//! colours or hide text.

use std::borrow::Cow;

/// Replaces control characters (other than newline and tab) and escape
/// sequences with visible `\u{..}` escapes.
#[must_use]
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' || is_bidi_control(c))
    {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) {
            safe.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            safe.push(c);
        }
    }
    Cow::Owned(safe)
}

/// Sanitises and folds newlines and tabs to spaces: for one-line cells.
#[must_use]
pub fn one_line(text: &str) -> String {
    sanitize(text)
        .split(['\n', '\t'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` on one line, cut after `max` characters with a count of what
/// was left out, so one huge line cannot flood a terminal or a log.
#[must_use]
pub fn one_line_clipped(text: &str, max: usize) -> String {
    let line = one_line(text);
    let total = line.chars().count();
    if total <= max {
        return line;
    }
    let cut: String = line.chars().take(max).collect();
    format!("{cut}… ({} more characters)", total - max)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// ANSI styling, on or off for a whole run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Paint {
    pub enabled: bool,
}

impl Paint {
    fn apply(self, style: anstyle::Style, text: &str) -> String {
        if self.enabled {
            format!("{style}{text}{style:#}")
        } else {
            text.to_owned()
        }
    }

    #[must_use]
    pub fn heading(self, text: &str) -> String {
        self.apply(anstyle::Style::new().bold(), text)
    }

    #[must_use]
    pub fn dim(self, text: &str) -> String {
        self.apply(anstyle::Style::new().dimmed(), text)
    }

    #[must_use]
    pub fn error(self, text: &str) -> String {
        self.apply(
            anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::AnsiColor::Red.into())),
            text,
        )
    }

    #[must_use]
    pub fn warning(self, text: &str) -> String {
        self.apply(
            anstyle::Style::new()
                .bold()
                .fg_color(Some(anstyle::AnsiColor::Yellow.into())),
            text,
        )
    }

    #[must_use]
    pub fn accent(self, text: &str) -> String {
        self.apply(
            anstyle::Style::new().fg_color(Some(anstyle::AnsiColor::Cyan.into())),
            text,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(sanitize("bell\u{7}"), "bell\\u{7}");
        assert_eq!(sanitize("keep\nlines"), "keep\nlines");
        assert_eq!(sanitize("\u{202E}evil"), "\\u{202e}evil");
    }

    #[test]
    fn a_long_line_is_clipped_with_a_count() {
        assert_eq!(one_line_clipped("short", 10), "short");
        assert_eq!(
            one_line_clipped(&"é".repeat(15), 10),
            format!("{}… (5 more characters)", "é".repeat(10))
        );
    }

    #[test]
    fn one_line_folds_newlines() {
        assert_eq!(one_line("a\nb\tc"), "a b c");
    }
}
