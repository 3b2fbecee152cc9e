//! GitHub-flavoured Markdown: headings, lists and tables that paste into a
//! wiki. Table cells escape `|` and fold newlines.

mod compare;
mod history;
mod path;
mod profile;
mod report;
mod roles;
mod team;

pub use compare::compare;
pub use history::history;
pub use path::path;
pub use profile::profile;
pub use report::report;
pub use roles::roles;
pub use team::team;

use super::ListingRow;
use crate::text::one_line;

/// Escapes text for a Markdown table cell: `inline` text, whose `|` is
/// already escaped and whose newlines are folded.
#[must_use]
pub fn cell(text: &str) -> String {
    inline(text)
}

/// Escapes text from a file for any inline place (a paragraph, a list
/// item, a heading, a table cell): one line, and nothing a GitHub renderer
/// would read as markup. File text never becomes a link, an image, raw
/// HTML, emphasis, code, a heading, a list or a table (SPEC §6); the
/// rendered text reads as the file has it.
pub(crate) fn inline(text: &str) -> String {
    let line = one_line(text);
    let line = line.trim();
    let mut out = String::with_capacity(line.len() + 8);
    let list_marker = ordered_list_marker(line);
    for (at, c) in line.char_indices() {
        match c {
            // Raw HTML and autolinks (`<https://…>`), and entities, which
            // would decode to other characters.
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            // Emphasis, strikethrough, links, images, code spans, headings,
            // table cells, GitHub's `$…$` maths, and the backslash that
            // escapes all of these; `@` keeps e-mail addresses from
            // becoming `mailto:` links.
            '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '#' | '|' | '@' | '$' => {
                out.push('\\');
                out.push(c);
            }
            // GFM links bare URLs (`https://…`) and `www.` names by
            // themselves: an escaped `:` or `.` stops that.
            ':' if line[at..].starts_with("://") => out.push_str("\\:"),
            '.' if ends_with_www(&line[..at]) => out.push_str("\\."),
            // At the start of a list item, these would start a nested list
            // or a setext heading underline.
            '-' | '+' | '=' if at == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if Some(at) == list_marker => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Where the `.` or `)` of an ordered-list marker (`1.`, `12)`) opening
/// `line` sits, if it opens with one.
fn ordered_list_marker(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))).then_some(digits)
}

fn ends_with_www(text: &str) -> bool {
    text.len() >= 3 && text.as_bytes()[text.len() - 3..].eq_ignore_ascii_case(b"www")
}

/// File text as a code span outside tables, whatever backticks it holds:
/// the fence is longer than any run of backticks inside, and nothing in a
/// code span is markup.
pub(crate) fn code(text: &str) -> String {
    let line = one_line(text);
    let mut longest = 0;
    let mut run = 0;
    for c in line.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if line.starts_with('`') || line.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{line}{pad}{fence}")
}

/// A block of file text (a profile's summary): paragraphs kept apart, each
/// escaped as [`inline`] text.
pub(crate) fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(inline)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// `skillgap profiles` as a Markdown table, in the listing's order.
#[must_use]
pub fn listing(rows: &[ListingRow]) -> String {
    let mut out = String::from(
        "| family | role | rank | track | id | title | level | items | from |\n|---|---|---:|---|---|---|---|---:|---|\n",
    );
    for row in rows {
        let mut origin = row.origin.clone();
        if row.overrides_builtin {
            origin.push_str(" (overrides built-in)");
        }
        if row.default {
            origin.push_str(" (default)");
        }
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell(row.family.as_deref().unwrap_or("")),
            cell(row.role.as_deref().unwrap_or("")),
            row.rank.map_or_else(String::new, |rank| rank.to_string()),
            row.track.unwrap_or(""),
            cell(&row.id),
            cell(&row.title),
            cell(row.level.as_deref().unwrap_or("")),
            row.rated_items,
            cell(&origin)
        ));
    }
    out
}

#[cfg(test)]
mod tests;
