//! Colour for a terminal, when it is wanted. Making untrusted text safe to
//! print is `crate::text`'s.

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
