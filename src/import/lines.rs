//! The page text, line by line, with numbers kept for messages: trailing
//! space trimmed, non-breaking spaces made plain, bullets recognised, a
//! Markdown row cut into cells. It must not know about sections or layouts.

/// One line of the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the input.
    pub number: usize,
    pub text: String,
    /// The cells of a table row copied from the browser, which separates
    /// cells by tabs (an empty cell is a lost field); `None` for a line
    /// with no tab after its first text.
    pub cells: Option<Vec<String>>,
    /// The line as copied, less its trailing spaces: in a table copied
    /// with tabs, a tab before or after the text stands for an empty cell.
    pub raw: String,
}

impl Line {
    /// The line's tab-separated cells, empty ones included.
    #[must_use]
    pub fn tab_cells(&self) -> Vec<String> {
        self.raw.split('\t').map(|c| c.trim().to_owned()).collect()
    }
}

/// Splits the input into lines; one leading BOM and CR line ends are
/// accepted.
#[must_use]
pub fn lines(input: &str) -> Vec<Line> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    input
        .lines()
        .enumerate()
        .map(|(i, text)| {
            let text = text.replace('\u{a0}', " ");
            // A tab between pieces of text marks a table row; tabs only
            // around the text may be indentation or trailing space.
            let raw = text.trim_end_matches([' ', '\r']).to_owned();
            let cells = text
                .trim()
                .contains('\t')
                .then(|| raw.split('\t').map(|c| c.trim().to_owned()).collect());
            Line {
                number: i + 1,
                text: text.trim().to_owned(),
                cells,
                raw,
            }
        })
        .collect()
}

/// The text of a bullet line without its marker, or `None`.
#[must_use]
pub fn bullet(text: &str) -> Option<&str> {
    if let Some(rest) = ["•", "·", "◦", "▪", "‣", "- ", "* ", "–"]
        .iter()
        .find_map(|marker| text.strip_prefix(marker))
    {
        return Some(rest.trim());
    }
    // A numbered item: "1. ", "2) ".
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &text[digits..];
    (digits > 0 && digits <= 2)
        .then(|| rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")))
        .flatten()
        .map(str::trim)
}

/// The cells of a Markdown table row (`a | b |`), or `None` when the line
/// is not one.
#[must_use]
pub fn table_row(text: &str) -> Option<Vec<String>> {
    if !text.contains('|') {
        return None;
    }
    // A leading `|` is either a border or an empty first cell; the
    // caller decides from the header row.
    let mut cells: Vec<String> = text
        .trim()
        .split('|')
        .map(|c| {
            let c = c.trim();
            // A bold header cell: `**Title**`.
            c.strip_prefix("**")
                .and_then(|c| c.strip_suffix("**"))
                .unwrap_or(c)
                .trim()
                .to_owned()
        })
        .collect();
    if cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
    Some(cells)
}

/// Whether a table row is the `---|---` line under a header.
#[must_use]
pub fn is_separator(cells: &[String]) -> bool {
    !cells.is_empty()
        && cells
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
}
