//! `compare` in the terminal: both levels and the change, per item.

use comfy_table::{Cell, Color};

use super::{finish, new_table, wrap};
use crate::compare::{Comparison, Direction, Side};
use crate::render::Layout;
use crate::text::one_line;

fn describe(side: &Side) -> String {
    let who = match &side.assessor_name {
        Some(name) => format!("{} by {}", side.assessor.label(), one_line(name)),
        None => side.assessor.label().to_owned(),
    };
    format!(
        "{}, {who}, {} ({}): readiness {:.1}% ({} of {})",
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
    let text = value.label.replace(" – ", " ");
    for suffix in [" in", " with", " of"] {
        if let Some(stem) = text.strip_suffix(suffix) {
            return stem.to_owned();
        }
    }
    text
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
    wrap(
        &mut out,
        &format!("before: {}", describe(&c.before)),
        layout.width,
        "",
        "  ",
    );
    wrap(
        &mut out,
        &format!("after:  {}", describe(&c.after)),
        layout.width,
        "",
        "  ",
    );
    let mut line = crate::compare::counts_line(c);
    if c.different_assessors {
        line.push_str(" (assessors differ by 2+ steps: marked !)");
    }
    out.push('\n');
    wrap(&mut out, &line, layout.width, "", "  ");
    out.push('\n');
    let mut table = new_table(
        layout,
        vec!["ITEM", "REQUIRED", "BEFORE", "AFTER", "CHANGE"],
    );
    // No column is kept from wrapping: a level ("3 Practitioner") wraps
    // between its words when the room is better spent on the item's title.
    for item in &c.items {
        let change = match item.change {
            Some(n) if n > 0 => format!("+{n}"),
            Some(n) => n.to_string(),
            None => String::new(),
        };
        let change = if item.discuss {
            format!("{change} !")
        } else {
            change
        };
        let mut cell = Cell::new(change);
        if paint.enabled {
            cell = match item.direction {
                Direction::Improved => cell.fg(Color::Green),
                Direction::Regressed => cell.fg(Color::Red),
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
    out.push_str(&finish(&mut table));
    if let Some(line) = crate::render::attribution(c.profile.source.as_ref()) {
        out.push('\n');
        wrap(&mut out, &one_line(&line), layout.width, "", "");
    }
    out
}
