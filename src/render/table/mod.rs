//! The terminal format: readable text wrapped to the terminal width, with
//! comfy-table for tabular data. The only module that knows comfy-table.

mod compare;
mod evidence;
mod history;
mod path;
mod profile;
mod report;
mod roles;
mod team;
mod team_findings;
mod widths;

use comfy_table::{ContentArrangement, LineStyle, Table, TableStyle};

pub use compare::compare;
pub use history::history;
pub use path::path;
pub use profile::profile;
pub use report::report;
pub use roles::roles;
pub use team::team;

use super::wrap::width;
use super::{Layout, ListingRow};
use crate::profile::slug::slugify;
use crate::text::one_line;

/// The lead of entry `rank` in a numbered list whose last number is
/// `last`, and the indent of its later lines: numbers are right-aligned to
/// the widest, so every entry's text starts in the same column (`  9.` and
/// ` 10.` line up, and so do their follow-on lines).
fn numbered(rank: usize, last: usize) -> (String, String) {
    let digits = last.max(rank).to_string().len();
    (format!("  {rank:>digits$}. "), " ".repeat(2 + digits + 2))
}

/// Rules above and below, a double rule under the header, nothing between
/// rows or columns: compact, and readable in a pipe.
const HOUSE_STYLE: TableStyle = TableStyle::new()
    .top_border(LineStyle::none().fill('─').junction('─'))
    .header_separator(LineStyle::none().fill('═').junction('═'))
    .bottom_border(LineStyle::none().fill('─').junction('─'));

/// A table in our house style, `width` columns wide, coloured or not.
fn new_table(layout: Layout, header: Vec<&str>) -> Table {
    let mut table = Table::new();
    table
        .load_style(HOUSE_STYLE)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(layout.width).unwrap_or(u16::MAX))
        .set_header(header);
    if layout.paint.enabled {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// Wraps text that is already safe to print (it may carry our own colour
/// codes, which take no room), between words; a word longer than the
/// line is broken (SPEC §6).
fn wrap(out: &mut String, text: &str, width: usize, first: &str, rest: &str) {
    for line in super::wrap::wrap(text, width.max(20), first, rest) {
        out.push_str(&line);
        out.push('\n');
    }
}

/// The table's text, without trailing spaces, ending in a newline, its
/// columns as wide as [`widths::plan`] makes them: words break only when
/// longer than their column can be (SPEC §6). A column with the
/// `ContentWidth` constraint never wraps. If even that cannot fit, the
/// table is drawn as comfy-table arranges it.
fn finish(table: &mut Table) -> String {
    arrange(table, false).unwrap_or_else(|| text(table))
}

/// [`finish`], or `None` when the table cannot be drawn without breaking
/// a word that is no longer than its column could be.
fn finish_whole_words(table: &mut Table) -> Option<String> {
    arrange(table, true)
}

fn arrange(table: &mut Table, whole_words: bool) -> Option<String> {
    let width = usize::from(table.width()?);
    let count = table.column_iter().count();
    let mut columns: Vec<widths::Column> = table
        .column_iter()
        .map(|column| widths::Column {
            cells: Vec::new(),
            whole: matches!(
                column.constraint(),
                Some(comfy_table::ColumnConstraint::ContentWidth)
            ),
        })
        .collect();
    let rows = table.header().into_iter().chain(table.row_iter());
    for row in rows {
        let mut cells = row.cell_iter();
        for column in &mut columns {
            let content = cells.next().map(comfy_table::Cell::content);
            let lines = content.as_deref().unwrap_or("").split('\n');
            column.cells.push(
                lines
                    .map(|line| line.split(' ').map(super::wrap::width).collect())
                    .collect(),
            );
        }
    }
    let padding: usize = table
        .column_iter()
        .map(|column| usize::from(column.padding_width()))
        .sum();
    // One column between each two: the house style's rules have junctions.
    let room = width.checked_sub(padding + count.saturating_sub(1))?;
    let planned = widths::plan(&columns, room)?;
    if whole_words && widths::breaks_words(&columns, &planned) {
        return None;
    }
    for (index, content) in planned.into_iter().enumerate() {
        if let Some(column) = table.column_mut(index) {
            let total = content + usize::from(column.padding_width());
            column.set_constraint(comfy_table::ColumnConstraint::Absolute(
                comfy_table::Width::Fixed(u16::try_from(total).unwrap_or(u16::MAX)),
            ));
        }
    }
    Some(text(table))
}

/// The table's lines without trailing spaces, each ending in a newline.
fn text(table: &Table) -> String {
    let mut text = String::new();
    for line in table.lines() {
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// `skillgap profiles` for a terminal: the default first, then a heading
/// for each role family and role, and under it one line per level in
/// ladder order: rank, id (never cut: it is what people type), items and
/// track. Where the id does not already say the title (a profile of one's
/// own), the title, level and file follow on the next line, wrapped at
/// words.
#[must_use]
pub fn listing(rows: &[ListingRow], layout: Layout) -> String {
    let id_width = rows
        .iter()
        .map(|r| width(&one_line(&r.id)))
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let mut group: Option<(Option<&str>, Option<&str>)> = None;
    for row in rows {
        let key = if row.default {
            (Some("\0default"), None)
        } else {
            (row.family.as_deref(), row.role.as_deref())
        };
        if group != Some(key) {
            if group.is_some() {
                out.push('\n');
            }
            out.push_str(&layout.paint.heading(&clip(&heading(row), layout.width)));
            out.push('\n');
            group = Some(key);
        }
        let rank = row.rank.map_or_else(String::new, |rank| rank.to_string());
        let id = one_line(&row.id);
        let mut line = format!(
            "  {rank:>2}  {id}{}  {:>3} items",
            " ".repeat(id_width - width(&id)),
            row.rated_items
        );
        if row.track == Some("management") {
            line.push_str("  management");
        }
        out.push_str(line.trim_end());
        out.push('\n');
        let details = details(row);
        if !details.is_empty() {
            let options = textwrap::Options::new(layout.width.max(20))
                .initial_indent("        ")
                .subsequent_indent("        ")
                .break_words(false);
            for wrapped in textwrap::wrap(&details, options) {
                out.push_str(&wrapped);
                out.push('\n');
            }
        }
    }
    out
}

/// The heading of `row`'s group.
fn heading(row: &ListingRow) -> String {
    if row.default {
        return "Default (assess uses it when no profile is named)".to_owned();
    }
    match (row.family.as_deref(), row.role.as_deref()) {
        (None, None) => "Other profiles".to_owned(),
        (family, role) => [family, role]
            .into_iter()
            .flatten()
            .map(one_line)
            .collect::<Vec<_>>()
            .join(" › "),
    }
}

/// What the line under a row says: the title and level where the id does
/// not say them (a generated profile's id is its title's slug), and the
/// file it came from.
fn details(row: &ListingRow) -> String {
    let mut parts = Vec::new();
    let says_title = slugify(&row.title) == row.id.strip_prefix("ddat-").unwrap_or(&row.id);
    if row.default || !says_title {
        parts.push(one_line(&row.title));
    }
    if let Some(level) = &row.level
        && level != &row.title
    {
        parts.push(format!("level: {}", one_line(level)));
    }
    if row.origin != "built-in" {
        let mut from = format!("from {}", one_line(&row.origin));
        if row.overrides_builtin {
            from.push_str(" (overrides built-in)");
        }
        parts.push(from);
    }
    parts.join("; ")
}

/// `text` cut to `columns` with `…`.
fn clip(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_owned();
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let own = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + own + 1 > columns {
            break;
        }
        used += own;
        kept.push(c);
    }
    kept.push('…');
    kept
}
