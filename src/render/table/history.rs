//! `history` in the terminal: for each person, the profile followed, the
//! trend line, a table of the dated assessments (readiness, rated, gaps,
//! how many items moved), then what moved at each, and the files.

use comfy_table::Cell;

use super::{finish, new_table};
use crate::history::{HistoryReport, PersonHistory, Point, Way};
use crate::render::wrap::wrap;
use crate::render::{Layout, TREND_LEGEND};
use crate::text::{one_line, plural};

/// `history` as text for a terminal `layout` wide.
#[must_use]
pub fn history(report: &HistoryReport, layout: Layout) -> String {
    let width = layout.width.saturating_sub(1);
    let mut out = String::new();
    for (index, person) in report.people.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        out.push_str(&person_text(person, layout));
    }
    if !report.skipped.is_empty() {
        out.push('\n');
        push(
            &mut out,
            &format!(
                "{} skipped (unreadable or not a valid assessment): the messages after the history say why.",
                plural(report.skipped.len(), "file")
            ),
            width,
            "",
            "",
        );
    }
    let mut attributions: Vec<String> = Vec::new();
    for person in &report.people {
        if let Some(line) = crate::render::attribution(person.profile.source.as_ref())
            && !attributions.contains(&line)
        {
            attributions.push(line);
        }
    }
    for line in attributions {
        out.push('\n');
        push(&mut out, &one_line(&line), width, "", "");
    }
    out
}

fn push(out: &mut String, text: &str, width: usize, first: &str, rest: &str) {
    for line in wrap(text, width, first, rest) {
        out.push_str(&line);
        out.push('\n');
    }
}

fn person_text(person: &PersonHistory, layout: Layout) -> String {
    let width = layout.width.saturating_sub(1);
    let mut out = String::new();
    let by = person
        .assessor_name
        .as_deref()
        .map(|name| format!(" by {}", one_line(name)))
        .unwrap_or_default();
    let heading = format!(
        "History of {}, {} assessments{by} · {}",
        one_line(&person.person),
        person.assessor.label(),
        plural(person.assessments.len(), "assessment")
    );
    for line in wrap(&heading, width, "", "  ") {
        out.push_str(&layout.paint.heading(&line));
        out.push('\n');
    }
    push(
        &mut out,
        &format!(
            "Profile: {} ({}), as of the newest assessment",
            one_line(&person.profile.title),
            one_line(&person.profile.id)
        ),
        width,
        "",
        "  ",
    );
    out.push('\n');
    push(
        &mut out,
        &format!("Trend {}  {TREND_LEGEND}", person.trend),
        width,
        "",
        "      ",
    );
    out.push('\n');
    let mut table = new_table(layout, vec!["DATE", "READINESS", "RATED", "GAPS", "MOVED"]);
    for (index, point) in person.assessments.iter().enumerate() {
        table.add_row(vec![
            Cell::new(point.date.to_string()),
            Cell::new(format!(
                "{:.1}% ({} of {})",
                point.readiness_percent, point.met, point.with_requirement
            )),
            Cell::new(format!("{} of {}", point.rated, point.with_requirement)),
            Cell::new(point.gaps.to_string()),
            Cell::new(moved_cell(point, index == 0)),
        ]);
    }
    out.push_str(&finish(&mut table));
    for pair in person.assessments.windows(2) {
        let [before, point] = pair else { continue };
        if point.moved.is_empty() && point.profile_changed.is_none() {
            continue;
        }
        out.push('\n');
        out.push_str(&moves_text(before, point, width));
    }
    out.push('\n');
    out.push_str("Files:\n");
    for point in &person.assessments {
        let mut line = format!(
            "{}  {} ({}",
            point.date,
            one_line(&point.file),
            point.status.label()
        );
        if point.profile.id != person.profile.id {
            line.push_str(&format!(", against {}", one_line(&point.profile.id)));
        }
        if let Some(name) = &point.assessor_name {
            line.push_str(&format!(", by {}", one_line(name)));
        }
        line.push(')');
        push(&mut out, &line, width, "  ", "              ");
    }
    out
}

/// "2 up, 1 down", "none", "not compared" (no item of the followed
/// profile rated in both), or nothing for the first assessment.
fn moved_cell(point: &Point, first: bool) -> String {
    if first {
        return String::new();
    }
    match point.ups_and_downs() {
        (0, 0) if point.compared == 0 => "not compared".to_owned(),
        (0, 0) => "none".to_owned(),
        (up, 0) => format!("{up} up"),
        (0, down) => format!("{down} down"),
        (up, down) => format!("{up} up, {down} down"),
    }
}

/// What changed from `before` to `point`: a change of profile, and each
/// item that moved.
fn moves_text(before: &Point, point: &Point, width: usize) -> String {
    let mut out = String::new();
    push(
        &mut out,
        &format!(
            "{}, since {} ({} rated in both):",
            point.date,
            before.date,
            plural(point.compared, "item")
        ),
        width,
        "",
        "  ",
    );
    if let Some(change) = &point.profile_changed {
        push(
            &mut out,
            &format!(
                "profile changed: {} ({}) → {} ({}); the skills both share are compared",
                one_line(&change.from.title),
                one_line(&change.from.id),
                one_line(&change.to.title),
                one_line(&change.to.id)
            ),
            width,
            "  ",
            "    ",
        );
    }
    for moved in &point.moved {
        let way = match moved.way {
            Way::Up => "up  ",
            Way::Down => "down",
        };
        push(
            &mut out,
            &format!(
                "{way}  {}: {} → {}",
                one_line(&moved.title),
                one_line(&moved.from.label),
                one_line(&moved.to.label)
            ),
            width,
            "  ",
            "        ",
        );
    }
    out
}
