//! `compare` in the terminal: both levels per item, and the change over
//! time or, between two assessors, who rates it higher or lower.

use comfy_table::{Cell, Color};

use super::{finish, finish_whole_words, new_table, wrap};
use crate::compare::{Comparison, Direction, Side};
use crate::render::Layout;
use crate::text::one_line;

/// One side's line: whose assessment, when, and its readiness. The kind
/// of assessor is left out where the line's label already says it
/// ("manager: Lee Wong, by Kim Lee, …").
fn describe(side: &Side, kind_in_label: bool) -> String {
    let who = match (&side.assessor_name, kind_in_label) {
        (Some(name), true) => format!("by {}", one_line(name)),
        (Some(name), false) => format!("{} by {}", side.assessor.label(), one_line(name)),
        (None, true) => String::new(),
        (None, false) => side.assessor.label().to_owned(),
    };
    let who = if who.is_empty() {
        who
    } else {
        format!("{who}, ")
    };
    format!(
        "{}, {who}{} ({}): readiness {:.1}% ({} of {})",
        one_line(&side.person),
        side.date,
        side.status.label(),
        side.readiness_percent,
        side.met,
        side.with_requirement
    )
}

fn short(label: Option<&crate::gap::LevelValue>) -> String {
    let Some(value) = label else {
        return "-".to_owned();
    };
    let text = one_line(&value.label).replace(" – ", " ");
    for suffix in [" in", " with", " of"] {
        if let Some(stem) = text.strip_suffix(suffix) {
            return stem.to_owned();
        }
    }
    text
}

/// The last column: over time the change in steps ("+1", "-2"); between
/// two assessors who rates it higher or lower ("manager lower"), marked
/// "!" when they are two or more steps apart.
fn verdict(c: &Comparison, item: &crate::compare::ItemChange) -> String {
    let text = if c.different_assessors {
        one_line(&c.verdict(item))
    } else {
        match item.change {
            Some(n) if n > 0 => format!("+{n}"),
            Some(n) => n.to_string(),
            None => String::new(),
        }
    };
    if item.discuss {
        format!("{text} !")
    } else {
        text
    }
}

/// The table with the verdict ("manager lower !") on one line, read at a
/// glance, where every word can still stay whole; otherwise as
/// [`finish`] arranges it.
fn finish_verdict_whole(table: &mut comfy_table::Table) -> String {
    let last = table.column_count().saturating_sub(1);
    if let Some(column) = table.column_mut(last) {
        column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
    if let Some(text) = finish_whole_words(table) {
        return text;
    }
    if let Some(column) = table.column_mut(last) {
        column.remove_constraint();
    }
    finish(table)
}

/// The comparison as text for a terminal.
#[must_use]
pub fn compare(c: &Comparison, layout: Layout) -> String {
    let paint = layout.paint;
    let mut out = String::new();
    wrap(
        &mut out,
        &paint.heading(&format!("Comparison: {}", one_line(&c.profile.title))),
        layout.width,
        "",
        "  ",
    );
    let (first, second) = c.labels();
    let (first, second) = (one_line(&first), one_line(&second));
    let pad = crate::render::wrap::width(&first).max(crate::render::wrap::width(&second)) + 2;
    let kind_in_label = c.different_assessors && c.before.assessor != c.after.assessor;
    for (label, side) in [(&first, &c.before), (&second, &c.after)] {
        let lead = format!("{label}:");
        let room = pad.saturating_sub(crate::render::wrap::width(&lead));
        wrap(
            &mut out,
            &format!(
                "{lead}{}{}",
                " ".repeat(room),
                describe(side, kind_in_label)
            ),
            layout.width,
            "",
            "  ",
        );
    }
    let mut line = crate::compare::counts_line(c);
    if c.different_assessors {
        line.push_str(" (2+ steps apart: listed first, marked !)");
    }
    out.push('\n');
    wrap(&mut out, &line, layout.width, "", "  ");
    out.push('\n');
    let last = if c.different_assessors {
        "AGREEMENT"
    } else {
        "CHANGE"
    };
    let (first_heading, second_heading) = (first.to_uppercase(), second.to_uppercase());
    let mut table = new_table(
        layout,
        vec!["ITEM", "REQUIRED", &first_heading, &second_heading, last],
    );
    // Two assessors: two spaces between columns, not three, leave the
    // verdict room to stay on one line.
    if c.different_assessors {
        for column in table.column_iter_mut() {
            column.set_padding((1, 0));
        }
    }
    // A level ("3 Practitioner") wraps between its words when the room is
    // better spent on the item's title.
    for item in c.listed() {
        let mut cell = Cell::new(verdict(c, item));
        if paint.enabled {
            cell = match item.direction {
                Direction::Improved => cell.fg(Color::Green),
                Direction::Regressed => cell.fg(Color::Red),
                _ if item.discuss => cell.fg(Color::Yellow),
                _ => cell,
            };
        }
        table.add_row(vec![
            Cell::new(one_line(&item.title)),
            Cell::new(short(item.required.as_ref())),
            Cell::new(short(item.before.as_ref())),
            Cell::new(short(item.after.as_ref())),
            cell,
        ]);
    }
    if c.listed().next().is_some() {
        out.push_str(&finish_verdict_whole(&mut table));
    }
    // Under the table, as the note of what it leaves out.
    if let Some(line) = crate::compare::not_listed_line(c) {
        wrap(&mut out, &line, layout.width, "  ", "  ");
    }
    if let Some(line) = crate::render::attribution(c.profile.source.as_ref()) {
        out.push('\n');
        wrap(&mut out, &one_line(&line), layout.width, "", "");
    }
    out
}
