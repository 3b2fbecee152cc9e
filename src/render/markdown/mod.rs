//! GitHub-flavoured Markdown: headings, lists and tables that paste into a
//! wiki. Table cells escape `|` and fold newlines.

mod compare;
mod profile;
mod report;
mod team;

pub use compare::compare;
pub use profile::profile;
pub use report::report;
pub use team::team;

use super::ListingRow;
use super::terminal::one_line;

/// Escapes text for a Markdown table cell.
#[must_use]
pub fn cell(text: &str) -> String {
    inline(text).replace('\\', "\\\\").replace('|', "\\|")
}

/// Escapes inline text outside tables: one line, and no raw HTML (GitHub
/// renders `<img ...>` and friends).
pub(crate) fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Emphasis, links and code spans would turn data into markup.
            '*' | '_' | '[' | ']' | '`' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// `skillgap profiles` as a Markdown table.
#[must_use]
pub fn listing(rows: &[ListingRow]) -> String {
    let mut out = String::from("| id | title | level | items | from |\n|---|---|---|---:|---|\n");
    for row in rows {
        let origin = if row.overrides_builtin {
            format!("{} (overrides built-in)", row.origin)
        } else {
            row.origin.clone()
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
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
mod tests {
    use super::*;

    #[test]
    fn cells_escape_pipes_and_newlines() {
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }
}
